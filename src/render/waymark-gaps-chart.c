/* waymark-gaps-chart.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-gap-grid.h"
#include "waymark-gaps-chart.h"

/* The Gaps view's grid on paper: stages down, channels across, each cell
 * covered, missed or waste in a word, a symbol and a fill, with the
 * customer and company counts, and per stage a summary of missed and
 * wasted cells. The column titles repeat on every page. */

#define NAME_WIDTH     96.0
#define SUMMARY_WIDTH 100.0
#define SPACING         4.0
#define CELL_HEIGHT    34.0
#define HEADER_GAP      8.0

struct _WaymarkGapsChart
{
  WaymarkChart     parent_instance;

  WaymarkGapGrid  *grid;
  double           cell_width;
  double           header_height;
  double           intro_height;   /* the sentence and the legend */
};

G_DEFINE_FINAL_TYPE (WaymarkGapsChart, waymark_gaps_chart, WAYMARK_TYPE_CHART)

static const WaymarkGapKind legend_kinds[] = {
  WAYMARK_GAP_COVERED, WAYMARK_GAP_MISSED, WAYMARK_GAP_WASTE,
};

static WaymarkChartMark
mark_for_kind (WaymarkGapKind kind)
{
  switch (kind)
    {
    case WAYMARK_GAP_COVERED:
      return WAYMARK_CHART_MARK_GOOD;
    case WAYMARK_GAP_MISSED:
      return WAYMARK_CHART_MARK_GAP;
    case WAYMARK_GAP_WASTE:
      return WAYMARK_CHART_MARK_WASTE;
    case WAYMARK_GAP_EMPTY:
    default:
      return WAYMARK_CHART_MARK_EMPTY;
    }
}

static gboolean
has_cells (WaymarkGapsChart *self)
{
  return waymark_gap_grid_get_n_stages (self->grid) > 0 &&
         waymark_gap_grid_get_n_columns (self->grid) > 0;
}

static const char *
intro_text (void)
{
  return _("Touchpoints in customer lanes next to those in company lanes; "
           "lanes of other perspectives count on neither side.");
}

/* The sentence under the heading and the legend; the height they take. */
static double
draw_intro (WaymarkGapsChart *self,
            cairo_t          *cr)
{
  WaymarkChart *chart = WAYMARK_CHART (self);
  WaymarkChartMark marks[G_N_ELEMENTS (legend_kinds)];
  const char *words[G_N_ELEMENTS (legend_kinds)];
  const char *meanings[G_N_ELEMENTS (legend_kinds)];
  double y;

  for (guint i = 0; i < G_N_ELEMENTS (legend_kinds); i++)
    {
      marks[i] = mark_for_kind (legend_kinds[i]);
      words[i] = waymark_gap_kind_get_title (legend_kinds[i]);
      meanings[i] = waymark_gap_kind_get_meaning (legend_kinds[i]);
    }

  y = waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT, intro_text (), 0, 0,
                          waymark_chart_get_width (chart), 0, 0.35) + 8;
  y += waymark_chart_draw_legend (chart, cr, marks, words, meanings,
                                  G_N_ELEMENTS (legend_kinds), y);

  return y + 12;
}

static double
cell_x (WaymarkGapsChart *self,
        guint             column)
{
  return NAME_WIDTH + column * (self->cell_width + SPACING);
}

static void
draw_header_row (WaymarkGapsChart *self,
                 cairo_t          *cr,
                 double            y)
{
  WaymarkChart *chart = WAYMARK_CHART (self);
  guint n = waymark_gap_grid_get_n_columns (self->grid);

  for (guint j = 0; j < n; j++)
    waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_LABEL,
                        waymark_gap_grid_get_column_title (self->grid, j),
                        cell_x (self, j), y, self->cell_width, 2, 0.1);
  /* Translators: the header of the last column of the gap grid */
  waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_LABEL, _("Summary"),
                      cell_x (self, n), y, SUMMARY_WIDTH, 2, 0.1);
}

static void
waymark_gaps_chart_layout (WaymarkChart *chart,
                           double        width)
{
  WaymarkGapsChart *self = WAYMARK_GAPS_CHART (chart);
  guint n_columns;

  self->grid = waymark_gap_grid_new (waymark_chart_get_journey (chart));
  n_columns = waymark_gap_grid_get_n_columns (self->grid);
  self->cell_width = MAX ((width - NAME_WIDTH - SUMMARY_WIDTH - n_columns * SPACING) /
                          MAX (n_columns, 1), 30.0);
  self->intro_height = draw_intro (self, NULL);

  if (!has_cells (self))
    {
      waymark_chart_set_head_heights (chart, self->intro_height, 0);
      waymark_chart_add_row (chart, 20);
      return;
    }

  self->header_height = 0;
  for (guint j = 0; j <= n_columns; j++)
    {
      g_autoptr(PangoLayout) title =
        waymark_chart_new_text (chart, WAYMARK_CHART_FONT_LABEL,
                                j < n_columns ? waymark_gap_grid_get_column_title (self->grid, j)
                                              : _("Summary"),
                                j < n_columns ? self->cell_width : SUMMARY_WIDTH, 2);

      self->header_height = MAX (self->header_height, waymark_chart_text_height (title));
    }
  self->header_height += HEADER_GAP;

  waymark_chart_set_head_heights (chart, self->intro_height + self->header_height,
                                  self->header_height);
  for (guint i = 0; i < waymark_gap_grid_get_n_stages (self->grid); i++)
    waymark_chart_add_row (chart, CELL_HEIGHT + SPACING);
}

static void
waymark_gaps_chart_draw_head (WaymarkChart *chart,
                              cairo_t      *cr,
                              gboolean      first)
{
  WaymarkGapsChart *self = WAYMARK_GAPS_CHART (chart);

  if (first)
    draw_intro (self, cr);
  if (has_cells (self))
    draw_header_row (self, cr, first ? self->intro_height : 0);
}

static void
draw_cell (WaymarkGapsChart     *self,
           cairo_t              *cr,
           const WaymarkGapCell *cell,
           double                x)
{
  WaymarkChart *chart = WAYMARK_CHART (self);
  WaymarkChartMark mark = mark_for_kind (cell->kind);
  double w = self->cell_width;
  g_autofree char *counts = NULL;

  waymark_chart_draw_box (cr, mark, x, 0, w, CELL_HEIGHT);
  if (cell->kind == WAYMARK_GAP_EMPTY)
    {
      waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT, "—", x + 5, 4, w - 10, 1, 0.45);
      if (cell->touchpoints->len > 0)
        waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_SMALL, _("other lanes only"),
                            x + 5, 19, w - 10, 1, 0.35);
      return;
    }

  waymark_chart_draw_symbol (cr, mark, x + 5, 5, 10);
  waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_MARK, waymark_gap_kind_get_title (cell->kind),
                      x + 19, 3, w - 24, 1, 0.1);
  /* Translators: the counts in a cell of the gap grid: customer and
   * company touchpoints */
  counts = g_strdup_printf (_("%u customer · %u company"), cell->n_customer, cell->n_company);
  waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_SMALL, counts, x + 5, 19, w - 10, 1, 0.2);
}

static void
waymark_gaps_chart_draw_row (WaymarkChart *chart,
                             cairo_t      *cr,
                             guint         row)
{
  WaymarkGapsChart *self = WAYMARK_GAPS_CHART (chart);
  guint n = waymark_gap_grid_get_n_columns (self->grid);
  g_autofree char *summary = NULL;
  g_autoptr(PangoLayout) name = NULL;

  if (!has_cells (self))
    {
      waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT,
                          _("There are no stages or no touchpoints to compare yet."),
                          0, 0, waymark_chart_get_width (chart), 0, 0.35);
      return;
    }

  name = waymark_chart_new_text (chart, WAYMARK_CHART_FONT_LABEL,
                                 waymark_stage_get_name (waymark_gap_grid_get_stage (self->grid, row)),
                                 NAME_WIDTH - 8, 2);
  waymark_chart_show_text (cr, name, 0, (CELL_HEIGHT - waymark_chart_text_height (name)) / 2, 0.1);

  for (guint j = 0; j < n; j++)
    draw_cell (self, cr, waymark_gap_grid_get_cell (self->grid, row, j), cell_x (self, j));

  /* Translators: the summary of one stage of the gap grid */
  summary = g_strdup_printf (_("%u missed, %u waste"),
                             waymark_gap_grid_count (self->grid, row, WAYMARK_GAP_MISSED),
                             waymark_gap_grid_count (self->grid, row, WAYMARK_GAP_WASTE));
  waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT, summary, cell_x (self, n) + 2, 4,
                      SUMMARY_WIDTH - 4, 2, 0.1);
}

static void
waymark_gaps_chart_finalize (GObject *object)
{
  WaymarkGapsChart *self = WAYMARK_GAPS_CHART (object);

  g_clear_pointer (&self->grid, waymark_gap_grid_free);

  G_OBJECT_CLASS (waymark_gaps_chart_parent_class)->finalize (object);
}

static void
waymark_gaps_chart_class_init (WaymarkGapsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkChartClass *chart_class = WAYMARK_CHART_CLASS (klass);

  object_class->finalize = waymark_gaps_chart_finalize;
  chart_class->layout = waymark_gaps_chart_layout;
  chart_class->draw_head = waymark_gaps_chart_draw_head;
  chart_class->draw_row = waymark_gaps_chart_draw_row;
}

static void
waymark_gaps_chart_init (WaymarkGapsChart *self)
{
}

/**
 * waymark_gaps_chart_new:
 * @width: in points
 *
 * Returns: (transfer full): the gap grid of @journey laid out for @width
 */
WaymarkChart *
waymark_gaps_chart_new (WaymarkJourney *journey,
                        double          width)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  return g_object_new (WAYMARK_TYPE_GAPS_CHART,
                       "journey", journey,
                       /* Translators: a section of the report and the gaps export */
                       "title", _("Gaps by Stage and Channel"),
                       "width", width,
                       NULL);
}

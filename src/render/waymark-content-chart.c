/* waymark-content-chart.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-content-chart.h"
#include "waymark-content-coverage.h"

/* The Content view on paper: the coverage grid of stages x personas (how
 * many items serve each, an empty cell a gap), the stages no content
 * serves, the stage questions no item answers, and optionally the items
 * themselves. The grid's column titles repeat on every page it spans. */

#define NAME_WIDTH   110.0
#define CELL_WIDTH    96.0
#define CELL_HEIGHT   22.0
#define SPACING        4.0
#define INDENT        12.0

typedef enum
{
  ROW_STAGE,        /* a row of the grid */
  ROW_HEADING,      /* a part's title */
  ROW_LINE,         /* a line of text in a list */
  ROW_ITEMS_HEADER, /* the titles of the items' columns */
  ROW_ITEM,         /* one content item */
} RowKind;

typedef struct
{
  RowKind  kind;
  guint    index;   /* the stage, or the item */
  char    *text;
  double   height;
} Row;

struct _WaymarkContentChart
{
  WaymarkChart            parent_instance;

  WaymarkContentCoverage *coverage;
  gboolean                with_items;
  GArray                 *rows;        /* Row */
  double                  intro_height;
  double                  header_height;
  guint                   n_grid_rows;
};

G_DEFINE_FINAL_TYPE (WaymarkContentChart, waymark_content_chart, WAYMARK_TYPE_CHART)

enum {
  PROP_0,
  PROP_WITH_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The items' columns, as shares of the width. */
static const struct {
  const char *title;
  double      share;
} item_columns[] = {
  { N_("Title"), 0.28 },
  { N_("Type"), 0.09 },
  { N_("Personas"), 0.15 },
  { N_("Question Answered"), 0.30 },
  { N_("Stages"), 0.18 },
};

static void
clear_row (gpointer data)
{
  Row *row = data;

  g_clear_pointer (&row->text, g_free);
}

static guint
n_columns (WaymarkContentChart *self)
{
  /* The personas, then every item of the stage. */
  return waymark_content_coverage_get_n_personas (self->coverage) + 1;
}

static const char *
column_title (WaymarkContentChart *self,
              guint                column)
{
  if (column < waymark_content_coverage_get_n_personas (self->coverage))
    return waymark_persona_get_name (waymark_content_coverage_get_persona (self->coverage, column));

  return _("All content");
}

static guint
cell_count (WaymarkContentChart *self,
            guint                row,
            guint                column)
{
  if (column < waymark_content_coverage_get_n_personas (self->coverage))
    return waymark_content_coverage_get_count (self->coverage, row, column);

  return waymark_content_coverage_get_stage_total (self->coverage, row);
}

static double
cell_width (WaymarkContentChart *self)
{
  double room = waymark_chart_get_width (WAYMARK_CHART (self)) - NAME_WIDTH;

  return MIN (CELL_WIDTH, room / n_columns (self) - SPACING);
}

static double
draw_intro (WaymarkContentChart *self,
            cairo_t             *cr)
{
  WaymarkChart *chart = WAYMARK_CHART (self);
  const WaymarkChartMark marks[] = { WAYMARK_CHART_MARK_GOOD, WAYMARK_CHART_MARK_GAP };
  const char *words[] = {
    /* Translators: the legend of the content coverage on paper: a cell
     * with the number of items serving it */
    _("Served"),
    _("Gap"),
  };
  const char *meanings[] = {
    _("this many content items serve the stage for the persona"),
    _("no content item serves the stage for the persona"),
  };
  double y;

  y = waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT,
                          _("How many content items serve each stage for each persona; an "
                            "empty cell is a gap."),
                          0, 0, waymark_chart_get_width (chart), 0, 0.35) + 8;
  y += waymark_chart_draw_legend (chart, cr, marks, words, meanings, G_N_ELEMENTS (marks), y);

  return y + 12;
}

static double
draw_grid_header (WaymarkContentChart *self,
                  cairo_t             *cr,
                  double               y)
{
  double height = 0, w = cell_width (self);

  for (guint j = 0; j < n_columns (self); j++)
    height = MAX (height,
                  waymark_chart_show (WAYMARK_CHART (self), cr, WAYMARK_CHART_FONT_LABEL,
                                      column_title (self, j), NAME_WIDTH + j * (w + SPACING), y,
                                      w, 2, 0.1));

  return height + 6;
}

static char *
dup_item_text (WaymarkJourney     *journey,
               WaymarkContentItem *item,
               guint               column)
{
  switch (column)
    {
    case 0:
      return g_strdup (waymark_content_item_get_title (item));
    case 1:
      return g_strdup (waymark_content_item_get_content_type (item));
    case 2:
      return waymark_journey_dup_labels (journey, waymark_content_item_get_personas (item));
    case 3:
      return g_strdup (waymark_content_item_get_question (item));
    case 4:
    default:
      return waymark_journey_dup_labels (journey, waymark_content_item_get_stages (item));
    }
}

/* One item's row, or the titles' row when @item is NULL; its height. */
static double
draw_item_row (WaymarkContentChart *self,
               cairo_t             *cr,
               WaymarkContentItem  *item)
{
  WaymarkChart *chart = WAYMARK_CHART (self);
  WaymarkJourney *journey = waymark_chart_get_journey (chart);
  double width = waymark_chart_get_width (chart), x = 0, height = 0;

  for (guint j = 0; j < G_N_ELEMENTS (item_columns); j++)
    {
      double w = item_columns[j].share * width;
      g_autofree char *text = item ? dup_item_text (journey, item, j)
                                   : g_strdup (_(item_columns[j].title));

      height = MAX (height,
                    waymark_chart_show (chart, cr,
                                        item ? WAYMARK_CHART_FONT_TEXT : WAYMARK_CHART_FONT_LABEL,
                                        text ? text : "", x, 3, w - 8, 3, item ? 0.1 : 0.3));
      x += w;
    }
  if (cr != NULL)
    {
      cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
      cairo_rectangle (cr, 0, height + 5.5, width, 0.5);
      cairo_fill (cr);
    }

  return height + 6;
}

static void
add_row (WaymarkContentChart *self,
         RowKind              kind,
         guint                index,
         char                *text,
         double               height)
{
  Row row = { kind, index, text, height };

  g_array_append_val (self->rows, row);
  waymark_chart_add_row (WAYMARK_CHART (self), height);
}

static void
add_text_row (WaymarkContentChart *self,
              RowKind              kind,
              char                *text)
{
  WaymarkChart *chart = WAYMARK_CHART (self);
  g_autoptr(PangoLayout) layout =
    waymark_chart_new_text (chart, kind == ROW_HEADING ? WAYMARK_CHART_FONT_SUBHEADING
                                                       : WAYMARK_CHART_FONT_TEXT,
                            text, waymark_chart_get_width (chart) - INDENT, 0);

  add_row (self, kind, 0, text,
           waymark_chart_text_height (layout) + (kind == ROW_HEADING ? 14 : 3));
}

static void
waymark_content_chart_layout (WaymarkChart *chart,
                              double        width)
{
  WaymarkContentChart *self = WAYMARK_CONTENT_CHART (chart);
  WaymarkJourney *journey = waymark_chart_get_journey (chart);
  GListModel *content = waymark_journey_get_content (journey);
  guint n_stages;
  gboolean any = FALSE;

  self->coverage = waymark_content_coverage_new (journey);
  n_stages = waymark_content_coverage_get_n_stages (self->coverage);
  self->intro_height = draw_intro (self, NULL);
  self->header_height = n_stages > 0 ? draw_grid_header (self, NULL, 0) : 0;
  waymark_chart_set_head_heights (chart, self->intro_height + self->header_height,
                                  self->header_height);

  for (guint i = 0; i < n_stages; i++)
    add_row (self, ROW_STAGE, i, NULL, CELL_HEIGHT + SPACING);
  self->n_grid_rows = n_stages;
  if (n_stages == 0)
    add_row (self, ROW_LINE, 0, g_strdup (_("There are no stages yet.")), 16);

  add_text_row (self, ROW_HEADING, g_strdup (_("Stages with No Content")));
  for (guint i = 0; i < n_stages; i++)
    {
      char *message = waymark_content_coverage_dup_no_content_message (self->coverage, i);

      if (message != NULL)
        {
          add_text_row (self, ROW_LINE, message);
          any = TRUE;
        }
    }
  if (!any)
    add_text_row (self, ROW_LINE, g_strdup (_("Content serves every stage.")));

  add_text_row (self, ROW_HEADING, g_strdup (_("Unanswered Questions")));
  any = FALSE;
  for (guint i = 0; i < n_stages; i++)
    {
      const char * const *questions = waymark_content_coverage_get_unanswered (self->coverage, i);
      const char *stage = waymark_stage_get_name (waymark_content_coverage_get_stage (self->coverage, i));

      for (guint k = 0; questions && questions[k]; k++)
        {
          /* Translators: a stage question no content answers: stage, question */
          add_text_row (self, ROW_LINE, g_strdup_printf (_("%s: %s"), stage, questions[k]));
          any = TRUE;
        }
    }
  if (!any)
    add_text_row (self, ROW_LINE, g_strdup (_("Content answers every question of every stage.")));

  if (!self->with_items)
    return;

  add_text_row (self, ROW_HEADING, g_strdup (_("Content Items")));
  if (g_list_model_get_n_items (content) == 0)
    {
      add_text_row (self, ROW_LINE, g_strdup (_("There are no content items yet.")));
      return;
    }
  add_row (self, ROW_ITEMS_HEADER, 0, NULL, draw_item_row (self, NULL, NULL));
  for (guint i = 0; i < g_list_model_get_n_items (content); i++)
    {
      g_autoptr(WaymarkContentItem) item = g_list_model_get_item (content, i);

      add_row (self, ROW_ITEM, i, NULL, draw_item_row (self, NULL, item));
    }
}

static void
waymark_content_chart_draw_head (WaymarkChart *chart,
                                 cairo_t      *cr,
                                 gboolean      first)
{
  WaymarkContentChart *self = WAYMARK_CONTENT_CHART (chart);

  if (first)
    draw_intro (self, cr);
  if (self->header_height > 0)
    draw_grid_header (self, cr, first ? self->intro_height : 0);
}

static void
draw_stage_row (WaymarkContentChart *self,
                cairo_t             *cr,
                guint                stage)
{
  WaymarkChart *chart = WAYMARK_CHART (self);
  double w = cell_width (self);

  waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_LABEL,
                      waymark_stage_get_name (waymark_content_coverage_get_stage (self->coverage, stage)),
                      0, 4, NAME_WIDTH - 8, 1, 0.1);
  for (guint j = 0; j < n_columns (self); j++)
    {
      guint count = cell_count (self, stage, j);
      WaymarkChartMark mark = count > 0 ? WAYMARK_CHART_MARK_GOOD : WAYMARK_CHART_MARK_GAP;
      double x = NAME_WIDTH + j * (w + SPACING);
      g_autofree char *text = count > 0 ? g_strdup_printf ("%u", count) : g_strdup (_("Gap"));

      waymark_chart_draw_box (cr, mark, x, 0, w, CELL_HEIGHT);
      waymark_chart_draw_symbol (cr, mark, x + 5, 6, 10);
      waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_MARK, text, x + 19, 5, w - 22, 1, 0.1);
    }
}

static void
waymark_content_chart_draw_row (WaymarkChart *chart,
                                cairo_t      *cr,
                                guint         index)
{
  WaymarkContentChart *self = WAYMARK_CONTENT_CHART (chart);
  const Row *row = &g_array_index (self->rows, Row, index);
  double width = waymark_chart_get_width (chart);

  switch (row->kind)
    {
    case ROW_STAGE:
      draw_stage_row (self, cr, row->index);
      break;

    case ROW_HEADING:
      waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_SUBHEADING, row->text, 0, 12, width, 0, 0.1);
      break;

    case ROW_LINE:
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_arc (cr, 3, 6.5, 1.6, 0, 2 * G_PI);
      cairo_fill (cr);
      waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT, row->text, INDENT, 0,
                          width - INDENT, 0, 0.1);
      break;

    case ROW_ITEMS_HEADER:
      draw_item_row (self, cr, NULL);
      break;

    case ROW_ITEM:
    default:
      {
        g_autoptr(WaymarkContentItem) item =
          g_list_model_get_item (waymark_journey_get_content (waymark_chart_get_journey (chart)),
                                 row->index);

        draw_item_row (self, cr, item);
      }
      break;
    }
}

static gboolean
waymark_content_chart_repeats_head (WaymarkChart *chart,
                                    guint         row)
{
  /* The grid's column titles, only over the grid's rows. */
  return row < WAYMARK_CONTENT_CHART (chart)->n_grid_rows;
}

static void
waymark_content_chart_finalize (GObject *object)
{
  WaymarkContentChart *self = WAYMARK_CONTENT_CHART (object);

  g_clear_pointer (&self->coverage, waymark_content_coverage_free);
  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (waymark_content_chart_parent_class)->finalize (object);
}

static void
waymark_content_chart_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  WaymarkContentChart *self = WAYMARK_CONTENT_CHART (object);

  switch (prop_id)
    {
    case PROP_WITH_ITEMS:
      self->with_items = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_content_chart_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  WaymarkContentChart *self = WAYMARK_CONTENT_CHART (object);

  switch (prop_id)
    {
    case PROP_WITH_ITEMS:
      g_value_set_boolean (value, self->with_items);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_content_chart_class_init (WaymarkContentChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkChartClass *chart_class = WAYMARK_CHART_CLASS (klass);

  object_class->finalize = waymark_content_chart_finalize;
  object_class->get_property = waymark_content_chart_get_property;
  object_class->set_property = waymark_content_chart_set_property;
  chart_class->layout = waymark_content_chart_layout;
  chart_class->draw_head = waymark_content_chart_draw_head;
  chart_class->draw_row = waymark_content_chart_draw_row;
  chart_class->repeats_head = waymark_content_chart_repeats_head;

  properties[PROP_WITH_ITEMS] =
    g_param_spec_boolean ("with-items", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_content_chart_init (WaymarkContentChart *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_array_set_clear_func (self->rows, clear_row);
}

/**
 * waymark_content_chart_new:
 * @width: in points
 * @with_items: list the content items too, after the coverage
 *
 * Returns: (transfer full): the content coverage of @journey laid out for
 *   @width
 */
WaymarkChart *
waymark_content_chart_new (WaymarkJourney *journey,
                           double          width,
                           gboolean        with_items)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  return g_object_new (WAYMARK_TYPE_CONTENT_CHART,
                       "journey", journey,
                       /* Translators: a section of the report and the content export */
                       "title", _("Content Coverage"),
                       "width", width,
                       "with-items", with_items,
                       NULL);
}

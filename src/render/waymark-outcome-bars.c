/* waymark-outcome-bars.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-funnel.h"
#include "waymark-outcome-bars.h"

/* Each stage's outcomes as one stacked bar of their shares, every part
 * numbered and every other one hatched so that neighbours differ without
 * colour; under the bar the outcomes in words ("1 Hired 30 % → Expand"),
 * and a warning when the shares do not add up to 100 %. What is missing up
 * to 100 % stays an outline. Stages without outcomes are left out. */

#define NAME_WIDTH  130.0
#define BAR_HEIGHT   14.0
#define LINE_GAP      4.0

struct _WaymarkOutcomeBars
{
  WaymarkChart   parent_instance;

  WaymarkFunnel *funnel;
  GArray        *steps;          /* guint: the steps with outcomes */
  GPtrArray     *legends;        /* char *: the outcomes in words, per row */
  GPtrArray     *warnings;       /* char *, nullable */
  double         intro_height;
};

G_DEFINE_FINAL_TYPE (WaymarkOutcomeBars, waymark_outcome_bars, WAYMARK_TYPE_CHART)

/* As the funnel chart on screen: the libadwaita palette. */
static const double outcome_colors[][3] = {
  { 0.149, 0.635, 0.412 },
  { 0.965, 0.827, 0.176 },
  { 0.647, 0.114, 0.176 },
  { 0.569, 0.255, 0.675 },
  { 0.596, 0.416, 0.267 },
};

static double
bar_width (WaymarkOutcomeBars *self)
{
  return waymark_chart_get_width (WAYMARK_CHART (self)) - NAME_WIDTH;
}

static char *
dup_legend (WaymarkJourney *journey,
            WaymarkStage   *stage)
{
  GListModel *outcomes = waymark_stage_get_outcomes (stage);
  g_autoptr(GString) legend = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (outcomes); i++)
    {
      g_autoptr(WaymarkOutcome) outcome = g_list_model_get_item (outcomes, i);
      WaymarkItem *next = waymark_journey_lookup (journey, waymark_outcome_get_next (outcome));

      if (legend->len > 0)
        g_string_append (legend, " · ");
      g_string_append_printf (legend, "%u %s", i + 1, waymark_outcome_get_name (outcome));
      if (waymark_outcome_has_share (outcome))
        {
          g_autofree char *percent = waymark_funnel_format_percent (waymark_outcome_get_share (outcome));

          g_string_append_printf (legend, " %s", percent);
        }
      else
        {
          /* Translators: an outcome without a share, on the paper */
          g_string_append_printf (legend, " %s", _("(no share)"));
        }
      if (WAYMARK_IS_STAGE (next))
        g_string_append_printf (legend, " → %s", waymark_stage_get_name (WAYMARK_STAGE (next)));
    }

  return g_string_free (g_steal_pointer (&legend), FALSE);
}

static double
draw_intro (WaymarkOutcomeBars *self,
            cairo_t            *cr)
{
  WaymarkChart *chart = WAYMARK_CHART (self);

  return waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT,
                             _("The outcomes of each stage and the share of buyers each takes; "
                               "an arrow names the stage an outcome leads to."),
                             0, 0, waymark_chart_get_width (chart), 0, 0.35) + 10;
}

static double
row_text_height (WaymarkOutcomeBars *self,
                 guint               row,
                 cairo_t            *cr,
                 double              y)
{
  WaymarkChart *chart = WAYMARK_CHART (self);
  const char *legend = g_ptr_array_index (self->legends, row);
  const char *warning = g_ptr_array_index (self->warnings, row);
  double h;

  h = waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_SMALL, legend, NAME_WIDTH, y,
                          bar_width (self), 0, 0.2);
  if (warning != NULL)
    {
      if (cr != NULL)
        waymark_chart_draw_symbol (cr, WAYMARK_CHART_MARK_GAP, NAME_WIDTH, y + h + 3, 9);
      h += 2 + waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_MARK, warning, NAME_WIDTH + 13,
                                   y + h + 2, bar_width (self) - 13, 0, 0.1);
    }

  return h;
}

static void
waymark_outcome_bars_layout (WaymarkChart *chart,
                             double        width)
{
  WaymarkOutcomeBars *self = WAYMARK_OUTCOME_BARS (chart);
  WaymarkJourney *journey = waymark_chart_get_journey (chart);

  self->funnel = waymark_funnel_new (journey);
  self->intro_height = draw_intro (self, NULL);
  waymark_chart_set_head_heights (chart, self->intro_height, 0);

  for (guint i = 0; i < waymark_funnel_get_n_steps (self->funnel); i++)
    {
      const WaymarkFunnelStep *step = waymark_funnel_get_step (self->funnel, i);
      guint row = self->steps->len;

      if (step->n_outcomes == 0)
        continue;

      g_array_append_val (self->steps, i);
      g_ptr_array_add (self->legends, dup_legend (journey, step->stage));
      g_ptr_array_add (self->warnings, waymark_funnel_step_dup_outcome_warning (step));
      waymark_chart_add_row (chart, BAR_HEIGHT + LINE_GAP + row_text_height (self, row, NULL, 0) + 12);
    }

  if (self->steps->len == 0)
    waymark_chart_add_row (chart, 20);
}

static void
waymark_outcome_bars_draw_head (WaymarkChart *chart,
                                cairo_t      *cr,
                                gboolean      first)
{
  if (first)
    draw_intro (WAYMARK_OUTCOME_BARS (chart), cr);
}

static void
waymark_outcome_bars_draw_row (WaymarkChart *chart,
                               cairo_t      *cr,
                               guint         row)
{
  WaymarkOutcomeBars *self = WAYMARK_OUTCOME_BARS (chart);
  static const double hatch[4] = { 1, 1, 1, 0.55 };
  const WaymarkFunnelStep *step;
  GListModel *outcomes;
  double width = bar_width (self), offset = 0;

  if (self->steps->len == 0)
    {
      waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT, _("No stage has outcomes yet."),
                          0, 0, waymark_chart_get_width (chart), 0, 0.35);
      return;
    }

  step = waymark_funnel_get_step (self->funnel, g_array_index (self->steps, guint, row));
  outcomes = waymark_stage_get_outcomes (step->stage);
  waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_LABEL, waymark_stage_get_name (step->stage),
                      0, 0, NAME_WIDTH - 10, 2, 0.1);

  for (guint i = 0; i < step->n_outcomes; i++)
    {
      g_autoptr(WaymarkOutcome) outcome = g_list_model_get_item (outcomes, i);
      const double *rgb = outcome_colors[i % G_N_ELEMENTS (outcome_colors)];
      double share = waymark_outcome_has_share (outcome) ? waymark_outcome_get_share (outcome) : 0;
      double w = MIN (share, 1.0 - offset) * width;
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autoptr(PangoLayout) label = waymark_chart_new_text (chart, WAYMARK_CHART_FONT_SMALL,
                                                             number, -1, 0);
      double x = NAME_WIDTH + offset * width;

      if (w <= 0)
        continue;

      cairo_rectangle (cr, x, 0, w, BAR_HEIGHT);
      cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
      cairo_fill (cr);
      if (i % 2 == 1)
        waymark_chart_hatch (cr, x, 0, w, BAR_HEIGHT, hatch);
      /* A white seam between parts, and the part's number on a white
       * patch, legible on any fill. */
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_rectangle (cr, x + w - 0.75, 0, 1.5, BAR_HEIGHT);
      cairo_fill (cr);
      if (w > waymark_chart_text_width (label) + 6)
        {
          double lw = waymark_chart_text_width (label) + 4;

          cairo_rectangle (cr, x + 2, 2, lw, BAR_HEIGHT - 4);
          cairo_fill (cr);
          waymark_chart_show_text (cr, label, x + 4,
                                   (BAR_HEIGHT - waymark_chart_text_height (label)) / 2, 0.1);
        }
      offset += w / width;
    }

  cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, NAME_WIDTH + 0.4, 0.4, width - 0.8, BAR_HEIGHT - 0.8);
  cairo_stroke (cr);

  row_text_height (self, row, cr, BAR_HEIGHT + LINE_GAP);
}

static void
waymark_outcome_bars_finalize (GObject *object)
{
  WaymarkOutcomeBars *self = WAYMARK_OUTCOME_BARS (object);

  g_clear_pointer (&self->funnel, waymark_funnel_free);
  g_clear_pointer (&self->steps, g_array_unref);
  g_clear_pointer (&self->legends, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_outcome_bars_parent_class)->finalize (object);
}

static void
waymark_outcome_bars_class_init (WaymarkOutcomeBarsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkChartClass *chart_class = WAYMARK_CHART_CLASS (klass);

  object_class->finalize = waymark_outcome_bars_finalize;
  chart_class->layout = waymark_outcome_bars_layout;
  chart_class->draw_head = waymark_outcome_bars_draw_head;
  chart_class->draw_row = waymark_outcome_bars_draw_row;
}

static void
waymark_outcome_bars_init (WaymarkOutcomeBars *self)
{
  self->steps = g_array_new (FALSE, FALSE, sizeof (guint));
  self->legends = g_ptr_array_new_with_free_func (g_free);
  self->warnings = g_ptr_array_new_with_free_func (g_free);
}

/**
 * waymark_outcome_bars_new:
 * @width: in points
 *
 * Returns: (transfer full): the outcomes of @journey's stages laid out
 *   for @width
 */
WaymarkChart *
waymark_outcome_bars_new (WaymarkJourney *journey,
                          double          width)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  return g_object_new (WAYMARK_TYPE_OUTCOME_BARS,
                       "journey", journey,
                       /* Translators: a section of the report */
                       "title", _("Outcomes per Stage"),
                       "width", width,
                       NULL);
}

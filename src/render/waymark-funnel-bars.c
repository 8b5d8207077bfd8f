/* waymark-funnel-bars.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "waymark-funnel-bars.h"

/* The funnel on paper, as the Gaps view draws it: one bar per stage, its
 * length the value of the stage's funnel metric, a tick at the target, the
 * value and the conversion to the next stage beside it. A stage without a
 * value is a dashed outline and says it is a gap in the chain, never a
 * bar of zero; a stage below its target is hatched and says so in words. */

#define NAME_WIDTH   130.0
#define TEXT_WIDTH   190.0
#define BAR_HEIGHT    16.0
#define ROW_HEIGHT    35.0
#define LEGEND_SWATCH 22.0

struct _WaymarkFunnelBars
{
  WaymarkChart   parent_instance;

  WaymarkFunnel *funnel;
  double         intro_height;
};

G_DEFINE_FINAL_TYPE (WaymarkFunnelBars, waymark_funnel_bars, WAYMARK_TYPE_CHART)

/* The libadwaita palette's blue and orange: they differ in lightness. */
static const double bar_color[3] = { 0.208, 0.518, 0.894 };
static const double below_color[3] = { 0.902, 0.380, 0.000 };
static const double hatch_color[4] = { 1, 1, 1, 0.6 };

typedef enum
{
  SWATCH_BAR,
  SWATCH_TARGET,
  SWATCH_BELOW,
  SWATCH_GAP,
} Swatch;

static void
draw_swatch (cairo_t *cr,
             Swatch   swatch,
             double   x,
             double   y,
             double   width,
             double   height)
{
  cairo_save (cr);
  switch (swatch)
    {
    case SWATCH_BAR:
    case SWATCH_BELOW:
      cairo_rectangle (cr, x, y, width, height);
      if (swatch == SWATCH_BAR)
        cairo_set_source_rgb (cr, bar_color[0], bar_color[1], bar_color[2]);
      else
        cairo_set_source_rgb (cr, below_color[0], below_color[1], below_color[2]);
      cairo_fill (cr);
      if (swatch == SWATCH_BELOW)
        waymark_chart_hatch (cr, x, y, width, height, hatch_color);
      break;

    case SWATCH_TARGET:
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_rectangle (cr, x + width / 2 - 1.2, y - 3, 2.4, height + 6);
      cairo_fill (cr);
      break;

    case SWATCH_GAP:
    default:
      cairo_set_source_rgb (cr, 0.45, 0.45, 0.45);
      cairo_set_line_width (cr, 0.8);
      cairo_set_dash (cr, (const double[]) { 3, 3 }, 2, 0);
      cairo_rectangle (cr, x + 0.4, y + 0.4, width - 0.8, height - 0.8);
      cairo_stroke (cr);
      break;
    }
  cairo_restore (cr);
}

static double
draw_intro (WaymarkFunnelBars *self,
            cairo_t           *cr)
{
  WaymarkChart *chart = WAYMARK_CHART (self);
  const char *words[] = {
    /* Translators: the legend of the funnel on paper */
    _("value"), _("target"), _("below target"), _("no value: a gap in the chain"),
  };
  double width = waymark_chart_get_width (chart);
  double x = 0, y;

  y = waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT,
                          _("The value of each stage’s funnel metric, its target, and the "
                            "conversion to the next stage."),
                          0, 0, width, 0, 0.35) + 8;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autoptr(PangoLayout) word = waymark_chart_new_text (chart, WAYMARK_CHART_FONT_SMALL,
                                                            words[i], -1, 0);

      if (cr != NULL)
        {
          draw_swatch (cr, i, x, y + 1, LEGEND_SWATCH, 10);
          waymark_chart_show_text (cr, word, x + LEGEND_SWATCH + 5, y, 0.2);
        }
      x += LEGEND_SWATCH + 5 + waymark_chart_text_width (word) + 18;
    }

  return y + 14 + 10;
}

static void
waymark_funnel_bars_layout (WaymarkChart *chart,
                            double        width)
{
  WaymarkFunnelBars *self = WAYMARK_FUNNEL_BARS (chart);
  guint n;

  self->funnel = waymark_funnel_new (waymark_chart_get_journey (chart));
  self->intro_height = draw_intro (self, NULL);
  waymark_chart_set_head_heights (chart, self->intro_height, 0);

  n = waymark_funnel_get_n_steps (self->funnel);
  for (guint i = 0; i < n; i++)
    waymark_chart_add_row (chart, ROW_HEIGHT);
  if (n == 0)
    waymark_chart_add_row (chart, 20);
}

static void
waymark_funnel_bars_draw_head (WaymarkChart *chart,
                               cairo_t      *cr,
                               gboolean      first)
{
  if (first)
    draw_intro (WAYMARK_FUNNEL_BARS (chart), cr);
}

static void
waymark_funnel_bars_draw_row (WaymarkChart *chart,
                              cairo_t      *cr,
                              guint         row)
{
  WaymarkFunnelBars *self = WAYMARK_FUNNEL_BARS (chart);
  double width = waymark_chart_get_width (chart);
  double bar_width = MAX (width - NAME_WIDTH - TEXT_WIDTH, 60);
  double x = NAME_WIDTH, max;
  const WaymarkFunnelStep *step;
  g_autofree char *text = NULL;
  g_autofree char *conversion = NULL;

  if (waymark_funnel_get_n_steps (self->funnel) == 0)
    {
      waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT, _("There are no stages yet."),
                          0, 0, width, 0, 0.35);
      return;
    }

  step = waymark_funnel_get_step (self->funnel, row);
  max = waymark_funnel_get_max_value (self->funnel);

  waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_LABEL, waymark_stage_get_name (step->stage),
                      0, 0, NAME_WIDTH - 10, 1, 0.1);
  if (step->metric != NULL)
    waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_SMALL, waymark_metric_get_name (step->metric),
                        0, 14, NAME_WIDTH - 10, 1, 0.35);

  if (isnan (step->value) || max <= 0)
    {
      draw_swatch (cr, SWATCH_GAP, x, 1, bar_width, BAR_HEIGHT);
    }
  else
    {
      double w = MAX (step->value / max * bar_width, 1.5);

      draw_swatch (cr, step->below_target ? SWATCH_BELOW : SWATCH_BAR, x, 1, w, BAR_HEIGHT);
      if (step->below_target)
        {
          double mx = x + MAX (w, MIN (step->target / max, 1.0) * bar_width) + 6;

          waymark_chart_draw_symbol (cr, WAYMARK_CHART_MARK_GAP, mx, 4, 10);
          waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_MARK, _("below target"),
                              mx + 13, 2, MAX (x + bar_width - mx - 13, 50), 1, 0.1);
        }
    }
  if (!isnan (step->target) && max > 0)
    draw_swatch (cr, SWATCH_TARGET, x + MIN (step->target / max, 1.0) * bar_width - 11, 1,
                 22, BAR_HEIGHT);

  text = waymark_funnel_dup_step_text (step, FALSE);
  waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_TEXT, text, x + bar_width + 10, 1,
                      TEXT_WIDTH - 10, 1, 0.1);
  conversion = waymark_funnel_dup_conversion_text (self->funnel, row);
  if (conversion != NULL)
    waymark_chart_show (chart, cr, WAYMARK_CHART_FONT_SMALL, conversion, x + bar_width + 10, 15,
                        TEXT_WIDTH - 10, 1, 0.35);
}

static void
waymark_funnel_bars_finalize (GObject *object)
{
  WaymarkFunnelBars *self = WAYMARK_FUNNEL_BARS (object);

  g_clear_pointer (&self->funnel, waymark_funnel_free);

  G_OBJECT_CLASS (waymark_funnel_bars_parent_class)->finalize (object);
}

static void
waymark_funnel_bars_class_init (WaymarkFunnelBarsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkChartClass *chart_class = WAYMARK_CHART_CLASS (klass);

  object_class->finalize = waymark_funnel_bars_finalize;
  chart_class->layout = waymark_funnel_bars_layout;
  chart_class->draw_head = waymark_funnel_bars_draw_head;
  chart_class->draw_row = waymark_funnel_bars_draw_row;
}

static void
waymark_funnel_bars_init (WaymarkFunnelBars *self)
{
}

/**
 * waymark_funnel_bars_new:
 * @width: in points
 *
 * Returns: (transfer full): the funnel of @journey laid out for @width
 */
WaymarkChart *
waymark_funnel_bars_new (WaymarkJourney *journey,
                         double          width)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  return g_object_new (WAYMARK_TYPE_FUNNEL_BARS,
                       "journey", journey,
                       "title", _("Funnel"),
                       "width", width,
                       NULL);
}

/**
 * waymark_funnel_dup_step_text:
 * @with_marks: say “below target” too
 *
 * Returns: (transfer full): the step's value with its unit and target:
 *   “12,000 people, target 15,000”, or “no value”
 */
char *
waymark_funnel_dup_step_text (const WaymarkFunnelStep *step,
                              gboolean                 with_marks)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (step != NULL, NULL);

  if (isnan (step->value))
    {
      /* Translators: a stage of the funnel with no value for its metric */
      g_string_append (text, step->metric ? _("no value") : _("no metric"));
    }
  else
    {
      g_autofree char *value = waymark_chart_format_value (step->value);

      g_string_append (text, value);
      if (step->metric && waymark_metric_get_unit (step->metric)[0] != '\0')
        g_string_append_printf (text, " %s", waymark_metric_get_unit (step->metric));
    }

  if (!isnan (step->target))
    {
      g_autofree char *target = waymark_chart_format_value (step->target);

      /* Translators: after a value in the funnel: its target */
      g_string_append_printf (text, _(", target %s"), target);
    }
  if (step->below_target && with_marks)
    /* Translators: marks a stage of the funnel whose value is under its target */
    g_string_append (text, _(", below target"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * waymark_funnel_dup_conversion_text:
 *
 * Returns: (transfer full) (nullable): “↓ 20 % to the next stage”, “↓ a
 *   gap in the chain” when this stage or the next has no value, %NULL on
 *   the last stage
 */
char *
waymark_funnel_dup_conversion_text (WaymarkFunnel *funnel,
                                    guint          position)
{
  const WaymarkFunnelStep *step;
  g_autofree char *percent = NULL;

  g_return_val_if_fail (funnel != NULL, NULL);
  g_return_val_if_fail (position < waymark_funnel_get_n_steps (funnel), NULL);

  if (position + 1 >= waymark_funnel_get_n_steps (funnel))
    return NULL;

  step = waymark_funnel_get_step (funnel, position);
  if (isnan (step->conversion))
    /* Translators: instead of the conversion to the next stage, when this
     * stage or the next has no value */
    return g_strdup (_("↓ a gap in the chain"));

  percent = waymark_funnel_format_percent (step->conversion);
  /* Translators: the conversion from a stage of the funnel to the next */
  return g_strdup_printf (_("↓ %s to the next stage"), percent);
}

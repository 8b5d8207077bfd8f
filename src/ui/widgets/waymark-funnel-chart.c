/* waymark-funnel-chart.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The funnel as a bar chart: one bar per stage, its length the value of
 * the stage's funnel metric, a tick at the target, the conversion to the
 * next stage beside it, and under it the outcomes as a stacked bar. A stage
 * without a value is an outlined gap, never a bar of zero; a stage below
 * its target is hatched and says so in words, so that it reads in grey and
 * without telling colours apart.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "waymark-funnel.h"
#include "waymark-funnel-bars.h"
#include "waymark-funnel-chart.h"

#define NAME_WIDTH 170
#define TEXT_WIDTH 210
#define BAR_HEIGHT 22
#define ROW_HEIGHT 48
#define OUTCOME_HEIGHT 48
#define PADDING 12

struct _WaymarkFunnelChart
{
  GtkWidget      parent_instance;

  WaymarkFunnel *funnel;
};

G_DEFINE_FINAL_TYPE (WaymarkFunnelChart, waymark_funnel_chart, GTK_TYPE_WIDGET)

/* Colours of the libadwaita palette that differ in lightness too. */
static const GdkRGBA bar_color = { 0.208, 0.518, 0.894, 1.0 };    /* blue 3 */
static const GdkRGBA below_color = { 0.902, 0.380, 0.0, 1.0 };    /* orange 5 */
static const GdkRGBA outcome_colors[] = {
  { 0.149, 0.635, 0.412, 1.0 },                                   /* green 5 */
  { 0.965, 0.827, 0.176, 1.0 },                                   /* yellow 3 */
  { 0.647, 0.114, 0.176, 1.0 },                                   /* red 5 */
  { 0.569, 0.255, 0.675, 1.0 },                                   /* purple 3 */
  { 0.596, 0.416, 0.267, 1.0 },                                   /* brown 3 */
};

static guint
row_height (const WaymarkFunnelStep *step)
{
  return ROW_HEIGHT + (step->n_outcomes > 0 ? OUTCOME_HEIGHT : 0);
}

static void
append_text (GtkWidget   *widget,
             GtkSnapshot *snapshot,
             const char  *text,
             double       x,
             double       y,
             int          width,
             int          lines,
             gboolean     bold,
             const GdkRGBA *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);

  if (bold)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

      pango_layout_set_markup (layout, markup, -1);
    }
  else
    pango_layout_set_text (layout, text, -1);
  /* At most @lines lines, then an ellipsis. */
  pango_layout_set_width (layout, width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_height (layout, -lines);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
draw_hatch (cairo_t *cr,
            double   x,
            double   y,
            double   width,
            double   height)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.55);
  cairo_set_line_width (cr, 3);
  for (double d = -height; d < width; d += 9)
    {
      cairo_move_to (cr, x + d, y + height);
      cairo_line_to (cr, x + d + height, y);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_outcomes (WaymarkFunnelChart      *self,
               GtkSnapshot             *snapshot,
               const WaymarkFunnelStep *step,
               double                   x,
               double                   y,
               double                   width,
               const GdkRGBA           *fg)
{
  GListModel *outcomes = waymark_stage_get_outcomes (step->stage);
  g_autofree char *warning = waymark_funnel_step_dup_outcome_warning (step);
  g_autoptr(GString) legend = g_string_new (NULL);
  double offset = 0;

  for (guint i = 0; i < step->n_outcomes; i++)
    {
      g_autoptr(WaymarkOutcome) outcome = g_list_model_get_item (outcomes, i);
      double share = waymark_outcome_has_share (outcome) ? waymark_outcome_get_share (outcome) : 0;
      double w = MIN (share, 1.0 - offset) * width;
      g_autofree char *percent = waymark_funnel_format_percent (share);

      if (w > 0)
        {
          gtk_snapshot_append_color (snapshot, &outcome_colors[i % G_N_ELEMENTS (outcome_colors)],
                                     &GRAPHENE_RECT_INIT (x + offset * width, y, w, 8));
          offset += w / width;
        }

      if (legend->len > 0)
        g_string_append (legend, " · ");
      g_string_append_printf (legend, "%s %s", waymark_outcome_get_name (outcome), percent);
    }

  /* What is missing up to 100 % stays an outline. */
  {
    GskRoundedRect outline;
    const GdkRGBA border = { fg->red, fg->green, fg->blue, 0.4 };

    gsk_rounded_rect_init_from_rect (&outline, &GRAPHENE_RECT_INIT (x, y, width, 8), 0);
    gtk_snapshot_append_border (snapshot, &outline, (float[4]) { 1, 1, 1, 1 },
                                (GdkRGBA[4]) { border, border, border, border });
  }

  if (warning != NULL)
    g_string_append_printf (legend, " — %s", warning);
  append_text (GTK_WIDGET (self), snapshot, legend->str, x, y + 10, (int)width + TEXT_WIDTH,
               2, FALSE, fg);
}

static void
waymark_funnel_chart_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  WaymarkFunnelChart *self = WAYMARK_FUNNEL_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double bar_width = MAX (width - NAME_WIDTH - TEXT_WIDTH - 2 * PADDING, 40);
  double max, y = PADDING;
  GdkRGBA fg;
  guint n;

  if (self->funnel == NULL)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  max = waymark_funnel_get_max_value (self->funnel);
  n = waymark_funnel_get_n_steps (self->funnel);

  for (guint i = 0; i < n; i++)
    {
      const WaymarkFunnelStep *step = waymark_funnel_get_step (self->funnel, i);
      double x = PADDING + NAME_WIDTH;
      g_autofree char *text = waymark_funnel_dup_step_text (step, FALSE);
      g_autofree char *conversion = NULL;
      const GdkRGBA dim = { fg.red, fg.green, fg.blue, 0.6 };

      append_text (widget, snapshot, waymark_stage_get_name (step->stage),
                   PADDING, y + 2, NAME_WIDTH - 12, 1, TRUE, &fg);
      if (step->metric != NULL)
        append_text (widget, snapshot, waymark_metric_get_name (step->metric),
                     PADDING, y + 22, NAME_WIDTH - 12, 1, FALSE, &dim);

      if (isnan (step->value) || max <= 0)
        {
          /* A gap in the chain: an outline, dashed by its gaps. */
          cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                                   &GRAPHENE_RECT_INIT (x, y, bar_width, BAR_HEIGHT));

          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.5);
          cairo_set_dash (cr, (double[]) { 4, 4 }, 2, 0);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, x + 0.5, y + 0.5, bar_width - 1, BAR_HEIGHT - 1);
          cairo_stroke (cr);
          cairo_destroy (cr);
        }
      else
        {
          double w = MAX (step->value / max * bar_width, 2);

          gtk_snapshot_append_color (snapshot, step->below_target ? &below_color : &bar_color,
                                     &GRAPHENE_RECT_INIT (x, y, w, BAR_HEIGHT));
          if (step->below_target)
            {
              cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                                       &GRAPHENE_RECT_INIT (x, y, w, BAR_HEIGHT));
              /* After the bar and its target tick, whichever ends later. */
              double mx = x + MAX (w, MIN (step->target / max, 1.0) * bar_width) + 8;

              draw_hatch (cr, x, y, w, BAR_HEIGHT);
              cairo_destroy (cr);
              /* Translators: beside the bar of a stage under its target */
              append_text (widget, snapshot, _("▼ below target"), mx, y + 2,
                           MAX ((int)(x + bar_width - mx), 60), 1, TRUE, &fg);
            }
        }

      if (!isnan (step->target) && max > 0)
        {
          double tx = x + MIN (step->target / max, 1.0) * bar_width;

          /* The target: a tick through the bar, wider than it. */
          gtk_snapshot_append_color (snapshot, &fg,
                                     &GRAPHENE_RECT_INIT (tx - 1.5, y - 4, 3, BAR_HEIGHT + 8));
        }

      append_text (widget, snapshot, text, x + bar_width + 12, y + 2, TEXT_WIDTH - 12, 1, FALSE, &fg);

      conversion = waymark_funnel_dup_conversion_text (self->funnel, i);
      if (conversion != NULL)
        append_text (widget, snapshot, conversion, x + bar_width + 12, y + 22, TEXT_WIDTH - 12,
                     1, FALSE, &dim);

      if (step->n_outcomes > 0)
        draw_outcomes (self, snapshot, step, x, y + ROW_HEIGHT - 6, bar_width, &fg);

      y += row_height (step);
    }
}

static void
waymark_funnel_chart_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  WaymarkFunnelChart *self = WAYMARK_FUNNEL_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = NAME_WIDTH + TEXT_WIDTH + 2 * PADDING + 120;
      *natural = *minimum + 300;
    }
  else
    {
      int height = 2 * PADDING;
      guint n = self->funnel ? waymark_funnel_get_n_steps (self->funnel) : 0;

      for (guint i = 0; i < n; i++)
        height += row_height (waymark_funnel_get_step (self->funnel, i));
      *minimum = *natural = height;
    }
}

static void
waymark_funnel_chart_finalize (GObject *object)
{
  WaymarkFunnelChart *self = (WaymarkFunnelChart *)object;

  g_clear_pointer (&self->funnel, waymark_funnel_free);

  G_OBJECT_CLASS (waymark_funnel_chart_parent_class)->finalize (object);
}

static void
waymark_funnel_chart_class_init (WaymarkFunnelChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = waymark_funnel_chart_finalize;

  widget_class->snapshot = waymark_funnel_chart_snapshot;
  widget_class->measure = waymark_funnel_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "funnelchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
waymark_funnel_chart_init (WaymarkFunnelChart *self)
{
  /* Focusable, so that a screen reader reaches the figures by keyboard. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Funnel"),
                                  -1);
}

GtkWidget *
waymark_funnel_chart_new (void)
{
  return g_object_new (WAYMARK_TYPE_FUNNEL_CHART, NULL);
}

/**
 * waymark_funnel_chart_set_journey:
 * @journey: (nullable): the journey to draw the funnel of
 *
 * Computes the funnel again; call it after every change of the journey.
 */
void
waymark_funnel_chart_set_journey (WaymarkFunnelChart *self,
                                  WaymarkJourney     *journey)
{
  g_autofree char *summary = NULL;

  g_return_if_fail (WAYMARK_IS_FUNNEL_CHART (self));
  g_return_if_fail (!journey || WAYMARK_IS_JOURNEY (journey));

  g_clear_pointer (&self->funnel, waymark_funnel_free);
  if (journey != NULL)
    self->funnel = waymark_funnel_new (journey);

  summary = waymark_funnel_chart_dup_summary (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * waymark_funnel_chart_dup_summary:
 *
 * Returns: (transfer full): what the chart shows, in words: one line per
 *   stage, for screen readers and tests
 */
char *
waymark_funnel_chart_dup_summary (WaymarkFunnelChart *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (WAYMARK_IS_FUNNEL_CHART (self), NULL);

  n = self->funnel ? waymark_funnel_get_n_steps (self->funnel) : 0;
  for (guint i = 0; i < n; i++)
    {
      const WaymarkFunnelStep *step = waymark_funnel_get_step (self->funnel, i);
      g_autofree char *text = waymark_funnel_dup_step_text (step, TRUE);
      g_autofree char *warning = waymark_funnel_step_dup_outcome_warning (step);

      if (summary->len > 0)
        g_string_append_c (summary, '\n');
      g_string_append_printf (summary, "%s: %s", waymark_stage_get_name (step->stage), text);
      if (!isnan (step->conversion))
        {
          g_autofree char *percent = waymark_funnel_format_percent (step->conversion);

          g_string_append_printf (summary, _(", %s to the next stage"), percent);
        }
      if (warning != NULL)
        g_string_append_printf (summary, " (%s)", warning);
    }

  return g_string_free (g_steal_pointer (&summary), FALSE);
}

/* waymark-funnel.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "waymark-funnel.h"

/* The funnel is computed from the journey as it is, in one pass over the
 * stages; it is cheap, so views compute it again on every change instead of
 * keeping it up to date. */
struct _WaymarkFunnel
{
  GArray *steps;                  /* of WaymarkFunnelStep */
};

/* Shares are typed as percentages with at most a decimal or two; anything
 * closer to 100 % than this is 100 %. */
#define SHARE_EPSILON 1e-6

static void
clear_step (gpointer data)
{
  WaymarkFunnelStep *step = data;

  g_clear_object (&step->stage);
  g_clear_object (&step->metric);
}

/**
 * waymark_funnel_pick_metric:
 *
 * Returns: (transfer none) (nullable): the metric of @stage that feeds the
 *   funnel: the one its "funnel-metric" names, else its first metric, or
 *   %NULL when it has none
 */
WaymarkMetric *
waymark_funnel_pick_metric (WaymarkStage *stage)
{
  GListModel *metrics;
  const char *chosen;
  WaymarkMetric *picked = NULL;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_STAGE (stage), NULL);

  metrics = waymark_stage_get_metrics (stage);
  chosen = waymark_stage_get_funnel_metric (stage);
  n = g_list_model_get_n_items (metrics);

  for (guint i = 0; i < n && picked == NULL; i++)
    {
      g_autoptr(WaymarkMetric) metric = g_list_model_get_item (metrics, i);

      if (g_str_equal (waymark_item_get_id (WAYMARK_ITEM (metric)), chosen))
        picked = metric;
    }

  /* The reader and the commands keep the choice valid; the first metric is
   * the default, and what is left if it ever is not. */
  if (picked == NULL && n > 0)
    {
      g_autoptr(WaymarkMetric) first = g_list_model_get_item (metrics, 0);

      picked = first;
    }

  /* The stage's list keeps the metric alive: hand out a borrowed pointer. */
  return picked;
}

static void
sum_outcomes (WaymarkFunnelStep *step)
{
  GListModel *outcomes = waymark_stage_get_outcomes (step->stage);

  step->n_outcomes = g_list_model_get_n_items (outcomes);
  for (guint i = 0; i < step->n_outcomes; i++)
    {
      g_autoptr(WaymarkOutcome) outcome = g_list_model_get_item (outcomes, i);

      if (waymark_outcome_has_share (outcome))
        {
          step->n_shares++;
          step->share_sum += waymark_outcome_get_share (outcome);
        }
    }

  step->shares_add_up = step->n_outcomes == 0 ||
                        (step->n_shares == step->n_outcomes &&
                         fabs (step->share_sum - 1.0) < SHARE_EPSILON);
}

/**
 * waymark_funnel_new:
 *
 * One step per stage, in the stages' order.
 *
 * Returns: (transfer full): the funnel of @journey
 */
WaymarkFunnel *
waymark_funnel_new (WaymarkJourney *journey)
{
  WaymarkFunnel *self;
  GListModel *stages;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  stages = waymark_journey_get_stages (journey);
  n = g_list_model_get_n_items (stages);

  self = g_new0 (WaymarkFunnel, 1);
  self->steps = g_array_sized_new (FALSE, TRUE, sizeof (WaymarkFunnelStep), n);
  g_array_set_clear_func (self->steps, clear_step);

  for (guint i = 0; i < n; i++)
    {
      WaymarkFunnelStep step = { 0, };
      WaymarkMetric *metric;

      step.stage = g_list_model_get_item (stages, i);
      step.value = NAN;
      step.target = NAN;
      step.conversion = NAN;

      if ((metric = waymark_funnel_pick_metric (step.stage)))
        {
          step.metric = g_object_ref (metric);
          step.value = waymark_metric_get_value (metric);
          step.target = waymark_metric_get_target (metric);
          step.below_target = !isnan (step.value) && !isnan (step.target) &&
                              step.value < step.target;
        }

      sum_outcomes (&step);
      g_array_append_val (self->steps, step);
    }

  /* A conversion needs both ends: a stage without a value breaks the chain
   * on both of its sides rather than counting as zero. */
  for (guint i = 0; i + 1 < n; i++)
    {
      WaymarkFunnelStep *step = &g_array_index (self->steps, WaymarkFunnelStep, i);
      WaymarkFunnelStep *next = &g_array_index (self->steps, WaymarkFunnelStep, i + 1);

      if (!isnan (step->value) && !isnan (next->value) && step->value != 0)
        step->conversion = next->value / step->value;
    }

  return self;
}

void
waymark_funnel_free (WaymarkFunnel *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->steps);
  g_free (self);
}

guint
waymark_funnel_get_n_steps (WaymarkFunnel *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->steps->len;
}

/**
 * waymark_funnel_get_step:
 *
 * Returns: (transfer none): the step of the stage at @position
 */
const WaymarkFunnelStep *
waymark_funnel_get_step (WaymarkFunnel *self,
                         guint          position)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (position < self->steps->len, NULL);

  return &g_array_index (self->steps, WaymarkFunnelStep, position);
}

/**
 * waymark_funnel_get_max_value:
 *
 * Returns: the largest value or target of any step, for the scale of a
 *   chart; 0 when no step has one
 */
double
waymark_funnel_get_max_value (WaymarkFunnel *self)
{
  double max = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const WaymarkFunnelStep *step = waymark_funnel_get_step (self, i);

      if (!isnan (step->value))
        max = MAX (max, step->value);
      if (!isnan (step->target))
        max = MAX (max, step->target);
    }

  return max;
}

/**
 * waymark_funnel_step_dup_outcome_warning:
 *
 * Returns: (transfer full) (nullable): why the shares of the step's
 *   outcomes do not add up to 100 %, or %NULL when they do
 */
char *
waymark_funnel_step_dup_outcome_warning (const WaymarkFunnelStep *step)
{
  g_autofree char *name = NULL;
  g_autofree char *sum = NULL;
  guint n_missing;

  g_return_val_if_fail (step != NULL, NULL);

  if (step->shares_add_up)
    return NULL;

  /* Translators: these start a warning about one stage */
  name = g_strdup_printf (_("Stage “%s”"), waymark_stage_get_name (step->stage));
  n_missing = step->n_outcomes - step->n_shares;
  if (n_missing > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%s: %u outcome has no share of buyers",
                                         "%s: %u outcomes have no share of buyers",
                                         n_missing),
                            name, n_missing);

  sum = waymark_funnel_format_percent (step->share_sum);
  /* Translators: %s: “Stage “Name””, then a percentage such as “90 %” */
  return g_strdup_printf (_("%s: the shares of the outcomes add up to %s, not 100 %%"),
                          name, sum);
}

/**
 * waymark_funnel_format_percent:
 * @fraction: 0.2 for 20 %
 *
 * Returns: (transfer full): @fraction as a percentage with at most one
 *   decimal, in the user's language: “20 %”, “11.1 %”
 */
char *
waymark_funnel_format_percent (double fraction)
{
  g_autofree char *number = NULL;
  double percent = round (fraction * 1000) / 10;

  /* A whole number needs no “.0”; the decimal point is the locale's. */
  if (percent == round (percent))
    number = g_strdup_printf ("%.0f", percent);
  else
    number = g_strdup_printf ("%.1f", percent);

  /* Translators: a percentage; %s is the number */
  return g_strdup_printf (_("%s %%"), number);
}

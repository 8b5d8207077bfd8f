/* waymark-funnel.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"

G_BEGIN_DECLS

/* One stage of the funnel: the value of the metric that feeds it, and the
 * conversion from this stage to the next. */
typedef struct
{
  WaymarkStage  *stage;
  WaymarkMetric *metric;          /* NULL when the stage has no metric */
  double         value;           /* NAN when not set: a gap in the chain */
  double         target;          /* NAN when not set */
  gboolean       below_target;    /* value and target set, value < target */
  double         conversion;      /* next stage's value / this value; NAN
                                   * when either is missing or this is 0,
                                   * and on the last stage */
  /* The stage's outcomes. */
  guint          n_outcomes;
  guint          n_shares;        /* outcomes with a share */
  double         share_sum;       /* of the shares that are set */
  gboolean       shares_add_up;   /* every outcome has a share and they add
                                   * up to 100 %; TRUE with no outcomes */
} WaymarkFunnelStep;

typedef struct _WaymarkFunnel WaymarkFunnel;

WaymarkFunnel           *waymark_funnel_new                  (WaymarkJourney *journey);
void                     waymark_funnel_free                 (WaymarkFunnel  *self);
guint                    waymark_funnel_get_n_steps          (WaymarkFunnel  *self);
const WaymarkFunnelStep *waymark_funnel_get_step             (WaymarkFunnel  *self,
                                                              guint           position);
double                   waymark_funnel_get_max_value        (WaymarkFunnel  *self);
char                    *waymark_funnel_step_dup_outcome_warning (const WaymarkFunnelStep *step);
WaymarkMetric           *waymark_funnel_pick_metric          (WaymarkStage   *stage);
char                    *waymark_funnel_format_percent       (double          fraction);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkFunnel, waymark_funnel_free)

G_END_DECLS

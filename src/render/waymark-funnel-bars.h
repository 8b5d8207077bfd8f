/* waymark-funnel-bars.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-chart.h"
#include "waymark-funnel.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_FUNNEL_BARS (waymark_funnel_bars_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkFunnelBars, waymark_funnel_bars, WAYMARK, FUNNEL_BARS, WaymarkChart)

WaymarkChart *waymark_funnel_bars_new           (WaymarkJourney          *journey,
                                                 double                   width);
char         *waymark_funnel_dup_step_text      (const WaymarkFunnelStep *step,
                                                 gboolean                 with_marks);
char         *waymark_funnel_dup_conversion_text (WaymarkFunnel          *funnel,
                                                  guint                   position);

G_END_DECLS

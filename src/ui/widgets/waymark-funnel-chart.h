/* waymark-funnel-chart.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-journey.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_FUNNEL_CHART (waymark_funnel_chart_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkFunnelChart, waymark_funnel_chart, WAYMARK, FUNNEL_CHART, GtkWidget)

GtkWidget *waymark_funnel_chart_new         (void);
void       waymark_funnel_chart_set_journey (WaymarkFunnelChart *self,
                                             WaymarkJourney     *journey);
char      *waymark_funnel_chart_dup_summary (WaymarkFunnelChart *self);

G_END_DECLS

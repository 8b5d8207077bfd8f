/* waymark-gaps-chart.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-chart.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_GAPS_CHART (waymark_gaps_chart_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkGapsChart, waymark_gaps_chart, WAYMARK, GAPS_CHART, WaymarkChart)

WaymarkChart *waymark_gaps_chart_new (WaymarkJourney *journey,
                                      double          width);

G_END_DECLS

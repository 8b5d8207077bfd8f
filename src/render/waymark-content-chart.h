/* waymark-content-chart.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-chart.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CONTENT_CHART (waymark_content_chart_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkContentChart, waymark_content_chart, WAYMARK, CONTENT_CHART, WaymarkChart)

WaymarkChart *waymark_content_chart_new (WaymarkJourney *journey,
                                         double          width,
                                         gboolean        with_items);

G_END_DECLS

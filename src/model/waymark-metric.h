/* waymark-metric.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_METRIC (waymark_metric_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMetric, waymark_metric, WAYMARK, METRIC, WaymarkItem)

WaymarkMetric * waymark_metric_new        (const char *id);
const char *    waymark_metric_get_name   (WaymarkMetric *self);
double          waymark_metric_get_value  (WaymarkMetric *self);
gboolean        waymark_metric_has_value  (WaymarkMetric *self);
double          waymark_metric_get_target (WaymarkMetric *self);
gboolean        waymark_metric_has_target (WaymarkMetric *self);
const char *    waymark_metric_get_unit   (WaymarkMetric *self);

G_END_DECLS

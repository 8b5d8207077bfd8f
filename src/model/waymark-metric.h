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
void            waymark_metric_set_name   (WaymarkMetric *self,
                                           const char *name);
double          waymark_metric_get_value  (WaymarkMetric *self);
gboolean        waymark_metric_has_value  (WaymarkMetric *self);
void            waymark_metric_set_value  (WaymarkMetric *self,
                                           double value);
double          waymark_metric_get_target (WaymarkMetric *self);
gboolean        waymark_metric_has_target (WaymarkMetric *self);
void            waymark_metric_set_target (WaymarkMetric *self,
                                           double target);
const char *    waymark_metric_get_unit   (WaymarkMetric *self);
void            waymark_metric_set_unit   (WaymarkMetric *self,
                                           const char *unit);

G_END_DECLS

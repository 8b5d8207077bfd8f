/* waymark-lane.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_LANE (waymark_lane_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkLane, waymark_lane, WAYMARK, LANE, WaymarkItem)

WaymarkLane *      waymark_lane_new             (const char *id);
const char *       waymark_lane_get_name        (WaymarkLane *self);
WaymarkPerspective waymark_lane_get_perspective (WaymarkLane *self);
const char *       waymark_lane_get_color       (WaymarkLane *self);

G_END_DECLS

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
void               waymark_lane_set_name        (WaymarkLane *self,
                                                 const char *name);
WaymarkPerspective waymark_lane_get_perspective (WaymarkLane *self);
void               waymark_lane_set_perspective (WaymarkLane *self,
                                                 WaymarkPerspective perspective);
const char *       waymark_lane_get_color       (WaymarkLane *self);
void               waymark_lane_set_color       (WaymarkLane *self,
                                                 const char *color);

G_END_DECLS

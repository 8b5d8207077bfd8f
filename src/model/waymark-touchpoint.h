/* waymark-touchpoint.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_TOUCHPOINT (waymark_touchpoint_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkTouchpoint, waymark_touchpoint, WAYMARK, TOUCHPOINT, WaymarkItem)

WaymarkTouchpoint *   waymark_touchpoint_new          (const char *id);
const char *          waymark_touchpoint_get_title    (WaymarkTouchpoint *self);
const char *          waymark_touchpoint_get_stage    (WaymarkTouchpoint *self);
const char *          waymark_touchpoint_get_lane     (WaymarkTouchpoint *self);
int                   waymark_touchpoint_get_order    (WaymarkTouchpoint *self);
const char *          waymark_touchpoint_get_channel  (WaymarkTouchpoint *self);
const char *          waymark_touchpoint_get_notes    (WaymarkTouchpoint *self);
int                   waymark_touchpoint_get_emotion  (WaymarkTouchpoint *self);
const char * const *  waymark_touchpoint_get_personas (WaymarkTouchpoint *self);
WaymarkTouchpointKind waymark_touchpoint_get_kind     (WaymarkTouchpoint *self);

G_END_DECLS

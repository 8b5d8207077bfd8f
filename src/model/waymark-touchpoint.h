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
void                  waymark_touchpoint_set_title    (WaymarkTouchpoint *self,
                                                       const char *title);
const char *          waymark_touchpoint_get_stage    (WaymarkTouchpoint *self);
void                  waymark_touchpoint_set_stage    (WaymarkTouchpoint *self,
                                                       const char *stage);
const char *          waymark_touchpoint_get_lane     (WaymarkTouchpoint *self);
void                  waymark_touchpoint_set_lane     (WaymarkTouchpoint *self,
                                                       const char *lane);
int                   waymark_touchpoint_get_order    (WaymarkTouchpoint *self);
void                  waymark_touchpoint_set_order    (WaymarkTouchpoint *self,
                                                       int order);
const char *          waymark_touchpoint_get_channel  (WaymarkTouchpoint *self);
void                  waymark_touchpoint_set_channel  (WaymarkTouchpoint *self,
                                                       const char *channel);
const char *          waymark_touchpoint_get_notes    (WaymarkTouchpoint *self);
void                  waymark_touchpoint_set_notes    (WaymarkTouchpoint *self,
                                                       const char *notes);
int                   waymark_touchpoint_get_emotion  (WaymarkTouchpoint *self);
void                  waymark_touchpoint_set_emotion  (WaymarkTouchpoint *self,
                                                       int emotion);
const char * const *  waymark_touchpoint_get_personas (WaymarkTouchpoint *self);
void                  waymark_touchpoint_set_personas (WaymarkTouchpoint *self,
                                                       const char * const *personas);
WaymarkTouchpointKind waymark_touchpoint_get_kind     (WaymarkTouchpoint *self);
void                  waymark_touchpoint_set_kind     (WaymarkTouchpoint *self,
                                                       WaymarkTouchpointKind kind);

G_END_DECLS

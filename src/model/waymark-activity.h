/* waymark-activity.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_ACTIVITY (waymark_activity_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkActivity, waymark_activity, WAYMARK, ACTIVITY, WaymarkItem)

WaymarkActivity * waymark_activity_new             (const char *id);
const char *      waymark_activity_get_name        (WaymarkActivity *self);
const char *      waymark_activity_get_stage       (WaymarkActivity *self);
const char *      waymark_activity_get_description (WaymarkActivity *self);

G_END_DECLS

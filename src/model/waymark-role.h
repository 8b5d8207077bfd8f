/* waymark-role.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_ROLE (waymark_role_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkRole, waymark_role, WAYMARK, ROLE, WaymarkItem)

WaymarkRole * waymark_role_new       (const char *id);
const char *  waymark_role_get_name  (WaymarkRole *self);
const char *  waymark_role_get_color (WaymarkRole *self);

G_END_DECLS

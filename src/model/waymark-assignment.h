/* waymark-assignment.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_ASSIGNMENT (waymark_assignment_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkAssignment, waymark_assignment, WAYMARK, ASSIGNMENT, WaymarkItem)

WaymarkAssignment * waymark_assignment_new      (const char *id);
const char *        waymark_assignment_get_row  (WaymarkAssignment *self);
const char *        waymark_assignment_get_role (WaymarkAssignment *self);
WaymarkRaci         waymark_assignment_get_raci (WaymarkAssignment *self);

G_END_DECLS

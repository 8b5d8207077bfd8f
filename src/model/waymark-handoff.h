/* waymark-handoff.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_HANDOFF (waymark_handoff_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkHandoff, waymark_handoff, WAYMARK, HANDOFF, WaymarkItem)

WaymarkHandoff * waymark_handoff_new            (const char *id);
const char *     waymark_handoff_get_from (WaymarkHandoff *self);
const char *     waymark_handoff_get_to   (WaymarkHandoff *self);
const char *     waymark_handoff_get_name       (WaymarkHandoff *self);
const char *     waymark_handoff_get_agreement  (WaymarkHandoff *self);

G_END_DECLS

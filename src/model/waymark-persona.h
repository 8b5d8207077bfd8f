/* waymark-persona.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PERSONA (waymark_persona_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPersona, waymark_persona, WAYMARK, PERSONA, WaymarkItem)

WaymarkPersona * waymark_persona_new             (const char *id);
const char *     waymark_persona_get_name        (WaymarkPersona *self);
const char *     waymark_persona_get_description (WaymarkPersona *self);

G_END_DECLS

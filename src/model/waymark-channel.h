/* waymark-channel.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CHANNEL (waymark_channel_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkChannel, waymark_channel, WAYMARK, CHANNEL, WaymarkItem)

WaymarkChannel * waymark_channel_new      (const char *id);
const char *     waymark_channel_get_name (WaymarkChannel *self);

G_END_DECLS

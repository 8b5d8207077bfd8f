/* waymark-touchpoint-clipboard.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-document.h"

G_BEGIN_DECLS

/* Touchpoints on the clipboard: a journey file holding them and what they
 * refer to (docs/file-format.md, "On the clipboard"). */
#define WAYMARK_TOUCHPOINT_CLIPBOARD_MIME_TYPE "application/x-waymark-touchpoints+json"

GBytes    *waymark_touchpoint_clipboard_write    (WaymarkJourney     *journey,
                                                  GPtrArray          *touchpoints);
char      *waymark_touchpoint_clipboard_dup_text (GPtrArray          *touchpoints);
GPtrArray *waymark_touchpoint_clipboard_read     (GBytes             *bytes,
                                                  WaymarkJourney     *target,
                                                  GError            **error);
GPtrArray *waymark_touchpoint_clipboard_read_text (const char        *text);
GPtrArray *waymark_touchpoint_clipboard_paste    (WaymarkDocument    *document,
                                                  GPtrArray          *touchpoints,
                                                  WaymarkStage       *stage,
                                                  WaymarkLane        *lane,
                                                  guint               index);

G_END_DECLS

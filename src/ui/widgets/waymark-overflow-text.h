/* waymark-overflow-text.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_OVERFLOW_TEXT (waymark_overflow_text_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkOverflowText, waymark_overflow_text, WAYMARK, OVERFLOW_TEXT, GtkWidget)

GtkWidget *waymark_overflow_text_attach       (AdwEntryRow         *row);
GtkWidget *waymark_overflow_text_get_for_row  (AdwEntryRow         *row);
gboolean   waymark_overflow_text_is_shown     (WaymarkOverflowText *self);
GtkLabel  *waymark_overflow_text_get_label    (WaymarkOverflowText *self);

G_END_DECLS

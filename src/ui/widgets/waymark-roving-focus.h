/* waymark-roving-focus.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void waymark_roving_focus_attach       (GtkWidget      *region,
                                        GtkOrientation  orientation);
void waymark_roving_focus_set_controls (GtkWidget      *region,
                                        GPtrArray      *controls);
void waymark_roving_focus_set_current  (GtkWidget      *region,
                                        GtkWidget      *control);

G_END_DECLS

/* waymark-toast.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void waymark_toast_show      (GtkWidget  *widget,
                              const char *message);
void waymark_toast_show_undo (GtkWidget  *widget,
                              const char *message);
void waymark_toast_show_action (GtkWidget  *widget,
                                const char *message,
                                const char *button_label,
                                const char *action_name,
                                GVariant   *target);

G_END_DECLS

/* waymark-message-dialog.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *waymark_message_dialog_new        (GtkWindow  *parent,
                                              const char *heading,
                                              const char *body,
                                              const char *default_response,
                                              const char *close_response,
                                              const char *first_response,
                                              ...) G_GNUC_NULL_TERMINATED;
void       waymark_message_dialog_show_error (GtkWindow  *parent,
                                              const char *heading,
                                              const char *body);

G_END_DECLS

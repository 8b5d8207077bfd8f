/* waymark-compat.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void   waymark_compat_show_about       (GtkWindow            *parent);
void   waymark_compat_set_tooltip_text (GtkWidget            *widget,
                                        const char           *text);
void   waymark_compat_save_file_async  (GtkWindow            *parent,
                                        const char           *title,
                                        const char           *accept_label,
                                        GFile                *folder,
                                        const char           *name,
                                        GtkFileFilter        *filter,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
GFile *waymark_compat_save_file_finish (GAsyncResult         *result,
                                        GError              **error);
void   waymark_compat_open_file        (GtkWindow            *parent,
                                        GFile                *file);

G_END_DECLS

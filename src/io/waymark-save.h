/* waymark-save.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_SAVE_NONE    = 0,
  WAYMARK_SAVE_PRIVATE = 1 << 0,  /* a new file is readable by its owner only */
} WaymarkSaveFlags;

gboolean waymark_save_bytes        (GFile                *file,
                                    GBytes               *bytes,
                                    WaymarkSaveFlags      flags,
                                    GCancellable         *cancellable,
                                    GError              **error);
void     waymark_save_bytes_async  (GFile                *file,
                                    GBytes               *bytes,
                                    WaymarkSaveFlags      flags,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
gboolean waymark_save_bytes_finish (GFile                *file,
                                    GAsyncResult         *result,
                                    GError              **error);

G_END_DECLS

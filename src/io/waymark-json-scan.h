/* waymark-json-scan.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void     waymark_json_line_column (const char  *data,
                                   gsize        offset,
                                   guint       *line,
                                   guint       *column);
gboolean waymark_json_scan        (const char  *name,
                                   const char  *data,
                                   gsize        len,
                                   GError     **error);

G_END_DECLS

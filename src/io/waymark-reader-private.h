/* waymark-reader-private.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-reader.h"

G_BEGIN_DECLS

void _waymark_reader_set_error (GError     **error,
                                int          code,
                                const char  *name,
                                guint        line,
                                guint        column,
                                const char  *where,
                                gboolean     json,
                                const char  *detail);

void _waymark_reader_set_too_large (GError     **error,
                                    const char  *name,
                                    guint64      size);

G_END_DECLS

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

/* The two ways a scanned file is read (tests/io/test-reader-tree.c checks
 * that they agree): while the tree is built, %NULL without an error when
 * anything is amiss; and from the whole tree, with the exact error. */
WaymarkJourney *_waymark_reader_stream    (const char  *display_name,
                                           const char  *data,
                                           gsize        len);
WaymarkJourney *_waymark_reader_load_tree (const char  *display_name,
                                           const char  *data,
                                           gsize        len,
                                           GError     **error);

G_END_DECLS

/* waymark-reader-tree.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Called with each element of a streamed list, which is freed after it. */
typedef gboolean (*WaymarkTreeElementFunc) (guint     list,
                                            guint     index,
                                            JsonNode *element,
                                            gpointer  data);

JsonNode *_waymark_reader_build_tree  (const char *data,
                                       gsize       len);
JsonNode *_waymark_reader_stream_tree (const char             *data,
                                       gsize                   len,
                                       const char * const     *lists,
                                       WaymarkTreeElementFunc  func,
                                       gpointer                func_data,
                                       guint                  *streamed);

G_END_DECLS

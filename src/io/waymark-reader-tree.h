/* waymark-reader-tree.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonNode *_waymark_reader_build_tree (const char *data,
                                      gsize       len);

G_END_DECLS

/* waymark-map-header.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-item.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MAP_HEADER (waymark_map_header_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMapHeader, waymark_map_header, WAYMARK, MAP_HEADER, GtkWidget)

GtkWidget   *waymark_map_header_new       (WaymarkItem      *item);
WaymarkItem *waymark_map_header_get_item  (WaymarkMapHeader *self);
gboolean     waymark_map_header_is_stage  (WaymarkMapHeader *self);
guint        waymark_map_header_get_index (WaymarkMapHeader *self);
void         waymark_map_header_update    (WaymarkMapHeader *self,
                                           guint             index);

G_END_DECLS

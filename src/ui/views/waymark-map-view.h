/* waymark-map-view.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MAP_VIEW (waymark_map_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMapView, waymark_map_view, WAYMARK, MAP_VIEW, WaymarkView)

GtkWidget *waymark_map_view_new        (void);
GtkWidget *waymark_map_view_get_canvas (WaymarkMapView *self);
GtkWidget *waymark_map_view_get_palette (WaymarkMapView *self);

G_END_DECLS

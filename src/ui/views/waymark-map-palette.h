/* waymark-map-palette.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-enums.h"
#include "waymark-map-canvas.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MAP_PALETTE (waymark_map_palette_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMapPalette, waymark_map_palette, WAYMARK, MAP_PALETTE, GtkWidget)

GtkWidget  *waymark_map_palette_new              (WaymarkMapCanvas      *canvas);
GtkWidget  *waymark_map_palette_get_button       (WaymarkMapPalette     *self,
                                                  WaymarkTouchpointKind  kind);
GtkGesture *waymark_map_palette_get_drag_gesture (WaymarkMapPalette     *self,
                                                  WaymarkTouchpointKind  kind);
void        waymark_map_palette_focus            (WaymarkMapPalette     *self);

G_END_DECLS

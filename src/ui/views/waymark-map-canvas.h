/* waymark-map-canvas.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-document.h"
#include "waymark-map-layout.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MAP_CANVAS (waymark_map_canvas_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMapCanvas, waymark_map_canvas, WAYMARK, MAP_CANVAS, GtkWidget)

GtkWidget        *waymark_map_canvas_new           (void);
WaymarkDocument  *waymark_map_canvas_get_document  (WaymarkMapCanvas  *self);
void              waymark_map_canvas_set_document  (WaymarkMapCanvas  *self,
                                                    WaymarkDocument   *document);
WaymarkMapLayout *waymark_map_canvas_get_layout    (WaymarkMapCanvas  *self);
GtkWidget        *waymark_map_canvas_get_card      (WaymarkMapCanvas  *self,
                                                    WaymarkTouchpoint *touchpoint);
void              waymark_map_canvas_zoom_around   (WaymarkMapCanvas  *self,
                                                    double             zoom,
                                                    double             x,
                                                    double             y);
GtkGesture       *waymark_map_canvas_get_drag_gesture (WaymarkMapCanvas *self);
gboolean          waymark_map_canvas_get_cursor    (WaymarkMapCanvas  *self,
                                                    guint             *column,
                                                    guint             *band,
                                                    int               *index);
GPtrArray        *waymark_map_canvas_get_selection (WaymarkMapCanvas  *self);
GtkWidget        *waymark_map_canvas_get_header    (WaymarkMapCanvas  *self,
                                                    gpointer           item);
GtkWidget        *waymark_map_canvas_get_rename_entry (WaymarkMapCanvas *self);
GtkWidget        *waymark_map_canvas_get_add_button (WaymarkMapCanvas *self,
                                                     gboolean          stage);

/* waymark-map-canvas-meeting.c */
void              waymark_map_canvas_set_filter    (WaymarkMapCanvas  *self,
                                                    const char        *persona_id,
                                                    const char        *channel_id);
void              waymark_map_canvas_set_lane_collapsed (WaymarkMapCanvas *self,
                                                    WaymarkLane       *lane,
                                                    gboolean           collapsed);
GPtrArray        *waymark_map_canvas_search        (WaymarkMapCanvas  *self,
                                                    const char        *text);
void              waymark_map_canvas_set_current_match (WaymarkMapCanvas  *self,
                                                    WaymarkTouchpoint *touchpoint);
WaymarkTouchpoint *waymark_map_canvas_get_current_match (WaymarkMapCanvas *self);
void              waymark_map_canvas_show_card     (WaymarkMapCanvas  *self,
                                                    WaymarkTouchpoint *touchpoint,
                                                    gboolean           focus);

G_END_DECLS

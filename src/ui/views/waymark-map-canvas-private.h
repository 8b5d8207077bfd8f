/* waymark-map-canvas-private.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-map-canvas.h"

G_BEGIN_DECLS

struct _WaymarkMapCanvas
{
  GtkWidget          parent_instance;

  WaymarkDocument   *document;
  WaymarkMapLayout  *layout;
  GHashTable        *cards;          /* WaymarkTouchpoint -> its card widget */
  gboolean           dark;
  gboolean           needs_relayout;  /* a change since the last layout concerns the map */

  /* The place of the keyboard focus when it is on a cell without a card. */
  gboolean           cursor_on_cell;
  guint              cursor_column;
  guint              cursor_band;

  /* Moving a card with the mouse. */
  GtkGesture        *drag;
  WaymarkTouchpoint *dragged;
  double             drag_start_x;
  double             drag_start_y;
  double             drag_dx;
  double             drag_dy;
  gboolean           dragging;
  gboolean           drop_valid;
  guint              drop_column;
  guint              drop_band;
  guint              drop_index;

  GtkAdjustment     *vadjustment;    /* the scrolled window's, for the sticky headers */
};

/* waymark-map-canvas.c */
void     _waymark_map_canvas_relayout        (WaymarkMapCanvas  *self);
void     _waymark_map_canvas_focus_place     (WaymarkMapCanvas  *self,
                                              guint              column,
                                              guint              band,
                                              int                index);
void     _waymark_map_canvas_set_zoom        (WaymarkMapCanvas  *self,
                                              double             zoom);
gboolean _waymark_map_canvas_get_focus_place (WaymarkMapCanvas  *self,
                                              guint             *column,
                                              guint             *band,
                                              int               *index);

/* waymark-map-canvas-dnd.c */
void     _waymark_map_canvas_init_dnd        (WaymarkMapCanvas      *self);
void     _waymark_map_canvas_class_init_keys (GtkWidgetClass        *widget_class);
void     _waymark_map_canvas_move_card       (WaymarkMapCanvas  *self,
                                              WaymarkTouchpoint *touchpoint,
                                              guint              column,
                                              guint              band,
                                              guint              index);

G_END_DECLS

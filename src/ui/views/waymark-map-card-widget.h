/* waymark-map-card-widget.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-map-layout.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MAP_CARD_WIDGET (waymark_map_card_widget_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMapCardWidget, waymark_map_card_widget, WAYMARK, MAP_CARD_WIDGET, GtkWidget)

GtkWidget         *waymark_map_card_widget_new            (WaymarkTouchpoint    *touchpoint);
WaymarkTouchpoint *waymark_map_card_widget_get_touchpoint (WaymarkMapCardWidget *self);
void               waymark_map_card_widget_update         (WaymarkMapCardWidget *self,
                                                           WaymarkMapLayout     *layout,
                                                           guint                 card,
                                                           gboolean              dark);
void               waymark_map_card_widget_set_selected   (WaymarkMapCardWidget *self,
                                                           gboolean              selected);
gboolean           waymark_map_card_widget_get_selected   (WaymarkMapCardWidget *self);
guint              waymark_map_card_widget_get_card       (WaymarkMapCardWidget *self);
const char        *waymark_map_card_widget_get_tooltip    (WaymarkMapCardWidget *self);
char              *waymark_map_card_widget_dup_description (WaymarkMapLayout    *layout,
                                                            guint                card);
GtkWidget         *waymark_map_card_widget_edit           (WaymarkMapCardWidget *self,
                                                           guint64               join_step,
                                                           gboolean              select_title);
GtkWidget         *waymark_map_card_widget_get_editor     (WaymarkMapCardWidget *self);
void               waymark_map_card_widget_open_menu      (WaymarkMapCardWidget *self,
                                                           double                x,
                                                           double                y);
GtkWidget         *waymark_map_card_widget_get_menu       (WaymarkMapCardWidget *self);

G_END_DECLS

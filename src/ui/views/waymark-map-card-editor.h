/* waymark-map-card-editor.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-document.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MAP_CARD_EDITOR (waymark_map_card_editor_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMapCardEditor, waymark_map_card_editor, WAYMARK, MAP_CARD_EDITOR, GtkPopover)

GtkWidget         *waymark_map_card_editor_new            (WaymarkDocument      *document,
                                                           WaymarkTouchpoint    *touchpoint);
WaymarkTouchpoint *waymark_map_card_editor_get_touchpoint (WaymarkMapCardEditor *self);
GtkWidget         *waymark_map_card_editor_get_row        (WaymarkMapCardEditor *self,
                                                           const char           *property);
void               waymark_map_card_editor_join_step      (WaymarkMapCardEditor *self,
                                                           guint64               step);
void               waymark_map_card_editor_focus_title    (WaymarkMapCardEditor *self,
                                                           gboolean              select_all);

G_END_DECLS

/* waymark-item-list.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-document.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_ITEM_LIST (waymark_item_list_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkItemList, waymark_item_list, WAYMARK, ITEM_LIST, AdwPreferencesGroup)

/**
 * WaymarkItemListFuncs:
 * @add: creates an item named @name at @position through the document;
 *   %NULL: the list has no row to add items
 * @rename: %NULL: waymark_document_rename()
 * @remove: %NULL: waymark_document_remove()
 * @move: %NULL: waymark_document_reorder()
 * @dup_name: the name shown in the name entry; %NULL: the item's label
 * @dup_title: a title of the row other than its name, for an item whose
 *   name is not what tells it apart (a handoff); refreshed after each edit
 * @bind_row: sets up what the collapsed @row shows besides the name (its
 *   subtitle), for as long as it lives; may be %NULL
 * @add_details: adds the rows that edit the rest of the item to @row, when
 *   it is first expanded; %NULL: the item is a name only, edited in place
 *
 * How a #WaymarkItemList edits its items. The model may hold items of the
 * document, or stand-ins for something else (strings: the questions of a
 * stage), as long as these functions know what to do with them.
 */
typedef struct
{
  gpointer (*add)         (WaymarkDocument *document,
                           guint            position,
                           const char      *name,
                           gpointer         user_data);
  void     (*rename)      (WaymarkDocument *document,
                           gpointer         item,
                           guint            position,
                           const char      *name,
                           gpointer         user_data);
  void     (*remove)      (WaymarkDocument *document,
                           gpointer         item,
                           guint            position,
                           gpointer         user_data);
  void     (*move)        (WaymarkDocument *document,
                           gpointer         item,
                           guint            from,
                           guint            to,
                           gpointer         user_data);
  char    *(*dup_name)    (gpointer         item,
                           gpointer         user_data);
  char    *(*dup_title)   (WaymarkDocument *document,
                           gpointer         item,
                           gpointer         user_data);
  void     (*bind_row)    (WaymarkDocument *document,
                           gpointer         item,
                           AdwExpanderRow  *row,
                           gpointer         user_data);
  void     (*add_details) (WaymarkDocument *document,
                           gpointer         item,
                           AdwExpanderRow  *row,
                           gpointer         user_data);
} WaymarkItemListFuncs;

GtkWidget       *waymark_item_list_new             (void);
WaymarkDocument *waymark_item_list_get_document    (WaymarkItemList            *self);
void             waymark_item_list_set_document    (WaymarkItemList            *self,
                                                    WaymarkDocument            *document);
GListModel      *waymark_item_list_get_model       (WaymarkItemList            *self);
void             waymark_item_list_set_model       (WaymarkItemList            *self,
                                                    GListModel                 *model);
void             waymark_item_list_set_funcs       (WaymarkItemList            *self,
                                                    const WaymarkItemListFuncs *funcs,
                                                    gpointer                    user_data);
gboolean         waymark_item_list_get_reorderable (WaymarkItemList            *self);
void             waymark_item_list_set_reorderable (WaymarkItemList            *self,
                                                    gboolean                    reorderable);
gboolean         waymark_item_list_get_removable   (WaymarkItemList            *self);
void             waymark_item_list_set_removable   (WaymarkItemList            *self,
                                                    gboolean                    removable);
GtkListBoxRow   *waymark_item_list_get_row         (WaymarkItemList            *self,
                                                    guint                       position);
gboolean         waymark_item_list_focus_item      (WaymarkItemList            *self,
                                                    guint                       position,
                                                    gboolean                    select_name);
void             waymark_item_list_move            (WaymarkItemList            *self,
                                                    guint                       from,
                                                    guint                       to);
void             waymark_item_list_remove          (WaymarkItemList            *self,
                                                    guint                       position);
gpointer         waymark_item_list_add             (WaymarkItemList            *self,
                                                    const char                 *name);

G_END_DECLS

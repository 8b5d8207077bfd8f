/* waymark-item.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_ITEM (waymark_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (WaymarkItem, waymark_item, WAYMARK, ITEM, GObject)

struct _WaymarkItemClass
{
  GObjectClass parent_class;

  /* What the user calls the item (a stage's name, a touchpoint's title):
   * the "label" property reads and writes it. NULL for items nobody names
   * (the cells of the matrix). */
  const char *(*get_label) (WaymarkItem *self);
  void        (*set_label) (WaymarkItem *self,
                            const char  *label);
};

const char *waymark_item_get_id     (WaymarkItem *self);
JsonObject *waymark_item_get_extras (WaymarkItem *self);
const char *waymark_item_get_label  (WaymarkItem *self);
gboolean    waymark_item_has_label  (WaymarkItem *self);

G_END_DECLS

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

  const char *(*get_label) (WaymarkItem *self);
};

const char *waymark_item_get_id     (WaymarkItem *self);
void        waymark_item_set_id     (WaymarkItem *self,
                                     const char  *id);
JsonObject *waymark_item_get_extras (WaymarkItem *self);
void        waymark_item_set_extras (WaymarkItem *self,
                                     JsonObject  *extras);
const char *waymark_item_get_label  (WaymarkItem *self);

/* Shared by the setters of every model class: they return TRUE when the
 * stored value changed, so the caller knows whether to notify. */
void        _waymark_item_notify_label (WaymarkItem *self);
gboolean    _waymark_set_str        (char              **field,
                                     const char         *value);
gboolean    _waymark_set_strv       (char             ***field,
                                     const char * const *value);
gboolean    _waymark_strv_equal     (const char * const *a,
                                     const char * const *b);
gboolean    _waymark_set_double     (double             *field,
                                     double              value);

G_END_DECLS

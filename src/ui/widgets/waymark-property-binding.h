/* waymark-property-binding.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-document.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PROPERTY_BINDING (waymark_property_binding_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPropertyBinding, waymark_property_binding,
                      WAYMARK, PROPERTY_BINDING, GObject)

WaymarkPropertyBinding *waymark_property_binding_new           (WaymarkDocument        *document,
                                                                gpointer                object,
                                                                const char             *property);
WaymarkDocument        *waymark_property_binding_get_document  (WaymarkPropertyBinding *self);
GObject                *waymark_property_binding_get_object    (WaymarkPropertyBinding *self);
const char             *waymark_property_binding_get_property_name
                                                               (WaymarkPropertyBinding *self);
GParamSpec             *waymark_property_binding_get_pspec     (WaymarkPropertyBinding *self);
char                   *waymark_property_binding_dup_string    (WaymarkPropertyBinding *self);
double                  waymark_property_binding_get_double    (WaymarkPropertyBinding *self);
int                     waymark_property_binding_get_enum      (WaymarkPropertyBinding *self);
gboolean                waymark_property_binding_is_live       (WaymarkPropertyBinding *self);
void                    waymark_property_binding_mark_stand_in (gpointer                object,
                                                                GListModel             *list,
                                                                const char             *label);
gboolean                waymark_property_binding_begin_edit    (WaymarkPropertyBinding *self);
void                    waymark_property_binding_end_edit      (WaymarkPropertyBinding *self,
                                                                gboolean                begun);
void                    waymark_property_binding_set_value     (WaymarkPropertyBinding *self,
                                                                const GValue           *value);
void                    waymark_property_binding_set_string    (WaymarkPropertyBinding *self,
                                                                const char             *value);
gpointer                waymark_property_binding_new_row       (GType                   row_type,
                                                                WaymarkDocument        *document,
                                                                gpointer                object,
                                                                const char             *property,
                                                                const char             *title);

G_END_DECLS

/* waymark-fields.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The keys the file format defines for one type of object, in the order
 * the writer writes them. The reader keeps every other key as an extra to
 * write back, and the writer refuses to write a key that is not here, so
 * a field cannot be known to one and forgotten by the other. */
typedef struct
{
  const char         *type_name;
  const char * const *keys;      /* %NULL-terminated */
} WaymarkFieldTable;

extern const WaymarkFieldTable waymark_fields_root;
extern const WaymarkFieldTable waymark_fields_journey;
extern const WaymarkFieldTable waymark_fields_persona;
extern const WaymarkFieldTable waymark_fields_stage;
extern const WaymarkFieldTable waymark_fields_metric;
extern const WaymarkFieldTable waymark_fields_outcome;
extern const WaymarkFieldTable waymark_fields_lane;
extern const WaymarkFieldTable waymark_fields_channel;
extern const WaymarkFieldTable waymark_fields_touchpoint;
extern const WaymarkFieldTable waymark_fields_role;
extern const WaymarkFieldTable waymark_fields_handoff;
extern const WaymarkFieldTable waymark_fields_activity;
extern const WaymarkFieldTable waymark_fields_assignment;
extern const WaymarkFieldTable waymark_fields_content;

gboolean    waymark_fields_contains       (const WaymarkFieldTable *table,
                                           const char              *key);
JsonObject *waymark_fields_collect_extras (const WaymarkFieldTable *table,
                                           JsonObject              *object);

G_END_DECLS

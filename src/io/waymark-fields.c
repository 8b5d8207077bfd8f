/* waymark-fields.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-fields.h"

/* A new field of the file format is added here, in the place where the
 * writer is to write it; then the reader's read_TYPE () and the writer's
 * write_TYPE () (tests/io/test-writer.c checks that every key here is
 * written), and docs/file-format.md. */

#define TABLE(name_, ...) \
  const WaymarkFieldTable waymark_fields_##name_ = { \
    #name_, (const char * const[]) { __VA_ARGS__, NULL } \
  }

TABLE (root, "format", "version", "journey");
TABLE (journey, "title", "description", "personas", "stages", "lanes", "channels",
       "touchpoints", "roles", "handoffs", "activities", "accountability", "content");
TABLE (persona, "id", "name", "description");
TABLE (stage, "id", "name", "description", "goal", "questions", "metrics", "funnel_metric",
       "outcomes");
TABLE (metric, "id", "name", "value", "target", "unit");
TABLE (outcome, "id", "name", "share", "next");
TABLE (lane, "id", "name", "perspective", "color");
TABLE (channel, "id", "name");
TABLE (touchpoint, "id", "title", "stage", "lane", "order", "channel", "notes", "emotion",
       "personas", "kind");
TABLE (role, "id", "name", "color");
TABLE (handoff, "id", "from", "to", "name", "agreement");
TABLE (activity, "id", "name", "stage", "description");
TABLE (assignment, "row", "role", "raci");
TABLE (content, "id", "title", "type", "personas", "question", "stages", "url");

gboolean
waymark_fields_contains (const WaymarkFieldTable *table,
                         const char              *key)
{
  g_return_val_if_fail (table != NULL, FALSE);

  return g_strv_contains (table->keys, key);
}

/* A copy that shares nothing with @node, so that the parser's tree can be
 * freed on another thread while the journey keeps what it needs. */
static JsonNode *
deep_copy (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(JsonObject) copy = json_object_new ();
        GList *members = json_object_get_members (object);

        for (GList *l = members; l; l = l->next)
          json_object_set_member (copy, l->data, deep_copy (json_object_get_member (object, l->data)));
        g_list_free (members);

        return json_node_init_object (json_node_alloc (), copy);
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        g_autoptr(JsonArray) copy = json_array_sized_new (json_array_get_length (array));

        for (guint i = 0; i < json_array_get_length (array); i++)
          json_array_add_element (copy, deep_copy (json_array_get_element (array, i)));

        return json_node_init_array (json_node_alloc (), copy);
      }

    case JSON_NODE_NULL:
      return json_node_init_null (json_node_alloc ());

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return json_node_init_string (json_node_alloc (), json_node_get_string (node));
        case G_TYPE_BOOLEAN:
          return json_node_init_boolean (json_node_alloc (), json_node_get_boolean (node));
        case G_TYPE_INT64:
          return json_node_init_int (json_node_alloc (), json_node_get_int (node));
        default:
          return json_node_init_double (json_node_alloc (), json_node_get_double (node));
        }
    }
}

/**
 * waymark_fields_collect_extras:
 *
 * Returns: (transfer full) (nullable): the members of @object that are not
 *   in @table, in file order, to be written back; %NULL when there are none
 */
JsonObject *
waymark_fields_collect_extras (const WaymarkFieldTable *table,
                               JsonObject              *object)
{
  JsonObject *extras = NULL;
  GList *members;
  guint n_known = 0;

  g_return_val_if_fail (table != NULL, NULL);

  /* Most objects have nothing unknown: count before listing members. */
  for (guint i = 0; table->keys[i]; i++)
    n_known += json_object_has_member (object, table->keys[i]);
  if (json_object_get_size (object) == n_known)
    return NULL;

  members = json_object_get_members (object);
  for (GList *l = members; l; l = l->next)
    {
      const char *key = l->data;

      if (g_strv_contains (table->keys, key))
        continue;

      if (extras == NULL)
        extras = json_object_new ();
      json_object_set_member (extras, key, deep_copy (json_object_get_member (object, key)));
    }
  g_list_free (members);

  return extras;
}

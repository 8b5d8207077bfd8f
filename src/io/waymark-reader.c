/* waymark-reader.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "waymark-fields.h"
#include "waymark-json-scan.h"
#include "waymark-matrix.h"
#include "waymark-reader-private.h"
#include "waymark-reader-tree.h"
#include "waymark-reader-values.h"
#include "waymark-model-private.h"
#include "waymark-writer.h"

/* Reads a .waymark file into a journey, applying every check of the file
 * format. A refused file gives one error line naming the file and the place:
 * line and column where the parser knows them, else the JSON path. */

#define WAYMARK_FORMAT_VERSION 1

typedef enum
{
  KIND_NONE,
  KIND_PERSONA,
  KIND_STAGE,
  KIND_METRIC,
  KIND_OUTCOME,
  KIND_LANE,
  KIND_CHANNEL,
  KIND_TOUCHPOINT,
  KIND_ROLE,
  KIND_HANDOFF,
  KIND_ACTIVITY,
  KIND_CONTENT,
} Kind;

/* In file order; the index is the Kind. */
static const char * const kind_lists[] = {
  NULL, "personas", "stages", "metrics", "outcomes", "lanes", "channels",
  "touchpoints", "roles", "handoffs", "activities", "content",
};

/* A place in the document, built on the stack as the reader descends and
 * turned into text only when something is wrong. */
typedef struct
{
  Kind  kind;
  guint index;
  guint sub_index;
} IdEntry;


/* A reference read while the tree is built, to an id not seen yet. */
typedef struct
{
  const char *id;
  guint       expected;
} Reference;

/* The first assignment of a cell of the matrix, where a second one for the
 * same row and role is merged. */
typedef struct
{
  WaymarkAssignment *assignment;
  guint              index;
} Cell;

static const char *
kind_title (Kind kind)
{
  switch (kind)
    {
    case KIND_PERSONA: return _("a persona");
    case KIND_STAGE: return _("a stage");
    case KIND_METRIC: return _("a metric");
    case KIND_OUTCOME: return _("an outcome");
    case KIND_LANE: return _("a lane");
    case KIND_CHANNEL: return _("a channel");
    case KIND_TOUCHPOINT: return _("a touchpoint");
    case KIND_ROLE: return _("a role");
    case KIND_HANDOFF: return _("a handoff");
    case KIND_ACTIVITY: return _("an activity");
    case KIND_CONTENT: return _("a content item");
    case KIND_NONE:
    default:
      return "";
    }
}

static Kind
lookup_kind (Reader     *r,
             const char *id)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (r->ids, id));

  if (index == 0)
    return KIND_NONE;

  return g_array_index (r->entries, IdEntry, index - 1).kind;
}

static const char *
kind_noun (Kind kind)
{
  switch (kind)
    {
    case KIND_PERSONA: return _("persona");
    case KIND_STAGE: return _("stage");
    case KIND_LANE: return _("lane");
    case KIND_CHANNEL: return _("channel");
    case KIND_ROLE: return _("role");
    case KIND_METRIC:
    case KIND_OUTCOME:
    case KIND_TOUCHPOINT:
    case KIND_HANDOFF:
    case KIND_ACTIVITY:
    case KIND_CONTENT:
    case KIND_NONE:
    default:
      return "";
    }
}

#define BIT(kind) (1u << (kind))
#define ROW_KINDS (BIT (KIND_STAGE) | BIT (KIND_HANDOFF) | BIT (KIND_ACTIVITY))

/* @expected is one kind, or the kinds of a matrix row. */
static gboolean
check_reference (Reader     *r,
                 const Path *path,
                 const char *id,
                 guint       expected)
{
  Kind kind = lookup_kind (r, id);
  Kind wanted = g_bit_nth_lsf (expected, -1);

  if (kind == KIND_NONE && r->streaming)
    {
      Reference reference = { g_string_chunk_insert (r->strings, id), expected };

      g_array_append_val (r->deferred, reference);
      return TRUE;
    }

  if (kind == KIND_NONE)
    {
      if (expected == ROW_KINDS)
        return _waymark_reader_fail (r, path, WAYMARK_READER_ERROR_INVALID,
                       _("refers to “%s”, but there is no stage, handoff or activity with that id"),
                       id);
      return _waymark_reader_fail (r, path, WAYMARK_READER_ERROR_INVALID,
                                   _("refers to “%s”, but there is no %s with that id"),
                                   id, kind_noun (wanted));
    }

  if (!(expected & BIT (kind)))
    {
      if (expected == ROW_KINDS)
        return _waymark_reader_fail (r, path, WAYMARK_READER_ERROR_INVALID,
                                 _("refers to “%s”, which is %s, not a stage, handoff or activity"),
                                 id, kind_title (kind));
      return _waymark_reader_fail (r, path, WAYMARK_READER_ERROR_INVALID,
                                   _("refers to “%s”, which is %s, not %s"),
                                   id, kind_title (kind), kind_title (wanted));
    }

  return TRUE;
}

static gboolean
read_reference (Reader      *r,
                JsonObject  *object,
                const Path  *parent,
                const char  *key,
                gboolean     required,
                guint        expected,
                const char **value)
{
  Path path = PATH_KEY (parent, key);

  if (!_waymark_reader_read_string (r, object, parent, key, required, value))
    return FALSE;

  /* The writer leaves empty references out; read "" as absent. */
  if (!required && *value != NULL && (*value)[0] == '\0')
    *value = NULL;

  return *value == NULL || check_reference (r, &path, *value, expected);
}

/* A list of strings, each checked as a reference when @expected is set. */
static gboolean
read_string_list (Reader      *r,
                  JsonObject  *object,
                  const Path  *parent,
                  const char  *key,
                  guint        expected,
                  char      ***value)
{
  JsonNode *node = json_object_get_member (object, key);
  Path path = PATH_KEY (parent, key);
  JsonArray *array;
  guint n;

  *value = NULL;

  if (node == NULL)
    return TRUE;

  if (!_waymark_reader_get_array (r, node, &path, &array))
    return FALSE;

  n = json_array_get_length (array);
  *value = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Path element_path = PATH_INDEX (&path, i);

      if (!_waymark_reader_is_string (element))
        {
          g_clear_pointer (value, g_strfreev);
          return _waymark_reader_fail (r, &element_path, WAYMARK_READER_ERROR_INVALID,
                                       _("expected a string, found %s"),
                                       _waymark_reader_describe (element));
        }

      (*value)[i] = g_strdup (json_node_get_string (element));

      if (expected != 0 && !check_reference (r, &element_path, (*value)[i], expected))
        {
          g_clear_pointer (value, g_strfreev);
          return FALSE;
        }
    }

  return TRUE;
}

static void
take_extras (JsonObject              *object,
             const WaymarkFieldTable *table,
             WaymarkItem             *item)
{
  g_autoptr(JsonObject) extras = waymark_fields_collect_extras (table, object);

  if (extras != NULL)
    waymark_item_set_extras (item, extras);
}

/* First pass: every id in the file, so that references may point forward. */
static gboolean
register_id (Reader     *r,
             JsonNode   *node,
             const Path *path,
             Kind        kind,
             guint       index,
             guint       sub_index)
{
  Path id_path = PATH_KEY (path, "id");
  JsonObject *object;
  const char *id;
  guint existing;
  IdEntry entry = { kind, index, sub_index };

  if (!_waymark_reader_get_object (r, node, path, &object) ||
      !_waymark_reader_read_string (r, object, path, "id", TRUE, &id))
    return FALSE;

  if (id[0] == '\0')
    return _waymark_reader_fail (r, &id_path, WAYMARK_READER_ERROR_INVALID,
                                 _("an id may not be empty"));

  existing = GPOINTER_TO_UINT (g_hash_table_lookup (r->ids, id));
  if (existing != 0)
    {
      IdEntry *first = &g_array_index (r->entries, IdEntry, existing - 1);
      g_autoptr(GString) where = g_string_new ("journey.");

      if (first->kind == KIND_METRIC || first->kind == KIND_OUTCOME)
        g_string_append_printf (where, "stages[%u].%s[%u].id",
                                first->index, kind_lists[first->kind], first->sub_index);
      else
        g_string_append_printf (where, "%s[%u].id", kind_lists[first->kind], first->index);

      return _waymark_reader_fail (r, &id_path, WAYMARK_READER_ERROR_INVALID,
                                   _("the id “%s” is already used at %s"), id, where->str);
    }

  g_array_append_val (r->entries, entry);
  g_hash_table_insert (r->ids, r->streaming ? g_string_chunk_insert (r->strings, id) : (char *)id,
                       GUINT_TO_POINTER (r->entries->len));

  return TRUE;
}

/* Calls @func on each element of the optional list @key of @object. */
typedef gboolean (*ElementFunc) (Reader     *r,
                                 JsonNode   *node,
                                 const Path *path,
                                 guint       index,
                                 gpointer    data);

static gboolean
foreach_element (Reader      *r,
                 JsonObject  *object,
                 const Path  *parent,
                 const char  *key,
                 gboolean     required,
                 ElementFunc  func,
                 gpointer     data)
{
  JsonNode *node = json_object_get_member (object, key);
  Path path = PATH_KEY (parent, key);
  JsonArray *array;
  guint n;

  if (node == NULL)
    {
      if (required)
        return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                                     _("required field is missing"));
      return TRUE;
    }

  if (!_waymark_reader_get_array (r, node, &path, &array))
    return FALSE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      Path element_path = PATH_INDEX (&path, i);

      if (!func (r, json_array_get_element (array, i), &element_path, i, data))
        return FALSE;
    }

  return TRUE;
}

/* Reads the list @key into @store: the items are collected first and added
 * in one go, one items-changed for the list instead of one per item. */
static gboolean
collect_list (Reader      *r,
              JsonObject  *object,
              const Path  *parent,
              const char  *key,
              gboolean     required,
              ElementFunc  func,
              gpointer     data,
              GPtrArray   *items)
{
  GPtrArray *outer = r->items;
  gboolean ok;

  r->items = items;
  ok = foreach_element (r, object, parent, key, required, func, data);
  r->items = outer;

  return ok;
}

static gboolean
read_list (Reader      *r,
           JsonObject  *object,
           const Path  *parent,
           const char  *key,
           gboolean     required,
           ElementFunc  func,
           gpointer     data,
           GListModel  *store)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (!collect_list (r, object, parent, key, required, func, data, items))
    return FALSE;

  if (items->len > 0)
    g_list_store_splice (G_LIST_STORE (store), 0, 0, items->pdata, items->len);

  return TRUE;
}

typedef struct
{
  Kind  kind;
  guint parent_index;
} RegisterData;

static gboolean
register_sub_element (Reader     *r,
                      JsonNode   *node,
                      const Path *path,
                      guint       index,
                      gpointer    data)
{
  RegisterData *rd = data;

  return register_id (r, node, path, rd->kind, rd->parent_index, index);
}

static gboolean
register_element (Reader     *r,
                  JsonNode   *node,
                  const Path *path,
                  guint       index,
                  gpointer    data)
{
  Kind kind = GPOINTER_TO_UINT (data);

  if (!register_id (r, node, path, kind, index, 0))
    return FALSE;

  if (kind == KIND_STAGE)
    {
      JsonObject *object = json_node_get_object (node);
      RegisterData metrics = { KIND_METRIC, index };
      RegisterData outcomes = { KIND_OUTCOME, index };

      return foreach_element (r, object, path, "metrics", FALSE, register_sub_element, &metrics) &&
             foreach_element (r, object, path, "outcomes", FALSE, register_sub_element, &outcomes);
    }

  return TRUE;
}

static gboolean
read_persona (Reader     *r,
              JsonNode   *node,
              const Path *path,
              guint       index,
              gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkPersona) persona = NULL;
  const char *id, *name, *description;

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !_waymark_reader_read_string (r, object, path, "name", TRUE, &name) ||
      !_waymark_reader_read_string (r, object, path, "description", FALSE, &description))
    return FALSE;

  persona = waymark_persona_new (id);
  waymark_persona_set_name (persona, name);
  waymark_persona_set_description (persona, description);

  take_extras (object, &waymark_fields_persona, WAYMARK_ITEM (persona));

  g_ptr_array_add (r->items, g_steal_pointer (&persona));

  return TRUE;
}

static gboolean
read_metric (Reader     *r,
             JsonNode   *node,
             const Path *path,
             guint       index,
             gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkMetric) metric = NULL;
  const char *id, *name, *unit;
  double value, target;

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !_waymark_reader_read_string (r, object, path, "name", TRUE, &name) ||
      !_waymark_reader_read_number (r, object, path, "value", -G_MAXDOUBLE, G_MAXDOUBLE, &value) ||
      !_waymark_reader_read_number (r, object, path, "target", -G_MAXDOUBLE, G_MAXDOUBLE,
                                    &target) ||
      !_waymark_reader_read_string (r, object, path, "unit", FALSE, &unit))
    return FALSE;

  metric = waymark_metric_new (id);
  waymark_metric_set_name (metric, name);
  waymark_metric_set_value (metric, value);
  waymark_metric_set_target (metric, target);
  waymark_metric_set_unit (metric, unit);

  take_extras (object, &waymark_fields_metric, WAYMARK_ITEM (metric));

  g_ptr_array_add (r->items, g_steal_pointer (&metric));

  return TRUE;
}

static gboolean
read_outcome (Reader     *r,
              JsonNode   *node,
              const Path *path,
              guint       index,
              gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkOutcome) outcome = NULL;
  const char *id, *name, *next;
  double share;

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !_waymark_reader_read_string (r, object, path, "name", TRUE, &name) ||
      !_waymark_reader_read_number (r, object, path, "share", 0, 1, &share) ||
      !read_reference (r, object, path, "next", FALSE, BIT (KIND_STAGE), &next))
    return FALSE;

  outcome = waymark_outcome_new (id);
  waymark_outcome_set_name (outcome, name);
  waymark_outcome_set_share (outcome, share);
  waymark_outcome_set_next (outcome, next);

  take_extras (object, &waymark_fields_outcome, WAYMARK_ITEM (outcome));

  g_ptr_array_add (r->items, g_steal_pointer (&outcome));

  return TRUE;
}

/* "funnel_metric" names one of the stage's own metrics. */
static gboolean
read_funnel_metric (Reader       *r,
                    JsonObject   *object,
                    const Path   *parent,
                    WaymarkStage *stage)
{
  Path path = PATH_KEY (parent, "funnel_metric");
  GListModel *metrics = waymark_stage_get_metrics (stage);
  const char *id;

  if (!_waymark_reader_read_string (r, object, parent, "funnel_metric", FALSE, &id))
    return FALSE;
  if (id == NULL || id[0] == '\0')
    return TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (metrics); i++)
    {
      g_autoptr(WaymarkMetric) metric = g_list_model_get_item (metrics, i);

      if (g_str_equal (waymark_item_get_id (WAYMARK_ITEM (metric)), id))
        {
          waymark_stage_set_funnel_metric (stage, id);
          return TRUE;
        }
    }

  return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                               _("refers to “%s”, but this stage has no metric with that id"), id);
}

static gboolean
read_stage (Reader     *r,
            JsonNode   *node,
            const Path *path,
            guint       index,
            gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkStage) stage = NULL;
  g_auto(GStrv) questions = NULL;
  const char *id, *name, *description, *goal;

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !_waymark_reader_read_string (r, object, path, "name", TRUE, &name) ||
      !_waymark_reader_read_string (r, object, path, "description", FALSE, &description) ||
      !_waymark_reader_read_string (r, object, path, "goal", FALSE, &goal) ||
      !read_string_list (r, object, path, "questions", 0, &questions))
    return FALSE;

  stage = waymark_stage_new (id);
  waymark_stage_set_name (stage, name);
  waymark_stage_set_description (stage, description);
  waymark_stage_set_goal (stage, goal);
  waymark_stage_set_questions (stage, (const char * const *)questions);

  if (!read_list (r, object, path, "metrics", FALSE, read_metric, NULL,
                  waymark_stage_get_metrics (stage)) ||
      !read_funnel_metric (r, object, path, stage) ||
      !read_list (r, object, path, "outcomes", FALSE, read_outcome, NULL,
                  waymark_stage_get_outcomes (stage)))
    return FALSE;

  take_extras (object, &waymark_fields_stage, WAYMARK_ITEM (stage));

  g_ptr_array_add (r->items, g_steal_pointer (&stage));

  return TRUE;
}

static gboolean
read_lane (Reader     *r,
           JsonNode   *node,
           const Path *path,
           guint       index,
           gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkLane) lane = NULL;
  const char *id, *name, *perspective_str, *color;
  WaymarkPerspective perspective;
  Path perspective_path = PATH_KEY (path, "perspective");

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !_waymark_reader_read_string (r, object, path, "name", TRUE, &name) ||
      !_waymark_reader_read_string (r, object, path, "perspective", TRUE, &perspective_str) ||
      !_waymark_reader_read_color (r, object, path, &color))
    return FALSE;

  if (!waymark_perspective_from_string (perspective_str, &perspective))
    return _waymark_reader_fail (r, &perspective_path, WAYMARK_READER_ERROR_INVALID,
                                 _("“%s” is not one of customer, company, other"), perspective_str);

  lane = waymark_lane_new (id);
  waymark_lane_set_name (lane, name);
  waymark_lane_set_perspective (lane, perspective);
  waymark_lane_set_color (lane, color);

  take_extras (object, &waymark_fields_lane, WAYMARK_ITEM (lane));

  g_ptr_array_add (r->items, g_steal_pointer (&lane));

  return TRUE;
}

static gboolean
read_channel (Reader     *r,
              JsonNode   *node,
              const Path *path,
              guint       index,
              gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkChannel) channel = NULL;
  const char *id, *name;

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !_waymark_reader_read_string (r, object, path, "name", TRUE, &name))
    return FALSE;

  channel = waymark_channel_new (id);
  waymark_channel_set_name (channel, name);

  take_extras (object, &waymark_fields_channel, WAYMARK_ITEM (channel));

  g_ptr_array_add (r->items, g_steal_pointer (&channel));

  return TRUE;
}

/* Stage and lane by their place in the id table: comparing numbers sorts
 * 100,000 touchpoints faster than comparing ids. */
typedef struct
{
  WaymarkTouchpoint *touchpoint;
  guint              stage;
  guint              lane;
  gint64             order;
  guint              index;
} PlacedTouchpoint;

static gboolean
read_touchpoint (Reader     *r,
                 JsonNode   *node,
                 const Path *path,
                 guint       index,
                 gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkTouchpoint) touchpoint = NULL;
  g_auto(GStrv) personas = NULL;
  const char *id, *title, *stage, *lane, *channel, *notes, *kind_str;
  gboolean has_order, has_emotion;
  gint64 order = 0, emotion = 0;
  WaymarkTouchpointKind kind = WAYMARK_TOUCHPOINT_KIND_UNSET;
  Path kind_path = PATH_KEY (path, "kind");
  PlacedTouchpoint entry;

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !_waymark_reader_read_string (r, object, path, "title", TRUE, &title) ||
      !read_reference (r, object, path, "stage", TRUE, BIT (KIND_STAGE), &stage) ||
      !read_reference (r, object, path, "lane", TRUE, BIT (KIND_LANE), &lane) ||
      !_waymark_reader_read_integer (r, object, path, "order", FALSE, 0, G_MAXINT, &has_order,
                                     &order) ||
      !read_reference (r, object, path, "channel", FALSE, BIT (KIND_CHANNEL), &channel) ||
      !_waymark_reader_read_string (r, object, path, "notes", FALSE, &notes) ||
      !_waymark_reader_read_integer (r, object, path, "emotion", FALSE, -2, 2, &has_emotion,
                                     &emotion) ||
      !read_string_list (r, object, path, "personas", BIT (KIND_PERSONA), &personas) ||
      !_waymark_reader_read_string (r, object, path, "kind", FALSE, &kind_str))
    return FALSE;

  if (kind_str != NULL && !waymark_touchpoint_kind_from_string (kind_str, &kind))
    return _waymark_reader_fail (r, &kind_path, WAYMARK_READER_ERROR_INVALID,
                                 _("“%s” is not one of touchpoint, decision, pain, opportunity"),
                                 kind_str);

  touchpoint = waymark_touchpoint_new (id);
  waymark_touchpoint_set_title (touchpoint, title);
  waymark_touchpoint_set_stage (touchpoint, stage);
  waymark_touchpoint_set_lane (touchpoint, lane);
  waymark_touchpoint_set_channel (touchpoint, channel);
  waymark_touchpoint_set_notes (touchpoint, notes);
  if (has_emotion)
    waymark_touchpoint_set_emotion (touchpoint, emotion);
  waymark_touchpoint_set_personas (touchpoint, (const char * const *)personas);
  waymark_touchpoint_set_kind (touchpoint, kind);

  take_extras (object, &waymark_fields_touchpoint, WAYMARK_ITEM (touchpoint));

  entry.touchpoint = touchpoint;
  entry.stage = GPOINTER_TO_UINT (g_hash_table_lookup (r->ids, stage));
  entry.lane = GPOINTER_TO_UINT (g_hash_table_lookup (r->ids, lane));
  entry.order = has_order ? order : G_MAXINT64;
  entry.index = index;
  g_array_append_val (r->placed, entry);

  g_ptr_array_add (r->items, g_steal_pointer (&touchpoint));

  return TRUE;
}

static int
compare_placed (gconstpointer a,
                gconstpointer b)
{
  const PlacedTouchpoint *pa = a;
  const PlacedTouchpoint *pb = b;

  if (pa->stage != pb->stage)
    return pa->stage < pb->stage ? -1 : 1;
  if (pa->lane != pb->lane)
    return pa->lane < pb->lane ? -1 : 1;
  if (pa->order != pb->order)
    return pa->order < pb->order ? -1 : 1;

  return pa->index < pb->index ? -1 : (pa->index > pb->index);
}

/* Numbers the touchpoints of each cell 0, 1, 2…: those with an order first,
 * by it, then those without, in file order. */
static void
number_cells (GArray *placed)
{
  PlacedTouchpoint *entries = (PlacedTouchpoint *)(gpointer)placed->data;
  guint position = 0;

  g_array_sort (placed, compare_placed);

  for (guint i = 0; i < placed->len; i++)
    {
      if (i > 0 &&
          (entries[i].stage != entries[i - 1].stage || entries[i].lane != entries[i - 1].lane))
        position = 0;

      waymark_touchpoint_set_order (entries[i].touchpoint, position++);
    }
}

static gboolean
read_role (Reader     *r,
           JsonNode   *node,
           const Path *path,
           guint       index,
           gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkRole) role = NULL;
  const char *id, *name, *color;

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !_waymark_reader_read_string (r, object, path, "name", TRUE, &name) ||
      !_waymark_reader_read_color (r, object, path, &color))
    return FALSE;

  role = waymark_role_new (id);
  waymark_role_set_name (role, name);
  waymark_role_set_color (role, color);

  take_extras (object, &waymark_fields_role, WAYMARK_ITEM (role));

  g_ptr_array_add (r->items, g_steal_pointer (&role));

  return TRUE;
}

static gboolean
read_handoff (Reader     *r,
              JsonNode   *node,
              const Path *path,
              guint       index,
              gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkHandoff) handoff = NULL;
  const char *id, *from, *to, *name, *agreement;

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !read_reference (r, object, path, "from", TRUE, BIT (KIND_STAGE), &from) ||
      !read_reference (r, object, path, "to", TRUE, BIT (KIND_STAGE), &to) ||
      !_waymark_reader_read_string (r, object, path, "name", FALSE, &name) ||
      !_waymark_reader_read_string (r, object, path, "agreement", FALSE, &agreement))
    return FALSE;

  handoff = waymark_handoff_new (id);
  waymark_handoff_set_from (handoff, from);
  waymark_handoff_set_to (handoff, to);
  waymark_handoff_set_name (handoff, name);
  waymark_handoff_set_agreement (handoff, agreement);

  take_extras (object, &waymark_fields_handoff, WAYMARK_ITEM (handoff));

  g_ptr_array_add (r->items, g_steal_pointer (&handoff));

  return TRUE;
}

static gboolean
read_activity (Reader     *r,
               JsonNode   *node,
               const Path *path,
               guint       index,
               gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkActivity) activity = NULL;
  const char *id, *name, *stage, *description;

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !_waymark_reader_read_string (r, object, path, "name", TRUE, &name) ||
      !read_reference (r, object, path, "stage", FALSE, BIT (KIND_STAGE), &stage) ||
      !_waymark_reader_read_string (r, object, path, "description", FALSE, &description))
    return FALSE;

  activity = waymark_activity_new (id);
  waymark_activity_set_name (activity, name);
  waymark_activity_set_stage (activity, stage);
  waymark_activity_set_description (activity, description);

  take_extras (object, &waymark_fields_activity, WAYMARK_ITEM (activity));

  g_ptr_array_add (r->items, g_steal_pointer (&activity));

  return TRUE;
}

/* A file may assign the same row and role twice (older versions let the
 * first win silently). The file still opens: the letters of both go into
 * the first one's cell, the second is dropped, so a save writes one, and
 * a warning names both places. */
static gboolean
merge_assignment (Reader      *r,
                  const Path  *path,
                  const char  *key,
                  const char  *row,
                  const char  *role,
                  WaymarkRaci  raci)
{
  g_autoptr(GString) first = NULL;
  g_autoptr(GString) second = NULL;
  g_autofree char *row_title = NULL;
  g_autofree char *warning = NULL;
  Path first_path = PATH_INDEX (path->parent, 0);
  WaymarkItem *row_item;
  WaymarkItem *role_item;
  Cell *cell;
  char letters[5];

  if (r->cells == NULL)
    r->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!(cell = g_hash_table_lookup (r->cells, key)))
    return FALSE;

  raci |= waymark_assignment_get_raci (cell->assignment);
  waymark_assignment_set_raci (cell->assignment, raci);
  waymark_raci_to_string (raci, letters);

  first = g_string_new (NULL);
  second = g_string_new (NULL);
  first_path.index = cell->index;
  _waymark_reader_append_path (first, &first_path);
  _waymark_reader_append_path (second, path);
  row_item = waymark_journey_lookup (r->journey, row);
  role_item = waymark_journey_lookup (r->journey, role);
  row_title = waymark_matrix_dup_row_title (r->journey, row_item);

  /* Translators: a warning when a file opens: the places are JSON paths
   * such as journey.accountability[4] */
  warning = g_strdup_printf (_("%s and %s both assign role “%s” to row “%s”; "
                               "their letters are merged into one cell, “%s”"),
                             first->str, second->str,
                             waymark_item_get_label (role_item), row_title, letters);
  waymark_journey_add_load_warning (r->journey, warning);

  return TRUE;
}

static gboolean
read_assignment (Reader     *r,
                 JsonNode   *node,
                 const Path *path,
                 guint       index,
                 gpointer    data)
{
  JsonObject *object;
  g_autoptr(WaymarkAssignment) assignment = NULL;
  g_autofree char *key = NULL;
  const char *row, *role, *raci_str;
  Path raci_path = PATH_KEY (path, "raci");
  WaymarkRaci raci;
  Cell *cell;
  char bad;

  if (!_waymark_reader_get_object (r, node, path, &object) ||
      !read_reference (r, object, path, "row", TRUE,
                       ROW_KINDS, &row) ||
      !read_reference (r, object, path, "role", TRUE, BIT (KIND_ROLE), &role) ||
      !_waymark_reader_read_string (r, object, path, "raci", TRUE, &raci_str))
    return FALSE;

  if (!waymark_raci_from_string (raci_str, &raci, &bad))
    {
      if (strchr ("RACI", bad) != NULL)
        return _waymark_reader_fail (r, &raci_path, WAYMARK_READER_ERROR_INVALID,
                                     _("“%s” has the letter %c more than once"), raci_str, bad);
      return _waymark_reader_fail (r, &raci_path, WAYMARK_READER_ERROR_INVALID,
                                   _("“%s” has a letter other than R, A, C and I"), raci_str);
    }

  /* The cell's key, looked up once and kept by the table. */
  key = g_strconcat (row, "\n", role, NULL);

  /* Merging names the row, which may come later in the file: left to
   * reading the whole tree. */
  if (r->streaming && r->cells != NULL && g_hash_table_contains (r->cells, key))
    return FALSE;

  if (merge_assignment (r, path, key, row, role, raci))
    return TRUE;

  assignment = waymark_assignment_new (NULL);
  waymark_assignment_set_row (assignment, row);
  waymark_assignment_set_role (assignment, role);
  waymark_assignment_set_raci (assignment, raci);

  take_extras (object, &waymark_fields_assignment, WAYMARK_ITEM (assignment));

  cell = g_new (Cell, 1);
  cell->assignment = assignment;
  cell->index = index;
  g_hash_table_insert (r->cells, g_steal_pointer (&key), cell);

  g_ptr_array_add (r->items, g_steal_pointer (&assignment));

  return TRUE;
}

static gboolean
read_content_item (Reader     *r,
                   JsonNode   *node,
                   const Path *path,
                   guint       index,
                   gpointer    data)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(WaymarkContentItem) item = NULL;
  g_auto(GStrv) personas = NULL;
  g_auto(GStrv) stages = NULL;
  const char *id, *title, *type, *question, *url;

  if (!_waymark_reader_read_string (r, object, path, "id", TRUE, &id) ||
      !_waymark_reader_read_string (r, object, path, "title", TRUE, &title) ||
      !_waymark_reader_read_string (r, object, path, "type", FALSE, &type) ||
      !read_string_list (r, object, path, "personas", BIT (KIND_PERSONA), &personas) ||
      !_waymark_reader_read_string (r, object, path, "question", FALSE, &question) ||
      !read_string_list (r, object, path, "stages", BIT (KIND_STAGE), &stages) ||
      !_waymark_reader_read_string (r, object, path, "url", FALSE, &url))
    return FALSE;

  item = waymark_content_item_new (id);
  waymark_content_item_set_title (item, title);
  waymark_content_item_set_content_type (item, type);
  waymark_content_item_set_personas (item, (const char * const *)personas);
  waymark_content_item_set_question (item, question);
  waymark_content_item_set_stages (item, (const char * const *)stages);
  waymark_content_item_set_url (item, url);

  take_extras (object, &waymark_fields_content, WAYMARK_ITEM (item));

  g_ptr_array_add (r->items, g_steal_pointer (&item));

  return TRUE;
}

/* The journey's lists, in file order; those with ids in the order their ids
 * are registered. */
typedef struct
{
  const char  *key;
  Kind         kind;  /* KIND_NONE: no ids */
  ElementFunc  read;
  GListModel *(*store) (WaymarkJourney *journey);
} JourneyList;

static const JourneyList journey_lists[] = {
  { "personas", KIND_PERSONA, read_persona, waymark_journey_get_personas },
  { "stages", KIND_STAGE, read_stage, waymark_journey_get_stages },
  { "lanes", KIND_LANE, read_lane, waymark_journey_get_lanes },
  { "channels", KIND_CHANNEL, read_channel, waymark_journey_get_channels },
  { "touchpoints", KIND_TOUCHPOINT, read_touchpoint, waymark_journey_get_touchpoints },
  { "roles", KIND_ROLE, read_role, waymark_journey_get_roles },
  { "handoffs", KIND_HANDOFF, read_handoff, waymark_journey_get_handoffs },
  { "activities", KIND_ACTIVITY, read_activity, waymark_journey_get_activities },
  { "accountability", KIND_NONE, read_assignment, waymark_journey_get_accountability },
  { "content", KIND_CONTENT, read_content_item, waymark_journey_get_content },
};

#define N_LISTS G_N_ELEMENTS (journey_lists)
#define STAGES 1
#define TOUCHPOINTS 4

/* The items of each list, read while the tree was built. */
typedef struct
{
  Reader    *r;
  GPtrArray *items[N_LISTS];
  guint      streamed;  /* bit n: journey_lists[n] was an array */
} Stream;

static void
splice_items (GListModel *store,
              GPtrArray  *items)
{
  if (items->len > 0)
    g_list_store_splice (G_LIST_STORE (store), 0, 0, items->pdata, items->len);
}

/* What is left once the lists were read while the tree was built: any
 * failure here, or there, reads the whole tree again (read_journey ()), which
 * tells what is wrong in the order the checks are made there. */
static gboolean
finish_streamed_journey (Reader     *r,
                         Stream     *stream,
                         JsonObject *object)
{
  PlacedTouchpoint *entries;

  if (!(stream->streamed & (1u << STAGES)))
    return FALSE;

  for (guint i = 0; i < N_LISTS; i++)
    if (json_object_has_member (object, journey_lists[i].key))
      return FALSE;

  for (guint i = 0; i < r->deferred->len; i++)
    {
      Reference *reference = &g_array_index (r->deferred, Reference, i);

      if (!(reference->expected & BIT (lookup_kind (r, reference->id))))
        return FALSE;
    }

  /* Touchpoints read before their stage or lane was. */
  entries = (PlacedTouchpoint *)(gpointer)r->placed->data;
  for (guint i = 0; i < r->placed->len; i++)
    {
      if (entries[i].stage == 0)
        entries[i].stage = GPOINTER_TO_UINT (g_hash_table_lookup (
          r->ids, waymark_touchpoint_get_stage (entries[i].touchpoint)));
      if (entries[i].lane == 0)
        entries[i].lane = GPOINTER_TO_UINT (g_hash_table_lookup (
          r->ids, waymark_touchpoint_get_lane (entries[i].touchpoint)));
    }

  for (guint i = 0; i < N_LISTS; i++)
    if (i != TOUCHPOINTS)
      splice_items (journey_lists[i].store (r->journey), stream->items[i]);

  return TRUE;
}

static gboolean
read_journey (Reader     *r,
              JsonNode   *node,
              const Path *path,
              Stream     *stream)
{
  WaymarkJourney *journey = r->journey;
  g_autoptr(GPtrArray) touchpoints = g_ptr_array_new_with_free_func (g_object_unref);
  JsonObject *object;
  const char *title, *description;

  if (!_waymark_reader_get_object (r, node, path, &object) ||
      !_waymark_reader_read_string (r, object, path, "title", TRUE, &title) ||
      !_waymark_reader_read_string (r, object, path, "description", FALSE, &description))
    return FALSE;

  if (stream != NULL)
    {
      if (!finish_streamed_journey (r, stream, object))
        return FALSE;
      g_ptr_array_extend_and_steal (touchpoints, g_steal_pointer (&stream->items[TOUCHPOINTS]));
    }
  else
    {
      /* "stages" is the one list that must be there. */
      if (json_object_get_member (object, "stages") == NULL)
        {
          Path stages_path = PATH_KEY (path, "stages");

          return _waymark_reader_fail (r, &stages_path, WAYMARK_READER_ERROR_INVALID,
                                       _("required field is missing"));
        }

      for (guint i = 0; i < N_LISTS; i++)
        if (journey_lists[i].kind != KIND_NONE &&
            !foreach_element (r, object, path, journey_lists[i].key, FALSE, register_element,
                              GUINT_TO_POINTER (journey_lists[i].kind)))
          return FALSE;
    }

  waymark_journey_set_title (journey, title);
  waymark_journey_set_description (journey, description);

  for (guint i = 0; i < N_LISTS && stream == NULL; i++)
    {
      const JourneyList *list = &journey_lists[i];
      gboolean required = list->kind == KIND_STAGE;

      if (i == TOUCHPOINTS
          ? !collect_list (r, object, path, list->key, required, list->read, NULL, touchpoints)
          : !read_list (r, object, path, list->key, required, list->read, NULL,
                        list->store (journey)))
        return FALSE;
    }

  take_extras (object, &waymark_fields_journey, WAYMARK_ITEM (journey));

  /* Numbered before they join the journey, whose cell index would
   * otherwise follow every change of order. */
  number_cells (r->placed);
  splice_items (waymark_journey_get_touchpoints (journey), touchpoints);

  return TRUE;
}

static gboolean
read_root (Reader   *r,
           JsonNode *root,
           Stream   *stream)
{
  Path format_path = PATH_KEY (NULL, "format");
  Path version_path = PATH_KEY (NULL, "version");
  Path journey_path = PATH_KEY (NULL, "journey");
  g_autoptr(JsonObject) extras = NULL;
  JsonObject *object;
  JsonNode *journey;
  const char *format;
  gboolean has_version;
  gint64 version;

  if (!_waymark_reader_get_object (r, root, NULL, &object) ||
      !_waymark_reader_read_string (r, object, NULL, "format", TRUE, &format))
    return FALSE;

  if (strcmp (format, "waymark") != 0)
    return _waymark_reader_fail (r, &format_path, WAYMARK_READER_ERROR_INVALID,
                                 _("expected “waymark”, found “%s”: this is not a Waymark file"),
                                 format);

  if (!_waymark_reader_read_integer (r, object, NULL, "version", TRUE, 1, G_MAXINT64,
                                     &has_version, &version))
    return FALSE;

  if (version > WAYMARK_FORMAT_VERSION)
    return _waymark_reader_fail (r, &version_path, WAYMARK_READER_ERROR_NEWER_VERSION,
                                 _("made by a newer version of Waymark (file format %" PRId64
                   ", this version reads up to %d); update Waymark to open it"),
                                 version, WAYMARK_FORMAT_VERSION);

  if (!(journey = json_object_get_member (object, "journey")))
    return _waymark_reader_fail (r, &journey_path, WAYMARK_READER_ERROR_INVALID,
                                 _("required field is missing"));

  if (!read_journey (r, journey, &journey_path, stream))
    return FALSE;

  extras = waymark_fields_collect_extras (&waymark_fields_root, object);
  waymark_journey_set_root_extras (r->journey, extras);

  return TRUE;
}

/* The scan refuses what json-glib would, so this is a fallback only:
 * "<data>:3:14: Parse error: unexpected character" -> "FILE:3:15: not valid
 * JSON: …", as json-glib's columns are one before the character. */
static void
set_syntax_error (const char  *name,
                  GError      *parse_error,
                  GError     **error)
{
  const char *message = parse_error->message;
  const char *rest;
  guint64 line, column;
  char *end;

  if (g_str_has_prefix (message, "<data>:") &&
      (line = g_ascii_strtoull (message + 7, &end, 10)) > 0 && *end == ':' &&
      (column = g_ascii_strtoull (end + 1, &end, 10)) > 0 && *end == ':')
    {
      rest = end + 1;
      while (*rest == ' ')
        rest++;
      if (g_str_has_prefix (rest, "Parse error: "))
        rest += strlen ("Parse error: ");

      _waymark_reader_set_error (error, WAYMARK_READER_ERROR_SYNTAX, name,
                                 MIN (line, G_MAXUINT), MIN (column + 1, G_MAXUINT), NULL,
                                 TRUE, rest);
      return;
    }

  _waymark_reader_set_error (error, WAYMARK_READER_ERROR_SYNTAX, name, 0, 0, NULL, FALSE, message);
}

/* Below this, starting a thread costs more than the freeing. */
#define FREE_IN_THREAD_SIZE (64 * 1024)

static gpointer
free_tree_thread (gpointer data)
{
  json_node_unref (data);

  return NULL;
}

/* json-glib's parser, for what the reader's own tree builder does not
 * expect (nothing that passed the scan, so far). */
static JsonNode *
parse_with_json_glib (const char  *display_name,
                      const char  *data,
                      gsize        len,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, len, &parse_error))
    {
      set_syntax_error (display_name, parse_error, error);
      return NULL;
    }

  if ((root = json_parser_steal_root (parser)) == NULL)
    _waymark_reader_set_error (error, WAYMARK_READER_ERROR_SYNTAX, display_name, 0, 0, NULL,
                               FALSE, _("the file is empty"));

  return root;
}

static gboolean
stream_element (guint     list,
                guint     index,
                JsonNode *node,
                gpointer  data)
{
  Stream *stream = data;
  Reader *r = stream->r;
  const JourneyList *spec = &journey_lists[list];
  Path journey_path = PATH_KEY (NULL, "journey");
  Path list_path = PATH_KEY (&journey_path, spec->key);
  Path path = PATH_INDEX (&list_path, index);

  if (spec->kind != KIND_NONE &&
      !register_element (r, node, &path, index, GUINT_TO_POINTER (spec->kind)))
    return FALSE;

  r->items = stream->items[list];

  return spec->read (r, node, &path, index, NULL);
}

static void
reader_init (Reader         *r,
             const char     *display_name,
             GError        **error)
{
  r->name = display_name;
  r->error = error;
  r->ids = g_hash_table_new (g_str_hash, g_str_equal);
  r->entries = g_array_new (FALSE, FALSE, sizeof (IdEntry));
  r->journey = waymark_journey_new ();
  r->placed = g_array_new (FALSE, FALSE, sizeof (PlacedTouchpoint));
}

static void
reader_clear (Reader *r)
{
  g_clear_pointer (&r->ids, g_hash_table_unref);
  g_clear_pointer (&r->entries, g_array_unref);
  g_clear_object (&r->journey);
  g_clear_pointer (&r->placed, g_array_unref);
  g_clear_pointer (&r->cells, g_hash_table_unref);
  g_clear_pointer (&r->strings, g_string_chunk_free);
  g_clear_pointer (&r->deferred, g_array_unref);
}

/* The journey read while the tree is built: each element of its lists
 * becomes the model as soon as it is parsed, while its nodes are still in
 * the caches, and is freed (the next element's nodes reuse the memory).
 * Reading a big tree after the parse instead waits for memory most of the
 * time. Returns NULL, and sets no error, if anything is amiss: the caller
 * then reads the whole tree, which tells what. */
WaymarkJourney *
_waymark_reader_stream (const char *display_name,
                        const char *data,
                        gsize       len)
{
  const char *keys[N_LISTS + 1];
  g_autoptr(JsonNode) root = NULL;
  Reader r = { 0 };
  Stream stream = { &r };
  WaymarkJourney *journey = NULL;

  reader_init (&r, display_name, NULL);
  r.streaming = TRUE;
  r.strings = g_string_chunk_new (64 * 1024);
  r.deferred = g_array_new (FALSE, FALSE, sizeof (Reference));

  for (guint i = 0; i < N_LISTS; i++)
    {
      keys[i] = journey_lists[i].key;
      stream.items[i] = g_ptr_array_new_with_free_func (g_object_unref);
    }
  keys[N_LISTS] = NULL;

  root = _waymark_reader_stream_tree (data, len, keys, stream_element, &stream,
                                      &stream.streamed);
  if (root != NULL && read_root (&r, root, &stream))
    journey = g_steal_pointer (&r.journey);

  for (guint i = 0; i < N_LISTS; i++)
    g_clear_pointer (&stream.items[i], g_ptr_array_unref);
  reader_clear (&r);

  return journey;
}

/* The whole tree, read in the order of the checks, for the exact error.
 * @data passed the scan. */
WaymarkJourney *
_waymark_reader_load_tree (const char  *display_name,
                           const char  *data,
                           gsize        len,
                           GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  WaymarkJourney *journey = NULL;
  Reader r = { 0 };

  /* The same tree as json-glib's, built in a third of the time. */
  if (!(root = _waymark_reader_build_tree (data, len)) &&
      !(root = parse_with_json_glib (display_name, data, len, error)))
    return NULL;

  reader_init (&r, display_name, error);
  if (read_root (&r, root, NULL))
    journey = g_steal_pointer (&r.journey);
  reader_clear (&r);

  /* Freeing a big tree costs half a parse; the journey shares nothing with
   * it, so let another thread do that while the window shows the journey. */
  if (journey != NULL && len > FREE_IN_THREAD_SIZE)
    g_thread_unref (g_thread_new ("waymark-reader-free", free_tree_thread,
                                  g_steal_pointer (&root)));

  return journey;
}

/**
 * waymark_reader_load_bytes:
 * @display_name: how to name the file in messages
 *
 * Returns: (transfer full): the journey, or %NULL with @error set to one
 *   line "NAME:LINE:COLUMN: message" or "NAME: journey.path: message"
 */
WaymarkJourney *
waymark_reader_load_bytes (GBytes      *bytes,
                           const char  *display_name,
                           GError     **error)
{
  WaymarkJourney *journey;
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);

  if (len > WAYMARK_READER_MAX_SIZE)
    {
      _waymark_reader_set_too_large (error, display_name, len);
      return NULL;
    }

  /* Syntax, UTF-8 and limits, in one pass; json-glib checks UTF-8 too. */
  if (!waymark_json_scan (display_name, data, len, error))
    return NULL;

  if ((journey = _waymark_reader_stream (display_name, data, len)))
    return journey;

  /* Something is wrong (or unusual: a cell assigned twice). */
  return _waymark_reader_load_tree (display_name, data, len, error);
}

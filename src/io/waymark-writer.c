/* waymark-writer.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "waymark-fields.h"
#include "waymark-save.h"
#include "waymark-writer.h"

/* Writes the canonical form of the file format by hand: json-glib's
 * generator puts a space before the colon and prints 17-digit doubles, and a
 * team keeping maps in git must see only real changes in a diff. */

typedef struct
{
  GString                 *out;
  guint                    depth;
  gboolean                 first;
  const WaymarkFieldTable *fields;  /* of the object being written */
  guint                    next;    /* the first key of @fields not yet passed */
} Writer;

static void
newline_indent (Writer *w)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
append_string (GString    *out,
               const char *str)
{
  const char *run = str;

  g_string_append_c (out, '"');

  for (const char *p = str; *p; p++)
    {
      guchar c = *p;
      const char *escape = NULL;
      char buf[8];

      if (c == '"')
        escape = "\\\"";
      else if (c == '\\')
        escape = "\\\\";
      else if (c < 0x20)
        {
          switch (c)
            {
            case '\n': escape = "\\n"; break;
            case '\t': escape = "\\t"; break;
            case '\r': escape = "\\r"; break;
            case '\b': escape = "\\b"; break;
            case '\f': escape = "\\f"; break;
            default:
              g_snprintf (buf, sizeof buf, "\\u%04x", c);
              escape = buf;
            }
        }

      if (escape != NULL)
        {
          g_string_append_len (out, run, p - run);
          g_string_append (out, escape);
          run = p + 1;
        }
    }

  g_string_append (out, run);
  g_string_append_c (out, '"');
}

/**
 * waymark_writer_format_number:
 * @buf: room for %WAYMARK_WRITER_NUMBER_BUF_SIZE bytes
 *
 * Integral values without a fraction; others in the shortest form that
 * reads back as the same double, with the exponent as JavaScript writes it
 * ("1e-7", "1e+21").
 *
 * Returns: @buf
 */
const char *
waymark_writer_format_number (double value,
                              char   buf[WAYMARK_WRITER_NUMBER_BUF_SIZE])
{
  char *exponent;

  if (value == 0)
    return strcpy (buf, "0");

  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_snprintf (buf, WAYMARK_WRITER_NUMBER_BUF_SIZE, "%.0f", value);
      return buf;
    }

  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, WAYMARK_WRITER_NUMBER_BUF_SIZE, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }

  /* "1e-07" -> "1e-7" */
  if ((exponent = strchr (buf, 'e')) != NULL)
    {
      char *digits = exponent + 2;
      char *first = digits;

      while (*first == '0' && first[1] != '\0')
        first++;
      memmove (digits, first, strlen (first) + 1);
    }

  return buf;
}

static void
append_double (GString *out,
               double   value)
{
  char buf[WAYMARK_WRITER_NUMBER_BUF_SIZE];

  g_string_append (out, waymark_writer_format_number (value, buf));
}

static void
begin (Writer *w,
       char    bracket)
{
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->first = TRUE;
}

static void
end (Writer *w,
     char    bracket)
{
  w->depth--;
  /* An empty container is written {} or []. */
  if (!w->first)
    newline_indent (w);
  g_string_append_c (w->out, bracket);
  w->first = FALSE;
}

static void
element (Writer *w)
{
  if (!w->first)
    g_string_append_c (w->out, ',');
  newline_indent (w);
  w->first = FALSE;
}

static void
any_key (Writer     *w,
         const char *name)
{
  element (w);
  append_string (w->out, name);
  g_string_append (w->out, ": ");
}

/* A key of the file format: it must be in the object's field table, in the
 * table's order, or the reader would keep it as an extra too and the file
 * would have it twice. */
static void
key (Writer     *w,
     const char *name)
{
  const char * const *keys = w->fields->keys;

  while (keys[w->next] != NULL && strcmp (keys[w->next], name) != 0)
    w->next++;

  if (keys[w->next] == NULL)
    g_critical ("The writer writes “%s”, which the field table of %s does not have "
                "at this place", name, w->fields->type_name);
  else
    w->next++;

  any_key (w, name);
}

static void
member_string (Writer     *w,
               const char *name,
               const char *value)
{
  key (w, name);
  append_string (w->out, value);
}

/* Optional strings are left out when empty. */
static void
member_optional (Writer     *w,
                 const char *name,
                 const char *value)
{
  if (value != NULL && value[0] != '\0')
    member_string (w, name, value);
}

static void
member_int (Writer     *w,
            const char *name,
            gint64      value)
{
  key (w, name);
  g_string_append_printf (w->out, "%" G_GINT64_FORMAT, value);
}

static void
member_number (Writer     *w,
               const char *name,
               double      value)
{
  if (isnan (value))
    return;

  key (w, name);
  append_double (w->out, value);
}

static void
member_strv (Writer             *w,
             const char         *name,
             const char * const *values)
{
  if (values == NULL || values[0] == NULL)
    return;

  key (w, name);
  begin (w, '[');
  for (guint i = 0; values[i]; i++)
    {
      element (w);
      append_string (w->out, values[i]);
    }
  end (w, ']');
}

static void write_node (Writer   *w,
                        JsonNode *node);

/* With @skip, members that the format defines are left out: an extra
 * under a known key would otherwise make the file hold that key twice. */
static void
write_object_members (Writer                  *w,
                      JsonObject              *object,
                      const WaymarkFieldTable *skip)
{
  GList *members;

  if (object == NULL)
    return;

  members = json_object_get_members (object);
  for (GList *l = members; l; l = l->next)
    {
      if (skip != NULL && waymark_fields_contains (skip, l->data))
        continue;

      any_key (w, l->data);
      write_node (w, json_object_get_member (object, l->data));
    }
  g_list_free (members);
}

/* Unknown members are written back as they were read, in canonical form. */
static void
write_node (Writer   *w,
            JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      begin (w, '{');
      write_object_members (w, json_node_get_object (node), NULL);
      end (w, '}');
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        begin (w, '[');
        for (guint i = 0; i < n; i++)
          {
            element (w);
            write_node (w, json_array_get_element (array, i));
          }
        end (w, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (w->out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          append_string (w->out, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (w->out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (w->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        default:
          append_double (w->out, json_node_get_double (node));
          break;
        }
      break;
    }
}

static void
begin_item (Writer      *w,
            WaymarkItem *item)
{
  element (w);
  begin (w, '{');
  if (item != NULL && waymark_item_get_id (item)[0] != '\0')
    member_string (w, "id", waymark_item_get_id (item));
}

static void
end_item (Writer      *w,
          WaymarkItem *item)
{
  write_object_members (w, waymark_item_get_extras (item), w->fields);
  end (w, '}');
}

typedef void (*ItemFunc) (Writer *w, gpointer item);

static void
member_list (Writer                  *w,
             const char              *name,
             GListModel              *list,
             gboolean                 required,
             const WaymarkFieldTable *fields,
             ItemFunc                 func)
{
  const WaymarkFieldTable *outer_fields = w->fields;
  guint outer_next;
  guint n = g_list_model_get_n_items (list);

  if (n == 0 && !required)
    return;

  key (w, name);
  outer_next = w->next;
  begin (w, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkItem) item = g_list_model_get_item (list, i);

      w->fields = fields;
      w->next = 0;
      begin_item (w, item);
      func (w, item);
      end_item (w, item);
    }
  end (w, ']');
  w->fields = outer_fields;
  w->next = outer_next;
}

static void
write_persona (Writer  *w,
               gpointer item)
{
  member_string (w, "name", waymark_persona_get_name (item));
  member_optional (w, "description", waymark_persona_get_description (item));
}

static void
write_metric (Writer  *w,
              gpointer item)
{
  member_string (w, "name", waymark_metric_get_name (item));
  member_number (w, "value", waymark_metric_get_value (item));
  member_number (w, "target", waymark_metric_get_target (item));
  member_optional (w, "unit", waymark_metric_get_unit (item));
}

static void
write_outcome (Writer  *w,
               gpointer item)
{
  member_string (w, "name", waymark_outcome_get_name (item));
  member_number (w, "share", waymark_outcome_get_share (item));
  member_optional (w, "next", waymark_outcome_get_next (item));
}

static void
write_stage (Writer  *w,
             gpointer item)
{
  member_string (w, "name", waymark_stage_get_name (item));
  member_optional (w, "description", waymark_stage_get_description (item));
  member_optional (w, "goal", waymark_stage_get_goal (item));
  member_strv (w, "questions", waymark_stage_get_questions (item));
  member_list (w, "metrics", waymark_stage_get_metrics (item), FALSE,
               &waymark_fields_metric, write_metric);
  member_optional (w, "funnel_metric", waymark_stage_get_funnel_metric (item));
  member_list (w, "outcomes", waymark_stage_get_outcomes (item), FALSE,
               &waymark_fields_outcome, write_outcome);
}

static void
write_lane (Writer  *w,
            gpointer item)
{
  member_string (w, "name", waymark_lane_get_name (item));
  member_string (w, "perspective",
                 waymark_perspective_to_string (waymark_lane_get_perspective (item)));
  member_optional (w, "color", waymark_lane_get_color (item));
}

static void
write_channel (Writer  *w,
               gpointer item)
{
  member_string (w, "name", waymark_channel_get_name (item));
}

static void
write_touchpoint (Writer  *w,
                  gpointer item)
{
  int emotion = waymark_touchpoint_get_emotion (item);

  member_string (w, "title", waymark_touchpoint_get_title (item));
  member_string (w, "stage", waymark_touchpoint_get_stage (item));
  member_string (w, "lane", waymark_touchpoint_get_lane (item));
  member_int (w, "order", waymark_touchpoint_get_order (item));
  member_optional (w, "channel", waymark_touchpoint_get_channel (item));
  member_optional (w, "notes", waymark_touchpoint_get_notes (item));
  if (emotion != WAYMARK_NO_EMOTION)
    member_int (w, "emotion", emotion);
  member_strv (w, "personas", waymark_touchpoint_get_personas (item));
  member_optional (w, "kind",
                   waymark_touchpoint_kind_to_string (waymark_touchpoint_get_kind (item)));
}

static void
write_role (Writer  *w,
            gpointer item)
{
  member_string (w, "name", waymark_role_get_name (item));
  member_optional (w, "color", waymark_role_get_color (item));
}

static void
write_handoff (Writer  *w,
               gpointer item)
{
  member_string (w, "from", waymark_handoff_get_from (item));
  member_string (w, "to", waymark_handoff_get_to (item));
  member_optional (w, "name", waymark_handoff_get_name (item));
  member_optional (w, "agreement", waymark_handoff_get_agreement (item));
}

static void
write_activity (Writer  *w,
                gpointer item)
{
  member_string (w, "name", waymark_activity_get_name (item));
  member_optional (w, "stage", waymark_activity_get_stage (item));
  member_optional (w, "description", waymark_activity_get_description (item));
}

static void
write_assignment (Writer  *w,
                  gpointer item)
{
  char raci[5];

  waymark_raci_to_string (waymark_assignment_get_raci (item), raci);
  member_string (w, "row", waymark_assignment_get_row (item));
  member_string (w, "role", waymark_assignment_get_role (item));
  member_string (w, "raci", raci);
}

static void
write_content_item (Writer  *w,
                    gpointer item)
{
  member_string (w, "title", waymark_content_item_get_title (item));
  member_optional (w, "type", waymark_content_item_get_content_type (item));
  member_strv (w, "personas", waymark_content_item_get_personas (item));
  member_optional (w, "question", waymark_content_item_get_question (item));
  member_strv (w, "stages", waymark_content_item_get_stages (item));
  member_optional (w, "url", waymark_content_item_get_url (item));
}

/**
 * waymark_writer_to_bytes:
 *
 * The same journey always gives the same bytes.
 *
 * Returns: (transfer full): the journey as a .waymark file
 */
GBytes *
waymark_writer_to_bytes (WaymarkJourney *journey)
{
  Writer w = { NULL, 0, TRUE, &waymark_fields_root, 0 };

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  w.out = g_string_sized_new (4096);

  begin (&w, '{');
  member_string (&w, "format", "waymark");
  member_int (&w, "version", 1);
  key (&w, "journey");
  begin (&w, '{');
  w.fields = &waymark_fields_journey;
  w.next = 0;
  member_string (&w, "title", waymark_journey_get_title (journey));
  member_optional (&w, "description", waymark_journey_get_description (journey));
  member_list (&w, "personas", waymark_journey_get_personas (journey), FALSE,
               &waymark_fields_persona, write_persona);
  member_list (&w, "stages", waymark_journey_get_stages (journey), TRUE,
               &waymark_fields_stage, write_stage);
  member_list (&w, "lanes", waymark_journey_get_lanes (journey), FALSE,
               &waymark_fields_lane, write_lane);
  member_list (&w, "channels", waymark_journey_get_channels (journey), FALSE,
               &waymark_fields_channel, write_channel);
  member_list (&w, "touchpoints", waymark_journey_get_touchpoints (journey), FALSE,
               &waymark_fields_touchpoint, write_touchpoint);
  member_list (&w, "roles", waymark_journey_get_roles (journey), FALSE,
               &waymark_fields_role, write_role);
  member_list (&w, "handoffs", waymark_journey_get_handoffs (journey), FALSE,
               &waymark_fields_handoff, write_handoff);
  member_list (&w, "activities", waymark_journey_get_activities (journey), FALSE,
               &waymark_fields_activity, write_activity);
  member_list (&w, "accountability", waymark_journey_get_accountability (journey), FALSE,
               &waymark_fields_assignment, write_assignment);
  member_list (&w, "content", waymark_journey_get_content (journey), FALSE,
               &waymark_fields_content, write_content_item);
  write_object_members (&w, waymark_item_get_extras (WAYMARK_ITEM (journey)),
                        &waymark_fields_journey);
  end (&w, '}');
  write_object_members (&w, waymark_journey_get_root_extras (journey), &waymark_fields_root);
  end (&w, '}');
  g_string_append_c (w.out, '\n');

  return g_string_free_to_bytes (w.out);
}

/**
 * waymark_writer_save:
 *
 * Writes @journey to @file with waymark_save_bytes().
 */
gboolean
waymark_writer_save (WaymarkJourney  *journey,
                     GFile           *file,
                     GCancellable    *cancellable,
                     GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = waymark_writer_to_bytes (journey);

  return waymark_save_bytes (file, bytes, WAYMARK_SAVE_NONE, cancellable, error);
}

/* waymark-reader-values.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "waymark-reader-private.h"
#include "waymark-reader-values.h"
#include "waymark-writer.h"

/* Checked access to the JSON values of a file: each getter fails with the
 * value's path and what was expected, so the reader's parts never call a
 * json-glib getter on a node of the wrong type. */

void
_waymark_reader_append_path (GString    *str,
                             const Path *path)
{
  if (path == NULL)
    return;

  _waymark_reader_append_path (str, path->parent);

  if (path->key != NULL)
    {
      if (str->len > 0)
        g_string_append_c (str, '.');
      g_string_append (str, path->key);
    }
  else
    {
      g_string_append_printf (str, "[%u]", path->index);
    }
}

gboolean
_waymark_reader_fail (Reader      *r,
                      const Path  *path,
                      int          code,
                      const char  *format,
                      ...)
{
  g_autoptr(GString) where = g_string_new (NULL);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  _waymark_reader_append_path (where, path);
  if (where->len == 0)
    g_string_append (where, "root");

  _waymark_reader_set_error (r->error, code, r->name, 0, 0, where->str, FALSE, message);

  return FALSE;
}

const char *
_waymark_reader_describe (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          return _("a string");
        case G_TYPE_BOOLEAN:
          return _("a boolean");
        default:
          return _("a number");
        }
    }
}

gboolean
_waymark_reader_is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);

  return type == G_TYPE_INT64 || type == G_TYPE_DOUBLE;
}

gboolean
_waymark_reader_is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

double
_waymark_reader_number_value (JsonNode *node)
{
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return (double)json_node_get_int (node);

  return json_node_get_double (node);
}

/* Integers may be written 2 or 2.0; both are the same number. */
gboolean
_waymark_reader_integer_value (JsonNode *node,
                               gint64   *value)
{
  double d;

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      *value = json_node_get_int (node);
      return TRUE;
    }

  d = json_node_get_double (node);
  if (d != floor (d) || fabs (d) > 9007199254740992.0)
    return FALSE;

  *value = (gint64)d;

  return TRUE;
}

gboolean
_waymark_reader_get_object (Reader      *r,
                            JsonNode    *node,
                            const Path  *path,
                            JsonObject **object)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _waymark_reader_fail (r, path, WAYMARK_READER_ERROR_INVALID,
                                 _("expected an object, found %s"),
                                 _waymark_reader_describe (node));

  *object = json_node_get_object (node);

  return TRUE;
}

gboolean
_waymark_reader_get_array (Reader     *r,
                           JsonNode   *node,
                           const Path *path,
                           JsonArray **array)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _waymark_reader_fail (r, path, WAYMARK_READER_ERROR_INVALID,
                                 _("expected an array, found %s"), _waymark_reader_describe (node));

  *array = json_node_get_array (node);

  return TRUE;
}

/* Reads a string member; absent leaves *value NULL, or fails if required. */
gboolean
_waymark_reader_read_string (Reader      *r,
                             JsonObject  *object,
                             const Path  *parent,
                             const char  *key,
                             gboolean     required,
                             const char **value)
{
  JsonNode *node = json_object_get_member (object, key);
  Path path = PATH_KEY (parent, key);

  *value = NULL;

  if (node == NULL)
    {
      if (required)
        return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                                     _("required field is missing"));
      return TRUE;
    }

  if (!_waymark_reader_is_string (node))
    return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                                 _("expected a string, found %s"), _waymark_reader_describe (node));

  *value = json_node_get_string (node);

  return TRUE;
}

gboolean
_waymark_reader_read_number (Reader     *r,
                             JsonObject *object,
                             const Path *parent,
                             const char *key,
                             double      min,
                             double      max,
                             double     *value)
{
  JsonNode *node = json_object_get_member (object, key);
  Path path = PATH_KEY (parent, key);

  *value = NAN;

  if (node == NULL)
    return TRUE;

  if (!_waymark_reader_is_number (node))
    return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                                 _("expected a number, found %s"), _waymark_reader_describe (node));

  *value = _waymark_reader_number_value (node);
  if (*value < min || *value > max || isnan (*value))
    {
      char buf[WAYMARK_WRITER_NUMBER_BUF_SIZE];

      return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                                   _("%s is outside %g..%g"),
                                   waymark_writer_format_number (*value, buf), min, max);
    }

  return TRUE;
}

gboolean
_waymark_reader_read_integer (Reader     *r,
                              JsonObject *object,
                              const Path *parent,
                              const char *key,
                              gboolean    required,
                              gint64      min,
                              gint64      max,
                              gboolean   *present,
                              gint64     *value)
{
  JsonNode *node = json_object_get_member (object, key);
  Path path = PATH_KEY (parent, key);

  *present = node != NULL;

  if (node == NULL)
    {
      if (required)
        return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                                     _("required field is missing"));
      return TRUE;
    }

  if (!_waymark_reader_is_number (node) || !_waymark_reader_integer_value (node, value))
    return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                                 _("expected an integer, found %s"),
                                 _waymark_reader_describe (node));

  if (*value < min || *value > max)
    {
      if (*value < min && max >= G_MAXINT)
        return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                                     _("%" PRId64 " is less than %" PRId64),
                                     *value, min);
      return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                                   _("%" PRId64 " is outside %" PRId64 "..%" PRId64),
                                   *value, min, max);
    }

  return TRUE;
}

gboolean
_waymark_reader_is_color (const char *str)
{
  if (strlen (str) != 7 || str[0] != '#')
    return FALSE;

  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (str[i]))
      return FALSE;

  return TRUE;
}

gboolean
_waymark_reader_read_color (Reader      *r,
                            JsonObject  *object,
                            const Path  *parent,
                            const char **value)
{
  Path path = PATH_KEY (parent, "color");

  if (!_waymark_reader_read_string (r, object, parent, "color", FALSE, value))
    return FALSE;

  if (*value != NULL && (*value)[0] == '\0')
    *value = NULL;

  if (*value != NULL && !_waymark_reader_is_color (*value))
    return _waymark_reader_fail (r, &path, WAYMARK_READER_ERROR_INVALID,
                                 _("“%s” is not a colour of the form #rrggbb"), *value);

  return TRUE;
}

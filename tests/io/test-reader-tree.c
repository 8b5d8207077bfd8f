/* test-reader-tree.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <json-glib/json-glib.h>

#include "waymark-json-scan.h"
#include "waymark-reader-tree.h"

/* The reader builds json-glib's tree itself (waymark-reader-tree.c): for
 * every file the scan lets through, it must be json-glib's own tree node for
 * node, with the same types (an integer is not a double), the same strings,
 * the members in the same order and each node's parent set. */

static void
assert_same_node (JsonNode   *ours,
                  JsonNode   *theirs,
                  JsonNode   *parent,
                  const char *where)
{
  g_assert_nonnull (ours);
  g_assert_nonnull (theirs);
  g_assert_true (json_node_get_parent (ours) == parent);
  g_assert_cmpint (json_node_get_node_type (ours), ==, json_node_get_node_type (theirs));

  switch (json_node_get_node_type (theirs))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *a = json_node_get_object (ours);
        JsonObject *b = json_node_get_object (theirs);
        g_autoptr(GList) a_members = json_object_get_members (a);
        g_autoptr(GList) b_members = json_object_get_members (b);
        GList *l, *m;

        g_assert_cmpuint (g_list_length (a_members), ==, g_list_length (b_members));
        for (l = a_members, m = b_members; l && m; l = l->next, m = m->next)
          {
            g_autofree char *inner = g_strdup_printf ("%s.%s", where, (char *)m->data);

            g_assert_cmpstr (l->data, ==, m->data);
            assert_same_node (json_object_get_member (a, l->data),
                              json_object_get_member (b, m->data), ours, inner);
          }
        break;
      }

    case JSON_NODE_ARRAY:
      {
        JsonArray *a = json_node_get_array (ours);
        JsonArray *b = json_node_get_array (theirs);

        g_assert_cmpuint (json_array_get_length (a), ==, json_array_get_length (b));
        for (guint i = 0; i < json_array_get_length (b); i++)
          {
            g_autofree char *inner = g_strdup_printf ("%s[%u]", where, i);

            assert_same_node (json_array_get_element (a, i), json_array_get_element (b, i),
                              ours, inner);
          }
        break;
      }

    case JSON_NODE_NULL:
      break;

    case JSON_NODE_VALUE:
    default:
      g_assert_cmpuint (json_node_get_value_type (ours), ==, json_node_get_value_type (theirs));
      switch (json_node_get_value_type (theirs))
        {
        case G_TYPE_STRING:
          g_assert_cmpstr (json_node_get_string (ours), ==, json_node_get_string (theirs));
          break;
        case G_TYPE_BOOLEAN:
          g_assert_cmpint (json_node_get_boolean (ours), ==, json_node_get_boolean (theirs));
          break;
        case G_TYPE_INT64:
          g_assert_cmpint (json_node_get_int (ours), ==, json_node_get_int (theirs));
          break;
        default:
          {
            double a = json_node_get_double (ours);
            double b = json_node_get_double (theirs);

            /* Bit for bit: -0.0 is not 0.0. */
            if (memcmp (&a, &b, sizeof a) != 0)
              g_error ("%s: %.17g is not %.17g", where, a, b);
          }
          break;
        }
      break;
    }
}

/* Returns whether the scan let @data through (and the trees were compared). */
static gboolean
check_same_tree (const char *name,
                 const char *data,
                 gsize       len)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) ours = NULL;

  if (!waymark_json_scan ("t", data, len, &error))
    return FALSE;

  g_assert_true (json_parser_load_from_data (parser, data, len, NULL));
  if (!(ours = _waymark_reader_build_tree (data, len)))
    g_error ("%s: no tree", name);
  assert_same_node (ours, json_parser_get_root (parser), NULL, name);

  return TRUE;
}

static void
test_values (void)
{
  static const char * const documents[] = {
    "{}",
    "[]",
    " \r\n\t[ ] \n",
    "\"just a string\"",
    "0",
    "-0",
    "-0.0",
    "0.0",
    "17",
    "[1, -1, 1.0, -1.5, 1e5, 1E5, 1e-5, 2.5E+10, -2.5e-10, 123456789012345678]",
    "[9223372036854775807, -9223372036854775808, 1234567890123456789, -999999999999999999]",
    "[0.1, 0.30000000000000004, 1.7976931348623157e308, 5e-324, 4.9e-324, 2.2250738585072014e-308]",
    "[123456789012345678901234567890.5, 1e22, 1e23, 0.000001, 100000000000000000000e-20]",
    "[true, false, null, [null], {\"a\": null}]",
    "{\"a\": {\"b\": {\"c\": [1, [2, [3, {}]]]}}, \"d\": \"e\"}",
    "{\"z\": 1, \"a\": 2, \"m\": 3, \"é\": 4, \"\\u00e9x\": 5}",
    "[\"\\\"\", \"\\\\\", \"\\/\", \"\\b\\f\\n\\r\\t\", \"a\\\\\\\"b\", \"\\\\\"]",
    "[\"\\u0041\\u00e9\\u20ac\\ud83d\\ude00\", \"\\uD83D\\uDE00x\", \"naïve ผู้ซื้อ 😀\"]",
    "{\"\\\"quoted key\\\"\": \"\\\\\", \"k\\\\\": \"\\\"\"}",
    "{\"a very long key that does not fit in the builder's buffer for keys, which holds "
    "one hundred and twenty-seven bytes and a nul, so it is copied\": [1]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    g_assert_true (check_same_tree (documents[i], documents[i], strlen (documents[i])));
}

/* A long string and a long key, with and without escapes. */
static void
test_long_strings (void)
{
  g_autoptr(GString) json = g_string_new ("{\"");

  for (guint i = 0; i < 5000; i++)
    g_string_append (json, "k\\u00e9");
  g_string_append (json, "\": [\"");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (json, 'a' + i % 26);
  g_string_append (json, "\", \"");
  for (guint i = 0; i < 100000; i++)
    g_string_append (json, i % 2 ? "\\n" : "b");
  g_string_append (json, "\"]}");

  g_assert_true (check_same_tree ("long strings", json->str, json->len));
}

static guint
check_folder (const char *folder)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint checked = 0;

  if (dir == NULL)
    g_error ("cannot open %s", path);

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_autofree char *data = NULL;
      gsize len;

      if (g_file_test (file, G_FILE_TEST_IS_DIR))
        continue;
      g_assert_true (g_file_get_contents (file, &data, &len, NULL));
      checked += check_same_tree (file, data, len);
    }

  return checked;
}

/* Every file of the tests and the fuzzer that the scan lets through. */
static void
test_files (void)
{
  g_assert_cmpuint (check_folder ("io/data"), ==, 3);
  g_assert_cmpuint (check_folder ("fuzz/corpus"), >, 10);
  g_assert_cmpuint (check_folder ("fuzz/regressions"), >, 0);
  g_assert_cmpuint (check_folder ("../examples"), >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reader-tree/values", test_values);
  g_test_add_func ("/reader-tree/long-strings", test_long_strings);
  g_test_add_func ("/reader-tree/files", test_files);

  return g_test_run ();
}

/* test-reader-tree.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include <json-glib/json-glib.h>

#include "waymark-json-scan.h"
#include "waymark-reader-private.h"
#include "waymark-reader-tree.h"
#include "waymark-writer.h"

/* The reader builds json-glib's tree itself (waymark-reader-tree.c): for
 * every file the scan lets through, it must be json-glib's own tree node for
 * node, with the same types (an integer is not a double), the same strings,
 * the members in the same order and each node's parent set.
 *
 * A file is read while its tree is built (_waymark_reader_stream), and only
 * when that gives up from the whole tree (_waymark_reader_load_tree), which
 * says what is wrong. Both must give the same journey, or the stream must
 * give up: every test file is read both ways, comparing what is saved and
 * the load warnings. tests/io/test-reader.c checks that the stream gives up
 * on every file its cases refuse. */

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

typedef gboolean (*FileFunc) (const char *name,
                              const char *data,
                              gsize       len);

/* How many files of @folder @func returns TRUE for. */
static guint
foreach_file (const char *folder,
              FileFunc    func)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint counted = 0;

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
      counted += func (file, data, len);
    }

  return counted;
}

/* Every file of the tests and the fuzzer that the scan lets through. */
static void
test_files (void)
{
  g_assert_cmpuint (foreach_file ("io/data", check_same_tree), ==, 3);
  g_assert_cmpuint (foreach_file ("fuzz/corpus", check_same_tree), >, 10);
  g_assert_cmpuint (foreach_file ("fuzz/regressions", check_same_tree), >, 0);
  g_assert_cmpuint (foreach_file ("../examples", check_same_tree), >, 0);
}

typedef enum
{
  STREAMS,       /* the stream reads it */
  GIVES_UP,      /* the stream gives up, the whole tree reads it */
  REFUSED,       /* both refuse it */
} Outcome;

static Outcome
read_both_ways (const char *name,
                const char *data,
                gsize       len)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) streamed = NULL;
  g_autoptr(WaymarkJourney) whole = NULL;
  g_autoptr(GBytes) streamed_bytes = NULL;
  g_autoptr(GBytes) whole_bytes = NULL;
  const char * const *streamed_warnings;
  const char * const *whole_warnings;

  if (!waymark_json_scan (name, data, len, NULL))
    return REFUSED;

  streamed = _waymark_reader_stream (name, data, len);
  whole = _waymark_reader_load_tree (name, data, len, &error);

  if (whole == NULL)
    {
      if (streamed != NULL)
        g_error ("%s: the stream reads what the whole tree refuses: %s", name, error->message);
      return REFUSED;
    }
  if (streamed == NULL)
    return GIVES_UP;

  streamed_bytes = waymark_writer_to_bytes (streamed);
  whole_bytes = waymark_writer_to_bytes (whole);
  if (!g_bytes_equal (streamed_bytes, whole_bytes))
    g_error ("%s: the stream reads another journey:\n%s\n----\n%s", name,
             (const char *)g_bytes_get_data (streamed_bytes, NULL),
             (const char *)g_bytes_get_data (whole_bytes, NULL));

  streamed_warnings = waymark_journey_get_load_warnings (streamed);
  whole_warnings = waymark_journey_get_load_warnings (whole);
  g_assert_true ((streamed_warnings == NULL) == (whole_warnings == NULL));
  for (guint i = 0; whole_warnings != NULL && whole_warnings[i]; i++)
    g_assert_cmpstr (streamed_warnings[i], ==, whole_warnings[i]);
  g_assert_true (whole_warnings == NULL ||
                 g_strv_length ((char **)streamed_warnings) ==
                 g_strv_length ((char **)whole_warnings));

  return STREAMS;
}

/* ' for ", as in test-reader.c. */
static Outcome
read_quoted (const char *quoted)
{
  g_autofree char *json = g_strdup (quoted);

  for (char *p = json; *p; p++)
    if (*p == '\'')
      *p = '"';

  return read_both_ways (quoted, json, strlen (json));
}

#define HEAD "{'format':'waymark','version':1,'journey':{'title':'T',"
#define TAIL "}}"

/* Files in an order the writer does not use: lists before what they refer
 * to, a stage's outcome naming a later stage, touchpoints whose stage and
 * lane come later (their order in the cell still counts), unknown members
 * everywhere. */
static void
test_forward (void)
{
  static const char * const streams[] = {
    HEAD "'touchpoints':[{'id':'t1','title':'A','stage':'s2','lane':'l1','order':2},"
    "{'id':'t2','title':'B','stage':'s2','lane':'l1','order':1},"
    "{'id':'t3','title':'C','stage':'s1','lane':'l1','personas':['p1']},"
    "{'id':'t4','title':'D','stage':'s1','lane':'l2','channel':'c1'}],"
    "'stages':[{'id':'s1','name':'One','outcomes':[{'id':'o1','name':'On','share':0.5,"
    "'next':'s2'}]},{'id':'s2','name':'Two'}],"
    "'lanes':[{'id':'l1','name':'L','perspective':'customer'},"
    "{'id':'l2','name':'M','perspective':'company'}],"
    "'channels':[{'id':'c1','name':'C'}],'personas':[{'id':'p1','name':'P'}]" TAIL,

    HEAD "'accountability':[{'row':'h1','role':'r1','raci':'RA'},{'row':'a1','role':'r1',"
    "'raci':'C','x':1}],'handoffs':[{'id':'h1','from':'s1','to':'s1'}],"
    "'activities':[{'id':'a1','name':'Act','stage':'s1'}],'roles':[{'id':'r1','name':'R'}],"
    "'stages':[{'id':'s1','name':'One'}],'content':[{'id':'k1','title':'K','stages':['s1'],"
    "'personas':['p1']}],'personas':[{'id':'p1','name':'P'}]" TAIL,

    "{'x':[1,{'y':2}],'format':'waymark','journey':{'z':{'a':[]},'stages':[{'id':'s1',"
    "'name':'A','w':null,'metrics':[{'id':'m1','name':'M','value':2.0,'q':'r'}],"
    "'funnel_metric':'m1'}],'title':'T','touchpoints':[],'v':[true,false]},'version':1}",

    HEAD "'stages':[]" TAIL,
  };
  static const char * const gives_up[] = {
    /* A cell assigned twice: merged, with a warning naming the row. */
    HEAD "'accountability':[{'row':'s1','role':'r1','raci':'R'},{'row':'s1','role':'r1',"
    "'raci':'A'}],'roles':[{'id':'r1','name':'R'}],'stages':[{'id':'s1','name':'One'}]" TAIL,
  };
  static const char * const refused[] = {
    HEAD "'touchpoints':[{'id':'t1','title':'A','stage':'s9','lane':'l1'}],"
    "'stages':[{'id':'s1','name':'One'}],'lanes':[{'id':'l1','name':'L','perspective':'other'}]"
    TAIL,
    HEAD "'touchpoints':[{'id':'t1','title':'A','stage':'l1','lane':'l1'}],"
    "'stages':[{'id':'s1','name':'One'}],'lanes':[{'id':'l1','name':'L','perspective':'other'}]"
    TAIL,
    HEAD "'stages':[{'id':'s1','name':'One','outcomes':[{'id':'o1','name':'O','next':'o1'}]}]"
    TAIL,
    HEAD "'lanes':[{'id':'s1','name':'L','perspective':'other'}],'stages':[{'id':'s1','name':'A'}]"
    TAIL,
    HEAD "'lanes':{},'stages':[{'id':'s1','name':'A'}]" TAIL,
    HEAD "'stages':{}" TAIL,
    HEAD "'lanes':[]" TAIL,
    "{'format':'waymark','version':2,'journey':{'title':'T','stages':[]}}",
    "{'format':'other','version':1,'journey':{'title':'T','stages':[]}}",
    "{'version':1,'journey':{'title':'T','stages':[]}}",
    "{'format':'waymark','version':1,'journey':{'stages':[]}}",
    "{'format':'waymark','version':1,'journey':[]}",
    "{'format':'waymark','version':1}",
    "[{'format':'waymark','version':1,'journey':{'title':'T','stages':[]}}]",
  };

  for (guint i = 0; i < G_N_ELEMENTS (streams); i++)
    g_assert_cmpint (read_quoted (streams[i]), ==, STREAMS);
  for (guint i = 0; i < G_N_ELEMENTS (gives_up); i++)
    g_assert_cmpint (read_quoted (gives_up[i]), ==, GIVES_UP);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_cmpint (read_quoted (refused[i]), ==, REFUSED);
}

static gboolean
streams (const char *name,
         const char *data,
         gsize       len)
{
  return read_both_ways (name, data, len) == STREAMS;
}

static void
test_stream_files (void)
{
  g_assert_cmpuint (foreach_file ("io/data", streams), ==, 3);
  g_assert_cmpuint (foreach_file ("fuzz/corpus", streams), >=, 3);
  g_assert_cmpuint (foreach_file ("fuzz/regressions", streams), >=, 1);
  g_assert_cmpuint (foreach_file ("../examples", streams), >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reader-tree/values", test_values);
  g_test_add_func ("/reader-tree/long-strings", test_long_strings);
  g_test_add_func ("/reader-tree/files", test_files);
  g_test_add_func ("/reader-tree/stream/forward", test_forward);
  g_test_add_func ("/reader-tree/stream/files", test_stream_files);

  return g_test_run ();
}

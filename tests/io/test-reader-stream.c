/* test-reader-stream.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "waymark-json-scan.h"
#include "waymark-reader-private.h"
#include "waymark-writer.h"

/* A file is read while its tree is built (_waymark_reader_stream), and only
 * when that gives up from the whole tree (_waymark_reader_load_tree), which
 * says what is wrong. Both must give the same journey, or the stream must
 * give up: these read every test file both ways and compare what is saved
 * and the load warnings. tests/io/test-reader.c checks that the stream gives
 * up on every file its cases refuse. */

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

static void
check_folder (const char *folder,
              guint       min_streamed)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint streamed = 0;

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
      streamed += read_both_ways (file, data, len) == STREAMS;
    }

  g_assert_cmpuint (streamed, >=, min_streamed);
}

static void
test_files (void)
{
  check_folder ("io/data", 3);
  check_folder ("fuzz/corpus", 3);
  check_folder ("fuzz/regressions", 1);
  check_folder ("../examples", 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/reader-stream/forward", test_forward);
  g_test_add_func ("/reader-stream/files", test_files);

  return g_test_run ();
}

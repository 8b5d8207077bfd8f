/* test-duplicate-cells.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "waymark-reader.h"
#include "waymark-test-journey.h"
#include "waymark-writer.h"

/* A file that assigns the same row and role twice still opens (the format
 * promises that files keep opening): the letters go into one cell, a
 * warning names both places, and the journey is written with one. */

/* Stages s1 and s2, the handoff h1 between them, roles r1 and r2, and the
 * assignments @x. Written with ' for ". */
#define J(x) "{'format':'waymark','version':1,'journey':{'title':'T'," \
  "'stages':[{'id':'s1','name':'Nurture'},{'id':'s2','name':'Convert'}]," \
  "'roles':[{'id':'r1','name':'Sales'},{'id':'r2','name':'Service'}]," \
  "'handoffs':[{'id':'h1','from':'s1','to':'s2'}]," \
  "'accountability':[" x "]}}"


/* "row/role:letters …", in list order. */
static char *
dup_cells (WaymarkJourney *journey)
{
  GListModel *list = waymark_journey_get_accountability (journey);
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WaymarkAssignment) a = g_list_model_get_item (list, i);
      char letters[5];

      waymark_raci_to_string (waymark_assignment_get_raci (a), letters);
      g_string_append_printf (str, "%s%s/%s:%s", i > 0 ? " " : "",
                              waymark_assignment_get_row (a),
                              waymark_assignment_get_role (a),
                              letters);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static char *
dup_warnings (WaymarkJourney *journey)
{
  const char * const *warnings = waymark_journey_get_load_warnings (journey);

  return warnings ? g_strjoinv ("\n", (char **)warnings) : NULL;
}

static void
test_merged (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_quoted (J ("{'row':'s2','role':'r1','raci':'A'},"
                                               "{'row':'s1','role':'r1','raci':'R'},"
                                               "{'row':'s2','role':'r1','raci':'RC'}"));
  g_autofree char *cells = dup_cells (journey);
  g_autofree char *warnings = dup_warnings (journey);

  /* The cell stays where its first assignment was, with every letter. */
  g_assert_cmpstr (cells, ==, "s2/r1:RAC s1/r1:R");
  g_assert_cmpstr (warnings, ==,
                   "journey.accountability[0] and journey.accountability[2] both assign "
                   "role “Sales” to row “Convert”; their letters are merged into one cell, “RAC”");
}

static void
test_three_times (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_quoted (J ("{'row':'h1','role':'r2','raci':'I'},"
                                               "{'row':'h1','role':'r2','raci':'I'},"
                                               "{'row':'h1','role':'r1','raci':'A'},"
                                               "{'row':'h1','role':'r2','raci':'R'}"));
  g_autofree char *cells = dup_cells (journey);
  g_autofree char *warnings = dup_warnings (journey);

  g_assert_cmpstr (cells, ==, "h1/r2:RI h1/r1:A");
  /* Each later one is named with the first; a handoff by its stages. */
  g_assert_cmpstr (warnings, ==,
                   "journey.accountability[0] and journey.accountability[1] both assign "
                   "role “Service” to row “Nurture → Convert”; their letters are merged "
                   "into one cell, “I”\n"
                   "journey.accountability[0] and journey.accountability[3] both assign "
                   "role “Service” to row “Nurture → Convert”; their letters are merged "
                   "into one cell, “RI”");
}

/* Written with one assignment, which reads back without a warning. */
static void
test_saved_with_one (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_quoted (J ("{'row':'s1','role':'r1','raci':'A'},"
                                               "{'row':'s1','role':'r1','raci':'R'}"));
  g_autoptr(GBytes) bytes = waymark_writer_to_bytes (journey);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) again = waymark_reader_load_bytes (bytes, "t.waymark", &error);
  g_autofree char *cells = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (text,
                            "    \"accountability\": [\n"
                            "      {\n"
                            "        \"row\": \"s1\",\n"
                            "        \"role\": \"r1\",\n"
                            "        \"raci\": \"RA\"\n"
                            "      }\n"
                            "    ]\n"));
  cells = dup_cells (again);
  g_assert_cmpstr (cells, ==, "s1/r1:RA");
  g_assert_null (waymark_journey_get_load_warnings (again));
}

static void
test_no_duplicates (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_quoted (J ("{'row':'s1','role':'r1','raci':'RA'},"
                                               "{'row':'s1','role':'r2','raci':'RA'},"
                                               "{'row':'s2','role':'r1','raci':'C'}"));
  g_autofree char *cells = dup_cells (journey);

  g_assert_cmpstr (cells, ==, "s1/r1:RA s1/r2:RA s2/r1:C");
  g_assert_null (waymark_journey_get_load_warnings (journey));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/duplicate-cells/merged", test_merged);
  g_test_add_func ("/duplicate-cells/three-times", test_three_times);
  g_test_add_func ("/duplicate-cells/saved-with-one", test_saved_with_one);
  g_test_add_func ("/duplicate-cells/no-duplicates", test_no_duplicates);

  return g_test_run ();
}

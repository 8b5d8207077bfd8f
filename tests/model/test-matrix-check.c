/* test-matrix-check.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "waymark-document.h"
#include "waymark-matrix-check.h"
#include "waymark-test-journey.h"

/* The matrix's validation: the problems of each row with their reasons,
 * the summary line, the hints apart from them, each role's workload and
 * bottleneck, and a new check after each edit. */



static gpointer
lookup (WaymarkJourney *journey,
        const char     *id)
{
  WaymarkItem *item = waymark_journey_lookup (journey, id);

  g_assert_nonnull (item);

  return item;
}

static char *
dup_hints (WaymarkMatrixCheck *check)
{
  GPtrArray *hints = waymark_matrix_check_get_hints (check);
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < hints->len; i++)
    {
      WaymarkHint *hint = g_ptr_array_index (hints, i);

      g_string_append_printf (str, "%s\n", hint->message);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static void
assert_workload (WaymarkMatrixCheck *check,
                 WaymarkRole        *role,
                 guint               workload,
                 guint               n_accountable,
                 gboolean            bottleneck,
                 const char         *line)
{
  g_autofree char *text = waymark_matrix_check_dup_workload_line (check, role);

  g_assert_cmpuint (waymark_matrix_check_get_workload (check, role), ==, workload);
  g_assert_cmpuint (waymark_matrix_check_get_n_accountable (check, role), ==, n_accountable);
  g_assert_cmpint (waymark_matrix_check_is_bottleneck (check, role), ==, bottleneck);
  g_assert_cmpstr (text, ==, line);
}

static void
test_example (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkMatrixCheck) check = waymark_matrix_check_new (journey);
  GPtrArray *problems = waymark_matrix_check_get_problems (check);
  g_autofree char *hints = dup_hints (check);
  g_autofree char *expand = NULL;
  g_autofree char *sla = NULL;
  g_autofree char *handoff = NULL;
  g_autofree char *attract = NULL;

  g_assert_cmpuint (waymark_matrix_check_get_rows (check)->len, ==, 11);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpstr (waymark_matrix_check_get_summary (check), ==,
                   "2 rows have no one accountable · 1 row has no one responsible");
  g_assert_cmpstr (hints, ==,
                   "Handoff “Attract → Capture”: no agreement text yet\n"
                   "Handoff “Capture → Nurture”: no agreement text yet\n"
                   "Handoff “Convert → Expand”: no agreement text yet\n"
                   "Role “Marketing” is accountable for 6 of 11 rows, more than half\n");
  g_assert_cmpstr (waymark_matrix_check_get_hint_summary (check), ==,
                   "3 handoffs have no agreement text · "
                   "1 role is accountable for more than half of the rows");

  /* Per row, the problems and the hints, with their reasons. */
  g_assert_cmpint (waymark_matrix_check_get_row_problems (check, lookup (journey, "s-expand")), ==,
                   WAYMARK_PROBLEM_NO_ACCOUNTABLE);
  expand = waymark_matrix_check_dup_row_reasons (check, lookup (journey, "s-expand"));
  g_assert_cmpstr (expand, ==, "No one is accountable: give one role the A");
  sla = waymark_matrix_check_dup_row_reasons (check, lookup (journey, "a-sla"));
  g_assert_cmpstr (sla, ==,
                   "No one is accountable: give one role the A\n"
                   "No one is responsible: give at least one role the R");
  g_assert_cmpint (waymark_matrix_check_get_row_hints (check, lookup (journey, "h-convert-expand")), ==,
                   WAYMARK_HINT_NO_AGREEMENT);
  handoff = waymark_matrix_check_dup_row_reasons (check, lookup (journey, "h-convert-expand"));
  g_assert_cmpstr (handoff, ==, "Hint: no agreement text yet");
  /* The handoff with its agreement and the rows that keep the rule have
   * nothing to say. */
  g_assert_cmpint (waymark_matrix_check_get_row_hints (check, lookup (journey, "h-nurture-convert")), ==, 0);
  attract = waymark_matrix_check_dup_row_reasons (check, lookup (journey, "s-attract"));
  g_assert_null (attract);
  g_assert_cmpint (waymark_matrix_check_get_row_problems (check, lookup (journey, "s-attract")), ==, 0);

  /* Marketing is R or A in Attract, Capture, Nurture, Lead scoring, the
   * two handoffs before Nurture, MQL to SQL and Expand, and A in six of
   * the eleven rows. */
  assert_workload (check, lookup (journey, "r-marketing"), 8, 6, TRUE,
                   "R or A in 8 of 11 rows · a bottleneck: A in 6");
  assert_workload (check, lookup (journey, "r-sales"), 4, 3, FALSE, "R or A in 4 of 11 rows");
  assert_workload (check, lookup (journey, "r-service"), 2, 0, FALSE, "R or A in 2 of 11 rows");
}

static void
test_many_responsible (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_quoted (
    "{'format':'waymark','version':1,'journey':{'title':'',"
    "'stages':[{'id':'s1','name':'One'},{'id':'s2','name':'Two'}],"
    "'roles':[{'id':'r1','name':'R1'},{'id':'r2','name':'R2'},{'id':'r3','name':'R3'},"
    "{'id':'r4','name':'R4'}],"
    "'handoffs':[{'id':'h','from':'s1','to':'s2','agreement':'  \\n '}],"
    "'accountability':[{'row':'s1','role':'r1','raci':'RA'},{'row':'s1','role':'r2','raci':'R'},"
    "{'row':'s1','role':'r3','raci':'R'},{'row':'s1','role':'r4','raci':'R'},"
    "{'row':'s2','role':'r1','raci':'RA'},{'row':'s2','role':'r2','raci':'RA'},"
    "{'row':'s2','role':'r3','raci':'R'},"
    "{'row':'h','role':'r2','raci':'RA'}]}}");
  g_autoptr(WaymarkMatrixCheck) check = waymark_matrix_check_new (journey);
  g_autofree char *hints = dup_hints (check);
  g_autofree char *one = waymark_matrix_check_dup_row_reasons (check, lookup (journey, "s1"));
  g_autofree char *two = waymark_matrix_check_dup_row_reasons (check, lookup (journey, "s2"));

  /* Three R's are fine, four are a hint; an agreement of blanks is none. */
  g_assert_cmpstr (hints, ==,
                   "Stage “One”: 4 roles are responsible, more than three\n"
                   "Handoff “One → Two”: no agreement text yet\n"
                   "Role “R1” is accountable for 2 of 3 rows, more than half\n"
                   "Role “R2” is accountable for 2 of 3 rows, more than half\n");
  g_assert_cmpstr (waymark_matrix_check_get_hint_summary (check), ==,
                   "1 handoff has no agreement text · 1 row has more than three responsible · "
                   "2 roles are accountable for more than half of the rows");
  g_assert_cmpint (waymark_matrix_check_get_row_hints (check, lookup (journey, "s1")), ==,
                   WAYMARK_HINT_MANY_RESPONSIBLE);
  g_assert_cmpstr (one, ==, "Hint: 4 roles are responsible, more than three");
  g_assert_cmpstr (two, ==, "2 roles are accountable: only one may be");
  g_assert_cmpstr (waymark_matrix_check_get_summary (check), ==,
                   "1 row has more than one accountable");
  /* R1 is A in two of three rows, R2 in two too: both bottlenecks. */
  assert_workload (check, lookup (journey, "r1"), 2, 2, TRUE,
                   "R or A in 2 of 3 rows · a bottleneck: A in 2");
  assert_workload (check, lookup (journey, "r2"), 3, 2, TRUE,
                   "R or A in 3 of 3 rows · a bottleneck: A in 2");
  assert_workload (check, lookup (journey, "r4"), 1, 0, FALSE, "R or A in 1 of 3 rows");
}

static void
test_empty (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(WaymarkMatrixCheck) check = waymark_matrix_check_new (journey);

  g_assert_cmpuint (waymark_matrix_check_get_rows (check)->len, ==, 0);
  g_assert_cmpuint (waymark_matrix_check_get_problems (check)->len, ==, 0);
  g_assert_cmpuint (waymark_matrix_check_get_hints (check)->len, ==, 0);
  g_assert_cmpstr (waymark_matrix_check_get_summary (check), ==, "");
  g_assert_cmpstr (waymark_matrix_check_get_hint_summary (check), ==, "");
}

/* One role alone is no bottleneck, however many rows it holds. */
static void
test_one_role (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_quoted (
    "{'format':'waymark','version':1,'journey':{'title':'',"
    "'stages':[{'id':'s1','name':'One'}],'roles':[{'id':'r1','name':'R1'}],"
    "'accountability':[{'row':'s1','role':'r1','raci':'RA'}]}}");
  g_autoptr(WaymarkMatrixCheck) check = waymark_matrix_check_new (journey);

  assert_workload (check, lookup (journey, "r1"), 1, 1, FALSE, "R or A in 1 of 1 row");
  g_assert_cmpuint (waymark_matrix_check_get_hints (check)->len, ==, 0);
}

/* Filling the example's cells one at a time: each new check tells what is
 * left, until nothing is. */
static void
test_live (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkDocument) doc = waymark_document_new (journey);
  WaymarkRole *sales = lookup (journey, "r-sales");
  WaymarkRole *service = lookup (journey, "r-service");
  g_autoptr(WaymarkMatrixCheck) first = NULL;
  g_autoptr(WaymarkMatrixCheck) second = NULL;
  g_autoptr(WaymarkMatrixCheck) third = NULL;

  waymark_document_set_raci (doc, lookup (journey, "s-expand"), service,
                             WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE);
  first = waymark_matrix_check_new (journey);
  g_assert_cmpstr (waymark_matrix_check_get_summary (first), ==,
                   "1 row has no one accountable · 1 row has no one responsible");
  g_assert_cmpint (waymark_matrix_check_get_row_problems (first, lookup (journey, "s-expand")), ==, 0);

  waymark_document_set_raci (doc, lookup (journey, "a-sla"), sales, WAYMARK_RACI_ACCOUNTABLE);
  second = waymark_matrix_check_new (journey);
  g_assert_cmpstr (waymark_matrix_check_get_summary (second), ==, "1 row has no one responsible");

  waymark_document_set_raci (doc, lookup (journey, "a-sla"), service, WAYMARK_RACI_RESPONSIBLE);
  third = waymark_matrix_check_new (journey);
  g_assert_cmpstr (waymark_matrix_check_get_summary (third), ==, "");
  g_assert_cmpuint (waymark_matrix_check_get_problems (third)->len, ==, 0);
  assert_workload (third, service, 3, 1, FALSE, "R or A in 3 of 11 rows");

  /* Undo brings the problem back. */
  g_assert_true (waymark_document_undo (doc));
  g_clear_object (&third);
  third = waymark_matrix_check_new (journey);
  g_assert_cmpstr (waymark_matrix_check_get_summary (third), ==, "1 row has no one responsible");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matrix-check/example", test_example);
  g_test_add_func ("/matrix-check/many-responsible", test_many_responsible);
  g_test_add_func ("/matrix-check/empty", test_empty);
  g_test_add_func ("/matrix-check/one-role", test_one_role);
  g_test_add_func ("/matrix-check/live", test_live);

  return g_test_run ();
}

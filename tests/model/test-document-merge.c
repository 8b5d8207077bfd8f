/* test-document-merge.c: a visit to a field is one undo step
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "waymark-document.h"

#include "waymark-document-test.h"

static int key_a;
static int key_b;

/* One edit made by a field in its visit @key. */
#define IN_VISIT(doc, key, edit)              \
  G_STMT_START {                              \
    waymark_document_begin_merge (doc, key);  \
    edit;                                     \
    waymark_document_end_merge (doc);         \
  } G_STMT_END

static const char *
stage_name (WaymarkDocument *doc)
{
  return waymark_stage_get_name (lookup (doc, "s-attract"));
}

/* Typing "A", "Ad", "Ads" in one visit: one step, undone whole, redone
 * whole, the very bytes of before and after. */
static void
test_merge_visit (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();
  g_autoptr(GBytes) before = snapshot (doc);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  g_autofree char *original = g_strdup (stage_name (doc));

  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "A"));
  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "Ad"));
  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "Ads"));
  waymark_document_close_merge (doc, &key_a);
  after = snapshot (doc);

  g_assert_cmpstr (stage_name (doc), ==, "Ads");
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Rename");
  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (stage_name (doc), ==, original);
  g_assert_false (waymark_document_get_can_undo (doc));
  undone = snapshot (doc);
  assert_same_bytes (undone, before);

  g_assert_true (waymark_document_redo (doc));
  g_assert_false (waymark_document_get_can_redo (doc));
  redone = snapshot (doc);
  assert_same_bytes (redone, after);
}

/* The visit ends: the next visit is a step of its own. */
static void
test_merge_two_visits (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();
  g_autofree char *original = g_strdup (stage_name (doc));
  g_autofree char *description = g_strdup (waymark_stage_get_description (lookup (doc, "s-attract")));

  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "A"));
  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "Ad"));
  waymark_document_close_merge (doc, &key_a);

  IN_VISIT (doc, &key_b, waymark_document_set (doc, lookup (doc, "s-attract"), "description", "D", NULL));
  IN_VISIT (doc, &key_b, waymark_document_set (doc, lookup (doc, "s-attract"), "description", "Do", NULL));
  /* Another visit, over already: this one goes on. */
  waymark_document_close_merge (doc, &key_a);
  IN_VISIT (doc, &key_b, waymark_document_set (doc, lookup (doc, "s-attract"), "description", "Done", NULL));
  waymark_document_close_merge (doc, &key_b);

  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (stage_name (doc), ==, "Ad");
  g_assert_cmpstr (waymark_stage_get_description (lookup (doc, "s-attract")), ==, description);
  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (stage_name (doc), ==, original);
  g_assert_false (waymark_document_get_can_undo (doc));

  /* Outside a merge, every edit is its own step. */
  waymark_document_rename (doc, lookup (doc, "s-attract"), "X");
  waymark_document_rename (doc, lookup (doc, "s-attract"), "Y");
  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (stage_name (doc), ==, "X");
}

/* An undo in the middle of a visit ends its step: typing on is a new one,
 * and never goes into an older step. */
static void
test_merge_after_undo (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();
  g_autofree char *original = g_strdup (stage_name (doc));

  waymark_document_rename (doc, lookup (doc, "s-nurture"), "Earlier");

  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "A"));
  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "Ad"));
  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (stage_name (doc), ==, original);
  g_assert_true (waymark_document_get_can_redo (doc));

  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "B"));
  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "Be"));
  g_assert_false (waymark_document_get_can_redo (doc));
  waymark_document_close_merge (doc, &key_a);

  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (stage_name (doc), ==, original);
  g_assert_cmpstr (waymark_stage_get_name (lookup (doc, "s-nurture")), ==, "Earlier");
  g_assert_true (waymark_document_undo (doc));
  g_assert_false (waymark_document_get_can_undo (doc));
}

/* A save in the middle of a visit: undo goes back to what was saved. */
static void
test_merge_after_save (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();

  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "A"));
  waymark_document_mark_saved (doc);
  g_assert_false (waymark_document_get_dirty (doc));
  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "Ad"));
  g_assert_true (waymark_document_get_dirty (doc));
  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "Ads"));
  waymark_document_close_merge (doc, &key_a);

  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (stage_name (doc), ==, "A");
  g_assert_false (waymark_document_get_dirty (doc));
  g_assert_true (waymark_document_undo (doc));
  g_assert_false (waymark_document_get_can_undo (doc));
}

/* Typed back to where the visit began: no step is left, and the document
 * is clean again. */
static void
test_merge_back_to_start (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();
  g_autofree char *original = g_strdup (stage_name (doc));
  g_autoptr(GBytes) before = snapshot (doc);
  g_autoptr(GBytes) after = NULL;

  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "A"));
  g_assert_true (waymark_document_get_dirty (doc));
  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), original));
  waymark_document_close_merge (doc, &key_a);

  g_assert_false (waymark_document_get_can_undo (doc));
  g_assert_false (waymark_document_get_dirty (doc));
  after = snapshot (doc);
  assert_same_bytes (after, before);
}

/* A command of the visit that is more than a set (an add) follows the
 * visit's sets in the same step, and undoing it takes all back. */
static void
test_merge_mixed (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();
  g_autoptr(GBytes) before = snapshot (doc);
  g_autoptr(GBytes) undone = NULL;
  WaymarkJourney *journey = waymark_document_get_journey (doc);
  guint n_stages = n_items (waymark_journey_get_stages (journey));

  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "A"));
  IN_VISIT (doc, &key_a, waymark_document_add_stage (doc, 0, "First"));
  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "Ad"));
  waymark_document_close_merge (doc, &key_a);

  g_assert_cmpuint (n_items (waymark_journey_get_stages (journey)), ==, n_stages + 1);
  g_assert_true (waymark_document_undo (doc));
  g_assert_false (waymark_document_get_can_undo (doc));
  undone = snapshot (doc);
  assert_same_bytes (undone, before);
  assert_handoff_chain (journey);
}

/* An edit from elsewhere (Alt+Up with the focus in the field) between two
 * edits of a visit is its own step, and the visit's next edit too. */
static void
test_merge_interrupted (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();
  g_autofree char *original = g_strdup (stage_name (doc));

  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "A"));
  waymark_document_reorder (doc, lookup (doc, "s-attract"), 2);
  IN_VISIT (doc, &key_a, waymark_document_rename (doc, lookup (doc, "s-attract"), "Ad"));
  waymark_document_close_merge (doc, &key_a);

  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Rename");
  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (stage_name (doc), ==, "A");
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Move");
  g_assert_true (waymark_document_undo (doc));
  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (stage_name (doc), ==, original);
  g_assert_false (waymark_document_get_can_undo (doc));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/merge/visit", test_merge_visit);
  g_test_add_func ("/document/merge/two-visits", test_merge_two_visits);
  g_test_add_func ("/document/merge/after-undo", test_merge_after_undo);
  g_test_add_func ("/document/merge/after-save", test_merge_after_save);
  g_test_add_func ("/document/merge/back-to-start", test_merge_back_to_start);
  g_test_add_func ("/document/merge/mixed", test_merge_mixed);
  g_test_add_func ("/document/merge/interrupted", test_merge_interrupted);

  return g_test_run ();
}

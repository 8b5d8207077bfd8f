/* test-change.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "waymark-document.h"

/* WaymarkDocument::change: what each edit, undo and redo changed, told
 * precisely enough that a view can redraw only that. */

typedef struct
{
  WaymarkDocument *doc;
  WaymarkJourney  *journey;
  WaymarkStage    *attract;
  WaymarkStage    *capture;
  WaymarkLane     *customer;
  WaymarkLane     *sales;
  WaymarkRole     *marketing;
  GString         *log;
} Fixture;

static const char *
label_of (gpointer item)
{
  return item ? waymark_item_get_label (item) : "(none)";
}

static void
on_change_cb (WaymarkDocument     *doc,
              const WaymarkChange *change,
              Fixture             *f)
{
  GString *log = f->log;

  switch (change->kind)
    {
    case WAYMARK_CHANGE_PROPERTY:
      g_string_append_printf (log, "property %s.%s", label_of (change->item), change->property);
      break;

    case WAYMARK_CHANGE_INSERTED:
    case WAYMARK_CHANGE_REMOVED:
      g_string_append_printf (log, "%s %s at %u",
                              change->kind == WAYMARK_CHANGE_INSERTED ? "inserted" : "removed",
                              label_of (change->item), change->position);
      g_assert_nonnull (change->list);
      break;

    case WAYMARK_CHANGE_MOVED:
      g_string_append_printf (log, "moved %s %s/%s -> %s/%s", label_of (change->item),
                              label_of (change->old_stage), label_of (change->old_lane),
                              label_of (change->new_stage), label_of (change->new_lane));
      g_assert_null (change->list);
      break;

    case WAYMARK_CHANGE_MATRIX_CELL:
      g_assert_true (WAYMARK_IS_ASSIGNMENT (change->item));
      g_string_append_printf (log, "cell %s/%s%s", label_of (change->row), label_of (change->role),
                              change->list ? " (list)" : "");
      break;

    default:
      g_assert_not_reached ();
    }

  g_string_append (log, "; ");
}

static void
on_changed_cb (WaymarkDocument *doc,
               Fixture         *f)
{
  g_string_append (f->log, "changed");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->doc = waymark_document_new (NULL);
  f->journey = waymark_document_get_journey (f->doc);
  f->attract = waymark_document_add_stage (f->doc, 0, "Attract");
  f->capture = waymark_document_add_stage (f->doc, 1, "Capture");
  f->customer = waymark_document_add_lane (f->doc, 0, "Customer", WAYMARK_PERSPECTIVE_CUSTOMER);
  f->sales = waymark_document_add_lane (f->doc, 1, "Sales", WAYMARK_PERSPECTIVE_COMPANY);
  f->marketing = waymark_document_add_role (f->doc, 0, "Marketing");
  f->log = g_string_new (NULL);

  g_signal_connect (f->doc, "change", G_CALLBACK (on_change_cb), f);
  g_signal_connect (f->doc, "changed", G_CALLBACK (on_changed_cb), f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_string_free (f->log, TRUE);
  g_assert_finalize_object (f->doc);
}

/* The log since the last call. */
#define assert_log(f, expected) \
  G_STMT_START { \
    g_assert_cmpstr ((f)->log->str, ==, expected); \
    g_string_truncate ((f)->log, 0); \
  } G_STMT_END

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  WaymarkTouchpoint *webinar, *ebook;

  waymark_document_add_touchpoint (f->doc, f->capture, f->sales, 0, "Call");
  webinar = waymark_document_add_touchpoint (f->doc, f->attract, f->customer, 0, "Webinar");
  ebook = waymark_document_add_touchpoint (f->doc, f->attract, f->customer, 1, "Ebook");
  g_string_truncate (f->log, 0);

  /* Both cells in one change; then the orders of the cells it left and
   * entered are renumbered. */
  waymark_document_move_touchpoint (f->doc, webinar, f->capture, f->sales, 0);
  assert_log (f, "moved Webinar Attract/Customer -> Capture/Sales; "
                 "property Ebook.order; property Call.order; changed");
  g_assert_cmpint (waymark_touchpoint_get_order (ebook), ==, 0);

  /* Undo reports the way back, in reverse. */
  g_assert_true (waymark_document_undo (f->doc));
  assert_log (f, "property Call.order; property Ebook.order; "
                 "moved Webinar Capture/Sales -> Attract/Customer; changed");

  g_assert_true (waymark_document_redo (f->doc));
  assert_log (f, "moved Webinar Attract/Customer -> Capture/Sales; "
                 "property Ebook.order; property Call.order; changed");

  /* Within a cell it is no move: only orders change. */
  waymark_document_move_touchpoint (f->doc, webinar, f->capture, f->sales, 1);
  assert_log (f, "property Call.order; property Webinar.order; changed");
}

/* The changes come once the whole edit is applied: a handler sees the
 * journey as the edit left it. */
static void
check_cells_cb (WaymarkDocument     *doc,
                const WaymarkChange *change,
                Fixture             *f)
{
  if (change->kind != WAYMARK_CHANGE_MOVED)
    return;

  g_assert_cmpuint (g_list_model_get_n_items (waymark_journey_get_cell (f->journey,
                                                                        change->new_stage,
                                                                        change->new_lane)),
                    ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (waymark_journey_get_cell (f->journey,
                                                                        change->old_stage,
                                                                        change->old_lane)),
                    ==, 0);
  g_string_append (f->log, "checked; ");
}

static void
test_after_the_edit (Fixture       *f,
                     gconstpointer  data)
{
  WaymarkTouchpoint *webinar;

  waymark_document_add_touchpoint (f->doc, f->capture, f->sales, 0, "Call");
  webinar = waymark_document_add_touchpoint (f->doc, f->attract, f->customer, 0, "Webinar");
  g_signal_connect (f->doc, "change", G_CALLBACK (check_cells_cb), f);
  g_string_truncate (f->log, 0);

  waymark_document_move_touchpoint (f->doc, webinar, f->capture, f->sales, 0);
  assert_log (f, "moved Webinar Attract/Customer -> Capture/Sales; checked; "
                 "property Call.order; changed");
}

static void
test_raci (Fixture       *f,
           gconstpointer  data)
{
  WaymarkItem *attract = WAYMARK_ITEM (f->attract);

  /* A new cell, a changed one, an emptied one: each names row and role. */
  waymark_document_set_raci (f->doc, attract, f->marketing, WAYMARK_RACI_ACCOUNTABLE);
  assert_log (f, "cell Attract/Marketing (list); changed");
  waymark_document_set_raci (f->doc, attract, f->marketing,
                             WAYMARK_RACI_ACCOUNTABLE | WAYMARK_RACI_RESPONSIBLE);
  assert_log (f, "cell Attract/Marketing; changed");
  waymark_document_set_raci (f->doc, attract, f->marketing, WAYMARK_RACI_NONE);
  assert_log (f, "cell Attract/Marketing (list); changed");

  g_assert_true (waymark_document_undo (f->doc));
  assert_log (f, "cell Attract/Marketing (list); changed");
  g_assert_true (waymark_document_undo (f->doc));
  assert_log (f, "cell Attract/Marketing; changed");
}

static void
test_rename (Fixture       *f,
             gconstpointer  data)
{
  WaymarkTouchpoint *webinar;

  waymark_document_rename (f->doc, f->attract, "Discover");
  assert_log (f, "property Discover.label; changed");

  webinar = waymark_document_add_touchpoint (f->doc, f->attract, f->customer, 0, "Webinar");
  g_string_truncate (f->log, 0);
  waymark_document_rename (f->doc, webinar, "Podcast");
  assert_log (f, "property Podcast.label; changed");

  g_assert_true (waymark_document_undo (f->doc));
  assert_log (f, "property Webinar.label; changed");

  /* An equal name changes nothing and says nothing. */
  waymark_document_rename (f->doc, f->attract, "Discover");
  assert_log (f, "");
}

static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  WaymarkStage *middle;

  /* A new stage between two: inserted, and the handoffs follow. */
  middle = waymark_document_add_stage (f->doc, 1, "Middle");
  g_assert_nonnull (middle);
  g_assert_true (g_str_has_prefix (f->log->str, "inserted Middle at 1; "));
  g_assert_true (g_str_has_suffix (f->log->str, "changed"));
  g_string_truncate (f->log, 0);

  waymark_document_reorder (f->doc, f->sales, 0);
  assert_log (f, "removed Sales at 1; inserted Sales at 0; changed");
  g_assert_true (waymark_document_undo (f->doc));
  assert_log (f, "removed Sales at 0; inserted Sales at 1; changed");

  /* A role leaves with its cells. */
  waymark_document_set_raci (f->doc, WAYMARK_ITEM (f->attract), f->marketing,
                             WAYMARK_RACI_ACCOUNTABLE);
  g_string_truncate (f->log, 0);
  waymark_document_remove (f->doc, f->marketing);
  assert_log (f, "cell Attract/Marketing (list); removed Marketing at 0; changed");
  g_assert_true (waymark_document_undo (f->doc));
  assert_log (f, "inserted Marketing at 0; cell Attract/Marketing (list); changed");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/change/move", Fixture, NULL, fixture_set_up, test_move, fixture_tear_down);
  g_test_add ("/change/after-the-edit", Fixture, NULL,
              fixture_set_up, test_after_the_edit, fixture_tear_down);
  g_test_add ("/change/raci", Fixture, NULL, fixture_set_up, test_raci, fixture_tear_down);
  g_test_add ("/change/rename", Fixture, NULL, fixture_set_up, test_rename, fixture_tear_down);
  g_test_add ("/change/lists", Fixture, NULL, fixture_set_up, test_lists, fixture_tear_down);

  return g_test_run ();
}

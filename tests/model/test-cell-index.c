/* test-cell-index.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "waymark-document.h"
#include "waymark-model-private.h"

/* The touchpoints of each cell of the map as a list that follows every
 * edit, undo and redo, and the counts per stage. */

typedef struct
{
  WaymarkDocument *doc;
  WaymarkJourney  *journey;
  WaymarkStage    *attract;
  WaymarkStage    *capture;
  WaymarkLane     *customer;
  WaymarkLane     *sales;
} Fixture;

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
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->doc);
}

/* The titles of a cell, "A|B|C". */
static char *
dup_titles (GListModel *cell)
{
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (cell); i++)
    {
      g_autoptr(WaymarkTouchpoint) tp = g_list_model_get_item (cell, i);

      g_string_append_printf (str, "%s%s", i ? "|" : "", waymark_touchpoint_get_title (tp));
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

#define assert_titles(cell, expected) \
  G_STMT_START { \
    g_autofree char *_titles = dup_titles (cell); \
    g_assert_cmpstr (_titles, ==, expected); \
  } G_STMT_END

static void
count_changes_cb (GListModel *cell,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_changes)
{
  (*n_changes)++;
}

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  GListModel *cell = waymark_journey_get_cell (f->journey, f->attract, f->customer);

  waymark_document_add_touchpoint (f->doc, f->attract, f->customer, 0, "Second");
  waymark_document_add_touchpoint (f->doc, f->attract, f->customer, 0, "First");
  waymark_document_add_touchpoint (f->doc, f->attract, f->customer, 99, "Last");
  waymark_document_add_touchpoint (f->doc, f->attract, f->sales, 0, "Elsewhere");

  /* The same list every time, in order. */
  g_assert_true (cell == waymark_journey_get_cell (f->journey, f->attract, f->customer));
  assert_titles (cell, "First|Second|Last");
  assert_titles (waymark_journey_get_cell (f->journey, f->attract, f->sales), "Elsewhere");
  assert_titles (waymark_journey_get_cell (f->journey, f->capture, f->customer), "");
  g_assert_cmpuint (waymark_journey_count_touchpoints_in_stage (f->journey, f->attract), ==, 4);
  g_assert_cmpuint (waymark_journey_count_touchpoints_in_stage (f->journey, f->capture), ==, 0);
}

static void
test_live (Fixture       *f,
           gconstpointer  data)
{
  GListModel *source = waymark_journey_get_cell (f->journey, f->attract, f->customer);
  GListModel *target = waymark_journey_get_cell (f->journey, f->capture, f->sales);
  WaymarkTouchpoint *tp;
  guint source_changes = 0, target_changes = 0;

  g_signal_connect (source, "items-changed", G_CALLBACK (count_changes_cb), &source_changes);
  g_signal_connect (target, "items-changed", G_CALLBACK (count_changes_cb), &target_changes);

  waymark_document_add_touchpoint (f->doc, f->attract, f->customer, 0, "A");
  tp = waymark_document_add_touchpoint (f->doc, f->attract, f->customer, 1, "B");
  waymark_document_add_touchpoint (f->doc, f->attract, f->customer, 2, "C");
  waymark_document_add_touchpoint (f->doc, f->capture, f->sales, 0, "D");
  assert_titles (source, "A|B|C");
  assert_titles (target, "D");
  g_assert_cmpuint (source_changes, >, 0);

  /* A move leaves one cell and enters the other. */
  source_changes = target_changes = 0;
  waymark_document_move_touchpoint (f->doc, tp, f->capture, f->sales, 1);
  assert_titles (source, "A|C");
  assert_titles (target, "D|B");
  g_assert_cmpuint (source_changes, >, 0);
  g_assert_cmpuint (target_changes, >, 0);
  g_assert_cmpuint (waymark_journey_count_touchpoints_in_stage (f->journey, f->attract), ==, 2);
  g_assert_cmpuint (waymark_journey_count_touchpoints_in_stage (f->journey, f->capture), ==, 2);

  /* Within a cell. */
  waymark_document_move_touchpoint (f->doc, tp, f->capture, f->sales, 0);
  assert_titles (target, "B|D");

  /* Undo and redo. */
  g_assert_true (waymark_document_undo (f->doc));
  assert_titles (target, "D|B");
  g_assert_true (waymark_document_undo (f->doc));
  assert_titles (source, "A|B|C");
  assert_titles (target, "D");
  g_assert_cmpuint (waymark_journey_count_touchpoints_in_stage (f->journey, f->attract), ==, 3);
  g_assert_true (waymark_document_redo (f->doc));
  assert_titles (source, "A|C");
  assert_titles (target, "D|B");

  /* Removing one closes the gap; undo puts it back where it was. */
  {
    g_autoptr(WaymarkTouchpoint) first = g_list_model_get_item (source, 0);

    waymark_document_remove (f->doc, first);
  }
  assert_titles (source, "C");
  g_assert_true (waymark_document_undo (f->doc));
  assert_titles (source, "A|C");

  /* A lane takes its touchpoints with it. */
  waymark_document_remove (f->doc, f->sales);
  assert_titles (target, "");
  g_assert_cmpuint (waymark_journey_count_touchpoints_in_stage (f->journey, f->capture), ==, 0);
  g_assert_true (waymark_document_undo (f->doc));
  assert_titles (target, "D|B");
  g_assert_cmpuint (waymark_journey_count_touchpoints_in_stage (f->journey, f->capture), ==, 2);

  /* Renaming is no change of any cell. */
  source_changes = target_changes = 0;
  waymark_document_rename (f->doc, tp, "Bee");
  g_assert_cmpuint (source_changes + target_changes, ==, 0);
  assert_titles (target, "D|Bee");
}

/* Equal orders, as a file may have them, keep the order of the list. */
static void
test_ties (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  GListStore *touchpoints = G_LIST_STORE (waymark_journey_get_touchpoints (journey));
  const char *titles[] = { "One", "Two", "Three" };
  GListModel *cell;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(WaymarkTouchpoint) tp = waymark_touchpoint_new (NULL);

      waymark_touchpoint_set_title (tp, titles[i]);
      waymark_touchpoint_set_stage (tp, "s");
      waymark_touchpoint_set_lane (tp, "l");
      g_list_store_append (touchpoints, tp);
    }

  cell = waymark_cell_index_get_cell (waymark_journey_get_cell_index (journey), "s", "l");
  assert_titles (cell, "One|Two|Three");

  /* The last one moves to the front of the list, and of the cell. */
  {
    g_autoptr(WaymarkTouchpoint) three = g_list_model_get_item (G_LIST_MODEL (touchpoints), 2);

    g_list_store_remove (touchpoints, 2);
    g_list_store_insert (touchpoints, 0, three);
    assert_titles (cell, "Three|One|Two");

    /* A higher order sorts after the others. */
    waymark_touchpoint_set_order (three, 1);
    assert_titles (cell, "One|Two|Three");
  }

  g_assert_cmpuint (waymark_cell_index_count_in_stage (waymark_journey_get_cell_index (journey), "s"),
                    ==, 3);
  g_list_store_remove_all (touchpoints);
  assert_titles (cell, "");
  g_assert_cmpuint (waymark_cell_index_count_in_stage (waymark_journey_get_cell_index (journey), "s"),
                    ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cell-index/order", Fixture, NULL, fixture_set_up, test_order, fixture_tear_down);
  g_test_add ("/cell-index/live", Fixture, NULL, fixture_set_up, test_live, fixture_tear_down);
  g_test_add_func ("/cell-index/ties", test_ties);

  return g_test_run ();
}

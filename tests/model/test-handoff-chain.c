/* test-handoff-chain.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "waymark-document.h"
#include "waymark-reader.h"
#include "waymark-test-journey.h"
#include "waymark-writer.h"

/* Adding, removing and reordering stages keeps exactly one handoff between
 * each pair of neighbouring stages; the handoff a pair loses goes, with its
 * name, agreement and cells, to the pair that needs one. Each edit is one
 * undo step, undone to the very bytes of before and redone to those of
 * after. */


static char *
snapshot (WaymarkDocument *doc)
{
  g_autoptr(GBytes) bytes = waymark_writer_to_bytes (waymark_document_get_journey (doc));

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static gpointer
lookup (WaymarkDocument *doc,
        const char      *id)
{
  WaymarkItem *item = waymark_journey_lookup (waymark_document_get_journey (doc), id);

  g_assert_nonnull (item);

  return item;
}

/* "s-attract s-capture …": the stages in order. */
static char *
dup_stage_ids (WaymarkDocument *doc)
{
  GListModel *stages = waymark_journey_get_stages (waymark_document_get_journey (doc));
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(WaymarkItem) stage = g_list_model_get_item (stages, i);

      g_ptr_array_add (ids, (char *)waymark_item_get_id (stage));
    }
  g_ptr_array_add (ids, NULL);

  return g_strjoinv (" ", (char **)ids->pdata);
}

/* "h-attract-capture:s-attract>s-capture …": every handoff, in list
 * order. */
static char *
dup_handoffs (WaymarkDocument *doc)
{
  GListModel *handoffs = waymark_journey_get_handoffs (waymark_document_get_journey (doc));
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (handoffs); i++)
    {
      g_autoptr(WaymarkHandoff) h = g_list_model_get_item (handoffs, i);
      const char *id = waymark_item_get_id (WAYMARK_ITEM (h));

      g_string_append_printf (str, "%s%s:%s>%s",
                              i > 0 ? " " : "",
                              g_uuid_string_is_valid (id) ? "new" : id,
                              waymark_handoff_get_from (h),
                              waymark_handoff_get_to (h));
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static guint
count_cells (WaymarkDocument *doc,
             const char      *row_id)
{
  GListModel *list = waymark_journey_get_accountability (waymark_document_get_journey (doc));
  guint count = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(WaymarkAssignment) a = g_list_model_get_item (list, i);

      count += g_strcmp0 (waymark_assignment_get_row (a), row_id) == 0;
    }

  return count;
}

/* Exactly one handoff between each pair of neighbours, and (the example
 * has no handoff that leads back) none between other stages. */
static void
assert_chain (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  GListModel *stages = waymark_journey_get_stages (j);
  GListModel *handoffs = waymark_journey_get_handoffs (j);
  guint n_stages = g_list_model_get_n_items (stages);

  g_assert_cmpuint (g_list_model_get_n_items (handoffs), ==, n_stages > 0 ? n_stages - 1 : 0);

  for (guint i = 0; i < g_list_model_get_n_items (handoffs); i++)
    {
      g_autoptr(WaymarkHandoff) h = g_list_model_get_item (handoffs, i);
      guint from = G_MAXUINT, to = G_MAXUINT;

      for (guint k = 0; k < n_stages; k++)
        {
          g_autoptr(WaymarkItem) stage = g_list_model_get_item (stages, k);

          if (g_str_equal (waymark_item_get_id (stage), waymark_handoff_get_from (h)))
            from = k;
          if (g_str_equal (waymark_item_get_id (stage), waymark_handoff_get_to (h)))
            to = k;
        }
      g_assert_cmpuint (from, <, n_stages);
      g_assert_cmpuint (to, ==, from + 1);
    }
}

/* Runs @edit as one undo step and checks undo and redo byte for byte;
 * leaves the document as the edit left it. */
static void
assert_one_step (WaymarkDocument *doc,
                 void           (*edit) (WaymarkDocument *doc, gpointer data),
                 gpointer         data)
{
  g_autofree char *before = snapshot (doc);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  gboolean could_undo = waymark_document_get_can_undo (doc);

  edit (doc, data);
  after = snapshot (doc);
  g_assert_cmpstr (after, !=, before);

  g_assert_true (waymark_document_undo (doc));
  undone = snapshot (doc);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (waymark_document_get_can_undo (doc) == could_undo);

  g_assert_true (waymark_document_redo (doc));
  redone = snapshot (doc);
  g_assert_cmpstr (redone, ==, after);
  g_assert_false (waymark_document_get_can_redo (doc));

  /* What the edit left loads again. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new (after, strlen (after));
    g_autoptr(GError) error = NULL;
    g_autoptr(WaymarkJourney) read = waymark_reader_load_bytes (bytes, "doc.waymark", &error);

    g_assert_no_error (error);
  }
}

typedef struct
{
  const char *stage;
  guint       position;
} Move;

static void
reorder (WaymarkDocument *doc,
         gpointer         data)
{
  const Move *move = data;

  waymark_document_reorder (doc, lookup (doc, move->stage), move->position);
}

static void
test_reorder_last_to_first (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
  Move move = { "s-expand", 0 };
  g_autofree char *stages = NULL;
  g_autofree char *handoffs = NULL;

  assert_one_step (doc, reorder, &move);

  stages = dup_stage_ids (doc);
  g_assert_cmpstr (stages, ==, "s-expand s-attract s-capture s-nurture s-convert");
  /* Convert → Expand is the only pair that parted, Expand → Attract the
   * only one that met: the one handoff goes to the other, cells and all. */
  handoffs = dup_handoffs (doc);
  g_assert_cmpstr (handoffs, ==,
                   "h-attract-capture:s-attract>s-capture "
                   "h-capture-nurture:s-capture>s-nurture "
                   "h-nurture-convert:s-nurture>s-convert "
                   "h-convert-expand:s-expand>s-attract");
  g_assert_cmpuint (count_cells (doc, "h-convert-expand"), ==, 2);
  assert_chain (doc);
}

static void
test_reorder_down_one (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
  Move move = { "s-nurture", 3 };
  WaymarkHandoff *mql;
  g_autofree char *stages = NULL;
  g_autofree char *handoffs = NULL;

  assert_one_step (doc, reorder, &move);

  stages = dup_stage_ids (doc);
  g_assert_cmpstr (stages, ==, "s-attract s-capture s-convert s-nurture s-expand");
  /* Each stage keeps the handoff that leaves it, as it stays under the
   * stage in the matrix. */
  handoffs = dup_handoffs (doc);
  g_assert_cmpstr (handoffs, ==,
                   "h-attract-capture:s-attract>s-capture "
                   "h-capture-nurture:s-capture>s-convert "
                   "h-nurture-convert:s-nurture>s-expand "
                   "h-convert-expand:s-convert>s-nurture");
  mql = lookup (doc, "h-nurture-convert");
  g_assert_cmpstr (waymark_handoff_get_name (mql), ==, "MQL to SQL");
  g_assert_cmpstr (waymark_handoff_get_agreement (mql), ==,
                   "Sales follows up every marketing qualified lead within one business day.");
  g_assert_cmpuint (count_cells (doc, "h-nurture-convert"), ==, 2);
  g_assert_cmpuint (count_cells (doc, "h-capture-nurture"), ==, 1);
  g_assert_cmpuint (count_cells (doc, "h-convert-expand"), ==, 2);
  assert_chain (doc);
}

static void
test_reorder_first_to_last (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
  Move move = { "s-attract", 4 };
  g_autofree char *handoffs = NULL;

  assert_one_step (doc, reorder, &move);

  handoffs = dup_handoffs (doc);
  g_assert_cmpstr (handoffs, ==,
                   "h-attract-capture:s-expand>s-attract "
                   "h-capture-nurture:s-capture>s-nurture "
                   "h-nurture-convert:s-nurture>s-convert "
                   "h-convert-expand:s-convert>s-expand");
  g_assert_cmpuint (count_cells (doc, "h-attract-capture"), ==, 1);
  assert_chain (doc);
}

static void
remove_stage (WaymarkDocument *doc,
              gpointer         data)
{
  waymark_document_remove (doc, lookup (doc, data));
}

static void
test_remove (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
  g_autofree char *handoffs = NULL;

  assert_one_step (doc, remove_stage, "s-convert");

  /* The handoff into Convert, with the agreement, now leads on to Expand;
   * the one that left Convert is gone with its cells. */
  handoffs = dup_handoffs (doc);
  g_assert_cmpstr (handoffs, ==,
                   "h-attract-capture:s-attract>s-capture "
                   "h-capture-nurture:s-capture>s-nurture "
                   "h-nurture-convert:s-nurture>s-expand");
  g_assert_cmpstr (waymark_handoff_get_agreement (lookup (doc, "h-nurture-convert")), ==,
                   "Sales follows up every marketing qualified lead within one business day.");
  g_assert_cmpuint (count_cells (doc, "h-nurture-convert"), ==, 2);
  g_assert_cmpuint (count_cells (doc, "h-convert-expand"), ==, 0);
  assert_chain (doc);
}

static void
add_stage (WaymarkDocument *doc,
           gpointer         data)
{
  waymark_document_add_stage (doc, GPOINTER_TO_UINT (data), "Qualify");
}

static void
test_add (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
  g_autofree char *handoffs = NULL;
  g_autofree char *stages = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(WaymarkStage) qualify = NULL;
  const char *id;

  assert_one_step (doc, add_stage, GUINT_TO_POINTER (3));

  qualify = g_list_model_get_item (waymark_journey_get_stages (waymark_document_get_journey (doc)), 3);
  id = waymark_item_get_id (WAYMARK_ITEM (qualify));
  /* Nurture keeps its handoff, now into the new stage; a new one leaves
   * the new stage. */
  handoffs = dup_handoffs (doc);
  expected = g_strdup_printf ("h-attract-capture:s-attract>s-capture "
                              "h-capture-nurture:s-capture>s-nurture "
                              "h-nurture-convert:s-nurture>%s "
                              "h-convert-expand:s-convert>s-expand "
                              "new:%s>s-convert", id, id);
  g_assert_cmpstr (handoffs, ==, expected);
  g_assert_cmpuint (count_cells (doc, "h-nurture-convert"), ==, 2);
  assert_chain (doc);
}

/* A handoff that leads back (Expand → Nurture) is not a link: moves of
 * other stages leave it alone, and when a move makes its stages
 * neighbours it becomes their link, and the pair's old link is not kept
 * beside it. */
static void
test_leading_back (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
  WaymarkHandoff *back;
  g_autofree char *back_id = NULL;
  g_autofree char *handoffs = NULL;
  g_autofree char *expected = NULL;
  Move swap = { "s-capture", 0 };
  Move up = { "s-expand", 2 };

  back = waymark_document_add_handoff (doc, lookup (doc, "s-expand"), lookup (doc, "s-nurture"));
  back_id = g_strdup (waymark_item_get_id (WAYMARK_ITEM (back)));
  waymark_document_set (doc, back, "agreement", "Upsell leads go back to nurture", NULL);

  assert_one_step (doc, reorder, &swap);
  handoffs = dup_handoffs (doc);
  g_assert_cmpstr (handoffs, ==,
                   "h-attract-capture:s-attract>s-nurture "
                   "h-capture-nurture:s-capture>s-attract "
                   "h-nurture-convert:s-nurture>s-convert "
                   "h-convert-expand:s-convert>s-expand "
                   "new:s-expand>s-nurture");
  g_clear_pointer (&handoffs, g_free);

  /* Capture Attract Expand Nurture Convert: Expand → Nurture is a pair of
   * neighbours now, and its handoff is theirs. */
  assert_one_step (doc, reorder, &up);
  handoffs = dup_handoffs (doc);
  expected = g_strdup ("h-attract-capture:s-attract>s-expand "
                       "h-capture-nurture:s-capture>s-attract "
                       "h-nurture-convert:s-nurture>s-convert "
                       "new:s-expand>s-nurture");
  g_assert_cmpstr (handoffs, ==, expected);
  g_assert_cmpstr (waymark_handoff_get_agreement (lookup (doc, back_id)), ==,
                   "Upsell leads go back to nurture");
  g_assert_null (waymark_journey_lookup (waymark_document_get_journey (doc), "h-convert-expand"));
  g_assert_cmpuint (count_cells (doc, "h-convert-expand"), ==, 0);
  assert_chain (doc);
}

/* Any mix of stage edits, undone and redone: the chain holds after each,
 * and undo gives back the very first bytes. */
static void
test_random (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autofree char *original = snapshot (doc);
  g_autofree char *final = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  GListModel *stages = waymark_journey_get_stages (waymark_document_get_journey (doc));
  guint steps = 0;

  for (guint i = 0; i < 400; i++)
    {
      guint n = g_list_model_get_n_items (stages);
      g_autoptr(WaymarkItem) stage = g_list_model_get_item (stages, g_rand_int_range (rand, 0, n));

      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0:
          waymark_document_add_stage (doc, g_rand_int_range (rand, 0, n + 1), "New");
          break;
        case 1:
          if (n > 2)
            waymark_document_remove (doc, stage);
          break;
        case 2:
          waymark_document_undo (doc);
          break;
        default:
          waymark_document_reorder (doc, stage, g_rand_int_range (rand, 0, n));
          break;
        }
      assert_chain (doc);
      if (g_test_failed ())
        return;
    }

  final = snapshot (doc);
  while (waymark_document_undo (doc))
    {
      assert_chain (doc);
      steps++;
    }
  undone = snapshot (doc);
  g_assert_cmpstr (undone, ==, original);

  for (guint i = 0; i < steps; i++)
    g_assert_true (waymark_document_redo (doc));
  redone = snapshot (doc);
  g_assert_cmpstr (redone, ==, final);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/handoff-chain/reorder/last-to-first", test_reorder_last_to_first);
  g_test_add_func ("/handoff-chain/reorder/down-one", test_reorder_down_one);
  g_test_add_func ("/handoff-chain/reorder/first-to-last", test_reorder_first_to_last);
  g_test_add_func ("/handoff-chain/remove", test_remove);
  g_test_add_func ("/handoff-chain/add", test_add);
  g_test_add_func ("/handoff-chain/leading-back", test_leading_back);
  g_test_add_func ("/handoff-chain/random", test_random);

  return g_test_run ();
}

/* test-document-random.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "waymark-csv.h"
#include "waymark-document.h"
#include "waymark-matrix.h"
#include "waymark-reader.h"
#include "waymark-templates.h"
#include "waymark-writer.h"

#include "waymark-document-test.h"

/* Random edits of every kind, from a fixed seed. */

typedef struct
{
  WaymarkDocument *doc;
  WaymarkJourney  *journey;
  GRand           *rand;
  guint            counter;
} Fuzz;

static gpointer
random_item (Fuzz       *f,
             GListModel *list)
{
  guint n = n_items (list);
  gpointer item;

  if (n == 0)
    return NULL;

  item = g_list_model_get_item (list, g_rand_int_range (f->rand, 0, n));
  g_object_unref (item);

  return item;
}

static const char *
random_id (Fuzz       *f,
           GListModel *list)
{
  WaymarkItem *item = random_item (f, list);

  return item ? waymark_item_get_id (item) : NULL;
}

static WaymarkStage *
random_stage (Fuzz *f)
{
  return random_item (f, waymark_journey_get_stages (f->journey));
}

static GListModel *
random_top_list (Fuzz *f)
{
  switch (g_rand_int_range (f->rand, 0, 9))
    {
    case 0: return waymark_journey_get_personas (f->journey);
    case 1: return waymark_journey_get_stages (f->journey);
    case 2: return waymark_journey_get_lanes (f->journey);
    case 3: return waymark_journey_get_channels (f->journey);
    case 4: return waymark_journey_get_touchpoints (f->journey);
    case 5: return waymark_journey_get_roles (f->journey);
    case 6: return waymark_journey_get_handoffs (f->journey);
    case 7: return waymark_journey_get_activities (f->journey);
    default: return waymark_journey_get_content (f->journey);
    }
}

static char *
random_name (Fuzz       *f,
             const char *prefix)
{
  static const char * const extras[] = { "", " “quoted”", ", comma", " \"q\"", " Grüße", "\n" };

  return g_strdup_printf ("%s %u%s", prefix, f->counter++,
                          extras[g_rand_int_range (f->rand, 0, G_N_ELEMENTS (extras))]);
}

/* Ids of a random subset of @list. */
static GStrv
random_ids (Fuzz       *f,
            GListModel *list)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < n_items (list); i++)
    if (g_rand_boolean (f->rand))
      g_strv_builder_add (builder, id_at (list, i));

  return g_strv_builder_end (builder);
}

static void
random_command (Fuzz *f)
{
  WaymarkDocument *doc = f->doc;
  WaymarkJourney *j = f->journey;
  g_autofree char *name = random_name (f, "N");
  WaymarkStage *stage;
  gpointer item;

  switch (g_rand_int_range (f->rand, 0, 32))
    {
    case 0:
      waymark_document_add_stage (doc, g_rand_int_range (f->rand, 0, 8), name);
      break;
    case 1:
      /* Keep a few stages to place things in. */
      if (n_items (waymark_journey_get_stages (j)) > 2 && (item = random_stage (f)))
        waymark_document_remove (doc, item);
      break;
    case 2:
    case 3:
      if ((item = random_item (f, random_top_list (f))))
        waymark_document_rename (doc, item, name);
      break;
    case 4:
      if ((item = random_item (f, random_top_list (f))))
        waymark_document_reorder (doc, item, g_rand_int_range (f->rand, 0, 12));
      break;
    case 5:
      waymark_document_add_lane (doc, g_rand_int_range (f->rand, 0, 6), name,
                                 g_rand_int_range (f->rand, 0, 3));
      break;
    case 6:
      waymark_document_add_role (doc, g_rand_int_range (f->rand, 0, 6), name);
      break;
    case 7:
      waymark_document_add_channel (doc, g_rand_int_range (f->rand, 0, 6), name);
      break;
    case 8:
      waymark_document_add_persona (doc, g_rand_int_range (f->rand, 0, 3), name);
      break;
    case 9:
      waymark_document_add_activity (doc, g_rand_int_range (f->rand, 0, 4), name,
                                     g_rand_boolean (f->rand) ? random_stage (f) : NULL);
      break;
    case 10:
      {
        WaymarkStage *from = random_stage (f);
        WaymarkStage *to = random_stage (f);

        if (from && to)
          waymark_document_add_handoff (doc, from, to);
      }
      break;
    case 11:
      {
        WaymarkContentItem *content = waymark_document_add_content_item (doc, 0, name);
        g_auto(GStrv) stages = random_ids (f, waymark_journey_get_stages (j));
        g_auto(GStrv) personas = random_ids (f, waymark_journey_get_personas (j));

        waymark_document_set (doc, content,
                              "stages", stages,
                              "personas", personas,
                              "url", g_rand_boolean (f->rand) ? "https://example.com" : NULL,
                              NULL);
      }
      break;
    case 12:
      if ((stage = random_stage (f)))
        waymark_document_add_metric (doc, stage, g_rand_int_range (f->rand, 0, 3), name);
      break;
    case 13:
      if ((stage = random_stage (f)))
        {
          WaymarkOutcome *outcome = waymark_document_add_outcome (doc, stage, 0, name);

          waymark_document_set (doc, outcome,
                                "next", random_id (f, waymark_journey_get_stages (j)),
                                "share", g_rand_int_range (f->rand, 0, 5) / 4.0,
                                NULL);
        }
      break;
    case 14:
      if ((stage = random_stage (f)) && (item = random_item (f, waymark_stage_get_metrics (stage))))
        {
          if (g_rand_boolean (f->rand))
            waymark_document_remove (doc, item);
          else
            waymark_document_set (doc, item,
                                  "value", (double)g_rand_int_range (f->rand, -2, 3) * 0.5,
                                  "unit", g_rand_boolean (f->rand) ? "%" : NULL,
                                  NULL);
        }
      break;
    case 15:
      if ((stage = random_stage (f)) && (item = random_item (f, waymark_stage_get_outcomes (stage))))
        waymark_document_remove (doc, item);
      break;
    case 16:
      if ((stage = random_stage (f)))
        waymark_document_add_question (doc, stage, g_rand_int_range (f->rand, 0, 6), name);
      break;
    case 17:
      if ((stage = random_stage (f)))
        {
          const char * const *questions = waymark_stage_get_questions (stage);
          guint n = questions ? g_strv_length ((char **)questions) : 0;

          if (n == 0)
            break;
          switch (g_rand_int_range (f->rand, 0, 3))
            {
            case 0:
              waymark_document_set_question (doc, stage, g_rand_int_range (f->rand, 0, n), name);
              break;
            case 1:
              waymark_document_remove_question (doc, stage, g_rand_int_range (f->rand, 0, n));
              break;
            default:
              waymark_document_move_question (doc, stage, g_rand_int_range (f->rand, 0, n),
                                              g_rand_int_range (f->rand, 0, n));
              break;
            }
        }
      break;
    case 18:
    case 19:
      {
        WaymarkStage *target = random_stage (f);
        WaymarkLane *lane = random_item (f, waymark_journey_get_lanes (j));

        if (target && lane)
          waymark_document_add_touchpoint (doc, target, lane,
                                           g_rand_int_range (f->rand, 0, 4), name);
      }
      break;
    case 20:
    case 21:
      {
        WaymarkTouchpoint *tp = random_item (f, waymark_journey_get_touchpoints (j));
        WaymarkStage *target = random_stage (f);
        WaymarkLane *lane = random_item (f, waymark_journey_get_lanes (j));

        if (tp && target && lane)
          waymark_document_move_touchpoint (doc, tp, target, lane,
                                            g_rand_int_range (f->rand, 0, 4));
      }
      break;
    case 22:
      {
        WaymarkTouchpoint *tp = random_item (f, waymark_journey_get_touchpoints (j));
        g_auto(GStrv) personas = random_ids (f, waymark_journey_get_personas (j));
        int emotion = g_rand_int_range (f->rand, -3, 3);

        if (tp)
          waymark_document_set (doc, tp,
                                "emotion", emotion == -3 ? WAYMARK_NO_EMOTION : emotion,
                                "channel", random_id (f, waymark_journey_get_channels (j)),
                                "personas", personas,
                                "kind", g_rand_int_range (f->rand, 0, 5),
                                NULL);
      }
      break;
    case 23:
    case 24:
    case 25:
      {
        g_autoptr(GPtrArray) rows = waymark_matrix_dup_rows (j);
        WaymarkRole *role = random_item (f, waymark_journey_get_roles (j));

        if (rows->len > 0 && role)
          waymark_document_set_raci (doc,
                                     g_ptr_array_index (rows, g_rand_int_range (f->rand, 0, rows->len)),
                                     role,
                                     g_rand_int_range (f->rand, 0, 16));
      }
      break;
    case 26:
    case 27:
      /* Remove anything but the last stages. */
      {
        GListModel *list = random_top_list (f);

        if (list == waymark_journey_get_stages (j) && n_items (list) <= 2)
          break;
        if ((item = random_item (f, list)))
          waymark_document_remove (doc, item);
      }
      break;
    case 28:
      /* A few commands as one. */
      waymark_document_begin_group (doc, "Group");
      for (guint i = g_rand_int_range (f->rand, 1, 4); i > 0; i--)
        random_command (f);
      waymark_document_end_group (doc);
      break;
    case 29:
      if (g_rand_boolean (f->rand))
        waymark_document_set (doc, j, "title", name, NULL);
      else if ((item = random_item (f, waymark_journey_get_handoffs (j))))
        waymark_document_set (doc, item, "agreement", name, "name", NULL, NULL);
      break;
    case 30:
      waymark_document_undo (doc);
      break;
    default:
      waymark_document_redo (doc);
      break;
    }
}

/* Every edit, undo and redo says what it changed before it says that it
 * changed. */
static void
on_fuzz_change_cb (WaymarkDocument     *doc,
                   const WaymarkChange *change,
                   guint               *n_changes)
{
  g_assert_nonnull (change->item);
  (*n_changes)++;
}

static void
on_fuzz_changed_cb (WaymarkDocument *doc,
                    guint           *n_changes)
{
  g_assert_cmpuint (*n_changes, >, 0);
  *n_changes = 0;
}

static void
run_fuzz (WaymarkJourney *journey,
          guint32         seed,
          guint           n_commands)
{
  g_autoptr(WaymarkDocument) doc = waymark_document_new (journey);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GBytes) original = snapshot (doc);
  g_autoptr(GBytes) final = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  Fuzz f = { doc, journey, rand, 0 };
  guint steps = 0;
  guint n_changes = 0;

  g_signal_connect (doc, "change", G_CALLBACK (on_fuzz_change_cb), &n_changes);
  g_signal_connect (doc, "changed", G_CALLBACK (on_fuzz_changed_cb), &n_changes);

  for (guint i = 0; i < n_commands; i++)
    {
      random_command (&f);
      if (i % 5 == 4)
        assert_index_matches_scan (journey);

      /* What the commands left must load. */
      if (i % 10 == 9)
        {
          assert_loads (doc);
          run_queries (doc);
        }
      if (g_test_failed ())
        {
          g_test_message ("seed %u: broken after command %u", seed, i);
          return;
        }
    }

  final = snapshot (doc);
  assert_loads (doc);
  assert_index_matches_scan (journey);

  while (waymark_document_undo (doc))
    steps++;
  undone = snapshot (doc);
  assert_same_bytes (undone, original);
  g_assert_false (waymark_document_get_dirty (doc));
  g_test_message ("seed %u: %u undo steps, %" G_GSIZE_FORMAT " bytes at the end",
                  seed, steps, g_bytes_get_size (final));
  g_assert_cmpuint (steps, >, n_commands / 4);

  for (guint i = 0; i < steps; i++)
    g_assert_true (waymark_document_redo (doc));
  redone = snapshot (doc);
  assert_same_bytes (redone, final);
}

static void
test_random_example (void)
{
  g_autoptr(WaymarkDocument) example = example_document ();

  run_fuzz (waymark_document_get_journey (example), 20260101, 1500);
}

static void
test_random_template (void)
{
  const char * const *ids = waymark_templates_get_ids ();

  for (guint i = 0; ids[i]; i++)
    {
      g_autoptr(WaymarkJourney) journey = waymark_templates_create (ids[i], NULL);

      g_test_message ("template %s", ids[i]);
      run_fuzz (journey, 7 + i, 1000);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/document/random/example", test_random_example);
  g_test_add_func ("/document/random/templates", test_random_template);

  return g_test_run ();
}

/* waymark-document-test.c
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

WaymarkDocument *
example_document (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert (journey != NULL);

  return waymark_document_new (journey);
}

GBytes *
snapshot (WaymarkDocument *doc)
{
  return waymark_writer_to_bytes (waymark_document_get_journey (doc));
}

char *
snapshot_text (WaymarkDocument *doc)
{
  g_autoptr(GBytes) bytes = snapshot (doc);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

void
assert_same_bytes (GBytes *actual,
                   GBytes *expected)
{
  if (!g_bytes_equal (actual, expected))
    {
      g_autofree char *a = g_strndup (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual));
      g_autofree char *e = g_strndup (g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

      g_assert_cmpstr (a, ==, e);
    }
}

/* What the document holds must pass every check of the loader and come
 * back the same. */
void
assert_loads (WaymarkDocument *doc)
{
  g_autoptr(GBytes) bytes = snapshot (doc);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) read = waymark_reader_load_bytes (bytes, "doc.waymark", &error);
  g_autoptr(GBytes) again = NULL;

  g_assert_no_error (error);
  if (read == NULL)
    return;

  again = waymark_writer_to_bytes (read);
  assert_same_bytes (again, bytes);
}

/* The queries the editor runs after each edit must work on whatever the
 * commands left. */
void
run_queries (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  g_autoptr(GPtrArray) rows = waymark_matrix_dup_rows (j);
  g_autoptr(GPtrArray) problems = waymark_matrix_dup_problems (j);
  g_autofree char *summary = waymark_matrix_dup_problem_summary (j, problems);
  g_autoptr(GBytes) csv = waymark_csv_export_matrix (j);
  g_autofree char *title = waymark_document_dup_title (doc);

  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *row_title = waymark_matrix_dup_row_title (j, g_ptr_array_index (rows, i));

      g_assert_nonnull (row_title);
    }
  g_assert_nonnull (summary);
  g_assert_nonnull (csv);
  g_assert_nonnull (title);
}

gpointer
lookup (WaymarkDocument *doc,
        const char      *id)
{
  WaymarkItem *item = waymark_journey_lookup (waymark_document_get_journey (doc), id);

  g_assert (item != NULL);

  return item;
}

guint
n_items (GListModel *list)
{
  return g_list_model_get_n_items (list);
}

const char *
id_at (GListModel *list,
       guint       position)
{
  g_autoptr(WaymarkItem) item = g_list_model_get_item (list, position);

  /* The list keeps its reference. */
  return item ? waymark_item_get_id (item) : NULL;
}

gboolean
has_handoff (WaymarkJourney *journey,
             const char     *from,
             const char     *to)
{
  GListModel *handoffs = waymark_journey_get_handoffs (journey);

  for (guint i = 0; i < n_items (handoffs); i++)
    {
      g_autoptr(WaymarkHandoff) h = g_list_model_get_item (handoffs, i);

      if (g_str_equal (waymark_handoff_get_from (h), from) &&
          g_str_equal (waymark_handoff_get_to (h), to))
        return TRUE;
    }

  return FALSE;
}

/* Each pair of neighbouring stages has a handoff. */
void
assert_handoff_chain (WaymarkJourney *journey)
{
  GListModel *stages = waymark_journey_get_stages (journey);

  for (guint i = 0; i + 1 < n_items (stages); i++)
    g_assert_true (has_handoff (journey, id_at (stages, i), id_at (stages, i + 1)));
}

guint
count_rows (WaymarkJourney *journey,
            const char     *property,
            const char     *id)
{
  GListModel *list = waymark_journey_get_accountability (journey);
  guint count = 0;

  for (guint i = 0; i < n_items (list); i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (list, i);
      g_autofree char *value = NULL;

      g_object_get (a, property, &value, NULL);
      count += g_strcmp0 (value, id) == 0;
    }

  return count;
}

GListModel *
get_cell (WaymarkJourney *journey,
          const char     *stage,
          const char     *lane)
{
  return waymark_cell_index_get_cell (waymark_journey_get_cell_index (journey), stage, lane);
}

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  return waymark_touchpoint_get_order (*(WaymarkTouchpoint **)a) -
         waymark_touchpoint_get_order (*(WaymarkTouchpoint **)b);
}

/* The cell index against the slow way: every touchpoint of the cell, by
 * order, ties in list order (g_ptr_array_sort is stable); and the counts
 * per stage. */
void
assert_index_matches_scan (WaymarkJourney *journey)
{
  GListModel *stages = waymark_journey_get_stages (journey);
  GListModel *lanes = waymark_journey_get_lanes (journey);
  GListModel *touchpoints = waymark_journey_get_touchpoints (journey);

  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    {
      g_autoptr(WaymarkStage) stage = g_list_model_get_item (stages, s);
      guint in_stage = 0;

      for (guint l = 0; l < g_list_model_get_n_items (lanes); l++)
        {
          g_autoptr(WaymarkLane) lane = g_list_model_get_item (lanes, l);
          g_autoptr(GPtrArray) scan = g_ptr_array_new_with_free_func (g_object_unref);
          GListModel *cell = waymark_journey_get_cell (journey, stage, lane);

          for (guint i = 0; i < g_list_model_get_n_items (touchpoints); i++)
            {
              WaymarkTouchpoint *tp = g_list_model_get_item (touchpoints, i);

              if (g_str_equal (waymark_touchpoint_get_stage (tp), waymark_item_get_id (WAYMARK_ITEM (stage))) &&
                  g_str_equal (waymark_touchpoint_get_lane (tp), waymark_item_get_id (WAYMARK_ITEM (lane))))
                g_ptr_array_add (scan, tp);
              else
                g_object_unref (tp);
            }
          g_ptr_array_sort (scan, compare_order);

          g_assert_cmpuint (g_list_model_get_n_items (cell), ==, scan->len);
          for (guint i = 0; i < scan->len && i < g_list_model_get_n_items (cell); i++)
            {
              g_autoptr(WaymarkTouchpoint) tp = g_list_model_get_item (cell, i);

              g_assert_true (tp == g_ptr_array_index (scan, i));
            }
          in_stage += scan->len;
        }

      g_assert_cmpuint (waymark_journey_count_touchpoints_in_stage (journey, stage), ==, in_stage);
    }
}

void
assert_cell (WaymarkJourney     *journey,
             const char         *stage,
             const char         *lane,
             const char * const *ids)
{
  GListModel *cell = get_cell (journey, stage, lane);
  guint n = g_list_model_get_n_items (cell);

  g_assert_cmpuint (n, ==, g_strv_length ((char **)ids));
  for (guint i = 0; i < n && ids[i]; i++)
    {
      g_autoptr(WaymarkTouchpoint) tp = g_list_model_get_item (cell, i);

      if (ids[i][0] != '*')
        g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (tp)), ==, ids[i]);
      g_assert_cmpint (waymark_touchpoint_get_order (tp), ==, i);
    }
}

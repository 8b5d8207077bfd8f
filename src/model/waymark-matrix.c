/* waymark-matrix.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-matrix.h"

/* The accountability matrix, read from a journey: its rows in order, what
 * a row is called, the letters of a cell, and the rows that break the rule
 * of exactly one A and at least one R. */

/* The items of @list (activities or handoffs) under each stage, by the
 * stage id @get_stage gives: one pass, rather than one a stage. */
static GPtrArray **
dup_rows_by_stage (GListModel *list,
                   GHashTable *stage_index,
                   guint       n_stages,
                   const char *(*get_stage) (gpointer item))
{
  GPtrArray **buckets = g_new0 (GPtrArray *, n_stages);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      WaymarkItem *item = g_list_model_get_item (list, i);
      const char *stage_id = get_stage (item);
      gpointer position;

      if (g_hash_table_lookup_extended (stage_index, stage_id ? stage_id : "", NULL, &position))
        {
          guint s = GPOINTER_TO_UINT (position);

          if (buckets[s] == NULL)
            buckets[s] = g_ptr_array_new ();
          g_ptr_array_add (buckets[s], item);
        }
      else
        g_object_unref (item);
    }

  return buckets;
}

/* Moves the items of @bucket (owned references) to @rows. */
static void
take_bucket (GPtrArray *rows,
             GPtrArray *bucket)
{
  if (bucket == NULL)
    return;
  for (guint i = 0; i < bucket->len; i++)
    g_ptr_array_add (rows, g_ptr_array_index (bucket, i));
  g_ptr_array_unref (bucket);
}

static const char *
activity_stage (gpointer item)
{
  return waymark_activity_get_stage (item);
}

static const char *
handoff_from (gpointer item)
{
  return waymark_handoff_get_from (item);
}

/**
 * waymark_matrix_dup_rows:
 *
 * Each stage, its activities under it, then the handoffs that leave it;
 * activities of no stage come last. Linear in the number of items.
 *
 * Returns: (transfer container) (element-type WaymarkItem): the rows of the
 *   accountability matrix, in order
 */
GPtrArray *
waymark_matrix_dup_rows (WaymarkJourney *journey)
{
  g_autoptr(GHashTable) stage_index = NULL;
  g_autofree GPtrArray **activities = NULL;
  g_autofree GPtrArray **handoffs = NULL;
  GListModel *stages;
  GPtrArray *rows;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  stages = waymark_journey_get_stages (journey);
  n = g_list_model_get_n_items (stages);
  /* Stage id -> position (the journey keeps the ids alive); the first of
   * two stages with one id wins. */
  stage_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkItem) stage = g_list_model_get_item (stages, i);
      const char *id = waymark_item_get_id (stage);

      if (!g_hash_table_contains (stage_index, id))
        g_hash_table_insert (stage_index, (char *)id, GUINT_TO_POINTER (i));
    }

  activities = dup_rows_by_stage (waymark_journey_get_activities (journey), stage_index, n,
                                  activity_stage);
  handoffs = dup_rows_by_stage (waymark_journey_get_handoffs (journey), stage_index, n,
                                handoff_from);

  rows = g_ptr_array_new_full (n * 3, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (rows, g_list_model_get_item (stages, i));
      take_bucket (rows, activities[i]);
      take_bucket (rows, handoffs[i]);
    }

  n = g_list_model_get_n_items (waymark_journey_get_activities (journey));
  for (guint i = 0; i < n; i++)
    {
      WaymarkActivity *activity = g_list_model_get_item (waymark_journey_get_activities (journey), i);
      WaymarkItem *stage = waymark_journey_lookup (journey, waymark_activity_get_stage (activity));

      if (!WAYMARK_IS_STAGE (stage))
        g_ptr_array_add (rows, activity);
      else
        g_object_unref (activity);
    }

  return rows;
}

/**
 * waymark_matrix_dup_row_title:
 *
 * Returns: (transfer full): the name a row of the matrix shows: a handoff
 *   with no name reads "Attract → Capture"
 */
char *
waymark_matrix_dup_row_title (WaymarkJourney *journey,
                               WaymarkItem    *row)
{
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (WAYMARK_IS_ITEM (row), NULL);

  if (WAYMARK_IS_HANDOFF (row) && waymark_handoff_get_name (WAYMARK_HANDOFF (row))[0] == '\0')
    {
      WaymarkHandoff *handoff = WAYMARK_HANDOFF (row);
      WaymarkItem *from = waymark_journey_lookup (journey, waymark_handoff_get_from (handoff));
      WaymarkItem *to = waymark_journey_lookup (journey, waymark_handoff_get_to (handoff));

      /* Translators: a handoff from one stage to the next, "Attract → Capture" */
      return g_strdup_printf (_("%s → %s"),
                              from ? waymark_item_get_label (from) : "?",
                              to ? waymark_item_get_label (to) : "?");
    }

  return g_strdup (waymark_item_get_label (row));
}

/**
 * waymark_matrix_find_assignment:
 *
 * Returns: (transfer none) (nullable): the assignment of one cell
 */
WaymarkAssignment *
waymark_matrix_find_assignment (WaymarkJourney *journey,
                                 const char     *row_id,
                                 const char     *role_id)
{
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  n = g_list_model_get_n_items (waymark_journey_get_accountability (journey));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkAssignment) a = g_list_model_get_item (waymark_journey_get_accountability (journey), i);

      if (g_strcmp0 (waymark_assignment_get_row (a), row_id) == 0 &&
          g_strcmp0 (waymark_assignment_get_role (a), role_id) == 0)
        return a;
    }

  return NULL;
}

WaymarkRaci
waymark_matrix_get_raci (WaymarkJourney *journey,
                          const char     *row_id,
                          const char     *role_id)
{
  WaymarkAssignment *a;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), 0);

  a = waymark_matrix_find_assignment (journey, row_id, role_id);

  return a ? waymark_assignment_get_raci (a) : WAYMARK_RACI_NONE;
}

/* The key of one cell of the matrix in the RACI index. */
static char *
dup_cell_key (const char *row_id,
              const char *role_id)
{
  return g_strconcat (row_id, "\n", role_id, NULL);
}

/**
 * waymark_matrix_dup_raci_index:
 *
 * For drawing a whole matrix: one lookup a cell instead of a scan of the
 * assignments. Read it with waymark_matrix_lookup_raci().
 *
 * Returns: (transfer container): the letters of every cell
 */
GHashTable *
waymark_matrix_dup_raci_index (WaymarkJourney *journey)
{
  GHashTable *index;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = g_list_model_get_n_items (waymark_journey_get_accountability (journey));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkAssignment) a = g_list_model_get_item (waymark_journey_get_accountability (journey), i);
      char *key = dup_cell_key (waymark_assignment_get_row (a),
                                waymark_assignment_get_role (a));

      /* The first assignment of a cell wins, as in find_assignment(). */
      if (!g_hash_table_contains (index, key))
        g_hash_table_insert (index, key, GUINT_TO_POINTER (waymark_assignment_get_raci (a)));
      else
        g_free (key);
    }

  return index;
}

WaymarkRaci
waymark_matrix_lookup_raci (GHashTable *raci_index,
                             const char *row_id,
                             const char *role_id)
{
  g_autofree char *key = dup_cell_key (row_id, role_id);

  return GPOINTER_TO_UINT (g_hash_table_lookup (raci_index, key));
}

void
waymark_problem_free (WaymarkProblem *problem)
{
  g_clear_object (&problem->row);
  g_free (problem->message);
  g_free (problem);
}

/**
 * waymark_matrix_dup_row_name:
 *
 * Returns: (transfer full): a row of the matrix as a message names it:
 *   "Stage “Convert”", "Handoff “Nurture → Convert”"
 */
char *
waymark_matrix_dup_row_name (WaymarkJourney *journey,
                             WaymarkItem    *row)
{
  g_autofree char *title = waymark_matrix_dup_row_title (journey, row);

  /* Translators: these start a warning about one row of the matrix */
  if (WAYMARK_IS_STAGE (row))
    return g_strdup_printf (_("Stage “%s”"), title);
  else if (WAYMARK_IS_HANDOFF (row))
    return g_strdup_printf (_("Handoff “%s”"), title);
  else
    return g_strdup_printf (_("Activity “%s”"), title);
}

static char *
problem_message (WaymarkJourney      *journey,
                 WaymarkItem         *row,
                 WaymarkProblemFlags  flags,
                 guint                n_accountable)
{
  g_autofree char *name = waymark_matrix_dup_row_name (journey, row);
  g_autoptr(GString) str = g_string_new (name);

  g_string_append (str, ": ");

  if (flags & WAYMARK_PROBLEM_NO_ACCOUNTABLE)
    g_string_append (str, _("no one is accountable"));
  else if (flags & WAYMARK_PROBLEM_MANY_ACCOUNTABLE)
    g_string_append_printf (str,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u role is accountable, only one may be",
                                         "%u roles are accountable, only one may be",
                                         n_accountable),
                            n_accountable);

  if (flags & WAYMARK_PROBLEM_NO_RESPONSIBLE)
    {
      if (flags & (WAYMARK_PROBLEM_NO_ACCOUNTABLE | WAYMARK_PROBLEM_MANY_ACCOUNTABLE))
        g_string_append (str, _(", and no one is responsible"));
      else
        g_string_append (str, _("no one is responsible"));
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/**
 * waymark_matrix_dup_problems:
 *
 * Roles that no longer exist are not counted.
 *
 * Returns: (transfer container) (element-type WaymarkProblem): one entry
 *   per row that has no A, more than one A, or no R, in matrix order
 */
GPtrArray *
waymark_matrix_dup_problems (WaymarkJourney *journey)
{
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  rows = waymark_matrix_dup_rows (journey);

  return waymark_matrix_dup_problems_of_rows (journey, rows);
}

/**
 * waymark_matrix_dup_problems_of_rows:
 * @rows: (element-type WaymarkItem): from waymark_matrix_dup_rows()
 *
 * waymark_matrix_dup_problems() for a caller that has the rows already.
 *
 * Returns: (transfer container) (element-type WaymarkProblem): one entry
 *   per row of @rows that has no A, more than one A, or no R, in order
 */
GPtrArray *
waymark_matrix_dup_problems_of_rows (WaymarkJourney *journey,
                                     GPtrArray      *rows)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GHashTable) seen = NULL;
  GPtrArray *problems;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (rows != NULL, NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify)waymark_problem_free);

  /* row id -> packed counts: low 16 bits the A's, high bits the R's; a cell
   * listed twice counts once, by its first entry, as everywhere else. */
  counts = g_hash_table_new (g_str_hash, g_str_equal);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  n = g_list_model_get_n_items (waymark_journey_get_accountability (journey));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkAssignment) a = g_list_model_get_item (waymark_journey_get_accountability (journey), i);
      const char *row_id = waymark_assignment_get_row (a);
      WaymarkRaci raci = waymark_assignment_get_raci (a);
      guint count;

      if (!WAYMARK_IS_ROLE (waymark_journey_lookup (journey, waymark_assignment_get_role (a))) ||
          !g_hash_table_add (seen, dup_cell_key (row_id, waymark_assignment_get_role (a))))
        continue;

      count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, row_id));
      if ((raci & WAYMARK_RACI_ACCOUNTABLE) && (count & 0xffff) < 0xffff)
        count += 1;
      if ((raci & WAYMARK_RACI_RESPONSIBLE) && (count >> 16) < 0xffff)
        count += 1 << 16;
      g_hash_table_insert (counts, (char *)row_id, GUINT_TO_POINTER (count));
    }

  for (guint i = 0; i < rows->len; i++)
    {
      WaymarkItem *row = g_ptr_array_index (rows, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, waymark_item_get_id (row)));
      guint n_accountable = count & 0xffff;
      guint n_responsible = count >> 16;
      WaymarkProblemFlags flags = 0;
      WaymarkProblem *problem;

      if (n_accountable == 0)
        flags |= WAYMARK_PROBLEM_NO_ACCOUNTABLE;
      else if (n_accountable > 1)
        flags |= WAYMARK_PROBLEM_MANY_ACCOUNTABLE;
      if (n_responsible == 0)
        flags |= WAYMARK_PROBLEM_NO_RESPONSIBLE;

      if (flags == 0)
        continue;

      problem = g_new0 (WaymarkProblem, 1);
      problem->row = g_object_ref (row);
      problem->flags = flags;
      problem->message = problem_message (journey, row, flags, n_accountable);
      g_ptr_array_add (problems, problem);
    }

  return problems;
}

/**
 * waymark_matrix_dup_problem_summary:
 * @problems: (element-type WaymarkProblem): from waymark_matrix_dup_problems()
 *
 * Returns: (transfer full): one line such as "2 rows have no one accountable
 *   · 1 row has no one responsible"
 */
char *
waymark_matrix_dup_problem_summary (WaymarkJourney *journey,
                                     GPtrArray      *problems)
{
  guint no_a = 0, many_a = 0, no_r = 0;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      WaymarkProblem *problem = g_ptr_array_index (problems, i);

      no_a += !!(problem->flags & WAYMARK_PROBLEM_NO_ACCOUNTABLE);
      many_a += !!(problem->flags & WAYMARK_PROBLEM_MANY_ACCOUNTABLE);
      no_r += !!(problem->flags & WAYMARK_PROBLEM_NO_RESPONSIBLE);
    }

  if (problems->len == 0)
    return g_strdup (_("Every row has one role accountable and at least one responsible"));

  if (no_a > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u row has no one accountable",
                                                          "%u rows have no one accountable",
                                                          no_a), no_a));
  if (many_a > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u row has more than one accountable",
                                                          "%u rows have more than one accountable",
                                                          many_a), many_a));
  if (no_r > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u row has no one responsible",
                                                          "%u rows have no one responsible",
                                                          no_r), no_r));
  g_ptr_array_add (parts, NULL);

  /* Translators: joins the parts of a summary line of the matrix, "2 rows
   * have no one accountable · 1 row has no one responsible" */
  return g_strjoinv (_(" · "), (char **)parts->pdata);
}

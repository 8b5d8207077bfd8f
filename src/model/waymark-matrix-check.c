/* waymark-matrix-check.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-matrix-check.h"

/* What the matrix editor, the paper and `waymark check` say about a
 * journey's accountability matrix, computed at once: the problems of each
 * row (no A, more than one A, no R: the rule), the hints beside them (a
 * handoff with no agreement, a row with more than three R's, a role that
 * is accountable for more than half of the rows) and each role's
 * workload. A check is a picture of one moment: the matrix view makes a
 * new one after each change, at a cost linear in rows x roles. */

typedef struct
{
  WaymarkProblemFlags problems;
  WaymarkHintFlags    hints;
  guint               n_accountable;
  guint               n_responsible;
} RowInfo;

typedef struct
{
  guint n_responsible_or_accountable;
  guint n_accountable;
} RoleInfo;

struct _WaymarkMatrixCheck
{
  GObject         parent_instance;

  WaymarkJourney *journey;
  GPtrArray      *rows;       /* WaymarkItem, in matrix order */
  GPtrArray      *problems;   /* WaymarkProblem */
  GPtrArray      *hints;      /* WaymarkHint */
  GHashTable     *row_info;   /* WaymarkItem -> RowInfo */
  GHashTable     *role_info;  /* WaymarkRole -> RoleInfo */
  char           *summary;
  char           *hint_summary;
};

G_DEFINE_FINAL_TYPE (WaymarkMatrixCheck, waymark_matrix_check, G_TYPE_OBJECT)

static void
hint_free (WaymarkHint *hint)
{
  g_clear_object (&hint->item);
  g_free (hint->message);
  g_free (hint);
}

static void
add_hint (WaymarkMatrixCheck *self,
          gpointer            item,
          WaymarkHintFlags    flag,
          char               *message)
{
  WaymarkHint *hint = g_new0 (WaymarkHint, 1);

  hint->item = g_object_ref (item);
  hint->flag = flag;
  hint->message = message;
  g_ptr_array_add (self->hints, hint);
}

/* Translators: joins the parts of a summary line of the matrix, "3 handoffs
 * have no agreement text · 1 row has more than three responsible" */
#define SUMMARY_SEPARATOR _(" · ")

/* Adds one part of a summary line, "3 handoffs have no agreement text". */
static void G_GNUC_PRINTF (2, 3)
append_part (GString    *str,
             const char *format,
             ...)
{
  va_list args;

  if (str->len > 0)
    g_string_append (str, SUMMARY_SEPARATOR);

  va_start (args, format);
  g_string_append_vprintf (str, format, args);
  va_end (args);
}

static char *
build_hint_summary (GPtrArray *hints)
{
  g_autoptr(GString) str = g_string_new (NULL);
  guint counts[3] = { 0 };

  for (guint i = 0; i < hints->len; i++)
    {
      WaymarkHint *hint = g_ptr_array_index (hints, i);

      counts[g_bit_nth_lsf (hint->flag, -1)]++;
    }

  if (counts[0] > 0)
    append_part (str, g_dngettext (GETTEXT_PACKAGE,
                                   "%u handoff has no agreement text",
                                   "%u handoffs have no agreement text", counts[0]),
                 counts[0]);
  if (counts[1] > 0)
    append_part (str, g_dngettext (GETTEXT_PACKAGE,
                                   "%u row has more than three responsible",
                                   "%u rows have more than three responsible", counts[1]),
                 counts[1]);
  if (counts[2] > 0)
    append_part (str, g_dngettext (GETTEXT_PACKAGE,
                                   "%u role is accountable for more than half of the rows",
                                   "%u roles are accountable for more than half of the rows",
                                   counts[2]),
                 counts[2]);

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static void
count_cells (WaymarkMatrixCheck *self)
{
  g_autoptr(GHashTable) raci_index = waymark_matrix_dup_raci_index (self->journey);
  GListModel *roles = waymark_journey_get_roles (self->journey);
  guint n_roles = g_list_model_get_n_items (roles);

  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr(WaymarkRole) role = g_list_model_get_item (roles, r);

      g_hash_table_insert (self->role_info, g_object_ref (role), g_new0 (RoleInfo, 1));
    }

  for (guint i = 0; i < self->rows->len; i++)
    {
      WaymarkItem *row = g_ptr_array_index (self->rows, i);
      RowInfo *info = g_new0 (RowInfo, 1);

      for (guint r = 0; r < n_roles; r++)
        {
          g_autoptr(WaymarkRole) role = g_list_model_get_item (roles, r);
          RoleInfo *role_info = g_hash_table_lookup (self->role_info, role);
          WaymarkRaci raci = waymark_matrix_lookup_raci (raci_index,
                                                          waymark_item_get_id (row),
                                                          waymark_item_get_id (WAYMARK_ITEM (role)));

          info->n_accountable += !!(raci & WAYMARK_RACI_ACCOUNTABLE);
          info->n_responsible += !!(raci & WAYMARK_RACI_RESPONSIBLE);
          role_info->n_accountable += !!(raci & WAYMARK_RACI_ACCOUNTABLE);
          role_info->n_responsible_or_accountable +=
            !!(raci & (WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE));
        }

      g_hash_table_insert (self->row_info, g_object_ref (row), info);
    }
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

static void
find_row_hints (WaymarkMatrixCheck *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      WaymarkItem *row = g_ptr_array_index (self->rows, i);
      RowInfo *info = g_hash_table_lookup (self->row_info, row);
      g_autofree char *name = NULL;

      if (WAYMARK_IS_HANDOFF (row) && is_blank (waymark_handoff_get_agreement (WAYMARK_HANDOFF (row))))
        info->hints |= WAYMARK_HINT_NO_AGREEMENT;
      if (info->n_responsible > WAYMARK_MATRIX_CHECK_MAX_RESPONSIBLE)
        info->hints |= WAYMARK_HINT_MANY_RESPONSIBLE;

      if (info->hints == 0)
        continue;

      name = waymark_matrix_dup_row_name (self->journey, row);

      if (info->hints & WAYMARK_HINT_NO_AGREEMENT)
        /* Translators: a hint about one row of the matrix, "Handoff “Attract → Capture”: …" */
        add_hint (self, row, WAYMARK_HINT_NO_AGREEMENT,
                  g_strdup_printf (_("%s: no agreement text yet"), name));
      if (info->hints & WAYMARK_HINT_MANY_RESPONSIBLE)
        add_hint (self, row, WAYMARK_HINT_MANY_RESPONSIBLE,
                  g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%s: %u role is responsible, more than three",
                                                "%s: %u roles are responsible, more than three",
                                                info->n_responsible),
                                   name, info->n_responsible));
    }
}

static void
find_bottlenecks (WaymarkMatrixCheck *self)
{
  GListModel *roles = waymark_journey_get_roles (self->journey);
  guint n_rows = self->rows->len;

  for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
    {
      g_autoptr(WaymarkRole) role = g_list_model_get_item (roles, r);
      guint n_accountable = waymark_matrix_check_get_n_accountable (self, role);

      if (!waymark_matrix_check_is_bottleneck (self, role))
        continue;

      add_hint (self, role, WAYMARK_HINT_BOTTLENECK,
                /* Translators: a hint about a role, "Role “Sales” is accountable
                 * for 7 of 12 rows, more than half" */
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Role “%s” is accountable for %u of %u row, "
                                              "more than half",
                                              "Role “%s” is accountable for %u of %u rows, "
                                              "more than half",
                                              n_rows),
                                 waymark_role_get_name (role), n_accountable, n_rows));
    }
}

static void
waymark_matrix_check_dispose (GObject *object)
{
  WaymarkMatrixCheck *self = (WaymarkMatrixCheck *)object;

  g_clear_pointer (&self->hints, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->row_info, g_hash_table_unref);
  g_clear_pointer (&self->role_info, g_hash_table_unref);
  g_clear_object (&self->journey);

  G_OBJECT_CLASS (waymark_matrix_check_parent_class)->dispose (object);
}

static void
waymark_matrix_check_finalize (GObject *object)
{
  WaymarkMatrixCheck *self = (WaymarkMatrixCheck *)object;

  g_free (self->summary);
  g_free (self->hint_summary);

  G_OBJECT_CLASS (waymark_matrix_check_parent_class)->finalize (object);
}

static void
waymark_matrix_check_class_init (WaymarkMatrixCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_matrix_check_dispose;
  object_class->finalize = waymark_matrix_check_finalize;
}

static void
waymark_matrix_check_init (WaymarkMatrixCheck *self)
{
  self->hints = g_ptr_array_new_with_free_func ((GDestroyNotify)hint_free);
  self->row_info = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->role_info = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
}

/**
 * waymark_matrix_check_new:
 *
 * Returns: (transfer full): what is wrong with @journey's matrix, and what
 *   could be better, as it is now
 */
WaymarkMatrixCheck *
waymark_matrix_check_new (WaymarkJourney *journey)
{
  WaymarkMatrixCheck *self;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  self = g_object_new (WAYMARK_TYPE_MATRIX_CHECK, NULL);
  self->journey = g_object_ref (journey);
  self->rows = waymark_matrix_dup_rows (journey);
  /* The rule and its messages are the journey's, shared with the paper. */
  self->problems = waymark_matrix_dup_problems_of_rows (journey, self->rows);

  count_cells (self);

  for (guint i = 0; i < self->problems->len; i++)
    {
      WaymarkProblem *problem = g_ptr_array_index (self->problems, i);
      RowInfo *info = g_hash_table_lookup (self->row_info, problem->row);

      if (info != NULL)
        info->problems = problem->flags;
    }

  find_row_hints (self);
  find_bottlenecks (self);

  self->summary = self->problems->len > 0
                  ? waymark_matrix_dup_problem_summary (journey, self->problems)
                  : g_strdup ("");
  self->hint_summary = build_hint_summary (self->hints);

  return self;
}

/**
 * waymark_matrix_check_get_rows:
 *
 * Returns: (transfer none) (element-type WaymarkItem): the rows of the
 *   matrix, in order
 */
GPtrArray *
waymark_matrix_check_get_rows (WaymarkMatrixCheck *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), NULL);

  return self->rows;
}

/**
 * waymark_matrix_check_get_problems:
 *
 * Returns: (transfer none) (element-type WaymarkProblem): one entry per
 *   row that breaks the rule, in matrix order
 */
GPtrArray *
waymark_matrix_check_get_problems (WaymarkMatrixCheck *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), NULL);

  return self->problems;
}

/**
 * waymark_matrix_check_get_hints:
 *
 * Returns: (transfer none) (element-type WaymarkHint): the hints of the
 *   rows in matrix order, then those of the roles
 */
GPtrArray *
waymark_matrix_check_get_hints (WaymarkMatrixCheck *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), NULL);

  return self->hints;
}

/**
 * waymark_matrix_check_get_summary:
 *
 * Returns: one line, "2 rows have no one accountable · 1 row has no one
 *   responsible"; "" when no row has a problem
 */
const char *
waymark_matrix_check_get_summary (WaymarkMatrixCheck *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), NULL);

  return self->summary;
}

/**
 * waymark_matrix_check_get_hint_summary:
 *
 * Returns: one line, "3 handoffs have no agreement text"; "" when there is
 *   no hint
 */
const char *
waymark_matrix_check_get_hint_summary (WaymarkMatrixCheck *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), NULL);

  return self->hint_summary;
}

static RowInfo *
lookup_row (WaymarkMatrixCheck *self,
            WaymarkItem        *row)
{
  return g_hash_table_lookup (self->row_info, row);
}

WaymarkProblemFlags
waymark_matrix_check_get_row_problems (WaymarkMatrixCheck *self,
                                       WaymarkItem        *row)
{
  RowInfo *info;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), 0);

  info = lookup_row (self, row);

  return info ? info->problems : 0;
}

WaymarkHintFlags
waymark_matrix_check_get_row_hints (WaymarkMatrixCheck *self,
                                    WaymarkItem        *row)
{
  RowInfo *info;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), 0);

  info = lookup_row (self, row);

  return info ? info->hints : 0;
}

/**
 * waymark_matrix_check_dup_row_reasons:
 *
 * For a row header's tooltip: what is wrong with @row and what could be
 * better, a line each, problems first.
 *
 * Returns: (transfer full) (nullable): the reasons, or %NULL when there
 *   are none
 */
char *
waymark_matrix_check_dup_row_reasons (WaymarkMatrixCheck *self,
                                      WaymarkItem        *row)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  RowInfo *info;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), NULL);

  if (!(info = lookup_row (self, row)) || (info->problems == 0 && info->hints == 0))
    return NULL;

  if (info->problems & WAYMARK_PROBLEM_NO_ACCOUNTABLE)
    g_ptr_array_add (lines, g_strdup (_("No one is accountable: give one role the A")));
  if (info->problems & WAYMARK_PROBLEM_MANY_ACCOUNTABLE)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u role is accountable: only one may be",
                                                          "%u roles are accountable: only one may be",
                                                          info->n_accountable),
                                             info->n_accountable));
  if (info->problems & WAYMARK_PROBLEM_NO_RESPONSIBLE)
    g_ptr_array_add (lines, g_strdup (_("No one is responsible: give at least one role the R")));
  if (info->hints & WAYMARK_HINT_NO_AGREEMENT)
    g_ptr_array_add (lines, g_strdup (_("Hint: no agreement text yet")));
  if (info->hints & WAYMARK_HINT_MANY_RESPONSIBLE)
    g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "Hint: %u role is responsible, more than three",
                                                          "Hint: %u roles are responsible, more than three",
                                                          info->n_responsible),
                                             info->n_responsible));
  g_ptr_array_add (lines, NULL);

  return g_strjoinv ("\n", (char **)lines->pdata);
}

static RoleInfo *
lookup_role (WaymarkMatrixCheck *self,
             WaymarkRole        *role)
{
  return g_hash_table_lookup (self->role_info, role);
}

/**
 * waymark_matrix_check_get_workload:
 *
 * Returns: how many rows @role is responsible or accountable for
 */
guint
waymark_matrix_check_get_workload (WaymarkMatrixCheck *self,
                                   WaymarkRole        *role)
{
  RoleInfo *info;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), 0);

  info = lookup_role (self, role);

  return info ? info->n_responsible_or_accountable : 0;
}

guint
waymark_matrix_check_get_n_accountable (WaymarkMatrixCheck *self,
                                        WaymarkRole        *role)
{
  RoleInfo *info;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), 0);

  info = lookup_role (self, role);

  return info ? info->n_accountable : 0;
}

/**
 * waymark_matrix_check_is_bottleneck:
 *
 * Returns: whether @role is accountable for more than half of the rows,
 *   in a matrix of two roles or more
 */
gboolean
waymark_matrix_check_is_bottleneck (WaymarkMatrixCheck *self,
                                    WaymarkRole        *role)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), FALSE);

  /* With one role there is no one else to share the work. */
  if (g_hash_table_size (self->role_info) < 2)
    return FALSE;

  return 2 * waymark_matrix_check_get_n_accountable (self, role) > self->rows->len;
}

/**
 * waymark_matrix_check_dup_workload_line:
 *
 * Returns: (transfer full): @role's workload, "R or A in 5 of 12 rows", and
 *   " · a bottleneck: A in 7" when it is one
 */
char *
waymark_matrix_check_dup_workload_line (WaymarkMatrixCheck *self,
                                        WaymarkRole        *role)
{
  g_autoptr(GString) str = g_string_new (NULL);
  guint n_rows;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_CHECK (self), NULL);

  n_rows = self->rows->len;
  g_string_printf (str,
                   /* Translators: the workload of a role in the matrix */
                   g_dngettext (GETTEXT_PACKAGE,
                                "R or A in %u of %u row",
                                "R or A in %u of %u rows",
                                n_rows),
                   waymark_matrix_check_get_workload (self, role), n_rows);

  if (waymark_matrix_check_is_bottleneck (self, role))
    {
      g_string_append (str, SUMMARY_SEPARATOR);
      /* Translators: after the workload of a role that is accountable for
       * more than half of the rows */
      g_string_append_printf (str, _("a bottleneck: A in %u"),
                              waymark_matrix_check_get_n_accountable (self, role));
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* waymark-csv.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "waymark-csv.h"
#include "waymark-matrix.h"

/* A cell that begins with one of these is a formula to a spreadsheet (a
 * stage named "=1+1" would show 2, a role "=HYPERLINK(…)" a live link):
 * OWASP's advice is a leading apostrophe, which makes it text. */
#define FORMULA_STARTS "=+-@\t\r"

/* RFC 4180: a field with a comma, quote or line break is quoted, quotes
 * doubled; records end with CRLF. */
static void
append_field (GString    *out,
              const char *field,
              gboolean    first)
{
  gboolean formula = field[0] != '\0' && strchr (FORMULA_STARTS, field[0]) != NULL;

  if (!first)
    g_string_append_c (out, ',');

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      if (formula)
        g_string_append_c (out, '\'');
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = field; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * waymark_csv_begin:
 *
 * LibreOffice Calc and Excel read a CSV file as UTF-8 only when it starts
 * with the byte-order mark; without it umlauts and Thai come out garbled.
 *
 * Returns: (transfer full): a new CSV text, the byte-order mark in it
 */
GString *
waymark_csv_begin (void)
{
  return g_string_new ("\xef\xbb\xbf");
}

/**
 * waymark_csv_export_matrix:
 *
 * A header of the roles, then one record per row of the matrix with its
 * letters in each role's column.
 *
 * Returns: (transfer full): the accountability matrix as UTF-8 CSV
 */
GBytes *
waymark_csv_export_matrix (WaymarkJourney *journey)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) raci_index = NULL;
  GListModel *roles;
  GString *out;
  guint n_roles;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  out = waymark_csv_begin ();
  roles = waymark_journey_get_roles (journey);
  n_roles = g_list_model_get_n_items (roles);
  rows = waymark_matrix_dup_rows (journey);
  raci_index = waymark_matrix_dup_raci_index (journey);

  /* Translators: the header of the first column of the exported matrix */
  append_field (out, _("Row"), TRUE);
  for (guint j = 0; j < n_roles; j++)
    {
      g_autoptr(WaymarkRole) role = g_list_model_get_item (roles, j);

      append_field (out, waymark_role_get_name (role), FALSE);
    }
  g_string_append (out, "\r\n");

  for (guint i = 0; i < rows->len; i++)
    {
      WaymarkItem *row = g_ptr_array_index (rows, i);
      g_autofree char *title = waymark_matrix_dup_row_title (journey, row);

      append_field (out, title, TRUE);
      for (guint j = 0; j < n_roles; j++)
        {
          g_autoptr(WaymarkRole) role = g_list_model_get_item (roles, j);
          char letters[5];

          waymark_raci_to_string (waymark_matrix_lookup_raci (raci_index,
                                                               waymark_item_get_id (row),
                                                               waymark_item_get_id (WAYMARK_ITEM (role))),
                                  letters);
          append_field (out, letters, FALSE);
        }
      g_string_append (out, "\r\n");
    }

  return g_string_free_to_bytes (out);
}

/**
 * waymark_csv_append_record:
 * @out: the CSV text so far
 * @fields: (array length=n_fields): the fields of one record
 *
 * Appends one record, quoted as every CSV export of Waymark is, for the
 * exports that build their own tables.
 */
void
waymark_csv_append_record (GString            *out,
                           const char * const *fields,
                           guint               n_fields)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (fields != NULL || n_fields == 0);

  for (guint i = 0; i < n_fields; i++)
    append_field (out, fields[i] ? fields[i] : "", i == 0);
  g_string_append (out, "\r\n");
}

/* waymark-matrix-import.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "waymark-matrix.h"
#include "waymark-matrix-import.h"

/* A RACI grid from a spreadsheet onto a journey's matrix: what
 * `waymark import FILE matrix.csv` and a paste onto the Matrix view read.
 * The first record names the roles (its first field, the rows' column, is
 * not read); each further record names a row and gives its letters under
 * each role. Rows and roles are matched by name (a handoff also by "From →
 * To", as the CSV export writes it); letters may be written "RA", "A/R",
 * "A, R" or "ra". The separator is the one the first record uses most:
 * comma, semicolon (spreadsheets in locales with a decimal comma) or tab
 * (a paste). Everything is checked before anything changes: the caller
 * shows the mismatches, or applies all cells as one undo step. */

typedef struct
{
  WaymarkItem *row;
  WaymarkRole *role;
  WaymarkRaci  raci;
} Cell;

struct _WaymarkMatrixImport
{
  GArray    *cells;       /* Cell */
  GPtrArray *mismatches;  /* char *, NULL-terminated */
};

/* The formula guard of the CSV export, taken off again. */
#define FORMULA_STARTS "=+-@\t\r"

static char
detect_separator (const char *text,
                  const char *end)
{
  static const char candidates[] = { '\t', ';', ',' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  guint best = 0;

  for (const char *p = text; p < end && (quoted || (*p != '\n' && *p != '\r')); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted)
        for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
          counts[i] += *p == candidates[i];
    }

  for (guint i = 1; i < G_N_ELEMENTS (candidates); i++)
    if (counts[i] > counts[best])
      best = i;

  return counts[best] > 0 ? candidates[best] : ',';
}

static char *
finish_field (GString *field)
{
  char *text = g_string_free (field, FALSE);

  if (text[0] == '\'' && text[1] != '\0' && strchr (FORMULA_STARTS, text[1]) != NULL)
    memmove (text, text + 1, strlen (text));

  return g_strstrip (text);
}

/* RFC 4180 with @separator: quoted fields, doubled quotes, CRLF or LF.
 * Returns the records, each a GPtrArray of fields, with its line. */
static GPtrArray *
split_records (const char *text,
               const char *end,
               char        separator,
               GArray     *lines)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  GPtrArray *record = NULL;
  GString *field = NULL;
  gboolean quoted = FALSE;
  guint line = 1, record_line = 1;

  for (const char *p = text; ; p++)
    {
      gboolean at_end = p >= end;
      char c = at_end ? '\n' : *p;

      if (record == NULL)
        {
          record = g_ptr_array_new_with_free_func (g_free);
          field = g_string_new (NULL);
          record_line = line;
        }

      if (quoted && !at_end)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            {
              line += c == '\n';
              g_string_append_c (field, c);
            }
          continue;
        }
      quoted = FALSE;

      if (c == '"' && field->len == 0)
        quoted = TRUE;
      else if (c == separator)
        {
          g_ptr_array_add (record, finish_field (field));
          field = g_string_new (NULL);
        }
      else if (c == '\n')
        {
          g_ptr_array_add (record, finish_field (field));
          field = NULL;
          if (record->len == 1 && ((char *)g_ptr_array_index (record, 0))[0] == '\0')
            g_ptr_array_unref (record);
          else
            {
              g_ptr_array_add (records, record);
              g_array_append_val (lines, record_line);
            }
          record = NULL;
          line++;
        }
      else if (c != '\r')
        g_string_append_c (field, c);

      if (at_end)
        break;
    }

  if (field != NULL)
    g_string_free (field, TRUE);
  if (record != NULL)
    g_ptr_array_unref (record);

  return records;
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_str_equal (fa, fb);
}

/* Every name a row answers to: its title, and a named handoff's "From →
 * To" too. */
static void
add_row_names (GHashTable     *names,
               WaymarkJourney *journey,
               WaymarkItem    *row)
{
  g_autofree char *title = waymark_matrix_dup_row_title (journey, row);
  g_autofree char *key = g_utf8_casefold (title, -1);
  GPtrArray *matches;

  if (!(matches = g_hash_table_lookup (names, key)))
    {
      matches = g_ptr_array_new ();
      g_hash_table_insert (names, g_steal_pointer (&key), matches);
    }
  if (!g_ptr_array_find (matches, row, NULL))
    g_ptr_array_add (matches, row);

  if (WAYMARK_IS_HANDOFF (row) && waymark_handoff_get_name (WAYMARK_HANDOFF (row))[0] != '\0')
    {
      WaymarkHandoff *handoff = WAYMARK_HANDOFF (row);
      WaymarkItem *from = waymark_journey_lookup (journey, waymark_handoff_get_from (handoff));
      WaymarkItem *to = waymark_journey_lookup (journey, waymark_handoff_get_to (handoff));
      g_autofree char *pair = NULL;
      g_autofree char *pair_key = NULL;

      if (from == NULL || to == NULL)
        return;

      /* Translators: a handoff from one stage to the next, "Attract → Capture" */
      pair = g_strdup_printf (_("%s → %s"), waymark_item_get_label (from), waymark_item_get_label (to));
      pair_key = g_utf8_casefold (pair, -1);
      if (!(matches = g_hash_table_lookup (names, pair_key)))
        {
          matches = g_ptr_array_new ();
          g_hash_table_insert (names, g_steal_pointer (&pair_key), matches);
        }
      if (!g_ptr_array_find (matches, row, NULL))
        g_ptr_array_add (matches, row);
    }
}

/* "RA", "A/R", "A, R", "ra": the letters, in any order, with separators
 * between them. */
static gboolean
parse_letters (const char  *text,
               WaymarkRaci *raci)
{
  *raci = WAYMARK_RACI_NONE;

  for (const char *p = text; *p; p++)
    {
      switch (g_ascii_toupper (*p))
        {
        case 'R': *raci |= WAYMARK_RACI_RESPONSIBLE; break;
        case 'A': *raci |= WAYMARK_RACI_ACCOUNTABLE; break;
        case 'C': *raci |= WAYMARK_RACI_CONSULTED; break;
        case 'I': *raci |= WAYMARK_RACI_INFORMED; break;
        case '/': case ',': case ';': case ' ': case '+': case '&': case '\t': break;
        default: return FALSE;
        }
    }

  return TRUE;
}

static void G_GNUC_PRINTF (2, 3)
mismatch (WaymarkMatrixImport *self,
          const char          *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->mismatches, g_strdup_vprintf (format, args));
  va_end (args);
}

static GPtrArray *
match_roles (WaymarkMatrixImport *self,
             WaymarkJourney      *journey,
             GPtrArray           *header,
             guint                line)
{
  GListModel *roles = waymark_journey_get_roles (journey);
  GPtrArray *columns = g_ptr_array_new ();

  /* Column 0 names the rows. */
  g_ptr_array_add (columns, NULL);

  for (guint c = 1; c < header->len; c++)
    {
      const char *name = g_ptr_array_index (header, c);
      WaymarkRole *found = NULL;
      guint n_found = 0;

      for (guint r = 0; r < g_list_model_get_n_items (roles); r++)
        {
          g_autoptr(WaymarkRole) role = g_list_model_get_item (roles, r);

          if (same_name (waymark_role_get_name (role), name))
            {
              found = role;
              n_found++;
            }
        }

      if (name[0] == '\0')
        found = NULL;
      else if (n_found == 0)
        /* Translators: a mismatch of an import: line, the column's name */
        mismatch (self, _("line %u: no role is named “%s”"), line, name);
      else if (n_found > 1)
        mismatch (self, _("line %u: %u roles are named “%s”"), line, n_found, name);

      g_ptr_array_add (columns, n_found == 1 ? found : NULL);
    }

  return columns;
}

/**
 * waymark_matrix_import_parse:
 * @text: the CSV or tab-separated text, UTF-8, with or without a
 *   byte-order mark
 *
 * Returns: (transfer full): what @text would set, and what in it does not
 *   match @journey; never %NULL
 */
WaymarkMatrixImport *
waymark_matrix_import_parse (WaymarkJourney *journey,
                             const char     *text,
                             gsize           len)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  WaymarkMatrixImport *self;
  const char *end;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (text != NULL || len == 0, NULL);

  self = g_new0 (WaymarkMatrixImport, 1);
  self->cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  self->mismatches = g_ptr_array_new_null_terminated (0, g_free, TRUE);

  if (!g_utf8_validate_len (text, len, NULL))
    {
      mismatch (self, "%s", _("the text is not UTF-8"));
      return self;
    }
  if (len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    {
      text += 3;
      len -= 3;
    }
  end = text + len;

  records = split_records (text, end, detect_separator (text, end), lines);
  if (records->len < 1)
    {
      mismatch (self, "%s", _("there is no header of roles"));
      return self;
    }

  columns = match_roles (self, journey, g_ptr_array_index (records, 0),
                         g_array_index (lines, guint, 0));

  rows = waymark_matrix_dup_rows (journey);
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                 (GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < rows->len; i++)
    add_row_names (names, journey, g_ptr_array_index (rows, i));

  for (guint i = 1; i < records->len; i++)
    {
      GPtrArray *record = g_ptr_array_index (records, i);
      guint line = g_array_index (lines, guint, i);
      const char *name = g_ptr_array_index (record, 0);
      g_autofree char *key = g_utf8_casefold (name, -1);
      GPtrArray *matches = g_hash_table_lookup (names, key);
      WaymarkItem *row;

      if (matches == NULL)
        {
          mismatch (self, _("line %u: no row is named “%s”"), line, name);
          continue;
        }
      if (matches->len > 1)
        {
          mismatch (self, _("line %u: %u rows are named “%s”"), line, matches->len, name);
          continue;
        }
      row = g_ptr_array_index (matches, 0);

      if (record->len > columns->len)
        mismatch (self, _("line %u: %u fields, more than the header’s %u"),
                  line, record->len, columns->len);

      for (guint c = 1; c < MIN (record->len, columns->len); c++)
        {
          const char *letters = g_ptr_array_index (record, c);
          WaymarkRole *role = g_ptr_array_index (columns, c);
          Cell cell = { row, role, 0 };

          if (role == NULL)
            continue;
          if (!parse_letters (letters, &cell.raci))
            {
              mismatch (self, _("line %u, role “%s”: “%s” is not made of the letters R, A, C and I"),
                        line, waymark_role_get_name (role), letters);
              continue;
            }
          g_array_append_val (self->cells, cell);
        }
    }

  return self;
}

void
waymark_matrix_import_free (WaymarkMatrixImport *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->cells);
  g_ptr_array_unref (self->mismatches);
  g_free (self);
}

/**
 * waymark_matrix_import_get_mismatches:
 *
 * Returns: (transfer none) (nullable): what does not match, one line each
 *   ("line 4: no row is named “Qualify”"), or %NULL when all matches
 */
const char * const *
waymark_matrix_import_get_mismatches (WaymarkMatrixImport *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->mismatches->len == 0)
    return NULL;

  return (const char * const *)self->mismatches->pdata;
}

guint
waymark_matrix_import_get_n_cells (WaymarkMatrixImport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->cells->len;
}

/**
 * waymark_matrix_import_apply:
 *
 * Sets every cell the text gives, an empty one included, as one undo
 * step. Only when there are no mismatches.
 *
 * Returns: how many cells changed
 */
guint
waymark_matrix_import_apply (WaymarkMatrixImport *self,
                             WaymarkDocument     *document)
{
  WaymarkJourney *journey;
  guint changed = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), 0);
  g_return_val_if_fail (waymark_matrix_import_get_mismatches (self) == NULL, 0);

  journey = waymark_document_get_journey (document);

  waymark_document_begin_group (document, _("Import Matrix"));
  for (guint i = 0; i < self->cells->len; i++)
    {
      Cell *cell = &g_array_index (self->cells, Cell, i);

      if (waymark_matrix_get_raci (journey, waymark_item_get_id (cell->row),
                                   waymark_item_get_id (WAYMARK_ITEM (cell->role))) == cell->raci)
        continue;

      waymark_document_set_raci (document, cell->row, cell->role, cell->raci);
      changed++;
    }
  waymark_document_end_group (document);

  return changed;
}

/* test-matrix-import.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "waymark-csv.h"
#include "waymark-document.h"
#include "waymark-matrix.h"
#include "waymark-matrix-import.h"
#include "waymark-test-journey.h"

/* A RACI grid from a spreadsheet onto the B2B example's matrix: rows and
 * roles by name, the letters however they are written, the separator
 * detected, every mismatch listed before anything changes, one undo step,
 * and a CSV Waymark exported comes back as the same matrix. */


static char *
dup_csv (WaymarkDocument *doc)
{
  g_autoptr(GBytes) bytes = waymark_csv_export_matrix (waymark_document_get_journey (doc));

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static WaymarkRaci
raci (WaymarkDocument *doc,
      const char      *row,
      const char      *role)
{
  return waymark_matrix_get_raci (waymark_document_get_journey (doc), row, role);
}

static gpointer
lookup (WaymarkDocument *doc,
        const char      *id)
{
  return waymark_journey_lookup (waymark_document_get_journey (doc), id);
}

static char *
dup_mismatches (WaymarkMatrixImport *import)
{
  const char * const *mismatches = waymark_matrix_import_get_mismatches (import);

  return mismatches ? g_strjoinv ("\n", (char **)mismatches) : NULL;
}

static void
test_round_trip (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
  g_autofree char *original = dup_csv (doc);
  g_autofree char *edited = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(WaymarkMatrixImport) import = NULL;

  waymark_document_set_raci (doc, lookup (doc, "s-attract"), lookup (doc, "r-marketing"), 0);
  waymark_document_set_raci (doc, lookup (doc, "a-sla"), lookup (doc, "r-service"),
                             WAYMARK_RACI_ACCOUNTABLE);
  waymark_document_set_raci (doc, lookup (doc, "h-nurture-convert"), lookup (doc, "r-sales"),
                             WAYMARK_RACI_INFORMED);
  edited = dup_csv (doc);
  g_assert_cmpstr (edited, !=, original);

  import = waymark_matrix_import_parse (waymark_document_get_journey (doc), original, strlen (original));
  g_assert_null (waymark_matrix_import_get_mismatches (import));
  /* Every cell of the 11 rows and 3 roles, the empty ones too. */
  g_assert_cmpuint (waymark_matrix_import_get_n_cells (import), ==, 33);
  g_assert_cmpuint (waymark_matrix_import_apply (import, doc), ==, 3);
  imported = dup_csv (doc);
  g_assert_cmpstr (imported, ==, original);
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Import Matrix");

  /* One undo step takes the whole import back. */
  g_assert_true (waymark_document_undo (doc));
  undone = dup_csv (doc);
  g_assert_cmpstr (undone, ==, edited);
}

/* Semicolons as a German spreadsheet writes them, letters in any form, a
 * handoff by its name and a row in other capitals. */
static void
test_formats (void)
{
  static const char * const texts[] = {
    "Row;Marketing;Sales;Service\r\n"
    "Expand;R;A/R;r\r\n"
    "MQL to SQL;\"R\";ra;\r\n"
    "three-way service level agreement;C;C, a;R C\r\n",
    /* The same as a paste: tabs, and the handoff by its stages. */
    "\tMarketing\tSales\tService\n"
    "Expand\tR\tA/R\tr\n"
    "Nurture → Convert\tR\tra\t\n"
    "Three-way service level agreement\tC\tC, a\tR C\n",
    /* Commas, quoted, with the byte-order mark the export writes. */
    "\xef\xbb\xbfRow,Marketing,Sales,Service\n"
    "Expand,R,\"A, R\",R\n"
    "MQL to SQL,R,AR,\n"
    "\n"
    "Three-way service level agreement,C,\"C,A\",RC\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
      g_autoptr(WaymarkMatrixImport) import = NULL;
      g_autofree char *mismatches = NULL;

      import = waymark_matrix_import_parse (waymark_document_get_journey (doc), texts[i], strlen (texts[i]));
      mismatches = dup_mismatches (import);
      g_assert_cmpstr (mismatches, ==, NULL);
      g_assert_cmpuint (waymark_matrix_import_get_n_cells (import), ==, 9);
      waymark_matrix_import_apply (import, doc);

      g_assert_cmpuint (raci (doc, "s-expand", "r-sales"), ==,
                        WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE);
      g_assert_cmpuint (raci (doc, "h-nurture-convert", "r-sales"), ==,
                        WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE);
      g_assert_cmpuint (raci (doc, "h-nurture-convert", "r-service"), ==, WAYMARK_RACI_NONE);
      g_assert_cmpuint (raci (doc, "a-sla", "r-sales"), ==,
                        WAYMARK_RACI_ACCOUNTABLE | WAYMARK_RACI_CONSULTED);
      g_assert_cmpuint (raci (doc, "a-sla", "r-service"), ==,
                        WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_CONSULTED);
      /* Rows the text does not name keep their cells. */
      g_assert_cmpuint (raci (doc, "s-attract", "r-marketing"), ==,
                        WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE);
    }
}

/* What does not match is listed, every line of it, and nothing is set. */
static void
test_mismatches (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
  g_autoptr(WaymarkMatrixImport) import = NULL;
  g_autofree char *mismatches = NULL;
  g_autofree char *before = dup_csv (doc);
  static const char text[] =
    "Row,Marketing,Legal,Sales\n"
    "Qualify,R,,\n"
    "Expand,X,,A\n"
    "Lead scoring,R,,\"A\",C\n";

  waymark_document_add_activity (doc, G_MAXUINT, "Lead scoring", lookup (doc, "s-expand"));
  import = waymark_matrix_import_parse (waymark_document_get_journey (doc), text, strlen (text));
  mismatches = dup_mismatches (import);
  g_assert_cmpstr (mismatches, ==,
                   "line 1: no role is named “Legal”\n"
                   "line 2: no row is named “Qualify”\n"
                   "line 3, role “Marketing”: “X” is not made of the letters R, A, C and I\n"
                   "line 4: 2 rows are named “Lead scoring”");
  g_assert_true (waymark_document_undo (doc));
  {
    g_autofree char *after = dup_csv (doc);

    g_assert_cmpstr (after, ==, before);
  }
}

static void
test_empty (void)
{
  g_autoptr(WaymarkDocument) doc = waymark_test_load_example_document ();
  g_autoptr(WaymarkMatrixImport) import = waymark_matrix_import_parse (waymark_document_get_journey (doc), "", 0);
  g_autofree char *mismatches = dup_mismatches (import);

  g_assert_cmpstr (mismatches, ==, "there is no header of roles");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/matrix-import/round-trip", test_round_trip);
  g_test_add_func ("/matrix-import/formats", test_formats);
  g_test_add_func ("/matrix-import/mismatches", test_mismatches);
  g_test_add_func ("/matrix-import/empty", test_empty);

  return g_test_run ();
}

/* waymark-csv-insights.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-csv.h"
#include "waymark-csv-insights.h"
#include "waymark-content-coverage.h"
#include "waymark-gap-grid.h"

/* The grids of the Gaps and Content views as CSV, for a spreadsheet: one
 * record per stage, written through the same quoting as the matrix. */

static void
append_record (GString   *out,
               GPtrArray *fields)
{
  waymark_csv_append_record (out, (const char * const *)fields->pdata, fields->len);
  g_ptr_array_set_size (fields, 0);
}

static char *
dup_gap_cell (const WaymarkGapCell *cell)
{
  if (cell->kind == WAYMARK_GAP_EMPTY)
    return g_strdup ("");

  /* Translators: a cell of the exported gap grid: its kind ("Missed"), how
   * many touchpoints the customer's lanes and the company's lanes have */
  return g_strdup_printf (_("%s: %u customer, %u company"),
                          waymark_gap_kind_get_title (cell->kind),
                          cell->n_customer, cell->n_company);
}

/**
 * waymark_csv_export_gaps:
 *
 * A header of the channels, then per stage each channel's cell ("Missed:
 * 1 customer, 0 company", empty where no one is) and the stage's counts of
 * missed and wasted cells.
 *
 * Returns: (transfer full): the gap grid as UTF-8 CSV
 */
GBytes *
waymark_csv_export_gaps (WaymarkJourney *journey)
{
  g_autoptr(WaymarkGapGrid) grid = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  GString *out;
  guint n_stages, n_columns;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  grid = waymark_gap_grid_new (journey);
  n_stages = waymark_gap_grid_get_n_stages (grid);
  n_columns = waymark_gap_grid_get_n_columns (grid);
  fields = g_ptr_array_new_with_free_func (g_free);
  out = waymark_csv_begin ();

  /* Translators: the header of the first column of an exported grid */
  g_ptr_array_add (fields, g_strdup (_("Stage")));
  for (guint j = 0; j < n_columns; j++)
    g_ptr_array_add (fields, g_strdup (waymark_gap_grid_get_column_title (grid, j)));
  /* Translators: the headers of the last columns of the exported gap grid */
  g_ptr_array_add (fields, g_strdup (_("Missed channels")));
  g_ptr_array_add (fields, g_strdup (_("Wasted channels")));
  append_record (out, fields);

  for (guint i = 0; i < n_stages; i++)
    {
      g_ptr_array_add (fields, g_strdup (waymark_stage_get_name (waymark_gap_grid_get_stage (grid, i))));
      for (guint j = 0; j < n_columns; j++)
        g_ptr_array_add (fields, dup_gap_cell (waymark_gap_grid_get_cell (grid, i, j)));
      g_ptr_array_add (fields, g_strdup_printf ("%u", waymark_gap_grid_count (grid, i, WAYMARK_GAP_MISSED)));
      g_ptr_array_add (fields, g_strdup_printf ("%u", waymark_gap_grid_count (grid, i, WAYMARK_GAP_WASTE)));
      append_record (out, fields);
    }

  return g_string_free_to_bytes (out);
}

/**
 * waymark_csv_export_content:
 *
 * A header of the personas, then per stage how many content items serve
 * it for each persona, for anyone, and the stage's questions that no item
 * answers, one per line of the field.
 *
 * Returns: (transfer full): the content coverage as UTF-8 CSV
 */
GBytes *
waymark_csv_export_content (WaymarkJourney *journey)
{
  g_autoptr(WaymarkContentCoverage) coverage = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  GString *out;
  guint n_stages, n_personas;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  coverage = waymark_content_coverage_new (journey);
  n_stages = waymark_content_coverage_get_n_stages (coverage);
  n_personas = waymark_content_coverage_get_n_personas (coverage);
  fields = g_ptr_array_new_with_free_func (g_free);
  out = waymark_csv_begin ();

  g_ptr_array_add (fields, g_strdup (_("Stage")));
  for (guint j = 0; j < n_personas; j++)
    g_ptr_array_add (fields, g_strdup (waymark_persona_get_name (waymark_content_coverage_get_persona (coverage, j))));
  /* Translators: the headers of the last columns of the exported content
   * coverage: items for the stage whatever their persona, and the stage's
   * questions no item answers */
  g_ptr_array_add (fields, g_strdup (_("All content")));
  g_ptr_array_add (fields, g_strdup (_("Unanswered questions")));
  append_record (out, fields);

  for (guint i = 0; i < n_stages; i++)
    {
      g_ptr_array_add (fields, g_strdup (waymark_stage_get_name (waymark_content_coverage_get_stage (coverage, i))));
      for (guint j = 0; j < n_personas; j++)
        g_ptr_array_add (fields, g_strdup_printf ("%u", waymark_content_coverage_get_count (coverage, i, j)));
      g_ptr_array_add (fields, g_strdup_printf ("%u", waymark_content_coverage_get_stage_total (coverage, i)));
      g_ptr_array_add (fields, g_strjoinv ("\n", (char **)waymark_content_coverage_get_unanswered (coverage, i)));
      append_record (out, fields);
    }

  return g_string_free_to_bytes (out);
}

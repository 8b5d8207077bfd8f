/* waymark-insights-screenshot.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Renders the Gaps view, the Content view or the funnel chart with a
 * journey file to a PNG file:
 *
 *   waymark-insights-screenshot JOURNEY.waymark OUT.png gaps|content|funnel
 *
 * The Gaps view is shown with its first missed cell activated. Run it under
 * Xvfb with GSK_RENDERER=cairo for stable pixels. */

#include "config.h"

#include <stdlib.h>
#include <adwaita.h>

#include "waymark-content-view.h"
#include "waymark-funnel-chart.h"
#include "waymark-gaps-view.h"
#include "waymark-screenshot-tool.h"

static void
activate_first_missed (GtkWidget *view)
{
  WaymarkGapGrid *grid = waymark_gaps_view_get_grid (WAYMARK_GAPS_VIEW (view));

  for (guint i = 0; grid && i < waymark_gap_grid_get_n_stages (grid); i++)
    for (guint j = 0; j < waymark_gap_grid_get_n_columns (grid); j++)
      if (waymark_gap_grid_get_cell (grid, i, j)->kind == WAYMARK_GAP_MISSED)
        {
          gtk_widget_activate_action (view, "gaps.show-cell", "(uu)", i, j);
          return;
        }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WaymarkDocument) document = NULL;
  WaymarkJourney *journey;
  GtkWidget *window, *view;

  if (argc < 4)
    {
      g_printerr ("Usage: %s JOURNEY OUT.png gaps|content|funnel\n", argv[0]);
      return EXIT_FAILURE;
    }

  gtk_init ();
  adw_init ();

  screenshot_load_style ();

  document = screenshot_load_document (argv[1]);
  journey = waymark_document_get_journey (document);

  window = gtk_window_new ();
  if (g_str_equal (argv[3], "funnel"))
    {
      view = waymark_funnel_chart_new ();
      gtk_widget_set_margin_start (view, 12);
      gtk_widget_set_margin_end (view, 12);
      waymark_funnel_chart_set_journey (WAYMARK_FUNNEL_CHART (view), journey);
      gtk_window_set_default_size (GTK_WINDOW (window), 900, -1);
    }
  else
    {
      view = g_str_equal (argv[3], "content") ? waymark_content_view_new () : waymark_gaps_view_new ();
      waymark_view_set_document (WAYMARK_VIEW (view), document);
      gtk_window_set_default_size (GTK_WINDOW (window), 1100, 900);
    }
  gtk_window_set_child (GTK_WINDOW (window), view);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  if (g_str_equal (argv[3], "gaps"))
    activate_first_missed (view);
  screenshot_spin (200);

  if (!screenshot_save (window, argv[2]))
    return EXIT_FAILURE;

  gtk_window_destroy (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}

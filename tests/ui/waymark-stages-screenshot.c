/* waymark-stages-screenshot.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Renders the Stages view with a journey file to a PNG file:
 *
 *   waymark-stages-screenshot JOURNEY.waymark OUT.png [SECTION [STAGE]]
 *
 * SECTION is "stages" (the default) or a list: "lanes", "roles"…; STAGE is
 * the position of the stage to show. Run it under Xvfb with
 * GSK_RENDERER=cairo for stable pixels. */

#include "config.h"

#include <stdlib.h>
#include <adwaita.h>

#include "waymark-screenshot-tool.h"
#include "waymark-stages-view.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WaymarkDocument) document = NULL;
  WaymarkJourney *journey;
  const char *section = argc > 3 ? argv[3] : "stages";
  GtkWidget *window, *overlay, *view;

  if (argc < 3)
    {
      g_printerr ("Usage: %s JOURNEY OUT.png [SECTION [STAGE]]\n", argv[0]);
      return EXIT_FAILURE;
    }

  gtk_init ();
  adw_init ();

  screenshot_load_style ();

  document = screenshot_load_document (argv[1]);
  journey = waymark_document_get_journey (document);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  overlay = adw_toast_overlay_new ();
  view = waymark_stages_view_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), view);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  waymark_view_set_document (WAYMARK_VIEW (view), document);
  waymark_stages_view_set_section (WAYMARK_STAGES_VIEW (view), section);

  if (argc > 4)
    {
      GListModel *stages = waymark_journey_get_stages (journey);
      g_autoptr(WaymarkStage) stage = g_list_model_get_item (stages, atoi (argv[4]));

      if (stage != NULL)
        waymark_stages_view_select_stage (WAYMARK_STAGES_VIEW (view), stage);
    }

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  screenshot_spin (200);

  if (!screenshot_save (window, argv[2]))
    return EXIT_FAILURE;

  gtk_window_destroy (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}

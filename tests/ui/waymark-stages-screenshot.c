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

#include "waymark-reader.h"
#include "waymark-stages-view.h"

static void
iterate (void)
{
  for (guint i = 0; i < 20; i++)
    {
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkDocument) document = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GtkCssProvider) provider = NULL;
  const char *section = argc > 3 ? argv[3] : "stages";
  GtkSnapshot *snapshot;
  GtkWidget *window, *overlay, *view;
  int width, height;

  if (argc < 3)
    {
      g_printerr ("Usage: %s JOURNEY OUT.png [SECTION [STAGE]]\n", argv[0]);
      return EXIT_FAILURE;
    }

  gtk_init ();
  adw_init ();

  /* What AdwApplication loads for the app: the swatches' colours. */
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/waymark/Waymark/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  file = g_file_new_for_commandline_arg (argv[1]);
  journey = waymark_reader_load_file (file, NULL, &error);
  if (journey == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILURE;
    }
  document = waymark_document_new (journey);

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
  iterate ();

  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (!gdk_texture_save_to_png (texture, argv[2]))
    {
      g_printerr ("Could not write %s\n", argv[2]);
      return EXIT_FAILURE;
    }

  gtk_window_destroy (GTK_WINDOW (window));

  return EXIT_SUCCESS;
}

/* waymark-screenshot-tool.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-reader.h"
#include "waymark-screenshot-tool.h"

static gboolean
on_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop for @ms, waking it often enough for the frame clock
 * and the idles the views draw in. */
void
screenshot_spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;
  guint tick = g_timeout_add (5, on_tick_cb, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
}

/* What AdwApplication loads for the app: the swatches' and cards' colours,
 * for programs that show a view without the application. */
void
screenshot_load_style (void)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, "/org/waymark/Waymark/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* The journey at @path (or a URI) as a document of that file; exits with
 * the reader's message when it does not load. */
WaymarkDocument *
screenshot_load_document (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);
  WaymarkDocument *document;

  if (journey == NULL)
    {
      g_printerr ("%s\n", error->message);
      exit (EXIT_FAILURE);
    }
  document = waymark_document_new (journey);
  waymark_document_set_file (document, file);

  return document;
}

GdkTexture *
screenshot_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));

  return gsk_renderer_render_texture (renderer, node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* @widget (a window) as drawn now, to the PNG file @path. */
gboolean
screenshot_save (GtkWidget  *widget,
                 const char *path)
{
  g_autoptr(GdkTexture) texture = screenshot_render (widget);

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_printerr ("Could not write %s\n", path);
      return FALSE;
    }

  return TRUE;
}

/* waymark-screenshot.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: puts a window in a state and renders it, with the dialog it
 * shows composited on top, to a PNG file.
 *
 *   waymark-screenshot welcome|document|narrow|unsaved|map|matrix OUT.png
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-application.h"
#include "waymark-reader.h"
#include "waymark-screenshot-tool.h"
#include "waymark-templates.h"
#include "waymark-window.h"
#include "waymark-writer.h"

#define SOLID_CSD_BORDER 4

static cairo_surface_t *
texture_to_surface (GdkTexture *texture)
{
  cairo_surface_t *surface;
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  gdk_texture_download (texture,
                        cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);

  return surface;
}

static void
add_recent_files (const char *home)
{
  static const struct {
    const char *template_id;
    const char *folder;
    const char *name;
  } files[] = {
    { "b2b-lifecycle", "Documents", "Enterprise Onboarding.waymark" },
    { "buyer-journey", "Documents/Planning 2027", "Mid-Market Buyers.waymark" },
    { "professional-services", "Documents", "Advisory Clients.waymark" },
    { "b2b-lifecycle", "Documents/Planning 2027", "Q3 planning.waymark" },
    { "blank", "Documents", "Partner Programme.waymark" },
  };
  GtkRecentManager *manager = gtk_recent_manager_get_default ();

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *folder = g_build_filename (home, files[i].folder, NULL);
      g_autofree char *path = g_build_filename (folder, files[i].name, NULL);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      g_autoptr(WaymarkJourney) journey = waymark_templates_create (files[i].template_id, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_mkdir_with_parents (folder, 0700);
      waymark_writer_save (journey, file, NULL, NULL);
      gtk_recent_manager_add_full (manager, uri,
                                   &(GtkRecentData) {
                                     .mime_type = (char *)"application/x-waymark",
                                     .app_name = (char *)"Waymark",
                                     .app_exec = (char *)"waymark %u",
                                   });
      screenshot_spin (50);
    }
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   w,
                   double   h,
                   double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WaymarkApplication) app = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *drafts = NULL;
  g_autofree char *home = NULL;
  g_autofree char *data = NULL;
  WaymarkWindow *window;
  const char *state;
  const char *out;

  if (argc != 3)
    {
      g_printerr ("usage: %s welcome|document|narrow|unsaved|map|matrix OUT.png\n", argv[0]);
      return 1;
    }
  state = argv[1];
  out = argv[2];

  /* A home of its own, so that the recent files read "~/Documents". */
  home = g_dir_make_tmp ("waymark-shot-XXXXXX", NULL);
  drafts = g_build_filename (home, ".local", "state", "waymark", "drafts", NULL);
  data = g_build_filename (home, ".local", "share", NULL);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("WAYMARK_DRAFTS_DIR", drafts, TRUE);

  gtk_init ();
  adw_init ();

  app = waymark_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  if (g_strcmp0 (state, "welcome") == 0)
    add_recent_files (home);

  window = waymark_application_new_window (app);
  if (g_strcmp0 (state, "narrow") == 0)
    gtk_window_set_default_size (GTK_WINDOW (window), 400, 720);
  else
    gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));

  if (g_strcmp0 (state, "map") == 0 || g_strcmp0 (state, "matrix") == 0)
    {
      /* The B2B example, which has touchpoints and a matrix, in the Map or
       * the Matrix view. */
      g_autofree char *path = g_build_filename (EXAMPLES_DIR, "b2b-lifecycle.waymark", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);
      g_autoptr(WaymarkDocument) document = NULL;

      if (journey == NULL)
        g_error ("%s", error->message);
      document = waymark_document_new (journey);
      waymark_document_set_file (document, file);
      waymark_window_set_document (window, document);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", state);
    }
  else if (g_strcmp0 (state, "welcome") != 0)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "s",
                                "b2b-lifecycle");

  if (g_strcmp0 (state, "unsaved") == 0)
    {
      WaymarkDocument *document = waymark_window_get_document (window);
      WaymarkJourney *journey = waymark_document_get_journey (document);

      waymark_document_set (document, journey, "title", "Enterprise Onboarding", NULL);
      gtk_window_close (GTK_WINDOW (window));
    }

  screenshot_spin (1500);

  texture = screenshot_render (GTK_WIDGET (window));

  if (g_strcmp0 (state, "unsaved") == 0)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
      cairo_surface_t *surface = texture_to_surface (texture);
      cairo_t *cr = cairo_create (surface);

      for (const GList *l = toplevels; l != NULL; l = l->next)
        {
          g_autoptr(GdkTexture) dialog_texture = NULL;
          cairo_surface_t *dialog_surface;
          cairo_surface_t *full_surface;
          graphene_rect_t bounds;
          int x, y, w, h;

          if (!ADW_IS_MESSAGE_DIALOG (l->data))
            continue;

          /* Without a compositor the dialog's frame is drawn square and
           * opaque: render its content and round it as a compositor would. */
          dialog_texture = screenshot_render (l->data);
          full_surface = texture_to_surface (dialog_texture);
          if (!gtk_widget_compute_bounds (gtk_window_get_child (l->data), l->data, &bounds))
            g_error ("The dialog has no content");
          /* Leave out the solid frame drawn around windows when there is
           * no compositor. */
          graphene_rect_inset (&bounds, SOLID_CSD_BORDER, SOLID_CSD_BORDER);
          w = bounds.size.width;
          h = bounds.size.height;
          dialog_surface = cairo_surface_create_for_rectangle (full_surface,
                                                               bounds.origin.x,
                                                               bounds.origin.y,
                                                               w, h);
          cairo_surface_destroy (full_surface);

          /* Dim the parent as a modal dialog does, and centre the dialog. */
          cairo_set_source_rgba (cr, 0, 0, 0, 0.25);
          cairo_paint (cr);
          x = (gdk_texture_get_width (texture) - w) / 2;
          y = (gdk_texture_get_height (texture) - h) / 2;

          for (int i = 8; i > 0; i--)
            {
              rounded_rectangle (cr, x - i, y - i + 2, w + 2 * i, h + 2 * i, 12 + i);
              cairo_set_source_rgba (cr, 0, 0, 0, 0.02);
              cairo_fill (cr);
            }

          cairo_save (cr);
          rounded_rectangle (cr, x, y, w, h, 12);
          cairo_clip (cr);
          cairo_set_source_surface (cr, dialog_surface, x, y);
          cairo_paint (cr);
          cairo_restore (cr);
          cairo_surface_destroy (dialog_surface);
        }

      cairo_destroy (cr);
      cairo_surface_write_to_png (surface, out);
      cairo_surface_destroy (surface);
    }
  else
    {
      gdk_texture_save_to_png (texture, out);
    }

  g_print ("%s\n", out);

  return 0;
}

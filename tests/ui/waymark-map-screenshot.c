/* waymark-map-screenshot.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: the Map view of a window in a given state, rendered to a PNG
 * file for data/screenshots/ and the README.
 *
 *   waymark-map-screenshot b2b|filtered|zoom25|german|dark OUT.png
 *
 * b2b: the B2B example at 100 %; filtered: the same narrowed to the Phone
 * channel with the Sales lane folded; zoom25: at 25 %; german: a 7-stage
 * journey in German (run it with LC_ALL=de_DE.UTF-8 LANGUAGE=de); dark: the
 * example in the dark style.
 */

#include "config.h"

#include <errno.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "waymark-application.h"
#include "waymark-map-canvas.h"
#include "waymark-map-view.h"
#include "waymark-reader.h"
#include "waymark-screenshot-tool.h"
#include "waymark-templates.h"
#include "waymark-window.h"

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Seven stages in German: the B2B template as German users get it, two
 * stages more and cards in them. */
static WaymarkDocument *
make_german (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_templates_create ("b2b-lifecycle", NULL);
  WaymarkDocument *document = waymark_document_new (journey);
  GListModel *lanes = waymark_journey_get_lanes (journey);
  GListModel *stages = waymark_journey_get_stages (journey);
  static const struct {
    guint stage;
    guint lane;
    const char *title;
    int emotion;
  } cards[] = {
    { 5, 0, "Empfiehlt uns einer Kollegin weiter", 2 },
    { 5, 3, "Vierteljährliches Review mit dem Kunden", WAYMARK_NO_EMOTION },
    { 6, 0, "Schreibt eine Bewertung auf dem Vergleichsportal", 1 },
    { 6, 1, "Fallstudie gemeinsam veröffentlichen", WAYMARK_NO_EMOTION },
    { 0, 0, "Hört einen Podcast über Einkaufsprozesse", 1 },
    { 1, 0, "Lädt das Whitepaper zur Wartung herunter", 0 },
    { 2, 0, "Wartet zwei Wochen auf einen Rückruf", -2 },
    { 3, 0, "Vergleicht drei Angebote", -1 },
    { 4, 0, "Erste Maschine läuft im Werk", 1 },
    { 3, 2, "Angebot mit Rabattstaffel nachverhandeln", WAYMARK_NO_EMOTION },
  };

  g_assert_nonnull (journey);
  waymark_document_set (document, journey, "title", "Kundenreise Maschinenbau", NULL);
  waymark_document_add_stage (document, g_list_model_get_n_items (stages), "Bindung");
  waymark_document_add_stage (document, g_list_model_get_n_items (stages), "Empfehlung");
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autoptr(WaymarkStage) stage = g_list_model_get_item (stages, cards[i].stage);
      g_autoptr(WaymarkLane) lane = g_list_model_get_item (lanes, cards[i].lane);
      WaymarkTouchpoint *tp = waymark_document_add_touchpoint (document, stage, lane, 0, cards[i].title);

      if (cards[i].emotion != WAYMARK_NO_EMOTION)
        waymark_document_set (document, tp, "emotion", cards[i].emotion, NULL);
      g_clear_object (&tp);
    }

  return document;
}

/* From ~/Documents of the temporary home, as a user keeps it: the window's
 * subtitle shows the folder. */
static WaymarkDocument *
load_example (void)
{
  g_autofree char *source = g_build_filename (EXAMPLES_DIR, "b2b-lifecycle.waymark", NULL);
  g_autofree char *folder = g_build_filename (g_get_home_dir (), "Documents", NULL);
  g_autofree char *path = g_build_filename (folder, "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) from = g_file_new_for_path (source);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (g_mkdir_with_parents (folder, 0755) != 0 ||
      !g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error))
    g_error ("%s: %s", path, error ? error->message : g_strerror (errno));

  return screenshot_load_document (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(WaymarkApplication) app = NULL;
  g_autoptr(WaymarkDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *home = NULL;
  WaymarkWindow *window;
  GtkWidget *view, *canvas;
  const char *state;

  if (argc != 3)
    {
      g_printerr ("usage: %s b2b|filtered|zoom25|german|dark OUT.png\n", argv[0]);
      return 1;
    }
  state = argv[1];

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  home = g_dir_make_tmp ("waymark-map-shot-XXXXXX", NULL);
  g_setenv ("HOME", home, TRUE);
  g_setenv ("WAYMARK_DRAFTS_DIR", home, TRUE);

  gtk_init ();
  adw_init ();
  if (g_str_equal (state, "dark"))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  app = waymark_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);

  window = waymark_application_new_window (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));

  document = g_str_equal (state, "german") ? make_german () : load_example ();
  waymark_window_set_document (window, document);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "map");
  screenshot_spin (300);

  view = find_type (GTK_WIDGET (window), WAYMARK_TYPE_MAP_VIEW);
  canvas = waymark_map_view_get_canvas (WAYMARK_MAP_VIEW (view));
  if (g_str_equal (state, "filtered"))
    {
      WaymarkJourney *journey = waymark_document_get_journey (document);

      gtk_widget_activate_action (view, "mapview.channel", "s", "ch-phone");
      waymark_map_canvas_set_lane_collapsed (WAYMARK_MAP_CANVAS (canvas),
                                             WAYMARK_LANE (waymark_journey_lookup (journey, "l-marketing")),
                                             TRUE);
    }
  else if (g_str_equal (state, "zoom25"))
    {
      for (guint i = 0; i < 6; i++)
        gtk_widget_activate_action (view, "mapview.zoom", "s", "out");
    }
  else if (g_str_equal (state, "german"))
    {
      gtk_widget_activate_action (view, "mapview.zoom", "s", "fit");
    }
  screenshot_spin (1200);

  if (!screenshot_save (GTK_WIDGET (window), argv[2]))
    return 1;
  g_print ("%s\n", argv[2]);

  return 0;
}

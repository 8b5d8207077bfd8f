/* test-window-keys.c: the window driven with real keys
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The keys are pressed on the X server with xdotool (XTEST), as a user
 * presses them: they go the whole way through GTK, the shortcut
 * controllers in capture and bubble phase and the focus widget, which
 * activating actions from the test would skip (issue 9, points 4 and 5).
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-ui-test.h"

#include "waymark-stages-view.h"
#include "waymark-window.h"

static void
xdotool (const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (char *)"xdotool");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *)args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* Let GTK take the events from the server. */
  spin (150);
}

/* Presses @keys, xdotool's names ("ctrl+z", "Tab"), one after the other. */
static void
press (const char *keys)
{
  g_auto(GStrv) split = g_strsplit (keys, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;

  g_strv_builder_add_many (builder, "key", "--delay", "40", NULL);
  g_strv_builder_addv (builder, (const char **)split);
  args = g_strv_builder_end (builder);
  xdotool ((const char * const *)args);
}

static void
type (const char *text)
{
  const char *args[] = { "type", "--delay", "40", text, NULL };

  xdotool (args);
}

static WaymarkWindow *
new_focused_window (void)
{
  WaymarkWindow *window = new_window_with_template ("b2b-lifecycle");

  WAIT_FOR (gtk_window_is_active (GTK_WINDOW (window)));

  return window;
}

static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_mapped_text_view (GtkWidget     *widget,
                     gconstpointer  data)
{
  return GTK_IS_TEXT_VIEW (widget) && gtk_widget_get_mapped (widget);
}

/* A label of the stage list in the sidebar showing @text. */
static gboolean
is_stage_list_label (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0 &&
         gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW) != NULL;
}

static gboolean
focus_is_in (WaymarkWindow *window,
             GtkWidget     *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Ctrl+Z right after typing a rename, the focus still in the entry, undoes
 * the whole rename, and the sidebar follows; Ctrl+Shift+Z redoes it; Escape
 * gives up the typing and leaves no undo step (issue 9, point 4). */
static void
test_undo_rename_in_entry (void)
{
  WaymarkWindow *window = new_focused_window ();
  WaymarkDocument *document = waymark_window_get_document (window);
  WaymarkStage *stage = first_stage (document);
  g_autofree char *before = g_strdup (waymark_stage_get_name (stage));
  GtkWidget *name;

  WAIT_FOR ((name = find_widget (GTK_WIDGET (window), is_entry_row_titled, "Name")) != NULL);
  gtk_widget_grab_focus (name);
  g_assert_false (waymark_document_get_can_undo (document));

  /* The field commits as the user types: the sidebar follows each key. */
  press ("ctrl+a");
  type ("Discover");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), "Discover") == 0);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_stage_list_label, "Discover"));
  g_assert_cmpstr (waymark_document_get_undo_label (document), ==, "Rename");

  press ("ctrl+z");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), before) == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, before);
  g_assert_true (focus_is_in (window, name));
  /* One step for the whole visit. */
  g_assert_false (waymark_document_get_can_undo (document));
  g_assert_false (waymark_document_get_dirty (document));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_stage_list_label, before));
  g_assert_null (find_widget (GTK_WIDGET (window), is_stage_list_label, "Discover"));

  press ("ctrl+shift+z");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), "Discover") == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Discover");

  /* Typing on after the redo, then Escape: back to "Discover", and no
   * step left for the typing. */
  press ("End");
  type ("ed");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), "Discovered") == 0);
  press ("Escape");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), "Discover") == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Discover");
  g_assert_true (focus_is_in (window, name));
  press ("ctrl+z");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), before) == 0);
  g_assert_false (waymark_document_get_can_undo (document));

  /* A name may not end up empty: cleared and left, it comes back. */
  press ("ctrl+a BackSpace");
  g_assert_cmpstr (waymark_stage_get_name (stage), ==, before);
  /* Tab, past the row's own button. */
  for (guint i = 0; i < 3 && focus_is_in (window, name); i++)
    press ("Tab");
  g_assert_false (focus_is_in (window, name));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, before);
  g_assert_false (waymark_document_get_can_undo (document));

  destroy_window (window);
}

/* In a text view too: one Ctrl+Z takes back all that was typed in the
 * visit, not a word at a time. */
static void
test_undo_description_in_text_view (void)
{
  WaymarkWindow *window = new_focused_window ();
  WaymarkDocument *document = waymark_window_get_document (window);
  WaymarkStage *stage = first_stage (document);
  g_autofree char *before = g_strdup (waymark_stage_get_description (stage));
  g_autofree char *after = g_strconcat (before, " And then some more words.", NULL);
  GtkWidget *text;

  WAIT_FOR ((text = find_widget (GTK_WIDGET (window), is_mapped_text_view, NULL)) != NULL);
  gtk_widget_grab_focus (text);

  press ("ctrl+End");
  type (" And then some more words.");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_description (stage), after) == 0);

  press ("ctrl+z");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_description (stage), before) == 0);
  g_assert_true (focus_is_in (window, text));
  g_assert_false (waymark_document_get_can_undo (document));
  g_assert_false (waymark_document_get_dirty (document));

  press ("ctrl+shift+z");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_description (stage), after) == 0);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv, "window-keys");

  g_test_add_func ("/ui/window-keys/undo-rename-in-entry", test_undo_rename_in_entry);
  g_test_add_func ("/ui/window-keys/undo-description-in-text-view",
                   test_undo_description_in_text_view);

  return ui_test_run ();
}

/* test-window-file.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window and its file on disk: someone else changes or deletes it
 * while it is open, and a file that does not open.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "waymark-reader.h"
#include "waymark-templates.h"
#include "waymark-ui-test.h"
#include "waymark-window-private.h"
#include "waymark-writer.h"

/* Writes a journey made from @template_id, with its first stage named
 * @stage_name, to @path; the modification time moves on by @later seconds
 * so that the etag differs even within one clock tick. */
static void
write_journey (const char *path,
               const char *stage_name,
               guint64     later)
{
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;

  journey = waymark_templates_create ("b2b-lifecycle", &error);
  g_assert_no_error (error);
  document = waymark_document_new (journey);
  waymark_document_rename (document, first_stage (document), stage_name);
  bytes = waymark_writer_to_bytes (journey);

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  if (later > 0)
    {
      info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, 0, NULL, &error);
      g_assert_no_error (error);
      g_file_set_attribute_uint64 (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                   g_file_info_get_attribute_uint64 (info,
                                                                     G_FILE_ATTRIBUTE_TIME_MODIFIED)
                                   + later,
                                   0, NULL, &error);
      g_assert_no_error (error);
    }
}

static char *
first_stage_on_disk (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);
  g_autoptr(WaymarkStage) stage = NULL;

  g_assert_no_error (error);
  stage = g_list_model_get_item (waymark_journey_get_stages (journey), 0);

  return g_strdup (waymark_stage_get_name (stage));
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static WaymarkWindow *
open_journey (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WaymarkWindow *window = waymark_application_open_file (ui_test_app, file, NULL);

  g_assert_nonnull (window);
  g_assert_cmpint (waymark_window_get_file_state (window), ==, WAYMARK_FILE_STATE_SEEN);

  return window;
}

static GtkRevealer *
get_banner (WaymarkWindow *window)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), is_button_for_action, "win.reload");

  g_assert_nonnull (button);
  return GTK_REVEALER (gtk_widget_get_ancestor (button, GTK_TYPE_REVEALER));
}

static const char *
banner_text (WaymarkWindow *window)
{
  GtkWidget *label = find_widget (GTK_WIDGET (get_banner (window)), is_of_type,
                                  GSIZE_TO_POINTER (GTK_TYPE_LABEL));

  return gtk_label_get_text (GTK_LABEL (label));
}

/* Changed behind the window: the banner, Reload shows the new content,
 * Undo brings back what was shown, Redo the reloaded journey again. */
static void
test_changed_reload_undo (void)
{
  g_autofree char *path = tmp_path ("changed.waymark");
  WaymarkWindow *window;
  WaymarkDocument *mine;
  WaymarkDocument *reloaded;
  GtkWidget *undo_button;

  write_journey (path, "Attract", 0);
  window = open_journey (path);
  mine = waymark_window_get_document (window);
  g_assert_false (gtk_revealer_get_reveal_child (get_banner (window)));
  /* A journey read from a file opens on its map. */
  g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "map");

  waymark_document_rename (mine, first_stage (mine), "Mine");
  write_journey (path, "Theirs", 10);

  WAIT_FOR (waymark_window_get_file_state (window) == WAYMARK_FILE_STATE_CHANGED);
  g_assert_true (gtk_revealer_get_reveal_child (get_banner (window)));
  g_assert_cmpstr (banner_text (window), ==, "“changed.waymark” was changed on disk by someone else.");
  g_assert_true (gtk_widget_get_visible (find_widget (GTK_WIDGET (window), is_button_for_action,
                                                      "win.reload")));
  g_assert_false (gtk_widget_get_visible (find_widget (GTK_WIDGET (window), is_button_for_action,
                                                       "win.save-again")));

  /* Reload: the new content, clean, on the same page. */
  g_object_ref (mine);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL));
  reloaded = waymark_window_get_document (window);
  g_assert_true (reloaded != mine);
  g_assert_cmpstr (waymark_stage_get_name (first_stage (reloaded)), ==, "Theirs");
  g_assert_false (waymark_document_get_dirty (reloaded));
  g_assert_false (gtk_revealer_get_reveal_child (get_banner (window)));
  g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "map");

  undo_button = find_widget (GTK_WIDGET (window), is_button_for_action, "win.undo");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (undo_button), ==, "Undo Reload");

  /* Undo: what was shown before, unsaved edit included. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (waymark_window_get_document (window) == mine);
  g_assert_cmpstr (waymark_stage_get_name (first_stage (mine)), ==, "Mine");
  g_assert_true (waymark_document_get_dirty (mine));

  /* Undo goes on into the journey's own history. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (waymark_stage_get_name (first_stage (mine)), ==, "Attract");

  /* Redo twice: the edit, then the reload. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (waymark_stage_get_name (first_stage (mine)), ==, "Mine");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (waymark_window_get_document (window) == reloaded);

  /* After undoing the reload, a new edit forgets the reloaded journey. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (waymark_window_get_document (window) == mine);
  waymark_document_rename (mine, first_stage (mine), "Mine again");
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL) &&
                  waymark_window_get_document (window) != mine);
  g_assert_true (waymark_window_get_document (window) == mine);

  g_object_unref (mine);
  destroy_window (window);
}

/* Save after an outside change asks; Cancel leaves their bytes, Replace
 * writes ours. */
static void
test_save_asks_after_outside_change (void)
{
  g_autofree char *path = tmp_path ("asks.waymark");
  g_autofree char *on_disk = NULL;
  WaymarkWindow *window;
  WaymarkDocument *document;
  AdwMessageDialog *dialog;

  write_journey (path, "Attract", 0);
  window = open_journey (path);
  document = waymark_window_get_document (window);
  waymark_document_rename (document, first_stage (document), "Mine");

  /* Saved right away, before any monitor event: the check before saving
   * sees it (the document portal sends no events at all). */
  write_journey (path, "Theirs", 10);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Replace Changes on Disk?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "“asks.waymark” was changed on disk by someone else after it was opened "
                   "here. Saving replaces their changes with this journey.");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "save"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);

  respond (dialog, "cancel");
  WAIT_FOR (find_message_dialog () == NULL);
  on_disk = first_stage_on_disk (path);
  g_assert_cmpstr (on_disk, ==, "Theirs");
  g_clear_pointer (&on_disk, g_free);
  g_assert_true (waymark_document_get_dirty (document));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  respond (find_message_dialog (), "save");
  WAIT_FOR (!waymark_document_get_dirty (document));
  on_disk = first_stage_on_disk (path);
  g_assert_cmpstr (on_disk, ==, "Mine");

  /* Our own save is no outside change. */
  spin (200);
  g_assert_cmpint (waymark_window_get_file_state (window), ==, WAYMARK_FILE_STATE_SEEN);
  g_assert_null (find_message_dialog ());

  destroy_window (window);
}

/* Keep Mine: the banner goes, and Save no longer asks. */
static void
test_keep_mine (void)
{
  g_autofree char *path = tmp_path ("keep.waymark");
  g_autofree char *on_disk = NULL;
  WaymarkWindow *window;
  WaymarkDocument *document;

  write_journey (path, "Attract", 0);
  window = open_journey (path);
  document = waymark_window_get_document (window);

  write_journey (path, "Theirs", 10);
  WAIT_FOR (waymark_window_get_file_state (window) == WAYMARK_FILE_STATE_CHANGED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.keep-mine", NULL));
  g_assert_false (gtk_revealer_get_reveal_child (get_banner (window)));
  g_assert_true (waymark_window_get_document (window) == document);
  g_assert_cmpstr (waymark_stage_get_name (first_stage (document)), ==, "Attract");
  /* What is shown is not what is on disk: unsaved. */
  g_assert_true (waymark_document_get_dirty (document));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_null (find_message_dialog ());
  WAIT_FOR (!waymark_document_get_dirty (document));
  on_disk = first_stage_on_disk (path);
  g_assert_cmpstr (on_disk, ==, "Attract");

  destroy_window (window);
}

/* Deleted while open: said so, kept as unsaved, written again only on
 * request. */
static void
test_deleted (void)
{
  g_autofree char *path = tmp_path ("deleted.waymark");
  WaymarkWindow *window;
  WaymarkDocument *document;
  AdwMessageDialog *dialog;

  write_journey (path, "Attract", 0);
  window = open_journey (path);
  document = waymark_window_get_document (window);

  g_assert_cmpint (g_unlink (path), ==, 0);
  WAIT_FOR (waymark_window_get_file_state (window) == WAYMARK_FILE_STATE_GONE);
  g_assert_true (gtk_revealer_get_reveal_child (get_banner (window)));
  g_assert_cmpstr (banner_text (window), ==,
                   "“deleted.waymark” was deleted or moved away. "
                   "It is written there again only if you save.");
  g_assert_false (gtk_widget_get_visible (find_widget (GTK_WIDGET (window), is_button_for_action,
                                                       "win.reload")));
  g_assert_true (gtk_widget_get_visible (find_widget (GTK_WIDGET (window), is_button_for_action,
                                                      "win.save-again")));
  g_assert_true (waymark_document_get_dirty (document));
  spin (100);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Ctrl+S asks first. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save the Journey Again?");
  respond (dialog, "cancel");
  WAIT_FOR (find_message_dialog () == NULL);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* The banner's Save Again is the request. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save-again", NULL));
  g_assert_null (find_message_dialog ());
  WAIT_FOR (!waymark_document_get_dirty (document));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (waymark_window_get_file_state (window), ==, WAYMARK_FILE_STATE_SEEN);
  g_assert_false (gtk_revealer_get_reveal_child (get_banner (window)));

  destroy_window (window);
}

/* A file that does not open: plain words and the place, the reader's line
 * under Technical Details, and out of Recent Files. */
static void
test_open_error (void)
{
  g_autofree char *path = tmp_path ("broken.waymark");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  GtkRecentManager *recent = gtk_recent_manager_get_default ();
  WaymarkWindow *window = waymark_application_new_window (ui_test_app);
  AdwMessageDialog *dialog;
  g_autofree char *expected = NULL;
  g_autofree char *plain = NULL;
  GtkWidget *expander;
  GtkWidget *details;
  const char *body;
  guint line, column;

  gtk_window_present (GTK_WINDOW (window));
  g_file_set_contents (path, "{\n  \"format\": \"waymark\",\n  oops\n}\n", -1, &error);
  g_assert_no_error (error);
  journey = waymark_reader_load_file (file, NULL, &error);
  g_assert_null (journey);
  g_assert_nonnull (error);

  /* Listed from a time it opened. */
  gtk_recent_manager_add_item (recent, uri);
  WAIT_FOR (gtk_recent_manager_has_item (recent, uri));

  g_assert_null (waymark_application_open_file (ui_test_app, file, window));
  g_assert_null (waymark_window_get_document (window));

  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Journey");
  body = adw_message_dialog_get_body (dialog);
  g_test_message ("body: %s", body);
  g_assert_true (g_str_has_prefix (body, "“broken.waymark” in "));
  /* The reader's plain words, with the place of "oops". */
  g_assert_true (waymark_reader_error_get_position (error, &line, &column));
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 3);
  plain = waymark_reader_error_describe (error);
  g_assert_true (g_str_has_prefix (plain, "Line 3, column 3: "));
  expected = g_strdup_printf (" is not a journey Waymark can read.\n\n%s", plain);
  g_assert_true (g_str_has_suffix (body, expected));
  g_assert_null (strstr (body, path));

  /* Folded away until asked for. */
  expander = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_EXPANDER (expander));
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  g_assert_cmpstr (gtk_expander_get_label (GTK_EXPANDER (expander)), ==, "_Technical Details");
  details = find_widget (gtk_expander_get_child (GTK_EXPANDER (expander)), is_named,
                         "technical-details");
  g_assert_nonnull (details);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (details)), ==, error->message);
  g_assert_true (find_widget (gtk_expander_get_child (GTK_EXPANDER (expander)), is_of_type,
                              GSIZE_TO_POINTER (GTK_TYPE_BUTTON)) != NULL);

  g_assert_false (gtk_recent_manager_has_item (recent, uri));

  destroy_window (window);
}

/* A window in the background does not watch its file: a monitor watches
 * the whole folder, and a busy one (/tmp) would wake the idle app every
 * 100 ms. What changed meanwhile shows when the window is active again. */
static void
test_background_window_does_not_watch (void)
{
  g_autofree char *path = tmp_path ("background.waymark");
  WaymarkWindow *window, *other;

  write_journey (path, "Attract", 0);
  window = open_journey (path);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_window_is_active (GTK_WINDOW (window)));
  g_assert_nonnull (window->monitor);

  other = new_window_with_template ("blank");
  WAIT_FOR (gtk_window_is_active (GTK_WINDOW (other)));
  WAIT_FOR (!gtk_window_is_active (GTK_WINDOW (window)));
  g_assert_null (window->monitor);

  write_journey (path, "Theirs", 10);
  spin (200);
  g_assert_cmpint (waymark_window_get_file_state (window), ==, WAYMARK_FILE_STATE_SEEN);
  g_assert_false (gtk_revealer_get_reveal_child (get_banner (window)));

  /* Back in front: the etag tells, and the watching starts again. */
  destroy_window (other);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_window_is_active (GTK_WINDOW (window)));
  WAIT_FOR (waymark_window_get_file_state (window) == WAYMARK_FILE_STATE_CHANGED);
  g_assert_true (gtk_revealer_get_reveal_child (get_banner (window)));
  g_assert_nonnull (window->monitor);

  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv, "window-file");

  g_test_add_func ("/ui/window-file/changed-reload-undo", test_changed_reload_undo);
  g_test_add_func ("/ui/window-file/save-asks-after-outside-change",
                   test_save_asks_after_outside_change);
  g_test_add_func ("/ui/window-file/keep-mine", test_keep_mine);
  g_test_add_func ("/ui/window-file/deleted", test_deleted);
  g_test_add_func ("/ui/window-file/background-window-does-not-watch",
                   test_background_window_does_not_watch);
  g_test_add_func ("/ui/window-file/open-error", test_open_error);

  return ui_test_run ();
}

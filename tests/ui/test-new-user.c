/* test-new-user.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first five minutes, as a new user spends them: start, choose a
 * template, add a stage, rename it, move it, add a question and a metric,
 * undo all of it step by step, redo it, save, close, reopen. Every step goes
 * through the widgets' actions and entries; the test checks that the file
 * holds exactly what the window showed.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "waymark-application.h"
#include "waymark-item-list.h"
#include "waymark-reader.h"
#include "waymark-stages-view.h"
#include "waymark-window.h"
#include "waymark-writer.h"

static gboolean
on_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
iterate (void)
{
  for (guint i = 0; i < 5; i++)
    while (g_main_context_pending (NULL))
      g_main_context_iteration (NULL, FALSE);
}

static gboolean
wait_for_clean (WaymarkDocument *document)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint tick = g_timeout_add (10, on_tick_cb, NULL);

  while (waymark_document_get_dirty (document) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);

  return !waymark_document_get_dirty (document);
}

/* The first widget under @widget that is a @type titled @title (any title
 * when %NULL), looking only at what the user can see. */
static GtkWidget *
find (GtkWidget  *widget,
      GType       type,
      const char *title)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type) &&
      (title == NULL ||
       (ADW_IS_PREFERENCES_ROW (widget) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0) ||
       (ADW_IS_PREFERENCES_GROUP (widget) &&
        g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0)))
    return widget;

  if (GTK_IS_STACK (widget))
    {
      GtkWidget *page = gtk_stack_get_visible_child (GTK_STACK (widget));

      return page ? find (page, type, title) : NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static char *
dup_stage_names (WaymarkJourney *journey)
{
  GListModel *stages = waymark_journey_get_stages (journey);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(WaymarkStage) stage = g_list_model_get_item (stages, i);

      g_string_append_printf (names, "%s%s", i ? "|" : "", waymark_stage_get_name (stage));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static GBytes *
snapshot (WaymarkDocument *document)
{
  return waymark_writer_to_bytes (waymark_document_get_journey (document));
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  g_assert_cmpmem (g_bytes_get_data (a, NULL), g_bytes_get_size (a),
                   g_bytes_get_data (b, NULL), g_bytes_get_size (b));
}

static void
test_first_five_minutes (void)
{
  g_autoptr(WaymarkApplication) app = waymark_application_new ();
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("waymark-new-user-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "plan.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GBytes) final = NULL;
  g_autoptr(WaymarkJourney) reopened = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *names = NULL;
  WaymarkWindow *window;
  WaymarkDocument *document;
  WaymarkJourney *journey;
  GtkWidget *view, *name_row;
  WaymarkItemList *list;
  WaymarkStage *stage;

  g_assert_no_error (error);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (app));

  /* Start: the welcome page; choose a template. */
  window = waymark_application_new_window (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "welcome");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template",
                                             "s", "b2b-lifecycle"));
  iterate ();
  document = waymark_window_get_document (window);
  journey = waymark_document_get_journey (document);
  g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "stages");
  g_ptr_array_add (states, snapshot (document));

  view = find (GTK_WIDGET (window), WAYMARK_TYPE_STAGES_VIEW, NULL);
  g_assert_nonnull (view);

  /* Add a stage after the selected one (Attract). */
  g_assert_true (gtk_widget_activate_action (view, "stages.add", NULL));
  iterate ();
  stage = waymark_stages_view_get_selected_stage (WAYMARK_STAGES_VIEW (view));
  g_ptr_array_add (states, snapshot (document));

  /* Rename it in the Name row, which has the focus. */
  name_row = find (view, ADW_TYPE_ENTRY_ROW, "Name");
  g_assert_nonnull (name_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Evaluate");
  g_signal_emit_by_name (name_row, "apply");
  iterate ();
  g_assert_cmpstr (waymark_stage_get_name (stage), ==, "Evaluate");
  g_ptr_array_add (states, snapshot (document));

  /* Move it to the front, as Alt+Up does. */
  g_assert_true (gtk_widget_activate_action (view, "stages.move-up", NULL));
  iterate ();
  names = dup_stage_names (journey);
  g_assert_cmpstr (names, ==, "Evaluate|Attract|Capture|Nurture|Convert|Expand");
  g_ptr_array_add (states, snapshot (document));

  /* A question and a metric for it. */
  list = WAYMARK_ITEM_LIST (find (view, WAYMARK_TYPE_ITEM_LIST, "Questions"));
  waymark_item_list_add (list, "Who else is on the shortlist?");
  iterate ();
  g_assert_cmpstr (waymark_stage_get_questions (stage)[0], ==, "Who else is on the shortlist?");
  g_ptr_array_add (states, snapshot (document));

  list = WAYMARK_ITEM_LIST (find (view, WAYMARK_TYPE_ITEM_LIST, "Metrics"));
  waymark_item_list_add (list, "Demos given");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (waymark_stage_get_metrics (stage)), ==, 1);
  g_ptr_array_add (states, snapshot (document));
  final = snapshot (document);

  /* Undo all of it, step by step: each step gives back the state before. */
  for (guint i = states->len - 1; i > 0; i--)
    {
      g_autoptr(GBytes) now = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
      iterate ();
      now = snapshot (document);
      assert_bytes_equal (now, g_ptr_array_index (states, i - 1));
    }
  g_assert_false (waymark_document_get_dirty (document));
  g_assert_false (waymark_document_get_can_undo (document));

  /* Redo all of it. */
  for (guint i = 1; i < states->len; i++)
    {
      g_autoptr(GBytes) now = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
      iterate ();
      now = snapshot (document);
      assert_bytes_equal (now, g_ptr_array_index (states, i));
    }
  g_assert_true (waymark_document_get_dirty (document));

  /* Save (to a file chosen beforehand, so no file chooser opens). */
  waymark_document_set_file (document, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (wait_for_clean (document));
  on_disk = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_bytes_equal (on_disk, final);
  shown = dup_stage_names (journey);

  /* Close, and reopen: the file holds exactly what was shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL));
  iterate ();
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  window = waymark_application_open_file (app, file, NULL);
  g_assert_nonnull (window);
  iterate ();
  reopened = waymark_reader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&names, g_free);
  names = dup_stage_names (waymark_document_get_journey (waymark_window_get_document (window)));
  g_assert_cmpstr (names, ==, shown);
  g_assert_false (waymark_document_get_dirty (waymark_window_get_document (window)));
  {
    g_autoptr(GBytes) again = snapshot (waymark_window_get_document (window));

    assert_bytes_equal (again, on_disk);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_application_release (G_APPLICATION (app));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = g_dir_make_tmp ("waymark-test-new-user-XXXXXX", &error);
  g_autofree char *drafts = g_build_filename (tmpdir, "drafts", NULL);

  g_test_init (&argc, &argv, NULL);
  g_setenv ("WAYMARK_DRAFTS_DIR", drafts, TRUE);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);

  gtk_init ();
  adw_init ();

  g_test_add_func ("/ui/new-user/first-five-minutes", test_first_five_minutes);

  return g_test_run ();
}

/* waymark-ui-test.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-reader.h"
#include "waymark-ui-test.h"
#include "waymark-view.h"

WaymarkApplication *ui_test_app;
char *ui_test_tmpdir;

gboolean
ui_test_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Every test program gets its own folder for drafts and saved files, and
 * one application, registered but not run: the tests drive the main loop. */
void
ui_test_init (int          *argc,
              char       ***argv,
              const char   *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strdup_printf ("waymark-test-%s-XXXXXX", name);
  g_autofree char *drafts_dir = NULL;

  g_test_init (argc, argv, NULL);

  ui_test_tmpdir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  drafts_dir = g_build_filename (ui_test_tmpdir, "drafts", NULL);
  g_setenv ("WAYMARK_DRAFTS_DIR", drafts_dir, TRUE);
  g_setenv ("XDG_DATA_HOME", ui_test_tmpdir, TRUE);

  gtk_init ();
  adw_init ();

  ui_test_app = waymark_application_new ();
  g_application_set_flags (G_APPLICATION (ui_test_app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (ui_test_app), NULL, &error);
  g_assert_no_error (error);
  g_application_hold (G_APPLICATION (ui_test_app));
}

int
ui_test_run (void)
{
  int ret = g_test_run ();

  g_application_release (G_APPLICATION (ui_test_app));
  g_clear_object (&ui_test_app);

  return ret;
}

void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;
  guint tick = g_timeout_add (5, ui_test_tick_cb, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);
}

char *
tmp_path (const char *name)
{
  return g_build_filename (ui_test_tmpdir, name, NULL);
}

/* The visible toplevel of @type (a dialog, the print preview), or NULL. */
gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (const GList *l = toplevels; l != NULL; l = l->next)
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
        return l->data;
    }

  return NULL;
}

AdwMessageDialog *
find_message_dialog (void)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* What a click on a response button does: answer, then close. */
void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
}

void
close_all_dialogs (void)
{
  AdwMessageDialog *dialog;

  while ((dialog = find_message_dialog ()))
    gtk_window_destroy (GTK_WINDOW (dialog));
}

GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

gboolean
is_button_for_action (GtkWidget     *widget,
                      gconstpointer  action_name)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0;
}

gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

WaymarkWindow *
new_window_with_template (const char *template_id)
{
  WaymarkWindow *window = waymark_application_new_window (ui_test_app);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "welcome");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window),
                                             "win.new-from-template", "s",
                                             template_id));
  g_assert_nonnull (waymark_window_get_document (window));

  return window;
}

void
destroy_window (WaymarkWindow *window)
{
  g_autoptr(GtkWidget) ref = NULL;

  close_all_dialogs ();
  if (window == NULL)
    return;

  ref = g_object_ref (GTK_WIDGET (window));
  waymark_window_close_confirmed (window);
  WAIT_FOR (g_list_find (gtk_application_get_windows (GTK_APPLICATION (ui_test_app)), ref) == NULL);
}

WaymarkStage *
first_stage (WaymarkDocument *document)
{
  GListModel *stages = waymark_journey_get_stages (waymark_document_get_journey (document));
  WaymarkStage *stage = g_list_model_get_item (stages, 0);

  g_object_unref (stage);
  return stage;
}

/* Runs what is pending, a few rounds, so that idles that queue more run. */
void
ui_test_iterate (void)
{
  for (guint i = 0; i < 5; i++)
    while (g_main_context_pending (NULL))
      g_main_context_iteration (NULL, FALSE);
}

/* Shows @view with the B2B example in a window of its own. */
void
ui_test_view_set_up (ViewFixture *f,
                     GtkWidget   *view)
{
  ui_test_view_set_up_sized (f, view, 1100, 800);
}

/* The same in a window of @width x @height: X11 without a window manager
 * does not resize a window once shown. */
void
ui_test_view_set_up_sized (ViewFixture *f,
                           GtkWidget   *view,
                           int          width,
                           int          height)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  ui_test_view_set_up_journey (f, view, journey, width, height);
}

/* @view showing @journey, in a window of @width x @height. */
void
ui_test_view_set_up_journey (ViewFixture    *f,
                             GtkWidget      *view,
                             WaymarkJourney *journey,
                             int             width,
                             int             height)
{
  f->document = waymark_document_new (journey);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), width, height);
  f->view = view;
  gtk_window_set_child (GTK_WINDOW (f->window), f->view);
  waymark_view_set_document (WAYMARK_VIEW (f->view), f->document);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (f->window);
  ui_test_iterate ();
}

void
ui_test_view_tear_down (ViewFixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ui_test_iterate ();
  g_clear_object (&f->document);
}

/* The files a view's Export… writes, the same as `waymark export`: CSV
 * starting with @csv_start, one PDF, PNG and SVG each; and the @n_pages
 * sheets Print shows, the PDF's. */
void
ui_test_assert_view_exports (GtkWidget  *view,
                             const char *csv_start,
                             guint       n_pages)
{
  static const struct {
    WaymarkExportFormats format;
    const char          *magic;
  } formats[] = {
    { WAYMARK_EXPORT_CSV, NULL },
    { WAYMARK_EXPORT_PDF, "%PDF-" },
    { WAYMARK_EXPORT_PNG, "\x89PNG" },
    { WAYMARK_EXPORT_SVG, "<?xml" },
  };
  g_autoptr(WaymarkPages) pages = NULL;

  g_assert_cmpint (waymark_view_get_export_formats (WAYMARK_VIEW (view)), ==,
                   WAYMARK_EXPORT_PDF | WAYMARK_EXPORT_PNG | WAYMARK_EXPORT_SVG | WAYMARK_EXPORT_CSV);
  g_assert_cmpint (waymark_view_get_paper_formats (WAYMARK_VIEW (view)), ==, WAYMARK_EXPORT_PDF);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) files = waymark_view_export (WAYMARK_VIEW (view), formats[i].format,
                                                        WAYMARK_PAPER_A4, &error);
      const char *data;
      gsize size;

      g_assert_no_error (error);
      g_assert_cmpuint (files->len, ==, 1);
      data = g_bytes_get_data (g_ptr_array_index (files, 0), &size);
      g_assert_cmpuint (size, >, 100);
      if (formats[i].magic != NULL)
        g_assert_cmpmem (data, strlen (formats[i].magic), formats[i].magic, strlen (formats[i].magic));
      else
        g_assert_cmpmem (data, strlen (csv_start), csv_start, strlen (csv_start));
    }

  pages = waymark_view_dup_pages (WAYMARK_VIEW (view), WAYMARK_PAPER_A4);
  g_assert_nonnull (pages);
  g_assert_cmpuint (waymark_pages_get_n_pages (pages), ==, n_pages);
}

/* The touchpoint @id of @journey, which must be one. */
WaymarkTouchpoint *
ui_test_touchpoint (WaymarkJourney *journey,
                    const char     *id)
{
  WaymarkItem *item = waymark_journey_lookup (journey, id);

  g_assert_true (WAYMARK_IS_TOUCHPOINT (item));

  return WAYMARK_TOUCHPOINT (item);
}

/* "stage/lane/order" of the touchpoint @id. */
char *
ui_test_dup_place (WaymarkJourney *journey,
                   const char     *id)
{
  WaymarkTouchpoint *tp = ui_test_touchpoint (journey, id);

  return g_strdup_printf ("%s/%s/%d", waymark_touchpoint_get_stage (tp),
                          waymark_touchpoint_get_lane (tp), waymark_touchpoint_get_order (tp));
}

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
  /* xdotool is done: a round trip to the server puts every event its keys
   * made in our queue; then GTK handles them, and what they started. */
  gdk_display_sync (gdk_display_get_default ());
  ui_test_iterate ();
  spin (100);
  ui_test_iterate ();
}

/* Presses @keys, xdotool's names ("ctrl+z", "Tab"), one after the other,
 * on the X server (XTEST), as a user does: the keys go the whole way through
 * GTK, the shortcut controllers in capture and bubble phase and the focus
 * widget. The test programs run one at a time, so the window under test
 * has the X focus. */
void
press_keys (const char *keys)
{
  g_auto(GStrv) split = g_strsplit (keys, " ", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;

  g_strv_builder_add_many (builder, "key", "--delay", "40", NULL);
  g_strv_builder_addv (builder, (const char **)split);
  args = g_strv_builder_end (builder);
  xdotool ((const char * const *)args);
}

/* Types @text on the X server, key by key. */
void
type_text (const char *text)
{
  const char *args[] = { "type", "--delay", "40", text, NULL };

  xdotool (args);
}

/* The focus of @root, a window, is @widget or inside it (a popover too). */
gboolean
focus_is_in (gpointer   root,
             GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (root));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* test-content-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-content-editor.h"
#include "waymark-content-view.h"
#include "waymark-ui-test.h"

/* The Content view on the B2B example: the two ebooks, the stages with no
 * content marked as gaps, the unanswered questions, sorting, filtering,
 * and adding, editing and deleting through the document's commands. */

typedef ViewFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_view_set_up (f, waymark_content_view_new ());
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_view_tear_down (f);
}

static void
collect (GtkWidget *widget,
         GType      type,
         const char *css_class,
         GPtrArray  *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, css_class, found);
}

static GPtrArray *
find_all (GtkWidget  *widget,
          GType       type,
          const char *css_class)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (widget, type, css_class, found);

  return found;
}

static const char *
title_at (Fixture *f,
          guint    position)
{
  GListModel *items = waymark_content_view_get_items (WAYMARK_CONTENT_VIEW (f->view));
  g_autoptr(WaymarkContentItem) item = g_list_model_get_item (items, position);

  return item ? waymark_content_item_get_title (item) : NULL;
}

static void
test_coverage (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) cells = find_all (f->view, GTK_TYPE_WIDGET, "gap-cell");
  g_autoptr(GPtrArray) gaps = find_all (f->view, GTK_TYPE_WIDGET, "missed");
  g_autoptr(GPtrArray) lists = find_all (f->view, GTK_TYPE_LIST_BOX, "boxed-list");
  GtkListBoxRow *row;
  guint n_rows = 0;

  /* 5 stages x (one persona + all content); Capture, Convert and Expand
   * have none. */
  g_assert_cmpuint (cells->len, ==, 10);
  g_assert_cmpuint (gaps->len, ==, 6);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (g_ptr_array_index (gaps, 0)), ==,
                   "Capture, B2B buyer: no content, a gap");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (g_ptr_array_index (cells, 0)), ==,
                   "Attract, B2B buyer: 1 content item");

  /* The 18 stage questions: the ebooks answer questions of their own. */
  g_assert_cmpuint (lists->len, ==, 1);
  while (gtk_list_box_get_row_at_index (g_ptr_array_index (lists, 0), n_rows))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, 18);
  row = gtk_list_box_get_row_at_index (g_ptr_array_index (lists, 0), 4);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "How many content consumers became known visitors?");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Capture");
}

static void
test_items_sort_filter (Fixture       *f,
                        gconstpointer  data)
{
  GListModel *items = waymark_content_view_get_items (WAYMARK_CONTENT_VIEW (f->view));
  g_autoptr(GPtrArray) column_views = find_all (f->view, GTK_TYPE_COLUMN_VIEW, NULL);
  g_autoptr(GPtrArray) entries = find_all (f->view, GTK_TYPE_SEARCH_ENTRY, NULL);
  GtkColumnView *column_view;
  g_autoptr(GtkColumnViewColumn) title = NULL;
  GListModel *columns;

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  g_assert_cmpstr (title_at (f, 0), ==, "Attraction 101: Content Marketing");
  g_assert_cmpstr (title_at (f, 1), ==, "10 Ways to Nurture the Buyer's Journey");

  g_assert_cmpuint (column_views->len, ==, 1);
  column_view = g_ptr_array_index (column_views, 0);
  columns = gtk_column_view_get_columns (column_view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 6);
  title = g_list_model_get_item (columns, 0);
  g_assert_cmpstr (gtk_column_view_column_get_title (title), ==, "Title");

  /* Sorted by title: "10 Ways" before "Attraction". */
  gtk_column_view_sort_by_column (column_view, title, GTK_SORT_ASCENDING);
  g_assert_cmpstr (title_at (f, 0), ==, "10 Ways to Nurture the Buyer's Journey");
  gtk_column_view_sort_by_column (column_view, title, GTK_SORT_DESCENDING);
  g_assert_cmpstr (title_at (f, 0), ==, "Attraction 101: Content Marketing");

  /* Filtered by any column: "nurture" is in one title and one stage. */
  g_assert_cmpuint (entries->len, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "NURTURE");
  g_signal_emit_by_name (g_ptr_array_index (entries, 0), "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  g_assert_cmpstr (title_at (f, 0), ==, "10 Ways to Nurture the Buyer's Journey");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, 0)), "");
  g_signal_emit_by_name (g_ptr_array_index (entries, 0), "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
}

static WaymarkContentEditor *
find_editor (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (const GList *l = toplevels; l != NULL; l = l->next)
    if (WAYMARK_IS_CONTENT_EDITOR (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static GtkWidget *
find_button (Fixture    *f,
             const char *action_name)
{
  g_autoptr(GPtrArray) buttons = find_all (f->view, GTK_TYPE_BUTTON, NULL);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), action_name) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static void
test_add_edit_delete (Fixture       *f,
                      gconstpointer  data)
{
  GListModel *content = waymark_journey_get_content (waymark_document_get_journey (f->document));
  g_autoptr(WaymarkContentItem) added = NULL;
  WaymarkContentEditor *editor;

  /* Nothing selected: only Add. */
  g_assert_true (gtk_widget_get_sensitive (find_button (f, "content.add")));
  g_assert_false (gtk_widget_get_sensitive (find_button (f, "content.edit")));
  g_assert_false (gtk_widget_get_sensitive (find_button (f, "content.delete")));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (find_button (f, "content.delete")), ==,
                   "Delete Content Item");

  /* Add a case study for Capture that answers one of its questions. */
  g_assert_true (gtk_widget_activate_action (f->view, "content.add", NULL));
  editor = find_editor ();
  g_assert_nonnull (editor);
  waymark_content_editor_set_text (editor, "title", "Calls to action that work");
  waymark_content_editor_set_text (editor, "type", "case study");
  waymark_content_editor_set_text (editor, "question",
                                   "Which calls to action work best, and with which audiences?");
  waymark_content_editor_set_checked (editor, "s-capture", TRUE);
  waymark_content_editor_set_checked (editor, "p-buyer", TRUE);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  ui_test_iterate ();
  g_assert_null (find_editor ());

  g_assert_cmpuint (g_list_model_get_n_items (content), ==, 3);
  added = g_list_model_get_item (content, 2);
  g_assert_cmpstr (waymark_content_item_get_title (added), ==, "Calls to action that work");
  g_assert_cmpstr (waymark_content_item_get_content_type (added), ==, "case study");
  g_assert_true (g_strv_equal (waymark_content_item_get_stages (added),
                               (const char * const[]) { "s-capture", NULL }));
  g_assert_true (g_strv_equal (waymark_content_item_get_personas (added),
                               (const char * const[]) { "p-buyer", NULL }));
  g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Add Content");

  /* Capture is no longer a gap; one question fewer is unanswered. */
  {
    g_autoptr(GPtrArray) gaps = find_all (f->view, GTK_TYPE_WIDGET, "missed");

    g_assert_cmpuint (gaps->len, ==, 4);
  }

  /* Edit it: select, edit, save. */
  waymark_content_view_select (WAYMARK_CONTENT_VIEW (f->view), 2);
  g_assert_true (gtk_widget_get_sensitive (find_button (f, "content.edit")));
  g_assert_true (gtk_widget_activate_action (f->view, "content.edit", NULL));
  editor = find_editor ();
  waymark_content_editor_set_text (editor, "url", "https://example.com/cta");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  ui_test_iterate ();
  g_assert_cmpstr (waymark_content_item_get_url (added), ==, "https://example.com/cta");
  g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Edit Content Item");
  /* The selection stays on the edited item. */
  g_assert_cmpstr (title_at (f, 2), ==, "Calls to action that work");

  /* Delete it, and undo brings it back. */
  g_assert_true (gtk_widget_activate_action (f->view, "content.delete", NULL));
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (content), ==, 2);
  waymark_document_undo (f->document);
  ui_test_iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (content), ==, 3);
}

/* Export… and Print: the same files and sheets as the command line. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  ui_test_assert_view_exports (f->view, "\xef\xbb\xbfStage,B2B buyer,All content,Unanswered questions", 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/content-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("coverage", test_coverage);
  ADD ("items-sort-filter", test_items_sort_filter);
  ADD ("add-edit-delete", test_add_edit_delete);
  ADD ("export", test_export);

  return g_test_run ();
}

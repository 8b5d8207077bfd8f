/* test-matrix-dialogs.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "waymark-matrix-fixture.h"
#include "waymark-matrix-view.h"
#include "waymark-reader.h"
#include "waymark-ui-test.h"
#include "waymark-writer.h"

/* The Matrix view's dialogs as a user meets them (add a role, rename,
 * edit a handoff's agreement: typed into the dialog's entry, answered with
 * its buttons), a file that assigns a cell twice opening with its warning,
 * and Page Up/Down moving by a screenful of rows of a large matrix. */

typedef ViewFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_view_set_up (f, waymark_matrix_view_new ());
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  close_all_dialogs ();
  ui_test_view_tear_down (f);
}

static WaymarkJourney *
journey (Fixture *f)
{
  return waymark_document_get_journey (f->document);
}

/* The dialog an action opened: its heading, and its entry, which has the
 * focus and holds @initial. */
static AdwMessageDialog *
wait_for_dialog (const char *heading,
                 const char *initial,
                 GtkWidget **entry)
{
  AdwMessageDialog *dialog;

  WAIT_FOR (find_message_dialog () != NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  *entry = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_ENTRY (*entry));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (*entry)), ==, initial);
  /* The entry's text takes the keys. */
  WAIT_FOR (gtk_root_get_focus (GTK_ROOT (dialog)) != NULL &&
            gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), *entry));

  return dialog;
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static void
test_add_role (Fixture       *f,
               gconstpointer  data)
{
  GListModel *roles = waymark_journey_get_roles (journey (f));
  g_autoptr(WaymarkItem) added = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  /* Cancelled: nothing changes. */
  gtk_widget_activate_action (f->view, "matrix.add-role", NULL);
  dialog = wait_for_dialog ("Add Role", "", &entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Legal");
  respond (dialog, "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 3);
  g_assert_false (waymark_document_get_can_undo (f->document));

  /* Blank is no name either. */
  gtk_widget_activate_action (f->view, "matrix.add-role", NULL);
  dialog = wait_for_dialog ("Add Role", "", &entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  respond (dialog, "apply");
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 3);

  gtk_widget_activate_action (f->view, "matrix.add-role", NULL);
  dialog = wait_for_dialog ("Add Role", "", &entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "  Legal ");
  respond (dialog, "apply");
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 4);
  added = g_list_model_get_item (roles, 3);
  g_assert_cmpstr (waymark_item_get_label (added), ==, "Legal");
  g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Add Role");
  /* The matrix has its column, empty. */
  g_assert_nonnull (waymark_matrix_view_get_cell (WAYMARK_MATRIX_VIEW (f->view), 0, 3));
  g_assert_nonnull (find_widget (f->view, is_label_with_text, "Legal"));

  g_assert_true (waymark_document_undo (f->document));
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 3);
  g_assert_null (waymark_matrix_view_get_cell (WAYMARK_MATRIX_VIEW (f->view), 0, 3));
}

static void
test_rename (Fixture       *f,
             gconstpointer  data)
{
  WaymarkItem *sales = waymark_journey_lookup (journey (f), "r-sales");
  WaymarkItem *scoring = NULL;
  GListModel *activities = waymark_journey_get_activities (journey (f));
  g_autoptr(WaymarkItem) first = g_list_model_get_item (activities, 0);
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  gtk_widget_activate_action (f->view, "matrix.rename", "s", "r-sales");
  dialog = wait_for_dialog ("Rename Role", "Sales", &entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Vertrieb");
  respond (dialog, "apply");
  g_assert_cmpstr (waymark_item_get_label (sales), ==, "Vertrieb");
  g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Rename");
  g_assert_nonnull (find_widget (f->view, is_label_with_text, "Vertrieb"));
  g_assert_null (find_widget (f->view, is_label_with_text, "Sales"));

  scoring = first;
  gtk_widget_activate_action (f->view, "matrix.rename", "s", waymark_item_get_id (scoring));
  dialog = wait_for_dialog ("Rename Activity", "Lead scoring", &entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  respond (dialog, "apply");
  /* An empty name is refused: the activity keeps its own. */
  g_assert_cmpstr (waymark_item_get_label (scoring), ==, "Lead scoring");

  /* A handoff without a name of its own gets one. */
  gtk_widget_activate_action (f->view, "matrix.rename", "s", "h-attract-capture");
  dialog = wait_for_dialog ("Rename Handoff", "", &entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Lead handover");
  respond (dialog, "apply");
  g_assert_cmpstr (waymark_item_get_label (waymark_journey_lookup (journey (f), "h-attract-capture")),
                   ==, "Lead handover");
  g_assert_nonnull (find_widget (f->view, is_label_with_text, "Lead handover"));

  g_assert_true (waymark_document_undo (f->document));
  g_assert_true (waymark_document_undo (f->document));
  g_assert_cmpstr (waymark_item_get_label (sales), ==, "Sales");
  g_assert_false (waymark_document_get_can_undo (f->document));
}

static void
test_agreement (Fixture       *f,
                gconstpointer  data)
{
  WaymarkItem *handoff = waymark_journey_lookup (journey (f), "h-attract-capture");
  WaymarkItem *mql = waymark_journey_lookup (journey (f), "h-nurture-convert");
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  g_assert_nonnull (find_widget (f->view, is_label_with_text, "No agreement yet"));

  gtk_widget_activate_action (f->view, "matrix.edit-agreement", "s", "h-attract-capture");
  dialog = wait_for_dialog ("Agreement of the Handoff", "", &entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Marketing passes every lead within a day.");
  respond (dialog, "apply");
  g_assert_cmpstr (waymark_handoff_get_agreement (WAYMARK_HANDOFF (handoff)), ==,
                   "Marketing passes every lead within a day.");
  g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Edit");
  g_assert_nonnull (find_widget (f->view, is_label_with_text,
                                 "Marketing passes every lead within a day."));

  /* The dialog shows the text there is; emptied, the agreement goes. */
  gtk_widget_activate_action (f->view, "matrix.edit-agreement", "s", "h-nurture-convert");
  dialog = wait_for_dialog ("Agreement of the Handoff",
                            "Sales follows up every marketing qualified lead within one "
                            "business day.", &entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  respond (dialog, "apply");
  g_assert_cmpstr (waymark_handoff_get_agreement (WAYMARK_HANDOFF (mql)), ==, "");

  /* Only a handoff has an agreement. */
  gtk_widget_activate_action (f->view, "matrix.edit-agreement", "s", "s-attract");
  spin (50);
  g_assert_null (find_message_dialog ());

  g_assert_true (waymark_document_undo (f->document));
  g_assert_true (waymark_document_undo (f->document));
  g_assert_cmpstr (waymark_handoff_get_agreement (WAYMARK_HANDOFF (handoff)), ==, "");
  g_assert_false (waymark_document_get_can_undo (f->document));
}

/* A file that assigns Sales to Convert twice: the window says so when it
 * opens, names both places, and shows the merged cell. */
static void
test_open_with_warnings (void)
{
  const char *text =
    "{\"format\":\"waymark\",\"version\":1,\"journey\":{\"title\":\"Twice\","
    "\"stages\":[{\"id\":\"s1\",\"name\":\"Nurture\"},{\"id\":\"s2\",\"name\":\"Convert\"}],"
    "\"roles\":[{\"id\":\"r1\",\"name\":\"Sales\"}],"
    "\"handoffs\":[{\"id\":\"h1\",\"from\":\"s1\",\"to\":\"s2\"}],"
    "\"accountability\":[{\"row\":\"s2\",\"role\":\"r1\",\"raci\":\"A\"},"
    "{\"row\":\"s2\",\"role\":\"r1\",\"raci\":\"R\"}]}}";
  g_autofree char *path = tmp_path ("twice.waymark");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;
  WaymarkWindow *window;
  WaymarkDocument *document;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  window = waymark_application_open_file (ui_test_app, file, NULL);
  g_assert_nonnull (window);
  WAIT_FOR (find_message_dialog () != NULL);
  dialog = find_message_dialog ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Opened With Warnings");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "Waymark corrected these places of the file while opening it. "
                   "Saving writes the corrected journey.\n\n"
                   "• journey.accountability[0] and journey.accountability[1] both assign "
                   "role “Sales” to row “Convert”; their letters are merged into one cell, “RA”");

  /* The journey shown is the corrected one, not yet saved. */
  document = waymark_window_get_document (window);
  g_assert_true (waymark_document_get_dirty (document));
  g_assert_cmpuint (g_list_model_get_n_items (
                      waymark_journey_get_accountability (waymark_document_get_journey (document))),
                    ==, 1);
  respond (dialog, "close");
  g_assert_null (find_message_dialog ());

  destroy_window (window);
  g_unlink (path);
}

/* The top of row @row in the matrix's grid. */
static double
row_top (WaymarkMatrixView *view,
         guint              row)
{
  GtkWidget *cell = waymark_matrix_view_get_cell (view, row, 0);
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (cell, gtk_widget_get_parent (cell), &bounds));

  return bounds.origin.y;
}

static guint
cursor_row (WaymarkMatrixView *view,
            guint              n_rows)
{
  GtkWidget *cursor = waymark_matrix_view_get_cursor (view);

  for (guint row = 0; row < n_rows; row++)
    if (waymark_matrix_view_get_cell (view, row, 0) == cursor)
      return row;

  g_assert_not_reached ();
}

static GtkAdjustment *
body_adjustment (WaymarkMatrixView *view)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (waymark_matrix_view_get_cursor (view),
                                                 GTK_TYPE_SCROLLED_WINDOW);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
}

static gboolean
press (WaymarkMatrixView *view,
       guint              keyval)
{
  GtkWidget *grid = gtk_widget_get_parent (waymark_matrix_view_get_cursor (view));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (grid);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }

  return handled;
}

/* 87 rows of four roles, about five screenfuls: Page Down goes to the last
 * row whose top is at most one screenful below the cursor's, and the body
 * scrolls as far as the cursor went; Page Up comes back the same way. */
static void
test_page_keys (void)
{
  g_autoptr(GBytes) bytes = waymark_matrix_fixture_new (8, 9, 4, WAYMARK_FIXTURE_ENGLISH);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) large = waymark_reader_load_bytes (bytes, "long.waymark", &error);
  ViewFixture f;
  WaymarkMatrixView *view;
  GtkAdjustment *adjustment;
  guint n_rows = 87, row = 0, previous;
  double page;
  guint n_pages = 0;

  g_assert_no_error (error);
  ui_test_view_set_up_journey (&f, waymark_matrix_view_new (), large, 1100, 760);
  view = WAYMARK_MATRIX_VIEW (f.view);

  g_assert_nonnull (waymark_matrix_view_get_cell (view, n_rows - 1, 3));
  g_assert_null (waymark_matrix_view_get_cell (view, n_rows, 0));
  adjustment = body_adjustment (view);
  page = gtk_adjustment_get_page_size (adjustment);
  g_assert_cmpfloat (page, >, 200);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 4 * page);

  while (row < n_rows - 1)
    {
      double start = row_top (view, row), value = gtk_adjustment_get_value (adjustment);

      previous = row;
      g_assert_true (press (view, GDK_KEY_Page_Down));
      ui_test_iterate ();
      row = cursor_row (view, n_rows);
      n_pages++;

      /* Farther than ten rows of a handoff's height would be, and exactly
       * the rows a screenful holds. */
      g_assert_cmpuint (row, >, previous + 1);
      g_assert_cmpfloat (row_top (view, row) - start, <=, page);
      if (row < n_rows - 1)
        g_assert_cmpfloat (row_top (view, row + 1) - start, >, page);
      /* The body scrolled as far as the cursor moved: it stays in its
       * place on the screen, until the end of the matrix stops it. */
      g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==,
                         MIN (value + row_top (view, row) - start,
                              gtk_adjustment_get_upper (adjustment) - page));
    }
  g_assert_cmpuint (row, ==, n_rows - 1);
  g_assert_cmpuint (n_pages, >=, 4);
  /* The edge holds. */
  g_assert_true (press (view, GDK_KEY_Page_Down));
  g_assert_cmpuint (cursor_row (view, n_rows), ==, n_rows - 1);

  while (row > 0)
    {
      double start = row_top (view, row);

      previous = row;
      g_assert_true (press (view, GDK_KEY_Page_Up));
      ui_test_iterate ();
      row = cursor_row (view, n_rows);
      g_assert_cmpuint (row + 1, <, previous);
      g_assert_cmpfloat (start - row_top (view, row), <=, page);
      if (row > 0)
        g_assert_cmpfloat (start - row_top (view, row - 1), >, page);
      g_assert_cmpfloat (row_top (view, row), >=, gtk_adjustment_get_value (adjustment));
    }
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  ui_test_view_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv, "matrix-dialogs");

#define ADD(path, func) \
  g_test_add ("/matrix-dialogs/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("add-role", test_add_role);
  ADD ("rename", test_rename);
  ADD ("agreement", test_agreement);
  g_test_add_func ("/matrix-dialogs/open-with-warnings", test_open_with_warnings);
  g_test_add_func ("/matrix-dialogs/page-keys", test_page_keys);

  return ui_test_run ();
}

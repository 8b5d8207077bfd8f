/* test-matrix-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-matrix-cell.h"
#include "waymark-matrix.h"
#include "waymark-matrix-view.h"
#include "waymark-reader.h"
#include "waymark-writer.h"

/* The B2B example in a Matrix view in a window, filled with the keys as a
 * meeting would: the model, the undo stack and the validation bar follow
 * each key. The example's rows: 0 Attract, 1 Attract → Capture, 2 Capture,
 * 3 Capture → Nurture, 4 Nurture, 5 Lead scoring, 6 MQL to SQL, 7 Convert,
 * 8 Convert → Expand, 9 Expand, 10 Three-way service level agreement; its
 * roles: 0 Marketing, 1 Sales, 2 Service. */

typedef struct
{
  GtkWidget         *window;
  WaymarkMatrixView *view;
  WaymarkDocument   *document;
  WaymarkJourney    *journey;
  GBytes            *original;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  f->journey = journey;
  f->document = waymark_document_new (journey);
  f->original = waymark_writer_to_bytes (journey);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  f->view = WAYMARK_MATRIX_VIEW (waymark_matrix_view_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  waymark_view_set_document (WAYMARK_VIEW (f->view), f->document);
  waymark_view_ensure_built (WAYMARK_VIEW (f->view));
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_pointer (&f->original, g_bytes_unref);
  g_assert_finalize_object (f->document);
}

static WaymarkMatrixCell *
cursor (Fixture *f)
{
  GtkWidget *cell = waymark_matrix_view_get_cursor (f->view);

  g_assert_true (WAYMARK_IS_MATRIX_CELL (cell));

  return WAYMARK_MATRIX_CELL (cell);
}

/* "row id/role id" of the cursor */
static char *
cursor_place (Fixture *f)
{
  WaymarkMatrixCell *cell = cursor (f);

  return g_strdup_printf ("%s/%s", waymark_item_get_id (waymark_matrix_cell_get_row (cell)),
                          waymark_item_get_id (WAYMARK_ITEM (waymark_matrix_cell_get_role (cell))));
}

#define assert_cursor(f, expected) G_STMT_START { \
  g_autofree char *_place = cursor_place (f); \
  g_assert_cmpstr (_place, ==, expected); \
} G_STMT_END

/* A key pressed in the matrix, as its key controller receives it. */
static gboolean
press (Fixture         *f,
       guint            keyval,
       GdkModifierType  state)
{
  GtkWidget *grid = gtk_widget_get_parent (GTK_WIDGET (cursor (f)));
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (grid);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          return handled;
        }
    }

  g_assert_not_reached ();
}

static void
press_times (Fixture *f,
             guint    keyval,
             guint    times)
{
  for (guint i = 0; i < times; i++)
    g_assert_true (press (f, keyval, 0));
}

static WaymarkRaci
raci (Fixture    *f,
      const char *row,
      const char *role)
{
  return waymark_matrix_get_raci (f->journey, row, role);
}

static void
assert_same_bytes (GBytes *actual,
                   GBytes *expected)
{
  g_autofree char *a = g_strndup (g_bytes_get_data (actual, NULL), g_bytes_get_size (actual));
  g_autofree char *e = g_strndup (g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  g_assert_cmpstr (a, ==, e);
}

/* Fill the two rows that need attention with the keys alone; the bar
 * counts down, Delete brings a problem back, and each key is one undo
 * step. */
static void
test_fill_with_keys (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GBytes) after = NULL;
  guint steps = 0;

  g_assert_cmpstr (waymark_matrix_view_get_summary (f->view), ==,
                   "2 rows have no one accountable · 1 row has no one responsible");
  assert_cursor (f, "s-attract/r-marketing");

  press_times (f, GDK_KEY_Down, 9);
  press_times (f, GDK_KEY_Right, 1);
  assert_cursor (f, "s-expand/r-sales");
  g_assert_true (press (f, GDK_KEY_a, 0));
  g_assert_cmpuint (raci (f, "s-expand", "r-sales"), ==,
                    WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE);
  g_assert_cmpuint (waymark_matrix_cell_get_raci (cursor (f)), ==,
                    WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE);
  g_assert_true (waymark_document_get_can_undo (f->document));
  g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Set Responsibility");
  g_assert_cmpstr (waymark_matrix_view_get_summary (f->view), ==,
                   "1 row has no one accountable · 1 row has no one responsible");

  press_times (f, GDK_KEY_Down, 1);
  press_times (f, GDK_KEY_Right, 1);
  assert_cursor (f, "a-sla/r-service");
  /* Capitals toggle as well. */
  g_assert_true (press (f, GDK_KEY_R, GDK_SHIFT_MASK));
  g_assert_cmpstr (waymark_matrix_view_get_summary (f->view), ==, "1 row has no one accountable");
  g_assert_true (press (f, GDK_KEY_a, 0));
  g_assert_cmpuint (raci (f, "a-sla", "r-service"), ==,
                    WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE | WAYMARK_RACI_CONSULTED);
  g_assert_cmpstr (waymark_matrix_view_get_summary (f->view), ==,
                   "Every row has one role accountable and at least one responsible");

  /* C off again, then Delete clears the cell. */
  g_assert_true (press (f, GDK_KEY_c, 0));
  g_assert_cmpuint (raci (f, "a-sla", "r-service"), ==,
                    WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE);
  g_assert_true (press (f, GDK_KEY_Delete, 0));
  g_assert_cmpuint (raci (f, "a-sla", "r-service"), ==, WAYMARK_RACI_NONE);
  g_assert_cmpstr (waymark_matrix_view_get_summary (f->view), ==,
                   "1 row has no one accountable · 1 row has no one responsible");

  /* Shortcuts of the window are not the matrix's. */
  g_assert_false (press (f, GDK_KEY_z, GDK_CONTROL_MASK));
  g_assert_false (press (f, GDK_KEY_r, GDK_ALT_MASK));

  after = waymark_writer_to_bytes (f->journey);
  while (waymark_document_undo (f->document))
    steps++;
  g_assert_cmpuint (steps, ==, 5);
  {
    g_autoptr(GBytes) undone = waymark_writer_to_bytes (f->journey);

    assert_same_bytes (undone, f->original);
  }
  g_assert_cmpstr (waymark_matrix_view_get_summary (f->view), ==,
                   "2 rows have no one accountable · 1 row has no one responsible");
  g_assert_cmpuint (waymark_matrix_cell_get_raci (cursor (f)), ==, WAYMARK_RACI_CONSULTED);
}

static void
test_navigation (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *focus;

  press_times (f, GDK_KEY_End, 1);
  assert_cursor (f, "s-attract/r-service");
  /* The edges hold. */
  press_times (f, GDK_KEY_Right, 1);
  press_times (f, GDK_KEY_Up, 1);
  assert_cursor (f, "s-attract/r-service");
  press_times (f, GDK_KEY_Home, 1);
  assert_cursor (f, "s-attract/r-marketing");
  press_times (f, GDK_KEY_Page_Down, 1);
  assert_cursor (f, "a-sla/r-marketing");
  press_times (f, GDK_KEY_Up, 1);
  press_times (f, GDK_KEY_Page_Up, 1);
  assert_cursor (f, "s-attract/r-marketing");
  press_times (f, GDK_KEY_Page_Down, 1);
  press_times (f, GDK_KEY_Page_Down, 1);
  press_times (f, GDK_KEY_Page_Up, 1);
  assert_cursor (f, "s-attract/r-marketing");
  g_assert_true (press (f, GDK_KEY_End, GDK_CONTROL_MASK));
  assert_cursor (f, "a-sla/r-service");
  g_assert_true (press (f, GDK_KEY_Home, GDK_CONTROL_MASK));
  assert_cursor (f, "s-attract/r-marketing");

  /* One cell takes the focus: the cursor. */
  press_times (f, GDK_KEY_Down, 7);
  press_times (f, GDK_KEY_Right, 1);
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == GTK_WIDGET (cursor (f)));
  g_assert_true (gtk_widget_get_focusable (focus));
  g_assert_false (gtk_widget_get_focusable (waymark_matrix_view_get_cell (f->view, 0, 0)));
}

static void
test_accessible_names (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *convert = NULL;
  g_autofree char *handoff = NULL;
  g_autofree char *empty = NULL;

  convert = waymark_matrix_cell_dup_accessible_label (
    WAYMARK_MATRIX_CELL (waymark_matrix_view_get_cell (f->view, 7, 1)));
  g_assert_cmpstr (convert, ==, "Convert, Sales: Responsible, Accountable");
  handoff = waymark_matrix_cell_dup_accessible_label (
    WAYMARK_MATRIX_CELL (waymark_matrix_view_get_cell (f->view, 8, 2)));
  g_assert_cmpstr (handoff, ==, "Convert → Expand, Service: Responsible");
  empty = waymark_matrix_cell_dup_accessible_label (
    WAYMARK_MATRIX_CELL (waymark_matrix_view_get_cell (f->view, 0, 2)));
  g_assert_cmpstr (empty, ==, "Attract, Service: empty");
  g_assert_cmpint (gtk_accessible_get_accessible_role (
                     GTK_ACCESSIBLE (waymark_matrix_view_get_cell (f->view, 0, 0))), ==,
                   GTK_ACCESSIBLE_ROLE_GRID_CELL);
  g_assert_cmpint (gtk_accessible_get_accessible_role (
                     GTK_ACCESSIBLE (gtk_widget_get_parent (waymark_matrix_view_get_cell (f->view, 0, 0)))), ==,
                   GTK_ACCESSIBLE_ROLE_GRID);
}

/* The bar walks through the rows that need attention, round the end. */
static void
test_walk_problems (Fixture       *f,
                    gconstpointer  data)
{
  waymark_matrix_view_next_problem (f->view);
  assert_cursor (f, "s-expand/r-marketing");
  waymark_matrix_view_next_problem (f->view);
  assert_cursor (f, "a-sla/r-marketing");
  waymark_matrix_view_next_problem (f->view);
  assert_cursor (f, "s-expand/r-marketing");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == GTK_WIDGET (cursor (f)));
}

/* A change of one cell redraws that cell; a change of a role rebuilds
 * the matrix, cursor kept. */
static void
test_follows_document (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *cell = waymark_matrix_view_get_cell (f->view, 9, 1);
  WaymarkItem *expand = waymark_journey_lookup (f->journey, "s-expand");
  WaymarkItem *sales = waymark_journey_lookup (f->journey, "r-sales");
  g_autofree char *label = NULL;

  waymark_document_set_raci (f->document, expand, WAYMARK_ROLE (sales), WAYMARK_RACI_ACCOUNTABLE);
  g_assert_true (waymark_matrix_view_get_cell (f->view, 9, 1) == cell);
  g_assert_cmpuint (waymark_matrix_cell_get_raci (WAYMARK_MATRIX_CELL (cell)), ==,
                    WAYMARK_RACI_ACCOUNTABLE);
  g_assert_cmpstr (waymark_matrix_view_get_summary (f->view), ==,
                   "1 row has no one accountable · 1 row has no one responsible");

  press_times (f, GDK_KEY_Down, 2);
  waymark_document_rename (f->document, sales, "Vertrieb");
  g_assert_false (waymark_matrix_view_get_cell (f->view, 9, 1) == cell);
  assert_cursor (f, "s-capture/r-marketing");
  label = waymark_matrix_cell_dup_accessible_label (
    WAYMARK_MATRIX_CELL (waymark_matrix_view_get_cell (f->view, 9, 1)));
  g_assert_cmpstr (label, ==, "Expand, Vertrieb: Accountable");

  /* A new role is a new column. */
  waymark_document_add_role (f->document, G_MAXUINT, "Partners");
  g_assert_nonnull (waymark_matrix_view_get_cell (f->view, 0, 3));
  g_assert_null (waymark_matrix_view_get_cell (f->view, 0, 4));
}

/* Click a cell: four toggles, each one undo step. */
static void
test_popover (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *cell = waymark_matrix_view_get_cell (f->view, 7, 2);
  GtkWidget *popover = NULL;
  GtkWidget *informed = NULL;
  GtkWidget *page;

  g_signal_emit_by_name (cell, "clicked");
  assert_cursor (f, "s-convert/r-service");

  /* The popover hangs on the page: cell, grid, viewport, scroller, table,
   * page. */
  page = cell;
  for (guint i = 0; i < 5; i++)
    page = gtk_widget_get_parent (page);
  for (GtkWidget *child = gtk_widget_get_first_child (page);
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      popover = child;
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));

  for (GtkWidget *w = gtk_widget_get_first_child (gtk_popover_get_child (GTK_POPOVER (popover)));
       w != NULL; w = gtk_widget_get_next_sibling (w))
    if (g_str_equal (gtk_check_button_get_label (GTK_CHECK_BUTTON (w)), "_Informed (I)"))
      informed = w;
  g_assert_nonnull (informed);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (informed), TRUE);
  g_assert_cmpuint (raci (f, "s-convert", "r-service"), ==, WAYMARK_RACI_INFORMED);
  g_assert_cmpuint (waymark_matrix_cell_get_raci (WAYMARK_MATRIX_CELL (cell)), ==,
                    WAYMARK_RACI_INFORMED);

  /* Undo from elsewhere: the toggle follows. */
  g_assert_true (waymark_document_undo (f->document));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (informed)));
  g_assert_false (waymark_document_get_can_undo (f->document));
  gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
activate_on (Fixture    *f,
             const char *action,
             const char *id)
{
  gtk_widget_activate_action (GTK_WIDGET (f->view), action, "s", id);
}

static char *
role_ids (Fixture *f)
{
  GListModel *roles = waymark_journey_get_roles (f->journey);
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(WaymarkItem) role = g_list_model_get_item (roles, i);

      g_string_append_printf (str, "%s%s", i ? " " : "", waymark_item_get_id (role));
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* The header menus' actions: roles move and go, activities move within
 * their stage and go, each one undo step, and the matrix follows. */
static void
test_header_actions (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *moved = NULL;
  g_autofree char *label = NULL;
  guint steps = 0;

  activate_on (f, "matrix.move-role-right", "r-marketing");
  moved = role_ids (f);
  g_assert_cmpstr (moved, ==, "r-sales r-marketing r-service");
  label = waymark_matrix_cell_dup_accessible_label (
    WAYMARK_MATRIX_CELL (waymark_matrix_view_get_cell (f->view, 0, 1)));
  g_assert_cmpstr (label, ==, "Attract, Marketing: Responsible, Accountable");
  /* The first role goes no further left. */
  activate_on (f, "matrix.move-role-left", "r-sales");
  g_clear_pointer (&moved, g_free);
  moved = role_ids (f);
  g_assert_cmpstr (moved, ==, "r-sales r-marketing r-service");

  /* A second activity in Nurture, moved above Lead scoring. */
  waymark_document_add_activity (f->document, G_MAXUINT, "Webinars",
                                 WAYMARK_STAGE (waymark_journey_lookup (f->journey, "s-nurture")));
  g_clear_pointer (&label, g_free);
  label = waymark_matrix_cell_dup_accessible_label (
    WAYMARK_MATRIX_CELL (waymark_matrix_view_get_cell (f->view, 6, 0)));
  g_assert_cmpstr (label, ==, "Webinars, Sales: empty");
  {
    GListModel *activities = waymark_journey_get_activities (f->journey);
    g_autoptr(WaymarkItem) webinars = g_list_model_get_item (activities, 2);

    activate_on (f, "matrix.move-activity-up", waymark_item_get_id (webinars));
    g_clear_pointer (&label, g_free);
    label = waymark_matrix_cell_dup_accessible_label (
      WAYMARK_MATRIX_CELL (waymark_matrix_view_get_cell (f->view, 5, 0)));
    g_assert_cmpstr (label, ==, "Webinars, Sales: empty");

    activate_on (f, "matrix.delete", waymark_item_get_id (webinars));
    g_assert_null (waymark_journey_lookup (f->journey, waymark_item_get_id (webinars)));
  }

  activate_on (f, "matrix.delete", "r-service");
  g_assert_null (waymark_journey_lookup (f->journey, "r-service"));
  g_assert_null (waymark_matrix_view_get_cell (f->view, 0, 2));
  /* A stage is not deleted from the matrix. */
  activate_on (f, "matrix.delete", "s-attract");
  g_assert_nonnull (waymark_journey_lookup (f->journey, "s-attract"));

  while (waymark_document_undo (f->document))
    steps++;
  g_assert_cmpuint (steps, ==, 5);
  {
    g_autoptr(GBytes) undone = waymark_writer_to_bytes (f->journey);

    assert_same_bytes (undone, f->original);
  }
}

static gboolean
on_tick_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* The main loop runs until @cond holds, ten seconds at the most. */
#define WAIT_FOR(cond)                                                          \
  G_STMT_START {                                                                \
    gint64 _end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;                \
    guint _tick = g_timeout_add (10, on_tick_cb, NULL);                         \
    while (!(cond) && g_get_monotonic_time () < _end)                           \
      g_main_context_iteration (NULL, TRUE);                                    \
    g_source_remove (_tick);                                                    \
    g_assert_true (cond);                                                       \
  } G_STMT_END

static GtkWidget *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (const GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

/* Ctrl+V of a grid copied from a spreadsheet: one undo step; a grid that
 * does not match changes nothing and says why. */
static void
test_paste (Fixture       *f,
            gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (f->view));
  g_autoptr(GBytes) pasted = NULL;
  GtkWidget *dialog;

  gdk_clipboard_set_text (clipboard,
                          "\tMarketing\tSales\tService\n"
                          "Expand\tR\tA/R\tR\n"
                          "Three-way service level agreement\tC\tC\tR, A\n");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "matrix.paste", NULL);
  WAIT_FOR (raci (f, "a-sla", "r-service") != WAYMARK_RACI_CONSULTED);
  g_assert_cmpuint (raci (f, "a-sla", "r-service"), ==,
                    WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE);
  g_assert_cmpuint (raci (f, "s-expand", "r-sales"), ==,
                    WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE);
  g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Import Matrix");
  g_assert_cmpstr (waymark_matrix_view_get_summary (f->view), ==,
                   "Every row has one role accountable and at least one responsible");
  pasted = waymark_writer_to_bytes (f->journey);

  gdk_clipboard_set_text (clipboard, "\tMarketing\tLegal\nExpand\tR\tA\n");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "matrix.paste", NULL);
  WAIT_FOR (find_message_dialog () != NULL);
  dialog = find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==,
                   "line 1: no role is named “Legal”");
  gtk_window_destroy (GTK_WINDOW (dialog));
  {
    g_autoptr(GBytes) now = waymark_writer_to_bytes (f->journey);

    assert_same_bytes (now, pasted);
  }

  g_assert_true (waymark_document_undo (f->document));
  g_assert_false (waymark_document_get_can_undo (f->document));
  {
    g_autoptr(GBytes) undone = waymark_writer_to_bytes (f->journey);

    assert_same_bytes (undone, f->original);
  }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  ADD ("/matrix-view/fill-with-keys", test_fill_with_keys);
  ADD ("/matrix-view/navigation", test_navigation);
  ADD ("/matrix-view/accessible-names", test_accessible_names);
  ADD ("/matrix-view/walk-problems", test_walk_problems);
  ADD ("/matrix-view/follows-document", test_follows_document);
  ADD ("/matrix-view/popover", test_popover);
  ADD ("/matrix-view/paste", test_paste);
  ADD ("/matrix-view/header-actions", test_header_actions);

  return g_test_run ();
}

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
 * The test programs of tests/ui run one at a time (is_parallel: false), so
 * the window under test has the X focus.
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-ui-test.h"

#include "waymark-map-canvas.h"
#include "waymark-map-layout.h"
#include "waymark-matrix-cell.h"
#include "waymark-matrix-view.h"
#include "waymark-stages-view.h"
#include "waymark-window.h"

static WaymarkWindow *
new_focused_window (void)
{
  WaymarkWindow *window = new_window_with_template ("b2b-lifecycle");

  WAIT_FOR (gtk_window_is_active (GTK_WINDOW (window)));

  return window;
}

static gboolean
is_mapped_canvas (GtkWidget     *widget,
                  gconstpointer  data)
{
  return WAYMARK_IS_MAP_CANVAS (widget) && gtk_widget_get_mapped (widget);
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
  press_keys ("ctrl+a");
  type_text ("Discover");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), "Discover") == 0);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_stage_list_label, "Discover"));
  g_assert_cmpstr (waymark_document_get_undo_label (document), ==, "Rename");

  press_keys ("ctrl+z");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), before) == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, before);
  g_assert_true (focus_is_in (window, name));
  /* One step for the whole visit. */
  g_assert_false (waymark_document_get_can_undo (document));
  g_assert_false (waymark_document_get_dirty (document));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_stage_list_label, before));
  g_assert_null (find_widget (GTK_WIDGET (window), is_stage_list_label, "Discover"));

  press_keys ("ctrl+shift+z");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), "Discover") == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Discover");

  /* Typing on after the redo, then Escape: back to "Discover", and no
   * step left for the typing. */
  press_keys ("End");
  type_text ("ed");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), "Discovered") == 0);
  press_keys ("Escape");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), "Discover") == 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Discover");
  g_assert_true (focus_is_in (window, name));
  press_keys ("ctrl+z");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_name (stage), before) == 0);
  g_assert_false (waymark_document_get_can_undo (document));

  /* A name may not end up empty: cleared and left, it comes back. */
  press_keys ("ctrl+a BackSpace");
  g_assert_cmpstr (waymark_stage_get_name (stage), ==, before);
  /* Tab, past the row's own button. */
  for (guint i = 0; i < 3 && focus_is_in (window, name); i++)
    press_keys ("Tab");
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

  press_keys ("ctrl+End");
  type_text (" And then some more words.");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_description (stage), after) == 0);

  press_keys ("ctrl+z");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_description (stage), before) == 0);
  g_assert_true (focus_is_in (window, text));
  g_assert_false (waymark_document_get_can_undo (document));
  g_assert_false (waymark_document_get_dirty (document));

  press_keys ("ctrl+shift+z");
  WAIT_FOR (g_strcmp0 (waymark_stage_get_description (stage), after) == 0);

  destroy_window (window);
}

static gboolean
is_stages_view (GtkWidget     *widget,
                gconstpointer  data)
{
  return WAYMARK_IS_STAGES_VIEW (widget);
}

static gboolean
is_expander_row_titled (GtkWidget     *widget,
                        gconstpointer  title)
{
  return ADW_IS_EXPANDER_ROW (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* A journey opens on its Map with the keyboard on the header bar's Open
 * button: Ctrl+minus, Ctrl+plus, Ctrl+0 and Ctrl+1 zoom the map from
 * there, as from the map itself. */
static void
test_zoom_keys_from_header_bar (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WaymarkWindow *window = waymark_application_open_file (ui_test_app, file, NULL);
  GtkWidget *canvas, *focus;
  WaymarkMapLayout *layout;

  WAIT_FOR (gtk_window_is_active (GTK_WINDOW (window)));
  WAIT_FOR ((canvas = find_widget (GTK_WIDGET (window), is_mapped_canvas, NULL)) != NULL);
  layout = waymark_map_canvas_get_layout (WAYMARK_MAP_CANVAS (canvas));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_null (gtk_widget_get_ancestor (focus, WAYMARK_TYPE_MAP_CANVAS));
  g_assert_cmpfloat (waymark_map_layout_get_zoom (layout), ==, 1.0);

  press_keys ("ctrl+minus");
  WAIT_FOR (waymark_map_layout_get_zoom (layout) < 1.0);
  g_assert_cmpfloat_with_epsilon (waymark_map_layout_get_zoom (layout), 0.8, 0.001);
  press_keys ("ctrl+plus");
  WAIT_FOR (waymark_map_layout_get_zoom (layout) > 0.9);
  g_assert_cmpfloat_with_epsilon (waymark_map_layout_get_zoom (layout), 1.0, 0.001);
  press_keys ("ctrl+minus ctrl+minus ctrl+1");
  WAIT_FOR (waymark_map_layout_get_zoom (layout) == 1.0);
  /* The keyboard stayed where it was. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);

  destroy_window (window);
}

/* "1,200" typed key by key into a number row (English here, C.UTF-8): on
 * the way, "1," and "1,2" are refused with a message and leave the value
 * of before; the end is one undo step (issue 9, point 8). */
static void
test_type_number (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  WaymarkWindow *window = waymark_application_open_file (ui_test_app, file, NULL);
  WaymarkDocument *document = waymark_window_get_document (window);
  WaymarkStage *stage = first_stage (document);
  g_autoptr(WaymarkMetric) metric = g_list_model_get_item (waymark_stage_get_metrics (stage), 0);
  double before = waymark_metric_get_value (metric);
  GtkWidget *expander, *value;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "stages"));
  WAIT_FOR (gtk_window_is_active (GTK_WINDOW (window)));
  WAIT_FOR ((expander = find_widget (GTK_WIDGET (window), is_expander_row_titled,
                                     waymark_metric_get_name (metric))) != NULL);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  WAIT_FOR ((value = find_widget (expander, is_entry_row_titled, "Value")) != NULL);
  gtk_widget_grab_focus (value);

  press_keys ("ctrl+a");
  type_text ("1,2");
  WAIT_FOR (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (value)), "1,2"));
  g_assert_cmpfloat (waymark_metric_get_value (metric), ==, before);
  g_assert_true (gtk_widget_has_css_class (value, "error"));
  type_text ("00");
  WAIT_FOR (waymark_metric_get_value (metric) == 1200);
  g_assert_false (gtk_widget_has_css_class (value, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "1,200");

  /* Not a number: refused, the value of before stays. */
  press_keys ("ctrl+a");
  type_text ("lots");
  WAIT_FOR (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (value)), "lots"));
  g_assert_cmpfloat (waymark_metric_get_value (metric), ==, before);
  g_assert_true (gtk_widget_has_css_class (value, "error"));
  press_keys ("ctrl+a");
  type_text ("1200");
  WAIT_FOR (waymark_metric_get_value (metric) == 1200);

  press_keys ("ctrl+z");
  WAIT_FOR (waymark_metric_get_value (metric) == before);
  g_assert_false (waymark_document_get_can_undo (document));

  destroy_window (window);
}

static guint
count_toplevels (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    n += gtk_widget_get_visible (l->data);
  g_list_free (toplevels);

  return n;
}

/* Letters typed while nothing has the focus are no mnemonics: "o" does
 * not press Open (issue 9, noticed in testing). */
static void
test_typing_without_focus (void)
{
  WaymarkWindow *window = new_focused_window ();
  guint n_toplevels = count_toplevels ();

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  spin (50);
  type_text ("open");
  g_assert_cmpuint (count_toplevels (), ==, n_toplevels);
  g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "stages");

  destroy_window (window);
}

static gboolean
is_list_box_row_titled (GtkWidget     *widget,
                        gconstpointer  title)
{
  GtkWidget *child;

  if (!GTK_IS_LIST_BOX_ROW (widget) || ADW_IS_PREFERENCES_ROW (widget))
    return FALSE;

  child = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (widget));
  child = child ? gtk_widget_get_first_child (child) : NULL;

  return GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), title) == 0;
}

/* Tab and Shift+Tab go from region to region, arrows move within a list,
 * Enter or Space opens a row, and the focus never changes the page by
 * itself (issue 9, point 5). */
static void
test_tab_never_changes_page (void)
{
  WaymarkWindow *window = new_focused_window ();
  WaymarkStagesView *view = WAYMARK_STAGES_VIEW (find_widget (GTK_WIDGET (window), is_stages_view, NULL));
  WaymarkStage *stage = waymark_stages_view_get_selected_stage (view);
  GtkWidget *stage_list = find_widget (GTK_WIDGET (view), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_VIEW));
  GtkWidget *lanes = find_widget (GTK_WIDGET (view), is_list_box_row_titled, "Lanes");
  GtkWidget *section_list = gtk_widget_get_parent (lanes);
  GtkWidget *name;
  guint in_stage_list = 0, in_section_list = 0;

  g_assert_nonnull (stage);
  g_assert_cmpstr (waymark_stages_view_get_section (view), ==, "stages");

  /* Once round the window: each list is one stop, nothing opens. */
  gtk_widget_child_focus (stage_list, GTK_DIR_TAB_FORWARD);
  g_assert_true (focus_is_in (window, stage_list));
  for (guint i = 0; i < 40; i++)
    {
      press_keys ("Tab");
      g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "stages");
      g_assert_cmpstr (waymark_stages_view_get_section (view), ==, "stages");
      g_assert_true (waymark_stages_view_get_selected_stage (view) == stage);
      in_stage_list += focus_is_in (window, stage_list);
      in_section_list += focus_is_in (window, section_list);
      if (focus_is_in (window, stage_list))
        break;
    }
  g_assert_cmpuint (in_stage_list, ==, 1);
  g_assert_cmpuint (in_section_list, ==, 1);

  /* One Shift+Tab from the stage's Name: into the lists, the stage editor
   * stays. */
  name = find_widget (GTK_WIDGET (view), is_entry_row_titled, "Name");
  gtk_widget_grab_focus (name);
  press_keys ("shift+Tab");
  g_assert_true (focus_is_in (window, section_list));
  g_assert_cmpstr (waymark_stages_view_get_section (view), ==, "stages");
  g_assert_true (waymark_stages_view_get_selected_stage (view) == stage);
  g_assert_true (gtk_widget_get_mapped (name));

  /* Arrows move within the list; Enter opens, Space too. */
  gtk_widget_grab_focus (lanes);
  press_keys ("Down");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) ==
                 find_widget (GTK_WIDGET (view), is_list_box_row_titled, "Roles"));
  g_assert_cmpstr (waymark_stages_view_get_section (view), ==, "stages");
  press_keys ("Return");
  g_assert_cmpstr (waymark_stages_view_get_section (view), ==, "roles");
  press_keys ("Down");
  g_assert_cmpstr (waymark_stages_view_get_section (view), ==, "roles");
  press_keys ("space");
  g_assert_cmpstr (waymark_stages_view_get_section (view), ==, "channels");
  g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "stages");

  /* Back in the stage list, Enter opens the stage: its editor, at Name. */
  gtk_widget_child_focus (stage_list, GTK_DIR_TAB_FORWARD);
  press_keys ("Return");
  g_assert_cmpstr (waymark_stages_view_get_section (view), ==, "stages");
  WAIT_FOR ((name = find_widget (GTK_WIDGET (view), is_entry_row_titled, "Name")) != NULL);
  WAIT_FOR (focus_is_in (window, name));

  destroy_window (window);
}

/* What has the focus, by its label or tooltip: "GtkButton Add _Role". */
static char *
dup_focus_name (WaymarkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  g_autofree char *name = NULL;

  if (focus == NULL)
    return g_strdup ("nothing");
  if (WAYMARK_IS_MATRIX_CELL (focus))
    name = waymark_matrix_cell_dup_accessible_label (WAYMARK_MATRIX_CELL (focus));

  for (GtkWidget *w = focus; w != NULL && name == NULL; w = gtk_widget_get_parent (w))
    {
      if (g_object_class_find_property (G_OBJECT_GET_CLASS (w), "label") != NULL)
        g_object_get (w, "label", &name, NULL);
      if (name == NULL && gtk_widget_get_tooltip_text (w) != NULL)
        name = g_strdup (gtk_widget_get_tooltip_text (w));
    }

  return g_strdup_printf ("%s %s", G_OBJECT_TYPE_NAME (focus), name ? name : "");
}

/* Presses @keys and says where the focus went. */
#define ASSERT_KEYS_FOCUS(window, keys, expected) G_STMT_START { \
  g_autofree char *_name = NULL; \
  press_keys (keys); \
  _name = dup_focus_name (window); \
  g_assert_cmpstr (_name, ==, expected); \
} G_STMT_END

static gboolean
is_matrix_view (GtkWidget     *widget,
                gconstpointer  data)
{
  return WAYMARK_IS_MATRIX_VIEW (widget);
}

/* The Matrix view's regions are one Tab stop each: from the window's start
 * Tab reaches the cells in a few presses, past the header, the view
 * switcher, the toolbar and the two strips of header menus; the arrows
 * reach every control inside a region, and Tab comes back to the one
 * focused last (issue 11, left from last session). */
static void
test_matrix_tab_stops (void)
{
  WaymarkWindow *window = new_focused_window ();
  GtkWidget *view, *cell, *menu;
  g_autoptr(GString) stops = g_string_new (NULL);
  guint presses = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix"));
  WAIT_FOR ((view = find_widget (GTK_WIDGET (window), is_matrix_view, NULL)) != NULL &&
            gtk_widget_get_mapped (view) &&
            waymark_matrix_view_get_cursor (WAYMARK_MATRIX_VIEW (view)) != NULL);
  cell = waymark_matrix_view_get_cursor (WAYMARK_MATRIX_VIEW (view));

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  while (!focus_is_in (window, cell) && presses < 30)
    {
      g_autofree char *name = NULL;

      press_keys ("Tab");
      presses++;
      name = dup_focus_name (window);
      g_string_append_printf (stops, "%s%s", stops->len ? " | " : "", name);
    }
  g_test_message ("Tab stops: %s", stops->str);
  g_assert_cmpstr (stops->str, ==,
                   "GtkButton _Open | GtkToggleButton Title and Description (Ctrl+I) | "
                   "GtkToggleButton Main Menu | AdwViewSwitcherButton Ma_trix | "
                   "GtkButton Go to the next row that needs attention | "
                   "GtkToggleButton Edit Role “Marketing” | GtkToggleButton Edit “Attract” | "
                   "WaymarkMatrixCell Attract, Marketing: empty");
  g_assert_cmpuint (presses, ==, 8);

  /* Back through the strips: the arrows reach every menu, and stop at the
   * ends. */
  ASSERT_KEYS_FOCUS (window, "shift+Tab", "GtkToggleButton Edit “Attract”");
  ASSERT_KEYS_FOCUS (window, "Down", "GtkToggleButton Edit “Attract → Capture”");
  ASSERT_KEYS_FOCUS (window, "End", "GtkToggleButton Edit “Expand”");
  ASSERT_KEYS_FOCUS (window, "Down", "GtkToggleButton Edit “Expand”");
  ASSERT_KEYS_FOCUS (window, "Home", "GtkToggleButton Edit “Attract”");
  ASSERT_KEYS_FOCUS (window, "Down", "GtkToggleButton Edit “Attract → Capture”");
  ASSERT_KEYS_FOCUS (window, "shift+Tab", "GtkToggleButton Edit Role “Marketing”");
  ASSERT_KEYS_FOCUS (window, "Right", "GtkToggleButton Edit Role “Sales”");
  ASSERT_KEYS_FOCUS (window, "Right", "GtkToggleButton Edit Role “Service”");
  ASSERT_KEYS_FOCUS (window, "Right", "GtkToggleButton Edit Role “Service”");
  ASSERT_KEYS_FOCUS (window, "shift+Tab", "GtkButton Go to the next row that needs attention");
  ASSERT_KEYS_FOCUS (window, "Right", "GtkButton Add _Role");
  ASSERT_KEYS_FOCUS (window, "Right", "GtkButton Add Ac_tivity");
  ASSERT_KEYS_FOCUS (window, "Left", "GtkButton Add _Role");

  /* Tab comes back to the control of each region focused last. */
  ASSERT_KEYS_FOCUS (window, "Tab", "GtkToggleButton Edit Role “Service”");
  ASSERT_KEYS_FOCUS (window, "Tab", "GtkToggleButton Edit “Attract → Capture”");
  ASSERT_KEYS_FOCUS (window, "Tab", "WaymarkMatrixCell Attract, Marketing: empty");
  ASSERT_KEYS_FOCUS (window, "shift+Tab shift+Tab shift+Tab", "GtkButton Add _Role");

  /* A row menu opens with Enter, and Escape comes back to it. */
  ASSERT_KEYS_FOCUS (window, "Tab Tab", "GtkToggleButton Edit “Attract → Capture”");
  menu = gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_MENU_BUTTON);
  press_keys ("Return");
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)))));
  ASSERT_KEYS_FOCUS (window, "Escape", "GtkToggleButton Edit “Attract → Capture”");

  /* The view switcher: one stop on the view shown; the arrows move the
   * focus, not the view; Enter shows the one focused. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  ASSERT_KEYS_FOCUS (window, "Tab Tab Tab Tab", "AdwViewSwitcherButton Ma_trix");
  ASSERT_KEYS_FOCUS (window, "Right", "AdwViewSwitcherButton _Stages");
  g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "matrix");
  ASSERT_KEYS_FOCUS (window, "Left Left Left", "AdwViewSwitcherButton _Map");
  g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "matrix");
  press_keys ("Return");
  g_assert_cmpstr (waymark_window_get_visible_view (window), ==, "map");
  ASSERT_KEYS_FOCUS (window, "Tab shift+Tab", "AdwViewSwitcherButton _Map");

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

  g_test_add_func ("/ui/window-keys/tab-never-changes-page", test_tab_never_changes_page);
  g_test_add_func ("/ui/window-keys/typing-without-focus", test_typing_without_focus);
  g_test_add_func ("/ui/window-keys/type-number", test_type_number);
  g_test_add_func ("/ui/window-keys/zoom-keys-from-header-bar", test_zoom_keys_from_header_bar);
  g_test_add_func ("/ui/window-keys/matrix-tab-stops", test_matrix_tab_stops);

  return ui_test_run ();
}

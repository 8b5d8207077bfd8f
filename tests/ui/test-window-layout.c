/* test-window-layout.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-color-swatch.h"
#include "waymark-item-list.h"
#include "waymark-overflow-text.h"
#include "waymark-readable-page.h"
#include "waymark-stages-view.h"
#include "waymark-templates.h"
#include "waymark-ui-test.h"
#include "waymark-welcome-page.h"
#include "waymark-writer.h"

/* The Stages view at the widths a user gives the window (issue 9, points
 * 1 and 12): a long question is read in full, wrapped; the editor column
 * grows with the window up to a readable measure; the sidebar folds on a
 * narrow window, with a way back; lanes and roles show their colour; the
 * stages say what they hold that the user can see; recent files leave
 * "Open a Journey…" in sight. */

/* 99 characters: it does not fit on one line of the editor at 800 pixels. */
#define LONG_QUESTION "Which of the content consumers who downloaded the white paper " \
                      "last quarter have engaged with sales?"

static void
show_stages (ViewFixture *f,
             int          width)
{
  ui_test_view_set_up_sized (f, waymark_stages_view_new (), width, 800);
}

/* A group of rows (an item list is one) by its title. */
static gboolean
is_group_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

static gboolean
is_list_titled (GtkWidget     *widget,
                gconstpointer  title)
{
  return WAYMARK_IS_ITEM_LIST (widget) && is_group_titled (widget, title);
}

static gboolean
is_mapped_readable_page (GtkWidget     *widget,
                         gconstpointer  data)
{
  return WAYMARK_IS_READABLE_PAGE (widget) && gtk_widget_get_mapped (widget);
}

static WaymarkOverflowText *
question_overflow (ViewFixture *f,
                   guint        position)
{
  GtkWidget *list = find_widget (f->view, is_list_titled, "Questions");
  AdwEntryRow *row;

  g_assert_nonnull (list);
  row = ADW_ENTRY_ROW (waymark_item_list_get_row (WAYMARK_ITEM_LIST (list), position));
  g_assert_nonnull (row);

  return WAYMARK_OVERFLOW_TEXT (waymark_overflow_text_get_for_row (row));
}

static void
add_long_question (ViewFixture *f)
{
  waymark_document_add_question (f->document, first_stage (f->document), 0, LONG_QUESTION);
  ui_test_iterate ();
}

static int
line_height (GtkWidget *widget)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, "X");
  int height;

  pango_layout_get_pixel_size (layout, NULL, &height);

  return height;
}

static gboolean
is_image_with_icon (GtkWidget     *widget,
                    gconstpointer  icon_name)
{
  return GTK_IS_IMAGE (widget) &&
         g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), icon_name) == 0;
}

static gboolean
is_button_with_icon (GtkWidget     *widget,
                     gconstpointer  icon_name)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), icon_name) == 0;
}

/* @widget's middle is @row's, to the pixel. */
static void
assert_centred (GtkWidget *row,
                GtkWidget *widget)
{
  graphene_rect_t bounds;

  g_assert_nonnull (widget);
  g_assert_true (gtk_widget_compute_bounds (widget, row, &bounds));
  g_assert_cmpfloat_with_epsilon (bounds.origin.y + bounds.size.height / 2,
                                  gtk_widget_get_height (row) / 2.0, 1.0);
}

static void
test_long_question_wraps (void)
{
  ViewFixture f = { 0 };
  WaymarkOverflowText *overflow;
  GtkWidget *long_row, *short_row;
  GtkLabel *label;

  show_stages (&f, 800);
  add_long_question (&f);

  /* The whole question, wrapped at word boundaries, on two lines or more. */
  overflow = question_overflow (&f, 0);
  WAIT_FOR (waymark_overflow_text_is_shown (overflow) &&
            gtk_widget_get_height (GTK_WIDGET (waymark_overflow_text_get_label (overflow))) > 0);
  label = waymark_overflow_text_get_label (overflow);
  g_assert_cmpstr (gtk_label_get_text (label), ==, LONG_QUESTION);
  g_assert_true (gtk_label_get_wrap (label));
  g_assert_cmpint (gtk_label_get_wrap_mode (label), ==, PANGO_WRAP_WORD_CHAR);
  g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (label)), >=,
                   2 * line_height (GTK_WIDGET (label)));
  /* Its row grew to hold it: taller than the row of a short question, by
   * the lines under the first. */
  long_row = gtk_widget_get_ancestor (GTK_WIDGET (overflow), GTK_TYPE_LIST_BOX_ROW);
  short_row = gtk_widget_get_ancestor (GTK_WIDGET (question_overflow (&f, 1)), GTK_TYPE_LIST_BOX_ROW);
  WAIT_FOR (gtk_widget_get_height (long_row) > gtk_widget_get_height (short_row));
  g_assert_cmpint (gtk_widget_get_height (long_row) - gtk_widget_get_height (short_row), >=,
                   gtk_widget_get_height (GTK_WIDGET (label)) - 2 * line_height (GTK_WIDGET (label)));

  /* The row's handle and buttons stay in its middle, as in a row whose
   * title wraps (libadwaita centres prefixes and suffixes). */
  assert_centred (long_row, find_widget (long_row, is_button_with_icon, "user-trash-symbolic"));
  assert_centred (long_row, find_widget (long_row, is_image_with_icon, "list-drag-handle-symbolic"));
  assert_centred (short_row, find_widget (short_row, is_button_with_icon, "user-trash-symbolic"));

  /* A question that fits is shown once, in its field. */
  g_assert_false (waymark_overflow_text_is_shown (question_overflow (&f, 1)));

  ui_test_view_tear_down (&f);

  /* In a wide window the editor is wide enough for a question of 92
   * characters on one line. */
  show_stages (&f, 1280);
  waymark_document_add_question (f.document, first_stage (f.document), 0,
                                 "Which content consumers who downloaded the white paper last "
                                 "quarter have engaged with sales?");
  ui_test_iterate ();
  overflow = question_overflow (&f, 0);
  spin (100);
  g_assert_false (waymark_overflow_text_is_shown (overflow));
  ui_test_view_tear_down (&f);
}

static int
editor_column_width (int window_width)
{
  ViewFixture f = { 0 };
  GtkWidget *page;
  AdwClamp *clamp;
  int width;

  show_stages (&f, window_width);
  page = find_widget (f.view, is_mapped_readable_page, NULL);
  g_assert_nonnull (page);
  clamp = waymark_readable_page_get_clamp (WAYMARK_READABLE_PAGE (page));
  width = gtk_widget_get_width (adw_clamp_get_child (clamp));
  ui_test_view_tear_down (&f);

  return width;
}

/* The tests' screen is 1280 pixels wide, and GTK keeps a window on it. */
static void
test_column_grows (void)
{
  int w800 = editor_column_width (800);
  int w1000 = editor_column_width (1000);
  int w1280 = editor_column_width (1280);

  g_test_message ("editor column: %d px at 800, %d at 1000, %d at 1280", w800, w1000, w1280);
  g_assert_cmpint (w800, >, 400);
  g_assert_cmpint (w800, <, w1000);
  g_assert_cmpint (w1000, <, w1280);
  /* Past libadwaita's 600 pixels, up to a readable measure. */
  g_assert_cmpint (w1280, >, 700);
  g_assert_cmpint (w1280, <=, WAYMARK_READABLE_PAGE_MAXIMUM);
}

static void
test_sidebar_folds (void)
{
  ViewFixture f = { 0 };
  AdwLeaflet *leaflet;
  GtkWidget *back;

  /* Side by side at 800 pixels, with no back button. */
  show_stages (&f, 800);
  leaflet = ADW_LEAFLET (find_widget (f.view, is_of_type, GSIZE_TO_POINTER (ADW_TYPE_LEAFLET)));
  back = find_widget (f.view, is_button_for_action, "stages.show-sidebar");
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_mapped (back));
  ui_test_view_tear_down (&f);

  /* Folded at 480: the stages and lists first. */
  show_stages (&f, 480);
  leaflet = ADW_LEAFLET (find_widget (f.view, is_of_type, GSIZE_TO_POINTER (ADW_TYPE_LEAFLET)));
  back = find_widget (f.view, is_button_for_action, "stages.show-sidebar");
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");

  /* Opening a list shows its editor, with the way back above it. */
  waymark_stages_view_set_section (WAYMARK_STAGES_VIEW (f.view), "roles");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  WAIT_FOR (gtk_widget_get_mapped (back));

  g_signal_emit_by_name (back, "clicked");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  ui_test_view_tear_down (&f);
}

static gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static WaymarkColorSwatch *
row_swatch (ViewFixture *f,
            const char  *list_title,
            guint        position)
{
  GtkWidget *list = find_widget (f->view, is_list_titled, list_title);
  GtkWidget *row;

  g_assert_nonnull (list);
  row = GTK_WIDGET (waymark_item_list_get_row (WAYMARK_ITEM_LIST (list), position));
  g_assert_nonnull (row);

  return WAYMARK_COLOR_SWATCH (find_widget (row, is_of_type,
                                            GSIZE_TO_POINTER (WAYMARK_TYPE_COLOR_SWATCH)));
}

static void
test_color_swatches (void)
{
  ViewFixture f = { 0 };
  WaymarkJourney *journey;
  g_autoptr(WaymarkRole) role = NULL;
  g_autoptr(WaymarkLane) lane = NULL;
  WaymarkColorSwatch *swatch;
  const char *label;

  show_stages (&f, 1100);
  journey = waymark_document_get_journey (f.document);

  /* A role shows the colour the Matrix gives it, and follows a change. */
  role = g_list_model_get_item (waymark_journey_get_roles (journey), 0);
  waymark_stages_view_set_section (WAYMARK_STAGES_VIEW (f.view), "roles");
  ui_test_iterate ();
  swatch = row_swatch (&f, "Roles", 0);
  g_assert_nonnull (swatch);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (swatch)));
  g_assert_cmpstr (waymark_color_swatch_get_color (swatch), ==, waymark_role_get_color (role));
  g_assert_cmpstr (waymark_role_get_color (role), ==, "#3584e4");
  label = gtk_widget_get_tooltip_text (GTK_WIDGET (swatch));
  g_assert_cmpstr (label, ==, "Colour: Blue");

  waymark_document_set (f.document, role, "color", "#e01b24", NULL);
  g_assert_cmpstr (waymark_color_swatch_get_color (swatch), ==, "#e01b24");
  label = gtk_widget_get_tooltip_text (GTK_WIDGET (swatch));
  g_assert_cmpstr (label, ==, "Colour: Red");

  /* A lane too; the example's lanes have none of their own yet. */
  lane = g_list_model_get_item (waymark_journey_get_lanes (journey), 1);
  waymark_stages_view_set_section (WAYMARK_STAGES_VIEW (f.view), "lanes");
  ui_test_iterate ();
  swatch = row_swatch (&f, "Lanes", 1);
  g_assert_nonnull (swatch);
  g_assert_null (waymark_color_swatch_get_color (swatch));
  label = gtk_widget_get_tooltip_text (GTK_WIDGET (swatch));
  g_assert_cmpstr (label, ==, "No colour");
  waymark_document_set (f.document, lane, "color", "#123456", NULL);
  g_assert_cmpstr (waymark_color_swatch_get_color (swatch), ==, "#123456");
  label = gtk_widget_get_tooltip_text (GTK_WIDGET (swatch));
  g_assert_cmpstr (label, ==, "Colour: #123456");

  ui_test_view_tear_down (&f);
}

static void
test_stage_counts (void)
{
  ViewFixture f = { 0 };
  WaymarkStage *attract;

  show_stages (&f, 1100);
  attract = first_stage (f.document);

  /* Attract has two touchpoints on the Map and four questions here. */
  g_assert_nonnull (find_widget (f.view, is_label_with_text, "2 touchpoints · 4 questions"));

  waymark_document_add_question (f.document, attract, 0, LONG_QUESTION);
  ui_test_iterate ();
  g_assert_nonnull (find_widget (f.view, is_label_with_text, "2 touchpoints · 5 questions"));

  ui_test_view_tear_down (&f);
}

static void
count_cb (guint *count)
{
  (*count)++;
}

static void
test_welcome_recent_files (void)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "journeys", NULL);
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(WaymarkJourney) journey = waymark_templates_create ("blank", NULL);
  g_autoptr(GSimpleActionGroup) group = NULL;
  g_autoptr(GSimpleAction) open_recent = NULL;
  guint changes = 0;
  GtkWidget *window, *page, *open, *templates, *more, *row;

  /* Five journeys opened lately. */
  g_mkdir_with_parents (folder, 0700);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("Journey %u.waymark", i);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (waymark_writer_save (journey, file, NULL, NULL));
      gtk_recent_manager_add_full (manager, uri,
                                   &(GtkRecentData) {
                                     .mime_type = (char *)"application/x-waymark",
                                     .app_name = (char *)"Waymark",
                                     .app_exec = (char *)"waymark %u",
                                   });
    }

  /* The window's action the rows open a file with. */
  group = g_simple_action_group_new ();
  open_recent = g_simple_action_new ("open-recent", G_VARIANT_TYPE_STRING);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (open_recent));
  window = gtk_window_new ();
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (group));
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  page = waymark_welcome_page_new ();
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (waymark_welcome_page_get_n_recent (WAYMARK_WELCOME_PAGE (page)) == 5);
  ui_test_iterate ();

  /* Open a Journey… comes before the lists, whatever their length. */
  open = find_widget (page, is_button_for_action, "app.open");
  templates = find_widget (page, is_group_titled, "Templates");
  g_assert_nonnull (open);
  g_assert_true (gtk_widget_get_next_sibling (open) == templates);
  g_assert_true (gtk_widget_get_mapped (open));

  /* Three recent files, then the way to the other two. */
  more = waymark_welcome_page_get_more_row (WAYMARK_WELCOME_PAGE (page));
  g_assert_nonnull (more);
  g_assert_true (gtk_widget_get_mapped (more));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (more)), ==,
                   "Show All Recent Files");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (more)), ==, "2 more");
  /* The fourth and fifth files are hidden. */
  row = gtk_widget_get_first_child (gtk_widget_get_parent (more));
  for (guint i = 0; i < WAYMARK_WELCOME_SHOWN_RECENT; i++)
    {
      g_assert_true (gtk_widget_get_mapped (row));
      row = gtk_widget_get_next_sibling (row);
    }
  g_assert_false (gtk_widget_get_visible (row));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_next_sibling (row)));

  g_signal_emit_by_name (more, "activated");
  ui_test_iterate ();
  g_assert_false (gtk_widget_get_visible (more));
  g_assert_true (gtk_widget_get_mapped (row));
  g_assert_true (gtk_widget_get_mapped (gtk_widget_get_next_sibling (row)));
  /* The keyboard is on the first file that was hidden. */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == row);

  /* The recent manager says "changed" for every program's files: the page
   * keeps its rows, and what the user opened, while its own are the same. */
  g_signal_connect_swapped (manager, "changed", G_CALLBACK (count_cb), &changes);
  gtk_recent_manager_add_item (manager, "file:///nowhere/notes.txt");
  WAIT_FOR (changes > 0);
  ui_test_iterate ();
  g_signal_handlers_disconnect_by_func (manager, count_cb, &changes);
  g_assert_true (gtk_widget_get_parent (row) != NULL);
  g_assert_false (gtk_widget_get_visible (more));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == row);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = g_dir_make_tmp ("waymark-layout-XXXXXX", NULL);

  /* The recent files of this test only. */
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-layout/long-question-wraps", test_long_question_wraps);
  g_test_add_func ("/window-layout/column-grows", test_column_grows);
  g_test_add_func ("/window-layout/sidebar-folds", test_sidebar_folds);
  g_test_add_func ("/window-layout/color-swatches", test_color_swatches);
  g_test_add_func ("/window-layout/stage-counts", test_stage_counts);
  g_test_add_func ("/window-layout/welcome-recent-files", test_welcome_recent_files);

  return g_test_run ();
}

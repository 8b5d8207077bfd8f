/* test-gaps-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "waymark-funnel-chart.h"
#include "waymark-gaps-view.h"
#include "waymark-ui-test.h"

/* The Gaps view on the B2B example: the cells it marks, what a screen
 * reader hears, the touchpoints of an activated cell, and the grid and
 * funnel following edits. */

typedef ViewFixture Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_view_set_up (f, waymark_gaps_view_new ());
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ui_test_view_tear_down (f);
}

static void
collect (GtkWidget  *widget,
         const char *css_class,
         GPtrArray  *found)
{
  if (gtk_widget_has_css_class (widget, css_class))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, css_class, found);
}

static GPtrArray *
find_all (GtkWidget  *widget,
          const char *css_class)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (widget, css_class, found);

  return found;
}

static GtkWidget *
find_cell_button (Fixture    *f,
                  const char *tooltip_prefix)
{
  g_autoptr(GPtrArray) cells = find_all (f->view, "gap-cell");

  for (guint i = 0; i < cells->len; i++)
    {
      GtkWidget *cell = g_ptr_array_index (cells, i);
      const char *tooltip = gtk_widget_get_tooltip_text (cell);

      if (GTK_IS_BUTTON (cell) && tooltip && g_str_has_prefix (tooltip, tooltip_prefix))
        return cell;
    }

  return NULL;
}

static void
test_cells (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) missed = find_all (f->view, "missed");
  g_autoptr(GPtrArray) waste = find_all (f->view, "waste");
  g_autoptr(GPtrArray) covered = find_all (f->view, "covered");
  g_autoptr(GPtrArray) cells = find_all (f->view, "gap-cell");
  GtkWidget *social;

  /* 5 stages x 5 channels, and the three legend swatches; the legend has
   * one of each kind. */
  g_assert_cmpuint (cells->len, ==, 25 + 3);
  g_assert_cmpuint (missed->len, ==, 2 + 1);
  g_assert_cmpuint (waste->len, ==, 2 + 1);
  g_assert_cmpuint (covered->len, ==, 3 + 1);

  /* What a screen reader says, and the tooltip that says the same. */
  social = find_cell_button (f, "Attract, Social media");
  g_assert_nonnull (social);
  g_assert_true (gtk_widget_has_css_class (social, "missed"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (social), ==,
                   "Attract, Social media: missed, 1 customer touchpoint, 0 company");
  g_assert_true (gtk_widget_get_focusable (social));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (social)), ==, "gaps.show-cell");
}

static GtkWidget *
find_details (Fixture *f)
{
  g_autoptr(GPtrArray) lists = find_all (f->view, "boxed-list");

  /* The funnel's metrics, then the cell's touchpoints. */
  g_assert_cmpuint (lists->len, ==, 2);

  return g_ptr_array_index (lists, 1);
}

static void
test_activate_cell (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *social = find_cell_button (f, "Attract, Social media");
  GtkWidget *details = find_details (f);
  GtkListBoxRow *row;

  g_assert_false (gtk_widget_get_visible (details));

  /* As a click, or Enter or Space on the focused cell, does. */
  g_signal_emit_by_name (social, "clicked");
  ui_test_iterate ();
  g_assert_true (gtk_widget_get_visible (details));
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (details), 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Reads a blog post found on social media");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Customer (Customer)");
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (details), 1));

  /* Expand on the phone: the company's onboarding support, no customer. */
  gtk_widget_activate_action (f->view, "gaps.show-cell", "(uu)", 4, 3);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (details), 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Onboarding support");
}

/* An edit through the document's commands shows at once: marketing joins
 * the customer on social media in Attract, and undo takes it back. */
static void
test_follows_edits (Fixture       *f,
                    gconstpointer  data)
{
  WaymarkJourney *journey = waymark_document_get_journey (f->document);
  WaymarkStage *attract = WAYMARK_STAGE (waymark_journey_lookup (journey, "s-attract"));
  WaymarkLane *marketing = WAYMARK_LANE (waymark_journey_lookup (journey, "l-marketing"));
  WaymarkTouchpoint *tp;
  WaymarkGapGrid *grid;

  tp = waymark_document_add_touchpoint (f->document, attract, marketing, 1, "Social campaign");
  waymark_document_set (f->document, tp, "channel", "ch-social", NULL);
  ui_test_iterate ();
  grid = waymark_gaps_view_get_grid (WAYMARK_GAPS_VIEW (f->view));
  g_assert_cmpint (waymark_gap_grid_get_cell (grid, 0, 1)->kind, ==, WAYMARK_GAP_COVERED);
  g_assert_true (gtk_widget_has_css_class (find_cell_button (f, "Attract, Social media"), "covered"));

  waymark_document_undo (f->document);
  waymark_document_undo (f->document);
  ui_test_iterate ();
  g_assert_true (gtk_widget_has_css_class (find_cell_button (f, "Attract, Social media"), "missed"));
}

static void
on_show_touchpoint_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  char **shown = user_data;

  g_free (*shown);
  *shown = g_variant_dup_string (parameter, NULL);
}

/* With real keys: Enter on a cell lists its touchpoints with the focus on
 * the first, where Enter shows it on the Map; Escape there goes back to the
 * cell it came from, Space on another cell and Escape to that one. */
static void
test_escape_back_to_cell (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *social = find_cell_button (f, "Attract, Social media");
  GtkWidget *events = find_cell_button (f, "Expand, Events");
  GtkWidget *details = find_details (f);
  g_autoptr(GSimpleActionGroup) win = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show = g_simple_action_new ("show-touchpoint", G_VARIANT_TYPE_STRING);
  g_autofree char *shown = NULL;
  GtkListBoxRow *row;

  /* The window's action the rows activate (they are insensitive without). */
  g_signal_connect (show, "activate", G_CALLBACK (on_show_touchpoint_cb), &shown);
  g_action_map_add_action (G_ACTION_MAP (win), G_ACTION (show));
  gtk_widget_insert_action_group (f->window, "win", G_ACTION_GROUP (win));
  WAIT_FOR (gtk_window_is_active (GTK_WINDOW (f->window)));
  gtk_widget_grab_focus (social);

  press_keys ("Return");
  g_assert_true (gtk_widget_get_visible (details));
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (details), 0);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Reads a blog post found on social media");
  press_keys ("Return");
  g_assert_cmpstr (shown, ==, "t1");

  press_keys ("Escape");
  g_assert_true (gtk_widget_has_focus (social));
  /* The list stays, under the cell it belongs to. */
  g_assert_true (gtk_widget_get_visible (details));

  gtk_widget_grab_focus (events);
  press_keys ("space");
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (details), 0);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (row)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Customer conference");
  press_keys ("Escape");
  g_assert_true (gtk_widget_has_focus (events));

  /* Escape on the cell itself does nothing more. */
  press_keys ("Escape");
  g_assert_true (gtk_widget_has_focus (events));
  gtk_widget_insert_action_group (f->window, "win", NULL);
}

static void
test_funnel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  WaymarkJourney *journey = waymark_document_get_journey (f->document);
  WaymarkStage *convert = WAYMARK_STAGE (waymark_journey_lookup (journey, "s-convert"));
  WaymarkMetric *customers = WAYMARK_METRIC (waymark_journey_lookup (journey, "m-convert-customers"));
  GtkWidget *chart = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *chosen = NULL;

  for (GtkWidget *w = gtk_widget_get_first_child (f->view); w != NULL && chart == NULL; )
    {
      /* Depth first, to the chart. */
      if (WAYMARK_IS_FUNNEL_CHART (w))
        chart = w;
      else if (gtk_widget_get_first_child (w))
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != f->view && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == f->view ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  g_assert_nonnull (chart);

  summary = waymark_funnel_chart_dup_summary (WAYMARK_FUNNEL_CHART (chart));
  g_assert_cmpstr (summary, ==,
                   "Attract: 12000 people, 20 % to the next stage\n"
                   "Capture: 2400 people, 25 % to the next stage\n"
                   "Nurture: 600 leads, 30 % to the next stage\n"
                   "Convert: 180 leads, 11.1 % to the next stage\n"
                   "Expand: 20 customers");

  /* The user picks New customers for Convert, the one stage with two
   * metrics, in its row under the funnel. */
  {
    g_autoptr(GPtrArray) lists = find_all (f->view, "boxed-list");
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (g_ptr_array_index (lists, 0), 0);

    g_assert_true (ADW_IS_COMBO_ROW (row));
    g_assert_null (gtk_list_box_get_row_at_index (g_ptr_array_index (lists, 0), 1));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Convert");
    g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
    adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  }
  ui_test_iterate ();
  g_assert_cmpstr (waymark_stage_get_funnel_metric (convert), ==,
                   waymark_item_get_id (WAYMARK_ITEM (customers)));
  g_assert_cmpstr (waymark_document_get_undo_label (f->document), ==, "Choose Funnel Metric");
  chosen = waymark_funnel_chart_dup_summary (WAYMARK_FUNNEL_CHART (chart));
  g_assert_cmpstr (chosen, ==,
                   "Attract: 12000 people, 20 % to the next stage\n"
                   "Capture: 2400 people, 25 % to the next stage\n"
                   "Nurture: 600 leads, 7.5 % to the next stage\n"
                   "Convert: 45 customers, 44.4 % to the next stage\n"
                   "Expand: 20 customers");
}

/* Export… and Print: the same files and sheets as the command line. */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  ui_test_assert_view_exports (f->view, "\xef\xbb\xbfStage,Website,Social media,Email,Phone,Events,Missed channels", 2);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/gaps-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("cells", test_cells);
  ADD ("activate-cell", test_activate_cell);
  ADD ("follows-edits", test_follows_edits);
  ADD ("escape-back-to-cell", test_escape_back_to_cell);
  ADD ("funnel", test_funnel);
  ADD ("export", test_export);

  return g_test_run ();
}

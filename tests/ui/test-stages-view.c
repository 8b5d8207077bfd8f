/* test-stages-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "waymark-document.h"
#include "waymark-item-list.h"
#include "waymark-reader.h"
#include "waymark-stage-editor.h"
#include "waymark-stages-view.h"

typedef struct
{
  WaymarkDocument   *document;
  GtkWidget         *window;
  GtkWidget         *overlay;
  WaymarkStagesView *view;
} Fixture;

static void
iterate (void)
{
  for (guint i = 0; i < 5; i++)
    while (g_main_context_pending (NULL))
      g_main_context_iteration (NULL, FALSE);
}

static void
on_undo_activate_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  waymark_document_undo (user_data);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) undo = g_simple_action_new ("undo", NULL);
  WaymarkStage *attract;
  WaymarkMetric *metric;

  fixture->document = waymark_document_new (NULL);
  attract = waymark_document_add_stage (fixture->document, 0, "Attract");
  waymark_document_add_stage (fixture->document, 1, "Capture");
  waymark_document_add_stage (fixture->document, 2, "Nurture");
  waymark_document_add_question (fixture->document, attract, 0, "Which channels are being used?");
  waymark_document_add_question (fixture->document, attract, 1, "How many leads are generated?");
  metric = waymark_document_add_metric (fixture->document, attract, 0, "Visitors");
  waymark_document_set (fixture->document, metric, "unit", "per month", NULL);
  waymark_document_add_outcome (fixture->document, attract, 0, "Engaged");
  waymark_document_add_lane (fixture->document, 0, "Customer", WAYMARK_PERSPECTIVE_CUSTOMER);
  waymark_document_add_lane (fixture->document, 1, "Marketing", WAYMARK_PERSPECTIVE_COMPANY);
  waymark_document_add_role (fixture->document, 0, "Marketing");
  waymark_document_add_role (fixture->document, 1, "Sales");
  waymark_document_add_channel (fixture->document, 0, "Web");
  waymark_document_add_persona (fixture->document, 0, "Buyer");
  waymark_document_mark_saved (fixture->document);

  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 760);
  fixture->overlay = adw_toast_overlay_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->overlay);
  fixture->view = WAYMARK_STAGES_VIEW (waymark_stages_view_new ());
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (fixture->overlay), GTK_WIDGET (fixture->view));
  waymark_view_set_document (WAYMARK_VIEW (fixture->view), fixture->document);

  g_signal_connect (undo, "activate", G_CALLBACK (on_undo_activate_cb), fixture->document);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (undo));
  gtk_widget_insert_action_group (fixture->window, "win", G_ACTION_GROUP (group));

  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate ();
  g_assert_finalize_object (fixture->document);
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    g_ptr_array_add (found, widget);

  /* Only what the user can see: the visible page of a stack. */
  if (GTK_IS_STACK (widget))
    {
      GtkWidget *page = gtk_stack_get_visible_child (GTK_STACK (widget));

      if (page != NULL)
        collect (page, type, found);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static GPtrArray *
find_all (gpointer widget,
          GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (widget, type, found);

  return found;
}

/* The first widget of @type under @widget. */
static gpointer
find_one (gpointer widget,
          GType    type)
{
  g_autoptr(GPtrArray) found = find_all (widget, type);

  g_assert_cmpuint (found->len, >, 0);

  return g_ptr_array_index (found, 0);
}

/* The texts of the labels under @widget, joined with "|", leaving out the
 * labels of the style class @skip_class if given. */
static char *
dup_label_texts (gpointer    widget,
                 const char *skip_class)
{
  g_autoptr(GPtrArray) labels = find_all (widget, GTK_TYPE_LABEL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      const char *label = gtk_label_get_text (g_ptr_array_index (labels, i));

      if (label[0] == '\0' ||
          (skip_class != NULL && gtk_widget_has_css_class (g_ptr_array_index (labels, i),
                                                           skip_class)))
        continue;
      if (text->len > 0)
        g_string_append_c (text, '|');
      g_string_append (text, label);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_stage_list_texts (Fixture *fixture)
{
  iterate ();
  /* The stages' names, not what they hold (the captions under them). */
  return dup_label_texts (find_one (fixture->view, GTK_TYPE_LIST_VIEW), "caption");
}

static WaymarkStage *
stage_at (Fixture *fixture,
          guint    position)
{
  WaymarkJourney *journey = waymark_document_get_journey (fixture->document);
  GListModel *stages = waymark_journey_get_stages (journey);
  g_autoptr(WaymarkStage) stage = g_list_model_get_item (stages, position);

  return stage;
}

static guint
n_stages (Fixture *fixture)
{
  WaymarkJourney *journey = waymark_document_get_journey (fixture->document);

  return g_list_model_get_n_items (waymark_journey_get_stages (journey));
}

static WaymarkItemList *
find_item_list (gpointer    widget,
                const char *title)
{
  g_autoptr(GPtrArray) lists = find_all (widget, WAYMARK_TYPE_ITEM_LIST);

  for (guint i = 0; i < lists->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (lists, i)), title) == 0)
      return g_ptr_array_index (lists, i);

  g_assert_not_reached ();
}

/* The entry row titled @title under @widget. */
static GtkWidget *
find_entry_row (gpointer    widget,
                const char *title)
{
  g_autoptr(GPtrArray) rows = find_all (widget, ADW_TYPE_ENTRY_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);

  g_assert_not_reached ();
}

/* The button under @widget whose tooltip is @title. */
static GtkWidget *
find_button_titled (gpointer    widget,
                    const char *title)
{
  g_autoptr(GPtrArray) buttons = find_all (widget, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), title) == 0)
      return g_ptr_array_index (buttons, i);

  g_assert_not_reached ();
}

static const char *
row_title (GtkWidget *row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static gboolean
activate (Fixture    *fixture,
          const char *action)
{
  return gtk_widget_activate_action (GTK_WIDGET (fixture->view), action, NULL);
}

static void
type_and_apply (GtkWidget  *row,
                const char *text)
{
  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  iterate ();
}

static void
test_shows_stages (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *texts = dup_stage_list_texts (fixture);
  GtkWidget *name_row;

  g_assert_cmpstr (texts, ==, "Attract|Capture|Nurture");
  g_assert_true (waymark_stages_view_get_selected_stage (fixture->view) == stage_at (fixture, 0));
  g_assert_cmpstr (waymark_stages_view_get_section (fixture->view), ==, "stages");

  name_row = find_entry_row (fixture->view, "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "Attract");
  g_assert_true (waymark_view_get_document (WAYMARK_VIEW (fixture->view)) == fixture->document);
}

static void
test_add_rename_undo (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *texts = NULL;
  GtkWidget *name_row, *focus;

  g_assert_true (activate (fixture, "stages.add"));
  iterate ();

  /* Inserted after the selection, selected, and the name ready to type. */
  g_assert_cmpuint (n_stages (fixture), ==, 4);
  g_assert_cmpstr (waymark_stage_get_name (stage_at (fixture, 1)), ==, "New Stage");
  g_assert_true (waymark_stages_view_get_selected_stage (fixture->view) == stage_at (fixture, 1));
  name_row = find_entry_row (fixture->view, "Name");
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (focus == name_row || gtk_widget_is_ancestor (focus, name_row));

  /* One commit, one undo step. */
  type_and_apply (name_row, "Evaluate");
  g_assert_cmpstr (waymark_stage_get_name (stage_at (fixture, 1)), ==, "Evaluate");
  texts = dup_stage_list_texts (fixture);
  g_assert_cmpstr (texts, ==, "Attract|Evaluate|Capture|Nurture");
  g_clear_pointer (&texts, g_free);

  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  g_assert_cmpstr (waymark_stage_get_name (stage_at (fixture, 1)), ==, "New Stage");
  name_row = find_entry_row (fixture->view, "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "New Stage");
  texts = dup_stage_list_texts (fixture);
  g_assert_cmpstr (texts, ==, "Attract|New Stage|Capture|Nurture");
  g_clear_pointer (&texts, g_free);

  /* F2 (or a double click in the list) starts renaming the stage. */
  gtk_widget_grab_focus (find_one (fixture->view, GTK_TYPE_LIST_VIEW));
  g_assert_true (activate (fixture, "stages.rename"));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, name_row));

  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  g_assert_cmpuint (n_stages (fixture), ==, 3);
  texts = dup_stage_list_texts (fixture);
  g_assert_cmpstr (texts, ==, "Attract|Capture|Nurture");
  /* The selection went back to a stage that exists. */
  g_assert_nonnull (waymark_stages_view_get_selected_stage (fixture->view));
  g_assert_false (waymark_document_get_dirty (fixture->document));
}

static void
test_move_and_delete (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *texts = NULL;
  WaymarkStage *capture = stage_at (fixture, 1);

  waymark_stages_view_select_stage (fixture->view, capture);
  iterate ();

  g_assert_false (activate (fixture, "stages.no-such"));
  g_assert_true (activate (fixture, "stages.move-up"));
  iterate ();
  g_assert_true (stage_at (fixture, 0) == capture);
  g_assert_true (waymark_stages_view_get_selected_stage (fixture->view) == capture);
  texts = dup_stage_list_texts (fixture);
  g_assert_cmpstr (texts, ==, "Capture|Attract|Nurture");
  g_clear_pointer (&texts, g_free);

  g_assert_true (activate (fixture, "stages.move-down"));
  g_assert_true (activate (fixture, "stages.move-down"));
  iterate ();
  g_assert_true (stage_at (fixture, 2) == capture);

  g_assert_true (activate (fixture, "stages.delete"));
  iterate ();
  g_assert_cmpuint (n_stages (fixture), ==, 2);
  texts = dup_stage_list_texts (fixture);
  g_assert_cmpstr (texts, ==, "Attract|Nurture");
  g_clear_pointer (&texts, g_free);
  g_assert_true (waymark_stages_view_get_selected_stage (fixture->view) == stage_at (fixture, 1));

  /* The toast's Undo button runs win.undo. */
  g_assert_true (activate (fixture, "win.undo"));
  iterate ();
  g_assert_cmpuint (n_stages (fixture), ==, 3);
  texts = dup_stage_list_texts (fixture);
  g_assert_cmpstr (texts, ==, "Attract|Nurture|Capture");
  g_clear_pointer (&texts, g_free);

  /* Undo the two moves down and the move up. */
  g_assert_true (waymark_document_undo (fixture->document));
  g_assert_true (waymark_document_undo (fixture->document));
  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  texts = dup_stage_list_texts (fixture);
  g_assert_cmpstr (texts, ==, "Attract|Capture|Nurture");
  g_assert_false (waymark_document_get_dirty (fixture->document));
}

/* The label of the stage row that has the keyboard focus. */
static char *
dup_focused_stage_row (Fixture *fixture)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  GtkWidget *list = find_one (fixture->view, GTK_TYPE_LIST_VIEW);

  if (focus == NULL || !gtk_widget_is_ancestor (focus, list))
    return NULL;

  return dup_label_texts (focus, NULL);
}

static void
test_focus_follows (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *list = find_one (fixture->view, GTK_TYPE_LIST_VIEW);
  WaymarkStage *capture = stage_at (fixture, 1);
  g_autofree char *focused = NULL;

  waymark_stages_view_select_stage (fixture->view, capture);
  iterate ();

  /* Focus Capture's row, as a click would. */
  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *text = dup_label_texts (child, NULL);

      if (g_strcmp0 (text, "Capture") == 0)
        gtk_widget_grab_focus (child);
    }
  focused = dup_focused_stage_row (fixture);
  g_assert_cmpstr (focused, ==, "Capture");
  g_clear_pointer (&focused, g_free);

  g_assert_true (activate (fixture, "stages.move-down"));
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();
  g_assert_true (stage_at (fixture, 2) == capture);
  focused = dup_focused_stage_row (fixture);
  g_assert_cmpstr (focused, ==, "Capture");
  g_clear_pointer (&focused, g_free);

  g_assert_true (activate (fixture, "stages.delete"));
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();
  focused = dup_focused_stage_row (fixture);
  capture = waymark_stages_view_get_selected_stage (fixture->view);
  g_assert_cmpstr (focused, ==, waymark_stage_get_name (capture));
}

/* Drops @item on @widget as a drag and drop would, in the top half. */
static gboolean
drop_on (GtkWidget *widget,
         GType      type,
         gpointer   item)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = g_list_model_get_n_items (controllers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      g_auto(GValue) value = G_VALUE_INIT;
      gboolean handled = FALSE;

      if (!GTK_IS_DROP_TARGET (controller))
        continue;

      g_value_init (&value, type);
      g_value_set_object (&value, item);
      g_signal_emit_by_name (controller, "drop", &value, 1.0, 1.0, &handled);

      return handled;
    }

  g_assert_not_reached ();
}

static GtkWidget *
find_stage_row (Fixture    *fixture,
                const char *name)
{
  GtkWidget *list = find_one (fixture->view, GTK_TYPE_LIST_VIEW);

  for (GtkWidget *child = gtk_widget_get_first_child (list);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *text = dup_label_texts (child, NULL);

      if (g_strcmp0 (text, name) == 0)
        return gtk_widget_get_first_child (child);
    }

  g_assert_not_reached ();
}

static void
test_drag_and_drop (Fixture       *fixture,
                    gconstpointer  data)
{
  WaymarkJourney *journey = waymark_document_get_journey (fixture->document);
  WaymarkStage *attract = stage_at (fixture, 0);
  g_autofree char *texts = NULL;
  g_autoptr(WaymarkLane) lane = NULL;
  WaymarkItemList *lanes;

  /* Attract dropped on the top half of Nurture: it goes before Nurture. */
  g_assert_true (drop_on (find_stage_row (fixture, "Nurture"), WAYMARK_TYPE_STAGE, attract));
  iterate ();
  texts = dup_stage_list_texts (fixture);
  g_assert_cmpstr (texts, ==, "Capture|Attract|Nurture");
  g_assert_true (waymark_stages_view_get_selected_stage (fixture->view) == attract);

  /* One gesture, one undo step. */
  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  g_clear_pointer (&texts, g_free);
  texts = dup_stage_list_texts (fixture);
  g_assert_cmpstr (texts, ==, "Attract|Capture|Nurture");

  /* Lanes: the second dropped on the add row goes last; on the first, first. */
  waymark_stages_view_set_section (fixture->view, "lanes");
  iterate ();
  lanes = find_item_list (fixture->view, "Lanes");
  lane = g_list_model_get_item (waymark_journey_get_lanes (journey), 0);
  g_assert_true (drop_on (GTK_WIDGET (waymark_item_list_get_row (lanes, 2)), G_TYPE_OBJECT, lane));
  g_assert_true (g_list_model_get_item (waymark_journey_get_lanes (journey), 1) == (gpointer)lane);
  g_object_unref (lane);
  gtk_test_widget_wait_for_draw (fixture->window);
  iterate ();
  g_assert_true (drop_on (GTK_WIDGET (waymark_item_list_get_row (lanes, 0)), G_TYPE_OBJECT, lane));
  g_assert_true (g_list_model_get_item (waymark_journey_get_lanes (journey), 0) == (gpointer)lane);
  g_object_unref (lane);

  /* Something from another list is refused. */
  g_assert_false (drop_on (GTK_WIDGET (waymark_item_list_get_row (lanes, 0)), G_TYPE_OBJECT,
                           attract));
}

static void
test_touchpoint_counts (Fixture       *fixture,
                        gconstpointer  data)
{
  WaymarkJourney *journey = waymark_document_get_journey (fixture->document);
  g_autoptr(WaymarkLane) lane = g_list_model_get_item (waymark_journey_get_lanes (journey), 0);
  WaymarkStage *capture = stage_at (fixture, 1);
  g_autofree char *texts = NULL;

  waymark_document_add_touchpoint (fixture->document, capture, lane, 0, "Webinar");
  waymark_document_add_touchpoint (fixture->document, capture, lane, 1, "Ebook");
  /* Under each name what it holds that the user sees: its touchpoints on
   * the Map, its questions in its editor. */
  iterate ();
  texts = dup_label_texts (find_one (fixture->view, GTK_TYPE_LIST_VIEW), NULL);
  g_assert_cmpstr (texts, ==, "Attract|2 questions|Capture|2 touchpoints|Nurture");

  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  g_clear_pointer (&texts, g_free);
  texts = dup_label_texts (find_one (fixture->view, GTK_TYPE_LIST_VIEW), NULL);
  g_assert_cmpstr (texts, ==, "Attract|2 questions|Capture|1 touchpoint|Nurture");
}

static void
test_questions (Fixture       *fixture,
                gconstpointer  data)
{
  WaymarkStage *attract = stage_at (fixture, 0);
  WaymarkItemList *questions;
  const char * const *q;
  GtkWidget *row;

  waymark_stages_view_select_stage (fixture->view, attract);
  iterate ();
  questions = find_item_list (fixture->view, "Questions");

  waymark_item_list_add (questions, "Who decides?");
  iterate ();
  q = waymark_stage_get_questions (attract);
  g_assert_cmpuint (g_strv_length ((char **)q), ==, 3);
  g_assert_cmpstr (q[2], ==, "Who decides?");

  /* Alt+Down on the first question's row. */
  waymark_item_list_move (questions, 0, 1);
  iterate ();
  q = waymark_stage_get_questions (attract);
  g_assert_cmpstr (q[0], ==, "How many leads are generated?");
  g_assert_cmpstr (q[1], ==, "Which channels are being used?");
  /* The focus went with the question. */
  row = GTK_WIDGET (waymark_item_list_get_row (questions, 1));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), row));
  /* Ctrl+Z in the entry has nothing of its own to take back. */
  gtk_widget_activate_action (find_one (row, GTK_TYPE_TEXT), "text.undo", NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   "Which channels are being used?");

  /* Edit in place. */
  row = GTK_WIDGET (waymark_item_list_get_row (questions, 2));
  type_and_apply (row, "Who signs?");
  q = waymark_stage_get_questions (attract);
  g_assert_cmpstr (q[2], ==, "Who signs?");

  waymark_item_list_remove (questions, 0);
  iterate ();
  q = waymark_stage_get_questions (attract);
  g_assert_cmpuint (g_strv_length ((char **)q), ==, 2);

  /* Undo brings the rows back. */
  g_assert_true (waymark_document_undo (fixture->document));
  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  row = GTK_WIDGET (waymark_item_list_get_row (questions, 2));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Who decides?");
  row = GTK_WIDGET (waymark_item_list_get_row (questions, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==,
                   "How many leads are generated?");
}

static void
test_metric_values (Fixture       *fixture,
                    gconstpointer  data)
{
  WaymarkStage *attract = stage_at (fixture, 0);
  g_autoptr(WaymarkMetric) metric = NULL;
  WaymarkItemList *metrics;
  GtkWidget *expander, *row;

  waymark_stages_view_select_stage (fixture->view, attract);
  iterate ();
  metrics = find_item_list (fixture->view, "Metrics");
  metric = g_list_model_get_item (waymark_stage_get_metrics (attract), 0);

  expander = GTK_WIDGET (waymark_item_list_get_row (metrics, 0));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  iterate ();

  row = find_entry_row (expander, "Value");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  type_and_apply (row, "1200");
  g_assert_cmpfloat (waymark_metric_get_value (metric), ==, 1200);

  /* Not a number: refused, marked. */
  type_and_apply (row, "lots");
  g_assert_cmpfloat (waymark_metric_get_value (metric), ==, 1200);
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  /* Empty, in a new visit to the field: not set, one undo step. */
  gtk_widget_grab_focus (find_entry_row (expander, "Target"));
  type_and_apply (row, "");
  g_assert_true (isnan (waymark_metric_get_value (metric)));
  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  g_assert_cmpfloat (waymark_metric_get_value (metric), ==, 1200);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "1200");

  row = find_entry_row (expander, "Target");
  type_and_apply (row, "1500");
  g_assert_cmpfloat (waymark_metric_get_target (metric), ==, 1500);

  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  g_assert_true (isnan (waymark_metric_get_target (metric)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
}

static void
test_metrics_and_outcomes (Fixture       *fixture,
                           gconstpointer  data)
{
  WaymarkStage *attract = stage_at (fixture, 0);
  g_autoptr(WaymarkMetric) metric = NULL;
  g_autoptr(WaymarkOutcome) outcome = NULL;
  WaymarkItemList *metrics, *outcomes;
  GtkWidget *expander, *row;
  AdwComboRow *next;

  waymark_stages_view_select_stage (fixture->view, attract);
  iterate ();
  metrics = find_item_list (fixture->view, "Metrics");
  metric = g_list_model_get_item (waymark_stage_get_metrics (attract), 0);

  expander = GTK_WIDGET (waymark_item_list_get_row (metrics, 0));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  iterate ();

  /* Text properties of a metric. */
  row = find_entry_row (expander, "Unit");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "per month");
  type_and_apply (row, "per week");
  g_assert_cmpstr (waymark_metric_get_unit (metric), ==, "per week");
  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "per month");

  /* Outcomes: the next stage from a list of the stages and None. */
  outcomes = find_item_list (fixture->view, "Outcomes");
  outcome = g_list_model_get_item (waymark_stage_get_outcomes (attract), 0);
  expander = GTK_WIDGET (waymark_item_list_get_row (outcomes, 0));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  iterate ();

  next = find_one (expander, ADW_TYPE_COMBO_ROW);
  g_assert_cmpuint (adw_combo_row_get_selected (next), ==, 0);
  adw_combo_row_set_selected (next, 2);
  iterate ();
  g_assert_cmpstr (waymark_outcome_get_next (outcome), ==,
                   waymark_item_get_id (WAYMARK_ITEM (stage_at (fixture, 1))));

  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  /* The model gives "" for no next stage. */
  g_assert_cmpstr (waymark_outcome_get_next (outcome), ==, "");
  g_assert_cmpuint (adw_combo_row_get_selected (next), ==, 0);

  /* The share is shown in percent and kept as a fraction. */
  row = find_entry_row (expander, "Share in Percent");
  type_and_apply (row, "35");
  g_assert_cmpfloat_with_epsilon (waymark_outcome_get_share (outcome), 0.35, 1e-9);
  /* 250 % is refused, never brought to 100 %: the text stays, saying why. */
  type_and_apply (row, "250");
  g_assert_cmpfloat_with_epsilon (waymark_outcome_get_share (outcome), 0.35, 1e-9);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "250");
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  /* Add and delete a metric through the list. */
  g_assert_nonnull (waymark_item_list_add (metrics, "Leads"));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (waymark_stage_get_metrics (attract)), ==, 2);
  waymark_item_list_remove (metrics, 1);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (waymark_stage_get_metrics (attract)), ==, 1);
  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  g_assert_nonnull (waymark_item_list_get_row (metrics, 1));
  g_assert_true (ADW_IS_EXPANDER_ROW (waymark_item_list_get_row (metrics, 1)));
}

static void
test_sections (Fixture       *fixture,
               gconstpointer  data)
{
  WaymarkJourney *journey = waymark_document_get_journey (fixture->document);
  g_autoptr(WaymarkLane) lane = NULL;
  g_autofree char *texts = NULL;
  WaymarkItemList *lanes, *channels, *handoffs;
  GtkWidget *expander;
  AdwComboRow *perspective;

  waymark_stages_view_set_section (fixture->view, "lanes");
  iterate ();
  g_assert_cmpstr (waymark_stages_view_get_section (fixture->view), ==, "lanes");
  g_assert_null (waymark_stages_view_get_selected_stage (fixture->view));

  lanes = find_item_list (fixture->view, "Lanes");
  lane = g_list_model_get_item (waymark_journey_get_lanes (journey), 1);
  expander = GTK_WIDGET (waymark_item_list_get_row (lanes, 1));
  g_assert_cmpstr (row_title (expander), ==, "Marketing");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  iterate ();

  perspective = find_one (expander, ADW_TYPE_COMBO_ROW);
  g_assert_cmpuint (adw_combo_row_get_selected (perspective), ==, WAYMARK_PERSPECTIVE_COMPANY);
  adw_combo_row_set_selected (perspective, WAYMARK_PERSPECTIVE_OTHER);
  iterate ();
  g_assert_cmpint (waymark_lane_get_perspective (lane), ==, WAYMARK_PERSPECTIVE_OTHER);

  type_and_apply (find_entry_row (expander, "Name"), "Sales team");
  g_assert_cmpstr (waymark_lane_get_name (lane), ==, "Sales team");
  g_assert_cmpstr (row_title (expander), ==, "Sales team");

  g_assert_true (waymark_document_undo (fixture->document));
  g_assert_true (waymark_document_undo (fixture->document));
  iterate ();
  g_assert_cmpstr (row_title (expander), ==, "Marketing");
  g_assert_cmpuint (adw_combo_row_get_selected (perspective), ==, WAYMARK_PERSPECTIVE_COMPANY);

  /* Reorder a lane as Alt+Up would. */
  waymark_item_list_move (lanes, 1, 0);
  g_assert_true (g_list_model_get_item (waymark_journey_get_lanes (journey), 0) == (gpointer)lane);
  g_object_unref (lane);

  /* Channels are names only, edited in place. */
  waymark_stages_view_set_section (fixture->view, "channels");
  iterate ();
  channels = find_item_list (fixture->view, "Channels");
  g_assert_nonnull (waymark_item_list_add (channels, "Email"));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (waymark_journey_get_channels (journey)), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (waymark_item_list_get_row (channels, 1))),
                   ==, "Email");

  /* Handoffs are titled by the stages they join. */
  waymark_stages_view_set_section (fixture->view, "handoffs");
  iterate ();
  handoffs = find_item_list (fixture->view, "Handoffs");
  texts = dup_label_texts (handoffs, NULL);
  g_assert_nonnull (strstr (texts, "Attract → Capture"));
  g_assert_nonnull (strstr (texts, "Capture → Nurture"));

  /* Renaming a stage renames the handoff's title. */
  waymark_document_rename (fixture->document, stage_at (fixture, 1), "Engage");
  iterate ();
  g_clear_pointer (&texts, g_free);
  texts = dup_label_texts (handoffs, NULL);
  g_assert_nonnull (strstr (texts, "Attract → Engage"));

  waymark_stages_view_set_section (fixture->view, "stages");
  iterate ();
  g_assert_nonnull (waymark_stages_view_get_selected_stage (fixture->view));
}

/* The count the sidebar shows beside the list @title. */
static const char *
section_count (gpointer    view,
               const char *title)
{
  g_autoptr(GPtrArray) labels = find_all (view, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      GtkWidget *count = gtk_widget_get_next_sibling (label);

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0 &&
          gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW) != NULL &&
          GTK_IS_LABEL (count) && gtk_widget_has_css_class (count, "numeric"))
        return gtk_label_get_text (GTK_LABEL (count));
    }

  g_assert_not_reached ();
}

/* A file with no handoff between its stages (a Portuguese lifecycle): the
 * Handoffs page lists both pairs, adds one with its button or when its
 * agreement is first typed, each as one undo step; the rows stay; the
 * sidebar's count agrees with the page and says how many are recorded. */
static void
test_missing_handoffs (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "ui", "data",
                                                 "ciclo-sem-entregas.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);
  g_autoptr(WaymarkDocument) document = NULL;
  GListModel *recorded;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = waymark_stages_view_new ();
  WaymarkItemList *list;
  GtkWidget *first, *second, *add, *text_view;
  g_autofree char *texts = NULL;
  WaymarkHandoff *handoff;
  GtkTextBuffer *buffer;

  g_assert_no_error (error);
  document = waymark_document_new (journey);
  recorded = waymark_journey_get_handoffs (journey);
  g_assert_cmpuint (g_list_model_get_n_items (recorded), ==, 0);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_child (GTK_WINDOW (window), view);
  waymark_view_set_document (WAYMARK_VIEW (view), document);
  gtk_window_present (GTK_WINDOW (window));
  waymark_stages_view_set_section (WAYMARK_STAGES_VIEW (view), "handoffs");
  iterate ();

  list = find_item_list (view, "Handoffs");
  first = GTK_WIDGET (waymark_item_list_get_row (list, 0));
  second = GTK_WIDGET (waymark_item_list_get_row (list, 1));
  g_assert_null (waymark_item_list_get_row (list, 2));
  g_assert_cmpstr (row_title (first), ==, "Atrair → Captar");
  g_assert_cmpstr (row_title (second), ==, "Captar → Nutrir");
  texts = dup_label_texts (first, NULL);
  g_assert_nonnull (strstr (texts, "Not recorded yet: add it, or type its agreement"));
  g_assert_cmpstr (section_count (view, "Handoffs"), ==, "0 of 2 recorded");

  /* The row's Add button: one step, and the row stays. */
  add = find_button_titled (first, "Add Handoff");
  g_assert_true (gtk_widget_get_visible (add));
  g_signal_emit_by_name (add, "clicked");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (recorded), ==, 1);
  handoff = g_list_model_get_item (recorded, 0);
  g_object_unref (handoff);
  g_assert_cmpstr (waymark_handoff_get_from (handoff), ==, "s-atrair");
  g_assert_cmpstr (waymark_handoff_get_to (handoff), ==, "s-captar");
  g_assert_cmpstr (waymark_document_get_undo_label (document), ==, "Add Handoff");
  g_assert_true ((GtkWidget *)waymark_item_list_get_row (list, 0) == first);
  g_assert_false (gtk_widget_get_visible (add));
  g_assert_cmpstr (section_count (view, "Handoffs"), ==, "1 of 2 recorded");

  g_assert_true (waymark_document_undo (document));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (recorded), ==, 0);
  g_assert_true ((GtkWidget *)waymark_item_list_get_row (list, 0) == first);
  g_assert_true (gtk_widget_get_visible (add));
  g_assert_false (waymark_document_get_can_undo (document));
  g_assert_cmpstr (section_count (view, "Handoffs"), ==, "0 of 2 recorded");

  /* Typing the agreement of the second pair records it: the first key
   * adds the handoff, the next ones go into the same step. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (second), TRUE);
  iterate ();
  text_view = find_one (second, GTK_TYPE_TEXT_VIEW);
  gtk_widget_grab_focus (text_view);
  iterate ();
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view));
  gtk_text_buffer_insert_at_cursor (buffer, "Leads", -1);
  gtk_text_buffer_insert_at_cursor (buffer, " with a budget", -1);
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (recorded), ==, 1);
  handoff = g_list_model_get_item (recorded, 0);
  g_object_unref (handoff);
  g_assert_cmpstr (waymark_handoff_get_from (handoff), ==, "s-captar");
  g_assert_cmpstr (waymark_handoff_get_agreement (handoff), ==, "Leads with a budget");
  g_assert_true ((GtkWidget *)waymark_item_list_get_row (list, 1) == second);
  g_assert_true (gtk_widget_has_focus (text_view));

  g_assert_true (waymark_document_undo (document));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (recorded), ==, 0);
  g_assert_false (waymark_document_get_can_undo (document));
  g_assert_false (waymark_document_get_dirty (document));
  g_assert_true (waymark_document_redo (document));
  g_assert_cmpstr (waymark_handoff_get_agreement (handoff), ==, "Leads with a budget");
  iterate ();
  g_assert_cmpstr (section_count (view, "Handoffs"), ==, "1 of 2 recorded");

  /* A stage more is a pair more to list (adding it relinks the handoffs,
   * recording one to it); with every pair recorded, a plain count. */
  waymark_document_add_stage (document, 3, "Fidelizar");
  iterate ();
  g_assert_null (waymark_item_list_get_row (list, 3));
  g_assert_cmpstr (section_count (view, "Handoffs"), ==, "2 of 3 recorded");
  g_assert_true (waymark_document_undo (document));
  g_signal_emit_by_name (add, "clicked");
  iterate ();
  g_assert_cmpstr (section_count (view, "Handoffs"), ==, "2");

  waymark_view_set_document (WAYMARK_VIEW (view), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

static void
test_empty (void)
{
  g_autoptr(WaymarkDocument) document = waymark_document_new (NULL);
  WaymarkJourney *journey = waymark_document_get_journey (document);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = waymark_stages_view_new ();

  gtk_window_set_child (GTK_WINDOW (window), view);
  waymark_view_set_document (WAYMARK_VIEW (view), document);
  gtk_window_present (GTK_WINDOW (window));
  iterate ();

  g_assert_null (waymark_stages_view_get_selected_stage (WAYMARK_STAGES_VIEW (view)));
  g_assert_true (gtk_widget_activate_action (view, "stages.add", NULL));
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (waymark_journey_get_stages (journey)), ==, 1);
  g_assert_nonnull (waymark_stages_view_get_selected_stage (WAYMARK_STAGES_VIEW (view)));

  g_assert_true (waymark_document_undo (document));
  iterate ();
  g_assert_null (waymark_stages_view_get_selected_stage (WAYMARK_STAGES_VIEW (view)));

  waymark_view_set_document (WAYMARK_VIEW (view), NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) \
  g_test_add (name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/views/stages-view/shows-stages", test_shows_stages);
  ADD ("/views/stages-view/add-rename-undo", test_add_rename_undo);
  ADD ("/views/stages-view/move-and-delete", test_move_and_delete);
  ADD ("/views/stages-view/focus-follows", test_focus_follows);
  ADD ("/views/stages-view/drag-and-drop", test_drag_and_drop);
  ADD ("/views/stages-view/touchpoint-counts", test_touchpoint_counts);
  ADD ("/views/stages-view/questions", test_questions);
  ADD ("/views/stages-view/metrics-and-outcomes", test_metrics_and_outcomes);
  ADD ("/views/stages-view/metric-values", test_metric_values);
  ADD ("/views/stages-view/sections", test_sections);
  g_test_add_func ("/views/stages-view/empty", test_empty);
  g_test_add_func ("/views/stages-view/missing-handoffs", test_missing_handoffs);

#undef ADD

  return g_test_run ();
}

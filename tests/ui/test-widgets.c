/* test-widgets.c: the property rows, the drop position and the dialog
 * helper of src/ui/widgets
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "waymark-drop-position.h"
#include "waymark-entry-property-row.h"
#include "waymark-enum-row.h"
#include "waymark-message-dialog.h"
#include "waymark-number-row.h"
#include "waymark-stage-row.h"

static void
test_drop_position (void)
{
  static const struct {
    guint  from;
    int    index;
    double offset;
    guint  to;
  } cases[] = {
    /* In a list of four rows, 10 pixels high. */
    { 0, 0, 2, 0 },   /* on itself */
    { 0, 0, 8, 0 },   /* just after itself: still where it was */
    { 0, 1, 8, 1 },   /* after the second */
    { 0, 3, 2, 2 },   /* before the last */
    { 0, 3, 8, 3 },   /* after the last */
    { 3, 0, 2, 0 },   /* before the first */
    { 3, 0, 8, 1 },   /* after the first */
    { 2, 1, 5, 2 },   /* the middle counts as the lower half */
    { 1, -1, 0, 3 },  /* below the rows: to the end */
    { 1, 4, 0, 3 },   /* the placeholder after the rows: to the end */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpuint (waymark_drop_position (cases[i].from, cases[i].index, 4,
                                             cases[i].offset, 10), ==, cases[i].to);
}

static WaymarkMetric *
new_metric (WaymarkDocument *document)
{
  WaymarkStage *stage = waymark_document_add_stage (document, 0, "Attract");
  WaymarkMetric *metric = waymark_document_add_metric (document, stage, 0, "Visitors");

  waymark_document_mark_saved (document);

  return metric;
}

/* The words the row shows beside the text, NULL when none. */
static const char *
get_row_message (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *message;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "error"))
        return gtk_widget_get_visible (child) ? gtk_label_get_text (GTK_LABEL (child)) : NULL;

      if ((message = get_row_message (child)) != NULL)
        return message;
    }

  return NULL;
}

static void
test_number_row (void)
{
  g_autoptr(WaymarkDocument) document = waymark_document_new (NULL);
  WaymarkMetric *metric = new_metric (document);
  GtkWidget *row;

  row = g_object_ref_sink (waymark_number_row_new (document, metric, "value", "Value",
                                                   1.0, 0.0, 1000.0));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Value");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");

  g_assert_null (get_row_message (row));

  /* Not a number: refused, nothing recorded, the row says why. */
  gtk_editable_set_text (GTK_EDITABLE (row), "lots");
  g_signal_emit_by_name (row, "apply");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (get_row_message (row), ==, "Not a number: write it like 1234.5");
  g_assert_true (isnan (waymark_metric_get_value (metric)));
  g_assert_false (waymark_document_get_dirty (document));

  /* Out of range: refused with a message, never brought into range. */
  gtk_editable_set_text (GTK_EDITABLE (row), "1500");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpstr (get_row_message (row), ==, "Must be between 0 and 1000");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "1500");
  g_assert_true (isnan (waymark_metric_get_value (metric)));
  g_assert_false (waymark_document_get_dirty (document));

  /* A number, with the thousands separator: one undo step. */
  gtk_editable_set_text (GTK_EDITABLE (row), "1,000");
  g_signal_emit_by_name (row, "apply");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (get_row_message (row));
  g_assert_cmpfloat (waymark_metric_get_value (metric), ==, 1000.0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "1,000");

  /* The row follows the model, also on undo. */
  g_assert_true (waymark_document_undo (document));
  g_assert_true (isnan (waymark_metric_get_value (metric)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_false (waymark_document_get_dirty (document));

  g_assert_true (WAYMARK_IS_PROPERTY_BINDING (waymark_number_row_get_binding (WAYMARK_NUMBER_ROW (row))));
  g_assert_finalize_object (row);
}

static void
test_percent_row (void)
{
  g_autoptr(WaymarkDocument) document = waymark_document_new (NULL);
  WaymarkMetric *metric = new_metric (document);
  GtkWidget *row;

  waymark_document_set (document, metric, "value", 0.25, NULL);
  row = g_object_ref_sink (waymark_number_row_new (document, metric, "value", "Share",
                                                   100.0, 0.0, 1.0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "25");

  gtk_editable_set_text (GTK_EDITABLE (row), "40 %");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpfloat (waymark_metric_get_value (metric), ==, 0.4);

  /* A share of 150 % is refused, not capped. */
  gtk_editable_set_text (GTK_EDITABLE (row), "150");
  g_signal_emit_by_name (row, "apply");
  g_assert_cmpfloat (waymark_metric_get_value (metric), ==, 0.4);
  g_assert_cmpstr (get_row_message (row), ==, "Must be between 0 and 100");

  g_assert_finalize_object (row);
}

static void
test_entry_row_name (void)
{
  g_autoptr(WaymarkDocument) document = waymark_document_new (NULL);
  WaymarkMetric *metric = new_metric (document);
  GtkWidget *name, *unit;

  name = g_object_ref_sink (waymark_entry_property_row_new (document, metric, "name", "Name"));
  unit = g_object_ref_sink (waymark_entry_property_row_new (document, metric, "unit", "Unit"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Visitors");

  /* A name may not become empty. */
  gtk_editable_set_text (GTK_EDITABLE (name), "");
  g_signal_emit_by_name (name, "apply");
  g_assert_cmpstr (waymark_metric_get_name (metric), ==, "Visitors");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Visitors");
  g_assert_false (waymark_document_get_dirty (document));

  gtk_editable_set_text (GTK_EDITABLE (name), "Readers");
  g_signal_emit_by_name (name, "apply");
  g_assert_cmpstr (waymark_metric_get_name (metric), ==, "Readers");
  g_assert_cmpstr (waymark_document_get_undo_label (document), ==, "Rename");

  /* Other strings may become empty. */
  gtk_editable_set_text (GTK_EDITABLE (unit), "per month");
  g_signal_emit_by_name (unit, "apply");
  g_assert_cmpstr (waymark_metric_get_unit (metric), ==, "per month");
  gtk_editable_set_text (GTK_EDITABLE (unit), "");
  g_signal_emit_by_name (unit, "apply");
  g_assert_cmpstr (waymark_metric_get_unit (metric), ==, "");

  g_assert_finalize_object (name);
  g_assert_finalize_object (unit);
}

static void
test_enum_row (void)
{
  g_autoptr(WaymarkDocument) document = waymark_document_new (NULL);
  WaymarkLane *lane = waymark_document_add_lane (document, 0, "Customer",
                                                 WAYMARK_PERSPECTIVE_CUSTOMER);
  GtkWidget *row;

  waymark_document_mark_saved (document);
  row = g_object_ref_sink (waymark_enum_row_new (document, lane, "perspective", "Perspective",
                                                 (WaymarkTitleFunc)waymark_perspective_get_title));

  /* Building the row records nothing. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (waymark_document_get_dirty (document));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  g_assert_cmpint (waymark_lane_get_perspective (lane), ==, WAYMARK_PERSPECTIVE_COMPANY);

  g_assert_true (waymark_document_undo (document));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);

  g_assert_finalize_object (row);
}

static void
test_stage_row (void)
{
  g_autoptr(WaymarkDocument) document = waymark_document_new (NULL);
  WaymarkStage *attract = waymark_document_add_stage (document, 0, "Attract");
  WaymarkStage *capture = waymark_document_add_stage (document, 1, "Capture");
  WaymarkOutcome *outcome = waymark_document_add_outcome (document, attract, 0, "Engaged");
  GtkWidget *row;

  waymark_document_mark_saved (document);
  row = g_object_ref_sink (waymark_stage_row_new (document, outcome, "next", "Next Stage"));

  /* None first, then the stages; building records nothing. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (waymark_document_get_dirty (document));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  g_assert_cmpstr (waymark_outcome_get_next (outcome), ==,
                   waymark_item_get_id (WAYMARK_ITEM (capture)));

  /* A stage that goes away leaves the row on None. */
  waymark_document_remove (document, capture);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);

  g_assert_finalize_object (row);
}

static void
test_message_dialog (void)
{
  GtkWidget *window = gtk_window_new ();
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (waymark_message_dialog_new (GTK_WINDOW (window),
                                                           "Save Changes?", "Or not.",
                                                           "save", "cancel",
                                                           "cancel", "_Cancel",
                                                           ADW_RESPONSE_DEFAULT,
                                                           "discard", "_Discard",
                                                           ADW_RESPONSE_DESTRUCTIVE,
                                                           "save", "_Save",
                                                           ADW_RESPONSE_SUGGESTED,
                                                           NULL));

  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "Or not.");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "discard"), ==, "_Discard");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "discard"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "save"), ==,
                   ADW_RESPONSE_SUGGESTED);
  g_assert_false (adw_message_dialog_has_response (dialog, "close"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/widgets/drop-position", test_drop_position);
  g_test_add_func ("/ui/widgets/number-row", test_number_row);
  g_test_add_func ("/ui/widgets/percent-row", test_percent_row);
  g_test_add_func ("/ui/widgets/entry-row-name", test_entry_row_name);
  g_test_add_func ("/ui/widgets/enum-row", test_enum_row);
  g_test_add_func ("/ui/widgets/stage-row", test_stage_row);
  g_test_add_func ("/ui/widgets/message-dialog", test_message_dialog);

  return g_test_run ();
}

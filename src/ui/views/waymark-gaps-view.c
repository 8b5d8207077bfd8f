/* waymark-gaps-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Gaps page: the funnel of the stages' metrics, and the grid of stages
 * x channels that compares where customers are with where the company
 * shows up. Each cell says in words and with an icon whether it is covered,
 * missed or waste, so that it reads in grey and without telling colours
 * apart; activating it lists its touchpoints, and Escape there goes back
 * to the cell. The figures come from the
 * model (WaymarkGapGrid, WaymarkFunnel): the view only shows them.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-chart-export.h"
#include "waymark-funnel.h"
#include "waymark-funnel-chart.h"
#include "waymark-gap-grid.h"
#include "waymark-gaps-view.h"

struct _WaymarkGapsView
{
  WaymarkView      parent_instance;

  WaymarkGapGrid  *grid;

  GtkWidget       *funnel_chart;
  GtkWidget       *metric_rows;   /* GtkListBox of AdwComboRow, one per stage
                                   * with more than one metric */
  guint            updating;
  GtkWidget       *cells;         /* GtkGrid */
  GtkWidget       *empty_label;
  GtkWidget       *details_heading;
  GtkWidget       *details;       /* GtkListBox */
  GtkWidget       *scrolled;
  GtkWidget       *content;       /* the box in the scrolled window */
  guint            reveal_id;
  /* The cell whose touchpoints are listed, where Escape goes back to. */
  guint            shown_row;
  guint            shown_column;
};

G_DEFINE_FINAL_TYPE (WaymarkGapsView, waymark_gaps_view, WAYMARK_TYPE_VIEW)

static const struct {
  WaymarkGapKind  kind;
  const char     *icon_name;
  const char     *css_class;
} kinds[] = {
  { WAYMARK_GAP_COVERED, "object-select-symbolic", "covered" },
  { WAYMARK_GAP_MISSED, "dialog-warning-symbolic", "missed" },
  { WAYMARK_GAP_WASTE, "user-trash-symbolic", "waste" },
};

static guint
kind_index (WaymarkGapKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i].kind == kind)
      return i;

  return G_MAXUINT;
}

static char *
dup_cell_description (WaymarkGapGrid       *grid,
                      guint                 row,
                      guint                 column,
                      const WaymarkGapCell *cell)
{
  g_autofree char *kind = g_utf8_strdown (waymark_gap_kind_get_title (cell->kind), -1);
  g_autofree char *customer = NULL;

  /* Translators: part of what a screen reader says for a cell of the gap
   * grid: "2 customer touchpoints" */
  customer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u customer touchpoint",
                                           "%u customer touchpoints", cell->n_customer),
                              cell->n_customer);

  /* Translators: what a screen reader says for a cell of the gap grid:
   * stage, channel, kind ("missed"), "2 customer touchpoints", then the
   * number of company touchpoints: "Capture, Email: missed, 2 customer
   * touchpoints, 0 company" */
  return g_strdup_printf (_("%s, %s: %s, %s, %u company"),
                          waymark_stage_get_name (waymark_gap_grid_get_stage (grid, row)),
                          waymark_gap_grid_get_column_title (grid, column),
                          kind, customer, cell->n_company);
}

static GtkWidget *
new_cell (WaymarkGapGrid *grid,
          guint           row,
          guint           column)
{
  const WaymarkGapCell *cell = waymark_gap_grid_get_cell (grid, row, column);
  guint k = kind_index (cell->kind);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  g_autofree char *description = dup_cell_description (grid, row, column, cell);
  g_autofree char *counts = NULL;

  gtk_widget_add_css_class (button, "gap-cell");
  gtk_widget_set_size_request (button, 132, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "gaps.show-cell");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(uu)", row, column);

  if (k != G_MAXUINT)
    {
      gtk_widget_add_css_class (button, kinds[k].css_class);
      gtk_box_append (GTK_BOX (top), gtk_image_new_from_icon_name (kinds[k].icon_name));
      gtk_box_append (GTK_BOX (top),
                      waymark_view_new_label (waymark_gap_kind_get_title (cell->kind), "heading"));
      /* Translators: the counts in a cell of the gap grid: customer and
       * company touchpoints */
      counts = g_strdup_printf (_("%u customer · %u company"), cell->n_customer, cell->n_company);
    }
  else
    {
      gtk_widget_add_css_class (button, "empty");
      gtk_box_append (GTK_BOX (top), waymark_view_new_label ("—", "dim-label"));
      counts = g_strdup (cell->touchpoints->len > 0 ? _("other lanes only") : "");
    }

  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), waymark_view_new_label (counts, "caption"));
  gtk_button_set_child (GTK_BUTTON (button), box);

  gtk_widget_set_tooltip_text (button, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  return button;
}

static char *
dup_stage_summary (WaymarkGapGrid *grid,
                   guint           row)
{
  guint n_missed = waymark_gap_grid_count (grid, row, WAYMARK_GAP_MISSED);
  guint n_waste = waymark_gap_grid_count (grid, row, WAYMARK_GAP_WASTE);

  /* Translators: the summary of one stage of the gap grid */
  return g_strdup_printf (_("%u missed, %u waste"), n_missed, n_waste);
}

static void
clear_details (WaymarkGapsView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->details)))
    gtk_list_box_remove (GTK_LIST_BOX (self->details), child);

  gtk_widget_set_visible (self->details, FALSE);
  gtk_label_set_text (GTK_LABEL (self->details_heading),
                      _("Activate a cell to list its touchpoints."));
  self->shown_row = self->shown_column = G_MAXUINT;
}

static void
on_metric_selected_cb (AdwComboRow     *row,
                       GParamSpec      *pspec,
                       WaymarkGapsView *self)
{
  WaymarkDocument *document = waymark_view_get_document (WAYMARK_VIEW (self));
  WaymarkStage *stage = g_object_get_data (G_OBJECT (row), "stage");
  g_autoptr(WaymarkMetric) metric = NULL;

  if (self->updating || document == NULL || stage == NULL)
    return;

  metric = g_list_model_get_item (waymark_stage_get_metrics (stage),
                                  adw_combo_row_get_selected (row));
  /* The rows stay as they are: the one emitting this shows the choice. */
  self->updating++;
  if (metric != NULL && metric != waymark_funnel_pick_metric (stage))
    waymark_document_set_funnel_metric (document, stage, metric);
  self->updating--;
}

/* Where the user picks the metric that feeds the funnel, for the stages
 * that have a choice. */
static void
rebuild_metric_rows (WaymarkGapsView *self,
                     WaymarkJourney  *journey)
{
  GListModel *stages = waymark_journey_get_stages (journey);
  GtkWidget *child;
  gboolean any = FALSE;

  if (self->updating)
    return;

  self->updating++;
  while ((child = gtk_widget_get_first_child (self->metric_rows)))
    gtk_list_box_remove (GTK_LIST_BOX (self->metric_rows), child);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(WaymarkStage) stage = g_list_model_get_item (stages, i);
      GListModel *metrics = waymark_stage_get_metrics (stage);
      WaymarkMetric *picked = waymark_funnel_pick_metric (stage);
      g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
      GtkWidget *row;
      guint selected = 0;

      if (g_list_model_get_n_items (metrics) < 2)
        continue;

      for (guint m = 0; m < g_list_model_get_n_items (metrics); m++)
        {
          g_autoptr(WaymarkMetric) metric = g_list_model_get_item (metrics, m);

          gtk_string_list_append (names, waymark_metric_get_name (metric));
          if (metric == picked)
            selected = m;
        }

      row = adw_combo_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), waymark_stage_get_name (stage));
      /* Translators: under a stage's name, beside its metrics to choose from */
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The metric the funnel shows"));
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
      g_object_set_data_full (G_OBJECT (row), "stage", g_object_ref (stage), g_object_unref);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (on_metric_selected_cb), self, 0);
      gtk_list_box_append (GTK_LIST_BOX (self->metric_rows), row);
      any = TRUE;
    }

  gtk_widget_set_visible (self->metric_rows, any);
  self->updating--;
}

static void
rebuild (WaymarkGapsView *self)
{
  WaymarkDocument *document = waymark_view_get_document (WAYMARK_VIEW (self));
  WaymarkJourney *journey = document ? waymark_document_get_journey (document) : NULL;
  GtkWidget *child;
  guint n_stages, n_columns;

  g_clear_pointer (&self->grid, waymark_gap_grid_free);
  while ((child = gtk_widget_get_first_child (self->cells)))
    gtk_grid_remove (GTK_GRID (self->cells), child);
  clear_details (self);

  waymark_funnel_chart_set_journey (WAYMARK_FUNNEL_CHART (self->funnel_chart), journey);

  if (journey == NULL)
    {
      gtk_widget_set_visible (self->metric_rows, FALSE);
      return;
    }

  rebuild_metric_rows (self, journey);
  self->grid = waymark_gap_grid_new (journey);
  n_stages = waymark_gap_grid_get_n_stages (self->grid);
  n_columns = waymark_gap_grid_get_n_columns (self->grid);
  gtk_widget_set_visible (self->empty_label, n_stages == 0 || n_columns == 0);
  if (n_stages == 0 || n_columns == 0)
    return;

  for (guint j = 0; j < n_columns; j++)
    {
      GtkWidget *header = waymark_view_new_label (waymark_gap_grid_get_column_title (self->grid, j),
                                                  "heading");

      gtk_grid_attach (GTK_GRID (self->cells), header, j + 1, 0, 1, 1);
    }
  /* Translators: the header of the last column of the gap grid */
  gtk_grid_attach (GTK_GRID (self->cells), waymark_view_new_label (_("Summary"), "heading"),
                   n_columns + 1, 0, 1, 1);

  for (guint i = 0; i < n_stages; i++)
    {
      g_autofree char *summary = dup_stage_summary (self->grid, i);
      WaymarkStage *stage = waymark_gap_grid_get_stage (self->grid, i);
      GtkWidget *name = waymark_view_new_label (waymark_stage_get_name (stage), "heading");

      gtk_grid_attach (GTK_GRID (self->cells), name, 0, i + 1, 1, 1);
      for (guint j = 0; j < n_columns; j++)
        gtk_grid_attach (GTK_GRID (self->cells), new_cell (self->grid, i, j), j + 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (self->cells), waymark_view_new_label (summary, NULL),
                       n_columns + 1, i + 1, 1, 1);
    }
}

/* Once the list has its rows' size: scrolls so that the heading and as
 * much of the list as fits are in sight. */
static gboolean
reveal_details_cb (gpointer data)
{
  WaymarkGapsView *self = data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  graphene_rect_t heading, list;
  double value;

  self->reveal_id = 0;
  if (!gtk_widget_compute_bounds (self->details_heading, self->content, &heading) ||
      !gtk_widget_compute_bounds (self->details, self->content, &list))
    return G_SOURCE_REMOVE;

  value = gtk_adjustment_get_value (adjustment);
  value = MAX (value, list.origin.y + list.size.height + 12 - gtk_adjustment_get_page_size (adjustment));
  value = MIN (value, heading.origin.y - 12);
  gtk_adjustment_set_value (adjustment, value);

  return G_SOURCE_REMOVE;
}

static void
show_cell_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WaymarkGapsView *self = WAYMARK_GAPS_VIEW (widget);
  WaymarkDocument *document = waymark_view_get_document (WAYMARK_VIEW (self));
  const WaymarkGapCell *cell;
  g_autofree char *heading = NULL;
  guint row, column;

  g_variant_get (parameter, "(uu)", &row, &column);
  if (self->grid == NULL || document == NULL ||
      row >= waymark_gap_grid_get_n_stages (self->grid) ||
      column >= waymark_gap_grid_get_n_columns (self->grid))
    return;

  clear_details (self);
  cell = waymark_gap_grid_get_cell (self->grid, row, column);
  self->shown_row = row;
  self->shown_column = column;

  /* Translators: above the touchpoints of one cell of the gap grid: the
   * stage, then the channel */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u touchpoint in %s on %s",
                                          "%u touchpoints in %s on %s",
                                          cell->touchpoints->len),
                             cell->touchpoints->len,
                             waymark_stage_get_name (waymark_gap_grid_get_stage (self->grid, row)),
                             waymark_gap_grid_get_column_title (self->grid, column));
  gtk_label_set_text (GTK_LABEL (self->details_heading), heading);

  for (guint k = 0; k < cell->touchpoints->len; k++)
    {
      WaymarkTouchpoint *tp = g_ptr_array_index (cell->touchpoints, k);
      WaymarkItem *lane = waymark_journey_lookup (waymark_document_get_journey (document),
                                                  waymark_touchpoint_get_lane (tp));
      GtkWidget *row_widget = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row_widget),
                                     waymark_touchpoint_get_title (tp));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row_widget), FALSE);
      /* Activating the row (a click, Enter) shows the card on the Map. */
      adw_action_row_add_suffix (ADW_ACTION_ROW (row_widget),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row_widget), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row_widget), "win.show-touchpoint");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row_widget), "s",
                                        waymark_item_get_id (WAYMARK_ITEM (tp)));
      /* Translators: the tooltip of a touchpoint listed under a cell of the
       * gap grid */
      gtk_widget_set_tooltip_text (row_widget, _("Show on the Map"));
      if (WAYMARK_IS_LANE (lane))
        {
          /* Translators: under a touchpoint: its lane and the lane's perspective */
          g_autofree char *subtitle = g_strdup_printf (_("%s (%s)"),
                                                       waymark_lane_get_name (WAYMARK_LANE (lane)),
                                                       waymark_perspective_get_title (waymark_lane_get_perspective (WAYMARK_LANE (lane))));

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row_widget), subtitle);
        }
      gtk_list_box_append (GTK_LIST_BOX (self->details), row_widget);
    }
  gtk_widget_set_visible (self->details, cell->touchpoints->len > 0);

  /* The list is what the user asked for: the focus goes to its first row
   * (the view scrolls to it), where Enter shows the card on the Map. */
  if (cell->touchpoints->len > 0)
    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->details), 0)));
  /* After the next layout, when the rows have their place. */
  if (self->reveal_id == 0)
    self->reveal_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 20, reveal_details_cb, self, NULL);
}

/* Escape in the list of a cell's touchpoints: back to that cell. */
static void
back_to_cell_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WaymarkGapsView *self = WAYMARK_GAPS_VIEW (widget);
  GtkWidget *cell;

  if (self->shown_row == G_MAXUINT)
    return;

  /* The grid's first row and column are the titles. */
  cell = gtk_grid_get_child_at (GTK_GRID (self->cells), self->shown_column + 1, self->shown_row + 1);
  if (cell != NULL)
    gtk_widget_grab_focus (cell);
}

static GtkWidget *
new_legend (void)
{
  GtkWidget *legend = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);

  gtk_accessible_update_property (GTK_ACCESSIBLE (legend),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Legend"),
                                  -1);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWidget *item = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      g_autofree char *meaning = g_strdup_printf ("— %s", waymark_gap_kind_get_meaning (kinds[i].kind));

      gtk_widget_add_css_class (swatch, "gap-cell");
      gtk_widget_add_css_class (swatch, kinds[i].css_class);
      gtk_box_append (GTK_BOX (swatch), gtk_image_new_from_icon_name (kinds[i].icon_name));
      gtk_box_append (GTK_BOX (swatch),
                      waymark_view_new_label (waymark_gap_kind_get_title (kinds[i].kind), "heading"));
      gtk_box_append (GTK_BOX (item), swatch);
      gtk_box_append (GTK_BOX (item), waymark_view_new_label (meaning, "dim-label"));
      gtk_box_append (GTK_BOX (legend), item);
    }

  return legend;
}

/* WaymarkView */

static void
waymark_gaps_view_build (WaymarkView *view)
{
  WaymarkGapsView *self = WAYMARK_GAPS_VIEW (view);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid_scroll = gtk_scrolled_window_new ();
  GtkEventController *controller;

  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);

  gtk_box_append (GTK_BOX (box), waymark_view_new_label (_("Funnel"), "title-4"));
  gtk_box_append (GTK_BOX (box),
                  waymark_view_new_label (_("The value of each stage’s funnel metric, its target, "
                                            "and the conversion to the next stage."),
                                          "dim-label"));
  self->funnel_chart = waymark_funnel_chart_new ();
  gtk_box_append (GTK_BOX (box), self->funnel_chart);
  self->metric_rows = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->metric_rows), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->metric_rows, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->metric_rows),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Funnel metrics"),
                                  -1);
  gtk_box_append (GTK_BOX (box), self->metric_rows);

  gtk_box_append (GTK_BOX (box), waymark_view_new_label (_("Channels by Stage"), "title-4"));
  gtk_box_append (GTK_BOX (box),
                  waymark_view_new_label (_("Touchpoints in customer lanes next to those in company "
                                            "lanes; lanes of other perspectives count on neither side."),
                                          "dim-label"));
  gtk_box_append (GTK_BOX (box), new_legend ());

  self->empty_label = waymark_view_new_label (_("There are no stages or no touchpoints to compare "
                                                "yet."),
                                              "dim-label");
  gtk_widget_set_visible (self->empty_label, FALSE);
  gtk_box_append (GTK_BOX (box), self->empty_label);

  self->cells = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->cells), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->cells), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Gaps by stage and channel"),
                                  -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (grid_scroll),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (grid_scroll), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (grid_scroll), self->cells);
  gtk_box_append (GTK_BOX (box), grid_scroll);

  self->details_heading = waymark_view_new_label (NULL, "heading");
  gtk_box_append (GTK_BOX (box), self->details_heading);
  self->details = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->details), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->details, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->details),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Touchpoints of the cell"),
                                  -1);
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("gaps.back-to-cell")));
  gtk_widget_add_controller (self->details, controller);
  gtk_box_append (GTK_BOX (box), self->details);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
  self->scrolled = scrolled;
  self->content = box;
}

static void
waymark_gaps_view_document_changed (WaymarkView *view)
{
  rebuild (WAYMARK_GAPS_VIEW (view));
}

/* The same files as `waymark export --view gaps`. */
static GPtrArray *
waymark_gaps_view_export (WaymarkView           *view,
                          WaymarkExportFormats   format,
                          WaymarkPaper           paper,
                          GError               **error)
{
  WaymarkJourney *journey = waymark_document_get_journey (waymark_view_get_document (view));

  return waymark_insight_export_files (journey, WAYMARK_INSIGHT_GAPS,
                                       waymark_export_format_get_suffix (format), paper, error);
}

static WaymarkPages *
waymark_gaps_view_dup_pages (WaymarkView  *view,
                             WaymarkPaper  paper)
{
  WaymarkJourney *journey = waymark_document_get_journey (waymark_view_get_document (view));

  return waymark_insight_new_pages (journey, WAYMARK_INSIGHT_GAPS, paper);
}

/* GObject */

static void
waymark_gaps_view_finalize (GObject *object)
{
  WaymarkGapsView *self = (WaymarkGapsView *)object;

  g_clear_pointer (&self->grid, waymark_gap_grid_free);

  G_OBJECT_CLASS (waymark_gaps_view_parent_class)->finalize (object);
}

static void
waymark_gaps_view_dispose (GObject *object)
{
  WaymarkGapsView *self = (WaymarkGapsView *)object;

  g_clear_handle_id (&self->reveal_id, g_source_remove);

  G_OBJECT_CLASS (waymark_gaps_view_parent_class)->dispose (object);
}

static void
waymark_gaps_view_class_init (WaymarkGapsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkViewClass *view_class = WAYMARK_VIEW_CLASS (klass);

  object_class->dispose = waymark_gaps_view_dispose;
  object_class->finalize = waymark_gaps_view_finalize;

  view_class->build = waymark_gaps_view_build;
  view_class->document_changed = waymark_gaps_view_document_changed;
  view_class->edited = waymark_gaps_view_document_changed;
  view_class->export_formats = (WAYMARK_EXPORT_PDF | WAYMARK_EXPORT_PNG | WAYMARK_EXPORT_SVG |
                                WAYMARK_EXPORT_CSV);
  view_class->paper_formats = WAYMARK_EXPORT_PDF;
  view_class->export = waymark_gaps_view_export;
  view_class->dup_pages = waymark_gaps_view_dup_pages;

  gtk_widget_class_install_action (widget_class, "gaps.show-cell", "(uu)", show_cell_action);
  gtk_widget_class_install_action (widget_class, "gaps.back-to-cell", NULL, back_to_cell_action);

  gtk_widget_class_set_css_name (widget_class, "gapsview");
}

static void
waymark_gaps_view_init (WaymarkGapsView *self)
{
  waymark_view_set_title (WAYMARK_VIEW (self), _("_Gaps"));
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "edit-find-symbolic");
  self->shown_row = self->shown_column = G_MAXUINT;
}

GtkWidget *
waymark_gaps_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_GAPS_VIEW, NULL);
}

/**
 * waymark_gaps_view_get_grid:
 *
 * Returns: (transfer none) (nullable): the grid the view shows
 */
WaymarkGapGrid *
waymark_gaps_view_get_grid (WaymarkGapsView *self)
{
  g_return_val_if_fail (WAYMARK_IS_GAPS_VIEW (self), NULL);

  return self->grid;
}

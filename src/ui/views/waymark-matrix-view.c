/* waymark-matrix-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Matrix page: who is responsible, accountable, consulted and informed
 * for each stage, its activities and the handoff that leaves it. Rows are
 * grouped by stage; columns are the roles with their colours. The header
 * row and the first column stay in place while the body scrolls: they are
 * strips of their own that share the body's adjustments, and every row
 * and column has a fixed size so that the strips line up with the body.
 *
 * This file builds the page and its headers and keeps the validation
 * (the bar above the matrix, the marks on the row headers, the workload
 * under each role) up to date; the cells, the cursor and the keys are in
 * waymark-matrix-view-cells.c, the edits of roles, activities and handoffs
 * in waymark-matrix-view-actions.c.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-csv.h"
#include "waymark-matrix-view-private.h"
#include "waymark-paper-export.h"
#include "waymark-roving-focus.h"

#define ROW_HEADER_WIDTH 260
#define CELL_WIDTH       104
#define ROW_HEIGHT       38
#define HANDOFF_HEIGHT   52
#define HEADER_HEIGHT    58

G_DEFINE_FINAL_TYPE (WaymarkMatrixView, waymark_matrix_view, WAYMARK_TYPE_VIEW)

/* The parts of a row's header that follow the validation. */
typedef struct
{
  GtkWidget *box;
  GtkWidget *icon;
  GtkWidget *menu;   /* (nullable) */
} RowHeader;

typedef struct
{
  GtkWidget *box;
  GtkWidget *workload;
  GtkWidget *icon;
  GtkWidget *menu;
} RoleHeader;

static WaymarkJourney *
journey_of (WaymarkMatrixView *self)
{
  return self->document ? waymark_document_get_journey (self->document) : NULL;
}

static void
remove_all (GtkWidget *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (grid)))
    gtk_grid_remove (GTK_GRID (grid), child);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  WaymarkRole *role = data;
  GdkRGBA color;

  if (!gdk_rgba_parse (&color, waymark_role_get_color (role)))
    gdk_rgba_parse (&color, "#77767b");

  gdk_cairo_set_source_rgba (cr, &color);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.0, 0, 2 * G_PI);
  cairo_fill (cr);
}

static GtkWidget *
menu_button (GMenuModel *menu,
             const char *tooltip)
{
  GtkWidget *button = gtk_menu_button_new ();

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static GtkWidget *
make_role_header (WaymarkMatrixView *self,
                  WaymarkRole       *role)
{
  g_autoptr(GMenuModel) menu = _waymark_matrix_view_dup_role_menu (self, role);
  g_autofree char *tooltip = NULL;
  RoleHeader *header = g_new0 (RoleHeader, 1);
  GtkWidget *top, *bottom, *swatch, *name;

  header->box = g_object_new (GTK_TYPE_BOX,
                              "orientation", GTK_ORIENTATION_VERTICAL,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_COLUMN_HEADER,
                              NULL);
  gtk_widget_set_size_request (header->box, CELL_WIDTH, HEADER_HEIGHT);
  gtk_widget_add_css_class (header->box, "matrix-role-header");

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  swatch = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 12);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 12);
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch,
                                  g_object_ref (role), g_object_unref);
  name = gtk_label_new (waymark_role_get_name (role));
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_box_append (GTK_BOX (top), swatch);
  gtk_box_append (GTK_BOX (top), name);
  /* Translators: the tooltip of the menu button of a role's column */
  tooltip = g_strdup_printf (_("Edit Role “%s”"), waymark_role_get_name (role));
  header->menu = menu_button (menu, tooltip);
  gtk_box_append (GTK_BOX (top), header->menu);

  bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  header->workload = gtk_label_new (NULL);
  gtk_widget_add_css_class (header->workload, "caption");
  gtk_widget_add_css_class (header->workload, "dim-label");
  header->icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (header->icon, "warning");
  gtk_box_append (GTK_BOX (bottom), header->workload);
  gtk_box_append (GTK_BOX (bottom), header->icon);

  gtk_box_append (GTK_BOX (header->box), top);
  gtk_box_append (GTK_BOX (header->box), bottom);
  gtk_accessible_update_property (GTK_ACCESSIBLE (header->box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, waymark_role_get_name (role),
                                  -1);

  g_ptr_array_add (self->role_widgets, header);

  return header->box;
}

static GtkWidget *
make_row_header (WaymarkMatrixView *self,
                 WaymarkItem       *row,
                 const char        *title)
{
  g_autoptr(GMenuModel) menu = _waymark_matrix_view_dup_row_menu (self, row);
  RowHeader *header = g_new0 (RowHeader, 1);
  GtkWidget *labels, *label;
  gboolean handoff = WAYMARK_IS_HANDOFF (row);

  header->box = g_object_new (GTK_TYPE_BOX,
                              "orientation", GTK_ORIENTATION_HORIZONTAL,
                              "spacing", 6,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_ROW_HEADER,
                              NULL);
  gtk_widget_set_size_request (header->box, ROW_HEADER_WIDTH, handoff ? HANDOFF_HEIGHT : ROW_HEIGHT);
  gtk_widget_add_css_class (header->box, "matrix-row-header");
  gtk_widget_add_css_class (header->box,
                            WAYMARK_IS_STAGE (row) ? "stage" : handoff ? "handoff" : "activity");

  header->icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_add_css_class (header->icon, "error");
  gtk_box_append (GTK_BOX (header->box), header->icon);

  labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (labels, TRUE);
  label = gtk_label_new (title);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "title");
  gtk_box_append (GTK_BOX (labels), label);

  if (handoff)
    {
      const char *agreement = waymark_handoff_get_agreement (WAYMARK_HANDOFF (row));

      label = gtk_label_new (agreement[0] ? agreement : _("No agreement yet"));
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (labels), label);
    }
  gtk_box_append (GTK_BOX (header->box), labels);

  if (menu != NULL)
    {
      g_autofree char *tooltip = g_strdup_printf (_("Edit “%s”"), title);

      header->menu = menu_button (menu, tooltip);
      gtk_box_append (GTK_BOX (header->box), header->menu);
    }

  g_ptr_array_add (self->row_widgets, header);

  return header->box;
}

/* Each strip of headers is one Tab stop, its menus one after the other
 * with the arrows, as the cells are: Tab comes to the matrix in a few
 * steps, whatever its size. */
static void
set_header_tab_stops (WaymarkMatrixView *self)
{
  g_autoptr(GPtrArray) role_menus = g_ptr_array_new ();
  g_autoptr(GPtrArray) row_menus = g_ptr_array_new ();

  for (guint c = 0; c < self->role_widgets->len; c++)
    g_ptr_array_add (role_menus, ((RoleHeader *)g_ptr_array_index (self->role_widgets, c))->menu);
  for (guint r = 0; r < self->row_widgets->len; r++)
    {
      RowHeader *header = g_ptr_array_index (self->row_widgets, r);

      if (header->menu != NULL)
        g_ptr_array_add (row_menus, header->menu);
    }

  waymark_roving_focus_set_controls (self->column_headers, role_menus);
  waymark_roving_focus_set_controls (self->row_headers, row_menus);
}

static void
rebuild (WaymarkMatrixView *self)
{
  WaymarkJourney *journey = journey_of (self);
  g_autoptr(GHashTable) raci_index = NULL;
  g_autoptr(GPtrArray) columns = NULL;
  GListModel *roles;
  guint cursor_row = self->cursor_row, cursor_column = self->cursor_column;

  self->structure_dirty = FALSE;

  gtk_popover_popdown (GTK_POPOVER (self->popover));
  remove_all (self->column_headers);
  remove_all (self->row_headers);
  remove_all (self->cells);
  g_hash_table_remove_all (self->cell_index);
  g_ptr_array_set_size (self->row_widgets, 0);
  g_ptr_array_set_size (self->role_widgets, 0);
  g_ptr_array_set_size (self->roles, 0);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  if (journey == NULL)
    {
      self->rows = g_ptr_array_new ();
      gtk_stack_set_visible_child (self->stack, self->empty);
      return;
    }

  self->rows = waymark_matrix_dup_rows (journey);
  raci_index = waymark_matrix_dup_raci_index (journey);
  roles = waymark_journey_get_roles (journey);
  for (guint c = 0; c < g_list_model_get_n_items (roles); c++)
    g_ptr_array_add (self->roles, g_list_model_get_item (roles, c));

  /* A header and its column, a header and its row, are as wide and as
   * high as each other, whatever their content asks for: the strips line
   * up with the body. The widgets keep their groups alive. */
  columns = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint c = 0; c < self->roles->len; c++)
    {
      GtkWidget *header = make_role_header (self, g_ptr_array_index (self->roles, c));

      g_ptr_array_add (columns, gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL));
      gtk_size_group_add_widget (g_ptr_array_index (columns, c), header);
      gtk_grid_attach (GTK_GRID (self->column_headers), header, c, 0, 1, 1);
    }

  for (guint r = 0; r < self->rows->len; r++)
    {
      WaymarkItem *row = g_ptr_array_index (self->rows, r);
      g_autofree char *title = waymark_matrix_dup_row_title (journey, row);
      g_autoptr(GtkSizeGroup) height = gtk_size_group_new (GTK_SIZE_GROUP_VERTICAL);
      GtkWidget *header = make_row_header (self, row, title);

      gtk_size_group_add_widget (height, header);
      gtk_grid_attach (GTK_GRID (self->row_headers), header, 0, r, 1, 1);

      for (guint c = 0; c < self->roles->len; c++)
        {
          WaymarkRole *role = g_ptr_array_index (self->roles, c);
          GtkWidget *cell = _waymark_matrix_view_add_cell (self, row, role, title, r, c);

          gtk_size_group_add_widget (height, cell);
          gtk_size_group_add_widget (g_ptr_array_index (columns, c), cell);

          gtk_widget_set_size_request (cell, CELL_WIDTH,
                                       WAYMARK_IS_HANDOFF (row) ? HANDOFF_HEIGHT : ROW_HEIGHT);
          gtk_widget_add_css_class (cell, WAYMARK_IS_STAGE (row) ? "stage" :
                                          WAYMARK_IS_HANDOFF (row) ? "handoff" : "activity");
          waymark_matrix_cell_set_raci (WAYMARK_MATRIX_CELL (cell),
                                        waymark_matrix_lookup_raci (raci_index,
                                                                     waymark_item_get_id (row),
                                                                     waymark_item_get_id (WAYMARK_ITEM (role))));
        }
    }

  gtk_stack_set_visible_child (self->stack, self->rows->len > 0 ? self->page : self->empty);
  set_header_tab_stops (self);

  /* The cursor stays where it was, as far as the matrix still reaches. */
  self->cursor_row = G_MAXUINT;
  _waymark_matrix_view_move_cursor (self, cursor_row, cursor_column, FALSE);
}

static void
update_validation (WaymarkMatrixView *self)
{
  WaymarkJourney *journey = journey_of (self);
  GPtrArray *problems;
  const char *summary, *hints;

  if (journey == NULL)
    return;

  g_clear_object (&self->check);
  self->check = waymark_matrix_check_new (journey);
  problems = waymark_matrix_check_get_problems (self->check);

  for (guint r = 0; r < self->rows->len && r < self->row_widgets->len; r++)
    {
      WaymarkItem *row = g_ptr_array_index (self->rows, r);
      RowHeader *header = g_ptr_array_index (self->row_widgets, r);
      g_autofree char *reasons = waymark_matrix_check_dup_row_reasons (self->check, row);
      g_autofree char *title = waymark_matrix_dup_row_title (journey, row);
      g_autofree char *label = NULL;
      gboolean broken = waymark_matrix_check_get_row_problems (self->check, row) != 0;

      gtk_widget_set_visible (header->icon, broken);
      gtk_widget_set_tooltip_text (header->box, reasons);
      if (broken)
        gtk_widget_add_css_class (header->box, "needs-attention");
      else
        gtk_widget_remove_css_class (header->box, "needs-attention");

      label = reasons ? g_strdup_printf ("%s. %s", title, reasons) : g_strdup (title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (header->box),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }

  for (guint c = 0; c < self->roles->len && c < self->role_widgets->len; c++)
    {
      WaymarkRole *role = g_ptr_array_index (self->roles, c);
      RoleHeader *header = g_ptr_array_index (self->role_widgets, c);
      g_autofree char *line = waymark_matrix_check_dup_workload_line (self->check, role);
      g_autofree char *count = NULL;

      /* Translators: the short workload under a role's name: rows where it
       * is R or A, of all rows, "8/11" */
      count = g_strdup_printf (_("%u/%u"), waymark_matrix_check_get_workload (self->check, role),
                               self->rows->len);
      gtk_label_set_label (GTK_LABEL (header->workload), count);
      gtk_widget_set_tooltip_text (header->box, line);
      gtk_accessible_update_property (GTK_ACCESSIBLE (header->workload),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, line,
                                      -1);
      gtk_widget_set_visible (header->icon, waymark_matrix_check_is_bottleneck (self->check, role));
    }

  summary = waymark_matrix_check_get_summary (self->check);
  if (problems->len > 0)
    {
      gtk_label_set_label (self->bar_label, summary);
      gtk_image_set_from_icon_name (GTK_IMAGE (self->bar_icon), "dialog-warning-symbolic");
      gtk_widget_add_css_class (self->bar, "needs-attention");
      gtk_widget_set_tooltip_text (self->bar, _("Go to the next row that needs attention"));
    }
  else
    {
      gtk_label_set_label (self->bar_label,
                           _("Every row has one role accountable and at least one responsible"));
      gtk_image_set_from_icon_name (GTK_IMAGE (self->bar_icon), "emblem-ok-symbolic");
      gtk_widget_remove_css_class (self->bar, "needs-attention");
      gtk_widget_set_tooltip_text (self->bar, NULL);
    }

  hints = waymark_matrix_check_get_hint_summary (self->check);
  gtk_label_set_label (self->hint_label, hints);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->hint_label), hints[0] ? hints : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), hints[0] != '\0');
}

/* The next row after the cursor that breaks the rule, around the end. */
static void
walk_to_next_problem (WaymarkMatrixView *self)
{
  GPtrArray *problems;

  if (self->check == NULL || (problems = waymark_matrix_check_get_problems (self->check))->len == 0)
    return;

  for (guint step = 1; step <= self->rows->len; step++)
    {
      guint r = (self->cursor_row + step) % self->rows->len;
      WaymarkItem *row = g_ptr_array_index (self->rows, r);

      if (waymark_matrix_check_get_row_problems (self->check, row) != 0)
        {
          _waymark_matrix_view_move_cursor (self, r, self->cursor_column, TRUE);
          return;
        }
    }
}

static void
on_bar_clicked_cb (WaymarkMatrixView *self)
{
  walk_to_next_problem (self);
}

static gboolean
affects_matrix (WaymarkChange *change)
{
  WaymarkItem *item = change->item;

  return WAYMARK_IS_STAGE (item) || WAYMARK_IS_HANDOFF (item) ||
         WAYMARK_IS_ACTIVITY (item) || WAYMARK_IS_ROLE (item);
}

/* Each change as it happens: a cell is redrawn alone; anything that moves
 * rows or columns rebuilds the matrix once the edit is over. */
static void
on_document_change_cb (WaymarkMatrixView *self,
                       WaymarkChange     *change)
{
  if (change->kind == WAYMARK_CHANGE_MATRIX_CELL)
    {
      g_autofree char *key = NULL;
      WaymarkMatrixCell *cell;

      if (change->row == NULL || change->role == NULL)
        return;

      key = _waymark_matrix_view_cell_key (change->row, change->role);
      if ((cell = g_hash_table_lookup (self->cell_index, key)))
        waymark_matrix_cell_set_raci (cell,
                                      waymark_matrix_get_raci (journey_of (self),
                                                                waymark_item_get_id (change->row),
                                                                waymark_item_get_id (WAYMARK_ITEM (change->role))));
      return;
    }

  if (affects_matrix (change))
    self->structure_dirty = TRUE;
}

static void
on_document_changed_cb (WaymarkMatrixView *self)
{
  if (self->structure_dirty)
    rebuild (self);
  update_validation (self);
  _waymark_matrix_view_update_popover (self);
}

static void
set_document (WaymarkMatrixView *self,
              WaymarkDocument   *document)
{
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, on_document_change_cb, self);
      g_signal_handlers_disconnect_by_func (self->document, on_document_changed_cb, self);
    }
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_object (document, "change", G_CALLBACK (on_document_change_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "changed", G_CALLBACK (on_document_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  self->cursor_row = 0;
  self->cursor_column = 0;
  rebuild (self);
  update_validation (self);
}

static GtkWidget *
strip (GtkPolicyType hpolicy,
       GtkPolicyType vpolicy,
       GtkWidget    *child)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), hpolicy, vpolicy);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), child);

  return scroller;
}

static void
waymark_matrix_view_build (WaymarkView *view)
{
  WaymarkMatrixView *self = WAYMARK_MATRIX_VIEW (view);
  GtkWidget *toolbar, *bar_box, *table, *corner, *column_scroller, *row_scroller, *button;
  g_autoptr(GPtrArray) controls = NULL;

  self->stack = GTK_STACK (gtk_stack_new ());

  self->empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty), waymark_view_get_icon_name (view));
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("No Stages Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                   _("The matrix has a row for each stage, its activities and "
                                     "the handoff to the next stage. Add stages in the Stages view."));
  button = gtk_button_new_with_mnemonic (_("_Add Stages"));
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-view");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", "stages");
  adw_status_page_set_child (ADW_STATUS_PAGE (self->empty), button);
  gtk_stack_add_child (self->stack, self->empty);

  self->page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->page, "matrix-page");

  /* Above the matrix: the summary of its problems, which walks through
   * them, the hints, and the buttons that add columns and rows. */
  toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (toolbar, "matrix-toolbar");
  self->bar = gtk_button_new ();
  gtk_widget_add_css_class (self->bar, "flat");
  gtk_widget_add_css_class (self->bar, "matrix-bar");
  gtk_widget_set_hexpand (self->bar, TRUE);
  bar_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  self->bar_icon = gtk_image_new ();
  self->bar_label = GTK_LABEL (gtk_label_new (NULL));
  /* One line: a wrapping label in a box upsets GTK 4.8's height for
   * width. */
  gtk_label_set_ellipsize (self->bar_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (self->bar_label, 0);
  gtk_box_append (GTK_BOX (bar_box), self->bar_icon);
  gtk_box_append (GTK_BOX (bar_box), GTK_WIDGET (self->bar_label));
  gtk_button_set_child (GTK_BUTTON (self->bar), bar_box);
  g_signal_connect_object (self->bar, "clicked", G_CALLBACK (on_bar_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (toolbar), self->bar);

  button = gtk_button_new_with_mnemonic (_("Add _Role"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "matrix.add-role");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (toolbar), button);
  button = gtk_button_new_with_mnemonic (_("Add Ac_tivity"));
  gtk_widget_set_tooltip_text (button, _("Add an activity to the stage of the selected row"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "matrix.add-activity-here");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (toolbar), button);
  gtk_box_append (GTK_BOX (self->page), toolbar);
  /* The bar and the buttons beside it: one Tab stop, Left and Right. */
  waymark_roving_focus_attach (toolbar, GTK_ORIENTATION_HORIZONTAL);
  controls = g_ptr_array_new ();
  for (GtkWidget *child = gtk_widget_get_first_child (toolbar);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (controls, child);
  waymark_roving_focus_set_controls (toolbar, controls);

  self->hint_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->hint_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (self->hint_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "matrix-hints");
  gtk_widget_add_css_class (GTK_WIDGET (self->hint_label), "dim-label");
  gtk_box_append (GTK_BOX (self->page), GTK_WIDGET (self->hint_label));

  /* The corner, the header row, the first column and the body. */
  self->column_headers = gtk_grid_new ();
  self->row_headers = gtk_grid_new ();
  self->cells = g_object_new (GTK_TYPE_GRID,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_GRID,
                              NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cells),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Accountability matrix"),
                                  -1);
  gtk_widget_add_css_class (self->cells, "matrix-cells");
  /* Neither the strips nor the body stretch to fill the window: the
   * strips would widen their columns and part from the body. */
  gtk_widget_set_halign (self->column_headers, GTK_ALIGN_START);
  gtk_widget_set_halign (self->cells, GTK_ALIGN_START);
  gtk_widget_set_valign (self->cells, GTK_ALIGN_START);
  gtk_widget_set_valign (self->row_headers, GTK_ALIGN_START);
  waymark_roving_focus_attach (self->column_headers, GTK_ORIENTATION_HORIZONTAL);
  waymark_roving_focus_attach (self->row_headers, GTK_ORIENTATION_VERTICAL);

  self->body_scroller = strip (GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC, self->cells);
  gtk_widget_set_hexpand (self->body_scroller, TRUE);
  gtk_widget_set_vexpand (self->body_scroller, TRUE);
  column_scroller = strip (GTK_POLICY_EXTERNAL, GTK_POLICY_NEVER, self->column_headers);
  gtk_scrolled_window_set_hadjustment (GTK_SCROLLED_WINDOW (column_scroller),
                                       gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (self->body_scroller)));
  row_scroller = strip (GTK_POLICY_NEVER, GTK_POLICY_EXTERNAL, self->row_headers);
  gtk_scrolled_window_set_vadjustment (GTK_SCROLLED_WINDOW (row_scroller),
                                       gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->body_scroller)));

  corner = gtk_label_new (NULL);
  gtk_widget_set_size_request (corner, ROW_HEADER_WIDTH, HEADER_HEIGHT);
  gtk_widget_add_css_class (corner, "matrix-corner");

  table = gtk_grid_new ();
  gtk_widget_add_css_class (table, "matrix-table");
  gtk_grid_attach (GTK_GRID (table), corner, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (table), column_scroller, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (table), row_scroller, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (table), self->body_scroller, 1, 1, 1, 1);
  gtk_box_append (GTK_BOX (self->page), table);

  gtk_stack_add_child (self->stack, self->page);

  _waymark_matrix_view_init_cells (self);

  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
}

static void
waymark_matrix_view_document_changed (WaymarkView *view)
{
  WaymarkMatrixView *self = WAYMARK_MATRIX_VIEW (view);

  set_document (self, waymark_view_get_document (view));
}

/* The same files as `waymark export`: CSV, or the sheets ready to sign. */
static GPtrArray *
waymark_matrix_view_export (WaymarkView           *view,
                            WaymarkExportFormats   format,
                            WaymarkPaper           paper,
                            GError               **error)
{
  WaymarkJourney *journey = waymark_document_get_journey (waymark_view_get_document (view));
  g_autoptr(WaymarkMatrixLayout) layout = NULL;
  GPtrArray *files;

  if (format == WAYMARK_EXPORT_CSV)
    {
      files = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
      g_ptr_array_add (files, waymark_csv_export_matrix (journey));
      return files;
    }

  layout = waymark_matrix_layout_new (journey, paper);
  return waymark_paper_export (layout,
                               format == WAYMARK_EXPORT_PDF ? WAYMARK_PAPER_FORMAT_PDF
                               : format == WAYMARK_EXPORT_PNG ? WAYMARK_PAPER_FORMAT_PNG
                               : WAYMARK_PAPER_FORMAT_SVG,
                               error);
}

static WaymarkPages *
waymark_matrix_view_dup_pages (WaymarkView  *view,
                               WaymarkPaper  paper)
{
  WaymarkJourney *journey = waymark_document_get_journey (waymark_view_get_document (view));

  return WAYMARK_PAGES (waymark_matrix_layout_new (journey, paper));
}

static void
waymark_matrix_view_dispose (GObject *object)
{
  WaymarkMatrixView *self = WAYMARK_MATRIX_VIEW (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, on_document_change_cb, self);
      g_signal_handlers_disconnect_by_func (self->document, on_document_changed_cb, self);
    }
  g_clear_object (&self->document);
  g_clear_object (&self->check);
  if (self->popover != NULL)
    {
      gtk_widget_unparent (self->popover);
      self->popover = NULL;
    }

  G_OBJECT_CLASS (waymark_matrix_view_parent_class)->dispose (object);
}

static void
waymark_matrix_view_finalize (GObject *object)
{
  WaymarkMatrixView *self = WAYMARK_MATRIX_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->roles, g_ptr_array_unref);
  g_clear_pointer (&self->row_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->role_widgets, g_ptr_array_unref);
  g_clear_pointer (&self->cell_index, g_hash_table_unref);

  G_OBJECT_CLASS (waymark_matrix_view_parent_class)->finalize (object);
}

static void
waymark_matrix_view_class_init (WaymarkMatrixViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkViewClass *view_class = WAYMARK_VIEW_CLASS (klass);

  object_class->dispose = waymark_matrix_view_dispose;
  object_class->finalize = waymark_matrix_view_finalize;
  view_class->build = waymark_matrix_view_build;
  view_class->document_changed = waymark_matrix_view_document_changed;
  view_class->export_formats = (WAYMARK_EXPORT_PDF | WAYMARK_EXPORT_PNG |
                                WAYMARK_EXPORT_SVG | WAYMARK_EXPORT_CSV);
  view_class->paper_formats = WAYMARK_EXPORT_PDF | WAYMARK_EXPORT_PNG | WAYMARK_EXPORT_SVG;
  view_class->export = waymark_matrix_view_export;
  view_class->dup_pages = waymark_matrix_view_dup_pages;

  _waymark_matrix_view_class_init_actions (widget_class);

  gtk_widget_class_set_css_name (widget_class, "matrixview");
}

static void
waymark_matrix_view_init (WaymarkMatrixView *self)
{
  waymark_view_set_title (WAYMARK_VIEW (self), _("Ma_trix"));
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "x-office-spreadsheet-symbolic");

  self->roles = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new ();
  self->row_widgets = g_ptr_array_new_with_free_func (g_free);
  self->role_widgets = g_ptr_array_new_with_free_func (g_free);
  self->cell_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

GtkWidget *
waymark_matrix_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_MATRIX_VIEW, NULL);
}

/**
 * waymark_matrix_view_get_cell:
 *
 * Returns: (transfer none) (nullable): the cell at @row, @column of the
 *   matrix, building the view first
 */
GtkWidget *
waymark_matrix_view_get_cell (WaymarkMatrixView *self,
                              guint              row,
                              guint              column)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_VIEW (self), NULL);

  waymark_view_ensure_built (WAYMARK_VIEW (self));

  return (GtkWidget *)_waymark_matrix_view_get_cell_at (self, row, column);
}

/**
 * waymark_matrix_view_get_cursor:
 *
 * Returns: (transfer none) (nullable): the cell that has the cursor
 */
GtkWidget *
waymark_matrix_view_get_cursor (WaymarkMatrixView *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_VIEW (self), NULL);

  return waymark_matrix_view_get_cell (self, self->cursor_row, self->cursor_column);
}

/**
 * waymark_matrix_view_get_summary:
 *
 * Returns: what the bar above the matrix says
 */
const char *
waymark_matrix_view_get_summary (WaymarkMatrixView *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_VIEW (self), NULL);

  waymark_view_ensure_built (WAYMARK_VIEW (self));

  return gtk_label_get_label (self->bar_label);
}

/**
 * waymark_matrix_view_next_problem:
 *
 * Moves the cursor to the next row that needs attention, as a click on
 * the bar above the matrix does.
 */
void
waymark_matrix_view_next_problem (WaymarkMatrixView *self)
{
  g_return_if_fail (WAYMARK_IS_MATRIX_VIEW (self));

  walk_to_next_problem (self);
}

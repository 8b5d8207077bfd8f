/* waymark-matrix-view-cells.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cells of the Matrix view: one roving focusable cell (the cursor),
 * so that Tab enters and leaves the matrix in one step while the arrows,
 * Home/End and Page Up/Down move inside it; the keys R, A, C and I toggle
 * a letter of the cell and Delete clears it; a click, Enter or Space opens
 * a popover with the four letters as toggles. Every change is one
 * waymark_document_set_raci(), one undo step.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "waymark-matrix-view-private.h"

/* Page Up and Page Down move this many rows while the matrix has no size
 * yet; once shown, a screenful. */
#define PAGE_ROWS 10

static const struct {
  WaymarkRaci  flag;
  const char  *label;
} toggle_letters[] = {
  { WAYMARK_RACI_RESPONSIBLE, N_("_Responsible (R)") },
  { WAYMARK_RACI_ACCOUNTABLE, N_("_Accountable (A)") },
  { WAYMARK_RACI_CONSULTED, N_("_Consulted (C)") },
  { WAYMARK_RACI_INFORMED, N_("_Informed (I)") },
};

char *
_waymark_matrix_view_cell_key (WaymarkItem *row,
                               WaymarkRole *role)
{
  return g_strconcat (waymark_item_get_id (row), "\n",
                      waymark_item_get_id (WAYMARK_ITEM (role)), NULL);
}

WaymarkMatrixCell *
_waymark_matrix_view_get_cell_at (WaymarkMatrixView *self,
                                  guint              row,
                                  guint              column)
{
  GtkWidget *child;

  if (self->cells == NULL || row >= self->rows->len || column >= self->roles->len)
    return NULL;

  child = gtk_grid_get_child_at (GTK_GRID (self->cells), column, row);

  return WAYMARK_IS_MATRIX_CELL (child) ? WAYMARK_MATRIX_CELL (child) : NULL;
}

static WaymarkMatrixCell *
cursor_cell (WaymarkMatrixView *self)
{
  return _waymark_matrix_view_get_cell_at (self, self->cursor_row, self->cursor_column);
}

/**
 * _waymark_matrix_view_move_cursor:
 *
 * Puts the cursor on the cell at @row, @column (clamped to the matrix):
 * that cell alone can take the focus.
 */
void
_waymark_matrix_view_move_cursor (WaymarkMatrixView *self,
                                  guint              row,
                                  guint              column,
                                  gboolean           grab_focus)
{
  WaymarkMatrixCell *old = cursor_cell (self);
  WaymarkMatrixCell *cell;

  if (self->rows->len == 0 || self->roles->len == 0)
    return;

  row = MIN (row, self->rows->len - 1);
  column = MIN (column, self->roles->len - 1);

  if (old != NULL)
    gtk_widget_set_focusable (GTK_WIDGET (old), FALSE);

  self->cursor_row = row;
  self->cursor_column = column;
  cell = cursor_cell (self);
  gtk_widget_set_focusable (GTK_WIDGET (cell), TRUE);
  if (grab_focus)
    gtk_widget_grab_focus (GTK_WIDGET (cell));
}

static void
set_cursor_raci (WaymarkMatrixView *self,
                 WaymarkRaci        raci)
{
  WaymarkMatrixCell *cell = cursor_cell (self);

  if (cell == NULL || self->document == NULL)
    return;

  waymark_document_set_raci (self->document,
                             waymark_matrix_cell_get_row (cell),
                             waymark_matrix_cell_get_role (cell),
                             raci);
}

static void
toggle_letter (WaymarkMatrixView *self,
               WaymarkRaci        flag)
{
  WaymarkMatrixCell *cell = cursor_cell (self);

  if (cell != NULL)
    set_cursor_raci (self, waymark_matrix_cell_get_raci (cell) ^ flag);
}

static void
open_popover (WaymarkMatrixView *self)
{
  WaymarkMatrixCell *cell = cursor_cell (self);
  graphene_rect_t bounds;

  if (cell == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (cell), self->page, &bounds))
    return;

  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                               &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                 bounds.size.width, bounds.size.height });
  _waymark_matrix_view_update_popover (self);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* The toggles follow the cell of the cursor, whoever changed it. */
void
_waymark_matrix_view_update_popover (WaymarkMatrixView *self)
{
  WaymarkMatrixCell *cell = cursor_cell (self);
  WaymarkRaci raci = cell ? waymark_matrix_cell_get_raci (cell) : 0;

  self->updating_popover = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (toggle_letters); i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->toggles[i]),
                                 (raci & toggle_letters[i].flag) != 0);
  self->updating_popover = FALSE;
}

static void
on_toggle_toggled_cb (WaymarkMatrixView *self)
{
  WaymarkRaci raci = 0;

  if (self->updating_popover)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (toggle_letters); i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->toggles[i])))
      raci |= toggle_letters[i].flag;

  set_cursor_raci (self, raci);
}

static void
on_popover_closed_cb (WaymarkMatrixView *self)
{
  WaymarkMatrixCell *cell = cursor_cell (self);

  if (cell != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (cell));
}

static void
on_cell_clicked_cb (WaymarkMatrixCell *cell,
                    WaymarkMatrixView *self)
{
  int row = 0, column = 0;

  gtk_grid_query_child (GTK_GRID (self->cells), GTK_WIDGET (cell), &column, &row, NULL, NULL);
  _waymark_matrix_view_move_cursor (self, row, column, TRUE);
  open_popover (self);
}

GtkWidget *
_waymark_matrix_view_add_cell (WaymarkMatrixView *self,
                               WaymarkItem       *row,
                               WaymarkRole       *role,
                               const char        *row_title,
                               guint              row_index,
                               guint              column)
{
  GtkWidget *cell = waymark_matrix_cell_new (row, role, row_title);

  gtk_widget_set_focusable (cell, FALSE);
  g_signal_connect_object (cell, "clicked", G_CALLBACK (on_cell_clicked_cb), self, 0);
  gtk_grid_attach (GTK_GRID (self->cells), cell, column, row_index, 1, 1);
  g_hash_table_insert (self->cell_index, _waymark_matrix_view_cell_key (row, role), cell);

  return cell;
}

/* The top of the cells of @row, in the grid's coordinates. */
static gboolean
get_row_top (WaymarkMatrixView *self,
             guint              row,
             guint              column,
             double            *top)
{
  WaymarkMatrixCell *cell = _waymark_matrix_view_get_cell_at (self, row, column);
  graphene_rect_t bounds;

  if (cell == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (cell), self->cells, &bounds))
    return FALSE;

  *top = bounds.origin.y;
  return TRUE;
}

/* Page Up and Down: the farthest row whose top is at most a screenful of
 * the body away from the cursor's (rows differ in height: a handoff with
 * its agreement is taller), at least one row. The body scrolls by as much
 * as the cursor moved, so that it stays where it was on the screen, as in
 * a text view. */
static guint
page_row (WaymarkMatrixView *self,
          int                direction,
          double            *scroll)
{
  GtkAdjustment *adjustment =
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->body_scroller));
  double page = gtk_adjustment_get_page_size (adjustment);
  guint row = self->cursor_row, column = self->cursor_column;
  guint last_row = self->rows->len ? self->rows->len - 1 : 0;
  double start, top;

  *scroll = NAN;
  if (page <= 0 || !get_row_top (self, row, column, &start))
    return direction > 0 ? MIN (row + PAGE_ROWS, last_row)
                         : (row > PAGE_ROWS ? row - PAGE_ROWS : 0);

  if (direction > 0)
    {
      while (row < last_row && get_row_top (self, row + 1, column, &top) && top - start <= page)
        row++;
      if (row == self->cursor_row)
        row = MIN (row + 1, last_row);
    }
  else
    {
      while (row > 0 && get_row_top (self, row - 1, column, &top) && start - top <= page)
        row--;
      if (row == self->cursor_row && row > 0)
        row--;
    }

  if (get_row_top (self, row, column, &top))
    *scroll = gtk_adjustment_get_value (adjustment) + top - start;

  return row;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   WaymarkMatrixView     *self)
{
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  gboolean control = (modifiers & GDK_CONTROL_MASK) != 0;
  guint row = self->cursor_row, column = self->cursor_column;
  guint last_row = self->rows->len ? self->rows->len - 1 : 0;
  guint last_column = self->roles->len ? self->roles->len - 1 : 0;
  double scroll = NAN;

  /* Shift is how the letters are typed in capitals; anything else is a
   * shortcut of the window. */
  if (modifiers & ~(GDK_SHIFT_MASK | GDK_CONTROL_MASK))
    return FALSE;
  if (control && keyval != GDK_KEY_Home && keyval != GDK_KEY_End)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      row = row > 0 ? row - 1 : 0;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      row = MIN (row + 1, last_row);
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      column = column > 0 ? column - 1 : 0;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      column = MIN (column + 1, last_column);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      column = 0;
      if (control)
        row = 0;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      column = last_column;
      if (control)
        row = last_row;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      row = page_row (self, -1, &scroll);
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      row = page_row (self, 1, &scroll);
      break;
    case GDK_KEY_r:
    case GDK_KEY_R:
      toggle_letter (self, WAYMARK_RACI_RESPONSIBLE);
      return TRUE;
    case GDK_KEY_a:
    case GDK_KEY_A:
      toggle_letter (self, WAYMARK_RACI_ACCOUNTABLE);
      return TRUE;
    case GDK_KEY_c:
    case GDK_KEY_C:
      toggle_letter (self, WAYMARK_RACI_CONSULTED);
      return TRUE;
    case GDK_KEY_i:
    case GDK_KEY_I:
      toggle_letter (self, WAYMARK_RACI_INFORMED);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_BackSpace:
      set_cursor_raci (self, WAYMARK_RACI_NONE);
      return TRUE;
    default:
      return FALSE;
    }

  _waymark_matrix_view_move_cursor (self, row, column, TRUE);
  /* After the focus moved, which scrolls only as far as the cell needs. */
  if (!isnan (scroll))
    gtk_adjustment_set_value (
      gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->body_scroller)), scroll);

  return TRUE;
}

void
_waymark_matrix_view_init_cells (WaymarkMatrixView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *box;

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (self->cells, keys);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (guint i = 0; i < G_N_ELEMENTS (toggle_letters); i++)
    {
      self->toggles[i] = gtk_check_button_new_with_mnemonic (_(toggle_letters[i].label));
      g_signal_connect_object (self->toggles[i], "toggled", G_CALLBACK (on_toggle_toggled_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), self->toggles[i]);
    }

  self->popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (self->popover), box);
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (on_popover_closed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_set_parent (self->popover, self->page);
}

/* waymark-map-canvas-dnd.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "waymark-map-canvas-private.h"
#include "waymark-map-card-widget.h"
#include "waymark-map-header.h"
#include "waymark-map-renderer.h"

/* Moving cards on the map: a GtkGestureDrag picks a card up and drops it
 * in a cell, at the place the drop indicator shows; the keyboard does the
 * same with Alt and the arrows. Arrows alone move the focus between cards
 * and cells, Delete removes the focused card and Insert adds one. Every
 * move is one command of the document, so one step of undo. */

/* The card at @x, @y, from the layout: the card widgets may not be there
 * yet. */
const WaymarkMapCard *
_waymark_map_canvas_card_at (WaymarkMapCanvas *self,
                             double            x,
                             double            y)
{
  guint n = waymark_map_layout_get_n_cards (self->layout);

  for (guint i = 0; i < n; i++)
    {
      const WaymarkMapCard *card = waymark_map_layout_get_card (self->layout, i);
      const WaymarkMapRect *r = &card->rect;

      if (x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height)
        return card;
    }

  return NULL;
}

/**
 * _waymark_map_canvas_move_card:
 * @index: the place in the target cell as it is now, with the card
 *   itself still where it was
 *
 * Moves a card to a cell through the document; a move to where it is
 * already is no command.
 */
void
_waymark_map_canvas_move_card (WaymarkMapCanvas  *self,
                               WaymarkTouchpoint *touchpoint,
                               guint              column,
                               guint              band,
                               guint              index)
{
  const WaymarkMapColumn *col = waymark_map_layout_get_column (self->layout, column);
  const WaymarkMapBand *bnd = waymark_map_layout_get_band (self->layout, band);
  guint card;

  if (!waymark_map_layout_find_card (self->layout, touchpoint, &card))
    return;

  {
    const WaymarkMapCard *c = waymark_map_layout_get_card (self->layout, card);

    /* In its own cell, the places after it move up by one once it leaves. */
    if (c->column == column && c->band == band)
      {
        if (index > c->index)
          index--;
        if (index == c->index)
          return;
      }
  }

  waymark_document_move_touchpoint (self->document, touchpoint, col->stage, bnd->lane, index);
}

/* The pointer in the canvas's coordinates, with what auto-scrolling
 * moved the canvas under it since the last motion. */
static void
get_pointer (WaymarkMapCanvas *self,
             double           *x,
             double           *y)
{
  *x = self->drag_start_x + self->drag_dx + self->scrolled_x;
  *y = self->drag_start_y + self->drag_dy + self->scrolled_y;
}

static double get_room (WaymarkMapCanvas *self);

static void
find_drop_target (WaymarkMapCanvas *self,
                  double            x,
                  double            y)
{
  self->drop_valid = waymark_map_layout_cell_at (self->layout, x, y,
                                                 &self->drop_column, &self->drop_band);
  if (self->drop_valid)
    self->drop_index = waymark_map_layout_drop_index (self->layout, self->drop_column,
                                                      self->drop_band, y);
}

/* The cell under the pointer, as the map is shown, and the place in it.
 * The cell grows by the room the cards need (its band with it when it is
 * full: waymark_map_layout_set_drop_room()); laid out again, the bands
 * may move under the pointer, but the target stays what was pointed at
 * until the pointer moves, and a release where it was drops there. */
static void
update_drop_target (WaymarkMapCanvas *self)
{
  double x, y;

  get_pointer (self, &x, &y);
  if (self->drop_found && x == self->drop_x && y == self->drop_y)
    return;
  find_drop_target (self, x, y);
  self->drop_found = TRUE;
  self->drop_x = x;
  self->drop_y = y;
  if (waymark_map_layout_set_drop_room (self->layout, self->drop_column, self->drop_band,
                                        self->drop_valid ? get_room (self) : 0))
    _waymark_map_canvas_relayout (self);
}
static gboolean
is_in (GPtrArray         *touchpoints,
       WaymarkTouchpoint *touchpoint)
{
  return touchpoints != NULL && g_ptr_array_find (touchpoints, touchpoint, NULL);
}

/* The room the moving cards open at the drop index: the height of the
 * card under the pointer and a gap. */
static double
get_room (WaymarkMapCanvas *self)
{
  guint card;

  if (self->dragged == NULL || !waymark_map_layout_find_card (self->layout, self->dragged, &card))
    return waymark_map_layout_scale (self->layout, 66);

  return waymark_map_layout_get_card (self->layout, card)->rect.height +
         waymark_map_layout_scale (self->layout, 8);
}

/**
 * _waymark_map_canvas_get_drag_offset:
 *
 * Where a card is drawn during a drag, from its place in the layout: the
 * moving cards follow the pointer, the cards after the drop index in the
 * target cell move down to open a gap.
 */
void
_waymark_map_canvas_get_drag_offset (WaymarkMapCanvas *self,
                                     guint             card,
                                     double           *dx,
                                     double           *dy)
{
  const WaymarkMapCard *c = waymark_map_layout_get_card (self->layout, card);

  *dx = *dy = 0;
  if (!self->dragging)
    return;

  if (is_in (self->moving, c->touchpoint))
    {
      *dx = self->drag_dx + self->scrolled_x;
      *dy = self->drag_dy + self->scrolled_y;
    }
  else if (self->drop_valid && c->column == self->drop_column && c->band == self->drop_band &&
           c->index >= self->drop_index)
    {
      *dy = get_room (self);
    }
}

gboolean
_waymark_map_canvas_is_moving (WaymarkMapCanvas *self,
                               GtkWidget        *child)
{
  return self->dragging && WAYMARK_IS_MAP_CARD_WIDGET (child) &&
         is_in (self->moving, waymark_map_card_widget_get_touchpoint (WAYMARK_MAP_CARD_WIDGET (child)));
}

static void
draw_drop_indicator (WaymarkMapCanvas *self,
                     cairo_t          *cr)
{
  const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, self->drop_column,
                                                            self->drop_band);
  double z = waymark_map_layout_scale (self->layout, 1.0);
  double y = waymark_map_layout_drop_y (self->layout, self->drop_column, self->drop_band,
                                        self->drop_index);
  double room = get_room (self);
  double inset = 10 * z;

  cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.12);
  cairo_rectangle (cr, cell->rect.x, cell->rect.y, cell->rect.width, cell->rect.height);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.8);
  cairo_set_line_width (cr, 2 * z);
  cairo_stroke (cr);

  /* The place the cards will take: a dashed slot in the gap the other
   * cards opened, with a bar at its top; inside the cell, which has grown
   * by the room (waymark_map_layout_set_drop_room()). */
  cairo_save (cr);
  cairo_rectangle (cr, cell->rect.x, cell->rect.y, cell->rect.width, cell->rect.height);
  cairo_clip (cr);
  cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.18);
  cairo_rectangle (cr, cell->rect.x + inset, y + 4 * z, cell->rect.width - 2 * inset, room - 8 * z);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.208, 0.518, 0.894);
  cairo_set_line_width (cr, 1.5 * z);
  cairo_set_dash (cr, (double[]) { 5 * z, 3 * z }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_rectangle (cr, cell->rect.x + inset, y - 2 * z, cell->rect.width - 2 * inset, 4 * z);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The rubber band, from the press to the pointer. */
static void
draw_band (WaymarkMapCanvas *self,
           cairo_t          *cr)
{
  double x, y;

  get_pointer (self, &x, &y);
  cairo_rectangle (cr, MIN (x, self->drag_start_x) + 0.5, MIN (y, self->drag_start_y) + 0.5,
                   fabs (x - self->drag_start_x), fabs (y - self->drag_start_y));
  cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.15);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.9);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* The card a drag from the palette carries, under the pointer. */
static void
get_new_card_rect (WaymarkMapCanvas *self,
                   WaymarkMapRect   *rect)
{
  double x, y;

  get_pointer (self, &x, &y);
  rect->width = waymark_map_layout_scale (self->layout, 184);
  rect->height = waymark_map_layout_scale (self->layout, 58);
  rect->x = x - rect->width / 2;
  rect->y = y - waymark_map_layout_scale (self->layout, 20);
}

/* What the drag draws between the cards and the cards it carries. */
void
_waymark_map_canvas_snapshot_drag (WaymarkMapCanvas      *self,
                                   GtkSnapshot           *snapshot,
                                   const graphene_rect_t *visible)
{
  cairo_t *cr;

  if (!(self->dragging && self->drop_valid) && !self->banding && !self->adding)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, visible);
  if (self->dragging && self->drop_valid)
    draw_drop_indicator (self, cr);
  if (self->banding)
    draw_band (self, cr);
  if (self->adding)
    {
      WaymarkMapRect rect;

      get_new_card_rect (self, &rect);
      waymark_map_renderer_draw_new_card (self->layout, cr,
                                          waymark_map_style_get (self->dark, self->high_contrast),
                                          self->new_kind, &rect);
    }
  cairo_destroy (cr);
}

/* Auto-scroll: near an edge of the scrolled window, the map scrolls on
 * each frame, faster the nearer the pointer. */

#define EDGE 48.0
#define MAX_STEP 24.0

static double
edge_step (double position,
           double size)
{
  if (position < EDGE)
    return -MAX_STEP * (EDGE - MAX (position, 0)) / EDGE;
  if (position > size - EDGE)
    return MAX_STEP * (MIN (position, size) - (size - EDGE)) / EDGE;

  return 0;
}

static double
scroll_by (GtkAdjustment *adjustment,
           double         step)
{
  double old = gtk_adjustment_get_value (adjustment);

  gtk_adjustment_set_value (adjustment, old + step);

  return gtk_adjustment_get_value (adjustment) - old;
}

static gboolean
autoscroll_tick_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  double x, y, sx, sy, moved_x, moved_y;

  if (scrolled == NULL || !(self->dragging || self->banding || self->header_dragging))
    {
      self->autoscroll_id = 0;
      return G_SOURCE_REMOVE;
    }

  get_pointer (self, &x, &y);
  if (!gtk_widget_translate_coordinates (widget, scrolled, x, y, &sx, &sy))
    return G_SOURCE_CONTINUE;

  moved_x = scroll_by (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                       edge_step (sx, gtk_widget_get_width (scrolled)));
  moved_y = scroll_by (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                       edge_step (sy, gtk_widget_get_height (scrolled)));
  if (moved_x != 0 || moved_y != 0)
    {
      /* The canvas moved under a pointer that stood still. */
      self->scrolled_x += moved_x;
      self->scrolled_y += moved_y;
      if (self->dragging)
        update_drop_target (self);
      if (self->header_dragging)
        _waymark_map_canvas_header_drag_update (self, x + moved_x, y + moved_y);
      gtk_widget_queue_allocate (widget);
      gtk_widget_queue_draw (widget);
    }

  return G_SOURCE_CONTINUE;
}

static void
start_autoscroll (WaymarkMapCanvas *self)
{
  if (self->autoscroll_id == 0)
    self->autoscroll_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), autoscroll_tick_cb,
                                                        NULL, NULL);
}

/* Ends whatever the press started, without a drop. */
void
_waymark_map_canvas_cancel_drag (WaymarkMapCanvas *self)
{
  gboolean had_room = waymark_map_layout_set_drop_room (self->layout, 0, 0, 0);

  self->pressed = self->dragging = self->banding = self->drop_valid = self->adding = FALSE;
  self->drop_found = FALSE;
  if (self->header_pressed != NULL)
    _waymark_map_canvas_header_drag_end (self, FALSE);
  self->scrolled_x = self->scrolled_y = 0;
  g_clear_object (&self->dragged);
  g_clear_pointer (&self->moving, g_ptr_array_unref);
  g_clear_pointer (&self->band_base, g_ptr_array_unref);
  if (self->autoscroll_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->autoscroll_id);
      self->autoscroll_id = 0;
    }
  if (had_room && self->document != NULL)
    _waymark_map_canvas_relayout (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * _waymark_map_canvas_click:
 * @state: the modifiers of the press
 *
 * What a click at @x, @y does: on a card, selects it alone and focuses
 * it, or with Ctrl adds it to the selection or takes it away; beside the
 * cards, focuses the cell and selects nothing (with Ctrl, keeps the
 * selection).
 */
void
_waymark_map_canvas_click (WaymarkMapCanvas *self,
                           double            x,
                           double            y,
                           GdkModifierType   state)
{
  const WaymarkMapCard *card = _waymark_map_canvas_card_at (self, x, y);
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;
  guint column, band;

  if (card != NULL)
    {
      WaymarkTouchpoint *tp = card->touchpoint;

      _waymark_map_canvas_select (self, tp, ctrl ? WAYMARK_MAP_SELECT_TOGGLE : WAYMARK_MAP_SELECT_REPLACE);
      gtk_widget_grab_focus (waymark_map_canvas_get_card (self, tp));
      return;
    }

  if (!ctrl)
    _waymark_map_canvas_select (self, NULL, WAYMARK_MAP_SELECT_REPLACE);
  if (waymark_map_layout_cell_at (self->layout, x, y, &column, &band))
    {
      const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, column, band);

      /* The card nearest the click, or the empty cell. */
      _waymark_map_canvas_focus_place (self, column, band,
                                       cell->n_cards ? (int)MIN (waymark_map_layout_drop_index (self->layout, column, band, y),
                                                                 cell->n_cards - 1)
                                                     : -1);
    }
}

static void
on_drag_begin_cb (GtkGestureDrag   *gesture,
                  double            x,
                  double            y,
                  WaymarkMapCanvas *self)
{
  const WaymarkMapCard *card = NULL;
  WaymarkMapHeader *header = NULL;

  _waymark_map_canvas_cancel_drag (self);
  /* The buttons and the rename entry take their own presses. */
  if (self->document == NULL || _waymark_map_canvas_is_on_control (self, x, y))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  /* A header lies over the cards that scrolled under it. */
  if ((header = _waymark_map_canvas_header_at (self, x, y)))
    _waymark_map_canvas_header_drag_begin (self, header);
  else
    card = _waymark_map_canvas_card_at (self, x, y);

  self->pressed = TRUE;
  self->press_state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  if (card != NULL)
    self->dragged = g_object_ref (card->touchpoint);
  self->drag_start_x = x;
  self->drag_start_y = y;
  self->drag_dx = self->drag_dy = 0;
}

/* The cards a drag from @dragged carries: the selection when the card is
 * in it, else the card alone, which becomes the selection. */
static void
pick_up (WaymarkMapCanvas *self)
{
  if (!_waymark_map_canvas_is_selected (self, self->dragged))
    _waymark_map_canvas_select (self, self->dragged,
                                (self->press_state & GDK_CONTROL_MASK) ? WAYMARK_MAP_SELECT_ADD
                                                                       : WAYMARK_MAP_SELECT_REPLACE);
  self->moving = _waymark_map_canvas_get_selection (self);
}

static void
update_band (WaymarkMapCanvas *self)
{
  g_autoptr(GPtrArray) touched = NULL;
  double x, y;

  get_pointer (self, &x, &y);
  touched = _waymark_map_canvas_dup_cards_in (self, self->drag_start_x, self->drag_start_y, x, y);
  /* With Ctrl, the band adds to what was selected before it. */
  for (guint i = 0; self->band_base != NULL && i < self->band_base->len; i++)
    g_ptr_array_add (touched, g_object_ref (self->band_base->pdata[i]));
  _waymark_map_canvas_select_all (self, touched, FALSE);
}

static void
on_drag_update_cb (GtkGestureDrag   *gesture,
                   double            dx,
                   double            dy,
                   WaymarkMapCanvas *self)
{
  if (!self->pressed)
    return;

  self->drag_dx = dx;
  self->drag_dy = dy;
  self->scrolled_x = self->scrolled_y = 0;
  if (!self->dragging && !self->banding)
    {
      if (!gtk_drag_check_threshold (GTK_WIDGET (self), 0, 0, (int)dx, (int)dy))
        return;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      if (self->header_pressed != NULL)
        {
          self->dragging = FALSE;
        }
      else if (self->dragged != NULL)
        {
          self->dragging = TRUE;
          pick_up (self);
        }
      else
        {
          self->banding = TRUE;
          if (self->press_state & GDK_CONTROL_MASK)
            self->band_base = _waymark_map_canvas_get_selection (self);
        }
      start_autoscroll (self);
    }

  if (self->header_pressed != NULL)
    {
      double x, y;

      get_pointer (self, &x, &y);
      _waymark_map_canvas_header_drag_update (self, x, y);
    }
  else if (self->dragging)
    {
      update_drop_target (self);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }
  else
    {
      update_band (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Drops the moving cards at the drop target: one command, one undo step. */
static void
drop_cards (WaymarkMapCanvas *self)
{
  const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, self->drop_column,
                                                            self->drop_band);
  guint index = 0;

  /* A card another window removed during the drag stays behind. */
  for (guint i = self->moving->len; i-- > 0;)
    if (!g_hash_table_contains (self->cards, self->moving->pdata[i]))
      g_ptr_array_remove_index (self->moving, i);
  if (self->moving->len == 0)
    return;

  if (self->moving->len == 1)
    {
      _waymark_map_canvas_move_card (self, self->moving->pdata[0], self->drop_column,
                                     self->drop_band, self->drop_index);
      return;
    }

  /* The document counts the place without the cards that move. */
  for (guint k = 0; k < self->drop_index && k < cell->n_cards; k++)
    if (!is_in (self->moving, waymark_map_layout_get_card (self->layout, cell->first_card + k)->touchpoint))
      index++;

  waymark_document_move_touchpoints (self->document, self->moving,
                                     waymark_map_layout_get_column (self->layout, self->drop_column)->stage,
                                     waymark_map_layout_get_band (self->layout, self->drop_band)->lane,
                                     index);
}

static void
on_drag_end_cb (GtkGestureDrag   *gesture,
                double            dx,
                double            dy,
                WaymarkMapCanvas *self)
{
  g_autoptr(WaymarkTouchpoint) dragged = NULL;

  if (!self->pressed)
    return;

  self->drag_dx = dx;
  self->drag_dy = dy;
  self->scrolled_x = self->scrolled_y = 0;
  if (self->header_pressed != NULL)
    {
      double x, y;

      get_pointer (self, &x, &y);
      if (self->header_dragging)
        _waymark_map_canvas_header_drag_update (self, x, y);
      _waymark_map_canvas_header_drag_end (self, TRUE);
    }
  else if (self->dragging)
    {
      GtkWidget *card;

      dragged = g_object_ref (self->dragged);
      update_drop_target (self);
      if (self->drop_valid)
        drop_cards (self);
      if ((card = waymark_map_canvas_get_card (self, dragged)))
        gtk_widget_grab_focus (card);
    }
  else if (!self->banding)
    {
      _waymark_map_canvas_click (self, self->drag_start_x, self->drag_start_y, self->press_state);
    }

  _waymark_map_canvas_cancel_drag (self);
}

static void
on_drag_cancel_cb (GtkGesture       *gesture,
                   GdkEventSequence *sequence,
                   WaymarkMapCanvas *self)
{
  _waymark_map_canvas_cancel_drag (self);
}

void
_waymark_map_canvas_init_dnd (WaymarkMapCanvas *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();

  /* Before the cards see the press, so a press on a card can become a drag. */
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (drag), GTK_PHASE_CAPTURE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_drag_begin_cb), self, 0);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_drag_update_cb), self, 0);
  g_signal_connect_object (drag, "drag-end", G_CALLBACK (on_drag_end_cb), self, 0);
  g_signal_connect_object (drag, "cancel", G_CALLBACK (on_drag_cancel_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  self->drag = drag;
}

/* Where the focus starts when the map does not have it yet. */
static gboolean
get_place_or_start (WaymarkMapCanvas *self,
                    guint            *column,
                    guint            *band,
                    int              *index)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* Keys typed in a card's editor or menu are theirs, not the map's. */
  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return FALSE;

  if (self->document == NULL ||
      waymark_map_layout_get_n_columns (self->layout) == 0 ||
      waymark_map_layout_get_n_bands (self->layout) == 0)
    return FALSE;

  if (!_waymark_map_canvas_get_focus_place (self, column, band, index))
    {
      *column = *band = 0;
      *index = 0;
    }

  return TRUE;
}

static void
select_focused (WaymarkMapCanvas *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (WAYMARK_IS_MAP_CARD_WIDGET (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self))
    _waymark_map_canvas_select (self, waymark_map_card_widget_get_touchpoint (WAYMARK_MAP_CARD_WIDGET (focus)),
                                WAYMARK_MAP_SELECT_REPLACE);
  else
    _waymark_map_canvas_select (self, NULL, WAYMARK_MAP_SELECT_REPLACE);
}

static void
map_focus_move_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  const WaymarkMapCell *cell;
  guint column, band, n_columns, n_bands;
  int index, dx, dy;
  GtkWidget *header;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  if (!get_place_or_start (self, &column, &band, &index))
    return;

  n_columns = waymark_map_layout_get_n_columns (self->layout);
  n_bands = waymark_map_layout_get_n_bands (self->layout);
  cell = waymark_map_layout_get_cell (self->layout, column, band);

  if (dy < 0 && index > 0)
    {
      _waymark_map_canvas_focus_place (self, column, band, index - 1);
    }
  else if (dy > 0 && index >= 0 && (guint)index + 1 < cell->n_cards)
    {
      _waymark_map_canvas_focus_place (self, column, band, index + 1);
    }
  else if (dy < 0 && band > 0)
    {
      /* Up out of a cell: the last card of the one above. */
      const WaymarkMapCell *above = waymark_map_layout_get_cell (self->layout, column, band - 1);

      _waymark_map_canvas_focus_place (self, column, band - 1,
                                       above->n_cards ? (int)above->n_cards - 1 : -1);
    }
  else if (dy > 0 && band + 1 < n_bands)
    {
      _waymark_map_canvas_focus_place (self, column, band + 1, 0);
    }
  else if (dx != 0 && (int)column + dx >= 0 && column + dx < n_columns)
    {
      /* Across: the card at the same height, or the last one. */
      _waymark_map_canvas_focus_place (self, column + dx, band, MAX (index, 0));
    }
  else if ((dy < 0 || dx < 0) && (header = waymark_map_canvas_get_header (self,
             dy < 0 ? (gpointer)waymark_map_layout_get_column (self->layout, column)->stage
                    : (gpointer)waymark_map_layout_get_band (self->layout, band)->lane)))
    {
      /* Out of the top or the left of the map: the stage's or the lane's
       * header, whose Down or Right comes back. */
      gtk_widget_grab_focus (header);
    }

  /* The selection follows the focus, as in a list. */
  select_focused (self);
}

static void
map_move_card_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  const WaymarkMapCell *cell;
  WaymarkTouchpoint *tp;
  guint column, band, n_columns, n_bands;
  int index, dx, dy;

  g_variant_get (parameter, "(ii)", &dx, &dy);
  if (!get_place_or_start (self, &column, &band, &index) || index < 0)
    return;

  cell = waymark_map_layout_get_cell (self->layout, column, band);
  if ((guint)index >= cell->n_cards)
    return;
  tp = g_object_ref (waymark_map_layout_get_card (self->layout, cell->first_card + index)->touchpoint);
  n_columns = waymark_map_layout_get_n_columns (self->layout);
  n_bands = waymark_map_layout_get_n_bands (self->layout);

  if (dx != 0 && (int)column + dx >= 0 && column + dx < n_columns)
    {
      const WaymarkMapCell *target = waymark_map_layout_get_cell (self->layout, column + dx, band);

      /* To the neighbouring stage, at the same height where it can. */
      _waymark_map_canvas_move_card (self, tp, column + dx, band,
                                     MIN ((guint)index, target->n_cards));
    }
  else if (dy < 0 && index > 0)
    {
      _waymark_map_canvas_move_card (self, tp, column, band, index - 1);
    }
  else if (dy > 0 && (guint)index + 1 < cell->n_cards)
    {
      /* Below the next card: the place after it. */
      _waymark_map_canvas_move_card (self, tp, column, band, index + 2);
    }
  else if (dy < 0 && band > 0)
    {
      const WaymarkMapCell *above = waymark_map_layout_get_cell (self->layout, column, band - 1);

      _waymark_map_canvas_move_card (self, tp, column, band - 1, above->n_cards);
    }
  else if (dy > 0 && band + 1 < n_bands)
    {
      _waymark_map_canvas_move_card (self, tp, column, band + 1, 0);
    }

  /* The card keeps the focus; its name now says where it is. */
  {
    GtkWidget *card = waymark_map_canvas_get_card (self, tp);

    if (card != NULL)
      gtk_widget_grab_focus (card);
    /* The focus did not change, so the scrolled window would not follow. */
    _waymark_map_canvas_reveal (self, tp);
  }
  g_object_unref (tp);
}

static const char *
get_new_title (WaymarkTouchpointKind kind)
{
  switch (kind)
    {
    case WAYMARK_TOUCHPOINT_KIND_DECISION:
      return _("New decision point");
    case WAYMARK_TOUCHPOINT_KIND_PAIN:
      return _("New pain point");
    case WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY:
      return _("New opportunity");
    case WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT:
    case WAYMARK_TOUCHPOINT_KIND_UNSET:
    default:
      return _("New touchpoint");
    }
}

/* A new card of @kind at @index of a cell, focused and selected: one
 * step of undo, "Add Touchpoint". */
static WaymarkTouchpoint *
add_card (WaymarkMapCanvas      *self,
          WaymarkTouchpointKind  kind,
          guint                  column,
          guint                  band,
          guint                  index)
{
  WaymarkTouchpoint *tp;
  GtkWidget *card;

  waymark_document_begin_group (self->document, _("Add Touchpoint"));
  tp = waymark_document_add_touchpoint (self->document,
                                        waymark_map_layout_get_column (self->layout, column)->stage,
                                        waymark_map_layout_get_band (self->layout, band)->lane,
                                        index, get_new_title (kind));
  if (kind != WAYMARK_TOUCHPOINT_KIND_UNSET)
    waymark_document_set (self->document, tp, "kind", kind, NULL);
  waymark_document_end_group (self->document);

  if ((card = waymark_map_canvas_get_card (self, tp)))
    {
      gtk_widget_grab_focus (card);
      _waymark_map_canvas_select (self, tp, WAYMARK_MAP_SELECT_REPLACE);
    }

  return tp;
}

/* After the focused card, or at the end of the focused cell. */
static WaymarkTouchpoint *
add_card_at_place (WaymarkMapCanvas      *self,
                   WaymarkTouchpointKind  kind,
                   guint                  column,
                   guint                  band,
                   int                    index)
{
  const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, column, band);

  if (cell == NULL)
    return NULL;

  return add_card (self, kind, column, band, index >= 0 ? (guint)index + 1 : cell->n_cards);
}

static void
map_insert_card_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  guint column, band;
  int index;

  if (!get_place_or_start (self, &column, &band, &index))
    return;

  add_card_at_place (self, WAYMARK_TOUCHPOINT_KIND_UNSET, column, band, index);
}

/**
 * _waymark_map_canvas_remember_place:
 *
 * Keeps the place of the focus for _waymark_map_canvas_insert_kind(),
 * before the focus goes to the palette.
 */
void
_waymark_map_canvas_remember_place (WaymarkMapCanvas *self)
{
  self->insert_place_valid = get_place_or_start (self, &self->insert_column, &self->insert_band,
                                                 &self->insert_index);
}

/* The focus back where Shift+Insert took it from. */
void
_waymark_map_canvas_return_focus (WaymarkMapCanvas *self)
{
  if (self->insert_place_valid &&
      self->insert_column < waymark_map_layout_get_n_columns (self->layout) &&
      self->insert_band < waymark_map_layout_get_n_bands (self->layout))
    _waymark_map_canvas_focus_place (self, self->insert_column, self->insert_band, self->insert_index);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}

/**
 * _waymark_map_canvas_insert_kind:
 *
 * Adds a card of @kind where the focus is on the map, or where it was
 * when Shift+Insert took it to the palette.
 *
 * Returns: (transfer none) (nullable): the new touchpoint
 */
WaymarkTouchpoint *
_waymark_map_canvas_insert_kind (WaymarkMapCanvas      *self,
                                 WaymarkTouchpointKind  kind)
{
  guint column, band;
  int index;

  if (self->document == NULL)
    return NULL;
  if (!_waymark_map_canvas_get_focus_place (self, &column, &band, &index))
    {
      if (!self->insert_place_valid && !get_place_or_start (self, &column, &band, &index))
        return NULL;
      if (self->insert_place_valid)
        {
          column = self->insert_column;
          band = self->insert_band;
          index = self->insert_index;
        }
    }
  self->insert_place_valid = FALSE;

  return add_card_at_place (self, kind, column, band, index);
}

/* A drag from the palette: a new card of @kind follows the pointer. */
void
_waymark_map_canvas_begin_new_card (WaymarkMapCanvas      *self,
                                    WaymarkTouchpointKind  kind)
{
  _waymark_map_canvas_cancel_drag (self);
  if (self->document == NULL)
    return;

  self->adding = self->dragging = TRUE;
  self->new_kind = kind;
  self->drag_start_x = self->drag_start_y = 0;
  start_autoscroll (self);
}

/* @x, @y: the pointer, in the canvas's coordinates */
void
_waymark_map_canvas_move_new_card (WaymarkMapCanvas *self,
                                   double            x,
                                   double            y)
{
  if (!self->adding)
    return;

  self->drag_dx = x;
  self->drag_dy = y;
  self->scrolled_x = self->scrolled_y = 0;
  update_drop_target (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * _waymark_map_canvas_drop_new_card:
 *
 * Returns: (transfer none) (nullable): the card the palette's drag added,
 *   or %NULL when it ended beside the cells
 */
WaymarkTouchpoint *
_waymark_map_canvas_drop_new_card (WaymarkMapCanvas *self)
{
  WaymarkTouchpoint *tp = NULL;

  if (!self->adding)
    return NULL;

  update_drop_target (self);
  if (self->drop_valid)
    tp = add_card (self, self->new_kind, self->drop_column, self->drop_band, self->drop_index);
  _waymark_map_canvas_cancel_drag (self);

  return tp;
}

/**
 * _waymark_map_add_arrow_bindings:
 * @action: an action with a "(ii)" parameter, the arrow's dx and dy
 *
 * Binds the arrow keys (and the keypad's) with @modifiers to @action.
 */
void
_waymark_map_add_arrow_bindings (GtkWidgetClass  *widget_class,
                                 GdkModifierType  modifiers,
                                 const char      *action)
{
  static const struct {
    guint keyval;
    int   dx;
    int   dy;
  } arrows[] = {
    { GDK_KEY_Left, -1, 0 }, { GDK_KEY_Right, 1, 0 }, { GDK_KEY_Up, 0, -1 }, { GDK_KEY_Down, 0, 1 },
    { GDK_KEY_KP_Left, -1, 0 }, { GDK_KEY_KP_Right, 1, 0 },
    { GDK_KEY_KP_Up, 0, -1 }, { GDK_KEY_KP_Down, 0, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    gtk_widget_class_add_binding_action (widget_class, arrows[i].keyval, modifiers,
                                         action, "(ii)", arrows[i].dx, arrows[i].dy);
}

void
_waymark_map_canvas_class_init_keys (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.focus-move", "(ii)", map_focus_move_action);
  gtk_widget_class_install_action (widget_class, "map.move-card", "(ii)", map_move_card_action);
  gtk_widget_class_install_action (widget_class, "map.insert-card", NULL, map_insert_card_action);

  _waymark_map_add_arrow_bindings (widget_class, 0, "map.focus-move");
  _waymark_map_add_arrow_bindings (widget_class, GDK_ALT_MASK, "map.move-card");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "map.insert-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Insert, 0, "map.insert-card", NULL);
}

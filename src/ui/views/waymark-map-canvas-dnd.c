/* waymark-map-canvas-dnd.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-map-canvas-private.h"
#include "waymark-map-card-widget.h"
#include "waymark-toast.h"

/* Moving cards on the map: a GtkGestureDrag picks a card up and drops it
 * in a cell, at the place the drop indicator shows; the keyboard does the
 * same with Alt and the arrows. Arrows alone move the focus between cards
 * and cells, Delete removes the focused card and Insert adds one. Every
 * move is one command of the document, so one step of undo. */

static const WaymarkMapCard *
card_at (WaymarkMapCanvas *self,
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

static void
update_drop_target (WaymarkMapCanvas *self)
{
  double x = self->drag_start_x + self->drag_dx;
  double y = self->drag_start_y + self->drag_dy;

  self->drop_valid = waymark_map_layout_cell_at (self->layout, x, y,
                                                 &self->drop_column, &self->drop_band);
  if (self->drop_valid)
    self->drop_index = waymark_map_layout_drop_index (self->layout, self->drop_column,
                                                      self->drop_band, y);
}

static void
on_drag_begin_cb (GtkGestureDrag   *gesture,
                  double            x,
                  double            y,
                  WaymarkMapCanvas *self)
{
  const WaymarkMapCard *card = self->document ? card_at (self, x, y) : NULL;

  self->dragging = FALSE;
  self->drop_valid = FALSE;
  g_clear_object (&self->dragged);

  /* Presses beside the cards are for others (scrolling, the cell focus). */
  if (card == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  self->dragged = g_object_ref (card->touchpoint);
  self->drag_start_x = x;
  self->drag_start_y = y;
  self->drag_dx = self->drag_dy = 0;
}

static void
on_drag_update_cb (GtkGestureDrag   *gesture,
                   double            dx,
                   double            dy,
                   WaymarkMapCanvas *self)
{
  if (self->dragged == NULL)
    return;

  self->drag_dx = dx;
  self->drag_dy = dy;
  if (!self->dragging)
    {
      if (!gtk_drag_check_threshold (GTK_WIDGET (self), 0, 0, (int)dx, (int)dy))
        return;
      self->dragging = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }

  update_drop_target (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_end_cb (GtkGestureDrag   *gesture,
                double            dx,
                double            dy,
                WaymarkMapCanvas *self)
{
  g_autoptr(WaymarkTouchpoint) dragged = g_steal_pointer (&self->dragged);
  gboolean drop = self->dragging;

  self->dragging = FALSE;
  if (dragged == NULL)
    return;

  self->drag_dx = dx;
  self->drag_dy = dy;
  if (drop)
    {
      GtkWidget *card;

      update_drop_target (self);
      if (self->drop_valid)
        _waymark_map_canvas_move_card (self, dragged, self->drop_column, self->drop_band,
                                       self->drop_index);
      if ((card = waymark_map_canvas_get_card (self, dragged)))
        gtk_widget_grab_focus (card);
    }

  self->drop_valid = FALSE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_drag_cancel_cb (GtkGesture       *gesture,
                   GdkEventSequence *sequence,
                   WaymarkMapCanvas *self)
{
  self->dragging = FALSE;
  self->drop_valid = FALSE;
  g_clear_object (&self->dragged);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
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
map_focus_move_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  const WaymarkMapCell *cell;
  guint column, band, n_columns, n_bands;
  int index, dx, dy;

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
  }
  g_object_unref (tp);
}

static void
map_delete_card_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  g_autoptr(WaymarkTouchpoint) tp = NULL;
  g_autofree char *message = NULL;
  const WaymarkMapCell *cell;
  guint column, band;
  int index;

  if (!_waymark_map_canvas_get_focus_place (self, &column, &band, &index) || index < 0)
    return;

  cell = waymark_map_layout_get_cell (self->layout, column, band);
  tp = g_object_ref (waymark_map_layout_get_card (self->layout, cell->first_card + index)->touchpoint);
  waymark_document_remove (self->document, tp);

  /* The focus stays in the cell: on the next card, or the cell itself. */
  cell = waymark_map_layout_get_cell (self->layout, column, band);
  _waymark_map_canvas_focus_place (self, column, band,
                                   cell->n_cards ? MIN (index, (int)cell->n_cards - 1) : -1);

  /* Translators: %s is the title of the touchpoint */
  message = g_strdup_printf (_("Touchpoint “%s” deleted"), waymark_touchpoint_get_title (tp));
  waymark_toast_show_undo (widget, message);
}

static void
map_insert_card_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  const WaymarkMapCell *cell;
  WaymarkTouchpoint *tp;
  guint column, band;
  int index;

  if (!get_place_or_start (self, &column, &band, &index))
    return;

  /* After the focused card, or at the end of the focused cell. */
  cell = waymark_map_layout_get_cell (self->layout, column, band);
  tp = waymark_document_add_touchpoint (self->document,
                                        waymark_map_layout_get_column (self->layout, column)->stage,
                                        waymark_map_layout_get_band (self->layout, band)->lane,
                                        index >= 0 ? (guint)index + 1 : cell->n_cards,
                                        _("New touchpoint"));
  if (tp != NULL && waymark_map_canvas_get_card (self, tp))
    gtk_widget_grab_focus (waymark_map_canvas_get_card (self, tp));
}

void
_waymark_map_canvas_class_init_keys (GtkWidgetClass *widget_class)
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

  gtk_widget_class_install_action (widget_class, "map.focus-move", "(ii)", map_focus_move_action);
  gtk_widget_class_install_action (widget_class, "map.move-card", "(ii)", map_move_card_action);
  gtk_widget_class_install_action (widget_class, "map.delete-card", NULL, map_delete_card_action);
  gtk_widget_class_install_action (widget_class, "map.insert-card", NULL, map_insert_card_action);

  for (guint i = 0; i < G_N_ELEMENTS (arrows); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, arrows[i].keyval, 0,
                                           "map.focus-move", "(ii)", arrows[i].dx, arrows[i].dy);
      gtk_widget_class_add_binding_action (widget_class, arrows[i].keyval, GDK_ALT_MASK,
                                           "map.move-card", "(ii)", arrows[i].dx, arrows[i].dy);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "map.delete-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "map.delete-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, 0, "map.insert-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Insert, 0, "map.insert-card", NULL);
}

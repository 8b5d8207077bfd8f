/* waymark-map-canvas-edit.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-map-canvas-private.h"
#include "waymark-map-card-editor.h"
#include "waymark-map-card-widget.h"

/* Typing on an empty cell of the map: the first character makes a card
 * there with that title and opens its editor, the cursor after it, to go
 * on typing. Enter on an empty cell, or a double click beside the cards
 * of a cell, makes a "New touchpoint" there with its title selected to
 * be typed over. Adding the card and what is done in its editor are one
 * undo step ("Undo Add Touchpoint"). The editor itself is the card's
 * (waymark_map_card_widget_edit()). */

static void
reveal_rect (WaymarkMapCanvas     *self,
             const WaymarkMapRect *r)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  double header = waymark_map_layout_get_header_height (self->layout);

  if (scrolled == NULL)
    return;

  gtk_adjustment_clamp_page (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                             r->x, r->x + r->width);
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                             r->y - header, r->y + r->height);
}

/**
 * _waymark_map_canvas_reveal:
 *
 * Scrolls the map so that @touchpoint's card is in sight below the stage
 * headers, after a move or a paste put it elsewhere.
 */
void
_waymark_map_canvas_reveal (WaymarkMapCanvas  *self,
                            WaymarkTouchpoint *touchpoint)
{
  guint card;

  if (waymark_map_layout_find_card (self->layout, touchpoint, &card))
    reveal_rect (self, &waymark_map_layout_get_card (self->layout, card)->rect);
}

/**
 * _waymark_map_canvas_grab_focus_on_cell:
 *
 * Gives the canvas itself the focus, for the cursor on an empty cell,
 * and brings that cell into sight. The viewport scrolls to what has the
 * focus, for the whole canvas to its far end: the view is kept instead.
 */
void
_waymark_map_canvas_grab_focus_on_cell (WaymarkMapCanvas *self,
                                        guint             column,
                                        guint             band)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, column, band);
  GtkAdjustment *h = NULL, *v = NULL;
  double x = 0, y = 0;

  if (scrolled != NULL)
    {
      h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled));
      v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
      x = gtk_adjustment_get_value (h);
      y = gtk_adjustment_get_value (v);
    }

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (scrolled != NULL)
    {
      /* Setting the value also ends the viewport's scrolling animation. */
      gtk_adjustment_set_value (h, x);
      gtk_adjustment_set_value (v, y);
      if (cell != NULL)
        reveal_rect (self, &cell->rect);
    }
}

/* Adds a card titled @title at @index of a cell and opens its editor. */
static GtkWidget *
add_and_edit (WaymarkMapCanvas *self,
              guint             column,
              guint             band,
              guint             index,
              const char       *title,
              gboolean          select_title)
{
  WaymarkTouchpoint *tp;
  GtkWidget *card;
  guint64 step;

  tp = waymark_document_add_touchpoint (self->document,
                                        waymark_map_layout_get_column (self->layout, column)->stage,
                                        waymark_map_layout_get_band (self->layout, band)->lane,
                                        index, title);
  step = waymark_document_get_last_step (self->document);
  if (tp == NULL || (card = waymark_map_canvas_get_card (self, tp)) == NULL)
    return NULL;

  gtk_widget_grab_focus (card);

  return waymark_map_card_widget_edit (WAYMARK_MAP_CARD_WIDGET (card), step, select_title);
}

/**
 * _waymark_map_canvas_type_card:
 * @text: what was typed, the start of the title; or %NULL for a new
 *   card's title, selected
 *
 * Makes a card with @text as its title at the end of the cell of the
 * keyboard cursor and opens its editor.
 *
 * Returns: (transfer none) (nullable): the editor
 */
GtkWidget *
_waymark_map_canvas_type_card (WaymarkMapCanvas *self,
                               const char       *text)
{
  if (!self->cursor_on_cell || self->document == NULL)
    return NULL;

  return add_and_edit (self, self->cursor_column, self->cursor_band, G_MAXUINT,
                       text ? text : _("New touchpoint"), text == NULL);
}

static void
map_new_card_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _waymark_map_canvas_type_card (WAYMARK_MAP_CANVAS (widget), NULL);
}

/**
 * _waymark_map_canvas_double_click:
 *
 * A double click at @x, @y beside the cards of a cell makes a card
 * there, where the drop indicator would put it, and opens its editor.
 *
 * Returns: (transfer none) (nullable): the editor
 */
GtkWidget *
_waymark_map_canvas_double_click (WaymarkMapCanvas *self,
                                  double            x,
                                  double            y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  guint column, band;

  if (self->document == NULL || picked != GTK_WIDGET (self) ||
      _waymark_map_canvas_is_on_control (self, x, y) || _waymark_map_canvas_header_at (self, x, y) ||
      !waymark_map_layout_cell_at (self->layout, x, y, &column, &band))
    return NULL;

  return add_and_edit (self, column, band,
                       waymark_map_layout_drop_index (self->layout, column, band, y),
                       _("New touchpoint"), TRUE);
}

static void
on_click_pressed_cb (GtkGestureClick  *gesture,
                     int               n_press,
                     double            x,
                     double            y,
                     WaymarkMapCanvas *self)
{
  if (n_press == 2 && _waymark_map_canvas_double_click (self, x, y) != NULL)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   WaymarkMapCanvas      *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gunichar c = gdk_keyval_to_unicode (keyval);
  char text[8] = { 0 };

  /* Only on the cell cursor itself, never from a card or an editor. */
  if (!self->cursor_on_cell || root == NULL || gtk_root_get_focus (root) != GTK_WIDGET (self))
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      c == 0 || !g_unichar_isprint (c) || g_unichar_isspace (c))
    return FALSE;

  g_unichar_to_utf8 (c, text);
  _waymark_map_canvas_type_card (self, text);

  return TRUE;
}

void
_waymark_map_canvas_init_edit (WaymarkMapCanvas *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_click_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

void
_waymark_map_canvas_class_init_edit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.new-card", NULL, map_new_card_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "map.new-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "map.new-card", NULL);
}

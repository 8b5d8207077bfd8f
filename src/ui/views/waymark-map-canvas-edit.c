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

/* Typing on an empty cell of the map (through an input method, so dead
 * keys, compose and Thai work): the first character makes a card
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
  /* On a card, the double click is the card's, whether its widget is
   * there yet or not. */
  if (self->document == NULL || picked != GTK_WIDGET (self) ||
      _waymark_map_canvas_card_at (self, x, y) != NULL ||
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

/* Whether the keyboard is on the cell cursor itself, never on a card or
 * an editor. */
static gboolean
is_typing_on_cell (WaymarkMapCanvas *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return self->cursor_on_cell && root != NULL && gtk_root_get_focus (root) == GTK_WIDGET (self);
}

/* What the input method makes of the keys: a letter, "é" after a dead
 * acute, a compose sequence, Thai or a word of an input method. */
static void
on_im_commit_cb (GtkIMContext     *im,
                 const char       *text,
                 WaymarkMapCanvas *self)
{
  if (!is_typing_on_cell (self) || text == NULL ||
      !g_unichar_isprint (g_utf8_get_char (text)) || g_unichar_isspace (g_utf8_get_char (text)))
    return;

  _waymark_map_canvas_type_card (self, text);
}

/* The keys go through the input method while the cell cursor has the
 * focus (not from a card, whose keys bubble here too): it consumes a dead
 * key and commits the letter with the next. Shortcuts (Ctrl, Alt, Super)
 * and the keys it does not want (arrows, Enter) go on to the bindings. */
static gboolean
on_key_cb (GtkEventControllerKey *controller,
           guint                  keyval,
           guint                  keycode,
           GdkModifierType        state,
           WaymarkMapCanvas      *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));

  if (!is_typing_on_cell (self) || event == NULL ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0)
    return FALSE;

  return gtk_im_context_filter_keypress (self->im, event);
}

static void
on_key_released_cb (GtkEventControllerKey *controller,
                    guint                  keyval,
                    guint                  keycode,
                    GdkModifierType        state,
                    WaymarkMapCanvas      *self)
{
  on_key_cb (controller, keyval, keycode, state, self);
}

static void
on_focus_changed_cb (WaymarkMapCanvas *self)
{
  /* A dead key pressed on a cell is forgotten when the focus leaves it. */
  if (gtk_widget_has_focus (GTK_WIDGET (self)))
    gtk_im_context_focus_in (self->im);
  else
    {
      gtk_im_context_focus_out (self->im);
      gtk_im_context_reset (self->im);
    }
}

void
_waymark_map_canvas_init_edit (WaymarkMapCanvas *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->im = gtk_im_multicontext_new ();
  gtk_im_context_set_client_widget (self->im, GTK_WIDGET (self));
  gtk_im_context_set_use_preedit (self->im, FALSE);
  g_signal_connect_object (self->im, "commit", G_CALLBACK (on_im_commit_cb), self, 0);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_cb), self, 0);
  g_signal_connect_object (keys, "key-released", G_CALLBACK (on_key_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_object (focus, "enter", G_CALLBACK (on_focus_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

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

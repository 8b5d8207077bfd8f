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
 * on typing. Adding the card and what is done in its editor are one undo
 * step ("Undo Add Touchpoint"). The editor itself is the card's
 * (waymark_map_card_widget_edit()). */

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
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  const WaymarkMapRect *r;
  double header;
  guint card;

  if (scrolled == NULL || !waymark_map_layout_find_card (self->layout, touchpoint, &card))
    return;

  r = &waymark_map_layout_get_card (self->layout, card)->rect;
  header = waymark_map_layout_get_header_height (self->layout);
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                             r->x, r->x + r->width);
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                             r->y - header, r->y + r->height);
}

/**
 * _waymark_map_canvas_type_card:
 * @text: what was typed, the start of the title
 *
 * Makes a card with @text as its title in the cell of the keyboard
 * cursor and opens its editor.
 *
 * Returns: (transfer none) (nullable): the editor
 */
GtkWidget *
_waymark_map_canvas_type_card (WaymarkMapCanvas *self,
                               const char       *text)
{
  WaymarkTouchpoint *tp;
  GtkWidget *card;
  guint64 step;

  if (!self->cursor_on_cell || self->document == NULL)
    return NULL;

  tp = waymark_document_add_touchpoint (self->document,
                                        waymark_map_layout_get_column (self->layout, self->cursor_column)->stage,
                                        waymark_map_layout_get_band (self->layout, self->cursor_band)->lane,
                                        G_MAXUINT, text);
  step = waymark_document_get_last_step (self->document);
  if (tp == NULL || (card = waymark_map_canvas_get_card (self, tp)) == NULL)
    return NULL;

  gtk_widget_grab_focus (card);
  return waymark_map_card_widget_edit (WAYMARK_MAP_CARD_WIDGET (card), step);
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

  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/* waymark-map-canvas-selection.c
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

/* The selected cards of the map: a click selects one, Ctrl+click adds or
 * takes one away, a rubber band drawn from an empty place selects the
 * cards it touches, Ctrl+A the cards of the focused cell, Escape none.
 * Moving the focus with the arrows selects the card it lands on. The set
 * lives in the canvas; the cards draw themselves selected. Copy, cut,
 * delete and the drag of several cards act on it. */

static void
selection_changed (WaymarkMapCanvas *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &value))
    waymark_map_card_widget_set_selected (value, g_hash_table_contains (self->selection, key));

  g_signal_emit_by_name (self, "selection-changed");
}

/**
 * _waymark_map_canvas_get_selection:
 *
 * Returns: (transfer full) (element-type WaymarkTouchpoint): the selected
 *   touchpoints in the order of the map: stage by stage, lane by lane,
 *   top to bottom in a cell; empty when none is selected
 */
GPtrArray *
_waymark_map_canvas_get_selection (WaymarkMapCanvas *self)
{
  GPtrArray *selection = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = waymark_map_layout_get_n_cards (self->layout);
  guint n_columns = waymark_map_layout_get_n_columns (self->layout);
  guint n_bands = waymark_map_layout_get_n_bands (self->layout);

  if (g_hash_table_size (self->selection) == 0 || n == 0)
    return selection;

  /* The layout's cards go lane by lane; the map reads stage by stage. */
  for (guint column = 0; column < n_columns; column++)
    for (guint band = 0; band < n_bands; band++)
      {
        const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, column, band);

        for (guint k = 0; k < cell->n_cards; k++)
          {
            WaymarkTouchpoint *tp = waymark_map_layout_get_card (self->layout,
                                                                 cell->first_card + k)->touchpoint;

            if (g_hash_table_contains (self->selection, tp))
              g_ptr_array_add (selection, g_object_ref (tp));
          }
      }

  return selection;
}

gboolean
_waymark_map_canvas_is_selected (WaymarkMapCanvas  *self,
                                 WaymarkTouchpoint *touchpoint)
{
  return g_hash_table_contains (self->selection, touchpoint);
}

/**
 * _waymark_map_canvas_select:
 * @touchpoint: (nullable): a card, or %NULL with %WAYMARK_MAP_SELECT_REPLACE
 *   for none
 *
 * Changes the selection: @touchpoint alone, added, or toggled.
 */
void
_waymark_map_canvas_select (WaymarkMapCanvas       *self,
                            WaymarkTouchpoint      *touchpoint,
                            WaymarkMapSelectMode    mode)
{
  switch (mode)
    {
    case WAYMARK_MAP_SELECT_REPLACE:
      if (touchpoint != NULL && g_hash_table_size (self->selection) == 1 &&
          g_hash_table_contains (self->selection, touchpoint))
        return;
      g_hash_table_remove_all (self->selection);
      if (touchpoint != NULL)
        g_hash_table_add (self->selection, g_object_ref (touchpoint));
      break;

    case WAYMARK_MAP_SELECT_ADD:
      if (touchpoint == NULL || g_hash_table_contains (self->selection, touchpoint))
        return;
      g_hash_table_add (self->selection, g_object_ref (touchpoint));
      break;

    case WAYMARK_MAP_SELECT_TOGGLE:
      if (touchpoint == NULL)
        return;
      if (!g_hash_table_remove (self->selection, touchpoint))
        g_hash_table_add (self->selection, g_object_ref (touchpoint));
      break;

    default:
      g_assert_not_reached ();
    }

  selection_changed (self);
}

/**
 * _waymark_map_canvas_select_all:
 * @touchpoints: (element-type WaymarkTouchpoint): cards of the map
 * @add: keep what is selected already
 */
void
_waymark_map_canvas_select_all (WaymarkMapCanvas *self,
                                GPtrArray        *touchpoints,
                                gboolean          add)
{
  if (!add)
    g_hash_table_remove_all (self->selection);
  for (guint i = 0; i < touchpoints->len; i++)
    g_hash_table_add (self->selection, g_object_ref (touchpoints->pdata[i]));

  selection_changed (self);
}

/* After a layout: a touchpoint no longer on the map is no longer selected. */
void
_waymark_map_canvas_prune_selection (WaymarkMapCanvas *self)
{
  GHashTableIter iter;
  gpointer key;
  gboolean pruned = FALSE;

  g_hash_table_iter_init (&iter, self->selection);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      /* Only the cards in sight have widgets: ask the layout. */
      if (!waymark_map_layout_find_card (self->layout, key, NULL))
        {
          g_hash_table_iter_remove (&iter);
          pruned = TRUE;
        }
    }

  /* A new card widget starts unselected, as its touchpoint is. */
  if (pruned)
    selection_changed (self);
}

/* The cards whose rectangles meet the rectangle from (x1, y1) to (x2, y2). */
GPtrArray *
_waymark_map_canvas_dup_cards_in (WaymarkMapCanvas *self,
                                  double            x1,
                                  double            y1,
                                  double            x2,
                                  double            y2)
{
  GPtrArray *touched = g_ptr_array_new_with_free_func (g_object_unref);
  double left = MIN (x1, x2), right = MAX (x1, x2);
  double top = MIN (y1, y2), bottom = MAX (y1, y2);
  guint n = waymark_map_layout_get_n_cards (self->layout);

  for (guint i = 0; i < n; i++)
    {
      const WaymarkMapCard *card = waymark_map_layout_get_card (self->layout, i);
      const WaymarkMapRect *r = &card->rect;

      if (r->x <= right && r->x + r->width >= left && r->y <= bottom && r->y + r->height >= top)
        g_ptr_array_add (touched, g_object_ref (card->touchpoint));
    }

  return touched;
}

static void
map_select_cell_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  g_autoptr(GPtrArray) cards = g_ptr_array_new_with_free_func (g_object_unref);
  const WaymarkMapCell *cell;
  guint column, band;
  int index;

  if (!_waymark_map_canvas_get_focus_place (self, &column, &band, &index))
    return;

  cell = waymark_map_layout_get_cell (self->layout, column, band);
  for (guint k = 0; k < cell->n_cards; k++)
    g_ptr_array_add (cards, g_object_ref (waymark_map_layout_get_card (self->layout,
                                                                       cell->first_card + k)->touchpoint));
  _waymark_map_canvas_select_all (self, cards, FALSE);
}

static void
map_select_none_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);

  /* Escape during a drag puts the cards back, and keeps them selected. */
  if (self->dragging || self->banding)
    {
      gtk_event_controller_reset (GTK_EVENT_CONTROLLER (self->drag));
      _waymark_map_canvas_cancel_drag (self);
      return;
    }
  _waymark_map_canvas_select (self, NULL, WAYMARK_MAP_SELECT_REPLACE);
}

/* Escape with nothing to give up (no drag, no selection) goes on to the
 * view, where it leaves full screen. */
static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   data)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);

  if (!self->dragging && !self->banding && g_hash_table_size (self->selection) == 0)
    return FALSE;
  map_select_none_action (widget, "map.select-none", NULL);

  return TRUE;
}

void
_waymark_map_canvas_class_init_selection (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.select-cell", NULL, map_select_cell_action);
  gtk_widget_class_install_action (widget_class, "map.select-none", NULL, map_select_none_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK,
                                       "map.select-cell", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

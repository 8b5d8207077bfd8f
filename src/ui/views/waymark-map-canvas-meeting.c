/* waymark-map-canvas-meeting.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "waymark-map-canvas-private.h"
#include "waymark-map-card-widget.h"
#include "waymark-compat.h"

/* What a team in a meeting narrows the map to: one persona or one channel
 * (the other cards fade, the emotion curve follows the persona), lanes
 * folded to their headers, and the cards a search finds. All of it is the
 * view's state, not the document's: the layout (src/render) takes the
 * filters and the folded lanes, so an export can show the same. Each
 * lane's header has a toggle button (a child of the canvas, focusable,
 * named for the screen reader) that folds and unfolds it. */

static void
update_lane_toggle (WaymarkMapCanvas *self,
                    GtkWidget        *toggle,
                    WaymarkLane      *lane)
{
  gboolean collapsed = waymark_map_layout_get_lane_collapsed (self->layout, lane);
  const char *tooltip = collapsed ? _("Expand Lane") : _("Collapse Lane");
  const char *icon = collapsed ? "pan-end-symbolic" : "pan-down-symbolic";
  g_autofree char *label = NULL;

  /* Only what changed, as this runs after each layout. */
  if (g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (toggle)), icon) != 0)
    gtk_button_set_icon_name (GTK_BUTTON (toggle), icon);
  /* Translators: the button on a lane's header of the map; %s is the lane */
  label = g_strdup_printf (collapsed ? _("Expand lane %s") : _("Collapse lane %s"),
                           waymark_lane_get_name (lane));
  waymark_compat_set_tooltip_text (toggle, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_STATE_EXPANDED, !collapsed, -1);
}

static void
on_lane_toggle_clicked_cb (GtkButton        *toggle,
                           WaymarkMapCanvas *self)
{
  WaymarkLane *lane = g_object_get_data (G_OBJECT (toggle), "waymark-lane");

  waymark_map_canvas_set_lane_collapsed (self, lane,
                                         !waymark_map_layout_get_lane_collapsed (self->layout, lane));
  gtk_widget_grab_focus (GTK_WIDGET (toggle));
}

/* One toggle a lane, made or dropped after each layout. */
void
_waymark_map_canvas_sync_lane_toggles (WaymarkMapCanvas *self)
{
  guint n = self->document ? waymark_map_layout_get_n_bands (self->layout) : 0;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;

  for (guint b = 0; b < n; b++)
    {
      WaymarkLane *lane = waymark_map_layout_get_band (self->layout, b)->lane;
      GtkWidget *toggle = g_hash_table_lookup (self->lane_toggles, lane);

      if (toggle == NULL)
        {
          toggle = gtk_button_new ();
          gtk_widget_add_css_class (toggle, "flat");
          gtk_widget_add_css_class (toggle, "circular");
          gtk_widget_add_css_class (toggle, "map-lane-toggle");
          g_object_set_data_full (G_OBJECT (toggle), "waymark-lane", g_object_ref (lane),
                                  g_object_unref);
          g_signal_connect_object (toggle, "clicked", G_CALLBACK (on_lane_toggle_clicked_cb), self, 0);
          gtk_widget_set_parent (toggle, GTK_WIDGET (self));
          g_hash_table_insert (self->lane_toggles, g_object_ref (lane), toggle);
        }
      update_lane_toggle (self, toggle, lane);
      g_hash_table_add (seen, lane);
    }

  g_hash_table_iter_init (&iter, self->lane_toggles);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (seen, key))
      {
        gtk_widget_unparent (value);
        g_hash_table_iter_remove (&iter);
      }
}

/* At the top right of each lane's header. */
void
_waymark_map_canvas_allocate_lane_toggles (WaymarkMapCanvas *self)
{
  guint n = self->document ? waymark_map_layout_get_n_bands (self->layout) : 0;

  for (guint b = 0; b < n; b++)
    {
      const WaymarkMapBand *band = waymark_map_layout_get_band (self->layout, b);
      GtkWidget *toggle = g_hash_table_lookup (self->lane_toggles, band->lane);
      int size = 0;

      if (toggle == NULL)
        continue;
      gtk_widget_measure (toggle, GTK_ORIENTATION_HORIZONTAL, -1, &size, NULL, NULL, NULL);
      gtk_widget_size_allocate (toggle,
                                &(GtkAllocation) {
                                  (int)(band->header.x + band->header.width) - size - 4,
                                  (int)band->header.y + 4, size, size,
                                }, -1);
      /* Too small to click at a small zoom: the keyboard still has it. */
      gtk_widget_set_child_visible (toggle, band->header.height >= size + 8 &&
                                            band->header.width >= 3 * size);
    }
}

/**
 * waymark_map_canvas_set_lane_collapsed:
 *
 * Folds @lane to its header, or unfolds it; the view's state, kept while
 * the canvas shows the document.
 */
void
waymark_map_canvas_set_lane_collapsed (WaymarkMapCanvas *self,
                                       WaymarkLane      *lane,
                                       gboolean          collapsed)
{
  g_return_if_fail (WAYMARK_IS_MAP_CANVAS (self));
  g_return_if_fail (WAYMARK_IS_LANE (lane));

  if (waymark_map_layout_get_lane_collapsed (self->layout, lane) == collapsed)
    return;
  waymark_map_layout_set_lane_collapsed (self->layout, lane, collapsed);
  _waymark_map_canvas_relayout (self);
}

/**
 * waymark_map_canvas_set_filter:
 * @persona_id: (nullable): the persona whose cards stay, and whose
 *   feelings the curve shows
 * @channel_id: (nullable): the channel whose cards stay
 *
 * Fades the cards of other personas and channels.
 */
void
waymark_map_canvas_set_filter (WaymarkMapCanvas *self,
                               const char       *persona_id,
                               const char       *channel_id)
{
  g_return_if_fail (WAYMARK_IS_MAP_CANVAS (self));

  if (persona_id != NULL && *persona_id == '\0')
    persona_id = NULL;
  if (channel_id != NULL && *channel_id == '\0')
    channel_id = NULL;
  if (g_strcmp0 (persona_id, waymark_map_layout_get_persona (self->layout)) == 0 &&
      g_strcmp0 (channel_id, waymark_map_layout_get_channel (self->layout)) == 0)
    return;

  waymark_map_layout_set_persona (self->layout, persona_id);
  waymark_map_layout_set_channel (self->layout, channel_id);
  _waymark_map_canvas_relayout (self);
}

static gboolean
matches (WaymarkTouchpoint *tp,
         const char        *needle)
{
  const char *fields[] = { waymark_touchpoint_get_title (tp), waymark_touchpoint_get_notes (tp) };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *folded = NULL;

      if (fields[i] == NULL)
        continue;
      folded = g_utf8_casefold (fields[i], -1);
      if (strstr (folded, needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * waymark_map_canvas_search:
 * @text: (nullable): what to look for in the titles and notes, ignoring
 *   case; empty or %NULL for nothing
 *
 * Highlights the cards that match; none is the current one yet
 * (waymark_map_canvas_set_current_match()).
 *
 * Returns: (transfer full) (element-type WaymarkTouchpoint): the matching
 *   touchpoints in map order, stage by stage
 */
GPtrArray *
waymark_map_canvas_search (WaymarkMapCanvas *self,
                           const char       *text)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *needle = NULL;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), found);

  g_clear_pointer (&self->matches, g_hash_table_unref);
  self->current_match = NULL;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (text == NULL || *text == '\0' || self->document == NULL)
    return found;

  needle = g_utf8_casefold (text, -1);
  self->matches = g_hash_table_new (NULL, NULL);
  n = waymark_map_layout_get_n_cards (self->layout);
  for (guint i = 0; i < n; i++)
    {
      WaymarkTouchpoint *tp = waymark_map_layout_get_card (self->layout, i)->touchpoint;

      if (matches (tp, needle))
        {
          g_ptr_array_add (found, g_object_ref (tp));
          g_hash_table_add (self->matches, tp);
        }
    }

  return found;
}

/**
 * waymark_map_canvas_show_card:
 * @focus: whether the card takes the keyboard focus too
 *
 * Scrolls @touchpoint's card into sight.
 */
void
waymark_map_canvas_show_card (WaymarkMapCanvas  *self,
                              WaymarkTouchpoint *touchpoint,
                              gboolean           focus)
{
  GtkWidget *card;

  g_return_if_fail (WAYMARK_IS_MAP_CANVAS (self));
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (touchpoint));

  _waymark_map_canvas_reveal (self, touchpoint);
  if (focus && (card = waymark_map_canvas_get_card (self, touchpoint)) != NULL)
    gtk_widget_grab_focus (card);
}

/**
 * waymark_map_canvas_set_current_match:
 * @touchpoint: (nullable): one of the matches of the last search
 *
 * Sets the match the search shows, drawn apart from the others.
 */
void
waymark_map_canvas_set_current_match (WaymarkMapCanvas  *self,
                                      WaymarkTouchpoint *touchpoint)
{
  g_return_if_fail (WAYMARK_IS_MAP_CANVAS (self));

  if (touchpoint != NULL && (self->matches == NULL || !g_hash_table_contains (self->matches, touchpoint)))
    touchpoint = NULL;
  if (self->current_match == touchpoint)
    return;
  self->current_match = touchpoint;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * waymark_map_canvas_get_current_match:
 *
 * Returns: (transfer none) (nullable): the match the search shows
 */
WaymarkTouchpoint *
waymark_map_canvas_get_current_match (WaymarkMapCanvas *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), NULL);

  return self->current_match;
}

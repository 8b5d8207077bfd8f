/* waymark-map-canvas-headers.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-map-canvas-private.h"
#include "waymark-map-card-widget.h"
#include "waymark-map-header.h"

/* The stage and lane headers of the canvas: one WaymarkMapHeader each,
 * over the headers the renderer draws (the stage headers stick to the top
 * of what is shown); a drag reorders them, a button after the last stage
 * and one in the last lane's header add one, and F2 puts an entry over a
 * header to rename it (Enter keeps, Escape gives up). Every change is one
 * command: "Move Stage", "Move Lane", "Add Stage", "Add Lane", "Rename". */

#define ADD_SIZE 34
#define ADD_GAP 8

static double
get_sticky_y (WaymarkMapCanvas *self)
{
  double header = waymark_map_layout_get_header_height (self->layout);
  double max = waymark_map_layout_get_height (self->layout) - header;
  double y = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;

  return CLAMP (y, 0, MAX (max, 0));
}

/* Where a header is now, in the canvas's coordinates. */
static void
get_header_rect (WaymarkMapCanvas *self,
                 WaymarkMapHeader *header,
                 WaymarkMapRect   *rect)
{
  guint index = waymark_map_header_get_index (header);

  if (waymark_map_header_is_stage (header))
    {
      *rect = waymark_map_layout_get_column (self->layout, index)->header;
      rect->y += get_sticky_y (self);
    }
  else
    {
      *rect = waymark_map_layout_get_band (self->layout, index)->header;
    }
}

static gboolean
in_rect (const WaymarkMapRect *r,
         double                x,
         double                y)
{
  return x >= r->x && x < r->x + r->width && y >= r->y && y < r->y + r->height;
}

static WaymarkMapHeader *
find_header (WaymarkMapCanvas *self,
             gpointer          item)
{
  return item ? g_hash_table_lookup (self->headers, item) : NULL;
}

static void
on_add_stage_cb (WaymarkMapCanvas *self)
{
  guint n = waymark_map_layout_get_n_columns (self->layout);
  WaymarkStage *stage;

  if (self->document == NULL)
    return;

  stage = waymark_document_add_stage (self->document, n, _("New Stage"));
  if (find_header (self, stage))
    _waymark_map_canvas_rename_header (self, find_header (self, stage));
}

static void
on_add_lane_cb (WaymarkMapCanvas *self)
{
  guint n = waymark_map_layout_get_n_bands (self->layout);
  WaymarkPerspective perspective = WAYMARK_PERSPECTIVE_COMPANY;
  WaymarkLane *lane;

  if (self->document == NULL)
    return;

  /* A lane joins the group of the last one. */
  if (n > 0)
    perspective = waymark_map_layout_get_band (self->layout, n - 1)->perspective;
  lane = waymark_document_add_lane (self->document, n, _("New Lane"), perspective);
  if (find_header (self, lane))
    _waymark_map_canvas_rename_header (self, find_header (self, lane));
}

static GtkWidget *
make_add_button (WaymarkMapCanvas *self,
                 const char       *tooltip,
                 GCallback         callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  gtk_widget_set_parent (button, GTK_WIDGET (self));

  return button;
}

void
_waymark_map_canvas_init_headers (WaymarkMapCanvas *self)
{
  self->headers = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->add_stage = make_add_button (self, _("Add a Stage"), G_CALLBACK (on_add_stage_cb));
  self->add_lane = make_add_button (self, _("Add a Lane"), G_CALLBACK (on_add_lane_cb));
}

void
_waymark_map_canvas_dispose_headers (WaymarkMapCanvas *self)
{
  if (self->headers != NULL)
    g_hash_table_remove_all (self->headers);
  self->add_stage = self->add_lane = self->rename_entry = NULL;
  g_clear_object (&self->renamed);
  g_clear_object (&self->header_pressed);
}

void
_waymark_map_canvas_finalize_headers (WaymarkMapCanvas *self)
{
  g_clear_pointer (&self->headers, g_hash_table_unref);
}

static void
sync_header (WaymarkMapCanvas *self,
             GHashTable       *seen,
             gpointer          item,
             guint             index)
{
  GtkWidget *header = g_hash_table_lookup (self->headers, item);

  if (header == NULL)
    {
      header = waymark_map_header_new (item);
      /* Before the buttons, so that Tab meets them last. */
      if (self->add_stage == NULL)
        return;
      gtk_widget_insert_before (header, GTK_WIDGET (self), self->add_stage);
      g_hash_table_insert (self->headers, g_object_ref (item), header);
    }
  waymark_map_header_update (WAYMARK_MAP_HEADER (header), index);
  g_hash_table_add (seen, item);
}

/* After a layout: a header widget for each stage and lane, at its index. */
void
_waymark_map_canvas_sync_headers (WaymarkMapCanvas *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint n_columns = waymark_map_layout_get_n_columns (self->layout);
  guint n_bands = waymark_map_layout_get_n_bands (self->layout);
  GHashTableIter iter;
  gpointer key, value;

  if (self->document != NULL)
    {
      for (guint i = 0; i < n_columns; i++)
        sync_header (self, seen, waymark_map_layout_get_column (self->layout, i)->stage, i);
      for (guint i = 0; i < n_bands; i++)
        sync_header (self, seen, waymark_map_layout_get_band (self->layout, i)->lane, i);
    }

  g_hash_table_iter_init (&iter, self->headers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (!g_hash_table_contains (seen, key))
        {
          gtk_widget_unparent (value);
          g_hash_table_iter_remove (&iter);
        }
    }

  if (self->renamed != NULL && !g_hash_table_contains (self->headers, self->renamed))
    _waymark_map_canvas_end_rename (self, FALSE);

  /* Disposing, the buttons are gone. */
  if (self->add_stage != NULL)
    {
      gtk_widget_set_visible (self->add_stage, self->document != NULL);
      gtk_widget_set_visible (self->add_lane, self->document != NULL && n_bands > 0);
    }
}

/* The room the add buttons need beside the layout. */
int
_waymark_map_canvas_get_header_room (WaymarkMapCanvas *self,
                                     GtkOrientation    orientation)
{
  return orientation == GTK_ORIENTATION_HORIZONTAL ? ADD_SIZE + 2 * ADD_GAP : 0;
}

static void
allocate_rect (GtkWidget            *widget,
               const WaymarkMapRect *r)
{
  GtkAllocation alloc = { (int)r->x, (int)r->y, (int)r->width, (int)r->height };

  gtk_widget_size_allocate (widget, &alloc, -1);
}

static void
get_add_rects (WaymarkMapCanvas *self,
               WaymarkMapRect   *stage,
               WaymarkMapRect   *lane)
{
  guint n_columns = waymark_map_layout_get_n_columns (self->layout);
  guint n_bands = waymark_map_layout_get_n_bands (self->layout);
  double header = waymark_map_layout_get_header_height (self->layout);
  double right = n_columns ? waymark_map_layout_get_column (self->layout, n_columns - 1)->header.x +
                             waymark_map_layout_get_column (self->layout, n_columns - 1)->header.width
                           : waymark_map_layout_get_header_width (self->layout);

  *stage = (WaymarkMapRect) { right + ADD_GAP, get_sticky_y (self) + MAX (header - ADD_SIZE, 0) / 2,
                              ADD_SIZE, ADD_SIZE };
  *lane = (WaymarkMapRect) { 0, 0, ADD_SIZE, ADD_SIZE };
  if (n_bands > 0)
    {
      const WaymarkMapRect *h = &waymark_map_layout_get_band (self->layout, n_bands - 1)->header;

      lane->x = h->x + h->width - ADD_SIZE - ADD_GAP / 2;
      lane->y = h->y + MAX (h->height - ADD_SIZE - ADD_GAP / 2, 0);
    }
}

void
_waymark_map_canvas_allocate_headers (WaymarkMapCanvas *self)
{
  GHashTableIter iter;
  gpointer value;
  WaymarkMapRect stage, lane;

  g_hash_table_iter_init (&iter, self->headers);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      WaymarkMapRect r;

      get_header_rect (self, value, &r);
      allocate_rect (value, &r);
    }

  get_add_rects (self, &stage, &lane);
  if (gtk_widget_get_visible (self->add_stage))
    allocate_rect (self->add_stage, &stage);
  if (gtk_widget_get_visible (self->add_lane))
    {
      guint n_bands = waymark_map_layout_get_n_bands (self->layout);
      const WaymarkMapRect *h = &waymark_map_layout_get_band (self->layout, n_bands - 1)->header;

      /* Zoomed out, a lane header is smaller than the button, which would
       * lie over the lanes: it shows again when there is room, as the
       * lanes' fold buttons do. */
      gtk_widget_set_child_visible (self->add_lane, h->height >= ADD_SIZE + ADD_GAP &&
                                                    h->width >= 2 * ADD_SIZE);
      allocate_rect (self->add_lane, &lane);
    }

  if (self->rename_entry != NULL && self->renamed != NULL)
    {
      WaymarkMapRect r;
      int min_h;

      get_header_rect (self, find_header (self, self->renamed), &r);
      gtk_widget_measure (self->rename_entry, GTK_ORIENTATION_VERTICAL, -1, &min_h, NULL, NULL, NULL);
      r.x += 6;
      r.width -= 12;
      r.y += MAX (r.height - min_h, 0) / 2;
      r.height = MIN (r.height, min_h);
      if (!waymark_map_header_is_stage (find_header (self, self->renamed)))
        r.y = waymark_map_layout_get_band (self->layout,
                                           waymark_map_header_get_index (find_header (self, self->renamed)))->header.y + 6;
      allocate_rect (self->rename_entry, &r);
    }
}

/* Headers, buttons and the entry are drawn over the sticky headers. */
gboolean
_waymark_map_canvas_is_header_child (WaymarkMapCanvas *self,
                                     GtkWidget        *child)
{
  return !WAYMARK_IS_MAP_CARD_WIDGET (child);
}

/* A press on a button or the entry is theirs, not the map's. */
gboolean
_waymark_map_canvas_is_on_control (WaymarkMapCanvas *self,
                                   double            x,
                                   double            y)
{
  GtkWidget *controls[] = { self->add_stage, self->add_lane, self->rename_entry };

  for (guint i = 0; i < G_N_ELEMENTS (controls); i++)
    {
      graphene_rect_t bounds;

      if (controls[i] != NULL && gtk_widget_get_visible (controls[i]) &&
          gtk_widget_compute_bounds (controls[i], GTK_WIDGET (self), &bounds) &&
          graphene_rect_contains_point (&bounds, &GRAPHENE_POINT_INIT (x, y)))
        return TRUE;
    }

  return FALSE;
}

/**
 * _waymark_map_canvas_header_at:
 *
 * Returns: (transfer none) (nullable): the header at @x, @y
 */
WaymarkMapHeader *
_waymark_map_canvas_header_at (WaymarkMapCanvas *self,
                               double            x,
                               double            y)
{
  GHashTableIter iter;
  gpointer value;

  /* The stage headers first: they lie over what scrolled under them. */
  for (int pass = 0; pass < 2; pass++)
    {
      g_hash_table_iter_init (&iter, self->headers);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          WaymarkMapRect r;

          if (waymark_map_header_is_stage (value) != (pass == 0))
            continue;
          get_header_rect (self, value, &r);
          if (in_rect (&r, x, y))
            return value;
        }
    }

  return NULL;
}

/* The stage or lane a header dragged to @x, @y would go to. */
static guint
get_header_target (WaymarkMapCanvas *self,
                   WaymarkMapHeader *header,
                   double            x,
                   double            y)
{
  gboolean stage = waymark_map_header_is_stage (header);
  guint n = stage ? waymark_map_layout_get_n_columns (self->layout)
                  : waymark_map_layout_get_n_bands (self->layout);

  for (guint i = 0; i < n; i++)
    {
      const WaymarkMapRect *r = stage ? &waymark_map_layout_get_column (self->layout, i)->header
                                      : &waymark_map_layout_get_band (self->layout, i)->band;

      if (stage ? x < r->x + r->width : y < r->y + r->height)
        return i;
    }

  return n > 0 ? n - 1 : 0;
}

void
_waymark_map_canvas_header_drag_begin (WaymarkMapCanvas *self,
                                       WaymarkMapHeader *header)
{
  g_set_object (&self->header_pressed, header);
  self->header_dragging = FALSE;
  self->header_target = waymark_map_header_get_index (header);
}

void
_waymark_map_canvas_header_drag_update (WaymarkMapCanvas *self,
                                        double            x,
                                        double            y)
{
  if (self->header_pressed == NULL)
    return;

  self->header_dragging = TRUE;
  self->header_target = get_header_target (self, self->header_pressed, x, y);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Ends a press on a header: a drag moves it, a click focuses it. */
void
_waymark_map_canvas_header_drag_end (WaymarkMapCanvas *self,
                                     gboolean          drop)
{
  g_autoptr(WaymarkMapHeader) header = g_steal_pointer (&self->header_pressed);
  gboolean dragged = self->header_dragging;

  self->header_dragging = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (header == NULL || !drop)
    return;

  if (dragged)
    _waymark_map_canvas_move_header (self, header, self->header_target);
  else
    gtk_widget_grab_focus (GTK_WIDGET (header));
}

static void
draw_header_drop (WaymarkMapCanvas *self,
                  cairo_t          *cr)
{
  WaymarkMapHeader *header = self->header_pressed;
  guint from = waymark_map_header_get_index (header);
  guint to = self->header_target;
  double width = waymark_map_layout_get_width (self->layout);
  double height = waymark_map_layout_get_height (self->layout);
  WaymarkMapRect r;

  /* The header carried, lit; a bar where it will go. */
  get_header_rect (self, header, &r);
  cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.35);
  cairo_rectangle (cr, r.x, r.y, r.width, r.height);
  cairo_fill (cr);
  if (to == from)
    return;

  cairo_set_source_rgb (cr, 0.208, 0.518, 0.894);
  if (waymark_map_header_is_stage (header))
    {
      const WaymarkMapRect *t = &waymark_map_layout_get_column (self->layout, to)->header;
      double x = to > from ? t->x + t->width : t->x;

      cairo_rectangle (cr, x - 3, 0, 6, height);
    }
  else
    {
      const WaymarkMapRect *t = &waymark_map_layout_get_band (self->layout, to)->band;
      double y = to > from ? t->y + t->height : t->y;

      cairo_rectangle (cr, 0, y - 3, width, 6);
    }
  cairo_fill (cr);
}

/* Over the sticky stage headers: the header drag's indicator, then the
 * header widgets, the buttons and the entry. */
void
_waymark_map_canvas_snapshot_headers (WaymarkMapCanvas      *self,
                                      GtkSnapshot           *snapshot,
                                      const graphene_rect_t *visible)
{
  if (self->header_pressed != NULL && self->header_dragging)
    {
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, visible);

      draw_header_drop (self, cr);
      cairo_destroy (cr);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child;
       child = gtk_widget_get_next_sibling (child))
    if (_waymark_map_canvas_is_header_child (self, child))
      gtk_widget_snapshot_child (GTK_WIDGET (self), child, snapshot);
}

/**
 * _waymark_map_canvas_move_header:
 * @to: the stage's or lane's place once moved
 *
 * Moves a stage or a lane: one command, "Move Stage" or "Move Lane"; the
 * handoffs follow the stages. The header keeps the focus.
 */
void
_waymark_map_canvas_move_header (WaymarkMapCanvas *self,
                                 WaymarkMapHeader *header,
                                 guint             to)
{
  g_autoptr(WaymarkItem) item = g_object_ref (waymark_map_header_get_item (header));
  gboolean stage = waymark_map_header_is_stage (header);
  guint n = stage ? waymark_map_layout_get_n_columns (self->layout)
                  : waymark_map_layout_get_n_bands (self->layout);
  WaymarkMapHeader *moved;

  if (self->document == NULL || to >= n || to == waymark_map_header_get_index (header))
    return;

  waymark_document_begin_group (self->document, stage ? _("Move Stage") : _("Move Lane"));
  waymark_document_reorder (self->document, item, to);
  waymark_document_end_group (self->document);

  if ((moved = find_header (self, item)))
    gtk_widget_grab_focus (GTK_WIDGET (moved));
}

/* The arrows on a header: along the headers, or into the map. */
void
_waymark_map_canvas_header_focus_move (WaymarkMapCanvas *self,
                                       WaymarkMapHeader *header,
                                       int               dx,
                                       int               dy)
{
  gboolean stage = waymark_map_header_is_stage (header);
  guint index = waymark_map_header_get_index (header);
  int along = stage ? dx : dy;
  int across = stage ? dy : dx;
  guint n = stage ? waymark_map_layout_get_n_columns (self->layout)
                  : waymark_map_layout_get_n_bands (self->layout);

  if (along != 0 && (int)index + along >= 0 && index + along < n)
    {
      gpointer item = stage ? (gpointer)waymark_map_layout_get_column (self->layout, index + along)->stage
                            : (gpointer)waymark_map_layout_get_band (self->layout, index + along)->lane;

      gtk_widget_grab_focus (GTK_WIDGET (find_header (self, item)));
    }
  else if (across > 0 && waymark_map_layout_get_n_columns (self->layout) > 0 &&
           waymark_map_layout_get_n_bands (self->layout) > 0)
    {
      /* Into the first cell of the column or the row. */
      _waymark_map_canvas_focus_place (self, stage ? index : 0, stage ? 0 : index, 0);
    }
}

/* Renaming in place. */

static void
on_rename_activate_cb (GtkEntry         *entry,
                       WaymarkMapCanvas *self)
{
  _waymark_map_canvas_end_rename (self, TRUE);
}

static gboolean
on_rename_key_cb (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  WaymarkMapCanvas      *self)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;

  _waymark_map_canvas_end_rename (self, FALSE);
  return TRUE;
}

static gboolean
end_rename_idle_cb (gpointer data)
{
  WaymarkMapCanvas *self = data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* Unless the focus came back (a click into the entry itself). */
  if (self->rename_entry != NULL &&
      !(focus != NULL && (focus == self->rename_entry || gtk_widget_is_ancestor (focus, self->rename_entry))))
    _waymark_map_canvas_end_rename (self, TRUE);

  return G_SOURCE_REMOVE;
}

static void
on_rename_focus_leave_cb (GtkEventControllerFocus *controller,
                          WaymarkMapCanvas        *self)
{
  /* Clicking elsewhere keeps what was typed, as Enter does; once the
   * focus has moved, as GTK still holds the entry while it moves it. */
  if (self->rename_entry != NULL)
    g_idle_add_full (G_PRIORITY_DEFAULT, end_rename_idle_cb, g_object_ref (self), g_object_unref);
}

/**
 * _waymark_map_canvas_rename_header:
 *
 * Puts an entry with the name over @header, the name selected.
 */
void
_waymark_map_canvas_rename_header (WaymarkMapCanvas *self,
                                   WaymarkMapHeader *header)
{
  WaymarkItem *item = waymark_map_header_get_item (header);
  GtkEventController *keys, *focus;
  GtkWidget *entry;

  if (self->rename_entry != NULL)
    _waymark_map_canvas_end_rename (self, TRUE);

  entry = gtk_entry_new ();
  gtk_widget_add_css_class (entry, "waymark-rename");
  gtk_editable_set_text (GTK_EDITABLE (entry), waymark_map_header_is_stage (header)
                                               ? waymark_stage_get_name (WAYMARK_STAGE (item))
                                               : waymark_lane_get_name (WAYMARK_LANE (item)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  waymark_map_header_is_stage (header) ? _("Stage name") : _("Lane name"),
                                  -1);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_rename_activate_cb), self, 0);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_rename_key_cb), self, 0);
  gtk_widget_add_controller (entry, keys);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_rename_focus_leave_cb), self, 0);
  gtk_widget_add_controller (entry, focus);

  gtk_widget_set_parent (entry, GTK_WIDGET (self));
  self->rename_entry = entry;
  g_set_object (&self->renamed, item);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_grab_focus (entry);
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
}

/**
 * _waymark_map_canvas_end_rename:
 * @keep: rename to what the entry says, else give it up
 *
 * Takes the entry away; the header gets the focus back.
 */
void
_waymark_map_canvas_end_rename (WaymarkMapCanvas *self,
                                gboolean          keep)
{
  g_autoptr(WaymarkItem) item = g_steal_pointer (&self->renamed);
  GtkWidget *entry = g_steal_pointer (&self->rename_entry);
  g_autofree char *text = NULL;
  WaymarkMapHeader *header;

  if (entry == NULL)
    return;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  header = find_header (self, item);
  /* The focus goes before the entry does, so that no leave renames twice. */
  {
    GtkRoot *root = gtk_widget_get_root (entry);
    GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

    if (header != NULL && focus != NULL && (focus == entry || gtk_widget_is_ancestor (focus, entry)))
      gtk_widget_grab_focus (GTK_WIDGET (header));
  }
  gtk_widget_unparent (entry);

  if (keep && item != NULL && self->document != NULL && *text != '\0' &&
      g_strcmp0 (text, WAYMARK_IS_STAGE (item) ? waymark_stage_get_name (WAYMARK_STAGE (item))
                                               : waymark_lane_get_name (WAYMARK_LANE (item))) != 0)
    waymark_document_rename (self->document, item, text);

  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/**
 * waymark_map_canvas_get_header:
 * @item: a stage or a lane
 *
 * Returns: (transfer none) (nullable): the header widget of @item
 */
GtkWidget *
waymark_map_canvas_get_header (WaymarkMapCanvas *self,
                               gpointer          item)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), NULL);

  return (GtkWidget *)find_header (self, item);
}

/* The entry of a rename in progress, for tests. */
GtkWidget *
waymark_map_canvas_get_rename_entry (WaymarkMapCanvas *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), NULL);

  return self->rename_entry;
}

/* The buttons that add a stage and a lane. */
GtkWidget *
waymark_map_canvas_get_add_button (WaymarkMapCanvas *self,
                                   gboolean          stage)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), NULL);

  return stage ? self->add_stage : self->add_lane;
}

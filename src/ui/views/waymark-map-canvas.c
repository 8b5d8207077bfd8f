/* waymark-map-canvas.c
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
#include "waymark-map-renderer.h"

/* The journey map on screen: a container that draws the lane bands, the
 * grid, the emotion curve and the drop highlight itself, from the same
 * WaymarkMapLayout as the exports, and places one focusable card widget a
 * touchpoint where the layout puts it. The stage headers stick to the top
 * of the scrolled window. Moving cards, with the mouse or the keyboard, is
 * in waymark-map-canvas-dnd.c. */

G_DEFINE_FINAL_TYPE (WaymarkMapCanvas, waymark_map_canvas, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Room below a card's allocation for its shadow. */
#define SHADOW 3

static void
on_card_focus_cb (GtkEventControllerFocus *controller,
                  WaymarkMapCanvas        *self)
{
  /* A card took the focus: the cell cursor is no longer where it is. */
  if (self->cursor_on_cell)
    {
      self->cursor_on_cell = FALSE;
      gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static GtkWidget *
add_card_widget (WaymarkMapCanvas  *self,
                 WaymarkTouchpoint *touchpoint)
{
  GtkWidget *card = waymark_map_card_widget_new (touchpoint);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_object (focus, "enter", G_CALLBACK (on_card_focus_cb), self, 0);
  gtk_widget_add_controller (card, focus);
  gtk_widget_set_parent (card, GTK_WIDGET (self));
  g_hash_table_insert (self->cards, g_object_ref (touchpoint), card);
  waymark_map_card_widget_set_selected (WAYMARK_MAP_CARD_WIDGET (card),
                                        _waymark_map_canvas_is_selected (self, touchpoint));

  return card;
}

static gboolean
keeps_widget (WaymarkMapCanvas  *self,
              WaymarkTouchpoint *touchpoint,
              GtkWidget         *card)
{
  return gtk_widget_has_focus (card) ||
         waymark_map_card_widget_get_editor (WAYMARK_MAP_CARD_WIDGET (card)) != NULL ||
         waymark_map_card_widget_get_menu (WAYMARK_MAP_CARD_WIDGET (card)) != NULL ||
         (self->dragging && self->moving && g_ptr_array_find (self->moving, touchpoint, NULL));
}

/* The card widgets there are take their cards' new places after a layout;
 * those of removed cards go. */
static void
update_card_widgets (WaymarkMapCanvas *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint card;

      if (!waymark_map_layout_find_card (self->layout, key, &card))
        {
          gtk_widget_unparent (value);
          g_hash_table_iter_remove (&iter);
          continue;
        }
      waymark_map_card_widget_update (value, self->layout, card, self->dark);
    }
}

/* Most widgets a view keeps for the cards it shows. */
#define MAX_CARD_WIDGETS 400

/* Makes the card widgets match what is shown: one for each card in sight
 * (while the cards are large enough to read), for the one with the focus
 * and for one with a popover open; none for the others, so that 2,000
 * cards do not make 2,000 widgets. The canvas draws every card itself;
 * waymark_map_canvas_get_card() makes a card's widget when asked. */
static void
sync_card_widgets (WaymarkMapCanvas *self)
{
  g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;
  graphene_rect_t visible;
  guint n = waymark_map_layout_get_n_cards (self->layout);

  _waymark_map_canvas_get_visible (self, &visible);
  /* Not allocated yet: the map will show from its top left corner. */
  if (self->vadjustment == NULL || gtk_adjustment_get_page_size (self->vadjustment) <= 1)
    graphene_rect_init (&visible, 0, 0, 2560, 1600);
  self->synced = visible;
  if (!waymark_map_layout_is_compact (self->layout))
    {
      /* A quarter of a page around, so that scrolling finds them there. */
      graphene_rect_inset (&visible, -visible.size.width / 4, -visible.size.height / 4);
      for (guint i = 0; i < n && g_hash_table_size (wanted) < MAX_CARD_WIDGETS; i++)
        {
          const WaymarkMapCard *c = waymark_map_layout_get_card (self->layout, i);

          if (graphene_rect_intersection (&visible,
                                          &GRAPHENE_RECT_INIT (c->rect.x, c->rect.y,
                                                               c->rect.width, c->rect.height),
                                          NULL))
            g_hash_table_add (wanted, c->touchpoint);
        }
    }

  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (wanted, key) && !keeps_widget (self, key, value))
      {
        gtk_widget_unparent (value);
        g_hash_table_iter_remove (&iter);
      }

  g_hash_table_iter_init (&iter, wanted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint card;

      if (g_hash_table_contains (self->cards, key) ||
          !waymark_map_layout_find_card (self->layout, key, &card))
        continue;
      waymark_map_card_widget_update (WAYMARK_MAP_CARD_WIDGET (add_card_widget (self, key)),
                                      self->layout, card, self->dark);
    }
}

/* After the frame: making and dropping widgets for the cards that came
 * into sight or left it is most of the work of a zoom step or a scroll
 * (each is an event on the accessibility bus), and the frame does not
 * need them, since the canvas draws the cards. */
static gboolean
sync_idle_cb (gpointer data)
{
  WaymarkMapCanvas *self = data;
  graphene_rect_t visible;

  self->sync_id = 0;
  _waymark_map_canvas_get_visible (self, &visible);
  if (self->document != NULL && !graphene_rect_equal (&visible, &self->synced))
    {
      sync_card_widgets (self);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }

  return G_SOURCE_REMOVE;
}

static void
queue_sync (WaymarkMapCanvas *self)
{
  if (self->document != NULL && self->sync_id == 0)
    self->sync_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, sync_idle_cb, self, NULL);
}

/* Lays the map out again; the card widgets take their new places at once,
 * and those that come or go are made to match after the frame. */
void
_waymark_map_canvas_relayout (WaymarkMapCanvas *self)
{
  waymark_map_layout_invalidate (self->layout);
  update_card_widgets (self);
  graphene_rect_init (&self->synced, 0, 0, 0, 0);
  queue_sync (self);
  _waymark_map_canvas_prune_nodes (self);

  _waymark_map_canvas_prune_selection (self);
  _waymark_map_canvas_sync_headers (self);
  _waymark_map_canvas_sync_lane_toggles (self);

  if (self->cursor_on_cell &&
      (self->cursor_column >= waymark_map_layout_get_n_columns (self->layout) ||
       self->cursor_band >= waymark_map_layout_get_n_bands (self->layout)))
    self->cursor_on_cell = FALSE;

  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_document_change_cb (WaymarkMapCanvas *self,
                       WaymarkChange    *change)
{
  /* What the map shows: the cards, the stages, the lanes and the channel
   * names on the cards; not the matrix, the metrics or the content. */
  if (WAYMARK_IS_TOUCHPOINT (change->item) || WAYMARK_IS_STAGE (change->item) ||
      WAYMARK_IS_LANE (change->item) || WAYMARK_IS_CHANNEL (change->item))
    self->needs_relayout = TRUE;
}

static void
on_document_changed_cb (WaymarkMapCanvas *self)
{
  if (!self->needs_relayout)
    return;

  self->needs_relayout = FALSE;
  _waymark_map_canvas_relayout (self);
}

static void
update_dark (WaymarkMapCanvas *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  gboolean high_contrast = adw_style_manager_get_high_contrast (style);

  if (dark == self->dark && high_contrast == self->high_contrast)
    return;
  self->dark = dark;
  self->high_contrast = high_contrast;
  _waymark_map_canvas_clear_nodes (self);
  if (self->document != NULL)
    _waymark_map_canvas_relayout (self);
}

/* The page's size changes while the scrolled window is allocated: nothing
 * may be queued but the next frame's work. */
static void
on_page_size_cb (WaymarkMapCanvas *self)
{
  queue_sync (self);
}

static void
on_adjustment_changed_cb (WaymarkMapCanvas *self)
{
  /* The headers stay at the top of what is shown (they are allocated
   * there); the cards that come into sight get their widgets. */
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  queue_sync (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * _waymark_map_canvas_get_focus_place:
 * @index: (out): the focused card's index in its cell, or -1 on a cell
 *
 * Returns: whether the focus is on the map, and where
 */
gboolean
_waymark_map_canvas_get_focus_place (WaymarkMapCanvas *self,
                                     guint            *column,
                                     guint            *band,
                                     int              *index)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (self->cursor_on_cell)
    {
      *column = self->cursor_column;
      *band = self->cursor_band;
      *index = -1;
      return TRUE;
    }

  if (WAYMARK_IS_MAP_CARD_WIDGET (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self))
    {
      guint card = waymark_map_card_widget_get_card (WAYMARK_MAP_CARD_WIDGET (focus));
      const WaymarkMapCard *c = waymark_map_layout_get_card (self->layout, card);

      *column = c->column;
      *band = c->band;
      *index = c->index;
      return TRUE;
    }

  return FALSE;
}

/**
 * _waymark_map_canvas_focus_place:
 * @index: a card of the cell, or -1 (or past the last) for the cell itself
 *   when it has no card there
 *
 * Moves the keyboard focus to a card, or to a cell: a cell without cards
 * takes the focus on the canvas, with a cursor drawn around it.
 */
void
_waymark_map_canvas_focus_place (WaymarkMapCanvas *self,
                                 guint             column,
                                 guint             band,
                                 int               index)
{
  const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, column, band);

  if (cell == NULL)
    return;

  if (cell->n_cards > 0 && index >= 0)
    {
      guint k = MIN ((guint)index, cell->n_cards - 1);
      WaymarkTouchpoint *tp = waymark_map_layout_get_card (self->layout, cell->first_card + k)->touchpoint;

      self->cursor_on_cell = FALSE;
      gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
      gtk_widget_grab_focus (waymark_map_canvas_get_card (self, tp));
    }
  else
    {
      self->cursor_on_cell = TRUE;
      self->cursor_column = column;
      self->cursor_band = band;
      gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
      _waymark_map_canvas_grab_focus_on_cell (self, column, band);
      /* Told after a move, so a screen reader hears where the focus is. */
      {
        g_autofree char *label = NULL;

        /* Translators: an empty cell of the map with the focus: stage, lane */
        label = g_strdup_printf (_("%s, %s lane, no touchpoints"),
                                 waymark_stage_get_name (waymark_map_layout_get_column (self->layout, column)->stage),
                                 waymark_lane_get_name (waymark_map_layout_get_band (self->layout, band)->lane));
        gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Zoom */

#define ZOOM_STEP 1.25

/* A point of the map as a place in it, the same at any zoom: between which
 * two edges it is (across: the lane headers, then each column; down: the
 * stage headers, each lane's band, the emotion band and the outcomes'
 * strip) and how far between them. The bands are not in proportion to the
 * zoom (below 50 % cards are compact), so a place is what stays put. */
typedef struct
{
  guint  segment;
  double fraction;   /* past the last edge: the distance at 100 % */
} MapPlace;

static GArray *
get_edges (WaymarkMapLayout *layout,
           GtkOrientation    orientation)
{
  GArray *edges = g_array_new (FALSE, FALSE, sizeof (double));
  double edge = 0;

  g_array_append_val (edges, edge);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      edge = waymark_map_layout_get_header_width (layout);
      g_array_append_val (edges, edge);
      for (guint c = 0; c < waymark_map_layout_get_n_columns (layout); c++)
        {
          const WaymarkMapRect *r = &waymark_map_layout_get_column (layout, c)->header;

          edge = r->x + r->width;
          g_array_append_val (edges, edge);
        }
    }
  else
    {
      edge = waymark_map_layout_get_header_height (layout);
      g_array_append_val (edges, edge);
      for (guint b = 0; b < waymark_map_layout_get_n_bands (layout); b++)
        {
          const WaymarkMapRect *r = &waymark_map_layout_get_band (layout, b)->band;

          edge = r->y + r->height;
          g_array_append_val (edges, edge);
        }
      edge = waymark_map_layout_get_emotion_band (layout)->y +
             waymark_map_layout_get_emotion_band (layout)->height;
      g_array_append_val (edges, edge);
    }
  edge = orientation == GTK_ORIENTATION_HORIZONTAL ? waymark_map_layout_get_width (layout)
                                                   : waymark_map_layout_get_height (layout);
  g_array_append_val (edges, edge);

  return edges;
}

static MapPlace
find_place (WaymarkMapLayout *layout,
            GtkOrientation    orientation,
            double            v)
{
  g_autoptr(GArray) edges = get_edges (layout, orientation);
  const double *e = (const double *)edges->data;
  guint last = edges->len - 1;

  v = MAX (v, 0);
  for (guint i = 0; i < last; i++)
    if (v < e[i + 1] && e[i + 1] > e[i])
      return (MapPlace) { i, (v - e[i]) / (e[i + 1] - e[i]) };

  return (MapPlace) { last, (v - e[last]) / waymark_map_layout_get_zoom (layout) };
}

static double
place_to_point (WaymarkMapLayout *layout,
                GtkOrientation    orientation,
                MapPlace          place)
{
  g_autoptr(GArray) edges = get_edges (layout, orientation);
  const double *e = (const double *)edges->data;
  guint last = edges->len - 1;

  if (place.segment >= last)
    return e[last] + place.fraction * waymark_map_layout_get_zoom (layout);

  return e[place.segment] + place.fraction * (e[place.segment + 1] - e[place.segment]);
}

/* Scrolls to @value before the scrolled window has given the canvas its
 * new size: the adjustment takes that size now (the viewport sets the
 * same when it allocates), so that the value is not clamped to the old. */
static void
scroll_to (WaymarkMapCanvas *self,
           GtkAdjustment    *adjustment,
           GtkOrientation    orientation,
           double            value)
{
  double page = gtk_adjustment_get_page_size (adjustment);
  int size;

  gtk_widget_measure (GTK_WIDGET (self), orientation, -1, &size, NULL, NULL, NULL);
  size = MAX (size, (int)page);
  value = CLAMP (value, 0, MAX (size - page, 0));
  gtk_adjustment_configure (adjustment, value, 0, size,
                            gtk_adjustment_get_step_increment (adjustment),
                            gtk_adjustment_get_page_increment (adjustment), page);
  /* Setting the value also ends a scrolling animation of the viewport
   * (to a card that took the focus), which would take it elsewhere. */
  gtk_adjustment_set_value (adjustment, value);
}

/**
 * waymark_map_canvas_zoom_around:
 * @x: a point of the canvas (at the zoom before)
 * @y:
 *
 * Lays the map out again at @zoom (10 % to 400 %: text is measured and
 * drawn anew at the size, so it stays sharp) and scrolls so that the place
 * of the map that was at @x, @y stays where it is in the window: the point
 * under the pointer for Ctrl+scroll, the fingers' centre for a pinch.
 */
void
waymark_map_canvas_zoom_around (WaymarkMapCanvas *self,
                                double            zoom,
                                double            x,
                                double            y)
{
  double old = waymark_map_layout_get_zoom (self->layout);
  MapPlace across, down;
  double screen_x = 0, screen_y = 0;

  g_return_if_fail (WAYMARK_IS_MAP_CANVAS (self));

  across = find_place (self->layout, GTK_ORIENTATION_HORIZONTAL, x);
  down = find_place (self->layout, GTK_ORIENTATION_VERTICAL, y);
  if (self->hadjustment != NULL && self->vadjustment != NULL)
    {
      screen_x = x - gtk_adjustment_get_value (self->hadjustment);
      screen_y = y - gtk_adjustment_get_value (self->vadjustment);
    }

  waymark_map_layout_set_zoom (self->layout, zoom);
  if (waymark_map_layout_get_zoom (self->layout) == old)
    return;
  _waymark_map_canvas_relayout (self);

  if (self->hadjustment != NULL && self->vadjustment != NULL)
    {
      scroll_to (self, self->hadjustment, GTK_ORIENTATION_HORIZONTAL,
                 place_to_point (self->layout, GTK_ORIENTATION_HORIZONTAL, across) - screen_x);
      scroll_to (self, self->vadjustment, GTK_ORIENTATION_VERTICAL,
                 place_to_point (self->layout, GTK_ORIENTATION_VERTICAL, down) - screen_y);
    }
}

/**
 * _waymark_map_canvas_set_zoom:
 *
 * Zooms around what the keyboard works on: the focused card's (or cell's)
 * centre while it is in sight, else the centre of what is shown.
 */
void
_waymark_map_canvas_set_zoom (WaymarkMapCanvas *self,
                              double            zoom)
{
  graphene_rect_t visible;
  graphene_point_t centre;
  WaymarkTouchpoint *card = NULL;
  gboolean on_focus = FALSE;
  guint column, band;
  int index;

  _waymark_map_canvas_get_visible (self, &visible);
  graphene_rect_get_center (&visible, &centre);
  if (_waymark_map_canvas_get_focus_place (self, &column, &band, &index))
    {
      const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, column, band);
      const WaymarkMapRect *r = NULL;
      graphene_point_t focus;

      if (cell != NULL && index >= 0 && (guint)index < cell->n_cards)
        {
          const WaymarkMapCard *c = waymark_map_layout_get_card (self->layout, cell->first_card + index);

          r = &c->rect;
          card = c->touchpoint;
        }
      else if (cell != NULL)
        r = &cell->rect;
      if (r != NULL)
        {
          graphene_point_init (&focus, r->x + r->width / 2, r->y + r->height / 2);
          if ((on_focus = graphene_rect_contains_point (&visible, &focus)))
            centre = focus;
        }
    }

  waymark_map_canvas_zoom_around (self, zoom, centre.x, centre.y);
  /* Grown, the focused card may reach under the sticky headers. */
  if (on_focus && card != NULL)
    _waymark_map_canvas_reveal (self, card);
  else if (on_focus)
    _waymark_map_canvas_grab_focus_on_cell (self, column, band);
}

/* The zoom at which the whole map fits what the scrolled window shows. */
static double
get_fit_zoom (WaymarkMapCanvas *self)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  double zoom = waymark_map_layout_get_zoom (self->layout);
  double width, height, room_w, room_h;

  if (scrolled == NULL)
    return zoom;

  room_w = gtk_widget_get_width (scrolled) - SHADOW;
  room_h = gtk_widget_get_height (scrolled) - SHADOW;

  /* Below 50 % cards are compact, so the height is not proportional to
   * the zoom: try, and try again where it does not fit. */
  for (guint i = 0; i < 4; i++)
    {
      double fit;

      width = waymark_map_layout_get_width (self->layout) / zoom;
      height = waymark_map_layout_get_height (self->layout) / zoom;
      if (width <= 0 || height <= 0 || room_w <= 0 || room_h <= 0)
        break;
      fit = MIN (room_w / width, room_h / height);
      if (fabs (fit - zoom) < 0.001)
        break;
      zoom = fit;
      waymark_map_layout_set_zoom (self->layout, zoom);
      zoom = waymark_map_layout_get_zoom (self->layout);
    }

  return zoom;
}

/* Panning with the middle button: the map follows the pointer. */
static void
on_pan_begin_cb (GtkGestureDrag   *gesture,
                 double            x,
                 double            y,
                 WaymarkMapCanvas *self)
{
  if (self->hadjustment == NULL || self->vadjustment == NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  self->pan_x = gtk_adjustment_get_value (self->hadjustment);
  self->pan_y = gtk_adjustment_get_value (self->vadjustment);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
}

static void
on_pan_update_cb (GtkGestureDrag   *gesture,
                  double            dx,
                  double            dy,
                  WaymarkMapCanvas *self)
{
  /* The offsets are in the canvas, which the pan moves: the pointer has
   * moved by the offset less what was scrolled since the start, and the
   * map by as much the other way, so the new value is the value less the
   * offset. */
  if (self->hadjustment == NULL || self->vadjustment == NULL)
    return;
  gtk_adjustment_set_value (self->hadjustment, gtk_adjustment_get_value (self->hadjustment) - dx);
  gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment) - dy);
}

static void
on_pan_end_cb (GtkGestureDrag   *gesture,
               double            dx,
               double            dy,
               WaymarkMapCanvas *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

/* Pinch: the zoom follows the fingers, laid out anew at each step. */
static void
on_pinch_begin_cb (GtkGesture       *gesture,
                   GdkEventSequence *sequence,
                   WaymarkMapCanvas *self)
{
  self->pinch_zoom = waymark_map_layout_get_zoom (self->layout);
}

static void
on_pinch_scale_cb (GtkGestureZoom   *gesture,
                   double            scale,
                   WaymarkMapCanvas *self)
{
  double x, y;

  /* Around the fingers' centre, where it is now. */
  if (gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    waymark_map_canvas_zoom_around (self, self->pinch_zoom * scale, x, y);
  else
    _waymark_map_canvas_set_zoom (self, self->pinch_zoom * scale);
}

static void
map_zoom_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  double old = waymark_map_layout_get_zoom (self->layout);
  double zoom = old;

  if (g_str_equal (action_name, "map.zoom-in"))
    zoom *= ZOOM_STEP;
  else if (g_str_equal (action_name, "map.zoom-out"))
    zoom /= ZOOM_STEP;
  else if (g_str_equal (action_name, "map.zoom-fit"))
    {
      /* It tries zooms on the layout: back to this one, for the step to
       * be laid out and scrolled as one. */
      zoom = get_fit_zoom (self);
      waymark_map_layout_set_zoom (self->layout, old);
    }
  else
    zoom = 1.0;

  _waymark_map_canvas_set_zoom (self, zoom);
}

/* Where the pointer is, in the scrolled window's coordinates: a scroll
 * event (GTK 4.8) has no place of its own, and the canvas may not be
 * allocated where the last zoom step scrolled it yet when several steps
 * come in one frame, while the scrolled window does not move. */
static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              WaymarkMapCanvas         *self)
{
  GtkWidget *viewport = gtk_widget_get_parent (GTK_WIDGET (self));
  graphene_point_t point;

  /* Through the canvas's allocation, not the adjustments' values: the
   * event is of where the canvas was drawn. */
  self->pointer_in = viewport != NULL &&
                     gtk_widget_compute_point (GTK_WIDGET (self), viewport,
                                               &GRAPHENE_POINT_INIT (x, y), &point);
  self->pointer_x = point.x;
  self->pointer_y = point.y;
}

static void
on_leave_cb (WaymarkMapCanvas *self)
{
  self->pointer_in = FALSE;
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              WaymarkMapCanvas         *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  double zoom;

  /* Ctrl+scroll zooms; plain scrolling is the scrolled window's. */
  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;

  zoom = waymark_map_layout_get_zoom (self->layout) * (dy < 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
  /* Around the pointer, where it is in the scrolled window. */
  if (self->pointer_in && self->hadjustment != NULL && self->vadjustment != NULL)
    {
      waymark_map_canvas_zoom_around (self, zoom,
                                      self->pointer_x + gtk_adjustment_get_value (self->hadjustment),
                                      self->pointer_y + gtk_adjustment_get_value (self->vadjustment));
      return TRUE;
    }
  _waymark_map_canvas_set_zoom (self, zoom);
  return TRUE;
}

static void
waymark_map_canvas_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  double size = 0;

  if (self->document != NULL)
    size = orientation == GTK_ORIENTATION_HORIZONTAL ? waymark_map_layout_get_width (self->layout)
                                                     : waymark_map_layout_get_height (self->layout);

  *minimum = *natural = (int)ceil (size) + SHADOW +
                        (self->document ? _waymark_map_canvas_get_header_room (self, orientation) : 0);
}

static void
waymark_map_canvas_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, self->cards);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint card = waymark_map_card_widget_get_card (value);
      const WaymarkMapCard *c = waymark_map_layout_get_card (self->layout, card);
      GtkAllocation alloc;

      alloc.x = (int)c->rect.x;
      alloc.y = (int)c->rect.y;
      alloc.width = (int)ceil (c->rect.x + c->rect.width) - alloc.x;
      alloc.height = (int)ceil (c->rect.y + c->rect.height) - alloc.y + SHADOW;
      /* Dragged cards follow the pointer; the others make room. */
      {
        double dx, dy;

        _waymark_map_canvas_get_drag_offset (self, card, &dx, &dy);
        alloc.x += (int)dx;
        alloc.y += (int)dy;
      }
      gtk_widget_size_allocate (value, &alloc, -1);
    }
  _waymark_map_canvas_allocate_headers (self);
  _waymark_map_canvas_allocate_lane_toggles (self);
}

static void
waymark_map_canvas_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);

  graphene_rect_t visible;

  /* The card widgets draw nothing of their own: the canvas draws every
   * card from the nodes it keeps (waymark-map-canvas-draw.c); the header
   * widgets draw over it. */
  if (self->document == NULL)
    return;
  _waymark_map_canvas_snapshot_map (self, snapshot);
  _waymark_map_canvas_get_visible (self, &visible);
  _waymark_map_canvas_snapshot_headers (self, snapshot, &visible);
}

static void
waymark_map_canvas_root (GtkWidget *widget)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  GtkWidget *scrolled;

  GTK_WIDGET_CLASS (waymark_map_canvas_parent_class)->root (widget);

  scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  if (scrolled != NULL)
    {
      self->vadjustment = g_object_ref (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
      self->hadjustment = g_object_ref (gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scrolled)));
      g_signal_connect_object (self->vadjustment, "value-changed",
                               G_CALLBACK (on_adjustment_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->hadjustment, "value-changed",
                               G_CALLBACK (on_adjustment_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->vadjustment, "notify::page-size",
                               G_CALLBACK (on_page_size_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->hadjustment, "notify::page-size",
                               G_CALLBACK (on_page_size_cb), self, G_CONNECT_SWAPPED);
    }
}

static void
waymark_map_canvas_unroot (GtkWidget *widget)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);

  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->vadjustment, self);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_data (self->hadjustment, self);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->hadjustment);

  GTK_WIDGET_CLASS (waymark_map_canvas_parent_class)->unroot (widget);
}

static void
waymark_map_canvas_dispose (GObject *object)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  if (self->cards)
    g_hash_table_remove_all (self->cards);
  if (self->selection)
    g_hash_table_remove_all (self->selection);
  if (self->lane_toggles)
    g_hash_table_remove_all (self->lane_toggles);
  _waymark_map_canvas_dispose_headers (self);
  waymark_map_canvas_set_document (self, NULL);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->hadjustment);
  g_clear_handle_id (&self->sync_id, g_source_remove);
  _waymark_map_canvas_clear_nodes (self);

  G_OBJECT_CLASS (waymark_map_canvas_parent_class)->dispose (object);
}

static void
waymark_map_canvas_finalize (GObject *object)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (object);

  g_clear_pointer (&self->cards, g_hash_table_unref);
  g_clear_pointer (&self->selection, g_hash_table_unref);
  if (self->im != NULL)
    gtk_im_context_set_client_widget (self->im, NULL);
  g_clear_object (&self->im);
  _waymark_map_canvas_finalize_headers (self);
  _waymark_map_canvas_finalize_draw (self);
  g_clear_object (&self->layout);

  G_OBJECT_CLASS (waymark_map_canvas_parent_class)->finalize (object);
}

static void
waymark_map_canvas_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_map_canvas_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      waymark_map_canvas_set_document (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_map_canvas_class_init (WaymarkMapCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_map_canvas_dispose;
  object_class->finalize = waymark_map_canvas_finalize;
  object_class->get_property = waymark_map_canvas_get_property;
  object_class->set_property = waymark_map_canvas_set_property;

  widget_class->measure = waymark_map_canvas_measure;
  widget_class->size_allocate = waymark_map_canvas_size_allocate;
  widget_class->snapshot = waymark_map_canvas_snapshot;
  widget_class->root = waymark_map_canvas_root;
  widget_class->unroot = waymark_map_canvas_unroot;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         WAYMARK_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WaymarkMapCanvas::selection-changed:
   *
   * The selected cards changed (waymark_map_canvas_get_selection()).
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, map_zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, map_zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-fit", NULL, map_zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-reset", NULL, map_zoom_action);
  for (guint i = 0; i < 3; i++)
    {
      static const guint in[] = { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add };
      static const guint out[] = { GDK_KEY_minus, GDK_KEY_underscore, GDK_KEY_KP_Subtract };

      gtk_widget_class_add_binding_action (widget_class, in[i], GDK_CONTROL_MASK,
                                           "map.zoom-in", NULL);
      gtk_widget_class_add_binding_action (widget_class, out[i], GDK_CONTROL_MASK,
                                           "map.zoom-out", NULL);
    }
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "map.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK,
                                       "map.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK,
                                       "map.zoom-reset", NULL);

  gtk_widget_class_set_css_name (widget_class, "mapcanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
  _waymark_map_canvas_class_init_keys (widget_class);
  _waymark_map_canvas_class_init_selection (widget_class);
  _waymark_map_canvas_class_init_clipboard (widget_class);
  _waymark_map_canvas_class_init_edit (widget_class);
}

static void
waymark_map_canvas_init (WaymarkMapCanvas *self)
{
  PangoContext *context = waymark_map_layout_create_context ();
  GtkEventController *scroll, *motion;
  GtkGesture *pan, *pinch;

  self->layout = waymark_map_layout_new (context);
  g_object_unref (context);
  self->cards = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->selection = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_dark), self, G_CONNECT_SWAPPED);
  self->high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (update_dark), self, G_CONNECT_SWAPPED);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                            GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect_object (scroll, "scroll", G_CALLBACK (on_scroll_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (motion, "enter", G_CALLBACK (on_motion_cb), self, 0);
  g_signal_connect_object (motion, "motion", G_CALLBACK (on_motion_cb), self, 0);
  g_signal_connect_object (motion, "leave", G_CALLBACK (on_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  pan = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (pan), GDK_BUTTON_MIDDLE);
  g_signal_connect_object (pan, "drag-begin", G_CALLBACK (on_pan_begin_cb), self, 0);
  g_signal_connect_object (pan, "drag-update", G_CALLBACK (on_pan_update_cb), self, 0);
  g_signal_connect_object (pan, "drag-end", G_CALLBACK (on_pan_end_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pan));

  pinch = gtk_gesture_zoom_new ();
  g_signal_connect_object (pinch, "begin", G_CALLBACK (on_pinch_begin_cb), self, 0);
  g_signal_connect_object (pinch, "scale-changed", G_CALLBACK (on_pinch_scale_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Journey map"), -1);
  _waymark_map_canvas_init_headers (self);
  _waymark_map_canvas_init_draw (self);
  _waymark_map_canvas_init_dnd (self);
  /* The canvas draws the selection. */
  g_signal_connect (self, "selection-changed", G_CALLBACK (gtk_widget_queue_draw), NULL);
  _waymark_map_canvas_init_edit (self);
}

GtkWidget *
waymark_map_canvas_new (void)
{
  return g_object_new (WAYMARK_TYPE_MAP_CANVAS, NULL);
}

WaymarkDocument *
waymark_map_canvas_get_document (WaymarkMapCanvas *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), NULL);

  return self->document;
}

void
waymark_map_canvas_set_document (WaymarkMapCanvas *self,
                                 WaymarkDocument  *document)
{
  g_return_if_fail (WAYMARK_IS_MAP_CANVAS (self));
  g_return_if_fail (document == NULL || WAYMARK_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->document, on_document_change_cb, self);
      g_signal_handlers_disconnect_by_func (self->document, on_document_changed_cb, self);
    }
  g_set_object (&self->document, document);
  if (document != NULL)
    {
      g_signal_connect_object (document, "change",
                               G_CALLBACK (on_document_change_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
    }
  self->needs_relayout = FALSE;

  self->cursor_on_cell = FALSE;
  _waymark_map_canvas_cancel_drag (self);
  g_hash_table_remove_all (self->selection);
  waymark_map_layout_set_journey (self->layout, document ? waymark_document_get_journey (document)
                                                         : NULL);
  _waymark_map_canvas_relayout (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* The layout the canvas shows: the same geometry as the exports. */
WaymarkMapLayout *
waymark_map_canvas_get_layout (WaymarkMapCanvas *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), NULL);

  return self->layout;
}

/**
 * waymark_map_canvas_get_card:
 *
 * Returns: (transfer none) (nullable): the widget of @touchpoint's card
 */
GtkWidget *
waymark_map_canvas_get_card (WaymarkMapCanvas  *self,
                             WaymarkTouchpoint *touchpoint)
{
  GtkWidget *card;
  guint index;

  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), NULL);

  /* Only the cards in sight have a widget; any other gets one now. */
  if ((card = g_hash_table_lookup (self->cards, touchpoint)) == NULL &&
      self->document != NULL && waymark_map_layout_find_card (self->layout, touchpoint, &index))
    {
      card = add_card_widget (self, touchpoint);
      waymark_map_card_widget_update (WAYMARK_MAP_CARD_WIDGET (card), self->layout, index, self->dark);
      gtk_widget_queue_allocate (GTK_WIDGET (self));
    }

  return card;
}

/* The gesture that moves cards, for tests that drive it. */
GtkGesture *
waymark_map_canvas_get_drag_gesture (WaymarkMapCanvas *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), NULL);

  return self->drag;
}

/**
 * waymark_map_canvas_get_cursor:
 * @index: (out): the focused card's index in its cell, -1 on an empty cell
 *
 * Returns: whether the keyboard focus is on the map, and where
 */
gboolean
waymark_map_canvas_get_cursor (WaymarkMapCanvas *self,
                               guint            *column,
                               guint            *band,
                               int              *index)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), FALSE);

  return _waymark_map_canvas_get_focus_place (self, column, band, index);
}

/**
 * waymark_map_canvas_get_selection:
 *
 * Returns: (transfer full) (element-type WaymarkTouchpoint): the selected
 *   touchpoints in the map's order
 */
GPtrArray *
waymark_map_canvas_get_selection (WaymarkMapCanvas *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CANVAS (self), NULL);

  return _waymark_map_canvas_get_selection (self);
}

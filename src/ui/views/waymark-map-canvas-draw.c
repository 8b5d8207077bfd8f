/* waymark-map-canvas-draw.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "waymark-map-canvas-private.h"
#include "waymark-map-card-widget.h"
#include "waymark-map-renderer.h"

/* Drawing the map on screen, fast at 2,000 cards. The canvas draws every
 * card itself (the card widgets only take the focus, the pointer and the
 * screen reader's questions), from render nodes it keeps:
 *
 * - each card's node (waymark-map-canvas-cards.c), made again only when
 *   what the card shows changes; a card that only moves is the same node
 *   under another offset;
 * - the background (lanes, grid, emotion curve, outcomes) and the stage
 *   headers, drawn again only when what they show changes (the bands'
 *   places, names, the curve's points), not after a change of one card.
 *   The background is in tiles, drawn when they first show: GL draws a
 *   cairo node whole, and the whole of a map of 500 cards (9,200 pixels
 *   high) cost the first frame half a second;
 * - only the cards that meet the visible part of the map are added.
 *
 * A frame after one change then has the same nodes as the one before but
 * for that card, so GTK's renderer redraws only the part of the window that
 * changed; a drag moves one node. */

/* What the background and the headers show, as bytes to compare: they are
 * drawn again only when these change. */
static GByteArray *
dup_background_key (WaymarkMapCanvas *self)
{
  GByteArray *key = g_byte_array_new ();
  guint n_bands = waymark_map_layout_get_n_bands (self->layout);
  guint n_columns = waymark_map_layout_get_n_columns (self->layout);
  guint n_points = waymark_map_layout_get_n_points (self->layout);
  guint n_arrows = waymark_map_layout_get_n_arrows (self->layout);
  double head[4] = {
    waymark_map_layout_get_zoom (self->layout), self->dark,
    waymark_map_layout_get_width (self->layout), waymark_map_layout_get_height (self->layout),
  };

#define APPEND(ptr, size) g_byte_array_append (key, (const guint8 *)(ptr), (size))
  APPEND (head, sizeof head);
  for (guint b = 0; b < n_bands; b++)
    {
      const WaymarkMapBand *band = waymark_map_layout_get_band (self->layout, b);

      APPEND (&band->band, sizeof band->band);
      APPEND (band->color, sizeof band->color);
      APPEND (&band->name, sizeof band->name);
      APPEND (&band->perspective_name, sizeof band->perspective_name);
      APPEND (&band->collapsed, sizeof band->collapsed);
      APPEND (&band->n_hidden, sizeof band->n_hidden);
    }
  for (guint c = 0; c < n_columns; c++)
    {
      const WaymarkMapColumn *column = waymark_map_layout_get_column (self->layout, c);

      APPEND (&column->header, sizeof column->header);
      APPEND (&column->name, sizeof column->name);
    }
  for (guint i = 0; i < n_points; i++)
    {
      const WaymarkMapPoint *p = waymark_map_layout_get_point (self->layout, i);
      double point[3] = { p->x, p->y, p->emotion };

      APPEND (point, sizeof point);
    }
  for (guint i = 0; i < n_arrows; i++)
    {
      const WaymarkMapArrow *a = waymark_map_layout_get_arrow (self->layout, i);

      APPEND (&a->label, sizeof a->label);
      APPEND (&a->label_rect, sizeof a->label_rect);
      APPEND (&a->x1, sizeof a->x1);
      APPEND (&a->x2, sizeof a->x2);
    }
#undef APPEND

  return key;
}

/* The side of a background tile, in pixels. */
#define TILE 512

static void
tile_free (gpointer tile)
{
  /* A tile that never showed was never drawn. */
  if (tile != NULL)
    gsk_render_node_unref (tile);
}

static guint
get_n_tiles (double size)
{
  return MAX ((guint)ceil (size / TILE), 1);
}

/* The background's tiles that meet @visible, each drawn when first asked. */
static void
append_background (WaymarkMapCanvas      *self,
                   GtkSnapshot           *snapshot,
                   const graphene_rect_t *visible)
{
  WaymarkMapStyle style = self->dark ? WAYMARK_MAP_STYLE_DARK : WAYMARK_MAP_STYLE_LIGHT;
  double width = MAX (waymark_map_layout_get_width (self->layout), 1);
  double height = MAX (waymark_map_layout_get_height (self->layout), 1);
  guint columns = get_n_tiles (width);
  guint rows = get_n_tiles (height);
  guint c0 = (guint)MAX (visible->origin.x / TILE, 0);
  guint r0 = (guint)MAX (visible->origin.y / TILE, 0);

  for (guint r = r0; r < rows && r * TILE < visible->origin.y + visible->size.height; r++)
    for (guint c = c0; c < columns && c * TILE < visible->origin.x + visible->size.width; c++)
      {
        GskRenderNode **tile = (GskRenderNode **)&g_ptr_array_index (self->background,
                                                                     r * columns + c);

        if (*tile == NULL)
          {
            graphene_rect_t rect = GRAPHENE_RECT_INIT (c * TILE, r * TILE,
                                                       MIN (TILE, width - c * TILE),
                                                       MIN (TILE, height - r * TILE));
            cairo_t *cr;

            *tile = gsk_cairo_node_new (&rect);
            cr = gsk_cairo_node_get_draw_context (*tile);
            waymark_map_renderer_draw (self->layout, cr, style,
                                       WAYMARK_MAP_PART_BACKGROUND | WAYMARK_MAP_PART_EMOTION);
            cairo_destroy (cr);
          }
        gtk_snapshot_append_node (snapshot, *tile);
      }
}

static void
ensure_background (WaymarkMapCanvas *self)
{
  g_autoptr(GByteArray) key = dup_background_key (self);
  WaymarkMapStyle style = waymark_map_style_get (self->dark, self->high_contrast);
  double width = waymark_map_layout_get_width (self->layout);
  double height = waymark_map_layout_get_height (self->layout);
  double header = waymark_map_layout_get_header_height (self->layout);
  cairo_t *cr;

  if (self->background != NULL && self->background_key != NULL &&
      self->background_key->len == key->len &&
      memcmp (self->background_key->data, key->data, key->len) == 0)
    return;

  g_clear_pointer (&self->background_key, g_byte_array_unref);
  self->background_key = g_steal_pointer (&key);
  g_clear_pointer (&self->background, g_ptr_array_unref);
  g_clear_pointer (&self->header_strip, gsk_render_node_unref);

  self->background = g_ptr_array_new_with_free_func (tile_free);
  g_ptr_array_set_size (self->background,
                        get_n_tiles (MAX (width, 1)) * get_n_tiles (MAX (height, 1)));

  /* The headers on a strip of the page's colour, to lay over the cards
   * that scroll under them. */
  self->header_strip = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, MAX (width, 1), MAX (header, 1)));
  cr = gsk_cairo_node_get_draw_context (self->header_strip);
  if (self->dark && self->high_contrast)
    cairo_set_source_rgb (cr, 0, 0, 0);
  else if (self->dark)
    cairo_set_source_rgb (cr, 0.141, 0.141, 0.141);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  waymark_map_renderer_draw (self->layout, cr, style, WAYMARK_MAP_PART_STAGE_HEADERS);
  cairo_destroy (cr);
}

static gboolean
rect_meets (const WaymarkMapRect  *r,
            const graphene_rect_t *visible,
            double                 margin)
{
  return r->x - margin < visible->origin.x + visible->size.width &&
         r->x + r->width + margin > visible->origin.x &&
         r->y - margin < visible->origin.y + visible->size.height &&
         r->y + r->height + margin > visible->origin.y;
}

/* The accent colour of the selection and the search, which in high contrast
 * is the text's colour, so no style hides it. */
static void
get_accent (WaymarkMapCanvas *self,
            double            rgb[3],
            gboolean         *contrast)
{
  static const double light[3] = { 0.110, 0.443, 0.847 };
  static const double dark[3] = { 0.471, 0.682, 0.929 };

  *contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  if (*contrast)
    rgb[0] = rgb[1] = rgb[2] = self->dark ? 1 : 0;
  else
    memcpy (rgb, self->dark ? dark : light, sizeof light);
}

static void
append_card_marks (WaymarkMapCanvas   *self,
                   GtkSnapshot        *snapshot,
                   const WaymarkMapCard *card,
                   gboolean            selected,
                   gboolean            match,
                   gboolean            focused)
{
  const WaymarkMapRect *r = &card->rect;
  double z = MAX (waymark_map_layout_scale (self->layout, 1.0), 0.6);
  double m = _waymark_map_canvas_card_margin (self) + 4;
  double accent[3];
  gboolean contrast;
  cairo_t *cr;

  get_accent (self, accent, &contrast);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (r->x - m, r->y - m,
                                                                 r->width + 2 * m,
                                                                 r->height + 2 * m));
  if (match && card->touchpoint == self->current_match)
    {
      /* The match the search shows (Enter, Ctrl+G): a wide solid outline
       * in the accent colour and a tint, apart from the other matches. */
      cairo_set_source_rgba (cr, accent[0], accent[1], accent[2], contrast ? 0.14 : 0.10);
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, accent[0], accent[1], accent[2]);
      cairo_set_line_width (cr, 4 * z);
      cairo_rectangle (cr, r->x - 3 * z, r->y - 3 * z, r->width + 6 * z, r->height + 6 * z);
      cairo_stroke (cr);
    }
  else if (match)
    {
      /* Another search match: a thin halo in the accent colour. */
      cairo_set_source_rgba (cr, accent[0], accent[1], accent[2], contrast ? 0.8 : 0.55);
      cairo_set_line_width (cr, 2 * z);
      cairo_rectangle (cr, r->x - 2.5 * z, r->y - 2.5 * z, r->width + 5 * z, r->height + 5 * z);
      cairo_stroke (cr);
    }
  if (selected)
    {
      cairo_set_source_rgba (cr, accent[0], accent[1], accent[2], contrast ? 0.10 : 0.16);
      cairo_rectangle (cr, r->x, r->y, r->width, r->height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, accent[0], accent[1], accent[2]);
      cairo_set_line_width (cr, (contrast ? 4 : 3) * z);
      cairo_rectangle (cr, r->x + 1.5 * z, r->y + 1.5 * z, r->width - 3 * z, r->height - 3 * z);
      cairo_stroke (cr);
    }
  if (focused)
    {
      cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.9);
      cairo_set_line_width (cr, 2.5 * z);
      cairo_rectangle (cr, r->x + 1.25, r->y + 1.25, r->width - 2.5, r->height - 2.5);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

/* The card nodes of the cards that meet @visible; the moving ones (a drag)
 * when @moving, the others when not. */
static void
append_cards (WaymarkMapCanvas      *self,
              GtkSnapshot           *snapshot,
              const graphene_rect_t *visible,
              gboolean               moving)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  guint n_columns = waymark_map_layout_get_n_columns (self->layout);
  guint n_bands = waymark_map_layout_get_n_bands (self->layout);
  double margin = _waymark_map_canvas_card_margin (self);
  WaymarkTouchpoint *focused = NULL;

  if (WAYMARK_IS_MAP_CARD_WIDGET (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self) &&
      gtk_widget_has_visible_focus (focus))
    focused = waymark_map_card_widget_get_touchpoint (WAYMARK_MAP_CARD_WIDGET (focus));

  for (guint c = 0; c < n_columns; c++)
    for (guint b = 0; b < n_bands; b++)
      {
        const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, c, b);

        /* A drag moves cards out of their cells: look at every cell then. */
        if (!self->dragging && !rect_meets (&cell->rect, visible, margin))
          continue;
        for (guint k = 0; k < cell->n_cards; k++)
          {
            guint i = cell->first_card + k;
            const WaymarkMapCard *card = waymark_map_layout_get_card (self->layout, i);
            gboolean is_moving = self->dragging && self->moving != NULL &&
                                 g_ptr_array_find (self->moving, card->touchpoint, NULL);
            gboolean selected, match;
            double dx = 0, dy = 0;

            if (is_moving != moving)
              continue;
            if (self->dragging)
              _waymark_map_canvas_get_drag_offset (self, i, &dx, &dy);
            if (!rect_meets (&(WaymarkMapRect) { card->rect.x + dx, card->rect.y + dy,
                                                 card->rect.width, card->rect.height },
                             visible, margin))
              continue;

            if (dx != 0 || dy != 0)
              {
                gtk_snapshot_save (snapshot);
                gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (dx, dy));
              }
            gtk_snapshot_append_node (snapshot, _waymark_map_canvas_get_card_node (self, i));
            selected = _waymark_map_canvas_is_selected (self, card->touchpoint);
            match = self->matches != NULL && g_hash_table_contains (self->matches, card->touchpoint);
            if (selected || match || card->touchpoint == focused)
              append_card_marks (self, snapshot, card, selected, match, card->touchpoint == focused);
            if (dx != 0 || dy != 0)
              gtk_snapshot_restore (snapshot);
          }
      }
}

static void
get_drag_marks (WaymarkMapCanvas *self,
                graphene_rect_t  *rect)
{
  graphene_rect_init (rect, 0, 0, 0, 0);
  if (self->dragging && self->drop_valid)
    {
      const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, self->drop_column,
                                                                self->drop_band);

      graphene_rect_init (rect, cell->rect.x, cell->rect.y, cell->rect.width, cell->rect.height);
    }
  if (self->banding)
    {
      double x = self->drag_start_x + self->drag_dx + self->scrolled_x;
      double y = self->drag_start_y + self->drag_dy + self->scrolled_y;
      graphene_rect_t band;

      graphene_rect_init (&band, MIN (x, self->drag_start_x), MIN (y, self->drag_start_y),
                          fabs (x - self->drag_start_x), fabs (y - self->drag_start_y));
      if (rect->size.width > 0)
        graphene_rect_union (rect, &band, rect);
      else
        *rect = band;
    }
  graphene_rect_inset (rect, -6, -6);
}

/**
 * _waymark_map_canvas_get_visible:
 *
 * The part of the map the scrolled window shows, in canvas coordinates.
 */
void
_waymark_map_canvas_get_visible (WaymarkMapCanvas *self,
                                 graphene_rect_t  *rect)
{
  double x = 0, y = 0;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->hadjustment != NULL)
    {
      x = gtk_adjustment_get_value (self->hadjustment);
      width = MIN (width - x, gtk_adjustment_get_page_size (self->hadjustment));
    }
  if (self->vadjustment != NULL)
    {
      y = gtk_adjustment_get_value (self->vadjustment);
      height = MIN (height - y, gtk_adjustment_get_page_size (self->vadjustment));
    }
  graphene_rect_init (rect, x, y, MAX (width, 1), MAX (height, 1));
}

void
_waymark_map_canvas_snapshot_map (WaymarkMapCanvas *self,
                                  GtkSnapshot      *snapshot)
{
  GtkWidget *widget = GTK_WIDGET (self);
  graphene_rect_t visible;

  _waymark_map_canvas_get_visible (self, &visible);
  self->scale_factor = gtk_widget_get_scale_factor (widget);
  ensure_background (self);

  gtk_snapshot_push_clip (snapshot, &visible);
  append_background (self, snapshot, &visible);

  if (self->cursor_on_cell && gtk_widget_has_visible_focus (widget))
    {
      const WaymarkMapCell *cell = waymark_map_layout_get_cell (self->layout, self->cursor_column,
                                                                self->cursor_band);
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot,
                                               &GRAPHENE_RECT_INIT (cell->rect.x, cell->rect.y,
                                                                    cell->rect.width,
                                                                    cell->rect.height));

      cairo_set_source_rgba (cr, 0.208, 0.518, 0.894, 0.9);
      cairo_set_line_width (cr, 2.5);
      cairo_rectangle (cr, cell->rect.x + 3, cell->rect.y + 3,
                       cell->rect.width - 6, cell->rect.height - 6);
      cairo_stroke (cr);
      cairo_destroy (cr);
    }

  /* The cards a drag carries go over the others and the drop indicator. */
  append_cards (self, snapshot, &visible, FALSE);
  if (self->dragging || self->banding)
    {
      graphene_rect_t marks;

      /* The drop indicator and the rubber band, on a node no larger than
       * they are, so that a frame of a drag redraws only around them. */
      get_drag_marks (self, &marks);
      if (graphene_rect_intersection (&marks, &visible, &marks))
        _waymark_map_canvas_snapshot_drag (self, snapshot, &marks);
    }
  if (self->dragging)
    append_cards (self, snapshot, &visible, TRUE);

  /* The stage headers over whatever scrolled under them. */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, visible.origin.y));
  gtk_snapshot_append_node (snapshot, self->header_strip);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

/* After a change of style: every node is drawn again. */
void
_waymark_map_canvas_clear_nodes (WaymarkMapCanvas *self)
{
  _waymark_map_canvas_clear_cards (self);
  g_clear_pointer (&self->background, g_ptr_array_unref);
  g_clear_pointer (&self->header_strip, gsk_render_node_unref);
  g_clear_pointer (&self->background_key, g_byte_array_unref);
}

void
_waymark_map_canvas_init_draw (WaymarkMapCanvas *self)
{
  _waymark_map_canvas_init_cards (self);
  self->lane_toggles = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
}

void
_waymark_map_canvas_finalize_draw (WaymarkMapCanvas *self)
{
  _waymark_map_canvas_clear_nodes (self);
  _waymark_map_canvas_finalize_cards (self);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  g_clear_pointer (&self->lane_toggles, g_hash_table_unref);
}

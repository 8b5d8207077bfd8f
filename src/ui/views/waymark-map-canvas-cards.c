/* waymark-map-canvas-cards.c
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
#include "waymark-map-renderer.h"

/* The cards on screen, as GTK's own render nodes: colours under rounded
 * clips for the note, text nodes for the title and the channel, and small
 * textures for the kind's icon and the face. Paper draws the same card
 * with cairo (waymark_map_renderer_draw_card()), from the same layout and
 * the same look (waymark_map_renderer_get_card_look()).
 *
 * Why not a cairo node a card: GTK's cairo renderer replays a cairo node
 * through an image of its own each time it draws it, and the GL renderer
 * rasterises it on the CPU and uploads it; at 2,000 cards that is most of
 * a zoom step and of the first frame. These nodes are drawn directly, and
 * the icons, rasterised once a size, are shared by every card.
 *
 * Each card's node is kept while what it shows stays (its size, texts,
 * kind, feeling, filter state, zoom and style); a card that only moves is
 * the same node under another offset. */

typedef struct
{
  /* What the node shows; any change draws it again. */
  double                 width;
  double                 height;
  double                 zoom;
  int                    scale_factor;
  guint                  text_generation;
  PangoLayout           *title;
  PangoLayout           *meta;
  WaymarkTouchpointKind  kind;
  int                    emotion;
  gboolean               faded;
  gboolean               compact;
  WaymarkMapStyle        style;
} CardKey;

typedef struct
{
  CardKey        key;
  GskRenderNode *node;      /* at (0, 0), the card's origin */
  double         x;
  double         y;
  GskRenderNode *placed;    /* node translated to (x, y) */
} CardNode;

/* Icons of every size a session meets: a few kinds and feelings at a few
 * zooms. More than this and the oldest sizes are no longer needed. */
#define MAX_ICONS 256

static void
card_node_free (gpointer data)
{
  CardNode *cn = data;

  g_clear_pointer (&cn->node, gsk_render_node_unref);
  g_clear_pointer (&cn->placed, gsk_render_node_unref);
  g_free (cn);
}

/* Room around a card for its shadow and strokes. */
double
_waymark_map_canvas_card_margin (WaymarkMapCanvas *self)
{
  return waymark_map_layout_scale (self->layout, 4.0) + 1;
}

/* To whole device pixels, where textures and text are sharp. */
static double
snap (double v,
      int    scale_factor)
{
  return round (v * scale_factor) / scale_factor;
}

static void
rgba_from (GdkRGBA      *rgba,
           const double  rgb[3],
           double        alpha)
{
  rgba->red = rgb[0];
  rgba->green = rgb[1];
  rgba->blue = rgb[2];
  rgba->alpha = alpha;
}

/* @rect with corners of @radius, as round as its sides allow. */
static void
init_rounded (GskRoundedRect        *rounded,
              const graphene_rect_t *rect,
              double                 radius)
{
  gsk_rounded_rect_init_from_rect (rounded, rect,
                                   MIN (radius, MIN (rect->size.width, rect->size.height) / 2));
}

static void
append_rounded (GtkSnapshot  *snapshot,
                double        x,
                double        y,
                double        width,
                double        height,
                double        radius,
                const GdkRGBA *color)
{
  GskRoundedRect rounded;
  graphene_rect_t rect = GRAPHENE_RECT_INIT (x, y, width, height);

  init_rounded (&rounded, &rect, radius);
  gtk_snapshot_push_rounded_clip (snapshot, &rounded);
  gtk_snapshot_append_color (snapshot, color, &rect);
  gtk_snapshot_pop (snapshot);
}

/* The kind's icon (@emotion G_MININT) or the face of @emotion, @size
 * units wide, as a texture rasterised once for its size in pixels. */
static GdkTexture *
get_icon (WaymarkMapCanvas      *self,
          WaymarkTouchpointKind  kind,
          int                    emotion,
          int                    pixels)
{
  guint what = emotion == G_MININT ? (guint)kind : 8 + (guint)(CLAMP (emotion, -2, 2) + 2);
  WaymarkMapStyle style = waymark_map_style_get (self->dark, self->high_contrast);
  guint key = what | (guint)MIN (pixels, 0xffff) << 8 | (guint)style << 24;
  GdkTexture *texture = g_hash_table_lookup (self->icons, GUINT_TO_POINTER (key));
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  cairo_t *cr;

  if (texture != NULL)
    return texture;

  if (g_hash_table_size (self->icons) >= MAX_ICONS)
    g_hash_table_remove_all (self->icons);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels, pixels);
  cr = cairo_create (surface);
  if (emotion == G_MININT)
    waymark_map_renderer_draw_kind_icon (cr, style, kind, 0, 0, pixels);
  else
    waymark_map_renderer_draw_face (cr, 0, 0, pixels, emotion);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is GDK's default memory format. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize)cairo_image_surface_get_stride (surface) * pixels,
                                      (GDestroyNotify)cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (pixels, pixels, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  g_hash_table_insert (self->icons, GUINT_TO_POINTER (key), texture);

  return texture;
}

static void
append_icon (WaymarkMapCanvas      *self,
             GtkSnapshot           *snapshot,
             const WaymarkMapCard  *card,
             WaymarkTouchpointKind  kind,
             int                    emotion,
             double                 x,
             double                 y,
             double                 size)
{
  int scale_factor = self->scale_factor;
  int pixels = MAX ((int)round (size * scale_factor), 1);

  /* Where the card's texture lies on whole pixels, at the card's origin. */
  x = snap (x - card->rect.x, scale_factor);
  y = snap (y - card->rect.y, scale_factor);
  gtk_snapshot_append_texture (snapshot, get_icon (self, kind, emotion, pixels),
                               &GRAPHENE_RECT_INIT (x, y, (double)pixels / scale_factor,
                                                    (double)pixels / scale_factor));
}

/* Text measured at 100 %, drawn at the zoom; too small to read, a bar a
 * line. */
static void
append_text (WaymarkMapCanvas     *self,
             GtkSnapshot          *snapshot,
             const WaymarkMapCard *card,
             PangoLayout          *text,
             const WaymarkMapRect *rect,
             const double          rgb[3],
             gboolean              greek)
{
  double x = rect->x - card->rect.x, y = rect->y - card->rect.y;
  double z = waymark_map_layout_scale (self->layout, 1.0);
  GdkRGBA color;

  if (greek && !waymark_map_renderer_text_is_readable (self->layout, text, self->scale_factor))
    {
      g_autoptr(GArray) bars = g_array_new (FALSE, FALSE, sizeof (WaymarkMapRect));

      rgba_from (&color, rgb, WAYMARK_MAP_GREEK_ALPHA);
      waymark_map_renderer_get_greek_bars (self->layout, text, x, y, bars);
      for (guint i = 0; i < bars->len; i++)
        {
          const WaymarkMapRect *bar = &g_array_index (bars, WaymarkMapRect, i);

          gtk_snapshot_append_color (snapshot, &color,
                                     &GRAPHENE_RECT_INIT (bar->x, bar->y, bar->width, bar->height));
        }
      return;
    }

  rgba_from (&color, rgb, 1);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
  gtk_snapshot_scale (snapshot, z, z);
  gtk_snapshot_append_layout (snapshot, text, &color);
  gtk_snapshot_restore (snapshot);
}

/* As waymark_map_renderer_draw_card() draws it, with the card's origin
 * at (0, 0). */
static GskRenderNode *
make_card_node (WaymarkMapCanvas     *self,
                const WaymarkMapCard *card)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  WaymarkMapStyle style = waymark_map_style_get (self->dark, self->high_contrast);
  double w = card->rect.width, h = card->rect.height;
  WaymarkMapCardLook look;
  GdkRGBA color;

  waymark_map_renderer_get_card_look (self->layout, style, card->kind, &look);

  if (waymark_map_layout_is_compact (self->layout))
    {
      double alpha = card->faded ? look.faded_alpha : 1.0;

      rgba_from (&color, look.fill, alpha);
      /* Corners under a pixel are not worth a clip each, with 2,000 cards
       * in sight. */
      if (look.compact_radius * self->scale_factor >= 1)
        append_rounded (snapshot, 0, 0, w, h, look.compact_radius, &color);
      else
        gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, w, h));
      rgba_from (&color, look.accent, alpha);
      gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, look.strip, h));
      if (card->faded)
        gtk_snapshot_push_opacity (snapshot, look.faded_alpha);
      append_text (self, snapshot, card, card->title, &card->title_rect, look.text, TRUE);
      if (card->faded)
        gtk_snapshot_pop (snapshot);

      return gtk_snapshot_free_to_node (snapshot);
    }

  if (card->faded)
    gtk_snapshot_push_opacity (snapshot, look.faded_alpha);

  /* The shadow: two notes in black, a little lower. Only their bottoms
   * show below the opaque card: each is drawn as its lowest three radii,
   * whose upper corners the card's straight sides hide (the offsets are
   * under a radius), so the rounded clips cover a strip, not the card,
   * which is most of what the GL renderer spends on a card. */
  if (look.shadow_alpha > 0)
    {
      double strip = MIN (h, 3 * look.radius);

      color = (GdkRGBA) { 0, 0, 0, look.shadow_alpha };
      append_rounded (snapshot, 0, 2 * look.zoom + h - strip, w, strip, look.radius, &color);
      append_rounded (snapshot, 0.5 * look.zoom, look.zoom + h - strip, w - look.zoom, strip,
                      look.radius, &color);
    }
  {
    GskRoundedRect rounded;
    graphene_rect_t rect = GRAPHENE_RECT_INIT (0, 0, w, h);

    init_rounded (&rounded, &rect, look.radius);
    gtk_snapshot_push_rounded_clip (snapshot, &rounded);
    rgba_from (&color, look.fill, 1);
    gtk_snapshot_append_color (snapshot, &color, &rect);
    rgba_from (&color, look.accent, 1);
    gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, look.strip, h));
    gtk_snapshot_pop (snapshot);

    /* In high contrast, an outline. */
    if (look.border[3] > 0)
      {
        double bw = look.border_width;
        float widths[4] = { bw, bw, bw, bw };
        GdkRGBA colors[4];

        rgba_from (&colors[0], look.border, look.border[3]);
        colors[1] = colors[2] = colors[3] = colors[0];
        gtk_snapshot_append_border (snapshot, &rounded, widths, colors);
      }
  }

  append_icon (self, snapshot, card, card->kind, G_MININT,
               card->icon_rect.x, card->icon_rect.y, card->icon_rect.width);
  append_text (self, snapshot, card, card->title, &card->title_rect, look.text, FALSE);
  if (card->meta != NULL)
    append_text (self, snapshot, card, card->meta, &card->meta_rect, look.meta_text, FALSE);
  if (card->emotion != WAYMARK_NO_EMOTION)
    {
      double x, y, size;

      waymark_map_card_get_face_rect (card, &x, &y, &size);
      append_icon (self, snapshot, card, card->kind, card->emotion, x, y, size);
    }

  if (card->faded)
    gtk_snapshot_pop (snapshot);

  return gtk_snapshot_free_to_node (snapshot);
}

/**
 * _waymark_map_canvas_get_card_node:
 * @index: the card's index in the layout
 *
 * Returns: (transfer none): the node of the card, at its place
 */
GskRenderNode *
_waymark_map_canvas_get_card_node (WaymarkMapCanvas *self,
                                   guint             index)
{
  const WaymarkMapCard *card = waymark_map_layout_get_card (self->layout, index);
  CardNode *cn = g_hash_table_lookup (self->card_nodes, card->touchpoint);
  int scale_factor = self->scale_factor;
  CardKey key;
  double x, y;

  memset (&key, 0, sizeof key);
  key.width = card->rect.width;
  key.height = card->rect.height;
  key.zoom = waymark_map_layout_get_zoom (self->layout);
  key.scale_factor = scale_factor;
  key.text_generation = waymark_map_layout_get_text_generation (self->layout);
  key.title = card->title;
  key.meta = card->meta;
  key.kind = card->kind;
  key.emotion = card->emotion;
  key.faded = card->faded;
  key.compact = waymark_map_layout_is_compact (self->layout);
  key.style = waymark_map_style_get (self->dark, self->high_contrast);

  if (cn == NULL)
    {
      cn = g_new0 (CardNode, 1);
      g_hash_table_insert (self->card_nodes, g_object_ref (card->touchpoint), cn);
    }

  if (cn->node == NULL || memcmp (&cn->key, &key, sizeof key) != 0)
    {
      g_clear_pointer (&cn->node, gsk_render_node_unref);
      g_clear_pointer (&cn->placed, gsk_render_node_unref);
      cn->key = key;
      cn->node = make_card_node (self, card);
    }

  x = snap (card->rect.x, scale_factor);
  y = snap (card->rect.y, scale_factor);
  if (cn->placed == NULL || cn->x != x || cn->y != y)
    {
      g_clear_pointer (&cn->placed, gsk_render_node_unref);
      cn->x = x;
      cn->y = y;
      cn->placed = gsk_transform_node_new (cn->node,
                                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (x, y)));
    }

  return cn->placed;
}

/* Nodes of touchpoints no longer on the map go; called after a layout. */
void
_waymark_map_canvas_prune_nodes (WaymarkMapCanvas *self)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->card_nodes);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!waymark_map_layout_find_card (self->layout, key, NULL))
      g_hash_table_iter_remove (&iter);
}

void
_waymark_map_canvas_init_cards (WaymarkMapCanvas *self)
{
  self->card_nodes = g_hash_table_new_full (NULL, NULL, g_object_unref, card_node_free);
  self->icons = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->scale_factor = 1;
}

/* After a change of style, or when the canvas goes: every card is drawn
 * again. */
void
_waymark_map_canvas_clear_cards (WaymarkMapCanvas *self)
{
  if (self->card_nodes != NULL)
    g_hash_table_remove_all (self->card_nodes);
  if (self->icons != NULL)
    g_hash_table_remove_all (self->icons);
}

void
_waymark_map_canvas_finalize_cards (WaymarkMapCanvas *self)
{
  g_clear_pointer (&self->card_nodes, g_hash_table_unref);
  g_clear_pointer (&self->icons, g_hash_table_unref);
}

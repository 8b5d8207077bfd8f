/* waymark-map-renderer.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

#include "waymark-map-renderer.h"

/* Draws a WaymarkMapLayout onto any cairo context: the canvas on screen,
 * PDF, PNG and SVG pages. Every position comes from the layout, so all of
 * them show the same map; only the colours differ between the light and the
 * dark style. Cards look like sticky notes: a pale fill and an accent strip
 * in the colour of their kind, the kind's icon, the channel and a face for
 * the emotion. */

typedef struct
{
  double background[3];
  double stage_fill[2][3];   /* alternating chevrons */
  double stage_text[3];
  double lane_text[3];
  double muted[3];
  double band_mix;           /* how much of the background shows through a lane's colour */
  double gutter[4];
  double emotion_fill[3];
  double emotion_line[4];
  double curve[3];
  double card_text[3];
  double card_meta[3];       /* the channel under the title */
  double card_fill[5][3];    /* by WaymarkTouchpointKind */
  double card_accent[5][3];
  double shadow_alpha;
  double card_border[4];     /* an outline around each card; none when clear */
  double hairline[4];        /* between lanes of one group */
  double curve_width;        /* at 100 % */
} Palette;

/* The notes' colours, the same in a style and its high contrast one; in
 * high contrast the accent strips are darker. */
#define LIGHT_CARD_FILL { \
    [WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT] = { 1.000, 0.973, 0.761 }, \
    [WAYMARK_TOUCHPOINT_KIND_DECISION] = { 0.918, 0.898, 1.000 }, \
    [WAYMARK_TOUCHPOINT_KIND_PAIN] = { 1.000, 0.890, 0.890 }, \
    [WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY] = { 0.863, 0.961, 0.890 }, \
  }
#define DARK_CARD_FILL { \
    [WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT] = { 0.976, 0.910, 0.580 }, \
    [WAYMARK_TOUCHPOINT_KIND_DECISION] = { 0.835, 0.800, 0.976 }, \
    [WAYMARK_TOUCHPOINT_KIND_PAIN] = { 0.976, 0.765, 0.765 }, \
    [WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY] = { 0.741, 0.922, 0.800 }, \
  }
#define HIGH_CONTRAST_CARD_ACCENT { \
    [WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT] = { 0.690, 0.459, 0.000 }, \
    [WAYMARK_TOUCHPOINT_KIND_DECISION] = { 0.447, 0.153, 0.549 }, \
    [WAYMARK_TOUCHPOINT_KIND_PAIN] = { 0.698, 0.047, 0.082 }, \
    [WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY] = { 0.063, 0.431, 0.263 }, \
  }

static const Palette palettes[] = {
  [WAYMARK_MAP_STYLE_LIGHT] = {
    .background = { 1, 1, 1 },
    .stage_fill = { { 0.208, 0.322, 0.486 }, { 0.267, 0.400, 0.580 } },
    .stage_text = { 1, 1, 1 },
    .lane_text = { 0.141, 0.141, 0.161 },
    .muted = { 0.369, 0.361, 0.392 },
    .band_mix = 0.0,
    .gutter = { 1, 1, 1, 0.85 },
    .emotion_fill = { 0.965, 0.961, 0.957 },
    .emotion_line = { 0, 0, 0, 0.12 },
    .curve = { 0.110, 0.443, 0.847 },
    .card_text = { 0.118, 0.118, 0.118 },
    .card_meta = { 0.337, 0.329, 0.357 },
    .card_fill = LIGHT_CARD_FILL,
    .card_accent = {
      [WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT] = { 0.898, 0.647, 0.039 },
      [WAYMARK_TOUCHPOINT_KIND_DECISION] = { 0.569, 0.255, 0.675 },
      [WAYMARK_TOUCHPOINT_KIND_PAIN] = { 0.878, 0.106, 0.141 },
      [WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY] = { 0.149, 0.635, 0.412 },
    },
    .shadow_alpha = 0.16,
    .hairline = { 0, 0, 0, 0.10 },
    .curve_width = 2.5,
  },
  [WAYMARK_MAP_STYLE_DARK] = {
    .background = { 0.141, 0.141, 0.141 },
    .stage_fill = { { 0.149, 0.247, 0.400 }, { 0.196, 0.302, 0.463 } },
    .stage_text = { 1, 1, 1 },
    .lane_text = { 0.953, 0.953, 0.953 },
    .muted = { 0.753, 0.749, 0.737 },
    .band_mix = 0.82,
    .gutter = { 0.141, 0.141, 0.141, 0.85 },
    .emotion_fill = { 0.188, 0.188, 0.188 },
    .emotion_line = { 1, 1, 1, 0.14 },
    .curve = { 0.471, 0.682, 0.929 },
    .card_text = { 0.118, 0.118, 0.118 },
    .card_meta = { 0.337, 0.329, 0.357 },
    .card_fill = DARK_CARD_FILL,
    .card_accent = {
      [WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT] = { 0.773, 0.525, 0.000 },
      [WAYMARK_TOUCHPOINT_KIND_DECISION] = { 0.471, 0.188, 0.580 },
      [WAYMARK_TOUCHPOINT_KIND_PAIN] = { 0.753, 0.059, 0.090 },
      [WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY] = { 0.098, 0.498, 0.310 },
    },
    .shadow_alpha = 0.45,
    .hairline = { 0, 0, 0, 0.10 },
    .curve_width = 2.5,
  },
  [WAYMARK_MAP_STYLE_HIGH_CONTRAST] = {
    .background = { 1, 1, 1 },
    .stage_fill = { { 0.118, 0.200, 0.341 }, { 0.176, 0.275, 0.427 } },
    .stage_text = { 1, 1, 1 },
    .lane_text = { 0, 0, 0 },
    .muted = { 0.180, 0.176, 0.196 },
    .band_mix = 0.35,
    .gutter = { 0, 0, 0, 0.55 },
    .emotion_fill = { 1, 1, 1 },
    .emotion_line = { 0, 0, 0, 0.35 },
    .curve = { 0.000, 0.227, 0.553 },
    .card_text = { 0, 0, 0 },
    .card_meta = { 0.157, 0.153, 0.173 },
    .card_fill = LIGHT_CARD_FILL,
    .card_accent = HIGH_CONTRAST_CARD_ACCENT,
    .shadow_alpha = 0,
    .card_border = { 0, 0, 0, 0.85 },
    .hairline = { 0, 0, 0, 0.55 },
    .curve_width = 3.5,
  },
  [WAYMARK_MAP_STYLE_HIGH_CONTRAST_DARK] = {
    .background = { 0, 0, 0 },
    .stage_fill = { { 0.149, 0.247, 0.400 }, { 0.196, 0.302, 0.463 } },
    .stage_text = { 1, 1, 1 },
    .lane_text = { 1, 1, 1 },
    .muted = { 0.878, 0.875, 0.867 },
    .band_mix = 0.82,
    .gutter = { 1, 1, 1, 0.55 },
    .emotion_fill = { 0, 0, 0 },
    .emotion_line = { 1, 1, 1, 0.40 },
    .curve = { 0.620, 0.792, 1.000 },
    .card_text = { 0, 0, 0 },
    .card_meta = { 0.157, 0.153, 0.173 },
    .card_fill = DARK_CARD_FILL,
    .card_accent = HIGH_CONTRAST_CARD_ACCENT,
    .shadow_alpha = 0,
    .card_border = { 1, 1, 1, 0.9 },
    .hairline = { 1, 1, 1, 0.55 },
    .curve_width = 3.5,
  },
};

/* Perspective stripes at the left of the lane headers. */
static const double perspective_colors[][3] = {
  [WAYMARK_PERSPECTIVE_CUSTOMER] = { 0.902, 0.380, 0.000 },
  [WAYMARK_PERSPECTIVE_COMPANY] = { 0.110, 0.443, 0.847 },
  [WAYMARK_PERSPECTIVE_OTHER] = { 0.467, 0.463, 0.482 },
};

/* -2 .. +2 */
static const double emotion_colors[][3] = {
  { 0.878, 0.106, 0.141 },
  { 1.000, 0.471, 0.000 },
  { 0.604, 0.600, 0.588 },
  { 0.420, 0.788, 0.376 },
  { 0.149, 0.635, 0.412 },
};

/* How much of a card a filter leaves. */
#define FADED_ALPHA 0.28

static const cairo_user_data_key_t text_func_key;

typedef struct
{
  WaymarkMapTextFunc func;
  gpointer           user_data;
  double             alpha;   /* of the card being drawn */
} TextSink;

static const Palette *
get_palette (WaymarkMapStyle style)
{
  return &palettes[MIN ((guint)style, G_N_ELEMENTS (palettes) - 1)];
}

/**
 * waymark_map_style_get:
 *
 * Returns: the style to draw the map in on a screen in the dark and the
 *   high contrast styles, or neither
 */
WaymarkMapStyle
waymark_map_style_get (gboolean dark,
                       gboolean high_contrast)
{
  if (high_contrast)
    return dark ? WAYMARK_MAP_STYLE_HIGH_CONTRAST_DARK : WAYMARK_MAP_STYLE_HIGH_CONTRAST;

  return dark ? WAYMARK_MAP_STYLE_DARK : WAYMARK_MAP_STYLE_LIGHT;
}

/* The alpha of the card being drawn on a surface that keeps text as text
 * (SVG). Cairo 1.16's SVG surface leaks memory for each group painted, so
 * there a faded card is drawn piece by piece in its alpha instead of as a
 * group painted with it. */
static double
get_fade (cairo_t *cr)
{
  TextSink *sink = cairo_get_user_data (cr, &text_func_key);

  return sink != NULL ? sink->alpha : 1.0;
}

static void
set_rgb (cairo_t      *cr,
         const double  rgb[3])
{
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], get_fade (cr));
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  r = MIN (r, MIN (w, h) / 2);
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static gboolean
rect_visible (cairo_t              *cr,
              const WaymarkMapRect *rect)
{
  double x1, y1, x2, y2;

  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);

  return rect->x < x2 && rect->x + rect->width > x1 &&
         rect->y < y2 && rect->y + rect->height > y1;
}

/* The text of one line as drawn: an ellipsized last line ends in "…"
 * instead of the text it hides. */
static char *
dup_line_text (PangoLayout     *layout,
               PangoLayoutLine *line,
               gboolean         last)
{
  const char *text = pango_layout_get_text (layout);
  GSList *runs;

  if (!last || !pango_layout_is_ellipsized (layout) || line->runs == NULL)
    return g_strndup (text + line->start_index, line->length);

  /* With PANGO_ELLIPSIZE_END the ellipsis is the last run. */
  for (runs = line->runs; runs->next; runs = runs->next)
    ;
  {
    PangoGlyphItem *run = runs->data;
    int end = run->item->offset - line->start_index;

    return g_strdup_printf ("%.*s…", MAX (end, 0), text + line->start_index);
  }
}

/* The layout's text is measured at 100 %: it is drawn scaled by the zoom,
 * which cairo rasterises at the size on the surface. */
static void
draw_text (cairo_t          *cr,
           WaymarkMapLayout *map,
           PangoLayout      *layout,
           double            x,
           double            y,
           const double      rgb[3])
{
  TextSink *sink = cairo_get_user_data (cr, &text_func_key);
  double z = waymark_map_layout_scale (map, 1.0);

  if (sink != NULL)
    {
      PangoLayoutIter *iter = pango_layout_get_iter (layout);
      double rgba[4] = { rgb[0], rgb[1], rgb[2], sink->alpha };
      guint n = pango_layout_get_line_count (layout);
      guint i = 0;

      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          PangoRectangle logical;
          g_autofree char *text = dup_line_text (layout, line, ++i == n);

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          sink->func (cr, line, text,
                      x + z * logical.x / PANGO_SCALE,
                      y + z * pango_layout_iter_get_baseline (iter) / PANGO_SCALE,
                      rgba, sink->user_data);
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      return;
    }

  set_rgb (cr, rgb);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, z, z);
  cairo_move_to (cr, 0, 0);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/**
 * waymark_map_renderer_text_is_readable:
 * @device_scale: device pixels a unit of the surface
 *
 * Text under 4 device pixels is drawn as a bar a line instead
 * (waymark_map_renderer_get_greek_bars()).
 */
gboolean
waymark_map_renderer_text_is_readable (WaymarkMapLayout *map,
                                       PangoLayout      *layout,
                                       double            device_scale)
{
  double z = waymark_map_layout_scale (map, 1.0);
  double size = z * pango_font_description_get_size (pango_layout_get_font_description (layout)) / PANGO_SCALE;

  return size * device_scale >= 4;
}

/**
 * waymark_map_renderer_get_greek_bars:
 * @bars: (element-type WaymarkMapRect): where to add one bar a line of
 *   @layout drawn at @x, @y
 *
 * The shape of text too small to read, at a fraction of the cost.
 */
void
waymark_map_renderer_get_greek_bars (WaymarkMapLayout *map,
                                     PangoLayout      *layout,
                                     double            x,
                                     double            y,
                                     GArray           *bars)
{
  double z = waymark_map_layout_scale (map, 1.0);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;
      WaymarkMapRect bar;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bar.x = x + z * logical.x / PANGO_SCALE;
      bar.y = y + z * (logical.y + logical.height * 0.25) / PANGO_SCALE;
      bar.width = z * logical.width / PANGO_SCALE;
      bar.height = z * logical.height * 0.5 / PANGO_SCALE;
      g_array_append_val (bars, bar);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static gboolean
draw_text_greeked (cairo_t          *cr,
                   WaymarkMapLayout *map,
                   PangoLayout      *layout,
                   double            x,
                   double            y,
                   const double      rgb[3])
{
  g_autoptr(GArray) bars = NULL;
  double dx = 1, dy = 0;

  cairo_user_to_device_distance (cr, &dx, &dy);
  if (waymark_map_renderer_text_is_readable (map, layout, hypot (dx, dy)) ||
      cairo_get_user_data (cr, &text_func_key) != NULL)
    return FALSE;

  bars = g_array_new (FALSE, FALSE, sizeof (WaymarkMapRect));
  waymark_map_renderer_get_greek_bars (map, layout, x, y, bars);
  cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], WAYMARK_MAP_GREEK_ALPHA);
  for (guint i = 0; i < bars->len; i++)
    {
      const WaymarkMapRect *bar = &g_array_index (bars, WaymarkMapRect, i);

      cairo_rectangle (cr, bar->x, bar->y, bar->width, bar->height);
    }
  cairo_fill (cr);

  return TRUE;
}

/* At the zoom. */
static void
layout_size (WaymarkMapLayout *map,
             PangoLayout      *layout,
             double           *width,
             double           *height)
{
  PangoRectangle logical;
  double z = waymark_map_layout_scale (map, 1.0);

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = z * logical.width / PANGO_SCALE;
  if (height)
    *height = z * logical.height / PANGO_SCALE;
}

static void
draw_kind_icon (cairo_t                *cr,
                WaymarkTouchpointKind   kind,
                const WaymarkMapRect   *r,
                const double            accent[3],
                const double            fill[3])
{
  double s = r->width, cx = r->x + s / 2, cy = r->y + s / 2;

  /* Text leaves a current point, which an arc would join with a line. */
  cairo_new_path (cr);
  set_rgb (cr, accent);
  switch (kind)
    {
    case WAYMARK_TOUCHPOINT_KIND_DECISION:
      cairo_move_to (cr, cx, r->y + s * 0.06);
      cairo_line_to (cr, r->x + s * 0.94, cy);
      cairo_line_to (cr, cx, r->y + s * 0.94);
      cairo_line_to (cr, r->x + s * 0.06, cy);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case WAYMARK_TOUCHPOINT_KIND_PAIN:
      cairo_move_to (cr, cx, r->y + s * 0.06);
      cairo_line_to (cr, r->x + s * 0.98, r->y + s * 0.92);
      cairo_line_to (cr, r->x + s * 0.02, r->y + s * 0.92);
      cairo_close_path (cr);
      cairo_fill (cr);
      set_rgb (cr, fill);
      cairo_set_line_width (cr, s * 0.13);
      cairo_move_to (cr, cx, r->y + s * 0.36);
      cairo_line_to (cr, cx, r->y + s * 0.64);
      cairo_stroke (cr);
      cairo_arc (cr, cx, r->y + s * 0.78, s * 0.07, 0, 2 * G_PI);
      cairo_fill (cr);
      break;

    case WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY:
      for (int i = 0; i < 10; i++)
        {
          double angle = -G_PI / 2 + i * G_PI / 5;
          double radius = (i % 2 ? 0.21 : 0.5) * s;

          cairo_line_to (cr, cx + radius * cos (angle), cy + 0.04 * s + radius * sin (angle));
        }
      cairo_close_path (cr);
      cairo_fill (cr);
      break;

    case WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT:
    case WAYMARK_TOUCHPOINT_KIND_UNSET:
    default:
      cairo_set_line_width (cr, s * 0.13);
      cairo_arc (cr, cx, cy, s * 0.36, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy, s * 0.14, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    }
}

/**
 * waymark_map_renderer_draw_face:
 * @x: the left of the face's square
 * @y: its top
 * @size: its side
 * @emotion: -2 .. +2
 *
 * A round face in the emotion's colour whose mouth bends with it.
 */
void
waymark_map_renderer_draw_face (cairo_t *cr,
                                double   x,
                                double   y,
                                double   size,
                                int      emotion)
{
  const double *rgb = emotion_colors[CLAMP (emotion, -2, 2) + 2];
  double r = size / 2, cx = x + r, cy = y + r;

  cairo_save (cr);
  cairo_new_path (cr);
  set_rgb (cr, rgb);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_fill (cr);

  cairo_set_source_rgba (cr, 1, 1, 1, get_fade (cr));
  cairo_arc (cr, cx - r * 0.36, cy - r * 0.22, r * 0.13, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_arc (cr, cx + r * 0.36, cy - r * 0.22, r * 0.13, 0, 2 * G_PI);
  cairo_fill (cr);

  /* The mouth bends with the feeling. */
  cairo_set_line_width (cr, r * 0.16);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, cx - r * 0.45, cy + r * 0.35);
  cairo_curve_to (cr,
                  cx - r * 0.2, cy + r * (0.35 + 0.18 * emotion),
                  cx + r * 0.2, cy + r * (0.35 + 0.18 * emotion),
                  cx + r * 0.45, cy + r * 0.35);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * waymark_map_renderer_get_card_look:
 *
 * The colours and the lengths of a card of @kind at the layout's zoom: the
 * renderer draws cards with them, and so does the canvas with GTK's nodes.
 */
void
waymark_map_renderer_get_card_look (WaymarkMapLayout      *layout,
                                    WaymarkMapStyle        style,
                                    WaymarkTouchpointKind  kind,
                                    WaymarkMapCardLook    *look)
{
  const Palette *palette = get_palette (style);
  double z = waymark_map_layout_scale (layout, 1.0);

  if (kind >= G_N_ELEMENTS (palette->card_fill) || kind == WAYMARK_TOUCHPOINT_KIND_UNSET)
    kind = WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT;
  memcpy (look->fill, palette->card_fill[kind], sizeof look->fill);
  memcpy (look->accent, palette->card_accent[kind], sizeof look->accent);
  memcpy (look->text, palette->card_text, sizeof look->text);
  memcpy (look->meta_text, palette->card_meta, sizeof look->meta_text);
  memcpy (look->border, palette->card_border, sizeof look->border);
  look->border_width = MAX (1.5 * z, 1.0);
  look->shadow_alpha = palette->shadow_alpha / 2;
  look->faded_alpha = FADED_ALPHA;
  look->radius = 5 * z;
  look->compact_radius = 3 * z;
  look->strip = 5 * z;
  look->zoom = z;
}

/* A card's note without its text: a soft shadow (two offset notes), the
 * fill of its kind and the accent strip at its left. */
static void
draw_note (cairo_t                  *cr,
           const WaymarkMapCardLook *look,
           const WaymarkMapRect     *r)
{
  double z = look->zoom;

  if (look->shadow_alpha > 0)
    {
      cairo_set_source_rgba (cr, 0, 0, 0, look->shadow_alpha * get_fade (cr));
      rounded_rect (cr, r->x, r->y + 2 * z, r->width, r->height, look->radius);
      cairo_fill (cr);
      rounded_rect (cr, r->x + 0.5 * z, r->y + 1 * z, r->width - z, r->height, look->radius);
      cairo_fill (cr);
    }

  rounded_rect (cr, r->x, r->y, r->width, r->height, look->radius);
  set_rgb (cr, look->fill);
  cairo_fill_preserve (cr);
  cairo_save (cr);
  cairo_clip (cr);
  set_rgb (cr, look->accent);
  cairo_rectangle (cr, r->x, r->y, look->strip, r->height);
  cairo_fill (cr);
  cairo_restore (cr);

  /* In high contrast, an outline: a pale card on a pale lane is lost. */
  if (look->border[3] > 0)
    {
      double w = look->border_width;

      rounded_rect (cr, r->x + w / 2, r->y + w / 2, r->width - w, r->height - w, look->radius);
      cairo_set_source_rgba (cr, look->border[0], look->border[1], look->border[2],
                             look->border[3] * get_fade (cr));
      cairo_set_line_width (cr, w);
      cairo_stroke (cr);
    }
}

/**
 * waymark_map_renderer_draw_card:
 * @card: the index of the card in @layout
 *
 * Draws one card where the layout puts it; the canvas translates first to
 * draw it into its own widget.
 */
void
waymark_map_renderer_draw_card (WaymarkMapLayout *layout,
                                cairo_t          *cr,
                                WaymarkMapStyle   style,
                                guint             card)
{
  TextSink *sink = cairo_get_user_data (cr, &text_func_key);
  const WaymarkMapCard *c;
  const WaymarkMapRect *r;
  WaymarkMapCardLook look;

  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (layout));
  g_return_if_fail (card < waymark_map_layout_get_n_cards (layout));

  c = waymark_map_layout_get_card (layout, card);
  r = &c->rect;
  waymark_map_renderer_get_card_look (layout, style, c->kind, &look);

  cairo_save (cr);
  if (waymark_map_layout_is_compact (layout))
    {
      /* Small: the note and one line of its title, faded by its alpha. */
      double alpha = c->faded ? look.faded_alpha : 1.0;

      rounded_rect (cr, r->x, r->y, r->width, r->height, look.compact_radius);
      cairo_set_source_rgba (cr, look.fill[0], look.fill[1], look.fill[2], alpha);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, look.accent[0], look.accent[1], look.accent[2], alpha);
      cairo_rectangle (cr, r->x, r->y, look.strip, r->height);
      cairo_fill (cr);
      if (sink != NULL)
        sink->alpha = alpha;
      if (c->faded && sink == NULL)
        cairo_push_group (cr);
      if (!draw_text_greeked (cr, layout, c->title, c->title_rect.x, c->title_rect.y, look.text))
        draw_text (cr, layout, c->title, c->title_rect.x, c->title_rect.y, look.text);
      if (c->faded && sink == NULL)
        {
          cairo_pop_group_to_source (cr);
          cairo_paint_with_alpha (cr, look.faded_alpha);
        }
      if (sink != NULL)
        sink->alpha = 1.0;
      cairo_restore (cr);
      return;
    }
  if (c->faded && sink == NULL)
    cairo_push_group (cr);
  if (sink != NULL && c->faded)
    sink->alpha = look.faded_alpha;

  draw_note (cr, &look, r);
  draw_kind_icon (cr, c->kind, &c->icon_rect, look.accent, look.fill);
  draw_text (cr, layout, c->title, c->title_rect.x, c->title_rect.y, look.text);
  if (c->meta != NULL)
    draw_text (cr, layout, c->meta, c->meta_rect.x, c->meta_rect.y, look.meta_text);
  if (c->emotion != WAYMARK_NO_EMOTION)
    {
      double x, y, size;

      waymark_map_card_get_face_rect (c, &x, &y, &size);
      waymark_map_renderer_draw_face (cr, x, y, size, c->emotion);
    }

  if (c->faded && sink == NULL)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, look.faded_alpha);
    }
  if (sink != NULL)
    sink->alpha = 1.0;
  cairo_restore (cr);
}

/**
 * waymark_map_renderer_draw_stage_header:
 * @column: the index of the stage's column
 *
 * A chevron with the stage's name, pointing to the next stage.
 */
void
waymark_map_renderer_draw_stage_header (WaymarkMapLayout *layout,
                                        cairo_t          *cr,
                                        WaymarkMapStyle   style,
                                        guint             column)
{
  const Palette *palette = get_palette (style);
  const WaymarkMapColumn *col;
  const WaymarkMapRect *r;
  double z, tip, top, bottom, text_w, text_h;

  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (layout));
  g_return_if_fail (column < waymark_map_layout_get_n_columns (layout));

  col = waymark_map_layout_get_column (layout, column);
  r = &col->header;
  z = waymark_map_layout_scale (layout, 1.0);
  tip = 14 * z;
  top = r->y + 6 * z;
  bottom = r->y + r->height - 6 * z;

  cairo_save (cr);
  cairo_move_to (cr, r->x + 2 * z, top);
  cairo_line_to (cr, r->x + r->width - tip, top);
  cairo_line_to (cr, r->x + r->width, (top + bottom) / 2);
  cairo_line_to (cr, r->x + r->width - tip, bottom);
  cairo_line_to (cr, r->x + 2 * z, bottom);
  if (column > 0)
    cairo_line_to (cr, r->x + 2 * z + tip, (top + bottom) / 2);
  cairo_close_path (cr);
  set_rgb (cr, palette->stage_fill[column % 2]);
  cairo_fill (cr);

  layout_size (layout, col->name, &text_w, &text_h);
  draw_text (cr, layout, col->name,
             r->x + (r->width - text_w) / 2 + (column > 0 ? tip / 2 : 0) - tip / 4,
             (top + bottom - text_h) / 2, palette->stage_text);
  cairo_restore (cr);
}

static void
draw_background (WaymarkMapLayout *layout,
                 cairo_t          *cr,
                 const Palette    *palette)
{
  guint n_bands = waymark_map_layout_get_n_bands (layout);
  guint n_columns = waymark_map_layout_get_n_columns (layout);
  double z = waymark_map_layout_scale (layout, 1.0);

  set_rgb (cr, palette->background);
  cairo_rectangle (cr, 0, 0, waymark_map_layout_get_width (layout),
                   waymark_map_layout_get_height (layout));
  cairo_fill (cr);

  for (guint b = 0; b < n_bands; b++)
    {
      const WaymarkMapBand *band = waymark_map_layout_get_band (layout, b);
      const WaymarkMapRect *h = &band->header;
      double mix = palette->band_mix;
      double rgb[3];
      double name_h;

      for (guint i = 0; i < 3; i++)
        rgb[i] = band->color[i] * (1 - mix) + palette->background[i] * mix;

      set_rgb (cr, rgb);
      cairo_rectangle (cr, band->band.x, band->band.y, band->band.width, band->band.height);
      cairo_fill (cr);

      /* The header a shade deeper than its band, with the perspective's
       * stripe. */
      cairo_set_source_rgba (cr, 0, 0, 0, 0.06);
      cairo_rectangle (cr, h->x, h->y, h->width, h->height);
      cairo_fill (cr);
      set_rgb (cr, perspective_colors[MIN (band->perspective, WAYMARK_PERSPECTIVE_OTHER)]);
      cairo_rectangle (cr, h->x, h->y, 5 * z, h->height);
      cairo_fill (cr);

      layout_size (layout, band->name, NULL, &name_h);
      draw_text (cr, layout, band->name, h->x + 14 * z, h->y + 10 * z, palette->lane_text);
      /* A collapsed lane says what it hides; "Customer" under a lane named
       * Customer says nothing new. */
      if (band->collapsed)
        {
          g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u touchpoint",
                                                                 "%u touchpoints", band->n_hidden),
                                                    band->n_hidden);

          draw_text (cr, layout,
                     waymark_map_layout_get_text (layout, WAYMARK_MAP_FONT_META, count,
                                                  h->width - 24 * z, 1),
                     h->x + 14 * z, h->y + 12 * z + name_h, palette->muted);
        }
      else if (g_utf8_collate (pango_layout_get_text (band->name),
                          pango_layout_get_text (band->perspective_name)) != 0)
        draw_text (cr, layout, band->perspective_name, h->x + 14 * z, h->y + 12 * z + name_h,
                   palette->muted);

      /* A hairline between lanes of one group. */
      if (b > 0 && !band->starts_group)
        {
          cairo_set_source_rgba (cr, palette->hairline[0], palette->hairline[1],
                                 palette->hairline[2], palette->hairline[3]);
          cairo_rectangle (cr, band->band.x, band->band.y, band->band.width, MAX (z, 0.5));
          cairo_fill (cr);
        }
    }

  /* Gutters between the stage columns. */
  cairo_set_source_rgba (cr, palette->gutter[0], palette->gutter[1], palette->gutter[2],
                         palette->gutter[3]);
  for (guint c = 0; c < n_columns; c++)
    {
      const WaymarkMapColumn *col = waymark_map_layout_get_column (layout, c);

      for (guint b = 0; b < n_bands; b++)
        {
          const WaymarkMapBand *band = waymark_map_layout_get_band (layout, b);

          cairo_rectangle (cr, col->header.x - z, band->band.y, 2 * z, band->band.height);
        }
    }
  cairo_fill (cr);
}

static void
draw_emotion (WaymarkMapLayout *layout,
              cairo_t          *cr,
              const Palette    *palette)
{
  const WaymarkMapRect *band = waymark_map_layout_get_emotion_band (layout);
  const WaymarkMapRect *header = waymark_map_layout_get_emotion_header (layout);
  static const char *labels[] = { "−2", "−1", "0", "+1", "+2" };
  double z = waymark_map_layout_scale (layout, 1.0);
  guint n = waymark_map_layout_get_n_points (layout);
  PangoLayout *title;

  set_rgb (cr, palette->emotion_fill);
  cairo_rectangle (cr, band->x, band->y, band->width, band->height);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.06);
  cairo_rectangle (cr, header->x, header->y, header->width, header->height);
  cairo_fill (cr);
  set_rgb (cr, perspective_colors[WAYMARK_PERSPECTIVE_CUSTOMER]);
  cairo_rectangle (cr, header->x, header->y, 5 * z, header->height);
  cairo_fill (cr);

  title = waymark_map_layout_get_text (layout, WAYMARK_MAP_FONT_LANE,
                                       _("Emotion"), header->width - 60 * z, 2);
  draw_text (cr, layout, title, header->x + 14 * z, header->y + 10 * z, palette->lane_text);

  for (int e = -2; e <= 2; e++)
    {
      PangoLayout *label = waymark_map_layout_get_text (layout, WAYMARK_MAP_FONT_SCALE,
                                                        labels[e + 2], 0, 1);
      double y = waymark_map_layout_get_emotion_y (layout, e);
      double w, h;

      layout_size (layout, label, &w, &h);
      draw_text (cr, layout, label, header->x + header->width - 10 * z - w, y - h / 2, palette->muted);

      cairo_set_source_rgba (cr, palette->emotion_line[0], palette->emotion_line[1],
                             palette->emotion_line[2], palette->emotion_line[3] * (e == 0 ? 2 : 1));
      cairo_set_line_width (cr, MAX (z, 0.5));
      if (e != 0)
        cairo_set_dash (cr, (const double[]) { 4 * z, 4 * z }, 2, 0);
      cairo_move_to (cr, header->x + header->width, y);
      cairo_line_to (cr, band->x + band->width, y);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  if (n == 0)
    return;

  /* A smooth line through the points (Catmull-Rom as Bézier curves). */
  set_rgb (cr, palette->curve);
  cairo_set_line_width (cr, palette->curve_width * z);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      const WaymarkMapPoint *p1 = waymark_map_layout_get_point (layout, i);

      if (i == 0)
        {
          cairo_move_to (cr, p1->x, p1->y);
        }
      else
        {
          const WaymarkMapPoint *p0 = waymark_map_layout_get_point (layout, i > 1 ? i - 2 : 0);
          const WaymarkMapPoint *pa = waymark_map_layout_get_point (layout, i - 1);
          const WaymarkMapPoint *p3 = waymark_map_layout_get_point (layout, MIN (i + 1, n - 1));

          double lo = MIN (pa->y, p1->y), hi = MAX (pa->y, p1->y);

          /* Control points kept between the two feelings: the curve never
           * shows a high or a low no one had. */
          cairo_curve_to (cr,
                          pa->x + (p1->x - p0->x) / 6,
                          CLAMP (pa->y + (p1->y - p0->y) / 6, lo, hi),
                          p1->x - (p3->x - pa->x) / 6,
                          CLAMP (p1->y - (p3->y - pa->y) / 6, lo, hi),
                          p1->x, p1->y);
        }
    }
  cairo_stroke (cr);

  for (guint i = 0; i < n; i++)
    {
      const WaymarkMapPoint *p = waymark_map_layout_get_point (layout, i);

      cairo_arc (cr, p->x, p->y, 6 * z, 0, 2 * G_PI);
      set_rgb (cr, palette->background);
      cairo_fill_preserve (cr);
      set_rgb (cr, emotion_colors[CLAMP (p->emotion, -2, 2) + 2]);
      cairo_set_line_width (cr, 3 * z);
      cairo_stroke (cr);
    }
}

/* Where an outcome leads: a dot on its stage, a line, an arrowhead on the
 * next stage, the label above the line. */
static void
draw_outcomes (WaymarkMapLayout *layout,
               cairo_t          *cr,
               const Palette    *palette)
{
  const WaymarkMapRect *band = waymark_map_layout_get_outcomes_band (layout);
  const WaymarkMapRect *header = waymark_map_layout_get_outcomes_header (layout);
  guint n = waymark_map_layout_get_n_arrows (layout);
  double z = waymark_map_layout_scale (layout, 1.0);
  PangoLayout *title;

  if (n == 0 || !rect_visible (cr, band))
    return;

  set_rgb (cr, palette->emotion_fill);
  cairo_rectangle (cr, band->x, band->y, band->width, band->height);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.06);
  cairo_rectangle (cr, header->x, header->y, header->width, header->height);
  cairo_fill (cr);
  set_rgb (cr, perspective_colors[WAYMARK_PERSPECTIVE_OTHER]);
  cairo_rectangle (cr, header->x, header->y, 5 * z, header->height);
  cairo_fill (cr);

  title = waymark_map_layout_get_text (layout, WAYMARK_MAP_FONT_LANE,
                                       _("Outcomes"), header->width - 24 * z, 2);
  draw_text (cr, layout, title, header->x + 14 * z, header->y + 10 * z, palette->lane_text);

  for (guint i = 0; i < n; i++)
    {
      const WaymarkMapArrow *a = waymark_map_layout_get_arrow (layout, i);
      double dir = a->x2 >= a->x1 ? 1 : -1;
      double head = 7 * z;

      set_rgb (cr, palette->muted);
      cairo_set_line_width (cr, 1.5 * z);
      cairo_new_path (cr);
      cairo_arc (cr, a->x1, a->line_y, 3 * z, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_move_to (cr, a->x1, a->line_y);
      cairo_line_to (cr, a->x2 - dir * head, a->line_y);
      cairo_stroke (cr);
      cairo_move_to (cr, a->x2, a->line_y);
      cairo_line_to (cr, a->x2 - dir * head, a->line_y - head / 2);
      cairo_line_to (cr, a->x2 - dir * head, a->line_y + head / 2);
      cairo_close_path (cr);
      cairo_fill (cr);

      draw_text (cr, layout, a->label, a->label_rect.x, a->label_rect.y, palette->lane_text);
    }
}

/**
 * waymark_map_renderer_draw:
 * @parts: what to draw
 *
 * Draws the map in layout units from (0, 0); scale and translate @cr first
 * for a page. Only what meets @cr's clip is drawn.
 */
void
waymark_map_renderer_draw (WaymarkMapLayout *layout,
                           cairo_t          *cr,
                           WaymarkMapStyle   style,
                           WaymarkMapParts   parts)
{
  const Palette *palette = get_palette (style);

  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (layout));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  if (parts & WAYMARK_MAP_PART_BACKGROUND)
    {
      draw_background (layout, cr, palette);
      draw_outcomes (layout, cr, palette);
    }
  if (parts & WAYMARK_MAP_PART_EMOTION)
    draw_emotion (layout, cr, palette);
  if (parts & WAYMARK_MAP_PART_CARDS)
    {
      guint n = waymark_map_layout_get_n_cards (layout);

      for (guint i = 0; i < n; i++)
        if (rect_visible (cr, &waymark_map_layout_get_card (layout, i)->rect))
          waymark_map_renderer_draw_card (layout, cr, style, i);
    }
  if (parts & WAYMARK_MAP_PART_STAGE_HEADERS)
    {
      guint n = waymark_map_layout_get_n_columns (layout);

      for (guint i = 0; i < n; i++)
        if (rect_visible (cr, &waymark_map_layout_get_column (layout, i)->header))
          waymark_map_renderer_draw_stage_header (layout, cr, style, i);
    }
  cairo_restore (cr);
}

/**
 * waymark_map_renderer_set_text_func:
 * @func: (nullable): called for each line of text instead of drawing it
 *
 * For surfaces that keep text as text: the SVG export draws the shapes with
 * cairo and writes the text itself.
 */
void
waymark_map_renderer_set_text_func (cairo_t            *cr,
                                    WaymarkMapTextFunc  func,
                                    gpointer            user_data)
{
  TextSink *sink = NULL;

  g_return_if_fail (cr != NULL);

  if (func != NULL)
    {
      sink = g_new0 (TextSink, 1);
      sink->func = func;
      sink->user_data = user_data;
      sink->alpha = 1.0;
    }
  cairo_set_user_data (cr, &text_func_key, sink, g_free);
}

/**
 * waymark_map_renderer_draw_kind_icon:
 *
 * The icon of @kind, as the cards show it, in a square of @size at @x, @y:
 * for a palette or a legend.
 */
void
waymark_map_renderer_draw_kind_icon (cairo_t               *cr,
                                     WaymarkMapStyle        style,
                                     WaymarkTouchpointKind  kind,
                                     double                 x,
                                     double                 y,
                                     double                 size)
{
  const Palette *palette = get_palette (style);
  WaymarkMapRect r = { x, y, size, size };

  if (kind == WAYMARK_TOUCHPOINT_KIND_UNSET)
    kind = WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT;
  cairo_save (cr);
  draw_kind_icon (cr, kind, &r, palette->card_accent[kind], palette->card_fill[kind]);
  cairo_restore (cr);
}

/**
 * waymark_map_renderer_draw_new_card:
 * @rect: where, in layout units
 *
 * A card of @kind without text, for the card a drag from the palette
 * carries before it is one.
 */
void
waymark_map_renderer_draw_new_card (WaymarkMapLayout      *layout,
                                    cairo_t               *cr,
                                    WaymarkMapStyle        style,
                                    WaymarkTouchpointKind  kind,
                                    const WaymarkMapRect  *rect)
{
  double z = waymark_map_layout_scale (layout, 1.0);
  double icon = waymark_map_layout_scale (layout, 16.0);
  WaymarkMapCardLook look;

  g_return_if_fail (WAYMARK_IS_MAP_LAYOUT (layout));

  if (kind == WAYMARK_TOUCHPOINT_KIND_UNSET)
    kind = WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT;
  waymark_map_renderer_get_card_look (layout, style, kind, &look);
  cairo_save (cr);
  draw_note (cr, &look, rect);
  waymark_map_renderer_draw_kind_icon (cr, style, kind, rect->x + rect->width - icon - 9 * z,
                                       rect->y + 9 * z, icon);
  cairo_restore (cr);
}

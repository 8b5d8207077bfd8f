/* waymark-map-renderer.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "waymark-map-layout.h"

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_MAP_STYLE_LIGHT,
  WAYMARK_MAP_STYLE_DARK,
  /* The high contrast style's: a dark outline around each card, firm lines
   * between lanes and stages, darker secondary text, a heavier curve. */
  WAYMARK_MAP_STYLE_HIGH_CONTRAST,
  WAYMARK_MAP_STYLE_HIGH_CONTRAST_DARK,
} WaymarkMapStyle;

WaymarkMapStyle waymark_map_style_get (gboolean dark,
                                       gboolean high_contrast);

/* What to draw: the canvas draws the cards as widgets of their own and the
 * stage headers where they stick; paper draws everything. */
typedef enum /*< flags >*/
{
  WAYMARK_MAP_PART_BACKGROUND    = 1 << 0,  /* lane bands, lane headers, grid,
                                             * the outcomes' arrows */
  WAYMARK_MAP_PART_STAGE_HEADERS = 1 << 1,
  WAYMARK_MAP_PART_CARDS         = 1 << 2,
  WAYMARK_MAP_PART_EMOTION       = 1 << 3,  /* the band, its scale and the curve */
  WAYMARK_MAP_PART_ALL           = 0xf,
} WaymarkMapParts;

/* Where each piece of text was drawn, for surfaces that keep text as text
 * (SVG): @x, @y is the baseline's start of one line in user space. */
typedef void (*WaymarkMapTextFunc) (cairo_t              *cr,
                                    PangoLayoutLine      *line,
                                    const char           *text,
                                    double                x,
                                    double                y,
                                    const double          rgba[4],
                                    gpointer              user_data);

/* How a card looks at a layout's zoom (waymark_map_renderer_get_card_look()). */
typedef struct
{
  double fill[3];
  double accent[3];       /* the strip at its left and its icon */
  double text[3];
  double meta_text[3];    /* the channel */
  double border[4];       /* an outline, in high contrast; none when clear */
  double border_width;
  double shadow_alpha;    /* of each of the two shadow notes, in black */
  double faded_alpha;     /* of a card a filter leaves out */
  double radius;
  double compact_radius;  /* below 50 % */
  double strip;           /* the accent strip's width */
  double zoom;
} WaymarkMapCardLook;

/* The alpha of the bars drawn for text too small to read. */
#define WAYMARK_MAP_GREEK_ALPHA 0.55

void waymark_map_renderer_draw              (WaymarkMapLayout *layout,
                                             cairo_t          *cr,
                                             WaymarkMapStyle   style,
                                             WaymarkMapParts   parts);
void waymark_map_renderer_draw_card         (WaymarkMapLayout *layout,
                                             cairo_t          *cr,
                                             WaymarkMapStyle   style,
                                             guint             card);
void waymark_map_renderer_draw_stage_header (WaymarkMapLayout *layout,
                                             cairo_t          *cr,
                                             WaymarkMapStyle   style,
                                             guint             column);
void waymark_map_renderer_draw_kind_icon    (cairo_t          *cr,
                                             WaymarkMapStyle   style,
                                             WaymarkTouchpointKind kind,
                                             double            x,
                                             double            y,
                                             double            size);
void waymark_map_renderer_draw_new_card     (WaymarkMapLayout *layout,
                                             cairo_t          *cr,
                                             WaymarkMapStyle   style,
                                             WaymarkTouchpointKind kind,
                                             const WaymarkMapRect *rect);
void waymark_map_renderer_draw_face         (cairo_t          *cr,
                                             double            x,
                                             double            y,
                                             double            size,
                                             int               emotion);
void waymark_map_renderer_get_card_look     (WaymarkMapLayout *layout,
                                             WaymarkMapStyle   style,
                                             WaymarkTouchpointKind kind,
                                             WaymarkMapCardLook *look);
gboolean waymark_map_renderer_text_is_readable (WaymarkMapLayout *map,
                                                PangoLayout      *layout,
                                                double            device_scale);
void waymark_map_renderer_get_greek_bars    (WaymarkMapLayout *map,
                                             PangoLayout      *layout,
                                             double            x,
                                             double            y,
                                             GArray           *bars);
void waymark_map_renderer_set_text_func     (cairo_t          *cr,
                                             WaymarkMapTextFunc func,
                                             gpointer          user_data);

G_END_DECLS

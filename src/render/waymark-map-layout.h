/* waymark-map-layout.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "waymark-journey.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MAP_LAYOUT (waymark_map_layout_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMapLayout, waymark_map_layout, WAYMARK, MAP_LAYOUT, GObject)

/* Geometry is in layout units: pixels on screen at the layout's zoom, points
 * on paper before the page's scale. */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} WaymarkMapRect;

/* What to lay out a text with; each has its own size at the zoom. */
typedef enum
{
  WAYMARK_MAP_FONT_STAGE,
  WAYMARK_MAP_FONT_LANE,
  WAYMARK_MAP_FONT_TITLE,
  WAYMARK_MAP_FONT_META,
  WAYMARK_MAP_FONT_SCALE,
  WAYMARK_MAP_N_FONTS,
} WaymarkMapFont;

typedef struct
{
  WaymarkStage   *stage;
  WaymarkMapRect  header;        /* the stage's name above the lanes */
  WaymarkMapRect  body;          /* the column below the header, every lane */
  PangoLayout    *name;
} WaymarkMapColumn;

typedef struct
{
  WaymarkLane        *lane;
  WaymarkPerspective  perspective;
  WaymarkMapRect      header;    /* the lane's name left of the stages */
  WaymarkMapRect      band;      /* across every stage */
  double              color[3];  /* the lane's colour, or one for its perspective */
  gboolean            starts_group; /* first lane after a change of perspective */
  gboolean            collapsed; /* shown as its header only */
  guint               n_hidden;  /* the cards a collapsed lane does not show */
  PangoLayout        *name;
  PangoLayout        *perspective_name;
} WaymarkMapBand;

typedef struct
{
  guint           column;
  guint           band;
  WaymarkMapRect  rect;
  guint           first_card;    /* index into the cards */
  guint           n_cards;
} WaymarkMapCell;

typedef struct
{
  WaymarkTouchpoint     *touchpoint;
  WaymarkTouchpointKind  kind;   /* UNSET is drawn as TOUCHPOINT */
  guint                  column;
  guint                  band;
  guint                  index;  /* position in its cell */
  WaymarkMapRect         rect;
  WaymarkMapRect         title_rect;
  WaymarkMapRect         meta_rect;  /* channel and emotion, under the title */
  WaymarkMapRect         icon_rect;  /* the kind's icon, top right */
  PangoLayout           *title;
  PangoLayout           *meta;   /* NULL without a channel */
  int                    emotion;    /* WAYMARK_NO_EMOTION when none */
  gboolean               faded;  /* left out by a filter */
} WaymarkMapCard;

typedef struct
{
  double x;
  double y;
  int    emotion;
  guint  card;   /* G_MAXUINT for a card of a collapsed lane */
} WaymarkMapPoint;

/* An outcome that leads to a stage, below the emotion band: from the middle
 * of its stage's column (@x1) to the middle of the next stage's (@x2),
 * right to left for a step back; within the column for its own stage. */
typedef struct
{
  WaymarkOutcome *outcome;
  guint           from;          /* columns */
  guint           to;
  double          x1;
  double          x2;
  double          line_y;
  WaymarkMapRect  label_rect;    /* above the line */
  PangoLayout    *label;         /* “Hired 30 % → Expand” */
} WaymarkMapArrow;

PangoContext         *waymark_map_layout_create_context     (void);
WaymarkMapLayout     *waymark_map_layout_new                (PangoContext     *context);
WaymarkMapLayout     *waymark_map_layout_new_for_journey    (WaymarkJourney   *journey);
PangoContext         *waymark_map_layout_get_context        (WaymarkMapLayout *self);
WaymarkJourney       *waymark_map_layout_get_journey        (WaymarkMapLayout *self);
void                  waymark_map_layout_set_journey        (WaymarkMapLayout *self,
                                                             WaymarkJourney   *journey);
double                waymark_map_layout_get_zoom           (WaymarkMapLayout *self);
void                  waymark_map_layout_set_zoom           (WaymarkMapLayout *self,
                                                             double            zoom);
const char           *waymark_map_layout_get_persona        (WaymarkMapLayout *self);
void                  waymark_map_layout_set_persona        (WaymarkMapLayout *self,
                                                             const char       *persona_id);
const char           *waymark_map_layout_get_channel        (WaymarkMapLayout *self);
void                  waymark_map_layout_set_channel        (WaymarkMapLayout *self,
                                                             const char       *channel_id);
gboolean              waymark_map_layout_get_lane_collapsed (WaymarkMapLayout *self,
                                                             WaymarkLane      *lane);
void                  waymark_map_layout_set_lane_collapsed (WaymarkMapLayout *self,
                                                             WaymarkLane      *lane,
                                                             gboolean          collapsed);
void                  waymark_map_layout_copy_view          (WaymarkMapLayout *self,
                                                             WaymarkMapLayout *view);
gboolean              waymark_map_layout_set_drop_room      (WaymarkMapLayout *self,
                                                             guint             column,
                                                             guint             band,
                                                             double            room);
gboolean              waymark_map_layout_is_compact         (WaymarkMapLayout *self);
void                  waymark_map_layout_invalidate         (WaymarkMapLayout *self);
void                  waymark_map_layout_update             (WaymarkMapLayout *self);

double                waymark_map_layout_get_width          (WaymarkMapLayout *self);
double                waymark_map_layout_get_height         (WaymarkMapLayout *self);
double                waymark_map_layout_get_header_height  (WaymarkMapLayout *self);
double                waymark_map_layout_get_header_width   (WaymarkMapLayout *self);
double                waymark_map_layout_get_font_size      (WaymarkMapLayout *self,
                                                             WaymarkMapFont    font);
double                waymark_map_layout_get_min_font_size  (WaymarkMapLayout *self);
PangoLayout          *waymark_map_layout_get_text           (WaymarkMapLayout *self,
                                                             WaymarkMapFont    font,
                                                             const char       *text,
                                                             double            width,
                                                             int               max_lines);
double                waymark_map_layout_scale              (WaymarkMapLayout *self,
                                                             double            length);

guint                 waymark_map_layout_get_n_columns      (WaymarkMapLayout *self);
const WaymarkMapColumn *waymark_map_layout_get_column       (WaymarkMapLayout *self,
                                                             guint             column);
guint                 waymark_map_layout_get_n_bands        (WaymarkMapLayout *self);
const WaymarkMapBand *waymark_map_layout_get_band           (WaymarkMapLayout *self,
                                                             guint             band);
const WaymarkMapCell *waymark_map_layout_get_cell           (WaymarkMapLayout *self,
                                                             guint             column,
                                                             guint             band);
guint                 waymark_map_layout_get_n_cards        (WaymarkMapLayout *self);
guint                 waymark_map_layout_get_text_generation (WaymarkMapLayout *self);
void                  waymark_map_card_get_face_rect        (const WaymarkMapCard *card,
                                                             double           *x,
                                                             double           *y,
                                                             double           *size);
const WaymarkMapCard *waymark_map_layout_get_card           (WaymarkMapLayout *self,
                                                             guint             card);
gboolean              waymark_map_layout_find_card          (WaymarkMapLayout *self,
                                                             WaymarkTouchpoint *touchpoint,
                                                             guint            *card);

const WaymarkMapRect *waymark_map_layout_get_emotion_header (WaymarkMapLayout *self);
const WaymarkMapRect *waymark_map_layout_get_emotion_band   (WaymarkMapLayout *self);
double                waymark_map_layout_get_emotion_y      (WaymarkMapLayout *self,
                                                             int               emotion);
const WaymarkMapRect *waymark_map_layout_get_outcomes_header (WaymarkMapLayout *self);
const WaymarkMapRect *waymark_map_layout_get_outcomes_band  (WaymarkMapLayout *self);
guint                 waymark_map_layout_get_n_arrows       (WaymarkMapLayout *self);
const WaymarkMapArrow *waymark_map_layout_get_arrow         (WaymarkMapLayout *self,
                                                             guint             arrow);
guint                 waymark_map_layout_get_n_points       (WaymarkMapLayout *self);
const WaymarkMapPoint *waymark_map_layout_get_point         (WaymarkMapLayout *self,
                                                             guint             point);

gboolean              waymark_map_layout_cell_at            (WaymarkMapLayout *self,
                                                             double            x,
                                                             double            y,
                                                             guint            *column,
                                                             guint            *band);
guint                 waymark_map_layout_drop_index         (WaymarkMapLayout *self,
                                                             guint             column,
                                                             guint             band,
                                                             double            y);
double                waymark_map_layout_drop_y             (WaymarkMapLayout *self,
                                                             guint             column,
                                                             guint             band,
                                                             guint             index);

G_END_DECLS

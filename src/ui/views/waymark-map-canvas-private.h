/* waymark-map-canvas-private.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-map-canvas.h"

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_MAP_SELECT_REPLACE,   /* the card alone, or none */
  WAYMARK_MAP_SELECT_ADD,
  WAYMARK_MAP_SELECT_TOGGLE,
} WaymarkMapSelectMode;

struct _WaymarkMapCanvas
{
  GtkWidget          parent_instance;

  WaymarkDocument   *document;
  WaymarkMapLayout  *layout;
  GHashTable        *cards;          /* WaymarkTouchpoint -> its card widget */
  GHashTable        *selection;      /* the selected WaymarkTouchpoints */
  gboolean           dark;
  gboolean           high_contrast;
  gboolean           needs_relayout;  /* a change since the last layout concerns the map */

  /* The place of the keyboard focus when it is on a cell without a card. */
  gboolean           cursor_on_cell;
  guint              cursor_column;
  guint              cursor_band;

  /* The primary button's gesture: a click selects, a drag from a card
   * moves the selection, a drag from an empty place draws a rubber band. */
  GtkGesture        *drag;
  WaymarkTouchpoint *dragged;        /* the card under the press */
  GPtrArray         *moving;         /* the cards the drag carries, in map order */
  GdkModifierType    press_state;
  double             drag_start_x;
  double             drag_start_y;
  double             drag_dx;
  double             drag_dy;
  double             scrolled_x;     /* auto-scrolled since the last motion */
  double             scrolled_y;
  guint              autoscroll_id;
  gboolean           pressed;        /* a press on the canvas, not yet a drag */
  gboolean           dragging;       /* cards follow the pointer */
  gboolean           banding;        /* a rubber band follows the pointer */
  GPtrArray         *band_base;      /* the selection a Ctrl rubber band adds to */
  gboolean           drop_valid;
  guint              drop_column;
  guint              drop_band;
  guint              drop_index;     /* counted with the moving cards in place */
  gboolean           drop_found;     /* the target is of the pointer at: */
  double             drop_x;
  double             drop_y;
  gboolean           adding;         /* the drag carries a new card from the palette */
  WaymarkTouchpointKind new_kind;

  /* The stage and lane headers (waymark-map-canvas-headers.c). */
  GHashTable        *headers;        /* WaymarkStage or WaymarkLane -> its WaymarkMapHeader */
  GtkWidget         *add_stage;
  GtkWidget         *add_lane;
  GtkWidget         *rename_entry;
  WaymarkItem       *renamed;
  struct _WaymarkMapHeader *header_pressed;
  gboolean           header_dragging;
  guint              header_target;

  GtkIMContext      *im;             /* what typing on an empty cell goes through */

  /* Where Shift+Insert was pressed, for the palette's buttons. */
  gboolean           insert_place_valid;
  guint              insert_column;
  guint              insert_band;
  int                insert_index;

  GtkAdjustment     *vadjustment;    /* the scrolled window's, for the sticky headers */

  /* Drawing (waymark-map-canvas-draw.c): the render nodes kept between
   * frames, and what the view highlights. */
  GtkAdjustment     *hadjustment;
  GHashTable        *card_nodes;     /* WaymarkTouchpoint -> its node and what it shows */
  GHashTable        *icons;          /* kind or feeling, size, style -> GdkTexture */
  int                scale_factor;   /* the widget's, read once a frame */
  GPtrArray         *background;     /* its tiles, row by row; NULL until shown */
  GskRenderNode     *header_strip;   /* the stage headers drawn, to lay at the top */
  GByteArray        *background_key; /* what the background shows */
  GHashTable        *matches;        /* the WaymarkTouchpoints the search found */
  WaymarkTouchpoint *current_match;  /* of them, the one shown; not a reference */
  GHashTable        *lane_toggles;   /* WaymarkLane -> its collapse button */
  graphene_rect_t    synced;         /* what was shown when the card widgets were made */
  guint              sync_id;        /* an idle that makes them match again */
  double             pan_x;          /* where a middle-button pan started */
  double             pan_y;
  double             pinch_zoom;     /* the zoom when a pinch started */
  gboolean           pointer_in;     /* the pointer over the canvas, */
  double             pointer_x;      /* there in the scrolled window */
  double             pointer_y;
};

/* waymark-map-canvas.c */
void     _waymark_map_canvas_relayout        (WaymarkMapCanvas  *self);
void     _waymark_map_canvas_focus_place     (WaymarkMapCanvas  *self,
                                              guint              column,
                                              guint              band,
                                              int                index);
void     _waymark_map_canvas_set_zoom        (WaymarkMapCanvas  *self,
                                              double             zoom);
gboolean _waymark_map_canvas_get_focus_place (WaymarkMapCanvas  *self,
                                              guint             *column,
                                              guint             *band,
                                              int               *index);

/* waymark-map-canvas-clipboard.c */
void       _waymark_map_canvas_class_init_clipboard (GtkWidgetClass *widget_class);

/* waymark-map-canvas-draw.c */
void       _waymark_map_canvas_init_draw     (WaymarkMapCanvas  *self);
void       _waymark_map_canvas_finalize_draw (WaymarkMapCanvas  *self);
void       _waymark_map_canvas_snapshot_map  (WaymarkMapCanvas  *self,
                                              GtkSnapshot       *snapshot);
void       _waymark_map_canvas_get_visible   (WaymarkMapCanvas  *self,
                                              graphene_rect_t   *rect);
void       _waymark_map_canvas_clear_nodes   (WaymarkMapCanvas  *self);

/* waymark-map-canvas-cards.c */
void       _waymark_map_canvas_init_cards     (WaymarkMapCanvas *self);
void       _waymark_map_canvas_clear_cards    (WaymarkMapCanvas *self);
void       _waymark_map_canvas_finalize_cards (WaymarkMapCanvas *self);
GskRenderNode *_waymark_map_canvas_get_card_node (WaymarkMapCanvas *self,
                                                  guint             index);
double     _waymark_map_canvas_card_margin    (WaymarkMapCanvas *self);
void       _waymark_map_canvas_prune_nodes    (WaymarkMapCanvas *self);

/* waymark-map-canvas-meeting.c */
void       _waymark_map_canvas_sync_lane_toggles     (WaymarkMapCanvas *self);
void       _waymark_map_canvas_allocate_lane_toggles (WaymarkMapCanvas *self);

/* waymark-map-canvas-edit.c */
void       _waymark_map_canvas_init_edit     (WaymarkMapCanvas  *self);
void       _waymark_map_canvas_class_init_edit (GtkWidgetClass  *widget_class);
GtkWidget *_waymark_map_canvas_double_click  (WaymarkMapCanvas  *self,
                                              double             x,
                                              double             y);
void       _waymark_map_canvas_reveal        (WaymarkMapCanvas  *self,
                                              WaymarkTouchpoint *touchpoint);
void       _waymark_map_canvas_grab_focus_on_cell (WaymarkMapCanvas *self,
                                                   guint             column,
                                                   guint             band);
GtkWidget *_waymark_map_canvas_type_card     (WaymarkMapCanvas  *self,
                                              const char        *text);

/* waymark-map-canvas-dnd.c */
void     _waymark_map_canvas_init_dnd        (WaymarkMapCanvas      *self);
const WaymarkMapCard *_waymark_map_canvas_card_at (WaymarkMapCanvas *self,
                                                   double            x,
                                                   double            y);
void     _waymark_map_canvas_cancel_drag     (WaymarkMapCanvas      *self);
void     _waymark_map_canvas_get_drag_offset (WaymarkMapCanvas      *self,
                                              guint                  card,
                                              double                *dx,
                                              double                *dy);
gboolean _waymark_map_canvas_is_moving       (WaymarkMapCanvas      *self,
                                              GtkWidget             *child);
void     _waymark_map_canvas_snapshot_drag   (WaymarkMapCanvas      *self,
                                              GtkSnapshot           *snapshot,
                                              const graphene_rect_t *visible);
void     _waymark_map_canvas_click           (WaymarkMapCanvas      *self,
                                              double                 x,
                                              double                 y,
                                              GdkModifierType        state);
void     _waymark_map_canvas_begin_new_card  (WaymarkMapCanvas      *self,
                                              WaymarkTouchpointKind  kind);
void     _waymark_map_canvas_move_new_card   (WaymarkMapCanvas      *self,
                                              double                 x,
                                              double                 y);
WaymarkTouchpoint *_waymark_map_canvas_drop_new_card (WaymarkMapCanvas *self);
WaymarkTouchpoint *_waymark_map_canvas_insert_kind   (WaymarkMapCanvas      *self,
                                                      WaymarkTouchpointKind  kind);
void     _waymark_map_canvas_remember_place  (WaymarkMapCanvas      *self);
void     _waymark_map_canvas_return_focus    (WaymarkMapCanvas      *self);
void     _waymark_map_canvas_class_init_keys (GtkWidgetClass        *widget_class);
void     _waymark_map_add_arrow_bindings     (GtkWidgetClass        *widget_class,
                                              GdkModifierType        modifiers,
                                              const char            *action);
void     _waymark_map_canvas_move_card       (WaymarkMapCanvas  *self,
                                              WaymarkTouchpoint *touchpoint,
                                              guint              column,
                                              guint              band,
                                              guint              index);

/* waymark-map-canvas-headers.c */
struct _WaymarkMapHeader;
void     _waymark_map_canvas_init_headers       (WaymarkMapCanvas         *self);
void     _waymark_map_canvas_dispose_headers    (WaymarkMapCanvas         *self);
void     _waymark_map_canvas_finalize_headers   (WaymarkMapCanvas         *self);
void     _waymark_map_canvas_sync_headers       (WaymarkMapCanvas         *self);
int      _waymark_map_canvas_get_header_room    (WaymarkMapCanvas         *self,
                                                 GtkOrientation            orientation);
void     _waymark_map_canvas_allocate_headers   (WaymarkMapCanvas         *self);
gboolean _waymark_map_canvas_is_header_child    (WaymarkMapCanvas         *self,
                                                 GtkWidget                *child);
gboolean _waymark_map_canvas_is_on_control      (WaymarkMapCanvas         *self,
                                                 double                    x,
                                                 double                    y);
void     _waymark_map_canvas_snapshot_headers   (WaymarkMapCanvas         *self,
                                                 GtkSnapshot              *snapshot,
                                                 const graphene_rect_t    *visible);
struct _WaymarkMapHeader *_waymark_map_canvas_header_at (WaymarkMapCanvas *self,
                                                         double            x,
                                                         double            y);
void     _waymark_map_canvas_header_drag_begin  (WaymarkMapCanvas         *self,
                                                 struct _WaymarkMapHeader *header);
void     _waymark_map_canvas_header_drag_update (WaymarkMapCanvas         *self,
                                                 double                    x,
                                                 double                    y);
void     _waymark_map_canvas_header_drag_end    (WaymarkMapCanvas         *self,
                                                 gboolean                  drop);
void     _waymark_map_canvas_move_header        (WaymarkMapCanvas         *self,
                                                 struct _WaymarkMapHeader *header,
                                                 guint                     to);
void     _waymark_map_canvas_header_focus_move  (WaymarkMapCanvas         *self,
                                                 struct _WaymarkMapHeader *header,
                                                 int                       dx,
                                                 int                       dy);
void     _waymark_map_canvas_rename_header      (WaymarkMapCanvas         *self,
                                                 struct _WaymarkMapHeader *header);
void     _waymark_map_canvas_end_rename         (WaymarkMapCanvas         *self,
                                                 gboolean                  keep);

/* waymark-map-canvas-selection.c */
GPtrArray *_waymark_map_canvas_get_selection        (WaymarkMapCanvas     *self);
gboolean   _waymark_map_canvas_is_selected          (WaymarkMapCanvas     *self,
                                                     WaymarkTouchpoint    *touchpoint);
void       _waymark_map_canvas_select               (WaymarkMapCanvas     *self,
                                                     WaymarkTouchpoint    *touchpoint,
                                                     WaymarkMapSelectMode  mode);
void       _waymark_map_canvas_select_all           (WaymarkMapCanvas     *self,
                                                     GPtrArray            *touchpoints,
                                                     gboolean              add);
void       _waymark_map_canvas_prune_selection      (WaymarkMapCanvas     *self);
GPtrArray *_waymark_map_canvas_dup_cards_in         (WaymarkMapCanvas     *self,
                                                     double                x1,
                                                     double                y1,
                                                     double                x2,
                                                     double                y2);
void       _waymark_map_canvas_class_init_selection (GtkWidgetClass       *widget_class);

G_END_DECLS

/* waymark-gap-grid.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_GAP_EMPTY,              /* neither side is there */
  WAYMARK_GAP_COVERED,            /* the customer and the company */
  WAYMARK_GAP_MISSED,             /* the customer only: the company is absent */
  WAYMARK_GAP_WASTE,              /* the company only: no customer is there */
} WaymarkGapKind;

/* One stage on one channel. */
typedef struct
{
  guint           n_customer;     /* touchpoints in lanes of the customer */
  guint           n_company;      /* touchpoints in lanes of the company */
  WaymarkGapKind  kind;
  GPtrArray      *touchpoints;    /* every touchpoint here, lanes of
                                   * perspective "other" too, in the lanes'
                                   * order and each lane's cell order */
} WaymarkGapCell;

typedef struct _WaymarkGapGrid WaymarkGapGrid;

WaymarkGapGrid       *waymark_gap_grid_new              (WaymarkJourney *journey);
void                  waymark_gap_grid_free             (WaymarkGapGrid *self);
guint                 waymark_gap_grid_get_n_stages     (WaymarkGapGrid *self);
guint                 waymark_gap_grid_get_n_columns    (WaymarkGapGrid *self);
WaymarkStage         *waymark_gap_grid_get_stage        (WaymarkGapGrid *self,
                                                         guint           row);
WaymarkChannel       *waymark_gap_grid_get_channel      (WaymarkGapGrid *self,
                                                         guint           column);
const char           *waymark_gap_grid_get_column_title (WaymarkGapGrid *self,
                                                         guint           column);
const WaymarkGapCell *waymark_gap_grid_get_cell         (WaymarkGapGrid *self,
                                                         guint           row,
                                                         guint           column);
guint                 waymark_gap_grid_count            (WaymarkGapGrid *self,
                                                         guint           row,
                                                         WaymarkGapKind  kind);
char                 *waymark_gap_grid_dup_missed_message (WaymarkGapGrid *self,
                                                           guint           row);
const char           *waymark_gap_kind_get_title        (WaymarkGapKind  kind);
const char           *waymark_gap_kind_get_meaning      (WaymarkGapKind  kind);
const char           *waymark_gap_kind_to_string        (WaymarkGapKind  kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkGapGrid, waymark_gap_grid_free)

G_END_DECLS

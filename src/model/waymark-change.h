/* waymark-change.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CHANGE (waymark_change_get_type ())

typedef enum
{
  WAYMARK_CHANGE_PROPERTY,
  WAYMARK_CHANGE_INSERTED,
  WAYMARK_CHANGE_REMOVED,
  WAYMARK_CHANGE_MOVED,
  WAYMARK_CHANGE_MATRIX_CELL,
} WaymarkChangeKind;

/**
 * WaymarkChange:
 * @kind: what happened
 * @item: the item that changed, was inserted, removed or moved; for a
 *   matrix cell, its assignment
 * @list: inserted and removed (and a matrix cell that was): the list
 * @position: where in @list, at the moment of the change
 * @property: a property change: the property's name ("label" after a
 *   rename); %NULL otherwise
 * @old_stage: a touchpoint's move: the cell it left (nullable, when the
 *   stage or lane no longer exists)
 * @old_lane: see @old_stage
 * @new_stage: a touchpoint's move: the cell it entered
 * @new_lane: see @new_stage
 * @row: a matrix cell: its row (a stage, handoff or activity; nullable)
 * @role: a matrix cell: its role (nullable)
 *
 * One change to a document's journey, as WaymarkDocument::change reports
 * it. A touchpoint's move is one change with both cells (the renumbering
 * of the cells follows as property changes of "order"); a change of the
 * accountability matrix is a matrix-cell change, whether its assignment
 * was added, changed or removed.
 */
typedef struct
{
  WaymarkChangeKind  kind;
  WaymarkItem       *item;
  GListModel        *list;
  guint              position;
  const char        *property;
  WaymarkStage      *old_stage;
  WaymarkLane       *old_lane;
  WaymarkStage      *new_stage;
  WaymarkLane       *new_lane;
  WaymarkItem       *row;
  WaymarkRole       *role;
} WaymarkChange;

GType          waymark_change_get_type (void) G_GNUC_CONST;
WaymarkChange *waymark_change_ref      (WaymarkChange *change);
void           waymark_change_unref    (WaymarkChange *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkChange, waymark_change_unref)

G_END_DECLS

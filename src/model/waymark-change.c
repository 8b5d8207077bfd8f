/* waymark-change.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-change.h"
#include "waymark-document-private.h"

G_DEFINE_BOXED_TYPE (WaymarkChange, waymark_change, waymark_change_ref, waymark_change_unref)

static void
change_clear (WaymarkChange *change)
{
  g_clear_object (&change->item);
  g_clear_object (&change->list);
  g_clear_object (&change->old_stage);
  g_clear_object (&change->old_lane);
  g_clear_object (&change->new_stage);
  g_clear_object (&change->new_lane);
  g_clear_object (&change->row);
  g_clear_object (&change->role);
}

WaymarkChange *
waymark_change_ref (WaymarkChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  return g_atomic_rc_box_acquire (change);
}

void
waymark_change_unref (WaymarkChange *change)
{
  g_return_if_fail (change != NULL);

  g_atomic_rc_box_release_full (change, (GDestroyNotify)change_clear);
}

/* The constructors are the document's: see waymark-document-private.h. */

static gpointer
lookup_as (WaymarkJourney *journey,
           const char     *id,
           GType           type)
{
  WaymarkItem *item = id ? waymark_journey_lookup (journey, id) : NULL;

  return item && G_TYPE_CHECK_INSTANCE_TYPE (item, type) ? g_object_ref (item) : NULL;
}

static WaymarkChange *
change_new (WaymarkChangeKind  kind,
            gpointer           item)
{
  WaymarkChange *change = g_atomic_rc_box_new0 (WaymarkChange);

  change->kind = kind;
  change->item = g_object_ref (item);

  return change;
}

WaymarkChange *
_waymark_change_new_property (gpointer    item,
                              GParamSpec *pspec)
{
  WaymarkChange *change = change_new (WAYMARK_CHANGE_PROPERTY, item);

  change->property = pspec->name;

  return change;
}

WaymarkChange *
_waymark_change_new_list (WaymarkChangeKind  kind,
                          gpointer           item,
                          GListModel        *list,
                          guint              position)
{
  WaymarkChange *change = change_new (kind, item);

  change->list = g_object_ref (list);
  change->position = position;

  return change;
}

WaymarkChange *
_waymark_change_new_moved (WaymarkJourney    *journey,
                           WaymarkTouchpoint *touchpoint,
                           const char        *old_stage_id,
                           const char        *old_lane_id)
{
  WaymarkChange *change = change_new (WAYMARK_CHANGE_MOVED, touchpoint);

  change->old_stage = lookup_as (journey, old_stage_id, WAYMARK_TYPE_STAGE);
  change->old_lane = lookup_as (journey, old_lane_id, WAYMARK_TYPE_LANE);
  change->new_stage = lookup_as (journey, waymark_touchpoint_get_stage (touchpoint),
                                 WAYMARK_TYPE_STAGE);
  change->new_lane = lookup_as (journey, waymark_touchpoint_get_lane (touchpoint),
                                WAYMARK_TYPE_LANE);

  return change;
}

/* @list: (nullable): where the assignment was inserted or removed */
WaymarkChange *
_waymark_change_new_matrix_cell (WaymarkJourney    *journey,
                                 WaymarkAssignment *assignment,
                                 GListModel        *list,
                                 guint              position)
{
  WaymarkChange *change = change_new (WAYMARK_CHANGE_MATRIX_CELL, assignment);

  change->list = list ? g_object_ref (list) : NULL;
  change->position = position;
  change->row = lookup_as (journey, waymark_assignment_get_row (assignment), WAYMARK_TYPE_ITEM);
  change->role = lookup_as (journey, waymark_assignment_get_role (assignment), WAYMARK_TYPE_ROLE);

  return change;
}

/* waymark-journey.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-activity.h"
#include "waymark-assignment.h"
#include "waymark-cell-index.h"
#include "waymark-channel.h"
#include "waymark-content-item.h"
#include "waymark-handoff.h"
#include "waymark-item.h"
#include "waymark-lane.h"
#include "waymark-metric.h"
#include "waymark-outcome.h"
#include "waymark-persona.h"
#include "waymark-role.h"
#include "waymark-stage.h"
#include "waymark-touchpoint.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_JOURNEY (waymark_journey_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkJourney, waymark_journey, WAYMARK, JOURNEY, WaymarkItem)

WaymarkJourney *waymark_journey_new                 (void);
const char     *waymark_journey_get_title           (WaymarkJourney  *self);
const char     *waymark_journey_get_description     (WaymarkJourney  *self);
GListModel     *waymark_journey_get_personas        (WaymarkJourney  *self);
GListModel     *waymark_journey_get_stages          (WaymarkJourney  *self);
GListModel     *waymark_journey_get_lanes           (WaymarkJourney  *self);
GListModel     *waymark_journey_get_channels        (WaymarkJourney  *self);
GListModel     *waymark_journey_get_touchpoints     (WaymarkJourney  *self);
GListModel     *waymark_journey_get_roles           (WaymarkJourney  *self);
GListModel     *waymark_journey_get_handoffs        (WaymarkJourney  *self);
GListModel     *waymark_journey_get_activities      (WaymarkJourney  *self);
GListModel     *waymark_journey_get_accountability  (WaymarkJourney  *self);
GListModel     *waymark_journey_get_content         (WaymarkJourney  *self);
GListModel     *waymark_journey_get_list_for_type   (WaymarkJourney  *self,
                                                     GType            item_type);
JsonObject     *waymark_journey_get_root_extras     (WaymarkJourney  *self);
const char * const *waymark_journey_get_load_warnings (WaymarkJourney *self);
WaymarkItem    *waymark_journey_lookup              (WaymarkJourney  *self,
                                                     const char      *id);
char           *waymark_journey_dup_labels          (WaymarkJourney  *self,
                                                     const char * const *ids);
char           *waymark_journey_new_id              (WaymarkJourney  *self);
GListModel     *waymark_journey_find_list           (WaymarkJourney  *self,
                                                     WaymarkItem     *item,
                                                     guint           *position);
WaymarkStage   *waymark_journey_find_stage_of       (WaymarkJourney  *self,
                                                     WaymarkItem     *metric_or_outcome);
WaymarkCellIndex *waymark_journey_get_cell_index    (WaymarkJourney  *self);
GListModel     *waymark_journey_get_cell            (WaymarkJourney  *self,
                                                     WaymarkStage    *stage,
                                                     WaymarkLane     *lane);
guint           waymark_journey_count_touchpoints_in_stage
                                                    (WaymarkJourney  *self,
                                                     WaymarkStage    *stage);

G_END_DECLS

/* waymark-stage.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_STAGE (waymark_stage_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkStage, waymark_stage, WAYMARK, STAGE, WaymarkItem)

WaymarkStage *       waymark_stage_new             (const char *id);
const char *         waymark_stage_get_name        (WaymarkStage *self);
const char *         waymark_stage_get_description (WaymarkStage *self);
const char *         waymark_stage_get_goal        (WaymarkStage *self);
const char * const * waymark_stage_get_questions   (WaymarkStage *self);
GListModel *         waymark_stage_get_metrics     (WaymarkStage *self);
const char *         waymark_stage_get_funnel_metric (WaymarkStage *self);
GListModel *         waymark_stage_get_outcomes    (WaymarkStage *self);

G_END_DECLS

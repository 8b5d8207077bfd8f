/* waymark-outcome.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_OUTCOME (waymark_outcome_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkOutcome, waymark_outcome, WAYMARK, OUTCOME, WaymarkItem)

WaymarkOutcome * waymark_outcome_new       (const char *id);
const char *     waymark_outcome_get_name  (WaymarkOutcome *self);
double           waymark_outcome_get_share (WaymarkOutcome *self);
gboolean         waymark_outcome_has_share (WaymarkOutcome *self);
const char *     waymark_outcome_get_next  (WaymarkOutcome *self);

G_END_DECLS

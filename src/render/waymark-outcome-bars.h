/* waymark-outcome-bars.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-chart.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_OUTCOME_BARS (waymark_outcome_bars_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkOutcomeBars, waymark_outcome_bars, WAYMARK, OUTCOME_BARS, WaymarkChart)

WaymarkChart *waymark_outcome_bars_new (WaymarkJourney *journey,
                                        double          width);

G_END_DECLS

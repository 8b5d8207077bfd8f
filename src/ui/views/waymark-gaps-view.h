/* waymark-gaps-view.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-gap-grid.h"
#include "waymark-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_GAPS_VIEW (waymark_gaps_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkGapsView, waymark_gaps_view, WAYMARK, GAPS_VIEW, WaymarkView)

GtkWidget      *waymark_gaps_view_new      (void);
WaymarkGapGrid *waymark_gaps_view_get_grid (WaymarkGapsView *self);

G_END_DECLS

/* waymark-stages-view-lists.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item-list.h"

G_BEGIN_DECLS

/* What the Stages view's lists add and show for each item; their user data
 * is the WaymarkStagesView. */
extern const WaymarkItemListFuncs _waymark_lane_list_funcs;
extern const WaymarkItemListFuncs _waymark_role_list_funcs;
extern const WaymarkItemListFuncs _waymark_channel_list_funcs;
extern const WaymarkItemListFuncs _waymark_persona_list_funcs;
extern const WaymarkItemListFuncs _waymark_activity_list_funcs;
extern const WaymarkItemListFuncs _waymark_handoff_list_funcs;

void _waymark_handoff_pairs_update (GListStore      *pairs,
                                    WaymarkDocument *document);

G_END_DECLS

/* waymark-stages-view.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_STAGES_VIEW (waymark_stages_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkStagesView, waymark_stages_view, WAYMARK, STAGES_VIEW, WaymarkView)

GtkWidget       *waymark_stages_view_new                (void);
WaymarkStage    *waymark_stages_view_get_selected_stage (WaymarkStagesView *self);
void             waymark_stages_view_select_stage       (WaymarkStagesView *self,
                                                         WaymarkStage      *stage);
const char      *waymark_stages_view_get_section        (WaymarkStagesView *self);
void             waymark_stages_view_set_section        (WaymarkStagesView *self,
                                                         const char        *section);

G_END_DECLS

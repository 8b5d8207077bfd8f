/* waymark-stage-row.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-property-binding.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_STAGE_ROW (waymark_stage_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkStageRow, waymark_stage_row, WAYMARK, STAGE_ROW, AdwComboRow)

GtkWidget              *waymark_stage_row_new         (WaymarkDocument        *document,
                                                       gpointer                object,
                                                       const char             *property,
                                                       const char             *title);
GtkWidget              *waymark_stage_row_new_for_items (WaymarkDocument *document,
                                                        gpointer         object,
                                                        const char      *property,
                                                        const char      *title,
                                                        GListModel      *items,
                                                        const char      *none_title);
WaymarkPropertyBinding *waymark_stage_row_get_binding (WaymarkStageRow *self);

G_END_DECLS

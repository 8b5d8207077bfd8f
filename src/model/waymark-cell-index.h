/* waymark-cell-index.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_CELL_INDEX (waymark_cell_index_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkCellIndex, waymark_cell_index, WAYMARK, CELL_INDEX, GObject)

WaymarkCellIndex *waymark_cell_index_new            (GListModel       *touchpoints);
GListModel       *waymark_cell_index_get_cell       (WaymarkCellIndex *self,
                                                     const char       *stage_id,
                                                     const char       *lane_id);
guint             waymark_cell_index_count_in_stage (WaymarkCellIndex *self,
                                                     const char       *stage_id);

G_END_DECLS

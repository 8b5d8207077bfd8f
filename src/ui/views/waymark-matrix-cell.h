/* waymark-matrix-cell.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "waymark-journey.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MATRIX_CELL (waymark_matrix_cell_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMatrixCell, waymark_matrix_cell, WAYMARK, MATRIX_CELL, GtkButton)

GtkWidget   *waymark_matrix_cell_new       (WaymarkItem       *row,
                                            WaymarkRole       *role,
                                            const char        *row_title);
WaymarkItem *waymark_matrix_cell_get_row   (WaymarkMatrixCell *self);
WaymarkRole *waymark_matrix_cell_get_role  (WaymarkMatrixCell *self);
WaymarkRaci  waymark_matrix_cell_get_raci  (WaymarkMatrixCell *self);
void         waymark_matrix_cell_set_raci  (WaymarkMatrixCell *self,
                                            WaymarkRaci        raci);
char        *waymark_matrix_cell_dup_accessible_label (WaymarkMatrixCell *self);

G_END_DECLS

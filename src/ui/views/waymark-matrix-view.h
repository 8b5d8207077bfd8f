/* waymark-matrix-view.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MATRIX_VIEW (waymark_matrix_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMatrixView, waymark_matrix_view, WAYMARK, MATRIX_VIEW, WaymarkView)

GtkWidget  *waymark_matrix_view_new          (void);
GtkWidget  *waymark_matrix_view_get_cell     (WaymarkMatrixView *self,
                                              guint              row,
                                              guint              column);
GtkWidget  *waymark_matrix_view_get_cursor   (WaymarkMatrixView *self);
const char *waymark_matrix_view_get_summary  (WaymarkMatrixView *self);
void        waymark_matrix_view_next_problem (WaymarkMatrixView *self);

G_END_DECLS

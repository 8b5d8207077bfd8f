/* waymark-matrix-check.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-matrix.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MATRIX_CHECK (waymark_matrix_check_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMatrixCheck, waymark_matrix_check, WAYMARK, MATRIX_CHECK, GObject)

/* Advice, shown apart from the problems: the matrix is valid without it. */
typedef enum
{
  WAYMARK_HINT_NO_AGREEMENT     = 1 << 0,  /* a handoff with no agreement text */
  WAYMARK_HINT_MANY_RESPONSIBLE = 1 << 1,  /* a row with more than three R's */
  WAYMARK_HINT_BOTTLENECK       = 1 << 2,  /* a role accountable for more than half the rows */
} WaymarkHintFlags;

/* More R's than this in one row is a hint. */
#define WAYMARK_MATRIX_CHECK_MAX_RESPONSIBLE 3

/* One hint: @item is the row, or the role of a bottleneck. */
typedef struct
{
  WaymarkItem      *item;
  WaymarkHintFlags  flag;
  char             *message;
} WaymarkHint;

WaymarkMatrixCheck *waymark_matrix_check_new                 (WaymarkJourney     *journey);
GPtrArray          *waymark_matrix_check_get_rows            (WaymarkMatrixCheck *self);
GPtrArray          *waymark_matrix_check_get_problems        (WaymarkMatrixCheck *self);
GPtrArray          *waymark_matrix_check_get_hints           (WaymarkMatrixCheck *self);
const char         *waymark_matrix_check_get_summary         (WaymarkMatrixCheck *self);
const char         *waymark_matrix_check_get_hint_summary    (WaymarkMatrixCheck *self);
WaymarkProblemFlags waymark_matrix_check_get_row_problems    (WaymarkMatrixCheck *self,
                                                              WaymarkItem        *row);
WaymarkHintFlags    waymark_matrix_check_get_row_hints       (WaymarkMatrixCheck *self,
                                                              WaymarkItem        *row);
char               *waymark_matrix_check_dup_row_reasons     (WaymarkMatrixCheck *self,
                                                              WaymarkItem        *row);
guint               waymark_matrix_check_get_workload        (WaymarkMatrixCheck *self,
                                                              WaymarkRole        *role);
guint               waymark_matrix_check_get_n_accountable   (WaymarkMatrixCheck *self,
                                                              WaymarkRole        *role);
gboolean            waymark_matrix_check_is_bottleneck       (WaymarkMatrixCheck *self,
                                                              WaymarkRole        *role);
char               *waymark_matrix_check_dup_workload_line   (WaymarkMatrixCheck *self,
                                                              WaymarkRole        *role);

G_END_DECLS

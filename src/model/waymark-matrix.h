/* waymark-matrix.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_PROBLEM_NO_ACCOUNTABLE   = 1 << 0,
  WAYMARK_PROBLEM_MANY_ACCOUNTABLE = 1 << 1,
  WAYMARK_PROBLEM_NO_RESPONSIBLE   = 1 << 2,
} WaymarkProblemFlags;

/* One row of the accountability matrix that breaks the rule of exactly one
 * A and at least one R. */
typedef struct
{
  WaymarkItem         *row;
  WaymarkProblemFlags  flags;
  char                *message;
} WaymarkProblem;

void               waymark_problem_free               (WaymarkProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkProblem, waymark_problem_free)

GPtrArray         *waymark_matrix_dup_rows            (WaymarkJourney *journey);
char              *waymark_matrix_dup_row_title       (WaymarkJourney *journey,
                                                       WaymarkItem    *row);
char              *waymark_matrix_dup_row_name        (WaymarkJourney *journey,
                                                       WaymarkItem    *row);
WaymarkAssignment *waymark_matrix_find_assignment     (WaymarkJourney *journey,
                                                       const char     *row_id,
                                                       const char     *role_id);
WaymarkRaci        waymark_matrix_get_raci            (WaymarkJourney *journey,
                                                       const char     *row_id,
                                                       const char     *role_id);
GHashTable        *waymark_matrix_dup_raci_index      (WaymarkJourney *journey);
WaymarkRaci        waymark_matrix_lookup_raci         (GHashTable     *raci_index,
                                                       const char     *row_id,
                                                       const char     *role_id);
GPtrArray         *waymark_matrix_dup_problems        (WaymarkJourney *journey);
GPtrArray         *waymark_matrix_dup_problems_of_rows (WaymarkJourney *journey,
                                                        GPtrArray      *rows);
char              *waymark_matrix_dup_problem_summary (WaymarkJourney *journey,
                                                       GPtrArray      *problems);

G_END_DECLS

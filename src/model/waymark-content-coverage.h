/* waymark-content-coverage.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"

G_BEGIN_DECLS

typedef struct _WaymarkContentCoverage WaymarkContentCoverage;

WaymarkContentCoverage *waymark_content_coverage_new                (WaymarkJourney         *journey);
void                    waymark_content_coverage_free               (WaymarkContentCoverage *self);
guint                   waymark_content_coverage_get_n_stages       (WaymarkContentCoverage *self);
guint                   waymark_content_coverage_get_n_personas     (WaymarkContentCoverage *self);
WaymarkStage           *waymark_content_coverage_get_stage          (WaymarkContentCoverage *self,
                                                                     guint                   row);
WaymarkPersona         *waymark_content_coverage_get_persona        (WaymarkContentCoverage *self,
                                                                     guint                   column);
guint                   waymark_content_coverage_get_count          (WaymarkContentCoverage *self,
                                                                     guint                   row,
                                                                     guint                   column);
guint                   waymark_content_coverage_get_stage_total    (WaymarkContentCoverage *self,
                                                                     guint                   row);
const char * const     *waymark_content_coverage_get_unanswered     (WaymarkContentCoverage *self,
                                                                     guint                   row);
guint                   waymark_content_coverage_get_n_unanswered   (WaymarkContentCoverage *self);
char                   *waymark_content_coverage_dup_no_content_message (WaymarkContentCoverage *self,
                                                                         guint                   row);
gboolean                waymark_content_item_answers                (WaymarkContentItem     *item,
                                                                     WaymarkStage           *stage,
                                                                     const char             *question);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (WaymarkContentCoverage, waymark_content_coverage_free)

G_END_DECLS

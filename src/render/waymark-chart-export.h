/* waymark-chart-export.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-chart.h"
#include "waymark-pages.h"
#include "waymark-paper.h"
#include "waymark-paper-export.h"

G_BEGIN_DECLS

/* The insights a view exports. */
typedef enum
{
  WAYMARK_INSIGHT_FUNNEL,     /* the funnel and the outcomes */
  WAYMARK_INSIGHT_GAPS,       /* the funnel, the gap grid: the Gaps view */
  WAYMARK_INSIGHT_CONTENT,    /* the coverage, the lists and the items */
} WaymarkInsight;

gboolean    waymark_insight_from_string      (const char         *name,
                                              WaymarkInsight     *insight);
const char *waymark_insight_get_title        (WaymarkInsight      insight);
GPtrArray  *waymark_insight_new_charts       (WaymarkJourney     *journey,
                                              WaymarkInsight      insight,
                                              double              width);
char       *waymark_insight_dup_subtitle     (const char         *what,
                                              GDateTime          *date);
WaymarkPages *waymark_insight_new_pages      (WaymarkJourney     *journey,
                                              WaymarkInsight      insight,
                                              WaymarkPaper        paper);
GBytes     *waymark_insight_export           (WaymarkJourney     *journey,
                                              WaymarkInsight      insight,
                                              WaymarkPaperFormat  format,
                                              WaymarkPaper        paper,
                                              GError            **error);
GPtrArray  *waymark_insight_export_files     (WaymarkJourney     *journey,
                                              WaymarkInsight      insight,
                                              const char         *suffix,
                                              WaymarkPaper        paper,
                                              GError            **error);

G_END_DECLS

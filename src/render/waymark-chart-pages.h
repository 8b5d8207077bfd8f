/* waymark-chart-pages.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-chart.h"
#include "waymark-pages.h"
#include "waymark-paper.h"

G_BEGIN_DECLS

/* Room around a page's text, in points. */
#define WAYMARK_CHART_PAGE_MARGIN 30.0

#define WAYMARK_TYPE_CHART_PAGES (waymark_chart_pages_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkChartPages, waymark_chart_pages, WAYMARK, CHART_PAGES, GObject)

double             waymark_chart_pages_get_content_width (WaymarkPaper       paper);
WaymarkChartPages *waymark_chart_pages_new               (GPtrArray         *charts,
                                                          WaymarkPaper       paper,
                                                          const char        *title,
                                                          const char        *subtitle);

G_END_DECLS

/* waymark-map-pages.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-journey.h"
#include "waymark-map-layout.h"
#include "waymark-pages.h"
#include "waymark-paper.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_MAP_PAGES (waymark_map_pages_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkMapPages, waymark_map_pages, WAYMARK, MAP_PAGES, GObject)

WaymarkMapPages *waymark_map_pages_new       (WaymarkJourney  *journey,
                                              WaymarkPaper     paper);
WaymarkMapPages *waymark_map_pages_new_for_view (WaymarkJourney   *journey,
                                                WaymarkMapLayout *view,
                                                WaymarkPaper      paper);
const char      *waymark_map_pages_get_title (WaymarkMapPages *self);

G_END_DECLS

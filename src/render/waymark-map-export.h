/* waymark-map-export.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-map-layout.h"
#include "waymark-paper.h"

G_BEGIN_DECLS

/* Text on paper stays at least this large (points); a map that would be
 * smaller on one page is tiled over several. */
#define WAYMARK_MAP_EXPORT_MIN_TEXT 6.0

GBytes  *waymark_map_export_pdf        (WaymarkJourney   *journey,
                                        WaymarkMapLayout *view,
                                        WaymarkPaper      paper,
                                        guint            *n_pages,
                                        GError          **error);
GBytes  *waymark_map_export_png        (WaymarkJourney   *journey,
                                        WaymarkMapLayout *view,
                                        GError          **error);
GBytes  *waymark_map_export_svg        (WaymarkJourney   *journey,
                                        WaymarkMapLayout *view,
                                        GError          **error);

G_END_DECLS

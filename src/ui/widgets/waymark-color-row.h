/* waymark-color-row.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-property-binding.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_COLOR_ROW (waymark_color_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkColorRow, waymark_color_row, WAYMARK, COLOR_ROW, AdwActionRow)

GtkWidget              *waymark_color_row_new         (WaymarkDocument        *document,
                                                       gpointer                object,
                                                       const char             *property,
                                                       const char             *title);
WaymarkPropertyBinding *waymark_color_row_get_binding (WaymarkColorRow *self);
const char             *waymark_color_row_get_color_name (const char    *color);

G_END_DECLS

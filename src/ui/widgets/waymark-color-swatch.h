/* waymark-color-swatch.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_COLOR_SWATCH (waymark_color_swatch_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkColorSwatch, waymark_color_swatch, WAYMARK, COLOR_SWATCH, GtkWidget)

GtkWidget  *waymark_color_swatch_new_for_item (GObject            *item);
const char *waymark_color_swatch_get_color    (WaymarkColorSwatch *self);

G_END_DECLS

/* waymark-screenshot-tool.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-document.h"

G_BEGIN_DECLS

/* What the programs that make data/screenshots/ share: they are not
 * tests, they run under Xvfb and write PNG files. */
void             screenshot_spin          (guint       ms);
void             screenshot_load_style    (void);
WaymarkDocument *screenshot_load_document (const char *path);
GdkTexture      *screenshot_render        (GtkWidget  *widget);
gboolean         screenshot_save          (GtkWidget  *widget,
                                           const char *path);

G_END_DECLS

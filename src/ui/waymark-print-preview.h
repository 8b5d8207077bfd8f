/* waymark-print-preview.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PRINT_PREVIEW (waymark_print_preview_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPrintPreview, waymark_print_preview, WAYMARK, PRINT_PREVIEW, AdwWindow)

GtkWidget    *waymark_print_preview_new       (GtkWindow           *parent,
                                               WaymarkView         *view);
WaymarkView  *waymark_print_preview_get_view  (WaymarkPrintPreview *self);
WaymarkPaper  waymark_print_preview_get_paper (WaymarkPrintPreview *self);
void          waymark_print_preview_set_paper (WaymarkPrintPreview *self,
                                               WaymarkPaper         paper);
WaymarkPages *waymark_print_preview_get_pages (WaymarkPrintPreview *self);

G_END_DECLS

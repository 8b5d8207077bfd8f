/* waymark-paper-export.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-matrix-layout.h"

G_BEGIN_DECLS

typedef enum
{
  WAYMARK_PAPER_FORMAT_PDF,
  WAYMARK_PAPER_FORMAT_PNG,
  WAYMARK_PAPER_FORMAT_SVG,
} WaymarkPaperFormat;

#define WAYMARK_PAPER_EXPORT_ERROR (waymark_paper_export_error_quark ())

GQuark      waymark_paper_export_error_quark     (void);
gboolean    waymark_paper_format_from_suffix     (const char          *suffix,
                                                  WaymarkPaperFormat  *format);
gboolean    waymark_paper_format_is_multi_file   (WaymarkPaperFormat   format);
GBytes     *waymark_paper_finish                 (cairo_t             *cr,
                                                  cairo_surface_t     *surface,
                                                  GByteArray         **array,
                                                  GError             **error);
GPtrArray  *waymark_paper_export                 (WaymarkMatrixLayout *layout,
                                                  WaymarkPaperFormat   format,
                                                  GError             **error);

G_END_DECLS

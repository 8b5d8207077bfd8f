/* waymark-paper.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* The sheets a matrix is printed on, always landscape. */
typedef enum
{
  WAYMARK_PAPER_A4,
  WAYMARK_PAPER_A3,
  WAYMARK_PAPER_LETTER,
} WaymarkPaper;

#define WAYMARK_PAPER_DEFAULT WAYMARK_PAPER_A4

gboolean    waymark_paper_from_string (const char   *str,
                                       WaymarkPaper *paper);
const char *waymark_paper_to_string   (WaymarkPaper  paper);
void        waymark_paper_get_size    (WaymarkPaper  paper,
                                       double       *width,
                                       double       *height);

void        waymark_paper_prepare_fonts (const PangoFontDescription * const *fonts,
                                         guint                               n_fonts);
PangoFontMap *waymark_paper_get_font_map (void);
const char *waymark_paper_get_author  (void);
PangoContext *waymark_paper_create_context (void);

cairo_surface_t *waymark_paper_new_pdf_surface (GByteArray *array,
                                                double      width,
                                                double      height,
                                                const char *title,
                                                const char *subject,
                                                GDateTime  *date);

cairo_status_t waymark_paper_append_to_array (void                *byte_array,
                                              const unsigned char *data,
                                              unsigned int         length);

G_END_DECLS

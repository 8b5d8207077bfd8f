/* waymark-pages.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_PAGES (waymark_pages_get_type ())

G_DECLARE_INTERFACE (WaymarkPages, waymark_pages, WAYMARK, PAGES, GObject)

/**
 * WaymarkPagesInterface:
 * @get_n_pages: how many sheets, at least one
 * @get_page_size: the size of a sheet in points, landscape
 * @dup_page_label: what the sheet holds, for the print preview: "Page 2 of
 *   6 · roles 9–16"
 * @draw_page: draws sheet @page scaled to fit @width x @height, with the
 *   origin of @cr at the sheet's top left
 *
 * Sheets of paper, paginated once: what Print previews and prints, drawn
 * by the same code as the PDF export.
 */
struct _WaymarkPagesInterface
{
  GTypeInterface parent_iface;

  guint  (*get_n_pages)    (WaymarkPages *self);
  void   (*get_page_size)  (WaymarkPages *self,
                            double       *width,
                            double       *height);
  char  *(*dup_page_label) (WaymarkPages *self,
                            guint         page);
  void   (*draw_page)      (WaymarkPages *self,
                            cairo_t      *cr,
                            guint         page,
                            double        width,
                            double        height);
};

guint  waymark_pages_get_n_pages    (WaymarkPages *self);
void   waymark_pages_get_page_size  (WaymarkPages *self,
                                     double       *width,
                                     double       *height);
char  *waymark_pages_dup_page_label (WaymarkPages *self,
                                     guint         page);
void   waymark_pages_draw_page      (WaymarkPages *self,
                                     cairo_t      *cr,
                                     guint         page,
                                     double        width,
                                     double        height);

void   waymark_pages_set_numbers    (WaymarkPages *self,
                                     guint         first,
                                     guint         total);
guint  waymark_pages_get_number     (WaymarkPages *self,
                                     guint         page);
guint  waymark_pages_get_total      (WaymarkPages *self);

G_END_DECLS

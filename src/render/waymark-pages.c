/* waymark-pages.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a printable thing is to Print and its preview: a number of sheets,
 * each with a label and drawn at any size. The matrix layout and the map's
 * pages implement it; the UI never needs to know which it prints.
 */

#include "config.h"

#include "waymark-pages.h"

G_DEFINE_INTERFACE (WaymarkPages, waymark_pages, G_TYPE_OBJECT)

static void
waymark_pages_default_init (WaymarkPagesInterface *iface)
{
}

guint
waymark_pages_get_n_pages (WaymarkPages *self)
{
  g_return_val_if_fail (WAYMARK_IS_PAGES (self), 0);

  return WAYMARK_PAGES_GET_IFACE (self)->get_n_pages (self);
}

/**
 * waymark_pages_get_page_size:
 * @width: (out) (optional): in points
 * @height: (out) (optional): in points
 */
void
waymark_pages_get_page_size (WaymarkPages *self,
                             double       *width,
                             double       *height)
{
  double w = 0, h = 0;

  g_return_if_fail (WAYMARK_IS_PAGES (self));

  WAYMARK_PAGES_GET_IFACE (self)->get_page_size (self, &w, &h);
  if (width)
    *width = w;
  if (height)
    *height = h;
}

/**
 * waymark_pages_dup_page_label:
 * @page: from 0
 *
 * Returns: (transfer full): "Page 2 of 6", and what is on it where the
 *   sheets split the content
 */
char *
waymark_pages_dup_page_label (WaymarkPages *self,
                              guint         page)
{
  g_return_val_if_fail (WAYMARK_IS_PAGES (self), NULL);
  g_return_val_if_fail (page < waymark_pages_get_n_pages (self), NULL);

  return WAYMARK_PAGES_GET_IFACE (self)->dup_page_label (self, page);
}

/**
 * waymark_pages_draw_page:
 * @cr: where to draw, with its origin at the top left of the sheet
 * @page: from 0
 * @width: the width to fill, in @cr's units
 * @height: the height
 *
 * Draws @page scaled to fit @width x @height, centred: at the page size
 * (waymark_pages_get_page_size()) the scale is 1.
 */
void
waymark_pages_draw_page (WaymarkPages *self,
                         cairo_t      *cr,
                         guint         page,
                         double        width,
                         double        height)
{
  g_return_if_fail (WAYMARK_IS_PAGES (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < waymark_pages_get_n_pages (self));

  WAYMARK_PAGES_GET_IFACE (self)->draw_page (self, cr, page, width, height);
}

/* Where the sheets stand in a longer document; none: on their own. */
typedef struct
{
  guint first;
  guint total;
} Numbers;

static GQuark
numbers_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("waymark-pages-numbers");

  return quark;
}

/**
 * waymark_pages_set_numbers:
 * @first: the number of the first sheet in the whole document, from 0
 * @total: how many sheets the whole document has
 *
 * For sheets inside a longer document, such as the report: their labels
 * and footers say "Page 5 of 9" instead of "Page 1 of 2".
 */
void
waymark_pages_set_numbers (WaymarkPages *self,
                           guint         first,
                           guint         total)
{
  Numbers *numbers;

  g_return_if_fail (WAYMARK_IS_PAGES (self));
  g_return_if_fail (total > first);

  numbers = g_new (Numbers, 1);
  numbers->first = first;
  numbers->total = total;
  g_object_set_qdata_full (G_OBJECT (self), numbers_quark (), numbers, g_free);
}

/**
 * waymark_pages_get_number:
 * @page: from 0
 *
 * Returns: the number printed on sheet @page, from 1: its place in the
 *   whole document (waymark_pages_set_numbers())
 */
guint
waymark_pages_get_number (WaymarkPages *self,
                          guint         page)
{
  Numbers *numbers;

  g_return_val_if_fail (WAYMARK_IS_PAGES (self), 0);

  numbers = g_object_get_qdata (G_OBJECT (self), numbers_quark ());

  return (numbers ? numbers->first : 0) + page + 1;
}

/**
 * waymark_pages_get_total:
 *
 * Returns: how many sheets the page numbers count: the whole document's
 *   when these sheets are part of one, else waymark_pages_get_n_pages()
 */
guint
waymark_pages_get_total (WaymarkPages *self)
{
  Numbers *numbers;

  g_return_val_if_fail (WAYMARK_IS_PAGES (self), 0);

  numbers = g_object_get_qdata (G_OBJECT (self), numbers_quark ());

  return numbers ? numbers->total : waymark_pages_get_n_pages (self);
}

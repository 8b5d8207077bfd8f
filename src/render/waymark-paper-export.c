/* waymark-paper-export.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "waymark-paper-export.h"

/* The pages of a layout as files, in memory: the caller writes them, so a
 * failure halfway leaves nothing half-written on disk. A new format is a
 * value of WaymarkPaperFormat, its suffix below and a function that turns
 * the layout into one or more GBytes. */

#define PNG_SCALE 2.0

static const char * const suffixes[] = {
  [WAYMARK_PAPER_FORMAT_PDF] = ".pdf",
  [WAYMARK_PAPER_FORMAT_PNG] = ".png",
  [WAYMARK_PAPER_FORMAT_SVG] = ".svg",
};

G_DEFINE_QUARK (waymark-paper-export-error-quark, waymark_paper_export_error)

/**
 * waymark_paper_format_from_suffix:
 * @suffix: ".pdf", ".png" or ".svg", lower case
 *
 * Returns: whether @suffix is a format the paper renderer writes
 */
gboolean
waymark_paper_format_from_suffix (const char         *suffix,
                                  WaymarkPaperFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; suffix && i < G_N_ELEMENTS (suffixes); i++)
    {
      if (g_str_equal (suffix, suffixes[i]))
        {
          *format = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * waymark_paper_format_is_multi_file:
 *
 * Returns: whether @format holds one page a file
 */
gboolean
waymark_paper_format_is_multi_file (WaymarkPaperFormat format)
{
  return format != WAYMARK_PAPER_FORMAT_PDF;
}

/**
 * waymark_paper_finish:
 * @cr: (transfer full): drawing on @surface
 * @surface: (transfer full): writing into @array
 * @array: (inout) (transfer full): the file's bytes so far
 *
 * Ends the drawing on @surface: a PDF or an SVG has written itself into
 * @array, a PNG is encoded there now.
 *
 * Returns: (transfer full): the file, or %NULL with @error set
 */
GBytes *
waymark_paper_finish (cairo_t          *cr,
                      cairo_surface_t  *surface,
                      GByteArray      **array,
                      GError          **error)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    status = cairo_surface_write_to_png_stream (surface, waymark_paper_append_to_array, *array);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, WAYMARK_PAPER_EXPORT_ERROR, 0,
                   /* Translators: %s is cairo's reason, in English */
                   _("could not draw the pages: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (array));
}

static GBytes *
export_pdf (WaymarkMatrixLayout  *layout,
            GError              **error)
{
  g_autoptr(GByteArray) array = g_byte_array_new ();
  g_autofree char *title = waymark_matrix_layout_dup_title (layout);
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  waymark_matrix_layout_get_page_size (layout, &width, &height);
  surface = waymark_paper_new_pdf_surface (array, width, height, title, _("Accountability matrix"),
                                           waymark_matrix_layout_get_date (layout));

  cr = cairo_create (surface);
  for (guint i = 0; i < waymark_matrix_layout_get_n_pages (layout); i++)
    {
      waymark_matrix_layout_draw_page (layout, cr, i, width, height);
      cairo_show_page (cr);
    }

  return waymark_paper_finish (cr, surface, &array, error);
}

static GBytes *
export_page (WaymarkMatrixLayout  *layout,
             WaymarkPaperFormat    format,
             guint                 page,
             GError              **error)
{
  g_autoptr(GByteArray) array = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  waymark_matrix_layout_get_page_size (layout, &width, &height);
  if (format == WAYMARK_PAPER_FORMAT_PNG)
    {
      width = ceil (width * PNG_SCALE);
      height = ceil (height * PNG_SCALE);
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int)width, (int)height);
    }
  else
    {
      surface = cairo_svg_surface_create_for_stream (waymark_paper_append_to_array, array,
                                                     width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
    }

  cr = cairo_create (surface);
  /* The pixels round the page up: the sliver beyond it is paper too. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  waymark_matrix_layout_draw_page (layout, cr, page, width, height);

  return waymark_paper_finish (cr, surface, &array, error);
}

/**
 * waymark_paper_export:
 * @layout: the pages
 * @format: what to make of them
 *
 * A PDF is one file with every page; a PNG (at twice the size in points)
 * or an SVG is one file a page.
 *
 * Returns: (transfer container) (element-type GBytes): the files' contents
 *   in page order, or %NULL with @error set
 */
GPtrArray *
waymark_paper_export (WaymarkMatrixLayout  *layout,
                      WaymarkPaperFormat    format,
                      GError              **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  GBytes *bytes;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_LAYOUT (layout), NULL);
  g_return_val_if_fail (format < G_N_ELEMENTS (suffixes), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (format == WAYMARK_PAPER_FORMAT_PDF)
    {
      if (!(bytes = export_pdf (layout, error)))
        return NULL;
      g_ptr_array_add (files, bytes);
      return g_steal_pointer (&files);
    }

  for (guint i = 0; i < waymark_matrix_layout_get_n_pages (layout); i++)
    {
      if (!(bytes = export_page (layout, format, i, error)))
        return NULL;
      g_ptr_array_add (files, bytes);
    }

  return g_steal_pointer (&files);
}

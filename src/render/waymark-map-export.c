/* waymark-map-export.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "waymark-map-export.h"
#include "waymark-map-pages.h"
#include "waymark-map-renderer.h"

/* The journey map as a file: PDF pages in landscape, a PNG at twice the
 * size of the screen at 100 %, an SVG whose text is text. All three draw
 * the same WaymarkMapLayout as the canvas. */

#define IMAGE_MARGIN  24.0   /* layout units around a PNG or SVG */
#define PNG_SCALE      2.0

static gboolean check_status (cairo_status_t status, GError **error);

/* Finishes and frees @surface, and @cr with it: whether all was drawn and
 * written. */
static gboolean
finish_surface (cairo_surface_t  *surface,
                cairo_t          *cr,
                GError          **error)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return check_status (status, error);
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("could not draw the map: %s"), cairo_status_to_string (status));
  return FALSE;
}

/**
 * waymark_map_export_pdf:
 * @paper: the sheets, in landscape
 * @view: (nullable): the map on screen, whose filters and folded lanes
 *   the pages show (waymark_map_layout_copy_view()); %NULL for all of it
 * @n_pages: (out) (optional): how many pages it took
 *
 * The pages of waymark_map_pages_new(): the whole map on one landscape
 * page, scaled to fit; when its smallest text would be under
 * WAYMARK_MAP_EXPORT_MIN_TEXT points, tiled over several pages at that
 * size, split between stages and between lanes, with the stage and lane
 * headers on every page.
 *
 * Returns: (transfer full): the PDF
 */
GBytes *
waymark_map_export_pdf (WaymarkJourney   *journey,
                        WaymarkMapLayout *view,
                        WaymarkPaper      paper,
                        guint            *n_pages,
                        GError          **error)
{
  g_autoptr(WaymarkMapPages) pages = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  pages = waymark_map_pages_new_for_view (journey, view, paper);
  n = waymark_pages_get_n_pages (WAYMARK_PAGES (pages));
  if (n_pages)
    *n_pages = n;

  waymark_pages_get_page_size (WAYMARK_PAGES (pages), &width, &height);
  surface = cairo_pdf_surface_create_for_stream (waymark_paper_append_to_array, bytes,
                                                 width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  waymark_journey_get_title (journey));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark");
  cr = cairo_create (surface);

  for (guint page = 0; page < n; page++)
    {
      waymark_pages_draw_page (WAYMARK_PAGES (pages), cr, page, width, height);
      cairo_show_page (cr);
    }

  if (!finish_surface (surface, cr, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * waymark_map_export_png:
 * @view: (nullable): as for waymark_map_export_pdf()
 *
 * Returns: (transfer full): the whole map at twice its size at 100 %
 */
GBytes *
waymark_map_export_png (WaymarkJourney    *journey,
                        WaymarkMapLayout  *view,
                        GError           **error)
{
  g_autoptr(WaymarkMapLayout) layout = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int width, height;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  layout = waymark_map_layout_new_for_journey (journey);
  waymark_map_layout_copy_view (layout, view);
  width = ceil ((waymark_map_layout_get_width (layout) + 2 * IMAGE_MARGIN) * PNG_SCALE);
  height = ceil ((waymark_map_layout_get_height (layout) + 2 * IMAGE_MARGIN) * PNG_SCALE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, PNG_SCALE, PNG_SCALE);
  cairo_translate (cr, IMAGE_MARGIN, IMAGE_MARGIN);
  waymark_map_renderer_draw (layout, cr, WAYMARK_MAP_STYLE_LIGHT, WAYMARK_MAP_PART_ALL);
  cairo_destroy (cr);

  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, waymark_paper_append_to_array, bytes);
  cairo_surface_destroy (surface);
  if (!check_status (status, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

static void
append_svg_text (cairo_t         *cr,
                 PangoLayoutLine *line,
                 const char      *text,
                 double           x,
                 double           y,
                 const double     rgba[4],
                 gpointer         user_data)
{
  GString *svg = user_data;
  const PangoFontDescription *font = pango_layout_get_font_description (line->layout);
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  double size = (double)pango_font_description_get_size (font) / PANGO_SCALE;
  double width, zero = 0;
  PangoRectangle logical;
  char num[5][G_ASCII_DTOSTR_BUF_SIZE];

  if (*text == '\0')
    return;

  /* The same length as Pango's line, so the text covers what the layout
   * measured. */
  pango_layout_line_get_extents (line, NULL, &logical);
  width = (double)logical.width / PANGO_SCALE;
  cairo_user_to_device (cr, &x, &y);
  cairo_user_to_device_distance (cr, &zero, &size);
  zero = 0;
  cairo_user_to_device_distance (cr, &width, &zero);

  g_string_append_printf (svg,
                          "<text x=\"%s\" y=\"%s\" font-family=\"DejaVu Sans, sans-serif\" "
                          "font-size=\"%s\" font-weight=\"%s\" fill=\"#%02x%02x%02x\" "
                          "fill-opacity=\"%s\" textLength=\"%s\" lengthAdjust=\"spacingAndGlyphs\" "
                          "xml:space=\"preserve\">%s</text>\n",
                          g_ascii_formatd (num[0], sizeof num[0], "%.2f", x),
                          g_ascii_formatd (num[1], sizeof num[1], "%.2f", y),
                          g_ascii_formatd (num[2], sizeof num[2], "%.2f", size),
                          pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD
                            ? "bold" : "normal",
                          (int)(rgba[0] * 255 + 0.5), (int)(rgba[1] * 255 + 0.5),
                          (int)(rgba[2] * 255 + 0.5),
                          g_ascii_formatd (num[3], sizeof num[3], "%.2f", rgba[3]),
                          g_ascii_formatd (num[4], sizeof num[4], "%.2f", width),
                          escaped);
}

/**
 * waymark_map_export_svg:
 * @view: (nullable): as for waymark_map_export_pdf()
 *
 * The shapes come from cairo; the text is written as <text> elements, so
 * the SVG can be searched, edited and read by a screen reader.
 *
 * Returns: (transfer full): the SVG, its size in pixels at 100 %
 */
GBytes *
waymark_map_export_svg (WaymarkJourney    *journey,
                        WaymarkMapLayout  *view,
                        GError           **error)
{
  g_autoptr(WaymarkMapLayout) layout = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GString) text = g_string_new ("<g id=\"text\">\n");
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  const char *end;
  gsize at;
  GByteArray *out;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  layout = waymark_map_layout_new_for_journey (journey);
  waymark_map_layout_copy_view (layout, view);
  width = waymark_map_layout_get_width (layout) + 2 * IMAGE_MARGIN;
  height = waymark_map_layout_get_height (layout) + 2 * IMAGE_MARGIN;

  surface = cairo_svg_surface_create_for_stream (waymark_paper_append_to_array, bytes, width, height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, IMAGE_MARGIN, IMAGE_MARGIN);
  waymark_map_renderer_set_text_func (cr, append_svg_text, text);
  waymark_map_renderer_draw (layout, cr, WAYMARK_MAP_STYLE_LIGHT, WAYMARK_MAP_PART_ALL);
  if (!finish_surface (surface, cr, error))
    return NULL;

  /* The text goes on top of the shapes, before the closing tag. */
  g_string_append (text, "</g>\n");
  end = g_strrstr_len ((const char *)bytes->data, bytes->len, "</svg>");
  if (end == NULL && !check_status (CAIRO_STATUS_WRITE_ERROR, error))
    return NULL;

  at = end - (const char *)bytes->data;
  out = g_byte_array_sized_new (bytes->len + text->len);
  g_byte_array_append (out, bytes->data, at);
  g_byte_array_append (out, (const guint8 *)text->str, text->len);
  g_byte_array_append (out, bytes->data + at, bytes->len - at);

  return g_byte_array_free_to_bytes (out);
}

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
#include "waymark-map-renderer.h"

/* The journey map as a file: PDF pages in landscape, a PNG at twice the
 * size of the screen at 100 %, an SVG whose text is text. All three draw
 * the same WaymarkMapLayout as the canvas. */

#define PAGE_MARGIN   28.0   /* points */
#define PAGE_TITLE    22.0   /* the line above the map on each page */
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

/* Spans of the map that fit a page: columns across, rows (the lanes and
 * the emotion band) down. @starts holds where each span begins in map
 * units, then its end. */
static GArray *
split_spans (const double *edges,
             guint         n_edges,
             double        room)
{
  GArray *cuts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint start = 0;

  g_array_append_val (cuts, start);
  for (guint i = 1; i < n_edges; i++)
    {
      /* Each span takes at least one column or row, even one too large. */
      if (edges[i] - edges[start] > room && i - 1 > start)
        {
          start = i - 1;
          g_array_append_val (cuts, start);
        }
    }
  start = n_edges - 1;
  g_array_append_val (cuts, start);

  return cuts;
}

static void
draw_region (WaymarkMapLayout *layout,
             cairo_t          *cr,
             double            src_x,
             double            src_y,
             double            width,
             double            height,
             double            dst_x,
             double            dst_y)
{
  cairo_save (cr);
  cairo_rectangle (cr, dst_x, dst_y, width, height);
  cairo_clip (cr);
  cairo_translate (cr, dst_x - src_x, dst_y - src_y);
  waymark_map_renderer_draw (layout, cr, WAYMARK_MAP_STYLE_LIGHT, WAYMARK_MAP_PART_ALL);
  cairo_restore (cr);
}

static void
draw_page_title (cairo_t          *cr,
                 WaymarkMapLayout *layout,
                 const char       *title,
                 guint             page,
                 guint             n_pages,
                 double            page_width)
{
  PangoLayout *text = pango_layout_new (waymark_map_layout_get_context (layout));
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold");

  pango_font_description_set_absolute_size (font, 11 * PANGO_SCALE);
  pango_layout_set_font_description (text, font);
  pango_layout_set_width (text, (page_width - 2 * PAGE_MARGIN) * PANGO_SCALE);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (text, title, -1);
  cairo_set_source_rgb (cr, 0.141, 0.141, 0.161);
  cairo_move_to (cr, PAGE_MARGIN, PAGE_MARGIN);
  pango_cairo_show_layout (cr, text);

  if (n_pages > 1)
    {
      /* Translators: at the top right of each page of an exported map */
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
      int w;

      pango_font_description_set_weight (font, PANGO_WEIGHT_NORMAL);
      pango_layout_set_font_description (text, font);
      pango_layout_set_width (text, -1);
      pango_layout_set_text (text, label, -1);
      pango_layout_get_pixel_size (text, &w, NULL);
      cairo_set_source_rgb (cr, 0.369, 0.361, 0.392);
      cairo_move_to (cr, page_width - PAGE_MARGIN - w, PAGE_MARGIN);
      pango_cairo_show_layout (cr, text);
    }

  pango_font_description_free (font);
  g_object_unref (text);
}

/**
 * waymark_map_export_pdf:
 * @paper: the sheets, in landscape
 * @n_pages: (out) (optional): how many pages it took
 *
 * The whole map on one landscape page, scaled to fit; when its smallest
 * text would be under WAYMARK_MAP_EXPORT_MIN_TEXT points, tiled over
 * several pages at that size, split between stages and between lanes, with
 * the stage and lane headers on every page.
 *
 * Returns: (transfer full): the PDF
 */
GBytes *
waymark_map_export_pdf (WaymarkJourney *journey,
                        WaymarkPaper    paper,
                        guint          *n_pages,
                        GError        **error)
{
  g_autoptr(WaymarkMapLayout) layout = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GArray) col_cuts = NULL;
  g_autoptr(GArray) row_cuts = NULL;
  g_autofree double *col_edges = NULL;
  g_autofree double *row_edges = NULL;
  const char *title;
  cairo_surface_t *surface;
  cairo_t *cr;
  double page_width, page_height, room_w, room_h, map_w, map_h, head_w, head_h, scale;
  guint n_cols, n_bands, n_rows, pages, page = 0;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  waymark_paper_get_size (paper, &page_width, &page_height);
  layout = waymark_map_layout_new_for_journey (journey);
  map_w = waymark_map_layout_get_width (layout);
  map_h = waymark_map_layout_get_height (layout);
  head_w = waymark_map_layout_get_header_width (layout);
  head_h = waymark_map_layout_get_header_height (layout);
  n_cols = waymark_map_layout_get_n_columns (layout);
  n_bands = waymark_map_layout_get_n_bands (layout);

  room_w = page_width - 2 * PAGE_MARGIN;
  room_h = page_height - 2 * PAGE_MARGIN - PAGE_TITLE;
  scale = MIN (1.0, MIN (room_w / map_w, room_h / map_h));
  scale = MAX (scale, WAYMARK_MAP_EXPORT_MIN_TEXT / waymark_map_layout_get_min_font_size (layout));

  /* Where a page may end: between columns, and between rows, a row being a
   * lane or the emotion band (each row starting where the one above ends,
   * so the gap between groups stays with the lower one). */
  col_edges = g_new (double, n_cols + 1);
  col_edges[0] = head_w;
  for (guint c = 0; c < n_cols; c++)
    {
      const WaymarkMapColumn *column = waymark_map_layout_get_column (layout, c);

      col_edges[c + 1] = column->header.x + column->header.width;
    }
  n_rows = n_bands + 1;
  row_edges = g_new (double, n_rows + 1);
  row_edges[0] = head_h;
  for (guint b = 0; b < n_bands; b++)
    {
      const WaymarkMapBand *band = waymark_map_layout_get_band (layout, b);

      row_edges[b + 1] = band->band.y + band->band.height;
    }
  row_edges[n_rows] = map_h;

  col_cuts = split_spans (col_edges, n_cols + 1, room_w / scale - head_w);
  row_cuts = split_spans (row_edges, n_rows + 1, room_h / scale - head_h);
  pages = (col_cuts->len - 1) * (row_cuts->len - 1);
  if (n_pages)
    *n_pages = pages;

  surface = cairo_pdf_surface_create_for_stream (waymark_paper_append_to_array, bytes,
                                                 page_width, page_height);
  title = waymark_journey_get_title (journey);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Waymark");
  cr = cairo_create (surface);

  /* Down first, then across, as a reader lays the sheets out. */
  for (guint cc = 0; cc + 1 < col_cuts->len; cc++)
    for (guint rc = 0; rc + 1 < row_cuts->len; rc++, page++)
      {
        double x0 = col_edges[g_array_index (col_cuts, guint, cc)];
        double x1 = col_edges[g_array_index (col_cuts, guint, cc + 1)];
        double y0 = row_edges[g_array_index (row_cuts, guint, rc)];
        double y1 = row_edges[g_array_index (row_cuts, guint, rc + 1)];

        draw_page_title (cr, layout, title && *title ? title : _("Journey map"),
                         page, pages, page_width);

        cairo_save (cr);
        cairo_translate (cr, PAGE_MARGIN, PAGE_MARGIN + PAGE_TITLE);
        cairo_scale (cr, scale, scale);
        /* The corner, the stage headers of these columns, the lane headers
         * of these rows, and the cells. */
        draw_region (layout, cr, 0, 0, head_w, head_h, 0, 0);
        draw_region (layout, cr, x0, 0, x1 - x0, head_h, head_w, 0);
        draw_region (layout, cr, 0, y0, head_w, y1 - y0, 0, head_h);
        draw_region (layout, cr, x0, y0, x1 - x0, y1 - y0, head_w, head_h);
        cairo_restore (cr);
        cairo_show_page (cr);
      }

  if (!finish_surface (surface, cr, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * waymark_map_export_png:
 *
 * Returns: (transfer full): the whole map at twice its size at 100 %
 */
GBytes *
waymark_map_export_png (WaymarkJourney  *journey,
                        GError         **error)
{
  g_autoptr(WaymarkMapLayout) layout = NULL;
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int width, height;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  layout = waymark_map_layout_new_for_journey (journey);
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
 *
 * The shapes come from cairo; the text is written as <text> elements, so
 * the SVG can be searched, edited and read by a screen reader.
 *
 * Returns: (transfer full): the SVG, its size in pixels at 100 %
 */
GBytes *
waymark_map_export_svg (WaymarkJourney  *journey,
                        GError         **error)
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

/* waymark-chart-export.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "waymark-chart-export.h"
#include "waymark-chart-pages.h"
#include "waymark-content-chart.h"
#include "waymark-csv-insights.h"
#include "waymark-funnel-bars.h"
#include "waymark-gaps-chart.h"
#include "waymark-outcome-bars.h"

/* What the funnel, gaps and content views show, as files: a PDF of the
 * sheets of WaymarkChartPages, or one image (PNG at twice the size, SVG)
 * with the charts one under the other at the width of a landscape A4
 * sheet's text. */

#define SECTION_GAP   18.0
#define HEADING_GAP    8.0
#define IMAGE_MARGIN  24.0
#define PNG_SCALE      2.0

static const char * const insight_names[] = {
  [WAYMARK_INSIGHT_FUNNEL] = "funnel",
  [WAYMARK_INSIGHT_GAPS] = "gaps",
  [WAYMARK_INSIGHT_CONTENT] = "content",
};

gboolean
waymark_insight_from_string (const char     *name,
                             WaymarkInsight *insight)
{
  g_return_val_if_fail (insight != NULL, FALSE);

  for (guint i = 0; name && i < G_N_ELEMENTS (insight_names); i++)
    if (g_str_equal (name, insight_names[i]))
      {
        *insight = i;
        return TRUE;
      }

  return FALSE;
}

/* What the pages' subtitle and the PDF's subject say. */
const char *
waymark_insight_get_title (WaymarkInsight insight)
{
  switch (insight)
    {
    case WAYMARK_INSIGHT_FUNNEL:
      return _("Funnel and outcomes");
    case WAYMARK_INSIGHT_GAPS:
      return _("Funnel and gaps");
    case WAYMARK_INSIGHT_CONTENT:
    default:
      return _("Content coverage");
    }
}

/**
 * waymark_insight_new_charts:
 * @width: in points
 *
 * Returns: (transfer full) (element-type WaymarkChart): what the view of
 *   @insight shows, in its order
 */
GPtrArray *
waymark_insight_new_charts (WaymarkJourney *journey,
                            WaymarkInsight  insight,
                            double          width)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  switch (insight)
    {
    case WAYMARK_INSIGHT_FUNNEL:
      g_ptr_array_add (charts, waymark_funnel_bars_new (journey, width));
      g_ptr_array_add (charts, waymark_outcome_bars_new (journey, width));
      break;
    case WAYMARK_INSIGHT_GAPS:
      g_ptr_array_add (charts, waymark_funnel_bars_new (journey, width));
      g_ptr_array_add (charts, waymark_gaps_chart_new (journey, width));
      break;
    case WAYMARK_INSIGHT_CONTENT:
    default:
      g_ptr_array_add (charts, waymark_content_chart_new (journey, width, TRUE));
      break;
    }

  return charts;
}

/**
 * waymark_insight_dup_subtitle:
 * @what: what the pages show
 * @date: (nullable): %NULL for today
 *
 * Returns: (transfer full): what goes under the journey's title on a page:
 *   “Funnel and gaps · 2026-12-02”
 */
char *
waymark_insight_dup_subtitle (const char *what,
                              GDateTime  *date)
{
  g_autoptr(GDateTime) now = date ? g_date_time_ref (date) : g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y-%m-%d");

  /* Translators: under the title of an exported page: what it shows, the date */
  return g_strdup_printf (_("%s · %s"), what, day);
}

static GBytes *
export_pdf (WaymarkJourney  *journey,
            WaymarkInsight   insight,
            WaymarkPaper     paper,
            GError         **error)
{
  g_autoptr(GByteArray) array = g_byte_array_new ();
  g_autoptr(WaymarkPages) pages = waymark_insight_new_pages (journey, insight, paper);
  const char *title = waymark_journey_get_title (journey);
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  waymark_paper_get_size (paper, &width, &height);
  surface = waymark_paper_new_pdf_surface (array, width, height,
                                           title && title[0] ? title : _("Journey"),
                                           waymark_insight_get_title (insight), NULL);
  cr = cairo_create (surface);
  for (guint i = 0; i < waymark_pages_get_n_pages (pages); i++)
    {
      waymark_pages_draw_page (pages, cr, i, width, height);
      cairo_show_page (cr);
    }

  return waymark_paper_finish (cr, surface, &array, error);
}

static GBytes *
export_image (GPtrArray           *charts,
              WaymarkPaperFormat   format,
              GError             **error)
{
  g_autoptr(GByteArray) array = g_byte_array_new ();
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_object_unref);
  WaymarkChart *first = g_ptr_array_index (charts, 0);
  double width = waymark_chart_get_width (first) + 2 * IMAGE_MARGIN;
  double height = 2 * IMAGE_MARGIN, y = IMAGE_MARGIN;
  cairo_surface_t *surface;
  cairo_t *cr;

  for (guint i = 0; i < charts->len; i++)
    {
      WaymarkChart *chart = g_ptr_array_index (charts, i);
      PangoLayout *heading = waymark_chart_new_text (chart, WAYMARK_CHART_FONT_HEADING,
                                                     waymark_chart_get_title (chart), -1, 0);

      g_ptr_array_add (headings, heading);
      height += waymark_chart_text_height (heading) + HEADING_GAP + waymark_chart_get_height (chart);
      if (i + 1 < charts->len)
        height += SECTION_GAP;
    }

  if (format == WAYMARK_PAPER_FORMAT_PNG)
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int)ceil (width * PNG_SCALE),
                                            (int)ceil (height * PNG_SCALE));
      cr = cairo_create (surface);
      cairo_scale (cr, PNG_SCALE, PNG_SCALE);
    }
  else
    {
      surface = cairo_svg_surface_create_for_stream (waymark_paper_append_to_array, array,
                                                     width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
      cr = cairo_create (surface);
    }

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  for (guint i = 0; i < charts->len; i++)
    {
      WaymarkChart *chart = g_ptr_array_index (charts, i);
      PangoLayout *heading = g_ptr_array_index (headings, i);

      y += waymark_chart_show_text (cr, heading, IMAGE_MARGIN, y, 0.1) + HEADING_GAP;
      cairo_save (cr);
      cairo_translate (cr, IMAGE_MARGIN, y);
      waymark_chart_draw (chart, cr);
      cairo_restore (cr);
      y += waymark_chart_get_height (chart) + SECTION_GAP;
    }

  return waymark_paper_finish (cr, surface, &array, error);
}

/**
 * waymark_insight_new_pages:
 *
 * Returns: (transfer full): what the view of @insight shows, on sheets of
 *   @paper: what Print shows and the PDF holds
 */
WaymarkPages *
waymark_insight_new_pages (WaymarkJourney *journey,
                           WaymarkInsight  insight,
                           WaymarkPaper    paper)
{
  g_autoptr(GPtrArray) charts = NULL;
  g_autofree char *subtitle = NULL;
  const char *title;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  title = waymark_journey_get_title (journey);
  if (title == NULL || title[0] == '\0')
    title = _("Journey");
  charts = waymark_insight_new_charts (journey, insight, waymark_chart_pages_get_content_width (paper));
  subtitle = waymark_insight_dup_subtitle (waymark_insight_get_title (insight), NULL);

  return WAYMARK_PAGES (waymark_chart_pages_new (charts, paper, title, subtitle));
}

/**
 * waymark_insight_export:
 * @paper: the pages of a PDF; images are as wide as a landscape A4 page
 *
 * What the view of @insight shows as one file: a PDF of pages of @paper,
 * a PNG (twice the size) or an SVG of all of it.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes *
waymark_insight_export (WaymarkJourney      *journey,
                        WaymarkInsight       insight,
                        WaymarkPaperFormat   format,
                        WaymarkPaper         paper,
                        GError             **error)
{
  g_autoptr(GPtrArray) charts = NULL;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (format == WAYMARK_PAPER_FORMAT_PDF)
    return export_pdf (journey, insight, paper, error);

  charts = waymark_insight_new_charts (journey, insight,
                                       waymark_chart_pages_get_content_width (WAYMARK_PAPER_A4));
  return export_image (charts, format, error);
}

/**
 * waymark_insight_export_files:
 * @suffix: ".csv" (the gaps and content only), ".pdf", ".png" or ".svg"
 *
 * What a view's Export… writes: the same file as `waymark export --view`.
 *
 * Returns: (transfer container) (element-type GBytes): the one file, or
 *   %NULL with @error set
 */
GPtrArray *
waymark_insight_export_files (WaymarkJourney  *journey,
                              WaymarkInsight   insight,
                              const char      *suffix,
                              WaymarkPaper     paper,
                              GError         **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  WaymarkPaperFormat format;
  GBytes *bytes;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);

  if (g_strcmp0 (suffix, ".csv") == 0 && insight != WAYMARK_INSIGHT_FUNNEL)
    bytes = insight == WAYMARK_INSIGHT_GAPS ? waymark_csv_export_gaps (journey)
                                            : waymark_csv_export_content (journey);
  else if (waymark_paper_format_from_suffix (suffix, &format))
    bytes = waymark_insight_export (journey, insight, format, paper, error);
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is a file name's suffix, “.csv” */
                   _("this view does not export to %s"), suffix ? suffix : "");
      return NULL;
    }

  if (bytes == NULL)
    return NULL;

  g_ptr_array_add (files, bytes);
  return g_steal_pointer (&files);
}

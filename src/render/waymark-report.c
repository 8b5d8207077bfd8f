/* waymark-report.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "waymark-chart-export.h"
#include "waymark-chart-pages.h"
#include "waymark-content-chart.h"
#include "waymark-gaps-chart.h"
#include "waymark-map-pages.h"
#include "waymark-matrix-layout.h"
#include "waymark-paper-export.h"
#include "waymark-report.h"

/* The meeting handout: one PDF with a title page (the journey's title,
 * description, date, what it holds and where each part starts), then the
 * sheets of each part as Print and its own export draw them: the map, the
 * matrix with its sign-off block, the funnel with the outcomes, the gap
 * grid and the content coverage, each from a new sheet. */

typedef enum
{
  PART_MAP,
  PART_MATRIX,
  PART_FUNNEL,
  PART_GAPS,
  PART_CONTENT,
  N_PARTS,
} Part;

typedef struct
{
  WaymarkJourney *journey;
  WaymarkPaper    paper;
  char           *date_text;
  WaymarkPages   *parts[N_PARTS];
  guint           first_page[N_PARTS];
  guint           n_pages;
} Report;

static const char *
part_title (Part part)
{
  switch (part)
    {
    case PART_MAP:
      return _("Journey map");
    case PART_MATRIX:
      return _("Accountability matrix");
    case PART_FUNNEL:
      return _("Funnel and outcomes");
    case PART_GAPS:
      return _("Gaps by Stage and Channel");
    case PART_CONTENT:
    default:
      return _("Content coverage");
    }
}

static void
report_clear (Report *report)
{
  g_clear_pointer (&report->date_text, g_free);
  for (guint i = 0; i < N_PARTS; i++)
    g_clear_object (&report->parts[i]);
}

static const char *
journey_title (Report *report)
{
  const char *title = waymark_journey_get_title (report->journey);

  return title && title[0] ? title : _("Journey");
}

static WaymarkPages *
new_chart_part (Report       *report,
                Part          part,
                GPtrArray    *charts,
                GDateTime    *date)
{
  g_autofree char *subtitle = waymark_insight_dup_subtitle (part_title (part), date);

  return WAYMARK_PAGES (waymark_chart_pages_new (charts, report->paper, journey_title (report),
                                                 subtitle));
}

static double
show (cairo_t      *cr,
      PangoContext *context,
      const char   *text,
      double        size,
      gboolean      bold,
      double        x,
      double        y,
      double        width,
      double        grey)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans");
  PangoRectangle logical;

  pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text ? text : "", -1);
  pango_layout_get_extents (layout, NULL, &logical);

  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);

  return (double)logical.height / PANGO_SCALE;
}

static guint
count (GListModel *list)
{
  return g_list_model_get_n_items (list);
}

static char *
dup_counts (WaymarkJourney *journey)
{
  guint stages = count (waymark_journey_get_stages (journey));
  guint lanes = count (waymark_journey_get_lanes (journey));
  guint touchpoints = count (waymark_journey_get_touchpoints (journey));
  guint channels = count (waymark_journey_get_channels (journey));
  guint personas = count (waymark_journey_get_personas (journey));
  guint roles = count (waymark_journey_get_roles (journey));
  guint content = count (waymark_journey_get_content (journey));
  char *parts[] = {
    /* Translators: the counts on the report's title page */
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u stage", "%u stages", stages), stages),
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u lane", "%u lanes", lanes), lanes),
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u touchpoint", "%u touchpoints", touchpoints),
                     touchpoints),
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u channel", "%u channels", channels), channels),
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u persona", "%u personas", personas), personas),
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u role", "%u roles", roles), roles),
    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u content item", "%u content items", content),
                     content),
    NULL,
  };
  char *text = g_strjoinv (" · ", parts);

  for (guint i = 0; parts[i]; i++)
    g_free (parts[i]);

  return text;
}

static void
draw_title_page (Report  *report,
                 cairo_t *cr)
{
  PangoContext *context = waymark_paper_create_context ();
  const char *description = waymark_journey_get_description (report->journey);
  g_autofree char *counts = dup_counts (report->journey);
  g_autofree char *page_label = NULL;
  double width, height, x = 72, w, y = 110;

  waymark_paper_get_size (report->paper, &width, &height);
  w = width - 2 * x;

  /* Translators: above the journey's title on the report's first page */
  y += show (cr, context, _("Journey report"), 11, TRUE, x, y, w, 0.35) + 6;
  y += show (cr, context, journey_title (report), 28, TRUE, x, y, w, 0.08) + 12;
  if (description && description[0])
    y += show (cr, context, description, 12, FALSE, x, y, w * 0.8, 0.25) + 12;
  y += show (cr, context, report->date_text, 11, FALSE, x, y, w, 0.25) + 6;
  y += show (cr, context, counts, 10, FALSE, x, y, w, 0.25) + 30;

  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_rectangle (cr, x, y, w, 0.8);
  cairo_fill (cr);
  y += 14;

  /* Translators: the heading of the list of the report's parts */
  y += show (cr, context, _("Contents"), 13, TRUE, x, y, w, 0.1) + 8;
  for (Part part = 0; part < N_PARTS; part++)
    {
      /* Translators: a line of the report's contents: the part, its first page */
      g_autofree char *line = g_strdup_printf (_("%s, page %u"), part_title (part),
                                               report->first_page[part] + 1);

      y += show (cr, context, line, 11, FALSE, x + 12, y, w - 12, 0.15) + 5;
    }

  page_label = g_strdup_printf (_("Page %u of %u"), 1, report->n_pages);
  show (cr, context, page_label, 8.5, FALSE, width - WAYMARK_CHART_PAGE_MARGIN - 80,
        height - WAYMARK_CHART_PAGE_MARGIN - 10, 80, 0.3);
  cairo_show_page (cr);
  g_object_unref (context);
}

/**
 * waymark_report_export_pdf:
 * @paper: the sheets, landscape
 * @date: (nullable): the date the report shows; %NULL for now
 * @n_pages: (out) (optional): how many pages it has
 *
 * Returns: (transfer full): the report as a PDF, or %NULL with @error set
 */
GBytes *
waymark_report_export_pdf (WaymarkJourney  *journey,
                           WaymarkPaper     paper,
                           GDateTime       *date,
                           guint           *n_pages,
                           GError         **error)
{
  g_autoptr(GByteArray) array = g_byte_array_new ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GPtrArray) funnel = NULL;
  g_autoptr(GPtrArray) gaps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) content = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(WaymarkMatrixLayout) matrix = NULL;
  Report report = { 0 };
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height, content_width;
  guint page = 1;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (date == NULL)
    date = now = g_date_time_new_now_local ();

  report.journey = journey;
  report.paper = paper;
  report.date_text = g_date_time_format (date, "%Y-%m-%d");
  content_width = waymark_chart_pages_get_content_width (paper);
  matrix = waymark_matrix_layout_new (journey, paper);
  waymark_matrix_layout_set_date (matrix, date);
  funnel = waymark_insight_new_charts (journey, WAYMARK_INSIGHT_FUNNEL, content_width);
  g_ptr_array_add (gaps, waymark_gaps_chart_new (journey, content_width));
  g_ptr_array_add (content, waymark_content_chart_new (journey, content_width, FALSE));

  report.parts[PART_MAP] = WAYMARK_PAGES (waymark_map_pages_new (journey, paper));
  report.parts[PART_MATRIX] = WAYMARK_PAGES (g_steal_pointer (&matrix));
  report.parts[PART_FUNNEL] = new_chart_part (&report, PART_FUNNEL, funnel, date);
  report.parts[PART_GAPS] = new_chart_part (&report, PART_GAPS, gaps, date);
  report.parts[PART_CONTENT] = new_chart_part (&report, PART_CONTENT, content, date);

  /* The title page, then each part from a new sheet. */
  for (Part part = 0; part < N_PARTS; part++)
    {
      report.first_page[part] = page;
      page += waymark_pages_get_n_pages (report.parts[part]);
    }
  report.n_pages = page;
  for (Part part = 0; part < N_PARTS; part++)
    waymark_pages_set_numbers (report.parts[part], report.first_page[part], report.n_pages);

  waymark_paper_get_size (paper, &width, &height);
  surface = waymark_paper_new_pdf_surface (array, width, height, journey_title (&report),
                                           _("Journey report"), date);
  cr = cairo_create (surface);

  draw_title_page (&report, cr);
  for (Part part = 0; part < N_PARTS; part++)
    for (guint i = 0; i < waymark_pages_get_n_pages (report.parts[part]); i++)
      {
        waymark_pages_draw_page (report.parts[part], cr, i, width, height);
        cairo_show_page (cr);
      }

  if (n_pages)
    *n_pages = report.n_pages;
  report_clear (&report);

  return waymark_paper_finish (cr, surface, &array, error);
}

/* waymark-chart-pages.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "waymark-chart-pages.h"

/* Charts on sheets of paper, paginated once: each sheet has the journey's
 * title, a subtitle (what it shows, the date) and its number; each chart
 * its heading, which never stays alone at the foot of a sheet; a chart
 * that goes on over a break says "(continued)" and repeats its column
 * titles. The PDF export, the report and Print draw the same sheets. */

#define HEADING_GAP   8.0
#define SECTION_GAP  18.0

typedef enum
{
  PLACE_HEADING,
  PLACE_HEADING_CONTINUED,
  PLACE_HEAD_FIRST,
  PLACE_HEAD_NEXT,
  PLACE_ROW,
} PlaceKind;

typedef struct
{
  WaymarkChart *chart;
  PlaceKind     kind;
  guint         row;
  double        y;
} Place;

struct _WaymarkChartPages
{
  GObject       parent_instance;

  GPtrArray    *charts;
  WaymarkPaper  paper;
  char         *title;
  char         *subtitle;
  double        width;
  double        height;
  double        top;          /* where the charts start on a sheet */
  GPtrArray    *pages;        /* GArray of Place, one a sheet */
};

static void waymark_chart_pages_pages_init (WaymarkPagesInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WaymarkChartPages, waymark_chart_pages, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (WAYMARK_TYPE_PAGES,
                                                      waymark_chart_pages_pages_init))

static PangoContext *
get_context (WaymarkChartPages *self)
{
  return waymark_chart_get_context (g_ptr_array_index (self->charts, 0));
}

/* Shows @text from (@x, @y), or ending at @x when @right; its height.
 * Measures only when @cr is NULL. */
static double
show (WaymarkChartPages *self,
      cairo_t           *cr,
      const char        *text,
      double             size,
      gboolean           bold,
      double             x,
      double             y,
      double             grey,
      gboolean           right)
{
  g_autoptr(PangoLayout) layout = pango_layout_new (get_context (self));
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  PangoRectangle logical;

  pango_font_description_set_size (font, (int)(size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  if (!right)
    {
      pango_layout_set_width (layout, (int)((self->width - x - WAYMARK_CHART_PAGE_MARGIN) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_extents (layout, NULL, &logical);
  if (cr != NULL)
    {
      cairo_set_source_rgb (cr, grey, grey, grey);
      cairo_move_to (cr, right ? x - (double)logical.width / PANGO_SCALE : x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }

  return (double)logical.height / PANGO_SCALE;
}

/* The band at the top of a sheet: its height. */
static double
draw_band (WaymarkChartPages *self,
           cairo_t           *cr)
{
  double m = WAYMARK_CHART_PAGE_MARGIN;
  double y = m;

  y += show (self, cr, self->title, 15, TRUE, m, y, 0.1, FALSE) + 2;
  y += show (self, cr, self->subtitle, 9, FALSE, m, y, 0.35, FALSE) + 6;
  if (cr != NULL)
    {
      cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
      cairo_rectangle (cr, m, y, self->width - 2 * m, 0.8);
      cairo_fill (cr);
    }

  return y + 14;
}

static char *
dup_heading (WaymarkChart *chart,
             gboolean      continued)
{
  if (continued)
    /* Translators: a chart's heading on the page it goes on over */
    return g_strdup_printf (_("%s (continued)"), waymark_chart_get_title (chart));

  return g_strdup (waymark_chart_get_title (chart));
}

static double
heading_height (WaymarkChartPages *self,
                WaymarkChart      *chart,
                gboolean           continued)
{
  g_autofree char *text = dup_heading (chart, continued);

  return show (self, NULL, text, 13, TRUE, 0, 0, 0, FALSE) + HEADING_GAP;
}

static GArray *
new_page (WaymarkChartPages *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Place));

  g_ptr_array_add (self->pages, page);

  return page;
}

static void
place (GArray       *page,
       WaymarkChart *chart,
       PlaceKind     kind,
       guint         row,
       double        y)
{
  Place p = { chart, kind, row, y };

  g_array_append_val (page, p);
}

static void
paginate (WaymarkChartPages *self)
{
  double bottom = self->height - WAYMARK_CHART_PAGE_MARGIN - 16;
  GArray *page = new_page (self);
  double y = self->top;

  for (guint c = 0; c < self->charts->len; c++)
    {
      WaymarkChart *chart = g_ptr_array_index (self->charts, c);
      guint n = waymark_chart_get_n_rows (chart);
      double first_row = n > 0 ? waymark_chart_get_row_height (chart, 0) : 0;

      if (page->len > 0 &&
          y + heading_height (self, chart, FALSE) + waymark_chart_get_head_height (chart, TRUE) +
          first_row > bottom)
        {
          page = new_page (self);
          y = self->top;
        }

      place (page, chart, PLACE_HEADING, 0, y);
      y += heading_height (self, chart, FALSE);
      place (page, chart, PLACE_HEAD_FIRST, 0, y);
      y += waymark_chart_get_head_height (chart, TRUE);

      for (guint i = 0; i < n; i++)
        {
          double h = waymark_chart_get_row_height (chart, i);

          if (y + h > bottom && y > self->top)
            {
              page = new_page (self);
              y = self->top;
              place (page, chart, PLACE_HEADING_CONTINUED, 0, y);
              y += heading_height (self, chart, TRUE);
              if (waymark_chart_repeats_head (chart, i))
                {
                  place (page, chart, PLACE_HEAD_NEXT, 0, y);
                  y += waymark_chart_get_head_height (chart, FALSE);
                }
            }
          place (page, chart, PLACE_ROW, i, y);
          y += h;
        }
      y += SECTION_GAP;
    }
}

/* WaymarkPages */

static guint
pages_get_n_pages (WaymarkPages *pages)
{
  return WAYMARK_CHART_PAGES (pages)->pages->len;
}

static void
pages_get_page_size (WaymarkPages *pages,
                     double       *width,
                     double       *height)
{
  WaymarkChartPages *self = WAYMARK_CHART_PAGES (pages);

  *width = self->width;
  *height = self->height;
}

static char *
pages_dup_page_label (WaymarkPages *pages,
                      guint         page)
{
  WaymarkChartPages *self = WAYMARK_CHART_PAGES (pages);
  GArray *places = g_ptr_array_index (self->pages, page);
  const Place *first = &g_array_index (places, Place, 0);

  /* Translators: what a printed page of a chart is: "Page 2 of 3 · Funnel" */
  return g_strdup_printf (_("Page %u of %u · %s"), waymark_pages_get_number (pages, page),
                          waymark_pages_get_total (pages), waymark_chart_get_title (first->chart));
}

static void
pages_draw_page (WaymarkPages *pages,
                 cairo_t      *cr,
                 guint         page,
                 double        width,
                 double        height)
{
  WaymarkChartPages *self = WAYMARK_CHART_PAGES (pages);
  GArray *places = g_ptr_array_index (self->pages, page);
  double fit = MIN (width / self->width, height / self->height);
  double m = WAYMARK_CHART_PAGE_MARGIN;

  cairo_save (cr);
  cairo_translate (cr, (width - self->width * fit) / 2, (height - self->height * fit) / 2);
  cairo_scale (cr, fit, fit);

  draw_band (self, cr);
  if (waymark_pages_get_total (pages) > 1)
    {
      /* Translators: at the bottom right of each page of charts */
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"),
                                                waymark_pages_get_number (pages, page),
                                                waymark_pages_get_total (pages));

      show (self, cr, label, 8.5, FALSE, self->width - m, self->height - m - 10, 0.3, TRUE);
    }

  for (guint i = 0; i < places->len; i++)
    {
      const Place *p = &g_array_index (places, Place, i);

      cairo_save (cr);
      cairo_translate (cr, m, p->y);
      switch (p->kind)
        {
        case PLACE_HEADING:
        case PLACE_HEADING_CONTINUED:
          {
            g_autofree char *text = dup_heading (p->chart, p->kind == PLACE_HEADING_CONTINUED);

            show (self, cr, text, 13, TRUE, 0, 0, 0.1, FALSE);
          }
          break;
        case PLACE_HEAD_FIRST:
        case PLACE_HEAD_NEXT:
          waymark_chart_draw_head (p->chart, cr, p->kind == PLACE_HEAD_FIRST);
          break;
        case PLACE_ROW:
        default:
          waymark_chart_draw_row (p->chart, cr, p->row);
          break;
        }
      cairo_restore (cr);
    }
  cairo_restore (cr);
}

static void
waymark_chart_pages_pages_init (WaymarkPagesInterface *iface)
{
  iface->get_n_pages = pages_get_n_pages;
  iface->get_page_size = pages_get_page_size;
  iface->dup_page_label = pages_dup_page_label;
  iface->draw_page = pages_draw_page;
}

/* GObject */

static void
waymark_chart_pages_finalize (GObject *object)
{
  WaymarkChartPages *self = WAYMARK_CHART_PAGES (object);

  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->subtitle, g_free);

  G_OBJECT_CLASS (waymark_chart_pages_parent_class)->finalize (object);
}

static void
waymark_chart_pages_class_init (WaymarkChartPagesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_chart_pages_finalize;
}

static void
waymark_chart_pages_init (WaymarkChartPages *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
}

/* The width of a landscape sheet of @paper between its margins: the width
 * to lay charts out for. */
double
waymark_chart_pages_get_content_width (WaymarkPaper paper)
{
  double width, height;

  waymark_paper_get_size (paper, &width, &height);

  return width - 2 * WAYMARK_CHART_PAGE_MARGIN;
}

/**
 * waymark_chart_pages_new:
 * @charts: (element-type WaymarkChart): at least one, laid out for
 *   waymark_chart_pages_get_content_width (@paper)
 * @title: on top of every sheet
 * @subtitle: under it: what the sheets show, the date
 *
 * Returns: (transfer full): @charts on sheets of @paper
 */
WaymarkChartPages *
waymark_chart_pages_new (GPtrArray    *charts,
                         WaymarkPaper  paper,
                         const char   *title,
                         const char   *subtitle)
{
  WaymarkChartPages *self;

  g_return_val_if_fail (charts != NULL && charts->len > 0, NULL);

  self = g_object_new (WAYMARK_TYPE_CHART_PAGES, NULL);
  self->charts = g_ptr_array_ref (charts);
  self->paper = paper;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  waymark_paper_get_size (paper, &self->width, &self->height);
  self->top = draw_band (self, NULL);
  paginate (self);

  return self;
}

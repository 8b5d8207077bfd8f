/* waymark-map-pages.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "waymark-map-export.h"
#include "waymark-map-pages.h"
#include "waymark-map-renderer.h"

/* The journey map on landscape sheets: the whole map on one page, scaled
 * to fit, or tiled at the smallest readable size between stages and
 * between lanes, with the stage and lane headers on every page. Computed
 * once when made; the PDF export and Print draw the same pages. */

#define PAGE_MARGIN   28.0   /* points */
#define PAGE_TITLE    22.0   /* the line above the map on each page */

struct _WaymarkMapPages
{
  GObject           parent_instance;

  WaymarkJourney   *journey;
  WaymarkPaper      paper;
  WaymarkMapLayout *layout;
  char             *title;
  double            width;      /* of a sheet, points */
  double            height;
  double            scale;      /* map units to points */
  double            head_w;
  double            head_h;
  double           *col_edges;  /* where a page may end across, map units */
  double           *row_edges;  /* and down: lanes, then the emotion band */
  GArray           *col_cuts;   /* indexes into the edges, first to last */
  GArray           *row_cuts;
  guint             n_bands;
};

static void waymark_map_pages_pages_init (WaymarkPagesInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (WaymarkMapPages, waymark_map_pages, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (WAYMARK_TYPE_PAGES,
                                                      waymark_map_pages_pages_init))

/* Spans of the map that fit a page: columns across, rows (the lanes and
 * the emotion band) down. The result holds the index of the edge where
 * each span begins, then the last edge. */
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
paginate (WaymarkMapPages *self)
{
  WaymarkMapLayout *layout = self->layout;
  double map_w, map_h, room_w, room_h;
  guint n_cols, n_rows;

  waymark_paper_get_size (self->paper, &self->width, &self->height);
  map_w = waymark_map_layout_get_width (layout);
  map_h = waymark_map_layout_get_height (layout);
  self->head_w = waymark_map_layout_get_header_width (layout);
  self->head_h = waymark_map_layout_get_header_height (layout);
  n_cols = waymark_map_layout_get_n_columns (layout);
  self->n_bands = waymark_map_layout_get_n_bands (layout);

  room_w = self->width - 2 * PAGE_MARGIN;
  room_h = self->height - 2 * PAGE_MARGIN - PAGE_TITLE;
  self->scale = MIN (1.0, MIN (room_w / map_w, room_h / map_h));
  self->scale = MAX (self->scale,
                     WAYMARK_MAP_EXPORT_MIN_TEXT / waymark_map_layout_get_min_font_size (layout));

  /* Where a page may end: between columns, and between rows, a row being a
   * lane or the emotion band (each row starting where the one above ends,
   * so the gap between groups stays with the lower one). */
  self->col_edges = g_new (double, n_cols + 1);
  self->col_edges[0] = self->head_w;
  for (guint c = 0; c < n_cols; c++)
    {
      const WaymarkMapColumn *column = waymark_map_layout_get_column (layout, c);

      self->col_edges[c + 1] = column->header.x + column->header.width;
    }
  n_rows = self->n_bands + 1;
  self->row_edges = g_new (double, n_rows + 1);
  self->row_edges[0] = self->head_h;
  for (guint b = 0; b < self->n_bands; b++)
    {
      const WaymarkMapBand *band = waymark_map_layout_get_band (layout, b);

      self->row_edges[b + 1] = band->band.y + band->band.height;
    }
  self->row_edges[n_rows] = map_h;

  self->col_cuts = split_spans (self->col_edges, n_cols + 1, room_w / self->scale - self->head_w);
  self->row_cuts = split_spans (self->row_edges, n_rows + 1, room_h / self->scale - self->head_h);
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
draw_page_title (WaymarkMapPages *self,
                 cairo_t         *cr,
                 guint            page)
{
  PangoLayout *text = pango_layout_new (waymark_map_layout_get_context (self->layout));
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold");
  guint n_pages = waymark_pages_get_total (WAYMARK_PAGES (self));

  pango_font_description_set_absolute_size (font, 11 * PANGO_SCALE);
  pango_layout_set_font_description (text, font);
  pango_layout_set_width (text, (self->width - 2 * PAGE_MARGIN) * PANGO_SCALE);
  pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
  pango_layout_set_text (text, self->title, -1);
  cairo_set_source_rgb (cr, 0.141, 0.141, 0.161);
  cairo_move_to (cr, PAGE_MARGIN, PAGE_MARGIN);
  pango_cairo_show_layout (cr, text);

  if (n_pages > 1)
    {
      /* Translators: at the top right of each page of an exported map */
      g_autofree char *label = g_strdup_printf (_("Page %u of %u"),
                                                waymark_pages_get_number (WAYMARK_PAGES (self), page),
                                                n_pages);
      int w;

      pango_font_description_set_weight (font, PANGO_WEIGHT_NORMAL);
      pango_layout_set_font_description (text, font);
      pango_layout_set_width (text, -1);
      pango_layout_set_text (text, label, -1);
      pango_layout_get_pixel_size (text, &w, NULL);
      cairo_set_source_rgb (cr, 0.369, 0.361, 0.392);
      cairo_move_to (cr, self->width - PAGE_MARGIN - w, PAGE_MARGIN);
      pango_cairo_show_layout (cr, text);
    }

  pango_font_description_free (font);
  g_object_unref (text);
}

/* Pages go down first, then across, as a reader lays the sheets out:
 * the span of columns and of rows that @page shows. */
static void
get_spans (WaymarkMapPages *self,
           guint            page,
           guint           *col_span,
           guint           *row_span)
{
  guint n_down = self->row_cuts->len - 1;

  *col_span = page / n_down;
  *row_span = page % n_down;
}

/* WaymarkPages */

static guint
pages_get_n_pages (WaymarkPages *pages)
{
  WaymarkMapPages *self = WAYMARK_MAP_PAGES (pages);

  return (self->col_cuts->len - 1) * (self->row_cuts->len - 1);
}

static void
pages_get_page_size (WaymarkPages *pages,
                     double       *width,
                     double       *height)
{
  WaymarkMapPages *self = WAYMARK_MAP_PAGES (pages);

  *width = self->width;
  *height = self->height;
}

static char *
pages_dup_page_label (WaymarkPages *pages,
                      guint         page)
{
  WaymarkMapPages *self = WAYMARK_MAP_PAGES (pages);
  GString *label = g_string_new (NULL);
  guint col_span, row_span, first, last;

  get_spans (self, page, &col_span, &row_span);
  /* Translators: what a page of the printed map is, in the print preview */
  g_string_append_printf (label, _("Page %u of %u"), waymark_pages_get_number (pages, page),
                          waymark_pages_get_total (pages));

  if (self->col_cuts->len > 2)
    {
      first = g_array_index (self->col_cuts, guint, col_span);
      last = g_array_index (self->col_cuts, guint, col_span + 1) - 1;
      g_string_append (label, " · ");
      if (first == last)
        /* Translators: which stage of the map a printed page shows */
        g_string_append_printf (label, _("stage %u"), first + 1);
      else
        /* Translators: which stages of the map a printed page shows, "stages 3–5" */
        g_string_append_printf (label, _("stages %u–%u"), first + 1, last + 1);
    }

  if (self->row_cuts->len > 2)
    {
      /* The last row is the emotion band, not a lane. */
      first = g_array_index (self->row_cuts, guint, row_span);
      last = MIN (g_array_index (self->row_cuts, guint, row_span + 1) - 1, self->n_bands - 1);
      g_string_append (label, " · ");
      if (first >= self->n_bands)
        /* Translators: a printed page of the map shows only the emotion curve */
        g_string_append (label, _("emotion curve"));
      else if (first == last)
        /* Translators: which lane of the map a printed page shows */
        g_string_append_printf (label, _("lane %u"), first + 1);
      else
        /* Translators: which lanes of the map a printed page shows, "lanes 1–4" */
        g_string_append_printf (label, _("lanes %u–%u"), first + 1, last + 1);
    }

  return g_string_free (label, FALSE);
}

static void
pages_draw_page (WaymarkPages *pages,
                 cairo_t      *cr,
                 guint         page,
                 double        width,
                 double        height)
{
  WaymarkMapPages *self = WAYMARK_MAP_PAGES (pages);
  WaymarkMapLayout *layout = self->layout;
  double fit = MIN (width / self->width, height / self->height);
  guint col_span, row_span;
  double x0, x1, y0, y1;

  get_spans (self, page, &col_span, &row_span);
  x0 = self->col_edges[g_array_index (self->col_cuts, guint, col_span)];
  x1 = self->col_edges[g_array_index (self->col_cuts, guint, col_span + 1)];
  y0 = self->row_edges[g_array_index (self->row_cuts, guint, row_span)];
  y1 = self->row_edges[g_array_index (self->row_cuts, guint, row_span + 1)];

  cairo_save (cr);
  cairo_translate (cr, (width - self->width * fit) / 2, (height - self->height * fit) / 2);
  cairo_scale (cr, fit, fit);

  draw_page_title (self, cr, page);

  cairo_translate (cr, PAGE_MARGIN, PAGE_MARGIN + PAGE_TITLE);
  cairo_scale (cr, self->scale, self->scale);
  /* The corner, the stage headers of these columns, the lane headers of
   * these rows, and the cells. */
  draw_region (layout, cr, 0, 0, self->head_w, self->head_h, 0, 0);
  draw_region (layout, cr, x0, 0, x1 - x0, self->head_h, self->head_w, 0);
  draw_region (layout, cr, 0, y0, self->head_w, y1 - y0, 0, self->head_h);
  draw_region (layout, cr, x0, y0, x1 - x0, y1 - y0, self->head_w, self->head_h);
  cairo_restore (cr);
}

static void
waymark_map_pages_pages_init (WaymarkPagesInterface *iface)
{
  iface->get_n_pages = pages_get_n_pages;
  iface->get_page_size = pages_get_page_size;
  iface->dup_page_label = pages_dup_page_label;
  iface->draw_page = pages_draw_page;
}

/* GObject */

static void
waymark_map_pages_finalize (GObject *object)
{
  WaymarkMapPages *self = (WaymarkMapPages *)object;

  g_clear_object (&self->journey);
  g_clear_object (&self->layout);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->col_edges, g_free);
  g_clear_pointer (&self->row_edges, g_free);
  g_clear_pointer (&self->col_cuts, g_array_unref);
  g_clear_pointer (&self->row_cuts, g_array_unref);

  G_OBJECT_CLASS (waymark_map_pages_parent_class)->finalize (object);
}

static void
waymark_map_pages_class_init (WaymarkMapPagesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_map_pages_finalize;
}

static void
waymark_map_pages_init (WaymarkMapPages *self)
{
}

/**
 * waymark_map_pages_new:
 * @journey: the map to lay out; read now, not followed
 * @paper: the sheets, in landscape
 *
 * Returns: (transfer full): the pages of the whole map
 */
WaymarkMapPages *
waymark_map_pages_new (WaymarkJourney *journey,
                       WaymarkPaper    paper)
{
  return waymark_map_pages_new_for_view (journey, NULL, paper);
}

/**
 * waymark_map_pages_new_for_view:
 * @journey: the map to lay out; read now, not followed
 * @view: (nullable): the map on screen: the pages show its filters (the
 *   other cards faded) and its folded lanes, at their own scale
 * @paper: the sheets, in landscape
 *
 * Returns: (transfer full): the pages
 */
WaymarkMapPages *
waymark_map_pages_new_for_view (WaymarkJourney   *journey,
                                WaymarkMapLayout *view,
                                WaymarkPaper      paper)
{
  WaymarkMapPages *self;
  const char *title;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (view == NULL || WAYMARK_IS_MAP_LAYOUT (view), NULL);

  self = g_object_new (WAYMARK_TYPE_MAP_PAGES, NULL);
  self->journey = g_object_ref (journey);
  self->paper = paper;
  self->layout = waymark_map_layout_new_for_journey (journey);
  waymark_map_layout_copy_view (self->layout, view);
  title = waymark_journey_get_title (journey);
  self->title = g_strdup (title && *title ? title : _("Journey map"));
  paginate (self);

  return self;
}

/**
 * waymark_map_pages_get_title:
 *
 * Returns: the title above every page: the journey's, or "Journey map"
 */
const char *
waymark_map_pages_get_title (WaymarkMapPages *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_PAGES (self), NULL);

  return self->title;
}

/* test-map-export.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "waymark-document.h"
#include "waymark-map-export.h"
#include "waymark-map-pages.h"
#include "waymark-map-renderer.h"
#include "waymark-reader.h"
#include "waymark-test-journey.h"

/* The map on paper: one page while its text stays readable, tiled with the
 * headers repeated when it would not. Pages are read back with pdftotext. */

typedef struct
{
  char *dir;
  char *pdf;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("waymark-map-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->pdf = g_build_filename (f->dir, "map.pdf", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_unlink (f->pdf);
  g_rmdir (f->dir);
  g_free (f->pdf);
  g_free (f->dir);
}

static gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("needs pdftotext (poppler-utils)");

  return path != NULL;
}

static void
write_pdf (Fixture        *f,
           WaymarkJourney *journey,
           const char     *paper,
           guint          *n_pages)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkPaper sheet;

  g_assert_true (waymark_paper_from_string (paper, &sheet));
  bytes = waymark_map_export_pdf (journey, NULL, sheet, n_pages, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (f->pdf, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
}

static char *
page_text (Fixture *f,
           guint    page)
{
  g_autofree char *number = g_strdup_printf ("%u", page + 1);
  const char *argv[] = { "pdftotext", "-f", number, "-l", number, f->pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

static guint
count_lines (const char *text,
             const char *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i]; i++)
    n += g_str_equal (lines[i], line);

  return n;
}

/* 14 stages and 6 lanes: too wide for one readable A4 page. */
static WaymarkJourney *
wide_journey (void)
{
  WaymarkJourney *journey = waymark_journey_new ();
  g_autoptr(WaymarkDocument) document = waymark_document_new (journey);
  g_autoptr(GPtrArray) stages = g_ptr_array_new ();
  g_autoptr(GPtrArray) lanes = g_ptr_array_new ();

  waymark_document_set (document, journey, "title", "Wide journey", NULL);
  for (guint s = 0; s < 14; s++)
    {
      g_autofree char *name = g_strdup_printf ("Stage%02u", s + 1);

      g_ptr_array_add (stages, waymark_document_add_stage (document, s, name));
    }
  for (guint l = 0; l < 6; l++)
    {
      g_autofree char *name = g_strdup_printf ("Lane%u", l + 1);

      g_ptr_array_add (lanes, waymark_document_add_lane (document, l, name,
                                                         l == 0 ? WAYMARK_PERSPECTIVE_CUSTOMER
                                                                : WAYMARK_PERSPECTIVE_COMPANY));
    }
  for (guint s = 0; s < 14; s++)
    for (guint l = 0; l < 6; l++)
      {
        g_autofree char *title = g_strdup_printf ("Card%02u%u", s + 1, l + 1);

        waymark_document_add_touchpoint (document, g_ptr_array_index (stages, s),
                                         g_ptr_array_index (lanes, l), 0, title);
      }

  return journey;
}

static void
test_one_page (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n_pages = 0;

  journey = waymark_reader_load_file (file, NULL, &error);
  g_assert_no_error (error);
  if (!have_pdftotext ())
    return;

  for (guint i = 0; i < 3; i++)
    {
      const char *papers[] = { "a4", "a3", "letter" };

      write_pdf (f, journey, papers[i], &n_pages);
      g_assert_cmpuint (n_pages, ==, 1);
    }
  text = page_text (f, 0);
  g_assert_true (g_str_has_prefix (text, "B2B customer lifecycle\n"));
  /* One page has no page number. */
  g_assert_null (strstr (text, "Page "));
}

static void
test_tiled (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(WaymarkJourney) journey = wide_journey ();
  char *texts[3] = { NULL };
  guint n_pages = 0;

  if (!have_pdftotext ())
    return;

  /* At 6 pt for the smallest text an A4 page holds 5 of the 14 stages:
   * 3 pages across, all 6 lanes and the emotion band on each. */
  write_pdf (f, journey, "a4", &n_pages);
  g_assert_cmpuint (n_pages, ==, G_N_ELEMENTS (texts));

  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *header = g_strdup_printf ("Wide journey\n\nPage %u of 3\n", p + 1);

      texts[p] = page_text (f, p);
      g_test_message ("page %u:\n%s", p + 1, texts[p]);
      g_assert_true (g_str_has_prefix (texts[p], header));
      /* The lane headers and the emotion scale are repeated on every page. */
      for (guint l = 0; l < 6; l++)
        {
          g_autofree char *lane = g_strdup_printf ("Lane%u", l + 1);

          g_assert_cmpuint (count_lines (texts[p], lane), ==, 1);
        }
      g_assert_cmpuint (count_lines (texts[p], "Emotion"), ==, 1);
    }

  /* Every stage's header and every card on exactly one page, the stages in
   * their order: 1-5, 6-10, 11-14. */
  for (guint s = 0; s < 14; s++)
    {
      g_autofree char *stage = g_strdup_printf ("Stage%02u", s + 1);
      guint page = s / 5;

      for (guint p = 0; p < n_pages; p++)
        {
          g_assert_cmpuint (count_lines (texts[p], stage), ==, p == page);
          for (guint l = 0; l < 6; l++)
            {
              g_autofree char *card = g_strdup_printf ("Card%02u%u", s + 1, l + 1);

              g_assert_cmpuint (count_lines (texts[p], card), ==, p == page);
            }
        }
    }

  for (guint p = 0; p < G_N_ELEMENTS (texts); p++)
    g_free (texts[p]);

  /* A3 is larger: 8 stages a page. */
  write_pdf (f, journey, "a3", &n_pages);
  g_assert_cmpuint (n_pages, ==, 2);

}

/* What Print shows: the sheets of the PDF, labelled with what they hold,
 * drawn at any size. */
static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(WaymarkJourney) journey = wide_journey ();
  g_autoptr(WaymarkMapPages) pages = waymark_map_pages_new (journey, WAYMARK_PAPER_A4);
  g_autoptr(WaymarkMapPages) a3 = waymark_map_pages_new (journey, WAYMARK_PAPER_A3);
  const char *labels[] = {
    "Page 1 of 3 · stages 1–5",
    "Page 2 of 3 · stages 6–10",
    "Page 3 of 3 · stages 11–14",
  };
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  g_assert_true (WAYMARK_IS_PAGES (pages));
  g_assert_cmpuint (waymark_pages_get_n_pages (WAYMARK_PAGES (pages)), ==, 3);
  g_assert_cmpuint (waymark_pages_get_n_pages (WAYMARK_PAGES (a3)), ==, 2);
  g_assert_cmpstr (waymark_map_pages_get_title (pages), ==, "Wide journey");
  waymark_pages_get_page_size (WAYMARK_PAGES (pages), &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 841.890, 0.001);
  g_assert_cmpfloat_with_epsilon (height, 595.276, 0.001);

  for (guint p = 0; p < G_N_ELEMENTS (labels); p++)
    {
      g_autofree char *label = waymark_pages_dup_page_label (WAYMARK_PAGES (pages), p);

      g_assert_cmpstr (label, ==, labels[p]);
    }

  /* A thumbnail: the page scaled down, centred, nothing drawn outside. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 200, 200);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, 200, 200);
  waymark_pages_draw_page (WAYMARK_PAGES (pages), cr, 1, 200, 200);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  {
    const guint32 *pixels = (const guint32 *)cairo_image_surface_get_data (surface);
    int stride = cairo_image_surface_get_stride (surface) / 4;

    /* 200 x 141 in the middle: the red stays above and below. */
    g_assert_cmphex (pixels[10 * stride + 100] & 0xffffff, ==, 0xff0000);
    g_assert_cmphex (pixels[190 * stride + 100] & 0xffffff, ==, 0xff0000);
    g_assert_cmphex (pixels[100 * stride + 100] & 0xffffff, !=, 0xff0000);
  }
  cairo_surface_destroy (surface);
}

/* The line of @svg with the <text> element of @text (one line of a title). */
static char *
dup_svg_text (const char *svg,
              const char *text)
{
  g_autofree char *element = g_strdup_printf (">%s</text>", text);
  g_auto(GStrv) lines = g_strsplit (svg, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    if (strstr (lines[i], element) != NULL)
      return g_strdup (lines[i]);

  return NULL;
}

/* "The view on screen": a layout's channel filter and folded lanes go
 * into the SVG, the PNG and the PDF, at 100 % whatever its zoom. */
static void
test_view (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkMapLayout) view = NULL;
  g_autoptr(WaymarkMapLayout) at_100 = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) all = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autofree char *svg_text = NULL;
  g_autofree char *all_text = NULL;
  g_autofree char *line = NULL;
  const guint8 *head;

  view = waymark_map_layout_new_for_journey (journey);
  waymark_map_layout_set_channel (view, "ch-phone");
  waymark_map_layout_set_lane_collapsed (view, WAYMARK_LANE (waymark_journey_lookup (journey, "l-marketing")),
                                         TRUE);
  waymark_map_layout_set_zoom (view, 2.0);

  /* The SVG: the phone cards in full, the others faded, none of the
   * folded Marketing lane; all of them without a view. */
  svg = waymark_map_export_svg (journey, view, &error);
  g_assert_no_error (error);
  svg_text = g_strndup (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg));
  line = dup_svg_text (svg_text, "Asks for a proposal");
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, "fill-opacity=\"1.00\""));
  g_clear_pointer (&line, g_free);
  line = dup_svg_text (svg_text, "Reads a blog post ");
  g_assert_nonnull (line);
  g_assert_nonnull (strstr (line, "fill-opacity=\"0.28\""));
  g_assert_null (strstr (svg_text, "Publishes thought"));
  all = waymark_map_export_svg (journey, NULL, &error);
  g_assert_no_error (error);
  all_text = g_strndup (g_bytes_get_data (all, NULL), g_bytes_get_size (all));
  g_assert_nonnull (strstr (all_text, "Publishes thought"));
  g_clear_pointer (&line, g_free);
  line = dup_svg_text (all_text, "Reads a blog post ");
  g_assert_nonnull (strstr (line, "fill-opacity=\"1.00\""));

  /* The PNG: twice the size at 100 % of the map with the lane folded. */
  at_100 = waymark_map_layout_new_for_journey (journey);
  waymark_map_layout_copy_view (at_100, view);
  g_assert_cmpfloat (waymark_map_layout_get_zoom (at_100), ==, 1.0);
  g_assert_true (waymark_map_layout_get_band (at_100, 1)->collapsed);
  png = waymark_map_export_png (journey, view, &error);
  g_assert_no_error (error);
  head = g_bytes_get_data (png, NULL);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *)(head + 16)), ==,
                    (guint)ceil ((waymark_map_layout_get_width (at_100) + 48) * 2));
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *)(head + 20)), ==,
                    (guint)ceil ((waymark_map_layout_get_height (at_100) + 48) * 2));

  /* The PDF (and Print, the same pages). */
  if (!have_pdftotext ())
    return;
  {
    g_autoptr(GBytes) pdf = waymark_map_export_pdf (journey, view, WAYMARK_PAPER_A4, NULL, &error);
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    g_assert_true (g_file_set_contents (f->pdf, g_bytes_get_data (pdf, NULL),
                                        g_bytes_get_size (pdf), NULL));
    text = page_text (f, 0);
    g_assert_nonnull (strstr (text, "Discovery call"));
    g_assert_null (strstr (text, "Publishes thought"));
  }
}

/* The colour @style draws at @x, @y of the card of t1, at 4 pixels a unit. */
static guint32
card_pixel (WaymarkMapLayout *layout,
            WaymarkMapStyle   style,
            double            fx,
            double            dy)
{
  const WaymarkMapCard *c = waymark_map_layout_get_card (layout, 0);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 4 * 300, 4 * 200);
  cairo_t *cr = cairo_create (surface);
  guint32 pixel;
  int x = (int)(4 * (c->rect.width * fx)), y = (int)(4 * (12 + dy));

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, 4, 4);
  cairo_translate (cr, -c->rect.x, -c->rect.y + 12);
  waymark_map_renderer_draw_card (layout, cr, style, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixel = ((const guint32 *)cairo_image_surface_get_data (surface))[y * cairo_image_surface_get_stride (surface) / 4 + x];
  cairo_surface_destroy (surface);

  return pixel & 0xffffff;
}

/* The high contrast style outlines each card in a dark line; the light
 * style leaves the pale fill to its edge. */
static void
test_high_contrast (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(WaymarkMapLayout) layout = waymark_map_layout_new_for_journey (journey);
  guint32 edge;

  g_assert_cmpint (waymark_map_style_get (FALSE, FALSE), ==, WAYMARK_MAP_STYLE_LIGHT);
  g_assert_cmpint (waymark_map_style_get (TRUE, FALSE), ==, WAYMARK_MAP_STYLE_DARK);
  g_assert_cmpint (waymark_map_style_get (FALSE, TRUE), ==, WAYMARK_MAP_STYLE_HIGH_CONTRAST);
  g_assert_cmpint (waymark_map_style_get (TRUE, TRUE), ==, WAYMARK_MAP_STYLE_HIGH_CONTRAST_DARK);

  /* Half-way along the top edge, 0.75 units in: the touchpoint's yellow
   * (255, 249, 194), or the outline over it. */
  g_assert_cmphex (card_pixel (layout, WAYMARK_MAP_STYLE_LIGHT, 0.5, 0.75), ==, 0xfff9c2);
  edge = card_pixel (layout, WAYMARK_MAP_STYLE_HIGH_CONTRAST, 0.5, 0.75);
  g_assert_cmpuint ((edge >> 16) & 0xff, <, 60);
  g_assert_cmpuint ((edge >> 8) & 0xff, <, 60);
  g_assert_cmpuint (edge & 0xff, <, 60);
  /* Inside, the same fill. */
  g_assert_cmphex (card_pixel (layout, WAYMARK_MAP_STYLE_HIGH_CONTRAST, 0.5, 4), ==, 0xfff9c2);
  /* In the dark high contrast style, a light outline. */
  edge = card_pixel (layout, WAYMARK_MAP_STYLE_HIGH_CONTRAST_DARK, 0.5, 0.75);
  g_assert_cmpuint (edge & 0xff, >, 200);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/map-export/one-page", Fixture, NULL, fixture_set_up, test_one_page,
              fixture_tear_down);
  g_test_add ("/map-export/tiled", Fixture, NULL, fixture_set_up, test_tiled,
              fixture_tear_down);
  g_test_add ("/map-export/pages", Fixture, NULL, fixture_set_up, test_pages,
              fixture_tear_down);
  g_test_add ("/map-export/view", Fixture, NULL, fixture_set_up, test_view,
              fixture_tear_down);
  g_test_add ("/map-export/high-contrast", Fixture, NULL, fixture_set_up, test_high_contrast,
              fixture_tear_down);

  return g_test_run ();
}

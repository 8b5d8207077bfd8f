/* test-insights-pdf.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <cairo.h>

#include "waymark-document.h"
#include "waymark-matrix-fixture.h"
#include "waymark-pdf-test.h"
#include "waymark-reader.h"
#include "waymark-report.h"
#include "waymark-writer.h"

/* `waymark export --view funnel|gaps|content|report`, read back as a user
 * would: pdftotext, pdfinfo, pdffonts, qpdf; the PNG and SVG images. The
 * journey is the B2B example with outcomes that add up to 90 %, a target
 * the Capture stage misses, and a last stage without a metric. The path of
 * waymark-cli is the first argument. */

static char *cli_path;

static void
write_bytes (Fixture    *f,
             const char *name,
             GBytes     *bytes)
{
  g_autofree char *path = pdf_test_path (f, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static WaymarkJourney *
new_journey (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GError) error = NULL;
  WaymarkJourney *journey = waymark_reader_load_path (path, "b2b-lifecycle.waymark", &error);
  g_autoptr(WaymarkDocument) document = NULL;
  WaymarkStage *convert;
  WaymarkOutcome *outcome;

  g_assert_no_error (error);
  document = waymark_document_new (journey);
  convert = WAYMARK_STAGE (waymark_journey_lookup (journey, "s-convert"));
  outcome = waymark_document_add_outcome (document, convert, 0, "Hired");
  waymark_document_set (document, outcome, "share", 0.3, "next", "s-expand", NULL);
  outcome = waymark_document_add_outcome (document, convert, 1, "Not now");
  waymark_document_set (document, outcome, "share", 0.5, "next", "s-nurture", NULL);
  outcome = waymark_document_add_outcome (document, convert, 2, "No way");
  waymark_document_set (document, outcome, "share", 0.1, NULL);
  waymark_document_set (document, waymark_journey_lookup (journey, "m-capture-known"),
                        "target", 3000.0, NULL);
  waymark_document_add_stage (document, 5, "Advocate");

  return journey;
}

static void
write_journey (Fixture    *f,
               const char *name)
{
  g_autoptr(WaymarkJourney) journey = new_journey ();
  g_autoptr(GBytes) bytes = waymark_writer_to_bytes (journey);

  write_bytes (f, name, bytes);
}

static void
export (Fixture    *f,
        const char *input,
        const char *output,
        const char *view)
{
  const char *argv[] = { cli_path, "export", input, "-o", output, "--view", view, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (pdf_test_run (f, argv, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, "");
}

/* Text as pdftotext gives it, without the spaces and line breaks that
 * wrapping adds. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new ("");

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static void
assert_has (const char *squeezed,
            const char *text)
{
  g_autofree char *want = squeeze (text);

  if (strstr (squeezed, want) == NULL)
    g_test_message ("“%s” is not in “%s”", text, squeezed);
  g_assert_nonnull (strstr (squeezed, want));
}

static char *
squeezed_page (Fixture    *f,
               const char *pdf,
               guint       page)
{
  g_autofree char *text = pdf_test_page_text (f, pdf, page, "-raw");

  return squeeze (text);
}

static void
assert_pages (Fixture    *f,
              const char *pdf,
              guint       n_pages)
{
  g_autofree char *info = pdf_test_tool (f, "pdfinfo", pdf, NULL);
  g_autofree char *pages = pdf_test_info_value (info, "Pages");
  g_autofree char *expected = g_strdup_printf ("%u", n_pages);

  g_assert_cmpstr (pages, ==, expected);
}

/* The page the title page's contents give for @part: "Part, page N". */
static guint
part_page (const char *title_text,
           const char *part)
{
  g_autofree char *prefix = g_strdup_printf ("%s, page ", part);
  const char *line = strstr (title_text, prefix);

  g_assert_nonnull (line);

  return (guint)g_ascii_strtoull (line + strlen (prefix), NULL, 10);
}

/* The text of all the pages of the part @i of the report. */
static char *
part_text (Fixture            *f,
           const char         *title_text,
           const char * const *parts,
           guint               i,
           guint               n_pages)
{
  guint first = part_page (title_text, parts[i]);
  guint end = i < 4 ? part_page (title_text, parts[i + 1]) : n_pages + 1;
  char *text = g_strdup ("");

  for (guint p = first; p < end; p++)
    {
      g_autofree char *more = squeezed_page (f, "report.pdf", p - 1);
      char *both = g_strconcat (text, more, NULL);

      g_free (text);
      text = both;
    }

  return text;
}

/* The handout: the title page with its contents, the map with an outcome's
 * arrow, the matrix with its sign-off block, the funnel with computed
 * conversions, a stage below target and a gap in the chain, the outcomes
 * with their warning, the gap grid and the content coverage, on the pages
 * the contents name. */
static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(WaymarkJourney) journey = new_journey ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *value = NULL;
  g_autofree char *title_text = NULL, *page_label = NULL;
  g_autofree char *title = NULL, *map = NULL, *matrix = NULL;
  g_autofree char *funnel = NULL, *gaps = NULL, *content = NULL;
  const char *stages[] = { "Attract", "Capture", "Nurture", "Convert", "Expand", "Advocate" };
  const char *parts[] = {
    "Journey map", "Accountability matrix", "Funnel and outcomes", "Gaps by Stage and Channel",
    "Content coverage",
  };
  guint n_pages = 0;

  write_journey (f, "insights.waymark");
  export (f, "insights.waymark", "report.pdf", "report");

  /* The same as the library draws: the title page, at least a page for
   * each part. */
  bytes = waymark_report_export_pdf (journey, WAYMARK_PAPER_A4, NULL, &n_pages, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 6);
  assert_pages (f, "report.pdf", n_pages);

  info = pdf_test_tool (f, "pdfinfo", "report.pdf", NULL);
  value = pdf_test_info_value (info, "Title");
  g_assert_cmpstr (value, ==, "B2B customer lifecycle");
  g_clear_pointer (&value, g_free);
  value = pdf_test_info_value (info, "Creator");
  g_assert_cmpstr (value, ==, "Waymark " PACKAGE_VERSION);
  g_clear_pointer (&value, g_free);
  value = pdf_test_info_value (info, "Subject");
  g_assert_cmpstr (value, ==, "Journey report");
  g_clear_pointer (&value, g_free);
  value = pdf_test_info_value (info, "Author");
  g_assert_cmpstr (value, !=, "");
  pdf_test_assert_fonts_embedded (f, "report.pdf");
  pdf_test_assert_qpdf_check (f, "report.pdf");

  title_text = pdf_test_page_text (f, "report.pdf", 0, "-raw");
  title = squeeze (title_text);
  assert_has (title, "Journey report");
  assert_has (title, "B2B customer lifecycle");
  assert_has (title, "Five-stage B2B lifecycle");
  assert_has (title, "6 stages · 4 lanes · 10 touchpoints · 5 channels · 1 persona · 3 roles · "
                     "2 content items");
  assert_has (title, "Contents");
  g_assert_cmpuint (part_page (title_text, "Journey map"), ==, 2);
  page_label = g_strdup_printf ("Page 1 of %u", n_pages);
  assert_has (title, page_label);

  /* The parts follow each other in the order of the contents. */
  for (guint i = 1; i < G_N_ELEMENTS (parts); i++)
    g_assert_cmpuint (part_page (title_text, parts[i]), >, part_page (title_text, parts[i - 1]));
  g_assert_cmpuint (part_page (title_text, parts[G_N_ELEMENTS (parts) - 1]), <=, n_pages);

  map = part_text (f, title_text, parts, 0, n_pages);
  matrix = part_text (f, title_text, parts, 1, n_pages);
  funnel = part_text (f, title_text, parts, 2, n_pages);
  gaps = part_text (f, title_text, parts, 3, n_pages);
  content = part_text (f, title_text, parts, 4, n_pages);
  assert_has (map, "Customer");
  /* The map's and the matrix's sheets are numbered in the report's count. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *label = g_strdup_printf ("Page %u of %u",
                                                part_page (title_text, parts[i]), n_pages);

      assert_has (i == 0 ? map : matrix, label);
    }

  assert_has (map, "Emotion");
  assert_has (map, "Outcomes");
  assert_has (map, "Hired 30 % → Expand");
  assert_has (map, "Not now 50 % → Nurture");

  assert_has (matrix, "Stage, activity or handoff");
  assert_has (matrix, "Sign-off");
  assert_has (matrix, "Signature");

  assert_has (funnel, "Funnel and outcomes ·");
  assert_has (funnel, "Funnel");
  assert_has (funnel, "12000 people");
  assert_has (funnel, "↓ 20 % to the next stage");
  assert_has (funnel, "2400 people, target 3000");
  assert_has (funnel, "below target");
  assert_has (funnel, "↓ 25 % to the next stage");
  assert_has (funnel, "↓ 30 % to the next stage");
  assert_has (funnel, "↓ 11.1 % to the next stage");
  assert_has (funnel, "↓ a gap in the chain");
  assert_has (funnel, "no metric");
  assert_has (funnel, "Outcomes per Stage");
  assert_has (funnel, "1 Hired 30 % → Expand · 2 Not now 50 % → Nurture · 3 No way 10 %");
  assert_has (funnel, "Stage “Convert”: the shares of the outcomes add up to 90 %, not 100 %");

  assert_has (gaps, "Gaps by Stage and Channel");
  assert_has (gaps, "Website Social media Email Phone Events Summary");
  assert_has (gaps, "Missed");
  assert_has (gaps, "1 customer · 0 company");
  assert_has (gaps, "Waste");
  assert_has (gaps, "0 customer · 1 company");
  assert_has (gaps, "Covered");
  assert_has (gaps, "1 missed, 1 waste");
  assert_has (gaps, "0 missed, 0 waste");
  /* The legend says what each kind means, not only its colour. */
  assert_has (gaps, "the customer is here, the company is not");

  assert_has (content, "Content Coverage");
  assert_has (content, "B2B buyer All content");
  assert_has (content, "Gap");
  assert_has (content, "Stages with No Content");
  assert_has (content, "Stage “Capture”: no content item serves this stage");
  assert_has (content, "Stage “Advocate”: no content item serves this stage");
  assert_has (content, "Unanswered Questions");
  assert_has (content, "Attract: Which channels are being used?");

  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      assert_has (funnel, stages[i]);
      assert_has (gaps, stages[i]);
      assert_has (content, stages[i]);
    }
}

/* German and Thai shaped and embedded: the text comes back as written. */
static void
test_report_languages (Fixture       *f,
                       gconstpointer  data)
{
  const WaymarkFixtureLanguage languages[] = { WAYMARK_FIXTURE_GERMAN, WAYMARK_FIXTURE_THAI };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(GBytes) bytes = waymark_matrix_fixture_new (4, 1, 3, languages[i]);
      g_autofree char *stage = waymark_matrix_fixture_stage (languages[i], 2);
      g_autofree char *text = NULL;
      g_autofree char *title = NULL;
      g_autofree char *fonts = NULL;

      write_bytes (f, "lang.waymark", bytes);
      export (f, "lang.waymark", "lang.pdf", "report");
      pdf_test_assert_fonts_embedded (f, "lang.pdf");
      pdf_test_assert_qpdf_check (f, "lang.pdf");

      /* The funnel's page lists every stage. */
      title = pdf_test_page_text (f, "lang.pdf", 0, "-raw");
      text = squeezed_page (f, "lang.pdf", part_page (title, "Funnel and outcomes") - 1);
      assert_has (text, stage);
      if (languages[i] == WAYMARK_FIXTURE_THAI)
        {
          fonts = pdf_test_tool (f, "pdffonts", "lang.pdf", NULL);
          /* A font of fonts-thai-tlwg drew the Thai. */
          g_assert_true (strstr (fonts, "Loma") || strstr (fonts, "Garuda") ||
                         strstr (fonts, "Norasi") || strstr (fonts, "Kinnari") ||
                         strstr (fonts, "Waree") || strstr (fonts, "Umpush") ||
                         strstr (fonts, "Sawasdee") || strstr (fonts, "Purisa") ||
                         strstr (fonts, "TlwgTypo") || strstr (fonts, "Laksaman"));
        }
    }
}

/* Each view as PDF, PNG (twice the size of the page's text width) and SVG. */
static void
test_views (Fixture       *f,
            gconstpointer  data)
{
  static const struct {
    const char *view;
    const char *headings[3];
    const char *text;
    guint       n_pages;
  } views[] = {
    { "funnel", { "Funnel", "Outcomes per Stage", NULL }, "↓ 20 % to the next stage", 1 },
    { "gaps", { "Funnel", "Gaps by Stage and Channel", NULL }, "1 customer · 0 company", 2 },
    { "content", { "Content Coverage", "Content Items", NULL },
      "Attraction 101: Content Marketing", 2 },
  };

  write_journey (f, "insights.waymark");
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *pdf = g_strdup_printf ("%s.pdf", views[i].view);
      g_autofree char *png = g_strdup_printf ("%s.png", views[i].view);
      g_autofree char *svg = g_strdup_printf ("%s.svg", views[i].view);
      g_autofree char *png_path = pdf_test_path (f, png);
      g_autofree char *svg_path = pdf_test_path (f, svg);
      g_autofree char *text = NULL;
      g_autofree char *raw = NULL;
      g_autofree char *svg_text = NULL;
      cairo_surface_t *image;

      g_test_message ("view %s", views[i].view);
      export (f, "insights.waymark", pdf, views[i].view);
      export (f, "insights.waymark", png, views[i].view);
      export (f, "insights.waymark", svg, views[i].view);

      assert_pages (f, pdf, views[i].n_pages);
      pdf_test_assert_fonts_embedded (f, pdf);
      pdf_test_assert_qpdf_check (f, pdf);
      raw = pdf_test_tool (f, "pdftotext", "-raw", pdf, "-", NULL);
      text = squeeze (raw);
      for (guint k = 0; views[i].headings[k]; k++)
        assert_has (text, views[i].headings[k]);
      assert_has (text, views[i].text);

      image = cairo_image_surface_create_from_png (png_path);
      g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
      /* A4 landscape less its margins, 782 points, and 24 around: twice. */
      g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1660);
      g_assert_cmpint (cairo_image_surface_get_height (image), >, 400);
      cairo_surface_destroy (image);

      g_assert_true (g_file_get_contents (svg_path, &svg_text, NULL, NULL));
      g_assert_true (g_str_has_prefix (svg_text, "<?xml"));
      g_assert_nonnull (strstr (svg_text, "<svg"));
      g_assert_nonnull (strstr (svg_text, "width=\"829.89pt\""));
    }
}

/* A chart longer than a page goes on over the next with its heading
 * "(continued)" and its column titles again. */
static void
test_long_journey (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GBytes) bytes = waymark_matrix_fixture_new (30, 0, 2, WAYMARK_FIXTURE_ENGLISH);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *last_stage = waymark_matrix_fixture_stage (WAYMARK_FIXTURE_ENGLISH, 29);

  write_bytes (f, "long.waymark", bytes);
  export (f, "long.waymark", "long.pdf", "content");
  assert_pages (f, "long.pdf", 4);
  first = squeezed_page (f, "long.pdf", 0);
  second = squeezed_page (f, "long.pdf", 1);
  assert_has (first, "Content Coverage");
  assert_has (first, "Page 1 of 4");
  assert_has (second, "Content Coverage (continued)");
  assert_has (second, "All content");
  /* The grid goes on: its column titles repeat. */
  assert_has (second, last_stage);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpint (argc, ==, 2);
  cli_path = g_canonicalize_filename (argv[1], NULL);

  g_test_add ("/insights-pdf/report", Fixture, NULL, pdf_test_set_up, test_report,
              pdf_test_tear_down);
  g_test_add ("/insights-pdf/report-languages", Fixture, NULL, pdf_test_set_up,
              test_report_languages, pdf_test_tear_down);
  g_test_add ("/insights-pdf/views", Fixture, NULL, pdf_test_set_up, test_views,
              pdf_test_tear_down);
  g_test_add ("/insights-pdf/long-journey", Fixture, NULL, pdf_test_set_up, test_long_journey,
              pdf_test_tear_down);

  return g_test_run ();
}

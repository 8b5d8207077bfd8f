/* test-matrix-layout.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <cairo.h>

#include "waymark-matrix-layout.h"
#include "waymark-matrix-fixture.h"
#include "waymark-reader.h"

/* The pagination of the printed matrix: which rows and roles go on which
 * sheet, and what the sheets say about it. */

static WaymarkJourney *
load_fixture_in (guint                  n_stages,
                 guint                  activities_per_stage,
                 guint                  n_roles,
                 WaymarkFixtureLanguage language)
{
  g_autoptr(GBytes) bytes = waymark_matrix_fixture_new (n_stages, activities_per_stage, n_roles,
                                                        language);
  g_autoptr(GError) error = NULL;
  WaymarkJourney *journey = waymark_reader_load_bytes (bytes, "fixture.waymark", &error);

  g_assert_no_error (error);
  g_assert_nonnull (journey);

  return journey;
}

static WaymarkJourney *
load_fixture (guint n_stages,
              guint activities_per_stage,
              guint n_roles)
{
  return load_fixture_in (n_stages, activities_per_stage, n_roles, WAYMARK_FIXTURE_ENGLISH);
}

static guint
count_matrix_pages (WaymarkMatrixLayout *layout)
{
  guint n = 0;

  while (n < waymark_matrix_layout_get_n_pages (layout) &&
         waymark_matrix_layout_get_page_rows (layout, n, NULL, NULL))
    n++;

  return n;
}

/* Every matrix page holds one band of rows and one group of roles; the
 * sheets of a band follow each other with the groups in order, the bands
 * cover every row once, in order, and every page after them has no matrix
 * on it. Returns the number of groups of roles. */
static guint
assert_pages_cover (WaymarkMatrixLayout *layout,
                    guint                n_rows,
                    guint                n_roles)
{
  guint n_pages = waymark_matrix_layout_get_n_pages (layout);
  guint n_matrix = count_matrix_pages (layout);
  guint n_groups = 0;
  guint next_row = 0;

  g_assert_cmpuint (n_matrix, >, 0);

  /* The groups of roles are those of the first band. */
  for (guint p = 0, next_role = 0; next_role < n_roles || (n_roles == 0 && p == 0); p++)
    {
      guint first, n;

      g_assert_true (waymark_matrix_layout_get_page_roles (layout, p, &first, &n));
      g_assert_cmpuint (first, ==, next_role);
      next_role += n;
      n_groups++;
      if (n_roles == 0)
        break;
    }
  g_assert_cmpuint (n_matrix % n_groups, ==, 0);

  for (guint p = 0; p < n_matrix; p += n_groups)
    {
      guint band_first, band_n;

      g_assert_true (waymark_matrix_layout_get_page_rows (layout, p, &band_first, &band_n));
      g_assert_cmpuint (band_first, ==, next_row);
      g_assert_true (band_n > 0 || n_rows == 0);
      next_row += band_n;

      for (guint g = 0; g < n_groups; g++)
        {
          guint first, n, role_first, role_n, first0, n0;

          g_assert_true (waymark_matrix_layout_get_page_rows (layout, p + g, &first, &n));
          g_assert_cmpuint (first, ==, band_first);
          g_assert_cmpuint (n, ==, band_n);
          g_assert_true (waymark_matrix_layout_get_page_roles (layout, p + g, &role_first, &role_n));
          g_assert_true (waymark_matrix_layout_get_page_roles (layout, g, &first0, &n0));
          g_assert_cmpuint (role_first, ==, first0);
          g_assert_cmpuint (role_n, ==, n0);
        }
    }
  g_assert_cmpuint (next_row, ==, n_rows);

  for (guint p = n_matrix; p < n_pages; p++)
    {
      g_assert_false (waymark_matrix_layout_get_page_rows (layout, p, NULL, NULL));
      g_assert_false (waymark_matrix_layout_get_page_roles (layout, p, NULL, NULL));
    }

  return n_groups;
}

static void
test_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);
  g_autoptr(WaymarkMatrixLayout) layout = NULL;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  guint first = 99, n = 99;
  double width, height;

  g_assert_no_error (error);
  layout = waymark_matrix_layout_new (journey, WAYMARK_PAPER_A4);

  /* Eleven rows, three roles, the problems and the sign-off: one sheet. */
  g_assert_cmpuint (waymark_matrix_layout_get_n_pages (layout), ==, 1);
  g_assert_true (waymark_matrix_layout_get_page_rows (layout, 0, &first, &n));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 11);
  g_assert_true (waymark_matrix_layout_get_page_roles (layout, 0, &first, &n));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 3);

  label = waymark_matrix_layout_dup_page_label (layout, 0);
  g_assert_cmpstr (label, ==, "Page 1 of 1");
  title = waymark_matrix_layout_dup_title (layout);
  g_assert_cmpstr (title, ==, "B2B customer lifecycle");

  waymark_matrix_layout_get_page_size (layout, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 841.89, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 595.28, 0.01);
  g_assert_true (waymark_matrix_layout_get_paper (layout) == WAYMARK_PAPER_A4);
  g_assert_true (waymark_matrix_layout_get_journey (layout) == journey);
}

/* 11 stages of 9 activities and a handoff: 120 rows, 14 roles. */
static void
test_large_a4 (void)
{
  g_autoptr(WaymarkJourney) journey = load_fixture (11, 9, 14);
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, WAYMARK_PAPER_A4);
  guint n_pages = waymark_matrix_layout_get_n_pages (layout);
  guint n_matrix = count_matrix_pages (layout);
  guint first, n;

  /* 14 roles do not fit across A4 at a readable size: two sheets of
   * seven, side by side, for each band of rows. */
  g_assert_cmpuint (assert_pages_cover (layout, 120, 14), ==, 2);
  g_assert_true (waymark_matrix_layout_get_page_roles (layout, 0, &first, &n));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 7);
  g_assert_true (waymark_matrix_layout_get_page_roles (layout, 1, &first, &n));
  g_assert_cmpuint (first, ==, 7);
  g_assert_cmpuint (n, ==, 7);

  /* A stage (11 rows with its activities and handoff) never starts on one
   * sheet and ends on the next: every band starts with a stage, and so
   * holds whole stages. */
  for (guint p = 0; p < n_matrix; p++)
    {
      g_assert_true (waymark_matrix_layout_get_page_rows (layout, p, &first, &n));
      g_assert_cmpuint (first % 11, ==, 0);
      g_assert_cmpuint (n % 11, ==, first + n == 120 ? 10 : 0);
    }

  g_assert_cmpuint (n_matrix, ==, 12);
  g_assert_cmpuint (n_pages, ==, 13);
}

static void
test_labels (void)
{
  g_autoptr(WaymarkJourney) journey = load_fixture (11, 9, 14);
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, WAYMARK_PAPER_A4);
  guint n_pages = waymark_matrix_layout_get_n_pages (layout);
  g_autofree char *first = waymark_matrix_layout_dup_page_label (layout, 0);
  g_autofree char *second = waymark_matrix_layout_dup_page_label (layout, 1);
  g_autofree char *third = waymark_matrix_layout_dup_page_label (layout, 2);
  g_autofree char *last = waymark_matrix_layout_dup_page_label (layout, n_pages - 1);
  g_autofree char *expected_last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

  g_assert_cmpuint (n_pages, ==, 13);
  g_assert_cmpstr (first, ==, "Page 1 of 13 · roles 1–7");
  g_assert_cmpstr (second, ==, "Page 2 of 13 · roles 8–14 · continued from page 1");
  g_assert_cmpstr (third, ==, "Page 3 of 13 · roles 1–7");
  g_assert_cmpstr (last, ==, expected_last);

  /* Print sees the same pages through WaymarkPages. */
  g_assert_true (WAYMARK_IS_PAGES (layout));
  g_assert_cmpuint (waymark_pages_get_n_pages (WAYMARK_PAGES (layout)), ==, 13);
  g_clear_pointer (&second, g_free);
  second = waymark_pages_dup_page_label (WAYMARK_PAGES (layout), 1);
  g_assert_cmpstr (second, ==, "Page 2 of 13 · roles 8–14 · continued from page 1");
}

/* 40 roles: four sheets of ten across; a last sheet of one role says so. */
static void
test_many_roles (void)
{
  g_autoptr(WaymarkJourney) journey = load_fixture (2, 1, 40);
  g_autoptr(WaymarkJourney) odd = load_fixture (2, 1, 11);
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, WAYMARK_PAPER_A4);
  g_autoptr(WaymarkMatrixLayout) odd_layout = waymark_matrix_layout_new (odd, WAYMARK_PAPER_A3);
  g_autofree char *fourth = NULL;
  g_autofree char *odd_label = NULL;

  g_assert_cmpuint (assert_pages_cover (layout, 5, 40), ==, 4);
  fourth = waymark_matrix_layout_dup_page_label (layout, 3);
  g_assert_cmpstr (fourth, ==, "Page 4 of 6 · roles 31–40 · continued from page 3");

  /* Forty roles sign on two more sheets; eleven roles fit across A3,
   * with no role numbers at all. */
  g_assert_cmpuint (waymark_matrix_layout_get_n_pages (layout), ==, 6);
  g_assert_cmpuint (assert_pages_cover (odd_layout, 5, 11), ==, 1);
  odd_label = waymark_matrix_layout_dup_page_label (odd_layout, 0);
  g_assert_cmpstr (odd_label, ==, "Page 1 of 1");
}

/* Twelve roles named "Geschäftsführung 01"… would take two sheets with
 * their names across the columns, so the names are turned upright and
 * all twelve fit on one; twelve "Team 01"… fit across as they are. */
static void
test_upright_roles (void)
{
  g_autoptr(WaymarkJourney) german = load_fixture_in (2, 1, 12, WAYMARK_FIXTURE_GERMAN);
  g_autoptr(WaymarkJourney) english = load_fixture_in (2, 1, 12, WAYMARK_FIXTURE_ENGLISH);
  g_autoptr(WaymarkJourney) more = load_fixture_in (2, 1, 13, WAYMARK_FIXTURE_GERMAN);
  g_autoptr(WaymarkMatrixLayout) german_layout = waymark_matrix_layout_new (german, WAYMARK_PAPER_A4);
  g_autoptr(WaymarkMatrixLayout) english_layout = waymark_matrix_layout_new (english, WAYMARK_PAPER_A4);
  g_autoptr(WaymarkMatrixLayout) more_layout = waymark_matrix_layout_new (more, WAYMARK_PAPER_A4);

  g_assert_cmpuint (assert_pages_cover (german_layout, 5, 12), ==, 1);
  g_assert_cmpuint (assert_pages_cover (english_layout, 5, 12), ==, 1);
  g_assert_cmpuint (assert_pages_cover (more_layout, 5, 13), ==, 2);
}

/* A stage with more activities than a sheet holds is split between rows,
 * and nothing is lost or repeated. */
static void
test_stage_taller_than_a_page (void)
{
  g_autoptr(WaymarkJourney) journey = load_fixture (1, 60, 3);
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, WAYMARK_PAPER_A4);
  guint first, n;

  g_assert_cmpuint (assert_pages_cover (layout, 61, 3), ==, 1);
  g_assert_cmpuint (count_matrix_pages (layout), ==, 3);
  g_assert_true (waymark_matrix_layout_get_page_rows (layout, 0, &first, &n));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, >, 20);
}

/* A stage that does not fit under the previous one starts a new sheet. */
static void
test_stage_kept_together (void)
{
  g_autoptr(WaymarkJourney) journey = load_fixture (6, 14, 4);
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, WAYMARK_PAPER_A4);
  guint n_matrix;

  /* 16 rows a stage, 95 in all; one stage and a bit would fit a sheet. */
  g_assert_cmpuint (assert_pages_cover (layout, 95, 4), ==, 1);
  n_matrix = count_matrix_pages (layout);
  g_assert_cmpuint (n_matrix, ==, 6);
  for (guint p = 0; p < n_matrix; p++)
    {
      guint first, n;

      g_assert_true (waymark_matrix_layout_get_page_rows (layout, p, &first, &n));
      g_assert_cmpuint (first, ==, p * 16);
      g_assert_cmpuint (n, ==, p == 5 ? 15 : 16);
    }
}

static void
test_papers (void)
{
  g_autoptr(WaymarkJourney) journey = load_fixture (11, 9, 14);
  g_autoptr(WaymarkMatrixLayout) a3 = waymark_matrix_layout_new (journey, WAYMARK_PAPER_A3);
  g_autoptr(WaymarkMatrixLayout) letter = waymark_matrix_layout_new (journey, WAYMARK_PAPER_LETTER);
  double width, height;
  WaymarkPaper paper;

  /* A3 takes all 14 roles across, and more rows down. */
  g_assert_cmpuint (assert_pages_cover (a3, 120, 14), ==, 1);
  g_assert_cmpuint (count_matrix_pages (a3), <, 6);
  waymark_matrix_layout_get_page_size (a3, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, 1190.55, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);

  g_assert_cmpuint (assert_pages_cover (letter, 120, 14), ==, 2);
  waymark_matrix_layout_get_page_size (letter, &width, &height);
  g_assert_cmpfloat (width, ==, 792.0);
  g_assert_cmpfloat (height, ==, 612.0);

  g_assert_true (waymark_paper_from_string ("A3", &paper));
  g_assert_true (paper == WAYMARK_PAPER_A3);
  g_assert_true (waymark_paper_from_string ("letter", &paper));
  g_assert_true (paper == WAYMARK_PAPER_LETTER);
  g_assert_false (waymark_paper_from_string ("a5", &paper));
  g_assert_false (waymark_paper_from_string (NULL, &paper));
  g_assert_cmpstr (waymark_paper_to_string (WAYMARK_PAPER_A4), ==, "a4");
}

static void
test_empty (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_journey_new ();
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, WAYMARK_PAPER_LETTER);
  g_autofree char *title = waymark_matrix_layout_dup_title (layout);
  guint first = 99, n = 99;

  g_assert_cmpuint (waymark_matrix_layout_get_n_pages (layout), ==, 1);
  g_assert_true (waymark_matrix_layout_get_page_rows (layout, 0, &first, &n));
  g_assert_cmpuint (first, ==, 0);
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (waymark_matrix_layout_get_page_roles (layout, 0, &first, &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpstr (title, ==, "Untitled journey");
}

/* Every page draws without an error, at its size and scaled into another. */
static void
test_draw (void)
{
  g_autoptr(WaymarkJourney) journey = load_fixture (11, 9, 14);
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, WAYMARK_PAPER_A4);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 1, 9, 0, 0);

  waymark_matrix_layout_set_date (layout, date);
  g_assert_true (g_date_time_equal (waymark_matrix_layout_get_date (layout), date));

  for (guint p = 0; p < waymark_matrix_layout_get_n_pages (layout); p++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 421, 298);
      cairo_t *cr = cairo_create (surface);
      int stride = cairo_image_surface_get_stride (surface);
      guint n_dark = 0;
      unsigned char *data;

      waymark_matrix_layout_draw_page (layout, cr, p, 421, 298);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_flush (surface);

      /* The margin is white paper; the title in the band is dark. */
      data = cairo_image_surface_get_data (surface);
      g_assert_cmphex (((guint32 *)(data + 5 * stride))[5] & 0xffffff, ==, 0xffffff);
      for (int y = 18; y < 26; y++)
        for (int x = 18; x < 80; x++)
          if ((((guint32 *)(data + y * stride))[x] & 0xff) < 0x80)
            n_dark++;
      g_assert_cmpuint (n_dark, >, 20);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* What a layout puts on paper, as text: the rows and roles of every page
 * and a checksum of the first page's pixels. */
static char *
dup_paper_digest (WaymarkFixtureLanguage language)
{
  g_autoptr(WaymarkJourney) journey = load_fixture_in (4, 5, 9, language);
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, WAYMARK_PAPER_A4);
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 1, 9, 0, 0);
  g_autofree char *checksum = NULL;
  GString *digest = g_string_new (NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 842, 596);
  cairo_t *cr = cairo_create (surface);

  waymark_matrix_layout_set_date (layout, date);
  for (guint p = 0; p < waymark_matrix_layout_get_n_pages (layout); p++)
    {
      guint first_row = 0, n_rows = 0, first_role = 0, n_roles = 0;

      waymark_matrix_layout_get_page_rows (layout, p, &first_row, &n_rows);
      waymark_matrix_layout_get_page_roles (layout, p, &first_role, &n_roles);
      g_string_append_printf (digest, "%u+%u,%u+%u;", first_row, n_rows, first_role, n_roles);
    }

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  waymark_matrix_layout_draw_page (layout, cr, 0, 842, 596);
  cairo_surface_flush (surface);
  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, cairo_image_surface_get_data (surface),
                                          (gsize)cairo_image_surface_get_stride (surface) * 596);
  g_string_append (digest, checksum);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return g_string_free (digest, FALSE);
}

/* A command loads the fonts in a thread, into a font map of its own
 * (waymark_matrix_layout_prepare_fonts()): the pages are the same, to the
 * pixel, as on Pango's default font map, in English and in Thai. */
static void
test_prepared_fonts (void)
{
  g_autofree char *english = NULL;
  g_autofree char *thai = NULL;
  g_autofree char *expected = NULL;

  if (g_test_subprocess ())
    {
      waymark_matrix_layout_prepare_fonts ();
      english = dup_paper_digest (WAYMARK_FIXTURE_ENGLISH);
      thai = dup_paper_digest (WAYMARK_FIXTURE_THAI);
      g_print ("%s\n%s\n", english, thai);
      return;
    }

  english = dup_paper_digest (WAYMARK_FIXTURE_ENGLISH);
  thai = dup_paper_digest (WAYMARK_FIXTURE_THAI);
  g_assert_cmpstr (english, !=, thai);
  expected = g_strdup_printf ("%s\n%s\n", english, thai);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (expected);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/layout/example", test_example);
  g_test_add_func ("/render/layout/large-a4", test_large_a4);
  g_test_add_func ("/render/layout/labels", test_labels);
  g_test_add_func ("/render/layout/many-roles", test_many_roles);
  g_test_add_func ("/render/layout/upright-roles", test_upright_roles);
  g_test_add_func ("/render/layout/stage-taller-than-a-page", test_stage_taller_than_a_page);
  g_test_add_func ("/render/layout/stage-kept-together", test_stage_kept_together);
  g_test_add_func ("/render/layout/papers", test_papers);
  g_test_add_func ("/render/layout/empty", test_empty);
  g_test_add_func ("/render/layout/draw", test_draw);
  g_test_add_func ("/render/layout/prepared-fonts", test_prepared_fonts);

  return g_test_run ();
}

/* test-matrix-pdf.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "waymark-matrix.h"
#include "waymark-matrix-fixture.h"
#include "waymark-matrix-layout.h"
#include "waymark-pdf-test.h"
#include "waymark-reader.h"

/* What `waymark export -o x.pdf|png|svg` writes, read back with the tools a
 * user has: pdftotext, pdfinfo and pdffonts (poppler-utils) and qpdf. The
 * path of waymark-cli is the first argument. No display is needed. */

static char *cli_path;

static void
write_fixture (Fixture                *f,
               const char             *name,
               guint                   n_stages,
               guint                   activities_per_stage,
               guint                   n_roles,
               WaymarkFixtureLanguage  language)
{
  g_autoptr(GBytes) bytes = waymark_matrix_fixture_new (n_stages, activities_per_stage,
                                                        n_roles, language);
  g_autofree char *path = pdf_test_path (f, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static WaymarkJourney *
load (Fixture    *f,
      const char *name)
{
  g_autofree char *path = pdf_test_path (f, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  WaymarkJourney *journey = waymark_reader_load_file (file, NULL, &error);

  g_assert_no_error (error);

  return journey;
}

static void
export (Fixture    *f,
        const char *input,
        const char *output,
        const char *paper)
{
  const char *argv[] = { cli_path, "export", input, "-o", output,
                         paper ? "--paper" : NULL, paper, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (pdf_test_run (f, argv, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, "");
}

/* pdfinfo: the title, the creator, the paper, landscape, the page count. */
static void
assert_info (Fixture    *f,
             const char *pdf,
             const char *title,
             const char *paper,
             guint       n_pages)
{
  g_autofree char *info = pdf_test_tool (f, "pdfinfo", pdf, NULL);
  g_autofree char *title_value = pdf_test_info_value (info, "Title");
  g_autofree char *creator = pdf_test_info_value (info, "Creator");
  g_autofree char *subject = pdf_test_info_value (info, "Subject");
  g_autofree char *pages = pdf_test_info_value (info, "Pages");
  g_autofree char *size = pdf_test_info_value (info, "Page size");
  g_autofree char *expected_pages = g_strdup_printf ("%u", n_pages);
  double width = 0, height = 0;

  g_assert_cmpstr (title_value, ==, title);
  g_assert_cmpstr (creator, ==, "Waymark " PACKAGE_VERSION);
  g_assert_cmpstr (subject, ==, "Accountability matrix");
  g_assert_cmpstr (pages, ==, expected_pages);
  g_assert_cmpint (sscanf (size, "%lf x %lf", &width, &height), ==, 2);
  g_assert_cmpfloat (width, >, height);
  g_assert_nonnull (strstr (size, paper));
}

/* The words of @line after @name, leaving out the "!" of a row with a
 * problem. */
static char *
letters_after (const char *line,
               const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (line + strlen (name), " ", -1);
  g_autoptr(GString) letters = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      if (words[i][0] == '\0' || g_str_equal (words[i], "!"))
        continue;
      g_string_append_printf (letters, "%s%s", letters->len ? " " : "", words[i]);
    }

  return g_string_free (g_steal_pointer (&letters), FALSE);
}

/* On every matrix page: its rows' names, each on the line with its letters
 * in the order of the roles on that page; the roles' names in the header;
 * the title, the legend and the page label on every page. */
static void
assert_matrix_text (Fixture        *f,
                    const char     *pdf,
                    WaymarkJourney *journey,
                    WaymarkPaper    paper)
{
  g_autoptr(WaymarkMatrixLayout) layout = waymark_matrix_layout_new (journey, paper);
  g_autoptr(GPtrArray) rows = waymark_matrix_dup_rows (journey);
  g_autofree gboolean *row_seen = g_new0 (gboolean, rows->len);
  GListModel *roles = waymark_journey_get_roles (journey);
  guint n_roles = g_list_model_get_n_items (roles);
  g_autofree gboolean *role_seen = g_new0 (gboolean, n_roles);

  for (guint p = 0; p < waymark_matrix_layout_get_n_pages (layout); p++)
    {
      g_autofree char *text = pdf_test_page_text (f, pdf, p, "-layout");
      g_autofree char *label = waymark_matrix_layout_dup_page_label (layout, p);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
      guint first_row, n_rows, first_role, n_page_roles;
      guint line = 0;

      g_assert_nonnull (strstr (text, waymark_journey_get_title (journey)));
      g_assert_nonnull (strstr (text, "R Responsible A Accountable C Consulted I Informed"));
      g_assert_nonnull (strstr (text, label));

      if (!waymark_matrix_layout_get_page_rows (layout, p, &first_row, &n_rows))
        continue;
      g_assert_true (waymark_matrix_layout_get_page_roles (layout, p, &first_role, &n_page_roles));

      for (guint j = first_role; j < first_role + n_page_roles; j++)
        {
          g_autoptr(WaymarkRole) role = g_list_model_get_item (roles, j);

          g_assert_nonnull (strstr (text, waymark_role_get_name (role)));
          role_seen[j] = TRUE;
        }

      for (guint i = first_row; i < first_row + n_rows; i++)
        {
          g_autofree char *name = waymark_matrix_dup_row_title (journey, g_ptr_array_index (rows, i));
          g_autoptr(GString) expected = g_string_new (NULL);
          g_autofree char *letters = NULL;
          const char *start = NULL;

          for (guint j = first_role; j < first_role + n_page_roles; j++)
            {
              const char *raci = waymark_matrix_fixture_raci (i, j, n_roles);

              if (raci[0])
                g_string_append_printf (expected, "%s%s", expected->len ? " " : "", raci);
            }

          /* The rows come down the page in order. */
          for (; lines[line]; line++)
            {
              start = lines[line] + strspn (lines[line], " ");
              if (g_str_has_prefix (start, name) &&
                  (start[strlen (name)] == ' ' || start[strlen (name)] == '\0'))
                break;
            }
          g_assert_nonnull (lines[line]);

          letters = letters_after (start, name);
          g_assert_cmpstr (letters, ==, expected->str);
          row_seen[i] = TRUE;
        }
    }

  for (guint i = 0; i < rows->len; i++)
    g_assert_true (row_seen[i]);
  for (guint j = 0; j < n_roles; j++)
    g_assert_true (role_seen[j]);
}

/* The matrix of 120 rows and 14 roles, on A4 and on A3. */
static void
test_large (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(WaymarkJourney) journey = NULL;

  write_fixture (f, "large.waymark", 11, 9, 14, WAYMARK_FIXTURE_ENGLISH);
  journey = load (f, "large.waymark");
  export (f, "large.waymark", "large.pdf", NULL);
  export (f, "large.waymark", "large-a3.pdf", "a3");

  /* Twelve sheets of matrix (six bands of rows, two sheets of seven roles
   * across), then the problems and the sign-off. */
  assert_info (f, "large.pdf", "Generated journey 11 × 14", "(A4)", 13);
  pdf_test_assert_fonts_embedded (f, "large.pdf");
  pdf_test_assert_qpdf_check (f, "large.pdf");
  assert_matrix_text (f, "large.pdf", journey, WAYMARK_PAPER_A4);

  /* All fourteen roles fit across A3. */
  assert_info (f, "large-a3.pdf", "Generated journey 11 × 14", "(A3)", 5);
  pdf_test_assert_qpdf_check (f, "large-a3.pdf");
  assert_matrix_text (f, "large-a3.pdf", journey, WAYMARK_PAPER_A3);
}

static void
test_example (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *example = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                               "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  export (f, example, "b2b.pdf", "letter");
  assert_info (f, "b2b.pdf", "B2B customer lifecycle", "(letter)", 1);
  pdf_test_assert_fonts_embedded (f, "b2b.pdf");
  pdf_test_assert_qpdf_check (f, "b2b.pdf");

  /* The agreement under its handoff, the problems, the sign-off. */
  text = pdf_test_page_text (f, "b2b.pdf", 0, "-raw");
  g_assert_nonnull (strstr (text, "MQL to SQL\n"));
  g_assert_nonnull (strstr (text, "Agreement: Sales follows up every marketing qualified lead "
                                  "within one business day."));
  g_assert_nonnull (strstr (text, "Rows that need attention\n"
                                  "• Stage “Expand”: no one is accountable\n"
                                  "• Activity “Three-way service level agreement”: no one is "
                                  "accountable, and no one is responsible\n"));
  g_assert_nonnull (strstr (text, "Sign-off\n"));
  g_assert_nonnull (strstr (text, "Role Name Signature Date\n"
                                  "Marketing\nSales\nService\n"));
}

static char *
strip_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/* Thai and German names come out as they went in. pdftotext puts a space
 * after some Thai tone marks (it guesses word gaps from glyph positions),
 * so the Thai text is compared without spaces. */
static void
test_languages (Fixture       *f,
                gconstpointer  data)
{
  static const WaymarkFixtureLanguage languages[] = {
    WAYMARK_FIXTURE_THAI, WAYMARK_FIXTURE_GERMAN,
  };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(GString) all = g_string_new (NULL);
      g_autofree char *stripped = NULL;
      g_autoptr(WaymarkJourney) journey = NULL;
      g_autoptr(WaymarkMatrixLayout) layout = NULL;

      write_fixture (f, "lang.waymark", 3, 2, 4, languages[l]);
      journey = load (f, "lang.waymark");
      layout = waymark_matrix_layout_new (journey, WAYMARK_PAPER_A4);
      export (f, "lang.waymark", "lang.pdf", NULL);
      pdf_test_assert_fonts_embedded (f, "lang.pdf");
      pdf_test_assert_qpdf_check (f, "lang.pdf");

      for (guint p = 0; p < waymark_matrix_layout_get_n_pages (layout); p++)
        {
          g_autofree char *text = pdf_test_page_text (f, "lang.pdf", p, "-raw");

          g_string_append (all, text);
        }
      stripped = strip_spaces (all->str);

      for (guint s = 0; s < 3; s++)
        {
          g_autofree char *stage = waymark_matrix_fixture_stage (languages[l], s);
          g_autofree char *stage_stripped = strip_spaces (stage);

          g_assert_nonnull (strstr (stripped, stage_stripped));
          for (guint a = 0; a < 2; a++)
            {
              g_autofree char *activity = waymark_matrix_fixture_activity (languages[l], s, a);
              g_autofree char *activity_stripped = strip_spaces (activity);

              g_assert_nonnull (strstr (stripped, activity_stripped));
            }
        }
      for (guint j = 0; j < 4; j++)
        {
          g_autofree char *role = waymark_matrix_fixture_role (languages[l], j);
          g_autofree char *role_stripped = strip_spaces (role);

          g_assert_nonnull (strstr (stripped, role_stripped));
        }
      g_assert_nonnull (strstr (stripped, languages[l] == WAYMARK_FIXTURE_THAI ?
                                "ตอบกลับภายในสองวันทำการ" :
                                "RückmeldunginnerhalbvonzweiWerktagen,größteSorgfalt"));
    }

  /* German also survives with its spaces. */
  {
    g_autofree char *text = pdf_test_page_text (f, "lang.pdf", 0, "-raw");

    g_assert_nonnull (strstr (text, "Große Kundenreise 3 × 4\n"));
    g_assert_nonnull (strstr (text, "Übergabeprüfung 02-1\n"));
  }
}

static gboolean
is_png (Fixture    *f,
        const char *name,
        guint       width,
        guint       height)
{
  g_autofree char *path = pdf_test_path (f, name);
  g_autofree char *data = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &data, &len, NULL) || len < 24)
    return FALSE;

  /* The signature, then IHDR's big-endian width and height. */
  if (memcmp (data, "\x89PNG\r\n\x1a\n", 8) != 0 ||
      GUINT32_FROM_BE (*(guint32 *)(data + 16)) != width ||
      GUINT32_FROM_BE (*(guint32 *)(data + 20)) != height)
    return FALSE;

  /* White paper up to every edge, also where the page size in points
   * does not end on a whole pixel. */
  {
    cairo_surface_t *image = cairo_image_surface_create_from_png (path);
    int stride = cairo_image_surface_get_stride (image);
    unsigned char *pixels = cairo_image_surface_get_data (image);
    gboolean white = TRUE;

    for (guint x = 0; x < width; x++)
      white = white && (((guint32 *)pixels)[x] & 0xffffff) == 0xffffff &&
              (((guint32 *)(pixels + (height - 1) * stride))[x] & 0xffffff) == 0xffffff;
    cairo_surface_destroy (image);

    return white;
  }
}

static gboolean
is_svg (Fixture    *f,
        const char *name)
{
  g_autofree char *path = pdf_test_path (f, name);
  g_autofree char *data = NULL;

  return g_file_get_contents (path, &data, NULL, NULL) &&
         g_str_has_prefix (data, "<?xml") && strstr (data, "<svg") != NULL &&
         strstr (data, "width=\"841.89pt\"") != NULL;
}

/* One page, one file under the name asked for; several pages, one file a
 * page, numbered; the files are named on standard output. */
static void
test_images (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *example = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                               "b2b-lifecycle.waymark", NULL);
  const char *png[] = { cli_path, "export", example, "-o", "b2b.png", NULL };
  const char *svg[] = { cli_path, "export", example, "-o", "b2b.svg", "--view", "matrix", NULL };
  const char *many_png[] = { cli_path, "export", "big.waymark", "-o", "big.png", NULL };
  const char *many_svg[] = { cli_path, "export", "big.waymark", "-o", "big.SVG", NULL };
  g_autofree char *out = NULL;
  g_autofree char *out2 = NULL;
  g_autofree char *out3 = NULL;
  g_autofree char *out4 = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);

  g_assert_cmpint (pdf_test_run (f, png, &out, &err), ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpstr (out, ==, "b2b.png\n");
  /* A4 in points, twice. */
  g_assert_true (is_png (f, "b2b.png", 1684, 1191));

  g_assert_cmpint (pdf_test_run (f, svg, &out2, NULL), ==, 0);
  g_assert_cmpstr (out2, ==, "b2b.svg\n");
  g_assert_true (is_svg (f, "b2b.svg"));

  /* 13 pages. */
  write_fixture (f, "big.waymark", 11, 9, 14, WAYMARK_FIXTURE_ENGLISH);
  g_assert_cmpint (pdf_test_run (f, many_png, &out3, NULL), ==, 0);
  for (guint i = 1; i <= 13; i++)
    {
      g_autofree char *name = g_strdup_printf ("big-%u.png", i);

      g_string_append_printf (expected, "%s\n", name);
      g_assert_true (is_png (f, name, 1684, 1191));
    }
  g_assert_cmpstr (out3, ==, expected->str);
  g_assert_false (is_png (f, "big.png", 1684, 1191));
  g_assert_false (is_png (f, "big-14.png", 1684, 1191));

  g_assert_cmpint (pdf_test_run (f, many_svg, &out4, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out4, "big-1.SVG\nbig-2.SVG\n"));
  g_assert_true (g_str_has_suffix (out4, "\nbig-13.SVG\n"));
  g_assert_true (is_svg (f, "big-13.SVG"));
}

typedef struct
{
  const char *name;
  const char *args[7];
  const char *err_start;
} ErrorCase;

/* The output always goes to "out.*", which must not appear. */
static const ErrorCase error_cases[] = {
  { "paper", { "export", "ok.waymark", "-o", "out.pdf", "--paper", "a5", NULL },
    "waymark: --paper takes a4, a3 or letter\n" },
  { "view", { "export", "ok.waymark", "-o", "out.png", "--view", "report", NULL },
    "out.png: the report is a PDF; name a .pdf file\n" },
  { "paper-csv", { "export", "ok.waymark", "-o", "out.csv", "--paper", "a3", NULL },
    "out.csv: --paper applies to .pdf, .png and .svg only\n" },
  { "broken", { "export", "broken.waymark", "-o", "out.pdf", NULL },
    "broken.waymark: version: required field is missing\n" },
  { "missing", { "export", "nothing.waymark", "-o", "out.svg", NULL },
    "nothing.waymark: no such file\n" },
  { "folder", { "export", "ok.waymark", "-o", "no-such-folder/out.pdf", NULL },
    "no-such-folder/out.pdf: " },
};

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *broken = pdf_test_path (f, "broken.waymark");

  g_file_set_contents (broken, "{\"format\": \"waymark\"}", -1, NULL);
  write_fixture (f, "ok.waymark", 2, 1, 2, WAYMARK_FIXTURE_ENGLISH);

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      const ErrorCase *c = &error_cases[i];
      const char *argv[9] = { cli_path };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_test_message ("case %s", c->name);
      memcpy (argv + 1, c->args, sizeof c->args);
      g_assert_cmpint (pdf_test_run (f, argv, &out, &err), ==, 1);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, c->err_start));
      /* One line, unless it is a usage error with the help after it. */
      g_assert_true (g_str_has_prefix (err, "waymark: ") ||
                     strchr (err, '\n') == err + strlen (err) - 1);

      dir = g_dir_open (f->tmpdir, 0, NULL);
      while ((name = g_dir_read_name (dir)))
        g_assert_false (g_str_has_prefix (name, "out"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_assert_cmpint (argc, ==, 2);
  cli_path = g_canonicalize_filename (argv[1], NULL);

  g_test_add ("/render/pdf/large", Fixture, NULL, pdf_test_set_up, test_large, pdf_test_tear_down);
  g_test_add ("/render/pdf/example", Fixture, NULL, pdf_test_set_up, test_example, pdf_test_tear_down);
  g_test_add ("/render/pdf/languages", Fixture, NULL, pdf_test_set_up, test_languages,
              pdf_test_tear_down);
  g_test_add ("/render/images", Fixture, NULL, pdf_test_set_up, test_images, pdf_test_tear_down);
  g_test_add ("/render/errors", Fixture, NULL, pdf_test_set_up, test_errors, pdf_test_tear_down);

  return g_test_run ();
}

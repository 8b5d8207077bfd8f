/* test-cli.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <glib/gstdio.h>

/* Runs the command line as a user would: exit status, standard output and
 * error, and the files it writes, or does not write. The path of the
 * binary is the first argument. */

static char *cli_path;

typedef struct
{
  char *tmpdir;
  char *example;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs waymark-cli with the NULL-terminated arguments, in @f's directory. */
static void
run (Fixture *f,
     Result  *r,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (char *)cli_path);
  va_start (args, r);
  while ((arg = va_arg (args, const char *)))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  if (!g_spawn_sync (f->tmpdir, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &r->out, &r->err, &wait_status, &error))
    {
      g_assert_no_error (error);
      r->status = -1;
      r->out = g_strdup ("");
      r->err = g_strdup ("");
      return;
    }
  r->status = g_spawn_check_wait_status (wait_status, NULL) ? 0 : WEXITSTATUS (wait_status);
  g_assert_true (WIFEXITED (wait_status));
}

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->tmpdir, name, NULL);
}

static void
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      len)
{
  g_autofree char *path = path_in (f, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
}

static char *
read_file (const char *path,
           gsize      *len)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);

  return contents;
}

static gboolean
exists_in (Fixture    *f,
           const char *name)
{
  g_autofree char *path = path_in (f, name);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
assert_same_file (const char *actual_path,
                  const char *expected_path)
{
  gsize actual_len = 0, expected_len = 0;
  g_autofree char *actual = read_file (actual_path, &actual_len);
  g_autofree char *expected = read_file (expected_path, &expected_len);

  g_assert_cmpstr (actual, ==, expected);
  g_assert_cmpmem (actual, actual_len, expected, expected_len);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->tmpdir = g_dir_make_tmp ("waymark-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->example = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"), "b2b-lifecycle.waymark", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->tmpdir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = path_in (f, name);

      g_unlink (path);
    }
  g_rmdir (f->tmpdir);
  g_free (f->tmpdir);
  g_free (f->example);
}

static void
test_check_example (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Result) r = { 0 };
  g_autofree char *expected = g_strdup_printf (
    "%s: warning: Stage “Expand”: no one is accountable\n"
    "%s: warning: Activity “Three-way service level agreement”: no one is accountable, "
    "and no one is responsible\n"
    "%s: hint: Handoff “Attract → Capture”: no agreement text yet\n"
    "%s: hint: Handoff “Capture → Nurture”: no agreement text yet\n"
    "%s: hint: Handoff “Convert → Expand”: no agreement text yet\n"
    "%s: hint: Role “Marketing” is accountable for 6 of 11 rows, more than half\n"
    /* Then the gaps: missed channels per stage, then stages with no content. */
    "%s: gap: Stage “Attract”: the customer is on “Social media”, and no one from the company is\n"
    "%s: gap: Stage “Expand”: the customer is on “Events”, and no one from the company is\n"
    "%s: gap: Stage “Capture”: no content item serves this stage\n"
    "%s: gap: Stage “Convert”: no content item serves this stage\n"
    "%s: gap: Stage “Expand”: no content item serves this stage\n",
    f->example, f->example, f->example, f->example, f->example, f->example, f->example,
    f->example, f->example, f->example, f->example);

  run (f, &r, "check", f->example, NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, expected);
}

/* A cell assigned twice is a warning, not an error: both places named,
 * exit 0; the journey is written with one cell. */
static void
test_check_duplicate_cell (Fixture       *f,
                           gconstpointer  data)
{
  static const char json[] =
    "{\"format\": \"waymark\", \"version\": 1, \"journey\": {\"title\": \"\",\n"
    " \"stages\": [{\"id\": \"s1\", \"name\": \"Convert\"}],\n"
    " \"roles\": [{\"id\": \"r1\", \"name\": \"Sales\"}],\n"
    " \"accountability\": [{\"row\": \"s1\", \"role\": \"r1\", \"raci\": \"A\"},\n"
    "                    {\"row\": \"s1\", \"role\": \"r1\", \"raci\": \"R\"}]}}\n";
  g_auto(Result) r = { 0 };
  g_auto(Result) e = { 0 };
  g_autofree char *out = path_in (f, "out.waymark");
  g_autofree char *written = NULL;

  write_file (f, "twice.waymark", json, -1);
  run (f, &r, "check", "twice.waymark", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==,
                   "twice.waymark: warning: journey.accountability[0] and "
                   "journey.accountability[1] both assign role “Sales” to row “Convert”; "
                   "their letters are merged into one cell, “RA”\n"
                   "twice.waymark: gap: Stage “Convert”: no content item serves this stage\n");

  run (f, &e, "export", "twice.waymark", "-o", "out.waymark", NULL);
  g_assert_cmpint (e.status, ==, 0);
  written = read_file (out, NULL);
  g_assert_nonnull (strstr (written,
                            "    \"accountability\": [\n"
                            "      {\n"
                            "        \"row\": \"s1\",\n"
                            "        \"role\": \"r1\",\n"
                            "        \"raci\": \"RA\"\n"
                            "      }\n"
                            "    ]\n"));
}

/* waymark import: the CSV's cells into FILE, saved; a mismatch is listed,
 * exit 1, and FILE is left as it was. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_auto(Result) copy = { 0 };
  g_auto(Result) r = { 0 };
  g_auto(Result) csv = { 0 };
  g_auto(Result) bad = { 0 };
  g_autofree char *journey = path_in (f, "j.waymark");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *exported = NULL;

  run (f, &copy, "export", f->example, "-o", "j.waymark", NULL);
  g_assert_cmpint (copy.status, ==, 0);
  write_file (f, "m.csv", "Row;Marketing;Sales;Service\nExpand;R;A/R;R\n", -1);
  run (f, &r, "import", "j.waymark", "m.csv", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, "");

  run (f, &csv, "export", "j.waymark", "-o", "out.csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  {
    g_autofree char *out = path_in (f, "out.csv");

    exported = read_file (out, NULL);
  }
  g_assert_nonnull (strstr (exported, "\r\nExpand,R,RA,R\r\n"));

  before = read_file (journey, NULL);
  write_file (f, "bad.csv", "Row,Marketing,Legal\nQualify,R,A\nExpand,X,\n", -1);
  run (f, &bad, "import", "j.waymark", "bad.csv", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_cmpstr (bad.out, ==, "");
  g_assert_cmpstr (bad.err, ==,
                   "bad.csv: line 1: no role is named “Legal”\n"
                   "bad.csv: line 2: no row is named “Qualify”\n"
                   "bad.csv: line 3, role “Marketing”: “X” is not made of the letters R, A, C and I\n");
  after = read_file (journey, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* A broken file: exit status 1 and exactly one line on stderr. */
typedef struct
{
  const char *name;
  const char *contents;
  const char *message;
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "not-json", "{\n  \"format\": \"waymark\",\n  \"version\": 1,,\n}\n",
    "bad.waymark:3:16: not valid JSON: a key is missing before “,”" },
  { "empty", "", "bad.waymark: the file is empty" },
  { "root-array", "[]\n", "bad.waymark: root: expected an object, found an array" },
  { "wrong-format", "{\"format\": \"other\", \"version\": 1, \"journey\": {}}",
    "bad.waymark: format: expected “waymark”, found “other”: this is not a Waymark file" },
  { "missing-version", "{\"format\": \"waymark\", \"journey\": {}}",
    "bad.waymark: version: required field is missing" },
  { "newer-version", "{\"format\": \"waymark\", \"version\": 2, \"journey\": {}}",
    "bad.waymark: version: made by a newer version of Waymark (file format 2, this version "
    "reads up to 1); update Waymark to open it" },
  { "dangling-reference",
    "{\"format\": \"waymark\", \"version\": 1, \"journey\": {\"title\": \"\", \"stages\": [], "
    "\"handoffs\": [{\"id\": \"h\", \"from\": \"s1\", \"to\": \"s2\"}]}}",
    "bad.waymark: journey.handoffs[0].from: refers to “s1”, but there is no stage with that id" },
  { "invalid-utf8", "{\"format\": \"wa\xffymark\"}", "bad.waymark:1:15: not valid UTF-8 text" },
  { "deep", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "bad.waymark:1:65: nested deeper than 64 levels" },
};

static void
test_check_broken (Fixture       *f,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      const BrokenCase *c = &broken_cases[i];
      g_auto(Result) r = { 0 };
      g_autofree char *expected = g_strconcat (c->message, "\n", NULL);

      g_test_message ("broken file: %s", c->name);
      write_file (f, "bad.waymark", c->contents, -1);
      run (f, &r, "check", "bad.waymark", NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, ==, expected);
    }
}

static void
test_check_missing_file (Fixture       *f,
                         gconstpointer  data)
{
  g_auto(Result) r = { 0 };

  run (f, &r, "check", "missing.waymark", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, "missing.waymark: "));
  g_assert_cmpstr (r.err, ==, "missing.waymark: no such file\n");
  g_assert_cmpint (strchr (r.err, '\n') - r.err, ==, strlen (r.err) - 1);
}

static void
test_export_waymark (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(Result) r1 = { 0 };
  g_auto(Result) r2 = { 0 };
  g_autofree char *out1 = path_in (f, "out.waymark");
  g_autofree char *out2 = path_in (f, "again.waymark");

  run (f, &r1, "export", f->example, "-o", "out.waymark", NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_cmpstr (r1.out, ==, "");
  g_assert_cmpstr (r1.err, ==, "");
  assert_same_file (out1, f->example);

  run (f, &r2, "export", "out.waymark", "-o", "again.waymark", NULL);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_cmpstr (r2.err, ==, "");
  assert_same_file (out2, f->example);
}

static void
test_export_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(Result) r = { 0 };
  g_autofree char *out = path_in (f, "matrix.CSV");
  gsize len = 0;
  g_autofree char *csv = NULL;

  run (f, &r, "export", f->example, "-o", "matrix.CSV", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, "");

  csv = read_file (out, &len);
  g_assert_cmpstr (csv, ==,
                   "\xef\xbb\xbfRow,Marketing,Sales,Service\r\n"
                   "Attract,RA,I,\r\n"
                   "Attract → Capture,RA,,\r\n"
                   "Capture,RA,I,\r\n"
                   "Capture → Nurture,RA,,\r\n"
                   "Nurture,RA,C,\r\n"
                   "Lead scoring,RA,C,\r\n"
                   "MQL to SQL,R,RA,\r\n"
                   "Convert,C,RA,\r\n"
                   "Convert → Expand,,A,R\r\n"
                   "Expand,R,R,R\r\n"
                   "Three-way service level agreement,C,C,C\r\n");
}

static void
test_new_templates (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const templates[] = {
    "b2b-lifecycle", "professional-services", "buyer-journey", "blank",
  };

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_auto(Result) r = { 0 };
      g_auto(Result) check = { 0 };
      g_autofree char *name = g_strconcat (templates[i], ".waymark", NULL);
      g_auto(GStrv) lines = NULL;

      g_test_message ("template %s", templates[i]);
      run (f, &r, "new", "--template", templates[i], "-o", name, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, ==, "");
      g_assert_true (exists_in (f, name));

      run (f, &check, "check", name, NULL);
      g_assert_cmpint (check.status, ==, 0);
      g_assert_cmpstr (check.out, ==, "");
      /* Only warnings, hints and gaps, if anything. */
      lines = g_strsplit (check.err, "\n", -1);
      for (guint j = 0; lines[j] && lines[j][0]; j++)
        {
          g_autofree char *warning = g_strconcat (name, ": warning: ", NULL);
          g_autofree char *hint = g_strconcat (name, ": hint: ", NULL);
          g_autofree char *gap = g_strconcat (name, ": gap: ", NULL);

          g_assert_true (g_str_has_prefix (lines[j], warning) || g_str_has_prefix (lines[j], hint) ||
                         g_str_has_prefix (lines[j], gap));
        }
    }
}

static void
test_new_default (Fixture       *f,
                  gconstpointer  data)
{
  g_auto(Result) r = { 0 };
  g_auto(Result) explicit = { 0 };
  g_autofree char *a = path_in (f, "default.waymark");
  g_autofree char *b = path_in (f, "b2b.waymark");

  run (f, &r, "new", "-o", "default.waymark", NULL);
  g_assert_cmpint (r.status, ==, 0);
  run (f, &explicit, "new", "-t", "b2b-lifecycle", "-o", "b2b.waymark", NULL);
  g_assert_cmpint (explicit.status, ==, 0);
  assert_same_file (a, b);
}

static void
test_new_unknown_template (Fixture       *f,
                           gconstpointer  data)
{
  g_auto(Result) r = { 0 };

  run (f, &r, "new", "--template", "nope", "-o", "x.waymark", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==,
                   "waymark: There is no template “nope”; the templates are b2b-lifecycle, "
                   "professional-services, buyer-journey, blank\n");
  g_assert_false (exists_in (f, "x.waymark"));
}

/* The Gaps and Content views' grids; their figures are checked in
 * tests/io/test-csv-insights.c. */
static void
test_export_grids (Fixture       *f,
                   gconstpointer  data)
{
  static const struct {
    const char *view;
    const char *header;
  } cases[] = {
    { "gaps", "\xef\xbb\xbfStage,Website,Social media,Email,Phone,Events,Missed channels,Wasted channels\r\n" },
    { "content", "\xef\xbb\xbfStage,B2B buyer,All content,Unanswered questions\r\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = { 0 };
      g_autofree char *name = g_strconcat (cases[i].view, ".csv", NULL);
      g_autofree char *out = path_in (f, name);
      g_autofree char *csv = NULL;
      gsize len = 0;

      run (f, &r, "export", f->example, "-o", name, "--view", cases[i].view, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, ==, "");
      csv = read_file (out, &len);
      g_assert_true (g_str_has_prefix (csv, cases[i].header));
      g_assert_true (g_str_has_suffix (csv, "\r\n"));
    }

  /* The funnel and the report are no table. */
  for (guint i = 0; i < 2; i++)
    {
      g_auto(Result) r = { 0 };
      const char *view = i == 0 ? "funnel" : "report";

      run (f, &r, "export", f->example, "-o", "x.csv", "--view", view, NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.err, ==, "x.csv: only the matrix, gaps and content views export to CSV\n");
      g_assert_false (exists_in (f, "x.csv"));
    }
}

/* Each view of the insights as PDF, PNG and SVG, and the report. */
static void
test_export_insights (Fixture       *f,
                      gconstpointer  data)
{
  static const char * const outputs[][2] = {
    { "funnel", "f.pdf" }, { "funnel", "f.png" }, { "funnel", "f.svg" },
    { "gaps", "g.pdf" }, { "gaps", "g.png" }, { "gaps", "g.svg" },
    { "content", "c.pdf" }, { "content", "c.png" }, { "content", "c.svg" },
    { "report", "r.pdf" },
  };
  static const char * const magic[] = { "%PDF-", "\x89PNG", "<?xml" };

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_auto(Result) r = { 0 };
      g_autofree char *out = path_in (f, outputs[i][1]);
      g_autofree char *bytes = NULL;
      gsize len = 0;

      run (f, &r, "export", f->example, "-o", outputs[i][1], "--view", outputs[i][0], NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, ==, "");
      bytes = read_file (out, &len);
      g_assert_true (g_str_has_prefix (bytes, magic[i == 9 ? 0 : i % 3]));
    }

  {
    g_auto(Result) r = { 0 };
    g_autofree char *first = NULL;

    run (f, &r, "export", f->example, "-o", "x.pdf", "--view", "frob", NULL);
    g_assert_cmpint (r.status, ==, 1);
    first = g_strndup (r.err, strcspn (r.err, "\n"));
    g_assert_cmpstr (first, ==, "waymark: --view takes matrix, map, gaps, content, funnel or report");
    g_assert_false (exists_in (f, "x.pdf"));
  }
}

static void
test_export_unknown_suffix (Fixture       *f,
                            gconstpointer  data)
{
  g_auto(Result) r = { 0 };
  g_auto(Result) none = { 0 };
  g_auto(Result) pdf = { 0 };

  run (f, &r, "export", f->example, "-o", "out.txt", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, "out.txt: unknown format “.txt”; the suffix must be .csv, .waymark, "
                   ".pdf, .png or .svg\n");
  g_assert_false (exists_in (f, "out.txt"));

  run (f, &none, "export", f->example, "-o", "out", NULL);
  g_assert_cmpint (none.status, ==, 1);
  g_assert_cmpstr (none.err, ==, "out: unknown format “”; the suffix must be .csv, .waymark, "
                   ".pdf, .png or .svg\n");
  g_assert_false (exists_in (f, "out"));

  run (f, &pdf, "export", f->example, "-o", "out.svg", "--view", "report", NULL);
  g_assert_cmpint (pdf.status, ==, 1);
  g_assert_cmpstr (pdf.err, ==, "out.svg: the report is a PDF; name a .pdf file\n");
  g_assert_false (exists_in (f, "out.svg"));

  /* Nothing at all was written. */
  {
    g_autoptr(GDir) dir = g_dir_open (f->tmpdir, 0, NULL);

    g_assert_null (g_dir_read_name (dir));
  }
}

/* Text as pdftotext gives it, without the spaces, line breaks and hyphens
 * that wrapping adds or takes away. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new ("");

  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static char *
run_tool (const char *tool,
          const char *arg1,
          const char *arg2,
          const char *arg3)
{
  const char *argv[] = { tool, arg1, arg2, arg3, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));

  return out;
}

static void
test_export_map (Fixture       *f,
                 gconstpointer  data)
{
  static const char * const names[] = {
    "Attract", "Capture", "Nurture", "Convert", "Expand",
    "Customer", "Marketing", "Sales", "Service", "Emotion",
    "Reads a blog post found on social media", "Publishes thought-leadership content",
    "Downloads the Attraction 101 eBook", "Landing page with call to action",
    "Receives a nurture email series", "Scores and segments leads", "Asks for a proposal",
    "Discovery call and proposal", "Onboarding support", "Customer conference",
  };
  g_auto(Result) pdf = { 0 };
  g_auto(Result) png = { 0 };
  g_auto(Result) svg = { 0 };
  g_auto(Result) a3 = { 0 };
  g_autofree char *pdf_path = path_in (f, "map.pdf");
  g_autofree char *a3_path = path_in (f, "map-a3.pdf");
  g_autofree char *png_path = path_in (f, "map.png");
  g_autofree char *svg_path = path_in (f, "map.svg");
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  g_autofree char *info = NULL;
  g_autofree char *image = NULL;
  g_autofree char *svg_text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  gsize len = 0;

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("needs pdftotext and pdfinfo (poppler-utils)");
      return;
    }

  run (f, &pdf, "export", f->example, "-o", "map.pdf", "--view", "map", NULL);
  g_assert_cmpint (pdf.status, ==, 0);
  g_assert_cmpstr (pdf.out, ==, "");
  g_assert_cmpstr (pdf.err, ==, "");

  /* Every stage, lane and card on the page, as text. */
  text = run_tool ("pdftotext", pdf_path, "-", NULL);
  squeezed = squeeze (text);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = squeeze (names[i]);

      g_test_message ("looking for %s", names[i]);
      g_assert_nonnull (strstr (squeezed, name));
    }

  /* One landscape A4 page, titled after the journey. */
  info = run_tool ("pdfinfo", pdf_path, NULL, NULL);
  g_assert_nonnull (strstr (info, "Title:           B2B customer lifecycle\n"));
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, "Page size:       841.89 x 595.276 pts (A4)\n"));

  run (f, &a3, "export", f->example, "-o", "map-a3.pdf", "--view", "map", "--paper", "a3", NULL);
  g_assert_cmpint (a3.status, ==, 0);
  g_clear_pointer (&info, g_free);
  info = run_tool ("pdfinfo", a3_path, NULL, NULL);
  g_assert_nonnull (strstr (info, "Page size:       1190.55 x 841.89 pts (A3)\n"));

  /* The PNG at twice the map's size: 5 stages of 204 and the lane headers
   * of 156, with a margin of 24 either side. */
  run (f, &png, "export", f->example, "-o", "map.png", "--view", "map", NULL);
  g_assert_cmpint (png.status, ==, 0);
  g_assert_cmpstr (png.err, ==, "");
  image = read_file (png_path, &len);
  g_assert_cmpuint (len, >, 24);
  g_assert_cmpmem (image, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *)(image + 16)), ==, 2 * (156 + 5 * 204 + 2 * 24));
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *)(image + 20)), >, 2 * 500);

  /* The SVG keeps its text as text. */
  run (f, &svg, "export", f->example, "-o", "map.svg", "--view", "map", NULL);
  g_assert_cmpint (svg.status, ==, 0);
  svg_text = read_file (svg_path, &len);
  g_assert_true (g_str_has_prefix (svg_text, "<?xml"));
  g_assert_nonnull (strstr (svg_text, ">Attract</text>"));
  g_assert_nonnull (strstr (svg_text, ">Onboarding support</text>"));
  g_assert_nonnull (strstr (svg_text, ">Asks for a proposal</text>"));
  g_assert_true (g_str_has_suffix (svg_text, "</svg>\n"));
}

/* --persona and --channel (by name, ignoring case, or id) fade the other
 * cards in the map's files, as the filter on screen does; unknown names
 * and other views are errors. */
static void
test_export_map_filtered (Fixture       *f,
                          gconstpointer  data)
{
  g_auto(Result) svg = { 0 };
  g_auto(Result) unknown = { 0 };
  g_auto(Result) matrix = { 0 };
  g_autofree char *svg_path = path_in (f, "phone.svg");
  g_autofree char *fax_path = path_in (f, "fax.svg");
  g_autofree char *text = NULL;
  gsize len = 0;

  run (f, &svg, "export", f->example, "-o", "phone.svg", "--view", "map", "--channel", "phone",
       "--persona", "p-buyer", NULL);
  g_assert_cmpint (svg.status, ==, 0);
  g_assert_cmpstr (svg.err, ==, "");
  text = read_file (svg_path, &len);
  g_assert_nonnull (strstr (text, "fill-opacity=\"1.00\" textLength"));
  g_assert_nonnull (strstr (text, "fill-opacity=\"0.28\" textLength"));
  {
    g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
    guint checked = 0;

    for (guint i = 0; lines[i]; i++)
      {
        if (strstr (lines[i], ">Asks for a proposal</text>"))
          checked += strstr (lines[i], "fill-opacity=\"1.00\"") != NULL;
        if (strstr (lines[i], ">Customer conference</text>"))
          checked += strstr (lines[i], "fill-opacity=\"0.28\"") != NULL;
      }
    g_assert_cmpuint (checked, ==, 2);
  }

  run (f, &unknown, "export", f->example, "-o", "fax.svg", "--view", "map", "--channel", "Fax", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_cmpstr (unknown.err, ==, "fax.svg: the journey has no channel “Fax”\n");
  g_assert_false (g_file_test (fax_path, G_FILE_TEST_EXISTS));

  run (f, &matrix, "export", f->example, "-o", "m.pdf", "--persona", "p-buyer", NULL);
  g_assert_cmpint (matrix.status, !=, 0);
  g_assert_nonnull (strstr (matrix.err, "--persona and --channel apply to --view map only"));
}

/* Nothing is written on error: an existing output file stays as it was. */
static void
test_export_broken (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const outputs[] = { "keep.waymark", "keep.csv" };

  write_file (f, "broken.waymark", "{\"format\": \"waymark\"}", -1);

  for (guint i = 0; i < G_N_ELEMENTS (outputs); i++)
    {
      g_auto(Result) r = { 0 };
      g_autofree char *path = path_in (f, outputs[i]);
      g_autofree char *contents = NULL;
      gsize len = 0;

      write_file (f, outputs[i], "precious", -1);
      run (f, &r, "export", "broken.waymark", "-o", outputs[i], NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.out, ==, "");
      g_assert_cmpstr (r.err, ==, "broken.waymark: version: required field is missing\n");
      contents = read_file (path, &len);
      g_assert_cmpstr (contents, ==, "precious");
    }
}

typedef struct
{
  const char *name;
  const char *args[4];
  const char *first_line;
} UsageCase;

static const UsageCase usage_cases[] = {
  { "no-command", { NULL }, "Usage: waymark-cli check|new|export|import …" },
  { "unknown-command", { "frob", NULL }, "Usage: waymark-cli check|new|export|import …" },
  { "check-no-file", { "check", NULL }, "waymark: check takes exactly one FILE" },
  { "check-two-files", { "check", "a.waymark", "b.waymark", NULL },
    "waymark: check takes exactly one FILE" },
  { "new-no-output", { "new", NULL }, "waymark: name the file to write with -o FILE" },
  { "new-missing-value", { "new", "-o", NULL }, "waymark: Missing argument for -o" },
  { "export-no-file", { "export", "-o", "x.csv", NULL }, "waymark: export takes exactly one FILE" },
  { "export-no-output", { "export", "x.waymark", NULL }, "waymark: name the file to write with -o OUT" },
  { "import-no-csv", { "import", "x.waymark", NULL }, "waymark: import takes a FILE and a MATRIX.csv" },
  { "check-unknown-option", { "check", "--frob", "x.waymark", NULL },
    "waymark: Unknown option --frob" },
};

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      const UsageCase *c = &usage_cases[i];
      g_auto(Result) r = { 0 };
      g_autofree char *first = NULL;
      const char *a = c->args[0], *b = a ? c->args[1] : NULL, *cc = b ? c->args[2] : NULL;

      g_test_message ("usage: %s", c->name);
      run (f, &r, a, b, cc, NULL);
      g_assert_cmpint (r.status, ==, 1);
      g_assert_cmpstr (r.out, ==, "");
      first = g_strndup (r.err, strcspn (r.err, "\n"));
      g_assert_cmpstr (first, ==, c->first_line);
      /* The help that follows names the command. */
      if (a != NULL && !g_str_equal (a, "frob"))
        g_assert_nonnull (strstr (r.err, "Usage:\n  waymark "));
    }

  {
    g_autoptr(GDir) dir = g_dir_open (f->tmpdir, 0, NULL);

    g_assert_null (g_dir_read_name (dir));
  }
}

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  if (argc < 2)
    {
      g_printerr ("usage: %s PATH-TO-WAYMARK-CLI\n", argv[0]);
      return 1;
    }
  /* Meson gives a path relative to the build directory; the commands run
   * in a directory of their own. */
  cli_path = g_canonicalize_filename (argv[1], NULL);

  ADD ("/cli/check/example", test_check_example);
  ADD ("/cli/check/broken", test_check_broken);
  ADD ("/cli/import", test_import);
  ADD ("/cli/check/duplicate-cell", test_check_duplicate_cell);
  ADD ("/cli/check/missing-file", test_check_missing_file);
  ADD ("/cli/export/waymark", test_export_waymark);
  ADD ("/cli/export/csv", test_export_csv);
  ADD ("/cli/export/grids", test_export_grids);
  ADD ("/cli/export/insights", test_export_insights);
  ADD ("/cli/export/map", test_export_map);
  ADD ("/cli/export/map-filtered", test_export_map_filtered);
  ADD ("/cli/export/unknown-suffix", test_export_unknown_suffix);
  ADD ("/cli/export/broken-input", test_export_broken);
  ADD ("/cli/new/templates", test_new_templates);
  ADD ("/cli/new/default", test_new_default);
  ADD ("/cli/new/unknown-template", test_new_unknown_template);
  ADD ("/cli/usage", test_usage);

  return g_test_run ();
}

/* waymark-pdf-test.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "waymark-pdf-test.h"

/* What the tests of exported files share: a temporary folder per test, the
 * tools run in it (pdftotext, pdfinfo, pdffonts, qpdf), and what they say
 * about a PDF. */


void
pdf_test_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->tmpdir = g_dir_make_tmp ("waymark-pdf-XXXXXX", &error);
  g_assert_no_error (error);
}

void
pdf_test_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->tmpdir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (f->tmpdir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->tmpdir);
  g_free (f->tmpdir);
}

char *
pdf_test_path (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->tmpdir, name, NULL);
}

/* Runs the NULL-terminated command in @f's directory; returns its exit
 * status and, in @out, its standard output. */
int
pdf_test_run (Fixture     *f,
          const char **argv,
          char       **out,
          char       **err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out_text = NULL;
  g_autofree char *err_text = NULL;
  int wait_status = 0;

  g_spawn_sync (f->tmpdir, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out_text, &err_text, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));

  if (out)
    *out = g_steal_pointer (&out_text);
  if (err)
    *err = g_steal_pointer (&err_text);

  return WEXITSTATUS (wait_status);
}

/* Runs a tool that must succeed; returns its output. */
char *
pdf_test_tool (Fixture    *f,
      const char *first,
      ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *err = NULL;
  char *out = NULL;
  const char *arg;
  va_list args;
  int status;

  g_ptr_array_add (argv, (char *)first);
  va_start (args, first);
  while ((arg = va_arg (args, const char *)))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  status = pdf_test_run (f, (const char **)argv->pdata, &out, &err);
  if (status != 0)
    g_test_message ("%s failed: %s", first, err);
  g_assert_cmpint (status, ==, 0);

  return out;
}


/* The value of "Key:" in pdfinfo's output. */
char *
pdf_test_info_value (const char *info,
            const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));

  g_assert_not_reached ();
}


/* pdffonts: every font embedded. */
void
pdf_test_assert_fonts_embedded (Fixture    *f,
                       const char *pdf)
{
  g_autofree char *fonts = pdf_test_tool (f, "pdffonts", pdf, NULL);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  const char *emb;
  gsize column;
  guint n_fonts = 0;

  g_assert_nonnull (lines[0]);
  emb = strstr (lines[0], " emb ");
  g_assert_nonnull (emb);
  column = emb - lines[0] + 1;

  for (guint i = 2; lines[i]; i++)
    {
      if (lines[i][0] == '\0')
        continue;
      g_assert_cmpuint (strlen (lines[i]), >, column + 3);
      g_assert_cmpmem (lines[i] + column, 3, "yes", 3);
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

void
pdf_test_assert_qpdf_check (Fixture    *f,
                   const char *pdf)
{
  g_autofree char *out = pdf_test_tool (f, "qpdf", "--check", pdf, NULL);

  g_assert_nonnull (strstr (out, "No syntax or stream encoding errors found"));
}

char *
pdf_test_page_text (Fixture    *f,
           const char *pdf,
           guint       page,
           const char *mode)
{
  g_autofree char *number = g_strdup_printf ("%u", page + 1);

  return pdf_test_tool (f, "pdftotext", mode, "-f", number, "-l", number, pdf, "-", NULL);
}


/* test-fuzz-regressions.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-reader.h"
#include "waymark-roundtrip.h"
#include "waymark-writer.h"

/* Runs every input the fuzzer ever broke (tests/fuzz/regressions/) and its
 * seed corpus (tests/fuzz/corpus/) through the fuzzer's check, so that the
 * regular suite guards them without libFuzzer. Seeds named *.waymark are in
 * canonical form: they must load and be written back byte for byte. Files
 * named *.must-load.json must load, *.must-refuse.json must be refused. */

static void
test_input (gconstpointer data)
{
  const char *path = data;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean loaded;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);

  if (!waymark_roundtrip_check (bytes, &loaded, &error))
    g_test_fail_printf ("%s: %s", path, error->message);

  /* Some regressions are about the verdict itself. */
  if (g_str_has_suffix (path, ".must-load.json") && !loaded)
    g_test_fail_printf ("%s: refused, but it is a valid file", path);
  if (g_str_has_suffix (path, ".must-refuse.json") && loaded)
    g_test_fail_printf ("%s: loaded, but it must be refused", path);

  if (g_str_has_suffix (path, ".waymark"))
    {
      g_autoptr(WaymarkJourney) journey = NULL;
      g_autoptr(GBytes) written = NULL;

      g_assert_true (loaded);
      journey = waymark_reader_load_bytes (bytes, path, &error);
      g_assert_no_error (error);
      written = waymark_writer_to_bytes (journey);
      g_assert_true (g_bytes_equal (bytes, written));
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

static void
add_directory (const char *name,
               const char *dir_path)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  const char *entry;

  dir = g_dir_open (dir_path, 0, &error);
  g_assert_no_error (error);

  while ((entry = g_dir_read_name (dir)))
    if (entry[0] != '.' && g_strcmp0 (entry, "README.md") != 0)
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/%s", name,
                                                    (char *)names->pdata[i]);

      g_test_add_data_func_full (test_path,
                                 g_build_filename (dir_path, names->pdata[i], NULL),
                                 test_input, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *regressions = NULL;
  g_autofree char *corpus = NULL;

  g_test_init (&argc, &argv, NULL);

  regressions = g_test_build_filename (G_TEST_DIST, "fuzz", "regressions", NULL);
  corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", NULL);

  add_directory ("regressions", regressions);
  add_directory ("corpus", corpus);

  /* A fuzzing run's own corpus, e.g. to run it under valgrind once. */
  if (g_getenv ("WAYMARK_FUZZ_CORPUS") != NULL)
    add_directory ("extra", g_getenv ("WAYMARK_FUZZ_CORPUS"));

  return g_test_run ();
}

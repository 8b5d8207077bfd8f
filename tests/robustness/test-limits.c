/* test-limits.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "waymark-reader.h"

/* Hostile files are refused before json-glib sees them: quickly, with a clear
 * message, and without the memory a full parse would take. */

#define MIB (1024 * 1024)

/* Time is printed, not asserted: a loaded machine (ASan, CI) makes any
 * bound flaky; tests/perf/bench-load measures speed. Memory is asserted. */
#define MAX_GROWTH_MB 200

static gboolean
under_valgrind (void)
{
  /* The valgrind test setup sets this; memory means little there. */
  return g_getenv ("WAYMARK_TEST_VALGRIND") != NULL;
}

/* The peak resident memory since the last reset_peak_rss(), in KiB. Linux
 * resets the peak (VmHWM) on writing 5 to /proc/self/clear_refs; elsewhere
 * getrusage()'s peak since the start is all there is, which can hide growth
 * below an earlier peak but never invents it. */
static glong
read_status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return -1;

  return atol (line + strlen (field));
}

static gboolean
reset_peak_rss (void)
{
  FILE *fp = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (fp == NULL)
    return FALSE;
  ok = fputs ("5", fp) >= 0;

  return fclose (fp) == 0 && ok;
}

static glong
peak_rss_kb (void)
{
  struct rusage usage;
  glong hwm = read_status_kb ("VmHWM:");

  if (hwm >= 0)
    return hwm;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* What the process holds now, the baseline for the next peak. */
static glong
current_rss_kb (void)
{
  glong rss;

  if (reset_peak_rss () && (rss = read_status_kb ("VmRSS:")) >= 0)
    return rss;

  return peak_rss_kb ();
}

/* Loads @bytes, expecting a refusal with @code whose message contains
 * @expected, within the memory budget. */
static void
assert_refused (GBytes     *bytes,
                int         code,
                const char *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  glong rss_before = current_rss_kb ();
  gint64 start = g_get_monotonic_time ();
  double seconds;
  glong growth_mb;

  journey = waymark_reader_load_bytes (bytes, "hostile.waymark", &error);

  seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
  growth_mb = (peak_rss_kb () - rss_before) / 1024;
  g_test_message ("%" G_GSIZE_FORMAT " bytes refused in %.3f s, peak RSS +%ld MB: %s",
                  g_bytes_get_size (bytes), seconds, growth_mb,
                  error ? error->message : "(loaded)");

  g_assert_null (journey);
  g_assert_error (error, WAYMARK_READER_ERROR, code);
  g_assert_true (g_str_has_prefix (error->message, "hostile.waymark"));
  if (strstr (error->message, expected) == NULL)
    g_test_fail_printf ("expected “%s” in “%s”", expected, error->message);

  if (!under_valgrind ())
    g_assert_cmpint (growth_mb, <, MAX_GROWTH_MB);
}

/* Bytes of a valid Waymark file whose journey has an unknown member "x"
 * holding @prefix, @count times @fill, then @suffix: only the limits can
 * make it fail. */
static GBytes *
wrap (const char *prefix,
      const char *fill,
      gsize       count,
      const char *suffix)
{
  gsize fill_len = strlen (fill);
  GString *str = g_string_sized_new (strlen (prefix) + fill_len * count + strlen (suffix) + 128);

  g_string_append (str, "{\"format\": \"waymark\", \"version\": 1, "
                        "\"journey\": {\"title\": \"\", \"stages\": [], \"x\": ");
  g_string_append (str, prefix);
  for (gsize i = 0; i < count; i++)
    g_string_append_len (str, fill, fill_len);
  g_string_append (str, suffix);
  g_string_append (str, "}}\n");

  return g_string_free_to_bytes (str);
}

static void
test_too_large_bytes (void)
{
  gsize len = WAYMARK_READER_MAX_SIZE + 1;
  char *data = g_malloc (len);
  g_autoptr(GBytes) bytes = NULL;

  /* Valid JSON in spirit: spaces around an empty object. */
  memset (data, ' ', len);
  data[0] = '{';
  data[len - 1] = '}';
  bytes = g_bytes_new_take (data, len);

  assert_refused (bytes, WAYMARK_READER_ERROR_TOO_LARGE, "larger than the 64 MiB");
}

static void
test_too_large_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("waymark-limits-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  glong rss_before;
  FILE *fp;

  /* 100 MiB, sparse: the reader must refuse it from its size alone. */
  fp = fopen (path, "w");
  g_assert_nonnull (fp);
  g_assert_cmpint (ftruncate (fileno (fp), 100 * (gint64)MIB), ==, 0);
  fclose (fp);

  rss_before = current_rss_kb ();
  journey = waymark_reader_load_file (file, NULL, &error);

  g_assert_null (journey);
  g_assert_error (error, WAYMARK_READER_ERROR, WAYMARK_READER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message,
                            ": the file is larger than the 64 MiB limit (104857600 bytes)"));
  g_assert_true (g_str_has_prefix (error->message, path));
  /* Not read into memory at all. */
  if (!under_valgrind ())
    g_assert_cmpint ((peak_rss_kb () - rss_before) / 1024, <, 16);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_largest_size_accepted (void)
{
  static const char head[] = "{\"format\": \"waymark\", \"version\": 1, "
                             "\"journey\": {\"title\": \"\", \"stages\": []}}";
  gsize len = WAYMARK_READER_MAX_SIZE;
  char *data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;

  if (under_valgrind ())
    {
      g_test_skip ("a 64 MiB parse is too slow under valgrind");
      return;
    }

  /* A valid file padded with white space to exactly the limit. */
  data = g_malloc (len);
  memset (data, ' ', len);
  memcpy (data, head, strlen (head));
  data[len - 1] = '\n';
  bytes = g_bytes_new_take (data, len);

  journey = waymark_reader_load_bytes (bytes, "exact.waymark", &error);
  g_assert_no_error (error);
  g_assert_nonnull (journey);
}

static void
test_deep_arrays (void)
{
  g_autoptr(GBytes) bytes = wrap ("", "[", 100000, "");

  assert_refused (bytes, WAYMARK_READER_ERROR_TOO_LARGE, "nested deeper than 64 levels");
}

static void
test_deep_objects (void)
{
  g_autoptr(GBytes) bytes = wrap ("", "{\"a\": ", 100000, "");

  assert_refused (bytes, WAYMARK_READER_ERROR_TOO_LARGE, "nested deeper than 64 levels");
}

static void
test_deep_closed (void)
{
  g_autoptr(GString) str = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;

  /* Properly closed, so only the depth is wrong. */
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (str, '[');
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (str, ']');
  bytes = wrap (str->str, "", 0, "");

  assert_refused (bytes, WAYMARK_READER_ERROR_TOO_LARGE, "nested deeper than 64 levels");
}

static void
test_depth_limit_exact (void)
{
  g_autoptr(GString) str = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;

  /* The root object and the journey are two levels; 62 more reach 64. */
  for (guint i = 0; i < WAYMARK_READER_MAX_DEPTH - 2; i++)
    g_string_append_c (str, '[');
  for (guint i = 0; i < WAYMARK_READER_MAX_DEPTH - 2; i++)
    g_string_append_c (str, ']');
  bytes = wrap (str->str, "", 0, "");
  journey = waymark_reader_load_bytes (bytes, "deep.waymark", &error);
  g_assert_no_error (error);
  g_assert_nonnull (journey);

  g_clear_object (&journey);
  g_clear_pointer (&bytes, g_bytes_unref);
  g_string_prepend_c (str, '[');
  g_string_append_c (str, ']');
  bytes = wrap (str->str, "", 0, "");
  assert_refused (bytes, WAYMARK_READER_ERROR_TOO_LARGE, "nested deeper than 64 levels");
}

static void
test_long_string (void)
{
  g_autoptr(GBytes) bytes = wrap ("\"", "a", 2 * MIB, "\"");

  assert_refused (bytes, WAYMARK_READER_ERROR_TOO_LARGE, "a string longer than 1 MiB");
}

static void
test_long_string_unterminated (void)
{
  g_autoptr(GBytes) bytes = wrap ("\"", "a", 2 * MIB, "");

  assert_refused (bytes, WAYMARK_READER_ERROR_TOO_LARGE, "a string longer than 1 MiB");
}

static void
test_long_key (void)
{
  g_autoptr(GBytes) bytes = wrap ("{\"", "k", 2 * MIB, "\": 1}");

  assert_refused (bytes, WAYMARK_READER_ERROR_TOO_LARGE, "a string longer than 1 MiB");
}

static void
test_string_limit_exact (void)
{
  g_autoptr(GBytes) bytes = wrap ("\"", "a", WAYMARK_READER_MAX_STRING, "\"");
  g_autoptr(GBytes) longer = wrap ("\"", "a", WAYMARK_READER_MAX_STRING + 1, "\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;

  /* A string of exactly 1 MiB is not longer than 1 MiB. */
  journey = waymark_reader_load_bytes (bytes, "string.waymark", &error);
  if (journey == NULL)
    g_test_fail_printf ("a string of exactly %u bytes was refused: %s",
                        WAYMARK_READER_MAX_STRING, error->message);

  assert_refused (longer, WAYMARK_READER_ERROR_TOO_LARGE, "a string longer than 1 MiB");
}

static void
test_many_objects (void)
{
  /* The root and the journey are two objects; 999,999 more make 1,000,001. */
  g_autoptr(GBytes) bytes = wrap ("[{}", ",{}", WAYMARK_READER_MAX_OBJECTS - 2, "]");

  assert_refused (bytes, WAYMARK_READER_ERROR_TOO_LARGE, "more than 1000000 objects");
}

static void
test_many_touchpoints (void)
{
  GString *str = g_string_new ("{\"format\": \"waymark\", \"version\": 1, \"journey\": "
                               "{\"title\": \"\", \"stages\": [{\"id\": \"s\", \"name\": \"S\"}], "
                               "\"lanes\": [{\"id\": \"l\", \"name\": \"L\", "
                               "\"perspective\": \"customer\"}], \"touchpoints\": [");
  g_autoptr(GBytes) bytes = NULL;

  /* 1,000,001 objects that each look like a real touchpoint. */
  for (guint i = 0; i < WAYMARK_READER_MAX_OBJECTS; i++)
    g_string_append_printf (str, "%s{\"id\":\"t%u\",\"title\":\"\",\"stage\":\"s\",\"lane\":\"l\"}",
                            i ? "," : "", i);
  g_string_append (str, "]}}\n");
  bytes = g_string_free_to_bytes (str);

  assert_refused (bytes, WAYMARK_READER_ERROR_TOO_LARGE, "more than 1000000 objects");
}

/* The control for the memory checks above: 200,000 objects under the limit
 * are parsed, and the peak must show it, or the checks prove nothing. */
static void
test_memory_measured (void)
{
  g_autoptr(GBytes) bytes = wrap ("[{}", ",{}", 200000 - 1, "]");
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  glong rss_before = current_rss_kb ();
  glong growth_mb;

  journey = waymark_reader_load_bytes (bytes, "objects.waymark", &error);
  g_assert_no_error (error);
  g_assert_nonnull (journey);

  growth_mb = (peak_rss_kb () - rss_before) / 1024;
  g_test_message ("200,000 objects loaded, peak RSS +%ld MB", growth_mb);
  if (!under_valgrind () && read_status_kb ("VmHWM:") >= 0)
    g_assert_cmpint (growth_mb, >=, 5);
}

static void
test_objects_in_strings_not_counted (void)
{
  /* Braces inside strings are text, not objects. */
  g_autoptr(GBytes) bytes = wrap ("[\"", "{[{[", 200000, "\"]");
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;

  journey = waymark_reader_load_bytes (bytes, "braces.waymark", &error);
  g_assert_no_error (error);
  g_assert_nonnull (journey);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/size/bytes", test_too_large_bytes);
  g_test_add_func ("/limits/size/file", test_too_large_file);
  g_test_add_func ("/limits/size/exact", test_largest_size_accepted);
  g_test_add_func ("/limits/depth/arrays", test_deep_arrays);
  g_test_add_func ("/limits/depth/objects", test_deep_objects);
  g_test_add_func ("/limits/depth/closed", test_deep_closed);
  g_test_add_func ("/limits/depth/exact", test_depth_limit_exact);
  g_test_add_func ("/limits/string/value", test_long_string);
  g_test_add_func ("/limits/string/unterminated", test_long_string_unterminated);
  g_test_add_func ("/limits/string/key", test_long_key);
  g_test_add_func ("/limits/string/exact", test_string_limit_exact);
  g_test_add_func ("/limits/objects/empty", test_many_objects);
  g_test_add_func ("/limits/objects/touchpoints", test_many_touchpoints);
  g_test_add_func ("/limits/objects/in-strings", test_objects_in_strings_not_counted);
  g_test_add_func ("/limits/memory-measured", test_memory_measured);

  return g_test_run ();
}

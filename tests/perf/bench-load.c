/* bench-load.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "waymark-generate.h"
#include "waymark-reader.h"
#include "waymark-save.h"
#include "waymark-writer.h"

/* Loading and saving big journeys: for 1,000, 10,000 and 100,000
 * touchpoints, the file size, json-glib's bare parse, Waymark's load (parse,
 * checks and model), save, and the peak memory of opening the file in a
 * fresh process. Goals: load at most 1.5 times the bare parse; peak memory
 * at most 10 times the file size plus 60 MB. See README.md. */

static const guint sizes[] = { 1000, 10000, 100000 };

static double
now (void)
{
  return g_get_monotonic_time () / (double)G_USEC_PER_SEC;
}

/* The CPU time of this thread, user and system: on a machine shared with
 * other jobs, steadier than the clock. */
static double
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);

  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static guint
n_runs (gsize file_size)
{
  return file_size > 16 * 1024 * 1024 ? 5 : file_size > 1024 * 1024 ? 10 : 30;
}

/* json-glib alone: the parse, and the parse with freeing its tree (which a
 * load also pays, as the reader frees each element's nodes). */
static void
time_parse (GBytes *bytes,
            guint   runs,
            double *parse,
            double *parse_free,
            double *parse_cpu)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  *parse = *parse_free = *parse_cpu = G_MAXDOUBLE;

  for (guint i = 0; i < runs; i++)
    {
      JsonParser *parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      double start = now ();
      double cpu_start = cpu_now ();

      if (!json_parser_load_from_data (parser, data, len, &error))
        g_error ("parse: %s", error->message);
      *parse_cpu = MIN (*parse_cpu, cpu_now () - cpu_start);
      *parse = MIN (*parse, now () - start);
      g_object_unref (parser);
      *parse_free = MIN (*parse_free, now () - start);
    }
}

/* A valid file is read while its tree is built, each element freed once
 * it is in the model: no tree is left to free in another thread (only a
 * file the reader refuses is read from a whole tree), so the runs follow
 * each other as the parses do. */
static double
time_load (GBytes *bytes,
           guint   runs,
           double *load_cpu)
{
  double best = G_MAXDOUBLE;

  *load_cpu = G_MAXDOUBLE;

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(WaymarkJourney) journey = NULL;
      double start = now ();
      double cpu_start = cpu_now ();

      if (!(journey = waymark_reader_load_bytes (bytes, "bench", &error)))
        g_error ("load: %s", error->message);
      *load_cpu = MIN (*load_cpu, cpu_now () - cpu_start);
      best = MIN (best, now () - start);
      g_clear_object (&journey);
    }

  return best;
}

static void
time_save (WaymarkJourney *journey,
           GFile          *file,
           guint           runs,
           double         *serialize,
           double         *write)
{
  *serialize = *write = G_MAXDOUBLE;

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      double start = now ();
      double middle;

      bytes = waymark_writer_to_bytes (journey);
      middle = now ();
      if (!waymark_save_bytes (file, bytes, WAYMARK_SAVE_NONE, NULL, &error))
        g_error ("save: %s", error->message);
      *serialize = MIN (*serialize, middle - start);
      *write = MIN (*write, now () - middle);
    }
}

/* bench-load --time N FILE: writes the journey to FILE and prints
 * "size parse load serialize write" in bytes and seconds. */
static int
run_time (guint       n,
          const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) generated = waymark_generate_journey (n, 42, "Benchmark");
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  double parse, parse_free, parse_cpu, load, load_cpu, serialize, write;
  guint runs;

  if (!(journey = waymark_reader_load_bytes (generated, "generated", &error)))
    g_error ("generated: %s", error->message);
  bytes = waymark_writer_to_bytes (journey);
  if (!waymark_save_bytes (file, bytes, WAYMARK_SAVE_NONE, NULL, &error))
    g_error ("%s: %s", path, error->message);

  runs = n_runs (g_bytes_get_size (bytes));
  time_parse (bytes, runs, &parse, &parse_free, &parse_cpu);
  load = time_load (bytes, runs, &load_cpu);
  time_save (journey, file, runs, &serialize, &write);

  printf ("%" G_GSIZE_FORMAT " %.6f %.6f %.6f %.6f %.6f %u %.6f %.6f\n",
          g_bytes_get_size (bytes), parse, parse_free, load, serialize, write, runs,
          parse_cpu, load_cpu);

  return 0;
}

/* bench-load --peak FILE: opens FILE as the application does and prints the
 * peak resident memory of the whole process in KiB. */
static int
run_peak (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = NULL;
  struct rusage usage;

  if (!(journey = waymark_reader_load_file (file, NULL, &error)))
    g_error ("%s", error->message);

  getrusage (RUSAGE_SELF, &usage);
  printf ("%ld\n", usage.ru_maxrss);

  return 0;
}

static char *
run_child (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s", argv[1], error->message);

  return out;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;

  if (argc == 4 && g_str_equal (argv[1], "--time"))
    return run_time (atoi (argv[2]), argv[3]);
  if (argc == 3 && g_str_equal (argv[1], "--peak"))
    return run_peak (argv[2]);
  if (argc != 1)
    {
      fprintf (stderr, "Usage: bench-load\n");
      return 2;
    }

  if (!(dir = g_dir_make_tmp ("waymark-bench-XXXXXX", &error)))
    g_error ("%s", error->message);

  printf ("%11s %9s %9s %10s %9s %6s %7s %7s %9s %9s %9s %9s %9s\n",
          "touchpoints", "file", "parse", "parse+free", "load", "ratio", "ratio2", "CPU",
          "validate", "serialize", "write", "peak RSS", "goal");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", sizes[i]);
      g_autofree char *name = g_strdup_printf ("bench-%u.waymark", sizes[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      const char *time_argv[] = { self, "--time", n, path, NULL };
      const char *peak_argv[] = { self, "--peak", path, NULL };
      g_autofree char *times = run_child (time_argv);
      g_autofree char *peak = run_child (peak_argv);
      gsize size;
      double parse, parse_free, parse_cpu, load, load_cpu, serialize, write, goal_mb, peak_mb;
      guint runs;

      if (sscanf (times, "%zu %lf %lf %lf %lf %lf %u %lf %lf", &size, &parse, &parse_free,
                  &load, &serialize, &write, &runs, &parse_cpu, &load_cpu) != 9)
        g_error ("unexpected output: %s", times);

      peak_mb = g_ascii_strtod (peak, NULL) / 1024;
      goal_mb = 10.0 * size / (1024 * 1024) + 60;

      printf ("%11u %7.2fMB %7.1fms %8.1fms %7.1fms %5.2fx %6.2fx %6.2fx %9s %7.1fms %7.1fms "
              "%7.1fMB %7.1fMB%s\n",
              sizes[i], size / (1024.0 * 1024.0), parse * 1000, parse_free * 1000, load * 1000,
              load / parse, load / parse_free, load_cpu / parse_cpu, "in load",
              serialize * 1000, write * 1000,
              peak_mb, goal_mb, (load / parse > 1.5 || peak_mb > goal_mb) ? "  over goal" : "");
      fflush (stdout);

      g_unlink (path);
    }

  g_rmdir (dir);

  printf ("\nparse: json_parser_load_from_data, best of N; parse+free: the same and\n"
          "freeing the tree; load: waymark_reader_load_bytes, which frees its nodes too,\n"
          "each element's once it is in the model (ratio = load / parse, the goal;\n"
          "ratio2 = load / parse+free; CPU = the ratio of the loading thread's CPU\n"
          "times, steadier on a busy machine);\n"
          "validate: the checks are made while the model is built, so they are in load;\n"
          "serialize: waymark_writer_to_bytes; write: waymark_save_bytes;\n"
          "peak RSS: a fresh process opening the file with waymark_reader_load_file.\n"
          "Goals: load/parse <= 1.5; peak RSS <= 10 x file size + 60 MB.\n");

  return 0;
}

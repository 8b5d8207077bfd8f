/* generate-journey.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: writes a journey of waymark-generate.c to a file, for the
 * start-up benchmark.
 *
 *   generate-journey N_TOUCHPOINTS OUT.waymark [TITLE]
 */

#include "config.h"

#include <stdlib.h>
#include <gio/gio.h>

#include "waymark-generate.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  char *end = NULL;
  guint64 n;

  if (argc < 3 || argc > 4)
    {
      g_printerr ("Usage: %s N_TOUCHPOINTS OUT.waymark [TITLE]\n", argv[0]);
      return EXIT_FAILURE;
    }

  n = g_ascii_strtoull (argv[1], &end, 10);
  if (end == argv[1] || *end != '\0' || n > G_MAXUINT)
    {
      g_printerr ("%s: not a number of touchpoints: %s\n", argv[0], argv[1]);
      return EXIT_FAILURE;
    }

  bytes = waymark_generate_journey (n, 1, argc > 3 ? argv[3] : "Benchmark Journey");
  if (!g_file_set_contents (argv[2], g_bytes_get_data (bytes, NULL),
                            g_bytes_get_size (bytes), &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return EXIT_FAILURE;
    }

  return EXIT_SUCCESS;
}

/* waymark-roundtrip.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "waymark-matrix.h"
#include "waymark-reader.h"
#include "waymark-roundtrip.h"
#include "waymark-writer.h"

/* The property the fuzzer checks and the regression tests repeat: any bytes
 * either are refused, or load, write, load again and write the same bytes
 * again. A refusal is fine; a crash, a file the writer makes that the reader
 * refuses, or a second write that differs from the first is a bug. */

static gsize
first_difference (GBytes *a,
                  GBytes *b)
{
  gsize len_a, len_b, i;
  const char *data_a = g_bytes_get_data (a, &len_a);
  const char *data_b = g_bytes_get_data (b, &len_b);

  for (i = 0; i < len_a && i < len_b; i++)
    if (data_a[i] != data_b[i])
      break;

  return i;
}

/**
 * waymark_roundtrip_check:
 * @bytes: any bytes
 * @loaded: (out) (optional): whether @bytes loaded at all
 *
 * Returns: %FALSE with @error set when the round trip breaks
 */
gboolean
waymark_roundtrip_check (GBytes    *bytes,
                         gboolean  *loaded,
                         GError   **error)
{
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkJourney) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *summary = NULL;

  if (loaded != NULL)
    *loaded = FALSE;

  if (!(journey = waymark_reader_load_bytes (bytes, "input", &local_error)))
    {
      /* A refusal must say why. */
      if (local_error == NULL || local_error->message == NULL || local_error->message[0] == '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "the input was refused without a message");
          return FALSE;
        }
      return TRUE;
    }

  if (loaded != NULL)
    *loaded = TRUE;

  /* Opening a file also shows its accountability problems: any file that
   * loads must survive that too. */
  problems = waymark_matrix_dup_problems (journey);
  summary = waymark_matrix_dup_problem_summary (journey, problems);

  first = waymark_writer_to_bytes (journey);

  if (!(again = waymark_reader_load_bytes (first, "written", &local_error)))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the input loaded, but what the writer made of it did not: %s",
                   local_error->message);
      return FALSE;
    }

  second = waymark_writer_to_bytes (again);

  if (!g_bytes_equal (first, second))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the second write differs from the first at byte %" G_GSIZE_FORMAT
                   " (%" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT " bytes)",
                   first_difference (first, second),
                   g_bytes_get_size (first), g_bytes_get_size (second));
      return FALSE;
    }

  return TRUE;
}

/* fuzz-reader.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "waymark-roundtrip.h"

/* libFuzzer harness over the loader: bytes are loaded; what loads is written,
 * loaded again and written again, and both writes must be the same bytes.
 * See tests/fuzz/README.md. */

static gboolean skip_known;

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical means a getter was called on the wrong type of node: treat it
   * as the crash it becomes under G_DEBUG=fatal-criticals. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  skip_known = g_getenv ("WAYMARK_FUZZ_SKIP_KNOWN") != NULL;

  return 0;
}

/* With WAYMARK_FUZZ_SKIP_KNOWN set, failures already reported and kept in
 * regressions/ are not crashes, so that a campaign finds new ones instead of
 * the same two again and again. Remove each once src/ is fixed. */
static gboolean
is_known (const char *message)
{
  /* None at present: the lone surrogate and the number that overflowed to
   * infinity (regressions/) are refused by the reader's scan now. */
  return FALSE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;

  if (!waymark_roundtrip_check (bytes, NULL, &error))
    {
      if (skip_known && is_known (error->message))
        return 0;

      fprintf (stderr, "fuzz-reader: %s\n", error->message);
      abort ();
    }

  return 0;
}

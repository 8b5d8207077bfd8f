/* waymark-test-journey.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "waymark-reader.h"
#include "waymark-test-journey.h"

/**
 * waymark_test_load_example:
 *
 * Returns: (transfer full): examples/b2b-lifecycle.waymark, read as a user
 *   opens it
 */
WaymarkJourney *
waymark_test_load_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  WaymarkJourney *journey = waymark_reader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (journey);

  return journey;
}

WaymarkDocument *
waymark_test_load_example_document (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();

  return waymark_document_new (journey);
}

/**
 * waymark_test_load_quoted:
 * @json: a document written with ' for ", to stay readable in C
 *
 * Returns: (transfer full): the journey it holds; the test fails if it
 *   does not load
 */
WaymarkJourney *
waymark_test_load_quoted (const char *json)
{
  g_autofree char *text = g_strdup (json);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkJourney *journey;

  g_strdelimit (text, "'", '"');
  bytes = g_bytes_new (text, strlen (text));
  journey = waymark_reader_load_bytes (bytes, "t.waymark", &error);
  g_assert_no_error (error);
  g_assert_nonnull (journey);

  return journey;
}

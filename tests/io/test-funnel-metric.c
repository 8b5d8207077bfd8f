/* test-funnel-metric.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "waymark-funnel.h"
#include "waymark-model-private.h"
#include "waymark-reader.h"
#include "waymark-writer.h"

/* A stage's optional "funnel_metric": read, checked, written back in its
 * place, and absent from files that never chose one. */

#define NAME "t.waymark"

static WaymarkJourney *
load_text (const char  *text,
           GError     **error)
{
  g_autofree char *data = g_strdup (text);
  g_autoptr(GBytes) bytes = NULL;

  /* ' for ", to keep the cases readable. */
  for (char *p = data; *p; p++)
    if (*p == '\'')
      *p = '"';
  bytes = g_bytes_new (data, strlen (data));

  return waymark_reader_load_bytes (bytes, NAME, error);
}

static GBytes *
load_example_bytes (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autofree char *contents = NULL;
  gsize len;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new (contents, len);
}

static char *
to_text (WaymarkJourney *journey)
{
  g_autoptr(GBytes) bytes = waymark_writer_to_bytes (journey);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

#define STAGES(x) "{'format':'waymark','version':1,'journey':{'title':'T','stages':[" \
                  "{'id':'s1','name':'A','metrics':[{'id':'m1','name':'M'},{'id':'m2','name':'N'}]" x "}," \
                  "{'id':'s2','name':'B','metrics':[{'id':'m3','name':'O'}]}]}}"

static const struct {
  const char *name;
  const char *json;
  const char *message;
} errors[] = {
  { "unknown", STAGES (",'funnel_metric':'m9'"),
    NAME ": journey.stages[0].funnel_metric: refers to “m9”, but this stage has no metric with that id" },
  { "other-stage", STAGES (",'funnel_metric':'m3'"),
    NAME ": journey.stages[0].funnel_metric: refers to “m3”, but this stage has no metric with that id" },
  { "stage-id", STAGES (",'funnel_metric':'s1'"),
    NAME ": journey.stages[0].funnel_metric: refers to “s1”, but this stage has no metric with that id" },
  { "number", STAGES (",'funnel_metric':2"),
    NAME ": journey.stages[0].funnel_metric: expected a string, found a number" },
};

static void
test_error (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = load_text (errors[i].json, &error);

  g_assert_null (journey);
  g_assert_error (error, WAYMARK_READER_ERROR, WAYMARK_READER_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, errors[i].message);
}

static void
test_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = load_text (STAGES (",'funnel_metric':'m2'"), &error);
  g_autoptr(WaymarkJourney) plain = load_text (STAGES (""), &error);
  g_autoptr(WaymarkJourney) empty = load_text (STAGES (",'funnel_metric':''"), &error);
  WaymarkStage *stage;

  g_assert_no_error (error);
  stage = WAYMARK_STAGE (waymark_journey_lookup (journey, "s1"));
  g_assert_cmpstr (waymark_stage_get_funnel_metric (stage), ==, "m2");
  g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (waymark_funnel_pick_metric (stage))), ==, "m2");
  /* Not a key kept as an unknown extra: the model holds it. */
  g_assert_null (waymark_item_get_extras (WAYMARK_ITEM (stage)));

  /* Absent, or empty: the first metric. */
  stage = WAYMARK_STAGE (waymark_journey_lookup (plain, "s1"));
  g_assert_cmpstr (waymark_stage_get_funnel_metric (stage), ==, "");
  g_assert_cmpstr (waymark_item_get_id (WAYMARK_ITEM (waymark_funnel_pick_metric (stage))), ==, "m1");
  stage = WAYMARK_STAGE (waymark_journey_lookup (empty, "s1"));
  g_assert_cmpstr (waymark_stage_get_funnel_metric (stage), ==, "");
}

/* Older files have no such key and come out byte for byte. */
static void
test_old_file_unchanged (void)
{
  g_autoptr(GBytes) bytes = load_example_bytes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_bytes (bytes, NAME, &error);
  g_autoptr(GBytes) written = NULL;

  g_assert_no_error (error);
  written = waymark_writer_to_bytes (journey);
  g_assert_true (g_bytes_equal (written, bytes));
  g_assert_null (g_strstr_len (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                               "funnel_metric"));
}

/* Written after the metrics, read back to the same choice and the same
 * bytes. */
static void
test_round_trip (void)
{
  g_autoptr(GBytes) bytes = load_example_bytes ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_bytes (bytes, NAME, &error);
  g_autoptr(WaymarkJourney) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  g_autoptr(WaymarkFunnel) funnel = NULL;
  WaymarkStage *convert;

  g_assert_no_error (error);
  convert = WAYMARK_STAGE (waymark_journey_lookup (journey, "s-convert"));
  waymark_stage_set_funnel_metric (convert, "m-convert-customers");
  text = to_text (journey);
  g_assert_nonnull (strstr (text,
                            "            \"unit\": \"customers\"\n"
                            "          }\n"
                            "        ],\n"
                            "        \"funnel_metric\": \"m-convert-customers\"\n"
                            "      },\n"));

  {
    g_autoptr(GBytes) written = g_bytes_new (text, strlen (text));

    again = waymark_reader_load_bytes (written, NAME, &error);
  }
  g_assert_no_error (error);
  text_again = to_text (again);
  g_assert_cmpstr (text_again, ==, text);

  /* The funnel follows: 600 MQLs to 45 new customers, 45 to 20 repeat. */
  funnel = waymark_funnel_new (again);
  g_assert_cmpfloat (waymark_funnel_get_step (funnel, 3)->value, ==, 45);
  g_assert_cmpfloat_with_epsilon (waymark_funnel_get_step (funnel, 2)->conversion, 0.075, 1e-12);
  g_assert_cmpfloat_with_epsilon (waymark_funnel_get_step (funnel, 3)->conversion, 20.0 / 45, 1e-12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (errors); i++)
    {
      g_autofree char *path = g_strdup_printf ("/funnel-metric/error/%s", errors[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_error);
    }
  g_test_add_func ("/funnel-metric/read", test_read);
  g_test_add_func ("/funnel-metric/old-file-unchanged", test_old_file_unchanged);
  g_test_add_func ("/funnel-metric/round-trip", test_round_trip);

  return g_test_run ();
}

/* test-csv-insights.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "waymark-csv-insights.h"
#include "waymark-reader.h"
#include "waymark-test-journey.h"

/* The gap grid and the content coverage as a spreadsheet reads them. */

static void
assert_bytes (GBytes     *bytes,
              const char *expected)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *with_bom = g_strconcat ("\xef\xbb\xbf", expected, NULL);

  /* Every CSV export starts with the byte-order mark. */
  g_assert_cmpstr (text, ==, with_bom);
}

static void
test_gaps_example (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(GBytes) csv = waymark_csv_export_gaps (journey);

  assert_bytes (csv,
                "Stage,Website,Social media,Email,Phone,Events,Missed channels,Wasted channels\r\n"
                "Attract,\"Waste: 0 customer, 1 company\",\"Missed: 1 customer, 0 company\",,,,1,1\r\n"
                "Capture,\"Covered: 1 customer, 1 company\",,,,,0,0\r\n"
                "Nurture,,,\"Covered: 1 customer, 1 company\",,,0,0\r\n"
                "Convert,,,,\"Covered: 1 customer, 1 company\",,0,0\r\n"
                "Expand,,,,\"Waste: 0 customer, 1 company\",\"Missed: 1 customer, 0 company\",1,1\r\n");
}

static void
test_content_example (void)
{
  g_autoptr(WaymarkJourney) journey = waymark_test_load_example ();
  g_autoptr(GBytes) csv = waymark_csv_export_content (journey);

  assert_bytes (csv,
                "Stage,B2B buyer,All content,Unanswered questions\r\n"
                "Attract,1,1,\"Which channels are being used?\n"
                "Which content is being consumed?\n"
                "How many people consumed the content?\n"
                "How often do content consumers share content?\"\r\n"
                "Capture,0,0,\"How many content consumers became known visitors?\n"
                "Which calls to action work best, and with which audiences?\n"
                "Which channels work best?\"\r\n"
                "Nurture,1,1,\"How many marketing qualified leads are generated?\n"
                "Which automated programs work best?\n"
                "What drives lead scores up?\"\r\n"
                "Convert,0,0,\"How many sales qualified leads are generated?\n"
                "Which campaigns close opportunities best?\n"
                "How often do content consumers become customers?\"\r\n"
                "Expand,0,0,\"How many resells, upsells and cross-sells are generated?\n"
                "Which customer marketing programs work best?\n"
                "How often do customers become repeat customers?\n"
                "Which loyalty programs give the best results?\n"
                "How much revenue comes from existing customers?\"\r\n");
}

/* Names with commas and quotes are quoted; a touchpoint with no channel
 * opens the "No channel" column; a journey with no persona still has its
 * totals. */
static void
test_quoting_and_no_channel (void)
{
  static const char json[] =
    "{\"format\": \"waymark\", \"version\": 1, \"journey\": {\"title\": \"T\", "
    "\"stages\": [{\"id\": \"s1\", \"name\": \"Buy, \\\"now\\\"\", \"questions\": [\"Why?\"]}, "
    "{\"id\": \"s2\", \"name\": \"=HYPERLINK(1)\", \"questions\": [\"-1?\"]}], "
    "\"lanes\": [{\"id\": \"l1\", \"name\": \"L\", \"perspective\": \"customer\"}], "
    "\"channels\": [{\"id\": \"c1\", \"name\": \"Mail, paper\"}], "
    "\"touchpoints\": [{\"id\": \"t1\", \"title\": \"X\", \"stage\": \"s1\", \"lane\": \"l1\"}], "
    "\"content\": [{\"id\": \"k1\", \"title\": \"FAQ\", \"question\": \"why?\", \"stages\": [\"s1\"]}]}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_bytes (bytes, "t.waymark", &error);
  g_autoptr(GBytes) gaps = NULL;
  g_autoptr(GBytes) content = NULL;

  g_assert_no_error (error);
  gaps = waymark_csv_export_gaps (journey);
  assert_bytes (gaps,
                "Stage,\"Mail, paper\",No channel,Missed channels,Wasted channels\r\n"
                "\"Buy, \"\"now\"\"\",,\"Missed: 1 customer, 0 company\",1,0\r\n"
                /* A name a spreadsheet would run as a formula is text. */
                "'=HYPERLINK(1),,,0,0\r\n");
  content = waymark_csv_export_content (journey);
  assert_bytes (content,
                "Stage,All content,Unanswered questions\r\n"
                "\"Buy, \"\"now\"\"\",1,\r\n"
                "'=HYPERLINK(1),0,'-1?\r\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv-insights/gaps/example", test_gaps_example);
  g_test_add_func ("/csv-insights/content/example", test_content_example);
  g_test_add_func ("/csv-insights/quoting", test_quoting_and_no_channel);

  return g_test_run ();
}

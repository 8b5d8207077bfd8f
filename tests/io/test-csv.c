/* test-csv.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>

#include "waymark-csv.h"
#include "waymark-reader.h"

/* LibreOffice and Excel read UTF-8 only after it. */
#define BOM "\xef\xbb\xbf"

#define EXAMPLE_CSV \
  "Row,Marketing,Sales,Service\r\n" \
  "Attract,RA,I,\r\n" \
  "Attract → Capture,RA,,\r\n" \
  "Capture,RA,I,\r\n" \
  "Capture → Nurture,RA,,\r\n" \
  "Nurture,RA,C,\r\n" \
  "Lead scoring,RA,C,\r\n" \
  "MQL to SQL,R,RA,\r\n" \
  "Convert,C,RA,\r\n" \
  "Convert → Expand,,A,R\r\n" \
  "Expand,R,R,R\r\n" \
  "Three-way service level agreement,C,C,C\r\n"

static void
assert_csv (GBytes     *csv,
            const char *expected)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (csv, NULL), g_bytes_get_size (csv));
  g_autofree char *with_bom = g_strconcat (BOM, expected, NULL);

  g_assert_cmpstr (text, ==, with_bom);
  g_assert_cmpuint (g_bytes_get_size (csv), ==, strlen (with_bom));
}

static WaymarkJourney *
load_quoted (const char *json)
{
  g_autofree char *data = g_strdup (json);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  WaymarkJourney *journey;

  for (char *p = data; *p; p++)
    if (*p == '\'')
      *p = '"';
  bytes = g_bytes_new (data, strlen (data));
  journey = waymark_reader_load_bytes (bytes, "csv.waymark", &error);
  g_assert_no_error (error);

  return journey;
}

static void
test_example (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("WAYMARK_EXAMPLES_DIR"),
                                            "b2b-lifecycle.waymark", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WaymarkJourney) journey = waymark_reader_load_file (file, NULL, &error);
  g_autoptr(GBytes) csv = NULL;

  g_assert_no_error (error);
  if (journey == NULL)
    return;

  csv = waymark_csv_export_matrix (journey);
  assert_csv (csv, EXAMPLE_CSV);
}

/* RFC 4180: a comma, a quote or a line break quotes the field and doubles
 * the quotes; UTF-8 goes through as it is. */
static void
test_quoting (void)
{
  g_autoptr(WaymarkJourney) journey = load_quoted (
    "{'format':'waymark','version':1,'journey':{'title':'Q',"
    "'stages':[{'id':'s1','name':'Grüße, \\'Welt\\''},{'id':'s2','name':'Two\\nlines'},"
    "{'id':'s3','name':'ไทย'}],"
    "'roles':[{'id':'r1','name':'Sales, \\'EMEA\\''},{'id':'r2','name':'Ärzte'},"
    "{'id':'r3','name':'Plain'}],"
    "'handoffs':[{'id':'h1','from':'s1','to':'s2','name':'Say \\'hi\\''}],"
    "'activities':[{'id':'a1','name':'No stage, CR\\r'}],"
    "'accountability':[{'row':'s1','role':'r1','raci':'AR'},{'row':'s3','role':'r3','raci':'ICRA'},"
    "{'row':'a1','role':'r2','raci':'C'}]}}");
  g_autoptr(GBytes) csv = NULL;

  g_assert_nonnull (journey);
  if (journey == NULL)
    return;

  csv = waymark_csv_export_matrix (journey);
  assert_csv (csv,
              "Row,\"Sales, \"\"EMEA\"\"\",Ärzte,Plain\r\n"
              "\"Grüße, \"\"Welt\"\"\",RA,,\r\n"
              "\"Say \"\"hi\"\"\",,,\r\n"
              "\"Two\nlines\",,,\r\n"
              "ไทย,,,RACI\r\n"
              "\"No stage, CR\r\",,C,\r\n");
}

static void
test_no_roles (void)
{
  g_autoptr(WaymarkJourney) journey = load_quoted (
    "{'format':'waymark','version':1,'journey':{'title':'','stages':[{'id':'s1','name':'Only'}]}}");
  g_autoptr(WaymarkJourney) empty = waymark_journey_new ();
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GBytes) empty_csv = NULL;

  g_assert_nonnull (journey);
  if (journey == NULL)
    return;

  csv = waymark_csv_export_matrix (journey);
  assert_csv (csv, "Row\r\nOnly\r\n");
  empty_csv = waymark_csv_export_matrix (empty);
  assert_csv (empty_csv, "Row\r\n");
}

/* A cell a spreadsheet would run as a formula gets a leading apostrophe
 * (OWASP), inside the quotes when it is quoted; others are untouched. */
static void
test_formulas (void)
{
  g_autoptr(WaymarkJourney) journey = load_quoted (
    "{'format':'waymark','version':1,'journey':{'title':'F',"
    "'stages':[{'id':'s1','name':'=1+1'},{'id':'s2','name':'+49 30'},{'id':'s3','name':'-5'},"
    "{'id':'s4','name':'@SUM(A1)'},{'id':'s5','name':'\\ttab'},{'id':'s6','name':'\\rcr'},"
    "{'id':'s7','name':'=A1,B1'},{'id':'s8','name':'a=b'}],"
    "'roles':[{'id':'r1','name':'=HYPERLINK(\\'http://x\\')'}]}}");
  g_autoptr(GBytes) csv = NULL;

  g_assert_nonnull (journey);
  if (journey == NULL)
    return;

  csv = waymark_csv_export_matrix (journey);
  assert_csv (csv,
              "Row,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
              "'=1+1,\r\n"
              "'+49 30,\r\n"
              "'-5,\r\n"
              "'@SUM(A1),\r\n"
              "'\ttab,\r\n"
              "\"'\rcr\",\r\n"
              "\"'=A1,B1\",\r\n"
              "a=b,\r\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  g_test_add_func ("/csv/example", test_example);
  g_test_add_func ("/csv/quoting", test_quoting);
  g_test_add_func ("/csv/no-roles", test_no_roles);
  g_test_add_func ("/csv/formulas", test_formulas);

  return g_test_run ();
}

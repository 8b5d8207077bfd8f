/* test-number.c: numbers as the user types and reads them
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "waymark-number.h"

static void
test_format (void)
{
  static const struct {
    double      value;
    const char *text;
  } cases[] = {
    { 0, "0" },
    { 1.5, "1.5" },
    { -3, "-3" },
    { 1200, "1200" },
    { 0.25, "0.25" },
    { 1e9, "1e+09" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = waymark_number_format (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_format_unset (void)
{
  g_autofree char *text = waymark_number_format (NAN);

  g_assert_cmpstr (text, ==, "");
}

static void
test_parse (void)
{
  static const struct {
    const char *text;
    double      value;
  } cases[] = {
    { "0", 0 },
    { "1.5", 1.5 },
    { "  42  ", 42 },
    { "-3", -3 },
    { "25%", 25 },
    { "12.5 %", 12.5 },
    { "1e3", 1000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double value = -1;

      g_assert_true (waymark_number_parse (cases[i].text, &value));
      g_assert_cmpfloat (value, ==, cases[i].value);
    }
}

static void
test_parse_empty (void)
{
  static const char *texts[] = { "", "   ", "%", " % " };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      double value = 7;

      g_assert_true (waymark_number_parse (texts[i], &value));
      g_assert_true (isnan (value));
    }

  {
    double value = 7;

    g_assert_true (waymark_number_parse (NULL, &value));
    g_assert_true (isnan (value));
  }
}

static void
test_parse_invalid (void)
{
  static const char *texts[] = { "abc", "1.5.2", "12 apples", "inf", "nan", "1e999", "%5" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      double value = 7;

      g_assert_false (waymark_number_parse (texts[i], &value));
      g_assert_cmpfloat (value, ==, 7);
    }
}

/* A German user types a comma; C notation still works. */
static void
test_parse_locale (void)
{
  double value = 0;

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("no de_DE.UTF-8 locale");
      return;
    }

  g_assert_true (waymark_number_parse ("1,5", &value));
  g_assert_cmpfloat (value, ==, 1.5);
  g_assert_true (waymark_number_parse ("2.25", &value));
  g_assert_cmpfloat (value, ==, 2.25);

  {
    g_autofree char *text = waymark_number_format (1.5);

    g_assert_cmpstr (text, ==, "1,5");
  }

  setlocale (LC_NUMERIC, "C");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/number/format", test_format);
  g_test_add_func ("/model/number/format-unset", test_format_unset);
  g_test_add_func ("/model/number/parse", test_parse);
  g_test_add_func ("/model/number/parse-empty", test_parse_empty);
  g_test_add_func ("/model/number/parse-invalid", test_parse_invalid);
  g_test_add_func ("/model/number/parse-locale", test_parse_locale);

  return g_test_run ();
}

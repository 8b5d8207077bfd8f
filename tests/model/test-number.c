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
    { 1e9, "1000000000" },
    { 0.1 + 0.2, "0.3" },
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

/* What a user of each locale types, and what the row then shows. */
typedef struct
{
  const char *text;
  double      value;
} ParseCase;

static gboolean
use_locale (const char *locale)
{
  if (setlocale (LC_NUMERIC, locale) == NULL)
    {
      g_autofree char *message = g_strdup_printf ("no %s locale", locale);

      g_test_skip (message);
      return FALSE;
    }

  return TRUE;
}

static void
assert_parses (const ParseCase *cases,
               guint            n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      double value = -1;

      if (!waymark_number_parse (cases[i].text, &value))
        g_error ("“%s” was refused", cases[i].text);
      g_assert_cmpfloat (value, ==, cases[i].value);
    }
}

static void
assert_refused (const char * const *texts,
                const char         *message)
{
  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 7;

      g_assert_false (waymark_number_parse_in_range (texts[i], -G_MAXDOUBLE, G_MAXDOUBLE,
                                                     &value, &error));
      g_assert_error (error, WAYMARK_NUMBER_ERROR, WAYMARK_NUMBER_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, message);
      g_assert_cmpfloat (value, ==, 7);
    }
}

static void
assert_format (double      value,
               const char *expected)
{
  g_autofree char *text = waymark_number_format (value);

  g_assert_cmpstr (text, ==, expected);
}

/* English (the C locale here, as in a C.UTF-8 session): "1,200" and "1200". */
static void
test_parse_english (void)
{
  static const ParseCase cases[] = {
    { "1,200", 1200 },
    { "1200", 1200 },
    { "1,200.5", 1200.5 },
    { "1,234,567", 1234567 },
    { "-1,200", -1200 },
    { ".5", 0.5 },
    { "12.5 %", 12.5 },
  };
  static const char *refused[] = { "1,5", "1,20", "12,00", "1,2000", ",5", "1..2", NULL };

  g_assert_nonnull (setlocale (LC_NUMERIC, "C"));
  assert_parses (cases, G_N_ELEMENTS (cases));
  assert_refused (refused, "Not a number: write it like 1234.5");
}

/* German: "1.200,5" and "1200,5"; C notation where it is not a grouped
 * number ("2.25"). */
static void
test_parse_german (void)
{
  static const ParseCase cases[] = {
    { "1.200,5", 1200.5 },
    { "1200,5", 1200.5 },
    { "1.200", 1200 },
    { "1,5", 1.5 },
    { "2.25", 2.25 },
    { "1.234.567,25", 1234567.25 },
    { "-0,5", -0.5 },
  };
  static const char *refused[] = { "1,2,3", "1.200.5,5", "1,200.5", "abc", NULL };

  if (!use_locale ("de_DE.UTF-8"))
    return;

  assert_parses (cases, G_N_ELEMENTS (cases));
  assert_refused (refused, "Not a number: write it like 1.234,5");
  assert_format (1.5, "1,5");
  assert_format (1200.5, "1.200,5");
  assert_format (-3, "-3");

  setlocale (LC_NUMERIC, "C");
}

/* Brazilian Portuguese writes numbers as German does. */
static void
test_parse_brazilian (void)
{
  static const ParseCase cases[] = {
    { "1.200,5", 1200.5 },
    { "1200,5", 1200.5 },
    { "12,5%", 12.5 },
  };
  static const char *refused[] = { "1,2,3", "R$ 5", NULL };

  if (!use_locale ("pt_BR.UTF-8"))
    return;

  assert_parses (cases, G_N_ELEMENTS (cases));
  assert_refused (refused, "Not a number: write it like 1.234,5");
  assert_format (1200.5, "1.200,5");

  setlocale (LC_NUMERIC, "C");
}

/* Thai writes numbers as English does. */
static void
test_parse_thai (void)
{
  static const ParseCase cases[] = {
    { "1,200", 1200 },
    { "1200", 1200 },
    { "1,200.5", 1200.5 },
  };
  static const char *refused[] = { "1,5", NULL };

  if (!use_locale ("th_TH.UTF-8"))
    return;

  assert_parses (cases, G_N_ELEMENTS (cases));
  assert_refused (refused, "Not a number: write it like 1,234.5");
  assert_format (1200.5, "1,200.5");

  setlocale (LC_NUMERIC, "C");
}

/* Out of range is refused with a message, never brought into range. */
static void
test_parse_range (void)
{
  static const struct {
    const char *text;
    double      minimum;
    double      maximum;
    const char *message;
  } cases[] = {
    { "150", 0, 100, "Must be between 0 and 100" },
    { "-1", 0, 100, "Must be between 0 and 100" },
    { "-1", 0, G_MAXDOUBLE, "Must be at least 0" },
    { "1,200", -G_MAXDOUBLE, 1000, "Must be at most 1000" },
  };

  g_assert_nonnull (setlocale (LC_NUMERIC, "C"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 7;

      g_assert_false (waymark_number_parse_in_range (cases[i].text, cases[i].minimum,
                                                     cases[i].maximum, &value, &error));
      g_assert_error (error, WAYMARK_NUMBER_ERROR, WAYMARK_NUMBER_ERROR_RANGE);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpfloat (value, ==, 7);
    }

  {
    double value = 7;

    g_assert_true (waymark_number_parse_in_range ("100 %", 0, 100, &value, NULL));
    g_assert_cmpfloat (value, ==, 100);
    g_assert_true (waymark_number_parse_in_range ("", 0, 100, &value, NULL));
    g_assert_true (isnan (value));
  }
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
  g_test_add_func ("/model/number/parse-english", test_parse_english);
  g_test_add_func ("/model/number/parse-german", test_parse_german);
  g_test_add_func ("/model/number/parse-brazilian", test_parse_brazilian);
  g_test_add_func ("/model/number/parse-thai", test_parse_thai);
  g_test_add_func ("/model/number/parse-range", test_parse_range);

  return g_test_run ();
}

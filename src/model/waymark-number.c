/* waymark-number.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers as the user types and reads them: metric values and targets, a
 * touchpoint's share. Not set is NAN, shown as an empty text. The user's
 * locale decides the decimal mark and the thousands separator ("1,200.5"
 * in English and Thai, "1.200,5" in German and Brazilian Portuguese); the
 * separator may be left out, and C notation ("2.25") is read too where it
 * is not a grouped number of the locale.
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "waymark-number.h"

G_DEFINE_QUARK (waymark-number-error-quark, waymark_number_error)

typedef struct
{
  const char *decimal;
  const char *thousands;
} Marks;

/* The locale's marks; a locale without a thousands separator (C) groups
 * with the one that is not its decimal mark. */
static Marks
get_marks (void)
{
  struct lconv *conv = localeconv ();
  Marks marks = { ".", "," };

  if (conv->decimal_point != NULL && conv->decimal_point[0] != '\0')
    marks.decimal = conv->decimal_point;

  if (conv->thousands_sep != NULL && conv->thousands_sep[0] != '\0')
    marks.thousands = conv->thousands_sep;
  else
    marks.thousands = g_str_equal (marks.decimal, ",") ? "." : ",";

  return marks;
}

static gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

/* Appends the digits at *p to @out; returns how many. */
static guint
take_digits (const char **p,
             GString     *out)
{
  guint n = 0;

  while (is_digit (**p))
    {
      g_string_append_c (out, *(*p)++);
      n++;
    }

  return n;
}

/* @text in the locale's notation, written out in C notation into @out:
 * digits in groups of three after the first when separated, a decimal
 * mark, an exponent. */
static gboolean
to_c_notation (const char *text,
               Marks       marks,
               GString    *out)
{
  const char *p = text;
  gsize thousands_len = strlen (marks.thousands);
  gsize decimal_len = strlen (marks.decimal);
  guint first;

  if (*p == '-' || *p == '+')
    g_string_append_c (out, *p++);

  first = take_digits (&p, out);
  if (first == 0 && strncmp (p, marks.decimal, decimal_len) != 0)
    return FALSE;

  if (first > 0 && first <= 3 && strncmp (p, marks.thousands, thousands_len) == 0)
    {
      while (strncmp (p, marks.thousands, thousands_len) == 0)
        {
          p += thousands_len;
          if (take_digits (&p, out) != 3)
            return FALSE;
        }
    }

  if (strncmp (p, marks.decimal, decimal_len) == 0)
    {
      p += decimal_len;
      g_string_append_c (out, '.');
      if (take_digits (&p, out) == 0 && first == 0)
        return FALSE;
    }

  if (*p == 'e' || *p == 'E')
    {
      g_string_append_c (out, *p++);
      if (*p == '-' || *p == '+')
        g_string_append_c (out, *p++);
      if (take_digits (&p, out) == 0)
        return FALSE;
    }

  return *p == '\0';
}

static gboolean
read_c_notation (const char *text,
                 double     *value)
{
  char *end = NULL;
  double number;

  /* Digits, signs, a point and an exponent: no "inf", "nan" or hex. */
  for (const char *p = text; *p != '\0'; p++)
    if (!is_digit (*p) && strchr ("+-.eE", *p) == NULL)
      return FALSE;

  number = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (number))
    return FALSE;

  *value = number;
  return TRUE;
}

/**
 * waymark_number_format:
 *
 * Returns: (transfer full): @value as the user's locale writes it, with
 *   its thousands separator; "" for NAN (not set)
 */
char *
waymark_number_format (double value)
{
  if (isnan (value))
    return g_strdup ("");

  /* Fifteen digits: what a double holds without noise (0.1 stays 0.1). */
  return g_strdup_printf ("%'.15g", value);
}

/**
 * waymark_number_parse:
 * @text: (nullable): what the user typed
 * @value: (out): the number, NAN for an empty @text
 *
 * Reads a number in the user's locale, with or without its thousands
 * separator, or in C notation; a trailing percent sign and surrounding
 * spaces are allowed.
 *
 * Returns: %FALSE if @text is not a finite number; @value is then unchanged
 */
gboolean
waymark_number_parse (const char *text,
                      double     *value)
{
  return waymark_number_parse_in_range (text, -G_MAXDOUBLE, G_MAXDOUBLE, value, NULL);
}

static char *
describe_range (double minimum,
                double maximum)
{
  g_autofree char *low = waymark_number_format (minimum);
  g_autofree char *high = waymark_number_format (maximum);

  if (minimum <= -G_MAXDOUBLE)
    /* Translators: a number typed is too big; %s is the largest allowed */
    return g_strdup_printf (_("Must be at most %s"), high);

  if (maximum >= G_MAXDOUBLE)
    /* Translators: a number typed is too small; %s is the smallest allowed */
    return g_strdup_printf (_("Must be at least %s"), low);

  /* Translators: a number typed is out of range, "Must be between 0 and 100" */
  return g_strdup_printf (_("Must be between %s and %s"), low, high);
}

/**
 * waymark_number_parse_in_range:
 * @text: (nullable): what the user typed
 * @minimum: the smallest number allowed
 * @maximum: the largest number allowed
 * @value: (out): the number, NAN for an empty @text
 *
 * Reads a number as waymark_number_parse() does and checks it is between
 * @minimum and @maximum: a number out of range is refused, never brought
 * into range.
 *
 * Returns: %FALSE with @error set, saying why in the user's words, if
 *   @text is not a number or out of range; @value is then unchanged
 */
gboolean
waymark_number_parse_in_range (const char  *text,
                               double       minimum,
                               double       maximum,
                               double      *value,
                               GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  g_autoptr(GString) c_text = g_string_new (NULL);
  gsize len = strlen (copy);
  double number;

  g_return_val_if_fail (value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (len > 0 && copy[len - 1] == '%')
    copy[--len] = '\0';
  g_strchomp (copy);

  if (copy[0] == '\0')
    {
      *value = NAN;
      return TRUE;
    }

  if (!(to_c_notation (copy, get_marks (), c_text) && read_c_notation (c_text->str, &number)) &&
      !read_c_notation (copy, &number))
    {
      g_autofree char *example = waymark_number_format (1234.5);

      /* Translators: %s is 1234.5 as the user's language writes it, "1,234.5" */
      g_set_error (error, WAYMARK_NUMBER_ERROR, WAYMARK_NUMBER_ERROR_INVALID,
                   _("Not a number: write it like %s"), example);
      return FALSE;
    }

  if (number < minimum || number > maximum)
    {
      g_autofree char *message = describe_range (minimum, maximum);

      g_set_error_literal (error, WAYMARK_NUMBER_ERROR, WAYMARK_NUMBER_ERROR_RANGE, message);
      return FALSE;
    }

  *value = number;
  return TRUE;
}

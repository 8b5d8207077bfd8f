/* waymark-number.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers as the user types and reads them: metric values and targets, a
 * touchpoint's share. Not set is NAN, shown as an empty text.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "waymark-number.h"

/**
 * waymark_number_format:
 *
 * Returns: (transfer full): @value as the user's locale writes it, "" for
 *   NAN (not set)
 */
char *
waymark_number_format (double value)
{
  if (isnan (value))
    return g_strdup ("");

  return g_strdup_printf ("%g", value);
}

/**
 * waymark_number_parse:
 * @text: (nullable): what the user typed
 * @value: (out): the number, NAN for an empty @text
 *
 * Reads a number in the user's locale or in C notation; a trailing percent
 * sign and surrounding spaces are allowed.
 *
 * Returns: %FALSE if @text is not a finite number; @value is then unchanged
 */
gboolean
waymark_number_parse (const char *text,
                      double     *value)
{
  g_autofree char *copy = g_strstrip (g_strdup (text ? text : ""));
  gsize len = strlen (copy);
  char *end = NULL;
  double number;

  g_return_val_if_fail (value != NULL, FALSE);

  if (len > 0 && copy[len - 1] == '%')
    copy[--len] = '\0';
  g_strchomp (copy);

  if (copy[0] == '\0')
    {
      *value = NAN;
      return TRUE;
    }

  number = strtod (copy, &end);
  if (end == NULL || *end != '\0')
    number = g_ascii_strtod (copy, &end);
  if (end == NULL || *end != '\0' || !isfinite (number))
    return FALSE;

  *value = number;
  return TRUE;
}

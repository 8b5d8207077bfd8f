/* waymark-number.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define WAYMARK_NUMBER_ERROR (waymark_number_error_quark ())

typedef enum
{
  WAYMARK_NUMBER_ERROR_INVALID,
  WAYMARK_NUMBER_ERROR_RANGE,
} WaymarkNumberError;

GQuark    waymark_number_error_quark    (void);
char     *waymark_number_format         (double       value);
gboolean  waymark_number_parse          (const char  *text,
                                         double      *value);
gboolean  waymark_number_parse_in_range (const char  *text,
                                         double       minimum,
                                         double       maximum,
                                         double      *value,
                                         GError     **error);

G_END_DECLS

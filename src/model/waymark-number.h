/* waymark-number.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *waymark_number_format (double      value);
gboolean  waymark_number_parse  (const char *text,
                                 double     *value);

G_END_DECLS

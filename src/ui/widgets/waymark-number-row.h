/* waymark-number-row.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-property-binding.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_NUMBER_ROW (waymark_number_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkNumberRow, waymark_number_row, WAYMARK, NUMBER_ROW, AdwEntryRow)

GtkWidget              *waymark_number_row_new         (WaymarkDocument        *document,
                                                        gpointer                object,
                                                        const char             *property,
                                                        const char             *title,
                                                        double                  scale,
                                                        double                  minimum,
                                                        double                  maximum);
WaymarkPropertyBinding *waymark_number_row_get_binding (WaymarkNumberRow *self);

G_END_DECLS

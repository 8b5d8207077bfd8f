/* waymark-enum-row.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-property-binding.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_ENUM_ROW (waymark_enum_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkEnumRow, waymark_enum_row, WAYMARK, ENUM_ROW, AdwComboRow)

typedef const char * (*WaymarkTitleFunc) (int value);

GtkWidget              *waymark_enum_row_new         (WaymarkDocument        *document,
                                                      gpointer                object,
                                                      const char             *property,
                                                      const char             *title,
                                                      WaymarkTitleFunc        get_title);
WaymarkPropertyBinding *waymark_enum_row_get_binding (WaymarkEnumRow *self);

G_END_DECLS

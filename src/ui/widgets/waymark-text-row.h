/* waymark-text-row.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-property-binding.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_TEXT_ROW (waymark_text_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkTextRow, waymark_text_row, WAYMARK, TEXT_ROW, AdwPreferencesRow)

GtkWidget              *waymark_text_row_new         (WaymarkDocument        *document,
                                                      gpointer                object,
                                                      const char             *property,
                                                      const char             *title);
WaymarkPropertyBinding *waymark_text_row_get_binding (WaymarkTextRow *self);

G_END_DECLS

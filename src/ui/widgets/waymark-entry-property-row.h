/* waymark-entry-property-row.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-property-binding.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_ENTRY_PROPERTY_ROW (waymark_entry_property_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkEntryPropertyRow, waymark_entry_property_row, WAYMARK, ENTRY_PROPERTY_ROW, AdwEntryRow)

GtkWidget              *waymark_entry_property_row_new         (WaymarkDocument        *document,
                                                                gpointer                object,
                                                                const char             *property,
                                                                const char             *title);
WaymarkPropertyBinding *waymark_entry_property_row_get_binding (WaymarkEntryPropertyRow *self);

G_END_DECLS

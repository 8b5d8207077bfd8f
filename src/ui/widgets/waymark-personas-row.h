/* waymark-personas-row.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-property-binding.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_PERSONAS_ROW (waymark_personas_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkPersonasRow, waymark_personas_row, WAYMARK, PERSONAS_ROW, AdwExpanderRow)

GtkWidget              *waymark_personas_row_new         (WaymarkDocument    *document,
                                                          gpointer            object,
                                                          const char         *property,
                                                          const char         *title);
WaymarkPropertyBinding *waymark_personas_row_get_binding (WaymarkPersonasRow *self);
GtkCheckButton         *waymark_personas_row_get_check   (WaymarkPersonasRow *self,
                                                          WaymarkPersona     *persona);

G_END_DECLS

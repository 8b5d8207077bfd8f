/* waymark-emotion-row.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-property-binding.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_EMOTION_ROW (waymark_emotion_row_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkEmotionRow, waymark_emotion_row, WAYMARK, EMOTION_ROW, AdwComboRow)

GtkWidget              *waymark_emotion_row_new         (WaymarkDocument   *document,
                                                         gpointer           object,
                                                         const char        *property,
                                                         const char        *title);
WaymarkPropertyBinding *waymark_emotion_row_get_binding (WaymarkEmotionRow *self);

G_END_DECLS

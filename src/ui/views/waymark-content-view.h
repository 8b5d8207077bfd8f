/* waymark-content-view.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CONTENT_VIEW (waymark_content_view_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkContentView, waymark_content_view, WAYMARK, CONTENT_VIEW, WaymarkView)

GtkWidget  *waymark_content_view_new       (void);
GListModel *waymark_content_view_get_items (WaymarkContentView *self);
void        waymark_content_view_select    (WaymarkContentView *self,
                                            guint               position);

G_END_DECLS

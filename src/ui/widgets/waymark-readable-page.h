/* waymark-readable-page.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_READABLE_PAGE (waymark_readable_page_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkReadablePage, waymark_readable_page, WAYMARK, READABLE_PAGE, AdwPreferencesPage)

/* The widest the column gets, and the width below which it takes all the
 * room there is. */
#define WAYMARK_READABLE_PAGE_MAXIMUM 860
#define WAYMARK_READABLE_PAGE_TIGHTENING 560

GtkWidget *waymark_readable_page_new       (void);
AdwClamp  *waymark_readable_page_get_clamp (WaymarkReadablePage *self);

G_END_DECLS

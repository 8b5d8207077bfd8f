/* waymark-welcome-page.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define WAYMARK_TYPE_WELCOME_PAGE (waymark_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkWelcomePage, waymark_welcome_page, WAYMARK, WELCOME_PAGE, AdwBin)

#define WAYMARK_WELCOME_MAX_RECENT 8
/* The recent files shown before "Show All Recent Files". */
#define WAYMARK_WELCOME_SHOWN_RECENT 3

GtkWidget *waymark_welcome_page_new             (void);
guint      waymark_welcome_page_get_n_recent    (WaymarkWelcomePage *self);
GtkWidget *waymark_welcome_page_get_more_row    (WaymarkWelcomePage *self);

G_END_DECLS

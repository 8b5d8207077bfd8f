/* waymark-window-private.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-welcome-page.h"
#include "waymark-window.h"

G_BEGIN_DECLS

struct _WaymarkWindow
{
  AdwApplicationWindow  parent_instance;

  WaymarkDocument      *document;
  GSettings            *settings;
  AdwMessageDialog     *close_dialog;
  guint                 change_serial;
  guint                 close_confirmed : 1;
  guint                 saving : 1;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  GtkWidget            *undo_box;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  WaymarkWelcomePage   *welcome_page;
};

void _waymark_window_update_actions (WaymarkWindow *self);
void _waymark_window_update_title   (WaymarkWindow *self);
void _waymark_window_show_error     (WaymarkWindow *self,
                                     const char    *heading,
                                     const char    *body);

G_END_DECLS

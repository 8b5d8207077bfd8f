/* waymark-window-private.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-change.h"
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
  guint                 swapping : 1;
  guint                 in_history : 1;
  guint                 journey_visiting : 1;  /* the popover is open */
  guint                 journey_updating;
  guint                 narrow : 1;
  guint                 width_idle;
  WaymarkChange        *last_change;   /* of the undo or redo running */

  /* The file on disk (waymark-window-file.c) */
  GFileMonitor         *monitor;
  GCancellable         *check_cancellable;
  char                 *etag;          /* of the bytes shown, or saved last */
  char                 *kept_etag;     /* a change on disk the user kept theirs over */
  WaymarkFileState      file_state;
  guint                 save_confirmed : 1;
  WaymarkDocument      *before_reload; /* what Undo of a reload brings back */
  WaymarkDocument      *after_reload;  /* what Redo of a reload brings back */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwHeaderBar         *header_bar;
  GtkWidget            *open_button;
  GtkWidget            *undo_box;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkWidget            *title_button;
  AdwWindowTitle       *window_title;
  GtkPopover           *journey_popover;
  GtkEntry             *title_entry;
  GtkTextView          *description_view;
  GtkWidget            *switcher_box;
  AdwViewSwitcher      *view_switcher;
  GtkRevealer          *file_banner;
  GtkLabel             *file_banner_label;
  GtkWidget            *keep_mine_button;
  GtkWidget            *reload_button;
  GtkWidget            *save_again_button;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  WaymarkWelcomePage   *welcome_page;

  /* Export… and Print (waymark-window-export.c) */
  GtkMenuButton        *menu_button;
  GtkWidget            *export_item;
  GtkWidget            *print_item;
};

void _waymark_window_update_actions (WaymarkWindow *self);
void _waymark_window_update_title   (WaymarkWindow *self);
void _waymark_window_show_error     (WaymarkWindow *self,
                                     const char    *heading,
                                     const char    *body);

/* waymark-window-title.c */
void     _waymark_window_title_class_init (GtkWidgetClass *widget_class);
void     _waymark_window_title_init       (WaymarkWindow *self);
void     _waymark_window_title_dispose    (WaymarkWindow *self);
void     _waymark_window_title_document_changed (WaymarkWindow *self);
void     _waymark_window_title_allocated  (WaymarkWindow *self,
                                           int            width);

/* waymark-window-export.c */
void     _waymark_window_export_class_init (GtkWidgetClass *widget_class);
void     _waymark_window_export_init       (WaymarkWindow *self);
void     _waymark_window_update_export     (WaymarkWindow *self);

/* waymark-window-file.c */
char    *_waymark_window_dup_display_name (GFile         *file);
void     _waymark_window_file_class_init  (GtkWidgetClass *widget_class);
void     _waymark_window_file_init        (WaymarkWindow *self);
void     _waymark_window_file_dispose     (WaymarkWindow *self);
void     _waymark_window_watch_file       (WaymarkWindow *self);
void     _waymark_window_check_file       (WaymarkWindow *self);
void     _waymark_window_file_saved       (WaymarkWindow *self);
gboolean _waymark_window_is_unseen_etag   (WaymarkWindow *self,
                                           const char    *etag);
gboolean _waymark_window_undo_reload      (WaymarkWindow *self);
gboolean _waymark_window_redo_reload      (WaymarkWindow *self);
void     _waymark_window_replace_document (WaymarkWindow   *self,
                                           WaymarkDocument *document);

G_END_DECLS

/* waymark-window.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-document.h"
#include "waymark-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_WINDOW (waymark_window_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkWindow, waymark_window, WAYMARK, WINDOW, AdwApplicationWindow)

typedef enum
{
  WAYMARK_FILE_STATE_SEEN,     /* the file on disk is what the window read or wrote */
  WAYMARK_FILE_STATE_CHANGED,  /* someone else changed it */
  WAYMARK_FILE_STATE_GONE,     /* it was deleted or moved away */
} WaymarkFileState;

WaymarkWindow   *waymark_window_new                   (GtkApplication       *application);
WaymarkDocument *waymark_window_get_document          (WaymarkWindow        *self);
void             waymark_window_set_document          (WaymarkWindow        *self,
                                                       WaymarkDocument      *document);
const char      *waymark_window_get_visible_view      (WaymarkWindow        *self);
void             waymark_window_add_toast             (WaymarkWindow        *self,
                                                       const char           *title);
void             waymark_window_save_async            (WaymarkWindow        *self,
                                                       gboolean              save_as,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean         waymark_window_save_finish           (WaymarkWindow        *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void             waymark_window_confirm_close_async   (WaymarkWindow        *self,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean         waymark_window_confirm_close_finish  (WaymarkWindow        *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
void             waymark_window_close_confirmed       (WaymarkWindow        *self);

/* waymark-window-export.c */
void             waymark_window_export_async          (WaymarkWindow        *self,
                                                       WaymarkView          *view,
                                                       WaymarkExportFormats  format,
                                                       WaymarkPaper          paper,
                                                       GFile                *file,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
GPtrArray       *waymark_window_export_finish         (WaymarkWindow        *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);

/* waymark-window-file.c */
void             waymark_window_set_file_etag         (WaymarkWindow        *self,
                                                       const char           *etag);
WaymarkFileState waymark_window_get_file_state        (WaymarkWindow        *self);
void             waymark_window_show_open_error       (WaymarkWindow        *self,
                                                       GFile                *file,
                                                       const GError         *error);
char            *waymark_window_query_etag            (GFile                *file,
                                                       GError              **error);

G_END_DECLS

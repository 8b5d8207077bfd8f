/* waymark-view.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-document.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_VIEW (waymark_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (WaymarkView, waymark_view, WAYMARK, VIEW, GtkWidget)

/**
 * WaymarkViewClass:
 * @build: builds the content, the first time the view is mapped or
 *   waymark_view_ensure_built() is called; %NULL if init builds it
 * @edited: the document shown was edited, or an edit undone or redone
 *   (its "changed" signal), and the view is built; %NULL if the view
 *   follows the document itself
 * @document_changed: the built view is to show another document (also
 *   %NULL); called once right after @build too, if there is a document
 * @search: shows what matches @text (empty: everything); %NULL if the view
 *   cannot search
 * @export_async: writes what the view shows to @file; by default it fails
 *   with %G_IO_ERROR_NOT_SUPPORTED
 * @export_finish: finishes @export_async
 *
 * What the window needs from every page of its view stack. A view costs
 * nothing until it is shown: heavy content belongs in @build.
 */
struct _WaymarkViewClass
{
  GtkWidgetClass parent_class;

  void     (*build)            (WaymarkView          *self);
  void     (*document_changed) (WaymarkView          *self);
  void     (*edited)           (WaymarkView          *self);
  void     (*search)           (WaymarkView          *self,
                                const char           *text);
  void     (*export_async)     (WaymarkView          *self,
                                GFile                *file,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data);
  gboolean (*export_finish)    (WaymarkView          *self,
                                GAsyncResult         *result,
                                GError              **error);

  /*< private >*/
  gpointer padding[7];
};

WaymarkDocument *waymark_view_get_document      (WaymarkView          *self);
void             waymark_view_set_document      (WaymarkView          *self,
                                                 WaymarkDocument      *document);
const char      *waymark_view_get_title         (WaymarkView          *self);
void             waymark_view_set_title         (WaymarkView          *self,
                                                 const char           *title);
const char      *waymark_view_get_icon_name     (WaymarkView          *self);
void             waymark_view_set_icon_name     (WaymarkView          *self,
                                                 const char           *icon_name);
gboolean         waymark_view_get_built         (WaymarkView          *self);
void             waymark_view_ensure_built      (WaymarkView          *self);
void             waymark_view_set_status        (WaymarkView          *self,
                                                 const char           *title,
                                                 const char           *description);
gboolean         waymark_view_get_can_search    (WaymarkView          *self);
void             waymark_view_search            (WaymarkView          *self,
                                                 const char           *text);
gboolean         waymark_view_get_can_export    (WaymarkView          *self);
void             waymark_view_export_async      (WaymarkView          *self,
                                                 GFile                *file,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
gboolean         waymark_view_export_finish     (WaymarkView          *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);

G_END_DECLS

/* waymark-view.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-document.h"
#include "waymark-pages.h"
#include "waymark-paper.h"

G_BEGIN_DECLS

/**
 * WaymarkExportFormats:
 *
 * What a view can write to a file, for the window's Export dialog. A view
 * lists them in its class; waymark_view_export() takes one at a time.
 */
typedef enum /*< flags >*/
{
  WAYMARK_EXPORT_NONE = 0,
  WAYMARK_EXPORT_PDF  = 1 << 0,
  WAYMARK_EXPORT_PNG  = 1 << 1,
  WAYMARK_EXPORT_SVG  = 1 << 2,
  WAYMARK_EXPORT_CSV  = 1 << 3,
} WaymarkExportFormats;

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
 * @export_formats: what Export… offers in this view; %WAYMARK_EXPORT_NONE
 *   (the default) disables it
 * @paper_formats: those of @export_formats whose files depend on the
 *   paper size (the dialog asks for it only then)
 * @export: the files of one of @export_formats, drawn from the document
 *   (not from the widgets: the view need not be built): one #GBytes, or one
 *   a page ("matrix-1.png", "matrix-2.png"…). The window saves them, each
 *   with waymark_save_bytes(). By default it fails with
 *   %G_IO_ERROR_NOT_SUPPORTED
 * @dup_pages: the sheets Print previews and prints, on @paper; %NULL (the
 *   default) if the view does not print
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

  WaymarkExportFormats export_formats;
  WaymarkExportFormats paper_formats;
  GPtrArray    *(*export)      (WaymarkView          *self,
                                WaymarkExportFormats  format,
                                WaymarkPaper          paper,
                                GError              **error);
  WaymarkPages *(*dup_pages)   (WaymarkView          *self,
                                WaymarkPaper          paper);

  /*< private >*/
  gpointer padding[6];
};

WaymarkDocument *waymark_view_get_document      (WaymarkView          *self);
void             waymark_view_set_document      (WaymarkView          *self,
                                                 WaymarkDocument      *document);
const char      *waymark_view_get_title         (WaymarkView          *self);
void             waymark_view_set_title         (WaymarkView          *self,
                                                 const char           *title);
char            *waymark_view_dup_name          (WaymarkView          *self);
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
WaymarkExportFormats waymark_view_get_export_formats (WaymarkView     *self);
WaymarkExportFormats waymark_view_get_paper_formats  (WaymarkView     *self);
GPtrArray       *waymark_view_export            (WaymarkView          *self,
                                                 WaymarkExportFormats  format,
                                                 WaymarkPaper          paper,
                                                 GError              **error);
gboolean         waymark_view_get_can_print     (WaymarkView          *self);
const char      *waymark_export_format_get_suffix (WaymarkExportFormats format);
WaymarkPages    *waymark_view_dup_pages         (WaymarkView          *self,
                                                 WaymarkPaper          paper);
GtkWidget       *waymark_view_new_label         (const char           *text,
                                                 const char           *css_class);

G_END_DECLS

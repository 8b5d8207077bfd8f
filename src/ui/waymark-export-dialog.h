/* waymark-export-dialog.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-view.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_EXPORT_DIALOG (waymark_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkExportDialog, waymark_export_dialog, WAYMARK, EXPORT_DIALOG,
                      AdwMessageDialog)

GtkWidget            *waymark_export_dialog_new        (GtkWindow            *parent,
                                                        WaymarkView          *view);
WaymarkView          *waymark_export_dialog_get_view   (WaymarkExportDialog  *self);
WaymarkExportFormats  waymark_export_dialog_get_format (WaymarkExportDialog  *self);
void                  waymark_export_dialog_set_format (WaymarkExportDialog  *self,
                                                        WaymarkExportFormats  format);
WaymarkPaper          waymark_export_dialog_get_paper  (WaymarkExportDialog  *self);
void                  waymark_export_dialog_set_paper  (WaymarkExportDialog  *self,
                                                        WaymarkPaper          paper);

const char           *waymark_export_format_get_mime_type (WaymarkExportFormats format);
const char           *waymark_export_format_get_label     (WaymarkExportFormats format);

G_END_DECLS

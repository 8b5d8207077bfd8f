/* waymark-content-editor.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-document.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CONTENT_EDITOR (waymark_content_editor_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkContentEditor, waymark_content_editor, WAYMARK, CONTENT_EDITOR, AdwWindow)

GtkWidget *waymark_content_editor_new  (WaymarkDocument    *document,
                                        WaymarkContentItem *item);
void       waymark_content_editor_save (WaymarkContentEditor *self);
void       waymark_content_editor_set_text (WaymarkContentEditor *self,
                                            const char           *field,
                                            const char           *text);
void       waymark_content_editor_set_checked (WaymarkContentEditor *self,
                                               const char           *id,
                                               gboolean              checked);

G_END_DECLS

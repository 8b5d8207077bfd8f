/* waymark-editor-utils.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-document.h"

G_BEGIN_DECLS

/* Called when the user is done with an edit: Enter, the apply button, or
 * focus leaving the row. @activated is TRUE for the first two. */
typedef void         (*WaymarkCommitFunc) (GtkWidget *row,
                                           gboolean   activated,
                                           gpointer   user_data);
typedef const char * (*WaymarkTitleFunc)  (int        value);

void       waymark_editors_init_resources (void);
void       waymark_editor_show_undo_toast (GtkWidget        *widget,
                                           const char       *message);
void       waymark_editor_connect_commit  (GtkWidget        *row,
                                           WaymarkCommitFunc func,
                                           gpointer          user_data);
char      *waymark_editor_format_number   (double            value);
gboolean   waymark_editor_parse_number    (const char       *text,
                                           double           *value);
void       waymark_editor_set_text        (GtkWidget        *editable,
                                           const char       *text);
GtkWidget *waymark_editor_icon_button_new (const char       *icon_name,
                                           const char       *tooltip);

/* Rows that show one property of a model object, follow its changes and
 * commit the user's edits through the document. */
GtkWidget *waymark_editor_entry_row_new   (WaymarkDocument  *document,
                                           gpointer          object,
                                           const char       *property,
                                           const char       *title);
GtkWidget *waymark_editor_number_row_new  (WaymarkDocument  *document,
                                           gpointer          object,
                                           const char       *property,
                                           const char       *title,
                                           double            scale,
                                           double            minimum,
                                           double            maximum);
GtkWidget *waymark_editor_text_row_new    (WaymarkDocument  *document,
                                           gpointer          object,
                                           const char       *property,
                                           const char       *title);
GtkWidget *waymark_editor_enum_row_new    (WaymarkDocument  *document,
                                           gpointer          object,
                                           const char       *property,
                                           const char       *title,
                                           WaymarkTitleFunc  get_title);
GtkWidget *waymark_editor_stage_row_new   (WaymarkDocument  *document,
                                           gpointer          object,
                                           const char       *property,
                                           const char       *title);
GtkWidget *waymark_editor_color_row_new   (WaymarkDocument  *document,
                                           gpointer          object,
                                           const char       *property,
                                           const char       *title);

G_END_DECLS

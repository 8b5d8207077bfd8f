/* waymark-edit-commit.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called when the user is done with an edit: Enter, the apply button, or
 * focus leaving the row. @activated is TRUE for the first two. */
typedef void (*WaymarkCommitFunc) (GtkWidget *row,
                                   gboolean   activated,
                                   gpointer   user_data);

void waymark_edit_commit_connect   (GtkWidget         *row,
                                    WaymarkCommitFunc  func,
                                    gpointer           user_data);
void waymark_edit_commit_set_text  (GtkWidget         *editable,
                                    const char        *text);

G_END_DECLS

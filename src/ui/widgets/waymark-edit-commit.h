/* waymark-edit-commit.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-document.h"

G_BEGIN_DECLS

typedef enum
{
  /* The user changed the text: commit what is complete, refuse nothing. */
  WAYMARK_COMMIT_TYPED,
  /* Enter, or the apply button. */
  WAYMARK_COMMIT_ACTIVATED,
  /* The focus left the row: the user is done. */
  WAYMARK_COMMIT_LEFT,
} WaymarkCommitReason;

typedef void (*WaymarkCommitFunc) (GtkWidget           *row,
                                   WaymarkCommitReason  reason,
                                   gpointer             user_data);

void waymark_edit_commit_connect           (GtkWidget         *row,
                                            WaymarkDocument   *document,
                                            WaymarkCommitFunc  func,
                                            gpointer           user_data);
void waymark_edit_commit_connect_text_view (GtkWidget         *row,
                                            GtkTextView       *text_view,
                                            WaymarkDocument   *document,
                                            WaymarkCommitFunc  func,
                                            gpointer           user_data);
void waymark_edit_commit_set_text          (GtkWidget         *field,
                                            const char        *text);
const char *waymark_edit_commit_get_committed_text
                                           (GtkWidget         *field);
void waymark_edit_commit_take_undo_keys    (GtkWidget         *widget);

G_END_DECLS

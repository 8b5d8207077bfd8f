/* waymark-stage-editor.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-document.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_STAGE_EDITOR (waymark_stage_editor_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkStageEditor, waymark_stage_editor, WAYMARK, STAGE_EDITOR, AdwBin)

GtkWidget       *waymark_stage_editor_new          (WaymarkDocument    *document,
                                                    WaymarkStage       *stage);
WaymarkDocument *waymark_stage_editor_get_document (WaymarkStageEditor *self);
WaymarkStage    *waymark_stage_editor_get_stage    (WaymarkStageEditor *self);
void             waymark_stage_editor_focus_name   (WaymarkStageEditor *self);

G_END_DECLS

/* waymark-document-private.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-change.h"
#include "waymark-document.h"
#include "waymark-model-private.h"

G_BEGIN_DECLS

/* Shared by the undo engine (waymark-document.c) and the domain commands
 * (waymark-document-commands.c). */

/* The engine's: only inside a group. */
void _waymark_document_record_insert     (WaymarkDocument *self,
                                          GListModel      *list,
                                          guint            position,
                                          gpointer         item);

/* The commands': what removing @item takes with it, before and after it
 * leaves its list. */
void _waymark_document_remove_references (WaymarkDocument *self,
                                          WaymarkItem     *item);
void _waymark_document_close_gap         (WaymarkDocument *self,
                                          WaymarkItem     *item);
/* The commands': what moving @item from @from takes with it, after it
 * moved. */
void _waymark_document_after_reorder     (WaymarkDocument *self,
                                          WaymarkItem     *item,
                                          guint            from);

/* The engine's descriptions of what a command changed (waymark-change.c). */
WaymarkChange *_waymark_change_new_property    (gpointer           item,
                                                GParamSpec        *pspec);
WaymarkChange *_waymark_change_new_list        (WaymarkChangeKind  kind,
                                                gpointer           item,
                                                GListModel        *list,
                                                guint              position);
WaymarkChange *_waymark_change_new_moved       (WaymarkJourney    *journey,
                                                WaymarkTouchpoint *touchpoint,
                                                const char        *old_stage_id,
                                                const char        *old_lane_id);
WaymarkChange *_waymark_change_new_matrix_cell (WaymarkJourney    *journey,
                                                WaymarkAssignment *assignment,
                                                GListModel        *list,
                                                guint              position);

G_END_DECLS

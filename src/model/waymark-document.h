/* waymark-document.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-change.h"
#include "waymark-journey.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_DOCUMENT (waymark_document_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkDocument, waymark_document, WAYMARK, DOCUMENT, GObject)

WaymarkDocument   *waymark_document_new               (WaymarkJourney     *journey);
WaymarkJourney    *waymark_document_get_journey       (WaymarkDocument    *self);
GFile             *waymark_document_get_file          (WaymarkDocument    *self);
void               waymark_document_set_file          (WaymarkDocument    *self,
                                                       GFile              *file);
char              *waymark_document_dup_title         (WaymarkDocument    *self);
gboolean           waymark_document_get_dirty         (WaymarkDocument    *self);
void               waymark_document_mark_saved        (WaymarkDocument    *self);
void               waymark_document_mark_dirty        (WaymarkDocument    *self);
gboolean           waymark_document_get_can_undo      (WaymarkDocument    *self);
gboolean           waymark_document_get_can_redo      (WaymarkDocument    *self);
const char        *waymark_document_get_undo_label    (WaymarkDocument    *self);
const char        *waymark_document_get_redo_label    (WaymarkDocument    *self);
gboolean           waymark_document_undo              (WaymarkDocument    *self);
gboolean           waymark_document_redo              (WaymarkDocument    *self);
void               waymark_document_begin_group       (WaymarkDocument    *self,
                                                       const char         *label);
void               waymark_document_end_group         (WaymarkDocument    *self);
guint64            waymark_document_get_last_step     (WaymarkDocument    *self);
gboolean           waymark_document_join_steps        (WaymarkDocument    *self,
                                                       guint64             step);
void               waymark_document_begin_merge       (WaymarkDocument    *self,
                                                       gconstpointer       key);
void               waymark_document_end_merge         (WaymarkDocument    *self);
void               waymark_document_close_merge       (WaymarkDocument    *self,
                                                       gconstpointer       key);

/* Generic commands: every edit is one of these, recorded for undo. */
void               waymark_document_set               (WaymarkDocument    *self,
                                                       gpointer            object,
                                                       const char         *first_property,
                                                       ...) G_GNUC_NULL_TERMINATED;
void               waymark_document_set_value         (WaymarkDocument    *self,
                                                       gpointer            object,
                                                       const char         *property,
                                                       const GValue       *value);
void               waymark_document_insert            (WaymarkDocument    *self,
                                                       GListModel         *list,
                                                       guint               position,
                                                       gpointer            item);
void               waymark_document_remove            (WaymarkDocument    *self,
                                                       gpointer            item);
void               waymark_document_reorder           (WaymarkDocument    *self,
                                                       gpointer            item,
                                                       guint               position);

/* Commands of the domain, built on the generic ones
 * (waymark-document-commands.c); they take objects, never ids. */
void               waymark_document_rename            (WaymarkDocument    *self,
                                                       gpointer            item,
                                                       const char         *name);
WaymarkStage      *waymark_document_add_stage         (WaymarkDocument    *self,
                                                       guint               position,
                                                       const char         *name);
WaymarkLane       *waymark_document_add_lane          (WaymarkDocument    *self,
                                                       guint               position,
                                                       const char         *name,
                                                       WaymarkPerspective  perspective);
WaymarkRole       *waymark_document_add_role          (WaymarkDocument    *self,
                                                       guint               position,
                                                       const char         *name);
WaymarkChannel    *waymark_document_add_channel       (WaymarkDocument    *self,
                                                       guint               position,
                                                       const char         *name);
WaymarkPersona    *waymark_document_add_persona       (WaymarkDocument    *self,
                                                       guint               position,
                                                       const char         *name);
WaymarkActivity   *waymark_document_add_activity      (WaymarkDocument    *self,
                                                       guint               position,
                                                       const char         *name,
                                                       WaymarkStage       *stage);
WaymarkHandoff    *waymark_document_add_handoff       (WaymarkDocument    *self,
                                                       WaymarkStage       *from,
                                                       WaymarkStage       *to);
WaymarkContentItem *waymark_document_add_content_item (WaymarkDocument    *self,
                                                       guint               position,
                                                       const char         *title);
WaymarkMetric     *waymark_document_add_metric        (WaymarkDocument    *self,
                                                       WaymarkStage       *stage,
                                                       guint               position,
                                                       const char         *name);
void               waymark_document_set_funnel_metric (WaymarkDocument    *self,
                                                       WaymarkStage       *stage,
                                                       WaymarkMetric      *metric);
WaymarkOutcome    *waymark_document_add_outcome       (WaymarkDocument    *self,
                                                       WaymarkStage       *stage,
                                                       guint               position,
                                                       const char         *name);
void               waymark_document_add_question      (WaymarkDocument    *self,
                                                       WaymarkStage       *stage,
                                                       guint               position,
                                                       const char         *question);
void               waymark_document_set_question      (WaymarkDocument    *self,
                                                       WaymarkStage       *stage,
                                                       guint               position,
                                                       const char         *question);
void               waymark_document_remove_question   (WaymarkDocument    *self,
                                                       WaymarkStage       *stage,
                                                       guint               position);
void               waymark_document_move_question     (WaymarkDocument    *self,
                                                       WaymarkStage       *stage,
                                                       guint               from,
                                                       guint               to);
WaymarkTouchpoint *waymark_document_add_touchpoint    (WaymarkDocument    *self,
                                                       WaymarkStage       *stage,
                                                       WaymarkLane        *lane,
                                                       guint               index,
                                                       const char         *title);
void               waymark_document_move_touchpoint   (WaymarkDocument    *self,
                                                       WaymarkTouchpoint  *touchpoint,
                                                       WaymarkStage       *stage,
                                                       WaymarkLane        *lane,
                                                       guint               index);
void               waymark_document_move_touchpoints  (WaymarkDocument    *self,
                                                       GPtrArray          *touchpoints,
                                                       WaymarkStage       *stage,
                                                       WaymarkLane        *lane,
                                                       guint               index);
void               waymark_document_set_raci          (WaymarkDocument    *self,
                                                       WaymarkItem        *row,
                                                       WaymarkRole        *role,
                                                       WaymarkRaci         raci);

G_END_DECLS

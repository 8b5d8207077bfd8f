/* waymark-model-private.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The setters of the model's classes. Only the model itself, the reader
 * and the templates (which build journeys before a document exists) and
 * the tests may change an item directly; everything else edits through
 * WaymarkDocument's commands, so that every edit can be undone. The build
 * defines WAYMARK_MODEL_COMPILATION for those targets only, so that a
 * widget that includes this header does not compile. */
#ifndef WAYMARK_MODEL_COMPILATION
# error "waymark-model-private.h is for src/model, src/io and the tests only: edit through WaymarkDocument"
#endif

#include "waymark-journey.h"

G_BEGIN_DECLS

/* waymark-activity.h */
void              waymark_activity_set_name        (WaymarkActivity *self,
                                                    const char *name);
void              waymark_activity_set_stage       (WaymarkActivity *self,
                                                    const char *stage);
void              waymark_activity_set_description (WaymarkActivity *self,
                                                    const char *description);

/* waymark-assignment.h */
void                waymark_assignment_set_row  (WaymarkAssignment *self,
                                                 const char *row);
void                waymark_assignment_set_role (WaymarkAssignment *self,
                                                 const char *role);
void                waymark_assignment_set_raci (WaymarkAssignment *self,
                                                 WaymarkRaci raci);

/* waymark-channel.h */
void             waymark_channel_set_name (WaymarkChannel *self,
                                           const char *name);

/* waymark-content-item.h */
void                 waymark_content_item_set_title        (WaymarkContentItem *self,
                                                            const char *title);
void                 waymark_content_item_set_content_type (WaymarkContentItem *self,
                                                            const char *content_type);
void                 waymark_content_item_set_personas     (WaymarkContentItem *self,
                                                            const char * const *personas);
void                 waymark_content_item_set_question     (WaymarkContentItem *self,
                                                            const char *question);
void                 waymark_content_item_set_stages       (WaymarkContentItem *self,
                                                            const char * const *stages);
void                 waymark_content_item_set_url          (WaymarkContentItem *self,
                                                            const char *url);

/* waymark-handoff.h */
void             waymark_handoff_set_from (WaymarkHandoff *self,
                                                 const char *from_stage);
void             waymark_handoff_set_to   (WaymarkHandoff *self,
                                                 const char *to_stage);
void             waymark_handoff_set_name       (WaymarkHandoff *self,
                                                 const char *name);
void             waymark_handoff_set_agreement  (WaymarkHandoff *self,
                                                 const char *agreement);

/* waymark-item.h */
void        waymark_item_set_id     (WaymarkItem *self,
                                     const char  *id);
void        waymark_item_set_extras (WaymarkItem *self,
                                     JsonObject  *extras);
void        waymark_item_set_label  (WaymarkItem *self,
                                     const char  *label);
/* Shared by the setters of every model class: they return TRUE when the
 * stored value changed, so the caller knows whether to notify. */
void        _waymark_item_notify_label (WaymarkItem *self);
gboolean    _waymark_set_str        (char              **field,
                                     const char         *value);
gboolean    _waymark_set_strv       (char             ***field,
                                     const char * const *value);
gboolean    _waymark_strv_equal     (const char * const *a,
                                     const char * const *b);
gboolean    _waymark_set_double     (double             *field,
                                     double              value);

/* waymark-journey.h */
void            waymark_journey_set_title           (WaymarkJourney  *self,
                                                     const char      *title);
void            waymark_journey_set_description     (WaymarkJourney  *self,
                                                     const char      *description);
void            waymark_journey_set_root_extras     (WaymarkJourney  *self,
                                                     JsonObject      *extras);
void            waymark_journey_add_load_warning    (WaymarkJourney  *self,
                                                     const char      *warning);
void            waymark_journey_invalidate_index    (WaymarkJourney  *self);

/* waymark-lane.h */
void               waymark_lane_set_name        (WaymarkLane *self,
                                                 const char *name);
void               waymark_lane_set_perspective (WaymarkLane *self,
                                                 WaymarkPerspective perspective);
void               waymark_lane_set_color       (WaymarkLane *self,
                                                 const char *color);

/* waymark-metric.h */
void            waymark_metric_set_name   (WaymarkMetric *self,
                                           const char *name);
void            waymark_metric_set_value  (WaymarkMetric *self,
                                           double value);
void            waymark_metric_set_target (WaymarkMetric *self,
                                           double target);
void            waymark_metric_set_unit   (WaymarkMetric *self,
                                           const char *unit);

/* waymark-outcome.h */
void             waymark_outcome_set_name  (WaymarkOutcome *self,
                                            const char *name);
void             waymark_outcome_set_share (WaymarkOutcome *self,
                                            double share);
void             waymark_outcome_set_next  (WaymarkOutcome *self,
                                            const char *next);

/* waymark-persona.h */
void             waymark_persona_set_name        (WaymarkPersona *self,
                                                  const char *name);
void             waymark_persona_set_description (WaymarkPersona *self,
                                                  const char *description);

/* waymark-role.h */
void          waymark_role_set_name  (WaymarkRole *self,
                                      const char *name);
void          waymark_role_set_color (WaymarkRole *self,
                                      const char *color);

/* waymark-stage.h */
void                 waymark_stage_set_name        (WaymarkStage *self,
                                                    const char *name);
void                 waymark_stage_set_description (WaymarkStage *self,
                                                    const char *description);
void                 waymark_stage_set_goal        (WaymarkStage *self,
                                                    const char *goal);
void                 waymark_stage_set_questions   (WaymarkStage *self,
                                                    const char * const *questions);
void                 waymark_stage_set_funnel_metric (WaymarkStage *self,
                                                      const char   *metric_id);

/* waymark-touchpoint.h */
void                  waymark_touchpoint_set_title    (WaymarkTouchpoint *self,
                                                       const char *title);
void                  waymark_touchpoint_set_stage    (WaymarkTouchpoint *self,
                                                       const char *stage);
void                  waymark_touchpoint_set_lane     (WaymarkTouchpoint *self,
                                                       const char *lane);
void                  waymark_touchpoint_set_order    (WaymarkTouchpoint *self,
                                                       int order);
void                  waymark_touchpoint_set_channel  (WaymarkTouchpoint *self,
                                                       const char *channel);
void                  waymark_touchpoint_set_notes    (WaymarkTouchpoint *self,
                                                       const char *notes);
void                  waymark_touchpoint_set_emotion  (WaymarkTouchpoint *self,
                                                       int emotion);
void                  waymark_touchpoint_set_personas (WaymarkTouchpoint *self,
                                                       const char * const *personas);
void                  waymark_touchpoint_set_kind     (WaymarkTouchpoint *self,
                                                       WaymarkTouchpointKind kind);

G_END_DECLS

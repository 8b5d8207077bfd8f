/* test-document.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <math.h>
#include <string.h>

#include "waymark-csv.h"
#include "waymark-document.h"
#include "waymark-matrix.h"
#include "waymark-reader.h"
#include "waymark-templates.h"
#include "waymark-writer.h"

#include "waymark-document-test.h"

/* Every command changes the model as it should, undo gives back the very
 * same bytes, redo the bytes after the command, and what a command leaves
 * behind loads again (no reference to something that is gone). */

/* One command, checked: @edit does it, @check looks at the result. */
typedef struct
{
  const char *name;
  void      (*edit)  (WaymarkDocument *doc);
  void      (*check) (WaymarkDocument *doc);
} EditCase;

/* Stages. */

static void
edit_add_stage_middle (WaymarkDocument *doc)
{
  WaymarkStage *stage = waymark_document_add_stage (doc, 2, "Qualify");

  g_assert_nonnull (stage);
}

static void
check_add_stage_middle (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  GListModel *stages = waymark_journey_get_stages (j);
  g_autoptr(WaymarkStage) stage = g_list_model_get_item (stages, 2);
  const char *id = waymark_item_get_id (WAYMARK_ITEM (stage));
  WaymarkHandoff *across = lookup (doc, "h-capture-nurture");

  g_assert_cmpuint (n_items (stages), ==, 6);
  g_assert_cmpstr (waymark_stage_get_name (stage), ==, "Qualify");
  g_assert_cmpstr (id_at (stages, 3), ==, "s-nurture");
  /* The handoff that crossed the gap leads into the new stage, keeping its
   * accountability; a new one leaves it. */
  g_assert_cmpstr (waymark_handoff_get_to (across), ==, id);
  g_assert_cmpuint (count_rows (j, "row", "h-capture-nurture"), ==, 1);
  g_assert_true (has_handoff (j, id, "s-nurture"));
  g_assert_cmpuint (n_items (waymark_journey_get_handoffs (j)), ==, 5);
  assert_handoff_chain (j);
  /* An id is a fresh UUID. */
  g_assert_true (g_uuid_string_is_valid (id));
}

static void
edit_add_stage_first (WaymarkDocument *doc)
{
  waymark_document_add_stage (doc, 0, "Before");
}

static void
check_add_stage_first (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);

  g_assert_cmpuint (n_items (waymark_journey_get_stages (j)), ==, 6);
  g_assert_cmpstr (id_at (waymark_journey_get_stages (j), 1), ==, "s-attract");
  assert_handoff_chain (j);
  g_assert_cmpuint (n_items (waymark_journey_get_handoffs (j)), ==, 5);
}

static void
edit_add_stage_last (WaymarkDocument *doc)
{
  waymark_document_add_stage (doc, G_MAXUINT, "After");
}

static void
check_add_stage_last (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);

  g_assert_cmpuint (n_items (waymark_journey_get_stages (j)), ==, 6);
  g_assert_cmpstr (id_at (waymark_journey_get_stages (j), 4), ==, "s-expand");
  assert_handoff_chain (j);
}

static void
edit_remove_stage_capture (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "s-capture"));
}

static void
check_remove_stage_capture (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  WaymarkHandoff *into = lookup (doc, "h-attract-capture");
  g_autoptr(GPtrArray) rows = waymark_matrix_dup_rows (j);

  g_assert_cmpuint (n_items (waymark_journey_get_stages (j)), ==, 4);
  g_assert_null (waymark_journey_lookup (j, "s-capture"));
  g_assert_null (waymark_journey_lookup (j, "m-capture-known"));
  /* Its touchpoints, its own cells and the handoff leaving it are gone. */
  g_assert_null (waymark_journey_lookup (j, "t3"));
  g_assert_null (waymark_journey_lookup (j, "t4"));
  g_assert_cmpuint (n_items (waymark_journey_get_touchpoints (j)), ==, 8);
  g_assert_cmpuint (count_rows (j, "row", "s-capture"), ==, 0);
  g_assert_null (waymark_journey_lookup (j, "h-capture-nurture"));
  g_assert_cmpuint (count_rows (j, "row", "h-capture-nurture"), ==, 0);
  /* The handoff into it now leads to the next stage, cells and all. */
  g_assert_cmpstr (waymark_handoff_get_to (into), ==, "s-nurture");
  g_assert_cmpuint (count_rows (j, "row", "h-attract-capture"), ==, 1);
  g_assert_cmpuint (n_items (waymark_journey_get_handoffs (j)), ==, 3);
  assert_handoff_chain (j);
  g_assert_cmpuint (rows->len, ==, 9);
}

static void
edit_remove_stage_nurture (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "s-nurture"));
}

static void
check_remove_stage_nurture (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  WaymarkContentItem *content = lookup (doc, "c-nurture-10");
  WaymarkActivity *scoring = lookup (doc, "a-lead-scoring");
  const char * const *stages = waymark_content_item_get_stages (content);

  /* References to it are dropped: the content item's stages, the stage of
   * the activity (which stays, with its cells). */
  g_assert_true (stages == NULL || stages[0] == NULL);
  g_assert_true (waymark_activity_get_stage (scoring) == NULL ||
                 waymark_activity_get_stage (scoring)[0] == '\0');
  g_assert_cmpuint (count_rows (j, "row", "a-lead-scoring"), ==, 2);
  g_assert_cmpuint (count_rows (j, "row", "s-nurture"), ==, 0);
  g_assert_cmpstr (waymark_handoff_get_to (lookup (doc, "h-capture-nurture")), ==, "s-convert");
  g_assert_null (waymark_journey_lookup (j, "h-nurture-convert"));
  assert_handoff_chain (j);
}

static void
edit_remove_stage_last (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "s-expand"));
}

static void
check_remove_stage_last (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);

  g_assert_null (waymark_journey_lookup (j, "h-convert-expand"));
  g_assert_cmpuint (count_rows (j, "row", "h-convert-expand"), ==, 0);
  g_assert_cmpuint (count_rows (j, "row", "s-expand"), ==, 0);
  g_assert_cmpuint (n_items (waymark_journey_get_handoffs (j)), ==, 3);
  assert_handoff_chain (j);
}

static void
edit_rename_stage (WaymarkDocument *doc)
{
  waymark_document_rename (doc, lookup (doc, "s-attract"), "Attract “new”");
}

static void
check_rename_stage (WaymarkDocument *doc)
{
  g_assert_cmpstr (waymark_stage_get_name (lookup (doc, "s-attract")), ==, "Attract “new”");
}

static void
edit_reorder_stage (WaymarkDocument *doc)
{
  waymark_document_reorder (doc, lookup (doc, "s-expand"), 0);
}

static void
check_reorder_stage (WaymarkDocument *doc)
{
  GListModel *stages = waymark_journey_get_stages (waymark_document_get_journey (doc));

  g_assert_cmpstr (id_at (stages, 0), ==, "s-expand");
  g_assert_cmpstr (id_at (stages, 1), ==, "s-attract");
  g_assert_cmpstr (id_at (stages, 4), ==, "s-convert");
}

/* Lanes. */

static void
edit_add_lane (WaymarkDocument *doc)
{
  waymark_document_add_lane (doc, 1, "Partner", WAYMARK_PERSPECTIVE_OTHER);
}

static void
check_add_lane (WaymarkDocument *doc)
{
  GListModel *lanes = waymark_journey_get_lanes (waymark_document_get_journey (doc));
  g_autoptr(WaymarkLane) lane = g_list_model_get_item (lanes, 1);

  g_assert_cmpuint (n_items (lanes), ==, 5);
  g_assert_cmpstr (waymark_lane_get_name (lane), ==, "Partner");
  g_assert_cmpint (waymark_lane_get_perspective (lane), ==, WAYMARK_PERSPECTIVE_OTHER);
}

static void
edit_remove_lane (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "l-customer"));
}

static void
check_remove_lane (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);

  g_assert_cmpuint (n_items (waymark_journey_get_lanes (j)), ==, 3);
  /* The customer's five touchpoints go with it. */
  g_assert_cmpuint (n_items (waymark_journey_get_touchpoints (j)), ==, 5);
  g_assert_null (waymark_journey_lookup (j, "t1"));
  g_assert_null (waymark_journey_lookup (j, "t10"));
}

static void
edit_reorder_lane (WaymarkDocument *doc)
{
  waymark_document_reorder (doc, lookup (doc, "l-customer"), G_MAXUINT);
}

static void
check_reorder_lane (WaymarkDocument *doc)
{
  GListModel *lanes = waymark_journey_get_lanes (waymark_document_get_journey (doc));

  g_assert_cmpstr (id_at (lanes, 3), ==, "l-customer");
  g_assert_cmpstr (id_at (lanes, 0), ==, "l-marketing");
}

/* Roles. */

static void
edit_add_role (WaymarkDocument *doc)
{
  waymark_document_add_role (doc, 0, "Finance");
}

static void
check_add_role (WaymarkDocument *doc)
{
  GListModel *roles = waymark_journey_get_roles (waymark_document_get_journey (doc));
  g_autoptr(WaymarkRole) role = g_list_model_get_item (roles, 0);

  g_assert_cmpuint (n_items (roles), ==, 4);
  g_assert_cmpstr (waymark_role_get_name (role), ==, "Finance");
}

static void
edit_remove_role (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "r-sales"));
}

static void
check_remove_role (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);

  g_assert_cmpuint (n_items (waymark_journey_get_roles (j)), ==, 2);
  g_assert_cmpuint (count_rows (j, "role", "r-sales"), ==, 0);
  g_assert_cmpuint (n_items (waymark_journey_get_accountability (j)), ==, 22 - 9);
}

static void
edit_rename_role (WaymarkDocument *doc)
{
  waymark_document_rename (doc, lookup (doc, "r-sales"), "Sales, EMEA");
}

static void
check_rename_role (WaymarkDocument *doc)
{
  g_assert_cmpstr (waymark_role_get_name (lookup (doc, "r-sales")), ==, "Sales, EMEA");
}

static void
edit_reorder_role (WaymarkDocument *doc)
{
  waymark_document_reorder (doc, lookup (doc, "r-service"), 0);
}

static void
check_reorder_role (WaymarkDocument *doc)
{
  GListModel *roles = waymark_journey_get_roles (waymark_document_get_journey (doc));

  g_assert_cmpstr (id_at (roles, 0), ==, "r-service");
  g_assert_cmpstr (id_at (roles, 2), ==, "r-sales");
}

/* Channels and personas. */

static void
edit_add_channel (WaymarkDocument *doc)
{
  waymark_document_add_channel (doc, G_MAXUINT, "Chat");
}

static void
check_add_channel (WaymarkDocument *doc)
{
  GListModel *channels = waymark_journey_get_channels (waymark_document_get_journey (doc));
  g_autoptr(WaymarkChannel) channel = g_list_model_get_item (channels, 5);

  g_assert_cmpuint (n_items (channels), ==, 6);
  g_assert_cmpstr (waymark_channel_get_name (channel), ==, "Chat");
}

static void
edit_remove_channel (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "ch-web"));
}

static void
check_remove_channel (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  static const char * const ids[] = { "t2", "t3", "t4" };

  g_assert_cmpuint (n_items (waymark_journey_get_channels (j)), ==, 4);
  /* The touchpoints stay, without a channel. */
  g_assert_cmpuint (n_items (waymark_journey_get_touchpoints (j)), ==, 10);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      const char *channel = waymark_touchpoint_get_channel (lookup (doc, ids[i]));

      g_assert_true (channel == NULL || channel[0] == '\0');
    }
  g_assert_cmpstr (waymark_touchpoint_get_channel (lookup (doc, "t1")), ==, "ch-social");
}

static void
edit_remove_persona (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "p-buyer"));
}

static void
check_remove_persona (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  const char * const *personas = waymark_content_item_get_personas (lookup (doc, "c-attraction-101"));

  g_assert_cmpuint (n_items (waymark_journey_get_personas (j)), ==, 0);
  g_assert_true (personas == NULL || personas[0] == NULL);
}

static void
edit_add_persona (WaymarkDocument *doc)
{
  WaymarkPersona *persona = waymark_document_add_persona (doc, 0, "IT lead");
  WaymarkTouchpoint *tp = lookup (doc, "t1");
  const char * const personas[] = { "p-buyer", waymark_item_get_id (WAYMARK_ITEM (persona)), NULL };

  waymark_document_set (doc, tp, "personas", personas, NULL);
}

static void
check_add_persona (WaymarkDocument *doc)
{
  GListModel *personas = waymark_journey_get_personas (waymark_document_get_journey (doc));
  const char * const *tp_personas = waymark_touchpoint_get_personas (lookup (doc, "t1"));

  g_assert_cmpuint (n_items (personas), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **)tp_personas), ==, 2);
  g_assert_cmpstr (tp_personas[1], ==, id_at (personas, 0));
}

/* Activities, handoffs, content. */

static void
edit_add_activity (WaymarkDocument *doc)
{
  WaymarkActivity *activity = waymark_document_add_activity (doc, 0, "Win review",
                                                             lookup (doc, "s-convert"));

  waymark_document_set_raci (doc, WAYMARK_ITEM (activity), lookup (doc, "r-sales"),
                             WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE);
}

static void
check_add_activity (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  g_autoptr(WaymarkActivity) activity = g_list_model_get_item (waymark_journey_get_activities (j), 0);
  g_autoptr(GPtrArray) rows = waymark_matrix_dup_rows (j);

  g_assert_cmpstr (waymark_activity_get_name (activity), ==, "Win review");
  g_assert_cmpstr (waymark_activity_get_stage (activity), ==, "s-convert");
  /* Its row is right under its stage. */
  g_assert_true (g_ptr_array_index (rows, 8) == (gpointer)activity);
}

static void
edit_remove_activity (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "a-lead-scoring"));
}

static void
check_remove_activity (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);

  g_assert_cmpuint (n_items (waymark_journey_get_activities (j)), ==, 1);
  g_assert_cmpuint (count_rows (j, "row", "a-lead-scoring"), ==, 0);
}

static void
edit_add_handoff (WaymarkDocument *doc)
{
  waymark_document_add_handoff (doc, lookup (doc, "s-expand"), lookup (doc, "s-nurture"));
}

static void
check_add_handoff (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);

  g_assert_cmpuint (n_items (waymark_journey_get_handoffs (j)), ==, 5);
  g_assert_true (has_handoff (j, "s-expand", "s-nurture"));
}

static void
edit_remove_handoff (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "h-nurture-convert"));
}

static void
check_remove_handoff (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);

  g_assert_cmpuint (n_items (waymark_journey_get_handoffs (j)), ==, 3);
  g_assert_cmpuint (count_rows (j, "row", "h-nurture-convert"), ==, 0);
}

static void
edit_add_content (WaymarkDocument *doc)
{
  WaymarkContentItem *item = waymark_document_add_content_item (doc, 1, "Case study");
  const char * const stages[] = { "s-convert", "s-expand", NULL };

  waymark_document_set (doc, item,
                        "content-type", "case study",
                        "stages", stages,
                        NULL);
}

static void
check_add_content (WaymarkDocument *doc)
{
  GListModel *content = waymark_journey_get_content (waymark_document_get_journey (doc));
  g_autoptr(WaymarkContentItem) item = g_list_model_get_item (content, 1);

  g_assert_cmpuint (n_items (content), ==, 3);
  g_assert_cmpstr (waymark_content_item_get_title (item), ==, "Case study");
  g_assert_cmpstr (waymark_content_item_get_content_type (item), ==, "case study");
  g_assert_cmpuint (g_strv_length ((char **)waymark_content_item_get_stages (item)), ==, 2);
}

static void
edit_remove_content (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "c-attraction-101"));
}

static void
check_remove_content (WaymarkDocument *doc)
{
  GListModel *content = waymark_journey_get_content (waymark_document_get_journey (doc));

  g_assert_cmpuint (n_items (content), ==, 1);
  g_assert_cmpstr (id_at (content, 0), ==, "c-nurture-10");
}

static void
edit_rename_content (WaymarkDocument *doc)
{
  waymark_document_rename (doc, lookup (doc, "c-nurture-10"), "Nurture guide");
}

static void
check_rename_content (WaymarkDocument *doc)
{
  g_assert_cmpstr (waymark_content_item_get_title (lookup (doc, "c-nurture-10")), ==, "Nurture guide");
}

/* Metrics and outcomes. */

static void
edit_add_metric (WaymarkDocument *doc)
{
  WaymarkMetric *metric = waymark_document_add_metric (doc, lookup (doc, "s-convert"), 1, "Win rate");

  waymark_document_set (doc, metric, "unit", "%", NULL);
}

static void
check_add_metric (WaymarkDocument *doc)
{
  GListModel *metrics = waymark_stage_get_metrics (lookup (doc, "s-convert"));
  g_autoptr(WaymarkMetric) metric = g_list_model_get_item (metrics, 1);

  g_assert_cmpuint (n_items (metrics), ==, 3);
  g_assert_cmpstr (waymark_metric_get_name (metric), ==, "Win rate");
  g_assert_cmpstr (waymark_metric_get_unit (metric), ==, "%");
  g_assert_true (isnan (waymark_metric_get_value (metric)));
  g_assert_cmpstr (id_at (metrics, 2), ==, "m-convert-customers");
}

static void
edit_remove_metric (WaymarkDocument *doc)
{
  waymark_document_remove (doc, lookup (doc, "m-convert-sql"));
}

static void
check_remove_metric (WaymarkDocument *doc)
{
  GListModel *metrics = waymark_stage_get_metrics (lookup (doc, "s-convert"));

  g_assert_cmpuint (n_items (metrics), ==, 1);
  g_assert_null (waymark_journey_lookup (waymark_document_get_journey (doc), "m-convert-sql"));
}

static void
edit_set_metric_value (WaymarkDocument *doc)
{
  waymark_document_set (doc, lookup (doc, "m-convert-sql"), "value", 0.0, NULL);
}

static void
check_set_metric_value (WaymarkDocument *doc)
{
  g_assert_cmpfloat (waymark_metric_get_value (lookup (doc, "m-convert-sql")), ==, 0.0);
}

/* BUG: the target is unset (NaN); GParamSpecDouble's comparison says NaN
 * equals every number, so record_set() drops the edit as "no change". */
static void
edit_set_metric_target (WaymarkDocument *doc)
{
  waymark_document_set (doc, lookup (doc, "m-convert-sql"), "target", 200.0, NULL);
}

static void
check_set_metric_target (WaymarkDocument *doc)
{
  g_assert_cmpfloat (waymark_metric_get_target (lookup (doc, "m-convert-sql")), ==, 200.0);
}

static void
edit_add_outcome (WaymarkDocument *doc)
{
  WaymarkStage *stage = lookup (doc, "s-convert");
  WaymarkOutcome *won = waymark_document_add_outcome (doc, stage, 0, "Won");
  WaymarkOutcome *lost = waymark_document_add_outcome (doc, stage, 1, "Lost");

  waymark_document_set (doc, won, "next", "s-expand", NULL);
  waymark_document_set (doc, lost, "next", "s-nurture", NULL);
}

static void
check_add_outcome (WaymarkDocument *doc)
{
  GListModel *outcomes = waymark_stage_get_outcomes (lookup (doc, "s-convert"));
  g_autoptr(WaymarkOutcome) won = g_list_model_get_item (outcomes, 0);

  g_assert_cmpuint (n_items (outcomes), ==, 2);
  g_assert_cmpstr (waymark_outcome_get_name (won), ==, "Won");
  g_assert_cmpstr (waymark_outcome_get_next (won), ==, "s-expand");
}

/* Removing a stage clears the outcomes that led to it. */
static void
edit_remove_outcome_target (WaymarkDocument *doc)
{
  edit_add_outcome (doc);
  waymark_document_remove (doc, lookup (doc, "s-expand"));
}

static void
check_remove_outcome_target (WaymarkDocument *doc)
{
  GListModel *outcomes = waymark_stage_get_outcomes (lookup (doc, "s-convert"));
  g_autoptr(WaymarkOutcome) won = g_list_model_get_item (outcomes, 0);
  g_autoptr(WaymarkOutcome) lost = g_list_model_get_item (outcomes, 1);
  const char *next = waymark_outcome_get_next (won);

  g_assert_true (next == NULL || next[0] == '\0');
  g_assert_cmpstr (waymark_outcome_get_next (lost), ==, "s-nurture");
}

static void
edit_remove_outcome (WaymarkDocument *doc)
{
  WaymarkStage *stage = lookup (doc, "s-convert");
  g_autoptr(WaymarkOutcome) won = NULL;

  edit_add_outcome (doc);
  won = g_list_model_get_item (waymark_stage_get_outcomes (stage), 0);
  waymark_document_remove (doc, won);
}

static void
check_remove_outcome (WaymarkDocument *doc)
{
  GListModel *outcomes = waymark_stage_get_outcomes (lookup (doc, "s-convert"));
  g_autoptr(WaymarkOutcome) lost = g_list_model_get_item (outcomes, 0);

  g_assert_cmpuint (n_items (outcomes), ==, 1);
  g_assert_cmpstr (waymark_outcome_get_name (lost), ==, "Lost");
}

/* Questions. */

static void
check_questions (WaymarkDocument    *doc,
                 const char * const *expected)
{
  const char * const *questions = waymark_stage_get_questions (lookup (doc, "s-capture"));

  g_assert_cmpuint (g_strv_length ((char **)questions), ==, g_strv_length ((char **)expected));
  for (guint i = 0; questions[i] && expected[i]; i++)
    g_assert_cmpstr (questions[i], ==, expected[i]);
}

#define Q0 "How many content consumers became known visitors?"
#define Q1 "Which calls to action work best, and with which audiences?"
#define Q2 "Which channels work best?"

static void
edit_add_question (WaymarkDocument *doc)
{
  waymark_document_add_question (doc, lookup (doc, "s-capture"), 1, "New?");
}

static void
check_add_question (WaymarkDocument *doc)
{
  const char * const expected[] = { Q0, "New?", Q1, Q2, NULL };

  check_questions (doc, expected);
}

static void
edit_add_question_end (WaymarkDocument *doc)
{
  waymark_document_add_question (doc, lookup (doc, "s-capture"), G_MAXUINT, "Last?");
}

static void
check_add_question_end (WaymarkDocument *doc)
{
  const char * const expected[] = { Q0, Q1, Q2, "Last?", NULL };

  check_questions (doc, expected);
}

static void
edit_set_question (WaymarkDocument *doc)
{
  waymark_document_set_question (doc, lookup (doc, "s-capture"), 2, "Changed?");
}

static void
check_set_question (WaymarkDocument *doc)
{
  const char * const expected[] = { Q0, Q1, "Changed?", NULL };

  check_questions (doc, expected);
}

static void
edit_remove_question (WaymarkDocument *doc)
{
  waymark_document_remove_question (doc, lookup (doc, "s-capture"), 0);
}

static void
check_remove_question (WaymarkDocument *doc)
{
  const char * const expected[] = { Q1, Q2, NULL };

  check_questions (doc, expected);
}

static void
edit_move_question (WaymarkDocument *doc)
{
  waymark_document_move_question (doc, lookup (doc, "s-capture"), 0, 2);
}

static void
check_move_question (WaymarkDocument *doc)
{
  const char * const expected[] = { Q1, Q2, Q0, NULL };

  check_questions (doc, expected);
}

static void
edit_move_question_up (WaymarkDocument *doc)
{
  waymark_document_move_question (doc, lookup (doc, "s-capture"), 2, 0);
}

static void
check_move_question_up (WaymarkDocument *doc)
{
  const char * const expected[] = { Q2, Q0, Q1, NULL };

  check_questions (doc, expected);
}

/* Touchpoints. */

static void
edit_add_touchpoint (WaymarkDocument *doc)
{
  waymark_document_add_touchpoint (doc, lookup (doc, "s-attract"), lookup (doc, "l-customer"), 0, "Hears of it");
  waymark_document_add_touchpoint (doc, lookup (doc, "s-attract"), lookup (doc, "l-customer"), 99, "Visits");
}

static void
check_add_touchpoint (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  GListModel *cell = get_cell (j, "s-attract", "l-customer");
  const char * const ids[] = { "*", "t1", "*", NULL };

  assert_cell (j, "s-attract", "l-customer", ids);
  if (g_list_model_get_n_items (cell) == 3)
    {
      g_autoptr(WaymarkTouchpoint) first = g_list_model_get_item (cell, 0);
      g_autoptr(WaymarkTouchpoint) last = g_list_model_get_item (cell, 2);

      g_assert_cmpstr (waymark_touchpoint_get_title (first), ==, "Hears of it");
      g_assert_cmpstr (waymark_touchpoint_get_title (last), ==, "Visits");
    }
}

static void
edit_move_touchpoint (WaymarkDocument *doc)
{
  /* t3 joins t1 in front of it; t4 moves within nothing. */
  waymark_document_move_touchpoint (doc, lookup (doc, "t3"), lookup (doc, "s-attract"), lookup (doc, "l-customer"), 0);
  waymark_document_move_touchpoint (doc, lookup (doc, "t5"), lookup (doc, "s-attract"), lookup (doc, "l-customer"), 1);
}

static void
check_move_touchpoint (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  const char * const attract[] = { "t3", "t5", "t1", NULL };
  const char * const capture[] = { NULL };

  assert_cell (j, "s-attract", "l-customer", attract);
  assert_cell (j, "s-capture", "l-customer", capture);
  g_assert_cmpstr (waymark_touchpoint_get_stage (lookup (doc, "t3")), ==, "s-attract");
}

static void
edit_move_touchpoint_within (WaymarkDocument *doc)
{
  waymark_document_add_touchpoint (doc, lookup (doc, "s-expand"), lookup (doc, "l-customer"), 1, "Renews");
  waymark_document_move_touchpoint (doc, lookup (doc, "t10"), lookup (doc, "s-expand"), lookup (doc, "l-customer"), 1);
}

static void
check_move_touchpoint_within (WaymarkDocument *doc)
{
  const char * const expand[] = { "*", "t10", NULL };

  assert_cell (waymark_document_get_journey (doc), "s-expand", "l-customer", expand);
}

static void
edit_move_touchpoints (WaymarkDocument *doc)
{
  g_autoptr(GPtrArray) several = g_ptr_array_new ();
  g_autoptr(GPtrArray) within = g_ptr_array_new ();

  /* From three cells, one of them twice, to the middle of a fourth. */
  waymark_document_add_touchpoint (doc, lookup (doc, "s-nurture"), lookup (doc, "l-customer"), 1, "Opens");
  g_ptr_array_add (several, lookup (doc, "t1"));
  g_ptr_array_add (several, lookup (doc, "t5"));
  g_ptr_array_add (several, lookup (doc, "t4"));
  g_ptr_array_add (several, lookup (doc, "t7"));
  waymark_document_add_touchpoint (doc, lookup (doc, "s-capture"), lookup (doc, "l-customer"), 1, "Reads");
  waymark_document_move_touchpoints (doc, several, lookup (doc, "s-capture"), lookup (doc, "l-customer"), 1);
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Move 4 Touchpoints");

  /* Within their own cell: t5 and t1 to the end, in that order. */
  g_ptr_array_add (within, lookup (doc, "t5"));
  g_ptr_array_add (within, lookup (doc, "t1"));
  waymark_document_move_touchpoints (doc, within, lookup (doc, "s-capture"), lookup (doc, "l-customer"), 99);
}

static void
check_move_touchpoints (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  const char * const capture[] = { "t3", "t4", "t7", "*", "t5", "t1", NULL };
  const char * const nurture[] = { "*", NULL };
  const char * const empty[] = { NULL };

  assert_cell (j, "s-capture", "l-customer", capture);
  assert_cell (j, "s-nurture", "l-customer", nurture);
  assert_cell (j, "s-attract", "l-customer", empty);
  assert_cell (j, "s-capture", "l-marketing", empty);
  assert_cell (j, "s-convert", "l-customer", empty);
  g_assert_cmpstr (waymark_touchpoint_get_lane (lookup (doc, "t4")), ==, "l-customer");
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Move 2 Touchpoints");
}

static void
edit_remove_touchpoint (WaymarkDocument *doc)
{
  waymark_document_add_touchpoint (doc, lookup (doc, "s-expand"), lookup (doc, "l-customer"), 0, "First");
  waymark_document_remove (doc, lookup (doc, "t10"));
  waymark_document_add_touchpoint (doc, lookup (doc, "s-expand"), lookup (doc, "l-customer"), 0, "Zeroth");
}

static void
check_remove_touchpoint (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  const char * const expand[] = { "*", "*", NULL };

  g_assert_null (waymark_journey_lookup (j, "t10"));
  assert_cell (j, "s-expand", "l-customer", expand);
}

static void
edit_set_touchpoint (WaymarkDocument *doc)
{
  waymark_document_set (doc, lookup (doc, "t2"),
                        "emotion", 0,
                        "kind", WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY,
                        "notes", "Some notes",
                        "channel", "ch-events",
                        NULL);
  waymark_document_set (doc, lookup (doc, "t1"), "emotion", WAYMARK_NO_EMOTION, NULL);
}

static void
check_set_touchpoint (WaymarkDocument *doc)
{
  WaymarkTouchpoint *t2 = lookup (doc, "t2");

  g_assert_cmpint (waymark_touchpoint_get_emotion (t2), ==, 0);
  g_assert_cmpint (waymark_touchpoint_get_kind (t2), ==, WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY);
  g_assert_cmpstr (waymark_touchpoint_get_notes (t2), ==, "Some notes");
  g_assert_cmpstr (waymark_touchpoint_get_channel (t2), ==, "ch-events");
  g_assert_cmpint (waymark_touchpoint_get_emotion (lookup (doc, "t1")), ==, WAYMARK_NO_EMOTION);
}

/* The matrix. */

static void
edit_set_raci_new (WaymarkDocument *doc)
{
  waymark_document_set_raci (doc, lookup (doc, "s-expand"), lookup (doc, "r-sales"),
                             WAYMARK_RACI_ACCOUNTABLE | WAYMARK_RACI_RESPONSIBLE);
  waymark_document_set_raci (doc, lookup (doc, "h-attract-capture"), lookup (doc, "r-service"), WAYMARK_RACI_INFORMED);
}

static void
check_set_raci_new (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  g_autoptr(GPtrArray) problems = waymark_matrix_dup_problems (j);
  g_autofree char *text = snapshot_text (doc);

  g_assert_cmpuint (waymark_matrix_get_raci (j, "s-expand", "r-sales"), ==,
                    WAYMARK_RACI_ACCOUNTABLE | WAYMARK_RACI_RESPONSIBLE);
  g_assert_cmpuint (waymark_matrix_get_raci (j, "h-attract-capture", "r-service"), ==,
                    WAYMARK_RACI_INFORMED);
  g_assert_cmpuint (n_items (waymark_journey_get_accountability (j)), ==, 23);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (text, "\"row\": \"s-expand\",\n        \"role\": \"r-sales\",\n"
                                  "        \"raci\": \"RA\"\n"));
}

static void
edit_set_raci_clear (WaymarkDocument *doc)
{
  waymark_document_set_raci (doc, lookup (doc, "s-attract"), lookup (doc, "r-sales"), WAYMARK_RACI_NONE);
  /* Clearing an empty cell changes nothing. */
  waymark_document_set_raci (doc, lookup (doc, "s-attract"), lookup (doc, "r-service"), WAYMARK_RACI_NONE);
}

static void
check_set_raci_clear (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);

  g_assert_null (waymark_matrix_find_assignment (j, "s-attract", "r-sales"));
  g_assert_cmpuint (n_items (waymark_journey_get_accountability (j)), ==, 21);
}

static void
edit_set_raci_change (WaymarkDocument *doc)
{
  waymark_document_set_raci (doc, lookup (doc, "a-sla"), lookup (doc, "r-service"),
                             WAYMARK_RACI_RESPONSIBLE | WAYMARK_RACI_ACCOUNTABLE |
                             WAYMARK_RACI_CONSULTED | WAYMARK_RACI_INFORMED);
}

static void
check_set_raci_change (WaymarkDocument *doc)
{
  WaymarkJourney *j = waymark_document_get_journey (doc);
  g_autoptr(GPtrArray) problems = waymark_matrix_dup_problems (j);

  g_assert_cmpuint (waymark_matrix_get_raci (j, "a-sla", "r-service"), ==, WAYMARK_RACI_ALL);
  g_assert_cmpuint (n_items (waymark_journey_get_accountability (j)), ==, 22);
  g_assert_cmpuint (problems->len, ==, 1);
}

static void
edit_set_title (WaymarkDocument *doc)
{
  waymark_document_set (doc, waymark_document_get_journey (doc),
                        "title", "Renamed journey",
                        "description", NULL,
                        NULL);
}

static void
check_set_title (WaymarkDocument *doc)
{
  g_autofree char *title = waymark_document_dup_title (doc);
  WaymarkJourney *j = waymark_document_get_journey (doc);

  g_assert_cmpstr (title, ==, "Renamed journey");
  g_assert_true (waymark_journey_get_description (j) == NULL ||
                 waymark_journey_get_description (j)[0] == '\0');
}

static const EditCase edit_cases[] = {
  { "stage/add-middle", edit_add_stage_middle, check_add_stage_middle },
  { "stage/add-first", edit_add_stage_first, check_add_stage_first },
  { "stage/add-last", edit_add_stage_last, check_add_stage_last },
  { "stage/remove-capture", edit_remove_stage_capture, check_remove_stage_capture },
  { "stage/remove-nurture", edit_remove_stage_nurture, check_remove_stage_nurture },
  { "stage/remove-last", edit_remove_stage_last, check_remove_stage_last },
  { "stage/rename", edit_rename_stage, check_rename_stage },
  { "stage/reorder", edit_reorder_stage, check_reorder_stage },
  { "lane/add", edit_add_lane, check_add_lane },
  { "lane/remove", edit_remove_lane, check_remove_lane },
  { "lane/reorder", edit_reorder_lane, check_reorder_lane },
  { "role/add", edit_add_role, check_add_role },
  { "role/remove", edit_remove_role, check_remove_role },
  { "role/rename", edit_rename_role, check_rename_role },
  { "role/reorder", edit_reorder_role, check_reorder_role },
  { "channel/add", edit_add_channel, check_add_channel },
  { "channel/remove", edit_remove_channel, check_remove_channel },
  { "persona/add", edit_add_persona, check_add_persona },
  { "persona/remove", edit_remove_persona, check_remove_persona },
  { "activity/add", edit_add_activity, check_add_activity },
  { "activity/remove", edit_remove_activity, check_remove_activity },
  { "handoff/add", edit_add_handoff, check_add_handoff },
  { "handoff/remove", edit_remove_handoff, check_remove_handoff },
  { "content/add", edit_add_content, check_add_content },
  { "content/remove", edit_remove_content, check_remove_content },
  { "content/rename", edit_rename_content, check_rename_content },
  { "metric/add", edit_add_metric, check_add_metric },
  { "metric/remove", edit_remove_metric, check_remove_metric },
  { "metric/set-value", edit_set_metric_value, check_set_metric_value },
  { "metric/set-unset-target", edit_set_metric_target, check_set_metric_target },
  { "outcome/add", edit_add_outcome, check_add_outcome },
  { "outcome/remove", edit_remove_outcome, check_remove_outcome },
  { "outcome/next-stage-removed", edit_remove_outcome_target, check_remove_outcome_target },
  { "question/add", edit_add_question, check_add_question },
  { "question/add-end", edit_add_question_end, check_add_question_end },
  { "question/set", edit_set_question, check_set_question },
  { "question/remove", edit_remove_question, check_remove_question },
  { "question/move-down", edit_move_question, check_move_question },
  { "question/move-up", edit_move_question_up, check_move_question_up },
  { "touchpoint/add", edit_add_touchpoint, check_add_touchpoint },
  { "touchpoint/move", edit_move_touchpoint, check_move_touchpoint },
  { "touchpoint/move-within", edit_move_touchpoint_within, check_move_touchpoint_within },
  { "touchpoint/move-several", edit_move_touchpoints, check_move_touchpoints },
  { "touchpoint/remove", edit_remove_touchpoint, check_remove_touchpoint },
  { "touchpoint/set", edit_set_touchpoint, check_set_touchpoint },
  { "raci/new", edit_set_raci_new, check_set_raci_new },
  { "raci/clear", edit_set_raci_clear, check_set_raci_clear },
  { "raci/change", edit_set_raci_change, check_set_raci_change },
  { "journey/set-title", edit_set_title, check_set_title },
};

/* Does the edit, checks it, undoes every step it took back to the very
 * bytes of before, redoes to the very bytes of after, and checks the
 * result loads. */
static void
test_edit (gconstpointer data)
{
  const EditCase *c = data;
  g_autoptr(WaymarkDocument) doc = example_document ();
  g_autoptr(GBytes) before = snapshot (doc);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;
  guint steps = 0;

  g_assert_false (waymark_document_get_can_undo (doc));
  g_assert_false (waymark_document_get_dirty (doc));

  c->edit (doc);
  c->check (doc);
  assert_index_matches_scan (waymark_document_get_journey (doc));
  after = snapshot (doc);
  g_assert_false (g_bytes_equal (before, after));
  g_assert_true (waymark_document_get_dirty (doc));
  assert_loads (doc);

  while (waymark_document_undo (doc))
    steps++;
  g_assert_cmpuint (steps, >, 0);
  undone = snapshot (doc);
  assert_same_bytes (undone, before);
  g_assert_false (waymark_document_get_dirty (doc));
  assert_index_matches_scan (waymark_document_get_journey (doc));

  for (guint i = 0; i < steps; i++)
    g_assert_true (waymark_document_redo (doc));
  g_assert_false (waymark_document_redo (doc));
  redone = snapshot (doc);
  assert_same_bytes (redone, after);
  c->check (doc);
  assert_index_matches_scan (waymark_document_get_journey (doc));
}

/* Each domain command is one undo step. */
static void
test_one_step (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();
  g_autoptr(GBytes) before = snapshot (doc);

  waymark_document_remove (doc, lookup (doc, "s-capture"));
  g_assert_true (waymark_document_undo (doc));
  g_assert_false (waymark_document_get_can_undo (doc));

  waymark_document_add_stage (doc, 2, "Middle");
  g_assert_true (waymark_document_undo (doc));
  g_assert_false (waymark_document_get_can_undo (doc));

  waymark_document_move_touchpoint (doc, lookup (doc, "t3"), lookup (doc, "s-attract"), lookup (doc, "l-customer"), 0);
  g_assert_true (waymark_document_undo (doc));
  g_assert_false (waymark_document_get_can_undo (doc));

  waymark_document_add_touchpoint (doc, lookup (doc, "s-attract"), lookup (doc, "l-customer"), 0, "New");
  g_assert_true (waymark_document_undo (doc));
  g_assert_false (waymark_document_get_can_undo (doc));

  /* A value equal to the current one records nothing. */
  waymark_document_rename (doc, lookup (doc, "s-attract"), "Attract");
  waymark_document_set (doc, lookup (doc, "t1"), "emotion", 1, NULL);
  waymark_document_reorder (doc, lookup (doc, "s-attract"), 0);
  g_assert_false (waymark_document_get_can_undo (doc));
  g_assert_false (waymark_document_get_dirty (doc));

  {
    g_autoptr(GBytes) after = snapshot (doc);

    assert_same_bytes (after, before);
  }
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_dirty (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();
  guint notified = 0;

  g_signal_connect (doc, "notify::dirty", G_CALLBACK (on_notify_cb), &notified);

  g_assert_false (waymark_document_get_dirty (doc));

  waymark_document_rename (doc, lookup (doc, "s-attract"), "A1");
  g_assert_true (waymark_document_get_dirty (doc));
  g_assert_cmpuint (notified, ==, 1);

  g_assert_true (waymark_document_undo (doc));
  g_assert_false (waymark_document_get_dirty (doc));
  g_assert_cmpuint (notified, ==, 2);

  g_assert_true (waymark_document_redo (doc));
  g_assert_true (waymark_document_get_dirty (doc));
  g_assert_cmpuint (notified, ==, 3);

  /* Saved after two edits: undoing one is dirty, redoing it clean. */
  waymark_document_rename (doc, lookup (doc, "s-attract"), "A2");
  waymark_document_mark_saved (doc);
  g_assert_false (waymark_document_get_dirty (doc));
  g_assert_cmpuint (notified, ==, 4);

  g_assert_true (waymark_document_undo (doc));
  g_assert_true (waymark_document_get_dirty (doc));
  g_assert_true (waymark_document_undo (doc));
  g_assert_true (waymark_document_get_dirty (doc));
  g_assert_true (waymark_document_redo (doc));
  g_assert_true (waymark_document_get_dirty (doc));
  g_assert_true (waymark_document_redo (doc));
  g_assert_false (waymark_document_get_dirty (doc));

  /* A new edit after an undo drops the saved state for good. */
  g_assert_true (waymark_document_undo (doc));
  waymark_document_rename (doc, lookup (doc, "s-attract"), "A3");
  g_assert_true (waymark_document_get_dirty (doc));
  g_assert_false (waymark_document_get_can_redo (doc));
  g_assert_true (waymark_document_undo (doc));
  g_assert_true (waymark_document_get_dirty (doc));
  g_assert_true (waymark_document_redo (doc));
  g_assert_true (waymark_document_get_dirty (doc));

  /* Restored from a draft: dirty whatever the history. */
  waymark_document_mark_saved (doc);
  waymark_document_mark_dirty (doc);
  g_assert_true (waymark_document_get_dirty (doc));
  while (waymark_document_undo (doc))
    g_assert_true (waymark_document_get_dirty (doc));
}

static void
test_group (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();
  g_autoptr(GBytes) before = snapshot (doc);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;

  waymark_document_begin_group (doc, "Big change");
  waymark_document_rename (doc, lookup (doc, "s-attract"), "One");
  waymark_document_begin_group (doc, "Inner");
  waymark_document_remove (doc, lookup (doc, "r-sales"));
  waymark_document_add_stage (doc, 1, "Two");
  waymark_document_end_group (doc);
  /* No undo in the middle of a group. */
  g_assert_false (waymark_document_undo (doc));
  waymark_document_set_raci (doc, lookup (doc, "s-expand"), lookup (doc, "r-service"), WAYMARK_RACI_ACCOUNTABLE);
  waymark_document_end_group (doc);

  after = snapshot (doc);
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Big change");
  g_assert_true (waymark_document_undo (doc));
  g_assert_false (waymark_document_get_can_undo (doc));
  g_assert_cmpstr (waymark_document_get_redo_label (doc), ==, "Big change");
  undone = snapshot (doc);
  assert_same_bytes (undone, before);

  g_assert_true (waymark_document_redo (doc));
  redone = snapshot (doc);
  assert_same_bytes (redone, after);

  /* An empty group records nothing. */
  waymark_document_begin_group (doc, "Nothing");
  waymark_document_end_group (doc);
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Big change");
}

/* Typing a new card's title joins the rename to adding the card. */
static void
test_join_steps (void)
{
  g_autoptr(WaymarkDocument) doc = example_document ();
  g_autoptr(GBytes) before = snapshot (doc);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) undone = NULL;
  WaymarkTouchpoint *tp;
  guint64 step;

  g_assert_cmpuint (waymark_document_get_last_step (doc), ==, 0);
  g_assert_false (waymark_document_join_steps (doc, 0));

  tp = waymark_document_add_touchpoint (doc, lookup (doc, "s-capture"), lookup (doc, "l-customer"),
                                        0, "D");
  step = waymark_document_get_last_step (doc);
  g_assert_cmpuint (step, !=, 0);
  /* Nothing done since: nothing to join. */
  g_assert_false (waymark_document_join_steps (doc, step));
  waymark_document_rename (doc, tp, "Downloads the eBook");
  waymark_document_set (doc, tp, "emotion", 1, NULL);
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Edit");
  g_assert_true (waymark_document_join_steps (doc, step));
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Add Touchpoint");
  g_assert_false (waymark_document_join_steps (doc, step));
  /* The step keeps its name: later steps join it too. */
  g_assert_cmpuint (waymark_document_get_last_step (doc), ==, step);
  waymark_document_set (doc, tp, "notes", "From the website", NULL);
  g_assert_true (waymark_document_join_steps (doc, step));
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Add Touchpoint");

  after = snapshot (doc);
  g_assert_true (waymark_document_undo (doc));
  g_assert_false (waymark_document_get_can_undo (doc));
  g_assert_false (waymark_document_get_dirty (doc));
  undone = snapshot (doc);
  assert_same_bytes (undone, before);
  g_assert_true (waymark_document_redo (doc));
  g_clear_pointer (&undone, g_bytes_unref);
  undone = snapshot (doc);
  assert_same_bytes (undone, after);
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Add Touchpoint");

  /* Saved in between: the saved state must stay reachable. */
  step = waymark_document_get_last_step (doc);
  waymark_document_rename (doc, tp, "Saved");
  waymark_document_mark_saved (doc);
  waymark_document_rename (doc, tp, "After");
  g_assert_false (waymark_document_join_steps (doc, step));
  g_assert_cmpstr (waymark_document_get_undo_label (doc), ==, "Rename");
  /* Saved at the end: joined, still clean. */
  step = waymark_document_get_last_step (doc);
  waymark_document_rename (doc, tp, "Last");
  waymark_document_mark_saved (doc);
  g_assert_true (waymark_document_join_steps (doc, step));
  g_assert_false (waymark_document_get_dirty (doc));
  g_assert_true (waymark_document_undo (doc));
  g_assert_cmpstr (waymark_touchpoint_get_title (tp), ==, "Saved");
  g_assert_true (waymark_document_get_dirty (doc));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_set_nonfatal_assertions ();

  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/document/%s", edit_cases[i].name);

      g_test_add_data_func (path, &edit_cases[i], test_edit);
    }

  g_test_add_func ("/document/one-step", test_one_step);
  g_test_add_func ("/document/dirty", test_dirty);
  g_test_add_func ("/document/group", test_group);
  g_test_add_func ("/document/join-steps", test_join_steps);

  return g_test_run ();
}

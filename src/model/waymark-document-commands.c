/* waymark-document-commands.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-document-private.h"
#include "waymark-matrix.h"

/* The commands of the domain: each is a group of the engine's primitives
 * (waymark-document.c), so it is undone and redone as one step. They take
 * the objects they relate (a stage, a lane, a role), never their ids. */

static WaymarkJourney *
journey_of (WaymarkDocument *self)
{
  return waymark_document_get_journey (self);
}

static void
set_string (WaymarkDocument *self,
            gpointer         object,
            const char      *property,
            const char      *value)
{
  waymark_document_set (self, object, property, value, NULL);
}

static void
set_int (WaymarkDocument *self,
         gpointer         object,
         const char      *property,
         int              value)
{
  waymark_document_set (self, object, property, value, NULL);
}

/* Gives the touchpoints of one cell the orders 0, 1, 2… */
static void
renumber_cell (WaymarkDocument *self,
               GPtrArray       *cell)
{
  for (guint i = 0; i < cell->len; i++)
    set_int (self, g_ptr_array_index (cell, i), "order", i);
}

/* A copy of one cell's touchpoints, in order, leaving out those in
 * @except (a set, or NULL). */
static GPtrArray *
dup_cell_without_all (WaymarkDocument *self,
                      const char      *stage_id,
                      const char      *lane_id,
                      GHashTable      *except)
{
  WaymarkCellIndex *index = waymark_journey_get_cell_index (journey_of (self));
  GListModel *live = waymark_cell_index_get_cell (index, stage_id, lane_id);
  guint n = g_list_model_get_n_items (live);
  GPtrArray *cell = g_ptr_array_new_full (n + 1, g_object_unref);

  /* A copy: renumbering the cell reorders the index's own list. */
  for (guint i = 0; i < n; i++)
    {
      WaymarkTouchpoint *touchpoint = g_list_model_get_item (live, i);

      if (except == NULL || !g_hash_table_contains (except, touchpoint))
        g_ptr_array_add (cell, touchpoint);
      else
        g_object_unref (touchpoint);
    }

  return cell;
}

static GPtrArray *
dup_cell_without (WaymarkDocument   *self,
                  const char        *stage_id,
                  const char        *lane_id,
                  WaymarkTouchpoint *except)
{
  g_autoptr(GHashTable) set = NULL;

  if (except != NULL)
    {
      set = g_hash_table_new (NULL, NULL);
      g_hash_table_add (set, except);
    }

  return dup_cell_without_all (self, stage_id, lane_id, set);
}

/* Removes every item of @list whose string @property is @id; backwards, so
 * positions stay valid. */
static void
remove_where (WaymarkDocument *self,
              GListModel      *list,
              const char      *property,
              const char      *id)
{
  for (guint i = g_list_model_get_n_items (list); i > 0; i--)
    {
      g_autoptr(WaymarkItem) item = g_list_model_get_item (list, i - 1);
      g_autofree char *value = NULL;

      g_object_get (item, property, &value, NULL);
      if (g_strcmp0 (value, id) == 0)
        waymark_document_remove (self, item);
    }
}

static void
clear_where (WaymarkDocument *self,
             GListModel      *list,
             const char      *property,
             const char      *id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_autofree char *value = NULL;

      g_object_get (item, property, &value, NULL);
      if (g_strcmp0 (value, id) == 0)
        set_string (self, item, property, NULL);
    }
}

static void
strip_from_strv (WaymarkDocument *self,
                 GListModel      *list,
                 const char      *property,
                 const char      *id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      g_auto(GStrv) ids = NULL;
      g_autoptr(GStrvBuilder) builder = NULL;
      g_auto(GStrv) stripped = NULL;

      g_object_get (item, property, &ids, NULL);
      if (ids == NULL || !g_strv_contains ((const char * const *)ids, id))
        continue;

      builder = g_strv_builder_new ();
      for (guint j = 0; ids[j]; j++)
        if (!g_str_equal (ids[j], id))
          g_strv_builder_add (builder, ids[j]);
      stripped = g_strv_builder_end (builder);

      waymark_document_set (self, item, property, stripped, NULL);
    }
}

static const char *
id_of (gpointer item)
{
  return item ? waymark_item_get_id (item) : NULL;
}

static WaymarkHandoff *
find_handoff (WaymarkDocument *self,
              WaymarkStage    *from,
              WaymarkStage    *to)
{
  GListModel *handoffs = waymark_journey_get_handoffs (journey_of (self));
  guint n = g_list_model_get_n_items (handoffs);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkHandoff) handoff = g_list_model_get_item (handoffs, i);

      if (g_strcmp0 (waymark_handoff_get_from (handoff), id_of (from)) == 0 &&
          g_strcmp0 (waymark_handoff_get_to (handoff), id_of (to)) == 0)
        return handoff;
    }

  return NULL;
}

/* Handoffs follow the stages. Between each pair of neighbouring stages
 * there is one handoff, the "link" of that pair. When stages are added,
 * removed or reordered, a pair that stops being neighbours gives its link
 * to a pair that becomes neighbours, so the agreement, the name and the
 * cells of the matrix (which hang on the handoff's id) carry over. */

static GPtrArray *
dup_stage_order (WaymarkDocument *self)
{
  GListModel *stages = waymark_journey_get_stages (journey_of (self));
  guint n = g_list_model_get_n_items (stages);
  GPtrArray *order = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (order, g_list_model_get_item (stages, i));

  return order;
}

static gboolean
are_neighbours (GPtrArray  *order,
                const char *from_id,
                const char *to_id)
{
  for (guint i = 0; i + 1 < order->len; i++)
    if (g_strcmp0 (id_of (g_ptr_array_index (order, i)), from_id) == 0)
      return g_strcmp0 (id_of (g_ptr_array_index (order, i + 1)), to_id) == 0;

  return FALSE;
}

/* Which link of an old pair goes to which new pair: first the one that
 * left the same stage (the stage's outgoing handoff stays with it, as it
 * stays under the stage in the matrix), then the one that led into the
 * same stage, then any, in order. */
typedef enum
{
  MATCH_SAME_FROM,
  MATCH_SAME_TO,
  MATCH_ANY,
  N_MATCHES,
} Match;

static gboolean
link_matches (WaymarkHandoff *link,
              WaymarkStage   *from,
              WaymarkStage   *to,
              Match           match)
{
  switch (match)
    {
    case MATCH_SAME_FROM:
      return g_strcmp0 (waymark_handoff_get_from (link), id_of (from)) == 0;
    case MATCH_SAME_TO:
      return g_strcmp0 (waymark_handoff_get_to (link), id_of (to)) == 0;
    case MATCH_ANY:
      return TRUE;
    case N_MATCHES:
    default:
      g_assert_not_reached ();
    }
}

/* @before and @after are the stages in their order before and after the
 * edit. Only pairs that change are touched: a pair that stays neighbours
 * keeps what it has, and a handoff that never joined neighbours (one that
 * leads back to an earlier stage) is left alone. A link no new pair takes
 * is removed with its cells; a new pair no link reaches gets a new
 * handoff. */
static void
relink_handoffs (WaymarkDocument *self,
                 GPtrArray       *before,
                 GPtrArray       *after)
{
  g_autoptr(GPtrArray) orphans = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree WaymarkHandoff **given = NULL;
  g_autofree gboolean *taken = NULL;

  for (guint i = 0; i + 1 < before->len; i++)
    {
      WaymarkStage *from = g_ptr_array_index (before, i);
      WaymarkStage *to = g_ptr_array_index (before, i + 1);
      WaymarkHandoff *link;

      if (!are_neighbours (after, id_of (from), id_of (to)) &&
          (link = find_handoff (self, from, to)) != NULL)
        g_ptr_array_add (orphans, g_object_ref (link));
    }

  for (guint i = 0; i + 1 < after->len; i++)
    {
      WaymarkStage *from = g_ptr_array_index (after, i);
      WaymarkStage *to = g_ptr_array_index (after, i + 1);

      if (!are_neighbours (before, id_of (from), id_of (to)) &&
          find_handoff (self, from, to) == NULL)
        g_array_append_val (missing, i);
    }

  given = g_new0 (WaymarkHandoff *, missing->len + 1);
  taken = g_new0 (gboolean, orphans->len + 1);
  for (Match match = 0; match < N_MATCHES; match++)
    for (guint m = 0; m < missing->len; m++)
      {
        guint i = g_array_index (missing, guint, m);

        for (guint o = 0; o < orphans->len && given[m] == NULL; o++)
          {
            WaymarkHandoff *link = g_ptr_array_index (orphans, o);

            if (!taken[o] &&
                link_matches (link, g_ptr_array_index (after, i),
                              g_ptr_array_index (after, i + 1), match))
              {
                given[m] = link;
                taken[o] = TRUE;
              }
          }
      }

  for (guint m = 0; m < missing->len; m++)
    {
      guint i = g_array_index (missing, guint, m);
      WaymarkStage *from = g_ptr_array_index (after, i);
      WaymarkStage *to = g_ptr_array_index (after, i + 1);

      if (given[m] != NULL)
        {
          waymark_document_set (self, given[m],
                                "from", id_of (from),
                                "to", id_of (to),
                                NULL);
        }
      else
        {
          waymark_document_add_handoff (self, from, to);
        }
    }

  for (guint o = 0; o < orphans->len; o++)
    if (!taken[o])
      waymark_document_remove (self, g_ptr_array_index (orphans, o));
}

static void
remove_stage_references (WaymarkDocument *self,
                         WaymarkStage    *stage)
{
  WaymarkJourney *journey = journey_of (self);
  const char *id = id_of (stage);
  GListModel *stages = waymark_journey_get_stages (journey);
  GListModel *handoffs = waymark_journey_get_handoffs (journey);
  g_autoptr(GPtrArray) before = dup_stage_order (self);
  g_autoptr(GPtrArray) after = dup_stage_order (self);

  /* Keep the chain of handoffs whole: the one that led into the stage now
   * leads to the next stage, with its agreement and accountability. */
  g_ptr_array_remove (after, stage);
  relink_handoffs (self, before, after);

  remove_where (self, handoffs, "from", id);
  remove_where (self, handoffs, "to", id);
  remove_where (self, waymark_journey_get_touchpoints (journey), "stage", id);
  remove_where (self, waymark_journey_get_accountability (journey), "row", id);
  clear_where (self, waymark_journey_get_activities (journey), "stage", id);
  strip_from_strv (self, waymark_journey_get_content (journey), "stages", id);

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(WaymarkStage) other = g_list_model_get_item (stages, i);

      clear_where (self, waymark_stage_get_outcomes (other), "next", id);
    }
}

/* What removing @item takes with it; called by waymark_document_remove()
 * inside its group, before @item leaves its list. */
void
_waymark_document_remove_references (WaymarkDocument *self,
                                     WaymarkItem     *item)
{
  WaymarkJourney *journey = journey_of (self);
  const char *id = id_of (item);

  if (WAYMARK_IS_STAGE (item))
    {
      remove_stage_references (self, WAYMARK_STAGE (item));
    }
  else if (WAYMARK_IS_LANE (item))
    {
      remove_where (self, waymark_journey_get_touchpoints (journey), "lane", id);
    }
  else if (WAYMARK_IS_ROLE (item))
    {
      remove_where (self, waymark_journey_get_accountability (journey), "role", id);
    }
  else if (WAYMARK_IS_HANDOFF (item) || WAYMARK_IS_ACTIVITY (item))
    {
      remove_where (self, waymark_journey_get_accountability (journey), "row", id);
    }
  else if (WAYMARK_IS_CHANNEL (item))
    {
      clear_where (self, waymark_journey_get_touchpoints (journey), "channel", id);
    }
  else if (WAYMARK_IS_METRIC (item))
    {
      WaymarkStage *stage = waymark_journey_find_stage_of (journey, item);

      /* The funnel falls back to the stage's first metric. */
      if (stage != NULL && g_str_equal (waymark_stage_get_funnel_metric (stage), id))
        set_string (self, stage, "funnel-metric", NULL);
    }
  else if (WAYMARK_IS_PERSONA (item))
    {
      strip_from_strv (self, waymark_journey_get_touchpoints (journey), "personas", id);
      strip_from_strv (self, waymark_journey_get_content (journey), "personas", id);
    }
}

/* After @item left its list: a touchpoint's cell is numbered 0, 1, 2…
 * again. */
void
_waymark_document_close_gap (WaymarkDocument *self,
                             WaymarkItem     *item)
{
  g_autoptr(GPtrArray) cell = NULL;

  if (!WAYMARK_IS_TOUCHPOINT (item))
    return;

  cell = dup_cell_without (self,
                           waymark_touchpoint_get_stage (WAYMARK_TOUCHPOINT (item)),
                           waymark_touchpoint_get_lane (WAYMARK_TOUCHPOINT (item)),
                           WAYMARK_TOUCHPOINT (item));
  renumber_cell (self, cell);
}

/* After waymark_document_reorder() moved @item from @from to where it is
 * now, inside its group: a stage keeps a handoff between each pair of
 * neighbours. */
void
_waymark_document_after_reorder (WaymarkDocument *self,
                                 WaymarkItem     *item,
                                 guint            from)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;

  if (!WAYMARK_IS_STAGE (item))
    return;

  after = dup_stage_order (self);
  before = dup_stage_order (self);
  g_ptr_array_remove (before, item);
  g_ptr_array_insert (before, MIN (from, before->len), g_object_ref (item));

  relink_handoffs (self, before, after);
}

/**
 * waymark_document_rename:
 * @item: an item whose type has a label (waymark_item_has_label())
 *
 * Sets what the user calls @item: its "label", which is its name or its
 * title.
 */
void
waymark_document_rename (WaymarkDocument *self,
                         gpointer         item,
                         const char      *name)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (WAYMARK_IS_ITEM (item));
  g_return_if_fail (waymark_item_has_label (item));

  waymark_document_begin_group (self, _("Rename"));
  set_string (self, item, "label", name);
  waymark_document_end_group (self);
}

/* Creates an item of @type with a fresh id and the properties given, as
 * g_object_new() takes them, and inserts it into @list. */
static gpointer
add_item (WaymarkDocument *self,
          GListModel      *list,
          guint            position,
          GType            type,
          const char      *first_property,
          ...)
{
  g_autofree char *id = waymark_journey_new_id (journey_of (self));
  g_autoptr(GObject) item = NULL;
  va_list args;

  va_start (args, first_property);
  item = g_object_new_valist (type, first_property, args);
  va_end (args);

  waymark_item_set_id (WAYMARK_ITEM (item), id);
  _waymark_document_record_insert (self, list, position, item);

  /* The list keeps its own reference. */
  return item;
}

static gpointer
add_top_level (WaymarkDocument *self,
               GType            type,
               guint            position,
               const char      *name,
               const char      *undo_label)
{
  GListModel *list = waymark_journey_get_list_for_type (journey_of (self), type);
  gpointer item;

  waymark_document_begin_group (self, undo_label);
  item = add_item (self, list, position, type, "name", name, NULL);
  waymark_document_end_group (self);

  return item;
}

/**
 * waymark_document_add_stage:
 *
 * Adds a stage and keeps a handoff between each pair of neighbouring
 * stages: the handoff that crossed the gap now leads into the new stage.
 *
 * Returns: (transfer none): the new stage
 */
WaymarkStage *
waymark_document_add_stage (WaymarkDocument *self,
                            guint            position,
                            const char      *name)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GListModel *stages;
  WaymarkStage *stage;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  stages = waymark_journey_get_stages (journey_of (self));
  position = MIN (position, g_list_model_get_n_items (stages));
  before = dup_stage_order (self);

  waymark_document_begin_group (self, _("Add Stage"));

  stage = add_item (self, stages, position, WAYMARK_TYPE_STAGE, "name", name, NULL);
  after = dup_stage_order (self);
  relink_handoffs (self, before, after);

  waymark_document_end_group (self);

  return stage;
}

/**
 * waymark_document_add_lane:
 *
 * Returns: (transfer none): the new lane
 */
WaymarkLane *
waymark_document_add_lane (WaymarkDocument    *self,
                           guint               position,
                           const char         *name,
                           WaymarkPerspective  perspective)
{
  WaymarkLane *lane;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  waymark_document_begin_group (self, _("Add Lane"));
  lane = add_item (self, waymark_journey_get_lanes (journey_of (self)), position,
                   WAYMARK_TYPE_LANE,
                   "name", name,
                   "perspective", perspective,
                   NULL);
  waymark_document_end_group (self);

  return lane;
}

/**
 * waymark_document_add_role:
 *
 * Returns: (transfer none): the new role
 */
WaymarkRole *
waymark_document_add_role (WaymarkDocument *self,
                           guint            position,
                           const char      *name)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  return add_top_level (self, WAYMARK_TYPE_ROLE, position, name, _("Add Role"));
}

/**
 * waymark_document_add_channel:
 *
 * Returns: (transfer none): the new channel
 */
WaymarkChannel *
waymark_document_add_channel (WaymarkDocument *self,
                              guint            position,
                              const char      *name)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  return add_top_level (self, WAYMARK_TYPE_CHANNEL, position, name, _("Add Channel"));
}

/**
 * waymark_document_add_persona:
 *
 * Returns: (transfer none): the new persona
 */
WaymarkPersona *
waymark_document_add_persona (WaymarkDocument *self,
                              guint            position,
                              const char      *name)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  return add_top_level (self, WAYMARK_TYPE_PERSONA, position, name, _("Add Persona"));
}

/**
 * waymark_document_add_activity:
 * @stage: (nullable): the stage it belongs to
 *
 * Returns: (transfer none): the new activity
 */
WaymarkActivity *
waymark_document_add_activity (WaymarkDocument *self,
                               guint            position,
                               const char      *name,
                               WaymarkStage    *stage)
{
  WaymarkActivity *activity;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (stage == NULL || WAYMARK_IS_STAGE (stage), NULL);

  waymark_document_begin_group (self, _("Add Activity"));
  activity = add_item (self, waymark_journey_get_activities (journey_of (self)), position,
                       WAYMARK_TYPE_ACTIVITY,
                       "name", name,
                       "stage", id_of (stage),
                       NULL);
  waymark_document_end_group (self);

  return activity;
}

/**
 * waymark_document_add_handoff:
 *
 * Returns: (transfer none): the new handoff, at the end of the list
 */
WaymarkHandoff *
waymark_document_add_handoff (WaymarkDocument *self,
                              WaymarkStage    *from,
                              WaymarkStage    *to)
{
  WaymarkHandoff *handoff;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_STAGE (from), NULL);
  g_return_val_if_fail (WAYMARK_IS_STAGE (to), NULL);

  waymark_document_begin_group (self, _("Add Handoff"));
  handoff = add_item (self, waymark_journey_get_handoffs (journey_of (self)), G_MAXUINT,
                      WAYMARK_TYPE_HANDOFF,
                      "from", id_of (from),
                      "to", id_of (to),
                      NULL);
  waymark_document_end_group (self);

  return handoff;
}

/**
 * waymark_document_add_content_item:
 *
 * Returns: (transfer none): the new content item
 */
WaymarkContentItem *
waymark_document_add_content_item (WaymarkDocument *self,
                                   guint            position,
                                   const char      *title)
{
  WaymarkContentItem *item;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  waymark_document_begin_group (self, _("Add Content"));
  item = add_item (self, waymark_journey_get_content (journey_of (self)), position,
                   WAYMARK_TYPE_CONTENT_ITEM, "title", title, NULL);
  waymark_document_end_group (self);

  return item;
}

/**
 * waymark_document_add_metric:
 *
 * Returns: (transfer none): the new metric
 */
WaymarkMetric *
waymark_document_add_metric (WaymarkDocument *self,
                             WaymarkStage    *stage,
                             guint            position,
                             const char      *name)
{
  WaymarkMetric *metric;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_STAGE (stage), NULL);

  waymark_document_begin_group (self, _("Add Metric"));
  metric = add_item (self, waymark_stage_get_metrics (stage), position,
                     WAYMARK_TYPE_METRIC, "name", name, NULL);
  waymark_document_end_group (self);

  return metric;
}

/**
 * waymark_document_add_outcome:
 *
 * Returns: (transfer none): the new outcome
 */
WaymarkOutcome *
waymark_document_add_outcome (WaymarkDocument *self,
                              WaymarkStage    *stage,
                              guint            position,
                              const char      *name)
{
  WaymarkOutcome *outcome;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_STAGE (stage), NULL);

  waymark_document_begin_group (self, _("Add Outcome"));
  outcome = add_item (self, waymark_stage_get_outcomes (stage), position,
                      WAYMARK_TYPE_OUTCOME, "name", name, NULL);
  waymark_document_end_group (self);

  return outcome;
}

/* Questions are a list of strings: each edit replaces the whole list. */
/**
 * waymark_document_set_funnel_metric:
 * @metric: (nullable): one of @stage's metrics, or %NULL for the first
 *
 * Picks the metric of @stage whose value the funnel shows.
 */
void
waymark_document_set_funnel_metric (WaymarkDocument *self,
                                    WaymarkStage    *stage,
                                    WaymarkMetric   *metric)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (WAYMARK_IS_STAGE (stage));
  g_return_if_fail (metric == NULL || WAYMARK_IS_METRIC (metric));
  g_return_if_fail (metric == NULL ||
                    waymark_journey_find_stage_of (journey_of (self), WAYMARK_ITEM (metric)) == stage);

  waymark_document_begin_group (self, _("Choose Funnel Metric"));
  set_string (self, stage, "funnel-metric", id_of (metric));
  waymark_document_end_group (self);
}

static void
edit_questions (WaymarkDocument *self,
                WaymarkStage    *stage,
                const char      *label,
                guint            remove_at,
                guint            insert_at,
                const char      *insert)
{
  const char * const *questions = waymark_stage_get_questions (stage);
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  for (guint i = 0; questions && questions[i]; i++)
    if (i != remove_at)
      g_ptr_array_add (list, (char *)questions[i]);

  if (insert != NULL)
    g_ptr_array_insert (list, MIN (insert_at, list->len), (char *)insert);

  g_ptr_array_add (list, NULL);

  waymark_document_begin_group (self, label);
  waymark_document_set (self, stage, "questions", list->pdata, NULL);
  waymark_document_end_group (self);
}

void
waymark_document_add_question (WaymarkDocument *self,
                               WaymarkStage    *stage,
                               guint            position,
                               const char      *question)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (WAYMARK_IS_STAGE (stage));
  g_return_if_fail (question != NULL);

  edit_questions (self, stage, _("Add Question"), G_MAXUINT, position, question);
}

void
waymark_document_set_question (WaymarkDocument *self,
                               WaymarkStage    *stage,
                               guint            position,
                               const char      *question)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (WAYMARK_IS_STAGE (stage));
  g_return_if_fail (question != NULL);

  edit_questions (self, stage, _("Edit Question"), position, position, question);
}

void
waymark_document_remove_question (WaymarkDocument *self,
                                  WaymarkStage    *stage,
                                  guint            position)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (WAYMARK_IS_STAGE (stage));

  edit_questions (self, stage, _("Delete Question"), position, G_MAXUINT, NULL);
}

void
waymark_document_move_question (WaymarkDocument *self,
                                WaymarkStage    *stage,
                                guint            from,
                                guint            to)
{
  const char * const *questions;
  g_autofree char *question = NULL;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (WAYMARK_IS_STAGE (stage));

  questions = waymark_stage_get_questions (stage);
  if (questions == NULL || from >= g_strv_length ((char **)questions))
    return;

  question = g_strdup (questions[from]);
  edit_questions (self, stage, _("Move Question"), from, to, question);
}

/**
 * waymark_document_add_touchpoint:
 *
 * Returns: (transfer none): the new touchpoint, at @index of the cell of
 *   @stage and @lane
 */
WaymarkTouchpoint *
waymark_document_add_touchpoint (WaymarkDocument *self,
                                 WaymarkStage    *stage,
                                 WaymarkLane     *lane,
                                 guint            index,
                                 const char      *title)
{
  g_autoptr(GPtrArray) cell = NULL;
  WaymarkTouchpoint *touchpoint;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (WAYMARK_IS_STAGE (stage), NULL);
  g_return_val_if_fail (WAYMARK_IS_LANE (lane), NULL);

  cell = dup_cell_without (self, id_of (stage), id_of (lane), NULL);
  index = MIN (index, cell->len);

  waymark_document_begin_group (self, _("Add Touchpoint"));

  touchpoint = add_item (self, waymark_journey_get_touchpoints (journey_of (self)), G_MAXUINT,
                         WAYMARK_TYPE_TOUCHPOINT,
                         "title", title,
                         "stage", id_of (stage),
                         "lane", id_of (lane),
                         "order", (int)index,
                         NULL);

  g_ptr_array_insert (cell, index, g_object_ref (touchpoint));
  renumber_cell (self, cell);

  waymark_document_end_group (self);

  return touchpoint;
}

/**
 * waymark_document_move_touchpoint:
 * @index: the position in the target cell, counted without @touchpoint
 *
 * Places @touchpoint in the cell of @stage and @lane, before the
 * touchpoint now at @index, and closes the gap it leaves.
 */
void
waymark_document_move_touchpoint (WaymarkDocument   *self,
                                  WaymarkTouchpoint *touchpoint,
                                  WaymarkStage      *stage,
                                  WaymarkLane       *lane,
                                  guint              index)
{
  g_autoptr(GPtrArray) source = NULL;
  g_autoptr(GPtrArray) target = NULL;
  const char *stage_id, *lane_id;
  gboolean same_cell;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (touchpoint));
  g_return_if_fail (WAYMARK_IS_STAGE (stage));
  g_return_if_fail (WAYMARK_IS_LANE (lane));

  stage_id = id_of (stage);
  lane_id = id_of (lane);
  same_cell = g_str_equal (waymark_touchpoint_get_stage (touchpoint), stage_id) &&
              g_str_equal (waymark_touchpoint_get_lane (touchpoint), lane_id);

  source = dup_cell_without (self,
                             waymark_touchpoint_get_stage (touchpoint),
                             waymark_touchpoint_get_lane (touchpoint),
                             touchpoint);
  target = dup_cell_without (self, stage_id, lane_id, touchpoint);
  g_ptr_array_insert (target, MIN (index, target->len), g_object_ref (touchpoint));

  waymark_document_begin_group (self, _("Move Touchpoint"));
  waymark_document_set (self, touchpoint,
                        "stage", stage_id,
                        "lane", lane_id,
                        NULL);
  if (!same_cell)
    renumber_cell (self, source);
  renumber_cell (self, target);
  waymark_document_end_group (self);
}

/**
 * waymark_document_move_touchpoints:
 * @touchpoints: (element-type WaymarkTouchpoint): the touchpoints, in the
 *   order they take in the target cell
 * @index: the position in the target cell, counted without @touchpoints
 *
 * Places @touchpoints together in the cell of @stage and @lane, before the
 * touchpoint now at @index, and closes the gaps they leave: one step of
 * undo, "Move 3 Touchpoints".
 */
void
waymark_document_move_touchpoints (WaymarkDocument *self,
                                   GPtrArray       *touchpoints,
                                   WaymarkStage    *stage,
                                   WaymarkLane     *lane,
                                   guint            index)
{
  g_autoptr(GHashTable) moving = NULL;
  g_autoptr(GHashTable) seen_cells = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) target = NULL;
  g_autofree char *label = NULL;
  const char *stage_id, *lane_id;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (touchpoints != NULL);
  g_return_if_fail (WAYMARK_IS_STAGE (stage));
  g_return_if_fail (WAYMARK_IS_LANE (lane));

  if (touchpoints->len == 0)
    return;
  if (touchpoints->len == 1)
    {
      waymark_document_move_touchpoint (self, touchpoints->pdata[0], stage, lane, index);
      return;
    }

  stage_id = id_of (stage);
  lane_id = id_of (lane);
  moving = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < touchpoints->len; i++)
    {
      g_return_if_fail (WAYMARK_IS_TOUCHPOINT (touchpoints->pdata[i]));
      g_hash_table_add (moving, touchpoints->pdata[i]);
    }

  /* Every cell a touchpoint leaves, once, read before anything moves. */
  sources = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  seen_cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < touchpoints->len; i++)
    {
      WaymarkTouchpoint *tp = touchpoints->pdata[i];
      const char *from_stage = waymark_touchpoint_get_stage (tp);
      const char *from_lane = waymark_touchpoint_get_lane (tp);
      g_autofree char *key = g_strconcat (from_stage, "\n", from_lane, NULL);

      if ((g_str_equal (from_stage, stage_id) && g_str_equal (from_lane, lane_id)) ||
          g_hash_table_contains (seen_cells, key))
        continue;
      g_hash_table_add (seen_cells, g_steal_pointer (&key));
      g_ptr_array_add (sources, dup_cell_without_all (self, from_stage, from_lane, moving));
    }

  target = dup_cell_without_all (self, stage_id, lane_id, moving);
  index = MIN (index, target->len);
  for (guint i = 0; i < touchpoints->len; i++)
    g_ptr_array_insert (target, index + i, g_object_ref (touchpoints->pdata[i]));

  /* Translators: the undo step of a drop of several cards on the map */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Move %u Touchpoint", "Move %u Touchpoints",
                                        touchpoints->len),
                           touchpoints->len);
  waymark_document_begin_group (self, label);
  for (guint i = 0; i < touchpoints->len; i++)
    waymark_document_set (self, touchpoints->pdata[i],
                          "stage", stage_id,
                          "lane", lane_id,
                          NULL);
  for (guint i = 0; i < sources->len; i++)
    renumber_cell (self, sources->pdata[i]);
  renumber_cell (self, target);
  waymark_document_end_group (self);
}

/**
 * waymark_document_set_raci:
 * @row: a stage, handoff or activity: a row of the matrix
 * @raci: the letters of the cell; none empties it
 *
 * Sets one cell of the accountability matrix.
 */
void
waymark_document_set_raci (WaymarkDocument *self,
                           WaymarkItem     *row,
                           WaymarkRole     *role,
                           WaymarkRaci      raci)
{
  WaymarkJourney *journey;
  WaymarkAssignment *assignment;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (WAYMARK_IS_STAGE (row) || WAYMARK_IS_HANDOFF (row) || WAYMARK_IS_ACTIVITY (row));
  g_return_if_fail (WAYMARK_IS_ROLE (role));

  journey = journey_of (self);
  assignment = waymark_matrix_find_assignment (journey, id_of (row), id_of (role));

  waymark_document_begin_group (self, _("Set Responsibility"));

  if (assignment != NULL && raci == WAYMARK_RACI_NONE)
    {
      waymark_document_remove (self, assignment);
    }
  else if (assignment != NULL)
    {
      waymark_document_set (self, assignment, "raci", raci, NULL);
    }
  else if (raci != WAYMARK_RACI_NONE)
    {
      g_autoptr(WaymarkAssignment) created = g_object_new (WAYMARK_TYPE_ASSIGNMENT,
                                                           "row", id_of (row),
                                                           "role", id_of (role),
                                                           "raci", raci,
                                                           NULL);

      _waymark_document_record_insert (self, waymark_journey_get_accountability (journey),
                                       G_MAXUINT, created);
    }

  waymark_document_end_group (self);
}

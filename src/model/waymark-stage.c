/* waymark-stage.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-stage.h"
#include "waymark-model-private.h"
#include "waymark-metric.h"
#include "waymark-outcome.h"

/* One stage of the journey, shown as a column of the map. */
struct _WaymarkStage
{
  WaymarkItem parent_instance;

  char *name;
  char *description;
  char *goal;
  char **questions;
  GListStore *metrics;
  char *funnel_metric;
  GListStore *outcomes;
};

G_DEFINE_FINAL_TYPE (WaymarkStage, waymark_stage, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_GOAL,
  PROP_QUESTIONS,
  PROP_METRICS,
  PROP_FUNNEL_METRIC,
  PROP_OUTCOMES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_stage_dispose (GObject *object)
{
  WaymarkStage *self = (WaymarkStage *)object;

  g_clear_object (&self->metrics);
  g_clear_object (&self->outcomes);

  G_OBJECT_CLASS (waymark_stage_parent_class)->dispose (object);
}

static void
waymark_stage_finalize (GObject *object)
{
  WaymarkStage *self = (WaymarkStage *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->goal, g_free);
  g_clear_pointer (&self->questions, g_strfreev);
  g_clear_pointer (&self->funnel_metric, g_free);

  G_OBJECT_CLASS (waymark_stage_parent_class)->finalize (object);
}

static void
waymark_stage_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  WaymarkStage *self = WAYMARK_STAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, waymark_stage_get_name (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, waymark_stage_get_description (self));
      break;

    case PROP_GOAL:
      g_value_set_string (value, waymark_stage_get_goal (self));
      break;

    case PROP_QUESTIONS:
      g_value_set_boxed (value, self->questions);
      break;

    case PROP_METRICS:
      g_value_set_object (value, self->metrics);
      break;

    case PROP_FUNNEL_METRIC:
      g_value_set_string (value, waymark_stage_get_funnel_metric (self));
      break;

    case PROP_OUTCOMES:
      g_value_set_object (value, self->outcomes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_stage_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  WaymarkStage *self = WAYMARK_STAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      waymark_stage_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      waymark_stage_set_description (self, g_value_get_string (value));
      break;

    case PROP_GOAL:
      waymark_stage_set_goal (self, g_value_get_string (value));
      break;

    case PROP_QUESTIONS:
      waymark_stage_set_questions (self, g_value_get_boxed (value));
      break;

    case PROP_FUNNEL_METRIC:
      waymark_stage_set_funnel_metric (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_stage_get_label (WaymarkItem *item)
{
  return waymark_stage_get_name (WAYMARK_STAGE (item));
}

static void
waymark_stage_set_label (WaymarkItem *item,
                         const char  *label)
{
  waymark_stage_set_name (WAYMARK_STAGE (item), label);
}

static void
waymark_stage_class_init (WaymarkStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->dispose = waymark_stage_dispose;
  object_class->finalize = waymark_stage_finalize;
  object_class->get_property = waymark_stage_get_property;
  object_class->set_property = waymark_stage_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_GOAL] =
    g_param_spec_string ("goal", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_QUESTIONS] =
    g_param_spec_boxed ("questions", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties [PROP_METRICS] =
    g_param_spec_object ("metrics", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /* The id of the metric that feeds the funnel; "" for the first. */
  properties [PROP_FUNNEL_METRIC] =
    g_param_spec_string ("funnel-metric", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_OUTCOMES] =
    g_param_spec_object ("outcomes", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->get_label = waymark_stage_get_label;
  item_class->set_label = waymark_stage_set_label;
}

static void
waymark_stage_init (WaymarkStage *self)
{
  self->metrics = g_list_store_new (WAYMARK_TYPE_METRIC);
  self->outcomes = g_list_store_new (WAYMARK_TYPE_OUTCOME);
}

WaymarkStage *
waymark_stage_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_STAGE,
                       "id", id,
                       NULL);
}

/**
 * waymark_stage_get_name:
 *
 * Returns: the stage's name
 */
const char *
waymark_stage_get_name (WaymarkStage *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGE (self), NULL);

  return self->name ? self->name : "";
}

void
waymark_stage_set_name (WaymarkStage *self,
                        const char *name)
{
  g_return_if_fail (WAYMARK_IS_STAGE (self));

  if (_waymark_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

/**
 * waymark_stage_get_description:
 *
 * Returns: what happens in this stage
 */
const char *
waymark_stage_get_description (WaymarkStage *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGE (self), NULL);

  return self->description ? self->description : "";
}

void
waymark_stage_set_description (WaymarkStage *self,
                               const char *description)
{
  g_return_if_fail (WAYMARK_IS_STAGE (self));

  if (_waymark_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

/**
 * waymark_stage_get_goal:
 *
 * Returns: what the company wants to reach in this stage
 */
const char *
waymark_stage_get_goal (WaymarkStage *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGE (self), NULL);

  return self->goal ? self->goal : "";
}

void
waymark_stage_set_goal (WaymarkStage *self,
                        const char *goal)
{
  g_return_if_fail (WAYMARK_IS_STAGE (self));

  if (_waymark_set_str (&self->goal, goal))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_GOAL]);
}

/**
 * waymark_stage_get_questions:
 *
 * Returns: the questions to ask in this stage
 */
const char * const *
waymark_stage_get_questions (WaymarkStage *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGE (self), NULL);

  return (const char * const *)self->questions;
}

void
waymark_stage_set_questions (WaymarkStage *self,
                             const char * const *questions)
{
  g_return_if_fail (WAYMARK_IS_STAGE (self));

  if (_waymark_set_strv (&self->questions, questions))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUESTIONS]);
}

/**
 * waymark_stage_get_metrics:
 *
 * Returns: the stage's metrics
 */
GListModel *
waymark_stage_get_metrics (WaymarkStage *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGE (self), NULL);

  return G_LIST_MODEL (self->metrics);
}

/**
 * waymark_stage_get_funnel_metric:
 *
 * Returns: the id of the metric that feeds the funnel, or "" when it is
 *   the first (see waymark_funnel_pick_metric())
 */
const char *
waymark_stage_get_funnel_metric (WaymarkStage *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGE (self), NULL);

  return self->funnel_metric ? self->funnel_metric : "";
}

void
waymark_stage_set_funnel_metric (WaymarkStage *self,
                                 const char   *metric_id)
{
  g_return_if_fail (WAYMARK_IS_STAGE (self));

  if (_waymark_set_str (&self->funnel_metric, metric_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FUNNEL_METRIC]);
}

/**
 * waymark_stage_get_outcomes:
 *
 * Returns: where buyers end after this stage
 */
GListModel *
waymark_stage_get_outcomes (WaymarkStage *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGE (self), NULL);

  return G_LIST_MODEL (self->outcomes);
}

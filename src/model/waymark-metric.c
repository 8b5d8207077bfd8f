/* waymark-metric.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-metric.h"
#include "waymark-model-private.h"

/* A measured figure of a stage, with an optional target. */
struct _WaymarkMetric
{
  WaymarkItem parent_instance;

  char *name;
  double value;
  double target;
  char *unit;
};

G_DEFINE_FINAL_TYPE (WaymarkMetric, waymark_metric, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_VALUE,
  PROP_TARGET,
  PROP_UNIT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_metric_finalize (GObject *object)
{
  WaymarkMetric *self = (WaymarkMetric *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->unit, g_free);

  G_OBJECT_CLASS (waymark_metric_parent_class)->finalize (object);
}

static void
waymark_metric_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WaymarkMetric *self = WAYMARK_METRIC (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, waymark_metric_get_name (self));
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_TARGET:
      g_value_set_double (value, self->target);
      break;

    case PROP_UNIT:
      g_value_set_string (value, waymark_metric_get_unit (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_metric_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WaymarkMetric *self = WAYMARK_METRIC (object);

  switch (prop_id)
    {
    case PROP_NAME:
      waymark_metric_set_name (self, g_value_get_string (value));
      break;

    case PROP_VALUE:
      waymark_metric_set_value (self, g_value_get_double (value));
      break;

    case PROP_TARGET:
      waymark_metric_set_target (self, g_value_get_double (value));
      break;

    case PROP_UNIT:
      waymark_metric_set_unit (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_metric_get_label (WaymarkItem *item)
{
  return waymark_metric_get_name (WAYMARK_METRIC (item));
}

static void
waymark_metric_set_label (WaymarkItem *item,
                          const char  *label)
{
  waymark_metric_set_name (WAYMARK_METRIC (item), label);
}

static void
waymark_metric_class_init (WaymarkMetricClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->finalize = waymark_metric_finalize;
  object_class->get_property = waymark_metric_get_property;
  object_class->set_property = waymark_metric_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          /* NAN, "not set", must get through */
                          G_PARAM_LAX_VALIDATION |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TARGET] =
    g_param_spec_double ("target", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          /* NAN, "not set", must get through */
                          G_PARAM_LAX_VALIDATION |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->get_label = waymark_metric_get_label;
  item_class->set_label = waymark_metric_set_label;
}

static void
waymark_metric_init (WaymarkMetric *self)
{
  self->value = NAN;
  self->target = NAN;
}

WaymarkMetric *
waymark_metric_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_METRIC,
                       "id", id,
                       NULL);
}

/**
 * waymark_metric_get_name:
 *
 * Returns: the metric's name
 */
const char *
waymark_metric_get_name (WaymarkMetric *self)
{
  g_return_val_if_fail (WAYMARK_IS_METRIC (self), NULL);

  return self->name ? self->name : "";
}

void
waymark_metric_set_name (WaymarkMetric *self,
                         const char *name)
{
  g_return_if_fail (WAYMARK_IS_METRIC (self));

  if (_waymark_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

/**
 * waymark_metric_get_value:
 *
 * Returns: the measured value, NAN when not set
 */
double
waymark_metric_get_value (WaymarkMetric *self)
{
  g_return_val_if_fail (WAYMARK_IS_METRIC (self), NAN);

  return self->value;
}

gboolean
waymark_metric_has_value (WaymarkMetric *self)
{
  g_return_val_if_fail (WAYMARK_IS_METRIC (self), FALSE);

  return !isnan (self->value);
}

void
waymark_metric_set_value (WaymarkMetric *self,
                          double value)
{
  g_return_if_fail (WAYMARK_IS_METRIC (self));

  if (_waymark_set_double (&self->value, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALUE]);
}

/**
 * waymark_metric_get_target:
 *
 * Returns: the target value, NAN when not set
 */
double
waymark_metric_get_target (WaymarkMetric *self)
{
  g_return_val_if_fail (WAYMARK_IS_METRIC (self), NAN);

  return self->target;
}

gboolean
waymark_metric_has_target (WaymarkMetric *self)
{
  g_return_val_if_fail (WAYMARK_IS_METRIC (self), FALSE);

  return !isnan (self->target);
}

void
waymark_metric_set_target (WaymarkMetric *self,
                           double target)
{
  g_return_if_fail (WAYMARK_IS_METRIC (self));

  if (_waymark_set_double (&self->target, target))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TARGET]);
}

/**
 * waymark_metric_get_unit:
 *
 * Returns: the unit of value and target
 */
const char *
waymark_metric_get_unit (WaymarkMetric *self)
{
  g_return_val_if_fail (WAYMARK_IS_METRIC (self), NULL);

  return self->unit ? self->unit : "";
}

void
waymark_metric_set_unit (WaymarkMetric *self,
                         const char *unit)
{
  g_return_if_fail (WAYMARK_IS_METRIC (self));

  if (_waymark_set_str (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNIT]);
}

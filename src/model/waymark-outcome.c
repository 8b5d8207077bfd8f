/* waymark-outcome.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-outcome.h"
#include "waymark-model-private.h"

/* One way a stage can end, with the share of buyers who end there. */
struct _WaymarkOutcome
{
  WaymarkItem parent_instance;

  char *name;
  double share;
  char *next;
};

G_DEFINE_FINAL_TYPE (WaymarkOutcome, waymark_outcome, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_SHARE,
  PROP_NEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_outcome_finalize (GObject *object)
{
  WaymarkOutcome *self = (WaymarkOutcome *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->next, g_free);

  G_OBJECT_CLASS (waymark_outcome_parent_class)->finalize (object);
}

static void
waymark_outcome_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WaymarkOutcome *self = WAYMARK_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, waymark_outcome_get_name (self));
      break;

    case PROP_SHARE:
      g_value_set_double (value, self->share);
      break;

    case PROP_NEXT:
      g_value_set_string (value, waymark_outcome_get_next (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_outcome_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WaymarkOutcome *self = WAYMARK_OUTCOME (object);

  switch (prop_id)
    {
    case PROP_NAME:
      waymark_outcome_set_name (self, g_value_get_string (value));
      break;

    case PROP_SHARE:
      waymark_outcome_set_share (self, g_value_get_double (value));
      break;

    case PROP_NEXT:
      waymark_outcome_set_next (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_outcome_get_label (WaymarkItem *item)
{
  return waymark_outcome_get_name (WAYMARK_OUTCOME (item));
}

static void
waymark_outcome_set_label (WaymarkItem *item,
                           const char  *label)
{
  waymark_outcome_set_name (WAYMARK_OUTCOME (item), label);
}

static void
waymark_outcome_class_init (WaymarkOutcomeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->finalize = waymark_outcome_finalize;
  object_class->get_property = waymark_outcome_get_property;
  object_class->set_property = waymark_outcome_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SHARE] =
    g_param_spec_double ("share", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          /* NAN, "not set", must get through */
                          G_PARAM_LAX_VALIDATION |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NEXT] =
    g_param_spec_string ("next", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->get_label = waymark_outcome_get_label;
  item_class->set_label = waymark_outcome_set_label;
}

static void
waymark_outcome_init (WaymarkOutcome *self)
{
  self->share = NAN;
}

WaymarkOutcome *
waymark_outcome_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_OUTCOME,
                       "id", id,
                       NULL);
}

/**
 * waymark_outcome_get_name:
 *
 * Returns: the outcome's name
 */
const char *
waymark_outcome_get_name (WaymarkOutcome *self)
{
  g_return_val_if_fail (WAYMARK_IS_OUTCOME (self), NULL);

  return self->name ? self->name : "";
}

void
waymark_outcome_set_name (WaymarkOutcome *self,
                          const char *name)
{
  g_return_if_fail (WAYMARK_IS_OUTCOME (self));

  if (_waymark_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

/**
 * waymark_outcome_get_share:
 *
 * Returns: the share of buyers (0..1), NAN when not set
 */
double
waymark_outcome_get_share (WaymarkOutcome *self)
{
  g_return_val_if_fail (WAYMARK_IS_OUTCOME (self), NAN);

  return self->share;
}

gboolean
waymark_outcome_has_share (WaymarkOutcome *self)
{
  g_return_val_if_fail (WAYMARK_IS_OUTCOME (self), FALSE);

  return !isnan (self->share);
}

void
waymark_outcome_set_share (WaymarkOutcome *self,
                           double share)
{
  g_return_if_fail (WAYMARK_IS_OUTCOME (self));

  if (_waymark_set_double (&self->share, share))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHARE]);
}

/**
 * waymark_outcome_get_next:
 *
 * Returns: the id of the stage buyers move on to
 */
const char *
waymark_outcome_get_next (WaymarkOutcome *self)
{
  g_return_val_if_fail (WAYMARK_IS_OUTCOME (self), NULL);

  return self->next ? self->next : "";
}

void
waymark_outcome_set_next (WaymarkOutcome *self,
                          const char *next)
{
  g_return_if_fail (WAYMARK_IS_OUTCOME (self));

  if (_waymark_set_str (&self->next, next))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NEXT]);
}

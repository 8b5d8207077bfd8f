/* waymark-handoff.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-handoff.h"
#include "waymark-model-private.h"

/* The passing of a buyer from one stage's owner to the next. */
struct _WaymarkHandoff
{
  WaymarkItem parent_instance;

  char *from_stage;
  char *to_stage;
  char *name;
  char *agreement;
};

G_DEFINE_FINAL_TYPE (WaymarkHandoff, waymark_handoff, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_FROM_STAGE,
  PROP_TO_STAGE,
  PROP_NAME,
  PROP_AGREEMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_handoff_finalize (GObject *object)
{
  WaymarkHandoff *self = (WaymarkHandoff *)object;

  g_clear_pointer (&self->from_stage, g_free);
  g_clear_pointer (&self->to_stage, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->agreement, g_free);

  G_OBJECT_CLASS (waymark_handoff_parent_class)->finalize (object);
}

static void
waymark_handoff_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WaymarkHandoff *self = WAYMARK_HANDOFF (object);

  switch (prop_id)
    {
    case PROP_FROM_STAGE:
      g_value_set_string (value, waymark_handoff_get_from (self));
      break;

    case PROP_TO_STAGE:
      g_value_set_string (value, waymark_handoff_get_to (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, waymark_handoff_get_name (self));
      break;

    case PROP_AGREEMENT:
      g_value_set_string (value, waymark_handoff_get_agreement (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_handoff_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WaymarkHandoff *self = WAYMARK_HANDOFF (object);

  switch (prop_id)
    {
    case PROP_FROM_STAGE:
      waymark_handoff_set_from (self, g_value_get_string (value));
      break;

    case PROP_TO_STAGE:
      waymark_handoff_set_to (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      waymark_handoff_set_name (self, g_value_get_string (value));
      break;

    case PROP_AGREEMENT:
      waymark_handoff_set_agreement (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_handoff_get_label (WaymarkItem *item)
{
  return waymark_handoff_get_name (WAYMARK_HANDOFF (item));
}

static void
waymark_handoff_set_label (WaymarkItem *item,
                           const char  *label)
{
  waymark_handoff_set_name (WAYMARK_HANDOFF (item), label);
}

static void
waymark_handoff_class_init (WaymarkHandoffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->finalize = waymark_handoff_finalize;
  object_class->get_property = waymark_handoff_get_property;
  object_class->set_property = waymark_handoff_set_property;

  properties [PROP_FROM_STAGE] =
    g_param_spec_string ("from", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TO_STAGE] =
    g_param_spec_string ("to", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_AGREEMENT] =
    g_param_spec_string ("agreement", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->get_label = waymark_handoff_get_label;
  item_class->set_label = waymark_handoff_set_label;
}

static void
waymark_handoff_init (WaymarkHandoff *self)
{
}

WaymarkHandoff *
waymark_handoff_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_HANDOFF,
                       "id", id,
                       NULL);
}

/**
 * waymark_handoff_get_from:
 *
 * Returns: the id of the stage the buyer leaves
 */
const char *
waymark_handoff_get_from (WaymarkHandoff *self)
{
  g_return_val_if_fail (WAYMARK_IS_HANDOFF (self), NULL);

  return self->from_stage ? self->from_stage : "";
}

void
waymark_handoff_set_from (WaymarkHandoff *self,
                                const char *from_stage)
{
  g_return_if_fail (WAYMARK_IS_HANDOFF (self));

  if (_waymark_set_str (&self->from_stage, from_stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FROM_STAGE]);
}

/**
 * waymark_handoff_get_to:
 *
 * Returns: the id of the stage the buyer enters
 */
const char *
waymark_handoff_get_to (WaymarkHandoff *self)
{
  g_return_val_if_fail (WAYMARK_IS_HANDOFF (self), NULL);

  return self->to_stage ? self->to_stage : "";
}

void
waymark_handoff_set_to (WaymarkHandoff *self,
                              const char *to_stage)
{
  g_return_if_fail (WAYMARK_IS_HANDOFF (self));

  if (_waymark_set_str (&self->to_stage, to_stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TO_STAGE]);
}

/**
 * waymark_handoff_get_name:
 *
 * Returns: the handoff's name
 */
const char *
waymark_handoff_get_name (WaymarkHandoff *self)
{
  g_return_val_if_fail (WAYMARK_IS_HANDOFF (self), NULL);

  return self->name ? self->name : "";
}

void
waymark_handoff_set_name (WaymarkHandoff *self,
                          const char *name)
{
  g_return_if_fail (WAYMARK_IS_HANDOFF (self));

  if (_waymark_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

/**
 * waymark_handoff_get_agreement:
 *
 * Returns: the service-level terms both sides accept
 */
const char *
waymark_handoff_get_agreement (WaymarkHandoff *self)
{
  g_return_val_if_fail (WAYMARK_IS_HANDOFF (self), NULL);

  return self->agreement ? self->agreement : "";
}

void
waymark_handoff_set_agreement (WaymarkHandoff *self,
                               const char *agreement)
{
  g_return_if_fail (WAYMARK_IS_HANDOFF (self));

  if (_waymark_set_str (&self->agreement, agreement))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AGREEMENT]);
}

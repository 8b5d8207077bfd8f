/* waymark-activity.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-activity.h"
#include "waymark-model-private.h"

/* Extra work with a row of its own in the accountability matrix. */
struct _WaymarkActivity
{
  WaymarkItem parent_instance;

  char *name;
  char *stage;
  char *description;
};

G_DEFINE_FINAL_TYPE (WaymarkActivity, waymark_activity, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_STAGE,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_activity_finalize (GObject *object)
{
  WaymarkActivity *self = (WaymarkActivity *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->stage, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (waymark_activity_parent_class)->finalize (object);
}

static void
waymark_activity_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WaymarkActivity *self = WAYMARK_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, waymark_activity_get_name (self));
      break;

    case PROP_STAGE:
      g_value_set_string (value, waymark_activity_get_stage (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, waymark_activity_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_activity_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WaymarkActivity *self = WAYMARK_ACTIVITY (object);

  switch (prop_id)
    {
    case PROP_NAME:
      waymark_activity_set_name (self, g_value_get_string (value));
      break;

    case PROP_STAGE:
      waymark_activity_set_stage (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      waymark_activity_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_activity_get_label (WaymarkItem *item)
{
  return waymark_activity_get_name (WAYMARK_ACTIVITY (item));
}

static void
waymark_activity_set_label (WaymarkItem *item,
                            const char  *label)
{
  waymark_activity_set_name (WAYMARK_ACTIVITY (item), label);
}

static void
waymark_activity_class_init (WaymarkActivityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->finalize = waymark_activity_finalize;
  object_class->get_property = waymark_activity_get_property;
  object_class->set_property = waymark_activity_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_STAGE] =
    g_param_spec_string ("stage", NULL, NULL,
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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->get_label = waymark_activity_get_label;
  item_class->set_label = waymark_activity_set_label;
}

static void
waymark_activity_init (WaymarkActivity *self)
{
}

WaymarkActivity *
waymark_activity_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_ACTIVITY,
                       "id", id,
                       NULL);
}

/**
 * waymark_activity_get_name:
 *
 * Returns: the activity's name
 */
const char *
waymark_activity_get_name (WaymarkActivity *self)
{
  g_return_val_if_fail (WAYMARK_IS_ACTIVITY (self), NULL);

  return self->name ? self->name : "";
}

void
waymark_activity_set_name (WaymarkActivity *self,
                           const char *name)
{
  g_return_if_fail (WAYMARK_IS_ACTIVITY (self));

  if (_waymark_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

/**
 * waymark_activity_get_stage:
 *
 * Returns: the id of the stage it belongs to
 */
const char *
waymark_activity_get_stage (WaymarkActivity *self)
{
  g_return_val_if_fail (WAYMARK_IS_ACTIVITY (self), NULL);

  return self->stage ? self->stage : "";
}

void
waymark_activity_set_stage (WaymarkActivity *self,
                            const char *stage)
{
  g_return_if_fail (WAYMARK_IS_ACTIVITY (self));

  if (_waymark_set_str (&self->stage, stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STAGE]);
}

/**
 * waymark_activity_get_description:
 *
 * Returns: what the activity is
 */
const char *
waymark_activity_get_description (WaymarkActivity *self)
{
  g_return_val_if_fail (WAYMARK_IS_ACTIVITY (self), NULL);

  return self->description ? self->description : "";
}

void
waymark_activity_set_description (WaymarkActivity *self,
                                  const char *description)
{
  g_return_if_fail (WAYMARK_IS_ACTIVITY (self));

  if (_waymark_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

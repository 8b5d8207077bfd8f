/* waymark-lane.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-lane.h"
#include "waymark-model-private.h"

/* A swimlane running across the stages. */
struct _WaymarkLane
{
  WaymarkItem parent_instance;

  char *name;
  WaymarkPerspective perspective;
  char *color;
};

G_DEFINE_FINAL_TYPE (WaymarkLane, waymark_lane, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PERSPECTIVE,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_lane_finalize (GObject *object)
{
  WaymarkLane *self = (WaymarkLane *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (waymark_lane_parent_class)->finalize (object);
}

static void
waymark_lane_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WaymarkLane *self = WAYMARK_LANE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, waymark_lane_get_name (self));
      break;

    case PROP_PERSPECTIVE:
      g_value_set_enum (value, self->perspective);
      break;

    case PROP_COLOR:
      g_value_set_string (value, waymark_lane_get_color (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_lane_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WaymarkLane *self = WAYMARK_LANE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      waymark_lane_set_name (self, g_value_get_string (value));
      break;

    case PROP_PERSPECTIVE:
      waymark_lane_set_perspective (self, g_value_get_enum (value));
      break;

    case PROP_COLOR:
      waymark_lane_set_color (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_lane_get_label (WaymarkItem *item)
{
  return waymark_lane_get_name (WAYMARK_LANE (item));
}

static void
waymark_lane_set_label (WaymarkItem *item,
                        const char  *label)
{
  waymark_lane_set_name (WAYMARK_LANE (item), label);
}

static void
waymark_lane_class_init (WaymarkLaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->finalize = waymark_lane_finalize;
  object_class->get_property = waymark_lane_get_property;
  object_class->set_property = waymark_lane_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PERSPECTIVE] =
    g_param_spec_enum ("perspective", NULL, NULL,
                       WAYMARK_TYPE_PERSPECTIVE,
                       WAYMARK_PERSPECTIVE_CUSTOMER,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  properties [PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->get_label = waymark_lane_get_label;
  item_class->set_label = waymark_lane_set_label;
}

static void
waymark_lane_init (WaymarkLane *self)
{
  self->perspective = WAYMARK_PERSPECTIVE_CUSTOMER;
}

WaymarkLane *
waymark_lane_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_LANE,
                       "id", id,
                       NULL);
}

/**
 * waymark_lane_get_name:
 *
 * Returns: the lane's name
 */
const char *
waymark_lane_get_name (WaymarkLane *self)
{
  g_return_val_if_fail (WAYMARK_IS_LANE (self), NULL);

  return self->name ? self->name : "";
}

void
waymark_lane_set_name (WaymarkLane *self,
                       const char *name)
{
  g_return_if_fail (WAYMARK_IS_LANE (self));

  if (_waymark_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

/**
 * waymark_lane_get_perspective:
 *
 * Returns: whose view the lane shows
 */
WaymarkPerspective
waymark_lane_get_perspective (WaymarkLane *self)
{
  g_return_val_if_fail (WAYMARK_IS_LANE (self), 0);

  return self->perspective;
}

void
waymark_lane_set_perspective (WaymarkLane *self,
                              WaymarkPerspective perspective)
{
  g_return_if_fail (WAYMARK_IS_LANE (self));

  if (self->perspective != perspective)
    {
      self->perspective = perspective;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERSPECTIVE]);
    }
}

/**
 * waymark_lane_get_color:
 *
 * Returns: the lane's colour as #rrggbb
 */
const char *
waymark_lane_get_color (WaymarkLane *self)
{
  g_return_val_if_fail (WAYMARK_IS_LANE (self), NULL);

  return self->color ? self->color : "";
}

void
waymark_lane_set_color (WaymarkLane *self,
                        const char *color)
{
  g_return_if_fail (WAYMARK_IS_LANE (self));

  if (_waymark_set_str (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COLOR]);
}

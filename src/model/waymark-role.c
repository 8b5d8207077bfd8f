/* waymark-role.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-role.h"
#include "waymark-model-private.h"

/* A department or team that takes part in the accountability matrix. */
struct _WaymarkRole
{
  WaymarkItem parent_instance;

  char *name;
  char *color;
};

G_DEFINE_FINAL_TYPE (WaymarkRole, waymark_role, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_role_finalize (GObject *object)
{
  WaymarkRole *self = (WaymarkRole *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->color, g_free);

  G_OBJECT_CLASS (waymark_role_parent_class)->finalize (object);
}

static void
waymark_role_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WaymarkRole *self = WAYMARK_ROLE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, waymark_role_get_name (self));
      break;

    case PROP_COLOR:
      g_value_set_string (value, waymark_role_get_color (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_role_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WaymarkRole *self = WAYMARK_ROLE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      waymark_role_set_name (self, g_value_get_string (value));
      break;

    case PROP_COLOR:
      waymark_role_set_color (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_role_get_label (WaymarkItem *item)
{
  return waymark_role_get_name (WAYMARK_ROLE (item));
}

static void
waymark_role_set_label (WaymarkItem *item,
                        const char  *label)
{
  waymark_role_set_name (WAYMARK_ROLE (item), label);
}

static void
waymark_role_class_init (WaymarkRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->finalize = waymark_role_finalize;
  object_class->get_property = waymark_role_get_property;
  object_class->set_property = waymark_role_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
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

  item_class->get_label = waymark_role_get_label;
  item_class->set_label = waymark_role_set_label;
}

static void
waymark_role_init (WaymarkRole *self)
{
}

WaymarkRole *
waymark_role_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_ROLE,
                       "id", id,
                       NULL);
}

/**
 * waymark_role_get_name:
 *
 * Returns: the role's name
 */
const char *
waymark_role_get_name (WaymarkRole *self)
{
  g_return_val_if_fail (WAYMARK_IS_ROLE (self), NULL);

  return self->name ? self->name : "";
}

void
waymark_role_set_name (WaymarkRole *self,
                       const char *name)
{
  g_return_if_fail (WAYMARK_IS_ROLE (self));

  if (_waymark_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

/**
 * waymark_role_get_color:
 *
 * Returns: the role's colour as #rrggbb
 */
const char *
waymark_role_get_color (WaymarkRole *self)
{
  g_return_val_if_fail (WAYMARK_IS_ROLE (self), NULL);

  return self->color ? self->color : "";
}

void
waymark_role_set_color (WaymarkRole *self,
                        const char *color)
{
  g_return_if_fail (WAYMARK_IS_ROLE (self));

  if (_waymark_set_str (&self->color, color))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COLOR]);
}

/* waymark-persona.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-persona.h"
#include "waymark-model-private.h"

/* A person the journey is about, as marketing describes them. */
struct _WaymarkPersona
{
  WaymarkItem parent_instance;

  char *name;
  char *description;
};

G_DEFINE_FINAL_TYPE (WaymarkPersona, waymark_persona, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_persona_finalize (GObject *object)
{
  WaymarkPersona *self = (WaymarkPersona *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (waymark_persona_parent_class)->finalize (object);
}

static void
waymark_persona_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WaymarkPersona *self = WAYMARK_PERSONA (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, waymark_persona_get_name (self));
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, waymark_persona_get_description (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_persona_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WaymarkPersona *self = WAYMARK_PERSONA (object);

  switch (prop_id)
    {
    case PROP_NAME:
      waymark_persona_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      waymark_persona_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_persona_get_label (WaymarkItem *item)
{
  return waymark_persona_get_name (WAYMARK_PERSONA (item));
}

static void
waymark_persona_set_label (WaymarkItem *item,
                           const char  *label)
{
  waymark_persona_set_name (WAYMARK_PERSONA (item), label);
}

static void
waymark_persona_class_init (WaymarkPersonaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->finalize = waymark_persona_finalize;
  object_class->get_property = waymark_persona_get_property;
  object_class->set_property = waymark_persona_set_property;

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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->get_label = waymark_persona_get_label;
  item_class->set_label = waymark_persona_set_label;
}

static void
waymark_persona_init (WaymarkPersona *self)
{
}

WaymarkPersona *
waymark_persona_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_PERSONA,
                       "id", id,
                       NULL);
}

/**
 * waymark_persona_get_name:
 *
 * Returns: the persona's name
 */
const char *
waymark_persona_get_name (WaymarkPersona *self)
{
  g_return_val_if_fail (WAYMARK_IS_PERSONA (self), NULL);

  return self->name ? self->name : "";
}

void
waymark_persona_set_name (WaymarkPersona *self,
                          const char *name)
{
  g_return_if_fail (WAYMARK_IS_PERSONA (self));

  if (_waymark_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

/**
 * waymark_persona_get_description:
 *
 * Returns: what sets the persona apart
 */
const char *
waymark_persona_get_description (WaymarkPersona *self)
{
  g_return_val_if_fail (WAYMARK_IS_PERSONA (self), NULL);

  return self->description ? self->description : "";
}

void
waymark_persona_set_description (WaymarkPersona *self,
                                 const char *description)
{
  g_return_if_fail (WAYMARK_IS_PERSONA (self));

  if (_waymark_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DESCRIPTION]);
}

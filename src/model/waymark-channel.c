/* waymark-channel.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-channel.h"
#include "waymark-model-private.h"

/* A medium a touchpoint happens through. */
struct _WaymarkChannel
{
  WaymarkItem parent_instance;

  char *name;
};

G_DEFINE_FINAL_TYPE (WaymarkChannel, waymark_channel, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_channel_finalize (GObject *object)
{
  WaymarkChannel *self = (WaymarkChannel *)object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (waymark_channel_parent_class)->finalize (object);
}

static void
waymark_channel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  WaymarkChannel *self = WAYMARK_CHANNEL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, waymark_channel_get_name (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_channel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  WaymarkChannel *self = WAYMARK_CHANNEL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      waymark_channel_set_name (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_channel_get_label (WaymarkItem *item)
{
  return waymark_channel_get_name (WAYMARK_CHANNEL (item));
}

static void
waymark_channel_set_label (WaymarkItem *item,
                           const char  *label)
{
  waymark_channel_set_name (WAYMARK_CHANNEL (item), label);
}

static void
waymark_channel_class_init (WaymarkChannelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->finalize = waymark_channel_finalize;
  object_class->get_property = waymark_channel_get_property;
  object_class->set_property = waymark_channel_set_property;

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->get_label = waymark_channel_get_label;
  item_class->set_label = waymark_channel_set_label;
}

static void
waymark_channel_init (WaymarkChannel *self)
{
}

WaymarkChannel *
waymark_channel_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_CHANNEL,
                       "id", id,
                       NULL);
}

/**
 * waymark_channel_get_name:
 *
 * Returns: the channel's name
 */
const char *
waymark_channel_get_name (WaymarkChannel *self)
{
  g_return_val_if_fail (WAYMARK_IS_CHANNEL (self), NULL);

  return self->name ? self->name : "";
}

void
waymark_channel_set_name (WaymarkChannel *self,
                          const char *name)
{
  g_return_if_fail (WAYMARK_IS_CHANNEL (self));

  if (_waymark_set_str (&self->name, name))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NAME]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

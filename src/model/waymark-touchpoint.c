/* waymark-touchpoint.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-touchpoint.h"
#include "waymark-model-private.h"

/* A moment where buyer and company meet, placed in a stage and lane. */
struct _WaymarkTouchpoint
{
  WaymarkItem parent_instance;

  char *title;
  char *stage;
  char *lane;
  int order;
  char *channel;
  char *notes;
  int emotion;
  char **personas;
  WaymarkTouchpointKind kind;
};

G_DEFINE_FINAL_TYPE (WaymarkTouchpoint, waymark_touchpoint, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_STAGE,
  PROP_LANE,
  PROP_ORDER,
  PROP_CHANNEL,
  PROP_NOTES,
  PROP_EMOTION,
  PROP_PERSONAS,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_touchpoint_finalize (GObject *object)
{
  WaymarkTouchpoint *self = (WaymarkTouchpoint *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->stage, g_free);
  g_clear_pointer (&self->lane, g_free);
  g_clear_pointer (&self->channel, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->personas, g_strfreev);

  G_OBJECT_CLASS (waymark_touchpoint_parent_class)->finalize (object);
}

static void
waymark_touchpoint_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WaymarkTouchpoint *self = WAYMARK_TOUCHPOINT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, waymark_touchpoint_get_title (self));
      break;

    case PROP_STAGE:
      g_value_set_string (value, waymark_touchpoint_get_stage (self));
      break;

    case PROP_LANE:
      g_value_set_string (value, waymark_touchpoint_get_lane (self));
      break;

    case PROP_ORDER:
      g_value_set_int (value, self->order);
      break;

    case PROP_CHANNEL:
      g_value_set_string (value, waymark_touchpoint_get_channel (self));
      break;

    case PROP_NOTES:
      g_value_set_string (value, waymark_touchpoint_get_notes (self));
      break;

    case PROP_EMOTION:
      g_value_set_int (value, self->emotion);
      break;

    case PROP_PERSONAS:
      g_value_set_boxed (value, self->personas);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_touchpoint_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  WaymarkTouchpoint *self = WAYMARK_TOUCHPOINT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      waymark_touchpoint_set_title (self, g_value_get_string (value));
      break;

    case PROP_STAGE:
      waymark_touchpoint_set_stage (self, g_value_get_string (value));
      break;

    case PROP_LANE:
      waymark_touchpoint_set_lane (self, g_value_get_string (value));
      break;

    case PROP_ORDER:
      waymark_touchpoint_set_order (self, g_value_get_int (value));
      break;

    case PROP_CHANNEL:
      waymark_touchpoint_set_channel (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      waymark_touchpoint_set_notes (self, g_value_get_string (value));
      break;

    case PROP_EMOTION:
      waymark_touchpoint_set_emotion (self, g_value_get_int (value));
      break;

    case PROP_PERSONAS:
      waymark_touchpoint_set_personas (self, g_value_get_boxed (value));
      break;

    case PROP_KIND:
      waymark_touchpoint_set_kind (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_touchpoint_get_label (WaymarkItem *item)
{
  return waymark_touchpoint_get_title (WAYMARK_TOUCHPOINT (item));
}

static void
waymark_touchpoint_set_label (WaymarkItem *item,
                              const char  *label)
{
  waymark_touchpoint_set_title (WAYMARK_TOUCHPOINT (item), label);
}

static void
waymark_touchpoint_class_init (WaymarkTouchpointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->finalize = waymark_touchpoint_finalize;
  object_class->get_property = waymark_touchpoint_get_property;
  object_class->set_property = waymark_touchpoint_set_property;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
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

  properties [PROP_LANE] =
    g_param_spec_string ("lane", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ORDER] =
    g_param_spec_int ("order", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties [PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_EMOTION] =
    g_param_spec_int ("emotion", NULL, NULL,
                      WAYMARK_NO_EMOTION, 2, WAYMARK_NO_EMOTION,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties [PROP_PERSONAS] =
    g_param_spec_boxed ("personas", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       WAYMARK_TYPE_TOUCHPOINT_KIND,
                       WAYMARK_TOUCHPOINT_KIND_UNSET,
                       (G_PARAM_READWRITE |
                        G_PARAM_EXPLICIT_NOTIFY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->get_label = waymark_touchpoint_get_label;
  item_class->set_label = waymark_touchpoint_set_label;
}

static void
waymark_touchpoint_init (WaymarkTouchpoint *self)
{
  self->order = 0;
  self->emotion = WAYMARK_NO_EMOTION;
  self->kind = WAYMARK_TOUCHPOINT_KIND_UNSET;
}

WaymarkTouchpoint *
waymark_touchpoint_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_TOUCHPOINT,
                       "id", id,
                       NULL);
}

/**
 * waymark_touchpoint_get_title:
 *
 * Returns: what happens
 */
const char *
waymark_touchpoint_get_title (WaymarkTouchpoint *self)
{
  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (self), NULL);

  return self->title ? self->title : "";
}

void
waymark_touchpoint_set_title (WaymarkTouchpoint *self,
                              const char *title)
{
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (self));

  if (_waymark_set_str (&self->title, title))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

/**
 * waymark_touchpoint_get_stage:
 *
 * Returns: the id of the stage it is in
 */
const char *
waymark_touchpoint_get_stage (WaymarkTouchpoint *self)
{
  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (self), NULL);

  return self->stage ? self->stage : "";
}

void
waymark_touchpoint_set_stage (WaymarkTouchpoint *self,
                              const char *stage)
{
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (self));

  if (_waymark_set_str (&self->stage, stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STAGE]);
}

/**
 * waymark_touchpoint_get_lane:
 *
 * Returns: the id of the lane it is in
 */
const char *
waymark_touchpoint_get_lane (WaymarkTouchpoint *self)
{
  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (self), NULL);

  return self->lane ? self->lane : "";
}

void
waymark_touchpoint_set_lane (WaymarkTouchpoint *self,
                             const char *lane)
{
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (self));

  if (_waymark_set_str (&self->lane, lane))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANE]);
}

/**
 * waymark_touchpoint_get_order:
 *
 * Returns: its position in its cell
 */
int
waymark_touchpoint_get_order (WaymarkTouchpoint *self)
{
  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (self), 0);

  return self->order;
}

void
waymark_touchpoint_set_order (WaymarkTouchpoint *self,
                              int order)
{
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (self));

  if (self->order != order)
    {
      self->order = order;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ORDER]);
    }
}

/**
 * waymark_touchpoint_get_channel:
 *
 * Returns: the id of its channel
 */
const char *
waymark_touchpoint_get_channel (WaymarkTouchpoint *self)
{
  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (self), NULL);

  return self->channel ? self->channel : "";
}

void
waymark_touchpoint_set_channel (WaymarkTouchpoint *self,
                                const char *channel)
{
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (self));

  if (_waymark_set_str (&self->channel, channel))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHANNEL]);
}

/**
 * waymark_touchpoint_get_notes:
 *
 * Returns: free notes
 */
const char *
waymark_touchpoint_get_notes (WaymarkTouchpoint *self)
{
  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (self), NULL);

  return self->notes ? self->notes : "";
}

void
waymark_touchpoint_set_notes (WaymarkTouchpoint *self,
                              const char *notes)
{
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (self));

  if (_waymark_set_str (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTES]);
}

/**
 * waymark_touchpoint_get_emotion:
 *
 * Returns: how the customer feels here (-2..2), WAYMARK_NO_EMOTION when not recorded
 */
int
waymark_touchpoint_get_emotion (WaymarkTouchpoint *self)
{
  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (self), 0);

  return self->emotion;
}

void
waymark_touchpoint_set_emotion (WaymarkTouchpoint *self,
                                int emotion)
{
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (self));

  if (self->emotion != emotion)
    {
      self->emotion = emotion;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EMOTION]);
    }
}

/**
 * waymark_touchpoint_get_personas:
 *
 * Returns: the ids of the personas it concerns
 */
const char * const *
waymark_touchpoint_get_personas (WaymarkTouchpoint *self)
{
  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (self), NULL);

  return (const char * const *)self->personas;
}

void
waymark_touchpoint_set_personas (WaymarkTouchpoint *self,
                                 const char * const *personas)
{
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (self));

  if (_waymark_set_strv (&self->personas, personas))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERSONAS]);
}

/**
 * waymark_touchpoint_get_kind:
 *
 * Returns: what sort of moment it is
 */
WaymarkTouchpointKind
waymark_touchpoint_get_kind (WaymarkTouchpoint *self)
{
  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (self), 0);

  return self->kind;
}

void
waymark_touchpoint_set_kind (WaymarkTouchpoint *self,
                             WaymarkTouchpointKind kind)
{
  g_return_if_fail (WAYMARK_IS_TOUCHPOINT (self));

  if (self->kind != kind)
    {
      self->kind = kind;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
    }
}

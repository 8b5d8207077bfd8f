/* waymark-content-item.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-content-item.h"
#include "waymark-model-private.h"

/* A piece of content and the buyers and stages it serves. */
struct _WaymarkContentItem
{
  WaymarkItem parent_instance;

  char *title;
  char *content_type;
  char **personas;
  char *question;
  char **stages;
  char *url;
};

G_DEFINE_FINAL_TYPE (WaymarkContentItem, waymark_content_item, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CONTENT_TYPE,
  PROP_PERSONAS,
  PROP_QUESTION,
  PROP_STAGES,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_content_item_finalize (GObject *object)
{
  WaymarkContentItem *self = (WaymarkContentItem *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->content_type, g_free);
  g_clear_pointer (&self->personas, g_strfreev);
  g_clear_pointer (&self->question, g_free);
  g_clear_pointer (&self->stages, g_strfreev);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (waymark_content_item_parent_class)->finalize (object);
}

static void
waymark_content_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  WaymarkContentItem *self = WAYMARK_CONTENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, waymark_content_item_get_title (self));
      break;

    case PROP_CONTENT_TYPE:
      g_value_set_string (value, waymark_content_item_get_content_type (self));
      break;

    case PROP_PERSONAS:
      g_value_set_boxed (value, self->personas);
      break;

    case PROP_QUESTION:
      g_value_set_string (value, waymark_content_item_get_question (self));
      break;

    case PROP_STAGES:
      g_value_set_boxed (value, self->stages);
      break;

    case PROP_URL:
      g_value_set_string (value, waymark_content_item_get_url (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_content_item_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  WaymarkContentItem *self = WAYMARK_CONTENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      waymark_content_item_set_title (self, g_value_get_string (value));
      break;

    case PROP_CONTENT_TYPE:
      waymark_content_item_set_content_type (self, g_value_get_string (value));
      break;

    case PROP_PERSONAS:
      waymark_content_item_set_personas (self, g_value_get_boxed (value));
      break;

    case PROP_QUESTION:
      waymark_content_item_set_question (self, g_value_get_string (value));
      break;

    case PROP_STAGES:
      waymark_content_item_set_stages (self, g_value_get_boxed (value));
      break;

    case PROP_URL:
      waymark_content_item_set_url (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char *
waymark_content_item_get_label (WaymarkItem *item)
{
  return waymark_content_item_get_title (WAYMARK_CONTENT_ITEM (item));
}

static void
waymark_content_item_set_label (WaymarkItem *item,
                                const char  *label)
{
  waymark_content_item_set_title (WAYMARK_CONTENT_ITEM (item), label);
}

static void
waymark_content_item_class_init (WaymarkContentItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  WaymarkItemClass *item_class = WAYMARK_ITEM_CLASS (klass);

  object_class->finalize = waymark_content_item_finalize;
  object_class->get_property = waymark_content_item_get_property;
  object_class->set_property = waymark_content_item_set_property;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CONTENT_TYPE] =
    g_param_spec_string ("content-type", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PERSONAS] =
    g_param_spec_boxed ("personas", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties [PROP_QUESTION] =
    g_param_spec_string ("question", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_STAGES] =
    g_param_spec_boxed ("stages", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties [PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  item_class->get_label = waymark_content_item_get_label;
  item_class->set_label = waymark_content_item_set_label;
}

static void
waymark_content_item_init (WaymarkContentItem *self)
{
}

WaymarkContentItem *
waymark_content_item_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_CONTENT_ITEM,
                       "id", id,
                       NULL);
}

/**
 * waymark_content_item_get_title:
 *
 * Returns: the content's title
 */
const char *
waymark_content_item_get_title (WaymarkContentItem *self)
{
  g_return_val_if_fail (WAYMARK_IS_CONTENT_ITEM (self), NULL);

  return self->title ? self->title : "";
}

void
waymark_content_item_set_title (WaymarkContentItem *self,
                                const char *title)
{
  g_return_if_fail (WAYMARK_IS_CONTENT_ITEM (self));

  if (_waymark_set_str (&self->title, title))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
      _waymark_item_notify_label (WAYMARK_ITEM (self));
    }
}

/**
 * waymark_content_item_get_content_type:
 *
 * Returns: ebook, case study, video…
 */
const char *
waymark_content_item_get_content_type (WaymarkContentItem *self)
{
  g_return_val_if_fail (WAYMARK_IS_CONTENT_ITEM (self), NULL);

  return self->content_type ? self->content_type : "";
}

void
waymark_content_item_set_content_type (WaymarkContentItem *self,
                                       const char *content_type)
{
  g_return_if_fail (WAYMARK_IS_CONTENT_ITEM (self));

  if (_waymark_set_str (&self->content_type, content_type))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTENT_TYPE]);
}

/**
 * waymark_content_item_get_personas:
 *
 * Returns: the ids of the personas it addresses
 */
const char * const *
waymark_content_item_get_personas (WaymarkContentItem *self)
{
  g_return_val_if_fail (WAYMARK_IS_CONTENT_ITEM (self), NULL);

  return (const char * const *)self->personas;
}

void
waymark_content_item_set_personas (WaymarkContentItem *self,
                                   const char * const *personas)
{
  g_return_if_fail (WAYMARK_IS_CONTENT_ITEM (self));

  if (_waymark_set_strv (&self->personas, personas))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERSONAS]);
}

/**
 * waymark_content_item_get_question:
 *
 * Returns: the question it answers
 */
const char *
waymark_content_item_get_question (WaymarkContentItem *self)
{
  g_return_val_if_fail (WAYMARK_IS_CONTENT_ITEM (self), NULL);

  return self->question ? self->question : "";
}

void
waymark_content_item_set_question (WaymarkContentItem *self,
                                   const char *question)
{
  g_return_if_fail (WAYMARK_IS_CONTENT_ITEM (self));

  if (_waymark_set_str (&self->question, question))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUESTION]);
}

/**
 * waymark_content_item_get_stages:
 *
 * Returns: the ids of the stages it serves
 */
const char * const *
waymark_content_item_get_stages (WaymarkContentItem *self)
{
  g_return_val_if_fail (WAYMARK_IS_CONTENT_ITEM (self), NULL);

  return (const char * const *)self->stages;
}

void
waymark_content_item_set_stages (WaymarkContentItem *self,
                                 const char * const *stages)
{
  g_return_if_fail (WAYMARK_IS_CONTENT_ITEM (self));

  if (_waymark_set_strv (&self->stages, stages))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STAGES]);
}

/**
 * waymark_content_item_get_url:
 *
 * Returns: where it is
 */
const char *
waymark_content_item_get_url (WaymarkContentItem *self)
{
  g_return_val_if_fail (WAYMARK_IS_CONTENT_ITEM (self), NULL);

  return self->url ? self->url : "";
}

void
waymark_content_item_set_url (WaymarkContentItem *self,
                              const char *url)
{
  g_return_if_fail (WAYMARK_IS_CONTENT_ITEM (self));

  if (_waymark_set_str (&self->url, url))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_URL]);
}

/* waymark-item.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-item.h"
#include "waymark-model-private.h"

/* The base of everything in a journey: an id that references point at, and
 * the members of its JSON object that this version does not know, kept so
 * that a file from a newer version survives open and save. */
typedef struct
{
  char       *id;
  JsonObject *extras;
} WaymarkItemPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (WaymarkItem, waymark_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_item_finalize (GObject *object)
{
  WaymarkItem *self = (WaymarkItem *)object;
  WaymarkItemPrivate *priv = waymark_item_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->extras, json_object_unref);

  G_OBJECT_CLASS (waymark_item_parent_class)->finalize (object);
}

static void
waymark_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  WaymarkItem *self = WAYMARK_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, waymark_item_get_id (self));
      break;

    case PROP_LABEL:
      g_value_set_string (value, waymark_item_get_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_item_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  WaymarkItem *self = WAYMARK_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      waymark_item_set_id (self, g_value_get_string (value));
      break;

    case PROP_LABEL:
      waymark_item_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_item_class_init (WaymarkItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_item_finalize;
  object_class->get_property = waymark_item_get_property;
  object_class->set_property = waymark_item_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /* The name or title, whichever the type has: what a rename sets and
   * what list rows show, whatever the item's type. */
  properties [PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_item_init (WaymarkItem *self)
{
}

const char *
waymark_item_get_id (WaymarkItem *self)
{
  WaymarkItemPrivate *priv = waymark_item_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_ITEM (self), NULL);

  return priv->id ? priv->id : "";
}

void
waymark_item_set_id (WaymarkItem *self,
                     const char  *id)
{
  WaymarkItemPrivate *priv = waymark_item_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_ITEM (self));

  if (_waymark_set_str (&priv->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
}

/**
 * waymark_item_get_extras:
 *
 * Returns: (nullable): the members this version does not know, in the order
 *   they were read
 */
JsonObject *
waymark_item_get_extras (WaymarkItem *self)
{
  WaymarkItemPrivate *priv = waymark_item_get_instance_private (self);

  g_return_val_if_fail (WAYMARK_IS_ITEM (self), NULL);

  return priv->extras;
}

void
waymark_item_set_extras (WaymarkItem *self,
                         JsonObject  *extras)
{
  WaymarkItemPrivate *priv = waymark_item_get_instance_private (self);

  g_return_if_fail (WAYMARK_IS_ITEM (self));

  if (extras != NULL)
    json_object_ref (extras);
  g_clear_pointer (&priv->extras, json_object_unref);
  priv->extras = extras;
}

/**
 * waymark_item_get_label:
 *
 * Returns: what a person calls the item: its name, or its title
 */
const char *
waymark_item_get_label (WaymarkItem *self)
{
  WaymarkItemClass *klass;

  g_return_val_if_fail (WAYMARK_IS_ITEM (self), NULL);

  klass = WAYMARK_ITEM_GET_CLASS (self);

  return klass->get_label ? klass->get_label (self) : "";
}

/**
 * waymark_item_has_label:
 *
 * Returns: whether the item's type has a name or a title, which
 *   waymark_document_rename() can set
 */
gboolean
waymark_item_has_label (WaymarkItem *self)
{
  g_return_val_if_fail (WAYMARK_IS_ITEM (self), FALSE);

  return WAYMARK_ITEM_GET_CLASS (self)->set_label != NULL;
}

/* Sets the name or the title, whichever the type has; the setter of that
 * property notifies both it and "label". */
void
waymark_item_set_label (WaymarkItem *self,
                        const char  *label)
{
  WaymarkItemClass *klass;

  g_return_if_fail (WAYMARK_IS_ITEM (self));

  klass = WAYMARK_ITEM_GET_CLASS (self);
  g_return_if_fail (klass->set_label != NULL);

  klass->set_label (self, label);
}

/* For the setters of name and title, which the label follows: so that list
 * rows bind to one property whatever the item's type. */
void
_waymark_item_notify_label (WaymarkItem *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LABEL]);
}

gboolean
_waymark_set_str (char       **field,
                  const char  *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

/* %NULL and an empty list are the same: the file has no such list. */
gboolean
_waymark_strv_equal (const char * const *a,
                     const char * const *b)
{
  if (a == NULL || a[0] == NULL)
    return b == NULL || b[0] == NULL;

  return b != NULL && g_strv_equal (a, b);
}

gboolean
_waymark_set_strv (char               ***field,
                   const char * const   *value)
{
  if (_waymark_strv_equal ((const char * const *)*field, value))
    return FALSE;

  if (value != NULL && value[0] == NULL)
    value = NULL;

  g_strfreev (*field);
  *field = g_strdupv ((char **)value);

  return TRUE;
}

gboolean
_waymark_set_double (double *field,
                     double  value)
{
  if ((isnan (*field) && isnan (value)) || *field == value)
    return FALSE;

  *field = value;

  return TRUE;
}

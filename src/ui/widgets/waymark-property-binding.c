/* waymark-property-binding.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a property row edits: one property of one model object of a
 * document. It emits "changed" whenever the property changes (an edit, an
 * undo) and writes through the document's commands, so that every edit a
 * row makes is one undo step.
 */

#include "config.h"

#include "waymark-property-binding.h"

/* A stand-in: an object shown for something the journey does not have yet
 * (the handoff of two neighbouring stages), which its first edit inserts
 * into its list, in the same undo step. */
typedef struct
{
  GListModel *list;
  char       *label;
} StandIn;

#define STAND_IN_KEY "waymark-stand-in"

static void
stand_in_free (StandIn *stand_in)
{
  g_clear_object (&stand_in->list);
  g_free (stand_in->label);
  g_free (stand_in);
}

struct _WaymarkPropertyBinding
{
  GObject          parent_instance;

  WaymarkDocument *document;
  GObject         *object;
  GParamSpec      *pspec;
};

G_DEFINE_FINAL_TYPE (WaymarkPropertyBinding, waymark_property_binding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_OBJECT,
  PROP_PROPERTY_NAME,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_object_notify_cb (WaymarkPropertyBinding *self,
                     GParamSpec             *pspec,
                     GObject                *object)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
waymark_property_binding_constructed (GObject *object)
{
  WaymarkPropertyBinding *self = (WaymarkPropertyBinding *)object;
  g_autofree char *signal = NULL;

  G_OBJECT_CLASS (waymark_property_binding_parent_class)->constructed (object);

  g_assert (WAYMARK_IS_DOCUMENT (self->document));
  g_assert (G_IS_OBJECT (self->object));
  g_assert (self->pspec != NULL);

  signal = g_strdup_printf ("notify::%s", self->pspec->name);
  g_signal_connect_object (self->object, signal, G_CALLBACK (on_object_notify_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
waymark_property_binding_dispose (GObject *object)
{
  WaymarkPropertyBinding *self = (WaymarkPropertyBinding *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->object);

  G_OBJECT_CLASS (waymark_property_binding_parent_class)->dispose (object);
}

static void
waymark_property_binding_get_gproperty (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  WaymarkPropertyBinding *self = WAYMARK_PROPERTY_BINDING (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_OBJECT:
      g_value_set_object (value, self->object);
      break;

    case PROP_PROPERTY_NAME:
      g_value_set_string (value, self->pspec ? self->pspec->name : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_property_binding_set_gproperty (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  WaymarkPropertyBinding *self = WAYMARK_PROPERTY_BINDING (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_OBJECT:
      self->object = g_value_dup_object (value);
      break;

    case PROP_PROPERTY_NAME:
      /* The object comes first: properties are set in installation order. */
      g_assert (self->object != NULL);
      self->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->object),
                                                  g_value_get_string (value));
      if (self->pspec == NULL)
        g_critical ("%s has no property “%s”",
                    G_OBJECT_TYPE_NAME (self->object), g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_property_binding_class_init (WaymarkPropertyBindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_property_binding_constructed;
  object_class->dispose = waymark_property_binding_dispose;
  object_class->get_property = waymark_property_binding_get_gproperty;
  object_class->set_property = waymark_property_binding_set_gproperty;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         WAYMARK_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_OBJECT] =
    g_param_spec_object ("object", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_PROPERTY_NAME] =
    g_param_spec_string ("property-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WaymarkPropertyBinding::changed:
   *
   * The property changed: the row shows the new value.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
waymark_property_binding_init (WaymarkPropertyBinding *self)
{
}

/**
 * waymark_property_binding_new:
 * @object: a model object of @document's journey
 * @property: the name of a property of @object
 */
WaymarkPropertyBinding *
waymark_property_binding_new (WaymarkDocument *document,
                              gpointer         object,
                              const char      *property)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  return g_object_new (WAYMARK_TYPE_PROPERTY_BINDING,
                       "document", document,
                       "object", object,
                       "property-name", property,
                       NULL);
}

WaymarkDocument *
waymark_property_binding_get_document (WaymarkPropertyBinding *self)
{
  g_return_val_if_fail (WAYMARK_IS_PROPERTY_BINDING (self), NULL);

  return self->document;
}

GObject *
waymark_property_binding_get_object (WaymarkPropertyBinding *self)
{
  g_return_val_if_fail (WAYMARK_IS_PROPERTY_BINDING (self), NULL);

  return self->object;
}

const char *
waymark_property_binding_get_property_name (WaymarkPropertyBinding *self)
{
  g_return_val_if_fail (WAYMARK_IS_PROPERTY_BINDING (self), NULL);

  return self->pspec->name;
}

GParamSpec *
waymark_property_binding_get_pspec (WaymarkPropertyBinding *self)
{
  g_return_val_if_fail (WAYMARK_IS_PROPERTY_BINDING (self), NULL);

  return self->pspec;
}

/**
 * waymark_property_binding_dup_string:
 *
 * Returns: (transfer full) (nullable): the value of a string property
 */
char *
waymark_property_binding_dup_string (WaymarkPropertyBinding *self)
{
  char *value = NULL;

  g_return_val_if_fail (WAYMARK_IS_PROPERTY_BINDING (self), NULL);

  g_object_get (self->object, self->pspec->name, &value, NULL);

  return value;
}

/**
 * waymark_property_binding_get_double:
 *
 * Returns: the value of a double property, NAN when not set
 */
double
waymark_property_binding_get_double (WaymarkPropertyBinding *self)
{
  double value = 0;

  g_return_val_if_fail (WAYMARK_IS_PROPERTY_BINDING (self), 0);

  g_object_get (self->object, self->pspec->name, &value, NULL);

  return value;
}

int
waymark_property_binding_get_enum (WaymarkPropertyBinding *self)
{
  int value = 0;

  g_return_val_if_fail (WAYMARK_IS_PROPERTY_BINDING (self), 0);

  g_object_get (self->object, self->pspec->name, &value, NULL);

  return value;
}

static gboolean
is_in_journey (WaymarkPropertyBinding *self)
{
  WaymarkJourney *journey;
  guint position;

  if (!WAYMARK_IS_ITEM (self->object))
    return TRUE;

  journey = waymark_document_get_journey (self->document);

  return waymark_journey_find_list (journey, WAYMARK_ITEM (self->object), &position) != NULL;
}

/**
 * waymark_property_binding_is_live:
 *
 * A row may lose the focus because the object it edits is being removed
 * (an undo, say); committing then would record a stray edit.
 *
 * Returns: whether the object is still part of the journey, or a stand-in
 *   an edit will insert
 */
gboolean
waymark_property_binding_is_live (WaymarkPropertyBinding *self)
{
  g_return_val_if_fail (WAYMARK_IS_PROPERTY_BINDING (self), FALSE);

  return is_in_journey (self) || g_object_get_data (self->object, STAND_IN_KEY) != NULL;
}

/**
 * waymark_property_binding_mark_stand_in:
 * @object: a model object that is not part of the journey
 * @list: the journey's list it belongs in
 * @label: the name of the undo step that inserts it, "Add Handoff"
 *
 * Makes @object a stand-in: rows bound to it edit it as any other, and the
 * first edit inserts it at the end of @list, in the same undo step.
 */
void
waymark_property_binding_mark_stand_in (gpointer    object,
                                        GListModel *list,
                                        const char *label)
{
  StandIn *stand_in;

  g_return_if_fail (WAYMARK_IS_ITEM (object));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (label != NULL);

  stand_in = g_new0 (StandIn, 1);
  stand_in->list = g_object_ref (list);
  stand_in->label = g_strdup (label);
  g_object_set_data_full (object, STAND_IN_KEY, stand_in, (GDestroyNotify)stand_in_free);
}

/**
 * waymark_property_binding_begin_edit:
 *
 * Call before an edit of the bound object made otherwise than through the
 * binding (a rename): a stand-in then joins its list in the same step.
 *
 * Returns: what to pass to waymark_property_binding_end_edit()
 */
gboolean
waymark_property_binding_begin_edit (WaymarkPropertyBinding *self)
{
  StandIn *stand_in;

  g_return_val_if_fail (WAYMARK_IS_PROPERTY_BINDING (self), FALSE);

  stand_in = g_object_get_data (self->object, STAND_IN_KEY);
  if (stand_in == NULL || is_in_journey (self))
    return FALSE;

  waymark_document_begin_group (self->document, stand_in->label);
  waymark_document_insert (self->document, stand_in->list, G_MAXUINT, self->object);

  return TRUE;
}

void
waymark_property_binding_end_edit (WaymarkPropertyBinding *self,
                                   gboolean                begun)
{
  g_return_if_fail (WAYMARK_IS_PROPERTY_BINDING (self));

  if (begun)
    waymark_document_end_group (self->document);
}

/**
 * waymark_property_binding_set_value:
 *
 * Sets the property through the document: one undo step (with the
 * insertion of a stand-in).
 */
void
waymark_property_binding_set_value (WaymarkPropertyBinding *self,
                                    const GValue           *value)
{
  gboolean begun;

  g_return_if_fail (WAYMARK_IS_PROPERTY_BINDING (self));
  g_return_if_fail (G_IS_VALUE (value));

  begun = waymark_property_binding_begin_edit (self);
  waymark_document_set_value (self->document, self->object, self->pspec->name, value);
  waymark_property_binding_end_edit (self, begun);
}

/**
 * waymark_property_binding_set_string:
 * @value: (nullable): the new value
 */
void
waymark_property_binding_set_string (WaymarkPropertyBinding *self,
                                     const char             *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_if_fail (WAYMARK_IS_PROPERTY_BINDING (self));

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value);
  waymark_property_binding_set_value (self, &gvalue);
}

/**
 * waymark_property_binding_new_row:
 * @row_type: a row type with a construct-only "binding" property
 *
 * What the rows' constructors share: a row of @row_type titled @title,
 * bound to @property of @object.
 *
 * Returns: (transfer floating): the row
 */
gpointer
waymark_property_binding_new_row (GType            row_type,
                                  WaymarkDocument *document,
                                  gpointer         object,
                                  const char      *property,
                                  const char      *title)
{
  g_autoptr(WaymarkPropertyBinding) binding = NULL;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);

  binding = waymark_property_binding_new (document, object, property);

  return g_object_new (row_type,
                       "binding", binding,
                       "title", title,
                       NULL);
}

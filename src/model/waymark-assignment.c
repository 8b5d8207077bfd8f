/* waymark-assignment.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "waymark-assignment.h"
#include "waymark-model-private.h"

/* One cell of the accountability matrix: the letters of a role for a row. */
struct _WaymarkAssignment
{
  WaymarkItem parent_instance;

  char *row;
  char *role;
  WaymarkRaci raci;
};

G_DEFINE_FINAL_TYPE (WaymarkAssignment, waymark_assignment, WAYMARK_TYPE_ITEM)

enum {
  PROP_0,
  PROP_ROW,
  PROP_ROLE,
  PROP_RACI,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
waymark_assignment_finalize (GObject *object)
{
  WaymarkAssignment *self = (WaymarkAssignment *)object;

  g_clear_pointer (&self->row, g_free);
  g_clear_pointer (&self->role, g_free);

  G_OBJECT_CLASS (waymark_assignment_parent_class)->finalize (object);
}

static void
waymark_assignment_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  WaymarkAssignment *self = WAYMARK_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_string (value, waymark_assignment_get_row (self));
      break;

    case PROP_ROLE:
      g_value_set_string (value, waymark_assignment_get_role (self));
      break;

    case PROP_RACI:
      g_value_set_flags (value, self->raci);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_assignment_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  WaymarkAssignment *self = WAYMARK_ASSIGNMENT (object);

  switch (prop_id)
    {
    case PROP_ROW:
      waymark_assignment_set_row (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      waymark_assignment_set_role (self, g_value_get_string (value));
      break;

    case PROP_RACI:
      waymark_assignment_set_raci (self, g_value_get_flags (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_assignment_class_init (WaymarkAssignmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = waymark_assignment_finalize;
  object_class->get_property = waymark_assignment_get_property;
  object_class->set_property = waymark_assignment_set_property;

  properties [PROP_ROW] =
    g_param_spec_string ("row", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_RACI] =
    g_param_spec_flags ("raci", NULL, NULL,
                        WAYMARK_TYPE_RACI,
                        0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_assignment_init (WaymarkAssignment *self)
{
}

WaymarkAssignment *
waymark_assignment_new (const char *id)
{
  return g_object_new (WAYMARK_TYPE_ASSIGNMENT,
                       "id", id,
                       NULL);
}

/**
 * waymark_assignment_get_row:
 *
 * Returns: the id of the stage, handoff or activity
 */
const char *
waymark_assignment_get_row (WaymarkAssignment *self)
{
  g_return_val_if_fail (WAYMARK_IS_ASSIGNMENT (self), NULL);

  return self->row ? self->row : "";
}

void
waymark_assignment_set_row (WaymarkAssignment *self,
                            const char *row)
{
  g_return_if_fail (WAYMARK_IS_ASSIGNMENT (self));

  if (_waymark_set_str (&self->row, row))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROW]);
}

/**
 * waymark_assignment_get_role:
 *
 * Returns: the id of the role
 */
const char *
waymark_assignment_get_role (WaymarkAssignment *self)
{
  g_return_val_if_fail (WAYMARK_IS_ASSIGNMENT (self), NULL);

  return self->role ? self->role : "";
}

void
waymark_assignment_set_role (WaymarkAssignment *self,
                             const char *role)
{
  g_return_if_fail (WAYMARK_IS_ASSIGNMENT (self));

  if (_waymark_set_str (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ROLE]);
}

/**
 * waymark_assignment_get_raci:
 *
 * Returns: the letters R, A, C and I
 */
WaymarkRaci
waymark_assignment_get_raci (WaymarkAssignment *self)
{
  g_return_val_if_fail (WAYMARK_IS_ASSIGNMENT (self), 0);

  return self->raci;
}

void
waymark_assignment_set_raci (WaymarkAssignment *self,
                             WaymarkRaci raci)
{
  g_return_if_fail (WAYMARK_IS_ASSIGNMENT (self));

  if (self->raci != raci)
    {
      self->raci = raci;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_RACI]);
    }
}

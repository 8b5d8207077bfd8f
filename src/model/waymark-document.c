/* waymark-document.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <gobject/gvaluecollector.h>

#include "waymark-document-private.h"

/* Every edit is built from three primitive commands: set properties of an
 * object, insert an item into a list, remove one. A group holds what one
 * gesture did and is undone and redone as a whole.
 *
 * Each command, done or undone, says what it changed as a WaymarkChange;
 * the changes of a gesture are emitted one by one as ::change once the
 * whole gesture is applied, then ::changed once. */
typedef enum
{
  COMMAND_SET,
  COMMAND_INSERT,
  COMMAND_REMOVE,
} CommandKind;

/* One property of a set command. */
typedef struct
{
  GParamSpec  *pspec;
  GValue       old_value;
  GValue       new_value;
} Setting;

typedef struct
{
  CommandKind  kind;
  GObject     *object;
  /* Insert and remove. */
  GListStore  *list;
  guint        position;
  /* Set: Setting, in the order given; undone in reverse. */
  GArray      *settings;
} Command;

typedef struct
{
  char          *label;
  GPtrArray     *commands;
  guint64        serial;
  /* Whose visit (a field's) recorded the group and may still add to it. */
  gconstpointer  merge_key;
} Group;

struct _WaymarkDocument
{
  GObject         parent_instance;

  WaymarkJourney *journey;
  GFile          *file;

  GPtrArray      *undo_stack;
  GPtrArray      *redo_stack;
  Group          *current;
  guint           depth;
  guint64         next_serial;
  guint64         saved_serial;

  /* WaymarkChange: what the gesture being applied changed so far. */
  GPtrArray      *pending;

  /* The visit whose edit is being made, between begin_merge and
   * end_merge. */
  gconstpointer   merge_key;
};

G_DEFINE_FINAL_TYPE (WaymarkDocument, waymark_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_JOURNEY,
  PROP_FILE,
  PROP_TITLE,
  PROP_DIRTY,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

enum {
  CHANGE,
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void
setting_clear (Setting *setting)
{
  if (G_IS_VALUE (&setting->old_value))
    g_value_unset (&setting->old_value);
  if (G_IS_VALUE (&setting->new_value))
    g_value_unset (&setting->new_value);
}

static void
command_free (Command *command)
{
  /* A command merged into another step leaves a hole. */
  if (command == NULL)
    return;

  g_clear_object (&command->object);
  g_clear_object (&command->list);
  g_clear_pointer (&command->settings, g_array_unref);
  g_free (command);
}

static void
group_free (Group *group)
{
  g_clear_pointer (&group->commands, g_ptr_array_unref);
  g_free (group->label);
  g_free (group);
}

static gboolean
is_cell_property (GParamSpec *pspec)
{
  return g_str_equal (pspec->name, "stage") || g_str_equal (pspec->name, "lane");
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (pspec->value_type == G_TYPE_DOUBLE)
    {
      /* GParamSpecDouble calls NAN, "not set", equal to every number. */
      double x = g_value_get_double (a);
      double y = g_value_get_double (b);

      return (isnan (x) && isnan (y)) || x == y;
    }

  if (pspec->value_type == G_TYPE_STRV)
    /* GParamSpecBoxed compares pointers; compare the strings themselves. */
    return _waymark_strv_equal (g_value_get_boxed (a), g_value_get_boxed (b));

  return g_param_values_cmp (pspec, a, b) == 0;
}

/* What a set command changed: a touchpoint that changed its stage or lane
 * moved (one change, with both cells), an assignment is a matrix cell,
 * anything else changed properties. */
static void
describe_set (WaymarkDocument *self,
              Command         *command,
              const char      *old_stage,
              const char      *old_lane)
{
  gboolean moved = FALSE;

  if (WAYMARK_IS_ASSIGNMENT (command->object))
    {
      g_ptr_array_add (self->pending,
                       _waymark_change_new_matrix_cell (self->journey,
                                                        WAYMARK_ASSIGNMENT (command->object),
                                                        NULL, 0));
      return;
    }

  for (guint i = 0; i < command->settings->len; i++)
    {
      Setting *setting = &g_array_index (command->settings, Setting, i);

      if (old_stage != NULL && is_cell_property (setting->pspec))
        {
          if (!moved)
            g_ptr_array_add (self->pending,
                             _waymark_change_new_moved (self->journey,
                                                        WAYMARK_TOUCHPOINT (command->object),
                                                        old_stage, old_lane));
          moved = TRUE;
        }
      else
        {
          g_ptr_array_add (self->pending,
                           _waymark_change_new_property (command->object, setting->pspec));
        }
    }
}

static void
describe_list (WaymarkDocument *self,
               Command         *command,
               gboolean         inserted)
{
  GListModel *list = G_LIST_MODEL (command->list);

  if (WAYMARK_IS_ASSIGNMENT (command->object))
    g_ptr_array_add (self->pending,
                     _waymark_change_new_matrix_cell (self->journey,
                                                      WAYMARK_ASSIGNMENT (command->object),
                                                      list, command->position));
  else
    g_ptr_array_add (self->pending,
                     _waymark_change_new_list (inserted ? WAYMARK_CHANGE_INSERTED
                                                        : WAYMARK_CHANGE_REMOVED,
                                               command->object, list, command->position));
}

static void
apply_set (WaymarkDocument *self,
           Command         *command,
           gboolean         forward)
{
  GArray *settings = command->settings;
  g_autofree char *old_stage = NULL;
  g_autofree char *old_lane = NULL;

  if (WAYMARK_IS_TOUCHPOINT (command->object))
    {
      old_stage = g_strdup (waymark_touchpoint_get_stage (WAYMARK_TOUCHPOINT (command->object)));
      old_lane = g_strdup (waymark_touchpoint_get_lane (WAYMARK_TOUCHPOINT (command->object)));
    }

  /* One notification per property, after all of them are set: the cell
   * index sees a move to another stage and lane as one. */
  g_object_freeze_notify (command->object);
  for (guint i = 0; i < settings->len; i++)
    {
      Setting *setting = &g_array_index (settings, Setting,
                                         forward ? i : settings->len - 1 - i);

      g_object_set_property (command->object, setting->pspec->name,
                             forward ? &setting->new_value : &setting->old_value);
    }
  g_object_thaw_notify (command->object);

  describe_set (self, command, old_stage, old_lane);
}

static void
command_apply (WaymarkDocument *self,
               Command         *command,
               gboolean         forward)
{
  gboolean inserting;

  switch (command->kind)
    {
    case COMMAND_SET:
      apply_set (self, command, forward);
      return;

    case COMMAND_INSERT:
    case COMMAND_REMOVE:
      inserting = (command->kind == COMMAND_INSERT) == forward;
      if (inserting)
        g_list_store_insert (command->list, command->position, command->object);
      else
        g_list_store_remove (command->list, command->position);
      /* Metrics and outcomes live in lists the journey does not watch. */
      waymark_journey_invalidate_index (self->journey);
      describe_list (self, command, inserting);
      return;

    default:
      g_assert_not_reached ();
    }
}

/* The end of a gesture, its undo or its redo: say what changed. */
static void
emit_changes (WaymarkDocument *self)
{
  g_autoptr(GPtrArray) changes = g_steal_pointer (&self->pending);

  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify)waymark_change_unref);

  for (guint i = 0; i < changes->len; i++)
    g_signal_emit (self, signals [CHANGE], 0, g_ptr_array_index (changes, i));
  g_signal_emit (self, signals [CHANGED], 0);
}

/* The last step takes no more edits of the visit that made it. */
static void
close_top_merge (WaymarkDocument *self)
{
  if (self->undo_stack->len > 0)
    ((Group *)g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->merge_key = NULL;
}

static guint64
current_serial (WaymarkDocument *self)
{
  if (self->undo_stack->len == 0)
    return 0;

  return ((Group *)g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->serial;
}

typedef struct
{
  gboolean dirty;
  gboolean can_undo;
  gboolean can_redo;
} State;

static State
get_state (WaymarkDocument *self)
{
  return (State) {
    waymark_document_get_dirty (self),
    waymark_document_get_can_undo (self),
    waymark_document_get_can_redo (self),
  };
}

static void
notify_state (WaymarkDocument *self,
              State            before)
{
  State after = get_state (self);

  if (before.dirty != after.dirty)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DIRTY]);
  if (before.can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_UNDO]);
  if (before.can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REDO_LABEL]);
}

static void
on_journey_notify_title_cb (WaymarkDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

static void
waymark_document_dispose (GObject *object)
{
  WaymarkDocument *self = (WaymarkDocument *)object;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->current, group_free);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_object (&self->journey);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (waymark_document_parent_class)->dispose (object);
}

static void
waymark_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WaymarkDocument *self = WAYMARK_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      g_value_set_object (value, self->journey);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TITLE:
      g_value_take_string (value, waymark_document_dup_title (self));
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, waymark_document_get_dirty (self));
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, waymark_document_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, waymark_document_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, waymark_document_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, waymark_document_get_redo_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_document_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WaymarkDocument *self = WAYMARK_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_JOURNEY:
      self->journey = g_value_dup_object (value);
      if (self->journey == NULL)
        self->journey = waymark_journey_new ();
      g_signal_connect_object (self->journey,
                               "notify::title",
                               G_CALLBACK (on_journey_notify_title_cb),
                               self,
                               G_CONNECT_SWAPPED);
      break;

    case PROP_FILE:
      waymark_document_set_file (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_document_class_init (WaymarkDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = waymark_document_dispose;
  object_class->get_property = waymark_document_get_property;
  object_class->set_property = waymark_document_set_property;

  properties [PROP_JOURNEY] =
    g_param_spec_object ("journey", NULL, NULL,
                         WAYMARK_TYPE_JOURNEY,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_STATIC_STRINGS));

  properties [PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_STATIC_STRINGS));

  properties [PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE |
                           G_PARAM_STATIC_STRINGS));

  properties [PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WaymarkDocument::change:
   * @change: what changed
   *
   * Emitted for each change an edit, an undo or a redo made, in the order
   * they were made, once the whole edit is applied (so the journey is
   * consistent again) and before ::changed: for a view that redraws only
   * what changed.
   */
  signals [CHANGE] =
    g_signal_new ("change",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  WAYMARK_TYPE_CHANGE | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * WaymarkDocument::changed:
   *
   * Emitted once after each edit, undo and redo: the moment to schedule an
   * autosave or refresh a summary.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
waymark_document_init (WaymarkDocument *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify)group_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify)group_free);
  self->pending = g_ptr_array_new_with_free_func ((GDestroyNotify)waymark_change_unref);
  self->next_serial = 1;
}

/**
 * waymark_document_new:
 * @journey: (nullable): the journey to edit, or %NULL for an empty one
 */
WaymarkDocument *
waymark_document_new (WaymarkJourney *journey)
{
  return g_object_new (WAYMARK_TYPE_DOCUMENT,
                       "journey", journey,
                       NULL);
}

WaymarkJourney *
waymark_document_get_journey (WaymarkDocument *self)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  return self->journey;
}

/**
 * waymark_document_get_file:
 *
 * Returns: (nullable) (transfer none): where the document is saved
 */
GFile *
waymark_document_get_file (WaymarkDocument *self)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  return self->file;
}

void
waymark_document_set_file (WaymarkDocument *self,
                           GFile           *file)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (!file || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FILE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
    }
}

/**
 * waymark_document_dup_title:
 *
 * Returns: (transfer full): the journey's title, else the file's name
 */
char *
waymark_document_dup_title (WaymarkDocument *self)
{
  const char *title;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  title = waymark_journey_get_title (self->journey);
  if (title[0] != '\0')
    return g_strdup (title);

  if (self->file != NULL)
    return g_file_get_basename (self->file);

  return g_strdup (_("Untitled Journey"));
}

gboolean
waymark_document_get_dirty (WaymarkDocument *self)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), FALSE);

  return current_serial (self) != self->saved_serial;
}

/* Undoing back to this point makes the document clean again. */
void
waymark_document_mark_saved (WaymarkDocument *self)
{
  State before;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));

  before = get_state (self);
  self->saved_serial = current_serial (self);
  /* Undo goes back to what was saved, not beyond it. */
  close_top_merge (self);
  notify_state (self, before);
}

/* For a document restored from a draft: no state of its history matches
 * what is on disk. */
void
waymark_document_mark_dirty (WaymarkDocument *self)
{
  State before;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));

  before = get_state (self);
  self->saved_serial = G_MAXUINT64;
  notify_state (self, before);
}

gboolean
waymark_document_get_can_undo (WaymarkDocument *self)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
waymark_document_get_can_redo (WaymarkDocument *self)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), FALSE);

  return self->redo_stack->len > 0;
}

static const char *
top_label (GPtrArray *stack)
{
  if (stack->len == 0)
    return NULL;

  return ((Group *)g_ptr_array_index (stack, stack->len - 1))->label;
}

/**
 * waymark_document_get_undo_label:
 *
 * Returns: (nullable): what undo would take back, "Rename Stage"
 */
const char *
waymark_document_get_undo_label (WaymarkDocument *self)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  return top_label (self->undo_stack);
}

const char *
waymark_document_get_redo_label (WaymarkDocument *self)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), NULL);

  return top_label (self->redo_stack);
}

static gboolean
move_group (WaymarkDocument *self,
            GPtrArray       *from,
            GPtrArray       *to,
            gboolean         forward)
{
  State before;
  Group *group;

  if (from->len == 0 || self->depth > 0)
    return FALSE;

  before = get_state (self);
  group = g_ptr_array_steal_index (from, from->len - 1);
  /* Typing on after an undo or a redo is a step of its own. */
  group->merge_key = NULL;
  close_top_merge (self);

  if (forward)
    for (guint i = 0; i < group->commands->len; i++)
      command_apply (self, g_ptr_array_index (group->commands, i), TRUE);
  else
    for (guint i = group->commands->len; i > 0; i--)
      command_apply (self, g_ptr_array_index (group->commands, i - 1), FALSE);

  g_ptr_array_add (to, group);

  notify_state (self, before);
  emit_changes (self);

  return TRUE;
}

gboolean
waymark_document_undo (WaymarkDocument *self)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), FALSE);

  return move_group (self, self->undo_stack, self->redo_stack, FALSE);
}

gboolean
waymark_document_redo (WaymarkDocument *self)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), FALSE);

  return move_group (self, self->redo_stack, self->undo_stack, TRUE);
}

/* Folds @group, the edit that just ended, into @into, the step of the
 * merge: one setting per object and property, holding the first old value
 * and the last new one. Only set commands fold; anything else follows. */
static void
merge_group (Group *into,
             Group *group)
{
  for (guint c = 0; c < group->commands->len; c++)
    {
      Command *command = g_ptr_array_index (group->commands, c);
      Command *found = NULL;

      for (guint t = 0; command->kind == COMMAND_SET && t < into->commands->len; t++)
        {
          Command *target = g_ptr_array_index (into->commands, t);

          if (target->kind == COMMAND_SET && target->object == command->object)
            found = target;
          else if (target->kind != COMMAND_SET)
            found = NULL;
        }

      if (found == NULL)
        {
          g_ptr_array_add (into->commands, g_ptr_array_index (group->commands, c));
          group->commands->pdata[c] = NULL;
          continue;
        }

      for (guint i = 0; i < command->settings->len; i++)
        {
          Setting *setting = &g_array_index (command->settings, Setting, i);
          gboolean merged = FALSE;

          for (guint j = 0; j < found->settings->len && !merged; j++)
            {
              Setting *old = &g_array_index (found->settings, Setting, j);

              if (old->pspec == setting->pspec)
                {
                  g_value_copy (&setting->new_value, &old->new_value);
                  merged = TRUE;
                }
            }

          if (!merged)
            {
              Setting copy = { setting->pspec, G_VALUE_INIT, G_VALUE_INIT };

              g_value_init (&copy.old_value, setting->pspec->value_type);
              g_value_copy (&setting->old_value, &copy.old_value);
              g_value_init (&copy.new_value, setting->pspec->value_type);
              g_value_copy (&setting->new_value, &copy.new_value);
              g_array_append_val (found->settings, copy);
            }
        }
    }

  /* Typed back to where the visit began: those settings do nothing. */
  for (guint t = into->commands->len; t > 0; t--)
    {
      Command *target = g_ptr_array_index (into->commands, t - 1);

      if (target->kind != COMMAND_SET)
        continue;

      for (guint j = target->settings->len; j > 0; j--)
        {
          Setting *setting = &g_array_index (target->settings, Setting, j - 1);

          if (values_equal (setting->pspec, &setting->old_value, &setting->new_value))
            g_array_remove_index (target->settings, j - 1);
        }

      if (target->settings->len == 0)
        g_ptr_array_remove_index (into->commands, t - 1);
    }
}

/* The last step, if the visit making an edit recorded it and nothing was
 * done, undone or saved since. */
static Group *
get_merge_group (WaymarkDocument *self)
{
  Group *top;

  if (self->merge_key == NULL || self->undo_stack->len == 0 || self->redo_stack->len > 0)
    return NULL;

  top = g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1);

  return top->merge_key == self->merge_key ? top : NULL;
}

/**
 * waymark_document_begin_group:
 * @label: what the user did, shown as "Undo @label"
 *
 * Groups nest; the outermost label names the whole group.
 */
void
waymark_document_begin_group (WaymarkDocument *self,
                              const char      *label)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));

  if (self->depth++ == 0)
    {
      self->current = g_new0 (Group, 1);
      self->current->label = g_strdup (label);
      self->current->commands = g_ptr_array_new_with_free_func ((GDestroyNotify)command_free);
    }
}

void
waymark_document_end_group (WaymarkDocument *self)
{
  State before;
  Group *group;
  Group *into;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    return;

  group = g_steal_pointer (&self->current);
  if (group->commands->len == 0)
    {
      group_free (group);
      return;
    }

  /* The stacks have not moved yet, so this is the state before the group. */
  before = get_state (self);

  into = get_merge_group (self);
  if (into != NULL)
    {
      merge_group (into, group);
      group_free (group);
      /* A new state of the document, not the one a save may have seen. */
      into->serial = self->next_serial++;

      if (into->commands->len == 0)
        g_ptr_array_remove_index (self->undo_stack, self->undo_stack->len - 1);
    }
  else
    {
      group->serial = self->next_serial++;
      group->merge_key = self->merge_key;
      g_ptr_array_add (self->undo_stack, group);
      g_ptr_array_set_size (self->redo_stack, 0);
    }

  notify_state (self, before);
  emit_changes (self);
}

/**
 * waymark_document_get_last_step:
 *
 * Returns: what names the step Undo would take back now, for
 *   waymark_document_join_steps(); 0 when there is nothing to undo
 */
guint64
waymark_document_get_last_step (WaymarkDocument *self)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), 0);

  return current_serial (self);
}

/**
 * waymark_document_join_steps:
 * @step: a step from waymark_document_get_last_step()
 *
 * Makes the steps done since @step part of it, under its label, so that
 * one Undo takes them all back: the title typed into a card that typing
 * created is part of adding it. Nothing is joined when @step is no longer
 * on the undo stack, or when the document was saved after it (Undo would
 * no longer come back to the saved state).
 *
 * Returns: whether steps were joined
 */
gboolean
waymark_document_join_steps (WaymarkDocument *self,
                             guint64          step)
{
  State before;
  Group *into;
  guint i;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (self), FALSE);

  if (step == 0 || self->depth > 0)
    return FALSE;

  for (i = self->undo_stack->len; i > 0; i--)
    if (((Group *)g_ptr_array_index (self->undo_stack, i - 1))->serial == step)
      break;
  if (i == 0 || i == self->undo_stack->len)
    return FALSE;

  /* The states after each step but the last one go away. */
  for (guint j = i - 1; j + 1 < self->undo_stack->len; j++)
    if (((Group *)g_ptr_array_index (self->undo_stack, j))->serial == self->saved_serial)
      return FALSE;

  before = get_state (self);
  into = g_ptr_array_index (self->undo_stack, i - 1);
  while (self->undo_stack->len > i)
    {
      Group *group = g_ptr_array_steal_index (self->undo_stack, i);

      g_ptr_array_extend_and_steal (into->commands, g_steal_pointer (&group->commands));
      /* @step keeps naming the whole; saved after the last, still saved. */
      if (group->serial == self->saved_serial)
        self->saved_serial = into->serial;
      group_free (group);
    }
  notify_state (self, before);

  return TRUE;
}

/**
 * waymark_document_begin_merge:
 * @key: the visit making the edit: a field, say
 *
 * The edits until waymark_document_end_merge() are part of @key's visit:
 * they go into the undo step the visit recorded last, as long as it is
 * still the last step (nothing else was done, nothing undone, redone or
 * saved since) and waymark_document_close_merge() did not end the visit.
 * One undo then takes back the whole visit to a field. A step whose edits
 * come back to the values of before is dropped.
 */
void
waymark_document_begin_merge (WaymarkDocument *self,
                              gconstpointer    key)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (key != NULL);
  g_return_if_fail (self->depth == 0);

  self->merge_key = key;
}

void
waymark_document_end_merge (WaymarkDocument *self)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));

  self->merge_key = NULL;
}

/**
 * waymark_document_close_merge:
 * @key: a visit, as given to waymark_document_begin_merge()
 *
 * The visit ended (the focus left the field): its step takes no more
 * edits, the next visit starts a step of its own.
 */
void
waymark_document_close_merge (WaymarkDocument *self,
                              gconstpointer    key)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));

  for (guint i = 0; i < self->undo_stack->len; i++)
    {
      Group *group = g_ptr_array_index (self->undo_stack, i);

      if (group->merge_key == key)
        group->merge_key = NULL;
    }
}

static void
push_command (WaymarkDocument *self,
              Command         *command)
{
  g_assert (self->current != NULL);

  command_apply (self, command, TRUE);
  g_ptr_array_add (self->current->commands, command);
}

/* Adds @value for @pspec to @settings, unless it equals the current one. */
static void
add_setting (GArray       *settings,
             GObject      *object,
             GParamSpec   *pspec,
             const GValue *value)
{
  Setting setting = { pspec, G_VALUE_INIT, G_VALUE_INIT };

  g_value_init (&setting.old_value, pspec->value_type);
  g_object_get_property (object, pspec->name, &setting.old_value);
  g_value_init (&setting.new_value, pspec->value_type);
  g_value_copy (value, &setting.new_value);
  g_param_value_validate (pspec, &setting.new_value);

  if (values_equal (pspec, &setting.old_value, &setting.new_value))
    setting_clear (&setting);
  else
    g_array_append_val (settings, setting);
}

static GArray *
settings_new (void)
{
  GArray *settings = g_array_new (FALSE, TRUE, sizeof (Setting));

  g_array_set_clear_func (settings, (GDestroyNotify)setting_clear);

  return settings;
}

/* One command for every property that really changes; none if none does. */
static void
record_set (WaymarkDocument *self,
            GObject         *object,
            GArray          *settings)
{
  Command *command;

  if (settings->len == 0)
    return;

  command = g_new0 (Command, 1);
  command->kind = COMMAND_SET;
  command->object = g_object_ref (object);
  command->settings = g_array_ref (settings);
  push_command (self, command);
}

void
waymark_document_set_value (WaymarkDocument *self,
                            gpointer         object,
                            const char      *property,
                            const GValue    *value)
{
  g_autoptr(GArray) settings = NULL;
  GParamSpec *pspec;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL && (pspec->flags & G_PARAM_WRITABLE));

  settings = settings_new ();
  add_setting (settings, object, pspec, value);

  waymark_document_begin_group (self, _("Edit"));
  record_set (self, object, settings);
  waymark_document_end_group (self);
}

/**
 * waymark_document_set:
 * @object: a model object of the document's journey
 * @first_property: the first property's name, followed by its value, then
 *   more names and values, ending with %NULL
 *
 * Sets properties as g_object_set() would, as one undoable edit; a value
 * equal to the current one records nothing. The properties are set
 * together: a touchpoint given a new stage and lane moves in one step.
 */
void
waymark_document_set (WaymarkDocument *self,
                      gpointer         object,
                      const char      *first_property,
                      ...)
{
  g_autoptr(GArray) settings = NULL;
  va_list args;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_OBJECT (object));

  settings = settings_new ();

  va_start (args, first_property);
  for (const char *name = first_property; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *error = NULL;

      if (pspec == NULL)
        {
          g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (object), name);
          break;
        }

      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s", error);
          break;
        }

      add_setting (settings, object, pspec, &value);
    }
  va_end (args);

  waymark_document_begin_group (self, _("Edit"));
  record_set (self, object, settings);
  waymark_document_end_group (self);
}

static void
record_list (WaymarkDocument *self,
             CommandKind      kind,
             GListModel      *list,
             guint            position,
             gpointer         item)
{
  Command *command;

  g_return_if_fail (G_IS_LIST_STORE (list));

  command = g_new0 (Command, 1);
  command->kind = kind;
  command->list = g_object_ref (G_LIST_STORE (list));
  command->position = position;
  command->object = g_object_ref (item);
  push_command (self, command);
}

/* For the commands: insert or remove inside their own group. */
void
_waymark_document_record_insert (WaymarkDocument *self,
                                 GListModel      *list,
                                 guint            position,
                                 gpointer         item)
{
  g_assert (self->current != NULL);

  record_list (self, COMMAND_INSERT, list, MIN (position, g_list_model_get_n_items (list)), item);
}

void
waymark_document_insert (WaymarkDocument *self,
                         GListModel      *list,
                         guint            position,
                         gpointer         item)
{
  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_LIST_STORE (list));
  g_return_if_fail (WAYMARK_IS_ITEM (item));

  position = MIN (position, g_list_model_get_n_items (list));

  waymark_document_begin_group (self, _("Add"));
  record_list (self, COMMAND_INSERT, list, position, item);
  waymark_document_end_group (self);
}

/**
 * waymark_document_remove:
 * @item: an item of the document's journey
 *
 * Removes @item and whatever refers to it as one undoable edit: a stage
 * takes its touchpoints, handoffs and matrix cells with it, a role its
 * cells, a persona or channel is dropped from the touchpoints and content
 * that named it.
 */
void
waymark_document_remove (WaymarkDocument *self,
                         gpointer         item)
{
  GListModel *list;
  guint position;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (WAYMARK_IS_ITEM (item));

  /* The item may be dropped from its list before we are done with it. */
  g_object_ref (item);

  waymark_document_begin_group (self, _("Delete"));

  _waymark_document_remove_references (self, item);

  list = waymark_journey_find_list (self->journey, item, &position);
  if (list != NULL)
    record_list (self, COMMAND_REMOVE, list, position, item);

  _waymark_document_close_gap (self, item);

  waymark_document_end_group (self);

  g_object_unref (item);
}

/**
 * waymark_document_reorder:
 *
 * Moves @item to @position within its own list. A stage keeps one handoff
 * between each pair of neighbouring stages: the handoffs of pairs that
 * part go, with their agreement and cells, to the pairs that meet.
 */
void
waymark_document_reorder (WaymarkDocument *self,
                          gpointer         item,
                          guint            position)
{
  GListModel *list;
  guint current;

  g_return_if_fail (WAYMARK_IS_DOCUMENT (self));
  g_return_if_fail (WAYMARK_IS_ITEM (item));

  list = waymark_journey_find_list (self->journey, item, &current);
  g_return_if_fail (list != NULL);

  position = MIN (position, g_list_model_get_n_items (list) - 1);
  if (position == current)
    return;

  g_object_ref (item);
  waymark_document_begin_group (self, _("Move"));
  record_list (self, COMMAND_REMOVE, list, current, item);
  record_list (self, COMMAND_INSERT, list, position, item);
  _waymark_document_after_reorder (self, item, current);
  waymark_document_end_group (self);
  g_object_unref (item);
}

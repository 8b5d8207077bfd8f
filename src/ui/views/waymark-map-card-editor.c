/* waymark-map-card-editor.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-edit-commit.h"
#include "waymark-emotion-row.h"
#include "waymark-entry-property-row.h"
#include "waymark-enum-row.h"
#include "waymark-map-card-editor.h"
#include "waymark-personas-row.h"
#include "waymark-stage-row.h"
#include "waymark-text-row.h"

/* The editor of one card of the map, a popover pointing at it: title,
 * kind, channel, emotion, personas and notes, each a property row, so
 * every field is an edit through the document and the card follows.
 * Enter in the title and Escape close it; Escape first gives up the
 * typing in progress in a field, as everywhere. A card that typing made
 * joins everything done in its editor to adding it: one undo step. */

struct _WaymarkMapCardEditor
{
  GtkPopover         parent_instance;

  GtkListBox        *rows;
  GtkWidget         *title_row;

  WaymarkDocument   *document;
  WaymarkTouchpoint *touchpoint;
  guint64            join_step;
};

G_DEFINE_FINAL_TYPE (WaymarkMapCardEditor, waymark_map_card_editor, GTK_TYPE_POPOVER)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_TOUCHPOINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
kind_title (int kind)
{
  switch ((WaymarkTouchpointKind)kind)
    {
    case WAYMARK_TOUCHPOINT_KIND_TOUCHPOINT:
      return C_("kind", "Touchpoint");
    case WAYMARK_TOUCHPOINT_KIND_DECISION:
      return C_("kind", "Decision point");
    case WAYMARK_TOUCHPOINT_KIND_PAIN:
      return C_("kind", "Pain point");
    case WAYMARK_TOUCHPOINT_KIND_OPPORTUNITY:
      return C_("kind", "Opportunity");
    case WAYMARK_TOUCHPOINT_KIND_UNSET:
    default:
      /* Translators: the kind of a touchpoint that has none in the file */
      return C_("kind", "Not set");
    }
}

/* The text field of the row @focus is in: an entry row, or the text view
 * of a text row. */
static GtkWidget *
get_field (GtkWidget *focus)
{
  if (focus == NULL)
    return NULL;
  if (GTK_IS_TEXT_VIEW (focus))
    return focus;

  return gtk_widget_get_ancestor (focus, WAYMARK_TYPE_ENTRY_PROPERTY_ROW);
}

/* Whether @field holds typing of this visit that Escape would give up. */
static gboolean
has_edit_in_progress (GtkWidget *field)
{
  const char *committed = waymark_edit_commit_get_committed_text (field);
  g_autofree char *text = NULL;

  if (GTK_IS_EDITABLE (field))
    text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));
  else
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return committed != NULL && g_strcmp0 (text, committed) != 0;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   WaymarkMapCardEditor  *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *field;

  if (keyval != GDK_KEY_Escape)
    return FALSE;

  /* The list of a combo row closes first. */
  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != GTK_WIDGET (self))
    return FALSE;

  /* The field gives up its typing first; but the title of a card just
   * typed is kept. */
  field = get_field (focus);
  if (field != NULL && has_edit_in_progress (field) &&
      !(self->join_step && field == self->title_row))
    return FALSE;

  gtk_popover_popdown (GTK_POPOVER (self));
  return TRUE;
}

static void
on_title_activated_cb (WaymarkMapCardEditor *self)
{
  /* The row has committed the title: done. */
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
on_document_changed_cb (WaymarkMapCardEditor *self)
{
  /* While it is open (and the last commit as it closes), what the editor
   * of a card typing made does is part of adding the card. */
  if (self->join_step != 0)
    waymark_document_join_steps (self->document, self->join_step);
}

static void
add_row (WaymarkMapCardEditor *self,
         GtkWidget            *row)
{
  gtk_list_box_append (self->rows, row);
}

static void
waymark_map_card_editor_constructed (GObject *object)
{
  WaymarkMapCardEditor *self = (WaymarkMapCardEditor *)object;
  WaymarkJourney *journey;

  G_OBJECT_CLASS (waymark_map_card_editor_parent_class)->constructed (object);

  g_assert (WAYMARK_IS_DOCUMENT (self->document));
  g_assert (WAYMARK_IS_TOUCHPOINT (self->touchpoint));

  journey = waymark_document_get_journey (self->document);

  self->title_row = waymark_entry_property_row_new (self->document, self->touchpoint, "title",
                                                    _("Title"));
  gtk_widget_set_name (self->title_row, "title");
  /* Enter is "apply" with the apply button shown, "entry-activated" otherwise. */
  g_signal_connect_object (self->title_row, "apply",
                           G_CALLBACK (on_title_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_row, "entry-activated",
                           G_CALLBACK (on_title_activated_cb), self, G_CONNECT_SWAPPED);
  add_row (self, self->title_row);
  add_row (self, waymark_enum_row_new (self->document, self->touchpoint, "kind", _("Kind"),
                                       kind_title));
  add_row (self, waymark_stage_row_new_for_items (self->document, self->touchpoint, "channel",
                                                  _("Channel"),
                                                  waymark_journey_get_channels (journey),
                                                  C_("channel", "None")));
  add_row (self, waymark_emotion_row_new (self->document, self->touchpoint, "emotion",
                                          _("Emotion")));
  add_row (self, waymark_personas_row_new (self->document, self->touchpoint, "personas",
                                           _("Personas")));
  add_row (self, waymark_text_row_new (self->document, self->touchpoint, "notes", _("Notes")));

  g_signal_connect_object (self->document, "changed", G_CALLBACK (on_document_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
waymark_map_card_editor_dispose (GObject *object)
{
  WaymarkMapCardEditor *self = (WaymarkMapCardEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_MAP_CARD_EDITOR);
  g_clear_object (&self->document);
  g_clear_object (&self->touchpoint);

  G_OBJECT_CLASS (waymark_map_card_editor_parent_class)->dispose (object);
}

static void
waymark_map_card_editor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  WaymarkMapCardEditor *self = WAYMARK_MAP_CARD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_TOUCHPOINT:
      g_value_set_object (value, self->touchpoint);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_map_card_editor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  WaymarkMapCardEditor *self = WAYMARK_MAP_CARD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_TOUCHPOINT:
      self->touchpoint = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_map_card_editor_class_init (WaymarkMapCardEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = waymark_map_card_editor_constructed;
  object_class->dispose = waymark_map_card_editor_dispose;
  object_class->get_property = waymark_map_card_editor_get_property;
  object_class->set_property = waymark_map_card_editor_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         WAYMARK_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties[PROP_TOUCHPOINT] =
    g_param_spec_object ("touchpoint", NULL, NULL,
                         WAYMARK_TYPE_TOUCHPOINT,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/waymark/Waymark/views/"
                                               "waymark-map-card-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkMapCardEditor, rows);
}

static void
waymark_map_card_editor_init (WaymarkMapCardEditor *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Before the fields see Escape: see on_key_pressed_cb(). */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
waymark_map_card_editor_new (WaymarkDocument   *document,
                             WaymarkTouchpoint *touchpoint)
{
  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (WAYMARK_IS_TOUCHPOINT (touchpoint), NULL);

  return g_object_new (WAYMARK_TYPE_MAP_CARD_EDITOR,
                       "document", document,
                       "touchpoint", touchpoint,
                       NULL);
}

WaymarkTouchpoint *
waymark_map_card_editor_get_touchpoint (WaymarkMapCardEditor *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CARD_EDITOR (self), NULL);

  return self->touchpoint;
}

/**
 * waymark_map_card_editor_get_row:
 * @property: "title", "kind", "channel", "emotion", "personas" or "notes"
 *
 * Returns: (transfer none) (nullable): the row that edits @property
 */
GtkWidget *
waymark_map_card_editor_get_row (WaymarkMapCardEditor *self,
                                 const char           *property)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_CARD_EDITOR (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->rows)); row;
       row = gtk_widget_get_next_sibling (row))
    {
      WaymarkPropertyBinding *binding = NULL;

      g_object_get (row, "binding", &binding, NULL);
      if (binding != NULL)
        {
          gboolean found = g_str_equal (waymark_property_binding_get_property_name (binding),
                                        property);

          g_object_unref (binding);
          if (found)
            return row;
        }
    }

  return NULL;
}

/**
 * waymark_map_card_editor_join_step:
 * @step: the step that added the touchpoint
 *
 * Makes what is done in the editor part of @step, so that one undo takes
 * the card back with its title.
 */
void
waymark_map_card_editor_join_step (WaymarkMapCardEditor *self,
                                   guint64               step)
{
  g_return_if_fail (WAYMARK_IS_MAP_CARD_EDITOR (self));

  self->join_step = step;
}

/**
 * waymark_map_card_editor_focus_title:
 * @select_all: select the title, to replace it by typing; otherwise the
 *   cursor goes after it, to go on typing
 */
void
waymark_map_card_editor_focus_title (WaymarkMapCardEditor *self,
                                     gboolean              select_all)
{
  g_return_if_fail (WAYMARK_IS_MAP_CARD_EDITOR (self));

  if (!gtk_widget_grab_focus (self->title_row))
    return;
  if (select_all)
    gtk_editable_select_region (GTK_EDITABLE (self->title_row), 0, -1);
  else
    gtk_editable_set_position (GTK_EDITABLE (self->title_row), -1);
}

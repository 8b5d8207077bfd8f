/* waymark-matrix-view-actions.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns and rows of the Matrix view, edited from the matrix: add,
 * rename, move and delete roles and activities, and edit a handoff's
 * agreement. The actions ("matrix.rename-role" and so on) take the id of
 * the role, activity or handoff; the header menus name it. Each is one
 * command of the document, one undo step.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "waymark-matrix-import.h"
#include "waymark-matrix-view-private.h"
#include "waymark-message-dialog.h"
#include "waymark-toast.h"

typedef enum
{
  ASK_ADD_ROLE,
  ASK_RENAME,
  ASK_ADD_ACTIVITY,
  ASK_AGREEMENT,
} Ask;

typedef struct
{
  WaymarkMatrixView *self;
  WaymarkItem       *item;   /* nullable: the stage of a new activity */
  Ask                ask;
  GtkWidget         *entry;
} AskData;

static void
ask_data_free (gpointer  user_data,
               GClosure *closure)
{
  AskData *data = user_data;

  g_clear_object (&data->self);
  g_clear_object (&data->item);
  g_free (data);
}

static WaymarkItem *
lookup (WaymarkMatrixView *self,
        GVariant          *parameter)
{
  if (self->document == NULL || parameter == NULL)
    return NULL;

  return waymark_journey_lookup (waymark_document_get_journey (self->document),
                                 g_variant_get_string (parameter, NULL));
}

static void
on_ask_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    AskData          *data)
{
  WaymarkDocument *document = data->self->document;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (data->entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (!g_str_equal (response, "apply") || document == NULL)
    return;

  switch (data->ask)
    {
    case ASK_ADD_ROLE:
      if (stripped[0] != '\0')
        waymark_document_add_role (document, G_MAXUINT, stripped);
      break;
    case ASK_RENAME:
      if (stripped[0] != '\0')
        waymark_document_rename (document, data->item, stripped);
      break;
    case ASK_ADD_ACTIVITY:
      if (stripped[0] != '\0')
        waymark_document_add_activity (document, G_MAXUINT, stripped,
                                       WAYMARK_IS_STAGE (data->item) ? WAYMARK_STAGE (data->item) : NULL);
      break;
    case ASK_AGREEMENT:
      waymark_document_set (document, data->item, "agreement", stripped, NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Asks for one line of text in a dialog, then does @ask with it. */
static void
ask_text (WaymarkMatrixView *self,
          Ask                ask,
          WaymarkItem       *item,
          const char        *heading,
          const char        *initial,
          const char        *apply)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  AskData *data = g_new0 (AskData, 1);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, NULL);
  data->self = g_object_ref (self);
  data->item = item ? g_object_ref (item) : NULL;
  data->ask = ask;
  data->entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (data->entry), initial ? initial : "");
  gtk_entry_set_activates_default (GTK_ENTRY (data->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (data->entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), data->entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", apply,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_ask_response_cb), data,
                         ask_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (data->entry);
}

static void
add_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ask_text (WAYMARK_MATRIX_VIEW (widget), ASK_ADD_ROLE, NULL,
            _("Add Role"), NULL, _("_Add"));
}

/* The stage a row belongs to: itself, an activity's, a handoff's from. */
static WaymarkItem *
stage_of_row (WaymarkMatrixView *self,
              WaymarkItem       *row)
{
  WaymarkJourney *journey = waymark_document_get_journey (self->document);

  if (WAYMARK_IS_ACTIVITY (row))
    return waymark_journey_lookup (journey, waymark_activity_get_stage (WAYMARK_ACTIVITY (row)));
  if (WAYMARK_IS_HANDOFF (row))
    return waymark_journey_lookup (journey, waymark_handoff_get_from (WAYMARK_HANDOFF (row)));

  return row;
}

static void
add_activity_here_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  WaymarkMatrixView *self = WAYMARK_MATRIX_VIEW (widget);
  WaymarkItem *stage = NULL;

  if (self->document == NULL)
    return;

  if (self->cursor_row < self->rows->len)
    stage = stage_of_row (self, g_ptr_array_index (self->rows, self->cursor_row));

  ask_text (self, ASK_ADD_ACTIVITY, stage, _("Add Activity"), NULL, _("_Add"));
}

static void
add_activity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  WaymarkMatrixView *self = WAYMARK_MATRIX_VIEW (widget);

  ask_text (self, ASK_ADD_ACTIVITY, lookup (self, parameter), _("Add Activity"), NULL, _("_Add"));
}

static void
rename_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WaymarkMatrixView *self = WAYMARK_MATRIX_VIEW (widget);
  WaymarkItem *item = lookup (self, parameter);

  if (item == NULL || !waymark_item_has_label (item))
    return;

  ask_text (self, ASK_RENAME, item,
            WAYMARK_IS_ROLE (item) ? _("Rename Role")
            : WAYMARK_IS_HANDOFF (item) ? _("Rename Handoff") : _("Rename Activity"),
            waymark_item_get_label (item), _("_Rename"));
}

static void
edit_agreement_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  WaymarkMatrixView *self = WAYMARK_MATRIX_VIEW (widget);
  WaymarkItem *item = lookup (self, parameter);

  if (!WAYMARK_IS_HANDOFF (item))
    return;

  ask_text (self, ASK_AGREEMENT, item, _("Agreement of the Handoff"),
            waymark_handoff_get_agreement (WAYMARK_HANDOFF (item)), _("_Save"));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WaymarkMatrixView *self = WAYMARK_MATRIX_VIEW (widget);
  WaymarkItem *item = lookup (self, parameter);

  if (WAYMARK_IS_ROLE (item) || WAYMARK_IS_ACTIVITY (item))
    waymark_document_remove (self->document, item);
}

static void
move_role (WaymarkMatrixView *self,
           GVariant          *parameter,
           int                delta)
{
  WaymarkItem *item = lookup (self, parameter);
  GListModel *list;
  guint position;

  if (!WAYMARK_IS_ROLE (item))
    return;

  list = waymark_journey_find_list (waymark_document_get_journey (self->document), item, &position);
  if (list == NULL || (delta < 0 && position == 0))
    return;

  waymark_document_reorder (self->document, item, position + delta);
}

static void
move_role_left_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  move_role (WAYMARK_MATRIX_VIEW (widget), parameter, -1);
}

static void
move_role_right_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  move_role (WAYMARK_MATRIX_VIEW (widget), parameter, +1);
}

/* An activity moves past the next one of its own stage: that is the
 * neighbour the matrix shows. */
static void
move_activity (WaymarkMatrixView *self,
               GVariant          *parameter,
               int                delta)
{
  WaymarkItem *item = lookup (self, parameter);
  WaymarkJourney *journey;
  GListModel *activities;
  guint position, n;

  if (!WAYMARK_IS_ACTIVITY (item))
    return;

  journey = waymark_document_get_journey (self->document);
  activities = waymark_journey_get_activities (journey);
  if (waymark_journey_find_list (journey, item, &position) != activities)
    return;

  n = g_list_model_get_n_items (activities);
  for (int i = (int)position + delta; i >= 0 && (guint)i < n; i += delta)
    {
      g_autoptr(WaymarkActivity) other = g_list_model_get_item (activities, i);

      if (g_strcmp0 (waymark_activity_get_stage (other),
                     waymark_activity_get_stage (WAYMARK_ACTIVITY (item))) == 0)
        {
          waymark_document_reorder (self->document, item, i);
          return;
        }
    }
}

static void
move_activity_up_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  move_activity (WAYMARK_MATRIX_VIEW (widget), parameter, -1);
}

static void
move_activity_down_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  move_activity (WAYMARK_MATRIX_VIEW (widget), parameter, +1);
}

/* A RACI grid copied from LibreOffice Calc or Excel: tab-separated rows
 * under a header of roles. All of it matches, and it is one undo step, or
 * nothing changes and the mismatches are shown. */
static void
on_paste_text_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(WaymarkMatrixView) self = user_data;
  g_autoptr(WaymarkMatrixImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  const char * const *mismatches;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (text == NULL || self->document == NULL)
    return;

  import = waymark_matrix_import_parse (waymark_document_get_journey (self->document),
                                       text, strlen (text));
  if ((mismatches = waymark_matrix_import_get_mismatches (import)))
    {
      g_autofree char *body = g_strjoinv ("\n", (char **)mismatches);

      if (GTK_IS_WINDOW (root))
        waymark_message_dialog_show_error (GTK_WINDOW (root), _("Could Not Paste the Matrix"), body);
      return;
    }

  {
    guint changed = waymark_matrix_import_apply (import, self->document);
    g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Pasted: %u cell changed",
                                                             "Pasted: %u cells changed",
                                                             changed),
                                                changed);

    waymark_toast_show (GTK_WIDGET (self), message);
  }
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL,
                                 on_paste_text_cb, g_object_ref (widget));
}

static void
next_problem_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  waymark_matrix_view_next_problem (WAYMARK_MATRIX_VIEW (widget));
}

void
_waymark_matrix_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "matrix.add-role", NULL, add_role_action);
  gtk_widget_class_install_action (widget_class, "matrix.add-activity-here", NULL,
                                   add_activity_here_action);
  gtk_widget_class_install_action (widget_class, "matrix.add-activity", "s", add_activity_action);
  gtk_widget_class_install_action (widget_class, "matrix.rename", "s", rename_action);
  gtk_widget_class_install_action (widget_class, "matrix.delete", "s", delete_action);
  gtk_widget_class_install_action (widget_class, "matrix.edit-agreement", "s", edit_agreement_action);
  gtk_widget_class_install_action (widget_class, "matrix.move-role-left", "s", move_role_left_action);
  gtk_widget_class_install_action (widget_class, "matrix.move-role-right", "s", move_role_right_action);
  gtk_widget_class_install_action (widget_class, "matrix.move-activity-up", "s", move_activity_up_action);
  gtk_widget_class_install_action (widget_class, "matrix.move-activity-down", "s",
                                   move_activity_down_action);
  gtk_widget_class_install_action (widget_class, "matrix.next-problem", NULL, next_problem_action);
  gtk_widget_class_install_action (widget_class, "matrix.paste", NULL, paste_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F8, 0, "matrix.next-problem", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "matrix.paste", NULL);
}

static void
append (GMenu      *menu,
        const char *label,
        const char *action,
        gpointer    item)
{
  g_autoptr(GMenuItem) entry = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (entry, action,
                                           g_variant_new_string (waymark_item_get_id (item)));
  g_menu_append_item (menu, entry);
}

GMenuModel *
_waymark_matrix_view_dup_role_menu (WaymarkMatrixView *self,
                                    WaymarkRole       *role)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) moves = g_menu_new ();
  g_autoptr(GMenu) edits = g_menu_new ();
  g_autoptr(GMenu) danger = g_menu_new ();

  append (edits, _("_Rename…"), "matrix.rename", role);
  append (moves, _("Move _Left"), "matrix.move-role-left", role);
  append (moves, _("Move _Right"), "matrix.move-role-right", role);
  append (danger, _("_Delete Role"), "matrix.delete", role);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edits));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));

  return G_MENU_MODEL (menu);
}

/**
 * _waymark_matrix_view_dup_row_menu:
 *
 * Returns: (transfer full): what the header of @row offers: a stage adds
 *   activities, an activity is renamed, moved or deleted, a handoff's
 *   agreement is edited
 */
GMenuModel *
_waymark_matrix_view_dup_row_menu (WaymarkMatrixView *self,
                                   WaymarkItem       *row)
{
  GMenu *menu = g_menu_new ();

  if (WAYMARK_IS_STAGE (row))
    {
      append (menu, _("Add _Activity…"), "matrix.add-activity", row);
    }
  else if (WAYMARK_IS_HANDOFF (row))
    {
      append (menu, _("Edit _Agreement…"), "matrix.edit-agreement", row);
    }
  else
    {
      g_autoptr(GMenu) moves = g_menu_new ();
      g_autoptr(GMenu) danger = g_menu_new ();

      append (menu, _("_Rename…"), "matrix.rename", row);
      append (moves, _("Move _Up"), "matrix.move-activity-up", row);
      append (moves, _("Move _Down"), "matrix.move-activity-down", row);
      append (danger, _("_Delete Activity"), "matrix.delete", row);
      g_menu_append_section (menu, NULL, G_MENU_MODEL (moves));
      g_menu_append_section (menu, NULL, G_MENU_MODEL (danger));
    }

  return G_MENU_MODEL (menu);
}

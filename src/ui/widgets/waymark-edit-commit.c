/* waymark-edit-commit.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When a typed edit becomes a command: on Enter, on the apply button, or
 * when the focus leaves the row; never once per keystroke. Shared by the
 * property rows and the item list.
 */

#include "config.h"

#include "waymark-edit-commit.h"

typedef struct
{
  WaymarkCommitFunc func;
  gpointer          user_data;
} Commit;

/* libadwaita 1.2 shows the apply button after any change of the text, ours
 * too, and hides it only on apply: hide it when there is nothing to apply. */
static void
hide_apply_button (GtkWidget *row)
{
  if (ADW_IS_ENTRY_ROW (row) && adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (row)))
    {
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), FALSE);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
    }
}

static void
on_commit_activated_cb (GtkWidget *row,
                        Commit    *commit)
{
  commit->func (row, TRUE, commit->user_data);
}

static void
on_commit_focus_leave_cb (GtkEventControllerFocus *controller,
                          Commit                  *commit)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  commit->func (row, FALSE, commit->user_data);
  hide_apply_button (row);
}

#define COMMITTED_KEY "waymark-edit-commit-text"

static void
on_cancel_activate_cb (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  GtkWidget *row = user_data;
  const char *committed = g_object_get_data (G_OBJECT (row), COMMITTED_KEY);

  /* Escape: back to the value the document has; nothing is committed. */
  if (committed != NULL)
    waymark_edit_commit_set_text (row, committed);
}

/* Escape cancels the edit in progress, as edit.cancel on the row. */
static void
add_cancel (GtkWidget *row)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) cancel = g_simple_action_new ("cancel", NULL);
  GtkEventController *controller;

  g_signal_connect_object (cancel, "activate", G_CALLBACK (on_cancel_activate_cb), row, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (cancel));
  gtk_widget_insert_action_group (row, "edit", G_ACTION_GROUP (group));

  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("edit.cancel")));
  gtk_widget_add_controller (row, controller);
}

/**
 * waymark_edit_commit_connect:
 *
 * Calls @func when the user is done editing @row: on Enter and on the apply
 * button of an #AdwEntryRow, and when the focus leaves @row. One commit is
 * one undo step, never one per keystroke.
 */
void
waymark_edit_commit_connect (GtkWidget         *row,
                             WaymarkCommitFunc  func,
                             gpointer           user_data)
{
  GtkEventController *focus;
  Commit *commit;

  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (func != NULL);

  /* Ctrl+Z and Ctrl+Shift+Z reach the window's undo, which acts on the
   * document, instead of taking back the typing word by word. */
  if (GTK_IS_EDITABLE (row))
    {
      gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
      add_cancel (row);
    }

  commit = g_new0 (Commit, 1);
  commit->func = func;
  commit->user_data = user_data;

  if (ADW_IS_ENTRY_ROW (row))
    {
      g_signal_connect (row, "apply", G_CALLBACK (on_commit_activated_cb), commit);
      g_signal_connect (row, "entry-activated", G_CALLBACK (on_commit_activated_cb), commit);
    }

  focus = gtk_event_controller_focus_new ();
  /* The controller lives as long as the row and frees the commit with it. */
  g_signal_connect_data (focus, "leave", G_CALLBACK (on_commit_focus_leave_cb), commit,
                         (GClosureNotify)(void (*) (void))g_free, 0);
  gtk_widget_add_controller (row, focus);
}

/**
 * waymark_edit_commit_set_text:
 *
 * Shows @text in an entry without making it something Ctrl+Z in the entry
 * takes back (only what the user typed is), and without an apply button.
 */
void
waymark_edit_commit_set_text (GtkWidget  *editable,
                              const char *text)
{
  gboolean enable_undo;

  g_return_if_fail (GTK_IS_EDITABLE (editable));

  enable_undo = gtk_editable_get_enable_undo (GTK_EDITABLE (editable));
  gtk_editable_set_enable_undo (GTK_EDITABLE (editable), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  gtk_editable_set_enable_undo (GTK_EDITABLE (editable), enable_undo);
  g_object_set_data_full (G_OBJECT (editable), COMMITTED_KEY, g_strdup (text), g_free);
  hide_apply_button (editable);
}

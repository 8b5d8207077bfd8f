/* waymark-edit-commit.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When a typed edit becomes a command. A field bound to a document commits
 * as the user types, and a visit to the field (from the focus coming in to
 * the focus leaving) is one undo step: the document merges the commits of
 * a visit (waymark_document_begin_merge()). The fields' own undo is off, so
 * that Ctrl+Z always reaches the document; Escape gives up what was typed
 * since the field last showed the document's value. Shared by the property
 * rows and the item list.
 */

#include "config.h"

#include "waymark-edit-commit.h"

typedef struct
{
  WaymarkCommitFunc  func;
  gpointer           user_data;
  GtkWidget         *row;
  /* The text field inside the row: a GtkEditable or a GtkTextView. */
  GtkWidget         *field;
  /* (nullable) (weak): what a visit merges in; none for an "Add" row. */
  WaymarkDocument   *document;
  /* The focus is in the row. */
  gboolean           visiting;
} Commit;

#define COMMITTED_KEY "waymark-edit-commit-text"

static void
commit_free (Commit *commit)
{
  if (commit->document != NULL)
    waymark_document_close_merge (commit->document, commit->row);
  g_clear_weak_pointer (&commit->document);
  g_free (commit);
}

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

static GtkTextBuffer *
get_buffer (GtkWidget *field)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));
}

static char *
dup_field_text (GtkWidget *field)
{
  GtkTextIter start, end;

  if (GTK_IS_EDITABLE (field))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field)));

  gtk_text_buffer_get_bounds (get_buffer (field), &start, &end);

  return gtk_text_buffer_get_text (get_buffer (field), &start, &end, FALSE);
}

/* What the row commits in a visit is part of the visit's undo step. */
static void
run_commit (Commit              *commit,
            WaymarkCommitReason  reason)
{
  gboolean merge = commit->document != NULL && commit->visiting;

  if (merge)
    waymark_document_begin_merge (commit->document, commit->row);
  commit->func (commit->row, reason, commit->user_data);
  if (merge)
    waymark_document_end_merge (commit->document);
}

static void
on_commit_activated_cb (GtkWidget *row,
                        Commit    *commit)
{
  run_commit (commit, WAYMARK_COMMIT_ACTIVATED);
}

static void
on_field_changed_cb (gpointer  editable,
                     Commit   *commit)
{
  /* Only what the user types in the field; the rows ignore their own
   * updates. */
  if (commit->document != NULL && commit->visiting)
    run_commit (commit, WAYMARK_COMMIT_TYPED);
}

static void
on_commit_focus_enter_cb (GtkEventControllerFocus *controller,
                          Commit                  *commit)
{
  g_autofree char *text = dup_field_text (commit->field);

  commit->visiting = TRUE;

  /* What Escape comes back to in this visit. */
  g_object_set_data_full (G_OBJECT (commit->field), COMMITTED_KEY, g_steal_pointer (&text), g_free);
}

static void
on_commit_focus_leave_cb (GtkEventControllerFocus *controller,
                          Commit                  *commit)
{
  run_commit (commit, WAYMARK_COMMIT_LEFT);
  commit->visiting = FALSE;
  hide_apply_button (commit->row);

  /* The visit is over: the next one is an undo step of its own. */
  if (commit->document != NULL)
    waymark_document_close_merge (commit->document, commit->row);
}

static void
on_cancel_activate_cb (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       user_data)
{
  Commit *commit = user_data;
  const char *committed = g_object_get_data (G_OBJECT (commit->field), COMMITTED_KEY);
  g_autofree char *text = dup_field_text (commit->field);

  if (committed == NULL || g_strcmp0 (text, committed) == 0)
    return;

  /* Escape: back to the value the field showed when the visit began or
   * last showed from the document. As typing it commits, and the visit's
   * merge drops a step that ends where it began. */
  if (GTK_IS_EDITABLE (commit->field))
    gtk_editable_set_text (GTK_EDITABLE (commit->field), committed);
  else
    gtk_text_buffer_set_text (get_buffer (commit->field), committed, -1);

  /* Outside a visit (a test, an assistive technology): as if typed. */
  if (!commit->visiting)
    run_commit (commit, WAYMARK_COMMIT_ACTIVATED);

  hide_apply_button (commit->row);
}

/* Escape cancels the edit in progress, as edit.cancel on the row. */
static void
add_cancel (Commit *commit)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) cancel = g_simple_action_new ("cancel", NULL);
  GtkEventController *controller;

  g_signal_connect (cancel, "activate", G_CALLBACK (on_cancel_activate_cb), commit);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (cancel));
  gtk_widget_insert_action_group (commit->row, "edit", G_ACTION_GROUP (group));

  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("edit.cancel")));
  gtk_widget_add_controller (commit->row, controller);
}

static void
connect_field (GtkWidget         *row,
               GtkWidget         *field,
               WaymarkDocument   *document,
               WaymarkCommitFunc  func,
               gpointer           user_data)
{
  GtkEventController *focus;
  Commit *commit;

  commit = g_new0 (Commit, 1);
  commit->func = func;
  commit->user_data = user_data;
  commit->row = row;
  commit->field = field;
  g_set_weak_pointer (&commit->document, document);

  /* Ctrl+Z and Ctrl+Shift+Z reach the window's undo, which acts on the
   * document, instead of taking back the typing word by word. */
  if (GTK_IS_EDITABLE (field))
    {
      gtk_editable_set_enable_undo (GTK_EDITABLE (field), FALSE);
      g_signal_connect (field, "changed", G_CALLBACK (on_field_changed_cb), commit);
    }
  else
    {
      gtk_text_buffer_set_enable_undo (get_buffer (field), FALSE);
      g_signal_connect (get_buffer (field), "changed", G_CALLBACK (on_field_changed_cb), commit);
    }

  if (g_object_get_data (G_OBJECT (field), COMMITTED_KEY) == NULL)
    {
      g_autofree char *text = dup_field_text (field);

      g_object_set_data_full (G_OBJECT (field), COMMITTED_KEY, g_steal_pointer (&text), g_free);
    }

  if (ADW_IS_ENTRY_ROW (row))
    {
      g_signal_connect (row, "apply", G_CALLBACK (on_commit_activated_cb), commit);
      g_signal_connect (row, "entry-activated", G_CALLBACK (on_commit_activated_cb), commit);
    }

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "enter", G_CALLBACK (on_commit_focus_enter_cb), commit);
  /* The controller lives as long as the row and frees the commit with it. */
  g_signal_connect_data (focus, "leave", G_CALLBACK (on_commit_focus_leave_cb), commit,
                         (GClosureNotify)(void (*) (void))commit_free, 0);
  gtk_widget_add_controller (row, focus);

  add_cancel (commit);
  waymark_edit_commit_take_undo_keys (row);
}

/**
 * waymark_edit_commit_connect:
 * @row: an editable row (#AdwEntryRow)
 * @document: (nullable): the document @func edits, so that @func is also
 *   called as the user types, and a visit to @row is one undo step; %NULL
 *   for a row that acts on Enter only (an "Add" row)
 *
 * Calls @func when the user edits @row: on Enter and on the apply button,
 * when the focus leaves @row, and, given a @document, on every change of
 * the text.
 */
void
waymark_edit_commit_connect (GtkWidget         *row,
                             WaymarkDocument   *document,
                             WaymarkCommitFunc  func,
                             gpointer           user_data)
{
  g_return_if_fail (GTK_IS_EDITABLE (row));
  g_return_if_fail (!document || WAYMARK_IS_DOCUMENT (document));
  g_return_if_fail (func != NULL);

  connect_field (row, row, document, func, user_data);
}

/**
 * waymark_edit_commit_connect_text_view:
 * @row: the row holding @text_view
 *
 * The same for a multi-line field: @func is called as the user types in
 * @text_view and when the focus leaves @row.
 */
void
waymark_edit_commit_connect_text_view (GtkWidget         *row,
                                       GtkTextView       *text_view,
                                       WaymarkDocument   *document,
                                       WaymarkCommitFunc  func,
                                       gpointer           user_data)
{
  g_return_if_fail (GTK_IS_WIDGET (row));
  g_return_if_fail (GTK_IS_TEXT_VIEW (text_view));
  g_return_if_fail (WAYMARK_IS_DOCUMENT (document));
  g_return_if_fail (func != NULL);

  connect_field (row, GTK_WIDGET (text_view), document, func, user_data);
}

/**
 * waymark_edit_commit_set_text:
 * @field: a #GtkEditable or a #GtkTextView
 *
 * Shows @text, the document's value, in @field: not something the field's
 * own undo takes back, and what Escape comes back to. Callers ignore the
 * change this makes.
 */
void
waymark_edit_commit_set_text (GtkWidget  *field,
                              const char *text)
{
  g_return_if_fail (GTK_IS_EDITABLE (field) || GTK_IS_TEXT_VIEW (field));

  if (GTK_IS_EDITABLE (field))
    {
      gboolean enable_undo = gtk_editable_get_enable_undo (GTK_EDITABLE (field));

      gtk_editable_set_enable_undo (GTK_EDITABLE (field), FALSE);
      gtk_editable_set_text (GTK_EDITABLE (field), text);
      gtk_editable_set_enable_undo (GTK_EDITABLE (field), enable_undo);
      hide_apply_button (field);
    }
  else
    {
      GtkTextBuffer *buffer = get_buffer (field);

      gtk_text_buffer_begin_irreversible_action (buffer);
      gtk_text_buffer_set_text (buffer, text, -1);
      gtk_text_buffer_end_irreversible_action (buffer);
    }

  g_object_set_data_full (G_OBJECT (field), COMMITTED_KEY, g_strdup (text), g_free);
}

/**
 * waymark_edit_commit_get_committed_text:
 * @field: a #GtkEditable or a #GtkTextView
 *
 * Returns: (nullable): the text @field last showed from the document,
 *   what Escape comes back to
 */
const char *
waymark_edit_commit_get_committed_text (GtkWidget *field)
{
  g_return_val_if_fail (GTK_IS_WIDGET (field), NULL);

  return g_object_get_data (G_OBJECT (field), COMMITTED_KEY);
}

/**
 * waymark_edit_commit_take_undo_keys:
 * @widget: a widget holding text fields
 *
 * Makes Ctrl+Z and Ctrl+Shift+Z inside @widget the window's undo and redo,
 * which act on the document. GtkText and GtkTextView bind them to their
 * own undo even when it is off, and swallow the keys: @widget takes them
 * on the way down.
 */
void
waymark_edit_commit_take_undo_keys (GtkWidget *widget)
{
  static const struct {
    guint           keyval;
    GdkModifierType modifiers;
    const char     *action;
  } keys[] = {
    { GDK_KEY_z, GDK_CONTROL_MASK, "win.undo" },
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
    { GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo" },
  };
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval,
                                                                                    keys[i].modifiers),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (widget, controller);
}

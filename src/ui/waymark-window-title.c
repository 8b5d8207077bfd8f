/* waymark-window-title.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's header title and the journey's own title and description.
 * The header shows an AdwWindowTitle at every width: the journey's title,
 * a bullet while it has unsaved changes, and the file's folder below; the
 * view switcher has a bar of its own under the header, which turns to
 * narrow buttons on narrow windows, and is one Tab stop. The title is a
 * button: its popover edits the title and the description as the user
 * types, one undoable step per visit, and Escape puts them back as they
 * were.
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-edit-commit.h"
#include "waymark-folder-label.h"
#include "waymark-roving-focus.h"
#include "waymark-window-private.h"

/* Below this width the view switcher shows narrow buttons (icon above
 * label) so that its five views fit beside nothing else. */
#define NARROW_WIDTH 720

void
_waymark_window_update_title (WaymarkWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *marked = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *window_title = NULL;
  GFile *file;

  g_assert (WAYMARK_IS_WINDOW (self));

  gtk_widget_set_sensitive (self->title_button, self->document != NULL);
  gtk_widget_set_visible (self->switcher_box, self->document != NULL);

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Waymark"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Waymark"));
      return;
    }

  title = waymark_document_dup_title (self->document);
  file = waymark_document_get_file (self->document);

  /* Like GNOME Text Editor: a bullet before the title marks unsaved
   * changes, the subtitle says where the file lives. */
  if (waymark_document_get_dirty (self->document))
    marked = g_strdup_printf ("• %s", title);
  else
    marked = g_strdup (title);

  if (file != NULL)
    subtitle = waymark_dup_folder_label (file);
  else
    subtitle = g_strdup (_("Draft"));

  /* Translators: the window title, e.g. "• Onboarding — Waymark" */
  window_title = g_strdup_printf (_("%s — Waymark"), marked);

  adw_window_title_set_title (self->window_title, marked);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

/* The journey popover: its title and description commit as the user
 * types, like the editor's fields, and one visit to the popover (from open
 * to closed) is one undo step: the document merges the visit's edits, the
 * popover being the key. Ctrl+Z and Ctrl+Shift+Z are the document's, even
 * in the fields; Escape puts back what the fields showed at the start of
 * the visit (or after the last undo) and closes the popover. */

static char *
dup_description_text (WaymarkWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The fields show the journey's title and description: what Escape comes
 * back to. */
static void
show_journey (WaymarkWindow *self)
{
  WaymarkJourney *journey = waymark_document_get_journey (self->document);
  const char *description = waymark_journey_get_description (journey);

  self->journey_updating++;
  waymark_edit_commit_set_text (GTK_WIDGET (self->title_entry),
                                waymark_journey_get_title (journey) ?: "");
  waymark_edit_commit_set_text (GTK_WIDGET (self->description_view),
                                description ? description : "");
  self->journey_updating--;
}

static void
on_journey_popover_show_cb (WaymarkWindow *self,
                            GtkPopover    *popover)
{
  if (self->document == NULL)
    return;

  self->journey_visiting = TRUE;
  show_journey (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

/* What the fields hold, as one step of the visit. */
static void
commit_journey_edit (WaymarkWindow *self)
{
  WaymarkJourney *journey;
  g_autofree char *description = NULL;
  g_autofree char *title = NULL;
  gboolean title_changed, description_changed;

  if (self->document == NULL || !self->journey_visiting || self->journey_updating)
    return;

  journey = waymark_document_get_journey (self->document);
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
  description = dup_description_text (self);

  /* An empty title is no title: the journey keeps the one it had, while
   * the user types another over it and when the popover closes. */
  title_changed = title[0] != '\0' &&
                  g_strcmp0 (title, waymark_journey_get_title (journey)) != 0;
  description_changed = g_strcmp0 (description,
                                   waymark_journey_get_description (journey) ?: "") != 0;

  if (!title_changed && !description_changed)
    return;

  self->journey_updating++;
  waymark_document_begin_merge (self->document, self->journey_popover);
  waymark_document_begin_group (self->document, _("Edit Journey"));
  if (title_changed)
    waymark_document_set (self->document, journey, "title", title, NULL);
  if (description_changed)
    waymark_document_set (self->document, journey, "description",
                          description[0] != '\0' ? description : NULL, NULL);
  waymark_document_end_group (self->document);
  waymark_document_end_merge (self->document);
  self->journey_updating--;
}

static void
on_journey_field_changed_cb (WaymarkWindow *self)
{
  commit_journey_edit (self);
}

static void
on_journey_popover_closed_cb (WaymarkWindow *self,
                              GtkPopover    *popover)
{
  commit_journey_edit (self);
  self->journey_visiting = FALSE;

  /* The visit is over: the next one is an undo step of its own. */
  if (self->document != NULL)
    waymark_document_close_merge (self->document, self->journey_popover);
}

/* Called when the document changed: an undo or redo in the popover shows
 * in its fields. */
void
_waymark_window_title_document_changed (WaymarkWindow *self)
{
  g_assert (WAYMARK_IS_WINDOW (self));

  if (self->journey_visiting && !self->journey_updating && self->document != NULL)
    show_journey (self);
}

static void
on_title_entry_activate_cb (WaymarkWindow *self,
                            GtkEntry      *entry)
{
  gtk_popover_popdown (self->journey_popover);
}

static void
win_cancel_journey_edit_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);
  GtkWidget *title = GTK_WIDGET (self->title_entry);
  GtkWidget *description = GTK_WIDGET (self->description_view);

  /* Put back as if typed: the visit's step comes back to where it began,
   * and the document drops it. */
  if (self->journey_visiting)
    {
      gtk_editable_set_text (GTK_EDITABLE (title),
                             waymark_edit_commit_get_committed_text (title) ?: "");
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                                waymark_edit_commit_get_committed_text (description) ?: "", -1);
    }
  gtk_popover_popdown (self->journey_popover);
}

static void
win_edit_journey_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);

  if (self->document != NULL)
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->title_button));
}

/* Width */

static gboolean
apply_width_cb (gpointer user_data)
{
  WaymarkWindow *self = user_data;

  self->width_idle = 0;
  adw_view_switcher_set_policy (self->view_switcher,
                                self->narrow ? ADW_VIEW_SWITCHER_POLICY_NARROW
                                             : ADW_VIEW_SWITCHER_POLICY_WIDE);
  /* A phone-sized window keeps room for the title: Open is in the main
   * menu too, and a title centred on the window needs as much room on both
   * sides as the wider side takes. */
  gtk_widget_set_visible (self->open_button, !self->narrow);
  adw_header_bar_set_centering_policy (self->header_bar,
                                       self->narrow ? ADW_CENTERING_POLICY_LOOSE
                                                    : ADW_CENTERING_POLICY_STRICT);

  return G_SOURCE_REMOVE;
}

/* Called from size_allocate: the switcher changes in an idle, since a
 * change of its policy during the allocation would queue another one. */
void
_waymark_window_title_allocated (WaymarkWindow *self,
                                 int            width)
{
  gboolean narrow = width < NARROW_WIDTH;

  g_assert (WAYMARK_IS_WINDOW (self));

  if (narrow == self->narrow)
    return;

  self->narrow = narrow;
  if (self->width_idle == 0)
    self->width_idle = g_idle_add (apply_width_cb, self);
}

/* The view switcher: one Tab stop, on the button of the view shown; Left
 * and Right go to the others, Enter or Space shows one (the focus alone
 * never changes the view). */

static void
collect_switcher_buttons (GtkWidget *widget,
                          GPtrArray *buttons)
{
  if (GTK_IS_TOGGLE_BUTTON (widget))
    {
      g_ptr_array_add (buttons, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_switcher_buttons (child, buttons);
}

static void
on_switcher_button_active_cb (GtkToggleButton *button,
                              GParamSpec      *pspec,
                              GtkWidget       *switcher)
{
  if (gtk_toggle_button_get_active (button))
    waymark_roving_focus_set_current (switcher, GTK_WIDGET (button));
}

static void
init_switcher_tab_stop (WaymarkWindow *self)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *switcher = GTK_WIDGET (self->view_switcher);

  waymark_roving_focus_attach (switcher, GTK_ORIENTATION_HORIZONTAL);
  collect_switcher_buttons (switcher, buttons);
  waymark_roving_focus_set_controls (switcher, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkToggleButton *button = g_ptr_array_index (buttons, i);

      g_signal_connect_object (button, "notify::active",
                               G_CALLBACK (on_switcher_button_active_cb), switcher, 0);
      on_switcher_button_active_cb (button, NULL, switcher);
    }
}

/* Setup */

void
_waymark_window_title_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.edit-journey", NULL,
                                   win_edit_journey_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-journey-edit", NULL,
                                   win_cancel_journey_edit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK,
                                       "win.edit-journey", NULL);
}

void
_waymark_window_title_init (WaymarkWindow *self)
{
  GtkEventController *controller;
  GtkShortcut *escape;

  g_assert (WAYMARK_IS_WINDOW (self));

  /* Ctrl+Z undoes the journey, not the typing (the entry's own undo is
   * off in the template). */
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->description_view), FALSE);
  waymark_edit_commit_take_undo_keys (GTK_WIDGET (self->journey_popover));

  g_signal_connect_object (self->journey_popover, "show",
                           G_CALLBACK (on_journey_popover_show_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->journey_popover, "closed",
                           G_CALLBACK (on_journey_popover_closed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_entry, "activate",
                           G_CALLBACK (on_title_entry_activate_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_entry, "changed",
                           G_CALLBACK (on_journey_field_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->description_view), "changed",
                           G_CALLBACK (on_journey_field_changed_cb),
                           self, G_CONNECT_SWAPPED);

  /* Escape puts back the title and description, before the popover's own
   * Escape closes it (which would keep the edit). */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  escape = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                             gtk_named_action_new ("win.cancel-journey-edit"));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), escape);
  gtk_widget_add_controller (GTK_WIDGET (self->journey_popover), controller);

  init_switcher_tab_stop (self);
}

void
_waymark_window_title_dispose (WaymarkWindow *self)
{
  g_clear_handle_id (&self->width_idle, g_source_remove);
}

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
 * narrow buttons on narrow windows. The title is a button: its popover
 * edits the title and the description, one undoable step per visit, and
 * Escape leaves them as they were.
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-folder-label.h"
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

/* The journey popover */

static char *
dup_description_text (WaymarkWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->description_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
on_journey_popover_show_cb (WaymarkWindow *self,
                            GtkPopover    *popover)
{
  WaymarkJourney *journey;
  const char *description;

  if (self->document == NULL)
    return;

  journey = waymark_document_get_journey (self->document);
  description = waymark_journey_get_description (journey);

  self->journey_edit_cancelled = FALSE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry),
                         waymark_journey_get_title (journey) ?: "");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view),
                            description ? description : "", -1);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

/* One visit to the popover is one step to undo, whatever was changed. */
static void
commit_journey_edit (WaymarkWindow *self)
{
  WaymarkJourney *journey;
  g_autofree char *description = NULL;
  g_autofree char *title = NULL;
  gboolean title_changed, description_changed;

  if (self->document == NULL)
    return;

  journey = waymark_document_get_journey (self->document);
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
  description = dup_description_text (self);

  /* An empty title is no title: the journey keeps the one it had. */
  title_changed = title[0] != '\0' &&
                  g_strcmp0 (title, waymark_journey_get_title (journey)) != 0;
  description_changed = g_strcmp0 (description,
                                   waymark_journey_get_description (journey) ?: "") != 0;

  if (!title_changed && !description_changed)
    return;

  waymark_document_begin_group (self->document, _("Edit Journey"));
  if (title_changed)
    waymark_document_set (self->document, journey, "title", title, NULL);
  if (description_changed)
    waymark_document_set (self->document, journey, "description", description, NULL);
  waymark_document_end_group (self->document);
}

static void
on_journey_popover_closed_cb (WaymarkWindow *self,
                              GtkPopover    *popover)
{
  if (!self->journey_edit_cancelled)
    commit_journey_edit (self);
  self->journey_edit_cancelled = FALSE;
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

  self->journey_edit_cancelled = TRUE;
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

  g_signal_connect_object (self->journey_popover, "show",
                           G_CALLBACK (on_journey_popover_show_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->journey_popover, "closed",
                           G_CALLBACK (on_journey_popover_closed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_entry, "activate",
                           G_CALLBACK (on_title_entry_activate_cb),
                           self, G_CONNECT_SWAPPED);

  /* Escape leaves the title and description as they were, before the
   * popover's own Escape closes it (which keeps the edit). */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  escape = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                             gtk_named_action_new ("win.cancel-journey-edit"));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), escape);
  gtk_widget_add_controller (GTK_WIDGET (self->journey_popover), controller);
}

void
_waymark_window_title_dispose (WaymarkWindow *self)
{
  g_clear_handle_id (&self->width_idle, g_source_remove);
}

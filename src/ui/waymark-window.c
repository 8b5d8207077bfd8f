/* waymark-window.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One window per document. Without a document the window shows the
 * welcome page; with one, a view stack of Map, Matrix, Stages, Gaps and
 * Content. Saving and the question about unsaved changes are in
 * waymark-window-save.c; the file on disk, watched, in waymark-window-file.c.
 */

#define G_LOG_DOMAIN "waymark-window"

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-application.h"
#include "waymark-drafts.h"
#include "waymark-templates.h"
#include "waymark-folder-label.h"
#include "waymark-message-dialog.h"
#include "waymark-toast.h"
#include "waymark-welcome-page.h"
#include "waymark-window-private.h"

#include "waymark-content-view.h"
#include "waymark-gaps-view.h"
#include "waymark-map-canvas.h"
#include "waymark-map-view.h"
#include "waymark-matrix-view.h"
#include "waymark-stages-view.h"
#include "waymark-change.h"
#include "waymark-compat.h"

#define SETTINGS_SCHEMA_ID "org.waymark.Waymark"

G_DEFINE_FINAL_TYPE (WaymarkWindow, waymark_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const view_names[] = {
  "map", "matrix", "stages", "gaps", "content",
};

/* The view of the page at @position of the view stack, or NULL after the
 * last. */
static WaymarkView *
get_view (WaymarkWindow *self,
          guint          position)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->view_stack);
  g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), position);

  return page ? WAYMARK_VIEW (adw_view_stack_page_get_child (page)) : NULL;
}

static WaymarkDrafts *
get_drafts (WaymarkWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (WAYMARK_IS_APPLICATION (app))
    return waymark_application_get_drafts (WAYMARK_APPLICATION (app));

  return NULL;
}

static void waymark_window_update_undo_tooltips (WaymarkWindow *self);

/* The actions' states, and the undo buttons' tooltips that go with them. */
void
_waymark_window_update_actions (WaymarkWindow *self)
{
  gboolean has_document = self->document != NULL;
  gboolean can_save = has_document && !self->saving;
  gboolean has_file = has_document && waymark_document_get_file (self->document) != NULL;

  g_assert (WAYMARK_IS_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 has_document &&
                                 (waymark_document_get_can_undo (self->document) ||
                                  self->before_reload != NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 has_document &&
                                 (waymark_document_get_can_redo (self->document) ||
                                  self->after_reload != NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload", has_file && !self->saving);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-again", can_save && has_file);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-view", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-touchpoint", has_document);
  _waymark_window_update_export (self);

  waymark_window_update_undo_tooltips (self);
}

static void
waymark_window_update_undo_tooltips (WaymarkWindow *self)
{
  g_autofree char *undo = NULL;
  g_autofree char *redo = NULL;
  const char *label;

  g_assert (WAYMARK_IS_WINDOW (self));

  label = self->document ? waymark_document_get_undo_label (self->document) : NULL;
  if (self->document != NULL && !waymark_document_get_can_undo (self->document) &&
      self->before_reload != NULL)
    label = C_("undo", "Reload");
  if (label != NULL && label[0] != '\0')
    /* Translators: %s is what is undone, e.g. "Rename" */
    undo = g_strdup_printf (_("Undo %s"), label);
  else
    undo = g_strdup (_("Undo"));

  label = self->document ? waymark_document_get_redo_label (self->document) : NULL;
  if (self->document != NULL && !waymark_document_get_can_redo (self->document) &&
      self->after_reload != NULL)
    label = C_("undo", "Reload");
  if (label != NULL && label[0] != '\0')
    /* Translators: %s is what is redone, e.g. "Rename" */
    redo = g_strdup_printf (_("Redo %s"), label);
  else
    redo = g_strdup (_("Redo"));

  waymark_compat_set_tooltip_text (self->undo_button, undo);
  waymark_compat_set_tooltip_text (self->redo_button, redo);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undo_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, undo,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->redo_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, redo,
                                  -1);
}

static void
on_document_notify_cb (WaymarkWindow   *self,
                       GParamSpec      *pspec,
                       WaymarkDocument *document)
{
  if (g_strcmp0 (pspec->name, "file") == 0)
    _waymark_window_watch_file (self);

  _waymark_window_update_title (self);
  _waymark_window_update_actions (self);
}

/* Undo and redo keep what they changed, to show it afterwards. */
static void
on_document_change_cb (WaymarkWindow   *self,
                       WaymarkChange   *change,
                       WaymarkDocument *document)
{
  if (!self->in_history)
    return;

  g_clear_pointer (&self->last_change, waymark_change_unref);
  self->last_change = waymark_change_ref (change);
}

/* The Stages view's section that lists items of @type, or NULL. */
static const char *
section_for_item (gpointer item)
{
  static const struct {
    GType (*get_type) (void);
    const char *section;
  } sections[] = {
    { waymark_lane_get_type, "lanes" },
    { waymark_role_get_type, "roles" },
    { waymark_channel_get_type, "channels" },
    { waymark_persona_get_type, "personas" },
    { waymark_activity_get_type, "activities" },
    { waymark_handoff_get_type, "handoffs" },
  };

  for (guint i = 0; item != NULL && i < G_N_ELEMENTS (sections); i++)
    if (G_TYPE_CHECK_INSTANCE_TYPE (item, sections[i].get_type ()))
      return sections[i].section;

  return NULL;
}

/* Brings into sight what an undo or redo changed: a stage or one of its
 * parts selects the stage, a lane, role, channel, persona, activity or
 * handoff opens its list, a matrix cell the Matrix and a touchpoint the
 * Map (issue 9, point 9). */
static void
reveal_last_change (WaymarkWindow *self)
{
  g_autoptr(WaymarkChange) change = g_steal_pointer (&self->last_change);
  g_autoptr(GObject) at = NULL;
  WaymarkStagesView *stages;
  gpointer item;
  const char *section;

  if (change == NULL || self->document == NULL)
    return;

  stages = WAYMARK_STAGES_VIEW (adw_view_stack_get_child_by_name (self->view_stack, "stages"));
  item = change->item;

  /* A removal undone or redone: the item is gone or back in @list. */
  if (item == NULL && change->list != NULL &&
      change->position < g_list_model_get_n_items (change->list))
    item = at = g_list_model_get_item (change->list, change->position);

  if (change->kind == WAYMARK_CHANGE_MATRIX_CELL)
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "matrix");
    }
  else if (WAYMARK_IS_TOUCHPOINT (item))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "map");
    }
  else if (WAYMARK_IS_STAGE (item) || change->new_stage != NULL || change->old_stage != NULL)
    {
      WaymarkStage *stage = WAYMARK_IS_STAGE (item) ? item
                            : change->new_stage ? change->new_stage : change->old_stage;

      adw_view_stack_set_visible_child_name (self->view_stack, "stages");
      waymark_stages_view_set_section (stages, "stages");
      waymark_stages_view_select_stage (stages, stage);
    }
  else if ((section = section_for_item (item)))
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "stages");
      waymark_stages_view_set_section (stages, section);
    }
}

static void
on_document_changed_cb (WaymarkWindow   *self,
                        WaymarkDocument *document)
{
  self->change_serial++;
  _waymark_window_title_document_changed (self);

  /* A new edit after undoing a reload forks the history: the reloaded
   * journey can no longer be redone. Undo and redo keep it. */
  if (self->after_reload != NULL && !self->in_history &&
      !waymark_document_get_can_redo (document))
    {
      g_clear_object (&self->after_reload);
      _waymark_window_update_actions (self);
    }
}

void
_waymark_window_show_error (WaymarkWindow *self,
                            const char    *heading,
                            const char    *body)
{
  waymark_message_dialog_show_error (GTK_WINDOW (self), heading, body);
}

/* Built the first time it is needed: a window opened with a document
 * never builds it, nor reads the recent files for it. */
static void
show_welcome_page (WaymarkWindow *self)
{
  g_assert (WAYMARK_IS_WINDOW (self));

  if (self->welcome_page == NULL)
    {
      self->welcome_page = WAYMARK_WELCOME_PAGE (waymark_welcome_page_new ());
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->welcome_page), "welcome");
    }

  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

static void
on_close_request_confirmed_cb (GObject      *object,
                               GAsyncResult *result,
                               gpointer      user_data)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);

  if (waymark_window_confirm_close_finish (self, result, NULL))
    waymark_window_close_confirmed (self);
}

static void
save_window_state (WaymarkWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
}

static gboolean
waymark_window_close_request (GtkWindow *window)
{
  WaymarkWindow *self = (WaymarkWindow *)window;
  WaymarkDrafts *drafts;

  if (!self->close_confirmed &&
      self->document != NULL &&
      waymark_document_get_dirty (self->document))
    {
      waymark_window_confirm_close_async (self, NULL,
                                          on_close_request_confirmed_cb,
                                          NULL);
      return TRUE;
    }

  save_window_state (self);

  if (self->document != NULL && (drafts = get_drafts (self)))
    waymark_drafts_discard (drafts, self->document);

  return GTK_WINDOW_CLASS (waymark_window_parent_class)->close_request (window);
}

static void
waymark_window_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  GTK_WIDGET_CLASS (waymark_window_parent_class)->size_allocate (widget, width, height, baseline);

  _waymark_window_title_allocated (WAYMARK_WINDOW (widget), width);
}

/* Actions */

static void
on_save_action_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* Errors were shown where they happened. */
  if (!waymark_window_save_finish (WAYMARK_WINDOW (object), result, &error))
    g_debug ("Not saved: %s", error->message);
}

static void
win_save_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  waymark_window_save_async (WAYMARK_WINDOW (widget), FALSE, NULL, on_save_action_cb, NULL);
}

static void
win_save_as_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  waymark_window_save_async (WAYMARK_WINDOW (widget), TRUE, NULL, on_save_action_cb, NULL);
}

static void
win_undo_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);

  if (self->document == NULL)
    return;

  self->in_history = TRUE;
  if (!waymark_document_undo (self->document))
    _waymark_window_undo_reload (self);
  self->in_history = FALSE;
  reveal_last_change (self);
}

static void
win_redo_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);

  if (self->document == NULL)
    return;

  self->in_history = TRUE;
  if (!waymark_document_redo (self->document))
    _waymark_window_redo_reload (self);
  self->in_history = FALSE;
  reveal_last_change (self);
}

static void
win_close_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
win_new_from_template_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);
  const char *template_id = g_variant_get_string (param, NULL);
  g_autoptr(WaymarkJourney) journey = NULL;
  g_autoptr(WaymarkDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *app;

  if (!(journey = waymark_templates_create (template_id, &error)))
    {
      _waymark_window_show_error (self, _("Could Not Create the Journey"), error->message);
      return;
    }

  if (self->settings != NULL)
    g_settings_set_string (self->settings, "recent-template", template_id);

  document = waymark_document_new (journey);
  app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->document == NULL || !WAYMARK_IS_APPLICATION (app))
    waymark_window_set_document (self, document);
  else
    waymark_application_open_document (WAYMARK_APPLICATION (app), document, NULL);
}

static void
win_open_recent_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (WAYMARK_IS_APPLICATION (app))
    waymark_application_open_file (WAYMARK_APPLICATION (app), file, self);
}

static void
win_show_view_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);

  if (self->document == NULL)
    return;

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* A touchpoint listed elsewhere (a cell of the Gaps view) shown on the
 * Map: its card takes the focus, and its viewport scrolls to it. */
static void
win_show_touchpoint_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);
  WaymarkItem *item;
  GtkWidget *map, *canvas, *card;

  if (self->document == NULL)
    return;

  item = waymark_journey_lookup (waymark_document_get_journey (self->document),
                                 g_variant_get_string (param, NULL));
  if (!WAYMARK_IS_TOUCHPOINT (item))
    return;

  map = adw_view_stack_get_child_by_name (self->view_stack, "map");
  adw_view_stack_set_visible_child (self->view_stack, map);
  canvas = waymark_map_view_get_canvas (WAYMARK_MAP_VIEW (map));
  card = canvas ? waymark_map_canvas_get_card (WAYMARK_MAP_CANVAS (canvas), WAYMARK_TOUCHPOINT (item))
                : NULL;
  if (card != NULL)
    gtk_widget_grab_focus (card);
}

/* GtkWidget */

static void
waymark_window_map (GtkWidget *widget)
{
  WaymarkWindow *self = WAYMARK_WINDOW (widget);

  /* Before the window measures itself in the parent's map. */
  if (self->document == NULL)
    show_welcome_page (self);

  GTK_WIDGET_CLASS (waymark_window_parent_class)->map (widget);
}

/* GObject */

static void
waymark_window_dispose (GObject *object)
{
  WaymarkWindow *self = (WaymarkWindow *)object;
  WaymarkDrafts *drafts;

  /* A window that goes away takes its draft with it: the user was asked. */
  if (self->document != NULL && (drafts = get_drafts (self)))
    waymark_drafts_discard (drafts, self->document);

  _waymark_window_file_dispose (self);
  _waymark_window_title_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_WINDOW);

  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->last_change, waymark_change_unref);

  G_OBJECT_CLASS (waymark_window_parent_class)->dispose (object);
}

static void
waymark_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  WaymarkWindow *self = WAYMARK_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      waymark_window_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_window_class_init (WaymarkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = waymark_window_dispose;
  object_class->get_property = waymark_window_get_property;
  object_class->set_property = waymark_window_set_property;

  widget_class->map = waymark_window_map;

  widget_class->size_allocate = waymark_window_size_allocate;
  window_class->close_request = waymark_window_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         WAYMARK_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (WAYMARK_TYPE_MAP_VIEW);
  g_type_ensure (WAYMARK_TYPE_MATRIX_VIEW);
  g_type_ensure (WAYMARK_TYPE_STAGES_VIEW);
  g_type_ensure (WAYMARK_TYPE_GAPS_VIEW);
  g_type_ensure (WAYMARK_TYPE_CONTENT_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/waymark/Waymark/waymark-window.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, undo_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, title_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, journey_popover);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, description_view);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, switcher_box);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, file_banner);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, file_banner_label);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, keep_mine_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, reload_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, save_again_button);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWindow, menu_button);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, win_save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, win_save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, win_undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, win_redo_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, win_close_action);
  gtk_widget_class_install_action (widget_class, "win.new-from-template", "s",
                                   win_new_from_template_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s",
                                   win_open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.show-touchpoint", "s",
                                   win_show_touchpoint_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s",
                                   win_show_view_action);
  _waymark_window_export_class_init (widget_class);
  _waymark_window_file_class_init (widget_class);
  _waymark_window_title_class_init (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK,
                                       "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "win.close", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-view", "s", view_names[i]);
}

static void
waymark_window_init (WaymarkWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GtkSelectionModel) pages = NULL;
  WaymarkView *view;

  gtk_widget_init_template (GTK_WIDGET (self));
  _waymark_window_export_init (self);
  _waymark_window_file_init (self);
  _waymark_window_title_init (self);

  /* The view switcher shows what each view calls itself. */
  pages = adw_view_stack_get_pages (self->view_stack);
  for (guint i = 0; (view = get_view (self, i)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_object_bind_property (view, "title", page, "title", G_BINDING_SYNC_CREATE);
      g_object_bind_property (view, "icon-name", page, "icon-name", G_BINDING_SYNC_CREATE);
    }


  /* Always this schema id, also in development builds. */
  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                            SETTINGS_SCHEMA_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new_full (schema, NULL, NULL);
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }
  else
    {
      gtk_window_set_default_size (GTK_WINDOW (self), 1100, 760);
    }

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  waymark_window_set_document (self, NULL);
}

WaymarkWindow *
waymark_window_new (GtkApplication *application)
{
  g_return_val_if_fail (!application || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (WAYMARK_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/**
 * waymark_window_get_document:
 *
 * Returns: (transfer none) (nullable): the document, or %NULL while the
 *   welcome page is shown
 */
WaymarkDocument *
waymark_window_get_document (WaymarkWindow *self)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), NULL);

  return self->document;
}

void
waymark_window_set_document (WaymarkWindow   *self,
                             WaymarkDocument *document)
{
  g_autofree char *page = NULL;
  WaymarkDrafts *drafts;
  WaymarkView *view;
  gboolean changed;

  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (!document || WAYMARK_IS_DOCUMENT (document));

  changed = self->document != document;

  /* A reload and its undo show the journey on the same page; any other
   * document starts a new history of its file. */
  if (changed && self->swapping)
    page = g_strdup (adw_view_stack_get_visible_child_name (self->view_stack));
  if (changed && !self->swapping)
    {
      g_clear_object (&self->before_reload);
      g_clear_object (&self->after_reload);
    }

  if (changed && self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      if ((drafts = get_drafts (self)))
        waymark_drafts_discard (drafts, self->document);
      g_clear_object (&self->document);
    }

  if (changed && document != NULL)
    {
      self->document = g_object_ref (document);
      self->change_serial = 0;

      g_signal_connect_object (document, "notify::dirty",
                               G_CALLBACK (on_document_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::title",
                               G_CALLBACK (on_document_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::file",
                               G_CALLBACK (on_document_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-undo",
                               G_CALLBACK (on_document_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::can-redo",
                               G_CALLBACK (on_document_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::undo-label",
                               G_CALLBACK (on_document_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::redo-label",
                               G_CALLBACK (on_document_notify_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (on_document_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "change",
                               G_CALLBACK (on_document_change_cb), self,
                               G_CONNECT_SWAPPED);

      if ((drafts = get_drafts (self)))
        waymark_drafts_add (drafts, document);
    }

  for (guint i = 0; (view = get_view (self, i)); i++)
    waymark_view_set_document (view, document);

  if (document != NULL)
    {
      /* The view first, so that no other is shown (and built) on the way.
       * A journey read from a file opens on its map; a new one on the
       * Stages view, where it is filled in. */
      if (changed && page == NULL)
        page = g_strdup (waymark_document_get_file (document) ? "map" : "stages");
      if (changed)
        adw_view_stack_set_visible_child_name (self->view_stack, page);
      gtk_stack_set_visible_child_name (self->main_stack, "document");
    }
  else
    {
      /* A window not shown yet gets its welcome page when it is (map). */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        show_welcome_page (self);
    }

  gtk_widget_set_visible (self->undo_box, document != NULL);

  if (changed)
    {
      _waymark_window_watch_file (self);
      if (!self->swapping)
        {
          GFile *file = document ? waymark_document_get_file (document) : NULL;

          /* What is on disk now is the version this window starts from,
           * unless the opener says which one it read
           * (waymark_window_set_file_etag). */
          g_autofree char *etag = file ? waymark_window_query_etag (file, NULL) : NULL;

          waymark_window_set_file_etag (self, etag);
        }
    }

  _waymark_window_update_title (self);
  _waymark_window_update_actions (self);

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * waymark_window_get_visible_view:
 *
 * Returns: "welcome" while there is no document, else the name of the
 *   visible view: "map", "matrix", "stages", "gaps" or "content"
 */
const char *
waymark_window_get_visible_view (WaymarkWindow *self)
{
  g_return_val_if_fail (WAYMARK_IS_WINDOW (self), NULL);

  if (self->document == NULL)
    return "welcome";

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
waymark_window_add_toast (WaymarkWindow *self,
                          const char    *title)
{
  g_return_if_fail (WAYMARK_IS_WINDOW (self));
  g_return_if_fail (title != NULL);

  waymark_toast_show (GTK_WIDGET (self->toast_overlay), title);
}

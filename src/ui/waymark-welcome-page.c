/* waymark-welcome-page.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a window shows before it has a document: one row per template
 * (activating win.new-from-template), the recently used journeys
 * (win.open-recent) and an Open button.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-templates.h"
#include "waymark-folder-label.h"
#include "waymark-welcome-page.h"

#define WAYMARK_MIME_TYPE "application/x-waymark"
#define WAYMARK_SUFFIX    ".waymark"
#define URI_KEY           "waymark-recent-uri"

struct _WaymarkWelcomePage
{
  AdwBin                parent_instance;

  AdwPreferencesGroup  *templates_group;
  AdwPreferencesGroup  *recent_group;

  GPtrArray            *template_rows;
  GPtrArray            *recent_rows;
  /* "Show All Recent Files", while some are hidden. */
  GtkWidget            *more_row;
};

G_DEFINE_FINAL_TYPE (WaymarkWelcomePage, waymark_welcome_page, ADW_TYPE_BIN)

static gboolean
is_journey (GtkRecentInfo *info)
{
  const char *mime_type = gtk_recent_info_get_mime_type (info);
  const char *uri = gtk_recent_info_get_uri (info);

  if (g_strcmp0 (mime_type, WAYMARK_MIME_TYPE) == 0)
    return TRUE;

  return uri != NULL && g_str_has_suffix (uri, WAYMARK_SUFFIX);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo * const *)a;
  GtkRecentInfo *ib = *(GtkRecentInfo * const *)b;
  GDateTime *ma = gtk_recent_info_get_modified (ia);
  GDateTime *mb = gtk_recent_info_get_modified (ib);

  if (ma == NULL || mb == NULL)
    return (ma == NULL) - (mb == NULL);

  return g_date_time_compare (mb, ma);
}

static gboolean
same_files (WaymarkWelcomePage *self,
            GPtrArray          *infos)
{
  if (infos->len != self->recent_rows->len)
    return FALSE;

  for (guint i = 0; i < infos->len; i++)
    if (g_strcmp0 (gtk_recent_info_get_uri (g_ptr_array_index (infos, i)),
                   g_object_get_data (g_ptr_array_index (self->recent_rows, i), URI_KEY)) != 0)
      return FALSE;

  return TRUE;
}

static void
on_more_activated_cb (WaymarkWelcomePage *self)
{
  for (guint i = 0; i < self->recent_rows->len; i++)
    gtk_widget_set_visible (g_ptr_array_index (self->recent_rows, i), TRUE);
  gtk_widget_set_visible (self->more_row, FALSE);

  /* The keyboard goes on to the first file it had not shown. */
  if (self->recent_rows->len > WAYMARK_WELCOME_SHOWN_RECENT)
    gtk_widget_grab_focus (g_ptr_array_index (self->recent_rows, WAYMARK_WELCOME_SHOWN_RECENT));
}

static void
waymark_welcome_page_reload_recent (WaymarkWelcomePage *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GPtrArray) infos = NULL;
  GList *items;

  g_assert (WAYMARK_IS_WELCOME_PAGE (self));

  infos = g_ptr_array_new_with_free_func ((GDestroyNotify)gtk_recent_info_unref);
  items = gtk_recent_manager_get_items (manager);
  for (const GList *l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (is_journey (info) &&
          gtk_recent_info_exists (info))
        g_ptr_array_add (infos, gtk_recent_info_ref (info));
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);

  g_ptr_array_sort (infos, compare_recent);
  if (infos->len > WAYMARK_WELCOME_MAX_RECENT)
    g_ptr_array_set_size (infos, WAYMARK_WELCOME_MAX_RECENT);

  /* The list changes whenever any program opens any file: the rows stay
   * (and "Show All", and the focus) unless ours changed. */
  if (same_files (self, infos))
    return;

  for (guint i = 0; i < self->recent_rows->len; i++)
    adw_preferences_group_remove (self->recent_group,
                                  g_ptr_array_index (self->recent_rows, i));
  g_ptr_array_set_size (self->recent_rows, 0);
  if (self->more_row != NULL)
    adw_preferences_group_remove (self->recent_group, g_steal_pointer (&self->more_row));

  for (guint i = 0; i < infos->len; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (infos, i);
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autofree char *folder = waymark_dup_folder_label (file);
      GtkWidget *row;

      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", gtk_recent_info_get_display_name (info),
                          "subtitle", folder,
                          "activatable", TRUE,
                          "use-markup", FALSE,
                          "action-name", "win.open-recent",
                          "action-target", g_variant_new_string (uri),
                          NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "go-next-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
      gtk_widget_set_visible (row, i < WAYMARK_WELCOME_SHOWN_RECENT);
      g_object_set_data_full (G_OBJECT (row), URI_KEY, g_strdup (uri), g_free);
      adw_preferences_group_add (self->recent_group, row);
      g_ptr_array_add (self->recent_rows, row);
    }

  if (self->recent_rows->len > WAYMARK_WELCOME_SHOWN_RECENT)
    {
      guint hidden = self->recent_rows->len - WAYMARK_WELCOME_SHOWN_RECENT;
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more", "%u more", hidden),
                                  hidden);
      self->more_row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", _("Show All Recent Files"),
                                     "subtitle", subtitle,
                                     "activatable", TRUE,
                                     "use-markup", FALSE,
                                     NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (self->more_row),
                                 g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "view-more-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
      g_signal_connect_object (self->more_row, "activated",
                               G_CALLBACK (on_more_activated_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->recent_group, self->more_row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), self->recent_rows->len > 0);
}

static void
add_template_rows (WaymarkWelcomePage *self)
{
  const char * const *ids = waymark_templates_get_ids ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      GtkWidget *row;
      GtkWidget *icon;

      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", waymark_templates_get_title (ids[i]),
                          "subtitle", waymark_templates_get_description (ids[i]),
                          "activatable", TRUE,
                          "use-markup", FALSE,
                          "action-name", "win.new-from-template",
                          "action-target", g_variant_new_string (ids[i]),
                          NULL);
      icon = g_object_new (GTK_TYPE_IMAGE,
                           "icon-name", waymark_templates_get_icon_name (ids[i]),
                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                           NULL);
      gtk_widget_add_css_class (icon, "template-icon");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 g_object_new (GTK_TYPE_IMAGE,
                                               "icon-name", "go-next-symbolic",
                                               "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                               NULL));
      adw_preferences_group_add (self->templates_group, row);
      g_object_set_data_full (G_OBJECT (row), "template-id", g_strdup (ids[i]), g_free);
      g_ptr_array_add (self->template_rows, row);
    }
}

/* The template the user chose last has the focus: Enter starts the next
 * journey the same way. */
static void
waymark_welcome_page_map (GtkWidget *widget)
{
  WaymarkWelcomePage *self = WAYMARK_WELCOME_PAGE (widget);
  g_autoptr(GSettings) settings = g_settings_new ("org.waymark.Waymark");
  g_autofree char *recent = g_settings_get_string (settings, "recent-template");

  GTK_WIDGET_CLASS (waymark_welcome_page_parent_class)->map (widget);

  for (guint i = 0; i < self->template_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->template_rows, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "template-id"), recent) == 0)
        {
          gtk_widget_grab_focus (row);
          break;
        }
    }
}

static void
waymark_welcome_page_dispose (GObject *object)
{
  WaymarkWelcomePage *self = (WaymarkWelcomePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_WELCOME_PAGE);
  g_clear_pointer (&self->recent_rows, g_ptr_array_unref);
  g_clear_pointer (&self->template_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_welcome_page_parent_class)->dispose (object);
}

static void
waymark_welcome_page_class_init (WaymarkWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_welcome_page_dispose;

  widget_class->map = waymark_welcome_page_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/waymark/Waymark/waymark-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkWelcomePage, templates_group);
  gtk_widget_class_bind_template_child (widget_class, WaymarkWelcomePage, recent_group);
}

static void
waymark_welcome_page_init (WaymarkWelcomePage *self)
{
  self->recent_rows = g_ptr_array_new ();
  self->template_rows = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  add_template_rows (self);

  g_signal_connect_object (gtk_recent_manager_get_default (),
                           "changed",
                           G_CALLBACK (waymark_welcome_page_reload_recent),
                           self,
                           G_CONNECT_SWAPPED);
  waymark_welcome_page_reload_recent (self);
}

GtkWidget *
waymark_welcome_page_new (void)
{
  return g_object_new (WAYMARK_TYPE_WELCOME_PAGE, NULL);
}

guint
waymark_welcome_page_get_n_recent (WaymarkWelcomePage *self)
{
  g_return_val_if_fail (WAYMARK_IS_WELCOME_PAGE (self), 0);

  return self->recent_rows->len;
}

/**
 * waymark_welcome_page_get_more_row:
 *
 * Returns: (transfer none) (nullable): the row that shows every recent
 *   file, while some are hidden
 */
GtkWidget *
waymark_welcome_page_get_more_row (WaymarkWelcomePage *self)
{
  g_return_val_if_fail (WAYMARK_IS_WELCOME_PAGE (self), NULL);

  return self->more_row;
}

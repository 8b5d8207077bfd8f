/* waymark-content-editor.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog that adds or edits one content item: its title, type, the
 * question it answers (picked from the stages' questions, or typed), its
 * link, and the personas and stages it serves. Saving is one undoable
 * step through the document's commands; an added item is added in the
 * same step.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-content-editor.h"

struct _WaymarkContentEditor
{
  AdwWindow           parent_instance;

  WaymarkDocument    *document;
  WaymarkContentItem *item;       /* NULL when adding */

  GtkWidget          *title_row;
  GtkWidget          *type_row;
  GtkWidget          *question_row;
  GtkWidget          *url_row;
  GPtrArray          *checks;     /* GtkCheckButton, named by persona or stage id */
};

G_DEFINE_FINAL_TYPE (WaymarkContentEditor, waymark_content_editor, ADW_TYPE_WINDOW)

static GtkWidget *
add_entry_row (GtkWidget  *group,
               const char *title,
               const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return row;
}

static void
on_question_chosen_cb (GtkListBox    *list,
                       GtkListBoxRow *row,
                       gpointer       user_data)
{
  WaymarkContentEditor *self = user_data;
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (self->question_row),
                         adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

/* A menu of every stage's questions beside the question's entry. */
static GtkWidget *
new_question_menu (WaymarkContentEditor *self,
                   WaymarkJourney       *journey)
{
  GListModel *stages = waymark_journey_get_stages (journey);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  for (guint i = 0; i < g_list_model_get_n_items (stages); i++)
    {
      g_autoptr(WaymarkStage) stage = g_list_model_get_item (stages, i);
      const char * const *questions = waymark_stage_get_questions (stage);

      for (guint q = 0; questions && questions[q]; q++)
        {
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), questions[q]);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), waymark_stage_get_name (stage));
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }
    }

  g_signal_connect_object (list, "row-activated", G_CALLBACK (on_question_chosen_cb), self, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Questions of the stages"),
                                  -1);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scrolled), 380);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_popover_set_child (GTK_POPOVER (popover), scrolled);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-list-bullet-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Pick a Stage Question"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Pick a Stage Question"),
                                  -1);

  return button;
}

/* One check row per persona or stage, checked when @ids has it. */
static GtkWidget *
new_check_group (WaymarkContentEditor *self,
                 const char           *title,
                 GListModel           *items,
                 const char * const   *ids)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WaymarkItem) item = g_list_model_get_item (items, i);
      const char *id = waymark_item_get_id (item);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), waymark_item_get_label (item));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ids && g_strv_contains (ids, id));
      gtk_widget_set_name (check, id);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, waymark_item_get_label (item),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->checks, check);
    }

  return group;
}

static char **
dup_checked (WaymarkContentEditor *self,
             GListModel           *items)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  /* In the journey's order, which the writer keeps. */
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WaymarkItem) item = g_list_model_get_item (items, i);

      for (guint c = 0; c < self->checks->len; c++)
        {
          GtkWidget *check = g_ptr_array_index (self->checks, c);

          if (g_str_equal (gtk_widget_get_name (check), waymark_item_get_id (item)) &&
              gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
            g_strv_builder_add (builder, waymark_item_get_id (item));
        }
    }

  return g_strv_builder_end (builder);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  waymark_content_editor_save (WAYMARK_CONTENT_EDITOR (widget));
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
build (WaymarkContentEditor *self)
{
  WaymarkJourney *journey = waymark_document_get_journey (self->document);
  WaymarkContentItem *item = self->item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (item ? _("_Save") : _("_Add"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  gtk_window_set_title (GTK_WINDOW (self), item ? _("Edit Content Item") : _("Add Content Item"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "editor.cancel");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "editor.save");
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  self->title_row = add_entry_row (group, _("Title"),
                                   item ? waymark_content_item_get_title (item) : "");
  self->type_row = add_entry_row (group, _("Type (ebook, case study, video…)"),
                                  item ? waymark_content_item_get_content_type (item) : "");
  self->question_row = add_entry_row (group, _("Question Answered"),
                                      item ? waymark_content_item_get_question (item) : "");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self->question_row), new_question_menu (self, journey));
  self->url_row = add_entry_row (group, _("Link"), item ? waymark_content_item_get_url (item) : "");
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (new_check_group (self, _("Personas"),
                                                                    waymark_journey_get_personas (journey),
                                                                    item ? waymark_content_item_get_personas (item) : NULL)));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (new_check_group (self, _("Stages"),
                                                                    waymark_journey_get_stages (journey),
                                                                    item ? waymark_content_item_get_stages (item) : NULL)));

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  gtk_widget_grab_focus (self->title_row);
}

static void
waymark_content_editor_dispose (GObject *object)
{
  WaymarkContentEditor *self = (WaymarkContentEditor *)object;

  g_clear_object (&self->document);
  g_clear_object (&self->item);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_content_editor_parent_class)->dispose (object);
}

static void
waymark_content_editor_class_init (WaymarkContentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_content_editor_dispose;

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
waymark_content_editor_init (WaymarkContentEditor *self)
{
  self->checks = g_ptr_array_new ();
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
}

/**
 * waymark_content_editor_new:
 * @item: (nullable): the item to edit, or %NULL to add one
 */
GtkWidget *
waymark_content_editor_new (WaymarkDocument    *document,
                            WaymarkContentItem *item)
{
  WaymarkContentEditor *self;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (!item || WAYMARK_IS_CONTENT_ITEM (item), NULL);

  self = g_object_new (WAYMARK_TYPE_CONTENT_EDITOR, NULL);
  self->document = g_object_ref (document);
  self->item = item ? g_object_ref (item) : NULL;
  build (self);

  return GTK_WIDGET (self);
}

/**
 * waymark_content_editor_save:
 *
 * Applies what the dialog shows, as one step of undo.
 */
void
waymark_content_editor_save (WaymarkContentEditor *self)
{
  WaymarkJourney *journey;
  g_auto(GStrv) personas = NULL;
  g_auto(GStrv) stages = NULL;
  WaymarkContentItem *item;
  const char *title;

  g_return_if_fail (WAYMARK_IS_CONTENT_EDITOR (self));

  journey = waymark_document_get_journey (self->document);
  personas = dup_checked (self, waymark_journey_get_personas (journey));
  stages = dup_checked (self, waymark_journey_get_stages (journey));
  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));

  waymark_document_begin_group (self->document,
                                self->item ? _("Edit Content Item") : _("Add Content"));
  item = self->item;
  if (item == NULL)
    item = waymark_document_add_content_item (self->document, G_MAXUINT,
                                              title[0] ? title : _("Untitled content"));
  waymark_document_set (self->document, item,
                        "title", title[0] ? title : waymark_content_item_get_title (item),
                        "content-type", gtk_editable_get_text (GTK_EDITABLE (self->type_row)),
                        "question", gtk_editable_get_text (GTK_EDITABLE (self->question_row)),
                        "url", gtk_editable_get_text (GTK_EDITABLE (self->url_row)),
                        "personas", personas,
                        "stages", stages,
                        NULL);
  waymark_document_end_group (self->document);
}

/**
 * waymark_content_editor_set_text:
 * @field: "title", "type", "question" or "url"
 *
 * Types into a field, as the user does; for tests.
 */
void
waymark_content_editor_set_text (WaymarkContentEditor *self,
                                 const char           *field,
                                 const char           *text)
{
  GtkWidget *row = NULL;

  g_return_if_fail (WAYMARK_IS_CONTENT_EDITOR (self));

  if (g_str_equal (field, "title"))
    row = self->title_row;
  else if (g_str_equal (field, "type"))
    row = self->type_row;
  else if (g_str_equal (field, "question"))
    row = self->question_row;
  else if (g_str_equal (field, "url"))
    row = self->url_row;

  g_return_if_fail (row != NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * waymark_content_editor_set_checked:
 * @id: a persona's or a stage's id
 *
 * Checks or unchecks the persona or stage, as the user does; for tests.
 */
void
waymark_content_editor_set_checked (WaymarkContentEditor *self,
                                    const char           *id,
                                    gboolean              checked)
{
  g_return_if_fail (WAYMARK_IS_CONTENT_EDITOR (self));

  for (guint c = 0; c < self->checks->len; c++)
    {
      GtkWidget *check = g_ptr_array_index (self->checks, c);

      if (g_str_equal (gtk_widget_get_name (check), id))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), checked);
    }
}

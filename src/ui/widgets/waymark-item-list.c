/* waymark-item-list.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-drop-position.h"
#include "waymark-edit-commit.h"
#include "waymark-entry-property-row.h"
#include "waymark-item-list.h"
#include "waymark-overflow-text.h"
#include "waymark-toast.h"

/* A boxed list bound to a GListModel: one row per item, edited in place,
 * with a drag handle and Alt+Up/Alt+Down to reorder, a delete button, and a
 * last row to add an item. What the rows do with the items is given by
 * #WaymarkItemListFuncs, so one widget edits every list of the journey. */

struct _WaymarkItemList
{
  AdwPreferencesGroup         parent_instance;

  GtkListBox                 *list_box;

  WaymarkDocument            *document;
  GListModel                 *model;
  GListStore                 *add_store;
  GObject                    *add_sentinel;
  const WaymarkItemListFuncs *funcs;
  gpointer                    user_data;
  char                       *add_title;
  char                       *name_title;

  guint                       reorderable : 1;
  guint                       removable : 1;
  /* The rows are out of date, to be built when the list is shown. */
  guint                       stale : 1;
};

G_DEFINE_FINAL_TYPE (WaymarkItemList, waymark_item_list, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_MODEL,
  PROP_REORDERABLE,
  PROP_REMOVABLE,
  PROP_ADD_TITLE,
  PROP_NAME_TITLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

#define RESOURCE_PATH "/org/waymark/Waymark/widgets/"
#define ITEM_KEY "waymark-item-list-item"
#define NAME_ROW_KEY "waymark-item-list-name-row"
#define DETAILS_KEY "waymark-item-list-details"

static const WaymarkItemListFuncs default_funcs = { NULL };

/* g_set_str() is GLib 2.76. */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

static gpointer
row_get_item (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), ITEM_KEY);
}

/* The row's position in the model, or -1 when the row no longer shows the
 * item there: it is being removed, and its edits are stale. */
static int
row_get_position (WaymarkItemList *self,
                  GtkWidget       *row)
{
  g_autoptr(GObject) item = NULL;
  int index;

  /* A row out of the list has no index to ask for. */
  if (self->model == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (self->list_box))
    return -1;

  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
  if (index < 0 || (guint)index >= g_list_model_get_n_items (self->model))
    return -1;

  item = g_list_model_get_item (self->model, index);
  if (item != row_get_item (row))
    return -1;

  return index;
}

static char *
dup_name (WaymarkItemList *self,
          gpointer         item)
{
  if (self->funcs->dup_name != NULL)
    return self->funcs->dup_name (item, self->user_data);

  if (WAYMARK_IS_ITEM (item))
    return g_strdup (waymark_item_get_label (item));

  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (item));

  return g_strdup ("");
}

static guint
find_position (WaymarkItemList *self,
               gpointer         item,
               gboolean        *found)
{
  guint n = g_list_model_get_n_items (self->model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (self->model, i);

      if (other == item)
        {
          *found = TRUE;
          return i;
        }
    }

  *found = FALSE;
  return 0;
}

static void
update_row_label (WaymarkItemList *self,
                  GtkWidget       *row)
{
  gpointer item = row_get_item (row);
  g_autofree char *name = dup_name (self, item);
  g_autofree char *title = NULL;

  if (ADW_IS_EXPANDER_ROW (row))
    {
      if (self->funcs->dup_title != NULL)
        title = self->funcs->dup_title (self->document, item, self->user_data);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title ? title : name);
    }
  else if (ADW_IS_ENTRY_ROW (row) &&
           g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), name) != 0)
    {
      waymark_edit_commit_set_text (row, name);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title ? title : name,
                                  -1);
}

static WaymarkItemList *
get_list (GtkWidget *row)
{
  return WAYMARK_ITEM_LIST (gtk_widget_get_ancestor (row, WAYMARK_TYPE_ITEM_LIST));
}

static void
on_item_label_changed_cb (GtkWidget *row)
{
  WaymarkItemList *self = get_list (row);

  if (self != NULL)
    update_row_label (self, row);
}

static void
on_name_commit_cb (GtkWidget           *row,
                   WaymarkCommitReason  reason,
                   gpointer             user_data)
{
  WaymarkItemList *self = user_data;
  g_autofree char *name = NULL;
  const char *text;
  int position;

  /* A list of stand-ins makes a new row for a new value: the focus would
   * leave the row at each key. */
  if (reason == WAYMARK_COMMIT_TYPED && self->funcs->rename != NULL)
    return;

  position = row_get_position (self, row);
  if (position < 0)
    return;

  name = dup_name (self, row_get_item (row));
  text = gtk_editable_get_text (GTK_EDITABLE (row));
  if (g_strcmp0 (name, text) == 0)
    return;

  /* An empty name is refused once the user is done: the row shows the
   * name it had. */
  if (text[0] == '\0')
    {
      if (reason != WAYMARK_COMMIT_TYPED)
        waymark_edit_commit_set_text (row, name);
      return;
    }

  if (self->funcs->rename != NULL)
    self->funcs->rename (self->document, row_get_item (row), position, text, self->user_data);
  else
    waymark_document_rename (self->document, row_get_item (row), text);

  /* A list of stand-ins may have made a new row for the new value. */
  if (reason == WAYMARK_COMMIT_ACTIVATED &&
      (GtkWidget *)waymark_item_list_get_row (self, position) != row)
    waymark_item_list_focus_item (self, position, FALSE);
}

static void
on_add_commit_cb (GtkWidget           *row,
                  WaymarkCommitReason  reason,
                  gpointer             user_data)
{
  WaymarkItemList *self = user_data;
  g_autofree char *name = NULL;

  if (reason != WAYMARK_COMMIT_ACTIVATED)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  if (name[0] == '\0')
    {
      gtk_widget_error_bell (row);
      return;
    }

  waymark_item_list_add (self, name);
  waymark_edit_commit_set_text (row, "");
  gtk_widget_grab_focus (row);
}

static void
on_delete_clicked_cb (GtkWidget *button,
                      GtkWidget *row)
{
  WaymarkItemList *self = get_list (row);
  int position = row_get_position (self, row);

  if (position >= 0)
    waymark_item_list_remove (self, position);
}

static gboolean
on_row_shortcut_cb (GtkWidget *row,
                    GVariant  *args,
                    gpointer   user_data)
{
  WaymarkItemList *self = get_list (row);
  const char *what = user_data;
  int position = row_get_position (self, row);
  guint n = g_list_model_get_n_items (self->model);

  /* The add row: nothing to move, but the keys stay here. */
  if (position < 0)
    {
      gtk_widget_error_bell (row);
      return row_get_item (row) == NULL;
    }

  if (g_str_equal (what, "up") && self->reorderable && position > 0)
    waymark_item_list_move (self, position, position - 1);
  else if (g_str_equal (what, "down") && self->reorderable && (guint)position + 1 < n)
    waymark_item_list_move (self, position, position + 1);
  else if (g_str_equal (what, "delete") && self->removable)
    waymark_item_list_remove (self, position);
  else
    gtk_widget_error_bell (row);

  return TRUE;
}

static void
add_row_shortcuts (GtkWidget *row)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  static const struct { const char *accel; const char *what; } shortcuts[] = {
    { "<Alt>Up", "up" },
    { "<Alt>Down", "down" },
    { "Delete", "delete" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    {
      GtkShortcutTrigger *trigger = gtk_shortcut_trigger_parse_string (shortcuts[i].accel);
      GtkShortcutAction *action = gtk_callback_action_new (on_row_shortcut_cb,
                                                           (gpointer)shortcuts[i].what,
                                                           NULL);

      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                            gtk_shortcut_new (trigger, action));
    }
  gtk_widget_add_controller (row, controller);
}

/* Drag and drop: the handle offers the item, every row takes it. */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    GtkWidget     *row)
{
  return gdk_content_provider_new_typed (G_TYPE_OBJECT, row_get_item (row));
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 24, 24);
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            GtkWidget     *row)
{
  WaymarkItemList *self = get_list (row);
  GObject *item = g_value_get_object (value);
  guint from, to;
  gboolean found;

  if (item == NULL || !self->reorderable)
    return FALSE;

  from = find_position (self, item, &found);
  if (!found)
    return FALSE;

  to = waymark_drop_position (from, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)),
                              g_list_model_get_n_items (self->model),
                              y, gtk_widget_get_height (row));
  if (to != from)
    waymark_item_list_move (self, from, to);

  return TRUE;
}

static void
add_drop_target (GtkWidget *row)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_OBJECT, GDK_ACTION_MOVE);

  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

static GtkWidget *
create_drag_handle (GtkWidget *row)
{
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_tooltip_text (handle, _("Drag to reorder, or press Alt+Up or Alt+Down"));
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), row);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));

  return handle;
}

static GtkWidget *
create_delete_button (GtkWidget *row)
{
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Delete"));
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete"),
                                  -1);

  g_signal_connect (button, "clicked", G_CALLBACK (on_delete_clicked_cb), row);

  return button;
}

static GtkWidget *
create_add_row (WaymarkItemList *self)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("list-add-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 self->add_title ? self->add_title : _("Add"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), icon);
  gtk_widget_add_css_class (row, "waymark-add-row");
  waymark_overflow_text_attach (ADW_ENTRY_ROW (row));
  waymark_edit_commit_connect (row, NULL, on_add_commit_cb, self);
  add_row_shortcuts (row);
  add_drop_target (row);

  return row;
}

/* The rows of a collapsed row are not built: a revealer measures its
 * hidden child, and most rows are never opened. */
static void
on_row_expanded_cb (AdwExpanderRow  *row,
                    GParamSpec      *pspec,
                    WaymarkItemList *self)
{
  if (!adw_expander_row_get_expanded (row) || g_object_get_data (G_OBJECT (row), DETAILS_KEY))
    return;

  g_object_set_data (G_OBJECT (row), DETAILS_KEY, GINT_TO_POINTER (TRUE));
  self->funcs->add_details (self->document, row_get_item (GTK_WIDGET (row)), row,
                            self->user_data);
}

static GtkWidget *
create_item_row (gpointer  item,
                 gpointer  user_data)
{
  WaymarkItemList *self = user_data;
  GtkWidget *row;

  if (item == self->add_sentinel)
    return create_add_row (self);

  if (self->funcs->add_details != NULL)
    {
      GtkWidget *name_row;

      row = adw_expander_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      g_object_set_data_full (G_OBJECT (row), ITEM_KEY, g_object_ref (item), g_object_unref);

      if (self->reorderable)
        adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), create_drag_handle (row));
      if (self->removable)
        adw_expander_row_add_action (ADW_EXPANDER_ROW (row), create_delete_button (row));

      name_row = waymark_entry_property_row_new (self->document, item, "name",
                                               self->name_title ? self->name_title : _("Name"));
      g_object_set_data (G_OBJECT (row), NAME_ROW_KEY, name_row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), name_row);

      if (self->funcs->bind_row != NULL)
        self->funcs->bind_row (self->document, item, ADW_EXPANDER_ROW (row), self->user_data);
      g_signal_connect (row, "notify::expanded", G_CALLBACK (on_row_expanded_cb), self);

      if (self->funcs->dup_title != NULL)
        g_signal_connect_object (self->document, "changed",
                                 G_CALLBACK (on_item_label_changed_cb), row,
                                 G_CONNECT_SWAPPED);
    }
  else
    {
      row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     self->name_title ? self->name_title : _("Name"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      /* A question is a sentence: the whole of it wraps under the line. */
      waymark_overflow_text_attach (ADW_ENTRY_ROW (row));
      g_object_set_data_full (G_OBJECT (row), ITEM_KEY, g_object_ref (item), g_object_unref);

      if (self->reorderable)
        adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), create_drag_handle (row));
      if (self->removable)
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), create_delete_button (row));

      waymark_edit_commit_connect (row, self->document, on_name_commit_cb, self);
    }

  if (G_IS_OBJECT (item) && g_object_class_find_property (G_OBJECT_GET_CLASS (item), "label"))
    g_signal_connect_object (item, "notify::label",
                             G_CALLBACK (on_item_label_changed_cb), row,
                             G_CONNECT_SWAPPED);

  if (self->reorderable)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    _("Press Alt+Up or Alt+Down to move"),
                                    -1);

  add_row_shortcuts (row);
  add_drop_target (row);
  update_row_label (self, row);

  return row;
}

static void
bind_rows (WaymarkItemList *self)
{
  g_autoptr(GListStore) models = NULL;
  g_autoptr(GtkFlattenListModel) rows = NULL;

  self->stale = FALSE;
  g_list_store_remove_all (self->add_store);

  if (self->document == NULL || self->model == NULL)
    {
      gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
      return;
    }

  if (self->funcs->add != NULL)
    g_list_store_append (self->add_store, self->add_sentinel);

  models = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (models, self->model);
  g_list_store_append (models, self->add_store);
  rows = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&models)));

  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (rows), create_item_row, self, NULL);
}

/* A list nobody looks at (a hidden section of the Stages view) builds no
 * rows: they cost most of the start-up time of a big journey. */
static void
rebind (WaymarkItemList *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      bind_rows (self);
    }
  else
    {
      gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
      self->stale = TRUE;
    }
}

static void
ensure_rows (WaymarkItemList *self)
{
  if (self->stale)
    bind_rows (self);
}

static void
waymark_item_list_map (GtkWidget *widget)
{
  /* Before the children are mapped, so that the new rows are too. */
  ensure_rows (WAYMARK_ITEM_LIST (widget));

  GTK_WIDGET_CLASS (waymark_item_list_parent_class)->map (widget);
}

static void
waymark_item_list_dispose (GObject *object)
{
  WaymarkItemList *self = (WaymarkItemList *)object;

  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->document);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (waymark_item_list_parent_class)->dispose (object);
}

static void
waymark_item_list_finalize (GObject *object)
{
  WaymarkItemList *self = (WaymarkItemList *)object;

  g_clear_object (&self->add_store);
  g_clear_object (&self->add_sentinel);
  g_clear_pointer (&self->add_title, g_free);
  g_clear_pointer (&self->name_title, g_free);

  G_OBJECT_CLASS (waymark_item_list_parent_class)->finalize (object);
}

static void
waymark_item_list_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WaymarkItemList *self = WAYMARK_ITEM_LIST (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_REORDERABLE:
      g_value_set_boolean (value, self->reorderable);
      break;

    case PROP_REMOVABLE:
      g_value_set_boolean (value, self->removable);
      break;

    case PROP_ADD_TITLE:
      g_value_set_string (value, self->add_title);
      break;

    case PROP_NAME_TITLE:
      g_value_set_string (value, self->name_title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_item_list_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WaymarkItemList *self = WAYMARK_ITEM_LIST (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      waymark_item_list_set_document (self, g_value_get_object (value));
      break;

    case PROP_MODEL:
      waymark_item_list_set_model (self, g_value_get_object (value));
      break;

    case PROP_REORDERABLE:
      waymark_item_list_set_reorderable (self, g_value_get_boolean (value));
      break;

    case PROP_REMOVABLE:
      waymark_item_list_set_removable (self, g_value_get_boolean (value));
      break;

    case PROP_ADD_TITLE:
      if (set_string (&self->add_title, g_value_get_string (value)))
        {
          rebind (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    case PROP_NAME_TITLE:
      if (set_string (&self->name_title, g_value_get_string (value)))
        {
          rebind (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_item_list_class_init (WaymarkItemListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_item_list_dispose;
  object_class->finalize = waymark_item_list_finalize;
  object_class->get_property = waymark_item_list_get_property;
  object_class->set_property = waymark_item_list_set_property;

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         WAYMARK_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REORDERABLE] =
    g_param_spec_boolean ("reorderable", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties [PROP_REMOVABLE] =
    g_param_spec_boolean ("removable", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  properties [PROP_ADD_TITLE] =
    g_param_spec_string ("add-title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NAME_TITLE] =
    g_param_spec_string ("name-title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = waymark_item_list_map;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "waymark-item-list.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkItemList, list_box);
}

static void
waymark_item_list_init (WaymarkItemList *self)
{
  self->reorderable = TRUE;
  self->removable = TRUE;
  self->funcs = &default_funcs;
  self->add_store = g_list_store_new (G_TYPE_OBJECT);
  self->add_sentinel = g_object_new (G_TYPE_OBJECT, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
waymark_item_list_new (void)
{
  return g_object_new (WAYMARK_TYPE_ITEM_LIST, NULL);
}

WaymarkDocument *
waymark_item_list_get_document (WaymarkItemList *self)
{
  g_return_val_if_fail (WAYMARK_IS_ITEM_LIST (self), NULL);

  return self->document;
}

void
waymark_item_list_set_document (WaymarkItemList *self,
                                WaymarkDocument *document)
{
  g_return_if_fail (WAYMARK_IS_ITEM_LIST (self));
  g_return_if_fail (!document || WAYMARK_IS_DOCUMENT (document));

  if (g_set_object (&self->document, document))
    {
      rebind (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);
    }
}

/**
 * waymark_item_list_get_model:
 *
 * Returns: (transfer none) (nullable): the items shown
 */
GListModel *
waymark_item_list_get_model (WaymarkItemList *self)
{
  g_return_val_if_fail (WAYMARK_IS_ITEM_LIST (self), NULL);

  return self->model;
}

void
waymark_item_list_set_model (WaymarkItemList *self,
                             GListModel      *model)
{
  g_return_if_fail (WAYMARK_IS_ITEM_LIST (self));
  g_return_if_fail (!model || G_IS_LIST_MODEL (model));

  if (g_set_object (&self->model, model))
    {
      rebind (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODEL]);
    }
}

/**
 * waymark_item_list_set_funcs:
 * @funcs: (nullable): static functions that edit the items
 * @user_data: passed to @funcs
 */
void
waymark_item_list_set_funcs (WaymarkItemList            *self,
                             const WaymarkItemListFuncs *funcs,
                             gpointer                    user_data)
{
  g_return_if_fail (WAYMARK_IS_ITEM_LIST (self));

  self->funcs = funcs ? funcs : &default_funcs;
  self->user_data = user_data;
  rebind (self);
}

gboolean
waymark_item_list_get_reorderable (WaymarkItemList *self)
{
  g_return_val_if_fail (WAYMARK_IS_ITEM_LIST (self), FALSE);

  return self->reorderable;
}

void
waymark_item_list_set_reorderable (WaymarkItemList *self,
                                   gboolean         reorderable)
{
  g_return_if_fail (WAYMARK_IS_ITEM_LIST (self));

  reorderable = !!reorderable;
  if (self->reorderable != reorderable)
    {
      self->reorderable = reorderable;
      rebind (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REORDERABLE]);
    }
}

gboolean
waymark_item_list_get_removable (WaymarkItemList *self)
{
  g_return_val_if_fail (WAYMARK_IS_ITEM_LIST (self), FALSE);

  return self->removable;
}

void
waymark_item_list_set_removable (WaymarkItemList *self,
                                 gboolean         removable)
{
  g_return_if_fail (WAYMARK_IS_ITEM_LIST (self));

  removable = !!removable;
  if (self->removable != removable)
    {
      self->removable = removable;
      rebind (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REMOVABLE]);
    }
}

/**
 * waymark_item_list_get_row:
 * @position: an item's position; the number of items gives the add row
 *
 * Returns: (transfer none) (nullable): the row
 */
GtkListBoxRow *
waymark_item_list_get_row (WaymarkItemList *self,
                           guint            position)
{
  g_return_val_if_fail (WAYMARK_IS_ITEM_LIST (self), NULL);

  ensure_rows (self);

  return gtk_list_box_get_row_at_index (self->list_box, position);
}

/**
 * waymark_item_list_focus_item:
 * @select_name: whether to open the row and select its name for editing
 *
 * Returns: whether a row took the focus
 */
gboolean
waymark_item_list_focus_item (WaymarkItemList *self,
                              guint            position,
                              gboolean         select_name)
{
  GtkWidget *row, *name_row;

  g_return_val_if_fail (WAYMARK_IS_ITEM_LIST (self), FALSE);

  ensure_rows (self);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, position));
  if (row == NULL)
    return FALSE;

  name_row = ADW_IS_ENTRY_ROW (row) ? row : g_object_get_data (G_OBJECT (row), NAME_ROW_KEY);

  if (select_name && name_row != NULL)
    {
      if (ADW_IS_EXPANDER_ROW (row))
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      if (gtk_widget_grab_focus (name_row))
        {
          gtk_editable_select_region (GTK_EDITABLE (name_row), 0, -1);
          return TRUE;
        }
    }

  return gtk_widget_grab_focus (row) || gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD);
}

/**
 * waymark_item_list_move:
 *
 * Moves the item at @from to @to as one undoable edit, keeping the focus
 * on it.
 */
void
waymark_item_list_move (WaymarkItemList *self,
                        guint            from,
                        guint            to)
{
  g_autoptr(GObject) item = NULL;
  guint n;

  g_return_if_fail (WAYMARK_IS_ITEM_LIST (self));
  g_return_if_fail (self->document != NULL && self->model != NULL);

  n = g_list_model_get_n_items (self->model);
  if (from >= n || to >= n || from == to)
    return;

  item = g_list_model_get_item (self->model, from);
  if (self->funcs->move != NULL)
    self->funcs->move (self->document, item, from, to, self->user_data);
  else
    waymark_document_reorder (self->document, item, to);

  waymark_item_list_focus_item (self, to, FALSE);
}

/**
 * waymark_item_list_remove:
 *
 * Deletes the item at @position as one undoable edit and says so in a toast
 * with an Undo button.
 */
void
waymark_item_list_remove (WaymarkItemList *self,
                          guint            position)
{
  g_autoptr(GObject) item = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  guint n;

  g_return_if_fail (WAYMARK_IS_ITEM_LIST (self));
  g_return_if_fail (self->document != NULL && self->model != NULL);

  if (position >= g_list_model_get_n_items (self->model))
    return;

  item = g_list_model_get_item (self->model, position);
  name = dup_name (self, item);

  if (self->funcs->remove != NULL)
    self->funcs->remove (self->document, item, position, self->user_data);
  else
    waymark_document_remove (self->document, item);

  /* Translators: the toast after deleting an item of a list */
  message = g_strdup_printf (_("“%s” deleted"), name);
  waymark_toast_show_undo (GTK_WIDGET (self), message);

  /* Keep the keyboard where it was: on the next row, or the add row. */
  n = g_list_model_get_n_items (self->model);
  waymark_item_list_focus_item (self, MIN (position, n), FALSE);
}

/**
 * waymark_item_list_add:
 *
 * Adds an item named @name at the end, as one undoable edit.
 *
 * Returns: (transfer none) (nullable): what the add function returned
 */
gpointer
waymark_item_list_add (WaymarkItemList *self,
                       const char      *name)
{
  g_return_val_if_fail (WAYMARK_IS_ITEM_LIST (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (self->funcs->add == NULL || self->document == NULL || self->model == NULL)
    return NULL;

  return self->funcs->add (self->document,
                           g_list_model_get_n_items (self->model),
                           name,
                           self->user_data);
}

/* waymark-stages-view-lists.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-color-row.h"
#include "waymark-color-swatch.h"
#include "waymark-enum-row.h"
#include "waymark-stage-row.h"
#include "waymark-stages-view.h"
#include "waymark-stages-view-lists.h"
#include "waymark-text-row.h"

/* The lists of the Stages view besides the stages themselves: how each adds
 * an item and which rows it shows under it. */

static gpointer
lane_add (WaymarkDocument *document,
          guint            position,
          const char      *name,
          gpointer         user_data)
{
  return waymark_document_add_lane (document, position, name, WAYMARK_PERSPECTIVE_COMPANY);
}

static const char *
perspective_title (int value)
{
  return waymark_perspective_get_title (value);
}

static void
update_lane_subtitle (AdwExpanderRow *row,
                      GParamSpec     *pspec,
                      WaymarkLane    *lane)
{
  WaymarkPerspective perspective = waymark_lane_get_perspective (lane);

  adw_expander_row_set_subtitle (row, waymark_perspective_get_title (perspective));
}

static void
lane_add_details (WaymarkDocument *document,
                  gpointer         item,
                  AdwExpanderRow  *row,
                  gpointer         user_data)
{
  adw_expander_row_add_row (row, waymark_enum_row_new (document, item, "perspective",
                                                              _("Perspective"),
                                                              perspective_title));
  adw_expander_row_add_row (row, waymark_color_row_new (document, item, "color",
                                                               _("Colour")));
}

static void
lane_bind_row (WaymarkDocument *document,
               gpointer         item,
               AdwExpanderRow  *row,
               gpointer         user_data)
{
  adw_expander_row_add_prefix (row, waymark_color_swatch_new_for_item (item));
  g_signal_connect_object (item, "notify::perspective", G_CALLBACK (update_lane_subtitle), row,
                           G_CONNECT_SWAPPED);
  update_lane_subtitle (row, NULL, item);
}

const WaymarkItemListFuncs _waymark_lane_list_funcs = {
  .add = lane_add,
  .bind_row = lane_bind_row,
  .add_details = lane_add_details,
};

static gpointer
role_add (WaymarkDocument *document,
          guint            position,
          const char      *name,
          gpointer         user_data)
{
  return waymark_document_add_role (document, position, name);
}

static void
role_add_details (WaymarkDocument *document,
                  gpointer         item,
                  AdwExpanderRow  *row,
                  gpointer         user_data)
{
  adw_expander_row_add_row (row, waymark_color_row_new (document, item, "color",
                                                               _("Colour")));
}

/* The colour the Matrix gives the role, beside its name. */
static void
role_bind_row (WaymarkDocument *document,
               gpointer         item,
               AdwExpanderRow  *row,
               gpointer         user_data)
{
  adw_expander_row_add_prefix (row, waymark_color_swatch_new_for_item (item));
}

const WaymarkItemListFuncs _waymark_role_list_funcs = {
  .add = role_add,
  .bind_row = role_bind_row,
  .add_details = role_add_details,
};

static gpointer
channel_add (WaymarkDocument *document,
             guint            position,
             const char      *name,
             gpointer         user_data)
{
  return waymark_document_add_channel (document, position, name);
}

const WaymarkItemListFuncs _waymark_channel_list_funcs = {
  .add = channel_add,
};

static gpointer
persona_add (WaymarkDocument *document,
             guint            position,
             const char      *name,
             gpointer         user_data)
{
  return waymark_document_add_persona (document, position, name);
}

static void
persona_add_details (WaymarkDocument *document,
                     gpointer         item,
                     AdwExpanderRow  *row,
                     gpointer         user_data)
{
  adw_expander_row_add_row (row, waymark_text_row_new (document, item, "description",
                                                              _("Description")));
}

const WaymarkItemListFuncs _waymark_persona_list_funcs = {
  .add = persona_add,
  .add_details = persona_add_details,
};

static gpointer
activity_add (WaymarkDocument *document,
              guint            position,
              const char      *name,
              gpointer         user_data)
{
  WaymarkStagesView *self = user_data;
  WaymarkStage *stage = waymark_stages_view_get_selected_stage (self);

  return waymark_document_add_activity (document, position, name, stage);
}

static void
update_activity_subtitle (AdwExpanderRow  *row,
                          GParamSpec      *pspec,
                          WaymarkActivity *activity)
{
  WaymarkDocument *document = g_object_get_data (G_OBJECT (row), "waymark-document");
  const char *stage_id = waymark_activity_get_stage (activity);
  WaymarkItem *stage = NULL;

  if (stage_id != NULL)
    stage = waymark_journey_lookup (waymark_document_get_journey (document), stage_id);

  adw_expander_row_set_subtitle (row, stage ? waymark_item_get_label (stage) : "");
}

/* The activity's stage was renamed or removed, or the activity moved. */
static void
on_activity_document_changed_cb (AdwExpanderRow  *row,
                                 WaymarkDocument *document)
{
  update_activity_subtitle (row, NULL, g_object_get_data (G_OBJECT (row), "waymark-activity"));
}

static void
activity_add_details (WaymarkDocument *document,
                      gpointer         item,
                      AdwExpanderRow  *row,
                      gpointer         user_data)
{
  adw_expander_row_add_row (row, waymark_stage_row_new (document, item, "stage",
                                                               _("Stage")));
  adw_expander_row_add_row (row, waymark_text_row_new (document, item, "description",
                                                              _("Description")));
}

static void
activity_bind_row (WaymarkDocument *document,
                   gpointer         item,
                   AdwExpanderRow  *row,
                   gpointer         user_data)
{
  g_object_set_data (G_OBJECT (row), "waymark-document", document);
  g_object_set_data (G_OBJECT (row), "waymark-activity", item);
  g_signal_connect_object (document, "changed", G_CALLBACK (on_activity_document_changed_cb), row,
                           G_CONNECT_SWAPPED);
  update_activity_subtitle (row, NULL, item);
}

const WaymarkItemListFuncs _waymark_activity_list_funcs = {
  .add = activity_add,
  .bind_row = activity_bind_row,
  .add_details = activity_add_details,
};

static char *
handoff_dup_title (WaymarkDocument *document,
                   gpointer         item,
                   gpointer         user_data)
{
  WaymarkJourney *journey = waymark_document_get_journey (document);
  WaymarkHandoff *handoff = item;
  WaymarkItem *from = NULL, *to = NULL;

  if (waymark_handoff_get_from (handoff) != NULL)
    from = waymark_journey_lookup (journey, waymark_handoff_get_from (handoff));
  if (waymark_handoff_get_to (handoff) != NULL)
    to = waymark_journey_lookup (journey, waymark_handoff_get_to (handoff));

  /* Translators: a handoff from one stage to the next */
  return g_strdup_printf (_("%s → %s"),
                          from ? waymark_item_get_label (from) : "?",
                          to ? waymark_item_get_label (to) : "?");
}

static gboolean
is_recorded (WaymarkDocument *document,
             WaymarkHandoff  *handoff)
{
  guint position;

  return waymark_journey_find_list (waymark_document_get_journey (document),
                                    WAYMARK_ITEM (handoff), &position) != NULL;
}

static void
update_handoff_row (AdwExpanderRow *row)
{
  WaymarkDocument *document = g_object_get_data (G_OBJECT (row), "waymark-document");
  WaymarkHandoff *handoff = g_object_get_data (G_OBJECT (row), "waymark-handoff");
  GtkWidget *add = g_object_get_data (G_OBJECT (row), "waymark-add-button");
  const char *name = waymark_handoff_get_name (handoff);
  gboolean recorded = is_recorded (document, handoff);

  if (!recorded)
    adw_expander_row_set_subtitle (row, _("Not recorded yet: add it, or type its agreement"));
  else
    adw_expander_row_set_subtitle (row, name ? name : "");

  gtk_widget_set_visible (add, !recorded);
}

static void
on_add_handoff_clicked_cb (GtkButton      *button,
                           AdwExpanderRow *row)
{
  WaymarkDocument *document = g_object_get_data (G_OBJECT (row), "waymark-document");
  WaymarkHandoff *handoff = g_object_get_data (G_OBJECT (row), "waymark-handoff");
  GListModel *handoffs = waymark_journey_get_handoffs (waymark_document_get_journey (document));

  if (is_recorded (document, handoff))
    return;

  waymark_document_begin_group (document, _("Add Handoff"));
  waymark_document_insert (document, handoffs, G_MAXUINT, handoff);
  waymark_document_end_group (document);

  /* The button goes: the focus goes to the row it was on. */
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
handoff_add_details (WaymarkDocument *document,
                     gpointer         item,
                     AdwExpanderRow  *row,
                     gpointer         user_data)
{
  adw_expander_row_add_row (row, waymark_text_row_new (document, item, "agreement",
                                                              _("Agreement")));
}

static void
handoff_bind_row (WaymarkDocument *document,
                  gpointer         item,
                  AdwExpanderRow  *row,
                  gpointer         user_data)
{
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, _("Add Handoff"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add Handoff"),
                                  -1);
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_handoff_clicked_cb), row);
  adw_expander_row_add_action (row, add);

  g_object_set_data (G_OBJECT (row), "waymark-document", document);
  g_object_set_data (G_OBJECT (row), "waymark-handoff", item);
  g_object_set_data (G_OBJECT (row), "waymark-add-button", add);

  g_signal_connect_object (item, "notify::name", G_CALLBACK (update_handoff_row), row,
                           G_CONNECT_SWAPPED);
  /* Recorded or not changes with an edit, an undo, a redo. */
  g_signal_connect_object (document, "changed", G_CALLBACK (update_handoff_row), row,
                           G_CONNECT_SWAPPED);
  update_handoff_row (row);
}

const WaymarkItemListFuncs _waymark_handoff_list_funcs = {
  .dup_title = handoff_dup_title,
  .bind_row = handoff_bind_row,
  .add_details = handoff_add_details,
};

/* The recorded handoff from @from to @to, else the stand-in for it the
 * list already shows, else NULL. */
static WaymarkHandoff *
find_handoff (GListModel *list,
              const char *from,
              const char *to)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkHandoff) handoff = g_list_model_get_item (list, i);

      if (g_strcmp0 (waymark_handoff_get_from (handoff), from) == 0 &&
          g_strcmp0 (waymark_handoff_get_to (handoff), to) == 0)
        return handoff;
    }

  return NULL;
}

static gboolean
contains (GPtrArray *array,
          gpointer   item)
{
  guint index;

  return g_ptr_array_find (array, item, &index);
}

/**
 * _waymark_handoff_pairs_update:
 * @pairs: what the Handoffs page lists
 *
 * Fills @pairs with one handoff for each pair of neighbouring stages: the
 * recorded one, or a stand-in (waymark_property_binding_mark_stand_in())
 * that adding the handoff or typing its agreement records; then any other
 * recorded handoff. Objects already listed stay, so that their rows, and
 * the focus in them, stay too.
 */
void
_waymark_handoff_pairs_update (GListStore      *pairs,
                               WaymarkDocument *document)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  WaymarkJourney *journey;
  GListModel *stages, *handoffs;
  guint n_stages, n_handoffs, n_pairs, start, end;

  g_return_if_fail (G_IS_LIST_STORE (pairs));

  if (document == NULL)
    {
      g_list_store_remove_all (pairs);
      return;
    }

  journey = waymark_document_get_journey (document);
  stages = waymark_journey_get_stages (journey);
  handoffs = waymark_journey_get_handoffs (journey);
  n_stages = g_list_model_get_n_items (stages);
  n_handoffs = g_list_model_get_n_items (handoffs);

  for (guint i = 0; i + 1 < n_stages; i++)
    {
      g_autoptr(WaymarkItem) from = g_list_model_get_item (stages, i);
      g_autoptr(WaymarkItem) to = g_list_model_get_item (stages, i + 1);
      const char *from_id = waymark_item_get_id (from);
      const char *to_id = waymark_item_get_id (to);
      WaymarkHandoff *handoff = find_handoff (handoffs, from_id, to_id);

      if (handoff == NULL)
        handoff = find_handoff (G_LIST_MODEL (pairs), from_id, to_id);

      if (handoff != NULL)
        {
          g_ptr_array_add (wanted, g_object_ref (handoff));
          continue;
        }

      {
        g_autofree char *id = waymark_journey_new_id (journey);

        handoff = g_object_new (WAYMARK_TYPE_HANDOFF,
                                "id", id, "from", from_id, "to", to_id,
                                NULL);
        waymark_property_binding_mark_stand_in (handoff, handoffs, _("Add Handoff"));
        g_ptr_array_add (wanted, handoff);
      }
    }

  for (guint i = 0; i < n_handoffs; i++)
    {
      g_autoptr(WaymarkHandoff) handoff = g_list_model_get_item (handoffs, i);

      if (!contains (wanted, handoff))
        g_ptr_array_add (wanted, g_object_ref (handoff));
    }

  /* Splice only what differs. */
  n_pairs = g_list_model_get_n_items (G_LIST_MODEL (pairs));
  for (start = 0; start < n_pairs && start < wanted->len; start++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pairs), start);

      if (item != g_ptr_array_index (wanted, start))
        break;
    }

  for (end = 0; end + start < n_pairs && end + start < wanted->len; end++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pairs), n_pairs - 1 - end);

      if (item != g_ptr_array_index (wanted, wanted->len - 1 - end))
        break;
    }

  if (start == n_pairs && start == wanted->len)
    return;

  g_list_store_splice (pairs, start, n_pairs - start - end,
                       wanted->pdata + start, wanted->len - start - end);
}

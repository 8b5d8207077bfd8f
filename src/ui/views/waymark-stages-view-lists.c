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

static void
update_handoff_subtitle (AdwExpanderRow *row,
                         GParamSpec     *pspec,
                         WaymarkHandoff *handoff)
{
  const char *name = waymark_handoff_get_name (handoff);

  adw_expander_row_set_subtitle (row, name ? name : "");
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
  g_signal_connect_object (item, "notify::name", G_CALLBACK (update_handoff_subtitle), row,
                           G_CONNECT_SWAPPED);
  update_handoff_subtitle (row, NULL, item);
}

const WaymarkItemListFuncs _waymark_handoff_list_funcs = {
  .dup_title = handoff_dup_title,
  .bind_row = handoff_bind_row,
  .add_details = handoff_add_details,
};

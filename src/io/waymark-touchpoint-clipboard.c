/* waymark-touchpoint-clipboard.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-model-private.h"
#include "waymark-reader.h"
#include "waymark-touchpoint-clipboard.h"
#include "waymark-writer.h"

/* Copying touchpoints: what goes on the clipboard is a journey file in
 * the canonical form, written and read by the writer and the reader
 * (with every check the reader makes, since a clipboard is input from
 * anywhere): the touchpoints, and the stages, lanes, channels and
 * personas they name, by id and name. Pasting gives fresh touchpoints
 * for the target journey: a channel or persona is the target's with the
 * same id and name, else the target's with the same name, else none
 * (copying between two journeys keeps what they share). The stage and
 * lane are the cell pasted into. */

/* At most this many cards from plain text, one a line. */
#define MAX_TEXT_CARDS 1000

static void
copy_referred (WaymarkJourney *into,
               WaymarkJourney *from,
               GHashTable     *seen,
               const char     *id)
{
  WaymarkItem *item;
  g_autoptr(WaymarkItem) copy = NULL;
  GListModel *list;

  if (id == NULL || id[0] == '\0' || g_hash_table_contains (seen, id) ||
      (item = waymark_journey_lookup (from, id)) == NULL)
    return;

  if (WAYMARK_IS_STAGE (item))
    copy = WAYMARK_ITEM (waymark_stage_new (id));
  else if (WAYMARK_IS_LANE (item))
    {
      copy = WAYMARK_ITEM (waymark_lane_new (id));
      waymark_lane_set_perspective (WAYMARK_LANE (copy),
                                    waymark_lane_get_perspective (WAYMARK_LANE (item)));
    }
  else if (WAYMARK_IS_CHANNEL (item))
    copy = WAYMARK_ITEM (waymark_channel_new (id));
  else if (WAYMARK_IS_PERSONA (item))
    copy = WAYMARK_ITEM (waymark_persona_new (id));
  else
    return;

  /* The label is each type's name. */
  waymark_item_set_label (copy, waymark_item_get_label (item));
  list = waymark_journey_get_list_for_type (into, G_OBJECT_TYPE (copy));
  g_list_store_append (G_LIST_STORE (list), copy);
  g_hash_table_add (seen, (gpointer)waymark_item_get_id (copy));
}

static WaymarkTouchpoint *
copy_touchpoint (WaymarkTouchpoint *tp)
{
  WaymarkTouchpoint *copy = waymark_touchpoint_new (waymark_item_get_id (WAYMARK_ITEM (tp)));

  waymark_touchpoint_set_title (copy, waymark_touchpoint_get_title (tp));
  waymark_touchpoint_set_stage (copy, waymark_touchpoint_get_stage (tp));
  waymark_touchpoint_set_lane (copy, waymark_touchpoint_get_lane (tp));
  waymark_touchpoint_set_order (copy, waymark_touchpoint_get_order (tp));
  waymark_touchpoint_set_channel (copy, waymark_touchpoint_get_channel (tp));
  waymark_touchpoint_set_notes (copy, waymark_touchpoint_get_notes (tp));
  waymark_touchpoint_set_emotion (copy, waymark_touchpoint_get_emotion (tp));
  waymark_touchpoint_set_personas (copy, waymark_touchpoint_get_personas (tp));
  waymark_touchpoint_set_kind (copy, waymark_touchpoint_get_kind (tp));

  return copy;
}

/**
 * waymark_touchpoint_clipboard_write:
 * @journey: the journey of @touchpoints
 * @touchpoints: (element-type WaymarkTouchpoint): in the order to paste
 *   them
 *
 * Returns: (transfer full): the bytes of
 *   %WAYMARK_TOUCHPOINT_CLIPBOARD_MIME_TYPE
 */
GBytes *
waymark_touchpoint_clipboard_write (WaymarkJourney *journey,
                                    GPtrArray      *touchpoints)
{
  g_autoptr(WaymarkJourney) clip = NULL;
  g_autoptr(GHashTable) seen = NULL;
  GListStore *list;

  g_return_val_if_fail (WAYMARK_IS_JOURNEY (journey), NULL);
  g_return_val_if_fail (touchpoints != NULL, NULL);

  clip = waymark_journey_new ();
  waymark_journey_set_title (clip, waymark_journey_get_title (journey));
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  list = G_LIST_STORE (waymark_journey_get_touchpoints (clip));

  for (guint i = 0; i < touchpoints->len; i++)
    {
      WaymarkTouchpoint *tp = g_ptr_array_index (touchpoints, i);
      g_autoptr(WaymarkTouchpoint) copy = copy_touchpoint (tp);
      const char * const *personas = waymark_touchpoint_get_personas (tp);

      copy_referred (clip, journey, seen, waymark_touchpoint_get_stage (tp));
      copy_referred (clip, journey, seen, waymark_touchpoint_get_lane (tp));
      copy_referred (clip, journey, seen, waymark_touchpoint_get_channel (tp));
      for (guint k = 0; personas != NULL && personas[k] != NULL; k++)
        copy_referred (clip, journey, seen, personas[k]);
      g_list_store_append (list, copy);
    }

  return waymark_writer_to_bytes (clip);
}

/**
 * waymark_touchpoint_clipboard_dup_text:
 * @touchpoints: (element-type WaymarkTouchpoint)
 *
 * Returns: (transfer full): the titles, one a line, for text/plain
 */
char *
waymark_touchpoint_clipboard_dup_text (GPtrArray *touchpoints)
{
  GString *text;

  g_return_val_if_fail (touchpoints != NULL, NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < touchpoints->len; i++)
    {
      g_autofree char *title = g_strdup (waymark_touchpoint_get_title (g_ptr_array_index (touchpoints, i)));

      /* A title with a line break would read as two cards. */
      g_strdelimit (title, "\r\n", ' ');
      g_string_append (text, title);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* The id in @target of what @id names in @clip, or NULL. */
static const char *
resolve (WaymarkJourney *clip,
         WaymarkJourney *target,
         const char     *id,
         GType           type)
{
  WaymarkItem *item, *same;
  GListModel *list;
  const char *label;
  guint n;

  if (id == NULL || id[0] == '\0' || (item = waymark_journey_lookup (clip, id)) == NULL)
    return NULL;

  label = waymark_item_get_label (item);
  same = waymark_journey_lookup (target, id);
  if (same != NULL && G_TYPE_CHECK_INSTANCE_TYPE (same, type) &&
      g_strcmp0 (waymark_item_get_label (same), label) == 0)
    return waymark_item_get_id (same);

  list = waymark_journey_get_list_for_type (target, type);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkItem) other = g_list_model_get_item (list, i);

      if (g_strcmp0 (waymark_item_get_label (other), label) == 0)
        return waymark_item_get_id (other);
    }

  return NULL;
}

/**
 * waymark_touchpoint_clipboard_read:
 * @bytes: what waymark_touchpoint_clipboard_write() wrote, from any
 *   journey, any instance, or anywhere else
 * @target: the journey to paste into
 *
 * Returns: (transfer full) (element-type WaymarkTouchpoint): new
 *   touchpoints, in no journey, without a stage or lane, their channel
 *   and personas those of @target; %NULL with @error set when @bytes is
 *   not a journey file the reader accepts
 */
GPtrArray *
waymark_touchpoint_clipboard_read (GBytes          *bytes,
                                   WaymarkJourney  *target,
                                   GError         **error)
{
  g_autoptr(WaymarkJourney) clip = NULL;
  GPtrArray *touchpoints;
  GListModel *list;
  guint n;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (WAYMARK_IS_JOURNEY (target), NULL);

  /* Translators: the name of the clipboard in a message about what it holds */
  if ((clip = waymark_reader_load_bytes (bytes, _("Clipboard"), error)) == NULL)
    return NULL;

  touchpoints = g_ptr_array_new_with_free_func (g_object_unref);
  list = waymark_journey_get_touchpoints (clip);
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(WaymarkTouchpoint) tp = g_list_model_get_item (list, i);
      const char * const *personas = waymark_touchpoint_get_personas (tp);
      g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
      g_auto(GStrv) resolved = NULL;
      WaymarkTouchpoint *copy = waymark_touchpoint_new (NULL);

      waymark_touchpoint_set_title (copy, waymark_touchpoint_get_title (tp));
      waymark_touchpoint_set_notes (copy, waymark_touchpoint_get_notes (tp));
      waymark_touchpoint_set_emotion (copy, waymark_touchpoint_get_emotion (tp));
      waymark_touchpoint_set_kind (copy, waymark_touchpoint_get_kind (tp));
      waymark_touchpoint_set_channel (copy, resolve (clip, target, waymark_touchpoint_get_channel (tp),
                                                     WAYMARK_TYPE_CHANNEL));
      for (guint k = 0; personas != NULL && personas[k] != NULL; k++)
        {
          const char *id = resolve (clip, target, personas[k], WAYMARK_TYPE_PERSONA);

          if (id != NULL)
            g_strv_builder_add (ids, id);
        }
      resolved = g_strv_builder_end (ids);
      waymark_touchpoint_set_personas (copy, resolved[0] ? (const char * const *)resolved : NULL);
      g_ptr_array_add (touchpoints, copy);
    }

  return touchpoints;
}

/**
 * waymark_touchpoint_clipboard_read_text:
 * @text: plain text, from another program
 *
 * Returns: (transfer full) (element-type WaymarkTouchpoint): a new
 *   touchpoint for each line that is not blank, the line as its title
 */
GPtrArray *
waymark_touchpoint_clipboard_read_text (const char *text)
{
  g_auto(GStrv) lines = NULL;
  GPtrArray *touchpoints;

  g_return_val_if_fail (text != NULL, NULL);

  touchpoints = g_ptr_array_new_with_free_func (g_object_unref);
  if (!g_utf8_validate (text, -1, NULL))
    return touchpoints;

  lines = g_strsplit_set (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL && touchpoints->len < MAX_TEXT_CARDS; i++)
    {
      char *title = g_strstrip (lines[i]);
      WaymarkTouchpoint *tp;

      if (title[0] == '\0')
        continue;
      tp = waymark_touchpoint_new (NULL);
      waymark_touchpoint_set_title (tp, title);
      g_ptr_array_add (touchpoints, tp);
    }

  return touchpoints;
}

/**
 * waymark_touchpoint_clipboard_paste:
 * @touchpoints: (element-type WaymarkTouchpoint): from
 *   waymark_touchpoint_clipboard_read() or _read_text()
 * @index: the place in the cell of @stage and @lane of the first one
 *
 * Adds a touchpoint like each of @touchpoints to the cell, in their
 * order, as one undo step ("Paste 2 Touchpoints").
 *
 * Returns: (transfer full) (element-type WaymarkTouchpoint): the
 *   touchpoints added
 */
GPtrArray *
waymark_touchpoint_clipboard_paste (WaymarkDocument *document,
                                    GPtrArray       *touchpoints,
                                    WaymarkStage    *stage,
                                    WaymarkLane     *lane,
                                    guint            index)
{
  g_autofree char *label = NULL;
  GPtrArray *added;
  guint n;

  g_return_val_if_fail (WAYMARK_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (touchpoints != NULL, NULL);
  g_return_val_if_fail (WAYMARK_IS_STAGE (stage), NULL);
  g_return_val_if_fail (WAYMARK_IS_LANE (lane), NULL);

  added = g_ptr_array_new_with_free_func (g_object_unref);
  if (touchpoints->len == 0)
    return added;

  /* The index in a cell counts from its start: keep it in the cell. */
  n = g_list_model_get_n_items (waymark_journey_get_cell (waymark_document_get_journey (document),
                                                          stage, lane));
  index = MIN (index, n);

  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Paste %u Touchpoint",
                                        "Paste %u Touchpoints", touchpoints->len),
                           touchpoints->len);
  waymark_document_begin_group (document, label);
  for (guint i = 0; i < touchpoints->len; i++)
    {
      WaymarkTouchpoint *from = g_ptr_array_index (touchpoints, i);
      WaymarkTouchpoint *tp = waymark_document_add_touchpoint (document, stage, lane, index + i,
                                                               waymark_touchpoint_get_title (from));

      waymark_document_set (document, tp,
                            "kind", waymark_touchpoint_get_kind (from),
                            "channel", waymark_touchpoint_get_channel (from),
                            "notes", waymark_touchpoint_get_notes (from),
                            "emotion", waymark_touchpoint_get_emotion (from),
                            "personas", waymark_touchpoint_get_personas (from),
                            NULL);
      g_ptr_array_add (added, g_object_ref (tp));
    }
  waymark_document_end_group (document);

  return added;
}

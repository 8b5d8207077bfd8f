/* waymark-map-canvas-clipboard.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "waymark-map-canvas-private.h"
#include "waymark-map-card-widget.h"
#include "waymark-reader.h"
#include "waymark-toast.h"
#include "waymark-touchpoint-clipboard.h"

/* Copy, cut, paste and delete of cards. They act on the selection when
 * it holds the focused card (or when the focus is on a cell), otherwise
 * on the focused card. The clipboard holds the touchpoints as a small
 * journey file (WAYMARK_TOUCHPOINT_CLIPBOARD_MIME_TYPE, from src/io) and
 * their titles as text, so cards go between windows and instances, and
 * lines of text from elsewhere paste as cards. A paste goes into the
 * focused cell, after the focused card; each action is one undo step. */

/* What an action takes: (element-type WaymarkTouchpoint), maybe empty. */
static GPtrArray *
dup_targets (WaymarkMapCanvas *self)
{
  g_autoptr(GPtrArray) selection = _waymark_map_canvas_get_selection (self);
  GPtrArray *targets;
  const WaymarkMapCell *cell;
  WaymarkTouchpoint *focused;
  guint column, band;
  int index;

  if (!_waymark_map_canvas_get_focus_place (self, &column, &band, &index))
    return g_ptr_array_new_with_free_func (g_object_unref);
  if (index < 0)
    return g_steal_pointer (&selection);

  cell = waymark_map_layout_get_cell (self->layout, column, band);
  focused = waymark_map_layout_get_card (self->layout, cell->first_card + index)->touchpoint;
  if (_waymark_map_canvas_is_selected (self, focused))
    return g_steal_pointer (&selection);

  targets = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (targets, g_object_ref (focused));

  return targets;
}

static void
copy (WaymarkMapCanvas *self,
      GPtrArray        *touchpoints)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[2];
  GValue value = G_VALUE_INIT;

  bytes = waymark_touchpoint_clipboard_write (waymark_document_get_journey (self->document),
                                              touchpoints);
  text = waymark_touchpoint_clipboard_dup_text (touchpoints);

  g_value_init (&value, G_TYPE_STRING);
  g_value_take_string (&value, g_steal_pointer (&text));
  providers[0] = gdk_content_provider_new_for_bytes (WAYMARK_TOUCHPOINT_CLIPBOARD_MIME_TYPE, bytes);
  providers[1] = gdk_content_provider_new_for_value (&value);
  g_value_unset (&value);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));

  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
}

/* Removes the cards as one step named @label; the focus stays in the
 * focused cell, on the card now in the place of the focused one, or on
 * the cell itself. */
static void
remove_cards (WaymarkMapCanvas *self,
              GPtrArray        *touchpoints,
              const char       *label)
{
  const WaymarkMapCell *cell;
  gboolean had_focus;
  guint column, band;
  int index;

  had_focus = _waymark_map_canvas_get_focus_place (self, &column, &band, &index);

  waymark_document_begin_group (self->document, label);
  for (guint i = 0; i < touchpoints->len; i++)
    waymark_document_remove (self->document, g_ptr_array_index (touchpoints, i));
  waymark_document_end_group (self->document);

  if (!had_focus || (cell = waymark_map_layout_get_cell (self->layout, column, band)) == NULL)
    return;
  _waymark_map_canvas_focus_place (self, column, band,
                                   cell->n_cards ? MIN (MAX (index, 0), (int)cell->n_cards - 1) : -1);
}

static void
map_copy_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  g_autoptr(GPtrArray) targets = dup_targets (self);

  if (targets->len > 0)
    copy (self, targets);
}

static void
map_cut_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  g_autoptr(GPtrArray) targets = dup_targets (self);
  g_autofree char *label = NULL;

  if (targets->len == 0)
    return;

  copy (self, targets);
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Cut %u Touchpoint", "Cut %u Touchpoints",
                                        targets->len),
                           targets->len);
  remove_cards (self, targets, label);
}

static void
map_delete_card_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  g_autoptr(GPtrArray) targets = dup_targets (self);
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;

  if (targets->len == 0)
    return;

  if (targets->len == 1)
    {
      /* The document's own label for one: "Delete". */
      label = g_strdup (_("Delete"));
      /* Translators: %s is the title of the touchpoint */
      message = g_strdup_printf (_("Touchpoint “%s” deleted"),
                                 waymark_touchpoint_get_title (g_ptr_array_index (targets, 0)));
    }
  else
    {
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Delete %u Touchpoint",
                                            "Delete %u Touchpoints", targets->len),
                               targets->len);
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u touchpoint deleted",
                                              "%u touchpoints deleted", targets->len),
                                 targets->len);
    }
  remove_cards (self, targets, label);
  waymark_toast_show_undo (widget, message);
}

/* Paste */

typedef struct
{
  WaymarkMapCanvas *canvas;
  WaymarkStage     *stage;
  WaymarkLane      *lane;
  guint             index;
} Paste;

static void
paste_free (Paste *paste)
{
  g_clear_object (&paste->canvas);
  g_clear_object (&paste->stage);
  g_clear_object (&paste->lane);
  g_free (paste);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Paste, paste_free)

static void
paste_touchpoints (Paste     *paste,
                   GPtrArray *touchpoints)
{
  WaymarkMapCanvas *self = paste->canvas;
  WaymarkJourney *journey;
  g_autoptr(GPtrArray) added = NULL;
  guint position;
  GtkWidget *card;

  if (self->document == NULL || touchpoints->len == 0)
    return;

  /* The cell may have gone while the clipboard was read. */
  journey = waymark_document_get_journey (self->document);
  if (waymark_journey_find_list (journey, WAYMARK_ITEM (paste->stage), &position) == NULL ||
      waymark_journey_find_list (journey, WAYMARK_ITEM (paste->lane), &position) == NULL)
    return;

  added = waymark_touchpoint_clipboard_paste (self->document, touchpoints, paste->stage,
                                              paste->lane, paste->index);
  _waymark_map_canvas_select_all (self, added, FALSE);
  if ((card = waymark_map_canvas_get_card (self, g_ptr_array_index (added, 0))) != NULL)
    gtk_widget_grab_focus (card);
  _waymark_map_canvas_reveal (self, g_ptr_array_index (added, 0));
}

static void
paste_failed (Paste        *paste,
              const GError *error)
{
  g_autofree char *detail = NULL;
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  detail = error->domain == WAYMARK_READER_ERROR ? waymark_reader_error_describe (error)
                                                 : g_strdup (error->message);
  /* Translators: %s says why */
  message = g_strdup_printf (_("Nothing could be pasted: %s"), detail);
  waymark_toast_show (GTK_WIDGET (paste->canvas), message);
}

static void
on_paste_spliced_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      data)
{
  g_autoptr(Paste) paste = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) touchpoints = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    {
      paste_failed (paste, error);
      return;
    }

  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  if (paste->canvas->document == NULL)
    return;
  touchpoints = waymark_touchpoint_clipboard_read (bytes,
                                                   waymark_document_get_journey (paste->canvas->document),
                                                   &error);
  if (touchpoints == NULL)
    paste_failed (paste, error);
  else
    paste_touchpoints (paste, touchpoints);
}

static void
on_paste_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(Paste) paste = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (stream == NULL)
    {
      paste_failed (paste, error);
      return;
    }

  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, on_paste_spliced_cb,
                                g_steal_pointer (&paste));
}

static void
on_paste_text_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      data)
{
  g_autoptr(Paste) paste = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_autoptr(GPtrArray) touchpoints = NULL;

  if (text == NULL)
    {
      if (error != NULL)
        paste_failed (paste, error);
      return;
    }

  touchpoints = waymark_touchpoint_clipboard_read_text (text);
  paste_touchpoints (paste, touchpoints);
}

static void
map_paste_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  WaymarkMapCanvas *self = WAYMARK_MAP_CANVAS (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  const WaymarkMapCell *cell;
  Paste *paste;
  guint column, band;
  int index;

  if (self->document == NULL || !_waymark_map_canvas_get_focus_place (self, &column, &band, &index))
    return;

  /* After the focused card, or at the end of the focused cell. */
  cell = waymark_map_layout_get_cell (self->layout, column, band);
  paste = g_new0 (Paste, 1);
  paste->canvas = g_object_ref (self);
  paste->stage = g_object_ref (waymark_map_layout_get_column (self->layout, column)->stage);
  paste->lane = g_object_ref (waymark_map_layout_get_band (self->layout, band)->lane);
  paste->index = index >= 0 ? (guint)index + 1 : cell->n_cards;

  if (gdk_content_formats_contain_mime_type (formats, WAYMARK_TOUCHPOINT_CLIPBOARD_MIME_TYPE))
    {
      static const char *mime_types[] = { WAYMARK_TOUCHPOINT_CLIPBOARD_MIME_TYPE, NULL };

      gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL,
                                on_paste_read_cb, paste);
    }
  else
    {
      gdk_clipboard_read_text_async (clipboard, NULL, on_paste_text_cb, paste);
    }
}

void
_waymark_map_canvas_class_init_clipboard (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.copy", NULL, map_copy_action);
  gtk_widget_class_install_action (widget_class, "map.cut", NULL, map_cut_action);
  gtk_widget_class_install_action (widget_class, "map.paste", NULL, map_paste_action);
  gtk_widget_class_install_action (widget_class, "map.delete-card", NULL, map_delete_card_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "map.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_CONTROL_MASK, "map.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK, "map.cut", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_SHIFT_MASK, "map.cut", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "map.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_SHIFT_MASK, "map.paste", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "map.delete-card", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "map.delete-card", NULL);
}

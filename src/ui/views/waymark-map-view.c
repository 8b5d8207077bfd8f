/* waymark-map-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Map page: the touchpoints of the journey on a grid of stages and
 * lanes, in a WaymarkMapCanvas that scrolls; a journey without stages or
 * without lanes gets a page that says how to begin.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-map-canvas.h"
#include "waymark-map-export.h"
#include "waymark-map-pages.h"
#include "waymark-map-palette.h"
#include "waymark-map-view.h"

struct _WaymarkMapView
{
  WaymarkView      parent_instance;

  GtkStack        *stack;
  GtkWidget       *empty;
  GtkWidget       *add_stage;   /* on the empty page */
  GtkWidget       *add_lane;
  GtkWidget       *scrolled;
  GtkWidget       *canvas;
  GtkWidget       *palette;
  GtkWidget       *map_page;   /* the bar, the map and its palette */
  WaymarkDocument *document;   /* whose "changed" we follow */

  /* The bar over the map, and what it narrows the map to. */
  GtkWidget       *filter_button;
  char            *filter_choices;  /* what its menu lists, to make it again only on a change */
  GtkWidget       *zoom_label;
  GtkWidget       *fullscreen_button;
  GtkWidget       *search_bar;
  GtkWidget       *search_entry;
  GtkWidget       *search_status;
  GPtrArray       *found;      /* the touchpoints the search found */
  guint            current;    /* the one shown */
  char            *persona;
  char            *channel;
};

G_DEFINE_FINAL_TYPE (WaymarkMapView, waymark_map_view, WAYMARK_TYPE_VIEW)

enum {
  PROP_0,
  PROP_PERSONA,
  PROP_CHANNEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_page (WaymarkMapView *self)
{
  WaymarkJourney *journey = self->document ? waymark_document_get_journey (self->document) : NULL;
  gboolean stages = journey && g_list_model_get_n_items (waymark_journey_get_stages (journey)) > 0;
  gboolean lanes = journey && g_list_model_get_n_items (waymark_journey_get_lanes (journey)) > 0;

  /* The empty page asks for what is missing. */
  gtk_widget_set_visible (self->add_stage, !stages);
  gtk_widget_set_visible (self->add_lane, !lanes);
  if (!stages && !lanes)
    adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                     _("The map has a column for each stage of the journey and a "
                                       "row for each lane. Add a stage and a lane to begin."));
  else if (!lanes)
    adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                     _("The journey has stages but no lanes yet. Add a lane for "
                                       "the customer, and one for each team."));
  else
    adw_status_page_set_description (ADW_STATUS_PAGE (self->empty),
                                     _("The journey has lanes but no stages yet. Add its first stage."));

  gtk_stack_set_visible_child (self->stack, stages && lanes ? self->map_page : self->empty);
}

static void
on_add_stage_cb (WaymarkMapView *self)
{
  WaymarkJourney *journey = waymark_document_get_journey (self->document);

  waymark_document_add_stage (self->document,
                              g_list_model_get_n_items (waymark_journey_get_stages (journey)),
                              _("New Stage"));
}

static void
on_add_lane_cb (WaymarkMapView *self)
{
  WaymarkJourney *journey = waymark_document_get_journey (self->document);

  /* The first lane is the customer's. */
  waymark_document_add_lane (self->document,
                             g_list_model_get_n_items (waymark_journey_get_lanes (journey)),
                             _("New Lane"), WAYMARK_PERSPECTIVE_CUSTOMER);
}

static GtkWidget *
make_add_button (WaymarkMapView *self,
                 const char     *label,
                 GCallback       callback)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);

  return button;
}

/* The bar over the map: the filter, the zoom, search and full screen. */

static const char *
get_item_name (gpointer item)
{
  return WAYMARK_IS_PERSONA (item) ? waymark_persona_get_name (item)
                                   : waymark_channel_get_name (item);
}

static void
append_choices_key (GString    *key,
                    GListModel *items)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WaymarkItem) it = g_list_model_get_item (items, i);

      g_string_append_printf (key, "%s\x1f%s\x1e", waymark_item_get_id (it), get_item_name (it));
    }
  g_string_append_c (key, '\x1d');
}

static void
append_choices (GMenu      *menu,
                GListModel *items,
                const char *all,
                const char *action)
{
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenuItem) item = g_menu_item_new (all, NULL);

  g_menu_item_set_action_and_target (item, action, "s", "");
  g_menu_append_item (section, item);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(WaymarkItem) it = g_list_model_get_item (items, i);
      g_autoptr(GMenuItem) choice = g_menu_item_new (get_item_name (it), NULL);

      g_menu_item_set_action_and_target (choice, action, "s", waymark_item_get_id (it));
      g_menu_append_item (section, choice);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
}

/* The filter's menu lists the journey's personas and channels; its button
 * says what the map is narrowed to. */
static void
update_filter (WaymarkMapView *self)
{
  WaymarkJourney *journey = self->document ? waymark_document_get_journey (self->document) : NULL;
  g_autoptr(GString) label = g_string_new (NULL);
  g_autoptr(GString) choices = g_string_new (NULL);
  const char *ids[] = { self->persona, self->channel };

  if (self->filter_button == NULL || journey == NULL)
    return;

  /* A new menu model makes a new popover: not after every edit of a card. */
  append_choices_key (choices, waymark_journey_get_personas (journey));
  append_choices_key (choices, waymark_journey_get_channels (journey));
  if (g_strcmp0 (choices->str, self->filter_choices) != 0)
    {
      g_autoptr(GMenu) menu = g_menu_new ();

      append_choices (menu, waymark_journey_get_personas (journey), _("All Personas"), "mapview.persona");
      append_choices (menu, waymark_journey_get_channels (journey), _("All Channels"), "mapview.channel");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->filter_button), G_MENU_MODEL (menu));
      g_free (self->filter_choices);
      self->filter_choices = g_string_free (g_steal_pointer (&choices), FALSE);
    }

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      WaymarkItem *item = ids[i] ? waymark_journey_lookup (journey, ids[i]) : NULL;

      if (item == NULL)
        continue;
      if (label->len > 0)
        g_string_append (label, ", ");
      g_string_append (label, get_item_name (item));
    }
  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->filter_button),
                             label->len ? label->str : _("Filter"));
  if (label->len)
    gtk_widget_add_css_class (self->filter_button, "accent");
  else
    gtk_widget_remove_css_class (self->filter_button, "accent");
  waymark_map_canvas_set_filter (WAYMARK_MAP_CANVAS (self->canvas), self->persona, self->channel);
}

static void
update_zoom_label (WaymarkMapView *self)
{
  WaymarkMapLayout *layout = waymark_map_canvas_get_layout (WAYMARK_MAP_CANVAS (self->canvas));
  g_autofree char *text = NULL;

  /* Translators: the zoom of the map, "100 %" */
  text = g_strdup_printf (_("%.0f %%"), waymark_map_layout_get_zoom (layout) * 100);
  gtk_button_set_label (GTK_BUTTON (self->zoom_label), text);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (widget);
  g_autofree char *name = g_strdup_printf ("map.zoom-%s", g_variant_get_string (parameter, NULL));

  if (self->canvas != NULL)
    gtk_widget_activate_action (self->canvas, name, NULL);
}

static void
show_match (WaymarkMapView *self,
            int             step,
            gboolean        focus)
{
  g_autofree char *status = NULL;
  guint n = self->found ? self->found->len : 0;

  if (n == 0)
    {
      gtk_label_set_text (GTK_LABEL (self->search_status),
                          *gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) ? _("No matches")
                                                                                      : "");
      return;
    }

  self->current = (self->current + n + step) % n;
  /* Translators: which of the cards the search found is shown: "2 of 15";
   * the plural form is the total's (the second number) */
  status = g_strdup_printf (ngettext ("%u of %u", "%u of %u", n), self->current + 1, n);
  gtk_label_set_text (GTK_LABEL (self->search_status), status);
  waymark_map_canvas_set_current_match (WAYMARK_MAP_CANVAS (self->canvas),
                                        g_ptr_array_index (self->found, self->current));
  waymark_map_canvas_show_card (WAYMARK_MAP_CANVAS (self->canvas),
                                g_ptr_array_index (self->found, self->current), focus);
}

/* Whether the keyboard is in the search bar (or nowhere), not on the map. */
static gboolean
focus_in_search_bar (WaymarkMapView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus == NULL || gtk_widget_is_ancestor (focus, self->search_bar);
}

static void
update_match_actions (WaymarkMapView *self)
{
  gboolean on = self->search_bar != NULL &&
                gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (self->search_bar)) &&
                self->found != NULL && self->found->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mapview.next-match", on);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mapview.previous-match", on);
}

/* Ctrl+G, Ctrl+Shift+G while the search is open: from the map, the focus
 * goes along to the match; in the entry (which has the same keys) it
 * stays there. */
static void
match_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (widget);

  show_match (self, g_str_equal (action_name, "mapview.next-match") ? 1 : -1,
              !focus_in_search_bar (self));
}

static void
on_search_changed_cb (WaymarkMapView *self)
{
  /* The bar empties its entry as it closes: the matches stay known, for
   * Escape to give the focus to the one shown. */
  if (!gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (self->search_bar)))
    return;
  g_clear_pointer (&self->found, g_ptr_array_unref);
  self->found = waymark_map_canvas_search (WAYMARK_MAP_CANVAS (self->canvas),
                                           gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  self->current = 0;
  show_match (self, 0, FALSE);
  update_match_actions (self);
}

static void
on_search_next_cb (WaymarkMapView *self)
{
  show_match (self, 1, FALSE);
}

static void
on_search_previous_cb (WaymarkMapView *self)
{
  show_match (self, -1, FALSE);
}

static gboolean
on_search_key_cb (GtkEventControllerKey *controller,
                  guint                  keyval,
                  guint                  keycode,
                  GdkModifierType        state,
                  WaymarkMapView        *self)
{
  /* Shift+Enter: the previous match; Enter is the entry's "activate". */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK))
    {
      show_match (self, -1, FALSE);
      return TRUE;
    }

  return FALSE;
}

static void
on_search_stopped_cb (WaymarkMapView *self)
{
  g_autoptr(WaymarkTouchpoint) shown = NULL;

  /* Escape: the bar closes (and the highlight with it; the bar may have
   * closed itself already), the focus goes to the match shown. */
  if (self->found != NULL && self->found->len > 0)
    shown = g_object_ref (g_ptr_array_index (self->found, self->current % self->found->len));
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), FALSE);
  if (shown != NULL)
    waymark_map_canvas_show_card (WAYMARK_MAP_CANVAS (self->canvas), shown, TRUE);
  else
    gtk_widget_grab_focus (self->canvas);
}

static void
on_search_mode_cb (WaymarkMapView *self)
{
  /* The highlight goes with the bar. */
  /* (The matches stay known: Escape, which the bar handles first, gives
   * the focus to the one shown.) */
  if (!gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (self->search_bar)))
    {
      g_ptr_array_unref (waymark_map_canvas_search (WAYMARK_MAP_CANVAS (self->canvas), NULL));
      update_match_actions (self);
      /* Closed with its button or Ctrl+F: the keyboard, which was in the
       * bar, goes to the match shown as with Escape. */
      if (self->found != NULL && self->found->len > 0 && focus_in_search_bar (self))
        waymark_map_canvas_show_card (WAYMARK_MAP_CANVAS (self->canvas),
                                      g_ptr_array_index (self->found, self->current % self->found->len),
                                      TRUE);
    }
  else
    on_search_changed_cb (self);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (widget);

  if (self->search_bar == NULL)
    return;
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), TRUE);
  gtk_widget_grab_focus (self->search_entry);
}

static void
fullscreen_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));

  if (window == NULL)
    return;
  if (g_str_equal (action_name, "mapview.leave-fullscreen") || gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
on_fullscreened_cb (WaymarkMapView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gboolean fullscreen = GTK_IS_WINDOW (root) && gtk_window_is_fullscreen (GTK_WINDOW (root));

  /* Escape leaves full screen, and does nothing else of the view's; the
   * bar's button says what it does now. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mapview.leave-fullscreen", fullscreen);
  if (self->fullscreen_button != NULL)
    {
      gtk_button_set_icon_name (GTK_BUTTON (self->fullscreen_button),
                                fullscreen ? "view-restore-symbolic" : "view-fullscreen-symbolic");
      gtk_widget_set_tooltip_text (self->fullscreen_button,
                                   fullscreen ? _("Leave Full Screen") : _("Full Screen"));
    }
}

static GtkWidget *
tool_button (const char *icon,
             const char *tooltip,
             const char *action,
             const char *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (target != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static GtkWidget *
build_bar (WaymarkMapView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *zoom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *search, *box;
  GtkEventController *keys;

  gtk_widget_add_css_class (bar, "toolbar");
  gtk_widget_add_css_class (bar, "map-bar");

  self->filter_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->filter_button), "edit-find-replace-symbolic");
  gtk_widget_set_tooltip_text (self->filter_button, _("Show One Persona or Channel"));
  gtk_box_append (GTK_BOX (bar), self->filter_button);

  search = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (search), "system-search-symbolic");
  gtk_widget_set_tooltip_text (search, _("Search the Map"));
  gtk_widget_add_css_class (search, "flat");
  gtk_box_append (GTK_BOX (bar), search);

  gtk_widget_set_hexpand (zoom, TRUE);
  gtk_widget_set_halign (zoom, GTK_ALIGN_END);
  gtk_widget_add_css_class (zoom, "linked");
  gtk_box_append (GTK_BOX (zoom), tool_button ("zoom-out-symbolic", _("Zoom Out"), "mapview.zoom", "out"));
  self->zoom_label = gtk_button_new_with_label ("100 %");
  gtk_widget_add_css_class (self->zoom_label, "flat");
  gtk_widget_add_css_class (self->zoom_label, "numeric");
  gtk_widget_set_tooltip_text (self->zoom_label, _("Actual Size"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->zoom_label), "mapview.zoom");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->zoom_label), "s", "reset");
  gtk_box_append (GTK_BOX (zoom), self->zoom_label);
  gtk_box_append (GTK_BOX (zoom), tool_button ("zoom-in-symbolic", _("Zoom In"), "mapview.zoom", "in"));
  gtk_box_append (GTK_BOX (zoom), tool_button ("zoom-fit-best-symbolic", _("Fit the Whole Map"),
                                               "mapview.zoom", "fit"));
  gtk_box_append (GTK_BOX (bar), zoom);
  self->fullscreen_button = tool_button ("view-fullscreen-symbolic", _("Full Screen"),
                                         "mapview.fullscreen", NULL);
  gtk_box_append (GTK_BOX (bar), self->fullscreen_button);

  /* The search bar, under it. */
  self->search_entry = gtk_search_entry_new ();
  gtk_widget_set_size_request (self->search_entry, 280, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search the map"), -1);
  self->search_status = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->search_status, "dim-label");
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_box_append (GTK_BOX (box), self->search_entry);
  gtk_box_append (GTK_BOX (box), self->search_status);
  self->search_bar = gtk_search_bar_new ();
  gtk_search_bar_set_child (GTK_SEARCH_BAR (self->search_bar), box);
  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->search_bar), GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_show_close_button (GTK_SEARCH_BAR (self->search_bar), TRUE);
  g_object_bind_property (search, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate",
                           G_CALLBACK (on_search_next_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "next-match",
                           G_CALLBACK (on_search_next_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "previous-match",
                           G_CALLBACK (on_search_previous_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search",
                           G_CALLBACK (on_search_stopped_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_cb), self, G_CONNECT_SWAPPED);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_search_key_cb), self, 0);
  gtk_widget_add_controller (self->search_entry, keys);

  g_signal_connect_object (waymark_map_canvas_get_layout (WAYMARK_MAP_CANVAS (self->canvas)),
                           "notify::zoom", G_CALLBACK (update_zoom_label), self, G_CONNECT_SWAPPED);

  return bar;
}

static void
waymark_map_view_build (WaymarkView *view)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (view);
  GtkWidget *box, *overlay;

  self->stack = GTK_STACK (gtk_stack_new ());

  self->empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->empty), waymark_view_get_icon_name (view));
  adw_status_page_set_title (ADW_STATUS_PAGE (self->empty), _("No Stages or Lanes Yet"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  self->add_stage = make_add_button (self, _("Add a _Stage"), G_CALLBACK (on_add_stage_cb));
  self->add_lane = make_add_button (self, _("Add a _Lane"), G_CALLBACK (on_add_lane_cb));
  gtk_box_append (GTK_BOX (box), self->add_stage);
  gtk_box_append (GTK_BOX (box), self->add_lane);
  adw_status_page_set_child (ADW_STATUS_PAGE (self->empty), box);
  gtk_stack_add_child (self->stack, self->empty);

  self->canvas = waymark_map_canvas_new ();
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->canvas);
  /* The palette floats over the bottom of the map. */
  overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->scrolled);
  self->palette = waymark_map_palette_new (WAYMARK_MAP_CANVAS (self->canvas));
  gtk_widget_set_halign (self->palette, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->palette, GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (self->palette, 12);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->palette);
  gtk_widget_set_vexpand (overlay, TRUE);
  self->map_page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (self->map_page), build_bar (self));
  gtk_box_append (GTK_BOX (self->map_page), self->search_bar);
  gtk_box_append (GTK_BOX (self->map_page), overlay);
  gtk_stack_add_child (self->stack, self->map_page);
  update_zoom_label (self);

  gtk_widget_set_parent (GTK_WIDGET (self->stack), GTK_WIDGET (self));
  update_page (self);
}

static void
waymark_map_view_document_changed (WaymarkView *view)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (view);
  WaymarkDocument *document = waymark_view_get_document (view);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, update_page, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (update_page), self,
                             G_CONNECT_SWAPPED);

  waymark_map_canvas_set_document (WAYMARK_MAP_CANVAS (self->canvas), document);
  update_page (self);
  update_filter (self);
}

static void
waymark_map_view_edited (WaymarkView *view)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (view);

  /* Personas and channels come and go; the search sees the new titles. */
  update_filter (self);
  if (self->search_bar != NULL && gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (self->search_bar)))
    {
      g_clear_pointer (&self->found, g_ptr_array_unref);
      self->found = waymark_map_canvas_search (WAYMARK_MAP_CANVAS (self->canvas),
                                               gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      if (self->found->len > 0)
        {
          self->current = MIN (self->current, self->found->len - 1);
          waymark_map_canvas_set_current_match (WAYMARK_MAP_CANVAS (self->canvas),
                                                g_ptr_array_index (self->found, self->current));
        }
      update_match_actions (self);
    }
}

static void
waymark_map_view_search (WaymarkView *view,
                         const char  *text)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (view);

  waymark_view_ensure_built (view);
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), text != NULL && *text);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
}

/* The view on screen: the files of `waymark export --view map` with the
 * persona and channel filter (the other cards faded) and the folded lanes
 * of the canvas, at 100 %. */
static WaymarkMapLayout *
get_shown_layout (WaymarkView *view)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (view);

  waymark_view_ensure_built (view);

  return waymark_map_canvas_get_layout (WAYMARK_MAP_CANVAS (self->canvas));
}

static GPtrArray *
waymark_map_view_export (WaymarkView           *view,
                         WaymarkExportFormats   format,
                         WaymarkPaper           paper,
                         GError               **error)
{
  WaymarkJourney *journey = waymark_document_get_journey (waymark_view_get_document (view));
  WaymarkMapLayout *shown = get_shown_layout (view);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  GBytes *bytes;

  if (format == WAYMARK_EXPORT_PDF)
    bytes = waymark_map_export_pdf (journey, shown, paper, NULL, error);
  else if (format == WAYMARK_EXPORT_PNG)
    bytes = waymark_map_export_png (journey, shown, error);
  else
    bytes = waymark_map_export_svg (journey, shown, error);

  if (bytes == NULL)
    return NULL;

  g_ptr_array_add (files, bytes);
  return g_steal_pointer (&files);
}

static WaymarkPages *
waymark_map_view_dup_pages (WaymarkView  *view,
                            WaymarkPaper  paper)
{
  WaymarkJourney *journey = waymark_document_get_journey (waymark_view_get_document (view));

  return WAYMARK_PAGES (waymark_map_pages_new_for_view (journey, get_shown_layout (view), paper));
}

static void
waymark_map_view_dispose (GObject *object)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, update_page, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->found, g_ptr_array_unref);

  G_OBJECT_CLASS (waymark_map_view_parent_class)->dispose (object);
}

static void
waymark_map_view_finalize (GObject *object)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (object);

  g_free (self->persona);
  g_free (self->channel);
  g_free (self->filter_choices);

  G_OBJECT_CLASS (waymark_map_view_parent_class)->finalize (object);
}

static void
waymark_map_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_PERSONA:
      g_value_set_string (value, self->persona ? self->persona : "");
      break;
    case PROP_CHANNEL:
      g_value_set_string (value, self->channel ? self->channel : "");
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_filter_id (WaymarkMapView *self,
               char          **field,
               const char     *id,
               GParamSpec     *pspec)
{
  if (id != NULL && *id == '\0')
    id = NULL;
  if (g_strcmp0 (*field, id) == 0)
    return;
  g_free (*field);
  *field = g_strdup (id);
  update_filter (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
waymark_map_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_PERSONA:
      set_filter_id (self, &self->persona, g_value_get_string (value), pspec);
      break;
    case PROP_CHANNEL:
      set_filter_id (self, &self->channel, g_value_get_string (value), pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_map_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (waymark_map_view_parent_class)->root (widget);

  if (GTK_IS_WINDOW (gtk_widget_get_root (widget)))
    g_signal_connect_object (gtk_widget_get_root (widget), "notify::fullscreened",
                             G_CALLBACK (on_fullscreened_cb), widget, G_CONNECT_SWAPPED);
  on_fullscreened_cb (WAYMARK_MAP_VIEW (widget));
}

static void
waymark_map_view_unroot (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (root != NULL)
    g_signal_handlers_disconnect_by_func (root, on_fullscreened_cb, widget);

  GTK_WIDGET_CLASS (waymark_map_view_parent_class)->unroot (widget);
}

/* Shift+Insert: the palette takes the focus, to choose the kind of the
 * card to add where the focus was. */
static void
choose_kind_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (widget);

  if (self->palette != NULL && gtk_widget_is_drawable (self->palette))
    waymark_map_palette_focus (WAYMARK_MAP_PALETTE (self->palette));
}

static void
waymark_map_view_class_init (WaymarkMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkViewClass *view_class = WAYMARK_VIEW_CLASS (klass);

  object_class->dispose = waymark_map_view_dispose;
  object_class->finalize = waymark_map_view_finalize;
  object_class->get_property = waymark_map_view_get_property;
  object_class->set_property = waymark_map_view_set_property;
  widget_class->root = waymark_map_view_root;
  widget_class->unroot = waymark_map_view_unroot;
  view_class->build = waymark_map_view_build;
  view_class->document_changed = waymark_map_view_document_changed;
  view_class->edited = waymark_map_view_edited;
  view_class->search = waymark_map_view_search;
  view_class->export_formats = WAYMARK_EXPORT_PDF | WAYMARK_EXPORT_PNG | WAYMARK_EXPORT_SVG;
  view_class->paper_formats = WAYMARK_EXPORT_PDF;
  view_class->export = waymark_map_view_export;
  view_class->dup_pages = waymark_map_view_dup_pages;

  gtk_widget_class_set_css_name (widget_class, "mapview");

  /* The id of the persona, or the channel, whose cards the map shows in
   * full; "" for all. */
  properties[PROP_PERSONA] =
    g_param_spec_string ("persona", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_property_action (widget_class, "mapview.persona", "persona");
  gtk_widget_class_install_property_action (widget_class, "mapview.channel", "channel");
  gtk_widget_class_install_action (widget_class, "mapview.zoom", "s", zoom_action);
  gtk_widget_class_install_action (widget_class, "mapview.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "mapview.fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "mapview.leave-fullscreen", NULL, fullscreen_action);
  gtk_widget_class_install_action (widget_class, "mapview.next-match", NULL, match_action);
  gtk_widget_class_install_action (widget_class, "mapview.previous-match", NULL, match_action);
  /* Ctrl+F, Ctrl+G, Ctrl+Shift+G and F11 are the window's while the Map
   * shows: see waymark_map_view_init(). */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "mapview.leave-fullscreen", NULL);

  gtk_widget_class_install_action (widget_class, "mapview.choose-kind", NULL, choose_kind_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_SHIFT_MASK,
                                       "mapview.choose-kind", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Insert, GDK_SHIFT_MASK,
                                       "mapview.choose-kind", NULL);
}

static void
waymark_map_view_init (WaymarkMapView *self)
{
  static const struct { const char *trigger, *action, *zoom; } keys[] = {
    { "<Control>f", "mapview.search" },
    { "<Control>g", "mapview.next-match" },
    { "<Shift><Control>g", "mapview.previous-match" },
    { "F11", "mapview.fullscreen" },
    { "<Control>plus|<Control>equal|<Control>KP_Add", "mapview.zoom", "in" },
    { "<Control>minus|<Control>underscore|<Control>KP_Subtract", "mapview.zoom", "out" },
    { "<Control>0|<Control>KP_0", "mapview.zoom", "fit" },
    { "<Control>1", "mapview.zoom", "reset" },
  };
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  waymark_view_set_title (WAYMARK_VIEW (self), _("_Map"));
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "view-grid-symbolic");
  update_match_actions (self);

  /* The meeting's keys and the zoom's work wherever the keyboard is in
   * the window (the header bar's Open button has it after opening a file)
   * while the Map is shown: a managed controller is run by the window,
   * after what has the focus, for a view that is mapped. */
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_MANAGED);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                gtk_named_action_new (keys[i].action));

      if (keys[i].zoom != NULL)
        gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].zoom));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}

GtkWidget *
waymark_map_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_MAP_VIEW, NULL);
}

/**
 * waymark_map_view_get_canvas:
 *
 * Returns: (transfer none): the canvas, building the view first
 */
GtkWidget *
waymark_map_view_get_canvas (WaymarkMapView *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_VIEW (self), NULL);

  waymark_view_ensure_built (WAYMARK_VIEW (self));

  return self->canvas;
}

/**
 * waymark_map_view_get_palette:
 *
 * Returns: (transfer none): the palette of new cards, building the view first
 */
GtkWidget *
waymark_map_view_get_palette (WaymarkMapView *self)
{
  g_return_val_if_fail (WAYMARK_IS_MAP_VIEW (self), NULL);

  waymark_view_ensure_built (WAYMARK_VIEW (self));

  return self->palette;
}

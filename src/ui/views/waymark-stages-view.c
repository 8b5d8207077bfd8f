/* waymark-stages-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-drop-position.h"
#include "waymark-item-list.h"
#include "waymark-readable-page.h"
#include "waymark-stage-editor.h"
#include "waymark-stages-view.h"
#include "waymark-stages-view-lists.h"
#include "waymark-toast.h"

/* The Stages page of the window: a sidebar with the stages of the journey
 * and the other lists (lanes, roles, channels, personas, activities,
 * handoffs), and beside it the editor of what is selected. */

struct _WaymarkStagesView
{
  WaymarkView         parent_instance;

  AdwLeaflet         *leaflet;
  GtkWidget          *back_bar;
  GtkListView        *stage_list;
  GtkListBox         *section_list;
  GtkStack           *content_stack;
  AdwStatusPage      *empty_page;
  AdwBin             *stage_bin;
  WaymarkItemList    *lanes_list;
  WaymarkItemList    *roles_list;
  WaymarkItemList    *channels_list;
  WaymarkItemList    *personas_list;
  WaymarkItemList    *activities_list;
  WaymarkItemList    *handoffs_list;

  /* The view's document, borrowed from WaymarkView for brevity. */
  WaymarkDocument    *document;
  GtkSingleSelection *selection;
  /* What the Handoffs page lists: one handoff a pair of neighbouring
   * stages, recorded or not yet (_waymark_handoff_pairs_update()). */
  GListStore         *handoff_pairs;
  /* The list shown instead of a stage, or NULL. */
  const char         *section;
  guint               last_position;
  guint               moving;
  guint               focus_source;
};

G_DEFINE_FINAL_TYPE (WaymarkStagesView, waymark_stages_view, WAYMARK_TYPE_VIEW)

#define LIST_ITEM_KEY "waymark-list-item"
#define HANDLER_KEY "waymark-label-handler"

static gboolean stage_list_has_focus     (WaymarkStagesView *self);
static void     focus_stage_row          (WaymarkStagesView *self,
                                          guint              position);
static void     update_stage_counts (WaymarkStagesView *self);
static void     mark_section             (WaymarkStagesView *self);
static void     open_section             (WaymarkStagesView *self,
                                          const char        *section);

static const struct {
  const char *name;
  const char *title;
} sections[] = {
  { "lanes", N_("Lanes") },
  { "roles", N_("Roles") },
  { "channels", N_("Channels") },
  { "personas", N_("Personas") },
  { "activities", N_("Activities") },
  { "handoffs", N_("Handoffs") },
};

static GListModel *
get_stages (WaymarkStagesView *self)
{
  if (self->document == NULL)
    return NULL;

  return waymark_journey_get_stages (waymark_document_get_journey (self->document));
}

static guint
find_stage (WaymarkStagesView *self,
            gpointer           stage)
{
  GListModel *stages = get_stages (self);
  guint n = stages ? g_list_model_get_n_items (stages) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (stages, i);

      if (other == stage)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
update_actions (WaymarkStagesView *self)
{
  GListModel *stages = get_stages (self);
  guint n = stages ? g_list_model_get_n_items (stages) : 0;
  guint position = gtk_single_selection_get_selected (self->selection);
  gboolean selected = position != GTK_INVALID_LIST_POSITION && position < n;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stages.add", self->document != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stages.delete", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stages.rename", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stages.move-up", selected && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "stages.move-down",
                                 selected && position + 1 < n);
}

static WaymarkStageEditor *
get_stage_editor (WaymarkStagesView *self)
{
  GtkWidget *child = adw_bin_get_child (self->stage_bin);

  return child ? WAYMARK_STAGE_EDITOR (child) : NULL;
}

static void
show_stage (WaymarkStagesView *self,
            WaymarkStage      *stage)
{
  WaymarkStageEditor *editor = get_stage_editor (self);

  if (editor == NULL || waymark_stage_editor_get_stage (editor) != stage)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

      /* Let a pending edit of the old stage commit before its editor goes. */
      if (editor != NULL && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (editor)))
        gtk_widget_grab_focus (GTK_WIDGET (self->stage_list));

      adw_bin_set_child (self->stage_bin, waymark_stage_editor_new (self->document, stage));
    }

  gtk_stack_set_visible_child_name (self->content_stack, "stage");
}

static void
show_empty (WaymarkStagesView *self)
{
  adw_bin_set_child (self->stage_bin, NULL);
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

/* Folded, the sidebar and the editor are two pages of the leaflet: a
 * click on a stage or a list, Enter on it, or renaming opens the editor. */
static void
show_content (WaymarkStagesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *sidebar = adw_leaflet_get_child_by_name (self->leaflet, "sidebar");

  if (!adw_leaflet_get_folded (self->leaflet))
    return;

  adw_leaflet_set_visible_child_name (self->leaflet, "content");

  /* The keyboard goes with the page, never to a hidden row. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, sidebar))
    gtk_widget_grab_focus (gtk_widget_get_first_child (self->back_bar));
}

static void
on_leaflet_folded_cb (WaymarkStagesView *self)
{
  gtk_widget_set_visible (self->back_bar, adw_leaflet_get_folded (self->leaflet));
}

static void
on_stage_row_released_cb (GtkGestureClick *gesture,
                          int              n_press,
                          double           x,
                          double           y,
                          GtkWidget       *row)
{
  WaymarkStagesView *self;

  self = WAYMARK_STAGES_VIEW (gtk_widget_get_ancestor (row, WAYMARK_TYPE_STAGES_VIEW));
  if (self != NULL)
    show_content (self);
}

/* A click, Enter or Space on a list opens it; the focus landing on it
 * does not (issue 9, point 5). */
static void
on_section_activated_cb (WaymarkStagesView *self,
                         GtkListBoxRow     *row,
                         GtkListBox        *list_box)
{
  open_section (self, g_object_get_data (G_OBJECT (row), "section"));
  show_content (self);
}

/* After an edit, undo or redo: if the selected stage went away, select the
 * one that took its place. */
static void
ensure_selection (WaymarkStagesView *self)
{
  GListModel *stages = get_stages (self);
  guint n = stages ? g_list_model_get_n_items (stages) : 0;

  if (self->moving || self->section != NULL)
    return;

  if (gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    return;

  if (n > 0)
    {
      WaymarkStageEditor *editor = get_stage_editor (self);
      guint position = GTK_INVALID_LIST_POSITION;

      /* The stage still shown may only have moved (an undone move). */
      if (editor != NULL)
        position = find_stage (self, waymark_stage_editor_get_stage (editor));
      if (position == GTK_INVALID_LIST_POSITION)
        position = MIN (self->last_position, n - 1);

      gtk_single_selection_set_selected (self->selection, position);
      if (stage_list_has_focus (self))
        focus_stage_row (self, position);
    }
  else
    {
      show_empty (self);
    }
}

static void
on_selection_changed_cb (WaymarkStagesView  *self,
                         GParamSpec         *pspec,
                         GtkSingleSelection *selection)
{
  WaymarkStage *stage = gtk_single_selection_get_selected_item (selection);

  if (stage != NULL)
    {
      self->last_position = gtk_single_selection_get_selected (selection);
      self->section = NULL;
      mark_section (self);
      show_stage (self, stage);
    }
  else if (self->section == NULL && !self->moving && get_stages (self) != NULL &&
           g_list_model_get_n_items (get_stages (self)) == 0)
    {
      show_empty (self);
    }

  update_actions (self);
}

static void
on_document_changed_cb (WaymarkStagesView *self,
                        WaymarkDocument   *document)
{
  ensure_selection (self);
  update_stage_counts (self);
  update_actions (self);
  _waymark_handoff_pairs_update (self->handoff_pairs, self->document);
}

static gboolean
stage_list_has_focus (WaymarkStagesView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  return focus != NULL &&
         (focus == GTK_WIDGET (self->stage_list) ||
          gtk_widget_is_ancestor (focus, GTK_WIDGET (self->stage_list)));
}

/* Moves the keyboard focus to the row of @position, so that the focus and
 * the selection stay together after a move or a delete. GTK 4.8 has no API
 * for that (gtk_list_view_scroll_to() is 4.12). */
static gboolean
focus_selected_row (gpointer data)
{
  WaymarkStagesView *self = data;
  guint position = gtk_single_selection_get_selected (self->selection);

  self->focus_source = 0;

  if (position == GTK_INVALID_LIST_POSITION)
    return G_SOURCE_REMOVE;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stage_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      GtkListItem *list_item = row ? g_object_get_data (G_OBJECT (row), LIST_ITEM_KEY) : NULL;

      if (list_item != NULL && gtk_list_item_get_position (list_item) == position)
        {
          gtk_widget_grab_focus (child);
          break;
        }
    }

  return G_SOURCE_REMOVE;
}

/* The list view makes the rows of moved items when it lays them out: focus
 * the row once that is done. */
static void
focus_stage_row (WaymarkStagesView *self,
                 guint              position)
{
  gtk_widget_activate_action (GTK_WIDGET (self->stage_list), "list.scroll-to-item", "u", position);

  if (self->focus_source == 0)
    self->focus_source = g_idle_add_full (GDK_PRIORITY_REDRAW + 10,
                                          focus_selected_row, self, NULL);
}

/* @had_focus: whether the stage list had the focus before the edit that
 * led here; the rows it had may be gone by now. */
static void
select_position (WaymarkStagesView *self,
                 guint              position,
                 gboolean           had_focus)
{
  self->section = NULL;
  gtk_single_selection_set_selected (self->selection, position);

  if (had_focus)
    focus_stage_row (self, position);
  else
    gtk_widget_activate_action (GTK_WIDGET (self->stage_list),
                                "list.scroll-to-item", "u", position);
}

static void
move_stage (WaymarkStagesView *self,
            WaymarkStage      *stage,
            guint              to)
{
  g_autoptr(WaymarkStage) keep = g_object_ref (stage);
  gboolean had_focus = stage_list_has_focus (self);

  self->moving++;
  waymark_document_reorder (self->document, stage, to);
  self->moving--;

  select_position (self, find_stage (self, keep), had_focus);
}

/* The rows of the stage list */

static GdkContentProvider *
on_stage_drag_prepare_cb (GtkDragSource *source,
                          double         x,
                          double         y,
                          GtkListItem   *list_item)
{
  WaymarkStage *stage = gtk_list_item_get_item (list_item);

  if (stage == NULL)
    return NULL;

  return gdk_content_provider_new_typed (WAYMARK_TYPE_STAGE, stage);
}

static void
on_stage_drag_begin_cb (GtkDragSource *source,
                        GdkDrag       *drag,
                        GtkListItem   *list_item)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 12, 12);
}

static gboolean
on_stage_drop_cb (GtkDropTarget *target,
                  const GValue  *value,
                  double         x,
                  double         y,
                  GtkListItem   *list_item)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  WaymarkStagesView *self;
  WaymarkStage *stage = g_value_get_object (value);
  guint from, index, to;

  self = WAYMARK_STAGES_VIEW (gtk_widget_get_ancestor (row, WAYMARK_TYPE_STAGES_VIEW));
  if (self == NULL || stage == NULL)
    return FALSE;

  from = find_stage (self, stage);
  index = gtk_list_item_get_position (list_item);
  if (from == GTK_INVALID_LIST_POSITION || index == GTK_INVALID_LIST_POSITION)
    return FALSE;

  to = waymark_drop_position (from, index, g_list_model_get_n_items (get_stages (self)),
                              y, gtk_widget_get_height (row));
  if (to != from)
    move_stage (self, stage, to);

  return TRUE;
}

static void
on_stage_item_setup_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        WaymarkStagesView        *self)
{
  GtkWidget *row, *label;
  GtkDragSource *source;
  GtkDropTarget *target;
  GtkGesture *click;

  /* The name, whole, wrapped; under it what the stage holds that the user
   * sees elsewhere: its touchpoints on the Map, its questions here. */
  row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_margin_top (row, 3);
  gtk_widget_set_margin_bottom (row, 3);
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (row), label);
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (row), label);
  gtk_list_item_set_child (list_item, row);
  g_object_set_data (G_OBJECT (row), LIST_ITEM_KEY, list_item);

  source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_stage_drag_prepare_cb), list_item);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_stage_drag_begin_cb), list_item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));

  target = gtk_drop_target_new (WAYMARK_TYPE_STAGE, GDK_ACTION_MOVE);
  g_signal_connect (target, "drop", G_CALLBACK (on_stage_drop_cb), list_item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  /* After the list view's own click, which selects the stage. */
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_BUBBLE);
  g_signal_connect (click, "released", G_CALLBACK (on_stage_row_released_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
}

static void
update_stage_row (GtkWidget    *row,
                  GParamSpec   *pspec,
                  WaymarkStage *stage)
{
  const char *label = waymark_item_get_label (WAYMARK_ITEM (stage));
  GtkWidget *list_row = gtk_widget_get_parent (row);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (row)), label ? label : "");

  /* A screen reader meets the list's row, not our box: GTK 4.8 has no API
   * for a list item's label, so name the row widget itself. */
  for (GtkWidget *widget = row; widget != NULL; widget = widget == row ? list_row : NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    _("Press Alt+Up or Alt+Down to move, F2 to rename, "
                                      "Delete to delete"),
                                    -1);
}

static void
update_stage_count (WaymarkStagesView *self,
                    GtkWidget         *row,
                    WaymarkStage      *stage)
{
  GtkWidget *label = gtk_widget_get_last_child (row);
  guint touchpoints = 0;
  guint questions = 0;
  g_autofree char *touchpoints_text = NULL;
  g_autofree char *questions_text = NULL;
  g_autofree char *text = NULL;

  if (self->document != NULL)
    touchpoints = waymark_journey_count_touchpoints_in_stage (waymark_document_get_journey (self->document),
                                                              stage);
  if (waymark_stage_get_questions (stage) != NULL)
    questions = g_strv_length ((char **)waymark_stage_get_questions (stage));

  if (touchpoints > 0)
    touchpoints_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u touchpoint",
                                                     "%u touchpoints", touchpoints),
                                        touchpoints);
  if (questions > 0)
    questions_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question",
                                                   "%u questions", questions),
                                      questions);

  if (touchpoints_text != NULL && questions_text != NULL)
    /* Translators: under a stage's name in the sidebar, "3 touchpoints · 2 questions" */
    text = g_strdup_printf (_("%s · %s"), touchpoints_text, questions_text);
  else
    text = g_strdup (touchpoints_text ? touchpoints_text : questions_text);

  gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  gtk_widget_set_visible (label, text != NULL);
}

/* Shows the journey's counts in the rows there are, once after each edit. */
static void
update_stage_counts (WaymarkStagesView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stage_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row = gtk_widget_get_first_child (child);
      GtkListItem *list_item = row ? g_object_get_data (G_OBJECT (row), LIST_ITEM_KEY) : NULL;

      if (list_item != NULL && gtk_list_item_get_item (list_item) != NULL)
        update_stage_count (self, row, gtk_list_item_get_item (list_item));
    }
}

static void
on_stage_item_bind_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       WaymarkStagesView        *self)
{
  WaymarkStage *stage = gtk_list_item_get_item (list_item);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  gulong handler;

  handler = g_signal_connect_object (stage, "notify::label",
                                     G_CALLBACK (update_stage_row), row,
                                     G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (list_item), HANDLER_KEY, GSIZE_TO_POINTER (handler));
  update_stage_row (row, NULL, stage);
  update_stage_count (self, row, stage);
}

static void
on_stage_item_unbind_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *list_item,
                         WaymarkStagesView        *self)
{
  WaymarkStage *stage = gtk_list_item_get_item (list_item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (list_item), HANDLER_KEY));

  if (stage != NULL && handler != 0)
    g_signal_handler_disconnect (stage, handler);
  g_object_set_data (G_OBJECT (list_item), HANDLER_KEY, NULL);
}

static void
on_stage_list_activate_cb (WaymarkStagesView *self,
                           guint              position,
                           GtkListView       *list_view)
{
  /* Double click or Enter: open the stage (a list may be shown), and
   * rename it. */
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "stages.rename", NULL);
}

/* The other lists */

static void
update_count (GtkLabel   *label,
              guint       position,
              guint       removed,
              guint       added,
              GListModel *model)
{
  g_autofree char *text = g_strdup_printf ("%u", g_list_model_get_n_items (model));

  gtk_label_set_text (label, text);
}

/* The Handoffs page lists a handoff for every pair of neighbouring stages,
 * recorded or not yet, and any other recorded one: the count is what it
 * lists, and says how many of those are recorded when some are not. */
static void
update_handoff_count (GtkLabel *label)
{
  WaymarkStagesView *self = g_object_get_data (G_OBJECT (label), "waymark-stages-view");
  WaymarkJourney *journey;
  g_autofree char *text = NULL;
  guint listed, recorded;

  if (self->document == NULL)
    return;

  journey = waymark_document_get_journey (self->document);
  listed = g_list_model_get_n_items (G_LIST_MODEL (self->handoff_pairs));
  recorded = g_list_model_get_n_items (waymark_journey_get_handoffs (journey));

  if (recorded >= listed)
    text = g_strdup_printf ("%u", listed);
  else
    /* Translators: the count of the Handoffs list in the sidebar, e.g.
     * "2 of 3 recorded": the handoffs recorded of those between stages */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u recorded",
                                         "%u of %u recorded", listed),
                            recorded, listed);

  gtk_label_set_text (label, text);
}

static void
rebuild_sections (WaymarkStagesView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->section_list))))
    gtk_list_box_remove (self->section_list, child);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *title = gtk_label_new (_(sections[i].title));
      GtkWidget *count = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_set_hexpand (title, TRUE);
      gtk_widget_add_css_class (count, "dim-label");
      gtk_widget_add_css_class (count, "numeric");
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), count);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(sections[i].title),
                                      -1);
      g_object_set_data (G_OBJECT (row), "section", (gpointer)sections[i].name);

      if (self->document != NULL)
        {
          WaymarkJourney *journey = waymark_document_get_journey (self->document);
          GListModel *model = NULL;

          switch (i)
            {
            case 0: model = waymark_journey_get_lanes (journey); break;
            case 1: model = waymark_journey_get_roles (journey); break;
            case 2: model = waymark_journey_get_channels (journey); break;
            case 3: model = waymark_journey_get_personas (journey); break;
            case 4: model = waymark_journey_get_activities (journey); break;
            case 5: model = waymark_journey_get_handoffs (journey); break;
            default: g_assert_not_reached ();
            }

          if (model == waymark_journey_get_handoffs (journey))
            {
              g_object_set_data (G_OBJECT (count), "waymark-stages-view", self);
              update_handoff_count (GTK_LABEL (count));
              g_signal_connect_object (model, "items-changed",
                                       G_CALLBACK (update_handoff_count), count,
                                       G_CONNECT_SWAPPED);
              g_signal_connect_object (self->handoff_pairs, "items-changed",
                                       G_CALLBACK (update_handoff_count), count,
                                       G_CONNECT_SWAPPED);
            }
          else
            {
              update_count (GTK_LABEL (count), 0, 0, 0, model);
              g_signal_connect_object (model, "items-changed", G_CALLBACK (update_count), count,
                                       G_CONNECT_SWAPPED);
            }
        }

      gtk_list_box_append (self->section_list, row);
    }

  mark_section (self);
}

static GtkWidget *
get_section_row (WaymarkStagesView *self,
                 const char        *section)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->section_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (section != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (row), "section"), section) == 0)
      return row;

  return NULL;
}

/* The list box selects nothing (it would select the row the focus lands
 * on): the row of the list shown looks selected. */
static void
mark_section (WaymarkStagesView *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->section_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      gboolean current = self->section != NULL &&
                         g_strcmp0 (g_object_get_data (G_OBJECT (row), "section"), self->section) == 0;

      if (current)
        gtk_widget_set_state_flags (row, GTK_STATE_FLAG_SELECTED, FALSE);
      else
        gtk_widget_unset_state_flags (row, GTK_STATE_FLAG_SELECTED);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_SELECTED, current,
                                   -1);
    }
}

static void
open_section (WaymarkStagesView *self,
              const char        *section)
{
  g_assert (section != NULL);

  self->section = g_intern_string (section);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_stack_set_visible_child_name (self->content_stack, self->section);
  mark_section (self);
  update_actions (self);
}

/* Tab and Shift+Tab go from a list to the next region, never row by row
 * (arrows move within the list): the list is out of the focus chain while
 * the focus moves on from it. */
static gboolean
on_list_key_pressed_cb (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkWidget             *list)
{
  GtkRoot *root = gtk_widget_get_root (list);
  GtkDirectionType direction;

  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
    return GDK_EVENT_PROPAGATE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || root == NULL)
    return GDK_EVENT_PROPAGATE;

  direction = (keyval == GDK_KEY_ISO_Left_Tab || (state & GDK_SHIFT_MASK) != 0)
              ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD;

  gtk_widget_set_can_focus (list, FALSE);
  gtk_widget_child_focus (GTK_WIDGET (root), direction);
  gtk_widget_set_can_focus (list, TRUE);

  return GDK_EVENT_STOP;
}

static void
make_one_tab_stop (GtkWidget *list)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_list_key_pressed_cb), list);
  gtk_widget_add_controller (list, keys);
}

/* Actions */

static void
stages_add_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  WaymarkStagesView *self = WAYMARK_STAGES_VIEW (widget);
  GListModel *stages = get_stages (self);
  guint position = gtk_single_selection_get_selected (self->selection);
  WaymarkStage *stage;
  WaymarkStageEditor *editor;

  if (self->document == NULL)
    return;

  if (position == GTK_INVALID_LIST_POSITION)
    position = g_list_model_get_n_items (stages);
  else
    position++;

  stage = waymark_document_add_stage (self->document, position, _("New Stage"));
  select_position (self, find_stage (self, stage), FALSE);
  show_content (self);

  /* Start renaming it right away. */
  editor = get_stage_editor (self);
  if (editor != NULL)
    waymark_stage_editor_focus_name (editor);
}

static void
stages_delete_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WaymarkStagesView *self = WAYMARK_STAGES_VIEW (widget);
  g_autoptr(WaymarkStage) stage = NULL;
  g_autofree char *message = NULL;
  gboolean had_focus;
  guint position;

  stage = gtk_single_selection_get_selected_item (self->selection);
  if (stage == NULL)
    return;

  g_object_ref (stage);
  had_focus = stage_list_has_focus (self);

  /* Translators: the toast after deleting a stage */
  message = g_strdup_printf (_("Stage “%s” deleted"),
                             waymark_item_get_label (WAYMARK_ITEM (stage)));

  waymark_document_remove (self->document, stage);
  waymark_toast_show_undo (widget, message);

  position = gtk_single_selection_get_selected (self->selection);
  if (had_focus && position != GTK_INVALID_LIST_POSITION)
    focus_stage_row (self, position);
}

static void
stages_move_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  WaymarkStagesView *self = WAYMARK_STAGES_VIEW (widget);
  GListModel *stages = get_stages (self);
  guint position = gtk_single_selection_get_selected (self->selection);
  WaymarkStage *stage = gtk_single_selection_get_selected_item (self->selection);

  if (stage == NULL)
    return;

  if (g_str_equal (action_name, "stages.move-up") && position > 0)
    move_stage (self, stage, position - 1);
  else if (g_str_equal (action_name, "stages.move-down") &&
           position + 1 < g_list_model_get_n_items (stages))
    move_stage (self, stage, position + 1);
}

static void
stages_rename_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  WaymarkStagesView *self = WAYMARK_STAGES_VIEW (widget);
  WaymarkStageEditor *editor = get_stage_editor (self);

  if (editor != NULL && gtk_single_selection_get_selected_item (self->selection) != NULL)
    {
      show_content (self);
      waymark_stage_editor_focus_name (editor);
    }
}

static void
stages_show_sidebar_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  WaymarkStagesView *self = WAYMARK_STAGES_VIEW (widget);
  guint position = gtk_single_selection_get_selected (self->selection);
  GtkWidget *section_row = get_section_row (self, self->section);

  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");

  /* Back where the user came from. */
  if (section_row != NULL)
    gtk_widget_grab_focus (section_row);
  else if (position != GTK_INVALID_LIST_POSITION)
    focus_stage_row (self, position);
  else
    gtk_widget_child_focus (adw_leaflet_get_child_by_name (self->leaflet, "sidebar"),
                            GTK_DIR_TAB_FORWARD);
}

/* WaymarkView */

static void
waymark_stages_view_document_changed (WaymarkView *view)
{
  WaymarkStagesView *self = WAYMARK_STAGES_VIEW (view);
  WaymarkDocument *document = waymark_view_get_document (view);
  WaymarkJourney *journey = NULL;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, on_document_changed_cb, self);

  self->document = document;
  if (document != NULL)
    journey = waymark_document_get_journey (document);

  show_empty (self);
  self->section = NULL;
  self->last_position = 0;
  gtk_single_selection_set_model (self->selection,
                                  journey ? waymark_journey_get_stages (journey) : NULL);

  if (document != NULL)
    g_signal_connect_object (document, "changed",
                             G_CALLBACK (on_document_changed_cb), self,
                             G_CONNECT_SWAPPED);

#define SET_LIST(list, getter)                                                  \
  G_STMT_START {                                                                \
    waymark_item_list_set_model (self->list, journey ? getter (journey) : NULL); \
    waymark_item_list_set_document (self->list, document);                      \
  } G_STMT_END

  SET_LIST (lanes_list, waymark_journey_get_lanes);
  SET_LIST (roles_list, waymark_journey_get_roles);
  SET_LIST (channels_list, waymark_journey_get_channels);
  SET_LIST (personas_list, waymark_journey_get_personas);
  SET_LIST (activities_list, waymark_journey_get_activities);

#undef SET_LIST

  _waymark_handoff_pairs_update (self->handoff_pairs, document);
  waymark_item_list_set_model (self->handoffs_list,
                               document ? G_LIST_MODEL (self->handoff_pairs) : NULL);
  waymark_item_list_set_document (self->handoffs_list, document);

  rebuild_sections (self);
  ensure_selection (self);
  update_stage_counts (self);
  update_actions (self);
}

static void
waymark_stages_view_dispose (GObject *object)
{
  WaymarkStagesView *self = (WaymarkStagesView *)object;

  g_clear_handle_id (&self->focus_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), WAYMARK_TYPE_STAGES_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->handoff_pairs);
  self->document = NULL;

  G_OBJECT_CLASS (waymark_stages_view_parent_class)->dispose (object);
}

/* The view's widgets are made in init, from the template; the document's
 * stages and lists are set on them when the view is first shown (or a
 * function below needs them): a journey opens on its map, and filling
 * this view took 8 ms of its start-up. */
static void
waymark_stages_view_build (WaymarkView *view)
{
}

static void
waymark_stages_view_class_init (WaymarkStagesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkViewClass *view_class = WAYMARK_VIEW_CLASS (klass);

  object_class->dispose = waymark_stages_view_dispose;

  view_class->build = waymark_stages_view_build;
  view_class->document_changed = waymark_stages_view_document_changed;

  g_type_ensure (WAYMARK_TYPE_ITEM_LIST);
  g_type_ensure (WAYMARK_TYPE_READABLE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/waymark/Waymark/views/"
                                               "waymark-stages-view.ui");
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, back_bar);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, stage_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, section_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, stage_bin);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, lanes_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, roles_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, channels_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, personas_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, activities_list);
  gtk_widget_class_bind_template_child (widget_class, WaymarkStagesView, handoffs_list);
  gtk_widget_class_bind_template_callback (widget_class, on_stage_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_section_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "stages.add", NULL, stages_add_action);
  gtk_widget_class_install_action (widget_class, "stages.delete", NULL, stages_delete_action);
  gtk_widget_class_install_action (widget_class, "stages.move-up", NULL, stages_move_action);
  gtk_widget_class_install_action (widget_class, "stages.move-down", NULL, stages_move_action);
  gtk_widget_class_install_action (widget_class, "stages.rename", NULL, stages_rename_action);
  gtk_widget_class_install_action (widget_class, "stages.show-sidebar", NULL,
                                   stages_show_sidebar_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "stages.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, GDK_ALT_MASK,
                                       "stages.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "stages.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, GDK_ALT_MASK,
                                       "stages.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0,
                                       "stages.rename", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "stagesview");
}

static void
waymark_stages_view_init (WaymarkStagesView *self)
{
  GtkListItemFactory *factory;
  GtkEventController *shortcuts;
  GtkShortcutTrigger *trigger;

  gtk_widget_init_template (GTK_WIDGET (self));

  waymark_view_set_title (WAYMARK_VIEW (self), _("_Stages"));
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "view-list-ordered-symbolic");

  self->handoff_pairs = g_list_store_new (WAYMARK_TYPE_HANDOFF);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self,
                           G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_stage_item_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_stage_item_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_stage_item_unbind_cb), self);
  gtk_list_view_set_factory (self->stage_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->stage_list, GTK_SELECTION_MODEL (self->selection));

  /* Delete only from the list: elsewhere the key belongs to the entries. */
  shortcuts = gtk_shortcut_controller_new ();
  trigger = gtk_shortcut_trigger_parse_string ("Delete|KP_Delete");
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (trigger,
                                                          gtk_named_action_new ("stages.delete")));
  gtk_widget_add_controller (GTK_WIDGET (self->stage_list), shortcuts);

  make_one_tab_stop (GTK_WIDGET (self->stage_list));
  make_one_tab_stop (GTK_WIDGET (self->section_list));

  waymark_item_list_set_funcs (self->lanes_list, &_waymark_lane_list_funcs, self);
  waymark_item_list_set_funcs (self->roles_list, &_waymark_role_list_funcs, self);
  waymark_item_list_set_funcs (self->channels_list, &_waymark_channel_list_funcs, self);
  waymark_item_list_set_funcs (self->personas_list, &_waymark_persona_list_funcs, self);
  waymark_item_list_set_funcs (self->activities_list, &_waymark_activity_list_funcs, self);
  waymark_item_list_set_funcs (self->handoffs_list, &_waymark_handoff_list_funcs, self);

  rebuild_sections (self);
  show_empty (self);
  update_actions (self);
}

GtkWidget *
waymark_stages_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_STAGES_VIEW, NULL);
}

/**
 * waymark_stages_view_get_selected_stage:
 *
 * Returns: (transfer none) (nullable): the stage being edited
 */
WaymarkStage *
waymark_stages_view_get_selected_stage (WaymarkStagesView *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGES_VIEW (self), NULL);

  waymark_view_ensure_built (WAYMARK_VIEW (self));

  return gtk_single_selection_get_selected_item (self->selection);
}

void
waymark_stages_view_select_stage (WaymarkStagesView *self,
                                  WaymarkStage      *stage)
{
  guint position;

  g_return_if_fail (WAYMARK_IS_STAGES_VIEW (self));
  g_return_if_fail (WAYMARK_IS_STAGE (stage));

  waymark_view_ensure_built (WAYMARK_VIEW (self));
  position = find_stage (self, stage);
  if (position != GTK_INVALID_LIST_POSITION)
    select_position (self, position, FALSE);
}

/**
 * waymark_stages_view_get_section:
 *
 * Returns: "stages" while a stage is edited, else the name of the list
 *   shown: "lanes", "roles", "channels", "personas", "activities" or
 *   "handoffs"
 */
const char *
waymark_stages_view_get_section (WaymarkStagesView *self)
{
  g_return_val_if_fail (WAYMARK_IS_STAGES_VIEW (self), NULL);

  waymark_view_ensure_built (WAYMARK_VIEW (self));

  return self->section ? self->section : "stages";
}

void
waymark_stages_view_set_section (WaymarkStagesView *self,
                                 const char        *section)
{
  g_return_if_fail (WAYMARK_IS_STAGES_VIEW (self));
  g_return_if_fail (section != NULL);

  waymark_view_ensure_built (WAYMARK_VIEW (self));

  if (g_str_equal (section, "stages"))
    {
      self->section = NULL;
      mark_section (self);
      ensure_selection (self);
      return;
    }

  if (get_section_row (self, section) != NULL)
    {
      open_section (self, section);
      show_content (self);
      return;
    }

  g_critical ("No section “%s” in the Stages view", section);
}

/* waymark-content-view.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Content page: the content audit. Above, how many content items
 * serve each stage for each persona, the empty cells marked as gaps in
 * words and with an icon, and the stage questions no item answers; below,
 * the content items in a sortable, filterable column view, added, edited
 * and deleted through the document's commands. The figures come from the
 * model (WaymarkContentCoverage).
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "waymark-chart-export.h"
#include "waymark-content-coverage.h"
#include "waymark-content-editor.h"
#include "waymark-content-view.h"

struct _WaymarkContentView
{
  WaymarkView          parent_instance;

  GtkWidget           *coverage;  /* GtkGrid */
  GtkWidget           *unanswered;
  GtkWidget           *search;
  GtkWidget           *column_view;
  GtkSortListModel    *sorted;
  GtkFilterListModel  *filtered;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *filter;
};

G_DEFINE_FINAL_TYPE (WaymarkContentView, waymark_content_view, WAYMARK_TYPE_VIEW)

static WaymarkJourney *
journey_of (WaymarkContentView *self)
{
  WaymarkDocument *document = waymark_view_get_document (WAYMARK_VIEW (self));

  return document ? waymark_document_get_journey (document) : NULL;
}

/* The names of the items @ids refers to, in order. */
static char *
dup_labels (WaymarkContentView *self,
            const char * const *ids)
{
  WaymarkJourney *journey = journey_of (self);

  return journey ? waymark_journey_dup_labels (journey, ids) : g_strdup ("");
}

/* The text of each column, also its sort key. */

static char *
text_title (WaymarkContentItem *item,
            WaymarkContentView *self)
{
  return g_strdup (waymark_content_item_get_title (item));
}

static char *
text_type (WaymarkContentItem *item,
           WaymarkContentView *self)
{
  return g_strdup (waymark_content_item_get_content_type (item));
}

static char *
text_personas (WaymarkContentItem *item,
               WaymarkContentView *self)
{
  return dup_labels (self, waymark_content_item_get_personas (item));
}

static char *
text_question (WaymarkContentItem *item,
               WaymarkContentView *self)
{
  return g_strdup (waymark_content_item_get_question (item));
}

static char *
text_stages (WaymarkContentItem *item,
             WaymarkContentView *self)
{
  return dup_labels (self, waymark_content_item_get_stages (item));
}

static char *
text_url (WaymarkContentItem *item,
          WaymarkContentView *self)
{
  return g_strdup (waymark_content_item_get_url (item));
}

typedef char *(*ColumnText) (WaymarkContentItem *item,
                             WaymarkContentView *self);

static const struct {
  const char *title;
  ColumnText  text;
  gboolean    expand;
} columns[] = {
  { N_("Title"), text_title, TRUE },
  { N_("Type"), text_type, FALSE },
  { N_("Personas"), text_personas, FALSE },
  { N_("Question Answered"), text_question, TRUE },
  { N_("Stages"), text_stages, FALSE },
  { N_("Link"), text_url, FALSE },
};

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  WaymarkContentView *self = user_data;
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  WaymarkContentItem *item = gtk_list_item_get_item (list_item);
  g_autofree char *text = columns[column].text (item, self);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (list_item), text[0] ? text : NULL);
}

static gboolean
match_item (gpointer item,
            gpointer user_data)
{
  WaymarkContentView *self = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search));
  g_autofree char *needle = g_utf8_casefold (search, -1);

  if (needle[0] == '\0')
    return TRUE;

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      g_autofree char *text = columns[c].text (item, self);
      g_autofree char *folded = g_utf8_casefold (text, -1);

      if (strstr (folded, needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
new_coverage_cell (WaymarkContentCoverage *coverage,
                   guint                   row,
                   guint                   column,
                   guint                   count)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  const char *stage = waymark_stage_get_name (waymark_content_coverage_get_stage (coverage, row));
  const char *persona = column < waymark_content_coverage_get_n_personas (coverage)
                        ? waymark_persona_get_name (waymark_content_coverage_get_persona (coverage, column))
                        : _("All content");
  g_autofree char *description = NULL;

  gtk_widget_add_css_class (cell, "gap-cell");
  gtk_widget_set_size_request (cell, 110, -1);
  if (count == 0)
    {
      gtk_widget_add_css_class (cell, "missed");
      gtk_box_append (GTK_BOX (cell), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      /* Translators: a cell of the content coverage with no content */
      gtk_box_append (GTK_BOX (cell), waymark_view_new_label (_("Gap"), "heading"));
      /* Translators: what a screen reader says for an empty coverage cell */
      description = g_strdup_printf (_("%s, %s: no content, a gap"), stage, persona);
    }
  else
    {
      g_autofree char *number = g_strdup_printf ("%u", count);

      gtk_widget_add_css_class (cell, "covered");
      gtk_box_append (GTK_BOX (cell), gtk_image_new_from_icon_name ("object-select-symbolic"));
      gtk_box_append (GTK_BOX (cell), waymark_view_new_label (number, "heading"));
      /* Translators: what a screen reader says for a coverage cell */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%s, %s: %u content item",
                                                  "%s, %s: %u content items", count),
                                     stage, persona, count);
    }

  gtk_widget_set_tooltip_text (cell, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  -1);

  return cell;
}

static void
rebuild_coverage (WaymarkContentView *self)
{
  WaymarkJourney *journey = journey_of (self);
  g_autoptr(WaymarkContentCoverage) coverage = NULL;
  GtkWidget *child;
  guint n_stages, n_personas;

  while ((child = gtk_widget_get_first_child (self->coverage)))
    gtk_grid_remove (GTK_GRID (self->coverage), child);
  while ((child = gtk_widget_get_first_child (self->unanswered)))
    gtk_list_box_remove (GTK_LIST_BOX (self->unanswered), child);

  if (journey == NULL)
    return;

  coverage = waymark_content_coverage_new (journey);
  n_stages = waymark_content_coverage_get_n_stages (coverage);
  n_personas = waymark_content_coverage_get_n_personas (coverage);

  for (guint j = 0; j < n_personas; j++)
    {
      WaymarkPersona *persona = waymark_content_coverage_get_persona (coverage, j);

      gtk_grid_attach (GTK_GRID (self->coverage),
                       waymark_view_new_label (waymark_persona_get_name (persona), "heading"),
                       j + 1, 0, 1, 1);
    }
  gtk_grid_attach (GTK_GRID (self->coverage), waymark_view_new_label (_("All content"), "heading"),
                   n_personas + 1, 0, 1, 1);

  for (guint i = 0; i < n_stages; i++)
    {
      WaymarkStage *stage = waymark_content_coverage_get_stage (coverage, i);
      const char * const *questions = waymark_content_coverage_get_unanswered (coverage, i);

      gtk_grid_attach (GTK_GRID (self->coverage),
                       waymark_view_new_label (waymark_stage_get_name (stage), "heading"),
                       0, i + 1, 1, 1);
      for (guint j = 0; j < n_personas; j++)
        gtk_grid_attach (GTK_GRID (self->coverage),
                         new_coverage_cell (coverage, i, j,
                                            waymark_content_coverage_get_count (coverage, i, j)),
                         j + 1, i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (self->coverage),
                       new_coverage_cell (coverage, i, n_personas,
                                          waymark_content_coverage_get_stage_total (coverage, i)),
                       n_personas + 1, i + 1, 1, 1);

      for (guint q = 0; questions[q]; q++)
        {
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), questions[q]);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), waymark_stage_get_name (stage));
          gtk_list_box_append (GTK_LIST_BOX (self->unanswered), row);
        }
    }

  if (waymark_content_coverage_get_n_unanswered (coverage) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     _("Content answers every question of every stage."));
      gtk_list_box_append (GTK_LIST_BOX (self->unanswered), row);
    }
}

static WaymarkContentItem *
get_selected (WaymarkContentView *self)
{
  return self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
}

static void
update_actions (WaymarkContentView *self)
{
  gboolean has_document = waymark_view_get_document (WAYMARK_VIEW (self)) != NULL;
  gboolean has_selection = get_selected (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "content.add", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "content.edit", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "content.delete", has_selection);
}

/* Shows the items again: texts that name personas and stages may have
 * changed with any edit, and lists are short. The selection stays on the
 * same item. */
static void
refresh (WaymarkContentView *self)
{
  WaymarkJourney *journey = journey_of (self);
  g_autoptr(WaymarkContentItem) selected = NULL;

  if (self->sorted == NULL)
    return;

  if (get_selected (self))
    selected = g_object_ref (get_selected (self));

  gtk_filter_list_model_set_model (self->filtered, NULL);
  gtk_filter_list_model_set_model (self->filtered,
                                   journey ? waymark_journey_get_content (journey) : NULL);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; selected && i < g_list_model_get_n_items (G_LIST_MODEL (self->selection)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (item == G_OBJECT (selected))
        gtk_single_selection_set_selected (self->selection, i);
    }

  rebuild_coverage (self);
  update_actions (self);
}

static void
on_search_changed_cb (WaymarkContentView *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_selection_changed_cb (WaymarkContentView *self)
{
  update_actions (self);
}

static void
open_editor (WaymarkContentView *self,
             WaymarkContentItem *item)
{
  WaymarkDocument *document = waymark_view_get_document (WAYMARK_VIEW (self));
  GtkWidget *editor;
  GtkRoot *root;

  if (document == NULL)
    return;

  editor = waymark_content_editor_new (document, item);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_editor (WAYMARK_CONTENT_VIEW (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  WaymarkContentView *self = WAYMARK_CONTENT_VIEW (widget);

  if (get_selected (self) != NULL)
    open_editor (self, get_selected (self));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WaymarkContentView *self = WAYMARK_CONTENT_VIEW (widget);
  WaymarkDocument *document = waymark_view_get_document (WAYMARK_VIEW (self));
  WaymarkContentItem *item = get_selected (self);

  if (document != NULL && item != NULL)
    waymark_document_remove (document, item);
}

static void
on_activate_cb (WaymarkContentView *self,
                guint               position)
{
  g_autoptr(WaymarkContentItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item != NULL)
    open_editor (self, item);
}

static GtkWidget *
new_tool_button (const char *icon_name,
                 const char *action_name,
                 const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);

  return button;
}

static GtkWidget *
build_column_view (WaymarkContentView *self)
{
  GtkWidget *column_view = gtk_column_view_new (NULL);

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      GtkExpression *expression;
      GtkStringSorter *sorter;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);

      column = gtk_column_view_column_new (_(columns[c].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[c].expand);
      expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                G_CALLBACK (columns[c].text), self, NULL);
      sorter = gtk_string_sorter_new (expression);
      gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
      g_object_unref (sorter);
      gtk_column_view_append_column (GTK_COLUMN_VIEW (column_view), column);
      g_object_unref (column);
    }

  self->filter = gtk_custom_filter_new (match_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (column_view))));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (column_view), GTK_SELECTION_MODEL (self->selection));
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (column_view), TRUE);
  g_signal_connect_object (column_view, "activate", G_CALLBACK (on_activate_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Content items"),
                                  -1);

  return column_view;
}

/* WaymarkView */

static void
waymark_content_view_build (WaymarkView *view)
{
  WaymarkContentView *self = WAYMARK_CONTENT_VIEW (view);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *frame = gtk_frame_new (NULL);

  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 24);

  {
    GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);
    GtkWidget *left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
    GtkWidget *right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
    GtkWidget *questions = gtk_scrolled_window_new ();

    gtk_box_append (GTK_BOX (left), waymark_view_new_label (_("Coverage"), "title-4"));
    gtk_box_append (GTK_BOX (left),
                    waymark_view_new_label (_("How many content items serve each stage for each "
                                              "persona; an empty cell is a gap."),
                                            "dim-label"));
    self->coverage = gtk_grid_new ();
    gtk_grid_set_row_spacing (GTK_GRID (self->coverage), 6);
    gtk_grid_set_column_spacing (GTK_GRID (self->coverage), 6);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->coverage),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Content by stage and persona"),
                                    -1);
    gtk_box_append (GTK_BOX (left), self->coverage);

    gtk_box_append (GTK_BOX (right), waymark_view_new_label (_("Unanswered Questions"), "title-4"));
    gtk_box_append (GTK_BOX (right),
                    waymark_view_new_label (_("The questions of each stage that no content "
                                              "item answers."),
                                            "dim-label"));
    self->unanswered = gtk_list_box_new ();
    gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->unanswered), GTK_SELECTION_NONE);
    gtk_widget_add_css_class (self->unanswered, "boxed-list");
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->unanswered),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Stage questions no content item answers"),
                                    -1);
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (questions),
                                    GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (questions), 300);
    gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (questions), TRUE);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (questions), self->unanswered);
    gtk_box_append (GTK_BOX (right), questions);
    gtk_widget_set_hexpand (right, TRUE);

    gtk_box_append (GTK_BOX (top), left);
    gtk_box_append (GTK_BOX (top), right);
    gtk_box_append (GTK_BOX (box), top);
  }

  gtk_box_append (GTK_BOX (box), waymark_view_new_label (_("Content Items"), "title-4"));
  self->search = gtk_search_entry_new ();
  gtk_widget_set_hexpand (self->search, TRUE);
  g_object_set (self->search, "placeholder-text", _("Filter content"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filter content"),
                                  -1);
  g_signal_connect_object (self->search, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (toolbar), self->search);
  gtk_box_append (GTK_BOX (toolbar), new_tool_button ("list-add-symbolic", "content.add",
                                                      _("Add Content Item")));
  gtk_box_append (GTK_BOX (toolbar), new_tool_button ("document-edit-symbolic", "content.edit",
                                                      _("Edit Content Item")));
  gtk_box_append (GTK_BOX (toolbar), new_tool_button ("user-trash-symbolic", "content.delete",
                                                      _("Delete Content Item")));
  gtk_box_append (GTK_BOX (box), toolbar);

  self->column_view = build_column_view (self);
  gtk_widget_set_size_request (self->column_view, -1, 180);
  gtk_frame_set_child (GTK_FRAME (frame), self->column_view);
  gtk_box_append (GTK_BOX (box), frame);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_widget_set_parent (scrolled, GTK_WIDGET (self));
}

static void
waymark_content_view_document_changed (WaymarkView *view)
{
  refresh (WAYMARK_CONTENT_VIEW (view));
}

/* The same files as `waymark export --view content`. */
static GPtrArray *
waymark_content_view_export (WaymarkView           *view,
                             WaymarkExportFormats   format,
                             WaymarkPaper           paper,
                             GError               **error)
{
  WaymarkJourney *journey = waymark_document_get_journey (waymark_view_get_document (view));

  return waymark_insight_export_files (journey, WAYMARK_INSIGHT_CONTENT,
                                       waymark_export_format_get_suffix (format), paper, error);
}

static WaymarkPages *
waymark_content_view_dup_pages (WaymarkView  *view,
                                WaymarkPaper  paper)
{
  WaymarkJourney *journey = waymark_document_get_journey (waymark_view_get_document (view));

  return waymark_insight_new_pages (journey, WAYMARK_INSIGHT_CONTENT, paper);
}

/* GObject */

static void
waymark_content_view_dispose (GObject *object)
{
  WaymarkContentView *self = (WaymarkContentView *)object;

  G_OBJECT_CLASS (waymark_content_view_parent_class)->dispose (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
}

static void
waymark_content_view_class_init (WaymarkContentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  WaymarkViewClass *view_class = WAYMARK_VIEW_CLASS (klass);

  object_class->dispose = waymark_content_view_dispose;

  view_class->build = waymark_content_view_build;
  view_class->document_changed = waymark_content_view_document_changed;
  view_class->edited = waymark_content_view_document_changed;
  view_class->export_formats = (WAYMARK_EXPORT_PDF | WAYMARK_EXPORT_PNG | WAYMARK_EXPORT_SVG |
                                WAYMARK_EXPORT_CSV);
  view_class->paper_formats = WAYMARK_EXPORT_PDF;
  view_class->export = waymark_content_view_export;
  view_class->dup_pages = waymark_content_view_dup_pages;

  gtk_widget_class_install_action (widget_class, "content.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "content.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "content.delete", NULL, delete_action);

  gtk_widget_class_set_css_name (widget_class, "contentview");
}

static void
waymark_content_view_init (WaymarkContentView *self)
{
  waymark_view_set_title (WAYMARK_VIEW (self), _("_Content"));
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "folder-documents-symbolic");
  update_actions (self);
}

GtkWidget *
waymark_content_view_new (void)
{
  return g_object_new (WAYMARK_TYPE_CONTENT_VIEW, NULL);
}

/**
 * waymark_content_view_get_items:
 *
 * Returns: (transfer none) (nullable): the items as the view shows them,
 *   filtered and sorted, once the view is built
 */
GListModel *
waymark_content_view_get_items (WaymarkContentView *self)
{
  g_return_val_if_fail (WAYMARK_IS_CONTENT_VIEW (self), NULL);

  return self->selection ? G_LIST_MODEL (self->selection) : NULL;
}

/**
 * waymark_content_view_select:
 *
 * Selects the item at @position of waymark_content_view_get_items().
 */
void
waymark_content_view_select (WaymarkContentView *self,
                             guint               position)
{
  g_return_if_fail (WAYMARK_IS_CONTENT_VIEW (self));
  g_return_if_fail (self->selection != NULL);

  gtk_single_selection_set_selected (self->selection, position);
}

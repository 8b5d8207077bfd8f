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
  GtkWidget       *map_page;   /* the map and its palette */
  WaymarkDocument *document;   /* whose "changed" we follow */
};

G_DEFINE_FINAL_TYPE (WaymarkMapView, waymark_map_view, WAYMARK_TYPE_VIEW)

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
  gtk_stack_add_child (self->stack, overlay);
  self->map_page = overlay;

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
}

/* The same files as `waymark export --view map`. */
static GPtrArray *
waymark_map_view_export (WaymarkView           *view,
                         WaymarkExportFormats   format,
                         WaymarkPaper           paper,
                         GError               **error)
{
  WaymarkJourney *journey = waymark_document_get_journey (waymark_view_get_document (view));
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  GBytes *bytes;

  if (format == WAYMARK_EXPORT_PDF)
    bytes = waymark_map_export_pdf (journey, paper, NULL, error);
  else if (format == WAYMARK_EXPORT_PNG)
    bytes = waymark_map_export_png (journey, error);
  else
    bytes = waymark_map_export_svg (journey, error);

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

  return WAYMARK_PAGES (waymark_map_pages_new (journey, paper));
}

static void
waymark_map_view_dispose (GObject *object)
{
  WaymarkMapView *self = WAYMARK_MAP_VIEW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, update_page, self);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (waymark_map_view_parent_class)->dispose (object);
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
  view_class->build = waymark_map_view_build;
  view_class->document_changed = waymark_map_view_document_changed;
  view_class->export_formats = WAYMARK_EXPORT_PDF | WAYMARK_EXPORT_PNG | WAYMARK_EXPORT_SVG;
  view_class->paper_formats = WAYMARK_EXPORT_PDF;
  view_class->export = waymark_map_view_export;
  view_class->dup_pages = waymark_map_view_dup_pages;

  gtk_widget_class_set_css_name (widget_class, "mapview");

  gtk_widget_class_install_action (widget_class, "mapview.choose-kind", NULL, choose_kind_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Insert, GDK_SHIFT_MASK,
                                       "mapview.choose-kind", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Insert, GDK_SHIFT_MASK,
                                       "mapview.choose-kind", NULL);
}

static void
waymark_map_view_init (WaymarkMapView *self)
{
  waymark_view_set_title (WAYMARK_VIEW (self), _("_Map"));
  waymark_view_set_icon_name (WAYMARK_VIEW (self), "view-grid-symbolic");
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

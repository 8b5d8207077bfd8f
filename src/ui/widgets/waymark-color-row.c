/* waymark-color-row.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An action row with a palette of GNOME colours editing a "#rrggbb" string
 * property. A colour not in the palette (from a file) is shown, chosen, in
 * a swatch of its own before the palette.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-color-row.h"

#define COLOR_KEY "waymark-color"

struct _WaymarkColorRow
{
  AdwActionRow            parent_instance;

  WaymarkPropertyBinding *binding;
  GtkWidget              *palette_box;
  GtkWidget              *custom;
  guint                   updating;
};

G_DEFINE_FINAL_TYPE (WaymarkColorRow, waymark_color_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_BINDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const struct {
  const char *color;
  const char *name;
  const char *css_class;
} palette[] = {
  { "#3584e4", N_("Blue"), "blue" },
  { "#33d17a", N_("Green"), "green" },
  { "#f6d32d", N_("Yellow"), "yellow" },
  { "#ff7800", N_("Orange"), "orange" },
  { "#e01b24", N_("Red"), "red" },
  { "#9141ac", N_("Purple"), "purple" },
  { "#986a44", N_("Brown"), "brown" },
  { "#77767b", N_("Grey"), "grey" },
};

static void
draw_custom_swatch (GtkDrawingArea *area,
                    cairo_t        *cr,
                    int             width,
                    int             height,
                    gpointer        user_data)
{
  GtkWidget *swatch = gtk_widget_get_parent (GTK_WIDGET (area));
  const char *color = g_object_get_data (G_OBJECT (swatch), COLOR_KEY);
  double radius = MIN (width, height) / 2.0;
  GdkRGBA rgba;

  if (color == NULL || !gdk_rgba_parse (&rgba, color))
    return;

  gdk_cairo_set_source_rgba (cr, &rgba);
  cairo_arc (cr, width / 2.0, height / 2.0, radius, 0, 2 * G_PI);
  cairo_fill (cr);

  /* The mark of the chosen colour, as the palette's check mark. */
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (swatch)))
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_arc (cr, width / 2.0, height / 2.0, radius / 3.0, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static GtkWidget *
create_custom_swatch (void)
{
  GtkWidget *swatch = gtk_toggle_button_new ();
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 24);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 24);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_custom_swatch, NULL, NULL);
  gtk_button_set_child (GTK_BUTTON (swatch), area);
  gtk_widget_add_css_class (swatch, "waymark-swatch");
  gtk_widget_add_css_class (swatch, "custom");
  gtk_widget_set_tooltip_text (swatch, _("Custom colour"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (swatch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Custom colour"),
                                  -1);
  g_signal_connect_swapped (swatch, "toggled", G_CALLBACK (gtk_widget_queue_draw), area);
  gtk_widget_set_visible (swatch, FALSE);

  return swatch;
}

static void
update (WaymarkColorRow *self)
{
  g_autofree char *color = waymark_property_binding_dup_string (self->binding);
  gboolean found = FALSE;
  GdkRGBA rgba;

  self->updating++;

  for (GtkWidget *child = gtk_widget_get_next_sibling (self->custom);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *swatch = g_object_get_data (G_OBJECT (child), COLOR_KEY);
      gboolean active = color != NULL && g_ascii_strcasecmp (swatch, color) == 0;

      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (child), active);
      found |= active;
    }

  if (!found && color != NULL && gdk_rgba_parse (&rgba, color))
    {
      g_object_set_data_full (G_OBJECT (self->custom), COLOR_KEY, g_strdup (color), g_free);
      gtk_widget_set_visible (self->custom, TRUE);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->custom), TRUE);
      gtk_widget_queue_draw (gtk_button_get_child (GTK_BUTTON (self->custom)));
    }
  else
    {
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->custom), FALSE);
      gtk_widget_set_visible (self->custom, FALSE);
    }

  self->updating--;
}

static void
on_swatch_toggled_cb (GtkToggleButton *swatch,
                      WaymarkColorRow *self)
{
  if (self->updating || !gtk_toggle_button_get_active (swatch) ||
      !waymark_property_binding_is_live (self->binding))
    return;

  waymark_property_binding_set_string (self->binding,
                                       g_object_get_data (G_OBJECT (swatch), COLOR_KEY));
}

static void
on_title_changed_cb (WaymarkColorRow *self,
                     GParamSpec      *pspec,
                     gpointer         user_data)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->palette_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self)),
                                  -1);
}

static void
waymark_color_row_constructed (GObject *object)
{
  WaymarkColorRow *self = (WaymarkColorRow *)object;

  G_OBJECT_CLASS (waymark_color_row_parent_class)->constructed (object);

  g_assert (self->binding != NULL);

  g_signal_connect_object (self->binding, "changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
}

static void
waymark_color_row_dispose (GObject *object)
{
  WaymarkColorRow *self = (WaymarkColorRow *)object;

  g_clear_object (&self->binding);

  G_OBJECT_CLASS (waymark_color_row_parent_class)->dispose (object);
}

static void
waymark_color_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  WaymarkColorRow *self = WAYMARK_COLOR_ROW (object);

  switch (prop_id)
    {
    case PROP_BINDING:
      g_value_set_object (value, self->binding);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_color_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  WaymarkColorRow *self = WAYMARK_COLOR_ROW (object);

  switch (prop_id)
    {
    case PROP_BINDING:
      self->binding = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
waymark_color_row_class_init (WaymarkColorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = waymark_color_row_constructed;
  object_class->dispose = waymark_color_row_dispose;
  object_class->get_property = waymark_color_row_get_property;
  object_class->set_property = waymark_color_row_set_property;

  properties[PROP_BINDING] =
    g_param_spec_object ("binding", NULL, NULL,
                         WAYMARK_TYPE_PROPERTY_BINDING,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
waymark_color_row_init (WaymarkColorRow *self)
{
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);

  self->palette_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (self->palette_box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->palette_box);

  self->custom = create_custom_swatch ();
  g_signal_connect (self->custom, "toggled", G_CALLBACK (on_swatch_toggled_cb), self);
  gtk_box_append (GTK_BOX (self->palette_box), self->custom);

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    {
      GtkWidget *swatch = gtk_toggle_button_new ();
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_button_set_child (GTK_BUTTON (swatch), check);
      gtk_widget_add_css_class (swatch, "waymark-swatch");
      gtk_widget_add_css_class (swatch, palette[i].css_class);
      gtk_widget_set_tooltip_text (swatch, _(palette[i].name));
      gtk_accessible_update_property (GTK_ACCESSIBLE (swatch),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(palette[i].name),
                                      -1);
      g_object_set_data (G_OBJECT (swatch), COLOR_KEY, (gpointer)palette[i].color);
      gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (swatch), GTK_TOGGLE_BUTTON (self->custom));
      g_signal_connect (swatch, "toggled", G_CALLBACK (on_swatch_toggled_cb), self);
      gtk_box_append (GTK_BOX (self->palette_box), swatch);
    }

  g_signal_connect (self, "notify::title", G_CALLBACK (on_title_changed_cb), NULL);
}

/**
 * waymark_color_row_new:
 *
 * Returns: (transfer floating): a row choosing the "#rrggbb" colour of the
 *   string @property of @object
 */
GtkWidget *
waymark_color_row_new (WaymarkDocument *document,
                       gpointer         object,
                       const char      *property,
                       const char      *title)
{
  return waymark_property_binding_new_row (WAYMARK_TYPE_COLOR_ROW, document, object,
                                           property, title);
}

WaymarkPropertyBinding *
waymark_color_row_get_binding (WaymarkColorRow *self)
{
  g_return_val_if_fail (WAYMARK_IS_COLOR_ROW (self), NULL);

  return self->binding;
}

/**
 * waymark_color_row_get_color_name:
 * @color: (nullable): a "#rrggbb" colour
 *
 * Returns: (nullable): the translated name of @color when it is one of the
 *   palette's, else %NULL
 */
const char *
waymark_color_row_get_color_name (const char *color)
{
  if (color == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    if (g_ascii_strcasecmp (palette[i].color, color) == 0)
      return _(palette[i].name);

  return NULL;
}

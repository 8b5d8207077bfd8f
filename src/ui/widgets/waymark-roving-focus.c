/* waymark-roving-focus.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A region of the window that is one Tab stop, as a toolbar or a tab list
 * is for a screen reader: of its controls only one can take the focus at a
 * time (the one focused last, else the first that is sensitive), Tab and
 * Shift+Tab go on to the next region, and the arrows of the region's
 * direction (Home and End too) move between its controls. The Matrix view
 * makes its toolbar and its header strips such regions, the window its
 * view switcher; the cells of the matrix do the same on their own.
 */

#include "config.h"

#include "waymark-roving-focus.h"

typedef struct
{
  GtkWidget      *region;
  GtkOrientation  orientation;
  GPtrArray      *controls;   /* GtkWidget, in order */
  guint           current;    /* the control that takes the focus */
} Roving;

#define ROVING_KEY "waymark-roving-focus"

static void
roving_free (Roving *roving)
{
  for (guint i = 0; i < roving->controls->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (roving->controls, i), roving);
  g_ptr_array_unref (roving->controls);
  g_free (roving);
}

static Roving *
get_roving (GtkWidget *region)
{
  return g_object_get_data (G_OBJECT (region), ROVING_KEY);
}

/* The control that takes the focus: the current one, else the nearest
 * one after it that is sensitive, else before it. */
static guint
find_focusable (Roving *roving)
{
  guint n = roving->controls->len;

  for (guint i = roving->current; i < n; i++)
    if (gtk_widget_get_sensitive (g_ptr_array_index (roving->controls, i)))
      return i;
  for (guint i = MIN (roving->current, n); i > 0; i--)
    if (gtk_widget_get_sensitive (g_ptr_array_index (roving->controls, i - 1)))
      return i - 1;

  return G_MAXUINT;
}

static void
update (Roving *roving)
{
  guint focusable = find_focusable (roving);

  for (guint i = 0; i < roving->controls->len; i++)
    gtk_widget_set_can_focus (g_ptr_array_index (roving->controls, i), i == focusable);
}

static guint
find_focused (Roving *roving)
{
  GtkRoot *root = gtk_widget_get_root (roving->region);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  /* Not in a popover of a control: that has keys of its own. */
  if (focus == NULL || gtk_widget_get_native (focus) != gtk_widget_get_native (roving->region))
    return G_MAXUINT;

  for (guint i = 0; i < roving->controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (roving->controls, i);

      if (focus == control || gtk_widget_is_ancestor (focus, control))
        return i;
    }

  return G_MAXUINT;
}

/* From the control @from, by @step (1 or -1) to the next sensitive one, or
 * to the first (G_MININT) or the last (G_MAXINT); at either end the focus
 * stays: the arrows do not leave the region. */
static void
move_focus (Roving *roving,
            guint   from,
            int     step)
{
  int n = roving->controls->len;
  int i, delta, end;

  if (step == G_MININT)
    i = 0, delta = 1, end = n;
  else if (step == G_MAXINT)
    i = n - 1, delta = -1, end = -1;
  else
    i = (int)from + step, delta = step, end = step > 0 ? n : -1;

  for (; i != end; i += delta)
    if (gtk_widget_get_sensitive (g_ptr_array_index (roving->controls, i)))
      {
        roving->current = i;
        update (roving);
        gtk_widget_grab_focus (g_ptr_array_index (roving->controls, i));
        return;
      }
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   Roving                *roving)
{
  gboolean horizontal = roving->orientation == GTK_ORIENTATION_HORIZONTAL;
  gboolean rtl = gtk_widget_get_direction (roving->region) == GTK_TEXT_DIR_RTL;
  guint from;
  int step;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (!horizontal)
        return GDK_EVENT_PROPAGATE;
      step = rtl ? 1 : -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (!horizontal)
        return GDK_EVENT_PROPAGATE;
      step = rtl ? -1 : 1;
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (horizontal)
        return GDK_EVENT_PROPAGATE;
      step = -1;
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (horizontal)
        return GDK_EVENT_PROPAGATE;
      step = 1;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      step = G_MININT;
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      step = G_MAXINT;
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  if ((from = find_focused (roving)) == G_MAXUINT)
    return GDK_EVENT_PROPAGATE;

  move_focus (roving, from, step);

  return GDK_EVENT_STOP;
}

/* A click or a mnemonic focused a control: it is the current one. */
static void
on_focus_enter_cb (GtkEventControllerFocus *controller,
                   Roving                  *roving)
{
  guint focused = find_focused (roving);

  if (focused != G_MAXUINT && focused != roving->current)
    {
      roving->current = focused;
      update (roving);
    }
}

/**
 * waymark_roving_focus_attach:
 * @region: the widget holding the controls
 * @orientation: the direction of the arrows that move between them
 *
 * Makes @region one Tab stop; waymark_roving_focus_set_controls() says
 * which of its widgets take the focus. Call once.
 */
void
waymark_roving_focus_attach (GtkWidget      *region,
                             GtkOrientation  orientation)
{
  GtkEventController *controller;
  Roving *roving;

  g_return_if_fail (GTK_IS_WIDGET (region));
  g_return_if_fail (get_roving (region) == NULL);

  roving = g_new0 (Roving, 1);
  roving->region = region;
  roving->orientation = orientation;
  roving->controls = g_ptr_array_new_with_free_func (g_object_unref);
  g_object_set_data_full (G_OBJECT (region), ROVING_KEY, roving, (GDestroyNotify)roving_free);

  /* Before the window's own arrow keys, which move the focus anywhere. */
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), roving);
  gtk_widget_add_controller (region, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_enter_cb), roving);
  gtk_widget_add_controller (region, controller);
}

/**
 * waymark_roving_focus_set_controls:
 * @region: a region given to waymark_roving_focus_attach()
 * @controls: (element-type GtkWidget): the widgets inside @region that take
 *   the focus, in the order of the arrows
 *
 * The current control keeps its place in the order when the controls are
 * set again (the region was rebuilt).
 */
void
waymark_roving_focus_set_controls (GtkWidget *region,
                                   GPtrArray *controls)
{
  Roving *roving;

  g_return_if_fail (GTK_IS_WIDGET (region));
  g_return_if_fail (controls != NULL);

  roving = get_roving (region);
  g_return_if_fail (roving != NULL);

  for (guint i = 0; i < roving->controls->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (roving->controls, i), roving);
  g_ptr_array_set_size (roving->controls, 0);

  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);

      g_ptr_array_add (roving->controls, g_object_ref (control));
      /* An action turned off: another control takes the focus. */
      g_signal_connect_swapped (control, "notify::sensitive", G_CALLBACK (update), roving);
    }
  if (roving->current >= roving->controls->len)
    roving->current = roving->controls->len > 0 ? roving->controls->len - 1 : 0;

  update (roving);
}

/**
 * waymark_roving_focus_set_current:
 * @region: a region given to waymark_roving_focus_attach()
 * @control: one of its controls
 *
 * Makes @control the one that takes the focus when Tab comes to @region
 * (the view switcher's button of the view shown).
 */
void
waymark_roving_focus_set_current (GtkWidget *region,
                                  GtkWidget *control)
{
  Roving *roving;
  guint index;

  g_return_if_fail (GTK_IS_WIDGET (region));
  g_return_if_fail (GTK_IS_WIDGET (control));

  roving = get_roving (region);
  g_return_if_fail (roving != NULL);

  if (g_ptr_array_find (roving->controls, control, &index))
    {
      roving->current = index;
      update (roving);
    }
}

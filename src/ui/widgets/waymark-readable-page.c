/* waymark-readable-page.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A preferences page whose column grows with the window up to a readable
 * measure. AdwPreferencesPage keeps its groups in a clamp of 600 pixels at
 * most, which leaves a wide window mostly empty and wraps every long
 * question; libadwaita 1.2 has no property for it, so the clamp is found in
 * the page's own template and given wider bounds.
 */

#include "config.h"

#include "waymark-readable-page.h"

struct _WaymarkReadablePage
{
  AdwPreferencesPage  parent_instance;

  AdwClamp           *clamp;
};

G_DEFINE_FINAL_TYPE (WaymarkReadablePage, waymark_readable_page, ADW_TYPE_PREFERENCES_PAGE)

static AdwClamp *
find_clamp (GtkWidget *widget)
{
  if (ADW_IS_CLAMP (widget))
    return ADW_CLAMP (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwClamp *clamp = find_clamp (child);

      if (clamp != NULL)
        return clamp;
    }

  return NULL;
}

static void
waymark_readable_page_class_init (WaymarkReadablePageClass *klass)
{
}

static void
waymark_readable_page_init (WaymarkReadablePage *self)
{
  /* The page's template is built by now: its children are the clamp's. */
  self->clamp = find_clamp (GTK_WIDGET (self));
  g_return_if_fail (self->clamp != NULL);

  adw_clamp_set_maximum_size (self->clamp, WAYMARK_READABLE_PAGE_MAXIMUM);
  adw_clamp_set_tightening_threshold (self->clamp, WAYMARK_READABLE_PAGE_TIGHTENING);
}

GtkWidget *
waymark_readable_page_new (void)
{
  return g_object_new (WAYMARK_TYPE_READABLE_PAGE, NULL);
}

AdwClamp *
waymark_readable_page_get_clamp (WaymarkReadablePage *self)
{
  g_return_val_if_fail (WAYMARK_IS_READABLE_PAGE (self), NULL);

  return self->clamp;
}

/* waymark-matrix-cell.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One cell of the accountability matrix on screen: the letters R, A, C, I,
 * each in its own place and colour so that a column reads at a glance, and
 * a name for screen readers that says the row, the role and the letters
 * ("Convert, Sales: Responsible, Accountable"). The matrix view owns the
 * editing; a cell only shows.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "waymark-matrix-cell.h"

static const struct {
  WaymarkRaci  flag;
  const char  *letter;
  const char  *css;
  const char  *name;
} letters[] = {
  { WAYMARK_RACI_RESPONSIBLE, "R", "responsible", N_("Responsible") },
  { WAYMARK_RACI_ACCOUNTABLE, "A", "accountable", N_("Accountable") },
  { WAYMARK_RACI_CONSULTED, "C", "consulted", N_("Consulted") },
  { WAYMARK_RACI_INFORMED, "I", "informed", N_("Informed") },
};

struct _WaymarkMatrixCell
{
  GtkButton    parent_instance;

  WaymarkItem *row;
  WaymarkRole *role;
  char        *row_title;
  WaymarkRaci  raci;
  GtkWidget   *badges[G_N_ELEMENTS (letters)];
};

G_DEFINE_FINAL_TYPE (WaymarkMatrixCell, waymark_matrix_cell, GTK_TYPE_BUTTON)

static void
update (WaymarkMatrixCell *self)
{
  g_autofree char *label = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    gtk_widget_set_opacity (self->badges[i], (self->raci & letters[i].flag) ? 1.0 : 0.0);

  label = waymark_matrix_cell_dup_accessible_label (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
waymark_matrix_cell_dispose (GObject *object)
{
  WaymarkMatrixCell *self = WAYMARK_MATRIX_CELL (object);

  g_clear_object (&self->row);
  g_clear_object (&self->role);

  G_OBJECT_CLASS (waymark_matrix_cell_parent_class)->dispose (object);
}

static void
waymark_matrix_cell_finalize (GObject *object)
{
  WaymarkMatrixCell *self = WAYMARK_MATRIX_CELL (object);

  g_free (self->row_title);

  G_OBJECT_CLASS (waymark_matrix_cell_parent_class)->finalize (object);
}

static void
waymark_matrix_cell_class_init (WaymarkMatrixCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_matrix_cell_dispose;
  object_class->finalize = waymark_matrix_cell_finalize;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
waymark_matrix_cell_init (WaymarkMatrixCell *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 2);

  /* Under the start of the role's name in the header. */
  gtk_widget_set_halign (box, GTK_ALIGN_START);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    {
      /* Each letter keeps its place when absent, so the A of every row
       * is in the same spot. */
      self->badges[i] = gtk_label_new (letters[i].letter);
      gtk_widget_add_css_class (self->badges[i], "raci-letter");
      gtk_widget_add_css_class (self->badges[i], letters[i].css);
      gtk_box_append (GTK_BOX (box), self->badges[i]);
    }
  gtk_button_set_child (GTK_BUTTON (self), box);
  gtk_widget_add_css_class (GTK_WIDGET (self), "flat");
  gtk_widget_add_css_class (GTK_WIDGET (self), "matrix-cell");
}

/**
 * waymark_matrix_cell_new:
 * @row_title: the row as the matrix names it, for the accessible name
 */
GtkWidget *
waymark_matrix_cell_new (WaymarkItem *row,
                         WaymarkRole *role,
                         const char  *row_title)
{
  WaymarkMatrixCell *self;

  g_return_val_if_fail (WAYMARK_IS_ITEM (row), NULL);
  g_return_val_if_fail (WAYMARK_IS_ROLE (role), NULL);

  self = g_object_new (WAYMARK_TYPE_MATRIX_CELL, NULL);
  self->row = g_object_ref (row);
  self->role = g_object_ref (role);
  self->row_title = g_strdup (row_title);
  update (self);

  return GTK_WIDGET (self);
}

WaymarkItem *
waymark_matrix_cell_get_row (WaymarkMatrixCell *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_CELL (self), NULL);

  return self->row;
}

WaymarkRole *
waymark_matrix_cell_get_role (WaymarkMatrixCell *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_CELL (self), NULL);

  return self->role;
}

WaymarkRaci
waymark_matrix_cell_get_raci (WaymarkMatrixCell *self)
{
  g_return_val_if_fail (WAYMARK_IS_MATRIX_CELL (self), 0);

  return self->raci;
}

void
waymark_matrix_cell_set_raci (WaymarkMatrixCell *self,
                              WaymarkRaci        raci)
{
  g_return_if_fail (WAYMARK_IS_MATRIX_CELL (self));

  if (self->raci == raci)
    return;

  self->raci = raci;
  update (self);
}

/**
 * waymark_matrix_cell_dup_accessible_label:
 *
 * Returns: (transfer full): "Convert, Sales: Responsible, Accountable", or
 *   "Convert, Sales: empty"
 */
char *
waymark_matrix_cell_dup_accessible_label (WaymarkMatrixCell *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;

  g_return_val_if_fail (WAYMARK_IS_MATRIX_CELL (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    if (self->raci & letters[i].flag)
      g_ptr_array_add (names, (char *)_(letters[i].name));
  g_ptr_array_add (names, NULL);

  /* Translators: joins the letters of a cell, "Responsible, Accountable" */
  joined = names->len > 1 ? g_strjoinv (_(", "), (char **)names->pdata)
                          : g_strdup (C_("matrix cell", "empty"));

  /* Translators: the name of a cell of the matrix for screen readers:
   * row, role: letters */
  return g_strdup_printf (_("%s, %s: %s"), self->row_title,
                          waymark_role_get_name (self->role), joined);
}

/* waymark-overflow-text.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The whole value of an entry row, wrapped at word boundaries under the
 * entry, shown while the value is wider than the entry's line. An entry row
 * cannot wrap, and a question of 99 characters must be read in full (issue
 * 9, point 1); a value that fits is shown once, in the entry. While the
 * row has no focus, the wrapped text takes the place of the line (whose own
 * text is transparent, see style.css), so the row reads as a paragraph; while
 * it is edited, the line is back and the whole text is under it.
 */

#include "config.h"

#include "waymark-overflow-text.h"

#define OVERFLOW_KEY "waymark-overflow-text"
#define COLUMN_MARGIN 8

struct _WaymarkOverflowText
{
  GtkWidget    parent_instance;

  GtkWidget   *label;
  /* The row owns this widget: not a reference. */
  AdwEntryRow *row;
  /* Where the row's text field starts and how wide it is, as of the last
   * layout: the wrapped text lines up with the field. */
  int          start;
  int          end;
  /* How far above this widget the row's text field draws its line. */
  int          top;
  int          last_width;
  /* The wrapped text is drawn over the line. */
  gboolean     over;
  guint        tick;
};

G_DEFINE_FINAL_TYPE (WaymarkOverflowText, waymark_overflow_text, GTK_TYPE_WIDGET)

/* Whether the row's text is wider than the text field shows. Before the
 * first allocation nothing is known: the check runs again once allocated. */
static gboolean
overflows (WaymarkOverflowText *self)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->row)));
  const char *value = gtk_editable_get_text (GTK_EDITABLE (self->row));
  g_autoptr(PangoLayout) layout = NULL;
  int width = text ? gtk_widget_get_width (text) : 0;
  int text_width;

  if (value == NULL || value[0] == '\0' || width <= 0)
    return FALSE;

  layout = gtk_widget_create_pango_layout (text, value);
  pango_layout_get_pixel_size (layout, &text_width, NULL);

  return text_width > width;
}

static void
update (WaymarkOverflowText *self)
{
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->row)));
  gboolean shown = overflows (self);
  graphene_rect_t bounds;

  gboolean editing = (gtk_widget_get_state_flags (GTK_WIDGET (self->row)) &
                      GTK_STATE_FLAG_FOCUS_WITHIN) != 0;
  gboolean over = shown && !editing;

  if (text != NULL && gtk_widget_compute_bounds (text, GTK_WIDGET (self), &bounds))
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (text, "X");
      int line_height, line_top, baseline, start, end, top;

      /* GtkText draws its one line on the baseline it is given (AdwEntryRow
       * puts it under the title), else in the middle of its height. */
      pango_layout_get_pixel_size (layout, NULL, &line_height);
      baseline = gtk_widget_get_allocated_baseline (text);
      if (baseline >= 0)
        line_top = baseline - pango_layout_get_baseline (layout) / PANGO_SCALE;
      else
        line_top = (bounds.size.height - line_height) / 2;
      start = MAX (0, (int)bounds.origin.x);
      end = MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) -
                    (int)(bounds.origin.x + bounds.size.width));
      top = MAX (0, (int)-(bounds.origin.y + line_top));

      if (start != self->start || end != self->end || top != self->top)
        {
          self->start = start;
          self->end = end;
          self->top = top;
          gtk_widget_queue_resize (GTK_WIDGET (self));
        }
    }

  if (over != self->over)
    {
      self->over = over;
      if (over)
        gtk_widget_add_css_class (GTK_WIDGET (self->row), "waymark-overflow-over");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->row), "waymark-overflow-over");
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }

  gtk_label_set_text (GTK_LABEL (self->label),
                      shown ? gtk_editable_get_text (GTK_EDITABLE (self->row)) : "");
  gtk_widget_set_visible (self->label, shown);
}

static void
on_row_state_flags_changed_cb (WaymarkOverflowText *self,
                               GtkStateFlags        previous)
{
  GtkStateFlags flags = gtk_widget_get_state_flags (GTK_WIDGET (self->row));

  if ((flags ^ previous) & GTK_STATE_FLAG_FOCUS_WITHIN)
    update (self);
}

static gboolean
update_on_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  WaymarkOverflowText *self = WAYMARK_OVERFLOW_TEXT (widget);

  self->tick = 0;
  update (self);

  return G_SOURCE_REMOVE;
}

static void
on_text_changed_cb (WaymarkOverflowText *self)
{
  update (self);
}

static GtkSizeRequestMode
waymark_overflow_text_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
waymark_overflow_text_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  WaymarkOverflowText *self = WAYMARK_OVERFLOW_TEXT (widget);

  *minimum = *natural = 0;
  if (!gtk_widget_get_visible (self->label))
    return;

  /* Height for width only: the row's line lays this out for the height it
   * has, and a wrapped label's width for one line's height is the whole
   * text on one line. Nor as wide as the text field's offsets: those
   * follow from this widget's width, which would grow with them. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  else if (for_size >= 0)
    for_size = MAX (0, for_size - self->start - self->end);

  gtk_widget_measure (self->label, orientation, for_size, minimum, natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_VERTICAL && self->over)
    {
      *minimum = MAX (0, *minimum - self->top);
      *natural = MAX (0, *natural - self->top);
    }
}

static void
waymark_overflow_text_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  WaymarkOverflowText *self = WAYMARK_OVERFLOW_TEXT (widget);
  GtkWidget *text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->row)));
  int text_width = text ? gtk_widget_get_width (text) : 0;

  if (gtk_widget_get_visible (self->label))
    gtk_widget_size_allocate (self->label,
                              &(GtkAllocation) { self->start,
                                                 self->over ? -self->top : 0,
                                                 MAX (0, width - self->start - self->end),
                                                 height + (self->over ? self->top : 0) },
                              -1);

  /* The row got wider or narrower: whether the text fits is known once this
   * layout is done, so look again at the next frame, not in the middle of it. */
  if (text_width != self->last_width && self->tick == 0)
    {
      self->last_width = text_width;
      self->tick = gtk_widget_add_tick_callback (widget, update_on_tick, NULL, NULL);
    }
}

static void
waymark_overflow_text_dispose (GObject *object)
{
  WaymarkOverflowText *self = (WaymarkOverflowText *)object;

  if (self->tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick);
      self->tick = 0;
    }
  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (waymark_overflow_text_parent_class)->dispose (object);
}

static void
waymark_overflow_text_class_init (WaymarkOverflowTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = waymark_overflow_text_dispose;
  widget_class->get_request_mode = waymark_overflow_text_get_request_mode;
  widget_class->measure = waymark_overflow_text_measure;
  widget_class->size_allocate = waymark_overflow_text_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "overflowtext");
}

static void
waymark_overflow_text_init (WaymarkOverflowText *self)
{
  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_visible (self->label, FALSE);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  /* The row already says the whole value to a screen reader. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                               -1);
}

/**
 * waymark_overflow_text_attach:
 * @row: an entry row
 *
 * Puts under @row's line the whole text of @row, wrapped, for as long as
 * it is wider than the line. Call once, before @row is shown.
 *
 * Returns: (transfer none): the #WaymarkOverflowText
 */
GtkWidget *
waymark_overflow_text_attach (AdwEntryRow *row)
{
  WaymarkOverflowText *self;
  GtkWidget *header, *prefixes, *editable, *box;

  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);
  g_return_val_if_fail (g_object_get_data (G_OBJECT (row), OVERFLOW_KEY) == NULL, NULL);

  self = g_object_new (WAYMARK_TYPE_OVERFLOW_TEXT, NULL);
  self->row = row;

  /* Under the row's text field (its editable area, the widget after the
   * prefixes in the row's line, box.header): a column of the two. The line
   * grows with the wrapped text, and libadwaita centres the prefixes and
   * suffixes in it, as it does in an action row whose title wraps. */
  header = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  prefixes = gtk_widget_get_first_child (header);
  editable = prefixes ? gtk_widget_get_next_sibling (prefixes) : NULL;
  g_return_val_if_fail (GTK_IS_BOX (header) && editable != NULL, NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_hexpand (box, TRUE);
  /* The space libadwaita's 50 pixel line leaves above and below the
   * field: kept when the line grows with the text. */
  gtk_widget_set_margin_top (box, COLUMN_MARGIN);
  gtk_widget_set_margin_bottom (box, COLUMN_MARGIN);
  gtk_widget_add_css_class (box, "waymark-overflow-column");
  g_object_ref (editable);
  gtk_box_remove (GTK_BOX (header), editable);
  gtk_box_insert_child_after (GTK_BOX (header), box, prefixes);
  gtk_box_append (GTK_BOX (box), editable);
  g_object_unref (editable);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self));

  g_signal_connect_object (row, "changed", G_CALLBACK (on_text_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "state-flags-changed",
                           G_CALLBACK (on_row_state_flags_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (row), OVERFLOW_KEY, self);

  return GTK_WIDGET (self);
}

/**
 * waymark_overflow_text_get_for_row:
 *
 * Returns: (transfer none) (nullable): the overflow text attached to @row
 */
GtkWidget *
waymark_overflow_text_get_for_row (AdwEntryRow *row)
{
  g_return_val_if_fail (ADW_IS_ENTRY_ROW (row), NULL);

  return g_object_get_data (G_OBJECT (row), OVERFLOW_KEY);
}

gboolean
waymark_overflow_text_is_shown (WaymarkOverflowText *self)
{
  g_return_val_if_fail (WAYMARK_IS_OVERFLOW_TEXT (self), FALSE);

  return gtk_widget_get_visible (self->label);
}

GtkLabel *
waymark_overflow_text_get_label (WaymarkOverflowText *self)
{
  g_return_val_if_fail (WAYMARK_IS_OVERFLOW_TEXT (self), NULL);

  return GTK_LABEL (self->label);
}

/* waymark-drop-position.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a dragged item lands, for every list that reorders by drag and
 * drop (and the canvas's cells): one rule, so that all of them agree.
 */

#include "config.h"

#include "waymark-drop-position.h"

/**
 * waymark_drop_position:
 * @from: the position of the dragged item
 * @index: the position of the row it was dropped on; outside 0 to
 *   @n_items - 1 (a placeholder row, say) means after the last
 * @n_items: the number of items in the list
 * @offset: where on that row, along the list's direction
 * @extent: the size of the row along the list's direction
 *
 * An item dropped on the first half of a row goes before it, on the second
 * half after it.
 *
 * Returns: the position to move the item to, counted as
 *   waymark_document_reorder() counts it (without the item); @from when
 *   the item stays where it is
 */
guint
waymark_drop_position (guint  from,
                       int    index,
                       guint  n_items,
                       double offset,
                       double extent)
{
  guint before;

  g_return_val_if_fail (from < n_items, from);

  if (index < 0 || (guint)index >= n_items)
    before = n_items;
  else if (offset < extent / 2.0)
    before = index;
  else
    before = index + 1;

  return before > from ? before - 1 : before;
}

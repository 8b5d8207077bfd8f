/* waymark-content-item.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-item.h"
#include "waymark-enums.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_CONTENT_ITEM (waymark_content_item_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkContentItem, waymark_content_item, WAYMARK, CONTENT_ITEM, WaymarkItem)

WaymarkContentItem * waymark_content_item_new              (const char *id);
const char *         waymark_content_item_get_title        (WaymarkContentItem *self);
const char *         waymark_content_item_get_content_type (WaymarkContentItem *self);
const char * const * waymark_content_item_get_personas     (WaymarkContentItem *self);
const char *         waymark_content_item_get_question     (WaymarkContentItem *self);
const char * const * waymark_content_item_get_stages       (WaymarkContentItem *self);
const char *         waymark_content_item_get_url          (WaymarkContentItem *self);

G_END_DECLS

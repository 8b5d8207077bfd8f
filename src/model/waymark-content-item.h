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
void                 waymark_content_item_set_title        (WaymarkContentItem *self,
                                                            const char *title);
const char *         waymark_content_item_get_content_type (WaymarkContentItem *self);
void                 waymark_content_item_set_content_type (WaymarkContentItem *self,
                                                            const char *content_type);
const char * const * waymark_content_item_get_personas     (WaymarkContentItem *self);
void                 waymark_content_item_set_personas     (WaymarkContentItem *self,
                                                            const char * const *personas);
const char *         waymark_content_item_get_question     (WaymarkContentItem *self);
void                 waymark_content_item_set_question     (WaymarkContentItem *self,
                                                            const char *question);
const char * const * waymark_content_item_get_stages       (WaymarkContentItem *self);
void                 waymark_content_item_set_stages       (WaymarkContentItem *self,
                                                            const char * const *stages);
const char *         waymark_content_item_get_url          (WaymarkContentItem *self);
void                 waymark_content_item_set_url          (WaymarkContentItem *self,
                                                            const char *url);

G_END_DECLS

/* waymark-drafts.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "waymark-document.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_DRAFTS (waymark_drafts_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkDrafts, waymark_drafts, WAYMARK, DRAFTS, GObject)

/* Seconds of quiet after an edit before drafts are written. */
#define WAYMARK_DRAFTS_DELAY_SECONDS 3

WaymarkDrafts  *waymark_drafts_new                (GFile            *directory);
GFile          *waymark_drafts_get_directory      (WaymarkDrafts    *self);
GFile          *waymark_drafts_dup_draft_file     (WaymarkDrafts    *self,
                                                   WaymarkDocument  *document);
void            waymark_drafts_add                (WaymarkDrafts    *self,
                                                   WaymarkDocument  *document);
void            waymark_drafts_discard            (WaymarkDrafts    *self,
                                                   WaymarkDocument  *document);
void            waymark_drafts_flush              (WaymarkDrafts    *self);
gboolean        waymark_drafts_has_unclaimed      (WaymarkDrafts    *self);
char          **waymark_drafts_dup_unclaimed_titles (WaymarkDrafts  *self);
GPtrArray      *waymark_drafts_restore            (WaymarkDrafts    *self);
void            waymark_drafts_discard_unclaimed  (WaymarkDrafts    *self);

G_END_DECLS

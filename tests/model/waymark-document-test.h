/* waymark-document-test.h: what the document's tests share: the example as
 * a document, its bytes, and checks of the journey after an edit.
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-document.h"

G_BEGIN_DECLS

WaymarkDocument *example_document (void);
GBytes *snapshot (WaymarkDocument *doc);
char *snapshot_text (WaymarkDocument *doc);
void assert_same_bytes (GBytes *actual, GBytes *expected);
void assert_loads (WaymarkDocument *doc);
void run_queries (WaymarkDocument *doc);
gpointer lookup (WaymarkDocument *doc, const char *id);
guint n_items (GListModel *list);
const char *id_at (GListModel *list, guint position);
gboolean has_handoff (WaymarkJourney *journey, const char *from, const char *to);
void assert_handoff_chain (WaymarkJourney *journey);
guint count_rows (WaymarkJourney *journey, const char *property, const char *id);
GListModel *get_cell (WaymarkJourney *journey, const char *stage, const char *lane);
void assert_index_matches_scan (WaymarkJourney *journey);
void assert_cell (WaymarkJourney *journey, const char *stage, const char *lane, const char * const *ids);

G_END_DECLS

/* waymark-test-journey.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-document.h"

G_BEGIN_DECLS

/* The journeys the tests start from. */
WaymarkJourney  *waymark_test_load_example          (void);
WaymarkDocument *waymark_test_load_example_document (void);
WaymarkJourney  *waymark_test_load_quoted           (const char *json);

G_END_DECLS

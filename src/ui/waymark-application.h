/* waymark-application.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "waymark-document.h"
#include "waymark-drafts.h"

G_BEGIN_DECLS

#define WAYMARK_TYPE_APPLICATION (waymark_application_get_type ())

G_DECLARE_FINAL_TYPE (WaymarkApplication, waymark_application, WAYMARK, APPLICATION, AdwApplication)

typedef struct _WaymarkWindow WaymarkWindow;

WaymarkApplication *waymark_application_new               (void);
void                waymark_application_preload           (WaymarkApplication  *self,
                                                           int                  argc,
                                                           char               **argv);
WaymarkDrafts      *waymark_application_get_drafts        (WaymarkApplication *self);
WaymarkWindow      *waymark_application_new_window        (WaymarkApplication *self);
WaymarkWindow      *waymark_application_find_window       (WaymarkApplication *self,
                                                           GFile              *file);
WaymarkWindow      *waymark_application_open_document     (WaymarkApplication *self,
                                                           WaymarkDocument    *document,
                                                           WaymarkWindow      *hint);
WaymarkWindow      *waymark_application_open_draft        (WaymarkApplication *self,
                                                           WaymarkDocument    *document,
                                                           WaymarkWindow      *hint);
WaymarkWindow      *waymark_application_open_file         (WaymarkApplication *self,
                                                           GFile              *file,
                                                           WaymarkWindow      *hint);

G_END_DECLS

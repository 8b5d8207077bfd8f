/* waymark-save-private.h
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "waymark-save.h"

G_BEGIN_DECLS

/* The moments of a save, for tests that fail or kill it at each one. */
typedef enum
{
  WAYMARK_SAVE_STEP_OPENED,   /* the temporary file exists */
  WAYMARK_SAVE_STEP_WRITTEN,  /* every byte is written */
  WAYMARK_SAVE_STEP_SYNCED,   /* and on the disk */
  WAYMARK_SAVE_STEP_LINKED,   /* the temporary file has a name beside the target */
  WAYMARK_SAVE_STEP_RENAMED,  /* it replaced the target */
  WAYMARK_SAVE_N_STEPS
} WaymarkSaveStep;

/* Returns what write(2) would; sets errno. */
typedef gssize (*WaymarkSaveWriteFunc) (int         fd,
                                        const void *buf,
                                        gsize       len,
                                        gpointer    data);
/* Returns 0, or an errno value to make the step fail with. */
typedef int    (*WaymarkSaveStepFunc)  (WaymarkSaveStep step,
                                        gpointer        data);

void _waymark_save_set_test_hooks (WaymarkSaveWriteFunc write_func,
                                   WaymarkSaveStepFunc  step_func,
                                   gpointer             data);

G_END_DECLS

/* waymark-folder-label.c
 *
 * Copyright 2026 The Waymark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "waymark-folder-label.h"

/**
 * waymark_dup_folder_label:
 *
 * Returns: (transfer full): the folder of @file as a person reads it,
 *   "~/Documents" rather than "/home/ana/Documents"
 */
char *
waymark_dup_folder_label (GFile *file)
{
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFile) home = NULL;
  g_autofree char *relative = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  parent = g_file_get_parent (file);
  home = g_file_new_for_path (g_get_home_dir ());

  if (parent == NULL)
    return g_file_get_parse_name (file);

  if (g_file_equal (parent, home))
    return g_strdup ("~");

  if ((relative = g_file_get_relative_path (home, parent)))
    return g_build_filename ("~", relative, NULL);

  return g_file_get_parse_name (parent);
}

#!/usr/bin/env python3
# a11y-audit.py: walks the running Waymark window over AT-SPI and fails when
# a control a screen reader can reach has no name.
#
# Copyright 2026 The Waymark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys
import time

try:
    import pyatspi
except ImportError:
    print("pyatspi is not installed: skipping")
    sys.exit(77)

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB,
}


def find_window(timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == "waymark" and app.childCount > 0:
                return app
        time.sleep(0.5)
    return None


def walk(node, path, found):
    try:
        role = node.getRole()
        name = node.name or ""
    except Exception:
        return
    # Inside a named combo box the rows of its popover are libadwaita's own,
    # named by their text when the popover opens.
    if role in INTERACTIVE and "/combo box:" not in path:
        found.append((node.getRoleName(), path, name.strip()))
    try:
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception:
        # Gone while we looked (a row rebuilt): not something to name.
        return
    for child in children:
        try:
            label = child.getRoleName() + (":" + child.name if child.name else "")
        except Exception:
            continue
        walk(child, path + "/" + label, found)


def find_named(node, roles, name):
    try:
        if node.getRole() in roles and node.name == name:
            return node
    except Exception:
        return None
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        found = find_named(child, roles, name) if child is not None else None
        if found is not None:
            return found
    return None


def show_view(app, name):
    """Switches to the view NAME as a user would: its tab in the header,
    or the row NAME of a list (a list of the Stages view), selected."""
    roles = {pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_PUSH_BUTTON,
             pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_PAGE_TAB,
             pyatspi.ROLE_LIST_ITEM}
    tab = find_named(app, roles, name)
    if tab is None:
        print(f"no tab named {name}")
        return False
    if tab.getRole() == pyatspi.ROLE_LIST_ITEM:
        # GTK 4.8 gives rows no action, and a list of the sidebar opens on
        # a click, not on being selected: click it. Without a window
        # manager the window is at 0, 0 of the screen.
        x, y, width, height = tab.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        subprocess.run(["xdotool", "mousemove", str(x + width // 2), str(y + height // 2),
                        "click", "1"], check=True)
        time.sleep(2)
        return True
    action = tab.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("click", "activate", "press", "toggle"):
            action.doAction(i)
            break
    else:
        action.doAction(0)
    time.sleep(2)
    return True


def main():
    app = find_window(30)
    if app is None:
        print("the Waymark window did not appear on the accessibility bus")
        return 1
    time.sleep(1)
    views = [v for v in os.environ.get("WAYMARK_A11Y_VIEW", "").split("|") if v]
    found = []
    walk(app, "waymark", found)
    for view in views:
        if not show_view(app, view):
            return 1
        walk(app, "waymark", found)
    try:
        app.childCount
    except Exception:
        print("Waymark went away during the audit")
        return 1
    # A control met on every page is counted once.
    found = list(dict.fromkeys(found))
    unnamed = [f for f in found if not f[2]]
    print(f"{len(found)} controls, {len(unnamed)} without a name")
    if os.environ.get("WAYMARK_A11Y_LIST"):
        for role, path, name in found:
            print(f"  {role}: {name!r} {path[-60:]}")
    for role, path, _ in unnamed:
        print(f"  {role}: {path}")
    return 1 if unnamed or not found else 0


sys.exit(main())

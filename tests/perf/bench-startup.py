#!/usr/bin/env python3
# bench-startup.py: how long Waymark takes to show its window with a
# 500-touchpoint journey, beside GNOME Text Editor showing the same file as
# text. Goal: Waymark in at most 0.75 of the editor's time.
#
# Copyright 2026 The Waymark authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage (from the top of the repository, after building _build):
#   xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
#     python3 tests/perf/bench-startup.py [_build] [RUNS]
#
# "Shown" is the moment the window is mapped on the X display, measured the
# same way, from outside, for both programs.

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BUILD = sys.argv[1] if len(sys.argv) > 1 else "_build"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 7
TOUCHPOINTS = 500


def make_journey(path):
    """The B2B lifecycle template with 500 touchpoints spread over its cells."""
    template = subprocess.run([os.path.join(BUILD, "src", "waymark-cli"), "new",
                               "--template", "b2b-lifecycle", "-o", "-"],
                              check=True, capture_output=True, text=True).stdout
    root = json.loads(template)
    journey = root["journey"]
    stages = [s["id"] for s in journey["stages"]]
    lanes = [l["id"] for l in journey["lanes"]]
    orders = {}
    touchpoints = []
    for i in range(TOUCHPOINTS):
        cell = (stages[i % len(stages)], lanes[(i // len(stages)) % len(lanes)])
        orders[cell] = orders.get(cell, -1) + 1
        touchpoints.append({"id": f"t{i + 1}",
                            "title": f"Touchpoint {i + 1} of the benchmark journey",
                            "stage": cell[0], "lane": cell[1], "order": orders[cell],
                            "notes": "What happens here, who is there, what they need.",
                            "emotion": (i % 5) - 2})
    journey["touchpoints"] = touchpoints
    with open(path, "w", encoding="utf-8") as out:
        json.dump(root, out, indent=2, ensure_ascii=False)


def window_shown(pid_name, started, timeout=30):
    """Seconds from @started until a visible window whose name has @pid_name."""
    deadline = started + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", pid_name],
                               capture_output=True, text=True).stdout.strip()
        if found:
            return time.monotonic() - started
        time.sleep(0.002)
    raise RuntimeError(f"no window named {pid_name!r} after {timeout} s")


def measure(argv, name, env):
    times = []
    for _ in range(RUNS):
        state = tempfile.mkdtemp(prefix="bench-startup-")
        run_env = dict(env, XDG_STATE_HOME=state, XDG_DATA_HOME=state,
                       XDG_CONFIG_HOME=state, XDG_CACHE_HOME=state)
        started = time.monotonic()
        proc = subprocess.Popen(argv, env=run_env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            times.append(window_shown(name, started))
        finally:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
            shutil.rmtree(state, ignore_errors=True)
        time.sleep(0.3)
    return times


def main():
    if not os.environ.get("DISPLAY"):
        sys.exit("bench-startup: needs a display; run it under xvfb-run")
    editor = shutil.which("gnome-text-editor")
    if editor is None:
        sys.exit("bench-startup: install gnome-text-editor to compare with it")

    work = tempfile.mkdtemp(prefix="bench-startup-")
    path = os.path.join(work, "benchmark-journey.waymark")
    make_journey(path)
    size = os.path.getsize(path)
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"),
               GSETTINGS_BACKEND="memory")

    waymark = measure([os.path.join(BUILD, "src", "waymark"), path],
                      "B2B customer lifecycle", env)
    text = measure([editor, "--standalone", "--ignore-session", path],
                   "benchmark-journey", env)
    shutil.rmtree(work, ignore_errors=True)

    w, t = statistics.median(waymark), statistics.median(text)
    renderer = os.environ.get("GSK_RENDERER", "GTK's default")
    print(f"journey: {TOUCHPOINTS} touchpoints, {size} bytes; renderer: {renderer}")
    print(f"{'':22}{'median':>9}{'best':>9}{'worst':>9}  ({RUNS} runs)")
    print(f"{'Waymark':22}{w * 1000:8.0f}ms{min(waymark) * 1000:8.0f}ms{max(waymark) * 1000:8.0f}ms")
    print(f"{'GNOME Text Editor':22}{t * 1000:8.0f}ms{min(text) * 1000:8.0f}ms{max(text) * 1000:8.0f}ms")
    ratio = w / t
    print(f"ratio Waymark / Text Editor: {ratio:.2f} (goal <= 0.75): "
          f"{'met' if ratio <= 0.75 else 'not met'}")


main()

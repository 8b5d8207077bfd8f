#!/usr/bin/env python3
# bench-startup.py: how long Waymark takes to show its window with a
# 500-touchpoint journey, beside GNOME Text Editor showing a small text file.
# Goal: Waymark in at most 0.75 of the editor's time.
#
# Copyright 2026 The Waymark authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage (from the top of the repository, after building _build):
#   xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
#     python3 tests/perf/bench-startup.py [_build] [RUNS]
#
# Everything runs under the one X server of the xvfb-run around it, with one
# set of XDG folders for all runs and one run of each program before the
# measured ones, so the caches are warm: under GL the first run compiles
# and caches GTK's shaders, which is not what is measured here.
#
# Two moments are timed from the start of the process, from outside and
# the same way for both programs, by polling the X server through libX11:
#   mapped: a viewable window with the expected title exists;
#   drawn:  it shows its first frame (a pixel of the header bar is no
#           longer the root window's black). This is the one compared.
# and the CPU time (user and system, all threads) the process used until
# it was seen drawn, which a busy machine changes far less.

import ctypes
import ctypes.util
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
# The same journey with 200 more items in the Stages view's side lists
# (channels, personas, roles, activities): opening time should not grow
# with them.
MORE_ITEMS = 200


class X11:
    """The few libX11 calls needed to find a window and read a pixel."""

    def __init__(self):
        lib = ctypes.CDLL(ctypes.util.find_library("X11"))
        self.lib = lib
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = ctypes.c_ulong
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XInternAtom.restype = ctypes.c_ulong
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                   ctypes.POINTER(ctypes.c_ulong),
                                   ctypes.POINTER(ctypes.c_ulong),
                                   ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                                   ctypes.POINTER(ctypes.c_uint)]
        lib.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong,
                                           ctypes.c_long, ctypes.c_long, ctypes.c_int,
                                           ctypes.c_ulong,
                                           ctypes.POINTER(ctypes.c_ulong),
                                           ctypes.POINTER(ctypes.c_int),
                                           ctypes.POINTER(ctypes.c_ulong),
                                           ctypes.POINTER(ctypes.c_ulong),
                                           ctypes.POINTER(ctypes.c_void_p)]
        lib.XGetImage.restype = ctypes.c_void_p
        lib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                                  ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
        lib.XGetPixel.restype = ctypes.c_ulong
        lib.XGetPixel.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int]
        lib.XDestroyImage.argtypes = [ctypes.c_void_p]
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        # A window that goes away between two calls is no reason to exit.
        self.handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p,
                                        ctypes.c_void_p)(lambda d, e: 0)
        lib.XSetErrorHandler(self.handler)
        self.display = lib.XOpenDisplay(None)
        if not self.display:
            sys.exit("bench-startup: cannot open the display")
        self.root = lib.XDefaultRootWindow(self.display)
        self.net_wm_name = lib.XInternAtom(self.display, b"_NET_WM_NAME", 0)
        self.utf8 = lib.XInternAtom(self.display, b"UTF8_STRING", 0)

    def children(self, window):
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        kids, n = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not self.lib.XQueryTree(self.display, window, ctypes.byref(root),
                                   ctypes.byref(parent), ctypes.byref(kids), ctypes.byref(n)):
            return []
        found = [kids[i] for i in range(n.value)]
        if kids:
            self.lib.XFree(kids)
        return found

    def title(self, window):
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        n, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        if self.lib.XGetWindowProperty(self.display, window, self.net_wm_name, 0, 1024, 0,
                                       self.utf8, ctypes.byref(kind), ctypes.byref(fmt),
                                       ctypes.byref(n), ctypes.byref(after),
                                       ctypes.byref(data)) != 0 or not data.value:
            return ""
        text = ctypes.string_at(data.value, n.value).decode("utf-8", "replace")
        self.lib.XFree(data)
        return text

    def find(self, title):
        for window in self.children(self.root):
            if title in self.title(window):
                return window
        return None

    def pixel(self, window, x, y):
        """The pixel, or None while the window is not viewable."""
        image = self.lib.XGetImage(self.display, window, x, y, 1, 1, 0xFFFFFFFF, 2)
        if not image:
            return None
        value = self.lib.XGetPixel(image, 0, 0)
        self.lib.XDestroyImage(image)
        return value


def shown(x11, title, started, timeout=60):
    """Seconds from @started until a window titled @title is mapped, and
    until it is drawn."""
    deadline = started + timeout
    window, mapped = None, None
    while time.monotonic() < deadline:
        if window is None:
            window = x11.find(title)
        if window is not None:
            # The header bar, left of the centre: no widget of either
            # program's header bar is there, so it has the bar's colour.
            value = x11.pixel(window, 40, 8)
            if value is not None:
                mapped = mapped or time.monotonic() - started
                if value & 0xFFFFFF != 0:
                    return mapped, time.monotonic() - started
        time.sleep(0.001)
    raise RuntimeError(f"no window titled {title!r} drawn after {timeout} s")


def cpu_seconds(pid):
    """User and system time of process @pid so far, all its threads."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_once(x11, argv, title, env):
    started = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        mapped, drawn = shown(x11, title, started)
        return mapped, drawn, cpu_seconds(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        # Let the server repaint the root before the next run.
        x11.lib.XSync(x11.display, 0)
        time.sleep(0.3)


def measure(x11, programs, env):
    """Times of each of @programs ((argv, title) pairs), run in turn so that
    the load of a busy machine falls on all of them alike."""
    for argv, title in programs:
        run_once(x11, argv, title, env)    # warms the caches, not counted
    times = [[] for _ in programs]
    for _ in range(RUNS):
        for i, (argv, title) in enumerate(programs):
            times[i].append(run_once(x11, argv, title, env))
    return times


def row(name, times):
    """Prints a line; returns the median and the best time to draw, and
    the median CPU time until drawn."""
    drawn = [t[1] for t in times]
    mapped = statistics.median(t[0] for t in times)
    cpu = statistics.median(t[2] for t in times)
    print(f"{name:40}{mapped * 1000:7.0f}ms{statistics.median(drawn) * 1000:8.0f}ms"
          f"{min(drawn) * 1000:8.0f}ms{max(drawn) * 1000:8.0f}ms{cpu * 1000:8.0f}ms")
    return statistics.median(drawn), min(drawn), cpu


def add_list_items(source, path):
    """@source with MORE_ITEMS more channels, personas, roles and activities."""
    with open(source, encoding="utf-8") as f:
        root = json.load(f)
    journey = root["journey"]
    journey["title"] = "Longer Lists Journey"
    stage = journey["stages"][0]["id"]
    for i in range(MORE_ITEMS // 4):
        journey["channels"].append({"id": f"bench-channel-{i}", "name": f"Channel {i}"})
        journey["personas"].append({"id": f"bench-persona-{i}", "name": f"Persona {i}",
                                    "description": "Who they are and what they need."})
        journey["roles"].append({"id": f"bench-role-{i}", "name": f"Role {i}",
                                 "color": "#3584e4"})
        journey["activities"].append({"id": f"bench-activity-{i}", "name": f"Activity {i}",
                                      "stage": stage, "description": "What is done."})
    with open(path, "w", encoding="utf-8") as out:
        json.dump(root, out, ensure_ascii=False)


def main():
    if not os.environ.get("DISPLAY"):
        sys.exit("bench-startup: needs a display; run it under xvfb-run")
    editor = shutil.which("gnome-text-editor")
    if editor is None:
        sys.exit("bench-startup: install gnome-text-editor to compare with it")

    work = tempfile.mkdtemp(prefix="bench-startup-")
    state = os.path.join(work, "xdg")
    os.mkdir(state)
    journey = os.path.join(work, "benchmark-journey.waymark")
    longer = os.path.join(work, "longer-lists.waymark")
    generate = os.path.join(BUILD, "tests", "perf", "generate-journey")
    subprocess.run([generate, str(TOUCHPOINTS), journey, "Benchmark Journey"], check=True)
    add_list_items(journey, longer)
    text = os.path.join(work, "notes.txt")
    with open(text, "w", encoding="utf-8") as out:
        for i in range(40):
            out.write(f"Line {i + 1}: what to ask in the next workshop, and who to invite.\n")

    # One set of folders for every run: the caches stay warm.
    env = dict(os.environ, GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"),
               GSETTINGS_BACKEND="memory", XDG_STATE_HOME=state, XDG_DATA_HOME=state,
               XDG_CONFIG_HOME=state, XDG_CACHE_HOME=state)
    x11 = X11()
    # BENCH_WAYMARK=path/to/waymark compares another build of the application.
    waymark = os.environ.get("BENCH_WAYMARK", os.path.join(BUILD, "src", "waymark"))

    renderer = os.environ.get("GSK_RENDERER", "GTK's default")
    print(f"renderer: {renderer}; {RUNS} runs each, taking turns, after one unmeasured "
          f"run each; times from the start of the process")
    print(f"{'':40}{'mapped':>9}{'drawn':>10}{'best':>10}{'worst':>10}{'CPU':>10}")
    times = measure(x11, [([editor, "--standalone", "--ignore-session", text], "notes.txt"),
                          ([waymark, journey], "Benchmark Journey"),
                          ([waymark, longer], "Longer Lists Journey")], env)
    t = row("GNOME Text Editor, 40-line text", times[0])
    w = row(f"Waymark, {TOUCHPOINTS} touchpoints ({os.path.getsize(journey) // 1000} kB)",
            times[1])
    b = row(f"Waymark, the same, {MORE_ITEMS} more list items", times[2])
    shutil.rmtree(work, ignore_errors=True)

    ratio = w[0] / t[0]
    print(f"ratio Waymark / Text Editor (drawn, medians): {ratio:.2f} (goal <= 0.75): "
          f"{'met' if ratio <= 0.75 else 'not met'}; best against best: {w[1] / t[1]:.2f}; "
          f"CPU until drawn: {w[2] / t[2]:.2f}")
    print(f"ratio with {MORE_ITEMS} more list items / without (medians): {b[0] / w[0]:.2f}, "
          f"best: {b[1] / w[1]:.2f} (goal: about 1)")


main()

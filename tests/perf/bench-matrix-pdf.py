#!/usr/bin/env python3
# tests/perf/bench-matrix-pdf.py: how long a whole `waymark export` process
# takes to write the accountability matrix of a 300-row, 12-role journey as a
# PDF, beside LibreOffice converting the same matrix from CSV
# (`soffice --headless --convert-to pdf`, with a warm profile). Goal: Waymark
# at least 20 times faster. A benchmark, not a test: meson test never runs it.
#
#   python3 tests/perf/bench-matrix-pdf.py [BUILD-DIR] [RUNS]
#   BENCH_WAYMARK=path/to/waymark python3 tests/perf/bench-matrix-pdf.py ...
#
# needs libreoffice-calc-nogui (apt-get install, not in CI's package list).
#
# Copyright 2026 The Waymark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

N_STAGES = 43            # 43 stages x (1 + 5 activities + 1 handoff) - 1 = 300 rows
ACTIVITIES_PER_STAGE = 5
N_ROLES = 12
ROLE_NAMES = ["Marketing", "Sales", "Service", "Product", "Finance", "Legal", "Partners",
              "Support", "Success", "Operations", "IT", "People"]
RACI = ["RA", "C", "I", "", "R", "", "", "C", "", "I", "", ""]


def journey():
    """The journey as a .waymark document: every row has one RA, a C and an I."""
    stages, activities, handoffs, cells = [], [], [], []
    roles = [{"id": f"role-{j}", "name": ROLE_NAMES[j],
              "color": f"#{(j * 97 + 40) % 200:02x}{(j * 57 + 90) % 200:02x}{(j * 31 + 160) % 220:02x}"}
             for j in range(N_ROLES)]
    row = 0

    def assign(row):
        for j in range(N_ROLES):
            raci = RACI[(j - row) % N_ROLES]
            if raci:
                cells.append({"row": f"row-{row}", "role": f"role-{j}", "raci": raci})

    for s in range(N_STAGES):
        stage_row = row
        stages.append({"id": f"row-{row}", "name": f"Stage {s + 1:02}"})
        assign(row)
        row += 1
        for a in range(ACTIVITIES_PER_STAGE):
            activities.append({"id": f"row-{row}", "name": f"Activity {s + 1:02}.{a + 1}",
                               "stage": f"row-{stage_row}"})
            assign(row)
            row += 1
        if s + 1 < N_STAGES:
            handoffs.append({"id": f"row-{row}", "from": f"row-{stage_row}", "to": f"row-{row + 1}",
                             "agreement": "Qualified leads are followed up within one business day."})
            assign(row)
            row += 1

    assert row == 300, row
    return {"format": "waymark", "version": 1,
            "journey": {"title": "Benchmark: 300 rows, 12 roles", "stages": stages,
                        "roles": roles, "handoffs": handoffs, "activities": activities,
                        "accountability": cells}}


def timed(argv):
    """Wall-clock and CPU seconds (user + system, the process and its
    children) of one run: on a busy machine the CPU time says more."""
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"bench-matrix-pdf: {argv[0]} failed ({process.returncode})")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "_build"
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    # The program users run, `waymark export`; waymark-cli (the same
    # commands, built for the tests) only in a build without the app.
    # BENCH_WAYMARK: another build of it, for a before/after comparison.
    cli = os.environ.get("BENCH_WAYMARK") or os.path.abspath(os.path.join(build, "src", "waymark"))
    if not os.access(cli, os.X_OK):
        cli = os.path.abspath(os.path.join(build, "src", "waymark-cli"))
    soffice = shutil.which("soffice")

    if not os.access(cli, os.X_OK):
        sys.exit(f"bench-matrix-pdf: no {cli}; build first (meson compile -C {build})")
    if soffice is None:
        sys.exit("bench-matrix-pdf: no soffice; apt-get install libreoffice-calc-nogui")

    with tempfile.TemporaryDirectory(prefix="waymark-bench-") as tmp:
        waymark_file = os.path.join(tmp, "x.waymark")
        csv_file = os.path.join(tmp, "x.csv")
        with open(waymark_file, "w", encoding="utf-8") as f:
            json.dump(journey(), f, ensure_ascii=False)
        # The same matrix as a spreadsheet would get it.
        timed([cli, "export", waymark_file, "-o", csv_file])

        waymark_cmd = [cli, "export", waymark_file, "-o", os.path.join(tmp, "x.pdf"), "--view", "matrix"]
        # A profile of its own, made by a first run that is not timed.
        profile = "file://" + os.path.join(tmp, "lo-profile")
        office = [soffice, f"-env:UserInstallation={profile}", "--headless",
                  "--convert-to", "pdf", "--outdir", os.path.join(tmp, "lo"), csv_file]
        timed(waymark_cmd)
        timed(office)

        # The two take turns, so that a busy machine's load, which changes
        # from second to second, falls on both alike.
        office_runs = max(3, runs // 2)
        load_before = os.getloadavg()[0]
        waymark_times, office_times = [], []
        for i in range(max(runs, office_runs)):
            if i < runs:
                waymark_times.append(timed(waymark_cmd))
            if i < office_runs:
                office_times.append(timed(office))
        load_after = os.getloadavg()[0]

        pages = subprocess.run(["pdfinfo", os.path.join(tmp, "x.pdf")], check=True,
                               capture_output=True, text=True).stdout
        pages = next((l.split()[-1] for l in pages.splitlines() if l.startswith("Pages:")), "?")

    waymark = [statistics.median(t[i] for t in waymark_times) for i in (0, 1)]
    office = [statistics.median(t[i] for t in office_times) for i in (0, 1)]
    print(f"matrix: 300 rows x {N_ROLES} roles; Waymark's PDF has {pages} pages")
    print("                                      wall       CPU   (medians)")
    print(f"{os.path.basename(cli)} export -> pdf ({runs} runs):    {waymark[0] * 1000:7.0f} ms {waymark[1] * 1000:7.0f} ms")
    print(f"soffice --convert-to pdf, warm ({office_runs}): {office[0] * 1000:7.0f} ms {office[1] * 1000:7.0f} ms")
    print(f"ratio LibreOffice / Waymark:        {office[0] / waymark[0]:7.1f}x {office[1] / waymark[1]:7.1f}x"
          "   (goal: at least 20x)")
    print(f"load average (1 min): {load_before:.1f} before, {load_after:.1f} after; {cli}")


if __name__ == "__main__":
    main()

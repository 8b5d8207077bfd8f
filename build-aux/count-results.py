#!/usr/bin/env python3
# build-aux/count-results.py: reads meson's testlog*.json files and prints
# "N passed, N failed" (", N skipped" when any), counting each TAP subtest
# of a g_test program as one test. Exits 1 when anything failed.
#
# Copyright 2026 The Waymark authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import re
import sys

PASSED_RESULTS = ("OK", "EXPECTEDFAIL")
TAP_LINE = re.compile(r"^(not ok|ok)\b(.*)$", re.MULTILINE)


def count(entry):
    """(passed, failed, skipped) of one test program."""
    result = entry.get("result", "")
    lines = TAP_LINE.findall(entry.get("stdout") or "")
    if not lines:
        if result in PASSED_RESULTS:
            return 1, 0, 0
        if result == "SKIP":
            return 0, 0, 1
        return 0, 1, 0

    passed = failed = skipped = 0
    for status, rest in lines:
        if "# SKIP" in rest:
            skipped += 1
        elif status == "ok":
            passed += 1
        else:
            failed += 1
    # A program that crashed after its last "ok" failed all the same.
    if result not in PASSED_RESULTS and result != "SKIP" and failed == 0:
        failed += 1
    return passed, failed, skipped


def main(paths):
    passed = failed = skipped = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8") as log:
                entries = [json.loads(line) for line in log if line.strip()]
        except OSError:
            print(f"count-results: meson wrote no test log {path}", file=sys.stderr)
            failed += 1
            continue
        for entry in entries:
            p, f, s = count(entry)
            passed, failed, skipped = passed + p, failed + f, skipped + s

    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed else 0


sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Summarises replica output: per variant, the fastest run, the 25th
percentile and the median, in milliseconds, one row per start offset with
the labels side by side.

    summarise.py replica-output.txt
"""
import collections
import statistics
import sys

runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    name, _, ms = line.split()
    runs[name].append(float(ms))
labels = sorted({n.rsplit("_", 1)[0] for n in runs})
shifts = sorted({int(n.rsplit("_", 1)[1]) for n in runs})
print("| shift | " + " | ".join(f"{l} fastest | {l} q25 | {l} median" for l in labels) + " |")
print("|--:|" + "--:|--:|--:|" * len(labels))
for s in shifts:
    cells = []
    for l in labels:
        v = sorted(runs.get(f"{l}_{s}", []))
        if v:
            cells += [f"{v[0]:.0f}", f"{v[len(v) // 4]:.0f}", f"{statistics.median(v):.0f}"]
        else:
            cells += ["–"] * 3
    print(f"| {s} | " + " | ".join(cells) + " |")

"""How much of a build the maps cost: time inside map code over the whole build.

    python benchmarks/bench_maps.py --reports 5000 --runs 3

Generates the synthetic site (benchmarks/synth.py), then builds it in this process (no
writing) with timers around everything map-related: map specs, folium rendering (cached),
the map JSON, Leaflet assets and boundary matching; the mentions check (which reads every
report) is timed apart. Prints the median share of build time. The first run also pays
for importing folium (~0.3 s), as every `briefing build` does.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from functools import wraps
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from synth import generate  # noqa: E402

from generator import build, maps, mapspecs, mentions, render, resolve  # noqa: E402

spent = {"maps": 0.0, "mentions": 0.0}


def timed(owner, name: str, bucket: str = "maps") -> None:
    original = getattr(owner, name)

    @wraps(original)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[bucket] += time.perf_counter() - started

    setattr(owner, name, wrapper)


def instrument() -> None:
    timed(maps.MapRenderer, "render")
    for name in ("overview", "province", "topic", "brief"):
        timed(mapspecs.SpecBuilder, name)
    timed(render, "leaflet_assets")
    timed(resolve, "match_boundaries")
    timed(mentions.MentionFinder, "check", "mentions")
    timed(mentions.MentionFinder, "__init__", "mentions")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    instrument()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        generate(root, args.reports)
        shares, mention_shares, totals = [], [], []
        for run in range(args.runs):
            spent.update(maps=0.0, mentions=0.0)
            started = time.perf_counter()
            result = build.build_site(root, write=False)
            total = time.perf_counter() - started
            assert result.ok, result.errors[:3]
            shares.append(spent["maps"] / total)
            mention_shares.append(spent["mentions"] / total)
            totals.append(total)
            print(f"run {run + 1}: build {total:.2f} s, maps {spent['maps']:.2f} s ({100 * shares[-1]:.1f}%), "
                  f"mentions check {spent['mentions']:.2f} s ({100 * mention_shares[-1]:.1f}%)")
        print(f"N={args.reports}: median build {statistics.median(totals):.2f} s, maps median share "
              f"{100 * statistics.median(shares):.1f}%, mentions check {100 * statistics.median(mention_shares):.1f}%")


if __name__ == "__main__":
    main()

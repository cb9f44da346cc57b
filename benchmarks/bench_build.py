"""Build benchmark for Briefing: cold builds, no-op rebuilds, one-report and one-claim edits.

For each archive size N, generates a synthetic site once (`synth.py`, fixed seed), then runs
`python -m generator build --root SITE` in a fresh process several times. Each run is four
builds: cold (after deleting everything the previous build left in the site root: the
output `site/` and `.briefing-cache/`), then a second build with nothing changed (no-op),
then one more after appending a sentence to one report (a different report each run), then
one more after rewording a claim of one brief (a different brief each run: not a patch of a
few pages, as a report's edit is, but the whole pipeline from the cache). Each records wall
seconds, the build process's peak RSS (its largest process's) and the peak of the PSS of all
its processes summed (launch.py); the summary is a Markdown table of medians, ready to paste
into benchmarks/README.md.

    python benchmarks/bench_build.py --reports 1000 5000 --runs 5 [--keep DIR] [--profile]

"Cold" means no earlier build output or cache; the OS file cache is warm (the content has
just been written), which is what an analyst's repeated `briefing build` also sees.
"""

from __future__ import annotations

import argparse
import os
import pstats
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from disputes import add_disputes
from launch import run_measured
from synth import generate  # benchmarks/ is on sys.path when this file is run as a script
from trash import Trash

REPO_ROOT = Path(__file__).resolve().parent.parent
PROFILE_TOP = 25


@dataclass(frozen=True, slots=True)
class RunResult:
    wall_s: float
    peak_rss_kib: int  # ru_maxrss, which Linux reports in KiB: the largest single process
    pages: int
    tree_pss_kib: int = 0  # the peak of the summed PSS of all its processes (launch.py)
    noop_s: float = 0.0  # the same build again, nothing changed
    edit_s: float = 0.0  # after one report's text changed
    edit_rss_kib: int = 0
    claim_s: float = 0.0  # after one claim's text changed
    claim_rss_kib: int = 0


@dataclass(frozen=True, slots=True)
class ProcessOutcome:
    wall_s: float
    cpu_s: float  # user + system, the process's and its reaped children's (pool workers)
    peak_rss_kib: int  # ru_maxrss: Linux reports KiB
    exit_code: int
    output: str  # stdout then stderr, kept to show why a build failed
    tree_pss_kib: int = 0  # the peak of the summed PSS of all its processes (launch.py)


class BuildFailed(Exception):
    pass


def build_command(module: str, site_dir: Path, profile_to: Path | None = None) -> list[str]:
    profiler = ["-m", "cProfile", "-o", str(profile_to)] if profile_to else []
    return [sys.executable, *profiler, "-m", module, "build", "--root", str(site_dir)]


def child_environment() -> dict[str, str]:
    """The caller's environment, but for PYTHONDONTWRITEBYTECODE: an installed package has its
    modules compiled (pip does it), a checkout writes them on its first run. With it set, every
    build measured compiled Briefing's modules from source again: 0.3 s more per one-edit
    build at N = 10,000, which no user pays (and peers, installed, never did)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_process(command: list[str], cwd: Path) -> ProcessOutcome:
    """Run `command`, timing it and reading its own peak RSS (see launch.py)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        measured = run_measured(command, cwd, child_environment(), out, err)
        out.seek(0)
        err.seek(0)
        output = out.read().decode(errors="replace") + err.read().decode(errors="replace")
    return ProcessOutcome(measured.wall_s, measured.cpu_s, measured.peak_rss_kib, measured.exit_code, output,
                          measured.tree_pss_kib)


def clean_build_outputs(site_dir: Path, trash: Trash) -> None:
    """Move everything but content/ to the trash, so no output or cache of an earlier build
    survives and the cold build does not pay for deleting them (see trash.py)."""
    for entry in sorted(site_dir.iterdir()):
        if entry.name != "content":
            trash.discard(entry)


def count_pages(output_dir: Path) -> int:
    return sum(1 for p in output_dir.rglob("*.html") if p.is_file())


def timed_build(module: str, site_dir: Path, trash: Trash | None, profile_to: Path | None = None) -> RunResult:
    """One build; a cold one (everything but content/ moved to `trash` first) unless `trash`
    is None."""
    if trash is not None:
        clean_build_outputs(site_dir, trash)
    outcome = run_process(build_command(module, site_dir, profile_to), REPO_ROOT)
    if outcome.exit_code != 0:
        raise BuildFailed(f"build of {site_dir} exited with {outcome.exit_code}:\n{outcome.output}")
    return RunResult(outcome.wall_s, outcome.peak_rss_kib, count_pages(site_dir / "site"), outcome.tree_pss_kib)


def edit_one_report(site_dir: Path, number: int) -> None:
    """Append a sentence to the body of one report, a different one each run."""
    reports = sorted((site_dir / "content" / "reports").glob("*.md"))
    path = reports[(number * 7919) % len(reports)]
    path.write_text(path.read_text(encoding="utf-8") + f"\nA correspondent added note {number}.\n", encoding="utf-8")


_CLAIM_TEXT = re.compile(r'^(\s*-?\s*text: ")', re.MULTILINE)


def edit_one_claim(site_dir: Path, number: int) -> None:
    """Reword the first claim of one brief, a different one each run."""
    briefs = sorted((site_dir / "content" / "briefs").glob("*.yaml"))
    path = briefs[(number * 7919) % len(briefs)]
    text = path.read_text(encoding="utf-8")
    found = _CLAIM_TEXT.search(text)
    if found is None:
        raise BuildFailed(f"{path} has no claim text written as synth.py writes it")
    path.write_text(f"{text[:found.end()]}Reworded ({number}): {text[found.end():]}", encoding="utf-8")


def timed_run(module: str, site_dir: Path, number: int, trash: Trash) -> RunResult:
    cold = timed_build(module, site_dir, trash)
    noop = timed_build(module, site_dir, None)
    edit_one_report(site_dir, number)
    edit = timed_build(module, site_dir, None)
    edit_one_claim(site_dir, number)
    claim = timed_build(module, site_dir, None)
    return RunResult(cold.wall_s, cold.peak_rss_kib, cold.pages, cold.tree_pss_kib, noop.wall_s, edit.wall_s,
                     edit.peak_rss_kib, claim.wall_s, claim.peak_rss_kib)


def prepare_site(work_dir: Path, n_reports: int, seed: int, trash: Trash, disputes: float = 0.0) -> Path:
    site_dir = work_dir / f"n{n_reports}"
    if site_dir.exists():
        trash.discard(site_dir)  # a kept tree may be from another N or seed: always regenerate
    site_dir.mkdir(parents=True)
    started = time.perf_counter()
    generate(site_dir, n_reports, seed)
    if disputes:
        add_disputes(site_dir, disputes, seed)
    print(f"N={n_reports}: generated {site_dir} in {time.perf_counter() - started:.1f} s", flush=True)
    return site_dir


def table_row(n_reports: int, runs: list[RunResult]) -> str:
    wall = statistics.median(r.wall_s for r in runs)
    rss_mib = statistics.median(r.peak_rss_kib for r in runs) / 1024
    pss_mib = statistics.median(r.tree_pss_kib for r in runs) / 1024
    noop, edit = statistics.median(r.noop_s for r in runs), statistics.median(r.edit_s for r in runs)
    edit_mib = statistics.median(r.edit_rss_kib for r in runs) / 1024
    claim = statistics.median(r.claim_s for r in runs)
    claim_mib = statistics.median(r.claim_rss_kib for r in runs) / 1024
    pages = runs[-1].pages
    return (f"| {n_reports} | {wall:.2f} | {1000 * wall / n_reports:.2f} | {pages} | {rss_mib:.0f} | {pss_mib:.0f} "
            f"| {noop:.2f} | {edit:.2f} | {edit_mib:.0f} | {claim:.2f} | {claim_mib:.0f} | {len(runs)} |")


def markdown_table(rows: list[str]) -> str:
    header = ("| N reports | cold s | ms per report | pages | cold peak RSS MiB | cold peak PSS of all processes MiB "
              "| no-op s | one edit s | edit peak RSS MiB | one claim edited s | claim edit peak RSS MiB | runs |\n"
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    return "\n".join([header, *rows])


def profile_build(module: str, site_dir: Path, profile_to: Path, trash: Trash) -> None:
    result = timed_build(module, site_dir, trash, profile_to)
    print(f"profiled build: {result.wall_s:.2f} s under cProfile, stats in {profile_to}")
    pstats.Stats(str(profile_to), stream=sys.stdout).sort_stats("cumulative").print_stats(PROFILE_TOP)


def benchmark_size(args: argparse.Namespace, work_dir: Path, n_reports: int, trash: Trash) -> str | None:
    site_dir = prepare_site(work_dir, n_reports, args.seed, trash, args.disputes)
    runs: list[RunResult] = []
    for number in range(1, args.runs + 1):
        result = timed_run(args.builder_module, site_dir, number, trash)
        runs.append(result)
        print(f"N={n_reports} run {number}/{args.runs}: cold {result.wall_s:.2f} s, "
              f"peak RSS {result.peak_rss_kib / 1024:.0f} MiB "
              f"(all processes' PSS {result.tree_pss_kib / 1024:.0f} MiB), "
              f"{result.pages} pages; no-op {result.noop_s:.2f} s; "
              f"one edit {result.edit_s:.2f} s; one claim edited {result.claim_s:.2f} s "
              f"({result.claim_rss_kib / 1024:.0f} MiB)", flush=True)
    if args.profile:
        profile_build(args.builder_module, site_dir, work_dir / f"build-n{n_reports}.prof", trash)
    return table_row(n_reports, runs) if runs else None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[1000, 5000], metavar="N",
                        help="archive sizes to benchmark (default: 1000 5000)")
    parser.add_argument("--runs", type=int, default=5, help="timed builds per size (default: 5)")
    parser.add_argument("--seed", type=int, default=0, help="synthetic content seed (default: 0)")
    parser.add_argument("--disputes", type=float, default=0.0, metavar="SHARE",
                        help="give this share of claims a dispute of a claim in an earlier brief (disputes.py)")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="generate into DIR/n<N> and keep it (default: a temporary directory)")
    parser.add_argument("--profile", action="store_true",
                        help=f"also run one build per size under cProfile and print the top "
                             f"{PROFILE_TOP} by cumulative time (the .prof file stays with --keep)")
    # Lets the timing machinery be tested against a stand-in builder.
    parser.add_argument("--builder-module", default="generator", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.runs < 0 or (args.runs == 0 and not args.profile):
        parser.error("--runs must be at least 1 (or 0 together with --profile)")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as temp:
        work_dir = args.keep.resolve() if args.keep else Path(temp)
        rows: list[str] = []
        trash = Trash(work_dir / ".trash")  # emptied only once every size is timed
        try:
            for n_reports in args.reports:
                row = benchmark_size(args, work_dir, n_reports, trash)
                rows += [row] if row else []
        except BuildFailed as failure:
            print(failure, file=sys.stderr)
            return 1
        finally:
            trash.empty()
    if rows:
        print()
        print(markdown_table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Side-by-side cold builds: Briefing against Pelican, MkDocs and Hugo, and two floors.

Reproduce with one command from the repository root:

    pip install -e ".[bench]" && python benchmarks/bench_peers.py --reports 1000 5000 10000

For each N, generates Briefing's synthetic archive once (synth.py: N reports of 600–900
words, N//10 briefs quoting them) and copies the same reports — body, title, date, topics as
tags, provinces — into Pelican, MkDocs and Hugo sources (peers_convert.py). Briefs are
Briefing's alone, so Briefing does more work than any peer: briefs, e-mail files, topic and
province pages, maps. Then, `--runs` times in round robin (briefing, pelican, mkdocs, hugo,
the floors, then again), each tool's tree is emptied of everything but its sources (moved to a
trash folder, deleted only at the end: see trash.py) and built in a child process, timed from
spawn to exit, with its CPU time and peak RSS from os.wait4, started from a small launcher
(launch.py: else every child's peak RSS would include this process's).
Every build must leave one page per report. The two floors (peers_floor_*.py) are timed the
same way: copying the report files unchanged, and rendering each with bare markdown-it-py +
one Jinja2 template in one process and in two.

    python benchmarks/bench_peers.py --reports 500 --runs 3 [--workdir DIR] [--only briefing,hugo]

Results: a table on stdout and in benchmarks/results/peers-N<N>.md. `--workdir DIR` keeps the
archives in DIR/peers-n<N> and reuses them on later runs (same N and seed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import peers_convert  # benchmarks/ is on sys.path when this file is run as a script
from bench_build import run_process
from peers_tools import FLOOR_NAMES, REPO_ROOT, TOOLS, TOOLS_BY_NAME, Tool, clean_tree, count_pages
from synth import generate
from trash import Trash

RESULTS_DIR = Path(__file__).resolve().parent / "results"
ARCHIVE_FORMAT = 1  # bump when peers_convert.py changes what it writes, to regenerate kept archives
VERSIONED = ("pelican", "markdown", "mkdocs", "hugo", "markdown-it-py", "jinja2")


class BuildFailed(Exception):
    pass


@dataclass(frozen=True, slots=True)
class RunResult:
    wall_s: float
    cpu_s: float
    peak_rss_kib: int
    report_pages: int
    html_files: int
    tree_pss_kib: int = 0  # the peak of the summed PSS of all its processes (launch.py)


@dataclass(frozen=True, slots=True)
class Summary:
    tool: Tool
    runs: list[RunResult]

    @property
    def median_s(self) -> float:
        return statistics.median(r.wall_s for r in self.runs)

    @property
    def median_cpu_s(self) -> float:
        return statistics.median(r.cpu_s for r in self.runs)

    @property
    def median_peak_mib(self) -> float:
        return statistics.median(r.peak_rss_kib for r in self.runs) / 1024

    @property
    def median_tree_mib(self) -> float:
        return statistics.median(r.tree_pss_kib for r in self.runs) / 1024


# --- the archives ----------------------------------------------------------------------------


def prepare_archive(work_dir: Path, n_reports: int, seed: int) -> Path:
    """`work_dir/peers-n<N>` with Briefing's archive and the peers' copies, reused if complete."""
    archive = work_dir / f"peers-n{n_reports}"
    marker = archive / "archive.json"
    expected = {"reports": n_reports, "seed": seed, "format": ARCHIVE_FORMAT}
    if marker.is_file() and json.loads(marker.read_text()) == expected:
        print(f"N={n_reports}: reusing {archive}", flush=True)
        return archive
    if archive.exists():
        shutil.rmtree(archive)  # incomplete or of another seed: stale files would skew builds
    generate(archive / "briefing", n_reports, seed)
    reports = peers_convert.read_reports(archive / "briefing" / "content")
    peers_convert.write_pelican(reports, archive / "pelican")
    peers_convert.write_mkdocs(reports, archive / "mkdocs")
    peers_convert.write_hugo(reports, archive / "hugo")
    marker.write_text(json.dumps(expected))  # last, so an interrupted preparation is redone
    print(f"N={n_reports}: generated {archive}", flush=True)
    return archive


def reports_dir(archive: Path) -> Path:
    return archive / "briefing" / "content" / "reports"


# --- timing ----------------------------------------------------------------------------------


def timed_build(tool: Tool, archive: Path, report_ids: list[str], trash: Trash) -> RunResult:
    tree = archive / tool.tree
    clean_tree(tree, tool.keep, trash)
    outcome = run_process(tool.command(tree, reports_dir(archive)),
                          REPO_ROOT if tool.cwd_is_repo else tree)
    if outcome.exit_code != 0:
        raise BuildFailed(f"{tool.name} exited with {outcome.exit_code}:\n{outcome.output}")
    reports, html = count_pages(tree / tool.output, tool, report_ids)
    if reports != len(report_ids):
        raise BuildFailed(f"{tool.name} built {reports} of {len(report_ids)} report pages:\n"
                          f"{outcome.output}")
    return RunResult(outcome.wall_s, outcome.cpu_s, outcome.peak_rss_kib, reports, html, outcome.tree_pss_kib)


def benchmark_size(tools: list[Tool], archive: Path, runs: int, trash: Trash) -> list[Summary]:
    """Round robin, so a slow spell on the shared machine hits every tool, not one."""
    report_ids = sorted(p.stem for p in reports_dir(archive).glob("*.md"))
    results: dict[str, list[RunResult]] = {tool.name: [] for tool in tools}
    for number in range(1, runs + 1):
        for tool in tools:
            result = timed_build(tool, archive, report_ids, trash)
            results[tool.name].append(result)
            print(f"N={len(report_ids)} run {number}/{runs} {tool.name:16} {result.wall_s:7.2f} s "
                  f"(CPU {result.cpu_s:6.2f} s) {result.peak_rss_kib / 1024:6.0f} MiB "
                  f"(all processes' PSS {result.tree_pss_kib / 1024:4.0f} MiB) "
                  f"{result.html_files:6} .html", flush=True)
    return [Summary(tool, results[tool.name]) for tool in tools]


# --- reporting -------------------------------------------------------------------------------


def ratio_to_briefing(summary: Summary, briefing_s: float | None) -> str:
    return f"{briefing_s / summary.median_s:.1f}×" if briefing_s is not None else "–"


def results_table(summaries: list[Summary]) -> str:
    briefing_s = next((s.median_s for s in summaries if s.tool.name == "briefing"), None)
    lines = ["| tool | median s | min–max s | median CPU s | median peak RSS MiB | median peak PSS of all "
             "processes MiB | report pages | .html files | Briefing ÷ tool |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for s in summaries:
        walls = [r.wall_s for r in s.runs]
        last = s.runs[-1]
        lines.append(f"| {s.tool.name} | {s.median_s:.2f} | {min(walls):.2f}–{max(walls):.2f} "
                     f"| {s.median_cpu_s:.2f} | {s.median_peak_mib:.0f} | {s.median_tree_mib:.0f} "
                     f"| {last.report_pages} "
                     f"| {last.html_files} | {ratio_to_briefing(s, briefing_s)} |")
    return "\n".join(lines)


def installed_versions() -> str:
    found = []
    for name in VERSIONED:
        try:
            found.append(f"{name} {importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            found.append(f"{name} (not installed)")
    return ", ".join(found)


def briefing_commit() -> str:
    # rev-parse only reads; `git describe --dirty` could rewrite the index under a colleague.
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO_ROOT,
                          capture_output=True, text=True)
    return done.stdout.strip() or "unknown"


def results_markdown(n_reports: int, runs: int, summaries: list[Summary], command: str) -> str:
    builds = "\n".join(f"- **{s.tool.name}**: {s.tool.builds}." for s in summaries)
    return f"""# Cold builds beside Briefing's peers, N = {n_reports}

- {dt.date.today().isoformat()}, {platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}
- Briefing at commit {briefing_commit()} (the working tree may differ)
- {installed_versions()}
- `{command}`: median of {runs} run(s) per tool, the tools in round robin

{results_table(summaries)}

Wall seconds run from spawning the build process to its exit, interpreter start-up included.
Before every build the tool's tree loses everything but its sources (output, caches, lock
files), moved to a trash folder that is deleted only after the last build: on this disk a
deletion just before a build makes the build's new files cost more (see trash.py). CPU
seconds are user + system time of the process and of the children it waited for, so CPU
above wall means more than one core was busy (Hugo's Go threads; Briefing's render
pool, if the checkout has one). Peak RSS is `ru_maxrss` from `os.wait4`: for a process with
children it is the largest single process, not their sum; "peak PSS of all processes" is the
peak of the process and its children's PSS summed, sampled ten times a second (each shared page
split among the processes sharing it: the memory the build takes, once; a build shorter than
a tenth of a second shows 0, and a peak shorter than that may be missed). Each build is started from a small
launcher (`benchmarks/launch.py`), so the figure is the build's own, not the benchmark's: it is
never below the launcher's ~10 MiB. "Briefing ÷ tool" is Briefing's
median wall time over the tool's: how many times longer Briefing takes.

What each build produces, all from the same {n_reports} reports (Briefing alone also builds
{max(1, n_reports // 10)} briefs that quote them); "report pages" counts the page expected for
each report, and every build must have all of them:

{builds}

The floors bound what a Python generator can do with these reports on this machine:
render-floor in one process, render-floor-x2 in two.
"""


def write_results(n_reports: int, text: str) -> Path:
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / f"peers-N{n_reports}.md"
    path.write_text(text, encoding="utf-8")
    return path


# --- the command line ------------------------------------------------------------------------


def select_tools(only: str | None) -> list[Tool]:
    if only is None:
        return list(TOOLS)
    names: list[str] = []
    for name in only.split(","):
        names += FLOOR_NAMES if name == "floors" else [name.strip()]
    unknown = [n for n in names if n not in TOOLS_BY_NAME]
    if unknown:
        raise SystemExit(f"unknown tool(s) {', '.join(unknown)}; choose from "
                         f"{', '.join(TOOLS_BY_NAME)} or floors")
    return [tool for tool in TOOLS if tool.name in names]  # always in round-robin order


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[1000], metavar="N",
                        help="archive sizes (default: 1000)")
    parser.add_argument("--runs", type=int, default=3, help="builds per tool and size (default: 3)")
    parser.add_argument("--seed", type=int, default=0, help="synthetic content seed (default: 0)")
    parser.add_argument("--workdir", type=Path, metavar="DIR",
                        help="keep and reuse archives in DIR/peers-n<N> (default: a temporary directory)")
    parser.add_argument("--only", metavar="TOOLS",
                        help="comma-separated subset: " + ", ".join(TOOLS_BY_NAME) + ", floors")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    tools = select_tools(args.only)
    command = " ".join(["python benchmarks/bench_peers.py", *(argv if argv is not None else sys.argv[1:])])
    with tempfile.TemporaryDirectory(prefix="briefing-peers-") as temp:
        work_dir = args.workdir.resolve() if args.workdir else Path(temp)
        work_dir.mkdir(parents=True, exist_ok=True)
        # Old outputs pile up here until every size is timed: several GB at N = 10,000.
        trash = Trash(work_dir / ".trash")
        try:
            for n_reports in args.reports:
                archive = prepare_archive(work_dir, n_reports, args.seed)
                summaries = benchmark_size(tools, archive, args.runs, trash)
                print(f"\nN = {n_reports}\n{results_table(summaries)}\n", flush=True)
                path = write_results(n_reports, results_markdown(n_reports, args.runs, summaries, command))
                print(f"written to {path.relative_to(REPO_ROOT)}\n", flush=True)
        except BuildFailed as failure:
            print(failure, file=sys.stderr)
            return 1
        finally:
            trash.empty()
    return 0


if __name__ == "__main__":
    sys.exit(main())

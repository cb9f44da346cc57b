"""Live preview latency: from a file write to the new words visible in the browser.

For each archive size N, generates the synthetic site (`synth.py`, fixed seed), starts
`python -m generator serve --root SITE --port 0` as a child process, opens one brief in
headless Chromium (Playwright driving Debian's /usr/bin/chromium) and makes a series of
edits on disk, timing each from just before the write to the moment the page shows a new
token (polled on every animation frame):

- report: a word of a quoted sentence in a report the brief cites is replaced by a new
  token; the brief's footnote turns "approximate" and shows the report's new words, so the
  change travels report → quote location → citing brief → reload;
- brief: the token is appended to one of the brief's claim texts.

    python benchmarks/bench_serve.py --reports 1000 5000 --edits 20 [--keep DIR]

It prints one line per edit (with the server's own rebuild time) and a Markdown table of
medians. Every number includes the watcher's quiet window (0.05 s), the rebuild, the
WebSocket message, the page reload and Chromium's rendering.
"""

from __future__ import annotations

import argparse
import queue
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml
from bench_build import REPO_ROOT, child_environment, prepare_site
from trash import Trash

sys.path.insert(0, str(REPO_ROOT / "tests"))
from browser import CHROMIUM_ARGS, chromium_path  # noqa: E402  (the test suite's Chromium set-up)

SETTLE_S = 0.3  # between edits, so that two edits are never one burst
WORD = re.compile(r"[A-Za-z]{5,}")


@dataclass(frozen=True, slots=True)
class Edit:
    """One kind of edit: the file, and the one place in it that each edit rewrites."""

    name: str
    path: Path
    original: str
    pattern: str                       # a regular expression matching that place once
    change: Callable[[str, str], str]  # (the text there, a new token) → the new text

    def write(self, token: str) -> None:
        text = re.sub(self.pattern, lambda m: self.change(m.group(0), token), self.original, count=1)
        self.path.write_text(text, encoding="utf-8")

    def restore(self) -> None:
        self.path.write_text(self.original, encoding="utf-8")


@dataclass(frozen=True, slots=True)
class Sample:
    seconds: float         # write → visible in the browser
    rebuild_s: float       # the server's own rebuild time, from its terminal line


def _ctrl_c_stops() -> None:
    # Run in the background (nohup, `&`), this script inherits SIGINT ignored, and so would
    # the server, which then could not be stopped the way a user stops it.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Server:
    """`briefing serve` in a child process; its terminal lines are read as they come."""

    def __init__(self, site: Path) -> None:
        env = {**child_environment(), "COLUMNS": "400", "NO_COLOR": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--root", str(site), "--port", "0"],
                                     cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     preexec_fn=_ctrl_c_stops,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: queue.SimpleQueue = queue.SimpleQueue()
        threading.Thread(target=lambda: [*map(self.lines.put, self.proc.stderr), self.lines.put("")],
                         daemon=True).start()

    def line_with(self, text: str, wait: float) -> str:
        deadline = time.monotonic() + wait
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if not line:
                raise RuntimeError("briefing serve exited")
            if text in line:
                return line
        raise TimeoutError(f"no line with {text!r} within {wait} s")

    def stop(self) -> None:
        self.proc.send_signal(2)
        self.proc.wait(10)


def seconds_in(line: str) -> float:
    match = re.search(r" in ([0-9.]+) s", line)
    return float(match.group(1)) if match else float("nan")


def choose_edits(site: Path) -> tuple[str, list[Edit]]:
    """A brief with a claim whose text is plainly quoted and a source whose quoted sentence
    holds a word found nowhere else in its report; the brief's URL and the two edits."""
    for path in sorted((site / "content/briefs").glob("*.yaml")):
        raw = path.read_text(encoding="utf-8")
        for claim in yaml.safe_load(raw)["claims"]:
            written = f'"{claim["text"]}"'
            if raw.count(written) != 1 or "\\" in written:
                continue
            for source in claim["sources"]:
                report = site / "content/reports" / f"{source['report']}.md"
                text = report.read_text(encoding="utf-8")
                words = [w for w in WORD.findall(source["quote"]) if len(re.findall(rf"\b{w}\b", text)) == 1]
                if len(source["quote"].split()) >= 10 and words:
                    word = words[len(words) // 2]
                    return (f"/briefs/{path.stem}/", [
                        Edit("report", report, text, rf"\b{word}\b", lambda _, token: token),
                        Edit("brief", path, raw, re.escape(written), lambda old, token: f'{old[:-1]} {token}"')])
    raise RuntimeError("no brief fits the benchmark")


def measure(page, server: Server, edit: Edit, count: int, n_reports: int) -> list[Sample]:
    samples = []
    try:
        for number in range(1, count + 1):
            token = f"zqv{edit.name}{number:03d}x"
            started = time.perf_counter()
            edit.write(token)
            page.wait_for_function(f"document.body && document.body.textContent.includes('{token}')",
                                   polling="raf", timeout=120_000)
            seen = time.perf_counter() - started
            rebuild = seconds_in(server.line_with("rebuilt after", 60))
            samples.append(Sample(seen, rebuild))
            print(f"N={n_reports} {edit.name} edit {number}/{count}: {seen * 1000:.0f} ms "
                  f"(server rebuild {rebuild * 1000:.0f} ms)", flush=True)
            time.sleep(SETTLE_S)
    finally:
        edit.restore()
        server.line_with("rebuilt after", 120)
    return samples


def benchmark_size(args: argparse.Namespace, work_dir: Path, n_reports: int, browser) -> list[str]:
    kept = work_dir / f"n{n_reports}"
    site = kept
    if not ((kept / "content").is_dir() and args.reuse):
        trash = Trash(work_dir / ".trash")  # an earlier tree of that name, if any
        site = prepare_site(work_dir, n_reports, args.seed, trash)
        trash.empty()
    url, edits = choose_edits(site)
    server = Server(site)
    rows = []
    try:
        first = server.line_with("built", 600)
        origin = server.line_with("serving", 30).split(" at ", 1)[1].split()[0].rstrip("/")
        print(f"N={n_reports}: first build {seconds_in(first):.2f} s; timing {url}", flush=True)
        page = browser.new_page()
        page.goto(origin + url)
        for edit in edits:
            samples = measure(page, server, edit, args.edits, n_reports)
            rows.append(table_row(n_reports, edit.name, samples))
        page.close()
    finally:
        server.stop()
    return rows


def table_row(n_reports: int, name: str, samples: list[Sample]) -> str:
    ms = [s.seconds * 1000 for s in samples]
    rebuild = statistics.median(s.rebuild_s for s in samples) * 1000
    return (f"| {n_reports} | {name} | {statistics.median(ms):.0f} | {min(ms):.0f}–{max(ms):.0f} "
            f"| {rebuild:.0f} | {len(ms)} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, nargs="+", default=[1000, 5000], metavar="N")
    parser.add_argument("--edits", type=int, default=20, help="timed edits per kind (default: 20)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, metavar="DIR", help="generate into DIR/n<N> and keep it")
    parser.add_argument("--reuse", action="store_true", help="with --keep: use a site generated before")
    args = parser.parse_args(argv)
    executable = chromium_path()
    if executable is None:
        parser.error("no Chromium found (apt-get install chromium, or set BRIEFING_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    rows: list[str] = []
    with tempfile.TemporaryDirectory(prefix="briefing-serve-bench-") as temp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        work_dir = args.keep.resolve() if args.keep else Path(temp)
        for n_reports in args.reports:
            rows += benchmark_size(args, work_dir, n_reports, browser)
        browser.close()
    print("\n| N reports | edit | median ms write → visible | range ms | median server rebuild ms | edits |")
    print("|---:|---|---:|---:|---:|---:|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())

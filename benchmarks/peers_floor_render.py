"""The render floor for bench_peers.py: one HTML page per report, Markdown + one template.

Run as a child process by bench_peers.py, this is the least a Python generator must do to
turn each report into a page.

    python benchmarks/peers_floor_render.py SRC_DIR OUT_DIR [--processes 2]

Turns every `SRC_DIR/*.md` into `OUT_DIR/<id>.html` with bare markdown-it-py (CommonMark, raw
HTML off, as Briefing configures it) and one Jinja2 template. The front matter is split off,
not parsed; only the title is taken from it, by a line scan. With `--processes 2` the reports
are rendered in chunks by a multiprocessing pool, the most a 2-core machine allows in Python.
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import sys
from pathlib import Path

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

PAGE_TEMPLATE = """\
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><article><h1>{{ title }}</h1>
{{ body }}
</article></main></body>
</html>
"""
TITLE_LINE = re.compile(r"^title: *(.*)$", re.MULTILINE)
CHUNKS_PER_PROCESS = 4  # several chunks each, so one slow chunk does not leave a core idle


def render_chunk(job: tuple[list[Path], Path]) -> None:
    """Render one chunk of reports to `out_dir/<id>.html`."""
    sources, out_dir = job
    # Built per chunk, not inherited: the pool's workers then need no module-level state,
    # and a handful of chunks makes the set-up cost (milliseconds) negligible.
    md = MarkdownIt("commonmark", {"html": False})
    template = jinja2.Environment(autoescape=True).from_string(PAGE_TEMPLATE)
    for source in sources:
        _, front, body = source.read_text(encoding="utf-8").split("---\n", 2)
        title = TITLE_LINE.search(front)
        html = template.render(title=title.group(1) if title else source.stem,
                               body=Markup(md.render(body)))
        (out_dir / f"{source.stem}.html").write_text(html, encoding="utf-8")


def chunked(sources: list[Path], count: int) -> list[list[Path]]:
    size = max(1, -(-len(sources) // count))  # ceiling division
    return [sources[i:i + size] for i in range(0, len(sources), size)]


def render_reports(sources: list[Path], out_dir: Path, processes: int) -> None:
    if processes == 1:
        render_chunk((sources, out_dir))
        return
    jobs = [(chunk, out_dir) for chunk in chunked(sources, processes * CHUNKS_PER_PROCESS)]
    with multiprocessing.Pool(processes) as pool:
        pool.map(render_chunk, jobs)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("src", type=Path, help="directory of report .md files")
    parser.add_argument("out", type=Path, help="output directory (created)")
    parser.add_argument("--processes", type=int, default=1, help="worker processes (default: 1, no pool)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.out.mkdir(parents=True)
    render_reports(sorted(args.src.glob("*.md")), args.out, args.processes)
    return 0


if __name__ == "__main__":
    sys.exit(main())

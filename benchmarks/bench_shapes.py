"""Cold builds of archives shaped unlike the synthetic one: does any cost grow with
something other than the number of reports?

From one synthetic archive of N reports (`synth.py`, fixed seed) it derives variants, each
changing one thing an analyst's real archive may have, and times cold builds of each:

- base: the synthetic archive as it is (40 places, plain ASCII English);
- places: a gazetteer of 600 places, not 40 (invented names that the reports never use);
- typography: every report ends with a paragraph holding characters that Unicode
  normalisation changes (an ellipsis, a ligature, a decomposed accent, a soft hyphen, a
  no-break space), as copied news text does;
- long: every report eight times as long (~5,500 words);
- hangul: every letter of every report body, and of every quote, mapped to a Hangul
  syllable (links and front matter kept), so the text is Korean-like and still cited;
- hot: N/30 extra briefs that copy one brief, so a few reports are cited hundreds of times;
- footnotes: a reference marker ("[12]") after every seventh word of every report, which
  the briefs' quotes leave out, as quotes copied from an encyclopedia's text do;
- media: N images in content/media/, each report showing one (their listing once reached
  every report body's cache key: 1.1 GB at N = 10,000);
- sources: one more brief of 10 claims, each citing 200 reports with their briefs' quotes
  (a claim's footnotes were once made on each of its reports' pages: quadratic in sources);
- gazetteer: N/2 more places, all in one province and named by no claim (its page once
  listed them all and its map marked them all: 1.3 MB at 2,000 places);
- disputed: one more brief of N/10 claims, each disputing the first brief's first claim
  (every page listing that claim once listed all its disputes).

    python benchmarks/bench_shapes.py --reports 10000 --runs 3 [--workdir DIR] [--only places,long,footnotes]

It prints one line per build and a Markdown table of medians (wall seconds, each variant's
time over the base's, the build's peak RSS) with the largest page each variant built.
Every build must finish with no errors; warnings are counted in the table.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from random import Random

import yaml
from bench_build import BuildFailed, build_command, clean_build_outputs, count_pages, run_process
from synth import generate
from synth_yaml import to_yaml
from trash import Trash

REPO_ROOT = Path(__file__).resolve().parent.parent
PLACES = 600
TYPOGRAPHY = ("Reporting continues\u00a0\u2014 details to follow\u2026 (\ufb01eld notes, cafe\u0301 interviews, "
              "co\u00adoperative records, 2\u00bd pages).\n")
LONG_FACTOR = 8
_SUMMARY = re.compile(r"(\d+) errors?, (\d+) warnings?")


def split_report(text: str) -> tuple[str, str]:
    """Front matter (with its closing ---) and body of a report file."""
    end = text.index("\n---\n", 4) + len("\n---\n")
    return text[:end], text[end:]


def rewrite_bodies(content: Path, change: Callable[[str], str]) -> None:
    for path in sorted((content / "reports").glob("*.md")):
        head, body = split_report(path.read_text(encoding="utf-8"))
        path.write_text(head + change(body), encoding="utf-8", newline="\n")


def with_places(content: Path, rng: Random) -> None:
    words = set()
    for path in (content / "reports").glob("*.md"):
        words.update(re.findall(r"\w+", path.read_text(encoding="utf-8").casefold()))
    places = yaml.safe_load((content / "places.yaml").read_text(encoding="utf-8"))
    provinces = sorted({p["province"] for p in places})
    syllables = "kae bong chu dan gyo hwa jik kwa lyo mun nyo pha rye sop tha ung wol yom".split()
    ids = {p["id"] for p in places}
    while len(places) < PLACES:
        stem = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3)))
        kind = rng.choice(("", " County", " Works", " Station"))
        if stem in words or stem in ids:
            continue
        ids.add(stem)
        places.append({"id": stem, "name": stem.capitalize() + kind, "province": rng.choice(provinces),
                       "lat": round(rng.uniform(38.0, 42.5), 4), "lon": round(rng.uniform(124.5, 130.5), 4)})
    (content / "places.yaml").write_text(to_yaml(places), encoding="utf-8", newline="\n")


def with_hangul(content: Path) -> None:
    table = {ord(c): chr(0xAC00 + 401 * i) for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
    table.update({ord(c.upper()): s for c, s in zip("abcdefghijklmnopqrstuvwxyz", table.values())})

    def korean(text: str) -> str:  # link targets stay as they are
        return re.sub(r"(\]\([^)]*\))|([A-Za-z]+)", lambda m: m.group(1) or m.group(2).translate(table), text)

    rewrite_bodies(content, korean)
    for path in sorted((content / "briefs").glob("*.yaml")):
        brief = yaml.safe_load(path.read_text(encoding="utf-8"))
        for claim in brief["claims"]:
            for source in claim["sources"]:
                source["quote"] = korean(source["quote"])
        path.write_text(to_yaml(brief), encoding="utf-8", newline="\n")


def with_hot_brief(content: Path, n_reports: int) -> None:
    first = sorted((content / "briefs").glob("*.yaml"))[0]
    brief = yaml.safe_load(first.read_text(encoding="utf-8"))
    title = brief["title"]
    for copy in range(1, max(1, n_reports // 30) + 1):
        brief["title"] = f"Copy {copy}: {title}"
        (content / "briefs" / f"copy-{copy:05d}.yaml").write_text(to_yaml(brief), encoding="utf-8", newline="\n")


def with_footnotes(body: str) -> str:
    """A marker after every seventh word of each line holding no link (a marker in a link's
    text would be the link's)."""
    def mark(line: str) -> str:
        if "](" in line or line.startswith(("#", "|", "    ")):
            return line
        words = line.split(" ")
        return " ".join(f"{w}[{i // 7 + 1}]" if i % 7 == 6 and w[-1:].isalpha() else w for i, w in enumerate(words))
    return "\n".join(mark(line) for line in body.split("\n"))


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a1f6b1d00000000049454e44ae426082")
WIDE_CLAIMS, WIDE_SOURCES = 10, 200


def with_media(content: Path) -> None:
    (content / "media").mkdir(exist_ok=True)
    for i, path in enumerate(sorted((content / "reports").glob("*.md"))):
        (content / "media" / f"img{i:06d}.png").write_bytes(PNG)
        path.write_text(path.read_text(encoding="utf-8") + f"\n![Photo {i}](../media/img{i:06d}.png)\n",
                        encoding="utf-8", newline="\n")


def with_wide_claims(content: Path) -> None:
    """A brief whose claims each cite WIDE_SOURCES reports, quoting what other briefs quote."""
    sources: dict[str, dict] = {}
    for path in sorted((content / "briefs").glob("*.yaml")):
        brief = yaml.safe_load(path.read_text(encoding="utf-8"))
        for claim in brief["claims"]:
            for source in claim["sources"]:
                sources.setdefault(source["report"], {"report": source["report"], "quote": source["quote"]})
    cited = list(sources.values())
    claims = [{"id": f"wide-{n}", "text": f"Claim {n}, borne out across the archive.",
               "sources": cited[n * WIDE_SOURCES:(n + 1) * WIDE_SOURCES]}
              for n in range(WIDE_CLAIMS) if cited[n * WIDE_SOURCES:(n + 1) * WIDE_SOURCES]]
    wide = {"title": "Claims of many sources", "date": "2024-12-31", "claims": claims}
    (content / "briefs" / "wide.yaml").write_text(to_yaml(wide), encoding="utf-8", newline="\n")


def with_gazetteer(content: Path, n_reports: int) -> None:
    places = yaml.safe_load((content / "places.yaml").read_text(encoding="utf-8"))
    first = places[0]  # the hamlets lie within a few km of it, inside its province's outline
    places += [{"id": f"gaz-{i:06d}", "name": f"Hamlet {i}", "province": first["province"],
                "lat": round(first["lat"] + (i % 97 - 48) / 2000, 4),
                "lon": round(first["lon"] + (i // 97 % 97 - 48) / 2000, 4)}
               for i in range(n_reports // 2)]
    (content / "places.yaml").write_text(to_yaml(places), encoding="utf-8", newline="\n")


def with_disputes(content: Path, n_reports: int) -> None:
    first = sorted((content / "briefs").glob("*.yaml"))[0]
    claim = yaml.safe_load(first.read_text(encoding="utf-8"))["claims"][0]
    target = f"{first.stem}/{claim['id']}"
    claims = [{"id": f"d-{n}", "text": f"Dispute {n} of the first claim.", "contradicts": [target],
               "sources": claim["sources"][:1]} for n in range(max(1, n_reports // 10))]
    disputes = {"title": "Disputes of one claim", "date": "2024-12-30", "claims": claims}
    (content / "briefs" / "disputes.yaml").write_text(to_yaml(disputes), encoding="utf-8", newline="\n")


# What each variant does to a copy of the base archive's content/ (given N).
_CHANGES: dict[str, Callable[[Path, int], None]] = {
    "base": lambda content, n: None,
    "places": lambda content, n: with_places(content, Random(1)),
    "typography": lambda content, n: rewrite_bodies(content, lambda body: body + "\n" + TYPOGRAPHY),
    "long": lambda content, n: rewrite_bodies(content, lambda body: "\n".join([body] * LONG_FACTOR)),
    "hangul": lambda content, n: with_hangul(content),
    "hot": with_hot_brief,
    "footnotes": lambda content, n: rewrite_bodies(content, with_footnotes),
    "media": lambda content, n: with_media(content),
    "sources": lambda content, n: with_wide_claims(content),
    "gazetteer": with_gazetteer,
    "disputed": with_disputes,
}
VARIANTS = tuple(_CHANGES)


def make_variant(name: str, base: Path, site: Path, n_reports: int) -> None:
    shutil.copytree(base / "content", site / "content")
    _CHANGES[name](site / "content", n_reports)


def largest_page(out: Path) -> int:
    return max((p.stat().st_size for p in out.rglob("*.html")), default=0)


def cold_build(site: Path, trash: Trash) -> tuple[float, int, int, int]:
    """Wall seconds, peak RSS (KiB), pages and warnings of one cold build."""
    clean_build_outputs(site, trash)
    outcome = run_process(build_command("generator", site), REPO_ROOT)
    summary = _SUMMARY.findall(outcome.output)
    if outcome.exit_code != 0 or not summary or summary[-1][0] != "0":
        raise BuildFailed(f"build of {site} failed ({outcome.exit_code}):\n{outcome.output[-3000:]}")
    return outcome.wall_s, outcome.peak_rss_kib, count_pages(site / "site"), int(summary[-1][1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workdir", type=Path, help="build the variants here (default: a temporary directory)")
    parser.add_argument("--only", help="comma-separated variants besides base: " + ", ".join(VARIANTS[1:]))
    args = parser.parse_args(argv)
    names = ["base", *(n for n in (args.only.split(",") if args.only else VARIANTS[1:]) if n != "base")]
    if unknown := [n for n in names if n not in VARIANTS]:
        parser.error(f"unknown variant(s): {', '.join(unknown)}")
    work = args.workdir or Path(tempfile.mkdtemp(prefix="briefing-shapes-"))
    trash = Trash(work / "trash")
    try:
        base = work / f"shapes-n{args.reports}" / "base"
        if base.exists():
            trash.discard(base.parent)
        generate(base, args.reports, args.seed)
        sites = {"base": base}
        for name in names[1:]:
            sites[name] = base.parent / name
            make_variant(name, base, sites[name], args.reports)
        results: dict[str, list[tuple[float, int, int, int]]] = {name: [] for name in names}
        largest: dict[str, int] = {}
        for run in range(1, args.runs + 1):
            for name in names:  # alternating, so a slower spell of the machine hits them all
                wall, rss, pages, warnings = cold_build(sites[name], trash)
                results[name].append((wall, rss, pages, warnings))
                largest[name] = largest_page(sites[name] / "site")
                print(f"run {run}/{args.runs} {name:11s} {wall:7.2f} s {rss / 1024:5.0f} MiB {pages:6d} pages "
                      f"{warnings:5d} warnings", flush=True)
    except BuildFailed as exc:
        print(exc, file=sys.stderr)
        return 1
    finally:
        trash.empty()
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    base_s = statistics.median(r[0] for r in results["base"])
    print(f"\nN = {args.reports}, median of {args.runs} cold builds\n")
    print("| archive | cold s | × base | peak RSS MiB | pages | largest page KiB | warnings |\n"
          "|---|---:|---:|---:|---:|---:|---:|")
    for name in names:
        median = statistics.median(r[0] for r in results[name])
        rss = statistics.median(r[1] for r in results[name]) / 1024
        _, _, pages, warnings = results[name][-1]
        print(f"| {name} | {median:.2f} | {median / base_s:.2f} | {rss:.0f} | {pages} | {largest[name] / 1024:.0f} | "
              f"{warnings} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

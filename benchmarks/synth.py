"""Deterministic synthetic content for benchmarking Briefing builds.

`generate(root, n_reports, seed)` writes `root/content/` in Briefing's content format
(see DESIGN.md): site.yaml, topics.yaml, places.yaml, N reports of 600–900 words and N//10
briefs whose claims quote real sentences of the reports they cite. All randomness comes from
one `random.Random(seed)` and nothing iterates over a set, so the same arguments always give
byte-identical files — benchmark runs on different days compare like with like.

    python benchmarks/synth.py DIR --reports 1000 [--seed 0] [--force] [--verify]
    python benchmarks/synth.py DIR --verify          # check an existing tree only
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import re
import shutil
import string
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from random import Random

import synth_vocab as vocab
from synth_check import verify
from synth_yaml import to_yaml

FIRST_DATE = dt.date(2020, 1, 1)
ARCHIVE_DAYS = 5 * 365
CLAIMS_PER_BRIEF = (8, 12)
CONTRADICTS_RATE = 0.05
EMPHASIS_RATE = 0.03
LINK_RATE = 0.3  # share of reports with one Markdown link
MIN_QUOTE_WORDS, MAX_QUOTE_WORDS = 8, 25


@dataclass(frozen=True, slots=True)


class Place:
    id: str
    name: str
    province: str
    lat: float
    lon: float
    is_city: bool


@dataclass(frozen=True, slots=True)


class Scope:
    """What a piece of prose is about: it draws provinces, items and places from here."""

    provinces: tuple[str, ...]
    topics: tuple[str, ...]
    places: tuple[Place, ...]


@dataclass(frozen=True, slots=True)


class World:
    """The fixed cast shared by all reports: provinces, topics, places."""

    provinces: tuple[str, ...]
    topic_titles: dict[str, str]
    places: tuple[Place, ...]
    city_of: dict[str, Place]
    facilities_in: dict[str, tuple[Place, ...]]
    facilities: tuple[Place, ...]


@dataclass(frozen=True, slots=True)


class ReportRecord:
    """What the brief generator needs to know about a written report."""

    id: str
    published: dt.date
    scope: Scope
    quotable: tuple[str, ...]  # sentences free of Markdown markup, each unique in the body
    folded_body: str  # the body as `fold()` sees it, to check that a quote occurs only once


def slugify(text: str, max_words: int = 6) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:max_words])


def fold(text: str) -> str:
    """Approximate Briefing's quote normalisation (case, curly quotes, whitespace)."""
    # Chained replace: str.translate is several times slower on non-ASCII text.
    text = text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    return " ".join(text.casefold().split())


@functools.cache


def template_fields(template: str) -> tuple[str, ...]:
    # Cached: the same few hundred templates are parsed about a million times for N=5000.
    return tuple(f for _, f, _, _ in string.Formatter().parse(template) if f)


def capitalise(text: str) -> str:
    offset = 1 if text[:1] in "“\"" else 0
    return text[:offset] + text[offset:offset + 1].upper() + text[offset + 1:]


class Prose:
    """Fills vocabulary templates for one scope, drawing every choice from `rng`."""

    def __init__(self, rng: Random, scope: Scope, world: World) -> None:
        self.rng = rng
        self.scope = scope
        self.world = world
        self.items = tuple(i for t in scope.topics for i in vocab.TOPIC_ITEMS[t])
        self.cities = tuple(p for p in scope.places if p.is_city) + tuple(
            world.city_of[prov] for prov in scope.provinces)
        own_sites = tuple(p for p in scope.places if not p.is_city)
        nearby = tuple(f for prov in scope.provinces for f in world.facilities_in[prov])
        self.facilities = own_sites + nearby or world.facilities
        self.decks: dict[tuple[str, ...], list[str]] = {}
        self.makers = self._makers()

    def draw(self, templates: tuple[str, ...]) -> str:
        """Next template from a shuffled deck, so a report uses most templates before repeating."""
        deck = self.decks.get(templates)
        if not deck:
            deck = self.decks[templates] = self.rng.sample(templates, len(templates))
        return deck.pop()

    def fill(self, template: str) -> str:
        values = {f: self.value(f) for f in template_fields(template)}
        return template.format(**values)

    def value(self, field: str) -> str:
        if field[0].isupper():
            return capitalise(self.makers[field[0].lower() + field[1:]]())
        return self.makers[field]()

    def _makers(self) -> dict[str, Callable[[], str]]:
        # Built once per Prose rather than per slot: the closures are the generator's inner loop.
        rng, scope, world = self.rng, self.scope, self.world

        def province() -> str:
            # Mostly the scope's own provinces, sometimes elsewhere, as real reporting does.
            return rng.choice(scope.provinces if rng.random() < 0.8 else world.provinces)

        return {
            "prov": province,
            "prov2": province,
            "city": lambda: rng.choice(self.cities).name,
            "place": lambda: rng.choice(self.facilities).name,
            "item": lambda: rng.choice(self.items),
            "item2": lambda: rng.choice(self.items),
            "topic": lambda: world.topic_titles[rng.choice(scope.topics)],
            "org": lambda: rng.choice(vocab.ORGS),
            "reason": lambda: rng.choice(vocab.REASONS),
            "outcome": lambda: rng.choice(vocab.OUTCOMES),
            "publisher": lambda: rng.choice(vocab.PUBLISHERS),
            "month": lambda: rng.choice(vocab.MONTHS),
            "date": lambda: f"{rng.choice(vocab.MONTHS)} {rng.randint(1, 28)}",
            "year": lambda: str(rng.randint(2018, 2024)),
            "num": lambda: str(rng.randint(2, 40)),
            "big": lambda: f"{rng.randrange(120, 98_000):,}",
            "price": lambda: f"{rng.randrange(16, 500) * 50:,}",
            "price2": lambda: f"{rng.randrange(16, 500) * 50:,}",
            "pct": lambda: str(rng.randint(3, 85)),
            "workers": lambda: f"{rng.randrange(15, 1200) * 10:,}",
            "days": lambda: str(rng.randint(3, 45)),
            "source": lambda: self.fill(self.draw(vocab.SOURCES)),
            "speech": lambda: self.fill(self.draw(vocab.SPEECHES)),
            "clause": lambda: self.fill(self.draw(vocab.CLAUSES)),
        }

    def sentence(self, template: str | None = None) -> str:
        return capitalise(self.fill(template or self.draw(vocab.SENTENCES)))


def make_places(rng: Random, n_facilities: int = 27) -> tuple[Place, ...]:
    """Province capitals plus invented facilities scattered near a province's centre."""
    cities = [Place(slugify(city), city, prov, lat, lon, True)
              for prov, lat, lon, city in vocab.PROVINCES]
    facilities: list[Place] = []
    used = {c.name for c in cities}
    while len(facilities) < n_facilities:
        prov, lat, lon, _ = rng.choice(vocab.PROVINCES)
        stem = rng.choice(vocab.NAME_SYLLABLES) + rng.choice(vocab.NAME_SYLLABLES).lower()
        name = f"{stem} {rng.choice(vocab.FACILITY_KINDS)}"
        if name in used:
            continue
        used.add(name)
        # Keep inside the country's bounding box whatever the jitter.
        plat = min(42.9, max(37.75, lat + rng.uniform(-0.25, 0.25)))
        plon = min(130.6, max(124.3, lon + rng.uniform(-0.25, 0.25)))
        facilities.append(Place(slugify(name), name, prov, round(plat, 4), round(plon, 4), False))
    return tuple(cities + facilities)


def make_world(rng: Random) -> World:
    places = make_places(rng)
    provinces = tuple(p[0] for p in vocab.PROVINCES)
    facilities = tuple(p for p in places if not p.is_city)
    return World(
        provinces=provinces,
        topic_titles={tid: title for tid, title, _ in vocab.TOPICS},
        places=places,
        city_of={p.province: p for p in places if p.is_city},
        facilities_in={prov: tuple(f for f in facilities if f.province == prov) for prov in provinces},
        facilities=facilities,
    )


def add_emphasis(rng: Random, sentence: str) -> str:
    words = sentence.split(" ")
    # Not a sentence's first word (in a summary paragraph): "*State* media" reads like a typo.
    candidates = [i for i in range(1, len(words) - 1)
                  if words[i].isalpha() and not words[i - 1].endswith((".", "”"))]
    if not candidates:
        return sentence
    i = rng.choice(candidates)
    words[i] = f"*{words[i]}*"
    return " ".join(words)


def link_sentence(rng: Random, prose: Prose, report_no: int) -> str:
    target = f"https://example.com/archive/{report_no}/{rng.randint(1, 99)}"
    text = prose.fill(rng.choice(("a notice from {org}", "earlier coverage by {publisher}",
                                  "a translation of the order", "photographs from {city}")))
    return capitalise(prose.fill(f"See [{text}]({target}) for background on {{item}} in {{prov}}."))


# --- reports ---------------------------------------------------------------------------------


def choose_scope(rng: Random, world: World) -> Scope:
    topics = tuple(rng.sample([t[0] for t in vocab.TOPICS], rng.randint(1, 3)))
    provinces = tuple(rng.sample(world.provinces, rng.randint(1, 2)))
    local = [p for p in world.places if p.province in provinces]
    places = tuple(rng.sample(local, min(len(local), rng.randint(0, 2))))
    return Scope(provinces, topics, places)


def write_body(rng: Random, prose: Prose, report_no: int) -> tuple[str, list[str]]:
    """Markdown body of 600–900 words and its quotable sentences, in order."""
    # Writing stops at the first sentence past the target; a sentence is under 45 words.
    target = rng.randint(610, 840)
    seen: set[str] = set()
    headings = rng.sample(vocab.HEADINGS, len(vocab.HEADINGS))
    link_at = rng.randint(2, 8) if rng.random() < LINK_RATE else -1
    blocks: list[str] = []
    quotable: list[str] = []
    words = 0
    section_left = rng.randint(1, 2)  # the lead paragraphs before the first heading
    while words < target:
        if section_left == 0 and headings:
            heading = capitalise(prose.fill(headings.pop()))
            blocks.append(f"## {heading}")
            words += len(heading.split())
            section_left = rng.randint(2, 4)
        section_left -= 1
        sentences = write_paragraph(rng, prose, seen, target - words)
        quotable.extend(s for s in sentences if is_quotable(s))
        if len(blocks) == link_at:
            sentences.append(link_sentence(rng, prose, report_no))
        blocks.append(" ".join(sentences))
        words += sum(len(s.split()) for s in sentences)
    return "\n\n".join(blocks) + "\n", quotable


def write_paragraph(rng: Random, prose: Prose, seen: set[str], budget: int) -> list[str]:
    sentences: list[str] = []
    words = 0
    for _ in range(rng.randint(2, 5)):
        sentence = distinct_sentence(rng, prose, seen)
        if rng.random() < EMPHASIS_RATE:
            sentence = add_emphasis(rng, sentence)
        sentences.append(sentence)
        words += len(sentence.split())
        if words >= budget:
            break
    return sentences


def distinct_sentence(rng: Random, prose: Prose, seen: set[str]) -> str:
    # Distinct sentences make every whole-sentence quote locate one passage only.
    for _ in range(50):
        s = prose.sentence()
        if s not in seen:
            seen.add(s)
            return s
    raise RuntimeError("vocabulary too small to produce a distinct sentence")


def is_quotable(sentence: str) -> bool:
    return not any(c in sentence for c in "*[]") and len(sentence.split()) >= MIN_QUOTE_WORDS


def front_matter(fields: dict[str, object]) -> str:
    return "---\n" + to_yaml(fields) + "---\n"


def write_report(rng: Random, world: World, report_no: int, reports_dir: Path) -> ReportRecord:
    scope = choose_scope(rng, world)
    prose = Prose(rng, scope, world)
    title = prose.sentence(rng.choice(vocab.TITLES))
    report_id = f"r-{report_no:06d}-{slugify(title, 5)}"
    publisher_no = rng.randrange(len(vocab.PUBLISHERS))
    published = FIRST_DATE + dt.timedelta(days=rng.randrange(ARCHIVE_DAYS + 1))
    fields: dict[str, object] = {
        "title": title,
        "publisher": vocab.PUBLISHERS[publisher_no],
        "url": f"https://news-{publisher_no + 1}.example.com/{published:%Y/%m}/{slugify(title)}",
        "published": published,
        "kind": rng.choice(vocab.KINDS),
        "reliability": rng.choice(vocab.RELIABILITIES),
        "language": "en",
        "topics": list(scope.topics),
        "provinces": list(scope.provinces),
    }
    body, quotable = write_body(rng, prose, report_no)
    # A tidy archive tags every province and place its text names (`briefing check` warns
    # otherwise), so the benchmark times builds, not thousands of warnings.
    fields["provinces"] = unique([*scope.provinces, *(p for p in world.provinces if p in body)])
    places = unique([*(p.id for p in scope.places), *(p.id for p in world.places if p.name in body)])
    if places:
        fields["places"] = places
    write_text(reports_dir / f"{report_id}.md", front_matter(fields) + "\n" + body)
    return ReportRecord(report_id, published, scope, tuple(quotable), fold(body))


# --- briefs ----------------------------------------------------------------------------------


NEGATIONS = frozenset({"not", "no", "never", "nor", "without", "cannot", "none", "nothing", "nobody"})


def pick_quote(rng: Random, report: ReportRecord) -> str:
    """A whole sentence, or a span of 8–25 words of one, that occurs once in the report."""
    for _ in range(20):
        sentence = rng.choice(report.quotable)
        words = sentence.split(" ")
        quote = sentence
        if len(words) > MAX_QUOTE_WORDS or rng.random() < 0.4:
            length = rng.randint(MIN_QUOTE_WORDS, min(MAX_QUOTE_WORDS, len(words)))
            start = rng.randint(0, len(words) - length)
            # A span that starts right after "not" or stops right before it changes what the
            # report says, and Briefing warns about it: the negation is taken in (no draw).
            if start > 0 and words[start - 1].lower() in NEGATIONS:
                start, length = start - 1, length + 1
            if start + length < len(words) and words[start + length].lower() in NEGATIONS \
                    and words[start + length - 1][-1:].isalnum():
                length += 1
            quote = " ".join(words[start:start + length])
        if report.folded_body.count(fold(quote)) == 1:
            return quote
    raise RuntimeError(f"no unambiguous quote found in {report.id}")


def make_claim(rng: Random, world: World, reports: list[ReportRecord], number: int,
               earlier_ids: list[str]) -> tuple[dict[str, object], list[ReportRecord]]:
    cited = [r for r in (rng.choice(reports) for _ in range(rng.randint(1, 3)))
             if r.quotable]
    cited = list({r.id: r for r in cited}.values()) or [next(r for r in reports if r.quotable)]
    primary = cited[0]
    prose = Prose(rng, primary.scope, world)
    claim: dict[str, object] = {
        "id": f"c{number:02d}-{primary.scope.topics[0]}",
        "text": prose.sentence(rng.choice(vocab.CLAIMS)),
        "confidence": rng.choice(vocab.CONFIDENCES),
        "credibility": rng.randint(1, 6),
        "sources": [{"report": r.id, "quote": pick_quote(rng, r)} for r in cited],
    }
    if earlier_ids and rng.random() < CONTRADICTS_RATE:
        claim["contradicts"] = [rng.choice(earlier_ids)]
    return claim, cited


def brief_summary(rng: Random, prose: Prose) -> str:
    sentences = [prose.sentence(s) for s in rng.sample(vocab.SUMMARY_SENTENCES, 6)]
    paragraphs = [" ".join(sentences[:3]), " ".join(sentences[3:])]
    paragraphs[-1] = add_emphasis(rng, paragraphs[-1])
    return "\n\n".join(paragraphs) + "\n"


def write_brief(rng: Random, world: World, reports: list[ReportRecord], brief_no: int,
                briefs_dir: Path) -> None:
    claims: list[dict[str, object]] = []
    cited: list[ReportRecord] = []
    for number in range(1, rng.randint(*CLAIMS_PER_BRIEF) + 1):
        claim, claim_cited = make_claim(rng, world, reports, number, [c["id"] for c in claims])
        claims.append(claim)
        cited.extend(claim_cited)
    topics = unique(t for r in cited for t in r.scope.topics)[:3]
    provinces = unique(p for r in cited for p in r.scope.provinces)[:3]
    prose = Prose(rng, Scope(tuple(provinces), tuple(topics), ()), world)
    brief = {
        "title": prose.sentence(rng.choice(vocab.BRIEF_TITLES)),
        "date": max(r.published for r in cited) + dt.timedelta(days=rng.randint(1, 20)),
        "author": rng.choice(vocab.AUTHORS),
        "summary": brief_summary(rng, prose),
        "topics": topics,
        "provinces": provinces,
        "claims": claims,
    }
    write_text(briefs_dir / f"b-{brief_no:05d}.yaml", to_yaml(brief))


def unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


# --- site files and the entry points ---------------------------------------------------------


def write_text(path: Path, text: str) -> None:
    # newline="\n" so the bytes are the same on every platform.
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_site_files(world: World, content: Path, n_reports: int) -> None:
    write_text(content / "site.yaml", to_yaml({
        "title": "Briefing benchmark site",
        "base_url": "https://bench.example.org/",
        "language": "en",
        "description": f"Synthetic briefing site with {n_reports} reports, for benchmarks.",
    }))
    write_text(content / "topics.yaml", to_yaml(
        [{"id": tid, "title": title, "description": desc} for tid, title, desc in vocab.TOPICS]))
    write_text(content / "places.yaml", to_yaml(
        [{"id": p.id, "name": p.name, "province": p.province, "lat": p.lat, "lon": p.lon}
         for p in world.places]))


def generate(root: Path, n_reports: int, seed: int = 0) -> None:
    """Write `root/content/` with `n_reports` reports and max(1, n_reports // 10) briefs.

    Refuses to write into an existing `content/` so stale files never mix into a benchmark.
    """
    if n_reports < 1:
        raise ValueError("n_reports must be at least 1")
    content = Path(root) / "content"
    if content.exists():
        raise FileExistsError(f"{content} already exists")
    rng = Random(seed)
    world = make_world(rng)
    (content / "reports").mkdir(parents=True)
    (content / "briefs").mkdir()
    write_site_files(world, content, n_reports)
    reports = [write_report(rng, world, no, content / "reports") for no in range(1, n_reports + 1)]
    for brief_no in range(1, max(1, n_reports // 10) + 1):
        write_brief(rng, world, reports, brief_no, content / "briefs")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="site root; content/ is written inside it")
    parser.add_argument("--reports", type=int, help="number of reports to generate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--force", action="store_true", help="replace an existing DIR/content")
    parser.add_argument("--verify", action="store_true", help="check quotes and references")
    args = parser.parse_args(argv)
    if args.reports is None and not args.verify:
        parser.error("give --reports N to generate, --verify to check, or both")
    if args.reports is not None:
        if args.force and (args.dir / "content").exists():
            shutil.rmtree(args.dir / "content")
        started = time.perf_counter()
        generate(args.dir, args.reports, args.seed)
        print(f"generated {args.reports} reports in {time.perf_counter() - started:.2f} s")
    if args.verify:
        problems = verify(args.dir)
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"verify: {len(problems)} problem(s)")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

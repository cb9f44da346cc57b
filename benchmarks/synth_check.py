"""Self-check for the synthetic content that `synth.py` writes (`synth.py --verify`).

Independent of the generator's internals: it parses the files back with PyYAML and checks
what the benchmark relies on — every quote is a contiguous passage of its report's body
(after collapsing whitespace) with no Markdown markup in it, every reference resolves, and
bodies have 600–900 words (checked loosely, headings count as words).
"""

from __future__ import annotations

from pathlib import Path

import yaml

import synth_vocab as vocab

# libyaml's loader only reads faster; what it parses is the same as the pure-Python one's.
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> object:
    return yaml.load(text, Loader=Loader)


def split_report(text: str) -> tuple[dict, str]:
    _, header, body = text.split("---\n", 2)
    return load_yaml(header), body


def verify(root: Path) -> list[str]:
    """Check a generated tree; returns problems (empty when every quote and reference holds)."""
    content = Path(root) / "content"
    problems: list[str] = []
    topics = {t["id"] for t in load_yaml((content / "topics.yaml").read_text("utf-8"))}
    places = {p["id"] for p in load_yaml((content / "places.yaml").read_text("utf-8"))}
    provinces = {p[0] for p in vocab.PROVINCES}
    bodies: dict[str, str] = {}
    for path in sorted((content / "reports").glob("*.md")):
        meta, body = split_report(path.read_text("utf-8"))
        bodies[path.stem] = " ".join(body.split())
        problems += check_refs(path.name, meta, topics, provinces, places)
        words = len(body.split())
        if not 550 <= words <= 950:
            problems.append(f"{path.name}: body has {words} words")
    for path in sorted((content / "briefs").glob("*.yaml")):
        brief = load_yaml(path.read_text("utf-8"))
        problems += check_refs(path.name, brief, topics, provinces, set())
        problems += check_claims(path.name, brief["claims"], bodies)
    return problems


def check_refs(name: str, record: dict, topics: set[str], provinces: set[str],
               places: set[str]) -> list[str]:
    problems = [f"{name}: unknown topic {t!r}" for t in record["topics"] if t not in topics]
    problems += [f"{name}: unknown province {p!r}" for p in record["provinces"] if p not in provinces]
    problems += [f"{name}: unknown place {p!r}" for p in record.get("places", []) if p not in places]
    return problems


def check_claims(name: str, claims: list[dict], bodies: dict[str, str]) -> list[str]:
    problems: list[str] = []
    ids = [c["id"] for c in claims]
    if len(set(ids)) != len(ids):
        problems.append(f"{name}: duplicate claim ids")
    for claim in claims:
        where = f"{name}: claim {claim['id']}"
        problems += [f"{where}: contradicts unknown {c!r}"
                     for c in claim.get("contradicts", []) if c not in ids]
        for source in claim["sources"]:
            body = bodies.get(source["report"])
            quote = " ".join(source["quote"].split())
            if body is None:
                problems.append(f"{where}: unknown report {source['report']!r}")
            elif quote not in body:
                problems.append(f"{where}: quote not in {source['report']}: {quote!r}")
            elif any(c in quote for c in "*[]"):
                problems.append(f"{where}: quote contains Markdown markup: {quote!r}")
    return problems

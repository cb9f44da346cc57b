"""`briefing init` and `briefing new`: starting files that build cleanly as they are."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.fields import id_problem

SITE = """\
title: My Briefing
base_url: https://example.org/briefing/
language: en
description: Claims backed by the exact words of their sources.
"""

TOPICS = """\
- id: economy
  title: Economy
  description: Production, trade and prices.
"""

PLACES = """\
# Named places: cities and facilities. province accepts an ISO code (KP-09), an English,
# McCune–Reischauer or Revised Romanization name, or Hangul.
- id: chongjin
  name: Chongjin
  hangul: 청진
  province: North Hamgyong
  lat: 41.7956
  lon: 129.7758
"""

REPORT = """\
---
title: "{title}"
publisher: "Example News"
url: "https://example.org/news/{name}"
published: {today}
kind: news            # news | social | state-media | official | analysis | defector | other
reliability: F        # Admiralty source grade A–F; F = cannot be judged
language: en
topics: [economy]
provinces: [North Hamgyong]
---
Paste the archived text of the source here, exactly as it was published.

Claims quote its exact words, so keep it unchanged.
"""

BRIEF = """\
title: "{title}"
date: {today}
author: ""
summary: |
  What this brief establishes, in a few sentences.
topics: [economy]
provinces: [North Hamgyong]
claims:
  - id: first-claim
    text: "The claim, in your own words."
    confidence: moderate   # low | moderate | high
    credibility: 3         # Admiralty information credibility 1–6
    sources:
      - report: {report}
        quote: "Claims quote its exact words"
"""


IGNORED = "/site/\n.briefing-cache/\n"  # what a build writes in the site folder


class ScaffoldError(Exception):
    pass


def init_site(directory: Path, today: dt.date) -> list[Path]:
    content = directory / "content"
    if content.exists():
        raise ScaffoldError(f"{content} already exists; nothing was changed")
    files = {
        content / "site.yaml": SITE,
        content / "topics.yaml": TOPICS,
        content / "places.yaml": PLACES,
        content / "reports" / "example-report.md": REPORT.format(title="An example report", name="example-report", today=today),
        content / "briefs" / "example-brief.yaml": BRIEF.format(title="An example brief", today=today, report="example-report"),
    }
    ignore = directory / ".gitignore"
    if not ignore.exists():
        files[ignore] = IGNORED
    created = _write_new(files)
    if ignore not in files:  # a git repository already: add our lines to its own
        _add_ignored(ignore)
        created.append(ignore)
    return created


def _add_ignored(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    missing = [line for line in IGNORED.splitlines() if line not in text.splitlines()]
    if missing:
        lead = "" if not text or text.endswith("\n") else "\n"
        path.write_text(text + lead + "\n".join(missing) + "\n", encoding="utf-8")


def new_file(root: Path, kind: str, name: str, today: dt.date) -> Path:
    if problem := id_problem(name):
        raise ScaffoldError(f'"{name}" is not a valid id: {problem}')
    if not (root / "content").is_dir():  # a mistyped --root, or not a site yet
        raise ScaffoldError(f"{root} has no content/ folder: not a briefing site (`briefing init DIR` starts one)")
    title = name.replace("-", " ").replace("_", " ").capitalize()
    if kind == "report":
        path = root / "content" / "reports" / f"{name}.md"
        text = REPORT.format(title=title, name=name, today=today)
    else:
        path = root / "content" / "briefs" / f"{name}.yaml"
        reports = sorted((root / "content" / "reports").glob("*.md"))
        text = BRIEF.format(title=title, today=today, report=reports[0].stem if reports else "REPORT-ID")
    return _write_new({path: text})[0]


def _write_new(files: dict[Path, str]) -> list[Path]:
    for path in files:
        if path.exists():
            raise ScaffoldError(f"{path} already exists; nothing was changed")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)

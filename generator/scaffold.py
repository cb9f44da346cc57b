"""`briefing init` and `briefing new`: starting files that build cleanly as they are."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator.citations import locate_quote
from generator.diagnostics import without_controls
from generator.fields import ID_HINT, ID_PATTERN, MAX_ID, id_problem
from generator.filestate import read_regular, refusal
from generator.load import content_parser, content_root
from generator.markup import make_markdown, plain_text
from generator.model import QuoteStatus
from generator.normalize import normalize
from generator.store import CACHE_DIR
from generator.write import MARKER
from generator.yamldoc import YamlDoc, parse_yaml

SITE = """\
title: My Briefing
# The address the site will be published at. Until it is set, builds warn, and write no feed,
# no sitemap and no links from e-mail briefs to the site.
# base_url: https://briefing.your-team.org/
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
title: {title}
publisher: "Example News"
url: ""               # the address it was archived from, if it has one
published: {today}
kind: news            # news | social | state-media | official | analysis | defector | other
reliability: F        # Admiralty source grade A–F; F = cannot be judged
language: {language}
topics: [{topics}]
provinces: []         # the provinces it is about, e.g. [Ryanggang, North Hamgyong]
---
Paste the archived text of the source here, exactly as it was published.

Claims quote its exact words, so keep it unchanged.
"""

BRIEF = """\
title: {title}
date: {today}
author: ""
summary: |
  What this brief establishes, in a few sentences.
topics: [{topics}]
provinces: []   # the provinces it is about, e.g. [Ryanggang, North Hamgyong]
claims:
  - id: first-claim
    text: "The claim, in your own words."
    confidence: moderate   # low | moderate | high
    credibility: 3         # Admiralty information credibility 1–6
    sources:
      - report: {report}
        quote: {quote}
"""


_EXAMPLE_QUOTE = "Claims quote its exact words"  # of REPORT's text
_QUOTED_WORDS = 8  # enough to be found in one place, short enough to read as a quote
_REPORTS_TRIED = 20
_LINES_TRIED = 40
# A line that reads as prose: a few words in lower case (or a script without case), or in a
# language written without spaces a few characters
_PROSE_WORDS, _PROSE_CHARACTERS = 2, 12
_TRAILING = ".,;:!?…—–-\"'”’)]"  # a quote ends on a word, not the punctuation after it
_MAX_SLUG = 60
# Latin letters NFKD leaves whole, which the slug would otherwise lose ("Straße" → "strasse")
_UNDECOMPOSED = str.maketrans({"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
                               "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th", "Þ": "TH", "ð": "d", "Ð": "D",
                               "ı": "i", "ħ": "h", "Ħ": "H"})
# Russian and Ukrainian letters in Latin ones, enough to name a file ("Цены на рис" → tseny-na-ris)
_CYRILLIC = str.maketrans({**dict(zip("абвгдезийклмнопрстуфыэіґ", "abvgdeziyklmnoprstufyeig")),
                           "ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
                           "ь": "", "ю": "yu", "я": "ya", "ї": "yi", "є": "ye"})
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
IGNORED = "/site/\n.briefing-cache/\n"  # what a build writes in the site folder


class ScaffoldError(Exception):
    pass


def init_site(directory: Path, today: dt.date) -> list[Path]:
    content = directory / "content"
    if (file := _file_on_the_way(directory)) is not None:
        raise ScaffoldError(f"{file} is a file, not a folder: name a folder for the new site; nothing was changed")
    if content.exists():
        raise ScaffoldError(f"{content} already exists; nothing was changed")
    if (inside := _inside_a_site(directory)) is not None:
        raise ScaffoldError(f"{directory} is inside {inside}, which a build replaces or reads: "
                            "start the new site in a folder of its own; nothing was changed")
    files = {
        content / "site.yaml": SITE,
        content / "topics.yaml": TOPICS,
        content / "places.yaml": PLACES,
        content / "reports" / "example-report.md": _report("An example report", today, _SiteFacts()),
        content / "briefs" / "example-brief.yaml": _brief("An example brief", today, _SiteFacts(),
                                                          ("example-report", _EXAMPLE_QUOTE)),
    }
    ignore = directory / ".gitignore"
    existing = _existing_ignore(ignore)  # checked before anything is written: all or nothing
    if existing is None:
        files[ignore] = IGNORED
    created = _write_new(files)
    if existing is not None:  # a git repository already: add our lines to its own
        if _add_ignored(ignore, existing):
            created.append(ignore)
    return created


def _file_on_the_way(directory: Path) -> Path | None:
    """`directory` itself, or the nearest folder it would be made in, when that is no folder
    ("f/sub" with f a file): said as such, not as whatever the first write would fail with."""
    for path in (directory, *directory.parents):
        if path.exists():
            return None if path.is_dir() else path
    return None


def _inside_a_site(directory: Path) -> Path | None:
    """The built output folder (it has a build's marker) or the content/, templates/ or
    build cache folder of a site that `directory` is in, if any: the next build would delete
    a site started in the output, take the files of one in content/ or templates/ for its own,
    and a cache is anyone's to delete. Where the path goes through a link, the folders it
    leads to count too ("alias/nested" with alias a link to a site's content/)."""
    for folder in dict.fromkeys([Path(os.path.abspath(directory)), directory.resolve()]):
        for parent in (folder, *folder.parents):
            if (parent / MARKER).is_file() or (parent.name == "content" and (parent / "site.yaml").is_file()) \
                    or (parent.name in _SITE_FOLDERS and (parent.parent / "content" / "site.yaml").is_file()):
                return parent
    return None


_SITE_FOLDERS = ("templates", CACHE_DIR)


def _existing_ignore(path: Path) -> bytes | None:
    """The bytes of the folder's .gitignore, None when there is none; a ScaffoldError when it
    is no regular file (a folder, a pipe that would never end, a link that writes elsewhere)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ScaffoldError(f"cannot read {path}: {exc.strerror}; nothing was changed") from None
    if not stat.S_ISREG(mode):
        raise ScaffoldError(f"{path} is not a regular file (a folder, link or pipe); nothing was changed")
    try:
        return path.read_bytes()  # git reads it as bytes: any encoding is kept as it is
    except OSError as exc:
        raise ScaffoldError(f"cannot read {path}: {exc.strerror}; nothing was changed") from None


def _add_ignored(path: Path, text: bytes) -> bool:
    """Our lines added to the folder's .gitignore, if it lacks them: whether it was changed."""
    lines = text.splitlines()
    missing = [line for line in IGNORED.encode().splitlines() if line not in lines]
    if not missing:
        return False
    lead = b"" if not text or text.endswith(b"\n") else b"\n"
    path.write_bytes(text + lead + b"\n".join(missing) + b"\n")
    return True


def new_file(root: Path, kind: str, name: str, today: dt.date) -> Path:
    """A new report or brief that builds cleanly in the site as it is: its topic is one of the
    site's, and a brief quotes words its newest report really has."""
    for suffix in _SUFFIX_OF[kind]:  # "briefing new report rice.md": the file is rice.md, not rice.md.md
        if name.endswith(suffix) and len(name) > len(suffix) and not any(c.isspace() for c in name):
            name = name[:-len(suffix)]
    file_id, title = _id_and_title(name)
    if not file_id:  # a title in a script not made Latin here (大米价格): named for the day
        return _new_dated(root, kind, title, today)
    if len(file_id.encode("utf-8")) > MAX_ID:
        raise ScaffoldError(f'"{file_id[:40]}…" is too long for a file name ({len(file_id)} characters): '
                            f"give a shorter id, or a title")
    if not (root / "content").is_dir():  # a mistyped --root, or not a site yet
        raise ScaffoldError(f"{root} has no content/ folder: not a briefing site (`briefing init DIR` starts one)")
    path, text = _new_text(root, kind, file_id, title, today)
    return _write_new({path: text}, root)[0]


def _new_text(root: Path, kind: str, file_id: str, title: str, today: dt.date) -> tuple[Path, str]:
    facts = _SiteFacts.of(root)
    if kind == "report":
        return root / "content" / "reports" / f"{file_id}.md", _report(title, today, facts)
    return root / "content" / "briefs" / f"{file_id}.yaml", _brief(title, today, facts, _quotable(root, facts.language))


def _new_dated(root: Path, kind: str, title: str, today: dt.date) -> Path:
    """report-2026-12-02, or -2, -3 … after it: the first id no file has, even when another
    `briefing new` takes one at the same moment (the file is created only if it is not there)."""
    if not (root / "content").is_dir():
        raise ScaffoldError(f"{root} has no content/ folder: not a briefing site (`briefing init DIR` starts one)")
    for n in range(1, 1000):
        path, text = _new_text(root, kind, f"{kind}-{today.isoformat()}" + ("" if n == 1 else f"-{n}"), title, today)
        try:
            return _write_new({path: text}, root)[0]
        except _Taken:
            continue
    raise ScaffoldError(f"{kind}-{today.isoformat()} and 999 numbers after it are taken: give the file an id")


# Revised Romanization, letter by letter: enough to name a file ("북한 쌀값" → bukhan-ssalgap),
# without the sound changes between syllables a reader's transcription would make.
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()


def romanized(text: str) -> str:
    """`text` with its Hangul syllables in Latin letters."""
    def syllable(c: str) -> str:
        index = ord(c) - 0xAC00
        if not 0 <= index < 11172:
            return c
        initial, medial, final = index // 588, index % 588 // 28, index % 28
        return "".join(part for part in (_INITIALS[initial], _MEDIALS[medial], _FINALS[final]) if part != "-")
    return "".join(syllable(c) for c in text)


_SUFFIX_OF = {"report": (".md",), "brief": (".yaml", ".yml")}


def _id_and_title(name: str) -> tuple[str, str]:
    """`briefing new report rfa-2024-05-01-rice` names the file; `briefing new report "Rice
    prices in Hyesan"` is a title, and the file is named for it (rice-prices-in-hyesan)."""
    if not id_problem(name) or (ID_PATTERN.fullmatch(name) and len(name) > MAX_ID):  # an id, maybe too long (below)
        return name, name.replace("-", " ").replace("_", " ").capitalize()
    # A path has no spaces or names a file; a title may have a slash ("Rice prices in 2023/24").
    spaced = any(c.isspace() for c in name)
    if any(sep in name for sep in "/\\") and (not spaced or name.endswith((".md", ".yaml", ".yml"))):
        raise ScaffoldError(f'"{name}" is a path: give a name, and --root for the site it goes in')
    latin = romanized(name).translate(_UNDECOMPOSED).lower().translate(_CYRILLIC)
    ascii_text = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > _MAX_SLUG:  # a sentence pasted as a title: cut at a word
        slug = slug[:_MAX_SLUG].rsplit("-", 1)[0]
    if not any(c.isalpha() for c in slug) and not name.isascii() and name.strip():
        return "", " ".join(name.split())  # no letter made Latin ("北朝鮮 2024", "🌾"): new_file names it for the day
    if not slug or id_problem(slug):
        raise ScaffoldError(f'"{name}" is not a valid id: {id_problem(name) or ID_HINT}')
    return slug, " ".join(name.split())


@dataclass(frozen=True)
class _SiteFacts:
    """What a new file takes from its site: a topic it has and its language."""

    topic: str = "economy"  # the one `briefing init` writes
    language: str = "en"

    @classmethod
    def of(cls, root: Path) -> _SiteFacts:
        within = content_root(root)
        topics = _yaml_file(root / "content" / "topics.yaml", within)
        site = _yaml_file(root / "content" / "site.yaml", within)
        site = site.data if site is not None else None
        # as written: "id: 010" is the topic "010", as the build reads it
        ids = [topics.text(i, "id") for i in range(len(topics.data))] \
            if topics is not None and isinstance(topics.data, list) else []
        topic = next((i for i in ids if i and not id_problem(i)), "")
        language = site.get("language") if isinstance(site, dict) else None
        return cls(topic, language if isinstance(language, str) and _LANGUAGE.fullmatch(language) else "en")


def _yaml_file(path: Path, within: str) -> YamlDoc | None:
    """The file's document, or None: a broken file is for `briefing check` to explain, and a
    new file need not wait for it. Read as the build reads it (load.py): only a regular
    file inside content/ (a named pipe would block for ever), nesting and aliases bounded."""
    if refusal(str(path), within):
        return None
    try:
        return parse_yaml(read_regular(str(path)).decode("utf-8"), path.name, [])
    except (OSError, UnicodeDecodeError):
        return None


def _quotable(root: Path, language: str) -> tuple[str, str]:
    """The newest report (the one just archived, most likely) and the first words of its text,
    checked to be found verified as a quote; a placeholder when no report has any."""
    md = make_markdown()
    within = content_root(root)
    newest = sorted((root / "content" / "reports").glob("*.md"), key=_newest_first)
    # Only those tried are looked at closely: an archive has thousands.
    reports = list(itertools.islice((p for p in newest if not refusal(str(p), within)), _REPORTS_TRIED))
    for path in reports:
        try:
            raw = content_parser(path.name)(read_regular(str(path)).decode("utf-8"), [])
        except (OSError, UnicodeDecodeError):
            continue
        if raw is None or id_problem(path.stem):
            continue
        text = plain_text(md, without_controls(raw.body))
        normal = normalize(text)
        for quote in _openings(text):
            if locate_quote(path.stem, quote, normal, text, language).status is QuoteStatus.VERIFIED:
                return path.stem, quote
    if not reports:  # a brief must cite one: a placeholder would not build
        raise ScaffoldError("the site has no report for a brief to cite: add one first "
                            "(`briefing new report TITLE`); nothing was changed")
    return reports[0].stem, "the report's exact words"


def _openings(text: str) -> Iterator[str]:
    """The first words of the first lines of `text` that read as prose, then of its first line:
    a report that opens with a table, a list, a dateline or a byline ("a", "1", "SEOUL, March 5
    (Yonhap) --", "By Kim Jong-min") is quoted from the sentence after it."""
    lines = [" ".join(line.split()[:_QUOTED_WORDS]).rstrip(_TRAILING).rstrip()
             for line in text.split("\n")[:_LINES_TRIED]]
    yield from dict.fromkeys(line for line in (*filter(_reads_as_prose, lines), *lines[:1]) if line)


def _reads_as_prose(line: str) -> bool:
    """A few words not capitalised, as a sentence has and a dateline or byline has not; or,
    in a language written without spaces, a few characters."""
    words = line.split()
    if len(words) == 1:
        return len(line) >= _PROSE_CHARACTERS
    return sum(word[0].isalpha() and not word[0].isupper() for word in words) >= _PROSE_WORDS


def _newest_first(path: Path) -> tuple[float, str]:
    try:
        return -path.stat().st_mtime, path.name
    except OSError:
        return 0.0, path.name


def _report(title: str, today: dt.date, facts: _SiteFacts) -> str:
    return REPORT.format(title=_quoted(title), today=today, language=facts.language, topics=_topics(facts))


def _brief(title: str, today: dt.date, facts: _SiteFacts, cited: tuple[str, str]) -> str:
    return BRIEF.format(title=_quoted(title), today=today, topics=_topics(facts), report=cited[0],
                        quote=_quoted(cited[1]))


def _topics(facts: _SiteFacts) -> str:
    """The site's first topic in a YAML list's brackets: quoted where YAML would read it as
    something else (the topics "null", "010" and "yes")."""
    if not facts.topic:
        return ""
    return facts.topic if yaml.safe_load(f"[{facts.topic}]") == [facts.topic] else _quoted(facts.topic)


def _quoted(text: str) -> str:
    # A JSON string is a YAML double-quoted scalar: quotes, backslashes and colons stay text.
    return json.dumps(text, ensure_ascii=False)


class _Taken(ScaffoldError):
    """The file, or one whose name differs only in case, exists already."""


def _write_new(files: dict[Path, str], root: Path | None = None) -> list[Path]:
    """Write `files`, each new; into `root`'s content/ (if given), never through a link to a
    folder outside it, which the build ignores (load.py): the new file would not build."""
    for path in files:
        if root is not None and path.parent.exists() and \
                not path.parent.resolve().is_relative_to((root / "content").resolve()):
            raise ScaffoldError(f"{path.parent} links to a folder outside content/, which the build ignores; "
                                "nothing was changed")
        if os.path.lexists(path):  # a link to nothing too: writing would follow it
            raise _Taken(f"{path} already exists; nothing was changed")
        for folder in path.parents:
            if folder.is_dir():
                break
            if os.path.lexists(folder):
                what = "a link to nothing" if folder.is_symlink() and not folder.exists() else "not a folder"
                raise ScaffoldError(f"{folder} is {what}; nothing was changed")
        # Ids that differ only in case make two pages of one address on a case-insensitive
        # disk, and the build refuses them: the new file would break the next build.
        twin = next((p for p in (path.parent.iterdir() if path.parent.is_dir() else ())
                     if p.name.casefold() == path.name.casefold()), None)
        if twin is not None:
            differs = ", its name differing only in case" if twin.name != path.name else ""
            raise _Taken(f"{twin} already exists{differs}; nothing was changed")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with path.open("x", encoding="utf-8") as file:  # made here, or not at all
                file.write(text)
        except FileExistsError:  # made by another run since it was looked for
            raise _Taken(f"{path} already exists; nothing was changed") from None
    return list(files)

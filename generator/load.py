"""Stage 1: read the content files into raw records that remember source positions.

Nothing here knows about HTML or about what a field means: YAML is parsed (yamldoc.py)
into plain values plus a map from each value's key path to its line and column,
Markdown bodies are kept as text with the line they start on. Unreadable files, bad
encodings and YAML syntax errors become diagnostics, never exceptions.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.cache import BuildCache, Stripped
from generator.diagnostics import Diagnostic, Pos, error, strip_control, warning
from generator.fields import file_name_problem
from generator.filestate import FOLDER, not_regular, read_bytes, refusal, refusal_hint, stat_key
from generator.media import load_media
from generator.model import Province, RawGeoJson
from generator.scratch import is_temporary, is_vim_probe
from generator.themepath import tree
from generator.yamldoc import YamlDoc, parse_yaml

GAZETTEER = Path(__file__).parent / "data" / "provinces.json"
BUILTIN_BOUNDARIES = Path(__file__).parent / "data" / "provinces.geojson"


@dataclass(frozen=True, slots=True)
class RawReport:
    path: str
    front: YamlDoc
    body: str
    body_line: int


@dataclass(frozen=True, slots=True)
class LoadedSite:
    root: Path
    site: YamlDoc | None
    topics: YamlDoc | None
    places: YamlDoc | None
    reports: tuple[RawReport, ...]
    briefs: tuple[YamlDoc, ...]
    media: dict[str, bytes]  # content/media/ files published, by path relative to content/media/
    gazetteer: tuple[Province, ...]
    boundaries: RawGeoJson
    diagnostics: tuple[Diagnostic, ...]
    # Files that exist but could not be read or parsed, as content paths: later stages do
    # not report references to what they hold as unknown (one mistake, one message).
    unreadable: frozenset[str] = frozenset()
    digests: dict[str, str] = field(default_factory=dict)  # content path → digest of its bytes
    refused_media: frozenset[str] = frozenset()  # content/media/ files not published (see media.py)


def content_parser(rel: str) -> Callable[[str, list[Diagnostic]], Any]:
    """How a report (.md) or a YAML file of content/ is parsed."""
    if rel.endswith(".md"):
        return functools.partial(_parse_report, rel)
    return lambda text, mine: parse_yaml(text, rel, mine)


class _Reader:
    """Reads and parses content files, reusing a cached parse when the bytes are the same.

    A file whose size, mtime, ctime and inode are as cached is not even read — unless it was cached
    so soon after being written that a second write could share its mtime ("racy" entries,
    as git calls them): those are read again and compared by digest."""

    def __init__(self, root: Path, cache: BuildCache | None, changed: frozenset[str] | None = None):
        self.root, self.cache = root, cache
        self.content = content_root(root)
        # With word of what changed (serve's watcher; the last build's record of every stat,
        # for `briefing build`), the other cached files are not even looked at: checking
        # 10,000 stats again costs more than the rest of an edit. A file cached too soon
        # after it was written for its stat to vouch for it is looked at all the same.
        self.changed = changed
        self.digests: dict[str, str] = {}

    def parse(self, rel: str, diags: list[Diagnostic], parse: Callable[[str, list[Diagnostic]], Any]) -> Any:
        entry = self.cache.files.get(rel) if self.cache is not None else None
        if entry is not None and isinstance(entry[3], Stripped) and (rel, entry[2]) not in self.cache.validated:
            entry = None  # the parse was dropped and its validation is gone too: parse again
        if (entry is not None and self.changed is not None and rel not in self.changed and not entry[1]
                and rel.startswith("content/")):
            return self._reuse(rel, entry, diags)
        path = os.path.join(self.root, rel)
        try:
            stat = os.stat(path)
        except OSError as exc:
            diags.append(error(Pos(rel), f"cannot read file: {exc.strerror or exc}"))
            return None
        if problem := not_regular(stat):  # never opened: a named pipe would block for ever
            diags.append(error(Pos(rel), f"not read: {os.path.basename(rel)} {problem}"))
            return None
        key = stat_key(stat)
        if entry is not None and entry[0] == key and not entry[1]:
            return self._reuse(rel, entry, diags)
        try:
            raw, digest, racy = read_bytes(path, stat)
        except OSError as exc:
            diags.append(error(Pos(rel), f"cannot read file: {exc.strerror or exc}"))
            return None
        if entry is not None and entry[2] == digest:
            self.cache.files[rel] = (key, racy, digest, entry[3], entry[4])
            return self._reuse(rel, entry, diags)
        mine: list[Diagnostic] = []
        text = decode(raw, rel, mine)
        result = None if text is None else parse(text, mine)
        kind = _KINDS.get(rel.rpartition("/")[0])
        if result is None and kind and (problem := file_name_problem(rel, kind)):
            mine.append(problem)  # as validate says of a file it reads: all problems at once
        if self.cache is not None:
            self.cache.files[rel] = (key, racy, digest, result, tuple(mine))
        self.digests[rel] = digest
        diags.extend(mine)
        return result

    def _reuse(self, rel: str, entry: tuple, diags: list[Diagnostic]) -> Any:
        self.digests[rel] = entry[2]
        diags.extend(entry[4])
        return entry[3]


_KINDS = {"content/reports": "report", "content/briefs": "brief"}  # folders of files named for their ids


def _content_folder(content: Path, root: Path, diags: list[Diagnostic]) -> bool:
    """Whether `content` is a folder that can be read; else the one error that says why."""
    try:
        if os.path.lexists(content) and not os.path.isdir(content):
            what = "a link to nothing" if os.path.islink(content) else "a file"
            diags.append(error(Pos("content"), f"content in {root} is {what}, not a folder",
                               "move it aside, and run `briefing init DIR` to start a site, or pass --root"))
            return False
        if not os.path.isdir(content):
            diags.append(error(Pos("content"), f"no content/ folder in {root}",
                               "run `briefing init DIR` to start a site, or pass --root"))
            return False
        with os.scandir(content):
            pass
    except OSError as exc:  # (root itself may not be searchable: stat fails with EACCES)
        diags.append(error(Pos("content"), f"cannot read the content/ folder: {exc.strerror or exc}",
                           "give the user running Briefing permission to read it (chmod u+rx content)"))
        return False
    return True


def load_site(root: Path, cache: BuildCache | None = None, changed: frozenset[str] | None = None) -> LoadedSite:
    """Read `root/content/`; every problem found on the way is in `diagnostics`. `changed`,
    when given, names every file changed since the build that filled `cache` (the others
    are taken from it as they are); the caller has judged it with usable_hint first."""
    diags: list[Diagnostic] = []
    reader = _Reader(root, cache, changed)
    content = root / "content"
    found = _content_folder(content, root, diags)
    # Without content/ at all, that is the one error to show: not each file it would hold.
    site = _load_yaml_file(reader, "content/site.yaml", diags, required=True) if found else None
    topics = _load_yaml_file(reader, "content/topics.yaml", diags, required=False) if found else None
    places = _load_yaml_file(reader, "content/places.yaml", diags, required=False) if found else None
    reports = tuple(
        report
        for path in (_listed(root, "reports", ".md", diags, cache, changed) if found else ())
        if (report := reader.parse(path, diags, content_parser(path))) is not None
    )
    briefs = tuple(
        doc
        for path in (_listed(root, "briefs", ".yaml", diags, cache, changed) if found else ())
        if (doc := reader.parse(path, diags, content_parser(path))) is not None
    )
    boundaries = _load_boundaries(reader, site, diags)
    media = load_media(root, reader.content, diags if found else [])
    unreadable = frozenset(d.pos.path for d in diags if d.is_error)
    return LoadedSite(root, site, topics, places, reports, briefs, media.published, load_gazetteer(),
                      boundaries, tuple(diags), unreadable, dict(sorted(reader.digests.items())), media.refused)


def content_root(root: Path) -> str:
    """The real path of content/, inside which everything read or published must resolve. If
    content/ is itself a link, where it leads counts: whoever set up the site chose to keep
    its content there (a shared checkout, another disk); a link inside content/ is one file's
    choice, and one leading out of it would read or publish what nobody put in the site."""
    return os.path.realpath(root / "content")


def load_gazetteer() -> tuple[Province, ...]:
    data = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    return tuple(
        Province(**{**entry, "aliases": tuple(entry["aliases"])}) for entry in data["provinces"]
    )


@functools.lru_cache(maxsize=1)
def _builtin_boundaries() -> RawGeoJson:
    """Ours, parsed once a process: the same object build after build (see resolve)."""
    return RawGeoJson("", json.loads(BUILTIN_BOUNDARIES.read_text(encoding="utf-8")))


def _load_boundaries(reader: _Reader, site: YamlDoc | None, diags: list[Diagnostic]) -> RawGeoJson:
    """The user's admin-1 GeoJSON when site.yaml names one (map.boundaries), else ours."""
    builtin = _builtin_boundaries()
    rel = site.text("map", "boundaries") if site is not None else None
    if reader.cache is not None:  # for serve's watcher, even (above all) when it is missing
        named = os.path.normpath(rel.strip()) if rel and rel.strip() else ""
        reader.cache.wanted = frozenset([named] if named and not named.startswith("..") and "\0" not in named and
                                        not os.path.isabs(named) else [])
    if rel is None or not rel.strip():
        return builtin  # validate reports a value that is not a path
    where = site.pos("map", "boundaries")
    real_root = os.path.realpath(reader.root)
    path = os.path.join(reader.root, rel.strip())
    problem = refusal(path, real_root, "the site folder")
    if problem:
        diags.append(error(where, f'boundaries file "{strip_control(rel)}" {problem}',
                           "give a GeoJSON file's path relative to the site root"))
        return builtin
    shown = Path(os.path.relpath(os.path.realpath(path), real_root)).as_posix()
    if shown.startswith("content/") and shown.endswith((".md", ".yaml", ".yml")):
        # A file Briefing reads as content (site.yaml, a report, a brief), never GeoJSON: the
        # loader has it parsed as what it is already.
        diags.append(error(where, f'boundaries file "{strip_control(rel)}" is one of the site\'s content files, '
                                  f"not GeoJSON", "give a GeoJSON file's path relative to the site root"))
        return builtin

    def parse(text: str, mine: list[Diagnostic]) -> RawGeoJson | None:
        try:
            return RawGeoJson(shown, json.loads(text, object_pairs_hook=_unique_keys, parse_int=_json_int))
        except _DuplicateKey as exc:
            mine.append(error(Pos(shown), f'invalid GeoJSON: the key "{strip_control(exc.key)}" twice in one object',
                              "a reader would take either value: keep one"))
            return None
        except RecursionError:
            mine.append(error(Pos(shown), "invalid GeoJSON: nested too deeply to read (thousands of brackets)"))
            return None
        except ValueError as exc:
            line, col = getattr(exc, "lineno", 0), getattr(exc, "colno", 0)
            mine.append(error(Pos(shown, line, col), f"invalid GeoJSON: {getattr(exc, 'msg', exc)}"))
            return None

    return reader.parse(shown, diags, parse) or builtin


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object, whose keys must differ: of {"code": "KP-09", "code": "KP-01"} Python keeps
    the last silently, and the outline would be drawn for another province."""
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _DuplicateKey(key)
        found[key] = value
    return found


def _json_int(digits: str) -> int | float:
    # Python refuses to read an int of more than 4,300 digits, with advice for programmers;
    # as a float it is infinite, which the coordinates' check says plainly.
    return int(digits) if len(digits) < 100 else float(digits)


def usable_hint(root: Path, cache: BuildCache | None, changed: frozenset[str] | None) -> frozenset[str] | None:
    """`changed`, if a build may go by it: every changed content file is one the cache holds
    and the folder listings name, and is still a plain file there (not a link, which may
    point out of content/). Otherwise None: a file came, went, moved or changed kind, so
    every file and folder is looked at. Decide before anything else fills the cache."""
    if changed is None or cache is None or not cache.listing:
        return None
    listed: dict[str, set[str]] = {}
    for rel in changed:
        if rel in ("content", "content/reports", "content/briefs", "content/media"):
            return None  # a folder swapped for another (or for a link to one): every file of it is new
        if not rel.startswith("content/"):
            continue  # read (or not) by name and always stat-checked
        if rel not in cache.files or not _plain_file(os.path.join(root, rel)):
            return None
        folder, _, name = rel[len("content/"):].partition("/")
        if folder in ("reports", "briefs") and "/" not in name:
            if folder not in cache.listing:
                return None
            if folder not in listed:
                listed[folder] = set(cache.listing[folder][0])
            if rel not in listed[folder]:
                return None
    return changed


def _plain_file(path: str) -> bool:
    return not os.path.islink(path) and os.path.isfile(path)


def _listed(root: Path, folder: str, suffix: str, diags: list[Diagnostic], cache: BuildCache | None,
            changed: frozenset[str] | None) -> list[str]:
    """content_files, kept in the cache for builds where no file came or went."""
    if cache is not None and changed is not None and folder in cache.listing:
        found, problems = cache.listing[folder]
    else:
        problems: list[Diagnostic] = []
        found = content_files(root, folder, suffix, problems)
        if cache is not None:
            cache.listing[folder] = (found, problems)
    diags.extend(problems)
    return found


def content_files(root: Path, folder: str, suffix: str, diags: list[Diagnostic]) -> list[str]:
    """The content files of content/<folder>/ by name, as paths relative to `root`. What looks
    like content but may not be read (see filestate.refusal) is warned about and left out."""
    base = os.path.join(root, "content", folder)
    within = content_root(root)
    problem = refusal(base, within, folder=True)
    if problem:
        if problem != "does not exist":
            diags.append(warning(Pos(f"content/{folder}"), f"ignored: {folder} {problem}", refusal_hint(problem)))
        return []
    # os.scandir and plain strings: pathlib costs more than the reading on a large archive.
    try:
        entries = sorted(os.scandir(base), key=lambda e: e.name)
    except OSError as exc:
        diags.append(error(Pos(f"content/{folder}"), f"cannot read folder: {exc.strerror or exc}"))
        return []
    found = []
    for entry in entries:
        name = entry.name
        rel = f"content/{folder}/{name}"
        if is_temporary(name) or is_vim_probe(name):
            continue
        stem, dot, ext = name.rpartition(".")
        ext = dot + ext if dot else ""
        wanted = ext == suffix or (suffix == ".yaml" and ext == ".yml")
        # A plain file in a folder inside content/ is inside too, as the listing itself says:
        # only links and odd files cost a closer look.
        problem = "" if entry.is_file(follow_symlinks=False) else refusal(entry.path, within)
        if problem == FOLDER and not wanted:
            # A subfolder is not read (the id of a report or brief is its file's stem, and
            # the layout is flat). Notes or images there are not a mistake; reports or briefs
            # there are, unless the folder is hidden (skipped above) to park them.
            held = _held(entry.path, suffix)
            if held:
                files, them = (f"{held} {suffix} files", "them") if held > 1 else (f"1 {suffix} file", "it")
                diags.append(warning(Pos(rel), f"ignored: {files} in a subfolder; {folder} are read from "
                                     f"content/{folder}/ itself", f"move {them} up to content/{folder}/, or "
                                     f"rename the folder to .{name} to keep {them} out without this warning"))
            continue
        if problem:
            diags.append(warning(Pos(rel), f"ignored: {name} {problem}", refusal_hint(problem)))
        elif wanted:
            found.append(rel)
        else:
            diags.append(warning(Pos(rel), f"ignored: {folder} must be {suffix} files",
                                 f"rename it to {stem or name}{suffix} if it is content"))
    return found


_SUFFIXES = {".md": (".md",), ".yaml": (".yaml", ".yml")}


def _held(folder: str, suffix: str) -> int:
    """How many files named like content (`suffix`) lie in `folder`, at any depth, outside
    hidden folders (themepath.tree: links are not followed, and no recursion)."""
    base = Path(folder)
    return sum(1 for path in tree(base) if path.name.endswith(_SUFFIXES[suffix])
               and (path.is_symlink() or not path.is_dir())
               and not any(is_temporary(part) for part in path.relative_to(base).parts))


def decode(raw: bytes, rel: str, diags: list[Diagnostic]) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[:exc.start].replace(b"\r\n", b"\n").replace(b"\r", b"\n")  # line ends as below
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff"))  # its byte order mark
        diags.append(error(Pos(rel, line, col),
                           f"file is not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
                           "it is UTF-16 (it starts with UTF-16's byte order mark): save it as UTF-8" if utf16
                           else "save the file as UTF-8"))
        return None
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _load_yaml_file(reader: _Reader, rel: str, diags: list[Diagnostic], *, required: bool) -> YamlDoc | None:
    """site.yaml, topics.yaml or places.yaml: files named, not listed (content_files)."""
    path = os.path.join(reader.root, rel)
    try:
        os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        if required:
            diags.append(error(Pos(rel), "missing file", "every site needs content/site.yaml with at least a title"))
        return None
    except OSError as exc:  # content/ itself unreadable (chmod 000): the file may well be there
        diags.append(error(Pos(rel), f"cannot read file: {exc.strerror or exc}"))
        return None
    if problem := refusal(path, reader.content):
        # An error, not "ignored": the site cannot be built as meant without the file.
        diags.append(error(Pos(rel), f"not read: {os.path.basename(rel)} {problem}", refusal_hint(problem)))
        return None
    return reader.parse(rel, diags, content_parser(rel))


def _parse_report(rel: str, text: str, diags: list[Diagnostic]) -> RawReport | None:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        first = next((i for i, line in enumerate(lines) if line.strip()), 0)
        hint = (f"the front matter must start the file: delete the blank line{'s' if first > 1 else ''} before "
                f"line {first + 1}'s `---`" if first and lines[first].strip() == "---"
                else "start the file with a line `---`, the YAML fields, and another `---`")
        diags.append(error(Pos(rel, 1, 1), "report has no front matter", hint))
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        diags.append(error(Pos(rel, 1, 1), "front matter is not closed",
                           "add a line `---` after the last front-matter field"))
        return None
    front = parse_yaml("\n".join(lines[1:end]), rel, diags, line_offset=1)
    if front is None:
        return None
    body = "\n".join(lines[end + 1:])
    if (nul := body.find("\0")) >= 0:
        # Markdown shows nothing for it, and nothing marks where: a damaged file, or one
        # that is not text, would otherwise build as if it were whole.
        line = body.count("\n", 0, nul)
        col = nul - (body.rfind("\n", 0, nul) + 1) + 1
        diags.append(warning(Pos(rel, end + 2 + line, col), "report holds a NUL byte, which is not shown",
                             "the file may be damaged, or not text: delete the byte, or save the report again"))
    return RawReport(rel, front, body, end + 2)



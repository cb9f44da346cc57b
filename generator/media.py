"""content/media/: which of its files the site publishes, and links to those it does not.

Report text and the files saved with it are untrusted (DESIGN). A file published under
media/ is served from the site's own origin, so an HTML, SVG or XML file there (or a file a
server or browser takes for one) runs its scripts as the site's own the moment a reader
opens it: with its storage, its other pages, its readers' trust. A newsroom cannot review
every file an archive picks up, so what is published is decided by an allow-list of types
that cannot run script when opened — raster images, PDF (browsers show it in their own
sandboxed viewer, never as a document of the site's origin), audio, video, plain text and
CSV — chosen by extension, as file servers choose the Content-Type, and each file's first
bytes must be its type's (a "photo.png" holding HTML is not served to a browser that would
sniff it). Everything else, known or not, stays unpublished with a warning; an image or
link to it renders as one to a missing file does (the alt text; a link to nothing), and is
warned about where it is written (links.py). Inline `data:` images stay limited as markup.py has them.
"""

from __future__ import annotations

import errno
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import Diagnostic, Pos, error, warning
from generator.fields import WINDOWS_DEVICE
from generator.filestate import FOLDER, MAX_FOLDER_DEPTH, MAX_MEDIA_BYTES, read_regular, refusal, refusal_hint
from generator.scratch import is_temporary, is_vim_probe

MEDIA = "content/media"

# extension → (what the file must be, how its first bytes read); text must not start like
# markup, which is what a browser sniffing a file served without a type looks for.
_TYPES: dict[str, tuple[str, bytes]] = {
    "png": ("a PNG image", rb"\x89PNG\r\n\x1a\n"),
    "jpg": ("a JPEG image", rb"\xff\xd8\xff"),
    "jpeg": ("a JPEG image", rb"\xff\xd8\xff"),
    "gif": ("a GIF image", rb"GIF8[79]a"),
    "webp": ("a WebP image", rb"RIFF....WEBP"),
    "avif": ("an AVIF image", rb"....ftypavi[fs]"),
    "pdf": ("a PDF document", rb"%PDF-"),
    "mp3": ("MP3 audio", rb"ID3|\xff[\xe0-\xff]"),
    "m4a": ("MPEG-4 audio", rb"....ftyp"),
    "wav": ("WAV audio", rb"RIFF....WAVE"),
    "flac": ("FLAC audio", rb"fLaC"),
    "ogg": ("Ogg audio", rb"OggS"),
    "oga": ("Ogg audio", rb"OggS"),
    "opus": ("Opus audio", rb"OggS"),
    "mp4": ("MPEG-4 video", rb"....ftyp"),
    "m4v": ("MPEG-4 video", rb"....ftyp"),
    "mov": ("QuickTime video", rb"....(?:ftyp|moov|mdat|wide|free|skip)"),
    "webm": ("WebM video", rb"\x1a\x45\xdf\xa3"),
    "ogv": ("Ogg video", rb"OggS"),
    "txt": ("plain text", rb"(?![\t\n\x0c\r ]*<)"),
    "csv": ("a CSV table", rb"(?![\t\n\x0c\r ]*<)"),
}
_STARTS = {ext: re.compile(start, re.DOTALL) for ext, (_, start) in _TYPES.items()}
PUBLISHED_HINT = ("media/ publishes images (PNG, JPEG, GIF, WebP, AVIF), PDF, audio, video, plain text and "
                  "CSV; HTML, SVG, XML or script would run as the site's own when opened: convert it "
                  "(an SVG chart to PNG or PDF, say)")


@dataclass(frozen=True, slots=True)
class Media:
    published: dict[str, bytes]  # by path relative to content/media/
    refused: frozenset[str]  # files there that are not published (relative paths too)


def load_media(root: Path, within: str, diags: list[Diagnostic]) -> Media:
    """The files of content/media/ the site publishes, and those it does not, each of those
    warned about. `within` is the real path of content/: nothing is read from outside it."""
    base = os.path.join(root, MEDIA)
    problem = refusal(base, within, folder=True)
    if problem:
        if problem != "does not exist":
            diags.append(warning(Pos(MEDIA), f"ignored: media {problem}", refusal_hint(problem)))
        return Media({}, frozenset())
    published: dict[str, bytes] = {}
    refused: set[str] = set()
    folded: dict[str, str] = {}  # each name and folder, folded: as written
    for name, path in _files(base, "", within, diags):
        ext = name.rpartition(".")[2].lower() if "." in name else ""
        why = "" if ext in _TYPES else f"{name} is not a type of file the site publishes"
        hint = PUBLISHED_HINT if why else "rename it"
        if not why and (unportable := _unportable(name)):
            why = f"{name} {unportable}"
        elif not why and (clash := _clash(name, folded)):
            why = f"{name} {clash}"
        if not why:  # a file of a type not published is not even read
            try:
                data = read_regular(path, MAX_MEDIA_BYTES)
            except OSError as exc:
                if exc.errno == errno.EFBIG:  # a recording, say: published elsewhere, linked from here
                    refused.add(name)
                    diags.append(warning(Pos(f"{MEDIA}/{name}"), f"not published: {name}: {exc.strerror}",
                                         "put it on a file host and link to it"))
                else:
                    diags.append(error(Pos(f"{MEDIA}/{name}"), f"cannot read file: {exc.strerror or exc}"))
                continue
            if not _STARTS[ext].match(data):
                why = f"{name} is not {_TYPES[ext][0]}: its bytes do not start like one"
                hint = "save it again as what its name says, or rename it"
        if why:
            refused.add(name)
            diags.append(warning(Pos(f"{MEDIA}/{name}"), f"not published: {why}", hint))
        else:
            published[name] = data
    return Media(published, frozenset(refused))


def _clash(name: str, folded: dict[str, str]) -> str:
    """Why media/`name` cannot stand beside those `folded` holds (and then it is not added),
    or "" (and it is): macOS and Windows ignore case in names, é as one character or as e
    and an accent is one name to macOS, whatever the folder it is in, a file's or a
    folder's ("x.png" and "X.PNG/y.png", "Photos/a.png" and "photos/b.png")."""
    parts = name.split("/")
    paths = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    for path in paths:
        first = folded.get(unicodedata.normalize("NFC", path).casefold(), path)
        if first != path:
            return f'differs only in case or Unicode form from "{first}": one name on macOS and Windows'
    folded.update((unicodedata.normalize("NFC", path).casefold(), path) for path in paths)
    return ""


_NOT_ON_WINDOWS = re.compile(r'[<>:"|?*\\\x00-\x1f]|[. ]$')
# Characters no one can see or type in a name, which a link then cannot name, and which can
# make a name read as another ("bidi\u202egnp.exe.png" shows as "bidiexe.png"): DEL and C1
# controls, bidirectional controls, zero-width spaces, line separators (not the zero-width
# joiner and non-joiner: Persian and Indic words and emoji sequences are spelled with them).
_INVISIBLE = re.compile("[\x7f-\x9f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


_UNDECODED = re.compile("[\udc80-\udcff]")


def _unportable(name: str) -> str:
    """Why the output could not hold media/`name` on Windows (as ids, fields.id_problem), or
    readers could not see what its name is; "" if neither."""
    for part in name.split("/"):
        if _NOT_ON_WINDOWS.search(part):
            return ('cannot be a file name on Windows (no < > : " | ? * \\ or control character, '
                    'no "." or " " at the end)')
        if WINDOWS_DEVICE.fullmatch(part):
            return f'is named like "{part.partition(".")[0]}", a device on Windows'
    if undecoded := _UNDECODED.search(name):  # os.fsdecode's surrogate escape of a byte
        return (f"is not UTF-8 text (byte 0x{ord(undecoded[0]) - 0xDC00:02x}): no link can name it, and other "
                "systems read such a name differently")
    if invisible := _INVISIBLE.search(name):
        return f"has an invisible character in its name (U+{ord(invisible[0]):04X}): no link can name it as readers see it"
    return ""


def _files(folder: str, prefix: str, within: str, diags: list[Diagnostic]) -> Iterator[tuple[str, str]]:
    """(path relative to media/, path) of every file that may be read, by name; hidden and
    scratch files are skipped, and what cannot be read is warned about."""
    if prefix.count("/") >= MAX_FOLDER_DEPTH:
        diags.append(warning(Pos(f"{MEDIA}/{prefix}".rstrip("/")),
                             f"ignored: media/{prefix.rstrip('/')} is more than {MAX_FOLDER_DEPTH} folders deep"))
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        diags.append(error(Pos(f"{MEDIA}/{prefix}".rstrip("/")), f"cannot read folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        name = prefix + entry.name
        if is_temporary(entry.name) or is_vim_probe(entry.name):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _files(entry.path, name + "/", within, diags)
            continue
        # A plain file in a folder inside content/ is inside too: only links and odd files
        # cost a closer look.
        problem = "" if entry.is_file(follow_symlinks=False) else refusal(entry.path, within)
        if problem == FOLDER:  # a link to a folder of content/: following links could loop
            problem = "is a link to a folder (links to folders are not followed here)"
        if problem:
            diags.append(warning(Pos(f"{MEDIA}/{name}"), f"ignored: media/{name} {problem}", refusal_hint(problem)))
        else:
            yield name, entry.path

"""Where every page lives in the output, and links between pages.

Links between pages are relative and name `index.html` explicitly, so a site works from a
plain file server at any base path and straight from disk (file://). Absolute URLs, for
feeds, the sitemap and e-mail, are made from `base_url`.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit


def brief_path(brief_id: str) -> str:
    return f"briefs/{brief_id}/index.html"


def report_path(report_id: str) -> str:
    return f"reports/{report_id}/index.html"


def disputes_folder(brief_id: str, claim_id: str) -> str:
    """Where every claim in dispute with a claim is listed, paged, when there are too many to
    list with it."""
    return f"briefs/{brief_id}/disputes/{claim_id}/"


def brief_email_path(brief_id: str) -> str:
    return f"briefs/{brief_id}/email.html"


def is_brief_email(path: str) -> bool:
    """Whether the site's file `path` is a brief's e-mail file (brief ids hold no "/")."""
    parts = path.split("/")
    return len(parts) == 3 and parts[0] == "briefs" and parts[2] == "email.html"


def topic_path(topic_id: str) -> str:
    return f"topics/{topic_id}/index.html"


def province_path(slug: str) -> str:
    return f"provinces/{slug}/index.html"


def relative(from_page: str, target: str) -> str:
    """A link from the output file `from_page` to the output file `target`."""
    return "../" * from_page.count("/") + target


def base_path(base_url: str) -> str:
    """The path of `base_url` ("/nk-economy/" of "https://example.org/nk-economy/"), or "/"
    without one: where the site's own absolute links (the 404 page's) start."""
    return "/" + base_url.split("://", 1)[1].partition("/")[2] if base_url else "/"


def absolute(base_url: str, target: str) -> str:
    """The published address of `target`; directory pages lose their `index.html`.

    A fragment stays: `reports/x/index.html#q-1` → `…/reports/x/#q-1`."""
    path, hash_sign, fragment = target.partition("#")
    if path == "index.html" or path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return base_url + path + hash_sign + fragment


def _fragment_text(words: list[str]) -> str:
    # A text directive must encode "-", "," and "&", which quote() leaves alone.
    return quote(" ".join(words), safe="").replace("-", "%2D")


# A reference marker in a report: a number in brackets, a Markdown footnote "[^2]", a
# lettered note "[a]", a dagger (citations.py lets a quote leave them out).
# not [1991], a year; a Markdown footnote by name too ("[^src-1]": no prose is written so)
ONE_MARKER = (r"\[\^?\d{1,3}(?:\s?[,\-–—]\s?\d{1,3}){0,6}\]|\[\^[^\]\s^]{1,40}\]|\[[a-z]\]|[†‡]"
              r"|\[citation needed\]")  # (a range or a list of notes too: "[3–5]", "[3, 4]")
# … and a footnote reference defined as a link, read "^2", after anything but a digit or a
# bracket ("10^2", "(in m)^2")
_BREAKING_MARKER = re.compile(rf"(?:{ONE_MARKER}|(?<=[^\d\s)\]])\^\d{{1,3}}(?!\d))+")


def _lines(text: str) -> list[list[str]]:
    """The words of each stretch of `text` between line breaks: in a passage's reading text
    (markup.reading_text) a blank line parts two blocks — paragraphs, table cells, list
    items — and a line break is a hard break (<br>, or a new line in a code block). A
    reference marker parts words too: the original page may show it as "[2]", "2" or not at
    all, so no term of a directive holds it."""
    if "[" in text or "^" in text or "†" in text or "‡" in text:
        text = _BREAKING_MARKER.sub("\n", text)
    return [words for line in text.split("\n") if (words := line.split())]


TERM_WORDS = 4  # a text directive's range takes this many words at each end of a passage


def start_words(spans_text: list[str] | tuple[str, ...]) -> list[str]:
    """The words a passage's text directive begins with: the whole of a short passage on one
    line (one term), else the first TERM_WORDS words of its range's start term."""
    lines = [line for part in spans_text for line in _lines(part)]
    if not lines:
        return []
    return lines[0] if len(lines) == 1 and len(lines[0]) <= 2 * TERM_WORDS else lines[0][:TERM_WORDS]


def _end_term(lines: list[list[str]]) -> list[str]:
    """The last TERM_WORDS words of the passage's last line, or more of that line (up to
    3 × TERM_WORDS) when those words come earlier in the passage too: a browser ends the
    range at the first occurrence of the end term after the start term ("Wages were cut and
    work in the mine stopped; later work in the mine" would end at the first "work in the
    mine"). A passage that repeats itself throughout keeps the longest: the link stays short."""
    words = [word.casefold() for line in lines for word in line]
    last = lines[-1]
    first = min(TERM_WORDS, len(lines[0]))
    most = min(len(last), 3 * TERM_WORDS)
    count = min(TERM_WORDS, len(last))
    while count < most and _earlier(words, count, first):
        count += 1
    return last[-count:]


def _earlier(words: list[str], count: int, first: int) -> bool:
    """Whether the last `count` words occur from word `first` on, before their own place."""
    term, head = words[len(words) - count:], words[len(words) - count]
    return any(words[i] == head and words[i:i + count] == term for i in range(first, len(words) - count))


def text_fragment(url: str, spans_text: list[str], before: str = "", after: str = "",
                  inner: tuple[str, str] = ("", ""), lead: str = "") -> str:
    """`url` with a `#:~:text=` directive that scrolls the original page to the passage.

    A browser matches each term of the directive within one block and between hard breaks
    only, so a passage that crosses one is a range: its first words to its last words, each
    taken from one line (a short passage within one line is quoted whole)."""
    if not url:
        return ""
    lines = [line for part in spans_text for line in _lines(part)]
    if not lines:
        return url
    if len(lines) == 1 and len(lines[0]) <= 2 * TERM_WORDS:
        directive = _fragment_text(start_words(spans_text))
    else:
        start, end = lines[0][:TERM_WORDS], _end_term(lines)
        # A term that ends where an elided passage's first part ends inside a word (or
        # begins where its last part does) takes in the rest of that word.
        first, last = _lines(spans_text[0]), _lines(spans_text[-1])
        if inner[0] and len(first) == 1 and len(first[0]) <= TERM_WORDS:
            start = [*start[:-1], start[-1] + inner[0]]
        if inner[1] and len(last) == 1 and len(last[0]) <= TERM_WORDS:
            end = [inner[1] + end[0], *end[1:]]
        directive = _fragment_text(start) + "," + _fragment_text(end)
    # A passage that begins or ends inside a word (a Korean particle left off, a cut in
    # Chinese) matches only with the rest of that word as the directive's prefix or suffix.
    if before or lead:  # the rest of a cut word, or the words that tell the passage apart
        directive = _fragment_text([before or lead]) + "-," + directive
    if after:
        directive += ",-" + _fragment_text([after])
    # A link copied with a highlight of its own ("Copy link to highlight": #:~:text=…) has
    # a directive already: this one replaces it (appended, it would be read as part of it).
    address, hash_, fragment = url.partition("#")
    url = address + hash_ + fragment.partition(":~:")[0]
    separator = ":~:" if "#" in url else "#:~:"
    return f"{url}{separator}text={directive}"


def has_host(url: str) -> bool:
    """Whether an http(s) `url` names a host a browser can go to: not "https://ex ample.com/",
    "https://[abc/" or "https://[zz]/", nor a port past 65535 (which no link opens)."""
    try:
        parts = urlsplit(url.replace("\\", "/"))
        parts.port  # noqa: B018 — raises for a port out of range
    except ValueError:  # not an address urlsplit can read
        return False
    host = unquote(parts.hostname or "")  # as a browser reads it: "ex%41mple.com" is example.com
    if "[" in parts.netloc:  # an IPv6 address; urlsplit also takes "[v1.example.com]", browsers do not
        return ":" in host and _IPV6.fullmatch(host) is not None
    return _HOST.fullmatch(host) is not None


def bad_port(url: str) -> bool:
    """Whether what has_host refuses in `url` is its port ("http://example.com:99999/")."""
    try:
        urlsplit(url.replace("\\", "/")).port  # noqa: B018
    except ValueError as exc:
        return "port" in str(exc).lower()
    return False


_HOST = re.compile(r"[^\s\x00-\x20/\\?#@:\[\]<>\"'`{}|^%]+")
_IPV6 = re.compile(r"[0-9a-f:.]+")

"""Locating quotes in report text: the heart of the product.

A quote is *verified* when it occurs in the report after both are normalised (normalize.py:
Unicode NFKC, curly quotes and apostrophes, dashes, white space, invisible format characters, case);
*approximate* when only a close fuzzy match exists (rapidfuzz's best partial alignment,
trimmed to the characters that aligned); otherwise *not found*. An ellipsis ("…" or "...")
in a quote stands for omitted words: each part must be found, in order — unless the report
has the same ellipsis in the same place.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple
from dataclasses import dataclass, replace

from markdown_it import MarkdownIt
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from generator.corrections import corrected, footnoted, noticed, satirical
from generator.lazyre import lazy
from generator.leadins import lead_cut
from generator.markup import ROW_CELLS, Sections, make_markdown, plain_inline
from generator.model import Passage, QuoteStatus
from generator.negations import (GOES_ON, NOT_X_BUT, PARTICLE_SYLLABLES, REGIME_VOICE, cut_negation, edge_negation,
                                 elides_negation, is_aside, primary_language, sentence_around)
from generator.normalize import Normalized, hidden_words, normalize, unspaced, without
from generator.passages import passage
from generator.ranges import (bound_cut, currency_cut, group_cut, in_range, magnitude_after, multiple_cut, ratio_cut,
                              scale_cut)
from generator.scopes import SET_OFF_HEDGES, elided_limit, scope_cut, undone_next_paragraph
from generator.urls import ONE_MARKER

# rapidfuzz ratio (0–100) of a "close" match: one word changed in a quote of a sentence
# scores ~82–95 ("for four weeks in March" of "for three weeks": 83), while unrelated
# sentences of the same archive score below 60, and words of two sentences glued ~75–84. A
# long quote scoring as low differs in many words (a third of 3,500 characters: 83): it
# must score higher.
APPROXIMATE_SCORE = 80.0
APPROXIMATE_SCORE_LONG = 85.0
LONG_QUOTE = 150  # characters

CLOSEST_SCORE = 60.0  # a lower cut-off, only to name the closest passage for the author
# Aligning a quote costs about its length cubed, whatever the report: a 1,000-character quote
# that is not there takes ~0.02 s, 2,000 ~0.12 s, 4,000 ~0.9 s. A longer quote is placed by
# aligning its start and its end alone, then compared whole with the stretch between, so a
# mis-pasted brief cannot stall a build and a long quote with a slip is still approximate.
MAX_ALIGNED_CHARS = 1000

# The white space before an ellipsis is taken only from where a run of it begins: "\s*" tried
# at every offset of a long run re-reads the run each time (quadratic; 80,000 spaces in a
# quote took 18 s). Same matches: a match never starts inside a run it could start before.
# An ellipsis is "…" (or "⋯", as Chinese writes it), three or more dots, dots spaced evenly
# (". . ." and Chicago's ". . . ."), any of them in editorial brackets ("[…]", "(...)").
# Dots with uneven spacing are a sentence's full stop and an ellipsis ("March. ... the"):
# the full stop stays with the words before it. Also the omission marks of other
# traditions: Japanese (中略), （略）, Korean (중략), Russian <…>, in brackets of any width.
_ELLIPSIS = lazy(r"(?:(?<!\s)\s+)?(?:[\[(（［<]\s*(?:\.\.\.+|\.(?:\s\.){2,}|[…⋯]+|・{3,}"
                 r"|(?:中|前|後|以下)?略|[중하상생]략)\s*[\])）］>]"
                 r"|\.\.\.+|\.(?:\s\.){2,}|[…⋯]+|・{3,}|･{3,})\s*")  # Japanese may write it ・・・
# An ellipsis as normalize() leaves it ("…" is "...", ". . ." and "[...]" stay as they are)
_NORMALIZED_ELLIPSIS = r" ?(?:[\[(] ?(?:\.\.\.+|\.(?: \.){2,}) ?[\])]|\.\.\.+|\.(?: \.){2,}) ?"
_WORD = lazy(r"\w+")
MIN_ELIDED_WORDS = 2  # each part of an elided quote keeps at least this many words …
MAX_ELIDED_WORDS = 40  # … and an ellipsis stands for at most this many
_Joined = Callable[[int, int], bool]  # whether a stretch of the normalised text starts or ends inside a word


@dataclass(frozen=True, slots=True)
class Location:
    status: QuoteStatus
    passage: Passage | None
    score: float
    across_heading: bool = False  # approximate only because it joins a heading to the text beside it
    across_blocks: bool = False  # … or a list item, table cell or paragraph left unfinished to the next
    across_sentences: bool = False  # … because its ellipsis joins one sentence's start to another's end
    across_clauses: bool = False  # … or one clause's subject to another's verb, in one sentence
    recased: tuple[str, str] | None = None  # approximate only because the quote writes "WHO" for the report's "who"
    inserted: tuple[str, ...] = ()  # the author's words in brackets, put in for the report's ("[The mill]")
    beside: bool = False  # the report's words, but words right beside them change what they say
    unmarked: bool = False  # the report's words, but with words between them left out and no ellipsis
    limit: str = ""  # an exception or limit the quote's ellipsis stands for ("except the guards")
    framed: str = ""  # the heading over the quote that doubts what it heads ("Unconfirmed reports")
    frame: str = "heading"  # … or the "list" it leads into ("Rumours in Hyesan:"), the table "row" it rates ("False"),
    # the report's "correction" of what it says ("An earlier version … wrongly stated that …"), or the verdict
    # "rating" the fact-checked claim it is in ("Rating: False"), or, "denied", the words of another copy of the
    # quote in the report that deny it or call it false ("Officials denied that the mine closed"), or a
    # "notice" of the newsroom's that may correct it ("Correction: The price cited above was for pork."),
    # or the "label" opening its paragraph ("Myth:")


# An editor's "[sic]" or "(sic)" says the words before it are the report's, as printed.
_SIC = lazy(r"\s*[\[(［（]\s*sic[.!]?\s*[\])］）]", re.IGNORECASE)
# Words in square brackets are the author's, put in for the report's ("[The mill] closed" of
# "It closed"): not an ellipsis ("[…]") nor a reference marker ("[3]", "[^3]").
_INSERTION = lazy(r"\[(?!\s*(?:\.\.\.+|\.(?:\s\.){2,}|[…⋯]+|・{3,}|\^?\d{1,3})\s*\])[^\[\]\n]{1,80}\]")


def locate_quote(report_id: str, quote: str, body: Normalized, original: str, language: str = "",
                 headings: Sections = ()) -> Location:
    """Find `quote` in a report whose reading text is `original` (normalised as `body`),
    written in `language`, with `headings` where they are in `original`
    (markup.reading_text_and_headings)."""
    found = _located_quote(report_id, quote, body, original, language, headings)
    # Words the quote's own HTML hides ("Claims <del>do not</del> quote its exact words") are
    # not compared, but the footnote shows the quote as written: at best approximate, unless the
    # report has that very markup too (its file's HTML is its text, shown as typed).
    if found.status is not QuoteStatus.NOT_FOUND and (hidden := hidden_words(quote)) \
            and " ".join(quote.split()).casefold() not in " ".join(original.split()).casefold():
        return replace(found, status=QuoteStatus.APPROXIMATE, score=min(found.score, 99.0),
                       inserted=found.inserted + hidden)
    return found


def _located_quote(report_id: str, quote: str, body: Normalized, original: str, language: str,
                   headings: Sections) -> Location:
    if not _WORD.search(_ELLIPSIS.sub(" ", REFERENCE.sub(" ", _SIC.sub(" ", quote)))):
        # "[7]", "… [^2]", "[sic] [7]": no word of the report, though any marker of it would match
        return Location(QuoteStatus.NOT_FOUND, None, 0.0)
    found = _located(report_id, quote, body, original, language, headings)
    if found.status is QuoteStatus.VERIFIED:
        return found
    # As the report has it, or with an editor's [sic] that the report has not.
    if _SIC.search(quote) and _WORD.search(unmarked := _SIC.sub("", quote)):
        quote = unmarked
        if (found := _located(report_id, quote, body, original, language, headings)).status is QuoteStatus.VERIFIED:
            return found
    for variant in _restyled(quote):
        if (again := _located(report_id, variant, body, original, language, headings)).status is QuoteStatus.VERIFIED:
            return again
    # (not brackets the closest passage has too: "10 kilograms [22 pounds]" is the report's words)
    shown = " ".join(" ".join(found.passage.parts).split()).casefold() \
        if found.passage and found.status is QuoteStatus.APPROXIMATE and "[" in original else ""
    if not (inserted := [i for i in _INSERTION.findall(quote) if " ".join(i.split()).casefold() not in shown]):
        return found
    # The rest found with an ellipsis for each insertion: at best approximate, for the
    # checker cannot tell whether the author's words say what the report's did.
    rest = _located(report_id, _INSERTION.sub(lambda m: " … " if m[0] in inserted else m[0], quote), body, original,
                    language, headings)
    if rest.status is QuoteStatus.NOT_FOUND:
        return found
    if rest.status is QuoteStatus.VERIFIED and _names_shortened(quote, inserted, rest.passage, original):
        return rest  # "[The complex] did not meet" of "The Kim Chaek Iron and Steel Complex did not meet"
    return replace(rest, status=QuoteStatus.APPROXIMATE, score=min(rest.score, 99.0), inserted=tuple(inserted))


# An insertion that shortens a name the report has in its place to the name's last word, with
# what comes before it ("[The complex]" of "The Kim Chaek Iron and Steel Complex", "[the mine]"
# of "the Musan mine") is the report's words: each word left out is a capitalised part of the
# name, or "and" or "of" inside it. Not "[The minister]" of "the deputy minister", "[Workers]"
# of "300 workers" or "No workers" (with no determiner of its own, an insertion opening the
# quote stands for every word of the clause before the rest), nor "[The furnace]" of "It".
_NAME_WORD = lazy(r"\w+(?:['’-]\w+)*")
_CLAUSE_MARK = lazy(r"[.,;:!?\"“”‘()\[\]{}—–\n]|\s-\s")
_DETERMINERS = frozenset("the a an this that these those its their his her our".split())
_UNNAMING = frozenset("no not non never former acting deputy vice fake false alleged so-called pseudo ex late".split())


def _names_shortened(quote: str, inserted: list[str], found: Passage, original: str) -> bool:
    """Whether each of the quote's insertions (_INSERTION) stands for a name the report has
    where it stands, shortened (see above): one opening the quote, for the words right before
    the passage; any other, for the words between the passage's parts. Only a quote with no
    ellipsis of its own, whose parts are then the insertions' gaps in order."""
    opens = quote.lstrip().startswith(inserted[0])
    if _ELLIPSIS.search(_INSERTION.sub(" ", quote)) or len(found.spans) != len(inserted) + 1 - opens:
        return False
    for number, insertion in enumerate(inserted):
        first = opens and number == 0
        end = found.spans[number + 1 - opens][0]
        start = max(0, end - 300) if first else found.spans[number - opens][1]  # (a name is shorter)
        if not _shortens(insertion[1:-1], _CLAUSE_MARK.split(original[start:end])[-1], whole=not first):
            return False
    return True


def _shortens(ours: str, theirs: str, whole: bool) -> bool:
    """Whether the words `ours` are the name ending `theirs`, shortened: its last word, and
    words of it before that in order, each left out a capitalised part of the name ("Kim
    Chaek Iron and Steel") or "and"/"of"; `whole`: all of `theirs` is what `ours` stands for."""
    mine = [w.casefold() for w in _NAME_WORD.findall(ours)]
    name = _NAME_WORD.findall(theirs)
    if not mine or not name or mine[-1] != name[-1].casefold():
        return False
    at, kept = len(name) - 1, []
    for word in reversed(mine):  # each of ours, from the last, at the nearest of theirs before
        while at >= 0 and name[at].casefold() != word:
            at -= 1
        if at < 0:
            return False
        kept.append(at)
        at -= 1
    # Words before a name that opens with a determiner ("said | the Musan mine") are the
    # passage's own edge; before one that does not ("Fake vaccination | certificates", "300 |
    # workers"), they may be what makes the name, and are left out.
    first = 0 if whole or mine[0] not in _DETERMINERS else kept[-1]
    left_out = [w for i, w in enumerate(name) if i >= first and i not in kept]
    return all((w[:1].isupper() or w in ("and", "of")) and w.casefold() not in _UNNAMING and not any(
        c.isdigit() for c in w) for w in left_out)


# An editor's capital or small letter in brackets, for the report's in the other case, at
# the start of a word: "[T]he regime" of "the regime" (a quote taken from mid-sentence) is
# the report's words.
_CASE_BRACKET = lazy(r"\[(\w)\](?=\w)")
# American style puts a full stop or comma inside the closing quotation mark, British style
# outside: “a great success.” of “a great success”. (or the reverse) is the report's words.
_MARK_THEN_STOP = lazy(r"([\"”’»])([.,])")
_STOP_THEN_MARK = lazy(r"([.,])([\"”’»])")


# … and puts the brief's own full stop or comma inside the closing mark of a quotation the
# quote ends with, where the report went on: “a great success.” of “a great success” at the
# plenum. (Not a stop the quote ends with: "sentenced to 10." is no sentence of "sentenced to
# 10 years.")
_LAST_STOP = lazy(r"(?<![.\s])[.,](?=[\"”’»]\s*$)")


def _restyled(quote: str) -> list[str]:
    """The quote as the report's style would write the same words, where it may differ: a
    letter's case in brackets, a full stop or comma on the other side of a quotation mark,
    or none at the end."""
    base = _CASE_BRACKET.sub(r"\1", quote)
    variants = [base] if base != quote else []
    for style in (_MARK_THEN_STOP, _STOP_THEN_MARK):
        if style.search(base):
            variants.append(style.sub(r"\2\1", base))
    if _LAST_STOP.search(base):
        variants.append(_LAST_STOP.sub("", base))
    return variants


def _located(report_id: str, quote: str, body: Normalized, original: str, language: str,
             headings: Sections) -> Location:
    found = _locate(report_id, quote, body, original, language, headings)
    if found.status is QuoteStatus.VERIFIED:
        return _as_cased(report_id, quote, body, original, language, headings, found)
    # A word hyphenated at a line's end, quoted whole as the original printed it: "well-known"
    # or "unsuccessful" (which of the two, the report cannot tell; the quote says). Only the
    # words the quote has whole are joined; any other quote is judged on the text as it is.
    joints = _line_end_hyphens(body, original, normalize(quote).text)
    if not joints:
        return found
    dropped = frozenset(k for j, hyphen in joints for k in ((j + 1,) if hyphen else (j, j + 1)))
    again = _locate(report_id, quote, without(body, dropped), original, language, headings, fuzzy=False)
    if again.status is QuoteStatus.VERIFIED and _whole_words(again.passage.spans, joints, body):
        return again
    return found


def _as_cased(report_id: str, quote: str, body: Normalized, original: str, language: str, headings: Sections,
              found: Location) -> Location:
    """`found`, or the first later copy of the quote that the report writes as the quote does,
    where `found`'s words differ from it in case alone: "May" the month of "Officials may
    close the market. In May the market closed", not the modal. (Either verifies: case is
    folded. The highlight goes to the words as written.)"""
    wanted, current = " ".join(quote.split()), found
    if found.passage is None or len(found.passage.spans) != 1 or elides(quote):
        return found
    shown = " ".join(found.passage.text.split())
    if shown == wanted or shown.casefold() != wanted.casefold() or wanted not in original:
        return found  # (another difference than case, a quotation mark's say: no copy is written as it is)
    for _ in range(_CASED_PLACEMENTS):  # each copy found is left out of the text, and the next looked for
        (start, end), = current.passage.spans
        first, last = (bisect.bisect_left(range(len(body.text)), at, key=body.start) for at in (start, end))
        body = without(body, frozenset(range(first, max(first + 1, last))))
        current = _locate(report_id, quote, body, original, language, headings, fuzzy=False)
        if current.status is not QuoteStatus.VERIFIED or current.passage is None or len(current.passage.spans) != 1:
            return found
        if " ".join(current.passage.text.split()) == wanted:
            return current
    return found


_CASED_PLACEMENTS = 5


# A word hyphenated at a line's end (text pasted from print or a PDF): "un-", a line break,
# "successful", read as "un- successful"; and the word's letters on either side.
_LINE_END_HYPHEN = lazy(r"(?<=[^\W_])- (?=[^\W_])")  # (a number's compound too: "90-⏎day", "2019-⏎2021")
_LETTERS_BEFORE = lazy(r"[^\W_]+$")
_LETTERS_AFTER = lazy(r"[^\W_]+")


def _line_end_hyphens(body: Normalized, original: str, quote: str) -> list[tuple[int, bool]]:
    """Where `body` has a hyphen, then the one space a line break is read as, between letters,
    of a word the normalised `quote` has whole, and whether it has it with the hyphen."""
    text, joints = body.text, []
    for j, left, right in _hyphens_at_line_ends(text):
        # (a number's compound is never one word wrapped: "90-⏎day" is "90-day", not "90day")
        hyphen, joined = f"{left}-{right}" in quote, not left[-1:].isdigit() and left + right in quote
        if (hyphen or joined) and original[body.start(j):body.end(j + 1)] in _HYPHENS \
                and original[body.start(j + 1):body.end(j + 2)] == " ":  # a line break, not spaces or a tab
            joints.append((j, hyphen))
    return joints


@functools.lru_cache(maxsize=4)
def _hyphens_at_line_ends(text: str) -> tuple[tuple[int, str, str], ...]:
    """Where _LINE_END_HYPHEN is in `text`, with the letters on either side; one pass over a
    report's text for all its quotes."""
    return tuple((m.start(), _LETTERS_BEFORE.search(text, max(0, m.start() - 40), m.start())[0],
                  _LETTERS_AFTER.match(text, m.start() + 2)[0]) for m in _LINE_END_HYPHEN.finditer(text))


def _whole_words(spans: tuple[tuple[int, int], ...], joints: list[tuple[int, bool]], body: Normalized) -> bool:
    """Whether the passage (`spans`, in the original) holds a joined word whole, and begins and
    ends inside none: "successful in the north-east" of "un- successful in the north- east"
    is still half of "unsuccessful"."""
    text, crossed = body.text, False
    for j, _ in joints:
        first = body.start(j - len(_LETTERS_BEFORE.search(text, max(0, j - 40), j)[0]))
        last = body.end(j + 2 + len(_LETTERS_AFTER.match(text, j + 2)[0]))
        for start, end in spans:
            if first < start < last or first < end < last:
                return False
            crossed = crossed or (start <= first and last <= end)
    return crossed


def _locate(report_id: str, quote: str, body: Normalized, original: str, language: str,
            headings: Sections, fuzzy: bool = True) -> Location:
    parts = [normalize(part).text.strip() for part in _ELLIPSIS.split(quote.strip())]
    # An ellipsis at either end ("… reopen the mine", "“… the mill closed”") stands for the
    # report's words there: its quotation mark, if any, belongs to the words beside it.
    edges = (len(parts) > 1 and not _WORD.search(parts[0]), len(parts) > 1 and not _WORD.search(parts[-1]))
    if (edges[0] or edges[1]) and (own := _own_ellipsis(report_id, quote, body, original, language, headings)):
        return own
    # Not where the quotation it opens or closes has its other mark inside the quote: in
    # 'He said: “We waited …”' the quotation goes on in the report past the ellipsis.
    if edges[0]:
        closer = _PAIRED.get(parts[0][-1:], "\0")
        parts[1] = parts[1] if closer in parts[1][:-1] else parts[0] + parts[1]
        del parts[0]
    if edges[1] and len(parts) > 1:
        opener = next((o for o, c in _PAIRED.items() if c == parts[-1][:1]), "\0")
        parts[-2] = parts[-2] if opener in parts[-2][1:] else parts[-2] + parts[-1]
        del parts[-1]
    parts = [p for p in parts if p]
    if not any(_WORD.search(p) for p in parts):
        return Location(QuoteStatus.NOT_FOUND, None, 0.0)  # punctuation alone quotes nothing
    found = _as_written(report_id, parts, body, original, language, edges, headings)
    inner = _unwrapped(parts)
    if found is None and inner:
        found = _as_written(report_id, inner, body, original, language, edges, headings)
    requoted = _requoted(inner or parts) if found is None else []
    for variant in requoted:
        if (found := _as_written(report_id, variant, body, original, language, edges, headings)) is not None:
            break
    for variant in _spaced_otherwise(inner or parts) if found is None else ():
        if (found := _as_written(report_id, variant, body, original, language, edges, headings)) is not None:
            break
    for variant in [inner or parts, *requoted] if found is None else ():
        # "… last year." of "… last year, according to": the full stop ends the author's quote,
        # where the report's sentence or clause ends too. "by 5." is not "by 5 million", "The
        # mine will reopen." not "… reopen if sanctions end", "La mina está cerrada." not
        # "¿La mina está cerrada?".
        if (unstopped := _unstopped(variant)) is not None:
            found = _as_written(report_id, unstopped, body, original, language, edges, headings)
            # "closed in May …." : the ellipsis stands for the report's words that follow, and
            # the stop after it ends the analyst's sentence, as in "closed in May …".
            if found is not None and found.status is QuoteStatus.VERIFIED and not edges[1] and not _STOP_AFTER.match(
                    original, found.passage.spans[-1][1]):
                found = None
            if found is not None:
                break
    for variant in [inner or parts, *requoted] if found is None else ():
        # 'had "clearly failed"' of 'had “clearly failed.”': the stop that American typography
        # puts inside the closing mark, left out with the report's sentence ending there
        for restopped in _restopped(_unstopped(variant) or variant):
            if (found := _as_written(report_id, restopped, body, original, language, edges, headings)) is not None:
                break
        if found is not None:
            break
    for variant in _mixed_numbers(inner or parts) if found is None else ():
        # "1 1/2 tonnes" of "1½ tonnes" (normalised "1+1/2"), and the reverse
        if (found := _as_written(report_id, variant, body, original, language, edges, headings)) is not None:
            break
    for variant in _regrouped(inner or parts, language) if found is None else ():
        # "1200" of "1,200", "3000" of "3 000" or German "3.000": the number, grouped as the
        # report groups its digits
        if (found := _as_written(report_id, variant, body, original, language, edges, headings)) is not None:
            break
    if found is None and fuzzy and (plain := _without_markup(quote)) != quote:
        # copied from the report's file, its Markdown and all: "The mine **closed** in 2019",
        # "The [ministry](https://…) said"
        found = _locate(report_id, plain, body, original, language, headings, fuzzy=False)
        found = None if found.status is QuoteStatus.NOT_FOUND else found
    if found is None and not fuzzy:
        return Location(QuoteStatus.NOT_FOUND, None, 0.0)
    if found is None and len(parts) == 1:
        found = _unmarked(report_id, parts[0], body, original, language, headings)
    found = found or _fuzzy(report_id, " ".join(parts), body, original)
    if found.status is QuoteStatus.VERIFIED and (
            (recased := _recased(quote, found.passage, original)) is not None
            or (recased := _reaccented(quote, found.passage, original)) is not None
            or (recased := _resharped(quote, found.passage, original)) is not None):
        return replace(found, status=QuoteStatus.APPROXIMATE, score=99.0, recased=recased)
    return found


# A word of a quote or a report, or a number with its marks ("1,200", "north-east"), as the
# runs of words a quote may have left words out between are compared
_TERM = lazy(r"\w+(?:[-'’.,:/]\w+)*")
MAX_UNMARKED_GAPS = 3


def _unmarked(report_id: str, wanted: str, body: Normalized, original: str, language: str,
              headings: Sections) -> Location | None:
    """A quote that is runs of the report's words with words between them left out and no
    ellipsis to say so ("The Musan mine reopened" of "The Musan mine, one of the largest in
    Asia, reopened"): approximate, with the report's words from the first to the last, if
    the quote with an ellipsis for each gap would be found; None if it is not such a quote.
    The gaps are judged as an ellipsis's are (a sentence's end, a negation), and no ellipsis
    is assumed across a sentence, a block or a heading: that quote is a close match or none."""
    terms = list(_TERM.finditer(wanted))
    if len(terms) < 2 * MIN_ELIDED_WORDS:
        return _unmarked_unspaced(report_id, wanted, body, original, language, headings)
    words = [t[0] for t in terms]
    for runs, widest in itertools.islice(_runs_in(words, body.text), 20):
        if widest < 2:
            continue  # one word left out here and there is a slip, which a close match names
        elided = " … ".join(wanted[terms[a].start():terms[b - 1].end()] for a, b in runs)
        found = _locate(report_id, elided, body, original, language, headings, fuzzy=False)
        if found.status is QuoteStatus.NOT_FOUND or found.passage is None \
                or found.across_sentences or found.across_blocks or found.across_heading:
            continue
        spans = found.passage.spans
        if normalize(original[spans[0][0]:spans[-1][1]]).text.split() == normalize(wanted).text.split():
            continue  # its words unbroken ("… squid by 17" of "by 17 percent"): a cut, which a close match names
        score = fuzz.ratio(wanted, normalize(original[spans[0][0]:spans[-1][1]]).text)
        return replace(found, status=QuoteStatus.APPROXIMATE, score=min(score, 99.0), beside=False,
                       across_clauses=False, unmarked=True)
    return None


MIN_UNSPACED_RUN = 2  # characters of writing with no spaces (两个字: a word, often) on either side of a gap …
MAX_UNSPACED_GAP = 12  # … and at most this many left out between them


def _unmarked_unspaced(report_id: str, wanted: str, body: Normalized, original: str, language: str,
                       headings: Sections) -> Location | None:
    """_unmarked where words are not spaced (Chinese, Japanese): the quote as two runs of the
    report's characters with a few left out between them in one sentence (茂山矿今年重新开工
    of 茂山矿今年五月重新开工), the longest first run first; approximate, as _unmarked's."""
    if len(wanted) < 3 * MIN_UNSPACED_RUN or not any(unspaced(c) for c in wanted[:4]):
        return None
    text = body.text
    # Only where the first run and the second are each somewhere in the text: in a text of
    # one character repeated, each cut of a long quote was looked for at 50 places (8 s for
    # 3,000 characters in 1,000,000).
    shortest, longest = _cuts_in(wanted, text)
    for cut in range(min(len(wanted) - MIN_UNSPACED_RUN, longest), max(MIN_UNSPACED_RUN, shortest) - 1, -1):
        head, tail = wanted[:cut], wanted[cut:]
        at, places = text.find(head), 0
        while at >= 0 and places < MAX_UNSPACED_PLACES:  # (a text of one character repeated has it everywhere)
            places += 1
            gap = at + len(head)
            after = text.find(tail, gap + 1, gap + MAX_UNSPACED_GAP + len(tail))
            if after > gap and not _UNSPACED_STOP.search(text, gap, after):
                found = _locate(report_id, f"{head} … {tail}", body, original, language, headings, fuzzy=False)
                if found.status is not QuoteStatus.NOT_FOUND and found.passage is not None \
                        and not (found.across_sentences or found.across_blocks or found.across_heading):
                    spans = found.passage.spans
                    score = fuzz.ratio(wanted, normalize(original[spans[0][0]:spans[-1][1]]).text)
                    return replace(found, status=QuoteStatus.APPROXIMATE, score=min(score, 99.0), beside=False,
                                   across_clauses=False, unmarked=True)
            at = text.find(head, at + 1)
    return None


def _cuts_in(wanted: str, text: str) -> tuple[int, int]:
    """The fewest characters of `wanted` whose rest is in `text`, and the most whose start
    is: any start of a string in the text is in it too, and any end, so each is a bisection."""
    lo, hi = 0, len(wanted)  # wanted[hi:] is in the text; is wanted[lo:]?
    while lo < hi:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if wanted[mid:] in text else (mid + 1, hi)
    shortest = hi
    lo, hi = 0, len(wanted)  # wanted[:lo] is in the text; is wanted[:hi]?
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if wanted[:mid] in text else (lo, mid - 1)
    return shortest, lo


_UNSPACED_STOP = lazy(r"[。！？!?\n]")
_WORD_CHAR = lazy(r"\w")
MAX_UNSPACED_PLACES = 50  # places of a first run looked at, as _runs_in looks at 50 of its first two words


def _runs_in(words: list[str], text: str):
    """Each way, from each place the quote's first two words are in `text`, that `words` are
    runs of at least MIN_ELIDED_WORDS of the text's words in order, with one to
    MAX_UNMARKED_GAPS gaps of MAX_ELIDED_WORDS words at most in all: the runs, as
    (first, end) indexes into `words`, and the most words of one gap. The nearest next run
    is taken at every gap."""
    # (the word before checked apart: a pattern opening with a lookbehind is tried at every
    # character, 0.02 s a quote in 1 MB; opening with the word, only where it is)
    head = re.compile(re.escape(words[0]) + r"\W+" + re.escape(words[1]) + r"(?!\w)")
    for start in itertools.islice(_at_word_starts(head, text), 50):
        report = [t[0] for t in itertools.islice(_TERM.finditer(text, start.start()), len(words) + MAX_ELIDED_WORDS)]
        runs, i, j, skipped, widest = [], 0, 0, 0, 0
        while i < len(words):
            first = i
            while i < len(words) and j < len(report) and report[j] == words[i]:
                i, j = i + 1, j + 1
            if i - first < MIN_ELIDED_WORDS:
                break
            runs.append((first, i))
            if i == len(words):
                if len(runs) > 1:
                    yield runs, widest
                break
            if len(runs) > MAX_UNMARKED_GAPS or len(words) - i < MIN_ELIDED_WORDS:
                break
            nxt = next((k for k in range(j + 1, min(len(report) - 1, j + 1 + MAX_ELIDED_WORDS - skipped))
                        if report[k] == words[i] and report[k + 1] == words[i + 1]), None)
            if nxt is None:
                break
            skipped, widest, j = skipped + nxt - j, max(widest, nxt - j), nxt


def _at_word_starts(pattern: re.Pattern[str], text: str):
    """pattern.finditer(text), where no letter or digit is right before the match (and the
    next one looked for from the next character, as with a lookbehind)."""
    at = 0
    while (m := pattern.search(text, at)) is not None:
        if m.start() and _WORD_CHAR.match(text, m.start() - 1):
            at = m.start() + 1
            continue
        yield m
        at = m.end()


# A word in capitals, as an acronym is written ("WHO", "US"), or as a quote may stress one
# ("RESUMED", "ЕЩЁ"): a word of two letters or more, all of them capitals.
_LETTER_RUN = lazy(r"(?<![^\W\d_])[^\W\d_]{2,}(?![^\W\d_])")
_ASCII_CAPITALS = lazy(r"(?<![^\W\d_])[A-Z]{2,}(?![^\W\d_])")  # (the same, quicker, in ASCII)


def _recased(quote: str, found: Passage | None, original: str) -> tuple[str, str] | None:
    """The quote's word in capitals and the report's in small letters it was matched to,
    if any: case is compared folded, but "WHO said" of "people who said" and "US sanctions"
    of "told us sanctions" name what the report does not. A quote all in capitals is left
    alone: it may copy a headline."""
    if found is None or not any(c.islower() for c in quote):
        return None
    forms: dict[str, list[re.Match[str]]] = {}
    for a, b in found.spans:
        for m in _LETTERS.finditer(original, a, b):
            forms.setdefault(m[0].casefold(), []).append(m)
    capitals = _ASCII_CAPITALS.findall(quote) if quote.isascii() else \
        [w for w in _LETTER_RUN.findall(quote) if w.isupper()]
    for word in dict.fromkeys(capitals):
        theirs = forms.get(word.casefold(), [])
        if theirs and all(m[0] != word for m in theirs) and not any(_is_name(m, original) for m in theirs):
            return word, theirs[0][0]
    return None


_LETTERS = lazy(r"[^\W\d_]+")


def _reaccented(quote: str, found: Passage | None, original: str) -> tuple[str, str] | None:
    """The quote's Greek word and the report's it was matched to, where both have an accent
    (tonos) and on other letters: accents are compared folded, as words in capitals go
    without, but "ποτέ" (never) is not the report's "πότε" (when)."""
    if found is None or not _GREEK_ACCENTED.search(quote):
        return None
    ours = {_unaccented(w): w for w in _LETTERS.findall(quote) if _GREEK_ACCENTED.search(w)}
    for a, b in found.spans:
        for m in _LETTERS.finditer(original, a, b):
            mine = ours.get(_unaccented(m[0])) if _GREEK_ACCENTED.search(m[0]) else None
            # (one accent left off is no other word: "όνομα του" of "όνομά του", an enclitic's second)
            if mine is not None and not (_accents(mine) <= _accents(m[0]) or _accents(m[0]) <= _accents(mine)):
                return mine, m[0]
    return None


def _resharped(quote: str, found: Passage | None, original: str) -> tuple[str, str] | None:
    """The quote's word and the report's it was matched to, where one writes "ss" for the
    other's "ß": case is compared folded, which makes them one, but "in Massen" (in masses)
    is not the report's "in Maßen" (in moderation). Not a word in capitals, which German
    writes with "SS"."""
    texts = (quote, *(original[a:b] for a, b in found.spans)) if found is not None else ()
    if not any(c in text for text in texts for c in "ßẞ"):
        return None
    def spelt(word: str) -> str:  # (as compared, but for ß: "ﬁrst" is "first")
        return unicodedata.normalize("NFKC", word).lower()
    ours = {spelt(w).replace("ß", "ss"): w for w in _LETTERS.findall(quote) if not w.isupper()}
    for a, b in found.spans:
        for m in _LETTERS.finditer(original, a, b):
            theirs = spelt(m[0])
            mine = ours.get(theirs.replace("ß", "ss"))
            if mine is not None and not m[0].isupper() and spelt(mine) != theirs:
                return mine, m[0]
    return None


def _accents(word: str) -> set[int]:
    return {i for i, c in enumerate(word.casefold()) if _GREEK_ACCENTED.match(c)}


_GREEK_ACCENTED = lazy("[άέήίόύώΐΰΆΈΉΊΌΎΏ]")
_UNACCENTED = str.maketrans("άέήίόύώΐΰ", "αεηιουωϊϋ")


def _unaccented(word: str) -> str:
    return word.casefold().translate(_UNACCENTED)


def _is_name(m: re.Match[str], original: str) -> bool:
    """A word written as a name ("Nato", "Unicef", "Covid"). At a sentence's start, where a
    capital says nothing, one of four letters or more ("Nato said", "Opec agreed"); a shorter
    one ("Who said") only if the report writes it so elsewhere too."""
    word = m[0]
    if not (word[0].isupper() and word[1:].islower()):
        return False
    if not _starts_sentence(original, m.start()) or len(word) >= 4:  # "Nato said": few short words
        return True  # are both a word and an acronym of four letters or more
    return any(not _starts_sentence(original, other.start())
               for other in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", original))


def _starts_sentence(original: str, at: int) -> bool:
    before = original[max(0, at - 8):at].rstrip(" \t\"'‘“(")
    return not before or before[-1] in ".!?:\n"


# What ends a quote's last part where the report's clause goes on: a full stop, comma, colon
# or semicolon, as the Latin, Chinese and Japanese, and Arabic scripts write them.
_STOPS = ".,;:。、，．；：،؛"
# The report's own stop after the quote's words, perhaps after its closing quotation marks,
# brackets and reference markers, or the end of its paragraph.
_STOP_AFTER = lazy(r"(?:[\"'‘’“”»›」』)\]]|\[\^?\d{1,3}\])*(?:[" + _STOPS + r"…]|\s*\n|\s*$)")


def _unstopped(parts: list[str]) -> list[str] | None:
    """The parts without the full stop, comma, colon or semicolon that ends the last one
    after a word, or None when it ends otherwise."""
    last = parts[-1]
    if len(last) < 2 or last[-1] not in _STOPS or not (last[-2].isalnum() or last[-2] in "'\")]%°"
                                                     or unicodedata.category(last[-2]) == "Sc"):  # "20%.", "5 €."
        return None
    return [*parts[:-1], last[:-1].rstrip()]


# A number of four digits or more, bare or grouped by threes ("1200", "1,200", "1 200", "1'200")
# with the marks a language groups with: in English "1.500" is one and a half, not 1,500 (nor
# "1,500" in German); and its decimals, after the language's decimal mark ("1,000.5", "12.345,6")
_DIGITS = {marks: lazy(rf"(?<!\d)(?<!\d[.,])(\d{{1,3}}(?:[{marks}]\d{{3}})+|\d{{4,}})({decimal}\d+)?"
                       r"(?![\d]|[.,]\d)")
           for marks, decimal in (("' .", ","), ("' ,", r"\."), ("' ", ","))}
# where a full stop groups digits and a comma is the decimal mark ("1.200,5")
DOT_GROUPING = frozenset("de es it pt nl da id tr ro hr sl sr el is".split())


# A whole number and a fraction, as typed ("1 1/2") and as normalize() reads a vulgar
# fraction after digits ("1½": "1+1/2")
_TYPED_MIXED = lazy(r"(?<=\d) (?=\d+/\d)")
_READ_MIXED = lazy(r"(?<=\d)\+(?=\d+/\d)")


def _mixed_numbers(parts: list[str]) -> list[list[str]]:
    """The parts with each mixed number written the other way, or none when they have none."""
    for pattern, joint in ((_TYPED_MIXED, "+"), (_READ_MIXED, " ")):
        if any(pattern.search(part) for part in parts):
            return [[pattern.sub(joint, part) for part in parts]]
    return []


def _regrouped(parts: list[str], language: str) -> list[list[str]]:
    """The parts with every number of four digits or more grouped each way a report may
    group them (a full stop only in a language that does; a year is left as it is), or none
    when they have none."""
    primary = primary_language(language)
    # a comma only where it is no decimal mark, a full stop only where it groups
    marks = "' " + ("." if primary in DOT_GROUPING else "" if primary in _SPACE_GROUPING else ",")
    digits = _DIGITS[marks]
    if not any(digits.search(part) for part in parts):
        return []
    variants = []
    for mark, counts in ((m, c) for m in ("", *marks) for c in (False, True)):
        variant = [digits.sub(functools.partial(_grouped, mark, counts), part) for part in parts]
        if variant != parts and variant not in variants:
            variants.append(variant)
    return variants


def _grouped(mark: str, counts: bool, number: re.Match[str]) -> str:
    """The number's digits grouped by threes with `mark` ("" for none), its decimals as they
    are; a year as it is, but with `counts` a number like a year that counts the word after
    it ("2019 workers" may be the report's "2,019 workers", "2000원" its "2,000원"; "in 2019."
    is a year), as may "2,000 tonnes" be the report's "2000 tonnes"."""
    whole, decimals = number[1], number[2] or ""
    digits = re.sub(r"\D", "", whole)
    if len(digits) == 4 and digits[:2] in ("19", "20") and not decimals and not (
            counts and _COUNTED.match(number.string, number.end())
            and not _YEAR_BEFORE.search(number.string, max(0, number.start() - 12), number.start())):
        return number[0]  # a year, which no report groups
    head = len(digits) % 3 or 3
    return digits[:head] + "".join(mark + digits[i:i + 3] for i in range(head, len(digits), 3)) + decimals


# A word after a number, or a counter written on to it ("2000원", "2000元"; not the year's 年, 년),
# not a word that goes on after a year ("in 2019 the mine", "2019 and 2020") …
_COUNTED = lazy(r" (?!(?:the|a|an|and|or|but|to|in|on|at|by|for|of|from|after|before|when|as|with|was|were|is"
                r"|are|had|has|have|will|would|saw|brought)\b)[^\W\d_]|(?![年년s])[^\W\d_]"
                # and a compound it counts in: "2,000-strong"
                r"|-(?:strong|tonne|ton|metre|meter|km|kilometre|mile|year|word|page|man|member|seat|bed)")
# … nor one after the words that name a year ("in 2000", "by 2023", "since 1990")
_YEAR_BEFORE = lazy(r"\b(?:in|by|since|until|till|from|of|year|during|before|after|around|circa|between|and)"
                    r" $")
_MARKUP = lazy(r"[*_`]|\]\(")  # emphasis, code, a link: what a quote copied from a report's file may hold


def _without_markup(quote: str) -> str:
    """The quote as the plain text its inline Markdown reads as, or the quote itself when it
    holds none."""
    return plain_inline(_inline_markdown(), quote) if _MARKUP.search(quote) else quote


@functools.cache
def _inline_markdown() -> MarkdownIt:
    return make_markdown()


_PAIRED = {'"': '"', "'": "'", "(": ")", "[": "]"}  # quotation marks and brackets, as normalize() leaves them


def _own_ellipsis(report_id: str, quote: str, body: Normalized, original: str, language: str,
                  headings: Sections) -> Location | None:
    """The quote verified with its ellipsis at an end as the report's own, where the report
    has one there too ('He trailed off: “We waited and waited…”'), or None."""
    if "..." not in body.text and ". . ." not in body.text:
        return None  # most reports have none
    found = _as_written(report_id, [normalize(quote).text.strip()], body, original, language, headings=headings)
    return found if found is not None and found.status is QuoteStatus.VERIFIED else None


def _restopped(parts: list[str]) -> list[list[str]]:
    """The parts with a full stop or comma put in before the closing quotation mark that ends
    the last one after a word, or none."""
    last = parts[-1]
    if len(last) < 2 or last[-1] not in "\"'" or not last[-2].isalnum():
        return []
    return [[*parts[:-1], last[:-1] + stop + last[-1]] for stop in ".,"]


def _as_written(report_id: str, parts: list[str], body: Normalized, original: str, language: str,
                edges: tuple[bool, bool] = (False, False),
                headings: Sections = ()) -> Location | None:
    """The quote's parts found as written (verified, or approximate for a slip of sense), or None."""
    # The report's own "Well... the mill" is quoted, not elided: the literal reading first.
    spaced = _groups_with_spaces(language)
    spans = _find(parts, body, functools.partial(_joined, body, original, spaced))
    cut = False
    if spans is None and len(parts) > 1:
        # A part beside an ellipsis that cuts a quantity ("… 6 percent" of "about 6 percent",
        # "a 84 … increase" of "a 84 percent increase"): the words are the report's, the
        # ellipsis hides what made them a quantity. At best approximate, not unfound.
        spans = _find(parts, body, functools.partial(_joined, body, original, spaced, quantities=False))
        cut = spans is not None
    if spans is None:
        return None
    found = _judged(report_id, parts, spans, body, original, language, edges, headings, cut)
    # The first placement may be the wrong one: the first "A market vendor" runs into the next
    # paragraph's "never seen so many inspectors", a later one is the same sentence's; the
    # first "reopened the Musan mine" is of "Officials never reopened the Musan mine", a later
    # one of "Workers reopened the Musan mine in May". The first later placement that is
    # verified wins; else the first's judgement stands. A quote unbroken is the report's words
    # wherever they stand: a later run of them that no rule faults is as good as the only one.
    # Not where the report says the words are false ("It is false that the plant was closed.
    # Some still insist the plant was closed.") or corrects them: every copy is of a claim it
    # denies, each one's framing known to a rule or not. Nor an elided quote whose first
    # placement says something else (a negation, a hedge, a cut number): a later one verified
    # may join words the report set apart otherwise ("The government denied that it would
    # close the border. Its critics say the army would close the border" of "The government …
    # would close the border").
    joined = functools.partial(_joined, body, original, spaced, quantities=not cut)
    later = spans
    structural = found.across_sentences or found.across_clauses or found.across_blocks or found.across_heading
    # (and where the first is the body of a question the report asks, which may answer it with
    # the same words: "هل أعيد فتح المنجم؟ … أعيد فتح المنجم في أيار", "Fabrika kapandı mı? Evet,
    # fabrika kapandı.")
    asked = found.beside and found.passage is not None and found.passage.text.rstrip("\"')]").endswith(_ASKED)
    unbroken = len(parts) == 1 and found.status is not QuoteStatus.VERIFIED
    denied = unbroken and _denied(found, parts[0])
    for _ in range(_PLACEMENTS if structural or asked or unbroken else 0):
        later = _find_parts(parts, body.text, joined, after=later[0][0] + 1)
        if later is None:
            break
        if (other := _judged(report_id, parts, later, body, original, language, edges, headings, cut)).status \
                is QuoteStatus.VERIFIED:
            # A copy the report denies, then one nothing faults ("Officials denied that the mine
            # closed. … Workers confirmed that the mine closed."): the later copy is the quote's
            # place, and the warning names the denial, which it did as if the quote left it out
            return replace(other, status=QuoteStatus.APPROXIMATE, score=99.0, frame="denied",
                           framed=found.framed or _sentence_of(found.passage, body, original)) \
                if denied and found.passage else other
    return found


def _sentence_of(found: Passage, body: Normalized, original: str) -> str:
    """The report's sentence that holds `found`, with its full stop, as written ("Officials
    denied that the mine closed in May.", not "denied that the mine closed in May")."""
    lo, hi = sentence_around(body.text, found.spans[0][0], found.spans[-1][1])
    return original[body.start(lo):body.end(min(hi + 1, len(body.text)))].strip()


_PLACEMENTS = 20  # later placements of a quote tried when the first is not verified
_ASKED = ("?", "؟", "？")
# What says a claim is false, of all it could frame ("the report reads: false that | the plant
# was closed", "… | are untrue", a heading "Debunked", a fact check's rating "False")
_DENIES = lazy(r"\b(?:false|untrue|not true|no (?:evidence|proof|sign|indication|truth|basis)"
               r"|nothing (?:to )?(?:suggest|indicat|show)|den(?:y|ies|ied|ying|ial)|refut|debunk|disprov|baseless"
               r"|groundless|unfounded|fabricat|a lie\b|hoax|incorrect|wrong|retract|faux|fausse|d[ée]menti|infond"
               r"|aucune preuve|pas vrai|fals[oa]|desmint|neg[óo]\b|negou|niega|infundad|sin pruebas|sem provas"
               r"|no es cierto|n[ãa]o [ée] verdade|smentit|infondat|nessuna prova|non [èe] vero|falsch|bestr[ie]i?t"
               r"|unwahr|haltlos|keine? beweis|nicht wahr|неправд|ложн|опроверг|отрица|нет доказательств)"
               r"|否认|否認|不实|不實|虚假|虛假|没有证据|沒有證據|부인|사실이 아니|거짓|허위|근거 없|否定|事実ではない|虚偽|デマ"
               r"|根拠のない|نف[يت]|ينفي|كاذب|غير صحيح|لا دليل|שקר|הכחיש|לא נכון")


def _denied(found: Location, words: str) -> bool:
    """Whether what makes `found` (a placement of `words`, normalised) approximate says it is
    false, or is the report's correction of it."""
    if found.frame in ("correction", "notice") or _DENIES.search(normalize(found.framed).text):
        return True
    beside = normalize(found.passage.text).text if found.beside and found.passage else ""
    # (in the words' own sentence: "The report was later retracted" after "Three soldiers were
    # killed in May." is of that report, and leaves "… were killed in June." true)
    at = beside.find(words)
    if at < 0:
        return bool(_DENIES.search(beside))
    start = max(beside.rfind(stop, 0, at) for stop in ".!?。！？") + 1
    ends = [i for stop in ".!?。！？" if (i := beside.find(stop, at + len(words))) >= 0]
    return bool(_DENIES.search(beside[start:at] + " " + beside[at + len(words):min(ends, default=len(beside))]))



def _judged(report_id: str, parts: list[str], spans: list[tuple[int, int]], body: Normalized, original: str,
            language: str, edges: tuple[bool, bool], headings: Sections, cut: bool) -> Location:
    """The quote found at `spans`: verified, or approximate for what changes its sense there."""
    if (word := cut_negation(spans[0][0], spans[-1][1], body.text)) is not None:
        return Location(QuoteStatus.APPROXIMATE, passage(report_id, [word], body, original), 99.0)
    whole = passage(report_id, spans, body, original)
    def one_block(a: int, b: int) -> bool:  # reading_text parts blocks with a blank line, a row's
        # cells with a tab and a line break; a lone line break is a hard break or a code
        # block's line, inside one block
        stretch = original[body.start(a):body.end(b)]
        return "\n\n" not in stretch and ROW_CELLS not in stretch
    if (edge := edge_negation(spans[0][0], spans[-1][1], body.text, language, *edges, one_block)) is not None or (
            any(edges) and (edge := edge_negation(spans[0][0], spans[-1][1], body.text, language, False, False,
                                                  one_block)) is not None):
        # "reopen the mine", or "… reopen the mine", of "did not reopen the mine"
        return Location(QuoteStatus.APPROXIMATE, passage(report_id, [edge], body, original), 99.0,
                        beside=True)
    # An ellipsis at an edge stands for the words there, and may not leave out what they do
    # to the quote ("… all workers were paid" of "Except for the guards, all workers were paid",
    # "will receive the bonus …" of "… only if"): the words beside it are read as if the quote
    # had no ellipsis, as well as for a negation the ellipsis stands for (edge_negation).
    if (scope := scope_cut(spans[0][0], spans[-1][1], body.text, language, False, False)) is not None \
            and (one_block(*scope) or _ANSWER_NEXT.fullmatch(original, body.start(scope[0]), body.end(scope[1]))):
        # "vaccination certificates are sold" of "Fake vaccination certificates are sold",
        # "All mines reopened" of "… except the one at Musan" (see scopes.py)
        return Location(QuoteStatus.APPROXIMATE, passage(report_id, [scope], body, original), 99.0,
                        beside=True)
    if original.find("\n\n", (ends := body.end(spans[-1][1])), ends + 400) >= 0 \
            and _PARAGRAPH_ENDS.match(original, ends, ends + 400) \
            and (undone := undone_next_paragraph(spans[0][0], spans[-1][1], body.text, language)) is not None \
            and _next_paragraph_opens(original, body.end(undone[0]), body.start(undone[1]), headings):
        # "Three soldiers were killed." of a paragraph the next one opens with "The army later
        # denied this.": the passage is the quoted words and what undoes them (the undoing
        # alone, from the full stop on, was highlighted as if it were the quote)
        undone = (min(spans[0][0], undone[0]), max(spans[-1][1], undone[1]))
        return Location(QuoteStatus.APPROXIMATE, passage(report_id, [undone], body, original), 99.0,
                        beside=True)
    if (note := corrected(spans[0][0], spans[-1][1], body.text, language)) is not None:
        # "The minister resigned on Monday." of a report whose correction says "An earlier
        # version of this article wrongly stated that the minister resigned"
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, frame="correction",
                        framed=original[body.start(note[0]):body.end(note[1])].strip())
    if (note := footnoted(spans[0][0], spans[-1][1], body, original)) is not None:
        # "The plant produced 20,000 tonnes in May.[^1]" of a report whose "[^1]: This figure
        # could not be independently verified and may be exaggerated."
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, frame="notice",
                        framed=original[note[0]:note[1]].strip())
    if (notice := noticed(spans[0][0], spans[-1][1], body, original, language)) is not None:
        # "the market was closed on March 3" of a report whose "Update (March 5): … the market
        # was never closed … We regret the error."
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, frame="notice",
                        framed=original[notice[0]:notice[1]].strip())
    if (notice := satirical(spans[0][0], spans[-1][1], body, original, language)) is not None:
        # "the world's first fully invisible tank" of a report that says "This article is satire."
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, frame="notice",
                        framed=original[notice[0]:notice[1]].strip(" *_"))
    if (lead := lead_cut(spans[0][0], spans[-1][1], body.text, language, False)) is not None \
            and one_block(*lead):
        # "the regime collapsed" of "Nobody believes the regime collapsed", "collapsed" of
        # "nearly collapsed" (see leadins.py)
        return Location(QuoteStatus.APPROXIMATE, passage(report_id, [lead], body, original), 99.0,
                        beside=True)
    if not edges[0] and (lead := _clause_lead(spans[0][0], spans[-1][1], body.text, language)
                         or _sentence_lead(spans[0][0], spans[-1][1], body.text, language)
                         or _lead_set_apart(spans[0][0], spans[-1][1], body.text, language)) is not None \
            and one_block(*lead):
        # "had achieved a bumper harvest" of "Officials denied that the country had achieved a
        # bumper harvest": the quote leaves out its clause's first words, not what governs them
        return Location(QuoteStatus.APPROXIMATE, passage(report_id, [lead], body, original), 99.0,
                        beside=True)
    if not edges[1] and (rest := _clause_rest(spans[0][0], spans[-1][1], body.text, language)) is not None \
            and one_block(*rest):
        # "The zone is open" of "The zone is open to foreign investors in name only": the quote
        # stops inside its clause, before what limits, denies or hedges the whole of it
        return Location(QuoteStatus.APPROXIMATE, passage(report_id, [rest], body, original), 99.0,
                        beside=True)
    if (frame := _doubting_heading(spans, body, original, headings, language)) is not None:
        # "The Musan mine reopened in May" in a section headed "Unconfirmed reports"
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, framed=frame)
    if (frame := _doubting_lead(spans, body, original, headings)) is not None:
        # "the Hyesan copper mine has closed" in a list after "Rumours circulating in Hyesan:"
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, framed=frame, frame="list")
    if (verdict := _doubting_cell(spans, body, original)) is not None:
        # "Kim Jong Un visited Rason in May" in a table row whose other cell says "False"
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, framed=verdict, frame="row")
    if (verdict := _rated_claim(spans, body, original)) is not None:
        # "The vaccine causes infertility" of a fact check's "Claim: …", rated "False" below it
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, framed=verdict, frame="rating")
    if (label := _labelled(spans, body, original)) is not None:
        # "North Korea imports all its solar panels from China" after "**Myth:**"
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, framed=label, frame="label")
    if _across_heading(spans, body, headings):
        # "Musan mine closed in 2019" of a heading "Musan mine closed" and a paragraph
        # "In 2019 the province opened two new pits": a sentence the report never wrote.
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, across_heading=True)
    if _across_blocks(spans, body, original):
        # "Musan reopened" of a table whose rows are "closed | Musan" and "reopened | Komdok"
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, across_blocks=True)
    if cut:
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0)
    if len(spans) == 1 or _fair_elision(parts, spans, body.text):
        if _joins_sentences(parts, spans, body, original):
            return Location(QuoteStatus.APPROXIMATE, whole, 99.0, across_sentences=True)
        if _joins_clauses(spans, body.text, language) or _subject_left_out(spans, body.text, language):
            return Location(QuoteStatus.APPROXIMATE, whole, 99.0, across_clauses=True)
        limit = None if len(spans) == 1 else next(
            (found for (_, end), (start, _) in zip(spans, spans[1:])
             if (found := elided_limit(body.text, end, start, language)) is not None), None)
        if limit is None and elides_negation(spans, body.text, language):
            # "did … reopen" of "did not reopen" says the opposite: its passage is the
            # stretch unbroken, so that the warning shows the word the ellipsis stands for.
            return Location(QuoteStatus.APPROXIMATE, passage(report_id, [(spans[0][0], spans[-1][1])], body,
                                                             original), 99.0)
        if limit is None and len(spans) > 1:
            limit = _beside_a_gap(spans, body.text, language)
        if limit is None:
            return Location(QuoteStatus.VERIFIED, whole, 100.0)
        # "All workers … were paid" of "All workers, except the guards, were paid"
        named = original[body.start(limit[0]):body.end(limit[1])].strip(" ,;:-–—()")
        return Location(QuoteStatus.APPROXIMATE, whole, 99.0, limit=named)
    # Every word is the report's, but the elision drops whole sentences or leaves
    # fragments too short to keep the sense: the author should look at it.
    return Location(QuoteStatus.APPROXIMATE, whole, 99.0)


# The first words of a clause a quote starts inside of, after the word that opens it ("that
# the country | had achieved", "whether the mine has | reopened"): a subject of a few words
# and the auxiliaries of the quote's verb, no clause of their own ("If they can | they bribe",
# "Whether talks resume is up to | one man")
_AUXILIARY = (r"(?:has|have|had|is|are|was|were|be|been|being|will|would|can|could|shall|should|may|might|must|do|does"
              r"|did)")
_CLAUSE_OPENED = lazy(r"(?<![\w'-])(?:that|whether|if) (?:(?:the|a|an|its|their|his|her|our|this|these|those|some|many"
                      r"|most|all|several) )?(?:(?!(?:and|but|or|nor|while|because|although|though|since|when|after"
                      r"|before|yet|so|who|which|whom|whose|where|that|whether|if|not|never|" + _AUXILIARY + r")\b)"
                      r"[\w'’-]+ ){0,3}(?:" + _AUXILIARY + r" ){0,3}[\"']?$"
                      # … or a phrase the clause quotes, past its verb: 'that it had achieved a "| bumper harvest"'
                      r"|(?<![\w'-])(?:that|whether|if) (?:(?!(?:and|but|or|nor|while|because|although|though|since"
                      r"|when|after|before|yet|so|who|which|whom|whose|where|that|whether|if)\b)[\w'’-]+ ){1,8}[\"']$")
# … in other languages, a subject of a few words after the word that opens the clause
# ("démenti que le pays | ait obtenu", "bestritten, dass das Land | eine Rekordernte erzielt hatte")
_OPENED_IN = {
    "fr": r"que |qu'|si |s'(?=ils? )", "es": "que |si ", "pt": "que |se ", "it": "che |ch'|se ",
    "de": "dass |daß |ob |wenn |falls ", "ru": "что |чтобы |будто |если |ли ", "uk": "що |щоб |чи |якщо |нібито ",
}
_CLAUSE_OPENED_IN = {"en": _CLAUSE_OPENED} | {
    code: lazy(rf"(?<![\w'-])(?:{words})(?:[^\W\d_][\w'’-]* ){{1,3}}[\"']?$") for code, words in _OPENED_IN.items()}
# (their words as plain text, looked for first: the patterns try their lookbehind at every offset)
_OPENERS = {"en": ("that ", "whether ", "if ")} | {
    code: tuple(w.split("(")[0] for w in words.split("|")) for code, words in _OPENED_IN.items()}
_OPENER = lazy(r"[^\s']*['\s]")  # the word that opens the clause, with its space or apostrophe
_ENDS_AUXILIARY = lazy(r"\b" + _AUXILIARY + r" $")
_NEW_SUBJECT = lazy(r"(?:i|you|he|she|it|we|they|there|the|a|an|this|that|these|those|his|her|its|their|our|my)\b")


def _clause_lead(start: int, end: int, text: str, language: str) -> tuple[int, int] | None:
    """What governs the clause that the quote text[start:end] starts inside of, from before
    the clause's first words (a denial, a claim, a doubt, a condition), as the judges find
    it before a quote that starts the clause: the stretch from there to the quote's end, or
    None. In the languages whose words that open a clause _OPENED_IN names, and English."""
    lo, code = max(0, start - 80), primary_language(language) or "en"
    if code not in _OPENERS or not any(w in text[lo:start] for w in _OPENERS[code]) \
            or (m := _CLAUSE_OPENED_IN[code].search(text, lo, start)) is None:
        return None
    if (opens := m.start() + _OPENER.match(m.group()).end()) >= start \
            or code == "en" and _ENDS_AUXILIARY.search(m.group()) and _NEW_SUBJECT.match(text, start):
        return None  # ("If they can | they bribe the guards": the auxiliary's verb left out, not the quote's)
    return _governed_from(opens, end, text, language)


# Words set off at a sentence's start, before its comma; then a few plain words of its first
# clause before a quote
_SET_OFF_OPENING = lazy(r"(?:^|(?<=[.!?] )|(?<=\n))[^,.;:!?\n\"]{1,40}$")
_FIRST_WORDS = lazy(r"(?:[\w'’-]+ ){1,8}[\"']?")


def _sentence_lead(start: int, end: int, text: str, language: str) -> tuple[int, int] | None:
    """As _clause_lead, for words set off at the start of the quote's sentence, which govern
    all of its first clause ("On paper, state rations are | 700 grams a day", "If true, the
    report means | the camp has doubled"): English only."""
    if (primary_language(language) or "en") != "en" or (comma := text.rfind(", ", max(0, start - 120), start)) < 0 \
            or not _FIRST_WORDS.fullmatch(text, comma + 2, start) \
            or not _SET_OFF_OPENING.search(text, max(0, comma - 41), comma):
        return None
    return _governed_from(comma + 2, end, text, language)


# Words set off with commas or dashes between what governs a quote and the quote: "it was
# possible, though unlikely, that |", "The ministry denied, however, that |"; not a second verb
# of the subject's, nor words that vouch for it ("denied, but later admitted, that |", "Few
# believed, until the photos emerged, that |", "It was unlikely, though now certain, that |"),
# unless they deny it ("likely, but not certain, that |")
_SET_APART = lazy(r"(,| -) (?!(?:but(?! (?:not(?! for long)|never|hardly|far from)\b)|then|and|yet|or|until|since"
                  r"|before|after|when|while|later|now)\b)"
                  r"(?![^,\n-]*\b(?<!not )(?<!never )(?<!hardly )(?<!far from )"  # (not "though not certain")
                  r"(?:certain|confirmed|true|sure|clear|proven|proved|known|definite|undeniable)\b)"
                  # ("according to analysts at 38 North,")
                  r"(?:[^\W\d_][\w'’]* ){0,6}(?:\d+ )?[^\W\d_][\w'’]*\1 (that )$")


def _lead_set_apart(start: int, end: int, text: str, language: str) -> tuple[int, int] | None:
    """As _clause_lead, for a lead-in the words set off right before the quote part from it,
    read without them: English only."""
    if (primary_language(language) or "en") != "en" \
            or (m := _SET_APART.search(text, max(0, start - 80), start)) is None:
        return None
    lo = max(0, m.start() - 200)
    before = text[lo:m.start()] + " " + m.group(2)
    found = _governed_from(len(before), len(before) + end - start, before + text[start:end], language)
    return None if found is None else (lo + min(found[0], m.start() - lo), end)


# A question and the answer that opens the next paragraph, in an interview's transcript:
# "Q: Is it true that | soldiers sold fuel?" then "A: I never saw that myself." (the answer
# named as one, by "A:" or the speaker's name: not any paragraph after a question)
_ANSWER_NEXT = lazy(r"[^\n]*\?[\"')\]”’]*\n\n[\w.'’-]{1,30}(?: \([^()\n]{1,30}\))? ?: [^\n]*")


def _governed_from(opens: int, end: int, text: str, language: str) -> tuple[int, int] | None:
    """What the judges find governing a quote text[opens:end] from before it: the stretch
    from there to `end`, or None."""
    for found in (lead_cut(opens, end, text, language, False), edge_negation(opens, end, text, language, False, False),
                  scope_cut(opens, end, text, language, False, False)):
        if found is not None and found[0] < opens:
            return found[0], end
    return None


# The rest of the clause a quote stops inside of: a few plain words up to a comma, a full stop
# or a word that opens another clause ("The zone is open | to foreign investors | in name only.")
_CLAUSE_JOINS = (r" (?:and|but|or|nor|while|whereas|because|although|though|who|which|where|et|mais|y|pero|e|mas|ma|und"
                 r"|aber|и|но|а)\b")
_CLAUSE_RUN = lazy(r"(?:(?!" + _CLAUSE_JOINS + r") [^\W_][\w'’-]*){1,12}?(?=[,.;:!?)]|$|" + _CLAUSE_JOINS + ")")
_WORDS_AHEAD = lazy(r"(?:(?!" + _CLAUSE_JOINS + r") [^\W_][\w'’-]*){1,8}")  # (or of a longer clause, its next words)
# … and the words inside it where a limit may start: "is open | to foreign investors | in name
# only", "are paid | their wages | only if", "was closed | for a week | unless"
_INLINE_LIMIT = {code: lazy(rf" (?:{words})\b") for code, words in {
    "en": r"in name|in theory|in principle|on paper|only|unless|(?<!\beven)(?<!\bas)(?<!\bonly) if|provided|except"
          r"|until",
    "fr": r"seulement|uniquement|sauf|à moins|sur le papier|en théorie|(?<!\bmême)(?<!\bcomme) si",
    "es": r"solo|sólo|solamente|únicamente|salvo|excepto|a menos|sobre el papel|en teoría|(?<!\baun) si",
    "pt": r"só|somente|apenas|exceto|salvo|a menos|no papel|em teoria|(?<!\bmesmo) se",
    "it": r"solo|soltanto|solamente|tranne|salvo|a meno|sulla carta|in teoria|(?<!\banche) se",
    "de": r"nur|außer|es sei denn|auf dem papier|theoretisch|wenn|falls",
    "ru": r"только|лишь|кроме|если|на бумаге|теоретически", "uk": r"тільки|лише|крім|якщо|на папері|теоретично",
}.items()}
# A hedge set off past more words of the clause is of those words: "was executed in December
# 2013 | for treason, allegedly." (as scopes' _LIMITED_AFTER reads it)
_SET_OFF_HEDGE = lazy(r"(?:,| -| \()? ?" + SET_OFF_HEDGES + r"\b")


def _clause_rest(start: int, end: int, text: str, language: str) -> tuple[int, int] | None:
    """What limits, denies or hedges the clause that the quote text[start:end] stops inside
    of, past the clause's last words, as the judges find it after a quote that ends the
    clause: the stretch from the quote's start to the end of what does so, or None. In
    English and the languages _OPENED_IN names (spaced, with words after the quote that the
    judges read)."""
    code = primary_language(language) or "en"
    if code not in _OPENERS or not text[end - 1:end].isalnum() \
            or (ahead := (run := _CLAUSE_RUN.match(text, end)) or _WORDS_AHEAD.match(text, end)) is None:
        return None  # (a quote that ends with a mark ends its sentence or clause)
    stops = [m.start() for m in _INLINE_LIMIT[code].finditer(text, end, ahead.end()) if m.start() > end]
    stops += [run.end()] if run is not None else []
    for stop in stops:
        for found in (scope_cut(start, stop, text, language, False, False, before=False),
                      edge_negation(start, stop, text, language, False, False, before=False)):
            if found is not None and found[1] > stop and not _SET_OFF_HEDGE.match(text, stop):
                return start, found[1]
    return None


def _beside_a_gap(spans: list[tuple[int, int]], text: str, language: str) -> tuple[int, int] | None:
    """Words an ellipsis inside the quote stands for that would change the part after it, were
    that part a quote of its own with them right before it ("Customs found … export
    licences" of "found fake export licences", "may … keep" of "may, in theory, keep"), or
    the part before it, with them right after it: where they are in the gap, or None. What
    the judges find in the quote's own words, or beyond the gap, is the quote's, and judged
    as a whole."""
    first, last = spans[0][0], spans[-1][1]
    for (_, gap), (after, _) in zip(spans, spans[1:]):
        # (a part that goes on with "and", "but" … starts a clause of its own: "expliqué … et a
        # annoncé" of "expliqué pourquoi la mine fermera probablement et a annoncé")
        before_next = () if GOES_ON.match(text, after) else (
            scope_cut(after, last, text, language, False, True), lead_cut(after, last, text, language, False),
            edge_negation(after, last, text, language, False, True))
        if (lo := min((j[0] for j in before_next if j is not None and gap <= j[0] < after), default=None)) is not None:
            return lo, after
        if NOT_X_BUT.search(text, gap, after):
            continue  # "It was … the police" of "It was not the army but the police": what it was
        after_previous = (scope_cut(first, gap, text, language, True, False),
                          edge_negation(first, gap, text, language, True, False))
        if (hi := max((j[1] for j in after_previous if j is not None and gap < j[1] <= after), default=None)):
            return gap, hi
        if (primary_language(language) or "en") == "en" and _SAID_AT_END.search(text, first, gap) \
                and (belief := _BELIEF_GAP.fullmatch(text, gap, after)):
            # "The defector said … the factory was producing" of "said he believed the factory
            # was producing": a belief he said he held, given as what he said
            return belief.start(1), belief.end(1)
    return None


# Words a verb of saying takes before its clause that make the clause a belief, a fear or
# an estimate: "he believed", "that they suspected", "officials in Seoul think that"
_BELIEF_GAP = lazy(r"\s*(?:that )?((?:[\w'’.-]+ ){0,4}(?:believed|believes|believe|thought|thinks|think|suspected"
                   r"|suspects|suspect|feared|fears|fear|guessed|guesses|assumed|assumes|assume|estimated|estimates"
                   r"|speculated|speculates|imagined|supposed|suppose)(?: that)?)\s*")


def _find(parts: list[str], body: Normalized, joined: _Joined) -> list[tuple[int, int]] | None:
    """Each part in order, on word and number boundaries (`joined`): the report's own "Well...
    the mill" as written first, then as _find_parts, _find_marked and _find_unspaced find it."""
    literal = _find_literal(parts, body.text, joined) if len(parts) > 1 else None
    spans = [literal] if literal is not None else _find_parts(parts, body.text, joined)
    if spans is None:
        spans = _find_marked(parts, body.text, joined)
    if spans is None:
        spans = _find_unspaced(parts, body.text, joined)
    return spans


# Quotation marks around a whole quote, as normalize() leaves them (“…”, «…», „…“, 「…」 are
# "…"). Single marks too (‘…’ and '…' are "'…'"; ‹…›): British and Korean style quote so.
_ENCLOSING = {'"': '"', "'": "'", "‹": "›", "›": "‹"}
_OPENING_SINGLE = lazy(r"(?:^|\s)'\w|\w'(?:\s|$)")  # a single mark that opens or closes, not an apostrophe


def _unwrapped(parts: list[str]) -> list[str] | None:
    """The parts without the quotation marks an author put around the whole quote ("“the
    mill closed”" of a report that has none), or None when it has no such pair."""
    opening, closing = parts[0][:1], _ENCLOSING.get(parts[0][:1], "")
    if closing and len(parts[-1]) > 2 and parts[-1][-1] in ".,;:!?" and parts[-1][-2] == closing:
        parts = [*parts[:-1], parts[-1][:-1]]  # "“The mill closed”." : the full stop is the author's sentence's
    if not closing or len(parts[0]) < 2 or not parts[-1].endswith(closing):
        return None
    inner = [parts[0][1:], *parts[1:]] if len(parts) > 1 else [parts[0][1:-1]]
    if len(parts) > 1:
        inner[-1] = inner[-1][:-1]
    inner = [p.strip() for p in inner]
    # A quotation inside double marks may keep its own double marks ("“He said “no” today”"):
    # only the words found as written count, so "“mill” and “March”" is still no quote.
    if not all(inner) or (opening == "'" and any(_OPENING_SINGLE.search(p) for p in inner)):
        return None
    return inner


# A heading that is nothing but a label of doubt on the section under it: "Unconfirmed
# reports", "Rumours from Hyesan", "Claims we could not verify", "False claims by KCNA". Not a
# headline whose subject is a doubt or a falsehood ("Speculation about Kim's health", "False
# alarm in Seoul", "Rumours of a purge", "Disinformation campaign targets voters").
_DOUBTING_HEADING = lazy(
    r"(?:(?:unconfirmed|unverified|uncorroborated|unsubstantiated) (?:reports?|claims?|accounts?|information|news"
    r"|rumou?rs?|sightings)|(?:false|debunked|discredited|fabricated) (?:claims?|reports?"
    r"|rumou?rs?|stories)|(?:claims?|reports?|accounts?|rumou?rs?|stories|what) (?:that )?(?:we|i) (?:could not"
    r"|couldn't|cannot|can't|have not been able to|were unable to|was unable to) (?:yet )?(?:verify|confirm"
    r"|corroborate))"
    r"(?: (?:from|in|out of|by) [^\s.:;!?]+(?: [^\s.:;!?]+){0,3})?"
    # (a bare rumour, or one from a place: "Rumours about Kim's health", "Gossip in the market" head
    # the report's own account of them)
    r"|(?:rumou?rs?|hearsay|gossip)(?: (?:from|out of) [^\s.:;!?]+(?: [^\s.:;!?]+){0,3})?"
    # (or what it heads is false, said in a word: "Debunked", "False", "Myths", "Disinformation")
    r"|debunked|discredited|false|myths?|fake news|(?:dis|mis)information"
    r"|unconfirmed|unverified|uncorroborated|unsubstantiated|not (?:yet )?(?:confirmed|verified)"
    # (or the regime's own account: "What state media claims", "The regime's version", "KCNA's claims")
    r"|(?:what )?(?:the )?" + REGIME_VOICE + r" (?:claims?|boasts?)"
    r"(?: (?:about|on|of) [^\s.:;!?]+(?: [^\s.:;!?]+){0,3})?"
    # (but "The official account" is as often a neutral label of what officials said)
    r"|(?:the )?(?:" + REGIME_VOICE + r"'s (?:claims?|version|narrative|account|line|story)"
    r"|official (?:claims?|version|narrative|line|story))"
    r"|(?:state |regime |official )?propaganda(?: claims?)?")
_DOUBT_WORD = lazy(r"unconfirmed|unverified|uncorroborated|unsubstantiated|rumou?r|hearsay|gossip|false|debunked"
                   r"|discredited|fabricated|verif|confirm|corroborat|myth|fake|information|claim|boast|version"
                   r"|narrative|propaganda|line|story|account", re.IGNORECASE)


# … and in other languages, the plainest such labels: "Rumeurs", "Informations non confirmées",
# "Unbestätigte Berichte", "Слухи", 확인되지 않은 소문, 未確認情報, 未经证实的传闻
_DOUBTING_HEADING_IN = {code: lazy(label) for code, label in {
    "fr": r"(?:rumeurs?|on-dit|(?:informations?|nouvelles?|rapports?|affirmations?) non (?:confirmée?s?|vérifiée?s?))",
    "es": r"(?:rumores?|(?:informaciones?|noticias?|informes?|datos) (?:no|sin) (?:confirmad[oa]s?|verificad[oa]s?"
          r"|confirmar|verificar))",
    "pt": r"(?:rumores?|boatos?|(?:informações|informação|notícias?|relatos?) não (?:confirmad[oa]s?|verificad[oa]s?))",
    "it": r"(?:indiscrezioni|(?:notizie|informazioni|resoconti) non (?:confermate|verificate))",
    "de": r"(?:gerüchte|unbestätigte (?:berichte|meldungen|informationen|angaben)|nicht bestätigt)",
    "ru": r"(?:слухи|неподтвержд[её]нные (?:данные|сообщения|сведения|слухи))",
    "uk": r"(?:чутки|непідтверджені (?:дані|повідомлення|відомості|чутки))",
    "ko": r"(?:소문|루머|(?:확인되지 않은|미확인) ?(?:소문|보도|정보|주장|소식|첩보)?)",
    "ja": r"(?:噂|うわさ|未確認(?:の)?(?:情報|報道)?)",
    "zh": r"(?:传闻|傳聞|谣言|謠言|未经证实的?(?:消息|传闻|报道|说法)?|未經證實的?(?:消息|傳聞|報導|說法)?)",
}.items()}


def _doubting_heading(spans: list[tuple[int, int]], body: Normalized, original: str,
                      headings: Sections, language: str) -> str | None:
    """The heading of the quote's section, if it says the section is not vouched for (see
    _DOUBTING_HEADING, _DOUBTING_HEADING_IN)."""
    code = primary_language(language) or "en"
    if code != "en" and code not in _DOUBTING_HEADING_IN:
        return None
    start = body.start(spans[0][0])
    above = max((h for h in headings if len(h) == 2 and h[1] <= start), default=None)
    if above is None:
        return None
    heading = original[above[0]:above[1]].strip()
    if code == "en" and not _DOUBT_WORD.search(heading):  # (most headings: a quick look, not the label's)
        return None
    label = " ".join(heading.casefold().strip(" #*_:.!?-–—\"'“”").split())
    pattern = _DOUBTING_HEADING if code == "en" else _DOUBTING_HEADING_IN[code]
    return heading if pattern.fullmatch(label) else None


# A list's lead-in that says what follows is not vouched for: "Rumours circulating in Hyesan:",
# "Claims we could not verify:", "Propaganda posters proclaim:", "The committee's plans for next
# year include:", "Rumeurs qui circulent à Hyesan :", "혜산에 도는 소문:"; not where it says they
# were confirmed ("Rumours that officials later confirmed:")
_DOUBTING_LEAD = lazy(
    r"(?<![\w-])(?:unconfirmed|unverified|uncorroborated|unsubstantiated|rumou?rs?|rumou?red|hearsay|gossip"
    r"|propaganda|allegations?|alleged(?:ly)?|purported(?:ly)?|claims?|plans?|planned|proposals?|proposed|promises?"
    r"|promised|pledges?|pledged|vowed|would|(?:could|can|did) ?(?:not|n't) (?:be )?(?:independently )?"
    r"(?:verif|confirm|corroborat)\w*|unable to (?:verify|confirm)|not (?:been |yet )?(?:independently )?"
    r"(?:verified|confirmed)|rumeurs?|non (?:confirmée?s?|vérifiée?s?)|rumores|sin (?:confirmar|verificar)|gerüchte?"
    r"|unbestätigte?\w*|слух\w*|неподтвержд\w*)(?![\w-])"
    r"|소문|루머|미확인|확인되지 않은|주장|传闻|傳聞|传言|傳言|谣言|謠言|未经证实|未經證實|噂|うわさ|未確認")
# … or that makes every item a condition's, or denies them all: "If the floods recede:", "In case
# of rain:", "Officials denied that:", "The ministry rejected reports that:" (the lead-in's last
# sentence opening with the condition, or ending with the denial)
_UNDOING_LEAD = lazy(r"^(?:(?:but|and|only) )?(?:if|unless|in case|in the event|should|provided|assuming)\b"
                     r"|\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|refuted|refutes|disputed|disputes)"
                     r"(?: (?:the |any |all )?(?:claims?|reports?|allegations?|rumou?rs?|suggestions?))?(?: that)?\W*$")
_CONFIRMED_LEAD = lazy(r"(?<![\w-])(?<!not )(?<!not be )(?<!never )(?<!yet to be )(?<!un)(?:confirmed|verified"
                       r"|corroborated|proved|proven|came true|carried out|completed|achieved|accurate|true|kept"
                       r"|supported|adopted|took effect|borne out|implemented|fulfilled)(?![\w-])")
# (the lead-in's last sentence, the one its colon ends: "We planned this survey in 2022. Key findings:")
_LAST_SENTENCE = lazy(r"(?:^|[.!?。！？]\s+)([^.!?。！？]*)$")


# The end of the quote's sentence and its paragraph's end (looked for first: most quotes' go on),
# and then the next paragraph's first sentence
_PARAGRAPH_END = r"(?:[^\n.!?]|\.(?=\w))*[.!?][\"')\]»”]*(?:\[\^?\d{1,3}\])*\n\n"  # (a dot in "3.5" ends none)
# (… or the quote's own full stop ends both: "The mine reopened in May.")
_PARAGRAPH_ENDED = r"(?<=[.!?])[\"')\]»”]*(?:\[\^?\d{1,3}\])*\n\n|"
_PARAGRAPH_ENDS = lazy(_PARAGRAPH_ENDED + _PARAGRAPH_END)
_PARAGRAPH_ON = lazy(f"(?:{_PARAGRAPH_ENDED}{_PARAGRAPH_END})" + r"(?=[^\n]+$)")


def _next_paragraph_opens(original: str, at: int, end: int, headings: Sections) -> bool:
    """Whether original[at:end], from a quote's end to the end of the sentence after it, runs
    to the end of the quote's paragraph and on into the next one, neither of them a heading
    or a row of a table."""
    if (on := _PARAGRAPH_ON.match(original, at, end)) is None or ROW_CELLS in original[at:end]:
        return False
    return not any(section[0] <= at < section[1] or section[0] == on.end()
                   for section in headings if len(section) == 2)


def _doubting_lead(spans: list[tuple[int, int]], body: Normalized, original: str,
                   headings: Sections) -> str | None:
    """The lead-in of the list the quote is in (markup.reading_text_and_headings), if it says
    the list's items are not vouched for."""
    if all(len(h) == 2 for h in headings):  # (most reports: no list after a lead-in)
        return None
    start, end = body.start(spans[0][0]), body.end(spans[-1][1])
    lead = next((h for h in headings if len(h) == 3 and h[1] <= start and end <= h[2]), None)
    if lead is None:
        return None
    said = original[lead[0]:lead[1]].strip()
    last = _LAST_SENTENCE.search(said)
    words = (last[1] if last else said).casefold()
    return said if (_DOUBTING_LEAD.search(words) or _UNDOING_LEAD.search(words)) \
        and not _CONFIRMED_LEAD.search(words) else None


# A table cell that rates the row as not vouched for: "| Kim visited Rason | False |"
_DOUBTING_CELL = lazy(
    r"(?:false|untrue|not true|fake|fabricated|misleading|unverified|unconfirmed|uncorroborated|unsubstantiated"
    r"|not (?:yet )?(?:verified|confirmed)|rumou?r(?:ed)?|hearsay|denied|disputed|debunked|doubtful|unproven"
    r"|no evidence|unlikely|faux|fausse|non (?:confirmée?|vérifiée?)|rumeur|falso|falsa|sin confirmar|rumor"
    r"|falsch|unbestätigt|gerücht|ложь|неправда|не подтвержден[оа]?|слух|사실 ?아님|사실이 아님|거짓|허위|미확인|소문"
    r"|不实|不實|虚假|虛假|假|未证实|未證實|传闻|傳聞|谣言|謠言|誤り|虚偽|未確認|デマ)"
    r"(?:[,;/] ?(?:false|untrue|unverified|unconfirmed|rumou?r|denied|disputed|fake|misleading))*")


# … under a header that says the column rates the rows (not "North Korea's response | Denied")
_VERDICT_HEADER = lazy(
    r"verdict|rating|rated|status|assessment|fact[- ]?check|true or false|true/false|confirmed|verified|accuracy|source"
    r"|credibility|reliability|finding|판정|결과|평가|사실 여부|核实|结论|判定|評価|вердикт|статус|оценка|проверка"
    r"|statut|évaluation|vérification|evaluación|estado|verificación|veredicto|bewertung|urteil|prüfung|faktencheck")


def _table_header(original: str, row_start: int) -> str:
    """The first row of the table whose row starts at `row_start` (rows, like every block, are
    apart by a blank line; a table's have ROW_CELLS between their cells)."""
    header, at = "", row_start - 2
    while at > 0:
        before = original.rfind("\n\n", 0, at)
        block = original[before + 2 if before >= 0 else 0:at]
        if ROW_CELLS not in block:
            break
        header, at = block, before
    return header


def _doubting_cell(spans: list[tuple[int, int]], body: Normalized, original: str) -> str | None:
    """Another cell of the table row the quote is in, if it rates the row as not vouched for
    (_DOUBTING_CELL) under a header that says so: the verdict column of a fact check."""
    if ROW_CELLS not in original:  # (most reports: no table)
        return None
    start, end = body.start(spans[0][0]), body.end(spans[-1][1])
    before, after = original.rfind("\n\n", 0, start), original.find("\n\n", end)
    row_start = before + 2 if before >= 0 else 0
    row = original[row_start:after if after >= 0 else len(original)]
    if ROW_CELLS not in row:  # (rows are apart by a blank line, as every block is)
        return None
    if not _VERDICT_HEADER.search(_table_header(original, row_start).casefold()):
        return None
    for cell in row.split(ROW_CELLS):
        words = " ".join(cell.casefold().strip(" *_.!").split())
        if words and _DOUBTING_CELL.fullmatch(words):
            return cell.strip()
    return None


# A fact check's claim, under its label or a heading of it, that a verdict a few blocks on
# rates as not vouched for: "**Claim:** The vaccine causes infertility. ⏎⏎ **Rating:** False."
# (or a heading "Verdict" over "Mostly false.")
_CLAIM_WORDS = (r"(?:the |viral )?(?:claims?|allegations?|rumou?rs?|what (?:was|is) claimed|assertion|affirmation"
                r"|affirmación|afirmação|affermazione|behauptung|утверждение|주장|说法|說法|主張)")
_CLAIM_LABEL = lazy(_CLAIM_WORDS + r"\s?[:：]", re.IGNORECASE)
_CLAIM_HEADING = lazy(_CLAIM_WORDS + r"\s?[:：]?", re.IGNORECASE)
_VERDICT_LABEL = lazy(r"(?:our |the )?(?:verdict|rating|ruling|conclusion|finding|assessment|fact[- ]?check|veredicto"
                      r"|verificación|bewertung|urteil|faktencheck|verdetto|вердикт|оценка|판정|결론|结论|結論|判定)"
                      r"(?:\s?[:：]\s*|\n\n)([^\n]{1,80})", re.IGNORECASE)
_RATED_BY = lazy(r"(?:(?:mostly|largely|mainly|partly|partially|half|totally|completely|entirely)[ ,]*)*")
_VERDICT_REACH = 3  # blocks after the claim's its verdict is looked for in


def _block_start(original: str, at: int) -> int:
    """Where the block (paragraph, heading) that `original` holds before `at` starts."""
    cut = original.rfind("\n\n", 0, at)
    return cut + 2 if cut >= 0 else 0


def _rated_claim(spans: list[tuple[int, int]], body: Normalized, original: str) -> str | None:
    """The verdict of the fact check whose labelled claim the quote is in, if it rates it as
    not vouched for (_DOUBTING_CELL's words, "mostly false", "pants on fire")."""
    start, end = body.start(spans[0][0]), body.end(spans[-1][1])
    opens = _block_start(original, start)
    cut = opens - 2
    if ((label := _CLAIM_LABEL.match(original, opens)) is None or label.end() > start) \
            and not (cut > 0 and _CLAIM_HEADING.fullmatch(original, _block_start(original, cut), cut)):
        return None  # (nor a heading "Claim" the paragraph follows)
    at = original.find("\n\n", end)
    for _ in range(_VERDICT_REACH):
        if at < 0:
            return None
        if (verdict := _VERDICT_LABEL.match(original, at + 2)) is not None:
            said = verdict[1].strip(" *_")
            words = _RATED_BY.sub("", " ".join(said.casefold().replace("!", ".").split(".")[0].split()).strip(" ,"))
            return said if words == "pants on fire" or words and _DOUBTING_CELL.fullmatch(words) else None
        at = original.find("\n\n", at + 2)
    return None


# A paragraph or list item labelled as not so: "**Myth:** North Korea imports all its solar
# panels", "Rumour: the mine has closed", "Fake: …" (not "Claim:", which a verdict rates:
# _rated_claim; nor "Fact:")
# … past a sign before it ("⚠️ Unverified rumour going around Yanji WeChat groups: |"), and in
# Chinese, Japanese and Korean in brackets (【传闻】, [소문]); where it is going round, not what
# became of it ("Unconfirmed reports from last week turned out to be true:")
_GOING_AROUND = (r"(?: (?:going (?:a)?round|circulating|spreading|swirling|doing the rounds)(?: [\w'’-]+){0,4}?)?"
                 r"(?: (?:in|on|from|among|across|inside|about|at|via|out of)(?: [\w'’-]+){1,4})?")
_DOUBT_LABEL = lazy(r"(?:- |\d+[.)] )?[^\w\n]{0,4}(?:(?:myths?|rumou?rs?|hoax(?:es)?|fake(?: news)?|false"
                    r"|misconceptions?|fiction|disinformation|misinformation|unconfirmed|unverified"
                    r"|mythe|rumeur|bulo|mito|falso|gerücht|mythos|миф|слух|фейк"
                    r"|소문|루머|가짜뉴스|谣言|謠言|传闻|傳聞|噂|デマ)" + _GOING_AROUND
                    + r"\s?(?:[:：]|[-—–] )"
                    r"|(?:unverified|unconfirmed) (?:rumou?rs?|reports?|claims?|information)" + _GOING_AROUND
                    + r"\s?[:：]"
                    r"|[【\[〔（(]\s?(?:传闻|傳聞|谣言|謠言|未经证实|未經證實|未確認|噂|デマ|소문|루머|미확인)\s?[】\]〕）)])",
                    re.IGNORECASE)


_SENTENCE_ENDS = lazy(r"[.!?][\"')\]”’]* ")


def _labelled(spans: list[tuple[int, int]], body: Normalized, original: str) -> str | None:
    """The label that opens the quote's paragraph or list item, if it says what follows is
    not so (_DOUBT_LABEL)."""
    start = body.start(spans[0][0])
    cut = original.rfind("\n", 0, start)
    opens = cut + 1 if cut >= 0 else 0
    label = _DOUBT_LABEL.match(original, opens)
    if label is None or label.end() > start or _SENTENCE_ENDS.search(original, label.end(), start):
        return None  # (the label's own sentence only: not "Myth: … . Fact: |")
    return label.group().strip()


def _across_heading(spans: list[tuple[int, int]], body: Normalized, headings: Sections) -> bool:
    """Whether one unbroken stretch of the quote runs over a heading's edge, joining its
    words with those of the text before or after it (an ellipsis between them is the
    author's own elision, and says so)."""
    for s, e in spans:
        a, b = body.start(s), body.end(e)
        if any(a < edge < b for heading in headings if len(heading) == 2 for edge in heading):
            return True
    return False


# What ends a block the next may follow in one quote: the end of a sentence, perhaps inside
# quotation marks or brackets ("The mine closed." and then "Workers left.").
_BLOCK_END = lazy(r"(?:[.!?…。！？:;：；,，、।॥؟؛]|(?<![^\W\d_])(?:and|or|und|oder|et|ou|y|o))"
                  r"[\"'”’»」』)\]]*(?:\[\^?\d{1,3}\])*$")  # "said.[2]", "- maize, and"


def _across_blocks(spans: list[tuple[int, int]], body: Normalized, original: str) -> bool:
    """Whether one unbroken stretch of the quote runs from a block (a paragraph, list item or
    table cell, which reading_text parts with a blank line, or a row's cells with ROW_CELLS)
    that does not end its sentence into the next: words the report never wrote as one sentence."""
    for s, e in spans:
        a, b = body.start(s), body.end(e)
        for at in (m.start() for m in _BLOCK_BREAK.finditer(original, a, b)):
            if not _BLOCK_END.search(original, max(a, at - 8), at):
                return True
    return False


# … and the tags of HTML pasted with a report's text that part blocks (normalize() reads them
# as a space): "Musan mine</td><td>closed" is two cells, as in a Markdown table
_BLOCK_BREAK = lazy("\n\n|" + re.escape(ROW_CELLS) + r"|(?:</?(?:p|div|li|ul|ol|tr|td|th|table|tbody|thead|blockquote"
                    r"|h[1-6]|hr|center|section|article|header|footer|figure|figcaption)\b[^<>]{0,200}>\s*)+")


def _spaced_otherwise(parts: list[str]) -> list[list[str]]:
    """The parts without the space after a sentence's or a clause's punctuation, and with
    one: a report typed "in 2020.Trade fell", "2020,and", "평양，3월" or "（朝中社）：金正恩"
    (full-width marks carry their own space) is quoted with the space it lacks, and the
    reverse. Not between two numbers: "1,5" and "1, 5" are other numbers."""
    if not any(_JOINT.search(part) for part in parts):
        return []
    return [[_JOINT.sub(r"\1", part) for part in parts], [_JOINT.sub(r"\1 ", part) for part in parts]]


# Punctuation between two words (a letter after it, or a number after a word or a bracket),
# with the space after it if any
_JOINT = lazy(r"((?<=[\w)\]\"'])[.,;:!?](?= ?[^\W\d_])|(?<=[^\W\d_]|[)\]])[,;:](?= ?\d)) ?")


def _requoted(parts: list[str]) -> list[list[str]]:
    """The parts with their quotation marks of the other kind. A quotation inside a quote is
    written in single marks ("“He said ‘no’ today”") where the report, which quotes it
    alone, has double ones (He said “no” today), and the reverse."""
    variants = []
    for mark, other in (("'", '"'), ('"', "'")):
        if (swapped := _swapped_pairs(parts, mark, other)) is not None:
            variants.append(swapped)
    return variants


def _swapped_pairs(parts: list[str], mark: str, other: str) -> list[str] | None:
    """The parts with each pair of `mark` that opens and closes a quotation made `other`
    (a closing mark takes the nearest opening one before it), or None when there is none.
    A mark alone is no quotation mark: an apostrophe ("mill's", "the workers' union", "the
    '90s") or a prime (f′ and f″ are first and second derivatives; 5' is five feet, 30' thirty
    minutes of arc: 5" is not the same). A closing mark after a number closes its opening one
    ('the toll was 10'), and so does one before a Korean particle or Japanese kana (‘국가’로);
    one after a Chinese, Japanese or Korean letter opens (称韩国为“…”)."""
    text = "\x00".join(parts)  # a quotation may run across an ellipsis
    chars, opening, swapped = list(text), None, False
    for i in (i for i, c in enumerate(text) if c == mark):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if (opening is not None and not before.isspace() and before != "\x00"
                and (not (after.isalnum() or after == "_") or _CJK_LETTER.match(after))):
            chars[opening] = chars[i] = other
            opening, swapped = None, True
        elif (not (before.isalnum() or before == "_") or _CJK_LETTER.match(before)) and not after.isspace() \
                and after != "\x00":
            opening = i
    return "".join(chars).split("\x00") if swapped else None


def _find_parts(parts: list[str], text: str, joined: _Joined, after: int = 0) -> list[tuple[int, int]] | None:
    """Each part in order, from `after` on, starting and ending on word boundaries
    ("successful" is not found inside "unsuccessful")."""
    spans, cursor = [], after
    for part in parts:
        found = _find_bounded(part, text, cursor, joined)
        if found < 0:
            return None
        spans.append((found, found + len(part)))
        cursor = found + len(part)
    # The first occurrence of a part may be far from the next part while a later one is next
    # to it ("the mill closed … after the strike" of "the mill closed in 2019 … the mill
    # closed again, after the strike"): each part moves to its last occurrence before the next.
    # Only an occurrence close enough for a fair elision is worth moving to: the search is
    # bounded to that stretch and goes backwards, so it costs the stretch, not the report
    # (walking forward through every occurrence cost parts × report length, or occurrences
    # × part length for a long part that recurs overlapping: minutes for a 1 MB report).
    for i in range(len(spans) - 2, -1, -1):
        lowest = max(spans[i][0] + 1, spans[i + 1][0] - len(parts[i]) - _NEAR_CHARS)
        nearest = _rfind_bounded(parts[i], text, lowest, spans[i + 1][0], joined)
        if nearest >= 0:
            spans[i] = (nearest, nearest + len(parts[i]))
    return spans


_NEAR_CHARS = 32 * MAX_ELIDED_WORDS  # how far before the next part an elided part is looked for again


def _rfind_bounded(part: str, text: str, start: int, end: int, joined: _Joined) -> int:
    """The last occurrence of `part` within text[start:end] on word boundaries, or -1."""
    found = text.rfind(part, start, end)
    budget = _REFUSED_BUDGET
    while found >= 0 and (_inside_word(text, found) or _ends_inside_word(text, found + len(part))
                          or joined(found, found + len(part))):
        budget -= len(part)
        if budget < 0:
            return -1
        found = text.rfind(part, start, found + len(part) - 1)
    return found


# Each occurrence a part is refused at costs its length to find again: a long part with
# many refused occurrences ("aaaa…" inside one long word) would cost occurrences × length.
# Past this many characters compared, the part counts as not found exactly (the fuzzy
# match, bounded by MAX_ALIGNED_CHARS, then places it).
_REFUSED_BUDGET = 1_000_000


def _find_bounded(part: str, text: str, start: int, joined: _Joined) -> int:
    found = text.find(part, start)
    budget = _REFUSED_BUDGET + 4 * len(text)
    while found >= 0 and (_inside_word(text, found) or _ends_inside_word(text, found + len(part))
                          or joined(found, found + len(part))):
        budget -= len(part)
        if budget < 0:
            return -1
        found = text.find(part, found + 1)
    return found


def _find_literal(parts: list[str], text: str, joined: _Joined) -> tuple[int, int] | None:
    """The parts with the report's own ellipsis between each two, on word boundaries."""
    if "..." not in text and ". . ." not in text:
        return None  # most reports have none: no pattern to build
    pattern = re.compile(_NORMALIZED_ELLIPSIS.join(map(re.escape, parts)))
    match = pattern.search(text)
    while match is not None and (_inside_word(text, match.start()) or _ends_inside_word(text, match.end())
                                 or joined(match.start(), match.end())):
        match = pattern.search(text, match.start() + 1)
    return match.span() if match is not None else None


# A reference marker after a word or a full stop ("closed[3] after", "in 2019.[12] Then", a
# Markdown footnote "[^2]", a lettered note "[a]", a dagger): a quote copied without it is
# the same words.
# ("closed.[3][4] After": citations come in runs; some set them off with a space: "closed [3] after")
_MARKERS = lazy(rf"(?: ?(?:{ONE_MARKER}))*+")
# A footnote reference whose label is also defined as a link ("[^1]: https://…") is read as a
# link: its text "^1" follows the word or its punctuation. Not after a digit or a bracket:
# "10^2" is 10², "(in m)^2" square metres.
_MARKERS_OR_CARETS = lazy(rf"(?: ?(?:{ONE_MARKER})|\^\d{{1,3}}(?!\d))*+")
_MARKED = lazy(rf"{ONE_MARKER}|[^\d\s)\]]\^\d")
REFERENCE = lazy(ONE_MARKER)  # one marker, as a quote may hold it
_TOKENS = lazy(r"\w+|\s+|[^\w\s]+")
# An editor's words in square brackets, put into what a source said: "the [Kim Chaek] steel
# mill", "10 kilograms [22 pounds] of scrap", "until [the mill] repaid". A quote may keep the
# words without the brackets ("The Chinese company" of "The [Chinese] company"), or leave the
# insertion out ("the steel mill") unless it limits, denies or hedges what it stands in
# ("closed [temporarily]", "[not]", "[allegedly]").
_EDITORS = lazy(r" ?\[(?!\^)([^\[\]\n^]{1,40})\]")
_BRACKETED = lazy(r"\[(?!\^)[^\[\]\n^]{1,40}\]")
_NOT_LEFT_OUT = lazy(r"\b(?:not|no|never|none|nothing|without|only|except|almost|nearly|allegedly|alleged|reportedly"
                     r"|reported|supposedly|supposed|purported(?:ly)?|claimed|suspected|estimated|apparent(?:ly)?"
                     r"|probabl[ey]|possibl[ey]|likely|perhaps|maybe|temporar\w*|partly|partial(?:ly)?|planned|proposed"
                     r"|unconfirmed|unverified|false|untrue|wrong|former|ex|fake|so-called|would-be|up to|about|around"
                     r"|approximately|roughly|some|over|under|more than|less than|fewer than|at least|at most)\b"
                     r"|n't\b|\?|~")


def _tokens_at(tokens: list[str], text: str, at: int) -> int | None:
    """Where the tokens, in order, end when they start at text[at], reference markers after
    each but the last allowed (greedily, as a possessive pattern takes them), and an editor's
    insertion (_EDITORS) left out or its brackets; None when they do not. Matched by hand: a
    pattern compiled for each quote took a third of a build whose quotes all ran over markers."""
    pos, bracket = at, at > 0 and text[at - 1] == "[" and _BRACKETED.match(text, at - 1) is not None
    for i, token in enumerate(tokens):
        if not token.isspace() and text.startswith("[", pos) and not token.startswith("[") and not bracket \
                and _BRACKETED.match(text, pos):
            pos, bracket = pos + 1, True  # the insertion's words, quoted without its brackets
        if not text.startswith(token, pos):
            return None
        pos += len(token)
        if bracket and text.startswith("]", pos):
            pos, bracket = pos + 1, False
        if i + 1 < len(tokens) and not token.isspace():
            markers = _MARKERS if token[-1].isdigit() or token[-1] in ")]" else _MARKERS_OR_CARETS  # "(in m)^2"
            pos = markers.match(text, pos).end()
            if not bracket and (left := _EDITORS.match(text, pos)) and not _NOT_LEFT_OUT.search(left[1]) \
                    and not _keeps(tokens, i + 1, left[1]):
                pos = left.end()
    return None if bracket else pos


def _keeps(tokens: list[str], i: int, insertion: str) -> bool:
    """Whether the quote's tokens from i on go on with the insertion, bracketed or not."""
    word = next((token for token in tokens[i:] if not token.isspace()), "")
    return word.startswith("[") or insertion.startswith(word)


def _search_tokens(tokens: list[str], text: str, start: int) -> tuple[int, int] | None:
    """The first place from `start` where _tokens_at matches."""
    at = text.find(tokens[0], start)
    while at >= 0:
        if (end := _tokens_at(tokens, text, at)) is not None:
            return at, end
        at = text.find(tokens[0], at + 1)
    return None


@functools.lru_cache(maxsize=4)
def _has_markers(text: str) -> bool:
    """Whether `text` has a reference marker: asked of one report's text for quote after quote,
    and a text with a "[" but no marker was searched whole each time (0.27 s a quote in 1 MB)."""
    return any(char in text for char in "[^†‡") and (_MARKED.search(text) or _BRACKETED.search(text)) is not None


def _find_marked(parts: list[str], text: str, joined: _Joined) -> list[tuple[int, int]] | None:
    """Each part in order as _find_parts finds it, reference markers in the report between
    its words allowed; None when the report has none or the parts are not found so."""
    if not _has_markers(text):
        return None
    spans, cursor = [], 0
    for part in parts:
        if not (tokens := _TOKENS.findall(REFERENCE.sub("", part))):
            return None
        match = _search_tokens(tokens, text, cursor)
        budget = _REFUSED_BUDGET  # as _find_bounded: each refused occurrence costs the part again
        while match is not None and (_inside_word(text, match[0]) or _ends_inside_word(text, match[1])
                                     or joined(*match)):
            budget -= match[1] - match[0]
            if budget < 0:
                return None
            match = _search_tokens(tokens, text, match[0] + 1)
        if match is None:
            return None
        spans.append(match)
        cursor = match[1]
    return spans


# Where French typography puts a space, and others do not: inside quotation marks (« » and "
# are all " once normalised) and before : ; ! ? and, after a number, % (and Chinese and
# Japanese, which part no words with spaces, between two of their characters). "« La mine
# est fermée », a-t-il dit !" and "«La mine est fermée», a-t-il dit!" are one text: such
# spaces are left out of both sides.
# Straight marks do not say whether they open or close, so every space beside one goes: a
# quote that moves a mark across a space ('was" dead' of 'was "dead') is taken as the same.
# A dash set off by spaces ("steel — fell", typed "steel - fell" or "steel -- fell") is the
# unspaced dash of another style ("steel—fell"): spaces on both sides of a dash go too. A
# hyphen or minus with a space on one side only ("at −30", "pre- and post-war") keeps it,
# and so does a dash between two numbers: "voted 7 — 2 members were absent" is no 7-2
# vote, nor "fell in 2019 — 21 mines closed" a 2019-21 season.
# (every one a space: looked for first, as the lookbehinds opening most of them were tried at
# every character of the text, 0.13 s for a report of 600 KB)
_TYPOGRAPHIC_SPACE = lazy(r'(?= )(?: (?=[":;!?])|(?<=") |(?<!\d) (?=- )| (?=- (?!\d))'
                          r'|(?<=[ "]-)(?<!\d -) |(?<=[ "]-) (?!\d)|(?<=\d) (?=[%‰])'  # and "20 %"
                          # and a unit's ("45 km", "−28 °C", "30 km/h", "6,200 won"), a Korean
                          # unit's or counter's ("800 명", "6200 원": spaced by the standard
                          # spelling, unspaced by many), and the parts of a Korean number ("1만 2천원")
                          # and its unit after them ("1만2천 원")
                          r'|(?<=\d) (?=°|(?:km|kg|cm|mm|mg|ml|kw|mw|gw|kwh|mwh|ha|kph|mph|g|m|l|t|mt|lb|lbs|oz'
                          r'|won|kpw|krw|yuan|rmb|usd|км|кг|см|мм|га|т)(?![a-zа-яёіїєґ])|[\uac00-\ud7a3])'
                          r'|(?<=\d[만억조천]) (?=\d)|(?<=\d[만억조천백십]) (?=[원명개톤달위])'
                          # and between Chinese or Japanese characters ("金正恩　総書記"), or
                          # after their punctuation before one of them, a digit or a Latin
                          # letter (a line break after "，" or "、"; "强调, 要" typed for "强调，要")
                          '|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]) '
                          '(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])'
                          '|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff][,.:;!?\u3001\u3002]) '
                          '(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff0-9a-z])'
                          # and between one of their characters and a digit or Latin letter, as
                          # some put spaces there ("发布 mate 60 手机", "新型 ev")
                          '|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]) (?=[0-9a-z])'
                          '|(?<=[0-9a-z]) (?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]))')


@functools.lru_cache(maxsize=4)  # one report's quotes are located one after another
def _squeezed(text: str) -> tuple[list[int], str]:
    """The offsets of `text`'s typographic spaces, and `text` without them."""
    return [m.start() for m in _TYPOGRAPHIC_SPACE.finditer(text)], _TYPOGRAPHIC_SPACE.sub("", text)


@functools.lru_cache(maxsize=4)
def _has_typographic_space(text: str) -> bool:
    """Asked of one report's text for quote after quote (a string keeps its hash: a hit
    costs no second pass over the text)."""
    return _TYPOGRAPHIC_SPACE.search(text) is not None


def _find_unspaced(parts: list[str], text: str, joined: _Joined) -> list[tuple[int, int]] | None:
    """Each part in order as _find_parts finds it, with the typographic spaces of both sides
    left out (str.find on squeezed text: linear, as _find_parts is); None when neither side
    has such a space or the parts are not found so."""
    if not any(_TYPOGRAPHIC_SPACE.search(p) for p in parts) and not _has_typographic_space(text):
        return None
    removed, squeezed = _squeezed(text)

    def unsqueezed(i: int) -> int:  # the offset in `text` of offset i in `squeezed`
        j = i
        while (k := i + bisect.bisect_right(removed, j)) != j:
            j = k
        return j
    spans, cursor = [], 0
    for part in parts:
        wanted = _TYPOGRAPHIC_SPACE.sub("", part)
        if not wanted:
            return None
        found = squeezed.find(wanted, cursor)
        budget = _REFUSED_BUDGET + 4 * len(text)
        while found >= 0:
            start, end = unsqueezed(found), unsqueezed(found + len(wanted) - 1) + 1
            if not (_inside_word(text, start) or _ends_inside_word(text, end) or joined(start, end)):
                break
            budget -= len(wanted)
            if budget < 0:
                return None
            found = squeezed.find(wanted, found + 1)
        if found < 0:
            return None
        spans.append((start, end))
        cursor = found + len(wanted)
    return spans


def _inside_word(text: str, at: int) -> bool:
    """Whether offset `at` falls between two letters of one word, or inside a number ("1,|200",
    "3|.5": a quote of "200 new homes" or "by 3" is not the report's "1,200" or "3.5"). In
    writing without spaces (Chinese, Japanese, Thai …) any two letters may belong to two
    words; next to it, as in "2023年", a Latin word ends too."""
    if not 0 < at < len(text):
        return False
    before, after = text[at - 1], text[at]
    if _spaced_letter(before) and _spaced_letter(after):
        return True
    if (before in _HAN_NUMERALS or before.isdigit()) and after in _HAN_NUMERALS \
            and (before in _HAN_NUMERALS or after in _HAN_MAGNITUDES):
        return True
    if before in _HAN_MAGNITUDES and after.isdigit() and at > 1 and (text[at - 2].isdigit() or text[at - 2] in _HAN_NUMERALS):
        return True  # "1億|2000万円", "3亿|5000万": one number in mixed digits and magnitudes
    return ((after in _INNER_MARKS and before.isdigit() and at + 1 < len(text) and text[at + 1].isdigit())
            or (before in _INNER_MARKS and after.isdigit() and at > 1 and text[at - 2].isdigit())
            or (before == "." and after.isdigit() and (at == 1 or not text[at - 2].isalnum())))  # ".5 percent"


# What stands between two digits of one number, as normalize() leaves it: decimal and group
# marks (Arabic ٫ ٬, the middle dot), a fraction's slash (2/3, 1+1⁄2), a time or ratio (10:30).
_NUMBER_MARKS = ",.\u00b7\u066b\u066c/\u2044:+~"  # and a range as Korean and Japanese write it (10~20, 10〜20)
# The middle dot is a decimal point only as the report writes it, U+00B7 ("3·5"): normalised,
# it is also the Japanese list dot and the bullet ("1・2号機", units 1 and 2), which _joint tells
# apart. Korean ㆍ joins digits as it did before it was normalised ("3ㆍ1절", the 1 March holiday).
_DECIMAL_DOTS = ("\u00b7", "\u318d")
_INNER_MARKS = _NUMBER_MARKS.replace("\u00b7", "")
# Numbers written in Han characters: "二月" is not the report's "十二月", "二千吨" not "一万二千吨", nor
# "3000" its "3000万吨" (30 million).
_HAN_NUMERALS = frozenset("〇零一二三四五六七八九十百千万萬亿億兆两兩")
_HAN_MAGNITUDES = frozenset("十百千万萬亿億兆")


# What joins one word or one number where the normalised text has a dash or a space: a
# hyphen in a compound ("nuclear weapons" is not the report's "non-nuclear weapons"), and a
# no-break or thin space or an apostrophe grouping digits ("200 logements" is not "1 200
# logements", "200 Franken" not "1'200 Franken"). Text from CJK sources and word processors
# may join a compound with a full-width or small hyphen-minus, a minus sign or a figure dash
# ("non－proliferation"). A dash parts words: an en dash unspaced is as often a clause's
# ("a hard year–the mine closed") as a compound's ("Seoul–Pyongyang talks").
_HYPHENS = ("-", "\u2010", "\u2011", "\uff0d", "\ufe63", "\u2212", "\u2012")
_DIGIT_GROUPS = ("\u00a0", "\u202f", "\u2007", "\u2009", "'", "\u2019")


_MINUS = lazy(r"(?<![\w'])minus $")  # "5 degrees" of "minus 5 degrees"
def _joined(body: Normalized, original: str, spaced: bool, start: int, end: int, quantities: bool = True) -> bool:
    """Whether body.text[start:end] begins or ends at such a joint, or begins with the digits
    of a negative number ("30 degrees" of "−30 degrees" or "minus 30 degrees"). `spaced`: the report's language
    groups digits with a plain space as well (_groups_with_spaces). `quantities`: also where
    it cuts a quantity from its range, magnitude, share, currency or bound (_cuts_quantity)."""
    text = body.text
    return (_joint(body, original, start - 1) or _joint(body, original, end)
            or (spaced and (_space_group(body, original, start - 1) or _space_group(body, original, end)))
            or (0 < start < len(text) and text[start - 1] == "-" and text[start].isdigit()
                and (start == 1 or not text[start - 2].isalnum()))
            or (text[start:start + 1].isdigit() and _MINUS.search(text, max(0, start - 7), start) is not None)
            or _split_word(body, original, start) or _split_word(body, original, end + 2)
            or (quantities and _cuts_quantity(text, start, end))
            # "000 tonnes" of "3 000 tonnes", a plain space in the report (not two table cells)
            or (quantities and group_cut(text, start) and original[body.start(start - 1):body.end(start)] == " "))


def _cuts_quantity(text: str, start: int, end: int) -> bool:
    return (magnitude_after(text, end) or currency_cut(text, start) or bound_cut(text, start, end)
            or ratio_cut(text, start)
            or multiple_cut(text, start) or scale_cut(text, start)
            or in_range(text, start, end))


def _split_word(body: Normalized, original: str, start: int) -> bool:
    """Whether text[start] begins the second half of a word hyphenated across a line break
    ("un-" and a soft break, read as "un- successful": "successful" is not the report's word;
    nor "and post-war" of "pre- and post-war"; nor "day lockdown" of "90-⏎day", a number's
    compound). Asked at a quote's end + 2: whether the quote
    ends on the first half ("Troops moved to the north" of "north-⏎east")."""
    text = body.text
    return (2 < start < len(text) and text[start - 1] == " " and text[start - 2] == "-"
            and text[start - 3].isalnum() and text[start].isalnum()
            and original[body.start(start - 2):body.end(start - 1)] in _HYPHENS
            and "\n\n" not in original[body.end(start - 2):body.start(start)])


# Languages whose writers group a number's digits with a space, often a plain one typed or
# left by a web page ("1 200 logements", "1 200 домов"): "200 logements" is not the report's.
_SPACE_GROUPING = frozenset("fr ru uk be pl cs sk sl sv nb nn no fi et lv lt hu bg mk kk pt es de it nl da ro hr sr "
                            "el tr".split())


def _groups_with_spaces(language: str) -> bool:
    return primary_language(language) in _SPACE_GROUPING


def _space_group(body: Normalized, original: str, at: int) -> bool:
    """Whether the space at `at` groups digits: one to three of them before it (no more, so
    "en 2019 200 personnes" stays two numbers) and exactly three after, in one line of the
    report (not two table cells: "| 2 | 250 000 Tonnen |")."""
    text = body.text
    if not (0 < at < len(text) - 3 and text[at] == " " and text[at - 1].isdigit()):
        return False
    if "\n" in original[body.start(at):body.start(at + 1)]:  # all the white space the one space stands for
        return False
    run = at
    while run > 0 and text[run - 1].isdigit():
        run -= 1
    glued = run > 0 and (text[run - 1] == "-" or text[run - 1].isalpha())  # "COVID-19 100 casos": two numbers
    return (at - run <= 3 and not glued and text[at + 1:at + 4].isdigit()
            and (at + 4 == len(text) or not text[at + 4].isdigit()))


def _joint(body: Normalized, original: str, at: int) -> bool:
    """Whether the normalised character at `at`, between two letters or digits, is a hyphen,
    a dash between numbers or a digit-group separator in the report's own text."""
    text = body.text
    if not 0 < at < len(text) - 1:
        return False
    if text[at] == "-" and text[at - 1].isdigit() and text[at + 1].isdigit():
        return True  # a range or a date: "20 tons" of "10–20 tons" says more than the report
    if _myriad_space(text, at):
        return True  # one Korean number spaced by its units: "2천원" of "1만 2천원" (12,000 won)
    source = original[body.start(at):body.end(at + 1)]
    if text[at] == "-" and source in _HYPHENS:
        # (a number's too: "million-tonne shortfall" or "a 1.5" of "a 1.5-million-tonne
        # shortfall", "day lockdown" of "90-day lockdown", "Hwasong" of "Hwasong-15")
        return _spaced_letter(text[at - 1]) and _spaced_letter(text[at + 1])
    return (source in _DIGIT_GROUPS or source in _DECIMAL_DOTS) and text[at - 1].isdigit() and text[at + 1].isdigit()


# Korean spaces a number after each of its units of 10⁴ (맞춤법 제44항): "1만 2천원" is 12,000
# won, "12억 3456만" 1,234,560,000. The space between such a unit and the next digits joins one number.
_MYRIADS = "만억조경"


def _myriad_space(text: str, at: int) -> bool:
    """Whether text[at] is the space inside one such number: not before a date ("3억
    2023년보다", 300 million, more than in 2023)."""
    if not (text[at] == " " and 1 < at < len(text) - 1 and text[at - 1] in _MYRIADS
            and text[at - 2].isdigit() and text[at + 1].isdigit()):
        return False
    after = at + 1
    while after < len(text) and text[after].isdigit():
        after += 1
    return text[after:after + 1] not in _DATE_UNITS


_DATE_UNITS = ("년", "월", "일")


def _ends_inside_word(text: str, at: int) -> bool:
    """Whether a quote ending at `at` stops inside a word. In Korean a particle is written on
    to its word (위원장은, 건설을): a quote may end before it, as "김정은 위원장" — before a
    particle only: "미사일 발사" of "발사대" (launcher) or "국무위원" of "국무위원장" is cut."""
    if not _inside_word(text, at):
        return False
    # … and on to a Latin word as well ("ICBM을", "IAEA는"), but not to a number: "1" of "1만" is cut.
    before = text[at - 1]
    if not ("\uac00" <= text[at] <= "\ud7a3" and ("\uac00" <= before <= "\ud7a3" or "a" <= before <= "z")):
        return True
    # Particles written on to a word are a few syllables; the run is cut short before the
    # regular expression (whose alternatives overlap: 이나 and 이 + 나) sees it, or a long
    # run of them ("이나이나…뷁") costs it exponential time.
    rest = _HANGUL_RUN.match(text, at, min(len(text), at + PARTICLE_SYLLABLES + 1)).group()
    return len(rest) > PARTICLE_SYLLABLES or _KOREAN_PARTICLES.fullmatch(rest) is None


_HANGUL_RUN = lazy("[\uac00-\ud7a3]+")
# Particles (and the copula, in its plain and polite endings: "정도였어요", "구조물이었습니다",
# "소속이었는데") written on to a word, one after another ("위원장에게는", "주민들도").
# Or the ending of a verb made of the word with 하다 or 되다 ("부족" of "부족하다", "가동" of
# "가동됐다"): a negation after it is cut_negation's to find.
_KOREAN_PARTICLES = lazy(
    "들?(?:은|는|이|가|을|를|의|에|에서|에게|께|께서|한테|로|으로|로서|으로서|로써|으로써|와|과|랑|이랑|하고|도|만|까지"
    "|부터|보다|처럼|만큼|마저|조차|뿐|이나|나|이며|며|이고|고|라고|이라고|란|이란|요|이다|다|였다|이었다|였고|이었고"
    "|인|이라|라|이라는|라는|입니다|(?:이었|였)(?:습니다|어요|는데|지만|으며|거든요|죠|던|으니|기에|으나|다고|고요)"
    "|이에요|예요|인데|이지만|지만|이므로|므로|이어서|여서|이라서|라서|이자|이죠|죠|이기|기에|이기에|입니다만|이고요)*"
    "|(?:하|했|한|할|함|해|합|되|됐|된|될|됨|돼|됩)[\uac00-\ud7a3]*")


@functools.cache  # one entry per character seen: bounded by Unicode
def _spaced_letter(char: str) -> bool:
    """A letter, digit or mark of writing with spaces between words (Latin, Cyrillic, Greek,
    Hangul, Arabic …)."""
    return (char.isalnum() or unicodedata.category(char)[0] == "M") and not unspaced(char)


def short_part(parts: tuple[str, ...] | list[str]) -> bool:
    """Whether a part of an elided quote is too short to stand alone (MIN_ELIDED_WORDS)."""
    return any(_word_count(p) < MIN_ELIDED_WORDS for p in parts)


def _fair_elision(parts: list[str], spans: list[tuple[int, int]], text: str) -> bool:
    """An ellipsis may drop words within a passage, not join fragments from far apart. A
    part of one word is no passage, unless all that is left out beside it is an aside
    ("Pyongyang … said" of "Pyongyang, which has never acknowledged the camps, said")."""
    gaps = [(end, start) for (_, end), (start, _) in zip(spans, spans[1:])]
    for i, part in enumerate(parts):
        if _word_count(part) < MIN_ELIDED_WORDS and not all(
                is_aside(text, *gaps[j]) for j in (i - 1, i) if 0 <= j < len(gaps)):
            return False
    return all(_word_count(text[end:start]) <= MAX_ELIDED_WORDS for end, start in gaps)


def _joins_sentences(parts: list[str], spans: list[tuple[int, int]], body: Normalized, original: str) -> bool:
    """Whether an ellipsis joins one sentence's start to another's end ("The mine … reopened
    in June" of "The mine was closed in May. Officials said the factory reopened in June."):
    the part before it does not end its sentence ("closed in May. … reopened", "closed in
    May … Officials said" do) and the words it stands for end one."""
    for part, (_, end), (start, _) in zip(parts, spans, spans[1:]):
        # and the first letter after it: a gap that ends with ". " stands for a sentence's end
        gap = original[body.end(end):body.start(start) + 1]
        if gap[-1:] in "\"'“‘«„(¡¿":  # … and past a quotation mark the next part starts with
            gap = original[body.end(end):body.start(start) + 2]
        # (a gap starting with the stop that ends the part's sentence leaves out whole sentences:
        # "工場は閉鎖された…操業を再開した" of "工場は閉鎖された。その後、操業を再開した。")
        if _CLOSERS.sub("", part)[-1:] not in _SENTENCE_STOPS and not _LEADING_STOP.match(gap) \
                and (_leaves_block(gap) or _across_quotations(gap)
                     or _ends_sentence(gap, original[max(0, body.end(end) - 12):body.end(end)],
                                       original[body.start(start) + 1:body.start(start) + 12])):
            return True  # (a paragraph, list item or table cell the part before left unfinished ends one too)
    return False


def _subject_left_out(spans: list[tuple[int, int]], text: str, language: str) -> bool:
    """Whether, in English, an ellipsis after a whole sentence leaves out the next one's start
    up to its verb ("… on Monday. … were executed" of "… on Monday. Two officials accused of
    taking bribes were executed"): the quote gives that verb the sentence before's subject."""
    if primary_language(language) not in ("en", ""):
        return False
    for (_, end), (start, _) in zip(spans, spans[1:]):
        gap = text[end:start]
        last_stop = max(gap.rfind(". "), gap.rfind("! "), gap.rfind("? "), -2)
        if text[end - 1:end] in (".", "!", "?") and gap[last_stop + 2:].strip(" …") \
                and _FINITE_AT.match(text, start):
            return True
    return False


_FINITE_AT = lazy(r"(?:was|were|is|are|had|has|have|will|would|could|can|did|does|do|must|should)\b")
_SENTENCE_STOPS = ".!?。！？．।؟۔"
_LEADING_STOP = lazy(r"\s*[.!?。！？．।؟۔]")
_CLOSERS = lazy(r"(?:[\"')\]»”’」』]|\[\^?\d{1,3}\])+$")  # after a part's stop: '"The mine is closed." …'
_OPENING_MARKS, _CLOSING_MARKS = "“‘«„「『《", "”’»」』》"
_OPENS_QUOTATION = lazy("[\"“«„「『]")
_CLOSES_QUOTATION = lazy("[”»」』]|(?<=[^\\s(\\[])[\"“]")  # German closes with “: „Reis ist knapp“
# An English month, abbreviated or with its day, then the stop: a date at a sentence's end
# ("in Oct.", "on Jan. 5."; German writes the day first: "am 5. Mai")
_MONTH_DOT = lazy(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.(?: \d{1,2}\.)?\s+\S*$"
                  r"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
                  r"|December) \d{1,2}\.\s+\S*$", re.IGNORECASE)


def _inside_quotation(gap: str, at: int) -> bool:
    """Whether gap[at] is inside a quotation that opens in the gap before it: a straight mark
    opens after a space or at the start, and closes otherwise ('"The mine is closed," Kim
    said.' closes one that opened before the gap)."""
    depth = 0
    for i, char in enumerate(gap[:at]):
        if char in "“‘" and i > 0 and not gap[i - 1].isspace() and gap[i - 1] not in "([":
            depth = max(0, depth - 1)  # German closes with them: „Reis ist knapp“, sagte er
        elif char in _OPENING_MARKS or (char == '"' and (i == 0 or gap[i - 1].isspace() or gap[i - 1] in "([")):
            depth += 1
        elif char in _CLOSING_MARKS or char == '"':
            depth = max(0, depth - 1)
    return depth > 0


# A stop, closing marks or reference markers, space (and a dialogue dash), then what starts a
# sentence: an opening mark and a letter that is a capital or has no case (Korean, Chinese,
# Arabic …). A stop of its own script ends one anyway: 。！？, the Devanagari danda, Arabic ؟ ۔.
_SENTENCE_END = lazy(r"(?:(\w*)[.!?](?:[\"'”’»)\]]|\[\^?\d{1,3}\])*\s+(?:[-—–]\s+)?(?=[\"'“‘«„‚(¡¿]?(\w))"
                     r"|[。！？।؟۔]|(?<![0-9０-９])．|．(?![0-9０-９]))")  # not ０．５
# … but not after an initial or an abbreviation ("J. R. Smith", "Mr. Kim", "Lt. Col. Kim",
# "the U.S. Treasury", "10 a.m. Monday", "Mt. Paektu"), a day's or month's number ("am
# 3. Mai"), nor before a number ("Fig. 3", "ca. 300") or a small letter.
_ABBREVIATIONS = frozenset(
    "mr mrs ms mme mlle messrs dr dra sr sra srta st mt pt sq av ave blvd rd str ул пос no nos nr gen ген col lt "
    "sgt cpl pvt pfc capt maj adm cmdr brig amb insp prof проф rev pres gov sen rep atty supt lic ing gral hrn sig "
    "dott dhr mevr jr inc co corp ltd intl assn cía vs etc cf ca approx est dept fig figs p pp vol ch sec art para "
    "ed eds jan feb mar apr jun jul aug sep sept oct nov dec okt dez mio mrd tsd inkl gem bzw usw vgl hr fr dipl "
    "aprox ziff abs "
    "sog ggf evtl zzgl bzgl fa abt hbf ee uu ff aa cc oo dña avda pr cie sens reps govs bros spc asst det hon ste "
    "calif долл им акад обл ст гг млн млрд тыс".split())
# … nor these, unless a number's unit ("Ft. Bragg", "MM. Kim et Lee"; but "10 ft. Then", "300 mm. The")
_UNIT_ABBREVIATIONS = frozenset(("ft", "mm"))


# Words that start a sentence, never a name after an initial or an abbreviation ("by the U.S.
# The mill", "soybeans, etc. It"; not "Mr. An", "Gen. In-ho").
_STARTS_SENTENCE = lazy(r"[\"'“‘«(]?(?:The|It|Its|They|Their|He|She|We|There|This|These|Those|But|However)\b")


def _joins_clauses(spans: list[tuple[int, int]], text: str, language: str) -> bool:
    """Whether, in English, an ellipsis leaves out where one clause of a sentence ends and the
    next begins, and the next one's first words: "The mine … reopened in 2021" of "The mine
    closed in 2019 and the factory reopened in 2021" gives the factory's reopening to the
    mine. Not an aside left out whole, nor "The mine closed … the factory reopened", whose
    second clause starts whole. Positions are in the normalised `text`."""
    primary = primary_language(language) or "en"
    english = primary == "en"
    for (first, end), (start, _) in zip(spans, spans[1:]):
        if _shifts_date(text, first, end, start, primary):
            return True
        if not english:
            continue
        gap = text[end:start].strip()
        if is_aside(text, end, start) or gap[:1] + gap[-1:] in ("--", "()"):
            continue  # an aside, or words set off by dashes or brackets, left out whole
        if (m := _NEW_CLAUSE.search(text, end, start)) and _WORD.search(text, m.end() - 1, start) \
                and (_VERB_FIRST.match(text, start) or _SUBJECT_VERB_END.search(text, m.end(), start)
                     # the next clause's subject and verb left out, and its words after them quoted:
                     # "would reopen … until 2026" of "would reopen, while officers said it would
                     # stay shut until 2026" (not "…, according to", which ends the sentence)
                     or (_FINITE_AUXILIARY.search(text, m.end(), start) and not gap.endswith(","))) \
                and _A_VERB.search(text, first, m.start()):  # "Inspectors … and the police" is no clause
            return True
        if _CLAUSE_AT_END.search(text, end, start) and not _PRONOUN_CLAUSE_AT_END.search(text, end, start) and (
                _A_VERB.search(text, first, end) or _SAID_AT_END.search(text, end, start)):
            # the next clause's subject and verb, whatever its subject ("…, and Kim Jong Un
            # met | Vladimir Putin"), or another's saying ("…, but witnesses said | officers attacked")
            return True
        if (m := _SUBJECT_AT_END.search(text, end, start)) and not _VERB_WORD.search(text, m.start() + 2, start) \
                and _VERB_FIRST.match(text, start) and _A_VERB.search(text, first, m.start()):
            # the next clause's subject alone, its verb quoted: "Officials in Seoul … condemned
            # it" of "… welcomed the move, but officials in Tokyo condemned it"
            return True
        if _second_quantity(text, first, end, start) or _subject_swapped(text, first, end, start) \
                or _second_predicate(text, first, end, start):
            return True
    return False


def _subject_swapped(text: str, first: int, end: int, start: int) -> bool:
    """Whether the words an ellipsis stands for end with the subject of another clause, with
    no comma to mark it, whose verb the part after quotes: "Coal output … rose 5%" of "Coal
    output fell 20% and iron output rose 5%", "The manager … were arrested" of "The manager
    said the guards were arrested". Not where the verb left out is of a relative clause or a
    participle's phrase, which are the subject's own ("The firm that bought coal and iron ore
    … was sanctioned", "The traders who believed the rumours … lost money", "A tanker loaded
    with diesel and gasoline … docked"). (Nor a second object and its complement, "exported
    coal … to Russia" of "exported coal to China and iron to Russia": which noun is the
    preposition's second object, as in "paid workers … in dollars" of "paid workers in Russia
    and China in dollars", the words alone do not tell.)"""
    if not _VERB_FIRST.match(text, start):
        return False
    if (said := _SAID_SUBJECT_AT_END.search(text, end, start)) is not None \
            and not _VERB_WORD.search(text, said.start(1), start) and not _RELATIVE.search(text, end, said.start()):
        return True
    if (m := _BARE_SUBJECT_AT_END.search(text, end, start)) is None or _VERB_WORD.search(text, m.start(1), start):
        return False
    verb = _A_VERB.search(text, end, m.start())  # the first clause's, in the words left out
    return verb is not None and not _RELATIVE.search(text, end, verb.start()) \
        and not _PARTICIPLE_PHRASE.match(text, verb.start())


# A date in English: a year, a month or a weekday after its preposition, or a year, month or
# week counted from now; in Chinese, Japanese and Korean a year with its 年 or 년
_PREPOSITION = r"\b(?:in|on|by|since|during|until|till|from|through|throughout|before|after|early|late|mid|as of)[ -]"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_DATE_KINDS = (("year", lazy(rf"{_PREPOSITION}(?:(?:{_MONTH}|the (?:end|start) of) )?(?:1[89]|20)\d\d\b")),
               ("month", lazy(rf"{_PREPOSITION}(?:the )?{_MONTH}\b|\b{_MONTH} \d")),
               ("day", lazy(rf"{_PREPOSITION}(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")),
               ("relative", lazy(r"\b(?:this|last|next|the previous|the following) (?:year|month|week)\b"
                                 r"|\b(?:yesterday|today|tomorrow)\b")))
_CJK_YEAR_END = lazy(r"(?<!\d)(?:1[89]|20)\d\d(?:年|년)(?:に|에|,)? ?$")
_CLAUSE_STOP = lazy(r"[;:.!?。；！？]\s?")
# A verb of saying or deciding in the words left out: a date there is when it was said
# ("announced in January that in March the mine would reopen")
_SAID_IN_GAP = lazy(r"\b(?:said|says|say|announced|announces|stated|told|declared|reported|added|noted"
                    r"|confirmed|claimed|wrote|decided|agreed|ordered|promised|warned|predicted|expected|forecast"
                    r"|projected|estimated)\b"
                    r"|表示|宣布|称|說|说|透露|述べ|発表|明らか|밝혔|말했|발표")


def _shifts_date(text: str, first: int, end: int, start: int, language: str) -> bool:
    """Whether the words an ellipsis stands for, in one clause and saying nothing, hold a date
    of the same kind as the one the part after starts with (English), or, in Chinese,
    Japanese and Korean (where a date comes before its verb), as the part before ends with:
    the quote dates one event with the other's date ("The mine closed … in 2023" of "The
    mine closed in 2019 and reopened in 2023", "该矿于2019年……重新开放" of
    "该矿于2019年关闭，2023年重新开放")."""
    if _CLAUSE_STOP.search(text, end, start) or _SAID_IN_GAP.search(text, first, start):
        return False
    if language == "en":  # (words set off by commas hold a date of their own: "…, the best year since 2010,")
        return "," not in text[end:start] and any(date.search(text, end, start) and date.match(text, start)
                                                  for _, date in _DATE_KINDS)
    if language in ("zh", "ja", "ko"):  # the words left out end with the year the part after's verb has
        return bool(_CJK_YEAR_END.search(text, end, start) and _CJK_YEAR_END.search(text, max(first, end - 8), end))
    return False


# A number and the word after it (its unit or what it counts; not a preposition)
_QUANTITY = lazy(r"\b\d[\d,.]*(?: (?:million|billion|thousand|hundred))? "
                 r"(?!(?:in|on|at|of|to|from|by|for|and|or|per|a|an|the|than|as|with)\b)([a-z]+)")
# … set against another in the words left out
_CONTRAST = lazy(r"\b(?:but|while|whereas|against|versus|compared|than|reversing|up from|down from)\b")
# … and the part after a date or a place, which may be either's
_ADJUNCT = lazy(r"(?:in|on|at|during|by|before|after|since|until|last|this|a (?:month|year|week|day)|per)\b")


def _second_predicate(text: str, first: int, end: int, start: int) -> bool:
    """Whether the words an ellipsis stands for end the first verb's own words and start a
    second verb of the same subject, whose words the part after quotes as the first's: "Prices
    fell … in Hyesan" of "Prices fell in Pyongyang but rose in Hyesan", "The court acquitted …
    the guards" of "… acquitted the manager and convicted the guards". Not two verbs of one
    object ("imported … food" of "imported and distributed food"), nor a part after that is
    the whole sentence's source ("…, traders said")."""
    if _VERB_FIRST.match(text, start) or _SOURCE_FIRST.match(text, start) or text[end:start].rstrip().endswith(",") \
            or not _A_VERB.search(text, first, end):
        return False
    for m in _SECOND_VERB.finditer(text, end, start):
        # (a word in -ed may be an adjective: "and armed | vehicles"; a verb goes on with a
        # preposition, an article, a figure, an adverb, or the words quoted after the gap)
        if text[end:m.start()].strip(" ,") and (
                not m[1].endswith("ed") or _AFTER_A_VERB.match(text, m.end(), start)):
            return True
    return False


def _second_quantity(text: str, first: int, end: int, start: int) -> bool:
    """Whether the words an ellipsis stands for set a second quantity of the same kind against
    the part before's, and the part after, a date or place, goes on from the second: "5
    million tonnes … in 2023" of "5 million tonnes in 2018 but only 500,000 tonnes in 2023"
    dates the wrong one."""
    if not _ADJUNCT.match(text, start) or not _CONTRAST.search(text, end, start):
        return False
    units = {q[1] for q in _QUANTITY.finditer(text, first, end)}
    return any(q[1] in units for q in _QUANTITY.finditer(text, end, start))


# Where a sentence's next clause starts: after a semicolon, a colon or a dash, at a bracket and
# its subject, or at a conjunction and its subject
# (or a preposition that opens the clause: "while in the south they fell"). Not "and" before
# a name: "Officials from Musan and Hoeryong said" joins no clauses. A number may open its
# subject ("and 300 workers left", "and nearly 300 of them left"); ", while" and ", whereas"
# open one whatever follows (not "while" alone: "inspected the factory while it was built").
_SUBJECT = r"(?:the|a|an|its|their|his|her|this|these|those|it|they|he|she|we|there|many|most|some|other|others)"
_NEW_CLAUSE = lazy(r"[;:] \w| - \w|\(" + _SUBJECT + r"\b"
                   r"|,? (?:but|yet) (?:" + _SUBJECT + r"|in|on|at|for|from|by|with|after|before"
                   r"|during|since|under|over)\b|(?:,|(?<=,)) (?:while|whereas) \w|,? (?:and|or|so) (?:" + _SUBJECT
                   + r"\b|(?:nearly |about |some |around |almost |roughly |over |more than |at least )?\d)")


# A part that starts with a verb, whose subject the ellipsis left out: "reopened in 2021",
# "was shut"; not "in Musan last week" ("the mine and the factory in Musan"), nor "they stole"
# (a clause started whole, after its opening words).
_VERBS = (r"(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should"
          r"|did|does|do|said|says|fell|rose|grew|went|came|began|became|took|made|left|kept|held|ran"
          r"|saw|stood|told|paid|sold|sent|spent|built|cut|lost|met|put|shut|won|fled|withdrew|hid|drove|wrote"
          r"|broke|spoke|chose|froze|stole|threw|knew|flew|drew|fought|bought|brought|caught|taught|thought"
          r"|sought|found|struck|led|fed|sat|lay|wore|tore|shot|got|gave|ate|sank|rang|sang|swam|spun|hung|dug"
          r"|stuck|meant|dealt|felt|slept|swept|lent|bent|seized|beat|blames?|remains?|continues?|reopens?"
          r"|closes?|shuts?|resumes?|operates?|employs?|produces?|opens?|stops?|starts?|runs?|holds?|keeps?|takes?"
          r"|makes?)\b")
# A finite verb of the next clause, in the words left out: "would" of "while officers said it
# would stay shut" (not "armed" of "300 armed police")
_FINITE_AUXILIARY = lazy(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does)\b")
# … or end with a clause's conjunction, subject and verb, whatever the subject
_CLAUSE_AT_END = lazy(r", (?:and|but|while|whereas|yet) (?:[\w'-]+ ){1,4}" + _VERBS + r"\s*$")
# … not one whose subject is a pronoun, most often the same speaker's ("…, and she added")
_PRONOUN_CLAUSE_AT_END = lazy(r", (?:and|but|while|whereas|yet) (?:he|she|they|it|we|i)\b(?: [\w'-]+){1,3}\s*$")
# … or with a clause's conjunction and a subject that is not a pronoun (a pronoun is most
# often the same subject: "welcomed the move, but they | condemned it"), nor a time or a
# circumstance of the same subject's next deed ("…, and on Thursday | launched", "…, but last
# year | reopened", "…, and then | returned", "…, and a week later | docked")
_NOT_A_SUBJECT = (r"(?!(?:he|she|they|it|we|i|you|and|or|but|on|in|at|by|for|from|to|with|under|after|before|during"
                  r"|since|until|within|over|into|onto|via|then|later|last|next|this|that|earlier|soon|once|again|also"
                  r"|still|now|today|yesterday|meanwhile|afterwards|thereafter|twice|eventually|finally|quickly)\b)")
_SUBJECT_AT_END = lazy(r", (?:and|but|yet|although|though|while|whereas) " + _NOT_A_SUBJECT
                       + r"(?:[\w'-]+ ){0,3}(?!(?:later|earlier|ago)\b)[\w'-]+\s*$")
# … or, with no comma, with a conjunction and a subject of words that are no verb, pronoun,
# time or preposition, nor a number ("and 2020")
_SUBJECT_WORDS = _NOT_A_SUBJECT + r"(?=[^\W\d_])(?:(?!(?:and|or|but)\b)[\w'-]+ ){0,3}(?!(?:and|or|but)\b)[\w'-]+"
_BARE_SUBJECT_AT_END = lazy(r"\b(?:and|but|yet|while|whereas) (" + _SUBJECT_WORDS + r")\s*$")
# … or a verb of saying or believing, which takes a clause ("said the guards"; not "announced
# the month before", whose rules it announced), and the subject of that clause
_SAID_SUBJECT_AT_END = lazy(r"\b(?:said|says|say|claimed|claims|claim|insisted|insists|alleged|alleges|believed"
                            r"|believes|believe|thought|thinks|feared|fears|hoped|hopes|knew|knows|heard|concluded"
                            r"|concludes|told|tells)"
                            # (perhaps when or where: "said on Monday", "claimed in a statement that")
                            r"(?: (?:on|in|at|during|last|this|earlier|late|early) [\w'-]+(?: [\w'-]+){0,2}?)?"
                            r"(?: that)? (" + _SUBJECT_WORDS + r"(?<!\bbefore)(?<!\bafter)(?<!\bago)(?<!\bearlier)"
                            r"(?<!\blater))\s*$")
# A relative pronoun, whose clause is a noun's (its verb no clause's of the sentence)
_RELATIVE = lazy(r"\b(?:that|who|whom|whose|which|where)\b")
# … or a participle and its preposition ("loaded with", "signed by", "believed to be")
_PARTICIPLE_PHRASE = lazy(r"(?:[a-z]{2,}ed|[a-z]{3,}en|held|sold|built|made|bought|brought|caught|kept|left|lost|paid"
                          r"|sent|spent|found|won|shot|hit|set|put|cut|run|led|fed|laid|said|told|thought|known|seen)"
                          r" (?:by|with|to|from|in|into|between|for|at|on|under|over|as|near|across|through)\b")
_VERB_WORD = lazy(r"\b" + _VERBS)  # a whole word: not the "is" of "his sister"
_SAID_AT_END = lazy(r"\b(?:said|say|says|told|reported|claimed|stated|insisted|added)\s*$")
# … perhaps after an adverb ("later reopened", "still operates")
_VERB_FIRST = lazy(r"(?:(?:[a-z]+ly|later|still|then|also|now|soon|again|nevertheless|never|once) )?" + _VERBS)


# A verb of the first clause: not one that reports it ("Officials said the mine and the
# factory were closed" is one clause after "said")
_A_VERB = lazy(r"\b(?!(?:said|says|told|reported|added|stated|claimed|announced|noted|warned|explained)\b)"
               + _VERBS)
# … or that goes on from a pronoun and its verb left out: "by 40 percent" of "while in the
# south they fell by 40 percent"
_SUBJECT_VERB_END = lazy(r"\b(?:they|he|she|it|we|i|you) [a-z]+ $")
# … a second verb of the subject, after a conjunction and perhaps an adverb
_SECOND_VERB = lazy(r"\b(?:and|but|yet|while|whereas) (?:(?:[a-z]+ly|later|then|also|still|again|soon) )?("
                    + _VERBS + ")")
_AFTER_A_VERB = lazy(r"\s*(?:$|\d|(?:in|on|at|by|to|from|for|with|into|over|under|after|before|during|since|until"
                     r"|up|down|out|off|back|away|the|a|an|its|their|his|her|them|it|him|some|all|more|most|no)\b"
                     r"|[a-z]+ly\b)")
# … a source named for the whole sentence: "traders said", "according to KCNA"
_SOURCE_FIRST = lazy(r"(?:according to\b|(?:[\w'’.-]+ ){1,4}(?:said|says|reported|reports|told|claimed|added)\b)")


def _leaves_block(gap: str) -> bool:
    """Whether the gap runs from inside a paragraph, list item or table cell into the next
    (a heading or an item quoted whole, then "…", ends where its block does)."""
    at = _BLOCK_BREAK.search(gap)
    return at is not None and _WORD.search(gap, 0, at.start()) is not None


# Titles before a name, which end no sentence before "He" or "The" ("Gen. He Weidong", "Mr.
# She"), unlike other abbreviations ("soybeans, etc. The", "King Jr. The", "Main St. The")
_TITLES = frozenset("mr mrs ms mme mlle messrs dr dra sra srta gen ген col lt sgt cpl pvt pfc capt maj adm cmdr brig "
                    "amb insp prof проф rev pres gov sen rep atty supt hon dhr mevr sig dott ing lic gral hrn "
                    "sens reps govs".split())


def _across_quotations(gap: str) -> bool:
    """Whether the gap runs from inside one quotation, past its end, into another one: the
    parts are two speakers' or two sentences' words ('"The mine is closed," Kim said,
    adding: "The factory reopened"' quoted "The mine is … reopened")."""
    close = _CLOSES_QUOTATION.search(gap)
    if close is None or _WORD.search(gap, 0, close.start()) is None or _inside_quotation(gap, close.start()):
        return False
    opens = _OPENS_QUOTATION.search(gap, close.end())
    # (not one sentence the attribution only interrupts: '"We closed it in 2019," he said, "but …';
    # a second quotation in the gap is another sentence, or another speaker's)
    return opens is not None and (not _INTERRUPTION.fullmatch(gap, close.end(), opens.start())
                                  or _CLOSES_QUOTATION.search(gap, opens.end()) is not None)


_INTERRUPTION = lazy(r",?\s*(?![^,]*\b(?:but|and|while|whereas|countered|replied)\b)[^.!?;:,]{1,60},\s*")


def _between_quotations(gap: str, before: str, at: int) -> bool:
    """Whether the sentence end before gap[at] is between two quotations of one speaker that
    the quote joins whole: the part before ran to the end of the first ('"The mine is
    closed," Kim said. "It reopened"' quoted "The mine is closed … It reopened"), and the
    part after starts the second. Not "The mine is … reopened" nor "closed … in June"."""
    if not _OPENS_QUOTATION.match(gap, at) or len(gap[at + 1:].lstrip()) > 1:
        return False  # (the gap ends with the first letter of the part after)
    close = _CLOSES_QUOTATION.search(gap, 0, at)
    if close is None:
        return _CLOSES_QUOTATION.search(before.rstrip()[-1:] + " ") is not None if before.strip() else False
    return not _WORD.search(gap, 0, close.start())


def _ends_sentence(gap: str, before: str = "", after: str = "") -> bool:
    """Whether a sentence ends inside `gap` (the report's words an ellipsis stands for), which
    follows `before` (the end of the part before it) and is followed by `after`."""
    for match in _SENTENCE_END.finditer(gap):
        word, letter = match.group(1), match.group(2)
        if (_inside_quotation(gap, match.start()) and (_inside_quotation(gap, match.end()) or "." not in match[0])) \
                or _between_quotations(gap, before, match.end()):
            continue  # inside a quotation the report quotes, or between two of its sentences ('," Kim said. "It …')
        # (a full stop that the quotation's closing mark follows ends the sentence it is in:
        # 'had "clearly failed." Park disagreed'; not a title's ? or !: 'The song "Where Are
        # You?" Kim wrote')
        if letter is None:
            return True  # 。！？ …
        if letter.isupper() and (_MONTH_DOT.search(gap, 0, match.end()) or (
                word.casefold() not in _TITLES and _STARTS_SENTENCE.match(gap + after, match.end()))):
            return True  # "in Oct. The mill", "on Jan. 5. Exports": a date ends it; "by the U.S. The mill"
        if letter.isdigit() and len(word) >= 4 and word.casefold() not in _ABBREVIATIONS:
            return True  # "closed in 2019. 2020 was worse", "would stay closed. 3,000 workers" (not "Fig. 3")
        if letter.islower() or letter.isdigit() or len(word) == 1 or word.casefold() in _ABBREVIATIONS \
                or (word.isdigit() and len(word) <= 2):
            continue
        if word.casefold() in _UNIT_ABBREVIATIONS and not gap[:match.start()].rstrip()[-1:].isdigit():
            continue
        return True
    return False


def elides(quote: str) -> bool:
    """Whether the quote leaves words out (… or ...)."""
    return _ELLIPSIS.search(quote) is not None


def elided_from(quote: str, passage: str) -> bool:
    """Whether the quote is `passage` with words left out where its ellipses are: each part
    the passage's words, in order."""
    words = normalize(REFERENCE.sub("", passage)).text.split()
    at = 0
    for part in _ELLIPSIS.split(quote):
        wanted = normalize(REFERENCE.sub("", part)).text.split()
        at = next((i + len(wanted) for i in range(at, len(words) - len(wanted) + 1)
                   if words[i:i + len(wanted)] == wanted), -1)
        if at < 0:
            return False
    return True


def _word_count(text: str) -> int:
    """Words as a reader counts them: in writing without spaces, where no run of letters
    marks a word, each letter counts as one (a Chinese word is one or two characters); a
    Korean noun with its particle written on to it is two, as "the guards" is ("보안원들이")."""
    runs = _WORD.findall(text)
    if len(runs) > MAX_ELIDED_WORDS or text.isascii():  # enough, or no such letters
        return len(runs)
    return sum(len(list(group)) if alone else 1
               for run in runs for alone, group in itertools.groupby(run, unspaced)) \
        + sum(1 for run in runs if _KOREAN_NOUN_PARTICLE.fullmatch(run))


# A Korean noun of two syllables or more and a case particle: "보안원들이", "당국은", "장마당에서"
_KOREAN_NOUN_PARTICLE = lazy(r"[가-힣]{2,}(?:이|가|은|는|을|를|에|에서|의|도|로|으로|와|과|께서|에게|한테|부터|까지)")


def _close(score: float, wanted: str) -> bool:
    """Whether a quote scoring `score` against the passage is a close match (approximate)."""
    return score >= (APPROXIMATE_SCORE if len(wanted) <= LONG_QUOTE else APPROXIMATE_SCORE_LONG)


def _fuzzy(report_id: str, wanted: str, body: Normalized, original: str) -> Location:
    if len(wanted) < 12 and _says_something(wanted) and (at := body.text.find(wanted)) >= 0:
        # Too short to align, but there inside longer words ("200 homes" of "1,200 homes",
        # "二月" of "十二月"): the words it cuts are the passage, for the warning to name.
        # Every character is the report's: approximate, however much longer the words are.
        # (Not a letter or two, which are in any report's words: "b" of "published".)
        span = _with_both_marks(body.text, *_with_whole_numbers(body.text, *_widen_to_words(body.text, at,
                                                                                            at + len(wanted))))
        score = fuzz.ratio(wanted, body.text[span[0]:span[1]])
        return Location(QuoteStatus.APPROXIMATE, passage(report_id, [span], body, original), score)
    if len(wanted) < 12 and (spaced := _respaced(wanted, body.text)) is not None:
        # Spaced otherwise ("태양광발전소" of "태양광 발전소를": Korean spacing varies): too short
        # to align, but the author should see the report's words.
        span = _with_both_marks(body.text, *_widen_to_words(body.text, *spaced))
        score = fuzz.ratio(wanted, body.text[span[0]:span[1]])
        if _close(score, wanted):  # (not "a b" named by "about": no passage beats a wrong one)
            return Location(QuoteStatus.APPROXIMATE, passage(report_id, [span], body, original), score)
    if len(wanted) < _shortest_aligned(wanted) or not body.text:
        return Location(QuoteStatus.NOT_FOUND, None, 0.0)
    if len(wanted) > MAX_ALIGNED_CHARS:
        return _fuzzy_long(report_id, wanted, body, original)
    text = body.text
    if len(wanted) >= len(text):  # partial alignment needs the quote to be the shorter
        return _compared(report_id, wanted, body, original, *_aligned(wanted, text, 0, len(text)))
    # One alignment, the best: a match if it scores high enough, else the closest passage
    # (an alignment at each cut-off cost twice as much).
    best = _best_alignment(wanted, text)
    if best is None:
        return Location(QuoteStatus.NOT_FOUND, None, 0.0)
    span = _widen_to_words(text, *_aligned(wanted[best.src_start:best.src_end], text, best.dest_start, best.dest_end))
    span, score = _extended(wanted, body, original, span, best.score)
    status = QuoteStatus.APPROXIMATE if _close(score, wanted) else QuoteStatus.NOT_FOUND
    return Location(status, passage(report_id, [_with_edge_words(wanted, body, original, span)], body, original), score)


def _says_something(wanted: str) -> bool:
    """Whether a quote too short to align may still name something: three letters or digits,
    or a number, or two letters in Chinese, Japanese or Korean writing."""
    letters = sum(c.isalnum() for c in wanted)
    return letters >= 3 or any(c.isdigit() for c in wanted) or (letters == 2 and _CJK_LETTER.search(wanted) is not None)


# Chinese, Japanese and Korean say in a character what others say in a word: a clause of
# eleven ("飞行距离约为800公里") is aligned as a longer one in other writing is. Seven is the
# shortest whose one changed character scores over APPROXIMATE_SCORE_LONG.
_CJK_LETTER = lazy(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _shortest_aligned(wanted: str) -> int:
    """The fewest characters a quote must have to be aligned: 12, or 7 in CJK writing."""
    return 7 if len(_CJK_LETTER.findall(wanted)) * 2 >= len(wanted) else 12


# Past this many characters a report is aligned with a quote only around the quote's rare
# anchors (_anchored): aligning over the whole of a 2.4 MB report took 0.5 s a quote, and the
# quotes that come here are those not found as written (a file of typos took minutes).
_WINDOWED = 100_000
_WINDOW_WORD = lazy(r"\w{5,}")


def _best_alignment(wanted: str, text: str):
    """fuzz.partial_ratio_alignment of `wanted` in `text` at CLOSEST_SCORE, in a long text only
    around the places of the quote's rare anchors (none: no passage). Neither the whole text
    (a text of one word repeated: 35 s in 1.5 MB) nor many windows of it (a quote of 3,000
    characters, not there, in 1.7 MB of words: 9 s in 400 windows) is aligned."""
    if len(text) <= _WINDOWED:
        return fuzz.partial_ratio_alignment(wanted, text, score_cutoff=CLOSEST_SCORE)
    best = None
    for lo, hi in _anchored(wanted, text):
        found = fuzz.partial_ratio_alignment(wanted, text[lo:hi], score_cutoff=CLOSEST_SCORE)
        if found is not None and (best is None or found.score > best.score):
            best = _Aligned(found.score, found.src_start, found.src_end, found.dest_start + lo, found.dest_end + lo)
    return best


_ANCHORS_COUNTED = 64
_RARE = 8  # an anchor found more often in the report says little of where the quote is


def _anchored(wanted: str, text: str) -> list[tuple[int, int]]:
    """The stretches of `text` around the quote's anchors, as long as the quote either side,
    merged."""
    reach, spans = len(wanted), []
    # Its anchors are the quote's words of five letters or more and its runs of three words
    # (rarer than any of their words), the 8 rarest in the report that are there at most _RARE
    # times, at each of their places: at most 64 windows. Ties go by the quote's order, so
    # every build picks the same (a set's order changes with each process).
    spaced = wanted.split()
    runs = (run for i in range(len(spaced) - 2) if len(run := " ".join(spaced[i:i + 3])) >= 12)
    anchors = list(dict.fromkeys([*_WINDOW_WORD.findall(wanted), *runs]))
    # each is counted over the whole text: some, spread over the quote
    anchors = anchors[::max(1, -(-len(anchors) // _ANCHORS_COUNTED))]
    counts = {anchor: text.count(anchor) for anchor in anchors}
    for anchor in sorted((a for a in anchors if 0 < counts[a] <= _RARE), key=counts.__getitem__)[:8]:
        at = text.find(anchor)
        while at >= 0:
            spans.append((max(0, at - reach), min(len(text), at + len(anchor) + reach)))
            at = text.find(anchor, at + 1)
    return _merged(spans)


class _Aligned(NamedTuple):
    """rapidfuzz's ScoreAlignment, moved to where its window of the text is."""

    score: float
    src_start: int
    src_end: int
    dest_start: int
    dest_end: int


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _respaced(wanted: str, text: str) -> tuple[int, int] | None:
    """Where `wanted` is in `text` with a space more or less between any two characters."""
    letters = wanted.replace(" ", "")
    if len(letters) < 2:
        return None
    found = re.search(" ?".join(map(re.escape, letters)), text)
    return found.span() if found else None


def _with_whole_numbers(text: str, start: int, end: int) -> tuple[int, int]:
    """The span grown over the rest of a number it cuts, in digits or Han numerals."""
    def part_of_number(i: int) -> bool:
        return text[i].isdigit() or text[i] in _HAN_NUMERALS or (
            text[i] in _NUMBER_MARKS and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())
    while start > 0 and part_of_number(start - 1) and part_of_number(start):
        start -= 1
    while end < len(text) and part_of_number(end) and part_of_number(end - 1):
        end += 1
    return start, end


_SPACED_WORD = lazy(r"\S+")


def _extended(wanted: str, body: Normalized, original: str, span: tuple[int, int],
              score: float) -> tuple[tuple[int, int], float]:
    """The passage with up to a few of the report's words more on either side, where the
    whole quote matches it best (fuzz.ratio), and the better of the two scores. A partial
    alignment's window is as long as the quote: where the report has words the quote leaves
    out ("not", "down"), the window stops short of the quote's first or last words ("the plant
    is not" for "the plant is running" of "the plant is not running") and the slip costs twice."""
    text, (start, end) = body.text, span
    ends = [end, *(m.end() for m in itertools.islice(_SPACED_WORD.finditer(text, end), _EXTRA_WORDS))]
    ends = [e for e in ends if not _broken(body, original, end, e)]
    starts = [start]
    while len(starts) <= _EXTRA_WORDS and starts[-1] > 0:
        before = text.rfind(" ", 0, starts[-1] - 1) + 1  # the word before, whole
        if _broken(body, original, before, start):
            break
        starts.append(before)
    best, where = max((fuzz.ratio(wanted, text[s:e]), (s, e)) for s in starts for e in ends)
    if where == span or best <= fuzz.ratio(wanted, text[start:end]):
        return span, score
    return where, max(score, best)


_EXTRA_WORDS = 3  # how many of the report's words a close match's passage may grow by on either side


def _with_edge_words(wanted: str, body: Normalized, original: str, span: tuple[int, int]) -> tuple[int, int]:
    """The passage with the report's words that stand where the quote's first or last words
    do, where the alignment matched none of them: "… on 22" for "… on 22 June." of the
    report's "… on 22 May.", "vendors are women." for "All vendors are women." of "Most
    vendors are women.". The warning's passage is what the author is told to copy: it must
    show the word that differs. Not past a sentence's end or a block's."""
    text, (start, end) = body.text, span
    blocks = [b for b in Indel.opcodes(wanted, text[start:end]).as_matching_blocks() if b.size > 1]
    if not blocks:
        return _with_both_marks(text, start, end)
    first, last = blocks[0], blocks[-1]
    if first.b == 0 and (lead := min(len(wanted[:first.a].split()), _EXTRA_WORDS)):
        for _ in range(lead):
            before = text.rfind(" ", 0, start - 1) + 1
            if start < 2 or text[start - 1] != " " or text[start - 2] in _ENDS \
                    or not _edge_word(text[before:start - 1]) or "\n" in original[body.start(before):body.start(start)]:
                break
            start = before
    if last.b + last.size == end - span[0] and (trail := min(len(wanted[last.a + last.size:].split()), _EXTRA_WORDS)):
        for word in itertools.islice(_SPACED_WORD.finditer(text, end), trail):
            if text[end - 1] in _ENDS or word.start() != end + 1 or not _edge_word(word.group()) \
                    or "\n" in original[body.end(end - 1):body.start(word.start())]:
                break
            end = word.end()
    return _with_both_marks(text, *_to_sentence_edges(wanted, body, original, start, end))


def _to_sentence_edges(wanted: str, body: Normalized, original: str, start: int, end: int) -> tuple[int, int]:
    """The passage with the report's words up to its sentence's start or end, where the quote
    starts or ends with another word than the passage and a word or two are left to them, or
    with the words before it that bound or deny it: "Not all mines were closed" for "Some mines
    were closed" (not "all mines were closed", which says the opposite), "Up to 300 people"
    for "At least 300 people", "惠山的米价" for "茂山的米价", "issued on 7 January 2025." for
    "issued on 2025-01-07" (not "issued on 7"). The warning tells the author to copy these
    words: they must not say what the report does not."""
    shown, words = body.text[start:end].split(), wanted.casefold().split()
    if not words or not shown:
        return start, end
    # (a word of the quote's inside the passage's is one cut, shown whole: "3" of "2/3")
    if words[0] not in shown[0].casefold():
        start = _to_sentence_start(body, original, start)
    start = _with_denial_before(body, original, start)
    if words[-1].rstrip(_SENTENCE_STOPS + ",") not in shown[-1].casefold().rstrip(_SENTENCE_STOPS + ","):
        end = _to_sentence_end(body, original, end)
    return start, end


def _broken(body: Normalized, original: str, a: int, b: int) -> bool:
    """Whether the report has a block or line break between a and b (normalised)."""
    return "\n" in original[body.start(a):body.start(b)]


def _to_sentence_start(body: Normalized, original: str, start: int) -> int:
    """`start`, or the start of its sentence a word or two before it (in writing without
    spaces, a character or two), or of the bound before it ("Up to | 300")."""
    text, steps, at = body.text, [], start
    while len(steps) < _EDGE_REACH and at > 0 and text[at - 1] not in _SENTENCE_STOPS:
        before = at - 1 if unspaced(text[at - 1]) else text.rfind(" ", 0, max(0, at - 1)) + 1
        word_end = at - (text[at - 1] == " ")
        if before >= at or _broken(body, original, before, at) or not _SPACED_WORD.fullmatch(text, before, word_end):
            break
        steps.append(before)
        at = before
    opens = at == 0 or text[at - 1] in _SENTENCE_STOPS or (at >= 2 and text[at - 2] in _SENTENCE_STOPS) \
        or (at > 0 and _broken(body, original, at - 1, at))
    if opens and steps:
        return steps[-1]
    bounded = [s for s in steps if all(w.casefold() in _BOUND_WORDS for w in text[s:start].split())]
    return bounded[-1] if bounded else start


def _with_denial_before(body: Normalized, original: str, start: int) -> int:
    """`start`, or that of a denial or "only" right before it: "Not | all mines were closed"
    for "All mines were not closed"."""
    text = body.text
    for _ in range(_EDGE_REACH):
        before = text.rfind(" ", 0, max(0, start - 1)) + 1
        if start < 2 or text[start - 1] != " " or _broken(body, original, before, start) \
                or text[before:start - 1].casefold() not in _DENYING_WORDS:
            break
        start = before
    return start


def _to_sentence_end(body: Normalized, original: str, end: int) -> int:
    """`end`, or the end of its sentence a word or two after it ("on 7 | January 2025.")."""
    text = body.text
    if text[end - 1] in _SENTENCE_STOPS:
        return end
    rest = list(itertools.islice(_SPACED_WORD.finditer(text, end), _EDGE_REACH))
    for i, word in enumerate(rest):
        if word.start() != (rest[i - 1].end() if i else end) + 1 or _broken(body, original, end, word.start()) \
                or not _edge_word(word.group()):
            break
        if word.group()[-1] in _SENTENCE_STOPS or word.end() == len(text) \
                or _broken(body, original, word.end(), word.end() + 1):
            return word.end()
    return end


_EDGE_REACH = 2  # words (or, unspaced, characters) a passage may grow by to its sentence's start or end
# Words that bound, deny or count what follows them ("not all", "up to", "nearly twice")
_DENYING_WORDS = frozenset("not no never nor neither hardly barely scarcely only".split())
_BOUND_WORDS = _DENYING_WORDS | frozenset("just nearly almost about around roughly some up at least most more less "
                                          "fewer over under than as all many few both either every any twice half"
                                          .split())


def _with_both_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The passage with both marks of a quotation it has one of ("… flooded in “Sinuiju”", not
    "… flooded in “Sinuiju"): its other mark taken in where it stands right beside the passage,
    else the lone mark at the passage's edge left out. (Normalised text writes every double
    quotation mark as '"'.)"""
    if text.count('"', start, end) % 2 == 0:
        return start, end
    if end < len(text) and text[end] == '"':
        return start, end + 1
    if start > 0 and text[start - 1] == '"':
        return start - 1, end
    if text[start] == '"':
        return start + 1, end
    if text[end - 1] == '"':
        return start, end - 1
    return start, end


_ENDS = ".!?;:"  # where a sentence or clause ends, which a passage is not grown across


def _edge_word(word: str) -> bool:
    """Whether `word` is one a passage may grow by: a word of writing with spaces (not a run
    of Chinese or Japanese, which may be the rest of the text), and no longer than words are."""
    return 0 < len(word) <= 40 and not any(unspaced(c) for c in word)


def _fuzzy_long(report_id: str, wanted: str, body: Normalized, original: str) -> Location:
    """A quote too long to align whole: its first and last MAX_ALIGNED_CHARS are aligned
    alone to say where it starts and ends in the report, and the whole quote is compared
    with that stretch (fuzz.ratio: cheap, however long)."""
    text, piece = body.text, MAX_ALIGNED_CHARS
    # (as a shorter quote is, see _best_alignment: in 1.5 MB of one word repeated, these two
    # alignments over the whole text took 34 s)
    head = _best_alignment(wanted[:piece], text)
    tail = _best_alignment(wanted[-piece:], text)
    if head is None and tail is None:
        return Location(QuoteStatus.NOT_FOUND, None, 0.0)
    # Where the aligned characters begin and end: the report's words around them, however
    # many the quote's own slips leave unmatched, are not the quote's.
    first = _aligned(wanted[:piece], text, head.dest_start, head.dest_end)[0] if head else None
    last = _aligned(wanted[-piece:], text, tail.dest_start, tail.dest_end)[1] if tail else None
    start = first if first is not None else last - len(wanted)
    end = last if last is not None else start + len(wanted)
    if end <= start + piece:  # start and end found far apart the wrong way round: trust the start
        end = start + len(wanted)
    return _compared(report_id, wanted, body, original, max(0, start), min(len(text), end))


def _compared(report_id: str, wanted: str, body: Normalized, original: str, start: int, end: int) -> Location:
    """The quote scored against text[start:end] as a whole."""
    score = fuzz.ratio(wanted, body.text[start:end])
    if score < CLOSEST_SCORE:
        return Location(QuoteStatus.NOT_FOUND, None, 0.0)
    status = QuoteStatus.APPROXIMATE if _close(score, wanted) else QuoteStatus.NOT_FOUND
    span = _with_edge_words(wanted, body, original, _widen_to_words(body.text, start, end))
    return Location(status, passage(report_id, [span], body, original), score)


def _aligned(wanted: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The part of text[start:end] that matched characters of `wanted`. An alignment's
    window is as long as the quote, so where the quote has characters the report lacks
    (Markdown typed literally, a stray quotation mark) the window takes in the report's text
    around the passage: the previous heading, the next paragraph. A single character matched
    at either edge, apart from the rest ("e" of "line." for the "e" of "emphasis"), is chance."""
    blocks = [block for block in Indel.opcodes(wanted, text[start:end]).as_matching_blocks() if block.size]
    while len(blocks) > 1 and blocks[0].size == 1 and blocks[1].b > blocks[0].b + 1:
        blocks.pop(0)
    while len(blocks) > 1 and blocks[-1].size == 1 and blocks[-1].b > blocks[-2].b + blocks[-2].size:
        blocks.pop()
    if not blocks:
        return start, end
    return start + blocks[0].b, start + blocks[-1].b + blocks[-1].size


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A fuzzy alignment may cut a word in two; highlight whole words (of writing with
    spaces: in Chinese that would be the whole sentence). Only letters are taken in, so a
    passage never grows across a block or line break (a space in normalised text); spaces
    at the edges go first, or the word beyond one would be taken in."""
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    while start > 0 and (_spaced_letter(text[start - 1]) or _joins(text, start - 1)):
        start -= 1
    while end < len(text) and (_spaced_letter(text[end]) or _joins(text, end)):
        end += 1
    return start, end


def _joins(text: str, at: int) -> bool:
    """Whether text[at] makes one word or number of those beside it: a number's own mark or
    a dash between digits (1,200, 10–20), a hyphen or apostrophe between letters. A passage
    widened over it shows what a quote that cut it left out ("10–20 tons" for "20 tons")."""
    if not 0 < at < len(text) - 1:
        return False
    before, char, after = text[at - 1], text[at], text[at + 1]
    if _myriad_space(text, at):
        return True
    if before.isdigit() and after.isdigit():
        return char in _NUMBER_MARKS or char == "-"
    return char in "-'" and _spaced_letter(before) and _spaced_letter(after)

"""Bad input: one test per kind, each asserting the message, the file and the line."""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import random
from pathlib import Path

import lxml.html
import pytest
from conftest import MINIMAL, make_site, page

from generator.build import build_site, index_site
from generator.diagnostics import Pos
from generator.fields import did_you_mean

BRIEF = MINIMAL["content/briefs/b1.yaml"]


def _only_error(tmp_path, files, base=MINIMAL):
    result = build_site(make_site(tmp_path, files, base))
    assert not result.ok
    errors = result.errors
    assert len(errors) == 1, [str(e) for e in errors]
    return errors[0]


def test_malformed_yaml_points_at_the_problem(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": "title: B1\ndate: 2024-01-02\nclaims:\n  - id: c1\n    text: [oops\n"})
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/briefs/b1.yaml", 5, 11)
    assert e.message.startswith("invalid YAML")


def test_a_key_indented_one_space_too_far_is_named_as_such(tmp_path):
    brief = BRIEF.replace("    text: Idle mill.\n", "    text: Idle mill.\n     credibility: 3\n")
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert (e.pos.line, e.message) == (7, "invalid YAML: mapping values are not allowed in this context")
    assert e.hint == ('"credibility:" is indented more than "text:" on line 6, so YAML reads it as more of that '
                      "value: line it up with the keys beside it, or, if it is part of the value, put the value in "
                      'quotes ("…: …")')


def test_a_wrapped_value_with_a_colon_is_not_taken_for_a_key_indented_too_far(tmp_path):
    brief = BRIEF.replace("    text: Idle mill.\n", "    text: The mill was closed in 2019, and a resident\n"
                                                   "      told the reporter: it runs a few days a year.\n")
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert e.message == "invalid YAML: mapping values are not allowed in this context"
    assert e.hint == 'a value containing ": " must be quoted, e.g. text: "Note: …"'


def test_a_key_lined_up_with_its_list_items_dash_is_named_as_such(tmp_path):
    brief = BRIEF.replace('        quote: "runs', '      quote: "runs')
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert e.pos.line == 9 and e.hint == ('"quote:" lines up with the "-" of the list item on line 8: indent it '
                                          '2 more spaces, as "report:", to put it in that item')


# (from a review) a comment ends the value above, and a block scalar's text is no key
@pytest.mark.parametrize("old, new, line, hint", [
    ("  - id: c1\n    text: Idle", "  - id: c1  # the mill\n      text: Idle", 6,
     '"text:" is indented more than "id:" on line 5: line it up with the keys beside it'),
    ("    text: Idle mill.\n    sources:", "    text: |\n      Residents: the mill is idle.\n   sources:", 8,
     '"sources:" is indented 1 space less than "text:" on line 6, and lines up with no key above it: line it up '
     "with the keys beside it"),
])
def test_a_misindented_keys_hint_reads_past_comments_and_block_text(tmp_path, old, new, line, hint):
    assert old in BRIEF
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace(old, new)})
    assert (e.pos.line, e.hint) == (line, hint)


@pytest.mark.parametrize("old, new, line, hint", [
    # more than the keys of the list item it follows: its first key's value, as YAML reads it
    ("    text: Idle", "      text: Idle", 6, '"text:" is indented more than "id:" on line 5, so YAML reads it as more '
     'of that value: line it up with the keys beside it, or, if it is part of the value, put the value in quotes '
     '("…: …")'),
    ('        quote: "runs', '          quote: "runs', 9, '"quote:" is indented more than "report:" on line 8, so YAML '
     'reads it as more of that value: line it up with the keys beside it, or, if it is part of the value, put the '
     'value in quotes ("…: …")'),
    # between the item's "-" and its keys, or short of the key above and of every key before it
    ("    text: Idle", "   text: Idle", 6, '"text:" is indented 1 space less than "id:" on line 5, and lines up with '
     "no key above it: line it up with the keys beside it"),
    ("    sources:", " sources:", 7, '"sources:" is indented 3 spaces less than "text:" on line 6, and lines up with '
     "no key above it: line it up with the keys beside it"),
])
def test_a_key_in_a_list_item_indented_off_its_keys_is_named_as_such(tmp_path, old, new, line, hint):
    assert old in BRIEF
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace(old, new)})
    assert (e.pos.line, e.hint) == (line, hint)


def test_malformed_front_matter_line_counts_from_the_file_top(tmp_path):
    e = _only_error(tmp_path, {"content/reports/r1.md": "---\ntitle: R1\npublisher: P1: extra\npublished: 2024-01-01\n---\nThe mill runs a few days each year.\n"})
    assert (e.pos.path, e.pos.line) == ("content/reports/r1.md", 3)
    assert "quoted" in e.hint


def test_a_second_yaml_document_in_a_brief_is_pointed_at_with_the_right_hint(tmp_path):
    brief = MINIMAL["content/briefs/b1.yaml"] + "---\ntitle: B2\n"
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert (e.pos.path, e.pos.line) == ("content/briefs/b1.yaml", brief.count("\n") - 1)
    assert e.message.startswith("invalid YAML: expected a single document")
    assert e.hint.endswith("is one YAML document: remove the second ---")


def test_missing_required_field(tmp_path):
    e = _only_error(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace("publisher: P1\n", "")})
    assert e.message == 'report front matter is missing required field "publisher"'
    assert (e.pos.path, e.pos.line) == ("content/reports/r1.md", 2)


def test_missing_claim_text(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("    text: Idle mill.\n", "")})
    assert e.message == 'claim is missing required field "text"'
    assert (e.pos.line, e.pos.col) == (5, 5)


@pytest.mark.parametrize("blank", ["\\u200b", "\\u2060\\ufeff", "\\u00ad", "\\u3164", "  \\u200b ", "\\u0301"])
def test_text_that_shows_nothing_is_empty(tmp_path, blank):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("title: B1", f'title: "{blank}"')})
    assert e.message == '"title" must not be empty: it shows nothing'
    assert (e.pos.path, e.pos.line) == ("content/briefs/b1.yaml", 1)
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("text: Idle mill.", f'text: "{blank}"')})
    assert e.message == '"text" must not be empty: it shows nothing'


def test_text_in_scripts_with_combining_marks_is_not_empty(tmp_path):
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("title: B1", "title: \"क्षेत्र\"")}))
    assert result.ok


def test_wrong_type(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("topics: [steel]", "topics: steel")})
    assert e.message == '"topics" must be a list, not "steel"'
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/briefs/b1.yaml", 3, 9)
    assert "topics: [steel]" in e.hint


def test_wrong_type_of_claim_list(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": "title: B1\ndate: 2024-01-02\nclaims: 3\n"})
    assert e.message == '"claims" must be a list, not a number'
    assert e.pos.line == 3


def test_unknown_report_suggests_the_closest_id(tmp_path):
    # (the quote in no report: else the reports that have it are named, as below)
    files = {"content/reports/rfa-2023-01-07-scrap.md": MINIMAL["content/reports/r1.md"].replace("runs", "ran"),
             "content/reports/r1.md": None,
             "content/briefs/b1.yaml": BRIEF.replace("report: r1", "report: rfa-2023-01-07")}
    e = _only_error(tmp_path, files)
    assert e.message == 'claim "c1" cites unknown report "rfa-2023-01-07"'
    assert e.hint == 'did you mean "rfa-2023-01-07-scrap"?'
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/briefs/b1.yaml", 8, 17)


def test_unknown_topic(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("topics: [steel]", "topics: [stel]")})
    assert e.message == 'unknown topic "stel"'
    assert e.hint == 'did you mean "steel"?'
    assert (e.pos.line, e.pos.col) == (3, 10)


def test_an_unknown_topic_like_none_says_where_topics_are_added(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("topics: [steel]", "topics: [food-prices]")})
    assert e.message == 'unknown topic "food-prices"'
    assert e.hint == "known topics: steel; a new one is added to content/topics.yaml"
    result = build_site(make_site(tmp_path / "none", {"content/places.yaml": "[]\n", "content/briefs/b1.yaml": BRIEF.replace(
        "topics: [steel]", "topics: [steel]\nplaces: [hyesan-market]")}))
    [e] = result.errors
    assert e.hint == "there are no places yet; a new one is added to content/places.yaml"


@pytest.mark.parametrize("written, meant", [("Hamgyong-puk", "Hamgyŏng-pukto"), ("Hamgyong-nam", "Hamgyŏng-namdo"),
                                            ("Hwanghae-puk", "Hwanghae-pukto")])
def test_a_province_written_in_another_romanization_is_told_the_nearest_spelling(tmp_path, written, meant):
    # ids were tried first: "Hamgyong-puk" was as near "South Hamgyong" as "North Hamgyong", and got South
    e = _only_error(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace(
        "topics: [steel]", f"topics: [steel]\nprovinces: [{written}]")})
    assert e.hint == f'did you mean "{meant}"?'


def test_unknown_province(tmp_path):
    e = _only_error(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace(
        "topics: [steel]", "topics: [steel]\nprovinces: [North Hamgyung]")})
    assert e.message == 'unknown province "North Hamgyung"'
    assert e.hint == 'did you mean "North Hamgyong"?'
    assert (e.pos.path, e.pos.line) == ("content/reports/r1.md", 6)


def test_unknown_claim_in_contradicts(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("    text: Idle mill.\n", "    text: Idle mill.\n    contradicts: [c2]\n")})
    assert e.message == 'claim "c1" contradicts unknown claim "c2"'
    assert (e.pos.line, e.pos.col) == (7, 19)


@pytest.mark.parametrize("ref, missing", [("/c2", "no brief id before"), ("b1/", "no claim id after")])
def test_a_contradicts_with_nothing_on_one_side_of_its_slash_is_an_error(tmp_path, ref, missing):
    second = "  - id: c2\n    text: Busy mill.\n    sources:\n      - report: r1\n        quote: \"runs a few days\"\n"
    brief = BRIEF.replace("    text: Idle mill.\n", f'    text: Idle mill.\n    contradicts: ["{ref}"]\n') + second
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert e.message == f'"{ref}" has {missing} its "/"'
    assert (e.pos.line, e.pos.col) == (7, 19)


def test_unknown_place(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("    text: Idle mill.\n", "    text: Idle mill.\n    places: [kim-chaek]\n")})
    assert e.message == 'unknown place "kim-chaek" in claim "c1"'


def test_duplicate_claim_ids(tmp_path):
    brief = BRIEF + "  - id: c1\n    text: Again.\n    sources:\n      - report: r1\n        quote: the mill runs\n"
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert e.message == 'duplicate claim id "c1" in this brief'
    assert e.pos.line == 10 and "line 5" in e.hint


def test_claim_ids_differing_only_in_case_are_an_error(tmp_path):
    # A claim id names a folder (briefs/b1/disputes/C1/): on macOS and Windows c1's would be C1's.
    brief = BRIEF + "  - id: C1\n    text: Again.\n    sources:\n      - report: r1\n        quote: the mill runs\n"
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert e.message == 'claim id "C1" differs only in case from "c1" in this brief'
    assert e.pos.line == 10 and "line 5" in e.hint


def test_duplicate_topic_ids(tmp_path):
    e = _only_error(tmp_path, {"content/topics.yaml": "- id: steel\n  title: Steel\n- id: steel\n  title: Again\n"})
    assert e.message == 'duplicate topic id "steel"'
    assert (e.pos.path, e.pos.line) == ("content/topics.yaml", 3)


def test_a_repeated_place_id_still_has_its_province_checked(tmp_path):
    # all problems at once: renaming the second place must not bring up an error that was there all along
    place = "- id: hyesan\n  name: Hyesan\n  province: {}\n  lat: 41.4\n  lon: 128.2\n"
    places = place.format("Ryanggang") + place.format("Atlantis")
    result = build_site(make_site(tmp_path, {"content/places.yaml": places}))
    assert [(e.pos.line, e.message) for e in result.errors] == [
        (6, 'duplicate place id "hyesan"'), (8, 'unknown province "Atlantis" for place "hyesan"')]


def test_duplicate_yaml_keys(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": "title: B1\ntitle: B2\n" + BRIEF.split("\n", 1)[1]})
    assert e.message == 'duplicate key "title" (first given on line 1)'
    assert e.pos.line == 2 and e.hint == "remove one of them"


def test_duplicate_keys_in_a_list_entry_suggest_a_missing_dash(tmp_path):
    brief = BRIEF.replace("  - id: c1\n", "  - id: c0\n    text: First.\n    sources:\n      - report: r1\n"
                                           "        quote: \"runs a few days each year\"\n    id: c1\n", 1)
    assert "    id: c1" in brief
    errors = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief})).errors
    assert errors and all(e.message.startswith("duplicate key") for e in errors)
    assert {e.hint for e in errors} == {'remove one of them, or start a new entry with "- " where the second begins'}


def test_quote_not_found_names_the_closest_passage(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("runs a few days each year", "the mill works a lot in winter")})
    assert e.message == 'quote in claim "c1" not found in report "r1"'
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/briefs/b1.yaml", 9, 16)


R2 = ("---\ntitle: R2\npublisher: P2\npublished: 2024-01-01\n---\n"
      "Officials in *Hyesan* closed the border market for three weeks in March.\n")


def test_a_quote_cited_to_the_wrong_report_names_the_report_that_has_it(tmp_path):
    brief = BRIEF.replace("runs a few days each year", "closed the border market for three weeks")
    e = _only_error(tmp_path, {"content/reports/r2.md": R2, "content/briefs/b1.yaml": brief})
    assert e.message == 'quote in claim "c1" not found in report "r1"'
    assert e.hint == 'report "r2" has the quoted words: cite it instead of "r1"'
    assert (e.pos.line, e.pos.col) == (9, 16)


def test_a_quote_with_another_number_than_its_report_names_the_report_that_has_it(tmp_path, monkeypatch):
    # (from a held-out probe) "6,200 won" quoted from the report of one market, cited to the
    # report of another that says "6,300 won": told to copy the cited report's words, the
    # analyst would change the right figure for the wrong one.
    from generator import filestate, store
    from generator.persist import build_persistent

    monkeypatch.setattr(store, "is_racy", lambda mtime, ctime, now: False)
    monkeypatch.setattr(filestate, "is_racy", lambda mtime, ctime, now: False)
    prices = ("---\ntitle: {}\npublisher: P\npublished: 2024-01-01\n---\n"
              "Rice sold for {} won a kilogram in Hyesan on Monday.\n")
    brief = BRIEF.replace("runs a few days each year", "Rice sold for 6,200 won a kilogram in Hyesan on Monday")
    root = make_site(tmp_path, {"content/reports/r1.md": prices.format("R1", "6,300"),
                                "content/reports/r2.md": prices.format("R2", "6,200"), "content/briefs/b1.yaml": brief})
    result = build_persistent(root)
    [w] = result.warnings
    assert w.message.startswith('quote in claim "c1" is not exact in report "r1"') and "its numbers differ" in w.message
    assert w.hint == 'report "r2" has the quoted words: cite it instead of "r1"'
    # an edit of the other report alone changes the hint: that build is never a patch of r2's pages
    (root / "content/reports/r2.md").write_text(prices.format("R2", "6,250"))
    [w] = build_persistent(root).warnings
    assert "have the quoted words" not in w.hint and "copy the report's exact words" in w.hint
    cold = build_site(root, write=False).diagnostics
    assert [str(d) for d in build_persistent(root).diagnostics] == [str(d) for d in cold]
    # no other report with the words: nothing to name
    alone = make_site(tmp_path / "alone", {"content/reports/r1.md": prices.format("R1", "6,300"),
                                           "content/briefs/b1.yaml": brief})
    [w] = build_site(alone, write=False).warnings
    assert "its numbers differ" in w.message and "copy the report's exact words" in w.hint


def test_a_quote_without_a_long_word_names_the_report_that_has_it(tmp_path):
    # (from a blind probe) numbers and short words alone: "6,200" is looked for as the words
    # "6" and "200", as the quote's run has it
    prices = ("---\ntitle: {}\npublisher: P\npublished: 2024-01-01\n---\n"
              "In May it was {} won per kg at the mkt in Hyesan.\n")
    brief = BRIEF.replace("runs a few days each year", "it was 6,200 won per kg at the mkt in")
    root = make_site(tmp_path, {"content/reports/r1.md": prices.format("R1", "6,300"),
                                "content/reports/r2.md": prices.format("R2", "6,200"), "content/briefs/b1.yaml": brief})
    [w] = build_site(root, write=False).warnings
    assert "its numbers differ" in w.message and w.hint == 'report "r2" has the quoted words: cite it instead of "r1"'


_TITLED = ("---\ntitle: {title}\npublisher: P1\npublished: 2024-01-01\n{more}---\n"
           "The market reopened on Tuesday after a week-long closure.\n{body}")
_IN_TITLE = "the quoted words are the report's title, not its text: quote the words of its text"
_ADDRESS = ('the quoted words are in an address the report gives ("{}"), not in its text: '
            "quote the words of its text")


@pytest.mark.parametrize("quote, fields, hint", [
    # (from a held-out probe) a headline copied as a quote
    ("Hyesan grain traders face new crackdown", {"title": "Hyesan grain traders face new crackdown"}, _IN_TITLE),
    ("grain traders face new CRACKDOWN", {"title": "Hyesan grain traders face new crackdown"}, _IN_TITLE),
    # … or a link's slug, or the report's own address
    ("musan mine reopened in May", {"body": "See [a statement](https://kcna.example/musan-mine-reopened-in-may).\n"},
     _ADDRESS.format("https://kcna.example/musan-mine-reopened-in-may")),
    ("musan mine reopened in May",
     {"body": "See [the statement][s].\n\n[s]: <https://kcna.example/musan-mine-reopened-in-may>\n"},
     _ADDRESS.format("https://kcna.example/musan-mine-reopened-in-may")),
    ("grain traders face new crackdown", {"more": "url: https://rfa.example/hyesan-grain-traders-face-new-crackdown\n"},
     _ADDRESS.format("https://rfa.example/hyesan-grain-traders-face-new-crackdown")),
    # words of the title, but not as it has them: no hint of it
    ("grain traders face a crackdown", {"title": "Hyesan grain traders face new crackdown"},
     "a quote must be the report's exact words"),
    # (from a blind probe) the title's words, but not as whole words, or not in its order
    ("confirmed by officials", {"title": "Mine reopening unconfirmed by officials"},
     "a quote must be the report's exact words"),
    ("20% in Hyesan markets", {"title": "Rice prices rose 120% in Hyesan markets"},
     "a quote must be the report's exact words"),
    ("in Hyesan markets … Rice prices rose", {"title": "Rice prices rose 120% in Hyesan markets"},
     "a quote must be the report's exact words"),
    ("nuclear state declared by the council", {"title": "A non-nuclear state declared by the council"},
     "a quote must be the report's exact words"),
    # … and a long address, shown by its ends
    ("musan mine reopened in May",
     {"body": f"See [it](https://kcna.example/{'a' * 3000}/musan-mine-reopened-in-may).\n"},
     _ADDRESS.format(f"https://kcna.example/{'a' * 39}…{'a' * 33}/musan-mine-reopened-in-may")),
    # (from a review) a part of the quote in the title or an address, another not: its closest passage says more
    ("Musan mine reopened in May … with ten thousand workers",
     {"body": "The Musan mine reopened in May, [KCNA said](https://kcna.example/musan-mine-reopened-in-may).\n"},
     'the closest passage in the report reads: "'),
    ("Hyesan grain traders face new crackdown … denied everything in Pyongyang", {
        "title": "Hyesan grain traders face new crackdown", "body": "Hyesan grain traders face new crackdown, "
                                                                    "sources said.\n"},
     'the closest passage in the report reads: "'),
])
def test_a_quote_of_a_reports_title_or_an_address_it_gives_says_so(tmp_path, quote, fields, hint):
    report = _TITLED.format(**{"title": "R1", "more": "", "body": "", **fields})
    e = _only_error(tmp_path, {"content/reports/r1.md": report,
                               "content/briefs/b1.yaml": BRIEF.replace("runs a few days each year", quote)})
    assert e.message == 'quote in claim "c1" not found in report "r1"' and e.hint.startswith(hint)
    assert hint.endswith('"') or e.hint == hint


def test_a_title_edited_takes_its_hint_along(tmp_path):
    from generator.cache import BuildCache

    brief = BRIEF.replace("runs a few days each year", "Hyesan grain traders face new crackdown")
    root = make_site(tmp_path, {"content/reports/r1.md": _TITLED.format(title="Hyesan grain traders face new crackdown",
                                                                        more="", body=""),
                                "content/briefs/b1.yaml": brief})
    cache = BuildCache()
    [e] = build_site(root, cache=cache, write=False).errors
    assert e.hint == _IN_TITLE
    (root / "content/reports/r1.md").write_text(_TITLED.format(title="Traders face a crackdown", more="", body=""))
    [e] = build_site(root, cache=cache, write=False).errors
    assert e.hint == "a quote must be the report's exact words"


def test_an_unknown_report_id_names_the_report_that_has_the_quote_over_the_closest_id(tmp_path):
    # "r3" is closest to "r2" by its id, but the words are r1's
    files = {"content/reports/r2.md": R2, "content/briefs/b1.yaml": BRIEF.replace("report: r1", "report: r3")}
    e = _only_error(tmp_path, files)
    assert e.message == 'claim "c1" cites unknown report "r3"'
    assert e.hint == 'report "r1" has the quoted words: cite it instead of "r3"'
    assert (e.pos.line, e.pos.col) == (8, 17)


@pytest.mark.parametrize("quote, named", [
    ("Officials in Hyesan closed the border market", True),  # the report's emphasis aside
    ("OFFICIALS IN HYESAN CLOSED THE “BORDER MARKET”", True),  # … and the quote's case and marks
    ("three weeks", False),  # too short to tell one report from others
])
def test_a_quote_is_found_elsewhere_as_it_would_be_in_its_report(tmp_path, quote, named):
    report = R2.replace("border market", "“border market”") if "“" in quote else R2
    brief = BRIEF.replace("runs a few days each year", quote)
    e = _only_error(tmp_path, {"content/reports/r2.md": report, "content/briefs/b1.yaml": brief})
    assert e.message == 'quote in claim "c1" not found in report "r1"'
    assert ('report "r2" has the quoted words' in e.hint) is named, e.hint


@pytest.mark.parametrize("words, quote", [
    # ẞ case-folds to "ss": the report's bytes lack the quote's "strasse", its folded text has it
    ("The STRAẞE in Hyesan was closed for three weeks in March.", "The Straße in Hyesan was closed for three weeks"),
    # ligatures, as text copied out of a PDF has them in every word with "ffi", "fi", "fl"
    ("Oﬃcial ﬁgures show ﬁfty ﬂights a week to Hyesan.", "Oﬃcial ﬁgures show ﬁfty ﬂights a week"),
])
def test_a_quote_is_found_elsewhere_where_letters_case_fold_into_ascii_letters(tmp_path, words, quote):
    report = R2.replace("Officials in *Hyesan* closed the border market for three weeks in March.", words)
    e = _only_error(tmp_path, {"content/reports/r2.md": report,
                               "content/briefs/b1.yaml": BRIEF.replace("runs a few days each year", quote)})
    assert e.hint == 'report "r2" has the quoted words: cite it instead of "r1"'


def test_the_letters_case_folded_into_ascii_letters_are_all_known():
    from generator.elsewhere import _INTO_ASCII

    assert _INTO_ASCII == {c for c in map(chr, range(0x80, 0x110000)) if any(ch.isascii() for ch in c.casefold())}


def test_every_report_that_has_the_quote_is_named_and_none_that_only_nearly_has_it(tmp_path):
    # r0 says another thing in the same words ("three days"): no report to cite for it
    files = {"content/reports/r2.md": R2, "content/reports/r0.md": R2.replace("three weeks", "three days"),
             "content/reports/r4.md": R2.replace("title: R2", "title: R4"),
             "content/briefs/b1.yaml": BRIEF.replace("runs a few days each year",
                                                     "closed the border market for three weeks")}
    e = _only_error(tmp_path, files)
    assert e.hint == 'reports "r2" and "r4" have the quoted words: cite the one meant instead of "r1"'


def test_past_three_reports_that_have_the_quote_the_rest_are_counted(tmp_path):
    files = {f"content/reports/r{n}.md": R2.replace("title: R2", f"title: R{n}") for n in range(2, 7)}
    files["content/briefs/b1.yaml"] = BRIEF.replace("runs a few days each year",
                                                    "closed the border market for three weeks")
    e = _only_error(tmp_path, files)
    assert e.hint == 'reports "r2", "r3", "r4" and 2 more have the quoted words: cite the one meant instead of "r1"'


def test_of_reports_with_the_same_words_the_id_most_like_the_cited_one_comes_first(tmp_path):
    files = {"content/reports/rfa-2023-01-17-scrap.md": MINIMAL["content/reports/r1.md"],
             "content/briefs/b1.yaml": BRIEF.replace("report: r1", "report: rfa-2023-01-07-scrap")}
    e = _only_error(tmp_path, files)
    assert e.message == 'claim "c1" cites unknown report "rfa-2023-01-07-scrap"'
    assert e.hint == ('reports "rfa-2023-01-17-scrap" and "r1" have the quoted words: cite the one meant instead of '
                      '"rfa-2023-01-07-scrap"')


def test_a_quote_in_no_report_keeps_its_own_hint(tmp_path):
    brief = BRIEF.replace("runs a few days each year", "closed the border crossing for three months")
    e = _only_error(tmp_path, {"content/reports/r2.md": R2, "content/briefs/b1.yaml": brief})
    assert e.message == 'quote in claim "c1" not found in report "r1"'
    assert "has the quoted words" not in e.hint


@pytest.mark.parametrize("quote", [
    "200 homes were destroyed by the floods in Hyesan",  # "1,200": another number
    "reopen the Musan iron mine after the floods",  # "did not reopen"
])
def test_a_report_that_has_the_quote_only_with_a_difference_is_not_named(tmp_path, quote):
    r2 = R2.replace("Officials in *Hyesan* closed the border market for three weeks in March.",
                    "Officials said 1,200 homes were destroyed by the floods in Hyesan.\n\n"
                    "The authorities did not reopen the Musan iron mine after the floods.")
    e = _only_error(tmp_path, {"content/reports/r2.md": r2,
                               "content/briefs/b1.yaml": BRIEF.replace("runs a few days each year", quote)})
    assert e.message == 'quote in claim "c1" not found in report "r1"' and "has the quoted words" not in e.hint


def test_each_quote_citing_one_wrong_id_names_its_own_report(tmp_path):
    # two reports alike but for a number: the report found for the first quote is not taken
    # for the second's, which it has with another number
    said = "Officials in *Hyesan* closed the border market for three weeks in March."
    files = {f"content/reports/m{n}.md": R2.replace(said, f"Traders in market number {n} said rice prices rose again.")
             for n in (1, 12)}
    claims = "".join(f"  - id: c{n}\n    text: T.\n    sources:\n      - report: gone\n"
                     f"        quote: \"Traders in market number {n} said rice prices rose again\"\n" for n in (1, 12))
    files["content/briefs/b1.yaml"] = "title: B1\ndate: 2024-01-02\nclaims:\n" + claims
    errors = build_site(make_site(tmp_path, files)).errors
    assert [e.hint.split('"')[1] for e in errors] == ["m1", "m12"]


@pytest.mark.parametrize("body, quote", [
    ("居民说茂山铁矿在经历两年洪水之后于今年五月重新开工了。", "茂山铁矿在经历两年洪水之后于今年五月重新开工"),
    ("주민들에 따르면 무산 철광산은 2년간의 침수 끝에 5월에 다시 가동되었다고 한다.", "무산 철광산은 2년간의 침수 끝에 5월에 다시 가동되었다"),
    ("The [Musan iron mine](https://example.org/musan) reopened in May after two years of flooding.",
     "The Musan iron mine reopened in May after two years of flooding"),
    ("Some 1,200 workers returned to the Hyesan copper mine in June.",
     "Some 1200 workers returned to the Hyesan copper mine"),
    ("Rice rations were cut again in Chongjin[3] after the poor harvest.",
     "Rice rations were cut again in Chongjin after the poor harvest"),
    # a word the report's copy writes otherwise: hyphenated at a line's end, ё for е
    ("The attempt to drain the Musan iron mine was un-\nsuccessful after two years of flooding.",
     "The attempt to drain the Musan iron mine was unsuccessful after two years"),
    ("Инженер Королёв сообщил о закрытии завода в Хесане в марте.",
     "Инженер Королев сообщил о закрытии завода в Хесане"),
])
def test_a_quote_inside_a_sentence_or_markup_of_another_report_is_named(tmp_path, body, quote):
    files = {"content/reports/r2.md": R2.replace(R2.split("---\n")[2], body + "\n"),
             "content/briefs/b1.yaml": BRIEF.replace("runs a few days each year", quote)}
    e = _only_error(tmp_path, files)
    assert e.hint == 'report "r2" has the quoted words: cite it instead of "r1"'


def test_sources_at_one_place_each_get_their_hint(tmp_path):
    # a YAML alias: two sources' quotes stand at one line and column
    brief = ("title: B1\ndate: 2024-01-02\nclaims:\n  - id: c1\n    text: T.\n    sources:\n"
             "      - report: r1\n        quote: &q \"closed the border market for three weeks\"\n"
             "      - report: r3\n        quote: *q\n")
    files = {"content/reports/r2.md": R2, "content/reports/r3.md": MINIMAL["content/reports/r1.md"],
             "content/briefs/b1.yaml": brief}
    errors = build_site(make_site(tmp_path, files)).errors
    assert len({e.pos for e in errors}) == 1
    assert sorted(e.hint for e in errors) == [f'report "r2" has the quoted words: cite it instead of "r{n}"'
                                              for n in (1, 3)]


def test_a_renamed_report_cited_many_times_is_named_for_every_quote(tmp_path):
    words = [f"word{n:03d}" for n in range(600)]  # more quotes than are searched for one by one
    body = " ".join(f"{' '.join(words[n:n + 4]).capitalize()}." for n in range(0, 600, 4))
    claims = "".join(f"  - id: c{n}\n    text: T.\n    sources:\n      - report: old-id\n"
                     f"        quote: \"{' '.join(words[n:n + 4])}\"\n" for n in range(0, 600, 4))
    report = MINIMAL["content/reports/r1.md"].replace("The mill runs a few days each year.", body)
    files = {"content/reports/new-id.md": report,
             "content/briefs/b1.yaml": "title: B1\ndate: 2024-01-02\nclaims:\n" + claims}
    errors = build_site(make_site(tmp_path, files)).errors
    assert len(errors) == 150
    assert {e.hint for e in errors} == {'report "new-id" has the quoted words: cite it instead of "old-id"'}


def test_the_hint_follows_the_other_reports_from_build_to_build(tmp_path):
    from generator.cache import BuildCache

    brief = BRIEF.replace("runs a few days each year", "closed the border market for three weeks")
    root = make_site(tmp_path, {"content/reports/r2.md": R2, "content/briefs/b1.yaml": brief})
    cache = BuildCache()
    [e] = build_site(root, cache=cache).errors
    assert e.hint.startswith('report "r2" has')
    (root / "content/reports/r2.md").write_text(R2.replace("three weeks", "a day"))
    [e] = build_site(root, cache=cache).errors
    assert e.message == 'quote in claim "c1" not found in report "r1"' and "has the quoted words" not in e.hint
    (root / "content/reports/r5.md").write_text(R2)
    [e] = build_site(root, cache=cache).errors
    assert e.hint == 'report "r5" has the quoted words: cite it instead of "r1"'


def test_a_hint_is_searched_for_again_only_when_a_report_or_the_quotes_change(tmp_path, monkeypatch):
    # a brief's edit (a claim's words) leaves every report as it was: the last search stands
    from generator import elsewhere, filestate, store
    from generator.persist import build_persistent

    monkeypatch.setattr(store, "is_racy", lambda mtime, ctime, now: False)
    monkeypatch.setattr(filestate, "is_racy", lambda mtime, ctime, now: False)
    searches: list = []
    having = elsewhere._Finder.having
    monkeypatch.setattr(elsewhere._Finder, "having", lambda self, *args: searches.append(args) or having(self, *args))
    brief = BRIEF.replace("runs a few days each year", "closed the border market for three weeks")
    root = make_site(tmp_path, {"content/reports/r2.md": R2, "content/briefs/b1.yaml": brief})

    def hint_after(rel: str, old: str, new: str) -> str:
        path = root / rel
        path.write_text(path.read_text().replace(old, new, 1))
        [e] = build_persistent(root).errors
        assert [str(d) for d in build_site(root, write=False).diagnostics] == [str(e)]
        return e.hint

    [e] = build_persistent(root).errors
    assert e.hint == 'report "r2" has the quoted words: cite it instead of "r1"' and len(searches) == 1
    assert hint_after("content/briefs/b1.yaml", "Idle mill.", "An idle mill.") == e.hint
    assert len(searches) == 2  # (the cold build beside it)
    assert hint_after("content/reports/r2.md", "in March", "in April") == e.hint
    assert len(searches) == 4
    assert "quoted words" not in hint_after("content/briefs/b1.yaml", "for three weeks", "for three days")
    assert len(searches) == 6  # another quote: searched for again


def test_an_empty_block_scalar_is_pointed_at_where_it_is_written():
    from generator.yamldoc import parse_yaml

    doc = parse_yaml("a: |\nb: x\n", "f.yaml", [])
    assert doc.pos("a").line == 1 and doc.pos("b").line == 2


@pytest.mark.parametrize("style", ["|", ">-", "|2  # a comment"])
def test_a_quote_written_as_a_block_scalar_is_pointed_at_on_its_words(tmp_path, style):
    brief = BRIEF.replace('quote: "runs a few days each year"',
                          f"quote: {style}\n\n          the mill works a lot in winter\n")
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert e.message == 'quote in claim "c1" not found in report "r1"'
    assert (e.pos.line, e.pos.col) == (11, 11)


def test_the_closest_passage_of_a_long_quote_is_shown_where_it_differs(tmp_path):
    sentence = ("Workers at the Kimchaek steel complex said that the scrap yards had been filled with all the "
                "scrap metal that the provincial committee collected from households during the winter campaign")
    report = MINIMAL["content/reports/r1.md"].replace("The mill runs a few days each year.", sentence + ".")
    brief = BRIEF.replace("runs a few days each year", sentence.replace("collected", "gathered"))
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief}))
    [warning] = result.warnings
    shown = warning.hint.partition('reads: "')[2].partition('"; ')[0]
    assert "committee collected from households" in shown and len(shown) <= 160
    assert shown.startswith("…") and sentence.endswith(shown[1:])


@pytest.mark.parametrize("quote, says", [
    ("The mill runs only a few days each year", None),
    ("The mill ran for 12 days in 2023 and was idle", ": its numbers differ (12; the report has 11)"),
    ("The mill ran for just １１ days in 2023 and was idle", None),  # full-width digits are the same number
    ("The mill ran for 11 days in 2,023 and was idle", None),  # grouped otherwise: the same number
    ("The mill ran for 11 days in 2,024 and was idle", ": its numbers differ (2,024; the report has 2023)"),
    ("The mill did … reopen in May after the long winter", ': it leaves out "not"'),  # elided
    ("The mill did reopen in May after the long winter", ': it leaves out "not"'),
    ("The mill did not reopen in June after the long winter", None),  # a slip, but not one of sense
    ("The mill ran for 12 days in 2023 and was never idle",
     ': its numbers differ (12; the report has 11); it adds "never"'),
    ("Output fell … per cent and the mill did … reopen in 2024", ': it leaves out "not"'),  # 40 elided: no slip
    # (from a held-out probe: a sign, a currency and a scale are the number's)
    ("Growth at the mill was 4.5% in 2024", ": its numbers differ (4.5; the report has -4.5)"),
    ("The mill cost $1.2 million to rebuild", ": its numbers differ ($1.2 million; the report has €1.2 billion)"),
    ("The mill ran 10-25 days a month in summer", ": its numbers differ (25; the report has 20)"),  # a range's dash
    ("The mill cost €1.2bn to rebuild", None),  # the same number
])
def test_an_approximate_quote_whose_sense_differs_from_the_reports_says_how(tmp_path, quote, says):
    # Of all slips, numbers that are not the report's and a negation left out or added change
    # what a claim says: the warning names them.
    report = (MINIMAL["content/reports/r1.md"] + "\nThe mill ran for 11 days in 2023 and was idle.\n\n"
              "The mill did not reopen in May after the long winter.\n\n"
              "Output fell 40 per cent and the mill did not reopen in 2024.\n\n"
              "Growth at the mill was -4.5% in 2024.\n\nThe mill cost €1.2 billion to rebuild.\n\n"
              "The mill ran 10-20 days a month in summer.\n")
    root = make_site(tmp_path, {"content/reports/r1.md": report,
                                "content/briefs/b1.yaml": BRIEF.replace("runs a few days each year", quote)})
    [w] = build_site(root).warnings
    # (a quote whose parts are the report's words, its ellipsis standing for the negation, is
    # told so: "leaves out, where its ellipsis is, words … that may change what the rest says")
    said = "leaves out, where its ellipsis is, words of report" if "…" in quote else "is not exact in report"
    assert w.message.startswith(f'quote in claim "c1" {said} "r1"'), w.message
    named = (": its numbers differ", "it leaves out", "it adds")
    assert w.message.endswith(says) if says else not any(n in w.message for n in named), w.message


@pytest.mark.parametrize("sentence, quote, says", [
    ("Nobody believes the mill reopened in May.", "the mill reopened in May", ': it leaves out "nobody"'),
    ("The mill did not reopen in May.", "reopen in May", ': it leaves out "not"'),
    ("Fake permits let the mill reopen in May.", "permits let the mill reopen in May", ""),
])
def test_an_exact_quote_that_words_beside_it_undo_is_told_so(tmp_path, sentence, quote, says):
    # The quote is the report's words: "not exact" would send its author hunting for a typo.
    report = MINIMAL["content/reports/r1.md"] + "\n" + sentence + "\n"
    root = make_site(tmp_path, {"content/reports/r1.md": report,
                                "content/briefs/b1.yaml": BRIEF.replace("runs a few days each year", quote)})
    [w] = build_site(root).warnings
    assert w.message == ('quote in claim "c1" leaves out words right beside it in report "r1" that change '
                         "what it says" + says)
    assert w.hint == f'the report reads: "{sentence}"; quote those words too, or words that stand alone'


def test_approximate_quote_is_a_warning_and_strict_makes_it_an_error(tmp_path):
    root = make_site(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("runs a few days each year", "The mill runs only a few days each year")})
    result = build_site(root)
    assert result.ok
    [w] = result.warnings
    assert w.message.startswith('quote in claim "c1" is not exact in report "r1"')
    assert 'reads: "The mill runs a few days each year' in w.hint
    assert not build_site(root, strict=True).ok
    (root / "content" / "site.yaml").write_text("title: T\nbase_url: https://t.example/\nstrict: true\n")
    assert not build_site(root).ok


def test_empty_sources(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.split("    sources:")[0] + "    sources: []\n"})
    assert e.message == "claim has no sources: every claim must cite at least one report"
    assert e.pos.line == 7


def test_missing_sources(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.split("    sources:")[0]})
    assert e.message == 'claim is missing required field "sources"'


@pytest.mark.parametrize("written, says", [
    ("2024-13-02", '"date" 2024-13-02 is no day of the calendar: month must be in 1..12'),
    ("2026-02-30", '"date" 2026-02-30 is no day of the calendar: day is out of range for month'),
    ("02/01/2024", '"date" must be a date like 2025-01-20, not "02/01/2024"'),
    ("２０２４-01-02", '"date" must be a date like 2025-01-20, not "２０２４-01-02"'),  # not "no day of the calendar"
    ("2025-W49", '"date" must be a date like 2025-01-20, not "2025-W49"'),  # an ISO week, not its Monday
    ("20240102", '"date" must be a date like 2025-01-20, not "20240102"'),
])
def test_invalid_date(tmp_path, written, says):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("date: 2024-01-02", f'date: "{written}"')})
    assert e.message == says
    assert (e.pos.line, e.pos.col) == (2, 7)


@pytest.mark.parametrize("written", [
    "2024-01-02 10:30", "2024-01-02T10:30:05Z", "2024-01-02t23:59:59.250z", "2024-01-02T10:30+09:00",
    "2024-01-02 10:30:05 -0500", "2024-01-02 00:00 +14",
    "2024-01-02T23:59:60Z", "2024-01-02 08:59:60.5 +09:00",  # leap seconds, as RFC 3339 allows
])
def test_a_date_with_a_time_of_day_is_the_day_written(tmp_path, written):
    root = make_site(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("date: 2024-01-02", f'date: "{written}"')})
    result = build_site(root)
    assert result.ok, [str(d) for d in result.diagnostics]
    assert page(root / "site", "briefs/b1/index.html").xpath("//time/@datetime")[0] == "2024-01-02"


@pytest.mark.parametrize("written, says", [
    ("2024-01-02 25:30", '"date" 2024-01-02 25:30 is no day and time of the calendar: hour must be in 0..23'),
    ("2024-02-30T10:00", '"date" 2024-02-30T10:00 is no day and time of the calendar: day is out of range for month'),
    ("2024-01-02 10h30", '"date" must be a date like 2025-01-20, not "2024-01-02 10h30"'),
    ("2024-01-02 10:60", '"date" 2024-01-02 10:60 is no day and time of the calendar: minute must be in 0..59'),
    ("2024-01-02 10:30:61", '"date" 2024-01-02 10:30:61 is no day and time of the calendar: second must be in 0..59'),
    ("2024-01-02T14:05+99:00", '"date" 2024-01-02T14:05+99:00 is no day and time of the calendar: its time zone must '
                               'be within 24 hours of UTC'),
])
def test_a_date_with_an_impossible_time_is_an_error(tmp_path, written, says):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("date: 2024-01-02", f'date: "{written}"')})
    assert e.message == says
    assert (e.pos.line, e.pos.col) == (2, 7)


def test_a_date_later_this_year_is_checked_for_its_month_and_day(tmp_path):
    soon = dt.date.today() + dt.timedelta(days=3)
    if soon.year != dt.date.today().year:
        soon = dt.date.today() - dt.timedelta(days=400)  # too late in the year to test: a plain past date
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("2024-01-02", soon.isoformat())}))
    hints = [w.hint for w in result.warnings if "in the future" in w.message]
    assert hints == ([f"today is {dt.date.today()}: check the month and day"] if soon > dt.date.today() else [])


def test_non_utf8_file(tmp_path):
    e = _only_error(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].encode() + b"caf\xe9\n"})
    assert e.message == "file is not valid UTF-8 (byte 0xe9)"
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/reports/r1.md", 8, 4)
    assert e.hint == "save the file as UTF-8"
    e = _only_error(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].encode("utf-16")})
    assert e.hint == "it is UTF-16 (it starts with UTF-16's byte order mark): save it as UTF-8"


def test_a_nul_byte_in_a_report_is_warned_where_it_is(tmp_path):
    # Markdown shows nothing for it: a damaged file would build as if it were whole.
    report = MINIMAL["content/reports/r1.md"] + "\nA second\0 paragraph.\n"
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), out=tmp_path / "site")
    assert result.ok
    [w] = result.warnings
    assert (w.pos.path, w.pos.line, w.pos.col) == ("content/reports/r1.md", 9, 9)
    assert w.message == "report holds a NUL byte, which is not shown" and "damaged" in w.hint
    body = page(tmp_path / "site", "reports/r1/index.html").text_content()
    assert "A second paragraph." in body and "\0" not in body


def test_a_kind_left_empty_is_the_default(tmp_path):
    report = MINIMAL["content/reports/r1.md"].replace("publisher: P1\n", "publisher: P1\nkind: \"\"\n")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), out=tmp_path / "site")
    assert result.ok
    [row] = page(tmp_path / "site", "sources/index.html").cssselect('tr[data-report="r1"]')
    assert row.cssselect("td")[3].text_content() == "other"


def test_report_without_front_matter(tmp_path):
    e = _only_error(tmp_path, {"content/reports/r1.md": "Just text.\n", "content/briefs/b1.yaml": None}, MINIMAL)
    assert e.message == "report has no front matter" and "---" in e.hint


@pytest.mark.parametrize("blank, says", [("\n", "the blank line before line 2's"),
                                         ("\n \n", "the blank lines before line 3's")])
def test_blank_lines_before_the_front_matter_are_named(tmp_path, blank, says):
    report = blank + MINIMAL["content/reports/r1.md"]
    e = _only_error(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": None})
    assert e.message == "report has no front matter"
    assert e.hint == f"the front matter must start the file: delete {says} `---`"


def test_boundaries_nested_too_deeply_are_said_plainly(tmp_path):
    site = MINIMAL["content/site.yaml"] + "map:\n  boundaries: data/b.geojson\n"
    deep = '{"type":"FeatureCollection","features":' + "[" * 100_000 + "]" * 100_000 + "}"
    [e] = build_site(make_site(tmp_path, {"content/site.yaml": site, "data/b.geojson": deep}), write=False).errors
    assert e.pos.path == "data/b.geojson"
    assert e.message == "invalid GeoJSON: nested too deeply to read (thousands of brackets)"


@pytest.mark.parametrize("path, text", [
    ("content/reports/bad name.md", "Just text.\n"), ("content/reports/bad name.md", "---\ntitle: x\n"),
    ("content/reports/bad name.md", "---\ntitle: [\n---\nText.\n"), ("content/reports/bad name.md", b"---\n\xff\n"),
    ("content/briefs/bad name.yaml", "title: [\n"), ("content/reports/aux.md", "Just text.\n"),
])
def test_a_file_that_cannot_be_read_has_its_file_name_checked_too(tmp_path, path, text):
    # all problems at once: fixing the front matter is not followed by a new error about the name
    root = make_site(tmp_path, {path: text})
    result = build_site(root, write=False)
    kind, stem = ("report" if "/reports/" in path else "brief"), path.rpartition("/")[2].rpartition(".")[0]
    assert {e.message for e in result.errors if e.pos.path == path} >= {f'{kind} file name "{stem}" is not a valid id'}
    assert len([e for e in result.errors if e.pos.path == path]) == 2


def test_invalid_enum_suggests_a_value(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("    text: Idle mill.\n", "    text: Idle mill.\n    confidence: hihg\n")})
    assert e.message == '"confidence" must be one of low, moderate, high, not "hihg"'
    assert e.hint == 'did you mean "high"?'


def test_a_choice_is_taken_however_it_is_cased(tmp_path):
    report = MINIMAL["content/reports/r1.md"].replace("topics: [steel]\n", "topics: [steel]\nreliability: b\nkind: News\n")
    site = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), write=False)
    assert site.ok and not site.warnings
    doc = lxml.html.fromstring(site.files["reports/r1/index.html"])
    assert doc.cssselect(".grade")[0].get("class") == "grade grade-B"
    assert doc.cssselect(".kicker")[0].text_content() == "Source report · news"


def test_all_problems_are_reported_at_once(tmp_path):
    files = {
        "content/briefs/b1.yaml": BRIEF.replace("report: r1", "report: nope").replace("topics: [steel]", "topics: [nope]"),
        "content/briefs/b2.yaml": "title: [broken\n",
        "content/reports/r2.md": "---\ntitle: R2\n---\ntext\n",
    }
    result = build_site(make_site(tmp_path, files))
    found = {(d.pos.path, d.message.split(" ")[0]) for d in result.errors}
    assert len(result.errors) >= 5
    assert {p for p, _ in found} == {"content/briefs/b1.yaml", "content/briefs/b2.yaml", "content/reports/r2.md"}
    # Sorted by file, then line.
    keys = [(d.pos.path, d.pos.line, d.pos.col) for d in result.diagnostics]
    assert keys == sorted(keys)


def test_unknown_field_is_a_warning_with_a_suggestion(tmp_path):
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("title: B1", "titel: B1\ntitle: B1")}))
    [w] = result.warnings
    assert w.message == 'unknown field "titel" in brief is ignored' and w.hint == 'did you mean "title"?'


def test_a_sections_field_written_at_the_top_of_site_yaml_is_said_to_belong_there(tmp_path):
    # "tiles: none" as DESIGN.md names it, not indented under map: not "did you mean title?"
    site = MINIMAL["content/site.yaml"] + "tiles: none\nfrom: Desk <desk@example.org>\n"
    result = build_site(make_site(tmp_path, {"content/site.yaml": site}), write=False)
    assert [(w.pos.line, w.message, w.hint) for w in result.warnings] == [
        (3, 'unknown field "tiles" in site.yaml is ignored',
         '"tiles" is a setting of map: write it indented under "map:"'),
        (4, 'unknown field "from" in site.yaml is ignored',
         '"from" is a setting of email: write it indented under "email:"'),
    ]


def test_alias_bomb_is_refused_not_expanded(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 10)}]\n" for p, c in zip("abcdefg", "bcdefgh"))
    e = _only_error(tmp_path, {"content/topics.yaml": bomb})
    assert "too large" in e.message


def test_an_alias_repeating_a_long_text_is_refused_once_not_expanded(tmp_path):
    # a 345 kB quote anchored once and cited by 10,000 claims made a 250 MB site in 55 s
    big = "word " * 60_000
    claims = "".join(f"  - id: c{i}\n    text: T.\n    sources:\n      - report: r1\n"
                     f"        quote: {'&big ' + json.dumps(big) if i == 0 else '*big'}\n" for i in range(60))
    brief = "title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n" + claims
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert e.message == "YAML document is too large (its aliases repeat more than 16 MB of text)"
    assert e.pos.path == "content/briefs/b1.yaml" and e.pos.line > 5


def test_unsafe_yaml_tags_are_refused(tmp_path):
    e = _only_error(tmp_path, {"content/topics.yaml": "- id: !!python/object/apply:os.system ['echo hi']\n  title: X\n"})
    assert e.pos.path == "content/topics.yaml" and "unsupported YAML tag" in e.message




@pytest.mark.parametrize("value", ["!!bool abc", "!!int ''", "!!int '+'", "!!float ''",
                                   "&a [*a]", "&a {x: *a}", "[" * 500 + "]" * 500,
                                   "!!binary aGVsbG8=", "!!set {a, b}"])
def test_hostile_yaml_values_are_errors_not_tracebacks(tmp_path, value):
    report = MINIMAL["content/reports/r1.md"].replace("publisher: P1", f"publisher: P1\nauthor: {value}")
    e = _only_error(tmp_path, {"content/reports/r1.md": report})
    assert (e.pos.path, e.pos.line) == ("content/reports/r1.md", 4)


@pytest.mark.parametrize("merged", ["*d", "[*d]", "3", "[{a: 1}, 3]"])
def test_a_merge_key_of_no_mapping_is_one_error_at_the_merge_key(tmp_path, merged):
    site = f"title: T\ndefaults: &d [1, 2]\nbase_url: https://t.example/\nextra:\n  <<: {merged}\n"
    problems = [d for d in build_site(make_site(tmp_path, {"content/site.yaml": site})).errors]
    assert [(d.pos.path, d.pos.line, d.pos.col, d.message) for d in problems] == [
        ("content/site.yaml", 5, 3, "a merge key (<<) needs a mapping, or a list of mappings")]


def test_duplicate_brief_id_from_yml_and_yaml(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yml": BRIEF})
    assert e.message == 'duplicate brief id "b1"'


def test_id_with_a_trailing_newline_is_invalid(tmp_path):
    e = _only_error(tmp_path, {"content/topics.yaml": '- id: "steel\\n"\n  title: Steel\n'})
    assert e.message.startswith('topic id "steel\n" is not a valid id')


def test_base_url_without_a_host_is_refused(tmp_path):
    e = _only_error(tmp_path, {"content/site.yaml": "title: T\nbase_url: https:////evil.example/\n"})
    assert e.message.startswith('"base_url" must be an absolute http(s) URL')


@pytest.mark.parametrize("url", ['"https://x.example/nk briefs/"', "https://x.example/?lang=en", "https://x.example/#top",
                                 "https://user:pw@x.example/", "https://x.example:99999/", "ftp://x.example/",
                                 "https://x.example//nk-economy/", "https://x.example//",
                                 # hosts no browser goes to as written, and a folder to resolve
                                 "'https://x.example\\evil.example/'", '"https://a<b>.example/"',
                                 "'https://a\"b.example/'", "https://example.org/a/../../b/",
                                 "https://x.example/./nk/"])
def test_a_base_url_that_page_paths_cannot_follow_is_refused_at_its_line(tmp_path, url):
    # Every absolute link is base_url + the page's path: after "?lang=en" or "#top" each
    # would lead to the home page, and a space is no URL.
    e = _only_error(tmp_path, {"content/site.yaml": f"title: T\nbase_url: {url}\n"})
    assert e.message.startswith('"base_url" must be') and (e.pos.path, e.pos.line) == ("content/site.yaml", 2)


@pytest.mark.parametrize("url", ["https://x.example/%zz/", "https://x.example/nk%2/", "https://x.example/100%/"])
def test_a_base_url_with_a_percent_that_starts_no_escape_is_refused(tmp_path, url):
    e = _only_error(tmp_path, {"content/site.yaml": f"title: T\nbase_url: {url}\n"})
    assert 'has a "%" that starts no escape' in e.message and (e.pos.path, e.pos.line) == ("content/site.yaml", 2)


def test_a_base_url_in_any_script_is_written_as_sitemaps_and_feeds_need_it(tmp_path):
    root = make_site(tmp_path, {"content/site.yaml": "title: T\nbase_url: https://북한.example/보고서\n"})
    result = build_site(root)
    assert result.ok, [str(d) for d in result.diagnostics]
    sitemap = (root / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://xn--pr3b894b.example/%EB%B3%B4%EA%B3%A0%EC%84%9C/briefs/b1/</loc>" in sitemap


def test_a_control_character_in_yaml_points_at_its_line_and_column(tmp_path):
    brief = BRIEF.replace("text: Idle mill.", "text: Idle\x0c mill.")
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/briefs/b1.yaml", 6, 15)
    assert e.message == "invalid YAML: control character U+000C is not allowed"


def test_a_control_character_in_front_matter_counts_lines_from_the_file_top(tmp_path):
    # libyaml counts its offset in UTF-8 bytes: the Hangul before the NUL must not shift it.
    report = MINIMAL["content/reports/r1.md"].replace("title: R1", "title: 평양 R\x001")
    e = _only_error(tmp_path, {"content/reports/r1.md": report})
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/reports/r1.md", 2, 12)
    assert "<unicode string>" not in e.message and "U+0000" in e.message


def test_boundaries_that_are_not_a_path_are_an_error_where_written(tmp_path):
    e = _only_error(tmp_path, {"content/site.yaml": "title: T\nbase_url: https://t.example/\nmap: {boundaries: 5}\n"})
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/site.yaml", 3, 19)
    assert e.message == 'boundaries file "5" does not exist'


def test_a_line_break_in_email_from_is_an_error_at_the_value(tmp_path):
    site = 'title: T\nbase_url: https://t.example/\nemail: {from: "Desk <d@t.example>\\r\\nBcc: x@evil.example"}\n'
    e = _only_error(tmp_path, {"content/site.yaml": site})
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/site.yaml", 3, 15)
    assert e.message.startswith('"from" must be one line')


def test_the_site_config_knows_where_email_from_is_written(tmp_path):
    site = 'title: T\nbase_url: https://t.example/\nemail:\n  from: "Desk <d@t.example>"\n'
    indexed, _ = index_site(make_site(tmp_path, {"content/site.yaml": site}))
    config = indexed.site.config
    assert config.email_from == "Desk <d@t.example>"
    assert (config.email_from_pos.line, config.email_from_pos.col) == (4, 9)


@pytest.mark.parametrize(("kind", "files", "second"), [
    ("report", {"content/reports/R1.md": MINIMAL["content/reports/r1.md"]}, ("content/reports/r1.md", 1)),
    ("brief", {"content/briefs/B1.yaml": BRIEF}, ("content/briefs/b1.yaml", 1)),
    ("topic", {"content/topics.yaml": "- id: steel\n  title: Steel\n- id: Steel\n  title: Again\n"},
     ("content/topics.yaml", 3)),
    ("place", {"content/places.yaml": "- {id: mill, name: Mill, province: KP-08, lat: 40, lon: 127}\n"
                                       "- {id: Mill, name: Mill 2, province: KP-08, lat: 40, lon: 127}\n"},
     ("content/places.yaml", 2)),
])
def test_ids_that_differ_only_in_case_are_an_error_at_the_second(tmp_path, kind, files, second):
    # On macOS and Windows, reports/R1/ and reports/r1/ are one folder: one page would be lost.
    e = _only_error(tmp_path, files)
    assert e.message.startswith(f"{kind} id ") and " differs only in case from " in e.message
    assert (e.pos.path, e.pos.line) == second
    assert " is at content/" in e.hint  # where the first one is


@pytest.mark.parametrize(("files", "name"), [
    ({"content/topics.yaml": "- id: steel\n  title: Steel\n- id: index.html\n  title: Page\n"}, "index.html"),
    ({"content/briefs/index.html.yaml": BRIEF}, "index.html"),
    ({"content/reports/feed.xml.md": MINIMAL["content/reports/r1.md"]}, "feed.xml"),
    ({"content/topics.yaml": "- id: steel\n  title: Steel\n- id: 'x.'\n  title: X\n"}, "x."),
    ({"content/topics.yaml": "- id: steel\n  title: Steel\n- id: aux\n  title: Aux\n"}, "aux"),
])
def test_ids_that_would_make_unsafe_paths_are_invalid(tmp_path, files, name):
    # topics/index.html is the list of topics: a topic "index.html" would need it as a folder
    # (the build crashed); "x." is "x" on Windows, "aux" a device there.
    e = _only_error(tmp_path, files)
    assert f'"{name}" is not a valid id' in e.message and e.hint


@pytest.mark.parametrize("stem, hint", [
    ("zw\u200bid", 'it holds U+200B ZERO WIDTH SPACE, which is not seen, after "zw"; '),
    ("\u00a0r2", "it holds U+00A0 NO-BREAK SPACE, which is not seen, at its start; "),
    ("x\udcfeid", 'it holds the byte 0xFE, which is not UTF-8, after "x"; '),  # (not "U+DCFE a control character")
    ("bad name", ""),  # a space is seen
])
def test_an_id_with_a_character_no_one_sees_says_which_and_where(tmp_path, stem, hint):
    e = _only_error(tmp_path, {f"content/reports/{stem}.md": MINIMAL["content/reports/r1.md"]})
    assert e.message == f'report file name "{stem}" is not a valid id'
    assert e.hint == hint + "use ASCII letters (a-z, A-Z), digits, '-', '_' and '.', starting with a letter or digit"


@pytest.mark.parametrize("files, message, hint", [
    # a control character YAML wrote as an escape is left out of text, but not read past in an id
    ({"content/topics.yaml": '- id: "st\\u202eeel"\n  title: Steel\n- id: steel\n  title: Steel 2\n'},
     'topic id "st\u202eeel" is not a valid id',
     'it holds U+202E RIGHT-TO-LEFT OVERRIDE, which is not seen, after "st"; '),
    ({"content/briefs/b1.yaml": BRIEF.replace("  - id: c1", '  - id: "c1\\a"')},
     'claim id "c1\a" is not a valid id', 'it holds U+0007 a control character, which is not seen, after "c1"; '),
])
def test_an_id_written_with_an_escaped_control_character_is_invalid(tmp_path, files, message, hint):
    e = _only_error(tmp_path, files)
    assert e.message == message
    assert e.hint.startswith(hint)


@pytest.mark.parametrize("brief, message, hint", [
    (BRIEF.replace("topics: [steel]", 'topics: ["st\\u202eeel"]'), 'unknown topic "st\u202eeel"',
     'it holds U+202E RIGHT-TO-LEFT OVERRIDE, which is not seen, after "st"; did you mean "steel"?'),
    (BRIEF.replace("report: r1", 'report: "r\\a1"'), 'claim "c1" cites unknown report "r\a1"', None),
    # (and one that shows nothing is still said to be empty)
    (BRIEF.replace("report: r1", 'report: ""'), '"report" must not be empty', ""),
    (BRIEF.replace("report: r1", 'report: "\\u200b"'), '"report" must not be empty: it shows nothing', ""),
])
def test_a_reference_with_a_control_character_names_nothing_and_says_why(tmp_path, brief, message, hint):
    # (read as written: once left out, "r\\a1" was r1 and built without a word; the message
    # holds the character, which what prints it shows as U+FFFD)
    errors = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief})).errors
    assert [e.message for e in errors] == [message]
    if hint is not None:
        assert errors[0].hint == hint


def test_check_reports_an_id_that_collides_with_a_page(tmp_path):
    result = build_site(make_site(tmp_path, {"content/topics.yaml": "- id: index.html\n  title: X\n"}), write=False)
    # "steel", still cited, is defined by no entry at all, broken or not: it is reported too
    assert sorted(e.message for e in result.errors) == ['topic id "index.html" is not a valid id',
                                                        'unknown topic "steel"', 'unknown topic "steel"']


def test_a_broken_entry_hides_only_references_to_itself(tmp_path):
    topics = "- id: steel\n  title: Steel\n- id: power\n  titel: Power\n"  # power lacks its title
    brief = BRIEF.replace("[steel]", "[steel, power, stele]")
    result = build_site(make_site(tmp_path, {"content/topics.yaml": topics, "content/briefs/b1.yaml": brief}),
                        write=False)
    messages = [e.message for e in result.errors]
    assert 'unknown topic "stele"' in " ".join(messages), messages  # a typo is reported at once
    assert not any('unknown topic "power"' in m for m in messages), messages  # the broken entry's own name is not


@pytest.mark.parametrize("written", ["010", "1.10", "no", "1e3"])
def test_number_like_ids_and_references_keep_the_text_written(tmp_path, written):
    # YAML 1.1 reads plain 010 as 8, 1.10 as 1.1, no as false: an id is the text as written.
    report = MINIMAL["content/reports/r1.md"].replace("[steel]", f"[{written}]")
    files = {"content/topics.yaml": f"- id: {written}\n  title: T\n",
             "content/reports/r1.md": report, f"content/reports/{written}.md": report,
             "content/briefs/b1.yaml": BRIEF.replace("[steel]", f"[{written}]").replace("report: r1", f"report: {written}")}
    indexed, diagnostics = index_site(make_site(tmp_path, files))
    assert indexed is not None and not diagnostics, diagnostics
    assert list(indexed.site.topics) == [written]
    assert indexed.site.briefs["b1"].claims[0].citations[0].report == written


def test_a_long_number_like_text_field_is_text(tmp_path):
    long = "0x" + "f" * 4000  # as an int, more digits than Python will print
    report = MINIMAL["content/reports/r1.md"].replace("publisher: P1", f"publisher: P1\nauthor: {long}")
    indexed, diagnostics = index_site(make_site(tmp_path, {"content/reports/r1.md": report}))
    assert indexed is not None, diagnostics
    assert indexed.site.reports["r1"].report.author == long


def test_a_quote_mark_inside_a_quoted_string_is_pointed_at_where_it_is(tmp_path):
    brief = BRIEF.replace("text: Idle mill.", 'text: "Idle "steel" mill."')
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert (e.pos.line, e.pos.col) == (6, 18)  # just after the stray quote, not where the entry starts
    assert "line 5" in e.hint and '\\"' in e.hint


def test_an_unclosed_quote_is_pointed_at_where_it_opens(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace('"runs a few days each year"', '"runs a few')})
    assert (e.pos.line, e.pos.col) == (9, 16)
    assert e.hint == 'the text quoted by " at line 9, column 16 is never closed: end it with another "'


@pytest.mark.parametrize("opened, what, closing", [("[", "list", "]"), ("{", "mapping", "}")])
def test_an_unclosed_bracket_is_named_not_blamed_on_a_quote(tmp_path, opened, what, closing):
    # YAML stops at the next key, a line below: the hint names the bracket left open above.
    value = "[steel" if opened == "[" else "{a: 1"
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("topics: [steel]", f"topics: {value}")})
    assert e.message.startswith("invalid YAML")
    assert e.hint == f'the {what} opened by "{opened}" at line 3, column 9 is not closed: end it with "{closing}"'


@pytest.mark.parametrize("opened, what, closing", [("[", "list", "]"), ("{", "mapping", "}")])
def test_an_unclosed_bracket_as_the_last_thing_written_is_pointed_at(tmp_path, opened, what, closing):
    # Both of YAML's marks are the end of the text then, a line past the bracket
    brief = BRIEF + f"places: {opened}  # to do\n\n"
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/briefs/b1.yaml", 10, 9)
    assert e.hint == f'the {what} opened by "{opened}" at line 10, column 9 is not closed: end it with "{closing}"'
    report = MINIMAL["content/reports/r1.md"].replace("topics: [steel]", f"topics: {opened}")
    e = _only_error(tmp_path / "r", {"content/reports/r1.md": report})
    line = report.splitlines().index(f"topics: {opened}") + 1
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/reports/r1.md", line, 9)


@pytest.mark.parametrize("opened, closing", [("[", "]"), ("{", "}")])
def test_brackets_nested_past_yamls_limit_are_not_called_unclosed(tmp_path, opened, closing):
    # all closed, but 3,000 deep: YAML stops at its 1,001st; nothing there is left open
    value = opened * 3000 + closing * 3000
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("text: Idle mill.", f"text: {value}")})
    assert e.message.startswith("invalid YAML") and "nesting depth" in e.message
    assert e.pos.line == 6 and 11 + 900 < e.pos.col <= 11 + 1000  # (the brief's own levels count too)
    assert "not closed" not in e.hint and "put it in quotes" in e.hint


def test_a_tab_in_the_indentation_gets_its_hint(tmp_path):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("    text: Idle mill.", "\ttext: Idle mill.")})
    assert e.message.startswith("invalid YAML") and e.hint == "YAML does not allow tabs for indentation; use spaces"


@pytest.mark.parametrize("field, value, says", [
    ("credibility", "7", '"credibility" must be a whole number from 1 to 6, not 7'),
    ("credibility", "two", '"credibility" must be a whole number from 1 to 6, not "two"'),
])
def test_a_number_out_of_range_is_named(tmp_path, field, value, says):
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("    text: Idle mill.\n",
                                                                        f"    text: Idle mill.\n    {field}: {value}\n")})
    assert e.message == says


@pytest.mark.parametrize("value, read_as", [("0x3", "3"), ("0b11", "3"), ("03_", "3"), ("1:00", "60"),
                                            ("010", "8"), ("0_5", "5")])
def test_a_number_yaml_reads_other_than_in_decimal_is_an_error_that_shows_it_as_written(tmp_path, value, read_as):
    # YAML 1.1 reads hexadecimal, octal, binary, base 60 and "_"-grouped digits: 0x3 was taken as 3
    # silently, 010 as 8
    brief = BRIEF.replace("    text: Idle mill.\n", f"    text: Idle mill.\n    credibility: {value}\n")
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert e.message == f'"credibility" must be a number in decimal digits, not {value}'
    assert e.hint == f"YAML reads it as {read_as}"
    assert (e.pos.line, e.pos.col) == (7, 18)


@pytest.mark.parametrize("value, hint", [('"3"', "the quotes make it text: write 3 without them"),
                                         ("' 2 '", "the quotes make it text: write 2 without them"),
                                         ('"three"', ""), ('"nan"', "")])
def test_a_number_written_in_quotes_is_said_to_be_text(tmp_path, value, hint):
    brief = BRIEF.replace("    text: Idle mill.\n", f"    text: Idle mill.\n    credibility: {value}\n")
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert e.message.startswith('"credibility" must be a whole number from 1 to 6, not ')
    assert e.hint == hint


def test_claims_left_empty_is_one_error(tmp_path):
    brief = "title: B1\ndate: 2024-01-02\nclaims: ~\n"
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}))
    assert [d.message for d in result.diagnostics if d.pos.path == "content/briefs/b1.yaml"] == \
        ['brief is missing required field "claims"']


@pytest.mark.parametrize("value", ["3", "+3", "03"])
def test_a_whole_number_in_decimal_digits_is_taken(tmp_path, value):
    brief = BRIEF.replace("    text: Idle mill.\n", f"    text: Idle mill.\n    credibility: {value}\n")
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}), write=False)
    assert result.ok and not result.warnings
    assert "credibility 3" in result.files["briefs/b1/index.html"].decode()


def test_degrees_minutes_and_seconds_are_an_error_with_a_hint_not_a_base_60_number(tmp_path):
    places = "- {id: hyesan, name: Hyesan, province: Ryanggang, lat: 41:24:05, lon: 0x80}\n"
    result = build_site(make_site(tmp_path, {"content/places.yaml": places}), write=False)
    assert [(e.pos.line, e.pos.col, e.message, e.hint) for e in result.errors] == [
        (1, 56, '"lat" must be a number in decimal digits, not 41:24:05',
         "YAML reads it as 149045; write degrees as a decimal number, e.g. 41.754"),
        (1, 71, '"lon" must be a number in decimal digits, not 0x80',
         "YAML reads it as 128; write degrees as a decimal number, e.g. 41.754")]


def test_a_misspelt_province_spelling_gets_a_suggestion_and_the_list_is_whole(tmp_path):
    e = _only_error(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace(
        "topics: [steel]", "topics: [steel]\nprovinces: [Hamgyongbuk-d]")})
    assert e.message == 'unknown province "Hamgyongbuk-d"' and 'did you mean "Hamgyongbuk-do"' in e.hint
    e = _only_error(tmp_path / "2", {"content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace(
        "topics: [steel]", "topics: [steel]\nprovinces: [Atlantis]")})
    assert "South Pyongan" in e.hint and "North Hamgyong" in e.hint


def test_a_site_template_that_cannot_be_read_is_an_error_at_its_file(tmp_path, monkeypatch):
    import builtins

    import jinja2.loaders

    root = make_site(tmp_path, {"templates/partials/macros.html": "{% macro x() %}{% endmacro %}"})
    real_open = builtins.open

    def unreadable(file, *args, **kwargs):  # as chmod 000 would, whoever runs the tests
        if str(file).endswith("templates/partials/macros.html"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)
    monkeypatch.setattr(jinja2.loaders, "open", unreadable, raising=False)
    result = build_site(root)
    assert not result.ok and not (root / "site").exists()
    assert {(e.pos.path, e.message) for e in result.errors} == {
        ("templates/partials/macros.html", "cannot read template: Permission denied")}


@pytest.mark.parametrize("files, error", [
    ({"templates/assets/leaflet": "x"},  # Leaflet's files are published in assets/leaflet/
     ("templates/assets/leaflet", "theme asset not published: the built-in theme publishes a folder at assets/leaflet")),
    ({"templates/assets/briefing.css/x.css": "x"},
     ("templates/assets/briefing.css/x.css", "theme asset not published: the built-in theme publishes a file at "
                                             "assets/briefing.css, which cannot be a folder too")),
])
def test_a_theme_asset_where_a_built_in_one_needs_a_folder_or_a_file_is_an_error_at_its_file(tmp_path, files, error):
    root = make_site(tmp_path, files)
    for write in (False, True):  # check as build: the clash is no surprise when the site is written
        result = build_site(root, write=write)
        assert [(e.pos.path, e.message) for e in result.errors] == [error]
    assert not (root / "site").exists()


def test_a_theme_asset_that_cannot_be_read_is_an_error_at_its_file(tmp_path, monkeypatch):
    from pathlib import Path

    root = make_site(tmp_path, {"templates/assets/extra.css": "body { color: red }"})
    real_read = Path.read_bytes

    def unreadable(path):
        if path.name == "extra.css":
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)
    monkeypatch.setattr(Path, "read_bytes", unreadable)
    result = build_site(root)
    assert not result.ok and not (root / "site").exists()
    assert [(e.pos.path, e.message) for e in result.errors] == [
        ("templates/assets/extra.css", "cannot read theme asset: Permission denied")]


def test_noncharacters_in_a_title_reach_no_page(tmp_path):
    brief = BRIEF.replace("title: B1", 'title: "B1 \\uFFFE\\uFDD0 steel"')
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}), write=False)
    assert result.ok
    pages = {path: data.decode("utf-8") for path, data in result.files.items() if path.endswith((".html", ".xml"))}
    assert "B1  steel" in pages["briefs/b1/index.html"] or "B1 steel" in pages["briefs/b1/index.html"]
    assert not [path for path, text in pages.items() if "\ufffe" in text or "\ufdd0" in text]


def test_every_control_character_and_noncharacter_is_removed_from_multiline_text():
    from generator.diagnostics import CONTROL, without_controls

    removed = [chr(c) for c in range(0x110000) if CONTROL.match(chr(c))]
    assert len(removed) == 138 + 2048 and "\U0010ffff" in removed and "\ud800" in removed and "\U0001fffe" in removed
    for char in removed:  # a line break makes the text fail isprintable(): the search decides
        assert without_controls(f"line one\nline {char}two\U00020000") == "line one\nline two\U00020000"
    assert without_controls("tab\tand line\nand \U0001f600 \U0001fffd") == "tab\tand line\nand \U0001f600 \U0001fffd"


def test_a_link_to_a_report_or_brief_that_does_not_exist_is_warned_about_where_it_is(tmp_path):
    report = MINIMAL["content/reports/r1.md"] + "\nSee [the other](r2.md), [this](r1.md#q-x) and [b](../briefs/b1.yaml).\n"
    brief = BRIEF.replace("claims:", "summary: Compare [it](../reports/r-1.md).\nclaims:")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief}))
    assert result.ok
    assert [(w.pos.path, w.pos.line, w.pos.col, w.message, w.hint) for w in result.warnings] == [
        ("content/briefs/b1.yaml", 4, 23, 'links to report "r-1", which does not exist', 'did you mean "r1"?'),
        ("content/reports/r1.md", 9, 17, 'links to report "r2", which does not exist',
         "there is no content/reports/r2.md: the link leads to no page"),
    ]


def test_a_relative_link_to_no_file_of_the_site_is_warned_about_where_it_is(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8
    body = ("\n![Market](../media/market.png) ![Missing](../media/missing.png) [A pdf](../media/plan.pdf)\n\n"
            "![Wrong](media/market.png) [notes][n] [web](https://e.example/x) [top](#q) [root](/x)\n\n"
            "[n]: notes/today.txt\n\n"
            "Pages: [sources](../../sources/index.html), [home](../../), [gone](../../gone.html).\n")
    brief = BRIEF.replace("claims:", "summary: See [the map](map.png).\nclaims:")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"] + body,
                                             "content/briefs/b1.yaml": brief, "content/media/market.png": png}))
    assert result.ok
    assert [(w.pos.path, w.pos.line, w.pos.col, w.message, w.hint) for w in result.warnings] == [
        ("content/briefs/b1.yaml", 4, 24, 'links to "map.png", which is not a file of the site',
         "a relative link leads to another report's or brief's file (other.md) or to a file in content/media/ "
         "(../media/name.png)"),
        ("content/reports/r1.md", 9, 43, 'links to "media/missing.png", which does not exist',
         "there is no content/media/missing.png: readers get no file there"),
        ("content/reports/r1.md", 9, 73, 'links to "media/plan.pdf", which does not exist',
         "there is no content/media/plan.pdf: readers get no file there"),
        ("content/reports/r1.md", 11, 10, 'links to "media/market.png", which is not a file of the site',
         'did you mean "../media/market.png"? A link is relative to the file it is written in'),
        ("content/reports/r1.md", 11, 83, 'links to "/x", a path from the root of a host',
         "it leads outside the site on the host that serves it, and nowhere in an e-mail: write the full address "
         "(https://…), or a link relative to this file"),
        ("content/reports/r1.md", 13, 6, 'links to "notes/today.txt", which is not a file of the site',
         "a relative link leads to another report's or brief's file (other.md) or to a file in content/media/ "
         "(../media/name.png)"),
        ("content/reports/r1.md", 15, 68, 'links to "../../gone.html", which is not a file of the site',
         "a relative link leads to another report's or brief's file (other.md) or to a file in content/media/ "
         "(../media/name.png)"),
    ]


def test_a_links_position_is_where_its_target_is_written(tmp_path):
    body = ("\nA `code span\nacross lines` then [x](r9.md).\n\n"
            "Prose naming r8.md before [y](r8.md).\n\n"
            "A reference [z][ref].\n\n[ref]: r7.md\n")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"] + body}))
    assert result.ok
    assert sorted((w.pos.line, w.pos.col, w.message) for w in result.warnings) == [
        (10, 24, 'links to report "r9", which does not exist'),  # below the code span's line break
        (12, 31, 'links to report "r8", which does not exist'),  # the link's, not the prose's, r8.md
        (16, 8, 'links to report "r7", which does not exist'),  # where the reference defines it
    ]


def test_a_briefs_link_is_warned_about_where_it_is_written_in_the_yaml(tmp_path):
    # A YAML value's lines are not its file's: a folded or quoted value joins them
    brief = BRIEF.replace("claims:", "summary: >\n  The thread adds\n  nothing [new](gone.md), nor [more](gone.md).\n\n"
                                     "  And [a&b](<a&amp;b.md>) [ü](ü.md).\nclaims:").replace(
        "text: Idle mill.", 'text: "A claim \\"quoted\\"\n      with [a link](../reports/r9.md) on its second line"')
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}))
    assert result.ok
    found = sorted((w.pos.line, w.pos.col, w.message) for w in result.warnings)
    assert found == [
        (6, 17, 'links to brief "gone", which does not exist'),
        (6, 38, 'links to brief "gone", which does not exist'),  # the second, not the first again
        (8, 14, 'links to brief "a&b", which does not exist'),
        (8, 31, 'links to brief "ü", which does not exist'),
        (12, 21, 'links to report "r9", which does not exist'),
    ]
    lines = brief.splitlines()
    assert all(lines[line - 1][col - 1:].startswith(("gone", "a&", "ü", "../reports/r9")) for line, col, _ in found)


def test_a_link_to_a_claim_by_an_anchor_that_is_not_the_claims_is_warned_about(tmp_path):
    body = ("\nSee [a](../briefs/b1.yaml#c1), [b](../briefs/b1.yaml#claim-c1), [c](../briefs/b1.yaml#claim-c3),\n"
            "[d](../briefs/b1.yaml#main), [e](../briefs/b1.yaml) and [f](../briefs/b1.yaml#claim-zz)"
            " [g](../briefs/b1.yaml#claim-).\n")
    brief = BRIEF.replace("text: Idle mill.", 'text: "Idle mill, as [said](b1.yaml#c2)."') + (
        "  - id: c2\n    text: Still idle.\n    sources:\n      - report: r1\n        quote: \"The mill runs\"\n")
    root = make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"] + body,
                                "content/briefs/b1.yaml": brief})
    result = build_site(root)
    assert result.ok
    assert [(str(w.pos), w.message, w.hint) for w in result.warnings] == [
        ("content/briefs/b1.yaml:6:33", 'links to claim "c2" of brief "b1" as "#c2", which is not the claim\'s anchor',
         'write "b1.yaml#claim-c2": a claim\'s anchor is its id after "claim-"'),
        ("content/reports/r1.md:9:9", 'links to claim "c1" of brief "b1" as "#c1", which is not the claim\'s anchor',
         'write "../briefs/b1.yaml#claim-c1": a claim\'s anchor is its id after "claim-"'),
        ("content/reports/r1.md:9:69", 'links to claim "c3" of brief "b1", which does not exist',
         'brief "b1" has no claim "c3": the link opens the brief at its top'),
        ("content/reports/r1.md:10:61", 'links to claim "zz" of brief "b1", which does not exist',
         'brief "b1" has no claim "zz": the link opens the brief at its top'),
    ]
    # the anchor the hint names is the claim's on its page
    [link] = page(root / "site", "reports/r1/index.html").xpath("//a[text()='b']")
    assert link.get("href") == "../../briefs/b1/index.html#claim-c1"
    assert page(root / "site", "briefs/b1/index.html").get_element_by_id("claim-c1").get("class")


def test_a_briefs_link_to_a_claim_on_its_own_page_or_by_the_sites_address_is_checked(tmp_path):
    # "#c2" within the brief (its page's anchor is "claim-c2"), and a brief's page named as
    # the site has it, "../b1/index.html#x", are links to a claim too
    brief = BRIEF.replace("text: Idle mill.",
                          'text: "Idle [a](#c2) [b](#claim-c2) [c](#claim-c7) [d](#main) [e](#fn-1)"')
    brief = brief.replace("topics: [steel]", "topics: [steel]\nsummary: |\n  See [f][g].\n\n  [g]: #claim-c1x\n") + (
        "  - id: c2\n    text: Still idle.\n    sources:\n      - report: r1\n        quote: \"The mill runs\"\n")
    other = BRIEF.replace("title: B1", "title: B2").replace(
        "text: Idle mill.",
        'text: "See [h](../b1/index.html#c2), [i](../../briefs/b1/#claim-c2), [j](../b1/#claim-c9)."')
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief, "content/briefs/b2.yaml": other})
    result = build_site(root)
    assert result.ok
    assert [(str(w.pos), w.message, w.hint) for w in result.warnings] == [
        ("content/briefs/b1.yaml:7:8", 'links to claim "c1x" of brief "b1", which does not exist',
         'did you mean "c1"?'),
        ("content/briefs/b1.yaml:11:21", 'links to claim "c2" of brief "b1" as "#c2", which is not the claim\'s anchor',
         'write "#claim-c2": a claim\'s anchor is its id after "claim-"'),
        ("content/briefs/b1.yaml:11:45", 'links to claim "c7" of brief "b1", which does not exist',
         'brief "b1" has no claim "c7": the link opens the brief at its top'),
        ("content/briefs/b2.yaml:6:20", 'links to claim "c2" of brief "b1" as "#c2", which is not the claim\'s anchor',
         'write "../b1/index.html#claim-c2": a claim\'s anchor is its id after "claim-"'),
        ("content/briefs/b2.yaml:6:78", 'links to claim "c9" of brief "b1", which does not exist',
         'brief "b1" has no claim "c9": the link opens the brief at its top'),
    ]


def test_a_link_written_with_an_escape_or_an_entity_is_warned_about_where_it_is(tmp_path):
    body = ("\nFirst line.\nThen see [the earlier report](old\\_report.md) for more.\n\n"
            "First line of another.\nThen [a file](notes&#95;v2.md) and [b](n&#x5F;3.md) here.\n")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"] + body}))
    assert sorted((w.pos.line, w.pos.col, w.message) for w in result.warnings) == [
        (10, 31, 'links to report "old_report", which does not exist'),
        (13, 15, 'links to report "notes_v2", which does not exist'),
        (13, 40, 'links to report "n_3", which does not exist'),
    ]


def test_a_link_written_plainly_is_found_without_the_pattern_of_its_escaped_forms(tmp_path, monkeypatch):
    # That pattern is ~1,000 characters, compiled anew for each link: 1.4 ms a link, 13 % of a
    # cold build of an archive whose reports link to each other. Made only where a "&" or "\\"
    # comes before the link.
    from generator import links

    made = []
    spelled = links._written_as
    monkeypatch.setattr(links, "_written_as", lambda text: made.append(text) or spelled(text))
    body = "\nSee [one](gone-1.md), [two](gone-2.md) and [three](<gone 3.md>).\n\nR&D [four](n&#x5F;4.md).\n"
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"] + body}))
    assert sorted((w.pos.line, w.pos.col) for w in result.warnings) == [(9, 11), (9, 29), (9, 53), (11, 12)]
    assert made == ["n_4.md"]


def test_a_plain_destination_is_found_where_the_pattern_for_it_finds_it():
    # Looked for as text, not with a pattern compiled for each link: a report linking to
    # thousands of distinct files missed the compiled patterns' cache at every link.
    import random
    import re

    from generator.links import _after_paren

    rnd = random.Random(7)
    spaced = ["(", ")", "<", ">", " ", "\t", "\n", "\u00a0", "a", "b", ".", "/", "%", "[", "]"]
    for n in range(20_000):
        pieces = spaced if n % 2 else [p for p in spaced if not p.isspace()]  # (as text alone: no "( ")
        form = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 4)))
        text = "".join(rnd.choice([*pieces, form, form]) for _ in range(rnd.randint(0, 14)))
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        found = re.compile(r"(?:\(\s*<?|<)(" + re.escape(form) + ")").search(text, start, end)
        assert _after_paren(text, form, start, end) == (found.start(1) if found else -1), (text, form, start, end)


def test_a_plainly_written_destination_compiles_no_pattern(monkeypatch):
    import re

    from generator.links import _after_paren

    compiled = []
    monkeypatch.setattr(re, "compile", lambda *args: compiled.append(args) or None)
    text = "See [one](a.md), [two](<b c.md>) and <https://x.example/a.md>.\n"
    assert [_after_paren(text, form, 0, len(text)) for form in ("a.md", "b c.md", "https://x.example/a.md")] == \
        [10, 24, 38]
    assert compiled == []


@pytest.mark.parametrize("body", ["\nSee [the plan][p].\n\n[p]: plan.md\n",
                                  "\nSee [the plan][p].\n\n  [p]:\n    <plan.md>\n",
                                  "\nSee [the plan](  <plan.md>).\n",
                                  "\n한국어 [계획][p].\n\n[p]: plan.md\n"])
def test_a_reports_only_link_is_checked_however_it_is_written(tmp_path, body):
    # the text searched for a link is the report's body, kept as str or as UTF-8 bytes
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"] + body}))
    assert [w.message for w in result.warnings] == ['links to report "plan", which does not exist']


def test_a_links_position_after_a_reference_style_link_in_its_paragraph():
    from generator.links import _links
    from generator.markup import make_markdown

    text = "See [z][1] and then [y](nope.md) here.\n\n[1]: zeta.md\n"
    assert [(line, col) for line, col, target, _ in _links(make_markdown(), text, "content/reports", False)
            if "nope" in target] == [(0, 25)]


def test_dates_that_cannot_be_right_are_warned_about_where_they_are_written(tmp_path):
    report = MINIMAL["content/reports/r1.md"].replace("published: 2024-01-01\n",
                                                      "published: 2024-01-01\nretrieved: 2023-12-30\n")
    later = MINIMAL["content/reports/r1.md"].replace("2024-01-01", "2024-03-05")
    brief = MINIMAL["content/briefs/b1.yaml"] + "      - report: r2\n        quote: \"runs a few days each year\"\n"
    future = MINIMAL["content/briefs/b1.yaml"].replace("title: B1\ndate: 2024-01-02", "title: B2\ndate: 2999-01-02")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report, "content/reports/r2.md": later,
                                             "content/briefs/b1.yaml": brief, "content/briefs/b2.yaml": future}),
                        write=False)
    assert result.ok
    assert sorted((w.pos.path, w.pos.line, w.message) for w in result.warnings) == [
        ("content/briefs/b1.yaml", 2, 'brief is dated 2024-01-02, before reports it quotes were published: '
                                      '"r2" (2024-03-05)'),
        ("content/briefs/b2.yaml", 2, '"date" 2999-01-02 is in the future'),
        ("content/reports/r1.md", 5, '"retrieved" 2023-12-30 is before "published" 2024-01-01'),
    ]


def test_a_report_retrieved_after_tomorrow_is_warned_about_where_the_date_is(tmp_path):
    report = MINIMAL["content/reports/r1.md"].replace("published: 2024-01-01\n",
                                                      "published: 2024-01-01\nretrieved: 2999-01-02\n")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), write=False)
    assert [(w.pos.path, w.pos.line, w.message) for w in result.warnings] == [
        ("content/reports/r1.md", 5, '"retrieved" 2999-01-02 is in the future')]


def test_a_merged_mappings_keys_are_placed_where_each_one_is_written(tmp_path):
    brief = ("title: B1\ndate: 2024-01-02\ntopics: [steel]\ndefaults: &d {credibility: 9, text: Shared.}\nclaims:\n"
             "  - <<: *d\n    id: c1\n    credibility: 7\n    sources:\n      - report: r1\n"
             "        quote: \"runs a few days each year\"\n")
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}), write=False)
    assert [(e.pos.line, e.pos.col, e.message) for e in result.errors] == [
        (8, 18, '"credibility" must be a whole number from 1 to 6, not 7')]  # the explicit key's line, not the anchor's


def test_a_number_of_thousands_of_digits_and_a_nul_in_a_path_are_errors_not_tracebacks(tmp_path):
    brief = MINIMAL["content/briefs/b1.yaml"].replace("    text: Idle mill.\n",
                                                      "    text: Idle mill.\n    credibility: 0x" + "F" * 5000 + "\n")
    site = MINIMAL["content/site.yaml"] + 'map: {boundaries: "a\\0b"}\n'
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief, "content/site.yaml": site}), write=False)
    assert [(e.pos.path, e.pos.line, e.message.replace("\ufffd", "?")) for e in result.errors] == [
        ("content/briefs/b1.yaml", 7, '"credibility" must be a number in decimal digits, not 0x' + "F" * 38),
        ("content/site.yaml", 3, 'boundaries file "a?b" is not a valid path: it holds a NUL character'),
    ]


def test_a_number_of_hundreds_of_digits_is_not_echoed_whole(tmp_path):
    places = "- {id: hyesan, name: Hyesan, province: Ryanggang, lat: 4" + "1" * 400 + ", lon: 128.2}\n"
    result = build_site(make_site(tmp_path, {"content/places.yaml": places}), write=False)
    [e] = [e for e in result.errors if e.pos.path == "content/places.yaml"]
    assert e.message.endswith("not a number of 401 digits") and len(e.message) < 120


def test_an_address_with_no_host_or_with_invisible_characters_is_an_error(tmp_path):
    report = MINIMAL["content/reports/r1.md"].replace("title: R1\n", 'title: R1\nurl: "https://"\n')
    other = MINIMAL["content/reports/r1.md"].replace("title: R1\n", 'title: R2\nurl: "https://a.example/\\u202eb"\n')
    site = MINIMAL["content/site.yaml"].replace("base_url: https://t.example/", 'base_url: "https://evil\\u202e.example/"')
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report, "content/reports/r2.md": other,
                                             "content/site.yaml": site}), write=False)
    assert sorted((e.pos.path, e.pos.line, e.message) for e in result.errors) == [
        ("content/reports/r1.md", 3, '"url" must be an http(s) address with a host, not "https://"'),
        ("content/reports/r2.md", 3, '"url" holds invisible characters (U+202E)'),
        ("content/site.yaml", 2, '"base_url" holds invisible characters (U+202E)'),
    ]


@pytest.mark.parametrize("url", ["https://[abc/x", "http://exa[mple.com/", "https://ex\u2100ample.com/",
                                 "https://x.example:99999/", "https://ex ample.com/", "https://ex<a>mple.com/"])
def test_an_address_urlsplit_cannot_read_is_an_error_not_a_traceback(tmp_path, url):
    report = MINIMAL["content/reports/r1.md"].replace("title: R1\n", f'title: R1\nurl: "{url}"\n')
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), write=False)
    said = '"url" has a port no address can have' if ":99999" in url else '"url" must be an http(s) address with a host'
    assert [(e.pos.path, e.pos.line, e.message.startswith(said))
            for e in result.errors] == [("content/reports/r1.md", 3, True)]


@pytest.mark.parametrize("url, bare", [("https://u:p@e.example/r/1", "https://e.example/r/1"),
                                       ("https://trusted.example@evil.example/", "https://evil.example/")])
def test_a_source_address_with_a_user_name_or_password_is_linked_without_them(tmp_path, url, bare):
    # One that looks like a host hides the real one: "https://trusted.example@…" goes to evil.example.
    report = MINIMAL["content/reports/r1.md"].replace("title: R1\n", f'title: R1\nurl: "{url}"\n')
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), write=False)
    assert result.ok
    assert [(w.pos.path, w.pos.line, w.message) for w in result.warnings if "url" in w.message] == [
        ("content/reports/r1.md", 3, f'"url" holds a user name or password before its host; using "{bare}"')]
    hrefs = lxml.html.fromstring(result.files["reports/r1/index.html"]).xpath("//a/@href")
    assert bare in hrefs and not [h for h in hrefs if "@" in h.partition("//")[2].partition("/")[0]]


def test_a_lone_surrogate_in_the_boundaries_attribution_is_no_traceback(tmp_path):
    shape = '{"type":"Polygon","coordinates":[[[129,41],[130,41],[130,42],[129,41]]]}'
    geojson = ('{"type":"FeatureCollection","attribution":"Outlines \\ud800 by X","features":'
               f'[{{"type":"Feature","properties":{{"code":"KP-09"}},"geometry":{shape}}}]}}')
    site = MINIMAL["content/site.yaml"] + "map:\n  boundaries: data/b.geojson\n"
    result = build_site(make_site(tmp_path, {"content/site.yaml": site, "data/b.geojson": geojson}), write=False)
    assert result.ok, [str(e) for e in result.errors]
    assert not [p for p, data in result.files.items() if b"\xed\xa0\x80" in data or b"\\ud800" in data]


def test_a_lone_surrogate_in_yaml_read_without_libyaml_is_dropped(tmp_path, monkeypatch):
    import yaml

    from generator import yamldoc
    monkeypatch.setattr(yamldoc, "_Loader", yaml.SafeLoader)  # libyaml refuses the escape itself
    brief = BRIEF.replace("title: B1", 'title: "B1 \\ud800 steel"')
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}), write=False)
    assert result.ok, [str(e) for e in result.errors]
    assert "B1  steel" in result.files["briefs/b1/index.html"].decode("utf-8")


def test_media_names_another_system_cannot_hold_are_not_published(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8
    result = build_site(make_site(tmp_path, {"content/media/Map.png": png, "content/media/map.png": png,
                                             "content/media/aux.png": png, "content/media/a?.png": png}),
                        write=False)
    assert result.ok
    assert sorted(p for p in result.files if p.startswith("media/")) == ["media/Map.png"]
    assert {w.pos.path for w in result.warnings} >= {"content/media/map.png", "content/media/aux.png",
                                                      "content/media/a?.png"}


def test_a_file_in_templates_that_no_page_uses_is_warned_about(tmp_path):
    report_page = ('{% extends "base.html" %}{% block content %}{% include "partials/used.html" %}'
                   '{{ report.title }}{% endblock %}')
    province_page = '{% extends "base.html" %}{% block content %}{% include "./partials/prov.html" %}{% endblock %}'
    root = make_site(tmp_path, {"templates/briefing.css": "body { color: red }\n", "templates/bref.html": "x\n",
                                "templates/partials/mine.html": "x\n", "templates/partials/used.html": "{{ 1 }}\n",
                                "templates/report.html": report_page, "templates/.brief.html.swp": "x",
                                "templates/assets/logo.png": b"\x89PNG\r\n\x1a\n", "templates/README.md": "notes",
                                # no province has a page yet: its template's partial still serves
                                "templates/province.html": province_page, "templates/partials/prov.html": "p\n"})
    result = build_site(root, write=False)
    assert result.ok
    assert [(w.pos.path, w.message, w.hint) for w in result.warnings] == [
        ("templates/bref.html", "not used: no page's template is this file or loads it", 'did you mean "brief.html"?'),
        ("templates/briefing.css", "not used: no page's template is this file or loads it",
         "did you mean templates/assets/briefing.css? Files the site publishes as they are go in assets/"),
        ("templates/partials/mine.html", "not used: no page's template is this file or loads it",
         "a file here overrides the built-in template of its name, or is loaded ({% include %}, {% import %}, "
         "{% extends %}) by one"),
    ]


def test_many_warnings_in_one_file_read_its_lines_once(tmp_path, monkeypatch):
    import generator.diagnostics as diagnostics

    path = tmp_path / "r.md"
    path.write_text("".join(f"line {n}\n" for n in range(1, 101)), encoding="utf-8")
    reads = []
    real = diagnostics.read_regular
    monkeypatch.setattr(diagnostics, "read_regular", lambda p: reads.append(p) or real(p))
    diagnostics._lines.cache_clear()
    assert [diagnostics.source_line(tmp_path, Pos("r.md", n)) for n in (1, 50, 100)] == ["line 1", "line 50", "line 100"]
    assert len(reads) == 1  # 50,000 warnings in one report took minutes to print, each one reading it again
    path.write_text("changed\n", encoding="utf-8")
    assert diagnostics.source_line(tmp_path, Pos("r.md", 1)) == "changed" and len(reads) == 2


def test_links_to_pages_of_the_site_are_checked_as_pages(tmp_path):
    body = ("\n[r1 page](../../reports/r1/) [wrong depth](../reports/r1/) [no report](../r9/) "
            "[no brief](../../briefs/nope/) [briefs](../../briefs/) [media folder](../media/) "
            "[pdf](../media/plan.pdf?v=2#page=3) [steel](../../topics/steel/) [no topic](../../topics/nope/) "
            "[page two](../../provinces/kaesong/page/2/) [no province](../../provinces/nowhere/) "
            "[topics](../../topics/index.html)\n")
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"] + body,
                                             "content/media/plan.pdf": pdf}))
    assert result.ok
    assert sorted(w.message for w in result.warnings) == [
        'links to "../../briefs/nope/", which is not a file of the site',
        'links to "../../provinces/nowhere/", which is not a file of the site',
        'links to "../../topics/nope/", which is not a file of the site',
        'links to "../media/", which is not a file of the site',
        'links to "../r9/", which is not a file of the site',
        'links to "../reports/r1/", which is not a file of the site']
    [pdf_link] = page(tmp_path / "site", "reports/r1/index.html").xpath('//a[text()="pdf"]')
    assert pdf_link.get("href") == "../../media/plan.pdf?v=2#page=3"


def test_an_id_too_long_to_name_a_folder_is_an_error_where_it_is_written(tmp_path):
    topics = MINIMAL["content/topics.yaml"] + f"- id: {'t' * 300}\n  title: Long\n"
    e = _only_error(tmp_path, {"content/topics.yaml": topics})
    assert (e.pos.path, e.pos.line, e.pos.col) == ("content/topics.yaml", 3, 7)
    assert e.hint == "an id names a folder of the site: at most 200 characters, not 300"


def test_an_output_that_takes_no_more_files_is_an_error_and_the_site_stays(tmp_path, monkeypatch):
    import errno

    from generator.write import SiteWriter

    root = make_site(tmp_path, {})
    assert build_site(root).ok
    before = {p.relative_to(root): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    real = SiteWriter.stage

    def full(self, rel, data, digest):
        if rel.startswith("reports/"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, rel, data, digest)

    monkeypatch.setattr(SiteWriter, "stage", full)
    (root / "content/reports/r1.md").write_text(MINIMAL["content/reports/r1.md"] + "More.\n", encoding="utf-8")
    result = build_site(root)
    assert not result.ok
    assert [e.message for e in result.errors] == [f"cannot write the site: No space left on device: {root / 'site'}"]
    assert {p.relative_to(root): p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()} == before
    assert [p.name for p in root.iterdir() if p.name.startswith(".site")] == []  # no staging folder left


@pytest.mark.parametrize("odd", ["\u2028", "\u2029", "\x85"])
def test_line_numbers_count_the_lines_an_editor_shows(tmp_path, odd):
    # YAML breaks lines at NEL, U+2028 and U+2029 too (pasted from a web page); editors do not.
    from generator.diagnostics import source_line

    brief = MINIMAL["content/briefs/b1.yaml"].replace("title: B1", f'title: "B{odd}1{odd}x"').replace(
        "    text: Idle mill.\n", "    text: Idle mill.\n    confidence: bogus\n")
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": brief})
    assert (e.pos.line, e.pos.col) == (7, 17), e
    assert source_line(tmp_path, e.pos) == "    confidence: bogus"
    broken = brief.replace("confidence: bogus\n", "confidence: [high\n")  # a YAML syntax error
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": broken})
    assert e.pos.line == 8 and "line 7, column 17" in e.hint, e  # found on the next line


def test_a_report_with_unusual_line_separators_shows_the_line_it_points_at(tmp_path):
    from generator.diagnostics import source_line

    body = "\nA line with\u2028a separator and a \x0c form feed.\n\nSee [x](nothere.md).\n"
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"] + body}))
    [w] = result.warnings
    assert (w.pos.line, w.pos.col) == (11, 9)
    assert source_line(tmp_path, w.pos) == "See [x](nothere.md)."


def test_a_byte_that_is_not_utf8_is_found_on_its_line_with_old_mac_line_ends(tmp_path):
    report = MINIMAL["content/reports/r1.md"].replace("\n", "\r").encode() + b"caf\xe9\r"
    e = _only_error(tmp_path, {"content/reports/r1.md": report})
    assert (e.pos.line, e.pos.col) == (8, 4), e


def test_a_file_a_template_links_to_outside_the_site_is_never_shown(tmp_path):
    from generator.diagnostics import source_line

    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN=hunter2\n", encoding="utf-8")
    root = make_site(tmp_path / "site-root", {})
    (root / "templates").mkdir()
    (root / "templates/base.html").symlink_to(secret)
    result = build_site(root)
    [e] = result.errors
    assert e.pos.path == "templates/base.html" and "outside templates/" in e.message
    assert source_line(root, e.pos) is None
    (root / "templates/base.html").unlink()
    (root / "templates/base.html").write_text("TOKEN=mine\n", encoding="utf-8")  # its own file is shown
    assert source_line(root, Pos("templates/base.html", 1)) == "TOKEN=mine"


def test_a_links_column_is_found_however_its_destination_is_spaced_or_escaped(tmp_path):
    body = "\nPara line one\nline two\nline three [x]( nothere.md) and [y](a&amp;b.md) and [z](<c d.md>)\n"
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": MINIMAL["content/reports/r1.md"] + body}))
    assert sorted((w.pos.line, w.pos.col, w.message) for w in result.warnings) == [
        (11, 17, 'links to report "nothere", which does not exist'),
        (11, 37, 'links to report "a&b", which does not exist'),
        (11, 58, 'links to report "c d", which does not exist'),
    ]


@pytest.mark.parametrize("written", ["", "[title, base_url]\n", "just text\n"])
def test_a_site_yaml_that_is_no_mapping_is_one_error(tmp_path, written):
    result = build_site(make_site(tmp_path, {"content/site.yaml": written}))
    assert [d.message for d in result.diagnostics if d.pos.path == "content/site.yaml"] == \
        [next(e.message for e in result.errors)]  # not also "base_url is not set"
    assert result.errors[0].message.startswith("site.yaml must be a mapping of fields")


def test_a_template_writing_a_lone_surrogate_is_an_error_at_the_template(tmp_path):
    base = (Path(__file__).parent.parent / "templates" / "base.html").read_text(encoding="utf-8")
    base = base.replace("</body>", '{{ "\\ud800" }}</body>', 1)
    root = make_site(tmp_path, {})
    assert build_site(root).ok
    built = {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()}
    line = base[:base.index("\\ud800")].count("\n") + 1
    (root / "templates").mkdir()
    (root / "templates" / "base.html").write_text(base, encoding="utf-8")
    result = build_site(root)
    assert {(e.pos.path, e.pos.line, e.message) for e in result.errors} == {
        ("templates/base.html", line, "template error: it writes U+D800, half of a surrogate pair, which no UTF-8 "
                                      "page can hold")}
    assert {p: p.read_bytes() for p in (root / "site").rglob("*") if p.is_file()} == built


@pytest.mark.parametrize("make", ["folder", "pipe", "loop", "device"])
def test_a_template_override_that_is_no_file_is_an_error_not_the_builtin_one(tmp_path, make):
    root = make_site(tmp_path, {"templates/partials/keep.txt": "x"})
    named = root / "templates" / "base.html"
    {"folder": named.mkdir, "pipe": lambda: os.mkfifo(named), "loop": lambda: named.symlink_to(named),
     "device": lambda: named.symlink_to("/dev/zero")}[make]()
    result = build_site(root, write=False)
    assert not result.ok
    assert {(e.pos.path, e.message) for e in result.errors} == {
        ("templates/base.html", "template not read: it is no regular file (a folder, a pipe, a device, or a link that "
                                "leads nowhere or loops)")}


@pytest.mark.parametrize("make", ["file", "loop"])
def test_a_templates_folder_that_is_no_folder_is_an_error(tmp_path, make):
    root = make_site(tmp_path, {})
    own = root / "templates"
    own.write_text("oops") if make == "file" else own.symlink_to(own)
    result = build_site(root, write=False)
    assert [(e.pos.path, e.message.split(":")[0]) for e in result.errors] == [
        ("templates", "templates is no folder (a file, or a link that leads nowhere or loops)")]


@pytest.mark.parametrize("opener, tag", [("{% if page_path %}<b>", "if"), ("{%- for x in [1] %}", "for"),
                                         ("{% set held %}", "set")])
def test_an_unclosed_block_in_a_template_is_an_error_at_the_line_that_opens_it(tmp_path, opener, tag):
    # Jinja reports it where the enclosing block or the file ends, far from the line to fix
    report = (Path(__file__).parent.parent / "templates" / "report.html").read_text(encoding="utf-8")
    lines = report.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("{% block content %}")) + 2
    written = "".join(lines[:at] + [f"{opener}\n", "{% set fine = 1 %}{% if 1 %}{% endif %}\n"] + lines[at:])
    root = make_site(tmp_path, {"templates/report.html": written})
    (error,) = build_site(root, write=False).errors
    assert (error.pos.path, error.pos.line) == ("templates/report.html", at + 1)
    assert error.message.startswith(f"template syntax error: this {{% {tag} %}} is never closed (Jinja found no "
                                    f"{{% end{tag} %}} for it by line ")


def test_every_bad_value_of_one_yaml_file_is_reported_at_once(tmp_path):
    brief = BRIEF.replace("title: B1", "title: !!binary aGVsbG8=").replace("date: 2024-01-02", "date: !!int x") \
                 .replace("text: Idle mill.", "text: !!set {a}")
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}), write=False)
    assert sorted((e.pos.line, e.message) for e in result.errors if e.pos.path == "content/briefs/b1.yaml") == [
        (1, "unsupported YAML tag tag:yaml.org,2002:binary"), (2, "invalid YAML value for int: x"),
        (6, "unsupported YAML tag tag:yaml.org,2002:set")]


def test_templates_in_a_linked_folder_that_pages_load_are_used(tmp_path):
    report_page = ('{% extends "base.html" %}{% block content %}{% include "partials/mine.html" %}'
                   '{{ report.title }}{% endblock %}')
    root = make_site(tmp_path, {"templates/report.html": report_page, "templates/my-partials/mine.html": "x\n",
                                "templates/my-partials/other.html": "x\n"})
    (root / "templates" / "partials").symlink_to("my-partials", target_is_directory=True)
    result = build_site(root, write=False)
    assert result.ok
    assert [w.pos.path for w in result.warnings] == ["templates/my-partials/other.html"]


def test_a_template_that_a_used_one_links_to_is_used_too(tmp_path):
    report_page = '{% extends "base.html" %}{% block content %}{{ report.title }}{% endblock %}'
    root = make_site(tmp_path, {"templates/real/report.html": report_page, "templates/real/other.html": "x\n"})
    (root / "templates" / "report.html").symlink_to("real/report.html")
    result = build_site(root, write=False)
    assert result.ok
    assert [w.pos.path for w in result.warnings] == ["templates/real/other.html"]  # not real/report.html


@pytest.mark.parametrize("language, quote, report, says", [
    ("de", "1200 Arbeiter", "1.200 Arbeiter", ""),  # a full stop groups German digits
    ("de", "1300 Arbeiter", "1.200 Arbeiter", ": its numbers differ (1300; the report has 1.200)"),
    ("de", "1,5 Tonnen", "1.5 Tonnen", ": its numbers differ (1,5; the report has 1.5)"),  # a decimal comma
    ("en", "1200 workers", "1,200 workers", ""),
    ("en", "1.200 workers", "1,200 workers", ": its numbers differ (1.200; the report has 1,200)"),
])
def test_numbers_grouped_as_the_reports_language_groups_them_are_the_same(language, quote, report, says):
    from generator.resolve import _sense_differs

    assert _sense_differs(f"Es hat {quote}", f"Es hat {report}", language) == says


def test_a_template_nested_too_deep_for_jinja_to_read_is_an_error_at_its_file(tmp_path):
    deep = "{{ " + "(" * 80 + "1" + ")" * 80 + " }}"  # Jinja's parser recurses once a bracket
    root = make_site(tmp_path, {"templates/brief.html": '{% extends "base.html" %}{% block content %}'
                                + deep + "{% endblock %}"})
    result = build_site(root)
    [problem] = result.errors
    assert problem.pos.path == "templates/brief.html" and "too deeply nested" in problem.message


@pytest.mark.parametrize("written", ["0001-01-01", '"0999-12-31"'])
def test_a_date_of_the_first_millennium_is_a_mistyped_year(tmp_path, written):
    # 0001-01-01 also stands for a date left out: taken as a date, it skipped the warning
    # for a brief dated before the reports it quotes.
    e = _only_error(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace("date: 2024-01-02", f"date: {written}")})
    assert e.message.startswith('"date" 0') and e.message.endswith(": check the year")
    assert (e.pos.line, e.pos.col) == (2, 7)


def test_a_file_too_large_for_content_is_never_read_whole(tmp_path):
    # A recording saved over a report, or a video in media/: read whole, either filled the
    # memory (6 GB for a 6 GB file) before anything was said about it. Sparse files here.
    root = make_site(tmp_path, {"content/media/ok.png": b"\x89PNG\r\n\x1a\n0000"})
    with (root / "content" / "media" / "talk.mp4").open("wb") as video:
        video.truncate(3 * 2**30)
    with (root / "content" / "reports" / "huge.md").open("wb") as report:
        report.truncate(40 * 2**20)
    result = build_site(root)
    [e] = result.errors
    assert (e.pos.path, e.message) == ("content/reports/huge.md", "cannot read file: it is 40 MB, and a file "
                                       "Briefing reads may be at most 16 MB")
    [w] = [d for d in result.warnings if d.pos.path == "content/media/talk.mp4"]
    assert w.message == "not published: talk.mp4: it is 3 GB, and a file Briefing reads may be at most 100 MB"
    with (root / "content" / "reports" / "huge.md").open("wb") as report:
        report.truncate(17_000_050)  # 16.2 MB, which would round to the limit's 16 MB
    [e] = build_site(root).errors
    assert e.message == ("cannot read file: it is 17,000,050 bytes, and a file Briefing reads may be at most "
                         "16,777,216 bytes")
    (root / "content" / "reports" / "huge.md").unlink()
    result = build_site(root)
    assert result.ok and (root / "site" / "media" / "ok.png").is_file()
    assert not (root / "site" / "media" / "talk.mp4").exists()


def test_boundaries_with_a_key_twice_in_one_object_or_an_endless_number_are_said_plainly(tmp_path):
    site = MINIMAL["content/site.yaml"] + "map:\n  boundaries: data/b.geojson\n"
    twice = ('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"KP-09","code":"KP-01"},'
             '"geometry":{"type":"Polygon","coordinates":[[[129,41],[130,41],[130,42],[129,41]]]}}]}')
    [e] = build_site(make_site(tmp_path / "a", {"content/site.yaml": site, "data/b.geojson": twice}), write=False).errors
    assert (e.pos.path, e.message) == ("data/b.geojson", 'invalid GeoJSON: the key "code" twice in one object')
    endless = twice.replace('"code":"KP-01"', '"name":"x"').replace("[129,41],[130,41]", f"[{'9' * 100_000},41],[130,41]")
    result = build_site(make_site(tmp_path / "b", {"content/site.yaml": site, "data/b.geojson": endless}), write=False)
    assert result.ok and not any("set_int_max_str_digits" in str(d) for d in result.diagnostics)
    [w] = [d for d in result.warnings if d.pos.path == "data/b.geojson"]
    assert "no Polygon or MultiPolygon of valid coordinates" in w.message


def test_a_link_written_with_html5_entities_is_warned_at_its_place_with_a_tab_said(tmp_path):
    body = "[ok](r1.md) line one\n[ff](javascript&Tab;:alert(1)) line two\n[gg](nothere&#46;md) line three\n"
    report = MINIMAL["content/reports/r1.md"].rstrip("\n") + "\n\n" + body
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), write=False)
    said = [(w.pos.line, w.pos.col, w.message) for w in result.warnings if w.pos.path == "content/reports/r1.md"]
    line = report.splitlines().index("[ff](javascript&Tab;:alert(1)) line two") + 1
    assert said == [(line, 6, 'links to "javascript\\t:alert(1)", which is not a file of the site'),
                    (line + 1, 6, 'links to report "nothere", which does not exist')]


@pytest.mark.parametrize("written", ["&#32;", "&#xa0;", "&nbsp;&Tab;", "&#X09;"])
def test_an_unsafe_link_after_white_space_written_as_an_entity_is_warned_at_its_place(tmp_path, written):
    # (once warned at the paragraph's first line, with no column: the address drops the space)
    body = f"First line of a paragraph.\nSecond line [lead]({written}javascript:alert(1)) and [plain](javascript:x).\n"
    report = MINIMAL["content/reports/r1.md"].rstrip("\n") + "\n\n" + body
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), write=False)
    said = [(w.pos.line, w.pos.col) for w in result.warnings if w.pos.path == "content/reports/r1.md"]
    line = report.splitlines().index(body.splitlines()[1]) + 1
    assert said == [(line, len("Second line [lead](") + 1), (line, body.splitlines()[1].index("javascript:x") + 1)]


@pytest.mark.parametrize("markup", ["| a | b |\n|---|---|\n" + "| x | y |\n" * 7_000, "![a](b.png) [c" * 5_001,
                                    # (under 20,000 "|", but every row as wide as a header of 1,000 cells)
                                    "![a](b.png)\n\n" + "a" + "|a" * 999 + "\n" + "-" + "|-" * 999 + "\n" + "x\n" * 66])
def test_a_report_of_too_much_markup_is_read_as_text_and_warned_about(tmp_path, markup):
    # a table of millions of cells took gigabytes; tens of thousands of "[" took minutes
    body = "The mill runs a few days each year.\n\n" + markup + "\n"
    report = MINIMAL["content/reports/r1.md"].replace("The mill runs a few days each year.\n", body)
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), out=tmp_path / "site")
    assert result.ok
    [warned] = result.warnings
    assert (warned.pos.path, warned.pos.line) == ("content/reports/r1.md", 7)
    assert "shown as plain text" in warned.message
    doc = page(tmp_path / "site", "reports/r1/index.html")
    assert not doc.cssselect("article table, article img, article a[href$='b.png']")
    assert doc.cssselect("mark.quote")  # the quote was still found and marked


def test_a_template_syntax_error_is_reported_with_the_content_errors(tmp_path):
    # all problems at once: not the template's only after the content is mended
    brief = MINIMAL["content/briefs/b1.yaml"].replace("runs a few days each year", "words the report lacks")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief, "templates/topic.html": "{% if %}\n",
                                "templates/assets/extra.css": "a{#b} {{ c"})  # (copied, not a template)
    result = build_site(root, out=tmp_path / "site")
    assert not result.ok and not (tmp_path / "site").exists()
    assert [(e.pos.path, e.pos.line, e.message.split(":")[0]) for e in result.errors] == [
        ("content/briefs/b1.yaml", 9, 'quote in claim "c1" not found in report "r1"'),
        ("templates/topic.html", 1, "template syntax error")]


@pytest.mark.parametrize("field", ["summary", "text", "note"])
def test_a_brief_of_too_much_markup_is_read_as_text_and_warned_about(tmp_path, field):
    # a summary holding a 4,000-row table took a minute, 1.8 GB and a 285 MB e-mail file
    table = "| a | b |\n|---|---|\n" + "| x | y |\n" * 7_000
    brief = MINIMAL["content/briefs/b1.yaml"].replace("topics: [steel]\n", "topics: [steel]\nsummary: Idle.\n")
    brief = {"summary": brief.replace("summary: Idle.", f"summary: {json.dumps(table)}"),
             "text": brief.replace("text: Idle mill.", f"text: {json.dumps('Idle mill. ' + table)}"),
             "note": brief.replace("quote: \"runs a few days each year\"\n",
                                   f"quote: \"runs a few days each year\"\n        note: {json.dumps(table)}\n")}[field]
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}), out=tmp_path / "site")
    assert result.ok
    [warned] = [w for w in result.warnings if "shown as plain text" in w.message]
    assert warned.pos.path == "content/briefs/b1.yaml" and f'"{field}" holds 21,006 "|"' in warned.message
    for path in ("briefs/b1/index.html", "briefs/b1/email.html"):
        doc = page(tmp_path / "site", path)
        assert not doc.xpath("//td[normalize-space()='x']") and "| x | y |" in doc.text_content()


def test_a_report_with_a_table_of_ordinary_size_keeps_it(tmp_path):
    body = "The mill runs a few days each year.\n\n| a | b |\n|---|---|\n" + "| x | y |\n" * 100
    report = MINIMAL["content/reports/r1.md"].replace("The mill runs a few days each year.\n", body)
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), out=tmp_path / "site")
    assert result.ok and not result.warnings
    assert len(page(tmp_path / "site", "reports/r1/index.html").cssselect("table tr")) == 101


def test_a_link_from_the_root_of_a_host_is_warned_about_with_the_sources_address(tmp_path):
    # pasted with an article: "/news/x.html" was a path on the source's site, not on this one
    report = MINIMAL["content/reports/r1.md"].replace(
        "published: 2024-01-01\n", "published: 2024-01-01\nurl: https://news.example.org/2024/mill.html\n") \
        + "See [the archive](/archive/2023.html) and [their site](https://news.example.org/).\n"
    brief = MINIMAL["content/briefs/b1.yaml"].replace("text: Idle mill.", "text: Idle mill ([map](/maps/1)).")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief}),
                        write=False)
    assert result.ok
    found = sorted((w.pos.path, w.pos.line, w.pos.col, w.message, w.hint.partition("?")[0]) for w in result.warnings)
    assert found == [
        ("content/briefs/b1.yaml", 6, 28, 'links to "/maps/1", a path from the root of a host',
         "it leads outside the site on the host that serves it, and nowhere in an e-mail: write the full address "
         "(https://…), or a link relative to this file"),
        ("content/reports/r1.md", 9, 19, 'links to "/archive/2023.html", a path from the root of a host',
         'did you mean "https://news.example.org/archive/2023.html"'),
    ]


def test_a_link_whose_address_is_dropped_is_warned_about_where_it_is_written(tmp_path):
    # dropped as unsafe, the link shows as its Markdown: the author must hear of it
    report = MINIMAL["content/reports/r1.md"] + (
        "See [the map](//maps.example.org/hyesan), [the archive](ftp://files.example.org/a.pdf) and "
        "![chart](data:text/html;base64,PHNjcmlwdD4=).\n\n[desk]: tel:+82-2-000\n\nCall [the desk][desk], or see "
        "[the site](https://news.example.org/) and ![a dot](data:image/png;base64,iVBORw0KGgo=).\n")
    brief = MINIMAL["content/briefs/b1.yaml"].replace("text: Idle mill.", 'text: "Idle [mill](javascript:alert(1))."')
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief}),
                        out=tmp_path / "site")
    assert result.ok
    found = sorted((w.pos.path, w.pos.line, w.pos.col, w.message.split('", ')[0] + '"', w.hint)
                   for w in result.warnings)
    kept = "only http:, https: and mailto: addresses are kept (and images inline as data:image/…)"
    assert found == [
        ("content/briefs/b1.yaml", 6, 24, 'links to "javascript:alert(1)"', kept),
        ("content/reports/r1.md", 8, 15, 'links to "//maps.example.org/hyesan"',
         'write "https://maps.example.org/hyesan" if the host serves it so'),
        ("content/reports/r1.md", 8, 57, 'links to "ftp://files.example.org/a.pdf"', kept),
        ("content/reports/r1.md", 8, 101, 'links to "data:text/html;base64,PHNjcmlwdD4="', kept),
        ("content/reports/r1.md", 10, 9, 'links to "tel:+82-2-000"', kept),
    ]
    text = page(tmp_path / "site", "reports/r1/index.html").text_content()
    assert "[the map](//maps.example.org/hyesan)" in text  # as written: no link
    assert not page(tmp_path / "site", "reports/r1/index.html").xpath("//a[contains(@href, 'maps.example')]")


def test_a_link_to_an_address_with_no_host_is_dropped_with_a_warning_where_it_is_written(tmp_path):
    report = MINIMAL["content/reports/r1.md"] + (
        "See [a](http://example.com:99999/a), [b](http://[::1/x) and [c](HTTP://[zz]/x),\n"
        "[d](https://example.org/), [e](http://[2001:db8::1]:8080/) and [f](https://u:p@example.net/).\n")
    brief = MINIMAL["content/briefs/b1.yaml"].replace("text: Idle mill.", 'text: "Idle [mill](https://mill:8o/)."')
    root = make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief})
    result = build_site(root, out=tmp_path / "site")
    assert result.ok
    found = sorted((w.pos.path, w.pos.line, w.pos.col, w.message) for w in result.warnings)
    dropped = "which is dropped: readers see the Markdown as written"
    port, host = "a port no address can have (1 to 65535)", "no host a browser can go to"
    assert found == [
        ("content/briefs/b1.yaml", 6, 24, f'links to "https://mill:8o/", an address with {port}, {dropped}'),
        ("content/reports/r1.md", 8, 9, f'links to "http://example.com:99999/a", an address with {port}, {dropped}'),
        ("content/reports/r1.md", 8, 42, f'links to "http://[::1/x", an address with {host}, {dropped}'),
        ("content/reports/r1.md", 8, 65, f'links to "HTTP://[zz]/x", an address with {host}, {dropped}'),
        ("content/reports/r1.md", 9, 68, 'links to "https://u:p@example.net/", an address with a user name before '
                                         f'its host, hiding where it leads, {dropped}'),
    ]
    doc = page(tmp_path / "site", "reports/r1/index.html")
    assert sorted(a.get("href") for a in doc.cssselect(".report-body a")) == [
        "http://[2001:db8::1]:8080/", "https://example.org/"]
    assert "[c](HTTP://[zz]/x)" in doc.text_content()  # as written, and no link to "zz"


def test_an_autolink_whose_address_is_dropped_is_warned_about_where_it_is_written(tmp_path):
    # shown as written, "<ftp://…>", with no word of why
    report = MINIMAL["content/reports/r1.md"] + (
        "See <http://[zz]/x>, <ftp://files.example.org/a> and <https://example.org/ok>.\n")
    brief = MINIMAL["content/briefs/b1.yaml"].replace("text: Idle mill.", 'text: "Idle <javascript:alert(1)> mill."')
    root = make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief})
    result = build_site(root, out=tmp_path / "site")
    assert result.ok
    found = sorted((w.pos.path, w.pos.line, w.pos.col, w.message.split('", ')[0] + '"') for w in result.warnings)
    assert found == [("content/briefs/b1.yaml", 6, 18, 'links to "javascript:alert(1)"'),
                     ("content/reports/r1.md", 8, 6, 'links to "http://[zz]/x"'),
                     ("content/reports/r1.md", 8, 23, 'links to "ftp://files.example.org/a"')]
    doc = page(tmp_path / "site", "reports/r1/index.html")
    assert [a.get("href") for a in doc.cssselect(".report-body a")] == ["https://example.org/ok"]
    assert "<http://[zz]/x>" in doc.text_content()


WEB_ADDRESSES = [
    "http:///example.com/", "http://", "http://?q", "http://user@/", "http://a|b.com/", "http://a^b.com/",
    "http://a`b.com/", "http://a{b.com/", "http://a'b.com/", "http://a\u00a0b.com/", "http://a\u3000b.com/",
    "http://ex℀ample.com/", "http://[v1.example.com]/p", "http://[::1]/", "http://[::ffff:1.2.3.4]/",
    "http://ex%41mple.com/", "http://example.com:8080/", "http://example.com:65535/", "http://example.com:65536/",
    "https://例え.jp/", "http://example.com./", "HTTP://EXAMPLE.COM/", "http://1.2.3.4/", "https://u:p@example.net/",
    "<https://ex ample.com/>", "http://" + "ü" * 70 + ".com/",
]


def test_every_web_link_is_either_kept_or_dropped_with_a_warning(tmp_path):
    # dropped, a link shows as its Markdown: a link dropped with no word of it was lost unseen
    lines = [f"[t{i}]({address})" for i, address in enumerate(WEB_ADDRESSES)]
    report = MINIMAL["content/reports/r1.md"] + "\n" + "\n\n".join(lines) + "\n"
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), out=tmp_path / "site")
    assert result.ok
    first = report.splitlines().index(lines[0]) + 1
    warned = {(w.pos.line - first) // 2 for w in result.warnings if w.pos.path == "content/reports/r1.md"}
    doc = page(tmp_path / "site", "reports/r1/index.html")
    kept = {int(a.text[1:]) for a in doc.cssselect(".report-body a[href]") if a.text and a.text.startswith("t")}
    assert kept.isdisjoint(warned) and kept | warned == set(range(len(WEB_ADDRESSES)))
    assert {WEB_ADDRESSES[i] for i in warned} >= {"http://[v1.example.com]/p", "http://example.com:65536/",
                                                   "http://a|b.com/", "<https://ex ample.com/>",
                                                   "https://u:p@example.net/"}
    assert {WEB_ADDRESSES[i] for i in kept} >= {"http:///example.com/", "http://[::1]/", "https://例え.jp/",
                                                 "http://ex%41mple.com/", "http://example.com:65535/"}


def test_each_dropped_link_of_a_paragraph_is_warned_about_at_its_own_line_and_column(tmp_path):
    # an address written with an entity first, and plainly further on; an image's data: as a
    # link's address, which no link can open
    report = MINIMAL["content/reports/r1.md"] + (
        "[a](javascript:alert(1)) [c](java&#x09;script:x) [d](&#106;avascript:alert(1))\n"
        "[e](vbscript:msgbox(1)) [f](data:text/html,<b>x</b>) [g]( javascript:alert(1)) "
        "[y](data:image/png;base64,iVBORw0KGgo=) ![z](data:image/png;base64,iVBORw0KGgo=)\n"
        "[h](\u200bjavascript:alert(1))\n")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), out=tmp_path / "site")
    assert result.ok
    found = sorted((w.pos.line, w.pos.col, w.message.split('", ')[0] + '"') for w in result.warnings)
    assert found == [
        (8, 5, 'links to "javascript:alert(1)"'),
        (8, 30, 'links to "java\\tscript:x"'),  # no scheme with a tab in it: a file's name, not there
        (8, 54, 'links to "javascript:alert(1)"'),
        (9, 5, 'links to "vbscript:msgbox(1)"'),
        (9, 29, 'links to "data:text/html,<b>x</b>"'),
        (9, 59, 'links to "javascript:alert(1)"'),
        (9, 84, 'links to "data:image/png;base64,iVBORw0KGgo="'),
        (10, 5, 'links to "\\u200bjavascript:alert(1)"'),  # the zero-width space shown, not printed unseen
    ]
    [linked] = [w for w in result.warnings if w.pos.col == 84]
    assert "which a link cannot open" in linked.message


def _mutated(rng: random.Random, word: str, alphabet: str) -> str:
    letters = list(word)
    for _ in range(rng.randint(0, 8)):
        at = rng.randrange(len(letters) + 1)
        if rng.random() < 0.5 and at < len(letters):
            del letters[at]
        else:
            letters.insert(at, rng.choice(alphabet))
    return "".join(letters)


@pytest.mark.parametrize("alphabet", ["ab", "abc-", "abcdefghijklmnopqrstuvwxyz-0123456789"])
def test_did_you_mean_answers_as_difflib_does(alphabet):
    """The hint is difflib.get_close_matches' (n=1, cutoff 0.6), ties and difflib's junk
    heuristic for long ids included; rapidfuzz only rules out candidates that cannot match."""
    rng = random.Random(alphabet)
    for _ in range(400):
        length = rng.choice([3, 12, 40, 250])  # 200 characters and more: difflib's autojunk
        candidates = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, length)))
                      for _ in range(rng.randint(0, 40))]
        value = _mutated(rng, rng.choice(candidates), alphabet) if candidates and rng.random() < 0.7 else \
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, length)))
        close = difflib.get_close_matches(value, candidates, n=1, cutoff=0.6)
        assert did_you_mean(value, candidates) == (f'did you mean "{close[0]}"?' if close else "")
    assert did_you_mean("r-00123-rice", {"r-00123-rice-prices": 1, "r-00456-coal": 2}) == \
        'did you mean "r-00123-rice-prices"?'  # a dict's keys, as for the reports by id


def test_a_claim_with_an_invalid_id_still_has_its_sources_checked(tmp_path):
    # all problems at once: the unknown report of the claim whose id is wrong too
    brief = MINIMAL["content/briefs/b1.yaml"].replace("id: c1", 'id: "bad id"').replace("report: r1", "report: nope")
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}), write=False)
    assert sorted(e.message for e in result.errors) == ['claim "bad id" cites unknown report "nope"',
                                                        'claim id "bad id" is not a valid id']


@pytest.mark.parametrize("quote, reads", [
    ("The mill was … to close in May", "The mill was supposed to close in May"),  # a hedge
    ("Authorities … hand over 200 kilograms of rice", "Authorities ordered every household to hand over 200 "
                                                       "kilograms of rice"),  # an order
])
def test_an_ellipsis_over_a_hedge_or_an_order_says_what_it_leaves_out(tmp_path, quote, reads):
    report = (MINIMAL["content/reports/r1.md"] + "\nThe mill was supposed to close in May.\n\n"
              "Authorities ordered every household to hand over 200 kilograms of rice.\n")
    root = make_site(tmp_path, {"content/reports/r1.md": report,
                                "content/briefs/b1.yaml": BRIEF.replace("runs a few days each year", quote)})
    [w] = build_site(root).warnings
    assert w.message == ('quote in claim "c1" leaves out, where its ellipsis is, words of report "r1" that may '
                         "change what the rest says")
    assert w.hint.startswith(f'the report reads: "{reads}"')


@pytest.mark.parametrize("claim_id", ["c1", "", '""', "[c1]"])
def test_a_claim_with_a_duplicate_or_no_id_still_has_its_other_problems_reported(tmp_path, claim_id):
    second = (f"  - {'id: ' + claim_id + chr(10) + '    ' if claim_id else ''}text: Again.\n"
              "    topics: [nosuchtopic]\n    contradicts: [nosuchclaim]\n    sources:\n"
              "      - report: nosuch-report\n        quote: x y z\n"
              "      - report: r1\n        quote: not in the report at all\n")
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": BRIEF + second}))
    found = [e.message for e in result.errors]
    assert len(found) == 5, found  # the id's own, and the four others
    assert any("nosuchtopic" in m for m in found) and any("nosuchclaim" in m for m in found)
    assert any('cites unknown report "nosuch-report"' in m for m in found)
    assert any(m.startswith("quote in claim") and "not found" in m for m in found)
    if claim_id != "c1":  # (a claim with no usable id is named by its line)
        assert any('cites unknown report "nosuch-report"' in m and 'claim "(no id, line 10)"' in m for m in found)


def test_a_missing_or_empty_source_list_or_an_invisible_quote_is_one_error(tmp_path):
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace(
        "    sources:\n      - report: r1\n        quote: \"runs a few days each year\"\n", "    sources: null\n")}))
    assert [e.message for e in result.errors] == ['claim is missing required field "sources"']
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": BRIEF.replace(
        '"runs a few days each year"', '"\\u200b"')}))
    assert [e.message for e in result.errors] == ['"quote" must not be empty: it shows nothing']


@pytest.mark.parametrize("quote, warned", [("the", True), ("a", True), ("No", True), ("矿", True),
                                           ("mill", False), ("2024", False), ("矿山", False)])
def test_a_quote_too_short_to_be_evidence_is_warned_about(tmp_path, quote, warned):
    report = MINIMAL["content/reports/r1.md"].replace("each year.", "each year. No 2024 mill the a 矿山.")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": BRIEF.replace(
        '"runs a few days each year"', f'"{quote}"')}))
    assert result.ok
    short = [w for w in result.warnings if "too short to be evidence" in w.message]
    assert bool(short) is warned
    assert not short or (short[0].pos.line, short[0].message.split(" is ")[0]) == (9, f'quote "{quote}"')


@pytest.mark.parametrize("where", ["summary: |\n  Pasted\u2028line one.\n  Line two.\n",
                                   "# pasted\u2029comment\nsummary: A summary\u0085here.\n"])
def test_line_and_paragraph_separators_in_yaml_are_spaces(tmp_path, where):
    brief = BRIEF.replace("claims:\n", where + "claims:\n")
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}))
    assert result.ok, [str(d) for d in result.diagnostics]
    summary = page(tmp_path / "site", "briefs/b1/index.html").text_content()
    assert "Pasted line one." in summary or "A summary here." in summary


def test_a_huge_value_echoed_in_a_message_is_shortened(tmp_path):
    long_id = "x" * 100_000
    brief = BRIEF.replace("report: r1", f"report: {long_id}")
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}))
    [e] = result.errors
    assert len(e.message) < 400 and e.message.startswith('claim "c1" cites unknown report "xxxx') and "…" in e.message


def test_a_report_of_too_many_lines_is_shown_preformatted_and_its_quotes_found(tmp_path):
    # 1,600,000 paragraphs of one letter (4.8 MB) were 5 million tokens: 53 s and 3.2 GB
    body = "The mill runs a few days each year.\n\n" + "p\n\n" * 60_000
    report = MINIMAL["content/reports/r1.md"].replace("The mill runs a few days each year.\n", body)
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), out=tmp_path / "site")
    assert result.ok
    [warned] = result.warnings
    assert warned.message == "report has 120,002 lines (at most 100,000): it is shown as preformatted text"
    doc = page(tmp_path / "site", "reports/r1/index.html")
    [pre] = doc.cssselect("article pre")
    assert not [p for p in doc.cssselect("article p") if p.text_content() == "p"]
    assert pre.text_content().count("p\n\n") == 60_000
    assert pre.cssselect("mark.quote")[0].text_content() == "runs a few days each year"

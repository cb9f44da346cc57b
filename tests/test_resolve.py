"""Resolving names: every spelling of a province, places, claims in `contradicts`."""

from __future__ import annotations

import lxml.html
import pytest
from conftest import MINIMAL, make_site

from generator.build import build_site
from generator.diagnostics import Pos
from generator.load import load_gazetteer, load_site
from generator.model import ClaimKey, Ref
from generator.names import Names
from generator.resolve import resolve
from generator.validate import validate


def _provinces() -> Names:
    gazetteer = load_gazetteer()
    return Names("province", (p.code for p in gazetteer), ((n, p.code) for p in gazetteer for n in p.names))


@pytest.mark.parametrize("name", ["KP-08", "kp-08", "South Hamgyong", "south hamgyong province",
                                  "Hamgyŏng-namdo", "Hamgyong-namdo", "Hamgyeongnam-do", "함경남도", "함남"])
def test_every_spelling_of_a_province_resolves(name):
    assert _provinces().find(Ref.at(name, Pos("x")), []) == "KP-08"


def test_gazetteer_covers_every_first_level_division():
    gazetteer = load_gazetteer()
    codes = [p.code for p in gazetteer]
    assert codes == ["KP-01", "KP-02", "KP-03", "KP-04", "KP-05", "KP-06", "KP-07", "KP-08", "KP-09",
                     "KP-10", "KP-13", "KP-14", "KP-15"]
    names = _provinces()
    for p in gazetteer:
        assert p.hangul and p.mr and p.rr and p.capital
        assert 37.5 < p.capital_lat < 43.1 and 124 < p.capital_lon < 131
        for name in p.names:  # no alias is claimed by two provinces
            assert names.find(Ref.at(name, Pos("x")), []) == p.code, name


def test_unknown_province_suggests_a_spelling():
    diags = []
    assert _provinces().find(Ref.at("Hamgyong-namdoo", Pos("f", 3, 4)), diags) is None
    assert diags[0].pos == Pos("f", 3, 4)


def _resolved(tmp_path, files):
    loaded = load_site(make_site(tmp_path, files))
    site, diags = validate(loaded)
    resolved, more = resolve(site)
    return resolved, diags + more


def test_places_put_claims_on_their_provinces_page(tmp_path):
    files = {
        "content/places.yaml": "- id: kc\n  name: Kim Chaek Steel\n  province: 함경북도\n  lat: 41.7\n  lon: 129.7\n",
        "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace("    text:", "    places: [Kim Chaek Steel]\n    text:"),
    }
    resolved, diags = _resolved(tmp_path, files)
    assert not diags
    claim = resolved.briefs["b1"].claims[0]
    assert claim.places == ("kc",) and claim.provinces == ("KP-09",)


def _two_briefs(contradicts: str) -> dict[str, str]:
    claim = "  - id: {id}\n    text: T\n{extra}    sources:\n      - report: r1\n        quote: the mill runs\n"
    head = "title: B\ndate: 2024-01-02\nclaims:\n"
    return {
        "content/briefs/b1.yaml": head + claim.format(id="c1", extra=f"    contradicts: [{contradicts}]\n")
        + claim.format(id="c2", extra=""),
        "content/briefs/b2.yaml": head + claim.format(id="c2", extra="") + claim.format(id="c3", extra=""),
    }


@pytest.mark.parametrize("ref,expected", [("c2", ClaimKey("b1", "c2")), ("b2/c2", ClaimKey("b2", "c2")),
                                          ("c3", ClaimKey("b2", "c3")), ("b1/c2", ClaimKey("b1", "c2")),
                                          ("b2/c3", ClaimKey("b2", "c3"))])
def test_contradicts_resolves_in_own_brief_first_then_anywhere(tmp_path, ref, expected):
    resolved, diags = _resolved(tmp_path, _two_briefs(ref))
    assert not [d for d in diags if d.is_error]
    assert resolved.briefs["b1"].claims[0].contradicts == (expected,)


def test_contradicts_naming_a_brief_looks_in_that_brief_alone(tmp_path):
    # c1 is b1's, not b2's: "b2/c1" names no claim, though a claim c1 exists
    _, diags = _resolved(tmp_path, _two_briefs("b2/c1"))
    [e] = [d for d in diags if d.is_error]
    assert e.message == 'claim "c1" contradicts unknown claim "b2/c1"'


def test_contradicting_oneself_is_an_error(tmp_path):
    _, diags = _resolved(tmp_path, _two_briefs("c1"))
    assert [d.message for d in diags if d.is_error] == ['claim "c1" contradicts itself']


def test_ambiguous_contradicts_asks_for_the_brief(tmp_path):
    files = _two_briefs("c9")
    files["content/briefs/b3.yaml"] = files["content/briefs/b2.yaml"].replace("c2", "c9")
    files["content/briefs/b4.yaml"] = files["content/briefs/b2.yaml"].replace("c2", "c9")
    _, diags = _resolved(tmp_path, files)
    [e] = [d for d in diags if d.is_error]
    assert e.message == '"c9" is ambiguous: claims b3/c9, b4/c9' and "brief-id/claim-id" in e.hint


def test_citing_a_broken_report_reports_the_report_only(tmp_path):
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": b"---\ntitle: \xff\n---\ntext\n"}))
    assert [d.pos.path for d in result.errors] == ["content/reports/r1.md"]


def test_an_exact_id_wins_over_a_folded_name(tmp_path):
    files = {"content/topics.yaml": "- id: steel\n  title: S\n- id: steel-city\n  title: SC\n",
             "content/reports/r1.md": MINIMAL["content/reports/r1.md"].replace("topics: [steel]", "topics: [steel-city]")}
    resolved, diags = _resolved(tmp_path, files)
    assert not [d for d in diags if d.is_error]
    assert resolved.reports["r1"].topics == ("steel-city",)


def test_a_name_shared_by_two_places_is_ambiguous(tmp_path):
    places = ("- id: hamhung\n  name: Hamhung\n  aliases: [Hungnam]\n  province: KP-08\n  lat: 39.9\n  lon: 127.5\n"
              "- id: fertiliser\n  name: Hungnam\n  province: KP-08\n  lat: 39.8\n  lon: 127.6\n")
    brief = MINIMAL["content/briefs/b1.yaml"].replace("    text:", "    places: [hungnam]\n    text:")
    _, diags = _resolved(tmp_path, {"content/places.yaml": places, "content/briefs/b1.yaml": brief})
    [e] = [d for d in diags if d.is_error]
    assert e.message == 'place "hungnam" in claim "c1" is ambiguous: it names "fertiliser" and "hamhung"'
    brief = brief.replace("[hungnam]", "[fertiliser]")
    _, diags = _resolved(tmp_path / "b", {"content/places.yaml": places, "content/briefs/b1.yaml": brief})
    assert not [d for d in diags if d.is_error]


@pytest.mark.parametrize("text, quote, message, hint", [
    ("## Musan mine closed\n\nIn 2019 the province opened two new pits.\n", "Musan mine closed in 2019",
     'quote in claim "c1" runs from a heading of report "r1" into the text beside it, as one sentence '
     "the report does not write",
     'quote the heading and the text apart, or mark the break with an ellipsis ("Musan mine closed … In 2019")'),
    ("| status | mine |\n|---|---|\n| closed | Musan |\n| reopened | Komdok |\n", "Musan reopened",
     'quote in claim "c1" runs from a list item, table cell or unfinished paragraph of report "r1" into '
     "the next, as one sentence the report does not write", "quote them apart, or mark the break with an ellipsis"),
])
def test_a_quote_joining_two_blocks_into_one_sentence_is_approximate_in_a_build(tmp_path, text, quote, message, hint):
    report = MINIMAL["content/reports/r1.md"].replace("The mill runs a few days each year.\n", text)
    brief = MINIMAL["content/briefs/b1.yaml"].replace('quote: "runs a few days each year"', f'quote: "{quote}"')
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief}),
                        write=False)
    assert result.ok
    assert [(w.pos.line, w.message, w.hint) for w in result.warnings] == [(9, message, hint)]


def test_a_source_given_twice_in_one_claim_is_one_footnote_and_a_warning(tmp_path):
    source = '      - report: r1\n        quote: "runs a few days each year"\n'
    brief = MINIMAL["content/briefs/b1.yaml"].rstrip("\n") + "\n" + source + source
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}), write=False)
    assert result.ok
    assert [(w.pos.line, w.message) for w in result.warnings] == [
        (10, 'claim "c1" cites the same words of report "r1" again'),
        (12, 'claim "c1" cites the same words of report "r1" again')]
    doc = lxml.html.fromstring(result.files["briefs/b1/index.html"])
    assert len(doc.cssselect("li.footnote")) == 1 and len(doc.cssselect("sup.cite")) == 1


def test_a_reports_folder_that_cannot_be_read_is_one_error_not_one_per_citation(tmp_path, monkeypatch):
    import os as os_module

    import generator.load as load
    real = os_module.scandir

    def scandir(path):  # a folder at chmod 000, as a user other than root sees it
        if str(path).endswith(os_module.path.join("content", "reports")):
            raise PermissionError(13, "Permission denied")
        return real(path)
    monkeypatch.setattr(load.os, "scandir", scandir)
    result = build_site(make_site(tmp_path, {}), write=False)
    assert [(e.pos.path, e.message) for e in result.errors] == [
        ("content/reports", "cannot read folder: Permission denied")]


def test_a_content_folder_that_cannot_be_entered_says_so_not_missing_file(tmp_path, monkeypatch):
    import os as os_module

    import generator.load as load
    real = os_module.lstat

    def lstat(path, *a, **k):  # content/ at chmod 000, as a user other than root sees it
        if os_module.path.join("content", "site.yaml") in str(path):
            raise PermissionError(13, "Permission denied")
        return real(path, *a, **k)
    monkeypatch.setattr(load.os, "lstat", lstat)
    result = build_site(make_site(tmp_path, {}), write=False)
    assert ("content/site.yaml", "cannot read file: Permission denied") in [(e.pos.path, e.message) for e in result.errors]
    assert "missing file" not in [e.message for e in result.errors]


def test_the_warning_for_a_quote_the_report_also_denies_quotes_the_denial(tmp_path):
    report = MINIMAL["content/reports/r1.md"].split("---\n")
    body = "Officials denied that the mine closed in May.\n\nWorkers confirmed that the mine closed in May.\n"
    brief = MINIMAL["content/briefs/b1.yaml"].replace("runs a few days each year", "the mine closed in May")
    root = make_site(tmp_path, {"content/reports/r1.md": "---\n".join([*report[:2], body]),
                                "content/briefs/b1.yaml": brief})
    result = build_site(root)
    [warned] = [w for w in result.warnings if "quote in claim" in w.message]
    assert warned.message == ('quote in claim "c1" is in report "r1", which also gives it as denied or false: '
                              '"Officials denied that the mine closed in May."')
    marks = lxml.html.fromstring((root / "site/reports/r1/index.html").read_bytes()).xpath("//mark[@class='quote']")
    assert [m.getparent().text_content() for m in marks] == ["Workers confirmed that the mine closed in May."]

"""E-mail briefs (generator/mail.py, generator/export.py): mail-safe HTML, plain text, .eml and `briefing email`."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import unicodedata
from email import message_from_bytes, policy
from pathlib import Path

import lxml.html
import pytest
from conftest import MINIMAL, REPO, make_site, messages, page

from generator.build import build_site, index_site
from generator.diagnostics import Severity
from generator.export import ExportRequest, export_brief
from generator.theme import long_date
from generator.urls import absolute
from generator.views import claim_views

SAMPLE_BRIEFS = sorted(p.stem for p in (REPO / "content" / "briefs").glob("*.yaml"))
FIXED = {"date": dt.datetime(2025, 12, 6, 9, 30, tzinfo=dt.timezone.utc), "message_id": "<fixed@t.example>"}
FORBIDDEN = ("script", "link", "iframe", "frame", "object", "embed", "img", "picture", "video", "audio",
             "source", "svg", "form", "input", "base")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    out = tmp_path_factory.mktemp("sample") / "site"
    result = build_site(REPO, out)
    assert result.ok and not result.diagnostics, messages(result)
    indexed, diagnostics = index_site(REPO)
    assert indexed is not None and not diagnostics
    return out, indexed


def _email_doc(out: Path, brief: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((out / "briefs" / brief / "email.html").read_bytes())


def _export(site, index, root: Path, brief: str, **request) -> tuple[bytes, list]:
    return export_brief(site, index, root, ExportRequest(brief, **request))


def _top_level_css(css: str) -> list[str]:
    """The preludes of the top-level rules of a style sheet ("@media (…)", "p", …)."""
    preludes, depth, start = [], 0, 0
    for i, char in enumerate(css):
        if char == "{":
            if depth == 0:
                preludes.append(css[start:i].strip())
            depth += 1
        elif char == "}":
            depth -= 1
            start = i + 1
    return preludes


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("brief", SAMPLE_BRIEFS)
def test_sample_email_is_one_mail_safe_file(sample, brief):
    out, _ = sample
    data = (out / "briefs" / brief / "email.html").read_bytes()
    assert len(data) < 102_000
    doc = lxml.html.fromstring(data)
    for tag in FORBIDDEN:
        assert not doc.xpath(f"//{tag}"), tag
    assert not doc.xpath("//meta[@http-equiv]")
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert "src" not in el.attrib, el.tag
        assert "url(" not in el.get("style", "") and "@import" not in el.get("style", "")
        href = el.get("href")
        if href is not None:
            assert href.startswith(("https://", "http://", "mailto:")), href
    # Only @media rules stay in <style>: a client that drops them loses dark mode, not layout.
    [style] = doc.xpath("//style")
    assert "url(" not in style.text and "@font-face" not in style.text
    assert all(p.startswith("@media") for p in _top_level_css(style.text)), _top_level_css(style.text)
    [sheet] = doc.cssselect("table.sheet")
    assert sheet.get("width") == "600" and "max-width: 600px" in sheet.get("style")
    widths = [el.get("width") for el in doc.iter() if isinstance(el.tag, str) and el.get("width")]
    assert all(w.endswith("%") or int(w) <= 600 for w in widths), widths


def test_the_charset_comes_first_however_many_media_rules_an_email_keeps(tmp_path):
    # css-inline puts the @media rules it keeps first in <head>; a browser opening the attached
    # file looks for the charset in its first 1,024 bytes only.
    template = (REPO / "templates/email.html").read_text(encoding="utf-8")
    rules = "".join(f"@media (min-width: {n}px) {{ .pad {{ padding-left: {n // 10}px !important; }} }}\n"
                    for n in range(300, 1300, 10))
    assert "</style>" in template
    root = make_site(tmp_path, {"templates/email.html": template.replace("</style>", rules + "</style>", 1)})
    assert build_site(root, tmp_path / "out").ok
    data = (tmp_path / "out/briefs/b1/email.html").read_bytes()
    assert data.index(b'<head><meta charset="utf-8">') < 100 and data.count(b"<meta charset") == 1
    assert data.index(b"@media (min-width: 1290px)") > 1024  # the rules were kept, after it
    head = lxml.html.fromstring(data).find("head")
    # the brief's page is what search engines should find, not its attachment
    assert head.cssselect('meta[name="robots"]')[0].get("content") == "noindex"
    assert head[0].tag == "meta" and head[0].get("charset") == "utf-8"


@pytest.mark.parametrize("brief", SAMPLE_BRIEFS)
def test_sample_email_carries_every_claim_flag_and_footnote(sample, brief):
    out, indexed = sample
    site, index = indexed.site, indexed.index
    base = site.config.base_url
    doc = _email_doc(out, brief)
    claims, footnotes = claim_views((c.key for c in site.briefs[brief].claims), site, index)
    shown = doc.cssselect("[data-claim]")
    assert [el.get("data-claim") for el in shown] == [str(v.key) for v in claims]
    for view, el in zip(claims, shown):
        assert el.cssselect(".corroboration")[0].get("data-corroboration") == str(view.corroboration)
        assert bool(el.cssselect(".single-source")) == view.single_source
        assert bool(el.cssselect(".contested-flag")) == bool(view.contested_with)
        assert [s.get("data-footnote") for s in el.cssselect("sup")] == [str(n.number) for n in view.footnotes]
        if view.claim.confidence:
            assert f"{view.claim.confidence} confidence" in el.text_content()
        for other in el.cssselect("a.contests"):
            assert other.get("href").startswith(base + "briefs/") and "/#claim-" in other.get("href")
    notes = doc.cssselect("div.fn")
    assert [int(n.get("data-footnote")) for n in notes] == [f.number for f in footnotes]
    for note, el in zip(footnotes, notes):
        assert _squash(el.cssselect("blockquote")[0].text_content()) == _squash(note.citation.quote)
        head = _squash(el.cssselect("p")[0].text_content())
        assert note.report.publisher in head and note.report.title in head
        assert long_date(note.report.published) in head and f"grade {note.report.reliability}" in head
        [to_report] = el.cssselect("a.to-report")
        assert to_report.get("href") == absolute(base, note.report_link)
        assert to_report.get("href").startswith(f"{base}reports/{note.report.id}/#q-")
        if note.report.url:
            assert el.cssselect("a.to-original")[0].get("href") == note.original_link
            assert ":~:text=" in note.original_link
    assert doc.cssselect("table.places tr")  # the map's text stand-in
    # ... at the points where the web page's markers are: a province at its seat
    markers = {(m["name"], round(m["lat"], 3), round(m["lon"], 3))
               for m in json.loads(lxml.html.fromstring((out / "briefs" / brief / "index.html").read_bytes())
                                   .cssselect("script[data-map]")[0].text)["markers"]}
    rows = {(row.cssselect("td")[0].text_content().split(" ")[0], row.cssselect("td")[1].text_content())
            for row in doc.cssselect("table.places tr") if row.cssselect("td")}
    shown = {(name.split(" ")[0], f"{lat:.3f}°\u00a0N, {lon:.3f}°\u00a0E") for name, lat, lon in markers}
    assert shown <= rows, (shown, rows)


def test_briefing_email_writes_the_built_file(sample, tmp_path):
    out, _ = sample
    brief = SAMPLE_BRIEFS[0]
    target = tmp_path / "brief.html"
    done = _run("email", f"content/briefs/{brief}.yaml", "--out", str(target))
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() == (out / "briefs" / brief / "email.html").read_bytes()
    assert _run("email", brief).stdout == target.read_text(encoding="utf-8")


def test_brief_page_links_to_its_email_file(sample):
    out, _ = sample
    doc = lxml.html.fromstring((out / "briefs" / SAMPLE_BRIEFS[0] / "index.html").read_bytes())
    [link] = [a for a in doc.iter("a") if a.text == "Download for e-mail"]
    assert link.get("href") == "email.html" or link.get("href").endswith(f"briefs/{SAMPLE_BRIEFS[0]}/email.html")


LINKS = {
    "content/media/p.png": b"\x89PNG\r\n\x1a\n",
    "content/briefs/b1.yaml": (
        "title: B1\ndate: 2024-01-02\ntopics: [steel]\nsummary: |\n"
        "  [report](../reports/r1.md) [passage](../reports/r1.md#frag) [self](b1.yaml)\n"
        "  [rel](notes/x.html) [root](/abs) [frag](#top) [ext](https://ext.example/a)\n"
        "  [mail](mailto:a@t.example) ![pic](../media/p.png) ![remote](https://evil.example/t.png)\n"
        "claims:\n  - id: c1\n    text: \"Idle [mill](../reports/r1.md), [see](other.html).\"\n    sources:\n"
        "      - report: r1\n        quote: \"runs a few days each year\"\n"
    ),
}


def test_markdown_links_become_absolute_or_are_dropped(tmp_path):
    root = make_site(tmp_path, LINKS)
    assert build_site(root).ok
    doc = _email_doc(root / "site", "b1")
    summary = doc.cssselect("td.summary")[0]
    assert [a.get("href") for a in summary.iter("a")] == [
        "https://t.example/reports/r1/", "https://t.example/reports/r1/#frag", "https://t.example/briefs/b1/",
        "https://t.example/briefs/b1/#top",  # an anchor of the brief's page: the e-mail has none of them
        "https://ext.example/a", "mailto:a@t.example", "https://t.example/media/p.png"]
    text = _squash(summary.text_content())
    assert "rel root frag ext mail [image: pic] [image: remote]" in text  # dropped links keep their words
    # The site's own image is linked (loading nothing until followed); a remote one is not.
    assert [a.text_content() for a in summary.cssselect("a.image")] == ["[image: pic]"]
    indexed, _ = index_site(root)
    plain, _ = export_brief(indexed.site, indexed.index, root, ExportRequest("b1", "text"))
    assert "[image: pic] <https://t.example/media/p.png> [image: remote]" in " ".join(plain.decode().split())
    claim = doc.cssselect("[data-claim]")[0]
    assert [a.get("href") for a in claim.iter("a")] == ["https://t.example/reports/r1/"]
    assert "Idle mill, see." in _squash(claim.text_content())
    assert not doc.xpath("//img")
    # The web page keeps its relative links.
    web = lxml.html.fromstring((root / "site" / "briefs" / "b1" / "index.html").read_bytes())
    assert "../../reports/r1/index.html" in [a.get("href") for a in web.iter("a")]


def test_without_base_url_build_warns_once_and_email_has_no_relative_links(tmp_path):
    root = make_site(tmp_path, {"content/site.yaml": "title: T\n"})
    result = build_site(root)
    assert result.ok
    [warning] = result.warnings
    assert "base_url is not set" in warning.message and "e-mail" in warning.message
    # the 404 page, served at any depth, can only link home to the host's root
    assert "404.html links home to /" in warning.message
    home = lxml.html.fromstring((root / "site" / "404.html").read_bytes()).xpath("//main//a/@href")
    assert home == ["/"]
    doc = _email_doc(root / "site", "b1")
    assert all(a.get("href").startswith(("https://", "http://")) for a in doc.iter("a"))
    assert "base_url is not set" in doc.text_content()
    done = _run("email", "b1", "--root", str(root))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "content/site.yaml:1:1: error: base_url is not set" in done.stderr
    assert done.stdout == ""


def test_build_warns_about_an_email_gmail_would_clip(tmp_path):
    claims = "".join(
        f"  - id: c{i}\n    text: Claim {i}. {'Long text. ' * 200}\n    sources:\n      - report: r1\n"
        f"        quote: \"runs a few days each year\"\n"
        for i in range(60))
    root = make_site(tmp_path, {"content/briefs/big.yaml": f"title: Big\ndate: 2024-01-03\nclaims:\n{claims}"})
    result = build_site(root)
    assert result.ok
    size = (root / "site" / "briefs" / "big" / "email.html").stat().st_size
    [warning] = [d for d in result.warnings if d.pos.path == "content/briefs/big.yaml"]
    assert size > 102_000 and f"{size:,} bytes" in warning.message and "Gmail" in warning.message
    assert not [d for d in result.warnings if d.pos.path == "content/briefs/b1.yaml"]


def test_plain_text_has_every_claim_and_footnote_lines(sample):
    _, indexed = sample
    site, index = indexed.site, indexed.index
    brief = "north-hamgyong-steel-scrap-2023-01"
    data, problems = _export(site, index, REPO, brief, form="text")
    assert not problems
    text = data.decode("utf-8")
    lines = text.splitlines()
    assert not re.search(r"</?[a-z]+[ >]", text)
    claims, footnotes = claim_views((c.key for c in site.briefs[brief].claims), site, index)
    squashed = _squash(text)
    for number, view in enumerate(claims, 1):
        assert f"{number}. {_squash(view.claim.text)}" in squashed
    assert squashed.count("SINGLE SOURCE") == sum(v.single_source for v in claims)
    assert squashed.count("CONTESTED") == sum(bool(v.contested_with) for v in claims)
    for note in footnotes:
        url = note.original_link or absolute(site.config.base_url, note.report_link)
        r = note.report
        assert f"[{note.number}] {r.publisher}, {r.title}, {long_date(r.published)} — {url}" in lines
        assert _squash(note.citation.quote) in squashed


def test_plain_text_keeps_what_the_html_version_shows_of_links_and_images(tmp_path):
    summary = ("See [the report](../reports/r1.md) and [the agency](https://agency.example/a) at <https://auto.example/x>, "
               "[desk](mailto:desk@t.example), ![a chart](https://img.example/c.png) and [a note](notes.html).")
    brief = MINIMAL["content/briefs/b1.yaml"].replace("claims:", f"summary: {json.dumps(summary)}\nclaims:")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    indexed, _ = index_site(root)
    data, problems = export_brief(indexed.site, indexed.index, root, ExportRequest("b1", "text"))
    assert not problems
    text = " ".join(data.decode("utf-8").split())
    # The report link is made absolute (as in the HTML version); a link the HTML version
    # drops (relative, leading nowhere from a mailbox) keeps its text alone.
    assert ("See the report <https://t.example/reports/r1/> and the agency <https://agency.example/a> at "
            "https://auto.example/x, desk <desk@t.example>, [image: a chart] and a note.") in text


def _columns(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def test_plain_text_wraps_chinese_japanese_and_korean_by_the_columns_they_take(tmp_path):
    zh = "据当地消息人士透露，两江道惠山市的粮食价格在三月份大幅上涨，居民们表示「生活越来越困难」。" * 3
    ko = "평양시 인민위원회는 3월 15일 시장 관리 규정을 강화한다고 밝혔으며 주민들은 쌀값이 크게 올랐다고 전했다. " * 3
    title = "혜산 쌀값 " * 12
    brief = (f"title: {title.strip()}\ndate: 2024-01-02\ntopics: [steel]\nsummary: {zh}\nclaims:\n"
             f"  - id: c1\n    text: {ko.strip()}\n    sources:\n"
             "      - report: r1\n        quote: \"runs a few days each year\"\n")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    indexed, _ = index_site(root)
    data, problems = export_brief(indexed.site, indexed.index, root, ExportRequest("b1", "text"))
    assert not problems
    lines = data.decode("utf-8").splitlines()
    assert max(_columns(line) for line in lines) <= 72
    underline = lines[lines.index("=" * 72) - 1]  # a title of 120 columns, underlined across the 72 its lines may take
    assert underline.startswith("혜산 쌀값") and _columns(underline) <= 72
    zh_lines = [line for line in lines if re.search("[\u4e00-\u9fff]", line)]
    assert len(zh_lines) >= 4 and "".join(zh_lines) == zh  # broken between characters, none lost or added
    assert not any(line[0] in "，。」" or line[-1] == "「" for line in zh_lines)
    ko_lines = [line.strip() for line in lines if re.search("[\uac00-\ud7af]", line) and "혜산" not in line]
    # Korean breaks at its spaces: every word of the claim whole, in order
    assert " ".join(ko_lines).removeprefix("1. ").split() == [*ko.split(), "[1]"]


def test_plain_text_keeps_urls_whole_and_emoji_with_their_skin_tones(tmp_path):
    url = "https://zh.wikipedia.org/wiki/朝鲜民主主义人民共和国经济与历史"
    summary = f"详见 {url} 更多。" + "x" * 60 + " 👍🏽 ok"
    brief = MINIMAL["content/briefs/b1.yaml"].replace("claims:", f"summary: \"{summary}\"\nclaims:")
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    indexed, _ = index_site(root)
    data, problems = export_brief(indexed.site, indexed.index, root, ExportRequest("b1", "text"))
    lines = data.decode("utf-8").splitlines()
    assert any(url in line for line in lines)  # on one line, whole
    assert any("👍🏽" in line for line in lines) and not any(line.startswith("\U0001f3fd") for line in lines)


def _eml(site, index, brief: str, **request):
    data, problems = _export(site, index, REPO, brief, form="eml", **{**FIXED, **request})
    assert not [d for d in problems if d.is_error], problems
    return data, message_from_bytes(data, policy=policy.default)


def test_eml_structure_headers_and_both_parts(sample):
    out, indexed = sample
    site, index = indexed.site, indexed.index
    brief = "hamhung-solar-2025-12"
    data, msg = _eml(site, index, brief, to=("Ana <ana@t.example>", "bo@t.example"), sender="Desk <desk@t.example>")
    assert msg.get_content_type() == "multipart/mixed" and not msg.defects
    alternative, attachment = msg.iter_parts()
    assert [p.get_content_type() for p in alternative.iter_parts()] == ["text/plain", "text/html"]
    assert attachment.get_filename() == f"{brief}.html" and attachment.is_attachment()
    html_file = (out / "briefs" / brief / "email.html").read_bytes()
    assert attachment.get_payload(decode=True) == html_file
    assert msg["From"] == "Desk <desk@t.example>"
    assert [a.addr_spec for a in msg["To"].addresses] == ["ana@t.example", "bo@t.example"]
    assert msg["Subject"].strip() == site.briefs[brief].brief.title
    assert msg["Date"].datetime == FIXED["date"] and msg["Message-ID"] == FIXED["message_id"]
    text = _squash(msg.get_body(("plain",)).get_content())
    html = msg.get_body(("html",)).get_content()
    assert html.replace("\r\n", "\n").rstrip("\n") == html_file.decode("utf-8")  # text parts end lines with CRLF
    html_text = _squash(lxml.html.fromstring(html).text_content())
    claims, footnotes = claim_views((c.key for c in site.briefs[brief].claims), site, index)
    for view in claims:
        assert _squash(view.claim.text) in text and _squash(view.claim.text) in html_text
    for note in footnotes:
        assert _squash(note.citation.quote) in text and _squash(note.citation.quote) in html_text
        assert note.report.publisher in text and note.report.publisher in html_text
    assert data == _eml(site, index, brief, to=("Ana <ana@t.example>", "bo@t.example"),
                        sender="Desk <desk@t.example>")[0]  # same input, same bytes


def test_eml_takes_a_domain_in_other_letters_as_dns_spells_it(sample):
    _, indexed = sample
    _, msg = _eml(indexed.site, indexed.index, SAMPLE_BRIEFS[0], to=("Ana <ana@exämple.org>",),
                  sender="desk@t.example")
    assert [a.addr_spec for a in msg["To"].addresses] == ["ana@xn--exmple-cua.org"] and not msg.defects


@pytest.mark.parametrize("address", ["not an address", "a@", "@b.example", "x <a@b.example> junk",
                                     "ü@exämple.org", "a@b.example\r\nBcc: evil@x.example", "a@b.example\nX: y",
                                     "a@" + "ä" * 70 + ".org"])
def test_eml_rejects_bad_recipients(sample, address):
    _, indexed = sample
    data, problems = _export(indexed.site, indexed.index, REPO, SAMPLE_BRIEFS[0], form="eml", to=(address,),
                             sender="desk@t.example", **FIXED)
    assert data == b""
    [problem] = problems
    assert problem.severity is Severity.ERROR and "is not an e-mail address" in problem.message


@pytest.mark.parametrize("subject", ["Hi\nBcc: evil@x.example", "Hi\r\nBcc: evil@x.example", "Hi\rthere", "a\u2028b"])
def test_eml_subject_with_a_line_break_is_an_error(sample, subject):
    _, indexed = sample
    data, [problem] = _export(indexed.site, indexed.index, REPO, SAMPLE_BRIEFS[0], form="eml",
                              to=("a@t.example",), sender="desk@t.example", subject=subject, **FIXED)
    assert data == b"" and "--subject must be one line" in problem.message


@pytest.mark.parametrize("subject", [" ", "\u200b", "\u3000"])
def test_eml_subject_without_words_is_an_error(sample, subject):
    _, indexed = sample
    data, [problem] = _export(indexed.site, indexed.index, REPO, SAMPLE_BRIEFS[0], form="eml",
                              to=("a@t.example",), sender="desk@t.example", subject=subject, **FIXED)
    assert data == b"" and problem.message == "--subject has no words"


ENCODED_BCC = "=?utf-8?q?brief=0D=0ABcc:_leak@evil.example?="


def test_eml_subject_with_mime_encoded_text_is_an_error(sample):
    # Python's mail parser, as the reader's program, decodes an encoded word in a Subject:
    # this one became a line break and a Bcc header of its own.
    _, indexed = sample
    data, [problem] = _export(indexed.site, indexed.index, REPO, SAMPLE_BRIEFS[0], form="eml", to=("a@t.example",),
                              sender="desk@t.example", subject=f"Weekly {ENCODED_BCC}", **FIXED)
    assert data == b"" and "MIME encoded text" in problem.message


def test_a_brief_title_with_mime_encoded_text_is_an_error_at_the_brief(tmp_path):
    brief = MINIMAL["content/briefs/b1.yaml"].replace("title: B1", f'title: "Weekly {ENCODED_BCC}"')
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    indexed, _ = index_site(root)
    data, [problem] = export_brief(indexed.site, indexed.index, root,
                                   ExportRequest("b1", "eml", ("a@t.example",), sender="d@t.example", **FIXED))
    assert data == b"" and "MIME encoded text" in problem.message
    assert (problem.pos.path, problem.pos.line, problem.pos.col) == ("content/briefs/b1.yaml", 1, 8)  # at the title
    data, problems = export_brief(indexed.site, indexed.index, root,  # a subject of one's own is the way out
                                  ExportRequest("b1", "eml", ("a@t.example",), sender="d@t.example",
                                                subject="Weekly brief", **FIXED))
    assert not problems and message_from_bytes(data, policy=policy.default)["Bcc"] is None


def test_eml_from_comes_from_site_yaml_and_titles_cannot_add_headers(tmp_path):
    brief = MINIMAL["content/briefs/b1.yaml"].replace("title: B1", 'title: "B1\\nBcc: evil@x.example"')
    root = make_site(tmp_path, {
        "content/site.yaml": 'title: T\nbase_url: https://t.example/\nemail:\n  from: "Desk <desk@t.example>"\n',
        "content/briefs/b1.yaml": brief,
    })
    indexed, _ = index_site(root)
    data, problems = export_brief(indexed.site, indexed.index, root,
                                  ExportRequest("b1", "eml", ("a@t.example",), **FIXED))
    assert not problems
    msg = message_from_bytes(data, policy=policy.default)
    assert msg["From"] == "Desk <desk@t.example>" and msg["Bcc"] is None
    assert msg["Subject"] == "B1 Bcc: evil@x.example"
    assert sorted(msg.keys()) == ["Content-Type", "Date", "From", "MIME-Version", "Message-ID", "Subject", "To"]


def test_eml_needs_a_valid_sender(tmp_path):
    root = make_site(tmp_path, {})
    indexed, _ = index_site(root)
    _, [missing] = export_brief(indexed.site, indexed.index, root, ExportRequest("b1", "eml", ("a@t.example",)))
    assert "needs a sender" in missing.message and "email: {from:" in missing.hint
    # A sender that is no address is an error of the content, which `check` finds (CI, before
    # anyone sends), at the address itself.
    for written in ("desk", "Desk desk@example", "\"a@t.example, b@t.example\""):
        root = make_site(tmp_path / "bad", {"content/site.yaml": f"title: T\nbase_url: https://t.example/\nemail: {{from: {written}}}\n"})
        indexed, [bad] = index_site(root)
        assert indexed is None and (bad.pos.path, bad.pos.line, bad.pos.col) == ("content/site.yaml", 3, 15)
        assert bad.message == f'"from" is not one e-mail address: "{written.strip(chr(34))}"'


def test_site_yaml_email_settings_are_checked(tmp_path):
    root = make_site(tmp_path, {"content/site.yaml": "title: T\nbase_url: https://t.example/\nemail: {from: a@t.example, form: x}\n"})
    assert [d.message for d in build_site(root).warnings] == ['unknown field "form" in email settings is ignored']
    root = make_site(tmp_path / "two", {"content/site.yaml": "title: T\nbase_url: https://t.example/\nemail: desk@t.example\n"})
    assert "email settings must be a mapping" in build_site(root).errors[0].message


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True,
                          cwd=REPO, env=env, timeout=120)


def test_cli_reports_unknown_briefs_and_usage_errors_without_tracebacks(tmp_path):
    done = _run("email", "hamhung-solar")
    assert done.returncode == 1 and done.stdout == ""
    assert 'briefing email: error: unknown brief "hamhung-solar"' in done.stderr
    assert 'did you mean "hamhung-solar-2025-12"?' in done.stderr
    elsewhere = tmp_path / "x.yaml"
    elsewhere.write_text("title: x\n")
    assert "is not a brief of the site" in _run("email", str(elsewhere)).stderr
    assert _run("email", SAMPLE_BRIEFS[0], "--eml").returncode == 2
    assert _run("email", SAMPLE_BRIEFS[0], "--to", "a@t.example").returncode == 2
    bad = _run("email", SAMPLE_BRIEFS[0], "--eml", "--to", "a@t.example\nBcc: b@t.example", "--from", "d@t.example")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr and "is not an e-mail address" in bad.stderr
    assert "\nBcc" not in bad.stderr  # the echoed value stays on one line


def test_cli_writes_an_eml_file(tmp_path):
    target = tmp_path / "brief.eml"
    done = _run("email", SAMPLE_BRIEFS[0], "--eml", "--to", "Ana <ana@t.example>", "--from", "Desk <desk@t.example>",
                "--subject", "For Monday", "--out", str(target))
    assert done.returncode == 0, done.stderr
    msg = message_from_bytes(target.read_bytes(), policy=policy.default)
    assert msg["Subject"] == "For Monday" and msg["Message-ID"].endswith("@t.example>") and msg["Date"]
    assert b"\r\n" in target.read_bytes()  # RFC 5322 line ends


@pytest.mark.parametrize("address", ["x" * 65 + "@t.example", "ana@" + "d" * 64 + ".example",
                                     "ana@" + ".".join(["d" * 60] * 5), "N" * 201 + " <ana@t.example>"])
def test_addresses_past_what_mail_systems_take_are_refused(address):
    # a 3,000-character name made a To: line past SMTP's 998 characters
    from generator.addresses import mailboxes

    assert mailboxes(address) == ()
    assert mailboxes("x" * 64 + "@t.example") and mailboxes("N" * 200 + " <ana@t.example>")


def test_an_error_in_the_sites_email_template_points_at_it(tmp_path):
    root = make_site(tmp_path, {"templates/email.html": "<p>\n{{ email.nosuch.field }}\n</p>\n"})
    result = build_site(root)
    assert [(d.pos.path, d.pos.line) for d in result.errors] == [("templates/email.html", 2)]
    indexed, _ = index_site(root)
    data, [problem] = export_brief(indexed.site, indexed.index, root, ExportRequest("b1"))
    assert data == b"" and (problem.pos.path, problem.pos.line) == ("templates/email.html", 2)
    (root / "templates" / "email.html").write_text("<p>\n\n{{ 1/0 }}</p>\n")
    data, [problem] = export_brief(indexed.site, indexed.index, root, ExportRequest("b1"))
    assert data == b"" and (problem.pos.path, problem.pos.line) == ("templates/email.html", 3)
    assert problem.message == "template error: ZeroDivisionError: division by zero"


def test_a_place_without_a_korean_name_gets_no_empty_korean_text(tmp_path):
    places = ("- id: depot\n  name: Border Depot\n  province: KP-09\n  lat: 41.7\n  lon: 129.7\n"
              "- id: kc\n  name: Kim Chaek Steel\n  hangul: 김책제철소\n  province: KP-09\n  lat: 41.8\n  lon: 129.8\n")
    brief = MINIMAL["content/briefs/b1.yaml"].replace("topics: [steel]", "topics: [steel]\nplaces: [depot, kc]")
    root = make_site(tmp_path, {"content/places.yaml": places, "content/briefs/b1.yaml": brief})
    result = build_site(root)
    assert result.ok, messages(result)
    doc = _email_doc(root / "site", "b1")
    korean = doc.cssselect('[lang="ko"]')
    assert "김책제철소" in [e.text_content() for e in korean]
    assert all(e.text_content().strip() for e in korean)


def test_email_out_never_writes_through_a_hard_link_and_keeps_a_link_target(tmp_path):
    root = make_site(tmp_path / "s", {})
    outside = tmp_path / "brief.html"
    os.link(root / "content/site.yaml", outside)  # the site's settings, hard-linked elsewhere
    done = _run("email", "b1", "--root", str(root), "--out", str(outside))
    assert done.returncode == 0, done.stderr
    assert (root / "content/site.yaml").read_text(encoding="utf-8") == MINIMAL["content/site.yaml"]
    assert outside.read_bytes().startswith(b"<!DOCTYPE html>")
    target = tmp_path / "latest-target.html"
    target.write_text("old", encoding="utf-8")
    (tmp_path / "latest.html").symlink_to(target)
    assert _run("email", "b1", "--root", str(root), "--out", str(tmp_path / "latest.html")).returncode == 0
    assert (tmp_path / "latest.html").is_symlink() and target.read_bytes().startswith(b"<!DOCTYPE html>")


def test_email_out_to_a_named_pipe_is_written_to_its_reader_and_never_waits_for_one(tmp_path):
    root = make_site(tmp_path / "s", {})
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done = _run("email", "b1", "--root", str(root), "--out", str(fifo))  # nothing reads: no hang
    assert done.returncode == 1 and "named pipe that nothing reads from" in done.stderr, done.stderr
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        for _ in range(50):  # until cat has the pipe open for reading
            done = _run("email", "b1", "--root", str(root), "--out", str(fifo))
            if done.returncode == 0:
                break
        assert done.returncode == 0, done.stderr
        assert reader.communicate(timeout=60)[0].startswith(b"<!DOCTYPE html>")
    finally:
        reader.kill()


def test_email_out_to_this_commands_own_output_is_written_to_it(tmp_path):
    root = make_site(tmp_path / "s", {})
    piped = subprocess.run([sys.executable, "-m", "generator", "email", "b1", "--root", str(root), "--out", "/dev/stdout"],
                           capture_output=True, cwd=REPO, timeout=120)
    assert piped.returncode == 0 and piped.stdout.startswith(b"<!DOCTYPE html>"), piped.stderr
    gathered = tmp_path / "all.html"
    gathered.write_bytes(b"<!-- earlier -->\n")
    with gathered.open("ab") as appended:  # briefing email … --out /dev/stdout >> all.html
        done = subprocess.run([sys.executable, "-m", "generator", "email", "b1", "--root", str(root),
                               "--out", "/dev/stdout"], stdout=appended, stderr=subprocess.PIPE, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    assert gathered.read_bytes().startswith(b"<!-- earlier -->\n<!DOCTYPE html>")


def test_an_email_template_nesting_without_end_is_an_error_not_a_crash(tmp_path):
    # css_inline recurses over the elements and takes the process down past ~10,000 levels
    deep = "<div>" * 30000 + "{{ email.brief.title }}" + "</div>" * 30000
    root = make_site(tmp_path, {"templates/email.html": deep})
    result = build_site(root)
    [problem] = result.errors
    assert problem.pos.path == "content/briefs/b1.yaml"
    assert "nest 30,000 deep" in problem.message


@pytest.mark.parametrize("template, loads", [
    ('<html><body><img src="https://tracker.example/open.png" alt="">{{ email.brief.title }}</body></html>',
     '"https://tracker.example/open.png" (a <img> element)'),
    ('<html><head><style>body { background: url("//cdn.example/bg.png") }</style></head>'
     "<body>{{ email.brief.title }}</body></html>", '"//cdn.example/bg.png" (its CSS)'),
    ("<html><body><script src='https://cdn.example/z.js'></script>{{ email.brief.title }}</body></html>",
     '"https://cdn.example/z.js" (a <script> element)'),
    ("<html><body><video poster=HTTPS://cdn.example/p.jpg></video>{{ email.brief.title }}</body></html>",
     '"HTTPS://cdn.example/p.jpg" (a <video> element)'),
    ("<html><head><style>@import 'https://fonts.example/f.css'; p { color: red }</style></head>"
     "<body><p>{{ email.brief.title }}</p></body></html>", '"https://fonts.example/f.css" (its CSS)'),
    # a quotation mark written as an entity, image-set(), and every load named, not the first alone
    ('<html><body><p style="background: url(&quot;https://cdn.example/a.png&quot;)">{{ email.brief.title }}</p>'
     "<div style=\"background-image: image-set('https://cdn.example/b.png' 1x)\"></div>"
     '<img src="https://cdn.example/c.png" alt=""><img src="https://cdn.example/d.png" alt=""></body></html>',
     '"https://cdn.example/a.png" (its CSS), "https://cdn.example/b.png" (its CSS), "https://cdn.example/c.png" '
     "(a <img> element) and 1 more"),
])
def test_a_sites_email_template_that_loads_a_remote_file_is_warned_about_once(tmp_path, template, loads):
    """The e-mail must load nothing: a site's own template that makes it (a tracking pixel, a
    web font, a script) is told so, once however many briefs there are."""
    second = MINIMAL["content/briefs/b1.yaml"].replace("title: B1", "title: B2")
    root = make_site(tmp_path, {"templates/email.html": template, "content/briefs/b2.yaml": second})
    result = build_site(root)
    [warned] = [w for w in result.warnings if "e-mail version" in w.message]
    assert warned.pos.path == "templates/email.html" and f"loads {loads}" in warned.message


@pytest.mark.parametrize("link, named", [
    ('<link rel="stylesheet" href="https://cdn.example/mail.css">', '"https://cdn.example/mail.css"'),
    ("<LINK href=mail.css REL=stylesheet>", '"mail.css"'),
])
def test_a_stylesheet_an_email_template_links_to_is_left_out_with_a_warning(tmp_path, link, named):
    # css-inline drops every <link>: the rules were missing from the e-mail, without a word
    second = MINIMAL["content/briefs/b1.yaml"].replace("title: B1", "title: B2")
    template = f"<html><head>{link}</head><body><p>{{{{ email.brief.title }}}}</p></body></html>"
    root = make_site(tmp_path, {"templates/email.html": template, "content/briefs/b2.yaml": second})
    result = build_site(root)
    [warned] = [w for w in result.warnings if "e-mail version" in w.message]
    assert warned.pos.path == "templates/email.html"
    assert f"leaves out the stylesheet {named} that its template links to" in warned.message
    assert b"<link" not in (root / "site/briefs/b1/email.html").read_bytes().lower()


@pytest.mark.parametrize("meta", ['<meta http-equiv="refresh" content="0; url=https://elsewhere.example/">',
                                  "<META HTTP-EQUIV=Refresh CONTENT=30>"])
def test_a_refresh_an_email_template_carries_is_warned_about_once(tmp_path, meta):
    second = MINIMAL["content/briefs/b1.yaml"].replace("title: B1", "title: B2")
    template = f"<html><head>{meta}</head><body><p>{{{{ email.brief.title }}}}</p></body></html>"
    root = make_site(tmp_path, {"templates/email.html": template, "content/briefs/b2.yaml": second})
    result = build_site(root)
    [warned] = [w for w in result.warnings if "refresh" in w.message]
    assert warned.pos.path == "templates/email.html" and "would reload or go elsewhere" in warned.message
    # a page that names the word in its text is no refresh
    brief = MINIMAL["content/briefs/b1.yaml"].replace("title: B1", 'title: "<meta http-equiv=refresh> B1"')
    again = make_site(tmp_path / "again", {"content/briefs/b1.yaml": brief})
    assert not [w for w in build_site(again).warnings if "refresh" in w.message]


def test_text_that_mentions_css_with_an_address_loads_nothing(tmp_path):
    # shown as text ("<code>background: url(https://…)</code>"): no template loads anything
    brief = MINIMAL["content/briefs/b1.yaml"].replace(
        "title: B1", "title: B1\nsummary: |\n  The page pulled its logo with"
        " `background: url(https://cdn.example/l.png)` and <style>@import url(https://cdn.example/f.css)</style>.")
    result = build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief}))
    assert result.ok and not result.warnings, result.warnings
    html = (tmp_path / "site" / "briefs" / "b1" / "email.html").read_text()
    assert "url(https://cdn.example/l.png)" in html  # the text is there, as text


def test_an_email_template_that_only_links_elsewhere_loads_nothing(tmp_path):
    template = ('<html><body><a href="https://example.org/more">More</a> {{ email.brief.title }}'
                '<img src="data:image/png;base64,iVBORw0KGgo=" alt=""></body></html>')
    result = build_site(make_site(tmp_path, {"templates/email.html": template}))
    assert result.ok and not result.warnings


@pytest.mark.parametrize("language, start, end", [("ar", "right", "left"), ("en", "left", "right")])
def test_a_right_to_left_email_starts_its_lines_and_quote_bars_on_the_right(tmp_path, language, start, end):
    places = "- {id: mill, name: Mill, province: KP-09, lat: 41.7, lon: 129.7}\n"
    root = make_site(tmp_path, {"content/site.yaml": f"title: T\nbase_url: https://t.example/\nlanguage: {language}\n",
                                "content/places.yaml": places,
                                "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
                                    "    text: Idle mill.\n", "    text: Idle mill.\n    places: [mill]\n")})
    assert build_site(root).ok
    doc = _email_doc(root / "site", "b1")
    assert doc.get("dir") == ("rtl" if language == "ar" else "ltr")
    cells = doc.xpath("//td[normalize-space(.) != '' and not(@class='frame-cell')]")  # (the frame centres the sheet)
    assert cells and all(f"text-align: {start}" in (td.get("style") or "") for td in cells)
    [quote] = doc.cssselect("blockquote.quote")
    assert f"border-{start}:" in quote.get("style") and f"border-{end}" not in quote.get("style")
    # English dates and numbers read left to right in a right-to-left line
    [source] = doc.xpath('//div[@data-footnote="1"]/p[1]')
    assert [s.text for s in source.xpath('span[@dir="ltr"]')] == ["1 January 2024", "grade F"]
    coordinates = doc.xpath('//table[@class="places"]//td[contains(., "°")]')
    assert coordinates and all(td.get("dir") == "ltr" for td in coordinates)
    # and so do the English labels of a claim ("1 publisher", not "publisher 1"), its publishers' names apart
    badges = doc.cssselect("[data-claim] .badge")
    assert badges and all(b.get("dir") == "ltr" or b[0].get("dir") == "ltr" for b in badges)
    [publishers] = doc.cssselect("[data-claim] .badge.corroboration")
    assert [(s.get("dir"), s.text) for s in publishers] == [("ltr", "1 publisher"), ("auto", "P1")]


# (from a held-out probe) a footnote's "Approximate match" note showed the passage alone: for
# a bound cut off it read "(100%): the report reads “300 workers were arrested”", which hid
# why the quote is approximate. It now shows the report's words around it, as the warning does.
NOTED = {
    "content/reports/r1.md": (
        "---\ntitle: R1\npublisher: P1\npublished: 2024-01-01\ntopics: [steel]\n---\n"
        "At least 300 workers were arrested in Chongjin.\n\nNeither mine reopened in May.\n\n"
        "## Rumours from Hyesan\n\nThe market was closed for a week.\n\nThe mill runs a few days each year.\n"),
    "content/briefs/b1.yaml": (
        "title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n"
        "  - id: c1\n    text: Arrests.\n    sources:\n"
        "      - report: r1\n        quote: \"300 workers were arrested in Chongjin\"\n"
        "  - id: c2\n    text: Mines.\n    sources:\n"
        "      - report: r1\n        quote: \"Either mine reopened in May\"\n"
        "  - id: c3\n    text: Market.\n    sources:\n"
        "      - report: r1\n        quote: \"The market was closed for a week\"\n"),
}


def test_an_approximate_footnote_says_what_the_report_reads_around_the_quote(tmp_path):
    root = make_site(tmp_path, NOTED)
    result = build_site(root, tmp_path / "out")
    assert result.ok, messages(result)
    expected = ["Approximate match: the report reads “At least 300 workers were arrested in Chongjin.”",
                "Approximate match (99%): the report reads “Neither mine reopened in May”.",
                "Approximate match: the report reads “Rumours from Hyesan … The market was closed for a week”."]
    web = page(tmp_path / "out", "briefs/b1/index.html")
    assert [" ".join(p.text_content().split()) for p in web.xpath("//p[@class='warning-text']")] == expected
    mail = lxml.html.fromstring((tmp_path / "out" / "briefs/b1/email.html").read_bytes())
    assert [" ".join(p.text_content().split()) for p in mail.xpath("//p[@class='warning']")] == expected
    indexed, _ = index_site(root)
    data, problems = export_brief(indexed.site, indexed.index, root, ExportRequest("b1", "text"))
    text = " ".join(data.decode("utf-8").split())
    assert not problems and all(note in text for note in expected)


def test_an_approximate_footnote_shows_a_quotation_in_its_own_marks_once(tmp_path):
    # (from a hostile-input probe) it read: the report reads ““The mill is not able to meet demand.””.
    root = make_site(tmp_path, {
        "content/reports/r1.md": "---\ntitle: R1\npublisher: P1\npublished: 2024-01-01\ntopics: [steel]\n---\n"
                                 "The source said, “The mill is not able to meet demand.”\n\nNo mine reopened.\n",
        "content/briefs/b1.yaml": "title: B1\ndate: 2024-01-02\ntopics: [steel]\nclaims:\n"
                                  "  - id: c1\n    text: Mill.\n    sources:\n"
                                  "      - report: r1\n        quote: \"The mill is able to meet demand.\"\n"})
    assert build_site(root, tmp_path / "out").ok
    [note] = page(tmp_path / "out", "briefs/b1/index.html").xpath("//p[@class='warning-text']")
    assert " ".join(note.text_content().split()) == \
        "Approximate match (93%): the report reads “The mill is not able to meet demand.”"

"""Loading: YAML values keep their positions; files with problems become diagnostics."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
import pickle
import subprocess
import sys
import threading
import zlib

import pytest
from conftest import MINIMAL, make_site, page

from generator.build import build_site, index_site
from generator.load import load_site
from generator.diagnostics import Pos
from generator.model import Ref, compact_text
from generator.pickling import dumps
from generator.yamldoc import parse_yaml


def test_positions_of_values_and_keys():
    diags = []
    doc = parse_yaml("title: T\nclaims:\n  - id: a\n    sources:\n      - report: r\n", "f.yaml", diags)
    assert not diags
    assert (doc.pos("claims", 0, "sources", 0, "report").line, doc.pos("claims", 0, "sources", 0, "report").col) == (5, 17)
    assert doc.key_pos("claims", 0, "id").line == 3
    # A missing value falls back to its nearest written parent.
    assert doc.pos("claims", 0, "text").line == 3


def test_reading_a_document_leaves_nothing_in_a_reference_cycle():
    """A cold build holds the cyclic collector off while it reads (collector.py): whatever
    parsing left in a cycle stayed in memory to the end of the build (a loader per file)."""
    text = "count: 12\npublished: 2024-01-02\ndraft: true\nratio: 1.5\nnothing: null\ntitle: T\n"
    was = gc.isenabled()
    gc.disable()
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)  # what a collection finds unreachable is kept in gc.garbage
    try:
        doc = parse_yaml(text, "f.yaml", [])
        gc.collect()
        left = [o for o in gc.garbage if type(o).__module__.split(".")[0] in ("yaml", "generator")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        if was:
            gc.enable()
    assert doc.data == {"count": 12, "published": dt.date(2024, 1, 2), "draft": True, "ratio": 1.5,
                        "nothing": None, "title": "T"}
    assert left == []


def test_a_value_written_in_many_files_is_held_once(tmp_path):
    """Every process of a build holds the site, and an archive repeats a few ids, publishers
    and grades thousands of times: each is one string, whether parsed or unpickled."""
    def fresh(text: str) -> str:
        return "".join(list(text))  # an equal string that is not the same object

    a, b = Ref.at(fresh("steel"), Pos("a.md", 3, 9)), Ref.at(fresh("steel"), Pos("b.md", 40, 2))
    assert a.value is b.value
    assert (a.pos, b.pos) == (Pos("a.md", 3, 9), Pos("b.md", 40, 2))
    assert pickle.loads(dumps(a)).value is a.value and pickle.loads(dumps(a)) == a
    report = "---\ntitle: R{n}\npublisher: Daily Reporter\nkind: defector\nreliability: C\n" \
             "published: 2024-01-01\ntopics: [steel]\n---\nThe mill runs a few days each year.\n"
    root = make_site(tmp_path, {f"content/reports/r{n}.md": report.format(n=n) for n in (1, 2)})
    indexed, diagnostics = index_site(root)
    assert indexed is not None, diagnostics
    r1, r2 = (indexed.site.reports[rid].report for rid in ("r1", "r2"))
    for name in ("publisher", "kind", "reliability"):
        assert getattr(r1, name) is getattr(r2, name), name
    assert r1.topics[0].value is r2.topics[0].value is indexed.site.briefs["b1"].brief.topics[0].value
    # a quote that is the report's words exactly, and the passage it is found as: one string
    cited = indexed.site.briefs["b1"].claims[0].citations[0]
    assert cited.passage.parts == (cited.quote,) and cited.passage.parts[0] is cited.quote


def test_front_matter_positions_count_from_the_top_of_the_file(tmp_path):
    root = make_site(tmp_path, {"content/reports/r1.md": "---\ntitle: R\npublisher: P\npublished: 2024-01-01\n---\nBody\n"})
    report = load_site(root).reports[0]
    assert report.front.pos("published").line == 4
    assert report.body == "Body\n" and report.body_line == 6
    assert report.front.data["published"] == dt.date(2024, 1, 1)


def test_crlf_and_bom_are_accepted(tmp_path):
    text = "\ufeff---\r\ntitle: R\r\npublisher: P\r\npublished: 2024-01-01\r\n---\r\nBody\r\n"
    root = make_site(tmp_path, {"content/reports/r1.md": text.encode("utf-8")})
    loaded = load_site(root)
    assert not [d for d in loaded.diagnostics if d.is_error]
    assert loaded.reports[0].body == "Body\n"


def test_unclosed_front_matter(tmp_path):
    root = make_site(tmp_path, {"content/reports/r1.md": "---\ntitle: R\nBody\n"})
    [d] = [d for d in load_site(root).diagnostics if d.pos.path == "content/reports/r1.md"]
    assert d.message == "front matter is not closed"


def test_non_content_files_in_reports_are_warned_about_and_editor_files_ignored(tmp_path):
    root = make_site(tmp_path, {"content/reports/notes.txt": "x", "content/reports/.r1.md.swp": "x",
                                "content/reports/r1.md~": "x"})
    loaded = load_site(root)
    assert [(d.pos.path, d.severity.value) for d in loaded.diagnostics] == [("content/reports/notes.txt", "warning")]


def test_reports_and_briefs_in_subfolders_are_warned_about_once_per_folder(tmp_path):
    report = "---\ntitle: R\npublisher: P\npublished: 2024-01-01\n---\nBody\n"
    root = make_site(tmp_path, {"content/reports/2024/a.md": report, "content/reports/2024/03/b.md": report,
                                "content/reports/2024/notes.txt": "x", "content/briefs/old/b.yml": "title: B\n",
                                "content/reports/images/map.png": b"\x89PNG", "content/reports/.parked/c.md": report,
                                "content/reports/2024/.hidden/d.md": report})
    loaded = load_site(root)
    warned = sorted((d.pos.path, d.severity.value, d.message) for d in loaded.diagnostics)
    assert warned == [
        ("content/briefs/old", "warning", "ignored: 1 .yaml file in a subfolder; briefs are read from content/briefs/ itself"),
        ("content/reports/2024", "warning",
         "ignored: 2 .md files in a subfolder; reports are read from content/reports/ itself")]
    read = [r.path for r in [*loaded.reports, *loaded.briefs]]
    assert read and all(path.count("/") == 2 for path in read)  # content/reports/<name>.md alone


def test_a_subfolder_nested_a_thousand_deep_is_counted_without_recursion(tmp_path):
    root = make_site(tmp_path, {})
    deep = root / "content" / "reports" / "old"
    path = deep
    path.mkdir()
    try:
        for _ in range(1000):
            path = path / "d"
            path.mkdir()  # (os.makedirs recurses)
        (path / "r.md").write_text("x")
        (deep / "loop").symlink_to(deep)  # a link is not followed
        [d] = load_site(root).diagnostics
        assert d.message.startswith("ignored: 1 .md file in a subfolder")
    finally:  # shutil.rmtree (pytest's clean-up of old tmp folders too) recurses once per level
        subprocess.run(["find", str(deep), "-depth", "-delete"], check=False)


def test_content_that_is_a_file_is_the_one_error(tmp_path):
    (tmp_path / "content").write_text("notes\n", encoding="utf-8")
    assert [d.message for d in load_site(tmp_path).diagnostics] == [f"content in {tmp_path} is a file, not a folder"]


def test_content_that_is_a_link_to_nothing_is_the_one_error(tmp_path):
    (tmp_path / "content").symlink_to(tmp_path / "gone")
    assert [d.message for d in load_site(tmp_path).diagnostics] == [
        f"content in {tmp_path} is a link to nothing, not a folder"]


def test_content_that_cannot_be_read_is_the_one_error(tmp_path, monkeypatch):
    # (from a hostile probe: chmod 000 content gave a warning for each folder it would hold,
    # an error for each optional file, none for the folder itself)
    root = make_site(tmp_path, {})
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("content"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    assert [d.message for d in load_site(root).diagnostics] == ["cannot read the content/ folder: Permission denied"]


@pytest.mark.parametrize("root", ["folder", "file"])
def test_missing_content_folder(tmp_path, root):
    if root == "file":  # --root naming a file: content/, reports/ … cannot be looked into either
        (tmp_path / "passwd").write_text("root:x:0:0\n", encoding="utf-8")
    loaded = load_site(tmp_path / "passwd" if root == "file" else tmp_path)
    # the one error: not also "content/site.yaml: missing file", nor each folder it would hold
    assert [d.message.split(" in ")[0] for d in loaded.diagnostics] == ["no content/ folder"]


def test_links_out_of_the_content_folder_are_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("---\ntitle: S\npublisher: P\npublished: 2024-01-01\n---\nprivate words\n")
    root = make_site(tmp_path / "site", {})
    (root / "content" / "reports" / "leak.md").symlink_to(secret)
    (root / "content" / "reports" / "alias.md").symlink_to(root / "content" / "reports" / "r1.md")
    loaded = load_site(root)
    assert sorted(r.path for r in loaded.reports) == ["content/reports/alias.md", "content/reports/r1.md"]
    [w] = [d for d in loaded.diagnostics if d.pos.path == "content/reports/leak.md"]
    assert "outside content/" in w.message


def test_a_report_body_is_kept_compactly_and_reads_back_as_written(tmp_path):
    # Compressed: smaller than the text, however it is written (ASCII, Latin text with a
    # curly quote, which a str keeps in 2 bytes a character, Hangul, 3 bytes in UTF-8).
    bodies = {"ascii": "Plain text, said the source.\n" * 20, "curly": "It said “enough” twice.\n" * 20,
              "hangul": "평양에서 회의가 열렸다.\n" * 20, "empty": "\n", "surrogate": "Odd \ud800 text.\n"}
    head = "---\ntitle: R\npublisher: P\npublished: 2024-01-01\n---\n"
    root = make_site(tmp_path, {f"content/reports/{rid}.md": head + body for rid, body in bodies.items()
                                if rid != "surrogate"})
    indexed, diagnostics = index_site(root)
    assert indexed is not None, diagnostics
    reports = {rid: indexed.site.reports[rid].report for rid in bodies if rid != "surrogate"}
    for rid in ("ascii", "curly", "hangul"):
        assert sys.getsizeof(reports[rid].body_stored) < sys.getsizeof(bodies[rid]) / 2
    assert all(reports[rid].body == body and reports[rid].body_utf8 == body.encode()
               for rid, body in bodies.items() if rid != "surrogate")
    # its digest, found as it is read, is the body's: two reports of one text share it
    digests = {rid: report.body_digest for rid, report in reports.items()}
    assert digests == {rid: hashlib.blake2b(body.encode(), digest_size=16).hexdigest() for rid, body in bodies.items()
                       if rid != "surrogate"}
    # A lone surrogate (which no file holds, but a str may) is kept as it is, not refused.
    assert zlib.decompress(compact_text(bodies["surrogate"])).decode("utf-8", "surrogatepass") == bodies["surrogate"]


def test_a_report_knows_from_its_text_whether_links_may_be_in_it(tmp_path):
    # Its body is kept compressed: whether it may hold a relative link, or one the site drops,
    # is found as it is read, and a build parses for links only the reports that may.
    bodies = {"plain": ("No links here, only [brackets] and (parens).\n", False, False),
              "relative": ("See [the other](other.md) report.\n", True, False),
              "definition": ("See [the other][o].\n\n[o]: other.md\n", True, False),
              "unsafe": ("A [trap](javascript:alert(1)) link.\n", False, True),
              "web": ("The [outlet](https://example.org/a) said so.\n", False, False)}
    head = "---\ntitle: R\npublisher: P\npublished: 2024-01-01\n---\n"
    files = {f"content/reports/{rid}.md": head + body for rid, (body, _, _) in bodies.items()}
    root = make_site(tmp_path, {**files, "content/reports/other.md": head + "Text.\n"})
    indexed, diagnostics = index_site(root)
    assert indexed is not None, diagnostics
    found = {rid: (indexed.site.reports[rid].report.may_link, indexed.site.reports[rid].report.may_drop)
             for rid in bodies}
    assert found == {rid: (link, drop) for rid, (_, link, drop) in bodies.items()}
    dropped = [d for d in diagnostics if d.pos.path == "content/reports/unsafe.md"]
    assert len(dropped) == 1 and "javascript:" in dropped[0].message


# ------------------------------------------------- what may be read: links, folders, odd files

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def _outside(tmp_path):
    """A folder beside the site, holding what no site should publish."""
    outside = tmp_path / "outside"
    (outside / "reports").mkdir(parents=True)
    (outside / "secret.png").write_bytes(PNG)
    (outside / "site.yaml").write_text("title: Not ours\n")
    (outside / "reports" / "r1.md").write_text(MINIMAL["content/reports/r1.md"])
    return outside


def _problems(loaded, path):
    return [(d.severity.value, d.message) for d in loaded.diagnostics if d.pos.path == path]


def test_a_symlink_loop_is_a_diagnostic_not_a_traceback(tmp_path):
    root = make_site(tmp_path / "site", {})
    reports = root / "content" / "reports"
    (reports / "loop1.md").symlink_to("loop2.md")
    (reports / "loop2.md").symlink_to("loop1.md")
    loaded = load_site(root)
    assert [r.path for r in loaded.reports] == ["content/reports/r1.md"]
    assert _problems(loaded, "content/reports/loop1.md") == [
        ("warning", "ignored: loop1.md is a symbolic link that leads back to itself (a loop)")]


@pytest.mark.parametrize("folder", ["reports", "media"])
def test_a_linked_folder_out_of_content_is_not_read(tmp_path, folder):
    outside = _outside(tmp_path)
    root = make_site(tmp_path / "site", {"content/reports/r1.md": None, "content/briefs/b1.yaml": None})
    (root / "content" / folder).symlink_to(outside if folder == "media" else outside / "reports")
    loaded = load_site(root)
    assert loaded.reports == () and loaded.media == {}
    assert _problems(loaded, f"content/{folder}") == [
        ("warning", f"ignored: {folder} links to a folder outside content/")]


def test_a_linked_subfolder_of_media_out_of_content_is_not_published(tmp_path):
    outside = _outside(tmp_path)
    root = make_site(tmp_path / "site", {"content/media/ok.png": PNG})
    (root / "content" / "media" / "linked").symlink_to(outside)
    loaded = load_site(root)
    assert list(loaded.media) == ["ok.png"]
    assert _problems(loaded, "content/media/linked") == [
        ("warning", "ignored: media/linked links to a folder outside content/")]


@pytest.mark.parametrize("name", ["site.yaml", "topics.yaml"])
def test_a_named_file_linked_out_of_content_is_an_error_and_not_read(tmp_path, name):
    outside = _outside(tmp_path)
    root = make_site(tmp_path / "site", {f"content/{name}": None})
    (root / "content" / name).symlink_to(outside / "site.yaml")
    loaded = load_site(root)
    assert getattr(loaded, name.split(".")[0] if name != "site.yaml" else "site") is None
    assert _problems(loaded, f"content/{name}") == [("error", f"not read: {name} links to a file outside content/")]


def test_content_itself_may_be_a_link_and_links_inside_its_target_are_fine(tmp_path):
    # content/ linked elsewhere is the site's choice: its target is the folder that counts.
    real = make_site(tmp_path / "elsewhere", {"content/media/p.png": PNG}) / "content"
    (real / "config").mkdir()
    (real / "site.yaml").rename(real / "config" / "site.yaml")
    (real / "site.yaml").symlink_to(real / "config" / "site.yaml")
    root = tmp_path / "site"
    root.mkdir()
    (root / "content").symlink_to(real)
    loaded = load_site(root)
    assert not loaded.diagnostics, loaded.diagnostics
    assert loaded.site.data["title"] == "T" and list(loaded.media) == ["p.png"] and len(loaded.reports) == 1


def test_broken_links_and_named_pipes_are_called_what_they_are(tmp_path):
    root = make_site(tmp_path, {})
    reports = root / "content" / "reports"
    (reports / "r2.md").symlink_to("gone.md")
    os.mkfifo(reports / "f.md")
    loaded = load_site(root)
    assert _problems(loaded, "content/reports/r2.md") == [
        ("warning", "ignored: r2.md is a broken link: what it points to does not exist")]
    assert _problems(loaded, "content/reports/f.md") == [
        ("warning", "ignored: f.md is a named pipe (FIFO), not a regular file")]


@pytest.mark.parametrize("rel", ["content/site.yaml", "content/media/f.png"])
def test_a_named_pipe_is_never_opened(tmp_path, rel):
    root = make_site(tmp_path, {"content/site.yaml": None} if rel == "content/site.yaml" else {})
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(root / rel)
    done = []
    # Opening a pipe nobody writes to blocks for ever: the load runs aside, to fail, not hang.
    worker = threading.Thread(target=lambda: done.append(load_site(root)), daemon=True)
    worker.start()
    worker.join(20)
    assert done, "load_site blocked on a named pipe"
    severity = "error" if rel.endswith("site.yaml") else "warning"
    [(found, message)] = _problems(done[0], rel)
    assert found == severity and "is a named pipe (FIFO), not a regular file" in message


def test_the_site_yaml_is_an_error_when_it_is_a_broken_link(tmp_path):
    root = make_site(tmp_path, {"content/site.yaml": None})
    (root / "content" / "site.yaml").symlink_to("nowhere.yaml")
    assert _problems(load_site(root), "content/site.yaml") == [
        ("error", "not read: site.yaml is a broken link: what it points to does not exist")]


# ---------------------------------------------------------------- media: what is published

ACTIVE = {
    "content/media/chart.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "content/media/page.html": "<script>alert(document.cookie)</script>",
    "content/media/photo.JPG": b"\xff\xd8\xff\xe0" + b"\x00" * 16,
    "content/media/fake.png": "<html><script>alert(1)</script></html>",
    "content/media/notes.txt": "Plain notes.\n",
    "content/media/trick.txt": "  <script>alert(1)</script>",
    "content/reports/r1.md": MINIMAL["content/reports/r1.md"]
    + "\n![chart](../media/chart.svg) [page](../media/page.html)\n\n![photo](../media/photo.JPG)\n",
}


def test_only_types_that_cannot_run_script_are_published(tmp_path):
    loaded = load_site(make_site(tmp_path, ACTIVE))
    assert sorted(loaded.media) == ["notes.txt", "photo.JPG"]
    assert loaded.refused_media == {"chart.svg", "page.html", "fake.png", "trick.txt"}
    warned = {d.pos.path: d.message for d in loaded.diagnostics}
    assert warned["content/media/chart.svg"] == "not published: chart.svg is not a type of file the site publishes"
    assert warned["content/media/fake.png"].startswith("not published: fake.png is not a PNG image")


PNG = b"\x89PNG\r\n\x1a\n0000"


@pytest.mark.parametrize("name, why", [
    ("a\nb.png", "cannot be a file name on Windows"),  # control characters
    ("c\x1b[2Jd.png", "cannot be a file name on Windows"),
    ("tab\there.png", "cannot be a file name on Windows"),
    ("bidi\u202egnp.exe.png", "has an invisible character in its name (U+202E)"),  # shows as "bidiexe.png"
    ("zero\u200bwidth.png", "has an invisible character in its name (U+200B)"),
    ("del\x7f.png", "has an invisible character in its name (U+007F)"),
    ("line\u2028break.png", "has an invisible character in its name (U+2028)"),
    (os.fsdecode(b"latin\xe9.png"), "is not UTF-8 text (byte 0xe9)"),
    ("con.png", 'is named like "con", a device on Windows'),
    ("COM¹.png", 'is named like "COM¹", a device on Windows'),  # Windows reserves these too
    ("conout$.txt", 'is named like "conout$", a device on Windows'),
])
def test_media_whose_names_readers_cannot_see_or_windows_cannot_hold_are_not_published(tmp_path, name, why):
    loaded = load_site(make_site(tmp_path, {"content/media/ok.png": PNG, f"content/media/{name}": PNG}))
    assert sorted(loaded.media) == ["ok.png"] and loaded.refused_media == {name}
    [message] = [d.message for d in loaded.diagnostics if d.pos.path == f"content/media/{name}"]
    assert message.startswith(f"not published: {name} {why}")


@pytest.mark.parametrize("name", ["می\u200cخواهم.png", "क्\u200dष.png", "👨\u200d👩\u200d👧.png", "🏳️\u200d🌈.png", "쌀값.png"])
def test_media_named_with_joiners_as_persian_indic_and_emoji_are_spelled_are_published(tmp_path, name):
    loaded = load_site(make_site(tmp_path, {f"content/media/{name}": PNG}))
    assert sorted(loaded.media) == [name] and not loaded.refused_media


def test_media_names_that_differ_only_in_unicode_form_are_one_file(tmp_path):
    composed, decomposed = "caf\u00e9.png", "cafe\u0301.png"
    loaded = load_site(make_site(tmp_path, {f"content/media/{composed}": PNG, f"content/media/{decomposed}": PNG}))
    assert len(loaded.media) == 1 and len(loaded.refused_media) == 1
    [message] = [d.message for d in loaded.diagnostics if d.pos.path.startswith("content/media/")]
    assert "differs only in case or Unicode form from" in message


def test_links_to_unpublished_media_are_warned_about_where_written_and_lead_nowhere(tmp_path):
    root = make_site(tmp_path, ACTIVE)
    result = build_site(root)
    assert result.ok, result.diagnostics
    out = root / "site"
    assert sorted(p.name for p in (out / "media").iterdir()) == ["notes.txt", "photo.JPG"]
    links = [(d.pos.line, d.pos.col, d.message) for d in result.warnings if d.pos.path == "content/reports/r1.md"]
    assert links == [(9, 10, 'links to "media/chart.svg", which is not published'),
                     (9, 37, 'links to "media/page.html", which is not published')]
    body = page(out, "reports/r1/index.html")
    assert [img.get("src") for img in body.iter("img")] == ["../../media/photo.JPG"]
    # Not made a site link: left as written, "../media/page.html" leads to no file of the site.
    assert [a.get("href") for a in body.iter("a") if "page.html" in (a.get("href") or "")] == ["../media/page.html"]


@pytest.mark.parametrize("written, column", [
    ("runs a few days #each year", 17),  # a hashtag: the value was meant to go on
    ("runs a few days  # as KCNA says", 18),  # any comment after a quote, whose words are checked
])
def test_a_comment_that_cuts_a_value_short_is_warned_about_at_its_column(tmp_path, written, column):
    brief = MINIMAL["content/briefs/b1.yaml"]
    line = next(i for i, text in enumerate(brief.splitlines(), 1) if "runs a few days each year" in text)
    start = brief.splitlines()[line - 1].index('"runs a few days each year"') + 1
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief.replace('"runs a few days each year"', written)})
    warnings = [w for w in build_site(root).warnings if "YAML comment" in w.message]
    assert [(w.pos.path, w.pos.line, w.pos.col) for w in warnings] == [("content/briefs/b1.yaml", line,
                                                                         start + column - 1)]


def test_a_comment_after_a_plain_value_other_than_a_quote_is_left_alone(tmp_path):
    brief = MINIMAL["content/briefs/b1.yaml"].replace("text: Idle mill.", "text: Idle mill.  # per the desk")
    assert "Idle mill.  # per" in brief
    assert not [w for w in build_site(make_site(tmp_path, {"content/briefs/b1.yaml": brief})).warnings
                if "YAML comment" in w.message]


def test_media_folders_that_differ_only_in_case_or_unicode_form_from_another_name_are_not_published(tmp_path):
    # One name on macOS and Windows, whether it names a file or a folder, at any depth.
    loaded = load_site(make_site(tmp_path, {
        "content/media/x.png": PNG, "content/media/X.PNG/y.png": PNG,
        "content/media/Photos/a.png": PNG, "content/media/photos/b.png": PNG,
        "content/media/caf\u00e9/c.png": PNG, "content/media/cafe\u0301/d.png": PNG}))
    # the first in code-point order is published: capitals first, e and its accent before é
    assert sorted(loaded.media) == ["Photos/a.png", "X.PNG/y.png", "cafe\u0301/d.png"]
    assert loaded.refused_media == {"x.png", "photos/b.png", "caf\u00e9/c.png"}
    said = {d.pos.path: d.message for d in loaded.diagnostics}
    assert said["content/media/photos/b.png"] == ('not published: photos/b.png differs only in case or Unicode form '
                                                  'from "Photos": one name on macOS and Windows')

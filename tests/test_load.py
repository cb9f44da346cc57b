"""Loading: YAML values keep their positions; files with problems become diagnostics."""

from __future__ import annotations

import datetime as dt

from conftest import make_site

from generator.build import index_site
from generator.load import load_site, parse_yaml


def test_positions_of_values_and_keys():
    diags = []
    doc = parse_yaml("title: T\nclaims:\n  - id: a\n    sources:\n      - report: r\n", "f.yaml", diags)
    assert not diags
    assert (doc.pos("claims", 0, "sources", 0, "report").line, doc.pos("claims", 0, "sources", 0, "report").col) == (5, 17)
    assert doc.key_pos("claims", 0, "id").line == 3
    # A missing value falls back to its nearest written parent.
    assert doc.pos("claims", 0, "text").line == 3


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


def test_missing_content_folder(tmp_path):
    loaded = load_site(tmp_path)
    assert any(d.message.startswith("no content/ folder") for d in loaded.diagnostics)


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
    # UTF-8 where it is smaller than a str (Latin text with a curly quote: a str would take
    # 2 bytes a character), a str where it is not (ASCII; Hangul, 3 bytes a syllable in UTF-8).
    bodies = {"ascii": "Plain text.\n", "curly": "It said “enough” twice.\n" * 20,
              "hangul": "평양에서 회의가 열렸다.\n" * 20}
    head = "---\ntitle: R\npublisher: P\npublished: 2024-01-01\n---\n"
    root = make_site(tmp_path, {f"content/reports/{rid}.md": head + body for rid, body in bodies.items()})
    indexed, diagnostics = index_site(root)
    assert indexed is not None, diagnostics
    reports = {rid: indexed.site.reports[rid].report for rid in bodies}
    assert [type(reports[rid].body_stored) for rid in bodies] == [str, bytes, str]
    assert all(reports[rid].body == body and reports[rid].body_utf8 == body.encode() for rid, body in bodies.items())

"""Untrusted text stays inert in every field that reaches a page."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import jinja2
import lxml.html
import markupsafe
import pytest
from conftest import MINIMAL, make_site, page
from markdown_it import MarkdownIt
from markupsafe import Markup

from generator.build import build_site, index_site
from generator.export import ExportRequest, export_brief
from generator.medianames import MediaNames
from generator.theme import make_environment

HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(1)>{{ 7*7 }}${alert(1)}`</script>'
H = json.dumps(HOSTILE)  # a YAML-safe double-quoted string

FILES = {
    "content/site.yaml": f"title: {H}\nbase_url: https://t.example/\ndescription: {H}\n",
    "content/topics.yaml": f"- id: steel\n  title: {H}\n  description: {H}\n",
    "content/places.yaml": f"- id: p1\n  name: {H}\n  hangul: {H}\n  province: KP-09\n  lat: 41\n  lon: 129\n",
    "content/reports/r1.md": (
        f"---\ntitle: {H}\npublisher: {H}\nauthor: {H}\nurl: \"https://x.example/a?q=\\\"><script>\"\n"
        "published: 2024-01-01\ntopics: [steel]\nprovinces: [KP-09]\nplaces: [p1]\n---\n"
        f"{HOSTILE}\n\n<div onclick=\"alert(1)\">raw block</div>\n\n"
        "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) <javascript:alert(1)> [c](data:text/html;base64,PHNjcmlwdD4=)\n"
        "[d](//evil.example/x) ![e](https://evil.example/t.png) ![f](data:image/svg+xml;base64,PHN2Zz4=)\n\n"
        "The mill runs a few days each year.\n"
    ),
    "content/briefs/b1.yaml": (
        f"title: {H}\ndate: 2024-01-02\nauthor: {H}\nsummary: {H}\ntopics: [steel]\nclaims:\n"
        f"  - id: c1\n    text: {H}\n    sources:\n      - report: r1\n        note: {H}\n"
        "        quote: \"runs a few days each year\"\n"
        f"  - id: c2\n    text: \"[x](javascript:alert(1)) [y](https://y.example) {{{{ 7*7 }}}}\"\n    contradicts: [c1]\n    sources:\n"
        "      - report: r1\n        quote: \"The mill runs a few\"\n"
    ),
}

UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:text", "data:image/svg")


def test_hostile_text_in_every_field_is_inert(tmp_path):
    root = make_site(tmp_path, FILES, base=None)
    result = build_site(root)
    assert result.ok, [str(d) for d in result.diagnostics]
    pages = [p for p in (root / "site").rglob("*.html")]
    assert len(pages) > 8
    for path in pages:
        raw = path.read_text(encoding="utf-8")
        doc = lxml.html.fromstring(raw)
        for script in doc.xpath("//script"):
            # Only our own files, inert JSON data, and folium's map code with no content in it.
            if script.get("src"):
                assert script.get("src").endswith(("assets/leaflet/leaflet.js", "assets/briefing-maps.js",
                                                     "assets/briefing-outlines.js")), path
            elif script.get("type") == "application/json":
                json.loads(script.text)
            else:
                assert "alert" not in script.text and "{{" not in script.text, path
                assert script.text.lstrip().startswith("var map_briefing = L.map("), path
        for el in doc.iter():
            if not isinstance(el.tag, str):
                continue
            for name, value in el.attrib.items():
                assert not name.lower().startswith("on"), (path, el.tag, name)
                if name in ("href", "src"):
                    v = "".join(value.split()).lower()
                    assert not v.startswith(UNSAFE_SCHEMES), (path, value)
                    assert not v.startswith("//"), (path, value)
            if el.tag == "img":
                assert not el.get("src", "").startswith(("http:", "https:", "//")), path
        visible = "".join(t for t in doc.xpath("//body//text()[not(ancestor::script)]"))
        assert "49" not in visible.replace("2024", ""), path
        assert not doc.xpath("//a//a"), path  # claim text inside a link stays plain text
    text = lxml.html.fromstring((root / "site" / "briefs" / "b1" / "index.html").read_bytes()).text_content()
    assert "{{ 7*7 }}" in text and "${alert(1)}" in text and "<script>alert(1)</script>" in text


def test_feed_and_sitemap_escape_hostile_text(tmp_path):
    import xml.etree.ElementTree as ET
    root = make_site(tmp_path, FILES, base=None)
    assert build_site(root).ok
    feed = ET.parse(root / "site" / "feed.xml").getroot()  # parses: nothing broke out of the XML
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert feed.find("a:title", ns).text == HOSTILE
    ET.parse(root / "site" / "sitemap.xml")


def test_control_and_bidi_override_characters_are_dropped_from_text_fields(tmp_path):
    # "\e[2J" would clear the terminal of `briefing email --text`; U+202E in a publisher
    # would show the rest of its footnote (title, date, grade) right to left.
    report = MINIMAL["content/reports/r1.md"].replace("publisher: P1", r'publisher: "P1\u202e \e[31mRED\a"')
    report += "Smuggled \u202e\x1b[2J\x07 text.\n"  # in the Markdown body too
    brief = MINIMAL["content/briefs/b1.yaml"].replace("text: Idle mill.", r'text: "Idle\e[2J mill.\u2066"')
    root = make_site(tmp_path, {"content/reports/r1.md": report, "content/briefs/b1.yaml": brief})
    result = build_site(root)
    assert result.ok, [str(d) for d in result.diagnostics]
    controls = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    for path in (root / "site").rglob("*"):
        if path.suffix in (".html", ".xml"):
            assert not controls.search(path.read_text(encoding="utf-8")), path
    doc = lxml.html.fromstring((root / "site" / "briefs" / "b1" / "index.html").read_bytes())
    assert "P1 [31mRED" in doc.text_content() and "Idle[2J mill." in doc.text_content()
    body = lxml.html.fromstring((root / "site" / "reports" / "r1" / "index.html").read_bytes()).text_content()
    assert "Smuggled [2J text." in body
    indexed, _ = index_site(root)
    text, _ = export_brief(indexed.site, indexed.index, root, ExportRequest("b1", "text"))
    assert not controls.search(text.decode("utf-8")) and b"Idle[2J mill." in text


def test_characters_xml_forbids_are_left_out_of_the_feed(tmp_path):
    import xml.etree.ElementTree as ET
    bad = r"A\x01B\x0cC\x1bD\ufffeE\uffff"  # YAML escapes, each a character XML 1.0 does not allow
    brief = MINIMAL["content/briefs/b1.yaml"].replace("title: B1", f'title: "{bad} 1"\nsummary: "S{bad}"')
    root = make_site(tmp_path, {"content/site.yaml": f'title: "T{bad}"\nbase_url: https://t.example/\n',
                                "content/briefs/b1.yaml": brief})
    assert build_site(root).ok
    feed = ET.parse(root / "site" / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert feed.find("a:title", ns).text == "TABCDE"
    assert feed.find("a:entry/a:title", ns).text == "ABCDE 1"
    ET.parse(root / "site" / "sitemap.xml")


class _Html:
    def __html__(self):
        return "<em>trusted</em>"


class _Text:
    def __str__(self):
        return "<b a='1'>&\"x\"</b>"


@pytest.mark.parametrize("value", ["<script>'\"&</script>", "plain", "", Markup("<i>kept</i>"), 7, 2.5, None,
                                   _Html(), _Text(), ["<li>"]])
def test_template_output_is_escaped_as_markupsafe_does(value):
    env = make_environment((Path("templates"),), MarkdownIt(), MediaNames(()))
    rendered = env.from_string("{{ v }}|{% set held %}{{ v }}{% endset %}{{ held }}").render(v=value)
    once = str(markupsafe.escape(value))
    assert rendered == f"{once}|{once}"


def test_an_undefined_value_in_output_is_still_an_error():
    env = make_environment((Path("templates"),), MarkdownIt(), MediaNames(()))
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()


class _Counter:
    """A callable object whose call wants the context, as Jinja allows."""

    @jinja2.pass_context
    def __call__(self, ctx, suffix=""):
        return f"{ctx.get('who')}{suffix}"


def _stop():
    raise StopIteration


@pytest.mark.parametrize("source", [
    "{{ with_ctx('a') }}{% for who in ['x', 'y'] %}{{ with_ctx('b') }}{% endfor %}",
    "{% for i in [1, 2] %}{% set who = 'loop' ~ i %}{{ with_ctx('c') }}{{ counter('!') }}{% endfor %}",
    "{% block b %}{% set who = 'block' %}{{ with_ctx('d') }}{% endblock %}",
    "{{ with_env() }}{{ with_eval() }}{% for _ in [1] %}{{ with_env() }}{{ with_eval() }}{% endfor %}",
    "{{ plain(1, k=2) }}{% for i in [1, 2] %}{{ plain(i, k=i) }}{{ 'a,b'.split(',') }}{% endfor %}",
    "{{ counter() }}{{ counter(suffix='?') }}",
    "{% macro m(x) %}<{{ x }}>{% endmacro %}{% macro n() %}[{{ caller() }}]{% endmacro %}{{ m(1) }}"
    "{% call n() %}in{% endcall %}{% for i in [3] %}{{ m(i) }}{% call n() %}{{ i }}{% endcall %}{% endfor %}",
    "{{ stop() is undefined }}{% for _ in [1] %}{{ stop() is undefined }}{% endfor %}",
])
def test_template_calls_behave_as_with_jinjas_own_context(source):
    """Our quicker Context.call (theme._Context) gives what Jinja's own does, for every kind
    of callable and inside loops and blocks, where Jinja passes extra keyword arguments."""
    names = dict(
        who="top",
        with_ctx=jinja2.pass_context(lambda ctx, tag: f"{tag}:{ctx.get('who')}"),
        with_env=jinja2.pass_environment(lambda env: type(env).__name__),
        with_eval=jinja2.pass_eval_context(lambda ectx: ectx.autoescape),
        plain=lambda *a, **k: f"{a}{sorted(k.items())}",
        counter=_Counter(),
        stop=_stop,
    )
    ours = make_environment((Path("templates"),), MarkdownIt(), MediaNames(()))
    stock = make_environment((Path("templates"),), MarkdownIt(), MediaNames(()))
    stock.context_class = jinja2.runtime.Context
    assert ours.context_class is not jinja2.runtime.Context
    expected = stock.from_string(source).render(names)
    assert expected and ours.from_string(source).render(names) == expected


def test_links_in_templates_that_lead_outside_the_site_publish_nothing(tmp_path):
    # As in content/: templates/assets/logo.png -> ~/.ssh/id_ed25519 must not go on the web.
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    root = make_site(tmp_path / "site", {"templates/assets/ok.css": "a { color: red }"})
    (root / "templates" / "assets" / "x.txt").symlink_to(secret)
    (root / "templates" / "404.html").symlink_to(secret)
    (root / "templates" / "assets" / "same.css").symlink_to("ok.css")  # a link within templates/ is fine
    result = build_site(root)
    assert not result.ok and not (root / "site").exists()
    assert sorted((e.pos.path, e.message) for e in result.errors) == [
        ("templates/404.html", "template not read: links to a file outside templates/"),
        ("templates/assets/x.txt", "theme asset not published: links to a file outside templates/"),
    ]
    (root / "templates" / "404.html").unlink()
    (root / "templates" / "assets" / "x.txt").unlink()
    result = build_site(root)
    assert result.ok and (root / "site" / "assets" / "same.css").read_text(encoding="utf-8") == "a { color: red }"


def test_a_link_to_a_folder_in_the_theme_assets_is_warned_about_not_followed(tmp_path):
    shared = tmp_path / "shared-theme"
    shared.mkdir()
    (shared / "extra.css").write_text("a { color: red }", encoding="utf-8")
    root = make_site(tmp_path / "site", {"templates/assets/ok.css": "b { color: blue }"})
    (root / "templates" / "assets" / "shared").symlink_to(shared)
    result = build_site(root)
    assert result.ok and not (root / "site" / "assets" / "shared").exists()
    [warned] = [w for w in result.warnings if w.pos.path == "templates/assets/shared"]
    assert warned.message == "theme assets not published: a link to a folder is not followed"


def test_an_unreadable_folder_in_the_theme_assets_is_warned_about(tmp_path, monkeypatch):
    from generator import themepath

    root = make_site(tmp_path / "site", {"templates/assets/icons/a.svg": "<svg/>", "templates/assets/ok.css": "b{}"})
    real = themepath.os.scandir

    def scandir(path):
        if str(path).endswith("icons"):  # chmod 000 (root, which runs the tests, reads it anyway)
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)
    monkeypatch.setattr(themepath.os, "scandir", scandir)
    result = build_site(root)
    assert result.ok and (root / "site" / "assets" / "ok.css").is_file()
    [warned] = [w for w in result.warnings if w.pos.path == "templates/assets/icons"]
    assert warned.message == "theme assets not published: the folder cannot be read"


def test_a_link_out_of_content_is_not_walked_for_changes(tmp_path):
    from generator.store import input_stats

    root = make_site(tmp_path / "s", {"content/notes/inside.txt": "mine"})
    outside = tmp_path / "elsewhere"
    (outside / "deep").mkdir(parents=True)
    (outside / "deep" / "theirs.txt").write_text("not the site's")
    (root / "content" / "notes" / "out").symlink_to(outside)  # `ln -s / content/notes` walked the disk
    (root / "content" / "notes" / "again").symlink_to(root / "content" / "notes")  # inside, and a loop
    stats = input_stats(root, [])
    assert any(p.endswith("inside.txt") for p in stats)
    assert not any("theirs.txt" in p for p in stats)
    assert build_site(root).ok


def test_folders_nested_a_thousand_deep_are_no_traceback(tmp_path):
    root = make_site(tmp_path / "s", {})
    for top in ("content/media", "content/notes", "templates/assets", "templates/partials"):
        deep = os.path.join(root, top)
        os.makedirs(deep, exist_ok=True)
        for _ in range(1100):  # (os.makedirs itself recurses once per level)
            deep = os.path.join(deep, "d")
            os.mkdir(deep)
        Path(deep, "x.txt").write_text("deep")
    from generator.persist import build_persistent

    try:
        result = build_persistent(root)
        assert result.ok, [str(d) for d in result.errors]
        assert any("folders deep" in d.message for d in result.warnings)
    finally:  # shutil.rmtree (pytest's clean-up of old tmp folders too) recurses once per level
        subprocess.run(["find", str(root), "-depth", "-delete"], check=False)


def test_an_email_summary_of_many_links_renders_without_rereading_what_came_before():
    """Each link's end looks back to its own opening alone: copying every token before it
    at each link made a summary of 50,000 links take minutes (quadratic)."""
    from generator.mail import _email_markdown
    from generator.markup import LinkContext, render_tokens

    class Counted(list):
        read = 0

        def __getitem__(self, key):
            Counted.read += len(range(*key.indices(len(self)))) if isinstance(key, slice) else 1
            return super().__getitem__(key)

    md = _email_markdown("https://t.example/")
    links = LinkContext("content/briefs", "https://t.example/", frozenset())
    tokens = md.parse(" ".join(f"<https://e.example/{i}>" for i in range(2_000)))
    inline = tokens[1]
    inline.children = Counted(inline.children)
    html = render_tokens(md, tokens, links)
    assert html.count("<a ") == 2_000
    assert Counted.read <= 4 * len(inline.children)  # ~2 million with the copies


def test_control_characters_written_as_entities_do_not_reach_pages(tmp_path):
    # "&#x202e;" is a right-to-left override: it would turn the rest of its paragraph around
    report = MINIMAL["content/reports/r1.md"].replace(
        "The mill runs a few days each year.", "The mill runs &#x202e;a few days each year.")
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), out=tmp_path / "site")
    assert result.ok and not result.warnings  # the quote "runs a few days each year" is verified
    html = (tmp_path / "site/reports/r1/index.html").read_text(encoding="utf-8")
    assert "\u202e" not in html and "runs a few days" in html


@pytest.mark.parametrize("href, why", [
    ("https://trusted.example@evil.example/x", "a user name before its host, hiding where it leads"),
    ("HTTPS://user:pw@evil.example/", "a user name before its host, hiding where it leads"),
    ("https:evil.example/y", 'no "//" after its scheme'),
])
def test_a_link_that_leads_elsewhere_than_it_seems_is_dropped_and_warned_about(tmp_path, href, why):
    report = MINIMAL["content/reports/r1.md"] + f"\nSee [trusted.example]({href}) and [ok](https://ok.example/a@b).\n"
    result = build_site(make_site(tmp_path, {"content/reports/r1.md": report}), out=tmp_path / "site")
    assert result.ok
    [warned] = [w for w in result.warnings if w.pos.path == "content/reports/r1.md"]
    assert f"an address with {why}, which is dropped" in warned.message
    links = [a.get("href") for a in page(tmp_path / "site", "reports/r1/index.html").cssselect("article a[href]")]
    assert "https://ok.example/a@b" in links and not any("evil" in (h or "") for h in links)

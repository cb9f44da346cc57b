"""Copy Briefing's synthetic reports into the source formats of Pelican, MkDocs and Hugo.

Every peer gets the same reports: the same Markdown body, title, date, tags (= Briefing's
topics) and province(s). Briefs stay Briefing's alone, since no peer has a notion of a claim
that quotes a report. Each `write_*` function writes one peer's whole source tree — content
plus the smallest configuration that builds real pages — and nothing else, so that deleting
every other entry of the tree before a build makes it cold (see peers_tools.py).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import yaml

# libyaml when present: converting is not timed, but 10,000 reports through pure-Python
# YAML would make preparing a big archive slower than building it.
YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FEED_ITEMS = 100  # Pelican's default FEED_MAX_ITEMS; Hugo's default is every page
LIST_PAGE_SIZE = 100  # Briefing pages its sources list at 100
MKDOCS_NAV_REPORTS = 3


@dataclass(frozen=True, slots=True)
class Report:
    id: str
    title: str
    published: dt.date
    topics: tuple[str, ...]
    provinces: tuple[str, ...]
    body: str  # Markdown, exactly as in Briefing's file


def split_front_matter(text: str) -> tuple[str, str]:
    """(YAML front matter, body) of a Briefing report file."""
    _, front, body = text.split("---\n", 2)
    return front, body.lstrip("\n")


def read_report(path: Path) -> Report:
    front, body = split_front_matter(path.read_text(encoding="utf-8"))
    fields = yaml.load(front, Loader=YamlLoader)
    return Report(path.stem, fields["title"], fields["published"], tuple(fields["topics"]),
                  tuple(fields["provinces"]), body)


def read_reports(content: Path) -> list[Report]:
    return [read_report(p) for p in sorted((content / "reports").glob("*.md"))]


def yaml_string(value: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar: colons and quotes in titles are safe.
    return json.dumps(value, ensure_ascii=False)


def yaml_list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(yaml_string(v) for v in values) + "]"


def write_text(path: Path, text: str) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --- Pelican ---------------------------------------------------------------------------------

PELICAN_CONF = f'''\
# Minimal settings for the peer benchmark: the default theme (notmyidea), default feeds.
SITENAME = "Peer benchmark (Pelican)"
SITEURL = ""
FEED_DOMAIN = "https://bench.example.org"  # feeds need absolute links
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
RELATIVE_URLS = True
# Same address scheme as Briefing's report pages.
ARTICLE_URL = "reports/{{slug}}/"
ARTICLE_SAVE_AS = "reports/{{slug}}/index.html"
# Briefing pages its long lists at {LIST_PAGE_SIZE}; unpaginated, Pelican's index would be one huge page.
DEFAULT_PAGINATION = {LIST_PAGE_SIZE}
# Cold builds: never read or write Pelican's content cache.
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
'''


def pelican_article(report: Report) -> str:
    # Pelican's Markdown reader takes "Key: value" lines up to the first blank line.
    return (f"Title: {report.title}\n"
            f"Date: {report.published.isoformat()}\n"
            f"Category: {report.provinces[0]}\n"  # one category per article in Pelican
            f"Tags: {', '.join(report.topics)}\n"
            f"Slug: {report.id}\n"
            f"\n{report.body}")


def write_pelican(reports: list[Report], root: Path) -> None:
    (root / "content").mkdir(parents=True)
    write_text(root / "pelicanconf.py", PELICAN_CONF)
    for report in reports:
        write_text(root / "content" / f"{report.id}.md", pelican_article(report))


# --- MkDocs ----------------------------------------------------------------------------------


def mkdocs_config(reports: list[Report]) -> str:
    # A short explicit nav: without `nav`, MkDocs lists every page in the nav of every page,
    # so a build does N × N work and N = 10,000 would measure that rather than the pages.
    # Pages left out of the nav are still built.
    nav = "".join(f"      - reports/{r.id}.md\n" for r in reports[:MKDOCS_NAV_REPORTS])
    return ("site_name: Peer benchmark (MkDocs)\n"
            "docs_dir: docs\n"
            "site_dir: site\n"
            "theme: mkdocs\n"
            "nav:\n"
            "  - Home: index.md\n"
            "  - Reports:\n" + nav)


def front_matter_page(report: Report) -> str:
    """A report as Markdown with YAML front matter, as MkDocs and Hugo read it (MkDocs uses
    `title` and keeps the other keys as unused page data; Hugo maps tags and provinces to
    its taxonomies)."""
    return ("---\n"
            f"title: {yaml_string(report.title)}\n"
            f"date: {report.published.isoformat()}\n"
            f"tags: {yaml_list(report.topics)}\n"
            f"provinces: {yaml_list(report.provinces)}\n"
            f"---\n\n{report.body}")


def write_mkdocs(reports: list[Report], root: Path) -> None:
    (root / "docs" / "reports").mkdir(parents=True)
    write_text(root / "mkdocs.yml", mkdocs_config(reports))
    write_text(root / "docs" / "index.md", f"# Reports\n\n{len(reports)} synthetic reports.\n")
    for report in reports:
        write_text(root / "docs" / "reports" / f"{report.id}.md", front_matter_page(report))


# --- Hugo ------------------------------------------------------------------------------------

HUGO_CONFIG = f'''\
baseURL = "https://bench.example.org/"
title = "Peer benchmark (Hugo)"
locale = "en"

[taxonomies]
  tag = "tags"
  province = "provinces"

[pagination]
  pagerSize = {LIST_PAGE_SIZE}

# Pelican's default feed length; Hugo's own default puts every page in every feed.
[services.rss]
  limit = {FEED_ITEMS}
'''

# Hugo ships no theme: without layouts it writes no HTML at all. These are the least that
# gives a real page per report (title, date, term links, body) and paged lists.
HUGO_LAYOUTS = {
    "baseof.html": """\
<!doctype html>
<html lang="{{ site.Language.Locale }}">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "single.html": """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
<ul>{{ range .GetTerms "provinces" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
{{ .Content }}
</article>
{{ end }}
""",
    "list.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}
{{ if .IsHome }}{{ $pages = site.RegularPages }}{{ end }}
<ul>
{{ range (.Paginate $pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ .Date.Format "2006-01-02" }}</li>
{{ end }}
</ul>
{{ with .Paginator }}{{ if .HasPrev }}<a href="{{ .Prev.URL }}">newer</a>{{ end }} {{ if .HasNext }}<a href="{{ .Next.URL }}">older</a>{{ end }}{{ end }}
{{ end }}
""",
}


def write_hugo(reports: list[Report], root: Path) -> None:
    (root / "content" / "reports").mkdir(parents=True)
    (root / "layouts").mkdir()
    write_text(root / "hugo.toml", HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        write_text(root / "layouts" / name, text)
    for report in reports:
        write_text(root / "content" / "reports" / f"{report.id}.md", front_matter_page(report))

"""The Jinja2 environment of one build: the site's templates before the built-in theme.

One Environment per build, configured completely before the first template loads:
autoescape everywhere, StrictUndefined (a typo in a template is an error, not an empty
string), and the filters the templates use to present dates, grades and Markdown.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import itertools
import os
import re
import traceback
import unicodedata
from collections.abc import Callable, Container, Iterable, MutableMapping
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
import jinja2.bccache
import jinja2.runtime
import markupsafe
from jinja2.utils import internalcode
from markdown_it import MarkdownIt
from markupsafe import Markup

from generator.diagnostics import Diagnostic, Pos, error, warning
from generator.filestate import MAX_FOLDER_DEPTH, refusal, refusal_hint
from generator.languages import language_name
from generator.markup import LinkContext, plain_inline, render_markdown
from generator.medianames import Asked, MediaNames, frozen
from generator.model import CREDIBILITY, GRADES
from generator.scratch import is_temporary
from generator.themepath import tree
from generator.urls import absolute, relative


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in memory between builds. Jinja keys each entry by template
    name and checks it against the source's checksum, so an edited template is compiled
    again; a new Environment per build then costs no recompilation."""

    def __init__(self, store: dict[str, bytes]):
        self.store = store

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


# markupsafe's own C escaper (3.0 on), without the Markup wrapper its public escape() adds.
_escape_text = getattr(markupsafe, "_escape_inner", None)


def _escape_output(value: object) -> str:
    """What markupsafe.escape() gives, as a plain str.

    Every `{{ … }}` of an autoescaped template is passed through the name `escape` of the
    compiled template's globals, and only ever joined into the page or into a buffer that
    Jinja itself marks safe: nothing needs the Markup that markupsafe.escape() returns,
    and making one (a Python-level Markup.__new__) cost 12-20 % of the rendering time.
    Installed only where markupsafe has _escape_inner (see _Template)."""
    if type(value) is str:
        return _escape_text(value)
    html = getattr(value, "__html__", None)
    if html is not None:
        return html()
    return _escape_text(str(value))


class _Template(jinja2.Template):
    """A template whose output escaping is _escape_output."""

    @classmethod
    def from_code(cls, environment: jinja2.Environment, code: CodeType, globals: MutableMapping[str, Any],
                  uptodate: Callable[[], bool] | None = None) -> jinja2.Template:
        template = super().from_code(environment, code, globals, uptodate)
        namespace = template.root_render_func.__globals__
        # As every Jinja 3 compiles a template; with an older markupsafe, nothing changes.
        if _escape_text is not None and namespace.get("escape") is markupsafe.escape:
            namespace["escape"] = _escape_output
        return template


class _Context(jinja2.runtime.Context):
    """Jinja's template context, with a quicker `call` for what templates call most.

    Every call in a template (a macro, `url(…)`, `date.isoformat()`) goes through
    Context.call, which asks twice, in Python, whether the callable wants the context,
    and is handed `_loop_vars`/`_block_vars` inside every loop and block: ~1 million calls
    at 10,000 reports. A callable that takes nothing extra is called here directly, with
    those two dropped as Jinja drops them; anything else goes to Jinja's own call."""

    @internalcode  # left out of a template error's traceback, as Jinja's own call is
    def call(self, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        if getattr(obj, "jinja_pass_arg", None) is not None or \
                getattr(getattr(obj, "__call__", None), "jinja_pass_arg", None) is not None:
            return super().call(obj, *args, **kwargs)
        if kwargs:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return obj(*args, **kwargs)
        except StopIteration:  # as Jinja: a generator's end must not end the template's own
            return self.environment.undefined("value was undefined because a callable raised a StopIteration exception")


def _page_of(ctx: jinja2.runtime.Context, what: str) -> str:
    """The path of the page being rendered, which links are made relative to. A macro
    imported without the page's context cannot know it: Jinja's own message for that, a
    bare KeyError's "'page_path'", would not tell a theme's author what to do."""
    page = ctx.get("page_path")
    if not isinstance(page, str):
        raise jinja2.TemplateRuntimeError(
            f"{what} cannot tell which page it is on: import this macro's file with context "
            f"({{% import \"…\" as m with context %}} or {{% from \"…\" import name with context %}})")
    return page


def page_url(page_path: str) -> Callable[[str], str]:
    """The templates' `url` on one page, passed with its context. The global `url` reads the
    page's path from the context, and Jinja gives a function that takes the context a
    derived copy of it at every call inside a loop (a footnote list makes one per footnote);
    this one knows its page already."""
    return functools.partial(relative, page_path)


class _Unread(jinja2.TemplateSyntaxError):
    """A template file that could not be read, or is not read: said as it is, not as syntax."""


class _LinkedOut(Exception):
    def __init__(self, problem: str, filename: str):
        super().__init__(problem)
        self.filename = filename


class _TemplateFiles(jinja2.FileSystemLoader):
    """Templates from one folder; a file that is not UTF-8 is a template error at its line,
    reported like any other, not a UnicodeDecodeError from inside Jinja."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        try:
            named = os.path.join(self.searchpath[0], *jinja2.loaders.split_template_path(template))
            if os.path.lexists(named) and not os.path.isfile(named):
                # Jinja would pass over it to the built-in template of that name, without a word
                raise _Unread("template not read: it is no regular file (a folder, a pipe, a device, or a link "
                              "that leads nowhere or loops)", 1, template, named)
            found = super().get_source(environment, template)
            if problem := refusal(found[1], os.path.realpath(self.searchpath[0]), "templates/"):
                raise _LinkedOut(problem, found[1])
            return found
        except UnicodeDecodeError as exc:  # exc.object holds the file's bytes: no second read
            line = exc.object[:exc.start].count(b"\n") + 1
            path = next((p for p in (Path(d, *jinja2.loaders.split_template_path(template)) for d in self.searchpath)
                         if p.is_file()), None)
            raise jinja2.TemplateSyntaxError(f"not UTF-8 text (byte 0x{exc.object[exc.start]:02x})", line,
                                             template, str(path) if path else None) from None
        except jinja2.TemplateNotFound:  # an OSError too: the next folder is tried
            raise
        except _Unread:
            raise
        except _LinkedOut as exc:
            raise _Unread(f"template not read: {exc}", 1, template, exc.filename) from None
        except OSError as exc:  # unreadable (chmod 000), vanished, a folder that became a file …
            raise _Unread(f"cannot read template: {exc.strerror or exc}", 1,
                                             template, exc.filename) from None


def make_environment(dirs: tuple[Path, ...], md: MarkdownIt, media: MediaNames,
                     compiled: dict[str, bytes] | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader([_TemplateFiles(str(d)) for d in dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # One build, one version of each template: no stat of its file at every page
        # (~30 µs each, 14,000 pages at 10,000 reports). The next build has a new Environment.
        auto_reload=False,
        bytecode_cache=CompiledTemplates(compiled) if compiled is not None else None,
    )
    env.template_class = _Template
    env.context_class = _Context

    @jinja2.pass_context
    def url(ctx, target: str) -> str:
        return relative(_page_of(ctx, "url()"), target)

    # A claim's text is shown on its brief, topic, province and report pages alike: render
    # each (text, link prefix) once per build. Output depends on nothing else (the media files
    # are fixed for the build; those its links asked for are kept with it, for each page using
    # it asked too), and on the prefix only through links and images, which Markdown writes
    # "](" or, for a reference, "[label]:": text without either reads the same at every depth.
    rendered: dict[tuple[str, str, str, bool, int, str], tuple[str, Asked]] = {}

    def cached_markdown(text: str, source_dir: str, page_path: str, inline: bool, headings: int = 0,
                        prefix: str = "", home: str = "") -> Markup:
        """`home`: the page the text was written for, whose own anchors its "#…" links mean."""
        home = home if "#" in text and (home != page_path or prefix) else ""
        prefix = prefix or relative(page_path, "")
        key = (text, source_dir, prefix if "](" in text or "]:" in text else "", inline, headings, home)
        found = rendered.get(key)
        if found is None:
            with media.noting() as asked:
                context = LinkContext(source_dir, prefix, media, headings, home)
                html = render_markdown(md, text, context, inline=inline)
            found = rendered[key] = (html, frozen(asked))
        else:
            media.note(found[1])
        return Markup(found[0])

    @jinja2.pass_context
    def markdown(ctx, text: str, source_dir: str = "content/briefs", page: str | None = None,
                 headings: int = 0, absolute: bool = False) -> Markup:
        """Block Markdown, its links made for this page, or for `page` (the feed shows each
        brief's summary as the brief's page does, under that page's address). With
        `headings`, its highest heading is shown at that level and the rest below, none
        skipped (a summary under the page's h2 starts at h3). `absolute`: links to the
        site's pages and files are full addresses under base_url (in the feed: many feed
        readers ignore xml:base)."""
        base = ctx["site"].base_url if absolute else ""
        page = page or _page_of(ctx, "markdown")
        return cached_markdown(text, source_dir, page, False, headings, base, page)

    @jinja2.pass_context
    def inline_markdown(ctx, text: str, source_dir: str = "content/briefs", home: str = "") -> Markup:
        """`home`: the page the text belongs to (a claim's brief's), when it may be shown on
        another: its links to that page's anchors ("#claim-c2") are made to lead there."""
        return cached_markdown(text, source_dir, _page_of(ctx, "inline_markdown"), True, home=home)

    @functools.lru_cache(maxsize=65536)
    def plain_inline_filter(text: str) -> str:
        """Inline Markdown as plain text: for claim text inside a link (no <a> in <a>)."""
        return plain_inline(md, text)

    env.globals["url"] = url
    env.filters.update(
        markdown=markdown,
        inline_markdown=inline_markdown,
        plain_inline=plain_inline_filter,
        long_date=long_date,
        published=absolute,  # base_url|published(path): the page's address, as the sitemap lists it
        grade_label=lambda grade: GRADES.get(grade, ""),
        credibility_label=lambda value: CREDIBILITY.get(value, ""),
        text_dir=text_dir,
        writes_rtl=writes_rtl,
        language_name=language_name,
    )
    return env


# Written right to left: these languages by default (BCP 47 primary subtags), and any
# language in these scripts ("pa-Arab", "ks-Deva": the script subtag decides).
_RTL_LANGUAGES = frozenset("ar arc ckb dv fa he iw ks ps sd syr ug ur yi".split())
_RTL_SCRIPTS = frozenset("arab hebr thaa syrc nkoo adlm rohg mand samr".split())


@functools.lru_cache(maxsize=256)
def text_dir(language: str | None) -> str:
    """ "rtl" or "ltr", for a dir attribute beside lang: without it, an Arabic title in an
    English footnote pulls the date's digits into its run ("10 ,الجزيرة … March 2025")."""
    parts = (language or "").lower().split("-")
    # the script subtag comes before any singleton: "-u-nu-latn" and "-x-…" say something else
    tags = list(itertools.takewhile(lambda p: len(p) != 1, parts[1:]))
    script = next((p for p in tags if len(p) == 4 and p.isalpha()), None)
    if script is not None:
        return "rtl" if script in _RTL_SCRIPTS else "ltr"
    return "rtl" if parts[0] in _RTL_LANGUAGES else "ltr"


def writes_rtl(text: str) -> bool:
    """Whether `text` has a letter written right to left: text of no stated language then
    needs dir="auto" (the e-mail, whose every byte counts against a client's clipping, says it
    only then)."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text if ord(c) >= 0x590)


@functools.lru_cache(maxsize=8192)  # a page shows dozens of dates, from a few thousand days
def long_date(value: dt.date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else ""


def syntax_errors(root: Path, dirs: tuple[Path, ...], md: MarkdownIt) -> list[Diagnostic]:
    """The syntax errors of the site's own templates (templates/), read without rendering a
    page: a build stopped by errors in the content reports them with those, not only once the
    content is mended."""
    own = root / "templates"
    if not dirs or dirs[0] != own:
        return []
    env = make_environment(dirs, md, MediaNames(()))
    found = []
    for name in env.list_templates(extensions=("html", "xml")):
        if name.startswith("assets/") or not (own / name).is_file():
            continue  # a file copied as it is, or a built-in template not overridden
        try:
            env.get_template(name)
        except (jinja2.TemplateSyntaxError, RecursionError) as exc:
            found.append(template_diagnostic(exc, dirs, root))
    return found


def template_diagnostic(exc: Exception, dirs: tuple[Path, ...], root: Path) -> Diagnostic:
    """Point at the template file and line a rendering error came from."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        filename, line = exc.filename, exc.lineno
        message = exc.message if isinstance(exc, _Unread) else f"template syntax error: {exc.message}"
        if not isinstance(exc, _Unread) and (opened := _unclosed_block(exc)) is not None:
            # Jinja notices a missing {% endif %} only where the file or the enclosing block
            # ends; the line to fix is the one that opened it
            tag, line = opened
            message = (f"template syntax error: this {{% {tag} %}} is never closed (Jinja found no "
                       f"{{% end{tag} %}} for it by line {exc.lineno}): {exc.message}")
    else:
        frames = [f for f in traceback.extract_tb(exc.__traceback__)
                  if any(f.filename.startswith(str(d)) for d in dirs)]
        filename, line = (frames[-1].filename, frames[-1].lineno) if frames else (None, 0)
        message = f"template error: {exc}"
        if isinstance(exc, RecursionError) and (parsed := _being_read(exc)) is not None:
            filename, line = parsed, 0
            message = ("template error: too deeply nested for Jinja to read (brackets, expressions or blocks "
                       "dozens deep)")
        elif isinstance(exc, RecursionError):
            message = "template error: it calls itself without end (an include, extends or macro loop)"
        elif not isinstance(exc, (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError)):
            message = f"template error: {type(exc).__name__}: {exc}"  # e.g. ZeroDivisionError: division by zero
        if isinstance(exc, jinja2.TemplateNotFound):
            message = f"template not found: {exc.name}"
    return error(Pos(_shown_path(filename, root), line or 0), message)


_JINJA_ENVIRONMENT = os.path.join("jinja2", "environment.py")


def _being_read(exc: BaseException) -> str | None:
    """The file of the template Jinja was parsing when `exc` was raised, if it was parsing one."""
    tb = exc.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if frame.f_code.co_name == "_parse" and frame.f_code.co_filename.endswith(_JINJA_ENVIRONMENT):
            filename = frame.f_locals.get("filename")
            return filename if isinstance(filename, str) else None
        tb = tb.tb_next
    return None


# Tags whose block runs to an {% end… %}; `set` only without "=" ({% set x %}…{% endset %})
_BLOCK_TAGS = frozenset("if for block macro call filter set with autoescape trans raw".split())
_UNCLOSED = re.compile(r"The innermost block that needs to be closed is '(\w+)'")


def _unclosed_block(exc: jinja2.TemplateSyntaxError) -> tuple[str, int] | None:
    """The tag and line of the block Jinja reached the end of its scope still inside, or None."""
    wanted = _UNCLOSED.search(exc.message or "")
    source = exc.source
    if wanted is None or exc.lineno is None:
        return None
    if source is None and exc.filename:
        try:
            source = Path(exc.filename).read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None
    opened: list[tuple[str, int]] = []
    try:
        tokens = list(jinja2.Environment().lex(source or ""))
    except jinja2.TemplateSyntaxError:
        return None
    for i, (line, kind, value) in enumerate(tokens):
        if line > exc.lineno:
            break
        if kind != "name" or _previous_kind(tokens, i) != "block_begin":
            continue
        if value in _BLOCK_TAGS and not (value == "set" and _assigns(tokens, i)):
            opened.append((value, line))
        elif value.startswith("end") and opened and opened[-1][0] == value[3:]:
            opened.pop()
    return opened[-1] if opened and opened[-1][0] == wanted.group(1) else None


def _previous_kind(tokens: list[tuple[int, str, str]], at: int) -> str:
    return next((kind for _, kind, _ in reversed(tokens[max(0, at - 3):at]) if kind != "whitespace"), "")


def _assigns(tokens: list[tuple[int, str, str]], at: int) -> bool:
    """Whether the {% set %} at tokens[at] assigns in place (has "=" before its %})."""
    for _, kind, value in tokens[at + 1:]:
        if kind == "block_end":
            return False
        if kind == "operator" and value == "=":
            return True
    return False


def unencodable_diagnostic(exc: UnicodeEncodeError, env: jinja2.Environment, names: list[str], root: Path) -> Diagnostic:
    """A page its templates (`names`, the page's own first) made with a character UTF-8
    cannot hold (a lone surrogate), at the line of the first that writes it, as the
    character or an escape ("\\ud800"); else at the page's template."""
    char = exc.object[exc.start] if isinstance(exc.object, str) and exc.start < len(exc.object) else "\ud800"
    written = re.compile(re.escape(char) + rf"|\\u{ord(char):04x}|\\U{ord(char):08x}", re.IGNORECASE)
    where = Pos(_shown_path(env.get_template(names[0]).filename, root), 0)
    for name in names:
        try:
            source, filename, _ = env.loader.get_source(env, name)
        except (jinja2.TemplateError, OSError, UnicodeError):
            continue
        if (found := written.search(source)) is not None:
            where = Pos(_shown_path(filename, root), source.count("\n", 0, found.start()) + 1)
            break
    return error(where, f"template error: it writes U+{ord(char):04X}, half of a surrogate pair, which no UTF-8 "
                        "page can hold", "write the character whole, or leave it out")


def _shown_path(filename: str | None, root: Path) -> str:
    if not filename:
        return "templates"
    if Path(os.path.abspath(filename)).is_relative_to(os.path.abspath(root)):  # as named, not where a link leads
        return Path(os.path.relpath(os.path.abspath(filename), os.path.abspath(root))).as_posix()
    path = Path(filename).resolve()
    return path.relative_to(root.resolve()).as_posix() if path.is_relative_to(root.resolve()) else str(path)


def templates_folder_problem(root: Path) -> Diagnostic | None:
    """An error when the site's templates/ is there but no folder: its pages would silently
    be the built-in theme's."""
    own = root / "templates"
    if os.path.lexists(own) and not own.is_dir():
        return error(Pos("templates"), "templates is no folder (a file, or a link that leads nowhere or loops): "
                                       "the built-in theme's templates would be used",
                     "make templates/ a folder of the site's own templates, or remove it")
    return None


def theme_assets(dirs: tuple[Path, ...], root: Path = Path("."),
                 reserved: Iterable[str] = ()) -> tuple[dict[str, bytes], list[Diagnostic]]:
    """Files under each theme's assets/ (the site's own override the built-in by name), and
    an error for each that cannot be read, or that would be a file where another theme's
    file, or one of `reserved` (Leaflet's, say), needs a folder, or the reverse."""
    assets: dict[str, bytes] = {}
    problems: list[Diagnostic] = []
    taken = _Taken(reserved)
    for theme in reversed(dirs):
        base = theme / "assets"
        if not base.is_dir():
            continue
        within = os.path.realpath(theme)
        unreadable: list[Path] = []
        listed = tree(base, unreadable)
        problems += [warning(Pos(_shown_path(str(folder), root)),
                             "theme assets not published: the folder cannot be read", "make it readable (chmod a+rx)")
                     for folder in sorted(unreadable)]
        for path in listed:
            rel = path.relative_to(base)
            if len(rel.parts) > MAX_FOLDER_DEPTH:  # as in media/: an accident (or a trap), not a theme
                if path.is_file():
                    problems.append(warning(Pos(_shown_path(str(path), root)),
                                            f"theme asset not published: more than {MAX_FOLDER_DEPTH} folders deep"))
                continue
            if path.is_symlink() and path.is_dir() and not any(part.startswith(".") for part in rel.parts):
                # not entered (tree): its files would be published from wherever it leads
                problems.append(warning(Pos(_shown_path(str(path), root)),
                                        "theme assets not published: a link to a folder is not followed",
                                        "put the files themselves under templates/assets/"))
                continue
            if path.is_file() and not any(part.startswith(".") for part in rel.parts):
                # As in content/: a link that leads out of the theme would publish a file
                # nobody put in the site (~/.ssh/id_ed25519 as assets/logo.png).
                if problem := refusal(str(path), within, "templates/"):
                    problems.append(error(Pos(_shown_path(str(path), root)), f"theme asset not published: {problem}",
                                          refusal_hint(problem).replace("content/", "templates/")))
                    continue
                name = f"assets/{rel.as_posix()}"
                if clash := taken.clash(name):
                    problems.append(error(Pos(_shown_path(str(path), root)), f"theme asset not published: {clash}",
                                          "rename it, or the folder it is in"))
                    continue
                try:
                    assets[name] = path.read_bytes()
                except OSError as exc:  # unreadable (chmod 000), or gone since the listing
                    problems.append(error(Pos(_shown_path(str(path), root)),
                                          f"cannot read theme asset: {exc.strerror or exc}"))
                    continue
        taken.add(assets)  # the next theme's files may not make folders of these, nor files of their folders
    return dict(sorted(assets.items())), problems


class _Taken:
    """Published file names, and the folders they are in."""

    def __init__(self, names: Iterable[str]) -> None:
        self.files: set[str] = set()
        self.folders: set[str] = set()
        self.add(names)

    def add(self, names: Iterable[str]) -> None:
        for name in names:
            self.files.add(name)
            parts = name.split("/")
            self.folders.update("/".join(parts[:i]) for i in range(1, len(parts)))

    def clash(self, name: str) -> str:
        if name in self.folders:
            return f"the built-in theme publishes a folder at {name}"
        parts = name.split("/")
        above = next((f for f in ("/".join(parts[:i]) for i in range(1, len(parts))) if f in self.files), None)
        return f"the built-in theme publishes a file at {above}, which cannot be a folder too" if above else ""


# Notes kept beside templates (README.md, LICENSE): not meant to be used by a page.
_NOTES = re.compile(r"(?i)(?:readme|licen[cs]e|copying|changelog|notes?)(?:\.\w+)?|.*\.md")


def unused_templates(dirs: tuple[Path, ...], loaded: Container[str], root: Path = Path(".")) -> list[Diagnostic]:
    """A warning for each file of the site's own templates/ that no page uses: not under
    assets/, not named as a built-in template is (overriding it), and loaded by no page's
    template. A stylesheet at templates/briefing.css overrides nothing, without a word."""
    builtin = dirs[-1]
    theirs = {p.relative_to(builtin).as_posix() for p in tree(builtin) if p.is_file()}
    problems = []
    for theme in dirs[:-1]:
        paths = [(path, path.relative_to(theme).as_posix()) for path in tree(theme)]
        # A file a used template is a link to, or is in a linked folder of, is used too
        # ("report.html" → "real/report.html"; "partials" → "my-partials"). (realpath, not
        # resolve: a link loop is no error here.)
        linked = {os.path.realpath(theme / name) for name in (*theirs, *loaded)}
        for path, rel in paths:
            if rel.split("/")[0] == "assets" or rel in theirs or rel in loaded or not path.is_file() \
                    or any(is_temporary(part) for part in rel.split("/")) or _NOTES.fullmatch(path.name) \
                    or os.path.realpath(path) in linked:
                continue
            asset = next((name for name in sorted(theirs) if name.startswith("assets/")
                          and name.rsplit("/", 1)[-1] == path.name), "")
            # A typo in a name ("bref.html"), told by the stems of names in the same folder:
            # ".html" or "partials/" alone makes names look alike.
            folder, _, name = rel.rpartition("/")
            stems = {n.rpartition("/")[2].rsplit(".", 1)[0]: n for n in theirs
                     if not n.startswith("assets/") and n.rpartition("/")[0] == folder}
            close = difflib.get_close_matches(name.rsplit(".", 1)[0], sorted(stems), n=1, cutoff=0.6)
            hint = (f"did you mean templates/{asset}? Files the site publishes as they are go in assets/" if asset
                    else f'did you mean "{stems[close[0]]}"?' if close else "a file here overrides the built-in template of its name, or is loaded "
                                  "({% include %}, {% import %}, {% extends %}) by one")
            problems.append(warning(Pos(_shown_path(str(path), root)), "not used: no page's template is this "
                                    "file or loads it", hint))
    return problems

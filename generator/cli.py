"""The `briefing` command: argument parsing and terminal output only.

Everything else is a call into `build.build_site` or `scaffold`; diagnostics come back as
values and are printed here, as text (with colour on a terminal), JSON or GitHub
annotations. Exit status: 0 fine, 1 errors in the content, 2 wrong usage.

Each command imports its machinery when it runs: `briefing build` with nothing to do needs
only the last build's record, and importing the whole pipeline (Jinja, markdown-it, folium,
the preview server) first would cost more than that answer (~0.35 s, against 0.05 s for
the answer at 1,000 reports and 0.4 s at 10,000).
"""

from __future__ import annotations

import argparse
import atexit
import contextlib
import datetime as dt
import errno
import os
import shlex
import signal
import stat
import sys
import tempfile
import threading
import webbrowser
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text

from generator import __version__, collector
from generator.diagnostics import Diagnostic, format_github, format_text, sorted_unique, strip_control, to_json
from generator.filestate import current_umask
from generator.parallel import WorkerLost, available_cores
from generator.progress import no_progress
from generator.result import BuildResult

if TYPE_CHECKING:
    from generator.model import ResolvedSite
    from generator.serve import Rebuild


def run() -> None:
    """The `briefing` command and `python -m generator`: main(), then an exit without Python's
    own teardown, which frees every object and module one by one: ~0.1 s of a one-report
    edit at 10,000 reports, a tenth of it, for memory the system takes back at once. The exit
    handlers run first (a pool's, logging's) and then output is flushed; threads still at
    work are waited for as usual."""
    collector.exit_without_teardown()  # and what is held to the end is not freed before it either
    status = main()
    if any(not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        raise SystemExit(status)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):  # last: what the handlers printed too
        with contextlib.suppress(OSError, ValueError):  # a reader gone, or the stream closed
            stream.flush()
    os._exit(status)


def _standard_streams() -> None:
    """Started with standard input, output or error closed (`briefing build >&-`), the
    command reads and writes the null device there instead. Otherwise Python has no stream
    to print to (sys.stdout is None), and the first file the build opens would take the
    closed descriptor: anything written to it (a worker's dying words) would land in a page."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
    if sys.stdout is None:
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
    if sys.stderr is None:
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill`, `timeout`, a CI runner cancelling a job) or SIGHUP (the terminal
    closed): the build stops as Ctrl-C stops it, its staging folder removed and its workers
    ended, the output as it was."""

    def __init__(self, signum: int = signal.SIGTERM) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, _frame: object) -> None:
    raise Terminated(signum)


STOPPING = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None)


def main(argv: list[str] | None = None) -> int:
    _standard_streams()
    args = _parser().parse_args(argv)
    # A terminal or CI runner that cannot show a character (Hangul under LC_ALL=C with
    # PYTHONUTF8=0, a Windows code page) gets an escape for it, not a UnicodeEncodeError.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    console = Console(stderr=True, highlight=False)
    # (signal handlers belong to the main thread: a test may run a command in another)
    in_main = threading.current_thread() is threading.main_thread()
    previous = {signum: signal.signal(signum, _terminate) for signum in STOPPING} if in_main else {}
    try:
        status = args.run(args, console)
        sys.stdout.flush()  # here, where a closed pipe can still be caught, not at exit
        return status
    except KeyboardInterrupt as exc:
        terminated = isinstance(exc, Terminated)
        console.print("terminated" if terminated else "interrupted", style="yellow")
        # as a shell reports a command ended by the signal: 143 (SIGTERM), 129 (SIGHUP), 130 (SIGINT)
        return 128 + int(exc.signum if isinstance(exc, Terminated) else signal.SIGINT)
    except WorkerLost as exc:  # (the out-of-memory killer, most likely: nothing was written)
        console.print(Text(f"error: {exc}; nothing was written, the previous site is unchanged", style="red"),
                      Text("  hint: if the system ran out of memory, build with fewer workers (-j 1)"))
        return 1
    except BrokenPipeError:
        # `briefing check --format json | head -1`: the reader has what it wanted. Python
        # flushes stdout again at exit; pointed at /dev/null, that flush cannot fail.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # as a shell reports a command ended by SIGPIPE
    except OSError as exc:  # a file named (a path too long, say), or else the command's own output (> /dev/full)
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        what = f"{exc.strerror or exc}: {exc.filename}" if exc.filename else f"cannot write the output: {exc.strerror or exc}"
        console.print(Text(f"error: {strip_control(what)}", style="red"))
        return 1
    finally:
        for signum, handler in previous.items():
            if handler is not None:  # (None: a handler not set from Python, not ours to restore)
                signal.signal(signum, handler)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefing", description="Build briefing sites whose every claim cites its source.")
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="build site/ from content/")
    _root_option(build)
    build.add_argument("--out", type=Path, help="output folder (default: ROOT/site)")
    build.add_argument("--strict", action="store_true", help="treat warnings as errors")
    build.add_argument("-j", "--jobs", type=_positive, default=available_cores(), metavar="N",
                       help="read, locate quotes and render in N processes (default and most: one per core)")
    build.set_defaults(run=_build)

    check = commands.add_parser("check", help="validate the content without writing anything")
    _root_option(check)
    check.add_argument("--format", choices=("text", "json", "github"), default="text")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check.add_argument("-j", "--jobs", type=_positive, default=available_cores(), metavar="N",
                       help="read, locate quotes and render in N processes (default and most: one per core)")
    check.set_defaults(run=_check)

    serve = commands.add_parser("serve", help="preview the site with live reload (never writes site/)")
    _root_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=_port, default=8000, help="port (default: 8000; 0 picks a free one)")
    serve.add_argument("--open", action="store_true", help="open the site in a web browser")
    serve.set_defaults(run=_serve)

    init = commands.add_parser("init", help="start a new briefing site in DIR")
    init.add_argument("directory", type=_new_folder, metavar="DIR", nargs="?",
                      help="the new site's folder (relative to --root, if given)")
    # Every command takes --root: here it is where DIR is, or the new site itself without one.
    init.add_argument("--root", type=_site_root, help="the folder DIR is in, or the new site's folder without DIR")
    init.set_defaults(run=_init, usage_error=init.error)

    new = commands.add_parser("new", help="scaffold a report or a brief")
    new.add_argument("kind", choices=("report", "brief"))
    new.add_argument("name", type=_text,
                     help='the id, used as the file name, or a title ("Rice prices in Hyesan") that names it')
    _root_option(new)
    new.set_defaults(run=_new)

    email = commands.add_parser("email", help="export a brief as one self-contained e-mail file")
    email.add_argument("brief", metavar="BRIEF", help="a brief id, or the path to the brief's YAML file")
    _root_option(email)
    email.add_argument("--out", type=Path, metavar="FILE", help="write to FILE (default, or -: standard output)")
    form = email.add_mutually_exclusive_group()
    form.add_argument("--text", action="store_true", help="plain text instead of HTML")
    form.add_argument("--eml", action="store_true", help="a whole message: text and HTML parts, the brief attached")
    email.add_argument("--to", action="append", type=_text, default=[], metavar="ADDR",
                       help="with --eml: a recipient (repeatable)")
    email.add_argument("--from", dest="sender", type=_text, default="", metavar="ADDR",
                       help="with --eml: the sender (default: email.from in site.yaml)")
    email.add_argument("--subject", type=_text, default="", metavar="S",
                       help="with --eml: the subject (default: the brief's title)")
    email.set_defaults(run=_email, usage_error=email.error)
    return parser


def _root_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=_site_root, default=Path("."), help="the site folder holding content/ (default: .)")


def _new_folder(text: str) -> Path:
    """init's DIR: not "", which pathlib reads as "." (an unset $DIR in a script would make
    the current folder a site)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("the new site's folder is an empty name: write its name, or . for this folder")
    return Path(text)


def _site_root(text: str) -> Path:
    """--root as a path, refused here when it cannot even be looked at: pathlib's is_dir()
    answers False for a missing folder but raises for a name too long or a folder this user
    may not enter, and that was a traceback."""
    path = Path(text)
    try:
        os.stat(path / "content")
    except FileNotFoundError:
        pass  # no site there: each command says so in its own words
    except NotADirectoryError:  # ("--root content/site.yaml" was "content/site.yaml/content: no content/ folder")
        raise argparse.ArgumentTypeError(f"{strip_control(text)[:80]!r} is a file, not a folder: --root takes the "
                                         "site's folder, the one that holds content/") from None
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot look in {strip_control(text)[:80]!r}: {exc.strerror or exc}") from None
    return path


def _text(text: str) -> str:
    """An argument that is text, not a file name: bytes that are not UTF-8 (typed in a Latin-1
    terminal) reach Python as lone surrogates, which no file or header can hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        shown = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        raise argparse.ArgumentTypeError(f'not UTF-8 text: "{shown}"; set the terminal to UTF-8') from None
    return text


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port from 0 to 65535, not {text!r}")
    return value


def _build(args: argparse.Namespace, console: Console) -> int:
    from generator.persist import build_persistent
    from generator.progress import TerminalProgress
    from generator.write import MARKER

    progress = TerminalProgress(console) if console.is_terminal else contextlib.nullcontext(no_progress)
    with progress as shown:
        result = build_persistent(args.root, args.out, strict=args.strict, workers=args.jobs, progress=shown,
                                  on_wait=lambda: console.print("another build of this site, or into the same output, "
                                                                "is running: waiting for it to end", style="yellow",
                                                                soft_wrap=True))
    _print_first_warnings(result.diagnostics, args.root, console)
    _print_summary(result, console, wrote=True, previous=((args.out or args.root / "site") / MARKER).is_file())
    return 0 if result.ok else 1


def _check(args: argparse.Namespace, console: Console) -> int:
    from generator.persist import check_site
    from generator.progress import TerminalProgress

    # (the bars go to stderr, with the messages: a --format's stdout stays clean)
    progress = TerminalProgress(console) if console.is_terminal else contextlib.nullcontext(no_progress)
    with progress as shown:
        result = check_site(args.root, strict=args.strict, workers=args.jobs, progress=shown,
                            on_wait=lambda: console.print("a build of this site is running: waiting for it to end",
                                                          style="yellow", soft_wrap=True))
    if args.format == "json":
        print(to_json(result.diagnostics))
    elif args.format == "github":
        for d in result.diagnostics:
            print(format_github(d, args.root))
    else:
        _print_diagnostics(result.diagnostics, args.root, console)
        _print_summary(result, console, wrote=False)
    return 0 if result.ok else 1


def _serve(args: argparse.Namespace, console: Console) -> int:
    from generator.serve import PreviewServer, is_loopback, listens_everywhere

    def report(rebuild: Rebuild) -> None:
        _print_first_warnings(list(rebuild.fresh), args.root, console)
        _print_rebuild(rebuild, console)

    # Rebuilds hold the GIL for long stretches; the threads that send an open page its update
    # (rendered ahead of the rest of the build) must get their turn within 1 ms, not Python's
    # default 5 ms, several times per message.
    sys.setswitchinterval(0.001)
    if not args.root.is_dir():  # a mistyped --root: nothing there to watch (a site may lack content/ as yet)
        what = f"{args.root} is not a folder" if args.root.exists() else f"no folder {args.root}"
        console.print(Text(f"error: {what}: give the site's folder with --root "
                           "(`briefing init DIR` makes a new site)", style="red"), soft_wrap=True)
        return 1
    try:
        server = PreviewServer(args.root, args.host, args.port, report)
    except OSError as exc:
        why = ("; another server may be using it (--port 0 picks a free port)"
               if exc.errno == errno.EADDRINUSE else "")
        console.print(Text(f"error: cannot listen on {args.host} port {args.port}: {exc.strerror or exc}{why}",
                           style="red"), soft_wrap=True)
        return 1
    try:
        if not is_loopback(args.host):
            where = "every address" if listens_everywhere(args.host) else args.host
            console.print(Text(f"warning: listening on {where}: other machines can read the preview",
                               style="yellow"))
        server.start()
        console.print(Text(f"serving {args.root.resolve()} at {server.url} (Ctrl-C to stop)", style="bold"),
                      soft_wrap=True)
        if args.open and not webbrowser.open(server.url):
            console.print(Text(f"no browser found to open: go to {server.url}", style="yellow"), soft_wrap=True)
        threading.Event().wait()  # the server, watcher and rebuilds run in their own threads
    except KeyboardInterrupt:
        console.print("stopped")
    finally:
        server.close()
    return 0


def _print_rebuild(rebuild: Rebuild, console: Console) -> None:
    """One line per build: what set it off, how long it took, what it changed."""
    result = rebuild.result
    errors, warnings = len(result.errors), len(result.warnings)
    counts = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    cause = ", ".join(strip_control(c.path) for c in rebuild.changes[:3]) + (" …" if len(rebuild.changes) > 3 else "")
    what = f"rebuilt after {cause}" if rebuild.changes else "built"
    if not result.ok:
        meanwhile = "still serving the last good pages" if rebuild.serving else "no pages until a build succeeds"
        console.print(Text(f"{what}: failed in {result.seconds:.2f} s; {counts}; {meanwhile}", style="bold red"),
                      soft_wrap=True)
        return
    pages = sum(1 for path in result.paths if path.endswith(".html"))
    told = f"{rebuild.told} open page{'s' * (rebuild.told != 1)} told"
    detail = f"{len(result.rendered)} rendered, {len(rebuild.changed)} files changed, {told}"
    console.print(Text(f"{what}: {pages} pages in {result.seconds:.2f} s ({detail}); {counts}", style="green"),
                  soft_wrap=True)


def _init(args: argparse.Namespace, console: Console) -> int:
    from generator.scaffold import ScaffoldError, init_site

    if args.directory is None and args.root is None:
        args.usage_error("the new site's folder is missing: briefing init DIR (or --root DIR)")
    if args.directory is not None and args.root is not None and args.directory.is_absolute():
        # pathlib would drop --root without a word: the user meant one of the two folders
        args.usage_error(f"DIR {strip_control(str(args.directory))} is a full path, so --root "
                         f"{strip_control(str(args.root))} would be ignored: give only one of them")
    folder = (args.root or Path(".")) / args.directory if args.directory is not None else args.root
    try:
        created = init_site(folder, dt.date.today())
    except (ScaffoldError, OSError) as exc:
        console.print(Text(f"error: {_in_words(exc)}", style="red"), soft_wrap=True)
        return 1
    for path in created:
        console.print(Text(f"wrote {strip_control(str(path))}"))
    # (a name that starts with "-" would be read by cd as an option: "cd ./-dash")
    shown = shlex.quote(str(folder) if not str(folder).startswith("-") else f"./{folder}")
    # (a name with a line break or other control character cannot be pasted back as shown)
    where = f"cd {shown} && " if strip_control(shown) == shown else "in the new folder, "
    console.print(Text(f"next: {where}briefing build", style="bold"))
    return 0


def _in_words(exc: Exception) -> str:
    """An error as a sentence: "cannot create …/content: File name too long", not "[Errno 36]
    File name too long: '…/content'"."""
    if not isinstance(exc, OSError) or not exc.strerror:
        return strip_control(str(exc))
    where = f"cannot create {exc.filename}: " if exc.filename else ""
    return strip_control(f"{where}{exc.strerror}")


def _new(args: argparse.Namespace, console: Console) -> int:
    from generator.scaffold import ScaffoldError, new_file

    try:
        path = new_file(args.root, args.kind, args.name, dt.date.today())
    except (ScaffoldError, OSError) as exc:
        console.print(Text(f"error: {_in_words(exc)}", style="red"), soft_wrap=True)
        return 1
    console.print(Text(f"created {strip_control(str(path))}"))
    return 0


def _email(args: argparse.Namespace, console: Console) -> int:
    if not args.eml and (args.to or args.sender or args.subject):
        args.usage_error("--to, --from and --subject go with --eml")
    if args.eml and not args.to:
        args.usage_error("--eml needs --to ADDR")
    from generator.build import index_site
    from generator.export import ExportRequest, export_brief, find_brief
    from generator.store import CACHE_DIR

    args.root = _site_of(args.brief, args.root)
    indexed, diagnostics = index_site(args.root)
    data = b""
    if indexed is not None:
        form = "eml" if args.eml else "text" if args.text else "html"
        request = ExportRequest(args.brief, form, tuple(args.to), args.sender, args.subject)
        data, problems = export_brief(indexed.site, indexed.index, args.root, request)
        brief_id, _ = find_brief(indexed.site, args.root, args.brief)
        # The site's errors stop the export; of its warnings, those about another brief or a
        # report this one does not cite are not about what is exported.
        shown = _shown_in(indexed.site, brief_id) if brief_id is not None else frozenset()
        diagnostics = sorted_unique([*(d for d in diagnostics if d.is_error or d.pos.path in shown
                                       or not d.pos.path.startswith(("content/reports/", "content/briefs/"))),
                                     *problems])
    _print_diagnostics(diagnostics, args.root, console)
    if not data or any(d.is_error for d in diagnostics):
        console.print(Text("e-mail export failed; nothing was written", style="bold red"))
        return 1
    if args.out is None or str(args.out) == "-":  # "-": standard output, as other tools read it
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    target = args.out.resolve()
    shown = strip_control(str(args.out))
    for own in ("content", "templates", "site", CACHE_DIR):
        # As `briefing build --out`: an export must never overwrite the site's own sources
        # (`--out content/site.yaml` would replace the site's settings with HTML), nor a page
        # of its built site (`--out site/index.html`), which only a build writes, nor its cache.
        if target.is_relative_to((args.root / own).resolve()):
            console.print(Text(f"error: will not write {shown}: it is inside the site's {own}/ folder", style="red"),
                          soft_wrap=True)
            console.print(Text("e-mail export failed; nothing was written", style="bold red"))
            return 1
    try:
        _write_whole(args.out, data)
    except OSError as exc:
        console.print(Text(f"error: cannot write {shown}: {strip_control(exc.strerror or str(exc))}", style="red"))
        console.print(Text("e-mail export failed; nothing was written", style="bold red"))
        return 1
    console.print(Text(f"wrote {shown} ({len(data):,} bytes)", style="green"))
    return 0


def _shown_in(site: ResolvedSite, brief_id: str) -> frozenset[str]:
    """The brief's file and those of the reports it cites: what its e-mail shows of content/."""
    brief = site.briefs[brief_id]
    cited = {c.report for claim in brief.claims for c in claim.citations}
    return frozenset({brief.brief.path, *(site.reports[r].report.path for r in cited if r in site.reports)})


def _write_whole(path: Path, data: bytes) -> None:
    """Write `data` to a regular file (or a new one) through a temporary file beside it, so
    that a full disk leaves the old file whole, and a hard link to it (a site's own file,
    linked elsewhere) is never written through. Anything else (/dev/stdout, a pipe) is
    written to as it is; a link, where it leads."""
    try:
        found = os.stat(path)  # as given: /dev/stdout leads through /proc to a pipe or a file
    except FileNotFoundError:
        found = None
    own = next((stream for stream in (sys.stdout, sys.stderr) if found is not None and _open_fd(stream.fileno())
                and os.path.samestat(found, os.fstat(stream.fileno()))), None)
    if own is not None:  # this command's own output (--out /dev/stdout >> all.html): never truncated
        own.flush()
        own.buffer.write(data)
        own.flush()
        return
    if found is not None and stat.S_ISFIFO(found.st_mode):
        _write_to_pipe(path, data)
        return
    if found is not None and not stat.S_ISREG(found.st_mode):
        path.write_bytes(data)  # a device
        return
    path = Path(os.path.realpath(path))
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        if path.exists():
            os.chmod(temp, stat.S_IMODE(path.stat().st_mode))
        else:
            os.chmod(temp, 0o666 & ~current_umask())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _write_to_pipe(path: Path, data: bytes) -> None:
    """Write to a named pipe that something reads from; one nothing reads from would block
    the command for ever: an error instead (opened without waiting, it says ENXIO)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise OSError(exc.errno, "it is a named pipe that nothing reads from") from None
        raise
    os.set_blocking(fd, True)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _open_fd(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def _site_of(brief: str, root: Path) -> Path:
    """The site holding a brief given by path (`briefing email proj/content/briefs/x.yaml`),
    when `root` holds none; else `root`."""
    path = Path(brief)
    try:
        if (root / "content").is_dir() or path.suffix not in (".yaml", ".yml") or not path.is_file():
            return root
    except OSError:  # a name too long, a folder this user may not enter: not a brief's file
        return root
    # Lexically, not resolved: content/ may itself be a link to a folder elsewhere (as the
    # warning about linked files advises), and the site is the folder holding the link.
    folders = Path(os.path.abspath(path)).parents
    return next((f.parent for f in folders if f.name == "content" and f / "briefs" in folders), root)


# A build shows every error and its first warnings: an archive may hold tens of thousands
# of warnings (a report's every unlisted place, in an archive that lists few), which every
# build, a no-op one too, would print again: 4 s for 62,000 of them, 20 s on a terminal.
# `briefing check` lists them all.
WARNINGS_SHOWN = 200


def _print_first_warnings(diagnostics: list[Diagnostic], root: Path, console: Console) -> None:
    shown, warnings = [], 0
    for d in diagnostics:
        warnings += not d.is_error
        if d.is_error or warnings <= WARNINGS_SHOWN:
            shown.append(d)
    _print_diagnostics(shown, root, console)
    if (more := warnings - WARNINGS_SHOWN) > 0:
        console.print(Text(f"… and {more} more warning{'s' * (more != 1)}: briefing check lists every one",
                           style="yellow"), soft_wrap=True)


def _print_diagnostics(diagnostics: list[Diagnostic], root: Path, console: Console) -> None:
    # One print of one Text, or plain text where nothing is styled (a log, CI): a print per
    # line cost 0.35 ms, 0.8 s for an archive's 2,300 warnings on every build, a no-op one too.
    try:
        here: str | None = os.getcwd()
    except FileNotFoundError:  # deleted under the command: paths are then the site's own
        here = None
    if not console.is_terminal:
        if diagnostics:
            console.file.write("".join(format_text(d, root, relative_to=here) + "\n" for d in diagnostics))
            console.file.flush()
        return
    text = Text()
    for d in diagnostics:
        first, _, rest = format_text(d, root, relative_to=here).partition("\n")
        location, _, message = first.partition(f": {d.severity.value}: ")
        text.append(location + ": ", style="bold")
        text.append(d.severity.value, style="bold red" if d.is_error else "bold yellow")
        text.append(": " + message + "\n")
        if rest:
            text.append(rest + "\n", style="dim")
    if diagnostics:
        text.rstrip()
        console.print(text, soft_wrap=True)


def _print_summary(result: BuildResult, console: Console, *, wrote: bool, previous: bool = False) -> None:
    """The one line every build or check ends with; `previous`: whether a built site was
    there before this build (which a failed build leaves as it was)."""
    errors, warnings = len(result.errors), len(result.warnings)
    counts = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    if not result.ok:
        tail = ("; nothing was written" + (", the previous site is unchanged" if previous else "")) if wrote else ""
        console.print(Text(f"{'build' if wrote else 'check'} failed in {result.seconds:.2f} s: {counts}{tail}",
                           style="bold red"), soft_wrap=True)
        return
    pages = sum(1 for path in result.paths if path.endswith(".html"))
    if wrote and result.written is not None:
        w = result.written
        detail = f"{len(w.written)} written, {len(w.unchanged)} unchanged, {len(w.removed)} removed"
        console.print(Text(f"built {pages} pages ({detail}) in {result.seconds:.2f} s; {counts}", style="green"), soft_wrap=True)
    else:
        console.print(Text(f"checked {pages} pages in {result.seconds:.2f} s; {counts}", style="green"), soft_wrap=True)

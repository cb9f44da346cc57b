"""The `briefing` command as a user runs it: exit codes and what it prints."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest
import yaml

from conftest import MINIMAL, REPO, make_site

from generator.diagnostics import display_width


def _run(*args: str, cwd=None, **env: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "PYTHONPATH": str(REPO), **env}
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True,
                          cwd=cwd or REPO, env=env, timeout=120)


NO_OP_PROBE = """
import sys
from generator.cli import main
status = main(["build", "--root", sys.argv[1]])
heavy = ("jinja2", "markdown_it", "folium", "yaml", "generator.build", "generator.citations", "rich.progress",
         "importlib.metadata", "email")
print(status, sorted(name for name in heavy if name in sys.modules))
"""


def test_a_build_with_nothing_to_do_imports_none_of_the_pipeline(tmp_path):
    """Its answer comes from the last build's record: importing the pipeline (Jinja,
    markdown-it, folium, the citation rules), the progress bars it does not draw or
    importlib.metadata would cost more than the answer."""
    root = make_site(tmp_path, {})
    time.sleep(0.1)  # past the window in which a file's stat cannot vouch for it (filestate.is_racy)
    assert _run("build", "--root", str(root)).returncode == 0
    done = subprocess.run([sys.executable, "-c", NO_OP_PROBE, str(root)], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    assert done.stdout.strip() == "0 []", done.stderr
    assert "(0 written" in done.stderr


RUN_PROBE = """
import atexit, sys, threading, time
from generator.cli import run
atexit.register(lambda: print("exit handler ran"))  # not flushed
from generator import collector
atexit.register(lambda: print("held to the end:", *(type(v).__name__ for v in collector._to_exit)))
if sys.argv[2] == "thread":
    threading.Thread(target=lambda: (time.sleep(0.3), print("thread finished", flush=True))).start()
sys.argv = ["briefing", "build", "--root", sys.argv[1]]
run()
"""


@pytest.mark.parametrize("thread", ["thread", "alone"])
def test_the_command_exits_with_main_status_after_output_handlers_and_threads(tmp_path, thread):
    """`briefing` skips Python's teardown (cli.run), never what it would do first: exit
    handlers run, what they print is written, a thread at work is waited for. The build's
    cache is not freed before the end either."""
    root = make_site(tmp_path, {"content/briefs/bad.yaml": "title: [unclosed\n"})
    done = subprocess.run([sys.executable, "-c", RUN_PROBE, str(root), thread], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    assert done.returncode == 1 and "bad.yaml:1:" in done.stderr  # an error in the content: status 1
    lines = done.stdout.splitlines()
    assert lines[-1] == "exit handler ran"
    assert "held to the end: BuildCache" in lines  # the cache, never freed object by object
    assert ("thread finished" in lines) == (thread == "thread")


CLOSED_PROBE = """
import os, sys
for fd in map(int, sys.argv[2].split(",")):
    os.close(fd)
from generator.cli import main
status = main(["build", "--root", sys.argv[1], "-j", "2"])
with open(sys.argv[3], "w") as log:  # which file each standard descriptor is, once the build is done
    print(status, *(os.path.realpath(f"/proc/self/fd/{fd}") for fd in (0, 1, 2)), file=log)
"""


@pytest.mark.parametrize("closed", ["1", "2", "0", "0,1,2"])
def test_a_command_started_with_its_standard_streams_closed_builds_and_writes_nothing_there(tmp_path, closed):
    """`briefing build >&-`: the build is made and exits 0, no traceback (there was one, from
    flushing an output that is None), and a closed descriptor is the null device, never a
    file of the build's that a worker's message would be written into."""
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("needs /proc/self/fd to see which file a descriptor is")
    root = make_site(tmp_path, {})
    log = tmp_path / "fds.txt"
    done = subprocess.run([sys.executable, "-c", CLOSED_PROBE, str(root), closed, str(log)], capture_output=True,
                          text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    status, *files = log.read_text().split()
    assert status == "0" and (root / "site/briefs/b1/index.html").is_file()
    for fd in map(int, closed.split(",")):
        assert files[fd] == os.devnull
    if "2" not in closed:
        assert "built " in done.stderr  # the summary still reaches an open stderr


SIGNAL_PROBE = """
import signal, sys
import generator.build as build, generator.persist as persist
from generator.cli import main
module, name = (build, "render_site") if sys.argv[2] == "rendering" else (persist, "_record")
real = getattr(module, name)
def arrives(*args, **kwargs):  # the signal comes as the build reaches this step
    signal.raise_signal(getattr(signal, sys.argv[3]))
    return real(*args, **kwargs)
setattr(module, name, arrives)
sys.exit(main(["build", "--root", sys.argv[1]]))
"""


@pytest.mark.parametrize("when, signum, status, said, title", [
    ("rendering", "SIGTERM", 143, "terminated", "Old"),  # `kill`, `timeout`, a CI job cancelled
    ("rendering", "SIGHUP", 129, "terminated", "Old"),  # the terminal closed
    ("rendering", "SIGINT", 130, "interrupted", "Old"),
    # once the new site is in place, what is left (the cache saved, the summary) finishes
    ("saving", "SIGTERM", 0, "built 10 pages", "New"),
    ("saving", "SIGINT", 0, "built 10 pages", "New"),
])
def test_a_build_stopped_by_a_signal_leaves_the_output_whole_and_says_so(tmp_path, when, signum, status, said,
                                                                          title):
    root = make_site(tmp_path, {"content/site.yaml": "title: Old\nbase_url: https://t.example/\n"})
    assert _run("build", "--root", str(root)).returncode == 0
    (root / "content/site.yaml").write_text("title: New\nbase_url: https://t.example/\n")
    # Started as a terminal starts it: a suite run in the background (`… &`, nohup) would
    # hand it SIGINT ignored, and Ctrl-C then rightly does nothing.
    done = subprocess.run([sys.executable, "-c", SIGNAL_PROBE, str(root), when, signum], capture_output=True,
                          text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert done.returncode == status and said in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert f"<title>{title}</title>" in (root / "site/index.html").read_text()
    assert sorted(p.name for p in root.iterdir() if "briefing-" in p.name) == [".briefing-cache"]  # no staging left


EARLY_PROBE = """
import os, signal, sys
class Interrupt:  # Ctrl-C while the command's modules are still being imported
    def find_spec(self, name, path, target=None):
        if name == "generator.cli":
            signal.raise_signal(signal.SIGINT)
        return None
sys.meta_path.insert(0, Interrupt())
sys.argv = ["briefing", "build", "--root", sys.argv[1]]
from generator.__main__ import run
run()
"""


def test_ctrl_c_while_the_command_starts_says_interrupted_without_a_traceback(tmp_path):
    root = make_site(tmp_path, {})
    done = subprocess.run([sys.executable, "-c", EARLY_PROBE, str(root)], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert (done.returncode, done.stderr) == (130, "interrupted\n")
    assert not (root / "site").exists()


TERM_IN_POOL_PROBE = """
import os, signal, sys, time
import generator.parallel as parallel
from generator.cli import main
real_chunk, real_result = parallel._run_chunk, parallel.Team.result
def run_chunk(bounds):  # each worker says who it is
    with open(sys.argv[2], "a") as log:
        print(os.getpid(), file=log)
    return real_chunk(bounds)
def result(team, index):  # SIGTERM comes as the build waits for this chunk of its first pool
    if index == int(sys.argv[3]):
        # once a worker is at work: for chunk 0 the wait can begin before any worker has started
        # (and has written its pid: the file exists a moment before, and a worker killed then
        # leaves it empty, which a loaded machine made happen once)
        for _ in range(3000):
            if os.path.exists(sys.argv[2]) and os.path.getsize(sys.argv[2]):
                break
            time.sleep(0.01)
        signal.raise_signal(signal.SIGTERM)
    return real_result(team, index)
parallel._run_chunk, parallel.Team.result = run_chunk, result
sys.exit(main(["build", "--root", sys.argv[1], "-j", "2"]))
"""


@pytest.mark.parametrize("chunk", [0, 1, 5])
def test_sigterm_while_the_workers_are_at_work_ends_them_and_the_build(tmp_path, chunk):
    """`timeout` stopping a build once in ~20 left it waiting forever (multiprocessing's pool
    waited for a lock an idle worker held), and every later build waiting for it."""
    if not sys.platform.startswith("linux") or not os.path.isdir("/proc/self") or os.cpu_count() < 2:
        pytest.skip("the workers are Linux's, on two cores")
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synth import generate

    generate(tmp_path / "site", 300, seed=2)
    workers = tmp_path / "workers.txt"
    done = subprocess.run([sys.executable, "-c", TERM_IN_POOL_PROBE, str(tmp_path / "site"), str(workers), str(chunk)],
                          capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                          timeout=120)
    assert (done.returncode, done.stderr.strip()) == (143, "terminated"), done.stderr
    pids = {int(pid) for pid in workers.read_text().split()}
    assert pids and not any(_alive(pid) for pid in pids)
    assert not (tmp_path / "site/site").exists()
    assert sorted(p.name for p in (tmp_path / "site").iterdir() if "briefing-" in p.name) == [".briefing-cache"]
    again = _run("build", "--root", str(tmp_path / "site"), "-j", "2")  # not waiting for a lock the first held
    assert again.returncode == 0, again.stderr


LOST_PROBE = """
import os, signal, sys
import generator.parallel as parallel
from generator.cli import main
def run_chunk(bounds):  # a helper killed at its first chunk, as the out-of-memory killer would
    os.kill(os.getpid(), signal.SIGKILL)
parallel._run_chunk = run_chunk
sys.exit(main(["build", "--root", sys.argv[1], "-j", "2"]))
"""


def test_a_worker_killed_mid_build_is_an_error_that_says_so_and_leaves_the_site_as_it_was(tmp_path):
    if not sys.platform.startswith("linux") or os.cpu_count() < 2:
        pytest.skip("the workers are Linux's, on two cores")
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synth import generate

    generate(tmp_path / "site", 300, seed=3)
    done = subprocess.run([sys.executable, "-c", LOST_PROBE, str(tmp_path / "site")], capture_output=True, text=True,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200"}, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "error: a worker of the build was stopped by signal 9 before it finished its work" in done.stderr
    assert not (tmp_path / "site/site").exists()
    assert sorted(p.name for p in (tmp_path / "site").iterdir() if "briefing-" in p.name) == [".briefing-cache"]


KILLED_PROBE = """
import os, sys, time
import generator.parallel as parallel
from generator.cli import main
real = parallel._run_chunk
def slow(bounds):  # each chunk a helper runs takes a while, and says which helper runs it
    with open(sys.argv[2], "a") as log:
        print(os.getpid(), file=log)
    time.sleep(0.4)
    return real(bounds)
parallel._run_chunk = slow
sys.exit(main(["build", "--root", sys.argv[1], "-j", "2"]))
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_workers_end_quietly_when_the_build_is_killed(tmp_path):
    """SIGKILL (the out-of-memory killer, `timeout -s KILL`) gives the build no chance to end
    its workers: they end with it, instead of finishing their work and printing a broken
    pipe's traceback over the user's prompt."""
    if not sys.platform.startswith("linux") or not os.path.isdir("/proc/self"):
        pytest.skip("the render pool and /proc are Linux's")
    sys.path.insert(0, str(REPO / "benchmarks"))
    from synth import generate

    generate(tmp_path / "site", 200, seed=1)
    workers = tmp_path / "workers.txt"
    with open(tmp_path / "stderr.txt", "w") as stderr:
        build = subprocess.Popen([sys.executable, "-c", KILLED_PROBE, str(tmp_path / "site"), str(workers)],
                                 stdout=subprocess.DEVNULL, stderr=stderr, cwd=REPO,
                                 env={**os.environ, "PYTHONPATH": str(REPO)})
        deadline = time.monotonic() + 120
        while not (workers.exists() and workers.read_text().split()) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert build.poll() is None, "the build ended before a helper started"
        build.kill()
        build.wait()
    pids = {int(pid) for pid in workers.read_text().split()}
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1)  # (a worker that lived on would print its traceback within its chunk's time)
    assert not any(_alive(pid) for pid in pids)
    assert "Traceback" not in (tmp_path / "stderr.txt").read_text()


def test_the_briefing_command_with_its_output_closed_exits_0(tmp_path):
    root = make_site(tmp_path, {})
    done = subprocess.run(f'"{sys.executable}" -m generator build --root "{root}" >&- 2>&-', shell=True,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    assert done.returncode == 0  # was 1: a traceback, into a closed stderr
    assert (root / "site/index.html").is_file()


def test_the_caret_sits_under_its_column_past_wide_and_combining_characters(tmp_path):
    # A terminal gives Hangul two columns, a combining accent none
    brief = MINIMAL["content/briefs/b1.yaml"].replace("topics: [steel]", "topics: [steel, \"cafe\u0301 함경\", Nowhere]")
    assert "Nowhere" in brief
    root = make_site(tmp_path, {"content/briefs/b1.yaml": brief})
    done = _run("build", "--root", str(root))
    lines = done.stderr.splitlines()
    at = next(i for i, line in enumerate(lines) if '"Nowhere"' in line and "error" in line)
    source, caret = lines[at + 1], lines[at + 2]
    assert display_width(source[:source.index("Nowhere")]) == caret.index("^"), (source, caret)


def test_build_prints_a_summary_and_exits_0(tmp_path):
    root = make_site(tmp_path, {})
    done = _run("build", "--root", str(root))
    assert done.returncode == 0, done.stderr
    assert "built" in done.stderr and "0 errors, 0 warnings" in done.stderr
    assert (root / "site" / "index.html").exists()


def test_errors_print_like_a_compiler_with_source_line_and_hint(tmp_path):
    root = make_site(tmp_path, {"content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace("report: r1", "report: r11")})
    done = _run("build", "--root", str(root))
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0] == 'content/briefs/b1.yaml:8:17: error: claim "c1" cites unknown report "r11"'
    assert lines[1].strip() == "8 |       - report: r11"
    assert lines[2].endswith("^") and lines[2].index("^") == lines[1].index("r11")
    assert lines[3] == '  hint: report "r1" has the quoted words: cite it instead of "r11"'
    assert "Traceback" not in done.stderr
    assert not (root / "site").exists()


def test_content_cannot_drive_the_terminal(tmp_path):
    evil = 'title: B1\ndate: 2024-01-02\nclaims:\n  - id: c1\n    text: x\n    sources:\n      - report: "\\e[31m[bold red]boom[/]"\n        quote: q\n'
    root = make_site(tmp_path, {"content/briefs/b1.yaml": evil})
    done = _run("build", "--root", str(root))
    assert done.returncode == 1
    assert "\x1b" not in done.stderr
    assert "[bold red]boom[/]" in done.stderr  # shown literally, not interpreted as markup


def test_check_json_and_github_formats(tmp_path):
    root = make_site(tmp_path, {"content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace("report: r1", "report: r2")})
    done = _run("check", "--root", str(root), "--format", "json")
    assert done.returncode == 1
    [item] = json.loads(done.stdout)
    assert (item["path"], item["line"], item["col"], item["severity"]) == ("content/briefs/b1.yaml", 8, 17, "error")
    gh = _run("check", "--root", str(root), "--format", "github")
    assert gh.stdout.startswith("::error file=content/briefs/b1.yaml,line=8,col=17::claim")
    assert not (root / "site").exists()


def test_check_after_a_build_says_what_it_said_before_and_writes_nothing(tmp_path):
    root = make_site(tmp_path, {"content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
        "runs a few days each year", "runs a few days each yaer")})  # a warning
    before = _run("check", "--root", str(root), "--format", "json", "-j", "1")
    assert before.returncode == 0 and json.loads(before.stdout), before.stderr
    assert not (root / ".briefing-cache").exists()
    assert _run("build", "--root", str(root)).returncode == 0
    cache = {p: p.stat().st_mtime_ns for p in (root / ".briefing-cache").iterdir()}
    after = _run("check", "--root", str(root), "--format", "json", "-j", "2")
    assert after.returncode == 0 and after.stdout == before.stdout
    assert {p: p.stat().st_mtime_ns for p in (root / ".briefing-cache").iterdir()} == cache
    text = _run("check", "--root", str(root))
    assert text.returncode == 0 and "0 errors, 1 warning" in text.stderr.splitlines()[-1]


def test_check_prints_hangul_and_controls_on_a_terminal_that_cannot_show_them(tmp_path):
    # A runner with an ASCII locale and UTF-8 mode off (or a Windows code page): each format
    # prints, with escapes, rather than ending in a UnicodeEncodeError.
    report = MINIMAL["content/reports/r1.md"].replace("topics: [steel]", r'topics: ["경제\u009b\u202e"]')
    root = make_site(tmp_path, {"content/reports/r1.md": report})
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8")}
    env.update(LC_ALL="C", LANG="C", PYTHONCOERCECLOCALE="0", PYTHONUTF8="0", NO_COLOR="1")
    for form in ("json", "github", "text"):
        done = subprocess.run([sys.executable, "-m", "generator", "check", "--root", str(root), "--format", form],
                              capture_output=True, cwd=REPO, env=env, timeout=120)
        assert done.returncode == 1 and b"Traceback" not in done.stderr, done.stderr
        assert done.stdout.isascii() and b"\x9b" not in done.stdout
    [item] = json.loads(subprocess.run([sys.executable, "-m", "generator", "check", "--root", str(root),
                                        "--format", "json"], capture_output=True, cwd=REPO, env=env).stdout)
    assert item["message"].startswith('unknown topic "경제')  # ASCII JSON, the same text


def test_a_build_where_there_is_no_site_writes_nothing_anywhere(tmp_path):
    (tmp_path / "empty").mkdir()
    for root in (tmp_path / "mistyped" / "root", tmp_path / "empty"):
        done = _run("build", "--root", str(root))
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "no content/ folder" in done.stderr and "1 error" in done.stderr  # not also site.yaml's absence
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["empty"]  # no cache folder, no site/


def test_serve_refuses_a_port_out_of_range_with_a_usage_error(tmp_path):
    done = _run("serve", "--root", str(tmp_path), "--port", "99999")
    assert done.returncode == 2 and "expected a port from 0 to 65535" in done.stderr and "Traceback" not in done.stderr


def test_serve_with_a_mistyped_root_stops_at_once_instead_of_serving_nothing(tmp_path):
    done = _run("serve", "--root", str(tmp_path / "mistyped"), "--port", "0")
    assert done.returncode == 1 and "Traceback" not in done.stderr and "serving" not in done.stdout + done.stderr
    assert f"no folder {tmp_path / 'mistyped'}" in done.stderr


def test_a_failed_build_says_whether_there_was_a_site_before_and_how_long_it_took(tmp_path):
    site = tmp_path / "s"
    assert _run("init", str(site)).returncode == 0
    (site / "content" / "site.yaml").write_text("title: [\n", encoding="utf-8")
    (site / "site").mkdir()
    (site / "site" / ".gitkeep").write_text("")  # a folder, but no site built there
    first = _run("build", "--root", str(site))
    assert first.returncode == 1 and sorted(p.name for p in (site / "site").iterdir()) == [".gitkeep"]
    assert re.search(r"build failed in \d+\.\d\d s: 1 error, 0 warnings; nothing was written$", first.stderr.strip())
    (site / "content" / "site.yaml").write_text("title: T\n", encoding="utf-8")
    assert _run("build", "--root", str(site)).returncode == 0
    (site / "content" / "site.yaml").write_text("title: [\n", encoding="utf-8")
    again = _run("build", "--root", str(site))
    assert again.stderr.strip().endswith("nothing was written, the previous site is unchanged")


def test_new_never_writes_through_a_link_to_a_folder_outside_content(tmp_path):
    site = tmp_path / "s"
    assert _run("init", str(site)).returncode == 0
    outside = tmp_path / "outside"
    outside.mkdir()
    for old in (site / "content" / "reports").iterdir():
        old.rename(outside / old.name)
    (site / "content" / "reports").rmdir()
    (site / "content" / "reports").symlink_to(outside)
    before = sorted(p.name for p in outside.iterdir())
    done = _run("new", "report", "escape test", "--root", str(site))
    assert done.returncode == 1 and "links to a folder outside content/" in done.stderr
    assert sorted(p.name for p in outside.iterdir()) == before


def test_init_then_new_then_build(tmp_path):
    site = tmp_path / "mysite"
    assert _run("init", str(site)).returncode == 0
    assert _run("init", str(site)).returncode == 1  # never overwrites
    assert _run("new", "report", "second-report", "--root", str(site)).returncode == 0
    assert _run("new", "brief", "../briefs/b2", "--root", str(site)).returncode == 1  # a path, not a name
    done = _run("build", "--root", str(site))
    # No made-up address: e-mails and the feed would link to it without a word.
    assert done.returncode == 0 and "0 errors, 1 warning" in done.stderr, done.stderr
    assert "base_url is not set" in done.stderr
    config = site / "content" / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("# base_url:", "base_url:"), encoding="utf-8")
    done = _run("build", "--root", str(site))
    assert done.returncode == 0 and "0 errors, 0 warnings" in done.stderr, done.stderr


def test_new_brief_in_a_site_with_no_report_is_refused_rather_than_left_unbuildable(tmp_path):
    root = make_site(tmp_path, {"content/reports/r1.md": None, "content/briefs/b1.yaml": None})
    done = _run("new", "brief", "first", "--root", str(root))
    assert done.returncode == 1 and "no report for a brief to cite" in done.stderr, done.stderr
    assert not (root / "content" / "briefs" / "first.yaml").exists()


def test_new_files_fit_the_site_they_join(tmp_path):
    # MINIMAL has topic "steel" only and one report: the new report takes that topic, and the
    # new brief quotes the newest report's opening words, found verified.
    root = make_site(tmp_path, {})
    old = root / "content" / "reports" / "r1.md"
    os.utime(old, (1_000_000, 1_000_000))
    done = _run("new", "report", "Rice prices in Hyesan: “up 20%”", "--root", str(root))
    assert done.returncode == 0, done.stderr
    path = root / "content" / "reports" / "rice-prices-in-hyesan-up-20.md"
    front = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
    assert (front["title"], front["topics"], front["language"]) == ("Rice prices in Hyesan: “up 20%”", ["steel"], "en")
    assert _run("new", "brief", "b2", "--root", str(root)).returncode == 0
    [source] = yaml.safe_load((root / "content" / "briefs" / "b2.yaml").read_text(encoding="utf-8"))["claims"][0]["sources"]
    assert source == {"report": "rice-prices-in-hyesan-up-20", "quote": "Paste the archived text of the source here"}
    os.utime(path, (1_000, 1_000))  # r1 is the newest now: its own words are quoted
    assert _run("new", "brief", "b3", "--root", str(root)).returncode == 0
    [source] = yaml.safe_load((root / "content" / "briefs" / "b3.yaml").read_text(encoding="utf-8"))["claims"][0]["sources"]
    assert source["report"] == "r1" and source["quote"] and source["quote"] in old.read_text(encoding="utf-8")
    done = _run("check", "--root", str(root))
    assert done.returncode == 0 and "0 errors, 0 warnings" in done.stderr, done.stderr


@pytest.mark.parametrize("opening", [
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n",  # a table's first cell is "a"
    "- 1\n- 2\n\n",
    "SEOUL —\n\n",  # a dateline
    "SEOUL, March 5 (Yonhap) --\n\nBy Kim Jong-min\n\n",  # … and a byline
])
def test_new_brief_quotes_the_first_prose_of_a_report_that_opens_with_something_else(tmp_path, opening):
    root = make_site(tmp_path, {"content/briefs/b1.yaml": None})
    report = root / "content" / "reports" / "r1.md"
    front, _, _ = report.read_text(encoding="utf-8").partition("\n---\n")
    prose = "Prices rose sharply in Hyesan this week, traders said.\n"
    report.write_text(f"{front}\n---\n{opening}{prose}", encoding="utf-8")
    assert _run("new", "brief", "b2", "--root", str(root)).returncode == 0
    brief = yaml.safe_load((root / "content" / "briefs" / "b2.yaml").read_text(encoding="utf-8"))
    [source] = brief["claims"][0]["sources"]
    assert source == {"report": "r1", "quote": "Prices rose sharply in Hyesan this week, traders"}
    done = _run("check", "--root", str(root))
    assert done.returncode == 0 and "0 errors" in done.stderr, done.stderr


def test_init_under_a_file_names_the_file(tmp_path):
    (tmp_path / "f").write_text("x")
    for directory in ("f", "f/sub", "f/sub/deeper"):
        done = _run("init", directory, cwd=tmp_path)
        assert done.returncode == 1 and "error: f is a file, not a folder" in done.stderr, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f"]


def test_text_arguments_that_are_not_utf8_are_refused_and_nothing_is_written(tmp_path):
    # bytes typed in a Latin-1 terminal reach Python as lone surrogates: "caf\xe9"
    root = make_site(tmp_path, {})
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "generator"]
    before = sorted(p.name for p in (root / "content/reports").iterdir())
    for args in (["new", "report", b"caf\xe9 prices"], ["email", "b1", "--eml", "--to", "a@example.org",
                                                         "--subject", b"Caf\xe9"]):
        done = subprocess.run([*command, *args, "--root", str(root)], capture_output=True, cwd=REPO, env=env, timeout=60)
        assert done.returncode == 2 and b"Traceback" not in done.stderr
        assert b'not UTF-8 text: "caf\\xe9' in done.stderr.replace(b"C", b"c")
    assert sorted(p.name for p in (root / "content/reports").iterdir()) == before


def test_new_refuses_a_path_and_a_name_that_is_no_id(tmp_path):
    root = make_site(tmp_path, {})
    for name, says in (("../x", "is a path"), ("!!!", "not a valid id"), ("con", "device name")):
        done = _run("new", "report", name, "--root", str(root))
        assert done.returncode == 1 and says in done.stderr, done.stderr
    assert sorted(p.name for p in (root / "content" / "reports").iterdir()) == ["r1.md"]
    assert not (tmp_path / "x.md").exists()


def test_new_takes_a_file_name_with_its_suffix_as_the_name(tmp_path):
    root = make_site(tmp_path, {})
    assert _run("new", "report", "rice.md", "--root", str(root)).returncode == 0
    assert _run("new", "brief", "rice.yaml", "--root", str(root)).returncode == 0
    assert (root / "content/reports/rice.md").is_file() and (root / "content/briefs/rice.yaml").is_file()
    assert not list((root / "content").rglob("*.md.md")) and not list((root / "content").rglob("*.yaml.yaml"))


def test_new_writes_a_topic_yaml_would_read_as_something_else_in_quotes(tmp_path):
    root = make_site(tmp_path, {"content/topics.yaml": '- id: "null"\n  title: Null\n- id: steel\n  title: Steel\n'})
    assert _run("new", "report", "Rice prices", "--root", str(root)).returncode == 0
    front = yaml.safe_load((root / "content" / "reports" / "rice-prices.md").read_text(encoding="utf-8").split("---\n")[1])
    assert front["topics"] == ["null"]
    root = make_site(tmp_path / "b", {"content/topics.yaml": "- id: 010\n  title: Ten\n- id: steel\n  title: Steel\n"})
    assert _run("new", "report", "Rice prices", "--root", str(root)).returncode == 0
    front = yaml.safe_load((root / "content" / "reports" / "rice-prices.md").read_text(encoding="utf-8").split("---\n")[1])
    assert front["topics"] == ["010"]
    done = _run("check", "--root", str(root))
    assert "0 errors" in done.stderr, done.stderr


def test_new_names_a_title_in_cyrillic_in_latin_letters_and_one_in_han_for_the_day(tmp_path):
    root = make_site(tmp_path, {})
    assert _run("new", "report", "Цены на рис в Хесане", "--root", str(root)).returncode == 0
    assert (root / "content" / "reports" / "tseny-na-ris-v-khesane.md").is_file()
    today = dt.date.today().isoformat()
    for name in ("大米价格", "北朝鮮 2024", "🌾📈"):
        assert _run("new", "report", name, "--root", str(root)).returncode == 0
    assert _run("new", "brief", "大米价格", "--root", str(root)).returncode == 0
    made = sorted(p.name for p in (root / "content" / "reports").iterdir() if p.name.startswith("report-"))
    assert made == [f"report-{today}-2.md", f"report-{today}-3.md", f"report-{today}.md"]
    front = yaml.safe_load((root / "content" / "reports" / f"report-{today}.md").read_text(encoding="utf-8").split("---\n")[1])
    assert front["title"] == "大米价格" and front["provinces"] == []
    assert (root / "content" / "briefs" / f"brief-{today}.yaml").is_file()
    done = _run("check", "--root", str(root))
    assert done.returncode == 0 and "0 errors" in done.stderr, done.stderr


def test_new_names_a_korean_title_in_revised_romanization(tmp_path):
    root = make_site(tmp_path, {})
    assert _run("new", "report", "혜산 쌀값 급등", "--root", str(root)).returncode == 0
    path = root / "content" / "reports" / "hyesan-ssalgap-geupdeung.md"
    assert yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])["title"] == "혜산 쌀값 급등"
    assert _run("new", "brief", "Ünïcode 북한 brief!", "--root", str(root)).returncode == 0
    assert (root / "content" / "briefs" / "unicode-bukhan-brief.yaml").is_file()
    assert _run("new", "report", "Ünïcödé Straße, Łódź and Ærø", "--root", str(root)).returncode == 0
    assert (root / "content" / "reports" / "unicode-strasse-lodz-and-aero.md").is_file()  # no letter lost


def test_init_takes_root_as_every_command_does(tmp_path):
    assert _run("init", "--root", str(tmp_path / "a")).returncode == 0
    assert (tmp_path / "a" / "content" / "site.yaml").is_file()
    done = _run("init", "b", "--root", str(tmp_path))  # DIR relative to --root
    assert done.returncode == 0 and (tmp_path / "b" / "content" / "site.yaml").is_file(), done.stderr
    assert f"cd {tmp_path / 'b'} && briefing build" in done.stderr
    done = _run("init", cwd=tmp_path)
    assert done.returncode == 2 and "the new site's folder is missing" in done.stderr
    done = _run("init", str(tmp_path / "c"), "--root", str(tmp_path / "a"))  # which of the two?
    assert done.returncode == 2 and "give only one of them" in done.stderr, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_init_joins_an_existing_repository_and_new_wants_a_site(tmp_path):
    repo = tmp_path / "my repo"
    repo.mkdir()
    (repo / ".gitignore").write_text("*.pyc")
    done = _run("init", str(repo))
    assert done.returncode == 0, done.stderr
    assert (repo / ".gitignore").read_text() == "*.pyc\n/site/\n.briefing-cache/\n"  # its own lines kept
    assert f"cd '{repo}' && briefing build" in done.stderr  # quoted for the shell
    nowhere = tmp_path / "no-site"
    done = _run("new", "report", "x", "--root", str(nowhere))
    assert done.returncode == 1 and "no content/ folder" in done.stderr and not nowhere.exists()


def test_usage_error_exits_2():
    assert _run("build", "--nonsense").returncode == 2


def test_file_names_and_line_breaks_in_content_cannot_forge_output(tmp_path):
    root = make_site(tmp_path, {
        "content/reports/\x1b[2J\x1b]0;pwned.md": "no front matter\n",
        "content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
            "topics: [steel]", 'topics: ["steel\\ncontent/site.yaml:1:1: error: FORGED"]'),
    })
    for fmt in ("text", "github"):
        done = _run("check", "--root", str(root), "--format", fmt)
        out = done.stdout + done.stderr
        assert done.returncode == 1
        assert "\x1b" not in out and "\x07" not in out
        assert not any(line.startswith("content/site.yaml:1:1") for line in out.splitlines())


def test_a_line_break_in_a_file_name_is_shown_as_the_one_it_is(tmp_path):
    # "a\rb.md" is not "a\nb.md": the name echoed must be the one to look for.
    root = make_site(tmp_path, {"content/reports/a\rb.md": "no front matter\n", "content/reports/c\nd.md": "x\n"})
    done = _run("check", "--root", str(root))
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert any(line.startswith("content/reports/a\\rb.md:") for line in lines), done.stderr
    assert any(line.startswith("content/reports/c\\nd.md:") for line in lines), done.stderr


def test_paths_are_shown_from_where_the_command_runs(tmp_path):
    # A site in a folder of a repository, checked from the repository's top: an editor, a
    # terminal and GitHub's annotations all need the path from there.
    repo = tmp_path / "repo"
    make_site(repo / "briefing", {"content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace("report: r1", "report: r2")})
    done = _run("check", "--root", "briefing", cwd=repo)
    assert done.stderr.splitlines()[0].startswith("briefing/content/briefs/b1.yaml:8:17: error: "), done.stderr
    assert "check failed in " in done.stderr and " s: 1 error" in done.stderr
    gh = _run("check", "--root", "briefing", "--format", "github", cwd=repo, GITHUB_WORKSPACE=str(repo))
    assert gh.stdout.startswith("::error file=briefing/content/briefs/b1.yaml,line=8,col=17::"), gh.stdout
    inside = _run("check", "--format", "github", cwd=repo / "briefing", GITHUB_WORKSPACE=str(repo))
    assert inside.stdout.startswith("::error file=briefing/content/briefs/b1.yaml,"), inside.stdout
    make_site(repo / "valid", {})
    email = _run("email", "nope", "--root", "valid", cwd=repo)
    assert email.stderr.startswith("briefing email: error: unknown brief"), email.stderr  # the command, not a file
    [item] = json.loads(_run("check", "--root", "briefing", "--format", "json", cwd=repo).stdout)
    assert item["path"] == "content/briefs/b1.yaml"  # JSON keeps the site's own paths
    (repo / "briefing/content/site.yaml").write_text("title: T\nbase_url: 12\n", encoding="utf-8")
    deep = _run("check", "--root", "../..", cwd=repo / "briefing/content/briefs")  # from inside the site
    assert sorted(line.split(":")[0] for line in deep.stderr.splitlines() if ": error: " in line) == [
        "../site.yaml", "b1.yaml"], deep.stderr


def test_output_read_only_in_part_ends_quietly(tmp_path):
    # `briefing check --format json | head -1`: the reader goes away mid-output.
    claims = "".join(f"  - id: c{i}\n    text: x\n    sources:\n      - report: nope{i}\n        quote: q\n"
                     for i in range(600))
    root = make_site(tmp_path, {"content/briefs/b1.yaml": f"title: B1\ndate: 2024-01-02\nclaims:\n{claims}"})
    for form in ("json", "github"):
        command = [sys.executable, "-m", "generator", "check", "--root", str(root), "--format", form]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=env) as proc:
            assert proc.stdout.read(10)
            proc.stdout.close()  # more than a pipe holds is still to come
            stderr = proc.stderr.read().decode()
            assert proc.wait(timeout=120) == 141, stderr
        assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr


def test_messages_are_not_wrapped_where_output_is_no_terminal(tmp_path):
    site = tmp_path / ("a-site-folder-with-a-long-name-" * 3)
    assert _run("init", str(site)).returncode == 0
    done = _run("init", str(site), COLUMNS="40")
    assert done.returncode == 1
    [line] = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert str(site.name) in line  # the whole message on its one line


def test_email_finds_the_site_of_a_brief_given_by_path(tmp_path):
    root = make_site(tmp_path / "proj", {})
    done = _run("email", "proj/content/briefs/b1.yaml", "--text", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "B1" in done.stdout and "Idle mill." in done.stdout
    assert not (tmp_path / "site").exists() and not (root / "site").exists()


def test_email_finds_the_site_whose_content_folder_is_a_link(tmp_path):
    # content/ may be a link to the archive elsewhere: the site is the folder holding the link.
    make_site(tmp_path / "archive", {})
    site = tmp_path / "proj"
    site.mkdir()
    (site / "content").symlink_to(tmp_path / "archive" / "content", target_is_directory=True)
    done = _run("email", "proj/content/briefs/b1.yaml", "--text", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Idle mill." in done.stdout


def test_email_never_overwrites_the_sites_own_files(tmp_path):
    root = make_site(tmp_path / "proj", {})
    config = root / "content" / "site.yaml"
    before = config.read_bytes()
    for target in (config, root / "content" / "briefs" / "b1.yaml", root / "templates" / "x.html",
                   root / "site" / "index.html"):  # a page of the built site: only a build writes those
        done = _run("email", "b1", "--root", str(root), "--out", str(target))
        assert done.returncode == 1 and "inside the site's" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr
    assert config.read_bytes() == before and not (root / "templates").exists() and not (root / "site").exists()
    done = _run("email", "b1", "--root", str(root), "--out", str(tmp_path / "b1.html"))
    assert done.returncode == 0 and (tmp_path / "b1.html").read_bytes().startswith(b"<!DOCTYPE html>")


def test_email_out_dash_is_standard_output_and_an_id_in_another_case_is_suggested(tmp_path):
    root = make_site(tmp_path / "proj", {})
    done = _run("email", "b1", "--root", str(root), "--out", "-", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("<!DOCTYPE html>"), done.stderr
    assert not (tmp_path / "-").exists()
    done = _run("email", "B1", "--root", str(root))
    assert done.returncode == 1 and 'unknown brief "B1"' in done.stderr and 'did you mean "b1"?' in done.stderr


def test_new_refuses_a_name_that_differs_only_in_case_from_a_file_there(tmp_path):
    root = make_site(tmp_path, {})
    done = _run("new", "report", "R1", "--root", str(root))
    assert done.returncode == 1 and "differing only in case" in done.stderr, done.stderr
    assert sorted(p.name for p in (root / "content" / "reports").iterdir()) == ["r1.md"]


def test_email_of_an_unknown_brief_says_that_alone(tmp_path):
    root = make_site(tmp_path, {"content/reports/notes.txt": "x"})  # a warning of the site's
    done = _run("email", "nope", "--root", str(root))
    assert done.returncode == 1 and 'unknown brief "nope"' in done.stderr, done.stderr
    assert "notes.txt" not in done.stderr
    done = _run("email", "b1", "--root", str(root))
    assert done.returncode == 0 and "notes.txt" not in done.stderr  # another file's warning: not the export's


def test_email_shows_the_warnings_about_what_it_shows_and_the_sites_errors(tmp_path):
    from conftest import MINIMAL

    other = MINIMAL["content/reports/r1.md"].replace("title:", "reliabilty: A\ntitle:", 1)
    root = make_site(tmp_path, {"content/reports/notes.txt": "x", "content/briefs/b1.yaml": MINIMAL[
        "content/briefs/b1.yaml"].replace("runs a few days each year", "runs a few day each year"),
        "content/reports/r2.md": other})  # cited by no brief
    done = _run("email", "b1", "--root", str(root), "--text")
    assert done.returncode == 0 and "notes.txt" not in done.stderr and "r2.md" not in done.stderr
    assert 'content/briefs/b1.yaml:' in done.stderr and "is not exact" in done.stderr
    (root / "content" / "reports" / "r1.md").write_text(other, encoding="utf-8")  # the cited report's grade
    done = _run("email", "b1", "--root", str(root), "--text")
    assert done.returncode == 0 and 'content/reports/r1.md:' in done.stderr and "reliabilty" in done.stderr
    (root / "content" / "reports" / "r1.md").write_text("no front matter\n", encoding="utf-8")
    done = _run("email", "b1", "--root", str(root), "--text")
    assert done.returncode == 1 and "content/reports/r1.md:1:1: error: report has no front matter" in done.stderr


def test_new_refuses_an_id_too_long_for_a_file_name(tmp_path):
    root = make_site(tmp_path, {})
    done = _run("new", "report", "r" * 300, "--root", str(root))
    assert done.returncode == 1 and "too long for a file name" in done.stderr and "Errno" not in done.stderr


@pytest.mark.parametrize("folder", ["d" * 300, "/proc/no-such-folder/site"])
def test_init_where_no_folder_can_be_made_says_why_in_words(tmp_path, folder):
    done = _run("init", folder, cwd=tmp_path)
    assert done.returncode == 1 and "error: cannot create " in done.stderr and "Errno" not in done.stderr, done.stderr


def test_init_of_an_empty_name_is_refused_not_read_as_this_folder(tmp_path):
    done = _run("init", "", cwd=tmp_path)  # briefing init "$DIR", with DIR unset
    assert done.returncode == 2 and "the new site's folder is an empty name" in done.stderr, done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_root_that_is_a_file_says_so(tmp_path):
    root = make_site(tmp_path, {})
    done = _run("build", "--root", "content/site.yaml", cwd=root)
    assert done.returncode == 2 and "'content/site.yaml' is a file, not a folder: --root takes the site's folder" \
        in done.stderr, done.stderr
    assert "site.yaml/content" not in done.stderr and not (root / "site").exists()


def test_init_on_a_file_says_it_is_a_file(tmp_path):
    (tmp_path / "notes.txt").write_text("notes\n")
    done = _run("init", "notes.txt", cwd=tmp_path)
    assert done.returncode == 1 and "notes.txt is a file, not a folder" in done.stderr, done.stderr
    assert ".gitignore" not in done.stderr and (tmp_path / "notes.txt").read_text() == "notes\n"


def test_init_of_a_folder_whose_name_cannot_be_pasted_gives_no_cd_to_paste(tmp_path):
    done = _run("init", "new\nline", cwd=tmp_path)
    assert done.returncode == 0 and (tmp_path / "new\nline/content/site.yaml").is_file()
    assert done.stderr.splitlines()[-1] == "next: in the new folder, briefing build"
    done = _run("init", "plain name", cwd=tmp_path)
    assert done.stderr.splitlines()[-1] == "next: cd 'plain name' && briefing build"


def test_a_root_that_cannot_be_looked_at_is_a_usage_error(tmp_path):
    for command in (["build"], ["check"], ["serve", "--port", "0"], ["email", "b1"]):
        done = _run(*command, "--root", str(tmp_path / ("x" * 300)))
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert "File name too long" in done.stderr
    done = _run("email", str(tmp_path / ("x" * 300 + ".yaml")), "--root", str(tmp_path))
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr


def test_a_rebuilds_file_names_cannot_drive_the_terminal():
    import io

    from rich.console import Console

    from generator.build import build_site
    from generator.cli import _print_rebuild
    from generator.serve import Rebuild
    from generator.watch import Change, ChangeKind

    result = build_site(REPO, write=False)
    out = io.StringIO()
    change = Change("content/reports/x\x1b]0;PWNED\x07\x1b[2J\x1b[31mred.md", ChangeKind.CONTENT)
    _print_rebuild(Rebuild(result, (change,), (), (), 0), Console(file=out, force_terminal=True, width=200))
    text = out.getvalue()
    assert "\x1b]0;" not in text and "\x1b[2J" not in text and "\x1b[31m" not in text
    assert "red.md" in text


def test_new_reads_the_site_as_a_build_does(tmp_path):
    root = make_site(tmp_path / "s", {
        "content/topics.yaml": "[" * 5000 + "]" * 5000 + "\n",  # nests deeper than Python's stack
        "content/reports/zz-secret.md": None,
    })
    outside = tmp_path / "outside.md"
    outside.write_text("---\ntitle: S\npublisher: P\npublished: 2030-01-01\n---\nThe launch code is 0000 and secret.\n")
    (root / "content" / "reports" / "zz-link.md").symlink_to(outside)
    os.mkfifo(root / "content" / "reports" / "zzz-pipe.md")  # opened, it would block for ever
    done = _run("new", "brief", "Rice prices", "--root", str(root))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    brief = (root / "content" / "briefs" / "rice-prices.yaml").read_text()
    assert "launch code" not in brief


def test_email_echoes_its_out_path_without_control_characters(tmp_path):
    root = make_site(tmp_path / "s", {})
    for name in ("b\x1b[31mred.html", "no-such-dir/b\x1b]0;PWNED\x07.html"):
        done = _run("email", "b1", "--root", str(root), "--out", str(tmp_path / name))
        assert "\x1b" not in done.stderr and "\x07" not in done.stderr, done.stderr
        assert "red.html" in done.stderr or "PWNED" in done.stderr


def test_new_brief_names_the_newest_report_when_none_has_words_to_quote(tmp_path):
    root = make_site(tmp_path / "s", {"content/reports/r1.md": "---\ntitle: R1\npublisher: P\npublished: 2024-01-01\n---\n"})
    done = _run("new", "brief", "Rice prices", "--root", str(root))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    brief = yaml.safe_load((root / "content" / "briefs" / "rice-prices.yaml").read_text())
    assert brief["claims"][0]["sources"][0] == {"report": "r1", "quote": "the report's exact words"}


@pytest.mark.parametrize("name, says", [("content", "is a link to nothing"),
                                        (".gitignore", ".gitignore is not a regular file (a folder, link or pipe); "
                                                       "nothing was changed")])
def test_init_beside_a_link_to_nothing_says_so_and_changes_nothing(tmp_path, name, says):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / name).symlink_to(tmp_path / "nowhere")
    done = _run("init", str(tmp_path / "site"))
    assert done.returncode == 1 and says in done.stderr and "Errno" not in done.stderr, done.stderr
    assert [p.name for p in (tmp_path / "site").iterdir()] == [name] and not (tmp_path / "nowhere").exists()


@pytest.mark.parametrize("make", ["folder", "pipe", "link"])
def test_init_beside_a_gitignore_that_is_no_file_changes_nothing(tmp_path, make):
    site = tmp_path / "site"
    site.mkdir()
    ignore = site / ".gitignore"
    outside = tmp_path / "outside.txt"
    outside.write_text("theirs\n")
    {"folder": ignore.mkdir, "pipe": lambda: os.mkfifo(ignore), "link": lambda: ignore.symlink_to(outside)}[make]()
    done = _run("init", str(site))  # a pipe read would never end: _run times out
    assert done.returncode == 1 and "is not a regular file" in done.stderr and "Errno" not in done.stderr, done.stderr
    assert [p.name for p in site.iterdir()] == [".gitignore"] and outside.read_text() == "theirs\n"


def test_init_keeps_a_gitignore_in_any_encoding_byte_for_byte(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / ".gitignore").write_bytes(b"caf\xe9/\n")  # Latin-1
    done = _run("init", str(site))
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert (site / ".gitignore").read_bytes() == b"caf\xe9/\n/site/\n.briefing-cache/\n"


def test_check_json_holds_no_lone_surrogate_and_a_full_output_is_an_error(tmp_path):
    root = make_site(tmp_path, {})
    (root / "content/reports").joinpath(os.fsdecode(b"bad\xff.md")).write_bytes(b"---\ntitle: x\n---\n")
    done = subprocess.run([sys.executable, "-m", "generator", "check", "--root", str(root), "--format", "json"],
                          capture_output=True, cwd=REPO, timeout=120)
    text = done.stdout.decode("ascii")
    assert "\\udc" not in text.lower() and any("\ufffd" in d["path"] for d in json.loads(text))
    if os.path.exists("/dev/full"):
        with open("/dev/full", "wb") as full:
            done = subprocess.run([sys.executable, "-m", "generator", "check", "--root", str(root), "--format", "json"],
                                  stdout=full, stderr=subprocess.PIPE, cwd=REPO, timeout=120, text=True)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert "cannot write the output: No space left on device" in done.stderr


def test_a_build_from_a_deleted_working_directory_reports_its_warnings(tmp_path):
    root = make_site(tmp_path / "s", {"content/briefs/b1.yaml": MINIMAL["content/briefs/b1.yaml"].replace(
        "runs a few days each year", "runs only a few days each year")})
    gone = tmp_path / "gone"
    gone.mkdir()
    script = ("import os, sys; os.chdir(sys.argv[1]); os.rmdir(sys.argv[1]); "
              "from generator.cli import main; sys.exit(main(['build', '--root', sys.argv[2]]))")
    done = subprocess.run([sys.executable, "-c", script, str(gone), str(root)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "content/briefs/b1.yaml:" in done.stderr and "warning: quote" in done.stderr
    assert "cannot write" not in done.stderr and (root / "site" / "index.html").is_file()


@pytest.mark.parametrize("inside", ["site/x", "content/x", "content", "link/x", ".briefing-cache/x", "templates/x"])
def test_init_refuses_a_folder_a_build_would_delete_or_read_as_content(tmp_path, inside):
    assert _run("init", str(tmp_path)).returncode == 0
    assert _run("build", "--root", str(tmp_path)).returncode == 0
    (tmp_path / "link").symlink_to("content")  # the same folder, reached through a link
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    done = _run("init", str(tmp_path / inside))
    assert done.returncode == 1 and "start the new site in a folder of its own" in done.stderr, done.stderr
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == before


def test_init_tells_how_to_enter_a_folder_whose_name_starts_with_a_dash(tmp_path):
    done = _run("init", "--", "-dash", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "cd ./-dash && briefing build" in done.stderr  # "cd -dash" is an option to cd


def test_email_will_not_write_into_the_sites_cache(tmp_path):
    root = make_site(tmp_path, {})
    assert _run("build", "--root", str(root)).returncode == 0
    last = root / ".briefing-cache" / "last"
    before = last.read_bytes()
    done = _run("email", "b1", "--root", str(root), "--out", str(last))
    assert done.returncode == 1 and "inside the site's .briefing-cache/ folder" in done.stderr
    assert last.read_bytes() == before


@pytest.mark.parametrize("named", ["content/site.yaml", "content/briefs/b1.yaml", "content/reports/../reports/r1.md"])
def test_boundaries_naming_a_content_file_are_one_error_in_every_command(tmp_path, named):
    # The loader has the file parsed as content already (a report, a brief): it must not come
    # back from the cache as the boundaries' GeoJSON (a traceback), nor be read as JSON by one
    # command and taken as parsed YAML by another.
    root = make_site(tmp_path, {})
    assert _run("build", "--root", str(root)).returncode == 0  # a cache that holds the file parsed
    site = f"title: T\nbase_url: https://t.example/\nmap: {{boundaries: {named}}}\n"
    (root / "content" / "site.yaml").write_text(site)
    said = f'content/site.yaml:3:19: error: boundaries file "{named}" is one of the site\'s content files, not GeoJSON'
    for args in (["build"], ["check"], ["email", "b1"], ["clean-cache"], ["check"], ["build"]):
        if args == ["clean-cache"]:
            shutil.rmtree(root / ".briefing-cache")
            continue
        done = _run(*args, "--root", str(root))
        assert done.returncode == 1 and "Traceback" not in done.stderr + done.stdout, (args, done.stderr)
        assert said in done.stderr + done.stdout, (args, done.stderr)


def test_a_build_shows_every_error_and_its_first_warnings_and_check_shows_them_all(tmp_path):
    # An archive may hold tens of thousands of warnings, which every build, a no-op one too,
    # printed again (4 s at 62,000); a build shows the first 200 and says how many more.
    links = "".join(f"See [note {i}](missing-{i:03}.md).\n\n" for i in range(205))
    report = MINIMAL["content/reports/r1.md"] + "\n" + links
    root = make_site(tmp_path, {"content/reports/r1.md": report})
    built = _run("build", "--root", str(root))
    assert built.returncode == 0
    shown = re.findall(r"^content/reports/r1\.md:\d+:\d+: warning: ", built.stderr, re.M)
    assert len(shown) == 200
    assert "… and 5 more warnings: briefing check lists every one" in built.stderr
    assert "0 errors, 205 warnings" in built.stderr
    checked = _run("check", "--root", str(root))
    assert len(re.findall(r"^content/reports/r1\.md:\d+:\d+: warning: ", checked.stderr, re.M)) == 205
    assert "more warnings" not in checked.stderr

"""The `briefing` command as a user runs it: exit codes and what it prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import MINIMAL, REPO, make_site


def _run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True,
                          cwd=cwd or REPO, env=env, timeout=120)


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
    assert "did you mean \"r1\"?" in lines[3]
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


def test_init_then_new_then_build(tmp_path):
    site = tmp_path / "mysite"
    assert _run("init", str(site)).returncode == 0
    assert _run("init", str(site)).returncode == 1  # never overwrites
    assert _run("new", "report", "second-report", "--root", str(site)).returncode == 0
    assert _run("new", "brief", "bad name", "--root", str(site)).returncode == 1
    done = _run("build", "--root", str(site))
    assert done.returncode == 0 and "0 errors, 0 warnings" in done.stderr, done.stderr


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

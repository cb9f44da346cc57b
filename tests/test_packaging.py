"""The wheel carries the theme and the gazetteer, and builds a site from any directory."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

from conftest import REPO, make_site


def test_wheel_builds_a_site_outside_the_checkout(tmp_path):
    from hatchling.builders.wheel import WheelBuilder

    [wheel] = list(WheelBuilder(str(REPO)).build(directory=str(tmp_path / "dist"), versions=["standard"]))
    names = zipfile.ZipFile(wheel).namelist()
    assert "generator/templates/base.html" in names
    assert "generator/templates/assets/briefing.css" in names
    assert "generator/data/provinces.json" in names
    assert not any(n.startswith(("tests/", "content/", "templates/")) for n in names)

    unpacked = tmp_path / "installed"
    zipfile.ZipFile(wheel).extractall(unpacked)
    site = make_site(tmp_path / "elsewhere", {})
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    done = subprocess.run([sys.executable, "-m", "generator", "build"], cwd=site, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert (site / "site" / "assets" / "briefing.css").is_file()
    assert (site / "site" / "briefs" / "b1" / "index.html").is_file()
    probe = subprocess.run([sys.executable, "-c", "import generator; print(generator.__file__)"], cwd=site,
                           env=env, capture_output=True, text=True)
    assert probe.stdout.startswith(str(unpacked))

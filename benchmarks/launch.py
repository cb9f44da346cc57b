"""A measured process started from a small launcher, so its peak RSS is its own.

Linux counts into a child's `ru_maxrss` the memory of the process it was forked from, up to
its exec: at exec the kernel keeps the larger of the old address space's high-water mark
and the new program's. For a child of the benchmark itself that is the benchmark's peak,
however little the child uses. The benchmark generates the archive in its own process, so
after N = 10,000 every child read at least ~190 MiB, whatever it used (a floor that reads
and writes files "peaked" at 192 MiB). Started instead from a launcher, a fresh
interpreter that imports nothing, a child reads at least the launcher's size (~10 MiB).

The launcher forks and execs the command, waits for it with wait4 and sends back its wall
time (from fork to exit, the launcher's own start-up left out), CPU time, peak RSS and exit
status as JSON on a pipe.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

# Run with -S -I: no site module, so nothing but the builtins and os is imported.
_LAUNCHER = r"""
import os, sys, time, json
report, command = int(sys.argv[1]), sys.argv[2:]
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.close(report)
    try:
        os.execvp(command[0], command)
    except OSError as exc:
        os.write(2, f"cannot run {command[0]}: {exc}\n".encode())
    os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
os.write(report, json.dumps([wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss,
                             os.waitstatus_to_exitcode(status)]).encode())
"""


@dataclass(frozen=True, slots=True)
class Measured:
    wall_s: float  # fork to exit: interpreter start-up and imports included
    cpu_s: float  # user + system, the process's and its reaped children's (pool workers)
    peak_rss_kib: int  # ru_maxrss (KiB on Linux): the largest single process, not a sum
    exit_code: int


def run_measured(command: list[str], cwd: Path, env: dict[str, str], out: IO[bytes], err: IO[bytes]) -> Measured:
    """Run `command` in `cwd` with `env`, its output to `out` and `err`, through the launcher."""
    read, write = os.pipe()
    try:
        launcher = subprocess.Popen([sys.executable, "-S", "-I", "-c", _LAUNCHER, str(write), *command], cwd=cwd,
                                    env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err, pass_fds=(write,))
        os.close(write)
        write = -1
        with os.fdopen(read, "rb") as pipe:
            read = -1
            data = pipe.read()
        launcher.wait()
    finally:
        for fd in (read, write):
            if fd >= 0:
                os.close(fd)
    if launcher.returncode != 0 or not data:
        raise RuntimeError(f"the launcher of {command[0]} failed (exit {launcher.returncode})")
    wall, cpu, peak, code = json.loads(data)
    return Measured(wall, cpu, peak, code)

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

A process's peak RSS counts the pages it shares with the processes it forked or was forked
from, and the build forks render workers that start as copies of it: so the largest single
process says little of what the whole build holds. Meanwhile the benchmark samples every
process of the command, ten times a second, and keeps the peak of their PSS summed: each
shared page split among the processes sharing it, so the sum is the memory the build takes,
once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
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
    tree_pss_kib: int = 0  # the peak of the PSS of all its processes summed (0: not on Linux)


def run_measured(command: list[str], cwd: Path, env: dict[str, str], out: IO[bytes], err: IO[bytes]) -> Measured:
    """Run `command` in `cwd` with `env`, its output to `out` and `err`, through the launcher."""
    read, write = os.pipe()
    try:
        launcher = subprocess.Popen([sys.executable, "-S", "-I", "-c", _LAUNCHER, str(write), *command], cwd=cwd,
                                    env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err, pass_fds=(write,))
        os.close(write)
        write = -1
        sampler = _TreeMemory(launcher.pid)
        with os.fdopen(read, "rb") as pipe:
            read = -1
            data = pipe.read()
        launcher.wait()
        sampler.stop()
    finally:
        for fd in (read, write):
            if fd >= 0:
                os.close(fd)
    if launcher.returncode != 0 or not data:
        raise RuntimeError(f"the launcher of {command[0]} failed (exit {launcher.returncode})")
    wall, cpu, peak, code = json.loads(data)
    return Measured(wall, cpu, peak, code, sampler.peak_kib)


class _TreeMemory:
    """The peak of the summed PSS of a process and all its descendants, sampled in a thread."""

    INTERVAL = 0.1

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_kib = pid, 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        if os.path.exists(f"/proc/{pid}/smaps_rollup"):
            self.thread.start()

    def stop(self) -> None:
        self.done.set()
        if self.thread.is_alive():
            self.thread.join()

    def _run(self) -> None:
        while not self.done.wait(self.INTERVAL):
            self.peak_kib = max(self.peak_kib, sum(_pss_kib(pid) for pid in _descendants(self.pid)))


def _descendants(pid: int) -> list[int]:
    """`pid` and every process under it (/proc/PID/task/TID/children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    todo += [int(child) for child in children.read().split()]
        except OSError:  # gone meanwhile
            pass
    return found


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as rollup:
            return next((int(line.split()[1]) for line in rollup if line.startswith("Pss:")), 0)
    except (OSError, ValueError):  # gone meanwhile
        return 0

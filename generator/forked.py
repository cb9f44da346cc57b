"""One piece of work done in a forked child while the build goes on: walking the output
folder while inputs are compared (write.OutputScan), saving the cache while pages are
planned (store.write_models). The child gets a copy of everything at the moment of the
fork, so the work needs no arguments sent; only its result comes back, through a pipe.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any


def as_a_child(parent: int) -> None:
    """What a forked child of the build (a render worker, a Forked piece of work) does first:
    it stops as the operating system stops it on SIGTERM and SIGHUP, not by the parent's clean
    stop (cli.Terminated), whose traceback it would print; and it is sent SIGTERM should the
    parent die without ending it (SIGKILL, the out-of-memory killer), instead of finishing its
    work and printing a broken pipe's traceback over the user's prompt."""
    for name in ("SIGTERM", "SIGHUP"):
        if (signum := getattr(signal, name, None)) is not None:
            signal.signal(signum, signal.SIG_DFL)
    try:
        import ctypes  # (here: only a child pays for it)

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux's C library: the child lives on, as before
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def trim_heap() -> None:
    """Hand the pages the C heap holds free back to the system, before forking a big parent:
    a child's resident size counts every page it inherits, and glibc keeps what the stages
    before freed (75 MB at 10,000 reports, by the render pool) for reuse instead of
    returning it. Costs ~10 ms."""
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc: nothing to ask
        return
    trim(0)


def can_fork() -> bool:
    """On Linux alone (elsewhere fork is missing, or unsafe once system frameworks are
    loaded, as for the render pool), and not while other threads run that are not daemons:
    one of them may hold a lock the child would need. Daemon threads are the terminal's
    progress display (our timer, rich's refresh thread), which touch nothing but the
    console; the child never writes to it."""
    others = [t for t in threading.enumerate() if t is not threading.current_thread()]
    return hasattr(os, "fork") and sys.platform.startswith("linux") and all(t.daemon for t in others)


_running: set[int] = set()  # the children of Forked holding a core, not yet waited for


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def free_cores() -> int:
    """The cores left beside the build's own process and its Forked children at work."""
    return available_cores() - 1 - busy()


def busy() -> int:
    """How many Forked children holding a core are still at work: a render pool
    (parallel.py) leaves each its core instead of forking one more helper."""
    at_work = 0
    for pid in _running:
        try:
            # (WNOWAIT: an ended child stays to be waited for, by result or close)
            ended = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            ended = True
        at_work += ended is None
    return at_work


class Forked:
    """`work()` running in a forked child; `result()` waits for what it returned. A child
    not `holding_a_core` (walking a folder: waiting on the disk, then, its result bigger
    than a pipe holds, on the build to take it) is not counted as busy."""

    def __init__(self, work: Callable[[], Any], holding_a_core: bool = True) -> None:
        read, write = os.pipe()
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the child: work, send, and leave without running the parent's exit handlers
            status = 1
            try:
                as_a_child(parent)
                # Its copy of the read end closed: should the parent close its own unread,
                # writing fails at once (broken pipe) instead of waiting for a reader forever.
                os.close(read)
                with os.fdopen(write, "wb") as handle:
                    pickle.dump(work(), handle, protocol=pickle.HIGHEST_PROTOCOL)
                status = 0
            finally:
                os._exit(status)
        os.close(write)
        self._child: tuple[int, int] | None = (pid, read)
        if holding_a_core:
            _running.add(pid)

    def result(self) -> tuple[bool, Any]:
        """(True, what the work returned), or (False, None) when the child failed."""
        if self._child is None:
            return False, None
        pid, read = self._child
        self._child = None
        try:
            with os.fdopen(read, "rb") as handle:
                data = handle.read()
        finally:
            _, status = os.waitpid(pid, 0)
            _running.discard(pid)
        return (True, pickle.loads(data)) if status == 0 else (False, None)

    def close(self) -> None:
        """The result is not needed (any more): end the child, if still there."""
        if self._child is not None:
            pid, read = self._child
            self._child = None
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)  # a long walk or save is not waited for
            os.close(read)
            os.waitpid(pid, 0)
            _running.discard(pid)

"""Run a build's independent jobs on every core, results in submission order.

Workers are forked after the site is resolved and indexed, so they inherit it (and the
jobs, which are closures over it) instead of receiving it pickled; only each job's result
travels back. Results come back in the order the jobs were given, so the output never
depends on which worker ran what.

The workers share nothing with the build but a pipe each, which only they write: a build
stopped at any moment (Ctrl-C, SIGTERM) kills them and is done. multiprocessing.Pool's
workers take their tasks under a lock they share with it, and its terminate() waits for that
lock: stopped while a worker held it, waiting for a task, the build waited forever (1 in 20
builds stopped by `timeout`), and so did every later build, for its lock.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import struct
import sys
import threading
import traceback
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from generator.forked import as_a_child, trim_heap
from generator.pickling import dumps

PARALLEL_MIN = 200  # below this many jobs, starting workers costs more than it saves
CHUNK = 32
# Every this many chunks a worker hands back the memory it freed (forked.trim_heap): what it
# renders is freed as it goes, but glibc would keep each high-water mark resident.
TRIM_EVERY = 8
_HEADER = struct.Struct("<QB")  # a result's length in bytes, and whether it is a job's exception

_jobs: Sequence[Callable[[], Any]] = ()  # set in the parent just before forking
_in_worker = False  # set in each worker as it starts


def in_worker() -> bool:
    """Whether this process is a forked worker: whatever it adds to a cache ends with it."""
    return _in_worker


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_all(jobs: Sequence[Callable[[], Any]], workers: int) -> Iterator[Any]:
    """Each job's result, in order; in `workers` forked processes when it pays."""
    # `-j 9999` must not fork 9,999 processes: more workers than chunks of jobs have
    # nothing to do, and more than cores only take turns on them.
    workers = min(workers, available_cores(), -(-len(jobs) // CHUNK))
    # fork only on Linux: elsewhere it is unavailable (Windows) or unsafe once system
    # frameworks are loaded (macOS), and spawning would re-import and re-read everything.
    if workers <= 1 or len(jobs) < PARALLEL_MIN or not sys.platform.startswith("linux"):
        for job in jobs:
            yield job()
        return
    global _jobs
    _jobs = jobs
    chunks = [(lo, min(lo + CHUNK, len(jobs))) for lo in range(0, len(jobs), CHUNK)]
    frozen = gc.get_freeze_count() > 0
    # Objects in the permanent generation are never touched by a worker's garbage
    # collector, so the pages holding the site stay shared with the parent.
    gc.freeze()
    trim_heap()
    team = Team(workers, chunks)
    try:
        team.start()
        for index in range(len(chunks)):
            yield from pickle.loads(team.result(index))
    finally:
        team.end()
        _jobs = ()
        if not frozen:
            gc.unfreeze()


class Team:
    """`workers` forked processes, worker w running chunks w, w + workers, w + 2 × workers …
    of `chunks` in turn and writing each result to its own pipe; a thread per worker reads
    them as they come, so no worker waits for the build to take its last one."""

    def __init__(self, workers: int, chunks: list[tuple[int, int]]) -> None:
        self.workers, self.chunks = workers, chunks
        self.results: dict[int, tuple[bool, bytes]] = {}
        self.gone = [False] * workers  # a worker's pipe ended: no more results from it
        self.ready = threading.Condition()
        self.pids: list[int] = []
        self.fds: list[int] = []  # pipe ends still to close
        self.threads: list[threading.Thread] = []
        self.taken = 0

    def start(self) -> None:
        pipes = [os.pipe() for _ in range(self.workers)]
        self.fds = [fd for pair in pipes for fd in pair]
        parent = os.getpid()
        for first, (_, write) in enumerate(pipes):
            pid = os.fork()
            if pid == 0:
                _work(parent, first, self.workers, self.chunks, write, [fd for fd in self.fds if fd != write])
            self.pids.append(pid)
        for first, (read, write) in enumerate(pipes):
            os.close(write)  # (the worker's is the only one left: its end is the pipe's)
            self.fds.remove(write)
            pipe = os.fdopen(read, "rb")
            self.fds.remove(read)
            thread = threading.Thread(target=self._read, args=(first, pipe), daemon=True, name=f"results-{first}")
            thread.start()
            self.threads.append(thread)

    def _read(self, first: int, pipe: IO[bytes]) -> None:
        index = first
        with pipe:
            try:
                while len(header := pipe.read(_HEADER.size)) == _HEADER.size:
                    size, failed = _HEADER.unpack(header)
                    if len(payload := pipe.read(size)) < size:
                        break
                    with self.ready:
                        self.results[index] = (bool(failed), payload)
                        self.ready.notify_all()
                    index += self.workers
            finally:
                with self.ready:
                    self.gone[first] = True
                    self.ready.notify_all()

    def result(self, index: int) -> bytes:
        """The pickled results of chunk `index`, waiting for them; a job's exception raised."""
        with self.ready:
            while index not in self.results:
                if self.gone[index % self.workers]:
                    raise _lost(self.pids[index % self.workers])
                self.ready.wait()
            failed, payload = self.results.pop(index)
        self.taken += 1
        if failed:
            error, trace = pickle.loads(payload)
            error.add_note(f"in a worker of the build:\n{trace}")
            raise error
        return payload

    def end(self) -> None:
        """The workers ended (killed, unless every result was taken) and waited for."""
        if self.taken < len(self.chunks):
            for pid in self.pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        for pid in self.pids:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
        for fd in self.fds:  # (stopped while starting)
            os.close(fd)
        for thread in self.threads:
            thread.join()  # (their pipes are at an end now: every writer is gone)


class WorkerLost(RuntimeError):
    """A worker stopped without its results: killed (by the out-of-memory killer, say)."""


def _lost(pid: int) -> WorkerLost:
    # (waited for: its pipe closes as it dies, a moment before it can be reaped)
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 0
    how = f" by signal {os.WTERMSIG(status)}" if status and os.WIFSIGNALED(status) else ""
    return WorkerLost(f"a worker of the build was stopped{how} before it finished its work")


def _work(parent: int, first: int, step: int, chunks: list[tuple[int, int]], write: int, others: list[int]) -> None:
    """A worker: chunks first, first + step, … in turn, each result written to `write`."""
    global _in_worker
    _in_worker = True
    status = 1
    try:
        # Ctrl-C reaches every process of the terminal's group: the parent stops the build and
        # reports once; workers printing their own tracebacks would only bury that.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        as_a_child(parent)
        for fd in others:  # other workers' pipes: theirs to end
            os.close(fd)
        with os.fdopen(write, "wb") as pipe:
            for index in range(first, len(chunks), step):
                try:
                    payload, failed = _run_chunk(chunks[index]), False
                except Exception as exc:  # a bug: the build raises it, with where it happened here
                    payload, failed = _pickled_error(exc), True
                pipe.write(_HEADER.pack(len(payload), failed))
                pipe.write(payload)
                if failed:
                    break
                pipe.flush()
        status = 0
    finally:
        os._exit(status)


def _pickled_error(exc: Exception) -> bytes:
    trace = "".join(traceback.format_exception(exc))
    try:
        return pickle.dumps((exc, trace))
    except Exception:  # an exception that does not pickle: its words, at least
        return pickle.dumps((RuntimeError(f"{type(exc).__name__}: {exc}"), trace))


def _run_chunk(bounds: tuple[int, int]) -> bytes:
    # Pickled here, the way the cache is (pickling.py): the parent unpickles every result,
    # and Python's own reduction of dataclasses makes that a bottleneck.
    results = dumps([_jobs[i]() for i in range(*bounds)])
    if bounds[0] // CHUNK % TRIM_EVERY == 0:
        trim_heap()
    return results

"""Run a build's independent jobs on every core, results in submission order.

The build's own process runs its share of the jobs, and forks a helper for each other core.
Helpers are forked after the site is resolved and indexed, so they inherit it (and the
jobs, which are closures over it) instead of receiving it pickled; only each job's result
travels back. Results come back in the order the jobs were given, so the output never
depends on which process ran what. A helper is one more process holding its own copy of
every page of memory it touches (CPython's reference counts write to each object it
reads): the build's process working too, rather than waiting for two helpers, makes two
such copies of the site instead of three.

The helpers share nothing with the build but two pipes each: one the build gives them
chunks of jobs on, one they send the results back on. A build stopped at any moment
(Ctrl-C, SIGTERM) kills them and is done. multiprocessing.Pool's workers take their tasks
under a lock they share with it, and its terminate() waits for that lock: stopped while a
worker held it, waiting for a task, the build waited forever (1 in 20 builds stopped by
`timeout`), and so did every later build, for its lock.
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

from generator.forked import as_a_child, available_cores, free_cores, trim_heap
from generator.pickling import dumps

PARALLEL_MIN = 200  # below this many jobs, starting workers costs more than it saves
CHUNK = 32
TRIM_EVERY = 8  # chunks a process runs between handing back the memory it freed (_ran)
_ORDER = struct.Struct("<I")  # a chunk given to a helper
_HEADER = struct.Struct("<IQB")  # the chunk, its result's length in bytes, and whether it is a job's exception

_jobs: Sequence[Callable[[], Any]] = ()  # set in the parent just before forking
_in_worker = False  # set in each helper as it starts, and in the build's process while it runs a chunk
_chunks_run = 0  # by this process: every TRIM_EVERY it hands back the memory it freed


def in_worker() -> bool:
    """Whether a pool's job is running: whatever it adds to a cache ends with its helper,
    or (in the build's own process) would hold what some pages needed and not others."""
    return _in_worker


def run_all(jobs: Sequence[Callable[[], Any]], workers: int) -> Iterator[Any]:
    """Each job's result, in order; on `workers` cores when it pays: the build's own process
    takes its share, and forks a helper for each other core."""
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
    frozen = gc.get_freeze_count() > 0
    # Objects in the permanent generation are never touched by a worker's garbage
    # collector, so the pages holding the site stay shared with the parent.
    gc.freeze()
    trim_heap()
    team = Team(workers - 1, -(-len(jobs) // CHUNK))
    try:
        team.start()
        for index in range(team.chunks):
            yield from team.result(index)
    finally:
        team.end()
        _jobs = ()
        if not frozen:
            gc.unfreeze()


class Team:
    """The build's process and up to `helpers` forked ones sharing `chunks` chunks of the
    jobs (numbered from 0: _chunk_bounds). A helper is given one chunk as it starts, and then
    as it sends a result back, up to two at a time (the next one waiting while it runs one);
    a thread per helper reads them as they come. The build's process takes the next one not
    given whenever the result it needs next has not come yet. Once a chunk has failed, no
    more are given or taken: the results before it are waited for, then its error raised.

    A helper is forked only while a core is free: a forked child saving the cache
    (forked.busy) keeps one busy, and the helper waits for it to end. The build's process
    renders meanwhile; two of them rendering beside the save would only take turns on the
    cores, each holding its own copy of every page of the site it touches."""

    def __init__(self, helpers: int, chunks: int) -> None:
        self.helpers, self.chunks = helpers, chunks
        self.results: dict[int, tuple[bool, Any]] = {}  # (whether it failed, what it gave)
        self.given: dict[int, int] = {}  # chunk → the helper it was given to
        self.free = 0  # the first chunk not given or taken
        self.failed = False  # a chunk failed: no more are given or taken
        self.pending: list[int] = []  # each helper's chunks given and not sent back
        self.gone: list[bool] = []  # a helper's pipe ended: no more results from it
        self.ready = threading.Condition()
        self.pids: list[int] = []
        self.orders: list[int | None] = []  # the pipe each helper's chunks are given on, until closed
        self.reads: dict[int, int] = {}  # each helper's results pipe, while its thread reads it
        self.threads: list[threading.Thread] = []
        self.taken = 0

    def start(self) -> None:
        """Fork the helpers there are free cores for (more later, as cores free up). A fork
        that fails (out of memory) leaves the build's process to do the rest alone."""
        while len(self.pids) < min(self.helpers, free_cores()) and self.free < self.chunks and not self.failed:
            try:
                self._fork()
            except OSError:
                self.helpers = len(self.pids)

    def _fork(self) -> None:
        # (A pipe end is recorded once, after the fork: a build stopped (Ctrl-C) in between
        # leaves it open until the process ends, never closes it twice.)
        fds: list[int] = []
        parent = os.getpid()
        try:
            fds += os.pipe()
            fds += os.pipe()
            orders, order, read, write = fds
            with self.ready:  # (no reader closes its pipe meanwhile: the helper closes its copy)
                others = [*self._open_orders(), *self.reads.values(), order, read]
                pid = os.fork()
        except OSError:
            for fd in fds:
                os.close(fd)
            raise
        if pid == 0:
            _work(parent, orders, write, others)
        os.close(orders)  # (the helper's ends are its only ones: its pipes end with it)
        os.close(write)
        pipe = os.fdopen(read, "rb")
        helper = len(self.pids)
        with self.ready:
            self.reads[helper] = read
            self.pids.append(pid)
            self.orders.append(order)
            self.gone.append(False)
            self.pending.append(0)
            self._give(helper)
        thread = threading.Thread(target=self._read, args=(helper, pipe), daemon=True, name=f"results-{helper}")
        thread.start()
        self.threads.append(thread)

    def _give(self, helper: int) -> None:
        """The next chunk not taken to `helper` (under self.ready); none left: its last."""
        order = self.orders[helper]
        if order is None or self.failed:
            return
        if self.free < self.chunks:
            self.given[self.free] = helper
            self.free += 1
            self.pending[helper] += 1
            with contextlib.suppress(BrokenPipeError):  # (the helper was killed: its chunk, lost, says so)
                os.write(order, _ORDER.pack(self.free - 1))  # (a few bytes into an empty pipe: never waits)
                return
        self.orders[helper] = None
        os.close(order)

    def _open_orders(self) -> list[int]:
        return [order for order in self.orders if order is not None]

    def _read(self, helper: int, pipe: IO[bytes]) -> None:
        try:
            while len(header := pipe.read(_HEADER.size)) == _HEADER.size:
                index, size, failed = _HEADER.unpack(header)
                if len(payload := pipe.read(size)) < size:
                    break
                with self.ready:
                    self.results[index] = (bool(failed), payload)
                    self.pending[helper] -= 1
                    self.failed = self.failed or bool(failed)
                    while self.pending[helper] < 2 and self.orders[helper] is not None and not self.failed:
                        self._give(helper)
                    self.ready.notify_all()
        finally:
            with self.ready:
                pipe.close()
                del self.reads[helper]
                self.gone[helper] = True
                self.ready.notify_all()

    def result(self, index: int) -> list[Any]:
        """The results of chunk `index`: taken here if no helper has it, else waited for
        (with other chunks taken here meanwhile); a job's exception raised."""
        while True:
            if len(self.pids) < self.helpers:
                self.start()
            with self.ready:
                if index in self.results:
                    failed, got = self.results.pop(index)
                    break
                if (helper := self.given.get(index)) is not None and self.gone[helper]:
                    raise _lost(self.pids[helper])
                take = self.free if self.free < self.chunks and not self.failed else None
                if take is None:
                    self.ready.wait()
                    continue
                self.free += 1
            done = _own_chunk(_chunk_bounds(take))
            with self.ready:
                self.results[take] = done
                self.failed = self.failed or done[0]
        self.taken += 1
        if isinstance(got, bytes):
            if failed:
                error, trace = pickle.loads(got)
                error.add_note(f"in a worker of the build:\n{trace}")
                raise error
            return pickle.loads(got)
        if failed:
            raise got
        return got

    def end(self) -> None:
        """The helpers ended (killed, unless every result was taken) and waited for."""
        if self.taken < self.chunks:
            for pid in self.pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
        with self.ready:  # (the helpers' orders: without more, they end; or stopped while starting)
            fds, self.orders = self._open_orders(), [None] * len(self.orders)
        for fd in fds:
            os.close(fd)
        for pid in self.pids:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
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


def _work(parent: int, orders: int, write: int, others: list[int]) -> None:
    """A helper: each chunk it is given on `orders` run in turn, its result written to `write`."""
    global _in_worker
    _in_worker = True
    status = 1
    try:
        # Ctrl-C reaches every process of the terminal's group: the parent stops the build and
        # reports once; workers printing their own tracebacks would only bury that.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        as_a_child(parent)
        for fd in others:  # other helpers' pipes, and the parent's ends of its own
            os.close(fd)
        with os.fdopen(orders, "rb") as given, os.fdopen(write, "wb") as pipe:
            while len(order := given.read(_ORDER.size)) == _ORDER.size:
                (index,) = _ORDER.unpack(order)
                try:
                    payload, failed = _run_chunk(_chunk_bounds(index)), False
                except Exception as exc:  # a bug: the build raises it, with where it happened here
                    payload, failed = _pickled_error(exc), True
                pipe.write(_HEADER.pack(index, len(payload), failed))
                pipe.write(payload)
                pipe.flush()
                if failed:
                    break
        status = 0
    finally:
        os._exit(status)


def _pickled_error(exc: Exception) -> bytes:
    trace = "".join(traceback.format_exception(exc))
    try:
        return pickle.dumps((exc, trace))
    except Exception:  # an exception that does not pickle: its words, at least
        return pickle.dumps((RuntimeError(f"{type(exc).__name__}: {exc}"), trace))


def _chunk_bounds(index: int) -> tuple[int, int]:
    return index * CHUNK, min(index * CHUNK + CHUNK, len(_jobs))


def _run_chunk(bounds: tuple[int, int]) -> bytes:
    """A chunk's results in a helper, pickled the way the cache is (pickling.py): the parent
    unpickles every result, and Python's own reduction of dataclasses makes that a bottleneck."""
    try:
        return dumps([_jobs[i]() for i in range(*bounds)])
    finally:
        _ran()


def _own_chunk(bounds: tuple[int, int]) -> tuple[bool, Any]:
    """A chunk run in the build's own process, as in a helper (see in_worker): (False, its
    results), or (True, the exception of the job that failed), raised once its turn comes,
    after the results of the chunks before it."""
    global _in_worker
    _in_worker = True
    try:
        return False, [_jobs[i]() for i in range(*bounds)]
    except Exception as exc:  # (a stop, Ctrl-C or SIGTERM, is no job's: it ends the build now)
        return True, exc
    finally:
        _in_worker = False
        _ran()


def _ran() -> None:
    # What a chunk renders is freed as it goes, but glibc would keep each high-water mark
    # resident: every few chunks, the memory freed is handed back.
    global _chunks_run
    _chunks_run += 1
    if _chunks_run % TRIM_EVERY == 0:
        trim_heap()

"""Run a build's independent jobs on every core, results in submission order.

Workers are forked after the site is resolved and indexed, so they inherit it (and the
jobs, which are closures over it) instead of receiving it pickled; only each job's result
travels back. Results come back in the order the jobs were given, so the output never
depends on which worker ran what.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from generator.forked import as_a_child, trim_heap
from generator.pickling import dumps

PARALLEL_MIN = 200  # below this many jobs, starting workers costs more than it saves
CHUNK = 32
# Every this many chunks a worker hands back the memory it freed (forked.trim_heap): what it
# renders is freed as it goes, but glibc would keep each high-water mark resident.
TRIM_EVERY = 8

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
    try:
        with multiprocessing.get_context("fork").Pool(workers, initializer=_start_worker,
                                                      initargs=(os.getpid(),)) as pool:
            for results in pool.imap(_run_chunk, chunks):
                yield from pickle.loads(results)
    finally:
        _jobs = ()
        if not frozen:
            gc.unfreeze()


def _start_worker(parent: int) -> None:
    global _in_worker
    _in_worker = True
    # Ctrl-C reaches every process of the terminal's group: the parent stops the pool and
    # reports once; workers printing their own tracebacks would only bury that. SIGTERM,
    # which the parent turns into a clean stop (cli.Terminated), ends a worker quietly: it is
    # how the pool itself ends them, and what a worker gets should the parent be killed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    as_a_child(parent)


def _run_chunk(bounds: tuple[int, int]) -> bytes:
    # Pickled here, the way the cache is (pickling.py): the parent unpickles every result,
    # and Python's own reduction of dataclasses makes that a bottleneck.
    results = dumps([_jobs[i]() for i in range(*bounds)])
    if bounds[0] // CHUNK % TRIM_EVERY == 0:
        trim_heap()
    return results

"""Python's cyclic garbage collector, held off around stages that make millions of objects
none of which is in a reference cycle (models read or unpickled, quotes located, the site's
graph). Each of its full collections would walk all of them for nothing: they are freed by
reference counting."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off while a large graph is made, pickled or unpickled: each object made
    along the way counts towards a collection, and the full collections that follow walk
    every object the build holds."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def kept(when: bool = True) -> Iterator[None]:
    """`paused`, for what lives to the end of the build: then every object there is gets
    frozen (gc.freeze), before the collector resumes, so that no later collection walks it
    either. Resumed first, the collector would at once walk everything made while it was off."""
    if not when:
        yield
        return
    with paused():
        try:
            yield
        finally:
            gc.freeze()


_to_exit: list[object] | None = None  # see kept_to_exit


def exit_without_teardown() -> None:
    """Said by a command that ends with os._exit (cli.run), where nothing is freed: from then
    on, `kept_to_exit` holds what it is handed."""
    global _to_exit
    _to_exit = []


def kept_to_exit(value: object) -> None:
    """Hold `value` (a build's cache: millions of objects) to the end of the process, if the
    process ends without teardown. Else, dropped by the function holding it, it is freed one
    object at a time (~0.1 s of a claim's edit at 10,000 reports), for memory the system
    takes back at once when the process ends a moment later."""
    if _to_exit is not None:
        _to_exit.append(value)

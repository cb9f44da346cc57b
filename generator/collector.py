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

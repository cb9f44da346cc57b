"""Pickling many small dataclasses quickly and compactly: for the cache on disk (store.py)
and for results coming back from the process pool (parallel.py).

Python's own reduction of a frozen dataclass with slots rebuilds each object through a
state dict and `dataclasses.fields()`, which dominates unpickling hundreds of thousands of
models; here each is written as its class and a tuple of field values.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import operator
import pickle
from collections.abc import Callable, Iterator
from typing import Any, TypeVar


def dumps(value: Any) -> bytes:
    buffer = io.BytesIO()
    FieldsPickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return buffer.getvalue()


class FieldsPickler(pickle.Pickler):
    """Dataclasses as (class, field values). The default reduction makes a state dict per
    object, and the pickler holds every one until it is done: with hundreds of thousands
    of models, that is most of the memory saving the cache takes.

    Long text that is not ASCII (a report's body) is written as UTF-8 bytes encoded here:
    pickle's own encoding of a str keeps a UTF-8 copy inside the str for as long as it
    lives, which after a cold build's save is the whole archive's text over again."""

    # class → (a getter of its fields as a tuple, which fields may hold text), or None for
    # what pickles the usual way; worked out once per class, not per object
    _plans: dict[type, tuple[Callable[[Any], tuple], tuple[int, ...]] | None] = {}

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        try:
            plan = self._plans[cls]
        except KeyError:
            plan = self._plans[cls] = _fields_plan(cls)
        if plan is None:
            return NotImplemented
        getter, texts = plan
        values = getter(obj)
        long = tuple(i for i in texts if _is_long_text(values[i]))
        if long:
            encoded = tuple(v.encode("utf-8", "surrogatepass") if i in long else v for i, v in enumerate(values))
            return _with_text, (cls, encoded, long)
        if cls in _SHARED_CLASSES:
            return _shared, (cls, values)
        return cls, values


_LONG_TEXT = 256


def _is_long_text(value: Any) -> bool:
    return type(value) is str and len(value) > _LONG_TEXT and not value.isascii()


def _with_text(cls: type, values: tuple, encoded: tuple[int, ...]) -> Any:
    """A dataclass as FieldsPickler wrote it with some text as UTF-8 bytes."""
    return cls(*(v.decode("utf-8", "surrogatepass") if i in encoded else v for i, v in enumerate(values)))


_SHARED_CLASSES: set[type] = set()
_T = TypeVar("_T")


def shared(cls: _T) -> _T:
    """Mark a frozen dataclass whose equal instances may be one object once read back, within
    `sharing()`: a cited quote's passage is saved with its report's located quotes and again
    with the brief citing it, in two files of the cache."""
    _SHARED_CLASSES.add(cls)  # type: ignore[arg-type]
    return cls


_sharing: dict[tuple, Any] | None = None  # the objects read so far, while sharing()


@contextlib.contextmanager
def sharing() -> Iterator[None]:
    """While reading several pickles, each object of a `shared` class equal to one read
    before is that one."""
    global _sharing
    _sharing = {}
    try:
        yield
    finally:
        _sharing = None


def _shared(cls: type, values: tuple) -> Any:
    """A `shared` class's object as FieldsPickler wrote it."""
    if _sharing is None:
        return cls(*values)
    key = (cls, values)
    found = _sharing.get(key)
    if found is None:
        found = _sharing[key] = cls(*values)
    return found


def _fields_plan(cls: type) -> tuple[Callable[[Any], tuple], tuple[int, ...]] | None:
    if not dataclasses.is_dataclass(cls):
        return None
    fields = dataclasses.fields(cls)
    names = [f.name for f in fields]
    texts = tuple(i for i, f in enumerate(fields) if "str" in str(f.type))
    if len(names) == 1:  # attrgetter of one name returns the value, not a tuple
        return (lambda obj: (getattr(obj, names[0]),)), texts
    return (operator.attrgetter(*names) if names else lambda obj: ()), texts

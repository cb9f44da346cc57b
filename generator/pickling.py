"""Pickling many small dataclasses quickly and compactly: for the cache on disk (store.py)
and for results coming back from the process pool (parallel.py).

Python's own reduction of a frozen dataclass with slots rebuilds each object through a
state dict and `dataclasses.fields()`, which dominates unpickling hundreds of thousands of
models; here each is written as its class and a tuple of field values.
"""

from __future__ import annotations

import dataclasses
import io
import operator
import pickle
from collections.abc import Callable
from typing import Any


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
        if not long:
            return cls, values
        encoded = tuple(v.encode("utf-8", "surrogatepass") if i in long else v for i, v in enumerate(values))
        return _with_text, (cls, encoded, long)


_LONG_TEXT = 256


def _is_long_text(value: Any) -> bool:
    return type(value) is str and len(value) > _LONG_TEXT and not value.isascii()


def _with_text(cls: type, values: tuple, encoded: tuple[int, ...]) -> Any:
    """A dataclass as FieldsPickler wrote it with some text as UTF-8 bytes."""
    return cls(*(v.decode("utf-8", "surrogatepass") if i in encoded else v for i, v in enumerate(values)))


def _fields_plan(cls: type) -> tuple[Callable[[Any], tuple], tuple[int, ...]] | None:
    if not dataclasses.is_dataclass(cls):
        return None
    fields = dataclasses.fields(cls)
    names = [f.name for f in fields]
    texts = tuple(i for i, f in enumerate(fields) if "str" in str(f.type))
    if len(names) == 1:  # attrgetter of one name returns the value, not a tuple
        return (lambda obj: (getattr(obj, names[0]),)), texts
    return (operator.attrgetter(*names) if names else lambda obj: ()), texts

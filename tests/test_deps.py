"""deps.digest: the fingerprint of values every page's fingerprint is made of."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
from pathlib import Path

from generator.deps import digest
from generator.model import ClaimKey, QuoteStatus
from generator.paging import Pager

REPO = Path(__file__).resolve().parent.parent


def _values(text: str) -> tuple:
    return (text, ClaimKey("b1", "c1"), QuoteStatus.VERIFIED, 99.5, None, dt.date(2024, 3, 5), ("평양", 3),
            [text, text], Pager(2, ("topics/t/index.html", "topics/t/page/2/index.html"), 60, 51))


def test_equal_values_digest_alike_whether_or_not_they_are_the_same_objects():
    text = "The mill runs only a few days a year."
    copy = "".join(list(text))  # equal, another object
    assert copy is not text
    assert digest(*_values(text)) == digest(*_values(copy))
    # the same object twice, or two equal ones: pickle's memo would write these apart
    assert digest([text, text]) == digest([text, copy])


def test_any_difference_of_value_or_type_or_order_changes_the_digest():
    base = _values("a")
    variants = [_values("b"), (*base[:3], 99.0, *base[4:]), (*base[:4], "", *base[5:]), base[::-1], base[:-1],
                (*base[:6], ("평양", 4), *base[7:]), (*base[:1], ("b1", "c1"), *base[2:]), ("1",), (1,), (1.0,),
                (True,), ([],), ((),)]
    digests = {digest(*v) for v in variants} | {digest(*base)}
    assert len(digests) == len(variants) + 1


def test_the_digest_is_the_same_in_another_process():
    # (no set, no hash order, no address enters it: the next build compares with this one's)
    code = ("import datetime as dt, sys; sys.path.insert(0, 'tests'); from test_deps import _values; "
            "from generator.deps import digest; print(digest(*_values('x')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True,
                          env={"PYTHONHASHSEED": "123", "PATH": ""})
    assert done.stdout.strip() == digest(*_values("x"))


def test_what_pickle_cannot_write_is_digested_by_its_repr_and_digesting_goes_on():
    class Local:  # not importable by name: pickle refuses it
        def __repr__(self) -> str:
            return "Local()"
    assert digest(Local()) == digest(Local())
    assert digest(Local(), 1) != digest(Local(), 2)
    assert digest("after", 1) == digest("after", 1) != digest("after", 2)


def test_threads_digesting_at_once_each_get_their_own():
    expected = {n: digest(n, "x" * n) for n in range(200)}
    wrong: list[int] = []

    def work() -> None:
        for _ in range(20):
            wrong.extend(n for n in range(200) if digest(n, "x" * n) != expected[n])
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []

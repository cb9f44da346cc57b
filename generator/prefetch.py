"""Stages 1 and 2 for many files at once: on a cold build, the reports and briefs the cache
has never seen are read, parsed and validated on every core, and the results put in the
cache, where `load` and `validate` then find them exactly as if they had done the work.

Only the validated model (and the diagnostics) comes back from a worker, never the parse:
the build holds one small model per file instead of a YAML tree with every position in it.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from generator.cache import BuildCache, Stripped
from generator.filestate import read_bytes, stat_key
from generator.load import content_files, content_parser, decode
from generator.parallel import PARALLEL_MIN, run_all
from generator.validate import validate_brief, validate_report


def prefetch(root: Path, cache: BuildCache, workers: int) -> None:
    if workers <= 1:
        return
    todo = [rel for folder, suffix in (("reports", ".md"), ("briefs", ".yaml"))
            for rel in content_files(root, folder, suffix, []) if rel not in cache.files]
    if len(todo) < PARALLEL_MIN:
        return
    jobs = [functools.partial(_read_and_validate, os.path.join(root, rel), rel) for rel in todo]
    for rel, done in zip(todo, run_all(jobs, workers)):
        if done is None:
            continue  # unreadable: load will say so itself
        key, racy, digest, problems, validated = done
        cache.files[rel] = (key, racy, digest, Stripped(rel) if validated is not None else None, problems)
        if validated is not None:
            cache.validated[(rel, digest)] = validated


def _read_and_validate(path: str, rel: str) -> tuple | None:
    """What load and validate would compute for one file: its stat key, racy flag, digest,
    parse diagnostics, and (model, diagnostics) when it parsed."""
    try:
        stat = os.stat(path)
        raw, digest, racy = read_bytes(path, stat)
    except OSError:
        return None
    problems: list = []
    text = decode(raw, rel, problems)
    record = None if text is None else content_parser(rel)(text, problems)
    if record is None:
        return stat_key(stat), racy, digest, tuple(problems), None
    found: list = []
    model = (validate_report if rel.endswith(".md") else validate_brief)(record, found)
    return stat_key(stat), racy, digest, tuple(problems), (model, tuple(found))

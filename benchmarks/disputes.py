"""Claims that dispute claims of other briefs, added to a synthetic archive.

`synth.py` has a claim dispute only another claim of its own brief. Analysts also dispute
earlier briefs, and those disputes chain briefs together across an archive: an edit of a
report cited in the chain is then made from a part of the site that follows them (see
generator/patch.py). `add_disputes(root, share)` gives that share of the claims that dispute
nothing a `contradicts` naming a claim of an earlier brief, deterministically.

    python benchmarks/disputes.py DIR --share 0.03
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from random import Random

_CLAIM_ID = re.compile(r"^- id: (\S+)$", re.MULTILINE)


def add_disputes(root: Path, share: float, seed: int = 0) -> int:
    """Add the disputes to the briefs under `root`/content/briefs; how many were added."""
    rng = Random(seed)
    earlier: list[str] = []  # "brief/claim" of every claim of the briefs seen so far
    added = 0
    for path in sorted((root / "content" / "briefs").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        claims = _CLAIM_ID.findall(text)
        parts = re.split(r"(?=^- id: )", text, flags=re.MULTILINE)
        for i, part in enumerate(parts):
            if part.startswith("- id: ") and "\n  contradicts:" not in part and earlier and rng.random() < share:
                head, _, rest = part.partition("\n")
                parts[i] = f"{head}\n  contradicts: [{rng.choice(earlier)}]\n{rest}"
                added += 1
        path.write_text("".join(parts), encoding="utf-8")
        earlier += [f"{path.stem}/{claim}" for claim in claims]
    return added


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path, help="site root holding content/ (from synth.py)")
    parser.add_argument("--share", type=float, default=0.03, help="share of claims given a dispute (default 0.03)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(f"{add_disputes(args.dir, args.share, args.seed)} disputes added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

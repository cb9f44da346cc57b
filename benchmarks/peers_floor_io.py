"""The I/O floor, run as a child process by bench_peers.py: copy the reports unchanged.

    python benchmarks/peers_floor_io.py SRC_DIR OUT_DIR

Reads every `SRC_DIR/*.md` and writes its bytes to `OUT_DIR`: what any generator pays just to
touch the archive, interpreter start-up included. Imports nothing beyond what that needs,
so the time is not someone else's start-up.
"""

from __future__ import annotations

import sys
from pathlib import Path


def copy_reports(src: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True)
    # read + write, not shutil.copyfile: sendfile() would skip the round trip through Python.
    for source in sorted(src.glob("*.md")):
        (out_dir / source.name).write_bytes(source.read_bytes())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    copy_reports(Path(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""`python -m generator` is the same as the `briefing` command, whose entry point is `run`."""

import os
import signal


def run() -> None:
    """The command. Ctrl-C while its modules are imported (~0.15 s; the command then
    handles it itself) ends it as Ctrl-C later does: "interrupted", status 130, no traceback."""
    previous = signal.getsignal(signal.SIGINT)
    ours = previous is signal.default_int_handler  # (not where SIGINT is ignored: `nohup`, `cmd &`)
    if ours:
        signal.signal(signal.SIGINT, _interrupted)
    from generator.cli import run as command

    if ours:
        signal.signal(signal.SIGINT, previous)
    command()


def _interrupted(_signum: int, _frame: object) -> None:
    os.write(2, b"interrupted\n")
    os._exit(128 + signal.SIGINT)


if __name__ == "__main__":
    run()

"""`python -m generator` is the same as the `briefing` command."""

from generator.cli import main

raise SystemExit(main())

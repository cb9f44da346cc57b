"""Briefing: static briefing sites whose every claim cites the exact words of a source.

The pipeline runs one way: load → validate → resolve → index → render → write;
`build.build_site` runs it and the command line in `cli` calls that.
"""

__version__ = "0.1.0"

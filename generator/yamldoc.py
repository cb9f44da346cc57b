"""YAML text → `YamlDoc`: plain values, and the line and column each was written at.

The safe loader composes the node tree (libyaml's when installed); the tree is turned into
plain values here, recording every node's mark, so a message can point at the exact place a
value was written. Syntax errors, unsupported tags, alias bombs and characters YAML refuses
become diagnostics, never exceptions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.constructor import SafeConstructor

from generator.diagnostics import Diagnostic, Pos, error, warning
from generator.filestate import MAX_TEXT_BYTES

Key = tuple[Any, ...]
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# A document with more nodes than this is an alias bomb or not a content file.
MAX_NODES = 500_000
# … or with more text in its values than a content file may hold (filestate.MAX_TEXT_BYTES):
# an anchored 345 kB quote cited by 10,000 claims (`quote: *big`) made a 250 MB site
MAX_TEXT = MAX_TEXT_BYTES
MAX_DEPTH = 100  # nesting deeper than any content file needs; guards the recursion
MAX_FAILURES = 50  # problems reported of one document
_STANDARD_TAGS = ("tag:yaml.org,2002:map", "tag:yaml.org,2002:seq")
_SCALAR_TAGS = tuple(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp"))
_STR_TAG = _SCALAR_TAGS[0]


@dataclass(frozen=True, slots=True)
class YamlDoc:
    """A parsed YAML document: plain data plus where every value and key was written."""

    path: str
    data: Any
    value_marks: dict[Key, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Key, tuple[int, int]] = field(default_factory=dict)
    # YAML 1.1 reads plain `010` as 8, `1.10` as 1.1, `no` as false: for each such value, the
    # text as written, which is what a text field (an id above all) means.
    written: dict[Key, str] = field(default_factory=dict)

    def pos(self, *keys: Any) -> Pos:
        """The position of the value at `keys`, or of its nearest written ancestor."""
        for depth in range(len(keys), -1, -1):
            mark = self.value_marks.get(keys[:depth])
            if mark:
                return Pos(self.path, *mark)
        return Pos(self.path, 1, 1)

    def key_pos(self, *keys: Any) -> Pos:
        mark = self.key_marks.get(keys)
        return Pos(self.path, *mark) if mark else self.pos(*keys)

    def text(self, *keys: Any) -> str | None:
        """The value at `keys` as text written in the file: a string, or the source of a
        plain scalar YAML read as a number, true/false or a date; None for anything else."""
        value: Any = self.data
        for key in keys:
            if isinstance(value, dict):
                value = value.get(key)
            elif isinstance(value, list) and isinstance(key, int) and 0 <= key < len(value):
                value = value[key]
            else:
                return None
        return value if isinstance(value, str) else self.written.get(keys)


# A comment right after a plain value: " #", and the word a hashtag would go on with
_COMMENT_AFTER = re.compile(r"[ \t]+#(\S)?")


# The line and paragraph separators and NEL, which text pasted from the web brings: YAML 1.1
# (PyYAML) breaks lines at them, YAML 1.2 and every editor do not. In a block scalar or a
# comment a break there ended it ("did not find expected key", for a line the user could not
# see): read as the spaces they show as.
_BREAKS_OF_YAML_11 = "\u2028\u2029\x85"
_AS_SPACES = str.maketrans(dict.fromkeys(_BREAKS_OF_YAML_11, " "))


def parse_yaml(text: str, rel: str, diags: list[Diagnostic], line_offset: int = 0) -> YamlDoc | None:
    """Parse one YAML document safely, keeping the position of every key and value."""
    if any(c in text for c in _BREAKS_OF_YAML_11):
        text = text.translate(_AS_SPACES)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        diags.append(_syntax_error(exc, text, rel, line_offset))
        return None
    except yaml.reader.ReaderError as exc:
        diags.append(_reader_error(exc, text, rel, line_offset))
        return None
    except yaml.YAMLError as exc:
        diags.append(error(Pos(rel), f"invalid YAML: {exc}"))
        return None
    except RecursionError:
        diags.append(error(Pos(rel, 1 + line_offset, 1), "YAML nests too deeply to read"))
        return None
    doc = YamlDoc(rel, None)
    if node is None:
        return doc
    builder = _Builder(doc, line_offset, diags, text)
    data = builder.convert(node, ())
    return None if builder.failed else YamlDoc(rel, data, doc.value_marks, doc.key_marks, doc.written)


def _reader_error(exc: yaml.reader.ReaderError, text: str, rel: str, line_offset: int) -> Diagnostic:
    """A character YAML does not allow anywhere (a control character, say), where it is."""
    # Its offset counts characters in PyYAML's reader but UTF-8 bytes in libyaml's; either
    # stops at the first character not allowed, which is the character it names.
    char = chr(exc.character) if isinstance(exc.character, int) else ""
    at = text.find(char) if char else -1
    if at < 0:
        return error(Pos(rel), f"invalid YAML: {exc.reason}")
    line = text.count("\n", 0, at) + 1 + line_offset
    col = at - (text.rfind("\n", 0, at) + 1) + 1
    kind = "control character" if unicodedata.category(char) == "Cc" else "character"
    return error(Pos(rel, line, col), f"invalid YAML: {kind} U+{ord(char):04X} is not allowed",
                 "delete it (most editors do not show it); in a double-quoted string it may be "
                 f"written as an escape: \"\\u{ord(char):04x}\"")


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, rel: str, line_offset: int) -> Diagnostic:
    """Where YAML stopped understanding the text (the problem mark), unless that is only the
    end of the document, which an unclosed quote or bracket runs to: then where the unclosed
    thing opened (the context mark)."""
    lines = _YAML_LINES.split(text)  # as YAML counts them: its marks' lines
    found, context = exc.problem_mark, exc.context_mark
    at_end = found is None or not "\n".join(lines[found.line:])[found.column:].strip()
    if at_end and (context is None or not "\n".join(lines[context.line:])[context.column:].strip()) \
            and (opened := _last_opener(lines)) is not None:
        # "places: [" as the last line: both marks are the end of the text, past the bracket
        context = yaml.Mark("", 0, opened[0], opened[1], None, None)
        exc = yaml.MarkedYAMLError("while parsing a flow node", context, exc.problem, exc.problem_mark)
    mark = (context or found) if at_end else found
    if mark is None:
        return error(Pos(rel), f"invalid YAML: {exc.problem or exc}")
    problem = " ".join(str(part) for part in (exc.context, exc.problem) if part)
    line = lines[mark.line] if mark.line < len(lines) else ""
    indented_with_tab = "\t" in line[:len(line) - len(line.lstrip())]
    hint = (_misindented(lines, mark.line, line_offset) or _yaml_hint(problem, indented_with_tab)
            or _unclosed(exc, lines, at_end, line_offset))
    if not hint and mark is found and context is not None and context.line != found.line:
        hint = (f"in the entry that starts on line {context.line + 1 + line_offset}: a quote left "
                'open above here, or a " inside "…" (write \\" or use \'…\'), is the usual cause')
    return error(Pos(rel, mark.line + 1 + line_offset, mark.column + 1), f"invalid YAML: {problem}", hint)


def _last_opener(lines: list[str]) -> tuple[int, int] | None:
    """The line and column of a "[" or "{" that is the text's last character but comments
    and white space, if one is."""
    for at in range(len(lines) - 1, -1, -1):
        content = lines[at].split(" #", 1)[0].rstrip()
        if content.strip() and not content.lstrip().startswith("#"):
            return (at, len(content) - 1) if content[-1] in "[{" else None
    return None


def _unclosed(exc: yaml.MarkedYAMLError, lines: list[str], at_end: bool, line_offset: int) -> str:
    """A bracket or quote that is never closed: say which, and where it opened."""
    context = exc.context_mark
    if context is None or context.line >= len(lines) or context.column >= len(lines[context.line]):
        return ""
    opened = lines[context.line][context.column]
    where = f"line {context.line + 1 + line_offset}, column {context.column + 1}"
    if opened in "[{" and "flow" in (exc.context or ""):
        what, closing = ("list", "]") if opened == "[" else ("mapping", "}")
        return f'the {what} opened by "{opened}" at {where} is not closed: end it with "{closing}"'
    if opened in "\"'" and at_end and "quoted scalar" in (exc.context or ""):
        return f"the text quoted by {opened} at {where} is never closed: end it with another {opened}"
    return ""


# "    text: …", "  - report: …": a key has no spaces, and opens no flow mapping or list ("{id: c1}")
_KEY_LINE = re.compile(r"( *)(- +)?([^\s#:'\"{\[][^\s:#]*):(?:\s|$)")
_BLOCK_SCALAR = re.compile(r"[|>][1-9+-]{0,2}$")  # "text: |", "summary: >-": the lines below are its text


def _misindented(lines: list[str], at: int, line_offset: int) -> str:
    """When the key on line `at` is indented off the keys around it, which YAML reports as
    something else ("mapping values are not allowed", "did not find expected '-'"): say so."""
    here = _KEY_LINE.match(lines[at]) if at < len(lines) else None
    if here is None or here.group(2):
        return ""
    indent = len(here.group(1))
    keyed = _key_lines(lines[:at])
    above = next((i for i in range(at - 1, -1, -1) if keyed[i] is not False and lines[i].strip()
                  and not lines[i].lstrip().startswith("#")), None)
    key = keyed[above] if above is not None else None
    if not key:
        return ""
    shown = above + 1 + line_offset
    dash, keys = len(key.group(1)), len(key.group(1)) + len(key.group(2) or "")
    value = lines[above][key.end():]
    if indent > keys and value.strip():
        if " #" in f" {value}":  # a comment ends the value: nothing is read as more of it
            return (f'"{here.group(3).strip()}:" is indented more than "{key.group(3).strip()}:" on line {shown}: '
                    "line it up with the keys beside it")
        return (f'"{here.group(3).strip()}:" is indented more than "{key.group(3).strip()}:" on line {shown}, so YAML '
                "reads it as more of that value: line it up with the keys beside it, or, if it is part of the "
                'value, put the value in quotes ("…: …")')
    if key.group(2) and indent == dash:
        return (f'"{here.group(3).strip()}:" lines up with the "-" of the list item on line {shown}: indent it '
                f'{keys - dash} more spaces, as "{key.group(3).strip()}:", to put it in that item')
    columns = {len(k.group(1)) + len(k.group(2) or "") for k in keyed[:above] if isinstance(k, re.Match)}
    if indent < keys and indent not in columns:
        fewer = f'{keys - indent} space{"s" if keys - indent > 1 else ""}'
        return (f'"{here.group(3).strip()}:" is indented {fewer} less than "{key.group(3).strip()}:" on line '
                f"{shown}, and lines up with no key above it: line it up with the keys beside it")
    return ""


def _key_lines(lines: list[str]) -> list[re.Match[str] | None | bool]:
    """Each line's key (_KEY_LINE), or None where it has none; False where it is the text of a
    block scalar ("text: |" and the lines indented below it), whatever it looks like."""
    found: list[re.Match[str] | None | bool] = []
    block = -1  # the indent of the key whose block scalar the lines are in; -1: none
    for line in lines:
        if block >= 0 and (not line.strip() or len(line) - len(line.lstrip(" ")) > block):
            found.append(False)
            continue
        key = _KEY_LINE.match(line)
        found.append(key)
        value = line[key.end():].split(" #", 1)[0].strip() if key else ""
        block = len(key.group(1)) + len(key.group(2) or "") if key and _BLOCK_SCALAR.match(value) else -1
    return found


def _yaml_hint(problem: str, indented_with_tab: bool) -> str:
    if "mapping values are not allowed" in problem:
        return 'a value containing ": " must be quoted, e.g. text: "Note: …"'
    # PyYAML says "found character '\t'"; libyaml, which reads when installed, may say only
    # "found character that cannot start any token": the line itself tells.
    if indented_with_tab or "found character '\\t'" in problem:
        return "YAML does not allow tabs for indentation; use spaces"
    if "maximum nesting depth" in problem:  # libyaml's limit: 1,000 lists or mappings, one in another
        return ('outside quotes, each "[" or "{" opens a list or a mapping: if this value is text, put it in '
                'quotes ("…")')
    if "expected a single document" in problem:
        return "a brief, a report's front matter or a settings file is one YAML document: remove the second ---"
    return ""


_YAML_LINES = re.compile("\r\n|[\n\r]")  # (NEL, U+2028 and U+2029 are spaces by then: _AS_SPACES)


class _Builder:
    """Turns a composed YAML node tree into plain values, recording marks on the way."""

    def __init__(self, doc: YamlDoc, line_offset: int, diags: list[Diagnostic], text: str = ""):
        self.doc, self.offset, self.diags, self.text = doc, line_offset, diags, text
        self.lines: list[str] | None = None  # the text's lines, split for the first block scalar
        self.constructor: SafeConstructor | None = None  # made for the first value not a string
        self.nodes = 0
        self.text_size = 0  # characters of all the scalars converted, aliases repeated
        self.failed = False
        self.said: set[tuple[tuple[int, int], str]] = set()
        self.open_nodes: set[int] = set()  # collections being converted: an alias to one is a cycle

    def mark(self, node: yaml.Node) -> tuple[int, int]:
        return (node.start_mark.line + 1 + self.offset, node.start_mark.column + 1)

    def block_mark(self, node: yaml.ScalarNode) -> tuple[int, int]:
        """Where a block scalar's text starts (its first line that is not blank), not its
        `|` or `>`: a message about a quote written as one points at the quote's words."""
        if not node.value:  # nothing written: the next line is the next key's
            return self.mark(node)
        if self.lines is None:  # split where YAML counts its lines (a lone CR too)
            self.lines = _YAML_LINES.split(self.text)
        for line in range(node.start_mark.line + 1, min(node.end_mark.line + 1, len(self.lines))):
            text = self.lines[line]
            if text.strip():
                return (line + 1 + self.offset, len(text) - len(text.lstrip()) + 1)
        return self.mark(node)

    def fail(self, node: yaml.Node, message: str, hint: str = "") -> None:
        """Every problem of the document is reported, each once, up to MAX_FAILURES: past
        MAX_NODES, an alias bomb would repeat the same one a million times."""
        said = (self.mark(node), message)
        if len(self.said) < MAX_FAILURES and self.nodes <= MAX_NODES + 1 and said not in self.said:
            self.diags.append(error(Pos(self.doc.path, *said[0]), message, hint))
            self.said.add(said)
        self.failed = True

    def convert(self, node: yaml.Node, path: Key) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self.fail(node, "YAML document is too large (too many nodes or aliases)")
            return None
        if len(path) > MAX_DEPTH or id(node) in self.open_nodes:
            self.fail(node, "YAML value nests too deeply or contains itself (a recursive alias)")
            return None
        if isinstance(node, yaml.ScalarNode):
            before, self.text_size = self.text_size, self.text_size + len(node.value)
            if self.text_size > MAX_TEXT:
                if before <= MAX_TEXT:  # said once, where it happens
                    self.fail(node, f"YAML document is too large (its aliases repeat more than "
                                    f"{MAX_TEXT // 2**20} MB of text)", "write the text once where it is needed")
                self.failed = True
                return None
            return self.convert_scalar(node, path)
        self.open_nodes.add(id(node))
        try:
            return self.convert_collection(node, path)
        finally:
            self.open_nodes.discard(id(node))

    def convert_collection(self, node: yaml.Node, path: Key) -> Any:
        self.doc.value_marks[path] = self.mark(node)
        if node.tag not in _STANDARD_TAGS:
            self.fail(node, f"unsupported YAML tag {node.tag}", "only plain YAML values are allowed")
            return None
        if isinstance(node, yaml.MappingNode):
            return self.convert_mapping(node, path)
        return [self.convert(item, (*path, i)) for i, item in enumerate(node.value)]

    def convert_scalar(self, node: yaml.ScalarNode, path: Key) -> Any:
        self.doc.value_marks[path] = self.block_mark(node) if node.style in ("|", ">") else self.mark(node)
        if node.tag == _STR_TAG:  # most values: what SafeConstructor makes of them, without its dispatch
            if not node.style:
                self.check_comment_after(node, path)
            return node.value
        if node.tag not in _SCALAR_TAGS:
            self.fail(node, f"unsupported YAML tag {node.tag}", "only plain YAML values are allowed")
            return None
        if not node.style and node.tag != "tag:yaml.org,2002:null":  # plain ("" from libyaml)
            self.doc.written.setdefault(path, node.value)  # explicit keys before merged ones
        if self.constructor is None:
            # A bare constructor, not a loader: a loader's parser holds a bound method of its
            # own (`state`), a reference cycle that only the cyclic collector frees, which the
            # build holds off while it reads (collector.py). A SafeLoader made for each
            # document stayed in memory to the end of the build: ~17 MiB at 10,000 reports.
            self.constructor = SafeConstructor()
        try:
            return self.constructor.construct_object(node, deep=True)
        except Exception:  # PyYAML raises many kinds on values like `!!int ''`
            if node.tag == "tag:yaml.org,2002:timestamp" and isinstance(node.value, str):
                return node.value  # looks like a date but is not one: validation says so
            self.fail(node, f"invalid YAML value for {node.tag.rsplit(':', 1)[-1]}: {node.value[:60]}")
            return None

    def check_comment_after(self, node: yaml.ScalarNode, path: Key) -> None:
        """Warn where " #" ended a plain value that meant to go on: a hashtag ("solar panels
        #1", "data #available"), or any comment after a quote, whose words are checked."""
        if self.lines is None:
            self.lines = _YAML_LINES.split(self.text)
        line = node.end_mark.line
        # matched where the value ends, not on a copy of the rest of its line: a flow list of
        # 200,000 items on one line copied it 200,000 times (9 s)
        comment = _COMMENT_AFTER.match(self.lines[line], node.end_mark.column) if line < len(self.lines) else None
        if comment is None or not (comment[1] or path[-1:] == ("quote",)):
            return
        self.diags.append(warning(Pos(self.doc.path, line + 1 + self.offset, comment.end() - len(comment[1] or "")),
                                  '" #" starts a YAML comment: the value ends before it and the rest of the line '
                                  "is left out", 'put the value in quotes to keep a "#" in it'))

    def convert_mapping(self, node: yaml.MappingNode, path: Key) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        merged: list[tuple[yaml.Node, yaml.Node]] = []
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                merged.append((key_node, value_node))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(key_node, "a mapping key must be a plain value")
                continue
            key = key_node.value
            if key in result:
                first = self.doc.key_marks[(*path, key)][0]
                self.diags.append(error(Pos(self.doc.path, *self.mark(key_node)),
                                        f'duplicate key "{key}" (first given on line {first})',
                                        # in a list's entry, two entries run together more often
                                        'remove one of them, or start a new entry with "- " where the second '
                                        "begins" if path and isinstance(path[-1], int) else "remove one of them"))
                continue
            self.doc.key_marks[(*path, key)] = self.mark(key_node)
            result[key] = self.convert(value_node, (*path, key))
        for merge, source in merged:  # YAML merge keys (<<: *defaults): explicit keys win
            sources = source.value if isinstance(source, yaml.SequenceNode) else [source]
            for item in sources:
                value, marks = self.convert_apart(item, path)
                if isinstance(value, dict):
                    taken = [key for key in value if key not in result]  # in written order
                    for key in taken:
                        result[key] = value[key]
                    self.adopt(marks, path, set(taken))
                else:  # said where the "<<" is: an alias's items are written elsewhere, often twice
                    self.fail(merge, "a merge key (<<) needs a mapping, or a list of mappings")
                    break
        return result

    def convert_apart(self, node: yaml.Node, path: Key) -> tuple[Any, YamlDoc]:
        """A merged mapping, its marks kept apart: where a key is written explicitly, its
        own line, not the anchor's, is where messages about it point."""
        doc = self.doc
        self.doc = apart = YamlDoc(doc.path, None)
        try:
            return self.convert(node, path), apart
        finally:
            self.doc = doc

    def adopt(self, apart: YamlDoc, path: Key, taken: set[Any]) -> None:
        """The marks of the keys taken from a merged mapping, and of everything inside them."""
        n = len(path)
        for mine, theirs in ((self.doc.value_marks, apart.value_marks), (self.doc.key_marks, apart.key_marks),
                             (self.doc.written, apart.written)):
            for key, mark in theirs.items():
                if len(key) > n and key[n] in taken and key[:n] == path:
                    mine.setdefault(key, mark)

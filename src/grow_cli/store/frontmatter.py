"""The note file format: a `+++` line, TOML, a `+++` line, then a Markdown body for people.

Only the front matter is ever read back; the body is never parsed, and `read` does not even read
it when the closing `+++` line comes early in the file (it almost always does).
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import Any

DELIMITER = "+++"
_TOML_LINE = re.compile(r"at line (\d+)")
_TOML_POSITION = re.compile(r"\s*\(at line \d+, column \d+\)")
_BOM = b"\xef\xbb\xbf"
# A closing line: '+++' alone, as `split` sees it (a line, less trailing '\r's, equal to '+++').
_CLOSING = re.compile(rb"^\+\+\+\r*$", re.MULTILINE)
# Front matter is a few hundred bytes; one read of this size almost always holds all of it.
_FIRST_READ = 8192

try:
    # rtoml (Rust) parses grow's front matter ~6x faster than tomllib: 0.16 s instead of 0.97 s
    # for 10,000 notes (benchmarks/README.md). tomllib still has the last word on what is wrong.
    from rtoml import loads as _fast_loads
except ImportError:  # pragma: no cover - a platform without an rtoml wheel
    _fast_loads = tomllib.loads


class FrontMatterError(ValueError):
    """A note whose front matter cannot be read; `line` is the file line when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def split(text: str) -> tuple[str, str]:
    """Split a note into (TOML text, body); FrontMatterError when there is no front matter."""
    if text.startswith("\ufeff"):
        text = text[1:]
    first, _, rest = text.partition("\n")
    if first.rstrip("\r") != DELIMITER:
        raise FrontMatterError("does not start with a '+++' line (no front matter)", 1)
    lines = rest.split("\n")
    for index, line in enumerate(lines):
        if line.rstrip("\r") == DELIMITER:
            return "\n".join(lines[:index]), "\n".join(lines[index + 1 :])
    raise FrontMatterError("the front matter has no closing '+++' line")


def parse(text: str) -> dict[str, Any]:
    """The front matter of a note as a dict; TOML errors carry the line number in the file."""
    toml_text, _ = split(text)
    return loads(toml_text)


def read(path: Path | str) -> dict[str, Any]:
    """The front matter of the note file at `path`, reading no further than its closing line.

    Raises FrontMatterError (as `parse` does), OSError or UnicodeDecodeError.
    """
    return loads(read_toml(path))


def read_toml(path: Path | str) -> str:
    """The TOML text between the `+++` lines of a note file (the same text `split` gives)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        data = os.read(fd, _FIRST_READ)
        toml_bytes = _front_matter_bytes(data, complete=len(data) < _FIRST_READ)
        if toml_bytes is None:  # the closing line is not (certainly) in the first read
            data += _read_rest(fd)
            toml_bytes = _front_matter_bytes(data, complete=True)
    finally:
        os.close(fd)
    if toml_bytes is None:
        raise FrontMatterError("the front matter has no closing '+++' line")
    return toml_bytes.decode("utf-8")


def _read_rest(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def _front_matter_bytes(data: bytes, *, complete: bool) -> bytes | None:
    """The TOML bytes of a note, or None when `data` (not `complete`) may end too early to tell."""
    start = len(_BOM) if data.startswith(_BOM) else 0
    newline = data.find(b"\n", start)
    first = data[start:] if newline < 0 else data[start:newline]
    if newline < 0 and not complete:
        return None
    if first.rstrip(b"\r") != DELIMITER.encode():
        raise FrontMatterError("does not start with a '+++' line (no front matter)", 1)
    if newline < 0:
        return None
    closing = _CLOSING.search(data, newline + 1)
    # A '+++' at the very end of a partial read may go on in the next bytes ('+++ more').
    if closing is None or (not complete and closing.end() == len(data)):
        return None
    return data[newline + 1 : max(closing.start() - 1, newline + 1)]


def loads(toml_text: str) -> dict[str, Any]:
    """Parse front matter TOML; FrontMatterError carries the line number in the file."""
    try:
        return _fast_loads(toml_text)
    except ValueError:
        pass
    # The fast parser refused it: tomllib decides, and words the error as grow always has.
    try:
        return tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        line = int(found.group(1)) + 1 if found else None  # +1 for the opening '+++'
        message = _TOML_POSITION.sub("", str(error)).strip(" .")
        raise FrontMatterError(f"invalid TOML: {message}", line) from None


def render(front: dict[str, Any], body: str) -> str:
    """A complete note: front matter between `+++` lines, a blank line, then the body."""
    import tomli_w

    # tomli-w writes strings as single-line escaped strings, so no user text can form a '+++'
    # line inside the front matter.
    toml_text = tomli_w.dumps(front)
    body = body if body.endswith("\n") or not body else body + "\n"
    return f"{DELIMITER}\n{toml_text}{DELIMITER}\n\n{body}"

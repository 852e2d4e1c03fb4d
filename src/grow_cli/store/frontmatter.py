"""The note file format: a `+++` line, TOML, a `+++` line, then a Markdown body for people.

Only the front matter is ever read back; the body is never parsed, and `read` does not even read
it when the closing `+++` line comes early in the file (it almost always does).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from grow_cli.store.toml_text import MAX_NOTE_BYTES, TomlError, megabytes
from grow_cli.store.toml_text import loads as toml_text_loads

DELIMITER = "+++"
_BOM = b"\xef\xbb\xbf"
_DELIMITER_BYTES = DELIMITER.encode()
_CLOSING_START = b"\n" + _DELIMITER_BYTES
_CR, _LF = ord("\r"), ord("\n")
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0)  # no newline translation on Windows
# Front matter is a few hundred bytes; one read of this size almost always holds all of it.
_FIRST_READ = 8192


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
            # Without the CR of a last CRLF line, as `read_toml` gives it.
            toml_text = "\n".join(lines[:index]).removesuffix("\r")
            return toml_text, "\n".join(lines[index + 1 :])
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
    fd = os.open(path, _OPEN_FLAGS)
    try:
        data = os.read(fd, _FIRST_READ)
        span = _front_matter_span(data, complete=False)
        if span is None:  # the closing line is not (certainly) in what was read
            data += _read_rest(fd)
            span = _front_matter_span(data, complete=True)
    finally:
        os.close(fd)
    if span is None:
        raise FrontMatterError("the front matter has no closing '+++' line")
    start, end = span
    if end > start and data[end - 1] == _CR:  # the '+++' line ended in CRLF
        end -= 1
    try:
        return data[start:end].decode("utf-8")
    except UnicodeDecodeError as error:
        # Positions in the file, as when the whole file was decoded.
        raise UnicodeDecodeError(
            error.encoding, data, error.start + start, error.end + start, error.reason
        ) from None


MAX_BODY_BYTES = 1 << 20  # grow writes bodies of a few kilobytes; a file this big is not one


def read_body(path: Path | str) -> str | None:
    """The Markdown body of a note file, or None when it cannot be had: the file is unreadable,
    not UTF-8, has no front matter, or is too big to be a body grow wrote."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BODY_BYTES:
                return None
            data = handle.read(MAX_BODY_BYTES + 1)
        if len(data) > MAX_BODY_BYTES:  # it grew since
            return None
        return split(data.decode("utf-8"))[1]
    except (OSError, UnicodeDecodeError, FrontMatterError):
        return None


def _read_rest(fd: int) -> bytes:
    chunks = []
    size = 0
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
        size += len(chunk)
        if size > MAX_NOTE_BYTES:
            raise FrontMatterError(
                f"the front matter is larger than {megabytes(MAX_NOTE_BYTES)} or never closes"
            )
    return b"".join(chunks)


def _front_matter_span(data: bytes, *, complete: bool) -> tuple[int, int] | None:
    """Where the TOML of a note lies in `data`, or None if `data` (unless `complete`, all of the
    file) may end too early to tell. FrontMatterError when the first line is not '+++'."""
    start = len(_BOM) if data.startswith(_BOM) else 0
    newline = data.find(b"\n", start)
    if newline < 0 and not complete:
        return None
    first = data[start:] if newline < 0 else data[start:newline]
    if first.rstrip(b"\r") != _DELIMITER_BYTES:
        raise FrontMatterError("does not start with a '+++' line (no front matter)", 1)
    if newline < 0:
        return None
    closing = _closing_line(data, newline, complete=complete)
    if closing is None:
        return None
    return newline + 1, max(closing - 1, newline + 1)


def _closing_line(data: bytes, newline: int, *, complete: bool) -> int | None:
    """Where the first line after `newline` that is '+++' (less trailing '\r's) starts.

    bytes.find is several times faster than a multi-line regex here.
    """
    at = data.find(_CLOSING_START, newline)
    while at >= 0:
        end = at + len(_CLOSING_START)
        while end < len(data) and data[end] == _CR:
            end += 1
        if end < len(data) and data[end] == _LF:
            return at + 1
        if end == len(data):
            # The last line of the file, or a '+++' that may go on in bytes not read yet.
            return at + 1 if complete else None
        at = data.find(_CLOSING_START, at + 1)
    return None


def loads(toml_text: str, *, first_line: int = 2) -> dict[str, Any]:
    """Parse front matter TOML; FrontMatterError carries the line number in the file, whose
    line `first_line` is the TOML's first (in a note, the line after the opening '+++')."""
    try:
        return toml_text_loads(toml_text)
    except TomlError as error:
        line = error.line + first_line - 1 if error.line is not None else None
        raise FrontMatterError(str(error), line) from None


def render(front: dict[str, Any], body: str) -> str:
    """A complete note: front matter between `+++` lines, a blank line, then the body."""
    import tomli_w

    # tomli-w writes strings as single-line escaped strings, so no user text can form a '+++'
    # line inside the front matter.
    toml_text = tomli_w.dumps(front)
    body = body if body.endswith("\n") or not body else body + "\n"
    return f"{DELIMITER}\n{toml_text}{DELIMITER}\n\n{body}"

"""Every TOML grow reads (notes' front matter, profiles, the config, drafts, answers files) goes
through here: a size cap, line endings and a byte-order mark read as what they are, nesting and
pathological keys bounded, and one error in grow's words that names the line.

None of these files is trusted: a profile nested a few thousand levels deep, `/dev/zero` given as
an answers file, or a damaged note of long dotted keys must cost a fraction of a second and give
one line, never a traceback.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import IO, Any, Final

# Front matter holds whole answers, and a long one is kept, never cut: 64 MB is far above any
# conversation typed (a 10 MB answer is a paste gone wrong) and still read in well under a second.
MAX_NOTE_BYTES: Final = 64 * 1024 * 1024
# Drafts and answers files hold the same answers as a note.
MAX_ANSWERS_BYTES: Final = MAX_NOTE_BYTES
# A profile or the config is a few lines; 1 MB is already a mistake.
MAX_SETTINGS_BYTES: Final = 1024 * 1024
# tomllib, which words grow's errors, is quadratic in the depth of a dotted key ("a.b.c...":
# 4,000 deep costs 0.3 s, 16,000 deep 6 s). Over this budget of dots (summed as squares over the
# lines) the fast parser's own words are used instead.
_WORDING_BUDGET: Final = 250_000

_TOML_LINE = re.compile(r"at line (\d+)")
_TOML_POSITION = re.compile(r"\s*\(at line \d+, column \d+\)")
_FAST_LINE = re.compile(r"at line (\d+) column \d+")
_BOM: Final = "\ufeff"
NESTED_TOO_DEEPLY: Final = "invalid TOML: arrays, tables or dotted keys nested too deeply"


class TomlError(ValueError):
    """TOML that cannot be read; `line` is its line (1-based) when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line

    def where(self, shown: str) -> str:
        """'config.toml, line 3': the file, and the line when known."""
        return f"{shown}, line {self.line}" if self.line else shown


def megabytes(limit: int) -> str:
    """'64 MB': a size cap for people."""
    return f"{limit // (1024 * 1024)} MB"


def read_capped(handle: IO[bytes], limit: int) -> bytes:
    """At most `limit` bytes of `handle`; TomlError when there is more (`/dev/zero` included)."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise TomlError(f"it is larger than {megabytes(limit)}, more than grow reads")
    return data


def decode(data: bytes) -> str:
    """UTF-8 text, a leading byte-order mark dropped; TomlError naming the byte otherwise."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise TomlError(f"it is not UTF-8 text (byte {error.start + 1})", line) from None
    return text.removeprefix(_BOM)


def read_file(path: Path | str, limit: int) -> dict[str, Any]:
    """The TOML file at `path` as a dict. Raises FileNotFoundError when there is none, OSError
    when it cannot be read, and TomlError (size, encoding, syntax) for what it holds."""
    with open(path, "rb") as handle:
        return loads(decode(read_capped(handle, limit)))


def loads(text: str) -> dict[str, Any]:
    """Parse TOML; a TomlError in grow's words, with the line, for anything wrong with it."""
    text = text.removeprefix(_BOM)
    if "\r" in text:
        # CRLF is TOML, but the CR left at the end when a note's '+++\r\n' line is cut off is
        # not: read Windows line endings as what they are.
        text = text.replace("\r\n", "\n").removesuffix("\r")
    try:
        return _fast_loads()(text)
    except Exception as fast_error:
        # Whatever the fast parser's complaint, tomllib words the error as grow always has,
        # unless the text would make tomllib crawl.
        if _wording_cost(text) > _WORDING_BUDGET:
            raise _fast_error(fast_error) from None
        return _loads_or_explain(text)


@cache
def _fast_loads() -> Callable[[str], dict[str, Any]]:
    # rtoml (Rust) parses grow's front matter 8x faster than tomllib (0.11 s instead of 0.94 s
    # for 10,000 notes, see benchmarks/README.md); imported on first use, as commands that read
    # no TOML should not pay for it.
    try:
        from rtoml import loads
    except ImportError:  # pragma: no cover - a platform without an rtoml wheel
        return tomllib.loads
    return loads


def _wording_cost(text: str) -> int:
    return sum(line.count(".") ** 2 for line in text.splitlines())


def _fast_error(error: Exception) -> TomlError:
    message = str(error).splitlines()[0] if str(error) else type(error).__name__
    if "recursion" in message or "recurse" in message:
        return TomlError(NESTED_TOO_DEEPLY)
    found = _FAST_LINE.search(message)
    line = int(found.group(1)) if found else None
    return TomlError(f"invalid TOML: {_FAST_LINE.sub('', message).strip(' .')}", line)


def _loads_or_explain(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        message = _TOML_POSITION.sub("", str(error)).strip(" .")
        raise TomlError(
            f"invalid TOML: {message}", int(found.group(1)) if found else None
        ) from None
    except RecursionError:
        raise TomlError(NESTED_TOO_DEEPLY) from None

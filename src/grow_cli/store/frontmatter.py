"""The note file format: a `+++` line, TOML, a `+++` line, then a Markdown body for people.

Only the front matter is ever read back; the body is never parsed.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

DELIMITER = "+++"
_TOML_LINE = re.compile(r"at line (\d+)")


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
    try:
        return tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError as error:
        found = _TOML_LINE.search(str(error))
        line = int(found.group(1)) + 1 if found else None  # +1 for the opening '+++'
        message = _TOML_LINE.sub("", str(error)).replace("()", "").strip(" .")
        raise FrontMatterError(f"invalid TOML: {message}", line) from None


def render(front: dict[str, Any], body: str) -> str:
    """A complete note: front matter between `+++` lines, a blank line, then the body."""
    import tomli_w

    # tomli-w writes strings as single-line escaped strings, so no user text can form a '+++'
    # line inside the front matter.
    toml_text = tomli_w.dumps(front)
    body = body if body.endswith("\n") or not body else body + "\n"
    return f"{DELIMITER}\n{toml_text}{DELIMITER}\n\n{body}"

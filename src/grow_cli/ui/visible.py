"""Text shown on a terminal is shown as text: control characters and the marks that reorder a
line (right-to-left overrides, isolates) are written as visible escapes, so a name or an answer
holding them cannot move the cursor, clear the screen, set the window title or hide what follows.

The note keeps them as they were typed; only what is shown is escaped.
"""

from __future__ import annotations

import re
from typing import Final

# C0 controls but tab and newline, DEL, C1 controls; bidi embeddings, overrides and isolates,
# the marks that turn direction, and the separators a terminal may treat as a line break.
_HIDDEN: Final = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
# The colour grow itself adds to plain lines (output.styled): Select Graphic Rendition only.
_COLOUR: Final = re.compile(r"\x1b\[[0-9;]{0,20}m")


def _escaped(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control and reordering mark written as an escape ('\\x1b', '\\u202e')."""
    return _HIDDEN.sub(_escaped, text) if _HIDDEN.search(text) else text


def visible_line(text: str) -> str:
    """As `visible`, but the colour codes grow adds to a plain line are kept."""
    if not _HIDDEN.search(text):
        return text
    parts = _COLOUR.split(text)
    codes = _COLOUR.findall(text)
    shown = [visible(parts[0])]
    for code, part in zip(codes, parts[1:], strict=True):
        shown += [code, visible(part)]
    return "".join(shown)

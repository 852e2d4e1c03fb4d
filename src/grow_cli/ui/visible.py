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
# The styles grow itself adds to plain lines (output.styled: bold, dim, red, green, yellow, and
# the reset), and no other: the same codes in a note's text change a colour at most, while
# others (conceal, black on black) could hide what follows.
_COLOUR: Final = re.compile(r"\x1b\[(?:0|1|2|31|32|33)m")


def _escaped(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control and reordering mark written as an escape ('\\x1b', '\\u202e')."""
    return _HIDDEN.sub(_escaped, text) if _HIDDEN.search(text) else text


def json_escaped(text: str) -> str:
    """JSON text with the controls and reordering marks JSON itself leaves as they are (DEL, C1
    controls such as the 8-bit CSI, bidi marks, line separators) written as JSON escapes
    ('\\u202e'): the same JSON to a program, nothing a terminal acts on. They only ever stand
    inside strings, where an escape means the same character."""
    return _HIDDEN.sub(_json_escape, text) if _HIDDEN.search(text) else text


def _json_escape(found: re.Match[str]) -> str:
    return f"\\u{ord(found.group()):04x}"


def visible_line(text: str) -> str:
    """As `visible`, but the styles grow adds to a plain line (on a colour terminal) are kept."""
    if not _HIDDEN.search(text):
        return text
    parts = _COLOUR.split(text)
    codes = _COLOUR.findall(text)
    shown = [visible(parts[0])]
    for code, part in zip(codes, parts[1:], strict=True):
        shown += [code, visible(part)]
    return "".join(shown)

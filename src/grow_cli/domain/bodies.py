"""Whether a note's Markdown body is still what its front matter renders. Pure text work.

grow reads only the front matter, so words changed in the body show nowhere (not in `grow show`,
`prep` or `search`). A body counts as edited by hand when it matches none of the renderings it
could have been saved with, yet shares a line with one of them: grow wrote it, then a person
changed it. A body that shares no line with any rendering (a hand-written note's own words,
or none) was never grow's, and is left alone.

Lines are compared without their trailing whitespace, and blank lines do not count, so an
editor that adds or strips a final newline changes nothing. Words a body took from outside its
front matter when it was saved (the person's display name, the words of the items and goals its
updates name) may have changed since; renderings mark them with SLOT, which matches any text
within a line.
"""

from __future__ import annotations

from collections.abc import Iterable

SLOT = "\x00"  # in a rendering: words taken from elsewhere, which match anything on their line


def lines_of(text: str) -> list[str]:
    """The lines that count: trailing whitespace removed, blank lines left out."""
    stripped = (line.rstrip() for line in text.removeprefix("\ufeff").splitlines())
    return [line for line in stripped if line]


def line_matches(body_line: str, rendered_line: str) -> bool:
    """A body line is the rendered one (any text standing where the rendering has SLOT)."""
    if SLOT not in rendered_line:
        return body_line == rendered_line
    first, *middle, last = rendered_line.split(SLOT)
    start, end = len(first), len(body_line) - len(last)
    if end < start or not (body_line.startswith(first) and body_line.endswith(last)):
        return False
    # Each literal part at its leftmost place after the one before: if any fit, that one does.
    for part in middle:
        found = body_line.find(part, start, end)
        if found < 0:
            return False
        start = found + len(part)
    return True


def matches(body: str, rendered: str) -> bool:
    """The body is this rendering, line by line (see the module docstring)."""
    body_lines, rendered_lines = lines_of(body), lines_of(rendered)
    return len(body_lines) == len(rendered_lines) and all(
        line_matches(b, r) for b, r in zip(body_lines, rendered_lines, strict=True)
    )


def shares_a_line(body: str, rendered: str) -> bool:
    """At least one line of the body is a line of the rendering."""
    rendered_lines = lines_of(rendered)
    plain = {line for line in rendered_lines if SLOT not in line}
    slotted = [line for line in rendered_lines if SLOT in line]
    return any(
        line in plain or any(line_matches(line, r) for r in slotted) for line in lines_of(body)
    )


def edited_by_hand(body: str, renderings: Iterable[str]) -> bool:
    """grow wrote this body from one of the renderings, and a person has changed it since.

    The renderings are taken one at a time, and no more once one matches: the usual note
    matches the first, and rendering each older template costs its compiling."""
    seen = []
    for rendered in renderings:
        if matches(body, rendered):
            return False
        seen.append(rendered)
    return any(shares_a_line(body, rendered) for rendered in seen)

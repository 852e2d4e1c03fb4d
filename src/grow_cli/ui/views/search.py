"""`grow search` results: one heading line per note, one line per answer that holds the words.

Plain text with ANSI styles (output.styled, only on a colour terminal) rather than rich: the
user's text is never read as markup, and thousands of matches print in milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.search import Excerpt, Match

Style = Callable[[str, str], str]  # output.styled, or nothing when colour is off


def print_matches(
    matches: list[Match[Any]], words: list[str], name_of: Callable[[str], str]
) -> None:
    """Every match, left for the terminal to wrap as grep does, written in one go."""
    style = output.styler()
    blocks = ["\n".join(_match_lines(match, words, name_of, style)) + "\n" for match in matches]
    plural = "s" if len(matches) != 1 else ""
    output.line("\n".join([*blocks, f"{len(matches)} note{plural} found."]))


def _match_lines(
    match: Match[Any], words: list[str], name_of: Callable[[str], str], style: Style
) -> list[str]:
    """The note's heading line, then one line per answer that holds the words."""
    from grow_cli.domain.search import excerpt

    note = match.note
    if note.person is None:
        who, kind = "journal", note.mode or note.kind
    else:
        who, kind = name_of(note.person), note.kind
    date = style(note.date.isoformat(), "bold")
    lines = [f"{date}  {_plain(who)}  {kind}  {style(note.id or '', 'dim')}"]
    for answer in match.answers:
        shown = excerpt(answer.text, words)
        lines.append(f"  {style(answer.field + ':', 'dim')} {_marked(shown, style)}")
    return lines


def _marked(shown: Excerpt, style: Style) -> str:
    """The excerpt with each matched word in the match style."""
    parts, at = [], 0
    for start, end in shown.spans:
        parts += [shown.text[at:start], style(style(shown.text[start:end], "yellow"), "bold")]
        at = end
    parts.append(shown.text[at:])
    return "".join(parts)


def _plain(text: str) -> str:
    """A name as one line with no control characters (it is printed without rich)."""
    from grow_cli.domain.search import printable

    return printable(" ".join(text.split()))

"""iCalendar (RFC 5545) values and content lines written as text, exactly as the icalendar library
writes them (7.x: `vText`, `vDate`, `vDatetime`, `vDuration`, `Contentline.to_ical`), without
building its objects: `grow export --ics` spent most of its time and memory in them.

Every rule here copies one of icalendar's, including its quirks, so the file stays the same byte
for byte; tests/test_ics_text.py compares the two on generated events.
"""

from __future__ import annotations

import datetime as dt

CRLF = "\r\n"
# icalendar folds a line before the character that would take it to 75 octets (UTF-8, the line
# break not counted), so a line holds at most 74; a continuation line is a space and up to 74.
_LINE_OCTETS = 74
_FOLD = "\r\n "
# A line never ends in a backslash or a caret (the start of a TEXT or RFC 6868 escape) when it
# is folded: icalendar carries that character over to the next line (its issue #1501).
_ESCAPE_STARTS = "\\^"
_ESCAPE_BYTES = (0x5C, 0x5E)
_BOM = "\ufeff"
_INTEGER_MIN = -(2**31)
_INTEGER_MAX = 2**31 - 1


def text_value(text: str) -> str:
    r"""A TEXT value escaped as icalendar's `_escape_char` does it, in its order: `\N` first
    becomes a line break, then backslash, semicolon and comma are escaped, and CRLF, LF and a
    lone CR each become `\n`. Other control characters pass through as they are."""
    escaped = (
        text.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )
    # icalendar decodes the encoded value as "utf-8-sig", which drops one leading byte order mark.
    if escaped.startswith(_BOM):
        return escaped[1:]
    return escaped


def integer_value(number: int) -> str:
    """An INTEGER value; ValueError outside RFC 5545's range, as icalendar's `vInt` refuses it."""
    if not _INTEGER_MIN <= number <= _INTEGER_MAX:
        raise ValueError(
            f"Integer {number} is outside the RFC 5545 range [{_INTEGER_MIN}, {_INTEGER_MAX}]"
        )
    return f"{number:d}"


def date_value(day: dt.date) -> str:
    """A DATE value: 20261122."""
    return f"{day.year:04}{day.month:02}{day.day:02}"


def midnight_utc_value(day: dt.date) -> str:
    """The DATE-TIME value of midnight UTC on that day: 20261122T000000Z."""
    return f"{day.year:04}{day.month:02}{day.day:02}T000000Z"


def duration_value(span: dt.timedelta) -> str:
    """A DURATION value as icalendar's `vDuration` writes it: days and a time part, no weeks,
    the sign in front ('-PT15H', 'P0D', 'P1DT9H30M'); microseconds are left out."""
    sign = ""
    if span.days < 0:
        sign = "-"
        span = -span
    time = ""
    if span.seconds:
        hours, rest = divmod(span.seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        time = "T"
        if hours:
            time += f"{hours}H"
        if minutes or (hours and seconds):
            time += f"{minutes}M"
        if seconds:
            time += f"{seconds}S"
    if span.days == 0 and time:
        return f"{sign}P{time}"
    return f"{sign}P{span.days}D{time}"


def folded(line: str) -> str:
    """A content line folded as icalendar's `_foldline` folds it: by UTF-8 octets, never inside
    a character, CRLF and a space between the parts."""
    if len(line) <= _LINE_OCTETS and line.isascii():
        return line
    if line.isascii():
        return _folded_ascii(line)
    return _folded_utf8(line)


def _folded_ascii(line: str) -> str:
    parts = []
    start = 0
    size = len(line)
    # A line is folded only when another character follows the 74 it can hold.
    while size - start > _LINE_OCTETS:
        end = start + _LINE_OCTETS
        if line[end - 1] in _ESCAPE_STARTS:
            end -= 1
        parts.append(line[start:end])
        start = end
    parts.append(line[start:])
    return _FOLD.join(parts)


def _folded_utf8(line: str) -> str:
    # Raises UnicodeEncodeError on a lone surrogate, as icalendar does when it counts octets.
    data = line.encode("utf-8")
    parts = []
    start = 0
    size = len(data)
    while size - start > _LINE_OCTETS:
        end = start + _LINE_OCTETS
        while data[end] & 0xC0 == 0x80:  # inside a character: it goes to the next line whole
            end -= 1
        # The part holds at least 18 characters here, so icalendar's "more than one" holds too.
        if data[end - 1] in _ESCAPE_BYTES:
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start = end
    parts.append(data[start:].decode("utf-8"))
    return _FOLD.join(parts)

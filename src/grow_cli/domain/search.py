"""Finding notes again: words anywhere in what people wrote, filters and tags.

Pure: works on `Note` models and plain values, never reads files or prints. A note's searchable
text is every answer a person wrote in its front matter (topic, GROW, SBI feedback, actions,
support, update notes, reflection, career, tags), never the Markdown body and never the values
grow fills in itself (ids, person, kind, focus, mode, dates, statuses, SMART verdicts).

Matching is case-insensitive and by substring ("triage" finds "triaged"); every word of the query
must occur somewhere in the note, not necessarily in the same answer. Each note's texts are
lower-cased once, so a search is one linear pass over the notes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from grow_cli.domain.status import note_order_key

if TYPE_CHECKING:
    from grow_cli.domain.models import Note


@dataclass(frozen=True)
class Answer:
    """One answer a person wrote: its front-matter key ('grow.goal', 'tags' ...) and text."""

    field: str
    text: str


class Searched(Protocol):
    """What a search looks at in a note besides its answers: a `Note`, or a note's row as the
    index keeps it for `grow search` (app/search_rows.py)."""

    @property
    def id(self) -> str | None: ...
    @property
    def date(self) -> dt.date: ...
    @property
    def kind(self) -> str: ...
    @property
    def person(self) -> str | None: ...
    @property
    def focus(self) -> str | None: ...
    @property
    def mode(self) -> str | None: ...
    @property
    def tags(self) -> Sequence[str]: ...


Noted = TypeVar("Noted", bound=Searched)


@dataclass(frozen=True)
class Match(Generic[Noted]):
    """A note that matched, with the answers that hold at least one of the words."""

    note: Noted
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Filters:
    """What a note must be besides holding the words; None or empty means any."""

    person: str | None = None
    focus: str | None = None
    kind: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    tags: tuple[str, ...] = ()

    def admit(self, note: Searched) -> bool:
        """Whether the note passes every filter given."""
        return (
            (self.person is None or note.person == self.person)
            and (self.focus is None or note.focus == self.focus)
            and (self.kind is None or note.kind == self.kind)
            and (self.since is None or note.date >= self.since)
            and (self.until is None or note.date <= self.until)
            and has_tags(note.tags, self.tags)
        )


def query_words(text: str) -> list[str]:
    """The words of a query, lower-cased, in order, without repeats ('' gives none)."""
    return list(dict.fromkeys(text.casefold().split()))


def has_tags(note_tags: Iterable[str], wanted: Iterable[str]) -> bool:
    """True when the note has every wanted tag (compared without regard to case)."""
    wanted_set = {tag.casefold() for tag in wanted}
    if not wanted_set:
        return True
    return wanted_set <= {tag.casefold() for tag in note_tags}


def answers_of(note: Note) -> list[Answer]:
    """Every answer written in the note, in front-matter order."""
    found: list[Answer] = []
    add = found.append

    def put(field: str, text: str | None) -> None:
        if text:
            add(Answer(field, text))

    put("topic", note.topic)
    if note.grow is not None:
        put("grow.goal", note.grow.goal)
        put("grow.reality", note.grow.reality)
        for option in note.grow.options:
            put("grow.options", option)
        put("grow.will", note.grow.will)
    for sbi in note.feedback:
        put("feedback.situation", sbi.situation)
        put("feedback.behavior", sbi.behavior)
        put("feedback.impact", sbi.impact)
    for action in note.actions:
        put("actions.text", action.text)
        put("actions.relevant_to", action.relevant_to)
    for support in note.support:
        put("support.text", support.text)
    for update in note.updates:
        put("updates.note", update.note)
    _put_journal(note, put)
    put("private_notes", note.private_notes)  # yours: found by your search, never shared
    if note.tags:
        add(Answer("tags", ", ".join(note.tags)))
    return found


def _put_journal(note: Note, put: Callable[[str, str | None], None]) -> None:
    if note.reflection is not None:
        put("reflection.what_happened", note.reflection.what_happened)
        put("reflection.what_i_did", note.reflection.what_i_did)
        put("reflection.what_it_tells_me", note.reflection.what_it_tells_me)
        put("reflection.what_ill_try", note.reflection.what_ill_try)
    if note.career is not None:
        put("career.direction", note.career.direction)
        put("career.strengths", note.career.strengths)
        put("career.development_areas", note.career.development_areas)
        put("career.next_step", note.career.next_step)


def searchable_text(note: Note) -> str:
    """Everything `search` looks for words in, lower-cased as it compares: the index keeps it
    (store/fulltext.py) to find the notes that may hold a word without loading every note."""
    return _joined(answer.text.casefold() for answer in answers_of(note))


def _joined(lowered: Iterable[str]) -> str:
    # A query word holds no whitespace (str.split), so it never matches across the newline.
    return "\n".join(lowered)


def search(notes: Iterable[Note], words: Sequence[str], filters: Filters) -> list[Match[Note]]:
    """The notes that pass the filters and hold every word, newest first.

    `words` come from `query_words` (lower-cased). With no words, every note that passes the
    filters matches, with no answers to show.
    """
    return search_answered(notes, fields_and_texts, words, filters)


def fields_and_texts(note: Note) -> tuple[list[str], list[str]]:
    """The field and the text of every answer written in the note (`answers_of`)."""
    answers = answers_of(note)
    return [answer.field for answer in answers], [answer.text for answer in answers]


def search_answered(
    notes: Iterable[Noted],
    answered: Callable[[Noted], tuple[Sequence[str], Sequence[str]]],
    words: Sequence[str],
    filters: Filters,
) -> list[Match[Noted]]:
    """`search` over notes whose answers' fields and texts `answered` gives
    (`fields_and_texts`, or as the index keeps them)."""
    found: list[Match[Noted]] = []
    for note in notes:
        if not filters.admit(note):
            continue
        if not words:
            found.append(Match(note, ()))
            continue
        fields, texts = answered(note)
        lowered = [text.casefold() for text in texts]
        whole = _joined(lowered)
        if all(word in whole for word in words):
            shown = tuple(
                Answer(field, text)
                for field, text, low in zip(fields, texts, lowered, strict=True)
                if any(word in low for word in words)
            )
            found.append(Match(note, shown))
    found.sort(key=lambda match: note_order_key(match.note.date, match.note.id or ""), reverse=True)
    return found


def highlights(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of any of the words in `text`, in order, not overlapping."""
    if not words:
        return []
    pattern = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE) if m.end() > m.start()]


def excerpt(text: str, words: Sequence[str], width: int = 160) -> Excerpt:
    """`text` on one line, cut to about `width` characters around the first match ('…' marks a
    cut), with where the words are in it. Control characters are shown as '?'."""
    flat = printable(" ".join(text.split()))
    spans = highlights(flat, words)
    if len(flat) <= width:
        return Excerpt(flat, tuple(spans))
    first = spans[0][0] if spans else 0
    start = max(0, min(first - width // 4, len(flat) - width))
    end = start + width
    before = "…" if start > 0 else ""
    after = "…" if end < len(flat) else ""
    shift = start - len(before)
    inside = tuple(
        (max(a, start) - shift, min(b, end) - shift) for a, b in spans if a < end and b > start
    )
    return Excerpt(before + flat[start:end] + after, inside)


def printable(text: str) -> str:
    """`text` with control characters (escape sequences a terminal would obey) shown as '?'."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else "?" for char in text)


@dataclass(frozen=True)
class Excerpt:
    """One answer as shown: a single line, and (start, end) of each matched word in it."""

    text: str
    spans: tuple[tuple[int, int], ...]

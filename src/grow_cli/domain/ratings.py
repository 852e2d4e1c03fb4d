"""The report's ratings of their conversations: which one is waiting for a rating, and what the
ratings say. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from grow_cli.domain.ledger import latest_of_kind
from grow_cli.domain.vocabulary import COACHING_KINDS

if TYPE_CHECKING:
    import datetime as dt

    from grow_cli.domain.models import Note


@dataclass(frozen=True)
class Rated:
    """One rating, with the conversation it is about when that conversation is known."""

    date: dt.date  # when it was given
    score: int
    comment: str
    about: str | None  # the rated conversation's id
    about_date: dt.date | None


def ratings(notes: Sequence[Note]) -> list[Rated]:
    """Every rating in these notes (one person's, or anyone's), oldest first."""
    by_id = {note.id: note for note in notes if note.id}
    found = []
    for note in sorted(notes, key=lambda n: (n.date, n.id or "")):
        if note.rating is None:
            continue
        about = by_id.get(note.rating.note or "")
        found.append(
            Rated(
                note.date,
                note.rating.score,
                note.rating.comment,
                note.rating.note,
                about.date if about else None,
            )
        )
    return found


def to_rate(notes: Sequence[Note]) -> Note | None:
    """The person's latest coaching conversation (or SBI feedback) if no rating names it yet."""
    latest = latest_of_kind(notes, *COACHING_KINDS)
    if latest is None or not latest.id:
        return None
    rated = {note.rating.note for note in notes if note.rating is not None}
    return None if latest.id in rated else latest


def mean_score(found: Sequence[Rated]) -> float | None:
    """The mean of the scores, or None without any."""
    return sum(r.score for r in found) / len(found) if found else None


def described(note: Note) -> str:
    """How a conversation is named when they are asked to rate it."""
    about = f" about '{note.topic}'" if note.topic else ""
    return f"your conversation on {note.date:%a %d %b}{about}"

"""The record read back: every action and support item with its current status, and each
person's check-in rhythm. Pure: built from notes and profiles, never reads files itself.

An item's current status is the one in the latest update that refers to it (by note date, then
note order, then order in the file), else its own. A person's next check-in is the
`next_checkin` of their latest note that has one, else their latest note's date plus cadence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from grow_cli.domain.status import note_order_key
from grow_cli.domain.vocabulary import MEETING_KINDS, ItemType, is_open

if TYPE_CHECKING:
    from grow_cli.domain.models import Note


@dataclass(frozen=True)
class StatusChange:
    """One update to an item, with the note it came in."""

    date: dt.date
    status: str
    note: str
    note_id: str


@dataclass(frozen=True)
class Item:
    """An action or support item, with its current status folded from the updates."""

    type: ItemType
    id: str
    text: str
    due: dt.date | None
    status: str
    owner: str
    person: str | None
    note_id: str
    note_date: dt.date
    history: tuple[StatusChange, ...] = ()

    @property
    def open(self) -> bool:
        """Still to do: open, progress or blocked."""
        return is_open(self.status)

    def overdue(self, today: dt.date) -> bool:
        """Still to do and past its due date."""
        return self.open and self.due is not None and self.due < today

    def days_overdue(self, today: dt.date) -> int:
        """How many days past due (0 when not overdue)."""
        return (today - self.due).days if self.due is not None and self.overdue(today) else 0

    def closed_on(self) -> dt.date | None:
        """When the latest update closed it (done or dropped), if it is closed by an update."""
        if self.history and not is_open(self.history[-1].status):
            return self.history[-1].date
        return None

    def closed_date(self) -> dt.date | None:
        """When it was closed: the update that closed it, else (written done or dropped) the day
        of its note; None while it is still to do."""
        if self.open:
            return None
        return self.closed_on() or self.note_date

    @property
    def latest_note(self) -> str:
        """The words of the latest update (a blocker, a reason), or ''."""
        return self.history[-1].note if self.history else ""


@dataclass
class Ledger:
    """Notes (oldest first) and the items they hold, with current statuses."""

    notes: list[Note]
    items: list[Item] = field(default_factory=list)
    # Grouped once in build(): looking each person up must not walk every note again.
    _notes_by_person: dict[str | None, list[Note]] = field(default_factory=dict, repr=False)
    _items_by_person: dict[str | None, list[Item]] = field(default_factory=dict, repr=False)
    _items_by_id: dict[str, Item] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, notes: Iterable[Note]) -> Ledger:
        """Fold every note's updates into its items' current statuses."""
        ordered = sorted(notes, key=lambda n: note_order_key(n.date, n.id or ""))
        history: dict[str, list[StatusChange]] = {}
        for note in ordered:
            for update in note.updates:
                change = StatusChange(note.date, update.status, update.note, note.id or "")
                history.setdefault(update.ref, []).append(change)
        ledger = cls(ordered)
        for note in ordered:
            ledger._notes_by_person.setdefault(note.person, []).append(note)
            for item in _items_of(note, history):
                ledger.items.append(item)
                ledger._items_by_person.setdefault(item.person, []).append(item)
                ledger._items_by_id.setdefault(item.id, item)
        return ledger

    def for_person(self, slug: str | None) -> list[Item]:
        """The items of one person (None: the journal's own)."""
        return list(self._items_by_person.get(slug, ()))

    def notes_of(self, slug: str | None) -> list[Note]:
        """One person's notes, oldest first (None: the journal)."""
        return list(self._notes_by_person.get(slug, ()))

    def item(self, item_id: str) -> Item | None:
        """The item with this id (the first, if a hand-written note repeats one)."""
        return self._items_by_id.get(item_id)


def _items_of(note: Note, history: dict[str, list[StatusChange]]) -> list[Item]:
    items = []
    for action in note.actions:
        items.append(
            _item(
                "action",
                action.id or "",
                action.text,
                action.due,
                action.status,
                action.owner,
                note,
                history,
            )
        )
    for support in note.support:
        items.append(
            _item(
                "support",
                support.id or "",
                support.text,
                support.due,
                support.status,
                "manager",
                note,
                history,
            )
        )
    return items


def _item(
    kind: ItemType,
    item_id: str,
    text: str,
    due: dt.date | None,
    own_status: str,
    owner: str,
    note: Note,
    history: dict[str, list[StatusChange]],
) -> Item:
    changes = tuple(history.get(item_id, ()))
    status = changes[-1].status if changes else own_status
    return Item(
        kind, item_id, text, due, status, owner, note.person, note.id or "", note.date, changes
    )


@dataclass(frozen=True)
class Rhythm:
    """How a person's check-ins are going."""

    last_date: dt.date | None  # latest meeting: coaching, check-in or feedback
    next_checkin: dt.date | None
    cadence_days: int

    def days_since_last(self, today: dt.date) -> int | None:
        """Days since the latest conversation."""
        return None if self.last_date is None else (today - self.last_date).days


def rhythm(notes: Sequence[Note], cadence_days: int) -> Rhythm:
    """A person's last conversation and next check-in, from their notes (any order)."""
    conversations = [n for n in notes if n.kind in MEETING_KINDS]
    if not conversations:
        return Rhythm(None, None, cadence_days)
    ordered = sorted(conversations, key=lambda n: note_order_key(n.date, n.id or ""))
    latest = ordered[-1]
    with_next = [n for n in ordered if n.next_checkin is not None]
    if with_next:
        next_date = with_next[-1].next_checkin
    else:
        next_date = latest.date + dt.timedelta(days=cadence_days)
    return Rhythm(latest.date, next_date, cadence_days)


def latest_of_kind(notes: Sequence[Note], *kinds: str) -> Note | None:
    """The newest note of one of these kinds."""
    matching = [n for n in notes if n.kind in kinds]
    return max(matching, key=lambda n: note_order_key(n.date, n.id or ""), default=None)

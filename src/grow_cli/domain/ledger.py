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

from grow_cli.domain import threads as thread_fold
from grow_cli.domain.status import note_order_key
from grow_cli.domain.threads import Thread
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
    due: dt.date | None = None  # a new due date, when the update moved it


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
    thread: str | None = None  # the thread it serves, if any

    @property
    def mine(self) -> bool:
        """The manager's to do: support, or an action the manager owns."""
        return self.type == "support" or self.owner == "manager"

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
    """Notes (oldest first), the items they hold with current statuses, and the threads."""

    notes: list[Note]
    items: list[Item] = field(default_factory=list)
    threads: dict[str, Thread] = field(default_factory=dict)
    # Grouped once in build(): looking each person up must not walk every note again.
    _notes_by_person: dict[str | None, list[Note]] = field(default_factory=dict, repr=False)
    _items_by_person: dict[str | None, list[Item]] = field(default_factory=dict, repr=False)
    _items_by_id: dict[str, Item] = field(default_factory=dict, repr=False)
    _threads_by_person: dict[str | None, list[Thread]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, notes: Iterable[Note]) -> Ledger:
        """Fold every note's updates into its items' current statuses, and its threads."""
        ordered = sorted(notes, key=lambda n: note_order_key(n.date, n.id or ""))
        history: dict[str, list[StatusChange]] = {}
        for note in ordered:
            for update in note.updates:
                change = StatusChange(
                    note.date, update.status, update.note, note.id or "", update.due
                )
                history.setdefault(update.ref, []).append(change)
        item_threads: dict[str, str] = {}
        ledger = cls(ordered, threads=thread_fold.build(ordered, item_threads))
        latest_coaching: dict[str | None, str] = {}
        for note in ordered:
            ledger._notes_by_person.setdefault(note.person, []).append(note)
            if note.kind == "coaching":
                latest_coaching[note.person] = note.id or ""
            for item in _items_of(note, history, item_threads):
                ledger.items.append(item)
                ledger._items_by_person.setdefault(item.person, []).append(item)
                ledger._items_by_id.setdefault(item.id, item)
        holding = {item.thread for item in ledger.items if item.open and item.thread}
        thread_fold.settle_legacy(ledger.threads.values(), holding, set(latest_coaching.values()))
        for thread in ledger.threads.values():
            ledger._threads_by_person.setdefault(thread.person, []).append(thread)
        return ledger

    def unknown_refs(self) -> list[tuple[str, str]]:
        """(note id, ref) of each update that refers to an item no note holds: it changes
        nothing, and a hand edit or a removed note is the likely cause."""
        return [
            (note.id or "", update.ref)
            for note in self.notes
            for update in note.updates
            if update.ref not in self._items_by_id
        ]

    def for_person(self, slug: str | None) -> list[Item]:
        """The items of one person (None: the journal's own)."""
        return list(self._items_by_person.get(slug, ()))

    def notes_of(self, slug: str | None) -> list[Note]:
        """One person's notes, oldest first (None: the journal)."""
        return list(self._notes_by_person.get(slug, ()))

    def item(self, item_id: str) -> Item | None:
        """The item with this id (the first, if a hand-written note repeats one)."""
        return self._items_by_id.get(item_id)

    def threads_of(self, slug: str | None) -> list[Thread]:
        """One person's threads, in the order they were opened."""
        return list(self._threads_by_person.get(slug, ()))

    def thread(self, thread_id: str) -> Thread | None:
        """The thread with this id."""
        return self.threads.get(thread_id)


def _items_of(
    note: Note, history: dict[str, list[StatusChange]], item_threads: dict[str, str]
) -> list[Item]:
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
                item_threads,
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
                item_threads,
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
    item_threads: dict[str, str],
) -> Item:
    changes = tuple(history.get(item_id, ()))
    status = changes[-1].status if changes else own_status
    moved = [change.due for change in changes if change.due is not None]
    due = moved[-1] if moved else due
    return Item(
        kind,
        item_id,
        text,
        due,
        status,
        owner,
        note.person,
        note.id or "",
        note.date,
        changes,
        item_threads.get(item_id),
    )


@dataclass(frozen=True)
class Rhythm:
    """How a person's check-ins are going."""

    last_date: dt.date | None  # latest meeting: coaching, check-in or feedback
    next_checkin: dt.date | None  # the earliest of their active threads' (README, "Schema 2")
    cadence_days: int
    threads: tuple[tuple[Thread, dt.date], ...] = ()  # active threads and their next check-in

    def days_since_last(self, today: dt.date) -> int | None:
        """Days since the latest meeting."""
        return None if self.last_date is None else (today - self.last_date).days


def rhythm(notes: Sequence[Note], cadence_days: int, threads: Sequence[Thread] = ()) -> Rhythm:
    """A person's last meeting and next check-in, from their notes (any order) and threads.

    The next check-in is the earliest of their active threads' own. Notes that follow no
    thread of schema 2 (every schema-1 note) keep the rule of schema 1: the `next_checkin` of
    the latest note that has one, else the latest note's date plus the cadence. A person whose
    threads have all ended keeps that rule too, so their 1:1s stay on the calendar.
    """
    meetings = [n for n in notes if n.kind in MEETING_KINDS]
    if not meetings:
        return Rhythm(None, None, cadence_days)
    ordered = sorted(meetings, key=lambda n: note_order_key(n.date, n.id or ""))
    followed = [t for t in threads if t.open and not t.legacy]
    dated = tuple((t, when) for t in followed if (when := t.next_checkin(cadence_days)) is not None)
    in_threads = {note_id for t in threads if not t.legacy for note_id in t.note_ids}
    candidates = [when for _, when in dated]
    if not candidates or any(n.id not in in_threads for n in ordered):
        candidates.append(_schema1_next(ordered, cadence_days))
    return Rhythm(ordered[-1].date, min(candidates), cadence_days, dated)


def _schema1_next(ordered: Sequence[Note], cadence_days: int) -> dt.date:
    """Schema 1's next check-in: the latest note's `next_checkin`, else its date + cadence."""
    with_next = [n for n in ordered if n.next_checkin is not None]
    if with_next:
        given = with_next[-1].next_checkin
        assert given is not None
        return given
    return ordered[-1].date + dt.timedelta(days=cadence_days)


def latest_of_kind(notes: Sequence[Note], *kinds: str) -> Note | None:
    """The newest note of one of these kinds."""
    matching = [n for n in notes if n.kind in kinds]
    return max(matching, key=lambda n: note_order_key(n.date, n.id or ""), default=None)

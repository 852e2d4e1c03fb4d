"""Every action and support item with its current status, for `grow actions` across everyone,
kept in the index person by person (app/parts.py, issue 18): after a check-in only that
person's items are folded again, and a warm run builds no note."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grow_cli.app import parts as kept_parts
from grow_cli.env import Environment

if TYPE_CHECKING:
    from grow_cli.app.parts import Collected, Part, Parts
    from grow_cli.app.records import Records
    from grow_cli.domain.ledger import Item
    from grow_cli.store.index import NoteIndex
    from grow_cli.store.notes import Listing
    from grow_cli.store.paths import Locations

# Each person's items still to do, and the closed ones, as two parts (+ the folder's name in the
# index: people/<slug>, journal): `grow actions` lists the first alone.
OPEN_VIEW, CLOSED_VIEW = "items-open-part:", "items-closed-part:"


@dataclass
class Everyone:
    """The items of everyone not archived, in the ledger's order, with their notes' tags."""

    items: list[Item]
    tags: dict[str, tuple[str, ...]]  # note id: its tags
    names: dict[str, str]
    slug: str | None = None  # the one person whose items these are (read_one)

    def name_of(self, slug: str | None) -> str:
        """A person's display name (their slug without a profile; 'you' for the journal)."""
        if slug is None:
            return "you"
        return self.names.get(slug, slug)

    def tagged(self, items: list[Item], wanted: list[str]) -> list[Item]:
        """The items whose note has every one of the tags."""
        from grow_cli.domain.search import has_tags

        return [item for item in items if has_tags(self.tags.get(item.note_id, ()), wanted)]


def read_everyone(env: Environment, statuses: Container[str]) -> Everyone | None:
    """Everyone's items with these statuses from the index, printing the folder's warnings
    as `records.read` does; None when the index cannot answer (then read the whole folder)."""
    with kept_parts.opened(env) as (locations, listing, index):
        found = collect_everyone(locations, listing, index, statuses)
    if found is None:
        return None
    everyone, warnings = found
    kept_parts.print_warnings(warnings)
    return everyone


def read_one(env: Environment, who: str | None, statuses: Container[str]) -> Everyone | None:
    """The items with these statuses of the person `who` names (None: the journal's) from
    the index, printing the folder's warnings as `records.read_person` does; None when the
    index cannot answer for them (see `parts.collect_scoped`: then read their notes)."""
    from grow_cli.domain.vocabulary import STATUSES, is_open

    wanted = [status for status in STATUSES if status in statuses]
    found = kept_parts.scoped_halves(
        env,
        ((OPEN_VIEW, True), (CLOSED_VIEW, False)),
        lambda still_to_do: any(is_open(status) == still_to_do for status in wanted),
        _computed,
        lambda part: _built(part, statuses),
        who,
    )
    if found is None:
        return None
    kept_parts.print_warnings(found[0].warnings)
    ordered = [entry for scoped in found for entry in scoped.built[0]]
    ordered.sort(key=lambda entry: (entry[0], entry[1]))
    tags = {note_id: tags for scoped in found for note_id, tags in scoped.built[1].items()}
    return Everyone([item for _, _, item in ordered], tags, found[0].names, found[0].slug)


def collect_everyone(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    statuses: Container[str],
    touched_since: dt.date | None = None,
) -> tuple[Everyone, list[str]] | None:
    """Everyone's items with these statuses, and the folder's warnings (not printed); None
    when the index cannot answer. With `touched_since`, the closed items whose note and
    updates are all older are left out (the calendar shows only those closed since)."""
    from grow_cli.domain.vocabulary import STATUSES, is_open

    wanted = [status for status in STATUSES if status in statuses]
    collected = kept_parts.collect_halves(
        locations,
        listing,
        index,
        ((OPEN_VIEW, True), (CLOSED_VIEW, False)),
        lambda still_to_do: any(is_open(status) == still_to_do for status in wanted),
        _computed,
        lambda part: _built(part, statuses, touched_since),
    )
    if collected is None:
        return None
    items, tags = _assembled(collected)
    return Everyone(items, tags, collected[0].names()), collected[0].warnings


def _computed(active: Records, slugs: list[str | None], still_to_do: bool) -> Parts:
    """Each person's items still to do (or the closed ones), with their place among all of the
    person's items and the tags of the notes they come from."""
    tags = {note.id or "": list(note.tags) for note in active.ledger.notes}
    parts: Parts = {}
    for slug in slugs:
        theirs = [
            (position, item)
            for position, item in enumerate(active.ledger.for_person(slug))
            if item.open == still_to_do
        ]
        rows = [[*row_of(item), position] for position, item in theirs]
        note_ids = {item.note_id for _, item in theirs}
        parts[slug] = {
            "items": rows,
            "tags": {note_id: tags.get(note_id, []) for note_id in note_ids},
        }
    return parts


def row_of(item: Item) -> list[Any]:
    """An item as a part keeps it (`item_of` builds it again)."""
    history = [
        [change.date.isoformat(), change.status, change.note, change.note_id, _iso(change.due)]
        for change in item.history
    ]
    return [
        item.type,
        item.id,
        item.text,
        _iso(item.due),
        item.status,
        item.owner,
        item.person,
        item.note_id,
        item.note_date.isoformat(),
        history,
        item.thread,
    ]


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _day(text: Any) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _built(
    part: Part, statuses: Container[str], touched_since: dt.date | None = None
) -> tuple[list[tuple[Any, int, Item]], dict[str, tuple[str, ...]]]:
    """A part as `_computed` gives it, built: its items with these statuses with their place
    in the ledger's order (without the closed ones untouched since `touched_since`), and its
    notes' tags (raises on any other shape)."""
    from grow_cli.domain.status import note_order_key
    from grow_cli.domain.vocabulary import is_open

    # ISO days compare as the days do: a closed item is skipped before anything is built.
    since = None if touched_since is None else touched_since.isoformat()
    ordered = []
    order_keys: dict[tuple[str, str], Any] = {}  # one per note, not per item
    for row in part["items"]:
        _, _, _, _, status, _, _, note_id, note_date, history, _ = row[:11]
        position = row[11]
        if not isinstance(position, int):
            raise TypeError("an item's place is a number")
        if status not in statuses:
            continue
        if since is not None and not is_open(status) and _touched(note_date, history) < since:
            continue
        item = item_of(row)
        order = order_keys.get((note_date, note_id))
        if order is None:
            order = order_keys[note_date, note_id] = note_order_key(item.note_date, item.note_id)
        ordered.append((order, position, item))
    tags = {str(k): tuple(str(t) for t in v) for k, v in part["tags"].items()}
    return ordered, tags


def item_of(row: list[Any]) -> Item:
    """An item from its row as `row_of` keeps it (raises on a row of another shape)."""
    from grow_cli.domain.ledger import Item, StatusChange

    kind, item_id, text, due, status, owner, person, note_id, note_date, history, thread = row[:11]
    changes = tuple(
        StatusChange(dt.date.fromisoformat(day), str(then), str(said), str(where), _day(moved))
        for day, then, said, where, moved in history
    )
    return Item(
        kind,
        str(item_id),
        str(text),
        _day(due),
        str(status),
        str(owner),
        None if person is None else str(person),
        str(note_id),
        dt.date.fromisoformat(note_date),
        changes,
        None if thread is None else str(thread),
    )


def _touched(note_date: str, history: list[list[Any]]) -> str:
    """The latest day of an item's note and updates (ISO), as kept in a part."""
    return max([str(note_date), *(str(change[0]) for change in history)])


def _assembled(
    collected: list[Collected[tuple[list[tuple[Any, int, Item]], dict[str, tuple[str, ...]]]]],
) -> tuple[list[Item], dict[str, tuple[str, ...]]]:
    """Every part's items in the ledger's order (note by note, oldest first), and the tags."""
    ordered = []
    tags: dict[str, tuple[str, ...]] = {}
    for found in collected:
        for _, (items, part_tags) in found.in_order():
            ordered.extend(items)
            tags.update(part_tags)
    ordered.sort(key=lambda entry: (entry[0], entry[1]))
    return [item for _, _, item in ordered], tags

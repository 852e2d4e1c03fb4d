"""What `grow due` needs, kept in the index as a whole and person by person (issue 18).

A warm run with not one file changed reads one row: the whole view, under the digest of every
file. When something changed, the view is put together from one part per person (app/parts.py):
only the parts of the people whose files changed are computed again. When the index cannot
answer, the whole folder is read, as before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grow_cli.app import parts as kept_parts
from grow_cli.store.paths import Locations

if TYPE_CHECKING:
    from grow_cli.app.parts import Collected, Part, Parts
    from grow_cli.app.records import Records
    from grow_cli.domain.due import DueItem, DueView
    from grow_cli.store.index import NoteIndex
    from grow_cli.store.notes import Listing

DUE_VIEW = "due"
PART_VIEW = "due-part:"  # + the folder's name in the index (people/<slug>, journal)


def load_due(locations: Locations) -> tuple[DueView, list[str]]:
    """What `grow due` needs, and the warnings reading the folder gives.

    When not one file changed since the last run, this is a single row of the index: no note is
    read, and neither pydantic nor the note models are imported. Otherwise the parts of the
    people whose files changed are computed again (or, when the index cannot answer, the
    whole folder is read), and the view kept for next time.
    """
    from grow_cli.domain.due import DueView
    from grow_cli.store import notes
    from grow_cli.store.index import NoteIndex

    listing = notes.list_files(locations)
    digest = listing.digest()
    index = NoteIndex.open(locations.cache_dir)
    try:
        stored = index.view(DUE_VIEW, digest)
        if stored is not None:
            try:
                return DueView.from_json(stored["view"]), [str(w) for w in stored["warnings"]]
            except (KeyError, TypeError, ValueError):  # damaged or planted: compute it again
                pass
        found = _from_parts(locations, listing, index) or _whole(locations, listing, index)
        view, warnings = found
        if listing.settled():
            index.keep_view(DUE_VIEW, digest, {"view": view.to_json(), "warnings": warnings})
        return view, warnings
    finally:
        index.close()


def _whole(locations: Locations, listing: Listing, index: NoteIndex) -> tuple[DueView, list[str]]:
    """The view from the whole folder read."""
    from grow_cli.app import records
    from grow_cli.domain.due import DueView

    read = records.load(locations, listing, index)
    active = read.active()
    rhythms = {slug: active.rhythm_of(slug) for slug in active.people}
    names = {slug: person.name for slug, person in active.people.items()}
    return DueView.of(active.ledger, rhythms, names), read.warnings


def _from_parts(
    locations: Locations, listing: Listing, index: NoteIndex
) -> tuple[DueView, list[str]] | None:
    """The view put together from each person's part, or None when the index cannot answer."""
    found = kept_parts.collect(locations, listing, index, PART_VIEW, _computed, _built)
    if found is None:
        return None
    return _assembled(found), found.warnings


def _computed(active: Records, slugs: list[str | None]) -> Parts:
    """The parts of these people (None: the journal) as the whole view would hold them."""
    from grow_cli.domain.due import DueView, due_item

    rhythms = {slug: active.rhythm_of(slug) for slug in slugs if slug in active.people}
    view = DueView.of(active.ledger, rhythms, {})
    parts: Parts = {}
    for slug in slugs:
        items = []
        for item in active.ledger.for_person(slug):
            due = due_item(item)
            if due is not None:
                row = [due.type, due.person, due.id, due.text, due.due.isoformat(), due.status]
                items.append([*row, due.mine, item.note_date.isoformat(), item.note_id])
        checkin = view.checkins.get(slug or "")
        parts[slug] = {
            "items": items,
            "checkin": None if checkin is None else checkin.isoformat(),
            "goal": view.goals.get(slug or ""),
            "reviews": view.to_json()["reviews"] if slug is None else [],
        }
    return parts


@dataclass(frozen=True)
class _Part:
    """One person's part, built: dated open items with their place in the ledger's order."""

    items: list[tuple[tuple[dt.date, tuple[object, ...]], int, DueItem]]
    checkin: dt.date | None
    goal: str | None
    reviews: tuple[DueItem, ...]


def _built(part: Part) -> _Part:
    """A part as `_computed` gives it, built (raises on any other shape)."""
    from grow_cli.domain.due import DueItem, DueView
    from grow_cli.domain.status import note_order_key

    items = []
    for position, row in enumerate(part["items"]):
        kind, person, item_id, text, due, status, mine, note_date, note_id = row
        item = DueItem(kind, person, item_id, text, dt.date.fromisoformat(due), status, bool(mine))
        when = dt.date.fromisoformat(note_date)
        items.append((note_order_key(when, str(note_id)), position, item))
    checkin = None if part["checkin"] is None else dt.date.fromisoformat(part["checkin"])
    goal = part["goal"]
    if goal is not None and not isinstance(goal, str):
        raise TypeError("a goal is a string")
    empty: dict[str, Any] = {"items": [], "checkins": {}, "names": {}, "goals": {}}
    reviews = DueView.from_json({**empty, "reviews": part["reviews"]}).reviews
    return _Part(items, checkin, goal, reviews)


def _assembled(found: Collected[_Part]) -> DueView:
    """The whole view from the parts: items in the ledger's order (note by note, oldest
    first), each person's check-in and goal, the names, the journal's reviews."""
    from grow_cli.domain.due import DueView

    ordered = []
    checkins: dict[str, dt.date] = {}
    goals: dict[str, str] = {}
    reviews: list[DueItem] = []
    for slug, part in found.in_order():
        ordered.extend(part.items)
        if slug is None:
            reviews.extend(part.reviews)
            continue
        if part.checkin is not None:
            checkins[slug] = part.checkin
        if part.goal is not None:
            goals[slug] = part.goal
    ordered.sort(key=lambda entry: (entry[0], entry[1]))
    items = tuple(item for _, _, item in ordered)
    return DueView(items, checkins, found.names(), goals, tuple(reviews))

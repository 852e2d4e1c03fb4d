"""What `grow due` needs, kept in the index as a whole and person by person (issue 18).

A warm run with not one file changed reads one row: the whole view, under the digest of every
file. When something changed, the view is put together from one part per person (and one for
the journal), each kept under the digest of what it is computed from: that person's folder
(names, sizes and times of their notes), their profile's stamp, and, while any note reaches
into another person's (`crossing` in store/index.py), the whole folder. Only the parts whose
digest changed are computed again, from those people's notes (store/scope.py): after a
check-in, one person's notes instead of the whole folder.

The warnings are the whole folder's, as a full read gives them. A listing with warnings of its
own (a link, an unreadable folder, a person.toml that is not a file) is read whole, as before:
such a folder may change in ways no stamp shows.
"""

from __future__ import annotations

import datetime as dt
import os
from hashlib import blake2b
from typing import TYPE_CHECKING, Any

from grow_cli.store.paths import Locations

if TYPE_CHECKING:
    from grow_cli.domain.due import DueItem, DueView
    from grow_cli.store.index import NoteIndex
    from grow_cli.store.notes import Listing

DUE_VIEW = "due"
PART_VIEW = "due-part:"  # + the folder's name in the index (people/<slug>, journal)
PEOPLE_VIEW = "profile-warnings"
JOURNAL = None


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
    from grow_cli.app import records
    from grow_cli.store import scope

    if not records.SCOPED:  # tests compare with the whole folder read
        return None
    if listing.warnings or listing.odd_profiles or not scope.refresh(listing, index):
        return None
    folder_view = scope.folder_view(locations, listing, index)
    crossing = index.crossing_people()
    if folder_view is None or crossing is None:
        return None
    digests = _part_digests(listing, crossing)
    kept = dict(index.views_named(PART_VIEW))
    parts: dict[str | None, dict[str, Any]] = {}
    for slug, digest in digests.items():
        value = kept.get(_part_name(slug))
        if value is not None and value[0] == digest and (part := _checked(value[1])) is not None:
            parts[slug] = part
    missing = [slug for slug in digests if slug not in parts]
    if missing:
        computed = _compute_parts(locations, listing, index, missing, bool(crossing))
        if computed is None:
            return None
        for slug, part in computed.items():
            parts[slug] = part
            if listing.settled():
                index.keep_view(_part_name(slug), digests[slug], part)
    warnings = _warnings(locations, listing, index, folder_view, parts)
    return None if warnings is None else (_assembled(parts), warnings)


def _part_name(slug: str | None) -> str:
    from grow_cli.store.paths import JOURNAL_DIRNAME, PEOPLE_DIRNAME

    return PART_VIEW + (JOURNAL_DIRNAME if slug is None else f"{PEOPLE_DIRNAME}{os.sep}{slug}")


def _part_digests(listing: Listing, crossing: set[str | None]) -> dict[str | None, str]:
    """Each part's digest: its folder's, its profile's stamp, and while any note crosses into
    another person's, the whole folder's (then every part is computed again on any change)."""
    from grow_cli.store.paths import JOURNAL_DIRNAME, PEOPLE_DIRNAME

    folders = {name: digest for name, digest, _ in listing.folders()}
    profiles = {shown.split(os.sep)[1]: stamp for shown, stamp in listing.profiles}
    slugs: set[str | None] = {JOURNAL, *profiles, *crossing}
    prefix = PEOPLE_DIRNAME + os.sep
    slugs.update(name[len(prefix) :] for name in folders if name.startswith(prefix))
    shared = listing.digest() if crossing else ""
    digests = {}
    for slug in sorted(slugs, key=lambda s: (s is not None, s or "")):
        folder = JOURNAL_DIRNAME if slug is None else prefix + slug
        text = f"{folder}\0{folders.get(folder, '')}\0{profiles.get(slug or '', '')}\0{shared}"
        digests[slug] = blake2b(text.encode(errors="surrogateescape")).hexdigest()
    return digests


def _compute_parts(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    missing: list[str | None],
    crossing: bool,
) -> dict[str | None, dict[str, Any]] | None:
    """The parts of these people (None: the journal), from their notes, as the whole view
    would hold them; None when the index cannot answer. Only their profiles are read unless
    a note crosses between people (then whose notes are read depends on every profile)."""
    from grow_cli.app import records
    from grow_cli.domain.due import DueView, due_item

    read = records.load_people(locations, missing, listing, index, every_profile=crossing)
    if read is None:
        return None
    active = read.active()
    rhythms = {slug: active.rhythm_of(slug) for slug in missing if slug in active.people}
    view = DueView.of(active.ledger, rhythms, {})
    parts: dict[str | None, dict[str, Any]] = {}
    for slug in missing:
        profile = None if slug is None else read.people.get(slug)
        if slug is not None and slug not in active.people and profile is not None:
            parts[slug] = {"name": profile.name, "archived": True}
            continue
        items = []
        for item in active.ledger.for_person(slug):
            due = due_item(item)
            if due is not None:
                items.append([*_item_row(due), item.note_date.isoformat(), item.note_id])
        parts[slug] = {
            "name": None if profile is None else profile.name,
            "archived": False,
            "items": items,
            "checkin": _iso(view.checkins.get(slug or "")),
            "goal": view.goals.get(slug or ""),
            "reviews": view.to_json()["reviews"] if slug is None else [],
        }
    return parts


def _item_row(item: DueItem) -> list[Any]:
    return [
        item.type,
        item.person,
        item.id,
        item.text,
        item.due.isoformat(),
        item.status,
        item.mine,
    ]


def _iso(when: dt.date | None) -> str | None:
    return None if when is None else when.isoformat()


def _checked(value: Any) -> dict[str, Any] | None:
    """A kept part, if it has the shape `_compute_parts` gives (damaged or planted: None)."""
    if not isinstance(value, dict) or not isinstance(value.get("archived"), bool):
        return None
    name = value.get("name")
    if name is not None and not isinstance(name, str):
        return None
    if value["archived"]:
        return value if isinstance(name, str) else None
    try:
        _assembled({None: value})
    except (KeyError, TypeError, ValueError):
        return None
    return value


def _assembled(parts: dict[str | None, dict[str, Any]]) -> DueView:
    """The whole view from the parts: items in the ledger's order (note by note, oldest
    first), each person's check-in, names and goal, the journal's reviews."""
    from grow_cli.domain.due import DueItem, DueView
    from grow_cli.domain.status import note_order_key

    ordered = []
    checkins: dict[str, dt.date] = {}
    names: dict[str, str] = {}
    goals: dict[str, str] = {}
    reviews: list[DueItem] = []
    for slug in sorted(parts, key=lambda s: (s is not None, s or "")):
        part = parts[slug]
        if part["archived"]:
            continue
        for position, row in enumerate(part["items"]):
            kind, person, item_id, text, due, status, mine, note_date, note_id = row
            item = DueItem(
                kind, person, item_id, text, dt.date.fromisoformat(due), status, bool(mine)
            )
            when = dt.date.fromisoformat(note_date)
            ordered.append((note_order_key(when, str(note_id)), position, item))
        if slug is None:
            view = DueView.from_json(
                {"items": [], "checkins": {}, "names": {}, "goals": {}, "reviews": part["reviews"]}
            )
            reviews.extend(view.reviews)
            continue
        if part["name"] is not None:
            names[slug] = str(part["name"])
        if part["checkin"] is not None:
            checkins[slug] = dt.date.fromisoformat(part["checkin"])
        if part["goal"] is not None:
            goals[slug] = str(part["goal"])
    ordered.sort(key=lambda entry: (entry[0], entry[1]))
    items = tuple(item for _, _, item in ordered)
    return DueView(items, checkins, names, goals, tuple(reviews))


def _warnings(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    folder_view: Any,
    parts: dict[str | None, dict[str, Any]],
) -> list[str] | None:
    """The whole folder's warnings, in the order a full read gives them."""
    from grow_cli.app import records

    profile_warnings = _profile_warnings(locations, listing, index)
    with_profile = {slug for slug, part in parts.items() if slug and part["name"] is not None}
    warnings, _, unknown, folders = folder_view
    return [
        *listing.warnings,
        *warnings,
        *profile_warnings,
        *records.without_profile([locations.notes_dir / f for f in folders], with_profile),
        *records.unknown_ref_warnings([(note_id, ref) for note_id, ref in unknown]),
    ]


def _profile_warnings(locations: Locations, listing: Listing, index: NoteIndex) -> list[str]:
    """One warning per profile that cannot be read, kept under the profiles' stamps."""
    from grow_cli.store import people

    text = "\0".join(f"{shown}\0{stamp}" for shown, stamp in listing.profiles)
    digest = blake2b(text.encode(errors="surrogateescape")).hexdigest()
    kept = index.view(PEOPLE_VIEW, digest)
    if isinstance(kept, list) and all(isinstance(warning, str) for warning in kept):
        return kept
    _, warnings = people.list_all(locations, index)
    index.save()
    if listing.settled():
        index.keep_view(PEOPLE_VIEW, digest, warnings)
    return warnings

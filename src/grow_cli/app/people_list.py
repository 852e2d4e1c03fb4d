"""`grow person list` from the index (issue 18): every profile's row as `--json` gives it, kept
under the profiles' names and stamps, so that a run with no profile changed reads one row and
no profile (and neither pydantic nor the models are imported). The warnings about unreadable
profiles are kept with the rows. A profile changed in the last 2 seconds is read, and nothing
made from it is kept."""

from __future__ import annotations

from hashlib import blake2b
from typing import TYPE_CHECKING, Any

from grow_cli.store import paths, people
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.app.serialize import JSON
    from grow_cli.store.index import NoteIndex
    from grow_cli.store.paths import Locations

PEOPLE_VIEW = "person-list"
ROW_KEYS = frozenset(["slug", "name", "role", "cadence_days", "started", "style", "archived"])


def person_rows(locations: Locations, *, include_archived: bool = False) -> list[JSON]:
    """Every readable profile's row (archived people only when asked), printing a warning for
    each unreadable one, as app/people.list_all does."""
    from grow_cli.store.index import NoteIndex, is_racy

    paths.require_notes_dir(locations)
    stamps = [
        (slug, people.profile_stamp(locations, slug)) for slug in people.profile_slugs(locations)
    ]
    # The warnings name profiles by their paths: the folder's own path is part of the digest.
    text = "\0".join([str(locations.notes_dir), *(f"{slug}\0{stamp}" for slug, stamp in stamps)])
    digest = blake2b(text.encode(errors="surrogateescape")).hexdigest()
    index = NoteIndex.open(locations.cache_dir)
    try:
        kept = _kept(index.view(PEOPLE_VIEW, digest))
        if kept is None:
            kept = _read(locations, index)
            settled = all(
                stamp is not None and not is_racy(stamp, index.started_ns) for _, stamp in stamps
            )
            if settled:
                index.keep_view(PEOPLE_VIEW, digest, {"rows": kept[0], "warnings": kept[1]})
    finally:
        index.close()
    rows, warnings = kept
    for warning in warnings:
        output.warning(warning)
    return [row for row in rows if include_archived or row["archived"] is None]


def _read(locations: Locations, index: NoteIndex) -> tuple[list[JSON], list[str]]:
    from grow_cli.app.serialize import person_json

    found, warnings = people.list_all(locations, index)
    index.save()
    return [person_json(known.slug, known.person) for known in found], warnings


def _kept(value: Any) -> tuple[list[JSON], list[str]] | None:
    """The rows and warnings kept, or None when there are none (or they are damaged)."""
    if not isinstance(value, dict):
        return None
    rows, warnings = value.get("rows"), value.get("warnings")
    if not isinstance(rows, list) or not isinstance(warnings, list):
        return None
    if not all(isinstance(warning, str) for warning in warnings):
        return None
    if not all(well_formed(row) for row in rows):
        return None
    return rows, warnings


def well_formed(row: Any) -> bool:
    """Whether a kept profile's row is of person_json's keys and kinds."""
    if not isinstance(row, dict) or set(row) != ROW_KEYS:
        return False
    texts = [row["slug"], row["name"], row["role"]]
    optional = [row["started"], row["style"], row["archived"]]
    if not all(isinstance(text, str) for text in texts):
        return False
    if not all(value is None or isinstance(value, str) for value in optional):
        return False
    return type(row["cadence_days"]) is int

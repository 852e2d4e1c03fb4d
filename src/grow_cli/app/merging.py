"""`grow person merge DUPLICATE KEEP`: someone added twice ("P. Shah" beside "Priya Shah") becomes
one person. KEEP stays; every note of DUPLICATE moves into KEEP's folder with its ids renamed so
they stay unique and every reference to them still holds (store/merging.py does the files, in an
order that survives a crash); DUPLICATE's profile and original files are kept aside under
<notes>/merged/."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from grow_cli.app import records
from grow_cli.app.serialize import person_json
from grow_cli.errors import InvalidInputError, UsageError
from grow_cli.store import drafts, merging, people
from grow_cli.store.paths import Locations
from grow_cli.store.people import KnownPerson


@dataclass(frozen=True)
class Pair:
    """The duplicate, the person kept, and what the merge would move."""

    duplicate: KnownPerson
    keep: KnownPerson
    notes: int
    drafts: int


@dataclass
class Report:
    """What a merge did, for the summary and --json."""

    duplicate: KnownPerson
    keep: KnownPerson
    outcome: merging.Outcome
    resumed: bool
    folded: dict[str, str] = field(default_factory=dict)  # profile fields taken from the duplicate

    def to_json(self, locations: Locations) -> dict[str, Any]:
        """The merge as JSON: who, what moved where, the ids renamed, where the rest was kept."""

        def shown(path: Path) -> str:
            return path.relative_to(locations.notes_dir).as_posix()

        outcome = self.outcome
        return {
            "from": person_json(self.duplicate.slug, self.duplicate.person),
            "into": person_json(self.keep.slug, self.keep.person),
            "moved": [{"from": shown(m.source), "to": shown(m.target)} for m in outcome.moves],
            "ids": dict(outcome.ids),
            "rewritten": [shown(path) for path in outcome.rewritten],
            "drafts_moved": [
                {"from": shown(old), "to": shown(new)} for old, new in outcome.drafts_moved
            ],
            "drafts_kept": [shown(path) for path in outcome.drafts_kept],
            "talking_points_copied": [
                {"from": shown(old), "to": shown(new)} for old, new in outcome.points_copied
            ],
            "folded": dict(self.folded),
            "kept_in": shown(outcome.kept_in) if outcome.kept_in else None,
            "resumed": self.resumed,
        }


def pair(locations: Locations, duplicate: str, keep: str) -> Pair:
    """The two people named, refused when they are one person or either is archived."""
    first = people.find(locations, duplicate)
    second = people.find(locations, keep)
    if first.slug == second.slug:
        raise UsageError(
            f"{duplicate!r} and {keep!r} are both {first.slug}: a person cannot be merged into "
            "themselves."
        )
    for known in (first, second):
        if known.person.archived is not None:
            raise InvalidInputError(
                f"{known.person.name} ({known.slug}) is archived; unarchive them first "
                f"('grow person unarchive {known.slug}') to merge."
            )
    notes = len(merging.source_notes(locations, first.slug))
    return Pair(first, second, notes, len(drafts.drafts_of(locations, first.slug)))


def merge(locations: Locations, chosen: Pair, today: dt.date) -> Report:
    """Carry the merge out (or finish one that was stopped half way)."""
    source, target = chosen.duplicate.slug, chosen.keep.slug
    found = records.load(locations)
    folder = locations.people_dir / source
    astray = [
        found.path_of(loaded)
        for loaded in found.loaded
        if loaded.note.person == source and loaded.path.parent != folder
    ]
    if astray:
        raise InvalidInputError(
            f"Cannot merge {source}: {', '.join(astray)} is about them but lies outside "
            f"people/{source}/.",
            hint=f"Move it into people/{source}/ (or correct its 'person'), then merge again.",
        )
    planned = merging.plan(locations, source, target, _ids_in_use(found), today)
    others = [loaded for loaded in found.loaded if loaded.path.parent != folder]
    outcome = merging.carry_out(locations, planned, others, today)
    keep, folded = _folded(chosen.duplicate, chosen.keep)
    if folded:
        people.save(locations, keep)
    merging.finish(locations, planned, outcome, today)
    return Report(chosen.duplicate, keep, outcome, planned.resumed, folded)


def _ids_in_use(found: records.Records) -> set[str]:
    """Every note id in the folder, and the note part of every item and goal id, so a renamed
    note never takes an id something else already has."""
    used: set[str] = set()
    for loaded in found.loaded:
        note = loaded.note
        for value in (
            note.id,
            note.thread,
            *(a.id for a in note.actions),
            *(s.id for s in note.support),
        ):
            if value:
                used.add(value.partition("#")[0])
    return used


def _folded(duplicate: KnownPerson, keep: KnownPerson) -> tuple[KnownPerson, dict[str, str]]:
    """What the kept profile takes from the duplicate's: the earlier start of coaching (the
    moved notes may be older), and a role or style it does not have."""
    theirs, ours = duplicate.person, keep.person
    update: dict[str, Any] = {}
    if theirs.started and (ours.started is None or theirs.started < ours.started):
        update["started"] = theirs.started
    if theirs.role and not ours.role:
        update["role"] = theirs.role
    if theirs.style and not ours.style:
        update["style"] = theirs.style
    shown = {k: v.isoformat() if isinstance(v, dt.date) else str(v) for k, v in update.items()}
    return KnownPerson(keep.slug, ours.model_copy(update=update)), shown

"""Everything the reading commands need, loaded once: notes, people, the ledger, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from grow_cli.domain.ledger import Ledger, Rhythm, rhythm
from grow_cli.store.paths import Locations

if TYPE_CHECKING:
    from grow_cli.domain.due import DueView
    from grow_cli.domain.models import Person
    from grow_cli.store.index import NoteIndex
    from grow_cli.store.notes import Listing, LoadedNote

DUE_VIEW = "due"


@dataclass
class Records:
    """The notes folder, read."""

    locations: Locations
    loaded: list[LoadedNote]
    people: dict[str, Person]
    ledger: Ledger
    warnings: list[str] = field(default_factory=list)

    def rhythm_of(self, slug: str) -> Rhythm:
        """A person's last conversation and next check-in."""
        person = self.people.get(slug)
        cadence = person.cadence_days if person else 7
        return rhythm(self.ledger.notes_of(slug), cadence)

    def name_of(self, slug: str | None) -> str:
        """A person's display name (their slug when they have no profile; 'you' for the journal)."""
        if slug is None:
            return "you"
        person = self.people.get(slug)
        return person.name if person else slug


def load(
    locations: Locations, listing: Listing | None = None, index: NoteIndex | None = None
) -> Records:
    """Read the whole notes folder; damaged files become warnings."""
    from grow_cli.store import notes, people

    # The ledger makes as many objects as the scan: the collector stays out of both.
    with notes.collector_paused():
        scan = notes.scan(locations, listing, index)
        known, person_warnings = people.list_all(locations)
        profiles = {k.slug: k.person for k in known}
        ledger = Ledger.build(item.note for item in scan.notes)
    return Records(locations, scan.notes, profiles, ledger, scan.warnings + person_warnings)


def load_due(locations: Locations) -> tuple[DueView, list[str]]:
    """What `grow due` needs, and the warnings reading the folder gives.

    When not one file changed since the last run, this is a single row of the index: no note is
    read, and neither pydantic nor the note models are imported. Otherwise the folder is read
    (unchanged notes from the index) and the view kept for next time.
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
        records = load(locations, listing, index)
        rhythms = {slug: records.rhythm_of(slug) for slug in records.people}
        names = {slug: person.name for slug, person in records.people.items()}
        view = DueView.of(records.ledger, rhythms, names)
        if listing.settled():
            kept = {"view": view.to_json(), "warnings": records.warnings}
            index.keep_view(DUE_VIEW, digest, kept)
        return view, records.warnings
    finally:
        index.close()

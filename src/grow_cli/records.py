"""Everything the reading commands need, loaded once: notes, people, the ledger, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from grow_cli.domain.ledger import Ledger, Rhythm, rhythm
from grow_cli.store.paths import Locations

if TYPE_CHECKING:
    from grow_cli.domain.models import Person
    from grow_cli.store.notes import LoadedNote


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


def load(locations: Locations) -> Records:
    """Read the whole notes folder; damaged files become warnings."""
    from grow_cli.store import notes, people

    scan = notes.scan(locations)
    known, person_warnings = people.list_all(locations)
    profiles = {k.slug: k.person for k in known}
    ledger = Ledger.build(item.note for item in scan.notes)
    return Records(locations, scan.notes, profiles, ledger, scan.warnings + person_warnings)

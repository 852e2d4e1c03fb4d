"""Keeping the list of people right: editing a profile, archiving someone who left the team,
and removing someone (kept aside under <notes>/removed/, never deleted). Merging a duplicate is
app/merging.py's. Every change to a profile is one atomic write of its person.toml."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grow_cli.errors import Interrupted, UsageError
from grow_cli.store import attic, drafts, people
from grow_cli.store.paths import Locations
from grow_cli.store.people import KnownPerson

# A profile's keys as `grow person edit` names them (its options, and the lines it prints).
FIELDS = {
    "name": "name",
    "role": "role",
    "cadence_days": "cadence",
    "started": "started",
    "style": "style",
    "email": "email",
}


@dataclass(frozen=True)
class Change:
    """One field of a profile, before and after an edit."""

    field: str
    before: str
    after: str

    def __str__(self) -> str:
        return f"{self.field}: {self.before or '(none)'} -> {self.after or '(none)'}"


def edit(
    locations: Locations, who: str, today: dt.date, values: Mapping[str, Any]
) -> tuple[KnownPerson, list[Change]]:
    """Change the fields given (None: left as it is), validated as `person add` validates
    them (started may be a phrase: '2 weeks ago'). The slug, and so the folder, stays."""
    from grow_cli.domain.models import Person
    from grow_cli.domain.validation import validated

    known = people.find(locations, who)
    given = {key: value for key, value in values.items() if value is not None}
    unknown = set(given) - set(FIELDS)
    if unknown:
        raise ValueError(f"not a profile field: {sorted(unknown)}")
    if isinstance(given.get("name"), str):
        given["name"] = given["name"].strip()
    data = {**known.person.model_dump(mode="python"), **given}
    person = validated(Person, data, today=today, what="profile")
    changes = [
        Change(label, _shown(getattr(known.person, key)), _shown(getattr(person, key)))
        for key, label in FIELDS.items()
        if getattr(known.person, key) != getattr(person, key)
    ]
    edited = KnownPerson(known.slug, person)
    if changes:
        people.save(locations, edited)
    return edited, changes


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def ask_edits(known: KnownPerson, today: dt.date) -> dict[str, Any]:
    """At the terminal: each field asked in turn, its current value the default (Enter keeps it)."""
    from grow_cli.domain import validators
    from grow_cli.ui import prompts

    person = known.person
    started = person.started.isoformat() if person.started else ""

    def past_or_empty(value: str) -> bool | str:
        return True if not value.strip() else validators.past_phrase(today)(value)

    try:
        name = prompts.text("Name?", default=person.name, validate=validators.required)
        role = prompts.text("Role?", default=person.role, validate=validators.optional)
        cadence = prompts.text(
            "Days between check-ins?",
            default=str(person.cadence_days),
            validate=validators.cadence,
        )
        since = prompts.text(
            "Coaching them since? (a date, or e.g. '3 months ago')",
            default=started,
            validate=past_or_empty,
        )
        style = prompts.text(
            "How they like to be coached?", default=person.style, validate=validators.optional
        )
    except prompts.PromptInterrupted:
        raise Interrupted("Stopped; nothing was changed.") from None
    return {
        "name": name,
        "role": role,
        "cadence_days": int(cadence),
        "started": since.strip() or None,  # left empty: as it was
        "style": style,
    }


def archive(
    locations: Locations, who: str, today: dt.date, *, undo: bool = False
) -> tuple[KnownPerson, bool]:
    """Mark someone as having left the team (archived = today), or bring them back; whether
    anything changed (archiving twice keeps the first date)."""
    known = people.find(locations, who)
    archived = known.person.archived
    if (archived is None) == undo:  # archived already, or not archived to undo
        return known, False
    updated = KnownPerson(
        known.slug, known.person.model_copy(update={"archived": None if undo else today})
    )
    people.save(locations, updated)
    return updated, True


@dataclass(frozen=True)
class Removal:
    """What removing a person takes out of the notes folder."""

    known: KnownPerson
    folder: Path  # people/<slug>/
    notes: int
    drafts: list[Path]

    def summary(self) -> str:
        """'4 notes and 1 draft', for the question and the report."""
        notes = f"{self.notes} note{'s' if self.notes != 1 else ''}"
        if not self.drafts:
            return notes
        return f"{notes} and {len(self.drafts)} draft{'s' if len(self.drafts) != 1 else ''}"


def removal(locations: Locations, who: str) -> Removal:
    """What `grow person remove` would take: the person's folder and their drafts."""
    known = people.find(locations, who)
    folder = people.person_dir(locations, known.slug)
    notes = sum(1 for path in folder.glob("*.md") if not path.name.startswith("."))
    return Removal(known, folder, notes, drafts.drafts_of(locations, known.slug))


def remove(locations: Locations, taken: Removal, today: dt.date) -> Path:
    """Move the person's folder and drafts into a new <notes>/removed/<slug>-<date>/ (renames
    within the notes folder: restoring is moving them back); where they went."""
    slug = taken.known.slug
    kept = attic.new_folder(locations.removed_dir, f"{slug}-{today.isoformat()}")
    attic.move(taken.folder, kept / slug)
    for draft in taken.drafts:
        attic.move(draft, kept / drafts.DRAFTS_DIRNAME / draft.name)
    return kept


def insist_on_exact(known: KnownPerson, query: str, *, yes: bool, command: str) -> None:
    """With --yes nothing is asked, so a change to files must name its person exactly: a first
    name or a prefix that happens to fit someone is not enough."""
    if yes and not people.exact(known, query):
        raise UsageError(
            f"With --yes, {command} needs a person's exact slug or name; {query!r} is neither.",
            hint=f"If you mean {known.person.name}, give '{known.slug}'.",
        )


def confirm(question: str, *, yes: bool, prompting: bool, without_terminal: UsageError) -> None:
    """Go on only when --yes was given or the person at the terminal says yes (default no)."""
    if yes:
        return
    if not prompting:
        raise without_terminal
    from grow_cli.ui import prompts

    try:
        agreed = prompts.confirm(question, default=False)
    except prompts.PromptInterrupted:
        agreed = False
    if not agreed:
        raise Interrupted("Nothing was changed.")

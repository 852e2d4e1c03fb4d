"""The people you coach: adding, listing and finding them, and who a conversation is about."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from grow_cli.app.files import writable_notes_dir
from grow_cli.app.session import Subject
from grow_cli.errors import Interrupted, NotFoundError
from grow_cli.store import paths, people
from grow_cli.store.paths import Locations
from grow_cli.store.people import KnownPerson
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.vocabulary import Kind

__all__ = ["KnownPerson", "add", "find", "list_all", "subject_for"]


def find(locations: Locations, name_or_slug: str) -> KnownPerson:
    """The person named by a slug ('alex-kim') or a display name ('Alex Kim')."""
    return people.find(locations, name_or_slug)


def list_all(locations: Locations) -> list[KnownPerson]:
    """Every person with a readable profile, printing a warning for each unreadable one."""
    paths.require_notes_dir(locations)
    found, warnings = people.list_all(locations)
    for warning in warnings:
        output.warning(warning)
    return found


def add(
    locations: Locations,
    *,
    name: str,
    today: dt.date,
    role: str = "",
    cadence_days: int = 7,
    started: str | dt.date | None = None,
    style: str = "",
    slug: str | None = None,
) -> KnownPerson:
    """Validate and add a person (dates may be phrases); refused when the slug is taken."""
    from grow_cli.domain.models import Person
    from grow_cli.domain.validation import validated

    writable_notes_dir(locations)
    person = validated(
        Person,
        {
            "name": name,
            "role": role,
            "cadence_days": cadence_days,
            "started": started or today,
            "style": style,
        },
        today=today,
        what="person",
    )
    return people.add(locations, person, slug)


def person_dir(locations: Locations, slug: str) -> str:
    """The folder of a person's notes, as a path to show."""
    return str(people.person_dir(locations, slug))


def subject_for(
    locations: Locations, kind: Kind, who: str, *, offer_to_add: bool = False
) -> Subject:
    """Who a conversation is about. At a terminal (`offer_to_add`), someone grow does not know
    yet may be added on the spot."""
    try:
        known = people.find(locations, who)
    except NotFoundError:
        if not offer_to_add:
            raise
        known = _offer_to_add(locations, who)
    return Subject(kind, known.slug, known.person.name, known.person.cadence_days)


def _offer_to_add(locations: Locations, name: str) -> KnownPerson:
    """At the terminal, offer to add someone grow does not know yet."""
    from grow_cli.domain import validators
    from grow_cli.domain.models import Person
    from grow_cli.ui import prompts

    try:
        if not prompts.confirm(f"{name!r} is not in your notes yet. Add them?", default=True):
            raise NotFoundError(f"No person {name!r}.", hint="See 'grow person list'.")
        role = prompts.text("Their role?", validate=validators.optional)
        cadence = prompts.text("Days between check-ins?", default="7", validate=validators.cadence)
    except prompts.PromptInterrupted:
        raise Interrupted("Stopped; nothing was saved.") from None
    known = people.add(locations, Person(name=name.strip(), role=role, cadence_days=int(cadence)))
    output.line(f"Added {name} as '{known.slug}'.")
    return known

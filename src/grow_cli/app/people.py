"""The people you coach: adding, listing and finding them, and who a conversation is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from grow_cli.app.files import writable_notes_dir
from grow_cli.app.session import Subject
from grow_cli.errors import Interrupted, InvalidInputError, NotFoundError, UsageError
from grow_cli.store import paths, people
from grow_cli.store.paths import Locations
from grow_cli.store.people import AmbiguousPerson, KnownPerson, UnknownPerson
from grow_cli.ui import output
from grow_cli.ui.prompts import PromptInterrupted

if TYPE_CHECKING:
    from grow_cli.domain.vocabulary import Kind
    from grow_cli.ui.prompts import Option

__all__ = ["KnownPerson", "add", "find", "list_all", "require_current", "subject_for"]

SOMEONE_NEW, STOP = "\0new", "\0stop"  # picker values no slug can be


def find(locations: Locations, name_or_slug: str) -> KnownPerson:
    """The person named by a slug, a display name, a first name or the start of one (the rules
    are domain/lookup.py's); one clear error listing the matches, or the closest, otherwise."""
    return people.find(locations, name_or_slug)


def list_all(locations: Locations, *, include_archived: bool = False) -> list[KnownPerson]:
    """Every person with a readable profile (archived ones only when asked), printing a warning
    for each unreadable one."""
    paths.require_notes_dir(locations)
    found, warnings = people.list_all(locations)
    for warning in warnings:
        output.warning(warning)
    return [k for k in found if include_archived or k.person.archived is None]


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


def look_alikes(locations: Locations, added: KnownPerson) -> list[KnownPerson]:
    """The people already in the notes whom a newly added name fits or comes close to ("P.
    Shah" beside "Priya Shah"): perhaps the same person, added twice."""
    from grow_cli.domain.lookup import Candidate
    from grow_cli.domain.lookup import find as look_up

    others = {k.slug: k for k in people.list_all(locations)[0] if k.slug != added.slug}
    result = look_up(added.person.name, [Candidate(k.slug, k.person.name) for k in others.values()])
    # Only people the name fits ('P. Shah' fits Priya Shah): names that are merely close are
    # often two people ('Priya Patel', 'Priya Shah').
    close = [result.found] if result.found else list(result.matches)
    return [others[candidate.slug] for candidate in close]


def person_dir(locations: Locations, slug: str) -> str:
    """The folder of a person's notes, as a path to show."""
    return str(people.person_dir(locations, slug))


def require_current(known: KnownPerson) -> KnownPerson:
    """Refuse a new conversation with someone archived (they left the team)."""
    archived = known.person.archived
    if archived is None:
        return known
    raise InvalidInputError(
        f"{known.person.name} ({known.slug}) was archived on {archived.isoformat()}: their notes "
        "are kept, but grow holds no new conversations with them.",
        hint=f"Bring them back with 'grow person unarchive {known.slug}'.",
    )


def subject_for(
    locations: Locations, kind: Kind, who: str | None, *, offer_to_add: bool = False
) -> Subject:
    """Who a conversation is about. At a terminal (`offer_to_add`), no name offers a picker,
    a name that fits several people asks which, and someone grow does not know yet may be added
    on the spot: "Did you mean ...?" first when the name is close to someone's."""
    try:
        if who is None:
            if not offer_to_add:
                raise UsageError(
                    'Name the person, e.g. grow coach "Alex Kim".',
                    hint="At a terminal, grow offers a list to choose from.",
                )
            known = _choose_person(locations)
        else:
            known = _look_up(locations, who, offer_to_add=offer_to_add)
    except PromptInterrupted:
        raise Interrupted("Stopped; nothing was saved.") from None
    require_current(known)
    return Subject(
        kind, known.slug, known.person.name, known.person.cadence_days, style=known.person.style
    )


def _look_up(locations: Locations, who: str, *, offer_to_add: bool) -> KnownPerson:
    try:
        return people.find(locations, who)
    except AmbiguousPerson as error:
        if not offer_to_add:
            raise
        return _choose_among(error.matches, f"{who!r} fits {len(error.matches)} people. Which?")
    except UnknownPerson as error:
        if not offer_to_add:
            raise
        return _close_or_new(locations, who.strip(), error.suggestions)


def _choose_person(locations: Locations) -> KnownPerson:
    """The picker of `grow coach` with no name: the people coached now, and someone new."""
    from grow_cli.domain import validators
    from grow_cli.ui import prompts

    current = sorted(list_all(locations), key=lambda k: (k.person.name.casefold(), k.slug))
    if current:
        options = [*_options(current), prompts.Option(SOMEONE_NEW, "Someone new")]
        chosen = prompts.select("Who is the conversation with?", options)
        if chosen != SOMEONE_NEW:
            return next(k for k in current if k.slug == chosen)
    name = prompts.text("Their name?", validate=validators.required).strip()
    try:
        found = people.find(locations, name)
        close = [found]
    except AmbiguousPerson as error:
        close = error.matches
    except UnknownPerson as error:
        close = error.suggestions
    return _close_or_new(locations, name, close, asked_for_new=True)


def _options(known: Sequence[KnownPerson]) -> list[Option]:
    from grow_cli.ui import prompts

    def label(person: KnownPerson) -> str:
        role = f", {person.person.role}" if person.person.role else ""
        archived = ", archived" if person.person.archived else ""
        return f"{person.person.name} ({person.slug}{role}{archived})"

    return [prompts.Option(person.slug, label(person)) for person in known]


def _choose_among(known: Sequence[KnownPerson], question: str) -> KnownPerson:
    from grow_cli.ui import prompts

    options = [*_options(known), prompts.Option(STOP, "Stop")]
    chosen = prompts.select(question, options)
    if chosen == STOP:
        raise Interrupted("Stopped; nothing was saved.")
    return next(k for k in known if k.slug == chosen)


def _close_or_new(
    locations: Locations, name: str, close: Sequence[KnownPerson], *, asked_for_new: bool = False
) -> KnownPerson:
    """Someone grow does not know by this name: the close match, if there is one, is offered
    first (a duplicate is easy to make and tedious to merge); else they may be added."""
    from grow_cli.ui import prompts

    if close:
        closest = " or ".join(f"{k.person.name} ({k.slug})" for k in close)
        lead = "Is that" if asked_for_new else f"{name!r} is not in your notes. Did you mean"
        options = [
            *_options(close),
            prompts.Option(SOMEONE_NEW, f"No: add {name!r} as someone new"),
            prompts.Option(STOP, "Stop"),
        ]
        chosen = prompts.select(f"{lead} {closest}?", options, default=close[0].slug)
        if chosen == STOP:
            raise Interrupted("Stopped; nothing was saved.")
        if chosen != SOMEONE_NEW:
            return next(k for k in close if k.slug == chosen)
    elif not asked_for_new and not prompts.confirm(
        f"{name!r} is not in your notes yet. Add them?", default=True
    ):
        raise NotFoundError(f"No person {name!r}.", hint="See 'grow person list'.")
    return _add_at_terminal(locations, name)


def _add_at_terminal(locations: Locations, name: str) -> KnownPerson:
    """Ask what adding someone needs (a slug too, when none can be made from the name)."""
    from grow_cli.domain import validators
    from grow_cli.domain.models import Person
    from grow_cli.domain.slugs import SlugError, slugify
    from grow_cli.ui import prompts

    role = prompts.text("Their role?", validate=validators.optional)
    cadence = prompts.text("Days between check-ins?", default="7", validate=validators.cadence)
    try:
        slug = slugify(name)
    except SlugError:
        slug = ""
    if not slug or (locations.people_dir / slug).exists():
        slug = prompts.text(
            "A folder name for them (lower-case letters, digits and hyphens)?",
            default=_free_slug(locations, slug),
            validate=lambda value: _slug_problem(locations, value),
        ).strip()
    paths.ensure_notes_dir(locations)
    known = people.add(
        locations, Person(name=name, role=role, cadence_days=int(cadence)), slug or None
    )
    output.line(f"Added {name} as '{known.slug}'.")
    return known


def _free_slug(locations: Locations, slug: str) -> str:
    if not slug:
        return ""
    number = 2
    while (locations.people_dir / f"{slug}-{number}").exists():
        number += 1
    return f"{slug}-{number}"


def _slug_problem(locations: Locations, value: str) -> bool | str:
    from grow_cli.domain.slugs import SlugError, check_new_slug

    try:
        check_new_slug(value.strip())
    except SlugError as error:
        return str(error)
    if (locations.people_dir / value.strip()).exists():
        return f"{value.strip()!r} is taken; give another."
    return True

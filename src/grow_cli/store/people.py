"""The people you coach: people/<slug>/person.toml."""

from __future__ import annotations

import contextlib
import os
import stat as stat_module
from collections.abc import Container, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from grow_cli.domain.slugs import SlugError, check_new_slug, check_slug, is_slug, slugify
from grow_cli.errors import InvalidInputError, NotFoundError, StoreError, UsageError
from grow_cli.store.atomic import write_new, write_replacing
from grow_cli.store.paths import PEOPLE_DIRNAME, Locations, ensure_private_dir, refuse_links
from grow_cli.store.toml_text import MAX_SETTINGS_BYTES, TomlError, read_file

if TYPE_CHECKING:
    from grow_cli.domain.lookup import Candidate
    from grow_cli.domain.models import Person
    from grow_cli.store.index import NoteIndex, Stamp

PERSON_FILE = "person.toml"


@dataclass(frozen=True)
class KnownPerson:
    """A person and the slug that names their folder."""

    slug: str
    person: Person


def person_dir(locations: Locations, slug: str) -> Path:
    """The folder holding a person's profile and notes (never a link leading elsewhere)."""
    folder = locations.people_dir / check_slug(slug)
    refuse_links(locations.notes_dir, locations.people_dir)
    if folder.is_symlink():
        raise StoreError(f"{folder} is a link; grow does not follow links out of the notes folder.")
    return folder


def add(locations: Locations, person: Person, slug: str | None = None) -> KnownPerson:
    """Create a person's folder and profile; refuse if the slug is taken."""
    try:
        slug = check_new_slug(slug) if slug else slugify(person.name)
    except SlugError as error:
        raise InvalidInputError(str(error)) from None
    folder = locations.people_dir / slug
    made = not folder.exists()
    ensure_private_dir(folder, locations.notes_dir)
    try:
        written = write_new(folder / PERSON_FILE, _profile_text(person))
    except StoreError:
        if made:  # a full disk must not leave an empty folder that looks like a person
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    if not written:
        raise InvalidInputError(
            f"{slug!r} already exists.",
            hint="Give another name or --slug, or see them with 'grow person list'.",
        )
    return KnownPerson(slug, person)


def load(locations: Locations, slug: str) -> KnownPerson:
    """Read one person's profile. Raises NotFoundError or StoreError."""
    from pydantic import ValidationError

    from grow_cli.domain.models import Person
    from grow_cli.domain.problems import describe

    path = person_dir(locations, slug) / PERSON_FILE
    try:
        data = read_file(path, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        raise NotFoundError(
            f"No person {slug!r} in {locations.people_dir}.",
            hint="Add them with 'grow person add \"NAME\"'.",
        ) from None
    except OSError as error:
        raise StoreError(f"Cannot read {path}: {error.strerror}.") from None
    except TomlError as error:
        where = f":{error.line}" if error.line else ""
        raise StoreError(f"{path}{where}: {error}") from None
    try:
        return KnownPerson(slug, Person.model_validate(data))
    except ValidationError as error:
        raise StoreError(f"{path}: " + "; ".join(describe(error))) from None


def save(locations: Locations, known: KnownPerson) -> None:
    """Write a changed profile over the old one, atomically (the slug, its folder, stays)."""
    path = person_dir(locations, known.slug) / PERSON_FILE
    if not path.is_file():
        raise NotFoundError(f"No person {known.slug!r} in {locations.people_dir}.")
    write_replacing(path, _profile_text(known.person))


def _profile_text(person: Person) -> str:
    import tomli_w

    return tomli_w.dumps(person.model_dump(mode="python", exclude_none=True))


class UnknownPerson(NotFoundError):
    """Nobody matches the name given; `suggestions` are the closest people, best first."""

    def __init__(self, query: str, suggestions: Sequence[KnownPerson], where: Path) -> None:
        self.query = query
        self.suggestions = list(suggestions)
        if self.suggestions:
            closest = " or ".join(_label(known) for known in self.suggestions)
            super().__init__(
                f"No person {query!r}. Did you mean {closest}?", hint="See 'grow person list'."
            )
        else:
            super().__init__(
                f"No person {query!r} in {where}.",
                hint="Add them with 'grow person add \"NAME\"', or see 'grow person list'.",
            )


class AmbiguousPerson(UsageError):
    """The name given fits two or more people equally well; `matches` lists them."""

    def __init__(self, query: str, matches: Sequence[KnownPerson]) -> None:
        self.query = query
        self.matches = list(matches)
        listed = ", ".join(_label(known) for known in self.matches)
        super().__init__(f"{query!r} matches {listed}: give more of the name (or the slug).")


def _label(known: KnownPerson) -> str:
    return _candidate(known).label


def _candidate(known: KnownPerson) -> Candidate:
    from grow_cli.domain.lookup import Candidate

    return Candidate(known.slug, known.person.name)


def find(locations: Locations, query: str) -> KnownPerson:
    """The person named by `query`: a slug, a display name (any script, any case, accents
    ignored), a first name or other whole word of the name, or the start of one
    (domain/lookup.py has the rules). Raises UnknownPerson (with the closest people) or
    AmbiguousPerson (with everyone it fits)."""
    wanted = query.strip()
    if is_slug(wanted) and (locations.people_dir / wanted / PERSON_FILE).is_file():
        return load(locations, wanted)  # the common case reads one profile, not every one
    known, _ = list_all(locations)
    return pick(known, query, where=locations.people_dir)


def pick(known: Sequence[KnownPerson], query: str, *, where: Path) -> KnownPerson:
    """The one of `known` that `query` names (the rules of `find`)."""
    from grow_cli.domain.lookup import find as look_up

    by_slug = {person.slug: person for person in known}
    result = look_up(query, [_candidate(person) for person in known])
    if result.found is not None:
        return by_slug[result.found.slug]
    if result.matches:
        raise AmbiguousPerson(query, [by_slug[c.slug] for c in result.matches])
    raise UnknownPerson(query, [by_slug[c.slug] for c in result.suggestions], where)


def exact(known: KnownPerson, query: str) -> bool:
    """Whether `query` is the person's slug or whole display name (case and accents aside), as
    a command that changes files without asking first (--yes) insists."""
    from grow_cli.domain.lookup import fold

    wanted = fold(query)
    return wanted in (known.slug, fold(known.person.name))


def list_all(
    locations: Locations, index: NoteIndex | None = None, only: Container[str] | None = None
) -> tuple[list[KnownPerson], list[str]]:
    """Every person with a readable profile, and a warning for each unreadable one.

    With `index`, a profile unchanged since it was last read (its size and times) comes from
    the index instead of being parsed again (2,000 profiles: 0.7 s), and what a changed one
    gives is kept there; `index.save()` writes it. The result is the same either way.
    `only`: just these slugs' profiles.
    """
    people: list[KnownPerson] = []
    warnings: list[str] = []
    for slug in profile_slugs(locations, only):
        outcome = _remembered(locations, slug, index)
        if isinstance(outcome, KnownPerson):
            people.append(outcome)
        else:
            warnings.append(outcome)
    return people, warnings


def profile_slugs(locations: Locations, only: Container[str] | None = None) -> list[str]:
    """The slug of every folder in people/ that holds a profile, in order (`only`: of these)."""
    if locations.people_dir.is_symlink() or not locations.people_dir.is_dir():
        return []  # a linked people/ is named once, by the scan of the notes
    slugs = []
    for folder in sorted(locations.people_dir.iterdir()):
        if only is not None and folder.name not in only:
            continue
        if not folder.is_dir() or folder.is_symlink() or not is_slug(folder.name):
            continue
        if (folder / PERSON_FILE).exists():
            slugs.append(folder.name)
    return slugs


def profile_stamp(locations: Locations, slug: str) -> Stamp | None:
    """The stamp (size and times) of a person's profile; None when it is not a plain file."""
    from grow_cli.store.index import stamp_of

    try:
        lstat = os.lstat(locations.people_dir / slug / PERSON_FILE)
    except OSError:
        return None
    return stamp_of(lstat) if stat_module.S_ISREG(lstat.st_mode) else None


def _remembered(locations: Locations, slug: str, index: NoteIndex | None) -> KnownPerson | str:
    """A person's profile (or the warning it gives), from the index when it is unchanged."""
    key = f"{PEOPLE_DIRNAME}{os.sep}{slug}{os.sep}{PERSON_FILE}"
    stamp = None if index is None else profile_stamp(locations, slug)
    if index is not None and stamp is not None:
        stored = index.profile(key, stamp)
        if stored is not None:
            person_json, warning = stored
            # A warning names the profile by its path: one kept before the folder moved is not.
            where = str(locations.people_dir / slug / PERSON_FILE)
            if warning is not None and warning.startswith(where):
                return warning
            known = None if warning is not None else _validated(slug, person_json)
            if known is not None:
                return known
    try:
        outcome: KnownPerson | str = load(locations, slug)
    except StoreError as error:
        outcome = f"{error}; skipped"
    if index is not None and stamp is not None:
        if isinstance(outcome, KnownPerson):
            index.remember_profile(key, stamp, outcome.person.model_dump_json(), None)
        else:
            index.remember_profile(key, stamp, None, outcome)
    return outcome


def _validated(slug: str, person_json: str | None) -> KnownPerson | None:
    """A stored profile, validated again (a damaged or planted row is read from the file)."""
    from grow_cli.domain.models import Person

    try:
        return KnownPerson(slug, Person.model_validate_json(person_json or ""))
    except (ValueError, TypeError):
        return None

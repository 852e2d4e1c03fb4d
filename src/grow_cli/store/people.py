"""The people you coach: people/<slug>/person.toml."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from grow_cli.domain.slugs import SlugError, check_slug, is_slug, slugify
from grow_cli.errors import InvalidInputError, NotFoundError, StoreError
from grow_cli.store.atomic import write_new
from grow_cli.store.paths import Locations, ensure_private_dir, refuse_links
from grow_cli.store.toml_text import MAX_SETTINGS_BYTES, TomlError, read_file

if TYPE_CHECKING:
    from grow_cli.domain.models import Person

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
        slug = check_slug(slug) if slug else slugify(person.name)
    except SlugError as error:
        raise InvalidInputError(str(error)) from None
    folder = locations.people_dir / slug
    made = not folder.exists()
    ensure_private_dir(folder, locations.notes_dir)
    import tomli_w

    text = tomli_w.dumps(person.model_dump(mode="python", exclude_none=True))
    try:
        written = write_new(folder / PERSON_FILE, text)
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


def find(locations: Locations, name_or_slug: str) -> KnownPerson:
    """The person named by a slug ('alex-kim') or a display name ('Alex Kim')."""
    candidate = name_or_slug if is_slug(name_or_slug) else _slug_or_none(name_or_slug)
    if candidate is None:
        raise NotFoundError(f"No person called {name_or_slug!r}.", hint="See 'grow person list'.")
    return load(locations, candidate)


def _slug_or_none(name: str) -> str | None:
    try:
        return slugify(name)
    except SlugError:
        return None


def list_all(locations: Locations) -> tuple[list[KnownPerson], list[str]]:
    """Every person with a readable profile, and a warning for each unreadable one."""
    people: list[KnownPerson] = []
    warnings: list[str] = []
    if locations.people_dir.is_symlink() or not locations.people_dir.is_dir():
        return people, warnings  # a linked people/ is named once, by the scan of the notes
    for folder in sorted(locations.people_dir.iterdir()):
        if not folder.is_dir() or folder.is_symlink() or not is_slug(folder.name):
            continue
        if not (folder / PERSON_FILE).exists():
            continue
        try:
            people.append(load(locations, folder.name))
        except StoreError as error:
            warnings.append(f"{error}; skipped")
    return people, warnings

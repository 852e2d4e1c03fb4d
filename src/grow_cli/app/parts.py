"""Views across everyone, kept in the index person by person (issue 18).

A view over the whole folder (what is due, every item) is put together from one part per
person (and one for the journal), each kept under the digest of what it is computed from: that
person's folder (names, sizes and times of their notes), their profile's stamp, and, while any
note reaches into another person's (`crossing` in store/index.py), the whole folder. Only the
parts whose digest changed are computed again, from those people's notes (store/scope.py):
after a check-in, one person's notes instead of the whole folder.

Every part holds the person's display name (None without a readable profile) and whether they
are archived; an archived person's part holds nothing else, as the views across everyone leave
them out. The warnings are the whole folder's, as a full read gives them. A listing with
warnings of its own (a link, an unreadable folder) or a person.toml that is not a file is not
put together from parts: such a folder may change in ways no stamp shows.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from hashlib import blake2b
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from grow_cli.env import Environment
from grow_cli.store import paths
from grow_cli.store.paths import JOURNAL_DIRNAME, PEOPLE_DIRNAME, Locations
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.store.index import NoteIndex
    from grow_cli.store.notes import Listing

Part = dict[str, Any]
Parts = dict[str | None, Part]
Built = TypeVar("Built")
# From the records of some people (archived people left out) to each one's part.
Compute = Callable[["Records", list[str | None]], Parts]
# A part (not archived) as its view uses it; raises KeyError, TypeError, ValueError or
# IndexError on a part of another shape (a damaged or planted row).
Build = Callable[[Part], Built]
PROFILES_VIEW = "profiles"  # who has a readable profile, and the warnings of the others


@dataclass
class Collected(Generic[Built]):
    """Every person's part as kept (JSON) and as built, and the whole folder's warnings."""

    parts: Parts
    built: dict[str | None, Built]  # the parts of the people not archived
    warnings: list[str]

    def in_order(self) -> list[tuple[str | None, Built]]:
        """The built parts: the journal's first, then by slug."""
        return sorted(self.built.items(), key=lambda pair: (pair[0] is not None, pair[0] or ""))

    def names(self) -> dict[str, str]:
        """The display name of every person not archived who has a readable profile."""
        return {
            slug: str(self.parts[slug]["name"])
            for slug, _ in self.in_order()
            if slug is not None and self.parts[slug]["name"] is not None
        }


def collect(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    prefix: str,
    compute: Compute,
    build: Build[Built],
) -> Collected[Built] | None:
    """Every person's part of the view named by `prefix`, and the folder's warnings; None
    when the index cannot answer (then the caller reads the whole folder)."""
    from grow_cli.app import records
    from grow_cli.store import scope

    if not records.SCOPED:  # tests compare with the whole folder read
        return None
    if listing.warnings or listing.odd_profiles:
        return None
    kept = dict(index.views_named(prefix))
    # No part kept yet (no index, or a new grow): every note is read once, as a whole read
    # does, and every part computed from it, instead of each file read, then loaded again.
    whole = None if kept else records.load(locations, listing, index)
    if not scope.refresh(listing, index):
        return None
    folder_view = scope.folder_view(locations, listing, index)
    crossing = index.crossing_people()
    if folder_view is None or crossing is None:
        return None
    digests = _digests(listing, crossing)
    parts: Parts = {}
    built: dict[str | None, Built] = {}
    for slug, digest in digests.items():
        value = kept.get(part_name(prefix, slug))
        if value is None or value[0] != digest or not _well_formed(value[1]):
            continue
        if not value[1]["archived"]:
            try:
                built[slug] = build(value[1])
            except (KeyError, TypeError, ValueError, IndexError, AttributeError):
                continue
        parts[slug] = value[1]
    missing = [slug for slug in digests if slug not in parts]
    computed: Parts = {}
    if missing:
        found = _computed(locations, listing, index, missing, bool(crossing), compute, whole)
        if found is None:
            return None
        computed = found
        for slug, part in computed.items():
            parts[slug] = part
            if not part["archived"]:
                built[slug] = build(part)
    # The parts of people no longer there are dropped, so the index does not grow with them.
    wanted = {part_name(prefix, slug) for slug in digests}
    stale = [name for name in kept if name not in wanted]
    if (computed or stale) and listing.settled():
        index.keep_views(
            [(part_name(prefix, slug), digests[slug], part) for slug, part in computed.items()],
            dropped=stale,
        )
    with_profile = {slug for slug, part in parts.items() if slug and part["name"] is not None}
    warnings = warnings_of(locations, listing, index, folder_view, with_profile)
    return Collected(parts, built, warnings)


@contextmanager
def opened(env: Environment) -> Iterator[tuple[Locations, Listing, NoteIndex]]:
    """The notes folder of this run, its files listed and its index (closed afterwards)."""
    from grow_cli.store import notes
    from grow_cli.store.index import NoteIndex

    locations = paths.resolve(env)
    paths.require_notes_dir(locations)
    listing = notes.list_files(locations)
    index = NoteIndex.open(locations.cache_dir)
    try:
        yield locations, listing, index
    finally:
        index.close()


def collect_halves(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    halves: tuple[tuple[str, bool], tuple[str, bool]],
    wanted: Callable[[bool], bool],
    compute: Callable[[Records, list[str | None], bool], Parts],
    build: Build[Built],
) -> list[Collected[Built]] | None:
    """A view kept as two halves per person (its prefix and which half, such as items still
    to do and closed): the halves `wanted` asks for, at least the first (for the warnings);
    None when the index cannot answer."""
    collected = []
    for prefix, half in chosen_halves(halves, wanted):
        found = collect(
            locations,
            listing,
            index,
            prefix,
            lambda records, slugs, half=half: compute(records, slugs, half),  # type: ignore[misc]
            build,
        )
        if found is None:
            return None
        collected.append(found)
    return collected


@dataclass
class Scoped(Generic[Built]):
    """One person's part (or the journal's) as built, with every readable profile's display
    name and the whole folder's warnings."""

    slug: str | None
    built: Built
    names: dict[str, str]
    warnings: list[str]


def collect_scoped(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    prefix: str,
    compute: Compute,
    build: Build[Built],
    who: str | None,
) -> Scoped[Built] | None:
    """The part of the person `who` names (the rules of store/people.find, among the profiles;
    None: the journal), as `collect` keeps it, and the folder's warnings; None when the index
    cannot answer or the part would not hold what that person's own view shows: nobody or
    an archived person named, or a note reaching across people (then whose notes count
    depends on the others')."""
    from grow_cli.app import records
    from grow_cli.store import scope

    if not records.SCOPED or listing.warnings or listing.odd_profiles:
        return None
    if not scope.refresh(listing, index):
        return None
    folder_view = scope.folder_view(locations, listing, index)
    if folder_view is None or index.crossing_people() != set():
        return None
    profiles = profiles_of(locations, listing, index)
    slug = None if who is None else _one_person(profiles, who, listing)
    if who is not None and slug is None:
        return None
    digest = _digests(listing, set())[slug]
    name = part_name(prefix, slug)
    value = index.view(name, digest)
    built = _built_kept(value, build)
    if built is None:
        computed = _computed(locations, listing, index, [slug], False, compute)
        if computed is None or computed[slug]["archived"]:
            return None
        built = build(computed[slug])
        if listing.settled():
            index.keep_view(name, digest, computed[slug])
    names = {person: shown for person, shown, _ in profiles.people}
    warnings = warnings_of(locations, listing, index, folder_view, set(names))
    return Scoped(slug, built, names, warnings)


def _one_person(profiles: Profiles, who: str, listing: Listing) -> str | None:
    """The slug of the one person not archived that `who` names; None for nobody, two or
    more, an archived person, or the slug of a profile that cannot be read (their own views
    read their notes, and some say what is wrong with it: store/people.find)."""
    from grow_cli.domain.lookup import Candidate, find
    from grow_cli.domain.slugs import is_slug
    from grow_cli.store.people import PERSON_FILE

    wanted = who.strip()
    if is_slug(wanted) and wanted not in {slug for slug, _, _ in profiles.people}:
        unreadable = os.sep.join([PEOPLE_DIRNAME, wanted, PERSON_FILE])
        if any(shown == unreadable for shown, _ in listing.profiles):
            return None
    result = find(who, [Candidate(slug, name) for slug, name, _ in profiles.people])
    if result.found is None:
        return None
    archived = {slug for slug, _, is_archived in profiles.people if is_archived}
    return None if result.found.slug in archived else result.found.slug


def _built_kept(value: Any, build: Build[Built]) -> Built | None:
    """A kept part built, or None when it is missing, archived or of another shape."""
    if value is None or not _well_formed(value) or value["archived"]:
        return None
    try:
        return build(value)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return None


def chosen_halves(
    halves: tuple[tuple[str, bool], tuple[str, bool]], wanted: Callable[[bool], bool]
) -> list[tuple[str, bool]]:
    """The halves of a view kept as two (its prefix and which half) that `wanted` asks for,
    at least the first (for the warnings)."""
    return [(prefix, half) for prefix, half in halves if wanted(half)] or [halves[0]]


def scoped_halves(
    env: Environment,
    halves: tuple[tuple[str, bool], tuple[str, bool]],
    wanted: Callable[[bool], bool],
    compute: Callable[[Records, list[str | None], bool], Parts],
    build: Build[Built],
    who: str | None,
) -> list[Scoped[Built]] | None:
    """`collect_scoped` of a view kept as two halves (as `collect_halves`): the halves
    `wanted` asks for of the person `who` names, at least the first (for the warnings); None
    when the index cannot answer for them."""
    found = []
    with opened(env) as (locations, listing, index):
        for prefix, half in chosen_halves(halves, wanted):
            scoped = collect_scoped(
                locations,
                listing,
                index,
                prefix,
                lambda records, slugs, half=half: compute(records, slugs, half),  # type: ignore[misc]
                build,
                who,
            )
            if scoped is None:
                return None
            found.append(scoped)
    return found


def print_warnings(warnings: list[str]) -> None:
    """The folder's warnings, printed as `records.read` prints them."""
    for warning in warnings:
        output.warning(warning)


def part_name(prefix: str, slug: str | None) -> str:
    """The view's name of one person's part (their folder's name in the index)."""
    return prefix + (JOURNAL_DIRNAME if slug is None else f"{PEOPLE_DIRNAME}{os.sep}{slug}")


def _well_formed(value: Any) -> bool:
    """A kept part's name and archived flag are of their kind (the rest is `build`'s)."""
    if not isinstance(value, dict) or not isinstance(value.get("archived"), bool):
        return False
    name = value.get("name")
    if name is not None and not isinstance(name, str):
        return False
    return not value["archived"] or isinstance(name, str)


def _digests(listing: Listing, crossing: set[str | None]) -> dict[str | None, str]:
    """Each part's digest: its folder's, its profile's stamp, and while any note crosses into
    another person's, the whole folder's (then every part is computed again on any change)."""
    folders = {name: digest for name, digest, _ in listing.folders()}
    profiles = {shown.split(os.sep)[1]: stamp for shown, stamp in listing.profiles}
    slugs: set[str | None] = {None, *profiles, *crossing}
    prefix = PEOPLE_DIRNAME + os.sep
    slugs.update(name[len(prefix) :] for name in folders if name.startswith(prefix))
    shared = listing.digest() if crossing else ""
    digests = {}
    for slug in sorted(slugs, key=lambda s: (s is not None, s or "")):
        folder = JOURNAL_DIRNAME if slug is None else prefix + slug
        text = f"{folder}\0{folders.get(folder, '')}\0{profiles.get(slug or '', '')}\0{shared}"
        digests[slug] = blake2b(text.encode(errors="surrogateescape")).hexdigest()
    return digests


def _computed(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    missing: list[str | None],
    crossing: bool,
    compute: Compute,
    whole: Records | None = None,
) -> Parts | None:
    """The parts of these people, from their notes (or from `whole`, the folder read whole).
    Only their profiles are read unless a note crosses between people (then whose notes are
    read depends on every profile)."""
    from grow_cli.app import records

    read = whole or records.load_people(locations, missing, listing, index, every_profile=crossing)
    if read is None:
        return None
    active = read.active()
    archived = {slug for slug in read.people if slug not in active.people}
    computed = compute(active, [slug for slug in missing if slug not in archived])
    parts: Parts = {}
    for slug in missing:
        profile = None if slug is None else read.people.get(slug)
        name = None if profile is None else profile.name
        if slug in archived:
            parts[slug] = {"name": name, "archived": True}
        else:
            parts[slug] = {**computed[slug], "name": name, "archived": False}
    return parts


def warnings_of(
    locations: Locations,
    listing: Listing,
    index: NoteIndex,
    folder_view: Any,
    with_profile: set[str],
) -> list[str]:
    """The whole folder's warnings, in the order a full read gives them (`with_profile`: the
    slug of every person whose profile can be read)."""
    from grow_cli.app import records

    profile_warnings = profiles_of(locations, listing, index).warnings
    warnings, _, unknown, folders = folder_view
    return [
        *listing.warnings,
        *warnings,
        *profile_warnings,
        *records.without_profile([locations.notes_dir / f for f in folders], with_profile),
        *records.unknown_ref_warnings([(note_id, ref) for note_id, ref in unknown]),
    ]


@dataclass
class Profiles:
    """Who has a readable profile (slug, display name, archived or not), and one warning per
    profile that cannot be read."""

    people: list[tuple[str, str, bool]]
    warnings: list[str]


def profiles_of(locations: Locations, listing: Listing, index: NoteIndex) -> Profiles:
    """The folder's profiles as `Profiles`, kept under their stamps: a run with no profile
    changed reads one row and no profile."""
    from grow_cli.store import people

    # The warnings name profiles by their paths: the folder's own path is part of the digest.
    stamps = [f"{shown}\0{stamp}" for shown, stamp in listing.profiles]
    text = "\0".join([str(locations.notes_dir), *stamps])
    digest = blake2b(text.encode(errors="surrogateescape")).hexdigest()
    kept = _kept_profiles(index.view(PROFILES_VIEW, digest))
    if kept is not None:
        return kept
    known, warnings = people.list_all(locations, index)
    index.save()
    found = Profiles(
        [(p.slug, p.person.name, p.person.archived is not None) for p in known], warnings
    )
    if listing.settled():
        index.keep_view(PROFILES_VIEW, digest, {"people": found.people, "warnings": warnings})
    return found


def _kept_profiles(value: Any) -> Profiles | None:
    """The kept profiles, or None when there are none or they are of another shape."""
    if not isinstance(value, dict):
        return None
    people, warnings = value.get("people"), value.get("warnings")
    if not isinstance(people, list) or not isinstance(warnings, list):
        return None
    if not all(isinstance(warning, str) for warning in warnings):
        return None
    rows = []
    for row in people:
        if not (isinstance(row, list) and len(row) == 3):
            return None
        slug, name, archived = row
        if not (isinstance(slug, str) and isinstance(name, str) and isinstance(archived, bool)):
            return None
        rows.append((slug, name, archived))
    return Profiles(rows, warnings)

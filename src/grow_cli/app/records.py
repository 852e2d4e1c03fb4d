"""Everything the reading commands need, loaded once: notes, people, the ledger, warnings; and
looking a person or a note up in them."""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from grow_cli.domain.ledger import Ledger, Rhythm, rhythm
from grow_cli.env import Environment
from grow_cli.errors import InvalidInputError, NotFoundError
from grow_cli.store import paths
from grow_cli.store.paths import Locations
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.due import DueView
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Person
    from grow_cli.domain.threads import Thread
    from grow_cli.store.index import NoteIndex
    from grow_cli.store.notes import Listing, LoadedNote
    from grow_cli.store.people import KnownPerson
    from grow_cli.store.scope import ScopedScan

DUE_VIEW = "due"  # app/due_view.py's name for the whole view
DEFAULT_CADENCE_DAYS = 7


@dataclass
class Records:
    """The notes folder, read."""

    locations: Locations
    loaded: list[LoadedNote]
    people: dict[str, Person]
    built: Ledger | None  # None: built from `loaded` the first time it is asked for
    warnings: list[str] = field(default_factory=list)

    @property
    def ledger(self) -> Ledger:
        """The notes' items with their current statuses, and the threads (built once)."""
        if self.built is None:
            from grow_cli.store import notes

            # The ledger makes as many objects as the notes: the collector stays out.
            with notes.collector_paused():
                self.built = Ledger.build(found.note for found in self.loaded)
        return self.built

    def rhythm_of(self, slug: str) -> Rhythm:
        """A person's last meeting, next check-in, and each active thread's next check-in."""
        person = self.people.get(slug)
        cadence = person.cadence_days if person else DEFAULT_CADENCE_DAYS
        return rhythm(self.ledger.notes_of(slug), cadence, self.ledger.threads_of(slug))

    def name_of(self, slug: str | None) -> str:
        """A person's display name (their slug when they have no profile; 'you' for the journal)."""
        if slug is None:
            return "you"
        person = self.people.get(slug)
        return person.name if person else slug

    def person(self, who: str) -> KnownPerson:
        """The person with a profile named by `who` (slug, name, first name, the start of one:
        store/people.find's rules)."""
        from grow_cli.store import people

        known = [people.KnownPerson(slug, person) for slug, person in self.people.items()]
        return people.pick(known, who, where=self.locations.people_dir)

    def active(self) -> Records:
        """These records without the archived people and their notes: what the views across
        everyone (due, stats, goals, actions, the calendar) show. History, show, search and
        a named person's own views keep using the whole records."""
        archived = {slug for slug, person in self.people.items() if person.archived is not None}
        if not archived:
            return self
        from grow_cli.store import notes

        loaded = [found for found in self.loaded if found.note.person not in archived]
        people = {slug: p for slug, p in self.people.items() if slug not in archived}
        with notes.collector_paused():
            ledger = Ledger.build(found.note for found in loaded)
        return Records(self.locations, loaded, people, ledger, self.warnings)

    def tagged(self, items: list[Item], tags: list[str]) -> list[Item]:
        """The items whose note has every one of the tags."""
        from grow_cli.domain.search import has_tags

        wanted = {note.id for note in self.ledger.notes if has_tags(note.tags, tags)}
        return [item for item in items if item.note_id in wanted]

    def person_slug(self, who: str) -> str:
        """The slug of a person named by name or slug.

        A person with notes but no profile (notes written by hand) is found by their notes.
        """
        from grow_cli.domain.slugs import SlugError, is_slug, legacy_slugify, slugify

        try:
            return self.person(who).slug
        except NotFoundError:
            try:
                slug = who if is_slug(who) else slugify(who)
            except SlugError:
                slug = ""
            # Folders made before transliteration ("ukasz" for "Łukasz") are found by name too.
            for candidate in dict.fromkeys((slug, legacy_slugify(who))):
                if candidate and self.ledger.notes_of(candidate):
                    return candidate
            if not slug:
                raise NotFoundError(
                    f"No person called {who!r}.", hint="See 'grow person list'."
                ) from None
            raise

    def thread_of(self, slug: str, thread_id: str) -> Thread:
        """One of a person's threads, by id."""
        thread = self.ledger.thread(thread_id)
        if thread is None or thread.person != slug:
            raise NotFoundError(
                f"No thread {thread_id!r} for {self.name_of(slug)}.",
                hint=f"'grow goals {slug} --status all' lists their threads.",
            )
        return thread

    def notes_of(self, slug: str) -> list[LoadedNote]:
        """One person's notes as read, in folder order."""
        return [loaded for loaded in self.loaded if loaded.note.person == slug]

    def find_note(self, reference: str) -> LoadedNote:
        """The note named by an id (an item id names its note) or by a path, absolute or
        relative to the working folder or the notes folder."""
        loaded, path = self._lookup(reference)
        if loaded is not None:
            return loaded
        if path is not None:
            return self._read_alone(path)
        wanted = reference.strip().removesuffix(".md").partition("#")[0]
        raise NotFoundError(
            f"No note {reference!r} in {self.locations.notes_dir}.", hint=self._id_hint(wanted)
        )

    def holds(self, reference: str) -> bool:
        """Whether these records hold the thread or the note (among those read) `reference`
        names, as `grow show` looks for them."""
        return self.ledger.thread(reference.strip()) is not None or (
            self._lookup(reference)[0] is not None
        )

    def _lookup(self, reference: str) -> tuple[LoadedNote | None, Path | None]:
        """The note read with this id or at this path, else the file to read on its own."""
        wanted = reference.strip().removesuffix(".md").partition("#")[0]
        for loaded in self.loaded:
            if loaded.note.id == wanted:
                return loaded, None
        given = Path(reference).expanduser()
        for candidate in (given, self.locations.notes_dir / given):
            if candidate.is_file():
                resolved = candidate.resolve()
                for loaded in self.loaded:
                    if loaded.path.resolve() == resolved:
                        return loaded, None
                return None, candidate
        return None, None

    def path_of(self, loaded: LoadedNote) -> str:
        """Where a note lies, relative to the notes folder when it is inside it."""
        try:
            return str(loaded.path.relative_to(self.locations.notes_dir))
        except ValueError:
            return str(loaded.path)

    def _id_hint(self, wanted: str) -> str:
        slug = wanted.partition("/")[0]
        if slug in self.people or self.ledger.notes_of(slug):
            return f"'grow history {slug}' lists the ids of their notes."
        return "'grow history PERSON' lists the ids of a person's notes."

    def _read_alone(self, path: Path) -> LoadedNote:
        """A note file that is not among the notes read (outside the folder, a copy, damaged)."""
        from pydantic import ValidationError

        from grow_cli.domain.problems import describe
        from grow_cli.store import frontmatter, notes

        try:
            note = notes.read_note(path)
        except frontmatter.FrontMatterError as error:
            raise InvalidInputError(f"{path}: cannot show it, {error}.") from None
        except ValidationError as error:
            problems = "; ".join(describe(error))
            raise InvalidInputError(f"{path}: cannot show it, {problems}") from None
        except (OSError, UnicodeDecodeError) as error:
            raise InvalidInputError(f"{path}: cannot read it ({error}).") from None
        notes.assign_ids(note, path.stem, only_missing=True)
        return notes.LoadedNote(path, note)


def locations(env: Environment) -> Locations:
    """The notes folder and config file this run uses."""
    return paths.resolve(env)


def read(env: Environment) -> Records:
    """Read the notes folder of this run, printing one warning per damaged note or profile (it
    is skipped; everything else still works)."""
    locations = paths.resolve(env)
    paths.require_notes_dir(locations)
    found = load(locations)
    for warning in found.warnings:
        output.warning(warning)
    return found


def read_person(env: Environment, who: str) -> Records:
    """What a command about one person needs: their notes (and any note that names something
    of someone else's), every profile and the folder's warnings, printed as `read` prints them.

    The same records for that person as `read` gives, without loading everyone's notes when
    the index can answer (store/scope.py)."""
    return _read_scope(env, who)


def read_journal(env: Environment) -> Records:
    """What a command about the journal needs (as `read_person`, for the journal's notes)."""
    return _read_scope(env, None)


def read_note(env: Environment, reference: str) -> Records:
    """What `grow show` needs for a note or thread named by an id or a path (`find_note`'s
    rules): the notes of the person its id or folder names (as `read_person`), or the whole
    folder when the reference names no one (a path outside the folder, an id with no person)."""
    locations = paths.resolve(env)
    paths.require_notes_dir(locations)
    slugs = _reference_scope(locations, reference) if SCOPED else None
    found = None if slugs is None else _load_scope(locations, lambda _: slugs)
    if found is None or not found.holds(reference):  # a file read alone, or no such note
        found = load(locations)
    for warning in found.warnings:
        output.warning(warning)
    return found


# Tests turn this off to compare every command's output with the whole folder read.
SCOPED = True


def _read_scope(env: Environment, who: str | None) -> Records:
    locations = paths.resolve(env)
    paths.require_notes_dir(locations)
    found = load_scope(locations, who) if SCOPED else None
    if found is None:
        found = load(locations)
    for warning in found.warnings:
        output.warning(warning)
    return found


def load(
    locations: Locations, listing: Listing | None = None, index: NoteIndex | None = None
) -> Records:
    """Read the whole notes folder; damaged files become warnings."""
    from grow_cli.store import notes, people
    from grow_cli.store.index import NoteIndex

    own_index = index is None
    index = index or NoteIndex.open(locations.cache_dir)
    try:
        # The ledger makes as many objects as the scan: the collector stays out of both.
        with notes.collector_paused():
            scan = notes.scan(locations, listing, index)
            known, person_warnings = people.list_all(locations, index)
            index.save()
            profiles = {k.slug: k.person for k in known}
            ledger = Ledger.build(item.note for item in scan.notes)
    finally:
        if own_index:
            index.close()
    folders = {loaded.path.parent for loaded in scan.notes if loaded.note.person is not None}
    warnings = [
        *scan.warnings,
        *person_warnings,
        *without_profile(sorted(folders), profiles),
        *unknown_ref_warnings(ledger.unknown_refs()),
    ]
    return Records(locations, scan.notes, profiles, ledger, warnings)


def load_scope(locations: Locations, who: str | None) -> Records | None:
    """The records of one person named by `who` (None: the journal) from the index, or None
    when the index cannot answer (then `load` reads the folder)."""
    if who is None:
        return _load_scope(locations, lambda _: [JOURNAL])
    return _load_scope(locations, lambda known: person_scope(locations, known, who))


JOURNAL = None  # the journal's scope (store/scope.py)


def _load_scope(
    locations: Locations,
    scope_of: Callable[[list[KnownPerson]], list[str | None]],
    listing: Listing | None = None,
    index: NoteIndex | None = None,
    only: Container[str] | None = None,
) -> Records | None:
    """The records of the people `scope_of` picks from the profiles, or None (store/scope.py).
    `listing` and `index` let a caller that already has them share them; `only` reads just
    these people's profiles."""
    from grow_cli.store import scope

    return load_with(
        locations,
        lambda known, listing, index: scope.scoped_scan(locations, listing, index, scope_of(known)),
        listing,
        index,
        only,
    )


def load_with(
    locations: Locations,
    scan_of: Callable[[list[KnownPerson], Listing, NoteIndex], ScopedScan | None],
    listing: Listing | None = None,
    index: NoteIndex | None = None,
    only: Container[str] | None = None,
) -> Records | None:
    """The records of the notes `scan_of` reads from the index (store/scope.py), given the
    profiles, with every profile (`only`: just these) and the whole folder's warnings; None
    when it cannot. `listing` and `index` let a caller that already has them share them."""
    from grow_cli.store import notes, people
    from grow_cli.store.index import NoteIndex

    listing = listing or notes.list_files(locations)
    own_index = index is None
    index = index or NoteIndex.open(locations.cache_dir)
    try:
        known, person_warnings = people.list_all(locations, index, only)
        profiles = {k.slug: k.person for k in known}
        with notes.collector_paused():
            scan = scan_of(known, listing, index)
        if scan is None:
            return None
    finally:
        if own_index:
            index.close()
    warnings = [
        *scan.warnings,
        *person_warnings,
        *without_profile(scan.folders_with_notes, profiles),
        *unknown_ref_warnings(scan.unknown_refs),
    ]
    # Built when first asked for: a search never needs it.
    return Records(locations, scan.notes, profiles, None, warnings)


def load_people(
    locations: Locations,
    scope: list[str | None],
    listing: Listing,
    index: NoteIndex,
    every_profile: bool = True,
) -> Records | None:
    """The records of these people (None: the journal) from the index, as `load_scope` gives
    them, or None when the index cannot answer. Without `every_profile`, only these people's
    profiles are read: enough when no note of theirs names anyone else (the warnings then
    leave the other profiles out)."""
    only = None if every_profile else {slug for slug in scope if slug is not None}
    return _load_scope(locations, lambda _: scope, listing, index, only)


def _reference_scope(locations: Locations, reference: str) -> list[str | None] | None:
    """The people whose notes hold every note `find_note` could settle on for `reference`,
    or None when that may be any note (then the whole folder is read).

    Any note with an id that starts 'slug/' is that person's, or names someone else's and is
    then loaded by every scope (store/index.py's `crossing`); a file is found under its folder.
    """
    wanted = reference.strip().removesuffix(".md").partition("#")[0]
    head, slash, _ = wanted.partition("/")
    slugs: list[str | None] = [head] if slash and head else []
    if head == paths.JOURNAL_DIRNAME:
        slugs.append(JOURNAL)
    given = Path(reference).expanduser()
    try:
        root = locations.notes_dir.resolve()
        for candidate in (given, locations.notes_dir / given):
            if not candidate.is_file():
                continue
            parts = candidate.resolve().relative_to(root).parts
            if len(parts) == 3 and parts[0] == paths.PEOPLE_DIRNAME:
                slugs.append(parts[1])
            elif len(parts) == 2 and parts[0] == paths.JOURNAL_DIRNAME:
                slugs.append(JOURNAL)
            else:  # outside the folder's notes: read on its own, against the whole ledger
                return None
    except (OSError, ValueError, RuntimeError):  # unreadable, outside the folder, a link loop
        return None
    return slugs or None


def person_scope(locations: Locations, known: list[KnownPerson], who: str) -> list[str | None]:
    """The slugs `Records.person_slug` may settle on for `who`: the profile it names, else the
    slugs its fallback tries (their notes are loaded, so it finds the same one)."""
    from grow_cli.domain.slugs import SlugError, is_slug, legacy_slugify, slugify
    from grow_cli.errors import GrowError
    from grow_cli.store import people

    try:
        return [people.pick(known, who, where=locations.people_dir).slug]
    except GrowError:
        pass
    try:
        slug = who if is_slug(who) else slugify(who)
    except SlugError:
        slug = ""
    return [candidate for candidate in (slug, legacy_slugify(who)) if candidate]


def unknown_ref_warnings(refs: list[tuple[str, str]]) -> list[str]:
    """One warning per update whose ref no note holds."""
    return [
        f"{note_id}: an update refers to {ref!r}, which no note holds; it changes nothing"
        for note_id, ref in refs
    ]


def without_profile(folders: list[Path], profiles: Container[str]) -> list[str]:
    """One warning per person folder holding notes but no person.toml (a damaged one is
    already reported as such)."""
    return [
        f"people/{folder.name}/: has no person.toml; its notes are read under the name "
        f"'{folder.name}' (add the profile with: grow person add NAME --slug {folder.name})"
        for folder in folders
        if folder.name not in profiles and not (folder / "person.toml").exists()
    ]


def read_due(env: Environment) -> DueView:
    """What `grow due` needs, printing the warnings reading the folder gives."""
    locations = paths.resolve(env)
    paths.require_notes_dir(locations)
    view, warnings = load_due(locations)
    for warning in warnings:
        output.warning(warning)
    return view


def load_due(locations: Locations) -> tuple[DueView, list[str]]:
    """What `grow due` needs, and the warnings reading the folder gives (app/due_view.py)."""
    from grow_cli.app import due_view

    return due_view.load_due(locations)

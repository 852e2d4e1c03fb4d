"""`grow agenda`: talking points between 1:1s, added by either side at any time, listed, shown
first by prep, offered by the conversations (coach, checkin, 1on1) and marked discussed by the
note that discussed them. The points are plain files (store/agenda.py), never rewritten."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grow_cli.app import records
from grow_cli.app.files import writable_notes_dir
from grow_cli.domain.agenda import PointState, open_points, states
from grow_cli.errors import UsageError
from grow_cli.store import agenda, people
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.domain.vocabulary import PointBy
    from grow_cli.env import Environment
    from grow_cli.store.people import KnownPerson


def add(env: Environment, who: str, text: str, by: PointBy) -> tuple[KnownPerson, PointState]:
    """Add a talking point for `who` (the manager's or theirs); empty text is refused."""
    from grow_cli.app.people import require_current

    words = text.strip()
    if not words:
        raise UsageError(
            'A talking point needs some words: grow agenda PERSON add "What to talk about".'
        )
    if "\n" in words or "\r" in words:
        words = " ".join(words.split())  # one line: lists and choices show it whole
    locations = records.locations(env)
    writable_notes_dir(locations)
    known = require_current(people.find(locations, who))
    point, _ = agenda.add(locations, known.slug, words, by, env.today)
    return known, PointState(point)


def points_of(found: Records, slug: str, *, warn: bool = True) -> list[PointState]:
    """Every talking point of a person, oldest first, with where each was discussed; a file
    that cannot be read is named in a warning (once per run) and left out."""
    read = agenda.read(found.locations, slug)
    if warn:
        for warning in read.warnings:
            output.warning(warning)
    notes = [loaded.note for loaded in found.notes_of(slug)]
    return states(read.points, notes)


def open_points_of(found: Records, slug: str) -> list[PointState]:
    """The points still to talk about with a person, oldest first."""
    return open_points(points_of(found, slug))


def listing(env: Environment, who: str) -> tuple[KnownPerson, list[PointState]]:
    """A person's talking points, every one (the command keeps the open ones by default)."""
    found = records.read(env)
    known = found.person(who)
    return known, points_of(found, known.slug)


def discussed_line(state: PointState) -> str:
    """'discussed 2026-11-24 (alex-kim/2026-11-24-coaching)' or 'open'."""
    if state.open:
        return "open"
    return f"discussed {state.discussed_on} ({state.discussed_in})"

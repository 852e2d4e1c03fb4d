"""`grow rate`: the report's rating of a conversation, taken from their reply to the follow-up,
saved as a note of its own (kind "rating"): the earlier note is never rewritten."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grow_cli.app import records, session
from grow_cli.app.files import writable_notes_dir
from grow_cli.app.session import Subject
from grow_cli.errors import NotFoundError, UsageError
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.models import Note
    from grow_cli.env import Environment


def rate(
    env: Environment, who: str, score: int, comment: str, about: str | None, *, as_json: bool
) -> Note:
    """Record `score` (1-5) and `comment` for a conversation with `who`: the one named by
    `about`, else their latest coaching conversation or feedback."""
    from grow_cli.app.people import require_current
    from grow_cli.domain.ledger import latest_of_kind
    from grow_cli.domain.vocabulary import COACHING_KINDS

    if not 1 <= score <= 5:
        raise UsageError(f"A rating is a whole number from 1 to 5, not {score}.")
    found = records.read(env)  # with a warning for each damaged note, as every command gives
    writable_notes_dir(found.locations)
    known = require_current(found.person(who))
    theirs = [loaded.note for loaded in found.notes_of(known.slug)]
    if about is not None:
        rated = found.find_note(about).note
        if rated.person != known.slug or rated.kind not in COACHING_KINDS:
            raise UsageError(
                f"{about} is not a coaching conversation or feedback with {known.person.name}.",
                hint=f"'grow history {known.slug}' lists them with their ids.",
            )
    else:
        latest = latest_of_kind(theirs, *COACHING_KINDS)
        if latest is None:
            raise NotFoundError(
                f"{known.person.name} has no coaching conversation to rate yet.",
                hint=f"Hold one first: grow coach {known.slug}",
            )
        rated = latest
    earlier = [n for n in theirs if n.rating is not None and n.rating.note == rated.id]
    if earlier:
        before = earlier[-1]
        assert before.rating is not None
        output.warning(
            f"The conversation of {rated.date.isoformat()} was already rated "
            f"{before.rating.score}/5 on {before.date.isoformat()} ({before.id}); both ratings "
            f"are kept (see 'grow history {known.slug}')."
        )
    subject = Subject(
        "rating", known.slug, known.person.name, known.person.cadence_days, rated=rated.id
    )
    answers = {"rating": {"score": score, "comment": comment}}
    note = session.build_note(answers, subject, env.today)
    path = session.save(found.locations, note, subject, scripted=True)
    if as_json:
        output.print_json(
            {
                "path": str(path),
                "person": known.slug,
                "rating": note.rating.model_dump() if note.rating else None,
            }
        )
    else:
        output.line(f"{score}/5 for the conversation of {rated.date.isoformat()}: saved {path}")
    return note

"""`grow checkin`: the weekly ten minutes. Walk each open item, name the wins, agree new actions,
set the next date. Writes a `checkin` note with [[updates]]; earlier notes are never rewritten."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer

from grow_cli.commands import environment
from grow_cli.commands.coach import (
    AnswersOption,
    EditorOption,
    InteractiveOption,
    PersonArgument,
    ResumeOption,
)
from grow_cli.commands.cycle import load_records
from grow_cli.errors import InvalidInputError, UsageError
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.ledger import Item
    from grow_cli.flows.session import Subject
    from grow_cli.records import Records


def checkin(
    ctx: typer.Context,
    person: PersonArgument,
    answers: AnswersOption = None,
    resume: ResumeOption = False,
    editor: EditorOption = False,
    interactive: InteractiveOption = None,
) -> None:
    """The weekly check-in: each open action and support item done, in progress, blocked (what
    would help?) or dropped (why?); the wins named; new actions; the next check-in date."""
    from grow_cli.flows.session import Subject
    from grow_cli.store import paths, people

    env = environment(ctx)
    records = load_records(ctx)
    paths.ensure_notes_dir(records.locations)
    known = people.find(records.locations, person)
    items = records.ledger.for_person(known.slug)
    texts = {item.id: item.text for item in items}
    subject = Subject("checkin", known.slug, known.person.name, known.person.cadence_days, texts)
    if answers is not None:
        _scripted(records, subject, answers, items, env.today)
        return
    if not (env.interactive if interactive is None else interactive):
        raise UsageError(
            "grow checkin asks its questions on a terminal, and this is not one.",
            hint=f"Give the answers with: grow checkin {known.slug} --answers FILE (or - for "
            "stdin), with [[updates]] (ref, status, note) and optional [[actions]].",
        )
    from grow_cli.commands.conversation import run_interactive
    from grow_cli.flows.checkin import checkin_flow

    # Earliest due first, so what is most overdue is talked about while there is time.
    open_items = sorted((i for i in items if i.open), key=lambda i: (i.due is None, i.due))
    run_interactive(
        env,
        records.locations,
        subject,
        checkin_flow(open_items, env.today),
        command="checkin",
        resume=resume,
        use_editor=editor,
    )


def _scripted(
    records: Records, subject: Subject, source: str, items: list[Item], today: Any
) -> None:
    import sys

    from grow_cli.flows import session

    answers = session.read_answers_file(source, sys.stdin.read() if source == "-" else None)
    known_ids = {item.id for item in items}
    unknown = [
        f"updates[{number}].ref: {update.get('ref')!r} is not one of {subject.name}'s items"
        for number, update in enumerate(answers.get("updates") or [], start=1)
        if isinstance(update, dict) and update.get("ref") not in known_ids
    ]
    if unknown:
        raise InvalidInputError(
            "The check-in was not saved: " + "; ".join(unknown),
            hint=f"See the ids with 'grow actions {subject.slug}'.",
        )
    try:
        note = session.build_note(answers, subject, today)
    except InvalidInputError as error:
        lost = session.draft_kept_or_why_not(records.locations, subject, answers)
        hint = f"Nothing was saved, not even a draft ({lost})." if lost else "Nothing was saved."
        raise InvalidInputError(error.message, hint=hint) from None
    path = session.save(records.locations, note, subject)
    done = sum(1 for update in note.updates if update.status == "done")
    open_before = sum(1 for item in items if item.open)
    if open_before:
        output.line(f"{done} of {open_before} open items done since last time.")
    output.line(f"Saved {path}")


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("checkin")(checkin)

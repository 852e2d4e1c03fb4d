"""`grow escalation`: the five questions to answer from the notes before escalating."""

from __future__ import annotations

import typer

from grow_cli.options import JsonOption, PersonArgument, environment
from grow_cli.ui import output


def escalation(
    ctx: typer.Context,
    person: PersonArgument,
    json_: JsonOption = False,
) -> None:
    """Before escalating: has performance improved (the measure's readings and trend), then the
    five questions of the escalation path, each answered yes, partly or no with the notes (ids
    and dates) that show it, then where the person stands on the path (verbal coaching for 2-4
    weeks, a written warning, a performance improvement plan of 30-60 days with measurable
    targets, a final decision) with dates, and what a fair next step still needs.

    Only the performance threads are judged: development and career coaching belong to the
    person and are never evidence. The questions: SMART expectations set, SBI feedback given
    (and recent: 30 days), GROW used with the person owning the solution (options and a will),
    check-ins at their cadence (gaps up to cadence + 3 days allowed) with support offered,
    everything documented (a note a week, every item followed up). Counted from the opening of
    the first performance thread to today. A checklist over the notes, not an HR decision.

    --json prints {"person", "checklist_note", "questions": [{"key", "question", "answer",
    "evidence": [{"note_id", "date", "detail"}]}], "path": {"weeks_of_verbal_coaching", "stage",
    "missing", "steps", "next_step"}, "threads"}.
    """
    from grow_cli.app import records, reports

    env = environment(ctx)
    checklist = reports.escalation(records.read_person(env, person), person, env.today)
    if json_:
        output.print_json(checklist.to_dict())
        return
    from grow_cli.ui.views.escalation import show_checklist

    show_checklist(checklist)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("escalation")(escalation)

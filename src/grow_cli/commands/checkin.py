"""`grow checkin`: the weekly ten minutes. Walk each open item, name the wins, agree new actions,
set the next date. Writes a `checkin` note with [[updates]]; earlier notes are never rewritten."""

from __future__ import annotations

import typer

from grow_cli.options import (
    AnswersOption,
    CheckinEditorOption,
    DateOption,
    InteractiveOption,
    PersonArgument,
    ResumeOption,
    environment,
)


def checkin(
    ctx: typer.Context,
    person: PersonArgument,
    answers: AnswersOption = None,
    resume: ResumeOption = False,
    editor: CheckinEditorOption = False,
    interactive: InteractiveOption = None,
    date: DateOption = None,
) -> None:
    """The check-in at the person's cadence (weekly unless set), goal by goal: how it is going,
    the measure's reading, each of its open items (done, in progress, blocked: what would help?,
    or dropped: why?), whether the goal goes on or ended (achieved, partly, not achieved,
    dropped) and its next check-in; then other open items, the wins named (theirs), and new
    actions.

    Scripted: [[updates]] (ref, status, note), [[progress]] (thread, reading, status, note,
    next_checkin) and optional [[actions]] (with thread = "...")."""
    from grow_cli.app import conversation, records
    from grow_cli.app.checkin import checkin_plan
    from grow_cli.app.conversation import Start

    env = environment(ctx)
    found = records.read_person(env, person)
    plan, slug = checkin_plan(found, person, env.today)
    start = Start(
        "checkin",
        answers_file=answers,
        resume=resume,
        use_editor=editor,
        interactive=interactive,
        preset={"date": date},
        scripted_hint=lambda examples: (
            f"Give the answers with: grow checkin {slug} --answers "
            "FILE (or - for stdin), with [[updates]] (ref, status, note) and optional [[actions]]."
        ),
    )
    conversation.hold(env, plan, start)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("checkin")(checkin)

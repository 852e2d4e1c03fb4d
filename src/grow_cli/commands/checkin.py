"""`grow checkin`: the weekly ten minutes. Walk each open item, name the wins, agree new actions,
set the next date. Writes a `checkin` note with [[updates]]; earlier notes are never rewritten.

`grow 1on1`: one 1:1, one flow. Look back at each open item as the check-in does, then coach on
a new or continuing goal if you want to; one note. Both hold a conversation through one
runner, from a plan app/checkin.py makes; only the plan and the hint for scripts differ."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer

from grow_cli.options import (
    AnswersOption,
    CheckinEditorOption,
    DateOption,
    InteractiveOption,
    OneOnOneEditorOption,
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
    from grow_cli.app.checkin import checkin_plan

    _hold(ctx, "checkin", checkin_plan, person, answers, resume, editor, interactive, date)


def one_on_one(
    ctx: typer.Context,
    person: PersonArgument,
    answers: AnswersOption = None,
    resume: ResumeOption = False,
    editor: OneOnOneEditorOption = False,
    interactive: InteractiveOption = None,
    date: DateOption = None,
) -> None:
    """A whole 1:1 in one flow: their rating of the last conversation, each goal and open item
    (as grow checkin asks), then "Coach on a goal now?": yes runs the coaching conversation
    (focus, feedback, GROW, actions, support, next check-in), no closes with new actions and
    the next check-in.

    One note: a coaching conversation that also holds the updates, or a check-in. Scripted: the
    keys of a check-in ([[updates]], [[progress]]) and, to coach, those of grow coach."""
    from grow_cli.app.checkin import one_on_one_plan

    _hold(ctx, "1on1", one_on_one_plan, person, answers, resume, editor, interactive, date)


# What a script is told to give, by command.
SCRIPTED_HINTS = {
    "checkin": ", with [[updates]] (ref, status, note) and optional [[actions]].",
    "1on1": ": [[updates]] for the items, and the keys of grow coach to coach.",
}


def _hold(
    ctx: typer.Context,
    command: str,
    make_plan: Callable[..., Any],
    person: str,
    answers: str | None,
    resume: bool,
    editor: bool,
    interactive: bool | None,
    date: str | None,
) -> None:
    """Hold a check-in or a 1:1 with one person: their notes read, the plan made, one runner."""
    from grow_cli.app import conversation, records
    from grow_cli.app.conversation import Start

    env = environment(ctx)
    found = records.read_person(env, person)
    plan, slug = make_plan(found, person, env.today)
    start = Start(
        command,
        answers_file=answers,
        resume=resume,
        use_editor=editor,
        interactive=interactive,
        preset={"date": date},
        scripted_hint=lambda examples: (
            f"Give the answers with: grow {command} {slug} --answers FILE (or - for stdin)"
            + SCRIPTED_HINTS[command]
        ),
    )
    conversation.hold(env, plan, start)


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""
    app.command("checkin")(checkin)
    app.command("1on1")(one_on_one)

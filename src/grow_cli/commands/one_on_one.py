"""`grow 1on1`: one 1:1, one flow. Look back at each open item as the check-in does, then coach
on a new or continuing goal if you want to; one note."""

from __future__ import annotations

import typer

from grow_cli.options import (
    AnswersOption,
    DateOption,
    InteractiveOption,
    OneOnOneEditorOption,
    PersonArgument,
    ResumeOption,
    environment,
)


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
    from grow_cli.app import conversation, records
    from grow_cli.app.checkin import one_on_one_plan
    from grow_cli.app.conversation import Start

    env = environment(ctx)
    found = records.read_person(env, person)
    plan, slug = one_on_one_plan(found, person, env.today)
    start = Start(
        "1on1",
        answers_file=answers,
        resume=resume,
        use_editor=editor,
        interactive=interactive,
        preset={"date": date},
        scripted_hint=lambda examples: (
            f"Give the answers with: grow 1on1 {slug} --answers FILE (or - for stdin): "
            "[[updates]] for the items, and the keys of grow coach to coach."
        ),
    )
    conversation.hold(env, plan, start)


def register(app: typer.Typer) -> None:
    """Add `grow 1on1` to the app."""
    app.command("1on1")(one_on_one)

"""`grow coach` and `grow feedback`: the guided conversation and the SBI record."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from grow_cli.errors import UsageError
from grow_cli.options import (
    AnswersOption,
    CoachEditorOption,
    DateOption,
    FeedbackEditorOption,
    InteractiveOption,
    OptionalPersonArgument,
    ResumeOption,
    environment,
)

if TYPE_CHECKING:
    from grow_cli.domain.vocabulary import Kind
    from grow_cli.env import Environment


def coach(
    ctx: typer.Context,
    person: OptionalPersonArgument = None,
    answers: AnswersOption = None,
    resume: ResumeOption = False,
    demo: Annotated[
        bool, typer.Option("--demo", help="Try a worked example in a temporary notes folder.")
    ] = False,
    editor: CoachEditorOption = False,
    interactive: InteractiveOption = None,
    date: DateOption = None,
) -> None:
    """The guided coaching conversation: focus, topic, SBI feedback, GROW, a measure to watch,
    SMART actions, your support and the next check-in, reviewed and saved as a note.

    Each conversation opens a goal of its own (a thread, followed until its outcome) or continues
    one already followed: at the terminal grow asks which; in an answers file, give its id as
    thread = "..." ('grow goals PERSON' lists them).

    PERSON is a slug, a name, a first name or the start of one ('grow coach priya'). At a
    terminal, no PERSON offers a list of the people you coach (and someone new), and a name grow
    does not know is checked against the people it does ("Did you mean priya-shah?") before it
    offers to add them."""
    env = environment(ctx)
    if demo:
        from grow_cli.app.demo import run_demo

        prompting = env.interactive if interactive is None else interactive
        run_demo(env, interactive=prompting, use_editor=editor)
        return
    _converse(env, "coaching", person, answers, resume, editor, interactive, date)


def feedback(
    ctx: typer.Context,
    person: OptionalPersonArgument = None,
    answers: AnswersOption = None,
    resume: ResumeOption = False,
    editor: FeedbackEditorOption = False,
    interactive: InteractiveOption = None,
    date: DateOption = None,
) -> None:
    """Record SBI feedback on its own: situation, behavior, impact. At a terminal, no PERSON
    offers a list of the people you coach."""
    _converse(environment(ctx), "feedback", person, answers, resume, editor, interactive, date)


def _converse(
    env: Environment,
    kind: Kind,
    person: str | None,
    answers: str | None,
    resume: bool,
    use_editor: bool,
    interactive: bool | None,
    date: str | None,
) -> None:
    from grow_cli.app import conversation
    from grow_cli.app.coaching import coaching_plan
    from grow_cli.app.conversation import Start

    command = "coach" if kind == "coaching" else kind
    prompting = env.interactive if interactive is None else interactive
    if person is None and (answers is not None or not prompting):
        raise UsageError(
            f'Name the person, e.g. grow {command} "Alex Kim".',
            hint=(
                "At a terminal, grow offers a list to choose from."
                + (" Or try grow coach --demo." if kind == "coaching" else "")
            ),
        )
    start = Start(
        command,
        answers_file=answers,
        resume=resume,
        use_editor=use_editor,
        interactive=interactive,
        preset={"date": date},
        scripted_hint=lambda examples: (
            f"Give the answers with: grow {command} {person} "
            f"--answers FILE (or - for stdin); example answers files are in {examples()}."
        ),
    )
    conversation.hold(env, coaching_plan(env, kind, person), start)


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""
    app.command("coach")(coach)
    app.command("feedback")(feedback)

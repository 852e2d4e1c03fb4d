"""`grow coach` and `grow feedback`: the guided conversation and the SBI record."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from grow_cli.commands import environment
from grow_cli.env import Environment
from grow_cli.errors import ExitCode, GrowError, InvalidInputError, UsageError
from grow_cli.store import paths
from grow_cli.store.paths import Locations
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.flows.model import Flow
    from grow_cli.flows.session import Subject

AnswersOption = Annotated[
    str | None,
    typer.Option(
        "--answers",
        metavar="FILE",
        help="Take every answer from a TOML file ('-' reads stdin); nothing is asked.",
    ),
]
ResumeOption = Annotated[
    bool, typer.Option("--resume", help="Continue the conversation stopped earlier (its draft).")
]
EditorOption = Annotated[
    bool, typer.Option("--editor", help="Open $EDITOR for long answers (goal, reality, will).")
]
InteractiveOption = Annotated[
    bool | None,
    typer.Option(
        "--interactive/--no-interactive",
        help="Force prompting on or off (default: prompt only on a terminal).",
    ),
]
PersonArgument = Annotated[str, typer.Argument(help="The person's name or slug.")]


def coach(
    ctx: typer.Context,
    person: Annotated[str | None, typer.Argument(help="The person's name or slug.")] = None,
    answers: AnswersOption = None,
    resume: ResumeOption = False,
    demo: Annotated[
        bool, typer.Option("--demo", help="Try a worked example in a temporary notes folder.")
    ] = False,
    editor: EditorOption = False,
    interactive: InteractiveOption = None,
) -> None:
    """The guided coaching conversation: focus, topic, SBI feedback, GROW, SMART actions, your
    support and the next check-in, reviewed and saved as a note."""
    env = environment(ctx)
    if demo:
        from grow_cli.commands.demo import run_demo

        run_demo(env, interactive=_interactive(env, interactive), use_editor=editor)
        return
    if person is None:
        raise UsageError(
            'Name the person to coach, e.g. grow coach "Alex Kim".',
            hint="Or try grow coach --demo.",
        )
    _converse(env, "coaching", person, answers, resume, editor, interactive)


def feedback(
    ctx: typer.Context,
    person: PersonArgument,
    answers: AnswersOption = None,
    resume: ResumeOption = False,
    editor: EditorOption = False,
    interactive: InteractiveOption = None,
) -> None:
    """Record SBI feedback on its own: situation, behavior, impact."""
    _converse(environment(ctx), "feedback", person, answers, resume, editor, interactive)


def _interactive(env: Environment, forced: bool | None) -> bool:
    return env.interactive if forced is None else forced


def _converse(
    env: Environment,
    kind: str,
    person: str,
    answers: str | None,
    resume: bool,
    use_editor: bool,
    interactive: bool | None,
) -> None:
    locations = paths.resolve(env)
    paths.ensure_notes_dir(locations)
    command = "coach" if kind == "coaching" else kind
    if answers is not None:
        subject = _subject(locations, kind, person)
        scripted(env, locations, subject, answers, command)
        return
    if not _interactive(env, interactive):
        # Only here: finding the installed examples folder imports importlib.resources.
        from grow_cli.resources import example_location

        raise UsageError(
            f"grow {command} asks its questions on a terminal, and this is not one.",
            hint=f"Give the answers with: grow {command} {person} --answers FILE "
            f"(or - for stdin); example answers files are in {example_location()}.",
        )
    subject = _subject(locations, kind, person, offer_to_add=True)
    from grow_cli.commands.conversation import run_interactive

    run_interactive(
        env, locations, subject, _flow(kind), command=command, resume=resume, use_editor=use_editor
    )


def _flow(kind: str) -> Flow:
    from grow_cli.flows.coach import COACH_FLOW, FEEDBACK_FLOW

    return COACH_FLOW if kind == "coaching" else FEEDBACK_FLOW


def _subject(locations: Locations, kind: str, person: str, offer_to_add: bool = False) -> Subject:
    from grow_cli.errors import NotFoundError
    from grow_cli.flows.session import Subject
    from grow_cli.store import people

    try:
        known = people.find(locations, person)
    except NotFoundError:
        if not offer_to_add:
            raise
        from grow_cli.commands.conversation import offer_to_add_person

        known = offer_to_add_person(locations, person)
    return Subject(kind, known.slug, known.person.name, known.person.cadence_days)


def resume_command(command: str, subject: Subject) -> str:
    """The command that continues a stopped conversation: 'grow coach alex-kim --resume'."""
    return " ".join(["grow", command, *filter(None, [subject.slug]), "--resume"])


def scripted(
    env: Environment,
    locations: Locations,
    subject: Subject,
    source: str,
    command: str,
    preset: dict[str, Any] | None = None,
) -> None:
    """Take every answer from a TOML file (or stdin); save the note or name every problem."""
    from grow_cli.flows import session

    stdin_text = sys.stdin.read() if source == "-" else None
    answers = session.read_answers_file(source, stdin_text)
    for key, value in (preset or {}).items():
        if value is not None:
            answers.setdefault(key, value)
    try:
        note = session.build_note(answers, subject, env.today)
    except InvalidInputError as error:
        lost = session.draft_kept_or_why_not(locations, subject, answers)
        hint = (
            "Nothing was saved. Fix the answers file and run it again, or continue at "
            f"the terminal with: {resume_command(command, subject)}"
        )
        if lost:
            hint = f"Nothing was saved, not even a draft ({lost}). Fix the answers file and rerun."
        raise InvalidInputError(error.message, hint=hint) from None
    _warn_about_judgements(note)
    path = session.save(locations, note, subject)
    output.line(f"Saved {path}")


def _warn_about_judgements(note: Any) -> None:
    from grow_cli.domain.sbi import judgement_in

    for number, item in enumerate(note.feedback, start=1):
        reason = judgement_in(item.behavior)
        if reason:
            output.warning(f"feedback[{number}].behavior: {reason}")


def register(app: typer.Typer) -> None:
    """Add the commands to the app."""
    app.command("coach")(coach)
    app.command("feedback")(feedback)


def interrupted(command: str, subject: Subject, draft: Path) -> GrowError:
    """The error that ends a conversation stopped with Ctrl-C: the draft and how to resume."""
    error = GrowError(
        f"Stopped. Your answers so far are kept in {draft}.",
        hint=f"Continue with: {resume_command(command, subject)}",
    )
    error.exit_code = ExitCode.INTERRUPTED
    return error

"""The interactive side of a conversation: drafts, the review screen, saving, the follow-up.

Shared by coach, feedback (and later check-in and journal): only the flow differs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grow_cli.env import Environment
from grow_cli.errors import ExitCode, GrowError, InvalidInputError, NotFoundError
from grow_cli.flows import session
from grow_cli.flows.engine import Conversation
from grow_cli.flows.model import Choice, Flow, FlowContext
from grow_cli.flows.session import Subject
from grow_cli.store.paths import Locations
from grow_cli.ui import output
from grow_cli.ui.asker import TerminalAsker
from grow_cli.ui.prompts import NoInputError, PromptInterrupted

if TYPE_CHECKING:
    from grow_cli.domain.models import Note
    from grow_cli.store.people import KnownPerson

SAVE, EDIT, CANCEL = "save", "edit", "cancel"
REVIEW_CHOICES = (
    Choice(SAVE, "Save it"),
    Choice(EDIT, "Change a part"),
    Choice(CANCEL, "Stop here (the draft is kept)"),
)


def run_interactive(
    env: Environment,
    locations: Locations,
    subject: Subject,
    flow: Flow,
    *,
    command: str,
    resume: bool,
    use_editor: bool,
    suggestions: dict[str, Any] | None = None,
    preset: dict[str, Any] | None = None,
) -> Note | None:
    """Hold the conversation at the terminal, review it and save it. Ctrl-C keeps the draft.

    `preset` answers (such as a --mode given on the command line) are not asked again.
    """
    asker = TerminalAsker(use_editor=use_editor)
    answers = _starting_answers(locations, subject, asker, command, resume)
    for key, value in (preset or {}).items():
        if value is not None:
            answers.setdefault(key, value)
    context = FlowContext(env.today, subject.name, subject.cadence_days)
    conversation = Conversation(
        flow,
        context,
        asker,
        answers=answers,
        suggestions=suggestions,
        on_answer=lambda current: _keep(locations, subject, current),
    )
    try:
        conversation.run()
        note = _review(conversation, subject, env, locations, asker)
    except PromptInterrupted:
        draft = session.keep_draft(locations, subject, conversation.answers)
        from grow_cli.commands.coach import interrupted

        raise interrupted(command, subject, draft) from None
    except NoInputError as error:
        from grow_cli.commands.coach import resume_command

        draft = session.keep_draft(locations, subject, conversation.answers)
        raise NoInputError(
            f"{error.message} Your answers so far are kept in {draft}.",
            hint=f"Continue with: {resume_command(command, subject)}",
        ) from None
    if note is None:
        return None
    path = session.save(locations, note, subject)
    output.line(f"Saved {path}")
    _offer_followup(locations, note, subject, asker)
    return note


def _keep(locations: Locations, subject: Subject, answers: dict[str, Any]) -> None:
    session.keep_draft(locations, subject, answers)


def _starting_answers(
    locations: Locations, subject: Subject, asker: TerminalAsker, command: str, resume: bool
) -> dict[str, Any]:
    draft = session.load_draft(locations, subject)
    if resume and draft is None:
        raise NotFoundError(
            f"There is no stopped {command} conversation to resume"
            f"{' for ' + subject.slug if subject.slug else ''}."
        )
    if draft and not resume:
        resume = asker.confirm(
            "You stopped a conversation here earlier. Continue it?", default=True
        )
    return draft if (draft and resume) else {}


def _review(
    conversation: Conversation,
    subject: Subject,
    env: Environment,
    locations: Locations,
    asker: TerminalAsker,
) -> Note | None:
    while True:
        try:
            note = session.build_note(conversation.answers, subject, env.today)
        except InvalidInputError as error:
            asker.say(error.message, style="warning")
            note = None
        if note is not None:
            _show(locations, note, subject)
            choice = asker.choice("Save this note?", REVIEW_CHOICES, default=SAVE)
        else:
            choice = EDIT
        if choice == SAVE and note is not None:
            return note
        if choice == CANCEL:
            draft = session.keep_draft(locations, subject, conversation.answers)
            output.line(f"Not saved. Your answers are kept in {draft}.")
            raise GrowError("Stopped before saving.", hint="Continue later with --resume.")
        stages = tuple(Choice(s.name, s.title) for s in conversation.flow.stages)
        conversation.redo(asker.choice("Which part?", stages, default=None))


def _show(locations: Locations, note: Note, subject: Subject) -> None:
    from rich.markdown import Markdown
    from rich.panel import Panel

    from grow_cli.ui.render import note_body

    body = note_body(locations, note, subject.name)
    output.console().print()
    output.console().print(Panel(Markdown(body), title="Review", expand=False))
    for action in note.actions:
        if action.smart_override:
            output.console().print(f"[yellow]Kept although not SMART:[/] {action.text}")


def _offer_followup(
    locations: Locations, note: Note, subject: Subject, asker: TerminalAsker
) -> None:
    if note.kind == "journal":
        return
    try:
        wanted = asker.confirm("Show the follow-up message to send them?", default=False)
    except (PromptInterrupted, NoInputError):
        return  # the note is saved; leaving the offer unanswered is not an error
    if not wanted:
        return
    from grow_cli.ui.render import followup

    output.line()
    output.line(followup(locations, note, subject.name))


def offer_to_add_person(locations: Locations, name: str) -> KnownPerson:
    """At the terminal, offer to add someone grow does not know yet."""
    from grow_cli.domain import validators
    from grow_cli.domain.models import Person
    from grow_cli.store import people
    from grow_cli.ui import prompts

    try:
        if not prompts.confirm(f"{name!r} is not in your notes yet. Add them?", default=True):
            raise NotFoundError(f"No person {name!r}.", hint="See 'grow person list'.")
        role = prompts.text("Their role?", validate=validators.optional)
        cadence = prompts.text("Days between check-ins?", default="7", validate=validators.cadence)
    except PromptInterrupted:
        error = GrowError("Stopped; nothing was saved.")
        error.exit_code = ExitCode.INTERRUPTED
        raise error from None
    known = people.add(locations, Person(name=name.strip(), role=role, cadence_days=int(cadence)))
    output.line(f"Added {name} as '{known.slug}'.")
    return known

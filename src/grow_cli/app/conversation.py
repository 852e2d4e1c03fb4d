"""The one way a conversation is held, for coach, feedback, checkin and journal alike.

Scripted (every answer from a TOML file) or at the terminal (the flow's questions, a draft kept
after every answer, resume, the review screen, save, the follow-up offer): only the flow and the
subject differ between commands.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from grow_cli.app import session
from grow_cli.app.files import writable_notes_dir
from grow_cli.app.session import Subject
from grow_cli.env import Environment
from grow_cli.errors import (
    Interrupted,
    InvalidInputError,
    NotFoundError,
    StoreError,
    UsageError,
)
from grow_cli.store import paths
from grow_cli.store.paths import Locations
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.models import Note
    from grow_cli.flows.engine import Conversation
    from grow_cli.flows.model import Flow
    from grow_cli.ui.asker import TerminalAsker

SAVE, EDIT, CANCEL = "save", "edit", "cancel"
DATE_PART = "_date"  # "Which part?": the conversation's date, beside the flow's stages
Answers = dict[str, Any]


@dataclass(frozen=True)
class Start:
    """How a conversation was asked for on the command line."""

    command: str  # coach, feedback, checkin or journal: named in hints to resume
    answers_file: str | None = None  # a TOML file, or '-' for standard input
    resume: bool = False
    use_editor: bool = False
    interactive: bool | None = None  # forced on or off; None: only on a terminal
    preset: Answers = field(default_factory=dict)  # answers given as options (--mode, --date)
    # How to give the answers when there is no terminal, from where the shipped examples are
    # (worked out only when the hint is shown: finding them costs an import).
    scripted_hint: Callable[[Callable[..., str]], str] | None = None

    def prompts(self, env: Environment) -> bool:
        """Whether questions are asked at the terminal."""
        return env.interactive if self.interactive is None else self.interactive


@dataclass(frozen=True)
class Plan:
    """What a command holds a conversation about, made once the way of asking is known.

    `subject(may_ask)` finds who it is about (at a terminal it may offer to add them), `flow`
    makes the questions, `check` gives the problems of an answers file's answers besides the
    prompts' rules (a check-in's unknown item ids) and `report` gives the lines a scripted run
    prints before "Saved ..." (at the terminal the flow has said them already).
    """

    subject: Callable[[bool], Subject]
    flow: Callable[[Subject], Flow]
    check: Callable[[Subject, Answers], list[str]] | None = None
    report: Callable[[Note], list[str]] | None = None
    suggestions: Answers | None = None


def hold(env: Environment, plan: Plan, start: Start) -> Note:
    """Hold the conversation: from the answers file, or at the terminal; the saved note."""
    locations = paths.resolve(env)
    writable_notes_dir(locations)
    if start.answers_file is not None:
        subject = plan.subject(False)
        answers = read_answers(start.answers_file)
        return scripted(env, locations, subject, answers, start, plan)
    if not start.prompts(env):
        from grow_cli.store.resources import example_location

        raise UsageError(
            f"grow {start.command} asks its questions on a terminal, and this is not one.",
            hint=start.scripted_hint(example_location) if start.scripted_hint else None,
        )
    subject = plan.subject(True)
    return interactive(env, locations, subject, plan.flow(subject), start, plan)


def read_answers(source: str) -> Answers:
    """An answers file's answers ('-' reads standard input)."""
    return session.read_answers_file(source, sys.stdin.buffer if source == "-" else None)


def resume_command(command: str, subject: Subject) -> str:
    """The command that continues a stopped conversation: 'grow coach alex-kim --resume'."""
    return " ".join(["grow", command, *filter(None, [subject.slug]), "--resume"])


def scripted(
    env: Environment,
    locations: Locations,
    subject: Subject,
    answers: Answers,
    start: Start,
    plan: Plan,
) -> Note:
    """Save the note these answers make, or name every problem (the answers kept as a draft)."""
    for key, value in start.preset.items():
        if value is not None:
            answers.setdefault(key, value)
    from grow_cli.flows.shapes import wrong_shapes

    # The flow's rules are written for what the prompts give: a file's odd shapes come first.
    problems = wrong_shapes(plan.flow(subject), answers)
    if not problems:
        missing = [
            *(plan.check(subject, answers) if plan.check else []),
            *_missing(env, subject, answers, plan),
        ]
        try:
            note = session.build_note(answers, subject, env.today, paths.date_settings(env))
            problems = missing
        except InvalidInputError as error:
            problems = [*(error.problems or [error.message]), *missing]
    if problems:
        from grow_cli.domain.problems import listed

        lost = session.draft_kept_or_why_not(locations, subject, answers)
        hint = (
            "Nothing was saved. Fix the answers file and run it again, or continue at "
            f"the terminal with: {resume_command(start.command, subject)}"
        )
        if lost:
            hint = f"Nothing was saved, not even a draft ({lost}). Fix the answers file and rerun."
        message = listed("The note was not saved:", problems)
        raise InvalidInputError(message, hint=hint, problems=problems)
    _warn_about_judgements(note)
    from grow_cli.domain.ownership import observations

    for line in observations(note):
        output.line(line)
    path = session.save(locations, note, subject, scripted=True)
    for line in plan.report(note) if plan.report else []:
        output.line(line)
    output.line(f"Saved {path}")
    return note


def _missing(env: Environment, subject: Subject, answers: Answers, plan: Plan) -> list[str]:
    """What an answers file leaves out that the prompts insist on (they are its rules too)."""
    from grow_cli.flows.answers import missing_answers
    from grow_cli.flows.model import FlowContext

    active = {key: thread for key, thread in subject.threads.items() if thread.open}
    context = FlowContext(
        env.today,
        subject.name,
        subject.cadence_days,
        active,
        paths.date_settings(env),
        subject.style,
    )
    return missing_answers(plan.flow(subject), answers, context)


def interactive(
    env: Environment,
    locations: Locations,
    subject: Subject,
    flow: Flow,
    start: Start,
    plan: Plan,
) -> Note:
    """Hold the conversation at the terminal, review it and save it. Ctrl-C keeps the draft.

    Preset answers (such as a --mode given on the command line) are not asked again.
    """
    from grow_cli.flows.engine import Conversation
    from grow_cli.flows.model import FlowContext
    from grow_cli.ui.asker import TerminalAsker
    from grow_cli.ui.prompts import NoInputError, PromptInterrupted

    asker = TerminalAsker(use_editor=start.use_editor)
    resume = resume_command(start.command, subject)
    answers = _starting_answers(locations, subject, asker, start, flow)
    # The day is fixed when the conversation starts and kept in its draft: resuming it later
    # keeps it, and with it what "by Friday" meant.
    answers["date"] = session.conversation_date(answers, env.today).isoformat()
    active = {key: thread for key, thread in subject.threads.items() if thread.open}
    day = dt.date.fromisoformat(answers["date"])
    context = FlowContext(
        day, subject.name, subject.cadence_days, active, paths.date_settings(env), subject.style
    )
    conversation = Conversation(
        flow,
        context,
        asker,
        answers=answers,
        suggestions=plan.suggestions,
        on_answer=lambda current: _keep(locations, subject, current, resume),
    )
    try:
        conversation.run()
        note = _review(conversation, subject, env, locations, asker, resume)
    except PromptInterrupted:
        draft = session.keep_draft(locations, subject, conversation.answers)
        raise Interrupted(
            f"Stopped. Your answers so far are kept in {draft}.", hint=f"Continue with: {resume}"
        ) from None
    except NoInputError as error:
        draft = session.keep_draft(locations, subject, conversation.answers)
        raise NoInputError(
            f"{error.message} Your answers so far are kept in {draft}.",
            hint=f"Continue with: {resume}",
        ) from None
    try:
        saved = session.save(locations, note, subject)
    except StoreError as error:
        draft = session.draft_path(locations, subject)
        if not draft.exists():
            raise
        raise StoreError(
            f"{error.message.rstrip('.')}. Your answers are kept in {draft}.",
            hint=f"Make room, then continue with: {resume}",
        ) from None
    output.line(f"Saved {saved}")
    _offer_followup(env, locations, note, subject, asker)
    return note


def _keep(locations: Locations, subject: Subject, answers: Answers, resume: str) -> None:
    """Keep the draft after an answer. When that fails (a full disk), the conversation stops
    there, saying what is still kept and how to go on, rather than going on losing answers."""
    try:
        session.keep_draft(locations, subject, answers)
    except StoreError as error:
        path = session.draft_path(locations, subject)
        kept = (
            f"The answers before this one are kept in {path}."
            if path.exists()
            else "No earlier answer was kept."
        )
        raise StoreError(
            f"{error.message.rstrip('.')}, so this answer could not be kept. {kept}",
            hint=f"Make room, then continue with: {resume}",
        ) from None


def _starting_answers(
    locations: Locations, subject: Subject, asker: TerminalAsker, start: Start, flow: Flow
) -> Answers:
    draft = session.load_draft(locations, subject)
    resume = start.resume
    if resume and draft is None:
        raise NotFoundError(
            f"There is no stopped {start.command} conversation to resume"
            f"{' for ' + subject.slug if subject.slug else ''}."
        )
    if draft and not resume:
        resume = asker.confirm(
            "You stopped a conversation here earlier. Continue it?", default=True
        )
        if not resume:
            kept = session.set_draft_aside(locations, subject)
            asker.say(f"Starting afresh; the earlier draft is kept in {kept}.", style="hint")
    if draft and resume:
        from grow_cli.domain.problems import listed
        from grow_cli.flows.answers import recap
        from grow_cli.flows.shapes import draft_shapes

        problems = draft_shapes(flow, draft)
        if problems:  # edited by hand: the conversation's rules are written for its own drafts
            path = session.draft_path(locations, subject)
            raise StoreError(
                listed(f"The draft {path} cannot be resumed:", problems),
                hint="Fix it, or move it away to start over.",
            )
        asker.say("Already recorded", style="heading")
        for line in recap(flow, draft):
            asker.say(line, style="hint")
    answers = draft if (draft and resume) else {}
    # An option given now (journal --mode) stands unless the draft already answered it.
    for key, value in start.preset.items():
        if value is not None:
            answers.setdefault(key, value)
    return answers


def _review(
    conversation: Conversation,
    subject: Subject,
    env: Environment,
    locations: Locations,
    asker: TerminalAsker,
    resume: str,
) -> Note:
    from grow_cli.flows.model import Choice
    from grow_cli.ui.views.review import show_review

    choices = (
        Choice(SAVE, "Save it"),
        Choice(EDIT, "Change a part"),
        Choice(CANCEL, "Stop here (the draft is kept)"),
    )
    while True:
        try:
            note: Note | None = session.build_note(
                conversation.answers, subject, env.today, conversation.context.date_settings
            )
        except InvalidInputError as error:
            asker.say(error.message, style="warning")
            note = None
        if note is not None:
            show_review(session.render_body(locations, note, subject), note)
            choice = asker.choice("Save this note?", choices, default=SAVE)
        else:
            choice = EDIT
        if choice == SAVE and note is not None:
            return note
        if choice == CANCEL:
            draft = session.keep_draft(locations, subject, conversation.answers)
            raise Interrupted(
                f"Not saved: your answers are kept in {draft}.", hint=f"Continue with: {resume}"
            )
        stages = tuple(
            Choice(s.name, s.title)
            for s in conversation.flow.stages
            if s.when is None or s.when(conversation.answers)  # only the parts it had
        )
        day = conversation.answers.get("date", env.today.isoformat())
        parts = (*stages, Choice(DATE_PART, f"The date it happened ({day})"))
        part = asker.choice("Which part?", parts, default=None)
        if part == DATE_PART:
            _change_date(conversation, asker, env, locations, subject)
        else:
            conversation.redo(part)


def _change_date(
    conversation: Conversation,
    asker: TerminalAsker,
    env: Environment,
    locations: Locations,
    subject: Subject,
) -> None:
    """Ask the day the conversation happened again; phrases in it resolve against that day."""
    from grow_cli.domain import validators

    answers = conversation.answers
    typed = asker.text(
        "When did the conversation happen? (e.g. 'yesterday', '2026-11-02')",
        default=str(answers.get("date", "")),
        validate=validators.past_phrase(env.today),
        instruction=None,
        long=False,
    )
    answers["date"] = session.conversation_date({"date": typed}, env.today).isoformat()
    session.keep_draft(locations, subject, answers)


def _offer_followup(
    env: Environment, locations: Locations, note: Note, subject: Subject, asker: TerminalAsker
) -> None:
    from grow_cli.ui.prompts import NoInputError, PromptInterrupted

    if note.kind == "journal":
        return
    try:
        wanted = asker.confirm("Show the follow-up message to send them?", default=False)
    except (PromptInterrupted, NoInputError):
        return  # the note is saved; leaving the offer unanswered is not an error
    if not wanted:
        return
    from grow_cli.app import records
    from grow_cli.app.reports import followup_text

    # Read again: the follow-up of a check-in says what is still open after it.
    found = records.load(locations)
    saved = next((n for n in found.ledger.notes_of(note.person) if n.id == note.id), note)
    settings = paths.date_settings(env)
    text = followup_text(found, saved, subject.name, date_settings=settings)
    output.line()
    output.line(text.rstrip("\n"))


def _warn_about_judgements(note: Note) -> None:
    """An answers file's SBI is saved as given (an older file must keep working), with a warning
    for each problem its checks name, unless the item says it was kept (`sbi_override`)."""
    from grow_cli.domain.sbi import impact_problem, judgement_in

    for number, item in enumerate(note.feedback, start=1):
        if item.sbi_override:
            continue
        reason = judgement_in(item.behavior)
        if reason:
            output.warning(f"feedback[{number}].behavior: {reason}")
        reason = impact_problem(item.impact)
        if reason:
            output.warning(f"feedback[{number}].impact: {reason}")

"""`grow journal`: the individual's own coaching journal. `grow journal` writes an entry;
`grow journal list` and `grow journal review` read them back."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from grow_cli.domain.vocabulary import ENTRY_MODES
from grow_cli.options import (
    PAST_DATE_HELP,
    AnswersOption,
    DateOption,
    InteractiveOption,
    JournalEditorOption,
    ResumeOption,
    check_choice,
    choices,
    date_option,
    environment,
)
from grow_cli.ui import output

DEFAULT_DAYS = 30
EMPTY_JOURNAL = "No journal entries yet. Write one with: grow journal"

journal_app = typer.Typer(
    help="Your own coaching journal: GROW on a goal of yours, a reflection, or your career.",
    invoke_without_command=True,
)


@journal_app.callback()
def entry(
    ctx: typer.Context,
    mode: Annotated[
        str | None,
        typer.Option(
            "--mode",
            metavar="MODE",
            help=f"{', '.join(ENTRY_MODES)} (asked when left out).",
            autocompletion=choices(ENTRY_MODES),
        ),
    ] = None,
    answers: AnswersOption = None,
    resume: ResumeOption = False,
    editor: JournalEditorOption = False,
    interactive: InteractiveOption = None,
    date: DateOption = None,
) -> None:
    """Write a journal entry: GROW on a goal of your own (SMART-checked, your own actions), a
    reflection (what happened, what I did, what it tells me, what I'll try), or your career
    (direction, strengths, development areas, next step, a date to look again)."""
    if ctx.invoked_subcommand is not None:
        return
    check_choice("--mode", mode, ENTRY_MODES)
    from grow_cli.app import conversation
    from grow_cli.app.conversation import Plan, Start
    from grow_cli.app.session import Subject
    from grow_cli.flows.journal import JOURNAL_FLOW

    subject = Subject("journal", None, None)
    start = Start(
        "journal",
        answers_file=answers,
        resume=resume,
        use_editor=editor,
        interactive=interactive,
        preset={"mode": mode, "date": date},
        scripted_hint=lambda examples: (
            "Give the answers with: grow journal --answers FILE (or "
            f"- for stdin); example entries are in {examples('journal-month')}."
        ),
    )
    conversation.hold(
        environment(ctx), Plan(lambda may_ask: subject, lambda _: JOURNAL_FLOW), start
    )


@journal_app.command("list")
def journal_list(
    ctx: typer.Context,
    json_: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print a JSON list of entries, newest first: id, path, date, mode, topic, "
            "summary, tags and counts (actions, support, updates, feedback).",
        ),
    ] = False,
) -> None:
    """List your journal entries, newest first.

    One line each: date, mode, a one-line summary (the goal, what happened, or the direction,
    by the entry's mode), what it holds (a actions, u status updates) and its id for 'grow show'.
    """
    from grow_cli.app import notes_view, records
    from grow_cli.app.serialize import note_json
    from grow_cli.domain.review import newest_first

    env = environment(ctx)
    kept = notes_view.read_one(env, None)  # from what the index keeps of the journal
    if kept is not None:
        rows = kept.rows
    else:
        found = records.read_journal(env)
        where = {id(loaded.note): str(loaded.path) for loaded in found.loaded}
        rows = [note_json(note, where.get(id(note))) for note in newest_first(found.ledger.notes)]
    if json_:
        output.print_json(rows)
        return
    if not rows:
        output.line(EMPTY_JOURNAL)
        return
    from grow_cli.ui.views.journal import entries_table

    entries_table(rows)


@journal_app.command("checkin")
def journal_checkin(
    ctx: typer.Context,
    answers: AnswersOption = None,
    resume: ResumeOption = False,
    interactive: InteractiveOption = None,
    date: DateOption = None,
) -> None:
    """Your own check-in: each of your open journal actions done, in progress, blocked (what
    would help?) or dropped (why?), saved as a journal entry of mode checkin with [[updates]].

    Scripted: [[updates]] (ref, status, note, due) refer to your journal actions ('grow actions
    --journal --json' lists their ids)."""
    from grow_cli.app import conversation, records
    from grow_cli.app.conversation import Start
    from grow_cli.app.journal import journal_checkin_plan

    env = environment(ctx)
    start = Start(
        "journal checkin",
        answers_file=answers,
        resume=resume,
        interactive=interactive,
        preset={"mode": "checkin", "date": date},
        scripted_hint=lambda examples: (
            "Give the answers with: grow journal checkin --answers "
            "FILE (or - for stdin), with [[updates]] (ref, status, note)."
        ),
    )
    conversation.hold(env, journal_checkin_plan(records.read_journal(env), env.today), start)


@journal_app.command("review")
def journal_review(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            metavar="DATE",
            help=f"Review the entries on or after DATE (default: {DEFAULT_DAYS} days ago): "
            f"{PAST_DATE_HELP}.",
        ),
    ] = None,
    json_: Annotated[
        bool,
        typer.Option("--json", help="Print the same review, and the same numbers, as JSON."),
    ] = False,
) -> None:
    """Review your recent journal entries.

    The entries of the last 30 days, or since --since DATE. What you set out to do: the goals,
    what you said you would try, the next steps, and the actions you agreed. What got done:
    journal actions whose current status is done (counting updates made in later entries),
    agreed in the period or closed in it. Recurring themes: the ten words that come up most often
    in the entries' topics, goals, reflections and career notes, among words found in two or more
    entries (common English words and words for days and dates left out), and the tags used.
    Still open: every journal action still to do, whenever it was agreed, overdue ones marked.
    """
    from grow_cli.app import records, reports
    from grow_cli.app.serialize import review_json

    env = environment(ctx)
    start = date_option("--since", since, env.today) or env.today - dt.timedelta(days=DEFAULT_DAYS)
    found = records.read_journal(env)
    review = reports.journal_review(found, start, env.today)
    if json_:
        output.print_json(review_json(review))
        return
    if not any(note.kind == "journal" for note in found.ledger.notes):
        output.line(EMPTY_JOURNAL)
        return
    from grow_cli.ui.views.journal import show_review

    show_review(review)


def register(app: typer.Typer) -> None:
    """Add the `journal` group (an entry, plus list and review) to the app."""
    app.add_typer(journal_app, name="journal")

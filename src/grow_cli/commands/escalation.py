"""`grow escalation`: the five questions to answer from the notes before escalating."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from grow_cli.commands import environment
from grow_cli.commands.cycle import load_records
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.escalation import Checklist

ANSWER_STYLES = {"yes": "green", "partly": "yellow", "no": "red"}


def escalation(
    ctx: typer.Context,
    person: Annotated[str, typer.Argument(help="The person's name or slug.")],
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Before escalating: the five questions of the escalation path, each answered yes, partly or
    no with the notes (ids and dates) that show it, then where the person stands on the path and
    what is missing before a next step would be fair.

    The questions: SMART expectations set, SBI feedback given (and recent: 30 days), GROW used
    with the person owning the solution (options and a will), check-ins at their cadence (gaps
    up to cadence + 3 days allowed) with support offered, everything documented (a note a week,
    every item followed up). Counted from the first performance coaching or feedback note (else
    the first of any focus) to today. A checklist over the notes, not an HR decision.

    --json prints {"person", "checklist_note", "questions": [{"key", "question", "answer",
    "evidence": [{"note_id", "date", "detail"}]}], "path": {"weeks_of_verbal_coaching", "stage",
    "missing"}}.
    """
    from grow_cli.domain.escalation import build
    from grow_cli.store import people

    records = load_records(ctx)
    known = people.find(records.locations, person)
    checklist = build(
        records.ledger.notes_of(known.slug),
        records.ledger.for_person(known.slug),
        known.slug,
        known.person.name,
        known.person.cadence_days,
        environment(ctx).today,
    )
    if json_:
        output.print_json(checklist.to_dict())
        return
    _show(checklist)


def _show(checklist: Checklist) -> None:
    from rich.markup import escape
    from rich.table import Table

    from grow_cli.domain.escalation import CHECKLIST_NOTE

    console = output.console()
    console.print(f"Before escalating: {escape(checklist.name)}", style="bold")
    console.print(escape(CHECKLIST_NOTE))
    table = Table(show_lines=True, pad_edge=False)
    table.add_column("question", max_width=24)
    table.add_column("answer", no_wrap=True)
    table.add_column("evidence", ratio=1)
    for question in checklist.questions:
        style = ANSWER_STYLES[question.answer]
        lines = []
        for item in question.evidence:
            where = " ".join(p for p in (_date(item.date), item.note_id or "") if p)
            lines.append(escape(f"{where}: {item.detail}" if where else item.detail))
        table.add_row(escape(question.question), f"[{style}]{question.answer}[/]", "\n".join(lines))
    console.print(table)
    if checklist.coached:
        since = checklist.period_start.isoformat() if checklist.period_start else ""
        console.print(f"Stage: {escape(checklist.stage)}, {checklist.weeks} week(s) since {since}.")
    else:
        console.print(f"Stage: {escape(checklist.stage)}.")
    if checklist.missing:
        console.print("Before a next step would be fair:")
        for missing in checklist.missing:
            console.print(f"- {escape(missing)}")
    else:
        console.print("Nothing missing on this checklist.")


def _date(value: object) -> str:
    isoformat = getattr(value, "isoformat", None)
    return str(isoformat()) if callable(isoformat) else ""


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("escalation")(escalation)

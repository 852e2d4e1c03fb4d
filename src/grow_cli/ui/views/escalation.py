"""`grow escalation`: the five questions as a table with their evidence, and the path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from grow_cli.domain.wording import plural
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.escalation import Checklist

ANSWER_STYLES = {"yes": "green", "partly": "yellow", "no": "red"}


def show_checklist(checklist: Checklist) -> None:
    """The checklist, the stage on the escalation path, and what is missing."""
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
        console.print(
            f"Stage: {escape(checklist.stage)}, {plural(checklist.weeks, 'week')} since {since}."
        )
    else:
        console.print(f"Stage: {escape(checklist.stage)}.")
    for step in checklist.steps:
        when = step.get("from") or step.get("earliest") or ""
        dated = f" ({'since' if step.get('from') else 'not before'} {when})" if when else ""
        length = f", {step['for']}" if step.get("for") else ""
        needs = f"; needs {step['needs']}" if step.get("needs") else ""
        console.print(f"  {step['status']}: {step['step']}{length}{dated}{needs}", markup=False)
    if checklist.next_step:
        console.print(f"Next step: {checklist.next_step}", markup=False, style="bold")
    if checklist.missing:
        console.print("Before a next step would be fair:")
        for missing in checklist.missing:
            console.print(f"- {escape(missing)}")
    else:
        console.print("Nothing missing on this checklist.")


def _date(value: object) -> str:
    isoformat = getattr(value, "isoformat", None)
    return str(isoformat()) if callable(isoformat) else ""

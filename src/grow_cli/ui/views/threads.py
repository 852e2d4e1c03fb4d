"""Coaching threads on the terminal: `grow goals` as a table, a thread's timeline, and the
measure's trend as a small sparkline."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from grow_cli.domain.vocabulary import status_label
from grow_cli.domain.wording import plural
from grow_cli.ui import output

SPARKS = "▁▂▃▄▅▆▇█"
STATUS_WORDS = {
    "active": "active",
    "achieved": "achieved",
    "partly_achieved": "partly achieved",
    "not_achieved": "not achieved",
    "dropped": "dropped",
    "ended": "ended (no outcome recorded)",
}


def sparkline(values: Sequence[float]) -> str:
    """Values as bars, lowest to highest: '▇▅▂'."""
    if not values:
        return ""
    low, high = min(values), max(values)
    if high == low:
        return SPARKS[len(SPARKS) // 2] * len(values)
    span = high - low
    return "".join(SPARKS[round((v - low) / span * (len(SPARKS) - 1))] for v in values)


def _g(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def trend_text(row: dict[str, Any]) -> str:
    """'18 ▆▃▁ 6 hours, target 4: better' from a thread's JSON; '' without a measure."""
    measure, readings = row["measure"], row["readings"]
    if measure is None and not readings:
        return ""
    values = [r["value"] for r in readings]
    baseline = measure["baseline"] if measure else None
    target = measure["target"] if measure else None
    line = [] if baseline is None else [_g(baseline)]
    if values:
        line += [
            sparkline([*([baseline] if baseline is not None else []), *values]),
            _g(values[-1]),
        ]
    unit = f" {measure['unit']}" if measure and measure["unit"] else ""
    text = " ".join(line) + unit if line else (measure["what"] if measure else "")
    if target is not None:
        text += f", target {_g(target)}"
    direction = (row["trend"] or {}).get("direction")
    arrow = {"better": ": moving the right way", "worse": ": moving away", "same": ": no change"}
    return text + arrow.get(direction or "", "")


def goals_table(rows: list[dict[str, Any]], name_of: Callable[[str], str]) -> None:
    """One line per thread: who, focus, goal, status, trend, next check-in, open items, id."""
    from grow_cli.ui.plain_table import FOLD, WRAP, print_plain_table
    from grow_cli.ui.views.layout import LATER_STYLE, is_narrow, words_then_id, words_then_id_lines

    narrow = is_narrow()
    late = [row["days_to_checkin"] is not None and row["days_to_checkin"] < 0 for row in rows]
    cells = [_goal_cells(row, name_of) for row in rows]
    # The same bytes as the rich tables below, without their cost per cell (1,400 lines of
    # goals: 0.8 s).
    if not narrow and print_plain_table(
        output.console(),
        ("who", "focus", "goal", "status", "trend", "check-in", "open", "id"),
        cells,
        styles=[[*[None] * 5, "red" if overdue else None, None, None] for overdue in late],
        no_wrap=(False, True, False, False, False, True, True, True),
        cells=(WRAP, WRAP, FOLD, WRAP, WRAP, WRAP, WRAP, WRAP),
    ):
        return
    if narrow:
        people = words_then_id_lines((who, "", focus) for who, focus, *_ in cells)
        goals = words_then_id_lines((row[2], row[7], row[4]) for row in cells)
        if (
            people is not None
            and goals is not None
            and print_plain_table(
                output.console(),
                ("who", "goal", "status", "check-in", "open"),
                [
                    (who, goal, row[3], row[5], row[6])
                    for who, goal, row in zip(people, goals, cells, strict=True)
                ],
                styles=[[*[None] * 3, "red" if overdue else None, None] for overdue in late],
                no_wrap=(False, False, False, True, True),
                later_styles=(LATER_STYLE, LATER_STYLE, None, None, None),
            )
        ):
            return
    from rich.markup import escape  # only here: the plain tables need none of rich's
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, show_edge=False)
    # On 80 columns the focus, the trend and the id go under the person and the goal, so
    # words wrap whole and the id is never broken.
    table.add_column("who")
    if not narrow:
        table.add_column("focus", no_wrap=True)
    table.add_column("goal")
    table.add_column("status")
    if not narrow:
        table.add_column("trend")
    table.add_column("check-in", no_wrap=True)
    table.add_column("open", no_wrap=True)
    if not narrow:
        table.add_column("id", no_wrap=True)
    for row_cells, overdue in zip(cells, late, strict=True):
        who, focus, goal, status, trend, when, open_items, thread_id = row_cells
        if overdue:
            when = f"[red]{when}[/]"
        if narrow:
            table.add_row(
                words_then_id(who, "", focus),
                words_then_id(goal, thread_id, trend),
                status,
                when,
                open_items,
            )
            continue
        table.add_row(
            escape(who),
            focus,
            Text(goal, overflow="fold"),
            status,
            escape(trend),
            when,
            open_items,
            thread_id,
        )
    output.console().print(table)


def _goal_cells(row: dict[str, Any], name_of: Callable[[str], str]) -> list[str]:
    """A thread's cells in the wide table, as text."""
    return [
        name_of(row["person"] or ""),
        row["focus"] or "",
        row["goal"] or row["topic"] or "",
        STATUS_WORDS.get(row["status"], row["status"]),
        trend_text(row),
        row["next_checkin"] or row["closed_on"] or "-",
        str(row["open_items"]),
        row["id"],
    ]


def show_timeline(data: dict[str, Any], name: str) -> None:
    """A thread, then note by note what each said about it, then its items now."""
    lines = [f"# {data['goal'] or data['topic'] or data['id']}", ""]
    lines.append(f"- **Who:** {name}")
    lines.append(f"- **Focus:** {data['focus'] or '-'}")
    status = STATUS_WORDS.get(data["status"], data["status"])
    if data["closed_on"]:
        status += f" on {data['closed_on']}" + (f": {data['outcome']}" if data["outcome"] else "")
    lines.append(f"- **Status:** {status}")
    if data["measure"]:
        lines.append(f"- **Measure:** {data['measure']['what']}: {trend_text(data)}")
    if data["next_checkin"]:
        lines.append(f"- **Next check-in:** {data['next_checkin']}")
    lines += ["", "## Timeline", ""]
    for entry in data["timeline"]:
        lines.append(f"- **{entry['date']}** {entry['kind']} `{entry['note_id']}`")
        lines += [f"  - {part}" for part in _entry_parts(entry)]
    lines += ["", "## Items", ""]
    for item in data["items"]:
        lines.append(
            f"- [{status_label(item['status'])}] {item['type']}: {item['text']} (`{item['id']}`)"
        )
    if not data["items"]:
        lines.append("No actions or support items in this thread.")
    lines += ["", f"Thread `{data['id']}`"]
    from grow_cli.ui.views.markdown import show_markdown

    show_markdown("\n".join(lines) + "\n")


def _entry_parts(entry: dict[str, Any]) -> list[str]:
    parts = []
    if entry["goal"]:
        parts.append(f"goal: {entry['goal']}")
    for sbi in entry["feedback"]:
        parts.append(f"feedback: {sbi['situation']}: {sbi['behavior']} ({sbi['impact']})")
    parts += [f"reading: {_g(value)}" for value in entry["readings"]]
    if entry["said"]:
        parts.append(f"said: {entry['said']}")
    if entry["outcome"]:
        parts.append(f"outcome: {STATUS_WORDS.get(entry['outcome'], entry['outcome'])}")
    if entry["items_agreed"]:
        parts.append(f"agreed: {plural(len(entry['items_agreed']), 'item')}")
    parts += [f"update `{u['ref']}`: {u['status']}" for u in entry["updates"]]
    return parts

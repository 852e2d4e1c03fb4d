"""`grow person list` as a table, and `grow person show`: a profile and where things stand."""

from __future__ import annotations

from typing import Any

from grow_cli.ui import output


def people_table(people: list[dict[str, Any]]) -> None:
    """One line per person (person_json rows): slug, name, role, cadence."""
    from rich.table import Table

    table = Table("slug", "name", "role", "check-in every", box=None, pad_edge=False)
    for person in people:
        table.add_row(
            person["slug"], person["name"], person["role"], f"{person['cadence_days']} days"
        )
    output.console().print(table)


def person_summary(summary: dict[str, Any]) -> None:
    """The profile, then meetings, the next check-in and the open items (person_summary data)."""
    slug = summary["slug"]
    output.line(f"{summary['name']} ({slug})")
    if summary["role"]:
        output.line(f"Role: {summary['role']}")
    output.line(f"Check-in every {summary['cadence_days']} days")
    if summary["started"]:
        output.line(f"Coaching since {summary['started']}")
    if summary["style"]:
        output.line(f"Style: {summary['style']}")
    counts = summary["conversations"]
    if counts["total"]:
        kinds = ", ".join(_counted(n, k) for k, n in counts.items() if n and k != "total")
        output.line(f"Conversations: {counts['total']} ({kinds})")
        last = summary["last_conversation"]
        output.line(f"Last conversation: {last} ({_days(-summary['days_since_last'])})")
    else:
        output.line(f"No conversations yet. Start with: grow coach {slug}")
    if summary["next_checkin"] is not None:
        when, offset = summary["next_checkin"], summary["days_to_next_checkin"]
        late = ", overdue" if offset < 0 else ""
        output.line(f"Next check-in: {when} ({_days(offset)}{late})")
    for goal in summary["goals"]:
        when = f", check-in {goal['next_checkin']}" if goal["next_checkin"] else ""
        label = goal["goal"] or goal["topic"] or goal["id"]
        output.line(output.hanging("Goal: ", f"{goal['focus'] or '-'}: {label}{when}"))
    output.line(f"Open items: {summary['open_count']}, overdue: {summary['overdue_count']}")
    for item in summary["open_items"]:
        output.line(output.hanging("  - ", _item_line(item)))


def _counted(number: int, kind: str) -> str:
    """'1 coaching', '2 check-ins', '3 feedback'."""
    if kind == "checkin":
        return f"{number} check-in{'s' if number != 1 else ''}"
    return f"{number} {kind}"


def _days(offset: int) -> str:
    """'today', 'in 3 days', '2 days ago'."""
    if offset == 0:
        return "today"
    plural = "s" if abs(offset) != 1 else ""
    return f"in {offset} day{plural}" if offset > 0 else f"{-offset} day{plural} ago"


def _item_line(item: dict[str, Any]) -> str:
    """One open item (item_json): what, for how long overdue or when due, and its status."""
    what = "support" if item["type"] == "support" else "action"
    if item["overdue"]:
        days = item["days_overdue"]
        when = f"overdue by {days} day{'s' if days != 1 else ''}"
    elif item["due"] is not None:
        when = f"due {item['due']}"
    else:
        when = "no due date"
    return f"[{item['status']}] {what}: {item['text']} ({when})"

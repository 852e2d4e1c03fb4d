"""`grow person list` as a table, and `grow person show`: a profile and where things stand."""

from __future__ import annotations

from typing import Any

from grow_cli.domain.vocabulary import status_label
from grow_cli.domain.wording import every, plural
from grow_cli.ui import output


def people_table(people: list[dict[str, Any]], *, show_archived: bool = False) -> None:
    """One line per person (person_json rows): slug, name, role, cadence (and the day each
    archived one left, with `show_archived`)."""
    columns = ["slug", "name", "role", "check-in every"] + (["archived"] if show_archived else [])
    rows = [
        [
            person["slug"],
            person["name"],
            person["role"],
            plural(person["cadence_days"], "day"),
            *([person["archived"] or ""] if show_archived else []),
        ]
        for person in people
    ]
    console = output.console()
    from grow_cli.ui.plain_table import print_plain_table

    # The same bytes as the rich table below, without its cost per cell (200 people: 0.15 s).
    if print_plain_table(console, columns, rows):
        return
    from rich.table import Table

    table = Table(*columns, box=None, pad_edge=False)
    for row in rows:
        table.add_row(*row)
    console.print(table)


def merge_summary(merged: dict[str, Any]) -> None:
    """What `grow person merge` did (its --json data): who into whom, the notes moved, every id
    renamed, the drafts, the profile fields taken, and where the duplicate's files are kept."""
    old, new = merged["from"], merged["into"]
    again = " (finishing the merge stopped earlier)" if merged["resumed"] else ""
    output.line(f"Merged {old['name']} ({old['slug']}) into {new['name']} ({new['slug']}){again}.")
    moved = merged["moved"]
    output.line(f"{len(moved)} note{'s' if len(moved) != 1 else ''} moved to people/{new['slug']}/")
    if merged["ids"]:
        output.line("Ids renamed (with their items' and goals' ids, and every reference to them):")
        for old_id, new_id in merged["ids"].items():
            output.line(f"  {old_id} -> {new_id}")
    for path in merged["rewritten"]:
        output.line(f"References renamed in {path}")
    for draft in merged["drafts_moved"]:
        output.line(f"Draft moved: {draft['from']} -> {draft['to']}")
    for path in merged["drafts_kept"]:
        output.line(f"Draft kept aside (one of that kind was there already): {path}")
    for key, value in merged["folded"].items():
        output.line(f"{new['name']}'s {key} is now {value} (from {old['slug']})")
    if merged["kept_in"]:
        output.line(f"{old['name']}'s profile and original files are kept in {merged['kept_in']}/")


def person_summary(summary: dict[str, Any]) -> None:
    """The profile, then meetings, the next check-in and the open items (person_summary data)."""
    slug = summary["slug"]
    output.line(f"{summary['name']} ({slug})")
    if summary["role"]:
        output.line(f"Role: {summary['role']}")
    output.line(f"Check-in {every(summary['cadence_days'])}")
    if summary["started"]:
        output.line(f"Coaching since {summary['started']}")
    if summary["style"]:
        output.line(f"Style: {summary['style']}")
    if summary["archived"]:
        output.line(f"Archived on {summary['archived']} (out of due, stats and the calendar)")
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
    return f"[{status_label(item['status'])}] {what}: {item['text']} ({when})"

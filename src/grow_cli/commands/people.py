"""`grow person add`, `grow person list` and `grow person show`: the people you coach."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import typer

from grow_cli.commands import environment
from grow_cli.store import paths
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.models import Person
    from grow_cli.records import Records

person_app = typer.Typer(help="Keep the people you coach.", no_args_is_help=True)


@person_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help='Their name as you write it, e.g. "Alex Kim".')],
    role: Annotated[str, typer.Option(help="Their role, e.g. 'Support engineer'.")] = "",
    cadence: Annotated[int, typer.Option(help="Days between check-ins.", min=1, max=365)] = 7,
    started: Annotated[
        str | None,
        typer.Option(help="When you started coaching them (a date or phrase; default today)."),
    ] = None,
    style: Annotated[str, typer.Option(help="How they like to be coached, in a few words.")] = "",
    slug: Annotated[
        str | None,
        typer.Option(help="Folder name to use instead of one made from the name (e.g. li-lei)."),
    ] = None,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Add a person to coach; their notes go in people/<slug>/."""
    from grow_cli.domain.models import Person
    from grow_cli.store import people
    from grow_cli.validation import validated

    env = environment(ctx)
    locations = paths.resolve(env)
    paths.ensure_notes_dir(locations)
    person = validated(
        Person,
        {
            "name": name,
            "role": role,
            "cadence_days": cadence,
            "started": started or env.today,
            "style": style,
        },
        today=env.today,
        what="person",
    )
    known = people.add(locations, person, slug)
    if json_:
        output.print_json({"slug": known.slug, **person.model_dump(mode="json", exclude_none=True)})
        return
    output.line(
        f"Added {person.name} as '{known.slug}' in {people.person_dir(locations, known.slug)}"
    )


@person_app.command("list")
def list_people(
    ctx: typer.Context,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """List the people you coach."""
    from grow_cli.store import people

    locations = paths.resolve(environment(ctx))
    found, warnings = people.list_all(locations)
    for warning in warnings:
        output.warning(warning)
    if json_:
        output.print_json(
            [{"slug": p.slug, **p.person.model_dump(mode="json", exclude_none=True)} for p in found]
        )
        return
    if not found:
        output.line('Nobody yet. Add someone with: grow person add "NAME"')
        return
    from rich.table import Table

    table = Table("slug", "name", "role", "check-in every", box=None, pad_edge=False)
    for known in found:
        person = known.person
        table.add_row(known.slug, person.name, person.role, f"{person.cadence_days} days")
    output.console().print(table)


@person_app.command("show")
def show(
    ctx: typer.Context,
    person: Annotated[str, typer.Argument(help="The person's name or slug.")],
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """A person's profile and where things stand: conversations by kind, open and overdue items,
    the last conversation and the next check-in."""
    from grow_cli.commands.history import load_records
    from grow_cli.store import people

    env = environment(ctx)
    locations = paths.resolve(env)
    known = people.find(locations, person)
    found = load_records(locations)
    summary = _summary(found, known.slug, env.today)
    if json_:
        profile = known.person.model_dump(mode="json", exclude_none=True)
        output.print_json({"slug": known.slug, **profile, **summary})
        return
    _print_profile(known.slug, known.person)
    _print_summary(known.slug, summary)


def _summary(found: Records, slug: str, today: dt.date) -> dict[str, Any]:
    """Counts and dates for `person show`, as JSON-ready values."""
    from grow_cli.commands.history import item_facts
    from grow_cli.domain.ledger import CONVERSATION_KINDS

    notes = found.ledger.notes_of(slug)
    by_kind = {kind: sum(1 for n in notes if n.kind == kind) for kind in CONVERSATION_KINDS}
    open_items = sorted(
        (item for item in found.ledger.for_person(slug) if item.open),
        key=lambda item: (item.due is None, item.due or today),
    )
    rhythm = found.rhythm_of(slug)
    next_date = rhythm.next_checkin
    return {
        "conversations": {**by_kind, "total": sum(by_kind.values())},
        "open_count": len(open_items),
        "overdue_count": sum(1 for item in open_items if item.overdue(today)),
        "last_conversation": rhythm.last_date,
        "days_since_last": rhythm.days_since_last(today),
        "next_checkin": next_date,
        "days_to_next_checkin": None if next_date is None else (next_date - today).days,
        "open_items": [item_facts(item, today) for item in open_items],
    }


def _print_profile(slug: str, person: Person) -> None:
    output.line(f"{person.name} ({slug})")
    if person.role:
        output.line(f"Role: {person.role}")
    output.line(f"Check-in every {person.cadence_days} days")
    if person.started:
        output.line(f"Coaching since {person.started.isoformat()}")
    if person.style:
        output.line(f"Style: {person.style}")


def _print_summary(slug: str, summary: dict[str, Any]) -> None:
    counts = summary["conversations"]
    if counts["total"]:
        kinds = ", ".join(_counted(n, k) for k, n in counts.items() if n and k != "total")
        output.line(f"Conversations: {counts['total']} ({kinds})")
        last = summary["last_conversation"].isoformat()
        output.line(f"Last conversation: {last} ({_days(-summary['days_since_last'])})")
    else:
        output.line(f"No conversations yet. Start with: grow coach {slug}")
    if summary["next_checkin"] is not None:
        when, offset = summary["next_checkin"].isoformat(), summary["days_to_next_checkin"]
        late = ", overdue" if offset < 0 else ""
        output.line(f"Next check-in: {when} ({_days(offset)}{late})")
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
    """One open item: what, for how long overdue or when due, and its status."""
    what = "support" if item["type"] == "support" else "action"
    if item["overdue"]:
        days = item["days_overdue"]
        when = f"overdue by {days} day{'s' if days != 1 else ''}"
    elif item["due"] is not None:
        when = f"due {item['due'].isoformat()}"
    else:
        when = "no due date"
    return f"[{item['status']}] {what}: {item['text']} ({when})"


def register(app: typer.Typer) -> None:
    """Add the `person` group to the app."""
    app.add_typer(person_app, name="person")

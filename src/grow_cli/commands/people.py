"""`grow person add`, `grow person list` and `grow person show`: the people you coach."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.options import JsonOption, PersonArgument, environment
from grow_cli.ui import output

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
    json_: JsonOption = False,
) -> None:
    """Add a person to coach; their notes go in people/<slug>/."""
    from grow_cli.app import people, records
    from grow_cli.app.serialize import person_json

    env = environment(ctx)
    locations = records.locations(env)
    known = people.add(
        locations,
        name=name,
        today=env.today,
        role=role,
        cadence_days=cadence,
        started=started,
        style=style,
        slug=slug,
    )
    if json_:
        output.print_json(person_json(known.slug, known.person))
        return
    folder = people.person_dir(locations, known.slug)
    output.line(f"Added {known.person.name} as '{known.slug}' in {folder}")


@person_app.command("list")
def list_people(ctx: typer.Context, json_: JsonOption = False) -> None:
    """List the people you coach."""
    from grow_cli.app import people, records
    from grow_cli.app.serialize import person_json

    found = people.list_all(records.locations(environment(ctx)))
    rows = [person_json(known.slug, known.person) for known in found]
    if json_:
        output.print_json(rows)
        return
    if not rows:
        output.line('Nobody yet. Add someone with: grow person add "NAME"')
        return
    from grow_cli.ui.views.people import people_table

    people_table(rows)


@person_app.command("show")
def show(ctx: typer.Context, person: PersonArgument, json_: JsonOption = False) -> None:
    """A person's profile and where things stand: conversations by kind, open and overdue items,
    the last conversation and the next check-in."""
    from grow_cli.app import people, records
    from grow_cli.app.reports import person_summary

    env = environment(ctx)
    people.find(records.locations(env), person)  # an unknown name fails before the folder is read
    summary = person_summary(records.read(env), person, env.today)
    if json_:
        output.print_json(summary)
        return
    from grow_cli.ui.views.people import person_summary as show_summary

    show_summary(summary)


def register(app: typer.Typer) -> None:
    """Add the `person` group to the app."""
    app.add_typer(person_app, name="person")

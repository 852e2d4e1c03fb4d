"""`grow person add` and `grow person list`: the people you coach."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.commands import environment
from grow_cli.store import paths
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


def register(app: typer.Typer) -> None:
    """Add the `person` group to the app."""
    app.add_typer(person_app, name="person")

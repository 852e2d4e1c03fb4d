"""`grow person ...`: the people you coach. add, list, show; edit a profile; archive someone who
left (and unarchive); merge a duplicate into the person it duplicates; remove someone."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.errors import UsageError
from grow_cli.options import InteractiveOption, JsonOption, PersonArgument, environment
from grow_cli.ui import output

person_app = typer.Typer(
    help="Keep the people you coach. PERSON is a slug, a name (any case; accents optional), a "
    "first name, or the start of one: 'priya', 'Tomas', \"שרה כהן\".",
    no_args_is_help=True,
)
YesOption = Annotated[
    bool,
    typer.Option(
        "--yes",
        "-y",
        help="Do it without asking (for scripts). Name people by exact slug or name then.",
    ),
]
CadenceOption = Annotated[
    int | None,
    typer.Option("--cadence", metavar="DAYS", help="Days between check-ins.", min=1, max=365),
]


@person_app.command("add")
def add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help='Their name as you write it, e.g. "Alex Kim".')],
    role: Annotated[str, typer.Option(help="Their role, e.g. 'Support engineer'.")] = "",
    cadence: Annotated[
        int, typer.Option(metavar="DAYS", help="Days between check-ins.", min=1, max=365)
    ] = 7,
    started: Annotated[
        str | None,
        typer.Option(
            metavar="DATE", help="When you started coaching them (a date or phrase; default today)."
        ),
    ] = None,
    style: Annotated[
        str,
        typer.Option(
            help="How they like to be coached: high-autonomy (outcomes, freedom of method), "
            "collaboration-oriented (the team around them) or detail-focused (exact numbers "
            "and steps); other words are kept, and steer the hints when they name one of these."
        ),
    ] = "",
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
    for other in people.look_alikes(locations, known):
        output.notice(
            f"{other.person.name} ({other.slug}) is in your notes already. If that is the same "
            f"person: grow person merge {known.slug} {other.slug}"
        )


@person_app.command("list")
def list_people(
    ctx: typer.Context,
    all_: Annotated[
        bool, typer.Option("--all", help="Archived people too, marked with the day they left.")
    ] = False,
    json_: JsonOption = False,
) -> None:
    """List the people you coach (archived ones only with --all)."""
    from grow_cli.app import records
    from grow_cli.app.people_list import person_rows

    rows = person_rows(records.locations(environment(ctx)), include_archived=all_)
    if json_:
        output.print_json(rows)
        return
    if not rows:
        output.line('Nobody yet. Add someone with: grow person add "NAME"')
        return
    from grow_cli.ui.views.people import people_table

    people_table(rows, show_archived=all_)


@person_app.command("show")
def show(ctx: typer.Context, person: PersonArgument, json_: JsonOption = False) -> None:
    """A person's profile and where things stand: conversations by kind, open and overdue items,
    the last conversation and the next check-in."""
    from grow_cli.app import people, person_view, records
    from grow_cli.app.reports import person_summary

    env = environment(ctx)
    summary = person_view.read_one(env, person)  # from what the index keeps of them
    if summary is None:
        # An unknown name fails before the folder is read.
        people.find(records.locations(env), person)
        summary = person_summary(records.read_person(env, person), person, env.today)
    if json_:
        output.print_json(summary)
        return
    from grow_cli.ui.views.people import person_summary as show_summary

    show_summary(summary)


@person_app.command("edit")
def edit(
    ctx: typer.Context,
    person: PersonArgument,
    name: Annotated[str | None, typer.Option(help="Their name as you write it.")] = None,
    role: Annotated[str | None, typer.Option(help="Their role ('' clears it).")] = None,
    cadence: CadenceOption = None,
    started: Annotated[
        str | None,
        typer.Option(
            metavar="DATE", help="When you started coaching them: a date, or e.g. '2 weeks ago'."
        ),
    ] = None,
    style: Annotated[
        str | None,
        typer.Option(
            help="How they like to be coached: high-autonomy, collaboration-oriented or "
            "detail-focused ('' clears it)."
        ),
    ] = None,
    email: Annotated[
        str | None,
        typer.Option(help="Their e-mail address, for 'grow followup --mailto' ('' clears it)."),
    ] = None,
    interactive: InteractiveOption = None,
    json_: JsonOption = False,
) -> None:
    """Change a profile: only the fields given change, checked as 'person add' checks them.

    The slug, and so the folder people/<slug>/ and every note id, stays as it is, also when the
    name changes. At a terminal with no option given, each field is asked in turn with its
    current value as the default. --json prints the person (as 'person add --json' does)."""
    from grow_cli.app import people, people_admin, records
    from grow_cli.app.serialize import person_json

    env = environment(ctx)
    locations = records.locations(env)
    values = {
        "name": name,
        "role": role,
        "cadence_days": cadence,
        "started": started,
        "style": style,
        "email": email,
    }
    if all(value is None for value in values.values()):
        prompting = env.interactive if interactive is None else interactive
        if not prompting:
            raise UsageError(
                "Give what to change: --name, --role, --cadence, --started, --style or --email.",
                hint="At a terminal, 'grow person edit PERSON' asks each in turn.",
            )
        values = people_admin.ask_edits(people.find(locations, person), env.today)
    edited, changes = people_admin.edit(locations, person, env.today, values)
    if json_:
        output.print_json(person_json(edited.slug, edited.person))
        return
    who = f"{edited.person.name} ({edited.slug})"
    if not changes:
        output.line(f"Nothing changed for {who}.")
        return
    output.line(f"Changed {who}:")
    for change in changes:
        output.line(f"  {change}")
    if any(change.field == "name" for change in changes):
        folder = people.person_dir(locations, edited.slug)
        output.line(f"Their folder stays {folder}: the slug '{edited.slug}' keeps its name.")


def _archive(ctx: typer.Context, person: str, *, undo: bool, json_: bool) -> None:
    from grow_cli.app import people_admin, records
    from grow_cli.app.serialize import person_json

    env = environment(ctx)
    known, changed = people_admin.archive(records.locations(env), person, env.today, undo=undo)
    if json_:
        output.print_json(person_json(known.slug, known.person))
        return
    who = f"{known.person.name} ({known.slug})"
    since = known.person.archived.isoformat() if known.person.archived else ""
    if undo:
        output.line(
            f"{who} is back: in grow due, stats, goals and the calendar again."
            if changed
            else f"{who} is not archived."
        )
    elif changed:
        output.line(
            f"Archived {who} on {since}: out of grow due, stats, goals, actions, the calendar "
            "and 'person list'; their notes are kept (grow history and grow show still work)."
        )
        output.line(f"Undo with: grow person unarchive {known.slug}")
    else:
        output.line(f"{who} is already archived (since {since}).")


@person_app.command("archive")
def archive(
    ctx: typer.Context,
    person: PersonArgument,
    undo: Annotated[
        bool, typer.Option("--undo", help="Bring them back (as 'grow person unarchive').")
    ] = False,
    json_: JsonOption = False,
) -> None:
    """Archive someone who left the team: archived = <today> in their person.toml.

    They drop out of grow due, stats, report, goals and actions (across everyone), the calendar
    export and 'person list' (see them with --all); grow holds no new conversations with them.
    Their notes stay where they are: grow history, show, search, person show and the views
    named for them still work."""
    _archive(ctx, person, undo=undo, json_=json_)


@person_app.command("unarchive")
def unarchive(ctx: typer.Context, person: PersonArgument, json_: JsonOption = False) -> None:
    """Bring an archived person back into every view."""
    _archive(ctx, person, undo=True, json_=json_)


@person_app.command("merge")
def merge(
    ctx: typer.Context,
    duplicate: Annotated[
        str,
        typer.Argument(metavar="DUPLICATE", help="The duplicate, whose notes move ('P. Shah')."),
    ],
    keep: Annotated[
        str, typer.Argument(metavar="KEEP", help="The person who stays (e.g. priya-shah).")
    ],
    yes: YesOption = False,
    interactive: InteractiveOption = None,
    json_: JsonOption = False,
) -> None:
    """Merge DUPLICATE into KEEP, for someone added twice: KEEP stays, DUPLICATE goes.

    Every note of DUPLICATE moves into KEEP's folder, about KEEP; a file name KEEP already has
    gets the next free one (-2, -3 ...). Note ids, the ids of their items and goals, and every
    reference to them in later notes and drafts are renamed to match, so ids stay unique and
    check-ins still point at their items. DUPLICATE's drafts move to KEEP where KEEP has none of
    that kind. KEEP's profile takes the earlier start date, and a role or style it lacks.
    DUPLICATE's profile and original files are kept in a folder of <notes>/merged/ with
    merge.toml, a record of every file and id renamed. Stopped half way (a crash),
    the same command again finishes it. Asks first at a terminal; --yes for scripts."""
    from grow_cli.app import merging, people_admin, records

    env = environment(ctx)
    locations = records.locations(env)
    pair = merging.pair(locations, duplicate, keep)
    people_admin.insist_on_exact(pair.duplicate, duplicate, yes=yes, command="person merge")
    people_admin.insist_on_exact(pair.keep, keep, yes=yes, command="person merge")
    old, new = pair.duplicate, pair.keep
    drafts = f", {pair.drafts} draft{'s' if pair.drafts != 1 else ''}" if pair.drafts else ""
    people_admin.confirm(
        f"Merge {old.person.name} ({old.slug}: {pair.notes} note{'s' if pair.notes != 1 else ''}"
        f"{drafts}) into {new.person.name} ({new.slug})? {new.person.name} is kept; "
        f"{old.person.name}'s notes move to people/{new.slug}/.",
        yes=yes,
        prompting=env.interactive if interactive is None else interactive,
        without_terminal=UsageError(
            "grow person merge asks before it merges, and this is not a terminal.",
            hint="Add --yes to merge without asking: "
            f"grow person merge {old.slug} {new.slug} --yes",
        ),
    )
    report = merging.merge(locations, pair, env.today)
    data = report.to_json(locations)
    if json_:
        output.print_json(data)
        return
    from grow_cli.ui.views.people import merge_summary

    merge_summary(data)


@person_app.command("remove")
def remove(
    ctx: typer.Context,
    person: PersonArgument,
    yes: YesOption = False,
    interactive: InteractiveOption = None,
) -> None:
    """Remove someone: their folder (profile and every note) and their drafts leave people/.

    Nothing is deleted: they are moved into <notes>/removed/<slug>-<date>/, and moving the
    folder back into people/ restores them (their drafts/ back into .grow/drafts/). Asks first
    at a terminal, saying what goes; --yes for scripts. Someone who only left the team is better
    archived ('grow person archive'): their notes stay in view."""
    from grow_cli.app import people_admin, records

    env = environment(ctx)
    locations = records.locations(env)
    taken = people_admin.removal(locations, person)
    known = taken.known
    people_admin.insist_on_exact(known, person, yes=yes, command="person remove")
    people_admin.confirm(
        f"Remove {known.person.name} ({known.slug}): {taken.summary()}? They are moved to "
        f"{locations.removed_dir}/, not deleted.",
        yes=yes,
        prompting=env.interactive if interactive is None else interactive,
        without_terminal=UsageError(
            "grow person remove asks before it removes anyone, and this is not a terminal.",
            hint=f"Add --yes to remove them without asking: grow person remove {known.slug} --yes",
        ),
    )
    kept = people_admin.remove(locations, taken, env.today)
    output.line(f"Removed {known.person.name} ({known.slug}): {taken.summary()} moved to {kept}.")
    restore = f"To restore them, move {kept / known.slug} back into {locations.people_dir}"
    if taken.drafts:
        restore += f", and the files in {kept / 'drafts'} into {locations.cache_dir / 'drafts'}"
    output.line(f"{restore}.")


def register(app: typer.Typer) -> None:
    """Add the `person` group to the app."""
    app.add_typer(person_app, name="person")

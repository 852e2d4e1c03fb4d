"""`grow agenda PERSON [add TEXT]`: talking points for the next 1:1, yours or theirs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from grow_cli.errors import UsageError
from grow_cli.options import JsonOption, PersonArgument, environment
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.agenda import PointState

ADD = "add"
BY_HELP = (
    "Whose point it is: 'me' (yours, the default) or 'them' (theirs, e.g. sent to you in chat)."
)


def agenda(
    ctx: typer.Context,
    person: PersonArgument,
    action: Annotated[
        str | None, typer.Argument(help="'add' to add a talking point.", metavar="[add]")
    ] = None,
    text: Annotated[
        list[str] | None, typer.Argument(help="The talking point's words.", metavar="[TEXT]")
    ] = None,
    by: Annotated[str | None, typer.Option("--by", help=BY_HELP, metavar="me|them")] = None,
    theirs: Annotated[
        bool, typer.Option("--theirs", help="Theirs: the same as --by them.")
    ] = False,
    all_: Annotated[
        bool, typer.Option("--all", help="List discussed points too, with when.")
    ] = False,
    json_: JsonOption = False,
) -> None:
    """Talking points for the next 1:1: 'grow agenda PERSON add TEXT' adds one at any time
    (yours, or theirs with --theirs), 'grow agenda PERSON' lists those still open, oldest
    first. prep shows them first; coach, checkin and 1on1 ask which were discussed, and the
    others carry over. Each point is a small file in the person's folder, never rewritten."""
    from grow_cli.app import agenda as use_case
    from grow_cli.app.serialize import point_json
    from grow_cli.domain.vocabulary import POINT_BY_WORDS

    env = environment(ctx)
    if action is None:
        if text or by is not None or theirs:
            raise UsageError("To add a talking point: grow agenda PERSON add TEXT.")
        known, found = use_case.listing(env, person)
        shown = found if all_ else [state for state in found if state.open]
        if json_:
            output.print_json([point_json(state, known.slug) for state in shown])
            return
        _show(known.person.name, known.slug, shown, all_=all_)
        return
    if action != ADD:
        raise UsageError(
            f"{action!r}: grow agenda PERSON lists their talking points, and "
            "grow agenda PERSON add TEXT adds one."
        )
    if by is not None and by not in POINT_BY_WORDS:
        raise UsageError(f"--by {by!r}: use me (yours) or them (theirs).")
    if theirs and by == "me":
        raise UsageError("--theirs and --by me say different things: give one.")
    whose = POINT_BY_WORDS["them" if theirs else by or "me"]
    known, state = use_case.add(env, person, " ".join(text or []), whose)
    if json_:
        output.print_json(point_json(state, known.slug))
        return
    owner = "your" if state.whose == "mine" else "their"
    output.line(f"Added {owner} talking point for {known.person.name}: {state.point.id}")


def _show(name: str, slug: str, shown: list[PointState], *, all_: bool) -> None:
    from grow_cli.app.agenda import discussed_line

    if not shown:
        which = "talking points" if all_ else "open talking points"
        output.line(f"No {which} for {name}. Add one: grow agenda {slug} add TEXT")
        return
    output.line(f"Talking points for {name}" + ("" if all_ else " (still open, oldest first)"))
    for state in shown:
        point = state.point
        status = f" [{discussed_line(state)}]" if all_ else ""
        # The status inside the wrapped words, so a line never runs past the terminal.
        output.line(
            output.hanging(
                f"  {point.date}  {state.whose:<6}  ", f"{point.text}{status}  {point.id}"
            )
        )


def register(app: typer.Typer) -> None:
    """Add `grow agenda` to the app."""
    app.command("agenda")(agenda)

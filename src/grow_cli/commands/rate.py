"""`grow rate`: how helpful the report found a conversation, from their reply to the follow-up."""

from __future__ import annotations

from typing import Annotated

import typer

from grow_cli.options import JsonOption, environment


def rate(
    ctx: typer.Context,
    person: Annotated[str, typer.Argument(help="Who rated it (name or slug).", metavar="PERSON")],
    score: Annotated[
        int,
        typer.Argument(help="Their rating, 1 (not helpful) to 5 (very helpful).", metavar="1-5"),
    ],
    comment: Annotated[
        str, typer.Option("--comment", "-c", help="Their words, if they gave any.")
    ] = "",
    about: Annotated[
        str | None,
        typer.Option(
            "--about",
            help="The note id of the conversation rated (default: their latest).",
            metavar="NOTE",
        ),
    ] = None,
    json_: JsonOption = False,
) -> None:
    """Record how helpful PERSON found a conversation, 1 to 5, with their words.

    Use it when their rating comes back in a reply to the follow-up message (which asks for it);
    at a check-in, grow asks for it itself. The rating is a note of its own (kind "rating") in
    their folder: the conversation's note is not changed. Ratings show in prep, stats and the
    report: the only measure of your coaching that comes from them.
    """
    from grow_cli.app.ratings import rate as record

    record(environment(ctx), person, score, comment, about, as_json=json_)


def register(app: typer.Typer) -> None:
    """Add `grow rate` to the app."""
    app.command("rate")(rate)

"""`grow stats` and `grow report --html FILE`: how coaching is going, in the terminal or as one
self-contained HTML page (inline SVG bars, no scripts, no network)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from grow_cli.errors import UsageError
from grow_cli.options import JsonOption, date_option, environment
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.stats import Stats

REPORT_TEMPLATE = "report.html.j2"

SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since", metavar="DATE", help="First day counted (YYYY-MM-DD, or e.g. '30 days ago')."
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option(
        "--until",
        metavar="DATE",
        help="Last day counted (YYYY-MM-DD, 'yesterday', '7 days ago'; default today).",
    ),
]


def _stats(ctx: typer.Context, since: str | None, until: str | None) -> Stats:
    from grow_cli.app import records, reports, stats_view
    from grow_cli.domain.stats_facts import Period

    env = environment(ctx)
    end = date_option("--until", until, env.today) or env.today
    start = date_option("--since", since, env.today)
    period = Period(start, end) if start else Period.ending(end)
    if period.since > period.until:
        raise UsageError(f"--since {period.since} is after --until {period.until}.")
    kept = stats_view.read_stats(env, period)
    if kept is not None:
        return kept
    return reports.stats(records.read(env), period, env.today)


def stats(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    json_: JsonOption = False,
) -> None:
    """How coaching is going: conversations, check-ins kept against each person's cadence,
    actions, the mix of performance, development and career coaching, and how it is spread
    across people; then what is worth a look (one person getting most of the conversations,
    mostly corrective coaching, no development conversation in 60 days, late support that an
    action waits on). Default period: the last 90 days up to today.

    --json prints {"period", "people", "team", "flags"}.
    """
    found = _stats(ctx, since, until)
    if json_:
        output.print_json(found.to_dict())
        return
    from grow_cli.ui.views.stats import show_stats

    show_stats(found)


def report(
    ctx: typer.Context,
    html: Annotated[
        str,
        typer.Option(
            "--html",
            metavar="FILE",
            help="Write the report here ('-' writes to standard output). An earlier report at "
            "the same path is replaced.",
        ),
    ],
    since: SinceOption = None,
    until: UntilOption = None,
    include_private: Annotated[
        bool,
        typer.Option(
            "--include-private",
            help="Also list the topics of career conversations (left out by default, so the "
            "page can be shared).",
        ),
    ] = False,
) -> None:
    """The numbers of 'grow stats' as one self-contained HTML page to open in a browser or
    share: people in order of need, missed check-ins, conversations per week, bar charts as
    inline SVG (no scripts, fonts or network). Career topics stay out unless --include-private.
    """
    from grow_cli.app import files, records
    from grow_cli.ui.render import render
    from grow_cli.ui.views.report import report_context

    found = _stats(ctx, since, until)
    text = render(
        records.locations(environment(ctx)),
        REPORT_TEMPLATE,
        **report_context(found, include_private=include_private),
        generated=environment(ctx).today.isoformat(),
    )
    target = files.deliver(html, text, example="report.html")
    if target is None:
        return
    output.line(f"Wrote the report to {target}")


def register(app: typer.Typer) -> None:
    """Add `grow stats` and `grow report` to the app."""
    app.command("stats")(stats)
    app.command("report")(report)

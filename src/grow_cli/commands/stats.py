"""`grow stats` and `grow report --html FILE`: how coaching is going, in the terminal or as one
self-contained HTML page (inline SVG bars, no scripts, no network)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from grow_cli.commands import date_option, environment, write_file_option
from grow_cli.errors import UsageError
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.stats import Stats

REPORT_TEMPLATE = "report.html.j2"
SVG_WIDTH = 240

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
    from grow_cli.commands.cycle import load_records
    from grow_cli.domain.stats import Period, compute

    today = environment(ctx).today
    end = date_option("--until", until, today) or today
    start = date_option("--since", since, today)
    period = Period(start, end) if start else Period.ending(end)
    if period.since > period.until:
        raise UsageError(f"--since {period.since} is after --until {period.until}.")
    records = load_records(ctx)
    return compute(records.ledger, records.people, period, today)


def stats(
    ctx: typer.Context,
    since: SinceOption = None,
    until: UntilOption = None,
    json_: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """How coaching is going: conversations, check-ins kept against each person's cadence,
    actions, the mix of performance, development and career coaching, and how it is spread
    across people. Default period: the last 90 days up to today.

    --json prints {"period", "people", "team", "flags"}.
    """
    found = _stats(ctx, since, until)
    if json_:
        output.print_json(found.to_dict())
        return
    _show(found)


def _show(found: Stats) -> None:
    from rich.markup import escape
    from rich.table import Table

    from grow_cli.domain.stats import bar

    period = found.period
    console = output.console()
    console.print(
        f"Coaching from {period.since} to {period.until} ({period.days} days)", markup=False
    )
    if not found.people:
        output.line("No people yet: add someone with 'grow person add NAME'.")
        return
    most = max(p.conversations for p in found.people)
    people = Table(title="People", title_justify="left", pad_edge=False)
    for column in ("person", "conversations", "check-ins", "days since", "kept/expected"):
        people.add_column(column)
    people.add_column("actions agreed/done/overdue")
    people.add_column("perf/dev/career")
    for p in found.people:
        share = p.focus_share()
        people.add_row(
            escape(p.name),
            f"{p.conversations:>3} {bar(p.conversations, most, 12)}",
            str(p.checkins),
            "-" if p.days_since_last is None else str(p.days_since_last),
            f"{p.kept}/{p.expected:g}",
            f"{p.actions_agreed}/{p.actions_done}/{p.actions_overdue}",
            " ".join(f"{share[k]:.0%}" for k in ("performance", "development", "career")),
        )
    console.print(people)
    team = Table(title="Team", title_justify="left", show_header=False, pad_edge=False)
    team.add_column("what")
    team.add_column("value")
    team.add_row("conversations", str(found.conversations))
    team.add_row("per week", f"{found.per_week:g}")
    team.add_row("check-ins", str(found.checkins))
    team.add_row("distinct topics", str(len(found.topics)))
    team.add_row("distinct tags", str(len(found.tags)))
    team.add_row("people with development coaching", str(found.development_people))
    for p in found.people:
        team.add_row(f"share: {escape(p.name)}", f"{p.share:>4.0%} {bar(p.share, 1.0, 20)}")
    console.print(team)
    for flag in found.flags:
        console.print(f"! {flag.message}", markup=False, style="yellow")


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
) -> None:
    """The numbers of 'grow stats' as one self-contained HTML page (bar charts as inline SVG,
    no scripts, fonts or network) to open in a browser or share."""
    from grow_cli.store import paths
    from grow_cli.ui.render import render

    found = _stats(ctx, since, until)
    locations = paths.resolve(environment(ctx))
    text = render(
        locations,
        REPORT_TEMPLATE,
        stats=found,
        data=found.to_dict(),
        charts=charts(found),
        generated=environment(ctx).today.isoformat(),
    )
    target = write_file_option(html, text, example="report.html")
    if target is None:
        return
    output.line(f"Wrote the report to {target}")


def charts(found: Stats) -> dict[str, list[dict[str, Any]]]:
    """Bar lengths (in SVG units, of SVG_WIDTH) for the report's charts."""
    most = max((p.conversations for p in found.people), default=0)
    most_actions = max((p.actions_agreed for p in found.people), default=0)

    def length(value: float, maximum: float) -> float:
        return round(value / maximum * SVG_WIDTH, 1) if maximum > 0 else 0.0

    return {
        "conversations": [
            {"name": p.name, "value": p.conversations, "width": length(p.conversations, most)}
            for p in found.people
        ],
        "share": [
            {"name": p.name, "value": f"{p.share:.0%}", "width": length(p.share, 1.0)}
            for p in found.people
        ],
        "actions": [
            {
                "name": p.name,
                "value": f"{p.actions_done}/{p.actions_agreed}",
                "width": length(p.actions_agreed, most_actions),
                "done": length(p.actions_done, most_actions),
            }
            for p in found.people
        ],
    }


def register(app: typer.Typer) -> None:
    """Add `grow stats` and `grow report` to the app."""
    app.command("stats")(stats)
    app.command("report")(report)

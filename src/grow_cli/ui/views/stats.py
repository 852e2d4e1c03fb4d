"""`grow stats` as tables with text bars, and the bar lengths of `grow report --html`'s charts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grow_cli.domain.vocabulary import FOCUSES
from grow_cli.domain.wording import plural
from grow_cli.ui import output

if TYPE_CHECKING:
    from collections.abc import Sequence

    from grow_cli.domain.stats import PersonStats, Stats

BAR_BLOCKS = " ▏▎▍▌▋▊▉█"
PEOPLE_LEGEND = (
    "since: days since the last meeting; kept: check-ins kept/expected at their cadence; "
    "actions: agreed/done/overdue; goals: opened/closed; focus: performance/development/career"
)
SVG_WIDTH = 240
FLAGS_HEADING = "Worth a look"


def bar(value: float, maximum: float, width: int = 20) -> str:
    """A unicode bar `value / maximum` of `width` characters long, in eighths ('█████▌')."""
    if maximum <= 0 or value <= 0:
        return ""
    eighths = round(min(value / maximum, 1.0) * width * 8)
    full, rest = divmod(eighths, 8)
    return "█" * full + (BAR_BLOCKS[rest] if rest else "")


def show_stats(found: Stats) -> None:
    """The period, a table per person, the team's numbers and, when there are any, the flags
    under "Worth a look"."""
    period = found.period
    console = output.console()
    console.print(
        f"Coaching from {period.since} to {period.until} ({plural(period.days, 'day')})",
        markup=False,
    )
    if not found.people:
        output.line("No people yet: add someone with 'grow person add NAME'.")
        return
    console.print(_people_table(found))
    console.print(PEOPLE_LEGEND, markup=False, style="dim")
    console.print(_team_table(found))
    if found.flags:
        console.print()
        console.print(FLAGS_HEADING, markup=False, style="bold")
        console.print(_flags_list(found))


def _flags_list(found: Stats) -> Any:
    """One "! sentence" per flag; a sentence that wraps stays indented under its first line."""
    from rich.table import Table
    from rich.text import Text

    flags = Table.grid(padding=(0, 1))
    flags.add_column(no_wrap=True)
    flags.add_column()
    for flag in found.flags:
        flags.add_row("!", Text(flag.message), style="yellow")
    return flags


def _people_table(found: Stats) -> Any:
    from rich.markup import escape
    from rich.table import Table

    most = max(p.conversations for p in found.people)
    from grow_cli.ui.views.layout import is_narrow

    # On 80 columns a shorter bar leaves room for whole names and headers.
    bar_width = 4 if is_narrow() else 12
    people = Table(title="People", title_justify="left", box=None, pad_edge=False)
    people.add_column("person", no_wrap=True)
    people.add_column("conversations", no_wrap=True)
    for column in ("check-ins", "since", "kept", "actions", "goals", "focus"):
        people.add_column(column, no_wrap=True)
    for p in found.people:
        share = p.focus_share()
        people.add_row(
            escape(p.name),
            f"{p.conversations:>3} {bar(p.conversations, most, bar_width)}",
            str(p.checkins),
            "-" if p.days_since_last is None else str(p.days_since_last),
            f"{p.kept}/{p.expected:g}",
            f"{p.actions_agreed}/{p.actions_done}/{p.actions_overdue}",
            f"{p.threads.opened}/{p.threads.closed}",
            " ".join(f"{share[k]:.0%}" for k in FOCUSES),
        )
    return people


def _team_table(found: Stats) -> Any:
    from rich.markup import escape
    from rich.table import Table

    team = Table(title="Team", title_justify="left", show_header=False)
    team.add_column("what")
    team.add_column("value")
    team.add_row("conversations", str(found.conversations))
    team.add_row("per week", f"{found.per_week:g}")
    team.add_row("check-ins", str(found.checkins))
    team.add_row("check-ins missed now", str(sum(1 for p in found.people if p.checkin_days_missed)))
    team.add_row("distinct topics", str(len(found.topics)))
    team.add_row("distinct tags", str(len(found.tags)))
    team.add_row("people with development coaching", str(found.development_people))
    threads = found.team_threads()
    outcomes = ", ".join(
        f"{count} {outcome.replace('_', ' ')}"
        for outcome, count in threads.outcomes.items()
        if count
    )
    team.add_row(
        "goals opened / closed",
        f"{threads.opened} / {threads.closed}" + (f" ({outcomes})" if outcomes else ""),
    )
    team.add_row("goals active at the end", str(threads.active))
    rated = found.team_ratings()
    if rated["count"]:
        team.add_row(
            "their ratings (1-5)",
            f"mean {rated['mean']:g} of {plural(rated['count'], 'rating')}"
            + "".join(f"; {escape(p.name)} {p.mean_rating:g}" for p in found.people if p.ratings),
        )
    for p in found.people:
        team.add_row(f"share: {escape(p.name)}", f"{p.share:>4.0%} {bar(p.share, 1.0, 20)}")
    return team


def charts(
    found: Stats, order: Sequence[PersonStats] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The bars of the report's charts, for the people in `order` (by default the stats' own):
    `percent` of the chart's width, and `width` (and `done`) in SVG units of SVG_WIDTH, as
    templates written for earlier versions read them."""
    people = found.people if order is None else order
    most = max((p.conversations for p in people), default=0)
    most_actions = max((p.actions_agreed for p in people), default=0)

    def length(value: float, maximum: float, unit: float = SVG_WIDTH) -> float:
        return round(value / maximum * unit, 1) if maximum > 0 else 0.0

    return {
        "conversations": [
            {
                "name": p.name,
                "value": p.conversations,
                "width": length(p.conversations, most),
                "percent": length(p.conversations, most, 100),
            }
            for p in people
        ],
        "share": [
            {
                "name": p.name,
                "value": f"{p.share:.0%}",
                "width": length(p.share, 1.0),
                "percent": length(p.share, 1.0, 100),
            }
            for p in people
        ],
        "actions": [
            {
                "name": p.name,
                "value": f"{p.actions_done}/{p.actions_agreed}",
                "width": length(p.actions_agreed, most_actions),
                "done": length(p.actions_done, most_actions),
                "percent": length(p.actions_agreed, most_actions, 100),
                "done_percent": length(p.actions_done, most_actions, 100),
            }
            for p in people
        ],
    }

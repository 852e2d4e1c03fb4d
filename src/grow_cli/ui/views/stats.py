"""`grow stats` as tables with text bars, and the bar lengths of `grow report --html`'s charts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grow_cli.domain.vocabulary import FOCUSES
from grow_cli.domain.wording import plural
from grow_cli.ui import output
from grow_cli.ui.plain_table import GRID, Frame, print_plain_table

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from grow_cli.domain.stats import PersonStats, Stats

BAR_BLOCKS = " ▏▎▍▌▋▊▉█"
PEOPLE_LEGEND = (
    "since: days since the last meeting; kept: check-ins kept/expected at their cadence; "
    "actions: agreed/done/overdue; goals: opened/closed; focus: performance/development/career"
)
SVG_WIDTH = 240
FLAGS_HEADING = "Worth a look"
PEOPLE_COLUMNS = (
    "person",
    "conversations",
    "check-ins",
    "since",
    "kept",
    "actions",
    "goals",
    "focus",
)
# The tables as rich's Table draws them (the fallbacks below): people under a title, the team
# in rich's default box under one, the flags as a grid in yellow.
PEOPLE_FRAME = Frame(title="People")
TEAM_FRAME = Frame(title="Team", box=True, pad_edge=True)
FLAG_STYLE = "yellow"


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
    # Each table is laid out by ui/plain_table.py when its cells are plain, the same bytes as
    # rich's Table without its cost per cell (200 people: 0.2 s of 0.45 s); else through rich.
    people = _people_rows(found, _as_is)
    if not print_plain_table(
        console, PEOPLE_COLUMNS, people, no_wrap=[True] * len(PEOPLE_COLUMNS), frame=PEOPLE_FRAME
    ):
        console.print(_people_table(_people_rows(found, _escape)))
    console.print(PEOPLE_LEGEND, markup=False, style="dim")
    team = _team_rows(found, _as_is)
    if not print_plain_table(console, None, team, frame=TEAM_FRAME):
        console.print(_team_table(_team_rows(found, _escape)))
    if found.flags:
        console.print()
        console.print(FLAGS_HEADING, markup=False, style="bold")
        flags = [["!", flag.message] for flag in found.flags]
        if not print_plain_table(
            console,
            None,
            flags,
            no_wrap=[True, False],
            frame=GRID,
            row_styles=[FLAG_STYLE] * len(flags),
        ):
            console.print(_flags_list(found))


def _as_is(text: str) -> str:
    return text  # a plain name (ui/plain_table.py's is_plain) is its own markup


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def _flags_list(found: Stats) -> Any:
    """One "! sentence" per flag; a sentence that wraps stays indented under its first line."""
    from rich.table import Table
    from rich.text import Text

    flags = Table.grid(padding=(0, 1))
    flags.add_column(no_wrap=True)
    flags.add_column()
    for flag in found.flags:
        flags.add_row("!", Text(flag.message), style=FLAG_STYLE)
    return flags


def _people_rows(found: Stats, escape: Callable[[str], str]) -> list[list[str]]:
    """The people table's cells, a row per person, names as `escape` gives them."""
    most = max(p.conversations for p in found.people)
    from grow_cli.ui.views.layout import is_narrow

    # On 80 columns a shorter bar leaves room for whole names and headers.
    bar_width = 4 if is_narrow() else 12
    rows = []
    for p in found.people:
        share = p.focus_share()
        rows.append(
            [
                escape(p.name),
                f"{p.conversations:>3} {bar(p.conversations, most, bar_width)}",
                str(p.checkins),
                "-" if p.days_since_last is None else str(p.days_since_last),
                f"{p.kept}/{p.expected:g}",
                f"{p.actions_agreed}/{p.actions_done}/{p.actions_overdue}",
                f"{p.threads.opened}/{p.threads.closed}",
                " ".join(f"{share[k]:.0%}" for k in FOCUSES),
            ]
        )
    return rows


def _people_table(rows: list[list[str]]) -> Any:
    from rich.table import Table

    people = Table(title="People", title_justify="left", box=None, pad_edge=False)
    for column in PEOPLE_COLUMNS:
        people.add_column(column, no_wrap=True)
    for row in rows:
        people.add_row(*row)
    return people


def _team_rows(found: Stats, escape: Callable[[str], str]) -> list[list[str]]:
    """The team table's rows (what, value), names as `escape` gives them."""
    rows = [
        ["conversations", str(found.conversations)],
        ["per week", f"{found.per_week:g}"],
        ["check-ins", str(found.checkins)],
        ["check-ins missed now", str(sum(1 for p in found.people if p.checkin_days_missed))],
        ["distinct topics", str(len(found.topics))],
        ["distinct tags", str(len(found.tags))],
        ["people with development coaching", str(found.development_people)],
    ]
    threads = found.team_threads()
    outcomes = ", ".join(
        f"{count} {outcome.replace('_', ' ')}"
        for outcome, count in threads.outcomes.items()
        if count
    )
    rows.append(
        [
            "goals opened / closed",
            f"{threads.opened} / {threads.closed}" + (f" ({outcomes})" if outcomes else ""),
        ]
    )
    rows.append(["goals active at the end", str(threads.active)])
    rated = found.team_ratings()
    if rated["count"]:
        rows.append(
            [
                "their ratings (1-5)",
                f"mean {rated['mean']:g} of {plural(rated['count'], 'rating')}"
                + "".join(
                    f"; {escape(p.name)} {p.mean_rating:g}" for p in found.people if p.ratings
                ),
            ]
        )
    for p in found.people:
        rows.append([f"share: {escape(p.name)}", f"{p.share:>4.0%} {bar(p.share, 1.0, 20)}"])
    return rows


def _team_table(rows: list[list[str]]) -> Any:
    from rich.table import Table

    team = Table(title="Team", title_justify="left", show_header=False)
    team.add_column("what")
    team.add_column("value")
    for row in rows:
        team.add_row(*row)
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

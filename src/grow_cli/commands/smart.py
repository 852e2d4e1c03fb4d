"""`grow smart`: check goals against SMART and explain each letter.

Kept light on purpose: it imports neither pydantic, questionary nor rich.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from grow_cli.errors import ExitCode, UsageError
from grow_cli.options import environment
from grow_cli.ui import output


def smart(
    ctx: typer.Context,
    text: Annotated[
        str,
        typer.Argument(help="The goal or action to check; '-' reads one goal per line from stdin."),
    ],
    relevant_to: Annotated[
        str | None,
        typer.Option(
            "--relevant-to",
            metavar="TEXT",
            help="What it serves: a team goal or your development.",
        ),
    ] = None,
    confidence: Annotated[
        int | None,
        typer.Option(
            metavar="1-10", help="How sure the person is they can do it, 1 to 10.", min=1, max=10
        ),
    ] = None,
    focus: Annotated[
        str | None,
        typer.Option(
            help="performance, development or career: the examples in the reasons fit it "
            "(a deliverable, an experiment, a step that tests a direction)."
        ),
    ] = None,
    json_: Annotated[
        bool, typer.Option("--json", help="Print JSON (one object per line when reading stdin).")
    ] = False,
) -> None:
    """Check a goal against SMART and say, letter by letter, what is missing.

    Specific fails a wish, effort ("focus on", "work on", "explore"), an improvement of nothing in
    particular ("improve code quality"), an aim put as an action ("protect their focus time",
    "get back into running") and an open object ("the launch stuff"); Measurable
    fails digits that count nothing (a year, a version, a name, "(8/10)") and work with no point
    at which it is done ("clean up the wiki"), and passes a one-off deliverable ("book the room").

    The deadline is read from the words and always shown: weekdays ("by Thursday", "thurs",
    "(Tue)", "EOD Mon", "Thursday the 10th", "the first Friday of each month"; a weekday alone
    is the next one, so on a Friday "by Friday" is a week away), offsets ("in 3 wks", "within 5
    business days", "a week from Friday", "for the next 30 days"), period ends (EOD, EOW, EOM,
    EOQ, "this qtr", "next wk", "end of the second quarter", "through January", "thru H1"),
    dates ("14 Feb", "18.12.", "01/12/2026", "2/3/27", "before it lapses on Saturday": the day
    before) and periods ("the first week of March", "mid-February", "before the holidays"), each
    read as one day. A past event ("the Oct 28 outage") and a meeting named after its day ("the
    Thursday customer sync") are not the deadline. A numeric date whose order is open follows
    date_order in the config file ("DMY" or "MDY"; without it, the locale), the same in every
    goal; "next sprint" needs sprint_days there, else it warns.

    Exit status: 0 when every goal is SMART, 1 when one is not, 2 for usage errors.
    """
    from grow_cli.app.dates import date_settings
    from grow_cli.domain.smart import check_smart
    from grow_cli.ui.views.smart import print_result

    if focus is not None:
        from grow_cli.domain.vocabulary import FOCUSES

        if focus not in FOCUSES:
            raise UsageError(f"--focus must be one of {', '.join(FOCUSES)}, not {focus!r}.")
    env = environment(ctx)
    today = env.today
    goals = _goals_from_stdin() if text == "-" else [text]
    if not goals or not all(goal.strip() for goal in goals):
        raise UsageError('Give a goal to check, e.g. grow smart "Send the report by Friday".')
    # Read once, so every goal of a run reads "01/12/2026" the same way.
    settings = date_settings(env)
    results = [
        check_smart(
            goal,
            today=today,
            relevant_to=relevant_to,
            confidence=confidence,
            date_settings=settings,
            focus=focus,
        )
        for goal in goals
    ]
    for index, result in enumerate(results):
        if json_:
            output.line(output.json_text(result.to_dict()))
        else:
            if index:
                output.line()
            print_result(result)
    if not all(result.smart for result in results):
        raise typer.Exit(int(ExitCode.FAILED))


def _goals_from_stdin() -> list[str]:
    return [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("smart")(smart)

"""What `grow report --html` puts in its template: the stats' JSON (career topics kept back
unless asked for), the people in order of need, the bar charts and the weekly trend."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grow_cli.domain.need import by_need
from grow_cli.ui.views.stats import charts

if TYPE_CHECKING:
    from grow_cli.domain.stats import PersonStats, Stats

TREND_TOP = 22  # px above the tallest column, for its count
TREND_PLOT = 120  # px of the tallest column
TREND_AXIS = 26  # px under the columns, for the dates
TREND_COLUMN = 0.7  # the part of each week's slot its column fills


def report_context(found: Stats, *, include_private: bool = False) -> dict[str, Any]:
    """The template's values: `data` (grow stats --json, its team topics without those of career
    conversations unless `include_private`), `people` (rows by need, domain/need.py), `charts`
    (the bars, by need too), `trend` (conversations per week) and `private` (what was kept back).
    """
    data = found.to_dict()
    hidden = 0 if include_private else max(len(found.topics) - len(found.public_topics), 0)
    if not include_private:
        data["team"]["topics"] = list(found.public_topics)
    ordered = by_need(found.people)
    return {
        "stats": found,
        "data": data,
        "people": [_person_row(person) for person in ordered],
        "charts": charts(found, ordered),
        "trend": trend(found),
        "private": {
            "included": include_private,
            "career_conversations": found.career_conversations,
            "hidden_topics": hidden,
        },
    }


def _person_row(person: PersonStats) -> dict[str, Any]:
    """A person's JSON, and what the people table says about their next check-in."""
    row = person.to_dict()
    row["missed"] = person.checkin_days_missed > 0
    row["short"] = max(person.expected - person.kept, 0)
    return row


def trend(found: Stats) -> dict[str, Any]:
    """The columns of the conversations-per-week chart: x and width in percent of the chart's
    width (so it fits any screen), y and height in px."""
    weeks = found.weekly
    most = max((week.conversations for week in weeks), default=0)
    slot = 100 / len(weeks) if weeks else 100.0
    columns = []
    for number, week in enumerate(weeks):
        height = round(week.conversations / most * TREND_PLOT, 1) if most else 0.0
        columns.append(
            {
                "since": week.since.isoformat(),
                "days": week.days,
                "conversations": week.conversations,
                "partial": week.days < 7,
                "x": round(number * slot + slot * (1 - TREND_COLUMN) / 2, 2),
                "centre": round(number * slot + slot / 2, 2),
                "width": round(slot * TREND_COLUMN, 2),
                "y": round(TREND_TOP + TREND_PLOT - height, 1),
                "height": height,
            }
        )
    return {
        "columns": columns,
        "height": TREND_TOP + TREND_PLOT + TREND_AXIS,
        "baseline": TREND_TOP + TREND_PLOT,
        "label_y": TREND_TOP + TREND_PLOT + 18,
        "most": most,
    }

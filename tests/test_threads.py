"""Coaching threads (issue 12): a scripted month with Tomás, followed goal by goal.

11-02 a performance conversation (first replies, 18 hours now, target 4; check-in 11-09; one
action of the manager's own), 11-04 a career conversation (check-in 12-16), 11-05 SBI feedback on
the performance goal, check-ins on 11-09 and 11-16 with readings, 11-30 the career goal dropped.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from folders import on_day, run_json

SLUG = "tomas-okafor"
PERF = f"{SLUG}/2026-11-02-coaching#t1"
CAREER = f"{SLUG}/2026-11-04-coaching#t1"

PERFORMANCE_TOML = """
focus = "performance"
topic = "First replies on client tickets"
next_checkin = 2026-11-09
[grow]
goal = "Bring the average first reply on client tickets down to 4 hours by 18 December"
reality = "First replies take 18 hours on average"
options = ["Triage at 9 and 14"]
will = "Start the triage on Monday"
[measure]
what = "Average first reply"
unit = "hours"
baseline = 18
target = 4
[[actions]]
text = "Triage the support queue at 9:00 and 14:00 every weekday until 20 November"
relevant_to = "Team target: first reply within 4 hours"
confidence = 7
[[actions]]
text = "Book a debrief with Tomás on the triage by 13 November"
owner = "manager"
relevant_to = "Team target: first reply within 4 hours"
"""

CAREER_GOAL = (
    "Decide by 31 January whether to apply for the associate product manager role, "
    "after trying 2 pieces of product work"
)
CAREER_TOML = f"""
focus = "career"
topic = "Towards a product role"
next_checkin = 2026-12-16
[grow]
goal = "{CAREER_GOAL}"
reality = "Enjoys writing specs"
options = ["Shadow a product manager"]
will = "Book the shadowing day"
[[actions]]
text = "Shadow Dana, the product manager, for one day by 4 December"
relevant_to = "Tomás's own direction"
confidence = 8
"""

FEEDBACK_TOML = f"""
thread = "{PERF}"
topic = "Ticket from Acme"
[[feedback]]
situation = "On Tuesday's Acme ticket"
behavior = "The first reply came 26 hours after the ticket was opened"
impact = "Acme's lead called their account manager"
"""

CHECKIN_1 = f"""
[[updates]]
ref = "{SLUG}/2026-11-02-coaching#a1"
status = "progress"
[[progress]]
thread = "{PERF}"
reading = 12
note = "Triage at 9 works; 14:00 often slips"
next_checkin = 2026-11-16
"""

CHECKIN_2 = f"""
[[updates]]
ref = "{SLUG}/2026-11-02-coaching#a2"
status = "done"
[[progress]]
thread = "{PERF}"
reading = 6
next_checkin = 2026-11-23
"""

CHECKIN_3 = f"""
[[progress]]
thread = "{CAREER}"
status = "dropped"
note = "Tomás wants to stay in support engineering after the shadowing day"
[[progress]]
thread = "{PERF}"
reading = 5
next_checkin = 2026-12-07
"""


def at(grow: Any, day: str, *args: str, input: str | None = None) -> Any:
    with on_day(dt.date.fromisoformat(day)):
        return grow(*args, input=input)


def saved(result: Any) -> None:
    assert result.exit_code == 0, result.output
    assert "Saved " in result.stdout


@pytest.fixture
def month(grow: Any, notes_dir: Path) -> Path:
    assert at(grow, "2026-11-01", "person", "add", "Tomás Okafor").exit_code == 0
    saved(at(grow, "2026-11-02", "coach", SLUG, "--answers", "-", input=PERFORMANCE_TOML))
    saved(at(grow, "2026-11-04", "coach", SLUG, "--answers", "-", input=CAREER_TOML))
    saved(at(grow, "2026-11-05", "feedback", SLUG, "--answers", "-", input=FEEDBACK_TOML))
    return notes_dir


def checkins(grow: Any) -> None:
    saved(at(grow, "2026-11-09", "checkin", SLUG, "--answers", "-", input=CHECKIN_1))
    saved(at(grow, "2026-11-16", "checkin", SLUG, "--answers", "-", input=CHECKIN_2))
    saved(at(grow, "2026-11-30", "checkin", SLUG, "--answers", "-", input=CHECKIN_3))


def test_a_career_conversation_never_hides_the_performance_check_in(grow: Any, month: Path) -> None:
    with on_day(dt.date(2026, 11, 6)):
        due = run_json(grow, "due")
        shown = run_json(grow, "person", "show", SLUG)
    [checkin] = [entry for entry in due if entry["type"] == "checkin"]
    assert (checkin["person"], checkin["due"]) == (SLUG, "2026-11-09")
    assert shown["next_checkin"] == "2026-11-09"
    with on_day(dt.date(2026, 11, 6)):
        ics = grow("export", "--ics", "-").stdout
    assert "DTSTART;VALUE=DATE:20261109" in ics


def test_each_thread_keeps_its_own_check_in(grow: Any, month: Path) -> None:
    with on_day(dt.date(2026, 11, 6)):
        goals = run_json(grow, "goals", SLUG)
    assert [(g["id"], g["focus"], g["next_checkin"]) for g in goals] == [
        (PERF, "performance", "2026-11-09"),
        (CAREER, "career", "2026-12-16"),
    ]
    assert goals[0]["measure"]["better"] == "lower"


def test_prep_shows_every_thread_and_the_feedback_given_in_it(grow: Any, month: Path) -> None:
    with on_day(dt.date(2026, 11, 6)):
        sheet = run_json(grow, "prep", SLUG)
        text = grow("prep", SLUG).stdout
    assert [t["id"] for t in sheet["threads"]] == [PERF, CAREER]  # most urgent first
    feedback = sheet["threads"][0]["latest_feedback"]
    assert feedback["note_id"] == f"{SLUG}/2026-11-05-feedback"
    assert feedback["feedback"][0]["behavior"].startswith("The first reply came 26 hours")
    assert "Bring the average first reply" in text and "Decide by 31 January" in text
    assert "The first reply came 26 hours" in text


def test_readings_show_the_trend_and_the_wins_are_real(grow: Any, month: Path) -> None:
    checkins(grow)
    with on_day(dt.date(2026, 11, 30)):
        goals = run_json(grow, "goals", SLUG, "--status", "all")
    perf = next(g for g in goals if g["id"] == PERF)
    assert [r["value"] for r in perf["readings"]] == [12.0, 6.0, 5.0]
    assert perf["trend"]["direction"] == "better" and perf["next_checkin"] == "2026-12-07"
    assert perf["trend"]["share_of_gap_closed"] == pytest.approx(13 / 14, abs=0.001)
    career = next(g for g in goals if g["id"] == CAREER)
    assert (career["status"], career["closed_on"]) == ("dropped", "2026-11-30")
    assert career["outcome"].startswith("Tomás wants to stay")


def test_a_closed_thread_is_in_history_and_stats(grow: Any, month: Path) -> None:
    checkins(grow)
    with on_day(dt.date(2026, 12, 7)):
        history = run_json(grow, "history", SLUG, "--thread", CAREER)
        stats = run_json(grow, "stats")
        shown = grow("show", CAREER)
    assert [row["id"] for row in history] == [
        f"{SLUG}/2026-11-30-checkin",
        f"{SLUG}/2026-11-04-coaching",
    ]
    [person] = stats["people"]
    assert person["threads"]["opened"] == 2
    assert person["threads"]["outcomes"]["dropped"] == 1
    assert stats["team"]["threads"]["outcomes"]["dropped"] == 1
    assert shown.exit_code == 0 and "dropped on 2026-11-30" in shown.stdout


def test_the_managers_own_items_show_as_yours(grow: Any, month: Path) -> None:
    with on_day(dt.date(2026, 11, 6)):
        table = grow("due", "--within", "14").stdout
        ics = grow("export", "--ics", "-").stdout
        items = run_json(grow, "actions", SLUG)
    assert "You: Book a debrief with Tomás" in table
    assert "SUMMARY:You: Book a debrief with Tomás" in ics.replace("\r\n ", "")
    debrief = next(i for i in items if i["text"].startswith("Book a debrief"))
    assert debrief["owner"] == "manager" and "confidence" not in json.dumps(debrief)


def test_escalation_judges_the_performance_thread_only(grow: Any, month: Path) -> None:
    checkins(grow)
    with on_day(dt.date(2026, 12, 7)):
        checklist = run_json(grow, "escalation", SLUG)
    cited = {
        evidence["note_id"]
        for question in checklist["questions"]
        for evidence in question["evidence"]
        if evidence["note_id"]
    }
    assert f"{SLUG}/2026-11-04-coaching" not in cited  # the career conversation is not evidence
    first = checklist["questions"][0]
    assert first["key"] == "improving"
    assert first["answer"] == "yes"
    assert "18" in first["evidence"][0]["detail"] and "5" in first["evidence"][0]["detail"]
    assert "continue coaching" in " ".join(checklist["path"]["missing"]).lower()

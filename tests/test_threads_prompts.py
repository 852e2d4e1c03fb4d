"""Threads at the prompts (issue 12): a coaching conversation that continues a goal already
followed, and a check-in that walks goal by goal and closes one with its outcome."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from interactive import (
    DOWN,
    ENTER,
    NO,
    Converse,
    front,
    keys,
    pick,
    saved_note,
    say,
)

SLUG = "alex-kim"
THREAD = f"{SLUG}/2026-11-15-coaching#t1"
OPENING = """
focus = "performance"
topic = "First replies"
next_checkin = 2026-11-22
[grow]
goal = "Bring the average first reply on client tickets down to 4 hours by 18 December"
reality = "First replies take 18 hours"
options = ["Triage twice a day"]
will = "Start the triage"
[measure]
what = "Average first reply"
unit = "hours"
baseline = 18
target = 4
[[actions]]
text = "Triage the support queue at 9:00 and 14:00 every weekday until 4 December"
relevant_to = "Team target"
confidence = 8
"""


@pytest.fixture
def followed(grow: Any, monkeypatch: pytest.MonkeyPatch) -> str:
    """Alex, with a performance goal opened on 2026-11-15 (a week before today)."""
    assert grow("person", "add", "Alex Kim").exit_code == 0
    monkeypatch.setenv("GROW_TODAY", "2026-11-15")
    result = grow("coach", SLUG, "--answers", "-", input=OPENING)
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("GROW_TODAY", "2026-11-22")
    return THREAD


def test_a_conversation_continues_a_goal_already_followed(
    converse: Converse, followed: str, notes_dir: Path
) -> None:
    typed = keys(
        pick(0),  # about the goal already followed
        ENTER,  # focus: the goal's, performance, suggested
        say("Second week of triage"),
        NO,  # no gap to name with feedback
        ENTER,  # the goal as it stands, suggested
        say("Triage at 9 works"),
        ENTER,  # what's going on
        say("Keep the 14:00 slot free"),
        ENTER,  # no more options
        ENTER,  # whose ideas: theirs
        say("Protect the afternoon slot"),
        ENTER,  # their confidence: asked per action instead
        say("9"),  # where the measure is now: 9 hours
        say("Book the 14:00 slot in the calendar every weekday until 4 December"),
        pick(0),  # they do it
        say("8"),
        NO,  # another action?
        NO,  # support?
        ENTER,  # next check-in: suggested
        ENTER,  # tags
        ENTER,  # private notes
        ENTER,  # save
        NO,  # follow-up message
    )
    run = converse("coach", SLUG, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Is this about a goal you are already following?" in run.screen
    note = front(saved_note(run))
    assert note["thread"] == followed  # continued, not a new thread
    assert note["progress"] == [{"thread": followed, "reading": 9.0}]
    assert note["grow"]["goal"].startswith("Bring the average first reply")
    assert "measure" not in note  # the goal's measure stands


def test_a_check_in_closes_a_goal_with_its_outcome(
    converse: Converse, followed: str, grow: Any
) -> None:
    achieved = DOWN + ENTER  # "Achieved", one below "Still working on it"
    typed = keys(
        say("4"),  # their rating of the conversation that opened the goal
        say("More time on the options"),  # what would have made it more useful
        say("Replies are fast now"),
        say("3.5"),  # the reading: below the target
        pick(0),  # the action: done
        achieved,
        say("First replies at 3.5 hours for two weeks"),
        NO,  # new actions?
        ENTER,  # tags
        ENTER,  # private notes
        ENTER,  # save
        NO,
    )
    run = converse("checkin", SLUG, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "18 -> 3.5: moving towards the target" in run.stdout
    note = front(saved_note(run))
    # Their rating of the conversation that opened the goal, asked first, kept in the check-in.
    assert note["rating"] == {
        "note": "alex-kim/2026-11-15-coaching",
        "score": 4,
        "comment": "More time on the options",
    }
    assert note["progress"] == [
        {
            "thread": followed,
            "reading": 3.5,
            "status": "achieved",
            "note": "First replies at 3.5 hours for two weeks",
        }
    ]
    import json

    goals = json.loads(grow("goals", SLUG, "--status", "all", "--json").stdout)
    assert [(g["status"], g["closed_on"]) for g in goals] == [("achieved", "2026-11-22")]
    assert goals[0]["trend"]["reached"] is True
    # No goal is followed any more: the next check-in falls back to the cadence.
    shown = json.loads(grow("person", "show", SLUG, "--json").stdout)
    assert shown["next_checkin"] == str(dt.date(2026, 11, 22) + dt.timedelta(days=7))

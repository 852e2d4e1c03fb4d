"""A deadline read with some doubt, at the terminal: the REAL prompts show the day it was read as
("Read as 2027-03-07 ...") and the person keeps it or types the date (tests/interactive.py).

Doubt is a period ("by the first week of March"), a slip of the keyboard ("by Febuary 1") or a
numeric date whose order came from the configured one ("01/12/2026"). A plain deadline ("by
Friday") is asked about no more than before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from interactive import ENTER, NO, YES, Converse, front, keys, pick, replace, saved_note, say
from test_coach_prompts import SAVE_IT, SHORT, THEY_DO_IT, Talk

PERIOD_ACTION = "Send the migration plan to the 3 team leads by the first week of March"
SLIPPED_GOAL = "Bring the average first reply on client tickets down to 4 hours by Febuary 1"


@pytest.fixture
def alex(grow: Callable[..., Any]) -> str:
    result = grow("person", "add", "Alex Kim")
    assert result.exit_code == 0, result.output
    return "alex-kim"


def _grow_stage(talk: Talk, *confirm: str) -> list[str]:
    """GROW with the keys that answer the goal's date check after the goal."""
    options = [say(option) for option in talk.options] + [ENTER]
    # Enter: what's going on, whose ideas (theirs), their confidence.
    return [
        say(talk.goal),
        *confirm,
        say(talk.reality),
        ENTER,
        *options,
        ENTER,
        say(talk.will),
        ENTER,
        ENTER,  # no measure
    ]


def _to_actions(talk: Talk, *confirm: str) -> list[str]:
    return [
        *talk.focus_keys(),
        *talk.topic_keys(),
        *talk.feedback_keys(),
        *_grow_stage(talk, *confirm),
    ]


def _action(text: str, due_keys: str) -> list[str]:
    """One action whose "By when?" is answered with `due_keys`, then its other answers."""
    return [say(text), due_keys, pick(THEY_DO_IT), say("8"), NO]


def _finish(support: list[str] | None = None) -> list[str]:
    # the next check-in, tags and private notes with Enter, then save
    return [*(support or [NO]), ENTER, say(""), ENTER, pick(SAVE_IT), NO]


def test_an_action_read_from_a_period_shows_the_day_and_enter_keeps_it(
    converse: Converse, alex: str
) -> None:
    run = converse(
        "coach", alex, keys=keys(_to_actions(SHORT), _action(PERIOD_ACTION, ENTER), _finish())
    )
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Read as 2027-03-07 (Sunday), read from a period: 'by the first week of March'" in (
        run.stdout
    )
    assert "By when?" in run.screen  # asked, with the day read offered as the answer
    [action] = front(saved_note(run))["actions"]
    assert action["due"] == dt.date(2027, 3, 7)


def test_another_date_can_be_typed_for_an_action_read_from_a_period(
    converse: Converse, alex: str
) -> None:
    typed = keys(_to_actions(SHORT), _action(PERIOD_ACTION, replace("2027-03-05")), _finish())
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    [action] = front(saved_note(run))["actions"]
    assert (action["text"], action["due"]) == (PERIOD_ACTION, dt.date(2027, 3, 5))


def test_a_support_item_with_a_numeric_date_shows_the_order_it_was_read_in(
    converse: Converse, alex: str
) -> None:
    support = [YES, say("Book the training room for Alex by 01/12/2026"), ENTER, NO]
    smart_action = "Write a one-page summary of the sprint plan and send it to the team by Friday"
    typed = keys(
        _to_actions(SHORT),
        say(smart_action),  # a plain date: "By when?" is not asked
        pick(THEY_DO_IT),
        say("8"),
        NO,
        _finish(support),
    )
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Read as 2026-12-01 (Tuesday), read day-first from '01/12/2026'." in run.stdout
    assert run.stdout.count("Read as") == 1  # "by Friday" needed no word
    data = front(saved_note(run))
    assert [s["due"] for s in data["support"]] == [dt.date(2026, 12, 1)]
    assert data["actions"][0]["due"] == dt.date(2026, 11, 27)


SLIPPED = Talk(
    focus="performance",
    topic="Ticket turnaround",
    goal=SLIPPED_GOAL,
    reality="Replies take 18 hours",
    options=["Triage twice a day"],
    will="Triage twice a day from Monday",
    actions=[],
)
ACTION = "Write a one-page summary of the triage plan and send it to the team by Friday"


def _plain_action() -> list[str]:
    return [say(ACTION), pick(THEY_DO_IT), say("8"), NO]


def test_a_goal_read_through_a_slip_is_confirmed(converse: Converse, alex: str) -> None:
    run = converse("coach", alex, keys=keys(_to_actions(SLIPPED, YES), _plain_action(), _finish()))
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Read as 2027-02-01 (Monday), read 'Febuary' as February" in run.stdout
    assert "Is 2027-02-01 the date?" in run.screen
    grow = front(saved_note(run))["grow"]
    assert grow["goal"] == SLIPPED_GOAL  # kept as typed
    assert grow["goal_smart"]["time_bound"] == "pass"


def test_a_goal_read_through_a_slip_can_be_given_its_date(
    converse: Converse, alex: str, notes_dir: Path
) -> None:
    typed = keys(_to_actions(SLIPPED, NO, replace("2027-01-29")), _plain_action(), _finish())
    run = converse("coach", alex, keys=typed)
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "By when, then?" in run.screen
    grow = front(saved_note(run))["grow"]
    # The date typed joins the goal's words, so every later reading finds it.
    assert grow["goal"] == f"{SLIPPED_GOAL} (due 2027-01-29)"


def test_a_plain_deadline_is_not_asked_about(converse: Converse, alex: str) -> None:
    run = converse("coach", alex, keys=keys(_to_actions(SHORT), _plain_action(), _finish()))
    assert run.exit_code == 0, run.stdout + run.stderr
    assert "Read as" not in run.stdout and "the date?" not in run.screen


def test_an_answers_file_is_not_asked_for_a_date_read_with_doubt(
    grow: Callable[..., Any], alex: str, tmp_path: Path
) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text(
        'focus = "performance"\ntopic = "Plans"\n'
        f'[grow]\ngoal = "{SLIPPED_GOAL}"\n'
        'reality = "Slow"\noptions = ["Triage"]\nwill = "Triage"\n'
        f'[[actions]]\ntext = "{PERIOD_ACTION}"\nrelevant_to = "Team"\nconfidence = 8\n',
        encoding="utf-8",
    )
    result = grow("coach", alex, "--answers", str(answers))
    assert result.exit_code == 0, result.output
    path = Path(result.stdout.strip().splitlines()[-1].removeprefix("Saved "))
    [action] = front(path)["actions"]
    assert action["due"] == dt.date(2027, 3, 7)


def test_a_day_typed_after_the_suggested_date_is_refused_not_read_silently(
    converse: Converse, alex: str
) -> None:
    # "By when?" offers the day read from the action (2027-03-07) in the line: typing "Friday"
    # after it gave "2027-03-07Friday", once read as the 7th of March without a word.
    typed_after = say("Friday") + replace("Friday")
    run = converse(
        "coach",
        alex,
        keys=keys(_to_actions(SHORT), _action(PERIOD_ACTION, typed_after), _finish()),
    )
    assert run.exit_code == 0, run.stdout + run.stderr
    # Refused (the message shows below the line while it stands), then answered anew: read as
    # the day typed, not the one left in the line.
    [action] = front(saved_note(run))["actions"]
    assert action["due"] == dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("typed", "refused"),
    [
        ("2026-11-29Friday", True),
        ("2026-11-29 in 2 weeks", True),
        ("2026-12-01 (Tuesday)", False),  # its own weekday, said again
        ("2026-12-01 tue", False),
        ("2026-12-01 (Wed)", True),
        ("2026-11-29", False),
        ("by Friday", False),
    ],
)
def test_two_different_days_in_one_date_answer_are_refused(typed: str, refused: bool) -> None:
    from grow_cli.domain.validators import date_phrase

    said = date_phrase(dt.date(2026, 11, 22))(typed)
    assert (said is not True) == refused, said

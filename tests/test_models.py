"""The note format as models: new content is SMART-checked, old notes are read as they are."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from grow_cli.domain.models import Action, Grow, Note, Person, Support, new_content_context
from grow_cli.domain.problems import describe
from grow_cli.domain.validation import validated
from grow_cli.errors import InvalidInputError

TODAY = dt.date(2026, 11, 22)
NEW = new_content_context(TODAY)


def test_new_action_that_fails_smart_is_rejected_with_the_reasons() -> None:
    with pytest.raises(ValidationError) as caught:
        Action.model_validate({"text": "Improve communication"}, context=NEW)
    [line] = describe(caught.value)
    assert "'Improve communication' is not SMART" in line
    assert "Specific:" in line and "Time-bound:" in line
    assert "smart_override" in line


def test_new_action_kept_after_seeing_why_stores_its_verdicts() -> None:
    action = Action.model_validate(
        {"text": "Improve communication", "smart_override": True}, context=NEW
    )
    assert action.smart is not None
    assert action.smart.specific == "fail" and action.smart.time_bound == "fail"


def test_due_left_out_is_taken_from_the_text() -> None:
    action = Action.model_validate(
        {
            "text": "Send the Q3 roadmap draft to Priya by Friday",
            "confidence": 8,
            "relevant_to": "Q1 planning",
        },
        context=NEW,
    )
    assert action.due == dt.date(2026, 11, 27)
    assert action.smart is not None and action.smart.achievable == "pass"


def test_due_may_be_a_phrase_in_new_content_only() -> None:
    action = Action.model_validate(
        {"text": "Write two customer case studies", "due": "in 2 weeks"}, context=NEW
    )
    assert action.due == dt.date(2026, 12, 6)
    with pytest.raises(ValidationError):
        Action.model_validate({"text": "Write two case studies", "due": "in 2 weeks"})


def test_vague_due_phrase_is_explained() -> None:
    with pytest.raises(ValidationError) as caught:
        Support.model_validate({"text": "Book a session with Priya", "due": "soon"}, context=NEW)
    assert "support: " not in describe(caught.value)[0]
    assert describe(caught.value)[0].startswith("due: ")
    assert "soon" in describe(caught.value)[0]


def test_goal_is_checked_as_a_goal() -> None:
    with pytest.raises(ValidationError) as caught:
        Grow.model_validate({"goal": "Get better at planning soon"}, context=NEW)
    assert "'soon'" in describe(caught.value)[0]
    grow = Grow.model_validate(
        {"goal": "Bring average client turnaround to 4 hours by the end of January"}, context=NEW
    )
    assert grow.goal_smart is not None and grow.goal_smart.time_bound == "pass"


def test_person_and_kind_must_agree() -> None:
    with pytest.raises(ValidationError, match="journal note belongs to you"):
        Note.model_validate({"kind": "journal", "date": TODAY, "person": "alex"})
    with pytest.raises(ValidationError, match="needs 'person'"):
        Note.model_validate({"kind": "checkin", "date": TODAY})
    with pytest.raises(ValidationError, match="not a valid slug"):
        Note.model_validate({"kind": "checkin", "date": TODAY, "person": "../etc"})


def test_problems_name_where_and_what() -> None:
    with pytest.raises(ValidationError) as caught:
        Note.model_validate(
            {
                "kind": "coaching",
                "date": TODAY,
                "person": "alex",
                "colour": "blue",
                "actions": [{"text": "ok", "due": TODAY}, {"text": "", "status": "finished"}],
            }
        )
    lines = describe(caught.value)
    assert "colour: unknown key (check the spelling against the note format)" in lines
    assert "actions[2].text: cannot be empty" in lines
    assert "actions[2].status: must be one of: open, progress, blocked, done, dropped" in lines


def test_validated_gathers_every_problem_in_one_error() -> None:
    with pytest.raises(InvalidInputError) as caught:
        validated(Person, {"name": "", "cadence_days": 0}, today=TODAY, what="person")
    message = str(caught.value)
    assert message.startswith("The person was not saved:")
    assert "name: cannot be empty" in message and "cadence_days" in message


def test_front_matter_leaves_out_empty_parts() -> None:
    note = Note.model_validate({"kind": "checkin", "date": TODAY, "person": "alex"})
    assert note.front_matter() == {"schema": 1, "kind": "checkin", "date": TODAY, "person": "alex"}

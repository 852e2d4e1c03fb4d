"""An answers file obeys the rules of the prompts (issue 13, point 8): what they insist on must
be there, every problem on a line of its own, in grow's words, and nothing is saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from folders import coaching_answers


@pytest.fixture
def alex(grow: Any) -> str:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    return "alex-kim"


@pytest.mark.parametrize("command", ["coach", "feedback", "checkin"])
def test_an_empty_answers_file_saves_nothing(
    grow: Any, alex: str, notes_dir: Path, command: str
) -> None:
    result = grow(command, alex, "--answers", "-", input="")
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("grow: error: The ")
    assert "not saved" in result.stderr
    assert list((notes_dir / "people" / alex).glob("*.md")) == []


def test_missing_answers_are_named_each_on_a_line(grow: Any, alex: str) -> None:
    result = grow("coach", alex, "--answers", "-", input='focus = "performance"\n')
    lines = result.stderr.splitlines()
    assert lines[0] == "grow: error: The note was not saved:"
    named = {line.split(":")[0].strip(" -") for line in lines[1:-1]}
    assert {"topic", "grow.goal", "grow.reality", "grow.options", "grow.will", "actions"} <= named
    assert "the prompt asks: 'What is the conversation about?'" in result.stderr


def test_a_complete_file_is_saved(grow: Any, alex: str) -> None:
    assert grow("coach", alex, "--answers", "-", input=coaching_answers()).exit_code == 0


def test_messages_are_in_grows_words(grow: Any, alex: str) -> None:
    typed = coaching_answers(extra="date = 2026-11-20T10:00:00")
    result = grow("coach", alex, "--answers", "-", input=typed)
    assert result.exit_code == 1
    assert "zero time" not in result.stderr and "Input should" not in result.stderr
    assert "date:" in result.stderr
    later = grow("coach", alex, "--answers", "-", input=coaching_answers(extra='date = "20x6"'))
    assert "invalid character" not in later.stderr and "date:" in later.stderr


def test_person_add_started_takes_a_phrase(grow: Any) -> None:
    import json

    added = json.loads(
        grow("person", "add", "Dee Moss", "--started", "2 weeks ago", "--json").stdout
    )
    assert added["started"] == "2026-11-08"


def test_a_check_in_that_records_nothing_is_refused(grow: Any, alex: str) -> None:
    result = grow("checkin", alex, "--answers", "-", input='tags = ["x"]\n')
    assert result.exit_code == 1 and "records nothing" not in result.stdout
    assert "[[updates]], [[progress]] or [[actions]]" in result.stderr

"""The SMART checker: the labelled data set, each letter's rules, the result's shape."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adversarial import CPU_HANG_SECONDS, DATE_ADVERSARIAL, cpu_seconds
from grow_cli.domain import dates, smart, smart_reasons
from grow_cli.domain.smart import LETTERS, LetterCheck, SmartResult, check_smart

TODAY = date(2026, 11, 22)
DATA = Path(__file__).parent / "data" / "smart_goals.toml"
GOALS: list[dict[str, Any]] = tomllib.loads(DATA.read_text(encoding="utf-8"))["goal"]


def _id(goal: dict[str, Any]) -> str:
    return goal["text"][:60] or "(empty)"


# --- The labelled data set ---------------------------------------------------------------------


@pytest.mark.parametrize("goal", GOALS, ids=[_id(g) for g in GOALS])
def test_labelled_goal(goal: dict[str, Any]) -> None:
    result = check_smart(goal["text"], today=goal.get("today", TODAY))
    got = {letter: result.letters()[letter].verdict for letter in LETTERS}
    expected = {letter: goal[letter] for letter in ("specific", "measurable", "time_bound")}
    assert {k: got[k] for k in expected} == expected, [
        (letter, check.reason) for letter, check in result.letters().items()
    ]
    assert result.due == goal.get("due", goal.get("past_due"))
    if goal["text"]:
        assert got["achievable"] == "warn" and got["relevant"] == "warn"


def test_data_set_is_large_and_well_formed() -> None:
    assert len(GOALS) >= 90
    texts = [goal["text"] for goal in GOALS]
    assert len(texts) == len(set(texts)), "duplicate goals"
    allowed = {"text", "today", "specific", "measurable", "time_bound", "due", "past_due", "note"}
    for goal in GOALS:
        assert set(goal) <= allowed, goal
        assert {goal[k] for k in ("specific", "measurable", "time_bound")} <= {
            "pass",
            "warn",
            "fail",
        }
        if "due" in goal:
            assert goal["time_bound"] == "pass" and goal["due"] >= goal.get("today", TODAY)
        if "past_due" in goal:
            assert goal["time_bound"] == "fail" and goal["past_due"] < goal.get("today", TODAY)


# Every kind of phrase the brief lists appears in at least one labelled goal.
REQUIRED_PHRASES = [
    "by Thursday", "on Tuesday", "Monday 10am", "next Monday", "this Friday",
    "every Friday by 3 PM", "today", "tomorrow", "tonight", "end of day", "EOD",
    "end of the week", "next week", "in 3 days", "within 2 weeks", "over the next 14 days",
    "in a month", "in two weeks", "in 6 months", "within 1 year", "end of this month",
    "this quarter", "end of Q3", "by the end of March", "end of the year", "by year end",
    "end of next month", "next quarter", "January 9", "Jan 9th", "Feb 14", "14 February 2027",
    "14 Feb", "March 3, 2027", "2027-01-15", "15/01/2027", "every Friday", "weekly on Mondays",
    "each month", "soon", "ASAP", "as soon as possible", "Eventually", "Going forward",
    "when you have time", "someday", "at some point", "in the future", "in due course", "later",
    "shortly", "when possible", "2020-01-01", "January 3, 2025", "February 30", "2027-13-01",
    "the Q3 roadmap", "Q3 planning doc", "within 24 hours of a request", "within 2 days of each",
    "by 15%", "by 10 points", "by 3 days", "NPS by 5", "24-hour turnaround", "under 4 hours",
    "top 3", "3 stories",
]  # fmt: skip


@pytest.mark.parametrize("phrase", REQUIRED_PHRASES)
def test_data_set_covers_phrase(phrase: str) -> None:
    assert any(phrase in goal["text"] for goal in GOALS), phrase


def test_verdicts_do_not_depend_on_case_spacing_or_a_full_stop() -> None:
    # The checker reads words, not known sentences: rewording the surface changes nothing.
    for goal in GOALS:
        text = goal["text"]
        if not text:
            continue
        today = goal.get("today", TODAY)
        plain = check_smart(text, today=today)
        for variant in (text.upper(), "  " + text.replace(" ", "  ") + ".  "):
            other = check_smart(variant, today=today)
            assert other.verdicts() == plain.verdicts(), (text, variant)
            assert other.due == plain.due, (text, variant)


# --- The examples that must hold ---------------------------------------------------------------


def test_weekly_status_email_is_smart() -> None:
    result = check_smart(
        "Send a weekly status email to stakeholders every Friday by 3 PM", today=TODAY
    )
    assert result.verdicts() == {
        "specific": "pass",
        "measurable": "pass",
        "achievable": "warn",
        "relevant": "warn",
        "time_bound": "pass",
    }
    assert result.due == date(2026, 11, 27) and result.smart is True
    assert result.time_bound.reason == "Due 2026-11-27 (read from 'every Friday by 3 PM')."


def test_improve_communication_fails_s_m_t() -> None:
    result = check_smart("Improve communication", today=TODAY)
    assert [result.specific.verdict, result.measurable.verdict, result.time_bound.verdict] == [
        "fail"
    ] * 3
    assert result.smart is False and result.due is None
    assert "'Improve communication'" in result.specific.reason


def test_soon_is_not_a_date() -> None:
    result = check_smart("Get better at planning soon", today=TODAY)
    assert result.time_bound.verdict == "fail"
    assert "'soon' is not a date" in result.time_bound.reason


# --- Achievable and Relevant come from the person ---------------------------------------------

GOAL = "Publish the onboarding checklist in the wiki by 2027-01-15"


def test_achievable_asks_for_confidence() -> None:
    check = check_smart(GOAL, today=TODAY).achievable
    assert check.verdict == "warn" and "--confidence" in check.reason


@pytest.mark.parametrize("confidence", [7, 8, 10])
def test_high_confidence_passes(confidence: int) -> None:
    check = check_smart(GOAL, today=TODAY, confidence=confidence).achievable
    assert check == LetterCheck(
        "pass", f"Confidence {confidence}/10: the person expects to manage this."
    )


@pytest.mark.parametrize("confidence", [1, 4, 6])
def test_low_confidence_warns_and_suggests_a_smaller_step(confidence: int) -> None:
    result = check_smart(GOAL, today=TODAY, confidence=confidence)
    assert result.achievable.verdict == "warn" and result.smart
    assert f"{confidence}/10" in result.achievable.reason
    assert "smaller first step" in result.achievable.reason


@pytest.mark.parametrize("confidence", [0, 11, -3, 100, True])
def test_confidence_out_of_range_is_an_error(confidence: int) -> None:
    with pytest.raises(ValueError, match="1 to 10"):
        check_smart(GOAL, today=TODAY, confidence=confidence)


@pytest.mark.parametrize("link", [None, "", "   "])
def test_relevant_asks_for_the_link(link: str | None) -> None:
    check = check_smart(GOAL, today=TODAY, relevant_to=link).relevant
    assert check.verdict == "warn" and "--relevant-to" in check.reason


def test_relevant_names_the_link() -> None:
    check = check_smart(GOAL, today=TODAY, relevant_to="  team onboarding\n goal ").relevant
    assert check.verdict == "pass" and "'team onboarding goal'" in check.reason


def test_all_flags_given_every_letter_passes() -> None:
    result = check_smart(GOAL, today=TODAY, confidence=9, relevant_to="onboarding OKR")
    assert set(result.verdicts().values()) == {"pass"}


# --- Time-bound with an item's own due date ---------------------------------------------------


def test_own_due_date_takes_precedence() -> None:
    result = check_smart("Fix the flaky login test soon", today=TODAY, due=date(2026, 12, 1))
    assert result.time_bound.verdict == "pass" and result.due == date(2026, 12, 1)
    assert check_smart("Fix the test", today=TODAY, due=TODAY).time_bound.verdict == "pass"


def test_own_due_date_in_the_past_fails() -> None:
    result = check_smart("Fix the test by Friday", today=TODAY, due=date(2026, 11, 1))
    assert result.time_bound.verdict == "fail" and result.due == date(2026, 11, 1)
    assert "2026-11-01" in result.time_bound.reason


def test_a_past_date_in_the_text_is_shown() -> None:
    result = check_smart("Finish the churn report by January 3, 2025", today=TODAY)
    assert result.time_bound.verdict == "fail" and result.due == date(2025, 1, 3)
    assert "2025-01-03" in result.time_bound.reason and "passed" in result.time_bound.reason


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Send the board pack by February 30", ["'by February 30'", "not a real date"]),
        ("Write the Q3 roadmap draft", ["no deadline", "by Friday"]),
        ("Post an update in the team channel each month", ["'each month'", "how often"]),
        ("Send the offer letter ASAP", ["'ASAP' is not a date"]),
    ],
)
def test_time_bound_reasons_say_what_to_do(text: str, words: list[str]) -> None:
    reason = check_smart(text, today=TODAY).time_bound.reason
    for word in words:
        assert word in reason


# --- Specific and Measurable reasons ----------------------------------------------------------


def test_reasons_quote_the_words_they_judge() -> None:
    result = check_smart("Be more proactive in meetings", today=TODAY)
    assert "'Be more proactive'" in result.specific.reason
    result = check_smart("Pair with Sam on two code reviews by Friday", today=TODAY)
    assert "'Pair with Sam on two'" in result.specific.reason
    assert "'two code'" in result.measurable.reason
    result = check_smart("Improve the onboarding flow", today=TODAY)
    assert result.specific.verdict == "pass" and "'Improve the onboarding flow'" in (
        result.specific.reason
    )
    assert "'Improve'" in result.measurable.reason


def test_the_deadline_is_not_the_measure() -> None:
    result = check_smart("Finish the migration of the billing jobs by 15 January", today=TODAY)
    assert "15" not in result.measurable.reason
    result = check_smart("Hand it over to Leo by 15 January", today=TODAY)
    assert result.measurable.verdict == "fail"


# --- Empty text and the result's shape ---------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "?!"])
def test_empty_text_fails_every_letter(text: str) -> None:
    result = check_smart(text, today=TODAY, confidence=9, relevant_to="x")
    assert set(result.verdicts().values()) == {"fail"}
    assert result.specific.reason == smart.EMPTY and result.due is None


def test_result_api() -> None:
    result = check_smart("Improve communication soon", today=TODAY)
    assert list(result.letters()) == list(LETTERS)
    assert list(result.verdicts()) == list(LETTERS)
    assert [letter for letter, _ in result.failures()] == ["specific", "measurable", "time_bound"]
    assert all(reason == result.letters()[letter].reason for letter, reason in result.failures())
    assert isinstance(result, SmartResult)


def test_to_dict_has_design_md_shape() -> None:
    result = check_smart("Send the sprint summary to the team by Friday", today=TODAY)
    data = result.to_dict()
    assert list(data) == ["text", "smart", *LETTERS, "due"]
    assert data["text"] == "Send the sprint summary to the team by Friday"
    assert data["smart"] is True and data["due"] == "2026-11-27"
    for letter in LETTERS:
        assert set(data[letter]) == {"verdict", "reason"}  # type: ignore[arg-type]
    assert json.loads(json.dumps(data)) == data
    assert check_smart("Improve communication", today=TODAY).to_dict()["due"] is None


# --- Wording: every sentence in one place, one sentence each ----------------------------------


def _sentences() -> dict[str, str]:
    return {
        name: value
        for name, value in {**vars(smart), **vars(smart_reasons)}.items()
        if name.isupper()
        and not name.startswith("_")
        and isinstance(value, str)
        and name not in vars(dates)
    }


def test_reasons_are_single_sentences() -> None:
    sentences = _sentences()
    assert len(sentences) >= 20
    for name, text in sentences.items():
        body = text.replace("e.g.", "eg")
        assert body.endswith("."), name
        assert not re.search(r"[.!?]\s", body[:-1]), name
        assert len(text) < 200, name


def test_advice_shows_how_to_fix() -> None:
    for name in ("SPECIFIC_VAGUE", "MEASURABLE_FAIL", "TIME_VAGUE", "TIME_MISSING", "EMPTY"):
        assert "e.g." in _sentences()[name], name
    assert "--confidence" in smart.ACHIEVABLE_ASK and "--relevant-to" in smart.RELEVANT_ASK


# --- Robustness ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=400), confidence=st.none() | st.integers(1, 10))
def test_any_text_gets_an_answer(text: str, confidence: int | None) -> None:
    result = check_smart(text, today=TODAY, confidence=confidence)
    assert all(check.verdict in ("pass", "warn", "fail") for check in result.letters().values())
    assert all(check.reason.endswith(".") for check in result.letters().values())
    json.dumps(result.to_dict())


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                "send", "be", "more", "better", "improve", "communication", "by", "every",
                "Friday", "the", "report", "2", "%", "within", "days", "of", "each", "soon",
                "weekly", "end", "Q3", "1:1", "at", "3", "PM", "skills", "and", "sending",
            ]
        ),
        max_size=15,
    )
)  # fmt: skip
def test_goal_like_text_never_raises(words: list[str]) -> None:
    check_smart(" ".join(words), today=TODAY)


ADVERSARIAL = {
    **DATE_ADVERSARIAL,
    "ends in more": "a " * 4_995 + "more",
    "be more": "be more " * 1_250,
    "improve": "improve " * 1_250,
    "make": "make a b c " * 1_000,
    "by sending": "by sending " * 900,
    "spaces": " " * 10_000,
}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_adversarial_text_never_hangs_the_checker(name: str) -> None:
    text = ADVERSARIAL[name][:10_000]
    cost = cpu_seconds(lambda: check_smart(text, today=TODAY, confidence=5, relevant_to="x"))
    assert cost < CPU_HANG_SECONDS


def test_import_is_light() -> None:
    code = (
        "import sys; import grow_cli.domain.smart; "
        "heavy = {'pydantic', 'rich', 'typer', 'questionary', 'dateutil', 'dateparser'}; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    src = str(Path(__file__).parent.parent / "src")
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": src},
    )
    assert out.stdout.strip() == "[]"

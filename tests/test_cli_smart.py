"""`grow smart` against design.md's contract."""

from __future__ import annotations

import json

LETTERS = ("specific", "measurable", "achievable", "relevant", "time_bound")


def verdicts(result: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {letter: result[letter]["verdict"] for letter in LETTERS}


def test_weekly_status_email_passes_all_but_a_and_r(grow) -> None:  # type: ignore[no-untyped-def]
    result = grow(
        "smart", "--json", "Send a weekly status email to stakeholders every Friday by 3 PM"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"text", "smart", *LETTERS, "due"}
    assert verdicts(data) == {
        "specific": "pass",
        "measurable": "pass",
        "achievable": "warn",
        "relevant": "warn",
        "time_bound": "pass",
    }
    assert data["smart"] is True and data["due"] == "2026-11-27"
    assert "--confidence" in data["achievable"]["reason"]
    assert "--relevant-to" in data["relevant"]["reason"]


def test_improve_communication_fails_s_m_t(grow) -> None:  # type: ignore[no-untyped-def]
    result = grow("smart", "--json", "Improve communication")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["smart"] is False and data["due"] is None
    assert [data[k]["verdict"] for k in ("specific", "measurable", "time_bound")] == ["fail"] * 3


def test_soon_is_not_a_date(grow) -> None:  # type: ignore[no-untyped-def]
    result = grow("smart", "Get better at planning soon")
    assert result.exit_code == 1
    assert "'soon' is not a date" in result.stdout
    assert "Not SMART yet" in result.stdout


def test_flags_settle_achievable_and_relevant(grow) -> None:  # type: ignore[no-untyped-def]
    goal = "Publish the onboarding checklist in the wiki by 2027-01-15"
    data = json.loads(
        grow(
            "smart", "--json", "--confidence", "8", "--relevant-to", "team onboarding goal", goal
        ).stdout
    )
    assert data["achievable"]["verdict"] == "pass" and data["relevant"]["verdict"] == "pass"
    low = json.loads(grow("smart", "--json", "--confidence", "4", goal).stdout)
    assert low["achievable"]["verdict"] == "warn" and low["smart"] is True


def test_stdin_gives_one_json_line_per_goal_and_exit_1_if_any_fails(grow) -> None:  # type: ignore[no-untyped-def]
    goals = "Send the sprint summary to the team by Friday\n\nImprove communication\n"
    result = grow("smart", "--json", "-", input=goals)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["text"] == "Send the sprint summary to the team by Friday" and first["smart"]
    assert second["smart"] is False


def test_stdin_all_smart_exits_0(grow) -> None:  # type: ignore[no-untyped-def]
    result = grow("smart", "-", input="Send the sprint summary to the team by Friday\n")
    assert result.exit_code == 0
    assert "SMART" in result.stdout and "Due: 2026-11-27 (Friday)" in result.stdout


def test_usage_errors_exit_2(grow) -> None:  # type: ignore[no-untyped-def]
    assert grow("smart").exit_code == 2
    assert grow("smart", "--confidence", "11", "Send it by Friday").exit_code == 2
    empty = grow("smart", "-", input="\n\n")
    assert empty.exit_code == 2 and "Give a goal to check" in empty.stderr

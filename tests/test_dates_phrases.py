"""The deadline phrases of the Time-bound letter beyond design.md's list: working days, EOD/EOW/
EOM/EOQ, ordinal quarters, weekday dates, periods, dates with dots, slips of the keyboard, the
order of numeric dates, sprints; dates that are not deadlines; and the reasons people read.

Every date is written out, against Sunday 2026-11-22 (weeks start on Monday), not computed.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from grow_cli.domain.dates import (
    DMY,
    MDY,
    DateError,
    DateSettings,
    find_deadline,
    order_of_locale,
    parse_date,
)
from grow_cli.domain.smart import check_smart

SUNDAY = date(2026, 11, 22)
SPRINTS = DateSettings(sprint_days=14)


def d(text: str) -> date:
    return date.fromisoformat(text)


# --- Phrase -> date ------------------------------------------------------------------------------

PHRASES = [
    # for the next N units, abbreviated units: whether or not the clause repeats something
    ("Run a daily standup for the next 30 days", "2026-12-22"),
    ("Pair with Sam for the next 2 weeks", "2026-12-06"),
    ("Shadow the on-call engineer for the next 3 months", "2027-02-22"),
    ("Ship the beta in 3 wks", "2026-12-13"),
    ("Answer the survey in 1 wk", "2026-11-29"),
    ("Launch the pilot in 2 mos", "2027-01-22"),
    ("Hire a designer in 1 yr", "2027-11-22"),
    # business and working days count Monday to Friday
    ("Migrate the jobs in 5 business days", "2026-11-27"),
    ("Migrate the jobs within 10 working days", "2026-12-04"),
    ("Reply within 3 workdays", "2026-11-25"),
    # EOD, COB, EOW, EOM, EOQ
    ("Email the budget by EOD", "2026-11-22"),
    ("Email the budget by COB", "2026-11-22"),
    ("Send the figures EOW", "2026-11-27"),
    ("Close the books by EOM", "2026-11-30"),
    ("Finish the audit by EOQ", "2026-12-31"),
    # quarters by label and by ordinal: this year, or the next once over
    ("Ship the export by the end of Q2", "2027-06-30"),
    ("Ship the export by the end of the second quarter", "2027-06-30"),
    ("Ship the export in the 2nd quarter", "2027-06-30"),
    ("Ship the export by the end of the fourth quarter", "2026-12-31"),
    ("Ship the export by the end of the first quarter of 2028", "2028-03-31"),
    ("Ship the export by the third quarter of next year", "2027-09-30"),
    ("Ship the export before the second quarter", "2027-03-31"),
    # a weekday as the start of an offset, a weekday with a date
    ("Demo it a week from Thursday", "2026-12-03"),
    ("Demo it two weeks from Monday", "2026-12-07"),
    ("Demo it a week on Friday", "2026-12-04"),
    ("Demo it 3 days from tomorrow", "2026-11-26"),
    ("Ship it Thursday the 10th", "2026-12-10"),
    ("Ship it by Friday, the 4th", "2026-12-04"),
    ("Ship it on Monday the 1st", "2027-02-01"),  # December 1st is a Tuesday, January 1st a Friday
    ("Ship it by Thu 10th", "2026-12-10"),
    # the Nth: the next one after today
    ("Pay the invoice no later than the 18th", "2026-12-18"),
    ("Pay the invoice by the 18th", "2026-12-18"),
    ("Hold the budget until the 18th", "2026-12-18"),
    # a month alone: its last day
    ("Book the venue by March", "2027-03-31"),
    # periods: their last day (or the day before they start), read from a period
    ("Book the venue by the first week of March", "2027-03-07"),
    ("Book the venue in the second week of January", "2027-01-14"),
    ("Book the venue by the last week of December", "2026-12-31"),
    ("Book the venue by mid-February", "2027-02-15"),
    ("Book the venue by early January", "2027-01-10"),
    ("Book the venue by late March", "2027-03-31"),
    ("Book the venue by the end of March", "2027-03-31"),
    ("Book the venue by the beginning of March", "2027-03-01"),
    ("Book the venue before early March", "2027-02-28"),
    ("Close the deal before the holidays", "2026-12-24"),
    ("Close the deal before Christmas", "2026-12-24"),
    ("Close the deal by Christmas", "2026-12-25"),
    ("Close the deal ahead of Christmas", "2026-12-24"),
    ("Close the deal before the new year", "2026-12-31"),
    ("Close the deal by the end of year", "2026-12-31"),
    ("Plant the garden before the summer", "2027-06-20"),
    ("Plant the garden by the end of the summer", "2027-09-21"),
    ("Draft the plan early next month", "2026-12-10"),
    ("Draft the plan by the middle of next month", "2026-12-15"),
    # on a Sunday "next week" is the one starting tomorrow, as "by next week" reads
    ("Draft the plan late next week", "2026-11-27"),
    # day.month with dots, always day first; a year of four digits or none
    ("Send it till 18.12.", "2026-12-18"),
    ("Send it by 18.12.2026", "2026-12-18"),
    ("Send it before 18.12.", "2026-12-17"),
    # slips of the keyboard in weekday and month names
    ("Ship the report by Wendesday", "2026-11-25"),
    ("Ship the report by wednseday", "2026-11-25"),
    ("Ship the report on Thrusday", "2026-11-26"),
    ("Ship the report by tusday", "2026-11-24"),
    ("Ship the report by Febuary 14", "2027-02-14"),
    ("Ship the report by Feburary 14", "2027-02-14"),
    ("Ship the report by Janurary 9", "2027-01-09"),
    ("Ship the report by Septmber 1", "2027-09-01"),
    ("Ship the report by Decmber 4", "2026-12-04"),
    ("Ship the report tommorow", "2026-11-23"),
    ("Ship the report tomorow", "2026-11-23"),
    ("Ship the report tmrw", "2026-11-23"),
    # numeric dates: day first by default when either order works; one order when only one does
    ("Send the contract by 01/12/2026", "2026-12-01"),
    ("Send the contract by 3/4/2027", "2027-04-03"),
    ("Send the contract by 03-04-2027", "2027-04-03"),
    ("Send the contract by 12/15/2026", "2026-12-15"),
    ("Send the contract by 15/12/2026", "2026-12-15"),
    # a date of an upcoming event is still a date
    ("Prepare the January 9 offsite agenda", "2027-01-09"),
    # English words near a name are not slips
    ("Win the match by Friday", "2026-11-27"),
    ("Buy sundry supplies by Friday", "2026-11-27"),
    ("Walk Sundar through the runbook by Friday", "2026-11-27"),
    # a weekday naming a meeting is its day after a deadline word
    ("Prepare the slides by the Friday demo", "2026-11-27"),
    ("Send the agenda before Monday standup", "2026-11-22"),
]


@pytest.mark.parametrize(("text", "due"), PHRASES, ids=[t for t, _ in PHRASES])
def test_the_phrase_is_read_as_the_date(text: str, due: str) -> None:
    found = find_deadline(text, SUNDAY)
    assert (found.due, found.problem) == (d(due), None), found
    assert found.phrase is not None and found.phrase in text


@pytest.mark.parametrize(
    "phrase",
    ["18.12.2026", "18.12.", "in 2 wks", "by the first week of March", "Thursday the 10th"],
)
def test_a_whole_phrase_is_a_date_too(phrase: str) -> None:
    assert parse_date(phrase, SUNDAY) == find_deadline(phrase, SUNDAY).due


# --- Sprints -------------------------------------------------------------------------------------

SPRINT_PHRASES = [
    ("Fix the flaky test this sprint", "2026-12-06"),
    ("Fix the flaky test by the end of the sprint", "2026-12-06"),
    ("Fix the flaky test during the current sprint", "2026-12-06"),
    ("Fix the flaky test next sprint", "2026-12-20"),
    ("Fix the flaky test in the next sprint", "2026-12-20"),
    ("Fix the flaky test by the end of next sprint", "2026-12-20"),
    ("Fix the flaky test by the next sprint", "2026-12-06"),  # the next one starts as this ends
    ("Fix the flaky test in 3 sprints", "2027-01-03"),
]


@pytest.mark.parametrize(("text", "due"), SPRINT_PHRASES, ids=[t for t, _ in SPRINT_PHRASES])
def test_a_sprint_is_counted_from_today_with_the_configured_length(text: str, due: str) -> None:
    found = find_deadline(text, SUNDAY, SPRINTS)
    assert (found.due, found.problem, found.unsure) == (d(due), None, True)
    assert "sprint_days is 14" in (found.how or "")


@pytest.mark.parametrize(("text", "due"), SPRINT_PHRASES, ids=[t for t, _ in SPRINT_PHRASES])
def test_without_a_sprint_length_a_sprint_warns_and_asks_for_a_date(text: str, due: str) -> None:
    result = check_smart(text, today=SUNDAY)
    assert result.time_bound.verdict == "warn" and result.due is None and result.smart
    reason = result.time_bound.reason
    assert "sprint_days" in reason and "give the day" in reason
    assert "no deadline" not in reason
    with pytest.raises(DateError, match="sprint_days"):
        parse_date(text, SUNDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Show more initiative in sprint planning",
        "Discuss the sprint with Sam",
        "Send the sprint summary to the team",
        "Review the sprint's goals with Dana",
    ],
)
def test_a_sprint_named_in_passing_is_no_deadline(text: str) -> None:
    assert find_deadline(text, SUNDAY, SPRINTS).problem == "missing"
    assert find_deadline(text, SUNDAY).problem == "missing"


# --- The order of numeric dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "order", "due", "how"),
    [
        ("by 01/12/2026", DMY, "2026-12-01", "read day-first from '01/12/2026'"),
        ("by 01/12/2027", MDY, "2027-01-12", "read month-first from '01/12/2027'"),
        ("by 3/4/2027", MDY, "2027-03-04", "read month-first from '3/4/2027'"),
        ("by 03-04-2027", DMY, "2027-04-03", "read day-first from '03-04-2027'"),
        ("by 12/15/2026", DMY, "2026-12-15", None),  # only month-first works
        ("by 15/12/2026", MDY, "2026-12-15", None),  # only day-first works
        ("by 05/05/2027", MDY, "2027-05-05", None),  # either way the same day
    ],
)
def test_a_numeric_date_follows_the_configured_order_and_says_so_when_it_had_to(
    text: str, order: str, due: str, how: str | None
) -> None:
    found = find_deadline(text, SUNDAY, DateSettings(order))
    assert (found.due, found.how, found.unsure) == (d(due), how, how is not None)


@settings(max_examples=200)
@given(
    first=st.integers(1, 12),
    second=st.integers(1, 12),
    year=st.integers(2027, 2099),
    order=st.sampled_from([DMY, MDY]),
)
def test_two_goals_never_read_the_same_kind_of_date_two_ways(
    first: int, second: int, year: int, order: str
) -> None:
    rules = DateSettings(order)
    one = find_deadline(f"Send the draft by {first}/{second}/{year}", SUNDAY, rules)
    other = find_deadline(f"Book the room on {first:02d}-{second:02d}-{year}", SUNDAY, rules)
    day_first = date(year, second, first)
    assert one.due == other.due == (day_first if order == DMY else date(year, first, second))
    # The day read is always shown.
    reason = check_smart(
        f"Send the draft by {first}/{second}/{year}", today=SUNDAY, date_settings=rules
    )
    assert one.due is not None and one.due.isoformat() in reason.time_bound.reason


@pytest.mark.parametrize(
    ("locale", "order"),
    [
        ("en_US.UTF-8", MDY),
        ("en_PH", MDY),
        ("es_US.utf8", MDY),
        ("en_GB.UTF-8", DMY),
        ("de_DE@euro", DMY),
        ("fr_CA", DMY),
        ("C", DMY),
        ("POSIX", DMY),
        ("C.UTF-8", DMY),
        ("", DMY),
        ("en-US", MDY),
    ],
)
def test_the_locale_gives_the_default_order(locale: str, order: str) -> None:
    assert order_of_locale(locale) == order


# --- Slips of the keyboard -----------------------------------------------------------------------

_LONG_NAMES = {
    "monday": "2026-11-23", "tuesday": "2026-11-24", "wednesday": "2026-11-25",
    "thursday": "2026-11-26", "friday": "2026-11-27", "saturday": "2026-11-28",
    "sunday": "2026-11-29",  # today is a Sunday: a weekday alone is the next one
}  # fmt: skip


@settings(max_examples=300)
@given(
    name=st.sampled_from(sorted(_LONG_NAMES)),
    where=st.integers(1, 8),
    slip=st.sampled_from(["drop", "swap", "double"]),
    capital=st.booleans(),
)
def test_a_weekday_one_slip_away_is_read_as_that_weekday(
    name: str, where: int, slip: str, capital: bool
) -> None:
    where = min(where, len(name) - 2)  # never the first letter
    if slip == "drop":
        typed = name[:where] + name[where + 1 :]
    elif slip == "swap":
        typed = name[:where] + name[where + 1] + name[where] + name[where + 2 :]
    else:
        typed = name[:where] + name[where] + name[where:]
    if typed == name:  # swapping two equal letters
        return
    typed = typed.capitalize() if capital else typed
    found = find_deadline(f"Send the report by {typed}", SUNDAY)
    if any(_one_edit(typed.lower(), other) for other in _LONG_NAMES if other != name):
        # As near another weekday ("tursday": Tuesday or Thursday?): no guess is made.
        assert found.due is None, typed
        return
    assert found.due == d(_LONG_NAMES[name]), typed
    assert found.unsure and f"'{typed}' as {name.capitalize()}" in (found.how or "")


def _one_edit(word: str, name: str) -> bool:
    """Whether `word` is one letter dropped, added, changed or two swapped from `name`."""
    if word == name or abs(len(word) - len(name)) > 1:
        return False
    if len(word) == len(name):
        diffs = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
        swapped = len(diffs) == 2 and diffs[1] == diffs[0] + 1
        i = diffs[0] if diffs else 0
        return len(diffs) == 1 or (swapped and (word[i], word[i + 1]) == (name[i + 1], name[i]))
    short, long = sorted((word, name), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def test_a_slip_is_named_in_the_reason_and_the_phrase_keeps_its_letters() -> None:
    result = check_smart("Ship the report by Wendesday", today=SUNDAY)
    assert result.time_bound.reason == (
        "Due 2026-11-25 (read 'Wendesday' as Wednesday, from 'by Wendesday')."
    )
    found = find_deadline("Ship the report by Febuary 14, then rest", SUNDAY)
    assert found.phrase == "by Febuary 14"
    assert found.how == "read 'Febuary' as February, from 'by Febuary 14'"


def test_a_slip_keeps_the_offsets_of_the_words_after_it() -> None:
    # "tusday" is one letter shorter than "tuesday": what follows is still found where it is.
    text = "Draft on tusday, ship by 2027-01-15 and reply within 2 days of it"
    found = find_deadline(text, SUNDAY)
    assert found.phrase == "by 2027-01-15" and found.how is None


# --- Not deadlines -------------------------------------------------------------------------------

NOT_DEADLINES = [
    ("Write the postmortem of the Oct 28 outage", "'Oct 28' is the date of something"),
    ("Send the Nov 3 offsite recap to the team", "'Nov 3' is the date of something"),
    ("Share the notes from the Nov 3 offsite", "'Nov 3' is the date of something"),
    ("Summarise the minutes of 2026-11-02", "'2026-11-02' is the date of something"),
    ("Join the Tuesday planning call to unblock Sam", "'Tuesday' names a meeting"),
    ("Prepare slides for the Friday demo", "'Friday' names a meeting"),
    ("Present the metrics at the Monday standup", "'Monday' names a meeting"),
    ("Take notes in the Thursday 1:1", "'Thursday' names a meeting"),
    ("Release the 1.10.2026 build", None),  # a version: dots count only after a deadline word
    ("Cut the page weight by 2.5.", None),  # an amount
    ("Plan the Christmas party", None),
    ("Fix the bugs before they fall through", None),
]


@pytest.mark.parametrize(("text", "why"), NOT_DEADLINES, ids=[t for t, _ in NOT_DEADLINES])
def test_a_date_of_an_event_or_a_name_is_not_the_deadline(text: str, why: str | None) -> None:
    found = find_deadline(text, SUNDAY)
    assert (found.due, found.phrase, found.problem) == (None, None, "missing")
    result = check_smart(text, today=SUNDAY)
    assert result.time_bound.verdict == "fail" and result.due is None
    if why is not None:
        assert why in result.time_bound.reason
        assert "not when the goal is due" in result.time_bound.reason


def test_an_event_date_is_still_no_target_for_measurable() -> None:
    # The 28 of "Oct 28" is masked like any date: it is not a count of anything.
    result = check_smart("Write the postmortem of the Oct 28 outage", today=SUNDAY)
    assert "28" not in result.measurable.reason


def test_a_deadline_beside_an_event_date_is_found() -> None:
    found = find_deadline("Send the Oct 28 outage postmortem by Friday", SUNDAY)
    assert (found.due, found.phrase) == (d("2026-11-27"), "by Friday")


# --- Reasons -------------------------------------------------------------------------------------

FUZZY = [
    "Book the venue by the first week of March",
    "Close the deal before the holidays",
    "Book the venue by mid-February",
    "Book the venue by early January",
    "Book the venue by late March",
    "Plant the garden before the summer",
    "Draft the plan early next month",
    "Fix the flaky test in the next sprint",
]


@pytest.mark.parametrize("text", FUZZY)
def test_a_fuzzy_deadline_is_never_answered_with_no_deadline(text: str) -> None:
    for rules in (DateSettings(), SPRINTS):
        result = check_smart(text, today=SUNDAY, date_settings=rules)
        reason = result.time_bound.reason
        assert "no deadline" not in reason.lower(), reason
        assert result.time_bound.verdict in ("pass", "warn")
        if result.due is not None:
            assert reason.startswith(f"Due {result.due.isoformat()} (read from ")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Ship the beta in 2 wks", "Due 2026-12-06 (read 'in 2 wks' as 2 weeks)."),
        (
            "Book the venue by the first week of March",
            "Due 2027-03-07 (read from a period: 'by the first week of March', taken as its "
            "last day).",
        ),
        (
            "Close the deal before the holidays",
            "Due 2026-12-24 (read from a period: 'before the holidays', taken as the last day "
            "before them).",
        ),
        (
            "Book the venue by mid-February",
            "Due 2027-02-15 (read from a period: 'by mid-February', taken as the 15th).",
        ),
        ("Send the contract by 01/12/2026", "Due 2026-12-01 (read day-first from '01/12/2026')."),
        ("Send the contract by 12/15/2026", "Due 2026-12-15 (read from 'by 12/15/2026')."),
        ("Ship it Thursday the 10th", "Due 2026-12-10 (read from 'Thursday the 10th')."),
    ],
)
def test_the_reason_says_how_the_date_was_read(text: str, reason: str) -> None:
    assert check_smart(text, today=SUNDAY).time_bound.reason == reason


def test_a_sprint_reason_shows_the_day_and_the_length_it_came_from() -> None:
    result = check_smart(
        "Fix the flaky test in the next sprint", today=SUNDAY, date_settings=SPRINTS
    )
    assert result.time_bound.reason == (
        "Due 2026-12-20 (read from the sprint length: 'in the next sprint', taken as 28 days "
        "from today, as sprint_days is 14 in the config)."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Answer each client email in 2 weeks",  # a turnaround, not the deadline
        "Prepare for the Friday demo soon",
        "Post an update every month",
        "Write the Q3 roadmap draft",
    ],
)
def test_advice_never_suggests_what_the_goal_already_says(text: str) -> None:
    reason = check_smart(text, today=SUNDAY).time_bound.reason
    for suggested in re.findall(r"'([^']+)'", reason.split("e.g.", 1)[-1]):
        assert suggested.lower() not in text.lower(), (suggested, reason)


def _one_sentence(message: str) -> bool:
    body = message.replace("e.g.", "eg")
    return body.endswith(".") and not re.search(r"[.!?]\s", body[:-1]) and "\n" not in body


@pytest.mark.parametrize(
    "text",
    [text for text, _ in PHRASES]
    + [text for text, _ in NOT_DEADLINES]
    + [text for text, _ in SPRINT_PHRASES],
)
def test_every_time_bound_reason_is_one_sentence(text: str) -> None:
    for rules in (DateSettings(), SPRINTS):
        reason = check_smart(text, today=SUNDAY, date_settings=rules).time_bound.reason
        # The user's own words are quoted inside: only the sentences around them are checked.
        assert _one_sentence(re.sub(r"'[^']*'", "''", reason)), reason


# --- Any text, any settings ----------------------------------------------------------------------

_words = st.lists(
    st.sampled_from(
        [
            "by", "the", "first", "week", "of", "March", "mid-February", "early", "late",
            "next", "sprint", "sprints", "this", "end", "Wendesday", "Febuary", "tommorow",
            "01/12/2026", "12/15/2026", "18.12.", "18.12.2026", "Thursday", "10th", "a", "from",
            "before", "holidays", "Christmas", "summer", "EOQ", "wks", "in", "2", "second",
            "quarter", "Oct", "28", "outage", "planning", "call", "Tuesday", "no", "later",
            "than", "18th", "1.10.2026",
        ]
    ),
    max_size=10,
).map(" ".join)  # fmt: skip


@settings(max_examples=300)
@given(
    text=_words | st.text(max_size=120),
    today=st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)),
    order=st.sampled_from([DMY, MDY]),
    sprint=st.none() | st.integers(1, 365),
)
def test_any_text_with_any_settings_gives_a_consistent_finding(
    text: str, today: date, order: str, sprint: int | None
) -> None:
    found = find_deadline(text, today, DateSettings(order, sprint))
    assert found.problem in (None, "vague", "past", "impossible", "missing", "sprint")
    if found.problem is None:
        assert found.due is not None and found.due >= today
    if found.unsure:
        assert found.how is not None and found.problem in (None, "past")
    if found.phrase is not None:
        assert found.phrase in " ".join(text.split())
    if sprint is not None:
        assert found.problem != "sprint"
    if found.due is not None and found.problem is None:
        assert found.due - today < timedelta(days=366 * 400)


# --- grow smart with the config's settings and the locale ----------------------------------------


@pytest.fixture
def config(isolated_home: Path) -> Path:
    path = isolated_home / ".config" / "grow" / "config.toml"  # $GROW_CONFIG (conftest)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _due(grow: Any, *goals: str) -> list[str | None]:
    result = grow("smart", "--json", "-", input="\n".join(goals) + "\n")
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line)["due"] for line in result.stdout.splitlines()]


def test_grow_smart_follows_the_configured_date_order(grow: Any, config: Path) -> None:
    assert _due(grow, "Send it by 01/12/2027") == ["2027-12-01"]  # no config: C, day first
    config.write_text('date_order = "MDY"\n', encoding="utf-8")
    # Every goal of a run is read the same way; the one only one order makes, that way.
    goals = ("Send it by 01/12/2027", "Book it on 03-04-2027", "Pay it by 12/15/2027")
    assert _due(grow, *goals) == ["2027-01-12", "2027-03-04", "2027-12-15"]
    result = grow("smart", "Send the contract by 01/12/2027")
    assert "read month-first from '01/12/2027'" in result.stdout


def test_without_a_configured_order_the_locale_decides(
    grow: Any, config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_TIME", "en_US.UTF-8")
    assert _due(grow, "Send it by 01/12/2027") == ["2027-01-12"]
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")  # the strongest of the three
    assert _due(grow, "Send it by 01/12/2027") == ["2027-12-01"]
    config.write_text('date_order = "dmy"\n', encoding="utf-8")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert _due(grow, "Send it by 01/12/2027") == ["2027-12-01"]  # the config wins


def test_grow_smart_counts_sprints_with_the_configured_length(grow: Any, config: Path) -> None:
    result = grow("smart", "--json", "Fix the flaky login test in the next sprint")
    data = json.loads(result.stdout)
    assert (data["due"], data["time_bound"]["verdict"], data["smart"]) == (None, "warn", True)
    config.write_text("sprint_days = 10\n", encoding="utf-8")
    assert _due(grow, "Fix the flaky login test in the next sprint") == ["2026-12-12"]


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('date_order = "YMD"', "date_order = 'YMD'"),
        ("date_order = 1", "date_order = 1"),
        ("sprint_days = 0", "sprint_days = 0"),
        ('sprint_days = "two weeks"', "sprint_days = 'two weeks'"),
        ("sprint_days = true", "sprint_days = True"),
    ],
)
def test_a_bad_date_setting_is_one_clear_error(
    grow: Any, config: Path, line: str, words: str
) -> None:
    config.write_text(line + "\n", encoding="utf-8")
    result = grow("smart", "Send it by Friday")
    assert result.exit_code == 1
    [message] = result.stderr.strip().splitlines()
    assert words in message and str(config) in message and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Send the mockups to the client by 9/12", "2026-12-09"),
        ("Hand the budget template to finance by 12/11", "2027-11-12"),
        ("get new glasses sorted by 18/12", "2026-12-18"),
    ],
)
def test_a_day_and_month_with_a_slash_after_a_deadline_word(text: str, due: str) -> None:
    from grow_cli.domain.smart import check_smart

    result = check_smart(text, today=date(2026, 11, 22))
    assert result.due is not None and result.due.isoformat() == due


@pytest.mark.parametrize("text", ["Cover 2/3 of the rota by Friday", "Run a 24/7 rota by Friday"])
def test_a_fraction_or_a_rota_is_not_a_date(text: str) -> None:
    from grow_cli.domain.smart import check_smart

    result = check_smart(text, today=date(2026, 11, 22))
    assert result.due is not None and result.due.isoformat() == "2026-11-27"


# --- Issue 15, heldout5's date kinds, each with a near miss --------------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # "before" an occasion someone owns is the day before it, as "before Dec 3" is.
        ("Send Lior the notes before our Jan 14 review", date(2027, 1, 13)),
        ("Charge the radios before my Saturday shift", date(2026, 11, 27)),
        ("Send Lior the notes at our Jan 14 review", date(2027, 1, 14)),  # no "before"
        # A misspelt weekday with a possessive: the weekday, and "before" still counts back.
        ("Pack the kit before Wendesday's match", date(2026, 11, 24)),
        ("Bring the slides to Fridya's offsite", date(2026, 11, 27)),
        # A weekday counted in its month: the first one still to come.
        ("Back up the NAS on the first Saturday of every month", date(2026, 12, 5)),
        ("Post the rota on the last Sunday of each month", date(2026, 11, 29)),
        ("Send the digest on the second Tuesday of next month", date(2026, 12, 8)),
        # A two-digit year after a deadline word.
        ("File the claim by 5/1/27", date(2027, 1, 5)),
        ("File the claim by 25/1/27", date(2027, 1, 25)),
    ],
)
def test_heldout5_date_kinds(text: str, due: date) -> None:
    assert find_deadline(text, SUNDAY).due == due, text


@pytest.mark.parametrize(
    "text",
    [
        "Clear the old stock before the summer clearance",  # a season naming an undated event
        "Revise for the winter exams",
        "Cover 2/3/27 of the shifts",  # no deadline word: a fraction, not a date
    ],
)
def test_heldout5_not_deadlines(text: str) -> None:
    assert find_deadline(text, SUNDAY).due is None, text


def test_a_season_alone_is_still_a_period() -> None:
    assert find_deadline("Repaint the fence by the summer", SUNDAY).due == date(2027, 6, 20)

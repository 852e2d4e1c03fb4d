"""`grow search`, and the --tag filter of `grow actions` and `grow history`, on the shared example
folder (tests/folders.py) plus a few notes written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from folders import (
    ALEX_CHECKIN_1,
    ALEX_CHECKIN_2,
    ALEX_COACHING,
    ALEX_DAMAGED,
    ALEX_SYNC,
    ALEX_TEMPLATES,
    ALEX_TRIAGE,
    JOURNAL_ENTRY,
    PRIYA_CHECKIN,
    PRIYA_COACHING,
    TODAY,
    example_folder,
    run_json,
    write_note,
)
from grow_cli.domain.dates import past_date
from grow_cli.domain.models import Grow, Note
from grow_cli.domain.search import Filters, excerpt, has_tags, query_words, search
from shapes import NOTE_KEYS

MARKUP_NOTE = "journal/2026-11-18-journal"
MARKUP_TOML = """
schema = 1
kind = "journal"
date = 2026-11-18
mode = "reflection"
topic = "[bold]Ship[/bold] the [red]hotfix"
tags = ["Incidents", "delegation"]

[reflection]
what_happened = "The hotfix went out late; I wrote [/] in the channel by mistake"
"""


@pytest.fixture
def folder(grow, notes_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    example_folder(grow, notes_dir)
    write_note(notes_dir, f"{MARKUP_NOTE}.md", MARKUP_TOML, "The body mentions pineapple.\n")
    return notes_dir


def ids(grow, *args: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The ids `grow search ARGS --json` finds, in order."""
    return [found["id"] for found in run_json(grow, "search", *args)]


def assert_one_line_error(result, exit_code: int, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == exit_code, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("grow: error:")]
    assert len(errors) == 1 and "Traceback" not in result.output, result.output
    for word in words:
        assert word in errors[0]


# Words


def test_finds_a_word_in_any_answer_newest_first(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    # The coaching note's options, action and support; a check-in's support; an update's note.
    assert ids(grow, "triage") == [ALEX_CHECKIN_2, ALEX_CHECKIN_1, ALEX_COACHING]


def test_case_does_not_matter_and_words_match_inside_longer_words(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert ids(grow, "TRIAGE") == [ALEX_CHECKIN_2, ALEX_CHECKIN_1, ALEX_COACHING]
    assert ids(grow, "escalat") == [ALEX_COACHING]  # "escalated", in the SBI impact


def test_every_word_must_match_somewhere_in_the_note(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    # Coaching: "Marco" in an option, "payments" in the will. Check-in: two update notes.
    assert ids(grow, "marco payments") == [PRIYA_CHECKIN, PRIYA_COACHING]
    assert ids(grow, "marco reorganised") == [PRIYA_CHECKIN]
    assert ids(grow, "marco escalated") == []


def test_the_body_is_not_searched_nor_what_grow_fills_in(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert ids(grow, "pineapple") == []  # only in the body
    assert ids(grow, "alex-kim") == []  # the person and the ids
    assert ids(grow, "blocked") == []  # a status


def test_json_lists_notes_with_matching_answers(grow, folder: Path, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    found = run_json(grow, "search", "thursday sync")
    assert [f["id"] for f in found] == [ALEX_CHECKIN_2, ALEX_COACHING]
    checkin = found[0]
    assert set(checkin) == {*NOTE_KEYS, "matches"}  # a note's one shape, and its matches
    assert checkin["path"] == str(notes_dir / "people" / f"{ALEX_CHECKIN_2}.md")
    assert (checkin["date"], checkin["kind"], checkin["person"]) == (
        "2026-11-20",
        "checkin",
        "alex-kim",
    )
    assert checkin["matches"] == [
        {"field": "updates.note", "text": "The Thursday sync still clashes with the 14:00 triage"}
    ]
    coaching = found[1]
    assert coaching["focus"] == "performance"
    assert coaching["tags"] == ["support", "turnaround"]
    assert [m["field"] for m in coaching["matches"]] == ["support.text"]


def test_output_names_date_who_kind_id_and_the_matching_answers(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("search", "thursday")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["2026-11-20", "Alex", "Kim", "checkin", ALEX_CHECKIN_2]
    assert lines[1] == "  updates.note: The Thursday sync still clashes with the 14:00 triage"
    assert lines[3].split() == ["2026-11-08", "Alex", "Kim", "coaching", ALEX_COACHING]
    assert lines[4].startswith("  support.text: Move the Thursday project sync")
    assert lines[-1] == "2 notes found."


def test_journal_notes_show_as_journal_with_their_mode(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("search", "hotfix")
    assert result.stdout.splitlines()[0].split() == [
        "2026-11-18",
        "journal",
        "reflection",
        MARKUP_NOTE,
    ]


def test_user_text_that_looks_like_markup_is_shown_as_written(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("search", "ship")
    assert result.exit_code == 0, result.output
    assert "  topic: [bold]Ship[/bold] the [red]hotfix" in result.stdout.splitlines()
    result = grow("search", "channel")
    assert "  reflection.what_happened: The hotfix went out late; I wrote [/] in the" in (
        result.stdout
    )


def test_matched_words_are_highlighted_on_a_colour_terminal(  # type: ignore[no-untyped-def]
    grow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.ui import output

    monkeypatch.setattr(output, "colour_enabled", lambda: True)
    result = grow("search", "thursday sync")
    lines = result.stdout.splitlines()
    mark = "\x1b[1m\x1b[33m{}\x1b[0m\x1b[0m".format
    assert lines[1] == (
        f"  \x1b[2mupdates.note:\x1b[0m The {mark('Thursday')} {mark('sync')} still clashes with "
        "the 14:00 triage"
    )


def test_control_characters_in_answers_are_not_sent_to_the_terminal(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    toml = 'kind = "journal"\ndate = 2026-11-19\ntopic = "Wipe \\u001b[2J the\\tscreen"\n'
    write_note(folder, "journal/2026-11-19-journal.md", toml)
    result = grow("search", "wipe")
    assert "\x1b" not in result.stdout
    assert "  topic: Wipe ?[2J the screen" in result.stdout.splitlines()
    found = run_json(grow, "search", "wipe")  # JSON keeps the text exactly
    assert found[0]["matches"][0]["text"] == "Wipe \x1b[2J the\tscreen"


def test_damaged_notes_are_named_once_and_skipped(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("search", "triage")
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and ALEX_DAMAGED in warnings[0]


# Filters


def test_person_by_name_or_slug(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    # "review" is in Priya's notes only ... and in none of Alex's
    assert ids(grow, "review", "--person", "Priya Shah") == [PRIYA_COACHING]
    assert ids(grow, "review", "--person", "priya-shah") == [PRIYA_COACHING]
    assert ids(grow, "review", "--person", "alex-kim") == []
    assert ids(grow, "", "--person", "alex-kim") == [ALEX_CHECKIN_2, ALEX_CHECKIN_1, ALEX_COACHING]


def test_unknown_person_is_one_line_error(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert_one_line_error(grow("search", "x", "--person", "Nobody Here"), 1, "'Nobody Here'")


def test_focus(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert ids(grow, "", "--focus", "development") == [PRIYA_COACHING]
    assert ids(grow, "queue", "--focus", "performance") == [ALEX_COACHING]
    assert ids(grow, "queue", "--focus", "career") == []
    assert_one_line_error(grow("search", "x", "--focus", "fun"), 2, "--focus", "performance")


def test_kind(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert ids(grow, "", "--kind", "checkin") == [ALEX_CHECKIN_2, PRIYA_CHECKIN, ALEX_CHECKIN_1]
    assert ids(grow, "", "--kind", "journal") == [MARKUP_NOTE, JOURNAL_ENTRY]
    assert_one_line_error(grow("search", "x", "--kind", "memo"), 2, "--kind", "journal")


def test_since_and_until_take_iso_dates(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    both = ("--since", "2026-11-12", "--until", "2026-11-15")
    assert ids(grow, "", *both) == [PRIYA_CHECKIN, ALEX_CHECKIN_1, JOURNAL_ENTRY]
    assert ids(grow, "", "--until", "2026-10-31") == [PRIYA_COACHING]


def test_since_takes_phrases_for_the_past(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    # Today is 2026-11-22: a week ago is the 15th.
    week = [ALEX_CHECKIN_2, MARKUP_NOTE, PRIYA_CHECKIN, ALEX_CHECKIN_1]
    assert ids(grow, "", "--since", "1 week ago") == week
    assert ids(grow, "", "--since", "last week") == week
    assert ids(grow, "", "--since", "7 days ago", "--until", "yesterday") == week
    assert ids(grow, "", "--since", "last month", "--kind", "coaching") == [
        ALEX_COACHING,
        PRIYA_COACHING,
    ]
    assert ids(grow, "", "--since", "3 weeks ago", "--kind", "coaching") == [ALEX_COACHING]


def test_bad_dates_are_one_line_usage_errors(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert_one_line_error(grow("search", "x", "--since", "soonish"), 2, "--since", "7 days ago")
    assert_one_line_error(grow("search", "x", "--until", "2026-02-30"), 2, "--until")
    result = grow("search", "x", "--since", "2026-11-20", "--until", "2026-11-01")
    assert_one_line_error(result, 2, "after --until")


def test_tags_must_all_be_there_in_any_case(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert ids(grow, "", "--tag", "support") == [ALEX_COACHING]
    assert ids(grow, "", "--tag", "SUPPORT", "--tag", "turnaround") == [ALEX_COACHING]
    assert ids(grow, "", "--tag", "support", "--tag", "leadership") == []
    assert ids(grow, "hotfix", "--tag", "incidents") == [MARKUP_NOTE]


def test_tags_are_searched_as_words_too(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    found = run_json(grow, "search", "leadership")
    assert found[0]["matches"] == [{"field": "tags", "text": "leadership, influence"}]


# Nothing found


def test_says_clearly_when_nothing_matched_and_exits_0(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("search", "zzz", "--person", "alex-kim")
    assert result.exit_code == 0
    assert result.stdout == "No notes match 'zzz' (with --person alex-kim).\n"
    result = grow("search", "zzz")
    assert result.stdout == "No notes match 'zzz'.\n"
    result = grow("search", "triage", "--tag", "a", "--tag", "b", "--since", "last week")
    assert result.stdout == "No notes match 'triage' (with --since last week, --tag a, --tag b).\n"
    assert grow("search", "zzz", "--json").stdout == "[]\n"


def test_an_empty_folder_matches_nothing(grow, notes_dir: Path, empty_folder) -> None:  # type: ignore[no-untyped-def]
    result = grow("search", "anything")
    assert result.exit_code == 0 and result.stdout == "No notes match 'anything'.\n"


def test_help_explains_every_option_and_the_exit_status(grow) -> None:  # type: ignore[no-untyped-def]
    result = grow("search", "--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    for option in ("--person", "--focus", "--kind", "--since", "--until", "--tag", "--json"):
        assert option in text
    assert "Exit status is 0 whether or not anything matched" in text


# --tag in grow actions and grow history


def test_actions_tag_keeps_items_from_tagged_notes(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    found = run_json(grow, "actions", "--status", "all", "--tag", "Turnaround")
    assert sorted(item["id"] for item in found) == sorted([ALEX_TRIAGE, ALEX_TEMPLATES, ALEX_SYNC])
    assert run_json(grow, "actions", "--tag", "support", "--tag", "leadership") == []
    assert run_json(grow, "actions", "priya-shah", "--tag", "support") == []
    result = grow("actions", "--tag", "nope")
    assert result.exit_code == 0 and result.stdout == "No items match.\n"


def test_history_tag_keeps_tagged_notes(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    assert [row["id"] for row in run_json(grow, "history", "alex-kim", "--tag", "support")] == [
        ALEX_COACHING
    ]
    result = grow("history", "Alex Kim", "--tag", "support")
    assert [line.split()[-1] for line in result.stdout.splitlines()[1:2]] == [ALEX_COACHING]
    result = grow("history", "Alex Kim", "--tag", "nope", "--tag", "other")
    assert result.exit_code == 0
    assert result.stdout == "No notes about Alex Kim tagged nope, other.\n"


# The pure core


def test_query_words_are_folded_and_unique() -> None:
    assert query_words("  Triage  the QUEUE triage ") == ["triage", "the", "queue"]
    assert query_words("") == []


def test_has_tags() -> None:
    assert has_tags(["Support", "x"], ["support"])
    assert has_tags([], [])
    assert not has_tags(["support"], ["support", "x"])


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("2026-11-01", dt.date(2026, 11, 1)),
        ("today", TODAY),
        ("Yesterday", dt.date(2026, 11, 21)),
        ("7 days ago", dt.date(2026, 11, 15)),
        ("a week ago", dt.date(2026, 11, 15)),
        ("two weeks ago", dt.date(2026, 11, 8)),
        ("3 months ago", dt.date(2026, 8, 22)),
        ("last month", dt.date(2026, 10, 22)),
        ("the past year", dt.date(2025, 11, 22)),
        ("999999999 days ago", dt.date.min),
        # TODAY is a Sunday: a weekday is the latest one up to today, 'last' one before today.
        ("monday", dt.date(2026, 11, 16)),
        ("on Fri", dt.date(2026, 11, 20)),
        ("sunday", TODAY),
        ("last sunday", dt.date(2026, 11, 15)),
        ("last  Saturday", dt.date(2026, 11, 21)),
    ],
)
def test_past_dates(phrase: str, expected: dt.date) -> None:
    assert past_date(phrase, TODAY) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("fourteen days ago", dt.date(2026, 11, 8)),
        ("a couple of weeks ago", dt.date(2026, 11, 8)),
        ("A  couple\tof days ago", dt.date(2026, 11, 20)),
        ("Forty-Five days ago", dt.date(2026, 10, 8)),
        ("ninety days ago", dt.date(2026, 8, 24)),
        ("twenty years ago", dt.date(2006, 11, 22)),
    ],
)
def test_past_dates_take_the_number_words_deadlines_take(phrase: str, expected: dt.date) -> None:
    assert past_date(phrase, TODAY) == expected


def test_a_month_back_keeps_to_the_shorter_month() -> None:
    assert past_date("1 month ago", dt.date(2026, 3, 31)) == dt.date(2026, 2, 28)


@pytest.mark.parametrize("phrase", ["", "soon", "in 3 days", "next friday", "2026-13-01"])
def test_not_past_dates(phrase: str) -> None:
    with pytest.raises(ValueError, match="not a date grow can look back to"):
        past_date(phrase, TODAY)


def test_excerpt_marks_the_words_and_cuts_long_text_around_the_first() -> None:
    short = excerpt("Triage the\nqueue: triaged", ["triage"])
    assert short.text == "Triage the queue: triaged"
    assert short.spans == ((0, 6), (18, 24))
    long = excerpt("x" * 300 + " needle " + "y" * 300, ["needle"], width=100)
    assert long.text.startswith("…") and long.text.endswith("…")
    assert len(long.text) == 102
    (start, end), *_ = long.spans
    assert long.text[start:end] == "needle"


def _note(day: int, words: str, tags: list[str]) -> Note:
    return Note(
        kind="journal",
        date=dt.date(2026, 1, 1) + dt.timedelta(days=day % 365),
        id=f"journal/{day}",
        topic=f"Topic {day} {words}",
        grow=Grow(goal="Reach inbox zero every Friday", options=["Batch email", "Mute chats"]),
        tags=tags,
    )


def test_searching_ten_thousand_notes() -> None:
    # Its speed (about 0.17 s of CPU here) is measured in benchmarks/adversarial.py, not here.
    notes = [_note(i, "delegation" if i % 7 == 0 else "focus", ["a"]) for i in range(10_000)]
    found = search(notes, query_words("delegation friday"), Filters(tags=("A",)))
    assert len(found) == len(range(0, 10_000, 7))
    assert found[0].note.date >= found[-1].note.date


def test_your_private_notes_are_found_by_your_search(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from folders import coaching_answers

    assert grow("person", "add", "Alex Kim").exit_code == 0
    extra = 'private_notes = "Worried about the hospital appointments"'
    saved = grow("coach", "alex-kim", "--answers", "-", input=coaching_answers(extra=extra))
    assert saved.exit_code == 0, saved.output
    found = grow("search", "hospital")
    assert found.exit_code == 0 and "private_notes" in found.stdout
    assert "hospital" not in grow("share", "alex-kim", "--out", "-").stdout  # still never shared

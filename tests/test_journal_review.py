"""`grow journal list` and `grow journal review` on the example month
(src/grow_cli/examples/journal-month/), copied into the test's notes folder. Today is 2026-11-22
(conftest).

What the example month holds, as anyone can check by reading its files:
- 14 entries from 2 to 22 November: 5 grow (2, 5, 10, 14, 20), 6 reflection (3, 9, 12, 16, 19,
  22) and 3 career (7, 18, 21).
- 12 actions owned by "self". Done by a later entry's [[updates]]: 11-02 a1 and a2, 11-05 a1,
  11-07 a1, 11-14 a1. Dropped: 11-16 a1. In progress and overdue since 13 November: 11-05 a2,
  11-10 a1. Open, not yet due: 11-18 a1, 11-20 a1 and a2, 11-21 a1.
- "feedback" comes up 17 times in the topics, goals, reflections and career notes of 4 entries
  (9, 10, 22 November, and "giving feedback early" on the 7th); the tag "delegation" is on 6.
"""

from __future__ import annotations

import json
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from folders import write_note, write_person
from shapes import NOTE_KEYS

MONTH = EXAMPLES / "journal-month"
DONE = [  # in the order they were done
    "journal/2026-11-02-journal#a1",  # 11-05
    "journal/2026-11-02-journal#a2",  # 11-09
    "journal/2026-11-05-journal#a1",  # 11-10
    "journal/2026-11-07-journal#a1",  # 11-18
    "journal/2026-11-14-journal#a1",  # 11-19
]
OVERDUE = ["journal/2026-11-05-journal#a2", "journal/2026-11-10-journal#a1"]
NOT_YET_DUE = [
    "journal/2026-11-20-journal#a1",  # 11-25
    "journal/2026-11-18-journal#a1",  # 11-27
    "journal/2026-11-20-journal#a2",  # 12-02
    "journal/2026-11-21-journal#a1",  # 12-04
]


@pytest.fixture
def month(notes_dir: Path) -> Path:
    """The example month as the notes folder."""
    shutil.copytree(MONTH, notes_dir)
    return notes_dir


def run_json(grow, *args: str) -> Any:  # type: ignore[no-untyped-def]
    result = grow(*args, "--json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    return json.loads(result.stdout)


# The example month itself


def test_the_example_month_is_a_clean_notes_folder(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    files = sorted((month / "journal").glob("*.md"))
    assert len(files) == 14
    assert all(re.fullmatch(r"2026-11-\d\d-journal\.md", f.name) for f in files)
    result = grow("actions", "--journal", "--status", "all", "--json")
    assert result.exit_code == 0 and result.stderr == ""  # every note reads without a warning
    items = json.loads(result.stdout)
    assert len(items) == 12 and {item["owner"] for item in items} == {"self"}
    assert "grow --notes" in (MONTH / "README.md").read_text(encoding="utf-8")


def test_feedback_count_matches_the_files(month: Path) -> None:
    """The theme count asserted below, counted straight from the files' TOML."""
    mentions, entries = 0, 0
    for path in (month / "journal").glob("*.md"):
        data = tomllib.loads(path.read_text(encoding="utf-8").split("+++")[1])
        texts = [data.get("topic", "")]
        for table in ("grow", "reflection", "career"):
            for value in data.get(table, {}).values():
                texts += value if isinstance(value, list) else [str(value)]
        found = sum(len(re.findall(r"\bfeedback\b", text, re.IGNORECASE)) for text in texts)
        mentions, entries = mentions + found, entries + (found > 0)
    assert (mentions, entries) == (17, 4)


# grow journal list


def test_list_json_newest_first_with_summaries_and_counts(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    entries = run_json(grow, "journal", "list")
    assert len(entries) == 14
    assert entries[0]["id"] == "journal/2026-11-22-journal"
    assert entries[-1]["id"] == "journal/2026-11-02-journal"
    assert [e["date"] for e in entries] == sorted((e["date"] for e in entries), reverse=True)
    assert set(entries[0]) == NOTE_KEYS  # the one shape of a note in a listing
    by_day = {e["date"][-2:]: e for e in entries}
    assert by_day["02"]["summary"].startswith("Hand the weekly report over to Priya")  # goal
    assert by_day["03"]["summary"].startswith("In the sprint planning meeting")  # happened
    assert by_day["07"]["summary"].startswith("I want to move toward a staff engineer")
    assert by_day["05"]["counts"] == {"actions": 2, "support": 0, "updates": 1, "feedback": 0}
    assert by_day["12"]["counts"] == {"actions": 0, "support": 0, "updates": 0, "feedback": 0}
    assert by_day["05"]["path"] == str(month / "journal" / "2026-11-05-journal.md")


def test_list_shows_one_line_per_entry(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("journal", "list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["date", "mode", "summary", "holds", "id"]
    assert lines[1].split()[:2] == ["2026-11-22", "reflection"]
    assert lines[1].split()[-2:] == ["2u", "journal/2026-11-22-journal"]
    assert lines[-1] == "14 entries; holds: a actions, u status updates"
    assert len(lines) == 16


def test_list_of_an_empty_journal(grow, notes_dir: Path, empty_folder) -> None:  # type: ignore[no-untyped-def]
    result = grow("journal", "list")
    assert result.exit_code == 0
    assert result.stdout == "No journal entries yet. Write one with: grow journal\n"
    assert run_json(grow, "journal", "list") == []


def test_list_leaves_out_conversations_about_people(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    write_person(month, "alex-kim", "Alex Kim")
    write_note(
        month,
        "people/alex-kim/2026-11-21-feedback.md",
        'kind = "feedback"\ndate = 2026-11-21\nperson = "alex-kim"\n'
        '[[feedback]]\nsituation = "s"\nbehavior = "b"\nimpact = "i"\n',
    )
    assert len(run_json(grow, "journal", "list")) == 14


# grow journal review


def test_review_counts(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    found = run_json(grow, "journal", "review")
    assert (found["since"], found["today"]) == ("2026-10-23", "2026-11-22")  # 30 days
    assert found["modes"] == {"grow": 5, "reflection": 6, "career": 3}
    assert found["counts"] == {
        "entries": 14,
        "goals": 5,
        "actions": 12,
        "actions_done": 5,
        "actions_dropped": 1,
        "actions_open": 6,
        "done": 5,
        "open": 6,
        "overdue": 2,
    }


def test_review_what_i_set_out_to_do(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    found = run_json(grow, "journal", "review")
    goals = [goal["text"] for goal in found["goals"]]
    assert goals[0].startswith("Hand the weekly report over to Priya")
    assert goals[-1].startswith("Hand the incident review notes over to Tomás")
    fields = [t["field"] for t in found["tries"]]
    assert fields.count("reflection.what_ill_try") == 6
    assert fields.count("career.next_step") == 3


def test_review_what_got_done_counts_later_updates(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    found = run_json(grow, "journal", "review")
    assert [item["id"] for item in found["done"]] == DONE
    assert [item["closed_on"] for item in found["done"]] == [
        "2026-11-05",
        "2026-11-09",
        "2026-11-10",
        "2026-11-18",
        "2026-11-19",
    ]


def test_review_recurring_themes(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    found = run_json(grow, "journal", "review")
    themes = found["themes"]
    assert len(themes) == 10
    assert themes[:3] == [
        {"word": "feedback", "entries": 4, "mentions": 17},
        {"word": "report", "entries": 4, "mentions": 13},
        {"word": "review", "entries": 6, "mentions": 12},
    ]
    words = [theme["word"] for theme in themes]
    assert {"tomás", "priya", "meetings"} <= set(words)
    assert not {"the", "and", "week", "november", "i'll"} & set(words)
    assert found["tags"][0] == {"tag": "delegation", "entries": 6}


def test_review_open_items_with_overdue_marked(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    found = run_json(grow, "journal", "review")
    assert [item["id"] for item in found["open"]] == OVERDUE + NOT_YET_DUE
    assert [item["days_overdue"] for item in found["open"]] == [9, 9, 0, 0, 0, 0]
    assert {item["status"] for item in found["open"][:2]} == {"progress"}


def test_review_on_the_terminal_shows_the_same_numbers(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("journal", "review")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == (
        "Journal review, 2026-10-23 to 2026-11-22: 14 entries (5 grow, 6 reflection, 3 career)"
    )
    for heading in ("What I set out to do", "What got done (5)", "Recurring themes"):
        assert heading in lines
    assert "Still open (6, 2 overdue)" in lines
    assert "  12 actions agreed: 5 done, 1 dropped, 6 still to do" in lines
    assert "  feedback  17 mentions in 4 entries" in lines
    assert any(line.startswith("  2026-11-13, overdue by 9 days  Decline or") for line in lines)
    assert any(line.startswith("  2026-11-25  Agree with Tomás") for line in lines)
    assert any(line.startswith("  tags: delegation (6), ") for line in lines)


def test_review_since_a_date_or_a_phrase(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    found = run_json(grow, "journal", "review", "--since", "2026-11-15")
    assert found["counts"]["entries"] == 6  # 16, 18, 19, 20, 21, 22 November
    assert found["modes"] == {"grow": 1, "reflection": 3, "career": 2}
    # Agreed since: 11-16 (dropped), 11-18, 11-20 x2, 11-21; done since: two earlier ones.
    assert (found["counts"]["actions"], found["counts"]["actions_dropped"]) == (5, 1)
    assert [item["id"] for item in found["done"]] == DONE[3:]
    assert len(found["open"]) == 6  # still open, whenever agreed
    assert run_json(grow, "journal", "review", "--since", "last week") == found


def test_review_with_no_entries_in_the_period_still_lists_what_is_open(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("journal", "review", "--since", "today")
    assert result.exit_code == 0
    assert "2026-11-22 to 2026-11-22: 1 entry (1 reflection)" in result.stdout
    result = grow("journal", "review", "--since", "2027-01-01")
    assert "0 entries" in result.stdout and "Still open (6, 2 overdue)" in result.stdout
    assert "No goals or intentions in these entries." in result.stdout


def test_review_of_an_empty_journal(grow, notes_dir: Path, empty_folder) -> None:  # type: ignore[no-untyped-def]
    result = grow("journal", "review")
    assert result.exit_code == 0
    assert result.stdout == "No journal entries yet. Write one with: grow journal\n"
    assert run_json(grow, "journal", "review")["counts"]["entries"] == 0


def test_review_bad_since_is_one_line_usage_error(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("journal", "review", "--since", "the other day")
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and errors[0].startswith("grow: error: --since: 'the other day'")
    assert "Traceback" not in result.output


def test_help_explains_the_options(grow) -> None:  # type: ignore[no-untyped-def]
    review = " ".join(grow("journal", "review", "--help").stdout.split())
    assert "--since DATE" in review and "default: 30 days ago" in review and "--json" in review
    listing = " ".join(grow("journal", "list", "--help").stdout.split())
    assert "newest first" in listing and "--json" in listing


# Searching the example month


def test_search_the_month(grow, month: Path) -> None:  # type: ignore[no-untyped-def]
    found = run_json(grow, "search", "delegating", "--kind", "journal")
    assert [f["date"] for f in found] == [
        "2026-11-19",
        "2026-11-18",
        "2026-11-12",
        "2026-11-03",
        "2026-11-02",
    ]
    tagged = run_json(grow, "search", "tomás", "--tag", "delegation", "--since", "2026-11-10")
    assert [f["date"] for f in tagged] == ["2026-11-20", "2026-11-19"]

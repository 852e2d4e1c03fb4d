"""`grow followup` speaks to them (issue 16, point 7): second person ("You'll ...", "I'll ...",
"Our next check-in is on ..."), the SBI feedback of a performance conversation said plainly,
after a check-in what was done, dropped, won and is still open, and --edit to change the text
in $VISUAL / $EDITOR before it is printed or written. Private things stay out."""

from __future__ import annotations

import datetime as dt
import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from folders import Grow, on_day

JORDAN = "jordan-lee"
JORDAN_COACHING = f"{JORDAN}/2026-12-02-coaching"
PERFORMANCE = """
focus = "performance"
topic = "Finishing sprint stories"
next_checkin = "2026-12-10"
tags = ["sprint", "hr-case"]

[[feedback]]
situation = "In Tuesday's demo"
behavior = "Three of the five stories were not finished"
impact = "The team reworked them this week"

[grow]
goal = "Finish all 5 stories planned for the next sprint by the demo on 15 December"
reality = "Jordan takes on extra requests mid-sprint, often after the planning meeting."
options = ["Say no to requests after planning", "Keep a parking list for requests"]
will = "Keep a parking list from Monday"

[[actions]]
text = "Send the draft to Sam by Friday"
relevant_to = "Sprint goal: every planned story done at the demo"
confidence = 8

[[support]]
text = "Book the training"
due = "2026-12-04"
"""
# The follow-up of the conversation above, word for word (the README shows it too).
PERFORMANCE_FOLLOWUP = """Hi Jordan,

Thanks for our conversation on Wednesday 2 December about finishing sprint stories. Here is \
what we agreed, so we both have the same picture.

What I noticed
In Tuesday's demo, three of the five stories were not finished, so the team reworked them this \
week.

Your goal
Finish all 5 stories planned for the next sprint by the demo on 15 December.
Where things stand: you take on extra requests mid-sprint, often after the planning meeting.

What you'll do
- You'll send the draft to Sam by Friday (4 December).

What I'll do to support you
- I'll book the training by 4 December.

Our next check-in is on Thursday 10 December.

How useful was this conversation for you, from 1 (not at all) to 5 (very)? A number in your \
reply is enough, and anything you would change.

If anything here doesn't match what you remember, tell me and we'll fix it.
"""

ALEX = "alex-kim"
ALEX_COACHING = f"{ALEX}/2026-11-01-coaching"
CHECKIN = f"""
next_checkin = "2026-11-17"
tags = ["weekly"]

[[updates]]
ref = "{ALEX_COACHING}#a2"
status = "done"
note = "All five are in the shared folder"

[[updates]]
ref = "{ALEX_COACHING}#a1"
status = "blocked"
note = "The project deadline ate the afternoons"

[[updates]]
ref = "{ALEX_COACHING}#s1"
status = "dropped"
note = "The sync moved anyway"

[[progress]]
thread = "{ALEX_COACHING}#t1"
reading = 12

[[actions]]
text = "Block 14:00 to 14:30 for triage in the calendar every weekday by Wednesday"
relevant_to = "Team target: first reply within 4 hours"
confidence = 8

[[support]]
text = "Ask the project lead to keep afternoons free of meetings by Thursday"
"""


@pytest.fixture
def jordan(grow: Grow, notes_dir: Path) -> str:
    """Jordan Lee (fortnightly), coached on Wednesday 2 December 2026 about unfinished stories."""
    with on_day(dt.date(2026, 12, 2)):
        assert grow("person", "add", "Jordan Lee", "--cadence", "14").exit_code == 0
        result = grow("coach", JORDAN, "--answers", "-", input=PERFORMANCE)
        assert result.exit_code == 0, result.output
    return JORDAN


@pytest.fixture
def alex(grow: Grow, notes_dir: Path) -> str:
    """Alex Kim: the performance example on 1 November 2026, checked in on 10 November (one
    action done, one blocked, the support dropped, the measure from 18 to 12 hours)."""
    with on_day(dt.date(2026, 11, 1)):
        assert grow("person", "add", "Alex Kim").exit_code == 0
        result = grow("coach", ALEX, "--answers", str(EXAMPLES / "performance.toml"))
        assert result.exit_code == 0, result.output
    with on_day(dt.date(2026, 11, 10)):
        result = grow("checkin", ALEX, "--answers", "-", input=CHECKIN)
        assert result.exit_code == 0, result.output
    return ALEX


def test_a_performance_follow_up_speaks_to_them(grow: Grow, jordan: str) -> None:
    with on_day(dt.date(2026, 12, 3)):
        result = grow("followup", jordan)
    assert result.exit_code == 0, result.output
    assert result.stdout == PERFORMANCE_FOLLOWUP


def test_the_readme_shows_this_follow_up() -> None:
    readme = Path(__file__).parent.parent / "README.md"
    assert f"```\n{PERFORMANCE_FOLLOWUP}```\n" in readme.read_text(encoding="utf-8")


def test_the_sbi_feedback_is_said_plainly_to_them(grow: Grow, alex: str) -> None:
    plain = grow("followup", alex, "--note", ALEX_COACHING).stdout
    assert (
        "What I noticed\nIn the client support queue over the last two weeks, first replies took "
        "18 hours on average, and four tickets waited more than two days, so two clients "
        "escalated to their account manager; the team's target is 4 hours.\n" in plain
    )
    # Said to Alex, not about Alex; the goal and the measure follow.
    assert "Where things stand: you answer tickets in one batch late in the day" in plain
    assert "Alex" not in plain.removeprefix("Hi Alex,")
    assert "How we'll see progress\nAverage first reply on client tickets: now 18 hours, " in plain
    assert "- You'll write 5 reply templates for the most common ticket questions by Friday " in (
        plain
    )


def test_a_check_in_follow_up_says_what_was_done_dropped_won_and_still_open(
    grow: Grow, alex: str
) -> None:
    with on_day(dt.date(2026, 11, 10)):
        result = grow("followup", alex)
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith(
        "Hi Alex,\n\nThanks for our check-in on Tuesday 10 November. Here is where things stand"
    )
    assert (
        "Done since last time\n- Write 5 reply templates for the most common ticket questions by "
        "Friday: all five are in the shared folder.\n" in text
    )
    assert (
        "Well done\n- You finished 1 of your 2 open items.\n- Average first reply on client "
        "tickets went from 18 to 12 hours, towards your target of 4 hours.\n" in text
    )
    assert (
        "What we dropped\n- Move the Thursday project sync so it no longer clashes with the 14:00 "
        "triage (my part): the sync moved anyway.\n" in text
    )
    # Still open: the triage, due on the day its own words give (two weeks from 1 November).
    assert (
        "Still open\n- You'll triage the support queue at 9:00 and 14:00 every weekday for 2 "
        "weeks (15 November). Blocked for now: the project deadline ate the afternoons.\n" in text
    )
    assert "What you'll do\n- You'll block 14:00 to 14:30 for triage in the calendar" in text
    assert (
        "What I'll do to support you\n- I'll ask the project lead to keep afternoons free of "
        "meetings by Thursday (12 November).\n" in text
    )
    assert "\nOur next check-in is on Tuesday 17 November.\n" in text
    # The sections come in this order.
    headings = [
        "Done since last time",
        "Well done",
        "What we dropped",
        "Where your goals stand",
        "Still open",
        "What you'll do",
        "What I'll do to support you",
        "Our next check-in",
    ]
    places = [text.index(f"\n{heading}") for heading in headings]
    assert places == sorted(places)


def test_a_later_check_in_does_not_change_an_earlier_follow_up(grow: Grow, alex: str) -> None:
    """The follow-up of a note says what stood then: what a later note closed is still open."""
    later = f"""
[[updates]]
ref = "{ALEX_COACHING}#a1"
status = "done"
"""
    with on_day(dt.date(2026, 11, 12)):
        assert grow("checkin", alex, "--answers", "-", input=later).exit_code == 0
        checkin = f"{alex}/2026-11-10-checkin"
        text = grow("followup", alex, "--note", checkin).stdout
    assert "Still open\n- You'll triage the support queue" in text
    assert "Blocked for now: the project deadline ate the afternoons." in text


def test_markdown_has_headings(grow: Grow, alex: str) -> None:
    markdown = grow("followup", alex, "--format", "markdown").stdout
    for heading in ("Done since last time", "Well done", "Still open", "Next check-in"):
        assert f"\n## {heading}\n" in markdown
    assert "\n## Next check-in\nOur next check-in is on Tuesday 17 November.\n" in markdown


def test_private_things_stay_out(grow: Grow, jordan: str, alex: str) -> None:
    """Tags, options, the will, confidence, relevance and anything about escalating are the
    manager's own notes, never in the message."""
    for person in (jordan, alex):
        text = (
            grow("followup", person).stdout
            + grow("followup", person, "--format", "markdown").stdout
        )
        for private in (
            "hr-case",
            "weekly",
            "Say no to requests",
            "parking list",
            "Sprint goal:",
            "Team target",
            "confidence",
            "smart",
            "escalat",
            "warning",
            "improvement plan",
        ):
            assert private.lower() not in text.lower(), private


# -- --edit and --out ------------------------------------------------------------------------------


@pytest.fixture
def use_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """use_editor(code): $EDITOR becomes a Python script running `code` with `path` (the file
    to edit) and `text` (its contents); it needs no terminal. It keeps a copy of what it was
    given in `given.txt`."""
    monkeypatch.delenv("VISUAL", raising=False)
    given = tmp_path / "given.txt"

    def make(code: str, variable: str = "EDITOR") -> Path:
        script = tmp_path / "editor.py"
        script.write_text(
            "import pathlib, sys\npath = pathlib.Path(sys.argv[-1])\n"
            "text = path.read_text(encoding='utf-8')\n"
            f"pathlib.Path({str(given)!r}).write_text(text, encoding='utf-8')\n{code}\n",
            encoding="utf-8",
        )
        monkeypatch.setenv(variable, f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
        return given

    return make


def test_edit_prints_the_text_as_edited(grow: Grow, jordan: str, use_editor: Any) -> None:
    given = use_editor(
        "path.write_text(text.replace('Hi Jordan,', 'Hi Jo,') + 'PS: thanks!\\n', encoding='utf-8')"
    )
    with on_day(dt.date(2026, 12, 3)):
        result = grow("followup", jordan, "--edit")
    assert result.exit_code == 0, result.output
    assert given.read_text(encoding="utf-8") == PERFORMANCE_FOLLOWUP  # the editor got it all
    assert result.stdout == PERFORMANCE_FOLLOWUP.replace("Hi Jordan,", "Hi Jo,") + "PS: thanks!\n"


def test_edit_with_out_writes_the_edited_text(
    grow: Grow, jordan: str, use_editor: Any, tmp_path: Path
) -> None:
    use_editor("path.write_text('Hi Jo,\\n\\nSee you Thursday.\\n', encoding='utf-8')", "VISUAL")
    target = tmp_path / "message.txt"
    result = grow("followup", jordan, "--edit", "--out", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == "Hi Jo,\n\nSee you Thursday.\n"
    assert result.stdout == f"Wrote {target}\n"


def test_out_without_edit_writes_the_message(grow: Grow, jordan: str, tmp_path: Path) -> None:
    target = tmp_path / "message.md"
    with on_day(dt.date(2026, 12, 3)):
        result = grow("followup", jordan, "--out", str(target))
        assert result.exit_code == 0, result.output
        assert target.read_text(encoding="utf-8") == PERFORMANCE_FOLLOWUP
        assert grow("followup", jordan, "--out", "-").stdout == PERFORMANCE_FOLLOWUP
        assert grow("followup", jordan, "--out", str(tmp_path)).exit_code == 2  # a folder


@pytest.mark.parametrize("left", ["", "  \n\n\t\n"])
def test_an_empty_edit_cancels_and_writes_nothing(
    grow: Grow, jordan: str, use_editor: Any, tmp_path: Path, left: str
) -> None:
    use_editor(f"path.write_text({left!r}, encoding='utf-8')")
    target = tmp_path / "message.txt"
    for args in ((), ("--out", str(target))):
        result = grow("followup", jordan, "--edit", *args)
        assert result.exit_code == 1
        assert result.stdout == ""
        lines = result.stderr.strip().splitlines()
        assert lines == [
            "grow: error: The follow-up is empty after editing: nothing was printed or written."
        ]
    assert not target.exists()


def test_an_editor_that_fails_is_one_line_and_writes_nothing(
    grow: Grow, jordan: str, use_editor: Any, tmp_path: Path
) -> None:
    use_editor("sys.exit(3)")
    target = tmp_path / "message.txt"
    result = grow("followup", jordan, "--edit", "--out", str(target))
    assert result.exit_code == 1
    assert result.stdout == "" and not target.exists()
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "ended with status 3" in lines[0]
    assert "Nothing was printed or written." in lines[0]

"""Build notes folders for tests: people, conversations recorded from the shipped examples
(src/grow_cli/examples/), and notes written by hand (check-ins with [[updates]], journal entries,
a damaged note).

`example_folder(grow, notes_dir)` builds the shared folder described by the constants below, with
today = 2026-11-22 (GROW_TODAY in conftest):

- Alex Kim (cadence 7): a coaching conversation on 2026-11-08 from performance.toml, then
  two hand-written check-ins (no ids: grow derives them from the path). Open: ALEX_TRIAGE (blocked,
  due today), ALEX_SYNC (support, overdue by 11 days), ALEX_PAIR (overdue by 3 days). Closed:
  ALEX_TEMPLATES (done), ALEX_DASHBOARD (support, dropped). Next check-in 2026-11-27. Also a
  damaged feedback note (broken TOML), which grow warns about and skips.
- Priya Shah (cadence 14): a coaching conversation on 2026-10-25 from development.toml
  and a hand-written check-in on 2026-11-15: PRIYA_SHADOW done, PRIYA_PRACTICE dropped,
  PRIYA_INTRO (support) done; PRIYA_REFLECT (support, due 2027-02-01) still open. Next check-in
  2026-11-29.
- Sam Lee: a profile and no notes yet.
- The journal: one hand-written entry with JOURNAL_HANDOVER open, due 2026-11-30.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from conftest import EXAMPLES

TODAY = dt.date(2026, 11, 22)

ALEX_COACHING = "alex-kim/2026-11-08-coaching"
ALEX_CHECKIN_1 = "alex-kim/2026-11-15-checkin"
ALEX_CHECKIN_2 = "alex-kim/2026-11-20-checkin"
ALEX_DAMAGED = "people/alex-kim/2026-11-21-feedback.md"
ALEX_TRIAGE = f"{ALEX_COACHING}#a1"
ALEX_TEMPLATES = f"{ALEX_COACHING}#a2"
ALEX_SYNC = f"{ALEX_COACHING}#s1"
ALEX_PAIR = f"{ALEX_CHECKIN_1}#a1"
ALEX_DASHBOARD = f"{ALEX_CHECKIN_1}#s1"

PRIYA_COACHING = "priya-shah/2026-10-25-coaching"
PRIYA_CHECKIN = "priya-shah/2026-11-15-checkin"
PRIYA_SHADOW = f"{PRIYA_COACHING}#a1"
PRIYA_PRACTICE = f"{PRIYA_COACHING}#a2"
PRIYA_INTRO = f"{PRIYA_COACHING}#s1"
PRIYA_REFLECT = f"{PRIYA_COACHING}#s2"

JOURNAL_ENTRY = "journal/2026-11-12-journal"
JOURNAL_HANDOVER = f"{JOURNAL_ENTRY}#a1"

Grow = Callable[..., Any]  # the `grow` fixture: grow("person", "add", "Alex Kim")


# The answers a coaching conversation's prompts insist on (an answers file obeys their rules):
# GROW in full and one SMART action. Tests add their own focus, topic and keys around them.
GROW_ANSWERS = """
[grow]
goal = "Send the sprint summary to the team every Friday by 3 PM for the next 4 weeks"
reality = "The summary goes out on Mondays, if at all"
options = ["Draft it on Thursday"]
will = "Draft the first one this Thursday"
"""
SMART_ACTION = """
[[actions]]
text = "Send the sprint summary to the team by Friday"
relevant_to = "Team planning"
confidence = 8
"""
REFLECTION_ANSWERS = """
mode = "reflection"
[reflection]
what_happened = "The planning meeting ran over"
what_i_did = "I kept the agenda open"
what_it_tells_me = "I find it hard to cut a discussion short"
what_ill_try = "Time-box each item next week"
"""


def coaching_answers(focus: str = "performance", topic: str = "Planning", extra: str = "") -> str:
    """A complete coaching answers file: focus, topic, GROW and one SMART action, plus `extra`
    (TOML of top-level keys, written before the tables)."""
    return f'focus = "{focus}"\ntopic = "{topic}"\n{extra}\n{GROW_ANSWERS}{SMART_ACTION}'


def run_json(grow: Grow, *args: str) -> Any:
    """Run grow with --json; it must succeed, and its standard output is returned parsed."""
    import json

    result = grow(*args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def write_note(notes_dir: Path, relative_path: str, front_matter_toml: str, body: str = "") -> Path:
    """Write a note by hand: `+++`, the TOML as given, `+++`, then the body. Returns its path."""
    path = notes_dir / relative_path
    path.parent.mkdir(parents=True, exist_ok=True)
    toml_text = front_matter_toml.strip("\n") + "\n"
    path.write_text(f"+++\n{toml_text}+++\n\n{body}", encoding="utf-8")
    return path


def write_person(notes_dir: Path, slug: str, name: str, *, cadence_days: int = 7) -> Path:
    """Write a person's profile (people/<slug>/person.toml) by hand. Returns its path."""
    path = notes_dir / "people" / slug / "person.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'name = "{name}"\ncadence_days = {cadence_days}\n', encoding="utf-8")
    return path


@contextmanager
def on_day(day: dt.date) -> Iterator[None]:
    """Run grow as if today were `day` (GROW_TODAY), then restore the test's today."""
    before = os.environ.get("GROW_TODAY")
    os.environ["GROW_TODAY"] = day.isoformat()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("GROW_TODAY", None)
        else:
            os.environ["GROW_TODAY"] = before


def coach_from_example(grow: Grow, person: str, example: str, day: dt.date) -> Path:
    """Record a coaching conversation from the shipped <example>.toml as if held on `day`."""
    with on_day(day):
        result = grow("coach", person, "--answers", str(EXAMPLES / f"{example}.toml"))
    assert result.exit_code == 0, result.output
    line = next(line for line in result.stdout.splitlines() if line.startswith("Saved "))
    return Path(line.removeprefix("Saved "))


def add_person(grow: Grow, name: str, *args: str) -> None:
    """`grow person add NAME ARGS...`, which must succeed."""
    result = grow("person", "add", name, *args)
    assert result.exit_code == 0, result.output


ALEX_CHECKIN_1_TOML = f"""
schema = 1
kind = "checkin"
date = 2026-11-15
person = "alex-kim"
next_checkin = 2026-11-20

[[actions]]
text = "Pair with Sam on the 3 oldest tickets"
due = 2026-11-19

[[support]]
text = "Ask the platform team for a triage dashboard"
due = 2026-11-30

[[updates]]
ref = "{ALEX_TEMPLATES}"
status = "done"
note = "Templates shared with the team"

[[updates]]
ref = "{ALEX_TRIAGE}"
status = "progress"
"""

ALEX_CHECKIN_2_TOML = f"""
schema = 1
kind = "checkin"
date = 2026-11-20
person = "alex-kim"
next_checkin = 2026-11-27

[[updates]]
ref = "{ALEX_TRIAGE}"
status = "blocked"
note = "The Thursday sync still clashes with the 14:00 triage"

[[updates]]
ref = "{ALEX_DASHBOARD}"
status = "dropped"
note = "No capacity on the platform team"
"""

PRIYA_CHECKIN_TOML = f"""
schema = 1
kind = "checkin"
date = 2026-11-15
person = "priya-shah"
next_checkin = 2026-11-29

[[updates]]
ref = "{PRIYA_SHADOW}"
status = "done"
note = "Shadowed Marco; three notes shared"

[[updates]]
ref = "{PRIYA_INTRO}"
status = "done"

[[updates]]
ref = "{PRIYA_PRACTICE}"
status = "dropped"
note = "The payments team was reorganised"
"""

JOURNAL_TOML = """
schema = 1
kind = "journal"
date = 2026-11-12
mode = "grow"
topic = "Delegating the weekly report"

[[actions]]
text = "Hand the weekly report over to Priya by 30 November"
due = 2026-11-30
owner = "self"
"""

DAMAGED_TOML = """
schema = 1
kind = "feedback
date = 2026-11-21
"""


def example_folder(grow: Grow, notes_dir: Path) -> Path:
    """Build the folder described in this module's docstring; returns the notes folder."""
    add_person(grow, "Alex Kim", "--role", "Support engineer", "--started", "2026-11-01")
    add_person(grow, "Priya Shah", "--cadence", "14", "--style", "Reflective; likes questions")
    add_person(grow, "Sam Lee")
    coach_from_example(grow, "Alex Kim", "performance", dt.date(2026, 11, 8))
    coach_from_example(grow, "Priya Shah", "development", dt.date(2026, 10, 25))
    write_note(notes_dir, f"people/{ALEX_CHECKIN_1}.md", ALEX_CHECKIN_1_TOML, "Written by hand.\n")
    write_note(notes_dir, f"people/{ALEX_CHECKIN_2}.md", ALEX_CHECKIN_2_TOML)
    write_note(notes_dir, f"people/{PRIYA_CHECKIN}.md", PRIYA_CHECKIN_TOML)
    write_note(notes_dir, f"{JOURNAL_ENTRY}.md", JOURNAL_TOML, "My own notes.\n")
    write_note(notes_dir, ALEX_DAMAGED, DAMAGED_TOML)
    return notes_dir

"""`grow export --ics FILE`: check-ins and open items with due dates as an iCalendar file."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from pathlib import Path

import pytest
from icalendar import Calendar

from folders import (
    ALEX_COACHING,
    ALEX_DAMAGED,
    ALEX_PAIR,
    ALEX_SYNC,
    ALEX_TRIAGE,
    JOURNAL_HANDOVER,
    PRIYA_REFLECT,
    example_folder,
    write_note,
)
from grow_cli.app.calendar import uid_for

# Two check-ins (Sam Lee has no notes, so no check-in yet) and the five open items with a due
# date; done and dropped items (Alex's templates and dashboard, three of Priya's), all closed in
# the last 30 days, are cancelled events (tests/test_calendar_reminders.py looks at them).
EXPECTED = {
    "checkin-alex-kim@grow.local": (dt.date(2026, 11, 27), "Check-in with Alex Kim"),
    "checkin-priya-shah@grow.local": (dt.date(2026, 11, 29), "Check-in with Priya Shah"),
    "alex-kim.2026-11-08-coaching.a1@grow.local": (
        dt.date(2026, 11, 22),
        "Alex Kim: Triage the support queue at 9:00 and 14:00 every weekday for 2 weeks",
    ),
    "alex-kim.2026-11-08-coaching.s1@grow.local": (
        dt.date(2026, 11, 11),
        "You: Move the Thursday project sync so it no longer clashes with the 14:00 triage "
        "(for Alex Kim)",
    ),
    "alex-kim.2026-11-15-checkin.a1@grow.local": (
        dt.date(2026, 11, 19),
        "Alex Kim: Pair with Sam on the 3 oldest tickets",
    ),
    "priya-shah.2026-10-25-coaching.s2@grow.local": (
        dt.date(2027, 2, 1),
        "You: Book 30 minutes after the practice review to reflect on it together (for Priya Shah)",
    ),
    "journal.2026-11-12-journal.a1@grow.local": (
        dt.date(2026, 11, 30),
        "Journal: Hand the weekly report over to Priya by 30 November",
    ),
}
CANCELLED = {
    "alex-kim.2026-11-08-coaching.a2@grow.local",
    "alex-kim.2026-11-15-checkin.s1@grow.local",
    "priya-shah.2026-10-25-coaching.a1@grow.local",
    "priya-shah.2026-10-25-coaching.a2@grow.local",
    "priya-shah.2026-10-25-coaching.s1@grow.local",
}
CANCELLED_WORDS = "cancelled (items closed in the last 30 days, so calendars take them away)"


@pytest.fixture
def folder(grow, notes_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    return example_folder(grow, notes_dir)


def export_to(grow, target: Path) -> Calendar:  # type: ignore[no-untyped-def]
    result = grow("export", "--ics", str(target))
    assert result.exit_code == 0, result.output
    total = len(EXPECTED) + len(CANCELLED)
    assert result.stdout == (
        f"Wrote {total} events to {target}, {len(CANCELLED)} of them {CANCELLED_WORDS}\n"
    )
    return Calendar.from_ical(target.read_bytes())


def events_of(calendar: Calendar) -> dict[str, tuple[dt.date, str]]:
    """The events still in force (cancelled ones left out), by UID."""
    found, seen = {}, set()
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        assert uid not in seen, f"two events share {uid}"
        seen.add(uid)
        if str(event["STATUS"]) != "CANCELLED":
            found[uid] = (event.decoded("DTSTART"), str(event["SUMMARY"]))
    return found


def cancelled_of(calendar: Calendar) -> set[str]:
    return {str(e["UID"]) for e in calendar.walk("VEVENT") if str(e["STATUS"]) == "CANCELLED"}


def test_one_event_per_check_in_and_open_item_with_a_due_date(
    grow, folder: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    calendar = export_to(grow, tmp_path / "grow.ics")
    assert events_of(calendar) == EXPECTED
    assert cancelled_of(calendar) == CANCELLED


def test_the_file_is_what_calendar_programs_need(grow, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "grow.ics"
    calendar = export_to(grow, target)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]).startswith("-//grow//")
    for event in calendar.walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and end == start + dt.timedelta(days=1)  # all-day
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert event.decoded("DTSTAMP") == dt.datetime(2026, 11, 22, tzinfo=dt.UTC)
        assert re.fullmatch(r"[A-Za-z0-9._-]+@grow\.local", str(event["UID"]))
    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded as RFC 5545 says
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600  # notes about people stay private


def test_descriptions_name_the_note_the_item_and_its_status(
    grow, folder: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    calendar = export_to(grow, tmp_path / "grow.ics")
    by_uid = {str(e["UID"]): str(e["DESCRIPTION"]) for e in calendar.walk("VEVENT")}
    triage = by_uid[uid_for(ALEX_TRIAGE)]
    assert "Status: blocked" in triage and f"Item: {ALEX_TRIAGE}" in triage
    assert "Note: alex-kim/2026-11-08-coaching" in triage
    assert "Latest update: The Thursday sync still clashes" in triage
    assert by_uid[uid_for(ALEX_SYNC)].startswith("Status: open\nNote: alex-kim/2026-11-08-coaching")
    assert "Last conversation: 2026-11-20" in by_uid["checkin-alex-kim@grow.local"]


def test_uids_are_stable_and_a_new_export_updates_events(
    grow, folder: Path, notes_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = tmp_path / "first.ics"
    again = tmp_path / "again.ics"
    export_to(grow, first)
    export_to(grow, again)
    assert first.read_bytes() == again.read_bytes()  # deterministic, byte for byte

    # A check-in that closes an item and moves the goal Alex is coached on to 1 December.
    write_note(
        notes_dir,
        "people/alex-kim/2026-11-22-checkin.md",
        f'schema = 2\nkind = "checkin"\ndate = 2026-11-22\nperson = "alex-kim"\n'
        f"next_checkin = 2026-12-01\n"
        f'[[updates]]\nref = "{ALEX_PAIR}"\nstatus = "done"\n'
        f'[[progress]]\nthread = "{ALEX_COACHING}#t1"\nnext_checkin = 2026-12-01\n',
    )
    result = grow("export", "--ics", str(again))  # overwriting an earlier export is expected
    assert result.exit_code == 0 and result.stdout.startswith("Wrote 12 events")
    assert "6 of them cancelled" in result.stdout
    calendar = Calendar.from_ical(again.read_bytes())
    events = events_of(calendar)
    assert uid_for(ALEX_PAIR) not in events and uid_for(ALEX_PAIR) in cancelled_of(calendar)
    assert events["checkin-alex-kim@grow.local"][0] == dt.date(2026, 12, 1)  # same UID, new date
    assert set(events) == set(EXPECTED) - {uid_for(ALEX_PAIR)}


def test_dash_writes_to_standard_output(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    result = grow("export", "--ics", "-")
    assert result.exit_code == 0, result.output
    assert events_of(Calendar.from_ical(result.stdout_bytes)) == EXPECTED
    assert result.stdout_bytes.endswith(b"END:VCALENDAR\r\n")
    assert result.stderr.startswith(f"grow: warning: {ALEX_DAMAGED}:3: skipped")
    total = len(EXPECTED) + len(CANCELLED)
    assert result.stderr.endswith(f"Wrote {total} events, 5 of them {CANCELLED_WORDS}.\n")


def test_an_empty_folder_gives_an_empty_calendar(grow, tmp_path: Path, empty_folder) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "empty.ics"
    result = grow("export", "--ics", str(target))
    assert result.exit_code == 0 and result.stdout.startswith("Wrote 0 events")
    assert Calendar.from_ical(target.read_bytes()).walk("VEVENT") == []


def test_uids_are_safe_and_never_shared() -> None:
    assert uid_for(PRIYA_REFLECT) == "priya-shah.2026-10-25-coaching.s2@grow.local"
    assert uid_for(JOURNAL_HANDOVER) == "journal.2026-11-12-journal.a1@grow.local"
    odd = ["a/b#a1", "a.b.a1", "a_2e_b.a1", "a b#a1", "zoë/x#a1", "x;y#a1"]
    uids = [uid_for(key) for key in odd]
    assert len(set(uids)) == len(odd)
    assert all(re.fullmatch(r"[A-Za-z0-9._-]+@grow\.local", uid) for uid in uids)


def test_an_item_id_used_twice_gives_one_event(grow, folder: Path, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    write_note(
        notes_dir,
        "people/alex-kim/2026-11-21-checkin.md",
        'schema = 1\nkind = "checkin"\ndate = 2026-11-21\nperson = "alex-kim"\n'
        f'[[actions]]\nid = "{ALEX_PAIR}"\ntext = "A copy"\ndue = 2026-12-24\n',
    )
    result = grow("export", "--ics", "-")
    assert f"id '{ALEX_PAIR}' is used in both" in result.stderr
    events = events_of(Calendar.from_ical(result.stdout_bytes))
    assert events[uid_for(ALEX_PAIR)][1] == "Alex Kim: Pair with Sam on the 3 oldest tickets"


def test_bad_targets_are_one_line_errors(grow, folder: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for target, code in ((tmp_path, 2), (tmp_path / "missing" / "grow.ics", 1)):
        result = grow("export", "--ics", str(target))
        assert result.exit_code == code
        errors = [line for line in result.stderr.splitlines() if line.startswith("grow: error:")]
        assert len(errors) == 1 and str(target) in errors[0]
    assert list(tmp_path.glob(".*.tmp")) == []
    assert grow("export").exit_code == 2  # --ics is required


def test_help(grow) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(grow("export", "--help").stdout.split())
    for words in ("iCalendar", "next check-in", "--ics", "'-' writes to standard output"):
        assert words in text

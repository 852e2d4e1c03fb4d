"""The calendar as reminders: SEQUENCE and LAST-MODIFIED from the notes, done and dropped items as
cancelled events, VALARM reminders set in the config file. Every export is read with two
independent parsers, icalendar (which writes it) and vobject (its own reader)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import vobject
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from folders import (
    ALEX_DASHBOARD,
    ALEX_PAIR,
    ALEX_TEMPLATES,
    ALEX_TRIAGE,
    example_folder,
    write_note,
    write_person,
)
from grow_cli.app.calendar import KEEP_CLOSED_DAYS, uid_for
from grow_cli.domain.reminders import MAX_DAYS_BEFORE, Reminder, parse_reminder

UTC = dt.UTC
ALEX_CHECKIN = "checkin-alex-kim@grow.local"


def both_parsers(raw: bytes) -> dict[str, dict[str, Any]]:
    """Each event's UID -> what both parsers read of it, checked to agree."""
    by_icalendar = {}
    for event in Calendar.from_ical(raw).walk("VEVENT"):
        by_icalendar[str(event["UID"])] = {
            "sequence": int(event.decoded("SEQUENCE")),
            "modified": event.decoded("LAST-MODIFIED"),
            "stamp": event.decoded("DTSTAMP"),
            "status": str(event["STATUS"]),
            "start": event.decoded("DTSTART"),
            "alarms": [
                (
                    str(alarm["ACTION"]),
                    alarm.decoded("TRIGGER"),
                    alarm["TRIGGER"].params.get("RELATED", "START"),
                    str(alarm["DESCRIPTION"]),
                )
                for alarm in event.walk("VALARM")
            ],
        }
    by_vobject = {}
    for event in vobject.readOne(raw.decode("utf-8")).vevent_list:
        by_vobject[event.uid.value] = {
            "sequence": int(event.sequence.value),
            "modified": event.last_modified.value,
            "stamp": event.dtstamp.value,
            "status": event.status.value,
            "start": event.dtstart.value,
            "alarms": [
                (
                    alarm.action.value,
                    alarm.trigger.value,
                    alarm.trigger.params.get("RELATED", ["START"])[0],
                    alarm.description.value,
                )
                for alarm in getattr(event, "valarm_list", [])
            ],
        }
    assert by_icalendar == by_vobject  # UTC datetimes compare equal across tz objects
    return by_icalendar


def export(grow, *, today: str | None = None) -> tuple[bytes, str]:  # type: ignore[no-untyped-def]
    if today is not None:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("GROW_TODAY", today)
            result = grow("export", "--ics", "-")
    else:
        result = grow("export", "--ics", "-")
    assert result.exit_code == 0, result.output
    return result.stdout_bytes, result.stderr


def midnight(day: str) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(0), tzinfo=UTC)


@pytest.fixture
def folder(grow, notes_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    return example_folder(grow, notes_dir)


def test_both_parsers_read_sequence_modified_status_and_alarms(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    events = both_parsers(export(grow)[0])
    triage = events[uid_for(ALEX_TRIAGE)]  # two updates: blocked, then blocked again
    assert (triage["sequence"], triage["status"]) == (4, "CONFIRMED")
    assert triage["modified"] == midnight("2026-11-20")
    [(action, trigger, related, words)] = triage["alarms"]
    assert (action, trigger, related) == ("DISPLAY", dt.timedelta(hours=9), "START")
    assert words.startswith("Alex Kim: Triage the support queue")
    pair = events[uid_for(ALEX_PAIR)]  # written in a check-in, never updated
    assert (pair["sequence"], pair["modified"]) == (0, midnight("2026-11-15"))
    templates = events[uid_for(ALEX_TEMPLATES)]  # done in the 2026-11-15 check-in
    assert (templates["status"], templates["sequence"], templates["alarms"]) == (
        "CANCELLED",
        3,
        [],
    )
    checkin = events[ALEX_CHECKIN]  # three notes read (the damaged one is skipped)
    assert (checkin["sequence"], checkin["modified"]) == (3, midnight("2026-11-20"))
    assert checkin["alarms"] == [
        ("DISPLAY", -dt.timedelta(hours=15), "START", "Check-in with Alex Kim")
    ]
    for event in events.values():
        assert event["modified"] <= event["stamp"] == midnight("2026-11-22")
        assert (event["status"] == "CANCELLED") == (event["alarms"] == [])


def test_sequence_grows_with_every_change_and_closing_cancels(
    grow, notes_dir: Path, empty_folder: Path
) -> None:  # type: ignore[no-untyped-def]
    write_person(notes_dir, "dana-ng", "Dana Ng")
    write_note(
        notes_dir,
        "people/dana-ng/2026-11-01-coaching.md",
        'kind = "coaching"\ndate = 2026-11-01\nperson = "dana-ng"\n'
        '[[actions]]\nid = "d1"\ntext = "Ship the report"\ndue = 2026-11-25\n',
    )
    seen = []

    def check_in(day: str, status: str, due: str = "") -> None:
        moved = f"due = {due}\n" if due else ""
        write_note(
            notes_dir,
            f"people/dana-ng/{day}-checkin.md",
            f'kind = "checkin"\ndate = {day}\nperson = "dana-ng"\n'
            f'[[updates]]\nref = "d1"\nstatus = "{status}"\n{moved}',
        )

    def state() -> tuple[int, str, dt.date, dt.datetime, int]:
        events = both_parsers(export(grow)[0])
        item, checkin = events["d1@grow.local"], events["checkin-dana-ng@grow.local"]
        seen.append((item["sequence"], checkin["sequence"]))
        return item["sequence"], item["status"], item["start"], item["modified"], len(events)

    assert state() == (0, "CONFIRMED", dt.date(2026, 11, 25), midnight("2026-11-01"), 2)
    check_in("2026-11-08", "progress", due="2026-12-02")  # rescheduled
    assert state() == (2, "CONFIRMED", dt.date(2026, 12, 2), midnight("2026-11-08"), 2)
    check_in("2026-11-15", "done")
    assert state() == (5, "CANCELLED", dt.date(2026, 12, 2), midnight("2026-11-15"), 2)
    check_in("2026-11-20", "open")  # closed by mistake: reopened
    assert state() == (6, "CONFIRMED", dt.date(2026, 12, 2), midnight("2026-11-20"), 2)
    items, checkins = zip(*seen, strict=True)
    assert list(items) == sorted(set(items)) and list(checkins) == sorted(set(checkins))


def test_an_item_closed_by_editing_its_note_gets_a_higher_sequence(
    grow, notes_dir: Path, empty_folder: Path
) -> None:  # type: ignore[no-untyped-def]
    write_person(notes_dir, "dana-ng", "Dana Ng")
    note = 'kind = "coaching"\ndate = 2026-11-20\nperson = "dana-ng"\n[[actions]]\nid = "d1"\n'
    note += 'text = "Ship the report"\ndue = 2026-11-25\n'
    path = write_note(notes_dir, "people/dana-ng/2026-11-20-coaching.md", note)
    before = both_parsers(export(grow)[0])["d1@grow.local"]
    path.write_text(
        path.read_text().replace("due = 2026-11-25", 'due = 2026-11-25\nstatus = "done"')
    )
    after = both_parsers(export(grow)[0])["d1@grow.local"]
    assert (before["status"], after["status"]) == ("CONFIRMED", "CANCELLED")
    assert after["sequence"] > before["sequence"]


def test_closed_items_stay_cancelled_for_30_days_then_leave_the_file(grow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    # Alex's templates were done on 2026-11-15: cancelled up to and including 30 days later.
    last_day = dt.date(2026, 11, 15) + dt.timedelta(days=KEEP_CLOSED_DAYS)
    assert uid_for(ALEX_TEMPLATES) in both_parsers(export(grow, today=last_day.isoformat())[0])
    gone = (last_day + dt.timedelta(days=1)).isoformat()
    raw, stderr = export(grow, today=gone)
    assert uid_for(ALEX_TEMPLATES) not in both_parsers(raw)
    cancelled = {uid for uid, event in both_parsers(raw).items() if event["status"] == "CANCELLED"}
    assert cancelled == {uid_for(ALEX_DASHBOARD)}  # dropped on 2026-11-20, five days later
    assert stderr.splitlines()[-1].startswith("Wrote 8 events, 1 of them cancelled")


def test_same_notes_same_day_same_bytes_with_reminders_set(
    grow, folder: Path, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    config(isolated_home, '[reminders]\ndue = "17:30"\ncheckin = "-2d 08:00"\n')
    first, again = export(grow)[0], export(grow)[0]
    assert first == again
    events = both_parsers(first)
    assert [a[1] for a in events[uid_for(ALEX_TRIAGE)]["alarms"]] == [
        dt.timedelta(hours=17, minutes=30)
    ]
    assert [a[1] for a in events[ALEX_CHECKIN]["alarms"]] == [-dt.timedelta(days=1, hours=16)]
    assert b"TRIGGER;RELATED=START:-P1DT16H\r\n" in first


def test_false_turns_a_reminder_off(grow, folder: Path, isolated_home: Path) -> None:  # type: ignore[no-untyped-def]
    config(isolated_home, "[reminders]\ndue = false\n")
    events = both_parsers(export(grow)[0])
    assert events[uid_for(ALEX_TRIAGE)]["alarms"] == []
    assert len(events[ALEX_CHECKIN]["alarms"]) == 1  # the check-in keeps its default
    config(isolated_home, "[reminders]\ndue = false\ncheckin = false\n")
    assert b"BEGIN:VALARM" not in export(grow)[0]


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ('due = "9am"', "sets reminders.due = '9am': use \"HH:MM\""),
        ('checkin = "-1d 25:00"', "sets reminders.checkin = '-1d 25:00'"),
        ('checkin = "-40d 09:00"', "sets reminders.checkin = '-40d 09:00'"),
        ("due = true", "sets reminders.due = True"),
        ('morning = "09:00"', "has reminders.morning, which grow does not know"),
    ],
)
def test_a_bad_reminder_is_one_line(
    grow, folder: Path, isolated_home: Path, table: str, words: str
) -> None:  # type: ignore[no-untyped-def]
    config(isolated_home, f"[reminders]\n{table}\n")
    result = grow("export", "--ics", "-")
    assert result.exit_code == 1 and result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if line.startswith("grow: error:")]
    assert len(errors) == 1 and words in errors[0], result.stderr
    assert "Traceback" not in result.output


def test_reminders_that_is_not_a_table(grow, folder: Path, isolated_home: Path) -> None:  # type: ignore[no-untyped-def]
    config(isolated_home, 'reminders = "09:00"\n')
    result = grow("export", "--ics", "-")
    assert result.exit_code == 1 and "make it a table, [reminders]" in result.stderr


def config(home: Path, text: str) -> None:
    path = home / ".config" / "grow" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@given(
    st.integers(0, MAX_DAYS_BEFORE),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(["", " "]),
)
def test_reminder_words_round_trip(days: int, hour: int, minute: int, pad: str) -> None:
    text = f"{pad}-{days}d {hour:02d}:{minute:02d}{pad}" if days else f"{hour}:{minute:02d}"
    reminder = parse_reminder(text)
    assert reminder == Reminder(days, dt.time(hour, minute))
    assert reminder.offset == dt.timedelta(days=-days, hours=hour, minutes=minute)


def test_reminder_words() -> None:
    assert Reminder(0, dt.time(9, 0)).words() == "09:00 on the day"
    assert Reminder(1, dt.time(9, 0)).words() == "09:00 the day before"
    assert Reminder(2, dt.time(17, 30)).words() == "17:30 2 days before"


@pytest.mark.parametrize(
    "bad", ["", "09", "09:0", "24:00", "-1d09:00", "+1d 09:00", "-29d 09:00", 9, None]
)
def test_reminder_words_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        parse_reminder(bad)

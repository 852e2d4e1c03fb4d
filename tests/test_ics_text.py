"""The calendar text `grow export --ics` writes without the icalendar library's objects
(app/ics_text.py, calendar.calendar_text) is the text icalendar writes for the same events, byte
for byte, and icalendar reads the same values back from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from icalendar.parser import Contentline
from icalendar.prop import vDuration, vText
from typer.testing import CliRunner

import hostile_folder as hostile
from grow_cli.app import calendar as calendar_module
from grow_cli.app import ics_text
from grow_cli.app.calendar import Event, calendar_text
from grow_cli.cli import app
from grow_cli.domain.reminders import MAX_DAYS_BEFORE, Reminder
from grow_cli.ui import output
from ics_reference import calendar

TODAY = dt.date(2026, 11, 22)

# What TEXT escaping and folding treat specially, and what a note may hold: every control
# character, emoji (4 octets), combining marks, a byte order mark, non-BMP letters.
_SPECIAL = [
    "\\",
    "\\N",
    "\\n",
    "^",
    ",",
    ";",
    ":",
    '"',
    "\r",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\x0b",
    "\x1f",
    "\x7f",
    "\x85",
    "\u2028",
    "\ufeff",
    "é",
    "€",
    "\u0301",
    "😀",
    "👩‍👩‍👧",
    "𝔘",
]
# Notes are read as UTF-8, so no text holds a lone surrogate (refused alike, see below).
_CHARACTERS = st.characters(codec="utf-8")
_PIECES = st.one_of(_CHARACTERS, st.sampled_from(_SPECIAL), st.text(_CHARACTERS, max_size=3))
_SHORT_TEXT = st.lists(_PIECES, max_size=40).map("".join)
# Long lines folded many times over, with the specials at every offset from a fold.
_LONG_TEXT = st.builds(
    lambda head, body, times, tail: head + body * times + tail,
    _SHORT_TEXT,
    st.lists(_PIECES, min_size=1, max_size=8).map("".join),
    st.integers(1, 400),
    _SHORT_TEXT,
)
TEXTS = st.one_of(st.text(_CHARACTERS), _SHORT_TEXT, _LONG_TEXT)
DAYS = st.dates(dt.date(1, 1, 1), dt.date(9998, 12, 30))
NEAR_TODAY = st.dates(TODAY - dt.timedelta(days=400), TODAY + dt.timedelta(days=400))
REMINDERS = st.builds(
    Reminder, st.integers(0, MAX_DAYS_BEFORE), st.times().map(lambda t: t.replace(second=0))
)
EVENTS = st.builds(
    Event,
    uid=st.one_of(st.from_regex(r"[a-z0-9.-]{1,80}@grow\.local", fullmatch=True), TEXTS),
    day=st.one_of(NEAR_TODAY, DAYS),
    summary=TEXTS,
    description=TEXTS,
    sequence=st.one_of(st.integers(0, 300), st.integers(-(2**31), 2**31 - 1)),
    modified=st.one_of(st.none(), NEAR_TODAY, DAYS),
    cancelled=st.booleans(),
    reminder=st.one_of(st.none(), REMINDERS),
)


def reference(events: list[Event], today: dt.date) -> str:
    """What grow wrote before: icalendar's own text of the calendar."""
    return calendar(events, today).to_ical().decode("utf-8")


@settings(max_examples=300)
@given(st.lists(EVENTS, max_size=6), st.one_of(st.just(TODAY), DAYS))
@example([], TODAY)
def test_the_text_is_icalendars_byte_for_byte(events: list[Event], today: dt.date) -> None:
    assert calendar_text(events, today) == reference(events, today)


def test_every_reminder_offset_is_written_as_icalendar_writes_it() -> None:
    for days in range(MAX_DAYS_BEFORE + 1):
        for minute in range(24 * 60):
            reminder = Reminder(days, dt.time(minute // 60, minute % 60))
            ours = ics_text.duration_value(reminder.offset)
            assert ours == vDuration(reminder.offset).to_ical().decode(), reminder


@given(st.timedeltas())
@example(dt.timedelta(hours=1, seconds=5))
@example(dt.timedelta(days=-3, microseconds=1))
def test_any_duration_is_written_as_icalendar_writes_it(span: dt.timedelta) -> None:
    assert ics_text.duration_value(span) == vDuration(span).to_ical().decode()


@settings(max_examples=500)
@given(TEXTS)
@example("\ufeffa leading byte order mark")
@example("C:\\New folder")
def test_a_text_value_is_escaped_as_icalendar_escapes_it(text: str) -> None:
    line = Contentline.from_parts("DESCRIPTION", vText(text).params, vText(text))
    assert f"DESCRIPTION:{ics_text.text_value(text)}" == str(line)


@settings(max_examples=500)
@given(TEXTS.map(lambda text: text.replace("\n", "").replace("\r", "")))
def test_a_line_is_folded_as_icalendar_folds_it(line: str) -> None:
    assert ics_text.folded(line) == Contentline(line).to_ical().decode("utf-8")


@pytest.mark.parametrize("char", ["\\", "^", "é", "€", "😀", "a"])
@pytest.mark.parametrize("at", range(68, 80))
def test_a_fold_near_an_escape_or_a_wide_character(char: str, at: int) -> None:
    for line in (
        "x" * at + char + "y" * 200,
        "é" * (at // 2) + char * 3 + "z" * 100,
        "x" * at + char,
        char * (at * 3),
    ):
        assert ics_text.folded(line) == Contentline(line).to_ical().decode("utf-8"), line


def test_a_lone_surrogate_is_refused_like_icalendar_refuses_it() -> None:
    event = Event("a@grow.local", TODAY, "\ud800", "")
    with pytest.raises(UnicodeEncodeError):
        reference([event], TODAY)
    with pytest.raises(UnicodeEncodeError):
        calendar_text([event], TODAY)


@pytest.mark.parametrize("sequence", [-(2**31) - 1, 2**31, 10**40])
def test_a_sequence_outside_rfc_5545_is_refused_like_icalendar_refuses_it(sequence: int) -> None:
    event = Event("a@grow.local", TODAY, "", "", sequence=sequence)
    with pytest.raises(ValueError, match="outside the RFC 5545 range"):
        reference([event], TODAY)
    with pytest.raises(ValueError, match="outside the RFC 5545 range"):
        calendar_text([event], TODAY)


def as_read(text: str) -> str:
    """The TEXT icalendar reads back from what it wrote: CRLF and a lone CR became line breaks,
    a backslash-N is a line break too, and a leading byte order mark is gone."""
    read = text.replace("\\N", "\n").replace("\r\n", "\n").replace("\r", "\n")
    return read.removeprefix("\ufeff")


@settings(max_examples=200)
@given(st.lists(EVENTS, max_size=5, unique_by=lambda event: event.uid))
def test_icalendar_reads_the_values_back(events: list[Event]) -> None:
    parsed = Calendar.from_ical(calendar_text(events, TODAY).encode("utf-8"))
    assert str(parsed["PRODID"]) == "-//grow//grow coaching notes//EN"
    stamp = dt.datetime(2026, 11, 22, tzinfo=dt.UTC)
    read = parsed.walk("VEVENT")
    assert len(read) == len(events)
    for vevent, event in zip(read, sorted(events, key=lambda e: (e.day, e.uid)), strict=True):
        assert str(vevent["UID"]) == as_read(event.uid)
        assert str(vevent["SUMMARY"]) == as_read(event.summary)
        assert str(vevent["DESCRIPTION"]) == as_read(event.description)
        assert vevent.decoded("DTSTART") == event.day
        assert vevent.decoded("DTEND") == event.day + dt.timedelta(days=1)
        assert vevent.decoded("DTSTAMP") == stamp
        assert int(vevent["SEQUENCE"]) == event.sequence
        if event.modified is None:
            assert "LAST-MODIFIED" not in vevent
        else:
            modified = dt.datetime.combine(event.modified, dt.time(0), tzinfo=dt.UTC)
            assert vevent.decoded("LAST-MODIFIED") == min(modified, stamp)
        assert str(vevent["STATUS"]) == ("CANCELLED" if event.cancelled else "CONFIRMED")
        alarms = vevent.walk("VALARM")
        if event.reminder is None or event.cancelled:
            assert alarms == []
            continue
        (alarm,) = alarms
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == as_read(event.summary)
        assert alarm.decoded("TRIGGER") == event.reminder.offset
        assert alarm["TRIGGER"].params["RELATED"] == "START"


def test_the_hostile_folders_export_is_the_same_file_as_icalendars(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The whole command on names and notes holding controls, reordering marks and damage: the
    # file written now and the one icalendar wrote (the reference put back in its place).
    runner = CliRunner()
    env = {"HOME": str(tmp_path / "home"), "GROW_CONFIG": str(tmp_path / "config.toml")}

    def grow(*args: str, input: str | None = None) -> Any:
        output.reset()
        return runner.invoke(app, list(args), input=input, env=env)

    notes = hostile.build(tmp_path / "notes", grow).notes_dir
    by_icalendar: list[int] = []

    def icalendars(events: list[Event], today: dt.date) -> str:
        by_icalendar.append(len(events))
        return reference(events, today)

    written = {}
    for name in ("ours", "icalendar's"):
        if name == "icalendar's":
            monkeypatch.setattr(calendar_module, "calendar_text", icalendars)
        target = tmp_path / f"{name}.ics"
        assert grow("--notes", str(notes), "export", "--ics", str(target)).exit_code == 0
        written[name] = target.read_bytes()
    assert by_icalendar and by_icalendar[0] > 0
    assert written["ours"] == written["icalendar's"]

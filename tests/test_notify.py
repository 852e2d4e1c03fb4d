"""`grow due --notify`: one desktop notification through notify-send, the usual output printed
whatever happens, one line when there is no notify-send, the exit status `grow due`'s."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_fakes import fake_program, first_on_path, only_on_path
from folders import example_folder
from grow_cli.domain.due import DueEntry
from grow_cli.ui.views.items import NOTIFICATION_WIDTH, due_notification


@pytest.fixture
def folder(grow, notes_dir: Path) -> Path:  # type: ignore[no-untyped-def]
    return example_folder(grow, notes_dir)


def test_one_notification_with_the_count_and_the_first_items(
    grow, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    fake = fake_program(tmp_path / "bin", "notify-send")
    first_on_path(monkeypatch, tmp_path / "bin")
    plain = grow("due")
    result = grow("due", "--notify")
    assert result.exit_code == plain.exit_code == 0
    assert result.stdout == plain.stdout  # the table, as without --notify
    assert "notification" not in result.stderr
    flag, title, body = fake.args
    assert flag == "--app-name=grow"
    assert title == "grow: 5 things due, 2 overdue"
    assert body.split("\n") == [
        "11 days overdue: You: Move the Thursday project sync so it no longer clashes with "
        "the 1...",
        "3 days overdue: Alex Kim: Pair with Sam on the 3 oldest tickets",
        "today: Alex Kim: Triage the support queue at 9:00 and 14:00 every weekday for 2 weeks",
        "and 2 more: grow due",
    ]


def test_json_keeps_its_shape_with_notify(
    grow, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    fake = fake_program(tmp_path / "bin", "notify-send")
    first_on_path(monkeypatch, tmp_path / "bin")
    result = grow("due", "--json", "--notify")
    assert json.loads(result.stdout) == json.loads(grow("due", "--json").stdout)
    assert fake.args[1] == "grow: 5 things due, 2 overdue"


def test_without_notify_send_one_line_and_the_output_still_printed(
    grow, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    plain = grow("due")
    only_on_path(monkeypatch, tmp_path / "empty")
    result = grow("due", "--notify")
    assert result.exit_code == 0 and result.stdout == plain.stdout
    lines = [line for line in result.stderr.splitlines() if "notification" in line]
    assert lines == [
        "No desktop notification: notify-send was not found on PATH (Debian and Ubuntu: apt "
        "install libnotify-bin; Fedora: dnf install libnotify)."
    ]


def test_a_failing_notify_send_is_one_line_and_changes_no_exit_status(
    grow, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    fake = fake_program(tmp_path / "bin", "notify-send", status=1)  # e.g. no D-Bus session
    first_on_path(monkeypatch, tmp_path / "bin")
    result = grow("due", "--notify")
    assert fake.ran and result.exit_code == 0 and "Alex Kim" in result.stdout
    assert "No desktop notification: notify-send failed (exit status 1)." in result.stderr


def test_nothing_due_sends_nothing(
    grow, empty_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    fake = fake_program(tmp_path / "bin", "notify-send")
    first_on_path(monkeypatch, tmp_path / "bin")
    result = grow("due", "--notify")
    assert result.exit_code == 0 and result.stdout.startswith("Nothing due")
    assert not fake.ran and result.stderr == ""


def entry(text: str, days: int, *, person: str | None = "alex-kim", mine: bool = False) -> DueEntry:
    due = dt.date(2026, 11, 22) + dt.timedelta(days=days)
    return DueEntry("action", person, "x#a1", text, due, "open", mine, days < 0, max(-days, 0))


def test_the_notification_words() -> None:
    today = dt.date(2026, 11, 22)
    title, body = due_notification(
        [entry("Send <b>the</b> & draft", 0), entry("Plan", 1, person=None)],
        lambda slug: "Alex Kim",
        today,
    )
    assert title == "grow: 2 things due"
    assert body == "today: Alex Kim: Send <b>the</b> & draft\ntomorrow: Journal: Plan"
    _, long = due_notification([entry("word " * 40, -1, mine=True)], lambda slug: "Alex", today)
    assert len(long) == NOTIFICATION_WIDTH and long.endswith("...")
    assert long.startswith("1 day overdue: You: word word")


def test_markup_in_the_body_is_escaped_for_the_notification_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.ui import desktop

    fake = fake_program(tmp_path / "bin", "notify-send")
    environ = {"PATH": str(tmp_path / "bin")}
    assert desktop.notify("grow: <1>", "Send <b>the</b> & draft", environ) is None
    assert fake.args[1:] == ["grow: <1>", "Send &lt;b&gt;the&lt;/b&gt; &amp; draft"]

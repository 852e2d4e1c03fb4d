"""`grow config` and the checks of the config file (issue 19, point 6): documented keys, values
checked before they are written, and a mistyped key refused with the closest real one, by
`grow config` and wherever the file is read."""

from __future__ import annotations

import json
import os
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from grow_cli.domain.config_keys import KEYS, closest


@pytest.fixture
def config_file(isolated_home: Path) -> Path:
    return Path(os.environ["GROW_CONFIG"])


def test_set_checks_and_writes_each_key_and_get_reads_it(grow: Any, config_file: Path) -> None:
    for key, words, stored in [
        ("date_order", "mdy", "MDY"),
        ("sprint_days", "14", 14),
        ("sync_auto_commit", "yes", True),
        ("editor", "nano -w", "nano -w"),
        ("reminders.due", "-1d 08:30", "-1d 08:30"),
        ("reminders.checkin", "false", False),
    ]:
        result = grow("config", "set", key, words)
        assert result.exit_code == 0, result.output
        got = json.loads(grow("config", "get", key, "--json").stdout)
        assert got == {"key": key, "value": stored, "set": True}
    saved = tomllib.loads(config_file.read_text())
    assert saved["reminders"] == {"due": "-1d 08:30", "checkin": False}
    assert saved["date_order"] == "MDY" and saved["sprint_days"] == 14


@pytest.mark.parametrize(
    ("key", "words", "says"),
    [
        ("date_order", "YMD", '"DMY"'),
        ("sprint_days", "0", "1 to"),
        ("sprint_days", "two", "whole number"),
        ("sync_auto_commit", "maybe", "true or false"),
        ("reminders.due", "9am", "HH:MM"),
    ],
)
def test_a_value_a_key_does_not_take_is_refused_and_nothing_written(
    grow: Any, config_file: Path, key: str, words: str, says: str
) -> None:
    result = grow("config", "set", key, words)
    assert result.exit_code == 1 and says in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not config_file.exists()


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("date_ordr", "date_order"), ("sprintdays", "sprint_days"), ("reminders.du", "reminders.due")],
)
def test_a_mistyped_key_is_refused_with_the_closest_real_one(
    grow: Any, config_file: Path, typed: str, meant: str
) -> None:
    for args in (("set", typed, "1"), ("get", typed)):
        result = grow("config", *args)
        assert result.exit_code == 2 and f"did you mean {meant}?" in result.stderr
    assert not config_file.exists()


def test_a_mistyped_key_in_the_file_is_refused_where_the_file_is_read(
    grow: Any, config_file: Path, monkeypatch: pytest.MonkeyPatch, notes_dir: Path
) -> None:
    config_file.parent.mkdir(parents=True)
    config_file.write_text(f'notes_dir = "{notes_dir}"\ndate_ordr = "DMY"\n')
    monkeypatch.delenv("GROW_NOTES_DIR")
    result = grow("where")
    assert result.exit_code != 0 and "date_ordr" in result.stderr
    assert "did you mean date_order?" in result.stderr and "Traceback" not in result.output
    monkeypatch.setenv("GROW_NOTES_DIR", str(notes_dir))  # the folder given otherwise: still read
    notes_dir.mkdir(exist_ok=True)
    for args in (("person", "list"), ("due",)):
        refused = grow(*args)
        assert refused.exit_code != 0 and "did you mean date_order?" in refused.stderr, args
    monkeypatch.delenv("GROW_NOTES_DIR")
    listed = grow("config", "list")  # grow config still opens the file, to mend it
    assert listed.exit_code == 0 and "did you mean date_order?" in listed.stderr
    assert grow("config", "unset", "date_ordr").exit_code == 0
    assert grow("where").exit_code == 0
    assert tomllib.loads(config_file.read_text()) == {"notes_dir": str(notes_dir)}


def test_list_shows_every_documented_key_with_its_default(grow: Any, config_file: Path) -> None:
    listed = json.loads(grow("config", "list", "--json").stdout)
    assert [row["key"] for row in listed["keys"]] == [key.name for key in KEYS]
    assert {row["key"]: row["default"] for row in listed["keys"]}["reminders.due"] == "09:00"
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    for key in KEYS:
        assert f"`{key.name}`" in readme, key.name  # every key is documented


def test_unset_removes_a_key_and_an_empty_table(grow: Any, config_file: Path) -> None:
    assert grow("config", "set", "reminders.due", "10:00").exit_code == 0
    assert grow("config", "set", "sprint_days", "10").exit_code == 0
    assert grow("config", "unset", "reminders.due").exit_code == 0
    assert tomllib.loads(config_file.read_text()) == {"sprint_days": 10}
    again = grow("config", "unset", "reminders.due")
    assert again.exit_code == 0 and "does not set" in again.stdout


def _editor(tmp_path: Path, text: str) -> str:
    """An editor that writes `text` into the file it is given."""
    script = tmp_path / "write-config"
    script.write_text(f"#!{sys.executable}\nimport sys\nopen(sys.argv[1], 'w').write({text!r})\n")
    script.chmod(0o755)
    return str(script)


def test_edit_saves_a_right_file_and_keeps_a_wrong_one_aside(
    grow: Any, config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VISUAL", _editor(tmp_path, "sprint_days = 21\n"))
    assert grow("config", "edit").exit_code == 0
    assert tomllib.loads(config_file.read_text()) == {"sprint_days": 21}
    monkeypatch.setenv("VISUAL", _editor(tmp_path, "sprint_days = 21\nsprnt = 2\n"))
    result = grow("config", "edit")
    assert result.exit_code == 1 and "sprnt" in result.stderr
    assert tomllib.loads(config_file.read_text()) == {"sprint_days": 21}  # unchanged
    kept = config_file.with_name("config.toml.rejected")
    assert "sprnt = 2" in kept.read_text() and str(kept) in result.stderr


def test_the_configured_editor_comes_before_visual(
    grow: Any, config_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.ui.editor import editor_command

    monkeypatch.setenv("VISUAL", "vim")
    assert editor_command() == "vim"
    assert grow("config", "set", "editor", "nano -w").exit_code == 0
    assert editor_command() == "nano -w"


def test_closest_finds_a_table_key_by_its_last_part() -> None:
    assert closest("checkin") == "reminders.checkin"
    assert closest("zzzz") is None


def test_the_sprint_limit_is_the_date_settings_own() -> None:
    from grow_cli.domain import config_keys
    from grow_cli.domain.dates.settings import SPRINT_DAYS_MAX

    assert config_keys.SPRINT_DAYS_MAX == SPRINT_DAYS_MAX

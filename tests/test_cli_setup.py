"""grow --version, init, where, person add/list: through the real CLI in-process."""

from __future__ import annotations

import json
import os
import stat
import tomllib
from pathlib import Path

from grow_cli import __version__


def test_version(grow) -> None:  # type: ignore[no-untyped-def]
    result = grow("--version")
    assert result.exit_code == 0
    assert result.stdout == f"grow {__version__}\n"


def test_help_lists_commands_without_colour(grow) -> None:  # type: ignore[no-untyped-def]
    result = grow("--help")
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    for command in ("init", "where", "person", "smart"):
        assert command in result.stdout


def test_init_creates_a_private_folder_and_config(
    grow, notes_dir: Path, isolated_home: Path
) -> None:  # type: ignore[no-untyped-def]
    result = grow("init")
    assert result.exit_code == 0, result.output
    assert f"Created the notes folder {notes_dir}" in result.stdout
    assert stat.S_IMODE(notes_dir.stat().st_mode) == 0o700
    config = isolated_home / ".config" / "grow" / "config.toml"
    assert tomllib.loads(config.read_text()) == {"notes_dir": str(notes_dir)}
    again = grow("init")
    assert again.exit_code == 0 and "Kept the existing config file" in again.stdout


def test_where_says_which_folder_and_why(
    grow, notes_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    facts = json.loads(grow("where", "--json").stdout)
    assert facts["notes_dir"] == str(notes_dir) and facts["notes_dir_source"] == "$GROW_NOTES_DIR"
    assert facts["cache_dir"] == str(notes_dir / ".grow")
    # Where the shipped answers files are, so a person can open one.
    assert (Path(facts["examples_dir"]) / "performance.toml").is_file()
    assert f"examples: {facts['examples_dir']}" in grow("where").stdout
    # Where compiled templates are kept: the user's cache folder, never the notes folder.
    templates = Path(facts["templates_cache_dir"])
    assert templates.parent == Path(os.environ["XDG_CACHE_HOME"]) / "grow"
    assert f"templates: {templates}" in grow("where").stdout

    other = tmp_path / "other"
    facts = json.loads(grow("--notes", str(other), "where", "--json").stdout)
    assert facts["notes_dir"] == str(other) and facts["notes_dir_source"] == "--notes"

    monkeypatch.delenv("GROW_NOTES_DIR")
    config = tmp_path / "config.toml"
    config.write_text(f'notes_dir = "{tmp_path / "from-config"}"\n')
    monkeypatch.setenv("GROW_CONFIG", str(config))
    facts = json.loads(grow("where", "--json").stdout)
    assert facts["notes_dir"] == str(tmp_path / "from-config")
    assert facts["config_file_source"] == "$GROW_CONFIG"

    config.unlink()
    facts = json.loads(grow("where", "--json").stdout)
    assert facts["notes_dir_source"] == "default"
    assert facts["notes_dir"] == str(tmp_path / "home" / "Documents" / "grow")


def test_broken_config_is_one_clear_line(grow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("GROW_NOTES_DIR")
    config = tmp_path / "config.toml"
    config.write_text("notes_dir = \n")
    monkeypatch.setenv("GROW_CONFIG", str(config))
    result = grow("where")
    assert result.exit_code == 1
    assert (
        result.stderr.startswith("grow: error: The config file") and result.stderr.count("\n") == 1
    )
    assert "Traceback" not in result.output


def test_bad_grow_today_is_a_usage_error(grow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GROW_TODAY", "next tuesday")
    result = grow("smart", "Send the report by Friday")
    assert result.exit_code == 2
    assert "GROW_TODAY='next tuesday' is not a date. Use the form YYYY-MM-DD." in result.stderr


def test_person_add_and_list(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    added = grow("person", "add", "Zoë Ångström", "--role", "Support engineer", "--cadence", "14")
    assert added.exit_code == 0, added.output
    assert "Added Zoë Ångström as 'zoe-angstrom'" in added.stdout
    profile = tomllib.loads((notes_dir / "people" / "zoe-angstrom" / "person.toml").read_text())
    assert profile == {
        "name": "Zoë Ångström",
        "role": "Support engineer",
        "cadence_days": 14,
        "started": __import__("datetime").date(2026, 11, 22),
        "style": "",
    }
    assert stat.S_IMODE((notes_dir / "people" / "zoe-angstrom").stat().st_mode) == 0o700

    listed = json.loads(grow("person", "list", "--json").stdout)
    assert listed == [
        {
            "slug": "zoe-angstrom",
            "name": "Zoë Ångström",
            "role": "Support engineer",
            "cadence_days": 14,
            "started": "2026-11-22",
            "style": "",
            "archived": None,
        }
    ]
    table = grow("person", "list").stdout
    assert "zoe-angstrom" in table and "14 days" in table


def test_person_add_refuses_unsafe_and_duplicate_names(grow, notes_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert grow("person", "add", "Alex Kim").exit_code == 0
    duplicate = grow("person", "add", "alex  kim")
    assert duplicate.exit_code == 1 and "'alex-kim' already exists" in duplicate.stderr
    for bad in ("../../etc", "a/b", "", "李雷"):
        result = grow("person", "add", bad)
        assert result.exit_code == 1, bad
        assert result.stderr.startswith("grow: error: ") and "Traceback" not in result.output
    assert sorted(p.name for p in (notes_dir / "people").iterdir()) == ["alex-kim"]
    kept = grow("person", "add", "李雷", "--slug", "li-lei")
    assert kept.exit_code == 0 and "Added 李雷 as 'li-lei'" in kept.stdout


def test_person_list_when_empty(grow, empty_folder) -> None:  # type: ignore[no-untyped-def]
    result = grow("person", "list")
    assert result.exit_code == 0 and "Nobody yet" in result.stdout

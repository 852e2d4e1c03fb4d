"""A notes folder that does not exist is an error for every reading command (issue 13, point 9):
an unmounted drive or a typo must not give a false all-clear. Writing commands create it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

READING = [
    ["due"],
    ["due", "--json"],
    ["actions"],
    ["goals"],
    ["stats"],
    ["search", "x"],
    ["person", "list"],
    ["journal", "list"],
    ["export", "--ics", "-"],
]


@pytest.mark.parametrize("args", READING, ids=" ".join)
def test_a_missing_folder_is_an_error_and_is_not_made(
    grow: Any, tmp_path: Path, args: list[str]
) -> None:
    typo = tmp_path / "typo"
    result = grow("--notes", str(typo), *args)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"grow: error: There is no notes folder at {typo}")
    assert "Nothing due" not in result.stdout
    assert not typo.exists()


def test_an_empty_notes_option_is_refused(grow: Any) -> None:
    result = grow("--notes", "", "due")
    assert result.exit_code == 2 and "--notes needs a folder" in result.stderr


def test_a_folder_under_a_file_is_refused(grow: Any, tmp_path: Path) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    for args in (["due"], ["person", "add", "Alex Kim"], ["init"]):
        result = grow("--notes", str(a_file / "grow"), *args)
        assert result.exit_code == 2, (args, result.output)
        assert f"is under {a_file}, which is a file" in result.stderr


def test_writing_commands_and_init_still_make_the_folder(grow: Any, tmp_path: Path) -> None:
    first = tmp_path / "first"
    assert grow("--notes", str(first), "init").exit_code == 0 and first.is_dir()
    second = tmp_path / "second"
    assert grow("--notes", str(second), "person", "add", "Alex Kim").exit_code == 0
    assert (second / "people" / "alex-kim" / "person.toml").is_file()
    assert grow("--notes", str(second), "due").exit_code == 0

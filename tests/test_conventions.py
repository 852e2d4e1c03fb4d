"""The conventions a command-line user expects (issue 19): colour, the pager, '-' for standard
output, and the other habits of git, jrnl and nb that grow follows."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from folders import example_folder

ESC = "\x1b["
# An SGR sequence that sets a foreground colour (NO_COLOR allows bold, as no-color.org says).
COLOUR = re.compile(r"\x1b\[(?:[0-9]+;)*(?:3[0-8]|9[0-7])(?:;[0-9]+)*m")


@pytest.fixture
def folder(grow: Any, notes_dir: Path) -> Path:
    return example_folder(grow, notes_dir)


@pytest.mark.parametrize(
    "args", [("smart", "improve stuff"), ("search", "ticket"), ("due",), ("history", "alex-kim")]
)
def test_force_color_colours_even_when_piped(
    grow: Any, folder: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    plain = grow(*args)
    assert plain.exit_code in (0, 1) and ESC not in plain.stdout
    monkeypatch.setenv("FORCE_COLOR", "1")
    forced = grow(*args)
    assert COLOUR.search(forced.stdout) or ESC + "1m" in forced.stdout, forced.stdout


@pytest.mark.parametrize("dont", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_color_and_a_dumb_terminal_win_over_force_color(
    grow: Any, folder: Path, monkeypatch: pytest.MonkeyPatch, dont: dict[str, str]
) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("FORCE_COLOR", "1")
    for name, value in dont.items():
        monkeypatch.setenv(name, value)
    for args in (("smart", "improve stuff"), ("search", "ticket"), ("due",)):
        assert not COLOUR.search(grow(*args).stdout)


# -- 80 columns (point 7) ------------------------------------------------------------------------


def _ids(data: Any) -> set[str]:
    """Every note, item and thread id in a command's JSON."""
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "id" and isinstance(value, str) and "/" in value:
                found.add(value)
            else:
                found |= _ids(value)
    elif isinstance(data, list):
        for value in data:
            found |= _ids(value)
    return found


@pytest.mark.parametrize(
    "args",
    [
        ("actions",),
        ("goals",),
        ("history", "alex-kim"),
        ("journal", "list"),
        ("due",),  # shows no ids
        ("stats",),  # its flags quote item texts shortened on purpose ("... with…")
        ("person", "list"),
    ],
)
def test_every_table_reads_whole_at_80_columns(
    grow: Any, folder: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    import json

    monkeypatch.setenv("COLUMNS", "80")
    shown = grow(*args)
    assert shown.exit_code in (0, 1), shown.output
    lines = shown.stdout.splitlines()
    assert lines and all(len(line) <= 80 for line in lines)
    table = shown.stdout.split("Worth a look")[0]
    assert "…" not in table and "..." not in table  # nothing cut short
    if args[0] == "stats":
        assert "conversations" in table and "check-ins" in table
    as_json = grow(*args, "--json")
    if args[0] in ("actions", "goals", "history", "journal"):  # the tables that show ids
        for an_id in _ids(json.loads(as_json.stdout)):
            assert any(an_id in line for line in lines), an_id  # whole, on one line

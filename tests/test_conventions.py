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

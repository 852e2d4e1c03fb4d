"""`grow stats` lays its tables out with ui/plain_table.py when their cells are plain: the same
bytes as through rich's Table (ui/views/stats.py's fallback), at any width, in colour or not;
a name rich would show otherwise leaves its table to rich."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from folders import Grow, write_note, write_person
from test_stats import flags_folder

LONG_SUPPORT = "Move the Thursday project sync so it no longer clashes with triage and the release"
# (environment) for: no colour (conftest's), colour, and a colour terminal under NO_COLOR
MODES: dict[str, dict[str, str | None]] = {
    "plain": {},
    "colour": {"FORCE_COLOR": "1", "TERM": "xterm-256color", "NO_COLOR": None},
    "NO_COLOR": {"FORCE_COLOR": "1", "TERM": "xterm-256color"},
}


def _note(kind: str, day: str, person: str, extra: str) -> str:
    return f'schema = 1\nkind = "{kind}"\ndate = {day}\nperson = "{person}"\n{extra}'


WIDTHS = ["1", "3", "10", "20", "30", "40", "50", "62", "63", "70", "80", "99", "100", "120", "200"]


def stats_tables_folder(notes_dir: Path, *names: str) -> Path:
    """flags_folder (a shortened support text among the flags), ratings from two people (a
    line of ratings that wraps when narrow), and a coaching conversation for each of `names`."""
    flags_folder(notes_dir, support=LONG_SUPPORT)
    for slug, day, score in (("priya-shah", "11-12", 4), ("dee-ray", "11-04", 2)):
        write_note(
            notes_dir,
            f"people/{slug}/2026-{day}-checkin.md",
            _note("checkin", f"2026-{day}", slug, f"[rating]\nscore = {score}\n"),
        )
    for number, name in enumerate(names):
        slug = f"odd-{number}"
        write_person(notes_dir, slug, json.dumps(name)[1:-1])  # TOML's escapes are JSON's here
        write_note(
            notes_dir,
            f"people/{slug}/2026-11-0{number + 1}-coaching.md",
            _note("coaching", f"2026-11-0{number + 1}", slug, f"[rating]\nscore = {number + 1}\n"),
        )
    return notes_dir


def shown(grow: Grow, monkeypatch: pytest.MonkeyPatch, mode: str, width: str) -> str:
    for key, value in MODES[mode].items():
        if value is None:
            monkeypatch.delenv(key, raising=False)
        else:
            monkeypatch.setenv(key, value)
    monkeypatch.setenv("COLUMNS", width)
    result = grow("stats")
    assert result.exit_code == 0, result.output
    out: str = result.stdout
    return out


def through_rich(grow: Grow, monkeypatch: pytest.MonkeyPatch, mode: str, width: str) -> str:
    """What `grow stats` printed before ui/plain_table.py laid its tables out."""
    with monkeypatch.context() as patched:
        patched.setattr("grow_cli.ui.views.stats.print_plain_table", lambda *_, **__: False)
        return shown(grow, patched, mode, width)


def rich_tables(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the tables rendered through rich's Table from now on."""
    from rich.table import Table

    rendered: list[int] = []
    render = Table.__rich_console__

    def counted(self: Table, *args: Any) -> Any:
        rendered.append(1)
        return render(self, *args)

    monkeypatch.setattr(Table, "__rich_console__", counted)
    return rendered


@pytest.mark.parametrize("mode", list(MODES))
def test_the_tables_are_the_same_without_rich(
    grow: Grow, notes_dir: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    stats_tables_folder(notes_dir)
    rendered = rich_tables(monkeypatch)
    for width in WIDTHS:
        plain = shown(grow, monkeypatch, mode, width)
        if int(width) >= 63:  # narrower, the people table has a column of no room: rich's
            assert not rendered, width
        assert plain == through_rich(grow, monkeypatch, mode, width), width
        rendered.clear()
    assert "…" in plain and "their ratings (1-5)" in plain
    assert ("\x1b[33m" in plain) == (mode == "colour")


@pytest.mark.parametrize("mode", list(MODES))
def test_names_rich_would_show_otherwise_are_printed_through_rich(
    grow: Grow, notes_dir: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    """Letters beyond ASCII, what looks like markup, a backslash: the people and team tables
    (and the flags naming them) go to rich, the same bytes as before."""
    stats_tables_folder(notes_dir, "Zoë Müller", "Max [admin]", "[bold]Bo[/bold]", "Cy\\")
    rendered = rich_tables(monkeypatch)
    for width in ("40", "80", "120"):
        plain = shown(grow, monkeypatch, mode, width)
        assert len(rendered) >= 2, width
        assert plain == through_rich(grow, monkeypatch, mode, width), width
        rendered.clear()
    assert "Zoë Müller" in plain and "Max [admin]" in plain and "[bold]Bo[/bold]" in plain


def test_the_plain_path_does_not_import_rich_table(tmp_path: Path, notes_dir: Path) -> None:
    """`grow stats` on plain names leaves rich.table (and all it imports) unloaded."""
    import os
    import subprocess
    import sys

    stats_tables_folder(notes_dir)
    script = (
        "import sys\n"
        "from grow_cli.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith('rich.table'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "--notes", str(notes_dir), "stats"],
        env={**os.environ, "COLUMNS": "100"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Worth a look" in done.stdout
    assert done.stderr.endswith("[]"), done.stderr

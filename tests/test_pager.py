"""Long output through a pager on a terminal, as git does (issue 19, point 4): the installed
`grow` in a real pty with a stand-in pager that records what it was given."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from folders import example_folder

pexpect = pytest.importorskip("pexpect")
GROW = shutil.which("grow", path=os.path.dirname(sys.executable)) or shutil.which("grow")
pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty"),
    pytest.mark.skipif(GROW is None, reason="the grow console script is not installed"),
]
TIMEOUT = 60  # bounds a hang only


@pytest.fixture
def folder(grow: Any, notes_dir: Path) -> Path:
    return example_folder(grow, notes_dir)


@pytest.fixture
def pager(tmp_path: Path) -> Path:
    """A pager that writes what it reads, and its $LESS, to pager.out."""
    script = tmp_path / "fake-pager"
    record = tmp_path / "pager.out"
    script.write_text(
        f"#!{sys.executable}\n"
        "import os, sys\n"
        f"with open({str(record)!r}, 'w') as out:\n"
        "    out.write('LESS=' + os.environ.get('LESS', '') + '\\n' + sys.stdin.read())\n"
    )
    script.chmod(0o755)
    return script


def run_in_pty(tmp_path: Path, args: list[str], rows: int, **environ: str) -> str:
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "NO_COLOR": "1",
        "GROW_NOTES_DIR": str(tmp_path / "notes"),
        "GROW_CONFIG": str(tmp_path / "c.toml"),
        "HOME": str(tmp_path),
        **environ,
    }
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    child = pexpect.spawn(
        GROW, args, env=env, encoding="utf-8", dimensions=(rows, 100), timeout=TIMEOUT
    )
    shown = child.read()
    child.close()
    assert child.exitstatus in (0, 1), shown
    return str(shown)


def test_output_taller_than_the_terminal_goes_to_the_pager(
    folder: Path, tmp_path: Path, pager: Path
) -> None:
    shown = run_in_pty(tmp_path, ["search", ""], rows=10, GROW_PAGER=str(pager))
    paged = (tmp_path / "pager.out").read_text()
    assert paged.startswith("LESS=FRX\n") and "priya-shah/" in paged
    assert "priya-shah/" not in shown  # printed by the pager only, which here shows nothing


def test_pager_falls_back_to_PAGER_and_keeps_a_LESS_of_the_users(
    folder: Path, tmp_path: Path, pager: Path
) -> None:
    run_in_pty(tmp_path, ["search", ""], rows=10, PAGER=str(pager), LESS="-S")
    assert (tmp_path / "pager.out").read_text().startswith("LESS=-S\n")


@pytest.mark.parametrize(
    ("args", "environ"),
    [
        (["--no-pager", "search", ""], {}),  # asked not to
        (["search", "ticket"], {}),  # fits the screen
        (["search", ""], {"GROW_PAGER": ""}),  # turned off
        (["search", ""], {"GROW_PAGER": "cat"}),
    ],
)
def test_no_pager_when_asked_or_when_it_fits(
    folder: Path, tmp_path: Path, pager: Path, args: list[str], environ: dict[str, str]
) -> None:
    rows = 40 if args == ["search", "ticket"] else 10
    shown = run_in_pty(tmp_path, args, rows=rows, **{"PAGER": str(pager), **environ})
    assert not (tmp_path / "pager.out").exists()
    assert "notes found." in shown


def test_piped_output_is_never_paged(
    grow: Any, folder: Path, tmp_path: Path, pager: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GROW_PAGER", str(pager))
    result = grow("search", "")
    assert result.exit_code == 0 and "alex-kim/" in result.stdout
    assert not (tmp_path / "pager.out").exists()

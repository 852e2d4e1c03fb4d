"""The commands in the shipped examples' comments work on a fresh notes folder (issue 13)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import EXAMPLES

GROW = shutil.which("grow")
ROOT = Path(__file__).resolve().parent.parent
COMMAND = re.compile(r"^#\s+(grow .+)$", re.MULTILINE)


def commands_in(example: Path) -> list[list[list[str]]]:
    """Each comment line that runs grow, split at '&&' into commands."""
    text = example.read_text(encoding="utf-8")
    return [[shlex.split(part) for part in m[1].split("&&")] for m in COMMAND.finditer(text)]


@pytest.mark.skipif(GROW is None, reason="needs the installed grow")
@pytest.mark.parametrize("name", ["performance.toml", "development.toml", "career.toml"])
def test_the_commands_in_an_example_run_on_a_fresh_folder(name: str, tmp_path: Path) -> None:
    lines = commands_in(EXAMPLES / name)
    assert lines, f"{name} names no command to run it"
    env = {**os.environ, "GROW_NOTES_DIR": str(tmp_path / "fresh"), "HOME": str(tmp_path)}
    for line in lines:
        for command in line:
            assert command[0] == "grow"
            result = subprocess.run(
                [str(GROW), *command[1:]],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                stdin=subprocess.DEVNULL,
                timeout=120,
            )
            assert result.returncode == 0, (command, result.stderr)

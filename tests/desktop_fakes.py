"""Fake desktop programs for tests: a script of the given name in a folder put first on PATH,
which records its arguments and standard input and ends with the given status. No sleeps: the
script exits at once."""

from __future__ import annotations

import os
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Fake:
    """What a fake program recorded: its arguments (NUL-separated) and its standard input."""

    folder: Path
    name: str

    @property
    def ran(self) -> bool:
        return (self.folder / f"{self.name}.args").exists()

    @property
    def args(self) -> list[str]:
        raw = (self.folder / f"{self.name}.args").read_bytes()
        return raw.decode("utf-8").split("\0")[:-1]

    @property
    def stdin(self) -> bytes:
        return (self.folder / f"{self.name}.stdin").read_bytes()


def fake_program(folder: Path, name: str, status: int = 0, *, reads_stdin: bool = False) -> Fake:
    """Write the fake `name` into `folder` (which the caller puts on PATH)."""
    folder.mkdir(parents=True, exist_ok=True)
    record = shlex.quote(str(folder / name))
    cat = shlex.quote(shutil.which("cat") or "/bin/cat")  # found now: PATH may hold only fakes
    stdin = f"{cat} > {record}.stdin\n" if reads_stdin else ""
    script = (
        "#!/bin/sh\n"
        f'for a in "$@"; do printf \'%s\\0\' "$a"; done > {record}.args\n'
        f"{stdin}exit {status}\n"
    )
    path = folder / name
    path.write_text(script, encoding="utf-8")
    path.chmod(0o755)
    return Fake(folder, name)


def only_on_path(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """PATH is this folder alone: no real notify-send, clipboard program or opener of this
    machine can be found (the fakes need none: their sh and cat are named by full path)."""
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("PATH", str(folder))


def first_on_path(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """This folder first on PATH, the rest as it was."""
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")

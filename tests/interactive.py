"""Driving grow's REAL questionary prompts in-process, for tests.

Every run types its whole conversation into a prompt_toolkit pipe (create_pipe_input +
create_app_session) and then closes the pipe, so a prompt nobody answers raises EOFError and the
command exits cleanly instead of hanging. `--interactive` is passed because CliRunner is no tty.
Keys: `say("text")` types an answer and Enter, `replace("text")` clears a suggested default
(Ctrl-U) first, `pick(n)` moves down n choices in a select and presses Enter, YES/NO answer a
confirm without Enter. The `converse` fixture is made available to every test by conftest.
"""

from __future__ import annotations

import contextlib
import io
import re
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output
from typer.testing import CliRunner

from grow_cli.cli import app
from grow_cli.store import frontmatter
from grow_cli.ui import output

HANG_SECONDS = 60  # only bounds a hang: a busy machine may be slow, never this slow
ENTER, CTRL_C, CTRL_U, DOWN = "\r", "\x03", "\x15", "\x1b[B"
YES, NO = "y", "n"  # confirm prompts answer on the key, without Enter


def say(answer: str) -> str:
    """Type a text answer and press Enter."""
    return answer + ENTER


def replace(answer: str) -> str:
    """Clear the suggested default (Ctrl-U), type a new answer, press Enter."""
    return CTRL_U + answer + ENTER


def pick(index: int) -> str:
    """In a select prompt, move down `index` choices and press Enter."""
    return DOWN * index + ENTER


def keys(*parts: str | list[str]) -> str:
    """Join key chunks (strings or lists of them) into what is typed."""
    return "".join(part if isinstance(part, str) else "".join(part) for part in parts)


@dataclass
class Run:
    """What one in-process run left behind."""

    exit_code: int
    stdout: str
    stderr: str
    screen: str  # what prompt_toolkit drew, escape sequences removed
    exception: BaseException | None


class Hung(Exception):
    """A prompt waited for input that never came."""


@contextlib.contextmanager
def hang_guard(seconds: float) -> Iterator[None]:
    """Raise Hung in the main thread if the body takes longer than `seconds` (POSIX only)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise Hung(f"still waiting after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

Converse = Callable[..., Run]


@pytest.fixture
def converse(runner: CliRunner) -> Converse:
    """converse("coach", "alex-kim", keys=...): run grow with the keys typed at its prompts."""

    def run(*args: str, keys: str) -> Run:
        output.reset()
        screen = io.StringIO()
        out = Vt100_Output(screen, lambda: Size(rows=40, columns=100), term="dumb")
        with create_pipe_input() as pipe, create_app_session(input=pipe, output=out):
            pipe.send_text(keys)
            pipe.close()  # a question left unanswered now ends in EOFError, never a hang
            with hang_guard(HANG_SECONDS):
                result = runner.invoke(app, [*args, "--interactive"])
        if isinstance(result.exception, Hung):
            pytest.fail(f"grow {' '.join(args)} hung: {result.exception}")
        return Run(
            result.exit_code,
            result.stdout,
            result.stderr,
            ANSI.sub("", screen.getvalue()),
            result.exception,
        )

    return run


def front(path: Path) -> dict[str, Any]:
    return frontmatter.parse(path.read_text(encoding="utf-8"))


def saved_note(run: Run) -> Path:
    """The note a run reported saving ("Saved <path>")."""
    lines = [line for line in run.stdout.splitlines() if line.startswith("Saved ")]
    assert len(lines) == 1, run.stdout + run.stderr
    return Path(lines[0].removeprefix("Saved "))


def notes_of(notes_dir: Path, slug: str) -> list[Path]:
    return sorted((notes_dir / "people" / slug).glob("*.md"))


def draft_of(notes_dir: Path, slug: str, kind: str = "coaching") -> Path:
    return notes_dir / ".grow" / "drafts" / f"{kind}-{slug}.toml"

"""The conventions a command-line user expects (issue 19): colour, the pager, '-' for standard
output, and the other habits of git, jrnl and nb that grow follows."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
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


@pytest.mark.parametrize("columns", ["80", "120"])
@pytest.mark.parametrize(
    "args",
    [("actions",), ("goals",), ("history", "alex-kim"), ("journal", "list"), ("due",)],
)
def test_tables_of_plain_text_are_laid_out_without_rich(
    grow: Any, folder: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], columns: str
) -> None:
    """Narrow and wide, these tables come from ui/plain_table.py (issue 18: rich's Table cost
    0.7 s of `grow actions` at 10,000 notes); tests/test_plain_table.py checks the bytes."""
    from rich.table import Table

    def refuse(*_: object) -> None:
        raise AssertionError("printed through rich's Table")

    monkeypatch.setattr(Table, "__rich_console__", refuse)
    monkeypatch.setenv("COLUMNS", columns)
    shown = grow(*args)
    assert shown.exception is None or isinstance(shown.exception, SystemExit), shown.exception
    assert shown.exit_code in (0, 1), shown.output
    assert shown.stdout


# -- completion of values (point 5) -------------------------------------------------------------

GROW = shutil.which("grow", path=os.path.dirname(sys.executable)) or shutil.which("grow")


def complete(shell: str, words: str, notes: Path) -> list[str]:
    """What the installed grow offers the shell for the last word of `words`."""
    env = {**os.environ, "GROW_NOTES_DIR": str(notes), "_GROW_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        env |= {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split(" ")) - 1)}
    else:
        env["_TYPER_COMPLETE_ARGS"] = words
        if shell == "fish":
            env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    assert GROW is not None
    done = subprocess.run([GROW], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stderr, done.stderr
    return done.stdout.splitlines()


pytestmark_completion = pytest.mark.skipif(GROW is None, reason="grow is not installed")


@pytestmark_completion
@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_people_notes_threads_and_choices_complete_in_every_shell(folder: Path, shell: str) -> None:
    def offered(words: str) -> str:
        return "\n".join(complete(shell, words, folder))

    assert "alex-kim" in offered("grow history a") and "priya-shah" not in offered("grow prep a")
    assert "priya-shah" in offered("grow prep p")
    assert "alex-kim/2026-11-08-coaching" in offered("grow show alex-kim/")
    assert "alex-kim/2026-11-08-coaching#t1" in offered("grow history --thread alex")
    assert "development" in offered("grow search x --focus d")
    assert "checkin" in offered("grow search x --kind c")
    assert "dropped" in offered("grow actions --status dr")
    assert "partly_achieved" in offered("grow goals --status p")
    assert "reflection" in offered("grow journal --mode r")


@pytestmark_completion
def test_a_tab_in_a_folder_that_is_not_there_offers_nothing_and_says_nothing(
    tmp_path: Path,
) -> None:
    assert [w for w in complete("bash", "grow history a", tmp_path / "nowhere") if w] == []


# -- help that agrees with itself (point 8) ----------------------------------------------------


def _long_keys(flow: Any) -> set[str]:
    """The keys of a flow's long questions: what --editor opens."""
    from grow_cli.flows.model import Group

    keys = set()
    for stage in flow.stages:
        for step in stage.steps:
            for ask in step.fields if isinstance(step, Group) else (step,):
                if ask.long:
                    keys.add(ask.key.rpartition(".")[2])
    return keys


# A long question's key, and the words the --editor help names it by.
EDITOR_WORDS = {
    "situation": "situation",
    "behavior": "behavior",
    "impact": "impact",
    "goal": "goal",
    "reality": "reality",
    "will": "will",
    "direction": "direction",
    "private_notes": "private notes",
    "what_happened": "what happened",
    "what_i_did": "what you did",
    "what_it_tells_me": "what it tells you",
    "what_ill_try": "what you will try",
}


def _editor_help(grow: Any, *command: str) -> str:
    text = " ".join(grow(*command, "--help").stdout.split())
    return text.split("--editor", 1)[1].split(" --", 1)[0].casefold()


@pytest.mark.parametrize("command", ["coach", "feedback", "checkin", "1on1", "journal"])
def test_editor_help_names_what_the_editor_opens_in_each_command(grow: Any, command: str) -> None:
    import datetime as dt

    from grow_cli.flows.checkin import checkin_flow
    from grow_cli.flows.coach import COACH_FLOW, FEEDBACK_FLOW
    from grow_cli.flows.journal import JOURNAL_FLOW
    from grow_cli.flows.one_on_one import one_on_one_flow

    today = dt.date(2026, 11, 22)
    flows = {
        "coach": COACH_FLOW,
        "feedback": FEEDBACK_FLOW,
        "checkin": checkin_flow([], [], today),
        "1on1": one_on_one_flow([], [], today),
        "journal": JOURNAL_FLOW,
    }
    opens = _long_keys(flows[command])
    assert opens, command  # each of these has long answers for the editor
    said = _editor_help(grow, command)
    for key in opens:
        assert EDITOR_WORDS[key] in said, (command, key, said)
    for key, words in EDITOR_WORDS.items():
        if key not in opens and words in ("situation", "goal", "private notes", "what happened"):
            assert words not in said, (command, key, said)  # promises nothing it does not open


def _every_command() -> list[tuple[str, ...]]:
    from grow_cli.cli import COMMANDS, load_commands

    found: list[tuple[str, ...]] = []
    for module in dict.fromkeys(COMMANDS.values()):
        for name, command in load_commands(module).items():
            found.append((name,))
            found += [(name, sub) for sub in getattr(command, "commands", {})]
    return found


def test_every_placeholder_is_in_one_style(grow: Any) -> None:
    for command in _every_command():
        shown = grow(*command, "--help").stdout
        usage = shown.splitlines()[0]
        assert "{" not in usage and "<" not in usage, usage
        for word in usage.split()[len(command) + 2 :]:
            plain = word.strip("[].")
            assert plain == plain.upper() or plain in ("add",), (command, usage)
        options = [line for line in shown.splitlines() if line.strip().startswith("--")]
        assert not [line for line in options if "<" in line.split("  ")[0]], (command, options)


@pytestmark_completion
def test_a_reader_that_stops_early_gets_no_error(tmp_path: Path) -> None:
    """`grow ... | head -1`: output far beyond a pipe's buffer, the reader gone after a line."""
    assert GROW is not None
    goals = "".join(f"Send report {n} to the team by Friday\n" for n in range(3000))
    env = {**os.environ, "GROW_NOTES_DIR": str(tmp_path / "notes")}
    child = subprocess.Popen(
        [GROW, "smart", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    child.stdin.write(goals.encode())
    child.stdin.close()
    assert child.stdout.readline()  # one line, then the reader is gone
    child.stdout.close()
    error = child.stderr.read().decode()
    assert child.wait() == 0 and error == "", error

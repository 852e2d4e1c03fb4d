"""Commands that don't prompt must not load the prompt toolkit (design.md: fast start-up).

Each check runs grow in a fresh interpreter, so what the test process already imported does not
hide a regression. Issue 7: commands import neither questionary nor prompt_toolkit unless they
prompt, no pydantic models they don't use, and build no rich Console before their first output.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from grow_cli import cli

PROMPTS = {"prompt_toolkit", "questionary"}
SMART_GOAL = "Send a weekly status email to stakeholders every Friday by 3 PM"

PROBE = """
import json, sys
sys.argv = ["grow", *json.loads(sys.argv[1])]
from grow_cli.cli import main
try:
    main()
except SystemExit:
    pass
sys.stderr.write("MODULES " + json.dumps(sorted(sys.modules)) + "\\n")
"""

# Records, in order, every file opened under the notes folder, every rich Console made (with the
# functions on the stack) and every write to standard output, then prints them as JSON.
TRACE_PROBE = """
import io, json, sys
notes = json.loads(sys.argv[2])
sys.argv = ["grow", *json.loads(sys.argv[1])]
events = []

def audit(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].startswith(notes):
        events.append(["open", args[0][len(notes):]])

sys.addaudithook(audit)

import rich.console
made = rich.console.Console.__init__

def init(self, *args, **kwargs):
    frame, stack = sys._getframe(1), []
    while frame is not None:
        stack.append(frame.f_globals.get("__name__", "") + ":" + frame.f_code.co_name)
        frame = frame.f_back
    events.append(["console", stack])
    made(self, *args, **kwargs)

rich.console.Console.__init__ = init
real = sys.stdout

class Recorder(io.TextIOBase):
    encoding = real.encoding
    def write(self, text):
        if text:
            events.append(["write", text])
        return real.write(text)
    def flush(self):
        real.flush()
    def isatty(self):
        return False

sys.stdout = Recorder()
from grow_cli.cli import main
try:
    main()
except SystemExit as stop:
    events.append(["exit", stop.code])
sys.stderr.write("EVENTS " + json.dumps(events) + "\\n")
"""


def _child(probe: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GROW_TODAY": "2026-11-22"}
    return subprocess.run(
        [sys.executable, "-c", probe, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _tagged(result: subprocess.CompletedProcess[str], tag: str) -> Any:
    line = next((line for line in result.stderr.splitlines() if line.startswith(tag)), None)
    assert line is not None, result.stderr
    return json.loads(line.removeprefix(tag))


def all_modules_loaded(*args: str) -> set[str]:
    """Every module (full dotted name) imported by a fresh `grow ARGS`."""
    return set(_tagged(_child(PROBE, json.dumps(args)), "MODULES "))


def modules_loaded(*args: str) -> set[str]:
    """The top-level packages imported by a fresh `grow ARGS`."""
    return {name.split(".")[0] for name in all_modules_loaded(*args)}


def traced(notes: Path, *args: str) -> list[list[Any]]:
    """The events of a fresh `grow ARGS` (see TRACE_PROBE), paths relative to `notes`."""
    return list(_tagged(_child(TRACE_PROBE, json.dumps(args), json.dumps(str(notes))), "EVENTS "))


def test_importing_the_cli_loads_no_prompt_toolkit() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, grow_cli.cli; print(sorted("
            "m for m in sys.modules if m.startswith(('prompt_toolkit', "
            "'questionary', 'pydantic', 'jinja2', 'rich', 'grow_cli.commands.'))))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "[]"


FAST = [
    ("smart", SMART_GOAL),
    ("smart", "--json", "Improve communication"),
    ("--version",),
    ("where",),
]


@pytest.mark.parametrize("args", FAST)
def test_fast_commands_load_only_what_they_need(args: tuple[str, ...]) -> None:
    loaded = all_modules_loaded(*args)
    packages = {name.split(".")[0] for name in loaded}
    assert "grow_cli" in packages
    assert not packages & {*PROMPTS, "pydantic", "jinja2", "rich"}
    # Not the note models, not rich's Console, and no command module but the one that runs.
    assert not loaded & {"grow_cli.domain.models", "rich.console"}
    command_modules = {name for name in loaded if name.startswith("grow_cli.commands.")}
    expected = {"smart": {"grow_cli.commands.smart"}, "where": {"grow_cli.commands.setup"}}
    assert command_modules == expected.get(args[0], set())


def test_reading_commands_load_no_prompt_toolkit(notes_dir: Path) -> None:
    notes_dir.mkdir()
    loaded = modules_loaded("due", "--json")
    assert "grow_cli" in loaded
    assert not loaded & PROMPTS


def test_a_conversation_command_loads_the_models_but_not_the_prompts() -> None:
    loaded = modules_loaded("person", "add", "Test Person", "--json")
    assert "pydantic" in loaded
    assert not loaded & PROMPTS


def test_the_console_is_made_once_and_only_when_output_is_due(grow: Any, notes_dir: Path) -> None:
    assert grow("person", "add", "Alex Kim").exit_code == 0
    coached = grow("coach", "alex-kim", "--answers", str(EXAMPLES / "performance.toml"))
    assert coached.exit_code == 0, coached.stderr

    shutil.rmtree(notes_dir / ".grow", ignore_errors=True)  # no cache: the notes are read
    events = traced(notes_dir, "stats")
    assert events[-1] == ["exit", 0]
    kinds = [kind for kind, _ in events]
    assert kinds.count("console") == 1, events
    made = kinds.index("console")
    # Every note was read before the Console was made, and nothing was printed before it...
    read = [path for kind, path in events[:made] if kind == "open"]
    assert any(path.endswith("-coaching.md") for path in read), events
    late = [path for kind, path in events[made:] if kind == "open" and path.endswith(".md")]
    assert not late, events
    assert "write" not in kinds[:made], events
    # ... made through the one seam, by the code that prints.
    stack = events[made][1]
    assert stack[0] == "grow_cli.ui.output:_console", stack
    assert "grow_cli.ui.views.stats:show_stats" in stack, stack
    assert "Coaching from" in "".join(text for kind, text in events[made:] if kind == "write")


def test_a_command_that_fails_before_output_makes_no_console(notes_dir: Path) -> None:
    notes_dir.mkdir()
    events = traced(notes_dir, "stats", "--since", "the day after never")
    assert events == [["exit", 2]], events
    assert "rich.console" not in all_modules_loaded("stats", "--since", "the day after never")


def test_the_command_table_names_what_each_module_registers() -> None:
    registered: dict[str, str] = {}
    for module_name in dict.fromkeys(cli.COMMANDS.values()):
        registered.update(dict.fromkeys(cli.load_commands(module_name), module_name))
    assert registered == cli.COMMANDS
    on_disk = {
        path.stem
        for path in Path(cli.__file__).parent.joinpath("commands").glob("*.py")
        if "def register(" in path.read_text(encoding="utf-8")
    }
    assert on_disk == set(cli.COMMANDS.values())

"""Commands that don't prompt must not load the prompt toolkit (design.md: fast start-up).

Each check runs grow in a fresh interpreter, so what the test process already imported does not
hide a regression.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

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


def modules_loaded(*args: str) -> set[str]:
    env = {**os.environ, "GROW_TODAY": "2026-11-22"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    line = next(line for line in result.stderr.splitlines() if line.startswith("MODULES "))
    return {name.split(".")[0] for name in json.loads(line.removeprefix("MODULES "))}


def test_importing_the_cli_loads_no_prompt_toolkit() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, grow_cli.cli; print(sorted("
            "m for m in sys.modules if m.startswith(('prompt_toolkit', "
            "'questionary', 'pydantic', 'jinja2', 'rich'))))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "args",
    [
        ("smart", "Send a weekly status email to stakeholders every Friday by 3 PM"),
        ("smart", "--json", "Improve communication"),
        ("--version",),
        ("where",),
    ],
)
def test_fast_commands_load_only_what_they_need(args: tuple[str, ...]) -> None:
    loaded = modules_loaded(*args)
    assert "grow_cli" in loaded
    assert not loaded & {"prompt_toolkit", "questionary", "pydantic", "jinja2", "rich"}


def test_a_conversation_command_loads_the_models_but_not_the_prompts() -> None:
    loaded = modules_loaded("person", "add", "Test Person", "--json")
    assert "pydantic" in loaded
    assert not loaded & {"prompt_toolkit", "questionary"}

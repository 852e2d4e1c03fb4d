"""Any answers file, however malformed, gives one of two outcomes (issue 14's fault campaign):

- exit 0 and a saved note that `grow history` (or `grow journal list`) lists and `grow show
  --json` reads back, with no warning about it; or
- exit 1 or 2 and exactly one "grow: error:" message on standard error (a list of problems may
  follow it on lines of their own), never a traceback.

Fed to `grow coach`, `checkin`, `feedback`, `journal` and `journal checkin` with `--answers -`:
arbitrary bytes, TOML-ish text made of TOML's own tokens, valid TOML of the answers' keys with
random types and nesting (st.recursive, written by tomli_w), and mutations of valid answers files
(tests/folders.py). Each example runs in a fresh copy of one small folder (Alex Kim, a coaching
conversation with an open action and a goal, a journal entry with an open action of my own).

Drafts too: a draft of any shape, resumed at the terminal, is resumed or refused in one message.

The examples per test come from the "answers-fuzz" profile below (about 25 s for the file on a
shared 2-core machine); GROW_FUZZ_EXAMPLES raises it for a longer hunt.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from folders import REFLECTION_ANSWERS, coaching_answers
from grow_cli.cli import app
from grow_cli.ui import output

# Built on the suite's "grow" profile (conftest: no deadline, too_slow suppressed). The folder is
# copied afresh inside each example, so a function-scoped fixture (tmp_path) shared by the
# examples of one test is intended.
settings.register_profile(
    "answers-fuzz",
    parent=settings.get_profile("grow"),
    max_examples=int(os.environ.get("GROW_FUZZ_EXAMPLES", "15")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
FUZZ = settings.get_profile("answers-fuzz")

SLUG = "alex-kim"
COACHING = f"{SLUG}/2026-11-22-coaching"
JOURNAL_ENTRY = "journal/2026-11-22-journal"

CHECKIN_ANSWERS = f"""
next_checkin = "in 1 week"
tags = ["weekly"]

[[updates]]
ref = "{COACHING}#a1"
status = "blocked"
note = "Waiting for the numbers"

[[progress]]
thread = "{COACHING}#t1"
status = "active"
note = "Going on"
"""
FEEDBACK_ANSWERS = """
topic = "Stand-up"

[[feedback]]
situation = "In Thursday's stand-up"
behavior = "The blocker was named with a plan to remove it"
impact = "The team could plan around it"
"""
JOURNAL_GROW_ANSWERS = """
mode = "grow"
topic = "Delegating the weekly report"

[grow]
goal = "Hand the weekly report over to Priya by 30 November"
reality = "I write it myself every Friday"
options = ["Pair on one report first"]
will = "Book the pairing session on Monday"

[[actions]]
text = "Pair with Priya on the weekly report by Friday"
relevant_to = "Delegation"
confidence = 8
"""
JOURNAL_CHECKIN_ANSWERS = f"""
[[updates]]
ref = "{JOURNAL_ENTRY}#a1"
status = "done"
note = "Paired on Friday"
"""

# Each command, and a valid answers file for it (what the mutations start from).
COMMANDS: dict[str, tuple[tuple[str, ...], str]] = {
    "coach": (("coach", SLUG), coaching_answers()),
    "checkin": (("checkin", SLUG), CHECKIN_ANSWERS),
    "feedback": (("feedback", SLUG), FEEDBACK_ANSWERS),
    "journal": (("journal",), REFLECTION_ANSWERS),
    "journal checkin": (("journal", "checkin"), JOURNAL_CHECKIN_ANSWERS),
}

Invoke = Callable[..., Any]


def invoker(env: dict[str, str]) -> Invoke:
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None) -> Any:
        output.reset()
        return runner.invoke(app, list(args), input=input, env=env)

    return invoke


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder every example starts from, made by grow itself."""
    root = tmp_path_factory.mktemp("answers-fuzz")
    notes = root / "notes"
    notes.mkdir(mode=0o700)
    invoke = invoker({"HOME": str(root), "GROW_CONFIG": str(root / "config.toml")})
    n = ("--notes", str(notes))
    for args, text in (
        (("person", "add", "Alex Kim"), None),
        (("coach", SLUG, "--answers", "-"), coaching_answers()),
        (("journal", "--answers", "-"), JOURNAL_GROW_ANSWERS),
    ):
        result = invoke(*n, *args, input=text)
        assert result.exit_code == 0, result.output
    assert (notes / "people" / f"{COACHING}.md").exists()
    assert (notes / f"{JOURNAL_ENTRY}.md").exists()
    return notes


class Folder:
    """A fresh copy of the template for one example, and grow run on it."""

    def __init__(self, template: Path, root: Path) -> None:
        if root.exists():
            shutil.rmtree(root)
        root.mkdir()
        self.notes = root / "notes"
        shutil.copytree(template, self.notes, symlinks=True)
        self.invoke = invoker({"HOME": str(root), "GROW_CONFIG": str(root / "config.toml")})

    def grow(self, *args: str, input: str | bytes | None = None) -> Any:
        return self.invoke("--notes", str(self.notes), *args, input=input)


def no_traceback(result: Any) -> None:
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output


def check_answers(template: Path, root: Path, command: str, data: str | bytes) -> None:
    """The property: a note grow can read back, or one error message."""
    args, _ = COMMANDS[command]
    folder = Folder(template, root)
    result = folder.grow(*args, "--answers", "-", input=data)
    no_traceback(result)
    if result.exit_code != 0:
        assert result.exit_code in (1, 2), (result.exit_code, result.output)
        errors = re.findall(r"^grow: error: ", result.stderr, flags=re.MULTILINE)
        assert len(errors) == 1, result.stderr
        assert "grow: error: " not in result.stdout
        assert "Saved " not in result.stdout
        return
    [saved] = [line for line in result.stdout.splitlines() if line.startswith("Saved ")]
    path = Path(saved.removeprefix("Saved "))
    assert path.is_file() and path.is_relative_to(folder.notes), saved
    note_id = "/".join(path.relative_to(folder.notes).with_suffix("").parts).removeprefix("people/")
    listing = (
        folder.grow("history", SLUG, "--json")
        if args[0] != "journal"
        else folder.grow("journal", "list", "--json")
    )
    no_traceback(listing)
    assert listing.exit_code == 0, listing.output
    assert note_id in [row["id"] for row in json.loads(listing.stdout)], listing.stdout
    assert path.name not in listing.stderr, listing.stderr  # no warning about the new note
    shown = folder.grow("show", note_id, "--json")
    no_traceback(shown)
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.stdout)["id"] == note_id


COMMAND_NAMES = list(COMMANDS)


# 1. Any bytes at all.
@pytest.mark.parametrize("command", COMMAND_NAMES)
@FUZZ
@given(data=st.binary(max_size=600))
def test_any_bytes(template: Path, tmp_path: Path, command: str, data: bytes) -> None:
    check_answers(template, tmp_path / "example", command, data)


# 2. Text made of TOML's own tokens and the answers' keys, in any order.
KEYS = [
    "focus",
    "topic",
    "date",
    "tags",
    "next_checkin",
    "thread",
    "mode",
    "grow",
    "goal",
    "reality",
    "options",
    "will",
    "goal_smart_override",
    "actions",
    "text",
    "due",
    "owner",
    "relevant_to",
    "confidence",
    "smart_override",
    "support",
    "feedback",
    "situation",
    "behavior",
    "impact",
    "measure",
    "what",
    "unit",
    "baseline",
    "target",
    "updates",
    "ref",
    "status",
    "note",
    "progress",
    "reading",
    "reflection",
    "what_happened",
    "career",
    "review_on",
    "schema",
    "kind",
    "person",
    "id",
    "_redo",
]
TOKENS = [
    *KEYS,
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "=",
    " = ",
    ",",
    ".",
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "\\u",
    "\n",
    "\r\n",
    "\r",
    " ",
    "\t",
    "#",
    "0",
    "1",
    "-1",
    "8",
    "99",
    "1e400",
    "nan",
    "inf",
    "true",
    "false",
    "2026-11-22",
    "2026-11-30",
    "9999-12-31",
    "0001-01-01",
    "2026-02-30",
    "12:00:00",
    "2026-11-22T10:00:00Z",
    '"in 2 weeks"',
    '"by Friday"',
    '"soon"',
    '"performance"',
    '"reflection"',
    '"done"',
    '"blocked"',
    '"self"',
    f'"{COACHING}#a1"',
    f'"{COACHING}#t1"',
    f'"{JOURNAL_ENTRY}#a1"',
    "\ufeff",
    "\x00",
    "\x1b[2J",
    "\u202e",
]
toml_ish = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=80).map(
    "".join
)


@pytest.mark.parametrize("command", COMMAND_NAMES)
@FUZZ
@given(data=toml_ish)
def test_toml_ish_text(template: Path, tmp_path: Path, command: str, data: str) -> None:
    check_answers(template, tmp_path / "example", command, data)


# 3. Valid TOML: the answers' keys (and others) holding any type, nested any way.
scalars = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "performance",
            "development",
            "career",
            "reflection",
            "grow",
            "done",
            "blocked",
            "in 2 weeks",
            "by Friday",
            "soon",
            "self",
            "report",
            f"{COACHING}#a1",
            f"{COACHING}#t1",
            f"{JOURNAL_ENTRY}#a1",
            "",
        ]
    ),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(),
    st.booleans(),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    st.datetimes(),
    st.times(),
)
keys = st.one_of(st.sampled_from(KEYS), st.text(max_size=8))
values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=5)
    ),
    max_leaves=25,
)
documents = st.dictionaries(keys, values, max_size=8)


@pytest.mark.parametrize("command", COMMAND_NAMES)
@FUZZ
@given(document=documents)
def test_valid_toml_of_any_shape(
    template: Path, tmp_path: Path, command: str, document: dict[str, Any]
) -> None:
    import tomli_w

    check_answers(template, tmp_path / "example", command, tomli_w.dumps(document))


# 4. A valid answers file, changed a few times: lines dropped, doubled, swapped or cut, values
# replaced by others of any type, keys misspelt, characters inserted.
NEW_VALUES = [
    "1",
    "-5",
    "0",
    "11",
    "1e400",
    "nan",
    "true",
    "[]",
    "{}",
    "[1, 2]",
    '""',
    '"soon"',
    '"in 3 weeks"',
    '"last friday"',
    "2026-13-01",
    "9999-12-31",
    "0001-01-01",
    "2026-11-30",
    "2026-11-21",
    '"\\u001b[2J\\u202e"',
    '"' + "long " * 2000 + '"',
    '"' + "[" * 50 + '"',
    "[" * 40 + "]" * 40,
    "{ a = { b = { c = 1 } } }",
    '"alex-kim/2026-11-22-coaching#a9"',
    '"nobody/1999-01-01-coaching#t1"',
]
mutation = st.tuples(
    st.sampled_from(["drop", "double", "swap", "cut", "value", "key", "insert"]),
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=0, max_value=10_000),
    st.one_of(st.sampled_from(NEW_VALUES), st.sampled_from(TOKENS), st.text(max_size=6)),
)
VALUE = re.compile(r"^(\s*[\w.\"-]+\s*=\s*)(.*)$")


def mutate(text: str, mutations: list[tuple[str, int, int, str]]) -> str:
    for kind, at, other, payload in mutations:
        lines = text.split("\n")
        index = at % len(lines)
        if kind == "drop":
            del lines[index]
        elif kind == "double":
            lines.insert(index, lines[index])
        elif kind == "swap":
            second = other % len(lines)
            lines[index], lines[second] = lines[second], lines[index]
        elif kind == "cut":
            text = text[: at % (len(text) + 1)]
            continue
        elif kind == "value":
            found = VALUE.match(lines[index])
            lines[index] = found[1] + payload if found else lines[index] + payload
        elif kind == "key":
            found = VALUE.match(lines[index])
            new_key = KEYS[other % len(KEYS)]
            lines[index] = f"{new_key} = {found[2]}" if found else f"[{new_key}]"
        else:
            where = at % (len(text) + 1)
            text = text[:where] + payload + text[where:]
            continue
        text = "\n".join(lines or [""])
    return text


@pytest.mark.parametrize("command", COMMAND_NAMES)
@FUZZ
@given(mutations=st.lists(mutation, min_size=1, max_size=4))
def test_a_valid_answers_file_changed(
    template: Path, tmp_path: Path, command: str, mutations: list[tuple[str, int, int, str]]
) -> None:
    _, valid = COMMANDS[command]
    check_answers(template, tmp_path / "example", command, mutate(valid, mutations))


@pytest.mark.parametrize("command", COMMAND_NAMES)
def test_the_valid_answers_files_save_a_note(template: Path, tmp_path: Path, command: str) -> None:
    # The start of every mutation is itself accepted: the property's "exit 0" side is reached.
    _, valid = COMMANDS[command]
    folder = Folder(template, tmp_path / "example")
    args, _ = COMMANDS[command]
    result = folder.grow(*args, "--answers", "-", input=valid)
    assert result.exit_code == 0, result.output
    check_answers(template, tmp_path / "again", command, valid)


# 5. A draft of any shape, resumed at the terminal (a draft is a TOML file anyone can edit):
# the conversation goes on from it, or grow refuses it in one message. The prompts get no keys,
# so a conversation that goes on stops at its first question (exit 2, the draft kept).
DRAFTS = {
    "coach": ("coaching-alex-kim.toml", ("coach", SLUG)),
    "checkin": ("checkin-alex-kim.toml", ("checkin", SLUG)),
    "feedback": ("feedback-alex-kim.toml", ("feedback", SLUG)),
    "journal": ("journal-journal.toml", ("journal",)),
    "journal checkin": ("journal-checkin.toml", ("journal", "checkin")),
}
bookkeeping = st.dictionaries(st.sampled_from(["_done", "_current", "_redo", "date"]), values)


@pytest.mark.parametrize("command", COMMAND_NAMES)
@FUZZ
@given(document=documents, extra=bookkeeping, valid=st.booleans())
def test_a_draft_of_any_shape_is_resumed_or_refused(
    template: Path,
    tmp_path: Path,
    converse: Any,
    command: str,
    document: dict[str, Any],
    extra: dict[str, Any],
    valid: bool,
) -> None:
    import tomllib

    import tomli_w

    name, args = DRAFTS[command]
    folder = Folder(template, tmp_path / "example")
    answers = {**(tomllib.loads(COMMANDS[command][1]) if valid else {}), **document, **extra}
    draft = folder.notes / ".grow" / "drafts" / name
    draft.parent.mkdir(parents=True, mode=0o700)
    draft.write_text(tomli_w.dumps({"kind": "x", "origin": "terminal", "answers": answers}))
    run = converse("--notes", str(folder.notes), *args, "--resume", keys="")
    assert run.exception is None or isinstance(run.exception, SystemExit), repr(run.exception)
    assert "Traceback" not in run.stdout + run.stderr
    assert run.exit_code in (0, 1, 2, 130), run.stderr
    if run.exit_code != 0:
        assert len(re.findall(r"^grow: error: ", run.stderr, flags=re.MULTILINE)) == 1, run.stderr


@pytest.mark.parametrize("command", COMMAND_NAMES)
def test_a_draft_resumes_and_a_draft_of_odd_shapes_is_refused(
    template: Path, tmp_path: Path, converse: Any, command: str
) -> None:
    import tomllib

    import tomli_w

    name, args = DRAFTS[command]
    folder = Folder(template, tmp_path / "example")
    draft = folder.notes / ".grow" / "drafts" / name
    draft.parent.mkdir(parents=True, mode=0o700)
    answers = tomllib.loads(COMMANDS[command][1])
    draft.write_text(tomli_w.dumps({"kind": "x", "origin": "terminal", "answers": answers}))
    resumed = converse("--notes", str(folder.notes), *args, "--resume", keys="")
    assert "Already recorded" in resumed.stdout, resumed.stdout + resumed.stderr
    assert "Traceback" not in resumed.stderr
    odd = {**answers, "focus": [""], "_redo": "", "_done": 3}
    draft.write_text(tomli_w.dumps({"kind": "x", "origin": "terminal", "answers": odd}))
    refused = converse("--notes", str(folder.notes), *args, "--resume", keys="")
    assert refused.exit_code == 1, refused.stderr
    assert refused.stderr.startswith(f"grow: error: The draft {draft} cannot be resumed:")
    assert "_redo: must be a table" in refused.stderr and "_done: must be a list" in refused.stderr

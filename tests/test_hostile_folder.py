"""The fault campaign of issue 14 as part of the suite: one notes folder holding every kind of
damage at once (tests/hostile_folder.py lists them), and every reading command run on it cold
(no index), warm (the index it just wrote: no note is parsed again) and with a damaged index.

Each run must end without a traceback, show no raw control or reordering mark, print the same
standard output and the same warnings in all three runs, and name each damaged file in exactly one
warning line (at most one, for the commands that stop early or read only the profiles). The folder
is built once per module and copied for each test, so no test sees another's index or sweep.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import hostile_folder as hostile
from adversarial import CPU_HANG_SECONDS, cpu_seconds
from grow_cli.cli import app
from grow_cli.ui import output
from hostile_folder import READING_COMMANDS, Damage, HostileFolder, with_out
from interactive import HANG_SECONDS, hang_guard

# What must never reach a terminal raw: C0 controls but tab and newline (a carriage return
# included), DEL, C1 controls (0x9b is an 8-bit CSI), bidi marks, overrides and isolates, and
# the separators a terminal may treat as a line break.
RAW_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)
WARNING = "grow: warning: "
# Commands that never read the notes: they name only what they read (the profiles) or nothing.
PROFILES_ONLY = {("person", "list"), ("person", "list", "--json")}
NO_NOTES = {("where",), ("where", "--json"), ("person", "show", "deep-profile")}
# Files a command writes besides standard output, compared run to run like its output.
WRITTEN = {"prep.md", "grow.ics", "report.html"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> HostileFolder:
    """The hostile folder, built once by grow itself (people, conversations) and by hand."""
    root = tmp_path_factory.mktemp("hostile")
    runner = CliRunner()
    env = {"HOME": str(root / "home"), "GROW_CONFIG": str(root / "config.toml")}

    def grow(*args: str, input: str | None = None) -> Any:
        output.reset()
        return runner.invoke(app, list(args), input=input, env=env)

    return hostile.build(root / "notes", grow)


@pytest.fixture
def folder(built: HostileFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> HostileFolder:
    """A fresh copy of the hostile folder for this test: no index, the temp files still there.

    Every scan runs as if a minute had passed since the copy: the index trusts no file changed
    in the last 2 s, so without this a warm run right after a cold one would read every note
    again, and the warm path would go untested (test_index.py moves the clock the same way).
    """
    import time

    from grow_cli.store import index

    monkeypatch.setattr(index, "now_ns", lambda: time.time_ns() + 60 * 10**9)
    return built.copy_to(tmp_path / "hostile-notes")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The note files grow parses (front matter read from disk), as they are read."""
    from grow_cli.store import frontmatter

    seen: list[str] = []
    real = frontmatter.read

    def counted(path: Path | str) -> Any:
        seen.append(str(path))
        return real(path)

    monkeypatch.setattr(frontmatter, "read", counted)
    return seen


@dataclass
class Ran:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None
    stdout_bytes: bytes = b""  # as written (CliRunner's stdout turns CRLF into LF)

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith(WARNING)]


def run(notes_dir: Path, args: list[str]) -> Ran:
    """grow --notes NOTES ARGS in-process, guarded against a hang and a crawl."""
    runner = CliRunner()
    results: list[Any] = []

    def invoke() -> None:
        output.reset()
        results.append(runner.invoke(app, ["--notes", str(notes_dir), *args]))

    with hang_guard(HANG_SECONDS):  # only bounds a hang (a pipe opened as a note would wait)
        spent = cpu_seconds(invoke)
    assert spent < CPU_HANG_SECONDS, (args, spent)
    [result] = results
    return Ran(
        result.exit_code, result.stdout, result.stderr, result.exception, result.stdout_bytes
    )


def naming(damage: Damage) -> re.Pattern[str]:
    """How a line names a damaged file: its path from the notes folder, or from people/, or its
    note id (path without .md), or as part of an absolute path; a folder not by a file inside."""
    base = damage.shown.rstrip("/").removeprefix("people/").removesuffix(".md")
    return re.compile(r"(?<![\w.-])(?:people/)?" + re.escape(base) + r"(?:\.md)?(?![\w.-]|/[\w .])")


def assert_clean(args: list[str], ran: Ran) -> None:
    """No traceback, an exit status grow chose, no raw control on the screen."""
    shown = ran.stdout + ran.stderr
    assert ran.exception is None or isinstance(ran.exception, SystemExit), (args, ran.exception)
    assert ran.exit_code in (0, 1, 2), (args, ran.exit_code, shown[-2000:])
    assert "Traceback" not in shown, args
    raw = sorted({repr(found) for found in RAW_CONTROL.findall(shown)})
    assert raw == [], (args, raw)
    others = [line for line in ran.stderr.splitlines() if not line.startswith(WARNING)]
    if ran.exit_code != 0:  # one error message, whatever else went wrong
        assert sum(line.startswith("grow: error: ") for line in others) == 1, (args, others)


def assert_each_damage_named_once(
    command: tuple[str, ...], folder: HostileFolder, ran: Ran
) -> None:
    counts = {
        damage: sum(1 for line in ran.warnings if naming(damage).search(line))
        for damage in folder.damage
    }
    named_twice = {damage.shown: count for damage, count in counts.items() if count > 1}
    assert named_twice == {}, (command, named_twice)
    silent = [damage.shown for damage, count in counts.items() if not damage.warned and count]
    assert silent == [], (command, "named although nothing is wrong with it", silent)
    if command in NO_NOTES:
        return
    expected = [
        damage
        for damage in folder.damage
        if damage.warned and (command not in PROFILES_ONLY or damage.shown.endswith("person.toml"))
    ]
    missing = [damage.shown for damage in expected if counts[damage] == 0]
    assert missing == [], (command, "never named", missing)
    unexplained = [
        line for line in ran.warnings if not any(naming(d).search(line) for d in folder.damage)
    ]
    assert unexplained == [], (command, unexplained)


def written_files(out_dir: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in out_dir.iterdir() if path.name in WRITTEN}


@pytest.mark.parametrize("command", READING_COMMANDS, ids=" ".join)
def test_a_reading_command_on_the_hostile_folder(
    folder: HostileFolder, tmp_path: Path, command: tuple[str, ...], reads: list[str]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    args = with_out(command, out_dir)
    index = folder.notes_dir / ".grow" / "index.sqlite3"
    runs: dict[str, Ran] = {}
    files: dict[str, dict[str, bytes]] = {}
    for name in ("cold", "warm", "damaged index"):
        if name == "cold":
            index.unlink(missing_ok=True)
        elif name == "damaged index" and index.exists():
            index.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
        reads.clear()
        runs[name] = ran = run(folder.notes_dir, args)
        if name == "warm":  # from the index: no note parsed again but one named to `show`
            assert [r for r in reads if Path(r).name not in " ".join(command)] == [], reads
        files[name] = written_files(out_dir)
        assert_clean(args, ran)
        assert_each_damage_named_once(command, folder, ran)
    cold = runs["cold"]
    for name, ran in runs.items():
        assert ran.exit_code == cold.exit_code, (name, ran.stderr)
        assert ran.stdout == cold.stdout, name
        assert ran.warnings == cold.warnings, name
        assert files[name] == files["cold"], name


def test_the_folder_holds_every_kind_of_damage(built: HostileFolder) -> None:
    kinds = {damage.kind for damage in built.damage}
    assert len(kinds) >= 35, sorted(kinds)
    for damage in built.damage:
        path = built.notes_dir / damage.shown.rstrip("/")
        assert path.exists() or path.is_symlink(), damage


def history(notes_dir: Path, person: str) -> list[dict[str, Any]]:
    ran = run(notes_dir, ["history", person, "--json"])
    assert ran.exit_code == 0, ran.stderr
    rows: list[dict[str, Any]] = json.loads(ran.stdout)
    return rows


def test_what_is_odd_but_valid_is_read(folder: HostileFolder) -> None:
    notes = folder.notes_dir
    alex = [row["id"] for row in history(notes, hostile.ALEX)]
    assert hostile.BOM_CRLF in alex  # Windows line endings and a byte-order mark
    assert alex.count(hostile.ALEX_COACHING) == 1  # its copy is left out
    assert f"{hostile.ALEX}/2026-11-20-feedback" in alex
    assert "priya-shah/2026-11-17-feedback" in alex  # misfiled: its front matter counts
    [huge] = [row for row in history(notes, hostile.PRIYA) if row["id"] == hostile.HUGE]
    assert len(huge["topic"]) >= 5 * hostile.HUGE_TOPIC_WORDS - 1  # kept whole
    shown = run(notes, ["show", hostile.HUGE])
    assert "more characters not shown here" in shown.stdout and len(shown.stdout) < 100_000
    people = json.loads(run(notes, ["person", "list", "--json"]).stdout)
    names = {person["slug"]: person["name"] for person in people}
    assert names[hostile.EVIL] == hostile.HOSTILE_NAME  # JSON gives it as it is, escaped
    assert names[hostile.CARRIAGE] == hostile.CR_NAME
    assert {hostile.ALEX, hostile.PRIYA} <= names.keys()
    assert not {"broken-profile", "deep-profile", "linked-person", "Not A Slug"} & names.keys()
    listed = run(notes, ["person", "list"]).stdout
    assert "\\x1b[2J" in listed and "\\u202e" in listed and "Carriage" in listed
    evil = json.loads(run(notes, ["show", hostile.EVIL_COACHING, "--json"]).stdout)
    assert evil["topic"] == "Topic " + hostile.HOSTILE_TEXT


def test_a_killed_writers_temp_files_are_swept_by_the_first_reader(
    folder: HostileFolder,
) -> None:
    assert folder.temp_files and all(path.exists() for path in folder.temp_files)
    ran = run(folder.notes_dir, ["due"])
    assert ran.exit_code == 0
    left = [path for path in folder.temp_files if path.exists()]
    assert left == []
    assert not any(name in ran.stderr for name in (p.name for p in folder.temp_files))


HOSTILE_GOAL = "Send the summary by Friday \x9b31m\u202e\u2066\u2028\x7f"


def test_json_shows_no_control_a_terminal_would_act_on(tmp_path: Path) -> None:
    # JSON escapes C0 controls itself, but not DEL, the C1 controls (0x9b is an 8-bit CSI) or
    # the bidi marks; grow escapes those too, and a program reads the same strings back.
    notes = tmp_path / "empty-notes"
    notes.mkdir()
    one_line = HOSTILE_GOAL.replace("\u2028", "")  # standard input: U+2028 ends a line too
    runs = [
        (["smart", "--json", HOSTILE_GOAL], None, HOSTILE_GOAL),
        (["smart", "--json", "-"], one_line, one_line),
    ]
    for args, stdin, text in runs:
        output.reset()
        result = CliRunner().invoke(app, ["--notes", str(notes), *args], input=stdin)
        assert RAW_CONTROL.findall(result.stdout) == [], args
        [line] = result.stdout.splitlines()
        assert json.loads(line)["text"] == text, args


GROWS_OWN_STYLES = {"\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[32m", "\x1b[33m"}


def test_on_a_colour_terminal_only_grows_own_styles_pass(
    folder: HostileFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The texts hold conceal (8) and red on black (31;40): shown as escapes (or '?'), while the
    # words grow highlights keep their style.
    monkeypatch.setattr(output, "colour_enabled", lambda: True)
    for args in (["search", "x", "--person", hostile.EVIL], ["followup", hostile.EVIL]):
        ran = run(folder.notes_dir, args)
        assert ran.exit_code == 0, ran.stderr
        codes = set(re.findall(r"\x1b\[[0-9;]*m", ran.stdout))
        assert codes <= GROWS_OWN_STYLES, (args, codes)
        assert "\x1b[8m" not in ran.stdout and "\x1b[31;40m" not in ran.stdout, args
        assert RAW_CONTROL.findall(RE_STYLES.sub("", ran.stdout + ran.stderr)) == [], args
    assert "\x1b[1m" in run(folder.notes_dir, ["search", "x", "--person", hostile.EVIL]).stdout


RE_STYLES = re.compile("|".join(re.escape(code) for code in GROWS_OWN_STYLES))


def test_the_calendar_on_standard_output_is_a_calendar(
    folder: HostileFolder, tmp_path: Path
) -> None:
    # Its CRLF line endings are kept (escaping every control had turned them into text), and
    # only the controls inside the texts are escaped: the same events as the file holds.
    from icalendar import Calendar

    printed = run(folder.notes_dir, ["export", "--ics", "-"])
    assert printed.exit_code == 0 and printed.stdout_bytes.endswith(b"END:VCALENDAR\r\n")
    target = tmp_path / "grow.ics"
    assert run(folder.notes_dir, ["export", "--ics", str(target)]).exit_code == 0
    shown = Calendar.from_ical(printed.stdout_bytes)
    written = Calendar.from_ical(target.read_bytes())
    uids = [str(event["UID"]) for event in shown.walk("VEVENT")]
    assert uids == [str(event["UID"]) for event in written.walk("VEVENT")] and uids

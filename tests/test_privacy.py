"""Privacy (issue 7, point 5): private modes, no note text in a traceback, no network at all."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from folders import REFLECTION_ANSWERS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")

PERFORMANCE = EXAMPLES / "performance.toml"
TODAY = "2026-11-22"
SECRET = "Priya told me about her divorce in confidence"


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_every_folder_is_0700_and_every_file_0600(
    grow: Any, notes_dir: Path, tmp_path: Path, umask_022: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from grow_cli.store import index

    # Files written seconds ago go into the index only once settled; here, at once.
    monkeypatch.setattr(index, "RACY_WINDOW_NS", 0)
    assert grow("person", "add", "Alex Kim").exit_code == 0
    coached = grow("coach", "alex-kim", "--answers", str(PERFORMANCE))
    assert coached.exit_code == 0, coached.stderr
    journal = grow(
        "journal",
        "--answers",
        "-",
        input=REFLECTION_ANSWERS,
    )
    assert journal.exit_code == 0, journal.stderr
    checkin = grow(
        "checkin",
        "alex-kim",
        "--answers",
        "-",
        input='next_checkin = "in 1 week"\n[[updates]]\n'
        'ref = "alex-kim/2026-11-22-coaching#a1"\nstatus = "done"\n',
    )
    assert checkin.exit_code == 0, checkin.stderr
    # A rejected answers file leaves a draft in .grow/drafts.
    rejected = grow(
        "feedback", "alex-kim", "--answers", "-", input='[[feedback]]\nsituation = "x"\n'
    )
    assert rejected.exit_code == 1
    ics = notes_dir / "calendar.ics"
    assert grow("export", "--ics", str(ics)).exit_code == 0
    outside_ics = tmp_path / "outside.ics"
    assert grow("export", "--ics", str(outside_ics)).exit_code == 0
    assert grow("due", "--json").exit_code == 0  # writes the index

    folders: list[Path] = [notes_dir]
    files: list[Path] = []
    for root, dirs, names in os.walk(notes_dir):
        folders += [Path(root) / d for d in dirs]
        files += [Path(root) / n for n in names]
    shown = {str(p.relative_to(notes_dir)) for p in files}
    assert {
        "people/alex-kim/person.toml",
        "people/alex-kim/2026-11-22-coaching.md",
        "people/alex-kim/2026-11-22-checkin.md",
        "journal/2026-11-22-journal.md",
        ".grow/drafts/feedback-alex-kim.toml",
        ".grow/index.sqlite3",
        "calendar.ics",
    } <= shown, shown
    wrong = {
        str(p.relative_to(notes_dir)): oct(stat.S_IMODE(p.lstat().st_mode))
        for p in folders
        if stat.S_IMODE(p.lstat().st_mode) != 0o700
    } | {
        str(p.relative_to(notes_dir)): oct(stat.S_IMODE(p.lstat().st_mode))
        for p in [*files, outside_ics]
        if stat.S_IMODE(p.lstat().st_mode) != 0o600
    }
    assert wrong == {}


# --- no note text in a traceback ---------------------------------------------------------------

CRASHER = textwrap.dedent(
    """
    import sys
    import {module} as target

    def crash(*args, **kwargs):
        raise RuntimeError("unexpected failure in the test")

    setattr(target, "{name}", crash)
    from grow_cli.cli import main
    sys.argv[0] = "grow"
    main()
    """
)


def _env(notes_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(GROW_NOTES_DIR=str(notes_dir), GROW_TODAY=TODAY)
    env.pop("_TYPER_STANDARD_TRACEBACK", None)
    return env


def _note_with_secret(notes_dir: Path) -> None:
    entry = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from grow_cli.cli import main; main()",
            "person",
            "add",
            "Alex Kim",
        ],
        env=_env(notes_dir),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert entry.returncode == 0, entry.stderr
    answers = PERFORMANCE.read_text().replace("Client ticket turnaround", SECRET)
    coached = subprocess.run(
        [
            sys.executable,
            "-c",
            "from grow_cli.cli import main; main()",
            "coach",
            "alex-kim",
            "--answers",
            "-",
        ],
        env=_env(notes_dir),
        input=answers,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert coached.returncode == 0, coached.stderr


@pytest.mark.parametrize(
    ("module", "name", "args"),
    [
        ("grow_cli.ui.render", "note_body", ("show", "alex-kim/2026-11-22-coaching")),
        ("grow_cli.domain.prep", "build", ("prep", "alex-kim")),
        ("grow_cli.ui.output", "print_json", ("due", "--json")),
    ],
)
def test_a_crash_never_shows_note_text(
    tmp_path: Path, module: str, name: str, args: tuple[str, ...]
) -> None:
    notes_dir = tmp_path / "notes"
    _note_with_secret(notes_dir)
    script = tmp_path / "crash.py"
    script.write_text(CRASHER.format(module=module, name=name))
    result = subprocess.run(
        [sys.executable, str(script), *args],
        env=_env(notes_dir),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "unexpected failure in the test" in result.stderr  # the crash really happened
    assert SECRET not in result.stdout + result.stderr
    assert "divorce" not in result.stdout + result.stderr


# --- no network ----------------------------------------------------------------------------------

NO_NETWORK = textwrap.dedent(
    """
    import json, socket, sys

    LOG = sys.argv.pop(1)
    calls = []

    def record(name):
        def refuse(*args, **kwargs):
            calls.append(name)
            with open(LOG, "a") as log:
                log.write(json.dumps([name, repr(args)[:200]]) + "\\n")
            raise OSError("network use is forbidden in this test: " + name)
        return refuse

    socket.socket.connect = record("socket.connect")
    socket.socket.connect_ex = record("socket.connect_ex")
    socket.socket.sendto = record("socket.sendto")
    socket.create_connection = record("socket.create_connection")
    socket.getaddrinfo = record("socket.getaddrinfo")
    socket.gethostbyname = record("socket.gethostbyname")
    from grow_cli.cli import main
    sys.argv[0] = "grow"
    main()
    """
)


def test_grow_makes_no_network_connection(tmp_path: Path) -> None:
    notes_dir = tmp_path / "notes"
    wrapper = tmp_path / "no_network.py"
    wrapper.write_text(NO_NETWORK)
    log = tmp_path / "network.log"
    commands: list[tuple[list[str], str | None]] = [
        (["person", "add", "Alex Kim"], None),
        (["coach", "alex-kim", "--answers", str(PERFORMANCE)], None),
        (["due", "--json"], None),
        (["prep", "alex-kim"], None),
        (["search", "triage"], None),
        (["stats"], None),
        (["report", "--html", str(tmp_path / "report.html")], None),
        (["export", "--ics", str(tmp_path / "calendar.ics")], None),
        (["smart", "Give 3 talks at meetups by the end of next year"], None),
    ]
    for args, stdin in commands:
        result = subprocess.run(
            [sys.executable, str(wrapper), str(log), *args],
            env=_env(notes_dir),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode in (0, 1), (args, result.stderr)
        assert "network use is forbidden" not in result.stderr, args
    assert not log.exists(), log.read_text()
    due = json.loads(
        subprocess.run(
            [sys.executable, str(wrapper), str(log), "due", "--json"],
            env=_env(notes_dir),
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
    )
    assert any(item["id"] == "alex-kim/2026-11-22-coaching#s1" for item in due)
    assert (tmp_path / "report.html").read_text().lstrip().lower().startswith("<!doctype html")
    assert "BEGIN:VCALENDAR" in (tmp_path / "calendar.ics").read_text()


def test_the_network_guard_itself_works(tmp_path: Path) -> None:
    wrapper = tmp_path / "no_network.py"
    wrapper.write_text(
        NO_NETWORK.replace(
            "from grow_cli.cli import main",
            "main = lambda: socket.create_connection(('example.org', 80))",
        )
    )
    log = tmp_path / "network.log"
    result = subprocess.run(
        [sys.executable, str(wrapper), str(log)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "socket.create_connection" in log.read_text()

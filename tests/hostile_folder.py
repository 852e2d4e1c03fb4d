"""A hostile notes folder: a few good people and notes made by grow itself, then one file (or
folder) of each kind of damage a notes folder can hold, each named in `Damage` with what a reading
command must do about it.

Shared by tests/test_hostile_folder.py and benchmarks/hostile.py, so it imports nothing from the
test suite (no conftest, no pytest): only the standard library and grow. `build(notes_dir, grow)`
takes a function that runs grow (`grow(*args, input=None)` returning an object with `exit_code`
and `output`): the in-process CliRunner in the tests, the installed console script in the
benchmark. Today must be 2026-11-22 (GROW_TODAY) for every run.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TODAY = "2026-11-22"
ALEX = "alex-kim"
PRIYA = "priya-shah"
EVIL = "evil"  # a hand-written profile whose name holds controls and reordering marks
CARRIAGE = "carriage"  # a hand-written profile whose name holds a carriage return

ALEX_COACHING = f"{ALEX}/2026-11-08-coaching"
ALEX_THREAD = f"{ALEX_COACHING}#t1"
ALEX_ACTION = f"{ALEX_COACHING}#a1"
PRIYA_COACHING = f"{PRIYA}/2026-10-25-coaching"
EVIL_COACHING = f"{EVIL}/2026-11-15-coaching"
BOM_CRLF = f"{ALEX}/2026-11-18-checkin"  # valid, Windows line endings and a BOM: must be read
HUGE = f"{PRIYA}/2026-11-16-checkin"  # valid, a 5 MB topic: must be read
HUGE_TOPIC_WORDS = 1_000_000  # "word " a million times: 5 MB
JOURNAL_GROW = "journal/2026-11-14-journal"

HOSTILE_NAME = "Evil\x1b[2J\x1b]0;owned\x07\u202eabc\u2066x\u2069"
HOSTILE_TEXT = (
    "x\x1b[8m\x1b[31;40mx\x1b[2Jy\u202ez\u200fw\x00v\x9b31m"  # CSI, RTL override, RLM, NUL, C1 CSI
)
CR_NAME = "Carriage\rReturn"

Grow = Callable[..., Any]  # grow(*args, input=None) -> an object with exit_code and output


@dataclass(frozen=True)
class Damage:
    """One damaged (or doubtful) file or folder in the hostile folder.

    `shown` is how a warning names it, relative to the notes folder (a folder ends with '/');
    `warned` whether a command that reads every note must name it in exactly one warning
    (False: it must be read, or left out in silence, and never named twice).
    """

    kind: str
    shown: str
    warned: bool = True


@dataclass
class HostileFolder:
    """What `build` made: the notes folder and every kind of damage in it."""

    notes_dir: Path
    damage: list[Damage] = field(default_factory=list)
    temp_files: list[Path] = field(default_factory=list)  # a killed writer's: swept by readers
    fifos: list[Path] = field(default_factory=list)  # named pipes (shutil cannot copy them)

    def add(self, kind: str, shown: str, *, warned: bool = True) -> None:
        self.damage.append(Damage(kind, shown, warned))

    def copy_to(self, target: Path) -> HostileFolder:
        """A copy of the folder at `target` (links copied as links, pipes made again), with no
        index: what a first reader meets."""
        pipes = {path.name for path in self.fifos}
        shutil.copytree(
            self.notes_dir,
            target,
            symlinks=True,
            ignore=lambda folder, names: [name for name in names if name in pipes],
        )
        (target / ".grow" / "index.sqlite3").unlink(missing_ok=True)
        fifos = [target / path.relative_to(self.notes_dir) for path in self.fifos]
        for fifo in fifos:
            os.mkfifo(fifo)
        return HostileFolder(
            target,
            list(self.damage),
            [target / path.relative_to(self.notes_dir) for path in self.temp_files],
            fifos,
        )


def _ok(result: Any, *args: str) -> Any:
    if result.exit_code != 0:
        raise RuntimeError(f"grow {' '.join(args)} failed: {result.output}")
    return result


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def _note(front: str, body: str = "Written by hand.\n") -> str:
    return f"+++\n{front.strip()}\n+++\n\n{body}"


def _q(text: str) -> str:
    """A TOML basic string holding `text` (JSON's escapes are TOML's, for these characters)."""
    return json.dumps(text, ensure_ascii=True)


GROW_TABLE = """
[grow]
goal = "Send the sprint summary to the team every Friday by 3 PM for the next 4 weeks"
reality = "The summary goes out on Mondays, if at all"
options = ["Draft it on Thursday", "Ask Sam to review it"]
will = "Draft the first one this Thursday"
"""
SPRINT_ACTION = """
[[actions]]
text = "Send the sprint summary to the team by Friday"
relevant_to = "Team planning"
confidence = 8
"""

ALEX_COACHING_ANSWERS = f"""
focus = "performance"
topic = "Sprint summary"
next_checkin = "2026-11-15"
tags = ["planning"]

[[feedback]]
situation = "In the sprint review on Monday"
behavior = "The summary was not sent before the review"
impact = "The team planned without last week's numbers"
{GROW_TABLE}
[measure]
what = "Summaries sent on time"
unit = "summaries"
baseline = 0
target = 4
{SPRINT_ACTION}
[[support]]
text = "Review the first summary draft on Thursday"
due = "2026-11-12"
"""

ALEX_CHECKIN_ANSWERS = f"""
next_checkin = "2026-11-29"

[[updates]]
ref = "{ALEX_ACTION}"
status = "blocked"
note = "The numbers come in late"

[[progress]]
thread = "{ALEX_THREAD}"
reading = 2
status = "active"
note = "Two of four sent"
"""

ALEX_FEEDBACK_ANSWERS = """
topic = "Stand-up"
[[feedback]]
situation = "In Thursday's stand-up"
behavior = "The blocker was named with a plan to remove it"
impact = "The team could plan around it"
"""

JOURNAL_GROW_ANSWERS = """
mode = "grow"
topic = "Delegating the weekly report"
tags = ["delegation"]

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

JOURNAL_REFLECTION_ANSWERS = f"""
mode = "reflection"
tags = ["meetings"]

[reflection]
what_happened = {_q("The planning meeting ran over " + HOSTILE_TEXT)}
what_i_did = "I kept the agenda open"
what_it_tells_me = "I find it hard to cut a discussion short"
what_ill_try = "Time-box each item next week"
"""


def good_people_and_notes(notes_dir: Path, grow: Grow) -> None:
    """Two people and their conversations, saved by grow from answers files."""
    n = ("--notes", str(notes_dir))

    def run(*args: str, input: str | None = None) -> Any:
        return _ok(grow(*n, *args, input=input), *args)

    run("person", "add", "Alex Kim", "--role", "Support engineer", "--started", "2026-10-01")
    run("person", "add", "Priya Shah", "--cadence", "14")
    run("coach", ALEX, "--date", "2026-11-08", "--answers", "-", input=ALEX_COACHING_ANSWERS)
    run("checkin", ALEX, "--date", "2026-11-15", "--answers", "-", input=ALEX_CHECKIN_ANSWERS)
    run("feedback", ALEX, "--date", "2026-11-20", "--answers", "-", input=ALEX_FEEDBACK_ANSWERS)
    priya = f'focus = "development"\ntopic = "Public speaking"\n{GROW_TABLE}{SPRINT_ACTION}'
    run("coach", PRIYA, "--date", "2026-10-25", "--answers", "-", input=priya)
    run("journal", "--date", "2026-11-14", "--answers", "-", input=JOURNAL_GROW_ANSWERS)
    run("journal", "--date", "2026-11-19", "--answers", "-", input=JOURNAL_REFLECTION_ANSWERS)


def hostile_people(notes_dir: Path, grow: Grow, folder: HostileFolder) -> None:
    """People whose names and answers hold terminal controls and reordering marks."""
    people = notes_dir / "people"
    _write(people / EVIL / "person.toml", f"name = {_q(HOSTILE_NAME)}\nrole = {_q(HOSTILE_TEXT)}\n")
    evil = (
        f'focus = "performance"\ntopic = {_q("Topic " + HOSTILE_TEXT)}\n'
        f"tags = [{_q('tag' + HOSTILE_TEXT)}]\n{GROW_TABLE}"
        f"[[actions]]\ntext = {_q('Send the sprint summary by Friday ' + HOSTILE_TEXT)}\n"
        'relevant_to = "Team planning"\nconfidence = 8\n'
    )
    _ok(
        grow(
            "--notes",
            str(notes_dir),
            "coach",
            EVIL,
            "--date",
            "2026-11-15",
            "--answers",
            "-",
            input=evil,
        ),
        "coach",
        EVIL,
    )
    folder.add("controls and reordering marks in a name and texts", f"people/{EVIL}/", warned=False)
    _write(people / CARRIAGE / "person.toml", f"name = {_q(CR_NAME)}\ncadence_days = 7\n")
    _write(
        people / CARRIAGE / "2026-11-10-feedback.md",
        _note(
            f'kind = "feedback"\ndate = 2026-11-10\nperson = "{CARRIAGE}"\n'
            f"topic = {_q('Line one' + chr(13) + 'Line two')}\n"
            f'[[feedback]]\nsituation = {_q("A" + chr(13) + "B")}\nbehavior = "b"\n'
            'impact = "c"\n'
        ),
    )
    folder.add("a carriage return in a name and a topic", f"people/{CARRIAGE}/", warned=False)


def damaged_notes(notes_dir: Path, folder: HostileFolder) -> None:
    """One note file of each kind of damage, most in Alex's folder."""
    alex = notes_dir / "people" / ALEX
    priya = notes_dir / "people" / PRIYA
    journal = notes_dir / "journal"

    def note(kind: str, relative: str, data: str | bytes, *, warned: bool = True) -> Path:
        folder.add(kind, relative, warned=warned)
        return _write(notes_dir / relative, data)

    base = f'kind = "feedback"\nperson = "{ALEX}"\n'
    note(
        "broken TOML",
        f"people/{ALEX}/2026-11-01-feedback.md",
        _note('schema = 1\nkind = "feedback\ndate = 2026-11-01\n'),
    )
    note(
        "wrong types",
        f"people/{ALEX}/2026-11-02-checkin.md",
        _note(f'kind = "checkin"\nperson = "{ALEX}"\ndate = "soon"\nactions = 5\ntags = 3\n'),
    )
    note(
        "unknown keys",
        f"people/{ALEX}/2026-11-03-feedback.md",
        _note(f'{base}date = 2026-11-03\ncolour = "blue"\n[grow]\nmood = "fine"\n'),
    )
    note("no front matter", f"people/{ALEX}/2026-11-04-coaching.md", "# Just Markdown\n\nHi.\n")
    note(
        "no closing +++",
        f"people/{ALEX}/2026-11-05-feedback.md",
        f'+++\n{base}date = 2026-11-05\ntopic = "never closed"\n\nBody.\n',
    )
    note(
        "binary, not UTF-8",
        f"people/{ALEX}/2026-11-06-feedback.md",
        b'+++\nkind = "feedback"\ntopic = "\xff\xfe\x00\x01"\n+++\n' + bytes(range(256)),
    )
    note(
        "arrays nested 3,000 deep",
        f"people/{ALEX}/2026-11-07-feedback.md",
        _note(f"{base}date = 2026-11-07\nx = " + "[" * 3000 + "]" * 3000),
    )
    note(
        "a dotted key 40,000 deep, then a broken line",
        f"people/{ALEX}/2026-11-09-feedback.md",
        f'+++\nkind = "feedback"\n{".".join(["k"] * 40_000)} = 1\nbroken line\n+++\n',
    )
    note(
        "a valid dotted key 40,000 deep",
        f"people/{ALEX}/2026-11-10-feedback.md",
        _note(f"{base}date = 2026-11-10\n" + ".".join(["k"] * 40_000) + " = 1"),
    )
    note("an empty file", f"people/{ALEX}/2026-11-11-feedback.md", "")
    note(
        "only the opening +++",
        f"people/{ALEX}/2026-11-12-feedback.md",
        "+++",
    )
    (alex / "2026-11-13-coaching.md").mkdir()
    folder.add("a folder named like a note", f"people/{ALEX}/2026-11-13-coaching.md", warned=False)
    # Valid, with Windows line endings and a byte-order mark: read like any other.
    crlf = _note(
        f'kind = "checkin"\ndate = 2026-11-18\nperson = "{ALEX}"\n'
        'tags = ["crlf"]\n[[actions]]\ntext = "Share the CRLF checklist with the team"\n'
        'due = 2026-11-25\nowner = "report"\n'
    )
    note(
        "Windows line endings and a byte-order mark (valid)",
        f"people/{BOM_CRLF}.md",
        b"\xef\xbb\xbf" + crlf.replace("\n", "\r\n").encode(),
        warned=False,
    )
    note(
        "a 5 MB topic (valid)",
        f"people/{HUGE}.md",
        _note(
            f'kind = "checkin"\ndate = 2026-11-16\nperson = "{PRIYA}"\n'
            f'topic = "{"word " * HUGE_TOPIC_WORDS}"\n'
        ),
        warned=False,
    )
    note(
        "a note in the wrong person's folder",
        f"people/{PRIYA}/2026-11-17-feedback.md",
        _note(f'{base}date = 2026-11-17\ntopic = "Filed under Priya"\n'),
    )
    original = (alex / "2026-11-08-coaching.md").read_bytes()
    (alex / "2026-11-08-coaching copy.md").write_bytes(original)
    folder.add("a copy of a note (the same id)", f"people/{ALEX}/2026-11-08-coaching copy.md")
    note(
        "an update to an item no note holds",
        f"people/{ALEX}/2026-11-19-checkin.md",
        _note(
            f'kind = "checkin"\ndate = 2026-11-19\nperson = "{ALEX}"\n'
            f'[[updates]]\nref = "{ALEX_COACHING}#a9"\nstatus = "done"\n'
        ),
    )
    note(
        "dated 9999-12-30",
        f"people/{ALEX}/2026-11-21-feedback.md",
        _note(f'{base}date = 9999-12-30\ntopic = "The end of time"\n'),
    )
    note(
        "dated in the year 1",
        f"people/{ALEX}/0001-01-01-feedback.md",
        _note(f'{base}date = 0001-01-01\ntopic = "The start of time"\n'),
    )
    note(
        "an action due in the year 9999",
        f"people/{ALEX}/2026-11-14-checkin.md",
        _note(
            f'kind = "checkin"\ndate = 2026-11-14\nperson = "{ALEX}"\n'
            '[[actions]]\ntext = "Wait a while"\ndue = 9999-12-31\n'
        ),
    )
    note(
        "an unknown kind and schema",
        f"people/{ALEX}/2026-11-16-feedback.md",
        _note(f'schema = 99\nkind = "gossip"\ndate = 2026-11-16\nperson = "{ALEX}"\n'),
    )
    note(
        "a confidence of 99",
        f"people/{PRIYA}/2026-11-18-checkin.md",
        _note(
            f'kind = "checkin"\ndate = 2026-11-18\nperson = "{PRIYA}"\n'
            '[[actions]]\ntext = "Try harder"\ndue = 2026-11-30\nconfidence = 99\n'
        ),
    )
    note(
        "an action with another note's item id",
        f"people/{PRIYA}/2026-11-19-checkin.md",
        _note(
            f'kind = "checkin"\ndate = 2026-11-19\nperson = "{PRIYA}"\n'
            f'[[actions]]\nid = "{PRIYA_COACHING}#a1"\ntext = "A borrowed id"\ndue = 2026-11-30\n'
        ),
    )
    note(
        "a journal note with a person",
        "journal/2026-11-20-journal.md",
        _note(f'kind = "journal"\nmode = "reflection"\ndate = 2026-11-20\nperson = "{ALEX}"\n'),
    )
    note(
        "controls in a hand-written note's texts (valid)",
        f"people/{PRIYA}/2026-11-20-checkin.md",
        _note(
            f'kind = "checkin"\ndate = 2026-11-20\nperson = "{PRIYA}"\n'
            f"topic = {_q('Hand ' + HOSTILE_TEXT)}\n"
            f"[[support]]\ntext = {_q('Ask ' + HOSTILE_TEXT)}\ndue = 2026-11-24\n"
        ),
        warned=False,
    )
    # Files that are not notes: never read, never named.
    _write(alex / "README.txt", "Not a note.\n")
    _write(alex / "2026-11-08-coaching.md~", "An editor's backup.\n")
    _write(alex / ".hidden.md", "+++\nbroken\n")
    _write(journal / "notes.TXT", "Not a note either.\n")
    # A link to a note, a dangling link, and a person folder that is a link.
    (alex / "2026-11-23-checkin.md").symlink_to("2026-11-08-coaching.md")
    folder.add("a note that is a link", f"people/{ALEX}/2026-11-23-checkin.md")
    (priya / "2026-11-21-checkin.md").symlink_to("nowhere.md")
    folder.add("a link to nothing", f"people/{PRIYA}/2026-11-21-checkin.md")
    (notes_dir / "people" / "linked-person").symlink_to(ALEX)
    folder.add("a person folder that is a link", "people/linked-person")
    if hasattr(os, "mkfifo"):
        fifo = alex / "2026-11-15-feedback.md"
        os.mkfifo(fifo)  # opening it would wait for a writer for ever
        folder.fifos.append(fifo)
        folder.add(
            "a named pipe named like a note", f"people/{ALEX}/2026-11-15-feedback.md", warned=False
        )


NESTED_PROFILE = "x = " + "[" * 3000 + "]" * 3000 + "\n"


def damaged_people(notes_dir: Path, folder: HostileFolder) -> None:
    """Profiles that cannot be read, folders without one, folders that are not people."""
    people = notes_dir / "people"
    profiles = {
        "broken-profile": 'name = "Broken\n',
        "deep-profile": NESTED_PROFILE,
        "dotted-profile": ".".join(["p"] * 40_000) + " = 1\n",
        "typed-profile": 'name = "Typed"\ncadence_days = "weekly"\nstarted = [2026]\nstyle = 7\n',
        "binary-profile": b'name = "\xff\xfe"\n',
        "extra-profile": 'name = "Extra"\nfavourite = "tea"\n',
        "future-profile": 'name = "Future"\nstarted = 9999-12-30\n',
    }
    for slug, content in profiles.items():
        _write(people / slug / "person.toml", content)
        _write(
            people / slug / "2026-11-20-feedback.md",
            _note(f'kind = "feedback"\ndate = 2026-11-20\nperson = "{slug}"\ntopic = "x"\n'),
        )
        folder.add(f"a damaged profile ({slug})", f"people/{slug}/person.toml")
    _write(
        people / "no-profile" / "2026-11-20-feedback.md",
        _note('kind = "feedback"\ndate = 2026-11-20\nperson = "no-profile"\ntopic = "x"\n'),
    )
    folder.add("a person folder without person.toml", "people/no-profile/")
    (people / "empty-folder").mkdir(mode=0o700)
    folder.add("an empty person folder", "people/empty-folder/", warned=False)
    _write(people / "Not A Slug" / "person.toml", 'name = "Not A Slug"\n')
    folder.add("a person folder whose name is not a slug", "people/Not A Slug/", warned=False)
    _write(people / "stray.md", _note('kind = "feedback"\ndate = 2026-11-20\n'))
    folder.add("a note directly in people/", "people/stray.md", warned=False)


def killed_writers_temps(notes_dir: Path, folder: HostileFolder) -> None:
    """Temp files a killed grow left mid-save (a pid no process has, on this machine)."""
    from grow_cli.store.atomic import _HOST

    for where, name in (
        (f"people/{ALEX}", "2026-11-22-checkin.md"),
        ("journal", "2026-11-22-journal.md"),
        (f"people/{PRIYA}", "person.toml"),
    ):
        temp = notes_dir / where / f".{name}.{_HOST}.99999999.0.tmp"
        _write(temp, '+++\nkind = "checkin"\n+++\n')
        folder.temp_files.append(temp)
        folder.add("a killed writer's temp file", f"{where}/{temp.name}", warned=False)


def build(notes_dir: Path, grow: Grow) -> HostileFolder:
    """Make the hostile folder at `notes_dir` (which must not exist yet)."""
    notes_dir.mkdir(mode=0o700, parents=True)
    folder = HostileFolder(notes_dir)
    good_people_and_notes(notes_dir, grow)
    hostile_people(notes_dir, grow, folder)
    damaged_notes(notes_dir, folder)
    damaged_people(notes_dir, folder)
    killed_writers_temps(notes_dir, folder)
    return folder


OUT = "@out@"  # in READING_COMMANDS: the folder a command's output file goes to


def with_out(command: tuple[str, ...], out_dir: Path) -> list[str]:
    """A command of READING_COMMANDS with its output files placed in `out_dir`."""
    return [arg.replace(OUT, str(out_dir)) for arg in command]


# Every command that reads the folder, with its variants (`grow --help` lists the commands).
READING_COMMANDS: list[tuple[str, ...]] = [
    ("due",),
    ("due", "--json"),
    ("due", "--within", "3650"),
    ("actions",),
    ("actions", "--json"),
    ("actions", "--status", "all"),
    ("actions", "--journal", "--json"),
    ("actions", ALEX, "--tag", "planning"),
    ("goals",),
    ("goals", "--status", "all", "--json"),
    ("goals", ALEX),
    ("history", ALEX),
    ("history", ALEX, "--json"),
    ("history", PRIYA),
    ("history", EVIL),
    ("history", CARRIAGE, "--json"),
    ("history", ALEX, "--thread", ALEX_THREAD),
    ("history", "broken-profile"),
    ("history", "no-profile"),
    ("show", ALEX_COACHING),
    ("show", ALEX_COACHING, "--json"),
    ("show", ALEX_COACHING, "--as-written"),
    ("show", ALEX_THREAD),
    ("show", ALEX_THREAD, "--json"),
    ("show", BOM_CRLF),
    ("show", HUGE),
    ("show", EVIL_COACHING),
    ("show", f"people/{ALEX}/2026-11-01-feedback.md"),
    ("show", f"{ALEX}/2026-11-23-checkin"),
    ("prep", ALEX),
    ("prep", ALEX, "--json"),
    ("prep", ALEX, "--out", f"{OUT}/prep.md"),
    ("prep", EVIL),
    ("person", "list"),
    ("person", "list", "--json"),
    ("person", "show", ALEX),
    ("person", "show", ALEX, "--json"),
    ("person", "show", CARRIAGE),
    ("person", "show", "deep-profile"),
    ("search", "sprint"),
    ("search", "word", "--json"),
    ("search", ""),
    ("search", "x", "--person", EVIL),
    ("stats",),
    ("stats", "--json"),
    ("stats", "--since", "0001-01-01"),
    ("escalation", ALEX),
    ("escalation", ALEX, "--json"),
    ("escalation", EVIL, "--json"),
    ("export", "--ics", "-"),
    ("export", "--ics", f"{OUT}/grow.ics"),
    ("journal", "list"),
    ("journal", "list", "--json"),
    ("journal", "review"),
    ("journal", "review", "--since", "0001-01-01", "--json"),
    ("followup", ALEX),
    ("followup", EVIL, "--format", "markdown"),
    ("followup", PRIYA),
    ("report", "--html", f"{OUT}/report.html"),
    ("report", "--html", "-"),
    ("where",),
    ("where", "--json"),
]

"""What makes reading a big notes folder fast, checked as behaviour (never by the clock):
only the front matter is read, unchanged files are not parsed again, the fast TOML parser reads
notes as tomllib does, and the benchmark's generated folder is valid and deterministic."""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grow_cli.domain.models import Action, Grow, Note, Update
from grow_cli.env import Environment
from grow_cli.store import frontmatter, index, notes, paths

TODAY = dt.date(2026, 11, 22)
BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


def locations_for(folder: Path) -> paths.Locations:
    environ = {"GROW_CONFIG": str(folder / "c.toml")}
    return paths.resolve(Environment(environ=environ, notes_override=folder))


def test_only_the_front_matter_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "note.md"
    front = '+++\nkind = "checkin"\ndate = 2026-11-02\nperson = "sam"\n+++\n'
    # A long body, not even UTF-8: never read, so never a reason to skip the note.
    path.write_bytes(front.encode() + b"\n" + b"\xff body \n" * 200_000)
    read: list[int] = []
    real_read = os.read

    def counting(fd: int, size: int) -> bytes:
        data = real_read(fd, size)
        read.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counting)
    assert notes.read_note(path).person == "sam"
    assert sum(read) <= 8192


# Lines that can open, close or nearly close a front matter.
tricky_line = st.sampled_from(
    ["+++", "+++\r", "+++\r\r", "+++ ", " +++", "++++", "++", "", "\r", 'a = "+++"', "x = 1"]
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[*settings().suppress_health_check, HealthCheck.function_scoped_fixture],
)
@given(
    lines=st.lists(tricky_line, max_size=8),
    bom=st.booleans(),
    final_newline=st.booleans(),
    first_read=st.sampled_from([1, 3, 5, 8, 8192]),
)
def test_reading_bytes_finds_the_same_front_matter_as_split(
    tmp_path: Path, lines: list[str], bom: bool, final_newline: bool, first_read: int
) -> None:
    text = ("\ufeff" if bom else "") + "\n".join(lines) + ("\n" if final_newline else "")
    path = tmp_path / "n.md"
    path.write_bytes(text.encode())
    try:
        expected: object = frontmatter.split(text)[0]
    except frontmatter.FrontMatterError as error:
        expected = (str(error), error.line)
    saved = frontmatter._FIRST_READ
    frontmatter._FIRST_READ = first_read  # every chunk boundary, too
    try:
        got: object = frontmatter.read_toml(path)
    except frontmatter.FrontMatterError as error:
        got = (str(error), error.line)
    finally:
        frontmatter._FIRST_READ = saved
    assert got == expected


def test_a_bad_byte_in_the_front_matter_is_reported_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    data = b'+++\nkind = "\xff"\n+++\n'
    path.write_bytes(data)
    with pytest.raises(UnicodeDecodeError) as caught:
        frontmatter.read_toml(path)
    with pytest.raises(UnicodeDecodeError) as whole:
        data.decode("utf-8")
    assert str(caught.value) == str(whole.value)


user_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1
)


@settings(max_examples=200, deadline=None)
@given(topic=user_text, goal=user_text, action=user_text, tags=st.lists(user_text, max_size=3))
def test_the_fast_parser_reads_what_grow_writes_as_tomllib_does(
    topic: str, goal: str, action: str, tags: list[str]
) -> None:
    note = Note(
        kind="coaching",
        date=TODAY,
        person="alex-kim",
        topic=topic,
        next_checkin=TODAY,
        grow=Grow(goal=goal, options=[topic, goal]),
        actions=[Action(text=action, due=TODAY, confidence=7)],
        updates=[Update(ref="x#a1", status="done", note=topic)],
        tags=tags,
    )
    toml_text = frontmatter.split(frontmatter.render(note.front_matter(), "body"))[0]
    assert frontmatter.loads(toml_text) == tomllib.loads(toml_text)


def test_tomllib_words_the_errors(tmp_path: Path) -> None:
    toml_text = 'kind = "coaching"\ntopic = unquoted words'
    with pytest.raises(tomllib.TOMLDecodeError) as reference:
        tomllib.loads(toml_text)
    with pytest.raises(frontmatter.FrontMatterError) as caught:
        frontmatter.loads(toml_text)
    assert caught.value.line == 3  # the file's line: one more, for the opening '+++'
    assert str(caught.value) == "invalid TOML: " + str(reference.value).split(" (at line")[0]


def test_a_second_scan_parses_only_what_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(index, "RACY_WINDOW_NS", 0)
    locations = locations_for(tmp_path / "notes")
    for day in range(1, 21):
        note = Note(kind="checkin", date=dt.date(2026, 11, day), person="sam")
        notes.save_new(locations, note, lambda n: "body\n")
    parsed: list[str] = []
    real = frontmatter.loads
    monkeypatch.setattr(frontmatter, "loads", lambda text: parsed.append(text) or real(text))

    assert len(notes.scan(locations).notes) == 20
    assert len(parsed) == 20
    parsed.clear()
    assert len(notes.scan(locations).notes) == 20
    assert parsed == []
    edited = locations.people_dir / "sam" / "2026-11-05-checkin.md"
    edited.write_text(edited.read_text().replace("body", "a longer body"))
    assert len(notes.scan(locations).notes) == 20
    assert len(parsed) == 1


@pytest.mark.parametrize("enabled", [True, False])
def test_a_scan_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path, enabled: bool) -> None:
    locations = locations_for(tmp_path / "notes")
    notes.save_new(locations, Note(kind="checkin", date=TODAY, person="sam"), lambda n: "")
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        notes.scan(locations)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def _generate(folder: Path, seed: int) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from generate_notes import generate
    finally:
        sys.path.remove(str(BENCHMARKS))
    generate(locations_for(folder), people_count=4, count=60, seed=seed, today=TODAY)


def test_the_benchmark_folder_is_valid_and_the_same_every_time(tmp_path: Path) -> None:
    _generate(tmp_path / "a", seed=3)
    _generate(tmp_path / "b", seed=3)
    result = notes.scan(locations_for(tmp_path / "a"))
    assert len(result.notes) == 60 and result.warnings == []

    files = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.md"))
    assert files == sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*.md"))
    for name in files:
        assert (tmp_path / "a" / name).read_text() == (tmp_path / "b" / name).read_text()

    kinds = {loaded.note.kind for loaded in result.notes}
    assert kinds == {"coaching", "checkin", "feedback", "journal"}
    item_ids = {a.id for n in result.notes for a in [*n.note.actions, *n.note.support]}
    refs = {u.ref for n in result.notes for u in n.note.updates}
    assert refs and refs <= item_ids
    assert all(TODAY - dt.timedelta(days=366) <= n.note.date <= TODAY for n in result.notes)


def test_a_scan_does_not_thaw_what_the_program_froze(tmp_path: Path) -> None:
    locations = locations_for(tmp_path / "notes")
    notes.save_new(locations, Note(kind="checkin", date=TODAY, person="sam"), lambda n: "")
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        notes.scan(locations)
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()


def test_front_matter_nested_too_deeply_is_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "notes" / "people" / "sam"
    folder.mkdir(parents=True)
    depth = 100_000
    (folder / "2026-11-01-checkin.md").write_text(f"+++\na = {'[' * depth}{']' * depth}\n+++\n")
    result = notes.scan(locations_for(tmp_path / "notes"))
    assert result.notes == []
    assert result.warnings == [
        f"{Path('people/sam/2026-11-01-checkin.md')}: skipped, "
        "invalid TOML: arrays, tables or dotted keys nested too deeply"
    ]

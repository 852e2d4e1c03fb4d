"""The notes store: atomic private writes, never overwriting, reading past damaged notes."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grow_cli.domain.ledger import Ledger
from grow_cli.domain.models import Action, Feedback, Grow, Note, Update
from grow_cli.env import Environment
from grow_cli.store import frontmatter, notes, paths

TODAY = dt.date(2026, 11, 22)


def locations_for(folder: Path) -> paths.Locations:
    return paths.resolve(
        Environment(environ={"GROW_CONFIG": str(folder / "c.toml")}, notes_override=folder)
    )


def plain_body(note: Note) -> str:
    return f"# {note.kind}\n"


def a_note(**fields: object) -> Note:
    data: dict[str, object] = {"kind": "coaching", "date": TODAY, "person": "alex-kim"}
    data.update(fields)
    return Note.model_validate(data)


def test_saved_note_is_private_and_reads_back(tmp_path: Path) -> None:
    locations = locations_for(tmp_path / "notes")
    note = a_note(topic="Turnaround", actions=[{"text": "Reply within 4 hours", "due": TODAY}])
    path = notes.save_new(locations, note, plain_body)

    assert path == locations.people_dir / "alex-kim" / "2026-11-22-coaching.md"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(locations.notes_dir.stat().st_mode) == 0o700
    text = path.read_text()
    assert text.startswith("+++\n") and "\n+++\n\n# coaching\n" in text
    back = notes.read_note(path)
    assert back.id == "alex-kim/2026-11-22-coaching"
    assert back.actions[0].id == "alex-kim/2026-11-22-coaching#a1"
    assert back == note


def test_a_taken_name_gets_a_number_and_nothing_is_overwritten(tmp_path: Path) -> None:
    locations = locations_for(tmp_path / "notes")
    first = notes.save_new(locations, a_note(topic="one"), plain_body)
    second = notes.save_new(locations, a_note(topic="two"), plain_body)
    third = notes.save_new(locations, a_note(topic="three"), plain_body)
    assert [p.name for p in (first, second, third)] == [
        "2026-11-22-coaching.md",
        "2026-11-22-coaching-2.md",
        "2026-11-22-coaching-3.md",
    ]
    assert notes.read_note(first).topic == "one"
    assert notes.read_note(third).id == "alex-kim/2026-11-22-coaching-3"
    leftovers = [p for p in first.parent.iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_damaged_note_gives_one_warning_and_the_rest_are_read(tmp_path: Path) -> None:
    locations = locations_for(tmp_path / "notes")
    good = notes.save_new(locations, a_note(topic="good"), plain_body)
    notes.save_new(locations, a_note(topic="also good"), plain_body)
    broken = good.parent / "2026-11-01-coaching.md"
    broken.write_text('+++\nschema = 1\nkind = "coaching"\ntopic = unquoted words\n+++\nbody\n')
    wrong_type = good.parent / "2026-11-02-checkin.md"
    wrong_type.write_text(
        '+++\nkind = "checkin"\ndate = 2026-11-02\nperson = "alex-kim"\n'
        'next_checkin = "someday"\n+++\n'
    )
    unknown_key = good.parent / "2026-11-03-checkin.md"
    unknown_key.write_text(
        '+++\nkind = "checkin"\ndate = 2026-11-03\nperson = "alex-kim"\nmood = "sunny"\n+++\n'
    )

    result = notes.scan(locations)

    assert sorted(n.note.topic or "" for n in result.notes) == ["also good", "good"]
    assert len(result.warnings) == 3
    broken_warning = next(w for w in result.warnings if "2026-11-01" in w)
    assert broken_warning.startswith("people/alex-kim/2026-11-01-coaching.md:4:")
    assert "invalid TOML" in broken_warning
    assert any("next_checkin" in w and "2026-11-02-checkin.md" in w for w in result.warnings)
    assert any("mood: unknown key" in w for w in result.warnings)


def test_files_without_front_matter_and_links_are_not_read(tmp_path: Path) -> None:
    locations = locations_for(tmp_path / "notes")
    path = notes.save_new(locations, a_note(topic="real"), plain_body)
    (path.parent / "scratch.md").write_text("just some words\n")
    outside = tmp_path / "outside.md"
    outside.write_text(path.read_text())
    (path.parent / "linked.md").symlink_to(outside)

    result = notes.scan(locations)
    assert [n.path.name for n in result.notes] == [path.name]
    assert len(result.warnings) == 2 and "scratch.md:1" in result.warnings[1]
    assert result.warnings[0].endswith(
        "linked.md: skipped, it is a link, and grow does not follow links inside the notes folder"
    )


def test_hand_written_note_gets_ids_from_its_path(tmp_path: Path) -> None:
    locations = locations_for(tmp_path / "notes")
    folder = locations.people_dir / "sam"
    folder.mkdir(parents=True)
    (folder / "2026-10-01-checkin.md").write_text(
        '+++\nkind = "checkin"\ndate = 2026-10-01\nperson = "sam"\n\n'
        '[[actions]]\ntext = "Book the course"\n+++\n\nMy own words.\n'
    )
    [loaded] = notes.scan(locations).notes
    assert loaded.note.id == "sam/2026-10-01-checkin"
    assert loaded.note.actions[0].id == "sam/2026-10-01-checkin#a1"


def test_reading_never_rejects_an_unsmart_action(tmp_path: Path) -> None:
    folder = tmp_path / "notes" / "people" / "sam"
    folder.mkdir(parents=True)
    path = folder / "2026-10-01-coaching.md"
    path.write_text(
        '+++\nkind = "coaching"\ndate = 2026-10-01\nperson = "sam"\n'
        '[grow]\ngoal = "Improve communication"\n'
        '[[actions]]\ntext = "Be more proactive"\n+++\n'
    )
    note = notes.read_note(path)
    assert note.actions[0].text == "Be more proactive"
    assert note.actions[0].smart is None


# Text a person might type, including everything that could break the front matter.
user_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
).filter(lambda s: s.strip() != "") | st.sampled_from(
    [
        "+++",
        "a\n+++\nb",
        '"""',
        "'''",
        "back\\slash",
        "tab\tand\r\nnewline",
        "🌱 grow 🚀",
        "\u202eRTL",
    ]
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[*settings().suppress_health_check, HealthCheck.function_scoped_fixture],
)
@given(
    topic=user_text,
    goal=user_text,
    options=st.lists(user_text, max_size=3),
    behavior=user_text,
    action_text=user_text,
    update_note=user_text | st.just(""),
    tags=st.lists(user_text, max_size=3),
)
def test_any_user_text_round_trips_exactly(
    tmp_path: Path,
    topic: str,
    goal: str,
    options: list[str],
    behavior: str,
    action_text: str,
    update_note: str,
    tags: list[str],
) -> None:
    note = Note(
        kind="coaching",
        date=TODAY,
        person="alex-kim",
        topic=topic,
        grow=Grow(goal=goal, options=options, reality=topic),
        feedback=[Feedback(situation=topic, behavior=behavior, impact=goal)],
        actions=[Action(text=action_text, due=TODAY)],
        updates=[Update(ref="x#a1", status="done", note=update_note)],
        tags=tags,
    )
    text = frontmatter.render(note.front_matter(), "# body\n+++\nmore body\n")
    parsed = Note.model_validate(frontmatter.parse(text))
    assert parsed == note


def test_write_new_refuses_an_existing_file(tmp_path: Path) -> None:
    from grow_cli.store.atomic import write_new

    folder = tmp_path / "folder"
    folder.mkdir()
    target = folder / "note.md"
    assert write_new(target, "first")
    assert not write_new(target, "second")
    assert target.read_text() == "first"
    assert os.listdir(folder) == ["note.md"]


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    from grow_cli.errors import StoreError
    from grow_cli.store.atomic import write_new

    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    if os.access(folder, os.W_OK):  # root ignores permissions
        pytest.skip("running as a user who can write anywhere")
    with pytest.raises(StoreError, match="permission denied"):
        write_new(folder / "n.md", "x")


def test_current_statuses_follow_the_latest_check_in(tmp_path: Path) -> None:
    locations = locations_for(tmp_path / "notes")
    first = a_note(
        date=dt.date(2026, 11, 1),
        actions=[{"text": "A", "due": TODAY}, {"text": "B", "due": TODAY}],
        support=[{"text": "S"}],
    )
    notes.save_new(locations, first, plain_body)
    a1, a2 = "alex-kim/2026-11-01-coaching#a1", "alex-kim/2026-11-01-coaching#a2"
    for day, updates in ((8, [(a1, "blocked"), (a2, "progress")]), (15, [(a1, "done")])):
        check_in = Note.model_validate(
            {
                "kind": "checkin",
                "date": dt.date(2026, 11, day),
                "person": "alex-kim",
                "updates": [{"ref": ref, "status": status} for ref, status in updates],
            }
        )
        notes.save_new(locations, check_in, plain_body)

    ledger = Ledger.build(loaded.note for loaded in notes.scan(locations).notes)
    statuses = {item.id: item.status for item in ledger.items}
    assert statuses == {a1: "done", a2: "progress", "alex-kim/2026-11-01-coaching#s1": "open"}


def test_a_failed_replace_leaves_no_temp_file(tmp_path: Path) -> None:
    from grow_cli.errors import StoreError
    from grow_cli.store.atomic import write_replacing

    target = tmp_path / "folder-in-the-way"
    target.mkdir()
    (target / "x").write_text("keeps the folder non-empty")
    with pytest.raises(StoreError, match="Cannot write"):
        write_replacing(target, "text")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder-in-the-way", "home"]

"""The files of `grow person merge SOURCE TARGET`: SOURCE's notes move into TARGET's folder.

Notes are the truth, so the merge never loses one, even when it is killed half way:

1. A record of the whole merge is written first (`<notes>/merged/<source>-into-<target>-<date>/
   merge.toml`): each note's new file name, and the map of old note ids to new ones.
2. Each note is written afresh into the target's folder (atomically, never over a file): its
   `person` is the target, and its ids and every reference to a moved note's ids are renamed.
3. Notes elsewhere that refer to a moved note's ids (rare: written by hand) are rewritten in
   place; their originals are kept in the record's folder first.
4. The source's talking points (agenda/, one file per point) are copied into the target's
   agenda folder under their own names (random, so they never clash); then the source's
   drafts move to the target's names (their ids renamed) where those are free; the
   originals are kept in the record's folder.
5. Only then is the source's folder (profile, original notes, any other files) moved, in one
   rename, into the record's folder, and the record marked finished.

Killed before step 5, the source is still in people/ with every note, and the copies already
made sit beside the target's: running the same merge again finds the unfinished record and
carries on from it (a copy already written is recognised as such), instead of starting anew.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grow_cli.domain.problems import listed
from grow_cli.domain.renames import refers_to, rename_everywhere, rename_front_matter
from grow_cli.errors import InvalidInputError, StoreError
from grow_cli.store import attic, drafts, frontmatter
from grow_cli.store.atomic import write_new, write_replacing
from grow_cli.store.notes import NOTE_SUFFIX, candidate_paths, note_id_for
from grow_cli.store.paths import PEOPLE_DIRNAME, Locations, ensure_private_dir

if TYPE_CHECKING:
    from grow_cli.store.notes import LoadedNote

RECORD_FILE = "merge.toml"
ORIGINALS_DIRNAME = "originals"
DRAFTS_DIRNAME = "drafts"
# A file name grow gave (<date>-<kind>, -2 ...): a copy is named from it afresh.
_GROW_STEM = re.compile(r"(\d{4}-\d{2}-\d{2}-[a-z]+)(?:-\d+)?")


@dataclass
class Move:
    """One note file and the name it takes in the target's folder."""

    source: Path
    target: Path


@dataclass
class Merge:
    """A merge under way: what moves where, the ids renamed, and the record that says so."""

    source: str
    target: str
    folder: Path  # <notes>/merged/<source>-into-<target>-<date>/
    moves: list[Move]
    ids: dict[str, str]  # old note id -> new note id
    resumed: bool = False


@dataclass
class Outcome:
    """What a finished merge did."""

    moves: list[Move]
    ids: dict[str, str]
    rewritten: list[Path] = field(default_factory=list)  # notes elsewhere, rewritten in place
    drafts_moved: list[tuple[Path, Path]] = field(default_factory=list)
    drafts_kept: list[Path] = field(default_factory=list)  # left in the record's folder
    points_copied: list[tuple[Path, Path]] = field(default_factory=list)  # talking points
    kept_in: Path | None = None  # where the source's folder went


def source_notes(locations: Locations, slug: str) -> list[Path]:
    """The note files in a person's folder (links and hidden files left out), in the order grow
    named them: <date>-<kind>, then -2, -3 ..., so copies keep their order."""
    folder = locations.people_dir / slug
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        raise StoreError(f"Cannot read {folder}: {error.strerror}.") from None
    found = [
        path
        for path in entries
        if path.name.endswith(NOTE_SUFFIX)
        and not path.name.startswith(".")
        and path.is_file()
        and not path.is_symlink()
    ]
    return sorted(found, key=_naming_order)


def _naming_order(path: Path) -> tuple[str, int, str]:
    match = _GROW_STEM.fullmatch(path.stem)
    if match is None:
        return (path.stem, 0, path.name)
    number = path.stem[len(match.group(1)) + 1 :]
    return (match.group(1), int(number) if number else 1, path.name)


def check_sources(locations: Locations, slug: str, paths: list[Path]) -> None:
    """Refuse a merge that could not move every note faithfully: one unreadable or about
    someone else is named, with every other such problem."""
    from grow_cli.domain.models import Note

    problems = []
    for path in paths:
        shown = path.relative_to(locations.notes_dir)
        try:
            note = Note.model_validate(frontmatter.read(path))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            problems.append(f"{shown}: cannot be read ({_first_line(error)})")
            continue
        if note.person != slug:
            problems.append(f"{shown}: its 'person' is {note.person!r}, not {slug!r}")
    if problems:
        raise InvalidInputError(
            listed(f"Cannot merge {slug}: fix these notes first, then merge again:", problems),
            problems=problems,
        )


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def plan(
    locations: Locations, source: str, target: str, used_ids: set[str], today: dt.date
) -> Merge:
    """The merge to carry out: the unfinished one of the same two people, if there is one
    (with any note the source gained since), else a new one. Its record is written first."""
    paths = source_notes(locations, source)
    check_sources(locations, source, paths)
    merge = _unfinished(locations, source, target)
    if merge is None:
        folder = attic.new_folder(locations.merged_dir, f"{source}-into-{target}-{today}")
        merge = Merge(source, target, folder, [], {})
    planned = {move.source for move in merge.moves}
    taken = {move.target.name for move in merge.moves}
    target_dir = locations.people_dir / target
    existing = {p.name for p in target_dir.iterdir()} if target_dir.is_dir() else set()
    for path in paths:
        if path in planned:
            continue
        raw = frontmatter.read(path)
        old_id = raw.get("id") if isinstance(raw.get("id"), str) else None
        derived = note_id_for(locations, path)
        match = _GROW_STEM.fullmatch(path.stem)
        stem = match.group(1) if match else path.stem
        for candidate in candidate_paths(target_dir, stem):
            new_id = note_id_for(locations, candidate)
            if candidate.name in existing | taken or new_id in used_ids:
                continue
            break
        else:
            raise StoreError(f"Too many notes named {stem} in {target_dir}.")
        merge.moves.append(Move(path, candidate))
        taken.add(candidate.name)
        # A hand-given id of the person's own kind moves with the note; one of another kind
        # ('kickoff') is the person's word for it and stays, still unique.
        if old_id is None or old_id == derived or old_id.startswith(f"{source}/"):
            merge.ids[old_id or derived] = new_id
        used_ids.add(new_id)
    _write_record(locations, merge, today, finished=False)
    return merge


def carry_out(
    locations: Locations, merge: Merge, others: list[LoadedNote], today: dt.date
) -> Outcome:
    """Steps 2 to 4 of the module docstring; `finish` then does step 5."""
    outcome = Outcome(merge.moves, merge.ids)
    for move in merge.moves:
        if not move.source.is_file():
            continue  # gone since an interrupted run planned it (deleted by hand)
        text = moved_text(move.source, merge.ids, merge.target)
        if write_new(move.target, text):
            continue
        if _read(move.target) != text:
            raise StoreError(
                f"{move.target} is in the way of the merge and is not the copy it made.",
                hint="Move that file out of the folder and run the merge again.",
            )
    for loaded in others:
        if _rewrite_in_place(locations, merge, loaded):
            outcome.rewritten.append(loaded.path)
    _copy_points(locations, merge, outcome)
    for draft in drafts.drafts_of(locations, merge.source):
        _move_draft(merge, draft, outcome)
    return outcome


def _copy_points(locations: Locations, merge: Merge, outcome: Outcome) -> None:
    """The source's talking points, copied as they are into the target's agenda folder (the
    originals go with the source's folder into the record's): a point's id is in no note id,
    so the notes that discussed it still name it."""
    from grow_cli.store import agenda

    sources = agenda.files_of(locations, merge.source)
    if not sources:
        return
    folder = ensure_private_dir(agenda.agenda_dir(locations, merge.target), locations.notes_dir)
    for source in sources:
        target = folder / source.name
        text = _read(source)
        if not write_new(target, text) and _read(target) != text:
            raise StoreError(
                f"{target} is in the way of the merge and is not the copy it made.",
                hint="Move that file out of the folder and run the merge again.",
            )
        outcome.points_copied.append((source, target))


def finish(locations: Locations, merge: Merge, outcome: Outcome, today: dt.date) -> None:
    """Move the source's folder into the record's folder and mark the record finished."""
    kept = merge.folder / merge.source
    attic.move(locations.people_dir / merge.source, kept)
    outcome.kept_in = merge.folder
    _write_record(locations, merge, today, finished=True)


def moved_text(path: Path, ids: dict[str, str], target: str) -> str:
    """A note's file as it reads in the target's folder: about the target, ids renamed, the
    body exactly as it was (the front matter is written afresh, so its comments are kept only
    in the original)."""
    toml_text, body = frontmatter.split(_read(path))
    front = rename_front_matter(frontmatter.loads(toml_text), ids)
    front["person"] = target
    return frontmatter.render(front, _body(body))


def _body(body: str) -> str:
    # split() leaves the blank line render() puts after the closing '+++'.
    for newline in ("\r\n", "\n"):
        if body.startswith(newline):
            return body[len(newline) :]
    return body


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise StoreError(f"Cannot read {path}: {error}.") from None


def _rewrite_in_place(locations: Locations, merge: Merge, loaded: LoadedNote) -> bool:
    """Rename the references a note outside the source's folder makes to moved notes."""
    text = _read(loaded.path)
    try:
        toml_text, body = frontmatter.split(text)
        front = frontmatter.loads(toml_text)
    except frontmatter.FrontMatterError:
        return False
    if not refers_to(front, merge.ids):
        return False
    original = merge.folder / ORIGINALS_DIRNAME / loaded.path.relative_to(locations.notes_dir)
    ensure_private_dir(original.parent)
    write_new(original, text)  # False on a second run: the first original stays
    renamed = rename_front_matter(front, merge.ids)
    write_replacing(loaded.path, frontmatter.render(renamed, _body(body)))
    return True


def _move_draft(merge: Merge, draft: Path, outcome: Outcome) -> None:
    """A draft goes to the target's name when that is free (ids renamed); the original is kept
    in the record's folder either way."""
    import tomli_w

    destination = drafts.renamed_for(draft, merge.source, merge.target)
    try:
        data = tomllib.loads(_read(draft))
    except (StoreError, tomllib.TOMLDecodeError):
        data = None
    if data is not None:
        text = tomli_w.dumps(rename_everywhere(data, merge.ids))
        if write_new(destination, text) or _read(destination) == text:
            outcome.drafts_moved.append((draft, destination))
        else:
            outcome.drafts_kept.append(merge.folder / DRAFTS_DIRNAME / draft.name)
    else:
        outcome.drafts_kept.append(merge.folder / DRAFTS_DIRNAME / draft.name)
    attic.move(draft, merge.folder / DRAFTS_DIRNAME / draft.name)


def _write_record(locations: Locations, merge: Merge, today: dt.date, *, finished: bool) -> None:
    import tomli_w

    record: dict[str, Any] = {
        "from": merge.source,
        "into": merge.target,
        "date": today,
        "finished": finished,
        "ids": dict(merge.ids),
        "moves": [
            {"from": _relative(locations, m.source), "to": _relative(locations, m.target)}
            for m in merge.moves
        ],
    }
    write_replacing(merge.folder / RECORD_FILE, tomli_w.dumps(record))


def _relative(locations: Locations, path: Path) -> str:
    return path.relative_to(locations.notes_dir).as_posix()


def _unfinished(locations: Locations, source: str, target: str) -> Merge | None:
    """The record of an earlier merge of these two that was stopped before it finished."""
    folder = locations.merged_dir
    if not folder.is_dir():
        return None
    for record_folder in sorted(folder.glob(f"{source}-into-{target}-*")):
        record = record_folder / RECORD_FILE
        if record_folder.is_symlink() or not record.is_file():
            continue
        try:
            data = tomllib.loads(_read(record))
        except (StoreError, tomllib.TOMLDecodeError):
            continue
        if data.get("from") != source or data.get("into") != target or data.get("finished"):
            continue
        return _from_record(locations, record_folder, data)
    return None


def _from_record(locations: Locations, folder: Path, data: dict[str, Any]) -> Merge:
    """The merge a record describes; every path in it is checked, as any file grow reads."""
    source, target = str(data["from"]), str(data["into"])
    problem = StoreError(
        f"The merge record {folder / RECORD_FILE} is damaged.",
        hint="Move that folder out of the way and run the merge again.",
    )
    ids = data.get("ids")
    moves = data.get("moves")
    if not isinstance(ids, dict) or not isinstance(moves, list):
        raise problem
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in ids.items()):
        raise problem
    planned = []
    for move in moves:
        if not isinstance(move, dict):
            raise problem
        planned.append(
            Move(
                _checked(locations, move.get("from"), source, problem),
                _checked(locations, move.get("to"), target, problem),
            )
        )
    return Merge(source, target, folder, planned, dict(ids), resumed=True)


def _checked(locations: Locations, value: object, slug: str, problem: StoreError) -> Path:
    """A note's place in a record: people/<slug>/<name>.md and nothing else."""
    if not isinstance(value, str):
        raise problem
    parts = value.split("/")
    valid = (
        len(parts) == 3
        and parts[:2] == [PEOPLE_DIRNAME, slug]
        and parts[2].endswith(NOTE_SUFFIX)
        and not parts[2].startswith(".")
        and "\\" not in parts[2]
    )
    if not valid:
        raise problem
    return locations.people_dir / slug / parts[2]

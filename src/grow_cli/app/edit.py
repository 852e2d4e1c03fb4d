"""`grow edit NOTE`: a note's front matter in the person's editor, checked, then saved with its
body made again from it.

The front matter (TOML) is written to a private file in <notes>/.grow/editing/ and the editor
opened on it. What comes back is checked (app/edit_checks.py); a problem is shown with every
other one, and at a terminal the editor opens again on the text as it was left; otherwise, or
when the person declines, nothing is saved and that file is kept for them. An accepted edit
replaces the note atomically, keeping its file name, its earlier version in .grow/edited/.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from grow_cli.app import records
from grow_cli.app.edit_checks import Target, checked_note, read_edited
from grow_cli.domain.problems import listed
from grow_cli.env import Environment
from grow_cli.errors import Interrupted, InvalidInputError, StoreError
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.domain.models import Note

HEADER = """\
# grow edit: the front matter of {shown}, in TOML.
# Save and close the editor to keep your changes: grow checks them, then makes the note's text
# (its Markdown body) again from them. 'id', 'kind' and 'person' stay as they are.
# Lines starting with # are comments; they are not kept.
"""
PROBLEMS_HEADER = "# grow could not save this:\n"


def edit(env: Environment, reference: str, *, ask_again: bool | None = None) -> None:
    """Edit one note's front matter in $VISUAL / $EDITOR and save it once it is a valid note.

    `ask_again` (default: only at a terminal) offers to reopen the editor on a problem.
    """
    from grow_cli.store import kept

    found = records.read(env)
    target = _target(found, reference)
    first = _editable(target)
    editing = kept.editing_file(found.locations, target.note_id, _with_header(target, first))
    note = _edited_note(found, env, target, first, editing, ask_again)
    if note is None or (
        target.original is not None and note.front_matter() == target.original.front_matter()
    ):
        kept.discard(editing)
        _unchanged(found, target)
        return
    _save(found, target, note, _kept_hint(editing))
    kept.discard(editing)


def _read_or_none(path: Path) -> str | None:
    text, problems = read_edited(path)
    return None if problems else text


def _kept_hint(editing: Path) -> str:
    return f"Nothing was saved; your text is kept in {editing}."


def _edited_note(
    found: Records,
    env: Environment,
    target: Target,
    first: str,
    editing: Path,
    ask_again: bool | None,
) -> Note | None:
    """The note as edited, once it passes every check; None when the text was not changed."""
    from grow_cli.store import atomic, kept
    from grow_cli.ui.editor import EditorError, run_editor

    reopen = env.interactive if ask_again is None else ask_again
    while True:
        before = _read_or_none(editing)
        try:
            run_editor(editing, env.environ, hint=_kept_hint(editing))
        except EditorError as error:
            if _read_or_none(editing) == before and _strip_header(before or "") == first:
                # Nothing of the person's own is in it: no need to keep it.
                kept.discard(editing)
                raise EditorError(error.message, hint="Nothing was saved.") from None
            raise
        except KeyboardInterrupt:
            raise Interrupted(f"Stopped. {_kept_hint(editing)}") from None
        text, problems = read_edited(editing)
        if text is not None:
            if _strip_header(text) == first:
                return None
            note, problems = checked_note(found, target, text, env.today)
            if note is not None:
                return note
        if not reopen:
            raise InvalidInputError(
                listed(f"{target.shown} was not changed:", problems),
                hint=_kept_hint(editing),
                problems=problems,
            )
        if not _wants_again(problems, editing):
            raise InvalidInputError(f"{target.shown} was not changed.", hint=_kept_hint(editing))
        if text is not None:  # the problems at the top, above the text as it was left
            atomic.write_replacing(editing, _with_header(target, _strip_header(text), problems))


def _target(found: Records, reference: str) -> Target:
    """The note named: a note of the folder by id or path, or a damaged note file by path."""
    from grow_cli.store import notes

    try:
        loaded = found.find_note(reference)
    except InvalidInputError:
        return _damaged(found, reference)
    path = loaded.path
    _inside(found, path)
    data = _read_bytes(path)
    note_id = loaded.note.id or notes.note_id_for(found.locations, path)
    return Target(path, found.path_of(loaded), note_id, loaded.note.person, loaded.note, data)


def _damaged(found: Records, reference: str) -> Target:
    """A note file grow cannot read as a note (it warns and skips it): edit it to mend it."""
    from grow_cli.store import notes
    from grow_cli.store.paths import PEOPLE_DIRNAME

    given = Path(reference).expanduser()
    path = given if given.is_file() else found.locations.notes_dir / given
    relative = _inside(found, path)
    parts = relative.parts
    person = parts[1] if len(parts) == 3 and parts[0] == PEOPLE_DIRNAME else None
    note_id = notes.note_id_for(found.locations, path)
    return Target(path, str(relative), note_id, person, None, _read_bytes(path))


def _inside(found: Records, path: Path) -> Path:
    """The note's path in the notes folder; grow edits only the notes of its own folder."""
    from grow_cli.store.notes import NOTE_SUFFIX
    from grow_cli.store.paths import JOURNAL_DIRNAME, PEOPLE_DIRNAME

    try:
        relative = path.resolve().relative_to(found.locations.notes_dir.resolve())
    except ValueError:
        raise InvalidInputError(
            f"{path} is not in the notes folder {found.locations.notes_dir}.",
            hint="grow edits the notes of its own folder; edit this file with your editor.",
        ) from None
    parts = relative.parts
    in_place = (len(parts) == 3 and parts[0] == PEOPLE_DIRNAME) or (
        len(parts) == 2 and parts[0] == JOURNAL_DIRNAME
    )
    if relative.suffix != NOTE_SUFFIX or not in_place:
        raise InvalidInputError(f"{path} is not a note (people/<slug>/*.md or journal/*.md).")
    return relative


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise StoreError(f"Cannot read {path}: {error.strerror or error}.") from None


def _editable(target: Target) -> str:
    """The TOML to edit: as grow writes it, or a damaged note's own text (to mend it)."""
    from grow_cli.store import frontmatter

    if target.original is not None:
        import tomli_w

        return tomli_w.dumps(target.original.front_matter())
    try:
        return frontmatter.split(target.data.decode("utf-8"))[0].strip("\n") + "\n"
    except (UnicodeDecodeError, frontmatter.FrontMatterError) as error:
        raise InvalidInputError(
            f"{target.shown}: cannot edit its front matter ({error}).",
            hint="Open the file in your editor and mend it there.",
        ) from None


def _with_header(target: Target, toml_text: str, problems: list[str] | None = None) -> str:
    header = HEADER.format(shown=target.shown)
    if problems:
        lines = (" ".join(problem.split()) for problem in problems)  # each on one comment line
        header += PROBLEMS_HEADER + "".join(f"#   {line}\n" for line in lines)
    return header + toml_text


def _strip_header(text: str) -> str:
    """The text without the comment lines grow put at its top (where it shows the problems)."""
    lines = text.splitlines(keepends=True)
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    return "".join(lines[start:])


def _wants_again(problems: list[str], editing: Path) -> bool:
    """At the terminal: show every problem, and ask whether to fix them in the editor."""
    from grow_cli.ui import prompts

    output.notice("The note was not saved:")
    for problem in problems:
        output.notice(f"  - {problem}")
    try:
        return prompts.confirm("Open the editor again to fix it?", default=True)
    except prompts.PromptInterrupted:
        raise Interrupted(f"Stopped. {_kept_hint(editing)}") from None


def _unchanged(found: Records, target: Target) -> None:
    """Nothing changed in the front matter: a body edited by hand is made again from it."""
    from grow_cli.app.bodies import edited_by_hand
    from grow_cli.store.notes import LoadedNote

    if target.original is None or not edited_by_hand(
        found, LoadedNote(target.path, target.original)
    ):
        output.line("No change.")
        return
    output.line("No change to the front matter; its text, edited by hand, is made again.")
    _save(found, target, target.original, "Nothing was saved.")


def _save(found: Records, target: Target, note: Note, keep_hint: str) -> None:
    """Replace the note, its body made from its front matter; its earlier version kept."""
    from grow_cli.app.session import Subject, render_body
    from grow_cli.store import atomic, frontmatter, kept

    ledger = found.ledger
    subject = Subject(
        note.kind,
        note.person,
        found.name_of(note.person) if note.person else None,
        item_texts={item.id: item.text for item in ledger.items},
        threads=dict(ledger.threads),
    )
    text = frontmatter.render(note.front_matter(), render_body(found.locations, note, subject))
    try:
        now = target.path.read_bytes()
    except OSError:
        now = None
    if now != target.data:
        raise StoreError(f"{target.shown} changed while it was being edited.", hint=keep_hint)
    earlier = kept.keep_earlier_version(found.locations, target.path, target.data)
    atomic.write_replacing(target.path, text)
    output.line(f"Saved {target.path}")
    output.line(f"The note as it was is kept in {earlier}.")

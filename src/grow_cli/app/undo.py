"""`grow undo`: take back the latest check-in, never deleting it, and put it back on request.

The check-in undone is the newest (by date, then id) of the person's `checkin` notes, or of
everyone's when no person is named; with `journal`, the newest journal entry of mode `checkin`.
Its file is moved into <notes>/.grow/undone/ under the same path (store/kept.py), where the scan
never looks, so every command forgets it at once; `restore` moves the latest one back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grow_cli.app import records
from grow_cli.domain.status import note_order_key
from grow_cli.env import Environment
from grow_cli.errors import InvalidInputError, NotFoundError, UsageError
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.domain.models import Note
    from grow_cli.store.notes import LoadedNote


@dataclass(frozen=True)
class Which:
    """Whose check-in: a person named by name or slug, the journal's, or (neither) anyone's."""

    person: str | None = None
    journal: bool = False

    def __post_init__(self) -> None:
        if self.person is not None and self.journal:
            raise UsageError("Name a person or give --journal, not both.")


def undo(env: Environment, which: Which, *, yes: bool, asks: bool, as_json: bool) -> None:
    """Undo the latest check-in: say what it recorded, ask whether to (unless `yes`; `asks`:
    there is a terminal to ask at), move it aside."""
    if not yes and not asks:
        raise UsageError(
            "grow undo asks before it undoes a check-in, and this is not a terminal.",
            hint="Add --yes to undo it without asking.",
        )
    from grow_cli.store import kept

    found = records.read(env)
    loaded, whose = _latest(found, which)
    _refuse_if_referred(found, loaded)
    lines = recorded(found, loaded.note)
    if not yes:
        _say(_heading(found, loaded.note), lines)
        if not _confirmed(found, loaded):
            output.line("Nothing was undone.")
            return
    moved = kept.move_aside(found.locations, loaded.path)
    back = _mv_command(moved, loaded.path)
    if as_json:
        output.print_json(_undone_json(found, loaded, moved, f"grow undo{whose} --restore", back))
        return
    _say(f"Undid {_heading(found, loaded.note)}", lines)
    output.line(f"It is kept in {moved}.")
    output.line(f"Put it back with: grow undo{whose} --restore (or: {back})")


def restore(env: Environment, which: Which, *, as_json: bool) -> None:
    """Put back the check-in undone last (of the person, or the journal's, if one is named)."""
    from grow_cli.store import kept, paths

    locations = paths.resolve(env)
    paths.require_notes_dir(locations)
    wanted = _undone_folder(env, which)
    undone = [
        note
        for note in kept.undone_notes(locations)
        if wanted is None or note.original.parent == locations.notes_dir / wanted
    ]
    if not undone:
        whom = f" in {wanted}/" if wanted else ""
        raise NotFoundError(f"No undone check-in{whom} to put back.")
    latest = undone[-1]
    path = kept.put_back(latest)
    shown = str(path.relative_to(locations.notes_dir))
    if as_json:
        output.print_json({"restored": shown, "path": str(path), "from": str(latest.path)})
        return
    output.line(f"Put back {shown}: it counts again everywhere.")


def _undone_folder(env: Environment, which: Which) -> str | None:
    """The folder (relative to the notes folder) whose undone notes count; None: any."""
    from grow_cli.store.paths import JOURNAL_DIRNAME, PEOPLE_DIRNAME

    if which.journal:
        return JOURNAL_DIRNAME
    if which.person is None:
        return None
    return f"{PEOPLE_DIRNAME}/{records.read(env).person_slug(which.person)}"


def _latest(found: Records, which: Which) -> tuple[LoadedNote, str]:
    """The check-in to undo, and the words to add to `grow undo --restore` for its person."""
    if which.journal:
        chosen = [
            loaded
            for loaded in found.loaded
            if loaded.note.kind == "journal" and loaded.note.mode == "checkin"
        ]
        whose, none = " --journal", "No journal check-in to undo (grow journal checkin)."
    elif which.person is not None:
        slug = found.person_slug(which.person)
        chosen = [loaded for loaded in found.notes_of(slug) if loaded.note.kind == "checkin"]
        whose, none = f" {slug}", f"No check-in with {found.name_of(slug)} to undo."
    else:
        chosen = [loaded for loaded in found.loaded if loaded.note.kind == "checkin"]
        whose, none = "", "No check-in to undo."
    if not chosen:
        raise NotFoundError(none)
    latest = max(chosen, key=lambda loaded: note_order_key(loaded.note.date, loaded.note.id or ""))
    return latest, whose


def _refuse_if_referred(found: Records, loaded: LoadedNote) -> None:
    """A check-in whose new items a later note updates cannot go: those updates would point
    at nothing."""
    note = loaded.note
    own = {action.id for action in note.actions if action.id}
    own |= {item.id for item in note.support if item.id}
    for other in found.loaded:
        if other.path == loaded.path:
            continue
        refs = sorted(own & {update.ref for update in other.note.updates})
        if refs:
            raise InvalidInputError(
                f"{note.id} cannot be undone: {other.note.id} updates {', '.join(refs)}, "
                "agreed in it.",
                hint=f"Undo {other.note.id} first, or change it with 'grow edit'.",
            )


def _heading(found: Records, note: Note) -> str:
    who = f" with {found.name_of(note.person)}" if note.person else " in your journal"
    return f"the check-in of {note.date.isoformat()}{who} ({note.id}), which recorded:"


def status_after(found: Records, note: Note) -> dict[str, str]:
    """Each item the check-in updates, and its status once the check-in is undone."""
    from grow_cli.domain.ledger import Ledger

    refs = {update.ref for update in note.updates}
    if not refs:
        return {}
    without = Ledger.build(other for other in found.ledger.notes if other is not note)
    return {ref: item.status for ref in refs if (item := without.item(ref)) is not None}


def recorded(found: Records, note: Note) -> list[str]:
    """What a check-in recorded, one line each: updates ('text: status', and the status the
    item goes back to), goals, new items, the next check-in."""
    after = status_after(found, note)
    lines = []
    for update in note.updates:
        item = found.ledger.item(update.ref)
        words = f"{item.text if item else update.ref}: {update.status}"
        words += f", now due {update.due.isoformat()}" if update.due else ""
        words += f" ({update.note})" if update.note else ""
        back = after.get(update.ref)
        lines.append(f"{words}; back to {back}" if back else words)
    for entry in note.progress:
        thread = found.ledger.thread(entry.thread)
        parts = [f"reading {entry.reading:g}"] if entry.reading is not None else []
        parts += [entry.status.replace("_", " ")] if entry.status else []
        parts += [entry.note] if entry.note else []
        label = thread.label if thread else entry.thread
        lines.append(f"goal {label}: {', '.join(parts) or 'next check-in set'}")
    lines += [f"new action: {action.text}" for action in note.actions]
    lines += [f"new support: {item.text}" for item in note.support]
    if note.next_checkin is not None:
        lines.append(f"next check-in: {note.next_checkin.isoformat()}")
    return lines or ["nothing but the check-in itself"]


def _say(heading: str, lines: list[str]) -> None:
    output.line(heading[0].upper() + heading[1:])
    for line in lines:
        output.line(f"  - {line}")


def _confirmed(found: Records, loaded: LoadedNote) -> bool:
    from grow_cli.errors import Interrupted
    from grow_cli.ui import prompts

    try:
        return prompts.confirm(
            "Undo it? The note is moved to .grow/undone/, from where it can be put back.",
            default=False,
        )
    except prompts.PromptInterrupted:
        raise Interrupted("Stopped; nothing was undone.") from None


def _mv_command(moved: Path, original: Path) -> str:
    import shlex

    return f"mv {shlex.quote(str(moved))} {shlex.quote(str(original))}"


def _undone_json(
    found: Records, loaded: LoadedNote, moved: Path, restore_command: str, back: str
) -> dict[str, Any]:
    from grow_cli.app.serialize import note_json

    note = loaded.note
    after = status_after(found, note)
    updates = []
    for update in note.updates:
        item = found.ledger.item(update.ref)
        updates.append(
            {
                "ref": update.ref,
                "text": item.text if item else None,
                "status": update.status,
                "note": update.note,
                "status_after": after.get(update.ref),
            }
        )
    return {
        "undone": note_json(note, str(loaded.path)),
        "updates": updates,
        "kept_in": str(moved),
        "restore": restore_command,
        "mv": back,
    }

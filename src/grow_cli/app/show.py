"""One note for `grow show`: its body made afresh (or as written) and its items as they are now."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from grow_cli.errors import InvalidInputError

if TYPE_CHECKING:
    from grow_cli.app.records import Records
    from grow_cli.domain.models import Action, Note, Support
    from grow_cli.ui.views.notes import ShownItem

    ItemModel = TypeVar("ItemModel", Action, Support)


def items_of(found: Records, note: Note) -> list[ShownItem]:
    """(current item or None, id, whether the note holds it) for its items, then its updates.

    A note from outside the folder is not in the ledger: its own items keep their own status.
    """
    from grow_cli.domain.ledger import Ledger

    alone = Ledger.build([note])
    own = [a.id for a in note.actions if a.id] + [s.id for s in note.support if s.id]
    refs = [update.ref for update in note.updates if update.ref not in own]
    return [
        (found.ledger.item(item_id) or alone.item(item_id), item_id, True) for item_id in own
    ] + [(found.ledger.item(ref), ref, False) for ref in dict.fromkeys(refs)]


def fresh_body(found: Records, note: Note) -> str:
    """The body made from the front matter, its check boxes showing current statuses."""
    from grow_cli.ui import render

    now = {item.id: item.status for item in found.ledger.items}
    current = note.model_copy(
        update={
            "actions": [_with_status(a, now.get(a.id or "", a.status)) for a in note.actions],
            "support": [_with_status(s, now.get(s.id or "", s.status)) for s in note.support],
        }
    )
    name = found.name_of(note.person) if note.person else None
    return render.note_body(found.locations, current, name)


def _with_status(entry: ItemModel, status: str) -> ItemModel:
    return entry.model_copy(update={"status": status})


def written_body(path: Path) -> str:
    """The body as it is in the file."""
    from grow_cli.store import frontmatter

    try:
        return frontmatter.split(path.read_text(encoding="utf-8"))[1]
    except (OSError, UnicodeDecodeError, frontmatter.FrontMatterError) as error:
        raise InvalidInputError(f"{path}: cannot read its body ({error}).") from None

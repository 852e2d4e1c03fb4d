"""`grow history PERSON` and `grow show NOTE`: a person's record, newest first, and one note.

Both read the whole notes folder once (`records.load`), print a warning for every damaged note
(which is skipped), and show items with their *current* status folded from later check-ins.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from grow_cli.commands import environment
from grow_cli.errors import InvalidInputError, NotFoundError
from grow_cli.store import paths
from grow_cli.store.paths import Locations
from grow_cli.ui import output

if TYPE_CHECKING:
    from grow_cli.domain.ledger import Item
    from grow_cli.domain.models import Action, Note, Support
    from grow_cli.records import Records
    from grow_cli.store.notes import LoadedNote

    ItemModel = TypeVar("ItemModel", Action, Support)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
COUNTED = ("actions", "support", "updates", "feedback")
LEGEND = "holds: a actions, s support items, u status updates, f SBI feedback"


def load_records(locations: Locations) -> Records:
    """Read the notes folder and print one warning per damaged note or profile (it is skipped)."""
    from grow_cli import records

    found = records.load(locations)
    for warning in found.warnings:
        output.warning(warning)
    return found


def person_slug(locations: Locations, found: Records, who: str) -> str:
    """The slug of a person named by name or slug.

    A person with notes but no profile (notes written by hand) is found by their notes.
    """
    from grow_cli.domain.slugs import SlugError, is_slug, slugify
    from grow_cli.store import people

    try:
        return people.find(locations, who).slug
    except NotFoundError:
        try:
            slug = who if is_slug(who) else slugify(who)
        except SlugError:
            raise NotFoundError(
                f"No person called {who!r}.", hint="See 'grow person list'."
            ) from None
        if found.ledger.notes_of(slug):
            return slug
        raise


def item_facts(item: Item, today: dt.date) -> dict[str, Any]:
    """An action or support item with its current status, ready for JSON."""
    latest = item.history[-1] if item.history else None
    return {
        "id": item.id,
        "type": item.type,
        "text": item.text,
        "person": item.person,
        "owner": item.owner,
        "due": item.due,
        "status": item.status,
        "open": item.open,
        "overdue": item.overdue(today),
        "days_overdue": item.days_overdue(today),
        "note_id": item.note_id,
        "last_update": None
        if latest is None
        else {
            "date": latest.date,
            "status": latest.status,
            "note": latest.note,
            "note_id": latest.note_id,
        },
    }


def status_phrase(item: Item, today: dt.date) -> str:
    """'blocked, overdue by 3 days (due ...)', 'open, due 2026-11-27', 'done on 2026-11-15' ..."""
    closed_on = item.closed_on()
    if closed_on is not None:
        return f"{item.status} on {closed_on.isoformat()}"
    if item.overdue(today):
        days = item.days_overdue(today)
        plural = "s" if days != 1 else ""
        return f"{item.status}, overdue by {days} day{plural} (due {_iso(item.due)})"
    if item.open and item.due is not None:
        return f"{item.status}, due {item.due.isoformat()}"
    return item.status


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def history(
    ctx: typer.Context,
    person: Annotated[str, typer.Argument(help="The person's name or slug.")],
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag",
            metavar="TAG",
            help="Only notes tagged TAG (any case). Repeat to require several tags.",
        ),
    ] = None,
    json_: JsonOption = False,
) -> None:
    """A person's record, newest first: one line per note with its date, kind, focus, topic
    (or goal), what it holds, and the note id to give to 'grow show'."""
    locations = paths.resolve(environment(ctx))
    found = load_records(locations)
    slug = person_slug(locations, found, person)
    mine = sorted(_notes_of(found, slug), key=_order, reverse=True)
    shown = _tagged(mine, tag or [])
    if json_:
        output.print_json([_history_row(loaded) for loaded in shown])
        return
    name = found.name_of(slug)
    if mine and not shown:
        output.line(f"No notes about {name} tagged {', '.join(tag or [])}.")
        return
    if not mine:
        output.line(f"No notes about {name} yet. Start with: grow coach {slug}")
        return
    _print_history(shown)


def _tagged(mine: list[LoadedNote], tags: list[str]) -> list[LoadedNote]:
    """The notes that have every one of the tags (all of them when no tag is given)."""
    if not tags:
        return mine
    from grow_cli.domain.search import has_tags

    return [loaded for loaded in mine if has_tags(loaded.note.tags, tags)]


def _notes_of(found: Records, slug: str) -> list[LoadedNote]:
    return [loaded for loaded in found.loaded if loaded.note.person == slug]


def _order(loaded: LoadedNote) -> tuple[Any, ...]:
    from grow_cli.domain.status import note_order_key

    return note_order_key(loaded.note.date, loaded.note.id or "")


def _subject(note: Note) -> str:
    """The topic, else the goal, else ''."""
    return note.topic or (note.grow.goal if note.grow and note.grow.goal else "") or ""


def _counts(note: Note) -> dict[str, int]:
    return {key: len(getattr(note, key)) for key in COUNTED}


def _history_row(loaded: LoadedNote) -> dict[str, Any]:
    note = loaded.note
    return {
        "id": note.id,
        "path": str(loaded.path),
        "date": note.date,
        "kind": note.kind,
        "focus": note.focus,
        "topic": note.topic,
        "goal": note.grow.goal if note.grow else None,
        "counts": _counts(note),
    }


def _counts_text(note: Note) -> str:
    """'2a 1s 1f': how many actions, support items, updates and feedback items (zeros left out)."""
    letters = " ".join(f"{n}{key[0]}" for key, n in _counts(note).items() if n)
    return letters or "-"


def _print_history(mine: list[LoadedNote]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, pad_edge=False, show_edge=False)
    table.add_column("date", no_wrap=True)
    table.add_column("kind", no_wrap=True)
    table.add_column("focus", no_wrap=True)
    # The only column that gives way on a narrow terminal: cut short, so each note stays one line.
    table.add_column("topic")
    table.add_column("holds", no_wrap=True)
    table.add_column("id", no_wrap=True)
    for loaded in mine:
        note = loaded.note
        table.add_row(
            note.date.isoformat(),
            note.kind,
            note.focus or "",
            Text(_subject(note), no_wrap=True, overflow="ellipsis"),
            _counts_text(note),
            note.id or "",
        )
    output.console().print(table)
    output.line(LEGEND)


def show(
    ctx: typer.Context,
    note: Annotated[
        str,
        typer.Argument(
            help="A note id (e.g. alex-kim/2026-11-22-coaching; 'grow history PERSON' lists "
            "them) or the path of a note file."
        ),
    ],
    json_: JsonOption = False,
    as_written: Annotated[
        bool,
        typer.Option(
            "--as-written",
            help="Show the body as it is in the file instead of one made from the front matter.",
        ),
    ] = False,
) -> None:
    """One note, for people: its body made afresh from the front matter (the part grow trusts),
    then where each of its items stands now, including changes made in later check-ins."""
    env = environment(ctx)
    locations = paths.resolve(env)
    found = load_records(locations)
    loaded = find_note(found, note)
    items = _items_of(found, loaded.note)
    if json_:
        output.print_json(_show_json(loaded, items, env.today))
        return
    body = _written_body(loaded.path) if as_written else _fresh_body(found, loaded.note)
    text = body.rstrip() + "\n\n" + _status_section(items, env.today, loaded, locations)
    from rich.markdown import Markdown

    output.console().print(Markdown(text))


def find_note(found: Records, reference: str) -> LoadedNote:
    """The note named by an id (an item id names its note) or by a path, absolute or relative
    to the working folder or the notes folder."""
    wanted = reference.strip().removesuffix(".md").partition("#")[0]
    for loaded in found.loaded:
        if loaded.note.id == wanted:
            return loaded
    given = Path(reference).expanduser()
    for candidate in (given, found.locations.notes_dir / given):
        if candidate.is_file():
            return _note_at(found, candidate)
    raise NotFoundError(
        f"No note {reference!r} in {found.locations.notes_dir}.", hint=_hint(found, wanted)
    )


def _hint(found: Records, wanted: str) -> str:
    slug = wanted.partition("/")[0]
    if slug in found.people or found.ledger.notes_of(slug):
        return f"'grow history {slug}' lists the ids of their notes."
    return "'grow history PERSON' lists the ids of a person's notes."


def _note_at(found: Records, path: Path) -> LoadedNote:
    """A note file: the scanned note when it is in the folder, else read on its own."""
    from pydantic import ValidationError

    from grow_cli.domain.problems import describe
    from grow_cli.store import frontmatter, notes

    resolved = path.resolve()
    for loaded in found.loaded:
        if loaded.path.resolve() == resolved:
            return loaded
    try:
        note = notes.read_note(path)
    except frontmatter.FrontMatterError as error:
        raise InvalidInputError(f"{path}: cannot show it, {error}.") from None
    except ValidationError as error:
        raise InvalidInputError(f"{path}: cannot show it, " + "; ".join(describe(error))) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInputError(f"{path}: cannot read it ({error}).") from None
    notes.assign_ids(note, path.stem, only_missing=True)
    return notes.LoadedNote(path, note)


def _items_of(found: Records, note: Note) -> list[tuple[Item | None, str, bool]]:
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


def _show_json(
    loaded: LoadedNote, items: list[tuple[Item | None, str, bool]], today: dt.date
) -> dict[str, Any]:
    listed = []
    for item, item_id, in_note in items:
        facts = item_facts(item, today) if item else {"id": item_id, "status": None}
        listed.append({**facts, "in_this_note": in_note})
    return {
        "id": loaded.note.id,
        "path": str(loaded.path),
        "front_matter": loaded.note.front_matter(),
        "items": listed,
    }


def _fresh_body(found: Records, note: Note) -> str:
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


def _written_body(path: Path) -> str:
    from grow_cli.store import frontmatter

    try:
        return frontmatter.split(path.read_text(encoding="utf-8"))[1]
    except (OSError, UnicodeDecodeError, frontmatter.FrontMatterError) as error:
        raise InvalidInputError(f"{path}: cannot read its body ({error}).") from None


def _status_section(
    items: list[tuple[Item | None, str, bool]],
    today: dt.date,
    loaded: LoadedNote,
    locations: Locations,
) -> str:
    lines = [f"## Where things stand ({today.isoformat()})", ""]
    for item, item_id, in_note in items:
        lines.append(_status_line(item, item_id, in_note, today))
    if not items:
        lines.append("This note holds no actions or support items.")
    lines += ["", f"Note `{loaded.note.id}` in `{_shown(loaded.path, locations)}`"]
    return "\n".join(lines) + "\n"


def _status_line(item: Item | None, item_id: str, in_note: bool, today: dt.date) -> str:
    if item is None:
        return f"- `{item_id}`: no such item in the notes folder"
    where = "" if in_note else f" `{item.id}`"
    line = f"- {item.type}{where}: {item.text}: **{status_phrase(item, today)}**"
    latest = item.history[-1] if item.history else None
    if latest is not None:
        said = f": {latest.note}" if latest.note else ""
        line += f" (latest update {latest.date.isoformat()} in `{latest.note_id}`{said})"
    return line


def _shown(path: Path, locations: Locations) -> str:
    try:
        return str(path.relative_to(locations.notes_dir))
    except ValueError:
        return str(path)


def register(app: typer.Typer) -> None:
    """Add `grow history` and `grow show` to the app."""
    app.command("history")(history)
    app.command("show")(show)

"""Drafts of unfinished conversations: <notes>/.grow/drafts/<command>-<slug>.toml.

Saved after every answer (atomically, 0600), so Ctrl-C, a crash or a rejected answers file never
loses more than the answer being typed. A draft is deleted once its note is saved.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

from grow_cli.errors import StoreError
from grow_cli.store.atomic import sweep_stale_temps, write_replacing
from grow_cli.store.paths import Locations, ensure_private_dir, refuse_links
from grow_cli.store.toml_text import MAX_ANSWERS_BYTES, TomlError, read_file

DRAFTS_DIRNAME = "drafts"
# The kinds of conversation held with a person; a journal entry's drafts belong to no one.
PERSON_KINDS = ("coaching", "feedback", "checkin")


def draft_path(locations: Locations, command: str, slug: str) -> Path:
    """Where the draft of `command` for one person (or 'journal') lives."""
    return locations.cache_dir / DRAFTS_DIRNAME / f"{command}-{slug}.toml"


def drafts_of(locations: Locations, slug: str) -> list[Path]:
    """Every draft about one person: <kind>-<slug>.toml and the earlier ones kept aside
    (<kind>-<slug>.earlier.toml, .earlier-2.toml ...)."""
    folder = locations.cache_dir / DRAFTS_DIRNAME
    pattern = re.compile(
        rf"(?:{'|'.join(PERSON_KINDS)})-{re.escape(slug)}(?:\.earlier(?:-\d+)?)?\.toml"
    )
    try:
        names = sorted(entry.name for entry in folder.iterdir() if entry.is_file())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise StoreError(f"Cannot read the drafts in {folder}: {error.strerror}.") from None
    return [folder / name for name in names if pattern.fullmatch(name)]


def renamed_for(path: Path, old_slug: str, new_slug: str) -> Path:
    """The draft's name for another person: coaching-p-shah.toml -> coaching-priya-shah.toml."""
    kind, _, rest = path.name.partition(f"-{old_slug}")
    return path.with_name(f"{kind}-{new_slug}{rest}")


def save(path: Path, data: dict[str, Any]) -> None:
    """Write a draft, replacing the previous one."""
    import tomli_w

    ensure_private_dir(path.parent, _notes_dir_of(path))
    write_replacing(path, tomli_w.dumps(_tomlable(data)))


def _notes_dir_of(path: Path) -> Path:
    return path.parent.parent.parent  # <notes>/.grow/drafts/<name>.toml


def load(path: Path) -> dict[str, Any] | None:
    """The draft at `path`, or None when there is none."""
    refuse_links(_notes_dir_of(path), path)
    sweep_stale_temps(path.parent)  # a killed writer's copies of drafts, each of them answers
    try:
        return read_file(path, MAX_ANSWERS_BYTES)
    except FileNotFoundError:
        return None
    except (OSError, TomlError) as error:
        said = error.strerror if isinstance(error, OSError) else _at_line(error)
        raise StoreError(
            f"The draft {path} cannot be read ({said}); delete it to start over."
        ) from None


def _at_line(error: TomlError) -> str:
    return f"line {error.line}: {error}" if error.line else str(error)


def set_aside(path: Path) -> Path:
    """Keep a draft under a name of its own (<name>.earlier.toml, then .earlier-2 ...), so a new
    conversation started in its place never destroys it. Returns where it went."""
    stem = path.name.removesuffix(".toml")
    for number in range(1, 1000):
        suffix = "earlier" if number == 1 else f"earlier-{number}"
        target = path.with_name(f"{stem}.{suffix}.toml")
        if not target.exists():
            try:
                path.rename(target)
            except OSError as error:
                raise StoreError(
                    f"Cannot keep the earlier draft {path} aside: {error.strerror}."
                ) from None
            return target
    raise StoreError(f"Too many earlier drafts beside {path}; delete some.")


def discard(path: Path) -> None:
    """Delete a draft once its note is saved."""
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _tomlable(value: Any) -> Any:
    # TOML has no null: leave out what was never answered.
    if isinstance(value, dict):
        return {k: _tomlable(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_tomlable(v) for v in value if v is not None]
    return value

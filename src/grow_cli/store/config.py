"""Writing grow's config file: one key set or removed, the rest kept, written atomically.

The file is TOML; what grow writes is plain `key = value` lines and one table per dotted key's
table ([reminders]). Comments in a file written by hand are not kept by a `grow config set`
(`grow config edit` keeps the file as the editor leaves it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from grow_cli.store.atomic import write_replacing
from grow_cli.store.paths import ensure_private_dir, read_config_as_it_is


def config_text(config: dict[str, Any]) -> str:
    """The config as TOML text."""
    import tomli_w

    return tomli_w.dumps(config)


def set_key(config_file: Path, name: str, value: Any) -> None:
    """Set `name` (dotted for a table's key) to `value`, keeping every other key."""
    config = read_config_as_it_is(config_file)
    table_name, _, inner = name.rpartition(".")
    if table_name:
        table = config.get(table_name)
        if not isinstance(table, dict):
            table = {}
        table[inner] = value
        config[table_name] = table
    else:
        config[name] = value
    _write(config_file, config)


def unset_key(config_file: Path, name: str) -> bool:
    """Remove `name` from the file; False when the file did not set it."""
    config = read_config_as_it_is(config_file)
    table_name, _, inner = name.rpartition(".")
    holder: Any = config.get(table_name) if table_name else config
    if not isinstance(holder, dict) or inner not in holder:
        return False
    del holder[inner]
    if table_name and not holder:
        del config[table_name]
    _write(config_file, config)
    return True


def _write(config_file: Path, config: dict[str, Any]) -> None:
    ensure_private_dir(config_file.parent)
    write_replacing(config_file, config_text(config))

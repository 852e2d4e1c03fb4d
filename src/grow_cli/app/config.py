"""`grow config`: the keys of the config file listed, read, set, removed and edited, each value
checked by the one table of keys (domain/config_keys.py) before it is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from grow_cli.domain.config_keys import BY_NAME, KEYS, ConfigValueError, flat_items, problems
from grow_cli.domain.config_keys import unknown_message as unknown
from grow_cli.env import Environment
from grow_cli.errors import InvalidInputError, StoreError, UsageError
from grow_cli.store import config as config_store
from grow_cli.store.paths import config_location, read_config_as_it_is


def config_file(env: Environment) -> Path:
    """The config file in use ($GROW_CONFIG, else the default)."""
    return config_location(env)[0]


def listing(env: Environment) -> dict[str, Any]:
    """Every key: its value in the file (or None), its default, what it takes and does; and
    what in the file grow does not accept."""
    path = config_file(env)
    found = dict(flat_items(read_config_as_it_is(path)))
    keys = [
        {
            "key": key.name,
            "value": found.get(key.name),
            "set": key.name in found,
            "default": key.default,
            "takes": key.takes,
            "help": key.help,
        }
        for key in KEYS
    ]
    return {
        "config_file": str(path),
        "exists": path.is_file(),
        "keys": keys,
        "problems": problems(read_config_as_it_is(path)),
    }


def known(name: str) -> str:
    """`name` if it is a key grow knows; else a usage error naming the closest one."""
    if name not in BY_NAME:
        raise UsageError(f"There is no config key {unknown(name)}.", hint="See 'grow config list'.")
    return name


def get(env: Environment, name: str) -> tuple[Any, bool]:
    """The value of a key and whether the file sets it (else its default)."""
    found = dict(flat_items(read_config_as_it_is(config_file(env))))
    if known(name) in found:
        return found[name], True
    return BY_NAME[name].default, False


def set_value(env: Environment, name: str, words: str) -> Any:
    """Check `words` for the key and write the value; returns the value written."""
    key = BY_NAME[known(name)]
    try:
        value = key.parse(words)
    except ConfigValueError as error:
        raise InvalidInputError(f"{name} takes {key.takes}: {error}.") from None
    config_store.set_key(config_file(env), name, value)
    return value


def unset(env: Environment, name: str) -> bool:
    """Remove a key from the file (a mistyped one too, to mend a file); False if not set."""
    path = config_file(env)
    if name not in BY_NAME and name not in dict(flat_items(read_config_as_it_is(path))):
        known(name)
    return config_store.unset_key(path, name)


def edit(env: Environment) -> Path:
    """Open the config file in the editor, on a copy; the copy replaces the file only when
    every key and value in it is right. A rejected copy is kept beside the file, and named."""
    import tempfile

    from grow_cli.store.atomic import write_replacing
    from grow_cli.store.paths import ensure_private_dir
    from grow_cli.store.toml_text import MAX_SETTINGS_BYTES, TomlError, read_file
    from grow_cli.ui.editor import run_editor

    path = config_file(env)
    before = path.read_text(encoding="utf-8") if path.is_file() else _starter()
    ensure_private_dir(path.parent)
    with tempfile.TemporaryDirectory(prefix="grow-config-") as folder:
        copy = Path(folder) / "config.toml"
        copy.write_text(before, encoding="utf-8")
        run_editor(copy, env.environ, hint="The config file is unchanged.")
        after = copy.read_text(encoding="utf-8")
        try:
            wrong = problems(read_file(copy, MAX_SETTINGS_BYTES))
        except TomlError as error:
            wrong = [str(error)]
    if after == before:
        return path
    if wrong:
        rejected = path.with_name(path.name + ".rejected")
        write_replacing(rejected, after)
        raise StoreError(
            f"The edited config was not saved: {wrong[0]}. Your edit is kept in {rejected}.",
            hint="Run 'grow config edit' again (or copy from that file).",
        )
    write_replacing(path, after)
    return path


def _starter() -> str:
    """A new config file's text: every key, commented out, with what it does."""
    lines = ["# grow's config file: remove the '#' before a key to set it.", ""]
    for key in KEYS:
        value = "..." if key.default is None else config_store.config_text({"v": key.default})
        lines += [f"# {key.help} ({key.takes})", f"# {key.name} = {value.strip()[4:] or value}", ""]
    return "\n".join(lines)

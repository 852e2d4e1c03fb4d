"""`grow init` and `grow where`: the notes folder and config file, created and described."""

from __future__ import annotations

from typing import Any

from grow_cli.app.files import writable_notes_dir
from grow_cli.env import Environment
from grow_cli.store import paths
from grow_cli.store.atomic import write_new


def init(env: Environment) -> dict[str, Any]:
    """Create the notes folder (0700) and a config file naming it, unless one exists; what was
    created where."""
    import tomli_w

    locations = paths.resolve(env)
    created_notes = not locations.notes_dir.exists()
    writable_notes_dir(locations)
    paths.ensure_private_dir(locations.people_dir)
    paths.ensure_private_dir(locations.config_file.parent)
    config_text = tomli_w.dumps({"notes_dir": str(locations.notes_dir)})
    created_config = write_new(locations.config_file, config_text)
    return {
        "notes_dir": str(locations.notes_dir),
        "notes_created": created_notes,
        "config_file": str(locations.config_file),
        "config_created": created_config,
    }


def where(env: Environment) -> dict[str, Any]:
    """The notes folder, the config file and the index in use, why each was chosen, where
    compiled templates are kept, and where the shipped examples are."""
    from grow_cli.store.resources import example_location
    from grow_cli.store.template_cache import cache_folder
    from grow_cli.ui.render import COMPILED_WITH

    locations = paths.resolve(env)
    return {
        "notes_dir": str(locations.notes_dir),
        "notes_dir_source": locations.notes_source,
        "notes_dir_exists": locations.notes_dir.is_dir(),
        "config_file": str(locations.config_file),
        "config_file_source": locations.config_source,
        "config_file_exists": locations.config_file.is_file(),
        "cache_dir": str(locations.cache_dir),
        "templates_cache_dir": str(cache_folder(COMPILED_WITH)),
        "examples_dir": example_location(),
    }

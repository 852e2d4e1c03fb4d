"""Files shipped inside the grow_cli package: the templates and the examples.

This is the one module that knows where they are (src/grow_cli/templates/ and
src/grow_cli/examples/ in the source tree). They are read through the import system
(importlib.resources, and jinja2's PackageLoader for templates), never through a path worked out
from this file, so they are found wherever grow_cli was imported from: an installed wheel, an
editable install of a checkout, or a zip archive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from jinja2 import BaseLoader

PACKAGE = "grow_cli"
TEMPLATES_FOLDER = "templates"
EXAMPLES_FOLDER = "examples"


def examples_dir() -> Traversable:
    """The folder of shipped examples: answers files and the journal-month notes folder."""
    # Imported here: most commands never read an example, and the module costs a few ms.
    from importlib import resources

    return resources.files(PACKAGE) / EXAMPLES_FOLDER


def example_path(name: str) -> Traversable:
    """One shipped example by name, e.g. 'performance.toml' or 'journal-month'."""
    return examples_dir() / name


def example_text(name: str) -> str:
    """The text of a shipped example file, e.g. example_text('performance.toml')."""
    return example_path(name).read_text(encoding="utf-8")


def example_location(name: str | None = None) -> str:
    """Where a shipped example (or, with no name, the examples folder) is, for a person to open.

    Worked out from the package's own folder rather than through importlib.resources, which
    costs `grow where` several milliseconds of start-up: for an installed or editable grow this
    is a real path; from a zip it names the entry inside the archive, as a Traversable would.
    """
    import os

    import grow_cli

    folder = os.path.join(next(iter(grow_cli.__path__)), EXAMPLES_FOLDER)
    return folder if name is None else os.path.join(folder, name)


def templates_loader() -> BaseLoader:
    """A jinja2 loader for the shipped templates (note.md.j2, prep.md.j2 ...)."""
    # PackageLoader goes through the package's import loader, so it reads from a zip too.
    from jinja2 import PackageLoader

    return PackageLoader(PACKAGE, TEMPLATES_FOLDER)

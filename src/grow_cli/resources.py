"""Files shipped with grow: templates and example answers.

In an installed wheel they sit inside the package (hatch copies them there); in an editable
install they are read from the source checkout, where they sit beside src/.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled_dir(name: str) -> Path:
    """The folder `name` ('templates', 'examples') shipped with grow."""
    installed = Path(str(resources.files("grow_cli"))) / name
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[2] / name

"""Where things live: the notes folder, the config file and the index; and the settings the
config file holds for reading dates.

Precedence for the notes folder: --notes > GROW_NOTES_DIR > `notes_dir` in the config file >
a default under the user's documents folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from grow_cli.env import ENV_CONFIG, ENV_NOTES_DIR, Environment
from grow_cli.errors import NotFoundError, StoreError, UsageError

if TYPE_CHECKING:  # the date parser is loaded only by the commands that read dates
    from grow_cli.domain.dates.settings import DateSettings
    from grow_cli.domain.reminders import Reminder, Reminders

APP_NAME = "grow"
CACHE_DIRNAME = ".grow"
PEOPLE_DIRNAME = "people"
JOURNAL_DIRNAME = "journal"
TEMPLATES_DIRNAME = "templates"
# Where `grow person remove` and `grow person merge` keep what they take out of people/. Not in
# .grow/, which is disposable: these hold notes, the truth.
REMOVED_DIRNAME = "removed"
MERGED_DIRNAME = "merged"
GIT_DIRNAME = ".git"
# In .grow/: ignore everything, this file too, so the cache, drafts and device id never reach git.
CACHE_GITIGNORE = ".gitignore"
DIR_MODE = 0o700
FILE_MODE = 0o600


@dataclass(frozen=True)
class Locations:
    """The folders and files in use, and where each choice came from."""

    notes_dir: Path
    notes_source: str
    config_file: Path
    config_source: str

    @property
    def cache_dir(self) -> Path:
        """Disposable index and drafts; safe to delete."""
        return self.notes_dir / CACHE_DIRNAME

    @property
    def people_dir(self) -> Path:
        """One folder per person."""
        return self.notes_dir / PEOPLE_DIRNAME

    @property
    def journal_dir(self) -> Path:
        """The individual's own journal."""
        return self.notes_dir / JOURNAL_DIRNAME

    @property
    def removed_dir(self) -> Path:
        """People removed with `grow person remove`, one folder each, to move back if wanted."""
        return self.notes_dir / REMOVED_DIRNAME

    @property
    def merged_dir(self) -> Path:
        """What `grow person merge` kept of the duplicate: profile, original notes, a record."""
        return self.notes_dir / MERGED_DIRNAME


def default_config_file() -> Path:
    """config.toml in the platform's user config folder for grow."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME)) / "config.toml"


def default_notes_dir() -> Path:
    """A `grow` folder under the user's documents folder."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / "grow"


def config_location(env: Environment) -> tuple[Path, str]:
    """The config file in use, and why: $GROW_CONFIG, else the default."""
    config_value = env.environ.get(ENV_CONFIG, "").strip()
    if config_value:
        return Path(config_value).expanduser(), f"${ENV_CONFIG}"
    return default_config_file(), "default"


def resolve(env: Environment) -> Locations:
    """Work out which notes folder and config file are in use."""
    config_file, config_source = config_location(env)

    env_notes = env.environ.get(ENV_NOTES_DIR, "").strip()
    # Read whenever there is one, so a mistyped key is refused by every command, not only by
    # those that need a key of it (a missing file is the usual case and costs one stat).
    config = read_config(config_file) if config_file.is_file() else {}
    if env.notes_override is not None:
        notes, source = env.notes_override.expanduser(), "--notes"
    elif env_notes:
        notes, source = Path(env_notes).expanduser(), f"${ENV_NOTES_DIR}"
    else:
        configured = config.get("notes_dir")
        if isinstance(configured, str) and configured.strip():
            notes, source = Path(configured).expanduser(), f"config ({config_file})"
        else:
            notes, source = default_notes_dir(), "default"
    locations = Locations(notes.absolute(), source, config_file.absolute(), config_source)
    _refuse_under_a_file(locations.notes_dir, source)
    return locations


NAME_MAX = 255  # bytes in one part of a path, on every file system grow's notes live on


def _refuse_under_a_file(folder: Path, source: str) -> None:
    """A notes folder that lies under a file, or has a name no file system takes, could never be
    made: say so now."""
    for part in folder.parts:
        if len(os.fsencode(part)) > NAME_MAX:
            raise UsageError(
                f"The notes folder {folder} ({source}) has a name too long for a file system "
                f"(a part of it is over {NAME_MAX} bytes).",
                hint="Give a folder with --notes DIR or $GROW_NOTES_DIR.",
            )
    for place in (folder, *folder.parents):
        if place.exists():
            if not place.is_dir():
                raise UsageError(
                    f"The notes folder {folder} ({source}) is under {place}, which is a file.",
                    hint="Give a folder with --notes DIR or $GROW_NOTES_DIR.",
                )
            return


def require_notes_dir(locations: Locations) -> Path:
    """The notes folder, which must exist: a reading command on a folder that is not there
    (a typo, an unmounted drive) must not say "nothing due"."""
    if not locations.notes_dir.is_dir():
        raise NotFoundError(
            f"There is no notes folder at {locations.notes_dir} ({locations.notes_source}).",
            hint="Check --notes or $GROW_NOTES_DIR; 'grow init' creates it, and so does "
            "the first 'grow person add' or 'grow coach'.",
        )
    return locations.notes_dir


def read_config(config_file: Path) -> dict[str, object]:
    """The config file's contents, or an empty dict when there is none. A key grow does not
    know (a typo, most often) is refused with the closest real one, never silently ignored;
    the values are checked by the readers of their keys."""
    config = read_config_as_it_is(config_file)
    if config:
        from grow_cli.domain.config_keys import BY_NAME, TABLES, flat_items, unknown_message

        for name, _ in flat_items(config):
            if name not in BY_NAME and name not in TABLES:
                raise StoreError(
                    f"The config file {config_file} has {unknown_message(name)}.",
                    hint="Change it with 'grow config edit', or 'grow config unset' the key.",
                )
    return config


def read_config_as_it_is(config_file: Path) -> dict[str, object]:
    """The config file's contents, unchecked ({} when there is none): for `grow config`,
    which must open a file that holds a mistake in order to mend it."""
    from grow_cli.store.toml_text import MAX_SETTINGS_BYTES, TomlError, read_file

    try:
        return read_file(config_file, MAX_SETTINGS_BYTES)
    except FileNotFoundError:
        return {}
    except TomlError as error:
        where = error.where(str(config_file))
        raise StoreError(f"The config file {where} cannot be read: {error}.") from None
    except OSError as error:
        why = error.strerror
        raise StoreError(f"The config file {config_file} cannot be read: {why}.") from None


# The variables that name the locale, strongest first, as the C library reads them for dates.
LOCALE_VARIABLES = ("LC_ALL", "LC_TIME", "LANG")


def date_settings(env: Environment) -> DateSettings:
    """How dates are read where their words leave it open: `date_order` ("DMY" or "MDY") and
    `sprint_days` (a sprint's length) from the config file; without `date_order`, the order of
    the locale (LC_ALL, LC_TIME, then LANG: en_US and a few others are month-first, the rest and
    C are day-first). Read here so the date parser never reads a file or the environment."""
    from grow_cli.domain.dates.settings import (
        DATE_ORDERS,
        SPRINT_DAYS_MAX,
        DateSettings,
        order_of_locale,
    )

    config_file, _ = config_location(env)
    # No config file is the usual case: no TOML parser is loaded for it.
    config = read_config(config_file) if config_file.is_file() else {}
    order = config.get("date_order")
    if order is None:
        locale = next((v for n in LOCALE_VARIABLES if (v := env.environ.get(n, "").strip())), "")
        order = order_of_locale(locale)
    elif not isinstance(order, str) or order.strip().upper() not in DATE_ORDERS:
        raise StoreError(
            f'The config file {config_file} sets date_order = {order!r}: use "DMY" (day '
            'first, 01/12/2026 is 1 December) or "MDY" (month first).'
        )
    sprint_days = config.get("sprint_days")
    if sprint_days is not None and (
        isinstance(sprint_days, bool)
        or not isinstance(sprint_days, int)
        or not 1 <= sprint_days <= SPRINT_DAYS_MAX
    ):
        raise StoreError(
            f"The config file {config_file} sets sprint_days = {sprint_days!r}: use a whole "
            f"number of days from 1 to {SPRINT_DAYS_MAX}, e.g. 14."
        )
    return DateSettings(order.strip().upper(), sprint_days)


def sync_auto_commit(env: Environment) -> bool:
    """`sync_auto_commit = true` in the config file: in a synced notes folder, every command
    that writes commits what it wrote (no network; `grow sync` sends it). Default false."""
    config_file, _ = config_location(env)
    config = read_config(config_file) if config_file.is_file() else {}
    value = config.get("sync_auto_commit", False)
    if not isinstance(value, bool):
        raise StoreError(
            f"The config file {config_file} sets sync_auto_commit = {value!r}: use true (commit "
            "after every command that writes, in a synced notes folder) or false."
        )
    return value


REMINDER_KEYS = ("due", "checkin")


def reminder_settings(env: Environment) -> Reminders:
    """The calendar export's reminders: the `[reminders]` table of the config file (`due` and
    `checkin`, each in domain/reminders.py's SYNTAX or false), else the defaults (09:00 on a
    due day, 09:00 the day before a check-in). A bad value is one line naming it."""
    from grow_cli.domain.reminders import SYNTAX, Reminders, parse_reminder

    config_file, _ = config_location(env)
    config = read_config(config_file) if config_file.is_file() else {}
    table = config.get("reminders")
    if table is None:
        return Reminders()
    if not isinstance(table, dict):
        raise StoreError(
            f"The config file {config_file} sets reminders = {table!r}: make it a table, "
            '[reminders] with due = "09:00" and checkin = "-1d 09:00".'
        )
    unknown = sorted(set(table) - set(REMINDER_KEYS))
    if unknown:
        raise StoreError(
            f"The config file {config_file} has reminders.{unknown[0]}, which grow does not "
            "know: [reminders] takes due and checkin."
        )
    chosen: dict[str, Reminder | None] = {}
    for key in REMINDER_KEYS:
        if key not in table:
            continue
        try:
            chosen[key] = parse_reminder(table[key])
        except ValueError:
            raise StoreError(
                f"The config file {config_file} sets reminders.{key} = {table[key]!r}: use "
                f"{SYNTAX}."
            ) from None
    return Reminders(**chosen)


def linked_part(root: Path, path: Path) -> Path | None:
    """The first part of `path` below `root` that is a link (None when there is none). The
    notes folder itself may be a link (a folder kept elsewhere); nothing inside it may."""
    try:
        inside = path.relative_to(root)
    except ValueError:
        return None
    place = root
    for part in inside.parts:
        place = place / part
        if place.is_symlink():
            return place
    return None


def refuse_links(root: Path, path: Path) -> None:
    """StoreError when a part of `path` below `root` is a link: it could lead anywhere, and
    notes, drafts and the index are only ever written inside the notes folder."""
    link = linked_part(root, path)
    if link is not None:
        raise StoreError(
            f"{link} is a link; grow does not follow links inside the notes folder.",
            hint="Replace it with the folder itself.",
        )


def ensure_private_dir(path: Path, root: Path | None = None) -> Path:
    """Create a folder readable only by the user, with any missing parents made private too.
    Below `root` (the notes folder), no part of the way may be a link."""
    if root is not None:
        refuse_links(root, path)
    if path.is_symlink():
        # A link could lead anywhere; notes are only ever written inside the notes folder.
        raise StoreError(f"{path} is a link; grow does not write through links.")
    missing = [folder for folder in (path, *path.parents) if not folder.exists()]
    try:
        for folder in reversed(missing):
            folder.mkdir(mode=DIR_MODE, exist_ok=True)
            os.chmod(folder, DIR_MODE)  # mkdir's mode is narrowed by the umask; be exact
            if folder.name == CACHE_DIRNAME:
                ignore_in_git(folder)
    except OSError as error:
        raise StoreError(f"Cannot create the folder {path}: {error.strerror}.") from None
    if not path.is_dir():
        raise StoreError(f"{path} exists but is not a folder.")
    return path


def ensure_notes_dir(locations: Locations) -> Path:
    """The notes folder, created (mode 0700) on first use so a new user needs no `grow init`."""
    folder = ensure_private_dir(locations.notes_dir)
    ensure_cache_ignored(locations)
    return folder


def is_synced(notes_dir: Path) -> bool:
    """Whether the notes folder is a git working tree of its own (`grow sync init`)."""
    git_dir = notes_dir / GIT_DIRNAME
    return git_dir.is_dir() and not git_dir.is_symlink()


def ensure_cache_ignored(locations: Locations) -> None:
    """<notes>/.grow/ made if missing, with its .gitignore ('*'): in every notes folder, synced
    or not, so `git add -A` by hand or by `grow sync` never takes the cache, drafts or kept
    notes. A .grow/ that is a link, or cannot be written, is left to the command's own checks."""
    cache = locations.cache_dir
    try:
        if not cache.exists() and locations.notes_dir.is_dir():
            cache.mkdir(mode=DIR_MODE)
            os.chmod(cache, DIR_MODE)
        if cache.is_dir() and not cache.is_symlink():
            ignore_in_git(cache)
    except OSError:
        pass


def ignore_in_git(cache: Path) -> None:
    """Write .grow/.gitignore ('*') unless it is there: created exclusively, never via a link."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(cache / CACHE_GITIGNORE, flags, FILE_MODE)
    except FileExistsError:
        return
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write("# grow's cache, drafts and kept notes: never committed (grow sync)\n*\n")


def open_to_others(folder: Path) -> str | None:
    """A warning when `folder` (one the user made) can be read by other users of the machine.
    grow makes its folders 0700 but never changes the mode of one it did not make: a folder
    shared on purpose stays shared, and the user is told once per writing command."""
    try:
        mode = folder.stat().st_mode & 0o777
    except OSError:
        return None
    if os.name != "posix" or not mode & 0o077:
        return None
    return (
        f"the notes folder {folder} can be read by other users of this machine "
        f"(mode {mode:04o}); to keep your notes private: chmod 700 {folder}"
    )


DEMO_MARK = ".grow-demo"  # in the demo's folder: only a folder holding it is ever emptied


def demo_dir(temporary: Path) -> Path:
    """The one notes folder `grow coach --demo` uses, emptied of the last demo's notes:
    <temporary>/grow-demo-<user id>. A folder of that name that grow did not make (another
    owner, a link, open to others, no mark) is left alone and a fresh one is made instead."""
    import shutil
    import stat
    import tempfile

    user = os.getuid() if hasattr(os, "getuid") else 0
    folder = temporary / f"grow-demo-{user}"
    try:
        made = os.lstat(folder)
    except FileNotFoundError:
        folder.mkdir(mode=0o700)
    else:
        ours = (
            stat.S_ISDIR(made.st_mode)
            and made.st_uid == user
            and not made.st_mode & 0o077
            and (folder / DEMO_MARK).is_file()
        )
        if not ours:
            return _marked(Path(tempfile.mkdtemp(prefix="grow-demo-", dir=temporary)))
        for child in folder.iterdir():
            if child.name != DEMO_MARK:
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
    return _marked(folder)


def _marked(folder: Path) -> Path:
    (folder / DEMO_MARK).write_text(
        "The folder of 'grow coach --demo': emptied at the start of every demo.\n"
    )
    return folder

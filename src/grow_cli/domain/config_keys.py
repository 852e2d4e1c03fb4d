"""The keys of grow's config file: their names, what each does, and the words that set them.

Pure: store/paths.py and store/config.py read and write the file and hand the values here.
One table (KEYS), so `grow config`, the README and the check of a file read from disk agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

# Every command that finds a config file checks its key names against KEYS, so the checks of
# values import what they need when they run: the dates package and the reminders' parser cost
# about 30 ms of start-up, which a command that reads no date must not pay.
SPRINT_DAYS_MAX = 365  # domain/dates/settings.py's, checked equal in tests/test_config.py

TRUE_WORDS = frozenset({"true", "yes", "on", "1"})
FALSE_WORDS = frozenset({"false", "no", "off", "0"})


class ConfigValueError(ValueError):
    """A value a key does not take; the message says what it takes."""


@dataclass(frozen=True)
class Key:
    """One key of the config file. `name` is dotted for a table's key ("reminders.due")."""

    name: str
    help: str
    default: Any
    takes: str  # what a value looks like, for messages and `grow config list`
    parse: Callable[[str], Any]  # the words of `grow config set` -> the TOML value
    check: Callable[[Any], Any]  # a value read from the file -> itself, or ConfigValueError


def _text(words: str) -> str:
    if not words.strip():
        raise ConfigValueError("give some text")
    return words.strip()


def _check_text(value: Any) -> Any:
    if not isinstance(value, str) or not value.strip():
        raise ConfigValueError("use a quoted, non-empty text")
    return value


def _boolean(words: str) -> bool:
    word = words.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ConfigValueError("use true or false")


def _check_boolean(value: Any) -> Any:
    if not isinstance(value, bool):
        raise ConfigValueError("use true or false (no quotes)")
    return value


def _date_order(words: str) -> str:
    return str(_check_date_order(words.strip().upper()))


def _check_date_order(value: Any) -> Any:
    from grow_cli.domain.dates.settings import DATE_ORDERS

    if not isinstance(value, str) or value.strip().upper() not in DATE_ORDERS:
        raise ConfigValueError('use "DMY" (01/12/2026 is 1 December) or "MDY" (month first)')
    return value


def _sprint_days(words: str) -> int:
    try:
        number = int(words.strip())
    except ValueError:
        raise ConfigValueError(f"use a whole number of days from 1 to {SPRINT_DAYS_MAX}") from None
    return int(_check_sprint_days(number))


def _check_sprint_days(value: Any) -> Any:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= SPRINT_DAYS_MAX:
        raise ConfigValueError(f"use a whole number of days from 1 to {SPRINT_DAYS_MAX}, e.g. 14")
    return value


def _reminder(words: str) -> str | bool:
    word = words.strip()
    value: str | bool = False if word.lower() in FALSE_WORDS else word
    _check_reminder(value)
    return value


def _check_reminder(value: Any) -> Any:
    from grow_cli.domain.reminders import SYNTAX, parse_reminder

    try:
        parse_reminder(value)
    except ValueError:
        raise ConfigValueError(f"use {SYNTAX}") from None
    return value


KEYS: tuple[Key, ...] = (
    Key(
        "notes_dir",
        "The notes folder (after --notes and $GROW_NOTES_DIR).",
        None,
        "a folder",
        _text,
        _check_text,
    ),
    Key(
        "date_order",
        "How a numeric date that reads two ways is read (default: from the locale).",
        None,
        '"DMY" or "MDY"',
        _date_order,
        _check_date_order,
    ),
    Key(
        "sprint_days",
        "A sprint's length, so 'next sprint' is a date.",
        None,
        f"1 to {SPRINT_DAYS_MAX}",
        _sprint_days,
        _check_sprint_days,
    ),
    Key(
        "sync_auto_commit",
        "In a synced notes folder, commit after every command that writes.",
        False,
        "true or false",
        _boolean,
        _check_boolean,
    ),
    Key(
        "editor",
        "The editor grow opens (before $VISUAL and $EDITOR).",
        None,
        "a command",
        _text,
        _check_text,
    ),
    Key(
        "reminders.due",
        "The calendar reminder for a due item.",
        "09:00",
        '"HH:MM", "-Nd HH:MM" or false',
        _reminder,
        _check_reminder,
    ),
    Key(
        "reminders.checkin",
        "The calendar reminder for a check-in.",
        "-1d 09:00",
        '"HH:MM", "-Nd HH:MM" or false',
        _reminder,
        _check_reminder,
    ),
)
BY_NAME: dict[str, Key] = {key.name: key for key in KEYS}
TABLES = frozenset(name.partition(".")[0] for name in BY_NAME if "." in name)


def closest(name: str) -> str | None:
    """The real key nearest a mistyped one ("date_ordr" -> "date_order"), if any is near."""
    import difflib  # only for a key grow does not know

    found = difflib.get_close_matches(name, list(BY_NAME), n=1, cutoff=0.6)
    if not found and "." not in name:  # "due" alone: the table's key it names
        found = [known for known in BY_NAME if known.rpartition(".")[2] == name][:1]
    return found[0] if found else None


def unknown_message(name: str) -> str:
    """'date_ordr, which grow does not know (did you mean date_order?)'."""
    near = closest(name)
    guess = f"did you mean {near}?" if near else f"grow knows {', '.join(BY_NAME)}"
    return f"{name}, which grow does not know ({guess})"


def flat_items(config: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """Each (dotted name, value) the file sets; a table of a known table is opened up."""
    for name, value in config.items():
        if name in TABLES and isinstance(value, Mapping):
            for inner, inner_value in value.items():
                yield f"{name}.{inner}", inner_value
        else:
            yield name, value


def problems(config: Mapping[str, Any]) -> list[str]:
    """What is wrong in a config file's contents, one phrase each: unknown keys, with the
    closest real one, and values a key does not take."""
    found = []
    for name, value in flat_items(config):
        key = BY_NAME.get(name)
        if key is None:
            if name in TABLES:
                found.append(f"{name} = {value!r}, which should be a table ([{name}])")
            else:
                found.append(unknown_message(name))
            continue
        try:
            key.check(value)
        except ConfigValueError as error:
            found.append(f"{name} = {value!r}: {error}")
    return found

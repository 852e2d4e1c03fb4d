"""Safe folder names (slugs) for people, made from their display names."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_LENGTH = 64
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NON_SLUG_RUN = re.compile(r"[^a-z0-9]+")
_PATH_PARTS = ("/", "\\", "\x00")

# Latin letters that Unicode does not decompose into an ASCII letter plus accents, spelled the
# way their languages spell them in ASCII ("Łukasz" is "Lukasz", "Straße" is "Strasse").
_LATIN_LETTERS = str.maketrans(
    {
        "ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
        "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH",
        "ħ": "h", "Ħ": "H", "ı": "i", "ĸ": "k", "ŀ": "l", "Ŀ": "L", "ŋ": "ng", "Ŋ": "NG",
        "ſ": "s", "ŧ": "t", "Ŧ": "T", "ƒ": "f", "ə": "e", "Ə": "E", "ɛ": "e", "Ɛ": "E",
        "ɨ": "i", "ʉ": "u", "ƀ": "b", "ɓ": "b", "ɗ": "d", "ƙ": "k", "ƴ": "y", "ʒ": "z",
        "Ʒ": "Z", "ǥ": "g", "Ǥ": "G",
    }
)  # fmt: skip

# Folder names Windows refuses whatever their extension: a notes folder synced to a Windows
# machine could never hold them.
WINDOWS_RESERVED = frozenset(
    {"con", "nul", "aux", "prn"} | {f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10)}
)


class SlugError(ValueError):
    """A name or slug that cannot name a folder safely; the message is for people."""


def is_slug(value: str) -> bool:
    """True when `value` is already a safe slug."""
    return len(value) <= MAX_SLUG_LENGTH and SLUG_PATTERN.fullmatch(value) is not None


def slugify(name: str) -> str:
    """Make a slug from a display name ("Alex Kim" -> "alex-kim", "Zoë" -> "zoe").

    Raises SlugError for names that are empty, hold a path separator or `..`, or have no letters
    or digits that can be written in ASCII (the caller may then ask for an explicit slug).
    """
    stripped = name.strip()
    if not stripped:
        raise SlugError("A name cannot be empty.")
    if any(part in stripped for part in _PATH_PARTS) or ".." in stripped:
        raise SlugError(f"The name {stripped!r} holds a path separator or '..'; use a plain name.")
    slug = _ascii_slug(stripped.translate(_LATIN_LETTERS))
    if not slug:
        raise SlugError(
            f"Cannot make a folder name from {stripped!r}; "
            "give one with --slug (e.g. --slug li-lei)."
        )
    if slug in WINDOWS_RESERVED:
        raise SlugError(_reserved_message(slug, stripped))
    return slug


def legacy_slugify(name: str) -> str:
    """The slug grow 0.x made from a name, before letters such as ł and ß were transliterated
    ("Łukasz" -> "ukasz"): folders made then keep being found by the name. Empty when none."""
    return _ascii_slug(name.strip())


def _ascii_slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG_RUN.sub("-", ascii_text.lower()).strip("-")
    return slug[:MAX_SLUG_LENGTH].rstrip("-")


def _reserved_message(slug: str, name: str) -> str:
    return (
        f"{slug!r} (from {name!r}) is a name Windows keeps for a device, so no folder can "
        f"have it there; give one with --slug (e.g. --slug {slug}-1)."
    )


def check_new_slug(value: str) -> str:
    """`check_slug`, also refusing the names Windows keeps for devices: for a folder about to be
    made. Notes that already name such a folder keep loading."""
    check_slug(value)
    if value in WINDOWS_RESERVED:
        raise SlugError(
            f"{value!r} is a name Windows keeps for a device, so no folder can have it there; "
            f"give another, e.g. {value}-1."
        )
    return value


def check_slug(value: str) -> str:
    """Return `value` if it is a safe slug, else raise SlugError saying what a slug looks like."""
    if not is_slug(value):
        raise SlugError(
            f"{value!r} is not a valid slug: use lower-case letters, digits and single hyphens "
            f"(at most {MAX_SLUG_LENGTH} characters), e.g. 'alex-kim'."
        )
    return value

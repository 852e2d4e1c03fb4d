"""Safe folder names (slugs) for people, made from their display names."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_LENGTH = 64
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NON_SLUG_RUN = re.compile(r"[^a-z0-9]+")
_PATH_PARTS = ("/", "\\", "\x00")


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
    ascii_text = unicodedata.normalize("NFKD", stripped).encode("ascii", "ignore").decode("ascii")
    slug = _NON_SLUG_RUN.sub("-", ascii_text.lower()).strip("-")
    slug = slug[:MAX_SLUG_LENGTH].rstrip("-")
    if not slug:
        raise SlugError(
            f"Cannot make a folder name from {stripped!r}; "
            "give one with --slug (e.g. --slug li-lei)."
        )
    return slug


def check_slug(value: str) -> str:
    """Return `value` if it is a safe slug, else raise SlugError saying what a slug looks like."""
    if not is_slug(value):
        raise SlugError(
            f"{value!r} is not a valid slug: use lower-case letters, digits and single hyphens "
            f"(at most {MAX_SLUG_LENGTH} characters), e.g. 'alex-kim'."
        )
    return value

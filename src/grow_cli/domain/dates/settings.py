"""What the words of a date leave open, settled once per person: the order of a numeric date
("01/12/2026": 1 December or 12 January?) and how long a sprint is ("next sprint").

The store reads them (`date_order` and `sprint_days` in the config file, else the locale for the
order) and passes them in; nothing here reads a file or the environment, so one run reads every
goal the same way: "01/12/2026" is never day-first in one goal and month-first in the next.
"""

from __future__ import annotations

from typing import Final, NamedTuple

DMY: Final = "DMY"  # day first: 01/12/2026 is 1 December
MDY: Final = "MDY"  # month first: 01/12/2026 is 12 January
DATE_ORDERS: Final = (DMY, MDY)
SPRINT_DAYS_MAX: Final = 365

# Locales whose short dates put the month first (the United States and the places that write
# dates its way, and the Philippines). Every other one, C and POSIX included, is day-first.
_MONTH_FIRST: Final = frozenset(
    (
        "en_us", "es_us", "chr_us", "haw_us", "en_as", "en_gu", "en_mp", "en_pr", "en_um",
        "en_vi", "en_ph", "fil_ph", "tl_ph", "en_fm", "en_mh", "en_pw",
    )
)  # fmt: skip


class DateSettings(NamedTuple):
    """How numeric dates are ordered ("DMY" or "MDY") and how many days a sprint lasts (None:
    not known, so "next sprint" asks for a date)."""

    date_order: str = DMY
    sprint_days: int | None = None


DEFAULT_SETTINGS: Final = DateSettings()


def order_of_locale(name: str) -> str:
    """'MDY' for a locale that writes the month first ('en_US.UTF-8', 'en_PH'), else 'DMY'.

    `name` is a locale as LC_ALL, LC_TIME or LANG give it; an empty one, 'C' and 'POSIX' are
    day-first.
    """
    base = name.split(".")[0].split("@")[0].replace("-", "_").strip().lower()
    return MDY if base in _MONTH_FIRST else DMY

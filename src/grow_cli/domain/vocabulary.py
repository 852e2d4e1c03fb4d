"""The one vocabulary of grow: kinds of note, focuses, statuses, owners and journal modes.

The note models take their types from here, the commands their choices, and every reader its
sets: a word is spelled once. Pure, and cheap to import (no pydantic, no dataclass), so `grow
smart` and a warm `grow due` may use it.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

# rating: how helpful the report found a conversation, recorded from their reply (`grow rate`)
Kind = Literal["coaching", "checkin", "feedback", "journal", "rating"]
Focus = Literal["performance", "development", "career"]
Owner = Literal["report", "manager", "self"]
Status = Literal["open", "progress", "blocked", "done", "dropped"]
Mode = Literal["grow", "reflection", "career", "checkin"]  # checkin: your own actions reviewed
Verdict = Literal["pass", "warn", "fail"]
# A coaching thread (a goal followed over weeks) is active until it ends with one of the outcomes.
ThreadStatus = Literal["active", "achieved", "partly_achieved", "not_achieved", "dropped"]
Better = Literal["lower", "higher"]  # which way a measure should move
# Who proposed an option or a goal: the report, the manager, or both together.
Proposer = Literal["report", "manager", "both"]
# What is behind a performance gap, asked before any option ("What's going on?").
Cause = Literal["skill", "process", "resources", "workload", "personal", "expectations"]
# How a person likes to be coached (person.toml `style`): what the hints and prep questions stress.
Style = Literal["high-autonomy", "collaboration-oriented", "detail-focused"]

KINDS: Final[tuple[Kind, ...]] = get_args(Kind)
FOCUSES: Final[tuple[Focus, ...]] = get_args(Focus)
OWNERS: Final[tuple[Owner, ...]] = get_args(Owner)
STATUSES: Final[tuple[Status, ...]] = get_args(Status)
MODES: Final[tuple[Mode, ...]] = get_args(Mode)
# The modes `grow journal` writes; a journal check-in is `grow journal checkin`.
ENTRY_MODES: Final[tuple[Mode, ...]] = ("grow", "reflection", "career")
VERDICTS: Final[tuple[Verdict, ...]] = get_args(Verdict)
THREAD_STATUSES: Final[tuple[ThreadStatus, ...]] = get_args(ThreadStatus)
THREAD_OUTCOMES: Final = frozenset[str]({"achieved", "partly_achieved", "not_achieved", "dropped"})
# A thread read from a schema-1 note has no recorded outcome: once it holds nothing to do and a
# later coaching conversation followed it, it reads as ended (never written in a note).
ENDED: Final = "ended"
# What `grow goals --status` takes: a status, ended, "closed" (not active) or "all".
GOAL_STATUS_WORDS: Final[tuple[str, ...]] = (*THREAD_STATUSES, ENDED, "closed", "all")
BETTER: Final[tuple[Better, ...]] = get_args(Better)
PROPOSERS: Final[tuple[Proposer, ...]] = get_args(Proposer)
CAUSES: Final[tuple[Cause, ...]] = get_args(Cause)
STYLES: Final[tuple[Style, ...]] = get_args(Style)
# Whose talking point it is (`grow agenda PERSON add`): the manager's or the report's. Kept in
# the point's file as `by`; the command line says it plainly, `--by me|them`.
PointBy = Literal["manager", "report"]
POINT_BY: Final[tuple[PointBy, ...]] = get_args(PointBy)
POINT_BY_WORDS: Final[dict[str, PointBy]] = {"me": "manager", "them": "report"}
POINT_BY_SHOWN: Final[dict[str, str]] = {"manager": "mine", "report": "theirs"}
# An answers file's `talking_points = "all"`: every open talking point was discussed.
ALL_POINTS: Final = "all"
CONFIDENT: Final = 7  # a confidence below this is said at the prompt, with what would raise it
SCHEMAS: Final = (1, 2)
CURRENT_SCHEMA: Final = 2

# An item is still to do while open, in progress or blocked; done and dropped close it.
OPEN_STATUSES: Final = frozenset[str]({"open", "progress", "blocked"})
CLOSED_STATUSES: Final = frozenset[str]({"done", "dropped"})
# Words `--status` takes besides the statuses themselves, and the statuses each stands for.
STATUS_GROUPS: Final[dict[str, frozenset[str]]] = {
    "todo": OPEN_STATUSES,
    "all": frozenset(STATUSES),
}

# Two sets of note kinds that were both called "conversation":
# every time the manager and the person met (what a person's rhythm, their last contact and next
# check-in, is counted from) ...
MEETING_KINDS: Final[tuple[Kind, ...]] = ("coaching", "checkin", "feedback")
# ... and the conversations that coach (a coaching conversation or SBI feedback), which stats and
# the escalation checklist count apart from the weekly check-ins.
COACHING_KINDS: Final[tuple[Kind, ...]] = ("coaching", "feedback")
# What an item is: an action someone agreed to, or support the manager committed to.
ItemType = Literal["action", "support"]
ITEM_TYPES: Final[tuple[ItemType, ...]] = get_args(ItemType)


def is_open(status: str) -> bool:
    """True while an item is still to do (open, progress or blocked)."""
    return status in OPEN_STATUSES


# An item's status in words, for text people read ("progress" is stored, "in progress" said).
STATUS_LABELS: Final[dict[str, str]] = {status: status for status in STATUSES} | {
    "progress": "in progress"
}


def status_label(status: str) -> str:
    """A status as people say it: "in progress" for progress; unknown words as they are."""
    return STATUS_LABELS.get(status, status)


STATUS_WORDS: Final[tuple[str, ...]] = (*STATUSES, *STATUS_GROUPS)


def statuses_for(words: list[str]) -> set[str]:
    """The statuses that --status words stand for: a status, 'todo' or 'all' (STATUS_WORDS).

    Raises ValueError naming the first word that is none of these.
    """
    wanted: set[str] = set()
    for word in words:
        if word in STATUS_GROUPS:
            wanted |= STATUS_GROUPS[word]
        elif word in STATUSES:
            wanted.add(word)
        else:
            raise ValueError(word)
    return wanted

"""Speaking to the person: the words of a note, as typed about them, turned to "you".

The follow-up message is written to the report. Notes are typed about them ("Alex answers
tickets late in the day"), actions as instructions ("Send the draft to Sam by Friday") and the
manager's support the same way ("Book the training"). These functions say them to the person:
"You answer tickets late in the day", "You'll send the draft to Sam by Friday", "I'll book the
training". They change only what they are sure of: the person's name (and the verb right after
it when it is the subject), and a first word that is a verb; everything else stays as typed.
Pronouns ("she", "they") are never guessed at. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from grow_cli.domain.smart_words import VERBS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words a sentence may start with that are never a name: safe to write in lower case when the
# text goes on inside a sentence ("In the demo, three of the five stories ...").
COMMON: frozenset[str] = _words("""
the a an this that these those there their they it its our we your my his her he she some
several many most all both each every no none any one two three four five six seven eight nine
ten eleven twelve twenty half first second third last next few more less only once twice after
before during when while in on at by for from with without over since until as so and but
because then today yesterday tomorrow earlier later now nothing everything everyone nobody
someone something not never""")
# How a situation ("when and where") may start and still read as the start of a sentence.
SITUATION_STARTS: frozenset[str] = _words("""
in on at during when while after before over since last this yesterday today earlier
throughout from between every each for with whenever as by until""")
DETERMINERS: frozenset[str] = _words("the a an our your my their his her")
# An impact that already says how it follows from the behaviour.
LINKED_IMPACT: frozenset[str] = _words("so which meaning causing leading resulting and as")
# A clause starts after these words: the person's name right after one is its subject.
CONJUNCTIONS: frozenset[str] = _words(
    "and but when because that so while if as then since until although though or"
)
ADVERBS: frozenset[str] = _words(
    "always often usually sometimes rarely never still also then now regularly frequently "
    "typically generally occasionally already just"
)
# After "you", a verb of the third person takes its plain form.
IRREGULAR: dict[str, str] = {
    "is": "are",
    "was": "were",
    "has": "have",
    "does": "do",
    "goes": "go",
    "isn't": "aren't",
    "wasn't": "weren't",
    "hasn't": "haven't",
    "doesn't": "don't",
}
NOT_VERBS: frozenset[str] = _words(
    "always sometimes perhaps towards afterwards nowadays besides regardless plus thus "
    "across unless less"
)
# Past forms a behaviour may start with, its subject left out ("Skipped the checklist").
IRREGULAR_PAST: frozenset[str] = _words("""
sent gave took left made wrote spoke came forgot kept put said told ran met led went did had
brought built chose caught drove fell felt found got heard held hit knew let lost meant paid
read rang rose saw sold set shut sat slept spent stood stole stuck swore taught thought threw
understood woke wore won withdrew overlooked""")
SUBJECT_VERBS: frozenset[str] = _words(
    "will would should can could must is was has had did does and"
)
_APOSTROPHES = str.maketrans({"’": "'"})


def sentence(text: str) -> str:
    """One line (every run of whitespace one space), with a capital first letter and a full
    stop at the end unless it ends in one already (or a ! or ?)."""
    line = " ".join(text.split())
    if not line:
        return line
    line = line[0].upper() + line[1:]
    return line if line.endswith((".", "!", "?")) else line + "."


def clause(text: str) -> str:
    """One line without the full stop or comma it ends with: to go on inside a sentence."""
    return " ".join(text.split()).rstrip(" .;,")


def names_of(display_name: str | None) -> tuple[str, ...]:
    """The names a note may call the person by: the whole name, then the first one."""
    words = (display_name or "").split()
    if not words:
        return ()
    whole = " ".join(words)
    return tuple(dict.fromkeys(name for name in (whole, words[0]) if len(name) > 1))


@lru_cache(maxsize=64)
def _name_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternatives})(?P<owner>['’]s)?(?![\w'’-])")


_NEXT_WORD = re.compile(r"(\s+)([a-z][a-z'’]*)")


def to_you(text: str, names: Iterable[str]) -> str:
    """`text` with the person's name said to them: 'Alex' -> 'you', "Alex's" -> 'your', and
    the verb after the name when it is the subject: 'Alex answers' -> 'you answer' (and 'but
    has' -> 'but have' later in that sentence). A text that says he, she, him, her or his stays
    as typed: which person they mean is not known, and "you ... her own" would be worse."""
    wanted = tuple(names)
    if not wanted or not text or _THIRD_PERSON.search(text):
        return text
    pattern = _name_pattern(wanted)
    parts: list[str] = []
    subjects: list[int] = []  # where a "you" that is a subject starts, in the joined parts
    last = 0
    for match in pattern.finditer(text):
        if match.start() < last:  # the word after a name was a name again
            continue
        parts.append(text[last : match.start()])
        before = text[: match.start()]
        word = "your" if match.group("owner") else "you"
        if _starts_sentence(before):
            word = word.capitalize()
        subject = not match.group("owner") and _starts_clause(before)
        if subject:
            subjects.append(sum(map(len, parts)))
        parts.append(word)
        last = match.end()
        if subject:
            word_after = _NEXT_WORD.match(text, last)
            if word_after is not None and word_after.group(2) in ADVERBS:
                parts.append(word_after.group(0))
                last = word_after.end()
                word_after = _NEXT_WORD.match(text, last)
            if word_after is not None:
                parts.append(word_after.group(1) + _plain_form(word_after.group(2)))
                last = word_after.end()
    parts.append(text[last:])
    said = "".join(parts)
    for start in reversed(subjects):
        end = _SENTENCE_END.search(said, start)
        stop = end.start() if end else len(said)
        said = said[:start] + _ELIDED.sub(_elided_plain, said[start:stop]) + said[stop:]
    return said


_THIRD_PERSON = re.compile(
    r"(?<![\w'’])(?:he|she|him|her|his|hers|himself|herself)(?![\w'’])", re.I
)
_SENTENCE_END = re.compile(r"[.!?;]")
# A verb whose subject is left out after "and" or "but": "you lead well but has not yet run".
_ELIDED = re.compile(r"(?<=\b(?:and|but) )(?:is|was|has|does|isn't|wasn't|hasn't|doesn't)\b")


def _elided_plain(match: re.Match[str]) -> str:
    return _plain_form(match.group(0))


def _starts_sentence(before: str) -> bool:
    stripped = before.rstrip()
    return not stripped or stripped.endswith((".", "!", "?"))


def _starts_clause(before: str) -> bool:
    stripped = before.rstrip()
    if not stripped or stripped.endswith((".", "!", "?", ";", ":", ",", "(", "-", "–", "—")):
        return True
    return stripped.split()[-1].lower() in CONJUNCTIONS


def _plain_form(verb: str) -> str:
    """'answers' -> 'answer', 'is' -> 'are', 'tries' -> 'try'; any other word as it is."""
    key = verb.translate(_APOSTROPHES)
    if key in IRREGULAR:
        return IRREGULAR[key].replace("'", "’") if "’" in verb else IRREGULAR[key]
    if key in NOT_VERBS or not key.endswith("s") or key.endswith(("ss", "us", "is", "'s")):
        return verb
    if key.endswith("ies") and len(key) > 4:
        return verb[:-3] + "y"
    if key.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1]


def _is_verb(word: str) -> bool:
    low = word.lower()
    if low in VERBS:
        return True
    for ending, base in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("d", "")):
        if low.endswith(ending) and low[: -len(ending)] + base in VERBS:
            return True
    return low.endswith("ing") and (low[:-3] in VERBS or low[:-3] + "e" in VERBS)


def _plain_word(word: str) -> bool:
    """A word in lower case but for its capital first letter ('Three', 'Stand-up'; not 'QA',
    'iOS' or 'McKay')."""
    return len(word) > 1 and word[0].isupper() and word[1:].replace("-", "").islower()


def lower_first(text: str) -> str:
    """`text` going on inside a sentence: its first word in lower case when it is a common word
    or a verb ('Three of the five' -> 'three of the five'), else as typed (a name stays)."""
    first, space, rest = text.partition(" ")
    word = re.sub(r"['’]s$", "", first)  # "Yesterday's" is as common as "Yesterday"
    if first in ("You", "Your") or (
        _plain_word(word) and (word.lower() in COMMON or _is_verb(word))
    ):
        return first.lower() + space + rest
    return text


def _past(word: str) -> bool:
    low = word.lower()
    return _plain_word(word) and (
        low in IRREGULAR_PAST or (len(low) >= 5 and low.endswith("ed") and low not in COMMON)
    )


def _instruction(text: str) -> tuple[str, str] | None:
    """(verb, rest) when `text` starts with a verb, as an action is written ('Send the
    draft'); None otherwise."""
    first, _, rest = text.partition(" ")
    after = rest.split(" ", 1)[0].lower()
    if first.lower() not in VERBS or after in SUBJECT_VERBS:
        return None
    if not (_plain_word(first) or first.islower()):
        return None
    return first.lower(), rest


def you_will(text: str, names: Iterable[str]) -> str:
    """An action of theirs, said to them without its full stop: 'Send the draft to Sam' ->
    "You'll send the draft to Sam"; 'Alex will send it' -> "You'll send it"."""
    wanted = tuple(names)
    line = clause(text)
    instruction = _instruction(line)
    if instruction is not None:
        return f"You'll {instruction[0]}{to_you(line, wanted)[len(instruction[0]) :]}"
    said = to_you(line, wanted)
    if said.startswith(("You will ", "you will ")):
        said = "You'll " + said[len("You will ") :]
    return said[:1].upper() + said[1:]


def i_will(text: str, names: Iterable[str]) -> str:
    """The manager's own item, in the first person: 'Book the training' -> "I'll book the
    training"; 'Ask Sam to pair with Alex' -> "I'll ask Sam to pair with you"."""
    wanted = tuple(names)
    line = clause(text)
    instruction = _instruction(line)
    if instruction is not None:
        return f"I'll {instruction[0]}{to_you(line, wanted)[len(instruction[0]) :]}"
    said = to_you(line, wanted)
    return said[:1].upper() + said[1:]


def sbi_sentence(situation: str, behavior: str, impact: str, names: Iterable[str]) -> str:
    """Situation, behaviour and impact as one plain sentence said to the person: 'In Tuesday's
    demo, three of the five stories were not finished, so the team reworked them this week.'"""
    wanted = tuple(names)
    where = clause(to_you(situation, wanted))
    first = where.split(" ", 1)[0]
    if first.lower() not in SITUATION_STARTS and (
        first.lower() in DETERMINERS or first.endswith(("'s", "’s"))
    ):
        where = "In " + lower_first(where)
    what = clause(to_you(behavior, wanted))
    verb = what.split(" ", 1)[0]
    what = "you " + what[0].lower() + what[1:] if _past(verb) else lower_first(what)
    led_to = clause(to_you(impact, wanted))
    link = ", " if led_to.split(" ", 1)[0].lower() in LINKED_IMPACT else ", so "
    return sentence(f"{where}, {what}{link}{lower_first(led_to)}")

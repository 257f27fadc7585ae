"""Registry over the content-bank modules: fields, topics and solution ideas."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from . import (
    bank_admin,
    bank_language,
    bank_preschool,
    bank_school,
    bank_social,
    bank_stem,
)
from .bank_generic import GENERIC_ADMIN, GENERIC_PRESCHOOL, GENERIC_TEACH
from .templating import compile_template

FIELDS: tuple[dict, ...] = (
    *bank_stem.FIELDS,
    *bank_language.FIELDS,
    *bank_social.FIELDS,
    *bank_preschool.FIELDS,
    *bank_school.FIELDS,
    *bank_admin.FIELDS,
)
FIELD_BY_KEY: dict[str, dict] = {f["key"]: f for f in FIELDS}

# Display names per level ("Tiếng Việt" in primary, "Ngữ văn" above), all mapping back to a key.
_LEVEL_NAMES: dict[tuple[str, str], str] = {
    ("tieng_viet", "tieu_hoc"): "Tiếng Việt",
    ("tieng_viet", "thcs"): "Ngữ văn",
    ("tieng_viet", "thpt"): "Ngữ văn",
    ("vat_ly_hoa_hoc", "thcs"): "Khoa học tự nhiên",
    ("lich_su_dia_ly", "tieu_hoc"): "Lịch sử và Địa lí",
    ("the_duc", "thcs"): "Giáo dục thể chất",
}
FIELD_KEY_BY_NAME: dict[str, str] = {f["name"].lower(): f["key"] for f in FIELDS}
FIELD_KEY_BY_NAME.update({name.lower(): key for (key, _), name in _LEVEL_NAMES.items()})


def field_display_name(field_key: str, level: str) -> str:
    return _LEVEL_NAMES.get((field_key, level), FIELD_BY_KEY[field_key]["name"])


def field_key_for_name(name: str) -> str | None:
    return FIELD_KEY_BY_NAME.get(name.strip().lower())


def topics_for(field_key: str, level: str, grade: int | str | None = None) -> list[dict]:
    """Topics of a field usable at a unit level and grade (all of them if none fits).

    A topic may restrict grades with "grades" (numbers, or age bands for preschool).
    """
    topics = FIELD_BY_KEY[field_key]["topics"]
    fit = [t for t in topics if level in t["levels"]]
    if grade is not None:
        fit = [t for t in fit if "grades" not in t or grade in t["grades"]] or fit
    return fit or list(topics)


# A write-up sentence starting with this mark leans on the sentence before it in its write-up.
STICKY = "^"


@dataclass(frozen=True)
class Variant:
    """One sentence template of a write-up, as a candidate for a position in a solution block."""

    writeup: int
    index: int
    text: str
    sticky: bool  # only follows the sentence before it in the same write-up

    @property
    def key(self) -> str:
        return f"{self.writeup}.{self.index}"


@dataclass(frozen=True)
class Idea:
    """A solution idea: a name template and several independent write-ups.

    Write-ups are sequences of sentence templates whose k-th sentences play the same part
    (what was set up, how it ran or an example, what came of it). An author's text takes
    each part from any write-up, so two authors who pick the same idea rarely share more
    than a sentence of it; the last part also collects the longer write-ups' extra sentences.
    """

    key: str
    name: str
    writeups: tuple[tuple[str, ...], ...]

    @cached_property
    def positions(self) -> tuple[tuple[Variant, ...], ...]:
        n = min(len(w) for w in self.writeups)
        slots: list[list[Variant]] = [[] for _ in range(n)]
        for wi, sents in enumerate(self.writeups):
            for si, text in enumerate(sents):
                sticky = text.startswith(STICKY)
                slots[min(si, n - 1)].append(Variant(wi, si, text[1:].lstrip() if sticky else text, sticky))
        # A bare remark ("Trẻ rất vui.") says nothing about the measure: such sentences are left out.
        # A later part with a single sentence left is dropped too, since every author would share it.
        kept: list[tuple[Variant, ...]] = []
        for k, slot in enumerate(slots):
            full = tuple(v for v in slot if min_words(v.text) >= MIN_SENTENCE_WORDS)
            if k == 0:
                kept.append(full or tuple(slot))
            elif len(full) >= 2:
                kept.append(full)
        return tuple(kept)


MIN_SENTENCE_WORDS = 8


@cache
def min_words(template: str) -> int:
    """Fewest words any expansion of a template can have (a slot counts as one word)."""

    def walk(parts: tuple) -> int:
        total = 0
        for part in parts:
            if type(part) is str:
                total += len(part.split())
            elif type(part) is tuple:
                total += 1
            else:
                total += min(walk(alt) for alt in part)
        return total

    return walk(compile_template(template))


def _make_idea(key: str, name: str, writeups: tuple) -> Idea:
    # A bare tuple of sentences is a single write-up.
    if writeups and isinstance(writeups[0], str):
        writeups = (writeups,)
    return Idea(key, name, tuple(tuple(w) for w in writeups))


@cache
def ideas_for_topic(topic_key: str) -> tuple[Idea, ...]:
    topic = TOPIC_BY_KEY[topic_key]
    return tuple(_make_idea(f"{topic_key}#{i}", name, ws) for i, (name, ws) in enumerate(topic["ideas"]))


_GENERIC_POOLS = {"teach": GENERIC_TEACH, "admin": GENERIC_ADMIN, "preschool": GENERIC_PRESCHOOL}


@cache
def generic_ideas(kind: str) -> tuple[Idea, ...]:
    """Cross-topic ideas of a kind: "teach", "admin" or "preschool"."""
    pool = _GENERIC_POOLS.get(kind, GENERIC_TEACH)
    return tuple(_make_idea(f"generic_{kind}#{i}", name, ws) for i, (name, ws) in enumerate(pool))


def generic_kind(field_key: str) -> str:
    """Which generic pool a field's reports draw on: preschool teachers get their own."""
    return "preschool" if field_key == "mam_non" else FIELD_BY_KEY[field_key]["kind"]


def idea_by_key(key: str) -> Idea | None:
    """The idea a key ("toan_loi_van#3", "generic_teach#1") names, or None."""
    base, _, _ = key.partition("#")
    if base.startswith("generic_"):
        pool = generic_ideas(base[len("generic_"):])
    elif base in TOPIC_BY_KEY:
        pool = ideas_for_topic(base)
    else:
        return None
    return next((i for i in pool if i.key == key), None)


TOPIC_BY_KEY: dict[str, dict] = {t["key"]: t for f in FIELDS for t in f["topics"]}
FIELD_OF_TOPIC: dict[str, str] = {t["key"]: f["key"] for f in FIELDS for t in f["topics"]}


def _template_regex(src: str) -> str:
    """Regex matching any expansion of a template (slots match lazily)."""

    def walk(parts: tuple) -> str:
        out: list[str] = []
        for part in parts:
            if type(part) is str:
                # expand() collapses the spaces that empty choices leave behind.
                out.append(r"\s*".join(re.escape(chunk) for chunk in part.split(" ")))
            elif type(part) is tuple:
                out.append(r".+?")
            else:
                out.append("(?:" + "|".join(walk(alt) for alt in part) + ")")
        return "".join(out)

    return walk(compile_template(src))


@cache
def idea_name_regex(idea: Idea) -> re.Pattern[str]:
    return re.compile(r"^\s*" + _template_regex(idea.name) + r"\s*$", re.IGNORECASE)


def infer_topic(field_key: str | None, title: str) -> dict | None:
    """Recover a topic from a title: the longest topic phrase it contains."""
    low = title.lower()
    candidates = FIELD_BY_KEY[field_key]["topics"] if field_key in FIELD_BY_KEY else tuple(TOPIC_BY_KEY.values())
    best: dict | None = None
    for topic in candidates:
        phrase = topic["phrase"].lower()
        if phrase in low and (best is None or len(phrase) > len(best["phrase"])):
            best = topic
    return best


def infer_title_template(topic: dict, title: str) -> str | None:
    """The topic title template a title was written from, if any matches."""
    for tpl in topic["titles"]:
        if re.search(_template_regex(tpl), title, re.IGNORECASE):
            return tpl
    return None

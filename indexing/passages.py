"""Cutting an initiative into the passages the engine compares and shows as evidence.

Title and summary are one passage each; every section is cut on sentence boundaries into
passages of about MIN_WORDS–MAX_WORDS words, so that reuse of one part (the solutions only)
is found and can be shown side by side.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from indexing.sections import split_sections
from indexing.segment import sentences

MIN_WORDS = 80
MAX_WORDS = 250
# A first sentence longer than this is content, not a solution's name.
HEADING_MAX_WORDS = 40


@dataclass(frozen=True)
class PassageText:
    ord: int
    section: str  # "title", "summary", or a section kind from indexing.sections
    text: str
    solution_no: int | None = None

    @property
    def word_count(self) -> int:
        return len(self.text.split())


def _bounded(sents: list[str], max_words: int) -> list[str]:
    """Lists and tables often come without sentence punctuation: cut overlong 'sentences'."""
    out: list[str] = []
    for sent in sents:
        words = sent.split()
        if len(words) <= max_words:
            out.append(sent)
        else:
            out.extend(" ".join(words[i : i + max_words // 2]) for i in range(0, len(words), max_words // 2))
    return out


def _chunk(sents: list[str], min_words: int, max_words: int) -> list[str]:
    """Greedy packing of sentences into chunks; a short tail joins the previous chunk."""
    sents = _bounded(sents, max_words)
    chunks: list[list[str]] = []
    current: list[str] = []
    count = 0
    for sent in sents:
        n = len(sent.split())
        if current and count + n > max_words and count >= min_words:
            chunks.append(current)
            current, count = [], 0
        current.append(sent)
        count += n
    if current:
        if chunks and count < min_words // 2 and sum(len(s.split()) for s in chunks[-1]) + count <= max_words * 1.3:
            chunks[-1].extend(current)
        else:
            chunks.append(current)
    return [" ".join(c) for c in chunks]


def split_passages(title: str, summary: str, content: str, *, min_words: int = MIN_WORDS,
                   max_words: int = MAX_WORDS) -> list[PassageText]:
    out: list[PassageText] = []
    if title.strip():
        out.append(PassageText(len(out), "title", " ".join(title.split())))
    if summary.strip():
        out.append(PassageText(len(out), "summary", " ".join(summary.split())))
    if content.strip():
        for section in split_sections(content):
            body = section.text.strip()
            if not body:
                continue
            if section.kind == "solution" and section.heading.strip():
                # A solution's name is part of its content ("Biện pháp 2: Dạy học qua trò chơi").
                body = f"{section.heading.strip().rstrip('.:')}. {body}"
            for chunk in _chunk(sentences(body), min_words, max_words):
                out.append(PassageText(len(out), section.kind, chunk, section.solution_no))
    return out


class Placed(Protocol):
    """A passage of a submission or of a stored initiative, by its place."""

    @property
    def ord(self) -> int: ...

    @property
    def section(self) -> str: ...

    @property
    def solution_no(self) -> int | None: ...


def solution_openers(passages: Iterable[Placed]) -> frozenset[int]:
    """Ords of the passages that open a numbered solution, and so begin with its name."""
    first: dict[int, int] = {}
    for p in passages:
        if p.section == "solution" and p.solution_no is not None:
            first[p.solution_no] = min(first.get(p.solution_no, p.ord), p.ord)
    return frozenset(first.values())


def without_heading(text: str) -> str:
    """An opening solution passage without the solution's name (its first sentence, see
    ``split_passages``); the text unchanged when nothing would be left."""
    sents = sentences(text)
    if len(sents) < 2 or len(sents[0].split()) > HEADING_MAX_WORDS:
        return text
    return " ".join(sents[1:])

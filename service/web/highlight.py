"""Marks the words two passages share, for the side-by-side view of a match.

Words are compared in their accent-folded form, so a copy retyped without diacritics still
lights up. Only runs of at least ``min_run`` consecutive shared words are marked: single
common words ("của", "và") are shared by any two Vietnamese texts and would mark everything.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from indexing.vietnamese import folded_form

_WORD = re.compile(r"\w+", re.UNICODE)

MIN_RUN = 3


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), folded_form(m.group())) for m in _WORD.finditer(text)]


def _ngrams(folded: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(folded[i:i + n]) for i in range(len(folded) - n + 1)}


def shared_word_flags(text: str, other: str, min_run: int = MIN_RUN) -> list[bool]:
    """For each word of ``text``: is it inside a run of ``min_run`` words that ``other`` also has?"""
    mine = [w[2] for w in _words(text)]
    theirs = _ngrams([w[2] for w in _words(other)], min_run)
    flags = [False] * len(mine)
    for i in range(len(mine) - min_run + 1):
        if tuple(mine[i:i + min_run]) in theirs:
            for j in range(i, i + min_run):
                flags[j] = True
    return flags


def highlight_overlap(text: str, other: str, min_run: int = MIN_RUN) -> Markup:
    """``text`` escaped, with the runs it shares with ``other`` wrapped in ``<mark>``."""
    words = _words(text)
    flags = shared_word_flags(text, other, min_run)
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(words):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and flags[j + 1]:
            j += 1
        start, end = words[i][0], words[j][1]
        out.append(str(escape(text[pos:start])))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
        i = j + 1
    out.append(str(escape(text[pos:])))
    # Every piece of user text above went through escape(); only our own <mark> tags are raw.
    return Markup("".join(out))


def overlap_ratio(text: str, other: str, min_run: int = MIN_RUN) -> float:
    """Share of ``text``'s words that are marked (0..1)."""
    flags = shared_word_flags(text, other, min_run)
    return sum(flags) / len(flags) if flags else 0.0

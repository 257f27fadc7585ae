"""How related an initiative is to its author's assigned duties (nhiệm vụ được giao).

Multilingual e5 places short Vietnamese phrases close together whatever they say, so the
semantic score alone separates poorly; words in common (whole compound words, so that
"kế toán" does not match "toán") back it up. The relevance is the larger of the two.
"""

from __future__ import annotations

import numpy as np

from indexing.segment import words
from indexing.vietnamese import match_form

# Words that describe a job in general rather than what it is about.
_GENERIC = frozenset(match_form(w) for w in (
    "giáo_viên", "dạy", "giảng_dạy", "phụ_trách", "nhân_viên", "cán_bộ", "công_tác", "công_chức", "viên_chức",
    "chuyên_viên", "lớp", "khối", "trường", "và", "các", "của", "môn", "bộ_môn", "kiêm", "tổ", "tổ_trưởng",
    "chủ_nhiệm", "học_sinh", "trẻ", "năm_học", "phó", "trưởng", "hiệu_trưởng", "phó_hiệu_trưởng", "cấp",
))


def _content_words(text: str) -> set[str]:
    out = set()
    for w in words(text):
        key = match_form(w)
        if key in _GENERIC or not any(ch.isalpha() for ch in key):
            continue
        out.add(key)
    return out


def lexical_relevance(duties: str, topic_text: str) -> float:
    wanted = _content_words(duties)
    if not wanted:
        return 0.0
    return len(wanted & _content_words(topic_text)) / len(wanted)


def semantic_relevance(duty_vec: np.ndarray, topic_vecs: np.ndarray, floor: float, ceiling: float) -> float:
    topic = topic_vecs.mean(axis=0)
    topic = topic / (np.linalg.norm(topic) or 1.0)
    cos = float(topic @ duty_vec)
    return float(np.clip((cos - floor) / (ceiling - floor), 0.0, 1.0))

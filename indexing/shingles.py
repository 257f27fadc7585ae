"""Lexical fingerprints that survive edits, lost diacritics and legacy encodings.

Text is reduced to accent-folded syllables with every number replaced by one symbol (a copy
that changes "lớp 5" to "lớp 4" or 2021 to 2023 keeps its shingles), then to hashed word
shingles of ``SHINGLE_SIZE`` syllables. A fixed ``1/SAMPLE_MOD`` sample of the shingle hashes
(those ``≡ 0 mod SAMPLE_MOD``) is kept as the passage's fingerprints for the candidate index:
two texts that share a long enough run share its sampled fingerprints too, whatever the offset.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np

from indexing.vietnamese import folded_form

SHINGLE_SIZE = 4
SAMPLE_MOD = 4

_TOKEN = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"\d+")
# Distinct odd multipliers make the shingle hash depend on token order.
_MULTIPLIERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
     0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53][:SHINGLE_SIZE], dtype=np.uint64)


@lru_cache(maxsize=200_000)
def _token_hash(token: str) -> int:
    # blake2b rather than hash(): the value must be the same in every process and release.
    return int.from_bytes(hashlib.blake2b(token.encode(), digest_size=8).digest(), "little")


def tokens(text: str) -> list[str]:
    """Folded, lower-case syllables with every run of digits replaced by ``0``."""
    return _TOKEN.findall(_DIGITS.sub("0", folded_form(text)))


def token_hashes(toks: list[str]) -> np.ndarray:
    return np.fromiter((_token_hash(t) for t in toks), dtype=np.uint64, count=len(toks))


def shingle_hashes(toks: list[str]) -> np.ndarray:
    """Hashes of every run of SHINGLE_SIZE tokens, in order (uint64, may repeat)."""
    return shingles_of(token_hashes(toks))


def shingles_of(th: np.ndarray) -> np.ndarray:
    """Shingle hashes from token hashes."""
    n = len(th) - SHINGLE_SIZE + 1
    if n <= 0:
        if not len(th):
            return np.empty(0, dtype=np.uint64)
        # A text shorter than one shingle (a short title) is one shingle of what it has.
        with np.errstate(over="ignore"):
            return np.array([int(np.bitwise_xor.reduce(th * _MULTIPLIERS[: len(th)]))], dtype=np.uint64)
    with np.errstate(over="ignore"):
        acc = th[:n] * _MULTIPLIERS[0]
        for i in range(1, SHINGLE_SIZE):
            acc = acc ^ (th[i : i + n] * _MULTIPLIERS[i])
        # Final avalanche so that the low bits used for sampling are well mixed.
        acc ^= acc >> np.uint64(33)
        acc *= np.uint64(0xFF51AFD7ED558CCD)
        acc ^= acc >> np.uint64(29)
    return acc


def sample(hashes: np.ndarray) -> np.ndarray:
    """The fingerprints kept for the candidate index: unique hashes ≡ 0 mod SAMPLE_MOD."""
    return np.unique(hashes[hashes % np.uint64(SAMPLE_MOD) == 0])


def member_of(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Which of ``values`` occur in ``sorted_set`` (sorted and unique, as np.unique returns).

    A check tests membership about a hundred times on arrays of tens to hundreds of hashes;
    np.isin sorts both sides every time and costs ~20x this binary search at those sizes."""
    if not len(values) or not len(sorted_set):
        return np.zeros(len(values), dtype=bool)
    values = np.asarray(values, dtype=sorted_set.dtype)  # mixed int kinds would compare as floats
    idx = np.searchsorted(sorted_set, values)
    idx[idx == len(sorted_set)] = 0
    return sorted_set[idx] == values


def text_shingles(text: str) -> np.ndarray:
    return shingle_hashes(tokens(text))


def containment(query: np.ndarray, other: np.ndarray, ignore: np.ndarray | None = None) -> float:
    """Share of the query's distinct shingles found in ``other`` (0..1), leaving out ``ignore``."""
    q = np.unique(query)
    if ignore is not None and len(ignore):
        q = q[~np.isin(q, ignore)]
    if len(q) == 0:
        return 0.0
    return float(np.isin(q, other).sum()) / len(q)

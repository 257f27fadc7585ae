"""Vietnamese text forms used for matching: NFC, one tone-mark placement, accent folding.

Display text keeps whatever the author typed; comparisons use ``match_form`` (or
``folded_form`` when diacritics may be missing altogether, e.g. headings typed without them).

Tone placement: Vietnamese has two accepted spellings for open ``oa``/``oe``/``uy`` syllables
(``hòa``/``hoà``, ``khỏe``/``khoẻ``, ``thủy``/``thuỷ``) plus common typing slips (``qúy``,
``cuả``, ``gìa``, ``múôn``). ``canonical_tones`` maps all of them to the placement that
``underthesea.text_normalize`` produces (tone on the first vowel of open ``oa``/``oe``/``uy``:
``hòa``, ``khỏe``, ``thủy``), so our match forms agree with the tokenizer's own normalisation.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "TextInputError",
    "require_text",
    "nfc",
    "canonical_tones",
    "fold_accents",
    "match_form",
    "folded_form",
    "is_vietnamese_syllable",
    "VIETNAMESE_LETTERS",
]


class TextInputError(TypeError):
    """Input to the text layer was not text; ``code`` is a stable snake_case reason."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def require_text(text: object, name: str = "text") -> str:
    """Return ``text`` if it is a str, else raise ``TextInputError`` (code ``not_text``)."""
    if not isinstance(text, str):
        raise TextInputError("not_text", f"{name} must be str, got {type(text).__name__}")
    return text


# --------------------------------------------------------------------------- letter tables

# Tone marks in the order used for indices 1..5 (huyền, hỏi, ngã, sắc, nặng).
_TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_BASE_VOWELS = "aăâeêioôơuưy"
_MODIFIED_VOWELS = frozenset("ăâêôơư")


def _build_vowel_tables() -> tuple[dict[str, tuple[str, int]], dict[tuple[str, int], str]]:
    split: dict[str, tuple[str, int]] = {}
    join: dict[tuple[str, int], str] = {}
    for base in _BASE_VOWELS:
        split[base] = (base, 0)
        join[(base, 0)] = base
        for tone, mark in enumerate(_TONE_MARKS, start=1):
            ch = unicodedata.normalize("NFC", base + mark)
            assert len(ch) == 1, (base, mark)
            split[ch] = (base, tone)
            join[(base, tone)] = ch
    return split, join


_SPLIT, _JOIN = _build_vowel_tables()
_VOWEL_SET = frozenset(_BASE_VOWELS)
_TONED_LOWER = "".join(ch for ch, (_, tone) in _SPLIT.items() if tone)
_ALL_VOWELS_LOWER = "".join(_SPLIT)

#: Every precomposed Vietnamese letter that is not plain ASCII, both cases.
VIETNAMESE_LETTERS: frozenset[str] = frozenset(
    {ch for ch in _ALL_VOWELS_LOWER if ord(ch) > 127}
    | {ch.upper() for ch in _ALL_VOWELS_LOWER if ord(ch) > 127}
    | {"đ", "Đ"}
)

# Onsets and codas of Vietnamese syllables (after lowercasing). "gi" and "qu" are onsets whose
# vowel letter is not part of the nucleus, which matters for tone placement (già, quả).
_ONSETS = frozenset(
    "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph q qu r s t th tr v x".split()
) | {""}
_CODAS = frozenset("c ch m n ng nh p t".split()) | {""}

# Vowel clusters (toneless) that form a syllable nucleus, including glides written as vowels.
_NUCLEI = frozenset(
    """a ă â e ê i o ô ơ u ư y
    ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê
    oai oao oay oeo uây uôi uya uyê uyu ươi ươu iêu yêu""".split()
)

# Rhymes for the syllable validator used by legacy-encoding detection (nucleus + coda).
_RHYME_CODAS: dict[str, frozenset[str]] = {}


def _rhymes() -> None:
    spec = {
        "a": "- i o u y c ch m n ng nh p t", "ă": "c m n ng p t", "â": "c m n ng p t u y",
        "e": "- c m n ng o p t", "ê": "- ch m n nh p t u", "i": "- a ch m n nh p t u",
        "iê": "c m n ng p t u", "o": "- c i m n ng p t", "oa": "- c ch i m n ng nh o p t y",
        "oă": "c m n ng t", "oe": "- m n ng o t", "oo": "c ng", "ô": "- c i m n ng p t",
        "ơ": "- i m n p t", "u": "- a c i m n ng p t", "uâ": "n ng t y", "uê": "- ch nh n",
        "uô": "c i m n ng t", "uơ": "-", "uy": "- a ch n nh p t u", "uyê": "n t",
        "ư": "- a c i m n ng t u", "ươ": "- c i m n ng p t u", "y": "-", "yê": "m n ng t u",
    }
    for nucleus, codas in spec.items():
        _RHYME_CODAS[nucleus] = frozenset("" if c == "-" else c for c in codas.split())


_rhymes()

_TONE_STRIP = {ord(ch): base for ch, (base, tone) in _SPLIT.items() if tone}
_TONED_RE = re.compile(f"[{_TONED_LOWER}]")


def is_vietnamese_syllable(token: str) -> bool:
    """True if ``token`` (one word, any case, NFC) is spelled like a Vietnamese syllable."""
    low = token.lower()
    if len(_TONED_RE.findall(low)) > 1:
        return False
    bare = low.translate(_TONE_STRIP)
    # Every onset/nucleus split is tried because "gi" and "qu" can be read two ways.
    for onset in _onset_candidates(bare):
        rest = bare[len(onset):]
        for nucleus in _nucleus_candidates(rest):
            coda = rest[len(nucleus):]
            if coda in _RHYME_CODAS[nucleus]:
                return True
    return False


_ONSETS_BY_LEN = sorted(_ONSETS, key=len, reverse=True)
_NUCLEI_BY_LEN = sorted(_RHYME_CODAS, key=len, reverse=True)


def _onset_candidates(word: str) -> list[str]:
    return [o for o in _ONSETS_BY_LEN if word.startswith(o)]


def _nucleus_candidates(rest: str) -> list[str]:
    return [n for n in _NUCLEI_BY_LEN if rest.startswith(n)]


# --------------------------------------------------------------------------- NFC


def nfc(text: str) -> str:
    """Unicode NFC; a no-op (and cheap) for text that is already composed."""
    require_text(text)
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- tone placement


def _tone_index(nucleus: str, has_coda: bool) -> int:
    """Index inside ``nucleus`` that carries the tone (underthesea's placement)."""
    for i in range(len(nucleus) - 1, -1, -1):
        if nucleus[i] in _MODIFIED_VOWELS:
            return i
    if has_coda:
        return len(nucleus) - 1
    if len(nucleus) == 3:
        return 1
    return 0


@lru_cache(maxsize=131072)
def _canonical_word(word: str) -> str:
    low = word.lower()
    if len(low) != len(word):
        return word
    fixed = _canonical_lower_word(low)
    if fixed == low:
        return word
    if word == low:
        return fixed
    return "".join(f.upper() if o.isupper() else f for f, o in zip(fixed, word))


def _canonical_lower_word(word: str) -> str:
    bases: list[str] = []
    tone = 0
    tone_pos = -1
    for i, ch in enumerate(word):
        split = _SPLIT.get(ch)
        if split is None:
            bases.append(ch)
            continue
        base, t = split
        if t:
            if tone:
                return word  # two tone marks: not a Vietnamese syllable, leave it alone
            tone, tone_pos = t, i
        bases.append(base)
    if not tone:
        return word
    start = tone_pos
    while start > 0 and bases[start - 1] in _VOWEL_SET:
        start -= 1
    end = tone_pos + 1
    while end < len(bases) and bases[end] in _VOWEL_SET:
        end += 1
    onset = "".join(bases[:start])
    if end - start > 1:
        if onset == "q" and bases[start] == "u":
            onset, start = "qu", start + 1
        elif onset == "g" and bases[start] == "i":
            onset, start = "gi", start + 1
    coda = "".join(bases[end:])
    nucleus = "".join(bases[start:end])
    if onset not in _ONSETS or coda not in _CODAS or nucleus not in _NUCLEI:
        return word
    target = start + _tone_index(nucleus, bool(coda))
    if target == tone_pos:
        return word
    out = list(word)
    out[tone_pos] = bases[tone_pos]
    out[target] = _JOIN[(bases[target], tone)]
    return "".join(out)


def _candidate_finder() -> re.Pattern[str]:
    """Vowel pairs that occur in some non-canonical spelling (derived from the rules above).

    Scanning for these short pairs and expanding to the word only around a hit is several
    times faster than a word-level regex, and canonical text has few hits (hòa, giúp, thủy).
    """
    pairs: dict[str, set[str]] = {}
    toned = {ch for ch, (_, t) in _SPLIT.items() if t}
    # Onsets are consonants and never part of a vowel pair, except the "qu"/"gi" cases below.
    for rhyme in (nucleus + coda for nucleus, codas in _RHYME_CODAS.items() for coda in codas):
        for pos, ch in enumerate(rhyme):
            if ch not in _VOWEL_SET:
                continue
            for tone in range(1, 6):
                word = rhyme[:pos] + _JOIN[(ch, tone)] + rhyme[pos + 1 :]
                if _canonical_lower_word(word) == word:
                    continue
                for a, b in zip(word, word[1:]):
                    if (a in toned and b in _SPLIT) or (b in toned and a in _SPLIT):
                        pairs.setdefault(a, set()).add(b)
    toned_u = "".join(_JOIN[("u", t)] for t in range(1, 6))
    toned_i = "".join(_JOIN[("i", t)] for t in range(1, 6))
    # "qu" and "gi" spell a consonant: tone on their u/i is always misplaced (qủa, gìa).
    pairs.setdefault("q", set()).update(toned_u)
    alternatives = [f"{a}[{''.join(sorted(bs))}]" for a, bs in sorted(pairs.items())]
    alternatives.append(f"g[{toned_i}][{_ALL_VOWELS_LOWER}]")
    # Lower-case only: callers search a lower-cased copy (re.IGNORECASE is ~10x slower here).
    return re.compile("|".join(alternatives))


_FINDER = _candidate_finder()


def _canonicalise(text: str, lowered: str) -> str:
    """Fix tone placement in ``text``; hits are searched in its lower-case copy ``lowered``."""
    pieces: list[str] = []
    done = 0  # text[:done] is already emitted or checked
    n = len(text)
    for match in _FINDER.finditer(lowered):
        start = match.start()
        if start < done:
            continue  # another hit inside a word already handled
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        end = match.end()
        while end < n and text[end].isalpha():
            end += 1
        word = text[start:end]
        fixed = _canonical_word(word)
        if fixed != word:
            pieces.append(text[done:start])
            pieces.append(fixed)
        else:
            pieces.append(text[done:end])
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def canonical_tones(text: str) -> str:
    """Move tone marks to one canonical vowel per syllable (hoà→hòa, qúy→quý); case is kept."""
    text = nfc(text)
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few letters (e.g. "İ") change length when lowered; map them to a neutral letter.
        lowered = "".join(low if len(low) == 1 else "x" for low in map(str.lower, text))
    return _canonicalise(text, lowered)


# --------------------------------------------------------------------------- accent folding


def _build_fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        decomposed = unicodedata.normalize("NFD", chr(code))
        if len(decomposed) > 1 and decomposed[0].isascii() and decomposed[0].isalpha():
            table[code] = decomposed[0]
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    for code in range(0x300, 0x370):  # stray combining marks (NFD input, cp1258 leftovers)
        table[code] = None
    return table


_FOLD = _build_fold_table()


def fold_accents(text: str) -> str:
    """Strip all diacritics, including đ/Đ → d/D (``Đặt vấn đề`` → ``Dat van de``)."""
    return require_text(text).translate(_FOLD)


# --------------------------------------------------------------------------- match forms


def match_form(text: str) -> str:
    """NFC, canonical tones, lower case, whitespace collapsed: the form used for matching."""
    low = nfc(text).lower()
    low = _canonicalise(low, low)
    return " ".join(low.split())


def folded_form(text: str) -> str:
    """``match_form`` without diacritics: for text that may have been typed without accents."""
    return match_form(text).translate(_FOLD)

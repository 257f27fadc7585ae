"""Detect and convert pre-Unicode Vietnamese encodings still found in old reports.

Old .doc files typed with legacy fonts reach us as Unicode text whose characters are the
font's byte values read as Windows-1252/Latin-1:

* TCVN3 / ABC (".VnTime"): one byte per letter, "Mét sè biÖn ph¸p" = "Một số biện pháp".
  Capitals with tone marks have no code: documents used the all-caps ".VnTimeH" font on the
  lower-case codes, so such capitals come back lower case.
* VNI ("VNI-Times"): a base letter followed by mark characters, "Moät soá bieän phaùp".
* Windows-1258: base letters followed by combining tone marks (U+0300, U+0301, U+0303,
  U+0309, U+0323); also seen misread as Windows-1252 ("Môòt sôì" for "Một số").

Detection works per line: a line is converted when decoding turns tokens that are not
Vietnamese syllables into tokens that are, so Unicode Vietnamese (already valid), English
(ASCII, untouched) and French (invalid either way) are left alone, and a TCVN3 body with a
few Unicode lines is converted line by line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from indexing.vietnamese import VIETNAMESE_LETTERS, is_vietnamese_syllable, require_text

__all__ = [
    "Conversion",
    "ENCODINGS",
    "detect_encoding",
    "to_unicode",
    "decode_tcvn3",
    "decode_vni",
    "decode_cp1258_misread",
    "encode_tcvn3",
    "encode_vni",
    "encode_cp1258_decomposed",
    "encode_cp1258_misread",
]

ENCODINGS = ("unicode", "tcvn3", "vni", "cp1258_decomposed")


@dataclass(frozen=True)
class Conversion:
    """Result of ``to_unicode``: the converted text and what was found.

    ``encoding`` is the dominant source encoding; ``encodings`` lists every legacy encoding
    converted somewhere in the text (mixed documents), ``converted_lines`` how many lines.
    """

    text: str
    encoding: str
    changed: bool
    confidence: float
    encodings: tuple[str, ...] = ()
    converted_lines: int = 0
    warnings: tuple[str, ...] = field(default=())


# --------------------------------------------------------------------------- TCVN3 table

# Byte value of each lower-case letter in TCVN 5712 VN3 (the ABC fonts), the same positions
# as in the full TCVN 5712 table.
_TCVN3_LOWER: dict[str, int] = {
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}
# The only capitals VN3 itself encodes.
_TCVN3_UPPER: dict[str, int] = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}
# Capitals at the free positions of the full TCVN 5712 table; a few fonts used them.
_TCVN_EXTRA_UPPER: dict[str, int] = {
    "Ằ": 0xAF, "Ẳ": 0xBA, "Ẵ": 0xBF, "Ắ": 0xC0, "Ầ": 0xC1, "Ẩ": 0xC2, "Ẫ": 0xC3, "Ấ": 0xC4,
    "Ề": 0xC5, "Ễ": 0xD9, "Ế": 0xDA, "Ồ": 0xDB, "Ổ": 0xE0, "Ỗ": 0xF0, "Ố": 0xFF,
}
# Text pasted through a Turkish (Windows-1254) code page shows a few bytes differently
# ("İt" for "ít", "bŞ" for "bị"); these code points mean the same bytes.
_CP1254_SHIFTED: dict[int, str] = {0xD0: "\u011e", 0xDD: "\u0130", 0xDE: "\u015e",
                                   0xF0: "\u011f", 0xFD: "\u0131", 0xFE: "\u015f"}


def _tcvn3_decode_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for letter, byte in {**_TCVN3_LOWER, **_TCVN3_UPPER, **_TCVN_EXTRA_UPPER}.items():
        table[byte] = letter  # the byte read as Latin-1/cp1252 is the code point itself
        if byte in _CP1254_SHIFTED:
            table[ord(_CP1254_SHIFTED[byte])] = letter
    return table


_TCVN3_DECODE = _tcvn3_decode_table()


def decode_tcvn3(text: str) -> str:
    """Decode TCVN3 byte-characters unconditionally (no detection)."""
    return text.translate(_TCVN3_DECODE)


def _tcvn3_encode_table() -> dict[int, str]:
    table = {ord(letter): chr(byte) for letter, byte in {**_TCVN3_LOWER, **_TCVN3_UPPER}.items()}
    for letter, byte in _TCVN3_LOWER.items():
        upper = letter.upper()
        if ord(upper) not in table:
            table[ord(upper)] = chr(byte)  # .VnTimeH convention: capitals use lower-case codes
    return table


_TCVN3_ENCODE = _tcvn3_encode_table()


def encode_tcvn3(text: str) -> str:
    """Unicode → TCVN3 byte-characters, as a .VnTime document shows in modern tools."""
    return unicodedata.normalize("NFC", text).translate(_TCVN3_ENCODE)


# --------------------------------------------------------------------------- VNI table

# VNI-Windows marks (lower-case font forms; capitals use the upper-case Latin-1 letter).
_VNI_TONES = {1: "ø", 2: "û", 3: "õ", 4: "ù", 5: "ï"}  # huyền, hỏi, ngã, sắc, nặng
_VNI_HAT = "â"  # circumflex for a/e/o
_VNI_HAT_TONES = {1: "à", 2: "å", 3: "ã", 4: "á", 5: "ä"}
_VNI_BREVE = "ê"  # breve for a
_VNI_BREVE_TONES = {1: "è", 2: "ú", 3: "ü", 4: "é", 5: "ë"}
# Letters VNI writes as one character.
_VNI_SINGLE = {"đ": "ñ", "ơ": "ô", "ư": "ö", "ĩ": "ó", "ỉ": "æ", "ị": "ò", "ỵ": "î", "ì": "ì", "í": "í"}
_TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def _compose(base: str, tone: int) -> str:
    return unicodedata.normalize("NFC", base + _TONE_MARKS[tone])


def _vni_lower_sequences() -> dict[str, str]:
    """Vietnamese lower-case letter → VNI character sequence."""
    seq: dict[str, str] = dict(_VNI_SINGLE)
    for base in "aeouy":
        for tone, mark in _VNI_TONES.items():
            letter = _compose(base, tone)
            if letter not in seq:
                seq[letter] = base + mark
    for base in "aeo":
        hatted = _compose(base + "\u0302", 0)
        seq[hatted] = base + _VNI_HAT
        for tone, mark in _VNI_HAT_TONES.items():
            seq[_compose(hatted, tone)] = base + mark
    seq["ă"] = "a" + _VNI_BREVE
    for tone, mark in _VNI_BREVE_TONES.items():
        seq[_compose("ă", tone)] = "a" + mark
    for letter, single in (("ơ", "ô"), ("ư", "ö")):
        for tone, mark in _VNI_TONES.items():
            seq[_compose(letter, tone)] = single + mark
    return seq


_VNI_LOWER = _vni_lower_sequences()


def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    encode: dict[str, str] = {}
    decode: dict[str, str] = {}
    for letter, seq in _VNI_LOWER.items():
        upper_letter, upper_seq = letter.upper(), seq.upper()
        encode[letter] = seq
        encode[upper_letter] = upper_seq
        if len(seq) == 1:
            decode[seq] = letter
            decode[upper_seq] = upper_letter
            continue
        # Mark case follows the font (capital letters use capital marks) but mixed pairs occur
        # when one letter was retyped; the base letter decides the case.
        base, mark = seq[0], seq[1]
        decode[base + mark] = decode[base + mark.upper()] = letter
        decode[base.upper() + mark.upper()] = decode[base.upper() + mark] = upper_letter
    return encode, decode


_VNI_ENCODE, _VNI_DECODE = _vni_tables()
_VNI_RE = re.compile(
    "|".join(re.escape(k) for k in sorted(_VNI_DECODE, key=len, reverse=True) if _VNI_DECODE[k] != k)
)


def decode_vni(text: str) -> str:
    """Decode VNI-Windows character sequences unconditionally (no detection)."""
    return _VNI_RE.sub(lambda m: _VNI_DECODE[m.group()], text)


def encode_vni(text: str) -> str:
    """Unicode → VNI-Windows characters, as a VNI-Times document shows in modern tools."""
    nfc_text = unicodedata.normalize("NFC", text)
    return "".join(_VNI_ENCODE.get(ch, ch) for ch in nfc_text)


# --------------------------------------------------------------------------- Windows-1258

_CP1258_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_NFD_ONLY_MARKS = frozenset("\u0302\u0306\u031b")  # full NFD decomposes â/ă/ơ too; cp1258 never does
# cp1258 bytes read as cp1252: the combining marks and the letters cp1258 adds.
_CP1258_MISREAD: dict[int, str] = {
    0xCC: "\u0300", 0xEC: "\u0301", 0xDE: "\u0303", 0xD2: "\u0309", 0xF2: "\u0323",
    0xC3: "Ă", 0xE3: "ă", 0xD0: "Đ", 0xF0: "đ", 0xD5: "Ơ", 0xF5: "ơ", 0xDD: "Ư", 0xFD: "ư",
}


def decode_cp1258_misread(text: str) -> str:
    """Undo Windows-1258 bytes that were read as Windows-1252, then compose (NFC)."""
    return unicodedata.normalize("NFC", text.translate(_CP1258_MISREAD))


def encode_cp1258_decomposed(text: str) -> str:
    """Unicode → the decomposed form Windows-1258 produces (tone marks as combining marks)."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            tone = "".join(c for c in decomposed if c in _CP1258_TONE_MARKS)
            rest = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _CP1258_TONE_MARKS))
            out.append(rest + tone if tone else ch)
    return "".join(out)


def encode_cp1258_misread(text: str) -> str:
    """Unicode → cp1258 bytes read back as cp1252 (what a wrongly declared file shows)."""
    return encode_cp1258_decomposed(text).encode("cp1258", errors="replace").decode("cp1252", errors="replace")


# --------------------------------------------------------------------------- detection

_DECODERS = {
    "tcvn3": decode_tcvn3,
    "vni": decode_vni,
    "cp1258_decomposed": decode_cp1258_misread,
}
# Preference when two decoders explain a line equally well: the more common encoding first.
_ORDER = ("tcvn3", "vni", "cp1258_decomposed")

_LEGACY_CHARS = (
    {chr(c) for c in _TCVN3_DECODE}
    | set("".join(_VNI_DECODE))
    | {chr(c) for c in _CP1258_MISREAD}
) - {chr(c) for c in range(128)}
# Characters that never occur in Unicode Vietnamese: a text without any of them is Unicode.
_SUSPICIOUS_RE = re.compile("[" + re.escape("".join(sorted(_LEGACY_CHARS - VIETNAMESE_LETTERS))) + "]")
_LEGACY_ANY_RE = re.compile("[" + re.escape("".join(sorted(_LEGACY_CHARS))) + "]")
_NATIVE_RE = re.compile("[" + "".join(sorted(ch for ch in VIETNAMESE_LETTERS if ord(ch) > 0xFF)) + "]")
# Characters rare in Unicode Vietnamese and absent from French/German/Spanish words: with them
# a short line (one or two words) may be judged on its own.
_STRONG = {
    "tcvn3": frozenset("¡¢£¤¥¦§¨©ª«¬\u00ad®¯µ¶·¸¹º»¼½¾¿ÆÐÑÖ×ØÞßåæ÷øþ") | frozenset(
        _CP1254_SHIFTED.values()),
    "vni": frozenset("åøÅØ"),
    "cp1258_decomposed": frozenset("Þ"),
}
# Word-like runs: everything except white space, ASCII punctuation/digits and cp1252 punctuation.
_TOKEN_RE = re.compile(r"[^\s!-@\[-`{-~\u2010-\u2027\u2030-\u205e]+")
_ASCII_LETTER_RE = re.compile("[A-Za-z]")
_C1_RE = re.compile("[\u0080-\u009f]")
# cp1258 read as cp1252 shows only Vietnamese-looking letters; its tell is a vowel followed by
# a combining-mark byte (ì ò Ì Ò Þ), e.g. "Môòt sôì".
_CP1258_HINT_RE = re.compile("[AEIOUYaeiouyÂÊÔâêôýõ][ÌìÒòÞ]")
_COMBINING_RE = re.compile("[\u0300-\u036f]")


@lru_cache(maxsize=65536)
def _token_validity(token: str) -> tuple[bool, ...]:
    """Is the token a Vietnamese syllable as is, and after each decoder (in ``_ORDER``)?"""
    return (is_vietnamese_syllable(token),) + tuple(
        is_vietnamese_syllable(_DECODERS[name](token)) for name in _ORDER
    )


@dataclass
class _LineScore:
    tokens: int = 0  # evidence tokens: ≥ 2 chars, an ASCII letter and a non-ASCII char
    as_is: int = 0
    decoded: dict[str, int] = field(default_factory=dict)
    native: bool = False  # has letters only Unicode can spell (ư, ạ, ...)
    strong: set[str] = field(default_factory=set)

    def gain(self, name: str) -> int:
        return self.decoded.get(name, 0) - self.as_is


def _score_line(line: str) -> _LineScore:
    score = _LineScore(decoded={name: 0 for name in _ORDER})
    score.native = _NATIVE_RE.search(line) is not None
    chars = set(line)
    score.strong = {name for name, strong in _STRONG.items() if chars & strong}
    for token in _TOKEN_RE.findall(line):
        if len(token) < 2 or token.isascii() or not _ASCII_LETTER_RE.search(token):
            continue
        if _NATIVE_RE.search(token):
            # Words with letters only Unicode has are never decoded: they count as they are.
            valid = (is_vietnamese_syllable(token),) * (len(_ORDER) + 1)
        else:
            valid = _token_validity(token)
        score.tokens += 1
        score.as_is += valid[0]
        for name, ok in zip(_ORDER, valid[1:]):
            score.decoded[name] += ok
    return score


def _clear_encoding(score: _LineScore) -> str | None:
    """The encoding a line is clearly in on its own evidence, if any."""
    best: str | None = None
    for name in _ORDER:
        gain = score.gain(name)
        decoded = score.decoded[name]
        clear = (gain >= 2 and decoded >= 0.6 * score.tokens) or (
            gain >= 1 and decoded == score.tokens and name in score.strong
        )
        if clear and (best is None or decoded > score.decoded[best]):
            best = name
    return best


@dataclass
class _Plan:
    lines: list[str]
    choice: list[str | None]  # encoding to decode each line with, or None
    document: str | None
    tokens: int
    valid_after: int
    gain: int


def _plan(text: str) -> _Plan:
    lines = text.split("\n")
    choice: list[str | None] = [None] * len(lines)
    scores: list[_LineScore | None] = [None] * len(lines)
    totals = {name: 0 for name in _ORDER}
    clear_any = {name: False for name in _ORDER}
    # First pass: only lines with characters Unicode Vietnamese never uses can carry evidence.
    for i, line in enumerate(lines):
        if not (_SUSPICIOUS_RE.search(line) or _CP1258_HINT_RE.search(line)):
            continue
        score = _score_line(line)
        scores[i] = score
        clear = _clear_encoding(score)
        choice[i] = clear
        if clear:
            clear_any[clear] = True
        for name in _ORDER:
            totals[name] += max(0, score.gain(name))
    document: str | None = None
    for name in _ORDER:
        if (totals[name] >= 3 or clear_any[name]) and (document is None or totals[name] > totals[document]):
            document = name
    if document:
        # Second pass: in a legacy document, lines too short to decide alone follow the
        # document, unless they hold letters only Unicode has or decoding makes them worse.
        for i, line in enumerate(lines):
            if choice[i] is not None or not _LEGACY_ANY_RE.search(line):
                continue
            score = scores[i] or _score_line(line)
            scores[i] = score
            if score.native or score.gain(document) < 0:
                continue
            if score.gain(document) > 0 or _DECODERS[document](line) != line:
                choice[i] = document
    tokens = valid_after = gain = 0
    for line_score, chosen in zip(scores, choice):
        if line_score is not None and chosen:
            tokens += line_score.tokens
            valid_after += line_score.decoded[chosen]
            gain += line_score.gain(chosen)
    return _Plan(lines, choice, document, tokens, valid_after, gain)


_WORD_SPLIT_RE = re.compile(r"(\s+)")


def _decode_line(line: str, name: str) -> str:
    decoder = _decode_tcvn3_cased if name == "tcvn3" else _DECODERS[name]
    if not _NATIVE_RE.search(line):
        return decoder(line)
    return _decode_mixed_line(line, name, decoder)


# Phrase boundaries inside a line: a font switch usually happens at one of these.
_PHRASE_SPLIT_RE = re.compile(r"([:;,()\[\]\"“”]+\s*|\s+-\s+)")


def _token_class(token: str, name: str) -> int:
    """+1 legacy, -1 Unicode, 0 undecided (both readings equally Vietnamese)."""
    if _NATIVE_RE.search(token):
        return -1
    if token.isascii() or len(token) < 2:
        return 0
    as_is = is_vietnamese_syllable(token)
    decoded = is_vietnamese_syllable(_DECODERS[name](token))
    if decoded != as_is:
        return 1 if decoded else -1
    return 1 if set(token) & _STRONG[name] else 0


def _decode_mixed_line(line: str, name: str, decoder: Callable[[str], str]) -> str:
    """A line holding both Unicode words and legacy words: decide phrase by phrase.

    Words readable both ways ("Lê", "mét") follow the other words of their phrase, or the
    majority of the line when their phrase has no decided word.
    """
    pieces = _PHRASE_SPLIT_RE.split(line)
    votes = [sum(_token_class(t, name) for t in _TOKEN_RE.findall(p)) for p in pieces]
    line_vote = sum(votes)
    out: list[str] = []
    for piece, vote in zip(pieces, votes):
        if vote == 0:
            vote = line_vote
        if vote <= 0:
            out.append(piece)
            continue
        words = _WORD_SPLIT_RE.split(piece)
        out.append("".join(w if _NATIVE_RE.search(w) else decoder(w) for w in words))
    return "".join(out)


_TCVN3_UPPER_CODES = frozenset(chr(b) for b in _TCVN3_UPPER.values())
_CASE_CERTAIN_RE = re.compile("[A-Za-z" + "".join(sorted(_TCVN3_UPPER_CODES)) + "]")


def _all_caps(text: str, minimum: int) -> bool:
    certain = _CASE_CERTAIN_RE.findall(text)
    return len(certain) >= minimum and all(c.isupper() or c in _TCVN3_UPPER_CODES for c in certain)


_SENTENCE_START_RE = re.compile(r"([.!?]\s+[\"'“(]?)([" + "".join(sorted(_TCVN3_LOWER)) + "])")
_LINE_START_RE = re.compile(r"^(\s*[\"'“(]?)([" + "".join(sorted(_TCVN3_LOWER)) + "])")
_TONED_LOWER = frozenset(letter for letter in _TCVN3_LOWER if letter not in "ăâêôơưđ")


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(" \"'”)")
    return bool(stripped) and stripped[-1] in ".!?"


def _capitalise_sentences(line: str, opens_sentence: bool) -> str:
    """TCVN3 has no toned capitals, so "ñy ban" at a sentence start decodes to "ủy ban";
    such a letter is a capital in the original (typed in the all-caps font)."""

    def upper(match: re.Match[str]) -> str:
        letter = match.group(2)
        return match.group(1) + (letter.upper() if letter in _TONED_LOWER else letter)

    line = _SENTENCE_START_RE.sub(upper, line)
    return _LINE_START_RE.sub(upper, line, count=1) if opens_sentence else line


def _decode_tcvn3_cased(text: str) -> str:
    """Decode TCVN3 and restore capitals lost to the .VnTimeH convention.

    Toned capitals were typed as lower-case codes in an all-caps font, so "§ÆT VÊN §Ò"
    decodes to "ĐặT VấN Đề". Only ASCII letters and the few capital codes tell the case:
    a line (or word) whose case-telling letters are all capitals is upper-cased.
    """
    decoded = decode_tcvn3(text)
    if _all_caps(text, 3):
        return decoded.upper()
    if not _CASE_CERTAIN_RE.search(text):
        return decoded
    parts = _WORD_SPLIT_RE.split(text)
    out = _WORD_SPLIT_RE.split(decoded)
    if len(parts) != len(out):
        return decoded
    return "".join(d.upper() if _all_caps(p, 2) else d for p, d in zip(parts, out))


def _repair_c1(text: str) -> str:
    """C1 control characters are cp1252 punctuation (“ ” – …) read as Latin-1."""

    def fix(match: re.Match[str]) -> str:
        try:
            return bytes([ord(match.group())]).decode("cp1252")
        except UnicodeDecodeError:
            return match.group()

    return _C1_RE.sub(fix, text)


def _decomposed_kind(text: str) -> str | None:
    marks = set(_COMBINING_RE.findall(text))
    if not marks:
        return None
    if marks & _CP1258_TONE_MARKS and not marks & _NFD_ONLY_MARKS:
        return "cp1258_decomposed"
    return "nfd"


def to_unicode(text: str) -> Conversion:
    """Convert legacy-encoded lines to Unicode (NFC); Unicode text comes back unchanged."""
    require_text(text)
    original = text
    warnings: list[str] = []
    if _C1_RE.search(text):
        text = _repair_c1(text)
    decomposed = _decomposed_kind(text)
    if decomposed:
        text = unicodedata.normalize("NFC", text)
    if not _SUSPICIOUS_RE.search(text) and not _CP1258_HINT_RE.search(text):
        found = ("cp1258_decomposed",) if decomposed == "cp1258_decomposed" else ()
        return Conversion(
            text=text, encoding=found[0] if found else "unicode", changed=text != original,
            confidence=1.0, encodings=found,
        )
    plan = _plan(text)
    counts: dict[str, int] = {}
    out = list(plan.lines)
    for i, name in enumerate(plan.choice):
        if name:
            out[i] = _decode_line(plan.lines[i], name)
            counts[name] = counts.get(name, 0) + 1
            if name == "tcvn3":
                opens_sentence = i == 0 or not out[i - 1].strip() or _ends_sentence(out[i - 1])
                out[i] = _capitalise_sentences(out[i], opens_sentence)
    if decomposed == "cp1258_decomposed":
        counts.setdefault("cp1258_decomposed", 0)
    if not counts:
        return Conversion(text=text, encoding="unicode", changed=text != original,
                          confidence=_unicode_confidence(plan))
    result = "\n".join(out)
    if "cp1258_decomposed" in counts:
        result = unicodedata.normalize("NFC", result)
    encodings = tuple(sorted(counts, key=lambda n: (-counts[n], _ORDER.index(n))))
    if len(encodings) > 1:
        warnings.append("mixed encodings: " + ", ".join(encodings))
    if plan.tokens and plan.valid_after < 0.5 * plan.tokens:
        warnings.append("converted text still has many non-Vietnamese words")
    return Conversion(
        text=result,
        encoding=encodings[0],
        changed=result != original,
        confidence=_legacy_confidence(plan),
        encodings=encodings,
        converted_lines=sum(1 for name in plan.choice if name),
        warnings=tuple(warnings),
    )


def _legacy_confidence(plan: _Plan) -> float:
    if not plan.tokens:
        return 0.9  # only decomposed marks were found: NFC is certain to be right
    validity = plan.valid_after / plan.tokens
    evidence = min(1.0, 0.5 + plan.gain / 10)
    return round(max(0.0, min(1.0, validity * evidence)), 3)


def _unicode_confidence(plan: _Plan) -> float:
    # Doubt grows with the best gain a decoder could have had on the lines it did not convert.
    return 0.99 if plan.document is None else 0.8


def detect_encoding(text: str) -> str:
    """One of ``ENCODINGS``: the dominant encoding of ``text`` (``"unicode"`` if nothing legacy)."""
    return to_unicode(text).encoding

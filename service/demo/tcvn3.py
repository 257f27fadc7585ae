"""Unicode -> TCVN3 (ABC, TCVN 5712:1993 VN3) encoder for synthetic legacy documents.

TCVN3 is a single-byte font encoding; old .doc files typed with .VnTime fonts
show up in modern tools as Latin-1 "byte characters" ("Mét sè biÖn ph¸p").
We produce exactly those characters (one Unicode code point per byte).
VN3 has no codes for capital letters with tone marks: like the converters of
the time, we emit the lowercase code (documents relied on the all-caps .VnTimeH
font to show them as capitals), so decoding yields lowercase for those letters.
"""

from __future__ import annotations

import unicodedata

# Lowercase letters: byte value of each precomposed Vietnamese letter.
_LOWER: dict[str, int] = {
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ă": 0xA8, "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "â": 0xA9, "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "đ": 0xAE,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ê": 0xAA, "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ô": 0xAB, "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ơ": 0xAC, "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ư": 0xAD, "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}

# The only capitals VN3 encodes: the toneless modified letters.
_UPPER: dict[str, int] = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch, code in _LOWER.items():
        table[ord(ch)] = chr(code)
    for ch, code in _UPPER.items():
        table[ord(ch)] = chr(code)
    for ch, code in _LOWER.items():
        up = ch.upper()
        if up != ch and ord(up) not in table:
            # Plain A/E/I/O/U/Y capitals stay ASCII; toned capitals fall back to lowercase codes.
            if unicodedata.decomposition(up):
                table[ord(up)] = chr(code)
    return table


_ENCODE = _build_table()
_DECODE: dict[int, str] = {ord(v): chr(k) for k, v in _ENCODE.items() if chr(k).islower()}
_DECODE.update({code: ch for ch, code in _UPPER.items()})

_VIET_LETTERS = frozenset(_LOWER) | frozenset(c.upper() for c in _LOWER)

# Characters that occur in TCVN3 text but are not Vietnamese letters in Unicode
# (e.g. "¸" for "á", "Ö" for "ệ"): their presence flags legacy-encoded text.
TCVN3_MARKERS: frozenset[str] = frozenset(v for v in _ENCODE.values() if v not in _VIET_LETTERS)


def encode_tcvn3(text: str) -> str:
    """Return `text` as TCVN3 byte-characters (NFC-normalised first)."""
    return unicodedata.normalize("NFC", text).translate(_ENCODE)


def decode_tcvn3(text: str) -> str:
    """Inverse of encode_tcvn3 (toned capitals come back lowercase); used to check round trips."""
    return text.translate(_DECODE)


def tcvn3_bytes(text: str) -> bytes:
    """The actual single-byte representation (what a legacy .txt would hold)."""
    return encode_tcvn3(text).encode("latin-1", errors="replace")

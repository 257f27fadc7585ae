"""The text layer's façade: raw extracted text in, clean NFC display text out.

``prepare`` runs legacy-encoding conversion → NFC → extraction repair. Matching forms,
sentences and sections are re-exported so callers need only this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indexing.cleanup import repair_extraction
from indexing.legacy_encoding import to_unicode
from indexing.sections import Section, split_sections
from indexing.segment import sentences, syllables, words
from indexing.vietnamese import TextInputError, folded_form, match_form, nfc

__all__ = [
    "PreparedText",
    "prepare",
    "TextInputError",
    "match_form",
    "folded_form",
    "sentences",
    "words",
    "syllables",
    "split_sections",
    "Section",
]

# Pages are joined and split again with this separator so that one encoding decision covers
# the whole document; a form feed never survives extraction repair.
_PAGE_SEPARATOR = "\f"


@dataclass
class PreparedText:
    """Clean display text plus what was done to get it."""

    text: str
    conversions: list[str] = field(default_factory=list)  # legacy encodings converted, e.g. ["tcvn3"]
    warnings: list[str] = field(default_factory=list)


def prepare(raw: str, pages: list[str] | None = None) -> PreparedText:
    """Legacy encodings → Unicode, NFC, then repair of PDF/Word extraction damage.

    With ``pages`` (one string per PDF page) the pages are the source: ``raw`` is expected to
    be their concatenation and is not read again.
    """
    if not isinstance(raw, str):
        raise TextInputError("not_text", f"raw must be str, got {type(raw).__name__}")
    if pages is not None and not (isinstance(pages, list) and all(isinstance(p, str) for p in pages)):
        raise TextInputError("bad_pages", "pages must be a list of str")
    warnings: list[str] = []
    if pages:
        joined = _PAGE_SEPARATOR.join(p.replace(_PAGE_SEPARATOR, "\n") for p in pages)
        conversion = to_unicode(joined)
        converted_pages = nfc(conversion.text).split(_PAGE_SEPARATOR)
        text = repair_extraction("", pages=converted_pages)
    else:
        conversion = to_unicode(raw)
        text = repair_extraction(nfc(conversion.text))
    warnings.extend(conversion.warnings)
    if conversion.changed and conversion.encoding != "unicode" and conversion.confidence < 0.6:
        warnings.append(
            f"legacy encoding {conversion.encoding} converted with low confidence ({conversion.confidence:.2f})"
        )
    return PreparedText(text=text, conversions=list(conversion.encodings), warnings=warnings)


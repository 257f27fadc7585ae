"""Tests for indexing.vietnamese: NFC, tone placement, accent folding, match forms."""

from __future__ import annotations

import time
import unicodedata

import pytest

from indexing.vietnamese import (
    TextInputError,
    canonical_tones,
    fold_accents,
    folded_form,
    is_vietnamese_syllable,
    match_form,
    nfc,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_nfc_composes_decomposed_input():
    assert nfc(nfd("Một số biện pháp")) == "Một số biện pháp"
    assert nfc("đã NFC") == "đã NFC"


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("hoà", "hòa"), ("hòa", "hòa"), ("thuỷ", "thủy"), ("thủy", "thủy"),
        ("qúy", "quý"), ("quý", "quý"), ("oà", "òa"), ("uỳ", "ùy"), ("khoẻ", "khỏe"),
        ("cuả", "của"), ("gìa", "già"), ("qủa", "quả"), ("múôn", "muốn"), ("ngòai", "ngoài"),
        ("hòan", "hoàn"), ("hoàn", "hoàn"), ("ngừơi", "người"), ("khủyu", "khuỷu"), ("gíup", "giúp"),
    ],
)
def test_canonical_tones(variant: str, canonical: str):
    assert canonical_tones(variant) == canonical


def test_canonical_tones_keeps_case_and_text_around_words():
    assert canonical_tones("HOÀ BÌNH, Thuỷ chung; Qúy") == "HÒA BÌNH, Thủy chung; Quý"
    assert canonical_tones("Ủy ban nhân dân tỉnh Thanh Hoá.") == "Ủy ban nhân dân tỉnh Thanh Hóa."


def test_canonical_tones_handles_decomposed_input():
    assert canonical_tones(nfd("Thanh Hoá và thuỷ")) == "Thanh Hóa và thủy"


def test_canonical_tones_leaves_non_vietnamese_words_alone():
    text = "café naïve Zoë façade élève Noël"
    assert canonical_tones(text) == text


def test_canonical_tones_is_idempotent_and_matches_underthesea():
    underthesea = pytest.importorskip("underthesea")
    words = (
        "hoà hòa thuỷ thủy khoẻ khỏe qúy quý cuả của gìa già ngòai ngoài hòan hoàn múôn muốn "
        "xoá xóa loã lõa toạ tọa uỷ ủy thuý thúy tuỳ tùy hoạ họa khoá khóa"
    ).split()
    for word in words:
        ours = canonical_tones(word)
        assert canonical_tones(ours) == ours
        assert ours == underthesea.text_normalize(word), word


def test_fold_accents_strips_all_diacritics():
    assert fold_accents("Đặt vấn đề ĐẶT VẤN ĐỀ") == "Dat van de DAT VAN DE"
    assert fold_accents(nfd("Người thầy")) == "Nguoi thay"
    assert fold_accents("plain ascii 123") == "plain ascii 123"


def test_match_form_unifies_spellings():
    assert match_form("  Hoà   Bình\nTHUỶ ") == "hòa bình thủy"
    assert match_form("Thanh Hoá") == match_form("THANH HÓA") == match_form(nfd("thanh hoá"))
    assert match_form("") == ""


def test_folded_form_matches_text_typed_without_accents():
    assert folded_form("Một số BIỆN PHÁP  giúp") == "mot so bien phap giup"
    assert folded_form("mot so bien phap giup") == "mot so bien phap giup"


@pytest.mark.parametrize("word", ["người", "khuỷu", "quyết", "giường", "Mét", "soá", "ngoẹo", "Hoàng", "ĐẶT"])
def test_syllable_validator_accepts(word: str):
    assert is_vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["biÖn", "ph¸p", "phaùp", "élève", "où", "ABC", "strength", "hoàì"])
def test_syllable_validator_rejects(word: str):
    assert not is_vietnamese_syllable(word)


@pytest.mark.parametrize("func", [nfc, canonical_tones, fold_accents, match_form, folded_form])
def test_non_text_input_raises_typed_error(func):
    with pytest.raises(TextInputError) as info:
        func(b"bytes")
    assert info.value.code == "not_text"


def test_match_form_is_fast_enough_for_millions_of_words():
    text = "Giáo dục và đào tạo là quốc sách hàng đầu; người thầy của học sinh khỏe mạnh, Thanh Hoá. " * 10_000
    start = time.perf_counter()
    result = match_form(text)
    elapsed = time.perf_counter() - start
    assert result.startswith("giáo dục và đào tạo là quốc sách hàng đầu; người thầy của học sinh khỏe mạnh, thanh hóa.")
    # ~190k words; about 0.1 s on the project machine, the bound only catches pathologies.
    assert elapsed < 3.0

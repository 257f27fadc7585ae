"""One plain Vietnamese sentence saying what a match is."""

from __future__ import annotations

from indexing.corpus import DocMeta
from indexing.scoring import CandidateScore

LEVEL_LABELS = {"duplicate": "trùng lặp", "suspect": "nghi vấn", "related": "cùng chủ đề"}


def _whose(doc: DocMeta, rels: list[str]) -> str:
    if "same_author" in rels:
        return "của chính tác giả"
    who = f"của {doc.author}" if doc.author else "của người khác"
    if "same_unit" in rels:
        return f"{who} (cùng đơn vị)"
    if doc.unit:
        return f"{who} ({doc.unit})"
    return who


def _how(score: CandidateScore, title_similar: bool) -> str:
    notes: list[str] = []
    if score.identical == "near":
        notes.append("nội dung gần như giống hệt, chỉ khác vài chữ")
    elif score.identical:
        notes.append("nội dung giống hệt từng chữ")
    elif score.solutions is not None:
        if score.solutions >= 0.8:
            notes.append("phần giải pháp gần như giữ nguyên")
        elif score.solutions >= 0.5:
            notes.append("nhiều giải pháp được sử dụng lại")
    if score.specific is not None:
        notes.append("các giải pháp chỉ giống riêng sáng kiến này, không phải những ý chung của cùng chủ đề")
    if score.formulaic:
        notes.append("tên và tóm tắt chỉ gồm những cụm từ thường gặp của chủ đề này")
    if score.common is not None:
        notes.append("các giải pháp là những ý chung của cùng chủ đề, giống nhiều sáng kiến khác như nhau")
    if score.semantic > score.lexical + 0.25:
        notes.append("nội dung được diễn đạt lại bằng lời khác")
    if not title_similar and score.overall >= 0.5:
        notes.append("tên đề tài đã được thay đổi")
    return ", ".join(notes)


def explain(level: str, score: CandidateScore, doc: DocMeta, rels: list[str], title_similar: bool) -> str:
    whose = _whose(doc, rels)
    head = {
        "duplicate": f"Trùng {score.score:.0f}% với sáng kiến năm {doc.year} {whose}",
        "suspect": f"Nghi vấn: giống {score.score:.0f}% với sáng kiến năm {doc.year} {whose}",
        "related": f"Cùng chủ đề với sáng kiến năm {doc.year} {whose} (giống {score.score:.0f}%)",
    }[level]
    how = _how(score, title_similar)
    if level == "related" and not how:
        how = "nội dung và giải pháp khác nhau"
    return f"{head}, {how}." if how else f"{head}."

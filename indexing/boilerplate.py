"""Text shared by thousands of honest reports, which must not make a report look copied.

Two sources: a built-in list (template headings, slogans, legal citations, famous quotes as they
appear in SKKN reports) plus passages reviewers add, and the corpus itself: a sentence whose
fingerprints occur in many initiatives is boilerplate whatever it says.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from indexing.shingles import member_of, text_shingles

# Paraphrased from what recurs across real reports (see docs/reference): not evidence of reuse.
BUILTIN_BOILERPLATE: tuple[str, ...] = (
    "Giáo dục và đào tạo là quốc sách hàng đầu, đầu tư cho giáo dục là đầu tư cho phát triển",
    "đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa",
    "Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương về đổi mới căn bản, toàn diện giáo dục và đào tạo",
    "Chương trình giáo dục phổ thông 2018 ban hành kèm theo Thông tư 32/2018/TT-BGDĐT",
    "lấy học sinh làm trung tâm, phát huy tính tích cực, chủ động, sáng tạo của học sinh",
    "Vì lợi ích mười năm phải trồng cây, vì lợi ích trăm năm phải trồng người",
    "Tiếng nói là thứ của cải vô cùng lâu đời và vô cùng quý báu của dân tộc",
    "Học ở trường, học ở sách vở, học lẫn nhau và học ở nhân dân",
    "Biết mà học không bằng thích mà học, thích mà học không bằng vui mà học",
    "Without grammar very little can be conveyed, without vocabulary nothing can be conveyed",
    "được sự quan tâm của Ban giám hiệu nhà trường, sự ủng hộ của phụ huynh học sinh",
    "đa số học sinh là con em nông thôn, điều kiện kinh tế còn nhiều khó khăn",
    "Kết quả khảo sát đầu năm học",
    "Lí do chọn đề tài. Mục đích nghiên cứu. Đối tượng nghiên cứu. Phương pháp nghiên cứu",
    "Cơ sở lí luận của sáng kiến kinh nghiệm",
    "Thực trạng vấn đề trước khi áp dụng sáng kiến kinh nghiệm",
    "Các giải pháp đã sử dụng để giải quyết vấn đề",
    "Hiệu quả của sáng kiến kinh nghiệm đối với hoạt động giáo dục, với bản thân, đồng nghiệp và nhà trường",
    "Tôi xin cam đoan đây là sáng kiến kinh nghiệm của mình viết, không sao chép nội dung của người khác",
    "Trên đây là một số kinh nghiệm của bản thân, rất mong nhận được sự góp ý của các cấp lãnh đạo và đồng nghiệp",
    "Danh mục các đề tài sáng kiến kinh nghiệm đã được Hội đồng đánh giá xếp loại từ C trở lên",
    "Tình trạng giải pháp đã biết. Nội dung giải pháp đề nghị công nhận là sáng kiến",
    "Đánh giá lợi ích thu được do áp dụng sáng kiến theo ý kiến của tác giả và theo ý kiến của tổ chức, cá nhân",
    "Danh sách những tổ chức, cá nhân đã tham gia áp dụng thử hoặc áp dụng sáng kiến lần đầu",
)


class BoilerplateFilter:
    """Shingles of known boilerplate; a sentence mostly made of them counts for nothing."""

    def __init__(self, texts: Iterable[str] = BUILTIN_BOILERPLATE) -> None:
        self._shingles = np.empty(0, dtype=np.uint64)
        self.add(texts)

    def add(self, texts: Iterable[str]) -> None:
        parts = [text_shingles(t) for t in texts]
        if parts:
            self._shingles = np.unique(np.concatenate([self._shingles, *parts]))

    @property
    def shingles(self) -> np.ndarray:
        return self._shingles

    def coverage(self, shingles: np.ndarray) -> float:
        if not len(shingles) or not len(self._shingles):
            return 0.0
        return float(member_of(shingles, self._shingles).mean())

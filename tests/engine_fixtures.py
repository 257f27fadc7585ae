"""Small hand-written Vietnamese reports for the engine tests.

All of them share the template headings, a slogan, a famous quote and a school-context
paragraph, as honest reports do; they differ in their situation, solutions and results.
"""

from __future__ import annotations

SHARED_OPENING = (
    "Giáo dục và đào tạo là quốc sách hàng đầu, đầu tư cho giáo dục là đầu tư cho phát triển. "
    "Nghị quyết số 29-NQ/TW đã chỉ rõ yêu cầu đổi mới căn bản, toàn diện giáo dục và đào tạo. "
    "Khổng Tử từng nói: biết mà học không bằng thích mà học, thích mà học không bằng vui mà học."
)
SHARED_CONTEXT = (
    "Thuận lợi: nhà trường luôn được sự quan tâm của Ban giám hiệu, sự ủng hộ của phụ huynh học sinh. "
    "Khó khăn: đa số học sinh là con em nông thôn, điều kiện kinh tế còn nhiều khó khăn, "
    "phụ huynh đi làm ăn xa nên ít có thời gian kèm cặp con học ở nhà."
)


def report(reason: str, situation: str, solutions: list[tuple[str, str]], results: str) -> str:
    lines = ["I. ĐẶT VẤN ĐỀ", "1. Lí do chọn đề tài", SHARED_OPENING + " " + reason,
             "II. GIẢI QUYẾT VẤN ĐỀ", "1. Thực trạng", SHARED_CONTEXT + " " + situation,
             "2. Các biện pháp thực hiện"]
    for i, (name, body) in enumerate(solutions, 1):
        lines += [f"Biện pháp {i}: {name}", body]
    lines += ["3. Kết quả đạt được", results, "III. KẾT LUẬN, KIẾN NGHỊ",
              "Trên đây là một số kinh nghiệm của bản thân, rất mong nhận được sự góp ý của các cấp lãnh đạo và đồng nghiệp."]
    return "\n".join(lines)


MATH_SOLUTIONS = [
    ("Tổ chức trò chơi Ai nhanh hơn để ôn bảng nhân",
     "Đầu mỗi tiết Toán, tôi dành năm phút cho trò chơi Ai nhanh hơn. Lớp chia thành bốn đội, mỗi đội cử "
     "một bạn lên bảng nhận thẻ phép nhân do tôi giơ lên và đọc to kết quả. Đội nào trả lời đúng và nhanh "
     "nhất được gắn một ngôi sao vào bảng thi đua của lớp. Cuối tuần, đội có nhiều sao nhất được chọn "
     "bài hát cho cả lớp cùng hát. Nhờ trò chơi, những em vốn rụt rè cũng hăng hái giơ tay và thuộc bảng "
     "nhân nhanh hơn hẳn so với cách học thuộc lòng trước đây."),
    ("Dạy giải toán có lời văn bằng sơ đồ đoạn thẳng",
     "Với mỗi bài toán có lời văn, tôi hướng dẫn học sinh đọc kĩ đề hai lần, gạch chân dữ kiện đã cho bằng "
     "bút chì và khoanh tròn câu hỏi. Sau đó các em vẽ sơ đồ đoạn thẳng biểu diễn các đại lượng, đánh dấu "
     "phần chưa biết bằng dấu chấm hỏi. Khi đã có sơ đồ, các em tự nêu phép tính cần làm và giải thích vì "
     "sao chọn phép tính đó. Tôi yêu cầu mỗi em viết câu lời giải đầy đủ rồi mới ghi phép tính và đáp số."),
    ("Phiếu bài tập phân hóa theo ba mức độ",
     "Tôi thiết kế phiếu bài tập gồm ba phần: phần xanh dành cho bài cơ bản, phần vàng cho bài vận dụng và "
     "phần đỏ cho bài nâng cao. Em nào làm xong phần xanh thì tự chuyển sang phần vàng, không phải chờ cả "
     "lớp. Trong lúc đó tôi ngồi cùng nhóm các em còn chậm để gợi ý từng bước. Phiếu được thu lại sau mỗi "
     "tuần để tôi ghi nhận tiến bộ của từng em vào sổ theo dõi riêng."),
]

MATH_SOURCE = report(
    "Qua nhiều năm dạy lớp 5, tôi nhận thấy các em còn sợ môn Toán, đặc biệt là bảng nhân và toán có lời văn.",
    "Kết quả khảo sát đầu năm học 2020-2021 của lớp 5A cho thấy chỉ 12 trên 30 em đạt điểm khá giỏi môn Toán, "
    "nhiều em chưa thuộc bảng nhân chia và lúng túng khi gặp bài toán có lời văn.",
    MATH_SOLUTIONS,
    "Cuối năm học, 26 trên 30 em đạt điểm khá giỏi, không còn em nào chưa thuộc bảng nhân, các em tự tin "
    "trình bày lời giải trước lớp.",
)

# The same topic and title pattern, honestly written: different solutions.
MATH_HONEST = report(
    "Là giáo viên chủ nhiệm lớp 5, tôi muốn giúp học sinh yêu thích môn Toán và học tập chủ động hơn.",
    "Đầu năm học 2021-2022, lớp 5B có 31 học sinh, 9 em học Toán còn yếu, các em ít tự học ở nhà và thường "
    "quên cách đặt tính chia.",
    [("Thành lập đôi bạn cùng tiến trong giờ luyện tập",
      "Tôi xếp mỗi em học tốt ngồi cạnh một em còn yếu. Trong giờ luyện tập, hai bạn cùng làm một bài, bạn "
      "giỏi giải thích lại cách đặt tính chia cho bạn mình nghe. Mỗi tháng tôi đổi cặp một lần để các em "
      "được học hỏi nhiều bạn khác nhau và không ỷ lại."),
     ("Giao bài tập về nhà qua nhóm Zalo của phụ huynh",
      "Mỗi tối thứ ba và thứ năm, tôi gửi ba bài toán ngắn vào nhóm Zalo của lớp. Phụ huynh chụp ảnh bài "
      "làm của con gửi lại, tôi chấm và nhận xét bằng tin nhắn thoại. Những bài sai nhiều được tôi chữa lại "
      "ngay đầu giờ học hôm sau."),
     ("Đưa bài toán thực tế từ phiên chợ quê vào tiết học",
      "Tôi sưu tầm giá rau, cá, gạo ở chợ xã và lập thành các bài toán mua bán. Học sinh đóng vai người bán "
      "và người mua, tính tiền trả lại bằng tiền giấy mô hình. Các em thấy Toán gắn với cuộc sống của gia "
      "đình mình nên hứng thú hơn hẳn.")],
    "Cuối năm học chỉ còn 2 em chưa đạt yêu cầu, phụ huynh phối hợp tích cực hơn với giáo viên.",
)

LIBRARY = report(
    "Thư viện trường còn ít học sinh đến đọc sách, tôi muốn xây dựng văn hóa đọc cho các em.",
    "Năm học 2021-2022 trung bình mỗi tuần chỉ có 15 lượt học sinh mượn sách, tủ sách lớp học ít được dùng.",
    [("Tổ chức ngày hội đọc sách mỗi tháng",
      "Vào thứ sáu cuối tháng, thư viện bày sách ra sân trường thành các góc theo chủ đề. Học sinh được tự do "
      "chọn sách, đọc tại chỗ và kể lại câu chuyện mình thích cho các bạn nghe để nhận phần thưởng nhỏ."),
     ("Lập câu lạc bộ bạn yêu sách",
      "Câu lạc bộ gồm các em khối 4 và khối 5, họp mỗi tuần một lần để giới thiệu sách mới, viết cảm nhận "
      "ngắn dán lên bảng tin thư viện và giúp cô thủ thư sắp xếp lại giá sách.")],
    "Số lượt mượn sách tăng lên 60 lượt mỗi tuần, nhiều lớp tự quyên góp sách cho tủ sách lớp học.",
)

# The math solutions reworded sentence by sentence: same content, other words.
MATH_SOLUTIONS_PARAPHRASED = [
    ("Sử dụng trò chơi thi đua để học thuộc bảng nhân",
     "Vào đầu giờ Toán, giáo viên dành khoảng năm phút để cả lớp chơi trò Ai nhanh hơn. Học sinh được chia "
     "làm bốn nhóm, mỗi nhóm lần lượt cử một thành viên lên nhận tấm thẻ có phép nhân và nói to đáp số. "
     "Nhóm trả lời chính xác và nhanh nhất sẽ được dán một ngôi sao lên bảng thi đua. Hết tuần, nhóm nhiều "
     "sao nhất được quyền chọn bài hát để cả lớp hát chung. Nhờ vậy các bạn nhút nhát cũng mạnh dạn phát "
     "biểu và ghi nhớ bảng nhân nhanh hơn nhiều so với việc học vẹt như trước."),
    ("Hướng dẫn giải bài toán có lời văn qua sơ đồ",
     "Gặp bài toán có lời văn, giáo viên yêu cầu các em đọc đề hai lượt, dùng bút chì gạch dưới những điều "
     "đã biết và khoanh vào câu hỏi của bài. Tiếp theo học sinh vẽ sơ đồ đoạn thẳng thể hiện các đại lượng, "
     "phần cần tìm được đánh dấu hỏi. Dựa vào sơ đồ, các em tự xác định phép tính và nói rõ lí do lựa chọn. "
     "Mỗi học sinh phải viết câu trả lời hoàn chỉnh trước khi ghi phép tính và kết quả."),
    ("Phiếu học tập chia ba mức",
     "Giáo viên soạn phiếu học tập có ba phần: phần màu xanh gồm bài cơ bản, phần màu vàng là bài vận dụng, "
     "phần màu đỏ là bài nâng cao. Học sinh hoàn thành phần xanh thì tự làm tiếp phần vàng mà không cần đợi "
     "các bạn. Khi ấy giáo viên ngồi với nhóm học chậm để hướng dẫn từng bước một. Cuối tuần phiếu được thu "
     "về để ghi lại sự tiến bộ của mỗi em vào sổ theo dõi."),
]

MATH_TITLE = "Một số biện pháp giúp học sinh lớp 5 học tốt môn Toán"
MATH_SUMMARY = "Trò chơi ôn bảng nhân, sơ đồ đoạn thẳng cho toán có lời văn và phiếu bài tập phân hóa ba mức độ."

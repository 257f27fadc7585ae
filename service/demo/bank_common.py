"""Shared boilerplate for synthetic SKKN reports: people, places, slogans, quotes,
legal citations, school context, survey sentences and per-section sentence pools.

All text here was written for this project. Quotes are either short, old,
public-domain sayings or are restated in our own words (marked "ý" in the text).
Templates use the syntax of ``service.demo.templating``.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- people
FAMILY_NAMES: tuple[str, ...] = (
    "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm",
    "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    "Đinh", "Trịnh", "Đoàn", "Lương", "Mai", "Cao", "Lâm", "Tạ", "Hà", "Chu", "Kiều",
    "Quách", "Tô", "Thái", "Văn", "Lại", "Khuất", "Triệu", "Mạc", "Nông", "Lò",
)
MIDDLE_NAMES_F: tuple[str, ...] = (
    "Thị", "Thị", "Thị", "Thị", "Thị Thu", "Thị Thanh", "Thị Minh", "Thị Ngọc", "Thị Kim",
    "Thị Hồng", "Thị Bích", "Thị Lan", "Ngọc", "Thanh", "Thu", "Minh", "Phương", "Hải",
    "Khánh", "Bảo", "Diệu", "Mỹ", "Quỳnh", "Thùy",
)
MIDDLE_NAMES_M: tuple[str, ...] = (
    "Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thanh", "Ngọc",
    "Tuấn", "Đình", "Trọng", "Mạnh", "Hoàng", "Quốc", "Bá", "Thế", "Khắc", "Tiến", "Duy",
)
GIVEN_NAMES_F: tuple[str, ...] = (
    "Hà", "Hương", "Hoa", "Lan", "Huệ", "Mai", "Thảo", "Trang", "Hằng", "Nga", "Nhung",
    "Phượng", "Yến", "Loan", "Thủy", "Thúy", "Hạnh", "Dung", "Hiền", "Vân", "Oanh", "Ngân",
    "Linh", "Liên", "Tâm", "Xuân", "Huyền", "Quyên", "Giang", "Ly", "Chi", "Nhàn", "Tuyết",
    "Duyên", "Ánh", "Hồng", "Thơm", "Lụa", "Hường", "Sen", "Thanh", "Thư", "Trâm", "Vy",
    "Diệp", "Khuyên", "Lệ", "Mơ", "Nguyệt", "Phương", "Quế", "Sương", "Tươi", "Uyên",
)
GIVEN_NAMES_M: tuple[str, ...] = (
    "Hùng", "Dũng", "Nam", "Long", "Sơn", "Hải", "Tuấn", "Thắng", "Cường", "Bình", "Minh",
    "Phong", "Quân", "Trung", "Hiếu", "Hoàng", "Khoa", "Lâm", "Tùng", "Việt", "Thành",
    "Đạt", "Huy", "Kiên", "Lợi", "Nghĩa", "Phúc", "Quyết", "Sỹ", "Thịnh", "Toàn", "Vinh",
    "Bảo", "Chiến", "Định", "Hưng", "Khánh", "Luân", "Mạnh", "Nhân", "Quang", "Tài",
    "Thuận", "Trường", "Tú", "Văn", "Vũ", "Hậu", "Hiệp", "Đông",
)
# Combinations that would name well-known public figures are rejected.
BLOCKED_NAMES: frozenset[str] = frozenset({
    "Hồ Chí Minh", "Võ Nguyên Giáp", "Phạm Văn Đồng", "Trường Chinh", "Lê Duẩn",
    "Nguyễn Văn Linh", "Đỗ Mười", "Lê Khả Phiêu", "Nông Đức Mạnh", "Nguyễn Phú Trọng",
    "Tô Lâm", "Nguyễn Tấn Dũng", "Nguyễn Xuân Phúc", "Phạm Minh Chính", "Võ Văn Thưởng",
    "Trương Tấn Sang", "Nguyễn Minh Triết", "Trần Đức Lương", "Lê Đức Anh", "Võ Văn Kiệt",
    "Phan Văn Khải", "Nguyễn Thị Kim Ngân", "Vương Đình Huệ", "Trần Thanh Mẫn",
    "Nguyễn Văn Thiệu", "Ngô Đình Diệm", "Nguyễn Kim Sơn", "Phùng Xuân Nhạ",
    "Nguyễn Thiện Nhân", "Phạm Vũ Luận", "Nguyễn Thị Bình", "Lương Cường", "Trần Đại Quang",
    "Nguyễn Văn Cừ", "Lê Hồng Phong", "Nguyễn Thị Minh Khai", "Võ Thị Sáu", "Trần Phú",
    "Nguyễn Văn Trỗi", "Lý Tự Trọng", "Kim Đồng", "Nguyễn Du", "Nguyễn Trãi", "Lê Lợi",
    "Trần Hưng Đạo", "Quang Trung", "Nguyễn Huệ", "Lê Quý Đôn", "Chu Văn An",
})

# --------------------------------------------------------------------------- places
# Two-syllable place names built from common Sino-Vietnamese syllables.
PLACE_FIRST: tuple[str, ...] = (
    "Tân", "Đông", "Tây", "Nam", "Bắc", "Yên", "Xuân", "Hòa", "An", "Phú", "Vĩnh", "Thạch",
    "Quảng", "Hưng", "Minh", "Thanh", "Hoằng", "Thiệu", "Định", "Kim", "Cẩm", "Hải", "Đại",
    "Trung", "Ngọc", "Phúc", "Long", "Mỹ", "Lạc", "Hợp", "Triệu", "Đồng", "Cao", "Sơn", "Tiến",
)
PLACE_SECOND: tuple[str, ...] = (
    "Phong", "Hưng", "Lâm", "Thịnh", "Sơn", "Hòa", "Lộc", "Phú", "Bình", "Thành", "Tiến",
    "Lợi", "Khê", "Thuận", "Xá", "Giang", "Hải", "Lĩnh", "Trường", "Tân", "Đức", "Yên",
    "Quang", "Vinh", "Mỹ", "Hà", "Châu", "Long", "Thủy", "Nguyên", "Phúc", "Đồng", "Minh",
)
PROVINCES: tuple[str, ...] = (
    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Bắc Giang", "Hải Dương", "Ninh Bình", "Quảng Nam",
    "Bình Phước", "Phú Thọ", "Thái Bình", "Nam Định", "Quảng Ngãi", "Lâm Đồng", "Đắk Lắk",
    "Lào Cai", "Tuyên Quang", "Hưng Yên", "Bến Tre", "Đồng Tháp", "Sóc Trăng",
)

# --------------------------------------------------------------------------- slogans and law
# Literal strings (no choices): the query generator recognises them by substring.
SLOGANS: tuple[str, ...] = (
    "Giáo dục và đào tạo là quốc sách hàng đầu, đầu tư cho giáo dục là đầu tư cho phát triển.",
    "Nghị quyết số 29-NQ/TW ngày 04/11/2013 của Hội nghị Trung ương 8 khóa XI đã xác định yêu cầu đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội nhập quốc tế.",
    "Mục tiêu của giáo dục là phát triển toàn diện con người Việt Nam có đạo đức, tri thức, văn hóa, sức khỏe, thẩm mỹ và nghề nghiệp, có phẩm chất, năng lực và ý thức công dân.",
    "Chương trình giáo dục phổ thông 2018 ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 của Bộ Giáo dục và Đào tạo chuyển mạnh từ chỗ chú trọng truyền thụ kiến thức sang phát triển toàn diện phẩm chất và năng lực người học.",
    "Đổi mới phương pháp dạy học theo hướng phát huy tính tích cực, chủ động, sáng tạo của người học là một trong những nhiệm vụ trọng tâm của ngành giáo dục hiện nay.",
    "Phong trào thi đua \"Đổi mới, sáng tạo trong dạy và học\" đã và đang được ngành giáo dục triển khai sâu rộng tới từng nhà trường, từng giáo viên.",
    "Xây dựng trường học thân thiện, học sinh tích cực là nhiệm vụ xuyên suốt của mỗi nhà trường trong giai đoạn hiện nay.",
    "Ngành giáo dục đang đẩy mạnh ứng dụng công nghệ thông tin và chuyển đổi số trong dạy học, quản lý theo tinh thần Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ.",
    "Phát triển nguồn nhân lực, nhất là nguồn nhân lực chất lượng cao, là một trong ba đột phá chiến lược mà Đảng ta đã xác định.",
    "Mỗi thầy cô giáo phải thực sự là một tấm gương đạo đức, tự học và sáng tạo, như cuộc vận động \"Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo\" đã đề ra.",
)
SLOGANS_ADMIN: tuple[str, ...] = (
    "Cải cách hành chính là một trong những nhiệm vụ trọng tâm, xuyên suốt nhằm xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại, tinh gọn, hiệu lực, hiệu quả, phục vụ Nhân dân.",
    "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030 đặt người dân và doanh nghiệp vào vị trí trung tâm của sự phục vụ.",
    "Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 theo Quyết định số 749/QĐ-TTg ngày 03/6/2020 xác định người dân là trung tâm của chuyển đổi số.",
    "Thực hành tiết kiệm, chống lãng phí và công khai, minh bạch tài chính là yêu cầu bắt buộc đối với mọi cơ quan, đơn vị sử dụng ngân sách nhà nước.",
    "Cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính được thực hiện theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.",
    "Công tác văn thư được thực hiện theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ, bảo đảm văn bản được ban hành đúng thể thức, đúng thẩm quyền và kịp thời.",
)
LEGAL_BY_KIND: dict[str, tuple[str, ...]] = {
    "tieu_hoc": (
        "Thông tư số 27/2020/TT-BGDĐT ngày 04/9/2020 quy định đánh giá học sinh tiểu học",
        "Thông tư số 28/2020/TT-BGDĐT ngày 04/9/2020 ban hành Điều lệ trường tiểu học",
        "Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 ban hành Chương trình giáo dục phổ thông",
    ),
    "thcs": (
        "Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 quy định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông",
        "Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 ban hành Điều lệ trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học",
        "Thông tư số 32/2018/TT-BGDĐT ngày 26/12/2018 ban hành Chương trình giáo dục phổ thông",
    ),
    "mam_non": (
        "Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 ban hành Điều lệ trường mầm non",
        "Thông tư số 51/2020/TT-BGDĐT ngày 31/12/2020 sửa đổi, bổ sung một số nội dung của Chương trình giáo dục mầm non",
        "Chương trình giáo dục mầm non ban hành kèm theo Thông tư số 17/2009/TT-BGDĐT của Bộ Giáo dục và Đào tạo",
    ),
    "admin": (
        "Luật Kế toán số 88/2015/QH13",
        "Thông tư số 107/2017/TT-BTC ngày 10/10/2017 hướng dẫn chế độ kế toán hành chính, sự nghiệp",
        "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư",
        "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    ),
}
LEGAL_BY_KIND["thpt"] = LEGAL_BY_KIND["thcs"]
LEGAL_INITIATIVE: tuple[str, ...] = (
    "Nghị định số 13/2012/NĐ-CP ngày 02/3/2012 của Chính phủ ban hành Điều lệ Sáng kiến",
    "Thông tư số 18/2013/TT-BKHCN ngày 01/8/2013 hướng dẫn thi hành một số quy định của Điều lệ Sáng kiến",
    "Luật Thi đua, khen thưởng năm 2022",
)

# --------------------------------------------------------------------------- quotes
# Each: (quote sentence, fields it is typical for; "*" = any field).
QUOTES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Chủ tịch Hồ Chí Minh đã dạy: \"Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người\".", ("*",)),
    ("Bác Hồ từng căn dặn: \"Non sông Việt Nam có trở nên tươi đẹp hay không, dân tộc Việt Nam có bước tới đài vinh quang để sánh vai với các cường quốc năm châu được hay không, chính là nhờ một phần lớn ở công học tập của các em\".", ("*",)),
    ("Khổng Tử có nói: \"Biết mà học không bằng thích mà học, thích mà học không bằng say mà học\".", ("toan", "tieng_viet", "tieng_anh", "tin_hoc", "lich_su_dia_ly", "vat_ly_hoa_hoc")),
    ("Sinh thời, Chủ tịch Hồ Chí Minh khẳng định: \"Tiếng nói là thứ của cải vô cùng lâu đời và vô cùng quý báu của dân tộc\".", ("tieng_viet", "mam_non")),
    ("Bác Hồ đã dạy: \"Trẻ em như búp trên cành, biết ăn ngủ, biết học hành là ngoan\".", ("mam_non", "chu_nhiem")),
    ("Bác Hồ từng nhắc nhở: \"Học ở trường, học ở sách vở, học lẫn nhau và học nhân dân\".", ("thu_vien", "chu_nhiem")),
    ("Lê Quý Đôn từng viết: \"Ngọc không mài không thành đồ vật, người không học không biết rõ đạo\".", ("*",)),
    ("Nhà ngôn ngữ học D. A. Wilkins từng nhận định, đại ý: thiếu ngữ pháp thì người học diễn đạt được rất ít, nhưng thiếu từ vựng thì không diễn đạt được gì.", ("tieng_anh",)),
    ("Cố Thủ tướng Phạm Văn Đồng từng nhấn mạnh, đại ý: nghề dạy học là nghề cao quý nhất trong những nghề cao quý, và người thầy giữ vai trò quyết định chất lượng giáo dục.", ("quan_ly", "chu_nhiem")),
    ("Nhà giáo dục học J. A. Comenius cho rằng, đại ý: cần tìm ra phương pháp để người thầy dạy ít hơn mà người học lại học được nhiều hơn.", ("toan", "tin_hoc", "vat_ly_hoa_hoc", "quan_ly")),
    ("Trong \"Lời kêu gọi toàn dân tập thể dục\" năm 1946, Bác Hồ viết: \"Mỗi một người dân yếu ớt tức là cả nước yếu ớt, mỗi một người dân mạnh khỏe tức là cả nước mạnh khỏe\".", ("the_duc",)),
    ("Bác Hồ đã căn dặn: \"Dân ta phải biết sử ta, cho tường gốc tích nước nhà Việt Nam\".", ("lich_su_dia_ly",)),
    ("M. Gorky từng khuyên, đại ý: hãy yêu sách, vì sách là nguồn kiến thức, chỉ có kiến thức mới là con đường sống.", ("thu_vien", "tieng_viet")),
    ("Chủ tịch Hồ Chí Minh đã dạy: \"Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong\".", ("hanh_chinh", "ke_toan", "quan_ly")),
    ("Bác Hồ từng nói: \"Cần, kiệm, liêm, chính, chí công vô tư\" là những đức tính cần có của người cán bộ.", ("hanh_chinh", "ke_toan")),
    ("Nhà toán học G. Pólya cho rằng, đại ý: giải toán là một nghệ thuật thực hành, giống như bơi lội, chỉ có thể học được bằng cách bắt chước và luyện tập.", ("toan",)),
)

# --------------------------------------------------------------------------- template headings
# Families: "thanhhoa" (1. MỞ ĐẦU ...), "dvd" (Đặt vấn đề / Giải quyết vấn đề / Kết luận), "dieule" (Điều lệ sáng kiến form).
FAMILIES: tuple[str, ...] = ("thanhhoa", "dvd", "dieule")

HEADINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "thanhhoa": {
        "part1": ("1. MỞ ĐẦU",),
        "reason": ("1.1. Lí do chọn đề tài", "1.1. Lý do chọn đề tài"),
        "purpose": ("1.2. Mục đích nghiên cứu",),
        "object": ("1.3. Đối tượng nghiên cứu",),
        "method": ("1.4. Phương pháp nghiên cứu",),
        "new": ("1.5. Những điểm mới của sáng kiến kinh nghiệm", "1.5. Những điểm mới của SKKN"),
        "part2": ("2. NỘI DUNG SÁNG KIẾN KINH NGHIỆM", "2. NỘI DUNG"),
        "theory": ("2.1. Cơ sở lí luận của sáng kiến kinh nghiệm", "2.1. Cơ sở lí luận"),
        "reality": ("2.2. Thực trạng vấn đề trước khi áp dụng sáng kiến kinh nghiệm", "2.2. Thực trạng của vấn đề"),
        "solutions": ("2.3. Các giải pháp đã sử dụng để giải quyết vấn đề", "2.3. Các biện pháp đã thực hiện để giải quyết vấn đề"),
        "results": ("2.4. Hiệu quả của sáng kiến kinh nghiệm đối với hoạt động giáo dục, với bản thân, đồng nghiệp và nhà trường",),
        "part3": ("3. KẾT LUẬN, KIẾN NGHỊ",),
        "conclusion": ("3.1. Kết luận",),
        "proposal": ("3.2. Kiến nghị",),
        "refs": ("TÀI LIỆU THAM KHẢO",),
    },
    "dvd": {
        "part1": ("I. ĐẶT VẤN ĐỀ", "PHẦN I. ĐẶT VẤN ĐỀ", "A. ĐẶT VẤN ĐỀ"),
        "reason": ("1. Lý do chọn đề tài",),
        "purpose": ("2. Mục đích nghiên cứu", "2. Mục đích của đề tài"),
        "object": ("3. Đối tượng và phạm vi nghiên cứu",),
        "method": ("4. Phương pháp nghiên cứu",),
        "part2": ("II. GIẢI QUYẾT VẤN ĐỀ", "PHẦN II. GIẢI QUYẾT VẤN ĐỀ", "B. GIẢI QUYẾT VẤN ĐỀ"),
        "theory": ("1. Cơ sở lý luận",),
        "reality": ("2. Thực trạng", "2. Thực trạng của vấn đề"),
        "solutions": ("3. Các biện pháp thực hiện", "3. Các biện pháp đã tiến hành"),
        "results": ("4. Kết quả đạt được", "4. Hiệu quả của sáng kiến"),
        "part3": ("III. KẾT LUẬN, KIẾN NGHỊ", "PHẦN III. KẾT LUẬN VÀ KIẾN NGHỊ", "C. KẾT LUẬN, KIẾN NGHỊ"),
        "conclusion": ("1. Bài học kinh nghiệm", "1. Kết luận"),
        "proposal": ("2. Kiến nghị, đề xuất", "2. Kiến nghị"),
        "refs": ("TÀI LIỆU THAM KHẢO",),
    },
    "dieule": {
        "cover": ("BÁO CÁO MÔ TẢ SÁNG KIẾN", "BẢN MÔ TẢ SÁNG KIẾN"),
        "name": ("1. Tên sáng kiến",),
        "domain": ("2. Lĩnh vực áp dụng sáng kiến",),
        "firstdate": ("3. Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử",),
        "essence": ("4. Mô tả bản chất của sáng kiến",),
        "known": ("4.1. Tình trạng giải pháp đã biết",),
        "solutions": ("4.2. Nội dung giải pháp đề nghị công nhận là sáng kiến",),
        "applicability": ("4.3. Khả năng áp dụng của giải pháp",),
        "secret": ("5. Những thông tin cần được bảo mật",),
        "conditions": ("6. Các điều kiện cần thiết để áp dụng sáng kiến",),
        "benefit_author": ("7. Đánh giá lợi ích thu được do áp dụng sáng kiến theo ý kiến của tác giả",),
        "benefit_org": ("8. Đánh giá lợi ích thu được do áp dụng sáng kiến theo ý kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu",),
        "firstusers": ("9. Danh sách những tổ chức, cá nhân đã tham gia áp dụng thử hoặc áp dụng sáng kiến lần đầu",),
    },
}
# Solution headings per family ("Biện pháp 1: ..." or "Giải pháp 1: ...").
SOLUTION_LABEL: dict[str, tuple[str, ...]] = {
    "thanhhoa": ("Biện pháp", "Giải pháp"),
    "dvd": ("Biện pháp",),
    "dieule": ("Giải pháp",),
}

# --------------------------------------------------------------------------- title openers
TITLE_OPENERS: tuple[str, ...] = (
    "Một số biện pháp", "Một số biện pháp", "Một số giải pháp", "Một số kinh nghiệm",
    "Kinh nghiệm", "Biện pháp", "Giải pháp",
)

# --------------------------------------------------------------------------- section pools
# {kind}-specific pools; "teach" also serves school management when nothing more specific exists.
REASON_OPEN: tuple[str, ...] = (
    "Trong [những năm gần đây|giai đoạn hiện nay|bối cảnh đổi mới giáo dục hiện nay], [yêu cầu|đòi hỏi] [nâng cao|không ngừng nâng cao] chất lượng {linhvuc} [ngày càng được quan tâm|được đặt ra ngày càng cấp thiết].",
    "Là [một giáo viên|một người] [đã có|với] {tuoinghe} năm [công tác|gắn bó] trong ngành, tôi [luôn trăn trở|luôn suy nghĩ|không khỏi băn khoăn] [về việc|làm sao để] [nâng cao|cải thiện] [hiệu quả|chất lượng] {chude}.",
    "[Thực tế|Qua thực tế] [công tác|giảng dạy] tại {truong_ngan} [cho thấy|cho tôi thấy] {chude} [vẫn còn là|là] [khâu yếu|một nội dung khó|một vấn đề còn nhiều hạn chế] [cần được quan tâm|cần có giải pháp khắc phục].",
    "[Xuất phát từ|Từ] [những lí do trên|thực tế đó|những trăn trở ấy], tôi [đã mạnh dạn|quyết định] [lựa chọn|chọn] [nghiên cứu|thực hiện] đề tài \"{detai}\".",
    "[Năm học {namhoc}|Năm {nam}], tôi được [lãnh đạo đơn vị|cấp trên] phân công làm {nhiemvu_ngan}; [đây là cơ hội để|nhờ đó] tôi [tìm tòi, thử nghiệm|áp dụng và kiểm nghiệm] [những cách làm mới|một số biện pháp mới].",
    "[Có thể nói|Không thể phủ nhận rằng], {chude} [giữ vai trò|có vị trí] [hết sức quan trọng|rất quan trọng|then chốt] [đối với|trong] [sự phát triển|việc hình thành năng lực] của {hs}.",
)
REASON_CLOSE: tuple[str, ...] = (
    "Vì vậy, tôi [chọn|lựa chọn] đề tài \"{detai}\" [làm sáng kiến kinh nghiệm|để nghiên cứu và áp dụng] trong năm học {namhoc}.",
    "[Chính vì thế|Bởi vậy], tôi [mạnh dạn|xin được] [trình bày|chia sẻ] [sáng kiến|kinh nghiệm] \"{detai}\" [để đồng nghiệp tham khảo|mong nhận được sự góp ý của đồng nghiệp].",
    "[Từ những lý do trên|Xuất phát từ thực tiễn đó], tôi đã [nghiên cứu và áp dụng|xây dựng và thực hiện] đề tài \"{detai}\".",
)
PURPOSE: tuple[str, ...] = (
    "[Nghiên cứu|Đề tài nhằm] [tìm ra|đề xuất] [một số|những] biện pháp [thiết thực|phù hợp|hiệu quả] [nhằm|để] [nâng cao|cải thiện] [chất lượng|hiệu quả] {chude} [cho {hs} {lop}|tại {truong_ngan}].",
    "Giúp [bản thân|giáo viên|đồng nghiệp] có thêm [kinh nghiệm|cách làm] trong {chude}, [góp phần|từng bước] [nâng cao|cải thiện] chất lượng [giáo dục|công việc] của [nhà trường|đơn vị].",
    "[Tạo hứng thú|Khơi dậy sự hứng thú] và [tính chủ động|sự tự tin] cho {hs} [khi tham gia|trong quá trình thực hiện] {chude}.",
    "[Đánh giá|Kiểm nghiệm] [hiệu quả|kết quả] của các biện pháp [qua|sau] [một năm học|thời gian] áp dụng [thực tế|tại đơn vị], từ đó [rút ra|đúc rút] bài học kinh nghiệm.",
)
OBJECT: tuple[str, ...] = (
    "Đối tượng nghiên cứu: [các biện pháp|một số giải pháp] [nâng cao|cải thiện] [hiệu quả|chất lượng] {chude}.",
    "[Đối tượng khảo sát|Phạm vi áp dụng]: {siso} {hs} {lopcn} [của|tại] {truong_ngan}, năm học {namhoc}.",
    "Phạm vi nghiên cứu: [{hs} {lop}|{lopcn}] [trong|ở] {truong_ngan}, [thời gian từ tháng 9 năm {nam0} đến tháng {thang_kt} năm {nam}|trong năm học {namhoc}].",
)
METHODS: tuple[str, ...] = (
    "Phương pháp nghiên cứu [xây dựng cơ sở lí thuyết|lí luận]: [đọc|nghiên cứu] [tài liệu|sách giáo khoa, sách giáo viên] và các văn bản [chỉ đạo|hướng dẫn] [có liên quan|của ngành].",
    "Phương pháp [điều tra, khảo sát thực tế|khảo sát, thống kê]: [khảo sát|kiểm tra] [chất lượng|thực trạng] [đầu năm|trước khi áp dụng] để [có cơ sở so sánh|đánh giá thực trạng].",
    "Phương pháp quan sát: [theo dõi|quan sát] {hs} trong [các giờ học|quá trình hoạt động|thực tế công việc] để [kịp thời điều chỉnh|điều chỉnh cách làm].",
    "Phương pháp [thực nghiệm|thực nghiệm sư phạm]: [áp dụng|vận dụng] các biện pháp vào [thực tế|{lopcn}] và [so sánh kết quả|đối chiếu kết quả] [trước và sau|đầu năm và cuối năm].",
    "Phương pháp [trao đổi, đàm thoại|trò chuyện, phỏng vấn]: [trao đổi|trò chuyện] với [đồng nghiệp|phụ huynh|{hs}] để [thu thập thông tin|tìm hiểu nguyên nhân].",
    "Phương pháp [thống kê, xử lí số liệu|tổng hợp, thống kê]: [tổng hợp|xử lí] [kết quả|số liệu] [khảo sát|kiểm tra] để [rút ra kết luận|đánh giá hiệu quả].",
)
NEW_POINTS: tuple[str, ...] = (
    "Điểm mới của sáng kiến là [hệ thống hóa|kết hợp] các biện pháp thành [một quy trình|các bước] [rõ ràng|cụ thể], [dễ áp dụng|phù hợp với điều kiện thực tế] của [nhà trường|địa phương].",
    "Sáng kiến [chú trọng|nhấn mạnh] [vai trò chủ động|sự tham gia tích cực] của {hs}, [gắn|kết hợp] {chude} với [thực tiễn cuộc sống|hoạt động trải nghiệm].",
    "[Lần đầu tiên|Năm học này], [tôi|đơn vị] [ứng dụng|đưa] [công nghệ thông tin|các công cụ số] [một cách có hệ thống|đồng bộ] vào {chude}.",
)
THEORY_GENERIC: tuple[str, ...] = (
    "Theo {phaply}, {chude} [cần|phải] [được thực hiện|được tổ chức] [linh hoạt|phù hợp với đặc điểm của {hs}].",
    "[Về mặt tâm lí|Xét về đặc điểm tâm sinh lí], {hs} {lop} [đang trong giai đoạn|có đặc điểm] [tư duy cụ thể chiếm ưu thế|ham hiểu biết nhưng nhanh chán], [vì vậy|do đó] [cần|rất cần] [những hoạt động|các hình thức] [sinh động, hấp dẫn|gần gũi, trực quan].",
    "[Dạy học|Giáo dục] [phát triển phẩm chất, năng lực|theo định hướng phát triển năng lực] [đòi hỏi|yêu cầu] [người dạy|giáo viên] [đóng vai trò|là người] [tổ chức, hướng dẫn|định hướng, hỗ trợ], còn {hs} [là trung tâm|chủ động chiếm lĩnh kiến thức].",
    "[Như vậy|Có thể thấy], {chude} [không chỉ|không đơn thuần] [giúp|giúp cho] {hs} [nắm vững kiến thức|hoàn thành nhiệm vụ] mà còn [góp phần|góp phần quan trọng] [hình thành|rèn luyện] [kĩ năng|phẩm chất] [cần thiết|cho cuộc sống].",
)
THEORY_ADMIN: tuple[str, ...] = (
    "Theo {phaply}, [các cơ quan, đơn vị|đơn vị] [có trách nhiệm|phải] [bảo đảm|chú trọng] {chude} [đúng quy định|chặt chẽ, công khai, minh bạch].",
    "{chude} [là|được xem là] [một khâu|một nhiệm vụ] [quan trọng|thường xuyên] [trong hoạt động|của] [cơ quan|đơn vị], [ảnh hưởng trực tiếp đến|quyết định] [hiệu quả|chất lượng] [công việc chung|phục vụ].",
    "[Trong bối cảnh|Với yêu cầu] chuyển đổi số [hiện nay|đang được đẩy mạnh], {chude} [cần|đòi hỏi] [phải|] [thay đổi|đổi mới] [cách làm|phương thức] [truyền thống|thủ công].",
)

# School context: "Thuận lợi ... Khó khăn ..." paragraphs.
ADVANTAGES: tuple[str, ...] = (
    "[Được sự quan tâm|Luôn nhận được sự quan tâm], [chỉ đạo sát sao|chỉ đạo kịp thời] của Ban giám hiệu [nhà trường|] và [sự hỗ trợ|sự giúp đỡ] của [tổ chuyên môn|đồng nghiệp].",
    "[Cơ sở vật chất|Trang thiết bị dạy học] của nhà trường [tương đối đầy đủ|từng bước được đầu tư], [các phòng học|lớp học] [có|được trang bị] [ti vi, máy chiếu|ti vi thông minh] [phục vụ dạy học|].",
    "[Phần lớn|Đa số] phụ huynh [quan tâm|đã quan tâm] đến [việc học tập|sự tiến bộ] của con em [mình|] và [phối hợp|sẵn sàng phối hợp] với [giáo viên|nhà trường].",
    "Đội ngũ [giáo viên|cán bộ, giáo viên] [nhiệt tình|có tinh thần trách nhiệm], [đoàn kết|yêu nghề], [đạt chuẩn và trên chuẩn|có trình độ chuyên môn vững vàng].",
    "Bản thân tôi [được đào tạo|có trình độ] [chính quy|đại học], [có|đã có] {tuoinghe} năm kinh nghiệm [và luôn|, luôn] [tích cực học hỏi|tìm tòi, đổi mới phương pháp].",
    "{hs} [ngoan, lễ phép|hồn nhiên, ngoan ngoãn], [phần lớn|đa số] [có ý thức học tập|thích tham gia các hoạt động] [tốt|].",
)
DIFFICULTIES: tuple[str, ...] = (
    "[Đa số|Phần lớn] {hs} là con em [nông thôn|gia đình làm nông nghiệp|công nhân, lao động tự do], [điều kiện kinh tế|hoàn cảnh kinh tế] [còn nhiều khó khăn|chưa cao].",
    "[Một số|Không ít] phụ huynh [đi làm ăn xa|bận rộn mưu sinh], [gửi con cho ông bà|ít có thời gian] [nên chưa quan tâm đúng mức|nên việc phối hợp còn hạn chế].",
    "[Trình độ|Khả năng tiếp thu] của {hs} [không đồng đều|còn chênh lệch], [một số em|vẫn còn] [tiếp thu chậm|chưa tập trung], [ngại|rụt rè khi] [phát biểu|giao tiếp].",
    "[Thời lượng|Thời gian] [dành cho|của] {chude} [trong chương trình|còn ít], [trong khi đó|mà] [yêu cầu|nội dung] [ngày càng cao|khá nhiều].",
    "[Tài liệu tham khảo|Đồ dùng, thiết bị] [phục vụ|dành cho] {chude} [còn thiếu|chưa đầy đủ], [giáo viên phải|tôi phải] [tự làm|tự sưu tầm] [nhiều|phần lớn].",
    "[Một số|Một bộ phận] {hs} [còn|vẫn còn] [thiếu tự tin|thụ động], [chưa có|chưa hình thành] [thói quen|phương pháp] [tự học|học tập phù hợp].",
    "Điểm trường [xa trung tâm|nằm ở vùng ven], [đường đi lại|giao thông] [còn khó khăn|chưa thuận tiện], [nhất là vào mùa mưa|].",
)
ADMIN_ADVANTAGES: tuple[str, ...] = (
    "[Được sự quan tâm|Luôn nhận được sự quan tâm], [lãnh đạo|chỉ đạo] [sát sao|thường xuyên] của [Thường trực Đảng ủy, UBND|lãnh đạo cơ quan|Ban giám hiệu] [và sự phối hợp của các bộ phận|].",
    "[Cơ quan|Đơn vị] [đã được trang bị|có] [máy tính, máy in|hệ thống máy tính kết nối mạng] và [phần mềm|các phần mềm chuyên dụng] [phục vụ công việc|cơ bản].",
    "Đội ngũ [cán bộ, công chức|cán bộ, nhân viên] [trẻ, nhiệt tình|có tinh thần trách nhiệm], [được đào tạo đúng chuyên môn|phần lớn có trình độ đại học].",
)
ADMIN_DIFFICULTIES: tuple[str, ...] = (
    "[Khối lượng công việc|Số lượng hồ sơ] [lớn|ngày càng tăng] trong khi [biên chế|nhân sự] [còn mỏng|có hạn], [một người phải kiêm nhiệm nhiều việc|áp lực công việc lớn].",
    "[Một bộ phận|Không ít] [người dân|cán bộ, viên chức] [chưa quen|còn ngại] [sử dụng|thao tác trên] [dịch vụ công trực tuyến|phần mềm], [nhất là người cao tuổi|].",
    "[Văn bản|Quy định] [thường xuyên thay đổi|được sửa đổi, bổ sung liên tục], [việc cập nhật|việc nắm bắt] [chưa kịp thời|còn chậm].",
    "[Hồ sơ, tài liệu|Chứng từ, sổ sách] [còn lưu trữ thủ công|chủ yếu lưu bằng giấy], [khó|mất nhiều thời gian khi] [tra cứu|tìm kiếm] [khi cần|].",
)

# Survey tables: caption templates and level labels.
SURVEY_CAPTION: tuple[str, ...] = (
    "Kết quả khảo sát đầu năm học {namhoc} ({lopcn}, {siso} {hs}):",
    "Bảng 1. Kết quả khảo sát thực trạng trước khi áp dụng sáng kiến ({siso} {hs}):",
    "Kết quả khảo sát [chất lượng|thực trạng] đầu năm [như sau|cụ thể như sau] (tổng số {siso} {hs}):",
)
SURVEY_CAPTION_END: tuple[str, ...] = (
    "Kết quả khảo sát cuối năm học {namhoc}:",
    "Bảng 2. Kết quả sau khi áp dụng sáng kiến:",
    "Kết quả [khảo sát|kiểm tra] cuối [học kì II|năm] [như sau|cụ thể như sau]:",
)
SURVEY_LEVELS: tuple[tuple[str, ...], ...] = (
    ("Hoàn thành tốt", "Hoàn thành", "Chưa hoàn thành"),
    ("Giỏi", "Khá", "Trung bình", "Yếu"),
    ("Tốt", "Khá", "Đạt", "Chưa đạt"),
    ("Hứng thú", "Bình thường", "Chưa hứng thú"),
    ("Thành thạo", "Biết làm nhưng chậm", "Chưa làm được"),
)
SURVEY_LEVELS_ADMIN: tuple[tuple[str, ...], ...] = (
    ("Đúng hạn", "Trễ hạn dưới 3 ngày", "Trễ hạn trên 3 ngày"),
    ("Hài lòng", "Bình thường", "Chưa hài lòng"),
)
SURVEY_COMMENT: tuple[str, ...] = (
    "[Qua khảo sát|Nhìn vào bảng trên], tôi nhận thấy [tỉ lệ|số] {hs} [đạt mức tốt|hoàn thành tốt] còn [thấp|khiêm tốn], [số|tỉ lệ] {hs} [chưa đạt|ở mức chưa hoàn thành] còn [khá cao|nhiều].",
    "[Kết quả|Số liệu] trên [cho thấy|là cơ sở để tôi thấy rằng] [cần phải|rất cần] [có|tìm ra] [biện pháp|giải pháp] [phù hợp|kịp thời] [để khắc phục|nhằm cải thiện] [tình trạng này|thực trạng trên].",
    "[Từ thực trạng trên|Trước thực tế đó], tôi [đã|] [tìm hiểu nguyên nhân|phân tích nguyên nhân] và [mạnh dạn áp dụng|xây dựng] [các biện pháp|một số giải pháp] [sau|dưới đây].",
)
RESULT_SENTENCES: tuple[str, ...] = (
    "Sau [một năm học|một thời gian] [áp dụng|thực hiện] [các biện pháp trên|sáng kiến], [chất lượng|kết quả] {chude} [đã có chuyển biến rõ rệt|được nâng lên rõ rệt].",
    "{hs} [hứng thú hơn|tự tin hơn|chủ động hơn] [trong giờ học|khi tham gia hoạt động], [không khí lớp học|giờ học] [sôi nổi|nhẹ nhàng], [hiệu quả|] hơn hẳn.",
    "[Tỉ lệ|Số] {hs} [đạt mức tốt|hoàn thành tốt] tăng từ {pct_lo}% lên {pct_hi}%, [không còn|chỉ còn rất ít] {hs} [chưa hoàn thành|chưa đạt yêu cầu].",
    "Sáng kiến [được|đã được] [tổ chuyên môn|đồng nghiệp trong trường] [đánh giá cao|ghi nhận] và [áp dụng|nhân rộng] [tại các lớp khác|trong các khối lớp].",
    "[Về phía bản thân|Đối với bản thân], tôi [tích lũy thêm|có thêm] [kinh nghiệm|kiến thức] [và tự tin hơn|, vững vàng hơn] trong [công tác|giảng dạy].",
    "[Phụ huynh|Cha mẹ {hs}] [phấn khởi|tin tưởng], [phối hợp|đồng hành] [chặt chẽ hơn|tích cực hơn] với [giáo viên|nhà trường].",
)
RESULT_ADMIN: tuple[str, ...] = (
    "Sau [khi áp dụng|một năm thực hiện], [thời gian|thời gian trung bình] [xử lý|giải quyết] [một hồ sơ|công việc] [giảm từ {n_a} ngày xuống còn {n_b} ngày|rút ngắn đáng kể].",
    "[Tỉ lệ|Số] [hồ sơ|công việc] [giải quyết đúng hạn|hoàn thành đúng hạn] đạt {pct_hi}%, [không có|không còn] [hồ sơ trễ hạn|sai sót phải điều chỉnh].",
    "[Lãnh đạo cơ quan|Lãnh đạo đơn vị] [đánh giá cao|ghi nhận] [hiệu quả|tính thiết thực] của [giải pháp|sáng kiến] và [chỉ đạo|cho phép] [nhân rộng|áp dụng] [tại các bộ phận khác|trong toàn đơn vị].",
    "[Mức độ hài lòng|Sự hài lòng] của [người dân|cán bộ, viên chức] [tăng lên rõ rệt|được nâng lên], [đạt|đạt khoảng] {pct_hi}% [ý kiến hài lòng|].",
)
CONCLUSION: tuple[str, ...] = (
    "[Qua|Sau] [quá trình|thời gian] [nghiên cứu và áp dụng|thực hiện] đề tài, tôi rút ra [một số|những] bài học kinh nghiệm [sau|như sau].",
    "[Người thực hiện|Giáo viên|Người cán bộ] phải [thực sự|luôn] [tâm huyết|yêu nghề], [kiên trì|nhẫn nại], [không ngừng học hỏi|luôn tìm tòi, đổi mới] [để|nhằm] [tìm ra|lựa chọn] [cách làm|phương pháp] phù hợp.",
    "[Cần|Phải] [nắm vững|tìm hiểu kĩ] [đặc điểm|tình hình thực tế] [của {hs}|của đơn vị] để [lựa chọn|áp dụng] [biện pháp|giải pháp] [phù hợp|linh hoạt, sáng tạo].",
    "[Cần|Phải] [phối hợp chặt chẽ|kết hợp hài hòa] [với phụ huynh|giữa các lực lượng|giữa các bộ phận] [và|cũng như] [thường xuyên|kịp thời] [kiểm tra, đánh giá|rút kinh nghiệm].",
    "[Các biện pháp|Những giải pháp] [nêu trên|trong sáng kiến] [không tách rời|có mối quan hệ chặt chẽ] [mà|và] [cần được|phải được] [thực hiện đồng bộ|kết hợp linh hoạt].",
)
PROPOSALS: tuple[str, ...] = (
    "Đối với nhà trường: [tiếp tục|cần] [quan tâm|đầu tư] [cơ sở vật chất|trang thiết bị], [tạo điều kiện|tổ chức] [cho giáo viên|] [tham gia|dự] [các chuyên đề|sinh hoạt chuyên môn] [liên quan đến {chude}|].",
    "Đối với Phòng Giáo dục và Đào tạo: [tổ chức|thường xuyên tổ chức] [các chuyên đề|hội thảo] [để|nhằm] [giáo viên|các đơn vị] [được|có dịp] [giao lưu, học hỏi|chia sẻ kinh nghiệm].",
    "Đối với phụ huynh: [quan tâm|dành thời gian quan tâm] [hơn nữa|] đến [việc học|sự phát triển] của con, [phối hợp|giữ liên lạc thường xuyên] với [giáo viên|nhà trường].",
    "Đối với [cấp trên|cơ quan cấp trên]: [bổ sung|hỗ trợ] [kinh phí|trang thiết bị] và [tập huấn|bồi dưỡng] [kĩ năng|nghiệp vụ] [cho đội ngũ|cho cán bộ phụ trách].",
)
CLOSING: tuple[str, ...] = (
    "Trên đây là [một số|những] [kinh nghiệm|biện pháp] [nhỏ|] mà tôi đã [áp dụng|thực hiện] [trong năm học {namhoc}|tại đơn vị]. [Rất mong nhận được|Kính mong nhận được] [sự góp ý|ý kiến đóng góp] của [Hội đồng khoa học|các cấp lãnh đạo và đồng nghiệp] để [sáng kiến|đề tài] được hoàn thiện hơn.",
    "Tôi xin cam đoan đây là sáng kiến [kinh nghiệm|] của [bản thân|mình] viết, không sao chép nội dung của người khác.",
)
REFERENCES: tuple[str, ...] = (
    "Chương trình giáo dục phổ thông 2018 (Bộ Giáo dục và Đào tạo).",
    "Sách giáo khoa, sách giáo viên {mon} {lop} [bộ Kết nối tri thức với cuộc sống|bộ Chân trời sáng tạo|bộ Cánh Diều].",
    "Tài liệu bồi dưỡng thường xuyên [cho giáo viên|] [các năm học gần đây|theo module].",
    "Tạp chí Giáo dục [và một số bài viết trên các trang thông tin của ngành|, các số ra gần đây].",
    "Các văn bản hướng dẫn thực hiện nhiệm vụ năm học của [Sở|Phòng] Giáo dục và Đào tạo.",
)

# Generic sentences sprinkled into solutions (how the teacher carried it out).
IMPLEMENT_GENERIC: tuple[str, ...] = (
    "[Trong quá trình thực hiện|Khi triển khai], tôi [luôn|thường xuyên] [quan sát|theo dõi] [từng em|{hs}] để [kịp thời|] [động viên|điều chỉnh] [những em còn lúng túng|khi cần thiết].",
    "[Ban đầu|Lúc đầu] {hs} [còn bỡ ngỡ|chưa quen], nhưng [sau|chỉ sau] {tuan} tuần [các em|] đã [thực hiện thành thạo|hào hứng tham gia].",
    "[Để biện pháp đạt hiệu quả|Để làm tốt việc này], [giáo viên|tôi] [cần|phải] [chuẩn bị chu đáo|chuẩn bị kĩ] [nội dung|kế hoạch] và [dự kiến|lường trước] [các tình huống|những khó khăn] [có thể xảy ra|].",
    "[Tôi|Giáo viên] [kịp thời|luôn] [khen ngợi|tuyên dương] [những tiến bộ|sự cố gắng] [dù nhỏ|] của {hs} [để|nhằm] [tạo động lực|khích lệ các em].",
    "[Cuối mỗi tuần|Sau mỗi chủ đề], tôi [dành thời gian|tổ chức] [nhận xét|rút kinh nghiệm] [và ghi chép|, ghi lại] [những điều chỉnh cần thiết|vào sổ theo dõi].",
    "[Biện pháp này|Cách làm này] [không tốn nhiều thời gian|dễ thực hiện] nhưng [mang lại hiệu quả|hiệu quả] [rõ rệt|khá rõ].",
    "[Với những em|Đối với các em] [tiếp thu chậm|còn rụt rè], tôi [dành thêm thời gian|gần gũi, hướng dẫn riêng] [ngoài giờ|trong giờ ra chơi] [để|giúp] các em [theo kịp|tự tin hơn].",
    "[Tôi cũng|Ngoài ra, tôi] [trao đổi|chia sẻ] với [phụ huynh|cha mẹ {hs}] qua [nhóm Zalo của lớp|sổ liên lạc điện tử] để [phối hợp|cùng] [nhắc nhở|hỗ trợ] [các em|con] ở nhà.",
)
IMPLEMENT_ADMIN: tuple[str, ...] = (
    "[Trong quá trình triển khai|Khi áp dụng], tôi [thường xuyên|] [báo cáo|xin ý kiến] [lãnh đạo|thủ trưởng đơn vị] để [kịp thời điều chỉnh|thống nhất cách làm].",
    "[Ban đầu|Thời gian đầu] [một số đồng nghiệp|các bộ phận] [còn lúng túng|chưa quen], nhưng [sau|chỉ sau] {tuan} tuần [đã|mọi người đã] [thực hiện thành thạo|quen với quy trình mới].",
    "[Giải pháp này|Cách làm này] [không phát sinh|hầu như không phát sinh] [kinh phí|chi phí] [mà vẫn|nhưng] [bảo đảm|đảm bảo] [đúng quy định|hiệu quả].",
    "[Tôi|Bộ phận] [lập|xây dựng] [sổ theo dõi|bảng theo dõi] [để|nhằm] [kiểm soát|nắm được] [tiến độ|tình hình thực hiện] [hằng tuần|từng tháng].",
)

# --------------------------------------------------------------------------- admin-kind section pools
PURPOSE_ADMIN: tuple[str, ...] = (
    "[Đề xuất|Tìm ra] [những|một số] giải pháp [thiết thực|khả thi] [nhằm|để] [nâng cao|cải thiện] [hiệu quả|chất lượng] {chude} [tại|ở] {truong_ngan}.",
    "[Rút ngắn|Giảm] thời gian [xử lí|giải quyết] công việc, [hạn chế|giảm thiểu] sai sót và [tăng|nâng cao] [sự hài lòng|mức độ hài lòng] của {hs}.",
    "[Góp phần|Từng bước] [thực hiện|đẩy mạnh] [cải cách hành chính|chuyển đổi số] [tại đơn vị|ở cơ sở] [theo đúng|bám sát] [chủ trương|chỉ đạo] của cấp trên.",
)
OBJECT_ADMIN: tuple[str, ...] = (
    "Đối tượng nghiên cứu: [các giải pháp|một số giải pháp] [nâng cao|cải tiến] {chude}.",
    "Phạm vi [áp dụng|nghiên cứu]: [tại|trong] {truong_ngan}, [từ tháng 01 đến tháng 12 năm {nam}|trong năm {nam}], [với|gồm] {siso} [hồ sơ, chứng từ|hồ sơ, văn bản] [phát sinh|được xử lí].",
)
METHODS_ADMIN: tuple[str, ...] = (
    "Phương pháp nghiên cứu văn bản: [nghiên cứu|tìm hiểu] [các văn bản pháp luật|các quy định] [liên quan đến|về] {chude}.",
    "Phương pháp [khảo sát, thống kê|thống kê, so sánh]: [thống kê|tổng hợp] [số liệu|kết quả] [trước và sau khi|trước, sau khi] áp dụng giải pháp.",
    "Phương pháp [trao đổi, phỏng vấn|lấy ý kiến]: [trao đổi|lấy ý kiến] [với|của] [đồng nghiệp|lãnh đạo|người dân] [về|đối với] [cách làm|hiệu quả công việc].",
    "Phương pháp [thực nghiệm|áp dụng thử]: [áp dụng|triển khai] [giải pháp|cách làm mới] [vào|trong] [thực tế công việc|công việc hằng ngày] và [đánh giá|so sánh] kết quả.",
)
SURVEY_CAPTION_ADMIN: tuple[str, ...] = (
    "Kết quả khảo sát [trước khi áp dụng|năm {nam0}] ({siso} hồ sơ):",
    "Bảng 1. Tình hình [giải quyết hồ sơ|xử lí công việc] trước khi áp dụng sáng kiến:",
)
SURVEY_CAPTION_END_ADMIN: tuple[str, ...] = (
    "Kết quả khảo sát sau khi áp dụng (năm {nam}):",
    "Bảng 2. Tình hình [giải quyết hồ sơ|xử lí công việc] sau khi áp dụng sáng kiến:",
)
SURVEY_COMMENT_ADMIN: tuple[str, ...] = (
    "[Số liệu trên|Qua bảng trên] cho thấy [tỉ lệ|số] [hồ sơ|công việc] [trễ hạn|chưa đạt yêu cầu] [còn|vẫn còn] [cao|đáng kể], [ảnh hưởng đến|làm giảm] [sự hài lòng|uy tín] [của đơn vị|].",
    "[Từ thực trạng trên|Trước thực tế đó], tôi [đã|] [nghiên cứu|tìm tòi] và [đề xuất|áp dụng] [các giải pháp|một số giải pháp] [sau|dưới đây].",
)
PROPOSALS_ADMIN: tuple[str, ...] = (
    "Đối với cấp trên: [quan tâm|tiếp tục] [đầu tư|bổ sung] [trang thiết bị|máy móc] và [tổ chức|mở] [tập huấn|lớp bồi dưỡng] [nghiệp vụ|chuyên môn] [thường xuyên hơn|định kì].",
    "Đối với đơn vị: [tạo điều kiện|bố trí thời gian] [để|cho] [cán bộ|người phụ trách] [tham gia|được] [học tập|bồi dưỡng] [và|,] [nhân rộng|áp dụng] [giải pháp|cách làm] [tại các bộ phận|trong toàn đơn vị].",
)

# --------------------------------------------------------------------------- Điều lệ form pools
KNOWN_SOLUTION: tuple[str, ...] = (
    "Trước đây, {chude} [chủ yếu|thường] [được thực hiện|tiến hành] theo cách [truyền thống|quen thuộc]: [người thực hiện|giáo viên|cán bộ] [làm theo kinh nghiệm|làm theo thói quen], [ít|chưa] [chú ý đến|quan tâm] [đặc điểm của từng đối tượng|sự khác biệt giữa các đối tượng].",
    "[Giải pháp cũ|Cách làm cũ] [có ưu điểm là|tuy] [quen thuộc, dễ thực hiện|đơn giản], [nhưng|song] [bộc lộ|có] [nhiều hạn chế|một số nhược điểm] như [hiệu quả chưa cao|tốn thời gian], [chưa|không] [tạo được|phát huy được] [hứng thú|tính chủ động] [của {hs}|].",
    "[Những hạn chế|Các nhược điểm] [của giải pháp cũ|nêu trên] [đặt ra|cho thấy] [yêu cầu|sự cần thiết] [phải|] [có|tìm] [giải pháp mới|cách làm mới] [phù hợp|hiệu quả] hơn.",
)
APPLICABILITY: tuple[str, ...] = (
    "[Các giải pháp|Sáng kiến] [đã được|được] áp dụng [thành công|có hiệu quả] tại {truong_ngan} [trong năm học {namhoc}|] và [có thể|hoàn toàn có thể] [nhân rộng|áp dụng] [cho|tại] [các đơn vị|các trường] [có điều kiện tương tự|trong huyện].",
    "[Giải pháp|Sáng kiến] [không đòi hỏi|không cần] [kinh phí lớn|nhiều kinh phí], [dễ thực hiện|dễ triển khai], [phù hợp|thích hợp] [với|cho] [điều kiện thực tế|điều kiện cơ sở vật chất] [của|ở] [nhiều đơn vị|địa phương].",
)
CONDITIONS: tuple[str, ...] = (
    "[Người thực hiện|Giáo viên|Cán bộ phụ trách] [cần|phải] [nhiệt tình|tâm huyết], [có trách nhiệm|kiên trì] và [nắm vững|hiểu rõ] [nội dung|quy trình] [của giải pháp|].",
    "[Đơn vị|Nhà trường] [có|được trang bị] [máy tính, máy chiếu|cơ sở vật chất] [tối thiểu|cơ bản] [và|,] [có sự|nhận được sự] [ủng hộ|chỉ đạo] [của lãnh đạo|của Ban giám hiệu].",
)

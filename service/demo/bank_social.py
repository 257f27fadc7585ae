"""Content bank: Lịch sử – Địa lý and Thể dục. Written for this project."""

from __future__ import annotations

LICH_SU_DIA_LY = {
    "key": "lich_su_dia_ly",
    "grades": (4, 5, 6, 7, 8, 9, 10, 11, 12),
    "name": "Lịch sử – Địa lý",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt"),
    "mon": "[môn Lịch sử và Địa lí|môn Lịch sử|môn Địa lí]",
    "duties": ("Giáo viên dạy Lịch sử và Địa lí", "Giáo viên dạy Địa lí", "Giáo viên dạy Lịch sử, phụ trách Đội"),
    "slots": {
        "dc": ("lược đồ", "bản đồ treo tường", "Atlat Địa lí Việt Nam", "tranh ảnh tư liệu", "phim tư liệu", "trục thời gian", "bảng số liệu", "Google Earth", "mô hình sa bàn"),
        "hd": ("trò chơi \"Giải mã ô chữ lịch sử\"", "thi kể chuyện lịch sử", "hoạt động \"Hướng dẫn viên nhí\"", "trò chơi \"Ai nhanh hơn\" trên bản đồ", "hoạt động sắm vai nhân vật lịch sử", "cuộc thi vẽ lược đồ"),
        "vd": ("bài Chiến thắng Bạch Đằng năm 938", "bài Chiến dịch Điện Biên Phủ năm 1954", "bài học về vùng Đồng bằng sông Hồng", "bài học về khí hậu Việt Nam", "bài học về dân cư và lao động", "bài Khởi nghĩa Hai Bà Trưng"),
    },
    "theory": (
        "[Lịch sử|Môn Lịch sử] [giúp|giáo dục] {hs} [hiểu|biết] [về|] [quá khứ của dân tộc|cội nguồn dân tộc], [bồi dưỡng|hun đúc] [lòng yêu nước|niềm tự hào dân tộc] và [ý thức trách nhiệm|trách nhiệm công dân].",
        "[Địa lí|Môn Địa lí] [là môn học|] [có tính|mang tính] [thực tiễn|tổng hợp] [cao|], [kĩ năng|năng lực] [sử dụng bản đồ, Atlat, bảng số liệu, biểu đồ|khai thác bản đồ và số liệu] [là|được coi là] [yêu cầu|kĩ năng] [quan trọng|cốt lõi] [của môn học|].",
        "[Chương trình|Chương trình môn học] [2018|mới] [chú trọng|đề cao] [năng lực tìm hiểu lịch sử, địa lí|năng lực nhận thức và tư duy] [và|cũng như] [vận dụng kiến thức, kĩ năng đã học|khả năng liên hệ thực tế] [của {hs}|].",
    ),
    "reality": (
        "[Nhiều|Không ít] {hs} [cho rằng|coi] [môn Lịch sử|môn học] [là|] [môn phụ|khô khan], [phải|chỉ] [học thuộc lòng|ghi nhớ] [nhiều|nhiều sự kiện, mốc thời gian], [nên|vì vậy] [chưa|không] [hứng thú|yêu thích].",
        "[Kĩ năng|Khả năng] [đọc bản đồ|khai thác Atlat] [và|,] [vẽ biểu đồ|nhận xét bảng số liệu] [của {hs}|] [còn yếu|còn hạn chế], [nhiều em|một số em] [chưa|không] [biết|xác định được] [phương hướng|vị trí] [trên bản đồ|].",
    ),
    "topics": (
        {
            "key": "ls_hung_thu",
            "phrase": "hứng thú học tập môn Lịch sử",
            "levels": ("thcs", "thpt", "tieu_hoc"),
            "titles": (
                "tạo hứng thú học tập môn Lịch sử cho học sinh {lop}",
                "[gây|khơi dậy] hứng thú học tập môn Lịch sử [ở|cho] học sinh {lop} [qua các hoạt động trải nghiệm|]",
            ),
            "ideas": (
                ("[Sử dụng|Khai thác] [câu chuyện|giai thoại] lịch sử [để|nhằm] [dẫn dắt|mở đầu] bài học", (
                    "[Mở đầu|Đầu] [mỗi bài|tiết học], tôi [kể|dẫn] [một câu chuyện|một giai thoại] [ngắn|hấp dẫn] [về|liên quan đến] [nhân vật|sự kiện] [trong bài|của bài học] [để|nhằm] [gây tò mò|khơi gợi sự tò mò] [cho {hs}|].",
                    "Ví dụ, [khi dạy|với] {vd}, [tôi|giáo viên] [kể|kể lại] [câu chuyện|chi tiết] [về|như] [cách|] [bố trí trận địa cọc|những chiến sĩ kéo pháo vào trận địa] [bằng|với] [giọng kể|lời kể] [truyền cảm|sinh động].",
                    "{hs} [được|] [khuyến khích|giao nhiệm vụ] [sưu tầm|tìm đọc] [câu chuyện|mẩu chuyện] [lịch sử|] [và|để] [kể lại|chia sẻ] [trước lớp|đầu giờ] [vào tiết sau|].",
                )),
                ("[Tổ chức|Thiết kế] [trò chơi|hoạt động sắm vai] [lịch sử|] [trong|khi] [củng cố bài|ôn tập]", (
                    "[Cuối|Sau] [mỗi bài|mỗi chủ đề], tôi [tổ chức|cho {hs} tham gia] {hd} [với|gồm] [câu hỏi|nội dung] [về|xoay quanh] [sự kiện, nhân vật, mốc thời gian|nội dung] [vừa học|đã học].",
                    "[Các nhóm|{hs}] [chuẩn bị|xây dựng] [kịch bản|tiểu phẩm] [ngắn|khoảng năm phút] [tái hiện|về] [sự kiện|nhân vật] [lịch sử|] [và|rồi] [biểu diễn|trình bày] [trước lớp|trong tiết ôn tập].",
                    "[Qua|Thông qua] [việc|] [nhập vai|đóng vai], [các em|{hs}] [hiểu|cảm nhận] [sâu sắc hơn|rõ hơn] [bối cảnh|hoàn cảnh] [và|,] [ghi nhớ|nhớ] [sự kiện|kiến thức] [lâu hơn|một cách tự nhiên].",
                )),
                ("[Sử dụng|Khai thác] [tư liệu|phim tư liệu, tranh ảnh] và [trục thời gian|sơ đồ] [trong|khi] [dạy học|giảng bài]", (
                    "[Tôi|Giáo viên] [chọn lọc|cắt ghép] [đoạn phim tư liệu|hình ảnh tư liệu] [ngắn|dài hai đến ba phút] [để|nhằm] [minh họa|làm rõ] [sự kiện|nội dung] [chính|trọng tâm] [của bài|].",
                    "{hs} [cùng|được hướng dẫn] [vẽ|lập] [trục thời gian|đường thời gian] [các sự kiện|những sự kiện chính] [của|trong] [giai đoạn|chương] [và|,] [dán|treo] [ở|trên] [góc lịch sử|tường lớp học].",
                    "[Trục thời gian|Sơ đồ] [giúp|giúp cho] [các em|{hs}] [thấy|nhìn thấy] [mối liên hệ|trình tự] [giữa các sự kiện|] [thay vì|chứ không] [học thuộc|nhớ] [rời rạc|từng mốc một cách máy móc].",
                )),
                ("[Tổ chức|Gắn] [học tập trải nghiệm|giáo dục lịch sử địa phương] [tại|với] [di tích|nhà truyền thống] [ở địa phương|]", (
                    "[Phối hợp|Kết hợp] [với|cùng] [Đoàn, Đội|nhà trường], [tôi|giáo viên] [tổ chức|đưa] {hs} [tham quan|đến thăm] [đền thờ, nhà bia tưởng niệm|nghĩa trang liệt sĩ, di tích] [ở xã {xa}|của địa phương] [kết hợp|và] [học tập|tìm hiểu].",
                    "[Trước chuyến đi|Trước khi đi], [các nhóm|{hs}] [nhận|được giao] [phiếu nhiệm vụ|câu hỏi tìm hiểu]; [sau chuyến đi|khi về], [các nhóm|các em] [làm|thiết kế] [báo tường|bài thu hoạch|video giới thiệu] [về di tích|].",
                    "[Hoạt động|Chuyến đi] [giúp|khiến] {hs} [thấy|nhận ra] [lịch sử|kiến thức] [gần gũi|gắn với quê hương], [từ đó|qua đó] [thêm|bồi đắp] [yêu quý|tự hào về] [quê hương|truyền thống].",
                )),
            ),
        },
        {
            "key": "dl_ban_do",
            "phrase": "kĩ năng sử dụng bản đồ",
            "levels": ("thcs", "thpt", "tieu_hoc"),
            "titles": (
                "rèn kĩ năng sử dụng bản đồ [và Atlat|] [trong dạy học|trong môn] Địa lí {lop}",
                "hướng dẫn học sinh {lop} [khai thác|] kĩ năng sử dụng bản đồ [và Atlat Địa lí Việt Nam|hiệu quả]",
            ),
            "ideas": (
                ("[Hướng dẫn|Rèn] [cách đọc|đọc] [bản đồ|kí hiệu và chú giải bản đồ] [theo các bước|từ cơ bản]", (
                    "[Tôi|Giáo viên] [hướng dẫn|dạy] {hs} [đọc|đọc kĩ] [tên bản đồ, chú giải, tỉ lệ và phương hướng|tên và chú giải] [trước khi|rồi mới] [khai thác|tìm] [nội dung|đối tượng] [trên bản đồ|].",
                    "{hs} [thực hành|luyện] [xác định|tìm] [vị trí|các đối tượng] [như|] [sông, núi, thành phố, vùng kinh tế|tỉnh, thành phố, nhà máy thủy điện] [trên|bằng] {dc} [và|rồi] [lên chỉ|chỉ] [trên bản đồ treo tường|trước lớp].",
                    "[Tôi|Giáo viên] [lưu ý|nhắc] [các em|{hs}] [cách|] [chỉ bản đồ|dùng que chỉ] [đúng|đúng quy cách]: [chỉ|đối với sông thì chỉ] [từ thượng nguồn đến cửa sông|theo ranh giới bao quanh vùng].",
                )),
                ("[Hệ thống|Xây dựng] [câu hỏi|bài tập] [khai thác|sử dụng] Atlat [theo chủ đề|theo từng bài]", (
                    "[Với|Trong] [mỗi bài|từng bài], [tôi|giáo viên] [chỉ rõ|hướng dẫn] [trang Atlat|trang] [cần dùng|tương ứng] [và|,] [xây dựng|đặt] [câu hỏi|hệ thống câu hỏi] [để|cho] {hs} [tìm|trả lời] [trực tiếp|] [trên Atlat|].",
                    "[Các em|{hs}] [được|] [luyện|hướng dẫn] [kết hợp|sử dụng kết hợp] [nhiều trang|các trang] Atlat [để|nhằm] [giải thích|lí giải] [sự phân bố|đặc điểm] [của|] [dân cư, nông nghiệp, công nghiệp|các ngành kinh tế].",
                    "[Trong|Ở] [các bài kiểm tra|đề kiểm tra], [tôi|giáo viên] [luôn|thường xuyên] [có|đưa] [câu hỏi|phần] [sử dụng Atlat|khai thác Atlat] [để|nhằm] [hình thành|tạo] [thói quen|kĩ năng] [cho các em|].",
                )),
                ("[Sử dụng|Kết hợp] [bản đồ số|Google Earth] và [lược đồ trống|bản đồ câm] [trong|khi] dạy học", (
                    "[Tôi|Giáo viên] [dùng|sử dụng] Google Earth [để|nhằm] [đưa|giúp] {hs} [\"bay\" đến|quan sát] [các địa danh|vùng miền] [trong bài|], [phóng to|xem] [địa hình|cảnh quan] [một cách|] [trực quan|sinh động].",
                    "{hs} [được|] [phát|nhận] [lược đồ trống|bản đồ câm] [và|để] [điền|tự điền] [tên|] [các đối tượng|địa danh] [đã học|] [rồi|sau đó] [đối chiếu|so sánh] [với|] [bản đồ|Atlat].",
                    "[Hình thức|Hoạt động] [này|] [vừa|giúp] [kiểm tra|củng cố] [kiến thức|] [vừa|lại] [rèn|phát triển] [khả năng|kĩ năng] [định hướng không gian|tư duy không gian] [cho các em|].",
                )),
            ),
        },
        {
            "key": "dl_bieu_do",
            "phrase": "vẽ và nhận xét biểu đồ",
            "levels": ("thcs", "thpt"),
            "titles": (
                "rèn kĩ năng vẽ và nhận xét biểu đồ [Địa lí|] cho học sinh {lop}",
                "hướng dẫn học sinh {lop} vẽ và nhận xét biểu đồ [trong môn Địa lí|]",
            ),
            "ideas": (
                ("[Hướng dẫn|Dạy] {hs} [chọn|lựa chọn] [dạng biểu đồ|biểu đồ] [thích hợp|phù hợp] [dựa vào|qua] [từ khóa|yêu cầu] của đề", (
                    "[Tôi|Giáo viên] [tổng hợp|lập bảng] [các dấu hiệu|từ khóa] [nhận biết|để chọn] [dạng biểu đồ|biểu đồ] như [\"cơ cấu\" – tròn hoặc miền|\"tốc độ tăng trưởng\" – đường|\"so sánh\" – cột].",
                    "{hs} [luyện|làm] [các bài tập|bài] [chọn biểu đồ|nhận dạng] [từ|với] [nhiều|các] [bảng số liệu|đề bài] [khác nhau|] [và|,] [giải thích|nêu lí do] [lựa chọn|vì sao chọn] [của mình|].",
                )),
                ("[Rèn|Hướng dẫn] [các bước|quy trình] vẽ biểu đồ [chính xác|đúng], [đẹp|đầy đủ]", (
                    "[Các bước|Quy trình] [vẽ|] [gồm|được hướng dẫn]: [xử lí số liệu|đổi số liệu nếu cần], [chọn|xác định] [tỉ lệ|khoảng cách], [vẽ|vẽ biểu đồ], [ghi|điền] [số liệu, chú giải|chú thích] [và tên biểu đồ|, tên biểu đồ].",
                    "[Tôi|Giáo viên] [chỉ ra|lưu ý] [những lỗi|lỗi] [hay gặp|thường mắc] như [khoảng cách năm không đúng tỉ lệ|thiếu tên biểu đồ|quên chú giải] [và|để] {hs} [tự kiểm tra|đối chiếu] [bài vẽ|bài làm] [theo|bằng] [bảng kiểm|danh sách] [trước khi nộp|].",
                )),
                ("[Hướng dẫn|Rèn] [cách|kĩ năng] nhận xét [và giải thích|] biểu đồ [theo công thức|theo trình tự]", (
                    "[Tôi|Giáo viên] [hướng dẫn|đưa ra] [trình tự|cách] nhận xét: [nhận xét chung|nhận xét tổng quát] [trước|], [chi tiết|đi vào chi tiết] [sau|], [có|kèm] [số liệu|dẫn chứng số liệu] [chứng minh|minh họa] và [giải thích|nêu nguyên nhân] [nếu đề yêu cầu|khi cần].",
                    "{hs} [luyện|thực hành] [viết nhận xét|nhận xét] [theo nhóm|theo cặp], [các nhóm|nhóm] [đổi bài|trao đổi] [và|để] [góp ý|chấm chéo] [cho nhau|] [dựa trên|theo] [đáp án|hướng dẫn] [của giáo viên|].",
                )),
            ),
        },
    ),
}

THE_DUC = {
    "key": "the_duc",
    "name": "Thể dục",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt"),
    "mon": "[môn Giáo dục thể chất|môn Thể dục]",
    "duties": ("Giáo viên dạy Giáo dục thể chất", "Giáo viên Thể dục, phụ trách đội tuyển thể thao", "Giáo viên Giáo dục thể chất kiêm Tổng phụ trách Đội"),
    "slots": {
        "dc": ("còi", "cờ hiệu", "bóng nhựa", "dây nhảy", "vòng", "cọc tiêu", "nhạc nền", "thảm tập", "loa kéo"),
        "hd": ("trò chơi \"Mèo đuổi chuột\"", "trò chơi \"Kéo co\"", "trò chơi \"Chạy tiếp sức\"", "trò chơi \"Nhảy bao bố\"", "trò chơi \"Lò cò tiếp sức\"", "trò chơi \"Ném bóng trúng đích\"", "trò chơi \"Bịt mắt bắt dê\""),
        "vd": ("bài thể dục phát triển chung", "nội dung chạy cự li ngắn", "nội dung nhảy xa", "nội dung đá cầu", "nội dung bóng đá mini", "bài tập đội hình đội ngũ", "nội dung nhảy dây"),
    },
    "theory": (
        "[Giáo dục thể chất|Môn Thể dục] [góp phần|có vai trò] [phát triển|hình thành] [thể lực|sức khỏe] [toàn diện|], [rèn luyện|bồi dưỡng] [tính kỉ luật, tinh thần đồng đội|ý chí, tính kiên trì] [cho {hs}|].",
        "[Chương trình|Chương trình môn] Giáo dục thể chất [2018|mới] [hướng tới|nhằm] [hình thành|phát triển] [năng lực|] [chăm sóc sức khỏe, vận động cơ bản và hoạt động thể dục thể thao|tự chăm sóc sức khỏe và rèn luyện thể lực] [cho học sinh|].",
        "[Trò chơi vận động|Trò chơi] [là|được xem là] [phương tiện|hình thức] [hiệu quả|quan trọng] [để|giúp] {hs} [phát triển|rèn luyện] [các tố chất|tố chất] [nhanh, mạnh, bền, khéo léo|thể lực] [một cách|] [hứng thú|tự nhiên].",
    ),
    "reality": (
        "[Sân tập|Sân chơi] [chật|còn hẹp], [chưa có|không có] [nhà đa năng|nhà thi đấu], [vào|những] [ngày mưa, nắng nóng|ngày thời tiết xấu] [việc|] [tổ chức|dạy] [giờ học|] [gặp nhiều khó khăn|rất khó khăn].",
        "[Một số|Nhiều] {hs} [thể lực|sức khỏe] [yếu|hạn chế], [ngại|lười] [vận động|tập luyện], [thích|chỉ thích] [chơi điện thoại|ngồi một chỗ] [hơn là tham gia các hoạt động thể thao|].",
    ),
    "topics": (
        {
            "key": "td_tro_choi",
            "phrase": "trò chơi vận động",
            "levels": ("tieu_hoc", "thcs"),
            "titles": (
                "[sử dụng|vận dụng] trò chơi vận động [để|nhằm] nâng cao hiệu quả giờ học [Giáo dục thể chất|Thể dục] [cho học sinh|ở] {lop}",
                "tổ chức trò chơi vận động [trong giờ|ở môn] Thể dục cho học sinh {lop}",
            ),
            "ideas": (
                ("[Lựa chọn|Chọn] trò chơi [phù hợp|gắn] với [nội dung|mục tiêu] [bài học|từng phần]", (
                    "[Tôi|Giáo viên] [lựa chọn|chọn] [trò chơi|những trò chơi] [có|mang] [tác dụng|tính chất] [bổ trợ|hỗ trợ] [trực tiếp|] [cho|với] [nội dung|kĩ năng] [chính|trọng tâm] [của bài|]; ví dụ, [khi dạy|với] {vd} [thì|tôi] [dùng|tổ chức] {hd}.",
                    "[Phần khởi động|Phần mở đầu] [dùng|sử dụng] [trò chơi|các trò chơi] [nhẹ nhàng|vui nhộn] [để|nhằm] [làm nóng|khởi động] [cơ thể|các khớp], [còn|trong khi] [phần cuối|cuối giờ] [là|chọn] [trò chơi|hoạt động] [thả lỏng|hồi tĩnh].",
                    "[Mỗi trò chơi|Trò chơi] [được|] [điều chỉnh|thay đổi] [luật chơi|độ khó] [và|,] [khoảng cách|cự li] [cho|phù hợp với] [sức|thể lực] [của {hs}|từng lứa tuổi].",
                )),
                ("[Tổ chức|Hướng dẫn] trò chơi [khoa học|theo các bước], [an toàn|bảo đảm an toàn]", (
                    "[Tôi|Giáo viên] [giới thiệu|nêu] [tên trò chơi|trò chơi], [luật chơi|cách chơi] [ngắn gọn|rõ ràng] [và|rồi] [cho|chọn] [một nhóm|vài em] [chơi thử|làm mẫu] [trước khi|rồi mới] [cả lớp|toàn lớp] [cùng chơi|tham gia].",
                    "[Trước|Trước mỗi] [trò chơi|buổi], [tôi|giáo viên] [kiểm tra|dọn dẹp] [sân tập|mặt sân] [và|,] [dụng cụ|{dc}], [nhắc nhở|phổ biến] {hs} [về|những] [quy định|nguyên tắc] [an toàn|không xô đẩy].",
                    "[Các đội|Mỗi đội] [có|được] [số lượng|trình độ] [tương đương|cân bằng], [tôi|giáo viên] [làm trọng tài|điều khiển] [công bằng|nghiêm túc] [và|,] [tổng kết|nhận xét] [sau mỗi lượt|cuối trò chơi].",
                )),
                ("[Sưu tầm|Phục dựng] trò chơi dân gian [đưa vào|trong] [giờ học|hoạt động ngoài giờ]", (
                    "[Tôi|Giáo viên] [sưu tầm|tìm hiểu] [các trò chơi dân gian|trò chơi dân gian] [của địa phương|quen thuộc] như [ô ăn quan, đánh chuyền, nhảy dây, kéo co, bịt mắt bắt dê|rồng rắn lên mây, nhảy bao bố] [và|rồi] [đưa vào|lồng ghép] [giờ học|hoạt động].",
                    "{hs} [được|] [hỏi|tìm hiểu] [ông bà, cha mẹ|người lớn trong gia đình] [về|các] [trò chơi|trò chơi ngày xưa] [và|rồi] [giới thiệu|hướng dẫn] [cho|] [các bạn|cả lớp] [cách chơi|].",
                    "[Trò chơi dân gian|Những trò chơi này] [vừa|không chỉ] [rèn|phát triển] [thể lực|sự khéo léo] [vừa|mà còn] [giữ gìn|giáo dục] [nét đẹp văn hóa|truyền thống] [và|,] [gắn kết|tăng tình đoàn kết] [{hs}|các em].",
                )),
            ),
        },
        {
            "key": "td_the_luc",
            "phrase": "thể lực",
            "levels": ("thcs", "thpt", "tieu_hoc"),
            "titles": (
                "nâng cao thể lực cho học sinh {lop} [qua giờ học Giáo dục thể chất|thông qua tập luyện ngoại khóa]",
                "[phát triển|rèn luyện] thể lực [chung|và sức bền] cho học sinh {lop}",
            ),
            "ideas": (
                ("[Kiểm tra|Đánh giá] thể lực [đầu năm|định kì] [và|để] [xây dựng|lập] [kế hoạch|chương trình] tập luyện [phù hợp|phân hóa]", (
                    "[Đầu năm học|Ngay từ đầu năm], tôi [kiểm tra|đánh giá] thể lực {hs} [theo|dựa trên] [tiêu chuẩn|các nội dung] [chạy 30 m, bật xa tại chỗ, chạy tùy sức 5 phút|quy định đánh giá xếp loại thể lực].",
                    "[Dựa vào kết quả|Từ kết quả], {hs} [được|] [chia|phân] [thành|vào] [nhóm|các nhóm] [theo|có cùng] [mức|trình độ] thể lực [để|và] [giao|nhận] [lượng vận động|bài tập] [phù hợp|khác nhau].",
                    "[Kết quả|Chỉ số] [kiểm tra|thể lực] [được|] [ghi|lưu] [vào|trong] [sổ theo dõi|hồ sơ] [của từng em|cá nhân] [để|giúp] [so sánh|đánh giá tiến bộ] [giữa các kì|cuối kì].",
                )),
                ("[Tăng cường|Xây dựng] [bài tập|hệ thống bài tập] [bổ trợ|phát triển sức bền, sức nhanh] [vừa sức|có tính thi đua]", (
                    "[Tôi|Giáo viên] [thiết kế|xây dựng] [các bài tập|bài tập] [bổ trợ|phát triển thể lực] [như|] [chạy biến tốc, chạy con thoi, nhảy dây, bật cóc|chạy bền theo địa hình, gánh tạ nhẹ, plank] [đưa vào|trong] [phần cuối|mỗi tiết học].",
                    "[Lượng vận động|Khối lượng] [tăng dần|được nâng dần] [theo|qua] [từng tuần|các tuần], [có|kèm] [thời gian|quãng] [nghỉ|hồi phục] [hợp lí|phù hợp] [để|nhằm] [tránh|không gây] [quá sức|chấn thương].",
                    "[Tôi|Giáo viên] [kết hợp|lồng ghép] [âm nhạc|nhạc sôi động] [khi|trong lúc] {hs} [tập|luyện tập] [để|nhằm] [giảm|bớt] [cảm giác|sự] [mệt mỏi|nhàm chán].",
                )),
                ("[Phối hợp|Kết hợp] [gia đình và nhà trường|với phụ huynh] [để|trong việc] [duy trì|tăng cường] [tập luyện|vận động] [ngoài giờ|ở nhà]", (
                    "[Tôi|Giáo viên] [gửi|hướng dẫn] [bài tập|lịch tập] [đơn giản|mười lăm phút mỗi ngày] [qua nhóm lớp|cho phụ huynh] [để|và] {hs} [tập|luyện] [ở nhà|vào buổi sáng hoặc chiều].",
                    "[Phụ huynh|Gia đình] [xác nhận|ghi lại] [việc tập|kết quả tập] [của con|] [vào|trong] [phiếu theo dõi|bảng theo dõi] [hằng tuần|mỗi tuần].",
                    "[Cuối tháng|Mỗi tháng], [lớp|{hs}] [nào|em nào] [duy trì|thực hiện] [đều đặn|tốt] [được|sẽ được] [tuyên dương|khen] [dưới cờ|trong giờ chào cờ].",
                )),
            ),
        },
        {
            "key": "td_da_cau",
            "phrase": "đá cầu",
            "levels": ("thcs", "tieu_hoc"),
            "titles": (
                "[giảng dạy|dạy] kĩ thuật đá cầu [cho học sinh|ở] {lop} [đạt hiệu quả|]",
                "[rèn|nâng cao] kĩ năng đá cầu cho học sinh {lop}",
            ),
            "ideas": (
                ("[Dạy|Hướng dẫn] [kĩ thuật|động tác] [theo|qua] [phương pháp phân chia|từng phần] [rồi|sau đó] [hoàn chỉnh|ghép lại]", (
                    "[Tôi|Giáo viên] [chia|tách] [kĩ thuật|động tác] [tâng cầu bằng đùi, bằng má trong bàn chân|chuyền cầu] [thành|ra] [các giai đoạn|từng cử động] [nhỏ|] [để|cho] {hs} [tập|luyện] [chậm|từng phần] [trước|] [khi|rồi mới] [phối hợp|ghép] [hoàn chỉnh|thành động tác].",
                    "[Ban đầu|Lúc đầu], [các em|{hs}] [tập|luyện] [không có cầu|với quả cầu treo] [để|nhằm] [hình thành|định hình] [động tác|tư thế] [đúng|], [sau đó|rồi] [mới|] [tập|chuyển sang tập] [với|] [cầu thật|quả cầu thật].",
                    "[Tôi|Giáo viên] [làm mẫu|thị phạm] [ở|từ] [nhiều|các] [góc độ|hướng] [khác nhau|] [và|,] [kết hợp|dùng] [video quay chậm|hình ảnh] [để|cho] [các em|] [quan sát|nhìn] [rõ|kĩ] [chi tiết|động tác].",
                )),
                ("Tổ chức [thi đua|tập luyện] [theo nhóm|theo cặp] [và|,] [đánh giá|kiểm tra] [bằng|qua] [số lần tâng cầu|thành tích]", (
                    "{hs} [tập|luyện] [theo cặp|theo nhóm ba], [một em|bạn] [tập|tâng cầu], [em kia|bạn còn lại] [đếm|quan sát] và [nhận xét|sửa động tác] [cho bạn|], [sau đó|rồi] [đổi vai|đổi nhiệm vụ].",
                    "[Mỗi tuần|Cuối tuần], [lớp|các tổ] [thi|thi đua] [tâng cầu|chuyền cầu] [xem ai|xem đội nào] [được nhiều lần nhất|duy trì lâu nhất]; [kết quả|thành tích] [được|] [ghi|dán] [lên bảng thi đua|ở góc lớp].",
                    "[Những em|{hs}] [có năng khiếu|tiến bộ nhanh] [được|] [chọn|tuyển] [vào|tham gia] [đội tuyển|câu lạc bộ] [đá cầu|] [của trường|] [để|nhằm] [bồi dưỡng|luyện tập] [thi đấu|tham gia hội khỏe Phù Đổng].",
                )),
            ),
        },
    ),
}

FIELDS = (LICH_SU_DIA_LY, THE_DUC)

"""Content bank: công tác chủ nhiệm, quản lý trường học, thư viện. Written for this project."""

from __future__ import annotations

CHU_NHIEM = {
    "key": "chu_nhiem",
    "name": "Công tác chủ nhiệm",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt"),
    "mon": "công tác chủ nhiệm lớp",
    "duties": ("Giáo viên chủ nhiệm {lopcn}", "Giáo viên chủ nhiệm {lopcn}, dạy các môn văn hóa", "Giáo viên chủ nhiệm {lopcn}, Khối trưởng"),
    "slots": {
        "dc": ("sổ chủ nhiệm", "nhóm Zalo phụ huynh", "hộp thư \"Điều em muốn nói\"", "bảng thi đua", "sổ theo dõi học sinh", "phiếu tìm hiểu hoàn cảnh", "góc \"Việc tốt mỗi ngày\""),
        "hd": ("giờ sinh hoạt lớp theo chủ đề", "hoạt động \"Đôi bạn cùng tiến\"", "buổi dã ngoại của lớp", "chương trình \"Kế hoạch nhỏ\"", "cuộc thi \"Lớp học xanh – sạch – đẹp\"", "hoạt động \"Ngày hội đọc sách\""),
        "vd": ("trường hợp em học sinh thường xuyên đi học muộn", "trường hợp em học sinh hay gây gổ với bạn", "trường hợp một em có bố mẹ đi làm ăn xa", "trường hợp em học sinh mải chơi điện tử", "trường hợp em học sinh sống cùng ông bà"),
    },
    "theory": (
        "Giáo viên chủ nhiệm [là|được ví như] [người|] [thay mặt|đại diện] [nhà trường|Hiệu trưởng] [quản lí|tổ chức] [và|,] [giáo dục|chăm lo] [toàn diện|mọi mặt] [cho {hs}|học sinh] [của lớp|trong lớp], [là|đồng thời là] [cầu nối|nhịp cầu] [giữa|] [nhà trường, gia đình và xã hội|gia đình và nhà trường].",
        "[Theo|Căn cứ] Điều lệ nhà trường, giáo viên chủ nhiệm [có nhiệm vụ|phải] [tìm hiểu|nắm vững] [hoàn cảnh|đặc điểm] [của từng học sinh|từng em], [xây dựng|lập] [kế hoạch|kế hoạch chủ nhiệm] [và|,] [phối hợp|phối hợp chặt chẽ] [với|] [gia đình|cha mẹ học sinh] [và các lực lượng|và các tổ chức] [trong nhà trường|].",
        "[Lứa tuổi|Độ tuổi] {hs} {lop} [đang|] [có nhiều|trải qua nhiều] [thay đổi|biến đổi] [về tâm sinh lí|tâm lí], [các em|] [dễ|rất dễ] [bị|chịu] [tác động|ảnh hưởng] [bởi|từ] [bạn bè|môi trường] [và|cũng như] [mạng xã hội|các trò chơi điện tử].",
    ),
    "reality": (
        "[Lớp|{lopcn}] [có|gồm] {siso} {hs}, [trong đó|trong số đó] [có|] [một số em|vài em] [thuộc hộ nghèo|có hoàn cảnh khó khăn] [và|,] [một số em|vài em] [cá biệt|chưa ngoan] [về|trong] [nề nếp|ý thức kỉ luật].",
        "[Nhiều|Một số] [gia đình|phụ huynh] [khoán trắng|phó mặc] [việc giáo dục con|con em mình] [cho nhà trường|cho giáo viên], [ít|hiếm khi] [liên lạc|trao đổi] [với|] [giáo viên chủ nhiệm|nhà trường].",
    ),
    "topics": (
        {
            "key": "cn_hoc_sinh_ca_biet",
            "phrase": "học sinh cá biệt",
            "levels": ("thcs", "thpt", "tieu_hoc"),
            "titles": (
                "giáo dục học sinh cá biệt [trong công tác chủ nhiệm lớp|ở {lopcn}]",
                "[cách tiếp cận,|] giáo dục học sinh cá biệt [ở|tại] {lop}",
            ),
            "ideas": (
                ("[Tìm hiểu|Nắm bắt] [hoàn cảnh và nguyên nhân|nguyên nhân] [dẫn đến|gây ra] [hành vi|sự cá biệt] của [từng em|học sinh]", (
                    "[Tôi|Giáo viên] [lập|xây dựng] [hồ sơ|sổ theo dõi] [riêng|cá nhân] [cho|với] [từng|mỗi] [em|học sinh] [cá biệt|], [ghi|ghi lại] [hoàn cảnh gia đình, sở thích, mối quan hệ bạn bè|diễn biến hành vi theo thời gian].",
                    "[Qua|Thông qua] [thăm gia đình|trò chuyện riêng] [và|,] [trao đổi|hỏi] [với|] [bạn bè|giáo viên bộ môn], tôi [nhận ra|hiểu rằng] [phần lớn|nhiều] [các em|trường hợp] [cá biệt|] [đều|] [có|xuất phát từ] [nguyên nhân|lí do] [sâu xa|riêng] như [thiếu sự quan tâm|gia đình không hạnh phúc|bị bạn bè lôi kéo].",
                    "Ví dụ, [với|đối với] {vd}, [tôi|giáo viên] [phát hiện|biết được] [em|] [phải|thường] [trông em nhỏ|giúp bố mẹ bán hàng] [vào buổi sáng|], [từ đó|nhờ vậy] [có|tìm được] [cách|hướng] [hỗ trợ|giúp đỡ] [phù hợp|kịp thời].",
                )),
                ("[Tạo|Xây dựng] [niềm tin|sự gần gũi] [và|,] [giao|trao] [trách nhiệm|nhiệm vụ] [cho|để] [học sinh cá biệt|các em] [khẳng định mình|thấy mình có ích]", (
                    "[Tôi|Giáo viên] [tránh|không] [phê bình|xử phạt] [trước lớp|nặng nề] [mà|,] [gặp|trò chuyện] [riêng|] [với em|] [một cách|với thái độ] [nhẹ nhàng|cởi mở], [lắng nghe|tôn trọng] [suy nghĩ|tâm sự] [của em|].",
                    "[Tôi|Giáo viên] [giao|phân công] [cho|để] [các em|em] [những việc|nhiệm vụ] [vừa sức|phù hợp sở trường] như [phụ trách đội văn nghệ|chăm sóc bồn hoa|quản lí tủ sách lớp|làm lớp phó lao động] [để|nhằm] [các em|em] [thấy|cảm nhận] [mình|bản thân] [được tin tưởng|có giá trị].",
                    "[Mỗi|Những] [tiến bộ|thay đổi tích cực] [dù nhỏ|] [của em|] [đều|luôn] [được|] [ghi nhận|khen ngợi] [kịp thời|] [trước lớp|trong giờ sinh hoạt] [để|nhằm] [tạo động lực|khích lệ em] [tiếp tục|cố gắng].",
                )),
                ("[Phối hợp|Huy động] [các lực lượng|tập thể lớp, gia đình và giáo viên bộ môn] [cùng|trong việc] [giáo dục|giúp đỡ] [học sinh cá biệt|các em]", (
                    "[Tôi|Giáo viên] [phân công|chọn] [những bạn|các em] [ngoan, tốt bụng|có uy tín] [ngồi cạnh|kết bạn] [và|để] [giúp đỡ|nhắc nhở] [em|bạn] [trong học tập|trong sinh hoạt] [theo|với] {hd}.",
                    "[Định kì|Hằng tuần], [tôi|giáo viên] [trao đổi|liên lạc] [với|cùng] [phụ huynh|gia đình] [qua|bằng] {dc} [về|để thông báo] [sự tiến bộ|những thay đổi] [của em|], [thống nhất|bàn] [cách|biện pháp] [giáo dục|động viên] [ở nhà|].",
                    "[Giáo viên bộ môn|Các thầy cô bộ môn] [cũng được|được] [thông tin|chia sẻ] [về|tình hình] [từng em|em] [để|nhằm] [có|đưa ra] [cách ứng xử|cách đối xử] [thống nhất|nhất quán], [tránh|không] [làm|khiến] [em|] [tự ti|mặc cảm].",
                )),
            ),
        },
        {
            "key": "cn_tap_the",
            "phrase": "tập thể lớp tự quản",
            "levels": ("tieu_hoc", "thcs", "thpt"),
            "titles": (
                "xây dựng tập thể lớp tự quản [vững mạnh|, đoàn kết] [ở|tại] {lopcn}",
                "[phát huy vai trò|] tập thể lớp tự quản [trong công tác chủ nhiệm|] {lop}",
            ),
            "ideas": (
                ("[Lựa chọn|Bầu chọn] và [bồi dưỡng|tập huấn] [đội ngũ|ban] cán sự lớp [có năng lực|gương mẫu]", (
                    "[Sau|Sau khoảng] {tuan} tuần [đầu năm|quan sát], [tôi|giáo viên] [để|cho] [cả lớp|{hs}] [tự ứng cử, đề cử|bầu] [ban cán sự|hội đồng tự quản] [một cách|] [dân chủ|công khai] [thay vì|chứ không] [chỉ định|áp đặt].",
                    "[Ban cán sự|Các em cán sự] [được|] [tập huấn|hướng dẫn] [cách|] [điều hành|điều khiển] [giờ truy bài|sinh hoạt lớp], [ghi|chấm] [sổ theo dõi|điểm thi đua] [và|,] [báo cáo|nhận xét] [trước lớp|cuối tuần].",
                    "[Mỗi tháng|Định kì], [ban cán sự|các chức danh] [được|] [luân phiên|thay đổi] [một phần|] [để|nhằm] [nhiều em|em nào cũng] [được|có cơ hội] [rèn|phát triển] [kĩ năng|năng lực] [lãnh đạo|tự quản].",
                )),
                ("[Đổi mới|Tổ chức] giờ sinh hoạt lớp [theo chủ đề|do học sinh điều hành]", (
                    "[Giờ sinh hoạt lớp|Tiết sinh hoạt] [không còn|không chỉ là] [buổi|giờ] [\"kiểm điểm\"|phê bình] mà [được|] [tổ chức|thiết kế] [thành|theo] [chủ đề|các chủ đề] [như|] [\"Tri ân thầy cô\", \"Mùa xuân yêu thương\"|\"An toàn giao thông\", \"Sống đẹp\"].",
                    "[Ban cán sự|Các tổ] [chuẩn bị|luân phiên chuẩn bị] [nội dung|chương trình] [gồm|với] [phần|] [tổng kết tuần|nhận xét thi đua], [phần|] [tiểu phẩm, trò chơi|văn nghệ, chia sẻ] [và|,] [kế hoạch|phương hướng] [tuần tới|tuần sau].",
                    "[Tôi|Giáo viên] [chỉ|chủ yếu] [đóng vai trò|giữ vai trò] [cố vấn|định hướng], [góp ý|nhận xét] [ngắn gọn|khi cần], [để|giúp] {hs} [tự tin|mạnh dạn] [điều hành|làm chủ] [buổi sinh hoạt|giờ sinh hoạt].",
                )),
                ("[Xây dựng|Thiết lập] [nội quy lớp|quy ước] [và|cùng] [phong trào|hình thức] thi đua [giữa các tổ|khoa học]", (
                    "[Đầu năm|Ngay từ đầu năm], [cả lớp|{hs}] [cùng|] [thảo luận|xây dựng] [nội quy|quy ước] [lớp|] [gồm|với] [những điều|quy định] [ngắn gọn|cụ thể], [dễ nhớ|dễ thực hiện], [do|chính] [các em|{hs}] [đề xuất|đưa ra].",
                    "[Bảng thi đua|{dc}] [giữa các tổ|] [được|] [cập nhật|ghi] [hằng ngày|hằng tuần] [theo|dựa trên] [các tiêu chí|tiêu chí] [học tập, nề nếp, vệ sinh, việc tốt|chuyên cần, học tập, nề nếp].",
                    "[Tổ|Cá nhân] [dẫn đầu|xuất sắc] [mỗi tháng|trong tháng] [được|] [tuyên dương|khen thưởng] [và|,] [chụp ảnh|ghi tên] [lên|trên] [bảng vinh danh|góc thi đua] [của lớp|].",
                )),
            ),
        },
        {
            "key": "cn_phoi_hop",
            "phrase": "phối hợp với cha mẹ học sinh",
            "levels": ("tieu_hoc", "thcs", "thpt"),
            "titles": (
                "phối hợp với cha mẹ học sinh [trong công tác chủ nhiệm|để giáo dục học sinh] {lop}",
                "[nâng cao hiệu quả|tăng cường] phối hợp với cha mẹ học sinh [ở|tại] {lopcn}",
            ),
            "ideas": (
                ("[Đổi mới|Tổ chức] [cuộc họp|buổi họp] cha mẹ học sinh [theo hướng|một cách] [thân thiện|tích cực]", (
                    "[Thay vì|Không chỉ] [đọc|thông báo] [điểm số|kết quả] [và|,] [thu|nhắc] [các khoản|khoản đóng góp], [tôi|giáo viên] [tổ chức|thiết kế] [buổi họp|cuộc họp] [có|với] [phần|] [chia sẻ|trao đổi] [về|chủ đề] [nuôi dạy con|tâm lí lứa tuổi].",
                    "{hs} [được|] [mời|tham gia] [trình bày|chuẩn bị] [sản phẩm|tiết mục] [hoặc|,] [viết thư|thư cảm ơn] [gửi bố mẹ|cho cha mẹ], [tạo|khiến] [không khí|buổi họp] [ấm áp|gần gũi].",
                    "[Phụ huynh|Cha mẹ] [được|] [gặp riêng|trao đổi riêng] [với giáo viên|] [sau buổi họp|theo lịch hẹn] [về|để bàn về] [tình hình|những vấn đề] [riêng|cụ thể] [của con|].",
                )),
                ("[Sử dụng|Khai thác] [kênh liên lạc|mạng xã hội] [hiệu quả|một cách khoa học] [với|giữa giáo viên và] phụ huynh", (
                    "[Lớp|{lopcn}] [có|lập] {dc} [với|gồm] [quy tắc|nội quy] [rõ ràng|cụ thể]: [chỉ|] [thông báo|trao đổi] [việc chung|thông tin chung], [không|tránh] [nêu tên|phê bình] [học sinh|cá nhân] [trong nhóm|công khai].",
                    "[Hằng tuần|Cuối tuần], [tôi|giáo viên] [gửi|đăng] [nhận xét|bản tin] [ngắn|chung] [về|tình hình] [lớp|học tập và nề nếp], [kèm|cùng] [hình ảnh|ảnh] [hoạt động|giờ học] [của các con|].",
                    "[Những vấn đề|Trường hợp] [riêng|cần lưu ý] [được|] [trao đổi|nhắn tin] [riêng|trực tiếp] [với|cho] [từng|] [phụ huynh|gia đình] [để|nhằm] [giữ|bảo đảm] [sự tế nhị|sự riêng tư] [cho học sinh|].",
                )),
                ("[Thăm|Đến thăm] gia đình [học sinh|các em] [có hoàn cảnh đặc biệt|khó khăn] [và|để] [huy động|kết nối] [sự hỗ trợ|nguồn lực]", (
                    "[Tôi|Giáo viên] [lập|xây dựng] [danh sách|kế hoạch] [thăm gia đình|thăm hỏi] [học sinh|] [có hoàn cảnh khó khăn, mồ côi, bố mẹ đi làm xa|cần quan tâm] [và|,] [đến thăm|đến nhà] [vào|trong] [những ngày|thời gian] [cuối tuần|phù hợp].",
                    "[Qua|Sau] [những chuyến thăm|chuyến thăm], [tôi|giáo viên] [hiểu|nắm] [rõ hơn|kĩ hơn] [điều kiện học tập|hoàn cảnh] [của em|các em] và [đề xuất|kết nối] [hỗ trợ|giúp đỡ] [từ|với] [Hội cha mẹ học sinh|nhà hảo tâm|nhà trường] [như|] [sách vở, xe đạp, học bổng|quần áo, đồ dùng học tập].",
                )),
            ),
        },
    ),
}

QUAN_LY = {
    "key": "quan_ly",
    "name": "Quản lý giáo dục",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt", "mam_non", "phong"),
    "mon": "công tác quản lí",
    "duties": ("Hiệu trưởng", "Phó Hiệu trưởng phụ trách chuyên môn", "Phó Hiệu trưởng", "Chuyên viên Phòng Giáo dục và Đào tạo"),
    "slots": {
        "dc": ("phần mềm quản lí trường học", "hệ thống hồ sơ điện tử", "kế hoạch giáo dục nhà trường", "sổ theo dõi dự giờ", "biểu mẫu đánh giá", "nhóm chuyên môn trực tuyến", "bảng phân công nhiệm vụ"),
        "hd": ("sinh hoạt chuyên môn theo nghiên cứu bài học", "hội thảo chuyên đề", "ngày hội \"Trường học hạnh phúc\"", "phong trào \"Mỗi thầy cô một đổi mới\"", "chương trình \"Thầy cô dạy giỏi kèm cặp đồng nghiệp\""),
        "vd": ("việc đổi mới sinh hoạt tổ chuyên môn", "việc xây dựng kế hoạch giáo dục của trường", "đợt kiểm tra nội bộ học kì I", "việc bồi dưỡng giáo viên trẻ", "việc xây dựng thư viện xanh"),
    },
    "theory": (
        "[Quản lí|Công tác quản lí] [nhà trường|giáo dục] [là|được hiểu là] [hệ thống|những] [tác động|hoạt động] [có mục đích|có kế hoạch] [của|mà] [chủ thể quản lí|người quản lí] [đến|lên] [tập thể|đội ngũ] [giáo viên, nhân viên, học sinh|cán bộ, giáo viên] [nhằm|để] [thực hiện|đạt được] [mục tiêu giáo dục|mục tiêu đề ra].",
        "[Đội ngũ|Chất lượng đội ngũ] [giáo viên|nhà giáo] [là|giữ vai trò] [yếu tố|nhân tố] [quyết định|then chốt] [chất lượng giáo dục|thành công của đổi mới], [vì vậy|do đó] [bồi dưỡng|phát triển] [đội ngũ|giáo viên] [là|luôn là] [nhiệm vụ|khâu] [trọng tâm|đột phá] [của người quản lí|của nhà trường].",
        "[Theo|Căn cứ] Điều lệ [trường|nhà trường], [Hiệu trưởng|Ban giám hiệu] [chịu trách nhiệm|có nhiệm vụ] [xây dựng|tổ chức thực hiện] [kế hoạch|chiến lược] [phát triển|giáo dục] [nhà trường|] [và|,] [quản lí|chỉ đạo] [hoạt động chuyên môn|các hoạt động].",
    ),
    "reality": (
        "[Đội ngũ|Giáo viên] [của trường|nhà trường] [không đồng đều|chưa đồng đều] [về|trong] [năng lực|chuyên môn], [một số|vài] [giáo viên|đồng chí] [lớn tuổi|đã lớn tuổi] [ngại|chậm] [đổi mới|ứng dụng công nghệ thông tin], [một số|vài] [giáo viên trẻ|giáo viên mới] [còn thiếu|chưa có nhiều] [kinh nghiệm|].",
        "[Sinh hoạt tổ chuyên môn|Hoạt động chuyên môn] [còn|vẫn còn] [nặng về|thiên về] [hành chính|thủ tục], [chưa|ít] [đi sâu|tập trung] [vào|] [nghiên cứu bài học|những vấn đề chuyên môn cụ thể].",
    ),
    "topics": (
        {
            "key": "ql_sinh_hoat_chuyen_mon",
            "phrase": "sinh hoạt tổ chuyên môn",
            "levels": ("tieu_hoc", "thcs", "thpt", "mam_non"),
            "titles": (
                "[đổi mới|nâng cao chất lượng] sinh hoạt tổ chuyên môn [ở|tại] [trường|{truong_ngan}]",
                "chỉ đạo đổi mới sinh hoạt tổ chuyên môn [theo hướng nghiên cứu bài học|] [ở|tại] {truong_ngan}",
            ),
            "ideas": (
                ("Chỉ đạo sinh hoạt chuyên môn [theo|dựa trên] nghiên cứu bài học", (
                    "[Ban giám hiệu|Tôi] [chỉ đạo|hướng dẫn] [các tổ|tổ chuyên môn] [lựa chọn|chọn] [bài học|tiết dạy] [minh họa|để nghiên cứu] [ngay từ|vào] [đầu mỗi tháng|đầu học kì], [cùng|tập thể tổ cùng] [thiết kế|xây dựng] [kế hoạch bài dạy|bài dạy].",
                    "[Khi dự giờ|Trong giờ dự], [giáo viên dự|người dự] [tập trung|chú ý] [quan sát|vào] [hoạt động học|việc học] [của học sinh|của các em] [thay vì|chứ không] [soi|đánh giá] [giáo viên dạy|người dạy].",
                    "[Buổi thảo luận|Phần thảo luận] [sau giờ dạy|sau tiết dự] [xoay quanh|tập trung vào] [câu hỏi|những câu hỏi] [\"Học sinh học như thế nào?\", \"Khi nào học sinh gặp khó khăn?\"|\"Điều gì giúp học sinh học tốt hơn?\"] [để|nhằm] [rút ra|tìm ra] [bài học|cách điều chỉnh] [chung|cho cả tổ].",
                )),
                ("[Ứng dụng|Đẩy mạnh ứng dụng] công nghệ thông tin [trong|vào] [sinh hoạt|quản lí] [chuyên môn|tổ chuyên môn]", (
                    "[Mỗi tổ|Các tổ] [có|lập] {dc} [để|nhằm] [chia sẻ|lưu trữ] [kế hoạch bài dạy|tài liệu], [học liệu|video tiết dạy] [và|,] [góp ý|trao đổi] [trực tuyến|qua mạng] [trước|trước khi] [buổi sinh hoạt|họp tổ].",
                    "[Nhờ|Với] [cách làm|hình thức] [này|đó], [thời gian|thời lượng] [họp tổ|sinh hoạt] [được|] [rút ngắn|tiết kiệm], [tập trung|dành] [vào|cho] [những nội dung|vấn đề] [chuyên môn|trọng tâm] [cần|] [thảo luận|bàn bạc] [trực tiếp|kĩ].",
                )),
                ("[Phát huy|Nâng cao] vai trò [của|] tổ trưởng [chuyên môn|] [và|,] [giáo viên cốt cán|đội ngũ cốt cán]", (
                    "[Tôi|Ban giám hiệu] [tổ chức|mở] [buổi|các buổi] [bồi dưỡng|tập huấn] [kĩ năng|nghiệp vụ] [quản lí tổ|điều hành sinh hoạt] [cho|dành cho] [tổ trưởng|các tổ trưởng] [ngay từ|vào] [đầu năm|tháng 8].",
                    "[Tổ trưởng|Các tổ trưởng] [được|] [giao quyền|trao quyền] [chủ động|] [xây dựng|đề xuất] [kế hoạch|nội dung] [sinh hoạt|hoạt động] [của tổ|] [phù hợp|sát] [với|] [thực tế|tình hình] [của tổ|bộ môn].",
                    "[Giáo viên cốt cán|Những giáo viên giỏi] [được|] [phân công|giao] [kèm cặp|hỗ trợ] [giáo viên mới|đồng nghiệp trẻ] [theo|qua] {hd}.",
                )),
            ),
        },
        {
            "key": "ql_truong_hoc_hanh_phuc",
            "phrase": "trường học hạnh phúc",
            "levels": ("tieu_hoc", "thcs", "thpt", "mam_non"),
            "titles": (
                "xây dựng trường học hạnh phúc [tại|ở] {truong_ngan}",
                "[chỉ đạo|quản lí] xây dựng trường học hạnh phúc [ở|tại] [trường|{truong_ngan}]",
            ),
            "ideas": (
                ("[Xây dựng|Thống nhất] [bộ quy tắc ứng xử|văn hóa ứng xử] [trong|của] nhà trường", (
                    "[Nhà trường|Ban giám hiệu] [tổ chức|lấy ý kiến] [cán bộ, giáo viên, nhân viên, học sinh và cha mẹ học sinh|toàn thể hội đồng sư phạm] [để|nhằm] [xây dựng|hoàn thiện] [bộ quy tắc ứng xử|quy tắc ứng xử] [ngắn gọn|cụ thể], [dễ thực hiện|dễ nhớ].",
                    "[Quy tắc|Bộ quy tắc] [được|] [niêm yết|treo] [ở|tại] [các phòng học, phòng làm việc|những nơi dễ thấy] [và|,] [đưa vào|trở thành] [tiêu chí|nội dung] [thi đua|đánh giá] [hằng tháng|cuối năm].",
                    "[Cán bộ quản lí|Ban giám hiệu] [gương mẫu|làm gương] [thực hiện|trước], [lắng nghe|tôn trọng] [ý kiến|góp ý] [của|từ] [giáo viên|đồng nghiệp] [và|,] [giải quyết|xử lí] [công việc|mọi việc] [công khai, minh bạch|công bằng].",
                )),
                ("[Tạo|Xây dựng] môi trường [xanh – sạch – đẹp|thân thiện] [và|với] [nhiều|các] [không gian|góc] [trải nghiệm|sáng tạo]", (
                    "[Nhà trường|Trường] [huy động|vận động] [các nguồn lực|xã hội hóa] [để|nhằm] [cải tạo|xây dựng] [sân chơi|khuôn viên], [trồng|bổ sung] [cây xanh|bồn hoa] [và|,] [thiết kế|làm] [góc đọc sách|khu vui chơi] [ngoài trời|dưới tán cây].",
                    "[Mỗi lớp|Các lớp] [nhận|được giao] [chăm sóc|phụ trách] [một|] [bồn hoa|khu vực] [trong trường|], [vừa|không chỉ] [làm đẹp|tạo cảnh quan] [vừa|mà còn] [giáo dục|rèn] [ý thức|trách nhiệm] [bảo vệ môi trường|cho học sinh].",
                )),
                ("[Chăm lo|Quan tâm] [đời sống tinh thần|sức khỏe tinh thần] [của|cho] [giáo viên|đội ngũ] [và|,] [giảm áp lực|giảm tải] [hồ sơ, sổ sách|công việc hành chính]", (
                    "[Ban giám hiệu|Nhà trường] [rà soát|cắt giảm] [hồ sơ, sổ sách|những loại hồ sơ] [không cần thiết|trùng lặp], [chuyển|chuyển sang] [hồ sơ điện tử|quản lí trên phần mềm] [để|nhằm] [giáo viên|thầy cô] [có thêm thời gian|tập trung] [cho|vào] [chuyên môn|giảng dạy].",
                    "[Công đoàn|Nhà trường] [tổ chức|duy trì] [các hoạt động|hoạt động] [giao lưu|văn nghệ, thể thao] [và|,] [thăm hỏi|động viên] [kịp thời|] [khi|những lúc] [đồng nghiệp|giáo viên] [ốm đau|gặp khó khăn], [tạo|gắn kết] [không khí|tập thể] [đoàn kết|như một gia đình].",
                    "[Những|Các] [cố gắng|đóng góp] [của giáo viên|của mỗi người] [được|] [ghi nhận|khen ngợi] [kịp thời|công khai] [qua|bằng] [lời cảm ơn|thư khen] [trong|tại] [các buổi họp|cuộc họp hội đồng].",
                )),
            ),
        },
        {
            "key": "ql_chuyen_doi_so",
            "phrase": "chuyển đổi số",
            "levels": ("tieu_hoc", "thcs", "thpt", "phong"),
            "titles": (
                "[đẩy mạnh|triển khai] chuyển đổi số trong [công tác quản lí|quản lí và dạy học] [ở|tại] {truong_ngan}",
                "[chỉ đạo|thực hiện] chuyển đổi số [trong|ở] [nhà trường|các trường học] [hiệu quả|]",
            ),
            "ideas": (
                ("[Số hóa|Chuyển đổi] hồ sơ [quản lí|sổ sách] [sang|bằng] [phần mềm|hồ sơ điện tử]", (
                    "[Đơn vị|Tôi] [chỉ đạo|triển khai] [sử dụng|áp dụng] [sổ điểm điện tử, học bạ số|hồ sơ điện tử] [và|,] {dc} [thay thế|thay cho] [hồ sơ giấy|sổ sách giấy] [theo lộ trình|từng bước].",
                    "[Mỗi loại hồ sơ|Từng loại hồ sơ] [được|] [quy định|phân công] [người phụ trách|rõ người cập nhật], [thời hạn|thời gian] [cập nhật|nhập liệu] và [người kiểm duyệt|người kiểm tra] [cụ thể|].",
                    "[Việc|Việc tra cứu,] [tra cứu|báo cáo] [số liệu|thông tin] [trở nên|trở thành] [nhanh chóng|thuận tiện], [giảm|tiết kiệm] [đáng kể|] [giấy tờ, thời gian|chi phí in ấn].",
                )),
                ("[Bồi dưỡng|Nâng cao] [năng lực số|kĩ năng công nghệ thông tin] cho [giáo viên|đội ngũ]", (
                    "[Nhà trường|Đơn vị] [khảo sát|đánh giá] [năng lực số|kĩ năng] [của|] [từng giáo viên|đội ngũ] [và|rồi] [tổ chức|mở] [các lớp|lớp] [bồi dưỡng|tập huấn] [ngắn|theo nhóm] [phù hợp|với] [từng mức độ|nhu cầu].",
                    "[Giáo viên|Thầy cô] [thành thạo|giỏi công nghệ] [được|] [phân công|cử] [hỗ trợ|\"cầm tay chỉ việc\" cho] [đồng nghiệp|giáo viên lớn tuổi] [trong tổ|] [theo|qua] [nhóm|cặp].",
                    "[Kho học liệu số|Thư viện bài giảng điện tử] [của trường|] [được|] [xây dựng|tích lũy] [và|,] [chia sẻ|dùng chung] [cho|giữa] [toàn trường|các tổ] [để|nhằm] [tiết kiệm|giảm] [công sức|thời gian chuẩn bị].",
                )),
            ),
        },
    ),
}

THU_VIEN = {
    "key": "thu_vien",
    "name": "Thư viện trường học",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt"),
    "mon": "công tác thư viện",
    "duties": ("Nhân viên thư viện", "Nhân viên thư viện – thiết bị", "Giáo viên kiêm nhiệm công tác thư viện"),
    "slots": {
        "dc": ("tủ sách lớp học", "thư viện xanh", "phần mềm quản lí thư viện", "góc đọc ngoài trời", "mã QR giới thiệu sách", "bảng tin thư viện", "trang fanpage của thư viện"),
        "hd": ("ngày hội đọc sách", "cuộc thi \"Giới thiệu sách\"", "giờ đọc thư viện", "hoạt động \"Đổi sách cũ lấy sách mới\"", "cuộc thi \"Đại sứ văn hóa đọc\"", "hoạt động kể chuyện theo sách"),
        "vd": ("cuốn \"Dế Mèn phiêu lưu kí\"", "bộ truyện cổ tích Việt Nam", "cuốn \"Những tấm lòng cao cả\"", "sách về các danh nhân đất Việt", "tủ sách pháp luật", "cuốn \"Hạt giống tâm hồn\""),
    },
    "theory": (
        "[Thư viện|Thư viện trường học] [là|được xem là] [trung tâm|\"trái tim\"] [văn hóa, khoa học|thông tin] [của nhà trường|], [góp phần|hỗ trợ] [đổi mới phương pháp dạy học|nâng cao chất lượng dạy và học] [và|,] [hình thành|phát triển] [thói quen tự học|văn hóa đọc] [cho học sinh|].",
        "[Theo|Căn cứ] [quy định|Thông tư số 16/2022/TT-BGDĐT] [về|quy định] [tiêu chuẩn|] thư viện [trường học|cơ sở giáo dục mầm non và phổ thông], [thư viện|các thư viện] [cần|phải] [tổ chức|đổi mới] [hoạt động|dịch vụ] [theo hướng|gắn với] [mở, thân thiện|hỗ trợ học tập].",
    ),
    "reality": (
        "[Vốn tài liệu|Sách] [của thư viện|] [còn|vẫn còn] [ít|hạn chế], [nhiều|một số] [đầu sách|sách] [cũ|đã cũ], [chưa|không] [hấp dẫn|phù hợp] [với|] [sở thích|lứa tuổi] [của học sinh|].",
        "[Học sinh|Nhiều em] [ít|chưa] [đến|lên] thư viện, [thích|chỉ thích] [xem điện thoại|chơi điện tử] [hơn|] [đọc sách|]; [phòng đọc|diện tích thư viện] [chật|nhỏ], [thời gian|giờ] [mở cửa|phục vụ] [trùng|trùng với] [giờ học|].",
    ),
    "topics": (
        {
            "key": "tv_van_hoa_doc",
            "phrase": "văn hóa đọc",
            "levels": ("tieu_hoc", "thcs", "thpt"),
            "titles": (
                "[phát triển|xây dựng] văn hóa đọc cho học sinh [trong|ở] {truong_ngan}",
                "[nâng cao hiệu quả|phát triển] văn hóa đọc [qua|thông qua] hoạt động thư viện [ở|tại] [trường|{truong_ngan}]",
            ),
            "ideas": (
                ("Tổ chức [các hoạt động|hoạt động] [khuyến đọc|hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam] [đa dạng|hấp dẫn]", (
                    "[Hằng năm|Vào dịp 21/4], [thư viện|tôi] [phối hợp|cùng] [Liên đội|Đoàn trường] [tổ chức|triển khai] {hd} [với|gồm] [các hoạt động|nội dung] [như|] [trưng bày sách, thi kể chuyện, vẽ tranh theo sách|giới thiệu sách, đố vui, đổi sách].",
                    "[Mỗi lớp|Các lớp] [chuẩn bị|thực hiện] [một tiết mục|một sản phẩm] [giới thiệu|về] [một cuốn sách|cuốn sách] [yêu thích|hay], ví dụ [như|] {vd}, [bằng|qua] [hình thức|cách] [sân khấu hóa|vẽ tranh, thuyết trình].",
                    "[Hoạt động|Ngày hội] [thu hút|lôi cuốn] [đông đảo|nhiều] [học sinh|các em] [tham gia|], [số lượt|lượt] [mượn sách|đọc] [tăng|tăng lên] [rõ rệt|đáng kể] [sau đó|trong các tháng tiếp theo].",
                )),
                ("[Xây dựng|Phát triển] [tủ sách lớp học|thư viện mở] [và|,] [góc đọc|không gian đọc] [thân thiện|linh hoạt]", (
                    "[Thư viện|Tôi] [luân chuyển|chuyển] [sách|các túi sách] [đến|về] {dc} [theo|định kì] [từng tháng|hai tuần một lần], [giúp|để] [học sinh|các em] [đọc|mượn] [sách|] [ngay tại lớp|trong giờ ra chơi].",
                    "[Góc đọc|Không gian đọc] [ngoài trời|ở hành lang, sân trường] [được|] [bố trí|sắp xếp] [với|có] [giá sách|kệ sách], [bàn ghế|ghế đá] [và|,] [mái che|cây xanh] [để|cho] [học sinh|các em] [đọc|đọc sách] [bất cứ lúc nào|khi rảnh].",
                    "[Học sinh|Các em] [được|] [tham gia|giao] [quản lí|chăm sóc] [tủ sách|góc đọc] [của lớp|] [như|theo] [một|] [\"thủ thư nhỏ\"|nhiệm vụ tự quản], [ghi|theo dõi] [sổ mượn|việc mượn, trả] [sách|].",
                )),
                ("[Ứng dụng|Sử dụng] [công nghệ|mạng xã hội] [để|nhằm] [giới thiệu|quảng bá] sách [đến|tới] [học sinh|bạn đọc]", (
                    "[Thư viện|Tôi] [lập|xây dựng] {dc} [và|để] [đăng|giới thiệu] [sách mới|những cuốn sách hay] [kèm|bằng] [video ngắn|hình ảnh] [do|với sự tham gia của] [học sinh|các em] [thực hiện|].",
                    "[Mỗi cuốn sách|Những cuốn sách] [được|] [gắn|dán] [mã QR|mã] [dẫn đến|liên kết tới] [phần tóm tắt|video giới thiệu] [để|giúp] [học sinh|các em] [tìm hiểu|xem trước] [nội dung|] [trước khi mượn|].",
                )),
            ),
        },
        {
            "key": "tv_thu_vien_phuc_vu",
            "phrase": "phục vụ bạn đọc",
            "levels": ("tieu_hoc", "thcs", "thpt"),
            "titles": (
                "nâng cao hiệu quả phục vụ bạn đọc [của|tại] thư viện [trường|{truong_ngan}]",
                "[đổi mới|cải tiến] công tác phục vụ bạn đọc [ở|trong] thư viện [trường học|{truong_ngan}]",
            ),
            "ideas": (
                ("[Tin học hóa|Ứng dụng phần mềm trong] [quản lí|nghiệp vụ] thư viện", (
                    "[Tôi|Thư viện] [nhập|cập nhật] [toàn bộ|hơn] {n_big} [đầu sách|bản sách] [vào|lên] {dc}, [dán|in] [mã vạch|nhãn] [cho từng cuốn|] [để|nhằm] [mượn, trả|quản lí] [nhanh chóng|chính xác].",
                    "[Bạn đọc|Giáo viên và học sinh] [có thể|được] [tra cứu|tìm] [sách|tài liệu] [trực tuyến|qua máy tính] [và|,] [đăng kí mượn|đặt trước] [mà không cần|không phải] [chờ đợi|xếp hàng].",
                    "[Phần mềm|Hệ thống] [thống kê|báo cáo] [tự động|nhanh] [số lượt mượn|tình hình mượn] [theo lớp|theo tháng], [giúp|là cơ sở để] [tôi|thư viện] [đề xuất|lựa chọn] [bổ sung|mua] [sách|đầu sách] [phù hợp|theo nhu cầu].",
                )),
                ("[Phối hợp|Kết hợp] với [giáo viên bộ môn|tổ chuyên môn] [tổ chức|xây dựng] [tiết đọc|giờ học] [tại thư viện|trong thư viện]", (
                    "[Tôi|Thư viện] [cùng|phối hợp với] [giáo viên|tổ chuyên môn] [xây dựng|lên] [lịch|kế hoạch] [tiết đọc thư viện|giờ học tại thư viện] [cho|với] [mỗi lớp|từng lớp] [ít nhất|] [một tiết mỗi tháng|hai tuần một tiết].",
                    "[Nội dung|Các tiết đọc] [gắn|bám sát] [với|] [bài học|chương trình] [các môn|bộ môn], [ví dụ|chẳng hạn] [tìm đọc tư liệu|đọc truyện] [về|liên quan đến] [chủ đề|bài] [đang học|sắp học].",
                    "[Tôi|Thư viện] [chuẩn bị|chọn lọc] [sẵn|trước] [sách, tài liệu|tư liệu] [theo|phục vụ] [yêu cầu|chủ đề] [của giáo viên|] [và|,] [hướng dẫn|dạy] [học sinh|các em] [kĩ năng|cách] [tìm kiếm|tra cứu] [thông tin|tài liệu].",
                )),
            ),
        },
    ),
}

FIELDS = (CHU_NHIEM, QUAN_LY, THU_VIEN)

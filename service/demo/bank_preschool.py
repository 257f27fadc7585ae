"""Content bank: Giáo dục mầm non. Written for this project.

For preschool, ``{hs}`` is "trẻ" and ``{lop}`` an age band ("5 – 6 tuổi").
"""

from __future__ import annotations

MAM_NON = {
    "key": "mam_non",
    "name": "Giáo dục mầm non",
    "kind": "teach",
    "levels": ("mam_non",),
    "mon": "[hoạt động giáo dục|chương trình giáo dục mầm non]",
    "duties": ("Giáo viên chủ nhiệm {lopcn}", "Giáo viên mầm non, phụ trách {lopcn}", "Tổ trưởng tổ chuyên môn khối Mẫu giáo"),
    "slots": {
        "dc": ("tranh truyện", "rối tay", "đồ chơi tự tạo", "nguyên vật liệu mở", "lô tô", "thẻ chữ cái", "bảng chun", "hộp bí mật", "video hoạt hình ngắn", "góc thiên nhiên"),
        "hd": ("trò chơi \"Tìm bạn thân\"", "trò chơi \"Về đúng nhà\"", "trò chơi \"Chiếc túi kì lạ\"", "trò chơi \"Ai nhanh nhất\"", "trò chơi \"Thả đỉa ba ba\"", "trò chơi \"Mèo đuổi chuột\"", "trò chơi \"Rồng rắn lên mây\"", "trò chơi đóng vai \"Bán hàng\""),
        "vd": ("truyện \"Chú dê đen\"", "bài thơ \"Hoa kết trái\"", "chủ đề \"Gia đình bé\"", "chủ đề \"Thế giới động vật\"", "chủ đề \"Trường mầm non của bé\"", "chủ đề \"Các mùa trong năm\"", "chủ đề \"Phương tiện giao thông\""),
    },
    "theory": (
        "[Giai đoạn|Lứa tuổi] mầm non [là|được xem là] [thời kì vàng|giai đoạn quan trọng] [cho|đối với] [sự phát triển|sự hình thành nhân cách] [của trẻ|], [những gì|điều] trẻ [được|] [tiếp nhận|học] [trong giai đoạn này|ở lứa tuổi này] [ảnh hưởng|tác động] [lâu dài|sâu sắc] [đến|tới] [cả cuộc đời|sự phát triển sau này].",
        "[Chương trình|Chương trình giáo dục] mầm non [lấy trẻ làm trung tâm|xác định trẻ là trung tâm] [và|,] [nhấn mạnh|coi trọng] [việc|] [cho trẻ|để trẻ] [học qua chơi|\"học bằng chơi, chơi mà học\"], [trải nghiệm|hoạt động] [thực tế|với đồ vật].",
        "[Trẻ|Trẻ mầm non] [tư duy|nhận thức] [chủ yếu|chủ yếu bằng] [trực quan hình ảnh|trực quan hành động], [dễ nhớ|nhớ nhanh] [nhưng|mà cũng] [mau quên|nhanh quên], [chú ý|sự chú ý] [chưa bền vững|ngắn].",
    ),
    "reality": (
        "[Lớp|Nhóm lớp] [đông|có số trẻ đông] ({siso} trẻ), [nhiều trẻ|một số trẻ] [mới đi học|lần đầu đến lớp], [còn|hay] [khóc|nhút nhát], [chưa|không] [mạnh dạn|tự tin] [giao tiếp|tham gia hoạt động].",
        "[Phụ huynh|Nhiều phụ huynh] [bận|làm công nhân ở khu công nghiệp|đi làm ăn xa], [ít|chưa có] [thời gian|điều kiện] [trò chuyện|chơi] [với con|cùng con], [có|còn] [tâm lí|thói quen] [làm thay|nuông chiều] [trẻ|con].",
    ),
    "topics": (
        {
            "key": "mn_ngon_ngu",
            "phrase": "phát triển ngôn ngữ",
            "levels": ("mam_non",),
            "titles": (
                "phát triển ngôn ngữ cho trẻ {lop} [ở|tại] [lớp|trường] mầm non",
                "phát triển ngôn ngữ [mạch lạc|] cho trẻ {lop} [qua|thông qua] [các hoạt động|hoạt động kể chuyện]",
            ),
            "ideas": (
                ("[Tăng cường|Tích cực] trò chuyện với trẻ [mọi lúc, mọi nơi|trong các hoạt động hằng ngày]", (
                    "[Vào|Trong] [giờ đón trẻ|lúc đón trẻ], [giờ ăn, giờ chơi|giờ vệ sinh], tôi [luôn|thường xuyên] [trò chuyện|hỏi han] [với trẻ|trẻ] [về|những chuyện như] [gia đình|bữa sáng|đồ chơi yêu thích] [để|nhằm] [khuyến khích|tạo cơ hội cho] trẻ [nói|diễn đạt].",
                    "[Tôi|Cô] [dùng|đặt] [câu hỏi mở|câu hỏi gợi mở] như [\"Con nghĩ gì?\", \"Vì sao vậy?\"|\"Con đã làm thế nào?\", \"Điều gì sẽ xảy ra?\"] [thay vì|hơn là] [câu hỏi|những câu hỏi] [chỉ cần trả lời \"có\" hoặc \"không\"|đóng].",
                    "[Khi|Lúc] trẻ [nói|diễn đạt] [chưa đúng|sai ngữ pháp], [tôi|cô] [không|tránh] [chê|bắt trẻ nói lại ngay] mà [nhắc lại|lặp lại] [câu|] [cho đúng|bằng câu đúng] [một cách tự nhiên|nhẹ nhàng] [để|cho] trẻ [nghe|học theo].",
                )),
                ("[Phát triển|Mở rộng] vốn từ [cho trẻ|] [qua|thông qua] [thơ, truyện|các tác phẩm văn học]", (
                    "[Tôi|Cô] [lựa chọn|sưu tầm] [thơ, truyện|bài thơ, câu chuyện] [ngắn gọn|phù hợp] [với|theo] [chủ đề|lứa tuổi] [có|giàu] [hình ảnh|từ ngữ] [gợi tả|sinh động], [kể|đọc] [diễn cảm|với giọng điệu phù hợp] [kết hợp|cùng] {dc}.",
                    "Ví dụ, [khi kể|với] {vd}, [tôi|cô] [cho|để] trẻ [đóng vai|làm] [nhân vật|các nhân vật] [và|để] [nói|đọc] [lời thoại|lời] [của nhân vật|] [bằng|với] [giọng|ngữ điệu] [phù hợp|khác nhau].",
                    "[Sau đó|Tiếp theo], trẻ [được|] [kể lại|kể] [chuyện|câu chuyện] [theo tranh|theo trí nhớ] [hoặc|,] [tự|] [sáng tạo|nghĩ ra] [đoạn kết|kết thúc] [mới|khác] [cho câu chuyện|].",
                )),
                ("[Xây dựng|Tổ chức] [góc sách|góc thư viện] [và|,] [góc|khu vực] [kể chuyện|trò chuyện] [hấp dẫn|thân thiện]", (
                    "[Góc sách|Góc thư viện] [của lớp|trong lớp] [được|] [bố trí|sắp xếp] [ở nơi|tại chỗ] [đủ ánh sáng|yên tĩnh], [có|với] [thảm ngồi|gối tựa] và [sách tranh|truyện tranh] [thay đổi|được bổ sung] [theo chủ đề|hằng tuần].",
                    "[Tôi|Cô] [cùng|hướng dẫn] trẻ [làm|tự làm] [sách|cuốn sách] [từ|bằng] [tranh ảnh cũ|họa báo] [và|rồi] [kể|giới thiệu] [về|cho các bạn nghe về] [cuốn sách|sản phẩm] [của mình|].",
                    "[Phụ huynh|Các gia đình] [ủng hộ|góp] [sách cũ|truyện] [cho|vào] [góc sách|thư viện lớp] [và|,] [được|] [mời|khuyến khích] [đọc sách|kể chuyện] [cùng con|cho con nghe] [mỗi tối|trước giờ ngủ].",
                )),
                ("[Tổ chức|Lồng ghép] trò chơi [ngôn ngữ|phát triển lời nói] [vào|trong] [các hoạt động|hoạt động hằng ngày]", (
                    "[Tôi|Cô] [tổ chức|cho trẻ chơi] {hd} [và|cùng] [các trò chơi|trò chơi] [như|] [\"Nói nhanh tên con vật\", \"Đoán xem ai nói\"|\"Tìm từ trái nghĩa\", \"Thi ai kể đúng\"] [để|nhằm] [luyện phát âm|phát triển vốn từ] [cho trẻ|].",
                    "[Trò chơi|Các trò chơi] [được|] [thay đổi|luân phiên] [liên tục|thường xuyên] [để|giúp] [trẻ|] [không|không bị] [nhàm chán|chán], [phù hợp|gắn] [với|] [chủ đề|nội dung] [của tuần|đang học].",
                )),
            ),
        },
        {
            "key": "mn_ky_nang",
            "phrase": "kĩ năng tự phục vụ",
            "levels": ("mam_non",),
            "titles": (
                "giáo dục kĩ năng tự phục vụ cho trẻ {lop}",
                "rèn kĩ năng tự phục vụ [và kĩ năng sống|] cho trẻ {lop} [trong trường mầm non|]",
            ),
            "ideas": (
                ("[Rèn|Hình thành] [thói quen|kĩ năng] tự phục vụ [qua|trong] [các hoạt động|sinh hoạt] [hằng ngày|thường ngày]", (
                    "[Tôi|Cô] [hướng dẫn|dạy] trẻ [tự|cách tự] [cất dép, cất ba lô|xúc cơm, lau miệng|rửa tay bằng xà phòng|gấp quần áo] [đúng nơi quy định|theo đúng các bước] [ngay từ|trong] [những ngày đầu|tháng đầu] [năm học|].",
                    "[Mỗi kĩ năng|Từng kĩ năng] [được|] [chia|tách] [thành|ra] [các bước|bước nhỏ] [có|kèm] [tranh minh họa|hình ảnh] [dán|treo] [ở|tại] [nơi|khu vực] [trẻ|] [thực hiện|hay thực hiện], [ví dụ|chẳng hạn] [sáu bước rửa tay|quy trình cất đồ dùng].",
                    "[Tôi|Cô] [kiên trì|nhẹ nhàng] [nhắc nhở|hướng dẫn] [hằng ngày|mỗi ngày] [cho đến khi|để] [kĩ năng|việc làm] [trở thành|thành] [thói quen|nền nếp] [của trẻ|].",
                )),
                ("[Lồng ghép|Giáo dục] kĩ năng [qua|trong] [trò chơi đóng vai|giờ chơi ở các góc]", (
                    "[Ở|Trong] [góc phân vai|góc gia đình], [trẻ|các bé] [đóng vai|chơi] [bố mẹ, người bán hàng, bác sĩ|nấu ăn, dọn nhà, chăm em] [để|và] [thực hành|tập làm] [những việc|công việc] [tự phục vụ|hằng ngày] [một cách|] [tự nhiên|vui vẻ].",
                    "[Tôi|Cô] [chuẩn bị|làm] {dc} [như|] [khung tập cài cúc, kéo khóa|bàn chải, khăn mặt đồ chơi] [để|cho] trẻ [luyện|tập] [sự khéo léo|cử động tinh] [của đôi tay|].",
                    "{hd} [cũng được|được] [lồng ghép|sử dụng] [để|nhằm] [giúp|cho] trẻ [ghi nhớ|thực hành] [các bước|kĩ năng] [một cách|] [nhẹ nhàng|hào hứng].",
                )),
                ("[Phối hợp|Thống nhất] với phụ huynh [trong việc|để] [rèn|duy trì] kĩ năng [cho trẻ|] [ở nhà|tại gia đình]", (
                    "[Tôi|Cô] [trao đổi|chia sẻ] [với phụ huynh|] [vào|trong] [giờ đón, trả trẻ|buổi họp phụ huynh] [về|những] [kĩ năng|việc] [trẻ|con] [đã|] [làm được|biết làm] [ở lớp|] [và|để] [đề nghị|mong] [gia đình|phụ huynh] [tạo cơ hội|để con] [tự làm|thực hiện] [ở nhà|].",
                    "[Các video|Video] [ngắn|] [ghi lại|quay cảnh] trẻ [tự|] [xúc cơm, gấp quần áo|làm việc vừa sức] [được|] [gửi|chia sẻ] [vào nhóm Zalo của lớp|cho phụ huynh] [để|nhằm] [phụ huynh|cha mẹ] [thấy|tin tưởng vào] [khả năng|sự tiến bộ] [của con|].",
                    "[Nhờ|Với] [sự thống nhất|sự phối hợp] [này|đó], [phụ huynh|gia đình] [dần|đã] [bỏ|hạn chế] [thói quen|việc] [làm thay|làm hộ] [con|trẻ], trẻ [tự tin|mạnh dạn] [và độc lập|, tự lập] hơn.",
                )),
            ),
        },
        {
            "key": "mn_vao_lop_1",
            "phrase": "sẵn sàng vào lớp 1",
            "levels": ("mam_non",),
            "grades": ("5 – 6 tuổi",),
            "titles": (
                "giúp trẻ {lop} sẵn sàng vào lớp 1",
                "chuẩn bị [tâm thế|cho trẻ] sẵn sàng vào lớp 1 [cho trẻ {lop}|ở trẻ {lop}]",
            ),
            "ideas": (
                ("[Làm quen|Cho trẻ làm quen] với chữ cái và [tư thế|kĩ năng] [cầm bút, ngồi viết|chuẩn bị viết] [đúng|]", (
                    "[Tôi|Cô] [tổ chức|cho trẻ tham gia] [các hoạt động|hoạt động] [làm quen chữ cái|nhận biết chữ cái] [qua|bằng] {dc} [và|,] [trò chơi|các trò chơi] [như|] [\"Tìm chữ cái trong từ\", \"Ghép chữ bằng hột hạt\"|\"Xếp chữ bằng que\", \"Tô màu chữ rỗng\"].",
                    "Trẻ [được|] [hướng dẫn|luyện] [tư thế ngồi|ngồi] [đúng|ngay ngắn], [cách cầm bút|cầm bút bằng ba ngón], [tô|tô theo] [nét|đường] [chấm mờ|cơ bản] [mà|nhưng] [không|tuyệt đối không] [dạy viết trước|dạy trước chương trình lớp 1].",
                    "[Góc|Góc học tập] [chữ cái|làm quen với chữ viết] [được|] [trang trí|bố trí] [hấp dẫn|sinh động] [với|có] [chữ cái|bảng chữ cái] [in màu|lớn] [để|cho] trẻ [làm quen|tiếp xúc] [hằng ngày|thường xuyên].",
                )),
                ("[Tổ chức|Cho trẻ] [tham quan|trải nghiệm] [trường tiểu học|lớp 1] [và|để] [chuẩn bị|làm quen với] [nề nếp|môi trường học tập mới]", (
                    "[Cuối năm học|Vào tháng Tư], [nhà trường|lớp] [phối hợp|liên hệ] [với|] [trường tiểu học|Trường Tiểu học {xa}] [tổ chức|cho] trẻ [tham quan|đến thăm] [lớp học, thư viện, sân trường|các lớp 1] [và|,] [dự|xem] [một tiết học|giờ học] [của các anh chị|].",
                    "[Ở lớp|Tại lớp], [tôi|cô] [tổ chức|cho trẻ chơi] [trò chơi|hoạt động] [\"Bé làm học sinh lớp 1\"|\"Lớp học của em\"] [để|nhằm] [trẻ|các bé] [tập|làm quen với] [giơ tay phát biểu, xếp hàng, chuẩn bị đồ dùng|nề nếp học tập].",
                    "[Hoạt động|Những trải nghiệm] [này|trên] [giúp|khiến] trẻ [bớt|không còn] [bỡ ngỡ|lo lắng], [háo hức|mong chờ] [được|] [lên lớp 1|vào lớp 1].",
                )),
                ("[Phát triển|Rèn] [khả năng|kĩ năng] [chú ý, ghi nhớ|tư duy] [qua|bằng] [trò chơi học tập|hoạt động làm quen với toán]", (
                    "[Tôi|Cô] [thiết kế|sử dụng] [trò chơi|các trò chơi] [như|] [\"Cái gì biến mất\", \"Tìm điểm khác nhau\"|\"Ghép hình\", \"Nối số với nhóm đồ vật\"] [để|nhằm] [rèn|phát triển] [khả năng|sự] [tập trung|chú ý] và [ghi nhớ|quan sát] [cho trẻ|].",
                    "[Trẻ|Các bé] [được|] [đếm, so sánh, phân loại|đếm và thêm bớt] [đồ vật|hột hạt, lá cây] [trong phạm vi 10|thật] [qua|bằng] [hoạt động|tình huống] [thực tế|hằng ngày] như [chia bánh|đếm bạn vắng|xếp ghế].",
                )),
            ),
        },
        {
            "key": "mn_kham_pha",
            "phrase": "khám phá khoa học",
            "levels": ("mam_non",),
            "grades": ("5 – 6 tuổi", "4 – 5 tuổi", "3 – 4 tuổi"),
            "titles": (
                "tổ chức hoạt động khám phá khoa học cho trẻ {lop}",
                "[nâng cao|tạo hứng thú cho trẻ trong] hoạt động khám phá khoa học [cho trẻ {lop}|ở trẻ {lop}]",
            ),
            "ideas": (
                ("[Cho trẻ|Tổ chức cho trẻ] [làm|thực hiện] thí nghiệm [đơn giản|khoa học vui]", (
                    "[Tôi|Cô] [tổ chức|cho trẻ làm] [các thí nghiệm|thí nghiệm] [đơn giản|an toàn] như [\"Vật chìm, vật nổi\", \"Nước đổi màu\", \"Hạt nảy mầm\"|\"Núi lửa phun trào\", \"Bông hoa nở trong nước\"] [với|bằng] [đồ vật|nguyên liệu] [quen thuộc|dễ tìm].",
                    "[Trước khi|Trước lúc] [làm|tiến hành], trẻ [được|] [đoán|dự đoán] [điều gì|kết quả] [sẽ xảy ra|], [sau đó|rồi] [quan sát|tự làm] và [nói|kể] [lại|ra] [những gì|điều] [mình thấy|trẻ quan sát được].",
                    "[Trẻ|Các bé] [rất|vô cùng] [hào hứng|thích thú] [và|,] [đặt|hỏi] [nhiều câu hỏi|nhiều câu hỏi \"vì sao\"], [đó là|chính là] [lúc|cơ hội] [tôi|cô] [mở rộng|giải thích] [hiểu biết|kiến thức] [cho trẻ|].",
                )),
                ("[Xây dựng|Tận dụng] [góc thiên nhiên|vườn rau của bé] [để|cho] trẻ [quan sát|chăm sóc] [và trải nghiệm|]", (
                    "[Lớp|{lopcn}] [có|được giao] [một|] [khu vườn nhỏ|luống rau] [trong|ở] [sân trường|góc sân], trẻ [cùng cô|được] [gieo hạt|trồng cây], [tưới nước|chăm sóc] và [theo dõi|quan sát] [sự lớn lên|sự phát triển] [của cây|] [hằng ngày|mỗi ngày].",
                    "[Trẻ|Các bé] [vẽ|ghi lại] [sự thay đổi|quá trình phát triển] [của cây|] [vào|trong] [\"nhật kí quan sát\"|sổ quan sát] [bằng|với] [tranh vẽ|hình vẽ] [đơn giản|].",
                    "[Qua|Thông qua] [việc|hoạt động] [chăm sóc|trồng] cây, trẻ [hiểu|biết] [cây cần|về] [nước, ánh sáng, đất|điều kiện sống của cây] [và|,] [biết|thêm] [yêu|quý] [thiên nhiên|lao động].",
                )),
                ("[Sử dụng|Đặt] [câu hỏi|tình huống có vấn đề] [kích thích|khơi gợi] [tò mò|tư duy] [của trẻ|]", (
                    "[Tôi|Cô] [tạo|đưa ra] [tình huống|những tình huống] [có vấn đề|bất ngờ] như [\"Làm sao lấy đồ chơi ra khỏi chai mà không đổ nước?\"|\"Vì sao chiếc lá lại nổi?\"] [để|cho] trẻ [suy nghĩ|tìm cách giải quyết].",
                    "[Tôi|Cô] [chấp nhận|tôn trọng] [mọi|các] [ý kiến|câu trả lời] [của trẻ|], [khuyến khích|động viên] trẻ [thử|thử nghiệm] [nhiều cách|các cách khác nhau] [và|rồi] [tự|] [rút ra|nhận ra] [kết luận|điều đúng].",
                )),
            ),
        },
    ),
}

FIELDS = (MAM_NON,)

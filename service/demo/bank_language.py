"""Content bank: Tiếng Việt – Ngữ văn and Tiếng Anh. Written for this project."""

from __future__ import annotations

TIENG_VIET = {
    "key": "tieng_viet",
    "name": "Tiếng Việt – Ngữ văn",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt"),
    "mon": "[môn Tiếng Việt|môn Ngữ văn]",
    "duties": ("Giáo viên chủ nhiệm {lopcn}, dạy các môn văn hóa", "Giáo viên dạy Ngữ văn {lop}", "Tổ trưởng tổ Ngữ văn"),
    "slots": {
        "dc": ("tranh minh họa", "bảng phụ", "phiếu đọc", "sơ đồ tư duy", "thẻ từ", "video bài đọc mẫu", "sổ tay chính tả", "góc thư viện lớp học"),
        "hd": ("trò chơi \"Tiếp sức đọc\"", "thi \"Đọc hay, viết đẹp\"", "hoạt động đóng vai nhân vật", "trò chơi \"Ô chữ bí mật\"", "thi kể chuyện theo tranh", "hoạt động \"Nhà văn nhí\""),
        "vd": ("bài đọc \"Quà của bố\"", "đoạn văn tả cây phượng trước sân trường", "bài thơ về mùa thu quê hương", "câu chuyện về lòng biết ơn thầy cô", "đoạn văn kể về một ngày cuối tuần", "bài văn tả người thân trong gia đình", "truyện ngắn về tình bạn"),
    },
    "theory": (
        "[Tiếng Việt|Ngữ văn] là [môn học công cụ|môn học nền tảng], [giúp|trang bị cho] {hs} [bốn kĩ năng|các kĩ năng] [nghe, nói, đọc, viết|giao tiếp cơ bản] [để|làm nền tảng để] [học tập các môn khác|học tốt các môn học khác] và [giao tiếp|sử dụng] [trong cuộc sống|hằng ngày].",
        "[Đọc|Hoạt động đọc] [không chỉ là|không đơn thuần là] [đánh vần|phát âm đúng] mà [còn|là] [quá trình|một quá trình] [hiểu|tiếp nhận] [nội dung|ý nghĩa] [văn bản|bài đọc], [cảm nhận|rung cảm] [cái hay, cái đẹp|vẻ đẹp] [của ngôn từ|của tác phẩm].",
        "[Chương trình|Chương trình môn] [Ngữ văn 2018|Tiếng Việt 2018] [lấy|xác định] [việc|] [phát triển năng lực ngôn ngữ và năng lực văn học|rèn kĩ năng đọc, viết, nói và nghe] [làm|là] [mục tiêu|trục] [chính|xuyên suốt].",
    ),
    "reality": (
        "[Nhiều|Một số] {hs} [đọc|còn đọc] [nhỏ, ngắc ngứ|chưa lưu loát], [phát âm|viết] [sai|nhầm] [các phụ âm đầu l/n, s/x, tr/ch|các vần khó] [do ảnh hưởng của phương ngữ|do thói quen ở địa phương].",
        "[Vốn từ|Vốn sống] [của {hs}|] [còn nghèo|còn hạn chế], [bài viết|bài văn] [khô khan|sơ sài], [dùng từ|diễn đạt] [chưa chính xác|còn lặp từ], [nhiều em|không ít em] [sao chép|học thuộc] [văn mẫu|bài mẫu].",
    ),
    "topics": (
        {
            "key": "tv_doc_dien_cam",
            "phrase": "đọc diễn cảm",
            "levels": ("tieu_hoc",),
            "grades": (2, 3, 4, 5),
            "titles": (
                "rèn kĩ năng đọc diễn cảm cho học sinh {lop}",
                "giúp học sinh {lop} đọc diễn cảm [tốt|hay] [các bài tập đọc|văn bản]",
            ),
            "ideas": (
                ("[Đọc mẫu|Giáo viên đọc mẫu] [truyền cảm|chuẩn] và hướng dẫn [ngắt nghỉ|cách ngắt, nghỉ hơi]", (
                    "[Trước khi|Trước lúc] {hs} [luyện đọc|đọc], tôi [đọc mẫu|đọc mẫu toàn bài] [với giọng|bằng giọng] [phù hợp|thể hiện đúng] [nội dung|cảm xúc] [của bài|], [để|giúp] [các em|] [cảm nhận|hình dung] [được|] [cái hay|giọng điệu] [của văn bản|].",
                    "[Tôi|Giáo viên] [dùng|chép] [câu văn dài|đoạn văn] [lên|trên] {dc} [và|rồi] [đánh dấu|kí hiệu] [chỗ ngắt hơi (/)|chỗ ngắt] [, chỗ nghỉ hơi (//)|và nghỉ] [để|cho] {hs} [luyện đọc|đọc theo].",
                    "[Những|Các] [từ ngữ|từ] [gợi tả, gợi cảm|cần nhấn giọng] [được|] [gạch chân|tô màu] [để|giúp] [các em|{hs}] [nhấn giọng|đọc nhấn] [đúng chỗ|cho đúng].",
                    "Ví dụ, [khi dạy|với] {vd}, [tôi|giáo viên] [hướng dẫn|gợi ý] [các em|] [đọc|thể hiện] [giọng|] [nhẹ nhàng, tha thiết|vui tươi, hồn nhiên] [ở đoạn đầu|phù hợp từng đoạn].",
                )),
                ("[Giúp|Hướng dẫn] {hs} [hiểu nội dung|cảm thụ] bài [trước khi|để] đọc diễn cảm", (
                    "[Tôi|Giáo viên] [đặt|dùng] [câu hỏi|hệ thống câu hỏi] [gợi mở|khai thác] [về|để tìm hiểu] [nhân vật|tâm trạng nhân vật] và [tình cảm|thái độ] [của tác giả|] [trước khi|rồi mới] [luyện đọc diễn cảm|cho các em đọc diễn cảm].",
                    "[Khi|Một khi] {hs} [hiểu|cảm nhận được] [nội dung|cái hay] [của bài|], [các em|] [tự|sẽ] [tìm ra|biết] [giọng đọc|cách đọc] [phù hợp|đúng] [mà không|không cần] [phải|] [bắt chước|đọc theo] [giáo viên|một cách máy móc].",
                    "[Tôi|Giáo viên] [khuyến khích|để] [các em|{hs}] [nêu|trình bày] [cách đọc|giọng đọc] [mà mình|em] [chọn|thấy hay] [và giải thích|, giải thích] [vì sao|lí do], [tôn trọng|chấp nhận] [những cách thể hiện|cách đọc] [khác nhau|riêng] [nếu hợp lí|].",
                )),
                ("Tổ chức [thi đọc|đọc phân vai] [theo nhóm|trong lớp] [tạo|nhằm tạo] [hứng thú|không khí sôi nổi]", (
                    "[Với|Ở] [những bài|các bài] [có|nhiều] [lời thoại|nhân vật], tôi [tổ chức|cho {hs}] [đọc phân vai|đọc theo vai], [mỗi em|mỗi bạn] [nhận|đảm nhận] [một vai|vai một nhân vật] [và|,] [thể hiện|đọc] [đúng giọng|đúng tính cách] [của nhân vật|].",
                    "[Cuối tuần|Mỗi tháng], [lớp|{lopcn}] [tổ chức|có] {hd} [với|gồm] [các vòng|ba vòng] [đọc cá nhân, đọc nhóm|đọc thuộc lòng, đọc phân vai], [bạn đọc hay|em đọc hay nhất] [được|] [bình chọn|trao danh hiệu] \"[Giọng đọc vàng|Bạn đọc hay]\".",
                    "[Tôi|Giáo viên] [ghi âm|quay video] [bài đọc|phần đọc] [của các em|] [để|rồi] [các em|{hs}] [tự nghe lại|nghe lại] [và nhận ra|, tự phát hiện] [chỗ|điểm] [cần sửa|chưa hay].",
                )),
                ("[Luyện đọc|Rèn đọc] [ở nhà|thường xuyên] [với sự|có] [đồng hành|hỗ trợ] của [gia đình|phụ huynh]", (
                    "[Mỗi tuần|Hằng tuần], {hs} [được giao|nhận] [một đoạn|một bài] [đọc|] [ngắn|] [để|và] [luyện|đọc] [cho bố mẹ nghe|cùng người thân] [ở nhà|mỗi tối].",
                    "[Phụ huynh|Cha mẹ] [ghi âm|quay video] [bài đọc|phần đọc] [của con|] [và|rồi] [gửi|chia sẻ] [vào nhóm lớp|qua Zalo], tôi [nghe|xem] và [nhận xét|góp ý] [ngắn gọn|cụ thể] [cho từng em|].",
                    "[Nhờ|Với] [sự phối hợp|sự đồng hành] [này|đó], [những em|các em] [đọc còn yếu|còn rụt rè] [có thêm thời gian|được luyện] [luyện tập|thêm] [và|nên] [tiến bộ|tự tin] [nhanh|rõ rệt].",
                )),
            ),
        },
        {
            "key": "tv_chinh_ta",
            "phrase": "viết đúng chính tả",
            "levels": ("tieu_hoc",),
            "titles": (
                "giúp học sinh {lop} viết đúng chính tả",
                "rèn kĩ năng viết đúng chính tả [phụ âm đầu|cho học sinh] {lop}",
            ),
            "ideas": (
                ("[Luyện phát âm|Rèn phát âm] đúng [làm cơ sở|để] viết đúng", (
                    "[Vì|Do] {hs} [thường|hay] [viết sai|nhầm lẫn] [theo cách phát âm|vì phát âm sai] [của địa phương|], tôi [chú trọng|tập trung] [rèn|luyện] [phát âm|đọc] [đúng|chuẩn] [các phụ âm đầu|những âm] [l/n, tr/ch, s/x|dễ lẫn] [ngay trong giờ đọc|trong tất cả các giờ học].",
                    "[Tôi|Giáo viên] [hướng dẫn|làm mẫu] [khẩu hình|vị trí lưỡi, môi] [khi phát âm|] [các âm|âm] [dễ lẫn|khó] [và|để] {hs} [quan sát|nhìn theo] [và|rồi] [phát âm lại|đọc theo].",
                    "[Các em|{hs}] [luyện|đọc] [các cặp từ|từng cặp từ] [dễ lẫn|đối lập] như [\"nên – lên\", \"no – lo\"|\"sương – xương\", \"trăng – chăng\"] [để|giúp] [phân biệt|nhận ra] [sự khác nhau|cách viết].",
                )),
                ("[Giúp|Hướng dẫn] {hs} [ghi nhớ|nắm] [quy tắc|mẹo] chính tả", (
                    "[Tôi|Giáo viên] [tổng hợp|hệ thống] [các quy tắc|những mẹo] [chính tả|] [đơn giản|dễ nhớ] như [quy tắc viết k/c, gh/g, ngh/ng|âm \"n\" không đứng trước vần có âm đệm] [thành|bằng] [câu vè|bài đồng dao] [ngắn|vui].",
                    "[Các quy tắc|Mẹo chính tả] [được|] [ghi|chép] [vào|trong] {dc} [của|riêng của] [mỗi em|từng em] [và|để] [ôn lại|tra cứu] [thường xuyên|khi cần].",
                    "[Bên cạnh đó|Ngoài ra], tôi [giải nghĩa|giải thích nghĩa] [từ|của từ] [để|giúp] {hs} [dựa vào nghĩa|căn cứ vào nghĩa] [mà|để] [viết đúng|phân biệt], [ví dụ|chẳng hạn] [\"dành dụm\" và \"giành giật\"|\"chân thành\" và \"trân trọng\"].",
                )),
                ("[Lập|Xây dựng] [sổ tay|bảng thống kê] [lỗi chính tả|lỗi sai] [của từng em|cá nhân] và [sửa lỗi|luyện viết] [thường xuyên|theo tuần]", (
                    "[Sau mỗi|Mỗi] [bài viết|bài chính tả], tôi [thống kê|ghi lại] [lỗi sai|các lỗi] [của từng em|] [vào bảng|vào sổ theo dõi] [và|để] [phân loại|nhóm] [theo từng loại lỗi|những lỗi hay mắc].",
                    "[Mỗi em|{hs}] [có|lập] [một|] [sổ tay|cuốn sổ nhỏ] [ghi|chép] [từ viết sai|những từ mình hay viết sai] [và|cùng] [cách viết đúng|từ đúng] [bên cạnh|], [mỗi ngày|hằng ngày] [đọc lại|viết lại] [vài lần|ba lần].",
                    "[Cuối tuần|Sau mỗi tuần], [tôi|giáo viên] [đọc|kiểm tra] [lại|] [những từ|các từ] [đó|các em hay sai] [để|cho] {hs} [viết lại|viết], [em nào|bạn nào] [không còn sai|tiến bộ] [được|] [khen|tặng sao].",
                )),
                ("[Tổ chức|Thiết kế] [trò chơi|bài tập] chính tả [vui|sinh động]", (
                    "[Tôi|Giáo viên] [thiết kế|dùng] [trò chơi|các trò chơi] [như|] [\"Điền nhanh điền đúng\"|\"Ai tinh mắt\"|\"Tìm từ\"] [trên|bằng] [bảng phụ|slide trình chiếu] [để|giúp] {hs} [luyện|củng cố] [cách viết|chính tả] [các từ|những từ] [dễ sai|khó].",
                    "[Các đội|Các tổ] [thi|thi đua] [tìm|viết] [nhanh|] [các từ|từ] [có|chứa] [âm, vần|phụ âm] [đã học|cho trước] [trong thời gian|trong vòng] [hai phút|một phút], [đội nào|tổ nào] [nhiều từ đúng|đúng nhiều nhất] [sẽ thắng|được khen].",
                    "[Trò chơi|Hình thức này] [làm|giúp] [giờ chính tả|tiết học] [bớt khô khan|nhẹ nhàng], {hs} [ghi nhớ|nhớ] [từ|cách viết] [một cách|] [tự nhiên|thoải mái] [hơn|].",
                )),
            ),
        },
        {
            "key": "nv_nghi_luan",
            "phrase": "văn nghị luận",
            "levels": ("thcs", "thpt"),
            "titles": (
                "rèn kĩ năng viết [bài|đoạn] văn nghị luận [xã hội|] cho học sinh {lop}",
                "hướng dẫn học sinh {lop} [làm tốt|viết] bài văn nghị luận [văn học|xã hội]",
            ),
            "ideas": (
                ("[Hướng dẫn|Rèn] [kĩ năng|cách] [tìm hiểu đề và lập dàn ý|phân tích đề, lập dàn ý]", (
                    "[Tôi|Giáo viên] [hướng dẫn|yêu cầu] {hs} [gạch chân|xác định] [từ khóa|các từ then chốt] [trong đề|của đề bài] [để|nhằm] [xác định|nắm] [vấn đề nghị luận|vấn đề cần bàn], [thao tác lập luận|phạm vi dẫn chứng].",
                    "[Mỗi bài|Trước khi viết], [các em|{hs}] [lập|phải lập] [dàn ý|dàn ý chi tiết] [bằng|dưới dạng] [sơ đồ tư duy|sơ đồ] [với|gồm] [các nhánh|các ý] [giải thích, bàn luận, chứng minh, phản đề và liên hệ bản thân|mở bài, các luận điểm, kết bài].",
                    "[Tôi|Giáo viên] [chữa|nhận xét] [dàn ý|bài] [của một vài em|mẫu] [trên máy chiếu|trước lớp] [để|giúp] [cả lớp|{hs}] [rút kinh nghiệm|thấy được] [cách|] [sắp xếp ý|lập luận] [chặt chẽ|logic].",
                )),
                ("[Xây dựng|Hướng dẫn {hs} lập] [kho|sổ tay] dẫn chứng [theo chủ đề|từ thực tế]", (
                    "{hs} [lập|xây dựng] [sổ tay|kho] [dẫn chứng|tư liệu] [chia theo|xếp theo] [các chủ đề|từng chủ đề] [thường gặp|] như [lòng biết ơn, ý chí nghị lực, lối sống ảo, bảo vệ môi trường|tình yêu thương, sự trung thực, tinh thần tự học].",
                    "[Mỗi tuần|Hằng tuần], [lớp|các tổ] [cử|phân công] [một nhóm|một bạn] [sưu tầm|tìm] [tấm gương|câu chuyện] [người thật, việc thật|có thật] [trên báo chí|trong cuộc sống] [và|rồi] [chia sẻ|giới thiệu] [trước lớp|đầu giờ].",
                    "[Nhờ|Với] [kho dẫn chứng|vốn dẫn chứng] [phong phú|đa dạng], [bài viết|bài văn] [của {hs}|của các em] [thuyết phục hơn|sinh động hơn], [tránh|không còn] [tình trạng|] [dẫn chứng chung chung|lặp lại dẫn chứng quen thuộc].",
                )),
                ("[Rèn|Luyện] [viết đoạn|kĩ năng viết đoạn văn] [theo|với] [mô hình|cấu trúc] [rõ ràng|cụ thể]", (
                    "[Tôi|Giáo viên] [giới thiệu|hướng dẫn] [các mô hình|cấu trúc] [đoạn văn|] [diễn dịch, quy nạp, tổng – phân – hợp|luận điểm – lí lẽ – dẫn chứng – liên hệ] và [cho|để] {hs} [luyện viết|viết thử] [từng kiểu|mỗi kiểu] [trong|với] [thời gian|khoảng] {phut} phút.",
                    "[Các em|{hs}] [đổi bài|trao đổi bài] [cho bạn|theo cặp] [và|để] [nhận xét|chấm] [theo|dựa trên] [bảng tiêu chí|bảng kiểm] [về|gồm] [câu chủ đề, lí lẽ, dẫn chứng, liên kết câu|nội dung, lập luận, diễn đạt].",
                    "[Những đoạn văn hay|Đoạn văn tốt] [được|] [đọc|chia sẻ] [trước lớp|cho cả lớp] và [lưu|dán] [vào|trên] [góc học tập|bảng tin lớp] [để|cho] [các bạn|{hs}] [tham khảo|học tập].",
                )),
                ("[Hạn chế|Chống] [học văn mẫu|sao chép văn mẫu] bằng [đề mở|những đề bài mở]", (
                    "[Tôi|Giáo viên] [ra|sử dụng] [đề mở|những đề bài mở] [gắn với|xuất phát từ] [trải nghiệm|đời sống] [của chính {hs}|thực tế của các em] [để|khiến] [các em|] [không thể|khó] [chép|dựa vào] [văn mẫu|bài mẫu].",
                    "[Bài viết|Bài làm] [được|] [đánh giá cao|khuyến khích] [khi|nếu] [có|thể hiện] [suy nghĩ riêng|quan điểm cá nhân] [và|,] [cách diễn đạt|lời văn] [của riêng mình|mới mẻ], [dù|kể cả khi] [còn|vẫn còn] [vụng về|chưa trau chuốt].",
                    "[Dần dần|Sau một thời gian], {hs} [tự tin|mạnh dạn] [bày tỏ|nêu] [ý kiến|quan điểm] [và|,] [viết|trình bày] [bằng|theo] [suy nghĩ|cách nghĩ] [của mình|riêng] [thay vì|chứ không] [học thuộc|sao chép] [bài mẫu|].",
                )),
            ),
        },
        {
            "key": "nv_doc_hieu",
            "phrase": "đọc hiểu văn bản",
            "levels": ("thcs", "thpt"),
            "titles": (
                "[phát triển|rèn] năng lực đọc hiểu văn bản [theo thể loại|] cho học sinh {lop}",
                "dạy đọc hiểu văn bản [truyện|thơ] [theo định hướng phát triển năng lực|] ở {lop}",
            ),
            "ideas": (
                ("Dạy đọc hiểu [theo đặc trưng|dựa trên đặc điểm] thể loại", (
                    "[Tôi|Giáo viên] [hướng dẫn|giúp] {hs} [nắm|nhận biết] [đặc trưng|đặc điểm] [của từng thể loại|thể loại] [truyện, thơ, kí, văn bản thông tin|] [như|ví dụ] [cốt truyện, nhân vật, người kể chuyện|vần, nhịp, hình ảnh, biện pháp tu từ] [trước khi|để] [đọc|tìm hiểu] [văn bản|bài cụ thể].",
                    "[Sau mỗi|Mỗi] [bài học|văn bản], [các em|{hs}] [lập|hoàn thành] [bảng|phiếu] [\"cách đọc\"|tóm tắt cách đọc] [theo thể loại|cho thể loại đó] [để|rồi] [vận dụng|áp dụng] [vào|khi đọc] [văn bản mới|văn bản ngoài sách giáo khoa].",
                    "[Nhờ vậy|Như vậy], [khi gặp|với] [văn bản mới|ngữ liệu mới] [trong đề kiểm tra|ngoài chương trình], {hs} [không còn|không] [lúng túng|bị động] [mà biết|, biết] [bắt đầu từ đâu|cách tiếp cận].",
                )),
                ("[Sử dụng|Áp dụng] [phiếu học tập|kĩ thuật dạy học tích cực] [trong|khi] [khám phá|tìm hiểu] văn bản", (
                    "[Tôi|Giáo viên] [thiết kế|soạn] [phiếu học tập|các phiếu] [với|gồm] [câu hỏi|nhiệm vụ] [theo|ở] [ba mức|các mức] [nhận biết, hiểu, vận dụng|đọc hiểu] [để|cho] {hs} [làm việc|thảo luận] [theo nhóm|theo cặp].",
                    "[Các kĩ thuật|Kĩ thuật] [như|] [\"khăn trải bàn\", \"mảnh ghép\", \"phòng tranh\"|\"trình bày một phút\", \"sơ đồ tư duy\"] [được|] [sử dụng|vận dụng] [linh hoạt|phù hợp] [để|nhằm] [mọi em|tất cả {hs}] [đều|] [được|có cơ hội] [suy nghĩ|tham gia] [và bày tỏ|, bày tỏ] [ý kiến|cảm nhận].",
                    "Ví dụ, [khi dạy|với] {vd}, [các nhóm|{hs}] [vẽ|thể hiện] [sơ đồ|tranh] [về|minh họa] [nhân vật|hình ảnh trung tâm] và [thuyết trình|giới thiệu] [trước lớp|cách hiểu của nhóm].",
                )),
                ("[Mở rộng|Kết nối] văn bản với [đời sống|trải nghiệm] [của {hs}|và các hoạt động sáng tạo]", (
                    "[Cuối bài|Sau tiết học], {hs} [được|] [giao|chọn] [nhiệm vụ|sản phẩm] [sáng tạo|] như [viết thư cho nhân vật|vẽ tranh minh họa|chuyển thể thành kịch ngắn|viết tiếp kết thúc câu chuyện].",
                    "[Tôi|Giáo viên] [đặt|nêu] [câu hỏi|vấn đề] [liên hệ|kết nối] [như|] [\"Nếu là nhân vật, em sẽ làm gì?\"|\"Bài học nào từ văn bản em có thể áp dụng trong cuộc sống?\"] [để|giúp] [các em|] [thấy|hiểu] [văn học|văn bản] [gần gũi|gắn bó] [với|] [cuộc sống|mình].",
                    "[Các sản phẩm|Sản phẩm] [được|] [trưng bày|giới thiệu] [trong|ở] [góc văn học|bảng tin] [của lớp|] [và|,] [bình chọn|chấm] [hằng tháng|cuối mỗi chủ đề].",
                )),
            ),
        },
    ),
}

TIENG_ANH = {
    "key": "tieng_anh",
    "grades": (3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
    "name": "Tiếng Anh",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt"),
    "mon": "môn Tiếng Anh",
    "duties": ("Giáo viên dạy Tiếng Anh {lop}", "Giáo viên Tiếng Anh, phụ trách câu lạc bộ Tiếng Anh", "Tổ phó tổ Ngoại ngữ"),
    "slots": {
        "dc": ("flashcards", "tranh ảnh", "bài hát tiếng Anh", "video ngắn", "phần mềm Quizizz", "bảng tương tác", "bộ thẻ từ vựng", "trang Wordwall", "từ điển hình ảnh"),
        "hd": ("trò chơi \"Slap the board\"", "trò chơi \"Lucky number\"", "trò chơi \"Chinese whispers\"", "trò chơi \"Bingo\"", "hoạt động \"Find someone who\"", "trò chơi \"Hangman\"", "trò chơi \"Kim's game\"", "hoạt động đóng vai"),
        "vd": ("bài học về chủ đề \"My family\"", "bài học \"Our school\"", "chủ đề \"Hobbies\"", "chủ đề \"Food and drink\"", "chủ đề \"The environment\"", "bài học \"Festivals in Viet Nam\"", "chủ đề \"Sports and games\""),
    },
    "theory": (
        "[Từ vựng|Vốn từ vựng] là [nền tảng|yếu tố cơ bản] [của|để phát triển] [bốn kĩ năng|các kĩ năng] nghe, nói, đọc, viết; [thiếu|không có] [vốn từ|từ vựng] [thì|,] {hs} [không thể|khó có thể] [giao tiếp|diễn đạt ý mình].",
        "[Chương trình|Chương trình môn] Tiếng Anh [hiện hành|2018] [lấy|được xây dựng theo] [đường hướng|quan điểm] [giao tiếp|lấy người học làm trung tâm], [coi trọng|chú trọng] [khả năng|năng lực] [sử dụng|vận dụng] [ngôn ngữ|tiếng Anh] [trong|vào] [tình huống|ngữ cảnh] [thực tế|cụ thể].",
        "[Theo|Dựa trên] [đặc điểm|tâm lí] [lứa tuổi|], {hs} [học|tiếp thu] [tốt nhất|hiệu quả nhất] [khi|qua] [được|] [vận động|chơi], [nghe|hát] và [nhìn|quan sát] [hình ảnh|trực quan].",
    ),
    "reality": (
        "[Nhiều|Một số] {hs} [nhanh quên|học trước quên sau] [từ vựng|từ mới], [phát âm|đọc] [sai|chưa chuẩn], [ngại|sợ] [nói|giao tiếp] [tiếng Anh|] [vì|do] [sợ sai|sợ bạn cười].",
        "[Môi trường|Điều kiện] [sử dụng|giao tiếp bằng] [tiếng Anh|ngoại ngữ] [ở địa phương|ngoài giờ học] [hầu như không có|rất hạn chế], [phụ huynh|gia đình] [ít|không có điều kiện] [hỗ trợ|kèm cặp] [con|các em].",
    ),
    "topics": (
        {
            "key": "ta_tu_vung",
            "phrase": "từ vựng",
            "levels": ("tieu_hoc", "thcs", "thpt"),
            "titles": (
                "giúp học sinh {lop} [ghi nhớ|học tốt] từ vựng [môn|] Tiếng Anh",
                "nâng cao hiệu quả dạy từ vựng Tiếng Anh [cho học sinh|ở] {lop}",
            ),
            "ideas": (
                ("[Giới thiệu|Dạy] từ mới [bằng|qua] [hình ảnh, vật thật và cử chỉ|các kĩ thuật trực quan]", (
                    "[Tôi|Giáo viên] [sử dụng|dùng] {dc}, [vật thật|đồ vật trong lớp] và [cử chỉ, điệu bộ|nét mặt] [để|nhằm] [giới thiệu|gợi ý nghĩa] [từ mới|] [thay vì|mà không] [dịch|giải thích] [sang tiếng Việt|bằng tiếng Việt] [ngay|].",
                    "[Với|Đối với] [từ|các từ] [trừu tượng|khó minh họa], [tôi|giáo viên] [đặt|đưa] [từ|chúng] [vào|trong] [tình huống|câu ví dụ] [gần gũi|quen thuộc] [để|cho] {hs} [tự đoán|đoán] [nghĩa|].",
                    "[Các kĩ thuật|Những kĩ thuật] [\"What and where\", \"Rub out and remember\"|như \"Matching\", \"Slap the board\"] [được|] [dùng|áp dụng] [để|giúp] [các em|] [kiểm tra|ghi nhớ] [từ|từ mới] [ngay|] [trên lớp|trong giờ].",
                    "Ví dụ, [với|trong] {vd}, [tôi|giáo viên] [mang|dùng] [ảnh|hình ảnh] [gia đình|thật] [của mình|] [vào lớp|để giới thiệu], {hs} [rất|] [thích thú|tò mò] và [nhớ|thuộc] [từ|bài] [ngay trên lớp|nhanh].",
                )),
                ("[Củng cố|Ôn luyện] từ vựng [qua|bằng] trò chơi [ngôn ngữ|]", (
                    "[Đầu giờ|Cuối mỗi tiết], tôi [tổ chức|dành năm phút cho] {hd} [để|nhằm] [ôn|ôn lại] [từ vựng|từ] [của bài trước|vừa học].",
                    "[Lớp|{hs}] [chia|được chia] [thành|làm] [hai đội|các đội], [các đội|mỗi đội] [thi|lần lượt] [đoán từ|chạm vào từ] [theo|qua] [hình ảnh|gợi ý] [của giáo viên|], [đội nào|đội] [nhiều điểm hơn|thắng] [được|sẽ được] [thưởng|tặng] [sticker|ngôi sao].",
                    "[Trò chơi|Không khí thi đua] [giúp|khiến] [các em|{hs}] [hăng hái|tích cực] [tham gia|phát biểu], [kể cả|ngay cả] [những em|các em] [nhút nhát|trước đây ít nói].",
                )),
                ("[Hướng dẫn|Dạy] {hs} [cách tự học|phương pháp ghi nhớ] từ vựng [bằng sơ đồ tư duy và sổ tay|theo chủ đề]", (
                    "[Các em|{hs}] [lập|làm] [sổ tay từ vựng|sổ từ vựng] [theo chủ đề|theo từng unit], [mỗi từ|mỗi mục] [gồm|ghi] [từ loại, phiên âm, nghĩa, câu ví dụ|hình vẽ minh họa và câu ví dụ] [do|tự] [các em|mình] [đặt|viết].",
                    "[Tôi|Giáo viên] [hướng dẫn|cho {hs}] [vẽ|lập] [sơ đồ tư duy|mind map] [nhóm|theo nhóm] [từ|từ vựng] [theo|cùng] [chủ đề|trường nghĩa] [để|giúp] [các em|] [liên tưởng|ghi nhớ] [nhanh hơn|tốt hơn].",
                    "[Tôi|Giáo viên] [giới thiệu|hướng dẫn] [phương pháp|cách] [lặp lại ngắt quãng|ôn tập theo chu kì]: [ôn|đọc lại] [từ|từ mới] [sau một ngày, ba ngày, một tuần|theo lịch] [để|nhằm] [chuyển|đưa] [từ|] [vào trí nhớ dài hạn|nhớ lâu].",
                )),
                ("[Dạy|Học] từ vựng [qua|bằng] bài hát, [câu chuyện|truyện tranh] và [video|phim ngắn]", (
                    "[Tôi|Giáo viên] [chọn|sưu tầm] [bài hát|những bài hát] [tiếng Anh|thiếu nhi] [ngắn|có giai điệu vui] [chứa|có] [từ vựng|từ] [của bài|của chủ đề] và [dạy|cho] {hs} [hát|hát kết hợp vận động] [theo|].",
                    "[Với|Đối với] {hs} [lớn hơn|ở lớp trên], [tôi|giáo viên] [dùng|chọn] [video|đoạn phim] [ngắn|có phụ đề] [để|cho] [các em|] [nghe|xem] [và|rồi] [tìm|ghi lại] [các từ|từ] [đã học|mới].",
                    "[Âm nhạc|Bài hát] và [hình ảnh|video] [giúp|làm cho] [việc học từ|việc học] [nhẹ nhàng|thú vị], [các em|{hs}] [nhớ|thuộc] [từ|từ vựng] [lâu hơn|nhanh hơn] [và|,] [phát âm|đọc] [tự nhiên hơn|chuẩn hơn].",
                )),
            ),
        },
        {
            "key": "ta_giao_tiep",
            "phrase": "kĩ năng nói",
            "levels": ("tieu_hoc", "thcs", "thpt"),
            "titles": (
                "rèn kĩ năng nói Tiếng Anh cho học sinh {lop}",
                "phát triển kĩ năng nói [và giao tiếp|] Tiếng Anh cho học sinh {lop} [qua các hoạt động|thông qua hoạt động nhóm]",
            ),
            "ideas": (
                ("[Tạo|Xây dựng] môi trường [giao tiếp|sử dụng] tiếng Anh [trong lớp học|hằng ngày]", (
                    "[Tôi|Giáo viên] [dùng|sử dụng] [tiếng Anh|câu lệnh tiếng Anh] [đơn giản|ngắn gọn] [trong|để tổ chức] [lớp học|giờ học] như [\"Open your books\", \"Work in pairs\"|\"Stand up, please\", \"Let's sing\"] và [yêu cầu|khuyến khích] {hs} [dùng|sử dụng] [các câu|mẫu câu] [xin phép|chào hỏi] [bằng tiếng Anh|].",
                    "[Góc|Bảng] \"English corner\" [trong lớp|ở cuối lớp] [được|] [cập nhật|thay] [hằng tuần|theo chủ đề] [với|gồm] [mẫu câu|câu hỏi] [giao tiếp|của tuần] [để|cho] [các em|{hs}] [luyện|thực hành] [vào giờ ra chơi|khi rảnh].",
                    "[Dần dần|Sau một thời gian], [việc|] [nói|giao tiếp] tiếng Anh [trở thành|thành] [thói quen|điều tự nhiên] [của|với] [các em|{hs}], [không còn|bớt] [ngại ngùng|rụt rè].",
                )),
                ("Tổ chức [hoạt động|luyện nói] [theo cặp, theo nhóm|đóng vai] [với|trong] [tình huống|bối cảnh] [thực tế|gần gũi]", (
                    "[Sau khi|Khi] [học|luyện] [mẫu câu|cấu trúc], {hs} [thực hành|luyện nói] [theo cặp|theo nhóm] [qua|bằng] {hd} [với|trong] [tình huống|bối cảnh] [như|] [hỏi đường|mua sắm|giới thiệu bạn mới|gọi món ăn].",
                    "[Tôi|Giáo viên] [đi|đi quanh] [các nhóm|lớp] [để|nhằm] [lắng nghe|quan sát], [gợi ý|hỗ trợ] [khi|nếu] [các em|] [bí|gặp khó khăn] [và|,] [ghi lại|ghi chú] [lỗi|lỗi sai] [để|rồi] [chữa|sửa] [chung|cho cả lớp] [cuối giờ|sau hoạt động].",
                    "[Tôi|Giáo viên] [không|tránh] [ngắt lời|sửa lỗi ngay] [khi|lúc] {hs} [đang nói|đang trình bày], [ưu tiên|coi trọng] [sự|tính] [lưu loát|trôi chảy] và [tự tin|mạnh dạn] [hơn|trước] [độ chính xác|sự chính xác tuyệt đối].",
                )),
                ("[Thành lập|Duy trì] câu lạc bộ Tiếng Anh [và|,] [tổ chức|các hoạt động] [ngoại khóa|giao lưu]", (
                    "[Câu lạc bộ|CLB] Tiếng Anh [của trường|] [sinh hoạt|hoạt động] [hai tuần một lần|định kì mỗi tháng] [với|gồm] [các hoạt động|nội dung] [như|] [hát, kể chuyện, đóng kịch, thi hùng biện|thuyết trình, đố vui, xem phim].",
                    "[Các buổi|Những buổi] [sinh hoạt|hoạt động] [được|] [thiết kế|tổ chức] [theo|với] [chủ đề|chủ điểm] [gắn với|phù hợp] [các ngày lễ|thời điểm] [trong năm|] như [Halloween, Giáng sinh, Tết Nguyên đán|Ngày Nhà giáo Việt Nam, Ngày Môi trường].",
                    "[Thành viên|Các thành viên] [câu lạc bộ|] [trở thành|là] [hạt nhân|nòng cốt] [giúp đỡ|hỗ trợ] [các bạn|bạn bè] [trong lớp|] [và|,] [lan tỏa|tạo] [phong trào|không khí] [học tiếng Anh|] [trong trường|].",
                )),
            ),
        },
        {
            "key": "ta_ngu_phap",
            "phrase": "ngữ pháp Tiếng Anh",
            "levels": ("thcs", "thpt"),
            "titles": (
                "giúp học sinh {lop} nắm vững [kiến thức|các thì] ngữ pháp Tiếng Anh",
                "[dạy|hướng dẫn] ngữ pháp Tiếng Anh [theo hướng giao tiếp|qua ngữ cảnh] cho học sinh {lop}",
            ),
            "ideas": (
                ("[Giới thiệu|Dạy] [cấu trúc|điểm ngữ pháp] [qua|trong] [ngữ cảnh|tình huống] [cụ thể|thực tế]", (
                    "[Thay vì|Không] [đưa|viết] [công thức|cấu trúc] [lên bảng|] [ngay từ đầu|trước], tôi [dùng|đưa ra] [đoạn hội thoại|câu chuyện ngắn] [chứa|có] [điểm ngữ pháp|cấu trúc] [cần dạy|mới] [để|và] {hs} [tự phát hiện|nhận ra] [quy tắc|cách dùng].",
                    "[Các em|{hs}] [được|] [hướng dẫn|gợi ý] [trả lời|trả lời các câu hỏi] [về|như] [\"Hành động xảy ra khi nào?\", \"Đã kết thúc hay chưa?\"|thời gian, dấu hiệu nhận biết] [để|rồi] [tự|] [rút ra|khái quát] [cách dùng|quy tắc] [của thì|].",
                    "[Cách làm|Phương pháp] [quy nạp|này] [giúp|khiến] [các em|{hs}] [hiểu|nắm] [bản chất|ý nghĩa] [của cấu trúc|] [thay vì|chứ không] [học thuộc|nhớ] [công thức|máy móc].",
                )),
                ("[Hệ thống hóa|Tổng hợp] ngữ pháp [bằng|qua] [sơ đồ, bảng so sánh|sơ đồ tư duy] [và dấu hiệu nhận biết|]", (
                    "[Cuối mỗi|Sau mỗi] [đơn vị bài học|chủ đề], [tôi|giáo viên] [cùng|hướng dẫn] {hs} [lập|vẽ] [bảng so sánh|sơ đồ] [các thì|các cấu trúc] [dễ nhầm lẫn|gần nhau] như [hiện tại hoàn thành và quá khứ đơn|câu bị động và câu chủ động].",
                    "[Bảng|Sơ đồ] [ghi rõ|gồm] [cấu trúc, cách dùng, dấu hiệu nhận biết|công thức, ví dụ và lỗi thường gặp] [được|] [in màu|trình bày] [dán|lưu] [vào vở|trong sổ tay ngữ pháp].",
                    "[Trước|Trước mỗi] [bài kiểm tra|kì thi], [các em|{hs}] [chỉ cần|có thể] [ôn lại|xem lại] [sơ đồ|bảng] [là|để] [nắm|nhớ lại] [toàn bộ|hệ thống] [kiến thức|ngữ pháp] [đã học|].",
                )),
                ("[Luyện tập|Thực hành] ngữ pháp [qua|bằng] [bài tập giao tiếp|trò chơi] [và|kết hợp] [kiểm tra trực tuyến|phần mềm]", (
                    "[Tôi|Giáo viên] [thiết kế|soạn] [bài tập|nhiệm vụ] [có|mang] [tính giao tiếp|tính tương tác] như [phỏng vấn bạn về kì nghỉ hè|kể về việc đã làm cuối tuần] [để|buộc] {hs} [phải|] [dùng|sử dụng] [cấu trúc|điểm ngữ pháp] [vừa học|mới].",
                    "[Các bài|Bài] [luyện tập|trắc nghiệm] [ngắn|] [được|] [đưa lên|tạo trên] {dc} [để|cho] [các em|{hs}] [làm|luyện] [ở nhà|ngoài giờ], [phần mềm|hệ thống] [chấm|báo kết quả] [tự động|ngay].",
                    "[Dựa vào|Căn cứ] [thống kê|kết quả], [tôi|giáo viên] [biết|nắm được] [lỗi|phần] [nhiều em mắc|các em còn yếu] [để|và] [chữa|củng cố] [vào tiết sau|ở buổi học sau].",
                )),
            ),
        },
    ),
}

FIELDS = (TIENG_VIET, TIENG_ANH)

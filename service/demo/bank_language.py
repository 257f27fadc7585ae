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
                    (
                        "[Trước khi|Trước lúc] {hs} [luyện đọc|đọc], tôi [đọc mẫu|đọc mẫu toàn bài] [với giọng|bằng giọng] [phù hợp|thể hiện đúng] [nội dung|cảm xúc] [của bài|], [để|giúp] [các em|] [cảm nhận|hình dung] [được|] [cái hay|giọng điệu] [của văn bản|].",
                        "[Tôi|Giáo viên] [dùng|chép] [câu văn dài|đoạn văn] [lên|trên] {dc} [và|rồi] [đánh dấu|kí hiệu] [chỗ ngắt hơi (/)|chỗ ngắt] [, chỗ nghỉ hơi (//)|và nghỉ] [để|cho] {hs} [luyện đọc|đọc theo].",
                        "[Những|Các] [từ ngữ|từ] [gợi tả, gợi cảm|cần nhấn giọng] [được|] [gạch chân|tô màu] [để|giúp] [các em|{hs}] [nhấn giọng|đọc nhấn] [đúng chỗ|cho đúng].",
                        "Ví dụ, [khi dạy|với] {vd}, [tôi|giáo viên] [hướng dẫn|gợi ý] [các em|] [đọc|thể hiện] [giọng|] [nhẹ nhàng, tha thiết|vui tươi, hồn nhiên] [ở đoạn đầu|phù hợp từng đoạn].",
                    ),
                    (
                        "[Trước khi đọc mẫu|Khi đọc mẫu], tôi [cho học sinh gấp sách, chỉ lắng nghe|yêu cầu cả lớp nhắm mắt nghe], [để các em cảm nhận giọng đọc|để cảm nhận nhịp điệu bài văn] [chứ không dò chữ|thay vì dò theo từng chữ].",
                        "[Lần đọc thứ hai|Sau đó], [học sinh mở sách và dùng bút chì|các em mở sách] [đánh dấu gạch xiên ở chỗ tôi ngắt hơi|vạch dấu ở chỗ nghỉ hơi].",
                        "[Những câu dài khó ngắt|Các câu văn dài] [được tôi chép lên bảng phụ|được đưa lên bảng] [để cả lớp luyện riêng|để luyện đọc nhiều lần].",
                    ),
                    (
                        "Tôi [thường chuẩn bị kĩ bài đọc mẫu ở nhà|luyện giọng trước ở nhà], [thậm chí ghi âm để tự nghe lại|có khi ghi âm lại để tự sửa], [bởi giọng đọc của cô là mẫu đầu tiên các em bắt chước|vì học sinh bắt chước giọng cô rất nhanh].",
                        "[Với bài thơ \"Sắc màu em yêu\"|Chẳng hạn với một bài thơ vui], [tôi đọc nhanh, tươi vui|giọng đọc cần hồ hởi, nhịp nhanh], [còn bài văn buồn|với bài văn xúc động] [thì chậm, trầm|tôi hạ giọng, đọc chậm lại].",
                        "[Học sinh nhận ra|Các em tự nhận thấy] [mỗi bài cần một giọng khác nhau|giọng đọc thay đổi theo nội dung], [không đọc \"đều đều\" như trước|không còn đọc một giọng như trước].",
                    ),
                )),
                ("[Giúp|Hướng dẫn] {hs} [hiểu nội dung|cảm thụ] bài [trước khi|để] đọc diễn cảm", (
                    (
                        "[Tôi|Giáo viên] [đặt|dùng] [câu hỏi|hệ thống câu hỏi] [gợi mở|khai thác] [về|để tìm hiểu] [nhân vật|tâm trạng nhân vật] và [tình cảm|thái độ] [của tác giả|] [trước khi|rồi mới] [luyện đọc diễn cảm|cho các em đọc diễn cảm].",
                        "[Khi|Một khi] {hs} [hiểu|cảm nhận được] [nội dung|cái hay] [của bài|], [các em|] [tự|sẽ] [tìm ra|biết] [giọng đọc|cách đọc] [phù hợp|đúng] [mà không|không cần] [phải|] [bắt chước|đọc theo] [giáo viên|một cách máy móc].",
                        "[Tôi|Giáo viên] [khuyến khích|để] [các em|{hs}] [nêu|trình bày] [cách đọc|giọng đọc] [mà mình|em] [chọn|thấy hay] [và giải thích|, giải thích] [vì sao|lí do], [tôn trọng|chấp nhận] [những cách thể hiện|cách đọc] [khác nhau|riêng] [nếu hợp lí|].",
                    ),
                    (
                        "[Trước khi luyện đọc diễn cảm|Trước phần đọc diễn cảm], tôi [hỏi các em|để học sinh trả lời] \"[Bài này muốn nói điều gì?|Tác giả cảm thấy thế nào?]\", [để các em hiểu cảm xúc của bài|giúp nắm được tình cảm chủ đạo].",
                        "[Các em tìm những từ ngữ gợi cảm xúc|Học sinh gạch chân từ ngữ quan trọng] [như \"nghẹn ngào\", \"rộn rã\"|những từ thể hiện tâm trạng nhân vật], [đó là chỗ cần nhấn giọng|đó cũng là những chỗ cần đọc nhấn].",
                        "[Khi hiểu bài|Đã hiểu nội dung rồi], [các em đọc tự nhiên và có hồn hơn|giọng đọc của các em có cảm xúc hơn hẳn].",
                    ),
                    (
                        "Tôi [dùng tranh minh họa và câu hỏi gợi mở|kết hợp tranh và câu hỏi] [để học sinh hình dung cảnh trong bài|giúp các em \"nhìn thấy\" khung cảnh bài đọc].",
                        "[Ví dụ bài tả cơn mưa|Chẳng hạn bài tả cảnh mưa rào], [các em nhắm mắt tưởng tượng tiếng mưa|tôi cho học sinh nghe tiếng mưa thật] [rồi mới đọc|trước khi đọc].",
                        "[Khi \"sống\" trong cảnh|Tưởng tượng được cảnh vật], [các em đọc chân thật, truyền cảm hơn|giọng đọc của học sinh tự nhiên hơn].",
                    ),
                )),
                ("Tổ chức [thi đọc|đọc phân vai] [theo nhóm|trong lớp] [tạo|nhằm tạo] [hứng thú|không khí sôi nổi]", (
                    (
                        "[Với|Ở] [những bài|các bài] [có|nhiều] [lời thoại|nhân vật], tôi [tổ chức|cho {hs}] [đọc phân vai|đọc theo vai], [mỗi em|mỗi bạn] [nhận|đảm nhận] [một vai|vai một nhân vật] [và|,] [thể hiện|đọc] [đúng giọng|đúng tính cách] [của nhân vật|].",
                        "[Cuối tuần|Mỗi tháng], [lớp|{lopcn}] [tổ chức|có] {hd} [với|gồm] [các vòng|ba vòng] [đọc cá nhân, đọc nhóm|đọc thuộc lòng, đọc phân vai], [bạn đọc hay|em đọc hay nhất] [được|] [bình chọn|trao danh hiệu] \"[Giọng đọc vàng|Bạn đọc hay]\".",
                        "[Tôi|Giáo viên] [ghi âm|quay video] [bài đọc|phần đọc] [của các em|] [để|rồi] [các em|{hs}] [tự nghe lại|nghe lại] [và nhận ra|, tự phát hiện] [chỗ|điểm] [cần sửa|chưa hay].",
                    ),
                    (
                        "[Mỗi tuần|Cuối tuần], [lớp có \"phút đọc hay\"|lớp tổ chức thi đọc] [mỗi tổ cử một bạn|các tổ chọn người đọc], [cả lớp bình chọn bằng thẻ màu|cả lớp giơ thẻ chấm điểm].",
                        "[Người thắng|Bạn đọc hay nhất] [được ghi tên lên bảng vàng|được dán ảnh ở góc học tập], [tạo động lực cho cả lớp|khiến các em thi đua luyện đọc].",
                        "[Những em ngại đọc|Các em rụt rè] [dần mạnh dạn hơn|cũng bắt đầu xin đọc].",
                    ),
                    (
                        "[Với truyện có nhiều nhân vật|Bài có lời thoại], [học sinh đọc phân vai theo nhóm|các nhóm nhận vai đọc], [mỗi em một vai|phân công người dẫn chuyện và nhân vật].",
                        "[Tôi hướng dẫn giọng của từng vai|Các em thảo luận giọng từng nhân vật]: [giọng ông già trầm chậm|giọng em bé trong trẻo], [giọng người kể khách quan|giọng kể chuyện nhẹ nhàng].",
                        "[Đọc phân vai|Hoạt động này] [giúp các em hiểu nhân vật|làm giờ đọc sinh động hơn].",
                    ),
                )),
                ("[Luyện đọc|Rèn đọc] [ở nhà|thường xuyên] [với sự|có] [đồng hành|hỗ trợ] của [gia đình|phụ huynh]", (
                    (
                        "[Mỗi tuần|Hằng tuần], {hs} [được giao|nhận] [một đoạn|một bài] [đọc|] [ngắn|] [để|và] [luyện|đọc] [cho bố mẹ nghe|cùng người thân] [ở nhà|mỗi tối].",
                        "[Phụ huynh|Cha mẹ] [ghi âm|quay video] [bài đọc|phần đọc] [của con|] [và|rồi] [gửi|chia sẻ] [vào nhóm lớp|qua Zalo], tôi [nghe|xem] và [nhận xét|góp ý] [ngắn gọn|cụ thể] [cho từng em|].",
                        "[Nhờ|Với] [sự phối hợp|sự đồng hành] [này|đó], [những em|các em] [đọc còn yếu|còn rụt rè] [có thêm thời gian|được luyện] [luyện tập|thêm] [và|nên] [tiến bộ|tự tin] [nhanh|rõ rệt].",
                    ),
                    (
                        "Tôi [đề nghị phụ huynh|nhờ gia đình] [nghe con đọc mỗi tối mười phút|dành ít phút nghe con đọc bài], [ghi nhận xét ngắn vào sổ liên lạc|ký vào phiếu luyện đọc].",
                        "[Với phụ huynh bận|Gia đình nào bận], [con có thể đọc qua điện thoại cho ông bà nghe|học sinh ghi âm gửi cho cô].",
                        "[Việc đọc ở nhà đều đặn|Luyện đọc thường xuyên] [giúp các em tiến bộ nhanh|làm giọng đọc ngày càng tự tin].",
                    ),
                    (
                        "[Trong buổi họp phụ huynh|Đầu năm], tôi [hướng dẫn cha mẹ cách nghe con đọc|chia sẻ với phụ huynh cách hỗ trợ con đọc]: [khen trước, góp ý sau|không chê trước mặt con].",
                        "[Phụ huynh được gợi ý|Gia đình được khuyến khích] [đọc truyện cho con nghe|cùng đọc sách với con] [trước giờ ngủ|vào buổi tối].",
                        "[Nhiều gia đình|Không ít phụ huynh] [đã duy trì thói quen này|phản hồi con thích đọc hơn].",
                    ),
                )),
                ("Luyện giọng đọc [phù hợp với từng thể loại|theo đặc điểm thể loại] [thơ, văn xuôi, kịch|của bài đọc]", (
                    (
                        "Tôi [hướng dẫn học sinh nhận ra thể loại|dạy các em phân biệt thể loại] [trước khi đọc|khi bắt đầu bài]: [thơ cần nhịp điệu, văn xuôi cần mạch lạc|bài thơ đọc theo nhịp, văn kể chuyện đọc rõ ràng].",
                        "[Với thơ lục bát|Khi đọc thơ lục bát], [các em ngắt nhịp 2/2/2|học sinh đọc theo nhịp chẵn], [với thơ bốn chữ|còn thơ bốn chữ] [thì nhịp 2/2|đọc nhịp hai].",
                        "[Nắm được nhịp|Hiểu thể loại] [giúp các em đọc đúng và hay|làm giọng đọc tự nhiên hơn].",
                    ),
                    (
                        "[Với văn bản kịch|Khi gặp bài dạng kịch], tôi [cho học sinh đọc theo vai|để các em đóng vai], [có kèm điệu bộ|kết hợp cử chỉ].",
                        "[Các em thể hiện giọng nhân vật|Học sinh thay đổi giọng] [theo tính cách|phù hợp từng vai], [tôi góp ý nhẹ nhàng|giáo viên hướng dẫn thêm].",
                        "[Kịch giúp các em|Đọc kịch] [hiểu rõ ngữ điệu trong giao tiếp|làm các em tự tin hơn].",
                    ),
                    (
                        "Tôi [làm bảng so sánh giọng đọc|tổng hợp cách đọc] [cho từng thể loại|của các loại bài]: [thơ, văn miêu tả, văn kể chuyện, văn bản thông tin|các kiểu văn bản thường gặp].",
                        "[Học sinh dán bảng vào vở|Bảng được treo ở lớp] [để tra cứu khi luyện đọc|để các em nhìn khi luyện].",
                        "[Sau một học kì|Dần dần], [các em tự chọn giọng phù hợp|học sinh biết thay đổi giọng đọc].",
                    ),
                )),
                ("Dùng [kí hiệu|dấu hiệu] [đánh dấu|ghi chú] [chỗ ngắt, nghỉ, nhấn giọng|trên văn bản] [khi luyện đọc|để {hs} luyện đọc]", (
                    (
                        "Tôi [quy ước kí hiệu|đặt ra các kí hiệu]: [gạch xiên là ngắt, hai gạch là nghỉ dài|\"/\" ngắt ngắn, \"//\" nghỉ dài], [gạch chân là nhấn giọng|từ cần nhấn thì gạch chân].",
                        "[Học sinh đánh dấu bằng bút chì|Các em tự ghi kí hiệu] [trên văn bản|vào sách] [rồi đọc theo|trước khi đọc].",
                        "[Nhìn kí hiệu|Nhờ kí hiệu], [các em đọc đúng ngay từ đầu|học sinh ít đọc sai chỗ ngắt].",
                    ),
                    (
                        "[Trên bảng phụ|Trên màn hình], tôi [trình bày đoạn văn có kí hiệu màu|dùng màu khác nhau cho chỗ ngắt, nhấn giọng]: [đỏ là nhấn, xanh là nghỉ|màu cam cho từ quan trọng].",
                        "[Cả lớp đọc theo màu|Học sinh đọc theo chỉ dẫn màu], [sau đó tự đánh dấu đoạn khác|rồi tự làm với đoạn tiếp theo].",
                        "[Các em nhớ quy ước rất nhanh|Màu sắc giúp học sinh dễ nhớ].",
                    ),
                    (
                        "[Mỗi em có một bản in bài đọc|Học sinh được phát bản in], [tự đánh dấu theo cách hiểu|ghi kí hiệu theo suy nghĩ của mình], [rồi so với bạn|sau đó đối chiếu với bạn bên cạnh].",
                        "[Những chỗ khác nhau|Chỗ đánh dấu khác nhau] [được cả lớp thảo luận|được mang ra bàn chung].",
                        "[Qua thảo luận|Thảo luận như vậy] [giúp các em hiểu vì sao ngắt ở đó|rèn khả năng cảm thụ].",
                    ),
                )),
                ("Ghi âm giọng đọc [để {hs} tự nghe và sửa|giúp {hs} tự nhận ra chỗ cần sửa]", (
                    (
                        "Tôi [dùng điện thoại ghi âm|ghi âm giọng đọc] [của học sinh đầu năm|từng em ngay tuần đầu], [lưu vào thư mục riêng|cất giữ cẩn thận].",
                        "[Cuối học kì|Sau vài tháng], [các em nghe lại bản ghi cũ|học sinh so sánh bản ghi cũ và mới], [tự nhận ra mình tiến bộ|thấy rõ sự thay đổi].",
                        "[Nhiều em rất bất ngờ|Các em thích thú] [khi nghe giọng mình ngày trước|khi thấy mình đọc hay hơn].",
                    ),
                    (
                        "[Học sinh ghi âm bài đọc ở nhà|Các em tự ghi âm khi luyện đọc] [rồi nghe lại|và tự nghe], [tìm chỗ đọc sai|phát hiện lỗi ngắt nghỉ].",
                        "[Bản ghi tốt nhất|Bản đọc hay] [được gửi cho cô|được nộp qua nhóm lớp] [để nhận xét|để cô góp ý].",
                        "[Tự nghe mình đọc|Việc tự nghe] [giúp các em tự sửa|rèn khả năng tự đánh giá].",
                    ),
                    (
                        "[Tôi lập \"thư viện giọng đọc\"|Lớp có kho bản ghi] [gồm các bản đọc hay của học sinh|tập hợp giọng đọc các bạn].",
                        "[Các bản ghi được dùng làm mẫu|Những bài đọc hay] [cho các bạn khác tham khảo|để cả lớp nghe và học].",
                        "[Học sinh tự hào|Các em rất vui] [khi giọng mình được chọn|khi bài đọc được làm mẫu].",
                    ),
                )),
                ("Tổ chức [câu lạc bộ đọc|buổi đọc thơ, kể chuyện] [ngoài giờ học|cho {hs}]", (
                    (
                        "[Câu lạc bộ \"Giọng đọc hay\"|Nhóm yêu đọc] [sinh hoạt chiều thứ Năm|họp mỗi tuần một buổi], [học sinh đọc thơ, kể chuyện|các em đọc bài mình thích].",
                        "[Các thành viên|Học sinh] [góp ý cho nhau|nhận xét giọng đọc của bạn] [theo tiêu chí|dựa trên phiếu nhận xét].",
                        "[Câu lạc bộ|Hoạt động] [giúp các em tự tin hơn|nuôi dưỡng niềm yêu thích đọc].",
                    ),
                    (
                        "[Dịp 20/11|Vào ngày hội đọc sách], [lớp tổ chức buổi đọc thơ|học sinh biểu diễn đọc diễn cảm] [mời phụ huynh đến dự|có phụ huynh tham gia].",
                        "[Các em chọn bài tự giới thiệu|Mỗi em chọn một bài], [luyện tập nhiều tuần|chuẩn bị kĩ lưỡng].",
                        "[Buổi đọc thơ|Chương trình] [rất xúc động|để lại ấn tượng tốt].",
                    ),
                    (
                        "Tôi [phối hợp với thư viện|cùng cô thư viện] [tổ chức giờ đọc chuyện|tổ chức \"giờ kể chuyện\"] [vào giờ ra chơi|vào buổi trưa].",
                        "[Học sinh lớp lớn đọc cho lớp nhỏ nghe|Các em lớn đọc truyện cho các em nhỏ], [được rèn giọng đọc|có cơ hội luyện đọc].",
                        "[Hoạt động|Việc đọc cho em nhỏ] [mang lại niềm vui|giúp các em có trách nhiệm].",
                    ),
                )),
                ("Rèn [phát âm chuẩn|đọc đúng] [trước khi đọc diễn cảm|làm nền cho đọc diễn cảm]", (
                    (
                        "[Học sinh vùng tôi|Nhiều em] [hay nhầm l/n, s/x|phát âm lẫn dấu hỏi, ngã], tôi [luyện riêng các âm này|dành thời gian sửa] [trước khi đọc bài|đầu mỗi giờ đọc].",
                        "[Các em đọc cặp từ|Học sinh luyện cặp từ] [như \"lo – no\", \"sa – xa\"|dễ nhầm], [chú ý khẩu hình|nhìn gương để sửa khẩu hình].",
                        "[Phát âm đúng|Đọc chuẩn] [là nền cho đọc hay|giúp bài đọc rõ ràng].",
                    ),
                    (
                        "Tôi [làm thẻ từ khó|lập danh sách từ khó] [trong mỗi bài đọc|của từng bài], [cho học sinh luyện trước|để các em đọc trước].",
                        "[Em nào đọc sai|Học sinh đọc sai] [được sửa nhẹ nhàng|được hướng dẫn lại], [không bị chê cười|không bị phê bình].",
                        "[Thẻ từ|Danh sách từ khó] [giúp các em đọc trơn tru|giúp bài đọc không bị vấp].",
                    ),
                    (
                        "[Các bài tập luyện phát âm|Phần luyện phát âm] [được tổ chức bằng trò chơi|được lồng vào trò chơi] [như \"Đọc nhanh cặp từ\"|như thi đọc nhanh câu khó].",
                        "[Học sinh thi đua|Các em thi với nhau] [rất hào hứng|trong không khí vui vẻ].",
                        "[Nhờ vậy|Qua trò chơi], [lỗi phát âm giảm dần|các em đọc chuẩn hơn].",
                    ),
                )),
                ("[Đọc diễn cảm|Kể chuyện] [kết hợp|cùng] [động tác, đóng kịch|điệu bộ, nét mặt]", (
                    (
                        "Tôi [hướng dẫn học sinh dùng nét mặt, cử chỉ|khuyến khích các em kết hợp động tác] [khi đọc|để diễn tả cảm xúc].",
                        "[Ví dụ|Chẳng hạn], [khi đọc câu vui thì mỉm cười|đọc câu buồn thì chậm rãi, nhìn xuống].",
                        "[Động tác|Điệu bộ] [giúp các em nhập vai|làm bài đọc sinh động hơn].",
                    ),
                    (
                        "[Học sinh chuyển bài đọc thành hoạt cảnh|Các nhóm dựng tiểu phẩm từ bài đọc], [biểu diễn trước lớp|trình diễn trong tiết học].",
                        "[Các em tự phân vai|Nhóm tự phân công], [tập luyện|chuẩn bị trang phục đơn giản].",
                        "[Hoạt cảnh|Tiểu phẩm] [giúp các em nhớ bài lâu|tạo hứng thú đọc].",
                    ),
                    (
                        "[Trong tiết đọc|Khi luyện đọc], [tôi cho các em đọc như \"phát thanh viên\"|học sinh đóng vai người dẫn chương trình], [đứng trước lớp|cầm micro đồ chơi].",
                        "[Các em cố gắng đọc to, rõ|Học sinh đọc rõ ràng, tự tin], [cả lớp vỗ tay cổ vũ|các bạn nhận xét].",
                        "[Vai \"phát thanh viên\"|Trò chơi nhập vai] [khiến các em thích đọc|giúp học sinh mạnh dạn].",
                    ),
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
                    (
                        "[Vì|Do] {hs} [thường|hay] [viết sai|nhầm lẫn] [theo cách phát âm|vì phát âm sai] [của địa phương|], tôi [chú trọng|tập trung] [rèn|luyện] [phát âm|đọc] [đúng|chuẩn] [các phụ âm đầu|những âm] [l/n, tr/ch, s/x|dễ lẫn] [ngay trong giờ đọc|trong tất cả các giờ học].",
                        "[Tôi|Giáo viên] [hướng dẫn|làm mẫu] [khẩu hình|vị trí lưỡi, môi] [khi phát âm|] [các âm|âm] [dễ lẫn|khó] [và|để] {hs} [quan sát|nhìn theo] [và|rồi] [phát âm lại|đọc theo].",
                        "[Các em|{hs}] [luyện|đọc] [các cặp từ|từng cặp từ] [dễ lẫn|đối lập] như [\"nên – lên\", \"no – lo\"|\"sương – xương\", \"trăng – chăng\"] [để|giúp] [phân biệt|nhận ra] [sự khác nhau|cách viết].",
                    ),
                    (
                        "Tôi [luyện phát âm đúng|sửa phát âm] [cặp âm hay lẫn|những âm dễ nhầm] [như tr/ch, s/x, r/d/gi|ở địa phương] [qua bài đọc ngắn|bằng câu luyện âm].",
                        "[Học sinh đọc to|Các em đọc] [từng cặp từ|các câu có âm khó], [tôi sửa ngay|giáo viên chỉnh sửa] [khi đọc sai|kịp thời].",
                        "[Đọc đúng|Phát âm chuẩn] [giúp viết đúng|là cơ sở viết đúng chính tả].",
                    ),
                    (
                        "[Với học sinh nói giọng địa phương|Nhiều em nói ngọng], tôi [hướng dẫn khẩu hình|cho các em nhìn khẩu hình] [trước gương|khi phát âm].",
                        "[Các em luyện cùng bạn|Học sinh luyện theo cặp], [kiểm tra cho nhau|sửa lỗi cho nhau].",
                        "[Phát âm chuẩn dần|Lỗi phát âm giảm] [kéo theo lỗi chính tả giảm|thì lỗi viết cũng ít đi].",
                    ),
                )),
                ("[Giúp|Hướng dẫn] {hs} [ghi nhớ|nắm] [quy tắc|mẹo] chính tả", (
                    (
                        "[Tôi|Giáo viên] [tổng hợp|hệ thống] [các quy tắc|những mẹo] [chính tả|] [đơn giản|dễ nhớ] như [quy tắc viết k/c, gh/g, ngh/ng|âm \"n\" không đứng trước vần có âm đệm] [thành|bằng] [câu vè|bài đồng dao] [ngắn|vui].",
                        "[Các quy tắc|Mẹo chính tả] [được|] [ghi|chép] [vào|trong] [sổ tay chính tả|cuốn sổ nhỏ] [của|riêng của] [mỗi em|từng em] [và|để] [ôn lại|tra cứu] [thường xuyên|khi cần].",
                        "[Bên cạnh đó|Ngoài ra], tôi [giải nghĩa|giải thích nghĩa] [từ|của từ] [để|giúp] {hs} [dựa vào nghĩa|căn cứ vào nghĩa] [mà|để] [viết đúng|phân biệt], [ví dụ|chẳng hạn] [\"dành dụm\" và \"giành giật\"|\"chân thành\" và \"trân trọng\"].",
                    ),
                    (
                        "Tôi [dạy mẹo chính tả|hướng dẫn quy tắc] [như \"gh, ngh đi với i, e, ê\"|về âm đầu] [qua câu vè dễ nhớ|bằng bài hát].",
                        "[Học sinh học thuộc câu vè|Các em đọc thuộc] [và áp dụng khi viết|rồi vận dụng vào bài].",
                        "[Mẹo dễ nhớ|Câu vè] [giúp các em nhớ lâu|làm giảm lỗi sai].",
                    ),
                    (
                        "[Với dấu hỏi, ngã|Khi phân biệt dấu hỏi, ngã], tôi [dạy mẹo \"Huyền ngã nặng hỏi|quy tắc từ láy\"] [để học sinh áp dụng|giúp các em viết đúng].",
                        "[Học sinh tìm từ láy|Các em tìm ví dụ] [và kiểm tra mẹo|để kiểm chứng quy tắc].",
                        "[Mẹo chính tả|Quy tắc] [giúp viết đúng nhiều từ|giảm lỗi dấu thanh].",
                    ),
                )),
                ("[Lập|Xây dựng] [sổ tay|bảng thống kê] [lỗi chính tả|lỗi sai] [của từng em|cá nhân] và [sửa lỗi|luyện viết] [thường xuyên|theo tuần]", (
                    (
                        "[Sau mỗi|Mỗi] [bài viết|bài chính tả], tôi [thống kê|ghi lại] [lỗi sai|các lỗi] [của từng em|] [vào bảng|vào sổ theo dõi] [và|để] [phân loại|nhóm] [theo từng loại lỗi|những lỗi hay mắc].",
                        "[Mỗi em|{hs}] [có|lập] [một|] [sổ tay|cuốn sổ nhỏ] [ghi|chép] [từ viết sai|những từ mình hay viết sai] [và|cùng] [cách viết đúng|từ đúng] [bên cạnh|], [mỗi ngày|hằng ngày] [đọc lại|viết lại] [vài lần|ba lần].",
                        "[Cuối tuần|Sau mỗi tuần], [tôi|giáo viên] [đọc|kiểm tra] [lại|] [những từ|các từ] [đó|các em hay sai] [để|cho] {hs} [viết lại|viết], [em nào|bạn nào] [không còn sai|tiến bộ] [được khen|được tặng sao].",
                    ),
                    (
                        "[Mỗi em có sổ tay chính tả|Học sinh lập sổ lỗi], [ghi từ viết sai và sửa đúng|chép lại lỗi đã mắc].",
                        "[Cuối tuần|Mỗi tuần], [các em ôn lại sổ|học sinh đọc lại lỗi], [viết lại từ sai năm lần|luyện lại từ hay sai].",
                        "[Sổ tay|Việc ghi lỗi] [giúp các em nhớ chỗ sai|tránh lặp lại lỗi].",
                    ),
                    (
                        "Tôi [thống kê lỗi chính tả|lập bảng lỗi] [của cả lớp|theo từng em] [sau mỗi bài viết|sau mỗi bài kiểm tra].",
                        "[Những lỗi phổ biến|Lỗi nhiều em mắc] [được luyện chung|được sửa cho cả lớp], [lỗi riêng|lỗi cá nhân] [được kèm riêng|được hướng dẫn riêng].",
                        "[Bảng thống kê|Việc theo dõi] [giúp tôi thấy lỗi giảm dần|cho thấy sự tiến bộ của các em].",
                    ),
                )),
                ("[Tổ chức|Thiết kế] [trò chơi|bài tập] chính tả [vui|sinh động]", (
                    (
                        "[Tôi|Giáo viên] [thiết kế|dùng] [trò chơi|các trò chơi] [như|] [\"Điền nhanh điền đúng\"|\"Ai tinh mắt\"|\"Tìm từ\"] [trên|bằng] [bảng phụ|slide trình chiếu] [để|giúp] {hs} [luyện|củng cố] [cách viết|chính tả] [các từ|những từ] [dễ sai|khó].",
                        "[Các đội|Các tổ] [thi|thi đua] [tìm|viết] [nhanh|] [các từ|từ] [có|chứa] [âm, vần|phụ âm] [đã học|cho trước] [trong thời gian|trong vòng] [hai phút|một phút], [đội nào|tổ nào] [nhiều từ đúng|đúng nhiều nhất] [sẽ thắng|được khen].",
                        "[Trò chơi|Hình thức này] [làm|giúp] [giờ chính tả|tiết học] [bớt khô khan|nhẹ nhàng], {hs} [ghi nhớ|nhớ] [từ|cách viết] [một cách|] [tự nhiên|thoải mái] [hơn|].",
                    ),
                    (
                        "Tôi [tổ chức trò chơi \"Ai nhanh hơn\"|cho học sinh chơi \"Điền âm\"]: [điền tr hay ch vào chỗ trống|chọn âm đầu đúng].",
                        "[Các đội thi|Học sinh thi theo tổ], [đội nào nhanh và đúng được khen|đội thắng được cộng điểm].",
                        "[Trò chơi|Hoạt động] [giúp luyện chính tả vui vẻ|giảm căng thẳng].",
                    ),
                    (
                        "[Trò chơi ô chữ|Ô chữ chính tả] [với từ khó|có từ dễ viết sai] [được đưa vào cuối tiết|được dùng cuối giờ].",
                        "[Học sinh giải ô chữ|Các em tìm từ] [và viết đúng chính tả|phải viết đúng mới được điểm].",
                        "[Ô chữ|Trò chơi] [khiến các em hào hứng|thu hút học sinh].",
                    ),
                )),
                ("[Giải nghĩa từ|Phân biệt nghĩa] [để viết đúng|giúp {hs} viết đúng] [chính tả|từ dễ lẫn]", (
                    (
                        "Tôi [giải nghĩa cặp từ dễ lẫn|phân biệt nghĩa từ] [như \"giành – dành\", \"sắc – xắc\"|như \"chăm chỉ – trăm\", \"xinh – sinh\"].",
                        "[Học sinh đặt câu|Các em đặt câu] [với từng từ|minh họa nghĩa] [để nhớ|để ghi nhớ].",
                        "[Hiểu nghĩa|Nắm nghĩa] [giúp viết đúng|tránh nhầm lẫn].",
                    ),
                    (
                        "[Với từ Hán Việt|Các từ khó], [tôi dùng tranh minh họa|tôi cho xem hình ảnh] [để học sinh hiểu nghĩa|giúp các em nhớ].",
                        "[Các em liên hệ nghĩa với cách viết|Học sinh gắn nghĩa với chữ viết].",
                        "[Hiểu nghĩa|Nhờ hiểu] [các em viết chính xác|lỗi sai giảm].",
                    ),
                    (
                        "[Tôi lập \"từ điển chính tả của lớp\"|Lớp có sổ từ dễ sai] [ghi cặp từ và nghĩa|kèm ví dụ].",
                        "[Học sinh bổ sung|Các em thêm từ mới] [mỗi tuần|thường xuyên].",
                        "[Từ điển|Sổ từ] [là tài liệu tra cứu|giúp học sinh tự học].",
                    ),
                )),
                ("Luyện [nghe – viết|viết chính tả] [ngắn|đều đặn] [hằng ngày|mỗi tiết]", (
                    (
                        "[Mỗi ngày|Đầu giờ], [học sinh viết một câu chính tả ngắn|tôi đọc một câu cho cả lớp viết] [có từ khó|chứa lỗi dễ mắc].",
                        "[Các em đổi vở kiểm tra|Học sinh chấm chéo], [sửa lỗi ngay|ghi lại lỗi].",
                        "[Viết ngắn hằng ngày|Luyện đều] [giúp tiến bộ nhanh|hình thành thói quen cẩn thận].",
                    ),
                    (
                        "Tôi [đọc chậm, rõ|đọc từng cụm từ] [để học sinh viết|trong bài nghe – viết], [nhắc nhở tư thế ngồi viết|kiểm tra cách cầm bút].",
                        "[Sau khi viết|Viết xong], [các em soát lỗi|học sinh tự dò lại] [theo bài mẫu|trên bảng].",
                        "[Thói quen soát lỗi|Việc tự kiểm tra] [giúp các em cẩn thận|giảm lỗi].",
                    ),
                    (
                        "[Bài chính tả|Đoạn văn luyện viết] [được chọn từ truyện các em thích|được lấy từ bài đọc hay], [để học sinh hứng thú|tạo hứng thú].",
                        "[Các em viết|Học sinh chép lại] [cẩn thận|rồi trang trí].",
                        "[Bài viết đẹp|Những bài tốt] [được trưng bày|được khen].",
                    ),
                )),
                ("Sửa lỗi chính tả [trong bài làm|khi viết] [ở các môn học|mọi môn]", (
                    (
                        "[Khi chấm vở Toán, Khoa học|Ở bài làm các môn khác], [tôi vẫn gạch chân lỗi chính tả bằng bút chì|giáo viên vẫn đánh dấu chữ viết sai], [để học sinh hiểu viết đúng là yêu cầu ở mọi môn|để các em không chỉ cẩn thận trong giờ Tiếng Việt].",
                        "[Học sinh tự sửa lỗi ở cuối bài|Các em viết lại từ sai ba lần bên lề], [nhờ vậy thói quen soát lỗi được hình thành|dần dần lỗi trong các môn học giảm rõ].",
                    ),
                    (
                        "[Trong bài tập làm văn|Khi chấm bài văn], [tôi gạch chân lỗi chính tả|tôi đánh dấu từ sai] [để học sinh tự sửa|cho các em tự tìm cách viết đúng].",
                        "[Tôi thống nhất với giáo viên Tiếng Anh, Âm nhạc|Giáo viên các môn dạy lớp] [cùng nhắc học sinh viết hoa tên riêng, viết đúng dấu thanh|cùng sửa lỗi theo một kí hiệu chung], [để học sinh không thấy mỗi thầy cô một kiểu|tạo sự nhất quán].",
                        "[Sau một học kì|Đến cuối kì], [chữ viết trong vở các môn của lớp sạch và đúng hơn hẳn|nhiều thầy cô nhận xét lớp viết cẩn thận hơn].",
                    ),
                    (
                        "[Cuối mỗi tuần|Vào thứ Sáu], [lớp trưởng tổng hợp những lỗi hay gặp trong vở các môn|tôi ghi các lỗi chung lên góc bảng \"Lỗi của tuần\"], [cả lớp cùng đọc và sửa|các em nêu cách viết đúng].",
                        "[Góc lỗi của tuần|Việc sửa lỗi chung] [giúp các em nhớ lâu|giúp cả lớp tránh lặp lại lỗi cũ].",
                    ),
                )),
                ("[Khuyến khích|Tăng cường] [đọc sách|đọc nhiều] [để ghi nhớ|giúp {hs} nhớ] [mặt chữ|cách viết đúng]", (
                    (
                        "Tôi [khuyến khích học sinh đọc sách|giao nhiệm vụ đọc truyện] [mỗi ngày mười lăm phút|thường xuyên].",
                        "[Đọc nhiều|Tiếp xúc với chữ viết] [giúp các em nhớ mặt chữ|làm quen cách viết đúng].",
                        "[Học sinh đọc nhiều|Các em chăm đọc] [thường viết ít lỗi hơn|có vốn từ phong phú].",
                    ),
                    (
                        "[Góc thư viện lớp|Tủ sách của lớp] [có nhiều truyện tranh|có sách phù hợp], [học sinh mượn đọc|các em đọc giờ ra chơi].",
                        "[Tôi hỏi về truyện|Các em kể lại truyện], [ghi từ hay vào sổ|chép từ mới].",
                        "[Đọc sách|Thói quen đọc] [giúp cải thiện chính tả|hỗ trợ viết đúng].",
                    ),
                    (
                        "[Học sinh đọc to|Các em đọc] [đoạn văn hay|đoạn văn mẫu] [rồi chép lại|sau đó viết lại], [so sánh với bản gốc|đối chiếu].",
                        "[Việc chép văn hay|Chép lại đoạn văn] [giúp luyện mắt nhìn chữ|ghi nhớ cách viết].",
                        "[Các em tiến bộ|Lỗi chính tả giảm].",
                    ),
                )),
                ("Thi đua \"[Lớp học không lỗi chính tả|Vở sạch – chữ đúng]\" [giữa các tổ|trong lớp]", (
                    (
                        "[Bảng thi đua chính tả|Bảng theo dõi] [ghi số bài không mắc lỗi của từng tổ|được cập nhật sau mỗi bài viết], [tổ có nhiều bài \"sạch lỗi\" nhất tuần được cắm cờ|tổ dẫn đầu được khen trong giờ sinh hoạt].",
                        "[Các tổ trưởng|Thành viên trong tổ] [nhắc nhau soát bài trước khi nộp|giúp bạn hay sai luyện thêm], [tinh thần thi đua khiến lỗi chính tả giảm nhanh|không khí lớp sôi nổi].",
                    ),
                    (
                        "[Bảng thi đua|Bảng theo dõi] [treo ở lớp|dán trên tường], [ghi số lỗi của từng tổ|cập nhật hằng tuần].",
                        "[Cuối tháng|Mỗi tháng], [tôi trao danh hiệu \"Ngôi sao chính tả\"|lớp bình chọn bạn viết đúng nhất] [cho những em không mắc lỗi hoặc tiến bộ nhiều|kể cả những em tiến bộ], [kèm một phần quà nhỏ như bút, vở|tặng sticker và giấy khen nhỏ].",
                        "[Danh hiệu|Phần thưởng] [khiến nhiều em cố gắng|tạo động lực rõ rệt], [cả những em hay sai cũng muốn được nhận|các em học chậm cũng phấn đấu].",
                    ),
                    (
                        "[Cuối tháng|Mỗi tháng], [lớp bình chọn \"ngôi sao chính tả\"|tôi trao danh hiệu cho em ít lỗi nhất], [kèm phần thưởng nhỏ|tặng bút, vở].",
                        "[Bài viết \"sạch lỗi\"|Những bài chính tả đẹp, đúng] [được dán lên bảng \"Vở sạch – chữ đúng\"|được trưng bày ở góc học tập], [cả lớp cùng xem|để các bạn học tập].",
                        "[Được trưng bày bài|Niềm vui khi thấy bài mình được khen] [là động lực để các em viết cẩn thận hơn|giúp phong trào duy trì đều đặn].",
                    ),
                )),
                ("Phối hợp với [phụ huynh|gia đình] [luyện chính tả|sửa lỗi] [ở nhà|cho con]", (
                    (
                        "Tôi [gửi danh sách từ khó|chia sẻ từ dễ sai] [cho phụ huynh|qua nhóm Zalo] [để luyện ở nhà|để gia đình cùng ôn].",
                        "[Phụ huynh đọc cho con viết|Cha mẹ kiểm tra con viết] [vài từ mỗi tối|mười phút mỗi ngày].",
                        "[Sự phối hợp|Gia đình hỗ trợ] [giúp tiến bộ nhanh|tăng hiệu quả].",
                    ),
                    (
                        "[Trong buổi họp phụ huynh|Khi gặp phụ huynh], tôi [hướng dẫn cách sửa lỗi cho con|chia sẻ mẹo chính tả], [không chê mà động viên|khuyến khích nhẹ nhàng].",
                        "[Nhiều gia đình|Phụ huynh] [áp dụng|thực hiện] [và phản hồi tích cực|thấy con tiến bộ].",
                        "[Gia đình đồng hành|Phối hợp tốt] [giúp con tự tin|tạo môi trường học tốt].",
                    ),
                    (
                        "[Học sinh viết nhật kí ngắn|Các em viết vài câu] [kể về gia đình|mỗi tối], [phụ huynh đọc và ký|cha mẹ xem lại].",
                        "[Tôi kiểm tra nhật kí|Giáo viên đọc], [sửa lỗi chính tả|góp ý nhẹ nhàng].",
                        "[Viết nhật kí|Hoạt động] [luyện chính tả tự nhiên|gắn kết gia đình].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [hướng dẫn|yêu cầu] {hs} [gạch chân|xác định] [từ khóa|các từ then chốt] [trong đề|của đề bài] [để|nhằm] [xác định|nắm] [vấn đề nghị luận|vấn đề cần bàn], [thao tác lập luận|phạm vi dẫn chứng].",
                        "[Mỗi bài|Trước khi viết], [các em|{hs}] [lập|phải lập] [dàn ý|dàn ý chi tiết] [bằng|dưới dạng] [sơ đồ tư duy|sơ đồ] [với|gồm] [các nhánh|các ý] [giải thích, bàn luận, chứng minh, phản đề và liên hệ bản thân|mở bài, các luận điểm, kết bài].",
                        "[Tôi|Giáo viên] [chữa|nhận xét] [dàn ý|bài] [của một vài em|mẫu] [trên máy chiếu|trước lớp] [để|giúp] [cả lớp|{hs}] [rút kinh nghiệm|thấy được] [cách|] [sắp xếp ý|lập luận] [chặt chẽ|logic].",
                    ),
                    (
                        "[Với mỗi đề nghị luận|Khi nhận một đề bài], tôi [yêu cầu học sinh trả lời ba câu hỏi|hướng dẫn các em tự hỏi ba điều]: [bàn về vấn đề gì, dùng thao tác nào, lấy dẫn chứng ở đâu|vấn đề là gì, đề yêu cầu làm gì, phạm vi đến đâu].",
                        "[Với đề \"Suy nghĩ về lòng biết ơn\"|Chẳng hạn đề bàn về lòng biết ơn], [các em gạch chân từ khóa rồi tự đặt câu hỏi \"Biết ơn là gì? Vì sao cần biết ơn?\"|học sinh tách đề thành các câu hỏi nhỏ để tìm ý].",
                        "[Nhờ bước phân tích đề|Khi đã quen phân tích đề], [số bài lạc đề, lệch trọng tâm giảm hẳn|bài viết của lớp ít bị lạc hướng hơn trước].",
                    ),
                    (
                        "[Tôi dùng khung dàn ý ba tầng|Học sinh lập dàn ý theo ba tầng]: [luận điểm – lí lẽ – dẫn chứng|ý lớn, ý nhỏ và dẫn chứng], [mỗi tầng một màu bút|viết bằng các màu khác nhau cho dễ nhìn].",
                        "[Trước khi viết bài|Trong mười phút đầu giờ viết], [các em trao đổi dàn ý với bạn cùng bàn|hai bạn đọc dàn ý cho nhau] [để tìm chỗ thiếu, chỗ trùng|và góp ý thêm bớt].",
                        "[Bài viết có dàn ý tốt|Những bài có dàn ý rõ] [mạch lạc hơn hẳn|thường đủ ý và không lặp], [học sinh cũng viết nhanh hơn|các em không còn ngồi \"nghĩ mãi không ra\".]",
                    ),
                )),
                ("[Xây dựng|Hướng dẫn {hs} lập] [kho|sổ tay] dẫn chứng [theo chủ đề|từ thực tế]", (
                    (
                        "{hs} [lập|xây dựng] [sổ tay|kho] [dẫn chứng|tư liệu] [chia theo|xếp theo] [các chủ đề|từng chủ đề] [thường gặp|] như [lòng biết ơn, ý chí nghị lực, lối sống ảo, bảo vệ môi trường|tình yêu thương, sự trung thực, tinh thần tự học].",
                        "[Mỗi tuần|Hằng tuần], [lớp|các tổ] [cử|phân công] [một nhóm|một bạn] [sưu tầm|tìm] [tấm gương|câu chuyện] [người thật, việc thật|có thật] [trên báo chí|trong cuộc sống] [và|rồi] [chia sẻ|giới thiệu] [trước lớp|đầu giờ].",
                        "[Nhờ|Với] [kho dẫn chứng|vốn dẫn chứng] [phong phú|đa dạng], [bài viết|bài văn] [của {hs}|của các em] [thuyết phục hơn|sinh động hơn], [tránh|không còn] [tình trạng|] [dẫn chứng chung chung|lặp lại dẫn chứng quen thuộc].",
                    ),
                    (
                        "[Mỗi học sinh có một cuốn sổ nhỏ|Tôi hướng dẫn các em làm \"sổ tay dẫn chứng\"] [chia theo chủ đề như ý chí, lòng nhân ái, trách nhiệm|ghi tấm gương và câu chuyện theo từng chủ đề].",
                        "[Mỗi tuần|Hằng tuần] [các em bổ sung ít nhất một dẫn chứng mới|học sinh thêm một câu chuyện đọc được] [từ báo, sách hoặc chuyện ở quê mình|kèm nguồn và vài dòng tóm tắt].",
                        "[Khi làm bài|Đến lúc viết văn], [các em có sẵn dẫn chứng phong phú|học sinh không phải dùng đi dùng lại vài tấm gương quen thuộc].",
                    ),
                    (
                        "Tôi [khuyến khích dẫn chứng \"người thật việc thật\" ở địa phương|gợi ý các em tìm dẫn chứng ngay quanh mình], [như bác cựu chiến binh trong thôn, bạn học giỏi vượt khó|như người hàng xóm tốt bụng, cô giáo cũ].",
                        "[Các em phỏng vấn ngắn|Học sinh trò chuyện] [với nhân vật|với người được chọn] [rồi ghi lại câu chuyện|và kể lại trong tiết học].",
                        "[Dẫn chứng tự tìm|Những câu chuyện gần gũi] [làm bài văn chân thật, có hồn|thuyết phục người đọc hơn dẫn chứng sáo mòn].",
                    ),
                )),
                ("[Rèn|Luyện] [viết đoạn|kĩ năng viết đoạn văn] [theo|với] [mô hình|cấu trúc] [rõ ràng|cụ thể]", (
                    (
                        "[Tôi|Giáo viên] [giới thiệu|hướng dẫn] [các mô hình|cấu trúc] [đoạn văn|] [diễn dịch, quy nạp, tổng – phân – hợp|luận điểm – lí lẽ – dẫn chứng – liên hệ] và [cho|để] {hs} [luyện viết|viết thử] [từng kiểu|mỗi kiểu] [trong|với] [thời gian|khoảng] {phut} phút.",
                        "[Các em|{hs}] [đổi bài|trao đổi bài] [cho bạn|theo cặp] [và|để] [nhận xét|chấm] [theo|dựa trên] [bảng tiêu chí|bảng kiểm] [về|gồm] [câu chủ đề, lí lẽ, dẫn chứng, liên kết câu|nội dung, lập luận, diễn đạt].",
                        "[Những đoạn văn hay|Đoạn văn tốt] [được|] [đọc|chia sẻ] [trước lớp|cho cả lớp] và [lưu|dán] [vào|trên] [góc học tập|bảng tin lớp] [để|cho] [các bạn|{hs}] [tham khảo|học tập].",
                    ),
                    (
                        "[Tôi dạy cấu trúc đoạn \"câu chủ đề – giải thích – chứng minh – mở rộng\"|Học sinh được hướng dẫn viết đoạn theo bốn bước] [và in khung đoạn văn dán vào vở|có ví dụ mẫu kèm theo].",
                        "[Mỗi tiết luyện viết|Trong giờ luyện tập], [các em viết một đoạn khoảng mười câu|học sinh viết một đoạn ngắn] [rồi dùng bút màu đánh dấu từng phần|và tự kiểm tra xem đủ bốn phần chưa].",
                        "[Viết theo cấu trúc|Khung đoạn văn] [giúp các em viết mạch lạc|hạn chế lối viết lan man, lặp ý].",
                    ),
                    (
                        "[Tôi chọn một đoạn văn hay|Tôi đưa ra một đoạn nghị luận mẫu] [rồi xáo trộn các câu|và cắt thành từng câu rời], [các nhóm phải sắp xếp lại cho hợp lí|học sinh ghép lại thành đoạn hoàn chỉnh].",
                        "[Khi sắp xếp|Trong lúc ghép câu], [các em phải tìm câu chủ đề và từ nối|học sinh chú ý đến từ nối và quan hệ giữa các câu].",
                        "[Hoạt động ghép đoạn|Trò chơi này] [giúp các em hiểu cách tổ chức đoạn văn|làm các em chú ý hơn đến liên kết câu].",
                    ),
                )),
                ("[Hạn chế|Chống] [học văn mẫu|sao chép văn mẫu] bằng [đề mở|những đề bài mở]", (
                    (
                        "[Tôi|Giáo viên] [ra|sử dụng] [đề mở|những đề bài mở] [gắn với|xuất phát từ] [trải nghiệm|đời sống] [của chính {hs}|thực tế của các em] [để|khiến] [các em|] [không thể|khó] [chép|dựa vào] [văn mẫu|bài mẫu].",
                        "[Bài viết|Bài làm] [được|] [đánh giá cao|khuyến khích] [khi|nếu] [có|thể hiện] [suy nghĩ riêng|quan điểm cá nhân] [và|,] [cách diễn đạt|lời văn] [của riêng mình|mới mẻ], [dù|kể cả khi] [còn|vẫn còn] [vụng về|chưa trau chuốt].",
                        "[Dần dần|Sau một thời gian], {hs} [tự tin|mạnh dạn] [bày tỏ|nêu] [ý kiến|quan điểm] [và|,] [viết|trình bày] [bằng|theo] [suy nghĩ|cách nghĩ] [của mình|riêng] [thay vì|chứ không] [học thuộc|sao chép] [bài mẫu|].",
                    ),
                    (
                        "[Tôi ra những đề gắn với đời sống học sinh|Đề bài tôi chọn thường là vấn đề các em đang gặp] [như nghiện trò chơi trực tuyến, áp lực điểm số|như sống ảo trên mạng xã hội], [những đề khó tìm được văn mẫu|nên không có sẵn bài để chép].",
                        "[Học sinh được khuyến khích|Các em được động viên] [nêu ý kiến riêng, kể cả ý kiến trái chiều|bày tỏ quan điểm cá nhân], [miễn là có lí lẽ và dẫn chứng|miễn là lập luận thuyết phục].",
                        "[Những bài viết có suy nghĩ riêng|Bài có ý kiến độc đáo] [được đọc trước lớp và cộng điểm|được khen ngợi], [dần dần các em bỏ thói quen học thuộc văn mẫu|nên học sinh ít dựa vào sách tham khảo hơn].",
                    ),
                    (
                        "[Tôi nói rõ với học sinh|Ngay đầu năm tôi thống nhất với lớp] [bài chép văn mẫu sẽ không được điểm cao|rằng bài viết sao chép sẽ không được đánh giá tốt], [dù câu chữ có hay đến đâu|kể cả khi viết rất trôi chảy].",
                        "[Thay vào đó|Đồng thời], [tôi cho các em đọc văn mẫu như tài liệu tham khảo|học sinh được đọc bài mẫu] [rồi chỉ ra điều học được về cách lập luận|để học cách lập luận chứ không chép câu chữ].",
                        "[Các em dần tự tin viết bằng lời của mình|Học sinh mạnh dạn hơn khi viết theo suy nghĩ riêng], [bài viết tuy còn vụng nhưng chân thật|dù chưa trau chuốt nhưng có cảm xúc thật].",
                    ),
                )),
                ("Tổ chức tranh biện [về một vấn đề gần gũi|trong giờ học] [trước khi viết bài|để tìm ý]", (
                    (
                        "[Trước tiết viết bài|Trước khi viết văn nghị luận], tôi [tổ chức một buổi tranh biện ngắn|cho lớp tranh luận] [về đề bài, chia hai đội ủng hộ và phản đối|với hai phe có quan điểm trái ngược].",
                        "[Mỗi đội có năm phút chuẩn bị|Các đội chuẩn bị lí lẽ] [và cử ba bạn trình bày|rồi lần lượt phát biểu], [đội kia được phản biện|đội bạn được đặt câu hỏi chất vấn].",
                        "[Sau buổi tranh biện|Khi viết bài], [các em có rất nhiều ý|học sinh không còn bí ý], [kể cả ý của phe bên kia để phản bác|biết lường trước ý kiến trái chiều để phản bác].",
                    ),
                    (
                        "Tôi [chọn những câu hỏi tranh biện|đặt vấn đề tranh luận] [như \"Có nên cho học sinh dùng điện thoại ở trường?\"|như \"Học nhóm hay học một mình tốt hơn?\"], [vấn đề nào cũng có hai mặt|để cả hai phía đều có lí].",
                        "[Tôi làm người điều phối|Giáo viên giữ vai trò trọng tài] [và nhắc các em tôn trọng người nói|yêu cầu các bên không ngắt lời nhau] [chỉ tranh luận ý kiến, không công kích cá nhân|và lịch sự khi phản bác].",
                        "[Học sinh ít nói|Những em vốn rụt rè] [cũng được giao vai thư kí ghi lí lẽ|cũng tham gia bằng cách ghi chép và tổng hợp ý kiến].",
                    ),
                    (
                        "[Cuối buổi tranh biện|Sau phần tranh luận], [mỗi em viết một đoạn nêu quan điểm cá nhân|học sinh tự viết đoạn văn bày tỏ ý kiến của mình] [có dùng ít nhất một lí lẽ của đội bạn|trong đó phản bác một ý của phía bên kia].",
                        "[Những đoạn văn hay|Các bài viết tốt] [được đọc trước lớp|được chia sẻ trong nhóm Zalo của lớp].",
                        "[Tranh biện giúp các em|Hoạt động này] [nhìn vấn đề nhiều chiều|biết lập luận chặt chẽ và thuyết phục hơn].",
                    ),
                )),
                ("Rèn kĩ năng viết [mở bài và kết bài|phần mở đầu, kết thúc] [cho bài nghị luận|hấp dẫn, đúng hướng]", (
                    (
                        "Tôi [giới thiệu bốn cách mở bài|hướng dẫn các kiểu mở bài]: [đi từ câu chuyện, từ câu hỏi, từ danh ngôn, từ thực tế|gián tiếp bằng tình huống hoặc trực tiếp nêu vấn đề], [mỗi cách có một ví dụ mẫu|kèm ví dụ cho từng cách].",
                        "[Với cùng một đề|Cho một đề bài], [mỗi học sinh viết hai mở bài theo hai cách khác nhau|các em thử viết mở bài theo nhiều kiểu] [rồi chọn cái mình thích nhất|và tự chọn cách phù hợp nhất].",
                        "[Các em không còn mở bài theo một khuôn|Phần mở bài của lớp đa dạng hơn], [nhiều mở bài rất tự nhiên và gợi tò mò|có bài mở đầu bằng câu chuyện rất ấn tượng].",
                    ),
                    (
                        "[Phần kết bài|Với kết bài], tôi [hướng dẫn ba việc cần làm|dạy các em ghi nhớ ba ý]: [khẳng định lại vấn đề, rút ra bài học, liên hệ bản thân|tổng kết, mở rộng, nêu hành động cụ thể].",
                        "[Tôi tránh để các em viết kết bài \"hô khẩu hiệu\"|Học sinh được nhắc tránh những câu chung chung] [như \"Chúng ta phải cố gắng hơn nữa\"|kiểu lời kêu gọi sáo rỗng], [mà nêu việc làm cụ thể|thay bằng một hành động thiết thực].",
                        "[Kết bài ngắn gọn mà có sức nặng|Những kết bài chân thành] [để lại ấn tượng tốt với người chấm|giúp bài văn trọn vẹn hơn].",
                    ),
                    (
                        "Tôi [tổ chức cuộc thi nhỏ \"Mở bài hay nhất\"|phát động thi viết mở bài] [trong mười phút cuối giờ|vào cuối mỗi tuần], [cả lớp viết cho cùng một đề|các em cùng viết cho một đề].",
                        "[Các bài được dán lên bảng|Những mở bài được đọc to] [và học sinh bình chọn bằng hình ngôi sao|để cả lớp chọn ra bài hay].",
                        "[Mở bài được chọn|Những mở bài hay] [chép vào \"sổ tay mở bài\" của lớp|được lưu lại làm tài liệu tham khảo].",
                    ),
                )),
                ("Chấm, chữa bài [theo bảng tiêu chí|bằng rubric] [để {hs} tự sửa|và hướng dẫn viết lại]", (
                    (
                        "Tôi [xây dựng bảng tiêu chí chấm bài nghị luận|lập rubric] [gồm bố cục, luận điểm, dẫn chứng, diễn đạt và sáng tạo|với năm tiêu chí rõ ràng], [phát cho học sinh từ đầu|công bố trước khi viết].",
                        "[Trước khi nộp|Viết xong], [các em tự chấm bài mình theo tiêu chí|học sinh tự đánh giá bằng rubric] [và sửa những chỗ chưa đạt|rồi chỉnh lại những phần còn yếu].",
                        "[Học sinh hiểu người chấm cần gì|Các em biết rõ yêu cầu], [nên bài viết có chủ đích hơn|vì vậy chất lượng bài tăng rõ].",
                    ),
                    (
                        "[Khi trả bài|Trong tiết trả bài], tôi [không chỉ ghi điểm|không chỉ cho điểm số] [mà ghi một điểm mạnh và một điều cần sửa|mà viết nhận xét cụ thể cho từng bài].",
                        "[Học sinh viết lại một đoạn yếu nhất|Mỗi em chọn đoạn chưa tốt] [theo góp ý|và viết lại] [rồi nộp lại để tôi xem|sau đó nộp cho cô kiểm tra].",
                        "[Viết lại theo góp ý|Việc sửa bài] [giúp các em tiến bộ thấy rõ|giúp học sinh nhớ lâu lỗi của mình].",
                    ),
                    (
                        "[Tôi tổ chức chấm chéo|Học sinh chấm bài của bạn] [theo rubric|dựa trên tiêu chí], [mỗi bài có hai bạn chấm|mỗi bài được hai người đọc] [và ghi nhận xét ngắn|kèm góp ý].",
                        "[Sau khi đọc bài bạn|Qua việc chấm bài bạn], [các em tự rút ra bài học cho mình|học sinh học được cách viết hay của bạn].",
                        "[Chấm chéo|Hoạt động] [giúp các em nhìn bài viết khách quan hơn|rèn khả năng đánh giá].",
                    ),
                )),
                ("Đọc báo và [bình luận|nêu ý kiến về] [sự việc thời sự|vấn đề xã hội] [để có thêm dẫn chứng|cho bài nghị luận]", (
                    (
                        "[Đầu mỗi tiết|Năm phút đầu giờ], [một học sinh giới thiệu một tin tức đáng chú ý|một em điểm tin] [trong tuần|vừa đọc được], [cả lớp nêu ý kiến|các bạn bình luận ngắn].",
                        "[Tin tức được chọn|Các tin] [thường là tấm gương tốt hoặc vấn đề học đường|gần gũi với học sinh], [như bạn nhỏ trả lại của rơi, phong trào nhặt rác|như câu chuyện vượt khó của một học sinh].",
                        "[Những tin hay|Các sự việc ý nghĩa] [được các em ghi vào sổ dẫn chứng|trở thành dẫn chứng sống động cho bài viết].",
                    ),
                    (
                        "Tôi [cắt những bài báo ngắn|sưu tầm bài báo] [về một vấn đề|cùng chủ đề] [rồi phát cho các nhóm|để các nhóm đọc và thảo luận].",
                        "[Mỗi nhóm viết một đoạn bình luận|Các nhóm nêu quan điểm] [có lí lẽ và dẫn chứng từ bài báo|dựa trên thông tin đọc được].",
                        "[Đọc báo thường xuyên|Việc tiếp xúc với báo chí] [giúp học sinh hiểu biết xã hội|làm cho bài văn của các em gắn với đời sống hơn].",
                    ),
                    (
                        "[Góc \"Tin tức tuần này\"|Bảng tin lớp] [được cập nhật mỗi thứ Hai|do các tổ thay nhau phụ trách], [dán bài báo kèm câu hỏi gợi mở|kèm một câu hỏi để các bạn suy nghĩ].",
                        "[Học sinh viết ý kiến ngắn|Các em viết bình luận] [lên giấy nhớ dán bên cạnh|và dán cạnh bài báo].",
                        "[Hoạt động này|Góc tin tức] [hình thành thói quen quan tâm đến xã hội|giúp các em có nhiều ý tưởng khi viết văn].",
                    ),
                )),
                ("Luyện lập luận [bằng sơ đồ|qua sơ đồ hóa luận điểm, lí lẽ] [trước khi viết|để bài văn chặt chẽ]", (
                    (
                        "Tôi [hướng dẫn học sinh vẽ sơ đồ lập luận|dạy các em biểu diễn lập luận bằng sơ đồ]: [luận điểm ở ô trung tâm, lí lẽ và dẫn chứng nối bằng mũi tên|ý chính ở giữa, các ý phụ tỏa ra xung quanh].",
                        "[Khi nhìn sơ đồ|Qua sơ đồ], [các em dễ thấy lí lẽ nào thiếu dẫn chứng|học sinh phát hiện chỗ lập luận còn yếu] [hoặc ý nào không liên quan|hoặc dẫn chứng không khớp với lí lẽ].",
                        "[Sơ đồ giúp bài văn chặt chẽ|Lập luận bằng sơ đồ] [và hạn chế viết lan man|làm bài viết logic hơn].",
                    ),
                    (
                        "[Với bài văn mẫu trong sách|Khi học văn bản nghị luận], [các nhóm vẽ lại sơ đồ lập luận của tác giả|học sinh phân tích cấu trúc lập luận bằng sơ đồ].",
                        "[Các em nhận ra|Học sinh thấy được] [cách tác giả đi từ lí lẽ đến dẫn chứng|trình tự sắp xếp luận điểm] [và học theo|rồi vận dụng vào bài của mình].",
                        "[Phân tích lập luận mẫu|Hoạt động này] [giúp các em học cách viết từ người viết giỏi|rèn tư duy logic].",
                    ),
                    (
                        "Tôi [tổ chức thi \"lập sơ đồ nhanh\"|cho các nhóm thi lập sơ đồ] [với một đề cho trước|trong mười phút], [nhóm nào có sơ đồ hợp lí nhất được chọn trình bày|nhóm thắng lên bảng giới thiệu].",
                        "[Cả lớp góp ý cho sơ đồ|Các nhóm khác nhận xét] [về tính hợp lí của lí lẽ|và bổ sung ý].",
                        "[Thi lập sơ đồ|Hoạt động nhanh này] [rèn tư duy và tinh thần hợp tác|giúp các em tìm ý nhanh hơn].",
                    ),
                )),
                ("Viết [nhật kí nghị luận|đoạn nghị luận ngắn] [mỗi tuần|đều đặn] [về điều quan sát được|trong cuộc sống]", (
                    (
                        "[Mỗi tuần|Cuối tuần], [học sinh viết một đoạn ngắn|các em viết một trang nhật kí] [bày tỏ ý kiến về một điều các em chứng kiến|bàn về một việc xảy ra quanh mình], [như chuyện xếp hàng ở căng tin|như việc bạn bè giúp nhau].",
                        "[Tôi đọc và viết vài dòng nhận xét|Giáo viên đọc và góp ý ngắn] [dưới mỗi bài|bằng bút màu], [không chấm điểm|không cho điểm] [để các em viết thoải mái|để học sinh không áp lực].",
                        "[Viết đều đặn|Nhật kí nghị luận] [giúp các em quen diễn đạt ý kiến|rèn thói quen suy nghĩ và viết].",
                    ),
                    (
                        "[Học sinh tự chọn đề tài nhật kí|Đề tài do các em tự chọn], [từ chuyện gia đình đến tin tức|từ việc nhỏ trong lớp đến vấn đề xã hội], [miễn là có ý kiến riêng|miễn là nêu được quan điểm].",
                        "[Những trang nhật kí hay|Bài viết ý nghĩa] [được đọc trong giờ sinh hoạt|được chia sẻ với cả lớp], [có bài khiến cả lớp xúc động|nhiều bài rất chân thành].",
                        "[Nhật kí|Viết tự do] [giúp các em yêu thích viết|tạo nguồn ý tưởng cho bài văn].",
                    ),
                    (
                        "Tôi [gợi ý câu hỏi mỗi tuần|đưa ra một câu hỏi] [để học sinh viết nhật kí|làm chủ đề nhật kí], [như \"Điều gì khiến em tự hào trong tuần?\"|như \"Một việc em thấy chưa đúng\"].",
                        "[Học sinh viết khoảng một trang|Các em viết trong khoảng mười lăm phút], [tôi chọn vài bài để góp ý chung|giáo viên nhận xét chung].",
                        "[Câu hỏi gợi mở|Chủ đề gần gũi] [giúp các em viết tự nhiên|khuyến khích bày tỏ suy nghĩ].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [hướng dẫn|giúp] {hs} [nắm|nhận biết] [đặc trưng|đặc điểm] [của từng thể loại|thể loại] [truyện, thơ, kí, văn bản thông tin|] [như|ví dụ] [cốt truyện, nhân vật, người kể chuyện|vần, nhịp, hình ảnh, biện pháp tu từ] [trước khi|để] [đọc|tìm hiểu] [văn bản|bài cụ thể].",
                        "[Sau mỗi|Mỗi] [bài học|văn bản], [các em|{hs}] [lập|hoàn thành] [bảng|phiếu] [\"cách đọc\"|tóm tắt cách đọc] [theo thể loại|cho thể loại đó] [để|rồi] [vận dụng|áp dụng] [vào|khi đọc] [văn bản mới|văn bản ngoài sách giáo khoa].",
                        "[Nhờ vậy|Như vậy], [khi gặp|với] [văn bản mới|ngữ liệu mới] [trong đề kiểm tra|ngoài chương trình], {hs} [không còn|không] [lúng túng|bị động] [mà biết|, biết] [bắt đầu từ đâu|cách tiếp cận].",
                    ),
                    (
                        "Tôi [lập bảng \"chìa khóa thể loại\"|tổng hợp đặc trưng các thể loại] [cho truyện, thơ, kí, văn bản nghị luận|trên một trang], [mỗi thể loại có ba, bốn câu hỏi đọc hiểu riêng|kèm những câu hỏi cần đặt ra khi đọc].",
                        "[Khi đọc một văn bản mới|Trước mỗi bài đọc], [học sinh xác định thể loại|các em xem văn bản thuộc thể loại nào] [rồi dùng câu hỏi tương ứng để khám phá|và chọn câu hỏi phù hợp].",
                        "[Các em dần tự đọc hiểu văn bản mới|Học sinh có \"công cụ\" để đọc bất kì văn bản nào], [kể cả văn bản ngoài sách giáo khoa|không chỉ những bài đã học].",
                    ),
                    (
                        "[Với truyện ngắn|Khi học truyện], [tôi hướng dẫn học sinh tìm điểm nhìn, tình huống, chi tiết đặc sắc|các em phân tích người kể chuyện và tình huống truyện].",
                        "[Với thơ|Khi học thơ], [học sinh chú ý hình ảnh, nhịp điệu, biện pháp tu từ|các em tìm hình ảnh và cảm xúc chủ đạo] [và đọc diễn cảm trước khi phân tích|sau khi đọc to bài thơ].",
                        "[Đọc theo đặc trưng thể loại|Cách đọc này] [giúp các em hiểu sâu và tránh cảm nhận chung chung|giúp bài phân tích có trọng tâm].",
                    ),
                )),
                ("[Sử dụng|Áp dụng] [phiếu học tập|kĩ thuật dạy học tích cực] [trong|khi] [khám phá|tìm hiểu] văn bản", (
                    (
                        "[Tôi|Giáo viên] [thiết kế|soạn] [phiếu học tập|các phiếu] [với|gồm] [câu hỏi|nhiệm vụ] [theo|ở] [ba mức|các mức] [nhận biết, hiểu, vận dụng|đọc hiểu] [để|cho] {hs} [làm việc|thảo luận] [theo nhóm|theo cặp].",
                        "[Các kĩ thuật|Kĩ thuật] [như|] [\"khăn trải bàn\", \"mảnh ghép\", \"phòng tranh\"|\"trình bày một phút\", \"sơ đồ tư duy\"] [được|] [sử dụng|vận dụng] [linh hoạt|phù hợp] [để|nhằm] [mọi em|tất cả {hs}] [đều|] [được|có cơ hội] [suy nghĩ|tham gia] [và bày tỏ|, bày tỏ] [ý kiến|cảm nhận].",
                        "Ví dụ, [khi dạy|với] {vd}, [các nhóm|{hs}] [vẽ|thể hiện] [sơ đồ|tranh] [về|minh họa] [nhân vật|hình ảnh trung tâm] và [thuyết trình|giới thiệu] [trước lớp|cách hiểu của nhóm].",
                    ),
                    (
                        "Tôi [thiết kế phiếu học tập|soạn phiếu] [theo nhóm nhiệm vụ|cho từng nhóm]: [nhóm tìm chi tiết, nhóm phân tích nhân vật, nhóm tìm nghệ thuật|mỗi nhóm khai thác một khía cạnh].",
                        "[Các nhóm báo cáo|Sau khi làm việc], [đại diện trình bày trước lớp|các nhóm chia sẻ kết quả] [và trả lời câu hỏi của nhóm bạn|rồi bổ sung cho nhau].",
                        "[Phiếu học tập|Hoạt động nhóm] [giúp mọi học sinh tham gia|khiến giờ đọc hiểu sôi nổi hơn].",
                    ),
                    (
                        "[Tôi áp dụng kĩ thuật khăn trải bàn|Học sinh làm việc bằng kĩ thuật khăn trải bàn] [khi tìm hiểu chủ đề văn bản|với câu hỏi mở], [mỗi em viết ý kiến riêng ở góc giấy|mỗi bạn ghi ý riêng trước].",
                        "[Sau đó nhóm thống nhất|Cả nhóm thảo luận] [và ghi ý chung vào ô giữa|để đưa ra câu trả lời chung].",
                        "[Kĩ thuật này|Cách làm] [giúp em nào cũng phải suy nghĩ|tránh tình trạng một em làm, cả nhóm nghe].",
                    ),
                )),
                ("[Mở rộng|Kết nối] văn bản với [đời sống|trải nghiệm] [của {hs}|và các hoạt động sáng tạo]", (
                    (
                        "[Cuối bài|Sau tiết học], {hs} [được|] [giao|chọn] [nhiệm vụ|sản phẩm] [sáng tạo|] như [viết thư cho nhân vật|vẽ tranh minh họa|chuyển thể thành kịch ngắn|viết tiếp kết thúc câu chuyện].",
                        "[Tôi|Giáo viên] [đặt|nêu] [câu hỏi|vấn đề] [liên hệ|kết nối] [như|] [\"Nếu là nhân vật, em sẽ làm gì?\"|\"Bài học nào từ văn bản em có thể áp dụng trong cuộc sống?\"] [để|giúp] [các em|] [thấy|hiểu] [văn học|văn bản] [gần gũi|gắn bó] [với|] [cuộc sống|mình].",
                        "[Các sản phẩm|Sản phẩm] [được|] [trưng bày|giới thiệu] [trong|ở] [góc văn học|bảng tin] [của lớp|] [và|,] [bình chọn|chấm] [hằng tháng|cuối mỗi chủ đề].",
                    ),
                    (
                        "[Sau khi học văn bản|Kết thúc bài học], tôi [đặt câu hỏi liên hệ|hỏi các em] \"[Nếu em là nhân vật, em sẽ làm gì?|Câu chuyện gợi cho em điều gì trong cuộc sống?]\", [để học sinh suy nghĩ|để nối văn bản với đời sống].",
                        "[Các em chia sẻ|Học sinh kể] [trải nghiệm của mình|câu chuyện tương tự], [có em kể chuyện gia đình rất xúc động|nhiều câu chuyện rất chân thật].",
                        "[Liên hệ thực tế|Kết nối văn bản với đời sống] [giúp bài học có ý nghĩa|giúp các em thấm thía bài học].",
                    ),
                    (
                        "[Tôi giao nhiệm vụ sau giờ học|Học sinh nhận nhiệm vụ] [vẽ tranh, viết thư, làm video|tạo sản phẩm] [về điều tâm đắc nhất từ văn bản|thể hiện cảm nhận về bài đọc].",
                        "[Sản phẩm được trưng bày|Các sản phẩm] [ở góc học tập|trên bảng tin lớp], [cả lớp đi xem và bình chọn|học sinh xem và góp ý].",
                        "[Sản phẩm sáng tạo|Hoạt động này] [giúp các em nhớ bài lâu|tạo niềm vui với môn Ngữ văn].",
                    ),
                )),
                ("Đặt câu hỏi đọc hiểu [theo ba cấp độ|từ nhận biết đến vận dụng] [phù hợp từng đối tượng {hs}|trong giờ đọc]", (
                    (
                        "Tôi [xây dựng hệ thống câu hỏi ba cấp|thiết kế câu hỏi theo ba mức]: [tìm chi tiết trong văn bản, giải thích ý nghĩa, đánh giá và liên hệ|nhận biết, thông hiểu, vận dụng], [mỗi cấp một màu thẻ|in trên thẻ khác màu].",
                        "[Học sinh còn yếu bắt đầu từ thẻ xanh|Các em chọn câu hỏi theo sức mình], [học sinh khá được khuyến khích làm thẻ đỏ|em giỏi thử sức với câu vận dụng].",
                        "[Câu hỏi phân cấp|Cách làm này] [giúp em nào cũng trả lời được|tạo cơ hội cho mọi em tham gia].",
                    ),
                    (
                        "[Tôi hướng dẫn học sinh tự đặt câu hỏi|Các em được tập đặt câu hỏi] [cho văn bản|về bài đọc] [trước khi tôi hỏi|trước khi giáo viên đặt câu hỏi].",
                        "[Các nhóm đổi câu hỏi cho nhau|Những câu hỏi hay] [để trả lời|được chọn để cả lớp thảo luận].",
                        "[Tự đặt câu hỏi|Hoạt động này] [buộc các em đọc kĩ văn bản|rèn tư duy phản biện].",
                    ),
                    (
                        "[Trước khi đọc văn bản|Đầu giờ], [học sinh điền bảng ba cột|tôi phát bảng ba cột] \"[Em đã biết – Em muốn biết – Em học được|Biết – Muốn biết – Đã học]\".",
                        "[Sau bài học|Cuối giờ], [các em hoàn thành cột thứ ba|học sinh ghi điều học được] [và đối chiếu với điều muốn biết|để tự đánh giá].",
                        "[Bảng ba cột|Công cụ này] [giúp học sinh đọc có mục đích|làm các em chủ động hơn].",
                    ),
                )),
                ("Đọc mở rộng [văn bản ngoài sách giáo khoa|tác phẩm cùng chủ đề] [sau mỗi bài học|cho {hs}]", (
                    (
                        "[Sau mỗi bài học|Khi kết thúc văn bản], tôi [giới thiệu một, hai tác phẩm cùng chủ đề|gợi ý đọc thêm văn bản tương tự] [có sẵn ở thư viện trường|để học sinh mượn].",
                        "[Các em đọc ở nhà|Học sinh tự đọc] [và viết phiếu đọc ngắn|rồi ghi cảm nhận vào phiếu] [gồm nhân vật, chi tiết ấn tượng, điều học được|theo mẫu đơn giản].",
                        "[Đọc mở rộng|Việc đọc thêm] [giúp các em rèn kĩ năng tự đọc|tăng vốn hiểu biết văn học].",
                    ),
                    (
                        "[Mỗi tháng|Định kì], [lớp có \"Giờ giới thiệu sách\"|học sinh thay nhau giới thiệu sách] [trong tiết sinh hoạt|vào cuối tuần], [mỗi em nói khoảng ba phút|ngắn gọn].",
                        "[Cuốn sách được nhiều bạn quan tâm nhất|Sách được giới thiệu hay] [được lớp mua về tủ sách|được chuyền tay nhau đọc].",
                        "[Giờ giới thiệu sách|Hoạt động] [tạo phong trào đọc|giúp học sinh tự tin nói trước lớp].",
                    ),
                    (
                        "Tôi [tận dụng thư viện điện tử|gửi đường link sách điện tử] [cho những học sinh không có sách|để các em đọc trên điện thoại].",
                        "[Các em đọc theo nhóm|Học sinh trao đổi] [qua nhóm Zalo|về tác phẩm đã đọc].",
                        "[Sách điện tử|Tài liệu số] [giúp mọi em đều được đọc|khắc phục thiếu sách].",
                    ),
                )),
                ("Sân khấu hóa [văn bản|tác phẩm] [để {hs} hiểu nhân vật|trong giờ đọc hiểu]", (
                    (
                        "[Với văn bản có nhiều đối thoại|Khi học truyện có kịch tính], tôi [cho các nhóm chuyển thể thành hoạt cảnh ngắn|tổ chức diễn tiểu phẩm] [khoảng năm phút|trong một tiết].",
                        "[Các nhóm tự phân vai, viết lời thoại|Học sinh tự dựng kịch bản], [chuẩn bị đạo cụ đơn giản|tự làm đạo cụ bằng giấy].",
                        "[Khi nhập vai|Được đóng vai nhân vật], [các em hiểu tâm trạng nhân vật sâu sắc hơn|học sinh cảm nhận văn bản rõ ràng hơn].",
                    ),
                    (
                        "Tôi [tổ chức \"phỏng vấn nhân vật\"|cho học sinh phỏng vấn nhân vật]: [một em đóng vai nhân vật|một bạn nhập vai], [các bạn khác làm phóng viên đặt câu hỏi|cả lớp đặt câu hỏi].",
                        "[Câu hỏi xoay quanh|Các câu hỏi về] [suy nghĩ, lựa chọn của nhân vật|vì sao nhân vật hành động như vậy].",
                        "[Phỏng vấn nhân vật|Hoạt động] [giúp các em hiểu sâu nhân vật|làm giờ học sôi nổi].",
                    ),
                    (
                        "[Những hoạt cảnh hay|Tiểu phẩm được chọn] [được diễn lại|được biểu diễn] [trong ngày hội văn hóa đọc|ở buổi sinh hoạt toàn trường].",
                        "[Học sinh rất tự hào|Các em phấn khởi] [khi được biểu diễn|khi được cả trường khen].",
                        "[Sân khấu hóa|Đóng kịch] [tạo động lực học văn|giúp các em yêu văn học].",
                    ),
                )),
                ("Sử dụng sơ đồ tư duy [tóm tắt|hệ thống] [nội dung văn bản|sau giờ đọc]", (
                    (
                        "[Sau khi đọc văn bản|Kết thúc bài], tôi [hướng dẫn học sinh vẽ sơ đồ tư duy|cho các em tóm tắt văn bản bằng sơ đồ]: [nhánh chính là nhân vật, sự việc, nghệ thuật|ý chính tỏa ra từ tên văn bản].",
                        "[Các em vẽ bằng bút màu|Học sinh tự trang trí] [và dán vào vở|và giữ để ôn tập].",
                        "[Sơ đồ tư duy|Hình thức này] [giúp nhớ bài nhanh|giúp các em nắm nội dung chính].",
                    ),
                    (
                        "[Khi ôn tập|Trước kiểm tra], [học sinh dùng sơ đồ tư duy|các em xem lại sơ đồ] [để nhớ nhanh nội dung|để hệ thống kiến thức].",
                        "[Các nhóm so sánh sơ đồ|Học sinh trao đổi sơ đồ] [và bổ sung cho nhau|để hoàn thiện].",
                        "[Sơ đồ|Công cụ] [giúp ôn tập hiệu quả|tiết kiệm thời gian].",
                    ),
                    (
                        "[Các nhóm vẽ sơ đồ tư duy lớn|Nhóm thiết kế sơ đồ] [trên giấy A0|cho toàn bộ chủ đề], [trình bày trước lớp|và thuyết trình].",
                        "[Sơ đồ đẹp và đủ ý|Sản phẩm tốt] [được dán ở góc học tập|được khen].",
                        "[Vẽ sơ đồ nhóm|Hoạt động] [rèn kĩ năng hợp tác|giúp các em hiểu bài].",
                    ),
                )),
                ("Rèn kĩ năng [đọc lướt tìm ý, đọc kĩ|đọc nhanh và đọc sâu] [với văn bản mới|cho {hs}]", (
                    (
                        "Tôi [hướng dẫn cách đọc lướt|dạy kĩ năng đọc nhanh] [để tìm ý chính|nắm nội dung khái quát], [sau đó đọc kĩ phần quan trọng|rồi đọc chậm những chỗ cần phân tích].",
                        "[Học sinh luyện với văn bản chưa học|Các em thực hành với văn bản mới] [trong thời gian giới hạn|trong vài phút].",
                        "[Kĩ năng đọc|Đọc hiệu quả] [giúp các em làm bài đọc hiểu tốt hơn|tiết kiệm thời gian].",
                    ),
                    (
                        "[Trong đề kiểm tra đọc hiểu|Khi làm bài đọc hiểu], [tôi dạy học sinh đọc câu hỏi trước|các em được hướng dẫn xem câu hỏi trước] [rồi mới đọc văn bản|để định hướng khi đọc].",
                        "[Các em gạch chân thông tin liên quan|Học sinh đánh dấu chỗ trả lời] [ngay trong văn bản|trên đề].",
                        "[Chiến thuật đọc|Cách làm này] [giúp trả lời chính xác|giúp làm bài nhanh hơn].",
                    ),
                    (
                        "[Tôi tổ chức thi \"tìm nhanh\"|Các nhóm thi tìm thông tin] [trong văn bản|trong thời gian ngắn], [đội nào tìm đúng trước được điểm|nhóm nhanh nhất thắng].",
                        "[Thi đua|Trò chơi] [tạo không khí vui|rèn phản xạ đọc].",
                        "[Học sinh|Các em] [đọc nhanh và chính xác hơn|tiến bộ rõ].",
                    ),
                )),
                ("Viết sáng tạo [từ văn bản|sau khi đọc] [như viết tiếp truyện, viết thư cho nhân vật|cho {hs}]", (
                    (
                        "Tôi [cho học sinh viết một kết thúc khác|giao nhiệm vụ viết tiếp câu chuyện] [theo trí tưởng tượng|theo cách các em muốn], [nhưng phải phù hợp tính cách nhân vật|nhưng phải hợp lí].",
                        "[Các em đọc bài cho nhau nghe|Học sinh chia sẻ bài viết] [và bình chọn|để cả lớp nhận xét].",
                        "[Viết sáng tạo|Hoạt động] [phát triển trí tưởng tượng|giúp các em yêu văn học].",
                    ),
                    (
                        "[Học sinh viết thư gửi nhân vật|Các em viết thư cho tác giả] [bày tỏ cảm xúc|nêu cảm nhận về tác phẩm].",
                        "[Thư hay|Bài viết xúc động] [được đọc trước lớp|được dán ở góc học tập].",
                        "[Viết thư|Hoạt động] [giúp các em kết nối với tác phẩm|giúp hiểu sâu nhân vật].",
                    ),
                    (
                        "[Các em chuyển truyện thành truyện tranh|Học sinh vẽ lại câu chuyện] [hoặc viết thành bài thơ ngắn|theo thể loại khác].",
                        "[Sản phẩm|Bài làm] [rất phong phú|đa dạng và sáng tạo].",
                        "[Chuyển thể|Hoạt động sáng tạo] [giúp các em hiểu văn bản|tạo niềm vui học tập].",
                    ),
                )),
                ("Khai thác [tranh ảnh, phim chuyển thể|tư liệu nghe nhìn] [để hỗ trợ đọc hiểu|trong giờ học]", (
                    (
                        "[Sau khi học văn bản|Kết thúc bài], tôi [chiếu đoạn phim chuyển thể|cho xem video] [để học sinh so sánh với văn bản|để đối chiếu].",
                        "[Các em nhận xét điểm giống và khác|Học sinh thảo luận] [về cách thể hiện nhân vật|về sự khác biệt].",
                        "[Phim chuyển thể|Tư liệu] [giúp hình dung nhân vật|tạo hứng thú].",
                    ),
                    (
                        "[Đầu giờ|Khi vào bài], [tôi dùng tranh ảnh về bối cảnh|tôi cho xem ảnh] [như làng quê, chiến tranh|liên quan nội dung], [học sinh mô tả và dự đoán|các em đoán nội dung văn bản].",
                        "[Tranh ảnh|Tư liệu] [kích thích tò mò|giúp học sinh hình dung].",
                        "[Các em|Học sinh] [đọc văn bản với tâm thế chủ động|háo hức tìm hiểu].",
                    ),
                    (
                        "[Học sinh sưu tầm tư liệu|Các nhóm tìm tư liệu] [về tác giả, hoàn cảnh sáng tác|liên quan văn bản] [và trình bày ngắn đầu giờ|rồi chia sẻ với lớp].",
                        "[Tư liệu|Thông tin] [giúp hiểu sâu tác phẩm|tạo bối cảnh cho bài học].",
                        "[Hoạt động|Tìm tư liệu] [rèn kĩ năng tự học|giúp các em chủ động].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [sử dụng|dùng] {dc}, [vật thật|đồ vật trong lớp] và [cử chỉ, điệu bộ|nét mặt] [để|nhằm] [giới thiệu|gợi ý nghĩa] [từ mới|] [thay vì|mà không] [dịch|giải thích] [sang tiếng Việt|bằng tiếng Việt] [ngay|].",
                        "[Với|Đối với] [từ|các từ] [trừu tượng|khó minh họa], [tôi|giáo viên] [đặt|đưa] [từ|chúng] [vào|trong] [tình huống|câu ví dụ] [gần gũi|quen thuộc] [để|cho] {hs} [tự đoán|đoán] [nghĩa|].",
                        "[Các kĩ thuật|Những kĩ thuật] [\"What and where\", \"Rub out and remember\"|như \"Matching\", \"Slap the board\"] [được|] [dùng|áp dụng] [để|giúp] [các em|] [kiểm tra|ghi nhớ] [từ|từ mới] [ngay|] [trên lớp|trong giờ].",
                        "Ví dụ, [với|trong] {vd}, [tôi|giáo viên] [mang|dùng] [ảnh|hình ảnh] [gia đình|thật] [của mình|] [vào lớp|để giới thiệu], {hs} [rất|] [thích thú|tò mò] và [nhớ|thuộc] [từ|bài] [ngay trên lớp|nhanh].",
                    ),
                    (
                        "[Khi dạy từ chỉ đồ vật|Với chủ đề đồ dùng học tập], tôi [mang vật thật vào lớp|dùng chính đồ dùng của học sinh] [như cặp sách, thước, hộp bút|như chiếc cặp, cục tẩy, bút màu], [giơ lên và đọc to|cho các em cầm và gọi tên].",
                        "[Học sinh nhắc lại theo nhiều cách|Các em đọc theo] [to – nhỏ – thì thầm|theo tổ, theo bàn, cá nhân] [để nhớ cách phát âm|trước khi nhìn mặt chữ].",
                        "[Từ gắn với vật thật|Học qua đồ vật thật] [khiến các em nhớ nhanh hơn nhiều so với chép từ|giúp học sinh nhớ nghĩa mà không cần dịch].",
                    ),
                    (
                        "[Với động từ chỉ hành động|Khi dạy các động từ], tôi [làm động tác minh họa|diễn tả bằng cử chỉ] [như jump, swim, dance|như run, sing, read], [học sinh làm theo và nói|các em vừa làm vừa đọc từ].",
                        "[Sau đó|Tiếp theo], [tôi làm động tác mà không nói|một em làm động tác], [cả lớp đoán từ|các bạn nói to từ tương ứng].",
                        "[Học bằng cơ thể|Vận động khi học từ] [giúp các em nhớ lâu|làm giờ học vui và sôi động].",
                    ),
                )),
                ("[Củng cố|Ôn luyện] từ vựng [qua|bằng] trò chơi [ngôn ngữ|]", (
                    (
                        "[Đầu giờ|Cuối mỗi tiết], tôi [tổ chức|dành năm phút cho] {hd} [để|nhằm] [ôn|ôn lại] [từ vựng|từ] [của bài trước|vừa học].",
                        "[Lớp|{hs}] [chia|được chia] [thành|làm] [hai đội|các đội], [các đội|mỗi đội] [thi|lần lượt] [đoán từ|chạm vào từ] [theo|qua] [hình ảnh|gợi ý] [của giáo viên|], [đội nào|đội] [nhiều điểm hơn|thắng] [được|sẽ được] [thưởng|tặng] [sticker|ngôi sao].",
                        "[Trò chơi|Không khí thi đua] [giúp|khiến] [các em|{hs}] [hăng hái|tích cực] [tham gia|phát biểu], [kể cả|ngay cả] [những em|các em] [nhút nhát|trước đây ít nói].",
                    ),
                    (
                        "[Cuối mỗi bài|Phần củng cố], tôi [tổ chức trò \"Slap the board\"|cho học sinh chơi đập bảng]: [hai đội đứng trước bảng|đại diện hai đội lên bảng], [tôi đọc từ, ai đập đúng tranh trước thì thắng|ai chạm đúng tranh trước được điểm].",
                        "[Trò chơi diễn ra nhanh|Mỗi lượt chỉ vài giây], [cả lớp cổ vũ rất nhiệt tình|không khí rất sôi nổi].",
                        "[Học sinh ôn từ nhiều lần|Các em nghe và nhận diện từ] [mà không thấy nhàm chán|một cách tự nhiên].",
                    ),
                    (
                        "Tôi [dùng trò \"Bingo\" từ vựng|tổ chức chơi Bingo], [mỗi em tự điền chín từ vào bảng|học sinh chọn từ trong bài để điền vào ô].",
                        "[Tôi đọc định nghĩa hoặc mô tả|Giáo viên mô tả từ bằng tiếng Anh đơn giản], [các em đánh dấu từ tương ứng|học sinh tìm từ phù hợp].",
                        "[Trò chơi rèn cả nghe và nhớ từ|Bingo giúp các em nghe hiểu], [ai Bingo trước phải đọc lại các từ|em thắng phải đọc đúng mới được tính].",
                    ),
                )),
                ("[Hướng dẫn|Dạy] {hs} [cách tự học|phương pháp ghi nhớ] từ vựng [bằng sơ đồ tư duy và sổ tay|theo chủ đề]", (
                    (
                        "[Các em|{hs}] [lập|làm] [sổ tay từ vựng|sổ từ vựng] [theo chủ đề|theo từng unit], [mỗi từ|mỗi mục] [gồm|ghi] [từ loại, phiên âm, nghĩa, câu ví dụ|hình vẽ minh họa và câu ví dụ] [do|tự] [các em|mình] [đặt|viết].",
                        "[Tôi|Giáo viên] [hướng dẫn|cho {hs}] [vẽ|lập] [sơ đồ tư duy|mind map] [nhóm|theo nhóm] [từ|từ vựng] [theo|cùng] [chủ đề|trường nghĩa] [để|giúp] [các em|] [liên tưởng|ghi nhớ] [nhanh hơn|tốt hơn].",
                        "[Tôi|Giáo viên] [giới thiệu|hướng dẫn] [phương pháp|cách] [lặp lại ngắt quãng|ôn tập theo chu kì]: [ôn|đọc lại] [từ|từ mới] [sau một ngày, ba ngày, một tuần|theo lịch] [để|nhằm] [chuyển|đưa] [từ|] [vào trí nhớ dài hạn|nhớ lâu].",
                    ),
                    (
                        "[Tôi hướng dẫn học sinh làm sổ từ vựng|Mỗi em có một sổ tay từ mới] [chia theo chủ đề|theo từng unit], [mỗi từ có hình vẽ, phiên âm và một câu ví dụ|ghi kèm hình minh họa và câu mẫu].",
                        "[Cuối tuần|Định kì], [các em trao đổi sổ cho bạn kiểm tra|học sinh đố nhau bằng sổ từ].",
                        "[Sổ từ vựng|Việc tự ghi chép] [giúp học sinh tự học ở nhà|hình thành thói quen học từ].",
                    ),
                    (
                        "[Sau mỗi unit|Khi học xong một chủ đề], [học sinh vẽ sơ đồ tư duy từ vựng|các em vẽ sơ đồ nhánh] [với chủ đề ở giữa|nhóm từ theo loại].",
                        "[Các em dùng màu khác nhau|Học sinh tô màu] [cho danh từ, động từ, tính từ|để phân biệt từ loại].",
                        "[Sơ đồ|Cách hệ thống này] [giúp nhớ từ theo nhóm|giúp ôn tập nhanh trước kiểm tra].",
                    ),
                )),
                ("[Dạy|Học] từ vựng [qua|bằng] bài hát, [câu chuyện|truyện tranh] và [video|phim ngắn]", (
                    (
                        "[Tôi|Giáo viên] [chọn|sưu tầm] [bài hát|những bài hát] [tiếng Anh|thiếu nhi] [ngắn|có giai điệu vui] [chứa|có] [từ vựng|từ] [của bài|của chủ đề] và [dạy|cho] {hs} [hát|hát kết hợp vận động] [theo|].",
                        "[Với|Đối với] {hs} [lớn hơn|ở lớp trên], [tôi|giáo viên] [dùng|chọn] [video|đoạn phim] [ngắn|có phụ đề] [để|cho] [các em|] [nghe|xem] [và|rồi] [tìm|ghi lại] [các từ|từ] [đã học|mới].",
                        "[Âm nhạc|Bài hát] và [hình ảnh|video] [giúp|làm cho] [việc học từ|việc học] [nhẹ nhàng|thú vị], [các em|{hs}] [nhớ|thuộc] [từ|từ vựng] [lâu hơn|nhanh hơn] [và|,] [phát âm|đọc] [tự nhiên hơn|chuẩn hơn].",
                    ),
                    (
                        "Tôi [dạy từ qua bài hát|chọn bài hát có từ vựng của bài] [như \"Head, shoulders, knees and toes\"|bài hát về ngày trong tuần], [học sinh vừa hát vừa làm động tác|các em hát theo và chỉ vào bộ phận cơ thể].",
                        "[Sau khi hát|Hát xong], [tôi tắt nhạc ở vài chỗ|tôi bỏ trống vài từ trong lời], [các em phải hát tiếp đúng từ|học sinh điền từ còn thiếu].",
                        "[Bài hát|Âm nhạc] [giúp các em nhớ từ lâu|khiến học sinh yêu thích giờ tiếng Anh].",
                    ),
                    (
                        "[Với học sinh lớp lớn|Ở các lớp trên], tôi [chọn đoạn phim hoạt hình ngắn|chiếu video khoảng hai phút] [có nhiều từ của bài|liên quan chủ đề].",
                        "[Học sinh xem lần đầu để hiểu ý|Lần đầu các em xem tự do], [lần hai ghi lại từ nghe được|lần sau tìm từ mới].",
                        "[Video|Phim ngắn] [đưa từ vựng vào ngữ cảnh thật|giúp các em nghe giọng người bản ngữ].",
                    ),
                )),
                ("Dạy từ vựng [theo cụm từ|trong câu] [và ngữ cảnh|để {hs} dùng được ngay]", (
                    (
                        "Tôi [không dạy từ đơn lẻ|dạy từ trong cụm] [mà dạy theo cụm như \"do homework\", \"take a photo\"|như \"go swimming\", \"play football\"], [để học sinh dùng được ngay trong câu|để các em nói đúng].",
                        "[Các em đặt câu về bản thân|Học sinh đặt câu] [với cụm từ mới|nói về thói quen của mình], [như \"I do homework after dinner\"|như \"I go swimming on Sundays\"].",
                        "[Học theo cụm|Cách học này] [giúp các em tránh ghép sai từ|giúp nói tự nhiên hơn].",
                    ),
                    (
                        "[Trước khi giải nghĩa từ|Khi giới thiệu từ mới], tôi [đưa từ vào một câu chuyện ngắn|kể một tình huống] [để học sinh đoán nghĩa|cho các em tự suy ra nghĩa].",
                        "[Các em đoán nghĩa|Học sinh đưa ra dự đoán] [rồi kiểm tra bằng tranh|sau đó so với giải thích của cô].",
                        "[Đoán nghĩa từ ngữ cảnh|Kĩ năng đoán nghĩa] [giúp các em đọc hiểu tốt hơn|rất hữu ích khi đọc bài mới].",
                    ),
                    (
                        "[Mỗi tuần|Hằng tuần], [tôi chọn năm từ \"của tuần\"|lớp có danh sách từ của tuần], [học sinh phải dùng các từ đó trong giao tiếp|các em cố gắng dùng từ trong lớp].",
                        "[Ai dùng đúng từ|Em nào dùng từ đúng ngữ cảnh] [được cộng điểm|được dán sticker].",
                        "[Dùng từ thường xuyên|Việc sử dụng] [giúp các em nhớ từ chủ động|biến từ mới thành từ của mình].",
                    ),
                )),
                ("Dạy [phát âm và trọng âm|cách đọc đúng] [cùng với|khi dạy] từ mới", (
                    (
                        "[Khi dạy từ mới|Với mỗi từ mới], tôi [vỗ tay theo âm tiết|đánh dấu trọng âm] [để học sinh nghe trọng âm|để các em cảm nhận nhịp của từ].",
                        "[Các em đọc to|Học sinh đọc] [và vỗ tay mạnh ở âm nhấn|nhấn giọng đúng âm tiết].",
                        "[Phát âm đúng ngay từ đầu|Học trọng âm] [giúp các em nói tự tin|tránh sửa lỗi về sau].",
                    ),
                    (
                        "Tôi [dùng từ điển điện tử có phát âm|cho học sinh nghe phát âm chuẩn] [để so sánh|để các em bắt chước].",
                        "[Học sinh ghi âm lại giọng mình|Các em tự ghi âm] [và so với bản chuẩn|rồi tự sửa].",
                        "[Tự nghe|Việc so sánh] [giúp các em nhận ra lỗi|cải thiện phát âm].",
                    ),
                    (
                        "[Những âm khó|Âm hay nhầm] [như /θ/, /ʃ/|như âm cuối] [được luyện riêng|được luyện qua cặp từ], [như \"three – tree\"|như \"ship – sheep\"].",
                        "[Học sinh chơi trò \"nghe và chọn\"|Các em nghe và giơ thẻ đúng từ].",
                        "[Luyện âm|Hoạt động] [giúp phân biệt âm|nâng khả năng nghe nói].",
                    ),
                )),
                ("Ôn từ vựng [theo phương pháp lặp lại ngắt quãng|bằng thẻ từ và ứng dụng] [ở nhà|thường xuyên]", (
                    (
                        "Tôi [hướng dẫn học sinh làm thẻ từ hai mặt|cho các em làm flashcards]: [mặt trước là từ, mặt sau là tranh và câu ví dụ|một mặt tiếng Anh, một mặt hình ảnh].",
                        "[Các em chia thẻ thành ba hộp|Học sinh xếp thẻ] [\"đã thuộc – chưa chắc – chưa thuộc\"|theo mức độ nhớ], [ôn hộp chưa thuộc nhiều hơn|tập trung vào từ khó].",
                        "[Cách ôn khoa học|Phương pháp] [giúp nhớ lâu mà không tốn thời gian|hiệu quả hơn học thuộc lòng].",
                    ),
                    (
                        "Tôi [tạo bộ từ trên Quizlet|dùng ứng dụng học từ] [cho từng unit|theo bài học], [gửi link cho học sinh|chia sẻ cho cả lớp].",
                        "[Các em ôn ở nhà|Học sinh luyện tập] [bằng trò chơi trong ứng dụng|trên điện thoại của bố mẹ].",
                        "[Ứng dụng|Công nghệ] [giúp ôn từ thú vị|tạo thói quen tự học].",
                    ),
                    (
                        "[Đầu mỗi tiết|Hằng ngày], [tôi ôn nhanh năm từ của bài trước|học sinh ôn lại từ cũ] [bằng thẻ tranh|trong hai phút].",
                        "[Những từ các em quên|Từ khó] [được ôn lại sau vài ngày|được nhắc lại nhiều lần].",
                        "[Ôn ngắt quãng|Ôn đều] [giúp từ vựng được nhớ lâu|giúp tránh quên].",
                    ),
                )),
                ("Sử dụng từ vựng [trong sản phẩm|qua hoạt động viết, vẽ] [của {hs}|gắn với chủ đề]", (
                    (
                        "[Sau mỗi chủ đề|Cuối unit], [học sinh làm áp phích|các nhóm thiết kế poster] [dùng từ vựng vừa học|giới thiệu chủ đề], [như \"My dream house\"|như \"My favourite food\"].",
                        "[Các nhóm trình bày áp phích bằng tiếng Anh|Học sinh thuyết trình về áp phích của nhóm] [trong hai phút|trước lớp], [các bạn đặt câu hỏi dùng từ vừa học|cả lớp hỏi lại một, hai câu].",
                        "[Áp phích đẹp|Sản phẩm tốt] [được treo ở hành lang|được chọn trang trí lớp], [học sinh các lớp khác đọc và học từ|tạo môi trường tiếng Anh trong trường].",
                    ),
                    (
                        "[Mỗi tuần|Cuối tuần], [học sinh viết năm câu về một ngày của mình|các em viết một đoạn nhật kí ngắn] [dùng ít nhất năm từ mới|có gạch chân từ vựng vừa học], [tôi đọc và sửa lỗi nhẹ nhàng|giáo viên viết nhận xét ngắn].",
                        "[Viết về bản thân|Dùng từ trong câu của mình] [giúp các em nhớ từ lâu hơn nhiều so với chép|biến từ mới thành từ của chính các em].",
                    ),
                    (
                        "[Các nhóm làm sách tranh mini|Học sinh làm cuốn sách nhỏ] [về chủ đề \"My family\", \"My school\"|theo unit vừa học], [mỗi trang một từ, một hình vẽ và một câu|có minh họa tự vẽ].",
                        "[Những cuốn sách|Sản phẩm] [được trưng bày ở thư viện lớp|được tặng cho các em lớp dưới], [học sinh rất tự hào|các em thích thú khi thấy sách mình làm được đọc].",
                    ),
                )),
                ("Xây dựng [góc từ vựng|bức tường từ] [trong lớp học|cho {hs}]", (
                    (
                        "Tôi [dành một mảng tường làm \"Word wall\"|xây dựng bức tường từ vựng], [dán từ mới của mỗi unit|cập nhật từ theo chủ đề], [có hình ảnh minh họa|kèm tranh].",
                        "[Học sinh tra cứu khi cần|Các em nhìn tường khi quên từ] [trong giờ làm bài|trong giờ nói].",
                        "[Bức tường từ|Góc từ vựng] [giúp học sinh tiếp xúc từ hằng ngày|giúp nhớ từ tự nhiên].",
                    ),
                    (
                        "[Mỗi tổ phụ trách|Các tổ thay nhau] [trang trí góc từ vựng|cập nhật góc tiếng Anh] [hằng tuần|theo từng chủ đề].",
                        "[Tổ có góc đẹp|Nhóm làm tốt] [được khen|được cộng điểm thi đua].",
                        "[Góc từ vựng|Hoạt động] [tạo môi trường tiếng Anh|giúp học sinh có trách nhiệm].",
                    ),
                    (
                        "[Trên cửa lớp|Ở lối ra vào], [tôi dán \"từ mật khẩu\"|có một từ mật khẩu mỗi ngày], [học sinh phải nói đúng từ mới được vào lớp|các em nói từ khi đi qua].",
                        "[Trò chơi nhỏ|Hoạt động vui] [khiến các em háo hức|tạo thói quen nói tiếng Anh].",
                        "[Từ mật khẩu|Cách này] [giúp ôn từ hằng ngày|tạo không khí vui].",
                    ),
                )),
                ("Kiểm tra từ vựng [nhanh|đầu giờ] [bằng trò chơi trực tuyến|qua Quizizz, Kahoot]", (
                    (
                        "Tôi [dùng Quizizz|tổ chức kiểm tra bằng Kahoot] [trong năm phút đầu giờ|để kiểm tra bài cũ], [câu hỏi có hình ảnh|với các câu hỏi ngắn].",
                        "[Kết quả Quizizz|Thống kê sau mỗi lần kiểm tra] [cho tôi biết ngay những từ nhiều em sai|hiện rõ câu nào lớp làm kém], [tôi ôn lại những từ đó đầu tiết sau|để dạy lại đúng chỗ].",
                        "[Học sinh|Các em] [xem lại lỗi của mình trên ứng dụng|được làm lại bài sau khi ôn], [nên tiến bộ nhanh|và nhớ từ lâu hơn].",
                    ),
                    (
                        "[Tôi phân tích kết quả Quizizz|Dựa vào thống kê], [biết từ nào nhiều em sai|nhận ra từ khó], [để ôn lại|để dạy lại].",
                        "[Với những lớp không có máy tính bảng|Khi phòng học không đủ thiết bị], [tôi dùng thẻ Plickers in sẵn|học sinh giơ thẻ để trả lời], [điện thoại của cô quét kết quả cả lớp trong vài giây|chỉ cần một chiếc điện thoại].",
                        "[Cách kiểm tra|Hình thức này] [nhanh, vui mà phù hợp điều kiện trường|giúp kiểm tra bài cũ không còn căng thẳng].",
                    ),
                    (
                        "[Với lớp không có máy|Khi không có thiết bị], [tôi dùng thẻ Plickers|học sinh giơ thẻ], [điện thoại của cô quét kết quả|giáo viên quét bằng điện thoại].",
                        "[Kiểm tra nhanh bằng trò chơi|Các lượt kiểm tra trực tuyến] [diễn ra trong năm phút đầu giờ|chỉ gồm mười câu ngắn], [học sinh thi đua với nhau|có bảng xếp hạng vui], [nên không khí rất sôi nổi|các em hào hứng chứ không sợ].",
                        "[Việc ôn từ đều đặn|Kiểm tra thường xuyên] [giúp từ vựng được củng cố liên tục|giúp học sinh học bài đều hơn].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [dùng|sử dụng] [tiếng Anh|câu lệnh tiếng Anh] [đơn giản|ngắn gọn] [trong|để tổ chức] [lớp học|giờ học] như [\"Open your books\", \"Work in pairs\"|\"Stand up, please\", \"Let's sing\"] và [yêu cầu|khuyến khích] {hs} [dùng|sử dụng] [các câu|mẫu câu] [xin phép|chào hỏi] [bằng tiếng Anh|].",
                        "[Góc|Bảng] \"English corner\" [trong lớp|ở cuối lớp] [được|] [cập nhật|thay] [hằng tuần|theo chủ đề] [với|gồm] [mẫu câu|câu hỏi] [giao tiếp|của tuần] [để|cho] [các em|{hs}] [luyện|thực hành] [vào giờ ra chơi|khi rảnh].",
                        "[Dần dần|Sau một thời gian], [việc|] [nói|giao tiếp] tiếng Anh [trở thành|thành] [thói quen|điều tự nhiên] [của|với] [các em|{hs}], [không còn|bớt] [ngại ngùng|rụt rè].",
                    ),
                    (
                        "[Tôi dùng tiếng Anh cho mọi hiệu lệnh trong lớp|Mọi câu lệnh trong giờ đều bằng tiếng Anh] [như \"Open your books\", \"Work in pairs\"|kèm cử chỉ minh họa], [dần dần học sinh hiểu không cần dịch|để các em quen nghe].",
                        "[Bảng \"Classroom language\"|Một tấm bảng mẫu câu] [dán ở góc lớp|treo trên tường] [với các câu như \"May I go out?\", \"Can you repeat, please?\"|cho các em dùng khi cần].",
                        "[Sau một thời gian|Dần dần], [học sinh tự hỏi, xin phép bằng tiếng Anh|các em dùng tiếng Anh tự nhiên trong lớp].",
                    ),
                    (
                        "[Đầu mỗi tiết|Khởi động], [tôi hỏi chuyện học sinh bằng tiếng Anh|tôi trò chuyện vài phút] [về thời tiết, ngày trong tuần|như \"How are you today?\"].",
                        "[Các em trả lời|Học sinh hỏi lại cô], [dần mạnh dạn hơn|không còn ngại].",
                        "[Trò chuyện đầu giờ|Hoạt động] [tạo thói quen nói|giúp các em tự tin].",
                    ),
                )),
                ("Tổ chức [luyện nói theo cặp, theo nhóm|hoạt động đóng vai] [với|trong] [tình huống|bối cảnh] [thực tế|gần gũi]", (
                    (
                        "[Sau khi|Khi] [học|luyện] [mẫu câu|cấu trúc], {hs} [thực hành|luyện nói] [theo cặp|theo nhóm] [qua|bằng] {hd} [với|trong] [tình huống|bối cảnh] [như|] [hỏi đường|mua sắm|giới thiệu bạn mới|gọi món ăn].",
                        "[Tôi|Giáo viên] [đi|đi quanh] [các nhóm|lớp] [để|nhằm] [lắng nghe|quan sát], [gợi ý|hỗ trợ] [khi|nếu] [các em|] [bí|gặp khó khăn] [và|,] [ghi lại|ghi chú] [lỗi|lỗi sai] [để|rồi] [chữa|sửa] [chung|cho cả lớp] [cuối giờ|sau hoạt động].",
                        "[Tôi|Giáo viên] [không|tránh] [ngắt lời|sửa lỗi ngay] [khi|lúc] {hs} [đang nói|đang trình bày], [ưu tiên|coi trọng] [sự|tính] [lưu loát|trôi chảy] và [tự tin|mạnh dạn] [hơn|trước] [độ chính xác|sự chính xác tuyệt đối].",
                    ),
                    (
                        "Tôi [chuẩn bị thẻ tình huống|làm thẻ vai] [như đi mua sắm, hỏi đường, gọi món|mô phỏng tình huống thực tế], [học sinh đóng vai theo cặp|các cặp thực hành].",
                        "[Các cặp|Học sinh] [luyện tập rồi trình bày|diễn trước lớp], [cả lớp nhận xét|các bạn góp ý].",
                        "[Đóng vai|Tình huống thực tế] [giúp các em dùng ngôn ngữ tự nhiên|tăng sự tự tin].",
                    ),
                    (
                        "[Trong giờ nói|Khi luyện nói], [tôi dùng kĩ thuật \"inside – outside circle\"|học sinh đứng hai vòng tròn], [các em đổi bạn sau mỗi lượt|mỗi lần nói với một bạn mới].",
                        "[Các em nói cùng một chủ đề|Học sinh lặp lại câu hỏi] [với nhiều bạn|nhiều lần].",
                        "[Nói nhiều lần|Hoạt động] [giúp nói trôi chảy|tăng thời gian luyện nói].",
                    ),
                )),
                ("[Thành lập|Duy trì] câu lạc bộ Tiếng Anh [và|,] [tổ chức|các hoạt động] [ngoại khóa|giao lưu]", (
                    (
                        "[Câu lạc bộ|CLB] Tiếng Anh [của trường|] [sinh hoạt|hoạt động] [hai tuần một lần|định kì mỗi tháng] [với|gồm] [các hoạt động|nội dung] [như|] [hát, kể chuyện, đóng kịch, thi hùng biện|thuyết trình, đố vui, xem phim].",
                        "[Các buổi|Những buổi] [sinh hoạt|hoạt động] [được|] [thiết kế|tổ chức] [theo|với] [chủ đề|chủ điểm] [gắn với|phù hợp] [các ngày lễ|thời điểm] [trong năm|] như [Halloween, Giáng sinh, Tết Nguyên đán|Ngày Nhà giáo Việt Nam, Ngày Môi trường].",
                        "[Thành viên|Các thành viên] [câu lạc bộ|] [trở thành|là] [hạt nhân|nòng cốt] [giúp đỡ|hỗ trợ] [các bạn|bạn bè] [trong lớp|] [và|,] [lan tỏa|tạo] [phong trào|không khí] [học tiếng Anh|] [trong trường|].",
                    ),
                    (
                        "[Câu lạc bộ tiếng Anh|CLB tiếng Anh] [sinh hoạt chiều thứ Sáu|hai tuần một lần], [với trò chơi, hát, kể chuyện|có nhiều hoạt động vui].",
                        "[Học sinh tự tổ chức|Các em chủ động] [dưới sự hướng dẫn của cô|với sự hỗ trợ của giáo viên].",
                        "[Câu lạc bộ|Sân chơi] [giúp các em tự tin|tạo môi trường tiếng Anh].",
                    ),
                    (
                        "Tôi [tổ chức \"English Day\"|phát động ngày hội tiếng Anh] [mỗi học kì|với các gian hàng], [học sinh mua bán bằng tiếng Anh|các em giao tiếp bằng tiếng Anh].",
                        "[Phụ huynh đến dự|Các lớp khác tham gia], [không khí rất vui|ngày hội sôi nổi].",
                        "[Ngày hội|Hoạt động] [tạo động lực học|giúp các em dùng tiếng Anh thật].",
                    ),
                )),
                ("Dạy [mẫu câu giao tiếp lớp học|câu nói quen thuộc] [để {hs} dùng hằng ngày|trong mọi tiết học]", (
                    (
                        "Tôi [dạy mỗi tuần hai câu giao tiếp lớp học|giới thiệu dần mẫu câu] [như \"I don't understand\", \"How do you say … in English?\"|như \"Can I borrow your pen?\"].",
                        "[Các câu được dán|Mẫu câu được ghi] [trên bảng \"Say it in English\"|ở góc lớp], [học sinh phải dùng thay tiếng Việt|các em dùng khi cần].",
                        "[Dùng hằng ngày|Mẫu câu quen thuộc] [giúp các em phản xạ|tạo thói quen nói].",
                    ),
                    (
                        "[Tôi tổ chức \"tuần không tiếng Việt\"|Mỗi tháng có một tuần] [trong giờ tiếng Anh|học sinh chỉ nói tiếng Anh], [ai nói tiếng Việt phải nói lại bằng tiếng Anh|em nào quên thì được nhắc].",
                        "[Các em cố gắng|Học sinh nỗ lực] [dùng mẫu câu đã học|nói bằng tiếng Anh].",
                        "[Thử thách|Hoạt động] [giúp các em mạnh dạn|tăng vốn câu].",
                    ),
                    (
                        "[Học sinh làm thẻ mẫu câu|Các em làm thẻ] [để trên bàn|dán ở góc bàn] [và dùng khi cần|để tra nhanh].",
                        "[Tôi khen|Giáo viên khen ngợi] [những em dùng tiếng Anh|khi thấy các em nói].",
                        "[Thẻ mẫu câu|Công cụ] [giúp các em tự tin|hỗ trợ giao tiếp].",
                    ),
                )),
                ("Luyện nói [qua thuyết trình ngắn|bằng hoạt động \"Show and tell\"] [về bản thân|trước lớp]", (
                    (
                        "[Mỗi tuần|Thứ Hai hằng tuần], [hai học sinh mang một đồ vật|vài em giới thiệu vật yêu thích] [và nói khoảng một phút|bằng tiếng Anh].",
                        "[Cả lớp đặt câu hỏi|Các bạn hỏi thêm] [như \"Where did you get it?\"|sau phần giới thiệu].",
                        "[Thuyết trình ngắn|Hoạt động] [giúp học sinh tự tin nói|rèn kĩ năng trình bày].",
                    ),
                    (
                        "[Học sinh chuẩn bị bài nói|Các em viết dàn ý] [theo khung|với các câu gợi ý], [như giới thiệu gia đình|như kể về kì nghỉ].",
                        "[Tôi góp ý|Giáo viên nhận xét] [về phát âm, nội dung|nhẹ nhàng].",
                        "[Bài nói|Chuẩn bị trước] [giúp các em nói trôi chảy|giảm lo lắng].",
                    ),
                    (
                        "[Tôi quay video bài nói|Các bài nói được ghi hình], [học sinh xem lại|các em tự đánh giá].",
                        "[Video hay|Bài nói tốt] [được chia sẻ với phụ huynh|được đăng lên nhóm lớp].",
                        "[Ghi hình|Hoạt động] [giúp các em tiến bộ|tạo động lực].",
                    ),
                )),
                ("[Ghi âm, quay video|Tự ghi lại] [bài nói|hội thoại] [để {hs} tự đánh giá|và tiến bộ]", (
                    (
                        "Tôi [giao bài nói về nhà|giao nhiệm vụ nói] [học sinh ghi âm bằng điện thoại|các em tự ghi âm] [và gửi qua Zalo|nộp cho cô].",
                        "[Tôi nghe và góp ý|Giáo viên phản hồi] [bằng tin nhắn thoại|ngắn gọn].",
                        "[Ghi âm|Luyện nói ở nhà] [giúp các em luyện thêm|tăng thời gian nói].",
                    ),
                    (
                        "[Học sinh ghi âm đầu năm và cuối năm|Các em lưu bản ghi] [để so sánh|để thấy sự tiến bộ].",
                        "[Các em nghe lại|Học sinh so sánh] [và ngạc nhiên|thấy mình tiến bộ].",
                        "[Thấy tiến bộ|So sánh] [tạo động lực|giúp các em tự tin].",
                    ),
                    (
                        "[Các nhóm làm video hội thoại|Học sinh quay clip ngắn] [về chủ đề bài học|như hỏi đường, mua sắm].",
                        "[Video được chiếu|Clip] [trên lớp|trong giờ học], [cả lớp bình chọn|các bạn nhận xét].",
                        "[Làm video|Hoạt động] [kích thích sáng tạo|giúp luyện nói tự nhiên].",
                    ),
                )),
                ("Giao lưu [với người nước ngoài|trực tuyến với bạn bè quốc tế] [để {hs} có môi trường nói thật|cho {hs}]", (
                    (
                        "Tôi [liên hệ tình nguyện viên nước ngoài|mời người nước ngoài] [giao lưu qua video|đến lớp trò chuyện], [học sinh chuẩn bị câu hỏi|các em hỏi về văn hóa].",
                        "[Các em hồi hộp nhưng hào hứng|Học sinh rất thích thú] [khi được nói với người bản ngữ|khi giao tiếp thật].",
                        "[Giao lưu|Hoạt động] [giúp các em thấy tiếng Anh hữu ích|tạo động lực học].",
                    ),
                    (
                        "[Lớp kết nối với một lớp học ở nước khác|Tôi tham gia chương trình trao đổi thư], [học sinh viết thư hoặc gửi video|các em giới thiệu về mình].",
                        "[Các em nhận thư trả lời|Học sinh đọc thư] [rất vui|và trả lời].",
                        "[Trao đổi thư|Kết nối quốc tế] [giúp các em dùng tiếng Anh thật|mở rộng hiểu biết].",
                    ),
                    (
                        "[Vào dịp tham quan|Khi đến điểm du lịch], [học sinh phỏng vấn du khách|các em hỏi khách nước ngoài] [với câu hỏi chuẩn bị sẵn|lịch sự].",
                        "[Các em quay lại|Học sinh ghi hình] [và chia sẻ trên lớp|để cả lớp xem].",
                        "[Phỏng vấn|Hoạt động] [giúp mạnh dạn|tạo trải nghiệm thật].",
                    ),
                )),
                ("Luyện [phát âm, ngữ điệu|nói] [bằng kĩ thuật shadowing|qua việc nhại theo người bản ngữ]", (
                    (
                        "Tôi [cho học sinh nghe đoạn hội thoại ngắn|chọn đoạn audio ngắn] [rồi nói theo ngay sau|để các em nhại theo].",
                        "[Các em chú ý ngữ điệu|Học sinh bắt chước] [lên xuống giọng|nhấn nhá].",
                        "[Shadowing|Nhại theo] [giúp phát âm tự nhiên|cải thiện ngữ điệu].",
                    ),
                    (
                        "[Học sinh luyện đọc hội thoại|Các cặp đọc] [theo vai|với giọng diễn cảm], [ghi âm lại|và nghe lại].",
                        "[Tôi góp ý|Giáo viên chỉnh] [ngữ điệu câu hỏi|lên giọng, xuống giọng].",
                        "[Luyện đọc|Hoạt động] [giúp nói tự nhiên|tăng sự tự tin].",
                    ),
                    (
                        "[Tôi dùng video ngắn|Các em xem hoạt hình] [rồi lồng tiếng|và đóng vai nhân vật], [tắt tiếng gốc|nói theo lời thoại].",
                        "[Học sinh thích thú|Các em rất hào hứng] [khi lồng tiếng|được làm diễn viên].",
                        "[Lồng tiếng|Hoạt động] [rèn ngữ điệu|tạo niềm vui].",
                    ),
                )),
                ("Tổ chức [trò chơi nói|hoạt động khoảng trống thông tin] [buộc {hs} phải giao tiếp|theo cặp]", (
                    (
                        "[Hai bạn phải hỏi – đáp bằng tiếng Anh|Học sinh buộc phải giao tiếp] [để hoàn thành bảng thông tin|để tìm đủ năm điểm khác nhau giữa hai bức tranh], [không được nhìn phiếu của bạn|chỉ được dùng lời nói].",
                        "[Vì có nhu cầu thông tin thật|Do phải hỏi để biết], [các em nói tự nhiên và nhiều hơn hẳn|học sinh luyện nói mà không thấy gò bó].",
                    ),
                    (
                        "[Trong trò chơi \"Find someone who\"|Với phiếu \"Tìm người\"], [học sinh đi quanh lớp hỏi bạn những câu như \"Do you like swimming?\"|các em phỏng vấn nhiều bạn], [ghi tên bạn trả lời \"Yes\" vào phiếu|tìm đủ người theo yêu cầu].",
                        "[Em nào hoàn thành trước|Ai tìm đủ trước] [báo cáo lại bằng câu hoàn chỉnh|phải nói lại kết quả bằng tiếng Anh], [nhờ vậy vừa luyện hỏi vừa luyện thuật lại|giúp các em dùng cả câu hỏi lẫn câu kể].",
                    ),
                    (
                        "[Trò chơi \"Twenty questions\"|Trò đoán đồ vật] [được tổ chức cuối giờ|được dùng ở phần củng cố]: [một bạn nghĩ một đồ vật|một em chọn thẻ bí mật], [cả lớp đặt câu hỏi Yes/No để đoán|các bạn luân phiên hỏi].",
                        "[Học sinh luyện đặt câu hỏi rất nhiều|Các em hỏi liên tục] [mà không thấy mệt|trong không khí vui vẻ].",
                    ),
                )),
                ("[Sửa lỗi khéo léo|Khuyến khích nói không sợ sai] [khi {hs} luyện nói|trong giờ giao tiếp]", (
                    (
                        "Tôi [không ngắt lời khi học sinh đang nói|để các em nói hết ý] [rồi mới góp ý|sau đó nhắc lại câu đúng].",
                        "[Tôi ghi lại những lỗi chung|Giáo viên ghi chép các lỗi phổ biến] [trong lúc học sinh luyện nói|khi đi quanh lớp], [cuối giờ viết lên bảng không ghi tên|rồi cả lớp cùng tìm câu đúng].",
                        "[Sửa lỗi chung như vậy|Cách sửa này] [giúp các em học được từ lỗi|không làm ai xấu hổ], [lớp mạnh dạn nói hơn|học sinh không sợ bị \"bắt lỗi\"].",
                    ),
                    (
                        "[Tôi ghi lỗi chung|Giáo viên ghi lại lỗi] [trong khi học sinh nói|trong giờ luyện nói], [cuối giờ sửa chung|không nêu tên].",
                        "[Khi học sinh nói sai|Nếu em mắc lỗi], [tôi nhắc lại câu đúng một cách tự nhiên như lời đáp|giáo viên lặp lại câu đúng trong câu trả lời của mình], [chẳng hạn em nói \"He go to school\" thì cô đáp \"Oh, he goes to school by bike?\"|không dừng lại chỉ lỗi].",
                        "[Học sinh nghe và tự sửa|Các em tự nhận ra], [mạch giao tiếp không bị ngắt|giữ được hứng thú nói].",
                    ),
                    (
                        "[Tôi khen mọi cố gắng|Giáo viên khen ngợi] [kể cả khi câu chưa hoàn toàn đúng|mỗi lần học sinh dám nói], [và cho điểm cộng cho những em phát biểu nhiều|ghi nhận sự tham gia].",
                        "[Những em rụt rè nhất|Học sinh nhút nhát] [dần dám giơ tay|mạnh dạn hơn hẳn], [lớp học trở nên sôi nổi|số em tham gia nói tăng rõ].",
                    ),
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
                    (
                        "[Thay vì|Không] [đưa|viết] [công thức|cấu trúc] [lên bảng|] [ngay từ đầu|trước], tôi [dùng|đưa ra] [đoạn hội thoại|câu chuyện ngắn] [chứa|có] [điểm ngữ pháp|cấu trúc] [cần dạy|mới] [để|và] {hs} [tự phát hiện|nhận ra] [quy tắc|cách dùng].",
                        "[Các em|{hs}] [được|] [hướng dẫn|gợi ý] [trả lời|trả lời các câu hỏi] [về|như] [\"Hành động xảy ra khi nào?\", \"Đã kết thúc hay chưa?\"|thời gian, dấu hiệu nhận biết] [để|rồi] [tự|] [rút ra|khái quát] [cách dùng|quy tắc] [của thì|].",
                        "[Cách làm|Phương pháp] [quy nạp|này] [giúp|khiến] [các em|{hs}] [hiểu|nắm] [bản chất|ý nghĩa] [của cấu trúc|] [thay vì|chứ không] [học thuộc|nhớ] [công thức|máy móc].",
                    ),
                    (
                        "Tôi [giới thiệu thì quá khứ đơn|dạy thì quá khứ] [qua câu chuyện về kì nghỉ của cô|bằng tranh kể chuyện cuối tuần], [học sinh nghe và tìm động từ|các em nhận ra động từ thêm -ed].",
                        "[Sau đó|Tiếp theo], [các em kể về kì nghỉ của mình|học sinh nói về cuối tuần] [dùng cấu trúc mới|với thì quá khứ].",
                        "[Ngữ cảnh|Câu chuyện] [giúp hiểu cách dùng|làm ngữ pháp gần gũi].",
                    ),
                    (
                        "[Với câu so sánh|Khi dạy so sánh hơn], tôi [mang ba quả cam to nhỏ khác nhau|dùng ảnh các bạn trong lớp] [để học sinh so sánh|để minh họa].",
                        "[Các em nói|Học sinh đặt câu] [như \"Nam is taller than Minh\"|về các bạn].",
                        "[Ví dụ thật|Ngữ cảnh gần gũi] [giúp nhớ cấu trúc|tạo hứng thú].",
                    ),
                )),
                ("[Hệ thống hóa|Tổng hợp] ngữ pháp [bằng|qua] [sơ đồ, bảng so sánh|sơ đồ tư duy] [và dấu hiệu nhận biết|]", (
                    (
                        "[Cuối mỗi|Sau mỗi] [đơn vị bài học|chủ đề], [tôi|giáo viên] [cùng|hướng dẫn] {hs} [lập|vẽ] [bảng so sánh|sơ đồ] [các thì|các cấu trúc] [dễ nhầm lẫn|gần nhau] như [hiện tại hoàn thành và quá khứ đơn|câu bị động và câu chủ động].",
                        "[Bảng|Sơ đồ] [ghi rõ|gồm] [cấu trúc, cách dùng, dấu hiệu nhận biết|công thức, ví dụ và lỗi thường gặp] [được|] [in màu|trình bày] [dán|lưu] [vào vở|trong sổ tay ngữ pháp].",
                        "[Trước|Trước mỗi] [bài kiểm tra|kì thi], [các em|{hs}] [chỉ cần|có thể] [ôn lại|xem lại] [sơ đồ|bảng] [là|để] [nắm|nhớ lại] [toàn bộ|hệ thống] [kiến thức|ngữ pháp] [đã học|].",
                    ),
                    (
                        "[Bảng tổng hợp|Sơ đồ so sánh] [có mỗi thì một màu, kèm dấu hiệu nhận biết như yesterday, already, next week|ghi công thức và ví dụ], [học sinh dán vào bìa vở|để tra khi làm bài].",
                        "[Khi làm bài tập chọn thì|Lúc làm bài], [các em đối chiếu dấu hiệu trên bảng|học sinh tra nhanh], [lỗi chia sai thì giảm rõ|làm bài chính xác hơn].",
                    ),
                    (
                        "[Cuối mỗi unit|Sau mỗi chủ điểm], [học sinh vẽ sơ đồ tư duy ngữ pháp|các nhóm hệ thống cấu trúc bằng sơ đồ] [với nhánh công thức, cách dùng, ví dụ|trên giấy A3].",
                        "[Sơ đồ đẹp|Sản phẩm tốt] [được chụp và gửi cho cả lớp|được dùng khi ôn tập], [giúp các em ôn nhanh trước kiểm tra|giúp nhớ hệ thống].",
                    ),
                )),
                ("[Luyện tập|Thực hành] ngữ pháp [qua|bằng] [bài tập giao tiếp|trò chơi] [và|kết hợp] [kiểm tra trực tuyến|phần mềm]", (
                    (
                        "[Tôi|Giáo viên] [thiết kế|soạn] [bài tập|nhiệm vụ] [có|mang] [tính giao tiếp|tính tương tác] như [phỏng vấn bạn về kì nghỉ hè|kể về việc đã làm cuối tuần] [để|buộc] {hs} [phải|] [dùng|sử dụng] [cấu trúc|điểm ngữ pháp] [vừa học|mới].",
                        "[Các bài|Bài] [luyện tập|trắc nghiệm] [ngắn|] [được|] [đưa lên|tạo trên] {dc} [để|cho] [các em|{hs}] [làm|luyện] [ở nhà|ngoài giờ], [phần mềm|hệ thống] [chấm|báo kết quả] [tự động|ngay].",
                        "[Dựa vào|Căn cứ] [thống kê|kết quả], [tôi|giáo viên] [biết|nắm được] [lỗi|phần] [nhiều em mắc|các em còn yếu] [để|và] [chữa|củng cố] [vào tiết sau|ở buổi học sau].",
                    ),
                    (
                        "Tôi [thiết kế bài tập giao tiếp|cho học sinh dùng ngữ pháp trong hội thoại] [như phỏng vấn bạn về thói quen|dùng thì hiện tại đơn].",
                        "[Các em ghi lại câu trả lời|Học sinh báo cáo kết quả] [bằng câu hoàn chỉnh|trước lớp].",
                        "[Ngữ pháp trong giao tiếp|Bài tập] [giúp dùng đúng|tạo ý nghĩa].",
                    ),
                    (
                        "[Tôi dùng Quizizz|Các bài tập trực tuyến] [để luyện ngữ pháp|sau mỗi bài], [học sinh làm ở nhà|các em luyện thêm].",
                        "[Kết quả|Thống kê] [giúp tôi biết lỗi phổ biến|cho thấy điểm yếu].",
                        "[Luyện trực tuyến|Công nghệ] [giúp học thú vị|tăng luyện tập].",
                    ),
                )),
                ("Dạy ngữ pháp [theo hướng quy nạp|để {hs} tự phát hiện quy tắc]", (
                    (
                        "Tôi [đưa ra năm, sáu câu ví dụ|viết các câu mẫu lên bảng] [có cùng cấu trúc|chứa điểm ngữ pháp mới], [học sinh tìm quy tắc|các em tự rút ra công thức].",
                        "[Các nhóm trình bày quy tắc|Học sinh phát biểu quy tắc], [tôi chốt lại|giáo viên bổ sung].",
                        "[Tự phát hiện|Học quy nạp] [giúp nhớ lâu|hiểu bản chất].",
                    ),
                    (
                        "[Với câu bị động|Khi dạy câu bị động], [tôi đưa cặp câu chủ động – bị động|học sinh so sánh hai câu] [để tìm điểm khác|và nhận ra cách chuyển].",
                        "[Các em tự viết công thức|Học sinh đưa ra quy tắc] [rồi kiểm tra với sách|sau đó đối chiếu].",
                        "[Phát hiện quy tắc|Cách dạy này] [rèn tư duy|tạo hứng thú].",
                    ),
                    (
                        "[Tôi dùng câu từ bài hát|Các câu ví dụ] [lấy từ bài hát quen thuộc|trong truyện các em đã đọc], [học sinh tìm cấu trúc|các em nhận ra quy tắc].",
                        "[Ví dụ quen|Ngữ liệu thật] [giúp học sinh hứng thú|dễ nhớ].",
                        "[Học quy nạp|Hoạt động] [phát huy tính chủ động|giúp hiểu sâu].",
                    ),
                )),
                ("Phân tích [lỗi sai ngữ pháp|lỗi thường gặp] [trong bài làm của {hs}|để sửa tận gốc]", (
                    (
                        "Tôi [thu thập lỗi sai|ghi lại lỗi phổ biến] [từ bài kiểm tra|trong bài viết], [đưa lên bảng không ghi tên|để cả lớp sửa].",
                        "[Học sinh tìm lỗi|Các em phát hiện] [và giải thích|rồi sửa lại].",
                        "[Sửa lỗi chung|Hoạt động] [giúp tránh lặp lỗi|rèn cẩn thận].",
                    ),
                    (
                        "[Mỗi em có sổ lỗi ngữ pháp|Học sinh ghi lỗi của mình] [và câu đúng|vào sổ].",
                        "[Trước kiểm tra|Khi ôn bài], [các em xem lại sổ|học sinh ôn lỗi cũ].",
                        "[Sổ lỗi|Ghi chép] [giúp tiến bộ|tránh sai lại].",
                    ),
                    (
                        "[Tôi tổ chức \"đấu giá câu\"|Trò chơi Sentence auction]: [các đội dùng điểm mua câu đúng|học sinh đặt giá cho câu], [câu sai mua phải bị trừ điểm|phải phân biệt đúng sai].",
                        "[Trò chơi|Hoạt động] [sôi nổi|vui].",
                        "[Các em|Học sinh] [chú ý ngữ pháp hơn|nhận ra lỗi nhanh].",
                    ),
                )),
                ("Dạy ngữ pháp [qua bài hát, truyện|bằng ngữ liệu vui] [cho {hs}|để giảm khô khan]", (
                    (
                        "Tôi [chọn bài hát có cấu trúc cần học|dùng bài hát quen] [như \"If you're happy\"|cho câu điều kiện], [học sinh hát và tìm cấu trúc|các em nhận ra mẫu câu].",
                        "[Sau khi hát|Hát xong], [các em viết lời mới|học sinh đặt câu mới] [theo cấu trúc|theo giai điệu].",
                        "[Bài hát|Âm nhạc] [giúp nhớ ngữ pháp|tạo niềm vui].",
                    ),
                    (
                        "[Truyện tranh ngắn|Câu chuyện] [được dùng để giới thiệu|minh họa] [thì hiện tại tiếp diễn|điểm ngữ pháp], [học sinh đọc và tìm câu|các em gạch chân].",
                        "[Các em kể lại truyện|Học sinh kể lại] [dùng cấu trúc|bằng lời của mình].",
                        "[Truyện|Ngữ liệu] [giúp hiểu cách dùng|hấp dẫn].",
                    ),
                    (
                        "[Học sinh viết truyện ngắn|Các nhóm sáng tác] [dùng ngữ pháp mới|với cấu trúc vừa học], [kèm tranh|minh họa].",
                        "[Truyện hay|Sản phẩm] [được đọc trước lớp|được khen].",
                        "[Sáng tác|Hoạt động] [giúp vận dụng|tạo hứng thú].",
                    ),
                )),
                ("Tổ chức [trò chơi ngữ pháp|hoạt động thi đua] [để luyện tập|trong giờ học]", (
                    (
                        "[Trò chơi \"Board race\"|Cuộc thi viết câu tiếp sức] [chia lớp thành hai đội|với hai đội xếp hàng], [mỗi bạn chạy lên bảng viết một câu đúng cấu trúc|lần lượt viết], [đội viết được nhiều câu đúng nhất thắng|cô chấm ngay].",
                        "[Không khí thi đua|Trò chơi] [rất sôi nổi|khiến cả lớp hào hứng], [học sinh luyện cấu trúc nhiều lần|các em nhớ cấu trúc nhanh].",
                    ),
                    (
                        "[Với trò \"Running dictation\"|Trò chạy đọc chép], [một em chạy đến đọc câu dán trên tường rồi về đọc lại|một bạn nhớ câu], [bạn cùng nhóm chép lại|bạn kia ghi], [sau đó nhóm kiểm tra ngữ pháp|rồi tự sửa lỗi].",
                        "[Trò chơi|Hoạt động] [kết hợp nghe, nói, viết|vừa vận động vừa học], [các em rất thích|tạo không khí vui].",
                    ),
                    (
                        "[Tôi dùng xúc xắc câu hỏi|Học sinh tung xúc xắc] [mỗi mặt là một từ để hỏi như What, Where, When|để chọn từ hỏi], [rồi đặt câu hỏi cho bạn|và bạn phải trả lời].",
                        "[Các cặp luyện nhanh|Học sinh thực hành liên tục], [nắm chắc trật tự câu hỏi|ít sai khi đặt câu hỏi].",
                    ),
                )),
                ("Viết [câu, đoạn văn|đoạn ngắn] [về bản thân|gắn với đời sống] [dùng cấu trúc mới|cho {hs}]", (
                    (
                        "[Học sinh viết năm câu về thói quen hằng ngày|Các em viết đoạn ngắn về mình] [dùng thì hiện tại đơn|dùng cấu trúc vừa học], [rồi đọc cho bạn cùng bàn|và trao đổi với bạn].",
                        "[Tôi đọc và sửa lỗi|Giáo viên góp ý] [nhẹ nhàng|từng bài], [học sinh thấy ngữ pháp dùng được ngay để nói về mình|nên nhớ lâu hơn].",
                    ),
                    (
                        "[Học sinh viết email cho bạn|Các em viết thư] [kể về kế hoạch cuối tuần|dùng thì tương lai], [bạn cùng lớp đọc và hồi âm|bạn trả lời thư].",
                        "[Viết thư trao đổi|Hoạt động] [tạo tình huống giao tiếp thật|giúp các em vận dụng ngữ pháp tự nhiên].",
                    ),
                    (
                        "[Học sinh mang ảnh gia đình đến lớp|Các em dùng ảnh của mình] [và viết câu mô tả từng người|dùng hiện tại tiếp diễn], [như \"My mother is cooking\"|mô tả hoạt động trong ảnh].",
                        "[Bài viết gắn với gia đình|Hoạt động gần gũi] [khiến học sinh hứng thú|giúp các em nhớ cấu trúc].",
                    ),
                )),
                ("Dạy ngữ pháp [bằng trục thời gian|với hình vẽ minh họa] [để {hs} hiểu cách dùng|cho các thì]", (
                    (
                        "[Tôi vẽ trục thời gian trên bảng|Giáo viên dùng timeline] [với ba mốc quá khứ, hiện tại, tương lai|để minh họa các thì], [học sinh đặt thẻ câu vào đúng vị trí|các em gắn câu lên trục].",
                        "[Nhìn trục thời gian|Qua hình ảnh], [các em phân biệt rõ các thì|học sinh ít nhầm lẫn hơn].",
                    ),
                    (
                        "[Với thì hiện tại hoàn thành|Những thì khó hiểu], [tôi vẽ hình minh họa hành động bắt đầu trong quá khứ và kéo dài đến nay|dùng tranh và mũi tên], [học sinh tự vẽ cho câu của mình|các em minh họa câu ví dụ].",
                        "[Hình vẽ|Minh họa] [giúp hiểu bản chất|giúp học sinh nhớ cách dùng].",
                    ),
                    (
                        "[Các nhóm làm timeline về một ngày của mình|Học sinh vẽ trục thời gian về cuộc sống], [rồi viết câu cho từng mốc|dùng các thì phù hợp].",
                        "[Sản phẩm|Timeline] [được trình bày trước lớp|được trưng bày], [giúp vận dụng ngữ pháp sinh động|tạo hứng thú].",
                    ),
                )),
                ("Luyện [chuyển đổi câu|viết lại câu] [giữ nguyên nghĩa|cho {hs}]", (
                    (
                        "[Tôi hệ thống các dạng viết lại câu hay gặp|Học sinh được học các dạng chuyển đổi] [như chủ động – bị động, so sánh, câu điều kiện|trong đề kiểm tra], [mỗi dạng có công thức và ví dụ|kèm mẹo nhận biết].",
                        "[Học sinh luyện theo cặp|Các em làm bài] [rồi đổi chéo kiểm tra|và sửa cho nhau], [nắm chắc cấu trúc|tự tin khi làm đề].",
                    ),
                    (
                        "[Tôi in các câu trên thẻ|Câu gốc được ghi trên thẻ], [học sinh rút thẻ và viết lại câu|các em chuyển đổi theo yêu cầu trên thẻ] [trong một phút|thi theo nhóm].",
                        "[Trò chơi|Hoạt động] [nhanh, vui|giúp luyện nhiều dạng], [học sinh nhớ công thức|ít nhầm].",
                    ),
                    (
                        "[Bài tập viết lại câu|Phiếu luyện] [được chia ba mức từ dễ đến khó|có mức cơ bản và nâng cao], [học sinh chọn mức phù hợp|các em làm theo sức].",
                        "[Tôi hướng dẫn riêng|Giáo viên hỗ trợ] [những em yếu từng bước|nhóm cần giúp đỡ], [nên mọi em đều tiến bộ|phù hợp mọi trình độ].",
                    ),
                )),
            ),
        },
    ),
}

FIELDS = (TIENG_VIET, TIENG_ANH)

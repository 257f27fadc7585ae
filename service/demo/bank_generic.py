"""Cross-field solution ideas (written for this project).

Real reports mix topic-specific measures with general ones (working with
parents, ICT, differentiated groups...). These ideas use ``{chude}`` and
``{mon}`` so they fit any topic of their kind.
"""

from __future__ import annotations

GENERIC_TEACH: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("[Ứng dụng|Tăng cường ứng dụng] công nghệ thông tin [trong|vào] {chude}", (
        "[Tôi|Giáo viên] [thiết kế|xây dựng] [bài giảng điện tử|bài trình chiếu] [có|với] [hình ảnh, âm thanh, hiệu ứng|video minh họa] [sinh động|phù hợp] [để|nhằm] [thu hút|lôi cuốn] [sự chú ý|sự tập trung] [của {hs}|].",
        "[Các trò chơi|Câu hỏi] [tương tác|trực tuyến] [trên|bằng] [Quizizz, Kahoot, Wordwall|phần mềm] [được|] [dùng|sử dụng] [để|nhằm] [kiểm tra nhanh|củng cố] [kiến thức|bài học] [vào cuối giờ|sau mỗi hoạt động].",
        "[Tuy nhiên|Dù vậy], [tôi|giáo viên] [chỉ|] [sử dụng|dùng] [công nghệ|máy chiếu] [khi|ở những chỗ] [thật sự|] [cần thiết|phát huy hiệu quả], [tránh|không] [lạm dụng|biến giờ học thành giờ trình chiếu].",
        "[Với|Đối với] {hs} [còn chậm|cần hỗ trợ], [tôi|giáo viên] [gửi|chia sẻ] [video|tài liệu] [hướng dẫn|bài giảng] [để|cho] [các em|] [xem lại|ôn lại] [ở nhà|khi cần].",
    )),
    ("[Phối hợp|Tăng cường phối hợp] với [gia đình|cha mẹ {hs}] [trong|để nâng cao hiệu quả] {chude}", (
        "[Ngay từ|Trong] [buổi họp phụ huynh đầu năm|đầu năm học], tôi [trao đổi|chia sẻ] [với phụ huynh|] [về|những] [mục tiêu|yêu cầu] [của|trong] {chude} [và|,] [cách|những việc] [gia đình|cha mẹ] [có thể|nên] [hỗ trợ|làm cùng] [con|các em] [ở nhà|].",
        "[Tôi|Giáo viên] [thông tin|phản hồi] [thường xuyên|định kì] [về|tình hình] [sự tiến bộ|kết quả] [của từng em|của con] [qua|bằng] [nhóm Zalo|sổ liên lạc điện tử|điện thoại] [để|nhằm] [phụ huynh|gia đình] [kịp thời|] [động viên|nhắc nhở] [con|].",
        "[Nhiều|Một số] [phụ huynh|gia đình] [đã|] [chủ động|tích cực] [liên hệ|trao đổi] [với giáo viên|] [và|,] [dành thời gian|dành nhiều thời gian hơn] [cùng con|kèm con] [học tập|ôn bài] [mỗi tối|].",
    )),
    ("[Tổ chức|Áp dụng] [hình thức|phương pháp] học tập [theo nhóm|hợp tác] [trong|khi dạy] {chude}", (
        "[Tôi|Giáo viên] [chia|sắp xếp] [lớp|{hs}] [thành|theo] [các nhóm|nhóm nhỏ] [từ bốn đến sáu em|bốn em], [mỗi nhóm|trong nhóm] [có|gồm] [em khá|em học tốt] [và|,] [em còn chậm|em cần hỗ trợ] [để|nhằm] [các em|] [hỗ trợ|học hỏi] [lẫn nhau|nhau].",
        "[Mỗi thành viên|Từng em] [được|] [giao|nhận] [vai trò|nhiệm vụ] [cụ thể|rõ ràng] [như|] [nhóm trưởng, thư kí, người báo cáo|người quản lí thời gian] [và|,] [luân phiên|thay đổi] [theo|sau] [từng tuần|mỗi chủ đề].",
        "[Sau|Cuối] [mỗi hoạt động|mỗi buổi], [các nhóm|{hs}] [tự đánh giá|đánh giá chéo] [theo|dựa vào] [bảng tiêu chí|phiếu] [đơn giản|] [về|gồm] [mức độ tham gia|sự hợp tác] và [kết quả|sản phẩm] [của nhóm|].",
    )),
    ("[Khen thưởng, động viên|Động viên, khích lệ] [kịp thời|thường xuyên] [để|nhằm] [tạo động lực|khơi dậy hứng thú] [cho {hs}|]", (
        "[Tôi|Giáo viên] [xây dựng|thiết kế] [hệ thống|bảng] [thi đua|tích điểm] [bằng|với] [hoa điểm tốt, ngôi sao, sticker|huy hiệu, phiếu khen] [để|nhằm] [ghi nhận|khen ngợi] [những cố gắng|sự tiến bộ] [của {hs}|] [trong|ở] {chude}.",
        "[Lời khen|Sự khen ngợi] [được|] [đưa ra|dành cho] [cụ thể|đúng lúc], [chỉ rõ|nêu rõ] [điều|việc] [các em|{hs}] [đã làm tốt|làm được] [thay vì|chứ không chỉ] [khen chung chung|nói \"giỏi lắm\"].",
        "[Cuối tháng|Mỗi tháng], [lớp|{lopcn}] [bình chọn|tuyên dương] [những bạn|các em] [tiến bộ|có nhiều cố gắng] [và|,] [gửi|báo] [giấy khen|tin vui] [về|cho] [gia đình|phụ huynh].",
    )),
    ("[Đánh giá|Kiểm tra, đánh giá] thường xuyên [bằng nhận xét|theo hướng phát triển năng lực] [trong|khi thực hiện] {chude}", (
        "[Tôi|Giáo viên] [sử dụng|kết hợp] [nhiều hình thức|các hình thức] [đánh giá|] [như|] [quan sát, vấn đáp, sản phẩm học tập|tự đánh giá, đánh giá đồng đẳng] [thay vì|chứ không] [chỉ|] [dựa vào|căn cứ vào] [bài kiểm tra|điểm số].",
        "[Lời nhận xét|Nhận xét] [trong vở|trên bài] [được|] [viết|đưa ra] [ngắn gọn|cụ thể], [chỉ ra|nêu] [điểm tốt|điều làm được] [và|,] [một điều|điểm] [cần|nên] [cố gắng|cải thiện] [kèm|cùng] [gợi ý|cách] [sửa|khắc phục].",
        "[Kết quả|Thông tin] [đánh giá|] [được|] [tôi|giáo viên] [ghi chép|tổng hợp] [vào|trong] [sổ theo dõi|bảng theo dõi] [để|nhằm] [điều chỉnh|thay đổi] [cách dạy|kế hoạch] [phù hợp|cho phù hợp] [với|] [từng em|từng nhóm].",
    )),
    ("[Gắn|Lồng ghép] {chude} với [hoạt động trải nghiệm|thực tế địa phương]", (
        "[Tôi|Giáo viên] [thiết kế|tổ chức] [các hoạt động|hoạt động] [trải nghiệm|thực hành] [ngoài lớp học|ngoài giờ] [liên quan đến|gắn với] {chude} [như|ví dụ] [tham quan, khảo sát|điều tra nhỏ, làm sản phẩm] [tại|ở] [thôn, xóm|địa phương] [nơi các em sinh sống|].",
        "{hs} [làm việc|tham gia] [theo nhóm|theo tổ], [ghi chép|thu thập] [thông tin|những điều quan sát được] [và|rồi] [trình bày|báo cáo] [kết quả|sản phẩm] [trước lớp|trong tiết sau] [bằng|với] [tranh vẽ, bài viết|ảnh chụp, áp phích].",
        "[Qua|Thông qua] [các hoạt động|trải nghiệm] [này|đó], [các em|{hs}] [thấy|hiểu] [kiến thức|bài học] [gắn liền|gần gũi] [với|] [cuộc sống|thực tế] [và|,] [thêm|càng] [yêu|gắn bó với] [quê hương|trường lớp].",
    )),
    ("[Xây dựng|Thiết kế] [kế hoạch|nội dung] [dạy học|hoạt động] phân hóa [theo|phù hợp với] [đối tượng|năng lực] {hs}", (
        "[Dựa vào|Căn cứ vào] [kết quả khảo sát|đặc điểm] [đầu năm|của lớp], tôi [xác định|đặt] [mục tiêu|yêu cầu] [riêng|khác nhau] [cho|đối với] [từng nhóm|mỗi nhóm] {hs} [trong|ở] {chude}.",
        "[Mỗi tiết|Trong mỗi tiết], [ngoài|bên cạnh] [nhiệm vụ chung|phần chung], [tôi|giáo viên] [chuẩn bị|có] [nhiệm vụ|bài tập] [\"thử thách\"|nâng cao] [cho|dành cho] [em khá giỏi|các em học nhanh] và [nhiệm vụ|bài tập] [có gợi ý|có hướng dẫn từng bước] [cho|dành cho] [em còn chậm|các em cần hỗ trợ].",
        "[Nhờ vậy|Như vậy], [em nào|mọi em] [cũng|đều] [có việc|có nhiệm vụ] [vừa sức|phù hợp], [không|không có] [em nào|] [ngồi chơi|bị bỏ lại phía sau], [giờ học|lớp học] [hiệu quả|sôi nổi] hơn.",
    )),
    ("[Tự bồi dưỡng|Bồi dưỡng] [chuyên môn|năng lực] [và|,] [học hỏi|chia sẻ] [kinh nghiệm|cách làm] [với đồng nghiệp|trong tổ] [về|để làm tốt] {chude}", (
        "[Tôi|Bản thân tôi] [thường xuyên|tích cực] [dự giờ|tham khảo] [đồng nghiệp|các tiết dạy tốt] [trong và ngoài trường|trong tổ] [và|,] [tìm đọc|nghiên cứu] [tài liệu|sách báo] [chuyên môn|về {chude}] [để|nhằm] [học hỏi|bổ sung] [cách làm|kinh nghiệm] [hay|mới].",
        "[Những|Các] [cách làm|biện pháp] [mới|thử nghiệm] [được|] [tôi|giáo viên] [trình bày|chia sẻ] [trong|tại] [buổi sinh hoạt tổ chuyên môn|buổi sinh hoạt chuyên môn] [để|nhằm] [đồng nghiệp|các thầy cô] [góp ý|cùng rút kinh nghiệm].",
    )),
)

GENERIC_ADMIN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("[Xây dựng|Ban hành] quy trình [nội bộ|công việc] [rõ ràng|cụ thể] [cho|trong] {chude}", (
        "[Tôi|Bộ phận] [tham mưu|đề xuất] [lãnh đạo|thủ trưởng] [ban hành|xây dựng] [quy trình|sơ đồ quy trình] [với|gồm] [các bước|từng bước], [người thực hiện|người chịu trách nhiệm] và [thời hạn|thời gian] [cho từng bước|cụ thể].",
        "[Quy trình|Sơ đồ] [được|] [in|niêm yết] [và|,] [dán|treo] [tại|ở] [nơi làm việc|phòng làm việc] [để|giúp] [mọi người|cán bộ, công chức] [nắm rõ|thực hiện thống nhất], [tránh|hạn chế] [chồng chéo|đùn đẩy] [trách nhiệm|công việc].",
        "[Định kì|Sau mỗi quý], [quy trình|cách làm] [được|] [rà soát|đánh giá] [và|để] [điều chỉnh|sửa đổi] [cho phù hợp|kịp thời] [với|] [văn bản mới|thực tế công việc].",
    )),
    ("[Tăng cường|Đẩy mạnh] [ứng dụng|sử dụng] công nghệ thông tin [trong|vào] {chude}", (
        "[Tôi|Bộ phận] [thiết kế|lập] [bảng tính|biểu mẫu] [trên Excel|dùng chung trên mạng nội bộ] [có|với] [công thức|hàm] [tự động|] [tính toán|tổng hợp] [và|,] [cảnh báo|báo đỏ] [khi|nếu] [số liệu|thời hạn] [bất thường|sắp đến].",
        "[Tài liệu|Hồ sơ] [được|] [lưu trữ|sắp xếp] [theo|trong] [thư mục|cây thư mục] [thống nhất|khoa học] [trên máy tính|trên ổ đĩa chung], [dễ|thuận tiện cho việc] [tìm kiếm|tra cứu] và [bàn giao|chia sẻ].",
        "[Thời gian|Công sức] [tổng hợp|lập] [báo cáo|số liệu] [hằng tháng|định kì] [giảm|rút ngắn] [đáng kể|rõ rệt], [độ chính xác|số liệu] [được|] [nâng cao|bảo đảm] [hơn|].",
    )),
    ("[Tự học|Bồi dưỡng] nghiệp vụ [và|,] [cập nhật|nắm vững] [văn bản|quy định] [mới|hiện hành] [liên quan đến|về] {chude}", (
        "[Tôi|Bản thân tôi] [lập|xây dựng] [danh mục|tủ] văn bản [pháp luật|quy phạm] [liên quan|cần dùng] [và|,] [cập nhật|bổ sung] [ngay|kịp thời] [khi|mỗi khi] [có|ban hành] [văn bản mới|văn bản sửa đổi], [kèm|có] [ghi chú|tóm tắt] [điểm mới|nội dung thay đổi].",
        "[Tôi|Bản thân] [tích cực|chủ động] [tham gia|dự] [các lớp|lớp] [tập huấn|bồi dưỡng] [nghiệp vụ|] [do cấp trên tổ chức|] và [trao đổi|học hỏi] [kinh nghiệm|cách làm] [với|cùng] [đồng nghiệp|cán bộ] [ở|tại] [các đơn vị bạn|các xã bạn].",
    )),
    ("[Nâng cao|Cải thiện] [tinh thần|thái độ] phục vụ [và|,] [kĩ năng giao tiếp|văn hóa công sở] [trong|khi thực hiện] {chude}", (
        "[Tôi|Bộ phận] [luôn|] [niềm nở|tận tình] [hướng dẫn|giải đáp] [người dân|mọi người] [đến|khi đến] [liên hệ|làm việc], [giải thích|trả lời] [rõ ràng|cặn kẽ] [những thắc mắc|các vướng mắc] [bằng|với] [ngôn ngữ|lời lẽ] [dễ hiểu|gần gũi].",
        "[Hòm thư góp ý|Phiếu khảo sát] [và|,] [số điện thoại đường dây nóng|mã QR đánh giá] [được|] [đặt|niêm yết] [công khai|ở nơi dễ thấy] [để|nhằm] [tiếp nhận|ghi nhận] [ý kiến|phản ánh] [và|rồi] [khắc phục|điều chỉnh] [kịp thời|].",
    )),
)

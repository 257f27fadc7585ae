"""Cross-field solution ideas (written for this project).

Real reports mix topic-specific measures with general ones (working with
parents, ICT, differentiated groups...). These ideas use ``{chude}`` and
``{mon}`` so they fit any topic of their kind: "teach" (schools), "admin" (offices)
and "preschool" (mầm non teachers, whose reports speak of "trẻ", corners and play).

Each idea is ``(name template, write-ups)``; a write-up is one author's sequence of
sentence templates (see ``fields.Idea`` for how write-ups are mixed into a solution).
"""

from __future__ import annotations

GENERIC_TEACH: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("[Ứng dụng|Tăng cường ứng dụng] công nghệ thông tin [trong|vào] {chude}", (
        (
            "[Tôi|Giáo viên] [thiết kế|xây dựng] [bài giảng điện tử|bài trình chiếu] [có|với] [hình ảnh, âm thanh, hiệu ứng|video minh họa] [sinh động|phù hợp] [để|nhằm] [thu hút|lôi cuốn] [sự chú ý|sự tập trung] [của {hs}|].",
            "[Các trò chơi|Câu hỏi] [tương tác|trực tuyến] [trên|bằng] [Quizizz, Kahoot, Wordwall|phần mềm] [được|] [dùng|sử dụng] [để|nhằm] [kiểm tra nhanh|củng cố] [kiến thức|bài học] [vào cuối giờ|sau mỗi hoạt động].",
            "[Tuy nhiên|Dù vậy], [tôi|giáo viên] [chỉ|] [sử dụng|dùng] [công nghệ|máy chiếu] [khi|ở những chỗ] [thật sự|] [cần thiết|phát huy hiệu quả], [tránh|không] [lạm dụng|biến giờ học thành giờ trình chiếu].",
            "[Với|Đối với] {hs} [còn chậm|cần hỗ trợ], [tôi|giáo viên] [gửi|chia sẻ] [video|tài liệu] [hướng dẫn|bài giảng] [để|cho] [các em|] [xem lại|ôn lại] [ở nhà|khi cần].",
        ),
        (
            "Tôi [lập|tạo] một lớp học trên [Google Classroom|Microsoft Teams] cho {lopcn}, mỗi tuần [đăng|đưa lên] [một video ngắn|một phiếu bài tập] liên quan đến {chude} để {hs} [xem lại|làm thêm] khi [cần|có thời gian].",
            "[Những hình ảnh|Các hình ảnh] [tôi tự chụp|do chính tôi chụp] ở [trường, ở địa phương|sân trường, ngoài đồng] được [đưa vào|chèn vào] bài trình chiếu, [nên|vì vậy] {hs} thấy [quen|gần gũi] hơn nhiều so với ảnh [lấy trên mạng|sưu tầm].",
            "Tôi [quy định|đặt ra] một nguyên tắc [cho mình|riêng]: mỗi tiết [không quá|chỉ dùng] mười slide và [luôn|phải] có [ít nhất|] một hoạt động {hs} [tự làm|làm bằng tay] [trên giấy|trên bảng con], để màn hình không [lấn át|thay thế] việc học.",
        ),
        (
            "[Điện thoại thông minh|Chiếc điện thoại] của giáo viên [cũng|] [trở thành|là] [một|] công cụ dạy học: tôi [chụp|quét] bài làm của {hs} rồi [chiếu|đưa] ngay lên màn hình [để cả lớp nhận xét|cho cả lớp cùng chữa].",
            "[Với|Để làm tốt] {chude}, tôi [dùng|khai thác] [phần mềm Plickers|các thẻ Plickers in sẵn]: mỗi em giơ một tấm thẻ, điện thoại quét [một lượt|trong vài giây] là biết [bao nhiêu em|em nào] [chọn đúng|đã hiểu bài].",
            "Những [bài|tư liệu] [dùng tốt|hiệu quả] được tôi [lưu|sắp xếp] vào [thư mục dùng chung|ổ Google Drive] của tổ [theo từng tuần|theo chủ đề], đồng nghiệp [có thể|] [lấy dùng|tham khảo] [ngay|khi cần].",
        ),
    )),
    ("[Phối hợp|Tăng cường phối hợp] với [gia đình|cha mẹ {hs}] [trong|để nâng cao hiệu quả] {chude}", (
        (
            "[Ngay từ|Trong] [buổi họp phụ huynh đầu năm|đầu năm học], tôi [trao đổi|chia sẻ] [với phụ huynh|] [về|những] [mục tiêu|yêu cầu] [của|trong] {chude} [và|,] [cách|những việc] [gia đình|cha mẹ] [có thể|nên] [hỗ trợ|làm cùng] [con|các em] [ở nhà|].",
            "[Tôi|Giáo viên] [thông tin|phản hồi] [thường xuyên|định kì] [về|tình hình] [sự tiến bộ|kết quả] [của từng em|của con] [qua|bằng] [nhóm Zalo|sổ liên lạc điện tử|điện thoại] [để|nhằm] [phụ huynh|gia đình] [kịp thời|] [động viên|nhắc nhở] [con|].",
            "[Nhiều|Một số] [phụ huynh|gia đình] [đã|] [chủ động|tích cực] [liên hệ|trao đổi] [với giáo viên|] [và|,] [dành thời gian|dành nhiều thời gian hơn] [cùng con|kèm con] [học tập|ôn bài] [mỗi tối|].",
        ),
        (
            "[Tôi|Giáo viên] [lập|thiết kế] một [phiếu nhỏ|\"phiếu đồng hành\"] gửi về gia đình [hai tuần một lần|mỗi tháng], ghi [một việc|điều] [con làm tốt|con đã tiến bộ] và [một việc|điều] gia đình [có thể|nên] [cùng con làm|giúp con] trong {chude}.",
            "[Phụ huynh|Cha mẹ] [ghi|viết] [vài dòng|nhận xét ngắn] [vào mặt sau|ở cuối phiếu] rồi gửi lại; [nhiều phiếu|có phiếu] [viết|ghi] rất [cảm động|chân thành], [cho thấy|chứng tỏ] gia đình [đã|thật sự] quan tâm [hơn|nhiều hơn].",
            "[Với|Đối với] [những gia đình|các gia đình] [ít|không có] thời gian, tôi [chỉ đề nghị|chỉ nhờ] [một việc rất nhỏ|việc đơn giản] như [hỏi con một câu|nghe con kể lại] mỗi tối, để [không ai|phụ huynh không] [thấy|cảm thấy] [quá sức|gánh nặng].",
        ),
        (
            "Tôi [mời|tổ chức cho] [một vài|năm, sáu] phụ huynh [đến dự|tham dự] [một buổi học|một tiết] [mở|có chủ đề về {chude}] [vào cuối tháng 10|ngay trong học kì I] để [thấy tận mắt|tận mắt thấy] con học như thế nào ở trường.",
            "[Sau buổi dự|Sau tiết học], tôi [trò chuyện|trao đổi] [ngắn|khoảng mười lăm phút] với phụ huynh về [những điều|cách] gia đình có thể [làm tiếp|hỗ trợ] ở nhà, [ví dụ|chẳng hạn] [dành ra mười lăm phút|tắt ti vi trong giờ con học].",
            "[Buổi gặp|Cách làm] [này|ấy] [được|] [nhiều phụ huynh|các gia đình] [hưởng ứng|đánh giá cao]; [một số|có] [bố mẹ|phụ huynh] [còn|] [chủ động|tự nguyện] [góp|giúp] [vật liệu|đồ dùng] cho lớp.",
        ),
    )),
    ("[Tổ chức|Áp dụng] [hình thức|phương pháp] học tập [theo nhóm|hợp tác] [trong|khi dạy] {chude}", (
        (
            "[Tôi|Giáo viên] [chia|sắp xếp] [lớp|{hs}] [thành|theo] [các nhóm|nhóm nhỏ] [từ bốn đến sáu em|bốn em], [mỗi nhóm|trong nhóm] [có|gồm] [em khá|em học tốt] [và|,] [em còn chậm|em cần hỗ trợ] [để|nhằm] [các em|] [hỗ trợ|học hỏi] [lẫn nhau|nhau].",
            "[Mỗi thành viên|Từng em] [được|] [giao|nhận] [vai trò|nhiệm vụ] [cụ thể|rõ ràng] [như|] [nhóm trưởng, thư kí, người báo cáo|người quản lí thời gian] [và|,] [luân phiên|thay đổi] [theo|sau] [từng tuần|mỗi chủ đề].",
            "[Sau|Cuối] [mỗi hoạt động|mỗi buổi], [các nhóm|{hs}] [tự đánh giá|đánh giá chéo] [theo|dựa vào] [bảng tiêu chí|phiếu] [đơn giản|] [về|gồm] [mức độ tham gia|sự hợp tác] và [kết quả|sản phẩm] [của nhóm|].",
        ),
        (
            "[Tôi|Giáo viên] [áp dụng|sử dụng] kĩ thuật \"[mảnh ghép|các mảnh ghép]\": mỗi thành viên nhóm [nhận|đảm nhận] một phần nhiệm vụ, [học|tìm hiểu] cùng các bạn [ở nhóm chuyên gia|cùng phần ở nhóm khác] rồi [về|quay về] [giảng lại|chia sẻ lại] cho nhóm mình.",
            "[Để|Nhằm] [tránh|hạn chế] tình trạng [một em làm, cả nhóm chép|vài em làm thay cả nhóm], [sản phẩm|phiếu] của nhóm [phải có|ghi rõ] [phần đóng góp|chữ kí] của từng [bạn|thành viên] [bằng|với] [màu bút|mực] khác nhau.",
            "[Bàn ghế|Chỗ ngồi] [được|] [kê|xếp] [lại|] [theo|thành] [cụm bốn|từng cụm] [ngay từ|từ] đầu năm, [nên|vì vậy] [chuyển|chuyển từ học cá nhân] sang [làm việc nhóm|hoạt động nhóm] [chỉ mất|không quá] [vài giây|nửa phút].",
        ),
        (
            "[Khi|Lúc] [bắt đầu|triển khai] {chude}, [tôi|giáo viên] [dạy|hướng dẫn] [các nhóm|{hs}] [ba|bốn] [quy ước|nguyên tắc] [ngắn|đơn giản]: nói nhỏ, [lắng nghe|nghe] [hết|trọn] ý bạn, [ai cũng|mọi người đều] [phải|được] [phát biểu|nói ít nhất một lần], và [giơ tay|dùng thẻ màu] khi cần [giúp đỡ|cô hỗ trợ].",
            "[Mỗi nhóm|Từng nhóm] [có|được phát] [một|] [chiếc|] [cốc|đèn] [ba màu|xanh – vàng – đỏ] [đặt trên bàn|để trên bàn]: xanh là [đang làm tốt|ổn], vàng là [đang vướng|cần suy nghĩ thêm], đỏ là cần [cô|giáo viên] [đến ngay|giúp].",
            "[Nhờ|Với] [tín hiệu|cách báo hiệu] [này|đó], [tôi|giáo viên] [biết|nắm được] [ngay|nhanh] [nhóm nào|chỗ nào] [cần hỗ trợ|đang gặp khó] mà [lớp|cả lớp] vẫn [giữ được|trật tự], [không ồn ào|không ai phải gọi to].",
        ),
    )),
    ("[Khen thưởng, động viên|Động viên, khích lệ] [kịp thời|thường xuyên] [để|nhằm] [tạo động lực|khơi dậy hứng thú] [cho {hs}|]", (
        (
            "[Tôi|Giáo viên] [xây dựng|thiết kế] [hệ thống|bảng] [thi đua|tích điểm] [bằng|với] [hoa điểm tốt, ngôi sao, sticker|huy hiệu, phiếu khen] [để|nhằm] [ghi nhận|khen ngợi] [những cố gắng|sự tiến bộ] [của {hs}|] [trong|ở] {chude}.",
            "[Lời khen|Sự khen ngợi] [được|] [đưa ra|dành cho] [cụ thể|đúng lúc], [chỉ rõ|nêu rõ] [điều|việc] [các em|{hs}] [đã làm tốt|làm được] [thay vì|chứ không chỉ] [khen chung chung|nói \"giỏi lắm\"].",
            "[Cuối tháng|Mỗi tháng], [lớp|{lopcn}] [bình chọn|tuyên dương] [những bạn|các em] [tiến bộ|có nhiều cố gắng] [và|,] [gửi|báo] [giấy khen|tin vui] [về|cho] [gia đình|phụ huynh].",
        ),
        (
            "[Thay vì|Không dùng] [điểm số|phần thưởng vật chất], tôi [viết|gửi] [những|] [tấm thiệp nhỏ|\"lá thư khen\"] [ghi|nêu] [cụ thể|rõ] [việc|điều] [em|{hs}] [đã làm tốt|tiến bộ] [trong tuần|] và [kẹp|để] vào [vở|cặp sách] của em.",
            "[Nhiều em|Các em] [giữ|cất] [những tấm thiệp|các lá thư] [rất cẩn thận|như một món quà], [có em|một vài em] [còn|] [khoe|đưa] [với bố mẹ|cho gia đình xem], [tạo ra|thành] [một|] [mối|sợi] [dây|liên hệ] [tích cực|vui vẻ] [giữa|với] [gia đình và lớp học|nhà trường].",
            "Tôi [để ý|cố gắng] [để|sao cho] [em nào|mỗi em] [trong lớp|] cũng [nhận được|có] ít nhất [một lần|một tấm thiệp] [mỗi tháng|trong tháng], [kể cả|nhất là] [những em|các em] [ít|hiếm khi] [nổi bật|được chú ý].",
        ),
        (
            "[Lớp|{lopcn}] có [một|] \"[cây việc tốt|bức tường tiến bộ]\" [ở cuối lớp|trên tường]: [mỗi|hễ] [khi|lúc] {hs} [có|đạt] [một|] [tiến bộ|việc làm đáng khen] [trong {chude}|], [em|các em] [được|] [dán|gắn] [một|] [chiếc lá|bông hoa] [ghi|viết] tên mình [lên đó|lên cây].",
            "[Cuối tháng|Sau mỗi tháng], [cả lớp|tập thể lớp] [cùng|] [đếm|nhìn lại] [số lá|số hoa] và [chụp ảnh|ghi lại] [cây|bức tường] [gửi|đăng] [vào nhóm phụ huynh|lên nhóm lớp], [phụ huynh|gia đình] [rất|] [vui|phấn khởi].",
            "[Điều|Cái] tôi [để tâm|chú ý] [nhất|] là [khen|biểu dương] [nỗ lực|sự cố gắng] chứ không [chỉ|] [khen|tuyên dương] [kết quả|điểm cao], [vì thế|nên] [các em|{hs}] [chậm|yếu] [cũng có|cũng được] [lá|hoa] [trên cây|] [như các bạn|].",
        ),
    )),
    ("[Đánh giá|Kiểm tra, đánh giá] thường xuyên [bằng nhận xét|theo hướng phát triển năng lực] [trong|khi thực hiện] {chude}", (
        (
            "[Tôi|Giáo viên] [sử dụng|kết hợp] [nhiều hình thức|các hình thức] [đánh giá|] [như|] [quan sát, vấn đáp, sản phẩm học tập|tự đánh giá, đánh giá đồng đẳng] [thay vì|chứ không] [chỉ|] [dựa vào|căn cứ vào] [bài kiểm tra|điểm số].",
            "[Lời nhận xét|Nhận xét] [trong vở|trên bài] [được|] [viết|đưa ra] [ngắn gọn|cụ thể], [chỉ ra|nêu] [điểm tốt|điều làm được] [và|,] [một điều|điểm] [cần|nên] [cố gắng|cải thiện] [kèm|cùng] [gợi ý|cách] [sửa|khắc phục].",
            "[Kết quả|Thông tin] [đánh giá|] [được|] [tôi|giáo viên] [ghi chép|tổng hợp] [vào|trong] [sổ theo dõi|bảng theo dõi] [để|nhằm] [điều chỉnh|thay đổi] [cách dạy|kế hoạch] [phù hợp|cho phù hợp] [với|] [từng em|từng nhóm].",
        ),
        (
            "Tôi [dùng|sử dụng] \"phiếu [ra cửa|cuối giờ]\": [trước khi tan tiết|cuối mỗi tiết], mỗi em [viết|ghi] [vào một mẩu giấy nhỏ|lên tờ giấy nhớ] [một điều đã hiểu|điều đã học được] và [một điều còn thắc mắc|điều còn băn khoăn], [dán|dán lên] [cánh cửa|bảng] [khi ra về|lúc ra chơi].",
            "[Đọc|Xem] [những phiếu đó|các mẩu giấy ấy] [chỉ mất|hết] [khoảng|chừng] [năm phút|mười phút] nhưng [giúp|cho] tôi [biết|nắm] [ngay|rõ] [phần nào|chỗ nào] [cần|phải] [dạy lại|nhắc lại] [ở tiết sau|vào đầu tiết sau].",
            "[Với|Đối với] [các em|{hs}] [chưa biết viết|ngại viết], tôi [cho|để] [các em|] [vẽ|dùng] [mặt cười, mặt mếu|biểu tượng cảm xúc] [thay cho|thay vì] [câu chữ|lời nhận xét].",
        ),
        (
            "[Tôi|Giáo viên] [xây dựng|lập] [các|những] [bảng kiểm|phiếu quan sát] [ngắn|đơn giản] [với|gồm] [ba đến năm|bốn] [tiêu chí|dòng] [cho|gắn với] [từng hoạt động|mỗi hoạt động] [trong {chude}|], [ví dụ|chẳng hạn] \"[biết hỏi khi chưa hiểu|trình bày rõ ràng]\", \"[làm xong đúng giờ|hợp tác với bạn]\".",
            "[Mỗi buổi|Mỗi tiết], tôi [chỉ|] [quan sát|theo dõi] [kĩ|sát] [năm, sáu em|một nhóm] và [đánh dấu|tích] [vào bảng|lên phiếu], [sau|trong] [một|hai] tuần [là|thì] [đủ|đã quan sát hết] [cả lớp|các em].",
            "[Nhờ|Với] [những|các] [ghi chép|bảng kiểm] [này|ấy], [lời nhận xét|nhận xét] [cuối kì|cuối tháng] [của tôi|] [có|dựa trên] [căn cứ|minh chứng] [cụ thể|rõ ràng], [không|chứ không] [chung chung|cảm tính] [như trước|].",
        ),
    )),
    ("[Gắn|Lồng ghép] {chude} với [hoạt động trải nghiệm|thực tế địa phương]", (
        (
            "[Tôi|Giáo viên] [thiết kế|tổ chức] [các hoạt động|hoạt động] [trải nghiệm|thực hành] [ngoài lớp học|ngoài giờ] [liên quan đến|gắn với] {chude} [như|ví dụ] [tham quan, khảo sát|điều tra nhỏ, làm sản phẩm] [tại|ở] [thôn, xóm|địa phương] [nơi các em sinh sống|].",
            "{hs} [làm việc|tham gia] [theo nhóm|theo tổ], [ghi chép|thu thập] [thông tin|những điều quan sát được] [và|rồi] [trình bày|báo cáo] [kết quả|sản phẩm] [trước lớp|trong tiết sau] [bằng|với] [tranh vẽ, bài viết|ảnh chụp, áp phích].",
            "[Qua|Thông qua] [các hoạt động|trải nghiệm] [này|đó], [các em|{hs}] [thấy|hiểu] [kiến thức|bài học] [gắn liền|gần gũi] [với|] [cuộc sống|thực tế] [và|,] [thêm|càng] [yêu|gắn bó với] [quê hương|trường lớp].",
        ),
        (
            "[Tôi|Giáo viên] [đưa|dẫn] {hs} [ra|đến] [cánh đồng|chợ|khu vườn] [gần trường|của địa phương] [trong một buổi|vào một buổi sáng] [để|và] [quan sát|tìm hiểu] [những điều|các sự việc] [có liên quan đến|gắn với] bài học.",
            "[Trước buổi đi|Trước khi đi], [mỗi nhóm|các nhóm] [nhận|được phát] [phiếu|bảng] [câu hỏi|nhiệm vụ] [gồm|với] [ba|năm] [việc|câu] [cần|phải] [tìm|làm], [để|giúp] [buổi học|chuyến đi] [không biến thành|khỏi thành] [buổi đi chơi|cuộc dạo chơi].",
            "[Về lớp|Trở về lớp], [các nhóm|{hs}] [làm|thiết kế] [một|] [tờ báo tường|áp phích] [nhỏ|] [kể lại|tổng hợp] [những gì|điều] [đã thấy|các em quan sát được], [dán|treo] [ở hành lang|trước cửa lớp] [cho|để] [các lớp khác|cả trường] [xem|cùng xem].",
        ),
        (
            "[Tôi|Giáo viên] [mời|đón] [một|] [người|bác] [làm nghề|có kinh nghiệm] [ở địa phương|trong thôn] như [bác nông dân, cô thợ may, chú bộ đội|cô y tá trạm xá, bác thợ mộc] [đến|vào] [lớp|trò chuyện] [với {hs}|cùng các em] [về|xoay quanh] [những điều|nội dung] [gắn với|liên quan đến] {chude}.",
            "[Các em|{hs}] [chuẩn bị|viết] [sẵn|trước] [câu hỏi|những câu hỏi] [để|rồi] [phỏng vấn|hỏi] [khách mời|bác], [sau đó|rồi] [ghi|viết] [lại|] [một đoạn|vài câu] [cảm nghĩ|về điều mình học được] [vào vở|trong sổ].",
            "[Buổi trò chuyện|Hoạt động] [diễn ra|kéo dài] [chỉ|chừng] [một tiết|bốn mươi phút] nhưng [để lại|khiến] [ấn tượng|{hs}] [lâu|nhớ mãi]; [nhiều em|một số em] [còn|] [hỏi|đề nghị] [khi nào|bao giờ] [lại có|được gặp] [khách mời|người khách] [tiếp theo|khác].",
        ),
    )),
    ("[Xây dựng|Thiết kế] [kế hoạch|nội dung] [dạy học|hoạt động] phân hóa [theo|phù hợp với] [đối tượng|năng lực] {hs}", (
        (
            "[Dựa vào|Căn cứ vào] [kết quả khảo sát|đặc điểm] [đầu năm|của lớp], tôi [xác định|đặt] [mục tiêu|yêu cầu] [riêng|khác nhau] [cho|đối với] [từng nhóm|mỗi nhóm] {hs} [trong|ở] {chude}.",
            "[Mỗi tiết|Trong mỗi tiết], [ngoài|bên cạnh] [nhiệm vụ chung|phần chung], [tôi|giáo viên] [chuẩn bị|có] [nhiệm vụ|bài tập] [\"thử thách\"|nâng cao] [cho|dành cho] [em khá giỏi|các em học nhanh] và [nhiệm vụ|bài tập] [có gợi ý|có hướng dẫn từng bước] [cho|dành cho] [em còn chậm|các em cần hỗ trợ].",
            "[Nhờ vậy|Như vậy], [em nào|mọi em] [cũng|đều] [có việc|có nhiệm vụ] [vừa sức|phù hợp], [không|không có] [em nào|] [ngồi chơi|bị bỏ lại phía sau], [giờ học|lớp học] [hiệu quả|sôi nổi] hơn.",
        ),
        (
            "[Mỗi|Từng] [bài|tiết] [của {chude}|] [có|được thiết kế với] [ba|] [mức|tầng] [nhiệm vụ|câu hỏi] [đánh dấu|kí hiệu] [bằng|theo] [một, hai, ba ngôi sao|màu xanh, vàng, đỏ]; {hs} [tự chọn|được chọn] [mức|nhiệm vụ] [bắt đầu|làm trước] [rồi|và] [cố gắng|thử] [lên|chinh phục] [mức|bậc] [cao hơn|tiếp theo].",
            "[Cách|Việc] [để|cho] [các em|{hs}] [tự chọn|chủ động chọn] [làm|giúp] [các em|] [không cảm thấy|không thấy] [bị|mình bị] [xếp loại|chia thành giỏi – kém], [nhiều em|có em] [chậm|học chậm] [vẫn|lại] [mạnh dạn|hăng hái] [thử|làm] [bài|nhiệm vụ] [hai sao|khó hơn].",
            "[Cuối tiết|Cuối giờ], tôi [chỉ|] [chữa|nhận xét] [chung|kĩ] [phần|nhiệm vụ] [một sao|cơ bản] [trên bảng|trước lớp], [phần|nhiệm vụ] [hai, ba sao|nâng cao] [được|sẽ được] [trao đổi|chữa] [riêng|theo nhóm] [với|cùng] [những em|các em] [đã làm|chọn làm].",
        ),
        (
            "[Tôi|Giáo viên] [sắp xếp|bố trí] [chỗ ngồi|lớp] [theo|thành] [ba|các] [khu|vùng] [học tập|linh hoạt]: [khu|nhóm] [cô kèm|học cùng cô], [khu|nhóm] [tự luyện|làm bài độc lập] và [khu|nhóm] [thử thách|mở rộng]; {hs} [có thể|được] [chuyển|đổi] [khu|chỗ] [trong|ngay trong] [tiết học|buổi học] [khi|nếu] [đã|] [làm xong|sẵn sàng].",
            "[Trong khi|Lúc] [các em|nhóm] [ở khu tự luyện|tự làm] [làm|hoàn thành] [phiếu|bài], tôi [ngồi|dành thời gian] [cùng|với] [nhóm|khu] [cô kèm|cần hỗ trợ] [khoảng|chừng] {phut} phút [để|và] [giảng lại|hướng dẫn lại] [từng bước|phần khó].",
            "[Hình thức|Cách tổ chức] [này|như vậy] [đòi hỏi|cần] [chuẩn bị|soạn] [nhiều|kĩ] [học liệu|phiếu] [hơn|], [song|nhưng] [bù lại|đổi lại] [em nào|mỗi em] [cũng|đều] [được|có] [học|làm] [đúng|vừa] [sức|khả năng] [của mình|], [giờ học|lớp học] [trật tự|nhịp nhàng] [hơn|hơn hẳn].",
        ),
    )),
    ("[Tự bồi dưỡng|Bồi dưỡng] [chuyên môn|năng lực] [và|,] [học hỏi|chia sẻ] [kinh nghiệm|cách làm] [với đồng nghiệp|trong tổ] [về|để làm tốt] {chude}", (
        (
            "[Tôi|Bản thân tôi] [thường xuyên|tích cực] [dự giờ|tham khảo] [đồng nghiệp|các tiết dạy tốt] [trong và ngoài trường|trong tổ] [và|,] [tìm đọc|nghiên cứu] [tài liệu|sách báo] [chuyên môn|về {chude}] [để|nhằm] [học hỏi|bổ sung] [cách làm|kinh nghiệm] [hay|mới].",
            "[Những|Các] [cách làm|biện pháp] [mới|thử nghiệm] [được|] [tôi|giáo viên] [trình bày|chia sẻ] [trong|tại] [buổi sinh hoạt tổ chuyên môn|buổi sinh hoạt chuyên môn] [để|nhằm] [đồng nghiệp|các thầy cô] [góp ý|cùng rút kinh nghiệm].",
        ),
        (
            "Tôi [tham gia|đăng kí] [các khóa học|khóa bồi dưỡng] [trực tuyến|qua mạng] [về|liên quan đến] {chude} [trên|qua] [hệ thống|trang] [bồi dưỡng giáo viên|TEMIS, taphuan] và [ghi|chép] [lại|] [những điều|ý] [hữu ích|có thể áp dụng] [vào|trong] [một cuốn sổ riêng|sổ tay chuyên môn].",
            "[Mỗi tháng|Định kì], tôi [thử|áp dụng thử] [một|] [điều mới|cách làm mới] [học được|từ khóa học] [ở|vào] [một tiết|vài tiết] [rồi|và] [ghi|viết] [lại|] [kết quả|điều làm được và chưa được] [bên cạnh|ngay bên dưới] [ghi chép|phần ghi chép] [đó|ban đầu].",
            "[Cuốn sổ|Sổ tay] [ấy|này] [sau|qua] [vài|mấy] năm [đã|] [trở thành|thành] [tài liệu|kho kinh nghiệm] [quý|đáng giá] [đối với tôi|của tôi] [và|,] [một số|nhiều] [đồng nghiệp trẻ|giáo viên mới] [trong tổ|] [cũng|] [mượn|xin] [đọc|tham khảo].",
        ),
        (
            "[Tổ chuyên môn|Tổ] [chúng tôi|] [thống nhất|chọn] {chude} [làm|là] [chuyên đề|chủ đề sinh hoạt] [của học kì|trong năm học], [mỗi người|mỗi thành viên] [dạy|đăng kí dạy] [một tiết|một tiết minh họa] [để|cho] [cả tổ|đồng nghiệp] [dự|cùng dự] và [góp ý|phân tích].",
            "[Trong các buổi|Ở buổi] [sinh hoạt|rút kinh nghiệm], [chúng tôi|cả tổ] [tập trung|chú trọng] [bàn|phân tích] [về|vào] [việc|hoạt động] [học|của {hs}] [chứ không|thay vì] [chấm điểm|nhận xét] [giáo viên|người dạy], [nên|vì vậy] [không khí|buổi sinh hoạt] [cởi mở|thoải mái] [hơn hẳn|nhiều].",
            "[Những|Các] [cách làm|kinh nghiệm] [được|] [rút ra|đúc kết] [từ|qua] [các tiết dự|những buổi sinh hoạt] [này|ấy] [được|] [tôi|cả tổ] [ghi chép|tổng hợp] [và|rồi] [đưa vào|vận dụng vào] [kế hoạch dạy học|giáo án] [của mình|].",
        ),
    )),
    ("Xây dựng [góc học tập|môi trường lớp học] [thân thiện|sinh động] [phục vụ|hỗ trợ] {chude}", (
        (
            "[Tôi|Giáo viên] [dành|bố trí] [một góc|một khoảng tường] [ở|phía] [cuối lớp|cạnh cửa sổ] [làm|thành] \"[góc học tập|góc em yêu thích]\" [với|gồm] [giá sách nhỏ|kệ gỗ], [tranh ảnh|sản phẩm của {hs}] và [một số|những] [đồ dùng|học liệu] [liên quan đến|phục vụ] {chude}.",
            "[Nội dung|Đồ dùng] [trong góc|ở góc] [được|] [thay đổi|bổ sung] [theo|sau] [từng chủ đề|mỗi tháng], [có|kèm] [phiếu|câu đố] [nhỏ|vui] [để|cho] [các em|{hs}] [tự làm|tự tìm hiểu] [vào|trong] [giờ ra chơi|giờ truy bài].",
            "[Góc học tập|Góc nhỏ] [này|ấy] [do|được] [chính|] {hs} [trang trí|chăm sóc] [và|,] [luân phiên|thay phiên] [trực|giữ gìn], [nên|vì thế] [các em|] [coi|xem] [đó là|như] [của mình|góc riêng của lớp] và [giữ gìn|bảo quản] [rất|] [cẩn thận|chu đáo].",
        ),
        (
            "[Những|Các] [bức tường|mảng tường] [trong lớp|của lớp] [được|] [tôi|chúng tôi] [biến|sử dụng] [thành|làm] \"[bức tường biết nói|tường học tập]\": [sơ đồ|bảng] [tóm tắt|ghi nhớ] [kiến thức|nội dung] [của {chude}|cần nhớ] [được|] [dán|treo] [ngang tầm mắt|vừa tầm nhìn] [của {hs}|các em].",
            "[Mỗi tuần|Hằng tuần], [một tổ|các tổ] [thay phiên|lần lượt] [phụ trách|cập nhật] [bức tường|nội dung], [thêm|bổ sung] [những|] [bài làm|sản phẩm] [đẹp|tốt] [của các bạn|trong tuần] và [gỡ|cất] [những|] [nội dung|tờ giấy] [đã cũ|không còn cần].",
            "[Giờ|Lúc] [truy bài|ra chơi], [tôi|giáo viên] [thường|hay] [thấy|bắt gặp] [vài|mấy] em [đứng|tụm lại] [đọc|xem] [bức tường|các sản phẩm] [và|rồi] [bàn tán|trao đổi] [với nhau|sôi nổi], [đó là|chính là] [lúc|cách] [các em|{hs}] [học|ôn bài] [mà không biết|một cách tự nhiên nhất].",
        ),
        (
            "[Đầu năm học|Ngay tuần đầu], [tôi|giáo viên] [cùng|và] {hs} [thống nhất|bàn bạc] [cách|để] [sắp xếp|bố trí] [lớp học|phòng học]: [bàn ghế|chỗ ngồi] [xếp|kê] [hình chữ U|thành nhóm], [lối đi|khoảng trống] [đủ rộng|ở giữa] [cho|để] [các hoạt động|trò chơi] [vận động|tập thể].",
            "[Lớp|{lopcn}] [có|được trang bị] [một|] [tủ|hộp] [đồ dùng chung|học liệu chung] [với|gồm] [bút màu, kéo, giấy A4, bảng con|thẻ từ, nam châm, bút dạ], [mỗi|từng] [ngăn|hộp] [dán|có] [nhãn|tên] [để|giúp] [các em|{hs}] [tự lấy|tự lấy và cất] [đúng chỗ|gọn gàng].",
            "[Môi trường|Không gian] [lớp học|học tập] [gọn gàng|ngăn nắp] và [mở|thân thiện] [giúp|làm] [các hoạt động|giờ học] [của {chude}|] [diễn ra|được tổ chức] [nhanh|thuận lợi] hơn, [tránh|không còn] [mất thời gian|cảnh lộn xộn] [khi|lúc] [chuyển|đổi] [hoạt động|hình thức].",
        ),
    )),
    ("[Thành lập|Duy trì] câu lạc bộ [và|,] [sân chơi|hoạt động] ngoại khóa [gắn với|hỗ trợ] {chude}", (
        (
            "[Với sự đồng ý của|Được sự ủng hộ của] Ban giám hiệu, tôi [thành lập|mở] [một|] câu lạc bộ [nhỏ|khoảng hai mươi em] [sinh hoạt|họp] [vào chiều thứ Sáu|hai tuần một lần], [nội dung|chương trình] [xoay quanh|gắn với] {mon}.",
            "[Mỗi buổi|Các buổi] [sinh hoạt|của câu lạc bộ] [có|gồm] [một|] [phần|tiết mục] [khởi động|trò chơi] [vui|ngắn], [một|] [phần|nội dung] [chính|chuyên đề] và [một|] [phần|mục] \"[ai giỏi hơn|thử thách]\" [để|cho] [các thành viên|{hs}] [thi đua|so tài].",
            "[Thành viên|Các em] [câu lạc bộ|] [về sau|dần dần] [trở thành|là] [những|] [hạt nhân|\"người truyền lửa\"] [trong lớp|ở các lớp], [giúp|hướng dẫn] [các bạn|bạn bè] [khi|mỗi khi] [gặp|có] [khó khăn|bài khó].",
        ),
        (
            "[Vào|Trong] [dịp|tuần] [kỉ niệm ngày thành lập Đội|chào mừng ngày 20/11], [lớp|tôi] [tổ chức|phát động] [một|] [sân chơi|cuộc thi] [mang tên|có tên] \"[Rung chuông vàng|Ai thông minh hơn]\" [với|gồm] [câu hỏi|nội dung] [lấy từ|liên quan đến] {mon}.",
            "[Các|Những] [câu hỏi|đề thi] [do|được] [chính|] {hs} [đề xuất|gửi] [qua|vào] [hòm thư|hộp thư] [của lớp|câu hỏi], [tôi|giáo viên] [chỉ|] [chọn lọc|biên tập] [lại|] [cho|để] [phù hợp|chính xác].",
            "[Không khí|Sân chơi] [sôi nổi|vui vẻ] [khiến|làm] [cả|những] [em|bạn] [vốn|thường] [ngại|ít] [phát biểu|nói] [cũng|] [hăng hái|tích cực] [tham gia|giơ bảng], [một|] [em|bạn] [đạt|giành] [giải nhất|vị trí cao nhất] [lại là|chính là] [em|bạn] [trước đây|đầu năm] [học|còn] [khá chậm|rất rụt rè].",
        ),
        (
            "[Tôi|Giáo viên] [xây dựng|lập] [trang|góc] \"[Em tìm hiểu|Bạn có biết]\" [trên|ở] [bảng tin|báo tường] [của lớp|], [mỗi tuần|hằng tuần] [một nhóm|một tổ] [chịu trách nhiệm|phụ trách] [tìm|sưu tầm] [thông tin|mẩu chuyện] [thú vị|hay] [gắn với|về] {mon}.",
            "[Nhóm|Tổ] [phụ trách|trực tuần] [trình bày|giới thiệu] [ngắn|trong năm phút] [vào|ở] [giờ sinh hoạt lớp|đầu buổi thứ Hai], [các bạn|cả lớp] [đặt câu hỏi|hỏi thêm] và [bình chọn|chấm] [bài|phần trình bày] [hay nhất|ấn tượng nhất] [tháng|].",
            "[Hoạt động|Việc] [này|làm ấy] [rèn|giúp] [cho|] {hs} [kĩ năng|thói quen] [tìm kiếm|tra cứu] [thông tin|tài liệu] [và|,] [nói|trình bày] [trước đám đông|trước lớp], [những|] [điều|kĩ năng] [mà|vốn] [trước đây|bình thường] [các em|] [rất|khá] [ngại|ít có dịp rèn].",
        ),
    )),
    ("Hình thành thói quen tự học [và|,] tự đánh giá [cho {hs}|] [trong {chude}|]", (
        (
            "Tôi [hướng dẫn|giới thiệu] [cho|] {hs} [một|] \"[nhật kí học tập|sổ tự học]\" [đơn giản|nhỏ]: [cuối mỗi ngày|mỗi tối], [các em|] [viết|ghi] [ba dòng|vài dòng]: hôm nay [em|] học được gì, [điều gì|chỗ nào] [còn khó|chưa hiểu], [ngày mai|tuần sau] [em|] [sẽ|định] [làm gì|cố gắng điều gì].",
            "[Tôi|Giáo viên] [đọc|xem] [nhật kí|sổ] [của|] [năm, sáu em|một tổ] [mỗi ngày|mỗi buổi] [theo|luân phiên] [vòng|lượt], [viết|ghi] [một|] [câu|lời] [trả lời|động viên] [ngắn|nhỏ] [bên cạnh|ở cuối trang] [để|cho] [các em|] [thấy|biết] [cô|thầy cô] [luôn|vẫn] [đọc|quan tâm].",
            "[Sau|Qua] [một|] [học kì|thời gian], [nhiều em|các em] [đã|] [biết|tự] [lập|đặt] [kế hoạch|mục tiêu] [nhỏ|cụ thể] [cho mình|cho bản thân] và [tự|chủ động] [hỏi|tìm đến] [cô|bạn] [khi|lúc] [chưa hiểu|vướng mắc] [thay vì|chứ không] [im lặng|giấu].",
        ),
        (
            "[Tôi|Giáo viên] [phát|in] [cho|] {hs} [một|] [bảng|phiếu] \"[tự đánh giá|em tự nhìn lại]\" [với|gồm] [các|những] [câu|mục] [như|kiểu] \"[Em đã làm hết bài chưa?|Em đã kiểm tra lại chưa?]\", \"[Em có giúp bạn không?|Em thấy mình cần cố gắng điều gì?]\", [để|cho] [các em|] [tự|] [đánh dấu|tô màu] [cuối|sau] [mỗi tuần|mỗi chủ đề].",
            "[Phiếu|Bảng] [của|] [từng em|mỗi em] [được|] [lưu|kẹp] [trong|vào] [một|] [tập|bìa] [hồ sơ|nhỏ] [riêng|cá nhân], [cuối tháng|sau một tháng] [các em|] [mở|giở] [ra|lại] [so sánh|xem lại] [để|và] [tự|] [thấy|nhận ra] [mình|bản thân] [đã|có] [thay đổi|tiến bộ] [thế nào|ra sao].",
            "[Khi|Lúc] [trò chuyện|trao đổi] [với|cùng] [từng em|{hs}], tôi [dựa vào|sử dụng] [chính|] [phiếu|bảng] [tự đánh giá|em tự nhìn lại] [đó|này] [để|nhằm] [gợi ý|giúp các em đặt] [mục tiêu|điều cần cố gắng] [tiếp theo|cho tuần tới], [các em|] [thấy|cảm thấy] [được|mình được] [tôn trọng|lắng nghe] [hơn|].",
        ),
        (
            "[Tôi|Giáo viên] [giao|ra] [bài tập|nhiệm vụ] [về nhà|ở nhà] [theo kiểu|dạng] \"[thực đơn|tự chọn]\": [mỗi tuần|hằng tuần] [có|gồm] [năm, sáu|sáu] [nhiệm vụ|việc] [ngắn|nhỏ] [liên quan đến|về] {mon}, {hs} [chọn|được chọn] [làm|hoàn thành] [ít nhất|tối thiểu] [ba|hai] [nhiệm vụ|việc].",
            "[Các em|{hs}] [tự|] [đánh dấu|ghi] [vào|lên] [bảng theo dõi|phiếu] [dán|để] [trong|ở] [vở|góc lớp] [những|các] [nhiệm vụ|việc] [đã làm|hoàn thành], [cuối tuần|thứ Sáu] [mang|nộp] [sản phẩm|bài] [đến lớp|cho cô] [để|và] [chia sẻ|trưng bày].",
            "[Được|Khi được] [tự chọn|quyền chọn], [các em|{hs}] [làm bài|học ở nhà] [tự giác|chủ động] [hơn|hơn hẳn], [ít|không còn] [em|bạn] [quên|bỏ] [bài|làm bài] [như|giống] [những tuần đầu|trước kia].",
        ),
    )),
    ("[Thiết kế|Tự làm] [phiếu học tập|học liệu] [và|,] đồ dùng [dạy học|trực quan] [phục vụ|cho] {chude}", (
        (
            "[Từ|Tận dụng] [những|các] [vật liệu|đồ] [sẵn có|bỏ đi] như [bìa các-tông, vỏ hộp sữa, nắp chai|lõi giấy vệ sinh, giấy báo cũ, que kem], tôi [cùng|và] [đồng nghiệp|{hs}] [làm|tạo ra] [một số|nhiều] [đồ dùng|học liệu] [phục vụ|dùng cho] {chude}.",
            "[Mỗi|Từng] [đồ dùng|học liệu] [được|] [làm|thiết kế] [sao cho|để] {hs} [cầm|thao tác] [được|trên đó] [trực tiếp|bằng tay], [không|chứ không] [chỉ|phải] [để|dành cho] [giáo viên|cô] [giơ lên|minh họa] [trên bục|trước lớp].",
            "[Đồ dùng|Bộ học liệu] [đã|] [được|] [mang|giới thiệu] [dự thi|tại] [hội thi đồ dùng dạy học tự làm|ngày hội đồ dùng] [cấp trường|của huyện] [và|,] [được|] [nhiều đồng nghiệp|các trường bạn] [mượn|xin mẫu] [để|về] [làm theo|sử dụng].",
        ),
        (
            "Tôi [soạn|thiết kế] [phiếu học tập|phiếu bài tập] [cho|dùng trong] {chude} [theo nguyên tắc|với quy ước] \"[một phiếu – một mục tiêu|ít chữ, nhiều hình]\": [mỗi phiếu|phiếu] [chỉ|] [tập trung|nhắm vào] [một|] [yêu cầu|kĩ năng], [có|kèm] [hình ảnh|ô trống] [để|cho] {hs} [điền|vẽ] [hoặc|,] [nối|khoanh].",
            "[Phiếu|Các phiếu] [được|] [in|ép] [plastic|nhựa] [để|nên] [dùng|có thể dùng] [bút dạ|bút lông] [viết|làm] [rồi|và] [xóa|lau] [đi|sạch] [dùng lại|cho lớp sau], [tiết kiệm|bớt] [giấy|chi phí] [in ấn|photo] [đáng kể|nhiều].",
            "[Sau|Cuối] [mỗi|từng] [học kì|đợt], tôi [xem lại|rà soát] [những|các] [phiếu|câu] [mà|nào] [nhiều em|đa số {hs}] [làm sai|vướng] [để|rồi] [sửa|điều chỉnh] [lời hướng dẫn|cách trình bày] [cho|sao cho] [dễ hiểu hơn|rõ hơn].",
        ),
        (
            "[Thư viện|Kho] [học liệu|đồ dùng] [của|cho] {chude} [được|] tôi [xây dựng|tích lũy] [dần|từng chút] [qua|trong] [mỗi|từng] năm học: [bộ|các] [thẻ từ|thẻ hình], [bảng|tranh] [gắn|dán] [nam châm|được], [trò chơi|bộ câu đố] [bằng giấy|in màu].",
            "[Mỗi|Từng] [bộ|món] [đều|] [có|kèm] [một|] [tờ|phiếu] [hướng dẫn|ghi chú] [ngắn|sử dụng] [dán|ở] [mặt sau|trên nắp hộp], [ghi|nêu] [dùng|dùng cho] [bài nào|hoạt động nào] và [lưu ý|cách chơi], [để|giúp] [đồng nghiệp|người khác] [mượn|dùng] [được|cũng dễ dùng].",
            "[Tổ|Tổ chuyên môn] [đã|] [đề nghị|thống nhất] [đặt|để] [kho|bộ] [học liệu|đồ dùng] [này|ấy] [ở|trong] [phòng|tủ] [chung|thiết bị] [của tổ|], [ai|giáo viên nào] [cần|dạy] [thì|có thể] [mượn|lấy dùng] [theo sổ|có ghi sổ].",
        ),
    )),
)

GENERIC_ADMIN: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("[Xây dựng|Ban hành] quy trình [nội bộ|công việc] [rõ ràng|cụ thể] [cho|trong] {chude}", (
        (
            "[Tôi|Bộ phận] [tham mưu|đề xuất] [lãnh đạo|thủ trưởng] [ban hành|xây dựng] [quy trình|sơ đồ quy trình] [với|gồm] [các bước|từng bước], [người thực hiện|người chịu trách nhiệm] và [thời hạn|thời gian] [cho từng bước|cụ thể].",
            "[Quy trình|Sơ đồ] [được|] [in|niêm yết] [và|,] [dán|treo] [tại|ở] [nơi làm việc|phòng làm việc] [để|giúp] [mọi người|cán bộ, công chức] [nắm rõ|thực hiện thống nhất], [tránh|hạn chế] [chồng chéo|đùn đẩy] [trách nhiệm|công việc].",
            "[Định kì|Sau mỗi quý], [quy trình|cách làm] [được|] [rà soát|đánh giá] [và|để] [điều chỉnh|sửa đổi] [cho phù hợp|kịp thời] [với|] [văn bản mới|thực tế công việc].",
        ),
        (
            "[Tôi|Bộ phận] [vẽ|lập] [lưu đồ|sơ đồ] [công việc|quy trình] [trên một trang A4|thật ngắn gọn], mỗi [ô|bước] [ghi|có] [rõ|] [ai làm|người làm], [làm gì|việc gì] và [trong bao lâu|hạn bao lâu], [tránh|không dùng] [văn bản|câu chữ] [dài dòng|rườm rà].",
            "[Bản|Sơ đồ] [quy trình|công việc] [được|] [gửi|chuyển] [đến|cho] [từng|các] [bộ phận|cá nhân] [liên quan|có trách nhiệm] [và|,] [lấy|xin] [ý kiến|góp ý] [trong|qua] [một|] [buổi|cuộc] [họp|giao ban] [trước khi|rồi mới] [trình|đề nghị] [lãnh đạo|thủ trưởng] [phê duyệt|ban hành].",
            "[Người mới|Cán bộ mới] [nhận việc|được phân công] [chỉ cần|chỉ phải] [đọc|xem] [sơ đồ|lưu đồ] [là|cũng] [nắm được|hiểu] [mình|phải] [làm gì|làm những gì], [không|chẳng] [còn|phải] [hỏi|dò hỏi] [từng người|nhiều nơi] [như trước|như trước kia].",
        ),
        (
            "[Để|Nhằm] [tránh|chấm dứt] [tình trạng|việc] [mỗi người|mỗi bộ phận] [làm|hiểu] [một kiểu|theo cách riêng], tôi [đề xuất|tham mưu] [xây dựng|soạn] [bộ|các] [biểu mẫu|mẫu văn bản] [dùng chung|thống nhất] [cho|trong] {chude}, [kèm|có] [hướng dẫn|ví dụ] [điền|ghi] [mẫu|cụ thể].",
            "[Mỗi|Từng] [biểu mẫu|mẫu] [được|] [đánh số|mã hóa] [theo|gắn với] [bước|công đoạn] [của quy trình|tương ứng], [lưu|để] [trong|ở] [thư mục|ổ đĩa] [chung|dùng chung] [trên mạng nội bộ|của cơ quan].",
            "[Từ khi|Sau khi] [có|áp dụng] [biểu mẫu|mẫu] [thống nhất|chung], [hồ sơ|văn bản] [trả lại|phải làm lại] [do|vì] [sai|thiếu] [thông tin|thể thức] [giảm|ít] [hẳn|hơn nhiều], [việc|công tác] [kiểm tra|rà soát] [cũng|] [nhanh hơn|thuận tiện hơn].",
        ),
    )),
    ("[Tăng cường|Đẩy mạnh] [ứng dụng|sử dụng] công nghệ thông tin [trong|vào] {chude}", (
        (
            "[Tôi|Bộ phận] [thiết kế|lập] [bảng tính|biểu mẫu] [trên Excel|dùng chung trên mạng nội bộ] [có|với] [công thức|hàm] [tự động|] [tính toán|tổng hợp] [và|,] [cảnh báo|báo đỏ] [khi|nếu] [số liệu|thời hạn] [bất thường|sắp đến].",
            "[Tài liệu|Hồ sơ] [được|] [lưu trữ|sắp xếp] [theo|trong] [thư mục|cây thư mục] [thống nhất|khoa học] [trên máy tính|trên ổ đĩa chung], [dễ|thuận tiện cho việc] [tìm kiếm|tra cứu] và [bàn giao|chia sẻ].",
            "[Thời gian|Công sức] [tổng hợp|lập] [báo cáo|số liệu] [hằng tháng|định kì] [giảm|rút ngắn] [đáng kể|rõ rệt], [độ chính xác|số liệu] [được|] [nâng cao|bảo đảm] [hơn|].",
        ),
        (
            "Tôi [tận dụng|khai thác] [các|những] [tính năng|chức năng] [có sẵn|miễn phí] của [Google Sheets|bảng tính trực tuyến] [để|nhằm] [nhiều người|các bộ phận] [cùng|có thể cùng] [cập nhật|nhập] [số liệu|thông tin] [một lúc|đồng thời] [mà|nhưng] [không|vẫn không] [bị|lo] [ghi đè|trùng lặp].",
            "[Mỗi|Từng] [người|bộ phận] [chỉ|] [được|] [phân quyền|cấp quyền] [sửa|chỉnh sửa] [phần|cột] [của mình|mình phụ trách], [các ô|ô] [tổng hợp|tính toán] [được|] [khóa|bảo vệ] [để|nhằm] [tránh|hạn chế] [sửa nhầm|vô tình xóa] [công thức|dữ liệu].",
            "[Báo cáo|Số liệu] [tổng hợp|cuối tháng] [được|] [xuất|in] [ra|từ] [bảng tính|bảng] [chỉ|] [trong|sau] [vài phút|ít phút], [không|chẳng] [còn|phải] [gọi điện|gửi thư] [đi|để] [đôn đốc|hỏi số liệu] [từng nơi|từng người] [như trước|].",
        ),
        (
            "[Tôi|Bộ phận] [chuyển|đưa] [việc|hoạt động] [trao đổi|gửi nhận] [công việc|văn bản] [từ|qua] [giấy tờ|sổ chuyển công văn] [sang|lên] [nhóm|kênh] [làm việc|trao đổi] [trên|qua] [Zalo|ứng dụng nhắn tin] [có|với] [quy ước|nguyên tắc] [rõ ràng|riêng].",
            "[Quy ước|Nguyên tắc] [gồm|là]: [mỗi tin nhắn|mỗi việc] [một|chỉ một] [nội dung|đầu việc], [ghi|nêu] [rõ|] [hạn|thời hạn] [xử lí|hoàn thành] và [người|ai] [chịu trách nhiệm|phụ trách]; [việc|nội dung] [quan trọng|chính thức] [vẫn|] [phải|được] [gửi|ban hành] [bằng|qua] [văn bản|hệ thống] [theo quy định|chính thức].",
            "[Nhờ|Với] [cách làm|quy ước] [này|đó], [thông tin|công việc] [được|] [truyền|chuyển] [đến|tới] [người|đúng người] [cần|nhận] [nhanh hơn|kịp thời], [ít|không còn] [tình trạng|cảnh] [\"tôi không nhận được\"|bỏ sót việc].",
        ),
    )),
    ("[Tự học|Bồi dưỡng] nghiệp vụ [và|,] [cập nhật|nắm vững] [văn bản|quy định] [mới|hiện hành] [liên quan đến|về] {chude}", (
        (
            "[Tôi|Bản thân tôi] [lập|xây dựng] [danh mục|tủ] văn bản [pháp luật|quy phạm] [liên quan|cần dùng] [và|,] [cập nhật|bổ sung] [ngay|kịp thời] [khi|mỗi khi] [có|ban hành] [văn bản mới|văn bản sửa đổi], [kèm|có] [ghi chú|tóm tắt] [điểm mới|nội dung thay đổi].",
            "[Tôi|Bản thân] [tích cực|chủ động] [tham gia|dự] [các lớp|lớp] [tập huấn|bồi dưỡng] [nghiệp vụ|] [do cấp trên tổ chức|] và [trao đổi|học hỏi] [kinh nghiệm|cách làm] [với|cùng] [đồng nghiệp|cán bộ] [ở|tại] [các đơn vị bạn|các xã bạn].",
        ),
        (
            "[Mỗi|Hằng] [tháng|quý], tôi [dành|tự dành] [một buổi|nửa ngày] [để|nhằm] [đọc|rà soát] [các|những] [văn bản|quy định] [mới|mới ban hành] [liên quan đến|về] {chude} [và|,] [tóm tắt|ghi lại] [những điểm|điểm] [thay đổi|mới] [trong|vào] [một|] [trang|tờ] [giấy|ghi chú] [ngắn|gọn].",
            "[Trang|Bản] [tóm tắt|ghi chú] [được|] [gửi|chia sẻ] [cho|với] [đồng nghiệp|các bộ phận] [có liên quan|cùng làm] [để|nhằm] [mọi người|cả cơ quan] [cùng|] [cập nhật|nắm bắt] [và|,] [thống nhất|áp dụng] [đúng|đồng bộ].",
            "[Những|Các] [chỗ|điểm] [chưa|còn] [rõ|vướng] [trong|của] [văn bản|quy định] [được|] tôi [hỏi|xin ý kiến] [cơ quan|bộ phận] [cấp trên|chuyên môn cấp trên] [bằng văn bản|qua điện thoại] [để|nhằm] [có|được] [hướng dẫn|câu trả lời] [chính thức|rõ ràng].",
        ),
        (
            "Tôi [tham gia|là thành viên] [một|] [nhóm|diễn đàn] [trao đổi|chia sẻ] [nghiệp vụ|chuyên môn] [của|giữa] [những người|cán bộ] [làm cùng|cùng làm] [công việc|lĩnh vực] [trong huyện|ở các đơn vị trong huyện], [nơi|ở đó] [mọi người|các thành viên] [hỏi|chia sẻ] [cách|kinh nghiệm] [xử lí|giải quyết] [tình huống|các trường hợp] [khó|phát sinh].",
            "[Những|Các] [tình huống|câu hỏi] [hay|điển hình] [được|] tôi [ghi|lưu] [lại|] [thành|vào] [một|] [tệp|sổ] \"[hỏi – đáp|tình huống nghiệp vụ]\" [theo|sắp xếp theo] [chủ đề|nhóm việc], [tiện|để] [tra cứu|tìm lại] [khi|lúc] [gặp lại|cần].",
            "[Nhờ vậy|Như vậy], [những|các] [vướng mắc|khó khăn] [thường gặp|quen thuộc] [được|] [giải quyết|xử lí] [nhanh hơn|trong thời gian ngắn], [không|chẳng] [phải|cần] [chờ|đợi] [công văn|ý kiến] [hướng dẫn|trả lời] [nhiều ngày|lâu].",
        ),
    )),
    ("[Nâng cao|Cải thiện] [tinh thần|thái độ] phục vụ [và|,] [kĩ năng giao tiếp|văn hóa công sở] [trong|khi thực hiện] {chude}", (
        (
            "[Tôi|Bộ phận] [luôn|] [niềm nở|tận tình] [hướng dẫn|giải đáp] [người dân|mọi người] [đến|khi đến] [liên hệ|làm việc], [giải thích|trả lời] [rõ ràng|cặn kẽ] [những thắc mắc|các vướng mắc] [bằng|với] [ngôn ngữ|lời lẽ] [dễ hiểu|gần gũi].",
            "[Hòm thư góp ý|Phiếu khảo sát] [và|,] [số điện thoại đường dây nóng|mã QR đánh giá] [được|] [đặt|niêm yết] [công khai|ở nơi dễ thấy] [để|nhằm] [tiếp nhận|ghi nhận] [ý kiến|phản ánh] [và|rồi] [khắc phục|điều chỉnh] [kịp thời|].",
        ),
        (
            "[Tôi|Bộ phận] [xây dựng|soạn] [một số|bộ] [câu|mẫu câu] [giao tiếp|trả lời] [chuẩn|mẫu] [cho|dùng trong] [những|các] [tình huống|trường hợp] [hay gặp|thường gặp] [như|kiểu] [hồ sơ thiếu giấy tờ|người đến hỏi lại nhiều lần|người đang bực bội], [để|giúp] [cán bộ|người tiếp nhận] [ứng xử|trả lời] [nhã nhặn|đúng mực].",
            "[Các mẫu câu|Bộ câu] [được|] [tập|luyện] [qua|bằng] [sắm vai|đóng vai] [trong|tại] [buổi|các buổi] [sinh hoạt|họp] [cơ quan|định kì], [mỗi người|mọi người] [thay phiên|lần lượt] [đóng vai|làm] [người dân|người đến làm việc] [khó tính|bức xúc].",
            "[Từ|Sau] [khi|lúc] [áp dụng|thực hiện], [số|lượng] [ý kiến|phản ánh] [không hài lòng|chưa hài lòng] [về|đối với] [thái độ|cách ứng xử] [của cán bộ|] [giảm|ít] [hẳn|rõ], [nhiều|một số] [người|người dân] [còn|] [gửi|viết] [lời|thư] [cảm ơn|khen].",
        ),
        (
            "[Tôi|Bộ phận] [bố trí|sắp xếp] [lại|] [khu vực|chỗ] [tiếp|đón] [người|người dân] [đến làm việc|đến liên hệ] [với|có] [ghế chờ|bàn viết], [nước uống|bình nước], [kính lúp|kính đọc sách] [cho|dành cho] [người cao tuổi|người lớn tuổi] và [bảng|tấm biển] [chỉ dẫn|hướng dẫn] [rõ ràng|dễ nhìn].",
            "[Với|Đối với] [người cao tuổi|người già], [người khuyết tật|người đi lại khó khăn], [cán bộ|tôi] [chủ động|sẵn sàng] [ra|đến] [tận|] [chỗ|nơi] [ngồi|người đó ngồi] [để|mà] [hướng dẫn|hỗ trợ], [có khi|nhiều khi] [ghi|điền] [giúp|hộ] [thông tin|mẫu] [vào|trên] [tờ khai|phiếu].",
            "[Những|Các] [việc làm|thay đổi] [nhỏ|đơn giản] [ấy|này] [không|chẳng] [tốn|mất] [nhiều|bao nhiêu] [kinh phí|chi phí] [nhưng|mà] [tạo|để lại] [ấn tượng|cảm giác] [gần gũi|thân thiện] [với|cho] [người đến|người dân].",
        ),
    )),
    ("[Tăng cường|Đẩy mạnh] phối hợp giữa các bộ phận [trong|khi thực hiện] {chude}", (
        (
            "[Tôi|Bộ phận] [đề xuất|tham mưu] [lập|xây dựng] [bảng|ma trận] [phân công|trách nhiệm] [ghi|nêu] [rõ|cụ thể] [bộ phận nào|ai] [chủ trì|chịu trách nhiệm chính], [bộ phận nào|ai] [phối hợp|hỗ trợ] [ở|trong] [từng|mỗi] [đầu việc|công việc] [của {chude}|].",
            "[Bảng|Ma trận] [phân công|trách nhiệm] [được|] [lãnh đạo|thủ trưởng] [kí|phê duyệt] [ban hành|] [và|rồi] [gửi|niêm yết] [đến|tại] [các|từng] [bộ phận|phòng], [khi có|nếu có] [việc|vấn đề] [phát sinh|mới] [thì|sẽ] [bổ sung|cập nhật] [ngay|kịp thời].",
            "[Tình trạng|Việc] [đùn đẩy|né tránh] [trách nhiệm|công việc] [giữa|của] [các|những] [bộ phận|cá nhân] [hầu như|gần như] [không còn|chấm dứt], [công việc|hồ sơ] [không|chẳng] [bị|còn] [dừng|nằm] [lại|chờ] [ở|tại] [khâu|bàn] [trung gian|nào].",
        ),
        (
            "[Mỗi|Vào] [sáng thứ Hai|đầu tuần], [các|những] [bộ phận|cán bộ] [liên quan|phụ trách] [đến|trong] {chude} [họp|giao ban] [nhanh|ngắn] [khoảng|chừng] [mười lăm|hai mươi] [phút|phút đứng] [để|nhằm] [rà|điểm] [lại|qua] [việc|công việc] [tuần trước|đã xong] và [thống nhất|phân công] [việc|nhiệm vụ] [tuần này|trong tuần].",
            "[Nội dung|Kết luận] [giao ban|của buổi họp] [được|] [ghi|tóm tắt] [ngắn gọn|thành vài dòng] [và|rồi] [gửi|đăng] [vào|lên] [nhóm|kênh] [chung|làm việc] [ngay|ngay sau] [trong buổi sáng|khi họp xong].",
            "[Những|Các] [vướng mắc|việc] [cần|phải] [phối hợp|giải quyết chung] [được|] [nêu|đưa] [ra|lên] [và|rồi] [xử lí|giải quyết] [ngay|luôn] [tại|trong] [buổi|cuộc] [giao ban|họp], [không|chẳng] [phải|cần] [chờ|đợi] [đến|tới] [cuộc họp|cuộc họp cơ quan] [cuối tháng|định kì].",
        ),
        (
            "Tôi [thiết kế|lập] [một|] [phiếu|mẫu] [\"chuyển giao công việc\"|phiếu giao nhận hồ sơ] [dùng|áp dụng] [khi|mỗi khi] [hồ sơ|việc] [chuyển|đi] [từ|qua] [bộ phận này|người này] [sang|tới] [bộ phận khác|người khác], [ghi|có] [ngày giờ|thời điểm] [nhận|giao], [người|ai] [giao|nhận] và [tình trạng|các giấy tờ kèm theo].",
            "[Phiếu|Mẫu] [được|] [lưu|kẹp] [kèm|cùng] [hồ sơ|tài liệu] [và|,] [bản|thông tin] [điện tử|tóm tắt] [được|] [nhập|cập nhật] [vào|trên] [bảng|sổ] [theo dõi|chung] [để|nhằm] [lãnh đạo|mọi người] [biết|thấy] [hồ sơ|việc] [đang|hiện] [nằm|ở] [ở đâu|chỗ nào].",
            "[Khi|Lúc] [có|xảy ra] [chậm trễ|trục trặc], [chỉ cần|chỉ] [xem|tra] [phiếu|sổ] [là|thì] [biết|xác định được] [ngay|] [khâu|chỗ] [nào|bị] [chậm|ách tắc] [để|mà] [xử lí|khắc phục], [không|chẳng] [còn|phải] [\"đổ lỗi\"|đổ trách nhiệm] [cho nhau|qua lại].",
        ),
    )),
    ("[Thực hiện|Duy trì] tự kiểm tra, rà soát [định kì|thường xuyên] [trong|đối với] {chude}", (
        (
            "Tôi [lập|xây dựng] [một|] [danh mục|bảng] [kiểm tra|tự kiểm tra] [gồm|với] [khoảng|chừng] [mười lăm|hai mươi] [điểm|mục] [cần|phải] [rà|soát] [cho|trong] {chude}, [mỗi|từng] [mục|điểm] [có|kèm] [căn cứ|trích dẫn] [quy định|văn bản] [tương ứng|liên quan].",
            "[Cuối|Vào cuối] [mỗi|từng] [tháng|quý], tôi [dành|bỏ ra] [một|] [buổi|ngày] [tự|] [đi|dò] [lại|] [từng|các] [mục|điểm] [trong|của] [danh mục|bảng] [và|rồi] [đánh dấu|ghi] [những|các] [chỗ|điểm] [chưa|còn] [đạt|thiếu] [để|và] [khắc phục|bổ sung] [ngay|trong tuần].",
            "[Nhờ|Với] [việc|cách] [tự|] [kiểm tra|rà soát] [đều đặn|thường xuyên], [các|những] [đợt|lần] [kiểm tra|thanh tra] [của|từ] [cấp trên|cơ quan chức năng] [đều|] [không|chẳng] [phát hiện|chỉ ra] [sai sót|thiếu sót] [lớn|đáng kể] [nào|].",
        ),
        (
            "[Tôi|Bộ phận] [đề xuất|tham mưu] [cơ chế|hình thức] \"[kiểm tra chéo|rà soát chéo]\": [người|cán bộ] [làm|thực hiện] [phần việc|khâu] [này|A] [kiểm tra|rà soát] [lại|] [kết quả|sản phẩm] [của|do] [người|cán bộ] [làm|thực hiện] [phần việc|khâu] [kia|B] [trước khi|rồi mới] [trình|gửi] [lãnh đạo|kí].",
            "[Việc|Mỗi lần] [kiểm tra|rà soát] [chéo|] [được|] [ghi|đánh dấu] [vào|trên] [phiếu|sổ] [kèm|với] [chữ kí|tên] [của|người] [người|] [kiểm tra|rà soát], [lỗi|sai sót] [phát hiện|tìm ra] [được|sẽ được] [thống kê|ghi lại] [theo|từng] [loại|nhóm] [để|nhằm] [rút kinh nghiệm|nhắc nhở chung].",
            "[Sau|Qua] [một|] [năm|thời gian] [áp dụng|thực hiện], [số|lượng] [văn bản|hồ sơ] [bị|phải] [trả lại|sửa lại] [giảm|ít] [rõ rệt|hẳn], [mọi người|cán bộ] [cũng|] [cẩn thận|chủ động kiểm tra] [hơn|hơn trước] [ngay từ|từ] [khâu|bước] [đầu|đầu tiên].",
        ),
        (
            "Tôi [dùng|lập] [một|] [sổ|tệp] \"[nhật kí sai sót|ghi nhận lỗi]\" [riêng|nhỏ], [hễ|mỗi khi] [phát hiện|gặp] [một|] [lỗi|sai sót] [dù nhỏ|nào] [trong|ở] {chude} [là|thì] [ghi|chép] [lại|] [nguyên nhân|lí do] và [cách|biện pháp] [sửa|khắc phục].",
            "[Cuối|Sau] [mỗi|từng] [quý|sáu tháng], tôi [đọc|xem] [lại|] [sổ|tệp] [để|nhằm] [tìm|nhận ra] [những|các] [lỗi|sai sót] [lặp lại|hay gặp], [từ đó|rồi] [sửa|điều chỉnh] [quy trình|biểu mẫu] [cho|để] [lỗi|sai sót] [ấy|đó] [không|khó] [xảy ra|tái diễn] [nữa|].",
            "[Sổ|Tệp] [nhật kí|ghi chép] [này|ấy] [cũng|] [là|trở thành] [tài liệu|tư liệu] [hữu ích|quý] [để|khi] [hướng dẫn|bàn giao cho] [người mới|đồng nghiệp mới], [giúp|để] [họ|người đó] [tránh|không mắc] [lại|] [những|các] [lỗi|sai sót] [mà|] [tôi|mình] [từng|đã] [gặp|mắc].",
        ),
    )),
    ("Công khai thông tin và [lấy ý kiến|tiếp nhận phản hồi] [về|trong] {chude}", (
        (
            "[Tôi|Bộ phận] [đề xuất|tham mưu] [niêm yết|công khai] [kết quả|tiến độ] [thực hiện|giải quyết] [công việc|{chude}] [tại|ở] [bảng tin|nơi làm việc] và [trên|qua] [trang thông tin điện tử|trang fanpage] [của đơn vị|cơ quan] [định kì|hằng tháng].",
            "[Bên cạnh|Kèm theo] [thông tin|bảng] [công khai|niêm yết] [có|là] [một|] [mã QR|đường liên kết] [dẫn|đến] [phiếu|biểu mẫu] [góp ý|lấy ý kiến] [trực tuyến|điện tử], [ai|người nào] [có|muốn] [ý kiến|phản ánh] [đều|đều có thể] [gửi|góp] [mà|] [không cần|chẳng cần] [để lại|ghi] [tên|danh tính].",
            "[Các|Những] [ý kiến|phản hồi] [nhận được|gửi về] [được|] tôi [tổng hợp|phân loại] [hằng tháng|mỗi tháng] [báo cáo|trình] [lãnh đạo|thủ trưởng] [và|,] [trả lời|phản hồi] [công khai|rõ ràng] [những|các] [nội dung|ý kiến] [đã|được] [tiếp thu|giải quyết].",
        ),
        (
            "[Mỗi|Hằng] [quý|sáu tháng], [đơn vị|cơ quan] [tổ chức|gửi] [phiếu khảo sát|phiếu lấy ý kiến] [ngắn|khoảng mười câu hỏi] [về|đánh giá] [mức độ|sự] [hài lòng|thuận tiện] [đối với|trong] {chude}, [phát|gửi] [cho|đến] [một số|khoảng năm mươi] [người|người dân, đồng nghiệp] [được chọn|ngẫu nhiên].",
            "[Kết quả|Số liệu] [khảo sát|thu được] [được|] tôi [nhập|tổng hợp] [vào|bằng] [bảng tính|Excel] [và|rồi] [vẽ|lập] [biểu đồ|bảng] [so sánh|đối chiếu] [giữa|qua] [các|những] [quý|kì], [để|giúp] [thấy|nhận ra] [rõ|] [điểm|mặt] [nào|nào đã] [tiến bộ|cải thiện], [điểm|mặt] [nào|nào còn] [cần|phải] [sửa|điều chỉnh].",
            "[Những|Các] [mặt|điểm] [bị|còn bị] [đánh giá|chấm] [thấp|chưa hài lòng] [được|] [đưa|đặt] [vào|thành] [nội dung|mục tiêu] [cải tiến|khắc phục] [của|trong] [quý|kì] [sau|tiếp theo], [có|kèm] [người|bộ phận] [phụ trách|chịu trách nhiệm] [cụ thể|rõ ràng].",
        ),
        (
            "[Những|Các] [thông tin|nội dung] [mà|] [mọi người|người dân, đồng nghiệp] [hay|thường] [hỏi|thắc mắc] [về|đến] {chude} [được|] tôi [tổng hợp|soạn] [thành|lại thành] [một|] [tờ|bản] \"[hỏi – đáp|những câu hỏi thường gặp]\" [ngắn gọn|dễ hiểu].",
            "[Tờ|Bản] [hỏi – đáp|câu hỏi thường gặp] [được|] [in|dán] [tại|ở] [nơi|chỗ] [làm việc|tiếp dân] [và|,] [đăng|chia sẻ] [lên|trên] [nhóm Zalo|trang thông tin] [của|] [cơ quan|đơn vị], [cập nhật|bổ sung] [mỗi|khi] [có|xuất hiện] [câu hỏi|thắc mắc] [mới|khác].",
            "[Số|Lượng] [cuộc gọi|lần] [hỏi|gọi điện hỏi] [lại|đi hỏi lại] [những|các] [điều|việc] [cơ bản|đơn giản] [giảm|ít] [đáng kể|hẳn], [cán bộ|tôi] [có|dành] [thêm|nhiều] [thời gian|thời giờ] [cho|để làm] [các|những] [việc|công việc] [chuyên môn|khác].",
        ),
    )),
    ("Sắp xếp nơi làm việc khoa học theo [phương pháp|mô hình] 5S [phục vụ|trong] {chude}", (
        (
            "[Tôi|Bộ phận] [áp dụng|thực hiện] [năm bước|năm chữ S] [sàng lọc, sắp xếp, sạch sẽ, săn sóc, sẵn sàng|của mô hình 5S] [tại|ở] [phòng làm việc|nơi làm việc], [bắt đầu|trước hết] [bằng|từ] [việc|] [loại bỏ|thanh lọc] [giấy tờ|tài liệu] [cũ|hết giá trị] [theo quy định|đúng thủ tục].",
            "[Tủ|Các tủ] [hồ sơ|tài liệu] [được|] [dán|gắn] [nhãn|tên] [theo|ghi] [năm|loại] [và|,] [màu|loại] [bìa|hộp] [khác nhau|riêng] [cho|với] [từng|mỗi] [nhóm|loại] [hồ sơ|công việc], [có|kèm] [sơ đồ|danh mục] [vị trí|sắp xếp] [dán|để] [ngay|ở] [cánh tủ|mặt ngoài tủ].",
            "[Thời gian|Việc] [tìm|lấy] [một|] [hồ sơ|tài liệu] [giảm|rút ngắn] [từ|] [vài chục phút|hàng chục phút] [xuống|còn] [vài phút|một, hai phút], [phòng|nơi] [làm việc|] [gọn gàng|thoáng] [và|,] [sạch sẽ|ngăn nắp] [hơn|hẳn].",
        ),
        (
            "[Mỗi|Vào] [chiều thứ Sáu|cuối tuần], [mọi người|cán bộ] [trong|ở] [phòng|bộ phận] [dành|bỏ ra] [mười lăm phút|nửa giờ] [cuối|trước khi về] [để|nhằm] [sắp xếp|dọn dẹp] [lại|] [bàn|chỗ] [làm việc|] [và|,] [cất|đưa] [hồ sơ|tài liệu] [về|vào] [đúng|] [chỗ|vị trí] [quy định|].",
            "[Máy tính|Ổ đĩa máy tính] [cũng|] [được|] [\"dọn dẹp\"|sắp xếp] [theo|như] [cách|nguyên tắc] [đó|tương tự]: [tệp|tài liệu] [được|] [đặt tên|lưu] [theo|với] [quy ước|cấu trúc] [thống nhất|chung] \"[năm – loại – nội dung|ngày – việc – người làm]\", [tệp|bản] [nháp|cũ] [được|] [xóa|chuyển] [đi|vào thư mục lưu trữ].",
            "[Những|Các] [thay đổi|việc làm] [này|ấy] [tuy|dù] [nhỏ|đơn giản] [nhưng|mà] [giúp|làm cho] [công việc|việc tìm kiếm] [trôi chảy|nhanh] [hơn|hẳn], [khi|lúc] [người khác|đồng nghiệp] [cần|làm thay] [cũng|vẫn] [dễ dàng|nhanh chóng] [tìm được|tìm thấy] [tài liệu|hồ sơ].",
        ),
        (
            "[Tôi|Bộ phận] [đề xuất|xin] [lãnh đạo|thủ trưởng] [cho|] [mua sắm|trang bị] [một số|vài] [dụng cụ|vật dụng] [đơn giản|rẻ tiền] như [hộp|kệ] [đựng hồ sơ|để tài liệu], [nhãn dán|giấy nhãn], [bìa|cặp] [nhiều màu|các màu], [tổng|với] [kinh phí|chi phí] [không đáng kể|chỉ vài trăm nghìn đồng].",
            "[Khu vực|Chỗ] [làm việc|] [được|] [phân|chia] [thành|ra] [các|những] [vùng|khu] [rõ ràng|riêng]: [hồ sơ|việc] [đang xử lí|đang làm], [hồ sơ|việc] [chờ|chờ kí], [hồ sơ|việc] [đã xong|hoàn thành], [mỗi|từng] [vùng|khu] [một|có] [khay|hộp] [riêng|màu khác].",
            "[Nhìn vào|Chỉ cần nhìn] [các|những] [khay|hộp] [là|thì] [biết|thấy] [ngay|] [việc|hồ sơ] [nào|gì] [đang|còn] [tồn|chậm], [lãnh đạo|người phụ trách] [có thể|dễ dàng] [đôn đốc|kiểm tra] [mà|] [không|chẳng] [cần|phải] [hỏi|đi hỏi] [từng người|từng việc].",
        ),
    )),
)


# Preschool teachers write about "trẻ", corners, play and families, not lessons and tests.
GENERIC_PRESCHOOL: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("[Phối hợp|Tăng cường phối hợp] với [phụ huynh|gia đình trẻ] [trong|để nâng cao hiệu quả] {chude}", (
        (
            "[Ngay từ đầu năm học|Trong buổi họp phụ huynh đầu năm], tôi [chia sẻ|trao đổi] [với phụ huynh|với các gia đình] [mục tiêu và cách làm của lớp|kế hoạch của lớp] về {chude}, [để gia đình hiểu và cùng thực hiện ở nhà|mong bố mẹ cùng đồng hành với cô].",
            "[Hằng tuần|Cuối mỗi tuần], [tôi gửi vào nhóm Zalo của lớp|cô đăng lên nhóm Zalo] [vài hình ảnh, đoạn video ngắn|những khoảnh khắc của trẻ] [kèm gợi ý một việc nhỏ bố mẹ có thể làm cùng con|và một gợi ý để gia đình làm tiếp ở nhà].",
            "[Phụ huynh phản hồi tích cực|Nhiều gia đình hưởng ứng], [có nhà gửi lại video con làm ở nhà|không ít bố mẹ chia sẻ lại việc con làm được], [nhờ vậy những gì trẻ học ở lớp được duy trì ở gia đình|việc ở lớp và ở nhà được nối liền].",
        ),
        (
            "[Tôi làm|Lớp có] [một cuốn \"sổ bé ngoan\" đi theo trẻ về nhà|sổ liên lạc hai chiều bằng giấy], [cô ghi một điều trẻ làm tốt trong ngày|mỗi ngày cô viết một dòng về con], [phụ huynh ghi lại việc con làm ở nhà|bố mẹ viết phản hồi ở dòng dưới].",
            "[Với những gia đình bận rộn|Với các phụ huynh đi làm xa, gửi con cho ông bà], [tôi gọi điện trao đổi vào buổi tối|tôi trò chuyện qua điện thoại] [mỗi tháng một lần|khi cần], [nói chuyện bằng ngôn ngữ giản dị|để ông bà cũng nắm được cách làm].",
            "[Sự phối hợp đều đặn|Nhờ liên lạc thường xuyên] [giúp tôi hiểu thêm thói quen của trẻ ở nhà|cho cô biết thêm về từng bé], [và gia đình cũng tin tưởng hơn|phụ huynh thêm tin tưởng] [vào cách cô chăm sóc, giáo dục con|vào lớp học của con].",
        ),
        (
            "[Tôi mời phụ huynh tham gia|Phụ huynh được mời cùng tham gia] [một buổi hoạt động ở lớp|các ngày hội của lớp] [như ngày hội \"Bé và gia đình\"|như buổi \"Bố mẹ cùng bé vui chơi\"], [để tận mắt thấy con học như thế nào|để biết con ở lớp ra sao].",
            "[Các bố mẹ|Phụ huynh] [cùng con làm đồ chơi, kể chuyện, hát|cùng trẻ tham gia trò chơi], [tôi giới thiệu ngắn gọn mục đích của mỗi hoạt động|cô giải thích vì sao chọn trò chơi ấy] [để phụ huynh về nhà làm theo|để gia đình có thể làm lại ở nhà].",
            "[Sau buổi ấy|Nhiều phụ huynh sau đó] [chủ động hỏi cô cách dạy con|thường xuyên trao đổi với cô hơn], [có gia đình còn góp nguyên vật liệu cho lớp|có gia đình còn tự nguyện góp đồ dùng cho lớp].",
        ),
    )),
    ("[Xây dựng|Tạo] môi trường [lớp học|hoạt động] [và các góc chơi|phong phú] [phục vụ|hỗ trợ] {chude}", (
        (
            "[Tôi bố trí lại các góc trong lớp|Các góc chơi được sắp xếp lại] [theo chủ đề từng tháng|để thay đổi theo chủ đề], [đồ dùng đặt ở kệ thấp|mọi thứ để vừa tầm tay trẻ] [để trẻ tự lấy, tự cất|cho trẻ tự lấy mà không cần nhờ cô].",
            "[Trên tường|Ở các mảng tường], [tôi dành chỗ trưng bày sản phẩm của trẻ|có khu vực dán tranh, sản phẩm của các bé], [thay vì tranh in sẵn|chứ không chỉ treo tranh mua sẵn], [bé nào cũng có sản phẩm được trưng bày|ai cũng có một góc của mình].",
            "[Lớp học có dấu ấn của chính trẻ|Môi trường như vậy] [khiến trẻ hào hứng vào góc chơi|làm trẻ thích đến lớp hơn], [và tôi dễ lồng ghép {chude} vào giờ chơi|và {chude} được thực hiện nhẹ nhàng qua giờ chơi].",
        ),
        (
            "[Hành lang trước lớp|Khoảng sân nhỏ trước cửa lớp] [được tôi tận dụng làm|được tôi biến thành] [góc thiên nhiên với chậu cây, bể cá nhỏ|góc trải nghiệm với cát, nước, sỏi], [nơi trẻ được quan sát và chơi ngoài giờ học|để trẻ chơi tự do].",
            "[Mỗi góc|Ở mỗi khu vực] [có kí hiệu bằng hình vẽ|được đánh dấu bằng tranh], [số trẻ chơi cùng lúc được giới hạn bằng số vòng đeo|trẻ lấy vòng đeo tay để vào góc], [nên trẻ tự biết góc nào còn chỗ|vì vậy không xảy ra tranh giành].",
            "[Trẻ có thêm nhiều cơ hội|Các bé có thêm nhiều dịp] [tự khám phá, trò chuyện cùng bạn|để nói, làm và chơi cùng nhau], [những bé nhút nhát cũng tìm được góc mình thích|kể cả những bé ít hòa đồng].",
        ),
        (
            "[Tôi cùng đồng nghiệp trong khối|Các cô trong khối] [thống nhất làm một số góc dùng chung|tận dụng phòng trống làm phòng chơi chung], [mỗi lớp luân phiên sử dụng theo lịch|các lớp thay phiên đưa trẻ sang chơi].",
            "[Đồ dùng ở góc chung|Đồ chơi ở đây] [được góp từ các lớp|do các lớp cùng góp] [và thay đổi theo tháng|và được làm mới thường xuyên], [nên trẻ không thấy nhàm chán|giúp trẻ luôn thấy mới lạ].",
            "[Cách làm này|Việc dùng chung] [tiết kiệm kinh phí|đỡ tốn kém] mà [trẻ lại được chơi với bạn lớp khác|trẻ còn được giao lưu với các bạn lớp bên], [điều rất có ích cho trẻ|góp phần làm phong phú hoạt động của lớp].",
        ),
    )),
    ("[Tận dụng|Sử dụng] nguyên vật liệu [sẵn có|mở] [làm đồ dùng, đồ chơi|tạo học liệu] [phục vụ|cho] {chude}", (
        (
            "[Tôi cùng phụ huynh|Cô và các gia đình] [thu gom|sưu tầm] [vỏ hộp sữa, lõi giấy, nắp chai, vải vụn|những vật liệu bỏ đi quanh nhà] [để làm đồ chơi cho lớp|làm thành đồ dùng học tập].",
            "[Từ những chiếc nắp chai|Với nắp chai và vỏ hộp], [tôi làm bộ đồ chơi đếm, xếp hình, xâu dây|cô tạo ra bộ học liệu cho trẻ xếp, đếm, phân loại], [mỗi món có thể chơi theo nhiều cách|có thể dùng cho nhiều hoạt động khác nhau].",
            "[Đồ chơi tự làm|Học liệu từ vật liệu mở] [rẻ, an toàn và dễ thay mới|vừa tiết kiệm vừa dễ làm lại], [trẻ còn được tham gia làm cùng cô|các bé cũng được góp tay làm], [nên rất quý đồ chơi của lớp|nên biết giữ gìn hơn].",
        ),
        (
            "[Mỗi tháng|Đầu mỗi chủ đề] [lớp có \"ngày hội tái chế\"|tôi tổ chức một buổi làm đồ chơi], [trẻ mang từ nhà một món đồ bỏ đi|các bé mang theo một vật liệu cũ] [như chai nhựa, hộp giấy, cúc áo|như ống hút, bìa lịch, que kem].",
            "[Cô gợi ý|Tôi hướng dẫn] [cách biến chúng thành đồ chơi|trẻ cùng nghĩ cách tạo ra đồ chơi], [như chai nhựa thành chiếc lắc, hộp giấy thành ô tô|chẳng hạn bìa lịch thành thẻ tranh, que kem thành con rối], [trẻ tự trang trí sản phẩm của mình|các bé tô màu, dán trang trí].",
            "[Sản phẩm được đưa vào các góc chơi|Đồ chơi các bé làm được dùng ngay ở góc chơi], [trẻ hào hứng giới thiệu \"đồ chơi của con\" với bạn|bé nào cũng tự hào khoe sản phẩm], [đồng thời có thêm ý thức giữ gìn môi trường|và học được thói quen không vứt bỏ đồ cũ].",
        ),
        (
            "[Tôi tham gia hội thi đồ dùng đồ chơi tự làm|Với hội thi làm đồ dùng của trường], [tôi làm bộ học liệu|tôi thiết kế một bộ đồ chơi] [phục vụ {chude}|dùng cho {chude}] [bằng gỗ vụn và vải nỉ|từ bìa cứng và xốp màu].",
            "[Bộ đồ chơi|Sản phẩm] [có thể chơi theo nhiều mức|có cách chơi dễ và khó] [để dùng cho cả trẻ nhỏ và trẻ lớn|phù hợp với nhiều độ tuổi], [kèm hướng dẫn cách chơi dán ở mặt sau|có hướng dẫn để đồng nghiệp dùng chung].",
            "[Sau hội thi|Được nhà trường đánh giá cao], [bộ đồ chơi được làm thêm cho các lớp cùng khối|nhiều lớp mượn để dùng], [giúp các lớp có thêm học liệu phong phú|góp phần làm phong phú học liệu của trường].",
        ),
    )),
    ("[Lồng ghép|Tích hợp] {chude} [vào|trong] các hoạt động [trong ngày|hằng ngày]", (
        (
            "[Ngoài hoạt động học có chủ đích|Không chỉ trong giờ học], [tôi lồng ghép {chude}|{chude} được lồng ghép] [vào giờ đón trẻ, giờ ăn, giờ chơi|vào mọi thời điểm trong ngày], [vì trẻ học qua trải nghiệm hằng ngày là chính|vì trẻ học nhiều nhất qua sinh hoạt].",
            "[Chẳng hạn|Ví dụ], [trong giờ ăn|lúc chia cơm], [tôi trò chuyện về món ăn|cô hỏi trẻ về màu sắc, mùi vị món ăn]; [giờ dạo chơi|khi ra sân], [trẻ quan sát cây cối, thời tiết|cô cho trẻ quan sát và nói về những gì nhìn thấy].",
            "[Cách làm này|Việc lồng ghép] [không tốn thêm thời gian|không làm tăng thời lượng], [mà trẻ được luyện tập nhiều lần mỗi ngày|nhưng trẻ được lặp lại thường xuyên], [nên tiến bộ đều và bền|kết quả vì thế bền vững hơn].",
        ),
        (
            "[Khi lập kế hoạch tuần|Trong kế hoạch giáo dục hằng tuần], [tôi đánh dấu những thời điểm|tôi xác định trước các hoạt động] [có thể lồng ghép {chude}|phù hợp để tích hợp {chude}], [ghi rõ việc cô sẽ làm|kèm việc cụ thể cần làm].",
            "[Giờ hoạt động chiều|Buổi chiều], [tôi ôn lại nội dung buổi sáng|cô cho trẻ chơi lại trò chơi buổi sáng] [bằng hình thức khác|theo cách mới], [như kể chuyện, chơi trò chơi dân gian|như hát, đọc đồng dao, chơi vận động].",
            "[Nhờ có kế hoạch cụ thể|Khi được tính trước], [việc lồng ghép không bị tùy tiện|việc tích hợp diễn ra đều đặn], [và đồng nghiệp dự giờ cũng dễ theo dõi|ban giám hiệu kiểm tra cũng đánh giá tốt].",
        ),
        (
            "[Trong các ngày lễ, hội của trường|Vào những dịp lễ như Tết Trung thu, Tết Nguyên đán], [tôi lồng ghép {chude}|cô đưa {chude}] [vào các hoạt động chuẩn bị|vào việc chuẩn bị cho ngày hội] [như làm đèn lồng, gói bánh|như trang trí lớp, tập văn nghệ].",
            "[Trẻ vừa vui chơi|Các bé vừa tham gia lễ hội] [vừa được thực hành|vừa được luyện tập] [những điều đã học|những gì cô đã dạy] [trong không khí vui tươi|một cách tự nhiên].",
            "[Những dịp như vậy|Các ngày hội] [để lại ấn tượng sâu với trẻ|giúp trẻ nhớ lâu], [phụ huynh đến dự cũng thấy rõ sự tiến bộ của con|gia đình dự lễ cũng nhận ra con tự tin hơn].",
        ),
    )),
    ("[Tự bồi dưỡng|Bồi dưỡng] [chuyên môn|kĩ năng] [và học hỏi|, học hỏi] [đồng nghiệp|kinh nghiệm] [về|để làm tốt] {chude}", (
        (
            "[Tôi tìm đọc|Tôi dành thời gian nghiên cứu] [tài liệu hướng dẫn của Bộ, của Phòng Giáo dục|các tài liệu chuyên môn giáo dục mầm non] [về {chude}|liên quan đến {chude}], [ghi chép những cách làm phù hợp với lớp mình|chọn những gợi ý phù hợp với trẻ lớp mình].",
            "[Tôi đăng kí dự giờ|Tôi xin dự hoạt động] [các đồng nghiệp có kinh nghiệm trong trường|ở lớp của những cô dạy giỏi], [và mời tổ chuyên môn dự giờ góp ý cho mình|đồng thời nhờ tổ trưởng góp ý cho giờ dạy của mình] [mỗi tháng một lần|định kì].",
            "[Những góp ý thẳng thắn|Các buổi dự giờ, trao đổi] [giúp tôi điều chỉnh cách tổ chức|cho tôi thấy chỗ cần thay đổi], [như giảm lời giảng của cô, tăng thời gian trẻ được làm|như để trẻ nói nhiều hơn cô].",
        ),
        (
            "[Tôi tham gia|Tôi là thành viên] [nhóm giáo viên mầm non trên mạng xã hội|các diễn đàn chuyên môn của giáo viên mầm non] [để học hỏi ý tưởng|để tham khảo cách làm] [từ đồng nghiệp khắp nơi|của đồng nghiệp các tỉnh].",
            "[Không phải ý tưởng nào cũng dùng được ngay|Nhiều ý tưởng hay nhưng chưa hợp với lớp], [tôi thử ở quy mô nhỏ với một nhóm trẻ|tôi áp dụng thử với vài bé trước], [điều chỉnh cho hợp với trẻ vùng nông thôn|chỉnh lại theo điều kiện của trường] [rồi mới áp dụng cả lớp|trước khi triển khai rộng].",
            "[Những cách làm hiệu quả|Các kinh nghiệm đã thử] [được tôi chia sẻ lại trong buổi sinh hoạt chuyên môn|được trình bày trong họp tổ], [để các lớp khác cùng áp dụng|để cả khối cùng tham khảo].",
        ),
        (
            "[Tôi tham gia đầy đủ|Tôi dự đủ] [các lớp bồi dưỡng thường xuyên|các chuyên đề do Phòng Giáo dục tổ chức], [chú ý nhất đến|trong đó có] [những nội dung về {chude}|mô-đun liên quan đến {chude}].",
            "[Sau mỗi đợt bồi dưỡng|Học xong mỗi chuyên đề], [tôi viết lại một trang \"điều có thể làm ngay\"|tôi ghi lại những việc có thể áp dụng ngay] [và thử trong tuần kế tiếp|rồi đưa vào kế hoạch tuần sau].",
            "[Nhờ vậy|Cách học như thế] [những gì học được không nằm trên giấy|giúp kiến thức bồi dưỡng đi vào thực tế], [giờ hoạt động của lớp|các hoạt động của lớp] [ngày càng nhẹ nhàng, hiệu quả hơn|được đồng nghiệp đánh giá tiến bộ].",
        ),
    )),
    ("[Ứng dụng|Sử dụng] công nghệ thông tin [phù hợp với trẻ {lop}|một cách hợp lí] [trong|khi thực hiện] {chude}", (
        (
            "[Tôi sưu tầm|Tôi chọn lọc] [video, hình ảnh sinh động|những đoạn phim ngắn] [về thế giới xung quanh|liên quan đến chủ đề], [mỗi đoạn chỉ dài một, hai phút|độ dài không quá hai phút] [để trẻ không xem màn hình quá lâu|để thời gian dùng màn hình phù hợp với trẻ].",
            "[Sau khi xem|Xem xong], [tôi tắt màn hình|cô tắt ti vi] và [trò chuyện với trẻ về những gì vừa thấy|cho trẻ kể lại, làm lại điều vừa xem], [vì màn hình chỉ là điểm khởi đầu|để hoạt động chính vẫn là trẻ nói và làm].",
            "[Những hình ảnh trực quan|Video ngắn] [giúp trẻ hiểu nhanh những điều khó thấy ngoài thực tế|cho trẻ thấy những thứ không mang vào lớp được], [như con vật ở rừng, phương tiện giao thông lạ|như đáy biển, núi lửa hay sân bay].",
        ),
        (
            "[Tôi tự thiết kế|Tôi soạn] [trò chơi trên máy tính bằng PowerPoint|bài giảng điện tử có trò chơi tương tác] [với hình ảnh to, màu sắc tươi sáng|có âm thanh vui nhộn], [trẻ lên chạm màn hình để chọn đáp án|các bé lần lượt lên chọn hình đúng].",
            "[Mỗi trò chơi|Một lượt chơi] [chỉ kéo dài năm, bảy phút|diễn ra rất ngắn] [ở cuối hoạt động|vào phần củng cố], [xen kẽ với trò chơi vận động|sau đó trẻ lại chơi với đồ vật thật].",
            "[Trẻ rất hứng thú|Các bé hào hứng] [khi thấy hình ảnh chuyển động, tiếng vỗ tay khi chọn đúng|với những phần thưởng hình ngôi sao trên màn hình], [giờ học sôi nổi hơn|và nhớ nội dung tốt hơn].",
        ),
        (
            "[Tôi dùng nhóm Zalo của lớp|Qua mạng xã hội của lớp], [gửi cho phụ huynh những video ngắn|tôi chia sẻ với gia đình các clip] [quay cảnh trẻ tham gia hoạt động|ghi lại hoạt động của các con] [kèm gợi ý để bố mẹ trò chuyện với con|cùng câu hỏi để bố mẹ hỏi con].",
            "[Phụ huynh xem cùng con|Bố mẹ cùng con xem lại] [và hỏi con về hoạt động ở lớp|rồi để con kể lại], [nhiều gia đình nhắn lại câu trả lời ngộ nghĩnh của con|có nhà gửi lại video con kể chuyện].",
            "[Công nghệ được dùng như vậy|Cách dùng này] [làm cầu nối giữa lớp và gia đình|giúp gia đình hiểu việc học của con], [chứ không thay thế hoạt động trực tiếp của trẻ|mà không làm trẻ phụ thuộc vào màn hình].",
        ),
    )),
    ("[Quan sát|Theo dõi], đánh giá sự tiến bộ của trẻ [thường xuyên|qua từng giai đoạn] [trong|khi thực hiện] {chude}", (
        (
            "[Tôi lập sổ theo dõi|Mỗi trẻ có một trang theo dõi] [trong đó ghi những biểu hiện cụ thể|ghi những việc trẻ làm được] [theo từng tháng|sau mỗi chủ đề], [dựa trên các chỉ số trong chương trình|bám theo mục tiêu của độ tuổi].",
            "[Tôi ghi ngắn gọn|Những ghi chép rất ngắn], [như \"bé đã tự kể được câu chuyện ba câu\", \"bé chủ động chào cô\"|chỉ một dòng về điều mới trẻ làm được], [ngay trong ngày khi còn nhớ rõ|vào cuối buổi].",
            "[Sổ theo dõi|Những ghi chép ấy] [giúp tôi biết trẻ nào cần hỗ trợ thêm|cho thấy bé nào đang chậm hơn bạn], [và là căn cứ khi trao đổi với phụ huynh|đồng thời là tư liệu để nói chuyện với gia đình].",
        ),
        (
            "[Mỗi bé có một \"hồ sơ sản phẩm\"|Tôi lưu sản phẩm của trẻ] [là một túi nhựa đựng tranh vẽ, sản phẩm|trong một cặp hồ sơ có tên bé], [sắp theo thời gian|xếp theo tháng] [để thấy rõ sự thay đổi|để so sánh qua các tháng].",
            "[Cuối học kì|Cuối mỗi giai đoạn], [tôi cùng trẻ xem lại hồ sơ|cô và bé cùng lật lại các sản phẩm], [bé tự chỉ ra bức tranh mình thích nhất|trẻ kể về sản phẩm đầu tiên và gần nhất của mình].",
            "[Phụ huynh được xem hồ sơ của con|Hồ sơ được gửi cho gia đình xem] [trong buổi họp cuối kì|khi họp phụ huynh], [nhiều gia đình bất ngờ vì con tiến bộ|ai cũng thấy rõ con đã lớn lên từng ngày].",
        ),
        (
            "[Tôi dùng điện thoại|Tôi tranh thủ] [ghi lại những đoạn video ngắn|chụp ảnh, quay phim] [khi trẻ tham gia hoạt động|trong các thời điểm khác nhau của năm học], [vào đầu năm, giữa năm và cuối năm|ở ba thời điểm trong năm] [để đối chiếu|để so sánh sự thay đổi của trẻ].",
            "[Khi xem lại|Đặt các đoạn video cạnh nhau], [tôi nhận ra những điều khó thấy hằng ngày|tôi thấy rõ sự tiến bộ], [như bé từng đứng nép sau lưng bạn nay đã xung phong|như bé trước đây chỉ nói vài từ nay kể được cả câu chuyện].",
            "[Việc quan sát có ghi lại|Cách đánh giá bằng hình ảnh] [giúp tôi điều chỉnh kế hoạch cho sát với từng trẻ|cho tôi căn cứ để thay đổi cách hỗ trợ từng bé], [thay vì đánh giá theo cảm tính|không phải dựa vào cảm nhận].",
        ),
    )),
    ("[Khen ngợi, động viên|Động viên, khích lệ] trẻ [kịp thời|đúng lúc] [để|nhằm] [tạo hứng thú|giúp trẻ tự tin] [trong|khi tham gia] {chude}", (
        (
            "[Tôi khen trẻ cụ thể|Cô khen trẻ bằng những lời cụ thể], [như \"Con xếp được cái tháp cao quá\"|như \"Hôm nay con tự rửa tay sạch lắm\"], [thay vì chỉ nói \"giỏi lắm\"|chứ không khen chung chung], [để trẻ biết mình làm tốt điều gì|cho bé biết điều nào đáng được khen].",
            "[Với những bé còn rụt rè|Đối với các bé nhút nhát], [tôi khen ngay cả khi bé mới cố gắng một chút|cô ghi nhận từng nỗ lực nhỏ], [như lần đầu giơ tay hay lần đầu nói trước lớp|như lúc bé dám đứng lên trả lời].",
            "[Những lời khen đúng lúc|Sự động viên kịp thời] [giúp trẻ tự tin thử những việc khó hơn|làm trẻ mạnh dạn hơn rõ rệt], [không khí lớp học cũng vui vẻ, thân thiện|lớp học vì thế luôn vui vẻ].",
        ),
        (
            "[Lớp có bảng \"bé chăm, bé ngoan\"|Tôi làm một bảng khen thưởng] [với hình ảnh từng bé|có ảnh của mỗi trẻ], [mỗi ngày trẻ được gắn thêm hoa, sao|các bé nhận hoa] [cho những việc làm tốt|khi có tiến bộ].",
            "[Cuối tuần|Chiều thứ Sáu], [cả lớp cùng đếm hoa|cô và trẻ cùng xem bảng], [bé nào có tiến bộ được mời lên nhận phiếu bé ngoan|những bé có cố gắng được tuyên dương trước lớp], [không so sánh bé này với bé khác|không đem các bé ra so sánh với nhau].",
            "[Phụ huynh đón con|Bố mẹ đến đón] [nhìn thấy bảng khen cũng động viên con|thấy tên con trên bảng rất vui], [trẻ về nhà hào hứng kể|các bé về khoe với gia đình], [điều tạo thêm động lực cho ngày hôm sau|nên hôm sau lại cố gắng hơn].",
        ),
        (
            "[Bên cạnh lời khen|Tôi dùng những cử chỉ yêu thương], [cô còn ôm, đập tay, giơ ngón cái với trẻ|như ôm, xoa đầu, đập tay với trẻ] [khi trẻ hoàn thành một việc|mỗi khi bé làm được điều mới], [vì trẻ nhỏ cảm nhận tình cảm rất rõ|vì với trẻ nhỏ cử chỉ ấy nhiều khi ý nghĩa hơn lời nói].",
            "[Khi trẻ chưa làm được|Lúc bé làm chưa đúng], [tôi không chê trước lớp|cô không phê bình trước các bạn] [mà nhẹ nhàng làm mẫu lại|mà hướng dẫn lại riêng cho bé], [rồi khen ngay khi bé làm lại đúng|và ghi nhận ngay khi bé tiến bộ].",
            "[Được đối xử nhẹ nhàng như vậy|Trẻ cảm thấy an toàn và được yêu thương], [các bé mạnh dạn tham gia hoạt động|nên không còn sợ sai], [kể cả những bé mới đi học còn hay khóc|cả những bé trước đây hay khóc nhè].",
        ),
    )),
)

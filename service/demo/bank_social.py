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
                    (
                        "[Mở đầu|Đầu] [mỗi bài|tiết học], tôi [kể|dẫn] [một câu chuyện|một giai thoại] [ngắn|hấp dẫn] [về|liên quan đến] [nhân vật|sự kiện] [trong bài|của bài học] [để|nhằm] [gây tò mò|khơi gợi sự tò mò] [cho {hs}|].",
                        "Ví dụ, [khi dạy|với] {vd}, [tôi|giáo viên] [kể|kể lại] [câu chuyện|chi tiết] [về|như] [cách|] [bố trí trận địa cọc|những chiến sĩ kéo pháo vào trận địa] [bằng|với] [giọng kể|lời kể] [truyền cảm|sinh động].",
                        "{hs} [được|] [khuyến khích|giao nhiệm vụ] [sưu tầm|tìm đọc] [câu chuyện|mẩu chuyện] [lịch sử|] [và|để] [kể lại|chia sẻ] [trước lớp|đầu giờ] [vào tiết sau|].",
                    ),
                    (
                        "[Mở đầu bài về chiến thắng Bạch Đằng|Khi dạy trận Bạch Đằng năm 938], tôi [kể chuyện Ngô Quyền cho quân đóng cọc gỗ đầu bịt sắt|kể lại mưu kế cắm cọc dưới lòng sông] [rồi dừng lại hỏi \"Vì sao phải chờ nước triều lên?\"|và để học sinh đoán bước tiếp theo].",
                        "[Học sinh tranh luận sôi nổi|Các em đưa ra nhiều dự đoán] [trước khi xem lược đồ diễn biến|rồi mới đọc sách để kiểm chứng].",
                        "[Câu chuyện kể hấp dẫn|Lối vào bài bằng câu chuyện] [khiến cả lớp chú ý ngay từ phút đầu|làm các em háo hức tìm hiểu bài].",
                    ),
                    (
                        "Tôi [sưu tầm những giai thoại ngắn|chuẩn bị một mẩu chuyện nhỏ] [về nhân vật của bài|gắn với sự kiện], [như chuyện Trần Quốc Toản bóp nát quả cam|như chuyện Lê Lợi nhận gươm thần], [kể trong hai, ba phút|kể ngắn gọn đầu giờ].",
                        "[Sau câu chuyện|Kể xong], [tôi nói rõ đâu là sự thật lịch sử, đâu là truyền thuyết|học sinh được phân biệt chi tiết lịch sử và chi tiết dân gian].",
                        "[Các em thích thú|Học sinh nhớ bài lâu] [và biết nhìn câu chuyện bằng con mắt của người học sử|và hiểu giá trị của truyền thuyết].",
                    ),
                )),
                ("[Tổ chức|Thiết kế] [trò chơi|hoạt động sắm vai] [lịch sử|] [trong|khi] [củng cố bài|ôn tập]", (
                    (
                        "[Cuối|Sau] [mỗi bài|mỗi chủ đề], tôi [tổ chức|cho {hs} tham gia] {hd} [với|gồm] [câu hỏi|nội dung] [về|xoay quanh] [sự kiện, nhân vật, mốc thời gian|nội dung] [vừa học|đã học].",
                        "[Các nhóm|{hs}] [chuẩn bị|xây dựng] [kịch bản|tiểu phẩm] [ngắn|khoảng năm phút] [tái hiện|về] [sự kiện|nhân vật] [lịch sử|] [và|rồi] [biểu diễn|trình bày] [trước lớp|trong tiết ôn tập].",
                        "[Qua|Thông qua] [việc|] [nhập vai|đóng vai], [các em|{hs}] [hiểu|cảm nhận] [sâu sắc hơn|rõ hơn] [bối cảnh|hoàn cảnh] [và|,] [ghi nhớ|nhớ] [sự kiện|kiến thức] [lâu hơn|một cách tự nhiên].",
                    ),
                    (
                        "[Cuối bài|Phần củng cố], tôi [tổ chức trò \"Ai là nhân vật?\"|cho học sinh chơi đoán nhân vật]: [tôi đọc ba gợi ý, từ khó đến dễ|một bạn mô tả nhân vật bằng ba câu], [đội nào đoán đúng sớm được nhiều điểm|các đội đoán tên].",
                        "[Các gợi ý|Câu gợi ý] [xoay quanh chiến công, câu nói nổi tiếng|gồm sự kiện, thời gian, câu nói] [của nhân vật|gắn với bài vừa học].",
                        "[Trò chơi ngắn|Hoạt động] [giúp các em ôn bài vui vẻ|khiến giờ ôn tập sôi nổi].",
                    ),
                    (
                        "[Với bài về Hội nghị Diên Hồng|Khi học về các hội nghị lịch sử], [học sinh sắm vai các bô lão và vua Trần|các nhóm dựng lại cảnh hội nghị] [dựa trên tư liệu trong sách|với lời thoại tự viết].",
                        "[Các nhóm diễn khoảng năm phút|Mỗi nhóm biểu diễn ngắn], [cả lớp nhận xét về tính chính xác lịch sử|các bạn góp ý chi tiết].",
                        "[Sắm vai|Nhập vai nhân vật] [giúp học sinh hiểu tinh thần của thời đại|làm các em xúc động và nhớ bài].",
                    ),
                )),
                ("[Sử dụng|Khai thác] [tư liệu|phim tư liệu, tranh ảnh] và [trục thời gian|sơ đồ] [trong|khi] [dạy học|giảng bài]", (
                    (
                        "[Tôi|Giáo viên] [chọn lọc|cắt ghép] [đoạn phim tư liệu|hình ảnh tư liệu] [ngắn|dài hai đến ba phút] [để|nhằm] [minh họa|làm rõ] [sự kiện|nội dung] [chính|trọng tâm] [của bài|].",
                        "{hs} [cùng|được hướng dẫn] [vẽ|lập] [trục thời gian|đường thời gian] [các sự kiện|những sự kiện chính] [của|trong] [giai đoạn|chương] [và|,] [dán|treo] [ở|trên] [góc lịch sử|tường lớp học].",
                        "[Trục thời gian|Sơ đồ] [giúp|giúp cho] [các em|{hs}] [thấy|nhìn thấy] [mối liên hệ|trình tự] [giữa các sự kiện|] [thay vì|chứ không] [học thuộc|nhớ] [rời rạc|từng mốc một cách máy móc].",
                    ),
                    (
                        "Tôi [dùng đoạn phim tư liệu ngắn|chiếu video tư liệu] [khoảng ba phút|có hình ảnh thật] [về chiến dịch Điện Biên Phủ|về sự kiện của bài], [kèm phiếu câu hỏi|với câu hỏi định hướng].",
                        "[Học sinh xem và ghi chép|Các em vừa xem vừa trả lời] [những chi tiết quan trọng|các câu hỏi trên phiếu].",
                        "[Hình ảnh tư liệu|Phim tư liệu] [tạo ấn tượng mạnh hơn lời kể|khiến sự kiện trở nên sống động].",
                    ),
                    (
                        "[Tôi dựng trục thời gian lớn|Lớp có một trục thời gian dài] [dọc tường lớp|ở phía sau lớp], [mỗi bài học xong|sau từng bài], [học sinh dán thêm sự kiện|các em gắn thẻ sự kiện lên trục].",
                        "[Nhìn trục thời gian|Qua trục thời gian], [các em thấy mối liên hệ giữa các sự kiện|học sinh nhận ra trình tự lịch sử].",
                        "[Trục thời gian|Công cụ trực quan] [giúp ôn tập hiệu quả|giúp các em không nhầm mốc thời gian].",
                    ),
                )),
                ("[Tổ chức học tập trải nghiệm|Gắn bài học] [tại di tích|với nhà truyền thống] [ở địa phương|của xã]", (
                    (
                        "[Phối hợp|Kết hợp] [với|cùng] [Đoàn, Đội|nhà trường], [tôi|giáo viên] [tổ chức|đưa] {hs} [tham quan|đến thăm] [đền thờ, nhà bia tưởng niệm|nghĩa trang liệt sĩ, di tích] [ở xã {xa}|của địa phương] [kết hợp|và] [học tập|tìm hiểu].",
                        "[Trước chuyến đi|Trước khi đi], [các nhóm|{hs}] [nhận|được giao] [phiếu nhiệm vụ|câu hỏi tìm hiểu]; [sau chuyến đi|khi về], [các nhóm|các em] [làm|thiết kế] [báo tường|bài thu hoạch|video giới thiệu] [về di tích|].",
                        "[Hoạt động|Chuyến đi] [giúp|khiến] {hs} [thấy|nhận ra] [lịch sử|kiến thức] [gần gũi|gắn với quê hương], [từ đó|qua đó] [thêm|bồi đắp] [yêu quý|tự hào về] [quê hương|truyền thống].",
                    ),
                    (
                        "Tôi [tổ chức cho học sinh tham quan đình làng|đưa lớp đến nhà truyền thống của xã] [để tìm hiểu lịch sử địa phương|gắn với bài học], [mỗi nhóm có phiếu nhiệm vụ|các em ghi chép theo phiếu].",
                        "[Học sinh hỏi chuyện các cụ cao tuổi|Các em nghe người trông coi di tích kể chuyện] [về lịch sử làng|về những người con của quê hương].",
                        "[Chuyến tham quan|Hoạt động trải nghiệm] [giúp các em yêu quê hương|khiến lịch sử trở nên gần gũi].",
                    ),
                    (
                        "[Khi không thể đi tham quan|Với những di tích ở xa], [tôi dùng tham quan ảo|tôi cho xem hình ảnh, video 360 độ] [về Hoàng thành Thăng Long|về các di tích lớn].",
                        "[Học sinh \"đi\" qua từng khu|Các em khám phá] [và trả lời câu hỏi|theo hướng dẫn].",
                        "[Tham quan ảo|Công nghệ] [giúp các em tiếp cận di tích|mở rộng hiểu biết].",
                    ),
                )),
                ("Dạy học [qua nhân vật lịch sử|bằng \"hồ sơ nhân vật\"] [để {hs} hiểu sự kiện|cho {hs}]", (
                    (
                        "[Mỗi nhóm được giao|Các nhóm nhận] [một nhân vật lịch sử|một danh nhân] [như Trần Hưng Đạo, Quang Trung, Võ Thị Sáu|gắn với bài học], [lập \"hồ sơ nhân vật\"|làm hồ sơ] [gồm tiểu sử, chiến công, câu nói nổi tiếng|với ảnh và thông tin chính].",
                        "[Các nhóm trình bày hồ sơ|Học sinh giới thiệu nhân vật] [trước lớp|bằng áp phích], [các bạn đặt câu hỏi|cả lớp hỏi thêm].",
                        "[Học qua nhân vật|Tìm hiểu danh nhân] [giúp các em nhớ sự kiện gắn với con người|khơi gợi lòng tự hào dân tộc].",
                    ),
                    (
                        "Tôi [tổ chức \"phỏng vấn nhân vật lịch sử\"|cho học sinh đóng vai phóng viên]: [một em nhập vai nhân vật|một bạn đóng vai danh nhân], [các bạn đặt câu hỏi|cả lớp phỏng vấn] [về quyết định, khó khăn của nhân vật|về sự kiện].",
                        "[Người nhập vai|Bạn đóng vai] [phải trả lời đúng lịch sử|chuẩn bị kĩ kiến thức].",
                        "[Hoạt động|Phỏng vấn] [giúp các em hiểu sâu|khiến giờ học sinh động].",
                    ),
                    (
                        "[Góc \"Danh nhân đất Việt\"|Bảng tin lớp] [giới thiệu một nhân vật mỗi tuần|được cập nhật thường xuyên], [do các nhóm thay nhau phụ trách|học sinh tự sưu tầm].",
                        "[Các em đọc vào giờ ra chơi|Học sinh đọc và thảo luận].",
                        "[Góc danh nhân|Hoạt động] [mở rộng hiểu biết|tạo thói quen tìm hiểu lịch sử].",
                    ),
                )),
                ("Tổ chức [dự án|hoạt động] [làm báo tường, triển lãm|sản phẩm] [về lịch sử|theo chủ đề]", (
                    (
                        "[Vào dịp 22/12|Nhân ngày kỉ niệm], [các nhóm làm báo tường|học sinh thực hiện dự án] [về chủ đề lịch sử|như \"Những chiến thắng vẻ vang\"].",
                        "[Các em sưu tầm tranh ảnh, bài viết|Học sinh tìm tư liệu] [và trình bày|rồi thiết kế báo].",
                        "[Báo tường|Sản phẩm] [được trưng bày|được chấm giải], [giúp lan tỏa tình yêu lịch sử|tạo hứng thú].",
                    ),
                    (
                        "Tôi [tổ chức triển lãm \"Hiện vật lịch sử gia đình em\"|mời học sinh mang kỉ vật gia đình] [như huân chương, thư cũ, ảnh xưa|để giới thiệu].",
                        "[Các em kể câu chuyện sau hiện vật|Học sinh chia sẻ câu chuyện] [do ông bà kể lại|về gia đình].",
                        "[Triển lãm|Hoạt động] [xúc động|gắn lịch sử với gia đình].",
                    ),
                    (
                        "[Các nhóm làm video|Học sinh thực hiện clip] [giới thiệu một sự kiện|về lịch sử địa phương], [chiếu trước lớp|trong giờ học].",
                        "[Video hay|Sản phẩm tốt] [được chia sẻ|được đăng lên trang trường].",
                        "[Làm video|Dự án] [phát huy sáng tạo|giúp các em tự học lịch sử].",
                    ),
                )),
                ("Sử dụng [lược đồ diễn biến|bản đồ động] [để dạy các trận đánh|trong bài lịch sử]", (
                    (
                        "[Lược đồ diễn biến|Bản đồ trận đánh] [được tôi làm hiệu ứng mũi tên xuất hiện theo từng giai đoạn|được trình chiếu từng bước], [học sinh theo dõi và kể lại diễn biến|các em trình bày theo lược đồ].",
                        "[Sau đó|Cuối bài], [các em tự vẽ lược đồ đơn giản vào vở|học sinh vẽ lại với kí hiệu], [nhớ diễn biến lâu hơn|ít nhầm thứ tự sự kiện].",
                    ),
                    (
                        "[Tôi dùng bản đồ động trên máy chiếu|Các hiệu ứng trình chiếu] [để mô tả cuộc hành quân|minh họa diễn biến], [học sinh theo dõi|các em quan sát].",
                        "[Các nhóm dựng sa bàn bằng đất nặn, cát|Học sinh làm mô hình trận đánh] [theo lược đồ trong sách|mô phỏng địa hình], [thuyết trình trên sa bàn|trình bày trước lớp].",
                        "[Sa bàn|Mô hình] [tạo ấn tượng mạnh|giúp các em hiểu vì sao quân ta chọn địa điểm đó].",
                    ),
                    (
                        "[Các nhóm dùng mô hình|Học sinh dựng sa bàn] [bằng đất nặn, cát|đơn giản] [để mô phỏng trận đánh|theo bài học].",
                        "[Tôi phát lược đồ trống|Học sinh nhận lược đồ câm] [để các em tự điền hướng tiến quân, địa danh|sau khi học], [rồi đối chiếu với lược đồ mẫu|để kiểm tra].",
                        "[Bài tập lược đồ|Hoạt động] [giúp củng cố kiến thức|rèn kĩ năng sử dụng bản đồ lịch sử].",
                    ),
                )),
                ("Liên hệ lịch sử [với thời sự, ngày kỉ niệm|với đời sống hiện nay] [trong giờ học|cho {hs}]", (
                    (
                        "[Vào các ngày lễ lớn|Nhân ngày kỉ niệm], [tôi dành năm phút đầu giờ để học sinh kể ý nghĩa ngày lễ|các em chia sẻ điều mình biết về sự kiện], [và liên hệ với hoạt động kỉ niệm ở địa phương|và nêu cách địa phương tổ chức kỉ niệm].",
                        "[Học sinh|Các em] [thấy lịch sử gần gũi|hiểu vì sao cần ghi nhớ].",
                    ),
                    (
                        "[Tôi chọn bài báo|Giáo viên đưa tin thời sự] [về phát hiện khảo cổ mới, về chủ quyền biển đảo|liên quan bài học], [học sinh đọc và thảo luận|các em bàn luận].",
                        "[Các em nhận ra|Học sinh thấy] [lịch sử vẫn đang được khám phá|mối liên hệ giữa quá khứ và hiện tại].",
                    ),
                    (
                        "[Cuối bài|Kết thúc bài học], [tôi hỏi \"Bài học từ sự kiện này với chúng ta hôm nay là gì?\"|học sinh viết đoạn ngắn liên hệ bản thân], [những đoạn hay được đọc trước lớp|bài viết tốt được chia sẻ].",
                        "[Liên hệ|Suy nghĩ] [giúp các em hiểu giá trị lịch sử|góp phần giáo dục truyền thống].",
                    ),
                )),
                ("Phỏng vấn [nhân chứng lịch sử|cựu chiến binh] [ở địa phương|cho {hs}]", (
                    (
                        "[Tôi mời một bác cựu chiến binh|Một cựu chiến binh của xã] [đến kể chuyện|giao lưu với lớp] [về những năm tháng chiến đấu|về kỉ niệm chiến trường].",
                        "[Học sinh chuẩn bị câu hỏi từ trước|Các em soạn sẵn câu hỏi] [như \"Bác nhớ nhất kỉ niệm nào?\"|về cuộc sống thời chiến], [ghi chép và viết bài thu hoạch|rồi viết cảm nghĩ].",
                        "[Buổi giao lưu|Câu chuyện của bác cựu chiến binh] [để lại ấn tượng sâu sắc|khiến nhiều em xúc động], [các em hiểu giá trị của hòa bình|giúp bài học lịch sử thêm sống động].",
                    ),
                    (
                        "[Học sinh về nhà phỏng vấn ông bà|Các em hỏi chuyện người thân] [về cuộc sống thời bao cấp, thời chiến tranh|về ngày xưa], [ghi lại thành bài viết|trình bày trước lớp].",
                        "[Những câu chuyện gia đình|Bài phỏng vấn] [giúp các em hiểu lịch sử qua người thân|gắn kết các thế hệ].",
                    ),
                    (
                        "[Vào dịp 27/7|Nhân ngày Thương binh – Liệt sĩ], [lớp đến thăm Mẹ Việt Nam anh hùng trong xã|học sinh thăm gia đình chính sách], [nghe kể chuyện, tặng quà|dọn dẹp nhà cửa].",
                        "[Các em ghi lại cảm nghĩ|Học sinh viết bài thu hoạch], [bài học về lòng biết ơn thấm thía|giúp hiểu lịch sử qua con người thật].",
                    ),
                )),
                ("Đánh giá [bằng sản phẩm|qua dự án] [thay vì học thuộc lòng|cho {hs}]", (
                    (
                        "[Tôi thay một phần bài kiểm tra|Giáo viên đánh giá một số bài] [bằng sản phẩm như sơ đồ tư duy, áp phích, thư gửi nhân vật|bằng dự án nhỏ], [học sinh được chọn hình thức phù hợp|theo sở thích].",
                        "[Đánh giá bằng sản phẩm|Hình thức này] [giảm áp lực học thuộc|khuyến khích sáng tạo], [nhiều em yếu môn Sử lại làm sản phẩm rất tốt|phát huy thế mạnh khác nhau].",
                    ),
                    (
                        "[Đề kiểm tra|Bài kiểm tra] [có câu hỏi mở|yêu cầu giải thích, đánh giá] [như \"Vì sao cuộc khởi nghĩa thắng lợi?\"|thay vì chỉ hỏi ngày tháng].",
                        "[Học sinh trình bày suy nghĩ|Các em lập luận], [rèn tư duy lịch sử|hạn chế học vẹt].",
                    ),
                    (
                        "[Sản phẩm của các nhóm|Bài dự án] [được chấm theo tiêu chí công bố trước|được học sinh đánh giá chéo], [có phiếu nhận xét|tôi tổng hợp và nhận xét].",
                        "[Cách đánh giá|Hoạt động] [công bằng, minh bạch|giúp các em học hỏi lẫn nhau].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [hướng dẫn|dạy] {hs} [đọc|đọc kĩ] [tên bản đồ, chú giải, tỉ lệ và phương hướng|tên và chú giải] [trước khi|rồi mới] [khai thác|tìm] [nội dung|đối tượng] [trên bản đồ|].",
                        "{hs} [thực hành|luyện] [xác định|tìm] [vị trí|các đối tượng] [như|] [sông, núi, thành phố, vùng kinh tế|tỉnh, thành phố, nhà máy thủy điện] [trên|bằng] {dc} [và|rồi] [lên chỉ|chỉ] [trên bản đồ treo tường|trước lớp].",
                        "[Tôi|Giáo viên] [lưu ý|nhắc] [các em|{hs}] [cách|] [chỉ bản đồ|dùng que chỉ] [đúng|đúng quy cách]: [chỉ|đối với sông thì chỉ] [từ thượng nguồn đến cửa sông|theo ranh giới bao quanh vùng].",
                    ),
                    (
                        "Tôi [hướng dẫn đọc bản đồ theo bốn bước|dạy học sinh quy trình đọc bản đồ]: [đọc tên, xem chú giải, xác định phương hướng, tìm đối tượng|tên bản đồ – kí hiệu – tỉ lệ – nội dung].",
                        "[Các em luyện|Học sinh thực hành] [với bản đồ hành chính|trên bản đồ tỉnh mình].",
                        "[Quy trình|Các bước] [giúp đọc bản đồ có hệ thống|tránh bỏ sót thông tin].",
                    ),
                    (
                        "[Với kí hiệu bản đồ|Khi dạy chú giải], [tôi làm thẻ kí hiệu|học sinh làm thẻ], [mặt trước kí hiệu, mặt sau ý nghĩa|để đố nhau].",
                        "[Các em chơi theo cặp|Học sinh luyện tập] [trong vài phút|đầu giờ].",
                        "[Thẻ kí hiệu|Trò chơi] [giúp nhớ nhanh|làm quen bản đồ].",
                    ),
                )),
                ("[Hệ thống|Xây dựng] [câu hỏi|bài tập] [khai thác|sử dụng] Atlat [theo chủ đề|theo từng bài]", (
                    (
                        "[Với|Trong] [mỗi bài|từng bài], [tôi|giáo viên] [chỉ rõ|hướng dẫn] [trang Atlat|trang] [cần dùng|tương ứng] [và|,] [xây dựng|đặt] [câu hỏi|hệ thống câu hỏi] [để|cho] {hs} [tìm|trả lời] [trực tiếp|] [trên Atlat|].",
                        "[Các em|{hs}] [được|] [luyện|hướng dẫn] [kết hợp|sử dụng kết hợp] [nhiều trang|các trang] Atlat [để|nhằm] [giải thích|lí giải] [sự phân bố|đặc điểm] [của|] [dân cư, nông nghiệp, công nghiệp|các ngành kinh tế].",
                        "[Trong|Ở] [các bài kiểm tra|đề kiểm tra], [tôi|giáo viên] [luôn|thường xuyên] [có|đưa] [câu hỏi|phần] [sử dụng Atlat|khai thác Atlat] [để|nhằm] [hình thành|tạo] [thói quen|kĩ năng] [cho các em|].",
                    ),
                    (
                        "[Bộ câu hỏi|Bài tập Atlat] [được chia theo từng trang Atlat và từng mức độ|có gợi ý số trang], [học sinh luyện trong giờ và ở nhà|các em tự tra].",
                        "[Sau một thời gian|Dần dần], [học sinh tra Atlat nhanh và đúng|các em làm tốt câu hỏi Atlat trong đề kiểm tra].",
                    ),
                    (
                        "[Các nhóm thi tra Atlat nhanh|Tôi tổ chức thi tìm thông tin trên Atlat], [nhóm nào tìm đúng trước được điểm|đội nhanh thắng], [không khí rất sôi nổi|tạo hứng thú].",
                        "[Thi đua|Trò chơi] [giúp học sinh quen Atlat|rèn phản xạ tra cứu].",
                    ),
                )),
                ("[Sử dụng|Kết hợp] [bản đồ số|Google Earth] và [lược đồ trống|bản đồ câm] trong dạy học", (
                    (
                        "[Tôi|Giáo viên] [dùng|sử dụng] Google Earth [để|nhằm] [đưa|giúp] {hs} [\"bay\" đến|quan sát] [các địa danh|vùng miền] [trong bài|], [phóng to|xem] [địa hình|cảnh quan] [một cách|] [trực quan|sinh động].",
                        "{hs} [được|] [phát|nhận] [lược đồ trống|bản đồ câm] [và|để] [điền|tự điền] [tên|] [các đối tượng|địa danh] [đã học|] [rồi|sau đó] [đối chiếu|so sánh] [với|] [bản đồ|Atlat].",
                        "[Hình thức|Hoạt động] [này|] [vừa|giúp] [kiểm tra|củng cố] [kiến thức|] [vừa|lại] [rèn|phát triển] [khả năng|kĩ năng] [định hướng không gian|tư duy không gian] [cho các em|].",
                    ),
                    (
                        "Tôi [dùng Google Earth|sử dụng bản đồ số] [để bay đến địa danh|để quan sát thực tế], [như vịnh Hạ Long, đồng bằng sông Cửu Long|các vùng trong bài].",
                        "[Học sinh quan sát địa hình thật trên Google Earth|Các em \"bay\" đến vùng đang học], [thấy núi, sông, đồng bằng rõ ràng|hình dung cảnh quan], [rồi đối chiếu với bản đồ trong sách|và nhận xét].",
                        "[Bản đồ số|Hình ảnh vệ tinh] [làm bài học sinh động|giúp các em hiểu kí hiệu bản đồ].",
                    ),
                    (
                        "[Sau khi học|Cuối bài], [học sinh điền lược đồ trống tên sông, núi, thành phố|các em hoàn thành bản đồ câm], [rồi đổi chéo kiểm tra|giáo viên chấm nhanh theo đáp án].",
                        "[Lược đồ trống|Bài tập] [giúp nhớ vị trí|củng cố kiến thức].",
                    ),
                )),
                ("[Dùng|Khai thác] [bản đồ tư duy|sơ đồ] [tổng hợp kiến thức|ôn tập] [theo vùng, miền|trong Địa lí]", (
                    (
                        "[Sau mỗi vùng kinh tế|Khi học xong một vùng], [học sinh vẽ bản đồ tư duy|các nhóm vẽ sơ đồ] [gồm vị trí, điều kiện tự nhiên, dân cư, kinh tế|theo các nhánh chính], [có gắn lược đồ nhỏ ở giữa|kèm hình ảnh].",
                        "[Học sinh vẽ sơ đồ đường từ nhà đến trường|Các em vẽ bản đồ xóm mình] [có hướng bắc, kí hiệu và chú giải|theo đúng quy ước], [rồi giới thiệu trước lớp|trình bày cho bạn].",
                        "[Vẽ bản đồ nơi mình sống|Hoạt động] [giúp các em hiểu cách lập bản đồ|gắn kiến thức với thực tế].",
                    ),
                    (
                        "[Tôi phát sơ đồ \"khuyết\"|Học sinh nhận sơ đồ còn trống] [chỉ có khung chính|thiếu nhiều nhánh], [các em tự điền|hoàn thành] [rồi đối chiếu với sơ đồ mẫu|để kiểm tra].",
                        "[Các nhóm đo và vẽ bản đồ khuôn viên trường|Học sinh vẽ sơ đồ trường] [theo tỉ lệ|với kí hiệu tự thiết kế], [bản đẹp nhất được treo ở cổng trường|sản phẩm được dùng thật].",
                        "[Học sinh|Các em] [tự hào|hiểu tỉ lệ bản đồ].",
                    ),
                    (
                        "[Các nhóm so sánh sơ đồ của hai vùng|Học sinh đặt hai sơ đồ cạnh nhau] [để tìm điểm giống, khác|để so sánh thế mạnh], [rồi giải thích nguyên nhân|và lí giải].",
                        "[Học sinh vẽ bản đồ tư duy về tỉnh mình|Các em làm bản đồ giới thiệu quê hương] [với đặc sản, danh lam|có tranh minh họa].",
                        "[Sản phẩm|Bản đồ] [được trưng bày|giúp các em yêu quê hương].",
                    ),
                )),
                ("Hướng dẫn {hs} [tự vẽ bản đồ|vẽ sơ đồ] [trường học, thôn xóm|nơi mình sống]", (
                    (
                        "Tôi [giao cho học sinh vẽ sơ đồ đường từ nhà đến trường|cho các em vẽ bản đồ xóm], [có kí hiệu và chú giải|với hướng bắc].",
                        "[Các đội lên chỉ nhanh địa danh trên bản đồ treo tường|Học sinh thi chỉ bản đồ], [đội đúng và nhanh được điểm|đội thắng được khen], [không khí sôi nổi|rất vui].",
                        "[Trò chơi|Thi đua] [giúp các em nhớ vị trí địa danh|giúp ôn bài hiệu quả].",
                    ),
                    (
                        "[Các nhóm vẽ bản đồ khuôn viên trường|Học sinh đo và vẽ] [theo tỉ lệ|với kí hiệu].",
                        "[Trong trò \"du lịch qua bản đồ\"|Khi chơi hành trình], [các nhóm lên kế hoạch chuyến đi qua nhiều tỉnh|học sinh chọn tuyến đường], [tính quãng đường và giới thiệu điểm dừng|kể lại chuyến đi].",
                        "[Trò chơi|Hoạt động] [gắn kiến thức với thực tế|rất thú vị].",
                    ),
                    (
                        "[Học sinh vẽ bản đồ tư duy|Các em vẽ bản đồ] [về tỉnh mình|với đặc sản, danh lam], [trang trí sinh động|bằng tranh].",
                        "[Ô chữ địa lí|Trò chơi ô chữ] [với từ khóa là tên địa danh|được dùng cuối giờ], [học sinh giải và chỉ vị trí trên bản đồ|các em tìm từ].",
                        "[Trò chơi|Hoạt động] [giúp ôn bài nhẹ nhàng|tạo hứng thú].",
                    ),
                )),
                ("Tổ chức [trò chơi|thi đua] [tìm địa danh|trên bản đồ] [cho {hs}|để luyện kĩ năng]", (
                    (
                        "Tôi [tổ chức \"Ai nhanh hơn\"|cho các đội thi chỉ bản đồ]: [tôi đọc tên địa danh|giáo viên nêu địa danh], [đại diện đội lên chỉ|học sinh chỉ trên bản đồ treo tường].",
                        "[Các nhóm thảo luận|Học sinh làm việc nhóm] [và báo cáo kết quả trên bản đồ treo bảng|trình bày trước lớp], [các nhóm khác bổ sung|cả lớp nhận xét].",
                        "[Thực hành nhóm|Hoạt động] [rèn kĩ năng hợp tác|giúp khai thác bản đồ].",
                    ),
                    (
                        "[Trò chơi \"du lịch qua bản đồ\"|Hành trình trên bản đồ]: [các nhóm lên kế hoạch chuyến đi|học sinh chọn tuyến đường] [qua các tỉnh|và kể lại].",
                        "[Tôi dùng kĩ thuật mảnh ghép|Các nhóm chuyên gia] [mỗi nhóm tìm hiểu một bản đồ|khai thác một nội dung], [rồi chia sẻ với nhóm mới|tổng hợp].",
                        "[Học sinh học từ nhau|Các em] [nắm được nhiều nội dung|phát huy tính chủ động].",
                    ),
                    (
                        "[Ô chữ địa lí|Trò chơi ô chữ] [với từ khóa là địa danh|được dùng cuối giờ], [học sinh giải|các em tìm từ].",
                        "[Các nhóm so sánh hai bản đồ|Học sinh đối chiếu bản đồ địa hình và dân cư] [để tìm mối liên hệ|rồi giải thích].",
                        "[So sánh bản đồ|Hoạt động] [rèn tư duy|giúp hiểu sâu].",
                    ),
                )),
                ("Khai thác bản đồ [trong bài thực hành nhóm|qua phiếu học tập] [cho {hs}|theo chủ đề]", (
                    (
                        "[Mỗi nhóm nhận bản đồ|Các nhóm được phát bản đồ] [và phiếu câu hỏi|với nhiệm vụ], [như tìm đặc điểm khí hậu|như nhận xét phân bố dân cư].",
                        "[Tôi đưa lớp ra sân trường|Học ngoài trời] [với la bàn|để xác định hướng], [học sinh tìm hướng bắc|các em định hướng].",
                        "[Các nhóm chơi tìm kho báu|Học sinh theo chỉ dẫn] [bằng phương hướng|với la bàn], [rất hào hứng|rất vui].",
                    ),
                    (
                        "[Tôi dùng kĩ thuật mảnh ghép|Các nhóm chuyên gia] [mỗi nhóm tìm hiểu một bản đồ|rồi chia sẻ].",
                        "[Học sinh xác định hướng bằng bóng nắng buổi sáng|Các em dùng mặt trời để định hướng], [rồi so với la bàn|để kiểm tra].",
                        "[Kiến thức|Kĩ năng] [gắn với thực tế|hữu ích khi đi rừng, đi xa].",
                    ),
                    (
                        "[Các nhóm so sánh hai bản đồ|Học sinh đối chiếu bản đồ] [như địa hình và dân cư|tìm mối liên hệ].",
                        "[Học sinh dùng ứng dụng la bàn trên điện thoại|Các em dùng điện thoại] [để đo hướng các công trình quanh trường|rồi vẽ sơ đồ].",
                        "[Công nghệ|Ứng dụng] [tiện lợi|giúp các em thích thú].",
                    ),
                )),
                ("Dùng [la bàn|kĩ năng định hướng] [ngoài thực địa|ở sân trường] [cho {hs}|để học phương hướng]", (
                    (
                        "Tôi [đưa lớp ra sân trường|tổ chức học ngoài trời] [với la bàn|để xác định hướng], [học sinh tìm hướng bắc|các em định hướng].",
                        "[Khi có tin bão|Mùa mưa bão], [học sinh theo dõi bản đồ đường đi của bão|các em tìm tỉnh bị ảnh hưởng trên bản đồ], [thảo luận cách phòng tránh|nêu tác động].",
                        "[Tin thời sự|Bản đồ thực tế] [giúp bài học gắn với đời sống|tạo sự quan tâm].",
                    ),
                    (
                        "[Học sinh dùng bóng nắng|Các em xác định hướng] [bằng mặt trời|vào buổi sáng], [so với la bàn|để kiểm tra].",
                        "[Học sinh đánh dấu trên bản đồ treo tường|Các em ghi lên bản đồ] [tin tức trong tuần|những sự kiện đáng chú ý].",
                        "[Bản đồ tin tức|Góc thời sự] [được cập nhật hằng tuần|mở rộng hiểu biết].",
                    ),
                    (
                        "[Tôi dùng ứng dụng la bàn trên điện thoại|Điện thoại thông minh] [để học sinh đo hướng|trong giờ học].",
                        "[Tôi dùng bản đồ trực tuyến|Bản đồ giao thông] [để học sinh tìm đường, tính khoảng cách|trong bài thực hành].",
                        "[Học sinh|Các em] [thấy ứng dụng của bản đồ|thích thú].",
                    ),
                )),
                ("Gắn bản đồ [với thông tin thời sự|với tin tức] [như bão, lũ|về các vùng miền]", (
                    (
                        "[Khi có tin bão|Mùa mưa bão], [tôi chiếu bản đồ đường đi của bão|học sinh theo dõi bản đồ dự báo], [tìm các tỉnh bị ảnh hưởng|trên bản đồ].",
                        "[Học sinh đo khoảng cách trên bản đồ bằng thước|Các em đo giữa hai thành phố] [rồi đổi ra khoảng cách thực|theo tỉ lệ], [so với số liệu thực tế|để kiểm tra].",
                        "[Bài tập tỉ lệ|Hoạt động] [gắn với Toán|giúp hiểu ý nghĩa tỉ lệ bản đồ].",
                    ),
                    (
                        "[Học sinh đánh dấu trên bản đồ|Các em ghi lên bản đồ] [tin tức trong tuần|các sự kiện].",
                        "[Học sinh so sánh bản đồ có tỉ lệ khác nhau|Các em đối chiếu bản đồ lớn và nhỏ] [về mức độ chi tiết|nhận xét].",
                        "[So sánh|Hoạt động] [giúp hiểu tỉ lệ|rèn tư duy].",
                    ),
                    (
                        "[Tôi dùng bản đồ trực tuyến|Bản đồ giao thông] [để học sinh tìm đường|tính khoảng cách].",
                        "[Bài tập tính quãng đường đi học|Bài toán bản đồ thực tế] [được học sinh giải hào hứng|gắn với cuộc sống].",
                        "[Các em|Học sinh] [hiểu bản đồ hữu ích|thích môn Địa lí hơn].",
                    ),
                )),
                ("Luyện [đọc tỉ lệ|tính khoảng cách] [trên bản đồ|cho {hs}]", (
                    (
                        "Tôi [hướng dẫn đổi tỉ lệ|dạy cách tính khoảng cách thực tế] [từ bản đồ|bằng thước], [học sinh luyện|các em thực hành].",
                        "[Các nhóm trình bày sơ đồ|Học sinh thuyết trình về sơ đồ của nhóm] [trước lớp trong khoảng năm phút|dựa vào lược đồ ở giữa sơ đồ], [các nhóm khác đặt câu hỏi và bổ sung|cả lớp góp ý những nhánh còn thiếu].",
                        "[Sơ đồ hoàn chỉnh|Những sơ đồ tốt nhất] [được chụp lại và gửi cho cả lớp|được dán ở góc học tập] [để ôn tập trước bài kiểm tra|làm tài liệu ôn tập chung].",
                    ),
                    (
                        "[Học sinh so sánh|Các em đối chiếu] [bản đồ tỉ lệ khác nhau|chi tiết], [nhận xét|thấy sự khác biệt].",
                        "[Những nhánh học sinh để trống hoặc điền sai|Chỗ các em chưa điền được] [cho tôi biết phần kiến thức cả lớp còn yếu|chỉ ra nội dung cần dạy lại], [để ôn lại đúng trọng tâm ở tiết sau|để điều chỉnh kế hoạch ôn tập].",
                        "[Tôi còn dùng sơ đồ khuyết|Sơ đồ khuyết cũng được dùng] [để kiểm tra bài cũ trong năm phút đầu giờ|thay cho hình thức hỏi miệng], [vừa nhanh vừa bao quát cả bài|học sinh thấy nhẹ nhàng hơn].",
                    ),
                    (
                        "[Bài tập tỉ lệ|Bài toán bản đồ] [gắn thực tế|như tính đường đi học].",
                        "[Khi so sánh hai sơ đồ đặt cạnh nhau|Nhờ nhìn hai vùng trên cùng một trang], [học sinh dễ nhận ra thế mạnh khác nhau của từng vùng|các em tự rút ra điểm giống và khác], [rồi giải thích dựa vào điều kiện tự nhiên và dân cư|và tìm nguyên nhân].",
                        "[Kĩ năng so sánh bằng sơ đồ|Cách làm này] [giúp các em làm tốt dạng câu hỏi so sánh trong bài kiểm tra|rèn tư duy tổng hợp của học sinh].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [tổng hợp|lập bảng] [các dấu hiệu|từ khóa] [nhận biết|để chọn] [dạng biểu đồ|biểu đồ] như [\"cơ cấu\" – tròn hoặc miền|\"tốc độ tăng trưởng\" – đường|\"so sánh\" – cột].",
                        "{hs} [luyện|làm] [các bài tập|bài] [chọn biểu đồ|nhận dạng] [từ|với] [nhiều|các] [bảng số liệu|đề bài] [khác nhau|] [và|,] [giải thích|nêu lí do] [lựa chọn|vì sao chọn] [của mình|].",
                    ),
                    (
                        "Tôi [lập bảng \"từ khóa chọn biểu đồ\"|tổng hợp dấu hiệu] [như \"cơ cấu\" thì tròn, \"tốc độ tăng\" thì đường|theo yêu cầu đề], [học sinh ghi nhớ|các em dán vào vở].",
                        "[Với mỗi đề|Khi gặp đề], [các em gạch chân từ khóa|học sinh tìm dấu hiệu] [rồi chọn biểu đồ|trước khi vẽ].",
                        "[Bảng từ khóa|Mẹo chọn] [giúp chọn đúng|giảm sai].",
                    ),
                    (
                        "[Học sinh làm bài tập chọn biểu đồ|Các em luyện nhận dạng] [với nhiều đề khác nhau|không cần vẽ], [chỉ nêu dạng và lí do|giải thích].",
                        "[Tôi chữa chung|Cả lớp cùng thảo luận].",
                        "[Luyện nhận dạng|Bài tập] [giúp phản xạ nhanh|tự tin].",
                    ),
                )),
                ("[Rèn|Hướng dẫn] [các bước|quy trình] vẽ biểu đồ [chính xác|đúng], [đẹp|đầy đủ]", (
                    (
                        "[Các bước|Quy trình] [vẽ|] [gồm|được hướng dẫn]: [xử lí số liệu|đổi số liệu nếu cần], [chọn|xác định] [tỉ lệ|khoảng cách], [vẽ|vẽ biểu đồ], [ghi|điền] [số liệu, chú giải|chú thích] [và tên biểu đồ|, tên biểu đồ].",
                        "[Tôi|Giáo viên] [chỉ ra|lưu ý] [những lỗi|lỗi] [hay gặp|thường mắc] như [khoảng cách năm không đúng tỉ lệ|thiếu tên biểu đồ|quên chú giải] [và|để] {hs} [tự kiểm tra|đối chiếu] [bài vẽ|bài làm] [theo|bằng] [bảng kiểm|danh sách] [trước khi nộp|].",
                    ),
                    (
                        "Tôi [hướng dẫn các bước vẽ|dạy quy trình]: [xử lí số liệu, kẻ trục, chia tỉ lệ, vẽ, ghi chú giải, tên biểu đồ|từng bước], [học sinh làm theo|các em luyện].",
                        "[Học sinh kiểm tra|Các em tự soát] [theo danh sách|bằng bảng kiểm].",
                        "[Quy trình|Các bước] [giúp vẽ đúng, đẹp|tránh thiếu sót].",
                    ),
                    (
                        "[Tôi làm mẫu trên bảng|Giáo viên vẽ mẫu] [từng bước|chậm], [học sinh vẽ theo|các em thực hành].",
                        "[Tôi đi kiểm tra|Giáo viên hỗ trợ] [từng em|kịp thời].",
                        "[Làm mẫu|Hướng dẫn] [giúp học sinh yếu|tiến bộ].",
                    ),
                )),
                ("Rèn kĩ năng [nhận xét và giải thích|phân tích] biểu đồ [theo trình tự|có căn cứ số liệu]", (
                    (
                        "[Tôi|Giáo viên] [hướng dẫn|đưa ra] [trình tự|cách] nhận xét: [nhận xét chung|nhận xét tổng quát] [trước|], [chi tiết|đi vào chi tiết] [sau|], [có|kèm] [số liệu|dẫn chứng số liệu] [chứng minh|minh họa] và [giải thích|nêu nguyên nhân] [nếu đề yêu cầu|khi cần].",
                        "{hs} [luyện|thực hành] [viết nhận xét|nhận xét] [theo nhóm|theo cặp], [các nhóm|nhóm] [đổi bài|trao đổi] [và|để] [góp ý|chấm chéo] [cho nhau|] [dựa trên|theo] [đáp án|hướng dẫn] [của giáo viên|].",
                    ),
                    (
                        "Tôi [dạy học sinh nhận xét theo trình tự: tổng quát – chi tiết – so sánh – giải thích|hướng dẫn bốn bước nhận xét], [mỗi ý phải có số liệu dẫn chứng|không nhận xét chung chung], [và luyện với nhiều dạng biểu đồ|qua từng bài thực hành].",
                        "[Học sinh đọc nhận xét mẫu|Các em phân tích bài mẫu] [để tìm cấu trúc|rồi viết theo], [tôi góp ý từng bài|giáo viên sửa].",
                        "[Bài nhận xét|Kĩ năng] [đầy đủ, chặt chẽ hơn|tiến bộ rõ].",
                    ),
                    (
                        "[Các nhóm viết nhận xét cho cùng một biểu đồ|Học sinh làm theo nhóm] [rồi so sánh bài của nhau|và trao đổi], [chọn ra bài đủ ý nhất|cả lớp bình chọn].",
                        "[So sánh bài nhận xét|Hoạt động] [giúp học hỏi lẫn nhau|giúp các em thấy chỗ còn thiếu].",
                        "[Học sinh|Các em] [nhận xét tốt hơn|tự tin khi làm bài].",
                    ),
                    (
                        "[Tôi cho học sinh luyện phần giải thích|Giáo viên hướng dẫn giải thích] [bằng câu hỏi \"Vì sao số liệu thay đổi?\"|dựa vào kiến thức bài học], [gắn với chính sách, điều kiện tự nhiên|tìm nguyên nhân].",
                        "[Phần giải thích|Kĩ năng] [được cải thiện|giúp bài làm có chiều sâu].",
                        "[Học sinh|Các em] [hiểu bản chất|làm bài tốt hơn].",
                    ),
                )),
                ("Vẽ biểu đồ [bằng Excel|trên máy tính] kết hợp vẽ tay [để kiểm tra độ chính xác|cho {hs}]", (
                    (
                        "Tôi [hướng dẫn học sinh nhập số liệu vào Excel và vẽ biểu đồ|cho các em dùng bảng tính vẽ biểu đồ] [sau khi đã vẽ tay|để đối chiếu], [các em so sánh và tự tìm chỗ sai|phát hiện lỗi chia khoảng].",
                        "[Biểu đồ máy|Biểu đồ Excel] [giúp học sinh thấy rõ biểu đồ đúng trông thế nào|làm chuẩn để tự sửa].",
                        "[Kết hợp hai cách|Cách làm] [giúp vẽ tay chính xác hơn|rèn cả kĩ năng số].",
                    ),
                    (
                        "[Các nhóm làm báo cáo|Học sinh trình bày] [bằng biểu đồ Excel trên máy chiếu|với số liệu tự thu thập], [kèm nhận xét|có giải thích].",
                        "[Báo cáo|Sản phẩm] [sinh động, chuyên nghiệp|được khen].",
                        "[Hoạt động|Dùng máy] [rèn kĩ năng số|tạo hứng thú].",
                    ),
                    (
                        "[Tôi dạy các thao tác định dạng biểu đồ|Học sinh học cách ghi tên, chú giải, đơn vị] [trên Excel|theo yêu cầu của đề thi], [để biểu đồ đầy đủ|để đúng quy cách].",
                        "[Học sinh|Các em] [nhớ các thành phần của biểu đồ|ít thiếu chú giải khi vẽ tay].",
                    ),
                )),
                ("Dùng [số liệu địa phương|số liệu thực tế] [để vẽ và nhận xét biểu đồ|gần gũi với {hs}]", (
                    (
                        "Tôi [thu thập số liệu dân số, sản lượng lúa của xã qua các năm|xin số liệu thống kê của địa phương] [từ Ủy ban nhân dân xã|từ báo cáo], [học sinh vẽ biểu đồ và nhận xét|các em phân tích].",
                        "[Các em thấy sự thay đổi của quê mình|Học sinh nhận ra xu hướng], [rất hứng thú|thấy Địa lí gần gũi].",
                        "[Số liệu quê hương|Hoạt động] [tạo hứng thú|gắn bài học với thực tế].",
                    ),
                    (
                        "[Học sinh tự khảo sát trong lớp|Các em thu thập số liệu] [như phương tiện đến trường, thời gian ngủ|về thói quen của bạn bè], [rồi vẽ biểu đồ và nhận xét|và trình bày].",
                        "[Số liệu tự thu|Hoạt động] [thú vị|giúp hiểu ý nghĩa biểu đồ].",
                        "[Học sinh|Các em] [chủ động|hào hứng].",
                    ),
                    (
                        "[Học sinh ghi nhiệt độ hằng ngày trong một tháng|Các em theo dõi thời tiết], [vẽ biểu đồ đường|rồi nhận xét], [so với số liệu trạm khí tượng|đối chiếu].",
                        "[Hoạt động kéo dài|Theo dõi nhiều ngày] [rèn tính kiên trì|giúp quan sát thực tế].",
                        "[Biểu đồ|Sản phẩm] [được trưng bày|được khen].",
                    ),
                )),
                ("Phân tích [lỗi sai thường gặp|lỗi hay mắc] [khi vẽ biểu đồ|để {hs} tránh lặp lại]", (
                    (
                        "[Khi tự phát hiện lỗi trên biểu đồ mẫu|Sau khi cùng cả lớp sửa lỗi], [học sinh nhớ rất lâu những chỗ dễ sai|các em tự rút ra những điều cần tránh khi vẽ], [như quên ghi đơn vị ở hai trục|như chia khoảng cách năm không đều].",
                        "[Những lỗi phổ biến|Danh sách lỗi thường gặp] [được ghi lên góc bảng suốt chủ đề|được dán vào vở], [giúp các em tự soát trước khi nộp bài|để nhắc nhở thường xuyên].",
                    ),
                    (
                        "[Bảng kiểm tám mục|Danh sách kiểm tra] [gồm tên biểu đồ, đơn vị, chú giải, khoảng cách năm, số liệu trên cột|liệt kê đủ các thành phần bắt buộc], [học sinh đánh dấu từng mục sau khi vẽ|các em tự tích trước khi nộp].",
                        "[Nhờ bảng kiểm|Với thói quen tự soát], [số biểu đồ thiếu chú giải, thiếu đơn vị giảm rõ|điểm phần vẽ biểu đồ của lớp tăng lên].",
                    ),
                    (
                        "[Khi chấm chéo|Trong lúc chấm bài của bạn], [học sinh phải ghi rõ lỗi và cách sửa bên cạnh|các em viết nhận xét theo tiêu chí], [nên phải hiểu kĩ yêu cầu của một biểu đồ đúng|buộc các em nắm chắc quy tắc].",
                        "[Chấm chéo|Hoạt động này] [giúp các em học được cả từ lỗi của bạn|khiến học sinh cẩn thận hơn với bài của chính mình].",
                    ),
                )),
                ("Luyện [phân tích bảng số liệu|xử lí và đọc bảng số liệu] [trước khi vẽ biểu đồ|cho {hs}]", (
                    (
                        "Tôi [hướng dẫn học sinh đọc bảng số liệu|dạy cách phân tích bảng] [tìm giá trị lớn nhất, nhỏ nhất, xu hướng tăng giảm|so sánh các cột số liệu], [trước khi chọn dạng biểu đồ|làm bước chuẩn bị].",
                        "[Học sinh viết ba câu nhận xét về bảng số liệu|Các em trình bày những điều rút ra từ bảng] [trước khi vẽ|ngay sau khi đọc], [như đối tượng nào lớn nhất, tăng nhanh nhất|nêu xu hướng chung và các số liệu nổi bật].",
                        "[Khi đã hiểu bảng số liệu|Có bước phân tích trước], [việc chọn dạng biểu đồ và nhận xét sau này dễ hơn nhiều|các em ít chọn sai dạng biểu đồ].",
                    ),
                    (
                        "[Số liệu đã xử lí|Các tỉ lệ, tốc độ tăng trưởng tính được] [được các em ghi thành bảng phụ bên cạnh|được dùng làm dẫn chứng khi nhận xét], [nên lời nhận xét có số liệu cụ thể|giúp bài làm có căn cứ].",
                        "[Học sinh quen dùng máy tính cầm tay để xử lí|Các em thao tác nhanh hơn], [tiết kiệm thời gian làm bài|ít nhầm lẫn khi tính].",
                    ),
                    (
                        "[Trong trò chơi đọc số liệu nhanh|Khi thi đọc bảng], [các đội phải trả lời những câu như \"Năm nào sản lượng cao nhất?\" trong mười giây|đội trả lời đúng và nhanh được điểm], [không khí rất sôi nổi|cả lớp hào hứng tham gia].",
                        "[Trò chơi ngắn|Hoạt động] [rèn cho các em phản xạ đọc bảng số liệu|giúp học sinh bớt sợ những bảng số liệu dài].",
                    ),
                )),
                ("Tổ chức [thi vẽ biểu đồ nhanh|thi đua vẽ biểu đồ] [theo nhóm|trong giờ thực hành]", (
                    (
                        "Tôi [tổ chức cho các nhóm thi vẽ biểu đồ|phát động thi vẽ nhanh] [trong mười phút|với cùng một bảng số liệu], [chấm theo tiêu chí đúng – đẹp – nhanh|có thang điểm rõ].",
                        "[Các nhóm phân công rõ người xử lí số liệu, người kẻ trục, người vẽ|Mỗi thành viên đảm nhận một phần việc] [nên làm việc rất nhanh|và phải phối hợp nhịp nhàng], [nhóm nào vẽ đúng và đẹp nhất được cộng điểm thi đua|đội thắng được khen trước lớp].",
                        "[Qua cuộc thi|Nhờ thi đua], [các em thuộc các bước vẽ biểu đồ|học sinh vẽ nhanh và chính xác hơn trong bài kiểm tra].",
                    ),
                    (
                        "[Những biểu đồ đẹp nhất|Sản phẩm tốt] [được dán ở bảng tin lớp|được trưng bày ở góc học tập] [làm mẫu cho các bạn|để cả lớp học tập], [các nhóm rất tự hào|tạo động lực cho lần thi sau].",
                        "[Học sinh nhìn biểu đồ mẫu hằng ngày|Các em quen mắt với biểu đồ chuẩn], [nên ít mắc lỗi trình bày|vẽ cẩn thận hơn].",
                    ),
                    (
                        "[Trong trò chơi tiếp sức|Khi vẽ tiếp sức], [mỗi em lên bảng vẽ một phần như kẻ trục, chia khoảng, vẽ cột, ghi chú giải|các bạn lần lượt hoàn thành từng bước], [đội hoàn thành đúng trước thắng|cả đội cùng kiểm tra trước khi báo xong].",
                        "[Trò chơi|Hoạt động] [giúp các em nhớ trình tự các bước vẽ|tạo không khí vui vẻ, đoàn kết].",
                    ),
                )),
                ("Xử lí số liệu [tính phần trăm|đổi ra cơ cấu] [đúng cách|trước khi vẽ biểu đồ tròn]", (
                    (
                        "Tôi [dạy cách tính tỉ lệ phần trăm|hướng dẫn xử lí số liệu] [khi vẽ biểu đồ cơ cấu|theo công thức], [học sinh kiểm tra tổng bằng 100%|các em soát lại].",
                        "[Học sinh luyện tính tỉ lệ phần trăm bằng máy tính cầm tay|Các em thực hành xử lí số liệu] [với nhiều bảng số liệu khác nhau|trong các tiết luyện tập], [và luôn kiểm tra tổng các thành phần bằng 100%|để tự phát hiện sai sót].",
                        "[Nhờ luyện đều|Dần dần], [các em xử lí số liệu nhanh và chính xác|lỗi vẽ sai biểu đồ tròn giảm hẳn].",
                    ),
                    (
                        "[Bảng số liệu đã xử lí|Bảng phụ ghi phần trăm] [được học sinh trình bày ngay dưới đề bài|được lập trước khi vẽ], [tôi kiểm tra nhanh trước khi các em vẽ|giáo viên xem qua], [tránh vẽ sai từ đầu|giúp tiết kiệm thời gian].",
                        "[Thói quen lập bảng xử lí|Cách làm có hệ thống] [giúp bài làm rõ ràng|được đánh giá cao trong bài kiểm tra].",
                    ),
                    (
                        "[Bài tập xử lí số liệu|Phiếu luyện] [được chia từ dễ đến khó|có nhiều dạng như tính cơ cấu, tốc độ tăng trưởng, bình quân đầu người], [học sinh làm thêm ở nhà|các em tự luyện].",
                        "[Luyện tập thường xuyên|Việc làm nhiều dạng bài] [giúp các em thành thạo|giúp học sinh tự tin khi gặp đề lạ].",
                    ),
                )),
                ("Đọc [biểu đồ trên báo chí, đề thi|biểu đồ thực tế] [để gắn kĩ năng với đời sống|cho {hs}]", (
                    (
                        "[Những biểu đồ trên báo|Biểu đồ thực tế] [về giá xăng, dân số, lượng mưa|về các vấn đề thời sự] [được học sinh đọc và nhận xét|được dùng làm tình huống học tập], [các em thấy kĩ năng mình học rất hữu ích|nhận ra ứng dụng trong đời sống].",
                        "[Học sinh còn được hỏi|Các em thảo luận] [\"Biểu đồ này có thể gây hiểu lầm không?\"|về cách trình bày số liệu], [rèn thói quen đọc số liệu có phê phán|biết nhìn số liệu tỉnh táo].",
                    ),
                    (
                        "[Học sinh luyện đề thi có biểu đồ|Các em làm bài] [trong thời gian quy định như thi thật|theo đúng cấu trúc đề], [sau đó chữa và rút kinh nghiệm|rồi tự chấm theo đáp án].",
                        "[Luyện đề|Bài tập] [giúp chuẩn bị tốt cho kì thi|giúp các em tự tin hơn với câu hỏi biểu đồ].",
                    ),
                    (
                        "[Các nhóm sưu tầm biểu đồ trên mạng, trên báo|Học sinh tìm biểu đồ] [và giới thiệu trước lớp|rồi trình bày ý nghĩa], [có nhóm mang đến biểu đồ về điểm thi của trường|nhiều biểu đồ rất gần gũi].",
                        "[Hoạt động tìm kiếm|Việc sưu tầm] [mở rộng hiểu biết|rèn kĩ năng tự học cho học sinh].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [lựa chọn|chọn] [trò chơi|những trò chơi] [có|mang] [tác dụng|tính chất] [bổ trợ|hỗ trợ] [trực tiếp|] [cho|với] [nội dung|kĩ năng] [chính|trọng tâm] [của bài|]; ví dụ, [khi dạy|với] {vd} [thì|tôi] [dùng|tổ chức] {hd}.",
                        "[Phần khởi động|Phần mở đầu] [dùng|sử dụng] [trò chơi|các trò chơi] [nhẹ nhàng|vui nhộn] [để|nhằm] [làm nóng|khởi động] [cơ thể|các khớp], [còn|trong khi] [phần cuối|cuối giờ] [là|chọn] [trò chơi|hoạt động] [thả lỏng|hồi tĩnh].",
                        "[Mỗi trò chơi|Trò chơi] [được|] [điều chỉnh|thay đổi] [luật chơi|độ khó] [và|,] [khoảng cách|cự li] [cho|phù hợp với] [sức|thể lực] [của {hs}|từng lứa tuổi].",
                    ),
                    (
                        "[Với bài chạy nhanh|Ở tiết rèn sức nhanh], tôi [chọn trò \"Chuyền bóng tiếp sức\"|chọn trò \"Lò cò tiếp sức\"] [vì nó rèn đúng phản xạ xuất phát|vì trò chơi buộc các em xuất phát thật nhanh], [thay cho việc chạy đi chạy lại nhàm chán|thay vì chạy lặp đi lặp lại].",
                        "[Mỗi trò chơi tôi chọn|Trước khi đưa một trò chơi vào giờ học], [đều được tôi ghi rõ mục tiêu|tôi đều tự hỏi trò này rèn tố chất gì]: [sức nhanh, sức bền hay sự khéo léo|khéo léo, phối hợp hay sức mạnh].",
                        "[Nhờ chọn đúng trò|Khi trò chơi khớp với mục tiêu bài], [học sinh vừa vui vừa đạt yêu cầu vận động|giờ học vừa vui vừa đủ lượng vận động cần thiết].",
                    ),
                    (
                        "[Tôi lập danh mục khoảng ba mươi trò chơi|Tôi xếp các trò chơi quen thuộc] [theo tố chất cần rèn|thành bảng theo mục tiêu], [mỗi trò có số người, dụng cụ, thời gian|kèm sơ đồ sân và lưu ý an toàn].",
                        "[Khi soạn giáo án|Lúc chuẩn bị bài], [tôi chỉ việc chọn trò phù hợp trong bảng|tôi tra bảng để lấy trò đúng mục tiêu], [tiết kiệm nhiều thời gian|không phải nghĩ lại từ đầu].",
                        "[Danh mục này|Bảng trò chơi] [được tổ thể dục dùng chung|sau đó được đồng nghiệp trong tổ bổ sung thêm].",
                    ),
                )),
                ("[Tổ chức|Hướng dẫn] trò chơi [khoa học|theo các bước], [an toàn|bảo đảm an toàn]", (
                    (
                        "[Tôi|Giáo viên] [giới thiệu|nêu] [tên trò chơi|trò chơi], [luật chơi|cách chơi] [ngắn gọn|rõ ràng] [và|rồi] [cho|chọn] [một nhóm|vài em] [chơi thử|làm mẫu] [trước khi|rồi mới] [cả lớp|toàn lớp] [cùng chơi|tham gia].",
                        "[Trước|Trước mỗi] [trò chơi|buổi], [tôi|giáo viên] [kiểm tra|dọn dẹp] [sân tập|mặt sân] [và|,] [dụng cụ|{dc}], [nhắc nhở|phổ biến] {hs} [về|những] [quy định|nguyên tắc] [an toàn|không xô đẩy].",
                        "[Các đội|Mỗi đội] [có|được] [số lượng|trình độ] [tương đương|cân bằng], [tôi|giáo viên] [làm trọng tài|điều khiển] [công bằng|nghiêm túc] [và|,] [tổng kết|nhận xét] [sau mỗi lượt|cuối trò chơi].",
                    ),
                    (
                        "[Trước khi chơi|Khi bắt đầu trò chơi], tôi [giải thích luật ngắn gọn|nêu luật chơi trong một phút] [rồi cho một nhóm chơi thử|và mời vài em làm mẫu], [để cả lớp hiểu ngay|tránh tình trạng vừa chơi vừa cãi nhau].",
                        "[Sân chơi được kẻ vạch rõ ràng|Khu vực chơi được cắm cờ, kẻ vôi], [khoảng cách giữa các đội đủ rộng|các đội đứng cách xa nhau] [để tránh va chạm|để không xô ngã].",
                        "[Trong cả năm học|Suốt học kì], [các trò chơi diễn ra an toàn|không có em nào bị chấn thương khi chơi].",
                    ),
                    (
                        "Tôi [phân công \"trọng tài nhí\"|chọn hai em làm trọng tài] [cho mỗi trò chơi|luân phiên theo tuần], [các em cầm còi|có thẻ đỏ, thẻ vàng bằng giấy] [và nhắc bạn chơi đúng luật|theo dõi phạm luật].",
                        "[Tôi đứng ở vị trí quan sát được cả sân|Giáo viên bao quát chung] [để xử lí kịp thời|và can thiệp khi cần].",
                        "[Trọng tài nhí|Vai trò này] [giúp các em hiểu luật kĩ hơn|khiến trò chơi trật tự hơn hẳn].",
                    ),
                )),
                ("[Sưu tầm|Phục dựng] trò chơi dân gian [đưa vào|trong] [giờ học|hoạt động ngoài giờ]", (
                    (
                        "[Tôi|Giáo viên] [sưu tầm|tìm hiểu] [các trò chơi dân gian|trò chơi dân gian] [của địa phương|quen thuộc] như [ô ăn quan, đánh chuyền, nhảy dây, kéo co, bịt mắt bắt dê|rồng rắn lên mây, nhảy bao bố] [và|rồi] [đưa vào|lồng ghép] [giờ học|hoạt động].",
                        "{hs} [được|] [hỏi|tìm hiểu] [ông bà, cha mẹ|người lớn trong gia đình] [về|các] [trò chơi|trò chơi ngày xưa] [và|rồi] [giới thiệu|hướng dẫn] [cho|] [các bạn|cả lớp] [cách chơi|].",
                        "[Trò chơi dân gian|Những trò chơi này] [vừa|không chỉ] [rèn|phát triển] [thể lực|sự khéo léo] [vừa|mà còn] [giữ gìn|giáo dục] [nét đẹp văn hóa|truyền thống] [và|,] [gắn kết|tăng tình đoàn kết] [{hs}|các em].",
                    ),
                    (
                        "[Tôi về hỏi các cụ trong xóm|Tôi sưu tầm từ ông bà, người cao tuổi] [những trò chơi dân gian xưa|các trò chơi ngày trước] [như \"Rồng rắn lên mây\", \"Đánh khăng\", \"Nhảy bao bố\"|như \"Bịt mắt bắt dê\", \"Kéo co\", \"Ô ăn quan\"].",
                        "[Mỗi tháng|Cứ vài tuần], [lớp học thêm một trò mới|tôi giới thiệu thêm một trò], [kèm câu chuyện về nguồn gốc|kèm bài đồng dao đi cùng].",
                        "[Các em rất thích|Học sinh hào hứng] [và rủ nhau chơi cả giờ ra chơi|thay vì ngồi chơi điện thoại].",
                    ),
                    (
                        "[Dịp Trung thu|Vào ngày hội cuối học kì], [lớp tổ chức \"Hội làng trò chơi dân gian\"|trường có ngày hội trò chơi dân gian] [với các gian kéo co, nhảy sạp, đi cà kheo|với nhiều trò truyền thống].",
                        "[Phụ huynh được mời|Cha mẹ học sinh] [đến hướng dẫn và chơi cùng|tham gia cổ vũ].",
                        "[Ngày hội|Hoạt động] [gắn kết gia đình và nhà trường|giúp giữ gìn trò chơi truyền thống].",
                    ),
                )),
                ("Cho {hs} [tự sáng tạo, cải biên|thay đổi] luật chơi [trò chơi vận động|để phù hợp lớp mình]", (
                    (
                        "[Sau khi chơi thành thạo một trò|Khi đã quen trò chơi], tôi [đặt câu hỏi \"Nếu thêm một luật thì sao?\"|gợi ý các nhóm thay đổi một luật], [như chỉ được chuyền bằng tay trái|như phải nhảy lò cò khi mang bóng].",
                        "[Các nhóm thử luật mới|Học sinh chơi thử phiên bản mới] [rồi bình chọn cách chơi hay nhất|và nhận xét trò chơi có vui hơn không].",
                        "[Trò chơi do các em \"chế\"|Những phiên bản tự sáng tạo] [được đặt tên theo nhóm|trở thành niềm tự hào của lớp].",
                    ),
                    (
                        "[Tôi giao cho mỗi tổ|Các tổ nhận nhiệm vụ] [sáng tạo một trò chơi mới|nghĩ ra một trò] [dùng dụng cụ cho trước|chỉ với bóng và vòng], [có luật rõ ràng và an toàn|bảo đảm mọi người cùng chơi].",
                        "[Tổ lên giới thiệu luật|Các tổ hướng dẫn cả lớp chơi thử], [tôi góp ý về an toàn|giáo viên điều chỉnh cho hợp lí].",
                        "[Hoạt động sáng tạo|Việc tự nghĩ trò chơi] [phát huy khả năng tổ chức|khiến học sinh chủ động hơn trong giờ thể dục].",
                    ),
                    (
                        "[Với trò chơi quá dễ hoặc quá khó|Khi trò chơi chưa phù hợp], [tôi để học sinh đề xuất điều chỉnh|các em góp ý thay đổi] [như thu hẹp sân, thêm người|như tăng khoảng cách, đổi dụng cụ].",
                        "[Các em thử nghiệm|Học sinh thử từng cách] [và chọn phương án tốt nhất|rồi thống nhất].",
                        "[Khi được góp ý|Được tham gia điều chỉnh], [học sinh tôn trọng luật hơn|các em chơi công bằng hơn].",
                    ),
                )),
                ("Lồng ghép trò chơi [vào phần khởi động|trong khởi động và hồi tĩnh] [của giờ học|cho {hs}]", (
                    (
                        "[Thay cho bài khởi động quen thuộc|Thay vì xoay khớp theo thứ tự], [tôi dùng trò \"Đèn xanh, đèn đỏ\"|tôi cho lớp chơi \"Con thỏ nghe lệnh\"] [để các em vận động toàn thân|giúp cơ thể nóng lên nhanh].",
                        "[Trò khởi động kéo dài năm, sáu phút|Phần khởi động bằng trò chơi] [vẫn bảo đảm đủ các động tác cần thiết|vẫn kết hợp xoay khớp].",
                        "[Học sinh vào phần chính với tinh thần phấn chấn|Các em hào hứng ngay từ đầu giờ].",
                    ),
                    (
                        "[Cuối giờ học|Phần hồi tĩnh], tôi [chọn trò chơi nhẹ nhàng|cho chơi trò tĩnh] [như \"Làm theo tôi nói, không làm theo tôi làm\"|như \"Chim bay, cò bay\"] [để nhịp tim trở lại bình thường|giúp các em thả lỏng].",
                        "[Trò chơi hồi tĩnh|Hoạt động nhẹ] [kèm động tác thả lỏng|có hít thở sâu].",
                        "[Học sinh về lớp|Các em trở lại lớp] [thoải mái, không mệt|với tâm thế tốt cho tiết sau].",
                    ),
                    (
                        "[Tôi soạn|Tôi sưu tầm] [một bộ trò chơi khởi động theo chủ đề|các trò khởi động] [như con vật, phương tiện giao thông|thay đổi hằng tuần], [để các em không nhàm chán|tránh lặp lại].",
                        "[Các em tự đề xuất trò khởi động|Học sinh được chọn trò] [cho tuần sau|theo sở thích].",
                        "[Khởi động bằng trò chơi|Cách này] [làm giờ học sôi nổi|giảm tình trạng uể oải].",
                    ),
                )),
                ("Tự làm [dụng cụ|đồ dùng] [cho trò chơi vận động|từ vật liệu tái chế]", (
                    (
                        "Tôi [cùng học sinh làm dụng cụ|tận dụng vật liệu] [như bao cát từ vải vụn, cọc tiêu từ chai nhựa|như vòng từ ống nước cũ, bóng giấy], [chi phí rất thấp|gần như không tốn tiền].",
                        "[Mỗi lớp có một túi dụng cụ riêng|Dụng cụ được chia cho các lớp], [các em tự bảo quản|có tổ trực phụ trách].",
                        "[Dụng cụ đầy đủ|Có nhiều đồ dùng] [giúp tổ chức nhiều trò chơi cùng lúc|để em nào cũng được vận động].",
                    ),
                    (
                        "[Phụ huynh hỗ trợ|Cha mẹ học sinh] [may bao nhảy, khăn bịt mắt|làm dụng cụ từ tre], [cho các trò chơi dân gian|để lớp dùng].",
                        "[Dụng cụ|Đồ chơi] [được trưng bày|được cất ở kho thể dục].",
                        "[Sự hỗ trợ|Việc làm] [gắn kết gia đình|giúp giờ học phong phú].",
                    ),
                    (
                        "[Tôi dùng phấn và dây|Tôi kẻ sân bằng phấn] [để tạo ô nhảy, đường chạy|tạo sân chơi] [ngay trên sân trường|không cần dụng cụ đắt].",
                        "[Học sinh vẽ thêm ô|Các em sáng tạo hình] [cho trò chơi mới|theo ý tưởng].",
                        "[Sân chơi tự tạo|Cách làm] [tiết kiệm|linh hoạt].",
                    ),
                )),
                ("[Phân nhóm|Chia đội] [cân bằng|hợp lí] [và luân phiên vai trò|khi tổ chức trò chơi]", (
                    (
                        "[Tôi chia đội|Các đội được chia] [theo số thứ tự, không để các em tự chọn|ngẫu nhiên] [để tránh cảnh bạn yếu bị bỏ lại|để đội nào cũng có bạn khỏe, bạn yếu].",
                        "[Sau mỗi lượt|Qua mỗi trò], [đội hình được xáo trộn|các em đổi đội], [ai cũng có dịp chơi cùng nhiều bạn|giúp đoàn kết].",
                        "[Chia đội cân bằng|Cách chia này] [làm trò chơi hấp dẫn|giúp học sinh yếu không tự ti].",
                    ),
                    (
                        "[Mỗi trò chơi|Trong mỗi lượt], [các vai như đội trưởng, người xuất phát|các vị trí] [được luân phiên|được thay đổi], [em nào cũng được làm đội trưởng ít nhất một lần|ai cũng thử vai].",
                        "[Các em rụt rè|Học sinh ít nói] [được giao vai|có cơ hội] [và dần tự tin|thể hiện mình].",
                        "[Luân phiên vai trò|Hoạt động] [phát triển kĩ năng lãnh đạo|giúp mọi em tham gia].",
                    ),
                    (
                        "[Với học sinh có sức khỏe yếu|Các em không đủ sức chạy nhanh], [tôi giao vai trò phù hợp|tôi bố trí làm trọng tài, người đếm điểm] [để các em vẫn tham gia|không bị đứng ngoài].",
                        "[Các em|Học sinh] [vui vẻ tham gia|cảm thấy mình có ích].",
                        "[Bố trí phù hợp|Cách làm] [giúp mọi em hòa nhập|tạo không khí đoàn kết].",
                    ),
                )),
                ("Giáo dục [tinh thần thể thao|fair-play, đoàn kết] [qua trò chơi vận động|cho {hs}]", (
                    (
                        "[Sau mỗi trò chơi|Cuối trò chơi], [hai đội bắt tay nhau|các em chúc mừng đội thắng] [dù thắng hay thua|bất kể kết quả].",
                        "[Tôi khen đội chơi đẹp|Giáo viên tuyên dương] [bên cạnh đội thắng|tinh thần thể thao].",
                        "[Học sinh|Các em] [học cách chấp nhận thua|biết tôn trọng đối thủ].",
                    ),
                    (
                        "[Khi có em gian lận|Nếu có tranh cãi], [tôi dừng trò chơi|tôi tạm dừng] [để cả lớp bàn cách xử lí|hỏi ý kiến các bạn], [thay vì phạt ngay|để các em tự nhận ra].",
                        "[Các em thống nhất|Học sinh đưa ra] [luật công bằng|cách giải quyết].",
                        "[Tự giải quyết|Hoạt động] [giúp trưởng thành|rèn ý thức].",
                    ),
                    (
                        "[Tôi có \"thẻ chơi đẹp\"|Mỗi tuần có danh hiệu chơi đẹp] [trao cho em có hành động đẹp|như giúp bạn ngã], [ghi tên lên bảng|khen trước lớp].",
                        "[Danh hiệu|Phần thưởng] [khuyến khích hành vi tốt|được các em mong chờ].",
                        "[Giáo dục qua trò chơi|Hoạt động] [hình thành nhân cách|rèn tinh thần đồng đội].",
                    ),
                )),
                ("Tổ chức trò chơi vận động [khi trời mưa|trong không gian hẹp] [cho {hs}|linh hoạt]", (
                    (
                        "[Những ngày mưa|Khi không ra sân được], [tôi tổ chức trò chơi trong lớp|giờ học chuyển vào hành lang] [với trò ít di chuyển|như \"Ném bóng vào rổ\", \"Tung vòng\"].",
                        "[Bàn ghế được kê sát tường|Không gian được sắp xếp] [để có chỗ|an toàn].",
                        "[Trò chơi trong lớp|Phương án dự phòng] [bảo đảm giờ học không bị bỏ|giúp học sinh vẫn vận động].",
                    ),
                    (
                        "Tôi [chuẩn bị bộ trò chơi \"mưa\"|soạn danh sách trò chơi trong nhà] [gồm mười trò|có hướng dẫn], [phù hợp phòng học|không cần dụng cụ lớn].",
                        "[Khi cần|Lúc trời mưa], [chỉ việc lấy ra dùng|tổ chức ngay].",
                        "[Chuẩn bị trước|Có sẵn phương án] [giúp giờ học không bị động|tiết kiệm thời gian].",
                    ),
                    (
                        "[Với sân hẹp|Khi sân trường chật], [tôi chia lớp thành nhóm nhỏ|tôi luân phiên các nhóm], [chơi ở các góc sân|theo khu vực].",
                        "[Các nhóm đổi trò|Học sinh xoay vòng] [sau mỗi lượt|theo hiệu lệnh].",
                        "[Tổ chức linh hoạt|Cách chia] [tận dụng không gian|giúp em nào cũng được chơi].",
                    ),
                )),
                ("Tổ chức [hội thi|ngày hội] trò chơi vận động [cấp trường|giữa các lớp]", (
                    (
                        "[Mỗi học kì|Cuối năm học], [trường tổ chức hội thi trò chơi vận động|tôi tổ chức ngày hội thể thao] [với các nội dung kéo co, nhảy bao bố, chạy tiếp sức|cho các lớp thi đua].",
                        "[Các lớp luyện tập nhiều tuần trước hội thi|Học sinh chuẩn bị hăng say], [mỗi lớp có đội kéo co, đội nhảy bao bố, đội tiếp sức|em nào cũng đăng kí ít nhất một nội dung].",
                        "[Ngày hội|Hội thi] [diễn ra sôi nổi với tiếng cổ vũ không ngớt|tạo phong trào vận động trong toàn trường], [nhiều em ít vận động cũng hăng hái tham gia|giờ ra chơi các tuần sau các em tự rủ nhau chơi].",
                    ),
                    (
                        "[Giáo viên và phụ huynh|Thầy cô và cha mẹ học sinh] [cùng tham gia một số nội dung như kéo co|được mời thi cùng học sinh], [làm không khí vui vẻ, gần gũi|khiến các em vô cùng thích thú].",
                        "[Ngày hội|Hoạt động chung] [để lại nhiều kỉ niệm đẹp|gắn kết nhà trường và gia đình].",
                    ),
                    (
                        "[Giải thưởng|Phần thưởng] [không chỉ cho đội thắng|có cả giải tinh thần], [như đội cổ vũ hay nhất|đội chơi đẹp].",
                        "[Ngoài giải nhất, nhì|Bên cạnh các giải thành tích], [ban tổ chức trao giải \"Đội chơi đẹp\", \"Cổ động viên nhiệt tình\"|có giải tinh thần], [để lớp nào cũng có cơ hội được khen|để khuyến khích tinh thần thể thao].",
                        "[Giải thưởng đa dạng|Cách trao giải] [khuyến khích tham gia|tạo động lực cho mọi lớp].",
                    ),
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
                    (
                        "[Đầu năm học|Ngay từ đầu năm], tôi [kiểm tra|đánh giá] thể lực {hs} [theo|dựa trên] [tiêu chuẩn|các nội dung] [chạy 30 m, bật xa tại chỗ, chạy tùy sức 5 phút|quy định đánh giá xếp loại thể lực].",
                        "[Dựa vào kết quả|Từ kết quả], {hs} [được|] [chia|phân] [thành|vào] [nhóm|các nhóm] [theo|có cùng] [mức|trình độ] thể lực [để|và] [giao|nhận] [lượng vận động|bài tập] [phù hợp|khác nhau].",
                        "[Kết quả|Chỉ số] [kiểm tra|thể lực] [được|] [ghi|lưu] [vào|trong] [sổ theo dõi|hồ sơ] [của từng em|cá nhân] [để|giúp] [so sánh|đánh giá tiến bộ] [giữa các kì|cuối kì].",
                    ),
                    (
                        "[Đầu năm|Ngay tháng Chín], tôi [kiểm tra thể lực theo tiêu chuẩn rèn luyện|đo chạy 30 m, bật xa, nằm ngửa gập bụng] [cho từng học sinh|và ghi kết quả vào sổ].",
                        "[Dựa vào kết quả|Căn cứ số liệu], [tôi chia lớp thành ba nhóm|học sinh được xếp nhóm] [và giao bài tập phù hợp|với lượng vận động khác nhau].",
                        "[Kế hoạch phân hóa|Tập luyện theo nhóm] [giúp em nào cũng tiến bộ|tránh quá sức cho em yếu].",
                    ),
                    (
                        "[Tôi lập bảng theo dõi|Kết quả kiểm tra được nhập vào bảng tính] [và vẽ biểu đồ tiến bộ|so sánh qua các lần kiểm tra], [kiểm tra lại sau mỗi học kì|định kì].",
                        "[Học sinh xem biểu đồ của mình|Các em thấy sự thay đổi] [và đặt mục tiêu|tự cố gắng].",
                        "[Số liệu rõ ràng|Theo dõi] [tạo động lực|giúp điều chỉnh kế hoạch].",
                    ),
                )),
                ("[Tăng cường|Xây dựng] [bài tập|hệ thống bài tập] [bổ trợ|phát triển sức bền, sức nhanh] [vừa sức|có tính thi đua]", (
                    (
                        "[Tôi|Giáo viên] [thiết kế|xây dựng] [các bài tập|bài tập] [bổ trợ|phát triển thể lực] [như|] [chạy biến tốc, chạy con thoi, nhảy dây, bật cóc|chạy bền theo địa hình, gánh tạ nhẹ, plank] [đưa vào|trong] [phần cuối|mỗi tiết học].",
                        "[Lượng vận động|Khối lượng] [tăng dần|được nâng dần] [theo|qua] [từng tuần|các tuần], [có|kèm] [thời gian|quãng] [nghỉ|hồi phục] [hợp lí|phù hợp] [để|nhằm] [tránh|không gây] [quá sức|chấn thương].",
                        "[Tôi|Giáo viên] [kết hợp|lồng ghép] [âm nhạc|nhạc sôi động] [khi|trong lúc] {hs} [tập|luyện tập] [để|nhằm] [giảm|bớt] [cảm giác|sự] [mệt mỏi|nhàm chán].",
                    ),
                    (
                        "[Tôi thiết kế bài tập bổ trợ|Các bài tập bổ trợ] [như chạy bước nhỏ, nâng cao đùi, bật cóc|như nhảy dây, chạy zích zắc] [đưa vào đầu phần cơ bản|mỗi tiết vài phút].",
                        "[Bài tập được tổ chức thành thi đua|Các tổ thi] [để tăng hứng thú|để các em cố gắng].",
                        "[Bài bổ trợ đều đặn|Tập luyện] [cải thiện sức nhanh, sức bền|giúp thể lực tiến bộ].",
                    ),
                    (
                        "[Với sức bền|Để rèn sức bền], [tôi cho chạy biến tốc|tôi dùng chạy xen kẽ nhanh – chậm] [trên sân|theo hiệu lệnh còi], [tăng dần thời gian|qua từng tuần].",
                        "[Học sinh không thấy mệt mỏi|Các em thấy bớt nhàm chán] [vì tốc độ thay đổi|vì có nhịp nghỉ].",
                        "[Sức bền|Thành tích chạy] [được cải thiện|tăng rõ].",
                    ),
                )),
                ("[Phối hợp|Kết hợp] [gia đình và nhà trường|với phụ huynh] [để|trong việc] [duy trì|tăng cường] [tập luyện|vận động] [ngoài giờ|ở nhà]", (
                    (
                        "[Tôi|Giáo viên] [gửi|hướng dẫn] [bài tập|lịch tập] [đơn giản|mười lăm phút mỗi ngày] [qua nhóm lớp|cho phụ huynh] [để|và] {hs} [tập|luyện] [ở nhà|vào buổi sáng hoặc chiều].",
                        "[Phụ huynh|Gia đình] [xác nhận|ghi lại] [việc tập|kết quả tập] [của con|] [vào|trong] [phiếu theo dõi|bảng theo dõi] [hằng tuần|mỗi tuần].",
                        "[Cuối tháng|Mỗi tháng], [lớp|{hs}] [nào|em nào] [duy trì|thực hiện] [đều đặn|tốt] [được|sẽ được] [tuyên dương|khen] [dưới cờ|trong giờ chào cờ].",
                    ),
                    (
                        "[Tôi gửi bài tập thể dục buổi sáng|Học sinh nhận lịch tập] [qua nhóm Zalo phụ huynh|để tập ở nhà] [mười lăm phút mỗi sáng|trước khi đi học].",
                        "[Phụ huynh xác nhận|Cha mẹ đánh dấu] [vào phiếu theo dõi|khi con tập].",
                        "[Tập ở nhà|Phối hợp gia đình] [giúp duy trì thói quen vận động|tăng thời gian tập].",
                    ),
                    (
                        "[Trong buổi họp phụ huynh|Khi gặp phụ huynh], [tôi chia sẻ|tôi giới thiệu] [lợi ích vận động|cách cùng con tập] [như đạp xe, đi bộ cuối tuần|như chơi cầu lông].",
                        "[Nhiều gia đình|Phụ huynh] [hưởng ứng|tập cùng con].",
                        "[Gia đình đồng hành|Sự phối hợp] [giúp các em khỏe hơn|tạo nếp sống lành mạnh].",
                    ),
                )),
                ("Tổ chức [tập luyện theo trạm|tập vòng tròn] [để tăng mật độ vận động|cho {hs}]", (
                    (
                        "[Tôi chia sân thành năm trạm|Sân tập có bốn trạm] [như nhảy dây, bật xa, chạy zích zắc, gập bụng|mỗi trạm một bài tập], [mỗi nhóm tập ba phút rồi chuyển|theo tín hiệu còi].",
                        "[Em nào cũng vận động liên tục|Không ai phải đứng chờ lượt], [mật độ vận động tăng rõ|thời gian tập luyện hiệu quả hơn hẳn] [so với tập theo hàng|so với cách tập cũ].",
                        "[Thẻ hướng dẫn ở mỗi trạm|Hình minh họa tại trạm] [giúp nhóm trưởng điều khiển|giúp các em tự tập đúng động tác], [tôi di chuyển giữa các trạm để sửa sai|giáo viên quan sát và hỗ trợ].",
                    ),
                    (
                        "[Mỗi trạm có thẻ hướng dẫn|Thẻ bài tập] [có hình minh họa|dán ở trạm], [nhóm trưởng hướng dẫn|các em tự tập].",
                        "[Nội dung các trạm|Bài tập ở trạm] [được thay đổi theo tuần|thay đổi theo mục tiêu], [để tránh nhàm chán|để phát triển nhiều tố chất].",
                        "[Học sinh được đề xuất trạm mới|Các em góp ý], [giờ học luôn mới mẻ|tạo hứng thú].",
                    ),
                    (
                        "[Trạm tập được thay đổi|Nội dung trạm] [theo tuần|theo mục tiêu], [để tránh nhàm chán|phát triển nhiều tố chất].",
                        "[Tập theo trạm|Hình thức tập vòng tròn] [phù hợp với sân trường hẹp|tận dụng tốt dụng cụ ít ỏi], [vì mỗi trạm chỉ cần một ít dụng cụ|vì các nhóm dùng luân phiên].",
                        "[Thể lực của học sinh|Kết quả kiểm tra] [tiến bộ rõ sau một học kì|cải thiện ở nhiều nội dung].",
                    ),
                )),
                ("Lập [sổ theo dõi thể lực|nhật kí tập luyện] [cá nhân|của từng {hs}] [và đặt mục tiêu|để tự giác tập]", (
                    (
                        "[Mỗi học sinh có một cuốn sổ thể lực|Các em ghi nhật kí tập luyện] [ghi thành tích mỗi lần kiểm tra như chạy 30 m, nhảy dây, bật xa|theo bảng mẫu], [và tự đặt mục tiêu cho tháng sau|có mục tiêu vừa sức].",
                        "[Khi đạt mục tiêu|Thấy mình tiến bộ], [các em rất phấn khởi|học sinh tự giác tập thêm ở nhà].",
                        "[Sổ theo dõi|Nhật kí] [giúp tập luyện có kế hoạch|tạo động lực tự rèn luyện].",
                    ),
                    (
                        "[Những em đạt mục tiêu|Học sinh tiến bộ] [được tuyên dương trong giờ chào cờ|được khen trước lớp], [dù thành tích chưa cao|kể cả em thể lực yếu].",
                        "[Khen ngợi sự tiến bộ|Ghi nhận nỗ lực] [khích lệ mọi em|giúp các em không tự ti].",
                        "[Học sinh|Các em] [cố gắng|tập đều hơn].",
                    ),
                    (
                        "[Phụ huynh xem và kí sổ cuối tháng|Cha mẹ theo dõi sổ thể lực của con], [biết con tiến bộ đến đâu|động viên con], [nhiều gia đình tập cùng con|có phụ huynh chạy bộ cùng con mỗi sáng].",
                        "[Phối hợp gia đình|Sổ theo dõi] [giúp duy trì tập luyện|gắn kết].",
                    ),
                )),
                ("Hướng dẫn [khởi động, giãn cơ|phòng chấn thương] [đúng cách|trong tập luyện]", (
                    (
                        "[Tôi dạy bài khởi động chuẩn|Học sinh học bài khởi động] [từ khớp cổ đến cổ chân|theo trình tự], [kèm giải thích lợi ích|vì sao cần làm].",
                        "[Ban cán sự|Lớp trưởng] [điều khiển phần khởi động|hô nhịp cho cả lớp] [theo trình tự đã học|từ khớp cổ đến cổ chân], [tôi quan sát và sửa động tác sai|giáo viên nhắc nhở].",
                        "[Khởi động kĩ|Thói quen khởi động đúng] [giảm hẳn chấn thương khi tập|giúp tập hiệu quả hơn].",
                    ),
                    (
                        "[Cuối giờ|Sau tập luyện], [học sinh giãn cơ, giữ mỗi động tác mười giây|các em thả lỏng theo hướng dẫn], [hít thở sâu|nhẹ nhàng], [cơ thể hồi phục nhanh|giảm đau mỏi ngày hôm sau].",
                        "[Học sinh hiểu ích lợi|Các em tự giác làm], [không còn bỏ qua phần thả lỏng|trở thành thói quen].",
                    ),
                    (
                        "[Tranh hướng dẫn các động tác khởi động, giãn cơ|Áp phích minh họa] [được treo ở sân tập|được dán ở nhà đa năng], [học sinh nhìn và làm theo|các em tự thực hiện].",
                        "[Tranh|Hướng dẫn trực quan] [giúp thực hiện đúng|giúp nhớ động tác].",
                    ),
                )),
                ("Sử dụng [âm nhạc|nhạc nền] [trong tập luyện|khi tập thể lực] [cho {hs}|tạo hứng thú]", (
                    (
                        "[Tôi dùng loa nhỏ|Âm nhạc] [phát nhạc sôi động|có nhịp nhanh] [khi tập nhảy dây, aerobic|trong phần tập], [học sinh tập theo nhịp|các em hào hứng].",
                        "[Nhạc sôi động|Âm nhạc] [giúp học sinh quên mệt|làm giờ tập vui hơn], [tăng thời gian tập|nhiều em tập lâu hơn], [nhất là khi nhảy dây, chạy biến tốc|phù hợp các bài sức bền].",
                        "[Học sinh đề xuất bài nhạc|Các em chọn nhạc] [cho buổi tập|theo sở thích], [nên rất hào hứng|tạo hứng thú].",
                    ),
                    (
                        "[Học sinh tập bài dân vũ|Các em học nhảy theo nhạc] [vào đầu giờ hoặc giờ ra chơi|theo bài quen thuộc], [vận động toàn thân|nhịp nhàng].",
                        "[Dân vũ|Hoạt động] [được cả trường hưởng ứng|trở thành hoạt động giữa giờ].",
                    ),
                    (
                        "[Các nhóm tự dàn dựng bài tập theo nhạc|Học sinh sáng tạo động tác] [và thi trình diễn|trong giờ học], [bài hay được cả lớp tập theo|được chọn làm bài khởi động].",
                        "[Sáng tạo|Hoạt động] [phát huy năng khiếu|giúp các em tự tin].",
                    ),
                )),
                ("Thành lập [câu lạc bộ thể thao|nhóm tập luyện] [ngoài giờ|cho {hs}]", (
                    (
                        "[Trường có câu lạc bộ bóng đá, cầu lông|Tôi phụ trách câu lạc bộ thể thao] [sinh hoạt chiều thứ Năm|sau giờ học], [học sinh đăng kí theo sở thích|các em tự chọn môn].",
                        "[Câu lạc bộ|Nhóm tập] [có kế hoạch tập luyện cụ thể|có giáo viên hướng dẫn], [học sinh tiến bộ nhanh|được phát hiện năng khiếu].",
                        "[Thành viên câu lạc bộ|Các em] [tham gia giải thể thao cấp huyện|thi đấu giao hữu với trường bạn], [đạt một số giải|có thành tích].",
                    ),
                    (
                        "[Thành viên câu lạc bộ|Các em] [thi đấu giao hữu|tham gia giải huyện], [đạt một số giải|có thành tích].",
                        "[Học sinh lớp lớn|Các em giỏi] [hướng dẫn em nhỏ|làm \"huấn luyện viên nhí\"] [trong giờ câu lạc bộ|dưới sự giám sát của thầy cô].",
                        "[Các em|Học sinh] [tự tin, có trách nhiệm|được rèn kĩ năng lãnh đạo].",
                    ),
                    (
                        "[Học sinh lớp lớn|Các em giỏi] [hướng dẫn em nhỏ|làm huấn luyện viên nhí].",
                        "[Câu lạc bộ|Phong trào thể thao] [thu hút ngày càng đông học sinh|lan rộng trong trường], [giờ ra chơi sân trường luôn rộn ràng|thay cho thói quen ngồi xem điện thoại].",
                    ),
                )),
                ("Hướng dẫn {hs} [dinh dưỡng, nghỉ ngơi|chế độ sinh hoạt] [hợp lí|hỗ trợ tập luyện]", (
                    (
                        "[Tôi lồng ghép|Giáo viên giới thiệu] [kiến thức dinh dưỡng|về ăn uống hợp lí] [trong giờ học|trong vài phút], [như uống đủ nước, ăn sáng|như hạn chế nước ngọt].",
                        "[Học sinh ghi nhật kí ăn uống trong một tuần|Các em tự theo dõi bữa ăn], [rồi nhận xét xem đã đủ chất chưa|so với tháp dinh dưỡng], [nhiều em nhận ra mình uống quá nhiều nước ngọt|có em bỏ bữa sáng thường xuyên].",
                        "[Những phát hiện đó|Kết quả tự theo dõi] [giúp các em tự điều chỉnh|khiến các em chú ý ăn uống hơn].",
                    ),
                    (
                        "[Nhân viên y tế trường|Cán bộ y tế] [được mời nói chuyện|tư vấn] [về giấc ngủ, dinh dưỡng tuổi học trò|trong giờ sinh hoạt], [học sinh đặt nhiều câu hỏi|các em rất quan tâm].",
                        "[Kiến thức thiết thực|Buổi tư vấn] [giúp các em thay đổi thói quen|hỗ trợ tốt cho tập luyện].",
                    ),
                    (
                        "[Các nhóm vẽ áp phích về bữa ăn lành mạnh|Học sinh làm tranh tuyên truyền] [trưng bày ở căng tin|dán ở bảng tin trường].",
                        "[Áp phích|Sản phẩm] [nhắc nhở mọi người|lan tỏa thói quen tốt].",
                    ),
                )),
                ("Tập luyện [phân hóa|riêng] [cho {hs} thừa cân, thể lực yếu|theo nhóm đối tượng]", (
                    (
                        "[Với học sinh thừa cân|Nhóm các em chưa đạt chuẩn], [tôi thiết kế bài tập nhẹ|bài tập phù hợp] [như đi bộ nhanh, đạp xe|tăng dần], [không ép|vừa sức].",
                        "[Tôi trao đổi với gia đình|Phụ huynh được tư vấn] [về chế độ tập và ăn uống phù hợp|để cùng theo dõi], [nhiều gia đình hưởng ứng|phối hợp chặt chẽ].",
                        "[Các em thừa cân|Học sinh thể lực yếu] [tiến bộ từng bước|khỏe hơn], [tự tin hơn khi tham gia hoạt động|không còn ngại giờ thể dục].",
                    ),
                    (
                        "[Tôi trao đổi với gia đình|Phụ huynh] [về chế độ tập|về ăn uống] [của con|phù hợp].",
                        "[Nhóm cần hỗ trợ|Các em thể lực yếu] [tập thêm buổi chiều với bài tập nhẹ, thú vị|có lịch tập riêng] [như trò chơi vận động|như đi bộ nhanh, bơi], [tăng dần cường độ|vừa sức].",
                        "[Các em|Học sinh] [hứng thú|tiến bộ rõ].",
                    ),
                    (
                        "[Nhóm đặc biệt|Các em yếu] [tập thêm buổi chiều|có lịch tập riêng], [với bài tập thú vị|như trò chơi].",
                        "[Với những em có bệnh lí|Học sinh có vấn đề sức khỏe], [tôi xem hồ sơ y tế|tôi phối hợp nhân viên y tế] [để giao bài tập an toàn|để điều chỉnh lượng vận động].",
                        "[Các em|Học sinh] [vẫn tham gia đầy đủ|được vận động an toàn].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [chia|tách] [kĩ thuật|động tác] [tâng cầu bằng đùi, bằng má trong bàn chân|chuyền cầu] [thành|ra] [các giai đoạn|từng cử động] [nhỏ|] [để|cho] {hs} [tập|luyện] [chậm|từng phần] [trước|] [khi|rồi mới] [phối hợp|ghép] [hoàn chỉnh|thành động tác].",
                        "[Ban đầu|Lúc đầu], [các em|{hs}] [tập|luyện] [không có cầu|với quả cầu treo] [để|nhằm] [hình thành|định hình] [động tác|tư thế] [đúng|], [sau đó|rồi] [mới|] [tập|chuyển sang tập] [với|] [cầu thật|quả cầu thật].",
                        "[Tôi|Giáo viên] [làm mẫu|thị phạm] [ở|từ] [nhiều|các] [góc độ|hướng] [khác nhau|] [và|,] [kết hợp|dùng] [video quay chậm|hình ảnh] [để|cho] [các em|] [quan sát|nhìn] [rõ|kĩ] [chi tiết|động tác].",
                    ),
                    (
                        "[Tôi tách kĩ thuật tâng cầu|Động tác tâng cầu được chia] [thành ba phần|thành từng bước]: [tư thế chuẩn bị, đưa chân, tiếp xúc cầu|đứng, nâng đùi, chạm cầu], [học sinh tập từng phần|các em luyện riêng từng bước].",
                        "[Khi từng phần đã đúng|Thành thạo từng bước], [các em ghép lại|học sinh tập động tác hoàn chỉnh].",
                        "[Dạy phân chia|Cách dạy này] [giúp học sinh nắm kĩ thuật|hạn chế sai động tác].",
                    ),
                    (
                        "[Với động tác tâng cầu bằng má trong|Khi dạy má trong], [tôi cho tập không cầu trước|học sinh tập mô phỏng] [theo nhịp đếm|trước gương], [rồi mới tập với cầu|sau đó mới dùng cầu].",
                        "[Tập mô phỏng|Luyện không cầu] [giúp quen động tác|giúp đúng tư thế].",
                        "[Các em|Học sinh] [tâng cầu đúng kĩ thuật|tiến bộ nhanh].",
                    ),
                )),
                ("Tổ chức [thi đua|tập luyện] [theo nhóm|theo cặp] [và|,] [đánh giá|kiểm tra] [bằng|qua] [số lần tâng cầu|thành tích]", (
                    (
                        "{hs} [tập|luyện] [theo cặp|theo nhóm ba], [một em|bạn] [tập|tâng cầu], [em kia|bạn còn lại] [đếm|quan sát] và [nhận xét|sửa động tác] [cho bạn|], [sau đó|rồi] [đổi vai|đổi nhiệm vụ].",
                        "[Mỗi tuần|Cuối tuần], [lớp|các tổ] [thi|thi đua] [tâng cầu|chuyền cầu] [xem ai|xem đội nào] [được nhiều lần nhất|duy trì lâu nhất]; [kết quả|thành tích] [được|] [ghi|dán] [lên bảng thi đua|ở góc lớp].",
                        "[Những em|{hs}] [có năng khiếu|tiến bộ nhanh] [được|] [chọn|tuyển] [vào|tham gia] [đội tuyển|câu lạc bộ] [đá cầu|] [của trường|] [để|nhằm] [bồi dưỡng|luyện tập] [thi đấu|tham gia hội khỏe Phù Đổng].",
                    ),
                    (
                        "[Các nhóm thi tâng cầu|Tôi tổ chức thi đua] [đếm số lần tâng liên tục|theo nhóm], [nhóm có tổng nhiều nhất thắng|cộng điểm nhóm].",
                        "[Học sinh khá được phân công hướng dẫn bạn|Các em giỏi kèm bạn] [trong nhóm|khi luyện tập], [để nhóm đạt thành tích cao|vì kết quả tính cho cả nhóm].",
                        "[Mỗi tuần|Định kì], [tôi kiểm tra số lần tâng cầu liên tục|học sinh tự đếm và ghi vào bảng], [em tiến bộ được khen|để theo dõi tiến bộ].",
                    ),
                    (
                        "[Mỗi tuần|Định kì], [tôi kiểm tra số lần tâng|học sinh tự đếm], [ghi vào bảng|để theo dõi tiến bộ].",
                        "[Bảng thành tích|Kết quả tâng cầu] [được dán ở sân tập|được cập nhật hằng tuần], [học sinh nhìn thấy sự tiến bộ của mình|các em thi đua].",
                        "[Thi đua nhóm|Hoạt động] [tạo động lực|giúp đoàn kết].",
                    ),
                )),
                ("Luyện [bài tập bổ trợ|cảm giác cầu] [trước khi tập với cầu thật|cho {hs} mới tập]", (
                    (
                        "[Với học sinh mới tập|Ban đầu], [tôi cho tâng bóng bay, bóng nhựa nhẹ|các em tập với vật rơi chậm] [để quen cảm giác chạm và phán đoán điểm rơi|để làm quen động tác], [rồi mới chuyển sang quả cầu thật|sau đó dùng cầu].",
                        "[Tập bổ trợ|Bước đệm này] [giúp học sinh tự tin|giảm nản chí khi mới học].",
                        "[Các em|Học sinh] [tiến bộ nhanh|thích thú].",
                    ),
                    (
                        "[Học sinh tập tung cầu bằng tay và bắt|Các em tung và đón cầu] [để quen đường bay của cầu|rèn phản xạ], [trước khi tập bằng chân|làm bài khởi động].",
                        "[Bài tập|Hoạt động] [giúp đón cầu chính xác|đơn giản mà hiệu quả].",
                        "[Học sinh|Các em] [phán đoán tốt hơn|tự tin].",
                    ),
                    (
                        "[Tôi cho học sinh đá cầu vào tường|Các em đá cầu vào tường và đón cầu bật lại], [luyện liên tục|nhiều lần trong giờ], [tăng số lần chạm cầu|không cần bạn tập cùng].",
                        "[Bài tập|Hoạt động] [giúp luyện nhiều|rèn độ chính xác].",
                        "[Học sinh|Các em] [tập được nhiều|hứng thú].",
                    ),
                )),
                ("Tự làm [quả cầu|cầu đá] [từ vật liệu đơn giản|để mỗi {hs} có cầu tập]", (
                    (
                        "Tôi [hướng dẫn học sinh làm cầu|cùng học sinh làm cầu] [từ lông gà, nắp chai, miếng cao su|từ vật liệu dễ kiếm], [mỗi em một quả|đủ cho cả lớp].",
                        "[Có quả cầu riêng|Khi mỗi em có một quả cầu], [học sinh tập được cả ở nhà và giờ ra chơi|các em luyện thêm ngoài giờ học], [thời gian tiếp xúc với cầu tăng nhiều|nên tiến bộ nhanh hơn hẳn].",
                        "[Việc làm cầu|Hoạt động tự làm cầu] [giúp các em quý dụng cụ của mình|tiết kiệm kinh phí mua sắm cho nhà trường].",
                    ),
                    (
                        "[Phụ huynh hỗ trợ vật liệu và cùng con làm cầu|Cha mẹ giúp các em hoàn thiện quả cầu], [nhiều gia đình làm cả cầu cho anh chị em trong nhà|buổi làm cầu trở thành hoạt động vui của gia đình].",
                        "[Sự hỗ trợ|Sự chung tay của phụ huynh] [giúp lớp đủ cầu cho mọi em|gắn kết gia đình với giờ học thể dục].",
                    ),
                    (
                        "[Các nhóm thi làm cầu đẹp và bền|Học sinh thi làm cầu] [rồi dùng thử|đá thử], [cầu tốt được dùng trong giờ học|được khen].",
                        "[Những quả cầu bền và đẹp nhất|Cầu đạt giải] [được dùng trong giờ học|được trưng bày ở phòng thể chất], [các em tự hào vì sản phẩm của mình|học sinh thích thú].",
                        "[Cuộc thi làm cầu|Hoạt động] [phát huy sự khéo tay, sáng tạo|tạo hứng thú với môn đá cầu].",
                    ),
                )),
                ("Dùng [video quay chậm|ghi hình] [để {hs} tự sửa động tác|khi tập đá cầu]", (
                    (
                        "[Khi xem lại video quay chậm|Nhìn động tác của mình trên màn hình], [học sinh tự nhận ra những lỗi mà trước đây không tin|các em hiểu ngay vì sao cầu bay lệch], [như nhìn chân thay vì nhìn cầu|như đá quá mạnh].",
                        "[Sửa lỗi bằng hình ảnh|Việc tự xem lại] [nhanh và hiệu quả hơn nhiều lời nhắc|giúp học sinh tiến bộ rõ].",
                    ),
                    (
                        "[Video kĩ thuật mẫu|Đoạn phim hướng dẫn] [được chiếu nhiều lần đầu giờ|được xem chậm từng động tác], [học sinh quan sát kĩ điểm chạm cầu, tư thế thân người|các em chú ý từng chi tiết].",
                        "[Có hình ảnh trực quan|Nhờ video mẫu], [các em bắt chước đúng hơn|giáo viên đỡ phải làm mẫu nhiều lần].",
                    ),
                    (
                        "[Các cặp quay video cho nhau bằng điện thoại|Học sinh ghi hình lẫn nhau], [rồi cùng xem và góp ý|rồi nhận xét theo phiếu], [biết mình cần sửa điều gì|tự đặt mục tiêu cho buổi tập sau].",
                        "[Hoạt động tự quay|Việc tự ghi hình] [tạo hứng thú|giúp các em chủ động trong tập luyện].",
                    ),
                )),
                ("Thành lập [câu lạc bộ đá cầu|nhóm đá cầu] [giờ ra chơi|cho {hs}]", (
                    (
                        "[Câu lạc bộ đá cầu|Nhóm đá cầu] [sinh hoạt giờ ra chơi ở sân trường|có lịch tập cố định], [học sinh tham gia tự nguyện|các em đăng kí], [có trưởng nhóm quản lí|có lịch tập].",
                        "[Thành viên câu lạc bộ|Các em đá giỏi] [hướng dẫn bạn mới và các em lớp dưới|làm mẫu cho người mới tham gia], [câu lạc bộ ngày càng đông|phong trào lan rộng khắp trường].",
                        "[Đá cầu giờ ra chơi|Hoạt động của câu lạc bộ] [giúp sân trường sôi động|thay thế thói quen ngồi một chỗ chơi điện thoại].",
                    ),
                    (
                        "[Thành viên giỏi|Các em đá tốt] [hướng dẫn bạn mới|làm mẫu cho các em lớp dưới], [câu lạc bộ ngày càng đông|phong trào lan rộng].",
                        "[Câu lạc bộ|Nhóm đá cầu] [giao lưu với trường bạn và tham gia giải cấp huyện|thi đấu giao hữu định kì], [đạt một số giải cá nhân và đồng đội|có thành tích đáng khích lệ].",
                        "[Thành tích|Những tấm huy chương] [tạo động lực cho các thành viên|khích lệ nhiều em khác tham gia].",
                    ),
                    (
                        "[Câu lạc bộ|Nhóm] [giao lưu thi đấu với trường bạn|tham gia giải huyện], [đạt một số giải|có thành tích].",
                        "[Trưởng nhóm câu lạc bộ|Ban điều hành do học sinh tự bầu] [lên lịch tập, quản lí dụng cụ|tự tổ chức sinh hoạt], [giáo viên chỉ hỗ trợ chuyên môn|tôi góp ý khi cần].",
                        "[Việc tự quản|Vai trò trưởng nhóm] [rèn kĩ năng tổ chức cho học sinh|giúp câu lạc bộ hoạt động đều đặn].",
                    ),
                )),
                ("Tổ chức [thi đấu giao hữu|giải đá cầu] [giữa các lớp|cho {hs}]", (
                    (
                        "[Mỗi học kì|Cuối năm], [tôi tổ chức giải đá cầu|các lớp thi đấu] [theo thể thức|theo nhóm tuổi], [có cả nội dung đôi nam nữ|nhiều nội dung].",
                        "[Học sinh làm trọng tài|Các em giỏi làm trọng tài] [dưới sự hướng dẫn của giáo viên|có thầy cô giám sát], [hiểu luật thi đấu rõ hơn|có trách nhiệm].",
                        "[Giải đấu|Các trận thi đấu] [có giải phong cách, giải cổ động viên|khuyến khích tinh thần thể thao], [lớp nào cũng vui|tạo không khí đoàn kết].",
                    ),
                    (
                        "[Học sinh làm trọng tài|Các em làm trọng tài] [dưới sự hướng dẫn|có giáo viên giám sát].",
                        "[Học sinh các lớp luyện tập nhiều tuần|Các lớp chuẩn bị] [trước giải|hào hứng], [phong trào đá cầu sôi nổi|giờ ra chơi đâu cũng thấy các em đá cầu].",
                        "[Giải đấu|Hoạt động] [tạo phong trào|khích lệ].",
                    ),
                    (
                        "[Giải đấu|Thi đấu] [có giải phong cách|có giải cổ động viên], [khuyến khích|tạo không khí].",
                        "[Các lớp|Học sinh] [vui|đoàn kết].",
                        "[Giải|Hoạt động] [ý nghĩa|đáng nhớ].",
                    ),
                )),
                ("Sửa [lỗi kĩ thuật|sai động tác] [thường gặp|theo từng lỗi] [khi dạy đá cầu|cho {hs}]", (
                    (
                        "Tôi [tổng hợp những lỗi thường gặp|liệt kê các lỗi hay mắc] [như nhìn chân thay vì nhìn cầu, đá quá mạnh, tư thế đứng sai|khi tâng cầu], [kèm cách sửa|có hướng dẫn khắc phục].",
                        "[Những em hay mắc cùng một lỗi|Học sinh sai giống nhau] [được xếp vào một nhóm để luyện bài tập sửa lỗi|được tôi hướng dẫn riêng], [như tập đá vào vạch đánh dấu trên tường để điều chỉnh lực|với bài tập cụ thể cho từng lỗi].",
                        "[Sửa lỗi có trọng tâm|Cách làm này] [giúp các em tiến bộ nhanh|tiết kiệm thời gian tập luyện].",
                    ),
                    (
                        "[Khi chỉnh động tác cho từng em|Trong lúc hướng dẫn trực tiếp], [tôi cầm tay, chỉnh tư thế và làm mẫu chậm|giáo viên kiên nhẫn sửa từng chi tiết], [học sinh hiểu ngay cần thay đổi gì|các em sửa được ngay tại chỗ].",
                        "[Sửa trực tiếp|Hướng dẫn cá nhân] [hiệu quả với những em còn yếu|giúp các em tự tin hơn].",
                    ),
                    (
                        "[Học sinh góp ý cho nhau theo phiếu quan sát|Các cặp sửa lỗi cho nhau] [với ba tiêu chí: nhìn cầu, lực đá, tư thế|theo bảng lỗi thường gặp], [vừa giúp bạn vừa hiểu kĩ thuật hơn|rèn khả năng quan sát].",
                        "[Sửa chéo|Hoạt động] [giúp học sinh chủ động học|tạo không khí hợp tác].",
                    ),
                )),
                ("Phối hợp [gia đình|phụ huynh] [để {hs} luyện tâng cầu ở nhà|duy trì tập luyện ngoài giờ]", (
                    (
                        "[Phụ huynh ghi số lần tâng cầu của con mỗi tối|Gia đình ghi kết quả vào phiếu], [cuối tuần học sinh nộp phiếu cho cô|tôi tổng hợp và khen những em tập đều].",
                        "[Tập ở nhà đều đặn|Sự phối hợp của gia đình] [giúp số lần tâng cầu liên tục của học sinh tăng rõ|giúp các em tiến bộ nhanh].",
                    ),
                    (
                        "[Nhiều phụ huynh chơi đá cầu cùng con vào cuối tuần|Cha mẹ tham gia tập cùng], [biến giờ tập thành hoạt động vui của cả nhà|cả gia đình cùng vận động].",
                        "[Học sinh thích tập hơn|Các em hào hứng] [vì có bố mẹ đồng hành|và tập nhiều hơn trước].",
                    ),
                    (
                        "[Video hướng dẫn kĩ thuật|Clip ngắn do tôi quay] [được gửi qua nhóm Zalo phụ huynh|được chia sẻ cho gia đình], [để phụ huynh nhắc con tập đúng động tác|giúp cha mẹ biết cách hỗ trợ con].",
                        "[Sự phối hợp qua video|Hướng dẫn từ xa] [thuận tiện|giúp tập luyện ở nhà đúng kĩ thuật].",
                    ),
                )),
                ("Đánh giá [kĩ năng đá cầu|kết quả học tập] [bằng bảng kiểm|theo tiêu chí kĩ thuật] [rõ ràng|cho {hs}]", (
                    (
                        "Tôi [lập bảng kiểm với các tiêu chí tư thế, động tác, số lần tâng liên tục|xây dựng tiêu chí đánh giá theo ba mức], [đánh giá từng em khi kiểm tra|công bố trước cho học sinh biết].",
                        "[Học sinh tự đánh giá theo bảng kiểm|Các em tự chấm mình] [trước khi tôi đánh giá|trước buổi kiểm tra], [rồi so sánh với nhận xét của cô|và trao đổi với giáo viên].",
                        "[Việc tự đánh giá|Tự nhìn lại] [giúp các em hiểu rõ điểm mạnh, điểm yếu|giúp học sinh biết cần luyện gì].",
                    ),
                    (
                        "[Học sinh tự đánh giá theo bảng kiểm trước|Các em tự chấm mình], [tôi đối chiếu và trao đổi|giáo viên so sánh với nhận xét của mình].",
                        "[Kết quả đánh giá|Điểm kiểm tra] [được thông báo kèm nhận xét cụ thể từng tiêu chí|kèm lời khuyên cho buổi tập sau], [học sinh biết rõ cần cố gắng ở đâu|các em có mục tiêu rõ ràng].",
                        "[Nhận xét cụ thể|Đánh giá theo tiêu chí] [động viên học sinh|giúp việc đánh giá công bằng, minh bạch].",
                    ),
                    (
                        "[Kết quả đánh giá|Điểm] [được thông báo kèm nhận xét cụ thể|kèm lời khuyên], [học sinh biết cần luyện thêm gì|các em có mục tiêu rõ].",
                        "[Nhận xét|Đánh giá] [động viên|hữu ích].",
                    ),
                )),
            ),
        },
    ),
}

FIELDS = (LICH_SU_DIA_LY, THE_DUC)

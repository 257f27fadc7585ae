"""Content bank: kế toán and văn phòng / hành chính công. Written for this project.

These fields use the "admin" kind: ``{hs}`` is the people served ("cán bộ,
giáo viên" or "người dân") and there are no grades.
"""

from __future__ import annotations

KE_TOAN = {
    "key": "ke_toan",
    "name": "Kế toán",
    "kind": "admin",
    "levels": ("tieu_hoc", "thcs", "thpt", "mam_non", "ubnd"),
    "mon": "công tác kế toán",
    "phaply": (
        "Luật Kế toán số 88/2015/QH13",
        "Thông tư số 107/2017/TT-BTC ngày 10/10/2017 hướng dẫn chế độ kế toán hành chính, sự nghiệp",
        "Luật Quản lý, sử dụng tài sản công năm 2017",
    ),
    "duties": ("Kế toán", "Kế toán kiêm thủ quỹ", "Công chức Tài chính – Kế toán", "Nhân viên kế toán"),
    "slots": {
        "dc": ("phần mềm kế toán MISA", "bảng tính Excel", "phần mềm quản lí tài sản", "dịch vụ công trực tuyến của Kho bạc", "chữ kí số", "hóa đơn điện tử", "sổ theo dõi công nợ"),
        "hd": ("buổi tập huấn nghiệp vụ ngắn", "cuộc họp công khai tài chính", "buổi đối chiếu số liệu cuối tháng", "lớp hướng dẫn sử dụng phần mềm"),
        "vd": ("hồ sơ thanh toán tiền tăng giờ", "khoản thu học phí", "hồ sơ quyết toán kinh phí sự nghiệp", "bảng lương tháng", "chứng từ mua sắm trang thiết bị", "khoản chi hỗ trợ học sinh nghèo"),
    },
    "theory": (
        "[Kế toán|Công tác kế toán] [là|giữ vai trò là] [công cụ|công cụ quan trọng] [quản lí|để quản lí] [tài chính|ngân sách], [cung cấp|phản ánh] [thông tin|số liệu] [kịp thời, chính xác|trung thực] [cho|giúp] [thủ trưởng đơn vị|lãnh đạo] [điều hành|ra quyết định].",
        "[Các khoản thu, chi|Mọi khoản thu, chi] [của đơn vị|] [phải|đều phải] [đúng chế độ|đúng quy định], [có|đầy đủ] [chứng từ hợp pháp|hồ sơ hợp lệ] [và|,] [được|] [công khai|niêm yết công khai] [theo quy định|định kì].",
    ),
    "reality": (
        "[Khối lượng chứng từ|Số lượng chứng từ] [lớn|nhiều], [nhiều|một số] [khoản thu|nguồn kinh phí] [phải|cần] [theo dõi|quản lí] [riêng|chi tiết], [trong khi|mà] [đơn vị|trường] [chỉ có|chỉ bố trí] [một|] [kế toán|người làm kế toán] [kiêm nhiệm|kiêm thủ quỹ].",
        "[Việc|Công tác] [lưu trữ|sắp xếp] [chứng từ|hồ sơ] [còn|vẫn còn] [thủ công|chưa khoa học], [khi|mỗi khi] [cần|có] [kiểm tra|thanh tra, kiểm toán] [thì|phải] [mất nhiều thời gian|tốn nhiều công sức] [tìm kiếm|tra cứu].",
    ),
    "topics": (
        {
            "key": "kt_phan_mem",
            "phrase": "phần mềm kế toán",
            "levels": ("tieu_hoc", "thcs", "thpt", "mam_non", "ubnd"),
            "titles": (
                "[ứng dụng|khai thác hiệu quả] phần mềm kế toán [trong|vào] [công tác|quản lí] tài chính [tại|ở] {truong_ngan}",
                "[sử dụng|vận dụng] phần mềm kế toán [để|nhằm] [nâng cao hiệu quả|giảm tải] công tác kế toán [ở|tại] [đơn vị|{truong_ngan}]",
            ),
            "ideas": (
                ("[Chuẩn hóa|Thiết lập] [danh mục|hệ thống danh mục] [và|,] [quy trình nhập liệu|cách nhập chứng từ] [trên phần mềm|]", (
                    (
                        "[Tôi|Bộ phận kế toán] [rà soát|xây dựng lại] [danh mục|hệ thống danh mục] [nguồn kinh phí, mục lục ngân sách, đối tượng|tài khoản, nguồn vốn] [trên|trong] {dc} [cho|để] [thống nhất|phù hợp] [với|theo] [quy định|chế độ kế toán] [hiện hành|mới].",
                        "[Mỗi loại|Từng loại] [chứng từ|nghiệp vụ] [được|] [lập|có] [hướng dẫn|quy trình] [nhập liệu|hạch toán] [mẫu|cụ thể], [tránh|hạn chế] [sai sót|nhầm lẫn] [khi hạch toán|do nhập trùng].",
                        "[Nhờ|Với] [danh mục|hệ thống] [chuẩn|thống nhất], [báo cáo|sổ sách] [được|] [lập|kết xuất] [tự động|nhanh chóng], [số liệu|] [khớp đúng|chính xác] [với|giữa] [sổ kế toán và Kho bạc|các sổ].",
                    ),
                    (
                        "[Ngay từ đầu năm tài chính|Khi khởi tạo dữ liệu năm mới], tôi [rà soát lại toàn bộ danh mục|chuẩn hóa danh mục] [nguồn kinh phí, mục lục ngân sách, đối tượng|trên phần mềm], [xóa những mã trùng, mã không còn dùng|thống nhất cách đặt mã].",
                        "[Danh mục gọn và thống nhất|Khi danh mục đã chuẩn], [việc nhập chứng từ nhanh hơn|ít chọn nhầm mã], [báo cáo cuối kì ra đúng ngay lần đầu|không phải sửa đi sửa lại].",
                    ),
                    (
                        "Tôi [lập bảng hướng dẫn nhập liệu một trang|soạn quy trình nhập chứng từ] [cho từng loại nghiệp vụ thường gặp|như tạm ứng, thanh toán, rút dự toán], [ghi rõ chọn mã nào, hạch toán vào đâu|kèm ví dụ cụ thể].",
                        "[Khi có người hỗ trợ nhập liệu|Lúc bàn giao công việc], [người mới làm theo bảng hướng dẫn|đồng nghiệp chỉ cần đọc quy trình] [là nhập đúng|mà không phải hỏi lại nhiều].",
                    ),
                )),
                ("[Số hóa|Lưu trữ điện tử] chứng từ [và|kết hợp] [tra cứu|quản lí] [nhanh|theo mã]", (
                    (
                        "[Chứng từ|Hồ sơ] [sau khi|khi] [được duyệt|hoàn thành] [được|] [quét|scan] [thành tệp|sang định dạng PDF] [và|,] [đặt tên|lưu] [theo|với] [quy tắc|cấu trúc] [thống nhất|năm – tháng – số chứng từ].",
                        "[Ví dụ|Chẳng hạn], [khi cần|lúc cần] [kiểm tra|xem lại] {vd}, [tôi|kế toán] [chỉ cần|chỉ mất] [vài phút|ít phút] [tìm|tra cứu] [trên máy tính|trong thư mục] [thay vì|chứ không phải] [lục tìm|tìm] [cả buổi|hàng giờ] [trong tủ hồ sơ|].",
                        "[Dữ liệu|Tệp lưu trữ] [được|] [sao lưu|lưu dự phòng] [định kì|hằng tuần] [vào|trên] [ổ cứng ngoài|ổ đĩa riêng] [để|nhằm] [phòng|tránh] [mất mát|sự cố].",
                    ),
                    (
                        "Tôi [scan toàn bộ chứng từ gốc sau khi kí duyệt|số hóa chứng từ] [và lưu theo cây thư mục năm – tháng – số chứng từ|đặt tên tệp theo số chứng từ trên phần mềm], [gắn đường dẫn vào phần ghi chú|để tra cứu nhanh].",
                        "[Khi cần kiểm tra một khoản chi|Lúc đoàn kiểm tra yêu cầu], [tôi tìm được chứng từ trong vài giây|không phải lục tủ hồ sơ], [bản giấy vẫn được lưu trữ đúng quy định|song song với bản điện tử].",
                    ),
                    (
                        "[Mỗi bộ chứng từ|Từng hồ sơ thanh toán] [được dán một mã QR|được gắn mã số] [liên kết tới bản scan|trùng với số trên phần mềm], [nên đối chiếu giấy và máy rất nhanh|giúp việc kiểm tra chéo dễ dàng].",
                        "[Thời gian chuẩn bị hồ sơ quyết toán|Công việc cuối năm] [rút ngắn đáng kể|nhẹ nhàng hơn trước nhiều].",
                    ),
                )),
                ("[Khai thác|Sử dụng] [chữ kí số|dịch vụ công trực tuyến] [trong|khi] [giao dịch|thanh toán] với Kho bạc", (
                    (
                        "[Đơn vị|Tôi] [đăng kí|sử dụng] [chữ kí số|{dc}] [để|nhằm] [lập và gửi|gửi] [hồ sơ|chứng từ] [thanh toán|] [qua|trên] [Cổng dịch vụ công|mạng] [thay vì|thay cho] [đi lại|nộp trực tiếp] [nhiều lần|].",
                        "[Thời gian|Thời gian xử lí] [thanh toán|] [được|] [rút ngắn|giảm] [từ|] {n_a} [ngày|] [xuống còn|chỉ còn] {n_b} [ngày|], [tiết kiệm|giảm] [chi phí|công sức] [đi lại|] [cho đơn vị|].",
                    ),
                    (
                        "[Đơn vị|Chúng tôi] [đăng kí chữ kí số cho thủ trưởng và kế toán|triển khai ký số trên dịch vụ công Kho bạc], [hồ sơ rút dự toán, thanh toán được gửi trực tuyến|không phải mang chứng từ đến Kho bạc].",
                        "[Thời gian giao dịch|Một lần thanh toán] [từ nửa ngày đi lại xuống còn vài phút|nhanh hơn nhiều], [tiết kiệm chi phí đi lại|giảm rủi ro thất lạc chứng từ].",
                    ),
                    (
                        "Tôi [lập sổ theo dõi hồ sơ gửi Kho bạc|ghi nhận từng hồ sơ gửi trực tuyến] [với ngày gửi, ngày Kho bạc chấp nhận, ghi chú nếu bị trả lại|để theo dõi tiến độ], [xử lí ngay hồ sơ bị từ chối|bổ sung kịp thời].",
                        "[Không còn hồ sơ bị \"treo\"|Mọi khoản thanh toán] [được xử lí đúng hạn|người nhận tiền không phải chờ lâu].",
                    ),
                )),
                ("Đối chiếu số liệu [định kì|hằng tháng] [giữa phần mềm, sổ sách và Kho bạc|để phát hiện sai sót sớm]", (
                    (
                        "[Cuối mỗi tháng|Vào ngày làm việc cuối tháng], tôi [đối chiếu số dư tài khoản trên phần mềm với sổ phụ Kho bạc, ngân hàng|in báo cáo và so với số liệu Kho bạc], [đánh dấu từng khoản khớp|ghi chú khoản chênh lệch].",
                        "[Chênh lệch dù nhỏ|Mọi khoản lệch] [được tìm nguyên nhân ngay trong tuần|được xử lí trước khi sang tháng sau], [không để dồn đến cuối năm|tránh tích tụ sai sót].",
                        "[Nhờ đối chiếu đều đặn|Cách làm này] [báo cáo quyết toán năm khớp ngay lần đầu|được Phòng Tài chính đánh giá tốt].",
                    ),
                    (
                        "Tôi [lập biên bản đối chiếu với thủ quỹ|cùng thủ quỹ kiểm quỹ] [vào cuối mỗi tuần|định kì], [so sổ quỹ tiền mặt với số tiền thực tế|có chữ kí hai bên].",
                        "[Việc kiểm quỹ thường xuyên|Đối chiếu hằng tuần] [giúp quản lí tiền mặt chặt chẽ|giảm rủi ro nhầm lẫn].",
                        "[Sai sót|Những chênh lệch nhỏ] [được phát hiện ngay|không để kéo dài].",
                    ),
                    (
                        "[Với các khoản tạm ứng|Các khoản cho cán bộ tạm ứng], tôi [lập bảng theo dõi thời hạn thanh toán tạm ứng|nhắc người tạm ứng hoàn chứng từ] [trước hạn mười ngày|bằng tin nhắn], [không để tạm ứng quá hạn|bảo đảm đúng quy định].",
                        "[Số dư tạm ứng cuối năm|Tạm ứng tồn đọng] [giảm gần như bằng không|được xử lí dứt điểm].",
                    ),
                )),
                ("Triển khai [hóa đơn điện tử|chứng từ điện tử] [trong thu chi của đơn vị|đúng quy định]", (
                    (
                        "[Khi chuyển sang hóa đơn điện tử|Thực hiện quy định về hóa đơn điện tử], tôi [đăng kí và tập huấn cho bộ phận liên quan|hướng dẫn cách lập, gửi, lưu hóa đơn], [lập quy trình kiểm tra hóa đơn đầu vào trên cổng thuế|để tra cứu tính hợp lệ].",
                        "[Mỗi hóa đơn nhận về|Hóa đơn của nhà cung cấp] [được tra cứu trước khi thanh toán|được kiểm tra mã tra cứu], [tránh hóa đơn sai thông tin|loại bỏ hóa đơn không hợp lệ].",
                        "[Hóa đơn điện tử|Chứng từ số] [lưu trữ gọn, tra cứu nhanh|giảm giấy tờ].",
                    ),
                    (
                        "Tôi [gửi biên lai thu điện tử|áp dụng biên lai điện tử] [cho các khoản thu của phụ huynh, người dân|qua tin nhắn, thư điện tử], [người nộp nhận ngay|không cần đến nhận bản giấy].",
                        "[Việc thu nộp|Các khoản thu] [minh bạch|được ghi nhận ngay trên hệ thống], [người nộp tra cứu được|giảm thắc mắc].",
                    ),
                    (
                        "[Hóa đơn điện tử|Các chứng từ điện tử] [được lưu theo thư mục năm – tháng|được sao lưu định kì], [kết nối với phần mềm kế toán|gắn với chứng từ thanh toán].",
                        "[Khi kiểm tra|Lúc quyết toán], [tôi in hoặc trích xuất ngay|mọi thứ có sẵn].",
                    ),
                )),
                ("Lập [biểu mẫu Excel|bảng tính] [tự động tính lương, phụ cấp|hỗ trợ các nghiệp vụ lặp lại] [chính xác|nhanh chóng]", (
                    (
                        "Tôi [thiết kế bảng tính lương trên Excel|xây dựng một tệp tính lương] [có công thức tự động tính các khoản bảo hiểm, phụ cấp|liên kết với danh sách hệ số], [chỉ cần nhập ngày công, hệ số thay đổi|là ra bảng lương].",
                        "[Các ô công thức được khóa|Tệp có bảo vệ] [tránh sửa nhầm|giữ an toàn cho công thức], [kết quả được đối chiếu với phần mềm|trước khi chuyển khoản].",
                        "[Thời gian làm lương|Công việc hằng tháng] [giảm từ một ngày xuống một, hai giờ|nhanh hơn nhiều], [ít sai sót|chính xác hơn].",
                    ),
                    (
                        "[Với tiền dạy thêm giờ|Khi tính tiền tăng giờ], tôi [lập bảng tự động lấy số tiết từ báo cáo của tổ chuyên môn|xây dựng biểu mẫu nhập số tiết], [tự tính theo định mức và mức lương|áp dụng đúng quy định hiện hành].",
                        "[Tổ trưởng chỉ cần nhập số tiết|Các tổ gửi số liệu đúng mẫu], [bảng tổng hợp ra ngay|kế toán không phải tính tay].",
                        "[Biểu mẫu|Bảng tính] [chính xác, minh bạch|được giáo viên tin tưởng].",
                    ),
                    (
                        "[Mỗi biểu mẫu|Các bảng tính tự xây dựng] [có hướng dẫn sử dụng ở trang đầu|được lưu trong thư mục dùng chung], [để người thay thế dùng được|để đồng nghiệp đơn vị bạn tham khảo].",
                        "[Nhiều kế toán trong huyện|Đồng nghiệp] [đã xin mẫu về áp dụng|đánh giá cao tính tiện dụng].",
                    ),
                )),
                ("Sao lưu [dữ liệu kế toán|cơ sở dữ liệu phần mềm kế toán] [định kì|hằng tuần] [để bảo đảm an toàn|phòng sự cố]", (
                    (
                        "Tôi [đặt lịch sao lưu tự động dữ liệu phần mềm kế toán vào chiều thứ Sáu|sao lưu dữ liệu kế toán mỗi tuần] [ra ổ cứng ngoài và lên lưu trữ đám mây của đơn vị|thành hai bản ở hai nơi khác nhau], [ghi ngày sao lưu vào sổ|có sổ theo dõi].",
                        "[Có lần máy tính bị hỏng ổ cứng giữa kì quyết toán|Khi máy tính gặp sự cố], [dữ liệu được khôi phục đầy đủ chỉ trong một buổi|tôi khôi phục được toàn bộ chứng từ], [công việc không bị gián đoạn|không phải nhập lại từ đầu].",
                        "[Định kì mỗi quý|Vài tháng một lần], [tôi thử khôi phục bản sao lên máy khác|tôi kiểm tra bản sao có mở được không] [để chắc chắn bản sao dùng được|vì bản sao hỏng cũng như không có].",
                    ),
                    (
                        "[Máy tính dùng cho kế toán|Máy làm việc của bộ phận kế toán] [được đặt mật khẩu, cài phần mềm diệt virus có bản quyền|chỉ dùng cho công việc kế toán], [không cắm thiết bị lạ|hạn chế kết nối USB không rõ nguồn gốc].",
                        "[Tài khoản phần mềm|Quyền truy cập] [được phân quyền theo người|mỗi người một tài khoản], [thủ quỹ chỉ xem, kế toán mới được sửa|ai làm phần nào chỉ vào phần đó].",
                        "[Nhờ những quy định đơn giản này|Với các biện pháp trên], [dữ liệu tài chính của đơn vị an toàn|chưa để xảy ra sự cố mất dữ liệu nào].",
                    ),
                    (
                        "[Sau khi khóa sổ năm tài chính|Cuối năm], tôi [xuất toàn bộ sổ sách, báo cáo ra tệp PDF|lưu một bản dữ liệu năm riêng], [ghi vào đĩa và nộp lưu trữ cơ quan|đóng gói kèm danh mục].",
                        "[Khi cần tra cứu số liệu năm cũ|Lúc đoàn kiểm tra yêu cầu số liệu các năm trước], [tôi mở ngay bản lưu|không phải khôi phục phần mềm cũ].",
                        "[Việc lưu trữ theo năm|Cách làm] [đúng thời hạn lưu trữ quy định|bảo đảm tra cứu lâu dài].",
                    ),
                )),
                ("Cập nhật [văn bản, chế độ|quy định] [tài chính, kế toán mới|kịp thời] [vào công việc|và phần mềm]", (
                    (
                        "Tôi [theo dõi văn bản mới về chế độ kế toán, tiền lương, định mức chi|đăng kí nhận thông báo văn bản từ cơ quan tài chính], [tóm tắt điểm mới|ghi chú những thay đổi] [và báo cáo thủ trưởng|để áp dụng đúng].",
                        "[Khi có thay đổi mức lương cơ sở|Khi chế độ mới có hiệu lực], [bảng lương, danh mục trên phần mềm được cập nhật ngay|tôi điều chỉnh kịp thời], [không để chi sai chế độ|tránh phải truy thu, truy lĩnh].",
                    ),
                    (
                        "[Phần mềm kế toán|Các phần mềm] [được cập nhật phiên bản mới|được nâng cấp] [ngay khi nhà cung cấp thông báo|theo hướng dẫn], [bảo đảm mẫu biểu đúng quy định|phù hợp chế độ hiện hành].",
                        "[Báo cáo|Các mẫu] [luôn đúng chuẩn|không bị trả lại].",
                    ),
                    (
                        "Tôi [lập \"sổ tay văn bản\"|tổng hợp danh mục văn bản còn hiệu lực] [theo nhóm nghiệp vụ|kèm trích dẫn điều khoản], [tra cứu nhanh khi cần|dùng khi giải trình].",
                        "[Khi có thắc mắc|Khi giáo viên hỏi về chế độ], [tôi trả lời có căn cứ|giải thích rõ ràng].",
                    ),
                )),
                ("[Trao đổi|Học hỏi] [nghiệp vụ|kinh nghiệm] [với kế toán các đơn vị bạn|qua nhóm chuyên môn]", (
                    (
                        "Tôi [tham gia nhóm trao đổi nghiệp vụ của kế toán các trường trong huyện|cùng đồng nghiệp lập nhóm Zalo], [hỏi đáp những tình huống khó|chia sẻ biểu mẫu, văn bản mới].",
                        "[Những tình huống khó|Các câu hỏi hay] [được tôi ghi lại thành tệp \"hỏi – đáp nghiệp vụ\"|được lưu thành tài liệu] [sắp xếp theo chủ đề như tiền lương, công tác phí, mua sắm|để tra cứu khi gặp lại], [chia sẻ cho đồng nghiệp mới|giúp người mới làm quen nhanh].",
                        "[Nhờ trao đổi thường xuyên|Nhờ học hỏi lẫn nhau], [cách hạch toán của các đơn vị trong huyện thống nhất hơn|ít bị cơ quan tài chính trả lại báo cáo].",
                    ),
                    (
                        "[Mỗi học kì|Định kì], [kế toán các đơn vị trong cụm|chúng tôi] [gặp mặt trao đổi một buổi|tổ chức sinh hoạt nghiệp vụ], [mỗi người chia sẻ một cách làm hay|bàn chung cách áp dụng văn bản mới].",
                        "[Trong buổi sinh hoạt cụm|Mỗi lần gặp mặt], [chúng tôi chọn một chủ đề như quyết toán kinh phí không tự chủ|mỗi người chuẩn bị một tình huống thực tế] [để cùng phân tích|và thống nhất cách xử lí], [có mời chuyên viên Phòng Tài chính giải đáp|khi cần ý kiến chuyên môn].",
                        "[Những buổi như vậy|Sinh hoạt cụm] [giúp tôi tự tin hơn khi gặp nghiệp vụ mới|giảm đáng kể sai sót].",
                    ),
                    (
                        "Tôi [chủ động tham gia tập huấn|đăng kí các lớp bồi dưỡng] [do Phòng Tài chính, Kho bạc tổ chức|về phần mềm, chế độ mới], [ghi chép và chia sẻ lại|phổ biến cho đồng nghiệp trong đơn vị].",
                        "[Sau mỗi lớp tập huấn|Khi đi tập huấn về], tôi [viết bản tóm tắt điểm mới một trang|ghi lại những điều cần lưu ý] [và gửi cho thủ trưởng, đồng nghiệp|và chia sẻ trong họp cơ quan], [để những người liên quan cùng nắm|để chuẩn bị hồ sơ đúng ngay từ đầu].",
                        "[Cán bộ, giáo viên|Các bộ phận] [biết trước yêu cầu mới về chứng từ|chuẩn bị hồ sơ thanh toán đúng hơn].",
                    ),
                )),
                ("Xây dựng [quy trình luân chuyển chứng từ|trình tự thanh toán] [giữa các bộ phận|rõ ràng, đúng hạn]", (
                    (
                        "Tôi [tham mưu ban hành quy trình luân chuyển chứng từ|xây dựng sơ đồ luân chuyển hồ sơ thanh toán] [từ người đề nghị, bộ phận chuyên môn, kế toán đến thủ trưởng|có thời hạn cho từng bước], [niêm yết tại phòng kế toán|gửi cho các bộ phận].",
                        "[Người đề nghị thanh toán|Cán bộ, giáo viên] [biết cần chuẩn bị gì, nộp khi nào|nắm rõ thủ tục], [hồ sơ ít bị trả lại|thời gian thanh toán rút ngắn].",
                    ),
                    (
                        "[Mỗi bộ hồ sơ|Các hồ sơ] [có phiếu kiểm soát kèm theo|có phiếu giao nhận] [ghi ngày nhận, ngày chuyển ở từng bước|có chữ kí người giao, người nhận].",
                        "[Khi hồ sơ chậm|Nếu có ách tắc], [biết ngay chậm ở đâu|xử lí kịp thời].",
                    ),
                    (
                        "Tôi [soạn danh mục giấy tờ cần có|lập bảng kiểm hồ sơ] [cho từng loại thanh toán|như công tác phí, mua sắm, hội nghị], [phát cho các bộ phận|đăng trên nhóm chung].",
                        "[Hồ sơ nộp đầy đủ ngay lần đầu|Số hồ sơ phải bổ sung giảm hẳn], [tiết kiệm thời gian cho cả hai bên|người đề nghị hài lòng].",
                    ),
                )),
            ),
        },
        {
            "key": "kt_cong_khai",
            "phrase": "công khai tài chính",
            "levels": ("tieu_hoc", "thcs", "thpt", "mam_non", "ubnd"),
            "titles": (
                "thực hiện công khai tài chính [minh bạch|đúng quy định] [tại|ở] {truong_ngan}",
                "[nâng cao|đảm bảo] [tính minh bạch trong|hiệu quả] công khai tài chính [ở|tại] [đơn vị|{truong_ngan}]",
            ),
            "ideas": (
                ("[Xây dựng|Lập] [lịch|kế hoạch] công khai [theo quy định|định kì] [và|,] [đa dạng|mở rộng] [hình thức|kênh] công khai", (
                    (
                        "[Đầu năm|Ngay từ đầu năm], [tôi|bộ phận kế toán] [tham mưu|đề xuất] [thủ trưởng|lãnh đạo] [ban hành|xây dựng] [kế hoạch|lịch] [công khai|] [dự toán, tình hình thực hiện và quyết toán|các khoản thu, chi] [theo|đúng] [mốc thời gian|quy định].",
                        "[Ngoài|Bên cạnh] [việc|] [niêm yết|dán] [tại|ở] [bảng tin|phòng họp], [thông tin|số liệu] [còn|] [được|] [đăng|công bố] [trên|qua] [trang thông tin điện tử|cổng thông tin] [của đơn vị|] và [thông báo|trình bày] [tại|trong] [cuộc họp|hội nghị] [cán bộ, viên chức|] [đầu năm|].",
                        "[Các khoản|Những khoản] [thu, chi|đóng góp] [liên quan đến|của] [phụ huynh|người dân], [ví dụ|như] {vd}, [được|] [công khai|thông báo] [chi tiết|cụ thể] [đến|tới] [từng|] [lớp|thôn] [qua|bằng] [văn bản|nhóm Zalo].",
                    ),
                    (
                        "Tôi [lập lịch công khai tài chính cả năm|xây dựng kế hoạch công khai] [theo đúng thời hạn quy định|gồm dự toán, tình hình thực hiện, quyết toán], [trình thủ trưởng phê duyệt|gửi các bộ phận].",
                        "[Ngoài niêm yết tại bảng tin|Bên cạnh hình thức niêm yết], [thông tin còn được công bố trong hội nghị cán bộ, công chức và trên trang thông tin của đơn vị|tài liệu được gửi qua nhóm chung], [để mọi người dễ tiếp cận|nhiều người được biết].",
                    ),
                    (
                        "[Hồ sơ công khai|Các tài liệu công khai] [được lưu thành tập riêng|có biên bản niêm yết, kết thúc niêm yết], [đầy đủ chữ kí|đúng thủ tục].",
                        "[Khi cấp trên kiểm tra|Lúc kiểm tra], [hồ sơ có ngay|được đánh giá đầy đủ].",
                    ),
                )),
                ("[Trình bày|Thiết kế] [báo cáo|biểu mẫu] công khai [dễ hiểu|trực quan] [bằng|với] [bảng biểu, biểu đồ|số liệu so sánh]", (
                    (
                        "[Thay vì|Không chỉ] [chỉ|] [in|dán] [nguyên|] [biểu mẫu|báo cáo] [kế toán|] [khó hiểu|nhiều thuật ngữ], tôi [bổ sung|lập thêm] [bảng tóm tắt|biểu đồ] [các khoản|nguồn] [thu, chi|kinh phí] [chính|lớn] [và|,] [so sánh|đối chiếu] [với|] [năm trước|dự toán].",
                        "[Cán bộ, giáo viên|Người đọc] [dễ dàng|nhanh chóng] [nắm được|hiểu] [tình hình|số liệu] [tài chính|thu chi] [của đơn vị|] [và|,] [mạnh dạn|tích cực] [góp ý|đặt câu hỏi] [tại|trong] [hội nghị|các cuộc họp].",
                    ),
                    (
                        "Tôi [chuyển bảng số liệu khô khan thành biểu đồ|trình bày số liệu bằng biểu đồ cột, biểu đồ tròn] [so sánh dự toán với thực hiện|thể hiện cơ cấu chi], [kèm vài dòng giải thích ngắn|bằng ngôn ngữ dễ hiểu].",
                        "[Cán bộ, giáo viên, nhân viên|Người đọc] [nắm nhanh tình hình tài chính|hiểu ngay các khoản chi chính], [ít thắc mắc hơn|hội nghị thảo luận hiệu quả hơn].",
                    ),
                    (
                        "[Bản công khai|Báo cáo công khai] [được rút gọn còn một, hai trang|có phần tóm tắt ở đầu], [chi tiết để ở phụ lục|ai cần thì xem thêm].",
                        "[Trình bày gọn|Cách làm này] [giúp mọi người đọc hết|tăng tính minh bạch thực chất].",
                    ),
                )),
                ("Lưu trữ [hồ sơ công khai|minh chứng công khai] [đầy đủ, khoa học|theo từng đợt] [để phục vụ kiểm tra|đúng quy định]", (
                    (
                        "Tôi [lập một bìa hồ sơ riêng cho mỗi đợt công khai|sắp xếp hồ sơ công khai theo năm và theo đợt] [gồm quyết định công khai, tài liệu, biên bản niêm yết và kết thúc niêm yết|có đầy đủ chữ kí], [kèm ảnh chụp bảng tin|kèm minh chứng đăng trên trang thông tin].",
                        "[Khi đoàn kiểm tra yêu cầu|Lúc cần đối chiếu], [hồ sơ được cung cấp ngay|tôi tìm thấy trong vài phút], [đơn vị được đánh giá cao về công tác công khai|không bị nhắc nhở thiếu minh chứng].",
                    ),
                    (
                        "[Bản điện tử của tài liệu công khai|Tệp scan các biên bản] [được lưu trong thư mục dùng chung|được đặt tên theo quy ước năm – đợt – nội dung], [tra cứu nhanh|thuận tiện].",
                        "[Lưu trữ song song giấy và điện tử|Cách lưu này] [bảo đảm an toàn hồ sơ|giúp công việc bàn giao dễ dàng].",
                    ),
                    (
                        "[Cuối năm|Trong báo cáo tổng kết], [tôi lập bảng tổng hợp các đợt công khai đã thực hiện|liệt kê thời gian, nội dung, hình thức từng đợt], [đối chiếu với quy định|để tự kiểm tra còn thiếu gì].",
                        "[Bảng tổng hợp|Việc tự rà soát] [giúp không bỏ sót nội dung phải công khai|làm căn cứ lập kế hoạch năm sau].",
                    ),
                )),
                ("Công khai [trên nhiều kênh|trên trang thông tin, bảng tin và nhóm Zalo] [để mọi người dễ tiếp cận|kịp thời]", (
                    (
                        "[Ngoài niêm yết tại bảng tin|Bên cạnh bảng tin], tôi [đăng tài liệu công khai lên trang thông tin của đơn vị|gửi bản điện tử vào nhóm Zalo của cơ quan], [kèm thời hạn góp ý|ghi rõ người tiếp nhận ý kiến].",
                        "[Những thắc mắc giống nhau|Các câu hỏi được nhiều người quan tâm] [được tôi tổng hợp và trả lời trong hội nghị cán bộ, công chức|được giải đáp công khai trong họp cơ quan], [kèm số liệu và căn cứ quy định|để mọi người cùng nghe].",
                        "[Giải trình nhanh, có căn cứ|Việc trả lời rõ ràng] [giúp tránh hiểu lầm|khiến đơn thư, khiếu nại về tài chính gần như không còn].",
                    ),
                    (
                        "[Với các khoản liên quan đến phụ huynh, người dân|Các khoản thu có người nộp ngoài đơn vị], [thông tin được gửi qua giáo viên chủ nhiệm, trưởng thôn|công khai ở nhà văn hóa thôn], [bảo đảm người nộp tiền được biết|không ai bị bỏ sót].",
                        "Tôi [ghi mọi ý kiến vào sổ tiếp nhận|lập sổ theo dõi ý kiến về tài chính] [với ngày nhận, nội dung, ngày trả lời|kèm người xử lí], [báo cáo thủ trưởng hằng tháng|để không ý kiến nào bị bỏ sót].",
                        "[Nhờ có sổ|Khi nhìn lại sổ], [tôi thấy những nội dung nào hay bị hỏi|từ đó chủ động công khai rõ hơn ở những mục đó].",
                    ),
                    (
                        "[Mỗi đợt công khai|Các đợt niêm yết] [được chụp ảnh lưu hồ sơ|có biên bản], [làm minh chứng|đúng quy định].",
                        "[Trong hội nghị cán bộ, công chức đầu năm|Tại hội nghị người lao động], [tôi dành riêng một phần để hỏi – đáp về tài chính|có mục giải đáp trực tiếp], [chuẩn bị sẵn bảng số liệu và chứng từ|để trả lời ngay những câu cụ thể].",
                        "[Không khí thảo luận cởi mở|Hội nghị diễn ra dân chủ], [các nội dung tài chính được thông qua với sự đồng thuận cao|mọi người yên tâm với việc chi tiêu].",
                    ),
                )),
                ("[Giải trình|Trả lời] [thắc mắc|ý kiến] [của cán bộ, người dân|về tài chính] [kịp thời, rõ ràng|có căn cứ]", (
                    (
                        "[Khi có người hỏi về một khoản chi|Mỗi khi nhận thắc mắc], tôi [trả lời trực tiếp kèm chứng từ|giải thích bằng văn bản, dẫn quy định] [trong vòng ba ngày làm việc|nhanh chóng], [không né tránh|cởi mở].",
                        "[Dự thảo quy chế|Bản dự thảo] [được gửi đến từng tổ, bộ phận trước một tuần|được đăng trong nhóm chung], [kèm bảng so sánh với quy chế cũ|có đánh dấu những điểm thay đổi] [để mọi người dễ góp ý|để góp ý có trọng tâm].",
                        "[Những ý kiến hợp lí|Các góp ý] [được tiếp thu và giải trình công khai|được ghi vào biên bản], [nên quy chế ban hành có sự đồng thuận cao|khi áp dụng không còn thắc mắc].",
                    ),
                    (
                        "Tôi [lập sổ tiếp nhận ý kiến|ghi chép mọi góp ý] [về công tác tài chính|kèm ngày trả lời], [báo cáo thủ trưởng hằng tháng|để xử lí].",
                        "[Dự toán thu chi năm|Kế hoạch tài chính] [được trình bày trong hội nghị với số liệu so sánh năm trước|được giải thích từng khoản lớn], [người lao động hiểu vì sao có khoản tăng, khoản giảm|mọi người hiểu rõ khả năng ngân sách].",
                        "[Sự minh bạch ngay từ khâu lập dự toán|Việc bàn bạc từ đầu] [giúp việc thực hiện thuận lợi|giúp các bộ phận chủ động đề xuất chi hợp lí].",
                    ),
                    (
                        "[Trong hội nghị cán bộ, công chức|Tại hội nghị đầu năm], [tôi dành thời gian giải đáp trực tiếp|có phần hỏi – đáp về tài chính], [chuẩn bị sẵn số liệu|trả lời cụ thể].",
                        "[Các mức chi cụ thể như công tác phí, hỗ trợ hội thi|Định mức chi trong quy chế] [được đối chiếu với quy định của cấp trên và khả năng nguồn kinh phí|được tính toán kĩ] [trước khi đưa ra lấy ý kiến|để bảo đảm khả thi].",
                        "[Quy chế phù hợp thực tế|Định mức hợp lí] [được thực hiện nghiêm túc|không phải sửa đổi giữa năm].",
                    ),
                )),
                ("Lấy ý kiến [trước khi ban hành|khi xây dựng] [quy chế chi tiêu nội bộ, dự toán|các quy định tài chính]", (
                    (
                        "[Khi xây dựng quy chế chi tiêu nội bộ|Trước khi sửa quy chế chi tiêu], tôi [gửi dự thảo đến các bộ phận|phát dự thảo cho cán bộ, giáo viên] [góp ý trong một tuần|để mọi người đóng góp], [tổng hợp và giải trình từng ý kiến|tiếp thu ý kiến hợp lí].",
                        "[Trước khi thu|Ngay từ đầu năm], [mức thu, căn cứ và dự kiến sử dụng được thông báo bằng văn bản|các khoản thu được công khai rõ ràng] [cho phụ huynh, người dân|tới người nộp], [kèm biên bản thống nhất với ban đại diện|có sự đồng thuận].",
                        "[Sau khi sử dụng|Kết thúc năm học], [tôi lập bảng quyết toán từng khoản|kết quả thu chi được công khai], [ghi rõ đã chi vào việc gì, còn lại bao nhiêu|kèm chứng từ], [người nộp hoàn toàn yên tâm|không có thắc mắc].",
                    ),
                    (
                        "[Dự toán|Kế hoạch chi] [được thảo luận công khai|được bàn trong hội nghị] [trước khi trình|để mọi người nắm].",
                        "[Mỗi khoản thu|Người nộp tiền] [đều được cấp biên lai đúng mẫu|nhận biên lai điện tử], [có thể tra cứu lại|đối chiếu khi cần].",
                        "[Biên lai đầy đủ|Chứng từ rõ ràng] [là căn cứ để đối chiếu với danh sách của lớp, của thôn|giúp việc kiểm tra nhanh], [tránh sai sót|không thất thoát].",
                    ),
                    (
                        "[Các định mức chi|Mức chi cụ thể] [được lấy ý kiến|được bàn bạc] [phù hợp khả năng ngân sách|đúng quy định].",
                        "[Đại diện phụ huynh, người dân|Ban đại diện] [được mời cùng kiểm tra chứng từ chi|tham gia giám sát việc mua sắm] [từ các khoản đóng góp|bằng nguồn thu này].",
                        "[Sự giám sát của chính người nộp|Việc giám sát trực tiếp] [tạo niềm tin rất lớn|khiến các đợt vận động sau thuận lợi hơn].",
                    ),
                )),
                ("Công khai [các khoản thu|các khoản đóng góp] [của phụ huynh, người dân|ngoài ngân sách] [rõ ràng|đúng quy định]", (
                    (
                        "[Mỗi khoản thu|Các khoản thu thỏa thuận] [được công khai mức thu, căn cứ, cách chi|có văn bản thống nhất], [trước khi thu|ngay từ đầu năm].",
                        "[Mỗi học kì|Định kì], [Ban thanh tra nhân dân kiểm tra việc thực hiện quy chế chi tiêu nội bộ|công đoàn cùng thanh tra nhân dân kiểm tra hồ sơ thu chi], [tôi chuẩn bị đầy đủ chứng từ theo danh mục|cung cấp mọi hồ sơ được yêu cầu].",
                        "[Những kiến nghị sau kiểm tra|Các góp ý] [được tiếp thu và khắc phục ngay|được báo cáo kết quả khắc phục], [biên bản được công khai trong hội nghị|mọi người cùng biết].",
                    ),
                    (
                        "[Biên lai|Chứng từ thu] [được cấp đầy đủ|đúng mẫu], [người nộp tra cứu được|kiểm tra được].",
                        "[Khi mua sắm tài sản có giá trị lớn|Với các gói mua sắm], [đại diện công đoàn tham gia tổ khảo sát giá và nghiệm thu|có đại diện người lao động giám sát], [kí vào biên bản|cùng xác nhận].",
                        "[Việc mua sắm|Các khoản chi lớn] [minh bạch, khách quan|được giám sát chặt chẽ], [không có ý kiến thắc mắc|được mọi người tin tưởng].",
                    ),
                    (
                        "[Ban đại diện cha mẹ học sinh|Đại diện người nộp] [được mời giám sát|tham gia kiểm tra] [việc thu chi|chứng từ].",
                        "[Kiểm quỹ đột xuất|Việc kiểm kê quỹ tiền mặt] [có sự tham gia của công đoàn|được thực hiện cùng thanh tra nhân dân] [ít nhất hai lần mỗi năm|không báo trước].",
                        "[Kết quả luôn khớp|Tiền mặt khớp sổ quỹ], [khẳng định việc quản lí quỹ chặt chẽ|tạo niềm tin cho người lao động].",
                    ),
                )),
                ("Phối hợp [Ban thanh tra nhân dân|công đoàn] [giám sát|kiểm tra] [hoạt động tài chính|định kì]", (
                    (
                        "Tôi [chủ động cung cấp hồ sơ|mời Ban thanh tra nhân dân] [kiểm tra việc thực hiện quy chế chi tiêu|xem chứng từ] [mỗi học kì|định kì].",
                        "[Bảng tóm tắt theo quý|Báo cáo nhanh] [cho biết mỗi nhóm chi đã dùng bao nhiêu phần trăm dự toán|so sánh số đã chi với kế hoạch], [giúp thủ trưởng biết khoản nào cần điều chỉnh|giúp các bộ phận biết còn bao nhiêu để đề xuất].",
                        "[Việc chi tiêu|Điều hành ngân sách] [chủ động hơn|không còn cảnh cuối năm dồn chi hoặc thiếu kinh phí].",
                    ),
                    (
                        "[Công đoàn|Ban thanh tra] [tham gia kiểm kê quỹ|giám sát mua sắm] [cùng kế toán|có biên bản].",
                        "[Phần kinh phí tiết kiệm được|Khoản tiết kiệm chi] [được công khai cách tính và mức chi trả|được phân phối theo quy chế], [người lao động biết rõ mình được hưởng bao nhiêu, vì sao|minh bạch].",
                        "[Sự công khai|Cách làm] [tạo động lực tiết kiệm|khuyến khích mọi người cùng tiết kiệm điện, nước, văn phòng phẩm].",
                    ),
                    (
                        "[Kết quả giám sát|Biên bản kiểm tra] [được báo cáo trong hội nghị|được công khai].",
                        "[Báo cáo quý|Thông tin tài chính] [được gửi kèm nhận xét ngắn về những khoản chi vượt, chi chậm|có đề xuất điều chỉnh], [để lãnh đạo quyết định kịp thời|trước khi hết năm].",
                        "[Nhờ theo dõi sát|Với báo cáo định kì], [đơn vị không để tồn dự toán phải hủy|sử dụng kinh phí đúng tiến độ].",
                    ),
                )),
                ("Thông báo [kết quả thực hiện quy chế chi tiêu|tình hình sử dụng kinh phí] [định kì|theo quý]", (
                    (
                        "Tôi [lập bảng tóm tắt tình hình sử dụng kinh phí theo quý|báo cáo nhanh số đã chi, số còn lại] [gửi thủ trưởng và công đoàn|đăng trong nhóm chung].",
                        "[Bản tóm tắt một trang|Báo cáo rút gọn] [có các con số chính như tổng thu, tổng chi, số dư, ba khoản chi lớn nhất|chỉ gồm những con số mọi người quan tâm], [kèm một biểu đồ tròn về cơ cấu chi|có hình minh họa].",
                        "[Cán bộ, giáo viên đọc trong vài phút|Người đọc nắm nhanh] [mà vẫn hiểu bức tranh tài chính|không bị rối bởi quá nhiều bảng biểu].",
                    ),
                    (
                        "[Khoản tiết kiệm chi|Kinh phí tiết kiệm] [được công khai|và phân phối theo quy chế], [minh bạch|đúng quy định].",
                        "[Số liệu chi tiết đầy đủ|Bảng biểu theo mẫu quy định] [vẫn được đính kèm phía sau|được lưu trong hồ sơ công khai], [ai cần có thể xem thêm|đáp ứng yêu cầu kiểm tra].",
                        "[Cách trình bày hai tầng|Cách làm này] [vừa dễ hiểu vừa đúng quy định|được lãnh đạo đánh giá cao].",
                    ),
                    (
                        "[Báo cáo quý|Thông tin định kì] [giúp thủ trưởng điều hành|giúp đơn vị chủ động] [trong chi tiêu|tránh vượt dự toán].",
                        "[Mẫu báo cáo một trang|Cách trình bày gọn] [đã được giới thiệu tại buổi sinh hoạt kế toán cụm trường|được nhiều đơn vị bạn xin mẫu], [có đơn vị đã áp dụng|góp phần nâng chất lượng công khai trong huyện].",
                    ),
                )),
                ("Trình bày [báo cáo công khai|số liệu tài chính] [ngắn gọn một trang|dễ hiểu] [cho người đọc|trên bảng tin]", (
                    (
                        "Tôi [thiết kế mẫu \"báo cáo một trang\"|rút gọn báo cáo công khai] [gồm tổng thu, tổng chi, các khoản chi lớn và số dư|với vài con số chính], [in khổ A3 dán bảng tin|kèm biểu đồ].",
                        "[Khi đoàn kiểm tra yêu cầu|Lúc cần đối chiếu], [hồ sơ công khai được cung cấp ngay trong vài phút|tôi tìm thấy đầy đủ minh chứng], [đơn vị được đánh giá tốt về công tác công khai|không bị nhắc nhở thiếu hồ sơ].",
                        "[Việc lưu trữ khoa học|Cách sắp xếp theo đợt] [giúp công việc bàn giao thuận lợi|giúp người kế nhiệm dễ tiếp quản].",
                    ),
                    (
                        "[Bản chi tiết|Số liệu đầy đủ] [vẫn được lưu|để ai cần xem|đính kèm], [đúng quy định|đầy đủ].",
                        "[Tệp scan các biên bản và tài liệu công khai|Bản điện tử của hồ sơ] [được lưu trong thư mục dùng chung theo quy ước năm – đợt – nội dung|được sao lưu định kì], [tra cứu nhanh bằng tên tệp|tiện cho lãnh đạo xem khi cần].",
                        "[Lưu trữ song song giấy và điện tử|Cách lưu trữ này] [bảo đảm an toàn hồ sơ|phòng mất mát khi hồ sơ giấy hư hỏng].",
                    ),
                    (
                        "[Mẫu báo cáo một trang|Cách trình bày gọn] [được nhiều đơn vị bạn xin áp dụng|được Phòng Tài chính khen].",
                        "[Bảng tổng hợp các đợt công khai|Danh sách công khai trong năm] [được đối chiếu với quy định|được rà soát cuối năm] [để tự phát hiện nội dung còn thiếu|để lên kế hoạch năm sau].",
                        "[Nhờ tự rà soát|Với cách làm này] [đơn vị không bỏ sót nội dung phải công khai|công tác công khai đi vào nền nếp].",
                    ),
                )),
            ),
        },
        {
            "key": "kt_tai_san",
            "phrase": "quản lí tài sản công",
            "levels": ("tieu_hoc", "thcs", "thpt", "mam_non", "ubnd"),
            "titles": (
                "[nâng cao hiệu quả|làm tốt] công tác quản lí tài sản công [tại|ở] {truong_ngan}",
                "[ứng dụng công nghệ thông tin trong|đổi mới] quản lí tài sản công [ở|tại] [đơn vị|{truong_ngan}]",
            ),
            "ideas": (
                ("[Lập|Chuẩn hóa] [sổ|hồ sơ] [theo dõi|quản lí] tài sản [và|,] [gắn mã|dán nhãn] [cho từng tài sản|từng thiết bị]", (
                    (
                        "[Tôi|Bộ phận kế toán] [kiểm kê|rà soát] [toàn bộ|tất cả] [tài sản|thiết bị] [của đơn vị|] [và|,] [cập nhật|nhập] [vào|lên] {dc} [với|gồm] [đầy đủ|] [thông tin|các thông tin] [nguyên giá, năm sử dụng, nơi để, người quản lí|về giá trị và tình trạng].",
                        "[Mỗi tài sản|Từng thiết bị] [được|] [dán|gắn] [nhãn|tem] [có|in] [mã số|mã QR] [để|giúp] [tra cứu|kiểm tra] [nhanh|tại chỗ] [khi|mỗi khi] [kiểm kê|bàn giao].",
                    ),
                    (
                        "Tôi [lập sổ tài sản theo mẫu quy định|cập nhật hồ sơ tài sản] [cho từng phòng|theo vị trí sử dụng], [mỗi tài sản có mã số, năm đưa vào sử dụng, nguyên giá|ghi đầy đủ thông tin].",
                        "[Mã tài sản được dán trên hiện vật|Mỗi tài sản có nhãn], [đối chiếu sổ và thực tế rất nhanh|dễ kiểm kê].",
                    ),
                    (
                        "[Tài sản|Thiết bị] [được gắn nhãn mã QR|có tem] [liên kết thông tin|dẫn tới hồ sơ], [quét là biết|tra cứu nhanh].",
                        "[Kiểm kê|Theo dõi] [thuận tiện|chính xác].",
                    ),
                )),
                ("[Phân công|Giao] [trách nhiệm|quản lí] tài sản [đến|cho] [từng|] [bộ phận, cá nhân|phòng, lớp] [và|kèm] [kiểm tra|kiểm kê] [định kì|theo quý]", (
                    (
                        "[Tài sản|Thiết bị] [ở|tại] [mỗi|từng] [phòng, lớp|bộ phận] [được|] [bàn giao|giao] [bằng biên bản|có biên bản] [cho|đến] [người phụ trách|người sử dụng], [ghi rõ|kèm] [trách nhiệm|quy định] [bảo quản|sử dụng].",
                        "[Định kì|Mỗi] [cuối học kì|sáu tháng], [tôi|đơn vị] [tổ chức|tiến hành] [kiểm kê|kiểm tra] [đối chiếu|so sánh] [giữa|] [sổ sách và thực tế|sổ và hiện vật], [kịp thời|nhanh chóng] [đề xuất|báo cáo] [sửa chữa|thanh lí] [tài sản|thiết bị] [hư hỏng|không còn sử dụng].",
                    ),
                    (
                        "[Mỗi phòng, mỗi lớp|Từng bộ phận] [có người chịu trách nhiệm tài sản|được giao quản lí tài sản bằng biên bản], [kí nhận danh sách tài sản|có danh mục dán tại phòng].",
                        "[Khi tài sản hỏng, mất|Có hư hỏng], [người phụ trách báo ngay|xác định trách nhiệm rõ ràng].",
                    ),
                    (
                        "[Kiểm kê|Rà soát tài sản] [theo quý|định kì] [có biên bản|có đại diện các bộ phận].",
                        "[Tài sản|Thiết bị] [ít thất lạc|được quản lí chặt].",
                    ),
                )),
                ("Tổ chức [kiểm kê tài sản|đánh giá lại tài sản] [cuối năm|có hội đồng] [đúng quy trình|thực chất]", (
                    (
                        "[Cuối năm|Trước ngày khóa sổ], tôi [tham mưu thành lập hội đồng kiểm kê|lập kế hoạch kiểm kê] [gồm đại diện lãnh đạo, kế toán, công đoàn và người phụ trách từng phòng|phân nhóm kiểm kê theo khu vực].",
                        "[Mỗi tài sản|Từng hiện vật] [được đối chiếu với sổ|được kiểm tra tình trạng], [ghi rõ còn tốt, hỏng, thiếu|lập biên bản chi tiết].",
                        "[Kết quả kiểm kê|Số liệu sau kiểm kê] [khớp sổ sách|là căn cứ xử lí tài sản thừa thiếu].",
                    ),
                    (
                        "[Trước kiểm kê|Khi chuẩn bị], [tôi in danh sách tài sản theo từng phòng|phát phiếu kiểm kê cho các tổ], [để các tổ tự rà soát trước|giúp kiểm kê nhanh].",
                        "[Buổi kiểm kê|Công việc kiểm kê] [diễn ra gọn|hoàn thành trong một ngày].",
                    ),
                    (
                        "[Tài sản thừa, thiếu|Chênh lệch] [được xác định nguyên nhân|được báo cáo thủ trưởng] [để xử lí|đúng quy định].",
                        "[Hồ sơ kiểm kê|Biên bản] [đầy đủ|minh bạch].",
                    ),
                )),
                ("[Sử dụng|Ứng dụng] phần mềm quản lí tài sản [thay cho sổ giấy|để theo dõi] [chính xác|kịp thời]", (
                    (
                        "Tôi [nhập toàn bộ tài sản vào phần mềm|chuyển sổ tài sản lên phần mềm quản lí tài sản công] [với đầy đủ nguyên giá, hao mòn, vị trí|theo đúng danh mục], [cập nhật ngay khi có biến động|khi mua mới, điều chuyển, thanh lí].",
                        "[Phần mềm tự tính hao mòn hằng năm|Hao mòn được tính tự động], [báo cáo kê khai tài sản được xuất ra đúng mẫu|báo cáo gửi cơ quan cấp trên nhanh và chính xác], [tôi không phải tính tay như trước|giảm hẳn sai sót].",
                        "[Lịch sử sửa chữa, điều chuyển của từng tài sản|Mọi biến động] [được lưu trong phần mềm|được ghi nhận đầy đủ], [nên khi cần đề xuất thay mới có ngay căn cứ|giúp lãnh đạo ra quyết định].",
                    ),
                    (
                        "[Báo cáo kê khai tài sản|Các báo cáo định kì] [được lập từ phần mềm|được xuất trực tiếp] [đúng mẫu|gửi cấp trên kịp thời].",
                        "[Mỗi tài sản trên phần mềm|Từng tài sản] [gắn với vị trí phòng và người quản lí|có thông tin nơi đặt], [nên khi điều chuyển tôi cập nhật ngay|số liệu luôn khớp thực tế].",
                        "[Cuối năm|Khi kiểm kê], [danh sách in từ phần mềm được dùng làm phiếu kiểm kê|đối chiếu nhanh], [rút ngắn thời gian kiểm kê|công việc nhẹ nhàng hơn].",
                    ),
                    (
                        "[Lịch sử sửa chữa|Thông tin bảo dưỡng] [của từng tài sản|được ghi trên phần mềm], [biết tài sản nào hay hỏng|để đề xuất thay thế].",
                        "[Dữ liệu tài sản|Phần mềm quản lí tài sản] [được đồng bộ với cơ sở dữ liệu quốc gia về tài sản công|đúng quy định báo cáo], [hạn chế phải nhập lại|bảo đảm thống nhất số liệu].",
                        "[Việc quản lí|Báo cáo] [đúng quy định|được cấp trên đánh giá tốt].",
                    ),
                )),
                ("[Bảo dưỡng|Sửa chữa] tài sản [định kì|kịp thời] [để kéo dài tuổi thọ|tránh hư hỏng nặng]", (
                    (
                        "Tôi [lập kế hoạch bảo dưỡng định kì|xây dựng lịch bảo dưỡng] [cho máy điều hòa, máy tính, máy phát điện|cho các thiết bị quan trọng], [vào dịp hè và giữa năm|hằng năm].",
                        "[Sau mỗi đợt bảo dưỡng|Khi bảo dưỡng xong], [kết quả được ghi vào hồ sơ từng thiết bị|tôi ghi lại tình trạng, chi phí], [để biết thiết bị nào hay hỏng|để theo dõi lâu dài].",
                        "[Nhờ bảo dưỡng đúng lịch|Với kế hoạch bảo dưỡng], [máy điều hòa, máy tính ít hỏng đột xuất|tuổi thọ thiết bị kéo dài], [tiết kiệm đáng kể chi phí sửa chữa lớn|giảm tiền sửa chữa].",
                    ),
                    (
                        "[Khi có hỏng hóc|Mỗi khi thiết bị hỏng], [người phụ trách điền phiếu đề nghị sửa chữa|bộ phận sử dụng báo qua nhóm chung], [tôi kiểm tra, trình duyệt và liên hệ thợ trong ngày|tôi xử lí nhanh], [không để thiết bị hỏng kéo dài|bảo đảm công việc không gián đoạn].",
                        "[Phiếu đề nghị|Các yêu cầu sửa chữa] [được lưu lại|được tổng hợp cuối năm] [làm căn cứ lập kế hoạch mua sắm|để đề xuất thay mới hợp lí].",
                    ),
                    (
                        "[Chi phí sửa chữa|Các khoản sửa chữa] [được ghi vào hồ sơ tài sản|được theo dõi], [để so sánh với thay mới|làm căn cứ đề xuất].",
                        "[Với những thiết bị sửa đi sửa lại nhiều lần|Khi chi phí sửa chữa quá cao], tôi [so sánh chi phí sửa với giá mua mới|lập bảng so sánh] [để đề xuất thay thế|báo cáo thủ trưởng quyết định].",
                        "[Quyết định dựa trên số liệu|Cách làm này] [giúp sử dụng kinh phí hiệu quả|tránh lãng phí].",
                    ),
                )),
                ("Thanh lí tài sản [hư hỏng|không còn sử dụng] [đúng quy trình|kịp thời]", (
                    (
                        "[Hội đồng thanh lí|Hội đồng đánh giá] [kiểm tra thực tế từng tài sản đề nghị thanh lí|xác định giá trị còn lại], [lập biên bản và trình cấp có thẩm quyền quyết định|theo đúng quy trình].",
                        "[Sau khi có quyết định|Khi được phê duyệt], [tài sản được thanh lí công khai|tôi ghi giảm sổ tài sản ngay], [kho chứa đồ cũ được giải phóng|khuôn viên gọn gàng hơn].",
                    ),
                    (
                        "[Kho chứa tài sản hỏng|Nơi để đồ cũ] [được dọn gọn|gọn gàng] [sau thanh lí|không còn lộn xộn].",
                        "[Những tài sản hỏng|Đồ dùng hư hỏng] [không để lẫn với tài sản đang dùng|được tập kết một khu riêng có biển ghi \"chờ thanh lí\"], [tránh nhầm lẫn khi kiểm kê|dễ theo dõi].",
                        "[Hồ sơ thanh lí|Biên bản, quyết định] [được lưu đầy đủ|kèm ảnh chụp hiện trạng], [bảo đảm minh bạch|đúng quy định].",
                    ),
                    (
                        "[Hồ sơ thanh lí|Biên bản] [được lưu đầy đủ|có quyết định của cấp có thẩm quyền].",
                        "[Thanh lí kịp thời|Xử lí dứt điểm tài sản hỏng] [giúp sổ sách phản ánh đúng thực tế|giảm tài sản \"ảo\" trên sổ], [đơn vị không phải tính hao mòn cho tài sản không còn dùng|số liệu báo cáo chính xác hơn].",
                    ),
                )),
                ("Quản lí [tài sản mượn, điều chuyển|việc cho mượn tài sản] [giữa các bộ phận|chặt chẽ]", (
                    (
                        "[Phiếu mượn|Sổ mượn trả] [ghi rõ tên tài sản, người mượn, ngày trả dự kiến|có chữ kí người mượn], [khi trả được kiểm tra tình trạng|đối chiếu trước khi nhận lại].",
                        "[Tài sản cho mượn|Thiết bị mượn] [được trả đúng hạn|không bị thất lạc], [nếu hư hỏng thì xác định rõ trách nhiệm|giảm tranh cãi].",
                    ),
                    (
                        "[Khi điều chuyển tài sản giữa các phòng|Mỗi lần chuyển thiết bị], [tôi lập biên bản bàn giao|hai bộ phận kí nhận] [và cập nhật vị trí trên phần mềm ngay|để sổ khớp với thực tế].",
                        "[Sổ sách luôn đúng|Số liệu chính xác], [kiểm kê cuối năm không còn cảnh \"tìm không thấy\"|công việc kiểm kê nhanh hơn].",
                    ),
                    (
                        "[Cuối mỗi tháng|Định kì], [tôi rà soát danh sách tài sản đang cho mượn|kiểm tra sổ mượn], [nhắc những trường hợp quá hạn|báo lãnh đạo khi cần].",
                        "[Việc cho mượn|Quản lí mượn trả] [đi vào nền nếp|chặt chẽ], [tài sản được sử dụng hiệu quả mà không thất thoát|mọi người có ý thức hơn].",
                    ),
                )),
                ("Giáo dục [ý thức giữ gìn tài sản|ý thức bảo vệ tài sản công] [cho cán bộ, học sinh|trong đơn vị]", (
                    (
                        "[Tôi phối hợp|Bộ phận kế toán cùng] [giáo viên chủ nhiệm, Đoàn Đội|các đoàn thể] [tuyên truyền ý thức giữ gìn tài sản|phát động phong trào bảo vệ của công].",
                        "[Các lớp, phòng giữ gìn tài sản tốt|Những bộ phận bảo quản tốt] [được tuyên dương trong tổng kết|được cộng điểm thi đua], [còn nơi để hư hỏng do sử dụng sai được nhắc nhở|có đánh giá công khai].",
                        "[Ý thức giữ gìn tài sản|Tinh thần bảo vệ của công] [được nâng lên|trở thành nếp chung], [số vụ hư hỏng do sử dụng sai giảm rõ|chi phí sửa chữa giảm].",
                    ),
                    (
                        "[Lớp, phòng giữ tài sản tốt|Bộ phận bảo quản tốt] [được khen|được tuyên dương] [cuối năm|trong tổng kết].",
                        "[Quy định về trách nhiệm bồi thường|Nội quy sử dụng tài sản] [được phổ biến trong hội nghị đầu năm|được niêm yết tại các phòng], [ai làm hỏng do cố ý phải bồi thường|rõ ràng, công bằng].",
                        "[Mọi người|Cán bộ, học sinh] [có ý thức hơn khi sử dụng|cẩn thận hơn với thiết bị chung].",
                    ),
                    (
                        "[Quy định bồi thường|Trách nhiệm] [được phổ biến|rõ ràng] [khi làm hỏng do cố ý|đúng quy định].",
                        "[Tôi phối hợp Đoàn, Đội|Bộ phận kế toán cùng các đoàn thể] [phát động phong trào \"Giữ gìn tài sản chung\"|tổ chức tuyên truyền], [mỗi lớp, mỗi phòng tự kiểm tra tài sản của mình hằng tuần|gắn trách nhiệm cụ thể].",
                        "[Phong trào|Hoạt động] [giúp tài sản được giữ gìn tốt|góp phần tiết kiệm ngân sách].",
                    ),
                )),
                ("Theo dõi [tài sản được tài trợ|tài sản xã hội hóa] [đầy đủ|đúng quy định]", (
                    (
                        "[Mỗi tài sản được tài trợ|Tài sản xã hội hóa] [được định giá, lập biên bản tiếp nhận có chữ kí đại diện nhà tài trợ|được ghi nhận đúng giá trị], [và ghi tăng sổ tài sản|hạch toán đúng quy định].",
                        "[Tài sản tài trợ|Những thiết bị này] [được quản lí, bảo dưỡng như tài sản từ ngân sách|được gắn mã như tài sản khác], [không bị \"ngoài sổ\"|minh bạch].",
                    ),
                    (
                        "[Danh sách nhà tài trợ và tài sản nhận được|Thông tin tài trợ] [được công khai trong hội nghị và trên bảng tin|được thông báo rộng rãi], [kèm lời cảm ơn|thể hiện sự trân trọng].",
                        "[Nhà tài trợ yên tâm|Các nhà hảo tâm tin tưởng], [tiếp tục ủng hộ những năm sau|nhiều người tiếp tục đồng hành].",
                    ),
                    (
                        "[Tài sản tài trợ|Thiết bị tặng] [được bảo dưỡng|được theo dõi] [như tài sản ngân sách|đầy đủ].",
                        "[Khi kiểm kê|Cuối năm], [tài sản xã hội hóa được kiểm kê chung|được đối chiếu như mọi tài sản], [kết quả đưa vào báo cáo|ghi đúng nguồn hình thành].",
                        "[Cách quản lí thống nhất|Việc theo dõi đầy đủ] [giúp số liệu tài sản chính xác|đáp ứng yêu cầu kiểm tra].",
                    ),
                )),
                ("Mua sắm tài sản [đúng quy trình|theo quy định] [và lập hồ sơ đầy đủ|minh bạch]", (
                    (
                        "[Trước mỗi lần mua sắm|Khi có nhu cầu mua], tôi [tổng hợp đề xuất của các bộ phận|lập kế hoạch mua sắm], [lấy báo giá|khảo sát giá] [trình phê duyệt|theo đúng quy định].",
                        "[Tài sản mua về|Thiết bị mới] [được tổ nghiệm thu kiểm tra số lượng, chất lượng|được đối chiếu với hợp đồng] [trước khi nhận|có biên bản nghiệm thu], [rồi ghi tăng sổ và gắn mã ngay|cập nhật phần mềm trong ngày].",
                        "[Hồ sơ mua sắm|Bộ chứng từ] [gồm đề xuất, báo giá, quyết định, hợp đồng, nghiệm thu|đầy đủ theo danh mục], [khi kiểm tra có ngay|đúng quy định].",
                    ),
                    (
                        "[Hồ sơ mua sắm|Chứng từ] [đầy đủ|được lưu theo bộ], [khi kiểm tra có ngay|đúng quy định].",
                        "[Trước khi mua|Khi lập kế hoạch mua sắm], [tôi tổng hợp nhu cầu từ các bộ phận|lấy ý kiến người sử dụng] [để mua đúng thứ cần dùng|tránh mua thiết bị để không].",
                        "[Kế hoạch mua sắm|Các khoản mua] [được công khai|được thông qua trong họp], [sử dụng kinh phí hiệu quả|tiết kiệm].",
                    ),
                    (
                        "[Nhu cầu mua sắm|Đề xuất] [được lấy ý kiến các bộ phận|được công khai] [tránh mua thiết bị không dùng|phù hợp thực tế].",
                        "[Với các khoản mua sắm nhỏ, thường xuyên|Văn phòng phẩm, vật tư tiêu hao], [tôi lập danh mục giá tham khảo cập nhật theo quý|so sánh giá của nhiều nơi], [chọn nhà cung cấp giá tốt|bảo đảm tiết kiệm].",
                        "[Chi phí mua sắm|Tiền văn phòng phẩm] [giảm đáng kể|được kiểm soát tốt].",
                    ),
                )),
            ),
        },
    ),
}

HANH_CHINH = {
    "key": "hanh_chinh",
    "name": "Văn phòng – Hành chính công",
    "kind": "admin",
    "levels": ("ubnd", "phong"),
    "mon": "công tác văn phòng",
    "phaply": (
        "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư",
        "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
        "Luật Lưu trữ năm 2011",
    ),
    "duties": ("Công chức Văn phòng – Thống kê", "Công chức Tư pháp – Hộ tịch", "Chuyên viên Văn phòng", "Công chức bộ phận Một cửa", "Văn thư – lưu trữ"),
    "slots": {
        "dc": ("hệ thống quản lí văn bản và điều hành", "Cổng dịch vụ công", "chữ kí số", "phần mềm một cửa điện tử", "bảng theo dõi hồ sơ", "nhóm Zalo của thôn", "mã QR hướng dẫn thủ tục"),
        "hd": ("tổ công nghệ số cộng đồng", "buổi hướng dẫn tại nhà văn hóa thôn", "ngày thứ Bảy hướng dẫn dịch vụ công", "tập huấn cho cán bộ thôn"),
        "vd": ("thủ tục đăng kí khai sinh", "thủ tục chứng thực bản sao", "thủ tục đăng kí kết hôn", "hồ sơ xác nhận tình trạng hôn nhân", "văn bản đến từ cấp trên", "hồ sơ trợ cấp xã hội"),
    },
    "theory": (
        "[Cải cách thủ tục hành chính|Cải cách hành chính] [là|được xác định là] [khâu đột phá|nhiệm vụ trọng tâm], [tạo|góp phần tạo] [thuận lợi|điều kiện thuận lợi] [cho|đối với] [người dân, doanh nghiệp|tổ chức và công dân] [và|,] [nâng cao|củng cố] [niềm tin|sự hài lòng] [đối với|của nhân dân với] [chính quyền|cơ quan nhà nước].",
        "[Văn phòng|Công tác văn phòng] [giữ vai trò|có vai trò] [tham mưu, tổng hợp|đầu mối] [giúp|cho] [lãnh đạo|thủ trưởng] [chỉ đạo|điều hành], [bảo đảm|đảm bảo] [thông tin|văn bản] [thông suốt|kịp thời], [đúng thể thức|chính xác].",
    ),
    "reality": (
        "[Nhiều|Một bộ phận] [người dân|công dân] [chưa|còn chưa] [nắm|hiểu rõ] [thành phần hồ sơ|quy trình] [nên|vì vậy] [phải|thường phải] [đi lại|bổ sung hồ sơ] [nhiều lần|], [gây|tạo] [phiền hà|mất thời gian].",
        "[Tỉ lệ|Số] [hồ sơ|thủ tục] [nộp trực tuyến|giải quyết qua dịch vụ công] [còn thấp|chưa cao], [văn bản|hồ sơ] [giấy|giấy tờ] [vẫn còn|còn] [nhiều|phổ biến], [việc|] [theo dõi|kiểm soát] [thời hạn|tiến độ] [còn thủ công|chưa chặt chẽ].",
    ),
    "topics": (
        {
            "key": "hc_mot_cua",
            "phrase": "bộ phận một cửa",
            "levels": ("ubnd",),
            "titles": (
                "nâng cao hiệu quả giải quyết thủ tục hành chính tại bộ phận một cửa [UBND xã|của UBND xã] {xa}",
                "[cải tiến|đổi mới] [quy trình tiếp nhận và trả kết quả|cách thức phục vụ] tại bộ phận một cửa [cấp xã|UBND xã {xa}]",
            ),
            "ideas": (
                ("[Niêm yết|Công khai] thủ tục hành chính [bằng|kèm] [mã QR|hướng dẫn trực quan] [và|,] [mẫu hồ sơ điền sẵn|hồ sơ mẫu]", (
                    (
                        "[Tôi|Bộ phận một cửa] [tham mưu|đề xuất] [in|lập] [mã QR|{dc}] [cho|với] [từng thủ tục|những thủ tục] [thường gặp|phổ biến] [như|] {vd}, [người dân|công dân] [chỉ cần|có thể] [quét mã|dùng điện thoại quét] [để|là] [xem|biết] [thành phần hồ sơ, lệ phí, thời hạn|hướng dẫn chi tiết].",
                        "[Hồ sơ mẫu|Các mẫu đơn] [đã|được] [điền sẵn|ghi sẵn] [nội dung minh họa|ví dụ] [được|] [đặt|để] [tại|ở] [bàn hướng dẫn|quầy tiếp nhận] [giúp|để] [người dân|công dân] [tự|] [kê khai|điền] [đúng|chính xác] [ngay lần đầu|].",
                        "[Nhờ vậy|Kết quả là], [tỉ lệ|số] [hồ sơ|trường hợp] [phải bổ sung|không hợp lệ] [giảm|giảm rõ rệt], [người dân|công dân] [không phải|không còn phải] [đi lại|đi lại nhiều lần].",
                    ),
                    (
                        "Tôi [in bảng danh mục thủ tục hành chính khổ lớn|làm lại bảng niêm yết thủ tục] [chia theo lĩnh vực hộ tịch, chứng thực, đất đai|theo nhóm việc người dân hay làm], [mỗi thủ tục có mã QR dẫn tới hướng dẫn chi tiết|kèm mã QR để tra cứu trên điện thoại].",
                        "[Người dân đến bộ phận một cửa|Người đến làm thủ tục] [quét mã là biết cần giấy tờ gì, mất bao lâu|xem được thành phần hồ sơ và lệ phí], [không phải hỏi đi hỏi lại|đỡ mất thời gian chờ].",
                        "[Số hồ sơ phải bổ sung|Tỉ lệ hồ sơ thiếu giấy tờ] [giảm rõ sau ba tháng|giảm hẳn so với trước].",
                    ),
                    (
                        "[Với các thủ tục hay làm như khai sinh, chứng thực|Với những thủ tục phổ biến], tôi [chuẩn bị bộ hồ sơ mẫu đã điền sẵn|làm tờ khai mẫu có ghi chú từng ô], [đặt ở bàn hướng dẫn|kẹp trong bìa nhựa cho người dân xem].",
                        "[Người cao tuổi|Bà con ít chữ] [nhìn mẫu mà điền|được cán bộ hướng dẫn theo mẫu], [ít sai sót|không phải viết lại nhiều lần].",
                    ),
                )),
                ("[Hỗ trợ|Hướng dẫn] người dân [nộp hồ sơ trực tuyến|sử dụng dịch vụ công trực tuyến] [tại chỗ|tại bộ phận một cửa]", (
                    (
                        "[Bộ phận|UBND xã] [bố trí|đặt] [máy tính|khu vực] [và|có] [công chức|đoàn viên thanh niên] [hướng dẫn|hỗ trợ] [người dân|công dân] [tạo tài khoản|đăng nhập tài khoản định danh điện tử] [và|rồi] [nộp hồ sơ|thực hiện thủ tục] [trực tuyến|qua mạng].",
                        "[Phối hợp|Kết hợp] [với|cùng] [Đoàn Thanh niên|{hd}], [chúng tôi|bộ phận] [tổ chức|mở] [các buổi|buổi] [hướng dẫn|tập huấn] [tại|ở] [nhà văn hóa các thôn|thôn, xóm] [vào|trong] [ngày nghỉ|buổi tối].",
                        "[Tỉ lệ|Số] [hồ sơ|thủ tục] [nộp trực tuyến|giải quyết trực tuyến] [tăng|tăng lên] [từ|] {pct_lo}% [lên|tới] {pct_hi}% [sau|chỉ sau] [một năm|một năm thực hiện].",
                    ),
                    (
                        "[Tại bộ phận một cửa|Ở khu vực tiếp dân], [tôi bố trí một máy tính và một cán bộ hỗ trợ|có bàn hướng dẫn dịch vụ công trực tuyến] [để giúp người dân tự nộp hồ sơ trên Cổng dịch vụ công|hướng dẫn từng bước trên điện thoại của chính người dân].",
                        "[Lần đầu có cán bộ cầm tay chỉ việc|Sau khi được hướng dẫn một lần], [nhiều người đã tự nộp ở nhà những lần sau|người dân quen dần với thủ tục trực tuyến].",
                        "[Tỉ lệ hồ sơ trực tuyến|Số hồ sơ nộp qua mạng] [tăng rõ rệt|cao hơn hẳn năm trước].",
                    ),
                    (
                        "Tôi [làm tờ hướng dẫn bằng hình|in tờ gấp hướng dẫn] [\"Năm bước nộp hồ sơ trên điện thoại\"|cách tạo tài khoản, nộp hồ sơ trực tuyến], [phát tại bộ phận một cửa|gửi về các thôn].",
                        "[Người dân|Bà con] [mang về nhà làm theo|nhờ con cháu hướng dẫn thêm], [giảm phải lên xã nhiều lần|tiết kiệm thời gian đi lại].",
                    ),
                )),
                ("[Theo dõi|Kiểm soát] [tiến độ|thời hạn] [giải quyết|xử lí] hồ sơ [bằng|qua] [bảng điện tử|phần mềm] [và|,] [nhắc hạn|cảnh báo] [tự động|kịp thời]", (
                    (
                        "[Mỗi hồ sơ|Từng hồ sơ] [tiếp nhận|] [được|] [nhập|cập nhật] [vào|trên] {dc} [với|kèm] [ngày hẹn trả|thời hạn giải quyết] [và|,] [công chức|người] [phụ trách|thụ lí].",
                        "[Hằng ngày|Mỗi sáng], [tôi|bộ phận] [rà soát|kiểm tra] [danh sách|bảng] [hồ sơ|] [sắp đến hạn|đến hạn] [và|để] [nhắc|đôn đốc] [bộ phận chuyên môn|công chức liên quan] [xử lí|giải quyết] [kịp thời|đúng hạn].",
                        "[Trường hợp|Nếu] [hồ sơ|việc giải quyết] [có nguy cơ|có thể] [trễ hạn|chậm], [bộ phận|chúng tôi] [chủ động|kịp thời] [thông báo|gửi thư xin lỗi] [cho|tới] [người dân|công dân] [và|,] [hẹn|nêu rõ] [thời gian|lí do] [theo đúng quy định|].",
                    ),
                    (
                        "[Tôi lập bảng theo dõi hồ sơ trên Google Sheets|Bộ phận một cửa dùng bảng tính chung] [ghi ngày nhận, hạn trả, cán bộ xử lí|cập nhật trạng thái từng hồ sơ], [ô hạn trả tự đổi màu khi gần đến hạn|có cảnh báo màu vàng, đỏ].",
                        "[Hồ sơ sắp quá hạn|Những hồ sơ chậm] [được nhắc ngay|được báo lãnh đạo xử lí], [tỉ lệ trả đúng hạn tăng|hầu như không còn hồ sơ trễ].",
                    ),
                    (
                        "[Mỗi sáng thứ Hai|Đầu tuần], [tôi gửi danh sách hồ sơ đến hạn trong tuần|bộ phận một cửa thông báo] [cho các công chức chuyên môn|vào nhóm làm việc], [để chủ động xử lí|tránh dồn việc].",
                        "[Việc theo dõi|Cách nhắc việc] [giúp mọi người chủ động|giảm hồ sơ trễ hạn].",
                    ),
                )),
                ("[Thông báo|Nhắn tin] [kết quả, tiến độ giải quyết hồ sơ|khi có kết quả hồ sơ] [cho {hs}|qua điện thoại] [kịp thời|]", (
                    (
                        "[Khi hồ sơ có kết quả|Mỗi khi giải quyết xong], tôi [nhắn tin báo cho người dân|gọi điện thông báo] [ngày đến nhận|kết quả], [người dân không phải lên hỏi nhiều lần|tránh đi lại vô ích].",
                        "[Với hồ sơ cần bổ sung|Nếu thiếu giấy tờ], [tôi báo một lần, đầy đủ|thông báo rõ những gì cần thêm] [bằng văn bản|bằng tin nhắn], [tránh tình trạng bắt bổ sung nhiều lần|đúng quy định].",
                        "[Người dân hài lòng|Sự chủ động thông báo] [được người dân ghi nhận|tăng mức độ hài lòng].",
                    ),
                    (
                        "[Bộ phận một cửa|Chúng tôi] [dùng chức năng nhắn tin của phần mềm|gửi tin nhắn tự động] [khi hồ sơ chuyển trạng thái|khi có kết quả], [người dân theo dõi được|biết hồ sơ đang ở bước nào].",
                        "[Thông tin minh bạch|Việc theo dõi] [giảm thắc mắc|tạo niềm tin].",
                    ),
                    (
                        "[Với người cao tuổi không dùng điện thoại thông minh|Với bà con ở xa], [tôi nhờ trưởng thôn báo tin|gửi giấy báo qua thôn], [bảo đảm ai cũng nhận được thông báo|không bỏ sót].",
                        "[Kết quả được trả đúng hẹn|Người dân nhận kết quả kịp thời].",
                    ),
                )),
                ("[Tổ chức|Bố trí] [khu vực tiếp dân|bộ phận một cửa] [thân thiện|thuận tiện] [cho {hs}|nhất là người cao tuổi]", (
                    (
                        "Tôi [đề xuất bố trí lại khu vực chờ|sắp xếp lại phòng một cửa] [với ghế ngồi, nước uống, quạt mát|có bàn viết, kính lão], [có bảng số thứ tự|có biển chỉ dẫn rõ].",
                        "[Người dân đến làm việc|Bà con] [cảm thấy được tôn trọng|ngồi chờ thoải mái], [không còn cảnh chen lấn|trật tự hơn].",
                    ),
                    (
                        "[Người cao tuổi, người khuyết tật|Những người đi lại khó khăn] [được ưu tiên giải quyết trước|được cán bộ ra tận ghế hướng dẫn], [có bàn ưu tiên riêng|không phải chờ lâu].",
                        "[Sự quan tâm|Cách làm] [được người dân ghi nhận|tạo hình ảnh đẹp cho cơ quan].",
                    ),
                    (
                        "[Bộ phận một cửa|Chúng tôi] [đặt hòm thư góp ý và mã QR đánh giá|lấy ý kiến người dân] [ngay tại quầy|sau mỗi lần giao dịch].",
                        "[Ý kiến|Góp ý] [được xem hằng tuần|được khắc phục kịp thời].",
                    ),
                )),
                ("Hỗ trợ [{hs} điền tờ khai|người dân hoàn thiện hồ sơ] [ngay tại chỗ|tận tình]", (
                    (
                        "[Với người dân không biết chữ hoặc mắt kém|Với bà con lớn tuổi], tôi [điền giúp tờ khai|hướng dẫn từng ô] [rồi đọc lại cho người dân nghe|rồi mời kí xác nhận], [bảo đảm đúng ý nguyện|đúng thông tin].",
                        "[Với những hồ sơ phức tạp như đăng kí lại khai sinh|Khi người dân thiếu giấy tờ gốc], [tôi hướng dẫn cụ thể cần xin giấy gì, ở đâu|ghi ra giấy những việc cần làm], [để người dân không phải đi lại nhiều lần|tránh mất công].",
                        "[Hồ sơ được hoàn thiện ngay lần đầu|Bà con nộp đủ ngay lần sau], [thời gian giải quyết rút ngắn|người dân rất hài lòng].",
                    ),
                    (
                        "Tôi [dùng bảng kiểm thành phần hồ sơ|kiểm tra hồ sơ theo danh mục in sẵn] [cho từng loại thủ tục|khi tiếp nhận], [đánh dấu từng giấy tờ|phát hiện thiếu sót ngay tại quầy].",
                        "[Số hồ sơ phải trả lại|Hồ sơ bị trả vì thiếu giấy tờ] [giảm hẳn|gần như không còn], [tạo niềm tin với người dân|người dân đỡ vất vả].",
                    ),
                    (
                        "[Khi hồ sơ có vướng mắc về chuyên môn|Với những trường hợp khó], [tôi mời công chức phụ trách lĩnh vực ra trực tiếp giải thích|phối hợp ngay với bộ phận chuyên môn], [người dân được trả lời rõ ràng tại chỗ|không phải chờ hẹn].",
                        "[Cách phối hợp nhanh|Sự tận tình] [được người dân ghi nhận qua phiếu đánh giá|giúp nâng chỉ số hài lòng].",
                    ),
                )),
                ("[Tuyên truyền|Phổ biến] [thủ tục hành chính|dịch vụ công trực tuyến] [đến {hs}|tại các thôn]", (
                    (
                        "[Tôi phối hợp trưởng thôn|Bộ phận một cửa] [tổ chức buổi hướng dẫn tại nhà văn hóa thôn|xuống từng thôn hướng dẫn], [giới thiệu các thủ tục hay dùng và cách nộp trực tuyến|trả lời thắc mắc của bà con].",
                        "[Sau mỗi buổi hướng dẫn ở thôn|Khi về xuống thôn], [số hồ sơ nộp trực tuyến của thôn đó tăng rõ|nhiều người tự nộp hồ sơ qua mạng], [vì bà con đã biết cách làm|nhờ được hướng dẫn tận nơi].",
                        "[Những câu hỏi thường gặp|Thắc mắc của bà con] [được ghi lại để bổ sung tài liệu hướng dẫn|được dùng để cải tiến cách tuyên truyền].",
                    ),
                    (
                        "[Loa truyền thanh|Đài truyền thanh xã] [phát thông tin về các thủ tục mới|giới thiệu dịch vụ công trực tuyến] [vào buổi sáng và chiều|mỗi tuần], [bằng lời lẽ ngắn gọn, dễ hiểu|kèm số điện thoại hỗ trợ].",
                        "[Người dân|Bà con] [nắm thông tin sớm|chuẩn bị giấy tờ trước khi đến xã], [giảm số lần đi lại|tiết kiệm thời gian].",
                    ),
                    (
                        "[Tờ rơi hướng dẫn|Tài liệu tuyên truyền] [được gửi về từng hộ qua học sinh|được phát trong các cuộc họp thôn], [kèm mã QR dẫn tới Cổng dịch vụ công|có hình ảnh minh họa].",
                        "[Thông tin đến được nhiều gia đình|Tài liệu lan tỏa rộng], [người trẻ trong nhà hướng dẫn lại cho người lớn tuổi|tạo hiệu ứng tốt].",
                    ),
                )),
                ("Thực hiện [số hóa|lưu trữ điện tử] [hồ sơ, kết quả|giấy tờ] [giải quyết thủ tục|tại bộ phận một cửa]", (
                    (
                        "[Kết quả giải quyết thủ tục|Giấy tờ đã cấp] [được scan và lưu vào kho dữ liệu điện tử|được số hóa theo quy định], [gắn với hồ sơ của người dân|để dùng lại khi cần].",
                        "[Khi người dân làm thủ tục khác|Lần sau], [cán bộ tra cứu được ngay|không phải yêu cầu nộp lại bản sao], [tiết kiệm thời gian, chi phí cho người dân|thủ tục nhanh hơn].",
                    ),
                    (
                        "[Sổ hộ tịch cũ|Dữ liệu hộ tịch những năm trước] [được nhập dần vào phần mềm|được số hóa theo kế hoạch từng năm], [ưu tiên những năm hay tra cứu|bắt đầu từ sổ khai sinh].",
                        "[Việc cấp bản sao trích lục|Tra cứu hộ tịch] [nhanh hơn nhiều|chỉ còn vài phút], [sổ gốc ít phải lấy ra|giảm hư hỏng sổ].",
                    ),
                    (
                        "[Dữ liệu số|Hồ sơ điện tử] [được sao lưu định kì|được phân quyền truy cập] [theo quy định bảo mật|để tránh lộ thông tin cá nhân], [chỉ cán bộ được giao mới xem được|an toàn].",
                        "[Việc lưu trữ điện tử|Số hóa hồ sơ] [vừa tiện lợi vừa an toàn|đáp ứng yêu cầu chuyển đổi số].",
                    ),
                )),
                ("[Đánh giá|Đo lường] [mức độ hài lòng|sự hài lòng] [của {hs}|người dân] [định kì|để cải tiến]", (
                    (
                        "[Tôi đề xuất|Bộ phận một cửa] [đặt máy tính bảng đánh giá|lắp thiết bị đánh giá điện tử] [ngay tại quầy tiếp nhận|cạnh bàn trả kết quả], [người dân bấm một trong bốn mức|người dân chọn mức hài lòng] [sau mỗi lần giao dịch|khi nhận kết quả].",
                        "[Kết quả được tổng hợp theo từng tiêu chí|Số liệu được tách theo thái độ, thời gian, thủ tục], [báo cáo lãnh đạo hằng tháng|đưa ra họp cơ quan cuối tháng], [kèm đề xuất khắc phục cụ thể|cùng những việc cần sửa ngay].",
                        "[Những điểm người dân chưa hài lòng|Các góp ý] [như thiếu ghế chờ, trả kết quả chậm|về chỗ ngồi chờ, giờ trả hồ sơ] [được khắc phục trong quý|đã được xử lí], [chỉ số hài lòng tăng dần qua từng quý|người dân ghi nhận sự thay đổi].",
                    ),
                    (
                        "[Mỗi quý|Định kì ba tháng], [tôi in phiếu khảo sát giấy|bộ phận phát phiếu khảo sát ngắn] [cho người cao tuổi|cho những người không dùng điện thoại], [với năm câu hỏi chọn mức|chỉ gồm năm câu đánh dấu] [và một dòng góp ý|và phần ghi ý kiến].",
                        "[Phiếu được bỏ vào hòm kín|Người dân bỏ phiếu vào hòm thư góp ý] [đặt ở cửa phòng một cửa|cạnh bảng niêm yết thủ tục], [cuối quý mở hòm có đại diện Mặt trận|việc mở hòm có đại diện các đoàn thể chứng kiến] [để bảo đảm khách quan|cho công khai].",
                        "[Nhờ có phiếu giấy|Kết hợp phiếu giấy với đánh giá điện tử], [ý kiến của người lớn tuổi cũng được ghi nhận|không nhóm người dân nào bị bỏ sót], [và nhiều góp ý thiết thực|nhiều đề xuất nhỏ mà thiết thực] [đã được thực hiện|được áp dụng ngay].",
                    ),
                    (
                        "[Kết quả đánh giá|Điểm hài lòng] [của từng công chức|theo từng người tiếp nhận] [được công khai|được niêm yết] [trên bảng tin cơ quan|trong họp giao ban] [hằng tháng|mỗi tháng một lần].",
                        "[Công chức được người dân đánh giá cao|Những cán bộ nhận nhiều đánh giá tốt] [được biểu dương trong họp cơ quan|được khen cuối quý], [người có điểm thấp được góp ý riêng|ai bị phàn nàn thì được trao đổi riêng] [để tìm nguyên nhân|để cùng rút kinh nghiệm].",
                        "[Đánh giá công khai|Cách làm minh bạch này] [tạo động lực cho cả bộ phận|khuyến khích tinh thần phục vụ], [thái độ tiếp dân|cách ứng xử với người dân] [được nhận xét là niềm nở hơn|thay đổi rõ rệt].",
                    ),
                )),
                ("Phối hợp [giữa bộ phận một cửa và công chức chuyên môn|các bộ phận] [giải quyết hồ sơ liên thông|nhanh chóng]", (
                    (
                        "[Mỗi hồ sơ liên thông|Hồ sơ cần nhiều bộ phận] [có phiếu chuyển ghi thời hạn ở từng khâu|được theo dõi trên bảng chung], [tôi nhắc khi sắp đến hạn|để không khâu nào chậm].",
                        "[Hồ sơ liên thông|Những thủ tục phức tạp] [được trả đúng hẹn|không còn ách tắc], [người dân hài lòng|giảm phản ánh].",
                    ),
                    (
                        "[Các công chức chuyên môn|Bộ phận chuyên môn] [thống nhất lịch trực tại bộ phận một cửa|có người trực vào những buổi đông dân], [để giải quyết nhanh những việc cần ý kiến chuyên môn|để người dân không phải chờ].",
                        "[Sự phối hợp|Lịch trực] [giúp công việc trôi chảy|tăng hiệu quả phục vụ].",
                    ),
                    (
                        "[Với hồ sơ vướng mắc|Những trường hợp khó], [lãnh đạo xã chủ trì họp nhanh|các bộ phận họp bàn] [để thống nhất cách giải quyết|trong tuần], [trả lời người dân bằng văn bản|đúng quy định].",
                        "[Vướng mắc được giải quyết dứt điểm|Hồ sơ tồn đọng giảm], [tạo niềm tin với người dân|được cấp trên ghi nhận].",
                    ),
                )),
            ),
        },
        {
            "key": "hc_van_thu",
            "phrase": "văn thư, lưu trữ",
            "levels": ("ubnd", "phong"),
            "titles": (
                "nâng cao chất lượng công tác văn thư, lưu trữ [tại|ở] [cơ quan|{truong_ngan}]",
                "[ứng dụng công nghệ thông tin trong|đổi mới] công tác văn thư, lưu trữ [ở|tại] [đơn vị|{truong_ngan}]",
            ),
            "ideas": (
                ("[Quản lí|Xử lí] văn bản [đi, đến|điện tử] [trên|qua] [hệ thống|phần mềm] [quản lí văn bản và điều hành|chuyên dùng]", (
                    (
                        "[Văn bản đến|Mọi văn bản đến] [được|] [số hóa|quét] [và|rồi] [chuyển|phân phối] [trên|qua] {dc} [đến|tới] [lãnh đạo|người có thẩm quyền] [để|] [cho ý kiến|phân công xử lí] [ngay trong ngày|trong vòng hai giờ].",
                        "[Văn bản đi|Văn bản phát hành] [được|] [kí số|kí bằng chữ kí số] [và|rồi] [gửi|chuyển] [điện tử|qua mạng] [đến|tới] [nơi nhận|các đơn vị], [giảm|hạn chế] [tối đa|đáng kể] [việc|] [in ấn|sử dụng giấy].",
                        "Ví dụ, [với|khi nhận] {vd}, [công chức|người] [phụ trách|được giao] [nhận|thấy] [ngay|được] [văn bản|thông báo] [trên điện thoại|trên phần mềm] [và|,] [biết rõ|nắm được] [thời hạn|hạn] [xử lí|trả lời].",
                    ),
                    (
                        "Tôi [thực hiện tiếp nhận, xử lí văn bản đến hoàn toàn trên hệ thống quản lí văn bản và điều hành|đưa toàn bộ văn bản đến lên phần mềm], [phân loại và chuyển lãnh đạo trong ngày|văn bản được chuyển xử lí ngay khi nhận].",
                        "[Lãnh đạo giao việc trên hệ thống|Người xử lí nhận văn bản] [có thời hạn rõ|theo dõi tiến độ được], [không còn tình trạng thất lạc công văn|văn bản không bị chậm].",
                    ),
                    (
                        "[Văn bản đi|Văn bản phát hành] [được kí số và gửi điện tử|được gửi qua hệ thống liên thông], [tiết kiệm giấy, thời gian gửi|nhanh hơn gửi bưu điện].",
                        "[Tỉ lệ văn bản điện tử|Số văn bản gửi điện tử] [đạt gần như tuyệt đối|tăng nhiều].",
                    ),
                    (
                        "[Tôi đề xuất|Văn thư tham mưu] [quy định|quy chế] [xử lí văn bản trên môi trường mạng|tiếp nhận, luân chuyển văn bản điện tử], [trong đó nêu rõ|với yêu cầu] [văn bản đến phải được vào sổ và chuyển xử lí|mọi văn bản đến được chuyển xử lí] [trong buổi làm việc|ngay trong ngày].",
                        "[Những văn bản giấy vẫn còn nhận|Văn bản giấy còn gửi đến] [từ một số đơn vị|qua đường bưu điện] [được tôi quét thành tệp PDF|được số hóa] [rồi đưa lên hệ thống|và chuyển lên phần mềm], [bản giấy cất vào cặp theo tháng|bản gốc lưu theo tháng].",
                        "[Thời gian văn bản nằm chờ|Khoảng thời gian từ khi nhận đến khi người xử lí thấy văn bản] [rút từ vài ngày xuống vài giờ|chỉ còn tính bằng giờ], [lãnh đạo có thể giao việc cả khi đi công tác|lãnh đạo giao việc ngay trên điện thoại].",
                    ),
                )),
                ("[Chuẩn hóa|Hướng dẫn] thể thức [và|,] [kĩ thuật trình bày|kiểm tra] văn bản [theo quy định|trước khi phát hành]", (
                    (
                        "[Tôi|Văn phòng] [xây dựng|soạn] [bộ mẫu|các mẫu] văn bản [thường dùng|hành chính] [như|] [quyết định, công văn, thông báo, kế hoạch, tờ trình|báo cáo, giấy mời] [đúng thể thức|theo đúng quy định] [và|rồi] [chia sẻ|gửi] [cho|đến] [các bộ phận|toàn cơ quan].",
                        "[Mỗi văn bản|Văn bản] [trước khi|trước lúc] [trình kí|phát hành] [được|] [kiểm tra|rà soát] [theo|bằng] [bảng kiểm|danh mục] [về|gồm] [thể thức, căn cứ pháp lí, nơi nhận|chính tả, số, kí hiệu], [hạn chế|tránh] [sai sót|phải thu hồi, điều chỉnh].",
                    ),
                    (
                        "Tôi [soạn một bảng tóm tắt thể thức văn bản|lập mẫu chuẩn các loại văn bản] [theo quy định hiện hành|gồm quyết định, công văn, tờ trình, báo cáo], [gửi cho các bộ phận|lưu trong thư mục chung].",
                        "[Các bộ phận soạn theo mẫu|Văn bản soạn đúng mẫu], [văn thư chỉ kiểm tra lại|ít phải trả về sửa].",
                    ),
                    (
                        "[Trước khi trình kí|Khi nhận dự thảo], [tôi kiểm tra thể thức, kĩ thuật trình bày|rà soát số, kí hiệu, nơi nhận] [theo bảng kiểm|cẩn thận], [sửa lỗi trước khi phát hành|tránh phải đính chính].",
                        "[Văn bản phát hành|Chất lượng văn bản] [đúng quy định|được cấp trên đánh giá tốt].",
                    ),
                    (
                        "[Tôi làm|Văn thư lập] [một \"phiếu kiểm tra thể thức\" gồm mười mục|bảng kiểm mười điểm] [như quốc hiệu, số kí hiệu, trích yếu, nơi nhận|từ quốc hiệu, tiêu ngữ đến nơi nhận], [đính kèm mỗi dự thảo trình kí|gắn vào từng dự thảo].",
                        "[Người soạn tự tích vào phiếu trước khi chuyển|Chuyên viên tự rà theo phiếu trước], [văn thư chỉ kiểm tra lại những mục còn trống|tôi chỉ soát những chỗ còn nghi ngờ], [nên số lần trả lại sửa|nên thời gian chỉnh sửa] [giảm rõ|ít hẳn].",
                        "[Trong đợt kiểm tra công tác văn thư|Khi đoàn kiểm tra của huyện về], [văn bản của cơ quan|hồ sơ văn bản phát hành] [không còn lỗi thể thức như những năm trước|được nhận xét là đúng thể thức].",
                    ),
                )),
                ("[Chỉnh lí|Sắp xếp] [hồ sơ lưu trữ|tài liệu tồn đọng] [và|,] [lập|xây dựng] [mục lục|cơ sở dữ liệu] [tra cứu|điện tử]", (
                    (
                        "[Tôi|Bộ phận văn thư] [phân loại|chỉnh lí] [khối tài liệu|hồ sơ] [tồn đọng|các năm trước] [theo|dựa trên] [danh mục hồ sơ|thời hạn bảo quản], [lập|ghi] [mục lục|danh mục] [và|,] [đưa vào|sắp xếp trong] [hộp, cặp|kho] [đúng quy định|khoa học].",
                        "[Mục lục|Danh mục] hồ sơ [được|] [nhập|lưu] [vào|trên] [máy tính|bảng tính] [để|nhằm] [tra cứu|tìm kiếm] [theo|bằng] [từ khóa|năm, loại văn bản], [phục vụ|đáp ứng] [kịp thời|nhanh chóng] [yêu cầu|nhu cầu] [khai thác|sử dụng] [của|từ] [lãnh đạo và người dân|các bộ phận].",
                    ),
                    (
                        "Tôi [chỉnh lí khối tài liệu tồn đọng nhiều năm|sắp xếp lại hồ sơ lưu trữ] [theo năm và theo lĩnh vực|lập hồ sơ theo đúng nghiệp vụ], [đánh số hộp, lập mục lục|dán nhãn từng hộp].",
                        "[Kho lưu trữ|Phòng lưu trữ] [gọn gàng|khoa học], [tra cứu tài liệu nhanh|tìm hồ sơ trong vài phút].",
                    ),
                    (
                        "[Mục lục hồ sơ|Danh mục lưu trữ] [được nhập vào bảng tính|được số hóa], [tìm kiếm theo từ khóa|tra cứu nhanh].",
                        "[Khi cần tài liệu|Lúc có yêu cầu], [tôi tìm ngay|cung cấp kịp thời].",
                    ),
                    (
                        "[Trong hai tháng hè|Tranh thủ thời gian ít việc], [tôi cùng một công chức trẻ|văn thư cùng hai đồng chí được phân công] [chỉnh lí|phân loại] [khối tài liệu dồn ở nhà kho|mấy chục cặp hồ sơ tồn đọng] [từ năm 2015 đến năm 2020|của nhiều năm].",
                        "[Tài liệu được phân theo năm, theo lĩnh vực|Hồ sơ được chia theo lĩnh vực và năm], [loại bỏ bản trùng, bản nháp|tách riêng bản trùng và bản nháp], [mỗi hồ sơ có bìa ghi tiêu đề và thời hạn bảo quản|mỗi cặp ghi rõ tiêu đề, số tờ, thời hạn].",
                        "[Mục lục được lập trên bảng tính|Danh mục hồ sơ được nhập vào máy tính], [khi cần tìm một quyết định cũ|lúc người dân hỏi một giấy tờ cũ], [tôi tìm được trong vài phút|chỉ cần gõ từ khóa là biết nằm ở hộp nào].",
                    ),
                )),
                ("[Lập|Xây dựng] [danh mục hồ sơ|kế hoạch lập hồ sơ] [từ đầu năm|cho các bộ phận] [đúng quy định|khoa học]", (
                    (
                        "[Đầu năm|Tháng Một], tôi [tham mưu ban hành danh mục hồ sơ của cơ quan|hướng dẫn các bộ phận lập danh mục hồ sơ] [ghi rõ mỗi bộ phận lập những hồ sơ nào|theo từng lĩnh vực].",
                        "[Danh mục hồ sơ|Kế hoạch lập hồ sơ] [được gửi đến từng bộ phận|được phổ biến trong họp đầu năm], [mỗi công chức biết mình phải lập những hồ sơ nào|rõ trách nhiệm], [và nhận bìa hồ sơ, mục lục văn bản|có sẵn biểu mẫu].",
                        "[Trong năm|Suốt năm], [văn bản được đưa vào hồ sơ ngay khi xử lí xong|hồ sơ được lập thường xuyên], [cuối năm nộp lưu đầy đủ|không còn tài liệu rời rạc phải chỉnh lí].",
                    ),
                    (
                        "Tôi [hướng dẫn các bộ phận cách sắp xếp văn bản trong hồ sơ|chỉ dẫn cách lập hồ sơ] [theo trình tự thời gian|đánh số tờ, ghi mục lục], [có hồ sơ mẫu để làm theo|kèm ví dụ].",
                        "[Hồ sơ các bộ phận|Tài liệu nộp lưu] [đồng đều, đúng quy định|giảm công chỉnh lí].",
                    ),
                    (
                        "[Cuối năm|Tháng Mười Hai], [các bộ phận nộp hồ sơ vào lưu trữ cơ quan|tôi thu hồ sơ] [có biên bản giao nhận|kèm mục lục], [tài liệu được quản lí tập trung|an toàn].",
                        "[Tài liệu của cơ quan|Hồ sơ] [được bảo quản đầy đủ|tra cứu dễ dàng về sau].",
                    ),
                    (
                        "[Tôi soạn|Văn thư biên soạn] [danh mục hồ sơ mẫu|bản danh mục hồ sơ] [dựa trên danh mục năm trước|có điều chỉnh theo nhiệm vụ mới], [gửi từng bộ phận góp ý|lấy ý kiến các bộ phận] [trước khi trình lãnh đạo ban hành|rồi mới trình kí].",
                        "[Mỗi công chức|Từng bộ phận] [nhận một danh sách hồ sơ mình phải lập|biết rõ mình phải lập những hồ sơ nào], [tôi phát sẵn bìa hồ sơ có ghi số, tiêu đề|kèm bìa hồ sơ in sẵn tiêu đề] [để mở hồ sơ ngay từ văn bản đầu tiên|để văn bản được đưa vào hồ sơ ngay].",
                        "[Việc nộp lưu cuối năm|Đến kì nộp lưu] [nhẹ nhàng hơn nhiều|không còn cảnh gom văn bản vội vàng], [hồ sơ nộp vào lưu trữ|tài liệu nộp lưu] [đã đủ và đúng thứ tự|có đủ văn bản, sắp xếp đúng trình tự].",
                    ),
                )),
                ("[Quản lí|Sử dụng] [con dấu|chữ kí số] [chặt chẽ|đúng quy định]", (
                    (
                        "Tôi [quản lí con dấu theo đúng quy định|lập sổ theo dõi đóng dấu], [chỉ đóng dấu văn bản đã có chữ kí của người có thẩm quyền|kiểm tra trước khi đóng dấu], [không đóng dấu khống|không giao con dấu cho người khác].",
                        "[Thiết bị kí số|Chữ kí số của lãnh đạo và cơ quan] [được bảo quản trong tủ có khóa|chỉ người được giao mới sử dụng], [có sổ theo dõi sử dụng|không cho người khác mượn].",
                        "[Văn bản kí số|Văn bản điện tử] [có giá trị pháp lí|an toàn], [không để xảy ra sử dụng sai thẩm quyền|đúng quy định].",
                    ),
                    (
                        "[Chữ kí số|Thiết bị kí số] [được bảo quản cẩn thận|có mật khẩu riêng], [chỉ người được giao mới sử dụng|đúng thẩm quyền].",
                        "Tôi [chỉ đóng dấu văn bản đã có chữ kí của người có thẩm quyền|kiểm tra chữ kí trước khi đóng dấu], [ghi sổ theo dõi đóng dấu|ghi nhận số lượng], [không đóng dấu khống|tuyệt đối tuân thủ].",
                        "[Việc quản lí con dấu|Sử dụng con dấu] [chặt chẽ|được kiểm tra không phát hiện sai sót].",
                    ),
                    (
                        "[Sổ theo dõi|Nhật kí sử dụng con dấu] [ghi đầy đủ|có chữ kí người nhận], [kiểm tra định kì|minh bạch].",
                        "[Khi lãnh đạo đi công tác|Trong trường hợp vắng mặt], [việc kí số văn bản khẩn được thực hiện từ xa|lãnh đạo kí số qua thiết bị di động], [văn bản vẫn được phát hành kịp thời|không bị chậm trễ].",
                        "[Kí số từ xa|Ứng dụng chữ kí số] [giúp công việc thông suốt|tiết kiệm thời gian].",
                    ),
                    (
                        "[Tôi lập|Văn thư mở] [sổ đăng kí sử dụng chữ kí số|sổ theo dõi thiết bị kí số] [ghi rõ người được giao, ngày nhận, ngày hết hạn chứng thư|có thời hạn chứng thư của từng thiết bị], [để gia hạn trước khi hết hiệu lực|để không bị gián đoạn việc kí].",
                        "[Năm ngoái|Có lần], [chứng thư số của cơ quan|chữ kí số của đơn vị] [sắp hết hạn|chỉ còn mười ngày nữa hết hạn] [đúng dịp cuối năm nhiều văn bản|giữa đợt gửi báo cáo cuối năm], [nhờ sổ theo dõi|nhờ có sổ] [tôi làm thủ tục gia hạn kịp thời|việc gia hạn được làm trước].",
                        "[Việc kí số|Văn bản điện tử] [không bị gián đoạn ngày nào|vẫn được phát hành bình thường], [và con dấu, thiết bị kí số|con dấu và chữ kí số] [luôn được quản lí đúng người, đúng việc|không bị sử dụng sai mục đích].",
                    ),
                )),
                ("[Hướng dẫn|Bồi dưỡng] [nghiệp vụ văn thư|kĩ năng soạn thảo] [cho cán bộ|công chức] [trong cơ quan|thường xuyên]", (
                    (
                        "Tôi [tổ chức buổi hướng dẫn ngắn|chia sẻ trong họp cơ quan] [về thể thức văn bản, cách trình bày|về những lỗi hay gặp], [kèm ví dụ văn bản sai và sửa|minh họa cụ thể].",
                        "[Tôi tổng hợp những lỗi thể thức hay gặp|Những lỗi văn bản thường mắc] [như sai vị trí số, kí hiệu, thiếu nơi nhận|như viết hoa sai] [thành tài liệu một trang|kèm cách sửa], [gửi cho các bộ phận|phổ biến trong họp].",
                        "[Văn bản soạn thảo|Dự thảo gửi văn thư] [ít lỗi hẳn|đúng thể thức ngay từ đầu], [giảm thời gian sửa|phát hành nhanh hơn].",
                    ),
                    (
                        "[Những câu hỏi về văn thư, lưu trữ|Thắc mắc của đồng nghiệp] [được tôi trả lời nhanh qua nhóm Zalo cơ quan|được giải đáp kịp thời], [kèm ví dụ văn bản mẫu|dẫn quy định cụ thể].",
                        "[Vướng mắc|Công việc] [được xử lí ngay|không bị ách tắc].",
                    ),
                    (
                        "[Các mẫu văn bản thường dùng|Bộ văn bản mẫu] [được cập nhật theo quy định mới nhất|được lưu trong thư mục dùng chung], [ai cần thì mở ra dùng|tiện cho mọi người].",
                        "[Chất lượng văn bản của cơ quan|Văn bản phát hành] [đồng đều|được cấp trên đánh giá tốt].",
                    ),
                    (
                        "[Tôi soạn|Văn thư viết] [một cuốn \"cẩm nang văn thư\" khoảng mười trang|tài liệu hướng dẫn ngắn gọn] [với ví dụ đúng – sai đặt cạnh nhau|có hình chụp văn bản đúng và sai], [in cho mỗi bộ phận một cuốn|gửi bản điện tử cho từng người].",
                        "[Khi có công chức mới chuyển đến|Với người mới về cơ quan], [tôi dành một buổi hướng dẫn riêng|tôi ngồi cùng họ soạn văn bản đầu tiên] [theo đúng cẩm nang|dựa trên tài liệu ấy], [giải thích lí do của từng quy định|chỉ rõ vì sao phải trình bày như vậy].",
                        "[Những người mới|Công chức trẻ] [soạn văn bản đúng thể thức|nắm được quy định] [chỉ sau vài tuần|nhanh hơn hẳn], [văn thư bớt hẳn việc sửa lại dự thảo|số dự thảo phải trả lại giảm nhiều].",
                    ),
                )),
                ("[Theo dõi|Đôn đốc] [việc xử lí văn bản|thời hạn giải quyết công việc] [đúng hạn|hằng tuần]", (
                    (
                        "[Mỗi thứ Sáu|Cuối tuần], tôi [lập báo cáo văn bản sắp đến hạn và quá hạn|trích xuất từ hệ thống danh sách văn bản chưa xử lí], [gửi lãnh đạo và các bộ phận|báo cáo trong giao ban].",
                        "[Hệ thống quản lí văn bản|Phần mềm] [tự đổi màu những văn bản sắp đến hạn|có cảnh báo hạn xử lí], [người xử lí nhìn là biết việc cần ưu tiên|giúp từng người chủ động sắp xếp công việc].",
                        "[Sau một năm|Từ khi áp dụng], [tỉ lệ văn bản xử lí đúng hạn|số văn bản giải quyết đúng hạn] [tăng rõ|tăng lên đáng kể], [văn bản quá hạn|những việc bị chậm] [giảm hẳn|chỉ còn rất ít].",
                    ),
                    (
                        "[Tôi lập một sổ theo dõi|Văn thư mở sổ theo dõi] [riêng cho văn bản có thời hạn|những văn bản yêu cầu báo cáo], [ghi rõ người xử lí, ngày phải hoàn thành|kèm hạn và người được giao], [để không lẫn với văn bản chỉ để biết|vì trên hệ thống chúng dễ lẫn với văn bản để biết].",
                        "[Trước hạn ba ngày|Khi còn ba ngày], [tôi nhắn tin nhắc người xử lí|người phụ trách nhận tin nhắc], [nếu cần gia hạn thì báo lãnh đạo ngay|trường hợp chưa kịp thì đề xuất gia hạn] [chứ không để quá hạn mới báo|thay vì im lặng cho đến hạn].",
                        "[Cấp trên|Các cơ quan cấp huyện] [không còn phải nhắc|hiếm khi phải đôn đốc] [báo cáo của đơn vị|việc gửi báo cáo], [và cơ quan được đánh giá cao về tính kịp thời|đơn vị được ghi nhận là gửi báo cáo đúng hạn].",
                    ),
                    (
                        "[Kết quả xử lí văn bản đúng hạn|Tình hình thực hiện nhiệm vụ] [được tổng hợp hằng tháng|được thống kê theo tháng] [theo từng bộ phận|cho từng người], [dùng làm căn cứ đánh giá, xếp loại|đưa vào tiêu chí thi đua].",
                        "[Bảng tổng hợp|Số liệu] [được trình bày trong họp cơ quan|được công bố trong giao ban], [bộ phận có nhiều việc chậm phải nêu lí do|ai chậm phải giải trình], [lãnh đạo điều phối lại công việc khi cần|và được hỗ trợ nếu quá tải].",
                        "[Công chức có ý thức hơn về thời hạn|Trách nhiệm của từng người được nâng lên], [công việc|hồ sơ] [không còn bị dồn đến cuối tháng|được giải quyết đều đặn hơn].",
                    ),
                )),
                ("[Số hóa|Chuyển đổi số] [tài liệu lưu trữ|hồ sơ cũ] [phục vụ tra cứu|lâu dài]", (
                    (
                        "[Những hồ sơ hay tra cứu|Tài liệu đất đai, hộ tịch cũ] [được ưu tiên số hóa trước|được scan theo kế hoạch], [gắn thông tin tìm kiếm như tên, năm, số hiệu|có mục lục điện tử].",
                        "[Tra cứu tài liệu|Tìm hồ sơ] [chỉ mất vài phút|nhanh chóng], [bản gốc ít phải lấy ra|giảm hư hỏng tài liệu gốc].",
                    ),
                    (
                        "[Tài liệu số|Bản scan] [được lưu trên máy chủ và có bản sao dự phòng|được phân quyền truy cập], [bảo đảm an toàn|đúng quy định bảo mật].",
                        "[Khi người dân, cơ quan cần cung cấp thông tin|Lúc có yêu cầu], [tôi tìm và in ngay|cung cấp kịp thời].",
                    ),
                    (
                        "[Khi người dân cần bản sao|Cung cấp thông tin], [tôi tìm bản số|in nhanh], [tiết kiệm thời gian|người dân hài lòng].",
                        "[Kế hoạch số hóa|Việc số hóa] [được chia theo từng năm|thực hiện từng phần], [phù hợp kinh phí|không ảnh hưởng công việc thường ngày].",
                        "[Kho dữ liệu số|Tài liệu điện tử] [ngày càng đầy đủ|phục vụ tốt công tác quản lí].",
                    ),
                    (
                        "[Tôi đề xuất|Văn thư tham mưu] [mua một máy quét tốc độ cao|trang bị máy scan hai mặt] [bằng nguồn kinh phí chuyển đổi số|từ kinh phí tự chủ], [thay cho máy in kiêm quét|thay vì dùng máy quét chậm] [vốn mất cả buổi cho một hồ sơ|vốn rất mất thời gian].",
                        "[Mỗi ngày|Hằng ngày] [tôi dành một giờ cuối buổi chiều|văn thư dành khoảng một giờ] [để quét hồ sơ cũ|cho việc số hóa], [đặt tên tệp theo quy tắc năm – số hồ sơ – tiêu đề|tệp được đặt tên thống nhất] [để dễ tìm|giúp tra cứu nhanh].",
                        "[Sau một năm|Đến cuối năm], [gần hết hồ sơ hộ tịch cũ|phần lớn hồ sơ hay tra cứu] [đã có bản số|đã được số hóa], [người dân xin trích lục|những yêu cầu sao lục] [được giải quyết ngay trong buổi|không phải hẹn ngày].",
                    ),
                )),
                ("[Bảo quản|Giữ gìn] [tài liệu lưu trữ|kho lưu trữ] [an toàn|đúng kĩ thuật]", (
                    (
                        "[Kho lưu trữ|Phòng lưu trữ] [được trang bị giá sắt, quạt thông gió, bình chữa cháy|có nhiệt kế, ẩm kế], [vệ sinh, kiểm tra định kì|được chống ẩm, chống mối].",
                        "[Tài liệu|Hồ sơ] [không bị ẩm mốc|an toàn], [đúng yêu cầu kĩ thuật bảo quản|giữ được lâu dài].",
                    ),
                    (
                        "[Tài liệu rách, mờ|Hồ sơ hư hỏng] [được tu bổ kịp thời|được phục chế] [theo đúng kĩ thuật|cẩn thận], [tránh hư hỏng thêm|giữ giá trị tài liệu].",
                        "[Việc bảo quản|Công tác tu bổ] [được đoàn kiểm tra đánh giá tốt|bảo đảm an toàn tài liệu].",
                    ),
                    (
                        "[Việc mượn tài liệu lưu trữ|Khai thác tài liệu] [có phiếu yêu cầu và sổ theo dõi|phải được lãnh đạo duyệt], [trả đúng hạn|kiểm tra khi nhận lại].",
                        "[Tài liệu không bị thất lạc|Quản lí khai thác chặt chẽ], [đúng quy định|an toàn].",
                    ),
                    (
                        "[Tôi đề xuất|Văn thư tham mưu] [chuyển kho lưu trữ|dời phòng lưu trữ] [từ tầng một ẩm thấp|từ gian nhà cấp bốn hay dột] [lên một phòng khô ráo ở tầng hai|sang phòng mới khô ráo hơn], [trước mùa mưa bão|ngay trước mùa mưa].",
                        "[Kho mới|Phòng lưu trữ mới] [có nhiệt ẩm kế treo tường|được trang bị nhiệt ẩm kế], [tôi ghi độ ẩm vào sổ mỗi tuần|độ ẩm được ghi lại hằng tuần], [khi vượt mức thì bật máy hút ẩm|quá mức cho phép thì cho chạy máy hút ẩm].",
                        "[Mùa mưa năm ấy|Qua mùa mưa bão], [tài liệu không bị ẩm mốc hay ướt|hồ sơ vẫn khô ráo], [đoàn kiểm tra|cấp trên] [đánh giá kho lưu trữ đạt yêu cầu|ghi nhận việc bảo quản đúng kĩ thuật].",
                    ),
                )),
                ("[Tiêu hủy|Xử lí] [tài liệu hết giá trị|tài liệu hết thời hạn lưu trữ] [đúng quy trình|giải phóng kho]", (
                    (
                        "[Hội đồng xác định giá trị tài liệu|Hội đồng] [xem xét danh mục tài liệu hết giá trị|thẩm định từng nhóm tài liệu], [trình cấp có thẩm quyền phê duyệt|đúng quy trình], [trước khi tiêu hủy|có biên bản].",
                        "[Việc tiêu hủy|Quá trình] [được thực hiện công khai, đúng quy định|có người giám sát], [kho lưu trữ thông thoáng hơn|giải phóng nhiều giá kệ].",
                    ),
                    (
                        "[Hồ sơ tiêu hủy tài liệu|Biên bản, quyết định] [được lưu trữ vĩnh viễn|được lưu đầy đủ], [làm căn cứ khi cần|đúng quy định].",
                        "[Mục lục hồ sơ|Danh mục lưu trữ] [được cập nhật sau tiêu hủy|khớp với thực tế].",
                    ),
                    (
                        "[Danh mục|Mục lục] [được cập nhật|sau tiêu hủy], [chính xác|khớp thực tế].",
                        "[Sau khi tiêu hủy|Khi kho được giải phóng], [tài liệu có giá trị được sắp xếp lại|hồ sơ được bố trí khoa học hơn], [tra cứu thuận tiện|dễ quản lí].",
                        "[Công tác lưu trữ|Kho lưu trữ] [đi vào nền nếp|được cấp trên khen].",
                    ),
                    (
                        "[Khi rà soát kho|Trong quá trình chỉnh lí], [tôi tách riêng|văn thư để riêng] [những tài liệu đã hết thời hạn bảo quản|các hồ sơ hết thời hạn lưu] [như giấy mời, công văn để biết từ nhiều năm trước|như thông báo, giấy mời cũ], [lập danh mục đề nghị tiêu hủy|kèm danh mục chi tiết].",
                        "[Hội đồng xác định giá trị tài liệu|Hội đồng của cơ quan] [xem xét từng mục|thẩm tra danh mục], [giữ lại một số tài liệu có giá trị lịch sử địa phương|những tài liệu liên quan đến lịch sử xã được giữ lại], [phần còn lại được hủy bằng máy hủy giấy|số còn lại được tiêu hủy] [có người chứng kiến|có biên bản và người giám sát].",
                        "[Kho lưu trữ|Giá hồ sơ] [trống thêm gần một phần ba|rộng rãi hơn hẳn], [đủ chỗ cho tài liệu của nhiều năm tới|đủ chứa tài liệu mấy năm tới] [mà không phải mua thêm giá|không phải đầu tư thêm].",
                    ),
                )),
            ),
        },
        {
            "key": "hc_chuyen_doi_so_xa",
            "phrase": "chuyển đổi số cấp xã",
            "levels": ("ubnd",),
            "titles": (
                "[đẩy mạnh|triển khai hiệu quả] chuyển đổi số cấp xã [tại|ở] [xã|UBND xã] {xa}",
                "[nâng cao hiệu quả hoạt động của|phát huy vai trò] tổ công nghệ số cộng đồng [trong|để thúc đẩy] chuyển đổi số cấp xã",
            ),
            "ideas": (
                ("[Kiện toàn|Phát huy] {hd} [ở|tại] [các thôn|từng thôn, xóm]", (
                    (
                        "[UBND xã|Chúng tôi] [kiện toàn|thành lập] [tổ công nghệ số cộng đồng|các tổ] [ở|tại] [mỗi thôn|từng thôn] [gồm|với thành phần là] [trưởng thôn, đoàn viên thanh niên, công an viên|những người am hiểu công nghệ] [và|,] [phân công|giao] [nhiệm vụ|địa bàn] [cụ thể|].",
                        "[Các tổ|Tổ công nghệ số] [đến|tới] [từng hộ|từng nhà] [hướng dẫn|giúp] [người dân|bà con] [cài đặt|sử dụng] [ứng dụng định danh điện tử|thanh toán không dùng tiền mặt] và [tra cứu|thực hiện] [dịch vụ công|thủ tục] [trên điện thoại|trực tuyến].",
                    ),
                    (
                        "[Mỗi thôn|Các thôn] [có tổ công nghệ số cộng đồng|kiện toàn tổ công nghệ số] [gồm trưởng thôn, đoàn viên thanh niên, công an viên|với thành viên trẻ, thành thạo điện thoại], [được xã tập huấn|được hướng dẫn kĩ năng].",
                        "[Tổ|Các thành viên] [hướng dẫn người dân cài ứng dụng, nộp hồ sơ trực tuyến|đến từng nhà hỗ trợ], [nhất là người cao tuổi|kiên nhẫn].",
                    ),
                    (
                        "[Tổ công nghệ số|Các tổ] [họp giao ban hằng tháng|báo cáo kết quả] [với xã|để tháo gỡ khó khăn].",
                        "[Hoạt động của tổ|Phong trào] [ngày càng hiệu quả|lan tỏa].",
                    ),
                )),
                ("[Xây dựng|Vận hành] [kênh thông tin|nhóm Zalo] [của xã, thôn|chính quyền] [để|nhằm] [tiếp nhận phản ánh|thông tin đến người dân] [kịp thời|nhanh chóng]", (
                    (
                        "[Xã|UBND xã] [lập|duy trì] [nhóm Zalo|kênh thông tin] [của từng thôn|cho mỗi thôn] [với|có] [sự tham gia|thành viên] [của|là] [cán bộ|đại diện] [các hộ gia đình|người dân], [do|dưới sự quản lí của] [trưởng thôn|công chức Văn hóa – Xã hội] [quản trị|].",
                        "[Thông báo|Các thông báo] [về|như] [lịch tiêm chủng, thu thuế, họp thôn|chính sách mới, lịch tiếp dân] [được|] [gửi|đăng] [nhanh chóng|kịp thời]; [ý kiến|phản ánh] [của người dân|] [được|] [tiếp nhận|ghi nhận] và [trả lời|giải quyết] [trong|không quá] {n_b} ngày.",
                    ),
                    (
                        "[Mỗi phản ánh của người dân trên nhóm|Phản ánh về đường hỏng, rác thải, mất an ninh] [được cán bộ quản trị chuyển ngay cho bộ phận phụ trách|được ghi vào sổ theo dõi], [kết quả xử lí được thông báo lại trong nhóm|người dân biết việc đã được giải quyết].",
                        "[Người dân|Bà con] [tin tưởng hơn vào chính quyền|tích cực phản ánh], [nhiều việc được xử lí nhanh|giảm đơn thư].",
                    ),
                    (
                        "[Nội quy nhóm|Quy tắc của nhóm Zalo] [được ghim ở đầu nhóm|được nhắc định kì]: [chỉ đăng thông tin chính thống, không quảng cáo, không công kích cá nhân|tôn trọng lẫn nhau], [tin vi phạm được gỡ|thành viên vi phạm bị nhắc nhở].",
                        "[Nhóm|Kênh thông tin] [văn minh, hữu ích|trở thành nơi bà con tin cậy].",
                    ),
                )),
                ("[Phát triển|Xây dựng] [du lịch, nông sản|sản phẩm OCOP] [của xã|địa phương] [trên nền tảng số|qua kênh trực tuyến]", (
                    (
                        "Tôi [phối hợp Đoàn thanh niên|cùng các hợp tác xã] [hướng dẫn nông dân đưa sản phẩm lên sàn thương mại điện tử|mở gian hàng trực tuyến cho nông sản của xã], [chụp ảnh, viết mô tả, đăng bán|hỗ trợ từng hộ].",
                        "[Một số hộ|Nhiều gia đình] [đã bán được hàng cho khách ở xa|tìm được đầu ra ổn định], [thấy rõ lợi ích của chuyển đổi số|tích cực tham gia].",
                    ),
                    (
                        "[Trang thông tin của xã|Fanpage] [giới thiệu sản phẩm đặc trưng, điểm tham quan|đăng bài về làng nghề, đặc sản], [kèm số điện thoại người bán|có hướng dẫn đặt hàng].",
                        "[Sản phẩm địa phương|Hình ảnh quê hương] [được nhiều người biết đến|được quảng bá rộng], [người con xa quê chia sẻ lại|tạo hiệu ứng lan tỏa].",
                    ),
                    (
                        "[Các hộ sản xuất|Hợp tác xã] [được hướng dẫn gắn mã QR truy xuất nguồn gốc|được hỗ trợ in tem truy xuất], [khách hàng quét mã là biết nơi sản xuất|tăng uy tín sản phẩm].",
                        "[Sản phẩm có tem truy xuất|Nông sản minh bạch nguồn gốc] [bán được giá hơn|dễ vào siêu thị, cửa hàng].",
                    ),
                )),
                ("Hướng dẫn {hs} [cài đặt, sử dụng|dùng] [ứng dụng định danh điện tử|VNeID, dịch vụ công] [tại nhà văn hóa thôn|tận nơi]", (
                    (
                        "Tôi [phối hợp công an xã|cùng tổ công nghệ số] [tổ chức \"Ngày thứ Bảy số\" tại nhà văn hóa các thôn|mở điểm hỗ trợ vào cuối tuần], [hướng dẫn người dân kích hoạt tài khoản định danh điện tử|giúp bà con cài đặt ứng dụng].",
                        "[Các hộ kinh doanh ở chợ|Tiểu thương] [được hướng dẫn mở tài khoản và in mã QR|được hỗ trợ đăng kí thanh toán điện tử], [dán tại quầy hàng|tiện cho người mua].",
                        "[Việc mua bán|Thanh toán] [nhanh, không phải trả tiền lẻ|an toàn hơn], [nhiều hộ thấy lợi ích|ngày càng nhiều người dùng].",
                    ),
                    (
                        "[Với người già, người khuyết tật|Với người không đến được], [tổ công nghệ số đến tận nhà hỗ trợ|cán bộ đến từng hộ], [kiên nhẫn hướng dẫn|giúp cài đặt].",
                        "[Học sinh, đoàn viên|Thanh niên trong thôn] [được giao hướng dẫn ông bà, cha mẹ|về nhà giúp người thân] [cài ứng dụng ngân hàng, thanh toán tiền điện, nước|dùng dịch vụ số], [phong trào lan rộng|tạo hiệu ứng tốt].",
                        "[Người lớn tuổi|Bà con] [dần quen với thanh toán không tiền mặt|thấy tiện lợi].",
                    ),
                    (
                        "[Tài liệu hướng dẫn|Tờ gấp] [bằng hình ảnh|chữ to] [được phát kèm|để bà con tự xem lại].",
                        "[Các khoản thu của xã|Phí, lệ phí tại bộ phận một cửa] [được chấp nhận thanh toán qua mã QR|có thể chuyển khoản], [có biên lai điện tử|minh bạch].",
                        "[Người dân|Bà con] [không phải mang tiền mặt|thuận tiện], [cán bộ không phải giữ tiền|giảm rủi ro].",
                    ),
                )),
                ("[Tuyên truyền|Phổ biến] [lợi ích của chuyển đổi số|thanh toán không tiền mặt] [đến {hs}|qua loa truyền thanh]", (
                    (
                        "[Loa truyền thanh xã|Đài truyền thanh] [phát chuyên mục \"Chuyển đổi số cho mọi nhà\"|phát bài tuyên truyền] [mỗi tuần hai lần|vào buổi sáng], [với những câu chuyện người thật việc thật|bằng lời gần gũi].",
                        "[Dữ liệu sau khi rà soát|Thông tin dân cư đã làm sạch] [được dùng chung cho các bộ phận|phục vụ giải quyết thủ tục], [giảm yêu cầu người dân xuất trình giấy tờ|tiện cho người dân].",
                        "[Quản lí dân cư|Công tác thống kê] [chính xác hơn|nhanh hơn].",
                    ),
                    (
                        "Tôi [vận động các quầy hàng, chợ xã|phối hợp ngân hàng] [dùng mã QR thanh toán|triển khai thanh toán không tiền mặt], [hướng dẫn tiểu thương|hỗ trợ mở tài khoản].",
                        "[Danh sách hộ nghèo, đối tượng chính sách|Dữ liệu chính sách xã hội] [được cập nhật trên bảng tính chung|được số hóa], [chi trả đúng đối tượng|tra cứu nhanh].",
                        "[Việc chi trả|Quản lí đối tượng] [minh bạch|không sai sót].",
                    ),
                    (
                        "[Học sinh|Đoàn viên] [được vận động|được giao] [hướng dẫn ông bà, cha mẹ|về nhà giúp người thân] [dùng ứng dụng|cài đặt].",
                        "[Dữ liệu cá nhân|Thông tin dân cư] [được phân quyền truy cập|được bảo mật] [theo quy định|chặt chẽ], [chỉ cán bộ được giao mới sử dụng|không để lộ lọt].",
                        "[Người dân|Bà con] [yên tâm|tin tưởng chính quyền].",
                    ),
                )),
                ("[Số hóa|Cập nhật] [dữ liệu dân cư, hộ gia đình|cơ sở dữ liệu] [của xã|phục vụ quản lí]", (
                    (
                        "Tôi [rà soát, làm sạch dữ liệu dân cư|cập nhật thông tin hộ gia đình] [phối hợp công an xã và trưởng thôn|theo từng thôn], [bảo đảm \"đúng, đủ, sạch, sống\"|chính xác].",
                        "[Lịch công tác tuần|Kế hoạch làm việc] [được đăng trên phần mềm|được cập nhật trực tuyến], [cán bộ, công chức nắm được việc của mình|chủ động sắp xếp công việc], [giảm họp để thông báo|tiết kiệm thời gian].",
                        "[Việc giao và theo dõi nhiệm vụ|Điều hành] [minh bạch, đúng hạn|sát sao hơn].",
                    ),
                    (
                        "[Dữ liệu hộ nghèo, chính sách|Danh sách đối tượng] [được số hóa|được cập nhật trên bảng tính chung], [tra cứu nhanh|chi trả đúng].",
                        "[Các cuộc họp với thôn|Hội nghị] [được tổ chức trực tuyến khi cần|kết nối qua phần mềm], [trưởng thôn tham gia từ nhà văn hóa|không phải lên xã], [tiết kiệm thời gian đi lại|thuận tiện].",
                        "[Thông tin chỉ đạo|Kết luận cuộc họp] [đến thôn nhanh|được thực hiện kịp thời].",
                    ),
                    (
                        "[Dữ liệu|Thông tin] [được bảo mật|phân quyền], [đúng quy định|an toàn].",
                        "[Báo cáo thống kê định kì|Các biểu mẫu báo cáo] [được nhập trên biểu mẫu điện tử|tổng hợp tự động], [giảm thời gian tổng hợp|chính xác hơn].",
                        "[Công chức|Cán bộ] [đỡ vất vả|có thêm thời gian cho việc chuyên môn].",
                    ),
                )),
                ("[Ứng dụng|Sử dụng] [phần mềm|công cụ số] [trong điều hành|của Ủy ban nhân dân xã] [hằng ngày|hiệu quả]", (
                    (
                        "Tôi [tham mưu dùng hệ thống quản lí văn bản|triển khai lịch công tác điện tử] [cho toàn bộ cán bộ, công chức xã|thay cho giấy tờ], [giao việc và theo dõi trên phần mềm|có thời hạn].",
                        "[Người phụ trách trang|Ban biên tập] [duyệt tin trước khi đăng|kiểm tra nội dung], [bảo đảm thông tin chính xác, đúng quy định|không đăng tin chưa kiểm chứng].",
                        "[Trang thông tin|Fanpage] [trở thành kênh chính thống tin cậy|giúp hạn chế tin đồn thất thiệt].",
                    ),
                    (
                        "[Các cuộc họp|Hội nghị] [được tổ chức trực tuyến|kết nối với các thôn], [tiết kiệm thời gian đi lại|tiện lợi].",
                        "[Các bài viết|Thông tin đăng tải] [ngắn gọn, có hình ảnh|dễ hiểu với bà con], [thông báo lịch làm việc, chính sách mới, gương người tốt việc tốt|đa dạng nội dung].",
                        "[Lượt theo dõi|Số người quan tâm] [tăng đều|ngày càng nhiều], [nhiều người ở xa quê cũng theo dõi|kết nối người con xa quê].",
                    ),
                    (
                        "[Báo cáo thống kê|Các báo cáo] [được nhập trên biểu mẫu điện tử|được tổng hợp tự động], [nhanh|chính xác].",
                        "[Câu hỏi, bình luận của người dân|Ý kiến trên trang] [được trả lời hoặc chuyển bộ phận phụ trách|được phản hồi trong thời hạn], [tạo kênh tương tác hai chiều|người dân thấy được lắng nghe].",
                        "[Tương tác|Sự phản hồi] [nâng cao hình ảnh chính quyền|tạo niềm tin].",
                    ),
                )),
                ("Xây dựng [trang thông tin điện tử|fanpage] [chính thống của xã|của Ủy ban nhân dân xã] [để cung cấp thông tin cho {hs}|làm kênh thông tin tin cậy]", (
                    (
                        "[Trang thông tin điện tử của xã|Fanpage của Ủy ban nhân dân xã] [đăng tin hoạt động, thông báo, thủ tục|được cập nhật thường xuyên], [có người phụ trách biên tập|đúng quy định].",
                        "[Cán bộ trẻ thành thạo công nghệ|Công chức trẻ] [kèm cặp cán bộ lớn tuổi|hỗ trợ đồng nghiệp] [theo cặp|thường xuyên], [hướng dẫn từng thao tác|kiên nhẫn].",
                        "[Đội ngũ|Cán bộ, công chức] [sử dụng phần mềm đồng đều hơn|tự tin hơn], [không còn phụ thuộc vào một vài người|công việc thông suốt].",
                    ),
                    (
                        "[Các bài viết|Thông tin] [ngắn gọn, có hình ảnh|dễ hiểu], [phù hợp người dân nông thôn|gần gũi].",
                        "[Video hướng dẫn ngắn|Tài liệu hướng dẫn] [được lưu trong nhóm làm việc|được chia sẻ] [để cán bộ xem lại khi cần|tự học].",
                        "[Kĩ năng số|Năng lực số] [của cán bộ thôn và xã|của đội ngũ] [được nâng lên rõ|tiến bộ].",
                    ),
                    (
                        "[Ý kiến bình luận|Câu hỏi của người dân] [được trả lời|được chuyển bộ phận] [kịp thời|đúng thẩm quyền].",
                        "[Lớp bồi dưỡng|Buổi tập huấn] [tập trung vào thực hành|học ngắn, làm nhiều], [mỗi người làm trên máy của mình|có bài tập cụ thể].",
                        "[Sau khóa học|Kết thúc lớp], [cán bộ áp dụng ngay vào công việc|hiệu quả rõ].",
                    ),
                )),
                ("[Đào tạo|Bồi dưỡng] [kĩ năng số|năng lực số] [cho cán bộ, công chức xã và thôn|đội ngũ]", (
                    (
                        "Tôi [khảo sát kĩ năng số của cán bộ|đánh giá năng lực đội ngũ] [để tổ chức lớp bồi dưỡng phù hợp|chia nhóm theo trình độ], [học vào chiều thứ Sáu|học ngắn, thực hành nhiều].",
                        "[Kết quả các chỉ số|Số liệu chuyển đổi số] [được báo cáo Đảng ủy, Ủy ban|được phân tích], [những chỉ số thấp được đề ra giải pháp cụ thể|có phân công người phụ trách].",
                        "[Nhờ theo dõi sát|Với cách làm này], [các chỉ số của xã tăng dần|xã xếp thứ hạng khá trong huyện].",
                    ),
                    (
                        "[Cán bộ trẻ|Công chức thành thạo] [kèm cán bộ lớn tuổi|hỗ trợ đồng nghiệp], [theo cặp|thường xuyên].",
                        "[Các thôn được chấm điểm|Thôn] [theo tỉ lệ hồ sơ trực tuyến, số tài khoản định danh|theo bộ chỉ số], [thôn dẫn đầu được khen|tạo thi đua giữa các thôn].",
                        "[Phong trào thi đua|Sự so sánh] [thúc đẩy|tạo động lực].",
                    ),
                    (
                        "[Tài liệu|Video hướng dẫn] [được lưu trong nhóm|để xem lại], [tiện|hữu ích].",
                        "[Ý kiến người dân về dịch vụ số|Khảo sát người dùng] [được thu thập định kì|được tổng hợp], [để điều chỉnh cách hỗ trợ|để cải tiến].",
                        "[Chuyển đổi số|Dịch vụ] [sát nhu cầu|hiệu quả].",
                    ),
                )),
                ("[Đánh giá|Theo dõi] [kết quả chuyển đổi số|chỉ số] [cấp xã|định kì]", (
                    (
                        "[Mỗi quý|Định kì], tôi [tổng hợp các chỉ số chuyển đổi số|báo cáo kết quả] [như tỉ lệ hồ sơ trực tuyến, số tài khoản định danh|theo bộ chỉ số], [báo cáo Đảng ủy, Ủy ban|đề xuất giải pháp].",
                        "[Sau khi có gian hàng trực tuyến|Khi sản phẩm được đăng bán], [một số hộ đã bán được hàng cho khách ở tỉnh xa|nhiều gia đình tìm được đầu ra ổn định], [thu nhập tăng lên|thấy rõ lợi ích của chuyển đổi số].",
                        "[Câu chuyện thành công|Những hộ bán hàng trực tuyến hiệu quả] [được giới thiệu trên loa truyền thanh|được mời chia sẻ trong họp thôn], [khuyến khích các hộ khác tham gia|tạo hiệu ứng lan tỏa].",
                    ),
                    (
                        "[Các thôn|Tổ công nghệ số] [được chấm điểm thi đua|được so sánh kết quả], [thôn làm tốt được khen|tạo thi đua].",
                        "[Bài viết giới thiệu đặc sản và điểm tham quan|Những bài đăng về làng nghề] [được nhiều người con xa quê chia sẻ lại|thu hút nhiều lượt xem], [giúp sản phẩm địa phương được biết đến rộng hơn|quảng bá hình ảnh quê hương].",
                        "[Kênh trực tuyến|Trang thông tin của xã] [trở thành cầu nối giữa người sản xuất và khách hàng|hỗ trợ tích cực cho kinh tế địa phương].",
                    ),
                    (
                        "[Ý kiến người dân|Khảo sát] [về dịch vụ số|được thu thập] [để cải tiến|định kì].",
                        "[Sản phẩm có tem truy xuất nguồn gốc|Nông sản gắn mã QR] [dễ được các cửa hàng, siêu thị nhận bán|được khách hàng tin tưởng hơn], [giá bán ổn định hơn|bán được giá tốt hơn].",
                        "[Việc gắn mã truy xuất|Minh bạch nguồn gốc] [nâng uy tín sản phẩm của xã|khuyến khích người dân sản xuất sạch].",
                    ),
                )),
            ),
        },
    ),
}

FIELDS = (KE_TOAN, HANH_CHINH)

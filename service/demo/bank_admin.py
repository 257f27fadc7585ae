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
                    "[Tôi|Bộ phận kế toán] [rà soát|xây dựng lại] [danh mục|hệ thống danh mục] [nguồn kinh phí, mục lục ngân sách, đối tượng|tài khoản, nguồn vốn] [trên|trong] {dc} [cho|để] [thống nhất|phù hợp] [với|theo] [quy định|chế độ kế toán] [hiện hành|mới].",
                    "[Mỗi loại|Từng loại] [chứng từ|nghiệp vụ] [được|] [lập|có] [hướng dẫn|quy trình] [nhập liệu|hạch toán] [mẫu|cụ thể], [tránh|hạn chế] [sai sót|nhầm lẫn] [khi hạch toán|do nhập trùng].",
                    "[Nhờ|Với] [danh mục|hệ thống] [chuẩn|thống nhất], [báo cáo|sổ sách] [được|] [lập|kết xuất] [tự động|nhanh chóng], [số liệu|] [khớp đúng|chính xác] [với|giữa] [sổ kế toán và Kho bạc|các sổ].",
                )),
                ("[Số hóa|Lưu trữ điện tử] chứng từ [và|kết hợp] [tra cứu|quản lí] [nhanh|theo mã]", (
                    "[Chứng từ|Hồ sơ] [sau khi|khi] [được duyệt|hoàn thành] [được|] [quét|scan] [thành tệp|sang định dạng PDF] [và|,] [đặt tên|lưu] [theo|với] [quy tắc|cấu trúc] [thống nhất|năm – tháng – số chứng từ].",
                    "[Ví dụ|Chẳng hạn], [khi cần|lúc cần] [kiểm tra|xem lại] {vd}, [tôi|kế toán] [chỉ cần|chỉ mất] [vài phút|ít phút] [tìm|tra cứu] [trên máy tính|trong thư mục] [thay vì|chứ không phải] [lục tìm|tìm] [cả buổi|hàng giờ] [trong tủ hồ sơ|].",
                    "[Dữ liệu|Tệp lưu trữ] [được|] [sao lưu|lưu dự phòng] [định kì|hằng tuần] [vào|trên] [ổ cứng ngoài|ổ đĩa riêng] [để|nhằm] [phòng|tránh] [mất mát|sự cố].",
                )),
                ("[Khai thác|Sử dụng] [chữ kí số|dịch vụ công trực tuyến] [trong|khi] [giao dịch|thanh toán] với Kho bạc", (
                    "[Đơn vị|Tôi] [đăng kí|sử dụng] [chữ kí số|{dc}] [để|nhằm] [lập và gửi|gửi] [hồ sơ|chứng từ] [thanh toán|] [qua|trên] [Cổng dịch vụ công|mạng] [thay vì|thay cho] [đi lại|nộp trực tiếp] [nhiều lần|].",
                    "[Thời gian|Thời gian xử lí] [thanh toán|] [được|] [rút ngắn|giảm] [từ|] {n_a} [ngày|] [xuống còn|chỉ còn] {n_b} [ngày|], [tiết kiệm|giảm] [chi phí|công sức] [đi lại|] [cho đơn vị|].",
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
                    "[Đầu năm|Ngay từ đầu năm], [tôi|bộ phận kế toán] [tham mưu|đề xuất] [thủ trưởng|lãnh đạo] [ban hành|xây dựng] [kế hoạch|lịch] [công khai|] [dự toán, tình hình thực hiện và quyết toán|các khoản thu, chi] [theo|đúng] [mốc thời gian|quy định].",
                    "[Ngoài|Bên cạnh] [việc|] [niêm yết|dán] [tại|ở] [bảng tin|phòng họp], [thông tin|số liệu] [còn|] [được|] [đăng|công bố] [trên|qua] [trang thông tin điện tử|cổng thông tin] [của đơn vị|] và [thông báo|trình bày] [tại|trong] [cuộc họp|hội nghị] [cán bộ, viên chức|] [đầu năm|].",
                    "[Các khoản|Những khoản] [thu, chi|đóng góp] [liên quan đến|của] [phụ huynh|người dân], [ví dụ|như] {vd}, [được|] [công khai|thông báo] [chi tiết|cụ thể] [đến|tới] [từng|] [lớp|thôn] [qua|bằng] [văn bản|nhóm Zalo].",
                )),
                ("[Trình bày|Thiết kế] [báo cáo|biểu mẫu] công khai [dễ hiểu|trực quan] [bằng|với] [bảng biểu, biểu đồ|số liệu so sánh]", (
                    "[Thay vì|Không chỉ] [chỉ|] [in|dán] [nguyên|] [biểu mẫu|báo cáo] [kế toán|] [khó hiểu|nhiều thuật ngữ], tôi [bổ sung|lập thêm] [bảng tóm tắt|biểu đồ] [các khoản|nguồn] [thu, chi|kinh phí] [chính|lớn] [và|,] [so sánh|đối chiếu] [với|] [năm trước|dự toán].",
                    "[Cán bộ, giáo viên|Người đọc] [dễ dàng|nhanh chóng] [nắm được|hiểu] [tình hình|số liệu] [tài chính|thu chi] [của đơn vị|] [và|,] [mạnh dạn|tích cực] [góp ý|đặt câu hỏi] [tại|trong] [hội nghị|các cuộc họp].",
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
                    "[Tôi|Bộ phận kế toán] [kiểm kê|rà soát] [toàn bộ|tất cả] [tài sản|thiết bị] [của đơn vị|] [và|,] [cập nhật|nhập] [vào|lên] {dc} [với|gồm] [đầy đủ|] [thông tin|các thông tin] [nguyên giá, năm sử dụng, nơi để, người quản lí|về giá trị và tình trạng].",
                    "[Mỗi tài sản|Từng thiết bị] [được|] [dán|gắn] [nhãn|tem] [có|in] [mã số|mã QR] [để|giúp] [tra cứu|kiểm tra] [nhanh|tại chỗ] [khi|mỗi khi] [kiểm kê|bàn giao].",
                )),
                ("[Phân công|Giao] [trách nhiệm|quản lí] tài sản [đến|cho] [từng|] [bộ phận, cá nhân|phòng, lớp] [và|kèm] [kiểm tra|kiểm kê] [định kì|theo quý]", (
                    "[Tài sản|Thiết bị] [ở|tại] [mỗi|từng] [phòng, lớp|bộ phận] [được|] [bàn giao|giao] [bằng biên bản|có biên bản] [cho|đến] [người phụ trách|người sử dụng], [ghi rõ|kèm] [trách nhiệm|quy định] [bảo quản|sử dụng].",
                    "[Định kì|Mỗi] [cuối học kì|sáu tháng], [tôi|đơn vị] [tổ chức|tiến hành] [kiểm kê|kiểm tra] [đối chiếu|so sánh] [giữa|] [sổ sách và thực tế|sổ và hiện vật], [kịp thời|nhanh chóng] [đề xuất|báo cáo] [sửa chữa|thanh lí] [tài sản|thiết bị] [hư hỏng|không còn sử dụng].",
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
                    "[Tôi|Bộ phận một cửa] [tham mưu|đề xuất] [in|lập] [mã QR|{dc}] [cho|với] [từng thủ tục|những thủ tục] [thường gặp|phổ biến] [như|] {vd}, [người dân|công dân] [chỉ cần|có thể] [quét mã|dùng điện thoại quét] [để|là] [xem|biết] [thành phần hồ sơ, lệ phí, thời hạn|hướng dẫn chi tiết].",
                    "[Hồ sơ mẫu|Các mẫu đơn] [đã|được] [điền sẵn|ghi sẵn] [nội dung minh họa|ví dụ] [được|] [đặt|để] [tại|ở] [bàn hướng dẫn|quầy tiếp nhận] [giúp|để] [người dân|công dân] [tự|] [kê khai|điền] [đúng|chính xác] [ngay lần đầu|].",
                    "[Nhờ vậy|Kết quả là], [tỉ lệ|số] [hồ sơ|trường hợp] [phải bổ sung|không hợp lệ] [giảm|giảm rõ rệt], [người dân|công dân] [không phải|không còn phải] [đi lại|đi lại nhiều lần].",
                )),
                ("[Hỗ trợ|Hướng dẫn] người dân [nộp hồ sơ trực tuyến|sử dụng dịch vụ công trực tuyến] [tại chỗ|tại bộ phận một cửa]", (
                    "[Bộ phận|UBND xã] [bố trí|đặt] [máy tính|khu vực] [và|có] [công chức|đoàn viên thanh niên] [hướng dẫn|hỗ trợ] [người dân|công dân] [tạo tài khoản|đăng nhập tài khoản định danh điện tử] [và|rồi] [nộp hồ sơ|thực hiện thủ tục] [trực tuyến|qua mạng].",
                    "[Phối hợp|Kết hợp] [với|cùng] [Đoàn Thanh niên|{hd}], [chúng tôi|bộ phận] [tổ chức|mở] [các buổi|buổi] [hướng dẫn|tập huấn] [tại|ở] [nhà văn hóa các thôn|thôn, xóm] [vào|trong] [ngày nghỉ|buổi tối].",
                    "[Tỉ lệ|Số] [hồ sơ|thủ tục] [nộp trực tuyến|giải quyết trực tuyến] [tăng|tăng lên] [từ|] {pct_lo}% [lên|tới] {pct_hi}% [sau|chỉ sau] [một năm|một năm thực hiện].",
                )),
                ("[Theo dõi|Kiểm soát] [tiến độ|thời hạn] [giải quyết|xử lí] hồ sơ [bằng|qua] [bảng điện tử|phần mềm] [và|,] [nhắc hạn|cảnh báo] [tự động|kịp thời]", (
                    "[Mỗi hồ sơ|Từng hồ sơ] [tiếp nhận|] [được|] [nhập|cập nhật] [vào|trên] {dc} [với|kèm] [ngày hẹn trả|thời hạn giải quyết] [và|,] [công chức|người] [phụ trách|thụ lí].",
                    "[Hằng ngày|Mỗi sáng], [tôi|bộ phận] [rà soát|kiểm tra] [danh sách|bảng] [hồ sơ|] [sắp đến hạn|đến hạn] [và|để] [nhắc|đôn đốc] [bộ phận chuyên môn|công chức liên quan] [xử lí|giải quyết] [kịp thời|đúng hạn].",
                    "[Trường hợp|Nếu] [hồ sơ|việc giải quyết] [có nguy cơ|có thể] [trễ hạn|chậm], [bộ phận|chúng tôi] [chủ động|kịp thời] [thông báo|gửi thư xin lỗi] [cho|tới] [người dân|công dân] [và|,] [hẹn|nêu rõ] [thời gian|lí do] [theo đúng quy định|].",
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
                    "[Văn bản đến|Mọi văn bản đến] [được|] [số hóa|quét] [và|rồi] [chuyển|phân phối] [trên|qua] {dc} [đến|tới] [lãnh đạo|người có thẩm quyền] [để|] [cho ý kiến|phân công xử lí] [ngay trong ngày|trong vòng hai giờ].",
                    "[Văn bản đi|Văn bản phát hành] [được|] [kí số|kí bằng chữ kí số] [và|rồi] [gửi|chuyển] [điện tử|qua mạng] [đến|tới] [nơi nhận|các đơn vị], [giảm|hạn chế] [tối đa|đáng kể] [việc|] [in ấn|sử dụng giấy].",
                    "Ví dụ, [với|khi nhận] {vd}, [công chức|người] [phụ trách|được giao] [nhận|thấy] [ngay|được] [văn bản|thông báo] [trên điện thoại|trên phần mềm] [và|,] [biết rõ|nắm được] [thời hạn|hạn] [xử lí|trả lời].",
                )),
                ("[Chuẩn hóa|Hướng dẫn] thể thức [và|,] [kĩ thuật trình bày|kiểm tra] văn bản [theo quy định|trước khi phát hành]", (
                    "[Tôi|Văn phòng] [xây dựng|soạn] [bộ mẫu|các mẫu] văn bản [thường dùng|hành chính] [như|] [quyết định, công văn, thông báo, kế hoạch, tờ trình|báo cáo, giấy mời] [đúng thể thức|theo đúng quy định] [và|rồi] [chia sẻ|gửi] [cho|đến] [các bộ phận|toàn cơ quan].",
                    "[Mỗi văn bản|Văn bản] [trước khi|trước lúc] [trình kí|phát hành] [được|] [kiểm tra|rà soát] [theo|bằng] [bảng kiểm|danh mục] [về|gồm] [thể thức, căn cứ pháp lí, nơi nhận|chính tả, số, kí hiệu], [hạn chế|tránh] [sai sót|phải thu hồi, điều chỉnh].",
                )),
                ("[Chỉnh lí|Sắp xếp] [hồ sơ lưu trữ|tài liệu tồn đọng] [và|,] [lập|xây dựng] [mục lục|cơ sở dữ liệu] [tra cứu|điện tử]", (
                    "[Tôi|Bộ phận văn thư] [phân loại|chỉnh lí] [khối tài liệu|hồ sơ] [tồn đọng|các năm trước] [theo|dựa trên] [danh mục hồ sơ|thời hạn bảo quản], [lập|ghi] [mục lục|danh mục] [và|,] [đưa vào|sắp xếp trong] [hộp, cặp|kho] [đúng quy định|khoa học].",
                    "[Mục lục|Danh mục] hồ sơ [được|] [nhập|lưu] [vào|trên] [máy tính|bảng tính] [để|nhằm] [tra cứu|tìm kiếm] [theo|bằng] [từ khóa|năm, loại văn bản], [phục vụ|đáp ứng] [kịp thời|nhanh chóng] [yêu cầu|nhu cầu] [khai thác|sử dụng] [của|từ] [lãnh đạo và người dân|các bộ phận].",
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
                    "[UBND xã|Chúng tôi] [kiện toàn|thành lập] [tổ công nghệ số cộng đồng|các tổ] [ở|tại] [mỗi thôn|từng thôn] [gồm|với thành phần là] [trưởng thôn, đoàn viên thanh niên, công an viên|những người am hiểu công nghệ] [và|,] [phân công|giao] [nhiệm vụ|địa bàn] [cụ thể|].",
                    "[Các tổ|Tổ công nghệ số] [đến|tới] [từng hộ|từng nhà] [hướng dẫn|giúp] [người dân|bà con] [cài đặt|sử dụng] [ứng dụng định danh điện tử|thanh toán không dùng tiền mặt] và [tra cứu|thực hiện] [dịch vụ công|thủ tục] [trên điện thoại|trực tuyến].",
                )),
                ("[Xây dựng|Vận hành] [kênh thông tin|nhóm Zalo] [của xã, thôn|chính quyền] [để|nhằm] [tiếp nhận phản ánh|thông tin đến người dân] [kịp thời|nhanh chóng]", (
                    "[Xã|UBND xã] [lập|duy trì] [nhóm Zalo|kênh thông tin] [của từng thôn|cho mỗi thôn] [với|có] [sự tham gia|thành viên] [của|là] [cán bộ|đại diện] [các hộ gia đình|người dân], [do|dưới sự quản lí của] [trưởng thôn|công chức Văn hóa – Xã hội] [quản trị|].",
                    "[Thông báo|Các thông báo] [về|như] [lịch tiêm chủng, thu thuế, họp thôn|chính sách mới, lịch tiếp dân] [được|] [gửi|đăng] [nhanh chóng|kịp thời]; [ý kiến|phản ánh] [của người dân|] [được|] [tiếp nhận|ghi nhận] và [trả lời|giải quyết] [trong|không quá] {n_b} ngày.",
                )),
            ),
        },
    ),
}

FIELDS = (KE_TOAN, HANH_CHINH)

"""Content bank: Toán, Tin học, Vật lý – Hóa học. Written for this project.

Each topic's ``phrase`` appears literally in every title variant so a record's
topic can be recovered from its title. Ideas are (name, body sentences).
"""

from __future__ import annotations

TOAN = {
    "key": "toan",
    "name": "Toán",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt"),
    "mon": "môn Toán",
    "duties": ("Giáo viên dạy Toán {lop}", "Giáo viên chủ nhiệm {lopcn}, dạy các môn văn hóa", "Tổ trưởng tổ Toán – Tin, dạy Toán {lop}"),
    "slots": {
        "dc": ("que tính", "bảng nhóm", "thẻ số", "mô hình hình khối", "phiếu học tập", "bảng phụ", "phần mềm GeoGebra", "bài giảng PowerPoint", "thước kẻ, ê ke", "sơ đồ đoạn thẳng"),
        "hd": ("trò chơi \"Ai nhanh, ai đúng\"", "trò chơi \"Rung chuông vàng\"", "thi tiếp sức giữa các tổ", "hoạt động \"Đố bạn\"", "trò chơi \"Truyền điện\"", "trò chơi \"Bắn tên\"", "cuộc thi \"Nhà toán học nhỏ\"", "hoạt động ghép đôi \"Bạn học cùng tiến\""),
        "vd": ("bài toán tính tuổi của hai mẹ con", "bài toán chia đều số vở cho các bạn trong tổ", "bài toán tính diện tích mảnh vườn hình chữ nhật", "bài toán tìm hai số khi biết tổng và hiệu", "bài toán chuyển động cùng chiều", "bài toán tính tiền điện của gia đình", "bài toán về tỉ số phần trăm tiền lãi", "bài toán trồng cây hai bên đường"),
    },
    "theory": (
        "Môn Toán [có vị trí|giữ vị trí] [quan trọng|đặc biệt quan trọng] [trong chương trình|ở nhà trường] vì [nó|môn học] [rèn luyện|phát triển] [năng lực tư duy, lập luận toán học|khả năng suy luận logic] [cho {hs}|].",
        "[Kiến thức|Mạch kiến thức] toán học [được sắp xếp|được xây dựng] theo [hình xoáy ốc|nguyên tắc đồng tâm], [kiến thức mới|bài sau] [dựa trên|kế thừa] [kiến thức cũ|bài trước], [nên|vì vậy] [hổng kiến thức|mất căn bản] ở [một khâu|một lớp] sẽ [ảnh hưởng lâu dài|gây khó khăn cho cả quá trình học].",
        "[Năng lực giải quyết vấn đề toán học|Năng lực mô hình hóa toán học] là một trong [các|những] năng lực [đặc thù|cốt lõi] mà Chương trình [môn Toán 2018|giáo dục phổ thông 2018] [hướng tới|đặt ra].",
    ),
    "reality": (
        "[Nhiều|Không ít] {hs} [đọc đề|đọc bài toán] [qua loa|vội vàng], [chưa xác định được|không nắm được] [cái đã cho và cái cần tìm|yêu cầu của đề].",
        "[Một số em|Nhiều em] [tính toán còn sai|còn nhầm lẫn khi tính], [trình bày|cách trình bày] [chưa khoa học|còn lộn xộn], [ngại|sợ] [những bài toán khó|dạng toán mới].",
    ),
    "topics": (
        {
            "key": "toan_loi_van",
            "phrase": "toán có lời văn",
            "levels": ("tieu_hoc",),
            "grades": (1, 2, 3, 4, 5),
            "titles": (
                "giúp học sinh {lop} [giải tốt|học tốt] [các bài|dạng] toán có lời văn",
                "rèn kĩ năng giải toán có lời văn cho học sinh {lop}",
                "nâng cao [chất lượng|hiệu quả] dạy giải toán có lời văn [ở|cho học sinh] {lop}",
            ),
            "ideas": (
                ("Rèn [thói quen|kĩ năng] đọc kĩ đề và [tóm tắt|phân tích] bài toán", (
                    "Tôi yêu cầu {hs} đọc đề [ít nhất hai lần|to, rõ ràng], [gạch một gạch dưới|dùng bút chì gạch chân] [cái đã cho|dữ kiện đã cho] và [gạch hai gạch dưới|khoanh tròn] [cái cần tìm|câu hỏi của bài].",
                    "[Sau đó|Tiếp theo], [các em|{hs}] [tóm tắt bài toán|trả lời miệng các câu hỏi gợi mở] như: \"Bài toán cho biết gì?\", \"Bài toán hỏi gì?\", \"Muốn tìm được điều đó ta cần biết gì?\".",
                    "Với {vd}, tôi [hướng dẫn|gợi ý] [các em|{hs}] [tóm tắt bằng {dc}|tóm tắt ngắn gọn bằng lời] rồi mới [lập kế hoạch giải|đi tìm phép tính].",
                    "[Việc|Thói quen] [đọc kĩ|phân tích] đề [giúp|giúp cho] {hs} [tránh được|hạn chế] [những sai sót|lỗi] [do hiểu sai đề|do đọc vội], [nhất là|đặc biệt với] [các em|những em] [hay hấp tấp|tiếp thu chậm].",
                    "Tôi [thường|hay] [đưa ra|cho] [những đề bài|bài toán] [có dữ kiện thừa|thiếu dữ kiện] để {hs} [tập phát hiện|tự nhận ra] [điều bất hợp lí|chỗ chưa đủ để giải].",
                )),
                ("Sử dụng sơ đồ đoạn thẳng [để|giúp {hs}] [tìm lời giải|phân tích bài toán]", (
                    "Với [các dạng toán|dạng toán] [tổng – hiệu, tổng – tỉ, hiệu – tỉ|tìm hai số], tôi [hướng dẫn|dạy] {hs} [vẽ|biểu diễn] [các đại lượng|dữ kiện] bằng [các đoạn thẳng|sơ đồ đoạn thẳng] [có độ dài tương ứng|].",
                    "[Nhìn vào sơ đồ|Quan sát sơ đồ], [các em|{hs}] [dễ dàng|nhanh chóng] [nhận ra|thấy được] [mối quan hệ|quan hệ] giữa [các đại lượng|cái đã cho và cái cần tìm] [và tìm ra|từ đó tìm ra] [phép tính|cách giải].",
                    "Ban đầu tôi [vẽ mẫu|vẽ sẵn] trên bảng, sau đó [để các em|cho {hs}] [tự vẽ|vẽ] [vào vở nháp|trên bảng con] rồi [đổi chéo kiểm tra|trình bày trước lớp].",
                    "Ví dụ, với {vd}, [nhiều em|các em] [lúng túng|không biết bắt đầu từ đâu], nhưng [khi|sau khi] [vẽ sơ đồ|biểu diễn bằng đoạn thẳng] thì [cả lớp|đa số {hs}] [đều tìm ra lời giải|giải được].",
                )),
                ("Hướng dẫn {hs} giải toán theo [bốn bước|quy trình bốn bước]", (
                    "[Tôi|Giáo viên] [hình thành|xây dựng] cho {hs} [quy trình|các bước] giải toán: [tìm hiểu đề|đọc và tìm hiểu đề]; [lập kế hoạch giải|tìm cách giải]; [thực hiện|trình bày] [bài giải|lời giải]; [kiểm tra|thử lại] kết quả.",
                    "[Ở bước|Trong bước] [lập kế hoạch giải|tìm cách giải], tôi [dùng|đặt] [hệ thống câu hỏi|câu hỏi gợi mở] [đi từ câu hỏi của bài toán ngược về dữ kiện|theo hướng phân tích đi lên] [để|giúp] [các em|{hs}] [tự tìm ra|phát hiện] [phép tính|hướng giải].",
                    "[Khâu|Bước] [kiểm tra|thử lại] [thường bị|hay bị] {hs} [bỏ qua|xem nhẹ], [vì vậy|nên] tôi [yêu cầu|quy định] [mỗi bài|mọi bài giải] [phải có|đều có] [phép thử|câu trả lời đối chiếu với đề].",
                    "[Sau|Chỉ sau] {tuan} tuần [luyện tập|thực hành] theo quy trình, [phần lớn|đa số] {hs} [đã|] [trình bày|giải] [bài toán|lời giải] [mạch lạc|rõ ràng], [đúng|chính xác] hơn.",
                )),
                ("Gắn bài toán với [tình huống thực tế|cuộc sống hằng ngày] của {hs}", (
                    "Tôi [thay đổi|biến đổi] [tên, số liệu|nội dung] [trong bài toán|của bài toán sách giáo khoa] [bằng|thành] [những tình huống|các sự vật] gần gũi [với các em|ở địa phương] như [số gà trong chuồng|số cây trong vườn|tiền mua đồ dùng học tập].",
                    "[Chẳng hạn|Ví dụ], thay vì [đề bài khô khan|con số trừu tượng], tôi [đưa ra|nêu] {vd} [có tên các bạn trong lớp|gắn với chính lớp {lopcn}].",
                    "Khi [bài toán|nội dung] [gần gũi|quen thuộc], {hs} [hiểu đề|nắm đề] nhanh hơn, [hào hứng|tích cực] [tham gia|phát biểu] và [thấy được|cảm nhận được] [ý nghĩa|ích lợi] của [môn Toán|việc học toán].",
                    "[Tôi còn|Ngoài ra, tôi] [giao|cho] {hs} [tự đặt đề toán|tự nghĩ ra bài toán] từ [tình huống|câu chuyện] [trong gia đình|ở nhà] rồi [đố bạn cùng bàn|trình bày trước lớp].",
                )),
                ("Tổ chức [trò chơi học tập|hoạt động thi đua] trong [giờ luyện tập|tiết luyện tập]", (
                    "[Cuối mỗi|Trong các] tiết luyện tập, tôi [tổ chức|dành năm phút cho] {hd} [với|gồm] [các bài toán ngắn|những câu hỏi nhanh] [về dạng toán vừa học|].",
                    "[Lớp được chia|Tôi chia lớp] thành [các đội|bốn tổ], [mỗi đội|mỗi tổ] [cử đại diện|lần lượt] [giải|trả lời] [bài toán|câu hỏi] [trên bảng|vào bảng con], [đội nào|tổ nào] [đúng và nhanh|nhiều điểm] [nhất|hơn] [được khen|sẽ thắng].",
                    "[Trò chơi|Không khí thi đua] [giúp|làm cho] [giờ học|tiết học] [bớt căng thẳng|nhẹ nhàng hơn], {hs} [chủ động|tự giác] [ôn lại|củng cố] [kiến thức|cách giải] [mà không thấy|mà không cảm thấy] [nặng nề|áp lực].",
                )),
                ("[Phân loại|Phân hóa] {hs} và [bồi dưỡng|phụ đạo] theo nhóm trình độ", (
                    "[Ngay từ đầu năm|Dựa vào kết quả khảo sát], tôi [chia|phân loại] {hs} [thành ba nhóm|theo ba mức độ]: [nhóm cần hỗ trợ, nhóm đạt chuẩn, nhóm năng khiếu|nhóm chưa hoàn thành, nhóm hoàn thành và nhóm hoàn thành tốt].",
                    "[Với mỗi nhóm|Mỗi nhóm], tôi [soạn|chuẩn bị] [phiếu bài tập|hệ thống bài tập] [riêng|có mức độ khác nhau], [từ dễ đến khó|đi từ cơ bản đến nâng cao], [để em nào cũng|sao cho mọi em đều] [làm được|có việc vừa sức].",
                    "[Những em|Các em] [học chậm|cần hỗ trợ] [được|sẽ được] [kèm thêm|hướng dẫn riêng] [vào các buổi chiều|trong tiết củng cố], [còn|trong khi] [các em|những em] [khá giỏi|năng khiếu] [được giao|làm] [bài toán mở rộng|bài nâng cao].",
                    "[Cuối mỗi tháng|Sau mỗi chủ đề], tôi [đánh giá lại|rà soát] và [điều chỉnh|chuyển] {hs} [sang nhóm|giữa các nhóm] [phù hợp|cho phù hợp với tiến bộ của các em].",
                )),
            ),
        },
        {
            "key": "toan_phan_so",
            "phrase": "phân số",
            "levels": ("tieu_hoc",),
            "grades": (4, 5),
            "titles": (
                "giúp học sinh {lop} học tốt [các phép tính với|] phân số",
                "rèn kĩ năng [thực hiện các phép tính|so sánh và tính toán] về phân số cho học sinh {lop}",
            ),
            "ideas": (
                ("Hình thành khái niệm phân số [bằng đồ dùng trực quan|qua hoạt động thực hành]", (
                    "Tôi [cho|yêu cầu] {hs} [gấp|cắt] [tờ giấy hình chữ nhật|băng giấy] [thành các phần bằng nhau|làm bốn phần bằng nhau] rồi [tô màu|đánh dấu] [một số phần|ba phần] để [hiểu|nhận biết] [ý nghĩa|tử số và mẫu số] [của phân số|].",
                    "[Các em|{hs}] [được|tự] [chia|cắt] [chiếc bánh giấy|hình tròn] [thành các phần|thành tám phần bằng nhau] và [đọc|viết] phân số [tương ứng|chỉ phần đã lấy].",
                    "[Nhờ|Thông qua] [thao tác trực tiếp|việc tự tay làm], {hs} [không học thuộc máy móc|hiểu bản chất] [mà hiểu|của] [tử số|mẫu số] [một cách tự nhiên|rõ ràng].",
                    "[Tôi|Giáo viên] [chuẩn bị|làm] {dc} [có|với] [nhiều màu sắc|kích thước khác nhau] [để|giúp] {hs} [so sánh|quan sát] [các phân số|].",
                )),
                ("Hướng dẫn [quy đồng mẫu số|rút gọn phân số] [theo các bước|bằng sơ đồ tư duy]", (
                    "Tôi [lập|xây dựng] [sơ đồ tư duy|bảng ghi nhớ] [các bước quy đồng mẫu số|các bước rút gọn phân số] [và dán|dán] [ở góc học tập|trên tường lớp học] [để|cho] {hs} [tra cứu|xem lại] [khi cần|khi làm bài].",
                    "[Khi rút gọn|Với bài rút gọn], [các em|{hs}] [được hướng dẫn|được nhắc] [tìm|thử chia] [cả tử số và mẫu số|tử và mẫu] [cho các số 2, 3, 5|cho cùng một số lớn hơn 1] [lần lượt|đến khi] [không chia được nữa|được phân số tối giản].",
                    "[Tôi|Giáo viên] [lưu ý|chỉ ra] [những lỗi|các lỗi] [thường gặp|hay mắc] như [chỉ nhân mẫu số mà quên nhân tử số|cộng cả tử số với tử số, mẫu số với mẫu số] để {hs} [tránh|không lặp lại].",
                    "[Các bài tập|Bài luyện tập] [được sắp xếp|được thiết kế] [từ quy đồng hai phân số có mẫu số chia hết cho nhau|từ dạng đơn giản] [đến|rồi tới] [các trường hợp phức tạp|dạng tổng hợp].",
                )),
                ("Tổ chức [trò chơi|hoạt động] [\"Ghép đôi phân số bằng nhau\"|thi \"Ai nhanh hơn\" với thẻ phân số]", (
                    "Tôi [làm|chuẩn bị] [bộ thẻ|các thẻ] [ghi phân số|có phân số] [bằng bìa màu|bằng giấy cứng], [mỗi|một] {hs} [nhận|bốc] [một thẻ|ngẫu nhiên một thẻ].",
                    "[Khi có hiệu lệnh|Khi nghe tiếng nhạc], [các em|{hs}] [tìm|đi tìm] [bạn có|bạn giữ] [phân số bằng|phân số bằng với] phân số [của mình|trên thẻ của mình] [để|rồi] [ghép đôi|đứng thành cặp].",
                    "[Cặp nào|Đôi nào] [ghép đúng|tìm nhanh và đúng] [được|sẽ được] [cộng điểm|tặng sao thi đua]; [cặp nào sai|nếu sai] [phải|thì] [giải thích|nêu cách kiểm tra] [trước lớp|].",
                    "[Hoạt động|Trò chơi] [giúp|tạo điều kiện cho] {hs} [vận động|di chuyển], [ghi nhớ|củng cố] [tính chất cơ bản của phân số|cách tìm phân số bằng nhau] [một cách nhẹ nhàng|mà không nhàm chán].",
                )),
                ("Liên hệ phân số với [tình huống thực tế|đo lường và tiền tệ]", (
                    "[Tôi|Giáo viên] [đưa|lồng ghép] [các tình huống|ví dụ] như [chia bánh trong bữa tiệc sinh nhật|chia đoạn dây thành các phần|tính phần quãng đường đã đi] [vào bài học|để minh họa].",
                    "{hs} [được|tự] [đo|dùng thước đo] [chiều dài|độ dài] [bàn học|quyển vở] [và biểu diễn|rồi viết] [kết quả|] [dưới dạng|bằng] phân số [của mét|].",
                    "[Những ví dụ|Các tình huống] [gắn với đời sống|gần gũi] [giúp|làm] {hs} [thấy|cảm nhận] phân số [không xa lạ|có ích] và [ghi nhớ|hiểu] [lâu hơn|sâu hơn].",
                )),
                ("Rèn kĩ năng [so sánh phân số|cộng, trừ phân số] qua [bài tập phân hóa|phiếu học tập]", (
                    "[Tôi|Giáo viên] [thiết kế|soạn] [phiếu học tập|phiếu bài tập] [ba mức|theo ba mức độ]: [nhận biết|làm theo mẫu], [vận dụng|thực hành] và [vận dụng cao|bài tập mở rộng].",
                    "[Với|Đối với] [phần so sánh|việc so sánh phân số], [các em|{hs}] [được|] [hướng dẫn|luyện] [nhiều cách|các cách]: [quy đồng mẫu số|quy đồng tử số], [so sánh với 1|so sánh qua phân số trung gian].",
                    "[Sau mỗi phiếu|Mỗi khi hoàn thành phiếu], {hs} [tự chấm|đổi phiếu cho bạn chấm] [theo đáp án|] và [ghi|tô màu] [số câu đúng|kết quả] [vào bảng theo dõi|vào biểu đồ tiến bộ của mình].",
                )),
            ),
        },
        {
            "key": "toan_hinh_hoc",
            "phrase": "Hình học",
            "levels": ("thcs",),
            "titles": (
                "giúp học sinh {lop} [học tốt|hứng thú học] phân môn Hình học",
                "rèn kĩ năng [vẽ hình và chứng minh|giải bài tập] Hình học cho học sinh {lop}",
            ),
            "ideas": (
                ("Rèn kĩ năng vẽ hình [chính xác|đúng] [theo đề bài|và đọc hình]", (
                    "[Tôi|Giáo viên] [yêu cầu|hướng dẫn] {hs} [vẽ hình|dựng hình] [bằng thước và com-pa|đúng tỉ lệ], [không vẽ|tránh vẽ] [trường hợp đặc biệt|hình đặc biệt] [làm|khiến] [các em|] [ngộ nhận|hiểu sai].",
                    "[Mỗi bài|Với mỗi bài], [các em|{hs}] [đọc|đọc kĩ] đề [từng câu|từng ý], vẽ [đến đâu|xong phần nào] [ghi kí hiệu|đánh dấu giả thiết] [đến đó|lên hình].",
                    "[Tôi|Giáo viên] [sử dụng|dùng] {dc} [để|nhằm] [minh họa|biểu diễn] [hình vẽ động|các trường hợp của hình] [giúp|cho] {hs} [quan sát|hình dung] [rõ hơn|trực quan hơn].",
                    "[Việc|Kĩ năng] [vẽ hình đúng|vẽ hình chính xác] [chiếm|là] [một nửa|bước đầu tiên] [của thành công|để chứng minh được bài toán].",
                )),
                ("Dạy {hs} phân tích [đi lên|ngược] để tìm [hướng chứng minh|lời giải]", (
                    "[Tôi|Giáo viên] [hướng dẫn|dạy] [các em|{hs}] [bắt đầu|đi] từ [kết luận|điều phải chứng minh], [đặt câu hỏi|tự hỏi] \"[Để chứng minh điều này|Muốn có điều này] [cần|ta cần] [chứng minh điều gì|có điều gì]?\".",
                    "[Sơ đồ phân tích|Sơ đồ đi lên] [được|] [trình bày|ghi] [trên bảng phụ|bên góc bảng], [các em|{hs}] [lần theo|nhìn vào] [sơ đồ|đó] [để|và] [viết|trình bày] lời giải [theo chiều ngược lại|theo chiều tổng hợp].",
                    "[Với|Đối với] [bài tập chứng minh hai tam giác bằng nhau|bài chứng minh ba điểm thẳng hàng], [sơ đồ|cách làm này] [giúp|làm] {hs} [không bị|bớt] [rối|lúng túng] [vì|khi] [phải nhớ nhiều bước|gặp bài nhiều ý].",
                )),
                ("Hệ thống hóa [các dạng bài tập|các phương pháp chứng minh] [thường gặp|cơ bản]", (
                    "[Cuối mỗi chương|Sau mỗi chủ đề], tôi [cùng {hs}|] [lập|xây dựng] [bảng tổng hợp|sơ đồ tư duy] [các dấu hiệu nhận biết|các phương pháp chứng minh] [như|gồm] [chứng minh hai đoạn thẳng bằng nhau, hai góc bằng nhau, hai đường thẳng song song|tứ giác là hình bình hành, hình chữ nhật, hình thoi].",
                    "[Mỗi dạng|Với mỗi dạng], [tôi|giáo viên] [chọn|đưa ra] [một bài mẫu|bài tập điển hình] [và|rồi] [cho|giao] [hai, ba bài|các bài] [tương tự|cùng dạng] [để|cho] {hs} [tự luyện|thực hành].",
                    "[Bảng tổng hợp|Sơ đồ] [được|] [dán|lưu] [vào vở|vào sổ tay toán học] [để|giúp] {hs} [ôn tập|tra cứu] [trước các bài kiểm tra|khi cần].",
                )),
                ("[Sử dụng|Ứng dụng] phần mềm GeoGebra [trong dạy học|minh họa] Hình học", (
                    "[Tôi|Giáo viên] [dùng|sử dụng] GeoGebra [để|nhằm] [dựng|vẽ] [các hình|hình] [có thể|] [kéo thả|di chuyển] [các điểm|đỉnh] [và|để] {hs} [quan sát|nhận ra] [tính chất|những yếu tố] [không đổi|bất biến].",
                    "[Ví dụ|Chẳng hạn], khi [dạy|học] [tính chất ba đường trung tuyến|định lí tổng ba góc của tam giác], [các em|{hs}] [thấy|nhận thấy] [dù|khi] [thay đổi|kéo] [hình dạng tam giác|các đỉnh] thì [tính chất|kết quả] [vẫn|luôn] [đúng|không đổi].",
                    "[Một số tiết|Trong tiết thực hành], {hs} [được|] [trực tiếp|tự] [thao tác|vẽ] trên [máy tính|phần mềm] [ở phòng tin học|], [từ đó|nhờ đó] [tự|] [phát hiện|dự đoán] [tính chất|kết quả] [trước khi chứng minh|rồi mới chứng minh].",
                )),
                ("[Tổ chức|Áp dụng] [học theo nhóm|kĩ thuật khăn trải bàn] trong [tiết luyện tập|giờ bài tập] Hình học", (
                    "[Lớp|{hs}] [được chia|chia] [thành nhóm bốn|thành các nhóm nhỏ], [mỗi nhóm|mỗi em] [suy nghĩ|làm] [riêng|độc lập] [trên phần của mình|vào ô của mình] rồi [thống nhất|cùng thảo luận] [cách chứng minh|lời giải chung] [ở ô giữa|].",
                    "[Các nhóm|Đại diện nhóm] [trình bày|báo cáo], [nhóm khác|các bạn] [nhận xét|phản biện], [tôi|giáo viên] [chốt|kết luận] [cách giải hay|lời giải ngắn gọn nhất].",
                    "[Cách làm này|Hình thức này] [giúp|tạo cơ hội cho] [em học yếu|những em còn yếu] [học hỏi|được bạn hướng dẫn] và [em khá giỏi|các em khá giỏi] [rèn|phát triển] [kĩ năng diễn đạt|khả năng lập luận].",
                )),
            ),
        },
        {
            "key": "toan_phu_dao",
            "phrase": "phụ đạo học sinh yếu",
            "levels": ("thcs", "thpt"),
            "titles": (
                "phụ đạo học sinh yếu [, kém|] môn Toán [lớp|khối] {lop_num}",
                "nâng cao hiệu quả phụ đạo học sinh yếu môn Toán {lop}",
            ),
            "ideas": (
                ("[Tìm hiểu|Xác định] nguyên nhân [học yếu|hổng kiến thức] của từng {hs}", (
                    "[Đầu năm|Ngay sau khảo sát đầu năm], tôi [lập|xây dựng] [hồ sơ theo dõi|sổ theo dõi] [từng em|cho từng em], [ghi rõ|ghi lại] [những phần kiến thức bị hổng|lỗi hay mắc] và [hoàn cảnh gia đình|điều kiện học tập] [của các em|].",
                    "[Qua|Thông qua] [trò chuyện|trao đổi] với {hs} và [giáo viên chủ nhiệm|phụ huynh], tôi [nhận thấy|thấy rằng] [nhiều em|phần lớn các em] [hổng|mất gốc] [từ|ngay từ] [các lớp dưới|kiến thức cơ bản], [nhất là|đặc biệt là] [bảng cửu chương|phép tính với số âm, phân số].",
                    "[Biết rõ nguyên nhân|Hiểu được nguyên nhân], tôi [xây dựng|lập] [kế hoạch phụ đạo|nội dung phụ đạo] [phù hợp|sát] với [từng nhóm|từng em] [thay vì|chứ không] [dạy chung|ôn tập dàn trải] [cho cả lớp|].",
                )),
                ("[Củng cố|Bù lấp] kiến thức [nền tảng|cơ bản] [trước|song song với] [kiến thức mới|bài mới]", (
                    "[Mỗi buổi phụ đạo|Mỗi buổi học], tôi [dành|dành khoảng] {phut} phút [đầu giờ|] [ôn lại|luyện] [kiến thức cũ|kĩ năng tính toán] [liên quan đến|cần cho] [bài mới|bài học].",
                    "[Các bài tập|Bài tập] [được|] [chia nhỏ|thiết kế] [thành các bước|thành từng bước nhỏ], [mỗi bước|bước nào] [các em|{hs}] [làm đúng|làm được] [mới chuyển|thì chuyển] [sang bước tiếp theo|sang bước sau].",
                    "[Tôi|Giáo viên] [soạn|biên soạn] [sổ tay công thức|tập công thức] [ngắn gọn|cô đọng] [để|giúp] {hs} [mang theo|học thuộc] [và|để] [tra cứu|dùng] [khi làm bài|hằng ngày].",
                )),
                ("[Phân công|Tổ chức] đôi bạn cùng tiến [trong giờ học và ở nhà|trong lớp]", (
                    "[Tôi|Giáo viên] [ghép|sắp xếp] [mỗi|một] {hs} [yếu|học chậm] [ngồi cạnh|với] [một bạn|một em] [học khá|học tốt], [có|giao] [nhiệm vụ|trách nhiệm] [cụ thể|rõ ràng] [cho từng cặp|].",
                    "[Các cặp|Mỗi cặp] [kiểm tra|giúp nhau] [bài tập về nhà|bài cũ] [vào đầu giờ|trong mười lăm phút đầu giờ] và [báo cáo|ghi] [kết quả|] [với giáo viên|vào sổ theo dõi].",
                    "[Đôi bạn|Cặp] [tiến bộ|có tiến bộ] [nhiều nhất|rõ nhất] [mỗi tháng|cuối tháng] [được|sẽ được] [tuyên dương|khen thưởng] [trước lớp|trong giờ sinh hoạt].",
                )),
                ("[Kiểm tra|Đánh giá] [thường xuyên|ngắn] và [động viên|khích lệ] [kịp thời|từng tiến bộ nhỏ]", (
                    "[Cuối mỗi buổi|Sau mỗi buổi phụ đạo], {hs} làm [một bài kiểm tra|bài kiểm tra] {phut} phút [với|gồm] [hai, ba câu|vài câu] [vừa sức|cơ bản] [để|giúp] [các em|] [thấy mình làm được|lấy lại tự tin].",
                    "[Kết quả|Điểm số] [được|] [ghi|ghi lại] [vào biểu đồ tiến bộ|vào sổ] [để|cho] [các em|{hs}] [tự theo dõi|thấy được] [sự tiến bộ|tiến bộ] [của mình|qua từng tuần].",
                    "[Tôi|Giáo viên] [tránh|không] [phê bình|chê trách] [trước lớp|nặng nề], [thay vào đó|mà] [chỉ ra|nhẹ nhàng chỉ ra] [lỗi sai|chỗ sai] và [gợi ý|hướng dẫn] [cách sửa|sửa lại].",
                )),
                ("[Phối hợp|Kết hợp] với [giáo viên chủ nhiệm|gia đình] [trong việc|để] [nhắc nhở|duy trì] [việc học|nề nếp học tập] của {hs}", (
                    "[Tôi|Giáo viên] [thông báo|trao đổi] [tình hình học tập|kết quả] [của các em|] [định kì|hằng tháng] [với|cho] [phụ huynh|giáo viên chủ nhiệm] [qua|bằng] [điện thoại|nhóm Zalo|sổ liên lạc điện tử].",
                    "[Phụ huynh|Gia đình] [được|] [hướng dẫn|gợi ý] [cách|] [nhắc con|kiểm tra con] [làm bài tập|học bài] [mỗi tối|hằng ngày] [dù không|kể cả khi không] [hiểu bài|nắm được kiến thức].",
                    "[Sự phối hợp|Sự đồng hành] [này|của gia đình] [giúp|khiến] {hs} [đi học đều hơn|chuyên cần hơn], [có ý thức|tự giác] [làm bài|học bài] [ở nhà|] [hơn trước|].",
                )),
            ),
        },
        {
            "key": "toan_thpt_trac_nghiem",
            "phrase": "trắc nghiệm môn Toán",
            "levels": ("thpt",),
            "titles": (
                "rèn kĩ năng làm bài thi trắc nghiệm môn Toán cho học sinh {lop}",
                "nâng cao hiệu quả ôn thi trắc nghiệm môn Toán [cho học sinh lớp 12|tốt nghiệp THPT]",
            ),
            "ideas": (
                ("[Hướng dẫn|Rèn] {hs} [sử dụng máy tính cầm tay|kĩ thuật bấm máy] [để|nhằm] [kiểm tra|tìm nhanh] đáp án", (
                    "[Tôi|Giáo viên] [hệ thống|tổng hợp] [các chức năng|những chức năng] [của máy tính cầm tay|] [như|gồm] [TABLE, SOLVE, CALC|giải phương trình, tính tích phân, lập bảng giá trị] [phù hợp|hữu ích] [với từng dạng|cho từng chủ đề].",
                    "[Với|Ở] [mỗi dạng|từng dạng] [bài|câu hỏi], {hs} [được|] [luyện|thực hành] [cả cách giải tự luận lẫn|song song cách giải thông thường và] [cách bấm máy|thủ thuật máy tính] để [đối chiếu|kiểm tra chéo].",
                    "[Tuy nhiên|Song], tôi [luôn nhắc|lưu ý] {hs} [không lạm dụng|không phụ thuộc] máy tính, [vì|bởi] [nhiều câu|các câu vận dụng] [đòi hỏi|cần] [hiểu bản chất|tư duy] [mới|thì mới] [làm được|giải được].",
                )),
                ("Xây dựng [ngân hàng câu hỏi|hệ thống câu hỏi] [theo mức độ nhận thức|theo chủ đề]", (
                    "[Tổ chuyên môn|Tôi cùng đồng nghiệp] [xây dựng|biên soạn] [ngân hàng|hệ thống] [khoảng|hơn] {n_big} câu hỏi [chia theo|phân theo] [bốn mức|các mức] nhận biết, thông hiểu, vận dụng, vận dụng cao.",
                    "[Các câu hỏi|Câu hỏi] [được|] [đưa lên|nhập vào] [phần mềm|ứng dụng] [Azota|Google Forms|Quizizz] để {hs} [luyện tập|làm bài] [mọi lúc, mọi nơi|ở nhà] và [nhận kết quả|biết kết quả] [ngay|tức thì].",
                    "[Dựa vào|Căn cứ] [thống kê|kết quả] [của phần mềm|], [tôi|giáo viên] [biết|xác định được] [câu nào|chủ đề nào] [nhiều em sai|còn yếu] để [chữa|ôn lại] [kĩ hơn|trên lớp].",
                )),
                ("Rèn [kĩ năng phân bổ thời gian|chiến thuật làm bài] [qua các đề thi thử|khi làm bài thi]", (
                    "[Mỗi tháng|Định kì], [lớp|{hs}] [làm|được làm] [một đề thi thử|đề thi thử] [đúng cấu trúc|theo cấu trúc đề minh họa] [với thời gian|trong] 90 phút [như thi thật|].",
                    "[Tôi|Giáo viên] [hướng dẫn|dạy] {hs} [làm|làm trước] [các câu dễ|những câu nhận biết, thông hiểu] [trước|], [đánh dấu|để lại] [câu khó|những câu chưa làm được] [để|rồi] [quay lại sau|làm sau cùng].",
                    "[Sau mỗi đề|Mỗi lần thi thử], [các em|{hs}] [tự|] [ghi lại|thống kê] [thời gian|số phút] [làm từng phần|cho từng phần] và [lỗi sai|các lỗi] [để|nhằm] [rút kinh nghiệm|điều chỉnh] [cho lần sau|].",
                )),
                ("[Hướng dẫn|Dạy] {hs} [phương pháp loại trừ|các kĩ thuật loại trừ] [và thử đáp án|, thử đáp án]", (
                    "[Với|Đối với] [những câu|các câu] [có đáp án là số cụ thể|hỏi giá trị], {hs} [có thể|được hướng dẫn] [thay|thử] [từng đáp án|các phương án] [vào đề bài|vào điều kiện] để [loại|loại bỏ] [phương án sai|đáp án không thỏa mãn].",
                    "[Tôi|Giáo viên] [lấy|đưa ra] [ví dụ|các ví dụ] [về|cho] [bài toán cực trị, đơn điệu|bài toán tìm tham số m] [để|giúp] [các em|{hs}] [thấy|nhận ra] [khi nào|lúc nào] [nên|có thể] [dùng|áp dụng] [cách này|phương pháp này].",
                    "[Kĩ năng|Thủ thuật] [này|loại trừ] [giúp|giúp cho] [các em|{hs}] [tiết kiệm|rút ngắn] [đáng kể|] [thời gian|] và [tăng|nâng] [xác suất|khả năng] [chọn đúng|đúng] [ở các câu khó|].",
                )),
            ),
        },
    ),
}

TIN_HOC = {
    "key": "tin_hoc",
    "grades": (3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
    "name": "Tin học",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt"),
    "mon": "môn Tin học",
    "duties": ("Giáo viên dạy Tin học", "Giáo viên Tin học, phụ trách phòng máy", "Giáo viên Tin học kiêm cán bộ phụ trách công nghệ thông tin"),
    "slots": {
        "dc": ("phần mềm Scratch", "phần mềm luyện gõ bàn phím", "máy chiếu", "phần mềm NetOp School", "Google Classroom", "Python", "phần mềm Paint", "bộ thẻ lệnh in màu", "phiếu hướng dẫn thực hành"),
        "hd": ("trò chơi \"Ai gõ nhanh hơn\"", "cuộc thi thiết kế thiệp", "dự án nhỏ theo nhóm", "trò chơi ô chữ", "thi \"Lập trình viên nhí\"", "hoạt động \"Trợ giảng nhí\""),
        "vd": ("bài vẽ ngôi nhà bằng phần mềm Paint", "chương trình Scratch cho nhân vật mèo di chuyển", "bài soạn thảo thiệp mời sinh nhật", "chương trình tính điểm trung bình", "bài trình chiếu giới thiệu quê hương", "bảng tính quản lí chi tiêu của lớp"),
    },
    "theory": (
        "Tin học [là môn học|là một môn] [gắn liền với|có tính thực hành cao, gắn với] [sự phát triển của khoa học công nghệ|cuộc sống hiện đại], [giúp|trang bị cho] {hs} [năng lực số|kĩ năng sử dụng máy tính] [cần thiết|cơ bản].",
        "[Theo|Trong] Chương trình [môn Tin học 2018|giáo dục phổ thông 2018], [năng lực tin học|năng lực số] [gồm|bao gồm] [sử dụng và quản lí phương tiện công nghệ|giải quyết vấn đề với sự hỗ trợ của công nghệ] và [ứng xử phù hợp trong môi trường số|hợp tác trong môi trường số].",
        "[Giờ thực hành|Thực hành trên máy] [chiếm|là] [phần lớn|phần quan trọng] [thời lượng|] [của môn học|], [nếu không tổ chức tốt|nếu thiếu quy trình] [sẽ|dễ] [dẫn đến|gây ra] [tình trạng|hiện tượng] {hs} [làm việc riêng|chơi trò chơi] [trên máy|].",
    ),
    "reality": (
        "[Nhiều|Không ít] {hs} [chưa có máy tính ở nhà|ít có điều kiện tiếp xúc với máy tính], [thao tác|kĩ năng sử dụng chuột và bàn phím] [còn chậm|còn vụng về].",
        "[Phòng máy|Số máy tính] [còn thiếu|chưa đủ], [có lúc|thường] [hai, ba em|nhiều em] [dùng chung|phải ngồi chung] [một máy|], [một số máy|máy] [cấu hình thấp|hay hỏng].",
    ),
    "topics": (
        {
            "key": "tin_go_phim",
            "phrase": "gõ bàn phím",
            "levels": ("tieu_hoc",),
            "grades": (3, 4, 5),
            "titles": (
                "rèn kĩ năng gõ bàn phím [bằng mười ngón|đúng cách] cho học sinh {lop}",
                "giúp học sinh {lop} [thành thạo|học tốt] kĩ năng gõ bàn phím",
            ),
            "ideas": (
                ("[Hướng dẫn|Rèn] [tư thế ngồi và|] cách đặt tay đúng [trên hàng phím cơ sở|vị trí]", (
                    "[Ngay từ|Trong] [những tiết đầu|tiết đầu tiên], tôi [hướng dẫn|làm mẫu] [tư thế ngồi|cách ngồi] [thẳng lưng|ngay ngắn], [mắt cách màn hình khoảng 50 cm|khoảng cách phù hợp] và [cách đặt|vị trí đặt] [tám ngón tay|các ngón tay] [lên hàng phím cơ sở|trên hai phím có gai F và J].",
                    "[Tôi|Giáo viên] [dán|làm] [nhãn màu|miếng dán màu] [lên|trên] [các phím|bàn phím] [tương ứng với|theo] [từng ngón tay|mỗi ngón] [để|giúp] {hs} [dễ nhớ|ghi nhớ nhanh].",
                    "[Trong giờ thực hành|Khi các em luyện gõ], tôi [đi từng máy|quan sát từng máy] để [chỉnh|nhắc] [những em|em nào] [gõ bằng một ngón|nhìn bàn phím khi gõ].",
                    "[Tôi|Giáo viên] [sử dụng|dùng] [bài hát|nhịp vỗ tay] [để|giúp] [các em|{hs}] [gõ|luyện gõ] [theo nhịp|đều tay], [tạo|giúp] [không khí|giờ học] [vui vẻ|thoải mái].",
                )),
                ("[Sử dụng|Khai thác] phần mềm luyện gõ [kết hợp|và] [trò chơi|thi đua]", (
                    "[Tôi|Giáo viên] [cài đặt|sử dụng] {dc} [với|có] [các bài|nhiều cấp độ] [từ hàng phím cơ sở|từ dễ] [đến|tới] [gõ từ, gõ câu|toàn bộ bàn phím].",
                    "[Mỗi tiết|Cuối mỗi tiết], {hs} [có|được dành] {phut} phút [thi|tham gia] {hd} [và|rồi] [ghi|báo] [tốc độ gõ|số từ mỗi phút] [vào bảng thi đua|lên bảng].",
                    "[Các em|{hs}] [rất hào hứng|thích thú] [khi|vì] [thấy|được thấy] [tốc độ|thành tích] [của mình|] [tăng lên|tiến bộ] [từng tuần|qua mỗi tuần].",
                )),
                ("[Luyện gõ|Rèn gõ] tiếng Việt [theo kiểu Telex|có dấu] [qua|bằng] [bài thơ, câu chuyện ngắn|đoạn văn ngắn]", (
                    "[Sau khi|Khi] {hs} [gõ thành thạo|đã quen] [chữ không dấu|các phím], tôi [hướng dẫn|dạy] [cách gõ|quy tắc gõ] [dấu thanh|chữ có dấu] [theo kiểu Telex|bằng bảng tóm tắt] [dán cạnh máy|in cho mỗi máy].",
                    "[Nội dung|Bài] [luyện gõ|thực hành] [là|được chọn là] [những bài thơ|các đoạn văn] [trong sách Tiếng Việt|các em đã học], [vừa|để] [luyện gõ|rèn kĩ năng] [vừa|lại vừa] [ôn lại|củng cố] [bài đọc|kiến thức] [môn học khác|].",
                    "[Tôi|Giáo viên] [chấm|kiểm tra] [bài gõ|sản phẩm] [theo|với] [hai tiêu chí|các tiêu chí] [chính xác|đúng chính tả] và [tốc độ|thời gian] [để|] [khích lệ|động viên] [các em|{hs}] [cẩn thận|] [hơn|].",
                )),
            ),
        },
        {
            "key": "tin_scratch",
            "phrase": "lập trình Scratch",
            "levels": ("tieu_hoc", "thcs"),
            "titles": (
                "giúp học sinh {lop} học tốt [chủ đề|nội dung] lập trình Scratch",
                "[phát triển tư duy|rèn tư duy] [thuật toán|máy tính] qua [các bài|chủ đề] lập trình Scratch cho học sinh {lop}",
            ),
            "ideas": (
                ("Dạy [lập trình|câu lệnh] [qua|thông qua] [hoạt động không dùng máy tính|trò chơi đóng vai]", (
                    "[Trước khi|Trước lúc] [ngồi vào máy|thực hành trên máy], {hs} [chơi|tham gia] [trò chơi|hoạt động] \"[Rô-bốt|Người máy] [nghe lệnh|đi tìm kho báu]\": [một bạn|một em] [đọc lệnh|ra lệnh], [bạn kia|bạn còn lại] [thực hiện|di chuyển] [đúng|theo] [từng bước|lệnh].",
                    "[Tôi|Giáo viên] [dùng|chuẩn bị] {dc} [để|cho] [các nhóm|{hs}] [sắp xếp|xếp] [thành|thành một] [chương trình|chuỗi lệnh] [trên bàn|trên giấy] [trước|rồi mới] [nhập vào máy|lập trình trên máy].",
                    "[Cách làm|Hoạt động] [này|] [giúp|làm cho] [các em|{hs}] [hiểu|hình dung] [khái niệm|ý nghĩa] [tuần tự, lặp, rẽ nhánh|trình tự câu lệnh] [một cách tự nhiên|rất trực quan].",
                )),
                ("[Tổ chức|Hướng dẫn] [học theo dự án|làm sản phẩm] [nhỏ|theo nhóm] với Scratch", (
                    "[Mỗi nhóm|Các nhóm] [chọn|nhận] [một đề tài|một chủ đề] [gần gũi|yêu thích] như [làm thiệp chúc mừng|kể chuyện cổ tích|trò chơi hứng táo|giới thiệu quê hương] [để|rồi] [thiết kế|lập trình] [sản phẩm|câu chuyện] [trong|qua] {tuan} tuần.",
                    "[Tôi|Giáo viên] [hướng dẫn|giao] [các nhóm|{hs}] [vẽ kịch bản|viết kịch bản] [ra giấy|trước] [gồm|với] [nhân vật, phông nền và hành động|các cảnh và lời thoại] [trước khi|rồi mới] [lập trình|kéo thả khối lệnh].",
                    "[Cuối dự án|Kết thúc], [các nhóm|{hs}] [trình bày|giới thiệu] [sản phẩm|chương trình] [trước lớp|trên máy chiếu], [cả lớp|các bạn] [bình chọn|nhận xét] [sản phẩm|nhóm] [sáng tạo nhất|xuất sắc].",
                    "Ví dụ, [nhóm|một nhóm] [của em|] [đã làm|hoàn thành] {vd} [rất sinh động|có âm thanh và hiệu ứng], [khiến|làm] [cả lớp|các bạn] [thích thú|trầm trồ].",
                )),
                ("[Xây dựng|Sử dụng] [phiếu hướng dẫn|video hướng dẫn] [từng bước|ngắn] [cho|trong] [giờ thực hành|tiết thực hành]", (
                    "[Tôi|Giáo viên] [quay|làm] [các video|video] [ngắn|dài hai, ba phút] [hướng dẫn|minh họa] [từng bước|cách] [lập trình|thực hiện] [và|rồi] [chia sẻ|đăng] [qua|lên] {dc}.",
                    "{hs} [xem lại|xem] video [ngay trên máy|ở nhà] [khi quên|khi chưa nắm được] [thao tác|bước nào], [không|mà không] [phải chờ|cần chờ] [giáo viên|cô] [hướng dẫn lại|giúp].",
                    "[Nhờ đó|Như vậy], [tôi|giáo viên] [có thêm thời gian|rảnh tay hơn] [để|] [hỗ trợ|kèm] [những em|các em] [còn chậm|gặp khó khăn], [các em khá|những em nhanh] [có thể|được] [làm thêm|mở rộng] [nhiệm vụ|bài tập] [nâng cao|].",
                )),
            ),
        },
        {
            "key": "tin_thuc_hanh",
            "phrase": "giờ thực hành Tin học",
            "levels": ("thcs", "thpt"),
            "titles": (
                "nâng cao hiệu quả giờ thực hành Tin học [cho học sinh|ở] {lop}",
                "[tổ chức|quản lí] giờ thực hành Tin học [hiệu quả|] [tại|ở] [trường|đơn vị]",
            ),
            "ideas": (
                ("[Xây dựng|Thiết lập] [nội quy|quy trình] [phòng máy|giờ thực hành] [rõ ràng|chặt chẽ]", (
                    "[Đầu năm|Ngay từ tiết đầu], tôi [phổ biến|cùng {hs} xây dựng] [nội quy phòng máy|quy định sử dụng phòng máy] [và|,] [sơ đồ chỗ ngồi|phân công chỗ ngồi] [cố định|] [cho từng lớp|].",
                    "[Mỗi máy|Mỗi bàn] [có|được giao] [một|] [sổ theo dõi|phiếu theo dõi], {hs} [ghi|kiểm tra và ghi] [tình trạng máy|tình trạng thiết bị] [đầu giờ và cuối giờ|trước và sau khi thực hành].",
                    "[Nhờ|Với] [quy trình|nền nếp] [này|như vậy], [việc|] [hư hỏng|mất mát] [thiết bị|chuột, bàn phím] [giảm hẳn|hầu như không còn], [các em|{hs}] [có ý thức|biết] [giữ gìn|bảo quản] [tài sản chung|máy móc].",
                )),
                ("[Sử dụng|Ứng dụng] phần mềm quản lí phòng máy [để|nhằm] [trình chiếu|giám sát] [và hỗ trợ|]", (
                    "[Tôi|Giáo viên] [sử dụng|dùng] {dc} [để|nhằm] [trình chiếu|truyền] [màn hình|thao tác mẫu] [của giáo viên|] [đến|lên] [tất cả các máy|máy của {hs}].",
                    "[Phần mềm|Công cụ] [cho phép|giúp] [quan sát|theo dõi] [màn hình|hoạt động] [của từng máy|từng em], [khóa|tạm khóa] [máy|bàn phím] [khi cần|khi cần các em chú ý] và [thu bài|thu sản phẩm] [nhanh|tự động].",
                    "[Những em|{hs}] [làm tốt|hoàn thành sớm] [được|sẽ được] [chia sẻ màn hình|trình chiếu bài] [cho cả lớp|để cả lớp] [xem|học tập], [tạo|tạo nên] [động lực|không khí thi đua] [trong lớp|].",
                )),
                ("Tổ chức [\"trợ giảng nhí\"|nhóm hỗ trợ] trong giờ thực hành", (
                    "[Tôi|Giáo viên] [chọn|lựa chọn] [mỗi dãy|mỗi tổ] [một, hai em|một em] [thao tác tốt|nắm bài nhanh] [làm|đóng vai] [\"trợ giảng nhí\"|nhóm trưởng] [để|,] [hướng dẫn|hỗ trợ] [các bạn|bạn] [xung quanh|].",
                    "[Trước|Trước mỗi] [tiết thực hành|buổi], [các trợ giảng|các em] [được|] [hướng dẫn trước|học trước] [nội dung|bài] [vào giờ ra chơi|qua nhóm trên Zalo].",
                    "[Hoạt động|Hình thức] [này|] [vừa|không chỉ] [giảm tải|giảm áp lực] [cho giáo viên|] [vừa|mà còn] [phát triển|rèn] [năng lực|kĩ năng] [giao tiếp, hợp tác|trình bày] [của {hs}|cho các em].",
                )),
                ("Giao [nhiệm vụ|bài thực hành] [gắn với thực tế|theo sản phẩm] [và đánh giá bằng|kèm] [tiêu chí|bảng kiểm]", (
                    "[Thay vì|Không chỉ] [làm theo mẫu|gõ lại bài mẫu], {hs} [được giao|nhận] [những nhiệm vụ|nhiệm vụ] như [lập bảng điểm của tổ|thiết kế bài trình chiếu giới thiệu trường|soạn thông báo của lớp] [bằng|trên] [phần mềm|máy tính].",
                    "[Mỗi nhiệm vụ|Mỗi bài] [kèm|có] [bảng tiêu chí|bảng kiểm] [đánh giá|chấm điểm] [rõ ràng|cụ thể] [để|giúp] [các em|{hs}] [tự kiểm tra|tự đánh giá] [sản phẩm|bài làm] [trước khi nộp|].",
                    "Ví dụ, [với|khi làm] {vd}, [các em|{hs}] [phải|cần] [áp dụng|vận dụng] [nhiều|các] [kĩ năng|thao tác] [đã học|khác nhau] và [thấy được|hiểu được] [ứng dụng|ý nghĩa thực tế] [của bài học|].",
                )),
            ),
        },
        {
            "key": "tin_an_toan",
            "phrase": "an toàn trên không gian mạng",
            "levels": ("thcs", "thpt"),
            "titles": (
                "giáo dục [kĩ năng|ý thức] an toàn trên không gian mạng cho học sinh {lop}",
                "[tích hợp|lồng ghép] giáo dục an toàn trên không gian mạng trong [dạy học|môn] Tin học",
            ),
            "ideas": (
                ("[Xây dựng|Sưu tầm] [tình huống|câu chuyện] [thực tế|có thật] về [lừa đảo|rủi ro] trên mạng", (
                    "[Tôi|Giáo viên] [sưu tầm|xây dựng] [các tình huống|những tình huống] như [tin nhắn trúng thưởng|đường link lạ|người lạ kết bạn|bị mạo danh tài khoản] [để|và] {hs} [thảo luận|phân tích] [theo nhóm|] [cách|hướng] [xử lí|ứng xử].",
                    "[Các nhóm|{hs}] [đóng vai|sắm vai] [xử lí tình huống|giải quyết tình huống], [các nhóm khác|cả lớp] [nhận xét|góp ý], tôi [chốt|tổng kết] [những nguyên tắc|quy tắc] [an toàn|cần nhớ].",
                    "[Những|Các] [tình huống|câu chuyện] [gần gũi|có thật] [khiến|làm] {hs} [nhận ra|hiểu rằng] [nguy cơ|rủi ro] [rất gần|ở ngay bên cạnh] [và nhớ lâu hơn|, từ đó ghi nhớ lâu hơn] [so với|hơn] [học lí thuyết|lời dặn dò].",
                )),
                ("Hướng dẫn [thao tác|kĩ năng] [bảo vệ tài khoản|bảo mật thông tin cá nhân]", (
                    "{hs} [được|] [thực hành|hướng dẫn] [tạo mật khẩu mạnh|đặt mật khẩu an toàn], [bật|cài đặt] [xác thực hai lớp|xác thực hai yếu tố] và [kiểm tra|điều chỉnh] [quyền riêng tư|chế độ riêng tư] [trên tài khoản|của tài khoản] [mạng xã hội|].",
                    "[Tôi|Giáo viên] [lập|soạn] [bảng kiểm|danh sách] [\"năm điều cần làm\"|những việc nên và không nên làm] [khi lên mạng|trên mạng] [để|cho] [các em|{hs}] [dán|ghi] [vào vở|ở góc học tập].",
                    "[Phụ huynh|Cha mẹ] [cũng|] [được|] [gửi|chia sẻ] [tài liệu|bảng kiểm] [qua|trên] [nhóm lớp|nhóm Zalo] [để|nhằm] [cùng|] [giám sát|đồng hành với] [con|các em] [khi sử dụng|trong việc sử dụng] [internet|mạng xã hội].",
                )),
                ("Tổ chức [cuộc thi|diễn đàn] [tuyên truyền|về] an toàn mạng [do {hs} thực hiện|]", (
                    "[Mỗi lớp|Các lớp] [thiết kế|làm] [áp phích|infographic|video ngắn] [tuyên truyền|về chủ đề] [\"Sử dụng mạng xã hội an toàn\"|an toàn thông tin] [bằng|trên] [phần mềm|máy tính] [đã học|].",
                    "[Sản phẩm|Các sản phẩm] [được|] [trưng bày|đăng] [trên bảng tin|trên trang thông tin của trường] [và|để] [toàn trường|học sinh các lớp] [bình chọn|xem và bình chọn].",
                    "[Hoạt động|Cuộc thi] [vừa|không chỉ] [giúp|giúp cho] {hs} [vận dụng|ôn lại] [kĩ năng tin học|kiến thức môn học] [vừa|mà còn] [lan tỏa|lan tỏa] [thông điệp|ý thức] [an toàn|sử dụng mạng có trách nhiệm] [trong|đến] [nhà trường|bạn bè].",
                )),
            ),
        },
    ),
}

VAT_LY_HOA_HOC = {
    "key": "vat_ly_hoa_hoc",
    "name": "Vật lý – Hóa học",
    "kind": "teach",
    "levels": ("thcs", "thpt"),
    "mon": "[môn Khoa học tự nhiên|môn Vật lý|môn Hóa học]",
    "duties": ("Giáo viên dạy Khoa học tự nhiên", "Giáo viên dạy Vật lý", "Giáo viên dạy Hóa học", "Tổ phó tổ Khoa học tự nhiên"),
    "slots": {
        "dc": ("bộ thí nghiệm", "ống nghiệm, đèn cồn", "lực kế", "cảm biến đo nhiệt độ", "phần mềm mô phỏng PhET", "video thí nghiệm", "nam châm và mạt sắt", "bảng tuần hoàn phóng to"),
        "hd": ("thi \"Nhà khoa học nhỏ\"", "trò chơi ô chữ", "trạm học tập", "thí nghiệm vui", "dự án STEM", "trò chơi \"Ai là triệu phú\""),
        "vd": ("thí nghiệm đo vận tốc của chiếc xe đồ chơi", "thí nghiệm điều chế khí oxi", "bài toán tính nồng độ dung dịch muối", "thí nghiệm về sự nở vì nhiệt", "mạch điện chiếu sáng trong gia đình", "hiện tượng nước vôi trong bị vẩn đục"),
    },
    "theory": (
        "[Vật lý và Hóa học|Khoa học tự nhiên] là [các môn|môn] khoa học thực nghiệm, [kiến thức|nhiều khái niệm] [được hình thành|xuất phát] từ [quan sát và thí nghiệm|thực tiễn], [vì vậy|do đó] [thí nghiệm|thực hành] [giữ vai trò|có vai trò] [không thể thiếu|then chốt] [trong dạy học|].",
        "[Theo|Trong] Chương trình [môn Khoa học tự nhiên 2018|giáo dục phổ thông 2018], {hs} [cần|phải] [hình thành|phát triển] [năng lực tìm hiểu tự nhiên|năng lực nhận thức khoa học tự nhiên] và [vận dụng|năng lực vận dụng] [kiến thức, kĩ năng|kiến thức] [vào thực tiễn|đã học].",
        "[Giáo dục STEM|Dạy học STEM] [tạo điều kiện|giúp] {hs} [vận dụng|kết hợp] [kiến thức|kiến thức liên môn] [để giải quyết|vào giải quyết] [các vấn đề thực tiễn|vấn đề thực tế], [phù hợp|đúng] với [định hướng|yêu cầu] [đổi mới giáo dục|của chương trình mới].",
    ),
    "reality": (
        "[Thiết bị thí nghiệm|Đồ dùng thí nghiệm] [còn thiếu|đã cũ], [hóa chất|một số hóa chất] [hết hạn|không đủ], [phòng bộ môn|phòng thí nghiệm] [chưa đạt chuẩn|còn chật].",
        "{hs} [quen|có thói quen] [học thuộc lòng|ghi nhớ máy móc] [công thức|lí thuyết], [ít|chưa] [được|] [tự tay làm thí nghiệm|liên hệ với thực tế], [nên|vì vậy] [nhanh quên|khó vận dụng].",
    ),
    "topics": (
        {
            "key": "vlhh_thi_nghiem",
            "phrase": "thí nghiệm",
            "levels": ("thcs", "thpt"),
            "titles": (
                "[sử dụng|khai thác] thí nghiệm [để|nhằm] nâng cao hiệu quả dạy học [môn Khoa học tự nhiên|Vật lý|Hóa học] {lop}",
                "[tổ chức|hướng dẫn] học sinh {lop} tự làm thí nghiệm [trong giờ học|đơn giản] [Vật lý|Hóa học|Khoa học tự nhiên]",
            ),
            "ideas": (
                ("[Thiết kế|Tự làm] thí nghiệm [đơn giản|từ vật liệu dễ kiếm]", (
                    "[Tôi|Giáo viên] [tận dụng|sử dụng] [vật liệu|đồ vật] [dễ kiếm|gần gũi] như [chai nhựa, ống hút, bóng bay|cốc thủy tinh, nến, giấy bạc] để [thiết kế|làm] [các thí nghiệm|thí nghiệm] [thay thế|bổ sung cho] [thiết bị|bộ thí nghiệm] [còn thiếu|bị hỏng].",
                    "Ví dụ, [khi dạy|với bài] [về áp suất khí quyển|về sự cháy|về lực đẩy Ác-si-mét], [tôi|cả lớp] [làm|quan sát] [thí nghiệm|] [\"cốc nước úp ngược\"|\"nến cháy trong cốc kín\"|\"trứng nổi trong nước muối\"] [khiến|làm] {hs} [rất tò mò|thích thú].",
                    "{hs} [được|] [giao|khuyến khích] [tự làm|làm lại] [thí nghiệm|các thí nghiệm] [ở nhà|tại nhà] [và|rồi] [quay video|chụp ảnh] [gửi|chia sẻ] [lên nhóm lớp|cho giáo viên].",
                    "[Thí nghiệm|Những thí nghiệm] [tự làm|đơn giản] [tuy|dù] [không|chưa] [hiện đại|chính xác tuyệt đối] [nhưng|song] [an toàn|dễ thực hiện] và [gây ấn tượng mạnh|giúp các em nhớ lâu].",
                )),
                ("[Tổ chức|Hướng dẫn] {hs} làm thí nghiệm theo nhóm [với phiếu học tập|theo quy trình]", (
                    "[Mỗi nhóm|Các nhóm] [nhận|được phát] [{dc}|bộ dụng cụ] và [phiếu học tập|phiếu thực hành] [ghi rõ|nêu rõ] [mục đích, dụng cụ, các bước tiến hành|dự đoán, cách làm, kết quả và kết luận].",
                    "[Trước khi làm|Trước khi tiến hành], [các nhóm|{hs}] [nêu|ghi] [dự đoán|giả thuyết] [của mình|], [sau đó|rồi] [tiến hành|làm] [thí nghiệm|] [để|nhằm] [kiểm chứng|kiểm tra] [dự đoán|giả thuyết] [đó|].",
                    "[Tôi|Giáo viên] [quy định|phân công] [rõ|cụ thể] [vai trò|nhiệm vụ] [trong nhóm|của từng thành viên]: [người làm thí nghiệm, người ghi chép, người báo cáo|nhóm trưởng, thư kí, người thực hiện] [và|,] [luân phiên|thay đổi] [sau mỗi bài|theo từng tuần].",
                    "[Đặc biệt|Nhất là], [tôi|giáo viên] [nhấn mạnh|nhắc nhở] [quy tắc an toàn|an toàn] [khi|trong] [sử dụng|làm việc với] [hóa chất|đèn cồn|điện] [trước mỗi buổi|ngay từ đầu].",
                )),
                ("[Sử dụng|Kết hợp] thí nghiệm mô phỏng [và video|trên phần mềm] [cho|với] [thí nghiệm|những thí nghiệm] [khó, nguy hiểm|độc hại]", (
                    "[Với|Đối với] [các thí nghiệm|những thí nghiệm] [độc hại|nguy hiểm, tốn kém] [hoặc|hay] [khó quan sát|diễn ra quá nhanh], tôi [dùng|sử dụng] {dc} [để|nhằm] [mô phỏng|minh họa].",
                    "{hs} [có thể|được] [thay đổi|điều chỉnh] [các thông số|thông số] [trên phần mềm|trên mô phỏng] [và|rồi] [quan sát|ghi lại] [sự thay đổi|kết quả] [để|từ đó] [rút ra|tự rút ra] [quy luật|kết luận].",
                    "[Tuy vậy|Tuy nhiên], [tôi|giáo viên] [vẫn|luôn] [ưu tiên|chú trọng] [thí nghiệm thật|thí nghiệm trực tiếp] [khi có thể|nếu đủ điều kiện], [mô phỏng|phần mềm] [chỉ|] [đóng vai trò|là] [hỗ trợ|bổ trợ].",
                )),
            ),
        },
        {
            "key": "vlhh_bai_tap",
            "phrase": "giải bài tập",
            "levels": ("thcs", "thpt"),
            "titles": (
                "rèn kĩ năng giải bài tập [định lượng|tính toán] [Hóa học|Vật lý] cho học sinh {lop}",
                "hướng dẫn học sinh {lop} giải bài tập [Vật lý|Hóa học] [theo dạng|có hiệu quả]",
            ),
            "ideas": (
                ("[Phân dạng|Hệ thống hóa] bài tập và [xây dựng|đưa ra] [phương pháp giải|các bước giải] cho từng dạng", (
                    "[Tôi|Giáo viên] [chia|phân loại] [bài tập|các bài tập] [của chương|trong chủ đề] [thành|theo] [các dạng|từng dạng] [cơ bản|điển hình] [như|ví dụ] [tính theo phương trình hóa học, bài toán lượng dư, bài toán hỗn hợp|chuyển động thẳng đều, bài toán về công và công suất, bài toán mạch điện].",
                    "[Mỗi dạng|Với mỗi dạng] [có|được xây dựng] [các bước giải|quy trình giải] [ngắn gọn|rõ ràng] [và|kèm] [một bài mẫu|ví dụ mẫu] [trình bày đầy đủ|có lời giải chi tiết].",
                    "{hs} [ghi|chép] [các bước|phương pháp] [vào sổ tay|vào vở bài tập] [và|rồi] [làm|luyện] [các bài|bài tập] [từ dễ đến khó|theo mức độ tăng dần].",
                )),
                ("[Rèn|Hướng dẫn] [kĩ năng|cách] [tóm tắt đề và đổi đơn vị|phân tích hiện tượng] [trước khi giải|]", (
                    "[Tôi|Giáo viên] [yêu cầu|quy định] {hs} [tóm tắt|ghi tóm tắt] [đề bài|dữ kiện] [bằng kí hiệu|bằng các đại lượng] [và|,] [đổi|chuyển] [tất cả|các] [đơn vị|đại lượng] [về|sang] [đơn vị chuẩn|hệ SI] [trước khi|rồi mới] [giải|thay số].",
                    "[Với|Đối với] [bài tập|bài] [có hiện tượng|liên quan đến hiện tượng], [các em|{hs}] [phải|cần] [mô tả|viết] [hiện tượng|phương trình phản ứng] [bằng lời|đầy đủ] [trước|rồi mới] [tính toán|tính].",
                    "[Những lỗi|Lỗi] [hay gặp|thường gặp] như [quên đổi đơn vị|cân bằng sai phương trình|nhầm khối lượng với số mol] [được|] [tôi|giáo viên] [tổng hợp|thống kê] và [chữa|phân tích] [trước lớp|chung cho cả lớp].",
                )),
                ("[Gắn|Liên hệ] bài tập với [thực tế|đời sống] [và|để] [tạo hứng thú|khơi gợi tò mò]", (
                    "[Tôi|Giáo viên] [biên soạn|tự soạn] [bài tập|các bài toán] [từ|dựa trên] [tình huống|hiện tượng] [thực tế|thường gặp] như {vd}.",
                    "[Các em|{hs}] [được|] [thu thập|tự lấy] [số liệu|dữ liệu] [thật|thực tế] [như|ví dụ] [hóa đơn tiền điện của gia đình|nhãn thành phần trên chai nước khoáng] [để|rồi] [lập|giải] [bài toán|bài tập] [của riêng mình|].",
                    "[Khi thấy|Thấy được] [kiến thức|bài học] [có ích|ứng dụng] [trong cuộc sống|], {hs} [học|làm bài tập] [chủ động|hứng thú] [hơn hẳn|hơn].",
                )),
            ),
        },
        {
            "key": "vlhh_stem",
            "phrase": "STEM",
            "levels": ("thcs", "thpt"),
            "titles": (
                "tổ chức [hoạt động|dạy học] [giáo dục|theo định hướng] STEM [trong môn|ở môn] Khoa học tự nhiên {lop}",
                "[vận dụng|áp dụng] [mô hình|dạy học] STEM [trong dạy học|vào] [Vật lý|Hóa học] {lop}",
            ),
            "ideas": (
                ("[Thiết kế|Xây dựng] [chủ đề|bài học] STEM [gắn với|xuất phát từ] [vấn đề|nhu cầu] [của địa phương|thực tế]", (
                    "[Tôi|Giáo viên] [lựa chọn|xác định] [vấn đề|tình huống] [thực tiễn|gần gũi] [ở địa phương|] như [nước sinh hoạt bị nhiễm phèn|tưới cây trong mùa khô|tiết kiệm điện trong lớp học] [để|làm] [xây dựng|đặt vấn đề cho] [chủ đề|bài học] [STEM|].",
                    "[Chủ đề|Bài học] [được|] [thiết kế|tổ chức] [theo|gồm] [năm hoạt động|các bước]: [xác định vấn đề, nghiên cứu kiến thức nền, đề xuất giải pháp, chế tạo và thử nghiệm, chia sẻ và điều chỉnh|đặt vấn đề, tìm hiểu, thiết kế, chế tạo, báo cáo].",
                    "Ví dụ, [với chủ đề|ở chủ đề] [\"Bình lọc nước\"|\"Hệ thống tưới cây tự động\"|\"Đèn ngủ tiết kiệm điện\"], [các nhóm|{hs}] [phải|] [vận dụng|kết hợp] [kiến thức|hiểu biết] [về|của] [Vật lý, Hóa học, Sinh học và Toán|nhiều môn học] [để|nhằm] [làm ra|chế tạo] [sản phẩm|].",
                )),
                ("[Tổ chức|Hướng dẫn] [các nhóm|{hs}] [chế tạo, thử nghiệm và cải tiến|làm và hoàn thiện] sản phẩm", (
                    "[Các nhóm|Mỗi nhóm] [vẽ|lập] [bản thiết kế|phác thảo] [với|ghi rõ] [vật liệu, kích thước|nguyên vật liệu và dự toán chi phí], [trình bày|bảo vệ] [trước lớp|phương án] [trước khi|rồi mới] [chế tạo|bắt tay vào làm].",
                    "[Sản phẩm|Sau khi làm xong, sản phẩm] [được|] [thử nghiệm|chạy thử] [theo|dựa trên] [tiêu chí|bảng tiêu chí] [đã thống nhất|cho trước]; [nhóm nào|nếu] [chưa đạt|chưa đáp ứng] [thì|sẽ] [tìm nguyên nhân|phân tích nguyên nhân] và [cải tiến|điều chỉnh].",
                    "[Quá trình|Việc] [làm đi làm lại|thử – sai – sửa] [giúp|rèn cho] {hs} [tính kiên trì|sự kiên nhẫn], [kĩ năng hợp tác|tinh thần làm việc nhóm] và [tư duy|óc] [sáng tạo|phản biện].",
                )),
                ("[Tổ chức|Tổ chức ngày hội] [trưng bày|triển lãm] sản phẩm STEM [và đánh giá|kết hợp đánh giá] [năng lực|]", (
                    "[Cuối học kì|Cuối mỗi chủ đề], [nhà trường|tổ chuyên môn] [tổ chức|phối hợp tổ chức] [ngày hội|buổi triển lãm] [để|,] [các nhóm|{hs}] [trưng bày|giới thiệu] [sản phẩm|] [với|cho] [bạn bè, thầy cô và phụ huynh|khách mời].",
                    "[Tôi|Giáo viên] [đánh giá|chấm] [theo|dựa vào] [bảng tiêu chí|rubric] [gồm|với] [tính khoa học, tính thẩm mỹ, tính ứng dụng và kĩ năng thuyết trình|các tiêu chí về ý tưởng, sản phẩm và trình bày].",
                    "[Nhiều|Một số] [sản phẩm|sản phẩm tốt] [được|] [chọn|lựa chọn] [tham gia|dự thi] [cuộc thi|Cuộc thi] [khoa học kĩ thuật|sáng tạo thanh thiếu niên nhi đồng] [cấp huyện|cấp trường] [và đạt giải|].",
                )),
            ),
        },
    ),
}

FIELDS = (TOAN, TIN_HOC, VAT_LY_HOA_HOC)

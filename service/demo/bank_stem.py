"""Content bank: Toán, Tin học, Vật lý – Hóa học. Written for this project.

Each topic's ``phrase`` appears literally in every title variant so a record's
topic can be recovered from its title. Ideas are ``(name template, write-ups)``, each
write-up one author's own sentence sequence for the idea (see ``fields.Idea``).
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
                    (
                        "Tôi yêu cầu {hs} đọc đề [ít nhất hai lần|to, rõ ràng], [gạch một gạch dưới|dùng bút chì gạch chân] [cái đã cho|dữ kiện đã cho] và [gạch hai gạch dưới|khoanh tròn] [cái cần tìm|câu hỏi của bài].",
                        "[Sau đó|Tiếp theo], [các em|{hs}] [tóm tắt bài toán|trả lời miệng các câu hỏi gợi mở] như: \"Bài toán cho biết gì?\", \"Bài toán hỏi gì?\", \"Muốn tìm được điều đó ta cần biết gì?\".",
                        "Với {vd}, tôi [hướng dẫn|gợi ý] [các em|{hs}] [tóm tắt bằng {dc}|tóm tắt ngắn gọn bằng lời] rồi mới [lập kế hoạch giải|đi tìm phép tính].",
                        "[Việc|Thói quen] [đọc kĩ|phân tích] đề [giúp|giúp cho] {hs} [tránh được|hạn chế] [những sai sót|lỗi] [do hiểu sai đề|do đọc vội], [nhất là|đặc biệt với] [các em|những em] [hay hấp tấp|tiếp thu chậm].",
                        "Tôi [thường|hay] [đưa ra|cho] [những đề bài|bài toán] [có dữ kiện thừa|thiếu dữ kiện] để {hs} [tập phát hiện|tự nhận ra] [điều bất hợp lí|chỗ chưa đủ để giải].",
                    ),
                    (
                        "Tôi quy ước với lớp một \"thói quen ba lần đọc\": lần thứ nhất đọc thầm cả bài, lần thứ hai đọc to [từng câu|từng ý], lần thứ ba vừa đọc vừa [dùng bút chì đánh dấu|khoanh tròn] các con số và [từ khóa|từ quan trọng] như \"nhiều hơn\", \"kém\", \"gấp\", \"mỗi\".",
                        "Với bài \"Một cửa hàng có 36 quả dưa, đã bán [một phần tư|một phần ba] số dưa\", tôi hỏi cả lớp: \"Từ nào cho ta biết phải chia?\", [nhờ đó|từ đó] các em hiểu rằng con số chưa nói lên được gì nếu không đọc [kĩ|hết] câu chữ đi kèm.",
                        "[Sau vài tuần|Dần dần], em nào cũng tự gạch chân dữ kiện mà không cần nhắc; [những em hay làm vội|mấy em hay làm ẩu] như [bạn|] Minh, [bạn|] Hòa đã bớt hẳn lỗi chọn nhầm phép tính.",
                    ),
                    (
                        "Ở {lop}, tôi [chuẩn bị|in sẵn] những phiếu \"đọc đề\" chỉ có đề bài và ba dòng trống: \"Đã cho\", \"Phải tìm\", \"Cần biết thêm\"; [các em|{hs}] chưa được giải, chỉ điền ba dòng này.",
                        "[Mỗi tuần có một buổi luyện \"đọc đề không giải\"|Hằng tuần lớp có một buổi chỉ luyện đọc đề]: [các em nhận năm đề ngắn|học sinh đọc bốn, năm đề ngắn], [trong đó có đề cố ý cho thừa một dữ kiện|có đề cài thêm một dữ kiện không dùng đến] để [tập gạt bỏ cái không cần|biết loại bớt thông tin thừa].",
                        "[Tôi hay đọc to vài bản tóm tắt đề của học sinh|Những bản tóm tắt đề hay và chưa đúng được tôi đọc to] [để cả lớp cùng bàn xem thiếu gì, thừa gì|cho cả lớp cùng nhận xét], [nên việc tóm tắt dần thành phản xạ trước khi đặt bút tính|vì thế tóm tắt trước khi tính dần trở thành thói quen].",
                    ),
                    (
                        "Tôi [dạy|hướng dẫn] {hs} cách \"đọc đề bằng bút chì\": mỗi câu trong đề [được tách ra bằng một gạch chéo|được đánh số thứ tự], câu nào [chứa số liệu|có con số] thì [chép số liệu ra lề vở|viết lại ra lề], câu nào là câu hỏi thì [đóng khung|kẻ khung] lại.",
                        "[Với đề|Gặp bài] \"Thùng thứ nhất có 45 lít nước mắm, thùng thứ hai ít hơn thùng thứ nhất 8 lít; hỏi cả hai thùng có bao nhiêu lít?\", [các em|học sinh] [nhận ra|phát hiện] ngay [phải tìm thùng thứ hai trước|cần tính thùng thứ hai trước đã], vì câu hỏi [nói|hỏi] \"cả hai thùng\" [chứ không phải|không phải] \"thùng thứ hai\".",
                        "[Phần tóm tắt được tôi chấm riêng|Tôi chấm riêng phần tóm tắt] [bằng một dấu tích nhỏ ở lề vở|và ghi một lời nhận xét ngắn], [nên các em coi trọng bước này chứ không làm cho có|vì vậy không em nào còn bỏ qua bước tóm tắt].",
                    ),
                )),
                ("Sử dụng sơ đồ đoạn thẳng [để|giúp {hs}] [tìm lời giải|phân tích bài toán]", (
                    (
                        "Với [các dạng toán|dạng toán] [tổng – hiệu, tổng – tỉ, hiệu – tỉ|tìm hai số], tôi [hướng dẫn|dạy] {hs} [vẽ|biểu diễn] [các đại lượng|dữ kiện] bằng [các đoạn thẳng|sơ đồ đoạn thẳng] [có độ dài tương ứng|].",
                        "[Nhìn vào sơ đồ|Quan sát sơ đồ], [các em|{hs}] [dễ dàng|nhanh chóng] [nhận ra|thấy được] [mối quan hệ|quan hệ] giữa [các đại lượng|cái đã cho và cái cần tìm] [và tìm ra|từ đó tìm ra] [phép tính|cách giải].",
                        "Ban đầu tôi [vẽ mẫu|vẽ sẵn] trên bảng, sau đó [để các em|cho {hs}] [tự vẽ|vẽ] [vào vở nháp|trên bảng con] rồi [đổi chéo kiểm tra|trình bày trước lớp].",
                        "Ví dụ, với {vd}, [nhiều em|các em] [lúng túng|không biết bắt đầu từ đâu], nhưng [khi|sau khi] [vẽ sơ đồ|biểu diễn bằng đoạn thẳng] thì [cả lớp|đa số {hs}] [đều tìm ra lời giải|giải được].",
                    ),
                    (
                        "Ngay từ lớp 2, tôi [cho|để] các em [cắt|dùng] những băng giấy màu bằng nhau [để biểu diễn|làm] \"phần\", rồi dán lên vở: [băng xanh|mảnh xanh] là số bé, [hai|ba] băng như thế là số lớn.",
                        "[Băng giấy màu dán vở được thay dần bằng đoạn thẳng có vạch chia đều|Khi đã quen dùng băng giấy, các em chuyển sang vẽ đoạn thẳng chia phần], [học sinh thấy sơ đồ chỉ là cách vẽ gọn của những băng giấy quen thuộc|nên sơ đồ đoạn thẳng không còn xa lạ].",
                        "Với bài \"Lan có 12 nhãn vở, số nhãn vở của Lan gấp ba lần của Hùng\", [cả lớp|các em] đếm đoạn trên sơ đồ và tự nói được: \"[Số nhãn vở của Hùng là một phần, của Lan là ba phần|Hùng một phần, Lan ba phần như thế]\".",
                    ),
                    (
                        "Tôi [tập trung|chú trọng] vào [dạng tìm hai số khi biết tổng và tỉ|dạng toán tổng – tỉ] ở {lop}, vì đây là [chỗ|dạng] nhiều em [sợ nhất|hay bỏ trống].",
                        "[Học sinh được|Các em được] luyện vẽ sơ đồ theo ba câu hỏi ngắn: \"Đoạn nào dài hơn?\", \"Dài hơn mấy phần?\", \"Tổng (hoặc hiệu) đặt ở đâu?\", và phải trả lời xong ba câu mới [được viết phép tính|viết lời giải].",
                        "Trong đề kiểm tra tháng 11, [có|gặp] bài \"Hai thùng có 84 lít dầu, thùng thứ nhất bằng [ba phần tư|ba phần năm] thùng thứ hai\", gần như cả lớp [đều vẽ được|tự vẽ đúng] sơ đồ và [giải|làm] đúng.",
                    ),
                    (
                        "Tôi [cắt|làm] những thanh nam châm dẻo [thành các đoạn bằng nhau|dài bằng nhau] [để gắn lên bảng từ|dùng trên bảng từ của lớp]; mỗi [đoạn|thanh] là một phần, {hs} [lên bảng|được mời lên] [gắn thêm, bớt đi, dịch chuyển|ghép, tách, xê dịch] các [đoạn|thanh] [cho khớp với đề bài|sao cho đúng với đề].",
                        "Bài \"Mẹ hơn con 28 tuổi, sau 3 năm nữa tuổi con bằng [một phần năm|hai phần chín] tuổi mẹ\" [vốn làm nhiều em bối rối|từng khiến nhiều em lúng túng], nhưng khi [dịch|đẩy] hai thanh nam châm cùng sang phải [ba ô|ba vạch], [các em|cả lớp] [thấy ngay|nhận ra] hiệu số tuổi [không thay đổi|vẫn giữ nguyên].",
                        "[Đến cuối học kì I|Sau khoảng hai tháng], nhiều em [đã tự vẽ sơ đồ trước khi đọc xong đề lần thứ hai|không cần gợi ý vẫn tự vẽ sơ đồ], [kể cả với dạng toán về tuổi vốn được coi là khó|ngay cả với bài toán tính tuổi vốn là \"nỗi sợ\" của lớp].",
                    ),
                )),
                ("Hướng dẫn {hs} giải toán theo [bốn bước|quy trình bốn bước]", (
                    (
                        "[Tôi|Giáo viên] [hình thành|xây dựng] cho {hs} [quy trình|các bước] giải toán: [tìm hiểu đề|đọc và tìm hiểu đề]; [lập kế hoạch giải|tìm cách giải]; [thực hiện|trình bày] [bài giải|lời giải]; [kiểm tra|thử lại] kết quả.",
                        "[Ở bước|Trong bước] [lập kế hoạch giải|tìm cách giải], tôi [dùng|đặt] [hệ thống câu hỏi|câu hỏi gợi mở] [đi từ câu hỏi của bài toán ngược về dữ kiện|theo hướng phân tích đi lên] [để|giúp] [các em|{hs}] [tự tìm ra|phát hiện] [phép tính|hướng giải].",
                        "[Khâu|Bước] [kiểm tra|thử lại] [thường bị|hay bị] {hs} [bỏ qua|xem nhẹ], [vì vậy|nên] tôi [yêu cầu|quy định] [mỗi bài|mọi bài giải] [phải có|đều có] [phép thử|câu trả lời đối chiếu với đề].",
                        "[Sau|Chỉ sau] {tuan} tuần [luyện tập|thực hành] theo quy trình, [phần lớn|đa số] {hs} [đã|] [trình bày lời giải|giải bài toán] [mạch lạc|rõ ràng], [đúng|chính xác] hơn.",
                    ),
                    (
                        "Tôi [viết|dán] bốn bước giải toán thành [một tấm bảng nhỏ|bốn tấm thẻ] treo cạnh bảng lớn: \"Đọc – Nghĩ – Làm – Thử\", mỗi bước kèm [hình vẽ|biểu tượng] [con mắt, bóng đèn, cây bút, dấu tích|đơn giản] để [học sinh nhỏ|các em] dễ nhớ.",
                        "[Mỗi lần chữa bài|Khi chữa bài trên bảng], tôi [hỏi \"Chúng ta đang ở bước nào của bốn bước?\"|nhắc cả lớp bài đang ở bước giải nào], [vì vậy các em biết mình đang làm gì chứ không chỉ chép lời giải|để học sinh hiểu mình đang làm gì thay vì chép máy móc].",
                        "[Ở bước kiểm tra|Riêng bước thử lại], tôi yêu cầu [mỗi em đặt một câu hỏi ngược|các em tự đặt câu hỏi ngược lại], [chẳng hạn \"Nếu mỗi bạn có 4 quyển thì 9 bạn có đủ 36 quyển không?\"|ví dụ \"Lấy số còn lại cộng số đã bán có ra số ban đầu không?\"], [nhờ vậy nhiều lỗi sai được tự phát hiện|các em tự phát hiện được không ít lỗi].",
                    ),
                    (
                        "[Ban đầu|Thời gian đầu] tôi [cho|để] {hs} giải mỗi bài theo bốn bước trên [phiếu kẻ bốn ô|tờ giấy chia bốn ô], ô nào xong thì [tô màu|đánh dấu] ô đó.",
                        "[Khi bốn bước đã thành nền nếp|Sau khoảng một tháng luyện theo bốn bước], [tôi bỏ dần phiếu kẻ ô|phiếu bốn ô được bỏ dần]; [các em chỉ ghi kí hiệu từng bước ra vở nháp|học sinh chỉ viết chữ cái đầu của mỗi bước ở lề vở] [để tự nhắc mình|như một lời tự nhắc].",
                        "Tôi nhận thấy [điều|cái] được nhiều nhất không phải là tốc độ mà là [sự bình tĩnh|tâm thế]: gặp bài lạ, các em không [ngồi im|bỏ cuộc] nữa mà [bắt đầu|mở đầu] từ việc đọc kĩ đề như đã quen.",
                    ),
                    (
                        "[Ở tiết đầu tiên|Trong buổi đầu], tôi [giải mẫu|làm mẫu] một bài bằng cách \"nghĩ thành tiếng\": [vừa làm vừa nói to|vừa giải vừa nói rõ] mình đang [đọc đề|tìm hiểu đề], [đang tìm cách giải|đang nghĩ cách làm], đang tính hay đang thử lại, để {hs} [nghe được cả quá trình|thấy được cách nghĩ] chứ không chỉ [thấy|chép] kết quả.",
                        "[Sau đó các em luyện theo cặp|Những tiết sau, học sinh làm việc theo cặp]: một em giải, [một em|em kia] làm \"thư kí\" [ghi lại|đánh dấu] bạn đã làm bước nào, [bỏ sót bước nào|quên bước nào]; [hết bài thì đổi vai|xong một bài hai bạn đổi vai cho nhau].",
                        "[Những lỗi quên đơn vị, ghi sai đáp số|Số bài bị trừ điểm vì quên đơn vị hay sai đáp số] [giảm hẳn từ giữa học kì|ít hẳn đi sau khoảng một tháng], vì bước thử lại đã [trở thành việc bắt buộc|thành thói quen] [trong mỗi bài|của cả lớp].",
                    ),
                )),
                ("Gắn bài toán với [tình huống thực tế|cuộc sống hằng ngày] của {hs}", (
                    (
                        "Tôi [thay đổi|biến đổi] [tên, số liệu|nội dung] [trong bài toán|của bài toán sách giáo khoa] [bằng|thành] [những tình huống|các sự vật] gần gũi [với các em|ở địa phương] như [số gà trong chuồng|số cây trong vườn|tiền mua đồ dùng học tập].",
                        "[Chẳng hạn|Ví dụ], thay vì [đề bài khô khan|con số trừu tượng], tôi [đưa ra|nêu] {vd} [có tên các bạn trong lớp|gắn với chính lớp {lopcn}].",
                        "Khi [bài toán|nội dung] [gần gũi|quen thuộc], {hs} [hiểu đề|nắm đề] nhanh hơn, [hào hứng|tích cực] [tham gia|phát biểu] và [thấy được|cảm nhận được] [ý nghĩa|ích lợi] của [môn Toán|việc học toán].",
                        "[Tôi còn|Ngoài ra, tôi] [giao|cho] {hs} [tự đặt đề toán|tự nghĩ ra bài toán] từ [tình huống|câu chuyện] [trong gia đình|ở nhà] rồi [đố bạn cùng bàn|trình bày trước lớp].",
                    ),
                    (
                        "Tôi [lấy|dùng] ngay số liệu của lớp làm đề toán: sĩ số {siso} em, số bạn nam, bạn nữ, số cây hoa trong [bồn hoa trước lớp|chậu cảnh ở hành lang], [tiền|số tiền] [quỹ lớp|góp mua truyện] tháng này.",
                        "Bài \"Lớp mình góp được 180 nghìn đồng, mua [mỗi cuốn truyện hết 15 nghìn|truyện giá 15 nghìn một cuốn]; hỏi mua được mấy cuốn?\" khiến các em [tranh nhau|hào hứng] giơ tay vì đó là chuyện có thật của lớp.",
                        "[Những tiết như vậy|Những bài như thế] [nhẹ nhàng|sôi nổi] hơn hẳn, [các em học chậm|cả những em ít nói] cũng [dám|mạnh dạn] phát biểu vì [hiểu|nắm] rõ tình huống.",
                    ),
                    (
                        "Vào [dịp|mùa] thu hoạch, tôi giao cho {hs} [về hỏi|hỏi] bố mẹ một con số của gia đình: số bao thóc, số con gà, số tiền [bán rau|mua phân bón], rồi ghi vào [một tờ giấy nhỏ|vở nháp].",
                        "[Trên lớp|Ở tiết luyện tập], [các nhóm ghép những con số mang từ nhà thành đề toán hai bước|từng nhóm dùng số liệu gia đình để đặt bài toán], [ví dụ \"Nhà Tuấn thu 24 bao thóc, đã bán 9 bao, số còn lại chia đều vào 3 kho\"|chẳng hạn \"Nhà Lan nuôi 35 con gà, bán 12 con, số còn lại nhốt đều vào 5 chuồng\"], [rồi đổi đề cho nhóm bạn giải|sau đó trao đề cho nhóm khác].",
                        "[Phụ huynh|Nhiều phụ huynh] [kể lại|vui vẻ cho biết] là con về nhà hay hỏi [chuyện tính toán|giá cả, cân đo] trong nhà, [đó là|đây là] điều tôi [mong muốn|hướng tới] khi đưa toán [ra khỏi|gần với] trang sách.",
                    ),
                    (
                        "Tôi [tổ chức|dành] một buổi học ở [vườn trường|sân trường], [chia lớp thành các nhóm|cho từng nhóm] [đi đếm số luống rau, số cây bàng, đo chiều dài hàng rào bằng bước chân|đo chiều dài bồn hoa, đếm ghế đá và cây xanh] rồi [ghi vào phiếu|ghi lại trên phiếu học tập].",
                        "[Trở về lớp|Quay lại lớp học], mỗi nhóm [dùng|lấy] số liệu vừa [thu được|đo đếm] để [ra đề cho nhóm bạn|đặt một bài toán cho nhóm khác], [chẳng hạn|ví dụ] \"Mỗi luống có 14 cây cải, vườn trường có 6 luống; hỏi vườn có bao nhiêu cây cải?\".",
                        "[Các em nhắc mãi|Học sinh nhớ rất lâu] những bài toán \"của vườn trường\", và [về sau|từ đó] khi [đọc|gặp] những đề dài, [nhiều em|các em] [thường tự hình dung ra cảnh thật|hay tưởng tượng ra tình huống thật] trước khi [tính|đặt bút].",
                    ),
                )),
                ("Tổ chức [trò chơi học tập|hoạt động thi đua] trong [giờ luyện tập|tiết luyện tập]", (
                    (
                        "[Cuối mỗi|Trong các] tiết luyện tập, tôi [tổ chức|dành năm phút cho] {hd} [với|gồm] [các bài toán ngắn|những câu hỏi nhanh] [về dạng toán vừa học|].",
                        "[Lớp được chia|Tôi chia lớp] thành [các đội|bốn tổ], [mỗi đội|mỗi tổ] [cử đại diện|lần lượt] [giải|trả lời] [bài toán|câu hỏi] [trên bảng|vào bảng con], [đội nào|tổ nào] [đúng và nhanh|nhiều điểm] [nhất|hơn] [được khen|sẽ thắng].",
                        "[Trò chơi|Không khí thi đua] [giúp|làm cho] [giờ học|tiết học] [bớt căng thẳng|nhẹ nhàng hơn], {hs} [chủ động|tự giác] [ôn lại|củng cố] [kiến thức|cách giải] [mà không thấy|mà không cảm thấy] [nặng nề|áp lực].",
                    ),
                    (
                        "Tôi [thiết kế|làm] trò \"Đi chợ tết\" cho tiết luyện tập: mỗi tổ được \"[100 nghìn đồng|một ví tiền]\" bằng giấy, [nhận|rút] [phiếu|thẻ] tình huống mua bán và phải [giải đúng|trả lời đúng] mới được mua hàng.",
                        "[Trong trò chơi mua bán|Ở các trò chơi có \"tiền giấy\"], [tổ nào giữ được nhiều tiền và trình bày lời giải đúng nhất sẽ thắng|đội thắng là đội vừa tiêu đúng vừa giải đúng], [các em vừa chơi vừa luyện dạng toán tìm số dư|học sinh luyện bài toán hai phép tính mà không hay biết].",
                        "Trò chơi [chỉ|chiếm] khoảng mười phút nhưng [giờ học|lớp học] [rộn ràng|vui hẳn lên], [nhiều em|mấy em] còn xin [chơi lại|cô cho chơi tiếp] vào [giờ ra chơi|buổi chiều].",
                    ),
                    (
                        "Mỗi tiết luyện tập tôi [dành|để] phần cuối cho [trò|trò chơi] \"Hộp thư [bí mật|toán học]\": một hộp giấy chứa các phong bì, mỗi phong bì là một bài toán ngắn [có lời văn|] kèm số điểm [từ 1 đến 3|khác nhau].",
                        "[Các đôi bạn|Từng cặp học sinh] [lần lượt bốc một bài toán ngắn trong hộp|rút thăm một phong bì có bài toán], [có hai phút để bàn và nói câu lời giải|được hai phút trao đổi rồi nêu lời giải]; [đôi nào đúng nhận một sticker|cặp trả lời đúng được dán một bông hoa] [lên bảng thi đua|vào bảng thành tích].",
                        "[Điều tôi thích nhất|Tôi đặc biệt thích] là các em phải [nói to|trình bày rõ] câu lời giải chứ không chỉ [đọc|nêu] con số, nhờ đó [kĩ năng diễn đạt|cách nói] của [cả lớp|học sinh] [tiến bộ|khá lên] rõ.",
                    ),
                    (
                        "Tôi [dùng|tổ chức] trò \"Rung chuông vàng\" [thu nhỏ|quy mô lớp] vào [chiều thứ Sáu|cuối mỗi tuần]: cả lớp ngồi [dưới sân|thành hàng], mỗi em một bảng con, [giải|trả lời] [tám|mười] bài toán ngắn [được đọc lần lượt|chiếu lần lượt], mỗi bài trong [ba mươi giây|nửa phút].",
                        "Em nào sai thì [phải rời sân thi đấu|tạm dừng cuộc chơi], nhưng [vẫn có thể được \"cứu\"|có cơ hội quay lại] nếu các bạn bên ngoài [giải đúng một bài cứu trợ|trả lời đúng câu hỏi phụ], [nên ai cũng theo dõi đến câu cuối cùng|vì vậy không em nào ngồi chơi].",
                        "[Sau mỗi lượt chơi|Giờ ra chơi hôm ấy], các em còn [bàn tán|tranh luận] xem câu nào khó nhất, và [đó chính là lúc|tôi nhận ra đó là lúc] cách giải được [nhắc lại|ôn lại] [một cách tự nhiên nhất|mà không cần cô yêu cầu].",
                    ),
                )),
                ("[Phân loại|Phân hóa] {hs} và [bồi dưỡng|phụ đạo] theo nhóm trình độ", (
                    (
                        "[Ngay từ đầu năm|Dựa vào kết quả khảo sát], tôi [chia|phân loại] {hs} [thành ba nhóm|theo ba mức độ]: [nhóm cần hỗ trợ, nhóm đạt chuẩn, nhóm năng khiếu|nhóm chưa hoàn thành, nhóm hoàn thành và nhóm hoàn thành tốt].",
                        "[Với mỗi nhóm|Mỗi nhóm], tôi [soạn|chuẩn bị] [phiếu bài tập|hệ thống bài tập] [riêng|có mức độ khác nhau], [từ dễ đến khó|đi từ cơ bản đến nâng cao], [để em nào cũng|sao cho mọi em đều] [làm được|có việc vừa sức].",
                        "[Những em|Các em] [học chậm|cần hỗ trợ] [được|sẽ được] [kèm thêm|hướng dẫn riêng] [vào các buổi chiều|trong tiết củng cố], [còn|trong khi] [các em|những em] [khá giỏi|năng khiếu] [được giao|làm] [bài toán mở rộng|bài nâng cao].",
                        "[Cuối mỗi tháng|Sau mỗi chủ đề], tôi [đánh giá lại|rà soát] và [điều chỉnh|chuyển] {hs} [sang nhóm|giữa các nhóm] [phù hợp|cho phù hợp với tiến bộ của các em].",
                    ),
                    (
                        "Tôi [không|tránh] chia nhóm [cố định|theo kiểu \"giỏi – yếu\"] mà [gọi tên|đặt tên] các nhóm theo [màu sắc|tên loài hoa]: nhóm Hoa Mai, nhóm Hoa Cúc, nhóm Hoa Sen, để em nào cũng [thấy|cảm thấy] thoải mái.",
                        "[Trong cùng một bài|Với mỗi bài toán], [nhóm cần hỗ trợ làm bản có sơ đồ vẽ sẵn|các em cần hỗ trợ nhận đề kèm gợi ý từng bước], [nhóm đạt chuẩn giải bài gốc|phần lớn lớp giải bài như sách], [còn nhóm khá tự đặt thêm một câu hỏi khó hơn|những em học tốt phải đặt thêm câu hỏi mở rộng].",
                        "[Sau mỗi đợt kiểm tra|Cứ hai tuần], tôi [xếp lại các nhóm|xem lại thành phần các nhóm]; [nhiều em chuyển lên nhóm cao hơn|có em được chuyển lên nhóm khó hơn] [và rất phấn khởi vì điều đó|và coi đó là phần thưởng lớn].",
                    ),
                    (
                        "Buổi chiều thứ Ba và thứ Năm, tôi [mở|tổ chức] \"góc toán\" [khoảng|trong] ba mươi phút cho [năm, sáu|vài] em còn chậm, [tập trung|chú trọng] vào việc [đọc hiểu đề|hiểu các từ \"gấp\", \"kém\", \"thêm\", \"bớt\"].",
                        "[Những em làm tốt|Các em học nhanh] [được giao \"thử thách tuần\" dán ở bảng tin|nhận thêm bài toán thử thách trên bảng tin lớp], [ai giải được thì bỏ lời giải vào hộp thư của lớp|lời giải được nộp vào hộp thư] [để cuối tuần cùng chữa|và được công bố vào thứ Sáu].",
                        "Cách chia việc như vậy [giúp|làm] [mỗi nhóm|em nào] cũng [có việc|được học] [vừa sức|đúng mức], [những em khá|các em giỏi] không [chán|phải ngồi chờ] và [em yếu|các em chậm] không bị [bỏ lại|bỏ rơi].",
                    ),
                    (
                        "Mỗi bài toán [được tôi soạn thành|tôi chia ra] ba mức: [mức một sao có số nhỏ và câu hỏi trực tiếp|bài một sao số liệu nhỏ, hỏi thẳng], [mức hai sao thêm một bước tính|bài hai sao có thêm một bước], [mức ba sao có dữ kiện ẩn|bài ba sao giấu một dữ kiện]; [học sinh tự chọn mức để bắt đầu|các em được tự chọn mức mình làm trước].",
                        "[Làm xong mức một sao|Em nào hoàn thành mức thấp] thì [lên nhận|được làm] mức tiếp theo; nhờ vậy em {ten}, [trước đây hay bỏ trống bài hai bước|vốn ngại những bài hai phép tính], [đến tháng 12 đã tự xin làm bài ba sao|cuối học kì đã giải được bài ba sao].",
                        "[Được tự chọn mức|Việc tự chọn độ khó] [khiến các em không còn|giúp các em bớt hẳn] cảm giác bị xếp vào nhóm yếu, vì [chính mình quyết định độ khó|mỗi em tự quyết định bài mình làm] chứ không phải do cô [chia|sắp xếp].",
                    ),
                )),
                ("Rèn kĩ năng [viết câu lời giải|đặt câu lời giải] [đúng và gọn|rõ ràng] cho {hs}", (
                    (
                        "[Nhiều em|Không ít em] tính đúng nhưng [viết|đặt] câu lời giải [lủng củng|sai], chẳng hạn \"Số bao gạo là:\" trong khi đề hỏi số ki-lô-gam; [vì vậy|do đó] tôi [dành riêng|tách riêng] thời gian rèn khâu này.",
                        "Tôi [dạy|hướng dẫn] các em [cách|mẹo] \"mượn lời câu hỏi\": [lấy|dựa vào] câu hỏi của đề, bỏ chữ \"hỏi\", \"bao nhiêu\", thêm chữ \"là\", ví dụ \"Hỏi cửa hàng còn lại bao nhiêu mét vải?\" thành \"Số mét vải cửa hàng còn lại là:\".",
                        "Với bài hai bước, các em [phải|cần] [tự hỏi|nghĩ] \"Phép tính thứ nhất tìm ra cái gì?\" rồi mới [viết|đặt] câu lời giải thứ nhất, [tránh|không còn] tình trạng chép [lặp|trùng] hai câu lời giải giống nhau.",
                    ),
                    (
                        "Tôi [sưu tầm|gom] những câu lời giải [sai|chưa đúng] [trong bài làm|từ vở] của chính lớp (đã [che|giấu] tên) và [in ra|chép lên bảng phụ], mỗi tuần một lần [cả lớp|các em] cùng \"làm bác sĩ\" [chữa|sửa] câu.",
                        "[Ví dụ|Chẳng hạn], câu \"Số học sinh là: 32 + 5 = 37 (quyển)\" được [các em|học sinh] phát hiện ngay [chỗ sai|lỗi] ở đơn vị, [và|rồi] [tự|] sửa thành \"Số quyển vở là:\".",
                        "Ngoài ra, tôi [khuyến khích|cho phép] mỗi em [có|viết] [nhiều cách|hai cách] đặt câu lời giải [khác nhau|miễn là đúng ý], [miễn|chỉ cần] [đúng|rõ] [nghĩa|đại lượng] cần tìm, để các em không [học thuộc|máy móc] một khuôn [duy nhất|cứng nhắc].",
                    ),
                    (
                        "Với lớp [1 và 2|nhỏ], tôi bắt đầu [bằng|từ] việc [nói miệng|trả lời miệng] câu lời giải [theo cặp|với bạn bên cạnh] trước khi viết: một em hỏi \"Bạn tìm gì?\", em kia trả lời \"Mình tìm số quả cam còn lại\".",
                        "[Câu trả lời miệng ấy chính là câu lời giải|Thực ra câu nói \"Mình tìm số quả cam còn lại\" đã là câu lời giải], [các em chỉ cần viết lại và thêm chữ \"là\" cùng dấu hai chấm|học sinh chỉ việc chép ra và thêm \"là:\"].",
                        "[Bảng tin lớp|Góc học tập] [có|dán] một [tờ giấy to|tấm bìa] \"[Câu lời giải hay trong tuần|Câu lời giải của tuần]\" ghi tên em [viết|đặt] câu [hay nhất|gọn nhất]; [phần thưởng|món quà] chỉ là [tấm thẻ|tràng pháo tay] nhưng các em [rất|hết sức] thích.",
                    ),
                    (
                        "Tôi [lập|cùng] {hs} [một bảng|làm một bảng] những [từ khóa|cụm từ] hay gặp ở câu hỏi như \"còn lại\", \"tất cả\", \"mỗi\", \"nhiều hơn\", rồi [cả lớp tìm cách viết câu lời giải|các em tập đặt câu lời giải] [tương ứng với từng từ|cho mỗi trường hợp].",
                        "Khi chấm vở, tôi chỉ [khoanh|đánh dấu] những câu lời giải [lệch với|không khớp với] phép tính bên dưới, [ví dụ|như] \"Số hoa của Lan là:\" mà phép tính lại cộng số hoa của cả hai bạn, rồi để [các em|em đó] [tự tìm chỗ lệch và sửa|tự phát hiện và sửa lại].",
                        "[Sau một học kì|Đến giữa năm], câu lời giải trong vở [gọn và đúng hơn hẳn|ngắn gọn, sát nghĩa hơn], [có em còn|nhiều em còn] [nhắc bạn cùng bàn|nhắc nhở bạn bên cạnh] khi thấy câu lời giải [lủng củng|chưa ổn].",
                    ),
                )),
                ("[Khuyến khích|Hướng dẫn] {hs} [giải bài toán bằng nhiều cách|tìm cách giải khác] và [so sánh|chọn] cách [hay nhất|ngắn gọn nhất]", (
                    (
                        "[Sau khi|Khi] cả lớp [đã|] giải xong một bài, tôi [hỏi thêm|đặt câu hỏi]: \"Còn ai có cách khác không?\" và [dành|chừa] thời gian để [các em|{hs}] [trình bày|lên bảng] [cách làm của mình|cách riêng].",
                        "Với bài \"Một [mảnh vườn|thửa ruộng] hình chữ nhật có chu vi 56 m, chiều dài hơn chiều rộng 4 m\", có em [tìm|tính] nửa chu vi trước, có em [vẽ sơ đồ|thử chọn], tôi [cho|để] cả lớp [đối chiếu|so sánh] xem cách nào [nhanh|gọn] hơn.",
                        "[Các em khá|Những em học tốt] [rất thích|hứng thú với] [phần này|việc này] vì được [thể hiện|khẳng định] mình, còn [các em chậm|em học chậm] [thì|lại] [có thêm|hiểu thêm] một [con đường|cách nghĩ] [dễ hiểu hơn|phù hợp với mình].",
                    ),
                    (
                        "Tôi [lập|dán] trên [bảng tin|tường lớp] mục \"Bài toán nhiều lời giải\", mỗi tuần [đưa|đăng] một bài và [ghi|dán] tên các em [tìm được|nghĩ ra] cách giải [mới|khác] bên cạnh.",
                        "[Có tuần|Đã có lần] [một bài quen thuộc như \"tính tuổi hai bố con\"|bài toán tính tuổi] [có tới bốn cách giải do chính các em tìm ra|được học sinh giải theo bốn cách khác nhau], [trong đó có cách của một em vốn rất sợ môn Toán|kể cả cách của em {ten} vốn ngại phát biểu].",
                        "[Việc|Hoạt động] này giúp [học sinh|các em] hiểu rằng [toán không chỉ có một đáp số|không có \"cách của cô\" duy nhất], [điều|việc] quan trọng là [lập luận|suy nghĩ] [có căn cứ|đúng].",
                    ),
                    (
                        "[Ở|Trong] [tiết ôn tập|các tiết ôn] cuối chương, tôi [chọn|đưa ra] [ba bài|một vài bài] [quen thuộc|đã làm] và [yêu cầu|đố] các nhóm tìm [thêm|ít nhất] một cách giải [mới|khác với sách].",
                        "[Các nhóm viết lời giải lên giấy A0|Lời giải của mỗi nhóm được viết lên giấy khổ lớn], [rồi đi vòng quanh lớp đọc bài của nhau|cả lớp đi một vòng xem bài các nhóm] [và dán hình trái tim vào cách mình thấy hay nhất|và bình chọn cách giải hay nhất].",
                        "[Qua|Nhờ] [hoạt động|việc] này, [các em|{hs}] [nhớ|hiểu] bài [lâu hơn|sâu hơn] vì [đã|phải] [nhìn|xem xét] một [bài toán|vấn đề] từ nhiều [phía|hướng], [không|chứ không] [làm|giải] [theo lối mòn|theo quán tính].",
                    ),
                    (
                        "Mỗi tháng lớp có một tiết \"[Thám tử toán học|Ai nhanh trí hơn]\": cả lớp chỉ [làm|giải] một bài toán nhưng mỗi nhóm phải [tìm|nghĩ ra] [một cách giải khác|lời giải khác] với [các nhóm đã trình bày trước|những nhóm lên trước].",
                        "Với bài \"Có 5 con vừa gà vừa chó, đếm được 14 chân\", [có nhóm vẽ hình rồi thêm chân dần|một nhóm vẽ năm vòng tròn rồi gắn chân], [có nhóm lập bảng thử chọn|nhóm khác thử lần lượt từng trường hợp], còn một nhóm [giả sử|tưởng tượng] cả năm con đều là gà rồi [so số chân thừa ra|tính số chân bị thiếu].",
                        "[Điều đáng quý là|Tôi bất ngờ khi thấy] [những em tính chậm|các em ngại tính toán] lại hay nghĩ ra cách giải bằng hình vẽ [rất độc đáo|rất sáng tạo], nên các em [tự tin hơn hẳn|mạnh dạn hơn nhiều] trong giờ Toán.",
                    ),
                )),
                ("[Sử dụng|Khai thác] đồ dùng trực quan và [sắm vai|đóng vai] tình huống [với bài toán|trong giờ giải toán]", (
                    (
                        "[Với|Đối với] [học sinh lớp 1, lớp 2|các em nhỏ], tôi [đưa|mang] [đồ vật thật|vật thật] vào lớp: [quả táo nhựa, bó que tính, hộp bút|bút chì, vở, kẹo] để [các em|{hs}] [cầm|thao tác] và [thấy|hiểu] [phép thêm, bớt|ý nghĩa của phép tính].",
                        "[Ví dụ|Chẳng hạn] với bài \"Trên cành có 9 con chim, 4 con bay đi\", tôi [gắn|dán] [chín hình chim bằng giấy|hình chim] lên bảng, [mời|gọi] một em lên [gỡ|lấy] bớt bốn con, cả lớp đếm số còn lại rồi mới [viết|nêu] phép tính.",
                        "[Khi|Lúc] [các em|học sinh] đã [hiểu|quen], đồ vật [được|] [thay dần|thay] bằng [hình vẽ|chấm tròn], rồi bằng sơ đồ, [để|nhằm] [dẫn|đưa] các em [đi|chuyển] từ [cụ thể|trực quan] sang [trừu tượng|tư duy].",
                    ),
                    (
                        "Tôi [tổ chức|dựng] [góc|mô hình] \"cửa hàng [tạp hóa|văn phòng phẩm]\" ở cuối lớp với [những|các] món hàng [làm bằng bìa|bằng giấy] [có|ghi] giá [tiền|] [từ 2 000 đến 20 000 đồng|dưới 20 nghìn đồng].",
                        "[Trong tiết luyện tập|Ở tiết giải toán], [từng cặp sắm vai người bán và người mua|học sinh đóng vai mua bán theo cặp], [người mua phải đặt ra bài toán|người mua nêu thành bài toán] [như \"Em mua hai quyển vở, mỗi quyển 6 000 đồng, đưa 20 000 đồng; cô trả lại bao nhiêu?\"|kiểu \"Mua ba cây bút giá 4 000 đồng một cây thì hết bao nhiêu tiền?\"].",
                        "[Những giờ học có sắm vai|Cách học qua tình huống mua bán] [giúp các em thấy bài toán chỉ là chuyện đời thường|khiến học sinh thấy bài toán gần gũi], [nên không còn ngại những đề dài|nên bớt sợ các đề có nhiều chữ].",
                    ),
                    (
                        "[Lớp|{lopcn}] [có|được trang bị] [một bộ|bộ] [đồ dùng|mô hình] [tự làm|bằng bìa] gồm [các băng giấy chia phần|đồng hồ giấy, cân đĩa giấy, thước dây], tôi [dùng|sử dụng] [chúng|bộ này] [cho|khi dạy] [các bài|bài toán] về [thời gian, khối lượng, độ dài|đo lường].",
                        "[Với bài \"Mẹ đi chợ lúc 7 giờ 15 phút, về lúc 8 giờ\"|Ở bài tính khoảng thời gian], [các em quay kim chiếc đồng hồ giấy để đếm thời gian đi|học sinh dùng đồng hồ bằng bìa để đếm số phút], [nhờ vậy hiểu vì sao phải làm phép trừ|rồi mới viết phép tính].",
                        "[Đồ dùng|Bộ đồ dùng] [được cất|để] [ở|trong] [hộp|tủ] [cuối lớp|của lớp], [em nào|ai] [cần|muốn] [đều có thể|có thể] [lấy ra|mang ra] [dùng|tự kiểm tra] [khi làm bài|trong giờ tự học].",
                    ),
                    (
                        "Tôi [chuyển|biến] một số bài toán [trong sách|có lời văn] thành [tiểu phẩm|màn kịch] ngắn [chừng hai phút|chỉ vài phút], [chẳng hạn|ví dụ] bài chia đều bánh cho các bạn [trong buổi sinh nhật|trong ngày hội của lớp].",
                        "[Ba, bốn em|Vài em] [đóng vai|nhập vai] chủ nhà và khách, [vừa diễn vừa nêu các con số|vừa diễn vừa đưa ra dữ kiện]; [các bạn ngồi dưới|cả lớp] xem xong phải [kể lại đề bài bằng lời của mình|viết lại đề bài ra nháp] rồi mới [giải|tính].",
                        "Những bài toán [từng được \"diễn\"|đã được dựng thành kịch] thường là bài các em làm tốt nhất [khi kiểm tra|trong bài kiểm tra], vì [đã hình dung rõ|đã tận mắt thấy] [chuyện gì xảy ra|điều gì diễn ra] trong đề.",
                    ),
                )),
                ("Hệ thống [các dạng toán điển hình|dạng toán] [bằng|qua] sổ tay [toán học|giải toán] [của|cho] {hs}", (
                    (
                        "[Ở|Với] {lop}, [mỗi khi|khi] [học xong|kết thúc] một dạng toán [như|chẳng hạn] [rút về đơn vị, tìm trung bình cộng, tổng – hiệu|trung bình cộng, tổng – tỉ, hiệu – tỉ], tôi [cùng|hướng dẫn] các em [ghi|tóm tắt] [vào|lên] [một trang|trang riêng] của [sổ tay|cuốn sổ nhỏ].",
                        "[Mỗi trang sổ tay dạng toán|Trang ghi của mỗi dạng toán] [gồm \"Dấu hiệu nhận ra\", \"Các bước giải\" và \"Một bài mẫu\"|có ba mục: dấu hiệu, cách giải, bài mẫu], [được các em trang trí theo cách riêng|và do từng em tự trình bày].",
                        "[Trước mỗi bài kiểm tra|Trước các bài kiểm tra], [các em mở sổ tay dạng toán ra ôn lại|học sinh đọc lại sổ ghi các dạng toán]; [có em còn mang sổ về nhà đố bố mẹ|vài em còn dùng sổ để đố người thân].",
                    ),
                    (
                        "Tôi [tổng hợp|soạn] [một bảng|bảng] [so sánh|đối chiếu] [các dạng toán|những dạng toán] [dễ nhầm|hay bị lẫn] như \"tổng – tỉ\" và \"hiệu – tỉ\", \"gấp lên\" và \"thêm vào\", [in|phát] cho mỗi em [dán|kẹp] [vào cuối vở|trong vở].",
                        "[Bảng so sánh các dạng dễ nhầm|Trong bảng đối chiếu các dạng toán] [có một ví dụ ngắn cho mỗi dạng|mỗi dạng kèm một ví dụ] và câu hỏi \"[Khác nhau ở đâu?|Em nhận ra bằng cách nào?]\" [để các em tự trả lời bằng lời của mình|để học sinh tự điền theo cách hiểu riêng].",
                        "[Khi|Lúc] [ôn tập|làm đề tổng hợp] [cuối học kì|cuối năm], [các em|học sinh] [nhận dạng|xác định dạng] [nhanh|đúng] hơn [trước|hẳn], [số|lượng] [bài|em] [nhầm dạng|chọn sai cách giải] [giảm|ít] [rõ|đi nhiều].",
                    ),
                    (
                        "[Thay vì|Không] [cho|để] [các em|học sinh] [chép|ghi] [lí thuyết|công thức] [từ bảng|có sẵn], tôi [để|cho] [từng nhóm|các nhóm] [tự|] [xây dựng|làm] [một|] [trang|tờ] \"[hồ sơ dạng toán|thẻ dạng toán]\" [sau|cuối] [mỗi|từng] [chủ đề|chương].",
                        "[Các nhóm thi làm \"thẻ dạng toán\" rõ ràng nhất|Tôi tổ chức cho các nhóm thi làm tờ hồ sơ dạng toán]; [những tờ đẹp được đóng thành \"Cẩm nang giải toán của {lopcn}\"|các tờ đạt được gộp thành cuốn sổ tay toán học của lớp].",
                        "[Cuốn cẩm nang do lớp tự làm|Tập sổ tay toán học của lớp] [được đặt ở góc học tập|để ở thư viện lớp], [các em mượn đọc nhiều lần|học sinh đọc lại thường xuyên] [và tự hào vì đó là sản phẩm của chính mình|và rất quý vì đó là công sức của cả lớp].",
                    ),
                    (
                        "Tôi [hướng dẫn|gợi ý] {hs} vẽ \"cây dạng toán\" trên một tờ giấy [A3|khổ lớn]: thân cây là [mạch|chủ đề] giải toán có lời văn, mỗi cành là một dạng, mỗi chiếc lá là một bài [mẫu|đã giải].",
                        "[Mỗi khi học thêm một dạng|Học xong dạng nào], các em [vẽ thêm|mọc thêm] một cành, ghi [dấu hiệu nhận biết|cách nhận ra dạng toán] [bằng bút màu|lên cành] và [chép|dán] [một bài tiêu biểu|một bài mẫu] vào chiếc lá.",
                        "[Đến tháng Tư|Gần cuối năm], cây của mỗi em đã có [gần mười cành|tám, chín cành]; các em ôn tập bằng cách [nhìn cây|xem lại cây] rồi [kể cho bạn nghe|giải thích cho nhau] từng dạng toán.",
                    ),
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
                    (
                        "Tôi [cho|yêu cầu] {hs} [gấp|cắt] [tờ giấy hình chữ nhật|băng giấy] [thành các phần bằng nhau|làm bốn phần bằng nhau] rồi [tô màu|đánh dấu] [một số phần|ba phần] để [hiểu|nhận biết] [ý nghĩa|tử số và mẫu số] [của phân số|].",
                        "[Các em|{hs}] [được|tự] [chia|cắt] [chiếc bánh giấy|hình tròn] [thành các phần|thành tám phần bằng nhau] và [đọc|viết] phân số [tương ứng|chỉ phần đã lấy].",
                        "[Nhờ|Thông qua] [thao tác trực tiếp|việc tự tay làm], {hs} [không học thuộc máy móc|hiểu bản chất] [mà hiểu|của] [tử số|mẫu số] [một cách tự nhiên|rõ ràng].",
                        "[Tôi|Giáo viên] [chuẩn bị|làm] {dc} [có|với] [nhiều màu sắc|kích thước khác nhau] [để|giúp] {hs} [so sánh|quan sát] [các phân số|].",
                    ),
                    (
                        "Tôi phát cho mỗi em [một chiếc bánh giấy|một tấm bìa hình tròn] chia sẵn tám phần, [yêu cầu|đề nghị] tô màu ba phần rồi [nói|viết] tên phần đã tô: \"ba phần tám\"; từ đó các em tự [gọi tên|nêu] tử số và mẫu số.",
                        "Khi học phân số bằng nhau, {hs} gấp đôi [một băng giấy|tờ giấy màu] đã tô [một phần hai|nửa], [gấp tiếp|rồi gấp thêm] một lần nữa và [đếm|nhận ra] hai phần tư, bốn phần tám vẫn là [phần tô màu đó|cùng một phần].",
                        "[Chỉ sau khi|Khi] các em đã [nhìn thấy|làm được] bằng tay, tôi mới [viết|nêu] tính chất cơ bản của phân số lên bảng, [nên|vì thế] các em [hiểu|nhớ] chứ không [học vẹt|thuộc lòng].",
                    ),
                    (
                        "[Tôi|Giáo viên] mang [một quả cam thật|một chiếc bánh chưng nhỏ] vào lớp và [chia|bổ] thành bốn phần bằng nhau [trước mặt|cho cả lớp nhìn], rồi hỏi: \"[Nếu Lan ăn một miếng|Một bạn lấy một phần] thì bạn ấy ăn mấy phần của quả cam?\".",
                        "[Bài học|Tiết học] [tiếp tục|đi tiếp] với [que tính|hình vuông] [chia ô|kẻ ô], {hs} [tô màu|xếp] để [biểu diễn|thể hiện] các phân số [như|] 2/5, 3/10 [theo yêu cầu|do bạn đọc].",
                        "[Những|Các] [vật quen thuộc|đồ vật hằng ngày] [khiến|làm] [các em|{hs}] [thấy|hiểu] phân số [không phải là|không chỉ là] [con số khó hiểu|hai con số với một gạch ngang] mà là [một phần|phần chia] của [những thứ|đồ vật] các em [vẫn thấy|quen thuộc].",
                    ),
                )),
                ("Hướng dẫn [quy đồng mẫu số|rút gọn phân số] [theo các bước|bằng sơ đồ tư duy]", (
                    (
                        "Tôi [lập|xây dựng] [sơ đồ tư duy|bảng ghi nhớ] [các bước quy đồng mẫu số|các bước rút gọn phân số] [và dán|dán] [ở góc học tập|trên tường lớp học] [để|cho] {hs} [tra cứu|xem lại] [khi cần|khi làm bài].",
                        "[Khi rút gọn|Với bài rút gọn], [các em|{hs}] [được hướng dẫn|được nhắc] [tìm|thử chia] [cả tử số và mẫu số|tử và mẫu] [cho các số 2, 3, 5|cho cùng một số lớn hơn 1] [lần lượt|đến khi] [không chia được nữa|được phân số tối giản].",
                        "[Tôi|Giáo viên] [lưu ý|chỉ ra] [những lỗi|các lỗi] [thường gặp|hay mắc] như [chỉ nhân mẫu số mà quên nhân tử số|cộng cả tử số với tử số, mẫu số với mẫu số] để {hs} [tránh|không lặp lại].",
                        "[Các bài tập|Bài luyện tập] [được sắp xếp|được thiết kế] [từ quy đồng hai phân số có mẫu số chia hết cho nhau|từ dạng đơn giản] [đến|rồi tới] [các trường hợp phức tạp|dạng tổng hợp].",
                    ),
                    (
                        "Khi dạy quy đồng, tôi [đưa|nêu] [mẹo|câu hỏi] \"tìm mẫu chung nhỏ nhất\": [trước hết|đầu tiên] [thử|kiểm tra] xem mẫu lớn có chia hết cho mẫu bé không, nếu có thì [lấy luôn|chọn ngay] mẫu lớn làm mẫu chung.",
                        "Với các cặp như 2/3 và 5/6, 3/4 và 7/12, {hs} [nhận ra|thấy] [chỉ cần|chỉ phải] [nhân|quy đồng] một phân số, bài giải [gọn|ngắn] hơn hẳn so với [nhân chéo|nhân hai mẫu số với nhau].",
                        "Tôi [in|làm] [thẻ|bảng] [ghi nhớ|tóm tắt] các bước quy đồng [dán|kẹp] [ở bìa vở|trong vở], [những em|em nào] còn [quên|lúng túng] có thể [mở ra|nhìn vào] mà không cần hỏi.",
                    ),
                    (
                        "Rút gọn phân số [được|] [tôi dạy|hướng dẫn] qua [trò|hoạt động] \"[chia đều|tìm ước chung]\": {hs} [liệt kê|viết] các số cùng chia hết cả tử và mẫu rồi chọn số lớn nhất [để chia|để rút gọn một lần].",
                        "[Em nào|Các em] chưa [tìm được|nhìn ra] số lớn nhất thì [rút gọn|chia] [nhiều lần|từng bước] bằng 2, 3, 5 [cho đến khi|tới khi] [không chia được nữa|phân số tối giản], [miễn là|chỉ cần] [kết quả|cuối cùng] đúng.",
                        "[Tôi nhắc|Tôi nhấn mạnh] [với|cho] cả lớp: kết quả [cuối cùng|của phép tính] [luôn|phải] [là|được đưa về] phân số tối giản, [và|nên] [mỗi bài|bài nào] [cũng có|đều có] [một dòng|bước] [kiểm tra|rút gọn] [trước khi|rồi mới] [viết đáp số|kết luận].",
                    ),
                )),
                ("Tổ chức [trò chơi|hoạt động] [\"Ghép đôi phân số bằng nhau\"|thi \"Ai nhanh hơn\" với thẻ phân số]", (
                    (
                        "Tôi [làm|chuẩn bị] [bộ thẻ|các thẻ] [ghi phân số|có phân số] [bằng bìa màu|bằng giấy cứng], [mỗi|một] {hs} [nhận|bốc] [một thẻ|ngẫu nhiên một thẻ].",
                        "[Khi có hiệu lệnh|Khi nghe tiếng nhạc], [các em|{hs}] [tìm|đi tìm] [bạn có|bạn giữ] [phân số bằng|phân số bằng với] phân số [của mình|trên thẻ của mình] [để|rồi] [ghép đôi|đứng thành cặp].",
                        "[Cặp nào|Đôi nào] [ghép đúng|tìm nhanh và đúng] [được|sẽ được] [cộng điểm|tặng sao thi đua]; [cặp nào sai|nếu sai] [phải|thì] [giải thích|nêu cách kiểm tra] [trước lớp|].",
                        "[Hoạt động|Trò chơi] [giúp|tạo điều kiện cho] {hs} [vận động|di chuyển], [ghi nhớ|củng cố] [tính chất cơ bản của phân số|cách tìm phân số bằng nhau] [một cách nhẹ nhàng|mà không nhàm chán].",
                    ),
                    (
                        "[Tôi|Giáo viên] [làm|chuẩn bị] [bộ thẻ|hai bộ thẻ] phân số [bằng bìa màu|in màu], [mỗi bộ|mỗi tổ] [khoảng|gồm] hai mươi thẻ; trò chơi \"[Tìm bạn|Bắt cặp]\" [diễn ra|được tổ chức] [ngay|ở] [sân trường|giữa lớp].",
                        "[Mỗi em|Mỗi học sinh] [cầm|nhận] một thẻ, khi nghe [hiệu lệnh|tiếng trống] thì [chạy|đi] tìm bạn [có|cầm] phân số bằng [phân số của mình|với mình], [cặp nào|đôi nào] [đứng cạnh nhau|tìm được] [nhanh|trước] và [giải thích|nói] [đúng|được lí do] thì thắng.",
                        "Trò chơi [chỉ|] [kéo dài|mất] [bảy, tám phút|chừng mười phút] nhưng [các em|{hs}] [luyện|nhẩm] [được|] [rất nhiều|hàng chục] lần [rút gọn|quy đồng] [trong đầu|một cách tự nhiên].",
                    ),
                    (
                        "Trò chơi \"[Ai nhanh hơn|Tiếp sức phân số]\" [dùng|với] [những|các] [tấm thẻ|phiếu] ghi phân số và [dấu|ô] so sánh [để trống|bỏ trống]; [từng em|các em] [trong|của] [tổ|đội] [lần lượt|thay nhau] [chạy lên|lên bảng] [điền|gắn] dấu [lớn hơn, bé hơn, bằng|>, <, =].",
                        "[Đội|Tổ] nào [điền đúng|gắn đúng] [nhiều|hết] [thẻ|ô] [trước|nhanh nhất] [được|sẽ được] [thưởng|cộng điểm thi đua], [đội|tổ] [có|mắc] [lỗi|sai] [phải|thì] [giải thích|nói lại] [cách làm đúng|cho cả lớp nghe].",
                        "[Ngay cả|Cả] [những em|các em] [vốn|thường] [ngại|sợ] [phân số|môn Toán] [cũng|] [hăng hái|nhiệt tình] [tham gia|chạy lên bảng], [giờ học|tiết luyện tập] [sôi nổi|rộn ràng] [hẳn|hơn hẳn].",
                    ),
                )),
                ("Liên hệ phân số với [tình huống thực tế|đo lường và tiền tệ]", (
                    (
                        "[Tôi|Giáo viên] [đưa|lồng ghép] [các tình huống|ví dụ] như [chia bánh trong bữa tiệc sinh nhật|chia đoạn dây thành các phần|tính phần quãng đường đã đi] [vào bài học|để minh họa].",
                        "{hs} [được|tự] [đo|dùng thước đo] [chiều dài|độ dài] [bàn học|quyển vở] [và biểu diễn|rồi viết] [kết quả|] [dưới dạng|bằng] phân số [của mét|].",
                        "[Những ví dụ|Các tình huống] [gắn với đời sống|gần gũi] [giúp|làm] {hs} [thấy|cảm nhận] phân số [không xa lạ|có ích] và [ghi nhớ|hiểu] [lâu hơn|sâu hơn].",
                    ),
                    (
                        "Tôi [dùng|lấy] [tờ lịch|quyển lịch] [để|giúp] {hs} [hiểu|thấy] \"một tuần là 1/4 tháng\", \"một quý là 1/4 năm\", [rồi|sau đó] [cho|để] các em [tìm|nêu] [thêm|những] ví dụ [ở|trong] [đồng hồ|giờ giấc]: 15 phút là 1/4 giờ, nửa giờ là 1/2 giờ.",
                        "Bài [tập|toán] \"[Mẹ mua 2 kg đường, đã dùng 3/4 số đường để làm mứt|Nhà Nam có 24 con gà, đã bán 3/8 số gà]\" [được|] [đưa vào|đặt ra] [ngay|] [sau đó|sau phần ví dụ], [các em|{hs}] [giải|làm] [hứng thú|dễ dàng] vì [đã|có] [hình dung|liên tưởng] [được|rõ] [tình huống|sự việc].",
                        "[Qua|Sau] [tiết học|bài học], [nhiều em|các em] [nói|kể] [với|cho] [tôi|cô] [những|các] [phân số|chỗ có phân số] [các em|mình] [thấy|gặp] [trong|ở] [bữa cơm|gian bếp] [của|ở] [nhà|gia đình], [như|chẳng hạn] \"[nửa bát cơm|một phần ba quả dưa]\".",
                    ),
                    (
                        "[Tôi|Giáo viên] [tổ chức cho|cho] {hs} [làm|thực hiện] [một|] [\"dự án nhỏ\"|hoạt động] \"[Chia bánh sinh nhật|Bữa tiệc của lớp]\": mỗi nhóm [được|nhận] [một|] [chiếc bánh|hình tròn] [bằng giấy|bằng bìa] và [phải|cần] chia [cho|sao cho] [các bạn|số bạn] [trong nhóm|của nhóm] [theo|với] [yêu cầu|điều kiện] [khác nhau|cho trước].",
                        "[Ví dụ|Chẳng hạn], nhóm [năm|sáu] bạn [muốn|cần] [để lại|giữ] [một phần|1/6] [cho cô giáo|mời cô], [các em|{hs}] [phải|cần] [tính|tìm] [mỗi bạn|mỗi người] [được|nhận] [mấy phần|phân số nào] của chiếc bánh.",
                        "[Các nhóm|{hs}] [trình bày|giải thích] [cách chia|kết quả] [trước lớp|trên bảng], [có nhóm|nhóm nào] [chia|làm] [sai|chưa đều] [thì|sẽ] [được|] [các bạn|nhóm khác] [góp ý|sửa], [ai|em nào] [cũng|đều] [nhớ|hiểu] [lâu|bài].",
                    ),
                )),
                ("Rèn kĩ năng [so sánh phân số|cộng, trừ phân số] qua [bài tập phân hóa|phiếu học tập]", (
                    (
                        "[Tôi|Giáo viên] [thiết kế|soạn] [phiếu học tập|phiếu bài tập] [ba mức|theo ba mức độ]: [nhận biết|làm theo mẫu], [vận dụng|thực hành] và [vận dụng cao|bài tập mở rộng].",
                        "[Với|Đối với] [phần so sánh|việc so sánh phân số], [các em|{hs}] [được|] [hướng dẫn|luyện] [nhiều cách|các cách]: [quy đồng mẫu số|quy đồng tử số], [so sánh với 1|so sánh qua phân số trung gian].",
                        "[Sau mỗi phiếu|Mỗi khi hoàn thành phiếu], {hs} [tự chấm|đổi phiếu cho bạn chấm] [theo đáp án|] và [ghi|tô màu] [số câu đúng|kết quả] [vào bảng theo dõi|vào biểu đồ tiến bộ của mình].",
                    ),
                    (
                        "Phiếu luyện so sánh phân số [của tôi|tôi soạn] [có|gồm] ba [phần|cột] [với|theo] [độ khó|mức độ] [tăng dần|khác nhau]: [cùng mẫu số|cột một so sánh cùng mẫu], [cùng tử số|cột hai cùng tử], [khác cả tử và mẫu|cột ba phải quy đồng hoặc so sánh với 1].",
                        "{hs} [làm|hoàn thành] [xong|hết] [cột một|phần một] [mới|thì mới] [chuyển|sang] [cột hai|phần hai]; [những em|các em] [nhanh|làm nhanh] [có thêm|được làm] [câu|bài] \"[thử thách|vượt khó]\" [sắp xếp|xếp] [năm|sáu] phân số [theo thứ tự|từ bé đến lớn].",
                        "[Nhờ|Với] [phiếu|cách chia bậc] [như vậy|này], [em|bạn] [nào|] [cũng|đều] [hoàn thành|làm được] [ít nhất|tối thiểu] [phần cơ bản|cột một, cột hai], [không|chẳng] [em nào|bạn nào] [phải|] [bỏ trống|ngồi không] [cả tiết|trong giờ].",
                    ),
                    (
                        "[Với|Ở] [phép cộng, trừ phân số|các phép tính với phân số], tôi [chia|xếp] {hs} [thành|vào] [ba|các] [nhóm|đội] [theo|dựa trên] [kết quả|bài] [kiểm tra|khảo sát] [đầu chương|đầu chủ đề] và [giao|phát] [phiếu|bài] [khác màu|riêng] [cho|theo] [từng|mỗi] nhóm.",
                        "[Nhóm|Phiếu] [màu xanh|đầu tiên] [chỉ có|gồm] [phép tính|bài] [cùng mẫu số|đơn giản], [nhóm|phiếu] [màu vàng|thứ hai] [phải|có] [quy đồng|bài cần quy đồng], [nhóm|phiếu] [màu đỏ|thứ ba] [có|là] [bài toán|bài] [có lời văn|nhiều bước] [với|về] [phân số|].",
                        "[Cuối mỗi tuần|Sau mỗi chủ đề], [em nào làm đúng hết phiếu của nhóm mình|bạn nào hoàn thành tốt phiếu cùng màu] [sẽ được chuyển lên nhóm tiếp theo|được lên phiếu màu cao hơn], [nhiều em rất phấn khởi vì điều đó|các em coi đó là một niềm tự hào].",
                    ),
                )),
                ("Sử dụng trục số và băng giấy [chia phần|bằng nhau] [khi|để] so sánh phân số", (
                    (
                        "[Tôi|Giáo viên] [vẽ|kẻ] [một|] trục số [dài|từ 0 đến 1] [trên|lên] [bảng phụ|tấm bìa dài] và [chia|đánh dấu] [thành|các] [phần|khoảng] [bằng nhau|đều nhau] [theo|với] [các|những] mẫu số [2, 4, 8|3, 6, 12], {hs} [gắn|dán] [thẻ|các thẻ] phân số [vào|lên] [đúng vị trí|chỗ thích hợp].",
                        "[Nhìn vào|Quan sát] [trục số|các vị trí trên trục], [các em|{hs}] [thấy|nhận ra] [ngay|dễ dàng] [phân số|số] [nào|nằm] [bên phải|gần 1] [thì|là] [lớn hơn|lớn hơn các số bên trái], [và|còn] [hai|các] phân số [trùng|nằm cùng một] [điểm|vị trí] [là|thì] [bằng nhau|phân số bằng nhau].",
                        "^[Trục số|Tấm bìa trục số] [được|] [treo|để] [ở|trên] [tường|bảng tin] [suốt|trong] [cả|] [chương|chủ đề] [phân số|], [em nào|các em] [quên|chưa chắc] [có thể|vẫn có thể] [lên|đến] [xem|đối chiếu] [lại|] [bất cứ lúc nào|trong giờ ra chơi].",
                    ),
                    (
                        "[Mỗi|Từng] [em|{hs}] [có|được phát] [một|] [bộ|túi] [băng giấy|dải giấy] [dài bằng nhau|cùng chiều dài] [có|đã] [chia|kẻ] [sẵn|] [thành|làm] [2, 3, 4, 6, 8 phần|các phần khác nhau], [mỗi|từng] [loại|băng] [một màu|một màu riêng].",
                        "[Khi|Lúc] [so sánh|cần so sánh] [2/3 và 3/4|3/5 và 2/3], [các em|{hs}] [đặt|xếp] [hai|các] [băng giấy|dải] [thẳng hàng|chồng lên nhau], [tô|che] [phần|số phần] [tương ứng|cần so sánh] và [thấy|nhìn thấy] [ngay|rõ] [phần nào|phân số nào] [dài hơn|lớn hơn].",
                        "[Sau|Qua] [vài|một vài] [buổi|tiết], [nhiều em|các em] [không|chẳng] [cần|phải] [dùng|lấy] [băng giấy|đồ dùng] [nữa|ra] mà [tự|vẫn] [hình dung|tưởng tượng] [được|ra] [trong đầu|các băng giấy], [đó là|chính là] [lúc|khi] [tôi|cô] [chuyển|chuyển sang] [dạy|giới thiệu] [cách|quy tắc] so sánh [bằng|qua] quy đồng.",
                    ),
                    (
                        "Tôi [chọn|dành] [riêng|] [một tiết|một buổi] [để|cho] [các em|{hs}] [so sánh|xếp] phân số [với|qua] \"[phân số trung gian|mốc 1/2 và mốc 1]\": [phân số nào|số nào] [có|mà] tử [lớn hơn|gấp hơn] [một nửa|nửa] mẫu [thì|là] [lớn hơn|hơn] 1/2.",
                        "[Với|Đối với] [cặp|bài] [như|kiểu] 4/9 và 5/8, {hs} [không|chẳng] [cần|phải] [quy đồng|tính toán dài] mà [chỉ|chỉ cần] [nhận xét|so] [với|cùng] 1/2 [là|đã] [có|biết] [ngay|được] [kết quả|đáp án].",
                        "[Những em học tốt rất thích mẹo này vì có thêm một \"đường tắt\"|Mẹo so sánh này khiến các em khá giỏi thích thú vì tìm được lối đi riêng], [còn các em chậm vẫn dùng cách quy đồng quen thuộc|trong khi những em còn chậm vẫn làm theo quy tắc quy đồng].",
                    ),
                )),
                ("Phân tích lỗi sai thường gặp [khi|trong] [tính toán|thực hiện phép tính] với phân số", (
                    (
                        "[Qua|Sau] [các|những] [bài kiểm tra|bài làm] [đầu chương|đầu tiên], tôi [thống kê|liệt kê] [được|ra] [năm|những] [lỗi|sai lầm] [hay gặp|phổ biến] [nhất|], [đứng đầu|nhiều nhất] là \"[cộng tử với tử, mẫu với mẫu|lấy tử cộng tử, mẫu cộng mẫu]\".",
                        "[Mỗi|Từng] [lỗi|sai lầm] [được|] [tôi|cô] [viết|đưa] [lên|thành] [một|] [tấm|tờ] \"[bẫy|cảnh báo]\" [dán|treo] [ở|lên] [góc bảng|tường lớp] [kèm|cùng] [ví dụ|một ví dụ] [sai|sai] và [cách|lời giải] [đúng|đúng].",
                        "[Trước|Trước khi] [mỗi|các] [bài|tiết] [luyện tập|kiểm tra], [cả lớp|{hs}] [đọc|nhắc] [lại|] [các|những] [\"bẫy\"|lỗi cần tránh]; [số|lượng] [bài|em] [mắc|phạm] [lỗi|sai] [cộng tử với tử, mẫu với mẫu|cũ] [giảm|ít] [hẳn|rõ] [sau|chỉ sau] [hai tuần|một thời gian ngắn].",
                    ),
                    (
                        "Tôi [dùng|thử] [phương pháp|cách] \"[tìm lỗi sai|thám tử tìm lỗi]\": [mỗi|đầu] [tiết|giờ] [chiếu|đưa] [lên|ra] [một|] [bài giải|lời giải] [có|chứa] [lỗi|chỗ sai] [của|lấy từ] [một|] [bài làm|học sinh] [giấu tên|đã che tên], {hs} [thi|đua] [nhau|] [phát hiện|tìm] [và|rồi] [sửa|chữa lại].",
                        "[Ví dụ|Chẳng hạn] [bài|phép tính] \"[1/2 + 1/3 = 2/5|3/4 − 1/4 = 2/0]\" [được|] [đưa ra|chiếu lên], [các em|{hs}] [phải|cần] [chỉ ra|nêu] [sai|chỗ sai] [ở đâu|ở bước nào] và [giải thích|nói rõ] [vì sao|tại sao] [sai|không đúng] [bằng|qua] [hình vẽ|băng giấy].",
                        "[Tìm|Phát hiện] [lỗi|chỗ sai] [của người khác|trong bài người khác] [giúp|làm] [các em|{hs}] [nhớ|khắc sâu] [quy tắc|cách làm] [lâu|chắc] [hơn|hơn nhiều] [so với|hơn là] [nghe|chỉ nghe] [cô|giáo viên] [nhắc|giảng] [lại|nhiều lần].",
                    ),
                    (
                        "[Mỗi|Từng] [em|{hs}] [có|lập] [một|] [trang|mục] \"[lỗi của tôi|sổ sửa sai]\" [ở|trong] [cuối vở|vở nháp], [hễ|mỗi khi] [bị|có] [sai|lỗi] [phép tính|bài] [với phân số|nào] [là|thì] [chép|ghi] [lại|] [bài|phép tính] [sai|ấy] và [làm|viết] [lại|] [cho đúng|bài đúng] [bên cạnh|ngay bên dưới].",
                        "[Cuối|Vào cuối] [tuần|tháng], tôi [xem|kiểm tra] [trang|mục] [sửa sai|lỗi] [của|] [các em|từng em] [để|và] [biết|thấy] [em nào|ai] [còn|vẫn] [lặp lại|mắc] [lỗi cũ|một lỗi], [rồi|từ đó] [kèm|hướng dẫn] [riêng|thêm] [em đó|cho em ấy].",
                        "[Dần dần|Sau một thời gian], [trang|mục] [\"lỗi của tôi\"|sửa sai] [của|ở] [nhiều em|nhiều bạn] [ngày càng|càng lúc càng] [ngắn|ít dòng] [lại|hơn], [các em|{hs}] [tự|] [thấy|nhận ra] [mình|bản thân] [tiến bộ|cẩn thận hơn] [rất|] [rõ|nhiều].",
                    ),
                )),
                ("Rèn kĩ năng giải bài toán [tìm phân số của một số|liên quan đến phân số]", (
                    (
                        "[Tôi|Giáo viên] [dạy|hướng dẫn] [dạng|bài] \"tìm [2/5|3/4] của [một số|số cho trước]\" [bằng|qua] [hình|sơ đồ] [đoạn thẳng|băng giấy] [chia|được chia] [đều|thành các phần bằng nhau]: [chia|tìm] [một phần|giá trị một phần] [trước|trước đã], [rồi|sau đó] [nhân|lấy] [với|số phần] [số phần cần tìm|tương ứng].",
                        "[Với|Ở] [bài|đề] \"[Lớp có 35 bạn, 3/5 số bạn thích đá cầu|Một sợi dây dài 24 m, cắt đi 3/8 sợi dây]\", {hs} [vẽ|biểu diễn] [sơ đồ|đoạn thẳng] [chia|gồm] [5|8] phần, [tìm|tính] [một phần|giá trị một phần] [rồi|sau đó] [tìm|tính] [ba phần|số phần cần tìm].",
                        "[Khi|Lúc] [các em|{hs}] [đã|] [hiểu|nắm được] [bản chất|ý nghĩa] [qua|thông qua] [sơ đồ|hình vẽ], tôi [mới|] [giới thiệu|đưa ra] [cách|quy tắc] [tính|làm] [nhanh|gọn] \"[lấy số đó nhân với phân số|nhân số đó với phân số]\".",
                    ),
                    (
                        "[Tôi|Giáo viên] [đặt|xây dựng] [các|những] [bài toán|đề toán] [xoay quanh|gắn với] [một|] [câu chuyện|tình huống] [liền mạch|chung] \"[Gia đình bạn Hoa đi chợ tết|Chuyến tham quan của lớp]\", [mỗi|từng] [bài|câu] [là|thành] [một|] [\"chặng\"|bước] [của câu chuyện|tiếp theo].",
                        "[Ví dụ|Chẳng hạn], [mẹ|cô] [mang|có] [500 nghìn đồng|600 nghìn đồng], [mua|tiêu] [2/5 số tiền|1/3 số tiền] [cho|vào] [bánh kẹo|vé xe], [số tiền|phần] [còn lại|còn] [dùng|chi] [3/4|một nửa] [để|cho] [mua|việc] [hoa|ăn trưa]; {hs} [lần lượt|từng bước] [tính|trả lời] [qua|ở] [mỗi|từng] [chặng|câu hỏi].",
                        "[Câu chuyện|Tình huống] [liền mạch|xuyên suốt] [giữ|khiến] [các em|{hs}] [tập trung|chú ý] [đến|tới] [cuối|hết] [bài|tiết], [ai|em nào] [cũng|đều] [muốn|tò mò] [biết|xem] \"[cuối cùng còn bao nhiêu tiền|chuyến đi kết thúc ra sao]\".",
                    ),
                    (
                        "[Với|Đối với] [dạng|bài toán] [ngược|khó hơn] \"[biết 2/3 số đó là 18, tìm số đó|tìm một số khi biết giá trị phân số của nó]\", tôi [dùng|sử dụng] [các|những] [thanh|khối] [lego|gỗ] [hoặc|hay] [nắp chai|hạt cúc] [để|giúp] {hs} [xếp|mô phỏng] [các phần|số phần].",
                        "[Các em|{hs}] [xếp|chia] [18|số đã cho] [nắp chai|hạt] [vào|thành] [hai|số phần] [nhóm|ô] [bằng nhau|đều nhau], [thấy|biết] [mỗi|một] [nhóm|phần] [có|là] [9|bao nhiêu] [rồi|và] [tự|] [suy ra|tìm được] [cả|toàn bộ] [ba|các] phần.",
                        "[Thao tác|Việc làm] [bằng tay|cụ thể] [giúp|làm] [các em|{hs}] [không|chẳng] [còn|bị] [nhầm|lẫn] [giữa|hai dạng] \"[tìm phân số của một số|nhân]\" [và|với] \"[tìm một số khi biết phân số của nó|chia]\", [lỗi|sai lầm] [mà|vốn] [trước đây|năm trước] [rất|khá] [phổ biến|nhiều].",
                    ),
                )),
                ("Kết nối phân số với [số đo|đơn vị đo] và [số thập phân|phân số thập phân]", (
                    (
                        "[Tôi|Giáo viên] [cho|để] {hs} [đo|dùng thước đo] [chiều dài|chiều rộng] [bàn học|quyển vở] [bằng|theo] [xăng-ti-mét|đề-xi-mét] [rồi|và] [viết|đổi] [kết quả|số đo] [ra|sang] [mét|đơn vị lớn hơn] [dưới dạng|bằng] phân số: 45 cm là 45/100 m.",
                        "[Từ|Qua] [những|các] [số đo|phép đo] [thật|cụ thể] [đó|ấy], [các em|{hs}] [hiểu|thấy] [vì sao|tại sao] [phân số|những phân số] [có mẫu|mẫu số] [10, 100, 1000|là 10, 100] [được|lại] [gọi là|là] phân số thập phân [và|rồi] [viết|chuyển] [được|] [thành|sang] [số thập phân|dạng 0,45].",
                        "[Hoạt động|Bài học] [đo đạc|thực hành] [làm|khiến] [tiết học|giờ học] [sôi nổi|vui] [hẳn|hơn], [cả lớp|{hs}] [được|] [đi lại|đứng dậy], [đo|cầm thước] [và|rồi] [ghi|báo cáo] [số liệu|kết quả] [theo nhóm|cùng bạn].",
                    ),
                    (
                        "[Tôi|Giáo viên] [mang|sử dụng] [một|] [chiếc cân|cân đồng hồ] [và|cùng] [một số|vài] [túi|gói] [hàng|đồ] [như|gồm] [gói muối 250 g|túi đường 500 g], [hỏi|đố] {hs} \"[mỗi túi|gói muối] [là|bằng] [mấy phần|bao nhiêu phần] [của|] [một ki-lô-gam|1 kg]?\".",
                        "[Các em|{hs}] [tự|] [viết|ghi] [ra|thành] [phân số|các phân số] [250/1000, 500/1000|1/4 kg, 1/2 kg] [rồi|và] [rút gọn|so sánh], [từ đó|nhờ đó] [nối|gắn] [kiến thức|bài] [phân số|học] [với|vào] [việc|chuyện] [đi chợ|mua bán] [của|trong] [gia đình|nhà].",
                        "[Những|Các] [câu hỏi|bài tập] [về|liên quan đến] [đơn vị đo|khối lượng, thời gian] [sau đó|ở cuối chương] [được|] [các em|{hs}] [làm|giải] [nhanh|tự tin] [hơn|hơn hẳn], [ít|không còn] [nhầm|sai] [khi|lúc] [đổi|chuyển] [đơn vị|đơn vị đo].",
                    ),
                    (
                        "[Để|Nhằm] [chuẩn bị|làm cầu nối] [cho|sang] [số thập phân|bài số thập phân] [ở lớp 5|sau này], tôi [cho|để] {hs} [dùng|làm việc với] [bảng|lưới] [ô vuông|100 ô] [tô màu|tô]: [tô|tô màu] [37 ô|25 ô] [tức là|nghĩa là] [37/100|25/100] [của|] [hình|bảng].",
                        "[Các em|{hs}] [đọc|viết] [phần|số] [tô màu|ô đã tô] [theo|bằng] [ba cách|nhiều cách]: [phân số|37/100], [số thập phân|0,37] và [tỉ số phần trăm|37%], [thấy|nhận ra] [ba|các] [cách viết|cách ghi] [ấy|đó] [cùng|đều] [chỉ|nói về] [một|] [lượng|phần] [như nhau|giống nhau].",
                        "[Bảng|Lưới] [100 ô|ô vuông] [được|] [các em|{hs}] [dán|giữ] [vào vở|trong vở] [làm|như] [\"bản đồ\"|tài liệu] [để|mà] [tra|xem lại] [khi|mỗi khi] [gặp|làm] [bài|phép] [đổi|chuyển] [giữa|qua lại giữa] [phân số|các cách viết] và [số thập phân|các dạng số].",
                    ),
                )),
                ("Rèn kĩ năng tính nhẩm và tính thuận tiện với phân số", (
                    (
                        "[Đầu|Mỗi đầu] [giờ|tiết] Toán, [lớp|{hs}] [dành|có] [năm phút|ba phút] \"[nhẩm nhanh|tính nhẩm]\": [tôi|giáo viên] [đọc|chiếu] [phép tính|câu] [ngắn|đơn giản] như \"1/2 + 1/4\", \"3/5 × 10\", [các em|{hs}] [viết|ghi] [kết quả|đáp số] [lên|vào] [bảng con|giấy nháp] [rồi|và] [giơ lên|giơ cao].",
                        "[Các|Những] [phép tính|câu hỏi] [được|] [chọn|soạn] [sao cho|để] [có thể|dễ] [nhẩm|tính] [được|nhẩm] [nếu|khi] [nhận ra|phát hiện] [quy luật|mối quan hệ], [chẳng hạn|ví dụ] [mẫu|mẫu số] [này|bé] [là|chia hết] [ước|cho] [của|] [mẫu|mẫu số] [kia|lớn].",
                        "[Sau|Qua] [một|] [học kì|thời gian], [tốc độ|khả năng] [tính|làm tính] [với|về] phân số [của|ở] [lớp|{hs}] [tăng|tiến bộ] [rõ|đáng kể], [các em|{hs}] [cũng|còn] [ít|bớt] [sai|nhầm] [hơn|] [khi|lúc] [làm|giải] [bài|toán] [dài|nhiều bước].",
                    ),
                    (
                        "Tôi [dạy|hướng dẫn] {hs} [nhận ra|tìm] [những|các] [cặp|nhóm] phân số \"[làm tròn|tròn số]\" [như|kiểu] 1/4 và 3/4, 2/5 và 3/5 [trong|ở] [một|] [dãy|biểu thức] [dài|nhiều số hạng] [để|rồi] [nhóm|gộp] [lại|chúng] [trước|trước tiên] [cho|để] [được|ra] [số tròn|số 1].",
                        "[Ví dụ|Chẳng hạn] [với|trong] [biểu thức|bài] \"[3/7 + 5/9 + 4/7 + 4/9|2/5 + 3/8 + 3/5 + 5/8]\", [các em|{hs}] [nhóm|gộp] [cặp|các phân số] [cùng mẫu|có cùng mẫu số] [trước|lại với nhau], [được|ra] [1 + 1 = 2|kết quả] [mà|] [không|chẳng] [cần|phải] [quy đồng|tính] [cả|toàn bộ] [bốn|các] [phân số|số].",
                        "[Những|Các] [bài|câu] [tính thuận tiện|tính nhanh] [như vậy|kiểu này] [được|] [tôi|cô] [gọi là|đặt tên] \"[bài toán mẹo|câu đố thông minh]\" [và|,] [để|đặt] [ở cuối|cuối] [mỗi|các] [phiếu|bài luyện], [em nào|ai] [giải được|làm đúng] [đều|sẽ] [được|] [cộng|thêm] [điểm thưởng|một ngôi sao].",
                    ),
                    (
                        "[Tôi|Giáo viên] [xây dựng|lập] [một|] [bộ|tập] [\"phép tính bí ẩn\"|thẻ phép tính] [gồm|với] [khoảng|chừng] [ba mươi|bốn mươi] [thẻ|tấm]; [mặt trước|một mặt] [là|ghi] [phép tính|biểu thức] [với phân số|], [mặt sau|mặt kia] [là|ghi] [đáp số|kết quả] [để|cho] {hs} [tự|] [kiểm tra|đối chiếu].",
                        "[Giờ|Lúc] [ra chơi|rảnh rỗi] [hoặc|hay] [khi|lúc] [làm|xong] [bài|việc] [sớm|trước], [các em|{hs}] [lấy|rút] [thẻ|vài thẻ] [để|rồi] [luyện|đố] [cùng bạn|theo cặp], [ai|bạn nào] [trả lời|nhẩm] [đúng|nhanh] [được|thì được] [giữ|lấy] [thẻ|tấm thẻ] [đó|ấy].",
                        "[Bộ|Tập] [thẻ|phép tính] [\"bí ẩn\"|này] [trở thành|thành] [trò chơi|đồ chơi] [quen thuộc|yêu thích] [của|ở] [lớp|{lopcn}], [giúp|làm] [các em|{hs}] [luyện|rèn] [tính nhẩm|kĩ năng tính] [đều đặn|hằng ngày] [mà|] [không|chẳng] [thấy|cảm thấy] [nhàm chán|nặng nề].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [yêu cầu|hướng dẫn] {hs} [vẽ hình|dựng hình] [bằng thước và com-pa|đúng tỉ lệ], [không vẽ|tránh vẽ] [trường hợp đặc biệt|hình đặc biệt] [làm|khiến] [các em|] [ngộ nhận|hiểu sai].",
                        "[Mỗi bài|Với mỗi bài], [các em|{hs}] [đọc|đọc kĩ] đề [từng câu|từng ý], vẽ [đến đâu|xong phần nào] [ghi kí hiệu|đánh dấu giả thiết] [đến đó|lên hình].",
                        "[Tôi|Giáo viên] [sử dụng|dùng] {dc} [để|nhằm] [minh họa|biểu diễn] [hình vẽ động|các trường hợp của hình] [giúp|cho] {hs} [quan sát|hình dung] [rõ hơn|trực quan hơn].",
                        "[Việc|Kĩ năng] [vẽ hình đúng|vẽ hình chính xác] [chiếm|là] [một nửa|bước đầu tiên] [của thành công|để chứng minh được bài toán].",
                    ),
                    (
                        "[Tôi dành hẳn mười phút đầu tiết luyện tập|Ở các tiết luyện tập, tôi dành riêng mười phút] cho việc vẽ hình: [cả lớp cùng vẽ theo lời đọc của một bạn|một em đọc to đề, cả lớp vẽ theo], [không nhìn sách|không được nhìn hình trong sách].",
                        "[Sau đó|Vẽ xong], [hai bạn cùng bàn đổi vở|các em đổi vở cho bạn bên cạnh] [để soát xem hình có đúng giả thiết không|và kiểm tra hình vẽ có khớp với đề không], [chẳng hạn tia phân giác có chia đôi góc thật không|ví dụ đường cao có thật sự vuông góc với cạnh đáy không].",
                        "[Với bài \"Cho tam giác ABC cân tại A, đường cao AH\"|Chẳng hạn với đề \"Cho tam giác ABC cân tại A có đường cao AH\"], [nhiều em vẽ tam giác gần đều|không ít em vẽ tam giác gần như đều] [rồi ngộ nhận AH cũng là phân giác của góc B|nên nhầm rằng các đường khác cũng bằng nhau]; [tôi cho các em vẽ lại một tam giác \"dẹt\" để tự thấy chỗ sai|khi vẽ lại một tam giác cân \"thấp\" hẳn, các em tự thấy chỗ sai].",
                    ),
                    (
                        "Tôi [soạn|xây dựng] [một bộ mười hai đề ngắn|mười hai đề bài ngắn] [chỉ để luyện vẽ|chỉ dùng cho việc vẽ hình], mỗi đề [ba, bốn dòng|vài câu], [học sinh vẽ xong là nộp|các em vẽ xong thì nộp], [không phải chứng minh|chưa cần chứng minh gì].",
                        "[Tôi chấm nhanh theo ba tiêu chí|Các bài được chấm theo ba tiêu chí]: [đúng giả thiết, đúng kí hiệu và hình \"tổng quát\"|hình đúng đề, kí hiệu đầy đủ, hình không rơi vào trường hợp đặc biệt], [mỗi tiêu chí một điểm|mỗi tiêu chí được một sao].",
                        "[Sau ba tuần|Khoảng ba tuần sau], [số bài vẽ sai giả thiết|số hình vẽ sai đề] [giảm từ gần một nửa xuống còn vài bài|chỉ còn lác đác vài bài], [các em cũng nhanh hơn hẳn|và thời gian vẽ rút ngắn rõ rệt] [khi bước vào bài chứng minh|trong các tiết sau].",
                    ),
                )),
                ("Dạy {hs} phân tích [đi lên|ngược] để tìm [hướng chứng minh|lời giải]", (
                    (
                        "[Tôi|Giáo viên] [hướng dẫn|dạy] [các em|{hs}] [bắt đầu|đi] từ [kết luận|điều phải chứng minh], [đặt câu hỏi|tự hỏi] \"[Để chứng minh điều này|Muốn có điều này] [cần|ta cần] [chứng minh điều gì|có điều gì]?\".",
                        "[Sơ đồ phân tích|Sơ đồ đi lên] [được|] [trình bày|ghi] [trên bảng phụ|bên góc bảng], [các em|{hs}] [lần theo|nhìn vào] [sơ đồ|đó] [để|và] [viết|trình bày] lời giải [theo chiều ngược lại|theo chiều tổng hợp].",
                        "[Với|Đối với] [bài tập chứng minh hai tam giác bằng nhau|bài chứng minh ba điểm thẳng hàng], [sơ đồ|cách làm này] [giúp|làm] {hs} [không bị|bớt] [rối|lúng túng] [vì|khi] [phải nhớ nhiều bước|gặp bài nhiều ý].",
                    ),
                    (
                        "[Tôi dạy các em|Học sinh được hướng dẫn] [lập \"cây phân tích\"|vẽ sơ đồ hình cây] [từ điều phải chứng minh|bắt đầu từ kết luận]: [gốc cây là kết luận|ở gốc là điều cần chứng minh], [mỗi nhánh là một điều kiện đủ|các nhánh là những điều cần có để suy ra nó].",
                        "[Với bài chứng minh tứ giác là hình bình hành|Ví dụ bài \"chứng minh tứ giác MNPQ là hình bình hành\"], [cây có ba nhánh|các em liệt kê ba hướng]: [hai cặp cạnh đối song song, một cặp cạnh đối song song và bằng nhau, hai đường chéo cắt nhau tại trung điểm|theo định nghĩa, theo cặp cạnh đối song song và bằng nhau, theo đường chéo], [rồi chọn nhánh nào có đủ dữ kiện|sau đó chọn hướng phù hợp với giả thiết].",
                        "[Khi đã có cây|Có sơ đồ cây rồi], [việc viết lời giải chỉ là đi ngược từ ngọn về gốc|các em chỉ cần viết lời giải theo chiều ngược lại], [nhiều em trước đây bỏ trống phần hình nay đã dám làm|những em vốn bỏ trống bài hình đã bắt đầu làm được].",
                    ),
                    (
                        "[Trong giờ chữa bài|Khi chữa bài tập], tôi [không giải mẫu ngay|không trình bày lời giải ngay] mà [đặt liên tiếp các câu hỏi \"muốn… thì cần…\"|hỏi dồn từng câu \"muốn có điều này thì cần gì?\"] [và ghi câu trả lời của học sinh thành một cột ở góc bảng|rồi ghi lại từng câu trả lời ở góc bảng].",
                        "[Cột câu trả lời ấy|Dãy câu trả lời đó] [chính là hướng chứng minh|chính là con đường đi đến lời giải]; [tôi chỉ việc gạch nối|tôi nối chúng lại bằng mũi tên] [để học sinh thấy mỗi bước dựa vào đâu|cho các em thấy bước nào suy ra bước nào].",
                        "[Dần dần|Sau vài tuần], [tôi rút bớt câu hỏi gợi ý|các câu hỏi gợi ý của tôi ít dần], [các em tự hỏi và tự trả lời trong vở nháp|học sinh tự đặt câu hỏi cho mình ở vở nháp], [đó là lúc kĩ năng phân tích thật sự hình thành|lúc ấy kĩ năng phân tích mới thực sự trở thành của các em].",
                    ),
                )),
                ("Hệ thống hóa [các dạng bài tập|các phương pháp chứng minh] [thường gặp|cơ bản]", (
                    (
                        "[Cuối mỗi chương|Sau mỗi chủ đề], tôi [cùng {hs}|] [lập|xây dựng] [bảng tổng hợp|sơ đồ tư duy] [các dấu hiệu nhận biết|các phương pháp chứng minh] [như|gồm] [chứng minh hai đoạn thẳng bằng nhau, hai góc bằng nhau, hai đường thẳng song song|tứ giác là hình bình hành, hình chữ nhật, hình thoi].",
                        "[Mỗi dạng|Với mỗi dạng], [tôi|giáo viên] [chọn|đưa ra] [một bài mẫu|bài tập điển hình] [và|rồi] [cho|giao] [hai, ba bài|các bài] [tương tự|cùng dạng] [để|cho] {hs} [tự luyện|thực hành].",
                        "[Bảng tổng hợp|Sơ đồ] [được|] [dán|lưu] [vào vở|vào sổ tay toán học] [để|giúp] {hs} [ôn tập|tra cứu] [trước các bài kiểm tra|khi cần].",
                    ),
                    (
                        "[Sau mỗi chương|Kết thúc mỗi chương], [tôi giao cho mỗi tổ|mỗi tổ nhận] [một nhóm dấu hiệu nhận biết|một \"chuyên đề\" nhỏ] như [dấu hiệu nhận biết hình thang cân|các cách chứng minh hai đường thẳng vuông góc], [tổ đó làm một tấm áp phích|và làm một tấm áp phích giới thiệu] [kèm bài ví dụ|có ví dụ minh họa].",
                        "[Các tổ lần lượt thuyết trình|Từng tổ lên trình bày] [trong tiết ôn tập|ở giờ ôn tập], [các bạn ghi vào sổ tay|cả lớp chép vào sổ tay hình học], [tôi chỉ bổ sung chỗ thiếu|giáo viên chỉ chỉnh sửa, bổ sung].",
                        "[Những tấm áp phích|Các áp phích] [được treo quanh lớp đến hết học kì|được giữ trên tường đến cuối học kì], [học sinh nhìn quen đến mức|các em nhìn hằng ngày nên] [thuộc lúc nào không hay|tự nhớ mà không cần học thuộc].",
                    ),
                    (
                        "Tôi [xếp các bài tập trong sách thành \"chuỗi\"|sắp xếp lại bài tập thành những chuỗi bài] [có cùng cách giải|dùng chung một phương pháp], [ví dụ chuỗi \"chứng minh qua tam giác bằng nhau\"|chẳng hạn chuỗi các bài dùng tam giác bằng nhau], [mỗi chuỗi bốn, năm bài từ dễ đến khó|mỗi chuỗi có độ khó tăng dần].",
                        "[Học sinh làm bài đầu chuỗi cùng giáo viên|Bài đầu mỗi chuỗi được làm chung cả lớp], [các bài sau các em tự làm|những bài sau học sinh tự làm] [và chỉ ra \"điểm giống bài mẫu\"|rồi chỉ ra chỗ giống với bài mẫu] [trước khi viết lời giải|trước khi trình bày].",
                        "[Nhờ học theo chuỗi|Học theo cách này], [các em nhận ra dạng bài nhanh hơn|học sinh nhận dạng bài nhanh hơn] [và không còn cảm giác mỗi bài hình là một bài hoàn toàn mới|và bớt cảm giác bài hình nào cũng \"lạ\"].",
                    ),
                )),
                ("[Sử dụng|Ứng dụng] phần mềm GeoGebra [trong dạy học|minh họa] Hình học", (
                    (
                        "[Tôi|Giáo viên] [dùng|sử dụng] GeoGebra [để|nhằm] [dựng|vẽ] [các hình|hình] [có thể|] [kéo thả|di chuyển] [các điểm|đỉnh] [và|để] {hs} [quan sát|nhận ra] [tính chất|những yếu tố] [không đổi|bất biến].",
                        "[Ví dụ|Chẳng hạn], khi [dạy|học] [tính chất ba đường trung tuyến|định lí tổng ba góc của tam giác], [các em|{hs}] [thấy|nhận thấy] [dù|khi] [thay đổi|kéo] [hình dạng tam giác|các đỉnh] thì [tính chất|kết quả] [vẫn|luôn] [đúng|không đổi].",
                        "[Một số tiết|Trong tiết thực hành], {hs} [được|] [trực tiếp|tự] [thao tác|vẽ] trên [máy tính|phần mềm] [ở phòng tin học|], [từ đó|nhờ đó] [tự|] [phát hiện|dự đoán] [tính chất|kết quả] [trước khi chứng minh|rồi mới chứng minh].",
                    ),
                    (
                        "[Trước khi học định lí về đường trung bình của tam giác|Ở bài đường trung bình của tam giác], tôi [dựng sẵn trên GeoGebra một tam giác có thể kéo các đỉnh|chuẩn bị một tệp GeoGebra với tam giác di chuyển được], [đường nối trung điểm hai cạnh được tô đỏ|đoạn nối hai trung điểm có màu đỏ].",
                        "[Học sinh kéo thử các đỉnh|Các em lần lượt kéo đỉnh] [và quan sát số đo hiện trên màn hình|rồi đọc số đo trên màn hình]: [đoạn màu đỏ luôn bằng nửa cạnh thứ ba|độ dài đoạn đỏ luôn bằng một nửa cạnh còn lại] [và luôn song song với nó|và luôn song song với cạnh đó].",
                        "[Điều các em tự phát hiện|Những gì học sinh tự \"nhìn ra\"] [được nhớ lâu hơn nhiều|nhớ lâu hơn hẳn] [so với khi tôi đọc định lí|so với khi nghe giáo viên phát biểu định lí], [và các em háo hức chứng minh để \"kiểm tra\" điều mình thấy|và các em muốn chứng minh để khẳng định điều mình dự đoán].",
                    ),
                    (
                        "Tôi [quay màn hình GeoGebra thành các đoạn video ngắn|ghi lại các thao tác GeoGebra thành video khoảng hai phút] [cho những bài quỹ tích, bài có điểm di động|cho những bài có điểm chuyển động] [và gửi qua nhóm lớp|rồi chia sẻ lên nhóm của lớp].",
                        "[Ở nhà|Buổi tối], [học sinh xem video trước khi làm bài tập|các em xem lại video trước khi làm bài], [những em chưa hình dung được hình|em nào khó hình dung hình] [có thể xem lại nhiều lần|được xem đi xem lại tùy ý].",
                        "[Một số em còn tự cài GeoGebra trên điện thoại|Vài em còn tải GeoGebra về điện thoại] [để vẽ thử các bài khác|và tự dựng hình các bài khác], [rồi gửi cho tôi xem|sau đó gửi ảnh chụp để tôi góp ý].",
                    ),
                )),
                ("[Tổ chức|Áp dụng] [học theo nhóm|kĩ thuật khăn trải bàn] trong [tiết luyện tập|giờ bài tập] Hình học", (
                    (
                        "[Lớp|{hs}] [được chia|chia] [thành nhóm bốn|thành các nhóm nhỏ], [mỗi nhóm|mỗi em] [suy nghĩ|làm] [riêng|độc lập] [trên phần của mình|vào ô của mình] rồi [thống nhất|cùng thảo luận] [cách chứng minh|lời giải chung] [ở ô giữa|].",
                        "[Các nhóm|Đại diện nhóm] [trình bày|báo cáo], [nhóm khác|các bạn] [nhận xét|phản biện], [tôi|giáo viên] [chốt|kết luận] [cách giải hay|lời giải ngắn gọn nhất].",
                        "[Cách làm này|Hình thức này] [giúp|tạo cơ hội cho] [em học yếu|những em còn yếu] [học hỏi|được bạn hướng dẫn] và [em khá giỏi|các em khá giỏi] [rèn|phát triển] [kĩ năng diễn đạt|khả năng lập luận].",
                    ),
                    (
                        "[Tôi tổ chức|Trong tiết bài tập], [hoạt động \"trạm\"|học theo các \"trạm\"]: [lớp có bốn trạm|bốn góc lớp là bốn trạm], [mỗi trạm một bài hình với một yêu cầu khác nhau|mỗi trạm có một bài và một nhiệm vụ riêng]: [vẽ hình, phân tích, trình bày, mở rộng|vẽ hình, tìm hướng giải, viết lời giải, đặt câu hỏi mới].",
                        "[Các nhóm xoay vòng qua từng trạm|Nhóm lần lượt chuyển qua các trạm] [sau mỗi tám phút|mỗi trạm khoảng tám phút], [nhóm sau tiếp tục từ kết quả nhóm trước|nhóm đến sau làm tiếp trên kết quả của nhóm trước].",
                        "[Cách tổ chức này|Hình thức trạm] [làm giờ hình học bớt nặng nề|giúp giờ hình học đỡ căng thẳng], [em nào cũng có việc để làm|học sinh nào cũng được tham gia], [ngay cả những em chỉ mạnh ở phần vẽ hình|kể cả những em chỉ mới vẽ hình tốt].",
                    ),
                    (
                        "[Tôi ghép đôi|Học sinh được ghép cặp] [theo kiểu \"một người nói – một người viết\"|theo vai \"người phân tích\" và \"người ghi\"]: [một em nói hướng chứng minh|em thứ nhất trình bày hướng giải bằng lời], [em kia viết thành lời giải|em thứ hai viết thành lời giải hoàn chỉnh], [bài sau thì đổi vai|sang bài sau hai em đổi vai cho nhau].",
                        "[Khi người nói lập luận thiếu|Nếu người nói bỏ sót một bước], [người viết phải hỏi lại|người ghi phải dừng lại hỏi] \"[Vì sao lại suy ra được như vậy?|Căn cứ vào đâu?]\", [nhờ đó cả hai phải lập luận chặt chẽ|cả hai buộc phải lập luận chặt chẽ hơn].",
                        "[Tôi đi quanh lớp|Trong lúc các cặp làm việc, tôi đi một vòng] [nghe các cặp tranh luận|lắng nghe các em trao đổi], [ghi lại những lập luận hay để chia sẻ cuối giờ|chọn vài cách lập luận hay để cả lớp cùng nghe].",
                    ),
                )),
                ("Dự đoán định lí qua [hoạt động đo đạc, gấp giấy|thực hành đo, gấp, cắt hình]", (
                    (
                        "[Khi học tổng ba góc của tam giác|Ở bài tổng các góc trong tam giác], [mỗi em cắt một tam giác giấy bất kì|học sinh tự cắt một tam giác bằng giấy màu], [xé ba góc rồi ghép lại cạnh nhau|cắt rời ba góc rồi đặt sát nhau] [và thấy chúng tạo thành một góc bẹt|và nhận ra ba góc ghép thành đường thẳng].",
                        "[Vì mỗi em có một tam giác khác nhau|Do tam giác của mỗi em một khác], [cả lớp cùng thấy kết quả luôn đúng|cả lớp thấy điều đó đúng với mọi tam giác], [từ đó các em tự phát biểu dự đoán trước khi học chứng minh|nên các em tự nêu được dự đoán trước khi chứng minh].",
                        "[Những hoạt động gấp, cắt như vậy|Các hoạt động thực hành như thế] [chỉ mất vài phút|không tốn nhiều thời gian] [nhưng giúp học sinh hiểu \"vì sao cần chứng minh\"|nhưng cho các em thấy chứng minh là để khẳng định điều mình quan sát được].",
                    ),
                    (
                        "[Với định lí Py-ta-go|Khi dạy định lí Py-ta-go], tôi [cho các nhóm đo ba cạnh của nhiều tam giác vuông vẽ trên giấy kẻ ô|để các nhóm vẽ và đo các tam giác vuông trên giấy ô li], [ghi vào bảng và tính bình phương từng cạnh|lập bảng bình phương độ dài các cạnh].",
                        "[Các nhóm so sánh các cột số|Nhìn bảng số liệu], [nhận ra tổng bình phương hai cạnh góc vuông gần bằng bình phương cạnh huyền|các em phát hiện mối liên hệ giữa ba bình phương], [sai khác chỉ do đo chưa chính xác|chênh lệch nhỏ là do sai số khi đo].",
                        "[Tôi nối tiếp bằng câu chuyện|Tiết học kết thúc bằng câu chuyện] [về cách người xưa dùng sợi dây thắt mười hai nút để dựng góc vuông|về sợi dây mười hai nút mà người thợ xưa dùng để căng góc vuông], [học sinh rất thích thú|làm các em thích thú và nhớ lâu].",
                    ),
                    (
                        "[Tôi chuẩn bị|Học sinh được phát] [các tấm bìa hình bình hành, hình thang|các hình bằng bìa cứng] [để các em cắt ghép thành hình chữ nhật|để cắt và ghép lại thành hình quen thuộc] [trước khi học công thức diện tích|trước bài công thức tính diện tích].",
                        "[Khi tự ghép được hình bình hành thành hình chữ nhật|Khi cắt một tam giác ở một đầu hình bình hành và ghép sang đầu kia], [các em thấy ngay diện tích không đổi|học sinh thấy diện tích vẫn giữ nguyên], [công thức \"đáy nhân chiều cao\" vì thế trở nên dễ hiểu|nên công thức đáy nhân chiều cao trở nên tự nhiên].",
                        "[Những em học hình kém|Các em vốn yếu phần hình] [tỏ ra hứng thú rõ rệt|hào hứng thấy rõ], [vì lần đầu các em \"làm\" hình học bằng tay|vì được cầm, cắt, ghép chứ không chỉ nhìn hình vẽ].",
                    ),
                )),
                ("Khai thác và mở rộng bài toán [từ một bài gốc|trong sách giáo khoa]", (
                    (
                        "[Sau khi giải xong một bài trong sách|Giải xong một bài tập quen thuộc], tôi [đặt câu hỏi \"Nếu thay đổi một giả thiết thì sao?\"|gợi ý học sinh thử thay đổi một điều kiện của bài]: [tam giác vuông thành tam giác thường|điểm M là trung điểm thành điểm bất kì trên cạnh].",
                        "[Các nhóm dự đoán kết luận mới|Học sinh thảo luận xem kết luận còn đúng không] [rồi kiểm tra bằng hình vẽ|và vẽ hình để kiểm tra], [có nhóm phát hiện ra bài toán đảo|có nhóm tự tìm ra mệnh đề đảo].",
                        "[Từ một bài gốc|Xuất phát từ một bài], [lớp có thêm ba, bốn bài mới do chính các em đặt ra|cả lớp có thêm vài bài toán mới do học sinh tự đặt], [em nào cũng tò mò muốn biết bài \"của mình\" có giải được không|các em hào hứng vì được làm \"tác giả\" của bài toán].",
                    ),
                    (
                        "[Tôi chọn|Mỗi chương, tôi chọn] [một bài \"gốc\" có nhiều hướng phát triển|một bài toán gốc có thể mở rộng], [ví dụ bài hai đường trung tuyến cắt nhau tại trọng tâm|chẳng hạn bài về trọng tâm tam giác], [rồi xây dựng một chuỗi câu hỏi nối tiếp|và xây dựng thành chuỗi câu a, b, c, d].",
                        "[Câu a, b dành cho cả lớp|Hai câu đầu dành cho mọi học sinh], [câu c cho học sinh khá|câu tiếp theo cho các em khá], [câu d dành cho em giỏi|câu cuối là câu nâng cao cho học sinh giỏi], [nên một bài toán phục vụ được nhiều đối tượng|nên cùng một hình vẽ mà em nào cũng có việc vừa sức].",
                        "[Học sinh được làm việc lâu với một hình vẽ|Làm việc lâu với cùng một hình], [các em hiểu sâu các mối quan hệ trong hình|học sinh nắm chắc các yếu tố của hình] [thay vì làm nhiều bài mà bài nào cũng hời hợt|hơn là làm thật nhiều bài một cách qua loa].",
                    ),
                    (
                        "[Cuối mỗi tuần|Vào cuối tuần], tôi [đưa lên góc \"Bài toán mở\" trên bảng tin|dán một \"bài toán mở\" lên bảng tin lớp] [là biến thể của bài đã học trên lớp|được phát triển từ bài vừa học], [em nào giải được thì nộp vào hộp|học sinh có lời giải thì bỏ vào hộp thư của lớp].",
                        "[Thứ Hai tuần sau|Đầu tuần sau], [tôi công bố những lời giải đúng|những lời giải hay được đọc trước lớp] [và mời tác giả lên trình bày|và tác giả được mời lên bảng trình bày].",
                        "[Góc \"Bài toán mở\"|Hoạt động này] [thu hút cả những em vốn không thích hình học|lôi cuốn cả những em vốn ngại môn hình], [vì lời giải được công nhận trước lớp là phần thưởng các em rất quý|vì được đọc tên trước lớp là niềm vui lớn với các em].",
                    ),
                )),
                ("Rèn kĩ năng trình bày lời chứng minh [chặt chẽ, rõ căn cứ|có căn cứ]", (
                    (
                        "[Tôi yêu cầu|Học sinh được yêu cầu] [mỗi dòng chứng minh phải ghi căn cứ trong ngoặc|ghi căn cứ ở cuối mỗi bước], [ví dụ \"(hai góc đối đỉnh)\", \"(giả thiết)\", \"(tính chất tam giác cân)\"|chẳng hạn \"(gt)\", \"(hai góc kề bù)\", \"(định lí tổng ba góc)\"].",
                        "[Lúc đầu các em thấy mất thời gian|Ban đầu nhiều em kêu dài], [nhưng chính việc ghi căn cứ|song việc buộc phải ghi căn cứ] [giúp các em phát hiện những bước \"suy ra\" không có cơ sở|giúp chính các em nhận ra chỗ lập luận thiếu].",
                        "[Khi đã quen|Khi đã thành thói quen], [tôi cho phép viết gọn những căn cứ quá quen thuộc|học sinh được phép bỏ bớt những căn cứ hiển nhiên], [nhưng bài nào thiếu căn cứ ở bước quan trọng vẫn bị trừ điểm|song bước then chốt vẫn bắt buộc có căn cứ].",
                    ),
                    (
                        "[Tôi soạn|Mỗi tuần tôi chuẩn bị] [một \"lời giải có lỗi\"|một bài chứng minh cố tình sai] [với hai, ba chỗ lập luận thiếu hoặc sai|có vài bước suy luận không chặt chẽ], [phát cho các nhóm \"chấm bài\" như giáo viên|rồi phát cho các nhóm đóng vai người chấm].",
                        "[Các nhóm gạch chân chỗ sai|Các nhóm chỉ ra bước sai] [và viết lại cho đúng|và sửa lại lời giải], [nhóm nào tìm đủ lỗi và sửa đúng được cộng điểm|nhóm phát hiện đủ lỗi được cộng điểm thi đua].",
                        "[Đứng ở vị trí người chấm|Khi phải chấm bài của \"người khác\"], [học sinh khắt khe hơn hẳn|các em tỏ ra rất khắt khe], [và chính sự khắt khe ấy được các em mang vào bài làm của mình|và dần dần cũng khắt khe như vậy với bài của chính mình].",
                    ),
                    (
                        "[Với các em còn lúng túng|Đối với học sinh chưa biết cách trình bày], tôi [phát \"khung lời giải\" có sẵn các từ nối|đưa ra khung lời giải có chỗ trống], [như \"Xét tam giác… và tam giác… có:\", \"Do đó…\", \"Suy ra…\"|gồm các cụm \"Xét…\", \"Ta có…\", \"Vậy…\"], [các em chỉ điền phần còn thiếu|các em điền phần còn trống].",
                        "[Khung được bỏ dần|Khung lời giải được rút bớt dần] [sau mỗi tuần|qua từng tuần], [đến cuối chương các em tự viết hoàn chỉnh|đến giữa học kì hầu hết các em đã tự trình bày được].",
                        "[Bài kiểm tra cuối kì|Ở bài kiểm tra cuối học kì I], [số bài trình bày lộn xộn, thiếu căn cứ giảm rõ|lời giải của lớp mạch lạc hơn hẳn], [nhiều em đạt điểm phần hình cao hơn phần đại số|có em lần đầu được điểm tối đa phần hình].",
                    ),
                )),
                ("Hướng dẫn {hs} [cách vẽ thêm đường phụ|kĩ thuật vẽ đường phụ] [trong bài chứng minh|khi giải bài hình]", (
                    (
                        "[Tôi tổng kết|Tôi cùng học sinh tổng hợp] [năm kiểu đường phụ hay gặp|những kiểu đường phụ thường dùng]: [kéo dài một đoạn bằng đoạn cho trước, nối trung điểm, vẽ đường song song, vẽ đường vuông góc, lấy điểm đối xứng|kéo dài trung tuyến gấp đôi, dựng đường trung bình, kẻ đường cao phụ].",
                        "[Mỗi kiểu có một bài mẫu|Với mỗi kiểu], [tôi hỏi \"Vì sao người giải nghĩ ra đường này?\"|tôi phân tích lí do nghĩ ra đường phụ đó] [để học sinh thấy đường phụ không phải \"trên trời rơi xuống\"|để các em hiểu đường phụ có lí do chứ không phải mẹo ngẫu nhiên].",
                        "[Các em ghi năm kiểu đường phụ vào sổ tay|Danh sách các kiểu đường phụ được dán vào vở], [gặp bài khó thì lần lượt thử|khi gặp bài khó các em thử lần lượt từng kiểu], [nhiều bài trước đây bỏ qua nay đã giải được|nhờ vậy những bài vốn \"bí\" đã có hướng giải].",
                    ),
                    (
                        "[Ở tiết luyện tập|Trong các tiết bài tập], tôi [đưa ra một bài cần đường phụ|chọn một bài phải vẽ thêm hình] [và cho các nhóm thi xem nhóm nào tìm được nhiều cách vẽ đường phụ nhất|để các nhóm đua nhau tìm cách vẽ thêm khác nhau].",
                        "[Mỗi cách được một nhóm trình bày ngắn|Từng nhóm trình bày cách của mình], [cả lớp so sánh cách nào cho lời giải ngắn hơn|cả lớp bình chọn cách gọn nhất] [và cách nào khó nghĩ ra hơn|và cách \"độc đáo\" nhất].",
                        "[Hoạt động này tốn một tiết|Dù mất trọn một tiết học] [nhưng để lại ấn tượng lâu|nhưng học sinh nhớ rất lâu], [nhiều em nói đây là lần đầu thấy bài hình \"vui\"|các em nói đó là tiết hình học thú vị nhất trong năm].",
                    ),
                    (
                        "[Tôi dùng phấn màu|Trên bảng, tôi luôn dùng phấn màu] [cho đường phụ|để vẽ các đường phụ] [và yêu cầu học sinh vẽ đường phụ bằng bút chì màu hoặc nét đứt trong vở|và học sinh vẽ đường phụ bằng nét đứt hoặc màu khác trong vở].",
                        "[Cách phân biệt này|Việc tách màu như vậy] [giúp hình vẽ không rối|làm cho hình đỡ rối mắt], [các em nhìn rõ đâu là hình của đề, đâu là phần mình thêm vào|học sinh phân biệt được đâu là giả thiết, đâu là phần dựng thêm].",
                        "[Khi trình bày|Trong lời giải], [học sinh phải ghi rõ câu \"Vẽ thêm…\" hoặc \"Trên tia đối của tia… lấy điểm… sao cho…\"|các em phải viết rõ cách dựng đường phụ], [tránh dùng điểm mới mà không nói điểm ấy ở đâu|tránh tình trạng tự nhiên xuất hiện điểm lạ trong bài].",
                    ),
                )),
                ("Liên hệ kiến thức Hình học với [thực tế đo đạc|các tình huống thực tế] [ở địa phương|quanh trường]", (
                    (
                        "[Khi học tam giác đồng dạng|Sau bài các trường hợp đồng dạng], [tôi đưa lớp ra sân trường|lớp ra sân] [đo chiều cao cột cờ bằng bóng nắng|tìm chiều cao cột cờ nhờ bóng của nó] [và một chiếc cọc dài 1 m|so với bóng của một cây cọc một mét].",
                        "[Mỗi nhóm đo bóng cột cờ và bóng cọc cùng lúc|Các nhóm đo cùng một thời điểm], [lập tỉ lệ và tính ra chiều cao|rồi lập tỉ số để tính chiều cao], [kết quả các nhóm chỉ chênh nhau vài chục xăng-ti-mét|kết quả của các nhóm khá sát nhau].",
                        "[Học sinh rất bất ngờ|Các em thích thú] [khi thấy một bài toán trong sách|khi thấy kiến thức trong sách] [giúp đo được thứ không thể trèo lên đo trực tiếp|giúp đo được chiều cao mà không cần trèo lên].",
                    ),
                    (
                        "[Tôi giao cho các nhóm|Các nhóm nhận] [nhiệm vụ đo và vẽ sơ đồ khuôn viên trường theo tỉ lệ|nhiệm vụ vẽ bản đồ sân trường theo tỉ lệ 1:200], [tính diện tích vườn trường, sân bóng|tính diện tích các khu vực như bồn hoa, sân chơi].",
                        "[Các em dùng thước dây, cọc tiêu và giấy kẻ ô|Với thước dây và giấy kẻ ô], [chia khu vực thành các hình quen thuộc để tính|các nhóm chia khu đất thành hình chữ nhật, hình thang, tam giác để tính diện tích].",
                        "[Sản phẩm được trưng bày ở hành lang|Các bản vẽ được dán ở hành lang], [thầy hiệu trưởng còn mượn một bản để tham khảo khi quy hoạch vườn hoa|nhà trường còn dùng một bản vẽ để quy hoạch lại bồn hoa], [các em rất tự hào|học sinh vô cùng phấn khởi].",
                    ),
                    (
                        "[Tôi sưu tầm|Tôi tìm] [hình ảnh các công trình ở địa phương|ảnh chụp những công trình quen thuộc] như [cổng làng, mái đình, cầu treo|nhà văn hóa thôn, cây cầu bắc qua sông] [và đặt câu hỏi về các hình trong đó|rồi hỏi học sinh nhận ra những hình gì].",
                        "[Từ ảnh mái đình|Chẳng hạn từ ảnh mái nhà], [học sinh nhận ra tam giác cân|các em chỉ ra được tam giác cân, hình thang], [giải thích vì sao người thợ làm như vậy|và thảo luận vì sao kết cấu ấy vững chắc].",
                        "[Những câu hỏi gắn với cảnh vật quen thuộc|Các câu hỏi gắn với quê hương] [làm cho hình học bớt khô khan|khiến môn hình gần gũi hơn], [nhiều em về nhà còn chụp thêm ảnh để mang đến lớp|có em còn tự chụp ảnh công trình ở xóm mình mang đến lớp].",
                    ),
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
                    (
                        "[Đầu năm|Ngay sau khảo sát đầu năm], tôi [lập|xây dựng] [hồ sơ theo dõi|sổ theo dõi] [từng em|cho từng em], [ghi rõ|ghi lại] [những phần kiến thức bị hổng|lỗi hay mắc] và [hoàn cảnh gia đình|điều kiện học tập] [của các em|].",
                        "[Qua|Thông qua] [trò chuyện|trao đổi] với {hs} và [giáo viên chủ nhiệm|phụ huynh], tôi [nhận thấy|thấy rằng] [nhiều em|phần lớn các em] [hổng|mất gốc] [từ|ngay từ] [các lớp dưới|kiến thức cơ bản], [nhất là|đặc biệt là] [bảng cửu chương|phép tính với số âm, phân số].",
                        "[Biết rõ nguyên nhân|Hiểu được nguyên nhân], tôi [xây dựng|lập] [kế hoạch phụ đạo|nội dung phụ đạo] [phù hợp|sát] với [từng nhóm|từng em] [thay vì|chứ không] [dạy chung|ôn tập dàn trải] [cho cả lớp|].",
                    ),
                    (
                        "[Tôi làm một bài kiểm tra \"chẩn đoán\"|Đầu năm tôi cho làm một đề chẩn đoán] gồm hai mươi câu ngắn, [mỗi câu kiểm tra đúng một kĩ năng của lớp dưới|mỗi câu nhắm vào một kiến thức nền], [như cộng trừ số nguyên, quy đồng phân số, chuyển vế|từ phép chia có dư đến quy tắc dấu ngoặc].",
                        "[Kết quả được lập thành bảng|Tôi tổng hợp kết quả thành một bảng] [hàng là tên học sinh, cột là kĩ năng|mỗi hàng một em, mỗi cột một kĩ năng], [ô nào sai thì tô đỏ|ô sai được tô màu đỏ]; [nhìn bảng là thấy ngay \"lỗ hổng\" chung của lớp và của từng em|chỉ cần nhìn là biết cả lớp hổng ở đâu, từng em hổng ở đâu].",
                        "[Chẳng hạn em {ten}|Ví dụ có em] [sai hết các câu về số âm|sai toàn bộ phần số nguyên] [nhưng làm tốt phần hình|song lại làm đúng phần hình học], [nên buổi phụ đạo của em tập trung vào đúng phần đó|vì vậy em chỉ cần ôn lại đúng chỗ bị hổng].",
                    ),
                    (
                        "[Tôi gặp riêng từng em|Tôi trò chuyện riêng với từng em] [trong khoảng mười phút|vào giờ ra chơi] [với câu hỏi \"Em thấy môn Toán khó nhất ở chỗ nào?\"|để hỏi xem em sợ nhất phần nào của môn Toán], [và ghi lại nguyên văn câu trả lời|rồi ghi lại lời các em kể].",
                        "[Có em nói \"em không hiểu thầy cô nói gì từ lớp 6\"|Nhiều em thú nhận đã bỏ cuộc từ lâu], [có em vì nhà xa, hay nghỉ học vào mùa vụ|có em phải phụ giúp gia đình nên hay nghỉ học], [có em chỉ đơn giản là chưa thuộc bảng cửu chương|có em chỉ vì chưa thuộc bảng nhân].",
                        "[Những cuộc trò chuyện ấy|Hiểu được những lí do đó] [giúp tôi không \"dạy chung\" cho cả nhóm|giúp tôi tránh dạy dàn trải], [mà chọn điểm bắt đầu riêng cho từng em|mà có điểm xuất phát phù hợp cho từng em].",
                    ),
                    (
                        "[Tôi nhờ|Tôi đề nghị] [giáo viên dạy Toán các năm trước|thầy cô từng dạy các em] [cho xem lại|chia sẻ] [sổ điểm và nhận xét cũ|những nhận xét cũ], [đối chiếu với|so với] [kết quả khảo sát đầu năm|bài kiểm tra đầu năm] để [biết|xác định] [chỗ hổng bắt đầu từ lớp nào|các em bắt đầu hụt kiến thức từ đâu].",
                        "[Có em|Một số em] [vững phép tính nhưng|tính tốt nhưng] [đọc đề rất chậm|gặp khó khi đọc đề bài dài], [có em|số khác] [hiểu bài trên lớp|nắm được bài] nhưng [về nhà không có ai nhắc|không có góc học tập ở nhà]; [tôi ghi|mỗi nguyên nhân được tôi ghi] [vào phiếu của từng em|bằng một kí hiệu riêng trên danh sách lớp].",
                        "[Nhờ phân loại nguyên nhân|Khi đã rõ nguyên nhân], [tôi chia nhóm phụ đạo|việc chia nhóm] [theo cái các em thiếu|dựa vào chỗ hổng] chứ không [theo điểm số|chỉ nhìn vào điểm], [nên buổi học nào cũng đúng chỗ cần|các buổi phụ đạo bớt dàn trải hẳn].",
                    ),
                )),
                ("[Củng cố|Bù lấp] kiến thức [nền tảng|cơ bản] [trước|song song với] [kiến thức mới|bài mới]", (
                    (
                        "[Mỗi buổi phụ đạo|Mỗi buổi học], tôi [dành|dành khoảng] {phut} phút [đầu giờ|] [ôn lại|luyện] [kiến thức cũ|kĩ năng tính toán] [liên quan đến|cần cho] [bài mới|bài học].",
                        "[Các bài tập|Bài tập] [được|] [chia nhỏ|thiết kế] [thành các bước|thành từng bước nhỏ], [mỗi bước|bước nào] [các em|{hs}] [làm đúng|làm được] [mới chuyển|thì chuyển] [sang bước tiếp theo|sang bước sau].",
                        "[Tôi|Giáo viên] [soạn|biên soạn] [sổ tay công thức|tập công thức] [ngắn gọn|cô đọng] [để|giúp] {hs} [mang theo|học thuộc] [và|để] [tra cứu|dùng] [khi làm bài|hằng ngày].",
                    ),
                    (
                        "[Mỗi buổi phụ đạo|Buổi phụ đạo nào cũng] [mở đầu bằng \"năm phút nền tảng\"|bắt đầu bằng vài phút ôn kiến thức cũ]: [năm phép tính nhanh về đúng kiến thức nền mà bài hôm đó cần|vài câu hỏi ngắn về đúng phần kiến thức nền của bài mới].",
                        "[Ví dụ trước bài phương trình|Chẳng hạn trước khi học giải phương trình], [các em luyện lại quy tắc chuyển vế và đổi dấu|học sinh ôn lại quy tắc chuyển vế], [trước bài diện tích thì ôn đổi đơn vị đo|trước bài tính diện tích thì ôn đổi đơn vị].",
                        "[Khi phần nền đã vững|Có phần nền vững rồi], [bài mới \"vào\" nhẹ nhàng hơn hẳn|kiến thức mới được tiếp thu dễ dàng hơn], [các em không còn ngồi im vì không hiểu từ bước đầu|học sinh không còn bị \"tắc\" ngay ở bước đầu tiên].",
                    ),
                    (
                        "Tôi [soạn một tập \"kiến thức lớp dưới cần nhớ\"|tóm tắt những kiến thức lớp dưới] [dày chừng mười trang|thành một cuốn mỏng], [mỗi trang một chủ đề|mỗi chủ đề một trang] [kèm ba bài tập mẫu có lời giải|có ví dụ và lời giải mẫu].",
                        "[Học sinh học theo tập này|Các em dùng tài liệu này] [vào buổi chiều thứ Tư|trong các buổi học thêm ở trường], [mỗi buổi một trang|mỗi buổi học xong một chủ đề], [học xong thì làm bài kiểm tra mười phút|cuối buổi có bài kiểm tra ngắn].",
                        "[Sau hai tháng|Đến giữa học kì], [phần lớn các em đã lấp được chỗ hổng cơ bản|đa số học sinh đã vững phần kiến thức nền], [và có thể theo kịp bài trên lớp|nên theo được tiến độ chung của lớp].",
                    ),
                    (
                        "[Tôi lập|Cùng học sinh, tôi vẽ] [một \"bản đồ kiến thức\"|sơ đồ các mạch kiến thức] [từ lớp 6 đến lớp đang học|của mấy năm gần đây], [đánh dấu|tô màu] [những ô các em còn hổng|phần các em chưa vững] [bằng bút đỏ|bằng màu đỏ].",
                        "[Mỗi tuần|Hằng tuần] [các em xóa|các em tô xanh] [một, hai ô đỏ|vài ô] [sau khi làm đúng|khi đã làm đạt] [bài kiểm tra ngắn về nội dung đó|phiếu luyện về phần đó], [chẳng hạn|ví dụ] [quy tắc dấu ngoặc|phép chia phân số] [hay|hoặc] [tính chất phân phối|quy đồng mẫu số].",
                        "[Nhìn bản đồ đỏ dần chuyển sang xanh|Thấy tấm bản đồ ngày càng nhiều ô xanh], [các em thấy rõ mình tiến bộ|học sinh thấy công sức của mình có kết quả], [điều mà điểm số đơn thuần khó cho thấy|nên chăm đi học phụ đạo hơn].",
                    ),
                )),
                ("[Phân công|Tổ chức] đôi bạn cùng tiến [trong giờ học và ở nhà|trong lớp]", (
                    (
                        "[Tôi|Giáo viên] [ghép|sắp xếp] [mỗi|một] {hs} [yếu|học chậm] [ngồi cạnh|với] [một bạn|một em] [học khá|học tốt], [có|giao] [nhiệm vụ|trách nhiệm] [cụ thể|rõ ràng] [cho từng cặp|].",
                        "[Các cặp|Mỗi cặp] [kiểm tra|giúp nhau] [bài tập về nhà|bài cũ] [vào đầu giờ|trong mười lăm phút đầu giờ] và [báo cáo|ghi] [kết quả|] [với giáo viên|vào sổ theo dõi].",
                        "[Đôi bạn|Cặp] [tiến bộ|có tiến bộ] [nhiều nhất|rõ nhất] [mỗi tháng|cuối tháng] [được|sẽ được] [tuyên dương|khen thưởng] [trước lớp|trong giờ sinh hoạt].",
                    ),
                    (
                        "[Tôi để các em tự chọn bạn đồng hành|Học sinh được tự chọn \"người bạn học\"] [trong số những bạn học khá|trong nhóm các bạn khá của lớp], [vì tôi nhận thấy ghép cặp theo sự thân thiết|bởi các cặp thân nhau] [thì làm việc hiệu quả hơn ghép cặp bắt buộc|thường hợp tác tốt hơn].",
                        "[Mỗi cặp có một \"sổ đôi bạn\"|Hai bạn dùng chung một cuốn sổ nhỏ], [ghi những bài đã cùng làm|ghi lại bài đã cùng giải] [và những câu bạn yếu đã tự làm được|và đánh dấu những bài em yếu đã tự làm].",
                        "[Tôi đọc các cuốn sổ mỗi tuần|Cuối tuần tôi xem các sổ] [và viết lời khen cho cả hai bạn|và khen ngợi cả người giúp lẫn người được giúp], [vì người giúp cũng cần được ghi nhận|bởi bạn giúp đỡ cũng cần được động viên].",
                    ),
                    (
                        "[Trong giờ luyện tập trên lớp|Ở các tiết luyện tập], [tôi áp dụng quy tắc \"hỏi bạn trước khi hỏi cô\"|học sinh phải hỏi bạn cùng cặp trước khi hỏi giáo viên]: [em yếu gặp khó thì hỏi bạn bên cạnh|em nào vướng thì trao đổi với bạn trước].",
                        "[Bạn khá chỉ được gợi ý|Người bạn chỉ được gợi ý], [không được làm hộ|tuyệt đối không giải hộ], [và phải kiểm tra xem bạn mình đã thật sự hiểu chưa|và phải hỏi lại để chắc chắn bạn đã hiểu].",
                        "[Nhờ quy tắc này|Cách làm này giúp] [tôi có thêm thời gian cho những em khó khăn nhất|giáo viên dành thời gian cho những em khó khăn nhất], [còn các bạn khá hiểu bài sâu hơn khi phải giảng lại|còn học sinh khá hiểu bài sâu hơn khi giải thích cho bạn].",
                    ),
                    (
                        "[Ngoài đôi bạn trong lớp|Bên cạnh việc ghép cặp trên lớp], tôi [lập|tổ chức] [những nhóm học cùng xóm|các \"nhóm học tập theo thôn\"] [để các em gần nhà nhau|cho học sinh ở gần nhau] [cùng học vào buổi tối|học chung vài buổi mỗi tuần].",
                        "[Mỗi nhóm|Nhóm nào cũng] [có một bạn khá làm nhóm trưởng|có một em học tốt phụ trách], [nhận phiếu bài từ tôi vào thứ Hai|nhận bài tập từ cô đầu tuần] và [gửi ảnh bài làm cả nhóm|chụp bài cả nhóm gửi lại] [vào tối thứ Năm|cuối tuần].",
                        "[Phụ huynh các thôn|Các gia đình] [ủng hộ|đồng tình] [vì con không phải đi xa|vì con có bạn học cùng], [và các em học yếu|còn học sinh yếu] [cũng dám hỏi bạn hơn hỏi thầy cô|ít ngại hỏi hơn khi học với bạn].",
                    ),
                )),
                ("[Kiểm tra|Đánh giá] [thường xuyên|ngắn] và [động viên|khích lệ] [kịp thời|từng tiến bộ nhỏ]", (
                    (
                        "[Cuối mỗi buổi|Sau mỗi buổi phụ đạo], {hs} làm [một bài kiểm tra|bài kiểm tra] {phut} phút [với|gồm] [hai, ba câu|vài câu] [vừa sức|cơ bản] [để|giúp] [các em|] [thấy mình làm được|lấy lại tự tin].",
                        "[Kết quả|Điểm số] [được|] [ghi|ghi lại] [vào biểu đồ tiến bộ|vào sổ] [để|cho] [các em|{hs}] [tự theo dõi|thấy được] [sự tiến bộ|tiến bộ] [của mình|qua từng tuần].",
                        "[Tôi|Giáo viên] [tránh|không] [phê bình|chê trách] [trước lớp|nặng nề], [thay vào đó|mà] [chỉ ra|nhẹ nhàng chỉ ra] [lỗi sai|chỗ sai] và [gợi ý|hướng dẫn] [cách sửa|sửa lại].",
                    ),
                    (
                        "[Cuối mỗi buổi phụ đạo|Trước khi kết thúc buổi học], [các em làm \"phiếu ba câu\"|học sinh làm một phiếu chỉ ba câu]: [một câu chắc chắn làm được, một câu vừa sức, một câu hơi khó|câu dễ, câu trung bình và câu thử thách].",
                        "[Phiếu được chấm ngay tại lớp|Tôi chấm phiếu ngay trong buổi], [em nào đúng cả ba câu được dán một ngôi sao vào sổ|em làm đúng hết được ghi một ngôi sao] [trên bảng thành tích của nhóm|vào bảng theo dõi của nhóm].",
                        "[Các em rất mong đến lúc làm phiếu|Học sinh háo hức chờ phiếu cuối buổi], [vì ai cũng làm đúng ít nhất một câu|vì em nào cũng làm được câu đầu], [cảm giác \"mình làm được\" quay trở lại|và lấy lại được niềm tin vào bản thân].",
                    ),
                    (
                        "Tôi [dùng \"biểu đồ leo núi\"|vẽ một biểu đồ hình ngọn núi] [dán ở cuối lớp|treo ở góc lớp]: [mỗi em có một lá cờ nhỏ|mỗi học sinh có một lá cờ mang tên mình], [sau mỗi bài kiểm tra đạt yêu cầu thì dịch lên một nấc|đạt yêu cầu bài kiểm tra thì cờ được dời lên một bậc].",
                        "[Không có cờ nào bị dời xuống|Cờ chỉ đi lên, không bao giờ đi xuống], [vì tôi muốn các em chỉ nhìn thấy sự tiến bộ|để học sinh chỉ thấy quãng đường mình đã vượt qua].",
                        "[Em {ten}, trước đây rất ngại môn Toán|Có em từng sợ môn Toán], [đã lên được \"lưng chừng núi\" sau một học kì|sau một học kì đã leo được nửa ngọn núi] [và tự hào khoe với bố mẹ|và rất vui khi khoe với cả nhà].",
                    ),
                    (
                        "[Thay vì chỉ kiểm tra viết|Bên cạnh bài kiểm tra viết], [thỉnh thoảng|đôi khi] [tôi cho các em trình bày miệng|tôi kiểm tra miệng] [lời giải một bài đã làm|một bài vừa chữa], [em nào giải thích được các bước|em nói được cách làm] là [được tính điểm|đạt].",
                        "[Có em|Em {ten}] [viết chậm và hay sợ sai|viết rất chậm] [nhưng trình bày miệng lại mạch lạc|nhưng nói lại cách giải khá rõ], [những lần kiểm tra miệng|điểm kiểm tra miệng] [cho em|giúp em] [nhận|có được] [những lời khen đầu tiên|những điểm tốt đầu tiên] [ở môn Toán|trong năm học].",
                        "[Các em dần hiểu rằng|Học sinh dần nhận ra] [điều thầy cô cần là hiểu cách làm|cái quan trọng là hiểu bài] chứ không [chỉ là đáp số|phải chép đúng đáp án], [nên bớt hẳn tình trạng chép bài của bạn|vì vậy việc chép bài bạn giảm đi rõ].",
                    ),
                )),
                ("[Phối hợp|Kết hợp] với [giáo viên chủ nhiệm|gia đình] [trong việc|để] [nhắc nhở|duy trì] [việc học|nề nếp học tập] của {hs}", (
                    (
                        "[Tôi|Giáo viên] [thông báo|trao đổi] [tình hình học tập|kết quả] [của các em|] [định kì|hằng tháng] [với|cho] [phụ huynh|giáo viên chủ nhiệm] [qua|bằng] [điện thoại|nhóm Zalo|sổ liên lạc điện tử].",
                        "[Phụ huynh|Gia đình] [được|] [hướng dẫn|gợi ý] [cách|] [nhắc con|kiểm tra con] [làm bài tập|học bài] [mỗi tối|hằng ngày] [dù không|kể cả khi không] [hiểu bài|nắm được kiến thức].",
                        "[Sự phối hợp|Sự đồng hành] [này|của gia đình] [giúp|khiến] {hs} [đi học đều hơn|chuyên cần hơn], [có ý thức|tự giác] [làm bài|học bài] [ở nhà|] [hơn trước|].",
                    ),
                    (
                        "[Tôi lập nhóm Zalo riêng|Tôi lập một nhóm nhắn tin riêng] [với phụ huynh của các em trong lớp phụ đạo|cho phụ huynh của học sinh phụ đạo], [mỗi tối chủ nhật gửi lịch học và bài cần làm trong tuần|đầu tuần gửi lịch và nội dung ôn tập].",
                        "[Phụ huynh không cần giảng bài|Cha mẹ không phải dạy con], [chỉ cần kiểm tra con đã làm đủ ba bài mỗi ngày chưa|chỉ việc xem con đã làm bài chưa] [rồi chụp ảnh gửi lên nhóm|và chụp ảnh vở gửi cho giáo viên].",
                        "[Tôi nhận xét ngắn dưới mỗi ảnh|Mỗi bài gửi lên được tôi phản hồi ngắn], [nên cả học sinh và phụ huynh đều thấy việc học ở nhà được theo dõi|nên học sinh biết việc học ở nhà luôn có người quan tâm].",
                    ),
                    (
                        "[Tôi phối hợp với giáo viên chủ nhiệm|Cùng với giáo viên chủ nhiệm, tôi] [xếp lịch phụ đạo không trùng với lịch lao động, sinh hoạt Đội|sắp xếp lịch phụ đạo hợp lí], [và nhờ giáo viên chủ nhiệm nhắc nhở những em hay vắng|đồng thời nhờ chủ nhiệm theo dõi chuyên cần].",
                        "[Với những em nhà xa|Các em ở thôn xa], [tôi đề nghị nhà trường cho ở lại ăn trưa|nhà trường bố trí cho ở lại buổi trưa] [để học buổi chiều mà không phải đi về|để tham gia phụ đạo buổi chiều].",
                        "[Tỉ lệ chuyên cần của lớp phụ đạo|Số buổi các em đi học đầy đủ] [tăng rõ so với năm trước|cao hơn hẳn năm trước], [một điều kiện quan trọng để phụ đạo có kết quả|điều kiện đầu tiên để phụ đạo có hiệu quả].",
                    ),
                    (
                        "[Cuối mỗi tháng|Định kì], tôi gửi [về gia đình|cho phụ huynh] [một tờ \"phiếu báo tin vui\"|phiếu ghi nhận tiến bộ] [chỉ ghi những việc em đã làm tốt|chỉ nói điều tích cực], [như|chẳng hạn] \"Tuần này em làm đủ bài về nhà\" hay \"Em đã giải được phương trình đơn giản\".",
                        "[Nhiều phụ huynh|Có gia đình] [lần đầu nhận tin vui về môn Toán của con|trước nay chỉ nghe thầy cô báo con học kém], [nên đã ghi lại vài dòng động viên|liền viết vài dòng phản hồi] [ở mặt sau phiếu|rồi gửi lại qua con].",
                        "[Những tờ phiếu nhỏ|Cách báo tin như vậy] [làm phụ huynh gần gũi với nhà trường hơn|khiến gia đình sẵn lòng phối hợp hơn], [các em cũng cố gắng|học sinh cũng muốn cố gắng] [để có thêm tin vui gửi về|để tháng sau lại có phiếu].",
                    ),
                )),
                ("Giao bài tập về nhà [vừa sức|ngắn] [kèm lời giải mẫu|có hướng dẫn] [cho {hs} yếu|để các em tự làm được]", (
                    (
                        "[Bài tập về nhà cho nhóm phụ đạo|Phiếu bài tập về nhà] [chỉ gồm ba, bốn bài ngắn|được soạn riêng, ít bài nhưng vừa sức], [bài đầu tiên có lời giải mẫu chi tiết|có một bài mẫu ở đầu phiếu], [để các em tự làm mà không cần người kèm|vì nhiều em không có ai hướng dẫn ở nhà].",
                        "[Sáng hôm sau|Đầu buổi học], [tôi kiểm tra nhanh bài về nhà|các cặp đôi bạn chấm chéo], [khen những em làm đủ|ghi nhận cố gắng dù bài còn sai].",
                        "[Khi bài tập vừa sức|Không còn cảnh bài về nhà quá khó], [tỉ lệ làm bài về nhà của nhóm phụ đạo tăng rõ|các em làm bài đều đặn hơn hẳn].",
                    ),
                    (
                        "Tôi [đánh dấu mỗi bài tập bằng biểu tượng|phân loại bài về nhà bằng kí hiệu] [một ngôi sao là bài bắt buộc, hai ngôi sao là bài khuyến khích|bài cơ bản và bài thử sức], [học sinh yếu chỉ cần làm bài một sao|để không em nào bị quá tải].",
                        "[Em nào làm thêm bài hai sao|Khi học sinh tự làm bài khó hơn] [được cộng điểm khuyến khích|được tuyên dương trước lớp], [nên nhiều em chủ động thử sức|tạo động lực vươn lên].",
                        "[Bài về nhà phân loại|Cách giao bài này] [giúp các em yếu không nản|giữ được thói quen tự học].",
                    ),
                    (
                        "[Mỗi phiếu bài về nhà|Bài tập gửi về] [kèm mã QR dẫn tới video ngắn giảng lại dạng bài|có đường dẫn tới bài giảng tôi tự quay], [phụ huynh hoặc học sinh quét mã là xem được|dùng điện thoại của gia đình].",
                        "[Những em quên cách làm|Học sinh còn lúng túng] [xem lại video rồi làm|không phải bỏ trống bài], [phụ huynh cũng biết con đang học gì|gia đình dễ theo dõi việc học của con].",
                    ),
                    (
                        "Tôi [chỉ giao|thường giao] [một \"bài chính\" và một \"bài thử sức\"|hai bài về nhà: một bài vừa sức, một bài khó hơn], [kèm một dòng gợi ý|có lời nhắc] [viết ở cuối phiếu|ngay dưới đề] [như|kiểu] \"Nhớ đổi dấu khi chuyển vế\".",
                        "[Ai gặp khó|Em nào bí] [có thể nhắn câu hỏi|được phép nhắn hỏi] [vào nhóm của lớp phụ đạo|trong nhóm chung] [trước chín giờ tối|trước giờ đi ngủ], [tôi hoặc bạn khá chỉ trả lời bằng một gợi ý|tôi chỉ gợi ý hướng làm], [không gửi lời giải|không giải hộ].",
                        "[Từ khi có gợi ý kèm theo|Nhờ những gợi ý nhỏ ấy], [số em bỏ trống bài về nhà|tình trạng bỏ trống bài] [giảm rõ|ít hẳn], [và các em|học sinh cũng] [dám thử|dám làm] [cả bài thử sức|bài khó hơn].",
                    ),
                )),
                ("Soạn phiếu bài tập [theo bậc thang|từ dễ đến khó] [cho|dành cho] {hs} yếu", (
                    (
                        "[Mỗi phiếu bài tập tôi soạn|Phiếu luyện tập của lớp phụ đạo] [có năm bậc|gồm năm nấc], [bậc một chỉ là bài làm theo mẫu có sẵn lời giải|bậc đầu tiên gần như chép lại bài mẫu], [mỗi bậc sau chỉ thêm một khó khăn nhỏ|các bậc sau khó dần từng chút].",
                        "[Các em không được nhảy bậc|Học sinh làm lần lượt từng bậc], [làm đúng bậc dưới mới lên bậc trên|đúng bậc này mới sang bậc kế tiếp], [và tự đánh dấu bậc cao nhất mình đạt được|và ghi lại bậc cao nhất mình làm được].",
                        "[Phiếu bậc thang giúp em nào cũng khởi đầu bằng một thành công|Nhờ phiếu này em nào cũng bắt đầu bằng một bài làm được], [điều rất cần với những em đã quen với điểm kém|điều quan trọng với những em đã nhiều lần thất bại].",
                    ),
                    (
                        "[Tôi biên soạn bài tập theo \"cặp sinh đôi\"|Bài tập phụ đạo được soạn thành từng cặp]: [bài A có lời giải mẫu chi tiết|một bài có lời giải mẫu đầy đủ], [bài B giống hệt nhưng đổi số|bài kia tương tự nhưng khác số liệu] [để các em tự làm|để học sinh tự làm].",
                        "[Học sinh đọc kĩ bài A|Các em nghiên cứu lời giải mẫu], [gấp lại rồi làm bài B|sau đó che lời giải và làm bài tương tự], [nếu bí thì được mở bài A ra xem|khi vướng thì được xem lại bài mẫu].",
                        "[Sau khi làm quen|Khi đã quen cách học này], [nhiều em đã tự học được ở nhà với tài liệu cặp sinh đôi|học sinh tự ôn được ở nhà], [không còn phụ thuộc hoàn toàn vào giờ phụ đạo|không chỉ trông chờ vào buổi phụ đạo].",
                    ),
                    (
                        "[Mỗi tuần|Hằng tuần], [tôi in một \"phiếu mười phút\"|học sinh nhận một phiếu luyện mười phút] [chỉ có năm bài cùng một dạng|gồm năm bài cùng dạng] [với số liệu tăng dần độ phức tạp|với số liệu khó dần].",
                        "[Các em làm phiếu ở nhà mỗi tối một bài|Mỗi tối các em làm một bài], [như một thói quen nhỏ|như một việc quen thuộc] [giống việc đánh răng|không tốn nhiều thời gian].",
                        "[Sau một tháng|Một tháng sau], [các em làm dạng bài đó gần như tự động|dạng bài đó trở thành quen thuộc với các em], [và tôi chuyển sang dạng tiếp theo|lúc ấy tôi mới chuyển sang dạng khác].",
                    ),
                    (
                        "Tôi [soạn|thiết kế] [phiếu \"ba màu\"|phiếu bài tập in trên ba màu giấy]: [giấy xanh|phiếu xanh] [là bài nhận biết|gồm bài áp dụng trực tiếp], [giấy vàng|phiếu vàng] [thêm một bước biến đổi|có thêm một bước], [giấy hồng|phiếu hồng] là [bài vận dụng|bài gắn với tình huống thực tế].",
                        "[Các em chỉ được lấy phiếu vàng|Học sinh chỉ nhận phiếu vàng] [khi làm đúng tám trên mười câu phiếu xanh|khi phiếu xanh đạt yêu cầu], [nên|vì vậy] [không em nào bị đưa ngay vào bài quá sức|em nào cũng bắt đầu từ chỗ làm được].",
                        "[Cuối học kì|Sau một học kì], [hơn một nửa nhóm phụ đạo|phần lớn các em] [đã lên được phiếu vàng|đã làm được phiếu vàng], [vài em còn làm cả phiếu hồng|một số em đã chinh phục phiếu hồng], [điều các em trước đây không dám nghĩ|làm chính các em bất ngờ].",
                    ),
                )),
                ("Giải thích khái niệm khó bằng [hình ảnh trực quan|ví dụ đời thường]", (
                    (
                        "[Với số nguyên âm|Khi dạy số âm], tôi [dùng hình ảnh nhiệt kế và chuyện nợ tiền|dùng nhiệt độ mùa đông và chuyện vay trả]: [\"âm 3 độ\" là lạnh hơn 0 độ, \"nợ 5 nghìn\" là âm 5 nghìn|nhiệt độ dưới 0 và khoản tiền còn nợ].",
                        "[Phép cộng hai số âm|Quy tắc cộng số âm] [trở thành \"nợ thêm thì càng nợ nhiều\"|được giải thích bằng chuyện nợ thêm thì nợ càng lớn], [học sinh yếu hiểu ngay|các em yếu hiểu ngay lập tức] [mà không cần học thuộc quy tắc|mà không phải học thuộc lòng].",
                        "[Những hình ảnh như vậy|Các hình ảnh quen thuộc] [được tôi ghi vào một góc bảng suốt buổi|được giữ ở góc bảng cả buổi học], [mỗi khi các em lúng túng lại chỉ vào đó|để các em nhìn vào khi lúng túng].",
                    ),
                    (
                        "[Tôi dùng cân đĩa thật|Tôi mang một chiếc cân đĩa vào lớp] [để dạy phương trình bậc nhất|khi dạy giải phương trình]: [hai bên cân là hai vế|hai đĩa cân tượng trưng cho hai vế], [bớt cùng một vật ở hai bên thì cân vẫn thăng bằng|bớt hay thêm như nhau ở hai đĩa thì cân vẫn cân bằng].",
                        "[Học sinh tự bỏ bớt quả cân|Các em trực tiếp thêm, bớt quả cân] [và nói ra bước biến đổi tương ứng|rồi nói phép biến đổi tương ứng trên phương trình].",
                        "[Từ đó|Nhờ vậy], [quy tắc chuyển vế không còn là \"mẹo\" khó nhớ|quy tắc chuyển vế không còn là điều phải học thuộc], [mà là điều các em tự thấy bằng mắt|mà là điều học sinh đã tận mắt thấy].",
                    ),
                    (
                        "[Khi dạy tỉ lệ thuận, tỉ lệ nghịch|Với bài đại lượng tỉ lệ], [tôi lấy ví dụ từ chính công việc ở nhà các em|tôi dùng ví dụ từ việc đồng áng]: [số người gặt và số ngày gặt xong một thửa ruộng|càng nhiều người cấy thì càng ít ngày xong việc].",
                        "[Học sinh tự lấy thêm ví dụ|Các em tự nêu thêm ví dụ] [từ việc nấu cơm, đi xe đạp đến trường|như quãng đường và thời gian đi học], [rồi xếp vào hai cột \"thuận\" và \"nghịch\"|rồi phân loại thành tỉ lệ thuận hay tỉ lệ nghịch].",
                        "[Ví dụ quen thuộc giúp các em không còn nhầm hai loại tỉ lệ|Nhờ các ví dụ gần gũi], [lỗi sai phổ biến trước đây giảm rõ|học sinh ít nhầm lẫn hơn hẳn] [trong các bài kiểm tra sau đó|ở bài kiểm tra cuối chương].",
                    ),
                    (
                        "[Để dạy|Khi dạy] [hằng đẳng thức|bình phương của một tổng], tôi [cắt|dùng] [các tấm bìa hình vuông, hình chữ nhật|những mảnh giấy màu] [để ghép thành hình vuông lớn|để học sinh ghép lại], [cho các em thấy|giúp các em thấy] (a + b)² [gồm bốn mảnh|chính là diện tích ghép từ bốn mảnh].",
                        "[Học sinh tự ghép|Các em tự tay ghép] [các mảnh|mảnh bìa] rồi [đọc ra|viết ra] [từng phần diện tích|diện tích từng mảnh], [nhờ đó|từ đó] [tự phát hiện|nhận ra] [vì sao có \"hai ab\"|vì sao có hạng tử 2ab] [chứ không phải học thuộc|mà không cần học vẹt].",
                        "[Lỗi viết (a + b)² = a² + b²|Lỗi bỏ sót hạng tử 2ab] [vốn rất phổ biến|từng rất hay gặp] [gần như không còn|giảm hẳn] [trong bài kiểm tra sau đó|ở các bài kiểm tra sau], [vì các em nhớ hình ảnh hai mảnh chữ nhật|vì hình ảnh tấm bìa còn in trong đầu các em].",
                    ),
                )),
                ("Tạo tâm lí thoải mái, [xóa mặc cảm|giúp {hs} yếu bớt tự ti] [trong giờ học|khi học Toán]", (
                    (
                        "[Tôi không bao giờ gọi học sinh yếu lên bảng làm bài khó trước lớp|Tôi tránh gọi các em yếu lên bảng với bài khó], [mà mời các em lên làm những câu chắc chắn làm được|chỉ mời lên khi đó là câu các em chắc chắn làm đúng].",
                        "[Khi em làm đúng|Làm đúng một câu], [cả lớp vỗ tay|các em nhận được tràng pháo tay của cả lớp], [và tôi nói rõ em đã làm tốt ở bước nào|và tôi khen cụ thể bước em làm tốt].",
                        "[Dần dần những em vốn cúi đầu khi bị gọi tên|Những em trước đây sợ bị gọi tên] [đã tự giơ tay xin lên bảng|đã chủ động xin phát biểu], [điều trước đó khó có thể tưởng tượng|điều mà đầu năm tôi không dám nghĩ tới].",
                    ),
                    (
                        "[Lớp phụ đạo|Buổi phụ đạo] [được tổ chức trong phòng học nhỏ|diễn ra ở thư viện hoặc một phòng nhỏ], [bàn ghế kê thành vòng tròn|các em ngồi quanh một chiếc bàn lớn], [không có cảm giác \"lớp học yếu kém\"|để bớt không khí một \"lớp kém\"].",
                        "[Tôi gọi buổi học là \"câu lạc bộ Toán vui\"|Buổi học có tên gọi nhẹ nhàng], [mở đầu bằng một câu đố mẹo|thường bắt đầu bằng một câu đố vui] [trước khi vào phần ôn tập|rồi mới vào phần chính].",
                        "[Học sinh đến lớp đúng giờ hơn|Các em đi học đầy đủ hơn] [và nói rằng thích buổi chiều thứ Năm|và còn mong đến buổi học], [điều đầu tiên cần có để việc phụ đạo có hiệu quả|vì có muốn đến lớp thì mới học được].",
                    ),
                    (
                        "[Tôi chia sẻ với các em|Tôi kể cho học sinh nghe] [về những lần chính mình từng học kém một môn|câu chuyện về những người từng học kém rồi vươn lên], [để các em hiểu điểm kém không phải là dấu chấm hết|để các em hiểu học yếu không phải do \"không có khiếu\"].",
                        "[Mỗi em đặt một mục tiêu nhỏ cho học kì|Học sinh tự đặt mục tiêu vừa sức], [ví dụ \"đạt 5 điểm bài kiểm tra giữa kì\"|như làm được hết phần tự luận cơ bản], [viết vào tờ giấy dán trong bìa vở|và ghi vào trang đầu vở].",
                        "[Khi đạt mục tiêu|Đạt được mục tiêu rồi], [các em tự nâng mục tiêu lên một chút|học sinh đặt mục tiêu mới cao hơn], [tự tin lớn dần qua từng bước nhỏ|và tự tin dần hình thành qua từng thành công nhỏ].",
                    ),
                    (
                        "[Tôi bắt đầu mỗi buổi phụ đạo|Buổi học nào cũng bắt đầu] [bằng một câu hỏi \"dễ chắc chắn đúng\"|bằng một bài ai cũng làm được], [để em nào cũng có|cho mọi em có] [một lần giơ tay trả lời đúng|cảm giác thành công] [ngay từ phút đầu|ngay đầu giờ].",
                        "[Khi một em trả lời sai|Gặp câu trả lời sai], tôi [hỏi|thường hỏi] \"Em đã nghĩ thế nào?\" [rồi tìm ra phần đúng trong cách nghĩ đó|để tìm phần hợp lí trong suy nghĩ của em], [thay vì nói ngay \"sai rồi\"|chứ không gạt đi], [nên các em không còn sợ phát biểu|vì vậy học sinh bớt sợ nói sai].",
                        "[Sau một học kì|Dần dần], [không khí buổi phụ đạo|lớp phụ đạo] [nhẹ nhàng hẳn|trở nên cởi mở], [nhiều em|có em] [còn rủ bạn cùng lớp đến học|còn tự nguyện ở lại hỏi thêm], [điều tôi chưa từng thấy ở những năm trước|một thay đổi tôi rất mừng].",
                    ),
                )),
                ("Dạy {hs} cách ghi nhớ công thức [bằng thẻ nhớ|qua thẻ học hai mặt]", (
                    (
                        "[Mỗi em làm một bộ thẻ nhớ bằng bìa cứng|Học sinh tự làm thẻ nhớ từ bìa cứng], [mặt trước ghi tên công thức hoặc câu hỏi|một mặt ghi câu hỏi], [mặt sau ghi công thức và một ví dụ nhỏ|mặt kia ghi công thức kèm ví dụ].",
                        "[Các em mang thẻ theo người|Thẻ được xâu vào một vòng khuyên], [đọc lúc chờ xe, giờ ra chơi|có thể đọc lúc rảnh], [thẻ nào đã thuộc thì chuyển sang xấp \"đã nhớ\"|thẻ nào thuộc rồi thì để riêng].",
                        "[Đầu mỗi buổi phụ đạo|Đầu giờ], [hai bạn đố nhau bằng thẻ trong ba phút|các cặp kiểm tra nhau bằng thẻ], [những công thức các em hay quên dần trở nên quen thuộc|nhờ đó các công thức cơ bản không còn bị quên].",
                    ),
                    (
                        "[Thay vì bắt học thuộc lòng nguyên văn|Tôi không yêu cầu học vẹt công thức], [tôi hướng dẫn các em \"nói công thức bằng lời của mình\"|học sinh được tập diễn đạt công thức bằng lời], [ví dụ diện tích hình thang là \"trung bình hai đáy nhân chiều cao\"|như \"diện tích tam giác bằng nửa đáy nhân cao\"].",
                        "[Các em đọc to trước nhóm|Từng em nói lại trước nhóm], [bạn nào nói đúng ý thì được tích vào bảng|nói đúng thì được đánh dấu], [nói sai thì cả nhóm cùng sửa|sai thì cả nhóm góp ý].",
                        "[Khi hiểu được ý nghĩa|Hiểu ý nghĩa rồi thì] [các em nhớ công thức lâu hơn|công thức trở nên dễ nhớ] [và biết dùng đúng chỗ|và ít dùng nhầm công thức hơn].",
                    ),
                    (
                        "[Tôi cùng học sinh làm một tấm áp phích \"công thức của tháng\"|Mỗi tháng lớp chọn vài công thức quan trọng] [treo ở cửa lớp|để dán ngay cạnh cửa ra vào], [mỗi lần ra vào lớp các em đều phải đọc|ai ra vào cũng nhìn thấy].",
                        "[Trước khi ra chơi|Cuối giờ học], [tôi hỏi nhanh một, hai công thức|tôi gọi ngẫu nhiên vài em nhắc lại công thức], [em nào trả lời đúng được ra chơi trước|trả lời đúng thì được ra trước].",
                        "[Trò chơi nhỏ này|Việc làm tưởng như nhỏ này] [khiến cả lớp thuộc công thức mà không thấy nặng nề|giúp các em nhớ công thức một cách nhẹ nhàng].",
                    ),
                    (
                        "[Tôi hướng dẫn các em|Học sinh được hướng dẫn] [dùng ứng dụng Quizlet|làm bộ thẻ trên ứng dụng học tập] [trên điện thoại của bố mẹ|trên điện thoại gia đình], [mỗi thẻ một công thức|mỗi thẻ là một quy tắc] [kèm một bài ví dụ|với một ví dụ ngắn].",
                        "[Ứng dụng|Phần mềm] [tự trộn thẻ|tự đảo thứ tự] và [nhắc lại|đưa lại] [thẻ em hay trả lời sai|những thẻ còn nhớ sai], [nên|vì vậy] [mỗi tối chỉ cần mười phút|chỉ mười phút mỗi tối] [là ôn đủ|các em đã ôn được] [các công thức của chương|toàn bộ công thức cần nhớ].",
                        "[Với những em không có điện thoại|Em nào không có điện thoại], [tôi in thẻ giấy cùng nội dung|tôi phát bộ thẻ giấy tương tự], [và cuối tuần|rồi cuối tuần] [cả nhóm chơi \"đố thẻ\"|các em đố nhau bằng thẻ] [để không em nào bị bỏ lại|để ai cũng được ôn].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [hệ thống|tổng hợp] [các chức năng|những chức năng] [của máy tính cầm tay|] [như|gồm] [TABLE, SOLVE, CALC|giải phương trình, tính tích phân, lập bảng giá trị] [phù hợp|hữu ích] [với từng dạng|cho từng chủ đề].",
                        "[Với|Ở] [mỗi dạng|từng dạng] [bài|câu hỏi], {hs} [được|] [luyện|thực hành] [cả cách giải tự luận lẫn|song song cách giải thông thường và] [cách bấm máy|thủ thuật máy tính] để [đối chiếu|kiểm tra chéo].",
                        "[Tuy nhiên|Song], tôi [luôn nhắc|lưu ý] {hs} [không lạm dụng|không phụ thuộc] máy tính, [vì|bởi] [nhiều câu|các câu vận dụng] [đòi hỏi|cần] [hiểu bản chất|tư duy] [mới|thì mới] [làm được|giải được].",
                    ),
                    (
                        "[Tôi tổng hợp thành một tài liệu ngắn|Tôi biên soạn một tập hướng dẫn] [\"mười thao tác máy tính cầm tay hay dùng\"|những thao tác máy tính cầm tay thường dùng nhất], [mỗi thao tác có hình chụp màn hình máy|kèm ảnh chụp màn hình] [và một câu hỏi trong đề minh họa để áp dụng|và một câu trong đề thi để luyện].",
                        "[Học sinh luyện theo cặp|Các em thực hành theo cặp]: [một em đọc đề, một em bấm máy|một người đọc yêu cầu, người kia thao tác], [sau đó đổi vai|xong thì đổi vai], [mỗi buổi luyện ba thao tác|mỗi buổi ôn vài thao tác].",
                        "[Tuy vậy|Dù vậy], [tôi luôn yêu cầu các em giải thích vì sao cách bấm máy cho ra đáp án đó|học sinh phải nói được ý nghĩa toán học đằng sau thao tác], [để máy tính là công cụ kiểm tra chứ không thay cho tư duy|để tránh phụ thuộc hoàn toàn vào máy].",
                    ),
                    (
                        "[Ở mỗi chuyên đề|Trong từng chủ đề ôn tập], [tôi chọn ra những câu \"nên bấm máy\" và những câu \"không nên bấm máy\"|tôi phân loại câu nào nên dùng máy, câu nào nên giải tay], [vì có câu bấm máy còn lâu hơn giải trực tiếp|vì không phải lúc nào bấm máy cũng nhanh].",
                        "[Học sinh được thi xem cách nào nhanh hơn|Tôi cho các em thi tốc độ hai cách]: [một nửa lớp giải tay, một nửa bấm máy|nửa lớp làm theo cách này, nửa lớp làm cách kia], [rồi so sánh thời gian|sau đó đối chiếu thời gian và độ chính xác].",
                        "[Qua đó|Từ những lần thi như vậy], [các em biết chọn công cụ phù hợp|học sinh tự rút ra khi nào nên dùng máy] [thay vì lạm dụng máy tính cho mọi câu|chứ không bấm máy một cách máy móc].",
                    ),
                )),
                ("Xây dựng [ngân hàng câu hỏi|hệ thống câu hỏi] [theo mức độ nhận thức|theo chủ đề]", (
                    (
                        "[Tổ chuyên môn|Tôi cùng đồng nghiệp] [xây dựng|biên soạn] [ngân hàng|hệ thống] [khoảng|hơn] {n_big} câu hỏi [chia theo|phân theo] [bốn mức|các mức] nhận biết, thông hiểu, vận dụng, vận dụng cao.",
                        "[Các câu hỏi|Câu hỏi] [được|] [đưa lên|nhập vào] [phần mềm|ứng dụng] [Azota|Google Forms|Quizizz] để {hs} [luyện tập|làm bài] [mọi lúc, mọi nơi|ở nhà] và [nhận kết quả|biết kết quả] [ngay|tức thì].",
                        "[Dựa vào|Căn cứ] [thống kê|kết quả] [của phần mềm|], [tôi|giáo viên] [biết|xác định được] [câu nào|chủ đề nào] [nhiều em sai|còn yếu] để [chữa|ôn lại] [kĩ hơn|trên lớp].",
                    ),
                    (
                        "[Tổ Toán|Nhóm giáo viên dạy lớp 12] [chia nhau biên soạn câu hỏi theo chuyên đề|phân công mỗi người phụ trách một chuyên đề], [mỗi câu gắn mã mức độ và mã chủ đề|mỗi câu được gắn nhãn mức độ và nội dung], [lưu chung trên một bảng tính|tập hợp vào một tệp chung].",
                        "[Từ ngân hàng đó|Nhờ có ngân hàng câu hỏi], [việc ra đề kiểm tra mười lăm phút chỉ mất vài phút|tôi tạo đề kiểm tra ngắn rất nhanh] [và có thể tạo nhiều mã đề khác nhau|với nhiều phiên bản khác nhau], [hạn chế học sinh nhìn bài nhau|tránh được việc trao đổi bài].",
                        "[Mỗi năm|Hằng năm], [tổ rà soát và bổ sung câu hỏi|ngân hàng được cập nhật thêm], [loại bỏ những câu có tỉ lệ đúng quá cao hoặc quá thấp|và bỏ những câu không còn phù hợp].",
                    ),
                    (
                        "[Tôi giao cho học sinh|Các em được giao] [nhiệm vụ tự soạn câu hỏi trắc nghiệm|tự đặt câu hỏi trắc nghiệm] [cho chuyên đề vừa học|về phần vừa học], [mỗi nhóm mười câu có đủ bốn phương án|mỗi nhóm một bộ câu hỏi có đáp án].",
                        "[Khó nhất với các em|Điều thú vị là] [là viết các phương án nhiễu \"hợp lí\"|các em phải nghĩ ra phương án sai nhưng hợp lí], [nên phải hiểu rõ những lỗi sai hay gặp|vì thế phải nắm được những sai lầm thường gặp].",
                        "[Những câu hay được đưa vào ngân hàng của lớp|Câu hỏi tốt được chọn vào bộ đề chung], [kèm tên tác giả|có ghi tên nhóm soạn], [học sinh rất thích được \"làm người ra đề\"|các em hứng thú khi được đóng vai người ra đề].",
                    ),
                )),
                ("Rèn [kĩ năng phân bổ thời gian|chiến thuật làm bài] [qua các đề thi thử|trong phòng thi]", (
                    (
                        "[Mỗi tháng|Định kì], [lớp|{hs}] [làm|được làm] [một đề thi thử|đề thi thử] [đúng cấu trúc|theo cấu trúc đề minh họa] [với thời gian|trong] 90 phút [như thi thật|].",
                        "[Tôi|Giáo viên] [hướng dẫn|dạy] {hs} [làm|làm trước] [các câu dễ|những câu nhận biết, thông hiểu] [trước|], [đánh dấu|để lại] [câu khó|những câu chưa làm được] [để|rồi] [quay lại sau|làm sau cùng].",
                        "[Sau mỗi đề|Mỗi lần thi thử], [các em|{hs}] [tự|] [ghi lại|thống kê] [thời gian|số phút] [làm từng phần|cho từng phần] và [lỗi sai|các lỗi] [để|nhằm] [rút kinh nghiệm|điều chỉnh] [cho lần sau|].",
                    ),
                    (
                        "[Tôi hướng dẫn học sinh chia đề thành ba \"vòng\"|Tôi dạy chiến thuật làm bài ba vòng]: [vòng một làm nhanh các câu chắc chắn|lượt đầu làm hết câu dễ], [vòng hai quay lại câu cần tính toán|lượt hai làm câu trung bình], [vòng ba mới dành cho câu khó|lượt cuối mới xử lí câu khó].",
                        "[Các em đánh dấu câu bỏ qua ngay trên đề|Câu nào để lại thì đánh dấu trên đề] [bằng các kí hiệu riêng|bằng kí hiệu quy ước] [để khỏi mất thời gian đọc lại|để không phải đọc lại từ đầu].",
                        "[Khi áp dụng ba vòng|Nhờ làm theo vòng], [nhiều em không còn bị \"kẹt\" ở một câu khó rồi bỏ trống cả chục câu dễ phía sau|học sinh không còn mắc kẹt ở câu khó mà bỏ lỡ câu dễ].",
                    ),
                    (
                        "[Trong mỗi lần thi thử|Ở các đề thi thử], [tôi yêu cầu các em ghi giờ ra lề|học sinh ghi thời gian] [sau mỗi mười câu|khi làm xong mỗi nhóm câu], [để biết mình đang nhanh hay chậm so với \"nhịp chuẩn\"|để so với thời gian dự kiến].",
                        "[Sau bài thi|Thi xong], [các em tự vẽ biểu đồ thời gian|mỗi em tự lập bảng thời gian] [và nhận ra mình hay mất thời gian ở phần nào|và thấy phần nào mình làm chậm nhất].",
                        "[Từ đó mỗi em có kế hoạch ôn riêng|Mỗi em tự điều chỉnh], [em chậm phần hình không gian thì luyện thêm phần đó|ai chậm ở đâu thì luyện thêm ở đó], [thay vì ôn đều mọi thứ|chứ không ôn dàn trải].",
                    ),
                )),
                ("[Hướng dẫn|Dạy] {hs} [phương pháp loại trừ|các kĩ thuật loại trừ] [và thử đáp án|, thử đáp án]", (
                    (
                        "[Với|Đối với] [những câu|các câu] [có đáp án là số cụ thể|hỏi giá trị], {hs} [có thể|được hướng dẫn] [thay|thử] [từng đáp án|các phương án] [vào đề bài|vào điều kiện] để [loại|loại bỏ] [phương án sai|đáp án không thỏa mãn].",
                        "[Tôi|Giáo viên] [lấy|đưa ra] [ví dụ|các ví dụ] [về|cho] [bài toán cực trị, đơn điệu|bài toán tìm tham số m] [để|giúp] [các em|{hs}] [thấy|nhận ra] [khi nào|lúc nào] [nên|có thể] [dùng|áp dụng] [cách này|phương pháp này].",
                        "[Kĩ năng|Thủ thuật] [này|loại trừ] [giúp|giúp cho] [các em|{hs}] [tiết kiệm|rút ngắn] [đáng kể|] [thời gian|] và [tăng|nâng] [xác suất|khả năng] [chọn đúng|đúng] [ở các câu khó|].",
                    ),
                    (
                        "[Tôi soạn những câu \"phải thử mới thấy\"|Tôi chọn những câu có thể thử đáp án], [như tìm nghiệm của phương trình mũ, tìm giá trị tham số|chẳng hạn câu hỏi nghiệm hoặc giá trị tham số], [và cho học sinh so sánh hai cách|rồi cho các em giải theo hai cách].",
                        "[Cách thứ nhất giải trực tiếp|Một cách giải theo lí thuyết], [cách thứ hai thay từng phương án vào|cách kia thử lần lượt các phương án]; [cả lớp ghi lại cách nào nhanh hơn|học sinh so sánh thời gian của mỗi cách].",
                        "[Qua nhiều câu|Sau một loạt ví dụ], [các em tự rút ra dấu hiệu nên dùng phép thử|học sinh nhận ra khi nào nên thử đáp án] [như khi đáp án là các số cụ thể, dễ thay|ví dụ khi phương án là số đơn giản].",
                    ),
                    (
                        "[Tôi đặc biệt chú ý|Tôi lưu ý học sinh] [đến \"loại trừ theo tính chất\"|cách loại đáp án dựa vào tính chất]: [ví dụ hàm số có đồ thị đi qua gốc tọa độ thì loại ngay các phương án có hệ số tự do khác không|ví dụ dựa vào dấu, tính chẵn lẻ hay giới hạn để loại].",
                        "[Trong mỗi đề luyện|Ở mỗi đề], [các em gạch bỏ phương án loại được và ghi lí do bên cạnh|học sinh ghi lí do loại bỏ từng phương án], [để tôi kiểm tra lập luận|để giáo viên xem lập luận có đúng không].",
                        "[Nhờ vậy|Với cách luyện này], [ngay cả với câu chưa giải được|dù chưa giải trọn vẹn], [các em vẫn thu hẹp được lựa chọn và tăng khả năng chọn đúng|học sinh vẫn loại được phương án sai].",
                    ),
                )),
                ("Tổ chức [kiểm tra trắc nghiệm ngắn|luyện đề mini] [hằng tuần|đều đặn] [trên phần mềm|có thống kê kết quả]", (
                    (
                        "[Mỗi tuần|Cuối tuần], [học sinh làm một đề mười lăm câu trong hai mươi phút|lớp làm một đề trắc nghiệm ngắn] [trên Azota hoặc Google Forms|trên điện thoại], [kết quả và lời giải hiện ngay sau khi nộp|các em biết điểm ngay].",
                        "[Thống kê của phần mềm|Bảng phân tích kết quả] [cho tôi biết câu nào nhiều em sai|chỉ ra chủ đề lớp còn yếu], [để chữa kĩ vào đầu tuần sau|để điều chỉnh kế hoạch ôn tập].",
                        "[Luyện đều đặn|Những đề ngắn hằng tuần] [giúp học sinh quen áp lực thời gian|giúp kiến thức được ôn liên tục thay vì dồn cuối năm].",
                    ),
                    (
                        "[Đề mini|Các đề luyện tập] [được trộn câu từ nhiều chuyên đề đã học|có cả câu của chương cũ], [để học sinh không quên kiến thức trước|buộc các em ôn lại liên tục].",
                        "[Học sinh có bảng theo dõi điểm|Mỗi em theo dõi điểm của mình] [qua các tuần|trên biểu đồ], [thấy rõ chuyên đề nào mình còn hổng|tự lập kế hoạch ôn riêng].",
                        "[Việc tự theo dõi|Biểu đồ điểm số] [giúp các em chủ động hơn|tạo động lực cải thiện].",
                    ),
                    (
                        "[Những em điểm thấp liên tiếp|Học sinh chưa đạt yêu cầu] [được tôi hẹn gặp riêng|được mời ở lại trao đổi] [để tìm nguyên nhân|xem vướng ở chuyên đề nào], [rồi giao bài luyện thêm phù hợp|kèm hướng dẫn riêng].",
                        "[Sự quan tâm kịp thời|Hỗ trợ cá nhân] [giúp các em không bị tụt lại|giúp điểm thi thử của nhóm này tăng dần].",
                    ),
                )),
                ("Rèn kĩ năng đọc [đồ thị|bảng biến thiên] [để trả lời nhanh|và khai thác thông tin từ hình vẽ]", (
                    (
                        "[Tôi tập hợp|Tôi sưu tầm] [khoảng năm mươi câu hỏi cho sẵn đồ thị hoặc bảng biến thiên|các câu hỏi có kèm đồ thị, bảng biến thiên] [từ đề minh họa các năm|trong các đề thi những năm gần đây], [chia theo kiểu hỏi|rồi phân loại theo yêu cầu].",
                        "[Mỗi kiểu hỏi|Với từng kiểu câu hỏi] [có một \"câu thần chú\" ngắn|có một quy tắc ngắn] như \"[hỏi đồng biến thì nhìn mũi tên đi lên|hỏi cực trị thì tìm chỗ đổi chiều]\", [học sinh đọc to trước khi làm|các em nhắc lại trước khi làm].",
                        "[Sau ba tuần luyện|Luyện đều trong vài tuần], [tỉ lệ trả lời đúng nhóm câu này tăng rõ|các em làm đúng phần lớn câu đọc đồ thị], [đây là những điểm \"dễ lấy\" mà trước đây nhiều em để mất|những câu vốn dễ nhưng hay mất điểm].",
                    ),
                    (
                        "[Trong giờ dạy|Khi dạy khảo sát hàm số], [tôi chiếu đồ thị lên màn hình|tôi đưa ra một đồ thị] [và đặt liên tiếp nhiều câu hỏi nhỏ|rồi hỏi dồn nhiều câu ngắn]: [hàm đồng biến ở đâu, có mấy cực trị, giá trị lớn nhất trên đoạn là bao nhiêu|số nghiệm của phương trình, điểm cực đại, khoảng nghịch biến].",
                        "[Học sinh giơ bảng trả lời|Các em trả lời bằng bảng con] [trong vòng mười giây mỗi câu|với thời gian rất ngắn], [tạo phản xạ đọc đồ thị nhanh|để luyện phản xạ].",
                        "[Một đồ thị có thể dùng cho cả chục câu hỏi|Từ một hình vẽ có thể hỏi rất nhiều câu], [nên hoạt động tốn rất ít thời gian chuẩn bị|nên giáo viên không mất nhiều công chuẩn bị] [mà hiệu quả rõ|nhưng học sinh tiến bộ nhanh].",
                    ),
                    (
                        "[Tôi cho học sinh làm ngược lại|Học sinh được giao nhiệm vụ ngược]: [từ bảng biến thiên, vẽ phác đồ thị|từ bảng biến thiên tự phác họa đồ thị], [từ đồ thị, lập lại bảng biến thiên|hoặc từ đồ thị lập bảng biến thiên] [rồi đổi bài cho bạn kiểm tra|sau đó trao đổi để kiểm tra chéo].",
                        "[Việc chuyển qua lại giữa hai cách biểu diễn|Chuyển đổi qua lại như vậy] [giúp các em hiểu chúng chỉ là hai cách nói của cùng một hàm số|cho các em thấy đồ thị và bảng biến thiên cùng mô tả một hàm].",
                        "[Những câu hỏi \"cho đồ thị của đạo hàm\"|Dạng câu cho đồ thị f'(x)], [vốn làm nhiều em bối rối|vốn rất hay nhầm], [trở nên dễ hơn khi các em quen chuyển đổi|đã được các em làm tự tin hơn].",
                    ),
                )),
                ("Tổng hợp [những \"bẫy\" thường gặp|các lỗi sai hay gặp] [trong phương án nhiễu|khi làm bài trắc nghiệm]", (
                    (
                        "[Sau mỗi lần thi thử|Chấm xong mỗi đề thi thử], [tôi thống kê những phương án sai được chọn nhiều nhất|tôi xem học sinh hay chọn nhầm phương án nào] [và tìm nguyên nhân|rồi phân tích vì sao].",
                        "[Các nguyên nhân được ghi thành \"sổ tay bẫy\"|Các lỗi được tập hợp thành danh sách \"bẫy\"]: [quên điều kiện xác định, nhầm đơn vị góc, đọc thiếu chữ \"không\"|quên điều kiện, nhầm dấu, hiểu sai câu hỏi phủ định].",
                        "[Trước mỗi đề|Trước khi làm bài], [các em đọc lại sổ tay bẫy|học sinh xem lại danh sách bẫy], [số câu sai vì bất cẩn giảm rõ|các lỗi do cẩu thả giảm đáng kể].",
                    ),
                    (
                        "[Tôi dành những tiết chữa đề|Khi chữa đề], [không chữa lần lượt từ câu 1 đến câu 50|tôi không chữa theo thứ tự câu] [mà nhóm các câu có cùng kiểu bẫy|mà gom các câu có cùng kiểu sai lầm] [để học sinh nhận ra điểm chung|giúp các em thấy quy luật].",
                        "[Ví dụ nhóm \"quên điều kiện\"|Chẳng hạn nhóm câu về điều kiện] [gồm câu logarit, câu căn thức, câu phân thức|gồm các câu về logarit, căn bậc hai], [học sinh thấy cùng một lỗi xuất hiện ở nhiều chỗ|các em thấy một lỗi lặp lại ở nhiều dạng].",
                        "[Cách chữa theo nhóm|Chữa theo nhóm bẫy] [tiết kiệm thời gian|đỡ tốn thời gian] [mà các em nhớ lâu hơn|và học sinh nhớ bài học lâu hơn].",
                    ),
                    (
                        "[Tôi viết những câu trắc nghiệm \"gài bẫy\" có chủ đích|Tôi soạn các câu hỏi có bẫy] [và cho học sinh chỉ ra bẫy nằm ở đâu|rồi yêu cầu học sinh tìm ra bẫy] [trước khi chọn đáp án|trước khi khoanh đáp án].",
                        "[Mỗi lần phát hiện bẫy|Ai tìm đúng bẫy] [được cộng một điểm \"thám tử\"|được ghi điểm thưởng], [cuối tháng ai nhiều điểm nhất được tuyên dương|cuối tháng tổng kết và khen thưởng].",
                        "[Học sinh trở nên cảnh giác hơn|Dần dần các em đọc đề cẩn thận hơn], [đọc kĩ từng chữ của câu hỏi|chú ý từng chữ trong câu hỏi], [nhất là những chữ như \"không\", \"sai\", \"nhỏ nhất\"|đặc biệt là các từ phủ định].",
                    ),
                )),
                ("Ôn tập theo chuyên đề bằng sơ đồ tư duy", (
                    (
                        "[Cuối mỗi chuyên đề|Khi kết thúc một chuyên đề], [mỗi học sinh vẽ một sơ đồ tư duy trên khổ A3|học sinh tự vẽ sơ đồ tư duy trên giấy lớn], [nhánh chính là các dạng câu hỏi|mỗi nhánh là một dạng toán], [nhánh phụ là cách giải và lưu ý|kèm cách làm và điều cần nhớ].",
                        "[Tôi chọn vài sơ đồ đẹp|Những sơ đồ tốt] [chiếu lên cho cả lớp xem và bổ sung|được chiếu lên để cả lớp góp ý], [các em tự hoàn thiện sơ đồ của mình|học sinh bổ sung vào sơ đồ cá nhân].",
                        "[Trước kì thi|Giai đoạn ôn thi cuối cùng], [các em chỉ cần xem lại bộ sơ đồ|học sinh ôn lại nhanh bằng các sơ đồ] [thay vì lật lại cả chồng vở|không cần đọc lại toàn bộ vở ghi].",
                    ),
                    (
                        "[Tôi cho các nhóm thi \"vẽ sơ đồ tiếp sức\"|Các nhóm thi vẽ sơ đồ theo kiểu tiếp sức]: [mỗi thành viên lên bảng thêm một nhánh|từng em lên bổ sung một nhánh] [trong ba mươi giây|trong thời gian ngắn], [nhóm nào có sơ đồ đầy đủ và đúng nhất thì thắng|nhóm có sơ đồ hoàn chỉnh nhất giành chiến thắng].",
                        "[Hoạt động kéo dài khoảng mười phút|Chỉ mất chừng mười phút], [nhưng giúp cả lớp hệ thống lại kiến thức cả chương|nhưng cả lớp đã ôn lại toàn bộ chuyên đề].",
                        "[Không khí thi đua|Sự thi đua giữa các nhóm] [làm giờ ôn tập bớt nặng nề|giúp tiết ôn tập sôi nổi], [những em ít phát biểu cũng phải lên bảng|em nào cũng phải góp ít nhất một nhánh].",
                    ),
                    (
                        "[Tôi phát cho học sinh sơ đồ \"khuyết\"|Học sinh nhận một sơ đồ tư duy còn trống nhiều nhánh] [chỉ có khung chính|chỉ có sẵn các ý lớn], [các em tự điền phần còn thiếu|các em điền nội dung còn thiếu] [rồi so với sơ đồ đầy đủ của giáo viên|sau đó đối chiếu với sơ đồ mẫu].",
                        "[Những nhánh các em điền sai hoặc để trống|Chỗ nào học sinh để trống] [chính là phần kiến thức cần ôn lại|cho biết ngay phần kiến thức còn yếu], [giúp mỗi em biết rõ mình cần ôn gì|nhờ đó các em ôn có trọng tâm].",
                        "[Sơ đồ khuyết cũng được tôi dùng làm bài kiểm tra đầu giờ|Tôi còn dùng sơ đồ khuyết để kiểm tra bài cũ], [nhanh gọn mà bao quát được cả chuyên đề|vừa nhanh vừa bao quát].",
                    ),
                )),
                ("Luyện dạng toán thực tế [trong đề thi|có nội dung đời sống] [như lãi suất, tối ưu chi phí|như lãi suất, tăng trưởng dân số]", (
                    (
                        "[Tôi sưu tầm những câu hỏi thực tế|Tôi tập hợp các câu có bối cảnh thực tế] [như gửi tiết kiệm, vay trả góp, làm bể nước ít tốn vật liệu nhất|như lãi kép, tối ưu diện tích, chi phí sản xuất] [và sắp xếp theo mô hình toán học|rồi phân loại theo mô hình toán].",
                        "[Với mỗi mô hình|Mỗi loại bài] [tôi hướng dẫn ba bước: đặt ẩn, lập hàm, tìm giá trị|tôi dạy quy trình chuyển lời văn thành công thức], [học sinh luyện \"dịch\" đề thành biểu thức trước khi tính|các em tập viết biểu thức trước khi bấm máy].",
                        "[Nhờ luyện có hệ thống|Khi đã quen mô hình], [các em không còn bỏ qua câu thực tế vì \"đề dài\"|học sinh không còn sợ các câu có đề dài], [nhiều em còn thấy đây là phần thú vị nhất|và thấy được ứng dụng của toán].",
                    ),
                    (
                        "[Tôi lấy số liệu thật|Tôi dùng số liệu thực tế] [từ lãi suất ngân hàng hiện hành|như lãi suất tiết kiệm đang áp dụng], [giá điện bậc thang|biểu giá điện sinh hoạt] [để đặt đề|để ra bài tập].",
                        "[Học sinh tính xem|Các em tính thử] [gửi 50 triệu đồng sau 5 năm được bao nhiêu|số tiền nhận được sau vài năm gửi tiết kiệm], [hay tiền điện của gia đình mình trong tháng|hoặc tiền điện của nhà mình].",
                        "[Bài toán gắn với túi tiền gia đình|Những bài toán liên quan trực tiếp đến gia đình] [khiến các em chú ý hơn hẳn|thu hút học sinh hơn], [có em về nhà tính lại tiền điện cho bố mẹ xem|có em còn về kiểm tra hóa đơn điện nhà mình].",
                    ),
                    (
                        "[Tôi giao cho các nhóm|Các nhóm nhận] [một tình huống mở|một bài toán thực tế mở] như \"[thiết kế hộp đựng bánh có thể tích cho trước tốn ít giấy nhất|làm chiếc thùng có thể tích 1 lít tốn ít vật liệu nhất]\", [các nhóm tự đặt ẩn và lập hàm|các em tự xây dựng mô hình].",
                        "[Các nhóm làm mô hình bằng bìa|Các nhóm làm sản phẩm thật bằng bìa cứng] [theo kích thước tính được|đúng theo kết quả tính toán] [rồi so sánh với các kích thước khác|và đối chiếu với phương án khác].",
                        "[Khi thấy chiếc hộp tối ưu thật sự tốn ít bìa nhất|Thấy tận mắt phương án tối ưu], [học sinh hiểu ý nghĩa của bài toán giá trị nhỏ nhất|các em hiểu vì sao cần tìm giá trị nhỏ nhất] [hơn bất kì lời giảng nào|rõ hơn mọi lời giải thích].",
                    ),
                )),
                ("Rèn kĩ năng ước lượng [và đánh giá tính hợp lí của đáp án|để kiểm tra nhanh đáp án]", (
                    (
                        "[Tôi yêu cầu học sinh|Trước khi tính], [các em phải ước lượng kết quả|học sinh ước lượng nhanh kết quả] [bằng cách làm tròn số liệu|bằng số tròn], [rồi mới so với các phương án|sau đó đối chiếu với bốn phương án].",
                        "[Nhiều phương án nhiễu|Không ít phương án sai] [có giá trị chênh lệch rất xa với kết quả ước lượng|khác hẳn kết quả ước lượng], [nên chỉ cần ước lượng là loại được một, hai phương án|nên ước lượng giúp loại bớt ngay].",
                        "[Thói quen ước lượng|Việc ước lượng] [còn giúp các em phát hiện kết quả vô lí|giúp phát hiện các kết quả phi lí] [như thể tích âm, xác suất lớn hơn 1|chẳng hạn xác suất lớn hơn 1 hay độ dài âm].",
                    ),
                    (
                        "[Tôi dành mỗi tuần một tiết ngắn|Mỗi tuần có một buổi] [luyện \"đoán nhanh\"|cho hoạt động đoán nhanh]: [chiếu câu hỏi trong mười lăm giây|câu hỏi hiện lên rất nhanh], [học sinh chỉ được ước lượng, không được tính|các em không kịp tính mà chỉ được ước lượng] [rồi chọn đáp án|và khoanh đáp án].",
                        "[Sau đó cả lớp giải chi tiết|Tiếp theo mới giải đầy đủ], [so sánh với đáp án đã đoán|rồi đối chiếu với lựa chọn ban đầu].",
                        "[Học sinh bất ngờ|Các em ngạc nhiên] [vì tỉ lệ đoán đúng khá cao|khi thấy mình đoán đúng nhiều câu], [từ đó tự tin hơn khi gặp câu khó trong phòng thi|và bình tĩnh hơn trước những câu chưa giải được].",
                    ),
                    (
                        "[Với các câu hình học không gian|Ở các câu hình không gian], [tôi hướng dẫn học sinh so sánh với hình quen thuộc|tôi dạy các em dựa vào hình lập phương, hình hộp quen thuộc] [để đoán độ lớn của góc, khoảng cách|để ước lượng góc và khoảng cách].",
                        "[Ví dụ góc giữa đường chéo hình lập phương và mặt đáy|Chẳng hạn góc giữa đường chéo khối lập phương với đáy] [chắc chắn nhỏ hơn 45 độ|phải nhỏ hơn 45 độ], [nên loại ngay phương án 60 độ|vậy loại được phương án lớn].",
                        "[Cách ước lượng bằng hình quen thuộc|Kĩ năng ước lượng này] [giúp các em tự tin hơn với phần hình không gian|giúp học sinh bớt sợ phần hình không gian], [vốn là phần nhiều em bỏ qua|phần trước đây nhiều em bỏ trống].",
                    ),
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
                    (
                        "[Ngay từ|Trong] [những tiết đầu|tiết đầu tiên], tôi [hướng dẫn|làm mẫu] [tư thế ngồi|cách ngồi] [thẳng lưng|ngay ngắn], [mắt cách màn hình khoảng 50 cm|khoảng cách phù hợp] và [cách đặt|vị trí đặt] [tám ngón tay|các ngón tay] [lên hàng phím cơ sở|trên hai phím có gai F và J].",
                        "[Tôi|Giáo viên] [dán|làm] [nhãn màu|miếng dán màu] [lên|trên] [các phím|bàn phím] [tương ứng với|theo] [từng ngón tay|mỗi ngón] [để|giúp] {hs} [dễ nhớ|ghi nhớ nhanh].",
                        "[Trong giờ thực hành|Khi các em luyện gõ], tôi [đi từng máy|quan sát từng máy] để [chỉnh|nhắc] [những em|em nào] [gõ bằng một ngón|nhìn bàn phím khi gõ].",
                        "[Tôi|Giáo viên] [sử dụng|dùng] [bài hát|nhịp vỗ tay] [để|giúp] [các em|{hs}] [gõ|luyện gõ] [theo nhịp|đều tay], [tạo|giúp] [không khí|giờ học] [vui vẻ|thoải mái].",
                    ),
                    (
                        "[Tôi|Giáo viên] [vẽ|in] [một|] [bàn phím|sơ đồ bàn phím] [cỡ lớn|phóng to] [treo|dán] [trên bảng|cạnh màn hình], [tô|đánh dấu] [mỗi|từng] [vùng phím|nhóm phím] [một màu|bằng màu riêng] [ứng với|tương ứng] [từng ngón tay|ngón phụ trách].",
                        "[Trước khi|Trước lúc] [bật máy|mở phần mềm], [cả lớp|{hs}] [đặt tay|tập đặt tay] [lên|trên] [bàn phím giấy|tấm bìa in bàn phím] [và|rồi] [đọc to|nói theo] [tên|vị trí] [các phím|từng phím] [ở|của] [hàng cơ sở|hàng giữa].",
                        "[Em nào|Những em] [quen|có thói quen] [nhìn xuống|cúi nhìn] [bàn phím|tay] [được|sẽ được] [tôi|cô] [che|phủ] [bàn phím|tay] [bằng|với] [một|] [tấm vải mỏng|tờ bìa nhỏ] [trong|suốt] [vài|mấy] [phút|lượt gõ] [để|nhằm] [tập|rèn] [gõ|gõ phím] [theo|bằng] [cảm giác|trí nhớ].",
                    ),
                    (
                        "[Ở|Trong] [tiết đầu|những tiết đầu], [tôi|giáo viên] [đi|đến] [từng máy|từng chỗ] [chỉnh|sửa] [độ cao|vị trí] [ghế|chỗ ngồi], [nhắc|hướng dẫn] [các em|{hs}] [để|giữ] [cổ tay|hai cổ tay] [thả lỏng|không tì lên mép bàn].",
                        "[Hai|Các] [phím|nút] [có|với] [gờ nổi|vạch nổi] F và J [được|] [giới thiệu|gọi vui] [là|như] \"[hai cột mốc|hai ngôi nhà]\" [của|cho] [hai|các] [ngón trỏ|ngón tay trỏ], [mỗi lần|hễ] [lạc tay|đặt sai] [là|thì] [các em|{hs}] [sờ|tìm] [lại|về] [hai|] [phím|cột mốc] [này|ấy].",
                        "[Những|Các] [phút|tiết] [đầu|đầu tiên] [tôi|cô] [chỉ|] [cho|để] [gõ|luyện] [các|những] [chữ cái|phím] [hàng cơ sở|A, S, D, F, J, K, L] [thật|rất] [chậm|chậm rãi], [ưu tiên|coi trọng] [đúng ngón|gõ đúng ngón] [hơn|chứ không phải] [tốc độ|gõ nhanh].",
                    ),
                )),
                ("[Sử dụng|Khai thác] phần mềm luyện gõ [kết hợp|và] [trò chơi|thi đua]", (
                    (
                        "[Tôi|Giáo viên] [cài đặt|sử dụng] {dc} [với|có] [các bài|nhiều cấp độ] [từ hàng phím cơ sở|từ dễ] [đến|tới] [gõ từ, gõ câu|toàn bộ bàn phím].",
                        "[Mỗi tiết|Cuối mỗi tiết], {hs} [có|được dành] {phut} phút [thi|tham gia] {hd} [và|rồi] [ghi|báo] [tốc độ gõ|số từ mỗi phút] [vào bảng thi đua|lên bảng].",
                        "[Các em|{hs}] [rất hào hứng|thích thú] [khi|vì] [thấy|được thấy] [tốc độ|thành tích] [của mình|] [tăng lên|tiến bộ] [từng tuần|qua mỗi tuần].",
                    ),
                    (
                        "[Phần mềm|Chương trình] [luyện gõ|tập gõ] [có|được] [chia|sắp xếp] [thành|theo] [các|những] [cấp độ|màn chơi], [mỗi tuần|hằng tuần] {hs} [phải|cần] [vượt|qua] [hai|ít nhất hai] [màn|cấp] [mới|thì mới] [được|] [chuyển|lên] [bài|cấp] [mới|tiếp theo].",
                        "[Tôi|Giáo viên] [lập|làm] [bảng|biểu đồ] \"[tốc độ gõ của tổ|hành trình gõ phím]\" [dán|treo] [ở|trên] [tường|bảng tin] [phòng máy|], [mỗi|từng] [em|bạn] [tự|] [ghi|điền] [số từ|số chữ] [mỗi phút|trong một phút] [sau|cuối] [mỗi|từng] [tiết|buổi].",
                        "[Cuối tháng|Hằng tháng], [tổ|đội] [có|đạt] [tốc độ|thành tích] [trung bình|chung] [tăng|tiến bộ] [nhiều nhất|nhanh nhất] [được|sẽ được] [nhận|trao] [giấy khen|phần thưởng nhỏ], [nên|vì thế] [các bạn|{hs}] [trong tổ|cùng tổ] [nhắc nhau|giúp nhau] [luyện tập|tập gõ].",
                    ),
                    (
                        "[Ngoài|Bên cạnh] [phần mềm|bài luyện] [quen thuộc|có sẵn], tôi [dùng|khai thác] [các|một số] [trò chơi|game] [gõ chữ|gõ phím] [trực tuyến|miễn phí] [như|kiểu] \"[bắn chữ rơi|hứng chữ rơi]\", \"[đua xe gõ phím|cá bơi theo chữ]\" [phù hợp|vừa] [với|cho] {lop}.",
                        "[Trò chơi|Game] [chỉ|] [được|] [mở|dùng] [trong|vào] [năm phút|mấy phút] [cuối giờ|cuối tiết] [như|để làm] [phần thưởng|món quà] [cho|với] [những em|các bạn] [hoàn thành|làm xong] [bài luyện|nhiệm vụ] [đúng ngón|đúng yêu cầu].",
                        "[Nhờ|Với] [\"phần thưởng\"|cách thưởng] [này|ấy], [các em|{hs}] [cố gắng|chăm chỉ] [làm|hoàn thành] [bài|bài luyện] [nghiêm túc|cẩn thận] [hơn|hơn hẳn], [giờ|tiết] [thực hành|tin học] [trật tự|nề nếp] [mà vẫn|nhưng vẫn] [vui|thoải mái].",
                    ),
                )),
                ("[Luyện gõ|Rèn gõ] tiếng Việt [theo kiểu Telex|có dấu] [qua|bằng] [bài thơ, câu chuyện ngắn|đoạn văn ngắn]", (
                    (
                        "[Sau khi|Khi] {hs} [gõ thành thạo|đã quen] [chữ không dấu|các phím], tôi [hướng dẫn|dạy] [cách gõ|quy tắc gõ] [dấu thanh|chữ có dấu] [theo kiểu Telex|bằng bảng tóm tắt] [dán cạnh máy|in cho mỗi máy].",
                        "[Nội dung|Bài] [luyện gõ|thực hành] [là|được chọn là] [những bài thơ|các đoạn văn] [trong sách Tiếng Việt|các em đã học], [vừa|để] [luyện gõ|rèn kĩ năng] [vừa|lại vừa] [ôn lại|củng cố] [bài đọc|kiến thức] [môn học khác|].",
                        "[Tôi|Giáo viên] [chấm|kiểm tra] [bài gõ|sản phẩm] [theo|với] [hai tiêu chí|các tiêu chí] [chính xác|đúng chính tả] và [tốc độ|thời gian] [để|] [khích lệ|động viên] [các em|{hs}] [cẩn thận|] [hơn|].",
                    ),
                    (
                        "[Tôi|Giáo viên] [in|làm] [một|] [tấm thẻ|bảng nhỏ] [ghi|tóm tắt] [quy tắc|cách] [gõ dấu|gõ chữ có dấu] [kiểu Telex|theo Telex]: s [là|cho] dấu sắc, f [là|cho] dấu huyền, r [là|cho] dấu hỏi, x [là|cho] dấu ngã, j [là|cho] dấu nặng, [kèm|với] [ví dụ|từ mẫu] \"[hoaf → hoà|tooi → tôi]\".",
                        "[Bài|Nội dung] [gõ|luyện] [đầu tiên|mở đầu] [là|gồm] [tên|họ tên] [của chính các em|mỗi em] [và|,] [tên|địa chỉ] [trường|lớp], [vì|bởi] [đó là|đây là] [những|các] [chữ|từ] [các em|{hs}] [thích|muốn] [gõ|thấy trên màn hình] [nhất|hơn cả].",
                        "[Sau đó|Tiếp theo], [các em|{hs}] [gõ|chép] [những|các] [câu|câu tục ngữ] [ngắn|quen thuộc] [như|kiểu] \"[Có công mài sắt, có ngày nên kim|Uống nước nhớ nguồn]\" [rồi|và] [tự|] [kiểm tra|dò] [lỗi|chính tả] [bằng|qua] [cách|việc] [đọc|so] [lại|với bài mẫu].",
                    ),
                    (
                        "[Để|Nhằm] [tránh|khỏi] [nhàm chán|đơn điệu], [tôi|giáo viên] [cho|để] [các em|{hs}] [gõ|soạn] [lời|lời chúc] [chúc mừng|gửi] [thầy cô|bố mẹ] [nhân dịp|vào dịp] [20/11|8/3] [rồi|và] [in|trang trí] [ra|thành] [tấm thiệp|thiệp nhỏ].",
                        "[Trước khi|Lúc] [in|nộp], [các em|{hs}] [đổi chỗ|đổi máy] [cho nhau|với bạn] [để|và] [dò|tìm] [lỗi|chữ sai] [dấu|chính tả] [của bạn|trên bài bạn], [ai|bạn nào] [tìm|phát hiện] [được|ra] [lỗi|chữ sai] [thì|sẽ] [được|] [cộng|thêm] [điểm|sao].",
                        "[Nhiều|Không ít] [phụ huynh|gia đình] [bất ngờ|xúc động] [khi|lúc] [nhận|được nhận] [tấm thiệp|lời chúc] [con|các con] [tự|] [gõ|soạn], [có|nhiều] [em|bạn] [về nhà|ở nhà] [còn|lại] [xin|hỏi] [bố mẹ|người thân] [cho|để] [luyện gõ|tập gõ] [thêm|tiếp].",
                    ),
                )),
                ("Rèn [tốc độ|độ chính xác] gõ [qua|bằng] [những bài luyện ngắn|các bài gõ một phút] [hằng ngày|mỗi tiết]", (
                    (
                        "[Đầu|Mỗi đầu] [tiết|giờ] [Tin học|thực hành], [lớp|{hs}] [gõ|luyện] [một|] [bài|đoạn] [ngắn|dài ba, bốn dòng] [trong|với] [đúng|vừa] [một phút|hai phút], [phần mềm|máy] [tự|] [tính|đếm] [số chữ đúng|tốc độ và số lỗi].",
                        "[Mỗi|Từng] [em|bạn] [ghi|điền] [kết quả|số liệu] [vào|trong] [một|] [phiếu|bảng] [theo dõi|nhỏ] [dán|kẹp] [trong vở|ở bìa vở], [qua|sau] [mấy|vài] [tuần|tháng] [tự|] [vẽ|nối] [thành|ra] [đường|biểu đồ] [tiến bộ|đi lên].",
                        "[Nhìn|Thấy] [đường|biểu đồ] [của mình|tốc độ] [đi lên|tăng dần], [các em|{hs}] [rất|vô cùng] [hào hứng|phấn khởi], [kể cả|ngay cả] [những em|các bạn] [ban đầu|lúc đầu] [gõ|chỉ gõ được] [rất chậm|vài chữ mỗi phút].",
                    ),
                    (
                        "[Tôi|Giáo viên] [chọn|soạn] [các|những] [đoạn|bài] [luyện gõ|gõ] [theo|với] [độ khó|độ dài] [tăng dần|tăng lên từng tuần]: [từ|bắt đầu từ] [chữ cái rời|từng chữ cái], [đến|rồi] [từ ngắn|từ hai chữ], [rồi|sau đó] [câu|câu ngắn] và [đoạn văn|đoạn văn ngắn].",
                        "[Nội dung|Các bài] [gõ|luyện] [được|] [lấy|chọn] [từ|trong] [bài học|sách] [Tiếng Việt|các môn khác] [của|ở] {lop}, [ví dụ|chẳng hạn] [đoạn|bài] [miêu tả|văn] [về|tả] [cánh đồng|ngôi trường], [giúp|để] [các em|{hs}] [vừa|không chỉ] [luyện gõ|gõ] [vừa|mà còn] [ôn|nhớ] [bài|kiến thức].",
                        "[Với|Đối với] [những em|{hs}] [gõ|làm] [nhanh|xong sớm], tôi [có sẵn|chuẩn bị] [đoạn|bài] \"[thử thách|nâng cao]\" [có|với] [nhiều|các] [chữ|từ] [khó|có dấu phức tạp] như \"[nguyễn, khuỷu tay, quyển|thuyền, khuya, ngoằn ngoèo]\".",
                    ),
                    (
                        "[Mỗi tháng|Hằng tháng] [lớp|{lopcn}] [tổ chức|có] [một|] [cuộc thi|buổi thi] \"[Ngón tay vàng|Bàn tay nhanh nhẹn]\" [với|gồm] [hai|các] [vòng|phần]: [gõ đúng|độ chính xác] và [gõ nhanh|tốc độ], [chấm|tính điểm] [bằng|theo] [kết quả|số liệu] [phần mềm|máy tính] [hiển thị|đưa ra].",
                        "[Tôi|Giáo viên] [trao|tặng] [giải|danh hiệu] [cho|ở] [nhiều|các] [hạng mục|mục] [khác nhau|riêng] [như|gồm] \"[gõ chính xác nhất|tiến bộ nhiều nhất]\", \"[tư thế đẹp nhất|ít lỗi nhất]\", [để|nhằm] [em nào|ai] [cũng|đều] [có cơ hội|có thể] [được|] [khen|ghi nhận].",
                        "[Cuộc thi|Buổi thi] [diễn ra|kéo dài] [trong|chỉ] [mười lăm phút|nửa tiết] [nhưng|mà] [các em|{hs}] [chuẩn bị|luyện tập] [cả|suốt] [tháng|tuần trước đó], [có|nhiều] [em|bạn] [còn|lại] [xin|nhờ] [bố mẹ|gia đình] [cho|để] [tập|luyện] [thêm|] [ở nhà|trên máy tính ở nhà].",
                    ),
                )),
                ("[Dạy|Hướng dẫn] {hs} [sử dụng|tập] [các phím chức năng|phím Shift, Enter, Backspace] [đúng cách|hợp lí]", (
                    (
                        "[Sau khi|Khi] [các em|{hs}] [thuộc|nhớ] [vị trí|chỗ] [các phím chữ|hàng phím chữ], tôi [giới thiệu|dạy] [các|những] [phím|nút] [đặc biệt|chức năng] [qua|bằng] [câu chuyện|hình ảnh] \"[gia đình bàn phím|ngôi nhà của các phím]\": [Shift là \"anh cả\"|Enter là \"cái thang xuống dòng\"], Backspace [là|như] \"[cục tẩy|chiếc tẩy]\".",
                        "[Các em|{hs}] [được|] [tập|luyện] [gõ|viết] [chữ hoa|chữ in hoa] [bằng|với] [cách|kiểu] [giữ|nhấn giữ] Shift [bằng|với] [ngón út|ngón út của tay kia], [không|tránh] [dùng|bật] [phím|nút] Caps Lock [liên tục|mỗi lần gõ chữ hoa].",
                        "[Tôi|Giáo viên] [cho|để] [các em|{hs}] [gõ|soạn] [tên|họ tên] [các bạn|bạn bè] [trong|của] [tổ|lớp] [có|với] [chữ hoa|chữ cái viết hoa] [đầu|ở đầu] [mỗi|từng] [tiếng|chữ], [bài|nội dung] [vừa|rất] [gần gũi|quen thuộc] [vừa|lại] [rèn|luyện] [đúng|được] [kĩ năng|thao tác] [cần|cần thiết].",
                    ),
                    (
                        "[Nhiều|Không ít] [em|{hs}] [có thói quen|quen] [xóa|xoá] [cả|nguyên] [dòng|câu] [khi|mỗi khi] [gõ|gõ sai] [sai|nhầm] [một|] [chữ|kí tự], [nên|vì vậy] tôi [dạy|hướng dẫn] [cách|kĩ năng] [dùng|sử dụng] [phím mũi tên|chuột] [để|nhằm] [di chuyển|đưa] [con trỏ|dấu nháy] [đến|tới] [đúng|] [chỗ|chữ] [sai|cần sửa].",
                        "[Bài|Phiếu] [luyện|thực hành] [là|gồm] [một|] [đoạn văn|đoạn] [có sẵn|đã gõ sẵn] [năm|vài] [lỗi|chữ sai], [các em|{hs}] [phải|cần] [tìm|phát hiện] [và|rồi] [sửa|chữa] [mà|nhưng] [không|chẳng] [được|phép] [gõ lại|xóa] [cả|toàn bộ] [câu|đoạn].",
                        "[Kĩ năng|Thao tác] [nhỏ|đơn giản] [này|ấy] [giúp|làm] [các em|{hs}] [tiết kiệm|đỡ tốn] [nhiều|khá nhiều] [thời gian|công sức] [khi|lúc] [soạn thảo|làm bài] [ở|trong] [các|những] [bài|chủ đề] [sau|tiếp theo] [của môn học|].",
                    ),
                    (
                        "[Tôi|Giáo viên] [thiết kế|làm] [trò chơi|hoạt động] \"[Nghe và gõ|Chính tả trên máy]\": [tôi|cô] [đọc|đọc chậm] [một|] [câu|đoạn ngắn] [có|gồm] [chữ hoa|tên riêng], [dấu câu|dấu phẩy, dấu chấm] và [xuống dòng|nhiều dòng], [các em|{hs}] [gõ|ghi] [theo|lại] [trên máy|vào máy].",
                        "[Bài|Đoạn] [gõ|nghe viết] [được|] [chấm|đánh giá] [ở|theo] [ba|các] [điểm|tiêu chí]: [viết hoa đúng|chữ hoa đúng chỗ], [dấu câu|đặt dấu câu] [đúng|chính xác] và [xuống dòng|ngắt dòng] [hợp lí|đúng yêu cầu].",
                        "[Hoạt động|Trò chơi] [này|ấy] [kết hợp|gắn] [luyện gõ|kĩ năng gõ] [với|cùng] [chính tả|kĩ năng nghe] [nên|vì thế] [giáo viên|cô giáo] [dạy|phụ trách] [Tiếng Việt|môn Tiếng Việt] [của lớp|ở lớp] [cũng|] [rất|] [ủng hộ|hưởng ứng].",
                    ),
                )),
                ("[Phối hợp|Kết hợp] với [gia đình|phụ huynh] [để|giúp] {hs} [luyện gõ|tập gõ] [ở nhà|ngoài giờ học]", (
                    (
                        "[Tôi|Giáo viên] [gửi|chia sẻ] [đường link|địa chỉ] [trang|phần mềm] [luyện gõ|tập gõ] [miễn phí|trực tuyến] [vào|lên] [nhóm Zalo|nhóm] [phụ huynh|của lớp] [kèm|cùng] [hướng dẫn|video] [ngắn|hai phút] [cách|về] [tư thế|đặt tay] [đúng|chuẩn].",
                        "[Phụ huynh|Gia đình] [chỉ cần|được đề nghị] [cho|để] [con|các con] [luyện|tập] [mười phút|khoảng mười phút] [mỗi tối|vài tối mỗi tuần] [và|rồi] [chụp|gửi] [ảnh|kết quả] [màn hình|điểm số] [vào|lên] [nhóm|Zalo], [không|chẳng] [bắt buộc|ép buộc] [nhà|gia đình] [nào|] [cũng|đều] [phải|] [có|mua] [máy tính|máy].",
                        "[Với|Đối với] [các em|những em] [nhà|gia đình] [không có|chưa có] [máy tính|máy], [phòng máy|thư viện] [của|ở] [trường|nhà trường] [mở|cho mượn] [vào|trong] [giờ ra chơi|chiều thứ Năm] [để|cho] [các em|{hs}] [đến|vào] [luyện|tập] [thêm|gõ].",
                    ),
                    (
                        "[Đầu năm|Buổi họp phụ huynh đầu năm], tôi [giới thiệu|nói] [với|cho] [phụ huynh|cha mẹ {hs}] [về|rằng] [lợi ích|ý nghĩa] [của|khi] [việc|] [gõ|biết gõ] [đúng|bằng] [mười ngón|cả mười ngón] [và|,] [nhờ|đề nghị] [gia đình|phụ huynh] [nhắc|để ý] [con|các con] [giữ|ngồi] [đúng|] [tư thế|tư thế ngồi] [khi|lúc] [dùng|ngồi] [máy|máy tính] [ở nhà|].",
                        "[Nhiều|Một số] [phụ huynh|gia đình] [kể|cho biết] [trước đây|lâu nay] [con|các con] [chỉ|] [gõ|dùng] [bằng|với] [hai ngón|hai ngón trỏ] [khi|lúc] [chơi|dùng] [điện thoại|máy tính], [nay|bây giờ] [đã|thì] [tự|] [sửa|đặt tay] [lại|cho đúng] [sau|nhờ] [lời|sự] [nhắc|nhắc nhở] [của|từ] [cô|giáo viên].",
                        "[Sự|Việc] [đồng hành|phối hợp] [của|với] [gia đình|phụ huynh] [giúp|làm] [thói quen|kĩ năng] [gõ|đặt tay] [đúng|chuẩn] [được|] [duy trì|giữ vững] [cả|kể cả] [trong|vào] [dịp|kì] [nghỉ hè|nghỉ tết].",
                    ),
                    (
                        "[Tôi|Giáo viên] [giao|đặt ra] [thử thách|nhiệm vụ] \"[Mỗi tuần một bức thư|Bức thư gửi cô]\": [các em|{hs}] [gõ|soạn] [một|] [đoạn|lá thư] [ngắn|năm, sáu câu] [kể|về] [chuyện|việc] [ở nhà|trong tuần] [và|rồi] [gửi|nộp] [qua|bằng] [thư điện tử|Google Classroom] [cho|đến] [cô|giáo viên].",
                        "[Tôi|Giáo viên] [đọc|xem] [và|rồi] [trả lời|hồi âm] [từng|mỗi] [thư|lá thư] [bằng|với] [một|vài] [câu|dòng] [ngắn|ngắn gọn], [chỉ ra|nêu] [một|] [lỗi|chữ] [gõ|chính tả] [nếu có|cần sửa] [và|,] [khen|động viên] [phần|chỗ] [làm tốt|tiến bộ].",
                        "[Nhiều|Các] [em|bạn] [rất|] [mong|háo hức] [nhận|chờ] [thư|hồi âm] [của cô|từ cô], [nên|vì thế] [chăm|tích cực] [gõ|luyện] [ở nhà|hằng tuần] [mà|dù] [không|chẳng] [ai|cần ai] [nhắc|thúc giục].",
                    ),
                )),
                ("Tổ chức [hội thi|ngày hội] \"[Gõ phím nhanh – đúng|Bàn phím vui]\" [cấp trường|trong khối {lop_num}]", (
                    (
                        "[Cuối|Vào cuối] [học kì I|học kì II], [tôi|giáo viên] [phối hợp|cùng] [Liên đội|tổ chuyên môn] [tổ chức|phát động] [hội thi|cuộc thi] [gõ phím|gõ bàn phím] [cho|dành cho] [học sinh|các lớp] {lop}, [mỗi lớp|mỗi chi đội] [cử|chọn] [ba|bốn] [bạn|em] [tham gia|dự thi].",
                        "[Hội thi|Cuộc thi] [có|gồm] [ba|các] [phần|vòng]: [gõ|thi gõ] [nhanh|tốc độ] [một|] [đoạn|bài] [cho trước|có sẵn], [gõ|nghe và gõ] [chính tả|theo lời đọc], [và|cùng] [vòng|phần] [đồng đội|tiếp sức] [cả đội|ba bạn] [thay nhau|lần lượt] [gõ|hoàn thành] [một|] [bài|đoạn văn].",
                        "[Ngày hội|Cuộc thi] [tạo|tạo nên] [không khí|phong trào] [luyện gõ|rèn kĩ năng gõ] [sôi nổi|rộn ràng] [trong|khắp] [các lớp|toàn trường] [trước|suốt] [cả tháng|nhiều tuần], [học sinh|các em] [tự|] [rủ nhau|hẹn nhau] [luyện|tập] [vào|trong] [giờ ra chơi|buổi chiều].",
                    ),
                    (
                        "[Trong|Ở] [hội thi|cuộc thi] [của trường|năm học {namhoc}], [ngoài|bên cạnh] [giải|giải thưởng] [cá nhân|tốc độ], [ban tổ chức|tôi] [trao|dành] [giải|phần thưởng] \"[tư thế đẹp|đôi tay chuẩn]\" [cho|dành cho] [bạn|em] [ngồi|đặt tay] [đúng|chuẩn] [nhất|và đều nhất].",
                        "[Giám khảo|Ban giám khảo] [gồm|là] [giáo viên|thầy cô] [Tin học|bộ môn] [và|cùng] [đại diện|một bạn] [học sinh|lớp lớn] [quan sát|chấm] [trực tiếp|tại chỗ], [vì|bởi] [gõ|gõ phím] [đúng|chuẩn] [cách|kĩ thuật] [quan trọng|cần thiết] [hơn|không kém] [gõ nhanh|tốc độ].",
                        "[Những|Các] [bạn|em] [đoạt giải|được giải] [được|sẽ được] [mời|nhờ] [làm|trở thành] \"[đại sứ bàn phím|người hướng dẫn]\" [hỗ trợ|giúp] [các|những] [bạn|em] [lớp dưới|cùng lớp] [trong|ở] [các tiết|giờ] [thực hành|tin học] [sau đó|tiếp theo].",
                    ),
                    (
                        "[Tôi|Giáo viên] [tổ chức|cho] [các lớp|các tổ] [thi|đua] \"[tiếp sức bàn phím|gõ tiếp sức]\" [ngay|ở] [trong|tại] [phòng máy|tiết học]: [mỗi|từng] [bạn|em] [gõ|ghi] [một|] [câu|dòng] [của|trong] [bài thơ|đoạn văn] [rồi|và] [nhường|chuyển] [máy|chỗ] [cho|đến] [bạn|em] [tiếp theo|kế tiếp].",
                        "[Đội|Tổ] [nào|] [gõ|hoàn thành] [xong|hết] [bài|đoạn] [nhanh nhất|trước] [mà|và] [ít lỗi|đúng] [nhất|hơn cả] [được|sẽ được] [nhận|treo] [cờ|lá cờ] [thi đua|vinh danh] [của|trong] [tháng|tuần].",
                        "[Hình thức|Trò chơi] [tiếp sức|đồng đội] [buộc|khiến] [bạn|em] [nào|] [cũng|đều] [phải|cần] [cố gắng|gõ đúng] [vì|bởi] [kết quả|thành tích] [chung|của cả tổ], [những|các] [em|bạn] [chậm|gõ chậm] [được|sẽ được] [cả tổ|bạn bè] [hướng dẫn|giúp đỡ] [thêm|trước giờ thi].",
                    ),
                )),
                ("[Kết hợp|Lồng ghép] [luyện gõ|gõ phím] với [soạn thảo|làm] [sản phẩm|văn bản] [đơn giản|hữu ích]", (
                    (
                        "[Khi|Lúc] [các em|{hs}] [đã|] [gõ|gõ phím] [khá|tương đối] [thành thạo|tốt], tôi [giao|đề nghị] [các em|{hs}] [soạn|làm] [những|các] [sản phẩm|văn bản] [nhỏ|thiết thực] [như|kiểu] [thời khóa biểu|danh sách tổ], [nhãn vở|thời gian biểu ở nhà].",
                        "[Các em|{hs}] [được|] [chọn|tự chọn] [phông chữ|kiểu chữ], [màu|cỡ chữ] [và|,] [chèn|thêm] [hình ảnh|tranh] [nhỏ|minh họa] [để|cho] [sản phẩm|văn bản] [thêm|đẹp] [sinh động|bắt mắt], [rồi|và] [in|mang] [ra|về] [dùng|để dùng].",
                        "[Khi|Lúc] [thấy|cầm] [sản phẩm|tờ giấy] [in|do] [từ|chính] [bàn tay mình|mình gõ], [các em|{hs}] [hiểu|thấy] [gõ phím|việc học gõ] [không|chẳng] [chỉ|phải] [là|chỉ là] [bài tập|bài luyện] [mà|] [để|là để] [làm|tạo] [ra|nên] [những|các] [thứ|đồ] [có ích|hữu ích].",
                    ),
                    (
                        "[Tôi|Giáo viên] [phối hợp|bàn] [với|cùng] [giáo viên chủ nhiệm|cô chủ nhiệm] [để|cho] [các em|{hs}] [gõ|soạn] [lại|] [những|các] [bài văn|bài viết] [hay|được điểm cao] [của|trong] [lớp|tuần] [thành|làm] [một|] [tập san|tập văn] [nhỏ|của lớp].",
                        "[Mỗi|Từng] [tổ|nhóm] [phụ trách|đảm nhận] [gõ|soạn] [vài|một số] [bài|bài viết], [rồi|và] [cả lớp|các tổ] [đọc|rà] [soát|lại] [lỗi|chính tả] [cho nhau|chéo], [tôi|cô] [chỉ|] [hướng dẫn|giúp] [phần|khâu] [trình bày|căn lề, chèn ảnh].",
                        "[Tập san|Tập văn] [được|] [in|đóng] [thành|ra] [quyển|cuốn] [đặt|để] [ở|tại] [thư viện lớp|góc học tập], [các em|{hs}] [rất|] [tự hào|thích] [vì|khi] [thấy|được thấy] [bài|tên] [mình|của mình] [được|] [in|xuất hiện] [trong|ở] [đó|cuốn sách].",
                    ),
                    (
                        "[Vào|Dịp] [Tết Trung thu|cuối năm học], [các em|{hs}] [được|] [giao|nhận] [nhiệm vụ|bài tập] [gõ|soạn] [một|] [tấm thiệp|giấy mời] [mời|gửi] [bố mẹ|gia đình] [đến|tới] [dự|xem] [buổi|chương trình] [văn nghệ|liên hoan] [của lớp|ở trường].",
                        "[Thiệp|Giấy mời] [phải|cần] [có|đủ] [đủ|] [thông tin|nội dung]: [thời gian|giờ], [địa điểm|nơi tổ chức], [lời mời|câu mời] [lịch sự|trang trọng] và [tên|chữ kí] [người mời|của em], [tôi|cô] [kiểm tra|xem] [từng|mỗi] [bản|thiệp] [trước khi|rồi mới] [in|phát].",
                        "[Bài tập|Nhiệm vụ] [gắn|có] [với|] [mục đích|tình huống] [thật|thực tế] [khiến|làm cho] [các em|{hs}] [cẩn thận|chú ý] [từng|mỗi] [chữ|dấu], [vì|bởi] [biết|hiểu] [bố mẹ|gia đình] [sẽ|] [đọc|nhận] [tấm thiệp|bản in] [ấy|đó].",
                    ),
                )),
                ("[Chăm sóc|Giữ gìn] [sức khỏe|tư thế] [cho|của] {hs} [khi|trong lúc] [luyện gõ|ngồi máy tính]", (
                    (
                        "[Cứ|Sau] [mười lăm phút|khoảng hai mươi phút] [gõ|luyện], [tôi|giáo viên] [cho|để] [cả lớp|{hs}] [dừng|nghỉ] [lại|tay] [tập|làm] [bài|động tác] [thể dục|vận động] [cho|dành cho] [mắt|đôi mắt] và [cổ tay|bàn tay] [khoảng|chừng] [một phút|hai phút].",
                        "[Động tác|Bài tập] [rất|khá] [đơn giản|dễ nhớ]: [nhìn|đưa mắt] [ra|nhìn ra] [cửa sổ|xa], [nhắm mắt|chớp mắt] [vài|mấy] [lần|giây], [xoay|lắc] [cổ tay|hai bàn tay] và [duỗi|vươn] [các ngón|ngón tay], [các em|{hs}] [làm|thực hiện] [theo|cùng] [nhạc|lời hô] [rất|khá] [vui|hào hứng].",
                        "[Nhờ|Với] [những|các] [phút|quãng] [nghỉ|thư giãn] [ngắn|nhỏ] [ấy|này], [các em|{hs}] [ít|không còn] [than|kêu] [mỏi mắt|mỏi tay] [và|,] [tập trung|giữ sự tập trung] [tốt hơn|lâu hơn] [ở|trong] [phần|thời gian] [còn lại|sau] [của tiết|của giờ học].",
                    ),
                    (
                        "Tôi [đề xuất|đề nghị] [nhà trường|Ban giám hiệu] [thay|điều chỉnh] [ghế|chiều cao ghế] [phòng máy|ở phòng tin học] [cho|để] [phù hợp|vừa] [với|cho] [chiều cao|tầm vóc] [của|] [học sinh|các em] [tiểu học|nhỏ tuổi], [và|,] [kê|đặt] [lại|] [màn hình|máy] [để|tránh] [không|bị] [bị|] [lóa|chói] [ánh nắng|ánh sáng cửa sổ].",
                        "[Những|Các] [em|bạn] [thấp|nhỏ người] [được|thì được] [kê|lót] [thêm|] [đệm|gối] [ngồi|mỏng] [hoặc|hay] [bục|ghế] [để chân|kê chân], [sao cho|để] [khuỷu tay|cánh tay] [ngang|vừa tầm] [với|] [bàn phím|mặt bàn].",
                        "[Tư thế|Chỗ ngồi] [thoải mái|phù hợp] [giúp|làm] [các em|{hs}] [gõ|đặt tay] [đúng|dễ] [hơn|dàng], [ít|bớt] [phải|] [cúi|khom] [lưng|người], [phụ huynh|gia đình] [cũng|rất] [yên tâm|an tâm] [hơn|] [về|với] [giờ học|môn học] [trên máy|tin học].",
                    ),
                    (
                        "[Tôi|Giáo viên] [làm|vẽ] [một|] [tấm|bảng] [áp phích|tranh] \"[Năm điều khi ngồi máy tính|Ngồi đúng – gõ đúng]\" [với|gồm] [hình vẽ|tranh] [minh họa|vui] [dán|treo] [ở|tại] [đầu|giữa] [phòng máy|phòng tin học].",
                        "[Đầu|Trước] [mỗi|từng] [tiết|giờ], [một|] [bạn|em] \"[lớp trưởng tư thế|người nhắc tư thế]\" [đọc|hô] [to|lớn] [năm|các] [điều|nội dung] [đó|ấy], [cả lớp|{hs}] [làm|chỉnh] [theo|lại]: [lưng|lưng thẳng], [mắt|mắt cách màn hình], [chân|hai chân] [đặt|chạm] [sát|xuống] [sàn|mặt đất].",
                        "[Vai trò|Nhiệm vụ] \"[lớp trưởng tư thế|người nhắc]\" [được|] [luân phiên|thay đổi] [mỗi tuần|hằng tuần], [em|bạn] [nào|] [cũng|đều] [muốn|thích] [được|] [làm|đảm nhận], [nên|vì vậy] [các em|{hs}] [nhớ|thuộc] [năm|các] [điều|quy định] [rất|rất nhanh] [nhanh|].",
                    ),
                )),
                ("[Dùng|Tổ chức] [hình thức|cách học] \"[đôi bạn bàn phím|học theo cặp]\" [để|cho] {hs} [hỗ trợ|giúp] [nhau|lẫn nhau]", (
                    (
                        "[Tôi|Giáo viên] [xếp|sắp] [mỗi|từng] [máy|bàn máy] [hai|hai bạn] [em|học sinh]: [một|] [em|bạn] [gõ|đã gõ] [khá|tốt] [ngồi|đi] [cùng|với] [một|] [em|bạn] [còn|vẫn còn] [chậm|lúng túng], [hai|cả hai] [bạn|em] [thay nhau|lần lượt] [gõ|luyện] và [quan sát|nhận xét].",
                        "[Khi|Lúc] [một|] [bạn|em] [gõ|luyện], [bạn|em] [kia|còn lại] [làm|đóng vai] \"[thầy giáo nhỏ|người kiểm tra]\", [nhìn|quan sát] [tay|ngón tay] [bạn|của bạn] [và|để] [nhắc|chỉ] [ngay|kịp thời] [khi|nếu] [bạn|] [gõ|đặt] [sai|không đúng] [ngón|ngón tay].",
                        "[Cách|Hình thức] [học|luyện] [theo cặp|đôi bạn] [không chỉ|chẳng những] [khắc phục|giải quyết] [được|] [tình trạng|việc] [thiếu máy|máy không đủ] [mà còn|lại còn] [giúp|làm] [các em|{hs}] [học|nhớ] [nhanh|tốt] [hơn|hơn hẳn] [nhờ|qua] [việc|] [quan sát|nhận xét] [bạn|lẫn nhau].",
                    ),
                    (
                        "[Những|Các] [em|bạn] [gõ|làm] [tốt|nhanh] [nhất|hơn cả] [lớp|{lopcn}] [được|sẽ được] [tôi|cô] [giao|nhận] [làm|vai] \"[trợ lí bàn phím|người giúp việc]\" [cho|ở] [từng|mỗi] [dãy|dãy máy], [có|đeo] [huy hiệu|thẻ] [nhỏ|riêng] [để|cho] [các bạn|bạn bè] [dễ|tiện] [nhận ra|tìm].",
                        "[Khi|Lúc] [bạn|em] [nào|] [gặp|có] [khó khăn|vướng mắc] [như|kiểu] [quên|không nhớ] [cách|] [gõ dấu|gõ chữ hoa], [các em|{hs}] [hỏi|nhờ] [trợ lí|bạn trợ lí] [trước|trước tiên], [chỉ|khi] [trợ lí|bạn đó] [cũng|] [không|chưa] [giúp|giải quyết] [được|nổi] [thì|mới] [gọi|nhờ] [cô|giáo viên].",
                        "[Nhờ|Với] [đội|nhóm] [trợ lí|hỗ trợ] [này|ấy], [tôi|giáo viên] [có thêm|dành được] [thời gian|nhiều thời gian] [để|cho] [kèm|hướng dẫn] [riêng|] [những|các] [em|bạn] [gặp|còn] [khó khăn|chậm] [nhất|hơn cả] [lớp|trong lớp].",
                    ),
                    (
                        "[Vào|Trong] [một số|vài] [tiết|buổi] [ôn tập|luyện tập], tôi [ghép|xếp] [học sinh|các em] [lớp|khối] [trên|5] [với|cùng] [học sinh|các em] [lớp|khối] [dưới|3] [trong|ở] [một|] [buổi|giờ] [\"anh chị dạy em\"|giao lưu chung] [tại|ở] [phòng máy|phòng tin học].",
                        "[Các|Những] [anh chị|bạn lớn] [hướng dẫn|chỉ] [các|những] [em|bạn] [nhỏ|lớp dưới] [cách|về] [đặt tay|tư thế] và [gõ|gõ các] [phím|chữ] [hàng|ở hàng] [cơ sở|giữa], [tôi|cô] [chỉ|] [đi|đi vòng] [quanh|một vòng] [quan sát|theo dõi] và [hỗ trợ|bổ sung].",
                        "[Các|Những] [em|bạn] [nhỏ|lớp dưới] [rất|] [thích|hào hứng] [được|khi được] [anh chị|người lớn hơn] [dạy|chỉ bảo], [còn|trong khi] [các|những] [anh chị|bạn lớn] [thấy|cảm thấy] [mình|bản thân] [có trách nhiệm|được tin tưởng] và [gõ|làm] [mẫu|mẫu] [cẩn thận|chuẩn] [hơn|hơn hẳn].",
                    ),
                )),
                ("Đánh giá kĩ năng gõ [bằng|qua] [bảng kiểm|phiếu quan sát] [thay vì|không chỉ] [tốc độ|điểm số]", (
                    (
                        "[Tôi|Giáo viên] [xây dựng|lập] [bảng kiểm|phiếu đánh giá] [gồm|với] [năm|bốn] [tiêu chí|mục]: [tư thế ngồi|ngồi đúng], [đặt tay|vị trí tay], [gõ đúng ngón|dùng đúng ngón], [không nhìn bàn phím|gõ không nhìn phím] và [tốc độ|số chữ mỗi phút].",
                        "[Mỗi|Từng] [tiết|buổi], tôi [chỉ|] [quan sát|chấm] [kĩ|sát] [một|] [dãy|tổ] [máy|học sinh] [và|rồi] [đánh dấu|tích] [vào|lên] [bảng kiểm|phiếu], [sau|trong] [khoảng|chừng] [hai|ba] [tuần|buổi] [là|thì] [đủ|đã] [đánh giá|quan sát] [được|hết] [cả lớp|mọi em].",
                        "[Kết quả|Phiếu] [đánh giá|quan sát] [cho|giúp] [tôi|giáo viên] [biết|thấy] [em nào|ai] [gõ|làm] [nhanh|được] [nhưng|mà] [sai|chưa đúng] [ngón|kĩ thuật], [để|nhằm] [sửa|chỉnh] [kịp thời|sớm] [trước khi|trước lúc] [thói quen|lỗi] [sai|ấy] [thành|trở thành] [nếp|cố định].",
                    ),
                    (
                        "[Cuối|Sau] [mỗi|từng] [chủ đề|tháng], [các em|{hs}] [tự|] [đánh giá|chấm] [mình|bản thân] [bằng|theo] [phiếu|bảng] [có|gồm] [hình|biểu tượng] [ngôi sao|bàn tay]: [tô|tô màu] [một sao|một ô] [nếu|khi] [còn|vẫn còn] [nhìn phím|cúi nhìn], [hai sao|hai ô] [nếu|khi] [đã|] [gõ|gõ được] [không|chẳng] [nhìn|cần nhìn].",
                        "[Tôi|Giáo viên] [so|đối chiếu] [phiếu|kết quả] [tự đánh giá|của các em] [với|cùng] [quan sát|nhận xét] [của mình|của cô], [trò chuyện|trao đổi] [ngắn|riêng] [với|cùng] [những|các] [em|bạn] [tự|] [đánh giá|chấm] [chưa|không] [sát|đúng].",
                        "[Việc|Hoạt động] [tự|] [đánh giá|nhìn lại] [giúp|làm] [các em|{hs}] [biết|hiểu] [rõ|] [mình|bản thân] [cần|nên] [cố gắng|tập trung] [ở|vào] [điểm|khâu] [nào|gì], [thay vì|chứ không] [chỉ|] [quan tâm|chú ý] [đến|tới] [số|con số] [tốc độ|chữ mỗi phút].",
                    ),
                    (
                        "[Tôi|Giáo viên] [ghi|quay] [lại|] [video|đoạn phim] [ngắn|vài chục giây] [đôi tay|tay] [của|từng] [các em|{hs}] [khi|lúc] [gõ|luyện gõ] [ở|vào] [đầu|tháng đầu] [học kì|năm học] và [cuối|cuối kì] [học kì|năm].",
                        "[Hai|Các] [đoạn|video] [được|] [chiếu|cho xem] [cạnh nhau|song song] [để|cho] [các em|{hs}] [tự|] [thấy|nhận ra] [sự|những] [thay đổi|tiến bộ]: [từ|trước là] [gõ|mổ cò] [bằng|với] [một ngón|hai ngón] [đến|nay] [gõ|đặt] [đủ|cả] [mười ngón|mười ngón tay].",
                        "[Nhiều|Một số] [em|bạn] [bật cười|ngạc nhiên] [khi|lúc] [xem|nhìn] [lại|thấy] [mình|bản thân] [lúc|hồi] [đầu năm|mới học], [và|rồi] [tự|] [đặt|đề ra] [mục tiêu|kế hoạch] [mới|cao hơn] [cho|ở] [năm học|học kì] [sau|tới].",
                    ),
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
                    (
                        "[Trước khi|Trước lúc] [ngồi vào máy|thực hành trên máy], {hs} [chơi|tham gia] [trò chơi|hoạt động] \"[Rô-bốt|Người máy] [nghe lệnh|đi tìm kho báu]\": [một bạn|một em] [đọc lệnh|ra lệnh], [bạn kia|bạn còn lại] [thực hiện|di chuyển] [đúng|theo] [từng bước|lệnh].",
                        "[Tôi|Giáo viên] [dùng|chuẩn bị] {dc} [để|cho] [các nhóm|{hs}] [sắp xếp|xếp] [thành|thành một] [chương trình|chuỗi lệnh] [trên bàn|trên giấy] [trước|rồi mới] [nhập vào máy|lập trình trên máy].",
                        "[Cách làm|Hoạt động] [này|] [giúp|làm cho] [các em|{hs}] [hiểu|hình dung] [khái niệm|ý nghĩa] [tuần tự, lặp, rẽ nhánh|trình tự câu lệnh] [một cách tự nhiên|rất trực quan].",
                    ),
                    (
                        "[Tôi|Giáo viên] [in|làm] [các|những] [thẻ|tấm thẻ] [lệnh|câu lệnh] \"[tiến 1 bước|đi lên]\", \"[quay trái|rẽ phải]\", \"[lặp lại 3 lần|nhặt đồ]\" [bằng|trên] [giấy bìa|bìa màu], [rồi|và] [vẽ|kẻ] [một|] [lưới ô vuông|bàn cờ lớn] [trên|dưới] [nền lớp|sân trường].",
                        "[Một|] [em|bạn] [đóng vai|làm] \"[rô-bốt|chú mèo]\", [các bạn|nhóm] [xếp|đặt] [thẻ|các thẻ] [thành|theo] [dãy|thứ tự] [để|nhằm] [dẫn|đưa] \"[rô-bốt|mèo]\" [đến|tới] [ô|chỗ] [có|đặt] [phần thưởng|kẹo].",
                        "[Khi|Nếu] \"[rô-bốt|mèo]\" [đi|đi lạc] [sai|nhầm] [đường|hướng], [cả nhóm|các em] [phải|cần] [tìm|xem] [thẻ|câu lệnh] [nào|bị] [sai|xếp sai] [và|rồi] [sửa|đổi] [lại|], [đó|chính là] [chính là|] [cách|bài học] [tìm lỗi|sửa lỗi] [chương trình|đầu tiên] [mà|] [không cần|chưa cần] [máy tính|ngồi máy].",
                    ),
                    (
                        "[Trước khi|Trước lúc] [dạy|giới thiệu] [lệnh lặp|khối lặp], [tôi|cô] [cho|để] [cả lớp|{hs}] [chơi|tập] [trò|bài] \"[vỗ tay theo nhịp|nhảy theo nhạc]\": [vỗ tay|giậm chân] [ba lần|hai lần], [quay|xoay] [một vòng|người], [lặp lại|làm lại] [như thế|như vậy] [bốn lần|năm lần].",
                        "[Các em|{hs}] [tự|] [nhận ra|thấy] [viết|đọc] \"[lặp lại 4 lần|làm lại 5 lần]\" [gọn|ngắn] [hơn nhiều|hơn hẳn] [so với|thay vì] [kể ra|đọc] [từng|hết] [động tác|bước], [từ đó|nhờ vậy] [hiểu|nắm] [ý nghĩa|tác dụng] [của|] [khối lặp|vòng lặp].",
                        "[Khi|Lúc] [vào|ngồi vào] [máy|phòng máy], [các em|{hs}] [kéo|ghép] [khối|lệnh] [lặp|lặp lại] [cho|để] [chú mèo|nhân vật] [nhảy|múa] [theo|giống] [đúng|] [điệu|bài] [vừa|đã] [tập|làm], [lớp|giờ học] [rộn ràng|vui] [tiếng cười|hẳn lên].",
                    ),
                )),
                ("[Tổ chức|Hướng dẫn] [học theo dự án nhỏ|làm sản phẩm theo nhóm] với Scratch", (
                    (
                        "[Mỗi nhóm|Các nhóm] [chọn|nhận] [một đề tài|một chủ đề] [gần gũi|yêu thích] như [làm thiệp chúc mừng|kể chuyện cổ tích|trò chơi hứng táo|giới thiệu quê hương] [để|rồi] [thiết kế|lập trình] [sản phẩm|câu chuyện] [trong|qua] {tuan} tuần.",
                        "[Tôi|Giáo viên] [hướng dẫn|giao] [các nhóm|{hs}] [vẽ kịch bản|viết kịch bản] [ra giấy|trước] [gồm|với] [nhân vật, phông nền và hành động|các cảnh và lời thoại] [trước khi|rồi mới] [lập trình|kéo thả khối lệnh].",
                        "[Cuối dự án|Kết thúc], [các nhóm|{hs}] [trình bày|giới thiệu] [sản phẩm|chương trình] [trước lớp|trên máy chiếu], [cả lớp|các bạn] [bình chọn|nhận xét] [sản phẩm|nhóm] [sáng tạo nhất|xuất sắc].",
                        "Ví dụ, [nhóm|một nhóm] [của em|] [đã làm|hoàn thành] {vd} [rất sinh động|có âm thanh và hiệu ứng], [khiến|làm] [cả lớp|các bạn] [thích thú|trầm trồ].",
                    ),
                    (
                        "[Mỗi|Từng] [nhóm|đội] [ba|bốn] [em|bạn] [chọn|nhận] [một|] [đề tài|chủ đề] [từ|trong] [danh sách|phiếu] [gợi ý|có sẵn] như \"[trò chơi hứng trái cây|câu đố an toàn giao thông]\", \"[kể chuyện Sơn Tinh – Thủy Tinh|giới thiệu con vật em yêu]\".",
                        "[Trong|Suốt] [ba|bốn] [tuần|buổi], [nhóm|các em] [phân công|chia] [việc|nhau]: [người|bạn] [vẽ|thiết kế] [nhân vật|phông nền], [người|bạn] [viết|ghép] [lệnh|chương trình], [người|bạn] [thử|chạy thử] [và|rồi] [ghi|báo] [lỗi|chỗ chưa đúng].",
                        "[Ngày|Buổi] [cuối|trình bày], [các nhóm|{hs}] [giới thiệu|chạy] [sản phẩm|chương trình] [trên|bằng] [máy chiếu|màn hình lớn], [các bạn|cả lớp] [chơi thử|xem] và [góp ý|nhận xét], [nhóm|sản phẩm] [được|] [yêu thích|bình chọn] [nhất|nhiều nhất] [được|sẽ được] [đăng|chia sẻ] [lên|trên] [trang|nhóm] [của trường|phụ huynh].",
                    ),
                    (
                        "[Tôi|Giáo viên] [chọn|đặt] [chủ đề|đề tài] [dự án|chung] [gắn|liên quan] [với|đến] [môn học khác|các môn khác]: [Scratch|chương trình] \"[đố vui bảng cửu chương|ôn tập phép nhân]\" [cho|gắn với] [môn Toán|Toán], \"[tả con vật|giới thiệu bài thơ]\" [cho|gắn với] [Tiếng Việt|môn Tiếng Việt].",
                        "[Các nhóm|{hs}] [phải|cần] [tìm|chuẩn bị] [nội dung|câu hỏi] [đúng|chính xác] [trước|rồi mới] [lập trình|làm sản phẩm], [nên|vì thế] [vừa|không chỉ] [học|luyện] [lập trình|Scratch] [vừa|mà còn] [ôn|củng cố] [kiến thức|bài] [các môn|môn khác].",
                        "[Một số|Nhiều] [sản phẩm|trò chơi] [hay|tốt] [được|đã được] [giáo viên chủ nhiệm|cô chủ nhiệm] [mượn|xin] [để|dùng] [trong|ở] [giờ|tiết] [ôn tập|học] [của lớp|ở lớp], [các em|{hs}] [tự hào|phấn khởi] [lắm|vô cùng].",
                    ),
                )),
                ("[Xây dựng|Sử dụng] [phiếu hướng dẫn|video hướng dẫn] [từng bước|ngắn] [cho|trong] [giờ thực hành|tiết thực hành]", (
                    (
                        "[Tôi|Giáo viên] [quay|làm] [các video|video] [ngắn|dài hai, ba phút] [hướng dẫn|minh họa] [từng bước|cách] [lập trình|thực hiện] [và|rồi] [chia sẻ|đăng] [qua|lên] {dc}.",
                        "{hs} [xem lại|xem] video [ngay trên máy|ở nhà] [khi quên|khi chưa nắm được] [thao tác|bước nào], [không|mà không] [phải chờ|cần chờ] [giáo viên|cô] [hướng dẫn lại|giúp].",
                        "[Nhờ đó|Như vậy], [tôi|giáo viên] [có thêm thời gian|rảnh tay hơn] [để|] [hỗ trợ|kèm] [những em|các em] [còn chậm|gặp khó khăn], [các em khá|những em nhanh] [có thể|được] [làm thêm|mở rộng] [nhiệm vụ|bài tập] [nâng cao|].",
                    ),
                    (
                        "[Tôi|Giáo viên] [làm|soạn] [phiếu|tờ] [hướng dẫn|gợi ý] [theo|kiểu] \"[truyện tranh|từng khung hình]\": [mỗi|từng] [khung|ô] [là|có] [một|] [bước|thao tác] [với|kèm] [ảnh chụp|hình] [màn hình|khối lệnh] và [một câu|lời] [ngắn|chỉ dẫn].",
                        "[Phiếu|Tờ hướng dẫn] [có|gồm] [hai|ba] [mức|phần]: [phần|mức] \"[làm theo|cơ bản]\" [có|với] [đủ|đầy đủ] [các bước|hình], [phần|mức] \"[tự làm|sáng tạo]\" [chỉ|] [nêu|đưa] [yêu cầu|nhiệm vụ] [để|cho] [các em|{hs}] [tự|] [nghĩ|tìm] [cách|lệnh].",
                        "[Em nào|Bạn nào] [xong|làm xong] [phần|mức] [cơ bản|làm theo] [có thể|được] [sang|chuyển sang] [phần|mức] [sáng tạo|tự làm] [ngay|luôn], [không|chẳng] [phải|cần] [chờ|đợi] [cả lớp|các bạn], [nên|vì vậy] [giờ thực hành|tiết học] [không|chẳng] [ai|em nào] [ngồi chơi|rảnh rỗi].",
                    ),
                    (
                        "[Các|Những] [video|đoạn phim] [hướng dẫn|mẫu] [tôi|giáo viên] [tự|] [quay|ghi] [bằng|với] [phần mềm|công cụ] [ghi màn hình|quay màn hình], [có|kèm] [giọng|lời] [nói|thuyết minh] [chậm|rõ ràng] [và|,] [phụ đề|chữ] [ở|phía] [dưới|cuối].",
                        "[Video|Đoạn phim] [được|] [đánh số|sắp xếp] [theo|đúng] [thứ tự|trình tự] [bài|tiết] [học|] [và|rồi] [lưu|để] [trên|vào] [máy|ổ đĩa] [của|ở] [phòng máy|từng máy], [học sinh|các em] [có thể|được] [mở|xem] [lại|] [bất cứ lúc nào|khi cần] [trong|ở] [giờ|tiết] [thực hành|học].",
                        "[Phụ huynh|Gia đình] [có|nhà có] [máy tính|máy] [cũng|] [được|] [gửi|chia sẻ] [đường link|địa chỉ] [các|những] [video|đoạn phim] [để|cho] [con|các con] [ôn|làm] [thêm|lại] [ở nhà|khi rảnh].",
                    ),
                )),
                ("[Dạy|Hướng dẫn] {hs} [tìm và sửa lỗi|gỡ lỗi] [chương trình|trong Scratch] [theo|bằng] [các bước|quy trình]", (
                    (
                        "[Tôi|Giáo viên] [chuẩn bị|làm sẵn] [những|các] [chương trình|dự án] Scratch \"[bị hỏng|có lỗi]\", [ví dụ|chẳng hạn] [chú mèo|nhân vật] [đi|chạy] [mãi|ra khỏi] [không dừng|màn hình], [điểm|số điểm] [không|chẳng] [tăng|cộng], [rồi|và] [giao|phát] [cho|để] [các nhóm|{hs}] [tìm|sửa].",
                        "[Các em|{hs}] [học|được dạy] [ba|các] [bước|thao tác] [gỡ lỗi|sửa lỗi]: [chạy|bấm] [thử|chạy] [và|để] [mô tả|nói rõ] [lỗi|điều sai], [đoán|tìm] [khối lệnh|chỗ] [gây|có thể gây] [lỗi|ra lỗi], [sửa|thay] [rồi|và] [chạy|thử] [lại|lần nữa].",
                        "[Việc|Hoạt động] \"[bác sĩ chương trình|thợ sửa lỗi]\" [khiến|làm] [các em|{hs}] [rất|] [hào hứng|thích thú], [và|,] [quan trọng hơn|điều quan trọng], [các em|{hs}] [không|chẳng] [còn|bị] [nản|chán] [khi|lúc] [chương trình|sản phẩm] [của mình|mình làm] [chạy|hoạt động] [không|chưa] [đúng|như ý].",
                    ),
                    (
                        "[Trong|Ở] [giờ thực hành|mỗi tiết], [khi|lúc] [em nào|ai] [gặp|bị] [lỗi|trục trặc], [tôi|cô] [không|chẳng] [sửa|làm] [hộ|giúp] [ngay|luôn] [mà|] [hỏi|đặt câu hỏi]: \"[Em muốn nhân vật làm gì?|Chương trình đang làm gì?]\", \"[Khối lệnh nào điều khiển việc đó?|Em đã thử thay khối nào chưa?]\".",
                        "[Các câu hỏi|Những câu hỏi] [đó|ấy] [được|] [in|ghi] [thành|lên] [một|] [tấm|tờ] \"[bảng gỡ lỗi|phiếu tự hỏi]\" [dán|để] [cạnh|ở] [mỗi|từng] [máy|bàn], [em nào|ai] [bí|bị lỗi] [thì|sẽ] [tự|] [đọc|hỏi] [lần lượt|từng câu] [trước|trước khi] [gọi cô|nhờ giúp].",
                        "[Sau|Qua] [vài|một vài] [tuần|tháng], [nhiều em|các em] [đã|] [tự|] [sửa|khắc phục] [được|] [phần lớn|hầu hết] [lỗi|các lỗi] [đơn giản|thông thường], [tự tin|mạnh dạn] [hơn|hẳn] [khi|lúc] [thử|làm] [những|các] [chương trình|dự án] [phức tạp|dài] [hơn|hơn trước].",
                    ),
                    (
                        "[Tôi|Giáo viên] [giới thiệu|dạy] [cách|kĩ thuật] \"[chạy từng bước|chia nhỏ chương trình]\": [tách|bỏ] [các|những] [khối|đoạn] [lệnh|chương trình] [ra|riêng] [và|rồi] [chạy|thử] [từng|mỗi] [phần|khối] [một|riêng], [xem|để biết] [phần|đoạn] [nào|] [chạy|làm việc] [đúng|sai].",
                        "[Với|Ở] [bài|dự án] \"[mèo đuổi chuột|xe đua]\", [các em|{hs}] [thử|chạy] [riêng|từng] [đoạn|khối] [di chuyển|điều khiển] [trước|trước tiên], [rồi|sau đó] [mới|] [ghép|thêm] [khối|đoạn] [kiểm tra|va chạm] [và|,] [tính điểm|cộng điểm].",
                        "[Cách làm|Kĩ thuật] [này|ấy] [giúp|làm] [các em|{hs}] [hiểu|nắm] [chương trình|bài] [được|] [xây dựng|ghép] [từ|bằng] [những|các] [phần|khối] [nhỏ|đơn giản], [lỗi|chỗ sai] [được|] [khoanh vùng|tìm ra] [nhanh|dễ] [hơn|hơn nhiều].",
                    ),
                )),
                ("Khuyến khích {hs} [sáng tạo|tự thiết kế] [nhân vật|trò chơi] [từ|theo] [ý tưởng riêng|sở thích]", (
                    (
                        "[Sau|Cuối] [mỗi|từng] [bài|chủ đề], [các em|{hs}] [được|] [dành|có] [mười phút|một ít thời gian] [\"tự do sáng tạo\"|sáng tạo tự do]: [thay|đổi] [nhân vật|hình nền], [thêm|ghép] [âm thanh|lời thoại], [hoặc|hay] [thêm|tạo] [một|] [hiệu ứng|hành động] [mới|riêng].",
                        "[Tôi|Giáo viên] [đi|dạo] [một vòng|quanh lớp] [xem|ngắm] [sản phẩm|bài] [và|rồi] [chọn|mời] [hai, ba|vài] [em|bạn] [lên|trình] [chiếu|giới thiệu] [ý tưởng|điều mới] [của mình|] [cho|trước] [cả lớp|các bạn].",
                        "[Có|Nhiều] [em|bạn] [vẽ|thiết kế] [nhân vật|hình] [là|theo] [chính|] [con mèo|chú chó] [nhà mình|ở nhà], [có em|bạn khác] [thu|ghi] [giọng|tiếng] [của|] [mình|bạn] [làm|thành] [lời thoại|âm thanh], [giờ học|lớp] [lúc nào|luôn] [cũng|] [rộn ràng|vui vẻ].",
                    ),
                    (
                        "[Tôi|Giáo viên] [tổ chức|phát động] [cuộc thi|thử thách] \"[Trò chơi của em|Em là nhà thiết kế game]\" [kéo dài|trong] [một tháng|bốn tuần], [mỗi|từng] [em|nhóm] [tự|] [nghĩ|lên] [ý tưởng|kế hoạch] [và|rồi] [làm|lập trình] [một|] [trò chơi|game] [nhỏ|đơn giản].",
                        "[Ý tưởng|Kế hoạch] [phải|cần] [được|] [vẽ|viết] [ra|trên] [giấy|phiếu] [gồm|với] [nhân vật|ai chơi], [luật chơi|cách chơi] và [cách|khi nào] [thắng|kết thúc], [tôi|cô] [góp ý|xem] [trước khi|rồi] [các em|{hs}] [bắt tay|bắt đầu] [lập trình|làm].",
                        "[Sản phẩm|Game] [của|do] [các em|{hs}] [làm|tạo] [rất|khá] [đa dạng|phong phú]: [hứng trứng|né thiên thạch], [đố vui|tìm đường], [nhiều|có] [trò|game] [còn|lại] [được|] [các bạn|cả lớp] [chơi|xin chơi] [lại|nhiều lần] [vào|trong] [giờ ra chơi|cuối tiết].",
                    ),
                    (
                        "[Với|Đối với] [những|các] [em|bạn] [khá|giỏi], tôi [mở|giới thiệu] [kho|trang] [dự án|chia sẻ] [cộng đồng|trực tuyến] [của Scratch|Scratch] [để|cho] [các em|{hs}] [xem|tham khảo] [sản phẩm|dự án] [của|do] [các bạn|học sinh] [khắp nơi|nước khác] [làm|làm ra].",
                        "[Các em|{hs}] [được|] [khuyến khích|hướng dẫn] \"[mở ra xem bên trong|xem mã nguồn]\" [để|và] [tìm hiểu|học] [cách|kĩ thuật] [làm|tạo] [hiệu ứng|chuyển động] [hay|đẹp], [rồi|sau đó] [tự|] [làm lại|làm theo] [theo|bằng] [cách|ý tưởng] [riêng|của mình].",
                        "[Tôi|Giáo viên] [nhắc|dạy] [các em|{hs}] [ghi|nêu] [rõ|] [nguồn|nơi] [tham khảo|học theo] [khi|nếu] [dùng|mượn] [ý tưởng|phần] [của|từ] [người khác|bạn khác], [đây là|đó là] [bài học|điều] [đầu tiên|quan trọng] [về|trong] [tôn trọng|ứng xử] [bản quyền|văn minh] [trên mạng|trong môi trường số].",
                    ),
                )),
                ("[Sử dụng|Khai thác] [thẻ lệnh|khối lệnh] [in màu|bằng giấy] [và|,] [sơ đồ|lưu đồ] [để|nhằm] [lập kế hoạch|thiết kế] [trước khi|trước lúc] [lập trình|ngồi vào máy]", (
                    (
                        "[Tôi|Giáo viên] [in|làm] [bộ|các] [khối lệnh|thẻ khối] [Scratch|của Scratch] [bằng|trên] [giấy màu|bìa], [đúng|theo] [màu|màu sắc] [nhóm lệnh|từng nhóm] [trên phần mềm|như trên máy]: [xanh dương|màu xanh] [chuyển động|cho di chuyển], [vàng|màu vàng] [sự kiện|cho sự kiện], [cam|màu cam] [điều khiển|cho lặp, điều kiện].",
                        "[Các nhóm|{hs}] [ghép|xếp] [thẻ|khối giấy] [thành|ra] [chương trình|kịch bản] [trên bàn|trên giấy A3] [trước|rồi mới] [khi|] [lên máy|ngồi máy], [tôi|cô] [kiểm tra|xem] [nhanh|qua] [và|rồi] [hỏi|đặt câu hỏi] [về|cho] [những|các] [chỗ|khối] [chưa|không] [hợp lí|đúng].",
                        "[Vì|Do] [đã|] [nghĩ|tính] [kĩ|trước] [trên giấy|từ trước], [thời gian|việc] [ngồi máy|lập trình trên máy] [được|] [sử dụng|dùng] [hiệu quả|tốt] [hơn|hẳn], [ít|không còn] [cảnh|tình trạng] [kéo|thử] [khối|lệnh] [lung tung|bừa] [cho|đến] [đến khi|lúc] [\"chạy được\"|nó chạy].",
                    ),
                    (
                        "[Với|Ở] [các|những] [bài|chủ đề] [có|dùng] [điều kiện|rẽ nhánh], [tôi|cô] [hướng dẫn|dạy] [các em|{hs}] [vẽ|lập] [sơ đồ|lưu đồ] [đơn giản|bằng hình] [với|gồm] [hình thoi|ô hình thoi] \"[nếu… thì…|đúng hay sai]\" và [mũi tên|đường đi] [hai|theo hai] [nhánh|hướng].",
                        "[Ví dụ|Chẳng hạn] [bài|trò chơi] \"[mèo bắt chuột|hứng táo]\": [nếu|khi] [chạm|mèo chạm] [chuột|táo] [thì|là] [cộng|thêm] [một điểm|điểm], [nếu không|ngược lại] [thì|là] [tiếp tục|cứ] [chạy|đuổi theo]; [các em|{hs}] [vẽ|biểu diễn] [sơ đồ|lưu đồ] [này|ấy] [trước|rồi mới] [ghép|xếp] [khối|lệnh].",
                        "[Nhờ|Với] [sơ đồ|lưu đồ], [các em|{hs}] [hiểu|nắm] [được|] [luồng|thứ tự] [chạy|thực hiện] [của|trong] [chương trình|bài], [và|,] [khi|lúc] [lên|học] [lớp|cấp] [trên|học cao hơn] [sẽ|có thể] [dễ dàng|thuận lợi] [hơn|] [với|khi học] [ngôn ngữ|ngôn ngữ lập trình] [khác|dạng văn bản].",
                    ),
                    (
                        "[Tôi|Giáo viên] [cho|để] [các em|{hs}] [viết|nói] \"[kịch bản bằng lời|chương trình bằng tiếng Việt]\" [trước|trước khi] [lập trình|làm]: [ví dụ|chẳng hạn] \"[khi bấm cờ xanh, mèo đi 10 bước, nói Xin chào trong 2 giây|khi nhấn phím cách, nhân vật nhảy lên rồi rơi xuống]\".",
                        "[Các em|{hs}] [đọc|trình bày] [kịch bản|đoạn mô tả] [cho|với] [bạn|bạn cùng bàn] [nghe|], [bạn|người nghe] [đóng vai|làm] [máy tính|\"máy\"] [thực hiện|làm] [đúng|y] [từng|theo từng] [câu|chữ], [câu|chỗ] [nào|] [mơ hồ|chưa rõ] [thì|sẽ] [phải|cần] [viết|sửa] [lại|cho rõ].",
                        "[Bài tập|Hoạt động] [này|ấy] [giúp|làm] [các em|{hs}] [thấy|hiểu] [máy tính|chương trình] [chỉ|] [làm|thực hiện] [đúng|theo] [những gì|điều] [được|] [ra lệnh|chỉ dẫn] [rõ ràng|cụ thể], [một|] [điều|kĩ năng] [cốt lõi|cơ bản] [của|trong] [tư duy|việc] [lập trình|máy tính].",
                    ),
                )),
                ("[Gắn|Kết nối] [bài học|dự án] Scratch với [kể chuyện|các môn học khác] [và|,] [ngày hội|trưng bày] sản phẩm", (
                    (
                        "[Cuối|Vào cuối] [học kì|năm học], [lớp|trường] [tổ chức|có] \"[ngày hội Scratch|triển lãm sản phẩm số]\" [ở|tại] [phòng máy|thư viện], [mỗi|từng] [nhóm|em] [có|được bố trí] [một|] [máy|góc] [để|cho] [giới thiệu|trưng bày] [sản phẩm|chương trình] [của mình|].",
                        "[Phụ huynh|Cha mẹ {hs}] [và|,] [học sinh|các bạn] [lớp khác|khối khác] [được|] [mời|đến] [tham quan|chơi thử], [các em|{hs}] [tự|] [giới thiệu|thuyết trình] [ý tưởng|cách làm] và [hướng dẫn|chỉ] [khách|người xem] [cách|] [chơi|điều khiển].",
                        "[Nhiều|Không ít] [phụ huynh|gia đình] [ngạc nhiên|bất ngờ] [khi|lúc] [thấy|biết] [con|các con] [tự|] [làm|tạo] [ra|được] [trò chơi|câu chuyện] [trên máy|bằng máy tính], [các em|{hs}] [được|] [khen|động viên] [rất|] [nhiều|nhiệt tình].",
                    ),
                    (
                        "[Tôi|Giáo viên] [phối hợp|bàn] [với|cùng] [giáo viên|cô dạy] [Tiếng Việt|môn Tiếng Việt] [để|cho] [các em|{hs}] [chọn|lấy] [một|] [câu chuyện|truyện] [đã|vừa] [học|đọc] [trên lớp|trong sách] [như|kiểu] \"[Cây khế|Thỏ và Rùa]\" [để|và] [dựng|làm] [thành|lại thành] [phim hoạt hình|chuyện kể] [trong|bằng] Scratch.",
                        "[Mỗi|Từng] [nhóm|tổ] [chia|phân] [câu chuyện|truyện] [thành|ra] [ba, bốn|vài] [cảnh|phân cảnh], [vẽ|chọn] [nhân vật|hình] [và|,] [lồng|thu] [tiếng|giọng] [kể|đọc] [của|do] [chính|] [các em|mình].",
                        "[Sản phẩm|Phim] [hoàn thành|làm xong] [được|] [chiếu|trình chiếu] [trong|ở] [giờ|tiết] [kể chuyện|Tiếng Việt], [các em|{hs}] [vừa|không chỉ] [ôn|nhớ] [lại|] [câu chuyện|bài] [vừa|mà còn] [thấy|hiểu] [lập trình|Scratch] [có thể|dùng để] [làm|tạo] [ra|nên] [nhiều|rất nhiều] [thứ|điều] [thú vị|hay].",
                    ),
                    (
                        "[Với|Ở] [chủ đề|bài] [lập trình|Scratch] [lớp|khối] [trên|lớn], [tôi|giáo viên] [chọn|gợi ý] [dự án|đề tài] [gắn|liên quan] [với|đến] [môn|bài] [Khoa học|Toán]: [mô phỏng|minh họa] [vòng tuần hoàn của nước|sự nảy mầm của hạt], [tính|máy tính] [chu vi|diện tích] [hình|hình chữ nhật].",
                        "[Các em|{hs}] [phải|cần] [hiểu|nắm] [đúng|rõ] [nội dung|kiến thức] [khoa học|toán học] [mới|thì mới] [lập trình|mô phỏng] [được|đúng], [nên|vì thế] [thường|hay] [hỏi|tra cứu] [lại|thêm] [sách|thầy cô] [các môn|môn đó].",
                        "[Những|Các] [dự án|sản phẩm] [liên môn|gắn với môn khác] [như vậy|này] [giúp|làm] [các em|{hs}] [hiểu|thấy] [Tin học|lập trình] [là|như] [một|] [công cụ|phương tiện] [để|giúp] [học|tìm hiểu] [các môn khác|mọi môn], [chứ không|không chỉ] [là|] [môn|một môn] [riêng|tách biệt].",
                    ),
                )),
                ("[Phân hóa|Điều chỉnh] [nhiệm vụ|bài tập] Scratch [theo|cho phù hợp] [khả năng|trình độ] {hs}", (
                    (
                        "[Mỗi|Từng] [bài|tiết] [thực hành|Scratch] [có|gồm] [ba|các] [mức|cấp độ] [nhiệm vụ|yêu cầu] [ghi|in] [trên|ở] [phiếu|bảng]: \"[bắt buộc|cơ bản]\", \"[nên làm|mở rộng]\" và \"[thử thách|nâng cao]\", [em nào|ai] [cũng|đều] [phải|cần] [xong|hoàn thành] [mức|phần] [đầu|bắt buộc].",
                        "[Ví dụ|Chẳng hạn] [bài|tiết] [vẽ hình|chuyển động]: [mức một|bắt buộc] [cho|làm] [mèo|nhân vật] [vẽ|đi theo] [hình vuông|đường thẳng], [mức hai|mở rộng] [vẽ|đổi] [hình|màu] [ngôi sao|nhiều màu], [mức ba|nâng cao] [vẽ|tạo] [bông hoa|hình xoắn ốc] [bằng|với] [vòng lặp|lặp lồng nhau].",
                        "[Cách|Việc] [chia|phân] [mức|cấp độ] [giúp|làm] [các em|những em] [khá|nhanh] [không|chẳng] [thấy|cảm thấy] [chán|nhàm], [còn|trong khi] [các em|những em] [chậm|còn chậm] [vẫn|cũng] [có|đạt] [được|] [cảm giác|niềm vui] [hoàn thành|làm xong] [bài|nhiệm vụ].",
                    ),
                    (
                        "[Những|Các] [em|bạn] [còn|vẫn] [lúng túng|chậm] [với|khi dùng] [chuột|kéo thả] [được|sẽ được] [tôi|cô] [cho|để] [làm|dùng] [bài|phiếu] [có|với] [sẵn|] [một phần|nửa] [chương trình|số khối lệnh], [các em|{hs}] [chỉ|] [cần|phải] [ghép|thêm] [nốt|phần] [còn lại|còn thiếu].",
                        "[Bài|Phiếu] [\"điền khuyết\"|ghép tiếp] [giúp|làm] [các em|{hs}] [tập trung|chú ý] [vào|đến] [ý nghĩa|tác dụng] [của|] [khối lệnh|lệnh] [thay vì|hơn là] [mất|tốn] [thời gian|công] [tìm|lục] [khối|lệnh] [trong|giữa] [danh mục|bảng lệnh].",
                        "[Khi|Lúc] [các em|{hs}] [đã|] [quen|tự tin], [phần|số khối] [có sẵn|cho trước] [được|sẽ được] [bớt|rút] [dần|bớt], [đến|tới] [cuối|giữa] [học kì|kì] [các em|{hs}] [đã|có thể] [tự|] [làm|ghép] [cả|toàn bộ] [chương trình|bài] [như|giống] [các bạn|bạn bè].",
                    ),
                    (
                        "[Tôi|Giáo viên] [lập|tạo] [một|] [\"bảng huy hiệu\"|bảng thành tích] [Scratch|lập trình] [trên|ở] [tường|bảng tin] [phòng máy|]: [mỗi|từng] [huy hiệu|sticker] [ứng với|cho] [một|] [kĩ năng|khối lệnh] [như|kiểu] \"[biết dùng lặp|làm chủ sự kiện]\", \"[biết dùng biến|tạo âm thanh]\".",
                        "[Em nào|Ai] [làm|hoàn thành] [được|xong] [bài|thử thách] [dùng|có] [kĩ năng|khối lệnh] [đó|ấy] [thì|sẽ] [nhận|dán] [huy hiệu|sticker] [bên cạnh|cạnh] [tên mình|tên], [mỗi|từng] [em|bạn] [đi|tiến] [theo|với] [nhịp độ|tốc độ] [riêng|của mình].",
                        "[Bảng|Bức tường] [huy hiệu|thành tích] [giúp|làm] [các em|{hs}] [thấy|biết] [mình|bản thân] [đã|đang] [ở|đến] [đâu|chặng nào] [và|,] [cần|nên] [học|tập] [thêm|tiếp] [gì|kĩ năng gì], [ai|em nào] [cũng|đều] [có|sở hữu] [vài|một vài] [huy hiệu|sticker] [để|mà] [tự hào|khoe].",
                    ),
                )),
                ("[Dạy|Giới thiệu] [khái niệm|cách dùng] [biến|biến số] [qua|bằng] [trò chơi|ví dụ] [tính điểm|đời thường]", (
                    (
                        "[Tôi|Giáo viên] [giới thiệu|giải thích] [biến|biến số] [bằng|qua] [hình ảnh|ví dụ] \"[chiếc hộp có dán nhãn|cái hộp đựng kẹo]\": [tên|nhãn] [hộp|trên hộp] [là|chính là] [tên biến|tên], [thứ|số] [bên trong|trong hộp] [là|chính là] [giá trị|giá trị của biến] [có thể|và có thể] [thay đổi|bỏ vào, lấy ra].",
                        "[Các em|{hs}] [cầm|dùng] [hộp|chiếc hộp] [thật|bằng giấy] [dán|có] [nhãn|chữ] \"[điểm|số táo]\", [mỗi lần|hễ] [trả lời đúng|bắt được bóng] [thì|là] [bỏ|thêm] [một|] [viên sỏi|hạt] [vào|trong] [hộp|đó], [cuối|kết thúc] [trò chơi|lượt] [đếm|xem] [số|] [sỏi|hạt] [là|thì biết] [điểm|kết quả].",
                        "[Khi|Lúc] [vào|ngồi] [máy|phòng máy], [các em|{hs}] [tạo|làm] [biến|biến số] \"[điểm|số táo]\" [trong|cho] [trò chơi|game] [hứng táo|bắt chuột] [và|rồi] [hiểu|thấy] [ngay|liền] [vì sao|tại sao] [lệnh|khối] \"[thay đổi điểm một lượng 1|tăng biến thêm 1]\" [lại|] [cần|quan trọng].",
                    ),
                    (
                        "[Tôi|Giáo viên] [lấy|chọn] [ví dụ|tình huống] [gần gũi|quen thuộc] [là|như] [bảng điểm|bảng tỉ số] [trong|của] [trận bóng đá|cuộc thi], [con số|tỉ số] [trên|ở] [bảng|màn hình] [thay đổi|tăng lên] [mỗi khi|khi] [có|ghi] [bàn thắng|điểm].",
                        "[Các em|{hs}] [thảo luận|trao đổi] [xem|để biết] [trong|ở] [trò chơi|chương trình] [của mình|nhóm mình] [cần|phải] [những|các] [con số|thông tin] [nào|gì] \"[thay đổi|biến đổi]\" [như|kiểu] [điểm|số điểm], [số mạng|thời gian], [tốc độ|cấp độ] [rồi|và] [tạo|đặt tên] [biến|biến số] [tương ứng|cho từng cái].",
                        "[Biến|Khái niệm biến] [vốn|thường] [là|được coi là] [phần|nội dung] [khó|trừu tượng] [với|đối với] {hs} [nhỏ|lứa tuổi này], [nhưng|song] [qua|nhờ] [ví dụ|hình ảnh] [quen thuộc|gần gũi] [các em|{hs}] [hiểu|nắm] [nhanh|dễ] [và|,] [dùng|vận dụng] [đúng|được] [trong|vào] [sản phẩm|bài làm].",
                    ),
                    (
                        "[Trò chơi|Hoạt động] \"[Người giữ số|Hộp bí mật]\" [được|] [tổ chức|chơi] [ngay|ngay tại] [lớp|trong lớp]: [một|] [em|bạn] [giữ|cầm] [một|] [tấm bảng|tờ giấy] [ghi|viết] [số|một số], [các bạn|cả lớp] [ra|đọc] [lệnh|yêu cầu] \"[tăng 2|cộng thêm 3]\", \"[đặt lại bằng 0|giảm 1]\", [em|bạn] [giữ số|cầm bảng] [phải|cần] [sửa|ghi] [số|giá trị] [cho đúng|theo lệnh].",
                        "[Sau|Cuối] [một|] [chuỗi|dãy] [lệnh|yêu cầu], [cả lớp|{hs}] [đoán|dự đoán] [số|giá trị] [cuối cùng|sau cùng] [trên|ở] [bảng|tờ giấy], [rồi|và] [kiểm tra|so sánh] [với|cùng] [em|bạn] [giữ số|cầm bảng].",
                        "[Trò chơi|Hoạt động] [giúp|làm] [các em|{hs}] [hiểu|thấy] [sự|việc] [khác nhau|khác biệt] [giữa|của] \"[đặt|gán] [giá trị|bằng]\" và \"[thay đổi|tăng] [một lượng|thêm]\", [lỗi|chỗ] [mà|vốn] [nhiều em|{hs}] [hay|thường] [nhầm|sai] [khi|lúc] [lập trình|làm bài].",
                    ),
                )),
                ("[Hướng dẫn|Giúp] {hs} [lưu trữ|quản lí] [và chia sẻ|,] [sản phẩm|dự án] Scratch [khoa học|đúng cách]", (
                    (
                        "[Ngay|Từ] [buổi|tiết] [đầu|đầu tiên], [tôi|giáo viên] [hướng dẫn|dạy] [các em|{hs}] [đặt tên|lưu] [tệp|dự án] [theo|bằng] [quy ước|mẫu] \"[tên em – tên bài – ngày|lớp – họ tên – tên dự án]\" [và|rồi] [lưu|cất] [vào|trong] [thư mục|ổ] [riêng|của lớp] [trên máy|trên máy chủ].",
                        "[Trước khi|Lúc] [tắt máy|kết thúc giờ], [cả lớp|{hs}] [dành|có] [hai phút|một phút] [\"lưu và kiểm tra\"|để lưu bài]: [mở|xem] [lại|] [thư mục|nơi lưu] [để|và] [chắc chắn|biết chắc] [tệp|bài] [đã|được] [lưu|ghi] [đúng|] [chỗ|tên].",
                        "[Nhờ vậy|Như vậy], [không|chẳng] [còn|có] [cảnh|tình trạng] [em|bạn] [\"mất bài\"|không tìm thấy bài] [vào|ở] [tiết|buổi] [sau|tiếp theo], [dự án|bài] [dài|lớn] [nhiều tuần|nhiều buổi] [được|] [làm|tiếp tục] [liền mạch|trôi chảy].",
                    ),
                    (
                        "[Tôi|Giáo viên] [tạo|mở] [một|] [lớp học|lớp] [trên|ở] [trang|tài khoản] Scratch [dành cho giáo viên|của giáo viên] [để|cho] [mỗi|từng] [em|bạn] [có|được cấp] [tài khoản|tên đăng nhập] [riêng|học tập], [không|chẳng] [cần|phải] [dùng|nhập] [thư điện tử|email] [cá nhân|của phụ huynh].",
                        "[Các em|{hs}] [lưu|để] [dự án|bài] [trên|vào] [tài khoản|mạng] [nên|vì vậy] [có thể|được] [làm|tiếp tục] [tiếp|bài] [ở nhà|tại nhà] [hoặc|hay] [ở|tại] [thư viện|máy khác], [tôi|cô] [cũng|] [xem|nhận xét] [được|] [bài|sản phẩm] [từng em|của các em] [mọi lúc|bất cứ lúc nào].",
                        "[Tôi|Giáo viên] [dạy|nhắc] [các em|{hs}] [không|chẳng] [đưa|ghi] [thông tin|tên thật] [cá nhân|địa chỉ] [vào|lên] [dự án|sản phẩm] [chia sẻ|công khai], [cũng là|chính là] [cách|bài học] [lồng ghép|tích hợp] [an toàn|ứng xử] [trên mạng|trong môi trường số].",
                    ),
                    (
                        "[Cuối|Sau] [mỗi|từng] [chủ đề|tháng], [mỗi em|{hs}] [chọn|lựa] [một|] [sản phẩm|dự án] [mình|tự thấy] [ưng ý|hài lòng] [nhất|] [để|và] [đưa|cho] [vào|] \"[hồ sơ lập trình|thư mục thành tích]\" [cá nhân|của mình] [kèm|với] [vài dòng|một đoạn] [giới thiệu|mô tả].",
                        "[Hồ sơ|Thư mục] [được|] [tôi|cô] [dùng|xem] [khi|để] [đánh giá|nhận xét] [cuối kì|định kì], [các em|{hs}] [cũng|] [nhìn|xem] [lại|] [được|thấy] [mình|bản thân] [đã|] [tiến bộ|làm được] [thế nào|bao nhiêu] [qua|sau] [từng|mỗi] [tháng|chủ đề].",
                        "[Phụ huynh|Gia đình] [được|] [mời|xem] [hồ sơ|sản phẩm] [của con|các con] [trong|ở] [buổi|cuộc] [họp|gặp] [cuối kì|cuối năm], [nhiều|có] [bố mẹ|phụ huynh] [còn|] [nhờ|hỏi] [con|các con] [hướng dẫn|chỉ] [lại|cho] [cách|] [chơi|điều khiển] [trò chơi|game] [con|các con] [làm|tự làm].",
                    ),
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
                    (
                        "[Đầu năm|Ngay từ tiết đầu], tôi [phổ biến|cùng {hs} xây dựng] [nội quy phòng máy|quy định sử dụng phòng máy] [và|,] [sơ đồ chỗ ngồi|phân công chỗ ngồi] [cố định|] [cho từng lớp|].",
                        "[Mỗi máy|Mỗi bàn] [có|được giao] [một|] [sổ theo dõi|phiếu theo dõi], {hs} [ghi|kiểm tra và ghi] [tình trạng máy|tình trạng thiết bị] [đầu giờ và cuối giờ|trước và sau khi thực hành].",
                        "[Nhờ|Với] [quy trình|nền nếp] [này|như vậy], [việc|] [hư hỏng|mất mát] [thiết bị|chuột, bàn phím] [giảm hẳn|hầu như không còn], [các em|{hs}] [có ý thức|biết] [giữ gìn|bảo quản] [tài sản chung|máy móc].",
                    ),
                    (
                        "[Tôi|Giáo viên] [cùng|với] [lớp|ban cán sự] [soạn|xây dựng] [bộ|năm] \"[quy tắc phòng máy|điều cần nhớ]\" [ngắn gọn|dễ nhớ]: [vào phòng đúng giờ|xếp hàng vào phòng], [không|tuyệt đối không] [mang|đem] [đồ ăn, nước uống|thức ăn] [vào|trong] [phòng|phòng máy], [tắt máy|tắt máy tính] [đúng cách|đúng quy trình].",
                        "[Mỗi|Từng] [học sinh|em] [kí|kí tên] [vào|dưới] [bản|tờ] [cam kết|quy tắc] [dán|để] [ở|tại] [cửa|bảng tin] [phòng máy|], [khi|nếu] [vi phạm|quên] [thì|sẽ] [được|bị] [nhắc|nhắc nhở] [trước|trước lớp] [theo|bằng] [đúng|] [tờ|bản] [cam kết|mình đã kí].",
                        "[Những|Các] [quy tắc|điều] [do|được] [chính|] [các em|{hs}] [góp ý|tham gia] [xây dựng|đặt ra] [nên|vì vậy] [được|] [thực hiện|tuân thủ] [nghiêm túc|tự giác] [hơn|hơn hẳn] [so với|hơn là] [nội quy|quy định] [dán|áp] [sẵn|từ trên xuống].",
                    ),
                    (
                        "[Mỗi|Từng] [máy|bàn máy] [được|] [đánh số|gắn số] [và|,] [gắn|dán] [tên|danh sách] [các|những] [em|học sinh] [ngồi|sử dụng] [ở|tại] [máy đó|đấy] [theo|cho] [từng|mỗi] [lớp|ca học], [em|bạn] [nào|] [ngồi|dùng] [máy|chỗ] [nào|nào] [thì|sẽ] [chịu trách nhiệm|giữ gìn] [máy|chỗ] [đó|ấy].",
                        "[Đầu|Mỗi đầu] [giờ|tiết], [các em|{hs}] [kiểm tra|xem] [nhanh|qua] [chuột, bàn phím, tai nghe|thiết bị] [và|rồi] [báo|ghi] [ngay|lập tức] [nếu|khi] [có|thấy] [hỏng hóc|hư hỏng], [tránh|không để] [tình trạng|việc] [đổ lỗi|đổ cho] [cho|] [lớp|ca] [học|] [trước|sau].",
                        "[Từ|Kể từ] [khi|lúc] [áp dụng|thực hiện], [số|lượng] [thiết bị|chuột, bàn phím] [hỏng|bị hư] [do|vì] [sử dụng|dùng] [không|chưa] [đúng|cẩn thận] [giảm|ít] [hẳn|rõ], [kinh phí|chi phí] [sửa chữa|thay thế] [của|cho] [phòng máy|nhà trường] [tiết kiệm|giảm] [được|] [đáng kể|khá nhiều].",
                    ),
                )),
                ("[Sử dụng|Ứng dụng] phần mềm quản lí phòng máy [để|nhằm] [trình chiếu|giám sát] [và hỗ trợ|]", (
                    (
                        "[Tôi|Giáo viên] [sử dụng|dùng] {dc} [để|nhằm] [trình chiếu|truyền] [màn hình|thao tác mẫu] [của giáo viên|] [đến|lên] [tất cả các máy|máy của {hs}].",
                        "[Phần mềm|Công cụ] [cho phép|giúp] [quan sát|theo dõi] [màn hình|hoạt động] [của từng máy|từng em], [khóa|tạm khóa] [máy|bàn phím] [khi cần|khi cần các em chú ý] và [thu bài|thu sản phẩm] [nhanh|tự động].",
                        "[Những em|{hs}] [làm tốt|hoàn thành sớm] [được|sẽ được] [chia sẻ màn hình|trình chiếu bài] [cho cả lớp|để cả lớp] [xem|học tập], [tạo|tạo nên] [động lực|không khí thi đua] [trong lớp|].",
                    ),
                    (
                        "[Phần mềm|Chương trình] [quản lí|điều khiển] [lớp học|phòng máy] [cho phép|giúp] [tôi|giáo viên] [gửi|chuyển] [tệp|bài tập] [đến|cho] [tất cả|mọi] [máy|học sinh] [chỉ|] [bằng|với] [một|vài] [thao tác|cú nhấp chuột], [tiết kiệm|đỡ mất] [thời gian|công] [chép|phát] [bài|đề] [qua|bằng] [USB|thẻ nhớ].",
                        "[Khi|Lúc] [giảng|hướng dẫn] [thao tác|kĩ năng] [mới|mới], [tôi|cô] [khóa|tạm khóa] [màn hình|máy] [học sinh|các em] [và|để] [chiếu|trình chiếu] [màn hình|thao tác] [của mình|mẫu], [các em|{hs}] [phải|cần] [nhìn|theo dõi] [lên|vào] [màn hình|thao tác mẫu] [thay vì|chứ không] [tự|] [bấm|nhấp] [lung tung|trước].",
                        "[Cuối|Kết thúc] [giờ|tiết], [phần mềm|chương trình] [thu|nhận] [bài|sản phẩm] [tự động|về máy giáo viên], [tôi|cô] [chọn|mở] [vài|một số] [bài|sản phẩm] [tiêu biểu|hay] [để|và] [nhận xét|chữa] [trước|cho] [cả lớp|các em].",
                    ),
                    (
                        "[Phòng máy|Trường] [chưa|không] [có|được trang bị] [phần mềm|chương trình] [quản lí|chuyên dụng] [có bản quyền|], [nên|vì thế] [tôi|giáo viên] [dùng|khai thác] [các|những] [công cụ|phần mềm] [miễn phí|mã nguồn mở] [để|nhằm] [chia sẻ|trình chiếu] [màn hình|bài] [và|,] [thu|nộp] [bài|sản phẩm] [qua|bằng] [thư mục chia sẻ|mạng nội bộ].",
                        "[Mỗi|Từng] [lớp|ca] [có|được tạo] [một|] [thư mục|ổ] [nộp bài|chung], [các em|{hs}] [lưu|nộp] [bài|tệp] [với|theo] [tên|quy ước] \"[lớp – máy – họ tên|số máy – tên em]\", [tôi|cô] [mở|kiểm tra] [thư mục|bài] [là|thì] [biết|thấy] [ngay|liền] [ai|em nào] [đã|chưa] [nộp|hoàn thành].",
                        "[Giải pháp|Cách làm] [này|ấy] [không|chẳng] [tốn|phát sinh] [kinh phí|chi phí] [mà|nhưng] [vẫn|cũng] [giải quyết|đáp ứng] [được|] [phần lớn|hầu hết] [nhu cầu|công việc] [quản lí|điều hành] [giờ|tiết] [thực hành|học].",
                    ),
                )),
                ("Tổ chức [\"trợ giảng nhí\"|nhóm hỗ trợ] trong giờ thực hành", (
                    (
                        "[Tôi|Giáo viên] [chọn|lựa chọn] [mỗi dãy|mỗi tổ] [một, hai em|một em] [thao tác tốt|nắm bài nhanh] [làm|đóng vai] [\"trợ giảng nhí\"|nhóm trưởng] [để|,] [hướng dẫn|hỗ trợ] [các bạn|bạn] [xung quanh|].",
                        "[Trước|Trước mỗi] [tiết thực hành|buổi], [các trợ giảng|các em] [được|] [hướng dẫn trước|học trước] [nội dung|bài] [vào giờ ra chơi|qua nhóm trên Zalo].",
                        "[Hoạt động|Hình thức] [này|] [vừa|không chỉ] [giảm tải|giảm áp lực] [cho giáo viên|] [vừa|mà còn] [phát triển|rèn] [năng lực|kĩ năng] [giao tiếp, hợp tác|trình bày] [của {hs}|cho các em].",
                    ),
                    (
                        "[Đầu|Ngay đầu] [năm|năm học], [tôi|giáo viên] [mở|tổ chức] [một|] [buổi|lớp] [\"tập huấn trợ giảng\"|bồi dưỡng nhanh] [vào|trong] [chiều|buổi chiều] [thứ Bảy|cuối tuần] [cho|dành cho] [khoảng|chừng] [mười|mười lăm] [em|học sinh] [khá|thành thạo] [của|ở] [các lớp|mỗi lớp].",
                        "[Các|Những] [trợ giảng|em] [được|] [hướng dẫn|dạy] [cách|kĩ năng] [giúp|hỗ trợ] [bạn|người khác] [mà|nhưng] [không|chẳng] [làm hộ|làm thay]: [hỏi|đặt câu hỏi] [gợi ý|dẫn dắt], [chỉ|trỏ] [vào|lên] [màn hình|nút] [thay vì|chứ không] [cầm|giành] [chuột|lấy chuột] [của bạn|].",
                        "[Mỗi|Từng] [trợ giảng|em] [đeo|có] [thẻ|bảng tên] [nhỏ|riêng], [và|,] [cuối|sau] [học kì|mỗi kì] [được|sẽ được] [nhà trường|Ban giám hiệu] [khen thưởng|tặng giấy khen] [vì|bởi] [tinh thần|sự] [giúp đỡ|nhiệt tình] [bạn bè|các bạn].",
                    ),
                    (
                        "[Ở|Trong] [mỗi|từng] [nhóm|dãy] [bốn|năm] [máy|bàn], [một|] [em|bạn] [làm|giữ vai trò] \"[nhóm trưởng kĩ thuật|người hỗ trợ]\", [vai trò|nhiệm vụ] [này|ấy] [được|] [luân phiên|thay đổi] [hằng tháng|mỗi tháng] [để|cho] [nhiều|các] [em|bạn] [được|có cơ hội] [thử sức|rèn luyện].",
                        "[Khi|Lúc] [có|gặp] [vướng mắc|lỗi], [các em|{hs}] [hỏi|nhờ] [nhóm trưởng|bạn hỗ trợ] [trước|trước tiên], [chỉ|khi] [nhóm trưởng|bạn đó] [cũng|] [chịu|không giải quyết được] [thì|mới] [giơ tay|bật đèn báo] [gọi|nhờ] [giáo viên|cô].",
                        "[Tôi|Giáo viên] [nhận thấy|thấy] [những|các] [em|bạn] [từng|đã từng] [làm|là] [nhóm trưởng|người hỗ trợ] [tiến bộ|vững vàng] [rõ|nhanh] [về|ở] [cả|] [kĩ năng|thao tác] [lẫn|và] [sự|khả năng] [tự tin|diễn đạt], [vì|bởi] [muốn|để] [giảng|chỉ] [lại|cho bạn] [thì|] [phải|cần] [hiểu|nắm] [thật|] [kĩ|chắc].",
                    ),
                )),
                ("Giao [nhiệm vụ|bài thực hành] [gắn với thực tế|theo sản phẩm] [và đánh giá bằng|kèm] [tiêu chí|bảng kiểm]", (
                    (
                        "[Thay vì|Không chỉ] [làm theo mẫu|gõ lại bài mẫu], {hs} [được giao|nhận] [những nhiệm vụ|nhiệm vụ] như [lập bảng điểm của tổ|thiết kế bài trình chiếu giới thiệu trường|soạn thông báo của lớp] [bằng|trên] [phần mềm|máy tính].",
                        "[Mỗi nhiệm vụ|Mỗi bài] [kèm|có] [bảng tiêu chí|bảng kiểm] [đánh giá|chấm điểm] [rõ ràng|cụ thể] [để|giúp] [các em|{hs}] [tự kiểm tra|tự đánh giá] [sản phẩm|bài làm] [trước khi nộp|].",
                        "Ví dụ, [với|khi làm] {vd}, [các em|{hs}] [phải|cần] [áp dụng|vận dụng] [nhiều|các] [kĩ năng|thao tác] [đã học|khác nhau] và [thấy được|hiểu được] [ứng dụng|ý nghĩa thực tế] [của bài học|].",
                    ),
                    (
                        "[Bài|Nhiệm vụ] [thực hành|trên máy] [được|] [giao|đưa ra] [dưới dạng|theo kiểu] \"[đơn đặt hàng|yêu cầu của khách hàng]\": [ví dụ|chẳng hạn] [Liên đội|thư viện] [cần|muốn] [một|] [tờ|bản] [thông báo|áp phích] [về|cho] [ngày hội đọc sách|hội thi văn nghệ], [các em|{hs}] [phải|cần] [làm|thiết kế] [đúng|theo] [yêu cầu|đơn].",
                        "[Bảng kiểm|Tiêu chí] [chấm|đánh giá] [được|] [phát|công bố] [ngay|từ] [đầu|lúc đầu] [giờ|tiết] [gồm|với] [nội dung|thông tin] [đủ|đầy đủ], [trình bày|bố cục] [rõ ràng|cân đối], [không|ít] [lỗi|sai] [chính tả|dấu] và [có|dùng] [đúng|] [kĩ thuật|thao tác] [vừa học|của bài].",
                        "[Sản phẩm|Bài] [tốt|đạt] [nhất|yêu cầu] [được|] [gửi|chuyển] [đến|cho] \"[khách hàng|người đặt]\" [thật|thực sự] [sử dụng|dán ở bảng tin], [các em|{hs}] [rất|] [phấn khởi|tự hào] [khi|lúc] [thấy|nhìn thấy] [bài|sản phẩm] [mình|của mình] [được|] [dùng|treo] [trong|ở] [trường|khắp trường].",
                    ),
                    (
                        "[Với|Ở] [chương|chủ đề] [bảng tính|Excel], [các em|{hs}] [làm|thực hiện] [bài|nhiệm vụ] [với|bằng] [số liệu|dữ liệu] [thật|thực tế] [của|ở] [lớp|trường]: [điểm|kết quả] [thi đua|xếp loại] [các tổ|từng tổ], [tiền|quỹ] [lớp|chi đội], [số|lượng] [sách|truyện] [mượn|đọc] [theo|của] [tháng|từng tháng].",
                        "[Tôi|Giáo viên] [giao|đưa] [kèm|cùng] [bài|nhiệm vụ] [một|] [bảng kiểm|phiếu tự chấm] [ghi|liệt kê] [các|những] [việc|thao tác] [phải|cần] [làm|có]: [dùng|có] [hàm|công thức] [tính tổng|SUM], [sắp xếp|lọc], [vẽ|tạo] [biểu đồ|đồ thị], [định dạng|trình bày] [bảng|ô].",
                        "[Khi|Lúc] [thấy|biết] [số liệu|kết quả] [là|của] [chính|] [lớp mình|tổ mình], [các em|{hs}] [làm|thực hành] [bài|việc] [chăm chú|hăng say] [hơn|hẳn], [và|,] [hiểu|thấy] [rõ|được] [ích lợi|tác dụng] [của|khi] [bảng tính|biết dùng bảng tính] [trong|đối với] [công việc|đời sống] [hằng ngày|thực tế].",
                    ),
                )),
                ("[Xây dựng|Soạn] [phiếu|tài liệu] [hướng dẫn thực hành|thực hành] [theo từng bước|có hình minh họa]", (
                    (
                        "[Mỗi|Từng] [bài|tiết] [thực hành|trên máy] [có|đi kèm] [một|] [phiếu|tờ] [hướng dẫn|hướng dẫn thực hành] [in|trên] [khổ A4|một trang], [chia|ghi] [thành|theo] [các|những] [bước|bước nhỏ] [đánh số|có số thứ tự], [mỗi|từng] [bước|thao tác] [kèm|có] [ảnh chụp|hình] [màn hình|minh họa].",
                        "[Các em|{hs}] [làm|thực hiện] [theo|dựa vào] [phiếu|hướng dẫn] [và|rồi] [đánh dấu|tích] [vào|bên cạnh] [bước|mỗi bước] [đã|] [xong|hoàn thành], [tôi|cô] [chỉ|] [cần|phải] [nhìn|xem] [phiếu|dấu tích] [là|thì] [biết|thấy] [em nào|ai] [đang|đã] [ở|đến] [bước|đâu].",
                        "[Phiếu|Tài liệu] [được|] [ép nhựa|bọc] [để|và] [dùng|sử dụng] [lại|cho] [nhiều|các] [lớp|năm], [những|các] [bước|chỗ] [học sinh|các em] [hay|thường] [vướng|hỏi] [được|sẽ được] [tôi|cô] [ghi|bổ sung] [chú thích|lưu ý] [thêm|vào] [sau mỗi|qua từng] [năm học|lượt dùng].",
                    ),
                    (
                        "[Tôi|Giáo viên] [soạn|làm] [tài liệu|phiếu] [thực hành|hướng dẫn] [theo|với] [hai|các] [cột|phần]: [cột|phần] [trái|bên trái] [là|ghi] [yêu cầu|việc cần làm], [cột|phần] [phải|bên phải] [để trống|là ô trống] [cho|để] [các em|{hs}] [ghi|viết] [lại|ra] [thao tác|cách] [mình|đã] [dùng|làm].",
                        "[Ví dụ|Chẳng hạn] [yêu cầu|việc] \"[căn giữa tiêu đề|chèn bảng 3 cột]\", [các em|{hs}] [ghi|viết] \"[chọn dòng – nhấn nút căn giữa|vào Insert – chọn Table]\", [vừa|không chỉ] [làm|thực hành] [vừa|mà còn] [ghi nhớ|nhớ] [các|những] [thao tác|bước] [bằng|qua] [lời|chữ] [của mình|riêng].",
                        "[Tập|Bộ] [phiếu|tài liệu] [đã|] [điền|làm] [trở thành|thành] [\"sổ tay thao tác\"|tài liệu ôn tập] [riêng|cá nhân] [của|cho] [từng em|mỗi em], [rất|khá] [hữu ích|tiện] [khi|lúc] [ôn|ôn tập] [trước|cho] [các bài|kì] [kiểm tra|thi] [thực hành|trên máy].",
                    ),
                    (
                        "[Với|Đối với] [những|các] [bài|nội dung] [nhiều|có nhiều] [bước|thao tác], [tôi|giáo viên] [làm|dựng] [các|những] [thẻ|tấm] [gợi ý|trợ giúp] [nhỏ|đánh số] [để|đặt] [trong|ở] [hộp|phong bì] [trên|tại] [bàn|mỗi dãy], [em nào|ai] [cần|bí] [thì|mới] [mở|lấy] [thẻ|ra xem].",
                        "[Thẻ|Mỗi thẻ] [gợi ý|trợ giúp] [được|] [chia|sắp] [theo|thành] [ba|các] [mức|cấp]: [thẻ|mức] [một|đầu] [chỉ|] [gợi|nêu] [hướng|ý], [thẻ|mức] [hai|tiếp] [chỉ|nói] [rõ|tên] [lệnh|menu], [thẻ|mức] [ba|cuối] [mới|thì mới] [có|ghi] [đủ|đầy đủ] [các bước|thao tác].",
                        "[Các em|{hs}] [được|] [khuyến khích|động viên] [dùng|mở] [càng|thẻ] [ít|thấp] [thẻ|càng] [càng|] [tốt|hay], [nên|vì thế] [luôn|thường] [cố|cố gắng] [tự|] [nghĩ|thử] [trước|trước tiên], [và|,] [tôi|cô] [cũng|] [biết|nắm] [được|] [phần|chỗ] [nào|] [khó|khó hiểu] [qua|nhờ] [số|lượng] [thẻ|lần] [được|] [mở|dùng].",
                    ),
                )),
                ("Tổ chức [kiểm tra, đánh giá|đánh giá] [thực hành|kĩ năng] [trên máy|ngay tại phòng máy] [thường xuyên|nhẹ nhàng]", (
                    (
                        "[Thay vì|Không chỉ] [một|] [bài kiểm tra|bài thi] [thực hành|trên máy] [lớn|dài] [cuối kì|cuối học kì], [tôi|giáo viên] [đánh giá|kiểm tra] [nhanh|ngắn] [trong|ở] [mười phút|năm phút] [cuối|cuối cùng] [của|ở] [mỗi|từng] [tiết|buổi] [thực hành|học].",
                        "[Bài|Yêu cầu] [kiểm tra|đánh giá] [ngắn|nhỏ] [chỉ|] [gồm|có] [một, hai|vài] [thao tác|nhiệm vụ] [vừa học|của bài], [tôi|cô] [đi|xem] [qua|một vòng] [từng máy|các máy] [và|rồi] [ghi|đánh dấu] [\"đạt\"|Đ] [hoặc|hay] [\"chưa đạt\"|C] [vào|trong] [sổ|bảng] [theo dõi|điểm].",
                        "[Những|Các] [em|bạn] [\"chưa đạt\"|chưa làm được] [được|sẽ được] [làm lại|kiểm tra lại] [vào|ở] [tiết|buổi] [sau|tiếp theo], [nên|vì vậy] [không|chẳng] [em nào|ai] [bị|phải] [bỏ lại|hổng] [kĩ năng|thao tác] [nào|gì].",
                    ),
                    (
                        "[Tôi|Giáo viên] [dùng|áp dụng] [hình thức|cách] [đánh giá|chấm] [qua|bằng] [sản phẩm|bài làm] [kèm|và] [\"phỏng vấn\"|hỏi] [ngắn|nhanh]: [em|học sinh] [vừa|] [trình bày|mở] [sản phẩm|bài] [vừa|và] [trả lời|giải thích] [một, hai|vài] [câu hỏi|câu] [về|liên quan đến] [cách làm|thao tác] [của mình|đã dùng].",
                        "[Câu hỏi|Những câu hỏi] [như|kiểu] \"[Nếu muốn đổi màu cả bảng thì em làm thế nào?|Vì sao em dùng hàm này?]\" [giúp|cho] [tôi|giáo viên] [biết|phân biệt] [em nào|ai] [hiểu|thật sự hiểu] [và|,] [em nào|ai] [chỉ|] [làm theo|bắt chước] [bạn|máy móc].",
                        "[Cách|Hình thức] [đánh giá|chấm] [này|ấy] [công bằng|chính xác] [hơn|hơn hẳn], [hạn chế|tránh] [được|] [tình trạng|việc] [chép|sao chép] [tệp|bài] [của nhau|của bạn] [vốn|thường] [rất|hay] [dễ|hay] [xảy ra|gặp] [trong|ở] [phòng máy|giờ thực hành].",
                    ),
                    (
                        "[Đề|Bài] [kiểm tra|thi] [thực hành|trên máy] [được|] [tôi|cô] [chia|thiết kế] [thành|theo] [nhiều|các] [mã đề|phiên bản] [với|có] [số liệu|nội dung] [khác nhau|riêng] [nhưng|mà] [cùng|có cùng] [yêu cầu|mức độ] [kĩ năng|thao tác], [phát|giao] [ngẫu nhiên|xen kẽ] [cho|theo] [các|từng] [máy|dãy].",
                        "[Mỗi|Từng] [mã đề|đề] [có|đi kèm] [một|] [đáp án|bảng] [kiểm tra|chấm] [nhanh|sẵn] [để|giúp] [chấm|đánh giá] [ngay|tại chỗ] [tại|trong] [lớp|giờ], [các em|{hs}] [biết|nhận] [kết quả|điểm] [ngay|liền] [khi|lúc] [làm xong|hết giờ].",
                        "[Nhờ|Với] [đề|bài] [khác nhau|riêng], [các em|{hs}] [tự lực|tự làm] [hơn|hẳn], [kết quả|điểm] [phản ánh|thể hiện] [đúng|sát] [năng lực|trình độ] [thật|thực] [của|ở] [từng em|mỗi em].",
                    ),
                )),
                ("[Bảo đảm|Giữ] an toàn [và|,] [vệ sinh|kỉ luật] [phòng máy|trong giờ thực hành]", (
                    (
                        "[Đầu|Ngay đầu] [năm|năm học], [tôi|giáo viên] [hướng dẫn|giới thiệu] [các em|{hs}] [về|cách] [an toàn điện|sử dụng điện an toàn]: [không|tuyệt đối không] [chạm|sờ] [vào|tới] [ổ cắm|dây điện], [không|chẳng] [tự|] [tháo|cắm] [dây|thiết bị], [khi|thấy] [có|] [mùi khét|tia lửa] [phải|cần] [báo|gọi] [ngay|liền] [cho|với] [giáo viên|cô].",
                        "[Dây điện|Các dây] [trong|ở] [phòng máy|phòng] [được|] [tôi|nhà trường] [bó gọn|buộc lại] [và|,] [luồn|cho] [vào|qua] [ống|máng] [nhựa|ghen], [ổ cắm|bảng điện] [được|] [đặt|gắn] [cao|lên cao] [khỏi|xa] [tầm tay|chỗ ngồi] [của|] [học sinh|các em].",
                        "[Trong|Suốt] [năm học|các năm qua], [phòng máy|phòng tin học] [không|chưa] [để|hề] [xảy ra|có] [sự cố|tai nạn] [nào|gì] [về|liên quan đến] [điện|an toàn], [phụ huynh|gia đình] [rất|] [yên tâm|an tâm].",
                    ),
                    (
                        "[Tôi|Giáo viên] [phân công|chia] [các|những] [tổ|nhóm] [trực nhật|vệ sinh] [phòng máy|phòng tin học] [theo|từng] [tuần|buổi]: [lau|lau sạch] [bàn phím|màn hình], [quét|dọn] [sàn|nền], [xếp|kê] [ghế|lại ghế] [ngay ngắn|gọn gàng] [trước khi|rồi mới] [ra về|rời phòng].",
                        "[Bàn phím|Chuột] [và|,] [tai nghe|thiết bị] [được|] [lau|vệ sinh] [bằng|với] [khăn|bông] [có|tẩm] [cồn|dung dịch sát khuẩn] [định kì|mỗi tuần], [các em|{hs}] [rửa tay|rửa tay sạch] [trước khi|trước lúc] [vào|bước vào] [phòng|phòng máy].",
                        "[Phòng máy|Không gian] [sạch|gọn] [sẽ|gàng] [không chỉ|chẳng những] [giúp|làm] [thiết bị|máy móc] [bền|lâu hỏng] [hơn|] [mà còn|mà] [tạo|mang lại] [cảm giác|không khí] [dễ chịu|thoải mái] [cho|với] [người|] [học|dạy] [lẫn|và] [người|] [dạy|học].",
                    ),
                    (
                        "[Tôi|Giáo viên] [thiết lập|cài đặt] [phần mềm|chế độ] [chặn|lọc] [các|những] [trang web|trang] [không|chưa] [phù hợp|lành mạnh] [và|,] [trò chơi|game] [trực tuyến|] [trên|ở] [tất cả|mọi] [máy|máy tính] [của phòng|trong phòng].",
                        "[Các em|{hs}] [chỉ|] [được|] [truy cập|vào] [các|những] [trang|địa chỉ] [phục vụ|liên quan] [bài học|học tập] [do|được] [giáo viên|cô] [gửi|cho phép], [máy|màn hình] [nào|] [mở|có] [trang|nội dung] [khác|ngoài] [sẽ|thì] [hiện|hiển thị] [trên|ở] [máy|màn hình] [giáo viên|của cô].",
                        "[Biện pháp|Giải pháp] [kĩ thuật|này] [kết hợp|cùng] [với|] [giáo dục|nhắc nhở] [ý thức|thái độ] [giúp|làm] [giờ|tiết] [thực hành|học] [tập trung|nghiêm túc] [hơn|hẳn], [hầu như|gần như] [không|chẳng] [còn|có] [cảnh|tình trạng] [lén|] [chơi|mở] [game|trò chơi] [trong giờ|].",
                    ),
                )),
                ("[Dạy|Tổ chức] [thực hành|học] [theo|qua] [dự án|nhiệm vụ] [nhóm|liên môn] [trên máy|với máy tính]", (
                    (
                        "[Mỗi|Từng] [nhóm|tổ] [bốn|ba] [em|bạn] [nhận|chọn] [một|] [dự án|đề tài] [kéo dài|trong] [ba|bốn] [tuần|buổi] [như|kiểu] \"[giới thiệu danh lam thắng cảnh quê em|khảo sát thói quen đọc sách của lớp]\", [sản phẩm|kết quả] [là|gồm] [một|] [bài trình chiếu|bảng tính] [và|kèm] [báo cáo|bản thuyết minh].",
                        "[Các nhóm|{hs}] [phân công|chia] [việc|nhiệm vụ] [rõ|cụ thể]: [thu thập|tìm] [thông tin|dữ liệu], [xử lí|tổng hợp] [số liệu|thông tin], [thiết kế|trình bày] [sản phẩm|slide], [ghi|lập] [nhật kí|biên bản] [làm việc|nhóm] [mỗi buổi|từng buổi].",
                        "[Buổi|Tiết] [cuối|cuối cùng], [các nhóm|{hs}] [báo cáo|trình bày] [trước lớp|trước thầy cô], [cả lớp|các bạn] [chấm|đánh giá] [theo|bằng] [phiếu|tiêu chí] [đã|được] [thống nhất|công bố] [từ đầu|trước], [nhóm|sản phẩm] [hay nhất|xuất sắc] [được|] [chọn|mang] [đi|] [dự thi|trưng bày] [cấp trường|ở trường].",
                    ),
                    (
                        "[Tôi|Giáo viên] [phối hợp|bàn] [với|cùng] [giáo viên|thầy cô] [môn|bộ môn] [Địa lí|Sinh học] [để|và] [giao|đưa ra] [dự án|nhiệm vụ] [chung|liên môn]: [các em|{hs}] [thu thập|tìm] [số liệu|dữ liệu] [về|liên quan] [lượng mưa|dân số] [của|ở] [tỉnh|địa phương] [rồi|và] [xử lí|biểu diễn] [bằng|trên] [bảng tính|Excel].",
                        "[Các nhóm|{hs}] [vẽ|tạo] [biểu đồ|đồ thị] [và|rồi] [viết|rút ra] [nhận xét|kết luận] [ngắn|vài câu], [sản phẩm|bài] [được|] [cả|] [hai|] [giáo viên|thầy cô] [chấm|đánh giá]: [tôi|giáo viên Tin học] [chấm|xem] [phần|kĩ năng] [kĩ thuật|thao tác], [giáo viên|thầy cô] [bộ môn|môn kia] [chấm|xem] [phần|nội dung] [nội dung|kiến thức].",
                        "[Dự án|Nhiệm vụ] [liên môn|chung] [giúp|làm] [các em|{hs}] [thấy|hiểu] [Tin học|kĩ năng máy tính] [phục vụ|hỗ trợ] [trực tiếp|thiết thực] [cho|việc học] [các môn|môn khác], [và|,] [tiết kiệm|giảm] [được|] [thời gian|số bài] [làm|tập] [bài|] [cho|đối với] [học sinh|các em].",
                    ),
                    (
                        "[Vào|Trong] [dịp|tuần] [kỉ niệm|hướng tới] [ngày|ngày lễ] [lớn|trong năm] [như|chẳng hạn] [20/11|26/3], [tôi|giáo viên] [giao|đặt hàng] [các nhóm|{hs}] [làm|thiết kế] [video|phim] [ngắn|một, hai phút] [hoặc|hay] [bài trình chiếu|slide] [chúc mừng|giới thiệu] [để|và] [chiếu|trình chiếu] [trong|ở] [buổi|lễ] [chào cờ|kỉ niệm].",
                        "[Các em|{hs}] [phải|cần] [học|tự học] [thêm|cách] [cắt ghép|dựng] [video|phim], [chèn|thêm] [nhạc|chữ], [và|,] [tôi|cô] [hướng dẫn|lưu ý] [cách|về] [dùng|lựa chọn] [hình ảnh|âm nhạc] [không|tránh] [vi phạm|xâm phạm] [bản quyền|quyền tác giả].",
                        "[Khi|Lúc] [sản phẩm|video] [của lớp|nhóm mình] [được|] [chiếu|trình chiếu] [trước|cho] [toàn trường|cả trường] [xem|], [các em|{hs}] [rất|vô cùng] [tự hào|xúc động], [nhiều|có] [em|bạn] [sau đó|về sau] [còn|đã] [tự|] [làm|dựng] [thêm|được] [video|phim] [cho|phục vụ] [các|những] [hoạt động|phong trào] [khác|] [của lớp|của trường].",
                    ),
                )),
                ("[Bồi dưỡng|Hướng dẫn] {hs} [kĩ năng|thói quen] [tự tìm|tra cứu] [cách làm|trợ giúp] [khi|lúc] [gặp|vướng] [khó khăn|lỗi]", (
                    (
                        "[Tôi|Giáo viên] [dạy|hướng dẫn] [các em|{hs}] [cách|kĩ năng] [dùng|sử dụng] [chức năng|mục] [trợ giúp|Help] [của|trong] [phần mềm|chương trình] [và|,] [tìm kiếm|tra cứu] [trên mạng|trên Internet] [với|bằng] [từ khóa|cụm từ] [ngắn|chính xác] [như|kiểu] \"[cách gộp ô trong Excel|chèn số trang Word]\".",
                        "[Mỗi|Từng] [tuần|buổi] [có|đặt ra] [một|] \"[câu đố kĩ năng|thử thách tìm kiếm]\": [một|] [thao tác|việc] [chưa|không] [học|dạy] [trên lớp|trong sách], [các em|{hs}] [phải|cần] [tự|] [tìm|tra] [cách|hướng dẫn] [làm|thực hiện] [và|rồi] [chia sẻ|trình bày] [lại|với] [cho|] [cả lớp|các bạn].",
                        "[Kĩ năng|Thói quen] [tự|] [tìm|tra cứu] [giúp|làm] [các em|{hs}] [chủ động|tự lập] [hơn|hẳn] [khi|lúc] [làm|gặp] [việc|vấn đề] [với|trên] [máy tính|máy], [đây là|đó là] [năng lực|kĩ năng] [rất|vô cùng] [cần|quan trọng] [trong|cho] [học tập|thời đại số] [sau này|về lâu dài].",
                    ),
                    (
                        "[Trong|Ở] [phòng máy|lớp], [tôi|giáo viên] [đặt|áp dụng] [quy ước|nguyên tắc] \"[ba trước một|ba lần thử trước khi hỏi cô]\": [tự|] [đọc|xem] [lại|] [phiếu|hướng dẫn], [tìm|tra] [trong|ở] [mục trợ giúp|Internet], [hỏi|nhờ] [bạn|bạn bên cạnh] [trước|rồi mới] [khi|] [hỏi|gọi] [giáo viên|cô].",
                        "[Quy ước|Nguyên tắc] [được|] [in|viết] [to|thành chữ lớn] [dán|treo] [ở|trên] [đầu|tường] [phòng máy|phòng], [tôi|cô] [thường|hay] [chỉ|trỏ] [vào|lên] [đó|tấm bảng] [mỗi khi|khi] [có|thấy] [em|bạn] [giơ tay|gọi] [quá|rất] [sớm|vội].",
                        "[Ban đầu|Lúc đầu] [các em|{hs}] [chưa|không] [quen|thích], [nhưng|song] [dần dần|sau vài tuần] [số|lượng] [câu hỏi|lần] [\"cô ơi\"|gọi cô] [giảm|ít] [hẳn|rõ], [các em|{hs}] [tự|] [giải quyết|xử lí] [được|] [nhiều|phần lớn] [vấn đề|lỗi] [thường gặp|đơn giản].",
                    ),
                    (
                        "[Tôi|Giáo viên] [dành|để] [một|] [góc|phần] [bảng|trên bảng] [làm|gọi là] \"[góc mẹo hay|kho kinh nghiệm]\": [em nào|ai] [tìm|phát hiện] [ra|được] [phím tắt|cách làm] [nhanh|hay] [thì|sẽ] [ghi|viết] [lên|vào] [đó|góc ấy] [kèm|với] [tên|chữ kí] [mình|của mình].",
                        "[Cuối|Sau] [mỗi|từng] [tháng|chủ đề], [các|những] [mẹo|cách] [hay|hữu ích] [nhất|hơn cả] [được|] [tổng hợp|gom] [lại|thành] [một|] [tờ|bản] \"[mẹo Tin học của lớp|cẩm nang phím tắt]\" [phát|in] [cho|tặng] [mỗi|từng] [em|bạn].",
                        "[Các em|{hs}] [thi nhau|tích cực] [tìm|khám phá] [mẹo|phím tắt] [mới|lạ] [để|mong] [được|có] [tên|mình] [trên|ở] [\"góc mẹo hay\"|bảng], [kiến thức|kĩ năng] [của|ở] [cả lớp|các em] [vì thế|nhờ vậy] [mở rộng|phong phú] [hơn|hơn nhiều] [so với|ngoài] [sách giáo khoa|nội dung bài học].",
                    ),
                )),
                ("[Tận dụng|Sắp xếp] [máy tính|thiết bị] [hợp lí|khoa học] [khi|trong điều kiện] [phòng máy|số máy] [còn thiếu|không đủ]", (
                    (
                        "[Vì|Do] [số máy|máy tính] [chỉ|] [đủ|có] [cho|khoảng] [hai phần ba|một nửa] [lớp|số học sinh], [tôi|giáo viên] [chia|tổ chức] [tiết|giờ] [thực hành|học] [thành|theo] [hai|các] [nhóm|lượt] [luân phiên|xoay vòng]: [một|] [nhóm|lượt] [làm|thực hành] [trên máy|máy tính], [nhóm|lượt] [kia|còn lại] [làm|giải] [bài tập|phiếu] [trên giấy|viết].",
                        "[Sau|Hết] [khoảng|chừng] [hai mươi phút|nửa tiết], [hai|các] [nhóm|lượt] [đổi chỗ|đổi vai] [cho nhau|], [phiếu|bài] [trên giấy|viết] [được|] [thiết kế|soạn] [để|sao cho] [chuẩn bị|hỗ trợ] [cho|phần] [phần|việc] [thực hành|trên máy] [sau đó|tiếp theo].",
                        "[Cách|Việc] [tổ chức|luân phiên] [này|ấy] [giúp|làm cho] [em nào|mọi em] [cũng|đều] [có|được] [máy|máy riêng] [để|khi] [thực hành|làm bài], [không|chẳng] [còn|phải] [cảnh|tình trạng] [ba|hai] [em|bạn] [chen|chung] [nhau|một máy] [mà|nhưng] [chỉ|] [một|] [em|bạn] [được|] [bấm|thao tác].",
                    ),
                    (
                        "[Những|Các] [máy|máy tính] [cũ|cấu hình thấp] [được|] [tôi|giáo viên] [cài|dùng] [lại|] [hệ điều hành|phần mềm] [nhẹ|gọn] [và|,] [gỡ|xóa] [bớt|] [phần mềm|chương trình] [không cần thiết|thừa] [để|nhằm] [chạy|hoạt động] [nhanh|mượt] [hơn|], [đủ|vẫn đủ] [để|cho] [học sinh|các em] [soạn thảo|luyện gõ] [và|,] [lập trình|làm bài] [cơ bản|đơn giản].",
                        "[Tôi|Giáo viên] [còn|cũng] [tự|] [sửa|khắc phục] [các|những] [lỗi|hỏng hóc] [nhỏ|đơn giản] [như|kiểu] [thay|lắp] [chuột|bàn phím], [cắm|kiểm tra] [lại|] [dây mạng|cáp], [ghi|lập] [sổ|bảng] [theo dõi|tình trạng] [từng|mỗi] [máy|thiết bị].",
                        "[Nhờ|Với] [sự|việc] [bảo trì|chăm sóc] [thường xuyên|cẩn thận], [số|lượng] [máy|máy tính] [hoạt động|dùng được] [tăng|nhiều] [lên|hơn] [so với|hẳn so với] [đầu năm|trước], [giờ|tiết] [thực hành|học] [ít|không còn] [bị|] [gián đoạn|ngắt quãng] [vì|do] [máy|thiết bị] [hỏng|trục trặc].",
                    ),
                    (
                        "[Tôi|Giáo viên] [đề xuất|tham mưu] [nhà trường|Ban giám hiệu] [vận động|kêu gọi] [phụ huynh|các doanh nghiệp] [và|,] [cựu học sinh|nhà hảo tâm] [tặng|ủng hộ] [máy tính|thiết bị] [cũ|đã qua sử dụng] [còn|vẫn còn] [dùng|sử dụng] [được|tốt].",
                        "[Các|Những] [máy|thiết bị] [nhận|được tặng] [về|] [được|] [tôi|cô] [kiểm tra|sửa] [lại|] [và|,] [cài đặt|cài] [phần mềm|chương trình] [học tập|cần thiết] [trước khi|rồi mới] [đưa|đưa vào] [vào|] [phòng máy|sử dụng].",
                        "[Số|Lượng] [máy|máy tính] [của|ở] [phòng|phòng tin học] [tăng|thêm] [thêm|được] [{n_b}|vài] [chiếc|bộ], [giúp|làm] [giảm|bớt] [đáng kể|phần nào] [tình trạng|cảnh] [ngồi chung|dùng chung] [máy|] [trong|ở] [giờ|tiết] [thực hành|học].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [sưu tầm|xây dựng] [các tình huống|những tình huống] như [tin nhắn trúng thưởng|đường link lạ|người lạ kết bạn|bị mạo danh tài khoản] [để|và] {hs} [thảo luận|phân tích] [theo nhóm|] [cách|hướng] [xử lí|ứng xử].",
                        "[Các nhóm|{hs}] [đóng vai|sắm vai] [xử lí tình huống|giải quyết tình huống], [các nhóm khác|cả lớp] [nhận xét|góp ý], tôi [chốt|tổng kết] [những nguyên tắc|quy tắc] [an toàn|cần nhớ].",
                        "[Những|Các] [tình huống|câu chuyện] [gần gũi|có thật] [khiến|làm] {hs} [nhận ra|hiểu rằng] [nguy cơ|rủi ro] [rất gần|ở ngay bên cạnh] [và nhớ lâu hơn|, từ đó ghi nhớ lâu hơn] [so với|hơn] [học lí thuyết|lời dặn dò].",
                    ),
                    (
                        "[Tôi|Giáo viên] [sưu tầm|tập hợp] [một số|vài] [tin nhắn|bài đăng] [lừa đảo|giả mạo] [phổ biến|thường gặp] [như|kiểu] \"[bạn đã trúng thưởng điện thoại|nhận quà miễn phí]\", \"[tài khoản của bạn sắp bị khóa|nhấn vào đây để nhận thẻ cào]\" [đã|được] [xóa|che] [thông tin|số điện thoại] [thật|cá nhân].",
                        "[Các nhóm|{hs}] [đọc|xem] [và|rồi] [tìm|chỉ ra] [những|các] [dấu hiệu|điểm] [đáng ngờ|bất thường]: [đường link|địa chỉ] [lạ|không rõ ràng], [lời hứa|phần thưởng] [quá|rất] [hấp dẫn|dễ dàng], [yêu cầu|đòi] [cung cấp|gửi] [mật khẩu|mã OTP] [gấp|ngay].",
                        "[Cuối|Kết thúc] [buổi|tiết], [mỗi|từng] [nhóm|em] [viết|đưa ra] [một|] [\"quy tắc vàng\"|lời khuyên] [ngắn|dễ nhớ], [được|] [tập hợp|gộp] [lại|] [thành|thành một] [áp phích|bảng] \"[Năm dấu hiệu lừa đảo|Tỉnh táo trên mạng]\" [dán|treo] [ở|tại] [phòng máy|lớp học].",
                    ),
                    (
                        "[Tôi|Giáo viên] [dựng|xây dựng] [các|những] [tình huống|câu chuyện] [nhập vai|đóng vai] [ngắn|nhỏ] [dựa trên|từ] [chuyện|sự việc] [có thật|thường gặp] [ở|với] [lứa tuổi|học sinh] [các em|{lop}]: [người lạ|một người] [kết bạn|làm quen] [qua|trên] [mạng|game], [xin|đòi] [ảnh|số điện thoại] [rồi|sau đó] [đe dọa|hăm dọa].",
                        "[Các em|{hs}] [đóng vai|sắm vai] [người bị|nạn nhân] [và|,] [bạn bè|người thân], [thảo luận|bàn] [cách|xem nên] [xử lí|làm gì]: [không|đừng] [trả lời|gửi], [chụp|lưu] [màn hình|bằng chứng], [chặn|báo cáo] [tài khoản|người đó] và [báo|kể] [ngay|cho] [bố mẹ|thầy cô].",
                        "[Qua|Sau] [các|những] [tình huống|buổi] [nhập vai|đóng vai], [nhiều|không ít] [em|bạn] [mạnh dạn|tự tin] [chia sẻ|kể] [những|các] [chuyện|lần] [mình|bản thân] [từng|đã] [gặp|trải qua] [trên mạng|khi dùng mạng] [mà|nhưng] [trước đây|lâu nay] [không|chẳng] [dám|biết] [nói|kể] [với ai|với người lớn].",
                    ),
                )),
                ("Hướng dẫn [thao tác|kĩ năng] [bảo vệ tài khoản|bảo mật thông tin cá nhân]", (
                    (
                        "{hs} [được|] [thực hành|hướng dẫn] [tạo mật khẩu mạnh|đặt mật khẩu an toàn], [bật|cài đặt] [xác thực hai lớp|xác thực hai yếu tố] và [kiểm tra|điều chỉnh] [quyền riêng tư|chế độ riêng tư] [trên tài khoản|của tài khoản] [mạng xã hội|].",
                        "[Tôi|Giáo viên] [lập|soạn] [bảng kiểm|danh sách] [\"năm điều cần làm\"|những việc nên và không nên làm] [khi lên mạng|trên mạng] [để|cho] [các em|{hs}] [dán|ghi] [vào vở|ở góc học tập].",
                        "[Phụ huynh|Cha mẹ] [cũng|] [được|] [gửi|chia sẻ] [tài liệu|bảng kiểm] [qua|trên] [nhóm lớp|nhóm Zalo] [để|nhằm] [cùng|] [giám sát|đồng hành với] [con|các em] [khi sử dụng|trong việc sử dụng] [internet|mạng xã hội].",
                    ),
                    (
                        "[Tôi|Giáo viên] [hướng dẫn|dạy] [các em|{hs}] [cách|quy tắc] [đặt|tạo] [mật khẩu|password] [mạnh|an toàn]: [dài|ít nhất] [mười|tám] [kí tự|chữ] [trở lên|], [kết hợp|có cả] [chữ hoa, chữ thường, số, kí hiệu|chữ và số], [dựa trên|từ] [một|] [câu|câu nói] [dễ nhớ|quen thuộc] [với|đối với] [bản thân|mình].",
                        "[Ví dụ|Chẳng hạn] [từ|câu] \"[Em thích ăn 3 quả cam mỗi sáng!|Nhà em có 2 con mèo vàng]\" [có thể|sẽ] [tạo|thành] [mật khẩu|] \"[Eta3qcms!|Nec2cmv]\", [vừa|rất] [khó|khó] [đoán|bị đoán] [vừa|mà] [dễ|vẫn dễ] [nhớ|nhớ].",
                        "[Các em|{hs}] [thực hành|tập] [đổi|thay] [mật khẩu|password] [tài khoản|thư điện tử] [học tập|của mình] [ngay|ngay trên] [trên|tại] [lớp|máy], [bật|cài] [xác thực|bảo mật] [hai lớp|hai bước] [và|,] [được|] [nhắc|dặn] [không|tuyệt đối không] [chia sẻ|cho] [mật khẩu|] [cho|với] [bạn bè|ai] [kể cả|dù là] [bạn thân|bạn thân nhất].",
                    ),
                    (
                        "[Tôi|Giáo viên] [cho|để] [các em|{hs}] [mở|xem] [phần|mục] [cài đặt|quyền riêng tư] [của|trên] [một|] [tài khoản|mạng xã hội] [mẫu|tạo sẵn] [và|rồi] [tìm|kiểm tra] [xem|coi] [ai|những ai] [có thể|được] [thấy|xem] [ảnh|bài đăng], [số điện thoại|ngày sinh] [của mình|].",
                        "[Nhiều|Không ít] [em|bạn] [bất ngờ|giật mình] [khi|lúc] [biết|phát hiện] [bài đăng|ảnh] [của mình|] [đang|vẫn] [để|ở] [chế độ|mục] \"[công khai|mọi người]\", [ai|người lạ] [cũng|đều] [xem|thấy] [được|], [kể cả|gồm cả] [địa chỉ|tên] [trường|lớp] [và|,] [nơi ở|nhà].",
                        "[Các em|{hs}] [được|] [hướng dẫn|chỉ] [từng bước|cách] [chuyển|đổi] [sang|về] [chế độ|mục] \"[bạn bè|chỉ mình tôi]\", [tắt|bỏ] [định vị|chia sẻ vị trí] và [xóa|gỡ] [thông tin|số điện thoại] [không cần thiết|cá nhân] [khỏi|trên] [trang|hồ sơ].",
                    ),
                )),
                ("Tổ chức [cuộc thi|diễn đàn] [tuyên truyền|về] an toàn mạng [do {hs} thực hiện|]", (
                    (
                        "[Mỗi lớp|Các lớp] [thiết kế|làm] [áp phích|infographic|video ngắn] [tuyên truyền|về chủ đề] [\"Sử dụng mạng xã hội an toàn\"|an toàn thông tin] [bằng|trên] [phần mềm|máy tính] [đã học|].",
                        "[Sản phẩm|Các sản phẩm] [được|] [trưng bày|đăng] [trên bảng tin|trên trang thông tin của trường] [và|để] [toàn trường|học sinh các lớp] [bình chọn|xem và bình chọn].",
                        "[Hoạt động|Cuộc thi] [vừa|không chỉ] [giúp|giúp cho] {hs} [vận dụng|ôn lại] [kĩ năng tin học|kiến thức môn học] [vừa|mà còn] [lan tỏa|lan tỏa] [thông điệp|ý thức] [an toàn|sử dụng mạng có trách nhiệm] [trong|đến] [nhà trường|bạn bè].",
                    ),
                    (
                        "[Câu lạc bộ|Nhóm] [Tin học|công nghệ] [của trường|do tôi phụ trách] [tổ chức|phát động] [cuộc thi|hội thi] \"[Em là công dân số|Lướt mạng an toàn]\" [với|gồm] [ba|các] [phần|vòng]: [trắc nghiệm|hiểu biết], [xử lí|giải quyết] [tình huống|chuyện] và [thiết kế|vẽ] [áp phích|tranh] [tuyên truyền|cổ động].",
                        "[Các|Những] [đội|lớp] [tham gia|dự thi] [phải|cần] [tự|] [tìm hiểu|nghiên cứu] [tài liệu|thông tin] [về|liên quan] [an toàn mạng|an ninh mạng] [trong|suốt] [hai|ba] [tuần|tuần chuẩn bị], [tôi|cô] [chỉ|] [hướng dẫn|gợi ý] [nguồn|trang] [tin cậy|chính thống].",
                        "[Áp phích|Sản phẩm] [đạt giải|hay nhất] [được|] [in|phóng] [to|lớn] [treo|dán] [ở|tại] [hành lang|bảng tin] [của trường|các lớp], [thông điệp|lời nhắn] [do|từ] [chính|] [học sinh|các em] [nghĩ|viết] [ra|nên] [nên|vì vậy] [gần gũi|dễ nhớ] [với|đối với] [bạn bè|học sinh] [hơn|hơn hẳn].",
                    ),
                    (
                        "[Tôi|Giáo viên] [hướng dẫn|giao] [các nhóm|{hs}] [làm|xây dựng] [video|clip] [ngắn|một phút] [tuyên truyền|về] [an toàn|ứng xử văn minh] [trên mạng|trên không gian mạng] [để|và] [chiếu|trình chiếu] [vào|trong] [giờ|buổi] [chào cờ|sinh hoạt] [đầu tuần|toàn trường].",
                        "[Mỗi|Từng] [nhóm|clip] [chọn|nói về] [một|] [chủ đề|vấn đề] [cụ thể|riêng]: [bảo vệ|giữ] [mật khẩu|tài khoản], [không|đừng] [chia sẻ|lan truyền] [tin giả|tin chưa kiểm chứng], [không|đừng] [bình luận|nói] [thô tục|xúc phạm], [cân bằng|hạn chế] [thời gian|giờ] [dùng|lên] [mạng|điện thoại].",
                        "[Học sinh|Các em] [các lớp khác|toàn trường] [rất|khá] [chú ý|thích] [xem|theo dõi] [clip|video] [do|của] [bạn bè|học sinh] [làm|thực hiện], [nhiều|một số] [clip|video] [còn|được] [phụ huynh|nhà trường] [chia sẻ|đăng] [lên|trên] [trang|nhóm] [của trường|phụ huynh].",
                    ),
                )),
                ("Xây dựng [bộ quy tắc|\"hợp đồng\"] [sử dụng Internet|dùng thiết bị số] [của lớp|do {hs} tự đề xuất]", (
                    (
                        "[Đầu năm học|Trong tiết đầu tiên], [tôi cho các nhóm thảo luận|học sinh cùng bàn bạc] [\"Chúng ta nên và không nên làm gì khi lên mạng?\"|về những điều cần tránh khi dùng Internet], [rồi tổng hợp thành mười quy tắc của lớp|ghi thành bản \"hợp đồng số\"].",
                        "[Bản quy tắc|\"Hợp đồng số\"] [có chữ kí của từng học sinh|được dán ở phòng máy và gửi về gia đình], [như không chia sẻ mật khẩu, không đăng ảnh bạn khi chưa được đồng ý|gồm những điều rất cụ thể].",
                        "[Vì do chính các em đặt ra|Khi tự xây dựng quy tắc], [học sinh thực hiện tự giác hơn|các em nhắc nhau giữ đúng cam kết].",
                    ),
                    (
                        "[Mỗi tháng|Định kì], [lớp xem lại \"hợp đồng số\"|học sinh tự đánh giá việc thực hiện quy tắc] [và bổ sung điều mới khi có tình huống phát sinh|như khi xuất hiện trò chơi \"thử thách\" nguy hiểm trên mạng].",
                        "[Những vi phạm|Các tình huống chưa đúng] [được trao đổi nhẹ nhàng trong lớp|được phân tích không nêu tên], [để cả lớp rút kinh nghiệm|để các em tự điều chỉnh].",
                    ),
                    (
                        "[Bản quy tắc của lớp|Các điều cam kết] [được gửi cho phụ huynh qua nhóm Zalo|được in mang về nhà], [gia đình cùng kí và nhắc con thực hiện|phụ huynh dùng làm quy định chung trong nhà].",
                        "[Sự thống nhất giữa nhà và trường|Phối hợp] [giúp thói quen an toàn trên mạng được duy trì|khiến các em dùng mạng có trách nhiệm hơn].",
                    ),
                )),
                ("Hướng dẫn {hs} [cách xử lí|các bước tự bảo vệ] khi gặp sự cố trên mạng [như bị lộ tài khoản, bị đe dọa|]", (
                    (
                        "Tôi [dạy học sinh quy trình bốn bước khi gặp sự cố|hướng dẫn các em cách ứng phó]: [bình tĩnh, lưu bằng chứng, báo người lớn, đổi mật khẩu hoặc chặn tài khoản|không trả lời kẻ xấu, chụp màn hình, báo thầy cô, bố mẹ], [qua các tình huống giả định|bằng sơ đồ dễ nhớ].",
                        "[Các em thực hành|Học sinh luyện tập] [đổi mật khẩu, báo cáo tài khoản giả mạo, chặn người lạ|trên tài khoản mẫu], [để khi gặp thật thì biết cách làm ngay|để không hoảng loạn].",
                        "[Nhờ được hướng dẫn trước|Khi đã biết quy trình], [một số em đã xử lí đúng khi bị lừa tặng quà|các em tự tin hơn khi dùng mạng].",
                    ),
                    (
                        "[Tôi in thẻ \"Số điện thoại cần nhớ\"|Mỗi học sinh nhận một thẻ nhỏ] [ghi số của giáo viên chủ nhiệm, cán bộ tư vấn, tổng đài bảo vệ trẻ em 111|có các đầu mối hỗ trợ], [để các em biết gọi ai khi gặp chuyện|để kẹp trong cặp].",
                        "[Học sinh|Các em] [cảm thấy an toàn hơn|biết mình không đơn độc], [và mạnh dạn báo khi có chuyện|không giấu kín như trước].",
                    ),
                    (
                        "[Khi có học sinh gặp sự cố thật|Với trường hợp cụ thể], [tôi phối hợp giáo viên chủ nhiệm và gia đình|cùng phụ huynh] [hướng dẫn khôi phục tài khoản, báo cáo nền tảng|xử lí kịp thời], [giữ kín thông tin của em|bảo vệ học sinh].",
                        "[Mỗi sự việc|Những tình huống đã xử lí] [được rút kinh nghiệm chung không nêu tên|trở thành bài học cho cả lớp].",
                    ),
                )),
                ("[Hướng dẫn|Rèn] {hs} [kĩ năng|cách] [kiểm chứng|nhận biết] [tin giả|thông tin sai lệch] [trên mạng|trên mạng xã hội]", (
                    (
                        "[Tôi|Giáo viên] [đưa|chiếu] [lên|ra] [hai|một vài] [bài đăng|tin] [về|cùng] [một|] [sự việc|chủ đề]: [một|] [bài|tin] [thật|chính xác] [và|,] [một|] [bài|tin] [giả|bịa đặt], [các em|{hs}] [đoán|chọn] [xem|coi] [bài nào|tin nào] [thật|đáng tin].",
                        "[Sau đó|Tiếp theo], [các em|{hs}] [được|] [học|hướng dẫn] [ba|năm] [câu hỏi|bước] [kiểm chứng|kiểm tra]: [ai|nguồn nào] [đăng|đưa tin]? [có|báo] [báo chính thống|nguồn tin cậy] [nào|] [đưa|đăng] [tin|] [giống|tương tự] [không|chưa]? [ảnh|hình] [có|liệu có] [bị|] [cắt ghép|chỉnh sửa] [không|hay không]?",
                        "[Các em|{hs}] [thực hành|tập] [tìm kiếm|tra cứu] [ngược|lại] [hình ảnh|ảnh] [bằng|với] [công cụ|Google] [để|và] [phát hiện|thấy] [ảnh|hình] [cũ|từ nhiều năm trước] [bị|được] [dùng|gắn] [cho|với] [tin|chuyện] [mới|khác], [một|] [kĩ năng|thủ thuật] [các em|{hs}] [thấy|rất] [rất|] [thú vị|hữu ích].",
                    ),
                    (
                        "[Mỗi|Hằng] [tuần|tháng], [lớp|{lopcn}] [có|dành] [mục|phần] \"[Thật hay giả?|Tin nào đúng?]\" [năm phút|mười phút] [đầu|trong] [giờ|tiết] [sinh hoạt|Tin học]: [một|] [nhóm|tổ] [mang|đưa] [đến|ra] [một|] [tin|bài] [đang|được] [lan truyền|chia sẻ nhiều] [trên mạng|gần đây].",
                        "[Cả lớp|{hs}] [cùng|] [phân tích|bàn] [xem|coi] [tin|bài] [có|chứa] [dấu hiệu|điểm] [nào|gì] [đáng ngờ|bất thường], [nhóm|tổ] [phụ trách|mang tin đến] [công bố|nêu] [kết quả|đáp án] [kiểm chứng|đã tra cứu] [kèm|với] [nguồn|bằng chứng].",
                        "[Thói quen|Việc] [dừng lại|tự hỏi] \"[Tin này có thật không?|Mình đã kiểm tra chưa?]\" [trước khi|trước lúc] [chia sẻ|bấm chia sẻ] [dần|từng bước] [hình thành|được hình thành] [ở|trong] [các em|{hs}], [nhiều|một số] [em|bạn] [còn|lại] [nhắc|khuyên] [bố mẹ|người thân] [ở nhà|trong gia đình] [làm|kiểm tra] [như vậy|giống thế].",
                    ),
                    (
                        "[Tôi|Giáo viên] [cho|giao] [các nhóm|{hs}] [tự|] [\"làm báo\"|viết tin]: [mỗi|từng] [nhóm|tổ] [viết|soạn] [một|] [tin|bài] [thật|đúng] [và|,] [một|] [tin|bài] [\"giả\"|bịa] [về|liên quan đến] [hoạt động|sự kiện] [của trường|ở lớp], [rồi|sau đó] [đổi|trao] [cho|với] [nhóm|tổ] [khác|bạn] [đoán|phát hiện].",
                        "[Khi|Lúc] [phải|cần] [tự|] [bịa|tạo] [ra|nên] [tin giả|tin sai], [các em|{hs}] [hiểu|nhận ra] [những|các] [\"chiêu\"|cách] [người ta|kẻ xấu] [hay|thường] [dùng|sử dụng]: [tiêu đề|tựa] [giật gân|gây sốc], [số liệu|con số] [không|chẳng] [có|rõ] [nguồn|gốc], [ảnh|hình] [không|chẳng] [liên quan|khớp].",
                        "[Hoạt động|Trò chơi] [này|ấy] [vui|sôi nổi] [nhưng|mà] [để lại|giúp] [bài học|hiểu biết] [sâu|lâu], [các em|{hs}] [trở nên|trở thành] [\"khó bị lừa\"|tỉnh táo] [hơn|hẳn] [trước|với] [những|các] [tin|thông tin] [giật gân|câu view] [trên mạng|].",
                    ),
                )),
                ("[Giáo dục|Hướng dẫn] {hs} [ứng xử văn minh|văn hóa bình luận] [và|,] [phòng chống|ứng phó] [bắt nạt trên mạng|quấy rối trực tuyến]", (
                    (
                        "[Tôi|Giáo viên] [đưa|chiếu] [ra|lên] [một số|vài] [bình luận|câu bình luận] [mẫu|giả định] [dưới|bên dưới] [một|] [bức ảnh|bài đăng] [của|về] [một|] [bạn|học sinh], [các em|{hs}] [phân loại|xếp] [thành|vào] [ba|các] [nhóm|cột]: [tích cực|tốt], [trung lập|bình thường] và [gây tổn thương|xúc phạm].",
                        "[Các em|{hs}] [thảo luận|trao đổi] [xem|về] [cảm giác|tâm trạng] [của|nếu là] [bạn|người] [bị|nhận] [bình luận|lời] [xúc phạm|chê bai], [rồi|và] [viết|sửa] [lại|] [các|những] [câu|bình luận] [tiêu cực|khó nghe] [thành|sang] [góp ý|lời] [lịch sự|tế nhị].",
                        "[Cuối|Kết thúc] [tiết|giờ], [cả lớp|{hs}] [cùng|] [xây dựng|thống nhất] \"[quy tắc bình luận của lớp|năm điều khi nhắn tin]\" [như|gồm] [nghĩ|suy nghĩ] [trước khi|trước lúc] [gõ|viết], [không|đừng] [nói|viết] [sau lưng|điều] [điều|] [mình|] [không|chẳng] [dám|thể] [nói|nói trực tiếp] [trực tiếp|].",
                    ),
                    (
                        "[Tôi|Giáo viên] [phối hợp|cùng] [với|] [giáo viên chủ nhiệm|thầy cô chủ nhiệm] [lập|thiết lập] [kênh|hộp thư] [\"góp ý bí mật\"|báo cáo ẩn danh] [để|cho] [học sinh|các em] [báo|phản ánh] [những|các] [trường hợp|chuyện] [bị|bị bắt nạt] [bắt nạt|trêu chọc] [hoặc|hay] [thấy|chứng kiến] [bạn|bạn bè] [bị|gặp] [xúc phạm|chuyện] [trên mạng|qua tin nhắn].",
                        "[Mỗi|Từng] [trường hợp|sự việc] [được|] [xử lí|giải quyết] [kín đáo|tế nhị], [trao đổi|nói chuyện] [riêng|] [với|cùng] [các|những] [em|bạn] [liên quan|trong cuộc] và [phụ huynh|gia đình] [khi|nếu] [cần|cần thiết], [không|chẳng] [nêu|công khai] [tên|danh tính] [trước|trước cả] [lớp|tập thể].",
                        "[Nhờ|Với] [kênh|hộp thư] [này|ấy], [một số|vài] [vụ việc|chuyện] [được|] [phát hiện|biết] [sớm|kịp thời] [và|,] [giải quyết|xử lí] [trước khi|trước lúc] [trở nên|thành] [nghiêm trọng|căng thẳng], [học sinh|các em] [cảm thấy|thấy] [được|] [bảo vệ|an toàn] [hơn|].",
                    ),
                    (
                        "[Tôi|Giáo viên] [kể|chia sẻ] [cho|với] [các em|{hs}] [câu chuyện|chuyện] [có thật|đã được báo chí đưa tin] [về|kể về] [một|] [bạn|học sinh] [phải|bị] [nghỉ học|chuyển trường] [vì|do] [bị|] [chế ảnh|chia sẻ ảnh] [và|rồi] [bêu xấu|chế giễu] [trên mạng|trong nhóm chat].",
                        "[Các em|{hs}] [viết|ghi] [một|] [lá thư|đoạn] [ngắn|vài dòng] [gửi|dành cho] [bạn|người] [trong|ở] [câu chuyện|chuyện], [và|rồi] [một|] [lời|câu] [hứa|cam kết] [của bản thân|riêng] [về|trong] [cách|việc] [ứng xử|cư xử] [trên mạng|khi dùng mạng].",
                        "[Những|Các] [lá thư|đoạn viết] [rất|khá] [chân thành|xúc động] [được|] [dán|trưng bày] [trên|ở] [bảng tin|góc lớp], [tôi|cô] [nhận thấy|thấy] [các em|{hs}] [ý thức|cẩn trọng] [hơn|rõ] [trong|với] [lời nói|cách nhắn tin] [với|cùng] [bạn bè|nhau] [trong|ở] [nhóm|các nhóm] [của lớp|chat].",
                    ),
                )),
                ("[Hướng dẫn|Giúp] {hs} [sử dụng mạng|dùng thiết bị số] [cân bằng|điều độ], [tránh|phòng] [nghiện game|lệ thuộc điện thoại]", (
                    (
                        "[Tôi|Giáo viên] [cho|để] [các em|{hs}] [ghi|tự ghi] [nhật kí|sổ] [\"thời gian màn hình\"|thời gian dùng mạng] [trong|suốt] [một|] [tuần|tuần liền]: [mỗi ngày|hằng ngày] [dùng|xem] [điện thoại, máy tính|thiết bị] [bao lâu|mấy giờ], [làm|để làm] [gì|việc gì].",
                        "[Cuối|Sau] [tuần|một tuần], [các em|{hs}] [tự|] [tổng hợp|cộng] [và|rồi] [vẽ|lập] [biểu đồ|đồ thị] [bằng|trên] [bảng tính|Excel], [nhiều|không ít] [em|bạn] [giật mình|bất ngờ] [khi|lúc] [thấy|phát hiện] [mình|bản thân] [dành|tốn] [tới|đến] [bốn, năm|mấy] [giờ|tiếng] [mỗi ngày|một ngày] [cho|vào] [video|game].",
                        "[Mỗi|Từng] [em|bạn] [tự|] [đặt|đề ra] [mục tiêu|kế hoạch] [giảm|cắt] [thời gian|bớt giờ] [màn hình|dùng máy] [trong|cho] [tuần|tháng] [sau|tới], [và|,] [chia sẻ|trao đổi] [với|cùng] [bố mẹ|gia đình] [để|nhằm] [được|có] [hỗ trợ|theo dõi].",
                    ),
                    (
                        "[Tôi|Giáo viên] [hướng dẫn|chỉ] [các em|{hs}] [và|cùng] [phụ huynh|cha mẹ] [cách|kĩ năng] [dùng|bật] [tính năng|chức năng] [giới hạn|quản lí] [thời gian|giờ] [dùng|sử dụng] [ứng dụng|app] [có sẵn|trên] [trên|] [điện thoại|máy tính bảng] [và|,] [chế độ|tính năng] [\"giờ đi ngủ\"|không làm phiền].",
                        "[Trong|Ở] [buổi|cuộc] [họp|gặp] [phụ huynh|cha mẹ], tôi [chia sẻ|giới thiệu] [một|] [bản|mẫu] \"[thỏa thuận gia đình|hợp đồng dùng điện thoại]\" [đơn giản|ngắn]: [không|chẳng] [dùng|cầm] [điện thoại|máy] [trong|khi] [bữa ăn|giờ học], [cất|để] [máy|điện thoại] [ngoài|bên ngoài] [phòng ngủ|phòng] [sau|từ] [chín giờ tối|giờ ngủ].",
                        "[Nhiều|Một số] [gia đình|phụ huynh] [đã|] [áp dụng|thử] [và|,] [phản hồi|cho biết] [con|các con] [ngủ|đi ngủ] [sớm|đúng giờ] [hơn|hẳn], [nói chuyện|trò chuyện] [với|cùng] [bố mẹ|gia đình] [nhiều|nhiều hơn] [hơn|trước].",
                    ),
                    (
                        "[Tôi|Giáo viên] [tổ chức|phát động] [thử thách|phong trào] \"[Một tuần ngắt kết nối|Ngày không màn hình]\": [cả lớp|{hs}] [đăng kí|cam kết] [không|chẳng] [dùng|chơi] [game|mạng xã hội] [vào|trong] [ngày|hôm] [Chủ nhật|thứ Bảy] [mà|và] [thay bằng|dành cho] [đọc sách|chơi thể thao], [giúp|phụ giúp] [bố mẹ|việc nhà].",
                        "[Các em|{hs}] [chụp|ghi] [ảnh|lại] [hoặc|hay] [viết|kể] [vài dòng|đoạn ngắn] [về|những] [việc|điều] [mình|đã] [làm|trải nghiệm] [trong|vào] [ngày|hôm] [ấy|đó] [để|rồi] [chia sẻ|kể lại] [vào|trong] [giờ|tiết] [sinh hoạt|học] [đầu tuần|sau].",
                        "[Nhiều|Không ít] [em|bạn] [kể|chia sẻ] [đã|] [lâu lắm|lần đầu] [mới|] [đạp xe|đá bóng] [cùng|với] [bạn|bạn bè], [đọc|xem] [hết|xong] [một|] [cuốn truyện|quyển sách], [và|,] [thấy|nhận ra] [\"không có điện thoại cũng vui\"|một ngày không màn hình cũng thú vị].",
                    ),
                )),
                ("[Lồng ghép|Tích hợp] [an toàn mạng|giáo dục an toàn thông tin] [vào|trong] [các bài|các tiết] [thực hành|Tin học] [thường ngày|khác]", (
                    (
                        "[Khi|Lúc] [dạy|học] [bài|chủ đề] [thư điện tử|email], [tôi|giáo viên] [lồng ghép|đưa] [thêm|vào] [nội dung|kĩ năng] [nhận biết|phát hiện] [thư|email] [giả mạo|lừa đảo]: [địa chỉ|tên] [người gửi|người gửi] [lạ|sai chính tả], [tệp|file] [đính kèm|gửi kèm] [đáng ngờ|lạ], [yêu cầu|đòi] [đăng nhập|cung cấp] [gấp|ngay].",
                        "[Các em|{hs}] [được|] [thực hành|xem] [với|trên] [hộp thư|tài khoản] [mẫu|thử] [có|chứa] [sẵn|] [vài|một số] [thư|email] [giả|lừa đảo] [do|được] [tôi|cô] [soạn|tạo], [em nào|ai] [phát hiện|tìm] [đủ|hết] [thư|email] [giả|lừa] [được|sẽ được] [khen|cộng điểm].",
                        "[Việc|Cách] [lồng ghép|đưa] [ngay|vào] [trong|] [bài|tiết] [học|thực hành] [giúp|làm] [các em|{hs}] [thấy|hiểu] [an toàn|cẩn trọng] [trên mạng|thông tin] [là|như] [một|] [phần|kĩ năng] [tự nhiên|không thể thiếu] [của|khi] [việc|] [dùng|sử dụng] [máy tính|công nghệ], [không|chứ không] [phải|chỉ] [là|] [bài|giờ] [\"nói lí thuyết\"|học riêng].",
                    ),
                    (
                        "[Ở|Trong] [bài|chủ đề] [tìm kiếm|khai thác] [thông tin|Internet], [tôi|giáo viên] [hướng dẫn|dạy] [các em|{hs}] [nhận biết|phân biệt] [trang web|website] [đáng tin|chính thống] [qua|dựa vào] [tên miền|địa chỉ] [như|kiểu] .gov.vn, .edu.vn, [biểu tượng|dấu] [ổ khóa|bảo mật] [trên|ở] [thanh địa chỉ|trình duyệt].",
                        "[Các em|{hs}] [thực hành|làm bài] [tra cứu|tìm] [cùng|một] [một|] [thông tin|nội dung] [trên|ở] [nhiều|ba] [trang|nguồn] [khác nhau|] [rồi|và] [so sánh|đối chiếu], [ghi|chép] [lại|] [nguồn|tên trang] [tham khảo|đã dùng] [vào|trong] [bài|sản phẩm].",
                        "[Thói quen|Kĩ năng] [kiểm tra|xem] [nguồn|địa chỉ] [trước khi|rồi mới] [tin|dùng] [thông tin|tài liệu] [theo|đi cùng] [các em|{hs}] [sang|vào] [các|những] [môn học|bài] [khác|khác nữa], [khi|lúc] [làm|thực hiện] [bài|dự án] [tìm hiểu|thuyết trình].",
                    ),
                    (
                        "[Mỗi|Từng] [tiết|buổi] [thực hành|Tin học] [kết thúc|khép lại] [bằng|với] [một|] \"[phút an toàn|lời nhắc an toàn]\": [tôi|cô] [nêu|đưa ra] [một|] [tình huống|câu hỏi] [ngắn|nhanh] [như|kiểu] \"[Bạn cùng lớp xin mật khẩu để chơi hộ, em làm gì?|Một tài khoản lạ gửi đường link, em có mở không?]\".",
                        "[Các em|{hs}] [trả lời|giơ thẻ] [nhanh|ngay] [bằng|với] [thẻ|tấm] [màu|đồng ý/không], [vài|một vài] [em|bạn] [giải thích|nói] [lí do|vì sao], [tôi|cô] [chốt|nhận xét] [ngắn gọn|nhanh].",
                        "[Những|Các] [\"phút an toàn\"|lời nhắc] [lặp lại|được nhắc] [đều đặn|thường xuyên] [giúp|làm] [kiến thức|ý thức] [an toàn mạng|bảo vệ bản thân] [được|] [củng cố|nhắc lại] [liên tục|thường xuyên], [không|chẳng] [bị|] [quên|phai] [ngay|liền] [sau|khi] [một|] [buổi|lần] [tuyên truyền|nói chuyện].",
                    ),
                )),
                ("[Phối hợp|Kết hợp] với [cha mẹ {hs}|gia đình] [trong|về] [việc|] [giám sát|đồng hành] [con|các em] [khi|lúc] [lên mạng|dùng Internet]", (
                    (
                        "[Tôi|Giáo viên] [soạn|làm] [một|] [tờ|bản] [hướng dẫn|tài liệu] [ngắn|một trang] \"[Cha mẹ đồng hành cùng con trên mạng|Năm việc cha mẹ nên làm]\" [gửi|phát] [cho|đến] [phụ huynh|gia đình] [trong|qua] [buổi họp|nhóm Zalo].",
                        "[Tờ|Tài liệu] [hướng dẫn|ngắn] [gợi ý|nêu] [những|các] [việc|điều] [đơn giản|cụ thể]: [đặt|để] [máy tính|thiết bị] [ở|tại] [phòng khách|nơi chung], [biết|nắm] [mật khẩu|tài khoản] [của con|con dùng], [cùng con|thỉnh thoảng] [xem|tìm hiểu] [con|các con] [đang|thường] [chơi|xem] [gì|trò gì].",
                        "[Nhiều|Không ít] [phụ huynh|gia đình] [cảm ơn|phản hồi] [vì|rằng] [lâu nay|trước đây] [chưa|không] [biết|rõ] [nên|cần] [làm|quản lí] [gì|thế nào], [có|một số] [bố mẹ|phụ huynh] [còn|đã] [nhờ|hỏi] [tôi|cô] [cài|hướng dẫn] [phần mềm|ứng dụng] [quản lí|kiểm soát] [cho|trên] [máy|thiết bị] [ở nhà|của gia đình].",
                    ),
                    (
                        "[Tôi|Giáo viên] [đề xuất|phối hợp] [tổ chức|mở] [một|] [buổi|chuyên đề] [nói chuyện|tọa đàm] [về|chủ đề] \"[an toàn của con trên mạng|con và thế giới số]\" [dành cho|với] [phụ huynh|cha mẹ {hs}] [kết hợp|vào dịp] [với|] [buổi họp|họp] [phụ huynh|cha mẹ] [đầu năm|giữa kì].",
                        "[Tôi|Giáo viên] [chiếu|giới thiệu] [các|những] [trò chơi|ứng dụng] [và|,] [mạng xã hội|nền tảng] [các em|học sinh] [đang|hay] [dùng|sử dụng], [những|các] [rủi ro|nguy cơ] [thường gặp|có thể gặp] [và|,] [cách|việc] [gia đình|cha mẹ] [có thể|nên] [làm|làm gì] [để|nhằm] [bảo vệ|giúp] [con|các con].",
                        "[Buổi|Chuyên đề] [nói chuyện|tọa đàm] [được|] [phụ huynh|cha mẹ] [quan tâm|hưởng ứng] [rất|] [nhiều|đông], [nhiều|có] [câu hỏi|thắc mắc] [thực tế|cụ thể] [được|] [đặt|nêu] [ra|lên] và [giải đáp|trao đổi] [ngay|tại chỗ] [tại|ở] [buổi|hội nghị].",
                    ),
                    (
                        "[Các em|{hs}] [được|] [giao|nhận] [bài|nhiệm vụ] [về nhà|ở nhà] \"[dạy bố mẹ một điều|làm thầy của bố mẹ]\": [hướng dẫn|chỉ] [bố mẹ|ông bà] [một|] [kĩ năng|điều] [an toàn|bảo mật] [vừa|đã] [học|biết] [như|kiểu] [đặt|đổi] [mật khẩu|password] [mạnh|an toàn], [nhận biết|phát hiện] [tin nhắn|cuộc gọi] [lừa đảo|giả mạo].",
                        "[Phụ huynh|Gia đình] [kí|xác nhận] [vào|ở] [phiếu|tờ] [nhỏ|xác nhận] [và|,] [ghi|viết] [vài|một vài] [dòng|câu] [nhận xét|cảm nghĩ] [về|đối với] [\"thầy giáo nhỏ\"|con mình], [các em|{hs}] [mang|nộp] [phiếu|lại] [đến|cho] [lớp|cô].",
                        "[Nhiều|Một số] [phụ huynh|ông bà] [viết|cho biết] [đã|] [tránh|thoát] [được|khỏi] [một|] [cuộc gọi|tin nhắn] [lừa đảo|giả mạo] [nhờ|nhờ có] [lời|sự] [nhắc|hướng dẫn] [của|từ] [con|cháu], [các em|{hs}] [rất|] [tự hào|phấn khởi] [khi|lúc] [thấy|biết] [điều|bài] [mình|đã] [học|biết] [có ích|hữu ích] [cho|với] [gia đình|người thân].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [tận dụng|sử dụng] [vật liệu|đồ vật] [dễ kiếm|gần gũi] như [chai nhựa, ống hút, bóng bay|cốc thủy tinh, nến, giấy bạc] để [thiết kế|làm] [các thí nghiệm|thí nghiệm] [thay thế|bổ sung cho] [thiết bị|bộ thí nghiệm] [còn thiếu|bị hỏng].",
                        "Ví dụ, [khi dạy|với bài] [về áp suất khí quyển|về sự cháy|về lực đẩy Ác-si-mét], [tôi|cả lớp] [làm|quan sát] [thí nghiệm|] [\"cốc nước úp ngược\"|\"nến cháy trong cốc kín\"|\"trứng nổi trong nước muối\"] [khiến|làm] {hs} [rất tò mò|thích thú].",
                        "{hs} [được|] [giao|khuyến khích] [tự làm|làm lại] [thí nghiệm|các thí nghiệm] [ở nhà|tại nhà] [và|rồi] [quay video|chụp ảnh] [gửi|chia sẻ] [lên nhóm lớp|cho giáo viên].",
                        "[Thí nghiệm|Những thí nghiệm] [tự làm|đơn giản] [tuy|dù] [không|chưa] [hiện đại|chính xác tuyệt đối] [nhưng|song] [an toàn|dễ thực hiện] và [gây ấn tượng mạnh|giúp các em nhớ lâu].",
                    ),
                    (
                        "Tôi [dùng chai nhựa, ống hút và bóng bay|tận dụng vỏ lon, ống hút, bóng bay] để [làm mô hình|dựng thí nghiệm] về áp suất không khí, [chi phí chưa tới hai mươi nghìn đồng|gần như không tốn tiền].",
                        "[Học sinh được giao|Các nhóm nhận] nhiệm vụ [tìm thêm một vật liệu thay thế|thay một dụng cụ bằng đồ có ở nhà] [mà thí nghiệm vẫn thành công|sao cho kết quả không đổi].",
                        "[Những thí nghiệm tự làm|Các bộ thí nghiệm tự chế] được [cất vào tủ của tổ|đánh số, cất vào hộp] để [dùng lại cho năm sau|các lớp khác mượn].",
                    ),
                    (
                        "[Với bài sự nở vì nhiệt|Khi dạy sự nở vì nhiệt], tôi [dùng quả trứng luộc và chai thủy tinh|làm thí nghiệm \"quả trứng chui vào chai\"] [thay cho bộ dụng cụ trong phòng thí nghiệm|vì dụng cụ của trường đã hỏng].",
                        "[Cả lớp|Học sinh] [chứng kiến tận mắt|quan sát từ đầu đến cuối] rồi [tự giải thích|thảo luận nhóm để giải thích] [vì sao quả trứng bị hút vào trong|hiện tượng vừa thấy].",
                        "[Thí nghiệm đơn giản|Một thí nghiệm rẻ tiền] nhưng [khiến các em nhớ bài rất lâu|để lại ấn tượng mạnh], [nhiều em về nhà làm lại cho người thân xem|có em còn quay video gửi lên nhóm lớp].",
                    ),
                )),
                ("[Tổ chức|Hướng dẫn] {hs} làm thí nghiệm theo nhóm [với phiếu học tập|theo quy trình có phân vai]", (
                    (
                        "[Mỗi nhóm|Các nhóm] [nhận|được phát] [{dc}|bộ dụng cụ] và [phiếu học tập|phiếu thực hành] [ghi rõ|nêu rõ] [mục đích, dụng cụ, các bước tiến hành|dự đoán, cách làm, kết quả và kết luận].",
                        "[Trước khi làm|Trước khi tiến hành], [các nhóm|{hs}] [nêu|ghi] [dự đoán|giả thuyết] [của mình|], [sau đó|rồi] [tiến hành|làm] [thí nghiệm|] [để|nhằm] [kiểm chứng|kiểm tra] [dự đoán|giả thuyết] [đó|].",
                        "[Tôi|Giáo viên] [quy định|phân công] [rõ|cụ thể] [vai trò|nhiệm vụ] [trong nhóm|của từng thành viên]: [người làm thí nghiệm, người ghi chép, người báo cáo|nhóm trưởng, thư kí, người thực hiện] [và|,] [luân phiên|thay đổi] [sau mỗi bài|theo từng tuần].",
                        "[Đặc biệt|Nhất là], [tôi|giáo viên] [nhấn mạnh|nhắc nhở] [quy tắc an toàn|an toàn] [khi|trong] [sử dụng|làm việc với] [hóa chất|đèn cồn|điện] [trước mỗi buổi|ngay từ đầu].",
                    ),
                    (
                        "[Mỗi nhóm có bốn vai|Trong nhóm, các em nhận bốn vai]: [người làm, người đọc số liệu, người ghi, người báo cáo|nhóm trưởng, thư kí, người thao tác, người kiểm tra an toàn], [đổi vai sau mỗi bài|luân phiên theo tuần].",
                        "[Phiếu học tập|Phiếu thí nghiệm] [có sẵn bảng số liệu để trống|chỉ gồm mục đích, dụng cụ và bảng ghi kết quả], [các nhóm tự viết phần nhận xét|phần kết luận để nhóm tự viết].",
                        "[Nhờ chia vai rõ ràng|Vì ai cũng có việc], [không còn cảnh một em làm, cả nhóm đứng xem|mọi thành viên đều được chạm tay vào dụng cụ].",
                    ),
                    (
                        "Tôi [in quy trình thí nghiệm thành các thẻ bước|tách các bước thí nghiệm ra từng thẻ] [rồi xáo trộn|và để lẫn lộn], [các nhóm phải sắp lại cho đúng trình tự|nhóm phải xếp đúng thứ tự] trước khi [làm|bắt tay vào làm].",
                        "[Nhóm nào xếp sai|Nếu xếp sai], [tôi hỏi lại \"Làm bước này trước thì điều gì xảy ra?\"|tôi đặt câu hỏi để các em tự nhận ra] [thay vì sửa ngay|chứ không chỉ ra ngay].",
                        "[Cách làm này|Hoạt động xếp thẻ] giúp [học sinh hiểu lí do của từng bước|các em nắm vì sao phải làm theo trình tự] [chứ không làm theo máy móc|trước khi cầm dụng cụ].",
                    ),
                )),
                ("[Sử dụng|Kết hợp] thí nghiệm mô phỏng [và video|trên phần mềm] [cho những thí nghiệm khó, nguy hiểm|thay cho thí nghiệm độc hại]", (
                    (
                        "[Với|Đối với] [các thí nghiệm|những thí nghiệm] [độc hại|nguy hiểm, tốn kém] [hoặc|hay] [khó quan sát|diễn ra quá nhanh], tôi [dùng|sử dụng] {dc} [để|nhằm] [mô phỏng|minh họa].",
                        "{hs} [có thể|được] [thay đổi|điều chỉnh] [các thông số|thông số] [trên phần mềm|trên mô phỏng] [và|rồi] [quan sát|ghi lại] [sự thay đổi|kết quả] [để|từ đó] [rút ra|tự rút ra] [quy luật|kết luận].",
                        "[Tuy vậy|Tuy nhiên], [tôi|giáo viên] [vẫn|luôn] [ưu tiên|chú trọng] [thí nghiệm thật|thí nghiệm trực tiếp] [khi có thể|nếu đủ điều kiện], [mô phỏng|phần mềm] [chỉ|] [đóng vai trò|là] [hỗ trợ|bổ trợ].",
                    ),
                    (
                        "[Với thí nghiệm có khí độc như điều chế clo|Những thí nghiệm nguy hiểm như clo, axit đặc], tôi [chiếu video quay sẵn|cho xem video thí nghiệm] [rồi dừng hình ở từng bước|và dừng lại để hỏi] \"[Em thấy gì?|Điều gì đang xảy ra?]\".",
                        "[Học sinh dự đoán trước|Các em ghi dự đoán vào phiếu] [rồi mới xem tiếp|trước khi xem kết quả], [so sánh dự đoán với hiện tượng thật|rồi đối chiếu với điều vừa thấy].",
                        "[Video không thay được thí nghiệm thật|Tuy chỉ là hình ảnh], nhưng [giúp các em an toàn|bảo đảm an toàn tuyệt đối] mà vẫn [quan sát được hiện tượng rõ ràng|thấy rõ từng chi tiết].",
                    ),
                    (
                        "Tôi [sử dụng phòng thí nghiệm ảo PhET|khai thác các mô phỏng PhET] [trong bài mạch điện|cho phần điện học], [học sinh lắp mạch trên máy|các em ghép mạch ảo] [mà không sợ cháy bóng đèn|thoải mái thử sai].",
                        "[Các em thử những cách|Học sinh thử] [mắc sai, mắc ngược cực|nối tắt, đổi cực nguồn] [để thấy điều gì xảy ra|và quan sát hậu quả], [điều không thể làm với thiết bị thật|việc không dám làm với dụng cụ thật].",
                        "[Sau phần mô phỏng|Làm xong trên máy], [các nhóm mới lắp mạch thật|các em chuyển sang lắp mạch thật], [tỉ lệ lắp đúng ngay lần đầu cao hơn hẳn|ít nhóm phải lắp lại hơn trước].",
                    ),
                )),
                ("Rèn kĩ năng [quan sát, ghi chép|đo đạc, ghi số liệu] và [xử lí kết quả|rút ra kết luận] thí nghiệm", (
                    (
                        "[Mỗi học sinh có một|Tôi hướng dẫn các em lập] \"[sổ tay thí nghiệm|nhật kí thí nghiệm]\" [ghi ngày, mục đích, số liệu và nhận xét|chép lại kết quả sau mỗi bài thực hành].",
                        "[Tôi yêu cầu đo ít nhất ba lần|Mỗi đại lượng phải đo ba lần] [rồi tính giá trị trung bình|và lấy trung bình], [ghi cả những lần đo \"lệch\"|kể cả lần đo bị sai lệch] [chứ không được tẩy xóa|để cùng tìm nguyên nhân].",
                        "[Cuối học kì|Khi xem lại sổ], [học sinh thấy rõ mình đã tiến bộ|các em tự nhận ra cách ghi chép của mình ngày càng khoa học].",
                    ),
                    (
                        "[Tôi dạy các em|Học sinh được hướng dẫn] [kẻ bảng số liệu trước khi làm|chuẩn bị bảng kết quả từ trước], [có cột đơn vị rõ ràng|ghi đủ tên đại lượng và đơn vị].",
                        "[Với bài đo vận tốc|Chẳng hạn ở bài đo tốc độ], [các nhóm vẽ đồ thị từ số liệu của mình|các em biểu diễn kết quả lên giấy kẻ ô] [rồi so sánh với đồ thị nhóm bạn|và so với các nhóm khác].",
                        "[Khi đồ thị các nhóm khác nhau|Thấy kết quả không giống nhau], [cả lớp bàn xem vì sao|các em tự tìm nguyên nhân sai số], [đó là bài học về sai số mà sách chỉ nêu một dòng|một bài học thực tế về sai số].",
                    ),
                    (
                        "[Tôi dùng phiếu \"thấy – nghĩ – hỏi\"|Phiếu quan sát của tôi có ba cột]: [em thấy gì, em nghĩ vì sao, em còn thắc mắc gì|hiện tượng, giải thích, câu hỏi].",
                        "[Học sinh phải ghi đúng điều mắt thấy|Các em tập ghi lại đúng hiện tượng] [trước khi giải thích|không vội suy diễn], [ví dụ \"dung dịch chuyển màu xanh\" chứ không ghi ngay \"có phản ứng\"|tách bạch điều quan sát với điều suy luận].",
                        "[Cột câu hỏi|Những thắc mắc ở cột cuối] [thường mở ra bài học tiếp theo|được tôi dùng làm câu hỏi mở đầu tiết sau].",
                    ),
                )),
                ("[Xây dựng nội quy|Bảo đảm an toàn] phòng thí nghiệm và [rèn thói quen làm việc an toàn|hình thành ý thức an toàn] cho {hs}", (
                    (
                        "[Đầu năm|Ngay tiết đầu], [học sinh học \"năm điều an toàn\"|tôi giới thiệu các quy tắc an toàn] [qua hình ảnh các biển báo|bằng tranh biển báo hóa chất].",
                        "[Các em làm bài kiểm tra nhỏ về an toàn|Mỗi em làm một bài trắc nghiệm an toàn] [và phải đạt mới được vào phòng thí nghiệm|trước khi được làm thí nghiệm đầu tiên].",
                        "[Nhờ vậy|Từ đó], [trong cả năm|suốt năm học] [không xảy ra sự cố nào|phòng thí nghiệm không có tai nạn đáng tiếc nào].",
                    ),
                    (
                        "[Tôi phân công mỗi nhóm|Mỗi nhóm cử] [một \"an toàn viên\"|một bạn phụ trách an toàn], [đeo băng tay màu vàng|có thẻ đeo riêng], [nhắc bạn đeo kính, buộc tóc|kiểm tra kính, găng tay trước khi làm].",
                        "[Cuối buổi|Khi kết thúc], [an toàn viên kiểm tra|bạn phụ trách rà soát] [hóa chất đã đóng nắp, dụng cụ đã rửa|bàn thí nghiệm sạch sẽ, gọn gàng] [rồi mới báo cáo|trước khi cả nhóm ra về].",
                        "[Vai trò này được luân phiên|Mỗi tháng đổi người], [nên em nào cũng có ý thức an toàn|giúp mọi em đều hình thành thói quen cẩn thận].",
                    ),
                    (
                        "[Tôi dán nhãn lại toàn bộ lọ hóa chất|Các lọ hóa chất được dán nhãn mới] [theo màu mức độ nguy hiểm|có kí hiệu cảnh báo rõ ràng], [sắp xếp theo nhóm trên giá|xếp riêng axit, bazơ, muối].",
                        "[Học sinh chỉ được lấy hóa chất|Các em chỉ dùng hóa chất] [đã chia sẵn vào lọ nhỏ|đã được pha loãng, chia nhỏ], [không được mở lọ gốc|không tự ý lấy trên giá].",
                        "[Cách sắp xếp mới|Việc sắp xếp khoa học] [vừa an toàn vừa tiết kiệm thời gian chuẩn bị|giúp tôi chuẩn bị nhanh hơn và an toàn hơn].",
                    ),
                )),
                ("[Sử dụng|Tổ chức] thí nghiệm [nêu vấn đề|dự đoán – kiểm chứng] [để mở đầu bài học|khi vào bài mới]", (
                    (
                        "[Đầu tiết|Mở đầu bài], tôi [làm một thí nghiệm \"lạ\"|đưa ra một hiện tượng bất ngờ], [như cốc nước úp ngược không đổ|như tờ giấy không cháy khi đun nước], [rồi hỏi \"Vì sao?\"|và để học sinh đoán].",
                        "[Các nhóm ghi dự đoán lên bảng con|Mỗi nhóm viết một giả thuyết], [tôi không nói đúng sai|giáo viên chưa kết luận] [mà để bài học trả lời|cho đến cuối tiết].",
                        "[Cuối tiết|Khi học xong], [các em quay lại giả thuyết ban đầu|học sinh đối chiếu dự đoán của mình] [và tự sửa lại|để tự đánh giá].",
                    ),
                    (
                        "Tôi [áp dụng quy trình|dạy theo các bước] \"[dự đoán – quan sát – giải thích|đoán – làm – lí giải]\" [với các thí nghiệm ngắn|trong nhiều bài học].",
                        "[Ví dụ bài sự nổi|Chẳng hạn khi học lực đẩy Ác-si-mét], [học sinh đoán quả cam nổi hay chìm|các em đoán quả trứng chìm hay nổi trong nước muối] [trước khi thả vào nước|rồi mới làm].",
                        "[Khi kết quả trái với dự đoán|Những lần đoán sai], [các em tò mò hơn|lại làm học sinh hứng thú hơn] [và chú ý nghe giải thích|và muốn biết lí do].",
                    ),
                    (
                        "[Tôi dùng \"hộp bí ẩn\"|Tôi chuẩn bị hộp kín] [có mạch điện bên trong|chứa một mạch điện giấu bên trong], [học sinh chỉ được đo ở bên ngoài|các em chỉ được quan sát bóng đèn] [để đoán cách mắc|để đoán sơ đồ mạch].",
                        "[Các nhóm vẽ sơ đồ dự đoán|Mỗi nhóm vẽ sơ đồ], [rồi tôi mở hộp|sau đó mở hộp] [để kiểm chứng|cho cả lớp cùng xem].",
                        "[Hoạt động này rất hấp dẫn|Trò chơi giải đố này] [và rèn kĩ năng suy luận từ quan sát|giúp học sinh biết suy luận từ hiện tượng].",
                    ),
                )),
                ("Giao [thí nghiệm về nhà|bài thực hành tại nhà] [với dụng cụ gia đình|bằng đồ dùng sẵn có]", (
                    (
                        "Tôi [giao bài thí nghiệm tại nhà|giao nhiệm vụ làm thí nghiệm ở nhà] [như làm pin từ quả chanh|như trồng đậu trong hai điều kiện ánh sáng], [với dụng cụ có sẵn trong bếp|chỉ dùng đồ gia đình].",
                        "[Học sinh quay video ngắn|Các em chụp ảnh các bước] [gửi vào Google Classroom|nộp qua nhóm lớp], [kèm vài dòng giải thích|có phần giải thích ngắn].",
                        "[Những video hay|Các sản phẩm tốt] [được chiếu đầu tiết sau|được giới thiệu trên lớp], [em nào cũng muốn sản phẩm của mình được chọn|khiến cả lớp hào hứng].",
                    ),
                    (
                        "[Bài thí nghiệm về nhà|Thí nghiệm tại nhà] [được thiết kế an toàn|luôn được chọn kĩ để an toàn], [có phiếu hướng dẫn từng bước|kèm lưu ý cho phụ huynh].",
                        "[Phụ huynh được mời|Cha mẹ được khuyến khích] [làm cùng con|cùng tham gia], [nhiều gia đình gửi ảnh cả nhà làm thí nghiệm|có gia đình còn gửi ảnh cả nhà cùng làm].",
                        "[Thí nghiệm ở nhà|Hoạt động này] [kéo dài giờ học ra ngoài lớp|giúp việc học tiếp tục ở nhà] [mà không nặng nề|một cách nhẹ nhàng].",
                    ),
                    (
                        "[Với bài quang học|Khi học về ánh sáng], [các em tự làm kính tiềm vọng|học sinh làm hộp \"máy ảnh lỗ kim\"] [từ hộp sữa và gương nhỏ|bằng hộp giấy và giấy bóng mờ].",
                        "[Sản phẩm được mang đến lớp|Các em mang sản phẩm đến lớp] [để thử và so sánh|để cả lớp dùng thử].",
                        "[Những em làm chưa thành công|Nhóm nào chưa làm được] [được bạn hướng dẫn sửa|được các bạn góp ý làm lại], [không bị chấm điểm kém|mà không bị trừ điểm].",
                    ),
                )),
                ("Dùng [điện thoại thông minh|ứng dụng trên điện thoại] làm [dụng cụ đo|công cụ hỗ trợ thí nghiệm]", (
                    (
                        "[Nhiều điện thoại có cảm biến|Điện thoại thông minh có sẵn cảm biến] [ánh sáng, âm thanh, gia tốc|đo độ sáng, độ ồn, gia tốc], [tôi dùng ứng dụng miễn phí để đo|tôi tận dụng để làm dụng cụ đo].",
                        "[Ví dụ|Chẳng hạn], [học sinh đo độ sáng ở các góc lớp|các em đo cường độ âm ở sân trường, lớp học, thư viện] [rồi lập bảng so sánh|và so sánh kết quả].",
                        "[Cách này|Việc dùng điện thoại] [vừa bù cho thiết bị thiếu|bù được phần nào thiết bị còn thiếu] [vừa dạy các em dùng điện thoại vào việc học|lại giúp học sinh dùng điện thoại đúng mục đích].",
                    ),
                    (
                        "Tôi [dùng chế độ quay chậm|quay chậm bằng điện thoại] [để ghi lại chuyển động rơi|cho thí nghiệm rơi tự do], [rồi chiếu lên màn hình|sau đó phát lại trên máy chiếu].",
                        "[Học sinh đếm khung hình|Các em dừng từng khung hình] [để đo quãng đường theo thời gian|để đo vị trí vật], [việc không thể làm bằng mắt thường|điều mắt thường không theo kịp].",
                        "[Số liệu tự đo|Kết quả do chính các em đo] [khiến học sinh tin vào định luật hơn|giúp các em hiểu công thức không phải \"trên trời rơi xuống\"].",
                    ),
                    (
                        "[Tôi lập nhóm Zalo|Lớp có nhóm trao đổi] [để học sinh gửi ảnh hiện tượng vật lí quanh mình|để chia sẻ ảnh về hiện tượng khoa học], [như cầu vồng, bóng đổ, giọt nước trên lá|như sương trên lá, ảnh phản chiếu].",
                        "[Mỗi tuần|Cuối tuần], [tôi chọn vài ảnh|một vài bức ảnh được chọn] [để cả lớp giải thích|làm chủ đề thảo luận đầu giờ].",
                        "[Các em quan sát thế giới xung quanh nhiều hơn|Học sinh tinh ý hơn với hiện tượng hằng ngày] [và thấy khoa học ở ngay cạnh mình|và thích thú khi giải thích được].",
                    ),
                )),
                ("Tổ chức [cuộc thi|ngày hội] \"[Nhà khoa học nhỏ|Thí nghiệm vui]\" [cho {hs} trình diễn|để {hs} trình diễn và giải thích]", (
                    (
                        "[Mỗi học kì|Cuối học kì], [lớp tổ chức|tôi phát động] [cuộc thi trình diễn thí nghiệm|ngày hội thí nghiệm vui], [mỗi nhóm chuẩn bị một tiết mục|mỗi nhóm mang đến một thí nghiệm].",
                        "[Các nhóm vừa làm vừa thuyết minh|Học sinh trình diễn và giải thích], [giám khảo là giáo viên và đại diện học sinh|ban giám khảo gồm thầy cô và học sinh lớp trên].",
                        "[Cuộc thi|Ngày hội] [lôi cuốn cả học sinh lớp khác đến xem|thu hút nhiều em đến cổ vũ], [nhiều em nói đó là tiết học vui nhất năm|khiến nhiều em mong chờ].",
                    ),
                    (
                        "Tôi [phối hợp với Đội Thiếu niên|cùng Liên đội] [tổ chức \"Góc khoa học\" giờ ra chơi|lập góc thí nghiệm ở hành lang], [mỗi tuần một lớp phụ trách|các lớp thay nhau trình diễn].",
                        "[Học sinh lớp phụ trách|Các em phụ trách] [giới thiệu thí nghiệm cho các bạn|mời bạn bè cùng làm], [trả lời câu hỏi của các bạn nhỏ|giải thích cho học sinh lớp dưới].",
                        "[Việc phải giải thích cho người khác|Đóng vai người hướng dẫn] [giúp các em hiểu sâu hơn|buộc các em nắm chắc kiến thức].",
                    ),
                    (
                        "[Các thí nghiệm đạt giải|Tiết mục hay nhất] [được quay video|được ghi hình lại] [và đăng lên trang của trường|và chia sẻ lên nhóm phụ huynh].",
                        "[Học sinh tự viết kịch bản|Các em tự soạn lời thuyết minh], [tập nói trước ống kính|luyện cách trình bày], [tôi chỉ góp ý phần kiến thức|giáo viên chỉ chỉnh sửa nội dung khoa học].",
                        "[Video được dùng lại|Những video này] [làm học liệu cho các lớp sau|trở thành tư liệu dạy học cho năm sau].",
                    ),
                )),
                ("[Sửa chữa, bảo quản|Bổ sung, bảo quản] thiết bị thí nghiệm [cùng {hs}|với sự tham gia của {hs}]", (
                    (
                        "[Đầu năm|Khi nhận lớp], tôi [cùng đội tình nguyện|cùng một nhóm học sinh] [kiểm kê thiết bị thí nghiệm|rà soát tủ thiết bị], [phân loại còn dùng được, cần sửa, phải thay|lập danh sách dụng cụ hỏng].",
                        "[Những hỏng hóc nhỏ|Các lỗi đơn giản] [như đứt dây nối, lỏng kẹp|như mất ốc, gãy giá đỡ] [được các em sửa dưới sự hướng dẫn của tôi|do học sinh tự sửa].",
                        "[Số thiết bị dùng được tăng lên|Tủ thiết bị đầy đủ hơn], [và học sinh có ý thức giữ gìn hơn|các em quý dụng cụ hơn vì chính mình sửa].",
                    ),
                    (
                        "Tôi [lập sổ theo dõi thiết bị|ghi chép việc mượn, trả dụng cụ] [theo từng tiết|sau mỗi buổi], [ghi rõ lớp, nhóm sử dụng|ai dùng thì kí tên].",
                        "[Dụng cụ hỏng|Thiết bị bị hư] [được ghi ngay|được báo ngay khi phát hiện] [để kịp sửa trước tiết sau|để thay thế kịp thời].",
                        "[Nhờ sổ theo dõi|Với cách quản lí này], [thiết bị ít thất lạc hẳn|không còn tình trạng mất dụng cụ không rõ lí do].",
                    ),
                    (
                        "[Tôi vận động|Lớp phát động] [phong trào \"mỗi em một dụng cụ\"|học sinh góp đồ dùng cho góc thí nghiệm]: [chai lọ, nam châm, pin cũ, ống hút|vỏ hộp, dây điện cũ, gương vỡ đã mài].",
                        "[Các vật liệu được phân loại|Đồ đạc được xếp vào các hộp] [dán nhãn rõ ràng|có ghi tên], [dùng cho thí nghiệm tự làm|phục vụ các bài thí nghiệm đơn giản].",
                        "[Góc thí nghiệm của lớp|Kho vật liệu nhỏ này] [ngày càng phong phú|ngày một đầy đủ hơn], [tiết kiệm khá nhiều kinh phí|giảm hẳn chi phí mua sắm].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [chia|phân loại] [bài tập|các bài tập] [của chương|trong chủ đề] [thành|theo] [các dạng|từng dạng] [cơ bản|điển hình] [như|ví dụ] [tính theo phương trình hóa học, bài toán lượng dư, bài toán hỗn hợp|chuyển động thẳng đều, bài toán về công và công suất, bài toán mạch điện].",
                        "[Mỗi dạng|Với mỗi dạng] [có|được xây dựng] [các bước giải|quy trình giải] [ngắn gọn|rõ ràng] [và|kèm] [một bài mẫu|ví dụ mẫu] [trình bày đầy đủ|có lời giải chi tiết].",
                        "{hs} [ghi|chép] [các bước|phương pháp] [vào sổ tay|vào vở bài tập] [và|rồi] [làm|luyện] [các bài|bài tập] [từ dễ đến khó|theo mức độ tăng dần].",
                    ),
                    (
                        "Tôi [chia bài tập chương điện học|xếp bài tập] [thành năm dạng|theo từng dạng], [mỗi dạng một trang \"bí kíp\"|mỗi dạng có trang tóm tắt] [gồm dấu hiệu, công thức, các bước|ghi cách nhận biết và cách giải].",
                        "[Học sinh làm bài mẫu cùng tôi|Bài đầu tiên mỗi dạng làm chung] [rồi tự làm hai bài tương tự|sau đó các em tự luyện].",
                        "[Khi gặp bài tổng hợp|Với bài nhiều ý], [các em tách thành các dạng đã biết|học sinh nhận ra bài gồm những dạng nào], [không còn bối rối như trước|bớt lúng túng hẳn].",
                    ),
                    (
                        "[Với môn Hóa học|Ở phần bài tập hóa], tôi [hệ thống các dạng tính theo phương trình|tổng hợp các dạng bài tính toán] [như tính theo chất dư, hiệu suất, hỗn hợp|thành một sơ đồ tư duy].",
                        "[Mỗi dạng có \"câu hỏi nhận diện\"|Sơ đồ có các câu hỏi gợi ý] [như \"Đề cho mấy chất tham gia?\"|giúp học sinh xác định dạng bài].",
                        "[Học sinh dán sơ đồ vào vở|Các em giữ sơ đồ trong vở] [và dùng trong suốt chương|để tra cứu khi làm bài].",
                    ),
                )),
                ("[Rèn|Hướng dẫn] [kĩ năng|cách] [tóm tắt đề và đổi đơn vị|phân tích hiện tượng] [trước khi giải|]", (
                    (
                        "[Tôi|Giáo viên] [yêu cầu|quy định] {hs} [tóm tắt|ghi tóm tắt] [đề bài|dữ kiện] [bằng kí hiệu|bằng các đại lượng] [và|,] [đổi|chuyển] [tất cả|các] [đơn vị|đại lượng] [về|sang] [đơn vị chuẩn|hệ SI] [trước khi|rồi mới] [giải|thay số].",
                        "[Với|Đối với] [bài tập|bài] [có hiện tượng|liên quan đến hiện tượng], [các em|{hs}] [phải|cần] [mô tả|viết] [hiện tượng|phương trình phản ứng] [bằng lời|đầy đủ] [trước|rồi mới] [tính toán|tính].",
                        "[Những lỗi|Lỗi] [hay gặp|thường gặp] như [quên đổi đơn vị|cân bằng sai phương trình|nhầm khối lượng với số mol] [được|] [tôi|giáo viên] [tổng hợp|thống kê] và [chữa|phân tích] [trước lớp|chung cho cả lớp].",
                    ),
                    (
                        "Tôi [yêu cầu mọi bài|quy định mỗi bài tập] [phải có phần tóm tắt|đều bắt đầu bằng tóm tắt] [với kí hiệu và đơn vị chuẩn|ghi đủ đại lượng, đơn vị].",
                        "[Đơn vị chưa thống nhất|Đại lượng khác đơn vị] [được đổi ngay ở phần tóm tắt|phải đổi trước khi tính], [tránh sai ở bước tính|hạn chế nhầm lẫn về sau].",
                        "[Lỗi sai do đơn vị|Những bài sai vì đổi đơn vị] [giảm rõ sau một tháng|ít hẳn sau vài tuần].",
                    ),
                    (
                        "[Tôi làm bảng đổi đơn vị|Lớp có bảng đổi đơn vị] [dán ở góc bảng|treo trên tường], [gồm các đơn vị hay gặp|với các cặp đơn vị thường dùng].",
                        "[Trước mỗi bài|Khi làm bài], [học sinh khoanh các đại lượng cần đổi|các em đánh dấu đơn vị chưa chuẩn] [rồi mới thay số|trước khi thay vào công thức].",
                        "[Thói quen nhỏ này|Việc làm đơn giản này] [giúp các em làm bài cẩn thận hơn|giảm hẳn sai sót vặt].",
                    ),
                )),
                ("[Gắn|Liên hệ] bài tập với [thực tế|đời sống] [và|để] [tạo hứng thú|khơi gợi tò mò]", (
                    (
                        "[Tôi|Giáo viên] [biên soạn|tự soạn] [bài tập|các bài toán] [từ|dựa trên] [tình huống|hiện tượng] [thực tế|thường gặp] như {vd}.",
                        "[Các em|{hs}] [được|] [thu thập|tự lấy] [số liệu|dữ liệu] [thật|thực tế] [như|ví dụ] [hóa đơn tiền điện của gia đình|nhãn thành phần trên chai nước khoáng] [để|rồi] [lập|giải] [bài toán|bài tập] [của riêng mình|].",
                        "[Khi thấy|Thấy được] [kiến thức|bài học] [có ích|ứng dụng] [trong cuộc sống|], {hs} [học|làm bài tập] [chủ động|hứng thú] [hơn hẳn|hơn].",
                    ),
                    (
                        "[Tôi đặt đề bài|Tôi xây dựng bài tập] [từ hóa đơn tiền điện của gia đình|từ công tơ điện ở nhà], [học sinh tính điện năng tiêu thụ|các em tính tiền điện của từng thiết bị].",
                        "[Các em so sánh|Học sinh so sánh] [bóng đèn sợi đốt và đèn LED|các loại đèn khác nhau] [để tìm cách tiết kiệm|rồi đề xuất cách tiết kiệm điện].",
                        "[Bài tập có ý nghĩa thật|Bài toán gắn với gia đình] [khiến các em làm bài chăm chú|thu hút các em hơn sách].",
                    ),
                    (
                        "[Với phần hóa học|Ở bài tập hóa], tôi [lấy ví dụ từ đời sống|đặt đề từ chuyện thực tế] [như bón phân đạm, khử chua đất bằng vôi|như tính lượng vôi bón cho ruộng].",
                        "[Học sinh ở vùng nông thôn|Các em con nhà nông] [rất quen với những chuyện này|đã thấy bố mẹ làm] [nên hiểu đề nhanh|nên dễ hình dung].",
                        "[Kết quả tính được|Những con số tìm ra] [được các em mang về hỏi bố mẹ|được kiểm tra với thực tế gia đình].",
                    ),
                )),
                ("Rèn kĩ năng [biến đổi công thức|viết và cân bằng phương trình] [trước khi giải bài tập|cho {hs}]", (
                    (
                        "[Nhiều em biết công thức|Không ít học sinh thuộc công thức] nhưng [không biết rút ra đại lượng cần tìm|lúng túng khi biến đổi], tôi [dành mười phút mỗi tiết|luyện riêng kĩ năng này].",
                        "[Tôi dùng \"tam giác công thức\"|Tôi dạy mẹo tam giác] [cho các công thức dạng a = b.c|với các công thức ba đại lượng], [che đại lượng cần tìm để thấy cách tính|học sinh che phần cần tìm là thấy phép tính].",
                        "[Sau vài tuần|Dần dần], [các em biến đổi công thức không cần mẹo|học sinh tự biến đổi thành thạo].",
                    ),
                    (
                        "[Với phương trình hóa học|Khi cân bằng phương trình], tôi [dạy phương pháp chẵn lẻ và hệ số|hướng dẫn các bước cân bằng] [bằng thẻ nguyên tử|dùng mô hình nguyên tử bằng bìa].",
                        "[Học sinh ghép thẻ|Các em xếp các thẻ] [cho đến khi hai vế đủ số nguyên tử|đến khi hai bên bằng nhau] [rồi mới viết hệ số|sau đó ghi hệ số].",
                        "[Thao tác bằng tay|Việc nhìn thấy nguyên tử] [giúp các em hiểu bản chất|làm cân bằng phương trình dễ hiểu hơn].",
                    ),
                    (
                        "Tôi [tổ chức trò chơi \"tiếp sức phương trình\"|cho các tổ thi cân bằng phương trình], [mỗi bạn lên bảng làm một bước|mỗi em viết một phần].",
                        "[Tổ nào xong trước và đúng|Tổ nhanh và đúng nhất] [được cộng điểm|được khen thưởng].",
                        "[Không khí thi đua|Trò chơi] [giúp các em luyện nhiều mà không chán|khiến phần khô khan trở nên sôi nổi].",
                    ),
                )),
                ("Khuyến khích {hs} giải bài tập [bằng nhiều cách|theo các cách khác nhau] [và so sánh|rồi chọn cách tối ưu]", (
                    (
                        "[Sau khi chữa bài|Chữa xong một bài], tôi [hỏi \"Còn cách nào khác?\"|gợi ý tìm cách giải khác], [ví dụ dùng định luật bảo toàn thay vì tính từng bước|như dùng bảo toàn khối lượng thay cho đặt ẩn].",
                        "[Các nhóm trình bày cách của mình|Học sinh lên bảng trình bày], [cả lớp so sánh ưu nhược điểm|cả lớp bàn xem cách nào gọn].",
                        "[Học sinh khá|Các em giỏi] [rất hứng thú|thích thú], [còn em trung bình biết thêm cách dễ hiểu|các em khác học được cách phù hợp].",
                    ),
                    (
                        "Tôi [chọn những bài|đưa ra bài tập] [có thể giải bằng đồ thị hoặc tính toán|giải được bằng hai phương pháp], [chia lớp làm hai nửa|nửa lớp làm cách này, nửa lớp làm cách kia].",
                        "[Hai nhóm đối chiếu kết quả|Các em so sánh đáp số] [và thời gian làm|và độ dài lời giải].",
                        "[Qua đó|Từ đây], [học sinh biết lựa chọn phương pháp|các em hiểu mỗi cách có lúc phù hợp].",
                    ),
                    (
                        "[Bảng tin lớp|Góc học tập] [có mục \"Một bài – nhiều cách\"|dành chỗ cho bài giải nhiều cách], [mỗi tuần một bài|cập nhật hằng tuần].",
                        "[Ai tìm thêm cách giải|Học sinh có cách mới] [được ghi tên|được dán lời giải lên bảng].",
                        "[Phong trào này|Việc này] [làm các em năng động hơn|khuyến khích tư duy sáng tạo].",
                    ),
                )),
                ("Sử dụng [bài tập thí nghiệm|bài tập gắn với thí nghiệm] [trong giờ luyện tập|để củng cố kiến thức]", (
                    (
                        "[Bài tập thí nghiệm|Tôi ra bài tập] [yêu cầu học sinh đề xuất cách đo|như \"Làm sao đo khối lượng riêng của hòn sỏi?\"] [chỉ với dụng cụ cho trước|bằng những dụng cụ đơn giản].",
                        "[Các nhóm viết phương án|Học sinh thiết kế cách làm] [rồi thực hiện thật|sau đó làm thử] [để kiểm tra|và đánh giá phương án].",
                        "[Loại bài này|Dạng bài như vậy] [giúp các em gắn lí thuyết với thực hành|rèn tư duy vận dụng].",
                    ),
                    (
                        "Tôi [cho học sinh giải bài tập|đưa ra bài tính toán] [rồi làm thí nghiệm kiểm chứng kết quả|sau đó dùng dụng cụ đo để đối chiếu].",
                        "[Ví dụ tính điện trở tương đương|Chẳng hạn bài mạch nối tiếp], [học sinh đo bằng đồng hồ vạn năng|các em đo thực tế] [so với kết quả tính|để so sánh].",
                        "[Khi hai kết quả khớp nhau|Thấy số đo gần đúng với tính toán], [các em tin vào kiến thức đã học|học sinh tự tin hơn nhiều].",
                    ),
                    (
                        "[Với hóa học|Trong giờ hóa], [bài tập nhận biết chất|bài tập phân biệt các dung dịch] [được làm thật với lọ mất nhãn|được thực hiện bằng thí nghiệm].",
                        "[Học sinh lập kế hoạch nhận biết|Các em lên phương án] [rồi tiến hành|và làm thí nghiệm thực tế].",
                        "[Dạng bài vốn khó nhớ|Bài tập nhận biết] [trở nên dễ hiểu hơn|được nhớ lâu hơn].",
                    ),
                )),
                ("Hướng dẫn {hs} [biện luận kết quả|kiểm tra tính hợp lí của đáp số] [sau khi giải|ở cuối bài]", (
                    (
                        "Tôi [yêu cầu mỗi bài có một dòng \"kiểm tra\"|quy định cuối mỗi bài phải tự kiểm tra]: [đơn vị đúng chưa, số liệu có hợp lí không|kết quả có phù hợp thực tế không].",
                        "[Ví dụ vận tốc xe đạp 200 km/h là vô lí|Chẳng hạn khối lượng âm là sai], [học sinh phải xem lại|các em phải tìm lỗi].",
                        "[Thói quen này|Việc kiểm tra] [giúp phát hiện nhiều lỗi tính toán|giảm sai sót đáng kể].",
                    ),
                    (
                        "[Tôi đưa ra|Tôi chuẩn bị] [những đáp số \"có vấn đề\"|các kết quả sai] [để học sinh tìm chỗ sai|và yêu cầu các em tìm lỗi].",
                        "[Các nhóm thi phát hiện lỗi|Học sinh thi tìm lỗi] [nhanh nhất|và giải thích].",
                        "[Hoạt động này|Trò chơi tìm lỗi] [giúp các em cảnh giác hơn|rèn sự cẩn thận].",
                    ),
                    (
                        "[Ở bài tập hóa|Với bài tính toán hóa học], [học sinh kiểm tra bằng bảo toàn khối lượng|các em dùng định luật bảo toàn] [để đối chiếu đáp số|để thử lại kết quả].",
                        "[Nếu tổng khối lượng không khớp|Khi không thỏa mãn], [các em biết mình đã sai|học sinh tự tìm lại bước sai].",
                        "[Cách thử lại này|Phép kiểm tra đơn giản này] [rất hữu ích trong bài kiểm tra|giúp các em tự tin khi làm bài].",
                    ),
                )),
                ("Xây dựng [bài tập phân hóa|hệ thống bài tập] [theo mức độ|phù hợp từng nhóm {hs}]", (
                    (
                        "Tôi [soạn phiếu bài tập ba mức|chia bài tập thành ba mức]: [biết, hiểu, vận dụng|cơ bản, trung bình, nâng cao], [mỗi mức một màu giấy|in trên giấy khác màu].",
                        "[Học sinh chọn mức bắt đầu|Các em tự chọn phiếu] [và có thể lên mức cao hơn|làm xong thì chuyển mức].",
                        "[Em nào cũng có việc vừa sức|Mọi học sinh đều làm được bài], [không ai ngồi chơi|không em nào bỏ cuộc].",
                    ),
                    (
                        "[Với học sinh yếu|Các em còn chậm] [được phát bài có gợi ý từng bước|nhận phiếu có bước giải mẫu], [còn học sinh giỏi|trong khi các em khá] [làm bài mở rộng|giải bài nâng cao].",
                        "[Tôi dành thời gian|Trong giờ luyện tập, tôi] [kèm riêng nhóm yếu|hướng dẫn thêm cho nhóm cần hỗ trợ].",
                        "[Cách làm này|Bài tập phân hóa] [giúp kết quả của lớp đồng đều hơn|nâng dần chất lượng cả lớp].",
                    ),
                    (
                        "[Bài tập về nhà|Phần bài về nhà] [có hai phần|gồm phần bắt buộc và phần tự chọn], [mỗi em làm phần bắt buộc|ai cũng làm phần cơ bản].",
                        "[Phần tự chọn|Bài tự chọn] [được cộng điểm thưởng|được khuyến khích bằng điểm cộng].",
                        "[Nhiều em yếu|Cả học sinh trung bình] [cũng thử sức với bài tự chọn|vẫn mạnh dạn làm thêm].",
                    ),
                )),
                ("Dạy {hs} [giải bài tập đồ thị|đọc và vẽ đồ thị] [trong {mon}|của các đại lượng]", (
                    (
                        "Tôi [hướng dẫn học sinh đọc đồ thị|dạy các em khai thác đồ thị] [theo ba bước|qua các câu hỏi]: [trục biểu diễn gì, đơn vị nào, điểm đặc biệt ở đâu|tìm tên trục, đơn vị, giá trị].",
                        "[Với đồ thị quãng đường – thời gian|Ở bài chuyển động], [học sinh đọc vận tốc từ độ dốc|các em tính vận tốc từ đồ thị].",
                        "[Những bài đồ thị|Dạng bài đồ thị] [không còn đáng sợ|trở nên quen thuộc].",
                    ),
                    (
                        "[Học sinh tự vẽ đồ thị|Các em vẽ đồ thị] [từ số liệu thí nghiệm của nhóm|từ kết quả đo thực tế] [trên giấy kẻ ô li|bằng phần mềm bảng tính].",
                        "[Tôi so sánh đồ thị các nhóm|Các nhóm đặt đồ thị cạnh nhau] [để thảo luận|để tìm điểm giống, khác].",
                        "[Việc tự vẽ|Vẽ từ số liệu thật] [giúp các em hiểu đồ thị sâu hơn|làm học sinh nắm chắc ý nghĩa đồ thị].",
                    ),
                    (
                        "Tôi [tổ chức trò chơi \"đồ thị biết nói\"|cho học sinh kể chuyện theo đồ thị]: [mỗi nhóm nhận một đồ thị|nhóm rút một đồ thị] [và kể lại chuyển động|rồi mô tả bằng lời].",
                        "[Nhóm khác đoán|Các bạn nghe và vẽ lại] [đồ thị từ lời kể|xem có khớp không].",
                        "[Trò chơi|Hoạt động] [rèn kĩ năng chuyển đổi|giúp liên hệ giữa đồ thị và thực tế].",
                    ),
                )),
                ("Tổ chức {hs} [tự ra đề|tự soạn bài tập] [và chữa chéo|rồi giải cho nhau]", (
                    (
                        "[Cuối mỗi chương|Sau mỗi chủ đề], [mỗi nhóm soạn ba bài tập|học sinh tự đặt bài tập] [kèm đáp án|có lời giải].",
                        "[Các nhóm đổi đề cho nhau|Đề được trao cho nhóm khác] [giải và nhận xét|để giải và chấm].",
                        "[Ra đề|Việc tự đặt bài] [buộc các em hiểu kĩ kiến thức|giúp học sinh nắm chắc bài].",
                    ),
                    (
                        "[Tôi chọn những đề hay|Những bài tốt] [đưa vào ngân hàng bài tập của lớp|được đưa vào bộ bài tập chung], [có ghi tên tác giả|kèm tên người soạn].",
                        "[Học sinh rất tự hào|Các em vui mừng] [khi bài của mình được dùng|khi thấy bài mình được chọn].",
                        "[Ngân hàng bài tập|Bộ đề do học sinh soạn] [ngày càng phong phú|được bổ sung mỗi năm].",
                    ),
                    (
                        "[Học sinh được giao|Các em nhận nhiệm vụ] [\"bắt lỗi\" trong bài giải của bạn|chấm bài của bạn], [theo đáp án|dựa trên tiêu chí].",
                        "[Người chấm|Các em] [phải giải thích chỗ sai|ghi nhận xét rõ ràng].",
                        "[Chữa chéo|Việc chấm bài cho nhau] [giúp cả hai bên rút kinh nghiệm|rèn tính cẩn thận].",
                    ),
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
                    (
                        "[Tôi|Giáo viên] [lựa chọn|xác định] [vấn đề|tình huống] [thực tiễn|gần gũi] [ở địa phương|] như [nước sinh hoạt bị nhiễm phèn|tưới cây trong mùa khô|tiết kiệm điện trong lớp học] [để|làm] [xây dựng|đặt vấn đề cho] [chủ đề|bài học] [STEM|].",
                        "[Chủ đề|Bài học] [được|] [thiết kế|tổ chức] [theo|gồm] [năm hoạt động|các bước]: [xác định vấn đề, nghiên cứu kiến thức nền, đề xuất giải pháp, chế tạo và thử nghiệm, chia sẻ và điều chỉnh|đặt vấn đề, tìm hiểu, thiết kế, chế tạo, báo cáo].",
                        "Ví dụ, [với chủ đề|ở chủ đề] [\"Bình lọc nước\"|\"Hệ thống tưới cây tự động\"|\"Đèn ngủ tiết kiệm điện\"], [các nhóm|{hs}] [phải|] [vận dụng|kết hợp] [kiến thức|hiểu biết] [về|của] [Vật lý, Hóa học, Sinh học và Toán|nhiều môn học] [để|nhằm] [làm ra|chế tạo] [sản phẩm|].",
                    ),
                    (
                        "[Tôi xuất phát từ vấn đề ở địa phương|Tôi chọn chủ đề từ chuyện quê mình], [như nước giếng nhiễm phèn|như ruộng bị nhiễm mặn], [để học sinh thiết kế bộ lọc nước|để các em làm bộ lọc đơn giản].",
                        "[Các nhóm tìm hiểu nguyên nhân|Học sinh tìm hiểu vấn đề] [qua phỏng vấn người dân|bằng cách hỏi gia đình, hàng xóm].",
                        "[Sản phẩm gắn với đời sống|Bài học gắn với quê hương] [khiến các em làm việc hăng say|làm học sinh hứng thú].",
                    ),
                    (
                        "[Chủ đề \"nhà kính mini\"|Chủ đề trồng rau sạch] [được chọn vì địa phương trồng rau nhiều|gắn với nghề của nhiều gia đình].",
                        "[Học sinh vận dụng kiến thức nhiệt, ánh sáng|Các em dùng kiến thức khoa học] [để giữ ấm cho cây|để điều chỉnh nhiệt độ].",
                        "[Một số mô hình|Vài sản phẩm] [được gia đình dùng thật|được phụ huynh mang về dùng].",
                    ),
                )),
                ("[Tổ chức|Hướng dẫn] [các nhóm|{hs}] [chế tạo, thử nghiệm và cải tiến|làm và hoàn thiện] sản phẩm", (
                    (
                        "[Các nhóm|Mỗi nhóm] [vẽ|lập] [bản thiết kế|phác thảo] [với|ghi rõ] [vật liệu, kích thước|nguyên vật liệu và dự toán chi phí], [trình bày|bảo vệ] [trước lớp|phương án] [trước khi|rồi mới] [chế tạo|bắt tay vào làm].",
                        "[Sản phẩm|Sau khi làm xong, sản phẩm] [được|] [thử nghiệm|chạy thử] [theo|dựa trên] [tiêu chí|bảng tiêu chí] [đã thống nhất|cho trước]; [nhóm nào|nếu] [chưa đạt|chưa đáp ứng] [thì|sẽ] [tìm nguyên nhân|phân tích nguyên nhân] và [cải tiến|điều chỉnh].",
                        "[Quá trình|Việc] [làm đi làm lại|thử – sai – sửa] [giúp|rèn cho] {hs} [tính kiên trì|sự kiên nhẫn], [kĩ năng hợp tác|tinh thần làm việc nhóm] và [tư duy|óc] [sáng tạo|phản biện].",
                    ),
                    (
                        "[Các nhóm làm bản nháp đầu tiên|Học sinh chế tạo sản phẩm lần đầu] [rồi thử nghiệm|và kiểm tra xem có hoạt động không].",
                        "[Khi thất bại|Nếu không đạt], [các em ghi nguyên nhân|nhóm tìm lí do] [và cải tiến|rồi sửa lại].",
                        "[Qua nhiều lần thử|Sau vài lần cải tiến], [sản phẩm hoàn thiện dần|các em hiểu giá trị của sự kiên trì].",
                    ),
                    (
                        "Tôi [không nói cách làm ngay|để học sinh tự thiết kế], [chỉ đưa ra tiêu chí|chỉ nêu yêu cầu sản phẩm] [như xe bong bóng phải đi xa ít nhất 3 m|như tên lửa nước bay cao hơn 10 m].",
                        "[Các nhóm thử nghiệm|Học sinh làm và đo] [rồi so sánh với tiêu chí|đối chiếu với yêu cầu].",
                        "[Việc tự tìm cách|Quá trình tự mày mò] [giúp các em nhớ kiến thức lâu|rèn năng lực giải quyết vấn đề].",
                    ),
                )),
                ("[Tổ chức|Tổ chức ngày hội] [trưng bày|triển lãm] sản phẩm STEM [và đánh giá|kết hợp đánh giá] [năng lực|]", (
                    (
                        "[Cuối học kì|Cuối mỗi chủ đề], [nhà trường|tổ chuyên môn] [tổ chức|phối hợp tổ chức] [ngày hội|buổi triển lãm] [để|,] [các nhóm|{hs}] [trưng bày|giới thiệu] [sản phẩm|] [với|cho] [bạn bè, thầy cô và phụ huynh|khách mời].",
                        "[Tôi|Giáo viên] [đánh giá|chấm] [theo|dựa vào] [bảng tiêu chí|rubric] [gồm|với] [tính khoa học, tính thẩm mỹ, tính ứng dụng và kĩ năng thuyết trình|các tiêu chí về ý tưởng, sản phẩm và trình bày].",
                        "[Nhiều|Một số] [sản phẩm|sản phẩm tốt] [được|] [chọn|lựa chọn] [tham gia|dự thi] [cuộc thi|Cuộc thi] [khoa học kĩ thuật|sáng tạo thanh thiếu niên nhi đồng] [cấp huyện|cấp trường] [và đạt giải|].",
                    ),
                    (
                        "[Cuối chủ đề|Khi kết thúc], [lớp tổ chức triển lãm|các nhóm trưng bày sản phẩm] [ở sân trường|tại thư viện], [mời phụ huynh đến xem|có cả phụ huynh tham dự].",
                        "[Mỗi nhóm thuyết trình|Học sinh giới thiệu sản phẩm] [và trả lời câu hỏi|rồi giải đáp thắc mắc].",
                        "[Buổi triển lãm|Ngày trưng bày] [giúp các em tự tin hơn|rèn kĩ năng giao tiếp].",
                    ),
                    (
                        "[Sản phẩm STEM|Các mô hình] [được chấm theo phiếu đánh giá|được nhận xét theo tiêu chí] [gồm ý tưởng, kĩ thuật, thẩm mĩ, thuyết trình|về độ sáng tạo, độ bền, cách trình bày].",
                        "[Học sinh tham gia chấm|Các em cũng được đánh giá] [sản phẩm của nhóm khác|chéo nhau].",
                        "[Cách đánh giá này|Việc đánh giá công khai] [công bằng và minh bạch|giúp các em học hỏi lẫn nhau].",
                    ),
                )),
                ("Sử dụng [vật liệu tái chế|đồ phế thải] [để làm sản phẩm STEM|trong hoạt động STEM]", (
                    (
                        "[Tôi vận động|Lớp phát động] [học sinh thu gom vỏ chai, lon, hộp giấy|các em góp vật liệu tái chế] [để làm sản phẩm|làm nguyên liệu].",
                        "[Các nhóm làm|Học sinh chế tạo] [đèn ngủ từ chai nhựa|chậu cây tự tưới từ chai], [vừa học khoa học vừa bảo vệ môi trường|vừa rèn ý thức tiết kiệm].",
                        "[Sản phẩm đẹp|Những sản phẩm tốt] [được mang tặng thư viện, phòng y tế|được trường dùng trang trí].",
                    ),
                    (
                        "[Chủ đề \"rác thành đồ chơi\"|Hoạt động tái chế] [kết hợp kiến thức cơ học|gắn với bài học về lực], [học sinh làm xe ô tô chạy bằng dây thun|các em làm xe chạy bằng bóng bay].",
                        "[Các nhóm thi xe chạy xa nhất|Cuộc thi chạy xe] [diễn ra sôi nổi|thu hút cả lớp].",
                        "[Học sinh hiểu|Các em thấy] [rác có thể có ích|đồ bỏ đi vẫn có giá trị].",
                    ),
                    (
                        "Tôi [lập \"kho vật liệu STEM\"|có một hộp vật liệu] [ở cuối lớp|tại góc học tập], [học sinh mang vật liệu đến góp|các em bổ sung dần].",
                        "[Khi làm sản phẩm|Lúc cần], [các nhóm lấy vật liệu từ kho|học sinh tự chọn vật liệu] [mà không tốn tiền mua|không phải mua thêm].",
                        "[Kho vật liệu|Góc vật liệu] [giúp tiết kiệm chi phí|giảm gánh nặng cho phụ huynh].",
                    ),
                )),
                ("Áp dụng [quy trình thiết kế kĩ thuật|các bước thiết kế] [với nhật kí kĩ sư|trong dự án STEM]", (
                    (
                        "[Mỗi nhóm có nhật kí dự án|Các nhóm ghi nhật kí] [ghi ý tưởng, bản vẽ, kết quả thử|ghi lại các bước làm].",
                        "[Tôi đọc nhật kí|Giáo viên xem nhật kí] [mỗi tuần|sau mỗi buổi] [để góp ý|để hỗ trợ kịp thời].",
                        "[Nhật kí|Sổ ghi chép] [giúp các em làm việc có kế hoạch|rèn kĩ năng ghi chép khoa học].",
                    ),
                    (
                        "[Tôi dạy học sinh|Các em được hướng dẫn] [năm bước: xác định vấn đề, nghiên cứu, thiết kế, chế tạo, thử nghiệm|quy trình thiết kế kĩ thuật].",
                        "[Mỗi bước có phiếu riêng|Từng bước có mẫu phiếu] [để nhóm hoàn thành|cho học sinh điền].",
                        "[Quy trình rõ ràng|Làm theo các bước] [giúp các nhóm không bị lạc hướng|giúp dự án đi đúng hướng].",
                    ),
                    (
                        "[Trước khi chế tạo|Trước khi làm sản phẩm], [mỗi nhóm phải vẽ bản thiết kế|học sinh vẽ bản vẽ kĩ thuật] [có kích thước|ghi rõ vật liệu].",
                        "[Bản vẽ được góp ý|Cả lớp nhận xét bản vẽ] [rồi mới làm|trước khi bắt tay vào làm].",
                        "[Thói quen lập kế hoạch|Việc vẽ trước] [giúp tiết kiệm vật liệu|hạn chế làm hỏng].",
                    ),
                )),
                ("Phối hợp với giáo viên [các môn|liên môn] [trong chủ đề STEM|khi tổ chức STEM]", (
                    (
                        "Tôi [cùng giáo viên Toán, Công nghệ|phối hợp với thầy cô khác] [thiết kế chủ đề chung|xây dựng bài học liên môn], [mỗi người phụ trách một phần|chia nhau nội dung].",
                        "[Học sinh vận dụng|Các em dùng] [kiến thức nhiều môn|toán, vật lí, công nghệ] [vào một sản phẩm|trong cùng một dự án].",
                        "[Cách phối hợp này|Dạy học liên môn] [giảm trùng lặp kiến thức|giúp học sinh thấy sự liên kết giữa các môn].",
                    ),
                    (
                        "[Giáo viên Mĩ thuật|Cô giáo Mĩ thuật] [hướng dẫn trang trí sản phẩm|giúp phần thẩm mĩ], [tôi phụ trách phần khoa học|giáo viên khoa học hướng dẫn nội dung].",
                        "[Sản phẩm|Các mô hình] [vừa đúng nguyên lí vừa đẹp|đạt cả về kĩ thuật và thẩm mĩ].",
                        "[Học sinh thích thú|Các em hào hứng] [khi được học cùng nhiều thầy cô|vì học theo cách mới].",
                    ),
                    (
                        "[Tổ chuyên môn|Tổ Khoa học tự nhiên] [thống nhất lịch dạy chủ đề STEM|xếp thời khóa biểu linh hoạt] [để có tiết liền|cho học sinh đủ thời gian].",
                        "[Giáo viên các môn|Thầy cô] [cùng dự và đánh giá|cùng tham gia nhận xét].",
                        "[Sự phối hợp|Làm việc chung] [giúp chủ đề STEM chất lượng hơn|tạo hiệu quả cao].",
                    ),
                )),
                ("Huy động [phụ huynh, doanh nghiệp|các lực lượng] [hỗ trợ hoạt động STEM|cùng tham gia STEM]", (
                    (
                        "Tôi [mời phụ huynh làm nghề thợ điện|mời một phụ huynh làm thợ cơ khí] [đến hướng dẫn|chia sẻ kinh nghiệm] [cho học sinh|trong buổi học STEM].",
                        "[Học sinh học được|Các em được chỉ] [cách dùng dụng cụ an toàn|kĩ năng thực tế].",
                        "[Buổi học|Sự hỗ trợ này] [rất bổ ích|mang lại nhiều kiến thức thực tế].",
                    ),
                    (
                        "[Một số doanh nghiệp|Các cơ sở sản xuất] [ở địa phương|gần trường] [hỗ trợ vật liệu|tặng dụng cụ] [cho câu lạc bộ STEM|cho lớp làm sản phẩm].",
                        "[Học sinh được đến tham quan|Các em được đi thực tế] [xưởng sản xuất|cơ sở làm nghề].",
                        "[Sự hỗ trợ|Việc kết nối] [giúp STEM gần với đời sống|mở rộng hiểu biết cho học sinh].",
                    ),
                    (
                        "[Phụ huynh|Cha mẹ học sinh] [được mời dự buổi trưng bày|tham gia chấm sản phẩm], [nhiều người góp ý thiết thực|cho ý kiến từ kinh nghiệm thực tế].",
                        "[Các em|Học sinh] [tự tin trình bày|vui khi có phụ huynh đến xem].",
                        "[Sự quan tâm của gia đình|Sự đồng hành] [là động lực lớn|giúp các em cố gắng hơn].",
                    ),
                )),
                ("Đánh giá [sản phẩm STEM|năng lực {hs}] [bằng rubric|theo bảng tiêu chí]", (
                    (
                        "Tôi [xây dựng rubric bốn mức|lập bảng tiêu chí đánh giá] [cho các tiêu chí|gồm ý tưởng, tính khoa học, độ hoàn thiện, thuyết trình].",
                        "[Rubric được phát từ đầu|Học sinh biết tiêu chí trước] [để các nhóm tự đối chiếu|để tự định hướng].",
                        "[Nhờ tiêu chí rõ|Đánh giá minh bạch], [học sinh hiểu mình cần cải thiện gì|các em biết cần làm tốt hơn ở đâu].",
                    ),
                    (
                        "[Ngoài sản phẩm|Không chỉ chấm sản phẩm], [tôi đánh giá cả quá trình|tôi ghi nhận sự tham gia của từng em] [qua nhật kí và quan sát|qua phiếu tự đánh giá].",
                        "[Mỗi em tự đánh giá|Học sinh tự chấm] [và đánh giá bạn trong nhóm|cả đồng đội].",
                        "[Cách đánh giá này|Đánh giá toàn diện] [công bằng hơn|ghi nhận đóng góp của mỗi em].",
                    ),
                    (
                        "[Sản phẩm được chấm|Kết quả đánh giá] [có sự tham gia của học sinh|có cả ý kiến các nhóm], [mỗi nhóm chấm nhóm khác|chấm chéo theo rubric].",
                        "[Tôi tổng hợp điểm|Giáo viên tổng hợp] [và nhận xét chung|rồi công bố].",
                        "[Học sinh học cách đánh giá|Các em biết nhìn nhận] [khách quan hơn|một cách công bằng].",
                    ),
                )),
                ("Thành lập [câu lạc bộ STEM|nhóm đam mê khoa học] [cho {hs}|hoạt động ngoài giờ]", (
                    (
                        "[Câu lạc bộ STEM|Nhóm STEM của trường] [sinh hoạt chiều thứ Sáu|họp hai tuần một lần], [thu hút học sinh yêu thích khoa học|gồm các em say mê sáng tạo].",
                        "[Các thành viên|Học sinh trong câu lạc bộ] [làm sản phẩm theo ý tưởng riêng|thực hiện dự án nhỏ].",
                        "[Câu lạc bộ|Nhóm STEM] [là nơi ươm mầm|tạo sân chơi cho] [những sáng tạo|các nhà khoa học nhỏ].",
                    ),
                    (
                        "[Thành viên câu lạc bộ|Các em trong câu lạc bộ] [tham gia cuộc thi khoa học kĩ thuật|dự thi sáng tạo thanh thiếu niên], [đã có sản phẩm đạt giải cấp huyện|một số sản phẩm được giải].",
                        "[Giải thưởng|Thành tích] [khích lệ các em|tạo động lực lớn] [tiếp tục sáng tạo|say mê hơn].",
                        "[Câu lạc bộ|Nhóm] [thu hút thêm thành viên mới|ngày càng đông].",
                    ),
                    (
                        "Tôi [giao cho thành viên câu lạc bộ|nhờ các em trong câu lạc bộ] [hướng dẫn lại cho lớp|làm trợ giảng trong giờ STEM].",
                        "[Các em|Học sinh câu lạc bộ] [tự tin chia sẻ|giúp bạn bè làm sản phẩm].",
                        "[Việc này|Vai trò trợ giảng] [lan tỏa niềm yêu thích STEM|giúp phong trào STEM rộng hơn].",
                    ),
                )),
                ("Tích hợp [lập trình, cảm biến|vi mạch Arduino] [vào sản phẩm STEM|để tăng tính công nghệ]", (
                    (
                        "[Với học sinh khá|Các em có năng khiếu] [được làm quen với Arduino|được học lập trình vi mạch], [làm đèn tự bật khi trời tối|như làm hệ thống tưới cây tự động].",
                        "[Các nhóm lập trình bằng khối lệnh|Học sinh dùng phần mềm kéo thả] [nên dễ tiếp cận|không cần biết nhiều về lập trình].",
                        "[Sản phẩm có \"trí thông minh\"|Các mô hình tự động] [gây ấn tượng mạnh|làm các em rất tự hào].",
                    ),
                    (
                        "Tôi [dùng bộ cảm biến nhiệt độ, độ ẩm|tận dụng các cảm biến đơn giản] [để học sinh đo điều kiện môi trường|để thu thập số liệu].",
                        "[Số liệu được hiển thị trên máy tính|Các em đọc số liệu trên màn hình] [rồi phân tích|và rút ra kết luận].",
                        "[Kết hợp công nghệ|Dùng cảm biến] [giúp bài học hiện đại hơn|mở rộng khả năng khám phá].",
                    ),
                    (
                        "[Trường chưa có nhiều thiết bị|Do thiết bị hạn chế], tôi [dùng mô phỏng Tinkercad|sử dụng phần mềm mô phỏng mạch] [để học sinh thử trước|cho các em lắp mạch ảo].",
                        "[Khi mạch ảo chạy đúng|Thử thành công trên máy], [các nhóm mới lắp thật|mới làm với linh kiện thật].",
                        "[Cách này|Mô phỏng trước] [tiết kiệm linh kiện|tránh làm hỏng thiết bị].",
                    ),
                )),
            ),
        },
    ),
}

FIELDS = (TOAN, TIN_HOC, VAT_LY_HOA_HOC)

"""Content bank: công tác chủ nhiệm, quản lý trường học, thư viện. Written for this project."""

from __future__ import annotations

CHU_NHIEM = {
    "key": "chu_nhiem",
    "name": "Công tác chủ nhiệm",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt"),
    "mon": "công tác chủ nhiệm lớp",
    "duties": ("Giáo viên chủ nhiệm {lopcn}", "Giáo viên chủ nhiệm {lopcn}, dạy các môn văn hóa", "Giáo viên chủ nhiệm {lopcn}, Khối trưởng"),
    "slots": {
        "dc": ("sổ chủ nhiệm", "nhóm Zalo phụ huynh", "hộp thư \"Điều em muốn nói\"", "bảng thi đua", "sổ theo dõi học sinh", "phiếu tìm hiểu hoàn cảnh", "góc \"Việc tốt mỗi ngày\""),
        "hd": ("giờ sinh hoạt lớp theo chủ đề", "hoạt động \"Đôi bạn cùng tiến\"", "buổi dã ngoại của lớp", "chương trình \"Kế hoạch nhỏ\"", "cuộc thi \"Lớp học xanh – sạch – đẹp\"", "hoạt động \"Ngày hội đọc sách\""),
        "vd": ("trường hợp em học sinh thường xuyên đi học muộn", "trường hợp em học sinh hay gây gổ với bạn", "trường hợp một em có bố mẹ đi làm ăn xa", "trường hợp em học sinh mải chơi điện tử", "trường hợp em học sinh sống cùng ông bà"),
    },
    "theory": (
        "Giáo viên chủ nhiệm [là|được ví như] [người|] [thay mặt|đại diện] [nhà trường|Hiệu trưởng] [quản lí|tổ chức] [và|,] [giáo dục|chăm lo] [toàn diện|mọi mặt] [cho {hs}|học sinh] [của lớp|trong lớp], [là|đồng thời là] [cầu nối|nhịp cầu] [giữa|] [nhà trường, gia đình và xã hội|gia đình và nhà trường].",
        "[Theo|Căn cứ] Điều lệ nhà trường, giáo viên chủ nhiệm [có nhiệm vụ|phải] [tìm hiểu|nắm vững] [hoàn cảnh|đặc điểm] [của từng học sinh|từng em], [xây dựng|lập] [kế hoạch|kế hoạch chủ nhiệm] [và|,] [phối hợp|phối hợp chặt chẽ] [với|] [gia đình|cha mẹ học sinh] [và các lực lượng|và các tổ chức] [trong nhà trường|].",
        "[Lứa tuổi|Độ tuổi] {hs} {lop} [đang|] [có nhiều|trải qua nhiều] [thay đổi|biến đổi] [về tâm sinh lí|tâm lí], [các em|] [dễ|rất dễ] [bị|chịu] [tác động|ảnh hưởng] [bởi|từ] [bạn bè|môi trường] [và|cũng như] [mạng xã hội|các trò chơi điện tử].",
    ),
    "reality": (
        "[Lớp|{lopcn}] [có|gồm] {siso} {hs}, [trong đó|trong số đó] [có|] [một số em|vài em] [thuộc hộ nghèo|có hoàn cảnh khó khăn] [và|,] [một số em|vài em] [cá biệt|chưa ngoan] [về|trong] [nề nếp|ý thức kỉ luật].",
        "[Nhiều|Một số] [gia đình|phụ huynh] [khoán trắng|phó mặc] [việc giáo dục con|con em mình] [cho nhà trường|cho giáo viên], [ít|hiếm khi] [liên lạc|trao đổi] [với|] [giáo viên chủ nhiệm|nhà trường].",
    ),
    "topics": (
        {
            "key": "cn_hoc_sinh_ca_biet",
            "phrase": "học sinh cá biệt",
            "levels": ("thcs", "thpt", "tieu_hoc"),
            "titles": (
                "giáo dục học sinh cá biệt [trong công tác chủ nhiệm lớp|ở {lopcn}]",
                "[cách tiếp cận,|] giáo dục học sinh cá biệt [ở|tại] {lop}",
            ),
            "ideas": (
                ("[Tìm hiểu|Nắm bắt] [hoàn cảnh và nguyên nhân|nguyên nhân] [dẫn đến|gây ra] [hành vi|sự cá biệt] của [từng em|học sinh]", (
                    (
                        "[Tôi|Giáo viên] [lập|xây dựng] [hồ sơ|sổ theo dõi] [riêng|cá nhân] [cho|với] [từng|mỗi] [em|học sinh] [cá biệt|], [ghi|ghi lại] [hoàn cảnh gia đình, sở thích, mối quan hệ bạn bè|diễn biến hành vi theo thời gian].",
                        "[Qua|Thông qua] [thăm gia đình|trò chuyện riêng] [và|,] [trao đổi|hỏi] [với|] [bạn bè|giáo viên bộ môn], tôi [nhận ra|hiểu rằng] [phần lớn|nhiều] [các em|trường hợp] [cá biệt|] [đều|] [có|xuất phát từ] [nguyên nhân|lí do] [sâu xa|riêng] như [thiếu sự quan tâm|gia đình không hạnh phúc|bị bạn bè lôi kéo].",
                        "Ví dụ, [với|đối với] {vd}, [tôi|giáo viên] [phát hiện|biết được] [em|] [phải|thường] [trông em nhỏ|giúp bố mẹ bán hàng] [vào buổi sáng|], [từ đó|nhờ vậy] [có|tìm được] [cách|hướng] [hỗ trợ|giúp đỡ] [phù hợp|kịp thời].",
                    ),
                    (
                        "[Với em {ten} hay đi học muộn và bỏ giờ|Khi lớp có một em thường xuyên vi phạm nội quy], tôi [không vội phê bình trước lớp|không xử lí ngay bằng kỉ luật] [mà đến thăm nhà vào một buổi tối|mà tìm hiểu hoàn cảnh gia đình em trước].",
                        "[Tôi được biết|Qua trò chuyện với bà nội], [bố mẹ em đi làm xa, em ở với ông bà đã già|em phải dậy sớm giúp gia đình bán hàng], [nên buổi sáng không ai nhắc em đi học|nên thường đến lớp muộn và mệt].",
                        "[Hiểu nguyên nhân|Biết rõ hoàn cảnh], [tôi cùng gia đình tìm cách giúp em|tôi điều chỉnh cách nhắc nhở], [thay vì chỉ phạt|chứ không chỉ trách phạt như trước].",
                    ),
                    (
                        "[Tôi dùng \"phiếu tìm hiểu học sinh\"|Đầu năm, mỗi em điền một phiếu] [với các câu hỏi về sở thích, nỗi lo, người em tin tưởng|ghi sở thích, hoàn cảnh, mong muốn], [để nắm trước những em cần quan tâm đặc biệt|giúp tôi phát hiện sớm các em có nguy cơ].",
                        "[Phiếu được tôi đọc kĩ|Thông tin trên phiếu] [và đối chiếu với nhận xét của giáo viên năm trước|kết hợp với hồ sơ học bạ], [ghi thành sổ theo dõi riêng|lưu trong sổ chủ nhiệm].",
                        "[Nhờ nắm thông tin sớm|Khi đã có thông tin], [tôi chủ động gần gũi các em từ đầu|tôi kịp thời hỗ trợ trước khi vấn đề trở nên phức tạp].",
                    ),
                )),
                ("[Tạo|Xây dựng] [niềm tin|sự gần gũi] [và|,] [giao|trao] [trách nhiệm|nhiệm vụ] [cho|để] [học sinh cá biệt|các em] [khẳng định mình|thấy mình có ích]", (
                    (
                        "[Tôi|Giáo viên] [tránh|không] [phê bình|xử phạt] [trước lớp|nặng nề] [mà|,] [gặp|trò chuyện] [riêng|] [với em|] [một cách|với thái độ] [nhẹ nhàng|cởi mở], [lắng nghe|tôn trọng] [suy nghĩ|tâm sự] [của em|].",
                        "[Tôi|Giáo viên] [giao|phân công] [cho|để] [các em|em] [những việc|nhiệm vụ] [vừa sức|phù hợp sở trường] như [phụ trách đội văn nghệ|chăm sóc bồn hoa|quản lí tủ sách lớp|làm lớp phó lao động] [để|nhằm] [các em|em] [thấy|cảm nhận] [mình|bản thân] [được tin tưởng|có giá trị].",
                        "[Mỗi|Những] [tiến bộ|thay đổi tích cực] [dù nhỏ|] [của em|] [đều|luôn] [được|] [ghi nhận|khen ngợi] [kịp thời|] [trước lớp|trong giờ sinh hoạt] [để|nhằm] [tạo động lực|khích lệ em] [tiếp tục|cố gắng].",
                    ),
                    (
                        "[Với em thường xuyên gây gổ|Với một em hay nghịch phá], tôi [giao nhiệm vụ phụ trách tủ sách lớp|nhờ em phụ trách việc tưới cây, đóng cửa sổ] [để em thấy mình được tin tưởng|để em có trách nhiệm].",
                        "[Mỗi lần em làm tốt|Khi em hoàn thành nhiệm vụ], [tôi khen trước lớp|tôi ghi nhận công khai] [bằng những lời cụ thể|chứ không khen chung chung].",
                        "[Dần dần|Sau vài tháng], [em bớt nghịch và gắn bó với lớp hơn|em tự giác hơn và ít vi phạm].",
                    ),
                    (
                        "Tôi [dành thời gian trò chuyện riêng|hẹn gặp riêng em] [vào giờ ra chơi|sau giờ học], [lắng nghe em kể|không phán xét], [để em tin tưởng cô|tạo sự gần gũi].",
                        "[Em dần mở lòng|Học sinh chia sẻ] [về những khó khăn|về chuyện gia đình].",
                        "[Niềm tin|Sự gần gũi] [là nền tảng để giúp em thay đổi|giúp em cởi mở hơn].",
                    ),
                )),
                ("[Phối hợp|Huy động] [các lực lượng|tập thể lớp, gia đình và giáo viên bộ môn] [cùng|trong việc] [giáo dục|giúp đỡ] [học sinh cá biệt|các em]", (
                    (
                        "[Tôi|Giáo viên] [phân công|chọn] [những bạn|các em] [ngoan, tốt bụng|có uy tín] [ngồi cạnh|kết bạn] [và|để] [giúp đỡ|nhắc nhở] [em|bạn] [trong học tập|trong sinh hoạt] [theo|với] {hd}.",
                        "[Định kì|Hằng tuần], [tôi|giáo viên] [trao đổi|liên lạc] [với|cùng] [phụ huynh|gia đình] [qua|bằng] {dc} [về|để thông báo] [sự tiến bộ|những thay đổi] [của em|], [thống nhất|bàn] [cách|biện pháp] [giáo dục|động viên] [ở nhà|].",
                        "[Giáo viên bộ môn|Các thầy cô bộ môn] [cũng được|được] [thông tin|chia sẻ] [về|tình hình] [từng em|em] [để|nhằm] [có|đưa ra] [cách ứng xử|cách đối xử] [thống nhất|nhất quán], [tránh|không] [làm|khiến] [em|] [tự ti|mặc cảm].",
                    ),
                    (
                        "[Tôi họp với giáo viên bộ môn|Giáo viên chủ nhiệm trao đổi với thầy cô dạy lớp] [để thống nhất cách ứng xử|về trường hợp của em], [tránh mỗi người một kiểu|cùng động viên em].",
                        "[Tổ tự quản|Các bạn trong lớp] [được phân công giúp đỡ em|làm \"bạn đồng hành\"] [trong học tập và sinh hoạt|hằng ngày].",
                        "[Sự phối hợp|Cách làm thống nhất] [giúp em tiến bộ|tạo môi trường tích cực].",
                    ),
                    (
                        "[Tôi mời phụ huynh|Gia đình được mời] [đến trường trao đổi|họp riêng] [không phải để \"mách tội\"|mà để cùng tìm giải pháp].",
                        "[Hai bên thống nhất|Gia đình và nhà trường] [cách nhắc nhở, khen thưởng|kế hoạch theo dõi].",
                        "[Phối hợp|Sự thống nhất] [giúp em thay đổi|hiệu quả].",
                    ),
                )),
                ("Xây dựng [kế hoạch giúp đỡ cá nhân|kế hoạch riêng] [cho từng học sinh cá biệt|với mục tiêu nhỏ]", (
                    (
                        "Tôi [cùng em đặt mục tiêu nhỏ mỗi tuần|lập bản cam kết với em] [như \"không đi học muộn quá một lần\"|với mục tiêu cụ thể, vừa sức], [ghi vào một tờ giấy em giữ|cả hai cùng kí].",
                        "[Cuối tuần|Mỗi thứ Sáu], [tôi và em cùng xem lại|em tự đánh giá] [mục tiêu đã đạt chưa|và đặt mục tiêu tuần sau].",
                        "[Mục tiêu nhỏ|Kế hoạch] [giúp em thấy mình tiến bộ|tạo động lực thay đổi].",
                    ),
                    (
                        "[Mỗi học sinh cá biệt|Các em cần giúp đỡ] [có một hồ sơ theo dõi|được ghi chép riêng], [ghi hành vi, nguyên nhân, biện pháp|ghi nhật kí thay đổi].",
                        "[Tôi cập nhật hằng tuần|Sổ được ghi đều] [và trao đổi với Ban giám hiệu|để điều chỉnh].",
                        "[Hồ sơ|Theo dõi] [giúp can thiệp kịp thời|có căn cứ].",
                    ),
                    (
                        "[Tôi chia nhỏ vấn đề|Kế hoạch] [từ dễ đến khó|từng bước], [như trước hết đi học đúng giờ|sau đó làm bài tập].",
                        "[Em thực hiện từng bước|Học sinh cố gắng].",
                        "[Từng bước|Kế hoạch] [phù hợp|hiệu quả].",
                    ),
                )),
                ("Dùng [sức mạnh tập thể|tập thể lớp] [để cảm hóa|giúp đỡ] [học sinh cá biệt|bạn có khó khăn]", (
                    (
                        "[Tôi tổ chức giờ sinh hoạt|Trong giờ sinh hoạt lớp] [chủ đề \"Bạn bè giúp nhau\"|với chủ đề về tình bạn], [các em kể những việc tốt của nhau|kể cả việc tốt của em cá biệt].",
                        "[Khi em {ten} được các bạn bình chọn là người có tiến bộ trong tuần|Nghe các bạn kể về những việc tốt của mình], [em đã rất xúc động|em ngượng ngùng nhưng rất vui], [và từ hôm đó ít gây gổ hẳn|và bắt đầu cố gắng giữ gìn hình ảnh trước lớp].",
                        "[Tôi nhận ra|Kinh nghiệm của tôi là] [lời khen từ bạn bè có sức nặng hơn lời khen của cô|sự ghi nhận của tập thể tác động đến các em mạnh hơn mọi lời phê bình].",
                    ),
                    (
                        "[Tôi trao đổi riêng với ban cán sự|Ban cán sự lớp được tôi hướng dẫn] [cách nhắc nhở bạn nhẹ nhàng|không chê cười, không \"mách cô\" mỗi khi bạn mắc lỗi], [mà rủ bạn cùng chơi, cùng học|mà chủ động kéo bạn vào các hoạt động chung].",
                        "[Tổ của em|Các bạn ngồi cạnh] [thay nhau giúp em chép bài, ôn bài|chia sẻ vở ghi khi em nghỉ học], [khiến em không còn cảm giác bị cô lập|giúp em thấy mình là một phần của lớp].",
                    ),
                    (
                        "[Tôi giao cho cả nhóm|Các nhóm] [nhiệm vụ chung|dự án] [có em cá biệt tham gia|để em đóng góp].",
                        "Trong [hoạt động làm báo tường|dự án trang trí lớp], tôi [xếp em vào nhóm có những bạn hiền, kiên nhẫn|cố ý giao cho em một phần việc quan trọng] [như phụ trách phần trang trí vì em vẽ đẹp|để nhóm cần đến em].",
                        "[Khi sản phẩm của nhóm được khen|Khi nhóm đạt giải], [em hãnh diện vì có đóng góp của mình|em nhận ra mình có ích với tập thể], [và dần gắn bó với các bạn hơn|và tham gia các hoạt động sau tích cực hơn].",
                    ),
                )),
                ("[Khen thưởng|Ghi nhận] [kịp thời|cụ thể] [những tiến bộ nhỏ|của học sinh cá biệt]", (
                    (
                        "[Tôi quan sát|Cô để ý] [từng tiến bộ dù nhỏ|những việc tốt] [như giúp bạn, đi học đúng giờ|của em], [khen ngay|ghi nhận ngay].",
                        "[Mỗi khi em đi học đúng giờ cả tuần|Khi em không vi phạm nội quy trong một thời gian], [tôi khen trước lớp bằng lời thật cụ thể|cô ghi nhận công khai trong giờ sinh hoạt], như \"Tuần này em {ten} không đi muộn buổi nào, cô rất vui\".",
                        "[Những lời khen nhỏ mà đúng lúc|Sự ghi nhận kịp thời] [giúp em tin rằng mình có thể thay đổi|cho em thấy cô luôn để ý đến những cố gắng của mình].",
                    ),
                    (
                        "Tôi [gọi điện báo tin vui cho gia đình|nhắn tin cho phụ huynh] [mỗi khi em có tiến bộ|ngay trong ngày em làm được việc tốt], [thay vì chỉ liên lạc khi em vi phạm|để gia đình không chỉ nghe tin xấu về con].",
                        "[Bố mẹ em|Gia đình] [rất bất ngờ và vui|xúc động], [về nhà khen con|và động viên em tiếp tục cố gắng], [mối quan hệ giữa em và gia đình cũng tốt hơn|không khí gia đình cũng nhẹ nhàng hơn].",
                    ),
                    (
                        "[Cuối tháng|Mỗi tháng], lớp bình chọn [danh hiệu \"Bạn tiến bộ nhất\"|\"Ngôi sao vượt khó\"] [dành cho người có nhiều thay đổi nhất|chứ không chỉ cho người giỏi nhất], [em cá biệt của lớp đã được chọn hai lần|và có tháng các bạn đã chọn em].",
                        "[Danh hiệu nhỏ|Phần thưởng tượng trưng] [nhưng có ý nghĩa lớn với em|trở thành động lực để em giữ vững tiến bộ].",
                    ),
                )),
                ("Phối hợp [tư vấn tâm lí học đường|cán bộ tư vấn] [hỗ trợ|giúp đỡ] [học sinh cá biệt|khi cần]", (
                    (
                        "[Với trường hợp em có dấu hiệu trầm cảm, tự làm đau mình|Khi nhận thấy em có biểu hiện bất thường về tâm lí], tôi [báo ngay với Ban giám hiệu và cán bộ tư vấn học đường|không tự xử lí một mình mà phối hợp với phòng tư vấn], [để em được hỗ trợ chuyên môn|để có cách can thiệp phù hợp].",
                        "[Các buổi tư vấn|Những buổi trò chuyện với cán bộ tư vấn] [được giữ kín|diễn ra định kì], [tôi chỉ được chia sẻ những điều cần để phối hợp|giáo viên chủ nhiệm được hướng dẫn cách hỗ trợ em trên lớp].",
                    ),
                    (
                        "Tôi [tự tìm đọc tài liệu về tâm lí lứa tuổi|tham gia lớp bồi dưỡng kĩ năng tư vấn học đường] [do Sở tổ chức|trong hè], [để hiểu vì sao học sinh có hành vi chống đối|học cách lắng nghe mà không phán xét].",
                        "[Những kiến thức đó|Các kĩ năng học được] [giúp tôi bình tĩnh hơn khi xử lí tình huống|giúp tôi nhận ra sau mỗi hành vi sai là một nhu cầu chưa được đáp ứng].",
                    ),
                    (
                        "[Hộp thư \"Điều em muốn nói\"|Hộp thư bí mật] [để học sinh chia sẻ|ẩn danh], [tôi đọc hằng tuần|trả lời].",
                        "[Lớp có hộp thư \"Điều em muốn nói\"|Tôi đặt một hộp thư nhỏ ở cuối lớp] [để học sinh viết điều khó nói|cho các em gửi tâm sự, có thể không ghi tên], [tôi đọc mỗi tuần|cô mở hộp thư vào chiều thứ Sáu].",
                        "[Qua hộp thư|Nhờ những lá thư], [tôi biết sớm chuyện em bị bạn lớp khác bắt nạt|tôi phát hiện kịp thời những khó khăn các em giấu kín] [và xử lí trước khi sự việc nghiêm trọng|để hỗ trợ đúng lúc].",
                    ),
                )),
                ("Giáo dục [kĩ năng sống|kĩ năng kiểm soát cảm xúc] [cho học sinh cá biệt|qua hoạt động]", (
                    (
                        "Tôi [dạy em cách \"dừng lại, hít thở, đếm đến mười\"|hướng dẫn em một vài cách giữ bình tĩnh] [khi cảm thấy tức giận|trước khi phản ứng với bạn], [và cùng em luyện qua các tình huống đóng vai|rồi luyện tập qua những tình huống giả định].",
                        "[Khi có xích mích thật|Lần sau có mâu thuẫn], [em đã tự rời khỏi chỗ đó và đến tìm cô|em biết dừng lại và nói với cô thay vì đánh bạn], [một thay đổi rất đáng ghi nhận|tôi khen ngợi em ngay].",
                    ),
                    (
                        "[Giờ sinh hoạt lớp|Một số tiết sinh hoạt] [được dành cho chủ đề kĩ năng sống|xoay quanh kĩ năng kiểm soát cảm xúc và giải quyết mâu thuẫn], [cả lớp cùng thảo luận tình huống|học sinh cùng sắm vai và tìm cách xử lí].",
                        "[Em cá biệt tham gia như mọi bạn|Học sinh cá biệt không bị chỉ đích danh], [nên không thấy bị \"nhắm vào\"|nhờ vậy em tiếp thu thoải mái hơn].",
                    ),
                    (
                        "Tôi [cho lớp xem video ngắn|chiếu đoạn phim] [về hậu quả của bạo lực học đường|về một vụ xô xát của học sinh được báo chí đưa tin], [rồi để các em viết suy nghĩ|sau đó các em chia sẻ cảm nhận].",
                        "[Bài viết của em cá biệt|Những dòng em viết] [cho thấy em đã suy nghĩ nghiêm túc|khiến tôi bất ngờ vì sự chân thành], [tôi dùng đó làm điểm tựa để trò chuyện riêng với em|và từ đó cô trò hiểu nhau hơn].",
                    ),
                )),
                ("Tạo cơ hội [để học sinh cá biệt|cho em] [thể hiện năng khiếu|khẳng định bản thân] [trong hoạt động của lớp|trước tập thể]", (
                    (
                        "[Phát hiện em {ten} vẽ rất đẹp|Biết em có năng khiếu vẽ], tôi [nhờ em trang trí báo tường của lớp dịp 20/11|giao em phụ trách trang trí bảng tin], [việc mà trước đó chưa ai nghĩ đến em|điều khiến em rất bất ngờ].",
                        "[Em làm việc say mê đến tối|Em dồn hết tâm sức], [sản phẩm được cả trường khen|báo tường của lớp đạt giải], [em được tuyên dương dưới cờ|lần đầu tiên em được khen trước toàn trường].",
                        "[Từ đó|Sau lần ấy], [em tự tin hơn|em thay đổi rõ rệt], [ít vi phạm nội quy|và bắt đầu chú ý hơn đến việc học].",
                    ),
                    (
                        "[Với em hiếu động, thích thể thao|Với em nghịch ngợm nhưng khỏe mạnh], tôi [mời em tham gia đội bóng của lớp|giao em làm đội trưởng đội kéo co], [với điều kiện giữ nề nếp trong giờ học|kèm cam kết về chuyên cần].",
                        "[Trong các trận đấu|Khi thi đấu], [em chơi hết mình và được các bạn cổ vũ|em trở thành người dẫn dắt cả đội], [lớp đạt giải trong hội khỏe Phù Đổng cấp trường|em góp công lớn vào thành tích chung].",
                        "[Được ghi nhận ở thế mạnh của mình|Có chỗ để thể hiện], [em giữ lời hứa về nề nếp|em cố gắng giữ kỉ luật để không mất vị trí trong đội].",
                    ),
                    (
                        "Tôi [mời em dẫn chương trình văn nghệ chào mừng ngày 8/3|cho em tham gia dẫn một tiết mục] [vì em nói năng lưu loát|khi nhận thấy em có khiếu ăn nói], [dù trước đó em thường bị nhắc vì nói chuyện riêng|biến \"điểm yếu\" thành thế mạnh].",
                        "[Em tập luyện nghiêm túc|Em chuẩn bị kĩ lưỡng cùng cô] [và dẫn chương trình rất duyên dáng|và được cả lớp vỗ tay].",
                        "[Cảm giác được tin tưởng|Thành công ấy] [giúp em thay đổi cách nhìn về bản thân|khiến em cư xử chững chạc hơn trong lớp].",
                    ),
                )),
                ("Theo dõi [và đánh giá|thường xuyên] [sự thay đổi|tiến bộ] của học sinh cá biệt [bằng sổ nhật kí|qua từng tháng]", (
                    (
                        "Tôi [ghi một cuốn sổ nhật kí riêng|lập một sổ theo dõi] [cho mỗi học sinh cần giúp đỡ|cho các em cá biệt], [ghi những hành vi, việc tốt và lỗi vi phạm theo ngày|ghi ngắn gọn mỗi khi có sự việc].",
                        "[Cuối mỗi tháng|Định kì], [tôi đọc lại nhật kí|tôi tổng hợp] [để thấy xu hướng thay đổi của em|và so sánh với tháng trước], [điều chỉnh cách hỗ trợ cho phù hợp|rồi đặt mục tiêu mới cùng em].",
                        "[Nhờ ghi chép đều|Có sổ theo dõi], [tôi có căn cứ cụ thể|tôi trao đổi với phụ huynh bằng sự việc rõ ràng] [khi trao đổi với gia đình và nhà trường|thay vì nhận xét cảm tính].",
                    ),
                    (
                        "[Hằng tháng|Định kì], tôi [báo cáo tình hình học sinh cá biệt|trao đổi về các em cần giúp đỡ] [với Ban giám hiệu và Tổng phụ trách Đội|trong cuộc họp giáo viên chủ nhiệm], [để nhà trường cùng hỗ trợ|xin ý kiến chỉ đạo].",
                        "[Những trường hợp phức tạp|Các tình huống khó] [được bàn cách xử lí chung|được nhà trường phối hợp với chính quyền, công an xã khi cần].",
                        "[Sự phối hợp|Báo cáo thường xuyên] [giúp việc giáo dục nhất quán|giúp tôi không phải đơn độc trong xử lí].",
                    ),
                    (
                        "[Cuối mỗi tháng|Định kì], [em tự đánh giá bằng phiếu có các câu hỏi|học sinh tự nhìn lại bản thân qua phiếu], như \"Em đã làm được gì tốt?\", \"Điều gì em muốn sửa tháng tới?\".",
                        "[Tôi ngồi đọc phiếu cùng em|Cô trò cùng trao đổi về phiếu], [khen những điều em tự nhận ra|ghi nhận sự trung thực của em].",
                        "[Tự đánh giá|Việc tự nhìn lại] [giúp em ý thức hơn về hành vi của mình|hình thành dần khả năng tự điều chỉnh].",
                    ),
                )),
            ),
        },
        {
            "key": "cn_tap_the",
            "phrase": "tập thể lớp tự quản",
            "levels": ("tieu_hoc", "thcs", "thpt"),
            "titles": (
                "xây dựng tập thể lớp tự quản [vững mạnh|, đoàn kết] [ở|tại] {lopcn}",
                "[phát huy vai trò|] tập thể lớp tự quản [trong công tác chủ nhiệm|] {lop}",
            ),
            "ideas": (
                ("[Lựa chọn|Bầu chọn] và [bồi dưỡng|tập huấn] [đội ngũ|ban] cán sự lớp [có năng lực|gương mẫu]", (
                    (
                        "[Sau|Sau khoảng] {tuan} tuần [đầu năm|quan sát], [tôi|giáo viên] [để|cho] [cả lớp|{hs}] [tự ứng cử, đề cử|bầu] [ban cán sự|hội đồng tự quản] [một cách|] [dân chủ|công khai] [thay vì|chứ không] [chỉ định|áp đặt].",
                        "[Ban cán sự|Các em cán sự] [được|] [tập huấn|hướng dẫn] [cách|] [điều hành|điều khiển] [giờ truy bài|sinh hoạt lớp], [ghi|chấm] [sổ theo dõi|điểm thi đua] [và|,] [báo cáo|nhận xét] [trước lớp|cuối tuần].",
                        "[Mỗi tháng|Định kì], [ban cán sự|các chức danh] [được|] [luân phiên|thay đổi] [một phần|] [để|nhằm] [nhiều em|em nào cũng] [được|có cơ hội] [rèn|phát triển] [kĩ năng|năng lực] [lãnh đạo|tự quản].",
                    ),
                    (
                        "[Đầu năm|Tuần đầu], [tôi để lớp tự ứng cử, đề cử|cả lớp bầu ban cán sự] [sau một tuần quan sát|qua bỏ phiếu kín], [chứ không chỉ định|thay vì giáo viên chọn].",
                        "[Ban cán sự được tập huấn|Tôi hướng dẫn các em] [cách điều hành tiết sinh hoạt, ghi sổ|nhiệm vụ cụ thể] [trong hai buổi|trước khi nhận việc].",
                        "[Ban cán sự do lớp bầu|Đội ngũ tự chọn] [được các bạn tôn trọng|làm việc tích cực].",
                    ),
                    (
                        "[Tôi luân phiên|Vị trí cán sự] [được thay đổi mỗi học kì|có nhiệm kì], [để nhiều em có cơ hội|rèn luyện].",
                        "[Các em|Học sinh] [trưởng thành|tự tin].",
                        "[Luân phiên|Hoạt động] [công bằng|phát triển].",
                    ),
                )),
                ("[Đổi mới|Tổ chức] giờ sinh hoạt lớp [theo chủ đề|do học sinh điều hành]", (
                    (
                        "[Giờ sinh hoạt lớp|Tiết sinh hoạt] [không còn|không chỉ là] [buổi|giờ] [\"kiểm điểm\"|phê bình] mà [được|] [tổ chức|thiết kế] [thành|theo] [chủ đề|các chủ đề] [như|] [\"Tri ân thầy cô\", \"Mùa xuân yêu thương\"|\"An toàn giao thông\", \"Sống đẹp\"].",
                        "[Ban cán sự|Các tổ] [chuẩn bị|luân phiên chuẩn bị] [nội dung|chương trình] [gồm|với] [phần|] [tổng kết tuần|nhận xét thi đua], [phần|] [tiểu phẩm, trò chơi|văn nghệ, chia sẻ] [và|,] [kế hoạch|phương hướng] [tuần tới|tuần sau].",
                        "[Tôi|Giáo viên] [chỉ|chủ yếu] [đóng vai trò|giữ vai trò] [cố vấn|định hướng], [góp ý|nhận xét] [ngắn gọn|khi cần], [để|giúp] {hs} [tự tin|mạnh dạn] [điều hành|làm chủ] [buổi sinh hoạt|giờ sinh hoạt].",
                    ),
                    (
                        "[Giờ sinh hoạt lớp|Tiết sinh hoạt] [do lớp trưởng điều hành|có kịch bản], [các tổ báo cáo|nhận xét], [phần còn lại dành cho chủ đề|có hoạt động vui].",
                        "[Mỗi tuần một chủ đề|Chủ đề] [như an toàn giao thông, tình bạn|do học sinh đề xuất].",
                        "[Sinh hoạt chủ đề|Hoạt động] [hấp dẫn|bổ ích].",
                    ),
                    (
                        "[Tôi hướng dẫn ban cán sự|Lớp trưởng] [chuẩn bị kịch bản|trước], [tôi chỉ góp ý|hỗ trợ].",
                        "[Học sinh|Các em] [tự tin|chủ động].",
                        "[Tự điều hành|Hoạt động] [phát triển|hiệu quả].",
                    ),
                )),
                ("[Xây dựng|Thiết lập] [nội quy lớp|quy ước] [và|cùng] [phong trào|hình thức] thi đua [giữa các tổ|khoa học]", (
                    (
                        "[Đầu năm|Ngay từ đầu năm], [cả lớp|{hs}] [cùng|] [thảo luận|xây dựng] [nội quy|quy ước] [lớp|] [gồm|với] [những điều|quy định] [ngắn gọn|cụ thể], [dễ nhớ|dễ thực hiện], [do|chính] [các em|{hs}] [đề xuất|đưa ra].",
                        "[Bảng thi đua|{dc}] [giữa các tổ|] [được|] [cập nhật|ghi] [hằng ngày|hằng tuần] [theo|dựa trên] [các tiêu chí|tiêu chí] [học tập, nề nếp, vệ sinh, việc tốt|chuyên cần, học tập, nề nếp].",
                        "[Tổ|Cá nhân] [dẫn đầu|xuất sắc] [mỗi tháng|trong tháng] [được|] [tuyên dương|khen thưởng] [và|,] [chụp ảnh|ghi tên] [lên|trên] [bảng vinh danh|góc thi đua] [của lớp|].",
                    ),
                    (
                        "[Lớp cùng xây dựng nội quy|Học sinh đề xuất quy ước] [mười điều|ngắn gọn], [cả lớp biểu quyết|thông qua].",
                        "[Bảng thi đua|Cuộc thi đua giữa các tổ] [được chấm hằng ngày theo năm tiêu chí|có tiêu chí rõ ràng] [như đi học đúng giờ, vệ sinh lớp, phát biểu xây dựng bài|do chính lớp đề xuất], [tổ trưởng tự chấm và báo cáo cuối ngày|ban cán sự tổng hợp].",
                        "[Cuối tuần|Thứ Sáu], [tổ đứng đầu được cắm cờ thi đua|tổ nhất được tuyên dương và chọn chỗ ngồi], [tổ cuối phải đề ra cách khắc phục|tổ chưa tốt tự nêu hướng cố gắng].",
                    ),
                    (
                        "[Bảng thi đua|Thi đua tổ] [chấm điểm hằng ngày|theo tiêu chí], [tổ nhất được khen|tuần].",
                        "[Nội quy của lớp|Các quy ước] [được viết trên một tấm áp phích lớn|được trình bày đẹp] [có chữ kí của tất cả học sinh|treo ngay cạnh bảng], [để nhắc các em về cam kết chung|như một \"bản hợp đồng\" của cả lớp].",
                        "[Khi có bạn vi phạm|Nếu có bạn quên nội quy], [các bạn nhắc nhau bằng cách chỉ vào tấm áp phích|lớp trưởng chỉ cần nhắc đến điều đã kí], [không cần cô phải can thiệp|giảm hẳn việc cô phải nhắc nhở].",
                    ),
                )),
                ("Phân công [nhiệm vụ|việc] [cụ thể|vừa sức] [cho từng học sinh|để em nào cũng có trách nhiệm với lớp]", (
                    (
                        "Tôi [lập bảng \"Mỗi bạn một việc\"|xây dựng bảng phân công] [treo ở cuối lớp|cho cả lớp]: [bạn phụ trách tủ sách, bạn tưới cây, bạn tắt đèn quạt khi ra về, bạn nhắc giờ truy bài|mỗi học sinh nhận một việc nhỏ hằng ngày].",
                        "[Việc được luân phiên mỗi tháng|Mỗi tháng đổi việc một lần] [để các em thử nhiều vai trò|để ai cũng trải nghiệm], [em nào quên việc thì bạn cùng tổ nhắc|tổ trưởng kiểm tra].",
                        "[Khi ai cũng có việc|Được giao trách nhiệm], [các em coi lớp là của mình|học sinh tự giác giữ gìn lớp học], [lớp sạch đẹp mà cô không phải nhắc nhiều|nề nếp được duy trì].",
                    ),
                    (
                        "[Với những em nhút nhát|Những học sinh ít nói], [tôi giao việc cần giao tiếp|cô cố ý giao việc phải gặp gỡ người khác] [như đưa sổ đầu bài lên văn phòng, chuyển thông báo cho lớp bạn|để các em mạnh dạn hơn].",
                        "[Lúc đầu các em ngại|Ban đầu các em còn lúng túng], [nhưng làm nhiều lần thì quen|sau vài tuần đã tự tin], [có em sau đó còn ứng cử vào ban cán sự|có em về sau trở thành tổ trưởng].",
                        "[Phân công khéo|Giao việc có chủ đích] [giúp từng em phát triển|bù vào chỗ còn yếu của mỗi em].",
                    ),
                    (
                        "[Cuối mỗi tháng|Định kì], [lớp dành mười phút nhận xét việc được giao|mỗi bạn tự đánh giá việc mình phụ trách], [các bạn góp ý|tổ trưởng nhận xét] [và bình chọn người làm tốt nhất|và tuyên dương].",
                        "[Những bạn làm chưa tốt|Em nào còn quên] [được nhắc nhẹ nhàng|được bạn giúp], [không bị phê bình nặng nề|không bị trừ điểm thi đua ngay].",
                        "[Việc nhận xét công khai|Đánh giá định kì] [giúp các em có trách nhiệm hơn|rèn tính tự giác].",
                    ),
                )),
                ("Tổ chức [hoạt động tập thể|dã ngoại, văn nghệ, sinh nhật] [để gắn kết|xây dựng] [tập thể lớp|lớp học đoàn kết]", (
                    (
                        "[Cuối học kì I|Sau kì thi học kì], lớp [tổ chức buổi dã ngoại ở đồi thông gần trường|đi cắm trại ở công viên của xã], [học sinh tự lên kế hoạch, phân công mang đồ|ban cán sự lo chương trình, các tổ chuẩn bị trò chơi].",
                        "[Trong buổi dã ngoại|Tại điểm cắm trại], [những em ít chơi với nhau được xếp chung đội|các trò chơi được thiết kế để các tổ phải phối hợp], [nhiều bạn lần đầu nói chuyện với nhau|khoảng cách giữa các nhóm bạn được xóa dần].",
                        "[Sau chuyến đi|Trở về], [lớp đoàn kết hơn hẳn|tinh thần tập thể được nâng lên rõ rệt].",
                    ),
                    (
                        "[Lớp tổ chức sinh nhật chung theo tháng|Mỗi tháng lớp mừng sinh nhật cho các bạn sinh trong tháng] [vào giờ sinh hoạt cuối tháng|trong tiết sinh hoạt], [với bánh nhỏ, lời chúc và một tiết mục văn nghệ|không tốn kém nhưng ấm áp].",
                        "[Các bạn viết lời chúc vào tấm thiệp chung|Mỗi bạn ghi một lời chúc], [người được chúc rất xúc động|nhiều em giữ tấm thiệp rất lâu].",
                        "[Những buổi sinh nhật|Hoạt động nhỏ này] [gắn kết các em như anh em|giúp lớp ấm áp như một gia đình].",
                    ),
                    (
                        "[Dịp 20/11|Trong hội diễn văn nghệ của trường], [lớp dựng một tiết mục múa kết hợp hát|các tổ cùng góp ý dựng tiết mục], [em nào cũng có vai|kể cả những em không biết hát].",
                        "[Những buổi tập chung|Quá trình tập luyện] [giúp các em hiểu nhau|khiến các em gần gũi], [và thành tích đạt được là của cả lớp|dù đạt giải hay không].",
                        "[Sân khấu|Hoạt động văn nghệ] [tạo nên kỉ niệm chung|là chất keo gắn kết tập thể].",
                    ),
                )),
                ("Xây dựng [văn hóa ứng xử|môi trường thân thiện] [trong lớp học|yêu thương, tôn trọng]", (
                    (
                        "Lớp có [một \"góc yêu thương\"|bức tường \"Lời cảm ơn\"] [nơi học sinh dán giấy nhớ|để các em viết lời cảm ơn, lời xin lỗi] [gửi bạn bè, thầy cô|một cách kín đáo hoặc công khai].",
                        "[Mỗi tuần|Vào giờ sinh hoạt], [tôi đọc vài mẩu giấy hay|một vài lời nhắn được đọc to], [cả lớp vỗ tay|người được nhắc tên rất vui].",
                        "[Góc yêu thương|Những lời nhắn nhỏ] [giúp các em biết nói lời tốt đẹp|tạo không khí lớp học ấm áp].",
                    ),
                    (
                        "Tôi [dạy học sinh ba lời nói \"thần kì\": chào, cảm ơn, xin lỗi|thống nhất với lớp cách ứng xử hằng ngày] [và làm gương trước|bắt đầu từ chính cô giáo], [như cảm ơn khi học sinh giúp mang sách|như xin lỗi khi cô nhầm].",
                        "[Khi thấy cô làm vậy|Nhìn cô làm], [các em bắt chước rất tự nhiên|học sinh dần quen dùng lời lẽ lịch sự với nhau].",
                        "[Văn hóa ứng xử|Nếp lịch sự] [trở thành thói quen của lớp|được nhiều giáo viên bộ môn khen].",
                    ),
                    (
                        "[Lớp cam kết|Cả lớp thống nhất] [\"không bắt nạt, không trêu chọc ngoại hình\"|không nói xấu, không cô lập bạn] [và kí vào bản cam kết|treo bản cam kết trên tường].",
                        "[Khi có chuyện|Nếu xảy ra trêu chọc], [lớp họp ngay để bàn cách giải quyết|tôi trò chuyện với các bên liên quan], [người có lỗi xin lỗi bạn|các em tự hòa giải].",
                        "[Môi trường an toàn|Lớp học không bạo lực] [giúp mọi em yên tâm đến trường|là điều phụ huynh đánh giá cao].",
                    ),
                )),
                ("Ghi nhận, [khen thưởng|biểu dương] [kịp thời|công bằng] [việc tốt của học sinh|những đóng góp cho tập thể]", (
                    (
                        "[Góc \"Việc tốt mỗi ngày\"|Một bảng nhỏ \"Việc tốt hôm nay\"] [ở cạnh bàn giáo viên|trên bảng tin lớp] [ghi tên những bạn làm việc tốt|ghi ngắn gọn] [như nhặt được của rơi, giúp bạn ốm chép bài|kèm việc làm cụ thể].",
                        "[Cuối tuần|Trong giờ sinh hoạt], [các bạn có tên được tuyên dương|tôi khen ngợi trước lớp] [và cộng điểm thi đua cho tổ|rồi chụp ảnh đăng lên nhóm phụ huynh].",
                        "[Việc tốt được ghi nhận|Nhờ được khen kịp thời] [lan tỏa trong lớp|làm các em thi nhau làm việc tốt].",
                    ),
                    (
                        "Tôi [viết những tấm \"giấy khen nhỏ\"|tự làm những phiếu khen bằng giấy màu] [ghi rõ em đã làm được gì|với lời khen cụ thể] [và gửi về gia đình|để em mang về khoe bố mẹ].",
                        "[Phụ huynh rất vui|Nhiều gia đình] [dán phiếu khen lên tường|giữ phiếu khen cẩn thận], [em nào cũng mong được nhận|trở thành món quà tinh thần quý giá].",
                        "[Lời khen viết tay|Phiếu khen nhỏ] [có sức động viên lớn|khích lệ các em cố gắng hơn].",
                    ),
                    (
                        "[Cuối tháng|Mỗi tháng], [lớp bình chọn \"Gương mặt tiêu biểu\"|học sinh bỏ phiếu chọn bạn tiêu biểu] [ở nhiều hạng mục|như học tập, giúp bạn, tiến bộ, năng nổ], [để nhiều em có cơ hội được ghi nhận|không chỉ học sinh giỏi].",
                        "[Ảnh các bạn được chọn|Tên các bạn tiêu biểu] [được dán lên bảng tin|được đọc trong giờ chào cờ của lớp].",
                        "[Bình chọn dân chủ|Cách khen thưởng đa dạng] [khích lệ mọi em phấn đấu|giúp mỗi em thấy mình có giá trị].",
                    ),
                )),
                ("Tổ chức [nhóm học tập tự quản|đôi bạn học tập] [trong lớp|để {hs} giúp nhau tiến bộ]", (
                    (
                        "Tôi [chia lớp thành các nhóm học tập bốn, năm em|lập các nhóm học tập tự quản] [có nhóm trưởng do các bạn bầu|có một bạn khá làm nhóm trưởng], [nhóm cùng ôn bài, kiểm tra bài tập về nhà|các thành viên giúp nhau trong học tập].",
                        "[Giờ truy bài đầu buổi|Mười lăm phút đầu giờ] [do nhóm trưởng điều hành|được các nhóm tự tổ chức], [các bạn chưa thuộc bài được nhóm kèm thêm|nhóm trưởng ghi kết quả vào sổ theo dõi].",
                    ),
                    (
                        "[Mỗi cặp \"đôi bạn cùng tiến\"|Các đôi bạn học tập] [đặt một mục tiêu chung cho tháng|có bảng mục tiêu nhỏ], [như bạn yếu hoàn thành bài tập mỗi ngày|như cả hai cùng đạt điểm khá một môn], [và tự theo dõi tiến độ hằng tuần|ghi kết quả vào bảng].",
                        "[Khi đôi bạn đạt mục tiêu|Cặp nào có tiến bộ], [cả hai được tuyên dương|lớp khen cả người giúp và người được giúp], [nên các em rất gắn bó|tạo động lực cho các cặp khác].",
                    ),
                    (
                        "[Cuối tuần|Vào giờ sinh hoạt], [các nhóm tự đánh giá theo tiêu chí chuyên cần, làm bài, giúp bạn|mỗi nhóm chấm điểm cho mình và nhóm bạn], [nhóm có nhiều tiến bộ được khen|kết quả được ghi lên bảng thi đua].",
                        "[Việc tự đánh giá|Đánh giá chéo giữa các nhóm] [giúp các em có trách nhiệm với nhóm|rèn tính tự giác và tinh thần tập thể].",
                    ),
                )),
                ("Ứng dụng [phần mềm|công nghệ] [hỗ trợ|trong] [quản lí lớp tự quản|công tác chủ nhiệm]", (
                    (
                        "Tôi [dùng ứng dụng ClassDojo|sử dụng một ứng dụng chấm điểm hành vi] [để ghi nhận những hành vi tốt của học sinh|cộng điểm khi các em giúp bạn, phát biểu, giữ vệ sinh], [phụ huynh xem được trên điện thoại|gia đình nhận thông báo ngay].",
                        "[Mỗi học sinh có một nhân vật hoạt hình riêng|Các em có hình đại diện vui nhộn] [và rất háo hức xem điểm của mình|nên thích thú theo dõi sự tiến bộ].",
                        "[Ứng dụng|Công cụ số] [giúp việc khen thưởng nhanh, minh bạch|giúp tôi nắm tình hình từng em dễ dàng hơn].",
                    ),
                    (
                        "[Ban cán sự|Lớp trưởng và các tổ trưởng] [có nhóm nhắn tin riêng|dùng một nhóm Zalo] [để trao đổi công việc hằng ngày|để thông báo lịch trực, nhắc việc], [tôi tham gia để theo dõi|cô chỉ góp ý khi cần].",
                        "[Các em tự họp trực tuyến|Ban cán sự tự bàn] [để chuẩn bị giờ sinh hoạt|để phân công các hoạt động], [rèn khả năng tổ chức|phát huy tính tự quản].",
                        "[Nhóm nhắn tin|Kênh trao đổi] [giúp công việc lớp trôi chảy|giúp thông tin đến kịp thời].",
                    ),
                    (
                        "[Điểm thi đua các tổ|Kết quả thi đua] [được lớp phó nhập vào bảng tính Google Sheets|được ghi trên một bảng tính trực tuyến], [tự động cộng và xếp hạng|có biểu đồ], [học sinh và phụ huynh đều xem được|công khai cho cả lớp].",
                        "[Bảng điểm minh bạch|Việc công khai] [khiến các tổ thi đua sôi nổi|làm các em tin tưởng vào sự công bằng].",
                        "[Lớp phó được rèn kĩ năng tin học|Học sinh vừa tự quản vừa luyện kĩ năng số].",
                    ),
                )),
                ("Phát động [phong trào|hoạt động] vì cộng đồng [trong tập thể lớp|để giáo dục lòng nhân ái]", (
                    (
                        "Lớp [phát động phong trào \"Kế hoạch nhỏ\"|thu gom giấy vụn, vỏ chai] [trong một tháng|suốt học kì I], [số tiền bán được dùng mua áo ấm cho một bạn khó khăn trong trường|để giúp bạn có hoàn cảnh đặc biệt].",
                        "[Các tổ thi đua thu gom|Học sinh mang giấy vụn từ nhà], [ban cán sự ghi chép, cân và công khai|lớp trưởng báo cáo số tiền trước lớp].",
                        "[Khi tận tay trao quà|Ngày trao quà], [các em rất xúc động|học sinh hiểu ý nghĩa của việc sẻ chia].",
                    ),
                    (
                        "[Dịp 27/7|Vào ngày Thương binh – Liệt sĩ], [lớp đến thăm một Mẹ Việt Nam anh hùng trong xã|học sinh đến thăm gia đình thương binh], [dọn dẹp nhà cửa, tặng quà|hát tặng và nghe kể chuyện].",
                        "[Các em chuẩn bị quà|Học sinh tự làm thiệp] [bằng tiền tiết kiệm|bằng tay], [và ghi lại cảm xúc sau chuyến thăm|và chia sẻ trong giờ sinh hoạt].",
                        "[Hoạt động|Chuyến thăm] [giáo dục lòng biết ơn|để lại ấn tượng sâu sắc].",
                    ),
                    (
                        "[Lớp nhận chăm sóc|Tập thể lớp đăng kí] [một đoạn đường trước cổng trường|bồn hoa ở sân trường], [mỗi tuần một tổ dọn dẹp, trồng hoa|luân phiên làm sạch và chăm sóc].",
                        "[Đoạn đường sạch đẹp|Bồn hoa tươi tốt] [được nhà trường khen|được người dân ghi nhận], [các em tự hào|học sinh có ý thức giữ gìn].",
                        "[Phong trào|Hoạt động] [giáo dục ý thức cộng đồng|gắn học sinh với môi trường sống].",
                    ),
                )),
            ),
        },
        {
            "key": "cn_phoi_hop",
            "phrase": "phối hợp với cha mẹ học sinh",
            "levels": ("tieu_hoc", "thcs", "thpt"),
            "titles": (
                "phối hợp với cha mẹ học sinh [trong công tác chủ nhiệm|để giáo dục học sinh] {lop}",
                "[nâng cao hiệu quả|tăng cường] phối hợp với cha mẹ học sinh [ở|tại] {lopcn}",
            ),
            "ideas": (
                ("[Đổi mới|Tổ chức] [cuộc họp|buổi họp] cha mẹ học sinh [theo hướng|một cách] [thân thiện|tích cực]", (
                    (
                        "[Thay vì|Không chỉ] [đọc|thông báo] [điểm số|kết quả] [và|,] [thu|nhắc] [các khoản|khoản đóng góp], [tôi|giáo viên] [tổ chức|thiết kế] [buổi họp|cuộc họp] [có|với] [phần|] [chia sẻ|trao đổi] [về|chủ đề] [nuôi dạy con|tâm lí lứa tuổi].",
                        "{hs} [được|] [mời|tham gia] [trình bày|chuẩn bị] [sản phẩm|tiết mục] [hoặc|,] [viết thư|thư cảm ơn] [gửi bố mẹ|cho cha mẹ], [tạo|khiến] [không khí|buổi họp] [ấm áp|gần gũi].",
                        "[Phụ huynh|Cha mẹ] [được|] [gặp riêng|trao đổi riêng] [với giáo viên|] [sau buổi họp|theo lịch hẹn] [về|để bàn về] [tình hình|những vấn đề] [riêng|cụ thể] [của con|].",
                    ),
                    (
                        "[Buổi họp phụ huynh đầu năm|Cuộc họp cha mẹ học sinh] [được tôi đổi mới|không chỉ đọc thông báo]: [chiếu video học sinh giới thiệu về mình|học sinh chuẩn bị thư gửi bố mẹ], [để phụ huynh xúc động|tạo không khí ấm áp].",
                        "[Phần chính|Nội dung] [trao đổi cách phối hợp|chia sẻ kế hoạch], [phụ huynh góp ý|thảo luận].",
                        "[Họp thân thiện|Cách tổ chức] [gắn kết|hiệu quả].",
                    ),
                    (
                        "[Tôi chia phụ huynh thành nhóm nhỏ|Phụ huynh thảo luận nhóm] [về chủ đề|như quản lí điện thoại của con], [chia sẻ kinh nghiệm|cùng bàn].",
                        "[Phụ huynh|Gia đình] [học hỏi lẫn nhau|thích].",
                        "[Thảo luận|Hoạt động] [thiết thực|bổ ích].",
                    ),
                )),
                ("Sử dụng [nhóm Zalo, sổ liên lạc điện tử|kênh liên lạc trực tuyến] [hiệu quả, văn minh|một cách khoa học] với phụ huynh", (
                    (
                        "[Lớp|{lopcn}] [có|lập] {dc} [với|gồm] [quy tắc|nội quy] [rõ ràng|cụ thể]: [chỉ|] [thông báo|trao đổi] [việc chung|thông tin chung], [không|tránh] [nêu tên|phê bình] [học sinh|cá nhân] [trong nhóm|công khai].",
                        "[Hằng tuần|Cuối tuần], [tôi|giáo viên] [gửi|đăng] [nhận xét|bản tin] [ngắn|chung] [về|tình hình] [lớp|học tập và nề nếp], [kèm|cùng] [hình ảnh|ảnh] [hoạt động|giờ học] [của các con|].",
                        "[Những vấn đề|Trường hợp] [riêng|cần lưu ý] [được|] [trao đổi|nhắn tin] [riêng|trực tiếp] [với|cho] [từng|] [phụ huynh|gia đình] [để|nhằm] [giữ|bảo đảm] [sự tế nhị|sự riêng tư] [cho học sinh|].",
                    ),
                    (
                        "Nhóm Zalo của lớp [có quy tắc từ đầu năm|được thống nhất nội quy]: [chỉ đăng thông báo chung|chỉ dùng cho thông tin chung], [việc riêng của từng em nhắn riêng cho cô|không bình luận về con nhà khác], [không đăng quảng cáo|không chia sẻ tin không liên quan].",
                        "Tôi [đăng kế hoạch tuần vào tối Chủ nhật|gửi thông báo đúng giờ cố định] [để phụ huynh tiện theo dõi|và chỉ nhắn trong khung giờ hợp lí], [tránh làm phiền gia đình vào đêm muộn|tôn trọng thời gian của phụ huynh].",
                        "[Nhóm liên lạc gọn gàng, văn minh|Nhờ quy tắc rõ], [phụ huynh đọc thông tin đầy đủ|không còn tình trạng tin quan trọng bị trôi].",
                    ),
                    (
                        "[Sổ liên lạc điện tử|Phần mềm liên lạc của trường] [được tôi cập nhật hằng tuần|được dùng để gửi nhận xét], [ghi nhận xét ngắn về học tập và nề nếp của từng em|kèm điểm số và chuyên cần].",
                        "[Phụ huynh phản hồi ngay trên ứng dụng|Gia đình có thể nhắn lại], [giúp hai bên trao đổi kịp thời|việc phối hợp nhanh hơn nhiều so với sổ giấy].",
                        "[Thông tin kịp thời|Liên lạc hai chiều] [giúp phụ huynh nắm được tình hình con|giúp gia đình nhắc nhở con đúng lúc].",
                    ),
                    (
                        "[Với những gia đình không dùng điện thoại thông minh|Với phụ huynh lớn tuổi], tôi [vẫn gọi điện hoặc gửi giấy báo|gửi thông báo bằng giấy qua học sinh], [để không ai bị bỏ sót thông tin|bảo đảm mọi gia đình đều nắm được].",
                        "[Tôi ghi lại những gia đình cần liên lạc trực tiếp|Danh sách các gia đình này được lưu riêng] [để chủ động gọi|để nhắc nhở kịp thời].",
                        "[Liên lạc đa kênh|Sự linh hoạt] [giúp mọi phụ huynh đều được kết nối|thể hiện sự tôn trọng với từng gia đình].",
                    ),
                )),
                ("[Thăm|Đến thăm] gia đình [học sinh|các em] [có hoàn cảnh đặc biệt|khó khăn] [và|để] [huy động|kết nối] [sự hỗ trợ|nguồn lực]", (
                    (
                        "[Tôi|Giáo viên] [lập|xây dựng] [danh sách|kế hoạch] [thăm gia đình|thăm hỏi] [học sinh|] [có hoàn cảnh khó khăn, mồ côi, bố mẹ đi làm xa|cần quan tâm] [và|,] [đến thăm|đến nhà] [vào|trong] [những ngày|thời gian] [cuối tuần|phù hợp].",
                        "[Qua|Sau] [những chuyến thăm|chuyến thăm], [tôi|giáo viên] [hiểu|nắm] [rõ hơn|kĩ hơn] [điều kiện học tập|hoàn cảnh] [của em|các em] và [đề xuất|kết nối] [hỗ trợ|giúp đỡ] [từ|với] [Hội cha mẹ học sinh|nhà hảo tâm|nhà trường] [như|] [sách vở, xe đạp, học bổng|quần áo, đồ dùng học tập].",
                    ),
                    (
                        "[Tôi đến thăm gia đình|Cô đến nhà] [học sinh khó khăn|ở xa], [trò chuyện|động viên].",
                        "[Qua chuyến thăm|Sau khi đến nhà], [tôi hiểu vì sao em thường mệt mỏi trong giờ học|tôi biết em phải chăm em nhỏ vì mẹ ốm], [nên điều chỉnh cách giao bài tập về nhà cho em|và bàn với gia đình cách sắp xếp thời gian cho em học].",
                        "[Gia đình cảm động vì cô đến thăm|Phụ huynh rất xúc động], [từ đó phối hợp với cô tích cực hơn|và thường xuyên liên lạc trao đổi về con].",
                    ),
                    (
                        "[Tôi kết nối với hội phụ huynh và nhà hảo tâm|Lớp vận động sự giúp đỡ] [tặng xe đạp, sách vở cho các em khó khăn|hỗ trợ học bổng nhỏ], [việc trao quà được tổ chức kín đáo|không công khai trước lớp] [để các em không tự ti|để giữ lòng tự trọng cho các em].",
                        "[Các em có thêm điều kiện đến trường|Nhờ sự hỗ trợ], [chuyên cần hơn|yên tâm học tập hơn].",
                    ),
                )),
                ("[Mời|Tổ chức cho] phụ huynh [tham gia|cùng] [các hoạt động của lớp|sự kiện với học sinh]", (
                    (
                        "Tôi [mời phụ huynh cùng tham gia|huy động phụ huynh] [buổi dã ngoại, ngày hội \"Tết sum vầy\"|các hoạt động lớn của lớp], [có phụ huynh hỗ trợ gói bánh chưng, có phụ huynh lo âm thanh|mỗi gia đình góp một phần việc].",
                        "[Phụ huynh chơi cùng các con|Bố mẹ cùng tham gia trò chơi] [và hiểu hơn về bạn bè của con|và thấy con mình trong tập thể], [nhiều người nói lần đầu biết con hoạt bát như vậy|gia đình gần gũi với lớp hơn].",
                        "[Sự hiện diện của phụ huynh|Hoạt động chung] [gắn kết gia đình và nhà trường|làm các em rất vui và tự hào].",
                    ),
                    (
                        "[Trong giờ sinh hoạt lớp|Ở một số tiết hướng nghiệp], tôi [mời phụ huynh đến giới thiệu nghề của mình|mời một bác sĩ, một kĩ sư, một chủ trang trại là phụ huynh] [kể về công việc|chia sẻ kinh nghiệm].",
                        "[Học sinh hỏi rất nhiều|Các em háo hức đặt câu hỏi] [về nghề nghiệp|về con đường học tập], [có em nói đã có ước mơ nghề nghiệp từ buổi đó|nhiều em tìm thấy cảm hứng].",
                        "[Buổi chia sẻ|Hoạt động] [vừa bổ ích cho học sinh|vừa giúp phụ huynh gắn bó với lớp].",
                    ),
                    (
                        "[Trong ngày hội trồng cây|Dịp đầu xuân], [phụ huynh và học sinh cùng trồng cây ở sân trường|mỗi gia đình trồng một cây mang tên con] [và cùng chăm sóc|đặt biển tên].",
                        "[Cây lớn lên cùng các em|Hàng cây] [trở thành kỉ niệm của lớp|nhắc các em về ngày cùng bố mẹ lao động].",
                        "[Hoạt động chung|Ngày hội] [gắn kết|tạo kỉ niệm đẹp cho cả lớp].",
                    ),
                )),
                ("Thông tin [thường xuyên|định kì] cho phụ huynh [về sự tiến bộ|tình hình học tập] của từng học sinh", (
                    (
                        "Tôi [gọi điện báo tin vui|nhắn tin khen] [cho phụ huynh|ngay khi học sinh có tiến bộ], [không chỉ liên lạc khi con mắc lỗi|để gia đình biết cả điều tốt], [như khi em đạt điểm cao bài kiểm tra, khi em giúp bạn|những tiến bộ nhỏ].",
                        "[Phụ huynh rất vui|Gia đình bất ngờ], [động viên con ở nhà|khen con], [quan hệ giữa cô và gia đình thân thiện hơn|phụ huynh tin tưởng cô hơn].",
                        "[Tin vui|Liên lạc tích cực] [tạo nên sự phối hợp tự nguyện|giúp gia đình sẵn lòng hợp tác].",
                    ),
                    (
                        "[Cuối mỗi tháng|Định kì], tôi [gửi phiếu nhận xét ngắn|gửi bản nhận xét] [cho từng gia đình|qua sổ liên lạc], [ghi rõ điểm mạnh, điều cần cố gắng và gợi ý gia đình hỗ trợ|với vài dòng cụ thể].",
                        "[Phụ huynh kí và ghi ý kiến|Gia đình phản hồi lại], [nhiều gia đình hỏi thêm cách kèm con|có phụ huynh xin gặp để bàn kĩ hơn].",
                        "[Phiếu nhận xét|Thông tin đều đặn] [giúp gia đình nắm rõ việc học của con|giúp hai bên cùng theo dõi].",
                    ),
                    (
                        "[Với học sinh cần hỗ trợ|Với những em có vấn đề], tôi [hẹn gặp riêng phụ huynh|mời gia đình đến trao đổi] [vào giờ phù hợp với gia đình|kể cả buổi tối], [bàn cụ thể kế hoạch giúp con|thống nhất cách phối hợp].",
                        "[Buổi gặp|Cuộc trao đổi] [diễn ra cởi mở|không mang tính \"triệu tập\"], [phụ huynh thấy được tôn trọng|gia đình sẵn lòng hợp tác].",
                        "[Gặp riêng|Trao đổi trực tiếp] [giúp giải quyết kịp thời|hiệu quả hơn tin nhắn].",
                    ),
                )),
                ("Hướng dẫn phụ huynh [phương pháp|kĩ năng] [đồng hành cùng con|giáo dục con] ở nhà", (
                    (
                        "Tôi [chia sẻ với phụ huynh|gửi cho gia đình] [những bài viết ngắn|tài liệu] [về cách trò chuyện với con tuổi mới lớn|về cách giúp con tự học], [kèm vài gợi ý cụ thể|dễ áp dụng].",
                        "[Nhiều phụ huynh phản hồi|Gia đình cho biết] [đã thay đổi cách nói chuyện với con|đã áp dụng và thấy con cởi mở hơn].",
                        "[Những gợi ý nhỏ|Tài liệu] [giúp phụ huynh tự tin hơn khi đồng hành cùng con|hỗ trợ thiết thực cho gia đình].",
                    ),
                    (
                        "[Nhà trường|Lớp] [tổ chức buổi chuyên đề dành cho phụ huynh|mời chuyên gia tâm lí nói chuyện] [về tâm lí lứa tuổi và cách phòng tránh nghiện điện thoại|về kĩ năng làm cha mẹ], [vào tối thứ Bảy|để nhiều phụ huynh tham dự được].",
                        "[Phụ huynh đặt nhiều câu hỏi|Các gia đình trao đổi sôi nổi] [từ chính câu chuyện nhà mình|về những khó khăn thực tế].",
                        "[Buổi chuyên đề|Hoạt động] [được phụ huynh đánh giá rất bổ ích|giúp nhiều gia đình thay đổi cách giáo dục con].",
                    ),
                    (
                        "Tôi [gợi ý phụ huynh|hướng dẫn gia đình] [lập thời gian biểu cùng con|sắp xếp góc học tập riêng cho con] [và dành mười lăm phút mỗi tối hỏi chuyện con|và tắt ti vi trong giờ con học].",
                        "[Những gia đình thực hiện|Phụ huynh làm theo] [thấy con tự giác học bài hơn|kể lại sự thay đổi của con].",
                        "[Hướng dẫn cụ thể|Gợi ý thiết thực] [dễ áp dụng|giúp gia đình biết bắt đầu từ đâu].",
                    ),
                )),
                ("Phát huy vai trò [Ban đại diện cha mẹ học sinh|hội phụ huynh] [trong các hoạt động|của lớp]", (
                    (
                        "Tôi [họp với Ban đại diện cha mẹ học sinh đầu năm|thống nhất với Ban đại diện] [bàn kế hoạch hoạt động của lớp|phân công hỗ trợ các phong trào], [để ban đại diện chủ động|để hội phụ huynh tự tổ chức một số việc].",
                        "[Ban đại diện|Các thành viên] [vận động phụ huynh tham gia|liên lạc với các gia đình], [hỗ trợ tổ chức ngày hội, dã ngoại|giúp cô rất nhiều].",
                        "[Phát huy ban đại diện|Hội phụ huynh tích cực] [giúp các hoạt động của lớp thuận lợi|giảm tải cho giáo viên chủ nhiệm].",
                    ),
                    (
                        "[Mọi khoản thu chi|Các khoản đóng góp tự nguyện] [do Ban đại diện quản lí|được công khai] [trên nhóm phụ huynh|sau mỗi hoạt động], [có hóa đơn, chứng từ|rõ ràng, minh bạch].",
                        "[Phụ huynh tin tưởng|Gia đình yên tâm], [không có ý kiến thắc mắc|sẵn lòng ủng hộ các hoạt động sau].",
                        "[Công khai minh bạch|Sự rõ ràng] [là điều kiện để phụ huynh đồng thuận|tạo niềm tin lâu dài].",
                    ),
                    (
                        "[Ban đại diện|Hội phụ huynh] [vận động nguồn lực|kết nối doanh nghiệp địa phương] [để mua sách cho tủ sách lớp, quạt cho phòng học|hỗ trợ học sinh khó khăn].",
                        "[Lớp có thêm điều kiện học tập|Nhờ sự vận động], [học sinh được học trong môi trường tốt hơn|nhiều em được hỗ trợ kịp thời].",
                        "[Vai trò của ban đại diện|Sự chung tay của phụ huynh] [rất quan trọng|thể hiện rõ hiệu quả].",
                    ),
                )),
                ("[Giải quyết|Xử lí] [mâu thuẫn, vướng mắc|khúc mắc] [với phụ huynh|khéo léo]", (
                    (
                        "[Khi có mâu thuẫn|Nếu phụ huynh không hài lòng], [tôi lắng nghe|cô bình tĩnh] [và giải thích|tìm hiểu].",
                        "[Có lần|Trong một lần], [một phụ huynh bức xúc vì con bị điểm kém|phụ huynh nhắn tin phản ánh gay gắt trên nhóm], tôi [không tranh luận trên nhóm|nhắn riêng] [mà mời phụ huynh đến trường trao đổi|và hẹn gặp trực tiếp].",
                        "[Khi được nghe giải thích cụ thể|Sau buổi gặp], [phụ huynh hiểu và thông cảm|hai bên thống nhất cách giúp con], [mâu thuẫn được giải quyết êm đẹp|từ đó phụ huynh trở thành người ủng hộ tích cực].",
                    ),
                    (
                        "[Tôi mời|Cô hẹn] [gặp trực tiếp|trao đổi] [thay vì nhắn tin|để tránh hiểu lầm].",
                        "Tôi [giữ nguyên tắc|luôn nhắc mình] [\"nghe trước, giải thích sau\"|bình tĩnh lắng nghe trọn vẹn] [khi phụ huynh không hài lòng|trong mọi tình huống], [ghi lại ý kiến|và cảm ơn phụ huynh đã phản ánh].",
                        "[Với những việc vượt quá thẩm quyền|Khi vấn đề phức tạp], [tôi báo cáo Ban giám hiệu cùng giải quyết|nhà trường tham gia], [để phụ huynh yên tâm|bảo đảm đúng quy định].",
                    ),
                    (
                        "[Có Ban giám hiệu|Nhà trường] [tham gia|hỗ trợ] [khi cần|giải quyết].",
                        "[Phụ huynh|Gia đình] [yên tâm|đồng thuận].",
                        "[Phối hợp|Hoạt động] [hiệu quả|kịp thời].",
                    ),
                )),
                ("Phối hợp [giáo dục đạo đức|kĩ năng] [giữa gia đình và nhà trường|thống nhất]", (
                    (
                        "[Tôi và phụ huynh|Gia đình và giáo viên] [thống nhất những quy tắc chung|cùng thỏa thuận] [như giờ đi ngủ, thời gian dùng điện thoại, giờ tự học|về nề nếp của các em], [ở trường và ở nhà đều giống nhau|để các em không \"nước đôi\"].",
                        "[Khi có sự thống nhất|Nhờ phối hợp chặt chẽ], [học sinh không thể \"nói ở nhà một kiểu, ở trường một kiểu\"|các em hình thành nề nếp nhanh hơn].",
                    ),
                    (
                        "[Học sinh có phiếu \"Việc tốt ở nhà\"|Mỗi em có phiếu rèn luyện ở nhà] [ghi những việc giúp đỡ gia đình|như quét nhà, nấu cơm, trông em], [phụ huynh kí xác nhận cuối tuần|gia đình ghi nhận].",
                        "[Phiếu được tổng hợp trong giờ sinh hoạt|Những việc tốt ở nhà được khen trên lớp], [giúp giáo dục ở trường và ở nhà liền mạch|các em thấy việc tốt ở đâu cũng được ghi nhận].",
                    ),
                    (
                        "[Học sinh làm việc nhà|Các em giúp gia đình] [phụ huynh xác nhận|ghi nhận].",
                        "[Học sinh|Các em] [trách nhiệm|vui].",
                        "[Hoạt động|Phối hợp] [ý nghĩa|giáo dục].",
                    ),
                )),
                ("[Ghi nhận|Cảm ơn] [sự đóng góp|những việc làm] của phụ huynh [kịp thời|trân trọng]", (
                    (
                        "[Cuối năm học|Trong buổi tổng kết], [học sinh làm thiệp cảm ơn|các em viết thư] [gửi bố mẹ và những phụ huynh đã giúp lớp|tặng Ban đại diện], [đọc lời cảm ơn trước buổi họp|trao tận tay].",
                        "[Nhiều phụ huynh xúc động|Phụ huynh rất vui] [khi nhận thiệp của con|trước lời cảm ơn chân thành], [và hứa tiếp tục đồng hành cùng lớp|hứa sẽ ủng hộ năm học sau].",
                        "[Lời cảm ơn|Sự ghi nhận] [gắn kết tình cảm|tạo động lực cho phụ huynh].",
                    ),
                    (
                        "[Trong các buổi họp|Khi họp phụ huynh], tôi [nêu tên, cảm ơn những gia đình đã hỗ trợ lớp|giới thiệu những việc làm đẹp của phụ huynh], [như phụ huynh sửa quạt, tặng sách cho lớp|những đóng góp cụ thể].",
                        "[Phụ huynh được nêu tên|Các gia đình được cảm ơn] [rất vui|thấy được trân trọng], [các phụ huynh khác cũng hưởng ứng|tạo phong trào hỗ trợ lớp].",
                        "[Ghi nhận công khai|Cảm ơn kịp thời] [lan tỏa tinh thần chung tay|là cách đơn giản mà hiệu quả].",
                    ),
                    (
                        "Tôi [đề xuất nhà trường tặng giấy khen|đề nghị Ban giám hiệu khen thưởng] [cho phụ huynh tiêu biểu|cho những gia đình có nhiều đóng góp] [trong lễ tổng kết năm học|trước toàn trường].",
                        "[Phụ huynh được khen|Các gia đình nhận giấy khen] [rất tự hào|rất xúc động], [con cái các em cũng tự hào về bố mẹ|học sinh hãnh diện về gia đình mình].",
                        "[Khen thưởng phụ huynh|Sự ghi nhận của nhà trường] [khích lệ phong trào phối hợp|giúp gắn kết gia đình – nhà trường bền chặt].",
                    ),
                )),
            ),
        },
    ),
}

QUAN_LY = {
    "key": "quan_ly",
    "name": "Quản lý giáo dục",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt", "mam_non", "phong"),
    "mon": "công tác quản lí",
    "duties": ("Hiệu trưởng", "Phó Hiệu trưởng phụ trách chuyên môn", "Phó Hiệu trưởng", "Chuyên viên Phòng Giáo dục và Đào tạo"),
    "slots": {
        "dc": ("phần mềm quản lí trường học", "hệ thống hồ sơ điện tử", "kế hoạch giáo dục nhà trường", "sổ theo dõi dự giờ", "biểu mẫu đánh giá", "nhóm chuyên môn trực tuyến", "bảng phân công nhiệm vụ"),
        "hd": ("sinh hoạt chuyên môn theo nghiên cứu bài học", "hội thảo chuyên đề", "ngày hội \"Trường học hạnh phúc\"", "phong trào \"Mỗi thầy cô một đổi mới\"", "chương trình \"Thầy cô dạy giỏi kèm cặp đồng nghiệp\""),
        "vd": ("việc đổi mới sinh hoạt tổ chuyên môn", "việc xây dựng kế hoạch giáo dục của trường", "đợt kiểm tra nội bộ học kì I", "việc bồi dưỡng giáo viên trẻ", "việc xây dựng thư viện xanh"),
    },
    "theory": (
        "[Quản lí|Công tác quản lí] [nhà trường|giáo dục] [là|được hiểu là] [hệ thống|những] [tác động|hoạt động] [có mục đích|có kế hoạch] [của|mà] [chủ thể quản lí|người quản lí] [đến|lên] [tập thể|đội ngũ] [giáo viên, nhân viên, học sinh|cán bộ, giáo viên] [nhằm|để] [thực hiện|đạt được] [mục tiêu giáo dục|mục tiêu đề ra].",
        "[Đội ngũ|Chất lượng đội ngũ] [giáo viên|nhà giáo] [là|giữ vai trò] [yếu tố|nhân tố] [quyết định|then chốt] [chất lượng giáo dục|thành công của đổi mới], [vì vậy|do đó] [bồi dưỡng|phát triển] [đội ngũ|giáo viên] [là|luôn là] [nhiệm vụ|khâu] [trọng tâm|đột phá] [của người quản lí|của nhà trường].",
        "[Theo|Căn cứ] Điều lệ [trường|nhà trường], [Hiệu trưởng|Ban giám hiệu] [chịu trách nhiệm|có nhiệm vụ] [xây dựng|tổ chức thực hiện] [kế hoạch|chiến lược] [phát triển|giáo dục] [nhà trường|] [và|,] [quản lí|chỉ đạo] [hoạt động chuyên môn|các hoạt động].",
    ),
    "reality": (
        "[Đội ngũ|Giáo viên] [của trường|nhà trường] [không đồng đều|chưa đồng đều] [về|trong] [năng lực|chuyên môn], [một số|vài] [giáo viên|đồng chí] [lớn tuổi|đã lớn tuổi] [ngại|chậm] [đổi mới|ứng dụng công nghệ thông tin], [một số|vài] [giáo viên trẻ|giáo viên mới] [còn thiếu|chưa có nhiều] [kinh nghiệm|].",
        "[Sinh hoạt tổ chuyên môn|Hoạt động chuyên môn] [còn|vẫn còn] [nặng về|thiên về] [hành chính|thủ tục], [chưa|ít] [đi sâu|tập trung] [vào|] [nghiên cứu bài học|những vấn đề chuyên môn cụ thể].",
    ),
    "topics": (
        {
            "key": "ql_sinh_hoat_chuyen_mon",
            "phrase": "sinh hoạt tổ chuyên môn",
            "levels": ("tieu_hoc", "thcs", "thpt", "mam_non"),
            "titles": (
                "[đổi mới|nâng cao chất lượng] sinh hoạt tổ chuyên môn [ở|tại] [trường|{truong_ngan}]",
                "chỉ đạo đổi mới sinh hoạt tổ chuyên môn [theo hướng nghiên cứu bài học|] [ở|tại] {truong_ngan}",
            ),
            "ideas": (
                ("Chỉ đạo sinh hoạt chuyên môn [theo|dựa trên] nghiên cứu bài học", (
                    (
                        "[Ban giám hiệu|Tôi] [chỉ đạo|hướng dẫn] [các tổ|tổ chuyên môn] [lựa chọn|chọn] [bài học|tiết dạy] [minh họa|để nghiên cứu] [ngay từ|vào] [đầu mỗi tháng|đầu học kì], [cùng|tập thể tổ cùng] [thiết kế|xây dựng] [kế hoạch bài dạy|bài dạy].",
                        "[Khi dự giờ|Trong giờ dự], [giáo viên dự|người dự] [tập trung|chú ý] [quan sát|vào] [hoạt động học|việc học] [của học sinh|của các em] [thay vì|chứ không] [soi|đánh giá] [giáo viên dạy|người dạy].",
                        "[Buổi thảo luận|Phần thảo luận] [sau giờ dạy|sau tiết dự] [xoay quanh|tập trung vào] [câu hỏi|những câu hỏi] [\"Học sinh học như thế nào?\", \"Khi nào học sinh gặp khó khăn?\"|\"Điều gì giúp học sinh học tốt hơn?\"] [để|nhằm] [rút ra|tìm ra] [bài học|cách điều chỉnh] [chung|cho cả tổ].",
                    ),
                    (
                        "[Tổ chuyên môn chọn một bài khó dạy|Mỗi tháng tổ chọn một bài học cụ thể] [để cùng thiết kế|làm bài nghiên cứu], [một giáo viên dạy minh họa|một thầy cô dạy], [cả tổ quan sát học sinh chứ không chấm giáo viên|người dự ngồi gần các nhóm học sinh để quan sát].",
                        "[Trong buổi thảo luận|Sau giờ dạy], [mọi người nói về việc học của học sinh|giáo viên chia sẻ điều mình thấy ở học sinh] [như em nào chưa tham gia, vì sao|chỗ nào các em còn lúng túng].",
                        "[Sinh hoạt theo nghiên cứu bài học|Cách sinh hoạt mới] [giúp không khí cởi mở|khiến giáo viên mạnh dạn chia sẻ] [và tập trung vào học sinh|thay cho việc \"bình giờ, xếp loại\"].",
                    ),
                    (
                        "Tôi [chỉ đạo các tổ|hướng dẫn tổ trưởng] [đăng kí chủ đề nghiên cứu từ đầu học kì|lập lịch dạy minh họa cả học kì], [luân phiên người dạy|để mỗi giáo viên đều được dạy ít nhất một lần].",
                        "[Ban giám hiệu dự cùng tổ|Tôi trực tiếp dự một số buổi] [nhưng không nhận xét theo kiểu đánh giá|với vai trò người học cùng], [để giáo viên không áp lực|tạo tâm lí thoải mái].",
                        "[Sau một năm|Đến cuối năm học], [các tổ đã có một bộ bài dạy được cải tiến|giáo viên quen với việc mở lớp cho đồng nghiệp dự].",
                    ),
                )),
                ("[Ứng dụng|Đẩy mạnh ứng dụng] công nghệ thông tin [trong|vào] [sinh hoạt|quản lí] [chuyên môn|tổ chuyên môn]", (
                    (
                        "[Mỗi tổ|Các tổ] [có|lập] {dc} [để|nhằm] [chia sẻ|lưu trữ] [kế hoạch bài dạy|tài liệu], [học liệu|video tiết dạy] [và|,] [góp ý|trao đổi] [trực tuyến|qua mạng] [trước|trước khi] [buổi sinh hoạt|họp tổ].",
                        "[Nhờ|Với] [cách làm|hình thức] [này|đó], [thời gian|thời lượng] [họp tổ|sinh hoạt] [được|] [rút ngắn|tiết kiệm], [tập trung|dành] [vào|cho] [những nội dung|vấn đề] [chuyên môn|trọng tâm] [cần|] [thảo luận|bàn bạc] [trực tiếp|kĩ].",
                    ),
                    (
                        "[Mỗi tổ có thư mục dùng chung trên Google Drive|Tổ chuyên môn lưu tài liệu trực tuyến] [gồm kế hoạch bài dạy, đề kiểm tra, học liệu|theo tuần], [giáo viên tải lên và dùng chung|tiết kiệm thời gian soạn].",
                        "[Lịch sinh hoạt|Các buổi họp tổ] [được tổ chức trực tuyến khi cần|kết hợp trực tiếp và trực tuyến], [nhất là khi giáo viên ở các điểm trường xa|thuận tiện cho giáo viên điểm lẻ].",
                        "[Ứng dụng công nghệ|Thư mục dùng chung] [giúp tổ làm việc hiệu quả|giảm giấy tờ đáng kể].",
                    ),
                    (
                        "[Tôi hướng dẫn giáo viên|Nhà trường tổ chức bồi dưỡng] [dùng biểu mẫu trực tuyến|thu thập ý kiến nhanh] [để khảo sát học sinh sau mỗi chuyên đề|đánh giá hiệu quả bài dạy].",
                        "[Kết quả khảo sát|Số liệu] [được đưa ra thảo luận|được dùng] [trong buổi sinh hoạt tổ|làm căn cứ điều chỉnh].",
                        "[Sinh hoạt có số liệu|Cách làm này] [sát thực tế|giúp thảo luận có căn cứ].",
                    ),
                )),
                ("[Phát huy|Nâng cao] vai trò [của|] tổ trưởng [chuyên môn|] [và|,] [giáo viên cốt cán|đội ngũ cốt cán]", (
                    (
                        "[Tôi|Ban giám hiệu] [tổ chức|mở] [buổi|các buổi] [bồi dưỡng|tập huấn] [kĩ năng|nghiệp vụ] [quản lí tổ|điều hành sinh hoạt] [cho|dành cho] [tổ trưởng|các tổ trưởng] [ngay từ|vào] [đầu năm|tháng 8].",
                        "[Tổ trưởng|Các tổ trưởng] [được|] [giao quyền|trao quyền] [chủ động|] [xây dựng|đề xuất] [kế hoạch|nội dung] [sinh hoạt|hoạt động] [của tổ|] [phù hợp|sát] [với|] [thực tế|tình hình] [của tổ|bộ môn].",
                        "[Giáo viên cốt cán|Những giáo viên giỏi] [được|] [phân công|giao] [kèm cặp|hỗ trợ] [giáo viên mới|đồng nghiệp trẻ] [theo|qua] {hd}.",
                    ),
                    (
                        "[Tôi giao quyền chủ động cho tổ trưởng|Tổ trưởng được trao quyền] [xây dựng kế hoạch tổ|phân công nhiệm vụ trong tổ], [Ban giám hiệu chỉ duyệt và hỗ trợ|chứ không can thiệp chi tiết].",
                        "[Giáo viên cốt cán|Những thầy cô có kinh nghiệm] [kèm cặp giáo viên trẻ|được phân công giúp đỡ đồng nghiệp mới] [theo từng cặp|trong cả năm].",
                        "[Phát huy đội ngũ|Trao quyền] [giúp tổ chủ động|nâng chất lượng sinh hoạt].",
                    ),
                    (
                        "[Hằng tháng|Định kì], [tôi họp với các tổ trưởng|Ban giám hiệu gặp tổ trưởng] [để nghe khó khăn|để tháo gỡ vướng mắc], [rút kinh nghiệm chung|thống nhất cách làm].",
                        "[Tổ trưởng|Các tổ trưởng] [chia sẻ cách làm hay|học hỏi lẫn nhau].",
                        "[Họp tổ trưởng|Hoạt động] [kịp thời|hiệu quả].",
                    ),
                )),
                ("Xây dựng [kế hoạch sinh hoạt chuyên môn|chủ đề sinh hoạt] [theo nhu cầu thực tế|của từng tổ]", (
                    (
                        "[Đầu năm|Khi xây dựng kế hoạch], [tôi đề nghị các tổ khảo sát giáo viên|các tổ tổng hợp khó khăn của giáo viên] [để chọn chủ đề sinh hoạt|làm căn cứ chọn chuyên đề], [tránh chủ đề hình thức|không chọn theo kiểu \"có cho đủ\"].",
                        "[Chủ đề được chọn|Các chuyên đề] [xuất phát từ vướng mắc thật|như dạy học sinh chậm, đánh giá theo Thông tư mới], [nên giáo viên quan tâm|nên mọi người tham gia tích cực].",
                        "[Sinh hoạt đúng nhu cầu|Chủ đề thiết thực] [mang lại hiệu quả rõ|được giáo viên đánh giá cao].",
                    ),
                    (
                        "[Kế hoạch của tổ|Lịch sinh hoạt] [được công khai|được gửi trước] [để giáo viên chuẩn bị|cho mọi người đọc trước tài liệu].",
                        "[Mỗi buổi có người chủ trì|Giáo viên thay nhau chủ trì] [và thư kí ghi biên bản ngắn|ghi kết luận].",
                        "[Chuẩn bị trước|Kế hoạch rõ] [giúp buổi sinh hoạt gọn, hiệu quả|tránh lan man].",
                    ),
                    (
                        "[Tôi dự sinh hoạt các tổ|Ban giám hiệu dự] [theo lịch luân phiên|để nắm tình hình], [góp ý kế hoạch|điều chỉnh].",
                        "[Tổ|Giáo viên] [được hỗ trợ|kịp thời].",
                        "[Chỉ đạo sát|Theo dõi] [hiệu quả|cần thiết].",
                    ),
                )),
                ("Tổ chức [chuyên đề|hội thảo] [cấp trường|liên trường] [để chia sẻ kinh nghiệm|giữa giáo viên]", (
                    (
                        "[Mỗi học kì|Định kì], [trường tổ chức một chuyên đề|chúng tôi tổ chức hội thảo] [về đổi mới phương pháp|về vấn đề giáo viên quan tâm], [có tiết dạy minh họa và thảo luận|mời giáo viên trường bạn dự].",
                        "[Mỗi chuyên đề|Buổi chuyên đề] [có một tiết dạy minh họa và hai, ba bài tham luận ngắn|gồm tiết dạy minh họa, phần thảo luận nhóm và tổng kết], [giáo viên được phân công chuẩn bị từ trước một tháng|để người trình bày có đủ thời gian chuẩn bị].",
                        "[Sau chuyên đề|Kết thúc buổi sinh hoạt], [tổ chuyên môn tổng hợp những cách làm hay thành văn bản ngắn|các kinh nghiệm được ghi thành tài liệu] [gửi cho toàn trường|lưu vào thư mục dùng chung].",
                    ),
                    (
                        "[Trường tôi|Chúng tôi] [phối hợp với ba trường trong cụm|liên kết với các trường lân cận] [luân phiên đăng cai chuyên đề mỗi học kì|để giáo viên được học hỏi cách làm của đồng nghiệp trường bạn].",
                        "[Giáo viên trường nhỏ|Các thầy cô ở điểm trường lẻ] [có cơ hội dự những tiết dạy hay|được giao lưu, mở rộng tầm nhìn], [điều mà sinh hoạt trong một tổ ít người khó có được|khắc phục tình trạng tổ chuyên môn quá ít người].",
                    ),
                    (
                        "[Tài liệu chuyên đề|Kết quả hội thảo] [được tổng hợp|được lưu], [chia sẻ cho giáo viên|áp dụng].",
                        "[Tài liệu và video tiết dạy minh họa|Sản phẩm của các chuyên đề] [được lưu trên thư mục dùng chung của cụm trường|được chia sẻ qua nhóm trực tuyến], [giáo viên không dự được vẫn xem lại|để ai cũng tham khảo được].",
                        "[Nhiều thầy cô đã áp dụng ngay|Không ít giáo viên vận dụng] [những kĩ thuật học được vào lớp mình|và chia sẻ lại kết quả ở buổi sinh hoạt sau].",
                    ),
                )),
                ("[Đổi mới|Cải tiến] [cách dự giờ, góp ý|đánh giá giờ dạy] [theo hướng hỗ trợ|thân thiện]", (
                    (
                        "[Tôi thay phiếu dự giờ cũ|Nhà trường dùng phiếu quan sát mới] [tập trung vào hoạt động học sinh|không chấm điểm giáo viên], [người dự ghi lại những gì thấy|theo các câu hỏi gợi ý].",
                        "[Trong buổi góp ý|Sau mỗi tiết dự], [người góp ý bắt đầu bằng những điều học sinh học được|mọi ý kiến phải dựa trên hoạt động cụ thể của học sinh], [rồi mới đề xuất một, hai điều có thể làm khác|kèm gợi ý thay thế cụ thể].",
                        "[Không khí buổi góp ý|Giờ rút kinh nghiệm] [nhẹ nhàng, cởi mở hơn trước|không còn căng thẳng], [giáo viên dạy minh họa không còn sợ \"bị bình\"|thầy cô mạnh dạn đăng kí dạy].",
                    ),
                    (
                        "[Giáo viên được khuyến khích|Nhà trường động viên thầy cô] [chủ động mời đồng nghiệp dự giờ mình|tự đăng kí để được góp ý] [khi muốn thử một cách dạy mới|khi gặp khó khăn với một lớp].",
                        "[Hình thức dự giờ tự nguyện|Việc mời dự giờ] [được nhiều giáo viên hưởng ứng|trở thành nét văn hóa của tổ], [số tiết dự giờ tăng lên mà không phải giao chỉ tiêu|giáo viên học hỏi nhau thường xuyên hơn].",
                    ),
                    (
                        "[Với sự đồng ý của giáo viên|Khi được người dạy cho phép], [một số tiết học được ghi hình|tôi quay lại tiết dạy] [để thầy cô tự xem lại|và người dạy tự nhận xét trước].",
                        "[Tự xem lại mình|Xem video giờ dạy của chính mình] [giúp giáo viên nhận ra những điều khó thấy khi đang đứng lớp|như nói quá nhiều, hỏi dồn dập, chưa bao quát lớp].",
                    ),
                )),
                ("Bồi dưỡng [giáo viên trẻ|đội ngũ mới] [thông qua kèm cặp|theo cặp]", (
                    (
                        "[Người hướng dẫn|Giáo viên cốt cán] [dự ít nhất hai tiết mỗi tháng của giáo viên trẻ|cùng soạn bài với giáo viên mới] [và góp ý cụ thể về cách tổ chức hoạt động, quản lí lớp|trao đổi cả kĩ năng làm công tác chủ nhiệm].",
                        "[Giáo viên trẻ|Các thầy cô mới] [cũng được dự giờ người hướng dẫn|được mời dự giờ đồng nghiệp giàu kinh nghiệm] [để học cách xử lí tình huống thực tế|để quan sát trực tiếp].",
                    ),
                    (
                        "[Cuối học kì I|Sau một học kì], [giáo viên trẻ dạy một tiết minh họa cấp tổ|thầy cô mới được giao dạy chuyên đề] [với sự hỗ trợ của người hướng dẫn|để tự khẳng định mình].",
                        "[Nhiều giáo viên trẻ|Các thầy cô] [đã tự tin đứng lớp|trưởng thành nhanh], [có người đạt giáo viên dạy giỏi cấp trường ngay năm thứ hai|được đồng nghiệp đánh giá cao].",
                    ),
                    (
                        "[Mỗi tháng|Định kì], [tôi gặp riêng các giáo viên trẻ|Ban giám hiệu trò chuyện với giáo viên mới] [để nghe khó khăn, tâm tư|không chỉ về chuyên môn mà cả cuộc sống].",
                        "[Những chia sẻ ấy|Các buổi gặp] [giúp tôi kịp thời hỗ trợ|giúp giáo viên trẻ cảm thấy được quan tâm] [và gắn bó với trường hơn|và yên tâm công tác].",
                    ),
                )),
                ("Tinh giản [hồ sơ, sổ sách|thủ tục hành chính] [trong sinh hoạt chuyên môn|để giáo viên tập trung cho dạy học]", (
                    (
                        "Tôi [rà soát toàn bộ hồ sơ giáo viên phải làm|cùng tổ trưởng thống kê các loại sổ sách] [đối chiếu với quy định hiện hành|theo Điều lệ trường], [bỏ những loại không bắt buộc|cắt bớt các biểu mẫu trùng lặp].",
                        "[Giáo viên chỉ còn những hồ sơ cần thiết|Số hồ sơ giảm gần một nửa], [phần lớn chuyển sang dạng điện tử|được lưu trên máy tính], [không phải chép tay như trước|không còn in ấn nhiều].",
                        "[Thời gian tiết kiệm được|Thời gian dôi ra] [được thầy cô dành cho soạn bài, chấm chữa|được dùng để đầu tư cho học sinh].",
                    ),
                    (
                        "[Biên bản sinh hoạt tổ|Các biên bản họp] [được làm theo mẫu ngắn một trang|chỉ ghi nội dung chính và kết luận] [thay vì ghi chép dài dòng|không phải chép lại toàn bộ ý kiến].",
                        "[Thư kí tổ|Người ghi biên bản] [điền ngay trên máy trong buổi họp|gửi lên thư mục chung ngay sau khi họp], [tổ trưởng chỉ việc kiểm tra|lưu trữ gọn gàng].",
                        "[Mẫu biên bản gọn|Cách làm đơn giản] [được các tổ hưởng ứng|giúp sinh hoạt tập trung vào chuyên môn].",
                    ),
                    (
                        "[Khi kiểm tra hồ sơ|Trong kiểm tra nội bộ], [nhà trường xem trực tiếp trên thư mục điện tử|Ban giám hiệu kiểm tra trực tuyến] [không yêu cầu in nộp|không bắt giáo viên mang hồ sơ lên].",
                        "[Giáo viên giảm áp lực|Thầy cô nhẹ nhõm hơn] [trong các đợt kiểm tra|và yên tâm hơn khi có kiểm tra].",
                        "[Đổi mới cách kiểm tra|Kiểm tra trực tuyến] [tiết kiệm giấy tờ|thể hiện sự tin tưởng với giáo viên].",
                    ),
                )),
                ("[Khuyến khích|Động viên] [giáo viên tự học|nghiên cứu] [và viết sáng kiến|đổi mới]", (
                    (
                        "[Mỗi giáo viên|Từng thầy cô] [đăng kí một đổi mới nhỏ trong năm|chọn một việc muốn cải tiến trong dạy học], [như cách kiểm tra bài cũ, cách giao bài tập về nhà|dù rất nhỏ], [báo cáo kết quả cuối học kì|chia sẻ trong buổi sinh hoạt tổ].",
                        "[Những đổi mới có hiệu quả|Cách làm hay] [được nhân rộng trong tổ|được khen thưởng], [và là tiền đề để viết sáng kiến kinh nghiệm|nhiều thầy cô phát triển thành sáng kiến].",
                    ),
                    (
                        "[Thư viện trường|Tủ sách chuyên môn] [được bổ sung sách về phương pháp dạy học, tâm lí học sinh|có thêm tài liệu mới hằng năm], [giáo viên mượn đọc và giới thiệu cho nhau|mỗi tháng một thầy cô giới thiệu một cuốn sách].",
                        "[Thói quen đọc|Việc đọc sách chuyên môn] [được hình thành trong đội ngũ|giúp giáo viên cập nhật kiến thức mới].",
                    ),
                    (
                        "[Tôi hỗ trợ giáo viên|Ban giám hiệu hướng dẫn] [viết sáng kiến|viết báo cáo].",
                        "[Tôi hướng dẫn giáo viên cách viết sáng kiến|Nhà trường tổ chức buổi hướng dẫn viết sáng kiến], [từ chọn đề tài, thu thập minh chứng đến trình bày|đúng yêu cầu của Hội đồng], [nhấn mạnh tính trung thực, không sao chép|yêu cầu viết từ chính việc mình đã làm].",
                        "[Giáo viên có sáng kiến được công nhận|Nhiều thầy cô] [tự tin chia sẻ trong tổ|được Hội đồng cấp huyện công nhận].",
                    ),
                )),
                ("[Đánh giá|Theo dõi] [hiệu quả|chất lượng] [sinh hoạt chuyên môn|định kì]", (
                    (
                        "[Cuối học kì|Định kì], [tôi khảo sát giáo viên|nhà trường lấy ý kiến] [về chất lượng sinh hoạt|bằng phiếu], [để điều chỉnh|rút kinh nghiệm].",
                        "[Kết quả học tập của học sinh|Chất lượng các bài kiểm tra] [được đối chiếu với nội dung sinh hoạt chuyên môn|được dùng để đánh giá hiệu quả sinh hoạt tổ], [ví dụ sau chuyên đề dạy đọc hiểu|xem kĩ năng nào của học sinh đã tiến bộ].",
                        "[Những số liệu cụ thể|Kết quả so sánh] [giúp tổ thấy việc nào hiệu quả|giúp Ban giám hiệu điều chỉnh chỉ đạo cho sát thực tế].",
                    ),
                    (
                        "[Tôi đối chiếu|Ban giám hiệu so sánh] [kết quả học sinh|chất lượng] [với hoạt động tổ|để thấy hiệu quả].",
                        "[Cuối năm học|Trong buổi tổng kết], [mỗi tổ tự đánh giá hoạt động|tổ trưởng báo cáo] [theo bộ tiêu chí do trường xây dựng|về số chuyên đề, tiết minh họa và kết quả học sinh].",
                        "[Các tổ học hỏi lẫn nhau|Những tổ làm tốt chia sẻ kinh nghiệm], [đề ra hướng cải tiến cho năm sau|để kế hoạch năm học mới sát hơn].",
                    ),
                    (
                        "[Các tổ tự đánh giá|Tổ trưởng báo cáo] [cuối năm|theo tiêu chí].",
                        "[Tổ|Giáo viên] [nhìn lại|rút kinh nghiệm].",
                        "[Tự đánh giá|Hoạt động] [hữu ích|thiết thực].",
                    ),
                )),
            ),
        },
        {
            "key": "ql_truong_hoc_hanh_phuc",
            "phrase": "trường học hạnh phúc",
            "levels": ("tieu_hoc", "thcs", "thpt", "mam_non"),
            "titles": (
                "xây dựng trường học hạnh phúc [tại|ở] {truong_ngan}",
                "[chỉ đạo|quản lí] xây dựng trường học hạnh phúc [ở|tại] [trường|{truong_ngan}]",
            ),
            "ideas": (
                ("[Xây dựng|Thống nhất] [bộ quy tắc ứng xử|văn hóa ứng xử] [trong|của] nhà trường", (
                    (
                        "[Nhà trường|Ban giám hiệu] [tổ chức|lấy ý kiến] [cán bộ, giáo viên, nhân viên, học sinh và cha mẹ học sinh|toàn thể hội đồng sư phạm] [để|nhằm] [xây dựng|hoàn thiện] [bộ quy tắc ứng xử|quy tắc ứng xử] [ngắn gọn|cụ thể], [dễ thực hiện|dễ nhớ].",
                        "[Quy tắc|Bộ quy tắc] [được|] [niêm yết|treo] [ở|tại] [các phòng học, phòng làm việc|những nơi dễ thấy] [và|,] [đưa vào|trở thành] [tiêu chí|nội dung] [thi đua|đánh giá] [hằng tháng|cuối năm].",
                        "[Cán bộ quản lí|Ban giám hiệu] [gương mẫu|làm gương] [thực hiện|trước], [lắng nghe|tôn trọng] [ý kiến|góp ý] [của|từ] [giáo viên|đồng nghiệp] [và|,] [giải quyết|xử lí] [công việc|mọi việc] [công khai, minh bạch|công bằng].",
                    ),
                    (
                        "[Nhà trường xây dựng bộ quy tắc ứng xử|Chúng tôi cùng giáo viên, học sinh soạn quy tắc ứng xử] [với ba nhóm: giáo viên với học sinh, đồng nghiệp, phụ huynh|ngắn gọn, dễ nhớ], [niêm yết ở các phòng|dán nơi dễ thấy].",
                        "[Mỗi tháng|Đầu mỗi tháng], [một nội dung được nhấn mạnh|nhà trường chọn một điều] [trong giờ chào cờ|để cả trường thực hiện].",
                        "[Quy tắc|Bộ quy tắc] [được thực hiện nghiêm|tạo môi trường thân thiện].",
                    ),
                    (
                        "[Tôi tổ chức cuộc thi|Trường phát động] [tình huống ứng xử|sân khấu hóa quy tắc], [học sinh và giáo viên tham gia|các lớp dự thi].",
                        "[Cuộc thi|Hoạt động] [sôi nổi|ý nghĩa].",
                        "[Ứng xử|Văn hóa] [được lan tỏa|cải thiện].",
                    ),
                )),
                ("[Tạo|Xây dựng] môi trường [xanh – sạch – đẹp|thân thiện] [và|với] [nhiều|các] [không gian|góc] [trải nghiệm|sáng tạo]", (
                    (
                        "[Nhà trường|Trường] [huy động|vận động] [các nguồn lực|xã hội hóa] [để|nhằm] [cải tạo|xây dựng] [sân chơi|khuôn viên], [trồng|bổ sung] [cây xanh|bồn hoa] [và|,] [thiết kế|làm] [góc đọc sách|khu vui chơi] [ngoài trời|dưới tán cây].",
                        "[Mỗi lớp|Các lớp] [nhận|được giao] [chăm sóc|phụ trách] [một|] [bồn hoa|khu vực] [trong trường|], [vừa|không chỉ] [làm đẹp|tạo cảnh quan] [vừa|mà còn] [giáo dục|rèn] [ý thức|trách nhiệm] [bảo vệ môi trường|cho học sinh].",
                    ),
                    (
                        "[Khuôn viên trường|Sân trường] [được trồng thêm cây xanh|được quy hoạch lại] [với góc đọc sách ngoài trời|có ghế đá, vườn hoa], [học sinh chăm sóc|các lớp nhận chăm sóc].",
                        "[Mỗi lớp nhận chăm sóc một bồn hoa|Các lớp được giao khu vực xanh], [học sinh trồng, tưới và nhổ cỏ theo lịch|có bảng tên lớp phụ trách], [nên khuôn viên luôn sạch đẹp|nên trường luôn xanh tươi].",
                        "[Góc đọc sách ngoài trời|Những chiếc ghế đá dưới tán cây] [trở thành nơi học sinh thích nhất giờ ra chơi|thu hút học sinh đọc sách, trò chuyện] [thay vì chạy nhảy nguy hiểm|giờ ra chơi trật tự hơn].",
                    ),
                    (
                        "[Chúng tôi dành một phòng học cũ|Một phòng trống] [làm \"không gian sáng tạo\"|cải tạo thành góc trải nghiệm] [với đồ dùng STEM, đồ chơi dân gian, giấy màu|có nhiều vật liệu để học sinh làm sản phẩm].",
                        "[Học sinh đến chơi, làm sản phẩm|Các em vào không gian sáng tạo] [vào giờ ra chơi và chiều thứ Sáu|theo lịch các lớp], [có giáo viên hỗ trợ|được thầy cô hướng dẫn].",
                    ),
                )),
                ("[Giảm|Tinh giản] [áp lực hành chính|hồ sơ, sổ sách] và [chăm lo đời sống tinh thần|quan tâm tâm tư] [của giáo viên|của đội ngũ]", (
                    (
                        "[Ban giám hiệu|Nhà trường] [rà soát|cắt giảm] [hồ sơ, sổ sách|những loại hồ sơ] [không cần thiết|trùng lặp], [chuyển|chuyển sang] [hồ sơ điện tử|quản lí trên phần mềm] [để|nhằm] [giáo viên|thầy cô] [có thêm thời gian|tập trung] [cho|vào] [chuyên môn|giảng dạy].",
                        "[Công đoàn|Nhà trường] [tổ chức|duy trì] [các hoạt động|hoạt động] [giao lưu|văn nghệ, thể thao] [và|,] [thăm hỏi|động viên] [kịp thời|] [khi|những lúc] [đồng nghiệp|giáo viên] [ốm đau|gặp khó khăn], [tạo|gắn kết] [không khí|tập thể] [đoàn kết|như một gia đình].",
                        "[Những|Các] [cố gắng|đóng góp] [của giáo viên|của mỗi người] [được|] [ghi nhận|khen ngợi] [kịp thời|công khai] [qua|bằng] [lời cảm ơn|thư khen] [trong|tại] [các buổi họp|cuộc họp hội đồng].",
                    ),
                    (
                        "Tôi [rà soát, bãi bỏ những loại sổ sách không bắt buộc|tinh giản hồ sơ giáo viên] [theo đúng quy định|theo Điều lệ trường], [chuyển phần lớn sang dạng điện tử|không bắt in ấn], [giúp thầy cô có thêm thời gian cho học sinh|để giáo viên tập trung cho chuyên môn].",
                        "[Các cuộc họp|Họp hội đồng] [được rút ngắn|chỉ bàn những việc cần thiết], [thông báo thường lệ gửi qua nhóm|không đọc lại văn bản trong họp], [giáo viên rất hoan nghênh|thời gian họp giảm một nửa].",
                        "[Giảm tải hành chính|Sự tinh giản] [là cách thiết thực nhất|giúp giáo viên thấy được quan tâm].",
                    ),
                    (
                        "[Công đoàn nhà trường|Chúng tôi] [tổ chức mừng sinh nhật giáo viên theo tháng|thăm hỏi khi thầy cô ốm đau, gia đình có việc], [tặng quà nhỏ và lời chúc|bằng những cử chỉ ân cần].",
                        "[Những việc làm nhỏ|Sự quan tâm] [khiến giáo viên thấy ấm áp|tạo sự gắn bó trong tập thể], [nhiều thầy cô nói trường như một gia đình|tình đồng nghiệp gần gũi hơn].",
                        "[Quan tâm tinh thần|Sự chia sẻ] [là nền tảng của trường học hạnh phúc|giúp đội ngũ đoàn kết].",
                    ),
                    (
                        "[Phòng giáo viên|Một góc nghỉ ngơi] [được trang bị ghế, bình trà, tủ sách nhỏ|được sắp xếp lại ấm cúng], [để thầy cô nghỉ ngơi giữa giờ|thư giãn sau tiết dạy].",
                        "[Giáo viên trò chuyện, chia sẻ|Thầy cô gặp nhau] [trong không khí thoải mái|thân mật hơn], [xóa bớt mệt mỏi|giảm căng thẳng].",
                        "[Không gian thân thiện|Góc nghỉ ngơi] [tuy nhỏ nhưng có ý nghĩa|được giáo viên rất thích].",
                    ),
                )),
                ("[Lắng nghe|Tiếp nhận] [ý kiến|tâm tư] [của học sinh, giáo viên|thường xuyên]", (
                    (
                        "[Tôi đặt hộp thư góp ý|Trường có hòm thư] [cho học sinh|ở sảnh], [đọc hằng tuần|trả lời].",
                        "[Những ý kiến trong hòm thư góp ý|Thư góp ý của học sinh] [được Ban giám hiệu đọc hằng tuần|được phân loại và chuyển bộ phận xử lí], [kết quả được thông báo dưới cờ|phản hồi công khai], [như sửa quạt lớp học, thay vòi nước|những việc làm cụ thể].",
                        "[Khi thấy ý kiến của mình được giải quyết|Được lắng nghe], [học sinh tin tưởng nhà trường|các em mạnh dạn góp ý hơn].",
                    ),
                    (
                        "[Mỗi học kì|Định kì], tôi [gặp riêng từng tổ giáo viên|trò chuyện với các thầy cô] [để nghe khó khăn trong công việc và cuộc sống|lắng nghe tâm tư], [ghi chép và giải quyết trong khả năng|có phản hồi cụ thể].",
                        "[Giáo viên cảm thấy được thấu hiểu|Những buổi trò chuyện] [giúp gắn bó với trường|tạo không khí cởi mở].",
                    ),
                    (
                        "[Phiếu khảo sát \"Mức độ hạnh phúc\"|Khảo sát ẩn danh] [được gửi cho học sinh, giáo viên mỗi học kì|được làm trực tuyến], [kết quả được công khai|dùng để điều chỉnh kế hoạch].",
                        "[Nhà trường|Ban giám hiệu] [biết những điều cần cải thiện|có căn cứ để hành động].",
                    ),
                )),
                ("Tổ chức [các sự kiện|ngày hội] [gắn kết|vui tươi] [giáo viên, học sinh và phụ huynh|toàn trường]", (
                    (
                        "[Mỗi năm|Hằng năm] trường tổ chức [ngày hội \"Xuân yêu thương\"|hội chợ cuối năm] [với gian hàng của các lớp, trò chơi dân gian, văn nghệ|có nhiều hoạt động vui], [tiền thu được dùng giúp học sinh khó khăn|để gây quỹ khuyến học].",
                        "[Giáo viên, học sinh, phụ huynh cùng tham gia|Cả trường cùng chung tay], [không khí rộn ràng|ai cũng vui], [nhiều phụ huynh nói lần đầu thấy trường vui như vậy|ngày hội để lại ấn tượng đẹp].",
                        "[Sự kiện chung|Ngày hội] [gắn kết mọi thành viên|tạo niềm tự hào về trường].",
                    ),
                    (
                        "[Trong các dịp lễ|Vào ngày hội thể thao], [giáo viên và học sinh cùng thi đấu giao hữu|thầy trò cùng thi kéo co, bóng đá], [tạo không khí vui vẻ, gần gũi|xóa khoảng cách thầy trò].",
                        "[Học sinh hò reo cổ vũ|Các em thích thú] [khi thấy thầy cô chơi hết mình|khi được thi đấu cùng thầy cô].",
                        "[Giao lưu|Hoạt động] [giúp thầy trò gần gũi|tạo kỉ niệm đẹp].",
                    ),
                    (
                        "[Nhà trường|Công đoàn] [tổ chức cho giáo viên đi tham quan, nghỉ dưỡng vào dịp hè|có chuyến dã ngoại cho cán bộ, giáo viên], [kết hợp học tập kinh nghiệm ở trường bạn|gắn với hoạt động trao đổi chuyên môn].",
                        "[Chuyến đi|Sau chuyến đi] [giúp thầy cô thư giãn|tăng sự đoàn kết], [trở lại năm học mới với nhiều năng lượng|giáo viên gắn bó hơn].",
                        "[Chăm lo tinh thần|Hoạt động] [góp phần giữ chân giáo viên|tạo động lực làm việc].",
                    ),
                )),
                ("[Phòng chống|Ngăn chặn] [bạo lực học đường|bắt nạt] [trong trường|kịp thời]", (
                    (
                        "[Nhà trường|Chúng tôi] [xây dựng quy trình tiếp nhận và xử lí bạo lực học đường|ban hành quy trình xử lí khi có bắt nạt] [rõ người chịu trách nhiệm ở từng bước|với thời hạn cụ thể], [phổ biến cho giáo viên và học sinh|niêm yết công khai].",
                        "[Khi có sự việc|Mỗi khi có phản ánh], [giáo viên chủ nhiệm phối hợp với tư vấn học đường xử lí ngay trong ngày|nhà trường vào cuộc ngay], [báo gia đình các em liên quan|bảo vệ học sinh bị bắt nạt].",
                    ),
                    (
                        "[Phòng tư vấn học đường|Tổ tư vấn] [mở cửa vào giờ ra chơi|có lịch trực cố định], [học sinh có thể đến chia sẻ kín đáo|các em tìm đến khi cần], [cán bộ tư vấn lắng nghe và hỗ trợ|với sự tôn trọng].",
                        "[Nhiều trường hợp bắt nạt được phát hiện sớm|Nhờ có kênh tư vấn], [được giải quyết trước khi trở nên nghiêm trọng|học sinh cảm thấy an toàn hơn khi ở trường].",
                    ),
                    (
                        "[Chuyên đề|Tuyên truyền] [phòng chống bạo lực|trong chào cờ].",
                        "[Học sinh|Các em] [hiểu|ý thức].",
                        "[Tuyên truyền|Hoạt động] [thiết thực|hiệu quả].",
                    ),
                )),
                ("[Ghi nhận|Khen thưởng] [kịp thời, công bằng|đúng người, đúng việc] [những đóng góp|những việc làm tốt] của giáo viên và học sinh", (
                    (
                        "Tôi [khen ngợi giáo viên ngay trong họp hội đồng|biểu dương kịp thời những thầy cô có đóng góp] [khi có kết quả tốt|không đợi đến cuối năm], [bằng lời cụ thể về việc đã làm|nêu rõ việc làm được ghi nhận].",
                        "[Giáo viên thấy công sức được nhìn nhận|Thầy cô có thêm động lực], [không khí tập thể tích cực hơn|mọi người sẵn sàng nhận thêm việc chung].",
                    ),
                    (
                        "[Học sinh có tiến bộ, có việc làm tốt|Các em tiêu biểu trong tuần] [được tuyên dương dưới cờ mỗi sáng thứ Hai|được đọc tên trước toàn trường], [không chỉ những em học giỏi|kể cả những em có nhiều cố gắng vượt khó].",
                        "[Sự ghi nhận rộng rãi|Cách khen này] [khuyến khích mọi học sinh phấn đấu|lan tỏa những điều tốt đẹp trong trường].",
                    ),
                    (
                        "[Bảng vinh danh ở sảnh trường|Góc tuyên dương cạnh phòng truyền thống] [giới thiệu gương mặt tiêu biểu của tháng|có ảnh và vài dòng về giáo viên, học sinh được khen], [được cập nhật đầu mỗi tháng|do Đội Thiếu niên phụ trách].",
                        "[Phụ huynh đến trường đều dừng lại xem|Học sinh thích thú tìm ảnh bạn mình], [tạo niềm tự hào chung|góp phần xây dựng văn hóa ghi nhận].",
                    ),
                )),
                ("Chăm lo [sức khỏe, đời sống|phúc lợi] [của giáo viên|đội ngũ] [thiết thực|kịp thời]", (
                    (
                        "[Nhà trường|Công đoàn] [tổ chức khám sức khỏe định kì cho giáo viên|phối hợp trạm y tế khám sức khỏe] [mỗi năm một lần|vào dịp hè], [phát hiện sớm bệnh để điều trị|để thầy cô yên tâm].",
                        "[Giáo viên|Thầy cô] [được tư vấn dinh dưỡng, tập luyện|được khuyến khích vận động], [câu lạc bộ cầu lông, dưỡng sinh của giáo viên hoạt động đều đặn|chiều thứ Năm có buổi tập thể dục chung].",
                        "[Sức khỏe tốt|Sự quan tâm] [giúp giáo viên làm việc hiệu quả|giảm số ngày nghỉ ốm].",
                    ),
                    (
                        "[Khi giáo viên gặp khó khăn|Với những thầy cô có hoàn cảnh đặc biệt], [nhà trường kịp thời thăm hỏi|công đoàn vận động hỗ trợ] [bằng tiền, bằng công sức|và bố trí lịch dạy linh hoạt], [để họ vượt qua|chia sẻ gánh nặng].",
                        "[Sự đùm bọc|Tình đồng nghiệp] [khiến giáo viên gắn bó với trường|được lan tỏa], [tập thể đoàn kết hơn|ai cũng cảm thấy được che chở].",
                    ),
                    (
                        "Tôi [bố trí thời khóa biểu hợp lí|sắp xếp lịch dạy] [để giáo viên có con nhỏ được đón con đúng giờ|ưu tiên giáo viên ở xa, có hoàn cảnh khó khăn], [trong phạm vi cho phép|mà vẫn bảo đảm chuyên môn].",
                        "[Giáo viên cảm thấy được thấu hiểu|Những điều chỉnh nhỏ] [giúp thầy cô yên tâm công tác|tạo sự gắn bó lâu dài].",
                        "[Quan tâm từ việc nhỏ|Sự linh hoạt] [là cách xây dựng trường học hạnh phúc|mang lại hiệu quả bền vững].",
                    ),
                )),
                ("[Xây dựng|Tạo] [lớp học hạnh phúc|lớp thân thiện] [từ giáo viên chủ nhiệm|ở mỗi lớp]", (
                    (
                        "[Nhà trường hướng dẫn giáo viên chủ nhiệm|Tôi chỉ đạo các lớp] [xây dựng \"lớp học hạnh phúc\"|tạo môi trường lớp thân thiện] [với nội quy do học sinh tự đặt, góc yêu thương, giờ sinh hoạt vui|bắt đầu từ những việc nhỏ].",
                        "[Mỗi tháng|Định kì], [các lớp chia sẻ cách làm hay|giáo viên chủ nhiệm trao đổi kinh nghiệm] [trong họp chủ nhiệm|để học hỏi lẫn nhau].",
                    ),
                    (
                        "[Tiêu chí \"lớp học hạnh phúc\"|Bộ tiêu chí] [gồm học sinh được tôn trọng, lớp không bạo lực, phụ huynh hài lòng|được xây dựng cùng giáo viên], [các lớp thi đua theo tiêu chí|được bình chọn mỗi học kì].",
                        "[Lớp đạt danh hiệu|Các lớp tiêu biểu] [được khen trước toàn trường|được tặng cờ thi đua], [tạo động lực cho giáo viên và học sinh|phong trào lan rộng].",
                    ),
                    (
                        "[Giáo viên chia sẻ|Thầy cô] [kinh nghiệm|cách làm] [trong họp|sinh hoạt].",
                        "[Giáo viên|Thầy cô] [học hỏi|áp dụng].",
                        "[Chia sẻ|Hoạt động] [hữu ích|hiệu quả].",
                    ),
                )),
                ("Phối hợp [phụ huynh, cộng đồng|các lực lượng xã hội] [cùng xây dựng|chung tay xây dựng] trường học hạnh phúc", (
                    (
                        "[Ban đại diện cha mẹ học sinh|Hội phụ huynh] [góp công cải tạo sân chơi, trồng cây xanh|tham gia làm đẹp khuôn viên trường] [vào các dịp cuối tuần|theo kế hoạch của nhà trường], [nhiều phụ huynh mang theo dụng cụ của gia đình|có phụ huynh góp cả vật liệu].",
                        "[Khuôn viên|Sân trường] [xanh, sạch, đẹp hơn|khang trang hơn], [phụ huynh tự hào vì có góp phần|gia đình gắn bó hơn với trường].",
                    ),
                    (
                        "[Các doanh nghiệp, nhà hảo tâm ở địa phương|Hội khuyến học xã] [tài trợ học bổng, tủ sách, đồ chơi ngoài trời|hỗ trợ học sinh có hoàn cảnh khó khăn], [theo đúng quy định về tài trợ|được công khai minh bạch].",
                        "[Học sinh được quan tâm|Các em có thêm điều kiện học tập], [trường có thêm nguồn lực|góp phần xây dựng môi trường thân thiện].",
                    ),
                    (
                        "[Phụ huynh được mời dự các ngày hội, buổi lễ của trường|Gia đình tham gia ngày hội \"Trường em hạnh phúc\"], [cùng vui với con và góp sức tổ chức|nhiều phụ huynh nhận làm tình nguyện viên].",
                        "[Sự hiện diện của gia đình|Sự gắn kết ấy] [làm các em vui và tự tin|giúp nhà trường và gia đình hiểu nhau hơn].",
                    ),
                )),
            ),
        },
        {
            "key": "ql_chuyen_doi_so",
            "phrase": "chuyển đổi số",
            "levels": ("tieu_hoc", "thcs", "thpt", "phong"),
            "titles": (
                "[đẩy mạnh|triển khai] chuyển đổi số trong [công tác quản lí|quản lí và dạy học] [ở|tại] {truong_ngan}",
                "[chỉ đạo|thực hiện] chuyển đổi số [trong|ở] [nhà trường|các trường học] [hiệu quả|]",
            ),
            "ideas": (
                ("[Số hóa|Chuyển đổi] [hồ sơ quản lí|sổ sách] [sang dạng điện tử|trên phần mềm]", (
                    (
                        "[Đơn vị|Tôi] [chỉ đạo|triển khai] [sử dụng|áp dụng] [sổ điểm điện tử, học bạ số|hồ sơ điện tử] [và|,] {dc} [thay thế|thay cho] [hồ sơ giấy|sổ sách giấy] [theo lộ trình|từng bước].",
                        "[Mỗi loại hồ sơ|Từng loại hồ sơ] [được|] [quy định|phân công] [người phụ trách|rõ người cập nhật], [thời hạn|thời gian] [cập nhật|nhập liệu] và [người kiểm duyệt|người kiểm tra] [cụ thể|].",
                        "[Việc|Việc tra cứu,] [tra cứu|báo cáo] [số liệu|thông tin] [trở nên|trở thành] [nhanh chóng|thuận tiện], [giảm|tiết kiệm] [đáng kể|] [giấy tờ, thời gian|chi phí in ấn].",
                    ),
                    (
                        "Tôi [chỉ đạo số hóa sổ điểm, học bạ|triển khai sổ điểm điện tử] [trên phần mềm quản lí trường học|theo hướng dẫn của Sở], [tập huấn giáo viên cách nhập và kiểm tra|hướng dẫn từng tổ].",
                        "[Giáo viên nhập điểm|Thầy cô cập nhật] [ngay sau kiểm tra|trên phần mềm], [phụ huynh xem qua ứng dụng|theo dõi].",
                        "[Số hóa|Phần mềm] [giảm giấy tờ|tiện lợi].",
                    ),
                    (
                        "[Hồ sơ|Văn bản] [được lưu trữ|được số hóa] [trên hệ thống|theo thư mục], [dễ tra cứu|nhanh].",
                        "[Nhà trường|Cán bộ] [tiết kiệm thời gian|hiệu quả].",
                        "[Lưu trữ|Số hóa] [khoa học|an toàn].",
                    ),
                )),
                ("[Bồi dưỡng|Nâng cao] [năng lực số|kĩ năng công nghệ thông tin] cho [giáo viên|đội ngũ]", (
                    (
                        "[Nhà trường|Đơn vị] [khảo sát|đánh giá] [năng lực số|kĩ năng] [của|] [từng giáo viên|đội ngũ] [và|rồi] [tổ chức|mở] [các lớp|lớp] [bồi dưỡng|tập huấn] [ngắn|theo nhóm] [phù hợp|với] [từng mức độ|nhu cầu].",
                        "[Giáo viên|Thầy cô] [thành thạo|giỏi công nghệ] [được|] [phân công|cử] [hỗ trợ|\"cầm tay chỉ việc\" cho] [đồng nghiệp|giáo viên lớn tuổi] [trong tổ|] [theo|qua] [nhóm|cặp].",
                        "[Kho học liệu số|Thư viện bài giảng điện tử] [của trường|] [được|] [xây dựng|tích lũy] [và|,] [chia sẻ|dùng chung] [cho|giữa] [toàn trường|các tổ] [để|nhằm] [tiết kiệm|giảm] [công sức|thời gian chuẩn bị].",
                    ),
                    (
                        "Tôi [tổ chức tập huấn|bồi dưỡng] [kĩ năng công nghệ|năng lực số] [cho giáo viên|theo nhu cầu], [giáo viên giỏi hướng dẫn đồng nghiệp|theo nhóm].",
                        "[Tôi khảo sát kĩ năng công nghệ của giáo viên|Đầu năm, nhà trường khảo sát năng lực số của đội ngũ] [để chia nhóm bồi dưỡng phù hợp|để biết ai cần hỗ trợ gì], [nhóm cơ bản học soạn bài trình chiếu, nhóm nâng cao học làm học liệu số|chia thành các mức].",
                        "[Giáo viên giỏi công nghệ|Những thầy cô thành thạo] [hướng dẫn đồng nghiệp theo cặp|làm \"người hỗ trợ\" cho tổ], [giáo viên lớn tuổi được kèm tận tình|nên ai cũng tiến bộ].",
                    ),
                    (
                        "[Trường thành lập tổ hỗ trợ công nghệ|Một nhóm giáo viên trẻ được phân công hỗ trợ kĩ thuật], [trực vào các buổi chiều|sẵn sàng giúp khi đồng nghiệp gặp sự cố], [từ nhập điểm đến sửa máy chiếu|xử lí các vướng mắc thường gặp].",
                        "[Giáo viên không còn ngại công nghệ|Thầy cô mạnh dạn ứng dụng công nghệ], [vì biết luôn có người giúp|vì được hỗ trợ kịp thời].",
                    ),
                )),
                ("Xây dựng [kho học liệu số|kho bài giảng điện tử] [dùng chung|của nhà trường]", (
                    (
                        "Tôi [chỉ đạo mỗi tổ xây dựng kho học liệu số|phát động các tổ đóng góp bài giảng] [theo từng chủ đề, từng khối lớp|sắp xếp theo chương trình], [lưu trên thư mục dùng chung|đặt trên ổ đĩa trực tuyến của trường].",
                        "[Học liệu|Các bài giảng] [được tổ trưởng kiểm duyệt trước khi đưa lên|được rà soát về nội dung và bản quyền], [bảo đảm chính xác|để chất lượng tin cậy].",
                        "[Kho học liệu|Nguồn tài liệu chung] [giúp giáo viên tiết kiệm thời gian soạn bài|giúp thầy cô học hỏi lẫn nhau].",
                    ),
                    (
                        "[Mỗi giáo viên|Từng thầy cô] [đóng góp ít nhất hai bài giảng tốt mỗi năm|gửi những học liệu tâm đắc] [và được ghi tên tác giả|có ghi nguồn rõ ràng], [tạo thói quen chia sẻ|lan tỏa tinh thần hợp tác].",
                        "[Sau hai năm|Dần dần], [kho đã có hàng trăm bài giảng, phiếu học tập, video|nguồn học liệu ngày càng phong phú] [phục vụ cả những tiết dạy thay|giúp giáo viên mới rất nhiều].",
                        "[Chia sẻ học liệu|Kho dùng chung] [nâng chất lượng dạy học đồng đều|tạo nét văn hóa chia sẻ trong trường].",
                    ),
                    (
                        "[Học sinh|Các em] [được truy cập một phần kho học liệu|được cấp đường dẫn xem video bài giảng] [để ôn bài ở nhà|khi nghỉ học vì ốm], [giúp các em không bị hổng kiến thức|hỗ trợ tự học].",
                        "[Phụ huynh|Gia đình] [cũng xem được|theo dõi việc học của con dễ hơn], [nhiều phụ huynh hoan nghênh|và đánh giá cao sự hỗ trợ của trường].",
                        "[Học liệu số|Tài nguyên mở] [mở rộng không gian học tập|giúp việc học không bị gián đoạn].",
                    ),
                )),
                ("Triển khai [phần mềm quản lí|hệ thống điều hành] [công việc nhà trường|trên môi trường số]", (
                    (
                        "Tôi [triển khai hệ thống quản lí văn bản, lịch công tác trên phần mềm|đưa việc điều hành lên môi trường số], [mọi thông báo, kế hoạch được gửi qua hệ thống|giao việc có thời hạn trên phần mềm], [giáo viên nhận thông tin nhanh|không cần họp để thông báo].",
                        "[Lịch công tác tuần|Kế hoạch tuần] [được đăng vào chiều thứ Sáu|được cập nhật trực tuyến], [ai cũng nắm được việc của mình|giúp mọi người chủ động].",
                        "[Điều hành trên phần mềm|Hệ thống số] [minh bạch, dễ theo dõi|giảm hẳn giấy tờ].",
                    ),
                    (
                        "[Nhà trường|Chúng tôi] [triển khai thu học phí, các khoản thu không dùng tiền mặt|hướng dẫn phụ huynh thanh toán qua ngân hàng], [có biên lai điện tử|minh bạch từng khoản].",
                        "[Phụ huynh không phải đến trường nộp tiền|Gia đình thanh toán mọi lúc], [giáo viên chủ nhiệm không phải thu tiền|giảm áp lực cho giáo viên].",
                        "[Thanh toán không tiền mặt|Cách làm mới] [an toàn, minh bạch|được phụ huynh hài lòng].",
                    ),
                    (
                        "[Các cuộc họp ngắn|Những cuộc họp không cần thiết trực tiếp] [được tổ chức trực tuyến|chuyển sang hình thức trực tuyến], [nhất là khi có điểm trường lẻ|giúp giáo viên không phải đi lại].",
                        "[Họp trực tuyến|Cách làm] [tiết kiệm thời gian, chi phí|linh hoạt], [biên bản được ghi ngay trên tài liệu chung|kết luận có ngay sau họp].",
                    ),
                )),
                ("Tổ chức [dạy học kết hợp trực tuyến|học tập trên môi trường số] [cho học sinh|linh hoạt]", (
                    (
                        "[Giáo viên|Các thầy cô] [dùng Google Classroom hoặc Teams|tạo lớp học trực tuyến] [để giao bài, nhận bài, nhận xét|cho từng lớp], [học sinh nộp bài bằng ảnh chụp hoặc tệp|các em nộp bài qua mạng].",
                        "[Khi học sinh nghỉ học|Trong thời gian nghỉ vì thời tiết], [việc học vẫn tiếp tục|các em vẫn theo kịp bài], [không bị gián đoạn|giúp chương trình không bị chậm].",
                        "[Lớp học trực tuyến|Hình thức kết hợp] [trở thành công cụ quen thuộc|bổ trợ hiệu quả cho lớp học trực tiếp].",
                    ),
                    (
                        "[Bài kiểm tra ngắn|Các bài luyện tập trắc nghiệm] [được làm trên phần mềm|được chấm tự động], [giáo viên có ngay thống kê câu đúng, sai|biết ngay phần nào học sinh chưa nắm].",
                        "[Giáo viên tiết kiệm thời gian chấm|Thầy cô có thêm thời gian] [để dạy lại phần yếu|để hỗ trợ học sinh].",
                        "[Kiểm tra trên phần mềm|Đánh giá số] [nhanh, chính xác|giúp điều chỉnh dạy học kịp thời].",
                    ),
                    (
                        "[Học sinh được học về kĩ năng số|Nhà trường lồng ghép kĩ năng số] [như tìm kiếm thông tin, bảo mật tài khoản|trong các tiết Tin học và sinh hoạt], [để dùng công nghệ an toàn|để học tập hiệu quả].",
                        "[Các em tự tin hơn|Học sinh thành thạo] [khi học trực tuyến|khi làm việc trên máy tính].",
                        "[Giáo dục kĩ năng số|Hoạt động] [chuẩn bị cho các em|cần thiết cho thời đại mới].",
                    ),
                )),
                ("[Từng bước|Tham mưu] [nâng cấp hạ tầng|trang bị thiết bị] [công nghệ|số] [cho nhà trường|phục vụ dạy học]", (
                    (
                        "Tôi [tham mưu với Phòng và chính quyền địa phương|lập kế hoạch đầu tư] [nâng cấp đường truyền internet, lắp wifi cho các phòng học|trang bị máy chiếu, ti vi cho lớp học], [theo lộ trình từng năm|phù hợp ngân sách].",
                        "[Đến nay|Sau ba năm], [tất cả phòng học đã có thiết bị trình chiếu|mạng đã phủ toàn trường], [giáo viên dạy học thuận lợi|đáp ứng yêu cầu chuyển đổi số].",
                        "[Hạ tầng được đầu tư|Thiết bị đầy đủ] [là nền tảng|giúp chuyển đổi số đi vào thực chất].",
                    ),
                    (
                        "[Nhà trường|Chúng tôi] [vận động phụ huynh và doanh nghiệp địa phương|huy động nguồn xã hội hóa] [tặng máy tính, ti vi cho trường|hỗ trợ thiết bị], [theo đúng quy định|công khai minh bạch].",
                        "[Nhờ sự chung tay|Với sự ủng hộ], [phòng tin học có thêm máy|các lớp có thêm thiết bị], [học sinh có điều kiện học tốt hơn|giảm tình trạng thiếu máy].",
                        "[Xã hội hóa|Huy động nguồn lực] [đúng quy định|mang lại hiệu quả rõ].",
                    ),
                    (
                        "Tôi [giao nhân viên thiết bị lập sổ theo dõi|phân công người phụ trách bảo trì] [tình trạng máy móc|lịch vệ sinh, kiểm tra thiết bị], [sửa chữa kịp thời khi hỏng|báo cáo hằng tháng].",
                        "[Thiết bị được bảo quản tốt|Máy móc bền hơn], [ít hỏng vặt|giảm chi phí sửa chữa].",
                        "[Bảo trì định kì|Quản lí thiết bị] [kéo dài tuổi thọ thiết bị|bảo đảm hoạt động liên tục].",
                    ),
                )),
                ("[Bảo đảm|Tăng cường] [an toàn thông tin|bảo mật dữ liệu] [trong quá trình chuyển đổi số|của nhà trường]", (
                    (
                        "Nhà trường [ban hành quy định về an toàn thông tin|xây dựng quy chế bảo mật] [như đặt mật khẩu mạnh, phân quyền truy cập, không chia sẻ tài khoản|quy định ai được xem, ai được sửa dữ liệu], [phổ biến cho toàn bộ cán bộ, giáo viên|kí cam kết thực hiện].",
                        "[Dữ liệu học sinh|Hồ sơ cá nhân] [được bảo vệ cẩn thận|chỉ người có thẩm quyền mới truy cập], [tránh lộ lọt thông tin|đúng quy định về bảo vệ dữ liệu cá nhân].",
                        "[Ý thức an toàn thông tin|Quy chế] [được nâng lên rõ rệt|giúp chuyển đổi số bền vững].",
                    ),
                    (
                        "[Dữ liệu quan trọng|Cơ sở dữ liệu của trường] [được sao lưu định kì hằng tháng|được lưu hai bản ở hai nơi], [phòng khi máy hỏng, mất dữ liệu|để khôi phục khi cần].",
                        "[Nhân viên phụ trách|Người quản trị] [kiểm tra bản sao lưu|ghi sổ sao lưu], [bảo đảm có thể khôi phục|đúng quy trình].",
                        "[Sao lưu định kì|Quy trình dự phòng] [giúp nhà trường yên tâm|tránh rủi ro mất dữ liệu].",
                    ),
                    (
                        "[Giáo viên được tập huấn|Nhà trường tổ chức buổi tập huấn] [nhận biết thư lừa đảo, đường link giả mạo|kĩ năng an toàn trên mạng], [vì đã có trường hợp tài khoản bị đánh cắp|rút kinh nghiệm từ sự cố thực tế].",
                        "[Sau tập huấn|Từ đó], [thầy cô cẩn thận hơn khi mở thư, nhập mật khẩu|không còn tình trạng lộ tài khoản].",
                        "[Tập huấn|Nâng cao nhận thức] [là cách phòng ngừa hiệu quả|giúp bảo vệ dữ liệu của trường].",
                    ),
                )),
                ("Kết nối [với phụ huynh|với gia đình học sinh] [qua nền tảng số|trên môi trường số]", (
                    (
                        "Nhà trường [triển khai sổ liên lạc điện tử|sử dụng ứng dụng liên lạc] [để gửi điểm, nhận xét, thông báo|cho phụ huynh], [gia đình nhận tin ngay trên điện thoại|thông tin đến nhanh và chính xác].",
                        "[Phụ huynh phản hồi|Gia đình trao đổi] [với giáo viên qua ứng dụng|khi cần], [mối liên hệ thường xuyên hơn|giúp phối hợp giáo dục kịp thời].",
                        "[Liên lạc số|Ứng dụng] [thuận tiện|được phụ huynh đánh giá cao].",
                    ),
                    (
                        "[Trang thông tin điện tử|Trang fanpage] [của trường|do tổ truyền thông phụ trách] [cập nhật hoạt động thường xuyên|đăng tin mỗi tuần], [công khai kế hoạch, thành tích|giới thiệu hình ảnh học sinh].",
                        "[Phụ huynh và cộng đồng|Người dân] [theo dõi, chia sẻ|biết nhiều hơn về trường], [tạo hình ảnh đẹp|tăng niềm tin với nhà trường].",
                        "[Truyền thông số|Trang thông tin] [minh bạch hoạt động|quảng bá hình ảnh nhà trường].",
                    ),
                    (
                        "[Các cuộc khảo sát ý kiến phụ huynh|Phiếu lấy ý kiến] [được thực hiện trực tuyến|qua biểu mẫu điện tử], [tổng hợp nhanh|có kết quả ngay], [giúp nhà trường nắm mong muốn của phụ huynh|để điều chỉnh kịp thời].",
                        "[Phụ huynh tham gia đông|Tỉ lệ phản hồi cao hơn hẳn phiếu giấy], [ý kiến đa dạng|nhiều góp ý thiết thực].",
                        "[Khảo sát trực tuyến|Lấy ý kiến số] [dân chủ|tiện lợi].",
                    ),
                )),
                ("[Theo dõi|Đánh giá] [mức độ|hiệu quả] [chuyển đổi số|ứng dụng công nghệ] [của nhà trường|định kì]", (
                    (
                        "Tôi [xây dựng bộ tiêu chí đánh giá chuyển đổi số|lập kế hoạch có chỉ số cụ thể] [như tỉ lệ giáo viên dùng học liệu số, tỉ lệ hồ sơ điện tử|theo hướng dẫn của ngành], [đánh giá mỗi học kì|theo dõi định kì].",
                        "[Kết quả được công khai|Số liệu] [trong họp hội đồng|cho toàn trường], [để mọi người thấy tiến độ|để có căn cứ điều chỉnh].",
                        "[Đánh giá có số liệu|Theo dõi định kì] [giúp chuyển đổi số thực chất|tránh hình thức].",
                    ),
                    (
                        "[Nhà trường khảo sát giáo viên|Phiếu khảo sát] [về những khó khăn khi ứng dụng công nghệ|về nhu cầu bồi dưỡng], [tổng hợp để lên kế hoạch hỗ trợ|để điều chỉnh].",
                        "[Ý kiến giáo viên|Những góp ý] [giúp kế hoạch sát thực tế|được đưa vào kế hoạch năm sau].",
                        "[Lắng nghe đội ngũ|Khảo sát] [giúp chuyển đổi số phù hợp|tăng sự đồng thuận].",
                    ),
                    (
                        "[Cuối năm|Trong tổng kết], [nhà trường báo cáo kết quả chuyển đổi số|tôi tổng hợp thành báo cáo] [với những việc làm được và chưa được|kèm bài học kinh nghiệm], [gửi Phòng Giáo dục|chia sẻ với trường bạn].",
                        "[Báo cáo|Tổng kết] [giúp nhìn lại cả năm|làm căn cứ cho kế hoạch mới].",
                    ),
                )),
                ("Khuyến khích [giáo viên sáng tạo|đổi mới] [với công nghệ|trong dạy học số]", (
                    (
                        "[Hằng năm|Mỗi năm học] [trường tổ chức cuộc thi bài giảng điện tử|phát động thi thiết kế học liệu số], [giáo viên tự nguyện tham gia|có giải thưởng], [sản phẩm đạt giải được đưa vào kho học liệu|bài hay được gửi dự thi cấp huyện].",
                        "[Cuộc thi|Phong trào] [khơi gợi sự sáng tạo|tạo động lực cho giáo viên trẻ].",
                        "[Thi đua|Hoạt động] [nâng chất lượng học liệu|lan tỏa phong trào chuyển đổi số].",
                    ),
                    (
                        "[Trong sinh hoạt chuyên môn|Ở mỗi buổi họp tổ], [dành mười phút \"giới thiệu một công cụ\"|một giáo viên giới thiệu ứng dụng hay] [như phần mềm tạo câu hỏi, công cụ vẽ sơ đồ|đã dùng hiệu quả].",
                        "[Đồng nghiệp|Thầy cô] [thử ngay trên máy|học hỏi lẫn nhau], [nhiều công cụ được áp dụng rộng|ứng dụng công nghệ lan tỏa nhanh].",
                        "[Chia sẻ|Hoạt động] [thiết thực|hiệu quả].",
                    ),
                    (
                        "[Những giáo viên tích cực ứng dụng công nghệ|Các thầy cô tiêu biểu] [được khen thưởng cuối năm|được ưu tiên cử đi tập huấn] [và được giao hướng dẫn đồng nghiệp|để phát huy].",
                        "[Sự ghi nhận|Khen thưởng] [tạo động lực|khuyến khích đổi mới].",
                    ),
                )),
            ),
        },
    ),
}

THU_VIEN = {
    "key": "thu_vien",
    "name": "Thư viện trường học",
    "kind": "teach",
    "levels": ("tieu_hoc", "thcs", "thpt"),
    "mon": "công tác thư viện",
    "duties": ("Nhân viên thư viện", "Nhân viên thư viện – thiết bị", "Giáo viên kiêm nhiệm công tác thư viện"),
    "slots": {
        "dc": ("tủ sách lớp học", "thư viện xanh", "phần mềm quản lí thư viện", "góc đọc ngoài trời", "mã QR giới thiệu sách", "bảng tin thư viện", "trang fanpage của thư viện"),
        "hd": ("ngày hội đọc sách", "cuộc thi \"Giới thiệu sách\"", "giờ đọc thư viện", "hoạt động \"Đổi sách cũ lấy sách mới\"", "cuộc thi \"Đại sứ văn hóa đọc\"", "hoạt động kể chuyện theo sách"),
        "vd": ("cuốn \"Dế Mèn phiêu lưu kí\"", "bộ truyện cổ tích Việt Nam", "cuốn \"Những tấm lòng cao cả\"", "sách về các danh nhân đất Việt", "tủ sách pháp luật", "cuốn \"Hạt giống tâm hồn\""),
    },
    "theory": (
        "[Thư viện|Thư viện trường học] [là|được xem là] [trung tâm|\"trái tim\"] [văn hóa, khoa học|thông tin] [của nhà trường|], [góp phần|hỗ trợ] [đổi mới phương pháp dạy học|nâng cao chất lượng dạy và học] [và|,] [hình thành|phát triển] [thói quen tự học|văn hóa đọc] [cho học sinh|].",
        "[Theo|Căn cứ] [quy định|Thông tư số 16/2022/TT-BGDĐT] [về|quy định] [tiêu chuẩn|] thư viện [trường học|cơ sở giáo dục mầm non và phổ thông], [thư viện|các thư viện] [cần|phải] [tổ chức|đổi mới] [hoạt động|dịch vụ] [theo hướng|gắn với] [mở, thân thiện|hỗ trợ học tập].",
    ),
    "reality": (
        "[Vốn tài liệu|Sách] [của thư viện|] [còn|vẫn còn] [ít|hạn chế], [nhiều|một số] [đầu sách|sách] [cũ|đã cũ], [chưa|không] [hấp dẫn|phù hợp] [với|] [sở thích|lứa tuổi] [của học sinh|].",
        "[Học sinh|Nhiều em] [ít|chưa] [đến|lên] thư viện, [thích|chỉ thích] [xem điện thoại|chơi điện tử] [hơn|] [đọc sách|]; [phòng đọc|diện tích thư viện] [chật|nhỏ], [thời gian|giờ] [mở cửa|phục vụ] [trùng|trùng với] [giờ học|].",
    ),
    "topics": (
        {
            "key": "tv_van_hoa_doc",
            "phrase": "văn hóa đọc",
            "levels": ("tieu_hoc", "thcs", "thpt"),
            "titles": (
                "[phát triển|xây dựng] văn hóa đọc cho học sinh [trong|ở] {truong_ngan}",
                "[nâng cao hiệu quả|phát triển] văn hóa đọc [qua|thông qua] hoạt động thư viện [ở|tại] [trường|{truong_ngan}]",
            ),
            "ideas": (
                ("Tổ chức [các hoạt động|hoạt động] [khuyến đọc|hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam] [đa dạng|hấp dẫn]", (
                    (
                        "[Hằng năm|Vào dịp 21/4], [thư viện|tôi] [phối hợp|cùng] [Liên đội|Đoàn trường] [tổ chức|triển khai] {hd} [với|gồm] [các hoạt động|nội dung] [như|] [trưng bày sách, thi kể chuyện, vẽ tranh theo sách|giới thiệu sách, đố vui, đổi sách].",
                        "[Mỗi lớp|Các lớp] [chuẩn bị|thực hiện] [một tiết mục|một sản phẩm] [giới thiệu|về] [một cuốn sách|cuốn sách] [yêu thích|hay], ví dụ [như|] {vd}, [bằng|qua] [hình thức|cách] [sân khấu hóa|vẽ tranh, thuyết trình].",
                        "[Hoạt động|Ngày hội] [thu hút|lôi cuốn] [đông đảo|nhiều] [học sinh|các em] [tham gia|], [số lượt|lượt] [mượn sách|đọc] [tăng|tăng lên] [rõ rệt|đáng kể] [sau đó|trong các tháng tiếp theo].",
                    ),
                    (
                        "[Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam 21/4|Vào tháng Tư hằng năm], thư viện tổ chức [tuần lễ đọc sách|chuỗi hoạt động khuyến đọc] [với hội chợ sách cũ, thi kể chuyện theo sách và triển lãm tranh|gồm nhiều nội dung cho các khối lớp].",
                        "[Mỗi lớp đăng kí ít nhất một hoạt động|Các lớp chọn hoạt động phù hợp lứa tuổi], [giáo viên chủ nhiệm cùng tham gia|có thầy cô hướng dẫn], [nên tuần lễ diễn ra sôi nổi|nên học sinh toàn trường đều được tham gia].",
                        "[Sau tuần lễ|Kết thúc chương trình], [lượt mượn sách tăng rõ so với tháng trước|nhiều em trở thành bạn đọc thường xuyên của thư viện].",
                    ),
                    (
                        "Tôi [tổ chức \"Giờ kể chuyện\" vào giờ ra chơi thứ Tư|mở \"góc nghe truyện\" vào giờ ra chơi], [đọc to một câu chuyện ngắn cho học sinh lớp nhỏ|mời học sinh lớp lớn đọc truyện cho các em lớp dưới] [trong khoảng mười lăm phút|vừa đủ thời gian ra chơi].",
                        "[Câu chuyện thường dừng ở đoạn hấp dẫn|Tôi chủ ý dừng truyện ở đoạn gay cấn] [để các em tự mượn sách về đọc tiếp|khiến học sinh tò mò tìm đọc phần còn lại].",
                        "[Số học sinh đến nghe tăng dần|Góc nghe truyện ngày càng đông], [nhiều em trước đây chưa từng vào thư viện|kể cả những em vốn ngại đọc].",
                    ),
                )),
                ("[Xây dựng|Phát triển] [tủ sách lớp học|thư viện mở] [và|,] [góc đọc|không gian đọc] [thân thiện|linh hoạt]", (
                    (
                        "[Thư viện|Tôi] [luân chuyển|chuyển] [sách|các túi sách] [đến|về] {dc} [theo|định kì] [từng tháng|hai tuần một lần], [giúp|để] [học sinh|các em] [đọc|mượn] [sách|] [ngay tại lớp|trong giờ ra chơi].",
                        "[Góc đọc|Không gian đọc] [ngoài trời|ở hành lang, sân trường] [được|] [bố trí|sắp xếp] [với|có] [giá sách|kệ sách], [bàn ghế|ghế đá] [và|,] [mái che|cây xanh] [để|cho] [học sinh|các em] [đọc|đọc sách] [bất cứ lúc nào|khi rảnh].",
                        "[Học sinh|Các em] [được|] [tham gia|giao] [quản lí|chăm sóc] [tủ sách|góc đọc] [của lớp|] [như|theo] [một|] [\"thủ thư nhỏ\"|nhiệm vụ tự quản], [ghi|theo dõi] [sổ mượn|việc mượn, trả] [sách|].",
                    ),
                    (
                        "[Mỗi lớp có một tủ sách nhỏ|Tôi xây dựng tủ sách lớp học] [khoảng năm mươi cuốn|với sách luân chuyển từ thư viện], [do một học sinh làm \"thủ thư nhỏ\" quản lí|có sổ mượn trả đơn giản], [các em mượn đọc ngay trong lớp|tiện cho học sinh mượn bất cứ lúc nào].",
                        "[Cứ hai tháng|Định kì], [sách ở tủ lớp được đổi với lớp khác|tôi luân chuyển sách giữa các lớp], [nên học sinh luôn có sách mới|tránh tình trạng đọc mãi vài cuốn quen].",
                        "[Tủ sách lớp học|Sách ở ngay cạnh] [giúp việc đọc trở thành thói quen hằng ngày|giúp các em đọc trong giờ truy bài, giờ nghỉ].",
                    ),
                    (
                        "[Khuôn viên trường|Chúng tôi] [bố trí \"thư viện mở\" ở hành lang và gốc cây|đặt các giá sách không khóa ở sân trường], [học sinh tự lấy sách đọc và để lại đúng chỗ|theo nguyên tắc tự giác], [không cần thủ tục mượn|không phải ghi sổ].",
                        "[Ban đầu có lo ngại mất sách|Lúc đầu cũng có sách thất lạc], [nhưng sau khi nhắc nhở và để học sinh tự quản|nhưng số sách mất rất ít], [tủ sách vẫn duy trì tốt|so với lợi ích mang lại].",
                        "[Thư viện mở|Sách ở khắp nơi] [khiến giờ ra chơi yên tĩnh hơn|làm nhiều em chọn đọc sách thay vì chơi điện thoại].",
                    ),
                )),
                ("[Ứng dụng|Sử dụng] [công nghệ|mạng xã hội] [để|nhằm] [giới thiệu|quảng bá] sách [đến|tới] [học sinh|bạn đọc]", (
                    (
                        "[Thư viện|Tôi] [lập|xây dựng] {dc} [và|để] [đăng|giới thiệu] [sách mới|những cuốn sách hay] [kèm|bằng] [video ngắn|hình ảnh] [do|với sự tham gia của] [học sinh|các em] [thực hiện|].",
                        "[Mỗi cuốn sách|Những cuốn sách] [được|] [gắn|dán] [mã QR|mã] [dẫn đến|liên kết tới] [phần tóm tắt|video giới thiệu] [để|giúp] [học sinh|các em] [tìm hiểu|xem trước] [nội dung|] [trước khi mượn|].",
                    ),
                    (
                        "Tôi [lập trang fanpage của thư viện|quản lí trang Facebook của thư viện] [đăng bài giới thiệu một cuốn sách mỗi tuần|giới thiệu sách mới bằng ảnh và vài dòng tóm tắt], [kèm câu hỏi nhỏ để học sinh trả lời|để thu hút bạn đọc].",
                        "[Những bài giới thiệu do học sinh viết|Các bài review của học sinh] [cũng được đăng|được ghi tên người viết], [khiến các em rất hào hứng|tạo phong trào viết cảm nhận].",
                        "[Trang fanpage|Kênh truyền thông] [thu hút phụ huynh cùng theo dõi|giúp văn hóa đọc lan tỏa ra gia đình].",
                    ),
                    (
                        "[Mỗi cuốn sách mới|Sách mới về] [được dán mã QR|được gắn mã QR] [dẫn tới video học sinh giới thiệu sách|liên kết đến bài giới thiệu ngắn], [bạn đọc quét bằng điện thoại là xem được|ai quan tâm có thể xem ngay].",
                        "[Học sinh thi nhau làm video giới thiệu|Các em được mời quay video], [video hay được gắn vào sách|được chọn làm mã QR chính thức].",
                        "[Công nghệ|Mã QR] [làm việc chọn sách thú vị hơn|khiến thư viện gần gũi với học sinh thời nay].",
                    ),
                )),
                ("[Tổ chức|Duy trì] tiết đọc thư viện [hằng tuần|định kì] [cho các lớp|theo thời khóa biểu]", (
                    (
                        "[Mỗi lớp có một tiết đọc thư viện mỗi tuần|Tôi phối hợp Ban giám hiệu xếp tiết đọc vào thời khóa biểu], [học sinh đến thư viện đọc sách tự chọn|các em tự chọn sách theo sở thích] [trong ba mươi phút|rồi chia sẻ trong mười phút cuối].",
                        "[Tôi hướng dẫn cách chọn sách|Đầu tiết tôi giới thiệu vài cuốn sách mới] [phù hợp lứa tuổi|theo chủ đề của tháng], [để các em có gợi ý|để học sinh không lúng túng khi chọn].",
                        "[Tiết đọc đều đặn|Thời gian đọc cố định] [hình thành thói quen đọc|giúp nhiều em tìm thấy cuốn sách mình yêu thích].",
                    ),
                    (
                        "[Trong tiết đọc|Ở phần cuối tiết], [một vài học sinh kể lại điều thú vị trong sách|các em chia sẻ một câu, một nhân vật mình thích], [các bạn đặt câu hỏi|cả lớp cùng trao đổi].",
                        "[Tôi ghi tên những cuốn sách được giới thiệu|Những cuốn sách được nhắc đến] [lên bảng \"Sách được yêu thích\"|để các bạn mượn đọc tiếp].",
                        "[Việc chia sẻ|Trao đổi về sách] [giúp các em đọc kĩ hơn|tạo hiệu ứng lan tỏa trong lớp].",
                    ),
                    (
                        "[Tôi chuẩn bị phiếu đọc đơn giản|Mỗi học sinh có phiếu đọc] [ghi tên sách, nhân vật yêu thích, một câu hay|với vài câu hỏi gợi ý], [các em điền sau tiết đọc|nộp cho thư viện].",
                        "[Phiếu đọc|Những phiếu hay] [được trưng bày ở thư viện|được dùng để chấm thi đua lớp đọc tích cực].",
                        "[Phiếu đọc|Cách ghi chép] [giúp việc đọc có mục đích|rèn kĩ năng tóm tắt].",
                    ),
                )),
                ("Xây dựng đội [cộng tác viên|\"đại sứ văn hóa đọc\"] [là học sinh|ở mỗi lớp]", (
                    (
                        "Tôi [chọn mỗi lớp hai học sinh yêu đọc sách|thành lập đội \"Đại sứ văn hóa đọc\"] [làm cộng tác viên thư viện|hỗ trợ hoạt động đọc], [được tập huấn cách giới thiệu sách|được hướng dẫn cách sắp xếp, bảo quản sách].",
                        "[Đại sứ|Các em] [giới thiệu sách mới cho lớp vào giờ sinh hoạt|nhắc bạn trả sách đúng hạn], [giúp thư viện xếp sách vào giờ ra chơi|hỗ trợ trong các ngày hội đọc].",
                        "[Đội đại sứ|Sự tham gia của học sinh] [khiến phong trào đọc lan rộng|giảm tải cho nhân viên thư viện].",
                    ),
                    (
                        "[Cuối mỗi học kì|Định kì], [các đại sứ văn hóa đọc được tuyên dương|tôi đề nghị nhà trường khen thưởng đội cộng tác viên] [trước toàn trường|trong lễ chào cờ].",
                        "[Được ghi nhận|Sự khen thưởng] [khiến các em tự hào|tạo động lực], [nhiều học sinh khác xin tham gia|đội ngày càng đông].",
                    ),
                    (
                        "[Đại sứ văn hóa đọc|Các cộng tác viên] [tự tổ chức \"góc đọc\" ở lớp|làm bảng tin giới thiệu sách của lớp], [do các em tự thiết kế|với sự góp ý của tôi].",
                        "[Các góc đọc|Những bảng tin] [được chấm thi đua|rất sáng tạo], [thu hút bạn bè đến đọc|làm lớp học sinh động hơn].",
                    ),
                )),
                ("Tổ chức [cuộc thi|hội thi] [giới thiệu sách, vẽ tranh theo sách|\"Kể chuyện sách em yêu\"] [cho {hs}|hằng năm]", (
                    (
                        "[Hằng năm|Vào tháng Mười], thư viện [tổ chức cuộc thi \"Giới thiệu sách\"|phát động thi kể chuyện theo sách], [mỗi lớp chọn một thí sinh|các lớp cử đại diện], [trình bày trong năm phút có hình ảnh minh họa|bằng lời kể hoặc tiểu phẩm].",
                        "[Ban giám khảo gồm giáo viên Ngữ văn và thư viện|Giám khảo là thầy cô và đại diện học sinh] [chấm theo tiêu chí|về nội dung, cách trình bày, sức thuyết phục].",
                        "[Cuộc thi|Hội thi] [giúp nhiều cuốn sách hay đến với học sinh|rèn kĩ năng thuyết trình cho các em].",
                    ),
                    (
                        "[Học sinh lớp nhỏ|Với các em lớp dưới], [thi vẽ tranh minh họa câu chuyện đã đọc|cuộc thi là vẽ bìa sách theo tưởng tượng], [tranh đẹp được trưng bày ở thư viện|tác phẩm được treo trong tuần lễ đọc sách].",
                        "[Các em phải đọc kĩ truyện mới vẽ được|Vẽ tranh buộc các em hiểu câu chuyện], [nhiều tranh rất sáng tạo|nhiều em vẽ rất ngộ nghĩnh].",
                    ),
                    (
                        "[Những bài giới thiệu sách hay|Bài dự thi xuất sắc] [được đăng lên trang fanpage|được in thành tập san], [kèm tên học sinh|có ảnh tác giả].",
                        "[Học sinh tự hào|Các em phấn khởi], [phụ huynh chia sẻ bài của con|lan tỏa phong trào đọc].",
                    ),
                )),
                ("Tổ chức [hoạt động|phong trào] \"[Đổi sách cũ lấy sách mới|Quyên góp sách]\" [trong nhà trường|hằng năm]", (
                    (
                        "[Đầu năm học|Vào tháng Chín], tôi [phát động phong trào \"Đổi sách cũ lấy sách mới\"|tổ chức ngày hội trao đổi sách], [học sinh mang sách đã đọc đến đổi lấy sách khác|mỗi cuốn sách cũ đổi được một phiếu].",
                        "[Những cuốn sách không ai đổi|Sách dư] [được đưa vào tủ sách lớp học|được bổ sung cho thư viện], [hoặc gửi tặng điểm trường lẻ|tặng học sinh vùng khó khăn].",
                        "[Ngày hội|Phong trào] [giúp sách được đọc nhiều lần|dạy học sinh chia sẻ].",
                    ),
                    (
                        "[Nhân dịp Tết Thiếu nhi|Vào dịp cuối năm], [các lớp quyên góp sách|học sinh góp sách] [tặng thư viện một trường vùng cao|gửi tặng các bạn có hoàn cảnh khó khăn], [kèm lời nhắn viết tay|mỗi cuốn có thư nhỏ].",
                        "[Học sinh chọn những cuốn sách đẹp nhất|Các em cẩn thận bọc sách], [thấy việc đọc của mình có ý nghĩa với người khác|rất tự hào].",
                    ),
                    (
                        "[Phụ huynh và cựu học sinh|Các gia đình] [được mời góp sách|được vận động tặng sách] [qua thư ngỏ của thư viện|qua nhóm Zalo các lớp].",
                        "[Mỗi năm thư viện nhận thêm vài trăm cuốn|Nguồn sách được bổ sung đáng kể], [không tốn kinh phí|giúp thư viện phong phú hơn].",
                    ),
                )),
                ("Phối hợp [phụ huynh|gia đình] [khuyến khích|xây dựng thói quen] đọc sách [cùng con|ở nhà]", (
                    (
                        "[Trong họp phụ huynh|Qua nhóm Zalo], tôi [giới thiệu danh sách sách nên đọc theo lứa tuổi|chia sẻ gợi ý sách hay] [và gợi ý gia đình dành hai mươi phút đọc cùng con mỗi tối|kèm cách trò chuyện với con về sách].",
                        "[Nhiều gia đình|Phụ huynh] [gửi ảnh cả nhà đọc sách|chia sẻ cuốn sách con thích], [tôi đăng lên trang thư viện|tạo phong trào \"Gia đình đọc sách\"].",
                        "[Đọc cùng con|Sự đồng hành của gia đình] [giúp trẻ yêu sách|hình thành thói quen đọc bền vững].",
                    ),
                    (
                        "[Thư viện cho mượn sách về nhà|Học sinh được mượn sách] [vào cuối tuần|trong kì nghỉ], [kèm phiếu \"Bố mẹ đọc cùng con\"|để phụ huynh ghi nhận xét].",
                        "[Phiếu có nhiều dòng xúc động|Phụ huynh viết cảm nhận], [có bố mẹ nói lâu lắm mới đọc sách|nhiều gia đình cho biết con ham đọc hơn].",
                    ),
                    (
                        "Tôi [tổ chức \"Ngày hội đọc sách gia đình\"|mời phụ huynh đến thư viện] [vào một buổi sáng thứ Bảy|trong tuần lễ đọc sách], [bố mẹ và con cùng đọc, cùng chơi trò chơi về sách|có góc đọc chung cho cả gia đình].",
                        "[Phụ huynh|Gia đình] [hưởng ứng đông|rất vui], [nhiều người đăng kí làm thẻ thư viện cho con|gắn kết thư viện với gia đình].",
                    ),
                )),
                ("Xây dựng [góc đọc ngoài trời|thư viện xanh] [trong khuôn viên trường|thân thiện]", (
                    (
                        "[Dưới tán cây bàng|Ở góc sân trường], [tôi cùng các đoàn viên thanh niên|nhà trường] [làm một \"thư viện xanh\" với giá sách, thảm và ghế|bố trí góc đọc ngoài trời], [mở cửa vào giờ ra chơi|học sinh tự do đọc].",
                        "[Không gian thoáng mát|Góc đọc] [thu hút học sinh|rất được các em yêu thích], [giờ ra chơi nào cũng có nhóm ngồi đọc|học sinh đọc sách thay vì chạy nhảy].",
                        "[Thư viện xanh|Góc đọc ngoài trời] [đưa sách ra khỏi phòng kín|giúp việc đọc trở nên tự nhiên].",
                    ),
                    (
                        "[Sách ở thư viện xanh|Các cuốn sách ngoài trời] [được chọn loại bền, nhiều tranh|chủ yếu là truyện tranh, sách khoa học], [cất vào hộp khi trời mưa|có đội cộng tác viên phụ trách].",
                        "[Học sinh tự giác trả sách về giá|Các em giữ gìn sách], [sách hư hỏng ít|ít thất lạc].",
                    ),
                    (
                        "[Góc đọc ngoài trời|Thư viện xanh] [còn là nơi tổ chức các buổi kể chuyện, giao lưu tác giả|được dùng cho tiết học ngoài trời], [thầy cô các môn cũng đưa lớp ra học|giờ học thêm sinh động].",
                        "[Không gian|Góc đọc] [trở thành điểm nhấn của trường|được khách đến thăm khen ngợi].",
                    ),
                )),
                ("[Khuyến khích|Ghi nhận] [thói quen đọc|số sách đã đọc] [bằng thẻ tích điểm, nhật kí đọc|cho {hs}]", (
                    (
                        "[Mỗi học sinh có một thẻ đọc|Tôi phát \"thẻ đọc sách\"] [mỗi lần đọc xong một cuốn được đóng một dấu|ghi tên sách đã đọc], [đủ mười dấu được đổi quà nhỏ|được nhận danh hiệu \"Bạn đọc tích cực\"].",
                        "[Học sinh thi nhau đọc|Các em hào hứng], [thẻ đọc trở thành \"bảng thành tích\"|nhiều em đọc hết vài chục cuốn mỗi năm].",
                        "[Thẻ tích điểm|Cách ghi nhận] [tạo động lực đọc|giúp thư viện theo dõi bạn đọc].",
                    ),
                    (
                        "[Học sinh lớp trên|Các em lớn] [ghi \"nhật kí đọc sách\"|viết vài dòng sau mỗi cuốn sách] [về nhân vật, bài học rút ra|cảm nhận cá nhân], [nộp cho thư viện mỗi tháng|để tôi đọc và phản hồi].",
                        "[Những trang nhật kí hay|Bài viết ấn tượng] [được đọc trong buổi chào cờ|được đăng lên trang thư viện].",
                    ),
                    (
                        "[Cuối năm học|Trong lễ tổng kết], [nhà trường vinh danh lớp đọc nhiều sách nhất và bạn đọc tiêu biểu|thư viện trao giấy khen \"Bạn đọc của năm\"], [dựa trên sổ mượn sách|theo số liệu của phần mềm].",
                        "[Được khen trước toàn trường|Sự vinh danh] [khiến học sinh tự hào|khích lệ phong trào đọc năm sau].",
                    ),
                )),
            ),
        },
        {
            "key": "tv_thu_vien_phuc_vu",
            "phrase": "phục vụ bạn đọc",
            "levels": ("tieu_hoc", "thcs", "thpt"),
            "titles": (
                "nâng cao hiệu quả phục vụ bạn đọc [của|tại] thư viện [trường|{truong_ngan}]",
                "[đổi mới|cải tiến] công tác phục vụ bạn đọc [ở|trong] thư viện [trường học|{truong_ngan}]",
            ),
            "ideas": (
                ("[Tin học hóa|Ứng dụng phần mềm trong] [quản lí|nghiệp vụ] thư viện", (
                    (
                        "[Tôi|Thư viện] [nhập|cập nhật] [toàn bộ|hơn] {n_big} [đầu sách|bản sách] [vào|lên] {dc}, [dán|in] [mã vạch|nhãn] [cho từng cuốn|] [để|nhằm] [mượn, trả|quản lí] [nhanh chóng|chính xác].",
                        "[Bạn đọc|Giáo viên và học sinh] [có thể|được] [tra cứu|tìm] [sách|tài liệu] [trực tuyến|qua máy tính] [và|,] [đăng kí mượn|đặt trước] [mà không cần|không phải] [chờ đợi|xếp hàng].",
                        "[Phần mềm|Hệ thống] [thống kê|báo cáo] [tự động|nhanh] [số lượt mượn|tình hình mượn] [theo lớp|theo tháng], [giúp|là cơ sở để] [tôi|thư viện] [đề xuất|lựa chọn] [bổ sung|mua] [sách|đầu sách] [phù hợp|theo nhu cầu].",
                    ),
                    (
                        "Tôi [nhập toàn bộ sách vào phần mềm quản lí thư viện|tin học hóa kho sách], [dán mã vạch cho từng cuốn|in nhãn mã vạch], [mượn trả chỉ cần quét mã|thay cho ghi sổ tay].",
                        "[Thời gian mượn trả|Mỗi lượt mượn] [rút từ vài phút xuống vài giây|nhanh hơn hẳn], [giờ ra chơi không còn cảnh xếp hàng dài|học sinh mượn được nhiều hơn].",
                        "[Phần mềm|Hệ thống] [còn thống kê sách được mượn nhiều|giúp tôi biết nhu cầu của bạn đọc].",
                    ),
                    (
                        "[Học sinh và giáo viên|Bạn đọc] [tra cứu sách trực tuyến|tìm sách trên máy tính ở thư viện] [theo tên, tác giả, chủ đề|không cần hỏi thủ thư].",
                        "[Phần mềm báo sách quá hạn|Hệ thống tự nhắc] [để tôi nhắc bạn đọc trả sách|giảm hẳn sách thất lạc].",
                        "[Tin học hóa|Quản lí trên máy] [giúp thư viện chuyên nghiệp hơn|tiết kiệm thời gian].",
                    ),
                )),
                ("[Phối hợp|Kết hợp] với [giáo viên bộ môn|tổ chuyên môn] [tổ chức|xây dựng] [tiết đọc|giờ học] [tại thư viện|trong thư viện]", (
                    (
                        "[Tôi|Thư viện] [cùng|phối hợp với] [giáo viên|tổ chuyên môn] [xây dựng|lên] [lịch|kế hoạch] [tiết đọc thư viện|giờ học tại thư viện] [cho|với] [mỗi lớp|từng lớp] [ít nhất|] [một tiết mỗi tháng|hai tuần một tiết].",
                        "[Nội dung|Các tiết đọc] [gắn|bám sát] [với|] [bài học|chương trình] [các môn|bộ môn], [ví dụ|chẳng hạn] [tìm đọc tư liệu|đọc truyện] [về|liên quan đến] [chủ đề|bài] [đang học|sắp học].",
                        "[Tôi|Thư viện] [chuẩn bị|chọn lọc] [sẵn|trước] [sách, tài liệu|tư liệu] [theo|phục vụ] [yêu cầu|chủ đề] [của giáo viên|] [và|,] [hướng dẫn|dạy] [học sinh|các em] [kĩ năng|cách] [tìm kiếm|tra cứu] [thông tin|tài liệu].",
                    ),
                    (
                        "Tôi [phối hợp với giáo viên Ngữ văn|cùng thầy cô bộ môn] [tổ chức tiết học tại thư viện|thiết kế tiết đọc mở rộng], [chuẩn bị sẵn sách liên quan đến bài học|đặt sách theo chủ đề trên bàn].",
                        "[Học sinh tìm thông tin trong sách|Các em làm việc nhóm với tài liệu], [giáo viên hướng dẫn nội dung, tôi hướng dẫn cách tra cứu|thủ thư hỗ trợ tìm sách].",
                        "[Tiết học tại thư viện|Sự phối hợp] [giúp thư viện gắn với dạy học|tăng số lượt dùng tài liệu].",
                    ),
                    (
                        "[Giáo viên Lịch sử, Địa lí|Các thầy cô] [gửi danh sách chủ đề của học kì|thông báo trước nội dung bài học], [tôi chuẩn bị thư mục sách tham khảo|lập danh mục tài liệu phù hợp].",
                        "[Học sinh mượn sách theo thư mục|Các em dùng thư mục để chuẩn bị bài], [thư viện trở thành trợ thủ của giờ học|tài liệu được khai thác hiệu quả].",
                    ),
                )),
                ("Sắp xếp kho sách [khoa học|theo màu sắc, chủ đề] [để {hs} dễ tìm|thân thiện với bạn đọc]", (
                    (
                        "Tôi [sắp xếp lại kho sách|chia sách thành các khu] [theo chủ đề và dán nhãn màu|mỗi môn loại một màu gáy], [có biển chỉ dẫn lớn|in sơ đồ thư viện ở cửa].",
                        "[Học sinh tự tìm sách|Các em tìm được sách] [mà không cần hỏi|rất nhanh], [và tự trả về đúng chỗ nhờ màu nhãn|sách ít bị để lẫn].",
                        "[Kho sách ngăn nắp|Cách sắp xếp mới] [giúp thư viện thân thiện|tiết kiệm thời gian cho cả bạn đọc và thủ thư].",
                    ),
                    (
                        "[Sách cho học sinh lớp nhỏ|Khu sách thiếu nhi] [được đặt trên giá thấp, bìa quay ra ngoài|xếp theo kiểu trưng bày], [để các em nhìn bìa mà chọn|thu hút các em nhỏ].",
                        "[Sách tham khảo cho lớp lớn|Khu sách nâng cao] [được xếp theo môn|có danh mục].",
                        "[Bố trí theo lứa tuổi|Cách sắp xếp] [phù hợp nhu cầu từng đối tượng|giúp mọi học sinh dùng thư viện dễ dàng].",
                    ),
                    (
                        "[Mỗi tháng|Định kì], [tôi cùng cộng tác viên kiểm tra kho|rà soát vị trí sách] [để đưa sách về đúng chỗ|và ghi nhận sách hỏng].",
                        "[Kho sách luôn gọn gàng|Thư viện ngăn nắp], [được đoàn kiểm tra đánh giá cao|tạo cảm giác dễ chịu cho bạn đọc].",
                    ),
                )),
                ("[Mở cửa|Phục vụ] thư viện [linh hoạt|vào giờ ra chơi, buổi trưa] [để tăng thời gian phục vụ|thuận tiện cho bạn đọc]", (
                    (
                        "Tôi [điều chỉnh giờ mở cửa|bố trí lịch trực] [để thư viện mở cả giờ ra chơi và buổi trưa|theo giờ học sinh rảnh], [vì đây là lúc học sinh có thời gian nhất|thay cho giờ hành chính cứng nhắc].",
                        "[Lượt bạn đọc|Số học sinh đến thư viện] [tăng gấp đôi|tăng rõ rệt], [nhiều em ở lại đọc sách buổi trưa|học sinh bán trú đến đọc thường xuyên].",
                    ),
                    (
                        "[Học sinh được mượn tối đa ba cuốn|Quy định mượn trả] [và gia hạn qua tin nhắn|được nới linh hoạt], [thủ tục đơn giản|không còn rườm rà].",
                        "[Các em mượn sách dễ dàng|Thủ tục thuận tiện] [nên mượn nhiều hơn|khuyến khích việc đọc].",
                    ),
                    (
                        "[Trong dịp hè|Kì nghỉ], [thư viện mở cửa hai buổi mỗi tuần|có lịch phục vụ], [học sinh mượn sách đọc hè|các em không bị gián đoạn thói quen đọc].",
                        "[Phụ huynh đánh giá cao|Gia đình vui mừng], [vì con có sách đọc thay vì xem điện thoại cả ngày|giúp kì nghỉ bổ ích hơn].",
                    ),
                )),
                ("[Biên soạn|Xây dựng] [thư mục giới thiệu sách|danh mục sách] [theo chủ đề|phục vụ học tập]", (
                    (
                        "Tôi [biên soạn thư mục sách theo chủ đề|lập danh mục sách] [như \"Sách về biển đảo\", \"Sách khoa học vui\"|theo các ngày lễ và môn học], [kèm tóm tắt ngắn từng cuốn|có vị trí trên giá].",
                        "[Thư mục được in và dán ở thư viện|Danh mục được gửi cho các lớp], [giáo viên dùng để giao bài đọc thêm|học sinh dựa vào để chọn sách].",
                    ),
                    (
                        "[Thư mục|Danh mục sách] [được đăng lên trang thông tin của trường|có bản điện tử], [kèm đường dẫn sách điện tử nếu có|giúp tra cứu mọi lúc].",
                        "[Phụ huynh và học sinh|Bạn đọc] [tham khảo ở nhà|chọn sách trước khi đến thư viện].",
                    ),
                    (
                        "[Nhân các ngày kỉ niệm|Vào dịp lễ lớn], [tôi làm thư mục chuyên đề|trưng bày sách theo chủ đề] [như sách về Bác Hồ dịp 19/5|như sách về thầy cô dịp 20/11].",
                        "[Góc trưng bày|Thư mục chuyên đề] [thu hút bạn đọc|giúp lồng ghép giáo dục truyền thống].",
                    ),
                )),
                ("Khảo sát [nhu cầu bạn đọc|ý kiến học sinh, giáo viên] [để bổ sung sách|trước khi mua sắm]", (
                    (
                        "[Đầu năm|Trước khi lập kế hoạch mua sách], tôi [phát phiếu khảo sát|lấy ý kiến] [về thể loại sách học sinh thích|về tài liệu giáo viên cần], [tổng hợp để đề xuất mua|làm căn cứ bổ sung].",
                        "[Sách mua về|Những cuốn được bổ sung] [đúng nhu cầu|được mượn nhiều], [tránh mua sách ít người đọc|tiết kiệm kinh phí].",
                    ),
                    (
                        "[Thư viện|Tôi] [đặt \"hộp đề xuất sách\"|có sổ góp ý] [để học sinh ghi tên sách muốn đọc|cho bạn đọc đề xuất].",
                        "[Các đề xuất|Ý kiến] [được xem xét khi mua sách|được phản hồi], [học sinh vui khi sách mình đề xuất có trong thư viện|các em thấy được tôn trọng].",
                    ),
                    (
                        "[Phần mềm thư viện|Số liệu mượn trả] [cho biết loại sách nào được mượn nhiều|giúp tôi phân tích nhu cầu], [làm căn cứ điều chỉnh|để đề xuất bổ sung hợp lí].",
                        "[Kho sách|Nguồn tài liệu] [ngày càng sát nhu cầu|được sử dụng hiệu quả].",
                    ),
                )),
                ("[Bảo quản|Tu sửa] sách [cùng {hs}|với sự tham gia của học sinh]", (
                    (
                        "[Tôi tổ chức \"Ngày hội bác sĩ sách\"|Mỗi học kì có buổi tu sửa sách], [học sinh cộng tác viên dán lại gáy, bọc bìa|các em cùng sửa sách rách], [dưới sự hướng dẫn của tôi|bằng keo và giấy bọc].",
                        "[Hàng trăm cuốn sách được \"cứu\"|Nhiều sách hỏng được phục hồi], [tiết kiệm kinh phí|kéo dài tuổi thọ sách].",
                        "[Tham gia sửa sách|Hoạt động này] [giúp học sinh biết quý sách|giáo dục ý thức giữ gìn].",
                    ),
                    (
                        "[Sách được bọc bìa nhựa|Sách mới] [trước khi cho mượn|khi nhập kho], [có nhãn nhắc giữ gìn|kèm dấu thư viện].",
                        "[Sách bền hơn|Ít rách], [học sinh cũng có ý thức hơn|được nhắc nhở thường xuyên].",
                    ),
                    (
                        "[Kho sách|Phòng thư viện] [được vệ sinh, chống ẩm, chống mối định kì|có quạt thông gió và túi hút ẩm], [nhất là mùa nồm|vào mùa mưa].",
                        "[Sách không bị ẩm mốc|Tài liệu được bảo quản tốt], [giữ được giá trị lâu dài|giảm hư hỏng].",
                    ),
                )),
                ("Tổ chức [thư viện lưu động|túi sách luân chuyển] [đến các lớp, điểm trường lẻ|cho {hs} ở xa]", (
                    (
                        "Tôi [đóng các thùng sách lưu động|chuẩn bị túi sách] [khoảng ba mươi cuốn mỗi thùng|theo lứa tuổi], [mang đến điểm trường lẻ mỗi tháng|luân chuyển giữa các lớp].",
                        "[Học sinh ở điểm lẻ|Các em ở xa] [được đọc sách như bạn ở điểm chính|có sách mới thường xuyên].",
                        "[Thư viện lưu động|Sách đến tận lớp] [bảo đảm công bằng|giúp mọi học sinh được tiếp cận sách].",
                    ),
                    (
                        "[Xe sách lưu động|Một chiếc xe đẩy sách] [đi qua các lớp vào giờ ra chơi|được cộng tác viên đẩy đến từng dãy lớp], [học sinh mượn ngay tại lớp|tiện lợi].",
                        "[Xe sách|Cách làm] [rất được học sinh yêu thích|tăng lượt mượn].",
                    ),
                    (
                        "[Giáo viên chủ nhiệm|Các lớp] [nhận thùng sách|luân phiên giữ thùng sách] [trong hai tuần|rồi chuyển cho lớp khác], [có sổ theo dõi|lớp trưởng quản lí].",
                        "[Sách luân chuyển đều|Mỗi thùng đi qua nhiều lớp], [mọi lớp đều có sách mới|tối ưu nguồn sách].",
                    ),
                )),
                ("Hỗ trợ [giáo viên|cán bộ, giáo viên] [tài liệu chuyên môn|tài liệu tham khảo] [kịp thời|theo nhu cầu]", (
                    (
                        "Tôi [lập danh mục tài liệu chuyên môn|sắp xếp khu tài liệu cho giáo viên] [theo môn, theo chủ đề bồi dưỡng|gồm sách giáo viên, tạp chí], [gửi danh mục qua nhóm của trường|thông báo tài liệu mới].",
                        "[Giáo viên mượn tài liệu|Thầy cô tìm tài liệu] [nhanh chóng|dễ dàng], [phục vụ soạn bài, viết sáng kiến|hỗ trợ chuyên môn].",
                    ),
                    (
                        "[Tôi sưu tầm tài liệu điện tử|Thư viện lưu] [văn bản hướng dẫn chuyên môn, bài giảng mẫu|tài liệu bồi dưỡng] [trên thư mục dùng chung|cho giáo viên truy cập].",
                        "[Giáo viên|Thầy cô] [tiết kiệm thời gian tìm kiếm|có nguồn tài liệu tin cậy].",
                    ),
                    (
                        "[Khi giáo viên cần tài liệu cho chuyên đề|Theo đề nghị của tổ chuyên môn], tôi [tìm và chuẩn bị sẵn|mượn thêm từ thư viện huyện], [giao tận tổ|để thầy cô dùng].",
                        "[Sự hỗ trợ kịp thời|Phục vụ tận tình] [được giáo viên đánh giá cao|giúp thư viện gắn với hoạt động chuyên môn].",
                    ),
                )),
                ("Hướng dẫn [nội quy, cách sử dụng thư viện|kĩ năng dùng thư viện] [cho {hs} mới vào trường|ngay từ đầu năm]", (
                    (
                        "[Đầu năm học|Tuần đầu tiên], tôi [đón các lớp đầu cấp đến thư viện|tổ chức buổi làm quen thư viện], [giới thiệu nội quy, cách mượn trả, cách tìm sách|hướng dẫn bằng trò chơi \"truy tìm cuốn sách\"].",
                        "[Học sinh mới|Các em] [nắm được cách dùng thư viện|không còn ngại], [nhiều em làm thẻ thư viện ngay hôm đó|và mượn cuốn sách đầu tiên].",
                    ),
                    (
                        "[Nội quy thư viện|Quy định] [được trình bày bằng tranh vẽ vui|được thiết kế thành áp phích] [treo ở cửa|dễ hiểu với học sinh nhỏ].",
                        "[Học sinh nhớ nhanh|Các em thực hiện tốt], [thư viện trật tự, sạch sẽ|ít vi phạm].",
                    ),
                    (
                        "[Tôi dạy học sinh lớp lớn|Các em được hướng dẫn] [cách tra cứu tài liệu, ghi nguồn tham khảo|kĩ năng tìm thông tin trong sách và trên mạng], [phục vụ làm bài tập dự án|giúp học tập chủ động].",
                        "[Kĩ năng tra cứu|Những kĩ năng này] [rất hữu ích|được giáo viên bộ môn đánh giá cao].",
                    ),
                )),
            ),
        },
    ),
}

FIELDS = (CHU_NHIEM, QUAN_LY, THU_VIEN)

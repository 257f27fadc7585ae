"""Content bank: Giáo dục mầm non. Written for this project.

For preschool, ``{hs}`` is "trẻ" and ``{lop}`` an age band ("5 – 6 tuổi").
"""

from __future__ import annotations

MAM_NON = {
    "key": "mam_non",
    "name": "Giáo dục mầm non",
    "kind": "teach",
    "levels": ("mam_non",),
    "mon": "[hoạt động giáo dục|chương trình giáo dục mầm non]",
    "duties": ("Giáo viên chủ nhiệm {lopcn}", "Giáo viên mầm non, phụ trách {lopcn}", "Tổ trưởng tổ chuyên môn khối Mẫu giáo"),
    "slots": {
        "dc": ("tranh truyện", "rối tay", "đồ chơi tự tạo", "nguyên vật liệu mở", "lô tô", "thẻ chữ cái", "bảng chun", "hộp bí mật", "video hoạt hình ngắn", "góc thiên nhiên"),
        "hd": ("trò chơi \"Tìm bạn thân\"", "trò chơi \"Về đúng nhà\"", "trò chơi \"Chiếc túi kì lạ\"", "trò chơi \"Ai nhanh nhất\"", "trò chơi \"Thả đỉa ba ba\"", "trò chơi \"Mèo đuổi chuột\"", "trò chơi \"Rồng rắn lên mây\"", "trò chơi đóng vai \"Bán hàng\""),
        "vd": ("truyện \"Chú dê đen\"", "bài thơ \"Hoa kết trái\"", "chủ đề \"Gia đình bé\"", "chủ đề \"Thế giới động vật\"", "chủ đề \"Trường mầm non của bé\"", "chủ đề \"Các mùa trong năm\"", "chủ đề \"Phương tiện giao thông\""),
    },
    "theory": (
        "[Giai đoạn|Lứa tuổi] mầm non [là|được xem là] [thời kì vàng|giai đoạn quan trọng] [cho|đối với] [sự phát triển|sự hình thành nhân cách] [của trẻ|], [những gì|điều] trẻ [được|] [tiếp nhận|học] [trong giai đoạn này|ở lứa tuổi này] [ảnh hưởng|tác động] [lâu dài|sâu sắc] [đến|tới] [cả cuộc đời|sự phát triển sau này].",
        "[Chương trình|Chương trình giáo dục] mầm non [lấy trẻ làm trung tâm|xác định trẻ là trung tâm] [và|,] [nhấn mạnh|coi trọng] [việc|] [cho trẻ|để trẻ] [học qua chơi|\"học bằng chơi, chơi mà học\"], [trải nghiệm|hoạt động] [thực tế|với đồ vật].",
        "[Trẻ|Trẻ mầm non] [tư duy|nhận thức] [chủ yếu|chủ yếu bằng] [trực quan hình ảnh|trực quan hành động], [dễ nhớ|nhớ nhanh] [nhưng|mà cũng] [mau quên|nhanh quên], [chú ý|sự chú ý] [chưa bền vững|ngắn].",
    ),
    "reality": (
        "[Lớp|Nhóm lớp] [đông|có số trẻ đông] ({siso} trẻ), [nhiều trẻ|một số trẻ] [mới đi học|lần đầu đến lớp], [còn|hay] [khóc|nhút nhát], [chưa|không] [mạnh dạn|tự tin] [giao tiếp|tham gia hoạt động].",
        "[Phụ huynh|Nhiều phụ huynh] [bận|làm công nhân ở khu công nghiệp|đi làm ăn xa], [ít|chưa có] [thời gian|điều kiện] [trò chuyện|chơi] [với con|cùng con], [có|còn] [tâm lí|thói quen] [làm thay|nuông chiều] [trẻ|con].",
    ),
    "topics": (
        {
            "key": "mn_ngon_ngu",
            "phrase": "phát triển ngôn ngữ",
            "levels": ("mam_non",),
            "titles": (
                "phát triển ngôn ngữ cho trẻ {lop} [ở|tại] [lớp|trường] mầm non",
                "phát triển ngôn ngữ [mạch lạc|] cho trẻ {lop} [qua|thông qua] [các hoạt động|hoạt động kể chuyện]",
            ),
            "ideas": (
                ("[Tăng cường|Tích cực] trò chuyện với trẻ [mọi lúc, mọi nơi|trong các hoạt động hằng ngày]", (
                    (
                        "[Vào|Trong] [giờ đón trẻ|lúc đón trẻ], [giờ ăn, giờ chơi|giờ vệ sinh], tôi [luôn|thường xuyên] [trò chuyện|hỏi han] [với trẻ|trẻ] [về|những chuyện như] [gia đình|bữa sáng|đồ chơi yêu thích] [để|nhằm] [khuyến khích|tạo cơ hội cho] trẻ [nói|diễn đạt].",
                        "[Tôi|Cô] [dùng|đặt] [câu hỏi mở|câu hỏi gợi mở] như [\"Con nghĩ gì?\", \"Vì sao vậy?\"|\"Con đã làm thế nào?\", \"Điều gì sẽ xảy ra?\"] [thay vì|hơn là] [câu hỏi|những câu hỏi] [chỉ cần trả lời \"có\" hoặc \"không\"|đóng].",
                        "[Khi|Lúc] trẻ [nói|diễn đạt] [chưa đúng|sai ngữ pháp], [tôi|cô] [không|tránh] [chê|bắt trẻ nói lại ngay] mà [nhắc lại|lặp lại] [câu|] [cho đúng|bằng câu đúng] [một cách tự nhiên|nhẹ nhàng] [để|cho] trẻ [nghe|học theo].",
                    ),
                    (
                        "[Giờ đón trẻ buổi sáng|Mười lăm phút đón trẻ] [là lúc tôi trò chuyện nhiều nhất|được tôi tận dụng để trò chuyện]: [tôi hỏi con ăn sáng món gì, ai đưa con đi học|cô hỏi về chuyện ở nhà, về chiếc áo mới của con], [chờ trẻ trả lời trọn câu|và kiên nhẫn chờ trẻ nói hết ý].",
                        "[Với những trẻ ít nói như bé {ten}|Với các bé còn nhút nhát], [tôi bắt đầu bằng câu hỏi chỉ cần một, hai từ|cô gợi chuyện bằng đồ chơi con mang theo] [rồi dần nâng lên câu dài hơn|để bé mạnh dạn dần].",
                        "[Sau khoảng hai tháng|Đến giữa học kì I], [nhiều bé đã tự kể chuyện ở nhà cho cô nghe|những bé ít nói đã chủ động chào và kể chuyện với cô].",
                    ),
                    (
                        "[Trong giờ ăn|Lúc chia cơm], tôi [giới thiệu tên món ăn, màu sắc, mùi vị|trò chuyện về thực phẩm trong bữa ăn] [như \"canh rau ngót màu xanh\", \"thịt kho thơm\"|và hỏi trẻ thích món nào], [giúp trẻ có thêm nhiều từ mới|mở rộng vốn từ một cách tự nhiên].",
                        "[Giờ vệ sinh, giờ ngủ dậy|Cả những lúc chuẩn bị đi ngủ] [cũng là dịp tôi hỏi chuyện trẻ|cô đều dành vài câu trò chuyện] [về những gì trẻ vừa làm|về việc bé đã tự làm được].",
                        "[Trò chuyện mọi lúc mọi nơi|Nói chuyện thường xuyên] [giúp trẻ nói mạch lạc hơn|làm trẻ mạnh dạn giao tiếp với người lớn].",
                    ),
                    (
                        "Tôi [treo|dán] ở cửa lớp tấm bảng \"Hôm nay con thấy gì?\" với [hình vẽ|các hình] [mặt trời, đám mây, xe máy, cây cối|thời tiết, con đường, xe cộ]; sáng nào trẻ cũng [chọn|gắn] một hình và [kể cho cô nghe|nói với cô] [một câu về đường đến lớp|chuyện trên đường đi học].",
                        "Có bé kể \"Sáng nay trời mưa, mẹ mặc áo mưa màu vàng cho con\", [tôi hỏi thêm \"Rồi sao nữa?\"|cô hỏi tiếp một, hai câu] [để câu chuyện dài thêm|cho bé nói tiếp], [chưa vội sửa câu cho bé|không sửa lỗi ngay].",
                        "[Sau một tháng|Cuối tháng], tôi [nhận thấy|thấy rõ] trẻ kể được ba, bốn câu [liền mạch|nối nhau], có bé vừa vào lớp đã [tíu tít kể chuyện|kể chuyện] mà [không đợi cô hỏi|chẳng cần cô gợi].",
                    ),
                )),
                ("[Phát triển|Mở rộng] vốn từ [cho trẻ|] [qua|thông qua] [thơ, truyện|các tác phẩm văn học]", (
                    (
                        "[Tôi|Cô] [lựa chọn|sưu tầm] [thơ, truyện|bài thơ, câu chuyện] [ngắn gọn|phù hợp] [với|theo] [chủ đề|lứa tuổi] [có|giàu] [hình ảnh|từ ngữ] [gợi tả|sinh động], [kể|đọc] [diễn cảm|với giọng điệu phù hợp] [kết hợp|cùng] {dc}.",
                        "Ví dụ, [khi kể|với] {vd}, [tôi|cô] [cho|để] trẻ [đóng vai|làm] [nhân vật|các nhân vật] [và|để] [nói|đọc] [lời thoại|lời] [của nhân vật|] [bằng|với] [giọng|ngữ điệu] [phù hợp|khác nhau].",
                        "[Sau đó|Tiếp theo], trẻ [được|] [kể lại|kể] [chuyện|câu chuyện] [theo tranh|theo trí nhớ] [hoặc|,] [tự|] [sáng tạo|nghĩ ra] [đoạn kết|kết thúc] [mới|khác] [cho câu chuyện|].",
                    ),
                    (
                        "Tôi [chọn|ưu tiên] những bài thơ ngắn có hình ảnh gần gũi [như \"Bắp cải xanh\", \"Cây dây leo\"|với cuộc sống của trẻ], [đọc chậm rãi kèm tranh minh họa khổ lớn|kết hợp tranh và cử chỉ] [để trẻ vừa nghe vừa nhìn|cho trẻ dễ hình dung].",
                        "[Nghe xong|Sau khi nghe], [tôi dừng lại ở những từ khó|cô giải thích từ mới] như \"xanh mướt\", \"lon ton\", \"lấp ló\" [bằng hình ảnh và động tác|qua cử chỉ, nét mặt], rồi [mời trẻ dùng từ đó trong một câu của mình|cho trẻ nói lại trong câu của mình].",
                        "[Chỉ ít lâu sau|Vài tuần sau], [tôi bắt gặp|cô nghe thấy] trẻ [dùng những từ ấy|nói những từ mới] [khi chơi với bạn|ở góc chơi], như \"Rau nhà tớ xanh mướt\", [điều khiến cả cô và phụ huynh đều bất ngờ|làm cô rất vui].",
                    ),
                    (
                        "[Tôi tổ chức cho trẻ đóng kịch|Trẻ được đóng vai nhân vật] [trong những truyện quen thuộc|qua các câu chuyện đã nghe] như \"Ba cô gái\", \"Thỏ con không vâng lời\", [tập nói lời thoại|nói lời nhân vật] [với giọng to nhỏ, nhanh chậm khác nhau|bằng giọng điệu phù hợp].",
                        "[Các bé thay nhau nhận vai|Mỗi trẻ được nhận một vai] [với mũ, mặt nạ tự làm bằng giấy|cùng đạo cụ giản đơn]; [bé nào quên lời thì được bạn bên cạnh nhắc|trẻ chưa thuộc lời được cô nhắc khẽ từng câu].",
                        "[Nhờ nhập vai|Qua những lần đóng kịch], trẻ [nhớ|thuộc] cả những câu thoại dài [rồi dùng lại khi chơi với bạn bè|và nói lại trong lúc chơi], [vốn từ vì thế tăng lên tự nhiên|từ ngữ của trẻ phong phú dần].",
                    ),
                    (
                        "[Đầu mỗi chủ đề|Mỗi tháng], tôi chọn [năm, sáu|vài] \"[từ của tháng|từ mới]\" [trong câu chuyện sắp kể|từ bài thơ sắp học], [in ra tấm thẻ to kèm hình vẽ|viết lên thẻ lớn có tranh] và [treo ở cửa lớp|dán lên bảng của lớp].",
                        "Với truyện \"Chú Dê Đen\", những từ trẻ học là \"run rẩy\", \"dõng dạc\", \"bình tĩnh\"; [cô làm động tác minh họa|tôi diễn tả bằng điệu bộ] rồi [đố|hỏi] trẻ \"Khi nào con thấy mình run rẩy?\".",
                        "[Đến cuối chủ đề|Cuối tháng], cả lớp chơi trò \"[Ai nhớ từ nào?|Tìm lại từ cũ]\", [nhiều bé không chỉ nhớ từ mà còn đặt được câu|trẻ nhớ gần hết các từ và nói được câu có từ đó].",
                    ),
                )),
                ("[Xây dựng|Tổ chức] [góc sách|góc thư viện] [và|,] [góc|khu vực] [kể chuyện|trò chuyện] [hấp dẫn|thân thiện]", (
                    (
                        "[Góc sách|Góc thư viện] [của lớp|trong lớp] [được|] [bố trí|sắp xếp] [ở nơi|tại chỗ] [đủ ánh sáng|yên tĩnh], [có|với] [thảm ngồi|gối tựa] và [sách tranh|truyện tranh] [thay đổi|được bổ sung] [theo chủ đề|hằng tuần].",
                        "[Tôi|Cô] [cùng|hướng dẫn] trẻ [làm|tự làm] [sách|cuốn sách] [từ|bằng] [tranh ảnh cũ|họa báo] [và|rồi] [kể|giới thiệu] [về|cho các bạn nghe về] [cuốn sách|sản phẩm] [của mình|].",
                        "[Phụ huynh|Các gia đình] [ủng hộ|góp] [sách cũ|truyện] [cho|vào] [góc sách|thư viện lớp] [và|,] [được|] [mời|khuyến khích] [đọc sách|kể chuyện] [cùng con|cho con nghe] [mỗi tối|trước giờ ngủ].",
                    ),
                    (
                        "Góc sách của lớp [được tôi đặt cạnh cửa sổ|nằm ở chỗ sáng nhất lớp], [có thảm, gối ôm và giá sách thấp|với tấm thảm xanh, vài chiếc gối và kệ sách vừa tầm tay] để trẻ [tự lấy, tự cất sách|tự chọn sách mà không cần nhờ cô].",
                        "[Trong giờ hoạt động góc|Giờ chơi tự do buổi sáng], [cô ngồi cùng một nhóm ba, bốn bé|tôi thường ngồi với vài bé] ở góc sách, [trẻ chỉ vào tranh và kể cho cô nghe|các bé lật sách rồi kể theo tranh] [bằng lời của mình|theo cách hiểu riêng].",
                        "[Mỗi chủ đề tôi thay một nửa số sách|Sách được thay một phần theo chủ đề], [nên góc sách lúc nào cũng có điều mới|vì vậy lúc nào cũng có cuốn mới để trẻ tò mò], và [đó trở thành chỗ các bé thích nhất lớp|nhiều bé sáng nào cũng ghé góc sách trước tiên].",
                    ),
                    (
                        "[Đầu năm học|Vào tháng Chín], tôi [phát động|kêu gọi] phong trào \"Mỗi bé một cuốn sách\", [mỗi cuốn gia đình tặng được dán nhãn tên bé ở bìa trong|cuốn nào cũng có nhãn ghi tên bé tặng].",
                        "[Mỗi khi có sách mới|Khi một cuốn sách mới về lớp], [bé mang sách đến được mời lên kể|chính bé tặng sách đứng lên giới thiệu] vì sao mình thích cuốn sách ấy, [các bạn đặt câu hỏi cho bạn|cả lớp được hỏi lại một câu].",
                        "[Đến giữa năm|Chỉ sau vài tháng], thư viện lớp có thêm [gần bốn mươi cuốn|vài chục đầu sách], [các bé hãnh diện chỉ cho bố mẹ cuốn sách mình đã tặng|trẻ rất tự hào khi thấy tên mình trên bìa sách].",
                    ),
                    (
                        "Ngoài góc sách, tôi [dựng|làm] một \"[sân khấu nhỏ|góc kể chuyện]\" với chiếc ghế \"người kể chuyện\" và [tấm phông vải|tấm rèm hoa]; bé nào ngồi vào ghế [sẽ kể|được quyền kể] cho các bạn một câu chuyện [lúc chờ ăn|trong giờ chơi].",
                        "[Lúc đầu chỉ một, hai bé dám kể|Ban đầu rất ít bé dám ngồi lên ghế], nhưng cô [khuyến khích|động viên] bằng cách [để trẻ cầm sách tranh lật từng trang mà kể|cho trẻ kể theo tranh trong sách], [nên dần dần|nhờ vậy] những bé nhút nhát cũng [xin ngồi vào ghế|xin lên kể].",
                        "[Chiếc ghế kể chuyện|Góc kể chuyện] [trở thành|dần thành] nơi các bé [tập nói trước bạn bè|luyện nói trước đông người] [một cách tự nguyện|mà không bị gò ép], [khác hẳn việc cô gọi lên kể|điều mà một tiết học khó làm được].",
                    ),
                )),
                ("[Tổ chức|Lồng ghép] trò chơi [ngôn ngữ|phát triển lời nói] [vào|trong] [các hoạt động|hoạt động hằng ngày]", (
                    (
                        "[Tôi|Cô] [tổ chức|cho trẻ chơi] {hd} [và|cùng] [các trò chơi|trò chơi] [như|] [\"Nói nhanh tên con vật\", \"Đoán xem ai nói\"|\"Tìm từ trái nghĩa\", \"Thi ai kể đúng\"] [để|nhằm] [luyện phát âm|phát triển vốn từ] [cho trẻ|].",
                        "[Trò chơi|Các trò chơi] [được|] [thay đổi|luân phiên] [liên tục|thường xuyên] [để|giúp] [trẻ|] [không|không bị] [nhàm chán|chán], [phù hợp|gắn] [với|] [chủ đề|nội dung] [của tuần|đang học].",
                    ),
                    (
                        "[Tôi tổ chức|Trẻ chơi] trò \"Tìm từ trái nghĩa\" [trong những phút chờ đến giờ ăn|lúc chuyển hoạt động]: cô nói \"to\", trẻ đáp \"nhỏ\"; cô nói \"nóng\", trẻ đáp \"lạnh\", [rồi đổi vai để bé ra từ cho cả lớp|sau đó trẻ ra từ cho cô].",
                        "[Mỗi lượt chơi chỉ vài phút|Trò chơi diễn ra nhanh] nhưng [cả lớp đều muốn được ra từ|trẻ nào cũng hào hứng], [bé nào nói nhầm thì cả lớp cùng sửa|những bé nói sai được các bạn nhắc] [trong tiếng cười|vui vẻ].",
                        "[Sau vài tuần|Chơi một thời gian], các bé [biết thêm|nắm được] [nhiều cặp từ như cao – thấp, sáng – tối, nhanh – chậm|khá nhiều cặp từ trái nghĩa] và [dùng chúng khi kể chuyện|nói đúng trong giao tiếp hằng ngày].",
                    ),
                    (
                        "[Chiếc \"túi bí mật\" may bằng vải|Chiếc túi kì lạ của lớp] [đựng|chứa] quả bóng, chiếc lược, quả cam, cái thìa; mỗi bé [đưa tay vào sờ một món|sờ một đồ vật] và [phải nói đặc điểm rồi mới đoán tên|tả lại trước khi đoán].",
                        "[Cô gợi ý trẻ nói thành câu|Tôi yêu cầu trẻ nói đủ câu] như \"Nó tròn, nhẵn và mát\", \"Nó có nhiều răng nhỏ\", [các bạn nghe mô tả rồi cùng đoán|để cả nhóm đoán theo].",
                        "[Trò chơi buộc trẻ phải tìm từ tả hình dạng, chất liệu|Nhờ trò chơi, trẻ phải dùng nhiều từ chỉ đặc điểm], [những từ vốn ít khi trẻ tự nói ra|điều mà hỏi đáp thông thường ít khi có].",
                    ),
                    (
                        "Tôi [nghĩ ra|tổ chức] trò \"Thuyền chở gì?\" [cho cả lớp ngồi thành vòng tròn|khi lớp ngồi thành vòng tròn]: cô nói \"Thuyền chở quả\", [từng bạn lần lượt nói tên một thứ|mỗi bé thêm một tên] mà [không lặp lại bạn trước|không trùng với bạn].",
                        "[Lúc đầu các bé hay nói trùng|Vòng đầu trẻ hay lặp từ], nhưng khi chủ đề đổi sang \"Thuyền chở đồ dùng trong bếp\", \"Thuyền chở phương tiện giao thông\", trẻ phải [nghĩ kĩ|lục lọi vốn từ] mới tìm được từ mới.",
                        "Tôi [đếm|ghi lại] số từ cả lớp tìm ra mỗi vòng, [từ chừng mười từ lúc đầu đã tăng lên gấp đôi sau một tháng|sau một tháng con số đã tăng gấp đôi], [các bé vỗ tay mỗi khi lập kỉ lục|trẻ rất thích được nghe \"kỉ lục\" mới].",
                    ),
                )),
                ("Dạy trẻ [kể chuyện sáng tạo|kể chuyện theo tranh] [để phát triển ngôn ngữ mạch lạc|cho trẻ {lop}]", (
                    (
                        "Tôi [chuẩn bị bộ tranh rời bốn, năm bức|dùng những bức tranh liên tiếp] về một câu chuyện gần gũi [như \"Bé đi học\", \"Chú mèo con\"|với trẻ], để trẻ [xếp theo thứ tự|sắp xếp theo ý mình] [rồi kể lại thành chuyện|và kể thành một câu chuyện liền mạch].",
                        "[Mỗi nhóm xếp tranh một kiểu|Các nhóm xếp khác nhau] nên [có những câu chuyện rất khác nhau|cách kể cũng mỗi nhóm một khác]; [tôi khen|cô ghi nhận] những chi tiết riêng [như đặt tên cho chú mèo|như một cái tên ngộ nghĩnh] hay [thêm lời thoại cho nhân vật|một đoạn kết mới].",
                        "[Kể chuyện theo tranh|Cách làm này] [giúp trẻ nói thành đoạn có đầu có cuối|rèn cho trẻ kể có trình tự], [điều mà trước đó nhiều bé chưa làm được|khác hẳn những câu rời rạc lúc đầu năm].",
                    ),
                    (
                        "[Lớp có một chiếc \"hộp kể chuyện\"|Tôi dùng một hộp kể chuyện] [đựng đồ chơi nhỏ như ô tô, búp bê, con gà nhựa|chứa nhiều đồ vật nhỏ quen thuộc]; mỗi bé [rút ngẫu nhiên ba món|rút ra ba đồ vật] và [ghép thành một câu chuyện ngắn|nghĩ ra câu chuyện có cả ba thứ ấy].",
                        "[Các bé kể trong nhóm bốn, năm bạn|Trẻ kể trước nhóm], [tôi ghi âm những câu chuyện hay|cô ghi lại những chuyện ngộ nghĩnh nhất] [để phát lại trong giờ đón trẻ|rồi đọc lại cho cả lớp nghe].",
                        "[Những câu chuyện ghi âm được gửi về gia đình|Các câu chuyện được gửi cho phụ huynh qua Zalo], [nhiều phụ huynh nói không ngờ con mình kể được dài như thế|nhiều bố mẹ bất ngờ vì con tưởng tượng phong phú đến vậy].",
                    ),
                    (
                        "[Kết thúc giờ kể chuyện|Sau khi nghe truyện], [tôi hỏi \"Nếu con là nhân vật, con sẽ làm gì?\"|cô gợi ý trẻ nghĩ ra một kết thúc khác], [chẳng hạn nếu Cáo không lừa được Gà Trống thì chuyện gì xảy ra|ví dụ cô bé quàng khăn đỏ không gặp chó sói thì sao].",
                        "[Các bé tranh nhau nêu ý|Trẻ đưa ra nhiều kết thúc mới], [có bé nghĩ ra đoạn kết ai cũng bật cười|có bé kể rất ngộ nghĩnh]; tôi [không chê ý nào|ghi nhận tất cả các ý] mà chỉ [giúp trẻ nói cho thành câu trọn vẹn|gợi để trẻ nói rõ ràng hơn].",
                        "[Việc nghĩ ra kết thúc mới|Hoạt động kể tiếp câu chuyện] [khiến trẻ mạnh dạn nói suy nghĩ của mình|giúp trẻ vừa luyện nói vừa tưởng tượng], [những bé ít nói cũng muốn góp một ý|nhiều bé vốn ít nói đã xung phong kể].",
                    ),
                    (
                        "Cả lớp cùng làm một cuốn \"[truyện của lớp mình|sách tranh tự làm]\": [mỗi chiều thứ Sáu|mỗi tuần] một nhóm vẽ một trang và [kể cho cô viết lời bên dưới|đọc lời cho cô ghi].",
                        "[Nhân vật chính là chú gà con \"Bông\" đi tìm mẹ|Câu chuyện kể về chú gà con đi tìm mẹ], nhóm kể sau [phải nghe lại phần của nhóm trước|cần nhớ chuyện của nhóm trước] rồi mới kể tiếp, [vì vậy trẻ vừa luyện nghe vừa luyện kể|nên trẻ phải nghe kĩ để kể cho khớp].",
                        "[Sau khoảng ba tháng|Cuối học kì], cuốn truyện [mười hai trang|hoàn thành] được đặt ở góc sách và [các bé thay nhau mang về kể cho bố mẹ nghe|là cuốn trẻ mượn về nhà nhiều nhất].",
                    ),
                )),
                ("[Đọc thơ, đồng dao|Hát đồng dao, ca dao] [kết hợp vận động|kèm động tác] [cho trẻ {lop}|hằng ngày]", (
                    (
                        "Tôi [chọn|dạy trẻ] các bài đồng dao quen thuộc như \"Dung dăng dung dẻ\", \"Nu na nu nống\", \"Chi chi chành chành\", [kèm động tác tay, chân|vừa đọc vừa làm động tác] [để trẻ thuộc theo nhịp|cho trẻ dễ nhớ].",
                        "[Các bài đồng dao được đọc|Đồng dao vang lên] [lúc chờ rửa tay, khi xếp hàng ra sân|trong những giờ chuyển tiếp], nên trẻ [đọc đi đọc lại nhiều lần|thuộc rất nhanh] mà [không cần giờ học riêng|không thấy mình phải học].",
                        "[Nhịp điệu và vần của đồng dao|Vần điệu] [giúp trẻ nói rõ, tròn tiếng hơn|làm trẻ phát âm rõ từng tiếng], [nhất là những bé trước đó hay nói lí nhí|đặc biệt với những bé hay nói nhỏ, nói lắp].",
                    ),
                    (
                        "[Hằng tuần|Mỗi tuần], [cô dạy|trẻ học] một bài thơ hoặc câu ca dao [hợp với chủ đề|gắn với mùa trong năm], [như bài về ông trăng vào dịp Trung thu|chẳng hạn bài về trăng vào dịp Trung thu], [đọc diễn cảm cùng cô|kèm động tác minh họa].",
                        "[Chiều thứ Sáu|Cuối tuần] lớp có \"sân khấu thơ\": [mỗi bé lên đọc một bài mình thích|trẻ lần lượt biểu diễn bài mình chọn], [đọc xong được cả lớp vỗ tay và tặng sticker|bạn nào đọc rõ ràng được tặng bông hoa bé ngoan].",
                        "[Buổi đọc thơ cuối tuần|Sân khấu thơ] [làm trẻ mạnh dạn đứng trước các bạn|giúp trẻ tự tin hẳn], [và rèn cách ngắt nhịp, nhấn giọng|đồng thời rèn thói quen đọc to, rõ].",
                    ),
                    (
                        "Tôi [ghi âm|thu âm] các bé đọc đồng dao bằng điện thoại, [lần lượt từng bé trong tháng|mỗi bé ít nhất một lần trong tháng], [rồi gửi cho phụ huynh|và phát lại trong giờ đón trẻ].",
                        "[Nhiều gia đình nhắn lời khen cho con qua Zalo|Phụ huynh nghe con đọc thường nhắn lại lời khen], [cô đọc to lời nhắn ấy trước lớp|tôi đọc những lời khen ấy cho trẻ nghe], [khiến bé nào cũng muốn được thu âm|và các bé rất phấn khởi].",
                        "[Những đoạn ghi âm|Việc ghi âm] [cũng cho tôi nghe lại phát âm của từng bé|còn giúp cô nghe kĩ cách phát âm của trẻ], [để biết em nào cần luyện thêm âm nào|từ đó có kế hoạch luyện riêng cho từng bé].",
                    ),
                    (
                        "[Trong giờ chơi ngoài trời|Khi ra sân], các bé chơi \"Rồng rắn lên mây\", \"Kéo cưa lừa xẻ\", [mỗi trò đi kèm lời đồng dao riêng|vừa chơi vừa đọc lời đồng dao].",
                        "[Để được tham gia|Muốn được chơi], trẻ phải [nhớ lời|thuộc lời]; bé nào quên thì [đứng cạnh bạn đọc theo|được bạn nhắc], [chỉ vài buổi là cả lớp đã đọc đều|ít hôm sau cả lớp đã đọc vang].",
                        "[Lời đồng dao đi kèm trò chơi|Những câu đồng dao gắn với trò chơi] [được trẻ nhớ lâu hơn hẳn thơ học trong lớp|được các bé nhớ rất lâu], [có bé còn dạy lại cho em ở nhà|nhiều bé về nhà chơi cùng anh chị và đọc lại].",
                    ),
                )),
                ("Khuyến khích trẻ [đặt câu hỏi|hỏi và trả lời] [đủ câu|rõ ràng] [trong các hoạt động|hằng ngày]", (
                    (
                        "Khi trẻ chỉ trả lời một từ như \"chuối\", tôi nhắc lại thành câu trọn vẹn \"Con thích ăn chuối ạ\" [rồi để trẻ nói theo|và khuyến khích trẻ nói lại], [không bắt ép|nhẹ nhàng chứ không bắt buộc].",
                        "[Cứ mỗi lần trẻ tự nói được một câu đủ ý|Hễ trẻ nói trọn câu], tôi khen ngay [bằng lời cụ thể|và gọi đúng điều bé đã làm tốt], như \"Con nói rõ ràng lắm, cô nghe hiểu ngay\".",
                        "[Sau một học kì|Đến cuối học kì I], [phần lớn trẻ trong lớp đã quen trả lời đủ câu|các bé tự nói đủ câu mà không cần cô nhắc], [kể cả khi trò chuyện với người lạ|cả khi có khách đến lớp].",
                    ),
                    (
                        "Tôi dành [năm phút cuối giờ chơi chiều|một khoảng ngắn mỗi buổi chiều] cho \"giờ bé hỏi – cô đáp\": trẻ được hỏi cô bất cứ điều gì [về đồ vật, con vật, cây cối xung quanh|mà bé tò mò trong ngày].",
                        "Sau khi trả lời, tôi hỏi lại trẻ [một câu ngắn|bằng câu hỏi \"Vì sao con muốn biết điều đó?\"] [để trẻ tập giải thích bằng lời của mình|để bé tập nói thành câu có đầu có cuối].",
                        "Những câu hỏi ngộ nghĩnh của trẻ [được tôi ghi vào một cuốn sổ nhỏ|được ghi lại] [và đọc cho phụ huynh nghe trong buổi họp|làm quà gửi về gia đình cuối năm].",
                    ),
                    (
                        "[Trong giờ chơi ở góc bán hàng|Khi trẻ chơi ở góc phân vai], tôi nhập vai người mua [và hỏi những câu cần trả lời dài|và cố ý hỏi những câu buộc bé phải giải thích], như \"Quả này ngọt không? Vì sao cô nên mua?\".",
                        "Trẻ đóng vai người bán [phải giới thiệu hàng bằng nhiều câu|tập mời chào, mô tả món hàng], [cô gợi thêm từ mới khi trẻ bí từ|tôi chen vào vài từ mới để bé dùng theo].",
                        "[Giao tiếp trong lúc chơi|Nói chuyện qua trò chơi đóng vai] giúp trẻ [nói tự nhiên, không bị gò bó|dùng câu dài mà không thấy mình đang \"học\"].",
                    ),
                    (
                        "[Lớp có|Tôi làm] một chiếc \"[hộp thắc mắc|hộp câu hỏi]\" [để cạnh chậu cây|đặt ở góc thiên nhiên]: bé nào muốn hỏi điều gì thì [kể cho cô|nói với cô], cô [viết câu hỏi ra giấy|ghi lại] và [thả vào hộp|bỏ vào hộp].",
                        "[Trước giờ về|Cuối ngày], cô rút một câu hỏi, bé [có câu hỏi|đặt câu hỏi] đứng lên nhắc lại, [chẳng hạn|như] \"Tại sao con ốc sên lại bò chậm?\", và các bạn [thử trả lời|đoán câu trả lời] trước khi cô giải thích.",
                        "Các bé [quen đặt câu hỏi có đầu có cuối|dần biết hỏi bằng câu đầy đủ] [thay vì hỏi trống không|chứ không chỉ \"Cái gì đây?\"], [và chăm chú nghe câu trả lời của bạn|và cũng biết lắng nghe bạn nói].",
                    ),
                )),
                ("[Phối hợp|Hướng dẫn] phụ huynh [đọc sách|kể chuyện] [cùng con|mỗi tối]", (
                    (
                        "Tôi [gửi cho gia đình|chia sẻ với phụ huynh] [danh sách truyện tranh theo từng tháng|gợi ý sách phù hợp với trẻ {lop}], [kèm gợi ý đọc cùng con mười lăm phút trước giờ ngủ|cùng cách đọc với con mỗi tối], [như dừng lại hỏi \"Theo con, chuyện gì sẽ xảy ra?\"|như chỉ vào tranh và hỏi con].",
                        "[Nhiều gia đình gửi ảnh|Phụ huynh chia sẻ hình ảnh] [buổi đọc sách buổi tối|giờ đọc sách cùng con] [vào nhóm Zalo của lớp|cho cô qua tin nhắn], [cô khen trẻ vào sáng hôm sau|tôi khen từng bé trước lớp] [để trẻ thêm hào hứng|và mời bé kể lại cho các bạn].",
                        "[Nhờ có giờ đọc sách ở nhà|Được bố mẹ đọc cùng mỗi ngày], [các bé kể lại truyện cho cô nghe|trẻ mang đến lớp nhiều từ mới] và [dùng câu dài hơn hẳn so với đầu năm|nói chuyện mạch lạc hơn rõ rệt].",
                    ),
                    (
                        "[Lớp có mười chiếc túi sách lưu động bằng vải|Tôi tổ chức \"túi sách lưu động\"], mỗi túi [đựng hai cuốn sách tranh và một quyển sổ nhỏ|có hai cuốn truyện kèm một cuốn sổ]; các bé [thay phiên mang về nhà vào thứ Sáu|mang về nhà cuối tuần] và [trả vào đầu tuần|trả lại vào thứ Hai].",
                        "[Ở quyển sổ kèm theo|Trong cuốn sổ nhỏ], phụ huynh [viết vài dòng|ghi cảm nhận ngắn] như \"Bé thích nhất đoạn Thỏ con bị lạc\" [hoặc dán bức tranh con vẽ lại nhân vật|hay nhờ con vẽ một bức tranh].",
                        "[Sáng thứ Hai|Đầu tuần], [cô đọc to các ghi chép|tôi đọc những dòng ghi của phụ huynh] và mời từng bé kể về cuốn sách của mình, [nên các túi sách luôn được háo hức chờ đến lượt|túi sách vì thế thành sợi dây nối lớp với gia đình].",
                    ),
                    (
                        "[Ở buổi họp phụ huynh đầu năm|Trong buổi họp đầu năm], tôi dành [hai mươi phút|một phần thời gian] [chia sẻ cách hỏi chuyện con|hướng dẫn cách trò chuyện với con], như [tắt ti vi trong bữa tối để cả nhà trò chuyện|hạn chế cho con xem điện thoại khi ăn].",
                        "[Tôi làm mẫu bằng một cuốn truyện tranh|Cô làm mẫu ngay tại buổi họp]: [đọc chậm, chỉ tranh, hỏi những câu mở rồi chờ|đọc một đoạn, dừng lại hỏi, chờ trẻ trả lời], để phụ huynh thấy [đọc cùng con không cần giọng hay mà cần kiên nhẫn|việc này không khó như họ nghĩ].",
                        "[Những tuần sau đó|Sau buổi họp], nhiều gia đình [kể con hay hỏi chuyện hơn vào bữa tối|cho biết con nói nhiều hơn] và [ít đòi xem điện thoại hơn trước|thời gian xem điện thoại của con giảm rõ].",
                    ),
                    (
                        "[Mỗi tháng|Định kì hằng tháng] lớp mời một [ông bà hoặc bố mẹ|phụ huynh] vào làm \"người kể chuyện khách mời\" [vào chiều thứ Năm|trong khoảng hai mươi phút]; có bác là bộ đội kể chuyện đóng quân, có bà kể truyện cổ tích bằng giọng địa phương.",
                        "[Các bé được nghe những giọng kể mới lạ|Trẻ được nghe giọng kể khác cô] rồi [hỏi lại người kể|đặt câu hỏi cho khách], [em có người thân đến lớp vô cùng tự hào|bé có bố mẹ đến kể thì rất hãnh diện] và [được mời lên giới thiệu khách|giới thiệu khách với các bạn].",
                        "[Sau vài lần như vậy|Nhờ hoạt động này], các gia đình [thấy rõ con thích nghe kể chuyện|hiểu hơn việc kể chuyện cho con] và [tự nguyện dành thời gian đọc cùng con ở nhà|nhiều nhà tự đăng kí đọc sách cùng con].",
                    ),
                )),
                ("Sử dụng [rối tay, rối que|con rối] [trong hoạt động|để kích thích trẻ nói]", (
                    (
                        "Tôi cùng [ba phụ huynh khéo tay|một số phụ huynh] làm [bộ rối tay bằng tất cũ|rối tay từ vải vụn và tất cũ] [theo các nhân vật quen thuộc như thỏ, gấu, cáo|mô phỏng con vật trong truyện], [dùng trong giờ kể chuyện và trò chuyện đầu ngày|để kể chuyện và trò chuyện với trẻ].",
                        "[Những bé nhút nhát như bé {ten}|Các bé ít nói] [thường không dám trả lời cô|vốn ngại nói với người lớn] nhưng lại [thì thầm trò chuyện với chú thỏ rối|sẵn sàng \"kể chuyện\" cho con rối nghe].",
                        "[Nhờ con rối làm cầu nối|Qua con rối], [tôi dần đưa trẻ vào cuộc trò chuyện chung|bé mạnh dạn hơn và bắt đầu nói trước nhóm bạn].",
                    ),
                    (
                        "[Góc rối trong lớp|Một \"nhà rối\" nhỏ làm bằng thùng các-tông] [được đặt cạnh góc sách|có rèm vải] để trẻ [tự diễn lại những câu chuyện đã nghe|chơi tự do trong giờ hoạt động góc].",
                        "[Tôi ngồi gần|Cô quan sát từ xa], [gợi ý lời thoại khi trẻ bí|nhắc trẻ nói to, rõ], và [ghi lại những câu trẻ nói hay|khen những lời thoại trẻ tự nghĩ ra].",
                        "[Cứ vài tuần|Mỗi tháng], [nhóm trẻ diễn rối hay nhất|các bé diễn rối] [được biểu diễn cho lớp bên cạnh xem|được mời diễn trong giờ đón trả trẻ], [các bé rất tự hào|trẻ hào hứng chuẩn bị].",
                    ),
                    (
                        "[Trong giờ tạo hình|Ở hoạt động làm đồ chơi], trẻ [tự làm rối que|làm con rối bằng giấy màu và que kem] [theo nhân vật mình thích|rồi đặt tên cho nhân vật].",
                        "[Làm xong|Khi rối đã hoàn thành], [mỗi bé dùng rối giới thiệu nhân vật của mình|từng trẻ cầm rối kể một câu chuyện ngắn] [cho các bạn trong nhóm nghe|trước nhóm].",
                        "[Chính tay làm ra con rối|Được kể chuyện bằng con rối của mình] [khiến trẻ nói hăng say hơn hẳn|làm cả những bé ít nói cũng muốn kể].",
                    ),
                    (
                        "[Những buổi chiều mưa|Vào hôm trời mưa], cô kéo rèm, [dùng đèn pin và tấm vải trắng|bật đèn pin chiếu lên tấm vải] để cả lớp chơi rối bóng: các bé [dùng bàn tay tạo bóng|đan tay thành hình] con chó, con chim, con thỏ [lên tấm vải|trên tường].",
                        "Khi bóng con vật hiện lên, trẻ phải [nói thay cho con vật|cho con vật \"nói\"], [chẳng hạn|như] \"Gâu gâu, tớ đang tìm khúc xương\", [bạn bên cạnh đáp lời|bạn khác hỏi lại], thành [một màn đối đáp nhỏ|một cuộc hội thoại ngắn].",
                        "[Khi không bị ai nhìn thẳng vào mặt|Trong bóng tối], [cả những bé rụt rè|những bé nhút nhát] cũng [lên tiếng to và tự nhiên hơn|nói to, tự nhiên hơn hẳn], [điều tôi không ngờ tới lúc mới thử cách này|đó là điều cô rất bất ngờ].",
                    ),
                )),
                ("[Tổ chức|Cho trẻ làm] \"[phóng viên nhí|người dẫn chương trình nhí]\" [giới thiệu về bản thân, gia đình|trước lớp]", (
                    (
                        "Mỗi ngày một bé làm \"phóng viên nhí\": [cầm micro đồ chơi|đứng trước lớp với chiếc micro bằng giấy] [giới thiệu về gia đình mình qua tấm ảnh mang từ nhà|kể về người thân, món ăn, đồ chơi mình yêu thích] [trong khoảng hai phút|ngắn gọn].",
                        "[Các bạn được hỏi thêm một, hai câu|Sau phần giới thiệu, các bạn đặt câu hỏi] như \"Bố bạn làm nghề gì?\", \"Bạn thích đi chơi ở đâu?\", [bé \"phóng viên\" trả lời|và bé tập trả lời rõ ràng].",
                        "[Sau vài vòng|Đến khi cả lớp đã lần lượt làm \"phóng viên\"], [những bé rụt rè nhất cũng nói được trọn vẹn|trẻ tự tin hơn hẳn khi nói trước đám đông].",
                    ),
                    (
                        "Tôi [quay lại phần giới thiệu của từng bé|ghi hình các bé khi làm phóng viên nhí] [và gửi riêng cho phụ huynh|kèm lời khen ngắn qua Zalo].",
                        "[Nhiều phụ huynh xúc động|Phụ huynh rất vui] khi thấy con [nói mạch lạc trước lớp|tự tin giới thiệu về gia đình], [có gia đình còn luyện cho con ở nhà|có bố mẹ còn giúp con chuẩn bị bài nói lần sau].",
                        "[Đoạn video đầu năm và cuối năm|Hai đoạn video ở hai thời điểm] [được đặt cạnh nhau|được gửi cho gia đình so sánh], [cho thấy rõ sự tiến bộ của trẻ|ai xem cũng thấy bé tiến bộ].",
                    ),
                    (
                        "[Trong giờ hoạt động nhóm|Ở góc trò chuyện], [trẻ phỏng vấn nhau theo cặp|các bé đóng vai phóng viên phỏng vấn bạn] bằng [bộ thẻ câu hỏi có hình vẽ|những câu hỏi cô gợi ý] như \"Bạn thích màu gì?\", \"Bạn có mấy anh chị em?\".",
                        "[Bé phỏng vấn|Trẻ đặt câu hỏi] [kể lại câu trả lời của bạn cho cả nhóm|rồi thuật lại cho cô nghe], [nên vừa luyện hỏi vừa luyện kể lại|tập cả hỏi, nghe và kể].",
                        "[Trò chơi phỏng vấn|Hoạt động này] [giúp trẻ biết lắng nghe bạn|rèn cho trẻ thói quen nghe và nói thành câu].",
                    ),
                    (
                        "Lớp có chương trình \"[Bản tin sáng thứ Hai|Nhà báo nhí]\": [một cặp trẻ|hai bé] đứng sau [khung \"ti vi\" bằng bìa cứng|chiếc ti vi làm bằng thùng giấy] [kể những việc vui của lớp tuần trước|đưa tin về lớp mình].",
                        "[Các bản tin rất ngắn|Tin tức rất đơn giản], như \"Tuần trước lớp mình trồng cây đậu, cây đã nảy mầm\", [cô cùng trẻ tập trước hai, ba câu vào chiều thứ Sáu|tôi giúp trẻ chuẩn bị vài câu từ cuối tuần trước].",
                        "[Bé nào cũng mong được làm người dẫn bản tin|Trẻ hào hứng chờ đến lượt mình lên \"ti vi\"], [qua đó tập kể lại sự việc có đầu có cuối|và biết kể sự việc theo thứ tự], [một chuẩn bị tốt cho trẻ trước khi vào lớp 1|vốn là kĩ năng cần cho lớp 1].",
                    ),
                )),
                ("Hỗ trợ [trẻ chậm nói, nói ngọng|trẻ gặp khó khăn về ngôn ngữ] [bằng kế hoạch riêng|trong lớp {lopcn}]", (
                    (
                        "[Với những trẻ chậm nói|Với bé {ten} và một vài trẻ nói còn ít], tôi lập [kế hoạch hỗ trợ riêng|một kế hoạch nhỏ], mỗi ngày trò chuyện riêng [năm phút vào giờ đón trẻ|khoảng năm phút] [bằng tranh và đồ chơi bé thích|với những câu hỏi đơn giản].",
                        "[Mục tiêu được đặt rất nhỏ|Tôi chỉ đặt mục tiêu vừa sức], [như tháng đầu bé gọi được tên mười đồ vật|như nói được câu hai, ba từ], [và ghi lại từng tiến bộ|được ghi vào sổ theo dõi].",
                        "[Khi thấy trẻ chậm tiến bộ|Nếu sau một thời gian trẻ vẫn chưa nói nhiều hơn], [tôi trao đổi với phụ huynh|tôi gợi ý gia đình đưa bé đi khám chuyên khoa] [để có hỗ trợ kịp thời|để không bỏ lỡ giai đoạn can thiệp sớm].",
                    ),
                    (
                        "[Với trẻ nói ngọng|Những bé phát âm chưa rõ] [được tập các trò chơi cơ miệng|luyện cơ miệng qua trò chơi] như thổi bong bóng xà phòng, thổi lông gà, le lưỡi chạm mũi, [trước khi tập nói âm khó|để chuẩn bị cho phát âm].",
                        "Tôi [luyện các âm dễ nhầm như l/n, s/x|cho trẻ đọc cặp từ] [qua bài đồng dao ngắn|bằng câu vè vui], [không sửa gay gắt khi trẻ nói sai|chỉ nhắc lại đúng để bé nghe].",
                        "[Phụ huynh được hướng dẫn|Gia đình cùng tập] [các trò chơi này ở nhà|mỗi tối vài phút], [nhờ vậy trẻ tiến bộ nhanh hơn|giúp việc luyện tập được liên tục].",
                    ),
                    (
                        "Tôi [sắp xếp cho trẻ chậm nói ngồi cạnh bạn hoạt bát|ghép trẻ ít nói với một bạn nói tốt] [trong giờ ăn, giờ chơi|ở các hoạt động nhóm], [để trẻ nghe và bắt chước bạn|vì trẻ học từ bạn rất nhanh].",
                        "[Bạn \"kèm\"|Bé nói tốt] [được giao nhiệm vụ rủ bạn chơi|được nhờ trò chuyện với bạn], [và được cô khen khi giúp bạn|và rất vui vì được tin tưởng].",
                        "[Sau vài tháng|Dần dần], [trẻ chậm nói đã chủ động gọi bạn chơi|bé bắt đầu nói nhiều hơn với bạn bè], [điều mà phụ huynh rất mừng|khiến gia đình yên tâm hơn].",
                    ),
                    (
                        "Tôi [nhờ gia đình gửi|xin phụ huynh] ảnh người thân, đồ chơi, món ăn quen thuộc để [làm cho bé {ten}|làm cho những trẻ chậm nói] một [quyển sổ tranh|cuốn album] về chính cuộc sống của bé.",
                        "[Hằng ngày|Mỗi ngày], [lúc các bạn ngủ trưa dậy|trong vài phút buổi chiều], [hai cô trò cùng lật sổ tranh|cô và bé cùng xem album]; bé chỉ và nói \"bà\", \"xe\", \"cơm\", cô [nhắc lại thành câu ngắn|nói lại thành câu] như \"Bà đưa con đi học\".",
                        "[Do đều là hình ảnh thân quen|Vì là hình ảnh của chính mình], bé [hào hứng hơn hẳn|thích xem hơn nhiều] so với xem tranh in sẵn, và [đến cuối học kì|sau ba tháng] đã nói được những câu ba, bốn từ.",
                    ),
                )),
            ),
        },
        {
            "key": "mn_ky_nang",
            "phrase": "kĩ năng tự phục vụ",
            "levels": ("mam_non",),
            "titles": (
                "giáo dục kĩ năng tự phục vụ cho trẻ {lop}",
                "rèn kĩ năng tự phục vụ [và kĩ năng sống|] cho trẻ {lop} [trong trường mầm non|]",
            ),
            "ideas": (
                ("[Rèn|Hình thành] [thói quen|kĩ năng] tự phục vụ [qua|trong] [các hoạt động|sinh hoạt] [hằng ngày|thường ngày]", (
                    (
                        "[Tôi|Cô] [hướng dẫn|dạy] trẻ [tự|cách tự] [cất dép, cất ba lô|xúc cơm, lau miệng|rửa tay bằng xà phòng|gấp quần áo] [đúng nơi quy định|theo đúng các bước] [ngay từ|trong] [những ngày đầu|tháng đầu] [năm học|].",
                        "[Mỗi kĩ năng|Từng kĩ năng] [được|] [chia|tách] [thành|ra] [các bước|bước nhỏ] [có|kèm] [tranh minh họa|hình ảnh] [dán|treo] [ở|tại] [nơi|khu vực] [trẻ|] [thực hiện|hay thực hiện], [ví dụ|chẳng hạn] [sáu bước rửa tay|quy trình cất đồ dùng].",
                        "[Tôi|Cô] [kiên trì|nhẹ nhàng] [nhắc nhở|hướng dẫn] [hằng ngày|mỗi ngày] [cho đến khi|để] [kĩ năng|việc làm] [trở thành|thành] [thói quen|nền nếp] [của trẻ|].",
                    ),
                    (
                        "[Ngay tuần đầu|Những ngày đầu năm học], tôi [dạy trẻ cất dép lên giá đúng kí hiệu|hướng dẫn trẻ tự cất ba lô vào ngăn tủ của mình], [mỗi ngăn tủ có dán ảnh của trẻ|mỗi vị trí có một kí hiệu riêng] [để trẻ dễ nhận ra|giúp trẻ nhớ chỗ của mình].",
                        "[Buổi sáng|Lúc đón trẻ], [tôi đứng cạnh giá dép|cô đứng ở cửa lớp] [nhắc bằng một câu ngắn|chỉ hỏi] \"Dép của con ở nhà nào?\" [thay vì cất hộ|chứ không làm thay], [phụ huynh cũng được đề nghị để con tự làm|bố mẹ được nhờ đứng chờ cho con tự cất].",
                        "[Sau một tháng|Đến tháng Mười], [hầu hết trẻ tự cất đồ gọn gàng|các bé đã tự giác cất đồ] [mà không cần nhắc|không cần cô nhắc], [giờ đón trẻ vì thế cũng nhẹ nhàng hơn|cửa lớp không còn cảnh dép để lộn xộn].",
                    ),
                    (
                        "[Với kĩ năng rửa tay|Khi dạy rửa tay], [tôi dán tranh sáu bước rửa tay|có tranh minh họa từng bước] [ngay cạnh bồn rửa|ngang tầm mắt trẻ], [mỗi bước một hình vẽ to, rõ|kèm số thứ tự lớn].",
                        "[Trẻ vừa rửa vừa nhìn tranh|Các bé nhìn tranh và làm theo], [cô đứng cạnh nhắc bước còn quên|tôi quan sát và nhắc những bé bỏ bước], [nhất là bước rửa kẽ ngón tay|đặc biệt là bước chà mu bàn tay] [mà trẻ hay bỏ qua|vốn hay bị quên].",
                        "[Chỉ sau vài tuần|Ít lâu sau], [trẻ rửa tay đúng, đủ các bước|các bé thuộc thứ tự các bước] [và còn nhắc nhau|và nhắc bạn] [khi thấy bạn rửa vội|nếu thấy bạn làm qua loa].",
                    ),
                    (
                        "[Vào mùa đông|Khi trời trở lạnh], cô dạy trẻ tự mặc áo khoác [theo cách đặt áo ngược trên sàn rồi luồn tay lật qua đầu|bằng cách \"lật áo qua đầu\"], [cách này giúp trẻ tự mặc|một cách mặc rất nhanh] [mà không cần người lớn|mà trẻ nhỏ làm được].",
                        "[Trước khi phụ huynh đến đón|Giờ ra về], [các bé cùng tự mặc áo|cả lớp thi \"ai mặc áo nhanh\"], [bé nào xong sớm thì giúp bạn kéo khóa|bạn nào xong trước giúp bạn bên cạnh], [tôi chỉ hỗ trợ những bé còn lúng túng|cô chỉ giúp khi thật cần].",
                        "[Nhiều gia đình|Phụ huynh] [bất ngờ|rất ngạc nhiên] [khi con tự mặc áo khoác trước mặt bố mẹ|khi thấy con tự mặc áo], [và từ đó không mặc hộ con nữa|và về nhà cũng để con tự làm].",
                    ),
                )),
                ("[Lồng ghép|Giáo dục] kĩ năng [qua|trong] [trò chơi đóng vai|giờ chơi ở các góc]", (
                    (
                        "[Ở|Trong] [góc phân vai|góc gia đình], [trẻ|các bé] [đóng vai|chơi] [bố mẹ, người bán hàng, bác sĩ|nấu ăn, dọn nhà, chăm em] [để|và] [thực hành|tập làm] [những việc|công việc] [tự phục vụ|hằng ngày] [một cách|] [tự nhiên|vui vẻ].",
                        "[Tôi|Cô] [chuẩn bị|làm] {dc} [như|] [khung tập cài cúc, kéo khóa|bàn chải, khăn mặt đồ chơi] [để|cho] trẻ [luyện|tập] [sự khéo léo|cử động tinh] [của đôi tay|].",
                        "{hd} [cũng được|được] [lồng ghép|sử dụng] [để|nhằm] [giúp|cho] trẻ [ghi nhớ|thực hành] [các bước|kĩ năng] [một cách|] [nhẹ nhàng|hào hứng].",
                    ),
                    (
                        "[Góc gia đình của lớp|Góc phân vai] [có bộ đồ nấu ăn, chổi nhỏ, khăn lau|được bố trí như một căn nhà thu nhỏ], [trẻ đóng vai bố, mẹ, con|các bé nhận vai người trong gia đình] [và làm việc nhà theo vai|và chia nhau làm việc nhà].",
                        "[Khi chơi|Trong lúc chơi], [trẻ thực hành gấp quần áo, lau bàn, xếp bát|các bé gấp khăn, quét nhà, dọn bàn ăn], [tôi nhập vai khách đến chơi|cô vào vai \"bà ngoại\"] [để gợi thêm việc|để nhờ trẻ làm thêm việc] [như rót nước mời khách|như mời nước, lấy ghế].",
                        "[Chơi đóng vai|Qua trò chơi gia đình], [trẻ học việc nhà một cách tự nhiên|các bé tập làm việc nhà mà không thấy bị bắt buộc], [nhiều bé về nhà đòi giúp mẹ|có bé về nhà xin được gấp quần áo cùng mẹ].",
                    ),
                    (
                        "Tôi [làm khung tập cài cúc, kéo khóa, buộc dây|tự làm bảng tập kĩ năng] [từ vải vụn, cúc áo cũ và khóa kéo thừa|bằng vật liệu đã qua sử dụng], [treo ở góc phân vai|đặt trong góc chơi] [để trẻ tập khi chơi|cho trẻ luyện trong giờ chơi].",
                        "[Trẻ tập cài cúc cho \"em búp bê\"|Các bé mặc áo cho búp bê rồi cài cúc], [kéo khóa chiếc ba lô đồ chơi|kéo khóa túi đồ chơi], [cô khen từng cúc trẻ cài được|tôi đếm số cúc bé cài đúng] [để trẻ cố thêm|để khích lệ trẻ].",
                        "[Những đôi tay vụng về lúc đầu|Các bé lúc đầu còn lóng ngóng] [sau vài tuần đã cài được cả hàng cúc|dần dần cài cúc thành thạo], [và trẻ tự cài áo mình khi ra về|rồi tự cài cúc áo của mình].",
                    ),
                    (
                        "[Ở góc \"Phòng khám\"|Trong góc bác sĩ], [trẻ đóng vai bác sĩ và bệnh nhân|các bé thay nhau làm bác sĩ, người bệnh], [cô lồng vào|tôi lồng ghép] [những việc tự chăm sóc|kĩ năng giữ vệ sinh] [như lau mũi, che miệng khi ho|như rửa tay, xì mũi đúng cách].",
                        "[\"Bác sĩ nhí\" dặn \"bệnh nhân\"|Bé làm bác sĩ nhắc bạn] \"Bạn phải rửa tay trước khi ăn\", \"Khi ho bạn lấy khuỷu tay che miệng\", [những lời dặn ấy do cô gợi ý lúc đầu|các câu dặn đó được cô gợi ý từ trước] [rồi trẻ tự nói|rồi trẻ tự nhắc lại].",
                        "[Vào mùa cúm|Những tháng chuyển mùa], [tôi thấy trẻ nhắc nhau che miệng khi ho|các bé tự nhắc nhau che miệng], [điều mà nghe giảng khó có được|kĩ năng ấy đến từ trò chơi chứ không phải lời dặn của cô].",
                    ),
                )),
                ("[Phối hợp|Thống nhất] với phụ huynh [trong việc|để] [rèn|duy trì] kĩ năng [cho trẻ|] [ở nhà|tại gia đình]", (
                    (
                        "[Tôi|Cô] [trao đổi|chia sẻ] [với phụ huynh|] [vào|trong] [giờ đón, trả trẻ|buổi họp phụ huynh] [về|những] [kĩ năng|việc] [trẻ|con] [đã|] [làm được|biết làm] [ở lớp|] [và|để] [đề nghị|mong] [gia đình|phụ huynh] [tạo cơ hội|để con] [tự làm|thực hiện] [ở nhà|].",
                        "[Các video|Video] [ngắn|] [ghi lại|quay cảnh] trẻ [tự|] [xúc cơm, gấp quần áo|làm việc vừa sức] [được|] [gửi|chia sẻ] [vào nhóm Zalo của lớp|cho phụ huynh] [để|nhằm] [phụ huynh|cha mẹ] [thấy|tin tưởng vào] [khả năng|sự tiến bộ] [của con|].",
                        "[Nhờ|Với] [sự thống nhất|sự phối hợp] [này|đó], [phụ huynh|gia đình] [dần|đã] [bỏ|hạn chế] [thói quen|việc] [làm thay|làm hộ] [con|trẻ], trẻ [tự tin|mạnh dạn] [và độc lập|, tự lập] hơn.",
                    ),
                    (
                        "[Tôi trao đổi với phụ huynh|Cô chia sẻ với gia đình] [qua nhóm Zalo của lớp|trong giờ trả trẻ] [về những việc trẻ đã tự làm được ở lớp|về kĩ năng mới của con], [như tự xúc cơm, tự gấp khăn|như tự cất dép, tự đi vệ sinh].",
                        "[Phụ huynh gửi lại ảnh con tự làm ở nhà|Các gia đình phản hồi bằng ảnh, video], [tôi chọn vài ảnh|cô chiếu vài hình ảnh] [cho cả lớp xem|lên ti vi của lớp] [vào sáng thứ Hai|đầu tuần] [để trẻ được khen|cho các bé tự hào].",
                        "[Nhờ lớp và nhà cùng một cách làm|Khi ở nhà và ở lớp thống nhất], [trẻ không còn \"ở lớp tự làm, về nhà nhờ làm hộ\"|kĩ năng của trẻ được duy trì], [phụ huynh cũng yên tâm để con tự làm|gia đình cũng bớt làm thay con].",
                    ),
                    (
                        "[Trong buổi họp phụ huynh đầu năm|Ở buổi họp đầu năm], [tôi chiếu video trẻ tự phục vụ ở lớp|cô cho phụ huynh xem đoạn phim ngắn về giờ ăn, giờ ngủ của lớp] [để phụ huynh tin vào khả năng của con|để gia đình thấy con làm được nhiều việc].",
                        "[Nhiều phụ huynh bất ngờ|Không ít phụ huynh ngạc nhiên] [vì ở nhà vẫn bón cơm cho con|vì ở nhà vẫn làm hộ con mọi việc], [và cam kết để con tự ăn, tự mặc|và hứa cho con tự làm] [ít nhất trong bữa tối|từ ngày hôm sau].",
                        "[Sự thay đổi nhận thức của phụ huynh|Thay đổi từ phía gia đình] [là điều kiện để kĩ năng của trẻ bền vững|giúp kĩ năng của trẻ không bị mai một], [nhất là sau những kì nghỉ dài|kể cả sau kì nghỉ Tết].",
                    ),
                    (
                        "[Tôi soạn|Cô gửi] [một \"lịch việc nhà của bé\"|tờ lịch nhỏ về việc nhà] [cho mỗi gia đình|về cho phụ huynh] [với bảy việc đơn giản trong tuần|mỗi ngày một việc nhỏ], [như tưới cây, xếp dép, cất đồ chơi|như lau bàn, nhặt rau, gấp khăn].",
                        "[Mỗi việc làm xong|Bé làm xong việc nào] [được bố mẹ đánh dấu một mặt cười|thì bố mẹ dán một hình ngôi sao], [cuối tuần trẻ mang lịch đến lớp|thứ Hai trẻ mang tờ lịch đến lớp] [kể cho cô nghe|khoe với bạn].",
                        "[Tờ lịch nhỏ|Cách làm này] [giúp phụ huynh có việc cụ thể để giao cho con|cho gia đình biết nên giao việc gì cho con], [nhiều nhà còn tự thêm việc mới|có nhà còn nghĩ thêm việc cho bé] [khi thấy con làm tốt|vì thấy con thích làm].",
                    ),
                )),
                ("[Rèn|Dạy] [kĩ năng tự phục vụ|kĩ năng] [qua bài hát, câu vè|bằng vần điệu] [cho trẻ {lop}|dễ nhớ]", (
                    (
                        "Tôi [đặt những câu vè ngắn|nghĩ ra các câu vè] cho từng việc tự phục vụ, như \"Hai tay xoa đều, xả nước sạch bong\" khi rửa tay, \"Dép đôi ngay ngắn, về đúng nhà mình\" khi cất dép.",
                        "[Trẻ vừa làm vừa đọc vè|Các bé vừa đọc vừa làm], [nên nhớ đúng thứ tự các bước|nhờ vần điệu mà nhớ trình tự] [mà không cần cô nhắc từng bước|nhanh hơn so với nghe giải thích].",
                        "[Những câu vè|Các bài vè] [được phụ huynh học theo ở nhà|được gửi cho gia đình], [nhiều bé về nhà đọc vè khi tự cất dép|có bé còn \"dạy\" lại em nhỏ ở nhà].",
                    ),
                    (
                        "[Trong giờ vệ sinh|Lúc rửa tay trước khi ăn], tôi [bật bài hát \"Rửa tay\" có nhịp vừa đủ|mở một bài hát ngắn dài khoảng hai mươi giây] [để trẻ rửa tay hết bài mới dừng|làm \"đồng hồ\" cho trẻ rửa tay đủ lâu].",
                        "[Với kĩ năng đánh răng|Ở giờ chải răng sau ăn trưa], [cũng có một bài hát riêng|trẻ chải răng theo một bài hát khác] [với động tác chải lên, chải xuống theo nhịp|để chải đều các mặt răng].",
                        "[Âm nhạc làm việc vệ sinh thành niềm vui|Nhờ âm nhạc], [trẻ không còn rửa tay qua loa|các bé thực hiện đủ thời gian và đúng động tác].",
                    ),
                    (
                        "[Tôi kể những câu chuyện ngắn|Cô kể chuyện] [về bạn nhỏ biết tự mặc áo, tự gấp chăn|về những nhân vật biết tự làm việc của mình], [kèm tranh minh họa|bằng tranh vẽ tay], [rồi hỏi trẻ \"Con làm được như bạn không?\"|và để trẻ nói mình đã làm được việc gì].",
                        "[Sau câu chuyện|Kết thúc chuyện], [trẻ thi nhau kể những việc mình đã tự làm|các bé xung phong làm thử ngay] [như tự đi dép, tự lấy nước uống|trước lớp].",
                        "[Câu chuyện gần gũi|Những nhân vật quen thuộc] [trở thành tấm gương để trẻ bắt chước|tạo động lực cho trẻ tự làm].",
                    ),
                    (
                        "[Tôi chọn|Cô chọn] [những bài hát thiếu nhi quen thuộc|các giai điệu trẻ đã thuộc] [rồi đặt lời mới|và thay lời] [cho từng việc|theo từng kĩ năng], [chẳng hạn lời mới cho bài \"Kìa con bướm vàng\" để hướng dẫn gấp khăn|như giai điệu \"Cả nhà thương nhau\" với lời về việc cất đồ chơi].",
                        "[Khi giai điệu vang lên|Mỗi khi cô bật nhạc], [trẻ biết ngay đến giờ làm việc gì|các bé tự biết việc cần làm], [vừa hát vừa làm|vừa làm vừa hát theo] [mà không cần cô nói|chẳng cần cô nhắc].",
                        "[Những bài hát \"đổi lời\"|Các bài hát tự chế] [được phụ huynh xin để hát ở nhà|được gửi về cho gia đình], [có bé còn tự nghĩ thêm lời cho việc đánh răng|có bé tự chế thêm câu mới về việc tắm].",
                    ),
                )),
                ("Tổ chức [thi đua|bảng \"bé tự làm\"] [khích lệ kĩ năng|cho trẻ]", (
                    (
                        "Tôi làm [bảng \"Bé tự làm\" bằng xốp màu|một bảng thi đua lớn] với ảnh từng bé, [mỗi khi trẻ tự làm được một việc mới|hễ bé tự làm một việc] [như tự cài cúc, tự gấp khăn|như tự xúc cơm không rơi], bé được dán một ngôi sao.",
                        "[Cuối tuần|Chiều thứ Sáu], [cả lớp cùng đếm sao|tôi cùng trẻ xem bảng] và [khen những bạn có nhiều sao nhất|tuyên dương các bé tiến bộ], [kể cả bạn chỉ thêm được một sao|không bỏ quên những bé tiến bộ chậm].",
                        "[Bảng thi đua|Những ngôi sao] [trở thành động lực lớn|làm trẻ háo hức tự làm mỗi ngày], [nhiều bé về nhà kể với bố mẹ đã được mấy sao|trẻ rất tự hào].",
                    ),
                    (
                        "[Cuối tháng|Mỗi tháng một lần], lớp tổ chức [hội thi nhỏ \"Bé khéo tay\"|cuộc thi tự phục vụ] với các phần thi [gấp quần áo, xếp dép, cài cúc áo|tự buộc dây giày, gấp khăn mặt], [có phụ huynh đến cổ vũ|mời phụ huynh làm khán giả].",
                        "[Mỗi phần thi|Các nội dung thi] [chỉ kéo dài vài phút|được tổ chức nhẹ nhàng], [bé nào cũng được tham gia|trẻ thi theo nhóm nhỏ] và [nhận giấy khen nhỏ|được tặng phần thưởng].",
                        "[Hội thi|Không khí thi đua] [khiến trẻ tập luyện hào hứng cả tháng|giúp kĩ năng tự phục vụ được củng cố].",
                    ),
                    (
                        "[Tôi tặng|Mỗi bé nhận] [một \"cuốn sổ bé tự làm\" nhỏ|một cuốn sổ dán hình] để [dán tem mỗi khi tự làm việc ở nhà|ghi lại việc tự làm trong tuần], [phụ huynh kí xác nhận|bố mẹ đánh dấu].",
                        "[Thứ Hai hằng tuần|Đầu tuần], [trẻ mang sổ đến lớp khoe với cô|các bé kể về những việc đã tự làm ở nhà].",
                        "[Cuốn sổ|Việc ghi chép] [nối liền kĩ năng ở lớp với ở nhà|giúp gia đình cùng theo dõi sự tiến bộ của con].",
                    ),
                    (
                        "[Lớp có|Tôi làm] [một \"cây việc tốt\"|tấm bảng hình cây] [bằng giấy bìa|trên tường lớp], [mỗi lần trẻ tự làm được một việc mới|mỗi khi bé làm được một việc tự phục vụ], [bé được treo một quả táo có tên mình|cô gắn thêm một chiếc lá ghi tên bé].",
                        "[Các việc được tính|Những việc được ghi nhận] [rất cụ thể|rõ ràng], [như tự buộc dây giày, tự gấp chăn sau giờ ngủ|như tự đi tất, tự lau miệng sau ăn], [để trẻ biết mình cần cố gắng điều gì|giúp bé biết điều mình hướng tới].",
                        "[Cuối tháng|Đến cuối chủ đề], [cây trĩu quả|cây đầy lá], [cả lớp cùng \"thu hoạch\"|các bé cùng đếm thành quả] [và được thưởng một buổi liên hoan hoa quả|và cùng ăn hoa quả liên hoan], [bé nào cũng có tên trên cây|không bé nào bị bỏ sót].",
                    ),
                )),
                ("[Giao việc trực nhật|Phân công] [vừa sức|phù hợp] [để trẻ có trách nhiệm|cho trẻ {lop}]", (
                    (
                        "[Mỗi ngày|Hằng ngày] có [ba bé làm \"tổ trực\"|một nhóm trực nhật] [đeo huy hiệu \"Bé trực\"|được đeo thẻ], [chia thìa, xếp khăn, tưới cây trong góc thiên nhiên|giúp cô chuẩn bị giờ ăn và dọn dẹp sau giờ chơi].",
                        "[Lịch trực|Bảng phân công] [có ảnh của trẻ|dán ảnh từng bé] [để trẻ tự biết hôm nay đến lượt mình|treo ngang tầm mắt trẻ], [nhiều bé đến lớp là chạy xem lịch ngay|các bé tự nhắc nhau].",
                        "[Được giao việc|Làm \"tổ trực\"] [giúp trẻ thấy mình lớn và có ích|hình thành tinh thần trách nhiệm từ những việc nhỏ].",
                    ),
                    (
                        "[Sau giờ chơi ở các góc|Kết thúc hoạt động góc], [trẻ tự cất đồ chơi về đúng giỏ có kí hiệu|các bé dọn góc chơi của mình] [trước khi chuyển hoạt động|theo bản nhạc \"Dọn dẹp\"].",
                        "[Góc nào dọn gọn nhất|Nhóm cất đồ nhanh và đúng chỗ] [được cắm cờ đỏ|được cô khen trước lớp], [góc chưa gọn được các bạn giúp|nhóm chưa xong được bạn hỗ trợ].",
                        "[Thói quen dọn dẹp|Việc tự cất đồ] [hình thành dần|trở thành nền nếp] [và trẻ mang về nhà|được phụ huynh ghi nhận].",
                    ),
                    (
                        "Tôi [giao cho trẻ những việc vừa sức|phân việc nhỏ] [như mang sổ lên văn phòng cùng cô, phát giấy vẽ cho bạn|như nhắc bạn rửa tay trước khi ăn], [luân phiên để bé nào cũng có lượt|xoay vòng trong lớp].",
                        "[Những bé nhút nhát|Các bé ít nói] [được giao việc cùng bạn|đi cùng một bạn mạnh dạn] [để bớt lo lắng|cho đến khi tự làm được].",
                        "[Cảm giác được tin tưởng|Những việc nhỏ được giao] [làm trẻ tự tin hơn|giúp trẻ có trách nhiệm và mạnh dạn].",
                    ),
                    (
                        "[Tôi|Cô] [chọn|giao] [mỗi tuần một \"bé quản lí cây xanh\"|cho một bé làm \"người giữ cây\"] [tưới chậu cây của lớp|chăm các chậu cây trong lớp] [và một \"bé quản lí giá sách\"|và một bé phụ trách giá sách] [xếp sách ngay ngắn cuối ngày|sắp lại sách cuối buổi].",
                        "[Tên và ảnh của bé được giao việc|Ảnh của các bé phụ trách] [được dán trên \"bảng nhiệm vụ\"|được gắn trên bảng nhiệm vụ] [cạnh cửa lớp|ở góc lớp], [phụ huynh đón con nhìn thấy và khen con|bố mẹ đến đón đều thấy và động viên].",
                        "[Trẻ rất coi trọng nhiệm vụ được giao|Các bé làm nhiệm vụ rất nghiêm túc], [có bé ốm vẫn dặn mẹ báo cô nhờ bạn tưới cây hộ|có hôm bé nghỉ ốm còn nhờ bạn làm thay], [đó là tinh thần trách nhiệm mà tôi mong muốn|cho thấy trách nhiệm đã hình thành từ những việc nhỏ].",
                    ),
                )),
                ("Hướng dẫn [kĩ năng ăn uống|tự xúc ăn, lau miệng] [văn minh|đúng cách] [cho trẻ|trong giờ ăn]", (
                    (
                        "[Trong giờ ăn trưa|Ở bữa ăn tại lớp], tôi [hướng dẫn trẻ cầm thìa đúng cách|dạy trẻ tự xúc cơm], [xúc vừa miệng, không để rơi vãi|ăn gọn gàng], [ăn xong tự lau miệng bằng khăn|rồi tự cất bát, thìa vào rổ].",
                        "[Với bé còn lúng túng|Trẻ xúc còn rơi vãi], [tôi ngồi cạnh cầm tay hướng dẫn vài bữa|cô hỗ trợ lúc đầu rồi để trẻ tự làm], [không xúc hộ|không làm thay] [dù mất thêm thời gian|kể cả khi trẻ ăn chậm].",
                        "[Sau khoảng một tháng|Đến giữa học kì], [hầu hết trẻ tự xúc ăn gọn gàng|các bé tự ăn và tự dọn chỗ ngồi của mình].",
                    ),
                    (
                        "Tôi [dạy trẻ mời cô, mời bạn trước khi ăn|hướng dẫn trẻ lời mời trước bữa ăn], [ngồi ngay ngắn, không nói chuyện khi đang nhai|giữ trật tự trong giờ ăn], [biết cảm ơn cô cấp dưỡng|biết cảm ơn sau khi ăn xong].",
                        "[Thói quen ăn uống văn minh|Những quy tắc nhỏ trên bàn ăn] [được nhắc lại nhẹ nhàng mỗi ngày|được lồng trong bài đồng dao \"Giờ ăn\"].",
                        "[Phụ huynh cho biết|Nhiều gia đình kể] [con về nhà cũng biết mời ông bà trước khi ăn|con đã biết mời cả nhà khi ăn cơm].",
                    ),
                    (
                        "[Ở góc \"Bé tập làm nội trợ\"|Trong giờ chơi], [trẻ tập rót nước từ bình nhỏ|các bé tập gắp hạt, rót nước] [bằng dụng cụ thật có kích thước nhỏ|với ca, bình nhựa vừa tay], [để quen động tác trước khi dùng ở bữa ăn|rèn sự khéo léo của đôi tay].",
                        "[Trẻ thích thú|Các bé hào hứng] [vì được làm \"như người lớn\"|khi tự rót nước mời bạn], [cô chỉ cần hướng dẫn lúc đầu|sau vài lần trẻ đã làm thành thạo].",
                        "[Những kĩ năng nhỏ này|Việc tự rót, tự gắp] [giúp trẻ tự lập trong giờ ăn|giảm hẳn việc cô phải làm hộ].",
                    ),
                    (
                        "[Tôi tổ chức|Lớp có] [\"bữa ăn tự phục vụ\" vào thứ Sáu|một bữa ăn tự phục vụ mỗi tuần]: [trẻ tự lấy khay, tự múc canh bằng muôi nhỏ|các bé tự bê khay, tự lấy cơm vừa đủ], [ăn xong tự mang bát về nơi quy định|sau bữa ăn tự xếp bát vào chậu].",
                        "[Lúc đầu|Những bữa đầu] [canh còn sánh ra bàn|trẻ còn làm đổ canh], [cô không trách|tôi không la mắng] [mà cho trẻ tự lau|mà hướng dẫn trẻ lấy khăn lau], [dần dần các bé múc vừa phải|dần dần trẻ biết lấy vừa đủ].",
                        "[Bữa ăn tự phục vụ|Cách tổ chức bữa ăn này] [giúp trẻ ăn hết suất hơn|giúp trẻ ăn ngon miệng hơn] [vì tự lấy lượng vừa sức|vì được tự chọn lượng ăn], [và rất ít khi bỏ thừa thức ăn|và giảm hẳn thức ăn thừa].",
                    ),
                )),
                ("[Tạo|Xây dựng] [môi trường lớp học|góc kĩ năng] [thuận lợi cho trẻ tự phục vụ|phù hợp tầm tay]", (
                    (
                        "Tôi [sắp xếp lại lớp|bố trí đồ dùng] [sao cho mọi thứ vừa tầm tay trẻ|để trẻ tự lấy và tự cất]: [giá để cốc, khăn mặt đặt thấp|tủ đồ cá nhân thấp], [mỗi ngăn dán ảnh của bé|có kí hiệu riêng].",
                        "[Khi đồ dùng ở đúng tầm|Khi không phải nhờ cô lấy hộ], [trẻ chủ động tự phục vụ|các bé tự lấy cốc uống nước, tự treo khăn] [mà không cần nhắc|một cách tự nhiên].",
                        "[Môi trường phù hợp|Cách bố trí khoa học] [là điều kiện đầu tiên|giúp việc rèn kĩ năng tự phục vụ thuận lợi hơn nhiều].",
                    ),
                    (
                        "Khu vệ sinh của lớp [được gắn gương thấp, móc khăn vừa tầm|có bồn rửa và gương vừa tầm trẻ], [có sẵn lược, khăn riêng cho từng bé|với đồ dùng cá nhân đánh dấu tên], [để trẻ tự rửa mặt, chải tóc sau giờ ngủ|để trẻ tự chăm sóc bản thân].",
                        "[Tôi dán tranh hướng dẫn|Tranh minh họa các bước] [ở ngay cạnh bồn rửa|ngang tầm mắt trẻ] [để trẻ nhìn và làm theo|giúp trẻ tự thực hiện].",
                        "[Trẻ tự làm được|Các bé tự tin hơn] [và phụ huynh ngạc nhiên khi thấy con tự chải tóc|nên rất phấn khởi khi được tự chăm sóc mình].",
                    ),
                    (
                        "[Góc kĩ năng|Một góc nhỏ trong lớp] [được trang bị khung cài cúc, dây buộc, giày tập|có bộ đồ tập buộc dây, kéo khóa] [do cô và phụ huynh tự làm|từ vật liệu đơn giản].",
                        "[Trẻ vào góc trong giờ chơi tự do|Trong giờ hoạt động góc], [các bé thay nhau tập|trẻ tập cài cúc, kéo khóa] [và thi xem ai làm nhanh|theo cặp].",
                        "[Góc kĩ năng|Việc tập luyện thường xuyên] [giúp trẻ khéo tay hơn|chuẩn bị cho trẻ tự mặc quần áo].",
                    ),
                    (
                        "[Tôi cùng phụ huynh|Cô nhờ mấy phụ huynh] [đóng|làm] [giá dép, giá cốc bằng gỗ thấp|kệ gỗ thấp cho cốc và khăn] [vừa tầm tay trẻ|ngang tầm trẻ], [mỗi chỗ có kí hiệu hình con vật|từng vị trí có hình con vật] [để trẻ nhận ra đồ của mình|để bé nhận diện].",
                        "[Trên mỗi giỏ đồ chơi|Các giỏ đồ chơi] [có dán ảnh chụp món đồ bên trong|đều có hình ảnh đồ vật bên trong], [nên|vì vậy] [trẻ tự biết cất đúng chỗ|trẻ cất đồ chơi đúng giỏ] [mà không cần đọc chữ|dù chưa biết chữ].",
                        "[Khi đồ dùng ở đúng tầm tay|Khi mọi thứ ở tầm với của trẻ], [việc cô phải làm hộ giảm hẳn|cô không phải lấy hộ, cất hộ], [thời gian ấy tôi dành|tôi có thêm thời gian] [để quan sát và hướng dẫn riêng từng bé|để hỗ trợ những bé còn chậm].",
                    ),
                )),
                ("[Kiên trì|Động viên] [khen ngợi|khích lệ] [từng tiến bộ nhỏ|khi trẻ tự làm]", (
                    (
                        "Tôi [kiên nhẫn chờ|không làm thay] khi trẻ [đang tự đi dép, tự cài cúc|còn chậm] [dù phải mất thêm vài phút|dù cả lớp phải đợi], vì [chỉ có tự làm nhiều lần trẻ mới thành thạo|làm hộ một lần là trẻ lại ỷ lại].",
                        "[Mỗi khi trẻ làm xong|Khi bé tự làm được], [tôi khen cụ thể|cô nói rõ điều bé làm tốt] như \"Con tự cài được ba cúc áo rồi, giỏi quá!\", [để trẻ biết mình đã tiến bộ|để trẻ thấy được công sức của mình].",
                        "[Lời khen đúng lúc|Sự kiên nhẫn của cô] [giúp trẻ tự tin|tạo động lực để trẻ cố gắng] [thử những việc khó hơn|làm thêm nhiều việc mới].",
                    ),
                    (
                        "[Tôi chụp ảnh|Cô ghi lại bằng ảnh] [khoảnh khắc trẻ lần đầu tự làm được một việc|những lúc trẻ tự phục vụ thành công] [và dán lên bảng \"Bé đã lớn\"|rồi gửi cho phụ huynh].",
                        "[Trẻ rất thích xem ảnh của mình|Các bé hào hứng chỉ ảnh cho bạn xem], [phụ huynh cũng khen con ở nhà|gia đình động viên con tiếp tục].",
                        "[Những tấm ảnh|Sự ghi nhận] [trở thành niềm tự hào của trẻ|giúp trẻ muốn tự làm nhiều hơn].",
                    ),
                    (
                        "[Với trẻ còn nhút nhát|Với những bé chưa tự tin], tôi [làm cùng trẻ từ đầu|hỗ trợ từng bước], [rồi giảm dần sự giúp đỡ|sau đó chỉ hướng dẫn bằng lời], [cho đến khi trẻ tự làm hoàn toàn|đến lúc bé tự làm được].",
                        "[Mỗi bước tiến|Mỗi lần bé làm thêm được một phần] [đều được cô khen|đều được ghi nhận], [để trẻ không nản|giữ cho trẻ hứng thú].",
                        "[Cách hỗ trợ từng bước|Sự kiên trì] [giúp những trẻ chậm nhất cũng tiến bộ|giúp mọi trẻ đều đạt yêu cầu].",
                    ),
                    (
                        "[Tôi làm|Cô làm] [một cuốn sổ nhỏ|sổ \"những lần đầu tiên\"] [cho mỗi bé|của từng trẻ] [ghi lại ngày đầu tiên bé tự làm một việc|ghi ngày bé lần đầu tự làm được việc gì], [như \"15/10: tự đi dép quai hậu\"|chẳng hạn \"ngày 2/11: tự gấp chăn\"].",
                        "[Cuối tháng|Mỗi tháng một lần], [tôi đọc to vài dòng trong sổ|cô đọc sổ cho cả lớp nghe], [bé được nhắc tên đứng lên nhận tràng pháo tay|trẻ có tên được các bạn vỗ tay chúc mừng].",
                        "[Cuốn sổ|Những dòng ghi ngắn ấy] [được trao cho phụ huynh cuối năm|cuối năm học được tặng lại cho gia đình], [nhiều bố mẹ xúc động|phụ huynh rất trân trọng] [vì thấy rõ hành trình con lớn lên|vì đó là kỉ niệm về sự trưởng thành của con].",
                    ),
                )),
                ("Tổ chức [hoạt động trải nghiệm|trải nghiệm thực tế] [rèn kĩ năng sống|cho trẻ]", (
                    (
                        "Tôi tổ chức [phiên \"chợ quê\" ở sân trường|hoạt động \"Bé đi chợ\"] [với các gian rau, quả, bánh kẹo|có hàng thật do phụ huynh chuẩn bị], [trẻ dùng tiền giấy tự chọn và trả tiền|các bé tự mua đồ theo danh sách bằng tranh].",
                        "[Trẻ tập chào người bán, hỏi giá, cảm ơn|Các bé tập giao tiếp khi mua bán], [tự cầm giỏ đồ của mình|tự xếp hàng chờ đến lượt].",
                        "[Phiên chợ|Hoạt động trải nghiệm] [để lại nhiều niềm vui|giúp trẻ học kĩ năng sống rất tự nhiên].",
                    ),
                    (
                        "[Trong tuần chủ đề \"Gia đình\"|Vào dịp Tết], [trẻ được trải nghiệm làm bánh|các bé cùng cô làm bánh trôi, bánh quy đơn giản], [tự rửa tay, nhào bột, nặn hình|tự tay làm từng công đoạn].",
                        "[Mỗi bé mang một phần bánh về tặng bố mẹ|Thành phẩm được trẻ mang về nhà], [nhiều phụ huynh gửi lời cảm ơn|gia đình rất xúc động].",
                        "[Được tự làm|Hoạt động này] [giúp trẻ hiểu công việc của người lớn|dạy trẻ biết quý trọng sức lao động].",
                    ),
                    (
                        "[Lớp nhận chăm sóc|Trẻ được giao] [một luống rau ở vườn trường|mấy chậu hoa trước cửa lớp], [mỗi ngày một nhóm tưới nước, nhổ cỏ|các bé thay nhau chăm sóc].",
                        "[Trẻ tự cầm bình tưới nhỏ|Các bé tự làm việc], [tôi chỉ hướng dẫn cách tưới vừa đủ|cô nhắc nhẹ khi cần].",
                        "[Khi rau lớn|Đến khi thu hoạch], [trẻ tự hái mang về bếp|các bé rất tự hào] [và ăn ngon miệng hơn|và quý lao động hơn].",
                    ),
                    (
                        "[Lớp tổ chức|Tôi tổ chức] [buổi \"bé làm nội trợ\"|hoạt động trải nghiệm nấu ăn đơn giản]: [trẻ tự rửa rau, bóc trứng, làm bánh mì kẹp|các bé tự nhặt rau, bóc trứng, trộn salad hoa quả] [dưới sự hướng dẫn của cô|có cô bên cạnh].",
                        "[Mỗi nhóm một việc|Các nhóm được chia việc]: [nhóm rửa, nhóm bày đĩa, nhóm mời bạn|nhóm chuẩn bị, nhóm bày biện, nhóm dọn dẹp], [trẻ phải hỏi nhau, nhường nhau dụng cụ|các bé tập chờ đến lượt và dùng chung dụng cụ].",
                        "[Món ăn tự làm|Sản phẩm do chính tay trẻ làm ra] [được trẻ ăn rất ngon|được các bé ăn sạch], [có bé về nhà xin mẹ cho làm lại|nhiều bé về kể và đòi làm cùng bố mẹ].",
                    ),
                )),
                ("Dạy trẻ [kĩ năng an toàn|tự bảo vệ bản thân] [trong sinh hoạt|hằng ngày]", (
                    (
                        "[Qua tình huống đóng vai|Bằng trò chơi \"Nếu có người lạ\"], tôi dạy trẻ [không đi theo người lạ|không nhận quà của người không quen] [dù người đó nói quen bố mẹ|kể cả khi được cho kẹo], [và chạy về báo cô ngay|phải chạy đến chỗ cô].",
                        "[Trẻ được tập nói to|Các bé tập] \"[Con không đi, con phải hỏi cô|Con không quen chú]\" [và lùi lại|rồi chạy về chỗ đông người], [cả lớp luyện nhiều lần|luyện cho đến khi thuộc].",
                        "[Tôi phối hợp phụ huynh|Gia đình được nhờ] [dạy con thuộc số điện thoại của bố mẹ|cùng luyện ở nhà], [nhiều bé đã nhớ được|nhiều bé đọc thuộc].",
                    ),
                    (
                        "Tôi [dùng tranh ảnh|kể chuyện] [để dạy trẻ nhận biết đồ vật nguy hiểm|giúp trẻ tránh xa nguy hiểm trong nhà] như ổ điện, bếp ga, phích nước nóng, dao kéo.",
                        "[Trẻ chơi trò \"Đúng hay sai\"|Các bé giơ thẻ đỏ, thẻ xanh] [khi cô đưa tranh tình huống|để chọn hành động an toàn], [rồi giải thích vì sao|và nói lại lí do].",
                        "[Kiến thức an toàn|Những điều đơn giản này] [được trẻ nhớ và nhắc lại ở nhà|giúp phụ huynh yên tâm hơn].",
                    ),
                    (
                        "[Mỗi học kì|Định kì], [lớp tập thoát hiểm khi có cháy|trường tổ chức diễn tập] [theo tiếng còi|theo hiệu lệnh], [trẻ bịt mũi bằng khăn ướt, xếp hàng đi ra sân|các bé đi theo cô ra khu vực an toàn].",
                        "[Trước buổi diễn tập|Trước đó], [tôi kể chuyện và cho xem video ngắn|cô giải thích bằng tranh] [để trẻ không sợ hãi|để trẻ bình tĩnh].",
                        "[Trẻ thực hiện bình tĩnh|Các bé làm theo đúng hướng dẫn], [điều rất quan trọng khi gặp sự cố thật|tạo thói quen phản ứng đúng].",
                    ),
                    (
                        "[Tôi dạy trẻ|Cô cho trẻ học] [thuộc họ tên bố mẹ và địa chỉ nhà|nói rõ họ tên, tên bố mẹ và thôn xóm] [qua bài vè ngắn|bằng một câu vè] [và trò chơi \"Bé đi lạc\"|rồi đóng vai \"bé bị lạc\"].",
                        "[Trong trò chơi|Khi chơi], [một bé đóng vai bị lạc ở chợ|bé đóng vai đi lạc] [phải tìm đến \"chú công an\" hoặc \"cô bán hàng\"|biết tìm người mặc đồng phục hoặc người bán hàng] [để nói tên và địa chỉ|và nói rõ thông tin của mình].",
                        "[Đến cuối năm|Sau một học kì], [hầu hết trẻ nói được tên bố mẹ và thôn mình ở|phần lớn các bé nhớ thông tin gia đình], [phụ huynh yên tâm hơn|gia đình rất yên tâm] [khi đưa con đi những nơi đông người|khi cho con đi chơi chỗ đông người].",
                    ),
                )),
            ),
        },
        {
            "key": "mn_vao_lop_1",
            "phrase": "sẵn sàng vào lớp 1",
            "levels": ("mam_non",),
            "grades": ("5 – 6 tuổi",),
            "titles": (
                "giúp trẻ {lop} sẵn sàng vào lớp 1",
                "chuẩn bị [tâm thế|cho trẻ] sẵn sàng vào lớp 1 [cho trẻ {lop}|ở trẻ {lop}]",
            ),
            "ideas": (
                ("[Làm quen|Cho trẻ làm quen] với chữ cái và [tư thế|kĩ năng] [cầm bút, ngồi viết|chuẩn bị viết] [đúng|]", (
                    (
                        "[Tôi|Cô] [tổ chức|cho trẻ tham gia] [các hoạt động|hoạt động] [làm quen chữ cái|nhận biết chữ cái] [qua|bằng] {dc} [và|,] [trò chơi|các trò chơi] [như|] [\"Tìm chữ cái trong từ\", \"Ghép chữ bằng hột hạt\"|\"Xếp chữ bằng que\", \"Tô màu chữ rỗng\"].",
                        "Trẻ [được|] [hướng dẫn|luyện] [tư thế ngồi|ngồi] [đúng|ngay ngắn], [cách cầm bút|cầm bút bằng ba ngón], [tô|tô theo] [nét|đường] [chấm mờ|cơ bản] [mà|nhưng] [không|tuyệt đối không] [dạy viết trước|dạy trước chương trình lớp 1].",
                        "[Góc|Góc học tập] [chữ cái|làm quen với chữ viết] [được|] [trang trí|bố trí] [hấp dẫn|sinh động] [với|có] [chữ cái|bảng chữ cái] [in màu|lớn] [để|cho] trẻ [làm quen|tiếp xúc] [hằng ngày|thường xuyên].",
                    ),
                    (
                        "[Tôi tổ chức trò chơi \"Tìm chữ cái\"|Trẻ làm quen chữ qua trò chơi] [trên thẻ từ, tranh|có chữ cái in màu], [trẻ tìm chữ trong tên mình|các bé nhận ra chữ quen].",
                        "[Trẻ tô chữ rỗng|Các bé nặn chữ bằng đất] [theo ý thích|để nhớ hình dạng].",
                        "[Làm quen chữ|Hoạt động] [nhẹ nhàng|không áp lực].",
                    ),
                    (
                        "[Tôi hướng dẫn tư thế ngồi|Trẻ tập ngồi đúng] [lưng thẳng, hai chân chạm sàn|cầm bút bằng ba ngón], [qua bài vè|với tranh].",
                        "[Cô sửa tư thế|Trẻ được chỉnh] [nhẹ nhàng|từng em].",
                        "[Tư thế đúng|Thói quen] [chuẩn bị cho lớp 1|quan trọng].",
                    ),
                )),
                ("[Tổ chức|Cho trẻ] [tham quan|trải nghiệm] [trường tiểu học|lớp 1] [và|để] [chuẩn bị|làm quen với] [nề nếp|môi trường học tập mới]", (
                    (
                        "[Cuối năm học|Vào tháng Tư], [nhà trường|lớp] [phối hợp|liên hệ] [với|] [trường tiểu học|Trường Tiểu học {xa}] [tổ chức|cho] trẻ [tham quan|đến thăm] [lớp học, thư viện, sân trường|các lớp 1] [và|,] [dự|xem] [một tiết học|giờ học] [của các anh chị|].",
                        "[Ở lớp|Tại lớp], [tôi|cô] [tổ chức|cho trẻ chơi] [trò chơi|hoạt động] [\"Bé làm học sinh lớp 1\"|\"Lớp học của em\"] [để|nhằm] [trẻ|các bé] [tập|làm quen với] [giơ tay phát biểu, xếp hàng, chuẩn bị đồ dùng|nề nếp học tập].",
                        "[Hoạt động|Những trải nghiệm] [này|trên] [giúp|khiến] trẻ [bớt|không còn] [bỡ ngỡ|lo lắng], [háo hức|mong chờ] [được|] [lên lớp 1|vào lớp 1].",
                    ),
                    (
                        "[Tôi liên hệ trường tiểu học|Lớp đi thăm trường tiểu học] [cho trẻ dự một tiết học|tham quan lớp 1], [trẻ ngồi cùng các anh chị|các bé quan sát].",
                        "[Trẻ hỏi các anh chị|Các bé trò chuyện] [về lớp 1|về việc học].",
                        "[Chuyến thăm|Hoạt động] [giảm lo lắng|tạo háo hức].",
                    ),
                    (
                        "[Góc \"Lớp 1 của bé\"|Tôi tạo góc học tập] [với bàn, cặp, vở|như lớp 1], [trẻ chơi làm học sinh|tập soạn cặp].",
                        "[Trẻ|Các bé] [làm quen|thích thú].",
                        "[Góc chơi|Hoạt động] [chuẩn bị tâm lí|hiệu quả].",
                    ),
                )),
                ("[Phát triển|Rèn] [khả năng|kĩ năng] [chú ý, ghi nhớ|tư duy] [qua|bằng] [trò chơi học tập|hoạt động làm quen với toán]", (
                    (
                        "[Tôi|Cô] [thiết kế|sử dụng] [trò chơi|các trò chơi] [như|] [\"Cái gì biến mất\", \"Tìm điểm khác nhau\"|\"Ghép hình\", \"Nối số với nhóm đồ vật\"] [để|nhằm] [rèn|phát triển] [khả năng|sự] [tập trung|chú ý] và [ghi nhớ|quan sát] [cho trẻ|].",
                        "[Trẻ|Các bé] [được|] [đếm, so sánh, phân loại|đếm và thêm bớt] [đồ vật|hột hạt, lá cây] [trong phạm vi 10|thật] [qua|bằng] [hoạt động|tình huống] [thực tế|hằng ngày] như [chia bánh|đếm bạn vắng|xếp ghế].",
                    ),
                    (
                        "Tôi [tổ chức trò chơi \"Cái gì biến mất?\"|cho trẻ chơi \"Nhìn nhanh, nhớ giỏi\"]: [bày năm, sáu đồ vật|cô đặt vài đồ vật lên khay], [trẻ quan sát rồi nhắm mắt|các bé nhìn kĩ rồi nhắm mắt], [cô cất đi một vật|cô lấy bớt một thứ] [để trẻ đoán|cho trẻ nói vật nào đã mất].",
                        "[Số đồ vật|Độ khó] [được tăng dần|tăng lên] [từ ba đến tám|qua từng tuần], [trẻ nhớ ngày càng nhiều|các bé tập trung hơn].",
                        "[Trò chơi ngắn|Hoạt động] [rèn khả năng chú ý và ghi nhớ|rất cần cho việc học ở lớp 1].",
                    ),
                    (
                        "[Trong giờ làm quen với toán|Ở hoạt động toán], [trẻ đếm, thêm bớt bằng hạt, lá cây, nắp chai|các bé thao tác với đồ vật thật], [như \"Có 5 quả, thêm 2 quả là mấy quả?\"|để hiểu phép thêm, bớt].",
                        "[Tôi gắn với tình huống hằng ngày|Cô lấy ví dụ trong lớp] [như đếm số bạn vắng, chia bánh cho tổ|như xếp ghế cho khách], [nên trẻ thấy toán rất gần gũi|giúp trẻ hiểu ý nghĩa các con số].",
                        "[Trẻ thích|Các bé hào hứng] [và tư duy logic tiến bộ rõ|nên khả năng tập trung tăng lên].",
                    ),
                    (
                        "[Tôi dùng trò chơi \"Tìm điểm khác nhau\"|Cô cho trẻ so sánh hai bức tranh gần giống nhau] [để rèn sự quan sát tỉ mỉ|để trẻ tìm những chi tiết khác biệt].",
                        "[Trẻ thi theo nhóm|Các bé thi theo đôi], [nhóm tìm được nhiều điểm khác nhất thắng|ai tìm đủ trước được khen].",
                        "[Hoạt động|Trò chơi] [giúp trẻ quan sát kĩ|rèn sự kiên nhẫn khi làm việc].",
                    ),
                )),
                ("[Cho trẻ làm quen|Rèn cho trẻ] [với giờ giấc, nề nếp|thời gian biểu] [của trường tiểu học|như học sinh lớp 1]", (
                    (
                        "Tôi [tập cho trẻ ngồi học tập trung|rèn thói quen ngồi học] [khoảng hai mươi phút|tăng dần thời gian], [giơ tay khi muốn phát biểu|không chen ngang khi bạn nói], [như ở lớp 1|chuẩn bị cho nề nếp tiểu học].",
                        "[Khi trẻ ngồi học ngay ngắn|Bé nào giữ được nề nếp] [được cô khen|nhận một bông hoa], [trẻ thi nhau giữ trật tự|các bé nhắc nhau].",
                        "[Nề nếp|Thói quen] [được hình thành dần|giúp trẻ không bỡ ngỡ khi vào lớp 1].",
                    ),
                    (
                        "[Mỗi sáng|Trước khi về], [trẻ tập tự soạn cặp|các bé tự xếp đồ dùng vào ba lô] [theo danh sách bằng tranh|theo hình vẽ dán trên tủ], [như sách, bút, hộp màu|kiểm tra đủ đồ].",
                        "[Tôi kiểm tra nhanh|Cô nhắc nhẹ] [và khen những bé chuẩn bị đủ|khi bé quên đồ].",
                        "[Thói quen tự chuẩn bị|Việc tự soạn cặp] [giúp trẻ tự lập|là kĩ năng cần thiết khi lên lớp 1].",
                    ),
                    (
                        "Tôi [dùng tiếng chuông|dùng tín hiệu trống nhỏ] [để báo chuyển hoạt động|như trường tiểu học], [trẻ nghe chuông thì cất đồ, về chỗ|các bé tập phản xạ theo tín hiệu].",
                        "[Những ngày đầu|Ban đầu] [còn lúng túng|trẻ chưa quen], [nhưng sau vài tuần|dần dần] [trẻ thực hiện nhanh và trật tự|các bé làm theo tín hiệu rất nhanh].",
                        "[Tín hiệu chuông|Nề nếp theo tín hiệu] [giúp trẻ quen giờ giấc|chuẩn bị cho sinh hoạt ở trường tiểu học].",
                    ),
                )),
                ("Rèn [nề nếp học tập|thói quen ngồi học] [cho trẻ {lop}|chuẩn bị vào lớp 1]", (
                    (
                        "Tôi [tư vấn cho phụ huynh|trao đổi với gia đình] [trong buổi họp cuối học kì I|qua nhóm Zalo] [không nên dạy con viết chữ trước|không ép con học trước chương trình lớp 1], [mà tạo hứng thú với sách và chữ|mà cho con làm quen qua trò chơi].",
                        "[Nhiều phụ huynh lo lắng|Không ít gia đình sợ con thua bạn], [tôi giải thích về tâm lí trẻ|tôi chia sẻ về yêu cầu của Chương trình lớp 1], [phụ huynh yên tâm hơn|gia đình hiểu và đồng tình].",
                        "[Sự thống nhất với gia đình|Cách chuẩn bị đúng] [giúp trẻ vào lớp 1 với tâm thế vui vẻ|tránh cho trẻ áp lực].",
                    ),
                    (
                        "Tôi [gợi ý phụ huynh|hướng dẫn gia đình] [chuẩn bị góc học tập nhỏ ở nhà|sắp xếp bàn học cho con] [với đèn đủ sáng, giá sách vừa tầm|đơn giản nhưng ngăn nắp] [để con quen ngồi học|để trẻ có chỗ đọc sách, tô màu].",
                        "[Phụ huynh cùng con mua sắm đồ dùng|Gia đình để con tự chọn cặp, bút], [trẻ rất háo hức|các bé mong đến ngày vào lớp 1].",
                        "[Góc học tập ở nhà|Sự chuẩn bị của gia đình] [tạo thói quen tốt|giúp trẻ hào hứng đón năm học mới].",
                    ),
                    (
                        "[Tôi mời cô giáo lớp 1|Nhà trường mời giáo viên tiểu học] [đến trò chuyện với phụ huynh|tham dự buổi họp cuối năm] [về những điều trẻ cần chuẩn bị|để giải đáp thắc mắc].",
                        "[Phụ huynh hỏi|Gia đình trao đổi] [về việc tập viết, tính toán|về nề nếp ở lớp 1], [được giải đáp cụ thể|và rất yên tâm].",
                        "[Buổi gặp|Sự kết nối hai cấp học] [giúp phụ huynh chuẩn bị đúng hướng|tránh những lo lắng không cần thiết].",
                    ),
                )),
                ("Phối hợp [phụ huynh|gia đình] [chuẩn bị tâm thế|sẵn sàng] [vào lớp 1|cho trẻ]", (
                    (
                        "[Ở góc tạo hình|Trong giờ chơi], [trẻ xâu hạt, xâu vòng|các bé nặn đất, cắt dán] [mỗi ngày|thường xuyên] [để đôi tay khéo léo|luyện cử động tinh của ngón tay], [chuẩn bị cho việc cầm bút|giúp trẻ cầm bút vững hơn sau này].",
                        "[Các hoạt động được thay đổi|Hoạt động tăng dần độ khó] [từ hạt to đến hạt nhỏ|từ cắt đường thẳng đến đường cong], [để trẻ không chán|phù hợp sự tiến bộ của trẻ].",
                        "[Đôi tay khéo léo|Sự khéo tay] [giúp trẻ tô, vẽ đẹp hơn|là nền tảng cho việc tập viết].",
                    ),
                    (
                        "Tôi [tổ chức trò chơi \"Gắp hạt\"|cho trẻ thi gắp hạt bằng kẹp] [chuyển hạt đậu từ bát này sang bát khác|trong một phút], [tổ nào gắp được nhiều nhất thắng|ai nhanh được khen].",
                        "[Trò chơi|Hoạt động] [vừa vui vừa rèn sự khéo léo|giúp các ngón tay linh hoạt], [trẻ rất hào hứng|các bé xin chơi nhiều lần].",
                        "[Sau vài tháng|Dần dần], [trẻ cầm bút chắc tay hơn|các bé tô màu đều và gọn hơn].",
                    ),
                    (
                        "[Trẻ tô theo nét chấm|Các bé vẽ theo đường mờ] [thẳng, cong, zích zắc|các nét cơ bản], [tô màu trong khung không lem ra ngoài|giữ bút đúng cách].",
                        "[Tôi chỉnh tư thế cầm bút|Cô nhắc trẻ ngồi thẳng] [nhẹ nhàng|kiên nhẫn], [không bắt viết chữ|chỉ luyện nét].",
                        "[Luyện nét|Tô vẽ] [giúp tay trẻ quen điều khiển bút|chuẩn bị tốt cho tập viết ở lớp 1].",
                    ),
                )),
                ("Phát triển [kĩ năng vận động tinh|khéo léo đôi tay] [chuẩn bị cho việc cầm bút|cho trẻ]", (
                    (
                        "Tôi [tổ chức giao lưu|cho trẻ chơi trò \"Kết bạn mới\"] [với lớp mẫu giáo khác|giữa hai lớp], [trẻ tự giới thiệu tên, tuổi, sở thích|các bé làm quen với bạn mới], [như khi vào lớp 1 gặp bạn lạ|giúp trẻ quen với việc kết bạn].",
                        "[Những bé nhút nhát|Trẻ rụt rè] [được cô đi cùng|được bạn dẫn] [lúc đầu|cho đến khi mạnh dạn].",
                        "[Kĩ năng kết bạn|Sự tự tin] [giúp trẻ hòa nhập nhanh|rất cần cho môi trường mới].",
                    ),
                    (
                        "[Qua tình huống đóng vai|Bằng trò chơi nhập vai], [trẻ tập hỏi cô khi cần giúp đỡ|các bé học cách xin phép, nhờ giúp] [như \"Cô ơi, con muốn đi vệ sinh ạ\"|một cách lịch sự].",
                        "[Trẻ luyện nói rõ|Các bé tập] [không ngại khi cần giúp|tự tin trình bày].",
                        "[Kĩ năng này|Việc biết nhờ giúp đỡ] [giúp trẻ không lúng túng ở lớp 1|rất thiết thực].",
                    ),
                    (
                        "Tôi [giao cho trẻ nhiệm vụ nhỏ|nhờ trẻ mang đồ] [sang lớp bên cạnh|lên văn phòng] [kèm lời nhắn|và chuyển lời cho cô giáo khác], [để trẻ tập giao tiếp với người lớn|rèn sự mạnh dạn].",
                        "[Trẻ hào hứng|Các bé vui] [khi được giao việc|vì được tin tưởng], [và về kể lại cho cô|và báo cáo lại].",
                        "[Nhiệm vụ nhỏ|Hoạt động] [giúp trẻ tự tin|rèn kĩ năng giao tiếp].",
                    ),
                )),
                ("Giúp trẻ [tự tin giao tiếp|kĩ năng xã hội] [chuẩn bị môi trường mới|khi vào lớp 1]", (
                    (
                        "[Ở góc \"Cửa hàng của bé\"|Trong giờ chơi bán hàng], trẻ [đếm tiền giấy mệnh giá nhỏ|dùng tiền giấy] [để mua bán|khi mua đồ], [làm quen với phép thêm, bớt trong phạm vi 10|tính nhẩm đơn giản].",
                        "[Tôi đóng vai khách|Cô tham gia chơi] [và đặt câu hỏi|để hỏi] [như \"Ba quả cam và hai quả chuối là mấy quả?\"|để trẻ tính].",
                        "[Toán trong trò chơi|Trò chơi bán hàng] [giúp trẻ thích con số|làm toán trở nên gần gũi].",
                    ),
                    (
                        "Tôi cho trẻ [đi \"săn hình\" quanh lớp|tìm hình học trong lớp và sân trường]: [hình tròn ở mặt đồng hồ|hình vuông ở ô cửa sổ], [hình tam giác ở mái nhà vẽ trên tranh|hình chữ nhật ở cánh cửa].",
                        "[Trẻ kể lại|Các bé báo cáo] [những gì tìm được|kết quả với cô], [nhóm tìm nhiều nhất được khen|ai tìm được nhiều được khen].",
                        "[Học hình qua thực tế|Hoạt động] [giúp trẻ nhớ lâu|tạo hứng thú].",
                    ),
                    (
                        "[Trẻ đo chiều cao của bạn|Các bé đo đồ vật] [bằng gang tay, que tính|bằng những vật quen thuộc] [rồi so sánh cao – thấp, dài – ngắn|và nói kết quả].",
                        "[Tôi ghi kết quả lên bảng|Cô ghi lại] [bằng hình vẽ|bằng vạch], [trẻ đếm và nhận xét|các bé so sánh].",
                        "[Đo lường đơn giản|Hoạt động] [giúp trẻ làm quen với toán|rất thú vị].",
                    ),
                )),
                ("Làm quen [biểu tượng toán|số và hình] [qua hoạt động thực tế|cho trẻ {lop}]", (
                    (
                        "[Cuối năm học|Tháng Năm], lớp tổ chức [lễ ra trường|buổi chia tay] [với văn nghệ do trẻ biểu diễn|có chương trình văn nghệ], [trẻ mặc áo tốt nghiệp, nhận giấy khen|các bé được trao giấy chứng nhận hoàn thành chương trình].",
                        "[Phụ huynh đến dự|Gia đình tham gia], [nhiều người xúc động|rất vui] [khi thấy con trưởng thành|trước sự trưởng thành của con].",
                        "[Lễ ra trường|Buổi chia tay] [để lại kỉ niệm đẹp|giúp trẻ háo hức bước vào lớp 1].",
                    ),
                    (
                        "[Trước khi chia tay|Cuối năm], [trẻ vẽ tranh tặng cô|các bé làm thiệp tặng bạn] [và nói lời chúc|ghi lời cảm ơn] [bằng giọng nói được cô ghi âm|mà cô ghi lại].",
                        "[Tranh và thiệp|Sản phẩm] [được trưng bày|được lưu làm kỉ niệm], [trẻ rất thích|các bé mang về khoe bố mẹ].",
                        "[Hoạt động|Những món quà nhỏ] [giúp trẻ biết ơn|gắn kết tình cảm thầy trò].",
                    ),
                    (
                        "Tôi [mời một số học sinh lớp 1|mời các anh chị từng học ở trường] [về thăm lớp|đến trò chuyện], [kể về trường tiểu học|kể chuyện học ở lớp 1].",
                        "[Trẻ hỏi nhiều điều|Các bé tò mò] [như \"Lớp 1 có được chơi không?\"|về cô giáo và bạn bè ở lớp 1].",
                        "[Buổi giao lưu|Câu chuyện của anh chị] [giúp trẻ bớt lo lắng|làm trẻ háo hức vào lớp 1].",
                    ),
                )),
                ("Tổ chức [hoạt động tham quan|trải nghiệm] [trường tiểu học|lễ ra trường] [cho trẻ|ý nghĩa]", (
                    (
                        "[Cuối năm|Tháng Năm], [lớp tổ chức lễ ra trường|trẻ chia tay trường mầm non], [với văn nghệ|trao giấy khen].",
                        "[Trẻ biết lúc nào học, lúc nào chơi|Các bé hiểu nhịp sinh hoạt trong ngày] [và tự chuẩn bị đồ dùng|và chủ động xếp hàng khi nghe trống], [phụ huynh rất bất ngờ|cô giáo lớp 1 nhận xét trẻ thích nghi nhanh].",
                        "[Việc làm quen giờ giấc|Thói quen theo thời gian biểu] [giúp trẻ tự lập hơn|là hành trang quan trọng khi vào lớp 1].",
                    ),
                    (
                        "[Trẻ viết lời chúc|Các bé vẽ tranh] [cho cô|cho bạn] [trước khi lên lớp 1|kỉ niệm].",
                        "[Chiếc đồng hồ mô hình|Đồng hồ bằng bìa] [được treo ở góc lớp|được dùng hằng ngày], [mỗi sáng một bé chỉnh kim theo thời gian biểu|trẻ thay nhau làm \"người giữ giờ\"].",
                        "[Trẻ dần biết xem giờ đơn giản|Các bé làm quen với khái niệm thời gian], [rất thích được giao nhiệm vụ|cảm thấy mình đã lớn].",
                    ),
                    (
                        "[Tôi mời học sinh lớp 1 cũ|Các anh chị] [về thăm|kể chuyện lớp 1].",
                        "[Trẻ|Các bé] [háo hức|hỏi].",
                        "[Hoạt động|Giao lưu] [giảm lo lắng|thú vị].",
                    ),
                )),
            ),
        },
        {
            "key": "mn_kham_pha",
            "phrase": "khám phá khoa học",
            "levels": ("mam_non",),
            "grades": ("5 – 6 tuổi", "4 – 5 tuổi", "3 – 4 tuổi"),
            "titles": (
                "tổ chức hoạt động khám phá khoa học cho trẻ {lop}",
                "[nâng cao|tạo hứng thú cho trẻ trong] hoạt động khám phá khoa học [cho trẻ {lop}|ở trẻ {lop}]",
            ),
            "ideas": (
                ("[Cho trẻ|Tổ chức cho trẻ] [làm|thực hiện] thí nghiệm [đơn giản|khoa học vui]", (
                    (
                        "[Tôi|Cô] [tổ chức|cho trẻ làm] [các thí nghiệm|thí nghiệm] [đơn giản|an toàn] như [\"Vật chìm, vật nổi\", \"Nước đổi màu\", \"Hạt nảy mầm\"|\"Núi lửa phun trào\", \"Bông hoa nở trong nước\"] [với|bằng] [đồ vật|nguyên liệu] [quen thuộc|dễ tìm].",
                        "[Trước khi|Trước lúc] [làm|tiến hành], trẻ [được|] [đoán|dự đoán] [điều gì|kết quả] [sẽ xảy ra|], [sau đó|rồi] [quan sát|tự làm] và [nói|kể] [lại|ra] [những gì|điều] [mình thấy|trẻ quan sát được].",
                        "[Trẻ|Các bé] [rất|vô cùng] [hào hứng|thích thú] [và|,] [đặt|hỏi] [nhiều câu hỏi|nhiều câu hỏi \"vì sao\"], [đó là|chính là] [lúc|cơ hội] [tôi|cô] [mở rộng|giải thích] [hiểu biết|kiến thức] [cho trẻ|].",
                    ),
                    (
                        "Tôi [làm thí nghiệm \"Vật chìm, vật nổi\"|tổ chức cho trẻ thả đồ vật vào chậu nước] với [lá cây, sỏi, nắp chai, thìa kim loại|những đồ vật quen thuộc], [trẻ đoán trước|các bé dự đoán] vật nào sẽ chìm, vật nào sẽ nổi.",
                        "[Sau khi thả|Làm xong], [trẻ xếp đồ vật vào hai khay \"chìm\" và \"nổi\"|các bé phân loại và đối chiếu với dự đoán], [tôi hỏi vì sao|cô gợi ý trẻ giải thích].",
                        "[Trẻ rất tò mò|Các bé hào hứng] [và muốn thử thêm nhiều đồ vật khác|và mang cả đồ từ nhà đến thử].",
                    ),
                    (
                        "[Thí nghiệm \"Nước đổi màu\"|Hoạt động pha màu] [với nước và màu thực phẩm|trong cốc nhựa trong suốt], [trẻ nhỏ từng giọt màu|các bé pha màu] [và quan sát màu mới xuất hiện|như vàng với xanh thành xanh lá].",
                        "[Tôi hỏi trẻ|Cô gợi ý] [\"Nếu thêm màu đỏ thì sao?\"|để trẻ dự đoán], [trẻ thử và kiểm tra|các bé làm và nói kết quả].",
                        "[Thí nghiệm đơn giản|Trò chơi màu sắc] [khơi gợi tò mò|giúp trẻ thích khám phá].",
                    ),
                    (
                        "Tôi [cho trẻ gieo hạt đậu xanh trên bông ẩm|tổ chức thí nghiệm \"Hạt nảy mầm\"] [trong hai cốc|ở hai điều kiện], [một cốc để chỗ sáng, một cốc để chỗ tối|một cốc tưới nước, một cốc để khô], [rồi quan sát mỗi ngày|và theo dõi].",
                        "[Trẻ vẽ lại sự thay đổi|Các bé ghi lại bằng tranh] [vào sổ quan sát|hằng ngày], [và tự nhận ra cây cần nước, ánh sáng|rồi rút ra kết luận].",
                        "[Thí nghiệm kéo dài|Theo dõi nhiều ngày] [giúp trẻ kiên nhẫn|rèn kĩ năng quan sát].",
                    ),
                )),
                ("[Xây dựng|Tận dụng] [góc thiên nhiên|vườn rau của bé] [để|cho] trẻ [quan sát|chăm sóc] [và trải nghiệm|]", (
                    (
                        "[Lớp|{lopcn}] [có|được giao] [một|] [khu vườn nhỏ|luống rau] [trong|ở] [sân trường|góc sân], trẻ [cùng cô|được] [gieo hạt|trồng cây], [tưới nước|chăm sóc] và [theo dõi|quan sát] [sự lớn lên|sự phát triển] [của cây|] [hằng ngày|mỗi ngày].",
                        "[Trẻ|Các bé] [vẽ|ghi lại] [sự thay đổi|quá trình phát triển] [của cây|] [vào|trong] [\"nhật kí quan sát\"|sổ quan sát] [bằng|với] [tranh vẽ|hình vẽ] [đơn giản|].",
                        "[Qua|Thông qua] [việc|hoạt động] [chăm sóc|trồng] cây, trẻ [hiểu|biết] [cây cần|về] [nước, ánh sáng, đất|điều kiện sống của cây] [và|,] [biết|thêm] [yêu|quý] [thiên nhiên|lao động].",
                    ),
                    (
                        "Lớp [có một luống rau nhỏ|được giao một khu vườn] [ở góc sân trường|cạnh lớp học], trẻ [cùng cô gieo hạt cải, trồng cây hành|tự tay gieo hạt], [tưới nước mỗi sáng|chăm sóc hằng ngày].",
                        "[Mỗi tuần|Cuối tuần], [trẻ đo chiều cao cây bằng que|các bé đo cây bằng gang tay] [và so với tuần trước|để thấy cây lớn lên].",
                        "[Vườn rau|Hoạt động chăm sóc] [giúp trẻ hiểu cây cần nước, ánh sáng|dạy trẻ yêu thiên nhiên và lao động].",
                    ),
                    (
                        "[Góc thiên nhiên trong lớp|Tôi bố trí một góc thiên nhiên] [có chậu cây, bể cá nhỏ, hạt giống|với cây và con vật nhỏ], [trẻ thay phiên chăm sóc|các bé được phân công chăm].",
                        "[Trẻ cho cá ăn, tưới cây|Các bé quan sát và chăm sóc] [theo lịch|mỗi ngày], [và kể cho cô nghe những thay đổi|báo khi thấy điều lạ].",
                        "[Góc thiên nhiên|Hoạt động] [giúp trẻ có trách nhiệm|gần gũi với thiên nhiên].",
                    ),
                    (
                        "[Khi thu hoạch rau|Đến mùa thu hoạch], [trẻ tự hái rau|các bé nhổ cải] [mang xuống bếp|nấu canh] [cho bữa trưa|để cả lớp cùng ăn].",
                        "[Trẻ ăn rau ngon miệng|Các bé hào hứng] [vì là rau mình trồng|tự hào khoe với bố mẹ].",
                        "[Trải nghiệm thu hoạch|Hoạt động] [giúp trẻ quý trọng lao động|rất ý nghĩa].",
                    ),
                )),
                ("[Sử dụng|Đặt] [câu hỏi|tình huống có vấn đề] [kích thích|khơi gợi] [tò mò|tư duy] [của trẻ|]", (
                    (
                        "[Tôi|Cô] [tạo|đưa ra] [tình huống|những tình huống] [có vấn đề|bất ngờ] như [\"Làm sao lấy đồ chơi ra khỏi chai mà không đổ nước?\"|\"Vì sao chiếc lá lại nổi?\"] [để|cho] trẻ [suy nghĩ|tìm cách giải quyết].",
                        "[Tôi|Cô] [chấp nhận|tôn trọng] [mọi|các] [ý kiến|câu trả lời] [của trẻ|], [khuyến khích|động viên] trẻ [thử|thử nghiệm] [nhiều cách|các cách khác nhau] [và|rồi] [tự|] [rút ra|nhận ra] [kết luận|điều đúng].",
                    ),
                    (
                        "Tôi [đưa ra tình huống|đặt câu hỏi] [\"Làm sao lấy đồ chơi trong chai mà không đổ nước?\"|\"Làm cách nào cho quả bóng bàn nổi lên trong ống?\"] [để trẻ suy nghĩ|và để trẻ tự tìm cách].",
                        "[Trẻ thử nhiều cách|Các bé đề xuất ý tưởng] [như đổ thêm nước, dùng đũa|thử và sai], [cô không nói đáp án ngay|tôi chỉ gợi ý khi cần].",
                        "[Khi tìm ra cách|Lúc thành công], [trẻ rất vui|các bé reo lên] [và nhớ lâu bài học|và thích giải đố hơn].",
                    ),
                    (
                        "[Trong giờ dạo chơi|Ở ngoài sân], tôi [hỏi trẻ \"Vì sao lá cây rụng?\"|đặt câu hỏi về hiện tượng quanh trẻ] [như \"Vì sao có bóng?\"|để trẻ quan sát và suy nghĩ].",
                        "[Trẻ trả lời theo cách hiểu|Các bé đưa ra nhiều ý], [tôi tôn trọng mọi ý kiến|cô ghi nhận] [rồi cùng trẻ kiểm tra|và giải thích đơn giản].",
                        "[Câu hỏi \"vì sao\"|Tình huống có vấn đề] [kích thích tư duy|giúp trẻ tò mò, ham hiểu biết].",
                    ),
                    (
                        "[Tôi tổ chức|Cô cho trẻ chơi] [trò \"Ai là nhà khoa học?\"|thử thách \"Giải cứu đồ chơi\"]: [đồ chơi bị đóng băng trong cục đá|đồ chơi bị vùi trong cát], [trẻ tìm cách lấy ra|các bé thử dùng nước ấm, thìa, muối].",
                        "[Trẻ thảo luận nhóm|Các bé bàn với nhau] [và thử|và chọn cách hay nhất].",
                        "[Thử thách|Hoạt động] [vui|giúp trẻ biết hợp tác và tìm giải pháp].",
                    ),
                )),
                ("Tổ chức [khám phá ngoài trời|dạo chơi quan sát] [cho trẻ {lop}|thiên nhiên]", (
                    (
                        "Tôi [đưa trẻ dạo chơi quanh sân trường|tổ chức buổi dạo chơi] với [kính lúp nhựa|túi vải nhỏ], [trẻ quan sát kiến, sâu, lá cây|các bé tìm côn trùng, nhặt lá rụng] [và kể cho cô nghe|rồi mang về lớp].",
                        "[Về lớp|Sau buổi dạo chơi], [trẻ phân loại lá theo màu, hình dạng|các bé sắp xếp những gì thu được] [và dán thành tranh|rồi trưng bày ở góc khám phá].",
                        "[Dạo chơi ngoài trời|Hoạt động] [giúp trẻ gần gũi thiên nhiên|kích thích trí tò mò].",
                    ),
                    (
                        "[Những ngày đẹp trời|Vào buổi sáng], [trẻ nằm trên thảm ngắm mây|các bé quan sát bầu trời] [và đoán hình đám mây giống con gì|và kể những gì mình thấy].",
                        "[Tôi giới thiệu|Cô giải thích] [mây, mưa, gió|về thời tiết] [bằng lời đơn giản|qua tranh].",
                        "[Quan sát bầu trời|Hoạt động] [vừa thư giãn vừa bổ ích|giúp trẻ tưởng tượng].",
                    ),
                    (
                        "Tôi [cho trẻ nhắm mắt lắng nghe|tổ chức trò chơi \"Nghe và đoán\"] [tiếng chim, tiếng gió, tiếng lá xào xạc|các âm thanh ngoài trời] [rồi kể lại|và đoán].",
                        "[Trẻ tập trung|Các bé chú ý] [và nhận ra nhiều âm thanh|và phân biệt âm thanh khác nhau].",
                        "[Lắng nghe thiên nhiên|Hoạt động] [rèn sự chú ý|giúp trẻ tinh tế hơn].",
                    ),
                )),
                ("[Sử dụng|Khai thác] [nguyên vật liệu mở|đồ dùng tự nhiên] [cho trẻ khám phá|sáng tạo]", (
                    (
                        "Tôi [thu thập sỏi, vỏ ốc, lá khô, hột hạt|chuẩn bị nguyên vật liệu thiên nhiên] [cho góc khám phá|thành các hộp], [trẻ tự do chơi, sắp xếp|các bé phân loại theo màu, kích thước].",
                        "[Trẻ làm tranh|Các bé sáng tạo] [bằng lá khô, hạt|xếp hình con vật], [mỗi bé một sản phẩm|tự do].",
                        "[Nguyên vật liệu mở|Hoạt động] [kích thích sáng tạo|rẻ tiền mà hiệu quả].",
                    ),
                    (
                        "[Phụ huynh góp|Gia đình ủng hộ] [vỏ hộp, lõi giấy, chai lọ|đồ tái chế] [cho góc khám phá|cho lớp], [trẻ tự chọn vật liệu|các bé tự lấy] [để làm đồ chơi|để thử nghiệm].",
                        "[Tôi gợi ý|Cô hướng dẫn] [làm ống nhòm, kèn|làm đồ chơi đơn giản], [trẻ tự làm|các bé làm theo ý].",
                        "[Đồ tái chế|Hoạt động] [giúp trẻ sáng tạo|dạy trẻ bảo vệ môi trường].",
                    ),
                    (
                        "[Hộp \"Bí mật\"|Hộp cảm giác] [chứa vật liệu thiên nhiên|có nhiều đồ vật], [trẻ sờ và mô tả|các bé đoán vật bằng xúc giác] [như \"nhám, tròn, nhẹ\"|bằng nhiều từ].",
                        "[Trẻ tập mô tả|Các bé nói] [đặc điểm|bằng lời].",
                        "[Hộp bí mật|Trò chơi] [phát triển giác quan|giúp trẻ diễn đạt].",
                    ),
                )),
                ("Dạy trẻ [quan sát, so sánh, phân loại|kĩ năng khám phá] [đối tượng|sự vật]", (
                    (
                        "Tôi [cho trẻ so sánh|đưa ra hai loại quả] [quả cam và quả bưởi|hai đồ vật], [trẻ quan sát màu, mùi, kích thước|các bé nêu điểm giống, khác].",
                        "Tôi ghi lại ý kiến của trẻ lên bảng bằng hình vẽ đơn giản, [ví dụ vẽ quả cam nhỏ hơn, quả bưởi to hơn|như vẽ hai cột \"giống nhau\" và \"khác nhau\"], [để trẻ nhìn và nhắc lại|giúp các bé dễ so sánh].",
                        "[Những lần sau|Về sau], [trẻ tự so sánh các cặp đồ vật khác|các bé tự tìm điểm giống, khác] [như chiếc lá to và lá nhỏ, hòn sỏi và viên bi|mà không cần cô gợi ý từng bước].",
                    ),
                    (
                        "[Trẻ được phát tranh lô tô các con vật|Các bé nhận bộ tranh con vật] [và xếp vào hai tấm bìa \"dưới nước\", \"trên cạn\"|để phân loại theo nơi sống], [rồi giải thích vì sao mình xếp như vậy|và nói lí do cho bạn nghe].",
                        "[Khi có con vật \"khó xếp\" như con ếch, con vịt|Với những con vật sống được cả hai nơi], [cả lớp tranh luận sôi nổi|các bé bàn bạc] [và cô giải thích thêm|trước khi cô kết luận].",
                    ),
                    (
                        "Tôi [tổ chức trò chơi \"Về đúng nhà\"|cho trẻ chơi tìm nhóm]: [mỗi bé cầm một đồ vật|trẻ cầm một tranh], [khi nghe hiệu lệnh thì chạy về ngôi nhà có cùng đặc điểm|phải tìm về nhóm cùng màu, cùng hình dạng hoặc cùng công dụng].",
                        "[Sau mỗi lượt|Kết thúc một lượt], [cô đổi tiêu chí phân loại|tôi thay luật chơi], [để trẻ linh hoạt trong suy nghĩ|giúp trẻ thấy một đồ vật có thể thuộc nhiều nhóm].",
                    ),
                )),
                ("[Ghi chép|Vẽ] [nhật kí khám phá|kết quả quan sát] [của trẻ|bằng tranh]", (
                    (
                        "[Sau mỗi hoạt động khám phá|Kết thúc thí nghiệm], [trẻ vẽ lại kết quả|các bé ghi lại bằng tranh] [vào sổ khám phá|vào nhật kí], [cô ghi lời kể của trẻ bên cạnh|tôi viết những gì trẻ nói].",
                        "[Sổ khám phá của mỗi bé|Những cuốn nhật kí khám phá] [được trưng bày trong buổi họp phụ huynh|được gửi về gia đình cuối tháng], [phụ huynh rất bất ngờ với những điều con quan sát được|nhiều phụ huynh đọc cùng con và khen con].",
                        "[Tôi dùng sổ của trẻ|Cô xem lại các trang vẽ] [để biết trẻ hứng thú với điều gì|để chọn nội dung khám phá tiếp theo phù hợp sở thích của trẻ].",
                    ),
                    (
                        "[Trong giờ trò chuyện đầu ngày|Mỗi buổi sáng], [một, hai bé kể lại điều mình khám phá hôm trước|trẻ thay nhau thuật lại thí nghiệm đã làm] [cho các bạn nghe|trước nhóm], [kèm bức tranh mình đã vẽ|dùng tranh để minh họa].",
                        "[Các bạn đặt câu hỏi|Cả lớp hỏi thêm], [bé kể chuyện tập trả lời|giúp trẻ vừa nhớ lại vừa luyện nói mạch lạc].",
                    ),
                    (
                        "Lớp có [một \"bức tường phát hiện\"|bảng \"Bé đã khám phá\"] [ở ngang tầm mắt trẻ|cạnh góc thiên nhiên], [nơi trẻ dán tranh vẽ, lá cây, ảnh chụp trong các buổi khám phá|để lưu lại những điều đã tìm hiểu].",
                        "[Trẻ thường đứng trước bức tường|Các bé hay đứng xem] [và kể cho nhau nghe|và chỉ cho bố mẹ khi được đón về], [giúp kiến thức được nhắc lại nhiều lần|tạo niềm tự hào cho trẻ].",
                    ),
                )),
                ("Phối hợp [với phụ huynh|với gia đình] [cùng con khám phá|cho trẻ khám phá khoa học] [ở nhà|ngoài giờ học]", (
                    (
                        "Tôi [gửi cho phụ huynh những thí nghiệm đơn giản làm được ở nhà|gợi ý các gia đình những hoạt động khám phá nhỏ] [như thả thuyền giấy, trồng hạt đậu trong cốc, pha màu nước|chỉ dùng đồ có sẵn trong bếp], [kèm hướng dẫn bằng hình|có lời nhắc cách đặt câu hỏi cho con].",
                        "[Nhiều gia đình gửi ảnh con làm thí nghiệm|Phụ huynh chia sẻ hình ảnh cả nhà cùng làm] [vào nhóm Zalo của lớp|kèm vài dòng kể lại], [tôi chọn vài ảnh để trẻ kể trước lớp|cô dùng ảnh làm chủ đề trò chuyện buổi sáng].",
                    ),
                    (
                        "[Cuối tuần|Những ngày nghỉ], [phụ huynh được gợi ý đưa con ra vườn, ra đồng hoặc công viên|gia đình được khuyến khích cho con quan sát thiên nhiên quanh nhà], [để con tìm lá, quan sát côn trùng|và chụp lại điều con thích].",
                        "[Thứ Hai|Đầu tuần], [trẻ mang ảnh hoặc một chiếc lá, hòn sỏi đến lớp|các bé mang \"báu vật\" từ nhà đến], [kể cho các bạn nghe|để cả lớp cùng tìm hiểu].",
                    ),
                    (
                        "[Phụ huynh làm nghề nông, nghề mộc|Các gia đình] [góp hạt giống, vỏ ốc, mùn cưa cho góc khám phá|ủng hộ nguyên vật liệu cho lớp], [có bố mẹ còn đến lớp hướng dẫn trẻ trồng cây|có gia đình tham gia buổi làm vườn cùng trẻ].",
                        "[Nhờ sự chung tay của phụ huynh|Với sự hỗ trợ đó], [góc khám phá luôn có vật liệu mới|lớp có thêm nhiều học liệu], [trẻ thấy bố mẹ cùng quan tâm việc học của mình|các bé rất vui và tự hào].",
                    ),
                )),
                ("Lồng ghép khám phá khoa học vào [các hoạt động trong ngày|giờ ăn, giờ chơi, giờ tạo hình]", (
                    (
                        "[Trong giờ ăn|Lúc chia cơm], tôi [giới thiệu nguồn gốc món ăn|kể về hạt gạo, cọng rau] [như rau cải từ vườn, cá từ ao|từ đâu mà có], [và hỏi trẻ món nào có nhiều chất bổ|để trẻ biết thực phẩm nuôi cơ thể thế nào].",
                        "[Những câu chuyện nhỏ trong bữa ăn|Các câu hỏi trong giờ ăn] [giúp trẻ tò mò về thế giới xung quanh|khiến trẻ ăn ngon miệng và hiểu biết thêm].",
                    ),
                    (
                        "[Ở giờ tạo hình|Khi vẽ tranh], [trẻ được tự pha màu nước|các bé trộn hai màu với nhau] [để khám phá màu mới|và đặt tên cho màu vừa tạo], [cô hỏi \"Con đã trộn những màu nào?\"|tôi gợi ý trẻ kể lại cách làm].",
                        "[Hoạt động tưởng như đơn giản|Việc pha màu] [là một thí nghiệm nhỏ|giúp trẻ hiểu khoa học có mặt trong mọi hoạt động].",
                    ),
                    (
                        "[Trong giờ vận động ngoài trời|Khi chơi với bóng], [trẻ thử thả bóng trên mặt dốc, mặt phẳng|các bé lăn bóng trên nhiều mặt khác nhau] [để xem bóng lăn nhanh hay chậm|và so sánh độ nảy].",
                        "[Tôi hỏi trẻ \"Vì sao bóng lăn nhanh hơn?\"|Cô đặt câu hỏi], [trẻ suy nghĩ và trả lời|các bé đưa ra dự đoán], [biến giờ chơi thành giờ khám phá|mà không cần một tiết riêng].",
                    ),
                )),
                ("Tổ chức [ngày hội khoa học|hoạt động trải nghiệm lớn] [cho trẻ|cả trường]", (
                    (
                        "Trường tổ chức [ngày hội \"Bé khám phá khoa học\"|ngày hội khoa học] [với nhiều góc thí nghiệm|cho trẻ trải nghiệm], [phụ huynh cùng tham gia|có phụ huynh đến chơi cùng con].",
                        "[Trong ngày hội|Tại các gian thí nghiệm], [trẻ tự tay làm \"núi lửa\" bằng muối nở và giấm, thả thuyền giấy, thổi bong bóng xà phòng|các bé trình diễn thí nghiệm cho bố mẹ xem] [rồi giải thích bằng lời của mình|và kể điều mình thấy].",
                        "[Phụ huynh cùng làm với con|Bố mẹ chơi cùng con ở từng góc], [nhiều người ngạc nhiên|ai cũng thích thú] [vì con hiểu biết nhiều điều|khi thấy con tự tin giải thích].",
                    ),
                    (
                        "[Mỗi lớp có một gian trưng bày|Các lớp trưng bày] [tranh vẽ, mô hình, nhật kí khám phá|sản phẩm của trẻ trong năm học], [trẻ làm \"hướng dẫn viên\"|các bé đứng giới thiệu] [cho khách tham quan|cho phụ huynh và các lớp bạn].",
                        "[Được giới thiệu sản phẩm của mình|Làm hướng dẫn viên] [giúp trẻ tự tin trước đông người|là trải nghiệm đáng nhớ với các bé].",
                    ),
                    (
                        "Tôi [mời một phụ huynh là kĩ sư nông nghiệp|mời bố của một bé làm nghề bác sĩ] [đến lớp trong ngày hội|tham gia ngày hội], [giới thiệu với trẻ về công việc của mình|làm một thí nghiệm nhỏ cho trẻ xem].",
                        "[Trẻ hỏi rất nhiều câu|Các bé háo hức đặt câu hỏi], [và nhiều bé nói lớn lên muốn làm nhà khoa học|buổi giao lưu khơi gợi ước mơ của trẻ].",
                    ),
                )),
            ),
        },
    ),
}

FIELDS = (MAM_NON,)

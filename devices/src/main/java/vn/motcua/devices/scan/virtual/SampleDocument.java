package vn.motcua.devices.scan.virtual;

import java.util.List;

/**
 * The text of a citizen's paper as handed in at the counter. Names, numbers and addresses are invented.
 * Table rows are cells separated by '|'; the first row is the heading.
 */
record SampleDocument(List<String> agency, String place, String title, String recipient, List<String> fields,
        List<String> paragraphs, List<String> table, String signerRole, String signerName) {

    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

    static final List<SampleDocument> ALL = List.of(
            new SampleDocument(List.of(), "Phường Bến Nghé", "ĐƠN ĐỀ NGHỊ CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH",
                    "Kính gửi: Ủy ban nhân dân phường Bến Nghé",
                    List.of("Họ, chữ đệm, tên người yêu cầu: NGUYỄN THỊ MINH THƯ",
                            "Nơi cư trú: số 12 đường Lê Thánh Tôn, phường Bến Nghé",
                            "Giấy tờ tùy thân: Căn cước số 079190000000, cấp ngày 05/03/2021",
                            "Quan hệ với người được cấp bản sao: mẹ"),
                    List.of("Đề nghị cơ quan cấp bản sao trích lục khai sinh cho người có tên dưới đây. Số lượng "
                                    + "bản sao yêu cầu: 02 bản. Tôi cam đoan những nội dung khai trên đây là đúng sự "
                                    + "thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.",
                            "Người được cấp bản sao: TRẦN MINH KHANG, sinh ngày 14/08/2019, đăng ký khai sinh tại "
                                    + "Ủy ban nhân dân phường Bến Nghé, số 125, quyển số 01/2019."),
                    List.of("STT|Giấy tờ kèm theo|Số lượng", "1|Bản chụp căn cước của người yêu cầu|01",
                            "2|Văn bản ủy quyền (nếu có)|00", "3|Giấy tờ chứng minh quan hệ|01"),
                    "NGƯỜI YÊU CẦU", "Nguyễn Thị Minh Thư"),
            new SampleDocument(List.of("ỦY BAN NHÂN DÂN", "XÃ TÂN HIỆP"), "Tân Hiệp", "TỜ KHAI ĐĂNG KÝ KHAI SINH",
                    "Kính gửi: Ủy ban nhân dân xã Tân Hiệp",
                    List.of("Họ, chữ đệm, tên người yêu cầu: LÊ VĂN HÙNG",
                            "Nơi cư trú: ấp 3, xã Tân Hiệp, huyện Hóc Môn",
                            "Quan hệ với người được khai sinh: cha",
                            "Họ, chữ đệm, tên người được khai sinh: LÊ GIA BẢO",
                            "Ngày, tháng, năm sinh: 02/01/2025   Giới tính: Nam   Dân tộc: Kinh",
                            "Nơi sinh: Bệnh viện Đa khoa khu vực Hóc Môn"),
                    List.of("Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật, được sự thỏa "
                            + "thuận nhất trí của các bên liên quan theo quy định pháp luật. Tôi chịu hoàn toàn trách "
                            + "nhiệm trước pháp luật về nội dung cam đoan của mình."),
                    List.of("STT|Thông tin cha, mẹ|Cha|Mẹ", "1|Họ và tên|Lê Văn Hùng|Phạm Thị Hoa",
                            "2|Năm sinh|1992|1995", "3|Dân tộc|Kinh|Kinh", "4|Quốc tịch|Việt Nam|Việt Nam"),
                    "NGƯỜI ĐI ĐĂNG KÝ", "Lê Văn Hùng"),
            new SampleDocument(List.of(), "Phường Hòa Cường", "ĐƠN ĐỀ NGHỊ CHỨNG THỰC CHỮ KÝ",
                    "Kính gửi: Ủy ban nhân dân phường Hòa Cường",
                    List.of("Tôi tên là: ĐỖ QUANG VINH, sinh năm 1987",
                            "Địa chỉ liên hệ: tổ 14, phường Hòa Cường, quận Hải Châu",
                            "Số điện thoại: 0905 000 111"),
                    List.of("Tôi đề nghị được chứng thực chữ ký trên giấy tờ, văn bản sau đây để nộp cho ngân "
                                    + "hàng nơi tôi vay vốn sản xuất kinh doanh.",
                            "Tôi xin cam đoan chịu trách nhiệm về nội dung của giấy tờ, văn bản mà mình đã ký."),
                    List.of("STT|Tên giấy tờ, văn bản|Số trang|Số bản", "1|Giấy xác nhận thu nhập|02|03",
                            "2|Bản cam kết trả nợ|01|02"),
                    "NGƯỜI YÊU CẦU", "Đỗ Quang Vinh"));
}

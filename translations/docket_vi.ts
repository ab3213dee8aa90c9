<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>ArchiveExport</name>
    <message>
        <source>No such meeting.</source>
        <translation>Không có cuộc họp này.</translation>
    </message>
    <message>
        <source>Archive meeting</source>
        <translation>Lưu trữ cuộc họp</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Tệp ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Writing the archive bundle… %1 %</source>
        <translation>Đang ghi gói lưu trữ… %1 %</translation>
    </message>
    <message>
        <source>Archiving cancelled; no file was written.</source>
        <translation>Đã hủy lưu trữ; không tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Archived “%1” to %2 (%3).</source>
        <translation>Đã lưu trữ “%1” vào %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>more than half</source>
        <translation>quá một nửa</translation>
    </message>
    <message>
        <source>at least two thirds</source>
        <translation>ít nhất hai phần ba</translation>
    </message>
    <message>
        <source>at least %1%</source>
        <translation>ít nhất %1%</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn đại biểu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Present now</source>
        <translation>Đang có mặt</translation>
    </message>
    <message>
        <source>Was present</source>
        <translation>Đã có mặt</translation>
    </message>
    <message>
        <source>First check-in</source>
        <translation>Điểm danh lần đầu</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Điểm danh gần nhất</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Đã ra về</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>No roster yet: add the delegates to count the quorum.</source>
        <translation>Chưa có danh sách đại biểu: hãy thêm đại biểu để tính số lượng cần thiết.</translation>
    </message>
    <message>
        <source>Present %1/%2 (%3%)</source>
        <translation>Có mặt %1/%2 (%3%)</translation>
    </message>
    <message>
        <source>%1 — quorum reached</source>
        <translation>%1 — đủ điều kiện tiến hành</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n more needed for the quorum</source>
        <translation>
            <numerusform>%1 — còn thiếu %n đại biểu để đủ điều kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Required for the quorum</source>
        <translation>Cần để đủ điều kiện</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(không thuộc đoàn)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
</context>
<context>
    <name>AttendanceRecord</name>
    <message>
        <source>ATTENDANCE RECORD</source>
        <translation>BIÊN BẢN ĐIỂM DANH</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>mã %1</translation>
    </message>
    <message>
        <source>As of %1 on %2</source>
        <translation>Tính đến %1 ngày %2</translation>
    </message>
    <message>
        <source>On the roster: %1</source>
        <translation>Tổng số đại biểu: %1</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>Có mặt: %1</translation>
    </message>
    <message>
        <source>Absent: %1</source>
        <translation>Vắng mặt: %1</translation>
    </message>
    <message>
        <source>Required for the quorum: %1</source>
        <translation>Cần có mặt để đủ điều kiện: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in and left before this record.</source>
        <translation>
            <numerusform>%n đại biểu đã điểm danh và ra về trước khi lập biên bản.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attendance record · %1</source>
        <translation>Biên bản điểm danh · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Trang %1/%2 · %3</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
    <message numerus="yes">
        <source>Present (%n)</source>
        <translation>
            <numerusform>Có mặt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Absent (%n)</source>
        <translation>
            <numerusform>Vắng mặt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is present.</source>
        <translation>Chưa có đại biểu nào có mặt.</translation>
    </message>
    <message>
        <source>Nobody is absent.</source>
        <translation>Không có đại biểu nào vắng mặt.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Giờ đến</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>Ra về lúc</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(ký và ghi rõ họ tên)</translation>
    </message>
    <message>
        <source>SECRETARY</source>
        <translation>THƯ KÝ</translation>
    </message>
    <message>
        <source>CHAIR</source>
        <translation>CHỦ TỌA</translation>
    </message>
    <message>
        <source>The meeting has no roster yet: there is no attendance to record.</source>
        <translation>Cuộc họp chưa có danh sách đại biểu: chưa có gì để lập biên bản điểm danh.</translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Cannot write the backup %1. %2</source>
        <translation>Không ghi được bản sao lưu %1. %2</translation>
    </message>
    <message>
        <source>The catalog is damaged, so no backup was made: %1 Restore the newest good backup with `docket-cli restore`.</source>
        <translation>Cơ sở dữ liệu bị hỏng nên chưa tạo bản sao lưu: %1 Hãy khôi phục bản sao lưu tốt gần nhất bằng `docket-cli restore`.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Không ghi được bản sao lưu %1.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Không tạo được thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the backup file to write.</source>
        <translation>%1 là một thư mục; hãy cho biết tên tệp sao lưu cần ghi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no backup of the catalog in %1.</source>
        <translation>Chưa có bản sao lưu nào của cơ sở dữ liệu trong %1.</translation>
    </message>
    <message>
        <source>No backup in %1 passes the check: %2</source>
        <translation>Không có bản sao lưu nào trong %1 qua được kiểm tra: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>Không thể khôi phục bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>%1 is the catalog itself, not a backup of it.</source>
        <translation>%1 chính là cơ sở dữ liệu đang dùng, không phải bản sao lưu của nó.</translation>
    </message>
    <message>
        <source>The catalog is in use by another Docket program (the window, or docket-cli serve): close it, then restore again.</source>
        <translation>Cơ sở dữ liệu đang được một chương trình Docket khác sử dụng (cửa sổ Docket, hoặc docket-cli serve): hãy đóng chương trình đó rồi khôi phục lại.</translation>
    </message>
    <message>
        <source>The library %1 is read-only: a backup cannot be restored into it.</source>
        <translation>Thư viện %1 chỉ đọc: không thể khôi phục bản sao lưu vào đó.</translation>
    </message>
    <message>
        <source>Cannot move the catalog %1 aside; nothing was changed.</source>
        <translation>Không thể cất riêng cơ sở dữ liệu %1; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of the catalog; nothing was changed.</source>
        <translation>Không thể đặt bản sao lưu vào chỗ của cơ sở dữ liệu; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Not enough free space on %1 for a backup of the catalog: it needs %2, %3 is free. Make room on the disk, then try again.</source>
        <translation>Không đủ chỗ trống trên %1 để sao lưu cơ sở dữ liệu: cần %2, hiện còn %3. Hãy dọn bớt ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the library; nothing was changed. %2</source>
        <translation>Không chép được %1 vào thư viện; chưa có gì thay đổi. %2</translation>
    </message>
    <message>
        <source>The copy of %1 in the library does not pass the check, so it was not restored; nothing was changed: %2</source>
        <translation>Bản chép của %1 trong thư viện không qua được bước kiểm tra nên chưa được khôi phục; chưa có gì thay đổi: %2</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>Không thể tạo tệp tạm trong %1: %2</translation>
    </message>
    <message>
        <source>Cannot store %1: %2 (is the disk full?)</source>
        <translation>Không thể lưu %1: %2 (ổ đĩa đã đầy?)</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Đã hủy việc nhập tệp.</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>Không thể lưu %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the files: %1 (is the disk full?)</source>
        <translation>Không lưu được các tệp: %1 (ổ đĩa đầy?)</translation>
    </message>
    <message>
        <source>Cannot lock the stored files (%1): %2</source>
        <translation>Không khoá được các tệp đã lưu (%1): %2</translation>
    </message>
</context>
<context>
    <name>BundleExport</name>
    <message>
        <source>The agenda cannot be printed: docket-cli was not found beside Docket.</source>
        <translation>Không in được chương trình nghị sự: không tìm thấy docket-cli bên cạnh Docket.</translation>
    </message>
    <message>
        <source>The agenda could not be printed: %1</source>
        <translation>Không in được chương trình nghị sự: %1</translation>
    </message>
    <message>
        <source>The agenda could not be printed.</source>
        <translation>Không in được chương trình nghị sự.</translation>
    </message>
    <message>
        <source>No such meeting.</source>
        <translation>Không có cuộc họp này.</translation>
    </message>
    <message>
        <source>The stored file of %1 is missing or damaged: run `docket-cli verify`.</source>
        <translation>Tệp đã lưu của %1 bị thiếu hoặc hỏng: hãy chạy `docket-cli verify`.</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Mã %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>mở lúc %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>đóng lúc %1</translation>
    </message>
    <message>
        <source>archived %1</source>
        <translation>lưu trữ lúc %1</translation>
    </message>
    <message>
        <source>Agenda (PDF)</source>
        <translation>Chương trình nghị sự (PDF)</translation>
    </message>
    <message>
        <source>Conference pack (PDF)</source>
        <translation>Bộ tài liệu hội nghị (PDF)</translation>
    </message>
    <message>
        <source>Statistics (CSV)</source>
        <translation>Thống kê (CSV)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình nghị sự</translation>
    </message>
    <message>
        <source>Presented by %1</source>
        <translation>Người trình bày: %1</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>Không có tài liệu.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Thời gian hiện hành</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Số lượt mở</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF rendition</source>
        <translation>Bản PDF chuyển đổi</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 đến %2</translation>
    </message>
    <message>
        <source>never current</source>
        <translation>chưa từng là bản hiện hành</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n thiết bị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n lượt yêu cầu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n download(s)</source>
        <translation>
            <numerusform>%n lượt tải</numerusform>
        </translation>
    </message>
    <message>
        <source>current</source>
        <translation>hiện hành</translation>
    </message>
    <message>
        <source>Every file&apos;s SHA-256 is in SHA256SUMS: `sha256sum -c SHA256SUMS` in this folder checks them all; `docket-cli archive verify` checks the ZIP.</source>
        <translation>SHA-256 của mọi tệp nằm trong SHA256SUMS: lệnh `sha256sum -c SHA256SUMS` trong thư mục này kiểm tra tất cả; `docket-cli archive verify` kiểm tra tệp ZIP.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Tên mục</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Lượt yêu cầu</translation>
    </message>
    <message>
        <source>Complete downloads</source>
        <translation>Lượt tải trọn vẹn</translation>
    </message>
    <message>
        <source>Bytes sent</source>
        <translation>Số byte đã gửi</translation>
    </message>
    <message>
        <source>First seen (UTC)</source>
        <translation>Lần đầu (UTC)</translation>
    </message>
    <message>
        <source>Last seen (UTC)</source>
        <translation>Lần cuối (UTC)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>No temporary folder can be made: %1</source>
        <translation>Không tạo được thư mục tạm: %1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <source>agenda.pdf is left out: no server address is known for its QR codes (serve the library once, or give the address).</source>
        <translation>Không có agenda.pdf: chưa biết địa chỉ máy chủ cho mã QR (hãy phục vụ thư viện một lần, hoặc cho biết địa chỉ).</translation>
    </message>
    <message>
        <source>The conference pack was not written.</source>
        <translation>Bộ tài liệu hội nghị chưa được ghi.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot add %1 to the bundle: %2</source>
        <translation>Không thêm được %1 vào gói: %2</translation>
    </message>
</context>
<context>
    <name>BundleImport</name>
    <message>
        <source>missing: %1</source>
        <translation>thiếu: %1</translation>
    </message>
    <message>
        <source>altered: %1</source>
        <translation>bị thay đổi: %1</translation>
    </message>
    <message>
        <source>unexpected: %1</source>
        <translation>không có trong hồ sơ: %1</translation>
    </message>
    <message>
        <source>There is no manifest.json: this is not a Docket archive bundle.</source>
        <translation>Không có manifest.json: đây không phải gói lưu trữ của Docket.</translation>
    </message>
    <message>
        <source>There is no SHA256SUMS.</source>
        <translation>Không có SHA256SUMS.</translation>
    </message>
    <message>
        <source>manifest.json and SHA256SUMS disagree about %1.</source>
        <translation>manifest.json và SHA256SUMS ghi khác nhau về %1.</translation>
    </message>
    <message>
        <source>No staging folder can be made in the library: %1</source>
        <translation>Không tạo được thư mục tạm trong thư viện: %1</translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 bị từ chối: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was imported.</source>
        <translation>%1 đã thay đổi trong lúc nhập.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
</context>
<context>
    <name>BundleManifest</name>
    <message>
        <source>manifest.json cannot be read: %1.</source>
        <translation>Không đọc được manifest.json: %1.</translation>
    </message>
    <message>
        <source>manifest.json is not the manifest of a Docket bundle.</source>
        <translation>manifest.json không phải bản kê của một gói Docket.</translation>
    </message>
    <message>
        <source>The bundle is of format %1; this Docket reads format %2.</source>
        <translation>Gói có định dạng %1; phiên bản Docket này đọc định dạng %2.</translation>
    </message>
    <message>
        <source>manifest.json names no meeting.</source>
        <translation>manifest.json không ghi cuộc họp nào.</translation>
    </message>
    <message>
        <source>manifest.json names a file &quot;%1&quot; that cannot be in a bundle.</source>
        <translation>manifest.json ghi tệp &quot;%1&quot;, một tệp không thể có trong gói.</translation>
    </message>
    <message>
        <source>manifest.json gives no proper SHA-256 or size for &quot;%1&quot;.</source>
        <translation>manifest.json không ghi đúng SHA-256 hoặc kích thước của &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>manifest.json names &quot;%1&quot; twice.</source>
        <translation>manifest.json ghi &quot;%1&quot; hai lần.</translation>
    </message>
    <message>
        <source>manifest.json gives a rendition without pages.</source>
        <translation>manifest.json ghi một bản chuyển đổi không có trang nào.</translation>
    </message>
    <message>
        <source>SHA256SUMS cannot be read (line %1).</source>
        <translation>Không đọc được SHA256SUMS (dòng %1).</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>an entry without a name</source>
        <translation>một mục không có tên</translation>
    </message>
    <message>
        <source>a name longer than any bundle holds</source>
        <translation>một tên dài hơn mọi tên trong gói</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>một đường dẫn tuyệt đối</translation>
    </message>
    <message>
        <source>a path with a backslash</source>
        <translation>một đường dẫn có dấu gạch ngược</translation>
    </message>
    <message>
        <source>a name with control characters</source>
        <translation>một tên có ký tự điều khiển</translation>
    </message>
    <message>
        <source>a path that leads out of the folder (..)</source>
        <translation>một đường dẫn ra ngoài thư mục (..)</translation>
    </message>
    <message>
        <source>a path with an empty or &quot;.&quot; part</source>
        <translation>một đường dẫn có phần rỗng hoặc &quot;.&quot;</translation>
    </message>
    <message>
        <source>Refused: the ZIP file holds the same name twice.</source>
        <translation>Từ chối: tệp ZIP chứa cùng một tên hai lần.</translation>
    </message>
    <message>
        <source>%1 is not a readable ZIP file (%2).</source>
        <translation>%1 không phải tệp ZIP đọc được (%2).</translation>
    </message>
    <message>
        <source>The ZIP file holds more entries (%1) than a bundle can (%2).</source>
        <translation>Tệp ZIP có nhiều mục (%1) hơn mức một gói được phép (%2).</translation>
    </message>
    <message>
        <source>Entry %1 of the ZIP file cannot be read.</source>
        <translation>Không đọc được mục %1 của tệp ZIP.</translation>
    </message>
    <message>
        <source>Refused: the entry &quot;%1&quot; is %2.</source>
        <translation>Từ chối: mục &quot;%1&quot; là %2.</translation>
    </message>
    <message>
        <source>Refused: the ZIP file holds &quot;%1&quot; twice.</source>
        <translation>Từ chối: tệp ZIP chứa &quot;%1&quot; hai lần.</translation>
    </message>
    <message>
        <source>Refused: the entry &quot;%1&quot; is a symbolic link.</source>
        <translation>Từ chối: mục &quot;%1&quot; là liên kết tượng trưng.</translation>
    </message>
    <message>
        <source>Refused: the entry &quot;%1&quot; is not a plain file.</source>
        <translation>Từ chối: mục &quot;%1&quot; không phải tệp thông thường.</translation>
    </message>
    <message>
        <source>Refused: the entry &quot;%1&quot; is encrypted.</source>
        <translation>Từ chối: mục &quot;%1&quot; bị mã hóa.</translation>
    </message>
    <message>
        <source>Refused: the folder entry &quot;%1&quot; has content.</source>
        <translation>Từ chối: mục thư mục &quot;%1&quot; lại có nội dung.</translation>
    </message>
    <message>
        <source>Refused: the entry &quot;%1&quot; says it holds %2 bytes, more than any document of a bundle (%3).</source>
        <translation>Từ chối: mục &quot;%1&quot; ghi là chứa %2 byte, nhiều hơn mọi tài liệu của một gói (%3).</translation>
    </message>
    <message>
        <source>Refused: %1 is far too large (%2 bytes).</source>
        <translation>Từ chối: %1 quá lớn (%2 byte).</translation>
    </message>
    <message>
        <source>Refused: the entry &quot;%1&quot; expands %2 times (a ZIP bomb?).</source>
        <translation>Từ chối: mục &quot;%1&quot; giải nén ra gấp %2 lần (bom ZIP?).</translation>
    </message>
    <message>
        <source>Refused: the ZIP file expands to more than %1 bytes.</source>
        <translation>Từ chối: tệp ZIP giải nén ra hơn %1 byte.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; cannot be read: %2</source>
        <translation>Không đọc được mục &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot make a folder for &quot;%1&quot; in the staging folder.</source>
        <translation>Không tạo được thư mục cho &quot;%1&quot; trong thư mục tạm.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot; in the staging folder.</source>
        <translation>Không ghi được &quot;%1&quot; vào thư mục tạm.</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; is damaged: %2</source>
        <translation>Mục &quot;%1&quot; bị hỏng: %2</translation>
    </message>
    <message>
        <source>Refused: the entry &quot;%1&quot; holds more than it says.</source>
        <translation>Từ chối: mục &quot;%1&quot; chứa nhiều hơn kích thước nó ghi.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot; in the staging folder (disk full?).</source>
        <translation>Không ghi được &quot;%1&quot; vào thư mục tạm (đĩa đầy?).</translation>
    </message>
    <message>
        <source>The entry &quot;%1&quot; is shorter than it says.</source>
        <translation>Mục &quot;%1&quot; ngắn hơn kích thước nó ghi.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>Bundles cannot be read: docket-cli was not found beside Docket.</source>
        <translation>Không đọc được gói: không tìm thấy docket-cli bên cạnh Docket.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <source>Reading %1 took too long.</source>
        <translation>Đọc %1 mất quá nhiều thời gian.</translation>
    </message>
    <message>
        <source>it needed more memory than allowed</source>
        <translation>cần nhiều bộ nhớ hơn mức cho phép</translation>
    </message>
    <message>
        <source>the reader was stopped (signal %1)</source>
        <translation>tiến trình đọc bị dừng (tín hiệu %1)</translation>
    </message>
    <message>
        <source>the reader failed (status %1)</source>
        <translation>tiến trình đọc bị lỗi (mã %1)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>The disk holding the catalog is full: the change was not made. Free some space, then try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu đã đầy: thay đổi chưa được thực hiện. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The library is read-only: meetings can be shown and served, not changed.</source>
        <translation>Thư viện chỉ đọc: các hội nghị vẫn xem và phục vụ được, nhưng không thay đổi được.</translation>
    </message>
    <message>
        <source>The catalog is damaged. Restore the newest good backup with `docket-cli restore` (or Library ▸ Restore from backup in the window); the damaged catalog is kept aside.</source>
        <translation>Cơ sở dữ liệu bị hỏng. Hãy khôi phục bản sao lưu tốt gần nhất bằng `docket-cli restore` (hoặc Thư viện ▸ Khôi phục từ bản sao lưu trong cửa sổ); cơ sở dữ liệu bị hỏng được cất riêng.</translation>
    </message>
    <message>
        <source>The catalog is busy: another Docket program is writing to it. Try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận: một chương trình Docket khác đang ghi vào đó. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The catalog could not be read or written: its disk may be full, removed or failing.</source>
        <translation>Không đọc hoặc ghi được cơ sở dữ liệu: ổ đĩa có thể đã đầy, bị rút ra hoặc bị lỗi.</translation>
    </message>
    <message>
        <source>The catalog cannot be opened: check that the library folder exists and may be read.</source>
        <translation>Không mở được cơ sở dữ liệu: hãy kiểm tra thư mục thư viện có tồn tại và đọc được không.</translation>
    </message>
    <message>
        <source>The catalog refused a change that contradicts what it holds.</source>
        <translation>Cơ sở dữ liệu từ chối một thay đổi mâu thuẫn với dữ liệu đang có.</translation>
    </message>
    <message>
        <source>There is not enough memory to use the catalog.</source>
        <translation>Không đủ bộ nhớ để dùng cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The catalog reported an error.</source>
        <translation>Cơ sở dữ liệu báo lỗi.</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1 (SQLite: %2)</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1. %2</source>
        <translation>Không mở được cơ sở dữ liệu %1. %2</translation>
    </message>
    <message>
        <source>This meeting is archived, so it cannot be changed. Reopen it for editing first (Meeting ▸ Reopen for editing, or docket-cli meeting reopen).</source>
        <translation>Hội nghị này đã lưu trữ nên không thể thay đổi. Hãy mở lại để chỉnh sửa trước (Hội nghị ▸ Mở lại để chỉnh sửa, hoặc docket-cli meeting reopen).</translation>
    </message>
    <message>
        <source>This SQLite has no full-text search (FTS5): %1</source>
        <translation>SQLite này không có tìm kiếm toàn văn (FTS5): %1</translation>
    </message>
</context>
<context>
    <name>ChildProcess</name>
    <message>
        <source>Cannot start a helper process: %1</source>
        <translation>Không khởi động được tiến trình phụ: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting has the id or code %1.</source>
        <translation>Không có hội nghị nào có ID hoặc mã truy cập %1.</translation>
    </message>
    <message>
        <source>ITEM must be an agenda item number, not %1.</source>
        <translation>ITEM phải là số thứ tự của một nội dung chương trình, không phải %1.</translation>
    </message>
    <message>
        <source>Meeting %1 has no item %2.</source>
        <translation>Hội nghị %1 không có nội dung %2.</translation>
    </message>
    <message>
        <source>--base-url needs an http address such as http://192.168.1.23:8080.</source>
        <translation>--base-url cần một địa chỉ http, ví dụ http://192.168.1.23:8080.</translation>
    </message>
    <message>
        <source>No server address is known yet: start `docket-cli serve` once, or pass --base-url http://ADDRESS:PORT.</source>
        <translation>Chưa biết địa chỉ máy chủ: hãy chạy `docket-cli serve` một lần, hoặc dùng --base-url http://ADDRESS:PORT.</translation>
    </message>
    <message>
        <source>meeting create needs --title.</source>
        <translation>meeting create cần có --title.</translation>
    </message>
    <message>
        <source>--date must look like 2026-11-28.</source>
        <translation>--date phải có dạng 2026-11-28.</translation>
    </message>
    <message>
        <source>--language must be vi or en.</source>
        <translation>--language phải là vi hoặc en.</translation>
    </message>
    <message>
        <source>Created meeting %1 with delegate code %2</source>
        <translation>Đã tạo hội nghị %1 với mã truy cập %2</translation>
    </message>
    <message>
        <source>No meetings yet. Create one with: docket-cli meeting create --title T</source>
        <translation>Chưa có hội nghị nào. Tạo hội nghị bằng lệnh: docket-cli meeting create --title T</translation>
    </message>
    <message>
        <source>Id %1 · code %2 · %3</source>
        <translation>ID %1 · mã truy cập %2 · %3</translation>
    </message>
    <message>
        <source>Delegate address: %1</source>
        <translation>Địa chỉ cho đại biểu: %1</translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation>Chưa có nội dung chương trình nào.</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Vấn đề: %1</translation>
    </message>
    <message>
        <source>Meeting %1 (%2) is open: delegates can reach it.</source>
        <translation>Hội nghị %1 (%2) đã mở: đại biểu có thể truy cập.</translation>
    </message>
    <message>
        <source>Meeting %1 (%2) is closed: delegates no longer reach it.</source>
        <translation>Hội nghị %1 (%2) đã đóng: đại biểu không còn truy cập được.</translation>
    </message>
    <message>
        <source>item add needs --title.</source>
        <translation>item add cần có --title.</translation>
    </message>
    <message>
        <source>--title can only name a single file.</source>
        <translation>--title chỉ dùng được khi thêm một tệp.</translation>
    </message>
    <message>
        <source>Added document %1 &quot;%2&quot; to item %3 (%4)</source>
        <translation>Đã thêm tài liệu %1 &quot;%2&quot; vào nội dung %3 (%4)</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Cảnh báo: %1: %2</translation>
    </message>
    <message>
        <source>Give exactly one of --png FILE or --svg FILE.</source>
        <translation>Hãy chỉ định đúng một trong hai: --png FILE hoặc --svg FILE.</translation>
    </message>
    <message>
        <source>--size must be between 64 and 10000 pixels.</source>
        <translation>--size phải nằm trong khoảng từ 64 đến 10000 pixel.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port phải là một số từ 0 đến 65535.</translation>
    </message>
    <message numerus="yes">
        <source>Serving %n open meeting(s) on port %1. Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Đang phục vụ %n hội nghị đã mở trên cổng %1. Nhấn Ctrl+C để dừng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>Không thể thiết lập xử lý tín hiệu.</translation>
    </message>
    <message>
        <source>Stopped serving.</source>
        <translation>Đã dừng phục vụ.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See docket-cli --help.</source>
        <translation>Lệnh không xác định &quot;%1&quot;. Xem docket-cli --help.</translation>
    </message>
    <message>
        <source>Option --library needs a value.</source>
        <translation>Tùy chọn --library cần có giá trị.</translation>
    </message>
    <message>
        <source>No command given. See docket-cli --help.</source>
        <translation>Chưa nhập lệnh. Xem docket-cli --help.</translation>
    </message>
    <message>
        <source>Meeting %1 has no documents.</source>
        <translation>Hội nghị %1 chưa có tài liệu nào.</translation>
    </message>
    <message numerus="yes">
        <source>opened on %n device(s)</source>
        <translation>
            <numerusform>đã mở trên %n thiết bị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete download(s)</source>
        <translation>
            <numerusform>%n lượt tải trọn vẹn</numerusform>
        </translation>
    </message>
    <message>
        <source>--max-per-client must be a number from 1 to 100000.</source>
        <translation>--max-per-client phải là số từ 1 đến 100000.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Mã PIN gồm 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <source>Meeting %1 no longer asks for a PIN.</source>
        <translation>Hội nghị %1 không còn yêu cầu mã PIN.</translation>
    </message>
    <message>
        <source>Meeting %1 now asks delegates for a PIN, once per phone.</source>
        <translation>Hội nghị %1 giờ yêu cầu đại biểu nhập mã PIN, một lần trên mỗi điện thoại.</translation>
    </message>
    <message>
        <source>--security must be WPA, WEP or nopass.</source>
        <translation>--security phải là WPA, WEP hoặc nopass.</translation>
    </message>
    <message>
        <source>An open network (nopass) has no password.</source>
        <translation>Mạng mở (nopass) không có mật khẩu.</translation>
    </message>
    <message>
        <source>--password, --security and --hidden go with --wifi.</source>
        <translation>--password, --security và --hidden chỉ dùng cùng --wifi.</translation>
    </message>
    <message>
        <source>Only wifi set takes --password, --security and --hidden.</source>
        <translation>Chỉ wifi set nhận --password, --security và --hidden.</translation>
    </message>
    <message>
        <source>No venue Wi-Fi network is set.</source>
        <translation>Chưa đặt mạng Wi-Fi mặc định của hội trường.</translation>
    </message>
    <message>
        <source>Meeting %1 has no Wi-Fi network, and no venue default is set.</source>
        <translation>Hội nghị %1 chưa có mạng Wi-Fi, và chưa đặt mạng mặc định của hội trường.</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Mạng: %1</translation>
    </message>
    <message>
        <source>Security: %1</source>
        <translation>Bảo mật: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Mật khẩu: %1</translation>
    </message>
    <message>
        <source>Hidden network</source>
        <translation>Mạng ẩn</translation>
    </message>
    <message>
        <source>(the venue default)</source>
        <translation>(mặc định của hội trường)</translation>
    </message>
    <message>
        <source>print needs --pdf FILE.</source>
        <translation>print cần --pdf TỆP.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Đã ghi %n trang vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing page images: %1/%2</source>
        <translation>Đang chuẩn bị ảnh trang: %1/%2</translation>
    </message>
    <message>
        <source>%1 page images ready for meeting %2 (%3 drawn now, %4 failed) in %5 s.</source>
        <translation>%1 ảnh trang đã sẵn sàng cho hội nghị %2 (vẽ mới %3, lỗi %4) trong %5 giây.</translation>
    </message>
    <message>
        <source>%1 page images could not be drawn: %2</source>
        <translation>%1 ảnh trang không vẽ được: %2</translation>
    </message>
    <message>
        <source>DOC must be a document id, not %1.</source>
        <translation>DOC phải là ID của một tài liệu, không phải %1.</translation>
    </message>
    <message>
        <source>Item %1 has no document %2.</source>
        <translation>Nội dung %1 không có tài liệu %2.</translation>
    </message>
    <message>
        <source>Document %1 &quot;%2&quot; now serves %3 (version %4; %5). Its links and the item&apos;s QR code are unchanged.</source>
        <translation>Tài liệu %1 &quot;%2&quot; giờ phục vụ %3 (phiên bản %4; %5). Đường dẫn và mã QR của nội dung vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>VERSION must be a version id, not %1.</source>
        <translation>VERSION phải là ID của một phiên bản, không phải %1.</translation>
    </message>
    <message>
        <source>Document %1 &quot;%2&quot; now serves %3 again.</source>
        <translation>Tài liệu %1 &quot;%2&quot; đã phục vụ lại %3.</translation>
    </message>
    <message>
        <source>Checking stored files: %1 of %2</source>
        <translation>Đang kiểm tra tệp đã lưu: %1/%2</translation>
    </message>
    <message>
        <source>Checked %1 stored files (%2).</source>
        <translation>Đã kiểm tra %1 tệp đã lưu (%2).</translation>
    </message>
    <message>
        <source>%1 stored files are missing or altered.</source>
        <translation>%1 tệp đã lưu bị mất hoặc bị sửa.</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Tiêu đề: %1</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to 10000.</source>
        <translation>--limit phải là số từ 1 đến 10000.</translation>
    </message>
    <message>
        <source>No page holds all of these words.</source>
        <translation>Không có trang nào chứa đủ các từ này.</translation>
    </message>
    <message>
        <source> (an earlier version)</source>
        <translation> (phiên bản trước)</translation>
    </message>
    <message>
        <source>Document %1 is not in the trash of meeting %2.</source>
        <translation>Tài liệu %1 không có trong thùng rác của hội nghị %2.</translation>
    </message>
    <message>
        <source>Restored document %1 &quot;%2&quot;.</source>
        <translation>Đã khôi phục tài liệu %1 &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n document(s) for good; `docket-cli clean` frees their files.</source>
        <translation>
            <numerusform>Đã xoá hẳn %n tài liệu; `docket-cli clean` giải phóng các tệp của chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash of meeting %1 is empty.</source>
        <translation>Thùng rác của hội nghị %1 đang trống.</translation>
    </message>
    <message>
        <source>%1 stored files (%2) are no longer used; run without --dry-run to remove them.</source>
        <translation>%1 tệp đã lưu (%2) không còn được dùng; chạy lại không có --dry-run để xoá chúng.</translation>
    </message>
    <message>
        <source>Removed %1 stored files that were no longer used (%2).</source>
        <translation>Đã xoá %1 tệp đã lưu không còn được dùng (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Made a PDF of %1 (%n page(s)) for reading in the browser; Download still gives the original.</source>
        <translation>
            <numerusform>Đã tạo bản PDF của %1 (%n trang) để đọc trên trình duyệt; nút Tải về vẫn cho tệp gốc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Warning: the automatic backup of the catalog failed: %1</source>
        <translation>Cảnh báo: sao lưu tự động cơ sở dữ liệu không thành công: %1</translation>
    </message>
    <message>
        <source>Start `docket-cli serve` on the venue network, or pass --base-url to use an address anyway.</source>
        <translation>Hãy chạy `docket-cli serve` trên mạng của hội trường, hoặc dùng --base-url để vẫn dùng địa chỉ này.</translation>
    </message>
    <message>
        <source>The catalog passed SQLite&apos;s integrity and foreign-key checks.</source>
        <translation>Cơ sở dữ liệu đã qua các kiểm tra toàn vẹn và khoá ngoại của SQLite.</translation>
    </message>
    <message>
        <source>backup --list takes no FILE.</source>
        <translation>backup --list không nhận FILE.</translation>
    </message>
    <message>
        <source>No backups of the catalog yet.</source>
        <translation>Chưa có bản sao lưu nào của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 Give a FILE elsewhere to write the backup to.</source>
        <translation>%1 Hãy chỉ định một FILE ở nơi khác để ghi bản sao lưu.</translation>
    </message>
    <message>
        <source>%1 exists already; give a new file name.</source>
        <translation>%1 đã tồn tại; hãy đặt một tên tệp mới.</translation>
    </message>
    <message>
        <source>Wrote a checked backup of the catalog to %1 (%2).</source>
        <translation>Đã ghi một bản sao lưu đã kiểm tra của cơ sở dữ liệu vào %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Restored the catalog from %1 (made %2): %n meeting(s).</source>
        <translation>
            <numerusform>Đã khôi phục cơ sở dữ liệu từ %1 (tạo lúc %2): %n hội nghị.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog it replaced is kept as %1.</source>
        <translation>Cơ sở dữ liệu bị thay thế được giữ lại tại %1.</translation>
    </message>
    <message>
        <source>Heavy PDF: %1</source>
        <translation>PDF nặng: %1</translation>
    </message>
    <message>
        <source>Warning: %1 is a heavy PDF: %2</source>
        <translation>Cảnh báo: %1 là tệp PDF nặng: %2</translation>
    </message>
    <message>
        <source>render-worker draws pages for Docket&apos;s own server, which starts it.</source>
        <translation>render-worker vẽ trang cho chính máy chủ của Docket và do máy chủ đó khởi động.</translation>
    </message>
    <message>
        <source>store files under an agenda item</source>
        <translation>lưu tệp vào một nội dung chương trình</translation>
    </message>
    <message>
        <source>a new version behind the same QR code</source>
        <translation>phiên bản mới, vẫn dùng mã QR cũ</translation>
    </message>
    <message>
        <source>every version, * the one served</source>
        <translation>mọi phiên bản, * là bản đang phục vụ</translation>
    </message>
    <message>
        <source>serve that version again</source>
        <translation>phục vụ lại phiên bản đó</translation>
    </message>
    <message>
        <source>a PDF of an office file, for reading (LibreOffice)</source>
        <translation>bản PDF của tệp văn phòng, để đọc (LibreOffice)</translation>
    </message>
    <message>
        <source>MEETING is a meeting id or its delegate code; ITEM is an agenda item number.</source>
        <translation>MEETING là ID của hội nghị hoặc mã truy cập dành cho đại biểu; ITEM là số thứ tự nội dung chương trình.</translation>
    </message>
    <message>
        <source>Usage: docket-cli [--library DIR] [--json] COMMAND ...</source>
        <translation>Cách dùng: docket-cli [--library DIR] [--json] COMMAND ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Lệnh:</translation>
    </message>
    <message>
        <source>--library DIR  library folder (default: $DOCKET_LIBRARY, else %1)
--json         machine-readable output
--version      the program&apos;s version
Exit status: 0 success, 2 usage error, 1 any other error.</source>
        <translation>--library DIR  thư mục thư viện (mặc định: $DOCKET_LIBRARY, nếu không có thì %1)
--json         kết quả dạng máy đọc được
--version      phiên bản của chương trình
Mã thoát: 0 thành công, 2 sai cú pháp lệnh, 1 các lỗi khác.</translation>
    </message>
    <message>
        <source>the commands of one group (meeting, doc, wifi...)</source>
        <translation>các lệnh của một nhóm (meeting, doc, wifi...)</translation>
    </message>
    <message>
        <source>what an import learns (PDF: pages, text)</source>
        <translation>những gì việc nhập biết về tệp (PDF: số trang, chữ)</translation>
    </message>
    <message>
        <source>a new agenda item; prints its number</source>
        <translation>thêm nội dung chương trình; in ra số thứ tự của nó</translation>
    </message>
    <message>
        <source>a new meeting and its delegate code</source>
        <translation>tạo hội nghị mới và mã truy cập cho đại biểu</translation>
    </message>
    <message>
        <source>every meeting: id, code, state, date, title</source>
        <translation>mọi hội nghị: ID, mã, trạng thái, ngày, tên</translation>
    </message>
    <message>
        <source>agenda items, documents and their addresses</source>
        <translation>các nội dung chương trình, tài liệu và địa chỉ của chúng</translation>
    </message>
    <message>
        <source>serve the meeting to delegates</source>
        <translation>mở hội nghị cho đại biểu truy cập</translation>
    </message>
    <message>
        <source>stop serving it</source>
        <translation>ngừng phục vụ hội nghị</translation>
    </message>
    <message>
        <source>ask delegates for a PIN once</source>
        <translation>yêu cầu đại biểu nhập mã PIN một lần</translation>
    </message>
    <message>
        <source>draw every page image phones may ask for, now</source>
        <translation>vẽ sẵn mọi ảnh trang mà điện thoại có thể cần</translation>
    </message>
    <message>
        <source>the code that joins the Wi-Fi</source>
        <translation>mã QR để kết nối Wi-Fi</translation>
    </message>
    <message>
        <source>serve the open meetings to phones; prints their address</source>
        <translation>phục vụ các hội nghị đang mở cho điện thoại; in ra địa chỉ</translation>
    </message>
    <message>
        <source>who opened which document</source>
        <translation>ai đã mở tài liệu nào</translation>
    </message>
    <message>
        <source>removed documents</source>
        <translation>các tài liệu đã gỡ</translation>
    </message>
    <message>
        <source>empty the trash: its documents are removed for good</source>
        <translation>dọn thùng rác: các tài liệu trong đó bị xoá hẳn</translation>
    </message>
    <message>
        <source>put a removed document back</source>
        <translation>khôi phục một tài liệu đã gỡ</translation>
    </message>
    <message>
        <source>remove stored files nothing uses any more</source>
        <translation>xoá các tệp đã lưu không còn dùng đến</translation>
    </message>
    <message>
        <source>check the catalog, re-hash the stored files, report damage</source>
        <translation>kiểm tra cơ sở dữ liệu, băm lại các tệp đã lưu, báo hư hỏng</translation>
    </message>
    <message>
        <source>a checked copy of the catalog (default: in backups/)</source>
        <translation>bản sao đã kiểm tra của cơ sở dữ liệu (mặc định: trong backups/)</translation>
    </message>
    <message>
        <source>the catalog&apos;s backups, newest first</source>
        <translation>các bản sao lưu của cơ sở dữ liệu, mới nhất trước</translation>
    </message>
    <message>
        <source>put a backup (default: the newest good one) in place of
the catalog; the one it replaces is kept aside</source>
        <translation>thay cơ sở dữ liệu bằng một bản sao lưu (mặc định: bản tốt
gần nhất); cơ sở dữ liệu bị thay được cất riêng</translation>
    </message>
    <message>
        <source>the network on the welcome slide and poster</source>
        <translation>mạng Wi-Fi trên trang chào mừng và áp phích</translation>
    </message>
    <message>
        <source>no network (a meeting then shows the venue&apos;s)</source>
        <translation>bỏ mạng Wi-Fi (hội nghị khi đó hiện mạng của hội trường)</translation>
    </message>
    <message>
        <source>Waiting for a clean-up of the library to finish…</source>
        <translation>Đang chờ việc dọn dẹp thư viện xong…</translation>
    </message>
    <message>
        <source>Nothing was added for it.</source>
        <translation>Không thêm gì cho tệp này.</translation>
    </message>
    <message>
        <source>the network delegates are shown</source>
        <translation>mạng được hiển thị cho đại biểu</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Mở lúc %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>đóng lúc %1</translation>
    </message>
    <message>
        <source>archived %1</source>
        <translation>lưu trữ lúc %1</translation>
    </message>
    <message>
        <source>Meeting %1 (%2) is archived: it is closed and read-only until it is reopened for editing.</source>
        <translation>Hội nghị %1 (%2) đã lưu trữ: hội nghị đã đóng và chỉ đọc cho đến khi được mở lại để chỉnh sửa.</translation>
    </message>
    <message>
        <source>Meeting %1 (%2) is reopened for editing (recorded); it stays closed to delegates.</source>
        <translation>Hội nghị %1 (%2) đã được mở lại để chỉnh sửa (có ghi nhận); đại biểu vẫn không truy cập được.</translation>
    </message>
    <message>
        <source>close it for good: read-only until reopened</source>
        <translation>đóng hẳn: chỉ đọc cho đến khi mở lại</translation>
    </message>
    <message>
        <source>make an archived meeting editable again (recorded)</source>
        <translation>cho phép sửa lại một hội nghị đã lưu trữ (có ghi nhận)</translation>
    </message>
    <message>
        <source>which meeting, item, document and version hold exactly
these bytes, when it was current, to how many phones it went;
exit 1 when it is not a file Docket stored</source>
        <translation>hội nghị, nội dung, tài liệu và phiên bản nào chứa đúng
các byte này, thời gian là bản hiện hành, đã đến bao nhiêu điện thoại;
thoát với mã 1 nếu không phải tệp Docket đã lưu</translation>
    </message>
    <message>
        <source>pack needs --pdf FILE.</source>
        <translation>pack cần có --pdf FILE.</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Đang ghi tập tài liệu…</translation>
    </message>
    <message>
        <source>Reading documents: %1 of %2</source>
        <translation>Đang đọc tài liệu: %1/%2</translation>
    </message>
    <message>
        <source>Not included: item %1, %2: %3</source>
        <translation>Không đưa vào: nội dung %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the conference pack, %n page(s), to %1.</source>
        <translation>
            <numerusform>Đã ghi tập tài liệu hội nghị, %n trang, vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the conference pack: cover, agenda, every document, numbered</source>
        <translation>tập tài liệu hội nghị: bìa, chương trình, mọi tài liệu, đánh số trang</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 phải là số từ %2 đến %3.</translation>
    </message>
    <message>
        <source>Recognising text: page %1 of %2 (“%3”, page %4)</source>
        <translation>Đang nhận dạng chữ: trang %1/%2 (“%3”, trang %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) wait for text recognition.</source>
        <translation>
            <numerusform>%n tài liệu đang chờ nhận dạng chữ.</numerusform>
        </translation>
    </message>
    <message>
        <source>No scanned page waits for text recognition.</source>
        <translation>Không có trang quét nào đang chờ nhận dạng chữ.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s) without a text layer.</source>
        <translation>
            <numerusform>Đã đọc %n trang không có lớp chữ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text was found on %n of them.</source>
        <translation>
            <numerusform>Tìm thấy chữ trên %n trang trong số đó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read; they are recorded as failed (--retry tries them again).</source>
        <translation>
            <numerusform>%n trang không đọc được; đã ghi nhận là lỗi (--retry để thử lại).</numerusform>
        </translation>
    </message>
    <message>
        <source>ocr-page needs --page and --image.</source>
        <translation>ocr-page cần --page và --image.</translation>
    </message>
    <message>
        <source>recognise the text of scanned pages (Tesseract);
exit status 3 when OCR is unavailable</source>
        <translation>nhận dạng chữ của các trang quét (Tesseract);
mã thoát 3 khi không có OCR</translation>
    </message>
    <message>
        <source>--year must be a year, such as 2026.</source>
        <translation>--year phải là một năm, ví dụ 2026.</translation>
    </message>
    <message>
        <source>--state must be draft, open, closed or archived.</source>
        <translation>--state phải là draft, open, closed hoặc archived.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>item %1 · %2, page %3%4%5</source>
        <translation>nội dung %1 · %2, trang %3%4%5</translation>
    </message>
    <message>
        <source> (recognised text)</source>
        <translation> (văn bản nhận dạng)</translation>
    </message>
    <message>
        <source>PAGE must be a page number, from 1.</source>
        <translation>PAGE phải là số trang, từ 1 trở lên.</translation>
    </message>
    <message>
        <source>pages of any meeting&apos;s documents that hold the words (&quot;a phrase&quot; in quotes; marks typed must match)</source>
        <translation>các trang tài liệu (mọi hội nghị) có chứa các từ đó (&quot;một cụm từ&quot; trong ngoặc kép; dấu đã gõ phải khớp)</translation>
    </message>
    <message>
        <source>Reading the bundle: %1 of %2</source>
        <translation>Đang đọc gói: %1 trên %2</translation>
    </message>
    <message>
        <source>Writing the bundle: %1 %</source>
        <translation>Đang ghi gói: %1 %</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n file(s), %2).</source>
        <translation>
            <numerusform>Đã ghi %1 (%n tệp, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) of the bundle are as recorded.</source>
        <translation>
            <numerusform>Cả %n tệp của gói đều đúng như đã ghi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot; as archived meeting %2 (code %3): %n file(s).</source>
        <translation>
            <numerusform>Đã nhập &quot;%1&quot; thành cuộc họp lưu trữ %2 (mã %3): %n tệp.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle&apos;s code %1 is taken in this library: the meeting has a new code.</source>
        <translation>Mã %1 của gói đã có trong thư viện này: cuộc họp được cấp mã mới.</translation>
    </message>
    <message>
        <source>the meeting as one ZIP: index.html, documents, agenda, manifest</source>
        <translation>cuộc họp thành một tệp ZIP: index.html, tài liệu, chương trình, bản kê</translation>
    </message>
    <message>
        <source>names each missing, altered or unexpected file (exit 1 if any)</source>
        <translation>nêu tên từng tệp bị thiếu, bị thay đổi hoặc lạ (thoát với mã 1 nếu có)</translation>
    </message>
    <message>
        <source>brings a bundle&apos;s meeting into the library, archived</source>
        <translation>đưa cuộc họp của một gói vào thư viện, ở trạng thái lưu trữ</translation>
    </message>
    <message>
        <source>--map takes number, name, family, unit, delegation, role, phone or ignore for each column, not &quot;%1&quot;.</source>
        <translation>--map nhận number, name, family, unit, delegation, role, phone hoặc ignore cho mỗi cột, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>Read %1: %2, %3.</source>
        <translation>Đã đọc %1: %2, %3.</translation>
    </message>
    <message>
        <source>Header in row %1.</source>
        <translation>Dòng tiêu đề ở hàng %1.</translation>
    </message>
    <message>
        <source>No header row: columns taken as number, name, unit, delegation, role, phone.</source>
        <translation>Không có dòng tiêu đề: các cột được hiểu là số, họ tên, đơn vị, đoàn, chức vụ, điện thoại.</translation>
    </message>
    <message>
        <source>  %1 → %2</source>
        <translation>  %1 → %2</translation>
    </message>
    <message>
        <source>Row %1 skipped: %2.</source>
        <translation>Bỏ qua hàng %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) would be added (dry run: nothing changed).</source>
        <translation>
            <numerusform>Sẽ thêm %n đại biểu (chạy thử: không thay đổi gì).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n delegate(s) to %1, numbers %2 to %3.</source>
        <translation>
            <numerusform>Đã thêm %n đại biểu vào %1, số %2 đến %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting %1 has no roster yet.</source>
        <translation>Cuộc họp %1 chưa có danh sách đại biểu.</translation>
    </message>
    <message>
        <source>present since %1</source>
        <translation>có mặt từ %1</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>ra về lúc %1</translation>
    </message>
    <message>
        <source>roster add needs --name.</source>
        <translation>roster add cần --name.</translation>
    </message>
    <message>
        <source>--number must be a whole number of 1 or more.</source>
        <translation>--number phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Added delegate %1: %2.</source>
        <translation>Đã thêm đại biểu số %1: %2.</translation>
    </message>
    <message>
        <source>No delegate of %1 has the number %2.</source>
        <translation>Không có đại biểu nào của %1 mang số %2.</translation>
    </message>
    <message>
        <source>This is not the code of any delegate&apos;s card.</source>
        <translation>Đây không phải mã thẻ của đại biểu nào.</translation>
    </message>
    <message>
        <source>This card is for another meeting (%1).</source>
        <translation>Thẻ này thuộc cuộc họp khác (%1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checked out: %1.</source>
        <translation>Đã ghi ra về: %1.</translation>
    </message>
    <message>
        <source>%1 was not checked in.</source>
        <translation>%1 chưa điểm danh.</translation>
    </message>
    <message>
        <source>%1: already checked in at %2.</source>
        <translation>%1: đã điểm danh lúc %2.</translation>
    </message>
    <message>
        <source>Checked in: %1 at %2.</source>
        <translation>Đã điểm danh: %1 lúc %2.</translation>
    </message>
    <message>
        <source>The quorum is half, 2/3 or a percentage such as 75%, not &quot;%1&quot;.</source>
        <translation>Điều kiện là half, 2/3 hoặc một tỉ lệ phần trăm như 75%, không phải &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Quorum of %1: %2 of the roster present.</source>
        <translation>Điều kiện của %1: %2 số đại biểu có mặt.</translation>
    </message>
    <message>
        <source>Quorum: %1 of %2 (%3).</source>
        <translation>Điều kiện: %1 trên %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n checked in and left since.</source>
        <translation>
            <numerusform>%n đại biểu đã điểm danh rồi ra về.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2/%3</source>
        <translation>  %1: %2/%3</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(không thuộc đoàn)</translation>
    </message>
    <message>
        <source>the meeting&apos;s delegates, by number</source>
        <translation>đại biểu của cuộc họp, theo số</translation>
    </message>
    <message>
        <source>one delegate, with a new card</source>
        <translation>một đại biểu, kèm thẻ mới</translation>
    </message>
    <message>
        <source>a delegate present (once, however often); --out: left</source>
        <translation>ghi một đại biểu có mặt (một lần, dù quét bao nhiêu lần); --out: ra về</translation>
    </message>
    <message>
        <source>the share of the roster that must be present</source>
        <translation>tỉ lệ đại biểu phải có mặt</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the attendance record of %1 to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi biên bản điểm danh của %1 vào %2 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the attendance of %1 to %2.</source>
        <translation>Đã ghi kết quả điểm danh của %1 vào %2.</translation>
    </message>
    <message>
        <source>who is present, against the quorum; --csv, --xlsx, --pdf: the record</source>
        <translation>ai có mặt, so với số cần để đủ điều kiện; --csv, --xlsx, --pdf: biên bản</translation>
    </message>
    <message>
        <source>ITEM is an agenda item&apos;s number, such as 3.</source>
        <translation>ITEM là số thứ tự của một nội dung trong chương trình, ví dụ 3.</translation>
    </message>
    <message>
        <source>Being discussed in %1: item %2, %3.</source>
        <translation>Đang thảo luận trong %1: nội dung %2, %3.</translation>
    </message>
    <message>
        <source>No item of %1 is being discussed.</source>
        <translation>Chưa có nội dung nào của %1 đang được thảo luận.</translation>
    </message>
    <message>
        <source>the item being discussed: following phones move to it</source>
        <translation>nội dung đang thảo luận: điện thoại đang theo dõi sẽ chuyển tới đó</translation>
    </message>
    <message>
        <source>Read %1: %2.</source>
        <translation>Đã đọc %1: %2.</translation>
    </message>
    <message>
        <source>delegates from an .xlsx or a CSV as Excel saves it; --map number,name,unit,...</source>
        <translation>đại biểu từ tệp .xlsx hoặc CSV do Excel lưu; --map number,name,unit,...</translation>
    </message>
    <message>
        <source>Give --wifi or --survey, not both.</source>
        <translation>Chỉ dùng --wifi hoặc --survey, không dùng cả hai.</translation>
    </message>
    <message>
        <source>No survey %1 (give its id or its code).</source>
        <translation>Không có khảo sát %1 (hãy ghi số hoặc mã của khảo sát).</translation>
    </message>
    <message>
        <source>the code that opens a survey&apos;s form</source>
        <translation>mã mở phiếu khảo sát</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>nháp</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>--language is vi or en.</source>
        <translation>--language là vi hoặc en.</translation>
    </message>
    <message>
        <source>No template %1: there are %2.</source>
        <translation>Không có mẫu %1: các mẫu hiện có là %2.</translation>
    </message>
    <message>
        <source>A survey needs --title (or a --template, which has one).</source>
        <translation>Khảo sát cần --title (hoặc một --template, mẫu đã có sẵn tiêu đề).</translation>
    </message>
    <message numerus="yes">
        <source>Survey %1 (code %2): “%3”, %n question(s), a draft.</source>
        <translation>
            <numerusform>Khảo sát %1 (mã %2): “%3”, %n câu hỏi, bản nháp.</numerusform>
        </translation>
    </message>
    <message>
        <source>--type is one of rating, single, multi, text, longtext, section.</source>
        <translation>--type là một trong rating, single, multi, text, longtext, section.</translation>
    </message>
    <message>
        <source>--at is a question number, such as 3.</source>
        <translation>--at là số thứ tự của câu hỏi, ví dụ 3.</translation>
    </message>
    <message>
        <source>Question %1 of %2: %3</source>
        <translation>Câu %1 của %2: %3</translation>
    </message>
    <message>
        <source>No surveys.</source>
        <translation>Chưa có khảo sát nào.</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>thường trực</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n phiếu trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey %1 is open: phones answer it whenever the library is served.</source>
        <translation>Khảo sát %1 đã mở: điện thoại trả lời được mỗi khi thư viện được phục vụ.</translation>
    </message>
    <message>
        <source>Survey %1 is closed: its answers no longer change.</source>
        <translation>Khảo sát %1 đã đóng: các câu trả lời không còn thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n câu hỏi</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --week or --from/--to, not both.</source>
        <translation>Chỉ dùng --week hoặc --from/--to, không dùng cả hai.</translation>
    </message>
    <message>
        <source>--week is an ISO week such as 2026-W49.</source>
        <translation>--week là một tuần ISO, ví dụ 2026-W49.</translation>
    </message>
    <message>
        <source>%1 is a date such as 2026-12-05.</source>
        <translation>%1 là một ngày, ví dụ 2026-12-05.</translation>
    </message>
    <message>
        <source>--from comes before --to.</source>
        <translation>--from phải trước --to.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>tuần %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>toàn bộ thời gian</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s), %1.</source>
        <translation>
            <numerusform>%n phiếu trả lời, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean %1 of 5, %n answer(s)</source>
        <translation>
            <numerusform>trung bình %1/5, %n câu trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>Per week:</source>
        <translation>Theo tuần:</translation>
    </message>
    <message>
        <source>a feedback survey (a draft) and its code</source>
        <translation>một khảo sát lấy ý kiến (bản nháp) và mã của nó</translation>
    </message>
    <message>
        <source>a question, at the end or as number N</source>
        <translation>một câu hỏi, ở cuối hoặc ở vị trí N</translation>
    </message>
    <message>
        <source>surveys: id, code, state, meeting, responses, title</source>
        <translation>các khảo sát: số, mã, trạng thái, cuộc họp, số phiếu, tiêu đề</translation>
    </message>
    <message>
        <source>its questions and its address</source>
        <translation>các câu hỏi và địa chỉ của khảo sát</translation>
    </message>
    <message>
        <source>phones may answer it</source>
        <translation>điện thoại có thể trả lời</translation>
    </message>
    <message>
        <source>no more answers</source>
        <translation>không nhận thêm câu trả lời</translation>
    </message>
    <message>
        <source>the surveys Docket ships</source>
        <translation>các mẫu khảo sát có sẵn trong Docket</translation>
    </message>
    <message>
        <source>Give --csv or --pdf/--xlsx, not both.</source>
        <translation>Chỉ dùng --csv hoặc --pdf/--xlsx, không dùng cả hai.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the results of %1 to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi kết quả của %1 vào %2 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the results of %1 to %2.</source>
        <translation>Đã ghi kết quả của %1 vào %2.</translation>
    </message>
    <message>
        <source>counts, percentages and means; --csv one row per response; --pdf the report with its charts, --xlsx the workbook</source>
        <translation>số lượng, tỷ lệ và điểm trung bình; --csv mỗi phiếu một dòng; --pdf báo cáo có biểu đồ, --xlsx bảng tính</translation>
    </message>
    <message>
        <source>--paper must be a4, a5 or letter.</source>
        <translation>--paper phải là a4, a5 hoặc letter.</translation>
    </message>
    <message>
        <source>A survey has one layout, its poster: leave out --layout.</source>
        <translation>Khảo sát chỉ có một kiểu in là áp phích: bỏ --layout đi.</translation>
    </message>
    <message>
        <source>a survey&apos;s counter poster: its code, the Wi-Fi, the privacy notice</source>
        <translation>áp phích khảo sát đặt ở quầy: mã QR, Wi-Fi, lời cam kết ẩn danh</translation>
    </message>
    <message>
        <source>One response per checked-in delegate.</source>
        <translation>Mỗi đại biểu đã điểm danh một phiếu.</translation>
    </message>
    <message>
        <source>Respondents are counted per phone or per delegate.</source>
        <translation>Người trả lời được tính theo điện thoại (phone) hoặc theo đại biểu (delegate).</translation>
    </message>
    <message>
        <source>Survey %1 takes one response per checked-in delegate: each scans their badge first.</source>
        <translation>Khảo sát %1 nhận mỗi đại biểu đã điểm danh một phiếu: mỗi người quét thẻ đại biểu trước.</translation>
    </message>
    <message>
        <source>Survey %1 takes one response per phone.</source>
        <translation>Khảo sát %1 nhận mỗi điện thoại một phiếu.</translation>
    </message>
    <message>
        <source>one response per phone, or per checked-in delegate (a meeting&apos;s survey, before any answer)</source>
        <translation>mỗi điện thoại một phiếu, hoặc mỗi đại biểu đã điểm danh một phiếu (khảo sát của hội nghị, trước khi có câu trả lời)</translation>
    </message>
    <message>
        <source>--layout must be sheet, cards, tent, poster or badges.</source>
        <translation>--layout phải là sheet, cards, tent, poster hoặc badges.</translation>
    </message>
    <message>
        <source>Only --layout cards takes --per-page.</source>
        <translation>Chỉ --layout cards nhận --per-page.</translation>
    </message>
    <message>
        <source>--per-page must be 1, 2, 4 or 8.</source>
        <translation>--per-page phải là 1, 2, 4 hoặc 8.</translation>
    </message>
    <message>
        <source>Only --layout sheet takes --official-header and --documents.</source>
        <translation>Chỉ --layout sheet nhận --official-header và --documents.</translation>
    </message>
    <message>
        <source>letterhead set needs --organisation or --place.</source>
        <translation>letterhead set cần --organisation hoặc --place.</translation>
    </message>
    <message>
        <source>Only letterhead set takes --organisation and --place.</source>
        <translation>Chỉ letterhead set nhận --organisation và --place.</translation>
    </message>
    <message>
        <source>No letterhead is set.</source>
        <translation>Chưa đặt tiêu đề cơ quan.</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Cơ quan: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Địa danh: %1</translation>
    </message>
    <message>
        <source>agenda sheet (with the letterhead, with the documents), cards 1 to 8 to a page, tent cards, poster, or delegates&apos; badges</source>
        <translation>tờ chương trình (có tiêu đề cơ quan, có danh sách tài liệu), thẻ 1 đến 8 thẻ một trang, thẻ gấp để bàn, áp phích, hoặc thẻ đại biểu</translation>
    </message>
    <message>
        <source>who issues the papers, for the sheet&apos;s official header (\n: a new line)</source>
        <translation>cơ quan ban hành, cho tiêu đề chính thức của tờ chương trình (\n: xuống dòng)</translation>
    </message>
    <message>
        <source>the organisation and the place</source>
        <translation>cơ quan và địa danh</translation>
    </message>
    <message>
        <source>no letterhead</source>
        <translation>bỏ tiêu đề cơ quan</translation>
    </message>
    <message>
        <source>Give --public or --base-url, not both.</source>
        <translation>Hãy dùng --public hoặc --base-url, không dùng cả hai.</translation>
    </message>
    <message>
        <source>--public is for a meeting&apos;s codes: a survey is answered on the venue network, and its answers stay here.</source>
        <translation>--public chỉ dành cho mã của hội nghị: khảo sát được trả lời qua mạng của hội trường, và câu trả lời được giữ trên máy này.</translation>
    </message>
    <message>
        <source>Meeting %1 has no public address: set it with `docket-cli meeting public-url %1 https://...` once it is published.</source>
        <translation>Hội nghị %1 chưa có địa chỉ công khai: đặt bằng `docket-cli meeting public-url %1 https://...` sau khi đã công bố.</translation>
    </message>
    <message>
        <source>Meeting %1 has no public address.</source>
        <translation>Hội nghị %1 chưa có địa chỉ công khai.</translation>
    </message>
    <message>
        <source>Meeting %1 is published at %2; its codes with --public: %3</source>
        <translation>Hội nghị %1 được công bố tại %2; mã của hội nghị khi dùng --public: %3</translation>
    </message>
    <message>
        <source>Note: the meeting&apos;s PIN does not protect the published copy.</source>
        <translation>Lưu ý: mã PIN của hội nghị không bảo vệ bản sao đã công bố.</translation>
    </message>
    <message>
        <source>where its copy is published (publish), for qr and print --public</source>
        <translation>nơi bản sao được công bố (publish), cho qr và print --public</translation>
    </message>
    <message>
        <source>Drawing pages and images</source>
        <translation>Đang vẽ các trang và hình ảnh</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Removing what is gone</source>
        <translation>Đang xóa những gì không còn</translation>
    </message>
    <message>
        <source>Published meeting %1 to %2: %3 files, %4 sent (%5), %6 removed, %7 unchanged, in %8 s.</source>
        <translation>Đã công bố hội nghị %1 lên %2: %3 tệp, gửi %4 (%5), xóa %6, giữ nguyên %7, trong %8 giây.</translation>
    </message>
    <message>
        <source>Could not publish (tried again in %1 s): %2</source>
        <translation>Không công bố được (sẽ thử lại sau %1 giây): %2</translation>
    </message>
    <message>
        <source>Keeping meeting %1 in step at %2; stop with Ctrl+C.</source>
        <translation>Đang giữ hội nghị %1 luôn cập nhật tại %2; dừng bằng Ctrl+C.</translation>
    </message>
    <message>
        <source>Say where with --to: a folder, or an rclone remote as REMOTE:PATH.
Usage: %1</source>
        <translation>Hãy cho biết nơi công bố bằng --to: một thư mục, hoặc một remote của rclone dạng REMOTE:PATH.
Cách dùng: %1</translation>
    </message>
    <message>
        <source>--server-config is nginx or caddy.
Usage: %1</source>
        <translation>--server-config là nginx hoặc caddy.
Cách dùng: %1</translation>
    </message>
    <message>
        <source>--server-config is for a folder the web server serves, not an rclone remote.</source>
        <translation>--server-config dành cho thư mục mà máy chủ web phục vụ, không dành cho remote của rclone.</translation>
    </message>
    <message>
        <source>Removed %1 files of meeting %2 from %3.</source>
        <translation>Đã xóa %1 tệp của hội nghị %2 khỏi %3.</translation>
    </message>
    <message>
        <source>Note: the meeting&apos;s PIN does not protect a published copy: anyone with the address reads it. Use the web server&apos;s own access control (see --server-config).</source>
        <translation>Lưu ý: mã PIN của hội nghị không bảo vệ bản sao đã công bố: ai có địa chỉ đều đọc được. Hãy dùng cách kiểm soát truy cập của chính máy chủ web (xem --server-config).</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>copy the delegate site to a web server&apos;s folder or an rclone remote; again: only what changed</source>
        <translation>sao trang của đại biểu vào thư mục của máy chủ web hoặc một remote của rclone; lần sau: chỉ những gì đã đổi</translation>
    </message>
    <message>
        <source>the web server&apos;s configuration for that folder</source>
        <translation>cấu hình máy chủ web cho thư mục đó</translation>
    </message>
    <message>
        <source>and again within seconds of every change, until stopped</source>
        <translation>và lại công bố vài giây sau mỗi thay đổi, cho đến khi dừng</translation>
    </message>
    <message>
        <source>remove what was published there</source>
        <translation>xóa những gì đã công bố ở đó</translation>
    </message>
    <message>
        <source>the code that opens the meeting or one item (--public: at its public address)</source>
        <translation>mã mở hội nghị hoặc một nội dung (--public: tại địa chỉ công khai)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Option %1 needs a value.</source>
        <translation>Tùy chọn %1 cần có giá trị.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Tùy chọn không xác định: %1.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
</context>
<context>
    <name>ConferencePack</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>hội nghị</translation>
    </message>
    <message>
        <source>%1 - pack.pdf</source>
        <translation>%1 - tập tài liệu.pdf</translation>
    </message>
    <message>
        <source>No such meeting.</source>
        <translation>Không có hội nghị này.</translation>
    </message>
    <message>
        <source>The conference pack needs docket-cli, which reads the documents in a process of its own; it was not found beside Docket.</source>
        <translation>Tập tài liệu hội nghị cần docket-cli, chương trình đọc tài liệu trong một tiến trình riêng; không tìm thấy chương trình này bên cạnh Docket.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Không thể ghi vào %1: %2</translation>
    </message>
    <message>
        <source>The conference pack could not be written: %1</source>
        <translation>Không ghi được tập tài liệu hội nghị: %1</translation>
    </message>
    <message numerus="yes">
        <source>Writing the conference pack took longer than %n second(s).</source>
        <translation>
            <numerusform>Việc ghi tập tài liệu hội nghị mất quá %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conference pack could not be written.</source>
        <translation>Không ghi được tập tài liệu hội nghị.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không thể ghi %1.</translation>
    </message>
    <message>
        <source>%1 is not a PDF and has no PDF version</source>
        <translation>%1 không phải là PDF và không có bản PDF</translation>
    </message>
    <message>
        <source>no PDF version of the office file %1 was made</source>
        <translation>chưa có bản PDF của tệp văn phòng %1</translation>
    </message>
    <message>
        <source>the PDF cannot be read</source>
        <translation>không đọc được tệp PDF</translation>
    </message>
    <message>
        <source>the PDF is locked with a password</source>
        <translation>tệp PDF bị khóa bằng mật khẩu</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>tệp PDF không có trang nào</translation>
    </message>
    <message>
        <source>reading the PDF took longer than %1 seconds</source>
        <translation>việc đọc tệp PDF mất quá %1 giây</translation>
    </message>
    <message>
        <source>the PDF made the reader crash</source>
        <translation>tệp PDF làm chương trình đọc bị lỗi</translation>
    </message>
    <message>
        <source>reading the PDF needed too much memory</source>
        <translation>việc đọc tệp PDF cần quá nhiều bộ nhớ</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>tệp PDF bị hỏng, không đọc được</translation>
    </message>
    <message>
        <source>Item %1 · %2 · page %3/%4</source>
        <translation>Nội dung %1 · %2 · trang %3/%4</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>This meeting has no agenda items.</source>
        <translation>Hội nghị này chưa có nội dung chương trình nào.</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Người trình bày: %1</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>Không có trong tập tài liệu: %1</translation>
    </message>
    <message>
        <source>Conference pack</source>
        <translation>Tập tài liệu hội nghị</translation>
    </message>
    <message>
        <source>Items: %1 · Documents: %2 · Pages: %3</source>
        <translation>Số nội dung: %1 · Số tài liệu: %2 · Số trang: %3</translation>
    </message>
    <message>
        <source>page %1/%2</source>
        <translation>trang %1/%2</translation>
    </message>
</context>
<context>
    <name>DelegatePage</name>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>The agenda has no items yet.</source>
        <translation>Chương trình chưa có nội dung nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Nội dung %1</translation>
    </message>
    <message>
        <source>Presented by %1</source>
        <translation>Người trình bày: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>No documents for this item yet.</source>
        <translation>Nội dung này chưa có tài liệu.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải về</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Không có gì ở đây</translation>
    </message>
    <message>
        <source>This address does not lead to an open meeting. Check the code on your agenda sheet, or scan the QR code again.</source>
        <translation>Địa chỉ này không dẫn đến hội nghị nào đang mở. Vui lòng kiểm tra mã trên tờ chương trình hoặc quét lại mã QR.</translation>
    </message>
    <message>
        <source>Enter the meeting PIN</source>
        <translation>Nhập mã PIN của hội nghị</translation>
    </message>
    <message>
        <source>The organisers protect this meeting with a PIN. You enter it once on this phone.</source>
        <translation>Ban tổ chức bảo vệ hội nghị này bằng mã PIN. Bạn chỉ cần nhập một lần trên điện thoại này.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Mã PIN chưa đúng. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Đọc</translation>
    </message>
    <message>
        <source>Download PDF</source>
        <translation>Tải PDF về</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>cập nhật lúc %1</translation>
    </message>
    <message>
        <source>Download the original (%1)</source>
        <translation>Tải tệp gốc (%1)</translation>
    </message>
    <message>
        <source>The pages are shown from a PDF copy Docket made of this file; the original may look slightly different.</source>
        <translation>Các trang được hiển thị từ bản PDF Docket tạo từ tệp này; tệp gốc có thể trông hơi khác.</translation>
    </message>
    <message>
        <source>pages %1–%2</source>
        <translation>trang %1–%2</translation>
    </message>
    <message>
        <source>Parts of the document</source>
        <translation>Các phần của tài liệu</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Đang xem %1 trong %2 trang</translation>
    </message>
    <message>
        <source>part %1 of %2</source>
        <translation>phần %1/%2</translation>
    </message>
    <message>
        <source>Pages %1–%2</source>
        <translation>Trang %1–%2</translation>
    </message>
    <message>
        <source>Too many wrong PINs were entered for this meeting. Wait a minute, then try again.</source>
        <translation>Đã có quá nhiều lần nhập sai mã PIN cho cuộc họp này. Vui lòng chờ một phút rồi thử lại.</translation>
    </message>
    <message>
        <source>This page is too heavy to display — download the file</source>
        <translation>Trang này quá nặng để hiển thị — hãy tải tệp về</translation>
    </message>
    <message>
        <source>This page is too heavy to display — download the PDF</source>
        <translation>Trang này quá nặng để hiển thị — hãy tải PDF</translation>
    </message>
    <message>
        <source>The form was not accepted</source>
        <translation>Biểu mẫu không được chấp nhận</translation>
    </message>
    <message>
        <source>It was not sent from this meeting&apos;s own page, so nothing was done with it. Open the meeting again and send the form from there.</source>
        <translation>Biểu mẫu này không được gửi từ chính trang của cuộc họp nên không được xử lý. Hãy mở lại cuộc họp và gửi biểu mẫu từ đó.</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Mở cuộc họp</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Xin chào, %1</translation>
    </message>
    <message>
        <source>Delegate No. %1</source>
        <translation>Đại biểu số %1</translation>
    </message>
    <message>
        <source>Your check-in cannot be recorded right now: please check in at the door.</source>
        <translation>Hiện chưa ghi nhận được điểm danh của bạn: vui lòng điểm danh tại cửa.</translation>
    </message>
    <message>
        <source>You were already checked in at %1.</source>
        <translation>Bạn đã điểm danh lúc %1.</translation>
    </message>
    <message>
        <source>You are checked in: %1.</source>
        <translation>Bạn đã được điểm danh: %1.</translation>
    </message>
    <message>
        <source>Open the meeting&apos;s documents</source>
        <translation>Mở tài liệu hội nghị</translation>
    </message>
    <message>
        <source>Being discussed</source>
        <translation>Đang thảo luận</translation>
    </message>
    <message>
        <source>Follow the meeting</source>
        <translation>Theo dõi cuộc họp</translation>
    </message>
    <message>
        <source>Stop following</source>
        <translation>Ngừng theo dõi</translation>
    </message>
    <message>
        <source>Your phone then moves to each item as it is discussed.</source>
        <translation>Điện thoại của bạn sẽ tự chuyển tới từng nội dung khi nội dung đó được thảo luận.</translation>
    </message>
    <message>
        <source>You are following the meeting</source>
        <translation>Bạn đang theo dõi cuộc họp</translation>
    </message>
    <message>
        <source>This page moves to each item as it is discussed.</source>
        <translation>Trang này tự chuyển tới từng nội dung khi nội dung đó được thảo luận.</translation>
    </message>
    <message>
        <source>Go to the item being discussed</source>
        <translation>Đến nội dung đang thảo luận</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Shared on the venue&apos;s own network by Docket</source>
        <translation>Chia sẻ qua mạng nội bộ của hội trường, bằng Docket</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Chữ</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>Xem dạng</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Go to page (1–%1)</source>
        <translation>Đến trang (1–%1)</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Search this document</source>
        <translation>Tìm trong tài liệu</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Pages of the document</source>
        <translation>Các trang của tài liệu</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Recognised from a scan of the page: it may hold mistakes.</source>
        <translation>Chữ nhận dạng từ bản quét của trang, có thể có chỗ sai.</translation>
    </message>
    <message>
        <source>This page has no text to show: it may be a scan or a picture.</source>
        <translation>Trang này không có chữ để hiện, có thể là bản quét hoặc hình ảnh.</translation>
    </message>
    <message>
        <source>See the page as an image</source>
        <translation>Xem trang dạng ảnh</translation>
    </message>
    <message>
        <source>This document has no contents list of its own. Go to a page by its number, or search its words.</source>
        <translation>Tài liệu này không có mục lục riêng. Hãy đến trang theo số trang, hoặc tìm chữ trong tài liệu.</translation>
    </message>
    <message>
        <source>No page of this document holds “%1”.</source>
        <translation>Không trang nào của tài liệu có “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on more than %n page(s):</source>
        <translation>
            <numerusform>“%1” có ở hơn %n trang:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is on %n page(s):</source>
        <translation>
            <numerusform>“%1” có ở %n trang:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a word to look for.</source>
        <translation>Hãy gõ chữ cần tìm.</translation>
    </message>
    <message>
        <source>Download all (ZIP)</source>
        <translation>Tải tất cả (ZIP)</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Nội dung sau</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Nội dung trước</translation>
    </message>
    <message>
        <source>Other items</source>
        <translation>Các nội dung khác</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>chữ của trang</translation>
    </message>
    <message>
        <source>A copy of the meeting&apos;s documents, by Docket</source>
        <translation>Bản sao tài liệu của hội nghị, bằng Docket</translation>
    </message>
</context>
<context>
    <name>GuessWarning</name>
    <message numerus="yes">
        <source>Someone is guessing the PIN of meeting %1: %n wrong or refused PIN(s) in the last 10 minutes.</source>
        <translation>
            <numerusform>Có người đang dò mã PIN của cuộc họp %1: %n lần nhập sai hoặc bị từ chối trong 10 phút qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN guessing has stopped.</source>
        <translation>Việc dò mã PIN đã dừng.</translation>
    </message>
    <message>
        <source>Phones already in are not affected. A phone entering the PIN now may have to wait while the guessing goes on; with a PIN of 8 digits, only phones sharing the guesser&apos;s address have to.</source>
        <translation>Các điện thoại đã vào không bị ảnh hưởng. Điện thoại đang nhập mã PIN có thể phải chờ chừng nào việc dò mã còn tiếp diễn; với mã PIN 8 chữ số, chỉ những điện thoại dùng chung địa chỉ với người dò mã mới phải chờ.</translation>
    </message>
</context>
<context>
    <name>HostingClaim</name>
    <message>
        <source>the Docket window</source>
        <translation>cửa sổ Docket</translation>
    </message>
    <message>
        <source>another Docket program</source>
        <translation>một chương trình Docket khác</translation>
    </message>
    <message>
        <source>This library is already being served by %1. Stop that server first, or wait until it has started and use its address.</source>
        <translation>Thư viện này đang được %1 phát. Hãy dừng máy chủ đó trước, hoặc đợi nó khởi động xong rồi dùng địa chỉ của nó.</translation>
    </message>
    <message>
        <source>This library is already served by %1 at %2: delegates reach it there. Stop that server first to serve it from here.</source>
        <translation>Thư viện này đang được %1 phát tại %2: đại biểu truy cập tại địa chỉ đó. Muốn phát từ đây, hãy dừng máy chủ đó trước.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>Không khóa được %1: %2</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation>%1 không phải là địa chỉ IP hợp lệ để lắng nghe.</translation>
    </message>
    <message>
        <source>Cannot create a network socket: %1</source>
        <translation>Không thể tạo socket mạng: %1</translation>
    </message>
    <message>
        <source>Port %1 is already in use on %2. Another program (or another Docket) is serving there: stop it, or choose another port such as %3.</source>
        <translation>Cổng %1 trên %2 đang được sử dụng. Một phần mềm khác (hoặc một Docket khác) đang phục vụ tại đó: hãy dừng phần mềm đó, hoặc chọn cổng khác, ví dụ %3.</translation>
    </message>
    <message>
        <source>This computer has no address %1 (has the network changed?). Choose another network interface.</source>
        <translation>Máy tính này không có địa chỉ %1 (mạng đã thay đổi?). Hãy chọn giao diện mạng khác.</translation>
    </message>
    <message>
        <source>Port %1 needs administrator rights; choose a port above 1023.</source>
        <translation>Cổng %1 cần quyền quản trị; hãy chọn cổng lớn hơn 1023.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Không thể lắng nghe trên %1, cổng %2: %3</translation>
    </message>
    <message>
        <source>Cannot listen on port %1: %2</source>
        <translation>Không thể lắng nghe trên cổng %1: %2</translation>
    </message>
    <message>
        <source>The web server could not start on port %1.</source>
        <translation>Không thể khởi động máy chủ web trên cổng %1.</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>%1 of %2 files · %3 of %4</source>
        <translation>%1/%2 tệp · %3/%4</translation>
    </message>
    <message>
        <source>“%1” is already on this item as “%2”.</source>
        <translation>“%1” đã có trong nội dung này với tên “%2”.</translation>
    </message>
    <message>
        <source>“%1” is already on “%2” as “%3”.</source>
        <translation>“%1” đã có trong “%2” với tên “%3”.</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>“%1” is already on item %2 as “%3”.</source>
        <translation>“%1” đã có trong nội dung %2 với tên “%3”.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>The file is named as a PDF but does not contain one.</source>
        <translation>Tệp có đuôi PDF nhưng nội dung không phải PDF.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>Tệp PDF bị hỏng, không thể đọc.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <source>The PDF has no readable pages.</source>
        <translation>Tệp PDF không có trang nào đọc được.</translation>
    </message>
</context>
<context>
    <name>IsolatedInspector</name>
    <message numerus="yes">
        <source>Reading the PDF took longer than %n second(s), so it is kept as a plain file.</source>
        <translation>
            <numerusform>Đọc tệp PDF mất hơn %n giây nên tệp được giữ như một tệp thường.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the PDF needed more than %1 of memory, so it is kept as a plain file.</source>
        <translation>Đọc tệp PDF cần hơn %1 bộ nhớ nên tệp được giữ như một tệp thường.</translation>
    </message>
    <message>
        <source>The PDF made the reader crash, so it is kept as a plain file.</source>
        <translation>Tệp PDF làm trình đọc bị lỗi nên tệp được giữ như một tệp thường.</translation>
    </message>
    <message numerus="yes">
        <source>Its first page took longer than %n second(s) to draw: phones are shown a notice to download the PDF instead of such pages.</source>
        <translation>
            <numerusform>Trang đầu mất hơn %n giây để vẽ: điện thoại sẽ thấy lời nhắn tải PDF về thay cho những trang như vậy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drawing its first page needed more than %1 of memory: phones are shown a notice to download the PDF instead of such pages.</source>
        <translation>Vẽ trang đầu cần hơn %1 bộ nhớ: điện thoại sẽ thấy lời nhắn tải PDF về thay cho những trang như vậy.</translation>
    </message>
    <message>
        <source>Drawing its first page made the renderer crash: phones are shown a notice to download the PDF instead of such pages.</source>
        <translation>Vẽ trang đầu làm trình vẽ trang bị sập: điện thoại sẽ thấy lời nhắn tải PDF về thay cho những trang như vậy.</translation>
    </message>
    <message>
        <source>Its first page cannot be drawn: phones are shown a notice to download the PDF instead of such pages.</source>
        <translation>Không vẽ được trang đầu: điện thoại sẽ thấy lời nhắn tải PDF về thay cho những trang như vậy.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>Không thể tạo thư mục thư viện %1.</translation>
    </message>
    <message>
        <source>No such agenda item.</source>
        <translation>Không tìm thấy nội dung chương trình.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation>Không tìm thấy tài liệu.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Không xoá được %1.</translation>
    </message>
    <message>
        <source>The disk holding the library, %1, is nearly full: %2 free. Imports will fail and access counts may not be kept; free some space.</source>
        <translation>Ổ đĩa chứa thư viện, %1, sắp đầy: còn trống %2. Việc nhập tài liệu sẽ thất bại và số lượt truy cập có thể không được ghi lại; hãy giải phóng bớt dung lượng.</translation>
    </message>
    <message>
        <source>Not enough space on %1, the disk holding the library: this import needs %2 and %3 are free. Nothing was added; free some space and try again.</source>
        <translation>Không đủ dung lượng trên %1, ổ đĩa chứa thư viện: lần nhập này cần %2, trong khi chỉ còn trống %3. Chưa thêm gì; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <source>Conference pack</source>
        <translation>Tập tài liệu hội nghị</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <source>Reading documents: %1 of %2</source>
        <translation>Đang đọc tài liệu: %1/%2</translation>
    </message>
    <message>
        <source>Writing the pack…</source>
        <translation>Đang ghi tập tài liệu…</translation>
    </message>
    <message>
        <source>Item %1, “%2”: %3</source>
        <translation>Nội dung %1, “%2”: %3</translation>
    </message>
    <message>
        <source>The conference pack was written without these documents; the agenda in it says so:

%1</source>
        <translation>Tập tài liệu hội nghị đã được ghi nhưng thiếu các tài liệu sau; phần chương trình trong tập có ghi rõ:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the conference pack (%n page(s), %1) to %2.</source>
        <translation>
            <numerusform>Đã ghi tập tài liệu hội nghị (%n trang, %1) vào %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingPrint</name>
    <message>
        <source>meeting</source>
        <translation>hoi-nghi</translation>
    </message>
    <message>
        <source>%1 - cards.pdf</source>
        <translation>%1 - the.pdf</translation>
    </message>
    <message>
        <source>%1 - poster.pdf</source>
        <translation>%1 - ap-phich.pdf</translation>
    </message>
    <message>
        <source>%1 - sheet.pdf</source>
        <translation>%1 - chuong-trinh.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s).</source>
        <translation>
            <numerusform>Đã in %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n page(s) to %1.</source>
        <translation>
            <numerusform>Đã xuất %n trang vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 đã có. Thay thế tệp này?</translation>
    </message>
    <message>
        <source>%1 - badges.pdf</source>
        <translation>%1 - thẻ đại biểu.pdf</translation>
    </message>
    <message>
        <source>%1 - tent cards.pdf</source>
        <translation>%1 - thẻ gấp để bàn.pdf</translation>
    </message>
</context>
<context>
    <name>MeetingState</name>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Archived (read-only)</source>
        <translation>Lưu trữ (chỉ đọc)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
</context>
<context>
    <name>Ocr</name>
    <message numerus="yes">
        <source>reading it took longer than %n second(s)</source>
        <translation>
            <numerusform>việc đọc mất hơn %n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>reading it needed more than %1 of memory</source>
        <translation>việc đọc cần hơn %1 bộ nhớ</translation>
    </message>
    <message>
        <source>the reader stopped unexpectedly</source>
        <translation>trình đọc dừng đột ngột</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Trang %1: %2</translation>
    </message>
    <message>
        <source>OCR is unavailable: install tesseract-ocr and tesseract-ocr-vie</source>
        <translation>Không có OCR (nhận dạng chữ): hãy cài tesseract-ocr và tesseract-ocr-vie</translation>
    </message>
    <message>
        <source>%1 (docket-cli, which reads the pages, was not found).</source>
        <translation>%1 (không tìm thấy docket-cli, chương trình đọc các trang).</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>Cannot make a working folder in %1.</source>
        <translation>Không tạo được thư mục làm việc trong %1.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
</context>
<context>
    <name>PageCache</name>
    <message>
        <source>Cannot create the page image folder %1.</source>
        <translation>Không tạo được thư mục ảnh trang %1.</translation>
    </message>
    <message>
        <source>Cannot store a page image in %1: %2</source>
        <translation>Không lưu được ảnh trang vào %1: %2</translation>
    </message>
</context>
<context>
    <name>PagePlaceholder</name>
    <message>
        <source>This page is too heavy to display — download the PDF</source>
        <translation>Trang này quá nặng để hiển thị — hãy tải PDF</translation>
    </message>
</context>
<context>
    <name>PageRecognition</name>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>Không đọc được tệp PDF.</translation>
    </message>
    <message>
        <source>The PDF has no page %1.</source>
        <translation>Tệp PDF không có trang %1.</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn.</source>
        <translation>Không vẽ được trang %1.</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>Không đọc được ảnh: %1</translation>
    </message>
    <message>
        <source>Tesseract ran out of memory or time.</source>
        <translation>Tesseract hết bộ nhớ hoặc hết thời gian.</translation>
    </message>
    <message>
        <source>Tesseract failed (%1).</source>
        <translation>Tesseract bị lỗi (%1).</translation>
    </message>
    <message>
        <source>The page image cannot be written to %1.</source>
        <translation>Không ghi được ảnh trang vào %1.</translation>
    </message>
    <message>
        <source>the Tesseract program was not found</source>
        <translation>không tìm thấy chương trình Tesseract</translation>
    </message>
    <message>
        <source>%1 does not run</source>
        <translation>%1 không chạy được</translation>
    </message>
    <message>
        <source>Tesseract has no language data for %1</source>
        <translation>Tesseract không có dữ liệu ngôn ngữ cho %1</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>Không đọc được tệp PDF.</translation>
    </message>
    <message>
        <source>The PDF has no page %1.</source>
        <translation>Tệp PDF không có trang %1.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF could not be drawn.</source>
        <translation>Không vẽ được trang %1 của tệp PDF.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF could not be encoded.</source>
        <translation>Không mã hoá được ảnh trang %1 của tệp PDF.</translation>
    </message>
</context>
<context>
    <name>PageWords</name>
    <message>
        <source>The PDF %1 cannot be read.</source>
        <translation>Không đọc được tệp PDF %1.</translation>
    </message>
    <message>
        <source>The PDF has no page %1.</source>
        <translation>Tệp PDF không có trang %1.</translation>
    </message>
    <message>
        <source>Docket cannot read pages here: its docket-cli was not found.</source>
        <translation>Docket không đọc được trang ở đây: không tìm thấy docket-cli của nó.</translation>
    </message>
    <message>
        <source>Reading the words of page %1 took too long.</source>
        <translation>Đọc các từ của trang %1 mất quá nhiều thời gian.</translation>
    </message>
    <message>
        <source>Page %1 holds too many words to mark.</source>
        <translation>Trang %1 có quá nhiều từ để đánh dấu.</translation>
    </message>
    <message>
        <source>Reading the words of page %1 needed too much memory.</source>
        <translation>Đọc các từ của trang %1 cần quá nhiều bộ nhớ.</translation>
    </message>
    <message>
        <source>The words of page %1 could not be read.</source>
        <translation>Không đọc được các từ của trang %1.</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>PrintedSheet</name>
    <message>
        <source>This meeting has no agenda items yet.</source>
        <translation>Hội nghị này chưa có nội dung chương trình nào.</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Người trình bày: %1</translation>
    </message>
    <message>
        <source>Scan an item&apos;s code with the phone camera to read its documents.</source>
        <translation>Quét mã của từng nội dung bằng camera điện thoại để đọc tài liệu.</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tất cả tài liệu</translation>
    </message>
    <message>
        <source>Page %1 of %2 · meeting code %3</source>
        <translation>Trang %1/%2 · mã hội nghị %3</translation>
    </message>
    <message>
        <source>Scan to check in</source>
        <translation>Quét để điểm danh</translation>
    </message>
    <message>
        <source>DELEGATE No. %1</source>
        <translation>ĐẠI BIỂU SỐ %1</translation>
    </message>
    <message>
        <source>Survey: %1</source>
        <translation>Khảo sát: %1</translation>
    </message>
    <message>
        <source>Scan the code to give your feedback, anonymously, once the organiser opens the survey.</source>
        <translation>Quét mã để góp ý, ẩn danh, khi ban tổ chức mở khảo sát.</translation>
    </message>
    <message>
        <source>Scan the code to give your feedback, anonymously.</source>
        <translation>Quét mã để góp ý, ẩn danh.</translation>
    </message>
    <message>
        <source>One response per delegate: scan the code on your badge first, then this one.</source>
        <translation>Mỗi đại biểu một phiếu: quét mã trên thẻ đại biểu trước, rồi quét mã này.</translation>
    </message>
    <message>
        <source>Wi-Fi: %1   ·   no password</source>
        <translation>Wi-Fi: %1   ·   không mật khẩu</translation>
    </message>
    <message>
        <source>Wi-Fi: %1   ·   password: %2</source>
        <translation>Wi-Fi: %1   ·   mật khẩu: %2</translation>
    </message>
    <message>
        <source>Fold along this line</source>
        <translation>Gấp theo đường này</translation>
    </message>
    <message>
        <source>Scan with the camera or Zalo</source>
        <translation>Quét bằng camera hoặc Zalo</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Nội dung %1</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No server address is known yet: start hosting once, so that the codes carry the address phones can reach.</source>
        <translation>Chưa biết địa chỉ máy chủ: hãy bắt đầu phát một lần để mã QR mang địa chỉ mà điện thoại truy cập được.</translation>
    </message>
    <message>
        <source>No such meeting.</source>
        <translation>Không tìm thấy hội nghị.</translation>
    </message>
    <message>
        <source>The meeting has no agenda items to print cards for.</source>
        <translation>Hội nghị chưa có nội dung chương trình nào để in thẻ.</translation>
    </message>
    <message>
        <source>The meeting has no roster to print badges for: import or add its delegates first.</source>
        <translation>Cuộc họp chưa có danh sách đại biểu để in thẻ: hãy nhập hoặc thêm đại biểu trước.</translation>
    </message>
    <message>
        <source>No such survey.</source>
        <translation>Không có khảo sát này.</translation>
    </message>
    <message>
        <source>Cards come 1, 2, 4 or 8 to a page, not %1.</source>
        <translation>Mỗi trang in 1, 2, 4 hoặc 8 thẻ, không in được %1 thẻ.</translation>
    </message>
</context>
<context>
    <name>Proof</name>
    <message>
        <source>%1 is a folder: choose a file.</source>
        <translation>%1 là thư mục: hãy chọn một tệp.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không thể đọc %1: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <source>%1 is not a file that Docket stored: no version of any document in this library has exactly these bytes (SHA-256 %2).</source>
        <translation>%1 không phải tệp Docket đã lưu: không phiên bản nào của tài liệu nào trong thư viện này có đúng các byte này (SHA-256 %2).</translation>
    </message>
    <message>
        <source>%1 is exactly a file that Docket stored (SHA-256 %2, %3):</source>
        <translation>%1 đúng là một tệp Docket đã lưu (SHA-256 %2, %3):</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <source>Meeting: %1 (%2, code %3, %4)</source>
        <translation>Hội nghị: %1 (%2, mã %3, %4)</translation>
    </message>
    <message>
        <source>Agenda item %1: %2</source>
        <translation>Nội dung %1: %2</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot;: the PDF made for reading of version %2 of %3 (%4)</source>
        <translation>Tài liệu &quot;%1&quot;: bản PDF để đọc của phiên bản %2/%3 (%4)</translation>
    </message>
    <message>
        <source>Document &quot;%1&quot;: version %2 of %3 (%4)</source>
        <translation>Tài liệu &quot;%1&quot;: phiên bản %2/%3 (%4)</translation>
    </message>
    <message>
        <source>The document is in the meeting&apos;s trash now.</source>
        <translation>Tài liệu này hiện nằm trong thùng rác của hội nghị.</translation>
    </message>
    <message>
        <source>This version was never the one delegates got.</source>
        <translation>Phiên bản này chưa bao giờ là bản đại biểu nhận được.</translation>
    </message>
    <message>
        <source>Current from %1 until %2</source>
        <translation>Là bản hiện hành từ %1 đến %2</translation>
    </message>
    <message>
        <source>Current from %1 until now</source>
        <translation>Là bản hiện hành từ %1 đến nay</translation>
    </message>
    <message>
        <source>Not fetched by any phone.</source>
        <translation>Chưa điện thoại nào tải.</translation>
    </message>
    <message numerus="yes">
        <source>Served to %n device(s): %1 request(s), %2 complete download(s), first %3, last %4</source>
        <translation>
            <numerusform>Đã phục vụ %n thiết bị: %1 lượt yêu cầu, %2 lượt tải trọn vẹn, lần đầu %3, lần cuối %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishTarget</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Say where to publish: a folder, or an rclone remote as REMOTE:PATH.</source>
        <translation>Hãy cho biết nơi công bố: một thư mục, hoặc một remote của rclone dạng REMOTE:PATH.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Không xóa được %1.</translation>
    </message>
    <message>
        <source>Cannot run rclone (%1): install the rclone package to publish to a remote.</source>
        <translation>Không chạy được rclone (%1): hãy cài gói rclone để công bố lên một remote.</translation>
    </message>
    <message>
        <source>rclone did not finish with %1 within %2 minutes.</source>
        <translation>rclone chưa xong với %1 trong %2 phút.</translation>
    </message>
    <message>
        <source>rclone could not publish to %1: %2</source>
        <translation>rclone không công bố được lên %1: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>mã thoát %1</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>Không tạo được thư mục tạm: %1</translation>
    </message>
</context>
<context>
    <name>Publisher</name>
    <message>
        <source>There is no meeting %1.</source>
        <translation>Không có hội nghị %1.</translation>
    </message>
    <message>
        <source>Publishing stopped (exit code %1).</source>
        <translation>Việc công bố đã dừng (mã thoát %1).</translation>
    </message>
    <message>
        <source>docket-cli, which publishes, is not installed beside Docket.</source>
        <translation>Không có docket-cli (chương trình công bố) cài kèm Docket.</translation>
    </message>
    <message>
        <source>Cannot start docket-cli: %1</source>
        <translation>Không khởi động được docket-cli: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Presenter:</source>
        <translation>&amp;Người trình bày:</translation>
    </message>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Thêm một thư mục</translation>
    </message>
    <message numerus="yes">
        <source>How should the %n file(s) of %1 join the agenda?</source>
        <translation>
            <numerusform>Thêm %n tệp của %1 vào chương trình theo cách nào?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One item per sub-folder makes %n new agenda item(s) at the end of the agenda, titled after the folders without their leading numbers and in their order. Files lying directly in a dropped folder make an item named after it.</source>
        <translation>
            <numerusform>Mỗi thư mục con thành một nội dung: tạo %n nội dung mới ở cuối chương trình, đặt tên theo thư mục (bỏ số thứ tự ở đầu) và theo đúng thứ tự đó. Các tệp nằm trực tiếp trong thư mục được thả tạo một nội dung mang tên thư mục đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>One item per sub-folder</source>
        <translation>Mỗi thư mục con một nội dung</translation>
    </message>
    <message>
        <source>All into “%1”</source>
        <translation>Tất cả vào “%1”</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>Nothing to encode in a QR code.</source>
        <translation>Không có dữ liệu để tạo mã QR.</translation>
    </message>
    <message>
        <source>A QR code cannot hold a NUL character.</source>
        <translation>Mã QR không thể chứa ký tự NUL.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>Nội dung quá dài để tạo mã QR (%1 byte).</translation>
    </message>
</context>
<context>
    <name>RenderPool</name>
    <message>
        <source>Docket is shutting down.</source>
        <translation>Docket đang tắt.</translation>
    </message>
    <message>
        <source>Too many pages are being prepared.</source>
        <translation>Đang chuẩn bị quá nhiều trang.</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn before, so it is not tried again.</source>
        <translation>Trang %1 đã không vẽ được từ trước nên không thử lại.</translation>
    </message>
    <message>
        <source>Page images cannot be drawn: the docket-cli program that draws them was not found.</source>
        <translation>Không vẽ được ảnh trang: không tìm thấy chương trình docket-cli dùng để vẽ.</translation>
    </message>
    <message>
        <source>Page images cannot be drawn: the program that draws them does not start.</source>
        <translation>Không vẽ được ảnh trang: chương trình vẽ trang không khởi động được.</translation>
    </message>
    <message>
        <source>Page images cannot be drawn: the program that draws them stops at once.</source>
        <translation>Không vẽ được ảnh trang: chương trình vẽ trang dừng ngay khi vừa chạy.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 took longer than %n second(s) to draw.</source>
        <translation>
            <numerusform>Trang %1 mất hơn %n giây để vẽ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page images cannot be drawn: the program that draws them stopped (status %1).</source>
        <translation>Không vẽ được ảnh trang: chương trình vẽ trang đã dừng (mã %1).</translation>
    </message>
    <message>
        <source>Page %1 needed more than %2 of memory to draw.</source>
        <translation>Vẽ trang %1 cần hơn %2 bộ nhớ.</translation>
    </message>
    <message>
        <source>Page %1 made the program that draws pages crash.</source>
        <translation>Trang %1 làm chương trình vẽ trang bị sập.</translation>
    </message>
    <message>
        <source>The program that draws pages answered nonsense.</source>
        <translation>Chương trình vẽ trang trả lời không hợp lệ.</translation>
    </message>
    <message>
        <source>The stored file %1 cannot be read.</source>
        <translation>Không đọc được tệp đã lưu %1.</translation>
    </message>
    <message>
        <source>Page %1 of the PDF could not be drawn.</source>
        <translation>Không vẽ được trang %1 của tệp PDF.</translation>
    </message>
</context>
<context>
    <name>Renditions</name>
    <message>
        <source>No such document.</source>
        <translation>Không tìm thấy tài liệu.</translation>
    </message>
    <message>
        <source>%1 is not an office document; only those get a PDF rendition.</source>
        <translation>%1 không phải tài liệu văn phòng; chỉ loại đó mới được tạo bản PDF.</translation>
    </message>
    <message>
        <source>LibreOffice is not installed, so Docket cannot make a PDF of %1 for reading in the browser (Debian: apt install libreoffice-writer libreoffice-calc libreoffice-impress). Phones can still download it.</source>
        <translation>Chưa cài LibreOffice nên Docket không thể tạo bản PDF của %1 để đọc trên trình duyệt (Debian: apt install libreoffice-writer libreoffice-calc libreoffice-impress). Điện thoại vẫn tải tệp về được.</translation>
    </message>
    <message>
        <source>Cannot make a working folder in %1.</source>
        <translation>Không tạo được thư mục làm việc trong %1.</translation>
    </message>
    <message>
        <source>Cannot read the stored file of %1.</source>
        <translation>Không đọc được tệp đã lưu của %1.</translation>
    </message>
    <message>
        <source>LibreOffice (%1) did not start.</source>
        <translation>LibreOffice (%1) không khởi động được.</translation>
    </message>
    <message numerus="yes">
        <source>LibreOffice took longer than %n second(s) to convert %1; no PDF was made.</source>
        <translation>
            <numerusform>LibreOffice mất hơn %n giây để chuyển %1; chưa tạo được PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>LibreOffice could not convert %1: %2</source>
        <translation>LibreOffice không chuyển được %1: %2</translation>
    </message>
    <message>
        <source>The PDF LibreOffice made of %1 cannot be read: %2</source>
        <translation>Không đọc được bản PDF LibreOffice tạo từ %1: %2</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>The file begins as UTF-8 but is not UTF-8 further on.</source>
        <translation>Tệp bắt đầu bằng UTF-8 nhưng phần sau không phải UTF-8.</translation>
    </message>
    <message>
        <source>The file begins as UTF-16 but is not UTF-16 further on.</source>
        <translation>Tệp bắt đầu bằng UTF-16 nhưng phần sau không phải UTF-16.</translation>
    </message>
    <message>
        <source>This file is not UTF-8 or UTF-16 text. In Excel, save it as &quot;CSV UTF-8 (Comma delimited)&quot; and import it again.</source>
        <translation>Tệp này không phải văn bản UTF-8 hay UTF-16. Trong Excel, hãy lưu thành &quot;CSV UTF-8 (Comma delimited)&quot; rồi nhập lại.</translation>
    </message>
    <message>
        <source>A row has more than %1 columns.</source>
        <translation>Có hàng nhiều hơn %1 cột.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>Tệp có nhiều hơn %1 hàng.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn đại biểu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: not a roster.</source>
        <translation>Tệp lớn hơn %1 MB: không phải danh sách đại biểu.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
    <message>
        <source>No column holds the delegates&apos; names: name one &quot;Họ và tên&quot; (or &quot;Name&quot;) in the first row, or map the columns by hand.</source>
        <translation>Không có cột nào chứa họ tên đại biểu: hãy đặt tên một cột là &quot;Họ và tên&quot; ở hàng đầu, hoặc tự chọn trường cho các cột.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>không có họ tên</translation>
    </message>
    <message>
        <source>the number &quot;%1&quot; is not a whole number of 1 or more</source>
        <translation>số &quot;%1&quot; không phải số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <source>number %1 is already on the meeting&apos;s roster</source>
        <translation>số %1 đã có trong danh sách của cuộc họp</translation>
    </message>
    <message>
        <source>number %1 is already row %2&apos;s</source>
        <translation>số %1 đã dùng ở hàng %2</translation>
    </message>
    <message>
        <source>No row of the file is a delegate to add.</source>
        <translation>Không có hàng nào trong tệp là đại biểu để thêm.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in Excel, remove the password, save it and import it again.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy mở tệp trong Excel, gỡ mật khẩu, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>%1 is an old Excel workbook (.xls). In Excel, save the roster as &quot;Excel Workbook (.xlsx)&quot; or &quot;CSV UTF-8 (Comma delimited)&quot; and import that file.</source>
        <translation>%1 là sổ tính Excel cũ (.xls). Trong Excel, hãy lưu danh sách thành &quot;Excel Workbook (.xlsx)&quot; hoặc &quot;CSV UTF-8 (Comma delimited)&quot; rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>bảng tính Excel (.xlsx)</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>Nothing to search for: give at least one word.</source>
        <translation>Không có gì để tìm: hãy nhập ít nhất một từ.</translation>
    </message>
</context>
<context>
    <name>Slide</name>
    <message>
        <source>The QR code appears here once Docket is hosting.</source>
        <translation>Mã QR sẽ hiện ở đây khi Docket bắt đầu phát.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Nội dung %1</translation>
    </message>
    <message>
        <source>Presenter: %1</source>
        <translation>Người trình bày: %1</translation>
    </message>
    <message>
        <source>No password</source>
        <translation>Không mật khẩu</translation>
    </message>
    <message>
        <source>1. Join the Wi-Fi</source>
        <translation>1. Kết nối Wi-Fi</translation>
    </message>
    <message>
        <source>Scan to open the meeting</source>
        <translation>Quét mã để mở hội nghị</translation>
    </message>
    <message>
        <source>2. Open the meeting</source>
        <translation>2. Mở hội nghị</translation>
    </message>
    <message>
        <source>Scan to answer the survey</source>
        <translation>Quét mã để trả lời khảo sát</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) so far</source>
        <translation>
            <numerusform>Đã có %n phiếu trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · câu %2/%3</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n câu trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean score: %1/5</source>
        <translation>Điểm trung bình: %1/5</translation>
    </message>
    <message>
        <source>Join the Wi-Fi first</source>
        <translation>Trước hết, kết nối Wi-Fi</translation>
    </message>
    <message>
        <source>One response per delegate: scan the code on your badge first, then this one.</source>
        <translation>Mỗi đại biểu một phiếu: quét mã trên thẻ đại biểu trước, rồi quét mã này.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng Wi-Fi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
</context>
<context>
    <name>StagedWorkbook</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the workbook could not be started.</source>
        <translation>Không ghi được %1: không tạo được bảng tính.</translation>
    </message>
</context>
<context>
    <name>StaticSite</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot make the ZIP %1: %2</source>
        <translation>Không tạo được tệp ZIP %1: %2</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>Không có hội nghị %1.</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>Choose only one of the options</source>
        <translation>Chỉ chọn một trong các phương án</translation>
    </message>
    <message>
        <source>Choose one of the levels</source>
        <translation>Hãy chọn một trong các mức đánh giá</translation>
    </message>
    <message>
        <source>Choose one of the options</source>
        <translation>Hãy chọn một trong các phương án</translation>
    </message>
    <message>
        <source>Choose only among the options shown</source>
        <translation>Chỉ chọn trong các phương án đã cho</translation>
    </message>
    <message>
        <source>This question takes one answer</source>
        <translation>Câu hỏi này chỉ nhận một câu trả lời</translation>
    </message>
    <message>
        <source>Shorten your answer to %1 characters or fewer (it has %2)</source>
        <translation>Hãy rút gọn câu trả lời còn không quá %1 ký tự (hiện có %2 ký tự)</translation>
    </message>
    <message>
        <source>This question needs an answer</source>
        <translation>Câu hỏi này cần được trả lời</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>Rất không hài lòng</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(bắt buộc)</translation>
    </message>
    <message>
        <source>You can choose more than one.</source>
        <translation>Bạn có thể chọn nhiều đáp án.</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Câu %1: %2</translation>
    </message>
    <message>
        <source>Please check your answers</source>
        <translation>Vui lòng kiểm tra lại câu trả lời</translation>
    </message>
    <message>
        <source>You answered already: you can change your answer until the survey closes.</source>
        <translation>Bạn đã trả lời khảo sát này: bạn có thể sửa câu trả lời cho đến khi khảo sát đóng.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n câu hỏi</numerusform>
        </translation>
    </message>
    <message>
        <source>Anonymous: your answers are kept without your name, your phone&apos;s address or the time — only the day.</source>
        <translation>Ẩn danh: câu trả lời được lưu không kèm tên bạn, địa chỉ mạng của điện thoại hay giờ gửi — chỉ ghi ngày.</translation>
    </message>
    <message>
        <source>Save my new answers</source>
        <translation>Lưu câu trả lời mới</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Gửi câu trả lời</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Cảm ơn bạn!</translation>
    </message>
    <message>
        <source>Your answers have been changed.</source>
        <translation>Câu trả lời của bạn đã được cập nhật.</translation>
    </message>
    <message>
        <source>Your answers have been received.</source>
        <translation>Câu trả lời của bạn đã được ghi nhận.</translation>
    </message>
    <message>
        <source>You can change your answers until the survey closes: open the code %1 again.</source>
        <translation>Bạn có thể sửa câu trả lời cho đến khi khảo sát đóng: chỉ cần mở lại mã %1.</translation>
    </message>
    <message>
        <source>Change my answers</source>
        <translation>Sửa câu trả lời</translation>
    </message>
    <message>
        <source>This survey is closed</source>
        <translation>Khảo sát đã đóng</translation>
    </message>
    <message>
        <source>Answers can no longer be sent or changed. Thank you for taking part.</source>
        <translation>Không thể gửi hoặc sửa câu trả lời nữa. Cảm ơn bạn đã tham gia.</translation>
    </message>
    <message>
        <source>This survey is not open yet</source>
        <translation>Khảo sát này chưa mở</translation>
    </message>
    <message>
        <source>The organiser opens it when it is time to answer: scan the code again then.</source>
        <translation>Ban tổ chức sẽ mở khảo sát khi đến lúc trả lời: khi đó hãy quét lại mã.</translation>
    </message>
    <message>
        <source>For the meeting&apos;s delegates</source>
        <translation>Dành cho đại biểu dự hội nghị</translation>
    </message>
    <message>
        <source>Each delegate answers once. Scan the code on your badge with this phone first (it checks you in), then scan this survey&apos;s code again.</source>
        <translation>Mỗi đại biểu trả lời một lần. Quét mã trên thẻ đại biểu bằng điện thoại này trước (việc này điểm danh bạn), rồi quét lại mã của khảo sát.</translation>
    </message>
    <message>
        <source>One response per delegate: your answers are kept with a code made from your badge, so that you answer once, not with your name, your phone&apos;s address or the time — only the day. Docket shows no one who answered what.</source>
        <translation>Mỗi đại biểu một phiếu: câu trả lời được lưu kèm một mã tạo từ thẻ đại biểu để bạn chỉ trả lời một lần, không kèm tên bạn, địa chỉ mạng của điện thoại hay giờ gửi — chỉ ghi ngày. Docket không cho ai xem ai đã trả lời gì.</translation>
    </message>
</context>
<context>
    <name>SurveyReport</name>
    <message>
        <source>SURVEY RESULTS</source>
        <translation>BÁO CÁO KẾT QUẢ KHẢO SÁT</translation>
    </message>
    <message>
        <source>All responses received</source>
        <translation>Tất cả các phiếu đã nhận</translation>
    </message>
    <message>
        <source>Made at %1 on %2 · code %3</source>
        <translation>Lập lúc %1 ngày %2 · mã %3</translation>
    </message>
    <message>
        <source>Responses: %1</source>
        <translation>Số phiếu trả lời: %1</translation>
    </message>
    <message>
        <source>Survey results · %1</source>
        <translation>Kết quả khảo sát · %1</translation>
    </message>
    <message>
        <source>Page %1/%2 · %3</source>
        <translation>Trang %1/%2 · %3</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <source>Responses per week</source>
        <translation>Số phiếu theo tuần</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n lượt trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean score: %1/5</source>
        <translation>Điểm trung bình: %1/5</translation>
    </message>
    <message>
        <source>No written answers.</source>
        <translation>Chưa có ý kiến nào.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more answer(s)</source>
        <translation>
            <numerusform>và %n ý kiến khác</numerusform>
        </translation>
    </message>
    <message>
        <source>The survey has no questions to answer: there is nothing to report.</source>
        <translation>Khảo sát chưa có câu hỏi nào để trả lời: không có gì để báo cáo.</translation>
    </message>
    <message>
        <source>Week %1 (%2)</source>
        <translation>Tuần %1 (%2)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Đến %1</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <source>No.</source>
        <translation>Phiếu số</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Q%1 (code)</source>
        <translation>Câu %1 (mã)</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <translation>Câu %1: %2</translation>
    </message>
</context>
<context>
    <name>SurveyTemplate</name>
    <message>
        <source>Citizens&apos; satisfaction with new rural development in the commune</source>
        <translation>Sự hài lòng của người dân về kết quả xây dựng nông thôn mới của xã</translation>
    </message>
    <message>
        <source>The commune wants to know how the people see the results of new rural development, so that the next steps serve them better. The survey asks for no name: answers are only ever counted together. It takes about five minutes.</source>
        <translation>Xã mong muốn biết người dân đánh giá thế nào về kết quả xây dựng nông thôn mới, để các bước tiếp theo phục vụ bà con tốt hơn. Phiếu không ghi tên: câu trả lời chỉ được tổng hợp chung. Chỉ mất khoảng năm phút.</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Cơ sở hạ tầng</translation>
    </message>
    <message>
        <source>How satisfied are you with each of these in our commune?</source>
        <translation>Bạn hài lòng đến mức nào với từng hạng mục sau ở xã mình?</translation>
    </message>
    <message>
        <source>Roads in the commune and to the villages</source>
        <translation>Đường giao thông trong xã và đến các thôn, xóm</translation>
    </message>
    <message>
        <source>Surface, width, lighting, upkeep</source>
        <translation>Mặt đường, độ rộng, đèn chiếu sáng, duy tu bảo dưỡng</translation>
    </message>
    <message>
        <source>Irrigation and drainage</source>
        <translation>Thủy lợi và tiêu thoát nước</translation>
    </message>
    <message>
        <source>Canals and pumping stations for the fields, drainage after heavy rain</source>
        <translation>Kênh mương, trạm bơm phục vụ đồng ruộng; tiêu thoát nước khi mưa lớn</translation>
    </message>
    <message>
        <source>Electricity supply</source>
        <translation>Cung cấp điện</translation>
    </message>
    <message>
        <source>For homes and for production: steady, safe power lines</source>
        <translation>Cho sinh hoạt và sản xuất: điện ổn định, đường dây an toàn</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <source>Classrooms, equipment and playgrounds. Leave blank if you do not know them.</source>
        <translation>Phòng học, trang thiết bị, sân chơi. Bỏ trống nếu bạn không nắm rõ.</translation>
    </message>
    <message>
        <source>The commune health station</source>
        <translation>Trạm y tế xã</translation>
    </message>
    <message>
        <source>Its rooms, medicines and staff. Leave blank if you have not been there.</source>
        <translation>Cơ sở vật chất, thuốc men và đội ngũ y tế. Bỏ trống nếu bạn chưa đến trạm.</translation>
    </message>
    <message>
        <source>Cultural houses and sports grounds</source>
        <translation>Nhà văn hóa và khu thể thao</translation>
    </message>
    <message>
        <source>The commune&apos;s and the villages&apos;</source>
        <translation>Của xã và của các thôn, xóm</translation>
    </message>
    <message>
        <source>Life in the commune</source>
        <translation>Đời sống ở xã</translation>
    </message>
    <message>
        <source>Income and livelihoods</source>
        <translation>Thu nhập và sinh kế</translation>
    </message>
    <message>
        <source>Jobs, vocational training, support for farming and trades</source>
        <translation>Việc làm, đào tạo nghề, hỗ trợ sản xuất nông nghiệp và ngành nghề</translation>
    </message>
    <message>
        <source>Environment and clean water</source>
        <translation>Môi trường và nước sạch</translation>
    </message>
    <message>
        <source>Clean water supply, waste collection, green and clean lanes</source>
        <translation>Cấp nước sạch, thu gom rác thải, đường làng ngõ xóm xanh, sạch, đẹp</translation>
    </message>
    <message>
        <source>Culture and community life</source>
        <translation>Văn hóa và đời sống cộng đồng</translation>
    </message>
    <message>
        <source>Festivals, clubs, sport, neighbours helping one another</source>
        <translation>Lễ hội, câu lạc bộ, thể thao, tình làng nghĩa xóm</translation>
    </message>
    <message>
        <source>Security and order</source>
        <translation>An ninh, trật tự</translation>
    </message>
    <message>
        <source>Safety at home and on the roads, how disputes are settled</source>
        <translation>An toàn trong khu dân cư và trên đường, việc hòa giải mâu thuẫn</translation>
    </message>
    <message>
        <source>The commune&apos;s administration</source>
        <translation>Chính quyền xã</translation>
    </message>
    <message>
        <source>Public administrative services</source>
        <translation>Dịch vụ hành chính công</translation>
    </message>
    <message>
        <source>Procedures at the one-stop counter: clear, quick, fair. Leave blank if you have not used them.</source>
        <translation>Thủ tục tại bộ phận một cửa: rõ ràng, nhanh chóng, công bằng. Bỏ trống nếu bạn chưa sử dụng.</translation>
    </message>
    <message>
        <source>Conduct of the commune&apos;s officials</source>
        <translation>Tác phong, thái độ của cán bộ, công chức xã</translation>
    </message>
    <message>
        <source>Courtesy, listening to the people, integrity</source>
        <translation>Lịch sự, biết lắng nghe dân, liêm chính</translation>
    </message>
    <message>
        <source>Your views</source>
        <translation>Ý kiến của bạn</translation>
    </message>
    <message>
        <source>Which area should the commune improve first?</source>
        <translation>Theo bạn, xã nên ưu tiên cải thiện lĩnh vực nào trước?</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Chọn một phương án.</translation>
    </message>
    <message>
        <source>Roads and transport</source>
        <translation>Giao thông</translation>
    </message>
    <message>
        <source>Irrigation</source>
        <translation>Thủy lợi</translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation>Điện</translation>
    </message>
    <message>
        <source>Schools and education</source>
        <translation>Trường học, giáo dục</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Y tế, chăm sóc sức khỏe</translation>
    </message>
    <message>
        <source>Jobs and income</source>
        <translation>Việc làm, thu nhập</translation>
    </message>
    <message>
        <source>Clean water and the environment</source>
        <translation>Nước sạch, môi trường</translation>
    </message>
    <message>
        <source>Culture and sport</source>
        <translation>Văn hóa, thể thao</translation>
    </message>
    <message>
        <source>Administrative procedures</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Other comments</source>
        <translation>Ý kiến khác</translation>
    </message>
    <message>
        <source>Anything else you would like the commune to know or to do</source>
        <translation>Những điều khác bạn muốn xã biết hoặc thực hiện</translation>
    </message>
    <message>
        <source>Meeting feedback</source>
        <translation>Góp ý về hội nghị</translation>
    </message>
    <message>
        <source>Tell the organisers what went well and what to do better next time. The survey asks for no name and takes two minutes.</source>
        <translation>Hãy cho ban tổ chức biết điều gì đã làm tốt và lần sau cần làm tốt hơn điều gì. Phiếu không ghi tên, chỉ mất hai phút.</translation>
    </message>
    <message>
        <source>Overall, how satisfied are you with the meeting?</source>
        <translation>Nhìn chung, bạn hài lòng với hội nghị ở mức nào?</translation>
    </message>
    <message>
        <source>The meeting&apos;s documents</source>
        <translation>Tài liệu hội nghị</translation>
    </message>
    <message>
        <source>Their content, and how useful they were</source>
        <translation>Nội dung và mức độ hữu ích</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Công tác tổ chức</translation>
    </message>
    <message>
        <source>The hall, sound, seating, check-in</source>
        <translation>Hội trường, âm thanh, chỗ ngồi, điểm danh</translation>
    </message>
    <message>
        <source>Time management</source>
        <translation>Quản lý thời gian</translation>
    </message>
    <message>
        <source>Starting on time, keeping to the agenda</source>
        <translation>Bắt đầu đúng giờ, bám sát chương trình</translation>
    </message>
    <message>
        <source>Was there enough time for discussion?</source>
        <translation>Thời gian dành cho thảo luận có đủ không?</translation>
    </message>
    <message>
        <source>Too little</source>
        <translation>Quá ít</translation>
    </message>
    <message>
        <source>About right</source>
        <translation>Vừa đủ</translation>
    </message>
    <message>
        <source>Too much</source>
        <translation>Quá nhiều</translation>
    </message>
    <message>
        <source>What should we improve next time?</source>
        <translation>Lần sau chúng tôi cần cải thiện điều gì?</translation>
    </message>
    <message>
        <source>Satisfaction with the one-stop public service counter</source>
        <translation>Sự hài lòng về dịch vụ hành chính công tại bộ phận một cửa</translation>
    </message>
    <message>
        <source>You have been served at the commune&apos;s one-stop counter: tell us how it went. The survey asks for no name and takes two minutes.</source>
        <translation>Bạn vừa được phục vụ tại bộ phận một cửa của xã: hãy cho chúng tôi biết cảm nhận của bạn. Phiếu không ghi tên, chỉ mất hai phút.</translation>
    </message>
    <message>
        <source>Finding information about your procedure</source>
        <translation>Tiếp cận thông tin về thủ tục</translation>
    </message>
    <message>
        <source>The posted list of procedures, forms and guidance, at the counter or before you came</source>
        <translation>Danh mục thủ tục được niêm yết, mẫu đơn và hướng dẫn, tại quầy hoặc trước khi bạn đến</translation>
    </message>
    <message>
        <source>The procedure and the waiting time</source>
        <translation>Thủ tục và thời gian chờ</translation>
    </message>
    <message>
        <source>The papers asked for, the steps, how long you waited to be served</source>
        <translation>Giấy tờ phải nộp, các bước thực hiện, thời gian chờ đến lượt</translation>
    </message>
    <message>
        <source>The officials&apos; attitude</source>
        <translation>Thái độ của công chức</translation>
    </message>
    <message>
        <source>Courteous and helpful, no trouble made, nothing asked on the side</source>
        <translation>Lịch sự, tận tình, không gây phiền hà, sách nhiễu</translation>
    </message>
    <message>
        <source>The result and when it was returned</source>
        <translation>Kết quả và thời hạn trả kết quả</translation>
    </message>
    <message>
        <source>A correct result, returned on the date promised. Leave blank if you have not received it yet.</source>
        <translation>Kết quả đúng quy định, trả đúng hẹn. Bỏ trống nếu bạn chưa nhận kết quả.</translation>
    </message>
    <message>
        <source>How feedback and complaints are handled</source>
        <translation>Tiếp nhận và xử lý góp ý, phản ánh</translation>
    </message>
    <message>
        <source>Leave blank if you have never given feedback or complained.</source>
        <translation>Bỏ trống nếu bạn chưa từng góp ý hoặc phản ánh.</translation>
    </message>
    <message>
        <source>How did you hand in your application?</source>
        <translation>Bạn đã nộp hồ sơ bằng cách nào?</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Trực tiếp tại quầy</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Qua bưu điện</translation>
    </message>
    <message>
        <source>Your suggestions</source>
        <translation>Ý kiến, đề xuất của bạn</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Rất không hài lòng</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <source>Neither satisfied nor dissatisfied</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
</context>
<context>
    <name>SurveyWorkbook</name>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Tất cả các phiếu</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Phiếu trả lời</translation>
    </message>
    <message>
        <source>Q%1: %2</source>
        <translation>Câu %1: %2</translation>
    </message>
    <message>
        <source>Written answers</source>
        <translation>Số ý kiến</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Câu trả lời</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Số người trả lời</translation>
    </message>
    <message>
        <source>Mean (1 to 5)</source>
        <translation>Điểm trung bình (1 đến 5)</translation>
    </message>
    <message>
        <source>Responses per week</source>
        <translation>Số phiếu theo tuần</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>Verifier</name>
    <message>
        <source>The stored file %1 is missing.</source>
        <translation>Tệp đã lưu %1 bị mất.</translation>
    </message>
    <message>
        <source>The stored file %1 has changed: its bytes no longer match its SHA-256.</source>
        <translation>Tệp đã lưu %1 đã bị thay đổi: nội dung không còn khớp với SHA-256.</translation>
    </message>
    <message>
        <source>Used by: %1.</source>
        <translation>Được dùng bởi: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The catalog is damaged: SQLite&apos;s checks found %n problem(s). Restore the newest good backup with `docket-cli restore` (or Library ▸ Restore from backup in the window); the damaged catalog is kept aside.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu bị hỏng: kiểm tra của SQLite phát hiện %n lỗi. Hãy khôi phục bản sao lưu tốt gần nhất bằng `docket-cli restore` (hoặc Thư viện ▸ Khôi phục từ bản sao lưu trong cửa sổ); cơ sở dữ liệu bị hỏng được cất riêng.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WifiNetwork</name>
    <message>
        <source>The Wi-Fi network needs a name.</source>
        <translation>Mạng Wi-Fi cần có tên.</translation>
    </message>
    <message>
        <source>A Wi-Fi network name is at most 32 bytes long; &quot;%1&quot; has %2.</source>
        <translation>Tên mạng Wi-Fi dài tối đa 32 byte; &quot;%1&quot; có %2 byte.</translation>
    </message>
    <message>
        <source>A WPA password has 8 to 63 characters; this one has %1.</source>
        <translation>Mật khẩu WPA có từ 8 đến 63 ký tự; mật khẩu này có %1.</translation>
    </message>
    <message>
        <source>A WEP key has 5 or 13 characters (or 10 or 26 hexadecimal digits); this one has %1.</source>
        <translation>Khoá WEP có 5 hoặc 13 ký tự (hoặc 10 hay 26 chữ số thập lục phân); khoá này có %1.</translation>
    </message>
</context>
<context>
    <name>XlsxRoster</name>
    <message>
        <source>%1 holds more parts (%2) than any Excel workbook.</source>
        <translation>%1 chứa nhiều phần (%2) hơn bất kỳ sổ tính Excel nào.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 holds more than it says (a ZIP bomb?). It was not read.</source>
        <translation>%1 bị hỏng: phần %2 chứa nhiều dữ liệu hơn mức tệp ghi (bom ZIP?). Tệp không được đọc.</translation>
    </message>
    <message>
        <source>the part %1 is shorter than it says</source>
        <translation>phần %1 ngắn hơn mức tệp ghi</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an Excel workbook (.xlsx): %2. Open it in Excel, save it again and import the new file.</source>
        <translation>%1 bị hỏng hoặc không phải sổ tính Excel (.xlsx): %2. Hãy mở tệp trong Excel, lưu lại rồi nhập tệp mới.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Open it in Excel, remove the password, save it and import it again.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy mở tệp trong Excel, gỡ mật khẩu, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>%1 is too large for a roster: its part %2 expands to more than %3 MB.</source>
        <translation>%1 quá lớn đối với một danh sách đại biểu: phần %2 giải nén ra hơn %3 MB.</translation>
    </message>
    <message>
        <source>the part %1 is not valid XML (line %2)</source>
        <translation>phần %1 không phải XML hợp lệ (dòng %2)</translation>
    </message>
    <message>
        <source>the part %1 nests its elements deeper than any workbook</source>
        <translation>phần %1 lồng các phần tử sâu hơn bất kỳ sổ tính nào</translation>
    </message>
    <message>
        <source>%1 holds more text than a roster can.</source>
        <translation>%1 chứa nhiều chữ hơn mức một danh sách đại biểu có thể có.</translation>
    </message>
    <message>
        <source>The first sheet of %1 has more than %2 rows (cell %3 is filled).</source>
        <translation>Trang tính đầu tiên của %1 có nhiều hơn %2 hàng (ô %3 có dữ liệu).</translation>
    </message>
    <message>
        <source>The first sheet of %1 has text in cell %2, beyond the %3 columns a roster can have.</source>
        <translation>Trang tính đầu tiên của %1 có dữ liệu ở ô %2, vượt quá %3 cột mà một danh sách đại biểu có thể có.</translation>
    </message>
    <message>
        <source>the worksheet %1 is missing</source>
        <translation>thiếu trang tính %1</translation>
    </message>
    <message>
        <source>a row&apos;s number &quot;%1&quot; is not one Excel writes</source>
        <translation>số hàng &quot;%1&quot; không đúng cách Excel ghi</translation>
    </message>
    <message>
        <source>a cell&apos;s position &quot;%1&quot; is not one Excel writes</source>
        <translation>vị trí ô &quot;%1&quot; không đúng cách Excel ghi</translation>
    </message>
    <message>
        <source>a row has more cells than Excel allows</source>
        <translation>có hàng nhiều ô hơn mức Excel cho phép</translation>
    </message>
    <message>
        <source>a cell points to text that is not in the workbook</source>
        <translation>có ô trỏ tới nội dung không có trong sổ tính</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: not a roster.</source>
        <translation>Tệp lớn hơn %1 MB: không phải danh sách đại biểu.</translation>
    </message>
    <message>
        <source>%1 is a ZIP file but not an Excel workbook (.xlsx): it has no worksheet.</source>
        <translation>%1 là tệp ZIP nhưng không phải sổ tính Excel (.xlsx): không có trang tính nào.</translation>
    </message>
    <message>
        <source>Excel workbooks (.xlsx) cannot be read: docket-cli was not found beside Docket. In Excel, save the roster as &quot;CSV UTF-8 (Comma delimited)&quot; and import that file.</source>
        <translation>Không đọc được sổ tính Excel (.xlsx): không tìm thấy docket-cli bên cạnh Docket. Trong Excel, hãy lưu danh sách thành &quot;CSV UTF-8 (Comma delimited)&quot; rồi nhập tệp đó.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 took longer than %n second(s): the workbook is too large or damaged. In Excel, save the roster as &quot;CSV UTF-8 (Comma delimited)&quot; and import that file.</source>
        <translation>
            <numerusform>Đọc %1 mất hơn %n giây: sổ tính quá lớn hoặc bị hỏng. Trong Excel, hãy lưu danh sách thành &quot;CSV UTF-8 (Comma delimited)&quot; rồi nhập tệp đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: it needed more memory than allowed.</source>
        <translation>Không đọc được %1: cần nhiều bộ nhớ hơn mức cho phép.</translation>
    </message>
    <message>
        <source>%1 could not be read: the reader was stopped (signal %2).</source>
        <translation>Không đọc được %1: tiến trình đọc đã bị dừng (tín hiệu %2).</translation>
    </message>
    <message>
        <source>%1 could not be read: the reader failed (status %2).</source>
        <translation>Không đọc được %1: tiến trình đọc bị lỗi (mã %2).</translation>
    </message>
    <message>
        <source>it is not a complete ZIP file (cut off while it was copied?)</source>
        <translation>tệp ZIP không đầy đủ (bị cắt ngang khi sao chép?)</translation>
    </message>
    <message>
        <source>its parts do not agree with its table of contents</source>
        <translation>các phần của tệp không khớp với mục lục của nó</translation>
    </message>
    <message>
        <source>its content does not match its checksum</source>
        <translation>nội dung không khớp với mã kiểm tra (checksum)</translation>
    </message>
</context>
<context>
    <name>docket::AddItemCommand</name>
    <message>
        <source>Add agenda item “%1”</source>
        <translation>Thêm nội dung “%1”</translation>
    </message>
    <message>
        <source>“%1” has documents now: it can no longer be taken off the agenda by undoing.</source>
        <translation>“%1” giờ đã có tài liệu: không thể hoàn tác để gỡ nội dung này khỏi chương trình.</translation>
    </message>
</context>
<context>
    <name>docket::AddQuestionCommand</name>
    <message>
        <source>Add question “%1”</source>
        <translation>Thêm câu hỏi “%1”</translation>
    </message>
</context>
<context>
    <name>docket::AgendaTree</name>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable PDF</source>
        <translation>PDF không đọc được</translation>
    </message>
    <message numerus="yes">
        <source>opened on %n device(s)</source>
        <translation>
            <numerusform>đã mở trên %n thiết bị</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>How many phones have opened each document</source>
        <translation>Số điện thoại đã mở từng tài liệu</translation>
    </message>
    <message>
        <source>On the projector now</source>
        <translation>Đang chiếu trên máy chiếu</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>bản %1</translation>
    </message>
    <message>
        <source>v%1 of %2</source>
        <translation>bản %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s); Agenda ▸ Versions… lists them</source>
        <translation>
            <numerusform>%n phiên bản; xem tại Chương trình ▸ Các phiên bản…</numerusform>
        </translation>
    </message>
    <message>
        <source>heavy PDF</source>
        <translation>PDF nặng</translation>
    </message>
</context>
<context>
    <name>docket::Catalog</name>
    <message>
        <source>This catalog was written by a newer Docket (schema %1; this one knows %2). Update Docket to open it.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản Docket mới hơn (lược đồ %1; phiên bản này chỉ hỗ trợ %2). Hãy cập nhật Docket để mở.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Hội nghị phải có tên.</translation>
    </message>
    <message>
        <source>Could not find a free meeting code.</source>
        <translation>Không tìm được mã truy cập còn trống cho hội nghị.</translation>
    </message>
    <message>
        <source>No such meeting.</source>
        <translation>Không tìm thấy hội nghị.</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Nội dung chương trình phải có tiêu đề.</translation>
    </message>
    <message>
        <source>No such agenda item.</source>
        <translation>Không tìm thấy nội dung chương trình.</translation>
    </message>
    <message>
        <source>Item number %1 is outside the agenda (1 to %2).</source>
        <translation>Số thứ tự %1 nằm ngoài chương trình (từ 1 đến %2).</translation>
    </message>
    <message>
        <source>Internal error: a document without a stored blob.</source>
        <translation>Lỗi nội bộ: tài liệu không có dữ liệu lưu trữ.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Tài liệu phải có tiêu đề.</translation>
    </message>
    <message>
        <source>No such document.</source>
        <translation>Không tìm thấy tài liệu.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Mã PIN gồm 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <source>%1 is the same file as the current version of &quot;%2&quot;.</source>
        <translation>%1 giống hệt phiên bản hiện tại của &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>That version does not belong to this document.</source>
        <translation>Phiên bản đó không thuộc tài liệu này.</translation>
    </message>
    <message>
        <source>%1 item %2: %3 (current version)</source>
        <translation>%1 nội dung %2: %3 (phiên bản hiện tại)</translation>
    </message>
    <message>
        <source>%1 item %2: %3 (earlier version)</source>
        <translation>%1 nội dung %2: %3 (phiên bản trước)</translation>
    </message>
    <message>
        <source>That document is not in the trash.</source>
        <translation>Tài liệu đó không có trong thùng rác.</translation>
    </message>
    <message>
        <source>Internal error: a rendition needs a readable PDF.</source>
        <translation>Lỗi nội bộ: bản PDF phải đọc được.</translation>
    </message>
    <message>
        <source>A copy of the journal is kept as %1.</source>
        <translation>Một bản sao của tệp nhật ký được giữ tại %1.</translation>
    </message>
    <message>
        <source>If something recent is missing, compare with the newest backup (docket-cli restore keeps the current catalog aside).</source>
        <translation>Nếu thiếu nội dung mới đây, hãy so sánh với bản sao lưu gần nhất (docket-cli restore sẽ cất riêng cơ sở dữ liệu hiện tại).</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1. %2</source>
        <translation>Không mở được cơ sở dữ liệu %1. %2</translation>
    </message>
    <message>
        <source>Cannot make a readable copy of the catalog %1 in %2.</source>
        <translation>Không tạo được bản sao đọc được của cơ sở dữ liệu %1 trong %2.</translation>
    </message>
    <message>
        <source>The library is read-only: meetings can be shown and served, not changed.</source>
        <translation>Thư viện chỉ đọc: các hội nghị vẫn xem và phục vụ được, nhưng không thay đổi được.</translation>
    </message>
    <message>
        <source>The disk holding the library is full: meetings can be shown and served, not changed. Free some space, then start Docket again.</source>
        <translation>Ổ đĩa chứa thư viện đã đầy: các hội nghị vẫn xem và phục vụ được, nhưng không thay đổi được. Hãy giải phóng bớt dung lượng rồi mở lại Docket.</translation>
    </message>
    <message>
        <source>The catalog&apos;s structure is damaged (SQLite: %1).</source>
        <translation>Cấu trúc cơ sở dữ liệu bị hỏng (SQLite: %1).</translation>
    </message>
    <message>
        <source>A row of %1 (%2) refers to a row of %3 that does not exist.</source>
        <translation>Một dòng của %1 (%2) tham chiếu tới một dòng không tồn tại của %3.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>%1 is not a Docket catalog.</source>
        <translation>%1 không phải là cơ sở dữ liệu của Docket.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Docket (schema %2; this one knows %3).</source>
        <translation>%1 được tạo bởi phiên bản Docket mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ %3).</translation>
    </message>
    <message numerus="yes">
        <source>The catalog&apos;s journal %1 was cut short or is damaged: the %n change(s) before the damage are kept, those after it are lost.</source>
        <translation>
            <numerusform>Tệp nhật ký của cơ sở dữ liệu %1 bị cắt cụt hoặc bị hỏng: %n thay đổi trước chỗ hỏng được giữ lại, các thay đổi sau đó đã mất.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document version %1 is damaged: its type &quot;%2&quot; or its content hash %3 is not one Docket writes.</source>
        <translation>Phiên bản tài liệu %1 bị hỏng: kiểu tệp &quot;%2&quot; hoặc mã băm nội dung %3 không phải do Docket ghi.</translation>
    </message>
    <message>
        <source>Meeting %1 is damaged: its code &quot;%2&quot; is not one Docket writes.</source>
        <translation>Hội nghị %1 bị hỏng: mã truy cập &quot;%2&quot; không phải do Docket ghi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived already.</source>
        <translation>&quot;%1&quot; đã được lưu trữ rồi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not archived: it can be edited already.</source>
        <translation>&quot;%1&quot; chưa lưu trữ: vẫn chỉnh sửa được.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>An agenda item of the bundle has no title.</source>
        <translation>Một mục chương trình của gói không có tên.</translation>
    </message>
    <message>
        <source>A document of the bundle has no title or no file.</source>
        <translation>Một tài liệu của gói không có tên hoặc không có tệp.</translation>
    </message>
    <message>
        <source>A delegate&apos;s number must be 1 or more, not %1.</source>
        <translation>Số đại biểu phải từ 1 trở lên, không phải %1.</translation>
    </message>
    <message>
        <source>Number %1 is already on the roster.</source>
        <translation>Số %1 đã có trong danh sách.</translation>
    </message>
    <message>
        <source>A delegate needs a name.</source>
        <translation>Đại biểu cần có họ tên.</translation>
    </message>
    <message>
        <source>No such delegate.</source>
        <translation>Không có đại biểu này.</translation>
    </message>
    <message>
        <source>The meeting has no item %1.</source>
        <translation>Cuộc họp không có nội dung %1.</translation>
    </message>
    <message>
        <source>%1 cannot be put back as No. %2: %3 has that number now.</source>
        <translation>Không thể khôi phục %1 với số %2: số này nay đã thuộc về %3.</translation>
    </message>
    <message>
        <source>%1 is on the roster already.</source>
        <translation>%1 đã có trong danh sách.</translation>
    </message>
    <message>
        <source>A question needs its text.</source>
        <translation>Câu hỏi cần có nội dung.</translation>
    </message>
    <message>
        <source>A question&apos;s text is limited to %1 characters.</source>
        <translation>Nội dung câu hỏi tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>“%1” needs at least two options.</source>
        <translation>“%1” cần ít nhất hai phương án.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 options.</source>
        <translation>“%1” có hơn %2 phương án.</translation>
    </message>
    <message>
        <source>A rating has %1 labels, one per point, or none.</source>
        <translation>Câu đánh giá có %1 nhãn, mỗi mức một nhãn, hoặc không có nhãn nào.</translation>
    </message>
    <message>
        <source>This survey has answers already, so its questions stay as they were answered. Make a copy of the survey to change them.</source>
        <translation>Khảo sát này đã có người trả lời nên các câu hỏi được giữ nguyên như lúc trả lời. Hãy tạo bản sao của khảo sát để thay đổi câu hỏi.</translation>
    </message>
    <message>
        <source>No such question.</source>
        <translation>Không có câu hỏi này.</translation>
    </message>
    <message>
        <source>A survey needs a title.</source>
        <translation>Khảo sát cần có tiêu đề.</translation>
    </message>
    <message>
        <source>A survey holds at most %1 questions.</source>
        <translation>Một khảo sát có tối đa %1 câu hỏi.</translation>
    </message>
    <message>
        <source>Could not find a free code for the survey.</source>
        <translation>Không tìm được mã trống cho khảo sát.</translation>
    </message>
    <message>
        <source>No such survey.</source>
        <translation>Không có khảo sát này.</translation>
    </message>
    <message>
        <source>“%1” has no questions yet: add some before opening it.</source>
        <translation>“%1” chưa có câu hỏi: hãy thêm câu hỏi trước khi mở.</translation>
    </message>
    <message>
        <source>Phones are answering this survey: close it to change its questions.</source>
        <translation>Khảo sát đang được trả lời trên điện thoại: hãy đóng khảo sát để sửa câu hỏi.</translation>
    </message>
    <message>
        <source>Only a meeting&apos;s survey can take one response per delegate: a standing survey has no roster.</source>
        <translation>Chỉ khảo sát của một hội nghị mới tính mỗi đại biểu một phiếu: khảo sát thường trực không có danh sách đại biểu.</translation>
    </message>
    <message>
        <source>“%1” has responses already: who counts as one respondent stays as it was when they answered.</source>
        <translation>“%1” đã có câu trả lời: cách tính người trả lời giữ nguyên như lúc họ trả lời.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is too long for a header: at most four lines and 300 characters.</source>
        <translation>Tên cơ quan quá dài cho phần tiêu đề: tối đa bốn dòng và 300 ký tự.</translation>
    </message>
    <message>
        <source>The place is too long: at most 100 characters.</source>
        <translation>Địa danh quá dài: tối đa 100 ký tự.</translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation>Không có hội nghị %1.</translation>
    </message>
    <message>
        <source>“%1” is not a web address: give one such as https://doanphuong.vn or https://example.org/hoinghi.</source>
        <translation>“%1” không phải là địa chỉ web: hãy nhập địa chỉ như https://doanphuong.vn hoặc https://example.org/hoinghi.</translation>
    </message>
</context>
<context>
    <name>docket::EditDelegateCommand</name>
    <message>
        <source>Edit delegate “%1”</source>
        <translation>Sửa đại biểu “%1”</translation>
    </message>
</context>
<context>
    <name>docket::EditItemCommand</name>
    <message>
        <source>Edit agenda item “%1”</source>
        <translation>Sửa nội dung “%1”</translation>
    </message>
</context>
<context>
    <name>docket::EditQuestionCommand</name>
    <message>
        <source>Edit question “%1”</source>
        <translation>Sửa câu hỏi “%1”</translation>
    </message>
</context>
<context>
    <name>docket::HallDialog</name>
    <message>
        <source>&amp;Check-in at the door</source>
        <translation>Điểm &amp;danh tại cửa</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>Danh &amp;sách</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Scan a delegate&apos;s badge with the handheld scanner, or type its code and press Enter.</source>
        <translation>Quét thẻ đại biểu bằng máy quét cầm tay, hoặc gõ mã thẻ rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Mã thẻ</translation>
    </message>
    <message>
        <source>Last scans:</source>
        <translation>Lượt quét gần đây:</translation>
    </message>
    <message>
        <source>Find by name or unit, with or without marks</source>
        <translation>Tìm theo tên hoặc đơn vị, có dấu hay không dấu</translation>
    </message>
    <message>
        <source>Find a delegate</source>
        <translation>Tìm đại biểu</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Điểm &amp;danh</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Ghi &amp;ra về</translation>
    </message>
    <message>
        <source>Quorum:</source>
        <translation>Điều kiện:</translation>
    </message>
    <message>
        <source>more than half</source>
        <translation>quá một nửa</translation>
    </message>
    <message>
        <source>at least two thirds</source>
        <translation>ít nhất hai phần ba</translation>
    </message>
    <message>
        <source>at least a percentage</source>
        <translation>ít nhất một tỉ lệ</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>Quorum percentage</source>
        <translation>Tỉ lệ phần trăm</translation>
    </message>
    <message>
        <source>New delegate&apos;s full name</source>
        <translation>Họ và tên đại biểu mới</translation>
    </message>
    <message>
        <source>New delegate&apos;s unit</source>
        <translation>Đơn vị của đại biểu mới</translation>
    </message>
    <message>
        <source>New delegate&apos;s delegation</source>
        <translation>Đoàn của đại biểu mới</translation>
    </message>
    <message>
        <source>&amp;Add delegate</source>
        <translation>&amp;Thêm đại biểu</translation>
    </message>
    <message>
        <source>Hall: %1</source>
        <translation>Hội trường: %1</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(không thuộc đoàn)</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>ra về lúc %1</translation>
    </message>
    <message>
        <source>Not a badge of this meeting</source>
        <translation>Không phải thẻ của cuộc họp này</translation>
    </message>
    <message>
        <source>Refused: nobody was checked in.</source>
        <translation>Từ chối: không ai được điểm danh.</translation>
    </message>
    <message>
        <source>Already checked in at %1</source>
        <translation>Đã điểm danh lúc %1</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Điểm danh lúc %1</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>Nhập danh sách đại biểu</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) added to the roster.</source>
        <translation>
            <numerusform>Đã thêm %n đại biểu vào danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export record…</source>
        <translation>&amp;Xuất biên bản…</translation>
    </message>
    <message>
        <source>The attendance record: a PDF to sign and file, an Excel workbook, or a CSV</source>
        <translation>Biên bản điểm danh: tệp PDF để ký và lưu, bảng tính Excel hoặc tệp CSV</translation>
    </message>
    <message>
        <source>Attendance record to sign (*.pdf)</source>
        <translation>Biên bản điểm danh để ký (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Attendance record %1.pdf</source>
        <translation>Biên bản điểm danh %1.pdf</translation>
    </message>
    <message>
        <source>Export the attendance record</source>
        <translation>Xuất biên bản điểm danh</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Saved the attendance record to %1.</source>
        <translation>Đã lưu biên bản điểm danh vào %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Không có gì để hoàn tác</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Không có gì để làm lại</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Nhập danh sách…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Xóa &amp;bỏ</translation>
    </message>
    <message>
        <source>Rosters from Excel (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt)</source>
        <translation>Danh sách từ Excel (*.xlsx *.csv *.txt);;Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Removed %1 (No. %2). Undo (%3) puts them back, badge and check-ins.</source>
        <translation>Đã xóa %1 (số %2). Hoàn tác (%3) sẽ khôi phục đại biểu, cả thẻ và lượt điểm danh.</translation>
    </message>
    <message>
        <source>A delegate&apos;s number is a whole number, such as 12.</source>
        <translation>Số của đại biểu là một số nguyên, ví dụ 12.</translation>
    </message>
</context>
<context>
    <name>docket::HallPreparation</name>
    <message>
        <source>This meeting has no PDF pages to prepare.</source>
        <translation>Hội nghị này không có trang PDF nào để chuẩn bị.</translation>
    </message>
    <message>
        <source>Prepare for the hall</source>
        <translation>Chuẩn bị cho hội trường</translation>
    </message>
    <message>
        <source>Preparing page images: %1 of %2</source>
        <translation>Đang chuẩn bị ảnh trang: %1/%2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stopping: waiting for the pages being drawn now…</source>
        <translation>Đang dừng: chờ các trang đang vẽ xong…</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không rõ lý do</translation>
    </message>
    <message>
        <source>Preparing for the hall stopped: %1 of %2 page images ready.</source>
        <translation>Đã dừng chuẩn bị: %1/%2 ảnh trang đã sẵn sàng.</translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) ready for the hall.</source>
        <translation>
            <numerusform>%n ảnh trang đã sẵn sàng cho hội trường.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) ready for the hall (%1 could not be drawn: %2).</source>
        <translation>
            <numerusform>%n ảnh trang đã sẵn sàng cho hội trường (%1 ảnh không vẽ được: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page image(s) could not be drawn: %1
Phones will ask for them when delegates open those pages, as without preparing.</source>
        <translation>
            <numerusform>%n ảnh trang không vẽ được: %1
Điện thoại sẽ yêu cầu các trang đó khi đại biểu mở đến, như khi không chuẩn bị.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::HostingBar</name>
    <message>
        <source>The network delegates&apos; phones are on</source>
        <translation>Mạng mà điện thoại của đại biểu đang kết nối</translation>
    </message>
    <message>
        <source>Look for network interfaces again</source>
        <translation>Tìm lại các giao diện mạng</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cổng trống bất kỳ</translation>
    </message>
    <message>
        <source>Port number</source>
        <translation>Số cổng</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Mạng:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(mặc định)</translation>
    </message>
    <message>
        <source>(this computer only)</source>
        <translation>(chỉ máy này)</translation>
    </message>
    <message>
        <source>No network interface is available. Connect this computer to the venue network first.</source>
        <translation>Không có giao diện mạng nào. Hãy kết nối máy tính này vào mạng nội bộ hội trường trước.</translation>
    </message>
    <message>
        <source>Stop hosting</source>
        <translation>Dừng phát</translation>
    </message>
    <message>
        <source>Start hosting</source>
        <translation>Bắt đầu phát</translation>
    </message>
    <message>
        <source>Delegates reach open meetings at %1</source>
        <translation>Đại biểu truy cập các hội nghị đang mở tại %1</translation>
    </message>
    <message>
        <source>Not hosting: delegates cannot reach any meeting.</source>
        <translation>Hiện không phát: đại biểu không truy cập được hội nghị nào.</translation>
    </message>
    <message>
        <source>Served by %1: delegates reach open meetings through it.</source>
        <translation>Đang được %1 phát: đại biểu truy cập các hội nghị đang mở qua đó.</translation>
    </message>
    <message>
        <source>Served by %1 at %2: delegates reach open meetings there.</source>
        <translation>Đang được %1 phát tại %2: đại biểu truy cập các hội nghị đang mở tại đó.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n điện thoại đang kết nối</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>docket::MainWindow</name>
    <message>
        <source>Docket</source>
        <translation>Docket</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Tạo hội nghị mới…</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Xóa hội nghị…</translation>
    </message>
    <message>
        <source>Add agenda &amp;item…</source>
        <translation>Thêm &amp;nội dung…</translation>
    </message>
    <message>
        <source>Add &amp;documents…</source>
        <translation>Thêm &amp;tài liệu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Gỡ bỏ…</translation>
    </message>
    <message>
        <source>&amp;Open to delegates</source>
        <translation>&amp;Mở cho đại biểu</translation>
    </message>
    <message>
        <source>Only meetings open to delegates are served</source>
        <translation>Chỉ các hội nghị đã mở cho đại biểu mới được phát</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Hội nghị</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Công cụ chính</translation>
    </message>
    <message>
        <source>Where the meeting takes place</source>
        <translation>Nơi tổ chức hội nghị</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên hội nghị:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>Delegates:</source>
        <translation>Đại biểu:</translation>
    </message>
    <message>
        <source>No meeting yet.
Create one with Meeting ▸ New meeting (Ctrl+N).</source>
        <translation>Chưa có hội nghị nào.
Tạo hội nghị bằng Hội nghị ▸ Tạo hội nghị mới (Ctrl+N).</translation>
    </message>
    <message>
        <source>Hosting started.</source>
        <translation>Đã bắt đầu phát.</translation>
    </message>
    <message>
        <source>Hosting stopped.</source>
        <translation>Đã dừng phát.</translation>
    </message>
    <message>
        <source>%1 — Docket</source>
        <translation>%1 — Docket</translation>
    </message>
    <message>
        <source>Open: delegates can reach it while hosting runs (code %1)</source>
        <translation>Đã mở: đại biểu truy cập được khi đang phát (mã %1)</translation>
    </message>
    <message>
        <source>%1: delegates cannot reach it (code %2)</source>
        <translation>%1: đại biểu không truy cập được (mã %2)</translation>
    </message>
    <message>
        <source>Create or select a meeting to see its QR codes.</source>
        <translation>Tạo hoặc chọn một hội nghị để xem mã QR.</translation>
    </message>
    <message>
        <source>No network interface: connect this computer to the venue network.</source>
        <translation>Không có giao diện mạng: hãy kết nối máy tính này vào mạng nội bộ hội trường.</translation>
    </message>
    <message>
        <source>(not open to delegates yet)</source>
        <translation>(chưa mở cho đại biểu)</translation>
    </message>
    <message>
        <source>(start hosting so that phones can reach it)</source>
        <translation>(hãy bắt đầu phát để điện thoại truy cập được)</translation>
    </message>
    <message>
        <source>item-%1-qr</source>
        <translation>noi-dung-%1-qr</translation>
    </message>
    <message>
        <source>meeting-qr</source>
        <translation>hoi-nghi-qr</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; (delegate code %2).</source>
        <translation>Đã tạo &quot;%1&quot; (mã truy cập %2).</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Xóa hội nghị</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; with its agenda and documents? This cannot be undone.</source>
        <translation>Xóa &quot;%1&quot; cùng toàn bộ chương trình và tài liệu? Thao tác này không thể hoàn tác.</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Thêm nội dung chương trình</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Thêm tài liệu</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.odp *.txt *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Tài liệu (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.ppt *.pptx *.odp *.txt *.jpg *.jpeg *.png);;Tất cả các tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n document(s)…</source>
        <translation>
            <numerusform>Đang thêm %n tài liệu…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Added, but delegates may not be able to read:
%1</source>
        <translation>Đã thêm, nhưng đại biểu có thể không đọc được:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Đã thêm %n tài liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Đổi tên tài liệu</translation>
    </message>
    <message>
        <source>Title shown to delegates:</source>
        <translation>Tên hiển thị cho đại biểu:</translation>
    </message>
    <message>
        <source>Edit agenda item %1</source>
        <translation>Sửa nội dung %1</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Gỡ bỏ tài liệu</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the agenda? Delegates will no longer see it.</source>
        <translation>Gỡ &quot;%1&quot; khỏi chương trình? Đại biểu sẽ không còn thấy tài liệu này.</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Gỡ bỏ nội dung chương trình</translation>
    </message>
    <message>
        <source>Remove item %1 &quot;%2&quot; and its documents? The items after it move up one number, so printed QR codes for them change.</source>
        <translation>Gỡ bỏ nội dung %1 &quot;%2&quot; cùng các tài liệu của nội dung này? Các nội dung phía sau sẽ được đánh số lùi lên một, nên mã QR đã in cho các nội dung đó sẽ không còn đúng.</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Chưa có ngày</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was added.</source>
        <translation>Đã hủy nhập: chưa thêm tài liệu nào.</translation>
    </message>
    <message>
        <source>Renumber the agenda</source>
        <translation>Đánh số lại chương trình</translation>
    </message>
    <message>
        <source>Delegates are using this meeting. Moving the item swaps numbers %1 and %2, so printed QR codes for them will lead to each other&apos;s documents. Move it anyway?</source>
        <translation>Đại biểu đang sử dụng hội nghị này. Chuyển nội dung sẽ đổi chỗ số %1 và %2, nên mã QR đã in của hai nội dung này sẽ dẫn đến tài liệu của nhau. Vẫn chuyển?</translation>
    </message>
    <message>
        <source>PIN: on…</source>
        <translation>PIN: bật…</translation>
    </message>
    <message>
        <source>PIN: off…</source>
        <translation>PIN: tắt…</translation>
    </message>
    <message>
        <source>Ask delegates for a PIN, once per phone</source>
        <translation>Yêu cầu đại biểu nhập mã PIN, một lần trên mỗi điện thoại</translation>
    </message>
    <message>
        <source>Meeting PIN</source>
        <translation>Mã PIN của hội nghị</translation>
    </message>
    <message>
        <source>A PIN is set. Enter a new one (4 to 8 digits), or leave empty to remove it.
Phones that entered the old PIN will have to enter the new one.</source>
        <translation>Hội nghị đã có mã PIN. Nhập mã mới (4 đến 8 chữ số), hoặc để trống để bỏ mã.
Các điện thoại đã nhập mã cũ sẽ phải nhập mã mới.</translation>
    </message>
    <message>
        <source>Delegates will enter this PIN once on their phone (4 to 8 digits).
Leave empty for no PIN.</source>
        <translation>Đại biểu sẽ nhập mã PIN này một lần trên điện thoại (4 đến 8 chữ số).
Để trống nếu không dùng mã PIN.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Mã PIN gồm 4 đến 8 chữ số.</translation>
    </message>
    <message>
        <source>The meeting no longer asks for a PIN.</source>
        <translation>Hội nghị không còn yêu cầu mã PIN.</translation>
    </message>
    <message>
        <source>The meeting now asks for a PIN.</source>
        <translation>Hội nghị giờ yêu cầu mã PIN.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Xuất PDF…</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>Máy &amp;chiếu</translation>
    </message>
    <message>
        <source>Wi-Fi…</source>
        <translation>Wi-Fi…</translation>
    </message>
    <message>
        <source>The network delegates join, shown on the welcome slide and the poster</source>
        <translation>Mạng mà đại biểu kết nối, hiện trên trang chào mừng và áp phích</translation>
    </message>
    <message>
        <source>Wi-Fi:</source>
        <translation>Wi-Fi:</translation>
    </message>
    <message>
        <source>%1 (this meeting&apos;s own network)</source>
        <translation>%1 (mạng riêng của hội nghị này)</translation>
    </message>
    <message>
        <source>%1 (venue default)</source>
        <translation>%1 (mặc định của hội trường)</translation>
    </message>
    <message>
        <source>None: the welcome slide shows no Wi-Fi</source>
        <translation>Chưa có: trang chào mừng không hiện Wi-Fi</translation>
    </message>
    <message>
        <source>Wi-Fi saved: it shows on the welcome slide and the poster.</source>
        <translation>Đã lưu Wi-Fi: mạng sẽ hiện trên trang chào mừng và áp phích.</translation>
    </message>
    <message>
        <source>Prepare for the &amp;hall…</source>
        <translation>Chuẩn bị cho &amp;hội trường…</translation>
    </message>
    <message>
        <source>Draw every page image of the meeting now, so that delegates&apos; phones get them at once</source>
        <translation>Vẽ sẵn mọi ảnh trang của hội nghị để điện thoại của đại biểu nhận được ngay</translation>
    </message>
    <message>
        <source>Re&amp;place with new version…</source>
        <translation>&amp;Thay bằng phiên bản mới…</translation>
    </message>
    <message>
        <source>Phones get the new file through the same link and QR code; nothing needs reprinting</source>
        <translation>Điện thoại nhận tệp mới qua cùng đường dẫn và mã QR; không cần in lại gì</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>Các &amp;phiên bản…</translation>
    </message>
    <message>
        <source>Every version of the document: serve an earlier one again, or save a copy</source>
        <translation>Mọi phiên bản của tài liệu: phục vụ lại một bản trước, hoặc lưu một bản sao</translation>
    </message>
    <message>
        <source>Replace “%1” with a new version</source>
        <translation>Thay “%1” bằng phiên bản mới</translation>
    </message>
    <message>
        <source>Replace document</source>
        <translation>Thay tài liệu</translation>
    </message>
    <message>
        <source>Replace “%1” with %2? Phones get the new version through the same QR code.</source>
        <translation>Thay “%1” bằng %2? Điện thoại nhận phiên bản mới qua cùng mã QR.</translation>
    </message>
    <message>
        <source>Replacing “%1”…</source>
        <translation>Đang thay “%1”…</translation>
    </message>
    <message>
        <source>Replacement cancelled: phones still get the version they had.</source>
        <translation>Đã hủy thay thế: điện thoại vẫn nhận phiên bản cũ.</translation>
    </message>
    <message>
        <source>Replaced, but delegates may not be able to read:
%1</source>
        <translation>Đã thay, nhưng đại biểu có thể không đọc được:
%1</translation>
    </message>
    <message>
        <source>“%1” now serves %2 — its link and the item&apos;s QR code are unchanged.</source>
        <translation>“%1” giờ phục vụ %2 — đường dẫn và mã QR của nội dung vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Verify stored files…</source>
        <translation>&amp;Kiểm tra các tệp đã lưu…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Thư viện</translation>
    </message>
    <message>
        <source>Drop files on an agenda item to add them as its documents, a folder to make agenda items of its sub-folders, or one file on a document to replace it with a new version.</source>
        <translation>Kéo thả tệp vào một nội dung chương trình để thêm làm tài liệu, thả một thư mục để tạo các nội dung từ thư mục con, hoặc thả một tệp lên một tài liệu để thay bằng phiên bản mới.</translation>
    </message>
    <message>
        <source>Busy with other work: try again once it is done.</source>
        <translation>Đang bận việc khác: hãy thử lại khi xong.</translation>
    </message>
    <message>
        <source>Nothing to add: the folder holds no files.</source>
        <translation>Không có gì để thêm: thư mục không có tệp nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n thư mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Thêm một thư mục</translation>
    </message>
    <message numerus="yes">
        <source>Made %n agenda item(s) from the folder.</source>
        <translation>
            <numerusform>Đã tạo %n nội dung chương trình từ thư mục.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not added:</source>
        <translation>
            <numerusform>%n tệp không được thêm:</numerusform>
        </translation>
    </message>
    <message>
        <source>Already elsewhere in the library, stored once: %1.</source>
        <translation>Đã có ở nơi khác trong thư viện, chỉ lưu một lần: %1.</translation>
    </message>
    <message>
        <source>Checking every stored file against its SHA-256…</source>
        <translation>Đang kiểm tra từng tệp đã lưu theo SHA-256…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Verify stored files</source>
        <translation>Kiểm tra các tệp đã lưu</translation>
    </message>
    <message numerus="yes">
        <source>%n stored file(s) failed the check:</source>
        <translation>
            <numerusform>%n tệp đã lưu không qua kiểm tra:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification stopped after %n stored file(s).</source>
        <translation>
            <numerusform>Đã dừng kiểm tra sau %n tệp đã lưu.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Thùng rác…</translation>
    </message>
    <message>
        <source>Documents removed from the meeting, to restore</source>
        <translation>Tài liệu đã gỡ khỏi hội nghị, có thể khôi phục</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Host on the network the phones are on, then print again. Put this address on paper anyway?</source>
        <translation>Hãy phát trên mạng mà điện thoại đang dùng rồi in lại. Vẫn in địa chỉ này ra giấy?</translation>
    </message>
    <message>
        <source>Check the catalog and hash every stored file again, to prove each is the file that was shown and to find a disk that lost or changed one</source>
        <translation>Kiểm tra cơ sở dữ liệu và băm lại mọi tệp đã lưu, để chứng minh mỗi tệp đúng là tệp đã trình chiếu và để phát hiện ổ đĩa làm mất hoặc làm thay đổi tệp</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Put the newest good backup of the catalog in place of the current one, which is kept aside</source>
        <translation>Thay cơ sở dữ liệu hiện tại bằng bản sao lưu tốt gần nhất; cơ sở dữ liệu hiện tại được cất riêng</translation>
    </message>
    <message>
        <source>The last automatic backup of the catalog failed: %1</source>
        <translation>Lần sao lưu tự động gần nhất của cơ sở dữ liệu không thành công: %1</translation>
    </message>
    <message>
        <source>No good backup of the catalog is available in %1.</source>
        <translation>Không có bản sao lưu tốt nào của cơ sở dữ liệu trong %1.</translation>
    </message>
    <message>
        <source>Put the newest good backup of the catalog, made %1, in place of the current one? The current catalog is kept aside in %2. Docket then starts again (any hosting stops for a moment).</source>
        <translation>Thay cơ sở dữ liệu hiện tại bằng bản sao lưu tốt gần nhất, tạo lúc %1? Cơ sở dữ liệu hiện tại được cất riêng trong %2. Sau đó Docket sẽ khởi động lại (việc phục vụ, nếu có, sẽ ngừng trong giây lát).</translation>
    </message>
    <message>
        <source>Restore the catalog</source>
        <translation>Khôi phục cơ sở dữ liệu</translation>
    </message>
    <message numerus="yes">
        <source>The catalog was restored from the backup made %1 (%n meeting(s)). The catalog it replaced is kept as %2.</source>
        <translation>
            <numerusform>Đã khôi phục cơ sở dữ liệu từ bản sao lưu tạo lúc %1 (%n hội nghị). Cơ sở dữ liệu bị thay thế được giữ lại tại %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n stored file(s) and the catalog are intact.</source>
        <translation>
            <numerusform>Cả %n tệp đã lưu và cơ sở dữ liệu đều nguyên vẹn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hosting resumed at %1 with the restored catalog.</source>
        <translation>Đã phát lại tại %1 với danh mục vừa khôi phục.</translation>
    </message>
    <message>
        <source>Hosting stopped for the restore and could not start again: delegates cannot reach any meeting until it is started.</source>
        <translation>Việc phát đã dừng để khôi phục và không khởi động lại được: đại biểu không truy cập được hội nghị nào cho đến khi bắt đầu phát lại.</translation>
    </message>
    <message>
        <source>Start hosting to see the QR codes: the port is chosen then.</source>
        <translation>Hãy bắt đầu phát để xem mã QR: cổng sẽ được chọn khi đó.</translation>
    </message>
    <message>
        <source>Close and mark &amp;archived…</source>
        <translation>Đóng và đánh dấu &amp;lưu trữ…</translation>
    </message>
    <message>
        <source>The meeting is finished: close it to delegates and keep it read-only, so that what was shown stays as it was</source>
        <translation>Hội nghị đã kết thúc: đóng với đại biểu và giữ ở chế độ chỉ đọc, để những gì đã trình chiếu được giữ nguyên</translation>
    </message>
    <message>
        <source>Reopen for &amp;editing…</source>
        <translation>Mở lại để &amp;chỉnh sửa…</translation>
    </message>
    <message>
        <source>Make an archived meeting editable again; the reopening is recorded with its reason</source>
        <translation>Cho phép sửa lại một hội nghị đã lưu trữ; việc mở lại được ghi nhận kèm lý do</translation>
    </message>
    <message>
        <source>Archived on %1: read-only (code %2). Meeting ▸ Reopen for editing to change it.</source>
        <translation>Đã lưu trữ lúc %1: chỉ đọc (mã %2). Chọn Hội nghị ▸ Mở lại để chỉnh sửa nếu cần thay đổi.</translation>
    </message>
    <message>
        <source>It is open to delegates now: it will be closed, and phones will no longer reach it. </source>
        <translation>Hội nghị đang mở cho đại biểu: hội nghị sẽ được đóng và điện thoại sẽ không còn truy cập được. </translation>
    </message>
    <message>
        <source>Mark as archived</source>
        <translation>Đánh dấu lưu trữ</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as archived? %2Nothing in it can be changed until it is reopened for editing, which is recorded.</source>
        <translation>Đánh dấu &quot;%1&quot; là đã lưu trữ? %2Không thể thay đổi gì trong hội nghị cho đến khi được mở lại để chỉnh sửa (việc mở lại được ghi nhận).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived.</source>
        <translation>&quot;%1&quot; đã được lưu trữ.</translation>
    </message>
    <message>
        <source>Reopen for editing</source>
        <translation>Mở lại để chỉnh sửa</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; reopened? (Kept in the meeting&apos;s record.)</source>
        <translation>Vì sao mở lại &quot;%1&quot;? (Được ghi vào nhật ký của hội nghị.)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be edited again; it stays closed to delegates.</source>
        <translation>&quot;%1&quot; đã chỉnh sửa được trở lại; đại biểu vẫn không truy cập được.</translation>
    </message>
    <message>
        <source>(archived: phones do not reach it)</source>
        <translation>(đã lưu trữ: điện thoại không truy cập được)</translation>
    </message>
    <message>
        <source>&amp;Check a file…</source>
        <translation>&amp;Kiểm tra một tệp…</translation>
    </message>
    <message>
        <source>Is this file exactly one that was shown? Which meeting, document and version hold it, when, and to how many phones</source>
        <translation>Tệp này có đúng là tệp đã trình chiếu? Hội nghị, tài liệu và phiên bản nào chứa nó, vào lúc nào, đến bao nhiêu điện thoại</translation>
    </message>
    <message>
        <source>&amp;Conference pack…</source>
        <translation>Tập tài liệu &amp;hội nghị…</translation>
    </message>
    <message>
        <source>One PDF to read or print: cover, agenda with page numbers, then every document, each page numbered</source>
        <translation>Một tệp PDF để đọc hoặc in: bìa, chương trình kèm số trang, rồi mọi tài liệu, trang nào cũng được đánh số</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Lưu trữ…</translation>
    </message>
    <message>
        <source>The meeting as one ZIP to keep: its documents under their names, an index page, the agenda and a manifest to check</source>
        <translation>Cuộc họp thành một tệp ZIP để lưu giữ: các tài liệu mang đúng tên, một trang mục lục, chương trình nghị sự và bản kê để kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Hall</source>
        <translation>&amp;Hội trường</translation>
    </message>
    <message>
        <source>&amp;Check-in at the door…</source>
        <translation>Điểm &amp;danh tại cửa…</translation>
    </message>
    <message>
        <source>A handheld scanner reads delegates&apos; badges into this window; the count against the quorum follows live.</source>
        <translation>Máy quét cầm tay đọc thẻ đại biểu vào cửa sổ này; số có mặt so với điều kiện được cập nhật ngay.</translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation>Danh &amp;sách đại biểu…</translation>
    </message>
    <message>
        <source>&amp;Surveys…</source>
        <translation>&amp;Khảo sát…</translation>
    </message>
    <message>
        <source>Feedback surveys of the selected meeting and the standing ones: their questions, QR codes and results as they come in</source>
        <translation>Các khảo sát lấy ý kiến của hội nghị đang chọn và các khảo sát thường trực: câu hỏi, mã QR và kết quả ngay khi có phiếu trả lời</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) are connected to this computer now.</source>
        <translation>
            <numerusform>Đang có %n điện thoại kết nối với máy tính này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quitting stops hosting: no phone reaches the meeting&apos;s documents until Docket hosts again. Quit anyway?</source>
        <translation>Thoát sẽ dừng phát: không điện thoại nào truy cập được tài liệu của hội nghị cho đến khi Docket phát lại. Vẫn thoát?</translation>
    </message>
    <message>
        <source>Stop hosting and quit</source>
        <translation>Dừng phát và thoát</translation>
    </message>
    <message>
        <source>The language of the delegates&apos; pages, the printed sheets and the slides</source>
        <translation>Ngôn ngữ của trang đại biểu xem, giấy in và trang chiếu</translation>
    </message>
    <message>
        <source>Delegates&apos; &amp;language:</source>
        <translation>Ngôn ngữ cho đại &amp;biểu:</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n điện thoại đang kết nối</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish to the &amp;web…</source>
        <translation>Công bố lên &amp;web…</translation>
    </message>
    <message>
        <source>A copy of the meeting for a web server or an rclone remote, for delegates on 4G and readers at home</source>
        <translation>Bản sao hội nghị cho máy chủ web hoặc một remote của rclone, cho đại biểu dùng 4G và người đọc ở nhà</translation>
    </message>
</context>
<context>
    <name>docket::MoveItemCommand</name>
    <message>
        <source>Move agenda item “%1”</source>
        <translation>Chuyển nội dung “%1”</translation>
    </message>
</context>
<context>
    <name>docket::MoveQuestionCommand</name>
    <message>
        <source>Move question “%1”</source>
        <translation>Chuyển câu hỏi “%1”</translation>
    </message>
</context>
<context>
    <name>docket::NewMeetingDialog</name>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Hội nghị mới</translation>
    </message>
    <message>
        <source>For example: Congress of the Youth Union of Ward 1, term 2027–2032</source>
        <translation>Ví dụ: Đại hội đại biểu Đoàn TNCS Hồ Chí Minh phường Bến Nghé lần thứ XII, nhiệm kỳ 2027–2032</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Chưa có ngày</translation>
    </message>
    <message>
        <source>Where the meeting takes place</source>
        <translation>Nơi diễn ra hội nghị</translation>
    </message>
    <message>
        <source>The language of the delegates&apos; pages, the printed sheets and the slides</source>
        <translation>Ngôn ngữ của trang đại biểu xem, giấy in và trang chiếu</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;iêu đề:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>Delegates&apos; &amp;language:</source>
        <translation>Ngôn ngữ cho đại &amp;biểu:</translation>
    </message>
</context>
<context>
    <name>docket::NewSurveyForm</name>
    <message>
        <source>New survey</source>
        <translation>Khảo sát mới</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Bắt đầu từ</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>The language of the questions phones show: the audience&apos;s</source>
        <translation>Ngôn ngữ của câu hỏi hiện trên điện thoại: ngôn ngữ của người trả lời</translation>
    </message>
    <message>
        <source>For a meeting (select one first)</source>
        <translation>Cho một hội nghị (hãy chọn hội nghị trước)</translation>
    </message>
    <message>
        <source>For the meeting “%1”</source>
        <translation>Cho hội nghị “%1”</translation>
    </message>
    <message>
        <source>Standing: not tied to a meeting, open as long as needed</source>
        <translation>Thường trực: không gắn với hội nghị nào, mở bao lâu tùy nhu cầu</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Bắt đầu từ:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>An empty survey</source>
        <translation>Khảo sát trống</translation>
    </message>
    <message>
        <source>One response per checked-in delegate (each scans their badge first)</source>
        <translation>Mỗi đại biểu đã điểm danh một phiếu (mỗi người quét thẻ đại biểu trước)</translation>
    </message>
</context>
<context>
    <name>docket::OcrJob</name>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop reading scanned pages; what is not done yet waits for Library ▸ Recognise text of scans or the next start</source>
        <translation>Dừng đọc các trang quét; phần chưa xong sẽ chờ Thư viện ▸ Nhận dạng chữ của bản quét hoặc lần mở sau</translation>
    </message>
    <message>
        <source>Recognise text of &amp;scans</source>
        <translation>Nhận dạng chữ của bản &amp;quét</translation>
    </message>
    <message>
        <source>Read the text of scanned pages (OCR) so that search finds them; Docket does it by itself after an import</source>
        <translation>Đọc chữ trên các trang quét (OCR) để tìm kiếm thấy được; Docket tự làm việc này sau khi nhập tài liệu</translation>
    </message>
    <message>
        <source>Stopping text recognition…</source>
        <translation>Đang dừng nhận dạng chữ…</translation>
    </message>
    <message numerus="yes">
        <source>Text recognition paused: %1 of %n page(s)</source>
        <translation>
            <numerusform>Đã tạm dừng nhận dạng chữ: %1/%n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recognising text: %1 of %n page(s)</source>
        <translation>
            <numerusform>Đang nhận dạng chữ: %1/%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
</context>
<context>
    <name>docket::PrintSetupDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>Agenda sheet</source>
        <translation>Tờ chương trình</translation>
    </message>
    <message>
        <source>Cards: an item&apos;s code, large</source>
        <translation>Thẻ: mã của từng nội dung, in lớn</translation>
    </message>
    <message>
        <source>Tent cards: folded to stand on a table</source>
        <translation>Thẻ gấp: gấp đôi để đứng trên bàn</translation>
    </message>
    <message>
        <source>Poster: Wi-Fi and meeting</source>
        <translation>Áp phích: Wi-Fi và hội nghị</translation>
    </message>
    <message>
        <source>Delegates&apos; badges, with their check-in codes</source>
        <translation>Thẻ đại biểu, kèm mã điểm danh</translation>
    </message>
    <message numerus="yes">
        <source>%n to a page</source>
        <translation>
            <numerusform>%n thẻ một trang</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Official header: the organisation, place and date</source>
        <translation>Tiêu đề &amp;chính thức: cơ quan, địa danh và ngày tháng</translation>
    </message>
    <message>
        <source>For example: YOUTH UNION
WARD 1 COMMITTEE</source>
        <translation>Ví dụ: ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN PHƯỜNG BẾN NGHÉ</translation>
    </message>
    <message>
        <source>For example: Hanoi</source>
        <translation>Ví dụ: TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Organi&amp;sation:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>List each item&apos;s &amp;documents</source>
        <translation>Liệt kê tài liệu của từng &amp;nội dung</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Kiểu in:</translation>
    </message>
    <message>
        <source>&amp;Cards:</source>
        <translation>&amp;Thẻ:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Khổ &amp;giấy:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Xuất PDF…</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>A5 (148 × 210 mm)</source>
        <translation>A5 (148 × 210 mm)</translation>
    </message>
    <message>
        <source>US Letter (216 × 279 mm)</source>
        <translation>Letter Mỹ (216 × 279 mm)</translation>
    </message>
    <message>
        <source>The hall&apos;s server: %1</source>
        <translation>Máy chủ trong hội trường: %1</translation>
    </message>
    <message>
        <source>The published copy: %1</source>
        <translation>Bản sao đã công bố: %1</translation>
    </message>
    <message>
        <source>The published copy&apos;s codes work in the hall and at home (Meeting ▸ Publish to the web).</source>
        <translation>Mã QR của bản sao đã công bố dùng được cả trong hội trường lẫn ở nhà (Hội nghị ▸ Công bố lên web).</translation>
    </message>
    <message>
        <source>Codes lead &amp;to:</source>
        <translation>&amp;Mã QR dẫn tới:</translation>
    </message>
</context>
<context>
    <name>docket::ProjectorController</name>
    <message>
        <source>&amp;Show projector</source>
        <translation>&amp;Bật máy chiếu</translation>
    </message>
    <message>
        <source>&amp;Welcome slide</source>
        <translation>Trang &amp;chào mừng</translation>
    </message>
    <message>
        <source>&amp;Project selected item</source>
        <translation>&amp;Chiếu nội dung đang chọn</translation>
    </message>
    <message>
        <source>&amp;Blank screen</source>
        <translation>&amp;Tắt hình</translation>
    </message>
    <message>
        <source>Show the slides full screen on the projector (Esc on it leaves)</source>
        <translation>Chiếu toàn màn hình lên máy chiếu (nhấn Esc trên đó để thoát)</translation>
    </message>
    <message>
        <source>Project the Wi-Fi and meeting codes while people arrive</source>
        <translation>Chiếu mã Wi-Fi và mã hội nghị trong lúc đại biểu đến</translation>
    </message>
    <message>
        <source>Put the selected agenda item&apos;s code on the projector</source>
        <translation>Chiếu mã của nội dung chương trình đang chọn</translation>
    </message>
    <message>
        <source>Black out the projector (B or &quot;.&quot; on the projector)</source>
        <translation>Tắt hình máy chiếu (phím B hoặc &quot;.&quot; trên máy chiếu)</translation>
    </message>
    <message>
        <source>S&amp;creen</source>
        <translation>&amp;Màn hình</translation>
    </message>
    <message>
        <source>Projector: off until its screen is back</source>
        <translation>Máy chiếu: tắt cho đến khi màn hình được cắm lại</translation>
    </message>
    <message>
        <source>Projector: off</source>
        <translation>Máy chiếu: tắt</translation>
    </message>
    <message>
        <source>Projector: blank</source>
        <translation>Máy chiếu: tắt hình</translation>
    </message>
    <message>
        <source>Projector: welcome slide</source>
        <translation>Máy chiếu: trang chào mừng</translation>
    </message>
    <message>
        <source>Projector: %1. %2</source>
        <translation>Máy chiếu: %1. %2</translation>
    </message>
    <message>
        <source>The projector&apos;s screen (%1) was disconnected: the projector is off until it is back.</source>
        <translation>Màn hình máy chiếu (%1) đã bị ngắt: máy chiếu tắt cho đến khi màn hình được cắm lại.</translation>
    </message>
    <message>
        <source>Projecting again on %1.</source>
        <translation>Đang chiếu lại trên %1.</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Màn hình %1</translation>
    </message>
    <message>
        <source>%1 — %2x%3</source>
        <translation>%1 — %2x%3</translation>
    </message>
    <message>
        <source>&amp;Quorum slide</source>
        <translation>Trang &amp;số đại biểu có mặt</translation>
    </message>
    <message>
        <source>Project how many delegates are present against the quorum, live</source>
        <translation>Chiếu số đại biểu có mặt so với điều kiện, cập nhật trực tiếp</translation>
    </message>
    <message>
        <source>Projector: quorum</source>
        <translation>Máy chiếu: số đại biểu có mặt</translation>
    </message>
    <message>
        <source>Projector: survey code</source>
        <translation>Máy chiếu: mã khảo sát</translation>
    </message>
    <message>
        <source>Projector: survey results, question %1 of %2</source>
        <translation>Máy chiếu: kết quả khảo sát, câu %1/%2</translation>
    </message>
    <message>
        <source>Once the meeting is published (Meeting ▸ Publish to the web), its codes on the projector lead to the copy: phones on 4G reach it too</source>
        <translation>Khi hội nghị đã được công bố (Hội nghị ▸ Công bố lên web), mã QR trên máy chiếu dẫn tới bản sao: điện thoại dùng 4G cũng mở được</translation>
    </message>
    <message>
        <source>Codes lead to the published c&amp;opy</source>
        <translation>Mã &amp;QR dẫn tới bản sao đã công bố</translation>
    </message>
</context>
<context>
    <name>docket::ProjectorWindow</name>
    <message>
        <source>Docket projector</source>
        <translation>Máy chiếu Docket</translation>
    </message>
</context>
<context>
    <name>docket::ProofDialog</name>
    <message>
        <source>Check a file</source>
        <translation>Kiểm tra một tệp</translation>
    </message>
    <message>
        <source>Drop a file here, or choose one, to learn whether it is exactly a file Docket stored: which meeting, item, document and version hold these bytes, when it was current, and to how many phones it went.</source>
        <translation>Thả một tệp vào đây, hoặc chọn một tệp, để biết tệp đó có đúng là tệp Docket đã lưu: hội nghị, nội dung, tài liệu và phiên bản nào chứa đúng các byte này, thời gian là bản hiện hành, và đã đến bao nhiêu điện thoại.</translation>
    </message>
    <message>
        <source>No file checked yet.</source>
        <translation>Chưa kiểm tra tệp nào.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Chọn một tệp…</translation>
    </message>
    <message>
        <source>Checking %1: %2 of %3</source>
        <translation>Đang kiểm tra %1: %2/%3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>docket::PublishDialog</name>
    <message>
        <source>Publish to the web</source>
        <translation>Công bố lên web</translation>
    </message>
    <message>
        <source>A copy of the meeting&apos;s pages and documents for a web server (nginx, Caddy, Apache) or any rclone remote (S3, WebDAV, SFTP), at the same addresses as in the hall: delegates on 4G and readers at home use the same codes. Publishing again sends only what changed.</source>
        <translation>Bản sao các trang và tài liệu của hội nghị cho một máy chủ web (nginx, Caddy, Apache) hoặc bất kỳ remote nào của rclone (S3, WebDAV, SFTP), cùng địa chỉ như trong hội trường: đại biểu dùng 4G và người đọc ở nhà dùng cùng mã QR. Công bố lại chỉ gửi những gì đã đổi.</translation>
    </message>
    <message>
        <source>/srv/www/docket or union-s3:site/docket</source>
        <translation>/srv/www/docket hoặc union-s3:site/docket</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>&amp;Thư mục…</translation>
    </message>
    <message>
        <source>Publish into folder</source>
        <translation>Công bố vào thư mục</translation>
    </message>
    <message>
        <source>https://hoinghi.doanphuong.vn</source>
        <translation>https://hoinghi.doanphuong.vn</translation>
    </message>
    <message>
        <source>Where the web server shows the folder: printed codes and the projector can then lead there (Print setup, Projector).</source>
        <translation>Nơi máy chủ web hiển thị thư mục: mã in trên giấy và máy chiếu có thể dẫn tới đó (Thiết lập in, Máy chiếu).</translation>
    </message>
    <message>
        <source>&amp;Keep it in step while Docket is open</source>
        <translation>&amp;Giữ bản sao luôn cập nhật khi Docket đang mở</translation>
    </message>
    <message>
        <source>A replaced document, a new item or a new order of the agenda is on the copy within seconds.</source>
        <translation>Tài liệu được thay, nội dung mới hay thứ tự chương trình mới có trên bản sao sau vài giây.</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Nơi công bố:</translation>
    </message>
    <message>
        <source>&amp;Public address:</source>
        <translation>Địa chỉ công &amp;khai:</translation>
    </message>
    <message>
        <source>This meeting has a PIN, which cannot protect a published copy: anyone with the address can read it. Use the web server&apos;s own access control (docket-cli publish --server-config writes it, commented out).</source>
        <translation>Hội nghị này có mã PIN, nhưng mã PIN không bảo vệ được bản sao đã công bố: ai có địa chỉ đều đọc được. Hãy dùng cách kiểm soát truy cập của chính máy chủ web (docket-cli publish --server-config viết sẵn, ở dạng chú thích).</translation>
    </message>
    <message>
        <source>Access counts, check-ins and survey answers stay on this computer: the copy has no forms and records nothing.</source>
        <translation>Số lượt xem, điểm danh và câu trả lời khảo sát được giữ trên máy này: bản sao không có biểu mẫu và không ghi lại gì.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Công &amp;bố</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>Say where to publish: a folder, or an rclone remote as REMOTE:PATH.</source>
        <translation>Hãy cho biết nơi công bố: một thư mục, hoặc một remote của rclone dạng REMOTE:PATH.</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Đang công bố lên %1…</translation>
    </message>
    <message>
        <source>Stopped: what was sent stays there; publishing again sends the rest.</source>
        <translation>Đã dừng: những gì đã gửi vẫn ở đó; công bố lại sẽ gửi phần còn lại.</translation>
    </message>
    <message>
        <source>Drawing pages and images: %1 of %2</source>
        <translation>Đang vẽ trang và hình ảnh: %1/%2</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 files</source>
        <translation>Đang gửi: %1/%2 tệp</translation>
    </message>
    <message>
        <source>Removing what is gone: %1 of %2</source>
        <translation>Đang xóa những gì không còn: %1/%2</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Đã công bố</translation>
    </message>
    <message>
        <source>Published at %1: %2 files, %3 sent (%4), %5 removed.</source>
        <translation>Đã công bố lúc %1: %2 tệp, gửi %3 (%4), xóa %5.</translation>
    </message>
    <message>
        <source>Kept in step while Docket is open.</source>
        <translation>Luôn cập nhật khi Docket đang mở.</translation>
    </message>
</context>
<context>
    <name>docket::QrPanel</name>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Lưu dạng PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Lưu dạng SVG…</translation>
    </message>
    <message>
        <source>Copy QR image</source>
        <translation>Sao chép ảnh mã QR</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Sao chép địa chỉ</translation>
    </message>
    <message>
        <source>Select an agenda item to see its QR code.</source>
        <translation>Chọn một nội dung chương trình để xem mã QR của nội dung đó.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Không thể lưu %1: %2</translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation>Lưu mã QR dạng PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Save QR code as SVG</source>
        <translation>Lưu mã QR dạng SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Ảnh SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>docket::QuestionForm</name>
    <message>
        <source>Add question</source>
        <translation>Thêm câu hỏi</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Sửa câu hỏi</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>không bắt buộc</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Mỗi dòng một phương án</translation>
    </message>
    <message>
        <source>An answer is &amp;required</source>
        <translation>&amp;Bắt buộc trả lời</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Câu hỏi:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>Các &amp;phương án:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Help line:</source>
        <translation>Dòng &amp;gợi ý:</translation>
    </message>
</context>
<context>
    <name>docket::RemoveDelegateCommand</name>
    <message>
        <source>Remove delegate “%1”</source>
        <translation>Xóa đại biểu “%1”</translation>
    </message>
</context>
<context>
    <name>docket::RemoveDocumentCommand</name>
    <message>
        <source>Remove document “%1”</source>
        <translation>Gỡ tài liệu “%1”</translation>
    </message>
</context>
<context>
    <name>docket::RemoveQuestionCommand</name>
    <message>
        <source>Remove question “%1”</source>
        <translation>Xoá câu hỏi “%1”</translation>
    </message>
</context>
<context>
    <name>docket::RenameDocumentCommand</name>
    <message>
        <source>Rename document “%1”</source>
        <translation>Đổi tên tài liệu “%1”</translation>
    </message>
</context>
<context>
    <name>docket::RosterImportDialog</name>
    <message>
        <source>Import roster: %1</source>
        <translation>Nhập danh sách đại biểu: %1</translation>
    </message>
    <message>
        <source>Map each column of the file to a field:</source>
        <translation>Chọn trường cho từng cột của tệp:</translation>
    </message>
    <message>
        <source>Field of column %1</source>
        <translation>Trường của cột %1</translation>
    </message>
    <message>
        <source>Rows that will be skipped:</source>
        <translation>Các hàng sẽ bị bỏ qua:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>Read as %1, columns split by %2.</source>
        <translation>Đọc theo %1, các cột ngăn cách bằng %2.</translation>
    </message>
    <message>
        <source>The header is row %1.</source>
        <translation>Dòng tiêu đề là hàng %1.</translation>
    </message>
    <message>
        <source>No header row was found: check the fields of the columns below.</source>
        <translation>Không tìm thấy dòng tiêu đề: hãy kiểm tra trường của các cột bên dưới.</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s) will be added.</source>
        <translation>
            <numerusform>Sẽ thêm %n đại biểu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Hàng %1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Đọc dưới dạng %1.</translation>
    </message>
</context>
<context>
    <name>docket::SearchDialog</name>
    <message>
        <source>Search every meeting</source>
        <translation>Tìm trong mọi hội nghị</translation>
    </message>
    <message>
        <source>Words, or &quot;a phrase&quot;; marks typed must match</source>
        <translation>Các từ, hoặc &quot;một cụm từ&quot;; dấu đã gõ phải khớp</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Type a word to search every meeting&apos;s documents.</source>
        <translation>Gõ một từ để tìm trong tài liệu của mọi hội nghị.</translation>
    </message>
    <message>
        <source>Open a result to see its page.</source>
        <translation>Mở một kết quả để xem trang của nó.</translation>
    </message>
    <message>
        <source>Show in the meeting</source>
        <translation>Xem trong hội nghị</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>trang %1</translation>
    </message>
    <message>
        <source>No page holds all of these words.</source>
        <translation>Không có trang nào chứa đủ các từ này.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n pages; more words narrow the search.</source>
        <translation>
            <numerusform>%n trang phù hợp nhất; thêm từ để thu hẹp kết quả.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <source>no date</source>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <source>Item %1: %2 · %3, page %4</source>
        <translation>Nội dung %1: %2 · %3, trang %4</translation>
    </message>
    <message>
        <source>an earlier version</source>
        <translation>phiên bản trước</translation>
    </message>
    <message>
        <source>recognised text (OCR)</source>
        <translation>văn bản nhận dạng (OCR)</translation>
    </message>
    <message>
        <source>This page has no PDF to show.</source>
        <translation>Trang này không có PDF để hiển thị.</translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation>Đang vẽ trang %1…</translation>
    </message>
    <message>
        <source>The page image could not be read.</source>
        <translation>Không đọc được ảnh trang.</translation>
    </message>
    <message>
        <source>Docket is busy drawing pages; open it again.</source>
        <translation>Docket đang bận vẽ trang; hãy mở lại.</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>Không hiển thị được trang này.</translation>
    </message>
    <message>
        <source>%1 · %2, page %3</source>
        <translation>%1 · %2, trang %3</translation>
    </message>
    <message>
        <source>The matched words cannot be marked: %1</source>
        <translation>Không đánh dấu được các từ khớp: %1</translation>
    </message>
</context>
<context>
    <name>docket::SurveyDialog</name>
    <message>
        <source>draft</source>
        <translation>nháp</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã đóng</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Tiêu đề phần</translation>
    </message>
    <message>
        <source>Rating 1–5</source>
        <translation>Chấm điểm 1–5</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Chọn một</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Chọn nhiều</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Trả lời ngắn</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Khảo sát</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Phiếu trả lời</translation>
    </message>
    <message>
        <source>&amp;New survey…</source>
        <translation>&amp;Tạo khảo sát…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Phones may answer it whenever the library is hosted</source>
        <translation>Điện thoại trả lời được mỗi khi thư viện được phát</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>No more answers: the results stay as they are</source>
        <translation>Không nhận thêm câu trả lời: kết quả được giữ nguyên</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Xóa bỏ…</translation>
    </message>
    <message>
        <source>The survey and all its answers</source>
        <translation>Khảo sát và mọi câu trả lời của nó</translation>
    </message>
    <message>
        <source>The survey&apos;s QR code</source>
        <translation>Mã QR của khảo sát</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>&amp;Add question…</source>
        <translation>Thêm câu &amp;hỏi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển x&amp;uống</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>Nhân &amp;bản</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Gỡ bỏ</translation>
    </message>
    <message>
        <source>Re&amp;sults</source>
        <translation>&amp;Kết quả</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Câu hỏi</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>Đóng cửa sổ</translation>
    </message>
    <message>
        <source>Surveys: %1</source>
        <translation>Khảo sát: %1</translation>
    </message>
    <message>
        <source>Standing surveys (select a meeting in the main window to see its surveys too).</source>
        <translation>Các khảo sát thường trực (chọn một hội nghị ở cửa sổ chính để xem cả các khảo sát của hội nghị đó).</translation>
    </message>
    <message>
        <source>Surveys of “%1”, and the standing surveys.</source>
        <translation>Các khảo sát của “%1” và các khảo sát thường trực.</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>thường trực</translation>
    </message>
    <message>
        <source>this meeting</source>
        <translation>hội nghị này</translation>
    </message>
    <message>
        <source>No survey yet: make one with New survey…</source>
        <translation>Chưa có khảo sát nào: hãy tạo bằng nút Tạo khảo sát…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Not hosted yet: start hosting to get the survey&apos;s address and QR code.</source>
        <translation>Chưa phát: hãy bắt đầu phát để có địa chỉ và mã QR của khảo sát.</translation>
    </message>
    <message>
        <source>A draft: phones cannot answer it until it is opened.</source>
        <translation>Bản nháp: điện thoại chưa trả lời được cho đến khi khảo sát được mở.</translation>
    </message>
    <message>
        <source>Open: phones answer it at this address.</source>
        <translation>Đang mở: điện thoại trả lời tại địa chỉ này.</translation>
    </message>
    <message>
        <source>Closed: it takes no more answers.</source>
        <translation>Đã đóng: không nhận thêm câu trả lời.</translation>
    </message>
    <message>
        <source>Remove survey</source>
        <translation>Xóa khảo sát</translation>
    </message>
    <message numerus="yes">
        <source>Remove the survey “%1”? Its %n response(s) are removed with it, and its QR code no longer leads anywhere.</source>
        <translation>
            <numerusform>Xóa khảo sát “%1”? %n phiếu trả lời của khảo sát cũng bị xóa theo, và mã QR của nó sẽ không còn dẫn tới đâu nữa.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Project code</source>
        <translation>&amp;Chiếu mã</translation>
    </message>
    <message>
        <source>Puts the survey&apos;s code on the projector, with the answers so far</source>
        <translation>Đưa mã khảo sát lên máy chiếu, kèm số phiếu đã trả lời</translation>
    </message>
    <message>
        <source>Project res&amp;ults</source>
        <translation>Chiếu &amp;kết quả</translation>
    </message>
    <message>
        <source>Puts the results on the projector, a question per slide (written answers are not shown)</source>
        <translation>Chiếu kết quả lên màn hình, mỗi câu hỏi một trang (không chiếu các ý kiến viết)</translation>
    </message>
    <message>
        <source>P&amp;oster</source>
        <translation>Áp &amp;phích</translation>
    </message>
    <message>
        <source>A poster with the survey&apos;s code for a counter or a door, A4 or A5</source>
        <translation>Áp phích có mã của khảo sát để đặt ở quầy hoặc dán cửa, khổ A4 hoặc A5</translation>
    </message>
    <message>
        <source>Print %1 poster…</source>
        <translation>In áp phích %1…</translation>
    </message>
    <message>
        <source>Save %1 poster as PDF…</source>
        <translation>Lưu áp phích %1 thành PDF…</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>khảo sát</translation>
    </message>
    <message>
        <source>Save the poster as PDF</source>
        <translation>Lưu áp phích thành PDF</translation>
    </message>
    <message>
        <source>%1 - poster.pdf</source>
        <translation>%1 - áp phích.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the poster to %1.</source>
        <translation>Đã lưu áp phích vào %1.</translation>
    </message>
    <message>
        <source>One response per checked-in &amp;delegate</source>
        <translation>Mỗi &amp;đại biểu đã điểm danh một phiếu</translation>
    </message>
    <message>
        <source>Each delegate scans their badge, then the survey&apos;s code: a second phone changes their answer instead of adding one</source>
        <translation>Mỗi đại biểu quét thẻ của mình, rồi quét mã khảo sát: trả lời từ điện thoại thứ hai sẽ thay câu trả lời cũ chứ không thêm phiếu</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Không có gì để hoàn tác</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Không có gì để làm lại</translation>
    </message>
    <message>
        <source>P&amp;hone preview</source>
        <translation>Xem trên đ&amp;iện thoại</translation>
    </message>
</context>
<context>
    <name>docket::SurveyPhonePreview</name>
    <message>
        <source>Phone preview</source>
        <translation>Xem trên điện thoại</translation>
    </message>
    <message>
        <source>As a phone %1 px wide shows the form, in the survey&apos;s language. Nothing is sent.</source>
        <translation>Phiếu như trên điện thoại rộng %1 px, bằng ngôn ngữ của khảo sát. Không gửi gì cả.</translation>
    </message>
    <message>
        <source>Choose a survey to see it as a phone does.</source>
        <translation>Chọn một khảo sát để xem như trên điện thoại.</translation>
    </message>
</context>
<context>
    <name>docket::SurveyResultsView</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Mean %1/5</source>
        <translation>Trung bình %1/5</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n câu trả lời</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>và %n câu trả lời khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Kết quả khảo sát</translation>
    </message>
    <message>
        <source>Choose a survey to see its results.</source>
        <translation>Hãy chọn một khảo sát để xem kết quả.</translation>
    </message>
    <message>
        <source>No responses yet.</source>
        <translation>Chưa có phiếu trả lời nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n phiếu trả lời</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Per ISO week: %1</source>
        <translation>Theo tuần ISO: %1</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>Câu %1: %2</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Khoảng thời gian:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>&amp;Xuất kết quả…</translation>
    </message>
    <message>
        <source>The chosen period as a PDF report for the commune, an Excel workbook or a CSV</source>
        <translation>Khoảng thời gian đã chọn, thành báo cáo PDF gửi xã, tệp Excel hoặc CSV</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Tất cả câu trả lời</translation>
    </message>
    <message>
        <source>This week (%1, %2)</source>
        <translation>Tuần này (%1, %2)</translation>
    </message>
    <message>
        <source>Last week (%1, %2)</source>
        <translation>Tuần trước (%1, %2)</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Chọn ngày…</translation>
    </message>
    <message>
        <source>Report with charts (*.pdf)</source>
        <translation>Báo cáo có biểu đồ (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV cho Excel (*.csv)</translation>
    </message>
    <message>
        <source>Survey results %1</source>
        <translation>Kết quả khảo sát %1</translation>
    </message>
    <message>
        <source>Export the survey results</source>
        <translation>Xuất kết quả khảo sát</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved the results of %n response(s) to %1.</source>
        <translation>
            <numerusform>Đã lưu kết quả của %n câu trả lời vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No responses in this period.</source>
        <translation>Không có câu trả lời nào trong khoảng thời gian này.</translation>
    </message>
</context>
<context>
    <name>docket::TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Documents removed from this meeting. Delegates do not see them until they are restored.</source>
        <translation>Các tài liệu đã gỡ khỏi hội nghị này. Đại biểu không thấy chúng cho đến khi được khôi phục.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Put the document back under its agenda item</source>
        <translation>Đưa tài liệu trở lại nội dung chương trình của nó</translation>
    </message>
    <message>
        <source>%1 (%2), removed %3</source>
        <translation>%1 (%2), gỡ lúc %3</translation>
    </message>
    <message>
        <source>Restored “%1”: delegates see it again.</source>
        <translation>Đã khôi phục “%1”: đại biểu lại thấy tài liệu này.</translation>
    </message>
</context>
<context>
    <name>docket::VersionsDialog</name>
    <message>
        <source>Phones get the version marked as served, through the same link and QR code. Earlier versions are kept: serve one again, or save a copy of it.</source>
        <translation>Điện thoại nhận phiên bản được đánh dấu đang phục vụ, qua cùng đường dẫn và mã QR. Các phiên bản trước vẫn được giữ: có thể phục vụ lại, hoặc lưu một bản sao.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm lúc</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>&amp;Serve this version</source>
        <translation>&amp;Phục vụ phiên bản này</translation>
    </message>
    <message>
        <source>Phones get this version from now on, through the same QR code</source>
        <translation>Từ giờ điện thoại nhận phiên bản này, qua cùng mã QR</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Lưu &amp;bản sao…</translation>
    </message>
    <message>
        <source>Versions of “%1”</source>
        <translation>Các phiên bản của “%1”</translation>
    </message>
    <message>
        <source>This document has been removed from the agenda.</source>
        <translation>Tài liệu này đã bị gỡ khỏi chương trình.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>served to phones</source>
        <translation>đang phục vụ điện thoại</translation>
    </message>
    <message>
        <source>unreadable PDF</source>
        <translation>PDF không đọc được</translation>
    </message>
    <message>
        <source>“%1” now serves %2 (added %3) — its link and the item&apos;s QR code are unchanged.</source>
        <translation>“%1” giờ phục vụ %2 (thêm lúc %3) — đường dẫn và mã QR của nội dung vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Tệp %1 (*.%2)</translation>
    </message>
    <message>
        <source>Save a copy of this version</source>
        <translation>Lưu bản sao của phiên bản này</translation>
    </message>
    <message>
        <source>Saved a copy of %1 (added %2) as %3.</source>
        <translation>Đã lưu bản sao của %1 (thêm lúc %2) thành %3.</translation>
    </message>
    <message>
        <source>The library no longer holds the file of %1 (added %2): there is nothing to copy.</source>
        <translation>Thư viện không còn tệp của %1 (thêm lúc %2): không có gì để sao chép.</translation>
    </message>
    <message>
        <source>%1 is the library&apos;s own stored file: choose another place for the copy.</source>
        <translation>%1 là tệp lưu trữ của chính thư viện: hãy chọn nơi khác để lưu bản sao.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Không thể lưu %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the library&apos;s file of %1: %2</source>
        <translation>Không đọc được tệp của %1 trong thư viện: %2</translation>
    </message>
    <message>
        <source>The library&apos;s file of %1 is damaged (its SHA-256 no longer matches): nothing was saved.</source>
        <translation>Tệp của %1 trong thư viện đã bị hỏng (SHA-256 không còn khớp): chưa lưu gì.</translation>
    </message>
</context>
<context>
    <name>docket::WifiDialog</name>
    <message>
        <source>&amp;This meeting&apos;s own network</source>
        <translation>&amp;Mạng riêng của hội nghị này</translation>
    </message>
    <message>
        <source>&amp;Hidden network</source>
        <translation>Mạng ẩ&amp;n</translation>
    </message>
    <message>
        <source>Wi-Fi for delegates</source>
        <translation>Wi-Fi cho đại biểu</translation>
    </message>
    <message>
        <source>The name phones list (SSID)</source>
        <translation>Tên mạng hiện trên điện thoại (SSID)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Hiện hoặc ẩn mật khẩu</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>WPA/WPA2/WPA3</source>
        <translation>WPA/WPA2/WPA3</translation>
    </message>
    <message>
        <source>WEP</source>
        <translation>WEP</translation>
    </message>
    <message>
        <source>None (open network)</source>
        <translation>Không (mạng mở)</translation>
    </message>
    <message>
        <source>The network does not announce its name; phones join it by name</source>
        <translation>Mạng không phát tên; điện thoại kết nối bằng cách nhập tên</translation>
    </message>
    <message>
        <source>Shown on the welcome slide and the poster only; never sent to phones by the server.</source>
        <translation>Chỉ hiện trên trang chào mừng và áp phích; máy chủ không bao giờ gửi cho điện thoại.</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>&amp;Tên mạng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Bảo mật:</translation>
    </message>
    <message>
        <source>Use the &amp;venue default (none set)</source>
        <translation>Dùng mạng mặc định của &amp;hội trường (chưa đặt)</translation>
    </message>
    <message>
        <source>Use the &amp;venue default (%1)</source>
        <translation>Dùng mạng mặc định của &amp;hội trường (%1)</translation>
    </message>
    <message>
        <source>Save as venue &amp;default</source>
        <translation>Lưu làm mặc định của hội &amp;trường</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Paperless meetings</source>
        <translation>Hội nghị không giấy tờ</translation>
    </message>
    <message>
        <source>Library folder (default: $DOCKET_LIBRARY or the application data folder).</source>
        <translation>Thư mục thư viện (mặc định: $DOCKET_LIBRARY hoặc thư mục dữ liệu của ứng dụng).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Restore the catalog</source>
        <translation>Khôi phục cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Put the newest good backup of the catalog in its place? The damaged catalog is kept aside.</source>
        <translation>Thay bằng bản sao lưu tốt gần nhất của cơ sở dữ liệu? Cơ sở dữ liệu bị hỏng được cất riêng.</translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <source>%1 can only be opened on this computer (or its own network link): phones in the hall could not reach it.</source>
        <translation>%1 chỉ mở được trên chính máy tính này (hoặc trong đường mạng riêng của nó): điện thoại trong hội trường không thể truy cập.</translation>
    </message>
    <message>
        <source>This computer is on no other network right now: join the venue network and start the server again.</source>
        <translation>Máy tính này hiện không kết nối mạng nào khác: hãy vào mạng của hội trường rồi khởi động lại máy chủ.</translation>
    </message>
    <message>
        <source>Addresses of this computer that would work: %1.</source>
        <translation>Các địa chỉ của máy tính này có thể dùng: %1.</translation>
    </message>
</context>
</TS>

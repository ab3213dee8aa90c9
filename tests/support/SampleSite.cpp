// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SampleSite.h"

#include "support/TestPdf.h"

namespace testsupport {

SampleSite::SampleSite()
{
    docket::Catalog &catalog = lib.catalog();
    open = catalog.createMeeting(QStringLiteral("Hội nghị tổng kết công tác Đoàn 2026"),
                                 QDate(2026, 11, 28), QStringLiteral("Hội trường A"));
    catalog.setMeetingState(open.id, docket::MeetingState::Open);
    open = *catalog.meeting(open.id);
    item1 = catalog.addItem(open.id, QStringLiteral("Báo cáo chính trị"),
                            QStringLiteral("Anh Nguyễn Văn Tuấn"));
    item2 = catalog.addItem(open.id, QStringLiteral("Thảo luận"));

    pdfContent = pdfBytes(3, QStringLiteral("Báo cáo tổng kết"));
    const QString pdfPath = lib.sourcePath(pdfName());
    writeFile(pdfPath, pdfContent);
    textContent = QStringLiteral("Ghi chú của thư ký: 14 câu hỏi khảo sát.\n").toUtf8();
    const QString textPath = lib.sourcePath(textName());
    writeFile(textPath, textContent);
    const QList<docket::ImportedDocument> added =
        lib.library().importDocuments(item1.id, {pdfPath, textPath});
    pdf = added.at(0).document;
    text = added.at(1).document;

    draft = catalog.createMeeting(QStringLiteral("Bản nháp"));
    catalog.addItem(draft.id, QStringLiteral("Chưa công bố"));

    closed = catalog.createMeeting(QStringLiteral("Hội nghị đã kết thúc"));
    closedItem = catalog.addItem(closed.id, QStringLiteral("Lưu trữ"));
    const QString closedPath = lib.sourcePath(QStringLiteral("Biên bản.pdf"));
    writePdf(closedPath, 1, QStringLiteral("Biên bản"));
    closedPdf = lib.library().importDocument(closedItem.id, closedPath).document;
    catalog.setMeetingState(closed.id, docket::MeetingState::Open);
    catalog.setMeetingState(closed.id, docket::MeetingState::Closed);
}

} // namespace testsupport

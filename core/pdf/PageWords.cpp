// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf/PageWords.h"

#include "pdf/ChildProcess.h"
#include "pdf/ChildProgram.h"
#include "pdf/PopplerSetup.h"
#include "util/Error.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <poppler-qt6.h>

#include <cstdio>

namespace docket {

namespace {

constexpr qsizetype kMaxAnswer = 16 * 1024 * 1024; // a page of tiny print is a few hundred KB

} // namespace

QList<PageWord> PageWords::read(const QString &pdfPath, int page)
{
    silencePoppler();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdfPath);
    if (!document || document->isLocked())
        throw Error(tr("The PDF %1 cannot be read.").arg(QFileInfo(pdfPath).fileName()));
    if (page < 1 || page > document->numPages())
        throw Error(tr("The PDF has no page %1.").arg(page));
    const std::unique_ptr<Poppler::Page> pdfPage = document->page(page - 1);
    if (!pdfPage)
        throw Error(tr("The PDF has no page %1.").arg(page));
    const QSizeF size = pdfPage->pageSizeF();
    if (size.width() <= 0 || size.height() <= 0)
        return {};
    QList<PageWord> words;
    for (const std::unique_ptr<Poppler::TextBox> &box : pdfPage->textList()) {
        const QRectF r = box->boundingBox();
        words.append({box->text(), QRectF(r.x() / size.width(), r.y() / size.height(),
                                          r.width() / size.width(), r.height() / size.height())});
    }
    return words;
}

int PageWords::runChild(const QString &pdfPath, int page)
{
    QJsonArray array;
    try {
        for (const PageWord &word : read(pdfPath, page))
            array.append(QJsonArray{word.text, word.box.x(), word.box.y(), word.box.width(),
                                    word.box.height()});
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.message()));
        return 1;
    }
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("words"), array}}).toJson(QJsonDocument::Compact);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
    return 0;
}

QList<PageWord> PageWords::isolated(const QString &pdfPath, int page, const Limits &limits)
{
    const QString program = ChildProgram::get(ChildProgram::Use::Rendering);
    if (program.isEmpty())
        throw Error(tr("Docket cannot read pages here: its docket-cli was not found."));
    ChildProcess child(program, {QStringLiteral("page-words"), pdfPath, QString::number(page)},
                       ChildLimits{limits.memoryBytes, limits.milliseconds / 1000 + 1},
                       ChildProcess::Channel::Output);
    const QDeadlineTimer deadline(limits.milliseconds);
    QByteArray answer;
    for (;;) {
        if (child.waitReadable(deadline) == ChildProcess::Wait::Timeout) {
            child.kill();
            child.wait();
            throw Error(tr("Reading the words of page %1 took too long.").arg(page));
        }
        const QByteArray data = child.readAvailable();
        if (data.isEmpty())
            break; // end of its output
        answer += data;
        if (answer.size() > kMaxAnswer) {
            child.kill();
            child.wait();
            throw Error(tr("Page %1 holds too many words to mark.").arg(page));
        }
    }
    const ChildProcess::Exit exit = child.wait();
    if (exit.signalled || exit.code != 0) {
        const QString said = QString::fromUtf8(child.errorOutput()).trimmed();
        if (child.ranOutOfMemory())
            throw Error(tr("Reading the words of page %1 needed too much memory.").arg(page));
        throw Error(said.isEmpty() || exit.signalled
                        ? tr("The words of page %1 could not be read.").arg(page)
                        : said.section(u'\n', -1));
    }
    QList<PageWord> words;
    const QJsonArray array = QJsonDocument::fromJson(answer).object().value(u"words").toArray();
    for (const QJsonValue &value : array) {
        const QJsonArray word = value.toArray();
        if (word.size() == 5)
            words.append({word[0].toString(), QRectF(word[1].toDouble(), word[2].toDouble(),
                                                     word[3].toDouble(), word[4].toDouble())});
    }
    return words;
}

} // namespace docket

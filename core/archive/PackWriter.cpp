// SPDX-License-Identifier: GPL-3.0-or-later
// The child's side of the conference pack (`docket-cli pack-worker`): qpdf reads the users'
// PDFs, merges them behind the cover and agenda, stamps the footers and adds the outline.
#include "archive/PackPlan.h"

#include <QBuffer>
#include <QFile>
#include <QHashFunctions>
#include <QJsonArray>
#include <QJsonDocument>

// qpdf 11's smart pointers are std::shared_ptr throughout; say so, and hear no warning about it.
#ifndef POINTERHOLDER_TRANSITION
#define POINTERHOLDER_TRANSITION 4
#endif
#include <qpdf/Pl_Discard.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>
#include <unistd.h>
#include <vector>

namespace docket::pack {

namespace {

void writeLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fflush(stdout);
}

// The part of a page that viewers show and printers print: the CropBox inside the MediaBox,
// in the page's own user space (which may start anywhere, not at 0 0).
struct Visible
{
    QPDFObjectHandle::Rectangle box;
    int rotation = 0; // 0, 90, 180 or 270, clockwise as shown
    bool usable = false;

    QSizeF shownSize() const
    {
        const double width = box.urx - box.llx;
        const double height = box.ury - box.lly;
        return rotation % 180 == 0 ? QSizeF(width, height) : QSizeF(height, width);
    }
};

QPDFObjectHandle::Rectangle normalised(const QPDFObjectHandle::Rectangle &r)
{
    return {std::min(r.llx, r.urx), std::min(r.lly, r.ury), std::max(r.llx, r.urx),
            std::max(r.lly, r.ury)};
}

Visible visibleArea(QPDFPageObjectHelper &page)
{
    Visible visible;
    QPDFObjectHandle media = page.getMediaBox();
    if (!media.isRectangle())
        return visible;
    QPDFObjectHandle::Rectangle box = normalised(media.getArrayAsRectangle());
    QPDFObjectHandle crop = page.getCropBox();
    if (crop.isRectangle()) {
        const QPDFObjectHandle::Rectangle c = normalised(crop.getArrayAsRectangle());
        const QPDFObjectHandle::Rectangle inside{std::max(box.llx, c.llx), std::max(box.lly, c.lly),
                                                 std::min(box.urx, c.urx),
                                                 std::min(box.ury, c.ury)};
        if (inside.urx - inside.llx > 1 && inside.ury - inside.lly > 1)
            box = inside; // a CropBox outside the MediaBox is ignored, as viewers do
    }
    visible.box = box;
    visible.usable = box.urx - box.llx > 1 && box.ury - box.lly > 1;
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    if (rotate.isInteger()) {
        const long long degrees = ((rotate.getIntValue() % 360) + 360) % 360;
        if (degrees % 90 == 0)
            visible.rotation = static_cast<int>(degrees);
    }
    return visible;
}

// Reads everything a page draws with (content, fonts, images, annotations), its stream bytes
// to nowhere, so that damage shows here, in this document's own try, rather than half-way
// through writing the pack. Up the page tree (/Parent, an annotation's /P) is not followed.
void readWhole(const QPDFObjectHandle &start, std::set<QPDFObjGen> &seen)
{
    std::vector<QPDFObjectHandle> stack{start};
    while (!stack.empty()) {
        QPDFObjectHandle object = stack.back();
        stack.pop_back();
        if (object.isIndirect() && !seen.insert(object.getObjGen()).second)
            continue;
        if (object.isStream()) {
            Pl_Discard nowhere;
            bool filtered = false; // never asked for: the bytes as stored
            if (!object.pipeStreamData(&nowhere, &filtered, 0, qpdf_dl_none, true))
                throw std::runtime_error("unreadable stream");
            object = object.getDict();
        }
        if (object.isDictionary()) {
            for (const std::string &key : object.getKeys())
                if (key != "/Parent" && key != "/P")
                    stack.push_back(object.getKey(key));
        } else if (object.isArray()) {
            for (int i = 0; i < object.getArrayNItems(); ++i)
                stack.push_back(object.getArrayItem(i));
        }
    }
}

struct Source
{
    std::unique_ptr<QPDF> pdf;
    std::vector<QPDFPageObjectHelper> pages;
    std::vector<Visible> visible;
};

// The document's key and words when it cannot be read.
std::pair<QString, QString> openSource(const QString &path, Source &source)
{
    try {
        source.pdf = std::make_unique<QPDF>();
        source.pdf->setSuppressWarnings(true);
        source.pdf->processFile(QFile::encodeName(path).constData());
        source.pages = QPDFPageDocumentHelper(*source.pdf).getAllPages();
        if (source.pages.empty())
            return {QStringLiteral("no-pages"), {}};
        std::set<QPDFObjGen> seen;
        for (QPDFPageObjectHelper &page : source.pages) {
            readWhole(page.getObjectHandle(), seen);
            source.visible.push_back(visibleArea(page));
        }
        return {};
    } catch (const QPDFExc &error) {
        source = {};
        if (error.getErrorCode() == qpdf_e_password)
            return {QStringLiteral("password"), QString::fromStdString(error.getMessageDetail())};
        return {QStringLiteral("damaged"), QString::fromStdString(error.what())};
    } catch (const std::exception &error) {
        source = {};
        return {QStringLiteral("damaged"), QString::fromLocal8Bit(error.what())};
    }
}

void stampPage(QPDF &out, QPDFPageObjectHelper &page, QPDFObjectHandle stamp,
               const QPDFObjectHandle::Rectangle &box)
{
    // The page's resources may be shared with its neighbours (one dictionary for a whole
    // document): the stamp goes into this page's own copy.
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    resources =
        resources.isDictionary() ? resources.shallowCopy() : QPDFObjectHandle::newDictionary();
    page.getObjectHandle().replaceKey("/Resources", resources);
    QPDFObjectHandle xobjects = resources.getKey("/XObject");
    xobjects = xobjects.isDictionary() ? xobjects.shallowCopy() : QPDFObjectHandle::newDictionary();
    resources.replaceKey("/XObject", xobjects);
    int suffix = 0;
    const std::string name = resources.getUniqueResourceName("/DocketFooter", suffix);
    xobjects.replaceKey(name, stamp);
    // Turned against the page's /Rotate, so the footer stands upright at the foot as shown.
    const std::string placement = page.placeFormXObject(stamp, name, box, true, true, true);
    // The page's own drawing is closed in q...Q: whatever state it leaves, the footer starts
    // from the default one.
    page.addPageContents(out.newStream("q\n"), true);
    page.addPageContents(out.newStream("\nQ\n" + placement), false);
}

QPDFObjectHandle outlineEntry(QPDF &out, const QString &title, const QPDFObjectHandle &page,
                              QPDFObjectHandle parent)
{
    QPDFObjectHandle entry = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
    entry.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(title.toStdString()));
    entry.replaceKey("/Parent", parent);
    entry.replaceKey("/Dest",
                     QPDFObjectHandle::newArray({page, QPDFObjectHandle::newName("/Fit")}));
    return entry;
}

// Links children under `parent` (/First, /Last, /Prev, /Next) and returns how many entries
// show below it when every entry is open.
int linkChildren(QPDFObjectHandle parent, std::vector<QPDFObjectHandle> &children,
                 const std::vector<int> &openBelow)
{
    if (children.empty())
        return 0;
    int count = 0;
    for (size_t i = 0; i < children.size(); ++i) {
        if (i > 0)
            children[i].replaceKey("/Prev", children[i - 1]);
        if (i + 1 < children.size())
            children[i].replaceKey("/Next", children[i + 1]);
        count += 1 + openBelow[i];
    }
    parent.replaceKey("/First", children.front());
    parent.replaceKey("/Last", children.back());
    parent.replaceKey("/Count", QPDFObjectHandle::newInteger(count));
    return count;
}

} // namespace

int runChild(const QString &planPath, const QString &outputPath)
{
    // The same meeting gives the same bytes: Qt's PDF writer names font subsets in the order
    // of a QHash, which is otherwise seeded at random in every process.
    QHashSeed::setDeterministicGlobalSeed();
    // Stand-ins for the PDFs that break a reader, so that tests can make the child misbehave
    // on a chosen document; nothing sets this in use.
    const QByteArray fault = qgetenv("DOCKET_PACK_FAULT");
    QFile planFile(planPath);
    if (!planFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the plan\n");
        return 2;
    }
    const Plan plan = Plan::fromJson(QJsonDocument::fromJson(planFile.readAll()).object());

    // Read every document first: the numbers on the agenda need every page count.
    std::vector<std::vector<Source>> sources(static_cast<size_t>(plan.items.size()));
    Numbers numbers;
    Plan shown = plan; // with what this child left out, and why, for the agenda's notes
    int index = 0;
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const Plan::Item &item = plan.items[i];
        sources[static_cast<size_t>(i)].resize(static_cast<size_t>(item.documents.size()));
        numbers.firstPages.append(QList<int>(item.documents.size(), 0));
        for (qsizetype d = 0; d < item.documents.size(); ++d, ++index) {
            const Plan::Document &document = item.documents[d];
            if (!document.omitted.isEmpty() || document.path.isEmpty())
                continue;
            writeLine({{QStringLiteral("reading"), index}});
            if (fault == QByteArray("crash:" + document.title.toUtf8()))
                std::abort();
            if (fault == QByteArray("hang:" + document.title.toUtf8()))
                for (;;)
                    ::pause();
            Source &source = sources[static_cast<size_t>(i)][static_cast<size_t>(d)];
            const auto [key, detail] = openSource(document.path, source);
            if (key.isEmpty())
                writeLine({{QStringLiteral("read"), index},
                           {QStringLiteral("pages"), static_cast<int>(source.pages.size())}});
            else
                writeLine({{QStringLiteral("read"), index},
                           {QStringLiteral("omitted"), key},
                           {QStringLiteral("detail"), detail}});
            if (!key.isEmpty()) {
                shown.items[i].documents[d].omitted = key;
                shown.items[i].documents[d].detail = detail;
            }
        }
    }

    // Page numbers: a first pass of the front pages with zeros counts them (their layout does
    // not depend on the numbers), then each document follows the one before.
    QByteArray counting;
    {
        QBuffer buffer(&counting);
        buffer.open(QIODevice::WriteOnly);
        Numbers zeros;
        for (const Plan::Item &item : plan.items)
            zeros.firstPages.append(QList<int>(item.documents.size(), 0));
        zeros.itemFirstPages = QList<int>(plan.items.size(), 0);
        numbers.totalPages = writeFrontPages(buffer, shown, zeros);
    }
    const int frontPages = numbers.totalPages;
    numbers.itemFirstPages = QList<int>(plan.items.size(), 0);
    for (qsizetype i = 0; i < plan.items.size(); ++i)
        for (qsizetype d = 0; d < plan.items[i].documents.size(); ++d) {
            const Source &source = sources[size_t(i)][size_t(d)];
            if (!source.pdf)
                continue;
            numbers.firstPages[i][d] = numbers.totalPages + 1;
            if (numbers.itemFirstPages[i] == 0)
                numbers.itemFirstPages[i] = numbers.totalPages + 1;
            numbers.totalPages += static_cast<int>(source.pages.size());
        }
    writeLine({{QStringLiteral("writing"), numbers.totalPages}});

    try {
        QByteArray frontBytes;
        {
            QBuffer buffer(&frontBytes);
            buffer.open(QIODevice::WriteOnly);
            writeFrontPages(buffer, shown, numbers);
        }
        QList<Stamp> stamps;
        for (qsizetype i = 0; i < plan.items.size(); ++i)
            for (qsizetype d = 0; d < plan.items[i].documents.size(); ++d) {
                const Source &source = sources[size_t(i)][size_t(d)];
                for (size_t p = 0; p < source.pages.size(); ++p)
                    stamps.append(
                        {source.visible[p].usable ? source.visible[p].shownSize()
                                                  : QSizeF(595, 842),
                         stampText(plan, plan.items[i].number, plan.items[i].documents[d].title,
                                   numbers.firstPages[i][d] + int(p), numbers.totalPages)});
            }
        QByteArray stampBytes;
        {
            QBuffer buffer(&stampBytes);
            buffer.open(QIODevice::WriteOnly);
            writeStamps(buffer, stamps);
        }

        QPDF out;
        out.emptyPDF();
        out.setSuppressWarnings(true);
        QPDFPageDocumentHelper outPages(out);
        QPDF front;
        front.processMemoryFile("front pages", frontBytes.constData(),
                                static_cast<size_t>(frontBytes.size()));
        for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(front).getAllPages())
            outPages.addPage(page, false);
        QPDF stampPdf;
        std::vector<QPDFPageObjectHelper> stampPages;
        if (!stampBytes.isEmpty()) {
            stampPdf.processMemoryFile("footers", stampBytes.constData(),
                                       static_cast<size_t>(stampBytes.size()));
            stampPages = QPDFPageDocumentHelper(stampPdf).getAllPages();
        }

        QPDFObjectHandle outlines = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
        outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
        std::vector<QPDFObjectHandle> itemEntries;
        std::vector<int> itemOpen;
        size_t stampIndex = 0;
        for (qsizetype i = 0; i < plan.items.size(); ++i) {
            const Plan::Item &item = plan.items[i];
            std::vector<QPDFObjectHandle> documentEntries;
            QPDFObjectHandle itemEntry;
            for (qsizetype d = 0; d < item.documents.size(); ++d) {
                Source &source = sources[size_t(i)][size_t(d)];
                QPDFObjectHandle firstPage;
                for (size_t p = 0; p < source.pages.size(); ++p) {
                    outPages.addPage(source.pages[p], false);
                    QPDFPageObjectHelper added(out.getAllPages().back());
                    if (p == 0)
                        firstPage = added.getObjectHandle();
                    const Visible &visible = source.visible[p];
                    if (stampIndex < stampPages.size() && visible.usable) {
                        QPDFObjectHandle form = out.copyForeignObject(
                            stampPages[stampIndex].getFormXObjectForPage(false));
                        stampPage(out, added, form, visible.box);
                    }
                    ++stampIndex;
                }
                if (!source.pdf)
                    continue;
                if (!itemEntry.isInitialized())
                    itemEntry =
                        outlineEntry(out, QStringLiteral("%1. %2").arg(item.number).arg(item.title),
                                     firstPage, outlines);
                documentEntries.push_back(
                    outlineEntry(out, item.documents[d].title, firstPage, itemEntry));
            }
            if (!itemEntry.isInitialized()) // nothing of it is in the pack: its agenda page
                itemEntry =
                    outlineEntry(out, QStringLiteral("%1. %2").arg(item.number).arg(item.title),
                                 out.getAllPages().at(frontPages > 1 ? 1 : 0), outlines);
            itemEntries.push_back(itemEntry);
            itemOpen.push_back(linkChildren(itemEntry, documentEntries,
                                            std::vector<int>(documentEntries.size(), 0)));
        }
        QPDFObjectHandle root = out.getRoot();
        if (!itemEntries.empty()) {
            linkChildren(outlines, itemEntries, itemOpen);
            root.replaceKey("/Outlines", outlines);
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", preferences);
        QPDFObjectHandle info = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(plan.title.toStdString()));
        info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("Docket"));
        out.getTrailer().replaceKey("/Info", info);

        QPDFWriter writer(out, QFile::encodeName(outputPath).constData());
        // The same meeting gives the same bytes (the archive bundle is compared byte for byte):
        // no time in the /ID, no date in /Info. Streams are copied as they are, not decoded.
        writer.setDeterministicID(true);
        writer.setDecodeLevel(qpdf_dl_none);
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.write();
    } catch (const std::exception &error) {
        std::fprintf(stderr, "%s\n", error.what());
        return 3;
    }

    QJsonArray firstPages;
    for (const QList<int> &pages : numbers.firstPages)
        for (const int page : pages)
            firstPages.append(page);
    writeLine({{QStringLiteral("written"), numbers.totalPages},
               {QStringLiteral("firstPages"), firstPages}});
    return 0;
}

} // namespace docket::pack

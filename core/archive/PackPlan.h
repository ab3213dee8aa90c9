// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QIODevice>
#include <QJsonObject>
#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>

namespace docket::pack {

// What the pack holds, as the parent read it from the catalog, handed to the child in a file:
// the child opens no catalog, only the PDFs named here.
struct Plan
{
    struct Document
    {
        QString title;
        QString path;    // the PDF to include (a stored blob); empty when omitted
        QString omitted; // why not (a key of omittedReason()); empty: included if it reads
        QString detail;  // a file name or the reader's own words, for the reason
    };
    struct Item
    {
        int number = 0;
        QString title;
        QString presenter;
        QList<Document> documents;
    };
    QString language = QStringLiteral("vi");
    QString title;
    QDate date;
    QString venue;
    QList<Item> items;

    QJsonObject toJson() const;
    static Plan fromJson(const QJsonObject &object);
    int documentCount() const;
};

// The sentence for an omitted document's key, through `say` (the meeting's language on
// the pack, the organiser's in reports).
using Translate = std::function<QString(const char *source)>;
QString omittedReason(const QString &key, const QString &detail, const Translate &say);

// Where each document begins in the pack (1-based; 0: not included), per item in plan order.
struct Numbers
{
    QList<QList<int>> firstPages; // [item][document]
    QList<int> itemFirstPages;    // an item's first included document; 0: none
    int totalPages = 0;
};

// The cover and the agenda (QPainter, A4). The layout never depends on the numbers' values,
// so the page count from a first pass with zeros is the count of the real one.
int writeFrontPages(QIODevice &device, const Plan &plan, const Numbers &numbers);

// One stamp per page of the documents, each as large as the page it goes on is shown (its
// visible box, turned as the page is turned): the footer text at its foot.
struct Stamp
{
    QSizeF size; // points
    QString text;
};
void writeStamps(QIODevice &device, const QList<Stamp> &stamps);
QString stampText(const Plan &plan, int itemNumber, const QString &documentTitle, int page,
                  int totalPages);

// The child's side of the pack (ConferencePack::runChild); in a file of its own, the one that
// includes qpdf, compiled as C++17 (see core/CMakeLists.txt): it includes nothing of Docket
// but this header.
int runChild(const QString &planPath, const QString &outputPath);

} // namespace docket::pack

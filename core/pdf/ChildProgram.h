// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace docket {

// The docket-cli that Docket runs as its children (see ChildProcess), for each use, in one
// place: the window sets its sibling (find()), docket-cli itself, the tests the build's.
// Thread-safe.
class ChildProgram
{
public:
    enum class Use
    {
        Inspection,  // `docket-cli inspect --stream`: reads the PDFs of an import; empty (the
                     // default): inspected in this process, without drawing
        Rendering,   // `docket-cli render-worker`: draws page images; empty: none can be drawn
        Packing,     // `docket-cli pack-worker`: merges a meeting's PDFs into its conference
                     // pack (archive/ConferencePack); empty: no pack can be made
        Recognition, // `docket-cli ocr-page`: reads a scanned page's text; empty: no OCR
        Archive,     // `docket-cli archive-read`: reads an archive bundle's ZIP, and prints its
                     // agenda sheet; empty: no bundle can be exported, verified or imported
        Publishing   // `docket-cli publish`: a meeting's static copy sent to a web host (its
                     // uploads may stall on a network; the window never waits on them)
    };

    static void set(Use use, const QString &path);
    static void setAll(const QString &path); // the same program for every use
    static QString get(Use use);
    // The command words that start the child for `use`, before its own arguments.
    static QStringList command(Use use);
    // docket-cli next to the running program (installed), or in the build tree's app/cli.
    static QString find();
};

} // namespace docket

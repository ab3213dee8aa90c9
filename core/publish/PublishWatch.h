// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Model.h"
#include "publish/Publisher.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace docket {

class Library;
class LibraryWatch;
class PublishTarget;

// Keeps a meeting's published copy in step with the catalog: after a change to what phones see
// of the meeting (its revision: a replaced document, a new item, a reordered agenda), made here
// or by another process, the meeting is published again once the edits settle, and never later
// than kLongestWaitMilliseconds after the first of them, so that a document replaced at 14:05
// is on the public copy well before 14:06. Only what changed travels (Publisher). A publish that
// fails (the network is down) is tried again. Lives on the catalog's thread; publishing blocks
// it, which suits a process that does nothing else (docket-cli publish --watch).
class PublishWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSettleMilliseconds = 3000;
    static constexpr int kLongestWaitMilliseconds = 20000;
    static constexpr int kRetryMilliseconds = 15000;

    // `watch`: the library's watch on other processes' commits (not owned).
    PublishWatch(Library &library, Id meetingId, std::unique_ptr<PublishTarget> target,
                 LibraryWatch &watch, QObject *parent = nullptr);
    ~PublishWatch() override;

    void publishNow();
    int publishCount() const { return m_publishes; }
    // Told each step of every publish.
    void setProgress(Publisher::Progress progress) { m_progress = std::move(progress); }

Q_SIGNALS:
    void started();
    void published(const docket::PublishReport &report);
    void failed(const QString &message);

private:
    void catalogMoved();

    Library &m_library;
    Id m_meetingId;
    std::unique_ptr<PublishTarget> m_target;
    QTimer m_settle;
    QElapsedTimer m_sinceFirstChange;
    std::int64_t m_revision = -1;
    int m_publishes = 0;
    Publisher::Progress m_progress;
};

} // namespace docket

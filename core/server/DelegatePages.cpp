// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/DelegatePages.h"

#include "server/SiteSnapshot.h"
#include "util/AudienceText.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace docket::delegatepages {

namespace {

constexpr char kContext[] = "DelegatePage";
// How wide the reader's images are drawn, in CSS pixels: the page's column (42rem, less its
// padding) or the screen less its padding.
constexpr char kReaderImageSizes[] = "(min-width:42rem) 40rem, calc(100vw - 2rem)";

// Delegates choose their language per request, independently of the organiser's UI language.
class Text : public AudienceText
{
public:
    explicit Text(const QString &language) : AudienceText(language, kContext) {}
};

// "Updated 14:05": a delegate holding the old version sees that there is a newer one. The
// venue's clock; the day only when it was not today.
QString updatedLabel(const Text &t, const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QString at = local.date() == QDate::currentDate()
                           ? t.locale().toString(local.time(), QLocale::ShortFormat)
                           : t.locale().toString(local, QLocale::ShortFormat);
    return t(QT_TRANSLATE_NOOP("DelegatePage", "updated %1")).arg(at);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Kept small on purpose: the whole page must arrive quickly over a crowded venue Wi-Fi. And
// old: what Android 7's Chrome and iOS 12's Safari lack has a fallback (margins, not flex gap;
// word-break before overflow-wrap:anywhere; :has() only adds a highlight).
constexpr char kStyle[] =
    ":root{color-scheme:light dark;--bg:#f4f6f8;--card:#fff;--fg:#161b22;--muted:#58616d;"
    "--accent:#0a5cc2;--on-accent:#fff;--line:#dbe1e8}"
    // Dark: the light blue reads on the dark page, and dark text on it (6.9:1; white was 2.6).
    "@media(prefers-color-scheme:dark){:root{--bg:#0f1216;--card:#1a1f26;--fg:#e6eaef;"
    "--muted:#9ba6b2;--accent:#5aa2ff;--on-accent:#0b1624;--line:#2b323c}}"
    "*{box-sizing:border-box}"
    "body{margin:0;background:var(--bg);color:var(--fg);-webkit-text-size-adjust:100%;"
    "font:100%/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif}"
    "main{max-width:42rem;margin:0 auto;padding:1rem 1rem 2rem}"
    "h1{font-size:1.45rem;line-height:1.25;margin:.3rem 0}"
    "h2{font-size:1rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);"
    "margin:1.5rem 0 .5rem}"
    ".sub,.meta{color:var(--muted)}.meta{font-size:.9rem}"
    "ol,ul{list-style:none;margin:0;padding:0}li{margin:.6rem 0}"
    ".card{display:flex;align-items:flex-start;padding:.9rem 1rem;"
    "background:var(--card);border:1px solid var(--line);border-radius:.8rem;color:inherit;"
    "text-decoration:none;overflow-wrap:anywhere}.card>*+*{margin-left:.85rem}"
    ".card,legend,.opt,.pt,.tx{word-break:break-word}"
    "a.card:active,a.card:focus{border-color:var(--accent)}"
    ".num{flex:none;min-width:2.2rem;height:2.2rem;padding:0 .3rem;border-radius:1.1rem;"
    "background:var(--accent);color:var(--on-accent);display:flex;align-items:center;"
    "justify-content:center;font-weight:700}"
    ".t{font-weight:600;display:block}"
    ".back{display:inline-block;padding:.4rem 0;color:var(--accent);text-decoration:none}"
    ".btn{display:inline-block;margin:.6rem .5rem 0 0;padding:.65rem 1.1rem;border-radius:.6rem;"
    "background:var(--accent);color:var(--on-accent);text-decoration:none;font-weight:600}"
    ".btn.alt{background:transparent;color:var(--accent);border:1px solid var(--accent)}"
    ".kind{flex:none;width:2.6rem;height:3.2rem;border-radius:.35rem;border:1px solid var(--line);"
    "display:flex;align-items:center;justify-content:center;font-size:.7rem;font-weight:700;"
    "color:var(--accent)}"
    "footer{margin-top:2rem;font-size:.8rem;color:var(--muted);text-align:center}"
    // The language switch: each a 44-px target, the current one plain.
    ".lang a,.lang span{display:inline-block;min-width:2.75rem;min-height:2.75rem;"
    "padding:.75rem .6rem;font-size:.9rem;line-height:1.25}.lang a{color:var(--accent)}"
    ".lang span{font-weight:700;color:var(--fg)}footer p{margin:.3rem 0}"
    ".pin{font-size:1.6rem;letter-spacing:.4em;width:10em;max-width:100%;padding:.5rem .7rem;"
    "border:1px solid var(--line);border-radius:.6rem;background:var(--card);color:var(--fg)}"
    ".err{color:#c62828;font-weight:600}"
    "button.btn{border:0;font:inherit;font-weight:600;cursor:pointer}"
    ".th{flex:none;width:4.5rem;height:auto;border:1px solid var(--line);border-radius:.3rem;"
    "background:#fff}"
    ".pg{margin:1rem 0}.pg picture{display:block}"
    ".pg img{display:block;width:100%;height:auto;background:#fff;"
    "border:1px solid var(--line);border-radius:.3rem}"
    ".pg figcaption{text-align:center;font-size:.8rem;color:var(--muted);margin-top:.3rem}"
    ".parts{display:flex;flex-wrap:wrap;align-items:center;margin:1rem 0}"
    ".parts>*{margin:0 .5rem .5rem 0}"
    ".pg figcaption a{color:var(--accent);display:inline-block;padding:.6rem .3rem}"
    ".ok{border-left:.35rem solid #1b7f3b;padding:.6rem .9rem;background:var(--card);"
    "border-radius:.4rem;font-weight:600}"
    ".now{display:inline-block;margin:.2rem 0;padding:.1rem .5rem;border-radius:.3rem;"
    "background:#1b7f3b;color:#fff;font-size:.8rem;font-weight:700}"
    ".card.cur{border:2px solid #1b7f3b}"
    ".follow{margin:1rem 0;padding:.6rem .9rem;background:var(--card);"
    "border:1px solid var(--line);border-radius:.6rem}"
    ".follow.on{border-left:.35rem solid var(--accent)}.follow form{display:inline}"
    // The survey's form (server/SurveyPages): big targets, no gap (old Android browsers lack it
    // in flexbox), borders of 3:1 around what is typed, the choice shown by the control itself.
    "h2.sec,.sum h2{font-size:1.15rem;text-transform:none;letter-spacing:0;color:inherit;"
    "margin:0 0 .3rem}h2.sec{margin-top:2rem}"
    "fieldset,.sum{margin:1rem 0;padding:.8rem 1rem 1rem;border:1px solid var(--line);"
    "border-radius:.8rem;background:var(--card);min-width:0}"
    "legend{float:left;width:100%;padding:0;margin-bottom:.3rem;font-weight:600;"
    "overflow-wrap:anywhere}legend+*{clear:both}"
    ".req{font-weight:400;font-size:.85rem;color:var(--muted)}"
    ".hint{color:var(--muted);font-size:.9rem;margin:0 0 .4rem}"
    ".opt,.pt{border:1px solid var(--line);border-radius:.6rem;overflow-wrap:anywhere}"
    ".opt{display:flex;align-items:center;min-height:2.9rem;padding:.4rem .8rem;margin-top:.5rem}"
    ".opt input,.pt input{flex:none;width:1.5rem;height:1.5rem;margin:0;"
    "accent-color:var(--accent)}.opt input{margin-right:.7rem}"
    ".sc{display:flex;margin-top:.5rem}.pt+.pt{margin-left:.3rem}"
    ".pt{flex:1;min-width:0;display:flex;flex-direction:column;align-items:center;"
    "padding:.5rem .15rem;text-align:center;font-size:.8rem;line-height:1.2;"
    "-webkit-hyphens:auto;hyphens:auto}"
    ".pt b{font-size:1.1rem;margin-top:.2rem}"
    ".opt:has(:checked),.pt:has(:checked){border-color:var(--accent);"
    "box-shadow:inset 0 0 0 1px var(--accent)}"
    ".in{display:block;width:100%;min-height:2.9rem;margin-top:.5rem;padding:.6rem .7rem;"
    "font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--muted);"
    "border-radius:.5rem}"
    "input:focus,textarea:focus,button:focus{outline:3px solid var(--accent);outline-offset:2px}"
    ".sum,.bad{border:2px solid #b3261e}.bad{border-left-width:.45rem}"
    ".sum a{display:inline-block;padding:.15rem 0;color:var(--accent)}"
    ".qe{color:#b3261e;font-weight:600;margin:0 0 .4rem}"
    "@media(prefers-color-scheme:dark){.qe{color:#ff8a80}.sum,.bad{border-color:#ff8a80}}"
    ".btn.send{display:block;width:100%;margin:1.5rem 0 0;padding:.9rem;font-size:1.05rem}"
    // The text view: the phone's own width and font size; headings the document's, not the
    // pages' section labels.
    ".tx{font-size:1.05rem;line-height:1.6;overflow-wrap:anywhere;margin:1rem 0}"
    ".tx h2,.tx h3{text-transform:none;letter-spacing:0;color:inherit;line-height:1.3}"
    ".tx h2{font-size:1.25rem;margin:1.3rem 0 .5rem}.tx h3{font-size:1.1rem;margin:1rem 0 .4rem}"
    ".tx p{margin:0 0 .85rem}.tx ul{margin:0 0 .85rem}.tx li{margin:.35rem 0}"
    ".tx .tr{display:flex;flex-wrap:wrap;margin:0;padding:.35rem 0;"
    "border-bottom:1px solid var(--line)}.tx .tr span{flex:1 1 7rem;padding-right:.6rem}"
    "h1.dt{font-size:1.2rem}"
    ".bar{display:flex;flex-wrap:wrap;align-items:center;margin:.5rem 0}"
    ".sw{display:inline-flex;border:1px solid var(--accent);border-radius:.6rem;"
    "overflow:hidden;margin:0 1rem .3rem 0}"
    ".sw a,.sw span{display:inline-block;min-height:2.75rem;padding:.7rem 1rem;line-height:1.3;"
    "text-decoration:none;font-weight:600}"
    ".sw a{color:var(--accent)}.sw span{background:var(--accent);color:var(--on-accent)}"
    ".tool{display:inline-block;min-height:2.75rem;padding:.7rem 0;color:var(--accent);"
    "margin:0 1rem .3rem 0}"
    ".pn{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;"
    "margin:1rem 0}.pn .btn{margin:.3rem 0}"
    ".go{display:flex;flex-wrap:wrap;align-items:flex-end;margin:1rem 0}"
    ".go label{width:100%;font-weight:600}.go .in{flex:1;width:auto;min-width:6rem;"
    "margin:.4rem .5rem 0 0}.go .btn{margin:.4rem 0 0}"
    ".toc ol{padding-left:1.1rem}.toc>ol{padding:0}.toc li{margin:0}"
    ".toc a{display:inline-block;min-height:2.75rem;padding:.65rem 0;color:var(--accent)}"
    ".hits mark{background:#fff3a3;color:#161b22}"
    ".pg{scroll-margin-top:.5rem}.nb{margin-top:1.5rem}.nb .card{margin:.6rem 0}"
    // A 320-px phone: the chrome gives way to page 1.
    "@media(max-width:359px){main{padding:.6rem .7rem 1.5rem}h1{font-size:1.2rem}"
    "h1.dt{font-size:1.05rem}.lt{display:none}.btn{padding:.6rem .8rem}"
    ".follow{padding:.4rem .6rem}.follow .meta{font-size:.8rem}}";

QByteArray document(const Text &t, const QString &title, const QString &body)
{
    return htmlPage(t.language(), title, body);
}

QString meetingSubtitle(const Text &t, const SnapshotMeeting &meeting)
{
    QStringList parts;
    if (meeting.date.isValid())
        parts << t.locale().toString(meeting.date, QLocale::LongFormat);
    if (!meeting.venue.isEmpty())
        parts << meeting.venue;
    return parts.join(QStringLiteral(" · "));
}

QString kindLabel(const SnapshotDocument &doc)
{
    if (doc.mimeType == u"application/pdf")
        return QStringLiteral("PDF");
    const QString suffix = QFileInfo(doc.fileName).suffix().toUpper();
    return suffix.isEmpty() || suffix.size() > 5 ? QStringLiteral("FILE") : suffix;
}

QString nowBadge(const Text &t)
{
    return QStringLiteral("<span class=\"now\">") +
           esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Being discussed"))) + QStringLiteral("</span>");
}

// The form that starts or stops following, sent back to `here` (the page's own path).
QString followForm(const Text &t, const SnapshotMeeting &meeting, const QString &here, bool start)
{
    return QStringLiteral("<form method=\"post\" action=\"/") + meeting.code +
           QStringLiteral("/follow\"><input type=\"hidden\" name=\"follow\" value=\"") +
           (start ? u'1' : u'0') +
           QStringLiteral("\"><input type=\"hidden\" name=\"back\" value=\"") + esc(here) +
           QStringLiteral("\"><button class=\"btn alt\" type=\"submit\">") +
           esc(start ? t(QT_TRANSLATE_NOOP("DelegatePage", "Follow the meeting"))
                     : t(QT_TRANSLATE_NOOP("DelegatePage", "Stop following"))) +
           QStringLiteral("</button></form>");
}

// Below a page's header: the offer to follow, or, while following, what it means, the way to
// the current item without script, the way out, and the script. `item`: the page's own (0 for
// the agenda).
QString followBar(const Text &t, const SnapshotMeeting &meeting, const QString &here, int item,
                  bool following)
{
    if (!following)
        return QString::fromLatin1(kLiveStart) + QStringLiteral("<div class=\"follow\">") +
               followForm(t, meeting, here, true) + QStringLiteral(" <span class=\"meta\">") +
               esc(t(QT_TRANSLATE_NOOP("DelegatePage",
                                       "Your phone then moves to each item as it is discussed."))) +
               QStringLiteral("</span></div>") + QString::fromLatin1(kLiveEnd);
    return QString::fromLatin1(kLiveStart) +
           QStringLiteral("<div class=\"follow on\" role=\"status\"><strong>") +
           esc(t(QT_TRANSLATE_NOOP("DelegatePage", "You are following the meeting"))) +
           QStringLiteral("</strong> <span class=\"meta\">") +
           esc(t(QT_TRANSLATE_NOOP("DelegatePage",
                                   "This page moves to each item as it is discussed."))) +
           QStringLiteral("</span><br><a class=\"btn\" href=\"/") + meeting.code +
           QStringLiteral("/now\">") +
           esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Go to the item being discussed"))) +
           QStringLiteral("</a>") + followForm(t, meeting, here, false) +
           QStringLiteral("</div><script src=\"/") + meeting.code +
           QStringLiteral("/follow.js\" data-events=\"/") + meeting.code +
           QStringLiteral("/events\" data-item=\"") + QString::number(item) +
           QStringLiteral("\" data-current=\"") + QString::number(meeting.currentItem) +
           QStringLiteral("\" defer></script>") + QString::fromLatin1(kLiveEnd);
}

// Every page in the other language, by a link that needs no script: ?lang= on the same
// address, which the server remembers in a cookie. Each language named in itself.
QString languageSwitch(const Text &t)
{
    QString links = QString::fromLatin1(kLiveStart) +
                    QStringLiteral("<nav class=\"lang\" aria-label=\"") +
                    esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Language"))) + QStringLiteral("\">");
    const std::pair<const char *, const char *> names[] = {{"vi", "Tiếng Việt"}, {"en", "English"}};
    for (const auto &[code, name] : names) {
        const QString language = QString::fromLatin1(code);
        const QString own = QString::fromUtf8(name);
        if (language == t.language())
            links +=
                QStringLiteral("<span aria-current=\"true\">") + own + QStringLiteral("</span>");
        else
            links += QStringLiteral("<a href=\"?lang=") + language + QStringLiteral("\" lang=\"") +
                     language + QStringLiteral("\" hreflang=\"") + language +
                     QStringLiteral("\">") + own + QStringLiteral("</a>");
    }
    return links + QStringLiteral("</nav>") + QString::fromLatin1(kLiveEnd);
}

// "Download all": the documents as one ZIP, named in the phone's file list as they are here.
QString zipLink(const Text &t, const QString &href, int documents)
{
    return QStringLiteral("<p><a class=\"btn alt\" download href=\"") + esc(href) +
           QStringLiteral("\">") + esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Download all (ZIP)"))) +
           QStringLiteral("</a> <span class=\"meta\">") +
           esc(t(QT_TRANSLATE_N_NOOP("DelegatePage", "%n document(s)"), documents)) +
           QStringLiteral("</span></p>");
}

// The items before and after this one, so that a delegate reads the agenda in order without
// going back to it.
QString itemNeighbours(const Text &t, const SnapshotMeeting &meeting, const SnapshotItem &item)
{
    const auto at =
        std::find_if(meeting.items.cbegin(), meeting.items.cend(),
                     [&](const SnapshotItem &each) { return each.number == item.number; });
    if (at == meeting.items.cend())
        return {};
    const auto link = [&](const SnapshotItem &other, bool next) -> QString {
        return QStringLiteral("<a class=\"card\" rel=\"") +
               (next ? QStringLiteral("next") : QStringLiteral("prev")) +
               QStringLiteral("\" href=\"/") + meeting.code + u'/' + QString::number(other.number) +
               QStringLiteral("\"><span><span class=\"meta\">") +
               esc(next ? t(QT_TRANSLATE_NOOP("DelegatePage", "Next item"))
                        : t(QT_TRANSLATE_NOOP("DelegatePage", "Previous item"))) +
               QStringLiteral("</span><span class=\"t\">") + QString::number(other.number) +
               QStringLiteral(". ") + esc(other.title) + QStringLiteral("</span></span></a>");
    };
    QString nav = QStringLiteral("<nav class=\"nb\" aria-label=\"") +
                  esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Other items"))) + QStringLiteral("\">");
    if (at != meeting.items.cbegin())
        nav += link(*std::prev(at), false);
    if (std::next(at) != meeting.items.cend())
        nav += link(*std::next(at), true);
    return nav + QStringLiteral("</nav>");
}

} // namespace

QByteArray htmlPage(const QString &language, const QString &title, const QString &body)
{
    const Text t(language);
    const QString html =
        QStringLiteral("<!doctype html><html lang=\"") + t.language() +
        QStringLiteral("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                       "content=\"width=device-width,initial-scale=1\"><meta name=\"robots\" "
                       "content=\"noindex\"><title>") +
        esc(title) + QStringLiteral("</title><style>") + QString::fromLatin1(kStyle) +
        QStringLiteral("</style></head><body><main>") + body + QStringLiteral("<footer>") +
        languageSwitch(t) + QStringLiteral("<p>") + QString::fromLatin1(kLiveStart) +
        esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Shared on the venue's own network by Docket"))) +
        QString::fromLatin1(kLiveEnd) + QString::fromLatin1(kCopyStart) +
        esc(t(QT_TRANSLATE_NOOP("DelegatePage", "A copy of the meeting's documents, by Docket"))) +
        QString::fromLatin1(kCopyEnd) + QStringLiteral("</p></footer></main></body></html>\n");
    // toUtf8 reserves for the worst case (3 bytes a character): a snapshot of a large library
    // holds thousands of these pages.
    QByteArray bytes = html.toUtf8();
    bytes.squeeze();
    return bytes;
}

const QByteArray &followScript()
{
    // Kept tiny and old-browser-safe (ES5): an Android 5 phone's WebView runs it.
    static const QByteArray script =
        "// Docket: moves a phone that chose to follow the meeting to each item as it is "
        "discussed.\n"
        "(function () {\n"
        "  var me = document.currentScript;\n"
        "  if (!me || !window.EventSource) return;\n"
        "  var here = me.getAttribute('data-item'), drawn = me.getAttribute('data-current');\n"
        "  var events = new EventSource(me.getAttribute('data-events'));\n"
        "  events.addEventListener('item', function (event) {\n"
        "    var space = event.data.indexOf(' ');\n"
        "    var item = event.data.slice(0, space), path = event.data.slice(space + 1);\n"
        "    // Only a move since this page was drawn, and never onto the page's own item.\n"
        "    if (item === drawn || item === here || item === '0' || path.charAt(0) !== '/') "
        "return;\n"
        "    events.close();\n"
        "    location.assign(path);\n"
        "  });\n"
        "})();\n";
    return script;
}

const QStringList &languages()
{
    return AudienceText::languages();
}

QByteArray meetingPage(const SnapshotMeeting &meeting, const QString &language, bool following)
{
    const Text t(language);
    QString body = QStringLiteral("<header>");
    const QString subtitle = meetingSubtitle(t, meeting);
    if (!subtitle.isEmpty())
        body += QStringLiteral("<div class=\"sub\">") + esc(subtitle) + QStringLiteral("</div>");
    body += QStringLiteral("<h1>") + esc(meeting.title) + QStringLiteral("</h1></header>") +
            followBar(t, meeting, u'/' + meeting.code, 0, following) + QStringLiteral("<h2>") +
            esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Agenda"))) + QStringLiteral("</h2>");
    if (meeting.items.empty()) {
        body += QStringLiteral("<p class=\"meta\">") +
                esc(t(QT_TRANSLATE_NOOP("DelegatePage", "The agenda has no items yet."))) +
                QStringLiteral("</p>");
    } else {
        body += QStringLiteral("<ol>");
        for (const SnapshotItem &item : meeting.items) {
            QStringList meta;
            if (!item.presenter.isEmpty())
                meta << item.presenter;
            meta << t(QT_TRANSLATE_N_NOOP("DelegatePage", "%n document(s)"),
                      static_cast<int>(item.documents.size()));
            const bool current = item.number == meeting.currentItem;
            body += QStringLiteral("<li><a class=\"card") +
                    (current ? QStringLiteral(" cur\" aria-current=\"step") : QString()) +
                    QStringLiteral("\" href=\"/") + meeting.code + u'/' +
                    QString::number(item.number) + QStringLiteral("\"><span class=\"num\">") +
                    QString::number(item.number) + QStringLiteral("</span><span>") +
                    (current ? nowBadge(t) : QString()) + QStringLiteral("<span class=\"t\">") +
                    esc(item.title) + QStringLiteral("</span><span class=\"meta\">") +
                    esc(meta.join(QStringLiteral(" · "))) +
                    QStringLiteral("</span></span></a></li>");
        }
        body += QStringLiteral("</ol>");
    }
    int documents = 0;
    for (const SnapshotItem &item : meeting.items)
        documents += static_cast<int>(item.documents.size());
    if (documents > 1)
        body += zipLink(t, QStringLiteral("/") + meeting.code + QStringLiteral("/zip"), documents);
    return document(t, meeting.title, body);
}

QByteArray itemPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                    const QString &language, bool following)
{
    const Text t(language);
    QString body =
        QStringLiteral("<header><a class=\"back\" href=\"/") + meeting.code +
        QStringLiteral("\">← ") + esc(meeting.title) +
        QStringLiteral("</a><h1><span class=\"sub\">") +
        esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Item %1")).arg(t.locale().toString(item.number))) +
        QStringLiteral("</span><br>") + esc(item.title) + QStringLiteral("</h1>");
    if (item.number == meeting.currentItem)
        body += nowBadge(t);
    if (!item.presenter.isEmpty())
        body += QStringLiteral("<div class=\"sub\">") +
                esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Presented by %1")).arg(item.presenter)) +
                QStringLiteral("</div>");
    body += QStringLiteral("</header>") +
            followBar(t, meeting, u'/' + meeting.code + u'/' + QString::number(item.number),
                      item.number, following) +
            QStringLiteral("<h2>") + esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Documents"))) +
            QStringLiteral("</h2>");
    if (item.documents.empty()) {
        body += QStringLiteral("<p class=\"meta\">") +
                esc(t(QT_TRANSLATE_NOOP("DelegatePage", "No documents for this item yet."))) +
                QStringLiteral("</p>");
    } else {
        body += QStringLiteral("<ul>");
        for (const SnapshotDocument &doc : item.documents) {
            QStringList meta;
            if (doc.pageCount)
                meta << t(QT_TRANSLATE_N_NOOP("DelegatePage", "%n page(s)"), *doc.pageCount);
            meta << t.locale().formattedDataSize(doc.size, 1, QLocale::DataSizeSIFormat);
            if (doc.updatedAt.isValid())
                meta << updatedLabel(t, doc.updatedAt);
            const QString href = QString::fromLatin1(doc.urlPath);
            const QString reader = QString::fromLatin1(doc.basePath) + QStringLiteral("/read");
            body += QStringLiteral("<li class=\"card\">");
            if (doc.readable) {
                // The first page, small: people recognise a document by its look.
                const QSizeF first = doc.pageSizes.front();
                const int height = qRound(kThumbnailWidth * first.height() / first.width());
                // A second way to the reader for the finger, hidden from screen readers
                // and the keyboard: "Read" below is the one they get.
                const QString thumb =
                    QString::fromLatin1(doc.basePath) + QStringLiteral("/thumb/1");
                body += QStringLiteral("<a href=\"") + esc(reader) +
                        QStringLiteral("\" tabindex=\"-1\" aria-hidden=\"true\"><picture>"
                                       "<source type=\"image/webp\" srcset=\"") +
                        thumb + QStringLiteral(".webp\"><img class=\"th\" src=\"") + thumb +
                        QStringLiteral("\" width=\"") + QString::number(kThumbnailWidth) +
                        QStringLiteral("\" height=\"") + QString::number(height) +
                        QStringLiteral("\" alt=\"\"></picture></a>");
            } else {
                body += QStringLiteral("<span class=\"kind\">") + esc(kindLabel(doc)) +
                        QStringLiteral("</span>");
            }
            body += QStringLiteral("<span><span class=\"t\">") + esc(doc.title) +
                    QStringLiteral("</span><span class=\"meta\">") +
                    esc(meta.join(QStringLiteral(" · "))) + QStringLiteral("</span><br>");
            // "Read" shows the pages as images, which every phone browser can; "Open" only
            // where a phone browser shows the file itself; anything else is downloaded.
            if (doc.readable)
                body += QStringLiteral("<a class=\"btn\" href=\"") + esc(reader) +
                        QStringLiteral("\">") + esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Read"))) +
                        QStringLiteral("</a>");
            else if (doc.inlineView)
                body += QStringLiteral("<a class=\"btn\" href=\"") + esc(href) +
                        QStringLiteral("\">") + esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Open"))) +
                        QStringLiteral("</a>");
            body += QStringLiteral("<a class=\"btn alt\" download href=\"") + esc(href) +
                    QStringLiteral("\">") + esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Download"))) +
                    QStringLiteral("</a></span></li>");
        }
        body += QStringLiteral("</ul>");
        if (item.documents.size() > 1)
            body += zipLink(t,
                            u'/' + meeting.code + u'/' + QString::number(item.number) +
                                QStringLiteral("/zip"),
                            static_cast<int>(item.documents.size()));
    }
    body += itemNeighbours(t, meeting, item);
    return document(t, item.title + QStringLiteral(" · ") + meeting.title, body);
}

int readerParts(const SnapshotDocument &doc)
{
    const int pages = static_cast<int>(doc.pageSizes.size());
    return std::max(1, (pages + kReaderPagesPerPart - 1) / kReaderPagesPerPart);
}

namespace {

QString readerHref(const SnapshotDocument &doc, int part)
{
    return QString::fromLatin1(doc.basePath) + QStringLiteral("/read") +
           (part > 1 ? u'/' + QString::number(part) : QString());
}

// Between the parts of a long document: where this part is, and the way to its neighbours.
QString partNavigation(const Text &t, const SnapshotDocument &doc, int part, int parts)
{
    const int pages = static_cast<int>(doc.pageSizes.size());
    // The links start a sentence of their own; "Showing pages 51–100 of 120" does not.
    const auto range = [&](int p, bool link = true) {
        const int first = (p - 1) * kReaderPagesPerPart + 1;
        const int last = std::min(pages, p * kReaderPagesPerPart);
        return (link ? t(QT_TRANSLATE_NOOP("DelegatePage", "Pages %1–%2"))
                     : t(QT_TRANSLATE_NOOP("DelegatePage", "pages %1–%2")))
            .arg(t.locale().toString(first), t.locale().toString(last));
    };
    QString nav = QStringLiteral("<nav class=\"parts\" aria-label=\"") +
                  esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Parts of the document"))) +
                  QStringLiteral("\">");
    if (part > 1)
        nav += QStringLiteral("<a class=\"btn alt\" rel=\"prev\" href=\"") +
               esc(readerHref(doc, part - 1)) + QStringLiteral("\">← ") + esc(range(part - 1)) +
               QStringLiteral("</a>");
    nav += QStringLiteral("<span class=\"meta\">") +
           esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Showing %1 of %2"))
                   .arg(range(part, false), t.locale().toString(pages))) +
           QStringLiteral("</span>");
    if (part < parts)
        nav += QStringLiteral("<a class=\"btn alt\" rel=\"next\" href=\"") +
               esc(readerHref(doc, part + 1)) + QStringLiteral("\">") + esc(range(part + 1)) +
               QStringLiteral(" →</a>");
    return nav + QStringLiteral("</nav>");
}

} // namespace

namespace {

QString documentBase(const SnapshotDocument &doc)
{
    return QString::fromLatin1(doc.basePath);
}

// "at?n=17&view=text": a page of the document in the view named, which the phone then keeps.
QString pageHref(const SnapshotDocument &doc, int page, const char *view = nullptr)
{
    return documentBase(doc) + QStringLiteral("/at?n=") + QString::number(page) +
           (view ? QStringLiteral("&view=") + QString::fromLatin1(view) : QString());
}

// The way back to the item, short on a small screen: "← Item 1", the item's title after it
// where there is room (it is the item page's own heading).
QString backToItem(const Text &t, const SnapshotMeeting &meeting, const SnapshotItem &item)
{
    return QStringLiteral("<a class=\"back\" href=\"/") + meeting.code + u'/' +
           QString::number(item.number) + QStringLiteral("\">← ") +
           esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Item %1"))
                   .arg(t.locale().toString(item.number))) +
           QStringLiteral("<span class=\"lt\"> · ") + esc(item.title) +
           QStringLiteral("</span></a>");
}

// Pages (the images) or Text: the reader's two views of one document, the current one plain.
QString viewSwitch(const Text &t, const SnapshotDocument &doc, int page, bool text)
{
    const QString pages = t(QT_TRANSLATE_NOOP("DelegatePage", "Pages"));
    const QString words = t(QT_TRANSLATE_NOOP("DelegatePage", "Text"));
    const auto option = [&](const QString &label, bool current, const char *view) -> QString {
        if (current)
            return QStringLiteral("<span aria-current=\"page\">") + esc(label) +
                   QStringLiteral("</span>");
        return QStringLiteral("<a href=\"") + esc(pageHref(doc, page, view)) +
               QStringLiteral("\">") + esc(label) + QStringLiteral("</a>");
    };
    return QStringLiteral("<nav class=\"sw\" aria-label=\"") +
           esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Show as"))) + QStringLiteral("\">") +
           option(pages, !text, "pages") + option(words, text, "text") +
           QStringLiteral("</nav><a class=\"tool\" href=\"") + documentBase(doc) +
           QStringLiteral("/contents\">") + esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Contents"))) +
           QStringLiteral("</a>");
}

// Any page by its number, and the document's words: GET forms, so that they need no script and
// the back button returns from where they led. `view`: the view the page opens in.
QString documentForms(const Text &t, const SnapshotDocument &doc, int page, const char *view,
                      const QString &query = {})
{
    const int pages = static_cast<int>(doc.pageSizes.size());
    QString forms = QString::fromLatin1(kLiveStart) +
                    QStringLiteral("<form class=\"go\" method=\"get\" action=\"") +
                    documentBase(doc) + QStringLiteral("/at\"><label for=\"go-n\">") +
                    esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Go to page (1–%1)"))
                            .arg(t.locale().toString(pages))) +
                    QStringLiteral("</label><input id=\"go-n\" class=\"in\" name=\"n\" "
                                   "type=\"number\" inputmode=\"numeric\" min=\"1\" max=\"") +
                    QString::number(pages) + QStringLiteral("\" required");
    if (page > 0)
        forms += QStringLiteral(" placeholder=\"") + QString::number(page) + u'"';
    forms += QStringLiteral("><input type=\"hidden\" name=\"view\" value=\"") +
             QString::fromLatin1(view) +
             QStringLiteral("\"><button class=\"btn alt\" type=\"submit\">") +
             esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Go"))) + QStringLiteral("</button></form>");
    forms += QStringLiteral("<form class=\"go\" method=\"get\" role=\"search\" action=\"") +
             documentBase(doc) + QStringLiteral("/search\"><label for=\"find-q\">") +
             esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Search this document"))) +
             QStringLiteral("</label><input id=\"find-q\" class=\"in\" name=\"q\" type=\"search\" "
                            "maxlength=\"200\" required value=\"") +
             esc(query) + QStringLiteral("\"><button class=\"btn alt\" type=\"submit\">") +
             esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Search"))) +
             QStringLiteral("</button></form>") + QString::fromLatin1(kLiveEnd);
    return forms;
}

QString documentHeader(const Text &t, const SnapshotMeeting &meeting, const SnapshotItem &item,
                       const SnapshotDocument &doc, const QString &meta)
{
    return QStringLiteral("<header>") + backToItem(t, meeting, item) +
           QStringLiteral("<h1 class=\"dt\">") + esc(doc.title) +
           QStringLiteral("</h1><div class=\"meta\">") + esc(meta) +
           QStringLiteral("</div></header>");
}

// The previous and next pages of the text view, and the page as an image between them.
QString textNavigation(const Text &t, const SnapshotDocument &doc, int page)
{
    const int pages = static_cast<int>(doc.pageSizes.size());
    const QString base = documentBase(doc) + QStringLiteral("/text/");
    QString nav = QStringLiteral("<nav class=\"pn\" aria-label=\"") +
                  esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Pages of the document"))) +
                  QStringLiteral("\">");
    if (page > 1)
        nav += QStringLiteral("<a class=\"btn alt\" rel=\"prev\" href=\"") + base +
               QString::number(page - 1) + QStringLiteral("\">← ") +
               esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Page %1"))
                       .arg(t.locale().toString(page - 1))) +
               QStringLiteral("</a>");
    else
        nav += QStringLiteral("<span></span>");
    if (page < pages)
        nav += QStringLiteral("<a class=\"btn alt\" rel=\"next\" href=\"") + base +
               QString::number(page + 1) + QStringLiteral("\">") +
               esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Page %1"))
                       .arg(t.locale().toString(page + 1))) +
               QStringLiteral(" →</a>");
    return nav + QStringLiteral("</nav>");
}

QString downloadLink(const Text &t, const SnapshotDocument &doc,
                     const QString &style = QStringLiteral("btn alt"))
{
    const QString label = doc.derivedReading
                              ? t(QT_TRANSLATE_NOOP("DelegatePage", "Download the original (%1)"))
                                    .arg(QFileInfo(doc.fileName).suffix().toUpper())
                              : t(QT_TRANSLATE_NOOP("DelegatePage", "Download PDF"));
    return QStringLiteral("<a class=\"") + style + QStringLiteral("\" download href=\"") +
           esc(QString::fromLatin1(doc.urlPath)) + QStringLiteral("\">") + esc(label) +
           QStringLiteral("</a>");
}

} // namespace

QByteArray readerPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                      const SnapshotDocument &doc, const QString &language, int part,
                      bool following)
{
    const Text t(language);
    const int pages = static_cast<int>(doc.pageSizes.size());
    const int parts = readerParts(doc);
    part = std::clamp(part, 1, parts);
    QStringList meta{t(QT_TRANSLATE_N_NOOP("DelegatePage", "%n page(s)"), pages),
                     t.locale().formattedDataSize(doc.size, 1, QLocale::DataSizeSIFormat)};
    if (doc.updatedAt.isValid())
        meta << updatedLabel(t, doc.updatedAt);
    const QString download = downloadLink(t, doc);
    const QString navigation = parts > 1 ? partNavigation(t, doc, part, parts) : QString();
    const int first = (part - 1) * kReaderPagesPerPart;
    const int last = std::min(pages, part * kReaderPagesPerPart);
    // Compact above page 1: where it belongs, the two views and the contents; the rest below.
    QString body = documentHeader(t, meeting, item, doc, meta.join(QStringLiteral(" · "))) +
                   QStringLiteral("<div class=\"bar\">") + viewSwitch(t, doc, first + 1, false) +
                   downloadLink(t, doc, QStringLiteral("tool")) + QStringLiteral("</div>");
    // A long document read while following: the bar is there to stop, and the page moves on
    // like any other once the meeting does.
    if (following)
        body += followBar(t, meeting, readerHref(doc, part), item.number, true);
    if (doc.derivedReading)
        body += QStringLiteral("<p class=\"meta\">") +
                esc(t(QT_TRANSLATE_NOOP("DelegatePage",
                                        "The pages are shown from a PDF copy Docket made of this "
                                        "file; the original may look slightly different."))) +
                QStringLiteral("</p>");
    body += navigation;
    const QString base = QString::fromLatin1(doc.basePath) + QStringLiteral("/page/");
    const QString smaller = QString::fromLatin1(doc.basePath) + QStringLiteral("/w720/");
    // The page's own text, for whoever cannot read the image (WCAG 1.1.1, 1.4.5).
    const QString textOf = QString::fromLatin1(doc.basePath) + QStringLiteral("/text/");
    // A page known not to draw (too heavy for the render workers) shows the placeholder image,
    // and the download is offered right there, around the image and below it.
    const QString tooHeavy =
        doc.derivedReading
            ? t(QT_TRANSLATE_NOOP("DelegatePage",
                                  "This page is too heavy to display — download the file"))
            : t(QT_TRANSLATE_NOOP("DelegatePage",
                                  "This page is too heavy to display — download the PDF"));
    const QString fileLink = QStringLiteral("<a download href=\"") +
                             esc(QString::fromLatin1(doc.urlPath)) + QStringLiteral("\">");
    size_t nextFailed = 0;
    for (int i = first; i < last; ++i) {
        const QSizeF size = doc.pageSizes[static_cast<size_t>(i)];
        const int height = qRound(kReaderWidth * size.height() / size.width());
        const QString label = t(QT_TRANSLATE_NOOP("DelegatePage", "Page %1 of %2"))
                                  .arg(t.locale().toString(i + 1), t.locale().toString(pages));
        while (nextFailed < doc.failedPages.size() && doc.failedPages[nextFailed] < i + 1)
            ++nextFailed;
        const bool failed =
            nextFailed < doc.failedPages.size() && doc.failedPages[nextFailed] == i + 1;
        // The first pages load at once; the rest as the reader scrolls towards them, so a
        // phone that reads one page of a long report fetches a few images, not all.
        // A 2x phone of 390 px takes the 720-px image, a 3x one the 1080-px one; a browser
        // without srcset the latter. A browser that shows WebP takes the same pages as WebP
        // (about a fifth fewer bytes): <picture> lets the browser say so itself, which
        // Safari 14 and 15 do not do in Accept, and keeps one URL per encoding, which a
        // static copy of the site on any web server can serve as it is.
        const QString number = QString::number(i + 1);
        const QString webp =
            failed ? QString()
                   : QStringLiteral("<picture><source type=\"image/webp\" srcset=\"") + smaller +
                         number + QStringLiteral(".webp 720w, ") + base + number +
                         QStringLiteral(".webp ") + QString::number(kReaderWidth) +
                         QStringLiteral("w\" sizes=\"") + QString::fromLatin1(kReaderImageSizes) +
                         QStringLiteral("\">");
        const QString image =
            webp + QStringLiteral("<img src=\"") + base + QString::number(i + 1) +
            QStringLiteral("\" srcset=\"") + smaller + QString::number(i + 1) +
            QStringLiteral(" 720w, ") + base + QString::number(i + 1) + u' ' +
            QString::number(kReaderWidth) + QStringLiteral("w\" sizes=\"") +
            QString::fromLatin1(kReaderImageSizes) + QStringLiteral("\" width=\"") +
            QString::number(kReaderWidth) + QStringLiteral("\" height=\"") +
            QString::number(height) + QStringLiteral("\" alt=\"") +
            esc(failed ? label + QStringLiteral(": ") + tooHeavy : label) +
            (i < first + 2 ? QStringLiteral("\">") : QStringLiteral("\" loading=\"lazy\">")) +
            (failed ? QString() : QStringLiteral("</picture>"));
        if (failed)
            body += QStringLiteral("<figure class=\"pg\" id=\"p") + QString::number(i + 1) +
                    QStringLiteral("\">") + fileLink + image + QStringLiteral("</a><figcaption>") +
                    esc(label) + QStringLiteral(" · ") + fileLink + esc(tooHeavy) +
                    QStringLiteral("</a></figcaption></figure>");
        else
            body += QStringLiteral("<figure class=\"pg\" id=\"p") + QString::number(i + 1) +
                    QStringLiteral("\">") + image + QStringLiteral("<figcaption>") + esc(label) +
                    QStringLiteral(" · <a href=\"") + textOf + QString::number(i + 1) +
                    QStringLiteral("\">") + esc(t(QT_TRANSLATE_NOOP("DelegatePage", "its text"))) +
                    QStringLiteral("</a></figcaption></figure>");
    }
    body += navigation + documentForms(t, doc, 0, "pages") + download;
    QString title = doc.title + QStringLiteral(" · ") + meeting.title;
    if (parts > 1)
        title = doc.title + QStringLiteral(" (") +
                t(QT_TRANSLATE_NOOP("DelegatePage", "part %1 of %2"))
                    .arg(t.locale().toString(part), t.locale().toString(parts)) +
                QStringLiteral(") · ") + meeting.title;
    return document(t, title, body);
}

QByteArray textPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                    const SnapshotDocument &doc, const QString &language, int page, bool following)
{
    const Text t(language);
    const int pages = static_cast<int>(doc.pageSizes.size());
    const QString pageLabel = t(QT_TRANSLATE_NOOP("DelegatePage", "Page %1 of %2"))
                                  .arg(t.locale().toString(page), t.locale().toString(pages));
    QString body = documentHeader(t, meeting, item, doc, pageLabel) +
                   QStringLiteral("<div class=\"bar\">") + viewSwitch(t, doc, page, true) +
                   QStringLiteral("</div>");
    if (following)
        body += followBar(t, meeting,
                          documentBase(doc) + QStringLiteral("/text/") + QString::number(page),
                          item.number, true);
    // The document's words are in the meeting's language, whatever the phone reads the frame in.
    body += QStringLiteral("<article class=\"tx\" lang=\"") + esc(meeting.language) +
            QStringLiteral("\">") + QString::fromLatin1(kFragmentMarker);
    const QString recognised = doc.text->isRecognised(page) ? doc.text->page(page) : QString();
    if (!recognised.trimmed().isEmpty())
        body += QStringLiteral("<p class=\"meta\" lang=\"") + t.language() + QStringLiteral("\">") +
                esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Recognised from a scan of the page: it "
                                                        "may hold mistakes."))) +
                QStringLiteral("</p><p>") + esc(recognised) + QStringLiteral("</p>");
    else
        body += QStringLiteral("<p class=\"meta\" lang=\"") + t.language() + QStringLiteral("\">") +
                esc(t(QT_TRANSLATE_NOOP("DelegatePage", "This page has no text to show: it may "
                                                        "be a scan or a picture."))) +
                QStringLiteral(" <a href=\"") + esc(pageHref(doc, page, "pages")) +
                QStringLiteral("\">") +
                esc(t(QT_TRANSLATE_NOOP("DelegatePage", "See the page as an image"))) +
                QStringLiteral("</a></p>");
    body += QString::fromLatin1(kFragmentMarker) + QStringLiteral("</article>") +
            textNavigation(t, doc, page) + documentForms(t, doc, page, "text") +
            downloadLink(t, doc);
    return document(t, doc.title + QStringLiteral(" · ") + pageLabel, body);
}

QByteArray contentsPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                        const SnapshotDocument &doc, const QString &language, bool following)
{
    const Text t(language);
    const int pages = static_cast<int>(doc.pageSizes.size());
    const QString title = t(QT_TRANSLATE_NOOP("DelegatePage", "Contents"));
    QString body = documentHeader(t, meeting, item, doc,
                                  t(QT_TRANSLATE_N_NOOP("DelegatePage", "%n page(s)"), pages));
    if (following)
        body += followBar(t, meeting, documentBase(doc) + QStringLiteral("/contents"), item.number,
                          true);
    body += QStringLiteral("<h2>") + esc(title) +
            QStringLiteral("</h2><nav class=\"toc\" lang=\"") + esc(meeting.language) +
            QStringLiteral("\" aria-label=\"") + esc(title) + QStringLiteral("\">") +
            QString::fromLatin1(kFragmentMarker) + QStringLiteral("<p class=\"meta\" lang=\"") +
            t.language() + QStringLiteral("\">") +
            esc(t(QT_TRANSLATE_NOOP("DelegatePage", "This document has no contents list of its "
                                                    "own. Go to a page by its number, or search "
                                                    "its words."))) +
            QStringLiteral("</p>") + QString::fromLatin1(kFragmentMarker) +
            QStringLiteral("</nav>") + documentForms(t, doc, 0, "text") + downloadLink(t, doc);
    return document(t, title + QStringLiteral(" · ") + doc.title, body);
}

QByteArray searchPage(const SnapshotMeeting &meeting, const SnapshotItem &item,
                      const SnapshotDocument &doc, const QString &language, const QString &query,
                      const QList<DocumentHit> &hits, bool tooMany, const QString &problem)
{
    const Text t(language);
    const QString title = t(QT_TRANSLATE_NOOP("DelegatePage", "Search this document"));
    QString body =
        documentHeader(t, meeting, item, doc, title) + documentForms(t, doc, 0, "text", query);
    if (!problem.isEmpty()) {
        body += QStringLiteral("<p class=\"err\" role=\"status\">") + esc(problem) +
                QStringLiteral("</p>");
    } else if (hits.isEmpty()) {
        body += QStringLiteral("<p role=\"status\">") +
                esc(t(QT_TRANSLATE_NOOP("DelegatePage", "No page of this document holds “%1”."))
                        .arg(query)) +
                QStringLiteral("</p>");
    } else {
        body +=
            QStringLiteral("<p role=\"status\">") +
            esc((tooMany
                     ? t(QT_TRANSLATE_N_NOOP("DelegatePage", "“%1” is on more than %n page(s):"),
                         static_cast<int>(hits.size()))
                     : t(QT_TRANSLATE_N_NOOP("DelegatePage", "“%1” is on %n page(s):"),
                         static_cast<int>(hits.size())))
                    .arg(query)) +
            QStringLiteral("</p><ol class=\"hits\">");
        for (const DocumentHit &hit : hits) {
            // The snippet's brackets around each match become <mark>.
            QString snippet;
            qsizetype at = 0;
            for (const auto &[from, to] : hit.marks) {
                if (from < 1 || from < at || to > hit.snippet.size())
                    continue;
                snippet += esc(hit.snippet.mid(at, from - 1 - at)) + QStringLiteral("<mark>") +
                           esc(hit.snippet.mid(from, to - from)) + QStringLiteral("</mark>");
                at = to + 1;
            }
            snippet += esc(hit.snippet.mid(at));
            body += QStringLiteral("<li><a class=\"card\" href=\"") + esc(pageHref(doc, hit.page)) +
                    QStringLiteral("\"><span class=\"num\" aria-hidden=\"true\">") +
                    t.locale().toString(hit.page) +
                    QStringLiteral("</span><span><span class=\"t\">") +
                    esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Page %1"))
                            .arg(t.locale().toString(hit.page))) +
                    QStringLiteral("</span><span class=\"meta\" lang=\"") + esc(meeting.language) +
                    QStringLiteral("\">") + snippet + QStringLiteral("</span></span></a></li>");
        }
        body += QStringLiteral("</ol>");
    }
    return document(t, title + QStringLiteral(" · ") + doc.title, body);
}

SplitPage pinPage(const SnapshotMeeting &meeting, const QString &language, PinNotice notice)
{
    const Text t(language);
    // Any "<" in the titles is escaped, so this marker can only be the one placed below.
    static const QString kMarker = QStringLiteral("<NEXT>");
    const QString title = t(QT_TRANSLATE_NOOP("DelegatePage", "Enter the meeting PIN"));
    QString body =
        QStringLiteral("<header><div class=\"sub\">") + esc(meeting.title) +
        QStringLiteral("</div><h1>") + esc(title) + QStringLiteral("</h1></header><p>") +
        esc(t(QT_TRANSLATE_NOOP("DelegatePage", "The organisers protect this meeting with a PIN. "
                                                "You enter it once on this phone."))) +
        QStringLiteral("</p>");
    if (notice == PinNotice::Wrong)
        body += QStringLiteral("<p class=\"err\">") +
                esc(t(QT_TRANSLATE_NOOP("DelegatePage", "That PIN is not right. Try again."))) +
                QStringLiteral("</p>");
    else if (notice == PinNotice::TooManyTries)
        body += QStringLiteral("<p class=\"err\">") +
                esc(t(QT_TRANSLATE_NOOP("DelegatePage",
                                        "Too many wrong PINs were entered for this meeting. "
                                        "Wait a minute, then try again."))) +
                QStringLiteral("</p>");
    body += QStringLiteral("<form method=\"post\" action=\"/") + meeting.code +
            QStringLiteral("/unlock\"><input type=\"hidden\" name=\"next\" value=\"") + kMarker +
            QStringLiteral("\"><input class=\"pin\" name=\"pin\" type=\"password\" "
                           "inputmode=\"numeric\" pattern=\"[0-9]*\" minlength=\"4\" "
                           "maxlength=\"8\" autocomplete=\"off\" required autofocus "
                           "aria-label=\"PIN\"><button class=\"btn\" type=\"submit\">") +
            esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Enter"))) + QStringLiteral("</button></form>");
    const QByteArray html = document(t, title + QStringLiteral(" · ") + meeting.title, body);
    const QByteArray marker = kMarker.toLatin1();
    const qsizetype at = html.indexOf(marker);
    return {html.left(at), html.mid(at + marker.size())};
}

QByteArray notFoundPage(const QString &language)
{
    const Text t(language);
    const QString title = t(QT_TRANSLATE_NOOP("DelegatePage", "Nothing here"));
    const QString body =
        QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1><p>") +
        esc(t(QT_TRANSLATE_NOOP("DelegatePage",
                                "This address does not lead to an open meeting. Check the code "
                                "on your agenda sheet, or scan the QR code again."))) +
        QStringLiteral("</p>");
    return document(t, title, body);
}

QByteArray foreignFormPage(const QString &meetingCode, const QString &language)
{
    const Text t(language);
    const QString title = t(QT_TRANSLATE_NOOP("DelegatePage", "The form was not accepted"));
    const QString body =
        QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1><p>") +
        esc(t(QT_TRANSLATE_NOOP("DelegatePage",
                                "It was not sent from this meeting's own page, so nothing was "
                                "done with it. Open the meeting again and send the form from "
                                "there."))) +
        QStringLiteral("</p><p><a class=\"btn\" href=\"/") + esc(meetingCode) +
        QStringLiteral("\">") + esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Open the meeting"))) +
        QStringLiteral("</a></p>");
    return document(t, title, body);
}

QByteArray badgePage(const SnapshotMeeting &meeting, const SnapshotDelegate &delegate,
                     const QDateTime &checkedInAt, bool already, const QString &language)
{
    const Text t(language);
    const QDateTime local = checkedInAt.toLocalTime();
    const QString time = local.date() == QDate::currentDate()
                             ? t.locale().toString(local.time(), QLocale::ShortFormat)
                             : t.locale().toString(local, QLocale::ShortFormat);
    const QString title =
        t(QT_TRANSLATE_NOOP("DelegatePage", "Welcome, %1")).arg(delegate.fullName);
    QStringList about;
    about << t(QT_TRANSLATE_NOOP("DelegatePage", "Delegate No. %1"))
                 .arg(t.locale().toString(delegate.number));
    for (const QString &part : {delegate.unit, delegate.delegation})
        if (!part.isEmpty())
            about << part;
    const QString status =
        !checkedInAt.isValid()
            ? t(QT_TRANSLATE_NOOP("DelegatePage", "Your check-in cannot be recorded right now: "
                                                  "please check in at the door."))
        : already
            ? t(QT_TRANSLATE_NOOP("DelegatePage", "You were already checked in at %1.")).arg(time)
            : t(QT_TRANSLATE_NOOP("DelegatePage", "You are checked in: %1.")).arg(time);
    const QString body = QStringLiteral("<p class=\"sub\">") + esc(meeting.title) +
                         QStringLiteral("</p><h1>") + esc(title) +
                         QStringLiteral("</h1><p class=\"meta\">") +
                         esc(about.join(QStringLiteral(" · "))) +
                         QStringLiteral("</p><p class=\"ok\" role=\"status\">") + esc(status) +
                         QStringLiteral("</p><p><a class=\"btn\" href=\"/") + esc(meeting.code) +
                         QStringLiteral("\">") +
                         esc(t(QT_TRANSLATE_NOOP("DelegatePage", "Open the meeting's documents"))) +
                         QStringLiteral("</a></p>");
    return document(t, title, body);
}

} // namespace docket::delegatepages

// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish/ServerConfig.h"

#include <QStringList>

namespace docket::serverconfig {

namespace {

// As the live server's pages are sent (server/Router's kPagePolicy): no script at all.
constexpr char kPagePolicy[] = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

// The types a phone may show in place, as on the live server (http::showsInline); everything
// else is downloaded, and nothing is ever sent as HTML, SVG or script of the site's origin.
constexpr char kInlineExtensions[] = "pdf|png|jpe?g|gif|webp|txt";

// Names as the pages link them, percent-encoded UTF-8 (QUrl::toPercentEncoding): exactly what
// RFC 8187's filename* takes, so the header carries the file's Vietnamese name as it is.
constexpr char kEncodedName[] = "[A-Za-z0-9%._~-]+";

QString commentedTitle(const QString &title)
{
    QString line = title.simplified();
    line.replace(u'\n', u' ');
    return line.left(120);
}

} // namespace

QString codePattern(const QString &meetingCode)
{
    QString pattern;
    for (const QChar c : meetingCode) {
        if (c == u'0')
            pattern += QStringLiteral("[0Oo]");
        else if (c == u'1')
            pattern += QStringLiteral("[1IiLl]");
        else if (c.isLetter())
            pattern += u'[' + c.toUpper() + c.toLower() + u']';
        else if (c.isDigit())
            pattern += c;
    }
    return pattern;
}

QString nginx(const Site &site)
{
    const QString c = site.meetingCode;
    const QString safeHeaders = QStringLiteral("            add_header X-Content-Type-Options "
                                               "nosniff always;\n"
                                               "            add_header Referrer-Policy "
                                               "no-referrer always;\n");
    QString out;
    out += QStringLiteral("# Docket: the static copy of meeting %1 (%2), as\n"
                          "# `docket-cli publish %1 --to %3` writes it. Change the listen and root "
                          "lines\n# for this server, add server_name and TLS as for any site, and "
                          "include it in\n# nginx's http { } block (for example as "
                          "/etc/nginx/sites-enabled/docket-%1).\n")
               .arg(c, commentedTitle(site.meetingTitle), site.root);
    out += QStringLiteral("server {\n    listen %1;\n    root %2;\n\n").arg(site.listen, site.root);
    out += QStringLiteral(
        "    index index.html;\n"
        "    autoindex off;\n"
        "    # \"/CODE/3\" -> \"/CODE/3/\", as a relative Location (right behind a proxy too).\n"
        "    absolute_redirect off;\n"
        "    server_tokens off;\n"
        "    charset utf-8;\n\n"
        "    # What was published, for Docket's next publish: never served.\n"
        "    location ^~ /.docket-publish/ { return 404; }\n"
        "    location = / { return 404; }\n\n");
    out += QStringLiteral("    # The meeting's pages, page images and documents.\n"
                          "    location ~ \"^/%1(?:/.*)?$\" {\n")
               .arg(c);
    if (site.hasPin)
        out += QStringLiteral(
                   "        # The meeting has a PIN on the live server; a static copy cannot ask "
                   "for it.\n"
                   "        # To let only delegates in, give them a name and password instead "
                   "(htpasswd is\n"
                   "        # in Debian's apache2-utils):  htpasswd -c "
                   "/etc/nginx/docket-%1.htpasswd delegate\n"
                   "        # and remove the # of these two lines:\n"
                   "        # auth_basic \"%1\";\n"
                   "        # auth_basic_user_file /etc/nginx/docket-%1.htpasswd;\n")
                   .arg(c);
    out += QStringLiteral("        # Pages change as the agenda does: phones keep them but ask "
                          "again (a 304 when unchanged).\n"
                          "        add_header Cache-Control \"no-cache\" always;\n"
                          "        add_header Content-Security-Policy \"%1\" always;\n")
               .arg(QString::fromLatin1(kPagePolicy));
    out +=
        safeHeaders.mid(4).replace(QStringLiteral("\n            "), QStringLiteral("\n        "));
    out += QStringLiteral("\n        # Page images, named by their content: never changed.\n"
                          "        location ~ \"^/%1/_img/[0-9a-f]+\\.(?:webp|jpg|png)$\" {\n"
                          "            add_header Cache-Control \"public, max-age=31536000, "
                          "immutable\" always;\n")
               .arg(c);
    out += safeHeaders + QStringLiteral("        }\n");
    out += QStringLiteral(
               "        # An item's documents, or the whole meeting's, as one ZIP.\n"
               "        location ~ \"^/%1/(?:[0-9]+/)?zip/[^/]+$\" {\n"
               "            types { }\n"
               "            default_type application/zip;\n"
               "            set $docket_name \"\";\n"
               "            if ($request_uri ~ \"/zip/(?<docket_zip>%2)$\") { set $docket_name "
               "$docket_zip; }\n"
               "            add_header Content-Disposition \"attachment; "
               "filename*=UTF-8''$docket_name\" always;\n"
               "            add_header Cache-Control \"no-cache\" always;\n")
               .arg(c, QString::fromLatin1(kEncodedName));
    out += safeHeaders + QStringLiteral("        }\n");
    out += QStringLiteral(
               "        # A document under its own name: shown in place when phones can, else "
               "downloaded;\n"
               "        # never run as a page of this site (a sandbox for all but PDF, whose "
               "viewer needs none).\n"
               "        location ~ \"^/%1/[0-9]+/[0-9]+/[^/]+$\" {\n"
               "            types {\n"
               "                application/pdf pdf;\n"
               "                image/png png;\n"
               "                image/jpeg jpg jpeg;\n"
               "                image/gif gif;\n"
               "                image/webp webp;\n"
               "                text/plain txt;\n"
               "                application/msword doc;\n"
               "                application/vnd.openxmlformats-officedocument.wordprocessingml."
               "document docx;\n"
               "                application/vnd.ms-excel xls;\n"
               "                application/vnd.openxmlformats-officedocument.spreadsheetml.sheet "
               "xlsx;\n"
               "                application/vnd.ms-powerpoint ppt;\n"
               "                application/vnd.openxmlformats-officedocument.presentationml."
               "presentation pptx;\n"
               "                application/vnd.oasis.opendocument.text odt;\n"
               "                application/vnd.oasis.opendocument.spreadsheet ods;\n"
               "                application/vnd.oasis.opendocument.presentation odp;\n"
               "                application/zip zip;\n"
               "            }\n"
               "            default_type application/octet-stream;\n"
               "            set $docket_name \"\";\n"
               "            if ($request_uri ~ "
               "\"^/[^/?]+/[0-9]+/[0-9]+/(?<docket_doc>%2)(?:\\?.*)?$\") "
               "{ set $docket_name $docket_doc; }\n"
               "            set $docket_disposition attachment;\n"
               "            set $docket_sandbox sandbox;\n"
               "            if ($uri ~* \"\\.(?:%3)$\") { set $docket_disposition inline; }\n"
               "            if ($uri ~* \"\\.pdf$\") { set $docket_sandbox \"\"; }\n"
               "            add_header Content-Disposition \"$docket_disposition; "
               "filename*=UTF-8''$docket_name\" always;\n"
               "            add_header Content-Security-Policy $docket_sandbox always;\n"
               "            add_header Cache-Control \"no-cache\" always;\n")
               .arg(c, QString::fromLatin1(kEncodedName), QString::fromLatin1(kInlineExtensions));
    out += safeHeaders + QStringLiteral("        }\n    }\n\n");
    out += QStringLiteral("    # The code as people type it (any case, O for 0, I or L for 1): to "
                          "its one spelling.\n"
                          "    location ~ \"^/%1(?<docket_rest>/.*)?$\" {\n"
                          "        return 301 /%2$docket_rest;\n"
                          "    }\n}\n")
               .arg(codePattern(c), c);
    return out;
}

QString caddy(const Site &site)
{
    const QString c = site.meetingCode;
    QString out;
    out += QStringLiteral("# Docket: the static copy of meeting %1 (%2), as\n"
                          "# `docket-cli publish %1 --to %3` writes it. Change the site address "
                          "(the first\n# line: a host name gets HTTPS by itself; "
                          "http://ADDRESS:PORT for plain HTTP) and the\n# root line for this "
                          "server.\n")
               .arg(c, commentedTitle(site.meetingTitle), site.root);
    out += QStringLiteral("%1 {\n\troot * %2\n\n").arg(site.listen, site.root);
    if (site.hasPin)
        out += QStringLiteral(
                   "\t# The meeting has a PIN on the live server; a static copy cannot ask for "
                   "it. To let\n\t# only delegates in, give them a name and password instead "
                   "(caddy hash-password),\n\t# and remove the # of these lines:\n"
                   "\t# basicauth /%1/* {\n\t# \tdelegate HASH\n\t# }\n\n")
                   .arg(c);
    out += QStringLiteral("\t@manifest path /.docket-publish/*\n"
                          "\t@otherSpelling {\n"
                          "\t\tpath_regexp other ^/%1(/.*)?$\n"
                          "\t\tnot path_regexp ^/%2(/.*)?$\n"
                          "\t}\n"
                          "\t@meeting path /%2 /%2/*\n"
                          "\t@images path /%2/_img/*\n"
                          "\t@document path_regexp ^/%2/[0-9]+/[0-9]+/[^/]+$\n"
                          "\t@pdf path_regexp (?i)^/%2/[0-9]+/[0-9]+/[^/]+\\.pdf$\n"
                          "\t@download {\n"
                          "\t\tpath_regexp ^/%2/[0-9]+/[0-9]+/[^/]+$\n"
                          "\t\tnot path_regexp (?i)\\.(%3)$\n"
                          "\t}\n"
                          "\t@zip path_regexp ^/%2/([0-9]+/)?zip/[^/]+$\n\n")
               .arg(codePattern(c), c, QString::fromLatin1(kInlineExtensions));
    // In a route, in the order written: each header set overwrites the one before it. A header
    // block that deletes a field is deferred to the end by Caddy, so deletions stand alone.
    out +=
        QStringLiteral("\troute {\n"
                       "\t\t# What was published, for Docket's next publish: never served.\n"
                       "\t\trespond @manifest 404\n"
                       "\t\t# The code as people type it (any case, O for 0, I or L for 1): to its "
                       "one spelling.\n"
                       "\t\tredir @otherSpelling /%1{re.other.1} 301\n"
                       "\t\theader @meeting {\n"
                       "\t\t\tX-Content-Type-Options nosniff\n"
                       "\t\t\tReferrer-Policy no-referrer\n"
                       "\t\t\t# Pages change as the agenda does: phones keep them but ask again.\n"
                       "\t\t\tCache-Control no-cache\n"
                       "\t\t\tContent-Security-Policy \"%2\"\n"
                       "\t\t}\n"
                       "\t\t# Page images, named by their content: never changed.\n"
                       "\t\theader @images Cache-Control \"public, max-age=31536000, immutable\"\n"
                       "\t\t# A document under its own name: shown in place when phones can, else "
                       "downloaded;\n\t\t# never run as a page of this site (a sandbox for all but "
                       "PDF).\n"
                       "\t\theader @document Content-Security-Policy sandbox\n"
                       "\t\theader @pdf -Content-Security-Policy\n"
                       "\t\theader @download Content-Disposition attachment\n"
                       "\t\theader @zip Content-Disposition attachment\n"
                       "\t\t# Deletions wait until the answer is written, after every set above.\n"
                       "\t\theader -Server\n"
                       "\t\tfile_server {\n\t\t\tindex index.html\n\t\t\thide .docket-publish\n"
                       "\t\t}\n"
                       "\t}\n}\n")
            .arg(c, QString::fromLatin1(kPagePolicy));
    return out;
}

} // namespace docket::serverconfig

// SPDX-License-Identifier: GPL-3.0-or-later
// The pages a phone answers a survey with, pure: each page is read back as XML (after making its
// HTML void elements and boolean attributes XML's), so that every control, its label, its name
// and value, what is pre-filled and what points at what are checked on the parsed page, not on
// fragments of its text.
#include "model/Survey.h"
#include "server/DelegatePages.h"
#include "server/SurveyPages.h"
#include "util/AudienceText.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <functional>

using namespace docket;

namespace {

SurveyQuestion makeQuestion(Id id, QuestionKind kind, const QString &text, bool required = false,
                            const QStringList &options = {}, const QString &help = {})
{
    SurveyQuestion q;
    q.id = id;
    q.kind = kind;
    q.text = text;
    q.required = required;
    q.options = options;
    q.help = help;
    return q;
}

const QStringList &ratingLabels()
{
    static const QStringList labels{QStringLiteral("Rất không hài lòng"),
                                    QStringLiteral("Không hài lòng"), QStringLiteral("Bình thường"),
                                    QStringLiteral("Hài lòng"), QStringLiteral("Rất hài lòng")};
    return labels;
}

void numberQuestions(Survey &survey)
{
    for (int i = 0; i < survey.questions.size(); ++i)
        survey.questions[i].number = i + 1;
}

// A section and one question of each kind; the ids are not in order, as a catalog's need not be.
Survey sampleSurvey()
{
    Survey survey;
    survey.id = 3;
    survey.code = QStringLiteral("KS7Q2");
    survey.title = QStringLiteral("Góp ý <Đại hội> & \"Chi đoàn\"");
    survey.intro = QStringLiteral("Cảm ơn bạn đã tham dự.\n\nKhảo sát mất khoảng 2 phút.");
    survey.state = SurveyState::Open;
    survey.questions = {
        makeQuestion(40, QuestionKind::Section, QStringLiteral("Về hội nghị"), false, {},
                     QStringLiteral("Đánh giá chung")),
        makeQuestion(41, QuestionKind::Rating, QStringLiteral("Công tác tổ chức <b>chung</b>"),
                     true, ratingLabels(), QStringLiteral("Từ 1 đến 5")),
        makeQuestion(
            12, QuestionKind::Single, QStringLiteral("Bạn biết qua kênh nào?"), true,
            {QStringLiteral("Chi đoàn"), QStringLiteral("Zalo <nhóm>"), QStringLiteral("Bạn bè")}),
        makeQuestion(13, QuestionKind::Multiple, QStringLiteral("Bạn quan tâm đến gì?"), true,
                     {QStringLiteral("Tình nguyện"), QStringLiteral("Hiến máu"),
                      QStringLiteral("Thể thao"), QStringLiteral("Học thuật")}),
        makeQuestion(50, QuestionKind::Text, QStringLiteral("Điều bạn thích nhất?"), true),
        makeQuestion(51, QuestionKind::LongText, QStringLiteral("Ý kiến khác"), false, {},
                     QStringLiteral("Không bắt buộc")),
    };
    numberQuestions(survey);
    return survey;
}

// What an organiser of a youth-union congress would ask: 14 questions in three sections.
Survey fourteenQuestions()
{
    Survey survey;
    survey.id = 9;
    survey.code = QStringLiteral("DH2025");
    survey.title = QStringLiteral("Khảo sát sau Đại hội Đoàn trường nhiệm kỳ 2025–2027");
    survey.intro = QStringLiteral(
        "Ban Chấp hành mong nhận được ý kiến của bạn để tổ chức các hội nghị sau tốt hơn.");
    survey.state = SurveyState::Open;
    const auto rating = [](Id id, const QString &text, bool required = true,
                           const QString &help = {}) {
        return makeQuestion(id, QuestionKind::Rating, text, required, ratingLabels(), help);
    };
    survey.questions = {
        makeQuestion(1, QuestionKind::Section, QStringLiteral("Về hội nghị"), false, {},
                     QStringLiteral("Đánh giá chung của bạn về Đại hội.")),
        rating(2, QStringLiteral("Bạn đánh giá thế nào về công tác tổ chức Đại hội?")),
        rating(3, QStringLiteral("Báo cáo chính trị có rõ ràng, dễ hiểu không?")),
        rating(4, QStringLiteral("Thời lượng các phiên thảo luận"), false),
        makeQuestion(5, QuestionKind::Single, QStringLiteral("Bạn biết đến Đại hội qua kênh nào?"),
                     true,
                     {QStringLiteral("Thông báo của Chi đoàn"),
                      QStringLiteral("Zalo, Facebook của Đoàn trường"),
                      QStringLiteral("Bạn bè giới thiệu"), QStringLiteral("Khác")}),
        makeQuestion(6, QuestionKind::Multiple,
                     QStringLiteral("Bạn muốn tham gia hoạt động nào trong nhiệm kỳ tới?"), false,
                     {QStringLiteral("Tình nguyện hè"), QStringLiteral("Hiến máu nhân đạo"),
                      QStringLiteral("Học thuật, nghiên cứu khoa học"),
                      QStringLiteral("Văn nghệ, thể thao"),
                      QStringLiteral("Kỹ năng mềm, hướng nghiệp")}),
        makeQuestion(7, QuestionKind::Section, QStringLiteral("Tài liệu và hậu cần")),
        rating(8, QStringLiteral("Tài liệu trên điện thoại có dễ đọc không?"), true,
               QStringLiteral("Tài liệu được phát qua mạng Wi-Fi của hội trường.")),
        rating(9, QStringLiteral("Âm thanh, máy chiếu")),
        rating(10, QStringLiteral("Khâu điểm danh, đón tiếp đại biểu")),
        makeQuestion(11, QuestionKind::Single,
                     QStringLiteral("Lần sau bạn muốn nhận tài liệu thế nào?"), false,
                     {QStringLiteral("Trên điện thoại"), QStringLiteral("Bản in"),
                      QStringLiteral("Cả hai")}),
        rating(12, QStringLiteral("Bữa trưa và nước uống"), false),
        makeQuestion(13, QuestionKind::Section, QStringLiteral("Góp ý")),
        makeQuestion(14, QuestionKind::Text, QStringLiteral("Một điều bạn thích nhất ở Đại hội?")),
        makeQuestion(15, QuestionKind::Text, QStringLiteral("Một điều cần cải thiện?")),
        makeQuestion(16, QuestionKind::Multiple, QStringLiteral("Bạn đã dự những phiên nào?"),
                     false,
                     {QStringLiteral("Phiên khai mạc"), QStringLiteral("Thảo luận tổ"),
                      QStringLiteral("Phiên bế mạc")}),
        makeQuestion(17, QuestionKind::LongText, QStringLiteral("Ý kiến khác gửi Ban Chấp hành"),
                     false, {}, QStringLiteral("Tối đa 4.000 ký tự.")),
    };
    numberQuestions(survey);
    return survey;
}

// A parsed page: its elements in document order, each with its parent and its own text.
struct Element
{
    QString name;
    QHash<QString, QString> attributes;
    QString text; // the text directly inside it
    int parent = -1;
    QString attribute(const QString &key) const { return attributes.value(key); }
    bool has(const QString &key) const { return attributes.contains(key); }
};

struct Page
{
    QByteArray html;
    std::vector<Element> elements;

    std::vector<const Element *> all(const QString &name) const
    {
        std::vector<const Element *> found;
        for (const Element &e : elements)
            if (e.name == name)
                found.push_back(&e);
        return found;
    }
    std::vector<const Element *> where(const std::function<bool(const Element &)> &test) const
    {
        std::vector<const Element *> found;
        for (const Element &e : elements)
            if (test(e))
                found.push_back(&e);
        return found;
    }
    const Element *byId(const QString &id) const
    {
        for (const Element &e : elements)
            if (e.attribute(QStringLiteral("id")) == id)
                return &e;
        return nullptr;
    }
    const Element *ancestor(const Element &e, const QString &name) const
    {
        for (int at = e.parent; at >= 0; at = elements[static_cast<size_t>(at)].parent)
            if (elements[static_cast<size_t>(at)].name == name)
                return &elements[static_cast<size_t>(at)];
        return nullptr;
    }
    // Everything inside `e`, its descendants' text included.
    QString textOf(const Element &e) const
    {
        const int index = static_cast<int>(&e - elements.data());
        QString text = e.text;
        for (size_t i = static_cast<size_t>(index) + 1; i < elements.size(); ++i) {
            bool inside = false;
            for (int at = elements[i].parent; at >= 0 && !inside;
                 at = elements[static_cast<size_t>(at)].parent)
                inside = at == index;
            if (inside)
                text += elements[i].text;
        }
        return text;
    }
    std::vector<const Element *> controls() const
    {
        return where([](const Element &e) {
            return (e.name == u"input" || e.name == u"textarea" || e.name == u"select") &&
                   !e.has(QStringLiteral("hidden")) &&
                   e.attribute(QStringLiteral("type")) != u"hidden";
        });
    }
};

// The page as XML: the doctype's spelling, void elements closed, boolean attributes given their
// own name as value. Every attribute must be double-quoted, or the page does not parse.
Page parse(const QByteArray &html)
{
    QString text = QString::fromUtf8(html);
    REQUIRE(text.startsWith(QStringLiteral("<!doctype html>")));
    text.replace(0, 15, QStringLiteral("<!DOCTYPE html>"));
    static const QRegularExpression tag(
        QStringLiteral("<([a-z][a-z0-9]*)((?:[^>\"]|\"[^\"]*\")*)>"));
    static const QRegularExpression attribute(
        QStringLiteral("\\s+([a-z][a-z0-9-]*)(=\"[^\"]*\")?"));
    static const QSet<QString> voids{QStringLiteral("meta"), QStringLiteral("input"),
                                     QStringLiteral("br"),   QStringLiteral("img"),
                                     QStringLiteral("hr"),   QStringLiteral("link")};
    QString xml;
    qsizetype at = 0;
    for (auto tags = tag.globalMatch(text); tags.hasNext();) {
        const QRegularExpressionMatch m = tags.next();
        xml += QStringView(text).mid(at, m.capturedStart() - at);
        at = m.capturedEnd();
        const QString name = m.captured(1);
        QString attributes;
        qsizetype used = 0;
        for (auto attrs = attribute.globalMatch(m.captured(2)); attrs.hasNext();) {
            const QRegularExpressionMatch a = attrs.next();
            REQUIRE(a.capturedStart() == used); // nothing but attributes in the tag
            used = a.capturedEnd();
            attributes += u' ' + a.captured(1) +
                          (a.captured(2).isEmpty() ? QStringLiteral("=\"\"") : a.captured(2));
        }
        REQUIRE(used == m.captured(2).size());
        xml += u'<' + name + attributes +
               (voids.contains(name) ? QStringLiteral("/>") : QStringLiteral(">"));
    }
    xml += QStringView(text).mid(at);

    Page page{html, {}};
    QXmlStreamReader reader(xml);
    std::vector<int> open;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            Element e;
            e.name = reader.name().toString();
            for (const QXmlStreamAttribute &a : reader.attributes())
                e.attributes.insert(a.name().toString(), a.value().toString());
            e.parent = open.empty() ? -1 : open.back();
            open.push_back(static_cast<int>(page.elements.size()));
            page.elements.push_back(e);
        } else if (token == QXmlStreamReader::EndElement) {
            open.pop_back();
        } else if (token == QXmlStreamReader::Characters && !open.empty()) {
            page.elements[static_cast<size_t>(open.back())].text += reader.text();
        }
    }
    INFO(reader.errorString().toStdString()
         << " at line " << reader.lineNumber() << " column " << reader.columnNumber());
    REQUIRE_FALSE(reader.hasError());
    return page;
}

// Every form control has a label: around it, or naming it by its id.
void checkLabelled(const Page &page)
{
    QSet<QString> labelled;
    for (const Element *label : page.all(QStringLiteral("label")))
        if (label->has(QStringLiteral("for")))
            labelled.insert(label->attribute(QStringLiteral("for")));
    for (const Element *control : page.controls()) {
        INFO(control->attribute(QStringLiteral("name")).toStdString());
        const bool around = page.ancestor(*control, QStringLiteral("label")) != nullptr;
        const bool named = control->has(QStringLiteral("id")) &&
                           labelled.contains(control->attribute(QStringLiteral("id")));
        CHECK((around || named));
    }
    for (const Element *button : page.all(QStringLiteral("button")))
        if (!button->has(QStringLiteral("hidden")))
            CHECK_FALSE(page.textOf(*button).trimmed().isEmpty());
}

// Every id is unique and every id an aria-describedby or a link names is on the page.
void checkReferences(const Page &page)
{
    QSet<QString> ids;
    for (const Element &e : page.elements)
        if (e.has(QStringLiteral("id"))) {
            INFO(e.attribute(QStringLiteral("id")).toStdString());
            CHECK_FALSE(ids.contains(e.attribute(QStringLiteral("id"))));
            ids.insert(e.attribute(QStringLiteral("id")));
        }
    for (const Element &e : page.elements) {
        for (const QString &id :
             e.attribute(QStringLiteral("aria-describedby")).split(u' ', Qt::SkipEmptyParts)) {
            INFO(id.toStdString());
            CHECK(ids.contains(id));
        }
        const QString href = e.attribute(QStringLiteral("href"));
        if (href.startsWith(u'#')) {
            INFO(href.toStdString());
            CHECK(ids.contains(href.mid(1)));
        }
    }
}

std::vector<const Element *> named(const Page &page, const QString &name)
{
    return page.where(
        [&](const Element &e) { return e.attribute(QStringLiteral("name")) == name; });
}

QStringList values(const std::vector<const Element *> &controls)
{
    QStringList list;
    for (const Element *c : controls)
        list << c->attribute(QStringLiteral("value"));
    return list;
}

QString surveyText(const QString &language, const char *source)
{
    return AudienceText(language, "SurveyPage")(source);
}

} // namespace

TEST_CASE("The survey form has each kind of question, named and valued as the parser reads them",
          "[survey]")
{
    const Survey survey = sampleSurvey();
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const Page page = parse(surveypages::formPage(survey, language));
        const Element *html = page.all(QStringLiteral("html")).front();
        CHECK(html->attribute(QStringLiteral("lang")) == language);
        CHECK(page.textOf(*page.all(QStringLiteral("title")).front()) == survey.title);
        CHECK(page.textOf(*page.all(QStringLiteral("h1")).front()) == survey.title);
        CHECK(page.all(QStringLiteral("p")).size() >= 3); // the intro's two paragraphs, the notice
        CHECK(QString::fromUtf8(page.html).contains(
            surveyText(language,
                       "Anonymous: your answers are kept without your name, your phone's address "
                       "or the time — only the day.")
                .toHtmlEscaped()));
        // The frame is the delegate pages' own: their footer, in the phone's language.
        CHECK(page.html.contains(
            language == u"vi"
                ? QByteArrayLiteral("Chia sẻ qua mạng nội bộ của hội trường, bằng Docket")
                : QByteArrayLiteral("Shared on the venue's own network by Docket")));
        CHECK_FALSE(page.html.contains("<script"));

        const auto forms = page.all(QStringLiteral("form"));
        REQUIRE(forms.size() == 1);
        CHECK(forms.front()->attribute(QStringLiteral("method")) == u"post");
        CHECK(forms.front()->attribute(QStringLiteral("action")) == u"/KS7Q2/answer");

        // The section is a heading with its text, not a question.
        const auto sections = page.where([](const Element &e) {
            return e.name == u"h2" && e.attribute(QStringLiteral("class")) == u"sec";
        });
        REQUIRE(sections.size() == 1);
        CHECK(page.textOf(*sections.front()) == u"Về hội nghị");
        CHECK(page.html.contains("Đánh giá chung"));
        CHECK(named(page, QStringLiteral("q40")).empty());

        // One fieldset with its legend per answerable question, its id the one links use.
        const auto fieldsets = page.all(QStringLiteral("fieldset"));
        REQUIRE(fieldsets.size() == 5);
        const QStringList ids{QStringLiteral("q41"), QStringLiteral("q12"), QStringLiteral("q13"),
                              QStringLiteral("q50"), QStringLiteral("q51")};
        for (int i = 0; i < 5; ++i) {
            const Element &fieldset = *fieldsets[static_cast<size_t>(i)];
            CHECK(fieldset.attribute(QStringLiteral("id")) == ids[i]);
            const auto legend = page.where([&](const Element &e) {
                return e.name == u"legend" &&
                       &page.elements[static_cast<size_t>(e.parent)] == &fieldset;
            });
            REQUIRE(legend.size() == 1);
            CHECK(page.textOf(*legend.front()).startsWith(QString::number(i + 1) + u'.'));
        }
        // "required" is said in words, not by a colour or an asterisk only.
        const QString required = surveyText(language, "(required)");
        int marked = 0;
        for (const Element *legend : page.all(QStringLiteral("legend")))
            marked += page.textOf(*legend).contains(required);
        CHECK(marked == 4);
        CHECK(page.textOf(*page.all(QStringLiteral("legend"))[0]).contains(u"<b>chung</b>"));

        // Rating: five radios, "1".."5", each labelled with its point's text.
        const auto rating = named(page, QStringLiteral("q41"));
        REQUIRE(rating.size() == 5);
        CHECK(values(rating) == QStringList{QStringLiteral("1"), QStringLiteral("2"),
                                            QStringLiteral("3"), QStringLiteral("4"),
                                            QStringLiteral("5")});
        for (int i = 0; i < 5; ++i) {
            const Element &radio = *rating[static_cast<size_t>(i)];
            CHECK(radio.attribute(QStringLiteral("type")) == u"radio");
            CHECK(radio.has(QStringLiteral("required")));
            CHECK_FALSE(radio.has(QStringLiteral("checked")));
            CHECK(radio.attribute(QStringLiteral("aria-describedby")) == u"q41-h");
            const Element *label = page.ancestor(radio, QStringLiteral("label"));
            REQUIRE(label);
            CHECK(page.textOf(*label).contains(ratingLabels()[i]));
            CHECK(page.textOf(*label).contains(QString::number(i + 1)));
        }
        // Single: radios valued by their option's index; Multiple: checkboxes, never required.
        const auto single = named(page, QStringLiteral("q12"));
        REQUIRE(single.size() == 3);
        CHECK(values(single) ==
              QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")});
        for (const Element *radio : single) {
            CHECK(radio->attribute(QStringLiteral("type")) == u"radio");
            CHECK(radio->has(QStringLiteral("required")));
        }
        CHECK(page.textOf(*page.ancestor(*single[1], QStringLiteral("label"))) == u"Zalo <nhóm>");
        const auto multiple = named(page, QStringLiteral("q13"));
        REQUIRE(multiple.size() == 4);
        CHECK(values(multiple) == QStringList{QStringLiteral("0"), QStringLiteral("1"),
                                              QStringLiteral("2"), QStringLiteral("3")});
        for (const Element *box : multiple) {
            CHECK(box->attribute(QStringLiteral("type")) == u"checkbox");
            CHECK_FALSE(box->has(QStringLiteral("required")));
            CHECK(box->attribute(QStringLiteral("aria-describedby")) == u"q13-m");
        }
        // Text: a line and a paragraph, bounded as the model bounds them.
        const auto line = named(page, QStringLiteral("q50"));
        REQUIRE(line.size() == 1);
        CHECK(line.front()->name == u"input");
        CHECK(line.front()->attribute(QStringLiteral("type")) == u"text");
        CHECK(line.front()->attribute(QStringLiteral("maxlength")) ==
              QString::number(kMaxTextAnswer));
        CHECK(line.front()->has(QStringLiteral("required")));
        CHECK_FALSE(line.front()->has(QStringLiteral("value")));
        const auto paragraph = named(page, QStringLiteral("q51"));
        REQUIRE(paragraph.size() == 1);
        CHECK(paragraph.front()->name == u"textarea");
        CHECK(paragraph.front()->attribute(QStringLiteral("maxlength")) ==
              QString::number(kMaxLongTextAnswer));
        CHECK_FALSE(paragraph.front()->has(QStringLiteral("required")));
        CHECK(paragraph.front()->text.isEmpty());

        // Nothing else is sent with the form: the q<ID> fields, and the survey's revision the
        // form was drawn with (answers to an older form are not read against new options).
        QSet<QString> names;
        for (const Element &e : page.elements)
            if (e.has(QStringLiteral("name")) && page.ancestor(e, QStringLiteral("form")))
                names.insert(e.attribute(QStringLiteral("name")));
        CHECK(names == QSet<QString>{QStringLiteral("rev"), QStringLiteral("q41"),
                                     QStringLiteral("q12"), QStringLiteral("q13"),
                                     QStringLiteral("q50"), QStringLiteral("q51")});
        // One visible submit button; Enter in a text line presses none.
        const auto buttons = page.all(QStringLiteral("button"));
        REQUIRE(buttons.size() == 2);
        CHECK(buttons[0]->has(QStringLiteral("disabled")));
        CHECK(buttons[0]->has(QStringLiteral("hidden")));
        CHECK(buttons[1]->attribute(QStringLiteral("type")) == u"submit");
        CHECK_FALSE(page.html.contains("role=\"alert\""));
        CHECK_FALSE(page.html.contains("aria-invalid"));

        checkLabelled(page);
        checkReferences(page);
    }
}

TEST_CASE("The survey form is sent back filled in, with what the person typed escaped", "[survey]")
{
    const Survey survey = sampleSurvey();
    QList<SurveyAnswer> given;
    given << SurveyAnswer{41, {4}, {}} << SurveyAnswer{12, {1}, {}} << SurveyAnswer{13, {0, 3}, {}}
          << SurveyAnswer{50, {}, QStringLiteral("<script>alert(1)</script>")}
          << SurveyAnswer{51, {}, QStringLiteral("\nDòng 2 & \"trích\"\n</textarea><b>")};
    const QByteArray html = surveypages::formPage(survey, QStringLiteral("vi"), given);
    const Page page = parse(html);

    const auto checked = [&](const QString &name) {
        QStringList list;
        for (const Element *c : named(page, name))
            if (c->has(QStringLiteral("checked")))
                list << c->attribute(QStringLiteral("value"));
        return list;
    };
    CHECK(checked(QStringLiteral("q41")) == QStringList{QStringLiteral("4")});
    CHECK(checked(QStringLiteral("q12")) == QStringList{QStringLiteral("1")});
    CHECK(checked(QStringLiteral("q13")) == QStringList{QStringLiteral("0"), QStringLiteral("3")});
    CHECK(named(page, QStringLiteral("q50")).front()->attribute(QStringLiteral("value")) ==
          u"<script>alert(1)</script>");
    CHECK(html.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
    CHECK_FALSE(html.contains("<script"));
    CHECK_FALSE(html.contains("</textarea><b>"));
    // The parser drops a newline right after <textarea>: the page has one more, so the typed
    // one survives.
    CHECK(html.contains("aria-describedby=\"q51-h\">\n\nDòng 2 &amp; &quot;trích&quot;\n"
                        "&lt;/textarea&gt;&lt;b&gt;</textarea>"));
    CHECK_FALSE(html.contains("role=\"status\""));

    // A phone that answered before: its answer, and the word that it can still change it.
    const QByteArray again =
        surveypages::formPage(survey, QStringLiteral("en"), given, {}, /*changing=*/true);
    const Page changing = parse(again);
    const auto status = changing.where(
        [](const Element &e) { return e.attribute(QStringLiteral("role")) == u"status"; });
    REQUIRE(status.size() == 1);
    CHECK(changing.textOf(*status.front()) ==
          u"You answered already: you can change your answer until the survey closes.");
    // At the top: before the title.
    CHECK(again.indexOf("role=\"status\"") < again.indexOf("<h1"));
    CHECK(again.indexOf("<h1") < again.indexOf("<form"));
    CHECK(again.contains("checked"));
    checkLabelled(changing);
    checkReferences(changing);
}

TEST_CASE("A survey form with errors lists them at the top and marks each question", "[survey]")
{
    const Survey survey = sampleSurvey();
    QHash<Id, QString> errors;
    errors.insert(13, QStringLiteral("Chọn ít nhất một <mục>."));
    errors.insert(41, QStringLiteral("Hãy chọn một mức."));
    errors.insert(50, QStringLiteral("Câu trả lời dài quá 500 ký tự."));
    errors.insert(999, QStringLiteral("Khảo sát đã thay đổi."));
    const QList<SurveyAnswer> given{SurveyAnswer{50, {}, QString(501, u'x')}};
    const QByteArray html = surveypages::formPage(survey, QStringLiteral("en"), given, errors);
    const Page page = parse(html);

    CHECK(page.textOf(*page.all(QStringLiteral("title")).front())
              .startsWith(u"Please check your answers"));
    const auto alerts = page.where(
        [](const Element &e) { return e.attribute(QStringLiteral("role")) == u"alert"; });
    REQUIRE(alerts.size() == 1);
    CHECK(html.indexOf("role=\"alert\"") < html.indexOf("<h1"));
    // Links in the survey's order, each to its question, said with its number; the message
    // about no question on the form is there too, without a link.
    QStringList links;
    QStringList texts;
    for (const Element *a : page.all(QStringLiteral("a")))
        if (page.ancestor(*a, QStringLiteral("div")) == alerts.front()) {
            links << a->attribute(QStringLiteral("href"));
            texts << page.textOf(*a);
        }
    CHECK(links ==
          QStringList{QStringLiteral("#q41"), QStringLiteral("#q13"), QStringLiteral("#q50")});
    CHECK(texts == QStringList{QStringLiteral("Question 1: Hãy chọn một mức."),
                               QStringLiteral("Question 3: Chọn ít nhất một <mục>."),
                               QStringLiteral("Question 4: Câu trả lời dài quá 500 ký tự.")});
    CHECK(page.textOf(*alerts.front()).contains(u"Khảo sát đã thay đổi."));
    CHECK(html.contains("Chọn ít nhất một &lt;mục&gt;."));

    for (const Id id : {Id(41), Id(13), Id(50)}) {
        const QString name = u'q' + QString::number(id);
        INFO(name.toStdString());
        const Element *fieldset = page.byId(name);
        REQUIRE(fieldset);
        CHECK(fieldset->attribute(QStringLiteral("class")) == u"bad");
        const Element *message = page.byId(name + QStringLiteral("-e"));
        REQUIRE(message);
        CHECK(page.ancestor(*message, QStringLiteral("fieldset")) == fieldset);
        CHECK(page.textOf(*message).contains(errors.value(id)));
        for (const Element *control : named(page, name)) {
            CHECK(control->attribute(QStringLiteral("aria-invalid")) == u"true");
            CHECK(control->attribute(QStringLiteral("aria-describedby"))
                      .split(u' ')
                      .contains(name + QStringLiteral("-e")));
        }
    }
    // The questions without an error are not marked.
    for (const QString &name : {QStringLiteral("q12"), QStringLiteral("q51")}) {
        CHECK_FALSE(page.byId(name)->has(QStringLiteral("class")));
        for (const Element *control : named(page, name))
            CHECK_FALSE(control->has(QStringLiteral("aria-invalid")));
    }
    // What was typed is kept, even where it is the error.
    CHECK(named(page, QStringLiteral("q50")).front()->attribute(QStringLiteral("value")) ==
          QString(501, u'x'));
    checkLabelled(page);
    checkReferences(page);
}

TEST_CASE("The survey's own text is marked with its language on a phone reading another",
          "[survey]")
{
    Survey survey = sampleSurvey();
    survey.questions[1].options = {QString(), QString(), QString(), QString(), QString()};
    const Page english = parse(surveypages::formPage(survey, QStringLiteral("en")));
    CHECK(english.all(QStringLiteral("h1")).front()->attribute(QStringLiteral("lang")) == u"vi");
    CHECK(english.byId(QStringLiteral("q41-h"))->attribute(QStringLiteral("lang")) == u"vi");
    // A rating's empty labels are the phone's words for the five points.
    const auto rating = named(english, QStringLiteral("q41"));
    REQUIRE(rating.size() == 5);
    CHECK(english.textOf(*english.ancestor(*rating[0], QStringLiteral("label"))) ==
          u"1Very dissatisfied");
    CHECK(english.textOf(*english.ancestor(*rating[4], QStringLiteral("label"))) ==
          u"5Very satisfied");
    const Page vietnamese = parse(surveypages::formPage(survey, QStringLiteral("vi")));
    CHECK_FALSE(vietnamese.all(QStringLiteral("h1")).front()->has(QStringLiteral("lang")));
    // The page's own, and the language switch's English link.
    CHECK(vietnamese.html.count(" lang=\"") == 2);
    CHECK(vietnamese.html.contains("<a href=\"?lang=en\" lang=\"en\""));
    // A phone language Docket does not speak gets English.
    CHECK(parse(surveypages::formPage(survey, QStringLiteral("fr")))
              .all(QStringLiteral("html"))
              .front()
              ->attribute(QStringLiteral("lang")) == u"en");
}

TEST_CASE("A 14-question survey's form stays small", "[survey]")
{
    const Survey survey = fourteenQuestions();
    QHash<Id, QString> everyError;
    for (const SurveyQuestion &q : survey.questions)
        if (q.answerable())
            everyError.insert(q.id, QStringLiteral("Vui lòng trả lời câu hỏi này."));
    for (const QString &language : delegatepages::languages()) {
        INFO(language.toStdString());
        const QByteArray form = surveypages::formPage(survey, language);
        const QByteArray errors = surveypages::formPage(survey, language, {}, everyError);
        INFO("form " << form.size() << " bytes, with every error " << errors.size());
        CHECK(form.size() < 20 * 1024);
        CHECK(errors.size() < 24 * 1024);
        const Page page = parse(form);
        CHECK(page.all(QStringLiteral("fieldset")).size() == 14);
        checkLabelled(page);
        checkReferences(page);
        const Page errorPage = parse(errors);
        checkLabelled(errorPage);
        checkReferences(errorPage);
        CHECK_FALSE(errors.contains("<script"));
    }
}

TEST_CASE("The thank-you and closed pages share the delegate pages' frame", "[survey]")
{
    const Survey survey = sampleSurvey();
    for (const QString &language : delegatepages::languages()) {
        INFO(language.toStdString());
        const QByteArray first = surveypages::thankYouPage(survey, language, false);
        const QByteArray changed = surveypages::thankYouPage(survey, language, true);
        const QByteArray closed = surveypages::closedPage(survey, language);
        CHECK(first != changed);
        for (const QByteArray &html : {first, changed, closed}) {
            const Page page = parse(html);
            CHECK(page.all(QStringLiteral("html")).front()->attribute(QStringLiteral("lang")) ==
                  language);
            CHECK(page.all(QStringLiteral("form")).empty());
            CHECK_FALSE(html.contains("<script"));
            CHECK(html.contains("Góp ý &lt;Đại hội&gt; &amp; &quot;Chi đoàn&quot;"));
            CHECK_FALSE(html.contains("<Đại hội>"));
            // The one style sheet: the same bytes as a delegate page's.
            const QByteArray delegate = delegatepages::notFoundPage(language);
            const auto style = [](const QByteArray &bytes) {
                const qsizetype from = bytes.indexOf("<style>");
                return bytes.mid(from, bytes.indexOf("</style>") - from);
            };
            CHECK(style(html) == style(delegate));
        }
        // Back to the form, to change the answer while it is open; the code is said.
        for (const QByteArray &html : {first, changed}) {
            const Page page = parse(html);
            const auto links = page.all(QStringLiteral("a"));
            REQUIRE(links.size() == 2); // and the language switch's
            CHECK(links.front()->attribute(QStringLiteral("href")) == u"/KS7Q2");
            CHECK(links.back()->attribute(QStringLiteral("href")).startsWith(u"?lang="));
            CHECK(html.contains("<strong>KS7Q2</strong>"));
        }
        CHECK(parse(closed).all(QStringLiteral("a")).size() == 1); // the language switch only
        CHECK(QString::fromUtf8(closed).contains(
            surveyText(language, "This survey is closed").toHtmlEscaped()));
        CHECK(QString::fromUtf8(first).contains(
            surveyText(language, "Your answers have been received.").toHtmlEscaped()));
        CHECK(QString::fromUtf8(changed).contains(
            surveyText(language, "Your answers have been changed.").toHtmlEscaped()));
    }
}

// Not run by ctest: writes the pages of the 14-question survey for a look in a browser
// (`test_survey_pages "[.look]"`; SURVEY_PAGES_DIR, else /tmp).
TEST_CASE("Survey pages written for a look in a browser", "[.look]")
{
    const QString dir = qEnvironmentVariable("SURVEY_PAGES_DIR", QDir::tempPath());
    const Survey survey = fourteenQuestions();
    QHash<Id, QString> errors;
    errors.insert(2, QStringLiteral("Hãy chọn một mức từ 1 đến 5."));
    errors.insert(5, QStringLiteral("Hãy chọn một câu trả lời."));
    errors.insert(15, QStringLiteral("Câu trả lời dài hơn 500 ký tự."));
    const QList<SurveyAnswer> given{SurveyAnswer{3, {4}, {}}, SurveyAnswer{6, {0, 2}, {}},
                                    SurveyAnswer{14, {}, QStringLiteral("Âm nhạc <hay>")},
                                    SurveyAnswer{15, {}, QString(510, u'x')}};
    const std::vector<std::pair<QString, QByteArray>> pages{
        {QStringLiteral("survey-form.html"), surveypages::formPage(survey, QStringLiteral("vi"))},
        {QStringLiteral("survey-form-en.html"),
         surveypages::formPage(survey, QStringLiteral("en"))},
        {QStringLiteral("survey-error.html"),
         surveypages::formPage(survey, QStringLiteral("vi"), given, errors, true)},
        {QStringLiteral("survey-thanks.html"),
         surveypages::thankYouPage(survey, QStringLiteral("vi"), false)},
        {QStringLiteral("survey-closed.html"),
         surveypages::closedPage(survey, QStringLiteral("vi"))},
    };
    for (const auto &[name, html] : pages) {
        QFile file(QDir(dir).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(html) == html.size());
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "survey/SurveyTemplates.h"

#include "util/AudienceText.h"

#include <initializer_list>

namespace docket::survey {

namespace {

constexpr const char *kContext = "SurveyTemplate";

// Appends questions in order, each translated into the survey's language. Sources are marked
// with QT_TRANSLATE_NOOP where they are written so that lupdate finds every one of them.
class SurveyWriter
{
public:
    explicit SurveyWriter(const QString &language) : m_text(language, kContext)
    {
        m_survey.language = m_text.language();
    }

    void title(const char *title, const char *intro)
    {
        m_survey.title = m_text(title);
        m_survey.intro = m_text(intro);
    }
    void section(const char *heading, const char *text = nullptr)
    {
        add(QuestionKind::Section, heading, text, false);
    }
    void rating(const char *question, const char *help, bool required)
    {
        add(QuestionKind::Rating, question, help, required).options = ratingLabels(language());
    }
    void choice(QuestionKind kind, const char *question, const char *help,
                std::initializer_list<const char *> options, bool required)
    {
        SurveyQuestion &q = add(kind, question, help, required);
        for (const char *option : options)
            q.options << m_text(option);
    }
    void text(QuestionKind kind, const char *question, const char *help, bool required)
    {
        add(kind, question, help, required);
    }

    const QString &language() const { return m_text.language(); }
    Survey survey() const { return m_survey; }

private:
    SurveyQuestion &add(QuestionKind kind, const char *text, const char *help, bool required)
    {
        SurveyQuestion q;
        q.number = static_cast<int>(m_survey.questions.size()) + 1;
        q.kind = kind;
        q.text = m_text(text);
        if (help)
            q.help = m_text(help);
        q.required = required;
        m_survey.questions.append(q);
        return m_survey.questions.last();
    }

    AudienceText m_text;
    Survey m_survey;
};

// How satisfied citizens are with what new rural development (nông thôn mới) has brought their
// commune, along the lines of its criteria: infrastructure, livelihoods, environment, culture,
// security, the commune's administration. Fourteen questions to answer, five minutes on a phone.
// It asks nothing about the respondent (no age group, no village): in a commune of a few
// thousand, an age group and a hamlet together can point at one person, and the survey
// promises its answers lead to nobody.
Survey newRural(const QString &language)
{
    SurveyWriter w(language);
    w.title(QT_TRANSLATE_NOOP("SurveyTemplate",
                              "Citizens' satisfaction with new rural development in the commune"),
            QT_TRANSLATE_NOOP("SurveyTemplate",
                              "The commune wants to know how the people see the results of new "
                              "rural development, so that the next steps serve them better. The "
                              "survey asks for no name: answers are only ever counted together. "
                              "It takes about five minutes."));

    w.section(QT_TRANSLATE_NOOP("SurveyTemplate", "Infrastructure"),
              QT_TRANSLATE_NOOP("SurveyTemplate",
                                "How satisfied are you with each of these in our commune?"));
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Roads in the commune and to the villages"),
             QT_TRANSLATE_NOOP("SurveyTemplate", "Surface, width, lighting, upkeep"), true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Irrigation and drainage"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "Canals and pumping stations for the fields, drainage after heavy "
                               "rain"),
             true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Electricity supply"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "For homes and for production: steady, safe power lines"),
             true);
    // Not everyone has children at school or has been to the health station lately: those two
    // may be left blank rather than answered at random.
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Schools"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "Classrooms, equipment and playgrounds. Leave blank if you do not "
                               "know them."),
             false);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "The commune health station"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "Its rooms, medicines and staff. Leave blank if you have not been "
                               "there."),
             false);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Cultural houses and sports grounds"),
             QT_TRANSLATE_NOOP("SurveyTemplate", "The commune's and the villages'"), true);

    w.section(QT_TRANSLATE_NOOP("SurveyTemplate", "Life in the commune"));
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Income and livelihoods"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "Jobs, vocational training, support for farming and trades"),
             true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Environment and clean water"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "Clean water supply, waste collection, green and clean lanes"),
             true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Culture and community life"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "Festivals, clubs, sport, neighbours helping one another"),
             true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Security and order"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "Safety at home and on the roads, how disputes are settled"),
             true);

    w.section(QT_TRANSLATE_NOOP("SurveyTemplate", "The commune's administration"));
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Public administrative services"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "Procedures at the one-stop counter: clear, quick, fair. Leave "
                               "blank if you have not used them."),
             false);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Conduct of the commune's officials"),
             QT_TRANSLATE_NOOP("SurveyTemplate", "Courtesy, listening to the people, integrity"),
             true);

    w.section(QT_TRANSLATE_NOOP("SurveyTemplate", "Your views"));
    w.choice(QuestionKind::Single,
             QT_TRANSLATE_NOOP("SurveyTemplate", "Which area should the commune improve first?"),
             QT_TRANSLATE_NOOP("SurveyTemplate", "Choose one."),
             {
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Roads and transport"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Irrigation"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Electricity"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Schools and education"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Health care"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Jobs and income"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Clean water and the environment"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Culture and sport"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Security and order"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Administrative procedures"),
             },
             true);
    w.text(QuestionKind::LongText, QT_TRANSLATE_NOOP("SurveyTemplate", "Other comments"),
           QT_TRANSLATE_NOOP("SurveyTemplate",
                             "Anything else you would like the commune to know or to do"),
           false);
    return w.survey();
}

// After a meeting: four ratings, the time for discussion, and what to do better.
Survey meeting(const QString &language)
{
    SurveyWriter w(language);
    w.title(QT_TRANSLATE_NOOP("SurveyTemplate", "Meeting feedback"),
            QT_TRANSLATE_NOOP("SurveyTemplate",
                              "Tell the organisers what went well and what to do better next "
                              "time. The survey asks for no name and takes two minutes."));
    w.rating(
        QT_TRANSLATE_NOOP("SurveyTemplate", "Overall, how satisfied are you with the meeting?"),
        nullptr, true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "The meeting's documents"),
             QT_TRANSLATE_NOOP("SurveyTemplate", "Their content, and how useful they were"), true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Organisation"),
             QT_TRANSLATE_NOOP("SurveyTemplate", "The hall, sound, seating, check-in"), true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Time management"),
             QT_TRANSLATE_NOOP("SurveyTemplate", "Starting on time, keeping to the agenda"), true);
    w.choice(QuestionKind::Single,
             QT_TRANSLATE_NOOP("SurveyTemplate", "Was there enough time for discussion?"), nullptr,
             {
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Too little"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "About right"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Too much"),
             },
             false);
    w.text(QuestionKind::LongText,
           QT_TRANSLATE_NOOP("SurveyTemplate", "What should we improve next time?"), nullptr,
           false);
    return w.survey();
}

// At the one-stop counter (bộ phận một cửa), answered on the way out: the stages of a citizen's
// errand in the order they met them, the last two only if they got that far.
Survey publicService(const QString &language)
{
    SurveyWriter w(language);
    w.title(QT_TRANSLATE_NOOP("SurveyTemplate",
                              "Satisfaction with the one-stop public service counter"),
            QT_TRANSLATE_NOOP("SurveyTemplate",
                              "You have been served at the commune's one-stop counter: tell us "
                              "how it went. The survey asks for no name and takes two minutes."));
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "Finding information about your procedure"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "The posted list of procedures, forms and guidance, at the counter "
                               "or before you came"),
             true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "The procedure and the waiting time"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "The papers asked for, the steps, how long you waited to be "
                               "served"),
             true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "The officials' attitude"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "Courteous and helpful, no trouble made, nothing asked on the side"),
             true);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "The result and when it was returned"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "A correct result, returned on the date promised. Leave blank if "
                               "you have not received it yet."),
             false);
    w.rating(QT_TRANSLATE_NOOP("SurveyTemplate", "How feedback and complaints are handled"),
             QT_TRANSLATE_NOOP("SurveyTemplate",
                               "Leave blank if you have never given feedback or complained."),
             false);
    w.choice(QuestionKind::Single,
             QT_TRANSLATE_NOOP("SurveyTemplate", "How did you hand in your application?"), nullptr,
             {
                 QT_TRANSLATE_NOOP("SurveyTemplate", "At the counter"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "Online"),
                 QT_TRANSLATE_NOOP("SurveyTemplate", "By post"),
             },
             false);
    w.text(QuestionKind::LongText, QT_TRANSLATE_NOOP("SurveyTemplate", "Your suggestions"), nullptr,
           false);
    return w.survey();
}

} // namespace

QStringList templateKeys()
{
    return {QStringLiteral("new-rural"), QStringLiteral("meeting"),
            QStringLiteral("public-service")};
}

std::optional<Survey> fromTemplate(const QString &key, const QString &language)
{
    if (key == u"new-rural")
        return newRural(language);
    if (key == u"meeting")
        return meeting(language);
    if (key == u"public-service")
        return publicService(language);
    return std::nullopt;
}

QStringList ratingLabels(const QString &language)
{
    const AudienceText text(language, kContext);
    return {text(QT_TRANSLATE_NOOP("SurveyTemplate", "Very dissatisfied")),
            text(QT_TRANSLATE_NOOP("SurveyTemplate", "Dissatisfied")),
            text(QT_TRANSLATE_NOOP("SurveyTemplate", "Neither satisfied nor dissatisfied")),
            text(QT_TRANSLATE_NOOP("SurveyTemplate", "Satisfied")),
            text(QT_TRANSLATE_NOOP("SurveyTemplate", "Very satisfied"))};
}

} // namespace docket::survey

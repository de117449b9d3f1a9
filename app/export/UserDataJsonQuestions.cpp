// The questions and answers of the user-data file (UserDataJson.h).
#include "core/ArxivId.h"
#include "export/UserDataJson.h"

#include <QCoreApplication>

namespace paperboy::exporting {

QJsonArray questionsToJson(const QList<store::QuestionAnswer>& questions)
{
    QJsonArray array;
    for (const store::QuestionAnswer& q : questions) {
        QJsonArray pages;
        for (const int page : q.pages)
            pages.append(page);
        array.append(QJsonObject{
            {QStringLiteral("id"), q.paperId},
            {QStringLiteral("question"), q.question},
            {QStringLiteral("answer"), q.answer},
            {QStringLiteral("model"), q.model},
            {QStringLiteral("endpoint"), q.endpoint},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("created_at"), q.createdAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("complete"), q.complete},
        });
    }
    return array;
}

std::optional<QList<store::QuestionAnswer>> questionsFromJson(const QJsonArray& questions,
                                                              QString* error)
{
    QList<store::QuestionAnswer> list;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QJsonObject o = questions.at(i).toObject();
        store::QuestionAnswer q;
        const auto id = core::ArxivId::parse(o.value(QStringLiteral("id")).toString());
        q.question = o.value(QStringLiteral("question")).toString();
        q.answer = o.value(QStringLiteral("answer")).toString();
        q.model = o.value(QStringLiteral("model")).toString();
        q.endpoint = o.value(QStringLiteral("endpoint")).toString();
        for (const QJsonValue& page : o.value(QStringLiteral("pages")).toArray()) {
            if (page.isDouble() && page.toInt() > 0)
                q.pages.append(page.toInt());
        }
        q.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(),
                                            Qt::ISODateWithMs)
                          .toUTC();
        q.complete = o.value(QStringLiteral("complete")).toBool(true);
        if (!id || q.question.trimmed().isEmpty() || !q.createdAt.isValid()) {
            if (error)
                *error = QCoreApplication::translate(
                             "paperboy::exporting",
                             "Entry %1 of \"questions\" needs an arXiv \"id\", a \"question\" "
                             "and a valid \"created_at\" time")
                             .arg(i + 1);
            return std::nullopt;
        }
        q.paperId = id->id();
        list.append(q);
    }
    return list;
}

} // namespace paperboy::exporting

#include "export/UserDataJson.h"

#include "core/ArxivId.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paperboy::exporting {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::exporting", text);
}

const char* const formatName = "paperboy-userdata";

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject bookmarkToJson(const store::Bookmark& b)
{
    QJsonObject links;
    if (const auto id = core::ArxivId::parse(b.id)) {
        links.insert(QStringLiteral("abs"), id->absUrl().toString());
        links.insert(QStringLiteral("pdf"), id->pdfUrl().toString());
    }
    if (!b.githubUrl.isEmpty())
        links.insert(QStringLiteral("github"), b.githubUrl);
    if (!b.projectUrl.isEmpty())
        links.insert(QStringLiteral("project"), b.projectUrl);
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("title"), b.title},
        {QStringLiteral("authors"), QJsonArray::fromStringList(b.authors)},
        {QStringLiteral("date"), b.date.isValid() ? QJsonValue(b.date.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("abstract"), b.abstract},
        {QStringLiteral("title_ko"), b.koreanTitle},
        {QStringLiteral("primary_class"), b.primaryClass},
        {QStringLiteral("links"), links},
        {QStringLiteral("bookmarked_at"), timeJson(b.bookmarkedAt)},
        {QStringLiteral("updated_at"), timeJson(b.updatedAt)},
    };
}

QJsonObject dismissalToJson(const store::Dismissal& d)
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("authors"), QJsonArray::fromStringList(d.authors)},
        {QStringLiteral("date"), d.date.isValid() ? QJsonValue(d.date.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("abstract"), d.abstract},
        {QStringLiteral("korean_title"), d.koreanTitle},
        {QStringLiteral("dismissed_at"), timeJson(d.dismissedAt)},
        {QStringLiteral("updated_at"), timeJson(d.updatedAt)},
    };
}

namespace {

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

// Every entry needs a valid id and time: the message names the first that has not.
bool entryOk(const QJsonObject& object, const char* timeKey, const char* list, qsizetype index,
             QString* error)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    if (core::ArxivId::parse(id) && timeFrom(object.value(QLatin1String(timeKey))).isValid())
        return true;
    if (error)
        *error = tr("Entry %1 of \"%2\" needs an arXiv \"id\" and a valid \"%3\"")
                     .arg(index + 1)
                     .arg(QLatin1String(list), QLatin1String(timeKey));
    return false;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

QByteArray userDataToJson(const store::UserSnapshot& snapshot)
{
    QJsonArray bookmarks, reads, notes;
    for (const store::Bookmark& b : snapshot.bookmarks)
        bookmarks.append(bookmarkToJson(b));
    for (const store::ReadMark& r : snapshot.reads)
        reads.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("read_at"), timeJson(r.readAt)}});
    for (const store::Note& n : snapshot.notes)
        notes.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("markdown"), n.markdown},
                                 {QStringLiteral("updated_at"), timeJson(n.updatedAt)}});
    QJsonArray dismissed;
    for (const store::Dismissal& d : snapshot.dismissals)
        dismissed.append(dismissalToJson(d));
    const QJsonObject root{
        {QStringLiteral("format"), QLatin1String(formatName)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("exported_at"), timeJson(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("bookmarks"), bookmarks},
        {QStringLiteral("read"), reads},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("watches"), watchesToJson(snapshot.watches)},
        {QStringLiteral("dismissed"), dismissed},
        {QStringLiteral("questions"), questionsToJson(snapshot.questions)},
        {QStringLiteral("highlights"), highlightsToJson(snapshot)},
        {QStringLiteral("reading_positions"), readingPositionsToJson(snapshot)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<store::UserSnapshot> userDataFromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QStringLiteral("format")).toString() != QLatin1String(formatName)) {
        if (error)
            *error = tr("Not a Paperboy user-data file (JSON with \"format\": \"%1\")")
                         .arg(QLatin1String(formatName));
        return std::nullopt;
    }
    if (root.value(QStringLiteral("version")).toInt() != 1) {
        if (error)
            *error = tr("A user-data file of version %1, this Paperboy reads version 1")
                         .arg(root.value(QStringLiteral("version")).toInt());
        return std::nullopt;
    }
    store::UserSnapshot snapshot;
    const QJsonArray bookmarks = root.value(QStringLiteral("bookmarks")).toArray();
    for (qsizetype i = 0; i < bookmarks.size(); ++i) {
        const QJsonObject o = bookmarks.at(i).toObject();
        if (!entryOk(o, "bookmarked_at", "bookmarks", i, error) ||
            !entryOk(o, "updated_at", "bookmarks", i, error))
            return std::nullopt;
        store::Bookmark b;
        b.id = core::ArxivId::parse(o.value(QStringLiteral("id")).toString())->id();
        b.title = o.value(QStringLiteral("title")).toString();
        b.authors = stringList(o.value(QStringLiteral("authors")));
        b.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        b.abstract = o.value(QStringLiteral("abstract")).toString();
        // Files exported before the field was named as everywhere else say "korean_title".
        b.koreanTitle = o.contains(QStringLiteral("title_ko"))
                            ? o.value(QStringLiteral("title_ko")).toString()
                            : o.value(QStringLiteral("korean_title")).toString();
        b.primaryClass = o.value(QStringLiteral("primary_class")).toString();
        const QJsonObject links = o.value(QStringLiteral("links")).toObject();
        b.githubUrl = links.value(QStringLiteral("github")).toString();
        b.projectUrl = links.value(QStringLiteral("project")).toString();
        b.bookmarkedAt = timeFrom(o.value(QStringLiteral("bookmarked_at")));
        b.updatedAt = timeFrom(o.value(QStringLiteral("updated_at")));
        snapshot.bookmarks.append(b);
    }
    const QJsonArray reads = root.value(QStringLiteral("read")).toArray();
    for (qsizetype i = 0; i < reads.size(); ++i) {
        const QJsonObject o = reads.at(i).toObject();
        if (!entryOk(o, "read_at", "read", i, error))
            return std::nullopt;
        snapshot.reads.append({o.value(QStringLiteral("id")).toString(),
                               timeFrom(o.value(QStringLiteral("read_at")))});
    }
    const QJsonArray notes = root.value(QStringLiteral("notes")).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QJsonObject o = notes.at(i).toObject();
        if (!entryOk(o, "updated_at", "notes", i, error))
            return std::nullopt;
        snapshot.notes.append({o.value(QStringLiteral("id")).toString(),
                               o.value(QStringLiteral("markdown")).toString(),
                               timeFrom(o.value(QStringLiteral("updated_at")))});
    }
    // Files written before watches existed have no "watches": they import as before.
    auto watches = watchesFromJson(root.value(QStringLiteral("watches")).toArray(), error);
    if (!watches)
        return std::nullopt;
    snapshot.watches = *watches;
    // Files written before "Not interested" marks existed have no such list.
    const QJsonArray dismissed = root.value(QStringLiteral("dismissed")).toArray();
    for (qsizetype i = 0; i < dismissed.size(); ++i) {
        const QJsonObject o = dismissed.at(i).toObject();
        if (!entryOk(o, "dismissed_at", "dismissed", i, error) ||
            !entryOk(o, "updated_at", "dismissed", i, error))
            return std::nullopt;
        store::Dismissal d;
        d.id = core::ArxivId::parse(o.value(QStringLiteral("id")).toString())->id();
        d.title = o.value(QStringLiteral("title")).toString();
        d.authors = stringList(o.value(QStringLiteral("authors")));
        d.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        d.abstract = o.value(QStringLiteral("abstract")).toString();
        d.koreanTitle = o.value(QStringLiteral("korean_title")).toString();
        d.dismissedAt = timeFrom(o.value(QStringLiteral("dismissed_at")));
        d.updatedAt = timeFrom(o.value(QStringLiteral("updated_at")));
        snapshot.dismissals.append(d);
    }
    // Files written before questions existed have no such list.
    auto questions = questionsFromJson(root.value(QStringLiteral("questions")).toArray(), error);
    if (!questions)
        return std::nullopt;
    snapshot.questions = *questions;
    if (!highlightsFromJson(root, snapshot, error))
        return std::nullopt;
    return snapshot;
}

} // namespace paperboy::exporting

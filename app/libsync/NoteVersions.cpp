#include "libsync/NoteVersions.h"

#include "libsync/Hlc.h"
#include "store/db/Connection.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace paperboy::libsync {
namespace {

// A device's name goes into the text: no line breaks or control characters that could make it
// look like more than the one line it is.
QString plainName(const QString& name)
{
    QString plain;
    for (const QChar c : name)
        plain.append(c.category() == QChar::Other_Control ? QLatin1Char(' ') : c);
    return plain.trimmed().isEmpty() ? QStringLiteral("?") : plain.trimmed();
}

QString keptLine(const NoteVersion& version)
{
    const auto clock = Hlc::parse(version.clock);
    const QString when = clock ? QDateTime::fromMSecsSinceEpoch(clock->wallMs, Qt::UTC)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                               : QString();
    return QStringLiteral("\n\n\u2014 from %1, %2 \u2014\n\n")
        .arg(plainName(version.deviceName), when);
}

} // namespace

std::optional<QList<NoteVersion>> currentNoteVersions(store::Connection& connection,
                                                      const QString& paperId, QString* error)
{
    store::PreparedQuery query(connection,
                               QStringLiteral("SELECT clock, device_name, markdown, updated_at, "
                                              "bases FROM libsync_notes WHERE paper_id = ?"),
                               error);
    if (!query || !query.exec({paperId}, error))
        return std::nullopt;
    QList<NoteVersion> all;
    QSet<QString> replaced;
    while (query->next()) {
        all.append({query->value(0).toString(), query->value(1).toString(),
                    query->value(2).toString(), query->value(3).toString()});
        const QJsonArray bases =
            QJsonDocument::fromJson(query->value(4).toString().toUtf8()).array();
        for (const QJsonValue& base : bases)
            replaced.insert(base.toString());
    }
    QList<NoteVersion> current;
    for (const NoteVersion& version : all) {
        if (!replaced.contains(version.clock))
            current.append(version);
    }
    std::sort(current.begin(), current.end(),
              [](const NoteVersion& a, const NoteVersion& b) { return a.clock > b.clock; });
    return current;
}

std::optional<QJsonObject> noteRowOf(const QList<NoteVersion>& versions, int* texts)
{
    // A removal made apart from an edit does not take the edit's text with it.
    QList<NoteVersion> withText;
    for (const NoteVersion& version : versions) {
        if (!version.markdown.trimmed().isEmpty())
            withText.append(version);
    }
    *texts = int(withText.size());
    if (withText.isEmpty())
        return std::nullopt;
    QString markdown = withText.first().markdown;
    for (qsizetype i = 1; i < withText.size(); ++i)
        markdown += keptLine(withText.at(i)) + withText.at(i).markdown;
    return QJsonObject{{QStringLiteral("markdown"), markdown},
                       {QStringLiteral("updated_at"), withText.first().updatedAt}};
}

} // namespace paperboy::libsync

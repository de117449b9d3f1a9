#pragma once

// Access to the real published data in ../shared/corpus for tests, and counts made
// independently of the project's parsers (plain regular expressions over the raw text), so
// that a parser bug cannot hide itself by counting with the same code.

#include <QDate>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QTest>

namespace paperboy::testing {

inline QString corpusDir()
{
    return QStringLiteral(PAPERBOY_CORPUS_DIR);
}

// QFAIL (never skip) when the corpus is missing: CI must notice a broken checkout layout.
#define PAPERBOY_REQUIRE_CORPUS()                                                                  \
    do {                                                                                           \
        if (!QDir(paperboy::testing::corpusDir()).exists(QStringLiteral("daily_papers_ko")))       \
            QFAIL(qPrintable(QStringLiteral("The shared corpus is missing at %1: check out the "   \
                                            "project beside ../shared")                            \
                                 .arg(paperboy::testing::corpusDir())));                           \
    } while (false)

// Distinct arXiv ids per day in the markdown digests, counted from `### [..](.../abs/ID)` lines
// of the blocks whose `## Daily Papers (DATE)` header repeats the file's first date.
inline QHash<QDate, QSet<QString>> independentMarkdownIds()
{
    static const QRegularExpression header(
        QStringLiteral("^## Daily Papers \\((\\d{4}-\\d{2}-\\d{2})\\)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression heading(
        QStringLiteral("^### \\[.*\\]\\(https://arxiv\\.org/abs/([^)\\s]+)\\)\\s*$"));
    QHash<QDate, QSet<QString>> result;
    QDir root(corpusDir() + QStringLiteral("/daily_papers_ko"));
    const QStringList years = root.entryList({QStringLiteral("20*")}, QDir::Dirs);
    for (const QString& year : years) {
        const QStringList months =
            QDir(root.filePath(year)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& month : months) {
            const QDir monthDir(root.filePath(year + QLatin1Char('/') + month));
            for (const QString& name : monthDir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
                QFile file(monthDir.filePath(name));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QString text = QString::fromUtf8(file.readAll());
                QDate fileDate;
                QDate blockDate;
                for (const QString& line : text.split(QLatin1Char('\n'))) {
                    if (const auto m = header.match(line); m.hasMatch()) {
                        blockDate = QDate::fromString(m.captured(1), Qt::ISODate);
                        if (!fileDate.isValid())
                            fileDate = blockDate;
                    } else if (const auto h = heading.match(line);
                               h.hasMatch() && blockDate == fileDate && fileDate.isValid()) {
                        result[fileDate].insert(h.captured(1));
                    }
                }
                if (fileDate.isValid() && !result.contains(fileDate))
                    result.insert(fileDate, {});
            }
        }
    }
    return result;
}

} // namespace paperboy::testing

#pragma once

// A PDF made by the tests: six pages of distinct filler, a distinctive fact on page 4 only.

#include <QPainter>
#include <QPdfWriter>
#include <QString>
#include <QStringList>
#include <QTextOption>

namespace paperboy::asktest {

// What only page 4 says, and a question that names it.
inline QString factOnPageFour()
{
    return QStringLiteral("The sky whale sings at forty-two hertz during the monsoon.");
}
inline QString questionAboutTheFact()
{
    return QStringLiteral("At what frequency does the sky whale sing?");
}

// Filler that shares no word with the question: each page its own topic.
inline QString fillerFor(int page)
{
    const QStringList topics{QStringLiteral("gradient"),  QStringLiteral("tokenizer"),
                             QStringLiteral("benchmark"), QStringLiteral("optimizer"),
                             QStringLiteral("dataset"),   QStringLiteral("ablation")};
    const QString topic = topics.at((page - 1) % topics.size());
    QString text;
    for (int i = 0; i < 6; ++i)
        text += QStringLiteral("Section %1 studies %2 settings number %3 in detail. ")
                    .arg(page)
                    .arg(topic)
                    .arg(i);
    return text;
}

inline bool writeSixPagePdf(const QString& file)
{
    QPdfWriter writer(file);
    writer.setResolution(72);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    for (int page = 1; page <= 6; ++page) {
        if (page > 1)
            writer.newPage();
        QString text = fillerFor(page);
        if (page == 4)
            text = factOnPageFour() + QLatin1Char(' ') + text;
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        painter.drawText(QRectF(40, 40, 500, 700), text, option);
    }
    return painter.end();
}

} // namespace paperboy::asktest

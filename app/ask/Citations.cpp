#include "ask/Citations.h"

#include <QRegularExpression>

#include <algorithm>

namespace paperboy::ask {
namespace {

constexpr int longestRange = 50;
constexpr int highestPage = 100000;

void addPage(QList<int>& pages, int page)
{
    if (page >= 1 && page <= highestPage && !pages.contains(page))
        pages.append(page);
}

// "3", "3-4", "p. 7": false when a part is anything else.
bool readPart(const QString& part, Citation& citation)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(?:pp?\.\s*)?(\d{1,6})(?:\s*[-‐‑‒–—~]\s*(\d{1,6}))?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(part);
    if (!match.hasMatch())
        return false;
    const int first = match.capturedView(1).toInt();
    if (!match.hasCaptured(2)) {
        addPage(citation.pages, first);
        return true;
    }
    const int last = match.capturedView(2).toInt();
    citation.range = true;
    if (last >= first && last - first <= longestRange) {
        for (int page = first; page <= last; ++page)
            addPage(citation.pages, page);
    } else {
        addPage(citation.pages, first);
        addPage(citation.pages, last);
    }
    return true;
}

} // namespace

QList<Citation> findCitations(QStringView answer)
{
    static const QRegularExpression bracket(QStringLiteral(R"(\[\s*pp?\.\s*([^\[\]\n]{1,80})\])"));
    QList<Citation> citations;
    const QString text = answer.toString();
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (auto it = bracket.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        Citation citation;
        citation.start = match.capturedStart(0);
        citation.length = match.capturedLength(0);
        bool ok = true;
        for (const QString& part : match.captured(1).split(separators))
            ok = ok && readPart(part, citation);
        if (!ok || citation.pages.isEmpty())
            continue;
        std::sort(citation.pages.begin(), citation.pages.end());
        citations.append(citation);
    }
    return citations;
}

QList<int> citedPages(QStringView answer)
{
    QList<int> pages;
    for (const Citation& citation : findCitations(answer)) {
        for (const int page : citation.pages)
            addPage(pages, page);
    }
    std::sort(pages.begin(), pages.end());
    return pages;
}

} // namespace paperboy::ask

#include "parse/SourceText.h"

#include <algorithm>
#include <cstring>

namespace paperboy::parse {

SourceText::SourceText(QByteArray utf8) : m_utf8(std::move(utf8))
{
    m_lineStarts.reserve(m_utf8.size() / 64 + 1);
    m_lineStarts.append(0);
    const char* const begin = m_utf8.constData();
    const char* const end = begin + m_utf8.size();
    // A final '\n' ends the last line; it does not open an empty one.
    for (const char* p = begin; p < end;) {
        const void* found = std::memchr(p, '\n', size_t(end - p));
        if (found == nullptr)
            break;
        p = static_cast<const char*>(found) + 1;
        if (p < end)
            m_lineStarts.append(p - begin);
    }
}

int SourceText::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return std::max(1, int(it - m_lineStarts.cbegin()));
}

QByteArrayView SourceText::lineBytes(int number) const
{
    if (number < 1 || number > lineCount())
        return {};
    const qsizetype start = m_lineStarts.at(number - 1);
    qsizetype end = number < lineCount() ? m_lineStarts.at(number) : m_utf8.size();
    if (end > start && m_utf8.at(end - 1) == '\n')
        --end;
    return QByteArrayView(m_utf8.constData() + start, end - start);
}

QString SourceText::line(int number) const
{
    return QString::fromUtf8(lineBytes(number));
}

QString SourceText::lines(LineRange range) const
{
    if (!range.isValid() || range.first > lineCount())
        return {};
    const int last = std::min(range.last, lineCount());
    const qsizetype start = m_lineStarts.at(range.first - 1);
    const QByteArrayView lastLine = lineBytes(last);
    const qsizetype end = (lastLine.constData() - m_utf8.constData()) + lastLine.size();
    return QString::fromUtf8(QByteArrayView(m_utf8.constData() + start, end - start));
}

bool SourceText::isBlank(int number) const
{
    const QByteArrayView bytes = lineBytes(number);
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

int SourceText::nextNonBlank(int number) const
{
    number = std::max(number, 1);
    while (number <= lineCount() && isBlank(number))
        ++number;
    return number;
}

int SourceText::previousNonBlank(int number) const
{
    number = std::min(number, lineCount());
    while (number >= 1 && isBlank(number))
        --number;
    return number;
}

} // namespace paperboy::parse

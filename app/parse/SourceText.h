#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace paperboy::parse {

// An inclusive range of 1-based line numbers. Invalid (first == 0) when nothing is known.
struct LineRange
{
    int first = 0;
    int last = 0;

    bool isValid() const { return first > 0 && last >= first; }
};

// UTF-8 text (already cleaned: LF line ends, no NUL, valid UTF-8) with a line index, so that
// md4c's pointers into the buffer can be turned into lines and lines back into source slices.
class SourceText final
{
public:
    explicit SourceText(QByteArray utf8);

    const QByteArray& bytes() const { return m_utf8; }
    int lineCount() const { return int(m_lineStarts.size()); }

    // The 1-based line holding the byte at `offset` (clamped to the text).
    int lineAt(qsizetype offset) const;
    // Line `number` without its line end; empty outside the text.
    QString line(int number) const;
    // Lines first..last joined with '\n', without a final line end.
    QString lines(LineRange range) const;
    bool isBlank(int number) const;
    bool endsWithNewline() const { return m_utf8.isEmpty() || m_utf8.endsWith('\n'); }

    // The first non-blank line at or after `number`; lineCount() + 1 when there is none.
    int nextNonBlank(int number) const;
    // The last non-blank line at or before `number`; 0 when there is none.
    int previousNonBlank(int number) const;

private:
    QByteArrayView lineBytes(int number) const;

    QByteArray m_utf8;
    QList<qsizetype> m_lineStarts; // byte offset of each line's first byte
};

} // namespace paperboy::parse

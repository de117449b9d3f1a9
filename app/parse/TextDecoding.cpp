#include "parse/TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace paperboy::parse {
namespace {

// Only called when the whole text had an error: finds which lines hold invalid sequences.
void reportInvalidLines(QByteArrayView bytes, WarningSink& warnings)
{
    int line = 1;
    int firstBad = 0;
    int badLines = 0;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!bytes.sliced(start, end - start).isValidUtf8()) {
            if (firstBad == 0)
                firstBad = line;
            ++badLines;
        }
        start = end + 1;
        ++line;
    }
    warnings.warn(firstBad, QCoreApplication::translate("paperboy::parse",
                                                        "invalid UTF-8 on %n line(s), replaced by "
                                                        "U+FFFD; this is the first",
                                                        nullptr, badLines));
}

void normaliseLineEnds(QString& text)
{
    if (!text.contains(QLatin1Char('\r')))
        return;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

void replaceNulCharacters(QString& text, WarningSink& warnings)
{
    const qsizetype first = text.indexOf(QChar(0));
    if (first < 0)
        return;
    const int line = int(QStringView(text).first(first).count(QLatin1Char('\n'))) + 1;
    const int count = int(text.count(QChar(0)));
    text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    warnings.warn(
        line, QCoreApplication::translate("paperboy::parse",
                                          "%n NUL byte(s) replaced by U+FFFD; this is the first",
                                          nullptr, count));
}

} // namespace

QByteArray cleanDigestText(const QByteArray& raw, WarningSink& warnings)
{
    QByteArrayView bytes(raw);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);

    const bool hadInvalidUtf8 = !bytes.isValidUtf8();
    // The common case (clean UTF-8 with LF) is passed on as it is, without decoding or copying.
    if (!hadInvalidUtf8 && !bytes.contains('\0') && !bytes.contains('\r'))
        return bytes.size() == raw.size() ? raw : bytes.toByteArray();

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (hadInvalidUtf8)
        reportInvalidLines(bytes, warnings);
    normaliseLineEnds(text);
    replaceNulCharacters(text, warnings);
    return text.toUtf8();
}

} // namespace paperboy::parse

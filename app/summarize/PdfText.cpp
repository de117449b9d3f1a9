#include "summarize/PdfText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <poppler-qt6.h>

namespace paperboy::summarize {
namespace {

struct Text final
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::summarize)
};

QString tidy(QString text)
{
    static const QRegularExpression hyphenBreak(QStringLiteral(R"((\w)-\n(\w))"));
    static const QRegularExpression blanks(QStringLiteral(R"([ \t\f\r]+)"));
    static const QRegularExpression manyLines(QStringLiteral(R"(\n\s*\n+)"));
    text.replace(hyphenBreak, QStringLiteral("\\1\\2"));
    text.replace(blanks, QStringLiteral(" "));
    text.replace(manyLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

} // namespace

QString extractPdfText(const QString& file, qsizetype maxCharacters, QString* error)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(file);
    if (!document || document->isLocked()) {
        if (error)
            *error = Text::tr("%1 is not a readable PDF").arg(file);
        return {};
    }
    QString text;
    for (int i = 0; i < document->numPages() && text.size() < maxCharacters; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        text += page->text(QRectF()) + QLatin1Char('\n');
    }
    return tidy(text).left(maxCharacters);
}

QStringList extractPdfPages(const QString& file, QString* error)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(file);
    if (!document || document->isLocked()) {
        if (error)
            *error = Text::tr("%1 is not a readable PDF").arg(file);
        return {};
    }
    QStringList pages;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        pages.append(page ? tidy(page->text(QRectF())) : QString());
    }
    return pages;
}

} // namespace paperboy::summarize

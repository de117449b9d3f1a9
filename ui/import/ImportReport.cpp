#include "ui/import/ImportReport.h"

#include <QCoreApplication>

namespace paperboy::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("paperboy::ui::ImportReport", text);
}

// English needs a singular and a plural: both are translatable strings.
QString counted(int n, const char* one, const char* many)
{
    return (n == 1 ? tr(one) : tr(many)).arg(n);
}

} // namespace

void ImportReport::addWarning(const QString& warning)
{
    ++warningCount;
    if (warnings.size() < maxKeptWarnings)
        warnings.append(warning);
}

QString ImportReport::summary() const
{
    QString text =
        cancelled ? counted(imported,
                            QT_TRANSLATE_NOOP("paperboy::ui::ImportReport",
                                              "Import cancelled after %1 digest"),
                            QT_TRANSLATE_NOOP("paperboy::ui::ImportReport",
                                              "Import cancelled after %1 digests"))
                  : counted(imported,
                            QT_TRANSLATE_NOOP("paperboy::ui::ImportReport", "Imported %1 digest"),
                            QT_TRANSLATE_NOOP("paperboy::ui::ImportReport", "Imported %1 digests"));
    text += counted(papers, QT_TRANSLATE_NOOP("paperboy::ui::ImportReport", " (%1 paper)"),
                    QT_TRANSLATE_NOOP("paperboy::ui::ImportReport", " (%1 papers)"));
    if (!failures.isEmpty())
        text += tr(", %1 failed").arg(failures.size());
    if (warningCount > 0)
        text +=
            counted(warningCount, QT_TRANSLATE_NOOP("paperboy::ui::ImportReport", ", %1 warning"),
                    QT_TRANSLATE_NOOP("paperboy::ui::ImportReport", ", %1 warnings"));
    return text;
}

QString ImportReport::details() const
{
    QString text = summary() + QStringLiteral(".\n");
    text += tr("Files found: %1. Days written: %2.\n").arg(filesTotal).arg(days.size());
    if (!failures.isEmpty())
        text += QLatin1Char('\n') + tr("Failures:") + QLatin1Char('\n') +
                failures.join(QLatin1Char('\n')) + QLatin1Char('\n');
    if (warningCount > 0) {
        text += QLatin1Char('\n') + tr("Warnings:") + QLatin1Char('\n') +
                warnings.join(QLatin1Char('\n')) + QLatin1Char('\n');
        if (warningCount > warnings.size())
            text += tr("\u2026 and %1 more warnings").arg(warningCount - warnings.size()) +
                    QLatin1Char('\n');
    }
    return text;
}

} // namespace paperboy::ui

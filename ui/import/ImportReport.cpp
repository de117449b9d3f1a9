#include "ui/import/ImportReport.h"

namespace paperboy::ui {

void ImportReport::addWarning(const QString& warning)
{
    ++warningCount;
    if (warnings.size() < maxKeptWarnings)
        warnings.append(warning);
}

QString ImportReport::summary() const
{
    QString text = cancelled ? tr("Import cancelled after %n digest(s)", nullptr, imported)
                             : tr("Imported %n digest(s)", nullptr, imported);
    text += tr(" (%n paper(s))", nullptr, papers);
    if (!failures.isEmpty())
        text += tr(", %1 failed").arg(failures.size());
    if (warningCount > 0)
        text += tr(", %n warning(s)", nullptr, warningCount);
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
            text +=
                tr("\u2026 and %n more warning(s)", nullptr, int(warningCount - warnings.size())) +
                QLatin1Char('\n');
    }
    return text;
}

} // namespace paperboy::ui

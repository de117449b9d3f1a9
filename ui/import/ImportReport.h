#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QStringList>

namespace paperboy::ui {

// What one import did, for the status bar (summary) and the import report window (details).
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(paperboy::ui::ImportReport)

public:
    int filesTotal = 0;
    int imported = 0; // digests written
    int papers = 0;
    QStringList failures; // one line each, naming the file
    QStringList warnings; // the first maxKeptWarnings only; see warningCount
    int warningCount = 0;
    QSet<QDate> days; // the days written
    bool cancelled = false;

    static constexpr int maxKeptWarnings = 5000;

    void addWarning(const QString& warning);
    bool hasProblems() const { return !failures.isEmpty() || warningCount > 0; }
    QString summary() const;
    QString details() const;
};

} // namespace paperboy::ui

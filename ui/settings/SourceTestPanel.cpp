#include "ui/settings/SourceTestPanel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace paperboy::ui {

SourceTestPanel::SourceTestPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sourceTest"));
    // One try and a shorter stall limit than sync's: the user is waiting for the answer.
    m_options.maxTries = 1;
    m_options.transferTimeoutMs = 15'000;
    m_options.totalTimeoutMs = 60'000;

    m_day = new QDateEdit(QDate::currentDate().addDays(-1), this);
    m_day->setObjectName(QStringLiteral("sourceTestDay"));
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(QDate::currentDate());
    m_day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_test = new QPushButton(tr("&Test Source"), this);
    m_test->setObjectName(QStringLiteral("sourceTestButton"));
    m_test->setToolTip(tr("Fetch the chosen day from the selected source and show what it holds. "
                          "Nothing is saved."));
    m_cancel = new QPushButton(tr("Cancel Test"), this);
    m_cancel->setObjectName(QStringLiteral("sourceTestCancel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: a day is one or a few requests of unknown length
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("sourceTestReport"));
    m_report->setTextFormat(Qt::PlainText); // titles and errors come from the server
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Day to test:"), this));
    row->addWidget(m_day);
    row->addWidget(m_test);
    row->addWidget(m_cancel);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);

    connect(m_test, &QPushButton::clicked, this, &SourceTestPanel::start);
    connect(m_cancel, &QPushButton::clicked, this, &SourceTestPanel::cancel);
    setRunning(false);
    setSource(std::nullopt);
}

SourceTestPanel::~SourceTestPanel() = default; // the probe cancels and waits for its thread

void SourceTestPanel::setSource(const std::optional<sync::SourceDefinition>& source)
{
    m_source = source;
    m_test->setEnabled(m_source.has_value() && !isRunning());
}

bool SourceTestPanel::isRunning() const
{
    return m_probe && m_probe->isRunning();
}

QString SourceTestPanel::report() const
{
    return m_report->text();
}

void SourceTestPanel::start()
{
    if (!m_source || isRunning())
        return;
    if (!m_probe) {
        m_probe = std::make_unique<sync::SourceProbe>(m_options);
        connect(m_probe.get(), &sync::SourceProbe::requestLogged, this,
                &SourceTestPanel::onRequest);
        connect(m_probe.get(), &sync::SourceProbe::finished, this, &SourceTestPanel::onFinished);
    }
    m_tested = *m_source;
    m_testedDay = m_day->date();
    const QUrl url = m_tested.urlFor(m_testedDay);
    if (!m_probe->start(m_tested, m_testedDay)) {
        m_report->setText(sync::validateSource(m_tested));
        return;
    }
    m_report->setText(tr("Asking %1 \u2026").arg(url.toDisplayString()));
    setRunning(true);
}

void SourceTestPanel::cancel()
{
    if (isRunning())
        m_probe->cancel();
}

void SourceTestPanel::onRequest(const sync::RequestLogEntry& entry)
{
    if (!isRunning())
        return;
    const QString answer =
        entry.status > 0
            ? tr("HTTP %1, %2").arg(entry.status).arg(QLocale().formattedDataSize(entry.bytes))
            : entry.error;
    m_report->setText(tr("%1: %2").arg(entry.url.toDisplayString(), answer));
}

void SourceTestPanel::onFinished(const sync::SourceProbeResult& result)
{
    setRunning(false);
    m_report->setText(describe(result));
    emit finished(result);
}

void SourceTestPanel::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_test->setEnabled(!running && m_source.has_value());
    m_day->setEnabled(!running);
}

QString SourceTestPanel::describe(const sync::SourceProbeResult& result) const
{
    const QLocale locale;
    const QString day = locale.toString(m_testedDay, QLocale::LongFormat);
    const QString url = result.url.toDisplayString();
    using Kind = sync::SourceProbeResult::Kind;
    switch (result.kind) {
    case Kind::Cancelled:
        return tr("The test was cancelled.");
    case Kind::NotPublished:
        return tr("%1 has nothing for %2 (HTTP 404 from %3). Try another day: many sources "
                  "publish nothing on weekends.")
            .arg(m_tested.name, day, url);
    case Kind::Failed:
        return tr("The test of %1 for %2 failed: %3\nAddress: %4")
            .arg(m_tested.name, day, result.error, url);
    case Kind::Found:
        break;
    }
    QStringList lines;
    lines << tr("%1 works: the digest of %2 lists %n paper(s) (%3).", "", result.papers)
                 .arg(m_tested.name, day, locale.formattedDataSize(result.bytes));
    for (const QString& title : result.titles)
        lines << QStringLiteral("\u2022 ") + title;
    if (result.papers > result.titles.size())
        lines << tr("\u2026 and %n more.", "", result.papers - int(result.titles.size()));
    if (!result.warnings.isEmpty()) {
        lines << tr("The reader skipped %n part(s) it did not understand, first:", "",
                    int(result.warnings.size()))
              << result.warnings.constFirst();
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace paperboy::ui

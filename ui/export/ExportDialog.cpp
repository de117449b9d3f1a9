#include "ui/export/ExportDialog.h"

#include "core/Settings.h"
#include "core/SettingsKeys.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace paperboy::ui {
namespace {

struct FormatChoice
{
    exporting::Format format;
    const char* name;      // formatFromName's, and the settings value
    const char* extension; // of the suggested file
};

const FormatChoice formatChoices[] = {{exporting::Format::BibTex, "bibtex", "bib"},
                                      {exporting::Format::Ris, "ris", "ris"},
                                      {exporting::Format::Markdown, "markdown", "md"},
                                      {exporting::Format::Csv, "csv", "csv"}};

} // namespace

ExportDialog::ExportDialog(const Counts& counts, Scope preferred, QWidget* parent)
    : QDialog(parent), m_day(counts.day)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    m_scopes = new QButtonGroup(this);
    const auto addScope = [this](Scope scope, const QString& text, int count,
                                 const char* objectName) {
        auto* button = new QRadioButton(text, this);
        button->setObjectName(QLatin1String(objectName));
        button->setEnabled(count > 0);
        m_scopes->addButton(button, int(scope));
        return button;
    };
    auto* bookmarks =
        addScope(Scope::Bookmarks, tr("Every bookmark (%n paper(s))", nullptr, counts.bookmarks),
                 counts.bookmarks, "exportBookmarks");
    auto* day = addScope(Scope::Day,
                         tr("The papers of %1 (%n)", nullptr, counts.dayPapers)
                             .arg(QLocale().toString(counts.day, QLocale::LongFormat)),
                         counts.dayPapers, "exportDay");
    auto* results = addScope(Scope::SearchResults,
                             tr("The search results shown (%n)", nullptr, counts.searchResults),
                             counts.searchResults, "exportSearchResults");
    // The preferred scope when it has papers, else the first that has.
    if (QAbstractButton* wanted = m_scopes->button(int(preferred)); wanted->isEnabled())
        wanted->setChecked(true);
    else
        for (QAbstractButton* button : m_scopes->buttons()) {
            if (button->isEnabled()) {
                button->setChecked(true);
                break;
            }
        }

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("BibTeX (.bib)"), QLatin1String(formatChoices[0].name));
    m_format->addItem(tr("RIS, for Zotero and Mendeley (.ris)"),
                      QLatin1String(formatChoices[1].name));
    m_format->addItem(tr("Markdown (.md)"), QLatin1String(formatChoices[2].name));
    m_format->addItem(tr("CSV, for spreadsheets (.csv)"), QLatin1String(formatChoices[3].name));
    const int saved = m_format->findData(core::Settings().read(core::session::exportFormat));
    m_format->setCurrentIndex(qMax(0, saved));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setEnabled(m_scopes->checkedButton() != nullptr);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* scopeColumn = new QVBoxLayout;
    for (QRadioButton* button : {bookmarks, day, results})
        scopeColumn->addWidget(button);
    auto* form = new QFormLayout;
    form->addRow(tr("Export:"), scopeColumn);
    form->addRow(tr("&Format:"), m_format);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(qMax(0, m_scopes->checkedId()));
}

exporting::Format ExportDialog::format() const
{
    return exporting::formatFromName(m_format->currentData().toString())
        .value_or(exporting::Format::BibTex);
}

QString ExportDialog::fileSuffix() const
{
    for (const FormatChoice& choice : formatChoices) {
        if (choice.format == format())
            return QLatin1String(choice.extension);
    }
    return QStringLiteral("bib");
}

QString ExportDialog::suggestedFileName() const
{
    const QString extension = fileSuffix();
    const QString what = scope() == Scope::Bookmarks ? QStringLiteral("bookmarks")
                         : scope() == Scope::Day     ? m_day.toString(Qt::ISODate)
                                                     : QStringLiteral("search");
    return QStringLiteral("paperboy-") + what + QLatin1Char('.') + extension;
}

void ExportDialog::accept()
{
    core::Settings().write(core::session::exportFormat, m_format->currentData().toString());
    QDialog::accept();
}

} // namespace paperboy::ui

#include "ui/settings/SourcesPage.h"

#include "ui/settings/SourceTestPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace paperboy::ui {

SourcesPage::SourcesPage(const QString& sourcesFile, QWidget* parent)
    : QWidget(parent), m_registry(sourcesFile)
{
    setObjectName(QStringLiteral("sourcesPage"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sourceList"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("sourceName"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://example.org/digests/{yyyy}/{MM}/{dd}.md"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("sourceFormat"));
    m_format->addItem(tr("Markdown digest"), int(sync::SourceFormat::Markdown));
    m_format->addItem(tr("Hugging Face API JSON"), int(sync::SourceFormat::HfJson));
    m_format->addItem(tr("Korean briefs (hf-daily-paper-korean-autoflow)"),
                      int(sync::SourceFormat::KoreanAutoflow));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("sourceProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    m_add = new QPushButton(tr("&Add"), this);
    m_replace = new QPushButton(tr("&Save Changes"), this);
    m_remove = new QPushButton(tr("&Remove"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL template:"), m_url);
    form->addRow(tr("&Format:"), m_format);
    auto* hint = new QLabel(tr("The template names the day with {date} (YYYY-MM-DD) or {yyyy}, "
                               "{MM} and {dd}. Only https is allowed, or http to this computer."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto* editButtons = new QHBoxLayout;
    editButtons->addWidget(m_add);
    editButtons->addWidget(m_replace);
    editButtons->addWidget(m_remove);
    editButtons->addStretch(1);
    m_test = new SourceTestPanel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(editButtons);
    layout->addWidget(m_problem);
    layout->addWidget(m_test);

    connect(m_add, &QPushButton::clicked, this, &SourcesPage::addFromFields);
    connect(m_replace, &QPushButton::clicked, this, &SourcesPage::replaceSelected);
    connect(m_remove, &QPushButton::clicked, this, &SourcesPage::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &SourcesPage::showSelected);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_filling && m_registry.setEnabled(item->data(Qt::UserRole).toString(),
                                                item->checkState() == Qt::Checked, nullptr))
            save();
    });

    QString error;
    QStringList problems;
    if (!m_registry.load(&error, &problems))
        problems.prepend(error);
    fillList();
    m_list->setCurrentRow(0); // something to test from the start
    setProblem(problems.join(QLatin1Char('\n')));
}

QString SourcesPage::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

bool SourcesPage::save()
{
    QString error;
    if (m_registry.save(&error)) {
        emit changed();
        return true;
    }
    setProblem(error);
    return false;
}

void SourcesPage::fillList()
{
    const QString keep = selectedName();
    m_filling = true;
    m_list->clear();
    for (const sync::SourceDefinition& source : m_registry.all()) {
        const QString kind = source.isBuiltIn() ? tr("built-in") : sync::formatName(source.format);
        auto* item = new QListWidgetItem(
            tr("%1 (%2) \u2014 %3").arg(source.name, kind, source.urlTemplate), m_list);
        item->setData(Qt::UserRole, source.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(source.enabled ? Qt::Checked : Qt::Unchecked);
        if (source.name == keep)
            m_list->setCurrentItem(item);
    }
    m_filling = false;
    showSelected();
}

QString SourcesPage::selectedName() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SourcesPage::showSelected()
{
    const std::optional<sync::SourceDefinition> source = m_registry.find(selectedName());
    const bool editable = source && !source->isBuiltIn();
    m_test->setSource(source);
    m_replace->setEnabled(editable);
    m_remove->setEnabled(editable);
    if (!editable || m_filling)
        return;
    m_name->setText(source->name);
    m_url->setText(source->urlTemplate);
    m_format->setCurrentIndex(m_format->findData(int(source->format)));
}

sync::SourceDefinition SourcesPage::fieldsSource() const
{
    return {m_name->text().trimmed(), m_url->text().trimmed(),
            sync::SourceFormat(m_format->currentData().toInt()), true};
}

void SourcesPage::addFromFields()
{
    QString error;
    if (!m_registry.add(fieldsSource(), &error)) {
        setProblem(error);
        return;
    }
    setProblem(QString());
    fillList();
    m_list->setCurrentRow(m_list->count() - 1);
    save();
}

void SourcesPage::replaceSelected()
{
    const std::optional<sync::SourceDefinition> old = m_registry.find(selectedName());
    if (!old || old->isBuiltIn())
        return;
    sync::SourceDefinition changed = fieldsSource();
    changed.enabled = old->enabled;
    QString error;
    m_registry.remove(old->name, nullptr);
    if (!m_registry.add(changed, &error)) {
        m_registry.add(*old, nullptr); // it was valid before: put it back (at the end)
        setProblem(error);
        fillList();
        return;
    }
    setProblem(QString());
    fillList();
    save();
}

void SourcesPage::removeSelected()
{
    QString error;
    const bool removed = m_registry.remove(selectedName(), &error);
    setProblem(removed ? QString() : error);
    fillList();
    if (removed)
        save();
}

void SourcesPage::setProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace paperboy::ui

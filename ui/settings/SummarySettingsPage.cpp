#include "ui/settings/SummarySettingsPage.h"

#include "ui/style/PlainLabel.h"

#include "summarize/ApiKeyStore.h"
#include "summarize/SummaryQueue.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace paperboy::ui {

SummarySettingsPage::SummarySettingsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("summariesPage"));
    const summarize::SummarySettings current = summarize::SummarySettings::load();
    m_endpoint = new QLineEdit(current.endpoint, this);
    m_endpoint->setObjectName(QStringLiteral("summaryEndpoint"));
    m_endpoint->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080/v1"));
    m_endpoint->setToolTip(tr("Any OpenAI-compatible server: OpenAI, or a local llama.cpp, "
                              "Ollama, vLLM or LM Studio. Paperboy posts to "
                              "ENDPOINT/chat/completions."));
    m_model = new QLineEdit(current.model, this);
    m_model->setObjectName(QStringLiteral("summaryModel"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("summaryKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Not needed for a local server"));
    auto* saveKey = new QPushButton(tr("Sa&ve Key"), this);
    saveKey->setObjectName(QStringLiteral("summaryKeepKey"));
    auto* forgetKey = new QPushButton(tr("&Forget Key"), this);
    forgetKey->setObjectName(QStringLiteral("summaryForgetKey"));
    m_keyState = plainLabel({}, this);
    m_keyState->setObjectName(QStringLiteral("summaryKeyState"));
    m_keyState->setEnabled(false);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(saveKey);
    keyRow->addWidget(forgetKey);
    auto* keyBox = new QVBoxLayout;
    keyBox->addLayout(keyRow);
    keyBox->addWidget(m_keyState);

    m_concurrency = new QSpinBox(this);
    m_concurrency->setObjectName(QStringLiteral("summaryConcurrency"));
    m_concurrency->setRange(1, summarize::SummaryQueue::maxConcurrency);
    m_concurrency->setValue(current.concurrency);
    m_pdfText = new QCheckBox(tr("Add the text of the paper's PDF when it is kept"), this);
    m_pdfText->setObjectName(QStringLiteral("summaryPdfText"));
    m_pdfText->setChecked(current.usePdfText);
    m_downloadPdf = new QCheckBox(tr("Download the PDF for its text when it is not kept"), this);
    m_downloadPdf->setObjectName(QStringLiteral("summaryDownloadPdf"));
    m_downloadPdf->setChecked(current.downloadPdf);
    m_downloadPdf->setEnabled(current.usePdfText);
    m_budget = new QSpinBox(this);
    m_budget->setObjectName(QStringLiteral("summaryBudget"));
    m_budget->setRange(0, summarize::SummarySettings::maxTokenBudget);
    m_budget->setSingleStep(1000);
    m_budget->setSuffix(tr(" tokens"));
    m_budget->setValue(current.pdfTokenBudget);
    m_budget->setKeyboardTracking(false);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("summaryTimeout"));
    m_timeout->setRange(5, summarize::SummarySettings::maxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(current.timeoutSeconds);
    m_timeout->setKeyboardTracking(false);
    m_afterSync = new QCheckBox(tr("After each sync, summarize the new papers that have no "
                                   "Korean text"),
                                this);
    m_afterSync->setObjectName(QStringLiteral("summaryAfterSync"));
    m_afterSync->setChecked(current.afterSync);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Model:"), m_model);
    // A layout gets no buddy from addRow(QString, QLayout*): its "&" would show as written.
    auto* keyLabel = new QLabel(tr("API &key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, keyBox);
    form->addRow(tr("&Requests at a time:"), m_concurrency);
    form->addRow(m_pdfText);
    form->addRow(m_downloadPdf);
    form->addRow(tr("PDF text &budget:"), m_budget);
    form->addRow(tr("&Time limit per request:"), m_timeout);
    form->addRow(m_afterSync);
    form->addRow(plainLabel(tr("Summaries are stored as their own source, under a heading that "
                               "names the model; a paper the same model summarized is not "
                               "asked again."),
                            this));

    m_keys = new summarize::ApiKeyStore(this);
    connect(m_keys, &summarize::ApiKeyStore::keyRead, this, &SummarySettingsPage::showKeyState);
    connect(m_keys, &summarize::ApiKeyStore::keyWritten, this,
            [this](bool ok, const QString& error) {
                m_keyState->setText(ok ? tr("Saved in the system keyring.") : error);
            });
    m_keys->read();

    connect(m_endpoint, &QLineEdit::editingFinished, this, &SummarySettingsPage::save);
    connect(m_model, &QLineEdit::editingFinished, this, &SummarySettingsPage::save);
    connect(m_concurrency, &QSpinBox::valueChanged, this, &SummarySettingsPage::save);
    connect(m_pdfText, &QCheckBox::toggled, this, [this](bool on) {
        m_downloadPdf->setEnabled(on);
        save();
    });
    connect(m_downloadPdf, &QCheckBox::toggled, this, &SummarySettingsPage::save);
    connect(m_budget, &QSpinBox::valueChanged, this, &SummarySettingsPage::save);
    connect(m_timeout, &QSpinBox::valueChanged, this, &SummarySettingsPage::save);
    connect(m_afterSync, &QCheckBox::toggled, this, &SummarySettingsPage::save);
    connect(saveKey, &QPushButton::clicked, this, &SummarySettingsPage::saveKey);
    connect(m_key, &QLineEdit::returnPressed, this, &SummarySettingsPage::saveKey);
    connect(forgetKey, &QPushButton::clicked, this, &SummarySettingsPage::forgetKey);
}

void SummarySettingsPage::save()
{
    summarize::SummarySettings settings;
    settings.endpoint = m_endpoint->text().trimmed();
    settings.model = m_model->text().trimmed();
    settings.concurrency = m_concurrency->value();
    settings.usePdfText = m_pdfText->isChecked();
    settings.downloadPdf = m_downloadPdf->isChecked();
    settings.pdfTokenBudget = m_budget->value();
    settings.timeoutSeconds = m_timeout->value();
    settings.afterSync = m_afterSync->isChecked();
    settings.save();
    emit changed(settings);
}

void SummarySettingsPage::saveKey()
{
    const QString key = m_key->text().trimmed();
    m_key->clear(); // the field keeps no copy once it is handed to the keyring
    if (key.isEmpty())
        return;
    m_keyState->setText(tr("Saving…"));
    m_keys->write(key);
}

void SummarySettingsPage::forgetKey()
{
    m_key->clear();
    m_keys->remove();
}

void SummarySettingsPage::showKeyState(const QString& key, const QString& error)
{
    if (!error.isEmpty())
        m_keyState->setText(error);
    else if (summarize::environmentApiKey())
        m_keyState->setText(tr("$PAPERBOY_LLM_API_KEY is set and is used instead of the "
                               "keyring."));
    else
        m_keyState->setText(key.isEmpty() ? tr("No key is kept.")
                                          : tr("A key is kept in the system keyring."));
}

} // namespace paperboy::ui

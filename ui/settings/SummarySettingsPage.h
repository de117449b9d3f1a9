#pragma once

#include "summarize/SummarySettings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace paperboy::summarize {
class ApiKeyStore;
}

namespace paperboy::ui {

// Settings → Summaries: the OpenAI-compatible endpoint and model that write Korean summaries,
// the API key (kept in the system keyring, never in the settings file), how many requests at a
// time, whether a PDF's text joins the prompt and how much of it, and whether each sync ends
// with a summary of the new papers that have no Korean text. Saved as it changes.
class SummarySettingsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit SummarySettingsPage(QWidget* parent = nullptr);

signals:
    void changed(const paperboy::summarize::SummarySettings& settings);

private:
    void save();
    void saveKey();
    void forgetKey();
    void showKeyState(const QString& key, const QString& error);

    QLineEdit* m_endpoint = nullptr;
    QLineEdit* m_model = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_keyState = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QCheckBox* m_pdfText = nullptr;
    QCheckBox* m_downloadPdf = nullptr;
    QSpinBox* m_budget = nullptr;
    QSpinBox* m_timeout = nullptr;
    QCheckBox* m_afterSync = nullptr;
    summarize::ApiKeyStore* m_keys = nullptr;
};

} // namespace paperboy::ui

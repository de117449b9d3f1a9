#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace paperboy::ask {
class AskCall;
struct AskPrompt;
struct AskResult;
} // namespace paperboy::ask

namespace paperboy::summarize {
class ApiKeyStore;
}

namespace paperboy::ui {

class AskPanel;
class DetailView;
class FeatureContext;

// Ask this paper: the question box under the shown paper sends its question with the
// paper's best-matching PDF chunks (or its summaries) to the summaries' endpoint and streams
// the answer in. The PDF is read and the chunks chosen off the GUI thread; the request is
// asynchronous. Answers are kept in the user file through the user-data thread. Another
// paper shown cancels a question under way (what arrived is kept, marked incomplete).
class AskController final : public QObject
{
    Q_OBJECT
public:
    AskController(FeatureContext& context, DetailView& detail, QObject* parent = nullptr);
    ~AskController() override;

    void ask(const QString& question); // about the paper on show
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // A [p. N] citation was clicked: the Read view should open `paperId` at `page`.
    void pageLinkActivated(const QString& paperId, int page);
    // A question ended (answered, cut, failed or cancelled) and, unless it failed, was kept.
    void finished(const QString& paperId);

private:
    void onPaperShown(const QString& paperId);
    void sendWhenReady();
    void onDone(const ask::AskResult& result);
    void status(const QString& text);

    FeatureContext& m_context;
    AskPanel& m_panel;
    QNetworkAccessManager m_network;
    std::unique_ptr<summarize::ApiKeyStore> m_keys;
    std::unique_ptr<ask::AskPrompt> m_prompt; // built off the GUI thread
    std::unique_ptr<ask::AskCall> m_call;
    QString m_paperId; // of the question under way
    QString m_question;
    QString m_answer;
    QString m_key;
    bool m_keyRead = false;
    bool m_running = false;
    int m_generation = 0; // drops what a cancelled question's helpers answer late
};

} // namespace paperboy::ui

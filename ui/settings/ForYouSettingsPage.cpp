#include "ui/settings/ForYouSettingsPage.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace paperboy::ui {

ForYouSettingsPage::ForYouSettingsPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("forYouSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(
        tr("For you ranks papers by what you bookmark and mark Not interested (X). It learns on "
           "this computer, by itself a moment after your marks change."),
        this);
    about->setWordWrap(true);
    layout->addWidget(about);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("forYouModelState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);
    m_reset = new QPushButton(tr("&Reset the Model\u2026"), this);
    m_reset->setObjectName(QStringLiteral("forYouReset"));
    connect(m_reset, &QPushButton::clicked, this, &ForYouSettingsPage::askReset);
    auto* row = new QHBoxLayout;
    row->addWidget(m_reset);
    row->addStretch(1);
    layout->addLayout(row);
    auto* note = new QLabel(tr("Bookmarks and Not interested marks are your data: they are kept "
                               "in your user file, exported with it, and never deleted by "
                               "Reset or by clearing the cache."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    setState({});
}

void ForYouSettingsPage::setState(const ForYouModelState& state)
{
    QStringList lines;
    if (!state.known) {
        lines.append(tr("The model has not been loaded yet."));
    } else if (!state.trained) {
        lines.append(state.bookmarksNeeded > 0 ? tr("Not trained: it needs %n more bookmark(s).",
                                                    nullptr, state.bookmarksNeeded)
                                               : tr("Not trained."));
    } else {
        lines.append(tr("Learnt from %n bookmark(s) and %1 Not interested mark(s).", nullptr,
                        state.bookmarks)
                         .arg(state.dismissed));
        lines.append(
            tr("Last trained: %1").arg(QLocale().toString(state.trainedAt, QLocale::ShortFormat)));
        lines.append(tr("Model size: %1, %2 terms")
                         .arg(QLocale().formattedDataSize(state.modelBytes))
                         .arg(state.features));
    }
    if (!state.error.isEmpty())
        lines.append(tr("Last error: %1").arg(state.error));
    m_state->setText(lines.join(QLatin1Char('\n')));
    m_reset->setEnabled(state.trained);
}

void ForYouSettingsPage::askReset()
{
    if (m_confirm &&
        QMessageBox::question(this, tr("Reset the Model"),
                              tr("Delete the For you model? Your bookmarks and marks stay; a new "
                                 "model is trained from them.")) != QMessageBox::Yes)
        return;
    emit resetRequested();
}

} // namespace paperboy::ui

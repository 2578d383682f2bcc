#pragma once

#include <QGroupBox>

#include <optional>

class Core;
class DownloadListModel;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;

// The Models page's download box: a name (with suggestions for the kind of server in use) and
// Download, the fit advice of a suggestion, the downloads with their progress, Cancel, Retry
// and Clear finished. Downloads go to the server in use; rows on others name theirs.
class DownloadsPanel final : public QGroupBox
{
    Q_OBJECT

public:
    explicit DownloadsPanel(Core *core, QWidget *parent = nullptr);

    // Suggested names for a workshop, with their download sizes.
    struct Suggestion
    {
        QString name;
        qint64 bytes;
    };
    static QList<Suggestion> suggestions();
    // Works out again what the server in use allows (Download, the note under it).
    void updateButtons();

private:
    void onActiveServerChanged();
    // The suggestions and example, for the kind of server in use.
    void fillSuggestions();
    bool isLmStudio() const;
    void updateAdvice();
    void startPull();
    int currentDownload() const;

    Core *m_core;
    QComboBox *m_name;
    QPushButton *m_pull;
    QLabel *m_note;
    QString m_advice; // fit advice of the chosen suggestion, or the "write a name" hint
    std::optional<bool> m_suggestionsForLmStudio; // what the box was filled for
    DownloadListModel *m_model;
    QListView *m_list;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_clear;
};

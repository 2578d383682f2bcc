#pragma once

#include "providers/Capabilities.h"

#include "models/FitAdvice.h"
#include <QDeadlineTimer>
#include <QHash>

#include <QPointer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <optional>

class Core;
class Provider;
class DownloadsPanel;
class ModelTableModel;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTextBrowser;

// The active server's models: the catalogue, downloads with progress, what is loaded.
class ModelsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ModelsPage(Core *core, QWidget *parent = nullptr);

    // Says a model runs on the CPU while a GPU is there, with the usual causes.
    static QString cpuOnlyWarning(const QString &model);
    // How long a load may take before the page stops waiting; 0 (the default): the request
    // timeout setting, read at each load.
    void setLoadTimeLimit(std::chrono::milliseconds limit) { m_loadLimit = limit; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLayout *buildTitleRow();
    QWidget *buildCatalogue();
    QWidget *buildLoaded();
    void connectActions();
    void onActiveServerChanged();
    void reloadModels();
    // The note above the table: the list is being read, or why it could not be.
    void updateListNote();
    void updateDetails();
    void updateButtons();
    void deleteSelected();
    void refreshLoaded();
    // True when the rows' loaded marks changed.
    bool markLoaded();
    void showLoaded();
    // What the fit advice counts as free for `id` on the active server's host: its free memory,
    // plus what the model holds already when it is loaded.
    FitAdvice::Host hostFor(const QString &id) const;
    void unloadSelected();
    // Unloads `model` from the server in use, the page busy meanwhile, says what went wrong,
    // then calls `then`.
    void unload(const LoadedModel &model, std::function<void()> then);
    void loadSelected();
    void stopLoading();
    static QString stoppedText(const QString &model);
    // Whether `provider` still serves `server`, the one shown; else says so (after a dialog).
    bool stillShown(const QPointer<Provider> &provider, const QString &server,
                    const QString &title);
    void updateKeepAlive();
    QString selectedModelId() const;
    QString serverId() const;

    Core *m_core;
    QLabel *m_title;
    QLineEdit *m_filter;
    QPushButton *m_refresh;
    ModelTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_listNote;
    QTextBrowser *m_details;
    QPushButton *m_delete;
    QPushButton *m_load;
    QComboBox *m_keepAlive;
    QLabel *m_deleteNote;
    DownloadsPanel *m_downloads;
    QTableWidget *m_loaded;
    QPushButton *m_unload;
    QLabel *m_loadedNote;
    QList<LoadedModel> m_loadedModels;
    // (server, model id) -> bytes estimated before loading: one model's estimate on one machine
    // says nothing of it on another.
    QHash<QPair<QString, QString>, qint64> m_estimates;
    // Server id -> what a load or an unload in progress there says; shown, and keeping Load
    // and Unload waiting, only while that server is the one shown.
    QHash<QString, QString> m_busy;
    // Server id -> the load running there: its request's owner, and the model.
    struct Load
    {
        QPointer<QObject> request;
        QString model;
    };
    QHash<QString, Load> m_loads;
    // Server id -> a load stopped there, said until the model shows or for a minute.
    struct Stopped
    {
        QString model;
        QDeadlineTimer until;
    };
    QHash<QString, Stopped> m_stopped;
    std::chrono::milliseconds m_loadLimit{0};
};

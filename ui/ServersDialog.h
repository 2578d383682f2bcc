#pragma once

#include "settings/ServerProfile.h"

#include <QDialog>
#include <QVariantList>

class Core;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;

// Every server and its settings: address, name, kind (detected or forced), default model,
// request defaults, timeout and API token (kept in the system keychain). Also imports and
// exports LocalForge's settings and Phoenix gateway configurations.
class ServersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ServersDialog(Core *core, QWidget *parent = nullptr);

    // Selects a server (by id) in the list.
    void select(const QString &serverId);
    // Applies the form to the selected server; false (and says why) when it cannot.
    bool saveCurrent();
    QString status() const;
    // What Import phoenix.json… does once the file is chosen: adds its providers, and updates
    // the servers already set up without losing their names and other defaults.
    void importPhoenixFile(const QString &path);
    // Settings exported by LocalForge (Import settings…, behind the file chooser).
    void importSettingsFile(const QString &path);
    // Close and Esc ask first about changes not saved.
    void reject() override;

private:
    // The list as discovery and the profiles have it now, the form left as it is.
    void syncList();
    // The list again, and `select` (or the first server) shown in the form.
    void reloadList(const QString &select = {});
    void fillModels(const QString &chosen); // the default model's choices, for the server shown
    QListWidgetItem *itemFor(const QString &id) const;
    QString titleOf(const QString &id) const;
    // The server listed (or with settings) that `url` reaches, other than `except`; empty if
    // none.
    QString listedAs(const QUrl &url, const QString &except) const; // as the list names it
    void setCurrentRowQuietly(const QString &id);                   // empty: none
    // What the form holds, to tell whether it changed since it was shown.
    QVariantList formValues() const;
    // Asks what to do with changes not saved: true when the form may be left (saved, or
    // discarded), false to stay on it.
    bool mayLeaveForm();
    void rowChosen(int row);
    void leaveForChosenRow();
    void showServer(const QString &id);
    void addNew();
    void removeCurrent();
    void exportSettings();
    void importSettings();
    void importPhoenix();
    void exportPhoenix();
    void setStatus(const QString &text, bool problem = false);
    void updateTokenState();

    Core *m_core;
    QString m_currentId;  // empty: a new server
    QVariantList m_shown; // the form as shown, before the user's changes
    QString m_chosenId;   // a row chosen while the form had changes: asked about next
    QListWidget *m_list;
    QLineEdit *m_address;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_defaultModel;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_maxTokens;
    QSpinBox *m_numCtx;
    QSpinBox *m_numGpu;
    QSpinBox *m_numThread;
    QSpinBox *m_timeout;
    QCheckBox *m_enabled;
    QLineEdit *m_token;
    QLabel *m_tokenState;
    QPushButton *m_removeToken;
    QPushButton *m_save;
    QPushButton *m_remove;
    QLabel *m_status;
    bool m_statusIsServerProblem = false; // the server's problem shown: replaced once it is found
};

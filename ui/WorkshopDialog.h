#pragma once

#include <QDialog>

class Core;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class WorkshopChecklist;

// The workshop checklist: the servers, models, shared server and n8n a session needs, one line
// each in green or red with the fix in place (and Pull for a missing model); Check all, Copy as
// text, and Export workshop kit….
class WorkshopDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WorkshopDialog(Core *core, QWidget *parent = nullptr);

    // Takes the plan from the fields, keeps it, and checks every line.
    void checkAll();
    void copyReport();
    // Writes the workshop kit into `folder` (asks for one when empty); false with why shown.
    bool exportKit(const QString &folder = {});
    QString status() const;

    // "Export workshop kit…" from the menu: asks for a folder and writes the kit there for the
    // models of the saved plan.
    static bool exportKitFor(Core *core, QWidget *parent, const QString &folder = {});

private:
    void rebuild();
    void updateLine(int index);
    void onFinished();
    void pull(int index);
    QString wrapped(const QString &text, int column) const;

    Core *m_core;
    WorkshopChecklist *m_checklist;
    QLineEdit *m_servers;
    QLineEdit *m_models;
    QCheckBox *m_shared;
    QLineEdit *m_n8n;
    QTreeWidget *m_lines;
    QLabel *m_status;
    QPushButton *m_checkAll;
    QPushButton *m_copy;
    QPushButton *m_export;
    QList<int> m_pulls; // download ids started here
};

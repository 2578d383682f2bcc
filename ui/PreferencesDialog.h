#pragma once

#include <QDialog>

class Core;
class QComboBox;
class QSpinBox;

// Request timeout and interface language.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Core *core, QWidget *parent = nullptr);

    void accept() override;

private:
    Core *m_core;
    QSpinBox *m_timeout;
    QSpinBox *m_sampling;
    QComboBox *m_language;
};

#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a server address ("gpu-box:11434", "http://10.0.0.5:1234").
class AddServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddServerDialog(QWidget *parent = nullptr);
    QUrl url() const;

private:
    void validate();

    QLineEdit *m_address;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

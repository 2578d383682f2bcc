#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a server address ("gpu-box:11434", "http://10.0.0.5:1234"). A user name or password
// written in it is left out of the address; the password may be kept as the server's token.
class AddServerDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AddServerDialog(QWidget *parent = nullptr);
    QUrl url() const; // without user name and password
    // The password written in the address, when the user chose to keep it as the token.
    QString token() const;

private:
    void validate();

    QLineEdit *m_address;
    QLabel *m_hint;
    QCheckBox *m_keepPassword;
    QDialogButtonBox *m_buttons;
};

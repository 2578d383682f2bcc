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
    // `known`: the servers already listed, so that one is not added twice under another name
    // ("localhost" for "127.0.0.1").
    explicit AddServerDialog(const QStringList &known = {}, QWidget *parent = nullptr);
    QUrl url() const; // without user name and password
    // The password written in the address, when the user chose to keep it as the token.
    QString token() const;
    // The listed server the address names, if it names one: Add then shows it.
    QString existing() const;

private:
    void validate();
    // Why the address is not one, in words that say what to write instead.
    QString whyNotAnAddress(const QString &text) const;
    QString existingFor(const QUrl &typed) const;

    QLineEdit *m_address;
    QLabel *m_hint;
    QCheckBox *m_keepPassword;
    QDialogButtonBox *m_buttons;
    QStringList m_known;
    int m_inClear = -1; // whether the token would travel in clear, as the box was last ticked for
};

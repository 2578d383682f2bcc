#pragma once

#include <QMap>
#include <QToolButton>

// Problems that last (settings that cannot be saved, a token the keychain cannot give,
// conversations that could not be read), kept in the status bar until they are solved: the
// status bar's own messages are replaced by the next routine one within seconds. One problem
// shows its text; several, their count. Its tooltip and a click give all of them.
class ProblemsIndicator final : public QToolButton
{
    Q_OBJECT

public:
    explicit ProblemsIndicator(QWidget *parent = nullptr);

    // Sets the problem known as `key` (an empty message: solved).
    void setProblem(const QString &key, const QString &message);
    QStringList problems() const { return m_problems.values(); }

private:
    void refresh();
    void showAll();

    QMap<QString, QString> m_problems; // in key order, so the text does not jump around
};

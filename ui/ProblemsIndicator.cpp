#include "ProblemsIndicator.h"

#include <QMessageBox>
#include <QStyle>

ProblemsIndicator::ProblemsIndicator(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("problemsIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    setIconSize(QSize(16, 16));
    connect(this, &QToolButton::clicked, this, &ProblemsIndicator::showAll);
    hide();
}

void ProblemsIndicator::setProblem(const QString &key, const QString &message)
{
    if (message.isEmpty()) {
        if (m_problems.remove(key) == 0)
            return;
    } else {
        if (m_problems.value(key) == message)
            return;
        m_problems.insert(key, message);
    }
    refresh();
}

void ProblemsIndicator::refresh()
{
    setVisible(!m_problems.isEmpty());
    if (m_problems.isEmpty())
        return;
    const QStringList all = problems();
    // One problem: its first sentence, the whole in the tooltip.
    QString text = all.size() == 1 ? all.first() : tr("%n problem(s)", nullptr, int(all.size()));
    if (const qsizetype end = text.indexOf(QStringLiteral(". ")); all.size() == 1 && end > 0)
        text = text.left(end + 1);
    setText(fontMetrics().elidedText(text, Qt::ElideRight, 320)); // room left for messages
    setToolTip(all.join(QStringLiteral("\n\n")));
    setAccessibleName(tr("Problems"));
    setAccessibleDescription(all.join(u' '));
}

void ProblemsIndicator::showAll()
{
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Problems"),
                        problems().join(QStringLiteral("\n\n")), QMessageBox::Close, window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

#pragma once

#include <QWidget>

#include <functional>

// A tab's place holder that builds its page the first time it shows (or when page() is asked
// for), so that the pages nobody opens cost nothing at start-up. The page fills it.
class LazyPage final : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget *()>;
    explicit LazyPage(Factory make, QWidget *parent = nullptr);

    // The page, built now if it was not yet.
    QWidget *page();
    bool isBuilt() const { return m_page != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_make;
    QWidget *m_page = nullptr;
};

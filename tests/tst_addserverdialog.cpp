// The Add server dialog on its own: what it accepts, what it says, and which server it names.
#include "AddServerDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAddServerDialog : public QObject
{
    Q_OBJECT

    struct Parts
    {
        QLineEdit *address = nullptr;
        QPushButton *add = nullptr;
        QLabel *hint = nullptr;
        QCheckBox *keep = nullptr;
    };
    static Parts partsOf(AddServerDialog &dialog)
    {
        Parts p;
        p.address = dialog.findChild<QLineEdit *>(u"serverAddress"_s);
        p.add = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        p.keep = dialog.findChild<QCheckBox *>(u"keepPasswordAsToken"_s);
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->wordWrap())
                p.hint = label;
        }
        return p;
    }

private Q_SLOTS:
    void initTestCase() { installTranslations(*qApp, u"en"_s); }

    void whatIsAcceptedAndWhatIsSaid_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("existing");
        const QString add = u"Add"_s;
        // A name alone would be port 80: no LLM server's default. The port is asked for.
        QTest::newRow("name alone")
            << u"gpu-box"_s << false << add << u"for example gpu-box:11434 (Ollama)"_s << QString();
        QTest::newRow("address alone") << u"192.168.1.20/"_s << false << add
                                       << u"192.168.1.20:1234 (LM Studio)"_s << QString();
        QTest::newRow("with a password, no port")
            << u"alice:pw@gpu-box"_s << false << add << u"Add the port"_s << QString();
        QTest::newRow("IPv6 alone")
            << u"[::1]"_s << false << add << u"[::1]:11434 (Ollama)"_s << QString();
        QTest::newRow("a path, no port")
            << u"gpu-box/ollama"_s << false << add << u"gpu-box:11434"_s << QString();
        QTest::newRow("a colon, no port")
            << u"gpu-box:"_s << false << add << u"Add the port"_s << QString();
        QTest::newRow("a port alone, with its colon")
            << u":8080"_s << true << add << QString() << QString();
        QTest::newRow("a scheme names its port")
            << u"https://llm.example.org"_s << true << add << u"OpenAI-compatible"_s << QString();
        QTest::newRow("host and port")
            << u"gpu-box:11434"_s << true << add << QString() << QString();
        QTest::newRow("a port alone is this machine")
            << u"8080"_s << true << add << QString() << QString();
        QTest::newRow("port out of range")
            << u"gpu-box:99999"_s << false << add << u"ports go from 1 to 65535"_s << QString();
        QTest::newRow("port 0") << u"gpu-box:0"_s << false << add << u"ports go from 1 to 65535"_s
                                << QString();
        QTest::newRow("IPv6 without brackets")
            << u"fe80::1:11434"_s << false << add << u"[fe80::1]:11434"_s << QString();
        QTest::newRow("IPv6 without brackets, with a scheme")
            << u"http://fe80::1:11434"_s << false << add << u"in brackets"_s << QString();
        QTest::newRow("IPv6 in brackets")
            << u"[fe80::1]:11434"_s << true << add << QString() << QString();
        // Listed as 127.0.0.1: localhost, 0.0.0.0 and the same address are that server.
        QTest::newRow("localhost for 127.0.0.1")
            << u"localhost:11434"_s << true << u"Show it"_s << u"already in the list"_s
            << u"http://127.0.0.1:11434"_s;
        QTest::newRow("same address, other case")
            << u"HTTP://GPU-BOX:1234/v1"_s << true << u"Show it"_s << u"already in the list"_s
            << u"http://gpu-box:1234"_s;
        QTest::newRow("another port is another server")
            << u"localhost:1234"_s << true << add << QString() << QString();
        QTest::newRow("https is another server")
            << u"https://gpu-box:1234"_s << true << add << QString() << QString();
    }
    void whatIsAcceptedAndWhatIsSaid()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, button);
        QFETCH(QString, said);
        QFETCH(QString, existing);
        AddServerDialog dialog({u"http://127.0.0.1:11434"_s, u"http://gpu-box:1234"_s});
        const Parts p = partsOf(dialog);
        QVERIFY(p.address && p.add && p.hint && p.keep);
        p.address->setText(typed);
        QCOMPARE(p.add->isEnabled(), accepted);
        QCOMPARE(p.add->text(), button);
        QVERIFY2(p.hint->text().contains(said), qPrintable(p.hint->text()));
        QCOMPARE(dialog.existing(), existing);
        // A screen reader reads the reason with the field.
        QCOMPARE(p.address->accessibleDescription(), p.hint->text());
    }

    void keepingThePasswordIsAskedAgainWhenTheAddressChanges()
    {
        // To this machine a token is kept by default; over plain http to another host it
        // would travel in clear, so it is not, also when the address is changed to one.
        AddServerDialog dialog;
        const Parts p = partsOf(dialog);
        p.address->setText(u"http://alice:pw@127.0.0.1:11434"_s);
        QVERIFY(p.keep->isVisibleTo(&dialog));
        QVERIFY(p.keep->isChecked());
        QCOMPARE(dialog.token(), u"pw"_s);
        p.address->setText(u"http://alice:pw@192.168.1.20:11434"_s);
        QVERIFY(!p.keep->isChecked());
        QCOMPARE(dialog.token(), QString());
        // Ticked by the user: it stays while the address stays the same kind.
        p.keep->setChecked(true);
        p.address->setText(u"http://alice:pw@192.168.1.21:11434"_s);
        QVERIFY(p.keep->isChecked());
        p.address->setText(u"http://alice:pw@localhost:11434"_s);
        QVERIFY(p.keep->isChecked());
        p.address->setText(u"gpu-box:11434"_s);
        QVERIFY(!p.keep->isVisibleTo(&dialog));
        QCOMPARE(dialog.token(), QString());
    }

    void aListedServersPasswordIsNotTakenHere()
    {
        // Its token is changed in its own settings: Add only shows it.
        AddServerDialog dialog({u"http://127.0.0.1:11434"_s});
        const Parts p = partsOf(dialog);
        p.address->setText(u"http://alice:pw@localhost:11434"_s);
        QCOMPARE(dialog.existing(), u"http://127.0.0.1:11434"_s);
        QVERIFY(!p.keep->isVisibleTo(&dialog));
        QCOMPARE(dialog.token(), QString());
    }
};

QTEST_MAIN(TestAddServerDialog)
#include "tst_addserverdialog.moc"

// The workshop kit: every file is written (atomically, into a folder that may not exist yet);
// the compose file parses with PyYAML and has Ollama (named volume, port 11434), n8n (volume,
// port 5678, reaching Ollama by service name) and a commented NVIDIA GPU block that parses too
// once uncommented; pull-models.sh passes sh -n, bash -n and shellcheck and pulls exactly the
// chosen models; the n8n workflow and the Python client are the "API call…" ones; LISEZMOI.md
// is French. When Compose is installed, it validates both variants of the file itself.
#include "workshop/WorkshopKit.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Run
{
    int code = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args, const QString &dir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {-2, u"did not finish: "_s + program};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3,
            QString::fromUtf8(p.readAll())};
}

const QString Checker = QStringLiteral(LOCALFORGE_CHECKS "/check_workshop_compose.py");
} // namespace

class TestWorkshopKit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_kit;

    WorkshopKit::Options options() const
    {
        WorkshopKit::Options o;
        o.models = {u"phi3"_s, u"llama3.2"_s, u"mistral:7b-instruct"_s};
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_kit = m_dir.filePath(u"kit/atelier"_s); // its parent does not exist yet
        const ApiError error = WorkshopKit::write(m_kit, options());
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }

    void everyFileIsWritten()
    {
        for (const QString &name : WorkshopKit::fileNames())
            QVERIFY2(QFileInfo(QDir(m_kit).filePath(name)).size() > 0, qPrintable(name));
        QVERIFY(QFileInfo(QDir(m_kit).filePath(u"pull-models.sh"_s)).isExecutable());
        // No temporary file is left behind.
        QCOMPARE(QDir(m_kit).entryList(QDir::Files).size(), WorkshopKit::fileNames().size());
    }

    void composeFileParsesWithAndWithoutTheGpuBlock()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is not installed (apt-get install python3 python3-yaml).");
        const QString uncommented = m_dir.filePath(u"gpu-compose.yml"_s);
        const Run r = run(u"python3"_s,
                          {Checker, QDir(m_kit).filePath(u"docker-compose.yml"_s), uncommented});
        QVERIFY2(r.code == 0 && r.output.trimmed() == u"PASS", qPrintable(r.output));
        QVERIFY(read(uncommented).contains(u"\n    deploy:\n"));
    }

    void composeCheckerCatchesABrokenFile()
    {
        // The checker itself fails on a file without the GPU block or with a wrong port.
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is not installed.");
        const QString text = WorkshopKit::dockerCompose();
        const QList<QString> broken = {
            QString(text).replace(u"\"5678:5678\""_s, u"\"5679:5678\""_s),
            QString(text).replace(u"#           capabilities: [gpu]"_s,
                                  u"#           capabilities: [compute]"_s),
            QString(text).replace(u"      - ollama:/root/.ollama"_s,
                                  u"      - ./ollama:/root/.ollama"_s),
        };
        for (const QString &variant : broken) {
            QVERIFY(variant != text);
            const QString path = m_dir.filePath(u"broken.yml"_s);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(variant.toUtf8());
            f.close();
            const Run r = run(u"python3"_s, {Checker, path});
            QVERIFY2(r.code == 1 && r.output.startsWith(u"FAIL"), qPrintable(r.output));
        }
    }

    void composeConfigValidatesBothVariants()
    {
        const QString compose = QDir(m_kit).filePath(u"docker-compose.yml"_s);
        const QString gpu = m_dir.filePath(u"gpu-compose.yml"_s);
        if (!QFile::exists(gpu))
            QSKIP("composeFileParsesWithAndWithoutTheGpuBlock did not write the GPU variant.");
        QString program;
        QStringList prefix;
        if (!QStandardPaths::findExecutable(u"docker"_s).isEmpty() &&
            run(u"docker"_s, {u"compose"_s, u"version"_s}).code == 0) {
            program = u"docker"_s;
            prefix = {u"compose"_s};
        } else if (!QStandardPaths::findExecutable(u"docker-compose"_s).isEmpty()) {
            program = u"docker-compose"_s;
        } else {
            QSKIP("Neither `docker compose` nor `docker-compose` is installed: the compose file "
                  "is checked by PyYAML only (apt-get install docker-compose to check it with "
                  "Compose too).");
        }
        for (const QString &file : {compose, gpu}) {
            const Run r =
                run(program, prefix + QStringList{u"-f"_s, file, u"config"_s}, m_dir.path());
            QVERIFY2(r.code == 0, qPrintable(file + u": "_s + r.output));
            QVERIFY2(r.output.contains(u"11434"), qPrintable(r.output));
        }
    }

    void pullScriptIsValidShellForTheChosenModels()
    {
        const QString script = QDir(m_kit).filePath(u"pull-models.sh"_s);
        for (const QString &shell : {u"sh"_s, u"bash"_s}) {
            const Run r = run(shell, {u"-n"_s, script});
            QVERIFY2(r.code == 0, qPrintable(shell + u": "_s + r.output));
        }
        if (QStandardPaths::findExecutable(u"shellcheck"_s).isEmpty())
            QSKIP("shellcheck is not installed (apt-get install shellcheck).");
        const Run lint = run(u"shellcheck"_s, {script});
        QVERIFY2(lint.code == 0, qPrintable(lint.output));
        // It runs: with a stand-in `ollama` on PATH, it pulls exactly the chosen models.
        const QString bin = m_dir.filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(bin));
        QFile fake(bin + u"/ollama"_s);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\necho \"$@\" >> \"$PULL_LOG\"\n");
        fake.close();
        fake.setPermissions(fake.permissions() | QFileDevice::ExeOwner);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PATH"_s, bin + u':' + env.value(u"PATH"_s));
        env.insert(u"OLLAMA_NATIVE"_s, u"1"_s);
        env.insert(u"PULL_LOG"_s, m_dir.filePath(u"pulls.log"_s));
        p.setProcessEnvironment(env);
        p.start(u"sh"_s, {script});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(read(m_dir.filePath(u"pulls.log"_s)),
                 u"pull phi3\npull llama3.2\npull mistral:7b-instruct\n"_s);
    }

    void workflowAndClientAreTheApiCallOnes()
    {
        const QJsonDocument doc =
            QJsonDocument::fromJson(read(QDir(m_kit).filePath(u"n8n-workflow.json"_s)).toUtf8());
        QVERIFY(doc.isObject());
        bool http = false;
        for (const QJsonValue &node : doc.object().value(u"nodes").toArray()) {
            const QString url = node[u"parameters"][u"url"].toString();
            if (!url.isEmpty()) {
                // n8n in the compose file reaches Ollama by its service name.
                QCOMPARE(url, u"http://ollama:11434/api/chat"_s);
                http = true;
            }
        }
        QVERIFY(http);
        // The file is the snippet "API call…" makes (each export gets its own node and webhook
        // ids).
        auto withoutId = [](QString text) {
            return text.replace(QRegularExpression(u"\"(webhookId|id)\": *\"[0-9a-f-]{36}\""_s),
                                u""_s);
        };
        QCOMPARE(withoutId(read(QDir(m_kit).filePath(u"n8n-workflow.json"_s))),
                 withoutId(WorkshopKit::n8nWorkflow(options())));
        const QString client = read(QDir(m_kit).filePath(u"client.py"_s));
        QVERIFY(client.contains(u"http://localhost:11434"));
        QVERIFY(client.contains(u"\"phi3\"") || client.contains(u"'phi3'"));
        QVERIFY(client.contains(u"Présente-toi"));
        if (!QStandardPaths::findExecutable(u"python3"_s).isEmpty()) {
            const Run r =
                run(u"python3"_s, {u"-m"_s, u"py_compile"_s, QDir(m_kit).filePath(u"client.py"_s)});
            QVERIFY2(r.code == 0, qPrintable(r.output));
        }
    }

    void readmeIsFrenchWithTheSameSteps()
    {
        const QString text = read(QDir(m_kit).filePath(u"LISEZMOI.md"_s));
        QVERIFY(text.startsWith(u"# Atelier LLM en local"));
        for (const QString &step :
             {u"docker compose up -d"_s, u"./pull-models.sh"_s, u"python3 client.py"_s,
              u"n8n-workflow.json"_s, u"http://localhost:5678"_s, u"NVIDIA"_s,
              u"Docker sur Mac ne donne **pas** accès au GPU"_s, u"`mistral:7b-instruct`"_s})
            QVERIFY2(text.contains(step), qPrintable(step));
    }

    void filesOfTheUsersAreNotReplacedUnlessAgreed()
    {
        const QString folder = m_dir.filePath(u"project"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString compose = QDir(folder).filePath(u"docker-compose.yml"_s);
        {
            QFile f(compose);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("services:\n  mine: {}\n");
        }
        QCOMPARE(WorkshopKit::wouldReplace(folder, options()),
                 QStringList{u"docker-compose.yml"_s});
        const ApiError refused = WorkshopKit::write(folder, options());
        QCOMPARE(refused.kind, ApiError::Kind::File);
        QVERIFY2(refused.message.contains(u"docker-compose.yml"), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(u"Nothing was written"), qPrintable(refused.message));
        // Nothing written: the user's file as it was, and none of the kit's beside it.
        QFile f(compose);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("services:\n  mine: {}\n"));
        f.close();
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"docker-compose.yml"_s});
        // Agreed to: replaced. The same kit exported again replaces nothing.
        QVERIFY(!WorkshopKit::write(folder, options(), WorkshopKit::Existing::Replace).isError());
        QCOMPARE(WorkshopKit::wouldReplace(folder, options()).join(u','), QString());
        QVERIFY(!WorkshopKit::write(folder, options()).isError());
        // A kit for other models differs in its script and its guide.
        WorkshopKit::Options other = options();
        other.models = {u"qwen2.5:0.5b"_s};
        const QStringList changed = WorkshopKit::wouldReplace(folder, other);
        QVERIFY(changed.contains(u"pull-models.sh"_s));
        QVERIFY(!changed.contains(u"docker-compose.yml"_s));
    }

    void unwritableFolderSaysSo()
    {
        // A file where the folder should be.
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const ApiError error = WorkshopKit::write(blocker + u"/kit"_s, options());
        QCOMPARE(error.kind, ApiError::Kind::File);
        QVERIFY2(error.message.startsWith(u"Could not create the folder"),
                 qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestWorkshopKit)
#include "tst_workshopkit.moc"

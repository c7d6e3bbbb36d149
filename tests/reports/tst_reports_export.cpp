// `--export-report`: the command function on real data folders (ready, missing, too new, locked
// by a running kiosk, unwritable file) and the real binary with --from/--to.

#include "common/commandline.h"
#include "reports/activityreport.h"
#include "reports/exportcommand.h"
#include "reporttestsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QTest>

using ReportTest::Store;

class TestExportReport : public QObject
{
    Q_OBJECT

private slots:
    void writesTheActivityCsv();
    void noDatabaseIsAFailureAndCreatesNothing();
    void aDatabaseFromANewerVersionIsRefused();
    void unwritableFileKeepsTheOldOne();
    void readsWithoutDisturbingARunningKiosk();
    void realBinaryWithFromAndTo();
    void realBinaryFailures();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const Options &options);
    static Run runBinary(const QStringList &arguments);
    static Options exportOptions(const QString &dataDir, const QString &file);
};

TestExportReport::Run TestExportReport::run(const Options &options)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = runExportReport(options, out, err);
    out.flush();
    err.flush();
    return r;
}

TestExportReport::Run TestExportReport::runBinary(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(PASSERELLE_BINARY), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Options TestExportReport::exportOptions(const QString &dataDir, const QString &file)
{
    Options o;
    o.mode = Options::Mode::ExportReport;
    o.dataDir = dataDir;
    o.reportFile = file;
    return o;
}

void TestExportReport::writesTheActivityCsv()
{
    Store store;
    const Learner amina = store.learner(QStringLiteral("Amina"));
    store.learnerSession(amina.id, {{QStringLiteral("A1"), 2}});
    store.guestSession({});
    const QString dataDir = store.dir.path();
    store.close(); // the command opens the folder itself, as a separate process would

    Options options = exportOptions(dataDir, store.dir.filePath(QStringLiteral("rapport.csv")));
    options.reportFrom = QStringLiteral("2026-01-01");
    options.reportTo = QStringLiteral("2026-02-28");
    const Run r = run(options);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("rapport.csv")));
    bool bom = false;
    const QList<QStringList> rows = ReportTest::readCsvFile(options.reportFile, &bom);
    QVERIFY(bom);
    QCOMPARE(rows.size(), 1 + 2 + 1); // header, January, February, total
    QCOMPARE(rows.at(0), ActivityReport::csvHeader());
    QCOMPARE(rows.at(1).at(0), QStringLiteral("2026-01"));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("2"));
    QCOMPARE(rows.at(1).at(5), QStringLiteral("1"));
    QCOMPARE(rows.at(3).at(0), QStringLiteral("Total"));
    // The lock the command took while reading is gone.
    QVERIFY(!QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("passerelle.lock"))));
}

void TestExportReport::noDatabaseIsAFailureAndCreatesNothing()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("vide"));
    QVERIFY(QDir().mkpath(empty));
    const Run r = run(exportOptions(empty, dir.filePath(QStringLiteral("r.csv"))));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(r.err.contains(QStringLiteral("no Passerelle database")));
    QVERIFY(QDir(empty).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("r.csv"))));
}

void TestExportReport::aDatabaseFromANewerVersionIsRefused()
{
    Store store;
    QSqlQuery query = store.db->prepare(QStringLiteral("PRAGMA user_version = 99"));
    QVERIFY(query.exec());
    query.finish();
    const QString dataDir = store.dir.path();
    store.close();
    const Run r = run(exportOptions(dataDir, store.dir.filePath(QStringLiteral("r.csv"))));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("too-new")), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFileInfo::exists(store.dir.filePath(QStringLiteral("r.csv"))));
}

void TestExportReport::unwritableFileKeepsTheOldOne()
{
    Store store;
    const QString dataDir = store.dir.path();
    store.close();
    // A folder in place of the file: QSaveFile cannot replace it.
    const QString target = store.dir.filePath(QStringLiteral("dossier.csv"));
    QVERIFY(QDir().mkpath(target));
    const Run r = run(exportOptions(dataDir, target));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.startsWith(QStringLiteral("passerelle: cannot write")));
    QVERIFY(QFileInfo(target).isDir());
    // A file in a missing folder.
    QCOMPARE(run(exportOptions(dataDir, store.dir.filePath(QStringLiteral("manque/r.csv")))).exitCode, 1);
}

void TestExportReport::readsWithoutDisturbingARunningKiosk()
{
    Store store;
    const Learner amina = store.learner(QStringLiteral("Amina"));
    store.learnerSession(amina.id, {{QStringLiteral("A1"), 2}});
    // A kiosk holds the folder's lock and has a session open right now.
    QLockFile kioskLock(store.dir.filePath(QStringLiteral("passerelle.lock")));
    QVERIFY(kioskLock.tryLock(0));
    SessionRepository sessions(*store.db);
    const QString open = sessions.startGuest().value();

    const Run r = run(exportOptions(store.dir.path(), store.dir.filePath(QStringLiteral("r.csv"))));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> rows = ReportTest::readCsvFile(store.dir.filePath(QStringLiteral("r.csv")));
    QVERIFY(rows.size() >= 3);
    QCOMPARE(rows.last().at(3), QStringLiteral("2")); // the finished learner session and the open guest one
    // The kiosk's session is still open: the export did not "recover" it.
    QVERIFY(sessions.find(open)->endedAt.isEmpty());
    QVERIFY(kioskLock.isLocked());
}

void TestExportReport::realBinaryWithFromAndTo()
{
    Store store;
    const Learner amina = store.learner(QStringLiteral("Amina"));
    store.learnerSession(amina.id, {{QStringLiteral("A1"), 2}});
    const QString dataDir = store.dir.path();
    store.close();
    const QString file = store.dir.filePath(QStringLiteral("financeurs.csv"));
    const Run r = runBinary({QStringLiteral("--export-report"), file, QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--data-dir"), dataDir});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray header = ActivityReport::csvHeader().join(QLatin1Char(';')).toUtf8() + "\r\n";
    QCOMPARE(bytes.mid(3, header.size()), header);
    const QList<QStringList> rows = ReportTest::readCsvFile(file);
    QCOMPARE(rows.size(), 1 + 3 + 1); // January to March, and the total
    QCOMPARE(rows.at(1).at(1), QStringLiteral("2026-01-01"));
    QCOMPARE(rows.at(3).at(2), QStringLiteral("2026-03-31"));
}

void TestExportReport::realBinaryFailures()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("r.csv"));
    Run r = runBinary({QStringLiteral("--export-report"), file, QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("rien"))});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    r = runBinary({QStringLiteral("--export-report"), file, QStringLiteral("--from"), QStringLiteral("31/01/2026"),
                   QStringLiteral("--data-dir"), dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFileInfo::exists(file));
}

QTEST_GUILESS_MAIN(TestExportReport)
#include "tst_reports_export.moc"

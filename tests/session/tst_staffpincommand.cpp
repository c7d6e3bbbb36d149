// `passerelle --reset-staff-pin NAME`: the recovery when every staff account is locked or its PIN
// forgotten, on a real store in a temporary folder, with the PIN typed on standard input.

#include "session/staffpincommand.h"
#include "store/database.h"
#include "store/staffrepository.h"

#include <QDir>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestStaffPinCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lockedAccountGetsANewPinAndIsUnlocked();
    void nameIsMatchedWithoutCase();
    void refusesWhatItCannotDo_data();
    void refusesWhatItCannotDo();
    void refusesWhileTheKioskRuns();
    void refusesWithoutADatabase();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QString &name, const QString &typed);
    VerifyResult::Status verify(const QString &pin);

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    SecretHasher m_hasher{SecretHasher::minimalCost()};
    QString m_nadia;
};

void TestStaffPinCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Database db(m_dir->path(), m_clock);
    QVERIFY(db.open());
    StaffRepository staff(db, m_hasher, m_clock);
    const auto nadia = staff.createFirstAccount(QStringLiteral("Nadia"), Secret::pin(QStringLiteral("1357")));
    QVERIFY(nadia);
    m_nadia = nadia->id;
    // The only account, locked by wrong PINs: nobody can open the staff panel any more.
    for (int i = 0; i < 10; ++i) {
        staff.verifyPin(m_nadia, Secret::pin(QStringLiteral("0000")));
        m_clock.advance(60 * 1000);
    }
    QVERIFY(staff.find(m_nadia)->locked);
}

void TestStaffPinCommand::cleanup()
{
    m_dir.reset();
}

TestStaffPinCommand::Result TestStaffPinCommand::run(const QString &name, const QString &typed)
{
    Options options;
    options.mode = Options::Mode::ResetStaffPin;
    options.dataDir = m_dir->path();
    options.staffName = name;
    QString input = typed;
    QTextStream in(&input);
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = runResetStaffPin(options, in, out, err);
    return result;
}

VerifyResult::Status TestStaffPinCommand::verify(const QString &pin)
{
    m_clock.advance(60 * 1000); // past any delay left by a previous wrong PIN
    Database db(m_dir->path(), m_clock);
    if (!db.open())
        return VerifyResult::Status::StoreError;
    StaffRepository staff(db, m_hasher, m_clock);
    return staff.verifyPin(m_nadia, Secret::pin(pin)).status;
}

void TestStaffPinCommand::lockedAccountGetsANewPinAndIsUnlocked()
{
    QCOMPARE(verify(QStringLiteral("1357")), VerifyResult::Status::Locked);
    const Result r = run(QStringLiteral("Nadia"), QStringLiteral("2468\n2468\n"));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Nadia")), qPrintable(r.out));
    QVERIFY(r.err.contains(QStringLiteral("New PIN"))); // the prompts
    QVERIFY(!r.out.contains(QStringLiteral("2468")) && !r.err.contains(QStringLiteral("2468"))); // never echoed

    QCOMPARE(verify(QStringLiteral("1357")), VerifyResult::Status::Wrong); // the old PIN is gone
    QCOMPARE(verify(QStringLiteral("2468")), VerifyResult::Status::Accepted);

    // Written down: audited as the account's own reset, and in the maintenance log.
    Database db(m_dir->path(), m_clock);
    QVERIFY(db.open());
    QCOMPARE(AuditLog(db).entries().first().action, QStringLiteral("staff.pin-reset"));
    bool logged = false;
    for (const Database::MaintenanceEvent &event : db.maintenanceEvents())
        logged = logged || (event.kind == QStringLiteral("staff-pin-reset-console") && event.detail == QStringLiteral("Nadia"));
    QVERIFY(logged);
}

void TestStaffPinCommand::nameIsMatchedWithoutCase()
{
    QCOMPARE(run(QStringLiteral("  nadia "), QStringLiteral("975310\n975310\n")).code, 0);
    QCOMPARE(verify(QStringLiteral("975310")), VerifyResult::Status::Accepted);
}

void TestStaffPinCommand::refusesWhatItCannotDo_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown account") << "Karim" << "2468\n2468\n" << "no active staff account is named \"Karim\". Accounts: Nadia.";
    QTest::newRow("PINs differ") << "Nadia" << "2468\n2469\n" << "the two PINs differ";
    QTest::newRow("too short") << "Nadia" << "12\n12\n" << "4 to 6 digits";
    QTest::newRow("letters") << "Nadia" << "abcd\nabcd\n" << "4 to 6 digits";
    QTest::newRow("nothing typed") << "Nadia" << "" << "4 to 6 digits";
}

void TestStaffPinCommand::refusesWhatItCannotDo()
{
    QFETCH(QString, name);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    const Result r = run(name, typed);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(verify(QStringLiteral("1357")), VerifyResult::Status::Locked); // nothing changed
}

void TestStaffPinCommand::refusesWhileTheKioskRuns()
{
    QLockFile kiosk(QDir(m_dir->path()).filePath(QStringLiteral("passerelle.lock")));
    QVERIFY(kiosk.tryLock(0));
    const Result r = run(QStringLiteral("Nadia"), QStringLiteral("2468\n2468\n"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("stop it first")), qPrintable(r.err));
    kiosk.unlock();
    QCOMPARE(verify(QStringLiteral("1357")), VerifyResult::Status::Locked);
}

void TestStaffPinCommand::refusesWithoutADatabase()
{
    QTemporaryDir empty;
    Options options;
    options.dataDir = empty.path();
    options.staffName = QStringLiteral("Nadia");
    QString input = QStringLiteral("2468\n2468\n"), outText, errText;
    QTextStream in(&input), out(&outText), err(&errText);
    QCOMPARE(runResetStaffPin(options, in, out, err), 1);
    QVERIFY(errText.contains(QStringLiteral("no Passerelle database")));
    QVERIFY(QDir(empty.path()).isEmpty()); // none was created
}

QTEST_GUILESS_MAIN(TestStaffPinCommand)
#include "tst_staffpincommand.moc"

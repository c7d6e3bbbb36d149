// Activity and progress reports over a real store: periods in local days, guests counted
// anonymously, learners × lessons of their sets, a learner's history, the certificate and card
// data in the learner's language, and the terminal status staff see.

#include "lessons/catalogue.h"
#include "reports/activityreport.h"
#include "reports/certificatedata.h"
#include "reports/learnercarddata.h"
#include "reports/progressreport.h"
#include "reports/terminalstatus.h"
#include "reporttestsupport.h"
#include "store/grouprepository.h"
#include "store/lessonsetrepository.h"

#include <QTest>

#include <ctime>

using ReportTest::Store;

namespace {
const QString L1 = QStringLiteral("A1-allumer");
const QString L2 = QStringLiteral("A2-cliquer");
const QString L3 = QStringLiteral("A3-double-clic");

/// Moves the wall clock of `store` to `utc` (the monotonic clock is untouched).
void setWall(Store &store, const QDateTime &utc)
{
    store.clock.jumpWall(store.clock.nowUtc().msecsTo(utc));
}
} // namespace

class TestActivityReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void weeksCountSessionsCompletionsAndTime();
    void daysAreLocalDays();
    void rangeLimitsAndEmptyPeriods();
    void monthsAndDefaultRange();
    void csvHasHeaderPeriodsAndTotal();

    void progressGridFollowsAssignedSets();
    void progressCsvRoundTrips();
    void historyListsSessionsNewestFirst();

    void certificateOnlyForACompletedSet();
    void certificateInTheLearnersLanguage();
    void cardInTheLearnersLanguage();

    void terminalStatusForStaff();

private:
    /// Week of 5 Jan: learner Amina completes L1; a guest completes L1 and starts L2.
    /// Week of 12 Jan: Bilal completes L1 (Wednesday), Amina starts L2 (Sunday 11 Jan 23:30 UTC,
    /// which is Monday 12 Jan 00:30 in Paris).
    void fillTwoWeeks(Store &store, Learner *amina = nullptr, Learner *bilal = nullptr);
};

void TestActivityReport::initTestCase()
{
    // Local days are Paris days in these tests, whatever the machine says.
    qputenv("TZ", "Europe/Paris");
    ::tzset();
}

void TestActivityReport::fillTwoWeeks(Store &store, Learner *aminaOut, Learner *bilalOut)
{
    store.stepCounts = {{L1, 3}, {L2, 4}, {L3, 2}};
    const Learner amina = store.learner(QStringLiteral("Amina"));
    const Learner bilal = store.learner(QStringLiteral("Bilal"));
    setWall(store, QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    store.learnerSession(amina.id, {{L1, 3}});
    store.guestSession({{L1, 3}, {L2, 2}}); // 2 steps of L2's 4: not finished
    setWall(store, QDateTime(QDate(2026, 1, 11), QTime(23, 30), Qt::UTC));
    store.learnerSession(amina.id, {{L2, 2}});
    setWall(store, QDateTime(QDate(2026, 1, 14), QTime(14, 0), Qt::UTC));
    store.learnerSession(bilal.id, {{L1, 3}});
    if (aminaOut)
        *aminaOut = amina;
    if (bilalOut)
        *bilalOut = bilal;
}

void TestActivityReport::weeksCountSessionsCompletionsAndTime()
{
    Store store;
    fillTwoWeeks(store);
    ActivityReport report(store.db->connection(), store.clock);
    report.setStepCounts({{L1, 3}, {L2, 4}});
    const auto result = report.compute(QDate(2026, 1, 5), QDate(2026, 1, 18), ActivityReport::Period::Week);
    QVERIFY2(result, qPrintable(report.error()));
    QCOMPARE(result->periods.size(), 2);

    const ActivityPeriod &first = result->periods.at(0);
    QCOMPARE(first.start, QDate(2026, 1, 5));
    QCOMPARE(first.end, QDate(2026, 1, 11));
    QCOMPARE(first.label, QStringLiteral("2026-S02"));
    QCOMPARE(first.learnerSessions, 1);
    QCOMPARE(first.guestSessions, 1);
    QCOMPARE(first.distinctLearners, 1);
    QCOMPARE(first.lessonsCompletedByLearners, 1);
    QCOMPARE(first.lessonsCompletedByGuests, 1); // L1 finished; L2 was left at step 2 of 4
    QCOMPARE(first.timeMs, (3 + 3 + 2) * 60'000LL);

    const ActivityPeriod &second = result->periods.at(1);
    QCOMPARE(second.start, QDate(2026, 1, 12));
    QCOMPARE(second.learnerSessions, 2); // Sunday 23:30 UTC is Monday in Paris
    QCOMPARE(second.guestSessions, 0);
    QCOMPARE(second.distinctLearners, 2);
    QCOMPARE(second.lessonsCompletedByLearners, 1);
    QCOMPARE(second.timeMs, (2 + 3) * 60'000LL);

    QCOMPARE(result->total.sessions(), 4);
    QCOMPARE(result->total.distinctLearners, 2);
    QCOMPARE(result->total.lessonsCompleted(), 3);
    QCOMPARE(result->total.timeMs, 13 * 60'000LL);
}

void TestActivityReport::daysAreLocalDays()
{
    Store store;
    fillTwoWeeks(store);
    ActivityReport report(store.db->connection(), store.clock);
    const auto sunday = report.compute(QDate(2026, 1, 11), QDate(2026, 1, 11), ActivityReport::Period::Day);
    QVERIFY(sunday);
    QCOMPARE(sunday->periods.size(), 1);
    QCOMPARE(sunday->total.sessions(), 0);
    const auto monday = report.compute(QDate(2026, 1, 12), QDate(2026, 1, 12), ActivityReport::Period::Day);
    QVERIFY(monday);
    QCOMPARE(monday->total.learnerSessions, 1);
    QCOMPARE(monday->periods.at(0).label, QStringLiteral("2026-01-12"));
}

void TestActivityReport::rangeLimitsAndEmptyPeriods()
{
    Store store;
    fillTwoWeeks(store);
    ActivityReport report(store.db->connection(), store.clock);
    // From a Wednesday: the first week is cut at the start of the range.
    const auto result = report.compute(QDate(2026, 1, 7), QDate(2026, 1, 25), ActivityReport::Period::Week);
    QVERIFY(result);
    QCOMPARE(result->periods.size(), 3);
    QCOMPARE(result->periods.at(0).start, QDate(2026, 1, 7));
    QCOMPARE(result->periods.at(0).sessions(), 0); // the Monday sessions are before the range
    QCOMPARE(result->periods.at(1).sessions(), 2);
    QCOMPARE(result->periods.at(2).start, QDate(2026, 1, 19));
    QCOMPARE(result->periods.at(2).end, QDate(2026, 1, 25));
    QCOMPARE(result->periods.at(2).sessions(), 0);
    // Without step counts guests' completions are not guessed.
    QCOMPARE(result->total.lessonsCompletedByGuests, 0);
}

void TestActivityReport::monthsAndDefaultRange()
{
    Store store;
    fillTwoWeeks(store);
    setWall(store, QDateTime(QDate(2026, 2, 3), QTime(10, 0), Qt::UTC));
    ActivityReport report(store.db->connection(), store.clock);
    // No range: from the first session to today.
    const auto result = report.compute({}, {}, ActivityReport::Period::Month);
    QVERIFY(result);
    QCOMPARE(result->periods.size(), 2);
    QCOMPARE(result->periods.at(0).label, QStringLiteral("2026-01"));
    QCOMPARE(result->periods.at(0).start, QDate(2026, 1, 5));
    QCOMPARE(result->periods.at(0).end, QDate(2026, 1, 31));
    QCOMPARE(result->periods.at(0).sessions(), 4);
    QCOMPARE(result->periods.at(1).label, QStringLiteral("2026-02"));
    QCOMPARE(result->periods.at(1).end, QDate(2026, 2, 3));

    // An empty store: one empty period (today) and a zero total, not an error.
    Store empty;
    ActivityReport nothing(empty.db->connection(), empty.clock);
    const auto none = nothing.compute({}, {}, ActivityReport::Period::Month);
    QVERIFY(none);
    QCOMPARE(none->periods.size(), 1);
    QCOMPARE(none->total.sessions(), 0);
}

void TestActivityReport::csvHasHeaderPeriodsAndTotal()
{
    Store store;
    fillTwoWeeks(store);
    ActivityReport report(store.db->connection(), store.clock);
    report.setStepCounts({{L1, 3}, {L2, 4}});
    const auto result = report.compute(QDate(2026, 1, 5), QDate(2026, 1, 18), ActivityReport::Period::Week);
    QVERIFY(result);
    const QString path = store.dir.filePath(QStringLiteral("activite.csv"));
    QVERIFY(ActivityReport::toCsv(*result).writeFile(path));
    bool bom = false;
    const QList<QStringList> rows = ReportTest::readCsvFile(path, &bom);
    QVERIFY(bom);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), ActivityReport::csvHeader());
    QCOMPARE(rows.at(1).at(0), QStringLiteral("2026-S02"));
    QCOMPARE(rows.at(1).at(1), QStringLiteral("2026-01-05"));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("2")); // sessions
    QCOMPARE(rows.at(1).at(5), QStringLiteral("1")); // guest sessions
    QCOMPARE(rows.at(1).at(7), QStringLiteral("2")); // lessons completed
    QCOMPARE(rows.at(1).at(10), QStringLiteral("8")); // minutes
    QCOMPARE(rows.at(3).at(0), QStringLiteral("Total"));
    QCOMPARE(rows.at(3).at(3), QStringLiteral("4"));
    QCOMPARE(rows.at(3).at(6), QStringLiteral("2"));
    QCOMPARE(rows.at(3).at(10), QStringLiteral("13"));
}

void TestActivityReport::progressGridFollowsAssignedSets()
{
    Store store;
    Learner amina;
    Learner bilal;
    fillTwoWeeks(store, &amina, &bilal);
    const Learner chloe = store.learner(QStringLiteral("Chloé"));
    const StaffMember mediator = store.staff->createFirstAccount(QStringLiteral("Marie"), Secret::pin(QStringLiteral("2468"))).value();
    LessonSetRepository sets(*store.db);
    const LessonSet set = sets.create(QStringLiteral("Premiers pas"), {L1, L2, L3}, mediator.id).value();
    QVERIFY(sets.assignToLearner(set.id, amina.id, mediator.id));
    GroupRepository groups(*store.db);
    const LearnerGroup mardi = groups.create(QStringLiteral("Atelier du mardi"), mediator.id).value();
    QVERIFY(groups.addMember(mardi.id, bilal.id, mediator.id));
    QVERIFY(sets.assignToGroup(set.id, mardi.id, mediator.id));

    ProgressReport report(*store.db);
    report.setLessonTitles({{L1, QStringLiteral("Allumer l'ordinateur")}});
    const QList<ProgressRow> rows = report.rows();
    QCOMPARE(rows.size(), 3 + 3 + 1);
    // Learners by name: Amina, Bilal, Chloé.
    QCOMPARE(rows.at(0).learnerName, QStringLiteral("Amina"));
    QCOMPARE(rows.at(0).lessonTitle, QStringLiteral("Allumer l'ordinateur"));
    QCOMPARE(rows.at(0).status, ProgressRow::Status::Completed);
    QCOMPARE(rows.at(0).progress.timeMs, 3 * 60'000LL);
    QCOMPARE(rows.at(0).progress.attempts, 3);
    QCOMPARE(rows.at(1).lessonTitle, L2); // no title known: the id
    QCOMPARE(rows.at(1).status, ProgressRow::Status::InProgress);
    QCOMPARE(rows.at(1).position, 2);
    QCOMPARE(rows.at(2).status, ProgressRow::Status::NotStarted);
    QCOMPARE(rows.at(3).learnerName, QStringLiteral("Bilal"));
    QCOMPARE(rows.at(3).setName, QStringLiteral("Premiers pas")); // through the group
    QCOMPARE(rows.at(3).status, ProgressRow::Status::Completed);
    QCOMPARE(rows.at(6).learnerName, QStringLiteral("Chloé"));
    QCOMPARE(rows.at(6).status, ProgressRow::Status::NoSet);
    QCOMPARE(report.rowsForLearner(chloe.id).size(), 1);
    QCOMPARE(report.rowsForLearner(amina.id).size(), 3);
}

void TestActivityReport::progressCsvRoundTrips()
{
    Store store;
    const Learner hostile = store.learner(QStringLiteral("=1+1; \"Jo\""));
    const StaffMember mediator = store.staff->createFirstAccount(QStringLiteral("Marie"), Secret::pin(QStringLiteral("2468"))).value();
    LessonSetRepository sets(*store.db);
    const LessonSet set = sets.create(QStringLiteral("Démarches; niveau 1"), {L1, L2}, mediator.id).value();
    QVERIFY(sets.assignToLearner(set.id, hostile.id, mediator.id));
    SessionRepository sessions(*store.db);
    const QString session = sessions.startLearner(hostile.id).value();
    QVERIFY(store.playLesson(session, L1, 2, 0, 1, 90'000, 2));
    QVERIFY(sessions.end(session, SessionEndReason::Logout));

    const QString path = store.dir.filePath(QStringLiteral("progres.csv"));
    QVERIFY(ProgressReport::toCsv(ProgressReport(*store.db).rows()).writeFile(path));
    bool bom = false;
    const QList<QStringList> rows = ReportTest::readCsvFile(path, &bom);
    QVERIFY(bom);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), ProgressReport::csvHeader());
    QCOMPARE(rows.at(1).size(), ProgressReport::csvHeader().size());
    QCOMPARE(rows.at(1).at(0), QStringLiteral("'=1+1; \"Jo\""));
    QCOMPARE(CsvWriter::unguard(rows.at(1).at(0)), hostile.profile.displayName);
    QCOMPARE(rows.at(1).at(1), hostile.cardCode);
    QCOMPARE(rows.at(1).at(2), QStringLiteral("Démarches; niveau 1"));
    QCOMPARE(rows.at(1).at(6), QStringLiteral("Terminée"));
    QCOMPARE(rows.at(1).at(7), QStringLiteral("3"));  // 2 × 90 s
    QCOMPARE(rows.at(1).at(8), QStringLiteral("4"));  // 2 wrong + 2 correct
    QCOMPARE(rows.at(1).at(9), QStringLiteral("2"));  // wrong
    QCOMPARE(rows.at(1).at(10), QStringLiteral("2")); // hints
    QCOMPARE(rows.at(2).at(6), QStringLiteral("Pas commencée"));
    QVERIFY(rows.at(2).at(7).isEmpty());
}

void TestActivityReport::historyListsSessionsNewestFirst()
{
    Store store;
    Learner amina;
    fillTwoWeeks(store, &amina);
    const QList<SessionHistoryEntry> history = ProgressReport(*store.db).history(amina.id);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).lessonIds, QStringList{L2});
    QCOMPARE(history.at(0).stepsDone, 2);
    QCOMPARE(history.at(0).endReason, QStringLiteral("logout"));
    QCOMPARE(history.at(1).lessonIds, QStringList{L1});
    QVERIFY(history.at(0).startedAt > history.at(1).startedAt);
}

void TestActivityReport::certificateOnlyForACompletedSet()
{
    Store store;
    Learner amina;
    Learner bilal;
    fillTwoWeeks(store, &amina, &bilal);
    const StaffMember mediator = store.staff->createFirstAccount(QStringLiteral("Marie"), Secret::pin(QStringLiteral("2468"))).value();
    LessonSetRepository sets(*store.db);
    const LessonSet set = sets.create(QStringLiteral("Premiers pas"), {L1, L2}, mediator.id).value();

    QString reason;
    QVERIFY(!CertificateData::make(*store.db, amina.id, set.id, nullptr, &reason));
    QVERIFY2(reason.contains(QStringLiteral("1 leçon")), qPrintable(reason));

    SessionRepository sessions(*store.db);
    const QString session = sessions.startLearner(amina.id).value();
    QVERIFY(store.playLesson(session, L2, 2, 2)); // steps 3 and 4 of 4: L2 is done
    QVERIFY(sessions.end(session, SessionEndReason::Logout));
    const auto certificate = CertificateData::make(*store.db, amina.id, set.id, nullptr, &reason);
    QVERIFY2(certificate, qPrintable(reason));
    QCOMPARE(certificate->lessons, (QStringList{L1, L2}));
    QCOMPARE(certificate->timeText, QStringLiteral("Temps d'apprentissage : 7 min"));
    const auto bilalCertificate = CertificateData::make(*store.db, bilal.id, sets.create(QStringLiteral("Un"), {L1}, mediator.id)->id, nullptr);
    QVERIFY(bilalCertificate);
    QCOMPARE(bilalCertificate->learnerName, QStringLiteral("Bilal"));
    QCOMPARE(bilalCertificate->setName, QStringLiteral("Un"));
    QCOMPARE(bilalCertificate->lessons, QStringList{L1});
    QCOMPARE(bilalCertificate->completedOn, QDate(2026, 1, 14));
    QCOMPARE(bilalCertificate->title, QStringLiteral("Certificat de réussite"));
    QVERIFY(bilalCertificate->dateText.contains(QStringLiteral("14 janvier 2026")));
    QCOMPARE(bilalCertificate->timeText, QStringLiteral("Temps d'apprentissage : 3 min"));
    QVERIFY(!CertificateData::make(*store.db, QStringLiteral("nobody"), set.id, nullptr));
}

void TestActivityReport::certificateInTheLearnersLanguage()
{
    Store store;
    const Learner fatima = store.learner(QStringLiteral("فاطمة"), QStringLiteral("ar"));
    const StaffMember mediator = store.staff->createFirstAccount(QStringLiteral("Marie"), Secret::pin(QStringLiteral("2468"))).value();
    const LessonSet set = LessonSetRepository(*store.db).create(QStringLiteral("Premiers pas"), {L1}, mediator.id).value();
    store.learnerSession(fatima.id, {{L1, 3}});

    Catalogue catalogue;
    Lesson lesson;
    lesson.id = L1;
    lesson.title = LocalizedText({{QStringLiteral("fr"), QStringLiteral("Allumer")}, {QStringLiteral("ar"), QStringLiteral("التشغيل")}});
    catalogue.lessons << lesson;

    const auto certificate = CertificateData::make(*store.db, fatima.id, set.id, &catalogue);
    QVERIFY(certificate);
    QCOMPARE(certificate->language, QStringLiteral("ar"));
    QVERIFY(certificate->rightToLeft);
    QCOMPARE(certificate->title, QStringLiteral("شهادة إتمام"));
    QCOMPARE(certificate->lessons, QStringList{QStringLiteral("التشغيل")});
    QCOMPARE(certificate->learnerName, QStringLiteral("فاطمة"));
}

void TestActivityReport::cardInTheLearnersLanguage()
{
    Store store;
    const Learner yusuf = store.learner(QStringLiteral("Yusuf"), QStringLiteral("ar"), Secret::pictures({1, 5, 9}));
    const LearnerCardData arabic = LearnerCardData::forLearner(yusuf);
    QCOMPARE(arabic.language, QStringLiteral("ar"));
    QVERIFY(arabic.rightToLeft);
    QCOMPARE(arabic.code, yusuf.cardCode);
    QCOMPARE(arabic.spacedCode, yusuf.cardCode.left(3) + QLatin1Char(' ') + yusuf.cardCode.mid(3));
    QCOMPARE(arabic.howTo.size(), 4);
    QCOMPARE(arabic.howTo.last(), QStringLiteral("المس صورك السرية الثلاث بالترتيب."));

    // A language without its own texts (Turkish) falls back to French; a PIN learner reads about the PIN.
    const Learner elif = store.learner(QStringLiteral("Elif"), QStringLiteral("tr"));
    const LearnerCardData french = LearnerCardData::forLearner(elif);
    QCOMPARE(french.language, QStringLiteral("fr"));
    QVERIFY(!french.rightToLeft);
    QCOMPARE(french.title, QStringLiteral("Ma carte Passerelle"));
    QCOMPARE(french.howTo.last(), QStringLiteral("Tapez votre code secret."));
    // The card never carries the secret.
    QVERIFY(!french.howTo.join(QLatin1Char(' ')).contains(QStringLiteral("1234")));
}

void TestActivityReport::terminalStatusForStaff()
{
    Store store;
    const Catalogue catalogue = LessonLoader::loadCatalogue(QStringLiteral(PASSERELLE_TESTS_DATA_DIR "/lessons-broken"));
    TerminalStatus status = TerminalStatus::collect(*store.db, &catalogue);
    QCOMPARE(status.version, QStringLiteral(PASSERELLE_VERSION));
    QCOMPARE(status.terminalId, store.db->terminalId());
    QCOMPARE(status.databaseState, Database::State::Ready);
    QVERIFY(status.databaseBytes > 0);
    QVERIFY(status.lastBackupAt.isEmpty());
    QCOMPARE(status.backupCount, 0);
    QVERIFY(status.freeBytes > 0);
    QCOMPARE(status.lessonsLoaded, static_cast<int>(catalogue.lessons.size()));
    QVERIFY(!status.brokenLessons.isEmpty());
    QCOMPARE(status.brokenLessons.size(), catalogue.disabled.size());
    for (const auto &broken : status.brokenLessons)
        QVERIFY(!broken.second.isEmpty());

    QVERIFY(!store.db->backupNow().isEmpty());
    status = TerminalStatus::collect(*store.db, nullptr);
    QCOMPARE(status.backupCount, 1);
    QVERIFY(!status.lastBackupAt.isEmpty());
    QCOMPARE(status.lessonsLoaded, 0);
    QCOMPARE(TerminalStatus::bytesText(1536), QStringLiteral("1,5 Ko"));
    QCOMPARE(TerminalStatus::bytesText(5LL * 1024 * 1024 * 1024), QStringLiteral("5,0 Go"));
}

QTEST_GUILESS_MAIN(TestActivityReport)
#include "tst_reports_activity.moc"

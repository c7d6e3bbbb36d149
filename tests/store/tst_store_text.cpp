// Hostile text (10,000 characters of RTL, combining marks, emoji, NUL, SQL) through every text column:
// free-text columns keep it exactly; capped columns keep exactly the capped prefix, never a broken one.

#include "storetestsupport.h"

#include "store/grouprepository.h"
#include "store/learnerrepository.h"
#include "store/lessonsetrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"
#include "store/staffrepository.h"
#include "store/textlimits.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;

namespace {
QString hostile(int salt)
{
    const QStringList pieces{
        QStringLiteral("مرحبا بكم في المكتبة "),                     // Arabic (RTL)
        QStringLiteral("שלום "),                                     // Hebrew (RTL)
        QStringLiteral("\u202Eevil\u202C "),                         // bidi override
        QStringLiteral("e\u0301a\u0300\u0316\u0328 "),               // combining marks
        QStringLiteral("\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 "), // ZWJ family
        QStringLiteral("\U0001F1EB\U0001F1F7 \U0001F44D\U0001F3FD "), // flag, skin tone
        QString(QChar(u'\0')),                                       // NUL
        QStringLiteral("' OR 1=1 -- "),
        QStringLiteral("\"); DROP TABLE learners; -- "),
        QStringLiteral("ⵜⴰⵎⴰⵣⵉⵖⵜ Türkçe ğüşı "),                      // Tifinagh, Turkish
        QStringLiteral("%s %n \\x00 <b>markup</b> "),
    };
    QString text;
    int i = salt;
    while (text.size() < 10000)
        text += pieces.at(i++ % pieces.size());
    text = TextLimits::cap(text, 10000);
    while (text.size() < 10000)
        text += QLatin1Char('x');
    return text;
}

bool isWellFormed(const QString &text)
{
    return QString::fromUtf8(text.toUtf8()) == text;
}
} // namespace

class TestStoreText : public QObject
{
    Q_OBJECT

private slots:
    void capNeverSplitsAGrapheme();
    void hostileTextRoundTrips();
};

void TestStoreText::capNeverSplitsAGrapheme()
{
    const QString family = QStringLiteral("\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");
    for (int cut = 0; cut <= family.size() + 3; ++cut) {
        const QString capped = TextLimits::cap(QStringLiteral("ab") + family + QStringLiteral("c"), cut);
        QVERIFY(capped.size() <= cut);
        QVERIFY(isWellFormed(capped));
        QVERIFY(capped == QStringLiteral("ab").left(cut) || capped == QStringLiteral("ab") + family
                || capped == QStringLiteral("ab") + family + QStringLiteral("c"));
    }
    QCOMPARE(TextLimits::cap(QStringLiteral("e\u0301e\u0301"), 3), QStringLiteral("e\u0301"));
    QCOMPARE(TextLimits::cap(QStringLiteral("short"), 80), QStringLiteral("short"));
}

void TestStoreText::hostileTextRoundTrips()
{
    QTemporaryDir dir;
    ManualClock clock;
    QRandomGenerator random(8);
    SecretHasher hasher(SecretHasher::minimalCost());
    Database db(dir.path(), clock);
    QVERIFY(db.open());

    const QString text = hostile(0);
    QCOMPARE(text.size(), 10000);
    QVERIFY(text.contains(QChar(u'\0')));
    auto capped = [&](int limit) {
        const QString result = TextLimits::cap(text, limit);
        return result;
    };

    StaffRepository staff(db, hasher, clock);
    const auto member = staff.createFirstAccount(text, Secret::pin(QStringLiteral("1234")));
    QVERIFY(member);
    QCOMPARE(staff.find(member->id)->name, TextLimits::cap(text.trimmed(), TextLimits::Name));

    LearnerRepository learners(db, hasher, clock, random);
    const auto learner = learners.create({text, text, text, 1.0}, Secret::pin(QStringLiteral("1234")), member->id);
    QVERIFY(learner);
    const Learner back = *learners.find(learner->id);
    QCOMPARE(back.profile.displayName, capped(TextLimits::Name));
    QCOMPARE(back.profile.avatar, capped(TextLimits::Avatar));
    QCOMPARE(back.profile.language, capped(TextLimits::Language));
    QVERIFY(isWellFormed(back.profile.displayName));
    QVERIFY(text.startsWith(back.profile.displayName));

    GroupRepository groups(db);
    const auto group = groups.create(text, member->id);
    QCOMPARE(groups.list().first().name, capped(TextLimits::Name));

    LessonSetRepository sets(db);
    const auto set = sets.create(text, {text, hostile(3)}, member->id);
    QVERIFY(set);
    QCOMPARE(sets.find(set->id)->name, capped(TextLimits::Name));
    QCOMPARE(sets.find(set->id)->lessonIds,
             (QStringList{capped(TextLimits::Identifier), TextLimits::cap(hostile(3), TextLimits::Identifier)}));

    SessionRepository sessions(db);
    const QString session = *sessions.startLearner(learner->id);
    ProgressRepository progress(db);
    StepEventInput e;
    e.sessionId = session;
    e.lessonId = text;
    e.stepId = hostile(5);
    e.stepIndex = 0;
    e.stepCount = 2;
    e.outcome = StepOutcome::Wrong;
    e.detail = hostile(7);
    const auto id = progress.record(e);
    QVERIFY(id);
    const StoredStepEvent stored = *progress.findEvent(*id);
    QCOMPARE(stored.detail, hostile(7)); // all 10,000 characters, NUL included
    QCOMPARE(stored.detail.size(), 10000);
    QCOMPARE(stored.lessonId, capped(TextLimits::Identifier));
    QCOMPARE(stored.stepId, TextLimits::cap(hostile(5), TextLimits::Identifier));
    const LessonProgress p = *progress.progress(learner->id, text);
    QCOMPARE(p.lessonId, capped(TextLimits::Identifier));
    QCOMPARE(p.lastStepId, TextLimits::cap(hostile(5), TextLimits::Identifier));
    QCOMPARE(progress.difficultSteps(1).size(), 0);
    e.outcome = StepOutcome::Correct;
    QVERIFY(progress.record(e));
    QCOMPARE(progress.difficultSteps(1, 5, text).first().stepId, TextLimits::cap(hostile(5), TextLimits::Identifier));

    AuditLog audit(db);
    QVERIFY(audit.append(member->id, text, hostile(1), hostile(2)));
    const AuditLog::Entry entry = audit.entries(1).first();
    QCOMPARE(entry.action, TextLimits::cap(text, TextLimits::Action));
    QCOMPARE(entry.target, hostile(1));
    QCOMPARE(entry.detail, hostile(2));

    QVERIFY(db.logMaintenance(QStringLiteral("test"), hostile(4)));
    QCOMPARE(db.maintenanceEvents(1).first().detail, hostile(4));

    // The SQL-looking text was data, nothing else.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM learners")).toInt(), 1);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    Q_UNUSED(group);
}

QTEST_GUILESS_MAIN(TestStoreText)
#include "tst_store_text.moc"

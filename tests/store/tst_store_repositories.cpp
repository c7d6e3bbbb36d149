// Learners and card codes, groups, lesson sets and assignments, sessions, audit log.

#include "storetestsupport.h"

#include "store/grouprepository.h"
#include "store/learnerrepository.h"
#include "store/lessonsetrepository.h"
#include "store/sessionrepository.h"
#include "store/staffrepository.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreTest;

class TestStoreRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void learnersGetUniqueUnambiguousCardCodes();
    void cardCodeCollisionIsRetried();
    void learnerProfileIsCappedAndUpdated();
    void archivedLearnersCannotSignIn();
    void groupsAndMembers();
    void lessonSetsKeepOrderAndAssignments();
    void sessionsStartAndEnd();
    void auditLogIsAppendOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretHasher> m_hasher;
    QString m_mediator;

    QString newLearner(const QString &name, quint32 seed = 0)
    {
        QRandomGenerator random(seed ? seed : QRandomGenerator::global()->generate());
        LearnerRepository learners(*m_db, *m_hasher, *m_clock, random);
        return learners.create(LearnerProfile::named(name), Secret::pin(QStringLiteral("1234")), m_mediator).value_or(Learner()).id;
    }
};

void TestStoreRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<ManualClock>();
    m_db = std::make_unique<Database>(m_dir->path(), *m_clock);
    QVERIFY(m_db->open());
    m_hasher = std::make_unique<SecretHasher>(SecretHasher::minimalCost());
    StaffRepository staff(*m_db, *m_hasher, *m_clock);
    m_mediator = staff.createFirstAccount(QStringLiteral("Nadia"), Secret::pin(QStringLiteral("8642")))->id;
}

void TestStoreRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStoreRepositories::learnersGetUniqueUnambiguousCardCodes()
{
    QRandomGenerator random(42);
    LearnerRepository learners(*m_db, *m_hasher, *m_clock, random);
    QSet<QString> codes;
    for (int i = 0; i < 200; ++i) {
        const auto learner = learners.create(LearnerProfile::named(QStringLiteral("L%1").arg(i)), Secret::pictures({0, 1, 2}));
        QVERIFY(learner);
        QCOMPARE(learner->cardCode.size(), LearnerRepository::CardCodeLength);
        for (const QChar c : learner->cardCode)
            QVERIFY2(LearnerRepository::CardAlphabet.contains(c), qPrintable(learner->cardCode));
        codes.insert(learner->cardCode);
        QCOMPARE(learner->id.size(), 36);
    }
    QCOMPARE(codes.size(), 200);
    for (const QChar c : {u'0', u'O', u'1', u'I', u'L', u'5', u'S', u'8', u'B', u'2', u'Z'})
        QVERIFY(!LearnerRepository::CardAlphabet.contains(c));

    const QString code = *codes.cbegin();
    const QString typed = code.left(3).toLower() + QStringLiteral(" - ") + code.mid(3).toLower();
    const auto found = learners.findByCardCode(typed);
    QVERIFY(found);
    QCOMPARE(found->cardCode, code);
    QVERIFY(!learners.findByCardCode(QStringLiteral("ZZZZZZ")));
}

void TestStoreRepositories::cardCodeCollisionIsRetried()
{
    const QString a = newLearner(QStringLiteral("A"), 99);
    const QString b = newLearner(QStringLiteral("B"), 99); // same random sequence: first code collides
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QRandomGenerator random(1);
    LearnerRepository learners(*m_db, *m_hasher, *m_clock, random);
    QVERIFY(learners.find(a)->cardCode != learners.find(b)->cardCode);
}

void TestStoreRepositories::learnerProfileIsCappedAndUpdated()
{
    QRandomGenerator random(5);
    LearnerRepository learners(*m_db, *m_hasher, *m_clock, random);
    // 79 letters then a family emoji (11 UTF-16 units): the cap must not split the emoji.
    const QString family = QStringLiteral("\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466");
    const QString longName = QString(79, QLatin1Char('a')) + family + QStringLiteral("tail");
    const auto learner = learners.create({longName, QStringLiteral("owl"), QStringLiteral("ar"), 9.0},
                                         Secret::pin(QStringLiteral("1234")));
    QVERIFY(learner);
    const Learner stored = *learners.find(learner->id);
    QCOMPARE(stored.profile.displayName, QString(79, QLatin1Char('a')));
    QCOMPARE(stored.profile.textScale, LearnerRepository::MaxTextScale);
    QCOMPARE(stored.profile.language, QStringLiteral("ar"));
    QCOMPARE(stored.secretKind, Secret::Kind::Pin);
    QCOMPARE(stored.createdAt, QStringLiteral("2026-01-05T10:00:00.000Z"));

    QVERIFY(learners.updateProfile(learner->id, LearnerProfile{QStringLiteral("Amina"), QStringLiteral("cat"), QStringLiteral("en"), 1.5}));
    const Learner updated = *learners.find(learner->id);
    QCOMPARE(updated.profile.displayName, QStringLiteral("Amina"));
    QCOMPARE(updated.profile.avatar, QStringLiteral("cat"));
    QCOMPARE(updated.profile.textScale, 1.5);
    QVERIFY(!learners.updateProfile(QStringLiteral("nobody"), LearnerProfile::named(QStringLiteral("x"))));
}

void TestStoreRepositories::archivedLearnersCannotSignIn()
{
    QRandomGenerator random(6);
    LearnerRepository learners(*m_db, *m_hasher, *m_clock, random);
    const Learner learner = *learners.create(LearnerProfile::named(QStringLiteral("Omar")), Secret::pin(QStringLiteral("1234")));
    QVERIFY(!learners.archive(learner.id, QStringLiteral("not staff")));
    QVERIFY(learners.archive(learner.id, m_mediator));
    QVERIFY(!learners.findByCardCode(learner.cardCode));
    QVERIFY(!learners.find(learner.id)->archivedAt.isEmpty());
    QCOMPARE(learners.verifySecret(learner.id, Secret::pin(QStringLiteral("1234"))).status, VerifyResult::Status::Unknown);
    QVERIFY(!SessionRepository(*m_db).startLearner(learner.id));
}

void TestStoreRepositories::groupsAndMembers()
{
    GroupRepository groups(*m_db);
    const auto tuesday = groups.create(QStringLiteral("Atelier du mardi"), m_mediator);
    const auto friday = groups.create(QStringLiteral("Atelier du vendredi"), m_mediator);
    QVERIFY(tuesday && friday);
    const QString a = newLearner(QStringLiteral("Bruno"));
    const QString b = newLearner(QStringLiteral("Amina"));
    QVERIFY(groups.addMember(tuesday->id, a, m_mediator));
    QVERIFY(groups.addMember(tuesday->id, b, m_mediator));
    QVERIFY(groups.addMember(friday->id, a, m_mediator));
    QVERIFY(!groups.addMember(tuesday->id, QStringLiteral("nobody"), m_mediator)); // foreign key
    QCOMPARE(groups.members(tuesday->id), (QStringList{b, a})); // by name
    QCOMPARE(groups.groupsOf(a), (QStringList{tuesday->id, friday->id}));
    QVERIFY(groups.removeMember(tuesday->id, a, m_mediator));
    QCOMPARE(groups.members(tuesday->id), QStringList{b});
    QVERIFY(groups.rename(friday->id, QStringLiteral("Zumba numérique"), m_mediator));
    QVERIFY(groups.archive(friday->id, m_mediator));
    QCOMPARE(groups.list().size(), 1);
    QVERIFY(groups.groupsOf(a).isEmpty());
}

void TestStoreRepositories::lessonSetsKeepOrderAndAssignments()
{
    LessonSetRepository sets(*m_db);
    GroupRepository groups(*m_db);
    const QStringList order{QStringLiteral("C4"), QStringLiteral("A1"), QStringLiteral("B2")};
    const auto first = sets.create(QStringLiteral("Premiers pas"), order, m_mediator);
    QVERIFY(first);
    QCOMPARE(sets.find(first->id)->lessonIds, order);
    QVERIFY(sets.update(first->id, QStringLiteral("Premiers pas"), {QStringLiteral("A1"), QStringLiteral("C4")}, m_mediator));
    QCOMPARE(sets.find(first->id)->lessonIds, (QStringList{QStringLiteral("A1"), QStringLiteral("C4")}));
    m_clock->advance(1000);
    const auto second = sets.create(QStringLiteral("Démarches"), {QStringLiteral("E5")}, m_mediator);
    const auto third = sets.create(QStringLiteral("Jamais"), {QStringLiteral("X")}, m_mediator);

    const QString learner = newLearner(QStringLiteral("Fatou"));
    const auto group = groups.create(QStringLiteral("Mardi"), m_mediator);
    QVERIFY(groups.addMember(group->id, learner, m_mediator));
    QVERIFY(sets.assignToLearner(first->id, learner, m_mediator));
    m_clock->advance(1000);
    QVERIFY(sets.assignToGroup(second->id, group->id, m_mediator));
    QVERIFY(sets.assignToGroup(first->id, group->id, m_mediator)); // both ways: listed once
    QVERIFY(!sets.assignToLearner(first->id, QString(), m_mediator));
    QVERIFY(!sets.assignToGroup(third->id, QStringLiteral("no group"), m_mediator));

    const QList<LessonSet> mine = sets.setsForLearner(learner);
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine.at(0).id, first->id);
    QCOMPARE(mine.at(1).id, second->id);
    QCOMPARE(mine.at(1).lessonIds, QStringList{QStringLiteral("E5")});

    const QList<Assignment> ofSecond = sets.assignments(second->id);
    QCOMPARE(ofSecond.size(), 1);
    QCOMPARE(ofSecond.first().groupId, group->id);
    QVERIFY(ofSecond.first().learnerId.isEmpty());
    QVERIFY(sets.unassign(ofSecond.first().id, m_mediator));
    QCOMPARE(sets.setsForLearner(learner).size(), 1);
    QVERIFY(sets.archive(first->id, m_mediator));
    QVERIFY(sets.setsForLearner(learner).isEmpty());
    QCOMPARE(sets.list().size(), 2);
}

void TestStoreRepositories::sessionsStartAndEnd()
{
    SessionRepository sessions(*m_db);
    const QString learner = newLearner(QStringLiteral("Hugo"));
    const QString guest = sessions.startGuest().value_or(QString());
    m_clock->advance(1000);
    const QString mine = sessions.startLearner(learner).value_or(QString());
    QVERIFY(!guest.isEmpty() && !mine.isEmpty());
    QVERIFY(!sessions.startLearner(QStringLiteral("nobody")));
    QCOMPARE(sessions.openSessions().size(), 2);

    const SessionRecord g = *sessions.find(guest);
    QCOMPARE(g.kind, SessionKind::Guest);
    QVERIFY(g.learnerId.isEmpty());
    QCOMPARE(g.terminalId, m_db->terminalId());
    QVERIFY(!g.endReason);

    m_clock->advance(180000);
    QVERIFY(sessions.end(mine, SessionEndReason::Idle));
    QVERIFY(!sessions.end(mine, SessionEndReason::Logout)); // already ended
    const SessionRecord s = *sessions.find(mine);
    QCOMPARE(s.kind, SessionKind::Learner);
    QCOMPARE(s.learnerId, learner);
    QCOMPARE(s.endReason, SessionEndReason::Idle);
    QCOMPARE(s.startedAt, QStringLiteral("2026-01-05T10:00:01.000Z"));
    QCOMPARE(s.endedAt, QStringLiteral("2026-01-05T10:03:01.000Z"));
    QCOMPARE(sessions.endAllOpen(SessionEndReason::StaffReset), 1);
    QCOMPARE(sessions.find(guest)->endReason, SessionEndReason::StaffReset);
    QVERIFY(sessions.openSessions().isEmpty());
}

void TestStoreRepositories::auditLogIsAppendOnly()
{
    AuditLog audit(*m_db);
    QVERIFY(audit.append(m_mediator, QStringLiteral("terminal.reset"), QStringLiteral("t1"), QStringLiteral("why")));
    QVERIFY(!audit.append(QStringLiteral("unknown actor"), QStringLiteral("x"))); // must be a staff account
    const QList<AuditLog::Entry> entries = audit.entries(10);
    QCOMPARE(entries.first().action, QStringLiteral("terminal.reset"));
    QCOMPARE(entries.first().actorId, m_mediator);
    QCOMPARE(entries.first().terminalId, m_db->terminalId());
    QCOMPARE(entries.first().detail, QStringLiteral("why"));
    QSqlQuery change = m_db->prepare(QStringLiteral("UPDATE audit_log SET action = 'nothing'"));
    QVERIFY(!change.exec());
    QSqlQuery erase = m_db->prepare(QStringLiteral("DELETE FROM audit_log"));
    QVERIFY(!erase.exec());
    QVERIFY(erase.lastError().text().contains(QLatin1String("append-only")));
    QCOMPARE(audit.entries(10).size(), entries.size());
}

QTEST_GUILESS_MAIN(TestStoreRepositories)
#include "tst_store_repositories.moc"

// The mediator dashboard over the real kiosk: create a learner and sign in with the new card;
// assign a set (to a learner, to a group) and see it first on the learner's home; export CSV
// files and parse them back; the learner card and the certificate as PDF (read back with
// pdftotext); progress, difficult steps and activity charts; the team. All actions audited.

#include "tst_staff_fixture.h"

#include "learner/homescreen.h"
#include "learner/secretscreen.h"
#include "mediator/difficultstepstab.h"
#include "mediator/exportstab.h"
#include "mediator/groupstab.h"
#include "mediator/learnerstab.h"
#include "mediator/lessonsetstab.h"
#include "mediator/progresstab.h"
#include "mediator/qrcode.h"
#include "mediator/teamtab.h"
#include "reports/activityreport.h"
#include "reports/learnercarddata.h"
#include "reports/progressreport.h"
#include "reporttestsupport.h"
#include "staff/confirmbutton.h"
#include "staff/secretchooser.h"
#include "store/grouprepository.h"
#include "store/lessonsetrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QPainter>
#include <QLineSeries>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTreeWidget>

using namespace StaffFixture;

namespace {
const QString Pin = QStringLiteral("2468");
const QString T1 = QStringLiteral("T1-cliquer"); // 3 steps
const QString T2 = QStringLiteral("T2-encore");  // 1 step
const QString T3 = QStringLiteral("T3-formulaire"); // 2 steps
} // namespace

class TestMediatorDashboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createALearnerAndSignInWithTheNewCard();
    void editAndArchiveALearner();
    void assignASetAndSeeItFirstOnTheLearnersHome();
    void assignASetToAGroup();
    void exportCsvFilesAndParseThemBack();
    void learnerCardPdfHoldsTheNameAndTheCode();
    void certificatePdfForACompletedSet();
    void qrCodeOfTheCardCode();
    void progressGridAndLearnerDetail();
    void difficultStepsAreRankedAndCharted();
    void activityChartShowsThePeriods();
    void teamAddsAStaffAccount();

private:
    MediatorDashboard *openDashboard();
    /// Steps `from`..`from+count-1` of a lesson of `stepCount` steps, in an open session.
    void play(const QString &sessionId, const QString &lessonId, int from, int count, int stepCount, int wrong = 0,
              int hints = 0);
    QString learnerSessionCompleting(const Learner &learner, const QString &lessonId, int stepCount);

    std::unique_ptr<Staff> m_staff;
    StaffMember m_mediator;
};

void TestMediatorDashboard::init()
{
    m_staff = std::make_unique<Staff>();
    m_mediator = m_staff->createMediator(QStringLiteral("Marie"), Pin);
}

void TestMediatorDashboard::cleanup()
{
    m_staff.reset();
}

MediatorDashboard *TestMediatorDashboard::openDashboard()
{
    if (!m_staff->signIn(m_mediator, Pin))
        return nullptr;
    if (!click(m_staff->access->panel()->dashboardButton()))
        return nullptr;
    MediatorDashboard *dashboard = m_staff->access->dashboard();
    // Documents go to a folder of the test.
    dashboard->context().setExportFolder(QDir(m_staff->kiosk.dataDir()).filePath(QStringLiteral("sortie")));
    dashboard->exportsTab()->folderEdit()->setText(dashboard->context().exportFolder());
    return dashboard;
}

void TestMediatorDashboard::play(const QString &sessionId, const QString &lessonId, int from, int count, int stepCount,
                                 int wrong, int hints)
{
    ProgressRepository progress(*m_staff->kiosk.db);
    const Lesson *lesson = m_staff->kiosk.window->catalogue().findLesson(lessonId);
    QVERIFY(lesson);
    for (int i = from; i < from + count; ++i) {
        StepEventInput e;
        e.sessionId = sessionId;
        e.lessonId = lessonId;
        e.stepId = lesson->steps.at(i).id;
        e.stepIndex = i;
        e.stepCount = stepCount;
        e.elapsedMs = 30'000;
        for (int h = 0; h < hints; ++h) {
            e.outcome = StepOutcome::Hint;
            QVERIFY(progress.record(e));
        }
        for (int w = 0; w < wrong; ++w) {
            e.outcome = StepOutcome::Wrong;
            QVERIFY(progress.record(e));
        }
        m_staff->kiosk.clock.advance(60'000);
        e.outcome = StepOutcome::Correct;
        e.elapsedMs = 60'000;
        QVERIFY(progress.record(e));
    }
}

QString TestMediatorDashboard::learnerSessionCompleting(const Learner &learner, const QString &lessonId, int stepCount)
{
    SessionRepository sessions(*m_staff->kiosk.db);
    const QString id = sessions.startLearner(learner.id).value_or(QString());
    play(id, lessonId, 0, stepCount, stepCount);
    sessions.end(id, SessionEndReason::Logout);
    return id;
}

void TestMediatorDashboard::createALearnerAndSignInWithTheNewCard()
{
    MediatorDashboard *dashboard = openDashboard();
    QVERIFY(dashboard);
    dashboard->showTab(MediatorDashboard::Learners);
    LearnersTab *tab = dashboard->learnersTab();
    QVERIFY(tab->isVisible());
    QVERIFY(click(tab->newButton()));
    QTest::keyClicks(tab->nameEdit(), QStringLiteral("Fatou Diallo"));
    tab->languageBox()->setCurrentIndex(tab->languageBox()->findData(QStringLiteral("en")));
    tab->avatarBox()->setCurrentIndex(2);
    SecretChooser *chooser = tab->secretChooser();
    QVERIFY(click(chooser->pinChoice()));
    QTest::keyClicks(chooser->pinEdit(), QStringLiteral("4321"));
    QTest::keyClicks(chooser->pinAgainEdit(), QStringLiteral("4321"));
    QVERIFY(click(tab->saveButton()));

    const std::optional<Learner> created = tab->lastCreated();
    QVERIFY2(created, qPrintable(tab->message()));
    QCOMPARE(created->cardCode.size(), LearnerRepository::CardCodeLength);
    QVERIFY(tab->message().contains(created->cardCode));
    QCOMPARE(created->profile.language, QStringLiteral("en"));
    QCOMPARE(tab->selectedLearnerId(), created->id);
    QVERIFY(chooser->pinEdit()->text().isEmpty()); // the PIN is not left on screen
    const QList<AuditLog::Entry> entries = AuditLog(*m_staff->kiosk.db).entries(20);
    bool audited = false;
    for (const AuditLog::Entry &e : entries)
        audited = audited || (e.action == QLatin1String("learner.create") && e.actorId == m_mediator.id);
    QVERIFY(audited);

    // Fatou, at the kiosk, with her new card and her PIN.
    QVERIFY(click(m_staff->access->panel() ? dashboard->backButton() : nullptr));
    QVERIFY(click(m_staff->access->panel()->closeButton()));
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    QVERIFY(kiosk.enterCard(created->cardCode));
    SecretScreen *secret = kiosk.window->secretScreen();
    QCOMPARE(secret->kind(), Secret::Kind::Pin);
    for (const QChar c : QStringLiteral("4321"))
        QVERIFY(click(secret->digitButton(c.digitValue())));
    QVERIFY(click(secret->validateButton()));
    QCOMPARE(kiosk.window->currentScreen(), KioskWindow::Screen::Home);
    QCOMPARE(kiosk.session->learnerName(), QStringLiteral("Fatou Diallo"));
    QCOMPARE(kiosk.window->tutorLanguage(), QStringLiteral("en")); // the language chosen for her
}

void TestMediatorDashboard::editAndArchiveALearner()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const Learner omar = kiosk.createLearner(QStringLiteral("Omar"));
    MediatorDashboard *dashboard = openDashboard();
    LearnersTab *tab = dashboard->learnersTab();
    QVERIFY(tab->selectLearner(omar.id));
    QCOMPARE(tab->nameEdit()->text(), QStringLiteral("Omar"));
    QVERIFY(!tab->secretChooser()->isVisible()); // secrets change in the staff panel, with the learner
    tab->nameEdit()->clear();
    QTest::keyClicks(tab->nameEdit(), QStringLiteral("Omar Haddad"));
    QVERIFY(click(tab->saveButton()));
    QCOMPARE(kiosk.learners->find(omar.id)->profile.displayName, QStringLiteral("Omar Haddad"));
    QCOMPARE(kiosk.learners->find(omar.id)->cardCode, omar.cardCode);

    QVERIFY(click(tab->archiveButton()));
    QVERIFY(kiosk.learners->find(omar.id)->archivedAt.isEmpty());
    QVERIFY(click(tab->archiveButton()));
    QVERIFY(!kiosk.learners->find(omar.id)->archivedAt.isEmpty());
    QCOMPARE(tab->table()->rowCount(), 0);
    const QStringList actions = m_staff->auditActions();
    QVERIFY(actions.contains(QStringLiteral("learner.update")));
    QVERIFY(actions.contains(QStringLiteral("learner.archive")));
    // The card no longer opens anything.
    m_staff->access->lock();
    QVERIFY(!kiosk.enterCard(omar.cardCode));
}

void TestMediatorDashboard::assignASetAndSeeItFirstOnTheLearnersHome()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const Learner awa = kiosk.createLearner(QStringLiteral("Awa"));
    MediatorDashboard *dashboard = openDashboard();
    dashboard->showTab(MediatorDashboard::Sets);
    LessonSetsTab *sets = dashboard->setsTab();
    QVERIFY(sets->isVisible());
    QVERIFY(click(sets->newButton()));
    QTest::keyClicks(sets->nameEdit(), QStringLiteral("Premiers pas"));
    for (const QString &id : {T1, T3, T2}) {
        QVERIFY(sets->selectCatalogueLesson(id));
        QVERIFY(click(sets->addButton()));
    }
    QCOMPARE(sets->chosenLessonIds(), (QStringList{T1, T3, T2}));
    // Adding twice is refused; reorder: T2 to the top, T3 out.
    QVERIFY(sets->selectCatalogueLesson(T1));
    QVERIFY(click(sets->addButton()));
    QCOMPARE(sets->chosenLessonIds().size(), 3);
    QVERIFY(click(sets->upButton()));
    QVERIFY(click(sets->upButton()));
    QCOMPARE(sets->chosenLessonIds(), (QStringList{T2, T1, T3}));
    sets->chosenList()->setCurrentRow(2);
    QVERIFY(click(sets->removeButton()));
    QCOMPARE(sets->chosenLessonIds(), (QStringList{T2, T1}));
    QVERIFY(click(sets->saveButton()));
    const QList<LessonSet> saved = LessonSetRepository(*kiosk.db).list();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().lessonIds, (QStringList{T2, T1}));

    QVERIFY(sets->selectAssignTarget(awa.id));
    QVERIFY(click(sets->assignButton()));
    QCOMPARE(sets->assignmentList()->count(), 1);
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("lesson-set.assign")));

    // Awa signs in: her path comes first, its first lesson highlighted.
    m_staff->access->lock();
    QVERIFY(kiosk.signInWithPictures(awa));
    HomeScreen *home = kiosk.window->homeScreen();
    QCOMPARE(home->pathLessonIds(), (QStringList{T2, T1}));
    QCOMPARE(home->nextLessonId(), T2);
}

void TestMediatorDashboard::assignASetToAGroup()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const Learner binta = kiosk.createLearner(QStringLiteral("Binta"));
    const Learner chen = kiosk.createLearner(QStringLiteral("Chen"));
    MediatorDashboard *dashboard = openDashboard();
    dashboard->showTab(MediatorDashboard::Groups);
    GroupsTab *groups = dashboard->groupsTab();
    QTest::keyClicks(groups->nameEdit(), QStringLiteral("Atelier du mardi"));
    QVERIFY(click(groups->createButton()));
    const QList<LearnerGroup> all = GroupRepository(*kiosk.db).list();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().name, QStringLiteral("Atelier du mardi"));
    QVERIFY(groups->setMember(binta.id, true));
    QCOMPARE(GroupRepository(*kiosk.db).members(all.first().id), QStringList{binta.id});

    dashboard->showTab(MediatorDashboard::Sets);
    LessonSetsTab *sets = dashboard->setsTab();
    sets->nameEdit()->insert(QStringLiteral("Démarches")); // as pasted: QTest cannot type "é"
    QVERIFY(sets->selectCatalogueLesson(T3));
    QVERIFY(click(sets->addButton()));
    QVERIFY(click(sets->saveButton()));
    QVERIFY(sets->selectAssignTarget(all.first().id));
    QVERIFY(sets->assignTarget()->currentText().contains(QStringLiteral("Atelier du mardi")));
    QVERIFY(click(sets->assignButton()));

    m_staff->access->lock();
    QVERIFY(kiosk.signInWithPictures(binta));
    QCOMPARE(kiosk.window->homeScreen()->pathLessonIds(), QStringList{T3});
    kiosk.window->endSession(SessionEndReason::Logout);
    QVERIFY(kiosk.signInWithPictures(chen)); // not in the group: no path
    QVERIFY(kiosk.window->homeScreen()->pathLessonIds().isEmpty());
    const QStringList actions = m_staff->auditActions();
    QVERIFY(actions.contains(QStringLiteral("group.create")));
    QVERIFY(actions.contains(QStringLiteral("group.add-member")));
}

void TestMediatorDashboard::exportCsvFilesAndParseThemBack()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const QString hostile = QStringLiteral("Dupont; \"Jo\" =1+1");
    const Learner jo = kiosk.createLearner(hostile);
    const Learner formula = kiosk.createLearner(QStringLiteral("=1+1"));
    kiosk.assign(jo.id, {T1, T2}, QStringLiteral("Parcours; \"un\""));
    learnerSessionCompleting(jo, T2, 1);
    learnerSessionCompleting(formula, T1, 3);
    SessionRepository sessions(*kiosk.db);
    sessions.end(sessions.startGuest().value(), SessionEndReason::Idle);

    MediatorDashboard *dashboard = openDashboard();
    dashboard->showTab(MediatorDashboard::Exports);
    ExportsTab *exports = dashboard->exportsTab();
    exports->fromEdit()->setDate(QDate(2026, 1, 1));
    exports->toEdit()->setDate(QDate(2026, 1, 31));
    exports->periodBox()->setCurrentIndex(exports->periodBox()->findData(static_cast<int>(ActivityReport::Period::Month)));
    QVERIFY(click(exports->activityButton()));
    const QString activityFile = exports->lastFile();
    QVERIFY2(!activityFile.isEmpty(), qPrintable(exports->message()));
    QVERIFY(activityFile.startsWith(dashboard->context().exportFolder()));
    bool bom = false;
    bool crlf = false;
    QList<QStringList> rows = ReportTest::readCsvFile(activityFile, &bom, &crlf);
    QVERIFY(bom);
    QVERIFY(crlf);
    QCOMPARE(rows.size(), 3); // header, January, total
    QCOMPARE(rows.at(0), ActivityReport::csvHeader());
    QCOMPARE(rows.at(1).at(0), QStringLiteral("2026-01"));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("3")); // sessions
    QCOMPARE(rows.at(1).at(4), QStringLiteral("2")); // learners' sessions
    QCOMPARE(rows.at(1).at(5), QStringLiteral("1")); // guests' sessions
    QCOMPARE(rows.at(1).at(7), QStringLiteral("2")); // lessons completed
    QCOMPARE(rows.at(1).at(10), QStringLiteral("4")); // minutes spent
    QCOMPARE(rows.at(2).at(0), QStringLiteral("Total"));

    QVERIFY(click(exports->progressButton()));
    const QString progressFile = exports->lastFile();
    QVERIFY(progressFile.endsWith(QStringLiteral(".csv")));
    rows = ReportTest::readCsvFile(progressFile, &bom);
    QVERIFY(bom);
    QCOMPARE(rows.at(0), ProgressReport::csvHeader());
    QCOMPARE(rows.size(), 1 + 2 + 1); // Jo's two lessons, the other learner without a set
    bool sawJo = false;
    bool sawFormula = false;
    for (const QStringList &row : std::as_const(rows)) {
        QCOMPARE(row.size() <= ProgressReport::csvHeader().size(), true);
        if (CsvWriter::unguard(row.at(0)) == hostile) {
            sawJo = true;
            QVERIFY(row.at(0).startsWith(QLatin1Char('D')));
            QCOMPARE(row.at(1), jo.cardCode);
            QCOMPARE(row.at(2), QStringLiteral("Parcours; \"un\""));
        }
        if (CsvWriter::unguard(row.at(0)) == QLatin1String("=1+1")) {
            sawFormula = true;
            QCOMPARE(row.at(0), QStringLiteral("'=1+1")); // shown as text, never computed
        }
    }
    QVERIFY(sawJo);
    QVERIFY(sawFormula);
    const QStringList actions = m_staff->auditActions();
    QVERIFY(actions.contains(QStringLiteral("export.activity-csv")));
    QVERIFY(actions.contains(QStringLiteral("export.progress-csv")));
}

void TestMediatorDashboard::learnerCardPdfHoldsTheNameAndTheCode()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const Learner lucie = kiosk.createLearner(QStringLiteral("Lucie Moreau"));
    const Learner yusuf = kiosk.createLearner(QStringLiteral("Yusuf Demir"), {1, 2, 3}, QStringLiteral("ar"));
    MediatorDashboard *dashboard = openDashboard();
    LearnersTab *tab = dashboard->learnersTab();

    QVERIFY(tab->selectLearner(lucie.id));
    QVERIFY(click(tab->cardButton()));
    const QString pdf = tab->lastDocument();
    QVERIFY2(QFileInfo(pdf).size() > 0, qPrintable(tab->message()));
    QCOMPARE(QFileInfo(pdf).fileName(), QStringLiteral("carte-%1.pdf").arg(lucie.cardCode));
    const QString text = ReportTest::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Lucie Moreau")), qPrintable(text));
    QVERIFY2(text.contains(LearnerCardData::spaced(lucie.cardCode)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Ma carte Passerelle")));
    QVERIFY(text.contains(QStringLiteral("J'ai ma carte")) || text.contains(QStringLiteral("J’ai ma carte")));
    // The secret is never on the card.
    QVERIFY(!text.contains(QStringLiteral("Arbre")));

    // In the learner's language (Arabic), with the same name and code.
    QVERIFY(tab->selectLearner(yusuf.id));
    QVERIFY(click(tab->cardButton()));
    const QString arabic = ReportTest::pdfText(tab->lastDocument());
    QVERIFY2(arabic.contains(QStringLiteral("Yusuf Demir")), qPrintable(arabic));
    QVERIFY(arabic.contains(LearnerCardData::spaced(yusuf.cardCode)));
    QVERIFY(!arabic.contains(QStringLiteral("Ma carte Passerelle")));
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("learner.card-pdf")));
}

void TestMediatorDashboard::certificatePdfForACompletedSet()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const Learner lucie = kiosk.createLearner(QStringLiteral("Lucie Moreau"));
    kiosk.assign(lucie.id, {T2, T1}, QStringLiteral("Premiers pas"));
    learnerSessionCompleting(lucie, T2, 1);
    const QString setId = LessonSetRepository(*kiosk.db).list().first().id;

    MediatorDashboard *dashboard = openDashboard();
    dashboard->showTab(MediatorDashboard::Progress);
    ProgressTab *progress = dashboard->progressTab();
    QVERIFY(progress->selectSet(setId));
    QVERIFY(progress->selectLearner(lucie.id));
    QVERIFY(click(progress->certificateButton()));
    QVERIFY2(progress->message().contains(QStringLiteral("pas encore terminée")), qPrintable(progress->message()));
    QVERIFY(progress->lastDocument().isEmpty());

    learnerSessionCompleting(lucie, T1, 3);
    progress->refresh();
    QVERIFY(click(progress->certificateButton()));
    const QString pdf = progress->lastDocument();
    QVERIFY2(!pdf.isEmpty(), qPrintable(progress->message()));
    const QString text = ReportTest::pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Lucie Moreau")), qPrintable(text));
    QVERIFY(text.contains(lucie.cardCode));
    QVERIFY(text.contains(QStringLiteral("Certificat de réussite")));
    QVERIFY(text.contains(QStringLiteral("Premiers pas")));
    QVERIFY(text.contains(QStringLiteral("Cliquer encore"))); // T2's title
    QVERIFY(text.contains(QStringLiteral("Cliquer sur Oui")));
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("certificate.pdf")));
}

void TestMediatorDashboard::qrCodeOfTheCardCode()
{
    const QrCode qr = QrCode::encode(QByteArrayLiteral("ACDEFH"));
    QVERIFY(!qr.isNull());
    QCOMPARE(qr.size(), 21); // version 1: six characters fit the smallest symbol
    // The three finder patterns (dark corners, light separator) a phone looks for.
    for (const QPoint &corner : {QPoint(0, 0), QPoint(14, 0), QPoint(0, 14)}) {
        QVERIFY(qr.module(corner.x(), corner.y()));
        QVERIFY(qr.module(corner.x() + 6, corner.y() + 6));
        QVERIFY(qr.module(corner.x() + 3, corner.y() + 3));
        QVERIFY(!qr.module(corner.x() + 1, corner.y() + 1));
    }
    QVERIFY(!qr.module(7, 7));
    // Drawn with its quiet zone: white border, black finder corner.
    QImage image(290, 290, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QPainter painter(&image);
    qr.paint(painter, QRectF(0, 0, 290, 290));
    painter.end();
    QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white));
    QCOMPARE(image.pixelColor(4 * 10 + 5, 4 * 10 + 5), QColor(Qt::black));
}

void TestMediatorDashboard::progressGridAndLearnerDetail()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const Learner amina = kiosk.createLearner(QStringLiteral("Amina"));
    const Learner bilal = kiosk.createLearner(QStringLiteral("Bilal"));
    kiosk.assign(amina.id, {T2, T1}, QStringLiteral("Premiers pas"));
    const QString setId = LessonSetRepository(*kiosk.db).list().first().id;
    QVERIFY(LessonSetRepository(*kiosk.db).assignToLearner(setId, bilal.id, m_mediator.id));
    learnerSessionCompleting(amina, T2, 1);
    kiosk.clock.advance(7LL * 24 * 3600 * 1000);
    SessionRepository sessions(*kiosk.db);
    const QString second = sessions.startLearner(amina.id).value();
    play(second, T1, 0, 1, 3, 2, 1);
    sessions.end(second, SessionEndReason::Idle);

    MediatorDashboard *dashboard = openDashboard();
    dashboard->showTab(MediatorDashboard::Progress);
    ProgressTab *progress = dashboard->progressTab();
    QVERIFY(progress->selectSet(setId));
    QTableWidget *grid = progress->grid();
    QCOMPARE(grid->rowCount(), 2);
    QCOMPARE(grid->columnCount(), 3);
    QVERIFY(grid->horizontalHeaderItem(1)->text().contains(QStringLiteral("Cliquer encore")));
    QVERIFY(grid->item(0, 0)->text().startsWith(QStringLiteral("Amina")));
    QVERIFY(grid->item(0, 1)->text().startsWith(QStringLiteral("✓")));
    QVERIFY(grid->item(0, 2)->text().startsWith(QStringLiteral("en cours")));
    QVERIFY(grid->item(0, 2)->toolTip().contains(QStringLiteral("erreurs : 2")));
    QVERIFY(grid->item(0, 2)->toolTip().contains(QStringLiteral("indices : 1")));
    QCOMPARE(grid->item(1, 1)->text(), QStringLiteral("Pas commencée"));

    QVERIFY(progress->selectLearner(amina.id));
    QVERIFY(progress->detailTitle()->text().contains(amina.cardCode));
    QCOMPARE(progress->historyTable()->rowCount(), 2);
    QCOMPARE(progress->historyTable()->item(0, 2)->text(), QStringLiteral("inactivité"));
    QCOMPARE(progress->lessonTable()->rowCount(), 2);
    // The chart: one point per completed lesson.
    QChart *chart = progress->progressChart()->chart();
    QVERIFY(chart);
    auto *line = qobject_cast<QLineSeries *>(chart->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->count(), 1);
}

void TestMediatorDashboard::difficultStepsAreRankedAndCharted()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    SessionRepository sessions(*kiosk.db);
    // Three guests and a learner: step 2 of T1 ("Cliquez sur Non.") is where they struggle.
    const Learner amina = kiosk.createLearner(QStringLiteral("Amina"));
    for (int person = 0; person < 4; ++person) {
        const QString id = person == 0 ? sessions.startLearner(amina.id).value() : sessions.startGuest().value();
        play(id, T1, 0, 1, 3);
        play(id, T1, 1, 1, 3, 3, 1);
        play(id, T1, 2, 1, 3, 0, 1);
        sessions.end(id, SessionEndReason::Logout);
    }
    MediatorDashboard *dashboard = openDashboard();
    dashboard->showTab(MediatorDashboard::DifficultSteps);
    DifficultStepsTab *tab = dashboard->difficultStepsTab();
    QVERIFY(tab->isVisible());
    QCOMPARE(tab->table()->rowCount(), 3);
    QVERIFY2(tab->table()->item(0, 1)->text().contains(QStringLiteral("étape 2 : Cliquez sur Non.")),
             qPrintable(tab->table()->item(0, 1)->text()));
    QCOMPARE(tab->table()->item(0, 2)->text(), QStringLiteral("4"));
    QCOMPARE(tab->table()->item(0, 3)->text(), QStringLiteral("3,0"));
    QVERIFY(tab->table()->item(1, 1)->text().contains(QStringLiteral("étape 3")));
    // Five passages needed: nothing qualifies.
    tab->minimumPassages()->setValue(5);
    QCOMPARE(tab->table()->rowCount(), 0);
    tab->minimumPassages()->setValue(1);

    QChart *chart = tab->chart()->chart();
    auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 3);
    QCOMPARE(bars->barSets().at(0)->count(), 3);
    // Drawn bottom-up: the hardest step is the last bar, at the top.
    QCOMPARE(bars->barSets().at(0)->at(2), 3.0);
}

void TestMediatorDashboard::activityChartShowsThePeriods()
{
    ShellFixture::Kiosk &kiosk = m_staff->kiosk;
    const Learner amina = kiosk.createLearner(QStringLiteral("Amina"));
    learnerSessionCompleting(amina, T2, 1);
    SessionRepository sessions(*kiosk.db);
    sessions.end(sessions.startGuest().value(), SessionEndReason::Idle);
    kiosk.clock.advance(8LL * 24 * 3600 * 1000);
    learnerSessionCompleting(amina, T1, 3);

    MediatorDashboard *dashboard = openDashboard();
    dashboard->showTab(MediatorDashboard::Exports);
    ExportsTab *exports = dashboard->exportsTab();
    exports->fromEdit()->setDate(QDate(2026, 1, 5));
    exports->toEdit()->setDate(QDate(2026, 1, 25));
    QCOMPARE(exports->periodBox()->currentData().toInt(), static_cast<int>(ActivityReport::Period::Week));
    QCOMPARE(exports->activity().periods.size(), 3);
    QChart *chart = exports->chart()->chart();
    auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
    QVERIFY(bars);
    QBarSet *learners = bars->barSets().at(0);
    QBarSet *guests = bars->barSets().at(1);
    QCOMPARE(learners->count(), 3);
    QCOMPARE(learners->at(0), 1.0);
    QCOMPARE(guests->at(0), 1.0);
    QCOMPARE(learners->at(1), 1.0);
    QCOMPARE(learners->at(2), 0.0);
    auto *completed = qobject_cast<QLineSeries *>(chart->series().value(1));
    QVERIFY(completed);
    QCOMPARE(completed->at(0).y(), 1.0);
    QCOMPARE(completed->at(1).y(), 1.0);
}

void TestMediatorDashboard::teamAddsAStaffAccount()
{
    MediatorDashboard *dashboard = openDashboard();
    dashboard->showTab(MediatorDashboard::Team);
    TeamTab *team = dashboard->teamTab();
    QTest::keyClicks(team->nameEdit(), QStringLiteral("Paul"));
    team->roleBox()->setCurrentIndex(team->roleBox()->findData(static_cast<int>(StaffRole::Staff)));
    QTest::keyClicks(team->pinEdit(), QStringLiteral("1357"));
    QTest::keyClicks(team->pinAgainEdit(), QStringLiteral("1357"));
    QVERIFY(click(team->addButton()));
    QVERIFY2(team->message().contains(QStringLiteral("Paul")), qPrintable(team->message()));
    StaffMember paul;
    for (const StaffMember &m : m_staff->access->staff().list()) {
        if (m.name == QLatin1String("Paul"))
            paul = m;
    }
    QCOMPARE(paul.role, StaffRole::Staff);
    QVERIFY(m_staff->auditActions().contains(QStringLiteral("staff.create")));
    // A mediator cannot archive their own account.
    QVERIFY(team->selectAccount(m_mediator.id));
    QVERIFY(!team->archiveButton()->isEnabled());

    m_staff->access->lock();
    QVERIFY(m_staff->signIn(paul, QStringLiteral("1357")));
    QVERIFY(!m_staff->access->panel()->dashboardButton()->isVisible());
}

QTEST_MAIN(TestMediatorDashboard)
#include "tst_mediator_dashboard.moc"

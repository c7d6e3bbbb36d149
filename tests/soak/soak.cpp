// Soak run (RELIABILITY.md case 15): hours of synthetic kiosk sessions in minutes of real time.
//
//   soak [--simulated-hours H] [--data-dir D] [--report-every-minutes M] [--seed S]
//
// A real store in D (a temporary folder by default), a TerminalSession and LessonRuns as the
// kiosk uses them, and a ManualClock that the script moves forward: guests and learners sign in
// (learners by card code and picture password, sometimes wrong first), play click lessons with
// right, wrong, hint, "show me" and skipped steps (every event is one durable transaction), and
// leave by logout or by the idle policy expiring. A real-time QTimer keeps ticking throughout to
// show that timers still fire. Every M simulated minutes a line gives the simulated time, the
// sessions done, VmRSS and the size of the WAL file. At the end: mean RSS of the first and last
// quarters of the samples; PASS when it grew by less than 5 % and the WAL stayed under its bound.
// Exit 0 on PASS, 1 on FAIL. Not part of ctest: `cmake --build BUILD --target soak` runs it.

#include "common/clock.h"
#include "engine/lessonrun.h"
#include "session/idlepolicy.h"
#include "session/terminalsession.h"
#include "store/database.h"
#include "store/learnerrepository.h"
#include "store/secrethasher.h"
#include "../store/storetestsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <numeric>

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
/// The WAL may grow to the checkpoint threshold (1000 pages) plus one transaction, and is cut
/// back to journal_size_limit (8 MiB) after a checkpoint: anything above 16 MiB is unbounded growth.
constexpr qint64 WalBoundBytes = 16 * 1024 * 1024;

/// One "Name:   123 kB" line of /proc/self/status, in kB (-1 when absent).
qint64 statusKb(const QByteArray &name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = name + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    return -1;
}


LocalizedText say(const QString &text)
{
    return LocalizedText({{QStringLiteral("fr"), text}});
}

/// A practice lesson of `steps` clicks over three targets.
Lesson clickLesson(int number, int steps)
{
    Lesson lesson;
    lesson.id = QStringLiteral("S%1-soak").arg(number);
    lesson.version = 1;
    lesson.module = QStringLiteral("S");
    lesson.title = say(QStringLiteral("Soak %1").arg(number));
    Scene scene;
    scene.id = QStringLiteral("s");
    scene.kind = SceneKind::Practice;
    const QStringList targets{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (const QString &target : targets) {
        Element e;
        e.id = target;
        e.kind = ElementKind::Target;
        e.label = target;
        scene.elements << e;
    }
    lesson.scenes << scene;
    for (int i = 0; i < steps; ++i) {
        Step step;
        step.id = QStringLiteral("step-%1").arg(i + 1);
        step.scene = QStringLiteral("s");
        step.say = say(QStringLiteral("Cliquez sur %1").arg(targets.at((i + number) % 3)));
        step.hint = say(QStringLiteral("Le bouton %1").arg(targets.at((i + number) % 3)));
        step.expect.action = ActionKind::Click;
        step.expect.target = targets.at((i + number) % 3);
        lesson.steps << step;
    }
    return lesson;
}

struct SoakLearner
{
    QString cardCode;
    QList<int> pictures;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Passerelle soak run: synthetic sessions on simulated time."));
    parser.addHelpOption();
    const QCommandLineOption hoursOption(QStringLiteral("simulated-hours"), QStringLiteral("Simulated hours (default 24)."),
                                         QStringLiteral("H"), QStringLiteral("24"));
    const QCommandLineOption dirOption(QStringLiteral("data-dir"), QStringLiteral("Data folder (default: a temporary one)."),
                                       QStringLiteral("D"));
    const QCommandLineOption everyOption(QStringLiteral("report-every-minutes"),
                                         QStringLiteral("Simulated minutes between report lines (default 60)."),
                                         QStringLiteral("M"), QStringLiteral("60"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 9)."), QStringLiteral("S"),
                                        QStringLiteral("9"));
    parser.addOptions({hoursOption, dirOption, everyOption, seedOption});
    parser.process(app);

    QTextStream out(stdout);
    const double hours = parser.value(hoursOption).toDouble();
    const qint64 reportEvery = qMax<qint64>(1, parser.value(everyOption).toLongLong()) * Minute;
    if (hours <= 0) {
        out << "soak: --simulated-hours must be positive\n";
        return 2;
    }
    QTemporaryDir temporary;
    const QString dataDir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dataDir);

    ManualClock clock;
    QRandomGenerator random(parser.value(seedOption).toUInt());
    QRandomGenerator storeRandom(random.generate());
    // Minimal hashing cost: the soak is about memory and files, not about the hash's slowness.
    SecretHasher hasher(SecretHasher::minimalCost());
    Database db(dataDir, clock);
    if (!db.open()) {
        out << "soak: cannot open the store: " << db.errorMessage() << '\n';
        return 1;
    }
    LearnerRepository learners(db, hasher, clock, storeRandom);
    TerminalSession session(db, learners);
    bool recordFailed = false;
    QObject::connect(&session, &TerminalSession::recordFailed, [&recordFailed] { recordFailed = true; });

    QList<SoakLearner> people;
    for (int i = 0; i < 20; ++i) {
        LearnerProfile profile;
        profile.displayName = QStringLiteral("Apprenant %1").arg(i);
        profile.language = i % 2 ? QStringLiteral("ar") : QStringLiteral("fr");
        const QList<int> pictures{i % 12, (i + 1) % 12, (i + 5) % 12};
        const auto learner = learners.create(profile, Secret::pictures(pictures));
        if (!learner) {
            out << "soak: cannot create a learner\n";
            return 1;
        }
        people << SoakLearner{learner->cardCode, pictures};
    }
    QList<Lesson> lessons;
    for (int i = 1; i <= 8; ++i)
        lessons << clickLesson(i, 8 + 2 * i);

    IdlePolicy idle(clock, 3 * Minute, 30 * Second);
    int timerTicks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&timerTicks] { ++timerTicks; });
    ticker.start(50);

    const qint64 endMs = static_cast<qint64>(hours * Hour);
    const QString walPath = db.filePath() + QStringLiteral("-wal");
    qint64 nextReport = 0;
    qint64 sessions = 0, events = 0, idleEnds = 0, learnerSessions = 0, maxWal = 0;
    QList<qint64> rssSamples;
    QElapsedTimer real;
    real.start();

    auto think = [&](qint64 minMs, qint64 maxMs) {
        clock.advance(minMs + static_cast<qint64>(random.bounded(static_cast<quint32>(maxMs - minMs + 1))));
    };
    auto report = [&] {
        QCoreApplication::processEvents();
        const qint64 rss = statusKb("VmRSS");
        const qint64 wal = QFileInfo(walPath).size();
        maxWal = qMax(maxWal, wal);
        rssSamples << rss;
        out << QStringLiteral("sim %1h%2  sessions %3  events %4  VmRSS %5 kB (anon %9, file %10)  SQLite page cache %11 kB  "
                              "database %12 kB  WAL %6 kB  timer ticks %7  real %8 s\n")
                   .arg(clock.nowMs() / Hour, 3)
                   .arg((clock.nowMs() % Hour) / Minute, 2, 10, QLatin1Char('0'))
                   .arg(sessions, 6)
                   .arg(events, 7)
                   .arg(rss, 7)
                   .arg(wal / 1024, 6)
                   .arg(timerTicks, 6)
                   .arg(real.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(statusKb("RssAnon"))
                   .arg(statusKb("RssFile"))
                   .arg(StoreTest::pageCacheBytes(db) / 1024)
                   .arg(QFileInfo(db.filePath()).size() / 1024);
        out.flush();
    };

    while (clock.nowMs() < endMs && !recordFailed) {
        // Someone comes to the terminal.
        const bool asLearner = random.bounded(3) != 0;
        bool started = false;
        if (asLearner) {
            const SoakLearner &who = people.at(static_cast<int>(random.bounded(static_cast<quint32>(people.size()))));
            const auto card = session.findCard(who.cardCode);
            if (card && !card->locked) {
                if (random.bounded(10) == 0) { // a wrong picture password first
                    session.signIn(card->learnerId, Secret::pictures({11, 10, 9}));
                    think(20 * Second, 40 * Second);
                }
                started = session.signIn(card->learnerId, Secret::pictures(who.pictures)).status
                          == VerifyResult::Status::Accepted;
            }
            learnerSessions += started ? 1 : 0;
        }
        if (!started)
            started = session.startGuest();
        if (!started) {
            out << "soak: a session could not start\n";
            return 1;
        }
        idle.restart();

        // One to three lessons, sometimes left in the middle.
        const int lessonCount = 1 + static_cast<int>(random.bounded(3));
        bool leftMidway = false;
        for (int l = 0; l < lessonCount && !leftMidway; ++l) {
            const Lesson &lesson = lessons.at(static_cast<int>(random.bounded(static_cast<quint32>(lessons.size()))));
            LessonRun run(lesson, clock);
            session.attachRun(&run);
            QObject::connect(&run, &LessonRun::stepEvent, [&events] { ++events; });
            run.start(session.resumeStep(lesson));
            while (!run.isFinished()) {
                const Step *step = run.currentStep();
                const quint32 dice = random.bounded(100);
                think(3 * Second, 25 * Second);
                idle.noteActivity();
                if (dice < 12) {
                    const QString wrong = step->expect.target == QStringLiteral("a") ? QStringLiteral("b") : QStringLiteral("a");
                    run.handle(UserAction::click(wrong));
                    continue;
                }
                if (dice < 18) {
                    run.useHint();
                    continue;
                }
                if (dice < 20) {
                    run.useShowMe();
                    continue;
                }
                if (dice < 25) {
                    run.skip();
                    continue;
                }
                if (dice < 27) {
                    leftMidway = true;
                    break;
                }
                run.handle(UserAction::click(step->expect.target));
            }
            if (clock.nowMs() >= nextReport) {
                report();
                nextReport += reportEvery;
            }
        }

        // They leave: logout, or walk away and the idle policy ends the session.
        if (!leftMidway && random.bounded(10) < 7) {
            session.end(SessionEndReason::Logout);
        } else {
            while (idle.poll() != IdlePolicy::State::Expired)
                clock.advance(5 * Second);
            session.end(SessionEndReason::Idle);
            ++idleEnds;
        }
        ++sessions;
        think(10 * Second, 6 * Minute); // until the next person
        if (clock.nowMs() >= nextReport) {
            report();
            nextReport += reportEvery;
        }
    }
    report();

    if (recordFailed) {
        out << "FAIL: a step event could not be stored\n";
        return 1;
    }
    // Memory: mean of the first and last quarters of the samples.
    const qsizetype quarter = qMax<qsizetype>(1, rssSamples.size() / 4);
    const double first = std::accumulate(rssSamples.cbegin(), rssSamples.cbegin() + quarter, 0.0) / static_cast<double>(quarter);
    const double last = std::accumulate(rssSamples.cend() - quarter, rssSamples.cend(), 0.0) / static_cast<double>(quarter);
    const double growth = (last - first) / first * 100.0;
    const bool memoryOk = growth < 5.0;
    const bool walOk = maxWal <= WalBoundBytes;
    out << QStringLiteral("simulated %1 h in %2 s: %3 sessions (%4 learners, %5 idle ends), %6 step events, %7 timer ticks\n")
               .arg(hours)
               .arg(real.elapsed() / 1000.0, 0, 'f', 1)
               .arg(sessions)
               .arg(learnerSessions)
               .arg(idleEnds)
               .arg(events)
               .arg(timerTicks);
    out << QStringLiteral("RSS first quarter %1 kB, last quarter %2 kB: growth %3 % (limit 5 %)  %4\n")
               .arg(first, 0, 'f', 0)
               .arg(last, 0, 'f', 0)
               .arg(growth, 0, 'f', 2)
               .arg(memoryOk ? QStringLiteral("ok") : QStringLiteral("TOO MUCH"));
    out << QStringLiteral("WAL largest %1 kB (bound %2 kB)  %3\n")
               .arg(maxWal / 1024)
               .arg(WalBoundBytes / 1024)
               .arg(walOk ? QStringLiteral("ok") : QStringLiteral("UNBOUNDED"));
    const bool ticking = timerTicks > 0;
    out << (memoryOk && walOk && ticking ? "PASS\n" : "FAIL\n");
    out.flush();
    session.end(SessionEndReason::Logout);
    db.close();
    return memoryOk && walOk && ticking ? 0 : 1;
}

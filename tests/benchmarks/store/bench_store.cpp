// Store benchmark: durable step-event commits and the mediator's queries on a large database.
// Usage: bench_store [--dir DIR] [--learners N] [--events N]
// Prints one line per figure: name  median  p99  budget  PASS|FAIL (times in milliseconds).

#include "common/clock.h"
#include "store/database.h"
#include "store/learnerrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <unistd.h>

namespace {

constexpr int Lessons = 40;
constexpr int StepsPerLesson = 12;

struct Figure
{
    double median;
    double p99;
};

Figure measure(int repeats, const std::function<void(int)> &work)
{
    std::vector<double> times;
    times.reserve(static_cast<size_t>(repeats));
    QElapsedTimer timer;
    for (int i = 0; i < repeats; ++i) {
        timer.start();
        work(i);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) { return times[std::min(times.size() - 1, static_cast<size_t>(q * static_cast<double>(times.size())))]; };
    return {at(0.5), at(0.99)};
}

void print(const char *name, Figure f, double budget)
{
    if (budget > 0)
        std::printf("%-34s %9.3f %9.3f %9.1f  %s\n", name, f.median, f.p99, budget, f.median <= budget ? "PASS" : "FAIL");
    else
        std::printf("%-34s %9.3f %9.3f %9s  %s\n", name, f.median, f.p99, "-", "INFO");
    std::fflush(stdout);
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool run(Database &db, QSqlQuery &query)
{
    if (db.exec(query))
        return true;
    std::fprintf(stderr, "SQL failed: %s\n", qPrintable(db.errorMessage()));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int learnerCount = option(QStringLiteral("--learners"), QStringLiteral("10000")).toInt();
    const qint64 eventCount = option(QStringLiteral("--events"), QStringLiteral("2000000")).toLongLong();
    QTemporaryDir temporary(QDir::currentPath() + QStringLiteral("/bench-store-XXXXXX"));
    const QString dir = option(QStringLiteral("--dir"), temporary.path());

    SystemWallClock wall;
    SteadyClock steady;
    Database db(dir, wall);
    if (!db.open()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    std::printf("database: %s\n", qPrintable(db.filePath()));

    // ---- generation: big transactions, statements prepared once ------------------------------
    QElapsedTimer generation;
    generation.start();
    QRandomGenerator random(20260105);
    std::vector<QString> learnerIds;
    learnerIds.reserve(static_cast<size_t>(learnerCount));
    {
        // --dir with an already generated database: reuse it.
        QSqlQuery existing = db.prepare(QStringLiteral("SELECT id FROM learners"));
        run(db, existing);
        while (existing.next())
            learnerIds.push_back(existing.value(0).toString());
    }
    const bool reuse = static_cast<int>(learnerIds.size()) >= learnerCount;
    if (reuse)
        std::printf("reusing the existing database\n");
    else
        learnerIds.clear();
    qint64 written = 0;
    if (!reuse) {
    {
        QSqlQuery cache = db.prepare(QStringLiteral("PRAGMA cache_size = -262144")); // 256 MiB while generating
        run(db, cache);
    }
    SecretHasher hasher(SecretHasher::minimalCost());
    const QString hash = QString::fromLatin1(hasher.hash(Secret::pin(QStringLiteral("1234"))));
    const QString alphabet = LearnerRepository::CardAlphabet;
    {
        Transaction tx(db);
        tx.begin();
        QSqlQuery insert = db.prepare(QStringLiteral(
            "INSERT INTO learners (id, card_code, display_name, avatar, language, text_scale, secret_kind, secret_hash,"
            " created_at) VALUES (?, ?, ?, '', 'fr', 1.0, 'pin', ?, ?)"));
        QSet<QString> codes;
        for (int i = 0; i < learnerCount; ++i) {
            QString code;
            do {
                code.clear();
                for (int c = 0; c < 6; ++c)
                    code += alphabet.at(static_cast<qsizetype>(random.bounded(static_cast<int>(alphabet.size()))));
            } while (codes.contains(code));
            codes.insert(code);
            learnerIds.push_back(uuid());
            insert.addBindValue(learnerIds.back());
            insert.addBindValue(code);
            insert.addBindValue(QStringLiteral("Learner %1").arg(random.bounded(1000000)));
            insert.addBindValue(hash);
            insert.addBindValue(db.nowText());
            if (!run(db, insert))
                return 1;
        }
        tx.commit();
    }

    const char *outcomes[] = {"correct", "wrong", "hint", "shown", "skipped"};
    const qint64 perLearner = eventCount / learnerCount;
    QSqlQuery event = db.prepare(QStringLiteral(
        "INSERT INTO step_events (id, terminal_id, session_id, learner_id, lesson_id, lesson_version, step_id, step_index,"
        " outcome, detail, elapsed_ms, at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, '', ?, ?)"));
    QSqlQuery session = db.prepare(QStringLiteral(
        "INSERT INTO sessions (id, terminal_id, kind, learner_id, started_at, ended_at, end_reason)"
        " VALUES (?, ?, 'learner', ?, ?, ?, 'logout')"));
    QSqlQuery progress = db.prepare(QStringLiteral(
        "INSERT INTO lesson_progress (learner_id, lesson_id, lesson_version, status, current_step_index, last_step_id,"
        " attempts, wrong, hints, shown, skipped, time_ms, started_at, updated_at, completed_at)"
        " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QDateTime time = QDateTime(QDate(2023, 1, 1), QTime(9, 0), Qt::UTC);
    auto tx = std::make_unique<Transaction>(db);
    tx->begin();
    for (int l = 0; l < learnerCount && written < eventCount; ++l) {
        const QString &learner = learnerIds[static_cast<size_t>(l)];
        const qint64 budget = l == learnerCount - 1 ? eventCount - written : perLearner;
        int lesson = static_cast<int>(random.bounded(Lessons));
        int step = 0;
        struct P { int attempts = 0, wrong = 0, hints = 0, shown = 0, skipped = 0; qint64 time = 0; bool done = false; int current = 0; QString last, started, updated, completed; };
        QHash<int, P> lessons;
        QString sessionId;
        for (qint64 e = 0; e < budget; ++e) {
            if (e % 40 == 0) {
                sessionId = uuid();
                session.addBindValue(sessionId);
                session.addBindValue(db.terminalId());
                session.addBindValue(learner);
                session.addBindValue(time.toString(Qt::ISODateWithMs));
                session.addBindValue(time.addSecs(1800).toString(Qt::ISODateWithMs));
                if (!run(db, session))
                    return 1;
            }
            // Harder steps (every 5th) get more wrong answers and hints.
            const int difficulty = (lesson * StepsPerLesson + step) % 5 == 0 ? 6 : 2;
            const quint32 roll = random.bounded(20);
            int outcome = 0;
            if (roll < static_cast<quint32>(difficulty))
                outcome = 1;
            else if (roll < static_cast<quint32>(difficulty + 1))
                outcome = 2;
            else if (roll == 19)
                outcome = random.bounded(2) ? 3 : 4;
            time = time.addMSecs(4000 + random.bounded(20000));
            const QString at = time.toString(Qt::ISODateWithMs);
            const qint64 elapsed = random.bounded(30000);
            const QString lessonId = QStringLiteral("lesson-%1").arg(lesson);
            const QString stepId = QStringLiteral("step-%1").arg(step);
            event.addBindValue(uuid());
            event.addBindValue(db.terminalId());
            event.addBindValue(sessionId);
            event.addBindValue(learner);
            event.addBindValue(lessonId);
            event.addBindValue(stepId);
            event.addBindValue(step);
            event.addBindValue(QString::fromLatin1(outcomes[outcome]));
            event.addBindValue(elapsed);
            event.addBindValue(at);
            if (!run(db, event))
                return 1;
            P &p = lessons[lesson];
            if (p.started.isEmpty())
                p.started = at;
            p.updated = at;
            p.last = stepId;
            p.attempts += outcome <= 1;
            p.wrong += outcome == 1;
            p.hints += outcome == 2;
            p.shown += outcome == 3;
            p.skipped += outcome == 4;
            if (outcome == 0 || outcome == 4) {
                p.time += elapsed;
                if (++step == StepsPerLesson) {
                    p.done = true;
                    if (p.completed.isEmpty())
                        p.completed = at;
                    p.current = 0;
                    step = 0;
                    lesson = static_cast<int>(random.bounded(Lessons));
                } else {
                    p.current = step;
                }
            }
            if (++written % 200000 == 0) {
                tx->commit();
                tx = std::make_unique<Transaction>(db);
                tx->begin();
                std::fprintf(stderr, "  %lld events...\n", static_cast<long long>(written));
            }
        }
        for (auto it = lessons.cbegin(); it != lessons.cend(); ++it) {
            const P &p = it.value();
            progress.addBindValue(learner);
            progress.addBindValue(QStringLiteral("lesson-%1").arg(it.key()));
            progress.addBindValue(p.done ? QStringLiteral("completed") : QStringLiteral("in_progress"));
            progress.addBindValue(p.current);
            progress.addBindValue(p.last);
            progress.addBindValue(p.attempts);
            progress.addBindValue(p.wrong);
            progress.addBindValue(p.hints);
            progress.addBindValue(p.shown);
            progress.addBindValue(p.skipped);
            progress.addBindValue(p.time);
            progress.addBindValue(p.started);
            progress.addBindValue(p.updated);
            progress.addBindValue(p.completed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.completed));
            if (!run(db, progress))
                return 1;
        }
    }
    tx->commit();
    tx.reset();
    event = QSqlQuery();
    session = QSqlQuery();
    progress = QSqlQuery();
    ProgressRepository(db).rebuildCounters();
    } // generation
    ProgressRepository repository(db);
    {
        QSqlQuery analyze = db.prepare(QStringLiteral("ANALYZE"));
        run(db, analyze);
        QSqlQuery checkpoint = db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        run(db, checkpoint);
        QSqlQuery cache = db.prepare(QStringLiteral("PRAGMA cache_size = -32768")); // back to the store's setting
        run(db, cache);
    }
    std::printf("generated %d learners and %lld step events in %.1f s (file %.0f MiB)\n", learnerCount,
                static_cast<long long>(written), static_cast<double>(generation.elapsed()) / 1000.0,
                static_cast<double>(QFileInfo(db.filePath()).size()) / 1048576.0);
    std::printf("%-34s %9s %9s %9s  %s\n", "figure (ms)", "median", "p99", "budget", "result");

    // ---- figures -------------------------------------------------------------------------------
    SessionRepository sessions(db);
    const QString benchLearner = learnerIds[static_cast<size_t>(random.bounded(learnerCount))];
    const QString live = sessions.startLearner(benchLearner).value_or(QString());
    bool ok = true;
    print("record step event (durable commit)", measure(500, [&](int i) {
              StepEventInput e;
              e.sessionId = live;
              e.lessonId = QStringLiteral("lesson-%1").arg(i / StepsPerLesson % Lessons);
              e.stepIndex = i % StepsPerLesson;
              e.stepId = QStringLiteral("step-%1").arg(e.stepIndex);
              e.stepCount = StepsPerLesson;
              e.outcome = i % 3 == 0 ? StepOutcome::Wrong : StepOutcome::Correct;
              e.elapsedMs = 1234;
              ok = repository.record(e).has_value() && ok;
          }), 1.0);
    // References that explain the figure above: the same work without waiting for the disk, and
    // what one fsync of 4 KiB costs on this disk (a durable commit cannot be faster than that).
    {
        QSqlQuery off = db.prepare(QStringLiteral("PRAGMA synchronous = OFF"));
        run(db, off);
        print("  reference: same, synchronous=OFF", measure(300, [&](int i) {
                  StepEventInput e;
                  e.sessionId = live;
                  e.lessonId = QStringLiteral("lesson-%1").arg(i / StepsPerLesson % Lessons);
                  e.stepIndex = i % StepsPerLesson;
                  e.stepId = QStringLiteral("step-%1").arg(e.stepIndex);
                  e.stepCount = StepsPerLesson;
                  e.outcome = StepOutcome::Correct;
                  ok = repository.record(e).has_value() && ok;
              }), 0);
        QSqlQuery full = db.prepare(QStringLiteral("PRAGMA synchronous = FULL"));
        run(db, full);
        QFile probe(QDir(dir).filePath(QStringLiteral("fsync-probe")));
        probe.open(QIODevice::WriteOnly);
        const QByteArray block(4096, 'x');
        print("  reference: raw write+fsync 4 KiB", measure(200, [&](int) {
                  probe.write(block);
                  probe.flush();
                  ::fsync(probe.handle());
              }), 0);
        probe.close();
        probe.remove();
    }
    sessions.end(live, SessionEndReason::Logout);
    qsizetype sink = 0;
    print("learner progress overview", measure(300, [&](int) {
              sink += repository.overview(learnerIds[static_cast<size_t>(random.bounded(learnerCount))]).size();
          }), 20.0);
    print("mediator learner list + counts", measure(30, [&](int) { sink += repository.learnerList().size(); }), 100.0);
    print("difficult steps (step_stats)", measure(30, [&](int) { sink += repository.difficultSteps(5, 50).size(); }), 300.0);
    print("  for comparison: raw event scan", measure(3, [&](int) {
              QSqlQuery scan = db.prepare(QStringLiteral(
                  "SELECT lesson_id, step_id, sum(outcome = 'wrong'), sum(outcome = 'hint'), sum(outcome = 'skipped'),"
                  " sum(outcome IN ('correct', 'skipped')) FROM step_events GROUP BY lesson_id, step_id"));
              if (scan.exec())
                  while (scan.next())
                      ++sink;
          }), 0);
    std::printf("(%lld rows read; all records %s)\n", static_cast<long long>(sink), ok ? "committed" : "NOT committed");
    return ok ? 0 : 1;
}

// Test helper for tst_store_kill: opens the store in the given folder and records step events
// in a loop, printing each event id on stdout (flushed) once its commit returned. It never exits
// by itself: the test kills it with SIGKILL.

#include "common/clock.h"
#include "store/database.h"
#include "store/learnerrepository.h"
#include "store/progressrepository.h"
#include "store/sessionrepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fputs("usage: store_writer DATA_DIR\n", stderr);
        return 2;
    }
    SystemWallClock wall;
    SteadyClock steady;
    Database db(QString::fromLocal8Bit(argv[1]), wall);
    if (!db.open()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    QRandomGenerator random(QRandomGenerator::global()->generate());
    SecretHasher hasher(SecretHasher::minimalCost());
    LearnerRepository learners(db, hasher, steady, random);
    const auto learner = learners.create(LearnerProfile::named(QStringLiteral("Writer")), Secret::pin(QStringLiteral("1234")));
    SessionRepository sessions(db);
    const auto session = learner ? sessions.startLearner(learner->id) : std::nullopt;
    if (!session) {
        std::fputs("setup failed\n", stderr);
        return 1;
    }
    ProgressRepository progress(db);
    for (qint64 n = 0;; ++n) {
        StepEventInput e;
        e.sessionId = *session;
        e.lessonId = QStringLiteral("lesson-%1").arg(n / 40 % 5);
        e.stepIndex = static_cast<int>(n % 8);
        e.stepId = QStringLiteral("step-%1").arg(e.stepIndex);
        e.stepCount = 8;
        e.outcome = n % 4 == 3 ? StepOutcome::Wrong : StepOutcome::Correct;
        e.detail = QStringLiteral("event %1").arg(n);
        e.elapsedMs = 100 + n % 50;
        const auto id = progress.record(e);
        if (!id) {
            std::fprintf(stderr, "record failed: %s\n", qPrintable(db.errorMessage()));
            return 1;
        }
        std::printf("%s\n", qPrintable(*id));
        std::fflush(stdout);
    }
}

// Cold start to the interactive welcome screen, as the app reports it itself:
// `passerelle --measure-startup` prints the milliseconds from its process start (field 22 of
// /proc/self/stat, in clock ticks of 10 ms, against CLOCK_BOOTTIME) to the first painted frame of
// the welcome screen, then exits. This runs the real binary 20 times with a new data folder each
// time (the database is created: a terminal's first start), 20 times on one existing data folder
// (every later start), and 5 times after dropping the program's files from the page cache.
// The time seen from outside (spawn to the printed line) is given too: it has no 10 ms steps.
// Usage: bench_startup [--runs N] [--binary PATH]

#include "../benchfigure.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

namespace {

struct Run
{
    double reported = 0; ///< what the app printed
    double observed = 0; ///< spawn to the line, seen by this process
    QStringList mappedFiles;
};

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const bool display = env.contains(QStringLiteral("DISPLAY")) || env.contains(QStringLiteral("WAYLAND_DISPLAY"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !display)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

/// One start of the binary. With `collectMaps`, the files it has mapped when the line arrives
/// (libraries, plugins, fonts) are read from /proc before it exits.
std::optional<Run> startOnce(const QString &binary, const QString &dataDir, bool collectMaps)
{
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    Run run;
    QElapsedTimer timer;
    timer.start();
    process.start(binary, {QStringLiteral("--measure-startup"), QStringLiteral("--data-dir"), dataDir,
                           QStringLiteral("--lessons-dir"), QStringLiteral(PASSERELLE_SOURCE_LESSONS_DIR)});
    QByteArray out;
    while (!out.contains('\n') && process.waitForReadyRead(30'000))
        out += process.readAllStandardOutput();
    run.observed = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (collectMaps) {
        QFile maps(QStringLiteral("/proc/%1/maps").arg(process.processId()));
        if (maps.open(QIODevice::ReadOnly)) {
            QSet<QString> files;
            for (const QByteArray &line : maps.readAll().split('\n')) {
                const qsizetype slash = line.indexOf('/');
                if (slash > 0)
                    files.insert(QString::fromLocal8Bit(line.mid(slash)));
            }
            run.mappedFiles = files.values();
        }
    }
    process.waitForFinished(30'000);
    out += process.readAllStandardOutput();
    bool ok = false;
    run.reported = QString::fromLocal8Bit(out).trimmed().toDouble(&ok);
    if (!ok || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_startup: %s did not measure its start (exit %d): %s %s\n", qPrintable(binary),
                     process.exitCode(), out.constData(), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return run;
}

/// Asks the kernel to forget the cached pages of these files (those no other process maps).
void dropFromPageCache(const QStringList &files)
{
    for (const QString &file : files) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("20")).toInt();
    const QString binary = option(QStringLiteral("--binary"), QStringLiteral(PASSERELLE_BINARY));
    const QString platform = childEnvironment().value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("(default)"));

    std::printf("startup: %s --measure-startup, %d runs each, QT_QPA_PLATFORM=%s\n", qPrintable(binary), runs,
                qPrintable(platform));
    Bench::header("figure (ms)");

    QTemporaryDir scratch(QDir::currentPath() + QStringLiteral("/bench-startup-XXXXXX"));
    // Once before measuring: the binary and its libraries are read once, as after any earlier start.
    const std::optional<Run> first = startOnce(binary, scratch.filePath(QStringLiteral("warm")), true);
    if (!first)
        return 1;

    std::vector<double> reported;
    std::vector<double> observed;
    for (int i = 0; i < runs; ++i) {
        const std::optional<Run> r = startOnce(binary, scratch.filePath(QStringLiteral("new-%1").arg(i)), false);
        if (!r)
            return 1;
        reported.push_back(r->reported);
        observed.push_back(r->observed);
    }
    Bench::print("cold start, new data folder", Bench::figureOf(reported), 150.0);
    Bench::print("  seen from outside (spawn->line)", Bench::figureOf(observed), 0);

    reported.clear();
    observed.clear();
    for (int i = 0; i < runs; ++i) {
        const std::optional<Run> r = startOnce(binary, scratch.filePath(QStringLiteral("warm")), false);
        if (!r)
            return 1;
        reported.push_back(r->reported);
        observed.push_back(r->observed);
    }
    Bench::print("cold start, existing data folder", Bench::figureOf(reported), 150.0);
    Bench::print("  seen from outside (spawn->line)", Bench::figureOf(observed), 0);

    // The program's own files (binary, Qt, plugins, fonts) read from the disk again: nearer to
    // the first start after the terminal boots. Files other processes map stay cached.
    reported.clear();
    for (int i = 0; i < 5; ++i) {
        dropFromPageCache(first->mappedFiles);
        const std::optional<Run> r = startOnce(binary, scratch.filePath(QStringLiteral("warm")), false);
        if (!r)
            return 1;
        reported.push_back(r->reported);
    }
    Bench::print("  files dropped from page cache", Bench::figureOf(reported), 0);
    std::printf("(%lld files mapped at the first frame)\n", static_cast<long long>(first->mappedFiles.size()));
    return 0;
}

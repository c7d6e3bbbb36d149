#pragma once

// Shared by the benchmarks: one line per figure, `name  median  p99  budget  PASS|FAIL`, in the
// columns bench_store uses, so that `cmake --build <dir> --target bench` prints one table.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace Bench {

struct Figure
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

/// Median and 99th percentile (nearest rank, as bench_store) of the samples.
inline Figure figureOf(std::vector<double> samples)
{
    Figure f;
    if (samples.empty())
        return f;
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples[std::min(samples.size() - 1, static_cast<size_t>(q * static_cast<double>(samples.size())))];
    };
    f.median = at(0.5);
    f.p99 = at(0.99);
    f.max = samples.back();
    return f;
}

/// Which number of a figure its budget applies to.
enum class Judged { Median, P99 };

inline void header(const char *unit)
{
    std::printf("%-34s %9s %9s %9s  %s\n", unit, "median", "p99", "budget", "result");
    std::fflush(stdout);
}

/// A figure with a budget (PASS/FAIL) or, with budget <= 0, for information (INFO).
/// Returns false when the figure misses its budget.
inline bool print(const char *name, const Figure &f, double budget, Judged judged = Judged::Median)
{
    const double value = judged == Judged::Median ? f.median : f.p99;
    const bool pass = budget <= 0 || value <= budget;
    if (budget > 0)
        std::printf("%-34s %9.3f %9.3f %9.1f  %s%s\n", name, f.median, f.p99, budget, pass ? "PASS" : "FAIL",
                    judged == Judged::P99 ? " (p99)" : "");
    else
        std::printf("%-34s %9.3f %9.3f %9s  %s\n", name, f.median, f.p99, "-", "INFO");
    std::fflush(stdout);
    return pass;
}

/// A single value (no distribution): printed in the median column.
inline bool printValue(const char *name, double value, double budget)
{
    const bool pass = budget <= 0 || value <= budget;
    if (budget > 0)
        std::printf("%-34s %9.1f %9s %9.1f  %s\n", name, value, "-", budget, pass ? "PASS" : "FAIL");
    else
        std::printf("%-34s %9.1f %9s %9s  %s\n", name, value, "-", "-", "INFO");
    std::fflush(stdout);
    return pass;
}

/// A field of /proc/self/status in kB (VmRSS, VmHWM…), or -1.
inline qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Drops two warnings every offscreen run prints (no XDG_RUNTIME_DIR, no propagateSizeHints()),
/// so that the table stays readable; every other message is printed as usual.
inline void quietKnownWarnings()
{
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (message.contains(QLatin1String("propagateSizeHints")) || message.contains(QLatin1String("XDG_RUNTIME_DIR")))
            return;
        previous(type, context, message);
    });
}

} // namespace Bench

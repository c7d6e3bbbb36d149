// runCheckLessons: what `passerelle --check-lessons DIR` prints and returns.

#include "lessons/checkcommand.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString dataDir = QStringLiteral(PASSERELLE_LESSON_TEST_DATA);

struct Run
{
    int code = -1;
    QStringList out;
    QString err;
};

Run check(const QString &dir)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Run run;
    run.code = runCheckLessons(dir, outStream, errStream);
    run.out = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    run.err = err;
    return run;
}
} // namespace

class TestCheckLessons : public QObject
{
    Q_OBJECT

private slots:
    void validCatalogueExitsZero();
    void brokenCatalogueExitsOne();
    void missingFolderExitsOne();
    void relativePathKeptInOutput();
};

void TestCheckLessons::validCatalogueExitsZero()
{
    const Run run = check(dataDir + QStringLiteral("/lessons-valid"));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out.join(QLatin1Char('\n'))));
    QCOMPARE(run.code, 0);
    QCOMPARE(run.err, QStringLiteral("2 lesson file(s) checked, 2 valid, 0 problem(s)\n"));
}

void TestCheckLessons::brokenCatalogueExitsOne()
{
    const QString root = dataDir + QStringLiteral("/lessons-broken");
    const Run run = check(root);
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.size() > 20);
    // One `FILE: PATH: message` line per problem.
    QVERIFY(run.out.contains(root + QStringLiteral("/missing-target/lesson.json: steps[0].expect.target: "
                                                  "no element \"icon-folder\" in scene \"desktop\"")));
    QVERIFY(run.out.contains(root + QStringLiteral("/empty/lesson.json: (file): file is empty")));
    for (const QString &line : run.out)
        QVERIFY2(line.startsWith(root + QLatin1Char('/')) && line.count(QStringLiteral(": ")) >= 2, qPrintable(line));
    QVERIFY2(run.err.contains(QStringLiteral("lesson file(s) checked, 3 valid, %1 problem(s)").arg(run.out.size())),
             qPrintable(run.err));
}

void TestCheckLessons::missingFolderExitsOne()
{
    QTemporaryDir tmp;
    const QString missing = tmp.filePath(QStringLiteral("nothing-here"));
    const Run run = check(missing);
    QCOMPARE(run.code, 1);
    QCOMPARE(run.out, QStringList{missing + QStringLiteral(": (file): catalogue folder not found")});

    const Run empty = check(tmp.path());
    QCOMPARE(empty.code, 1);
    QVERIFY(empty.out.contains(tmp.path() + QStringLiteral(": (file): no lesson.json found in the catalogue")));
}

void TestCheckLessons::relativePathKeptInOutput()
{
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dataDir));
    const Run run = check(QStringLiteral("lessons-broken/"));
    QDir::setCurrent(previous);
    QCOMPARE(run.code, 1);
    QVERIFY(run.out.contains(QStringLiteral("lessons-broken/top-level-array/lesson.json: (root): expected an object, found an array")));
}

QTEST_GUILESS_MAIN(TestCheckLessons)
#include "tst_checklessons.moc"

// Every lesson shipped in lessons/ goes through the real loader with zero problems.

#include "lessons/catalogue.h"

#include <QDirIterator>
#include <QTest>

class TestShippedLessons : public QObject
{
    Q_OBJECT

private slots:
    void catalogueHasNoProblems();
};

void TestShippedLessons::catalogueHasNoProblems()
{
    const QString root = qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS");
    QVERIFY2(!root.isEmpty(), "PASSERELLE_SOURCE_LESSONS is not set (run through ctest)");
    const Catalogue catalogue = LessonLoader::loadCatalogue(root);
    QStringList lines;
    for (const LessonProblem &p : catalogue.problems)
        lines << p.toString();
    QVERIFY2(catalogue.problems.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(!catalogue.modules.isEmpty());
    QVERIFY(catalogue.lessons.size() >= 1);

    // Every lesson file on disk made it into the catalogue.
    qsizetype files = 0;
    QDirIterator it(root, {QStringLiteral("lesson.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    QCOMPARE(catalogue.lessons.size(), files);
    for (const Lesson &lesson : catalogue.lessons)
        QVERIFY2(catalogue.findModule(lesson.module), qPrintable(lesson.id));
}

QTEST_GUILESS_MAIN(TestShippedLessons)
#include "tst_shippedlessons.moc"

// The home screen's suggestion when no mediator path exists: the catalogue read as a path.

#include "lessons/learningpath.h"

#include <QTest>

class TestLearningPath : public QObject
{
    Q_OBJECT

private:
    static Lesson lesson(const QString &id, const QStringList &prerequisites = {})
    {
        Lesson l;
        l.id = id;
        l.prerequisites = prerequisites;
        return l;
    }

private slots:
    void followsPrerequisitesInCatalogueOrder()
    {
        Catalogue c;
        c.lessons << lesson(QStringLiteral("A1")) << lesson(QStringLiteral("A2"), {QStringLiteral("A1")})
                  << lesson(QStringLiteral("B1"), {QStringLiteral("A2")}) << lesson(QStringLiteral("C1"), {QStringLiteral("A1")});
        QCOMPARE(LearningPath::suggestNext(c, {}), QStringLiteral("A1"));
        QCOMPARE(LearningPath::suggestNext(c, {QStringLiteral("A1")}), QStringLiteral("A2"));
        // A lesson done out of order does not block the path.
        QCOMPARE(LearningPath::suggestNext(c, {QStringLiteral("A1"), QStringLiteral("A2")}), QStringLiteral("B1"));
        QCOMPARE(LearningPath::suggestNext(c, {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B1")}), QStringLiteral("C1"));
        QCOMPARE(LearningPath::suggestNext(c, {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("B1"), QStringLiteral("C1")}), QString());
    }

    void disabledPrerequisiteDoesNotBlock()
    {
        Catalogue c;
        c.lessons << lesson(QStringLiteral("A2"), {QStringLiteral("A1-broken")});
        QCOMPARE(LearningPath::suggestNext(c, {}), QStringLiteral("A2"));
    }

    void shippedCatalogueStartsAtTheFirstLesson()
    {
        const Catalogue c = LessonLoader::loadCatalogue(qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS"));
        QCOMPARE(LearningPath::suggestNext(c, {}), QStringLiteral("A1-allumer"));
        QCOMPARE(LearningPath::suggestNext(c, {QStringLiteral("A1-allumer")}), QStringLiteral("A2-cliquer"));
        // Someone who finished everything but one procedure is sent to it.
        QSet<QString> done;
        for (const Lesson &l : c.lessons)
            done.insert(l.id);
        done.remove(QStringLiteral("E3-declaration-famille"));
        QCOMPARE(LearningPath::suggestNext(c, done), QStringLiteral("E3-declaration-famille"));
    }
};

QTEST_GUILESS_MAIN(TestLearningPath)
#include "tst_learningpath.moc"

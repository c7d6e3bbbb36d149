// The shipped catalogue as a path for residents (issue "The lesson catalogue"): size, shape,
// the three tutor languages everywhere, procedures with a checked date and a trap, and the
// generated overview kept current.

#include "lessons/catalogue.h"
#include "lessons/catalogueoverview.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QUrl>

class TestCatalogueQuality : public QObject
{
    Q_OBJECT

private:
    Catalogue m_catalogue;
    const QStringList m_languages{QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")};

    QString missingLanguages(const LocalizedText &text) const
    {
        QStringList missing;
        for (const QString &lang : m_languages)
            if (!text.has(lang))
                missing << lang;
        return missing.join(QLatin1Char(','));
    }

private slots:
    void initTestCase()
    {
        m_catalogue = LessonLoader::loadCatalogue(qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS"));
        QVERIFY(m_catalogue.isValid());
    }

    void atLeastThirtyLessonsInSixModules()
    {
        QVERIFY2(m_catalogue.lessons.size() >= 30, qPrintable(QString::number(m_catalogue.lessons.size())));
        QCOMPARE(m_catalogue.modules.size(), 6);
        for (const Module &module : std::as_const(m_catalogue.modules))
            QVERIFY2(!m_catalogue.lessonsOfModule(module.id).isEmpty(), qPrintable(module.id));
        // One lesson per real procedure P1-P8.
        QCOMPARE(m_catalogue.lessonsOfModule(QStringLiteral("E")).size(), 8);
    }

    void lessonsAreShortAndStepwise()
    {
        for (const Lesson &lesson : std::as_const(m_catalogue.lessons)) {
            QVERIFY2(lesson.steps.size() >= 5 && lesson.steps.size() <= 15, qPrintable(lesson.id));
            QVERIFY2(lesson.minutes >= 5 && lesson.minutes <= 15, qPrintable(lesson.id));
        }
    }

    void tutorTextInThreeLanguages()
    {
        for (const Lesson &lesson : std::as_const(m_catalogue.lessons)) {
            QVERIFY2(missingLanguages(lesson.title).isEmpty(), qPrintable(lesson.id + QStringLiteral(" title")));
            QVERIFY2(missingLanguages(lesson.goal).isEmpty(), qPrintable(lesson.id + QStringLiteral(" goal")));
            for (const Step &step : lesson.steps) {
                const QString where = lesson.id + QLatin1Char(' ') + step.id;
                QVERIFY2(missingLanguages(step.say).isEmpty(), qPrintable(where + QStringLiteral(" say")));
                QVERIFY2(missingLanguages(step.hint).isEmpty(), qPrintable(where + QStringLiteral(" hint")));
                QVERIFY2(missingLanguages(step.success).isEmpty(), qPrintable(where + QStringLiteral(" success")));
                for (const WrongRule &rule : step.wrong)
                    QVERIFY2(missingLanguages(rule.message).isEmpty(), qPrintable(where + QStringLiteral(" wrong")));
            }
        }
    }

    void proceduresAreCheckedAndHaveATrap()
    {
        for (const Lesson *lesson : m_catalogue.lessonsOfModule(QStringLiteral("E"))) {
            QVERIFY2(lesson->checked.has_value(), qPrintable(lesson->id));
            int rules = 0;
            for (const Step &step : lesson->steps)
                rules += static_cast<int>(step.wrong.size());
            QVERIFY2(rules >= 1, qPrintable(lesson->id + QStringLiteral(": no trap step")));
            for (const Scene &scene : lesson->scenes)
                if (scene.kind == SceneKind::Browser)
                    QVERIFY2(QUrl(scene.address).host().endsWith(QStringLiteral(".exemple")), qPrintable(scene.address));
        }
    }

    void prerequisitesFormAPathFromTheFirstLesson()
    {
        // Exactly one starting point, and every lesson reachable from it through prerequisites.
        QStringList roots;
        for (const Lesson &lesson : std::as_const(m_catalogue.lessons))
            if (lesson.prerequisites.isEmpty())
                roots << lesson.id;
        QCOMPARE(roots, QStringList{QStringLiteral("A1-allumer")});

        QSet<QString> reached{roots.constFirst()};
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Lesson &lesson : std::as_const(m_catalogue.lessons)) {
                if (reached.contains(lesson.id))
                    continue;
                bool ready = true;
                for (const QString &pre : lesson.prerequisites)
                    ready = ready && reached.contains(pre);
                if (ready) {
                    reached.insert(lesson.id);
                    grew = true;
                }
            }
        }
        QCOMPARE(reached.size(), m_catalogue.lessons.size());
    }

    void overviewIsCurrent()
    {
        QFile file(qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS") + QStringLiteral("/CATALOGUE.md"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "lessons/CATALOGUE.md is missing: cmake --build <build> --target catalogue");
        const QString committed = QString::fromUtf8(file.readAll());
        QVERIFY2(committed == CatalogueOverview::markdown(m_catalogue),
                 "lessons/CATALOGUE.md is stale: run cmake --build <build> --target catalogue");
    }
};

QTEST_GUILESS_MAIN(TestCatalogueQuality)
#include "tst_cataloguequality.moc"

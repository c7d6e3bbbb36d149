#include "catalogueoverview.h"

#include <QStringList>

namespace CatalogueOverview {

namespace {

QString cell(QString text)
{
    // A table cell: one line, no column separator.
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString kindsOf(const Lesson &lesson)
{
    QStringList kinds;
    for (const Scene &scene : lesson.scenes) {
        const QString name = sceneKindName(scene.kind);
        if (!kinds.contains(name))
            kinds << name;
    }
    return kinds.join(QStringLiteral(", "));
}

} // namespace

QString markdown(const Catalogue &catalogue)
{
    int totalMinutes = 0;
    int totalSteps = 0;
    for (const Lesson &lesson : catalogue.lessons) {
        totalMinutes += lesson.minutes;
        totalSteps += static_cast<int>(lesson.steps.size());
    }

    QString out;
    out += QStringLiteral("# Passerelle lesson catalogue\n\n");
    out += QStringLiteral("Generated from the lesson files by `cmake --build <build> --target catalogue`; "
                          "do not edit by hand (a test fails when this file is stale).\n\n");
    out += QStringLiteral("%1 lessons in %2 modules, %3 steps, about %4 hours of practice.\n")
                   .arg(catalogue.lessons.size())
                   .arg(catalogue.modules.size())
                   .arg(totalSteps)
                   .arg(QString::number(totalMinutes / 60.0, 'f', 1));

    for (const Module &module : catalogue.modules) {
        const QList<const Lesson *> lessons = catalogue.lessonsOfModule(module.id);
        out += QStringLiteral("\n## %1. %2\n\n").arg(module.id, cell(module.title.text(QStringLiteral("fr"))));
        const QString description = module.description.text(QStringLiteral("fr"));
        if (!description.isEmpty())
            out += cell(description) + QStringLiteral("\n\n");
        if (lessons.isEmpty()) {
            out += QStringLiteral("No lesson yet.\n");
            continue;
        }
        out += QStringLiteral("| id | title | minutes | steps | scenes | prerequisites | flow checked |\n");
        out += QStringLiteral("| --- | --- | ---: | ---: | --- | --- | --- |\n");
        for (const Lesson *lesson : lessons) {
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                           .arg(lesson->id, cell(lesson->title.text(QStringLiteral("fr"))))
                           .arg(lesson->minutes)
                           .arg(lesson->steps.size())
                           .arg(kindsOf(*lesson),
                                lesson->prerequisites.isEmpty() ? QStringLiteral("—")
                                                                : lesson->prerequisites.join(QStringLiteral(", ")),
                                lesson->checked ? lesson->checked->toString(Qt::ISODate) : QStringLiteral("—"));
        }
    }
    return out;
}

} // namespace CatalogueOverview

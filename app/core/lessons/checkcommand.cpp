#include "checkcommand.h"

#include "catalogue.h"

int runCheckLessons(const QString &dir, QTextStream &out, QTextStream &err)
{
    const Catalogue catalogue = LessonLoader::loadCatalogue(dir);
    for (const LessonProblem &problem : catalogue.problems)
        out << problem.toString() << '\n';
    out.flush();
    const qsizetype files = catalogue.lessons.size() + catalogue.disabled.size();
    err << QStringLiteral("%1 lesson file(s) checked, %2 valid, %3 problem(s)")
               .arg(files)
               .arg(catalogue.lessons.size())
               .arg(catalogue.problems.size())
        << '\n';
    err.flush();
    return catalogue.problems.isEmpty() ? 0 : 1;
}

// catalogue_overview LESSONS_DIR OUTPUT.md: writes the catalogue overview (lessons/CATALOGUE.md).

#include "lessons/catalogueoverview.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() != 3) {
        err << "usage: catalogue_overview LESSONS_DIR OUTPUT.md\n";
        return 2;
    }
    const Catalogue catalogue = LessonLoader::loadCatalogue(args.at(1));
    if (!catalogue.isValid()) {
        for (const LessonProblem &problem : catalogue.problems)
            err << problem.toString() << '\n';
        err << "catalogue_overview: fix the problems above first\n";
        return 1;
    }
    QSaveFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(CatalogueOverview::markdown(catalogue).toUtf8()) < 0 || !out.commit()) {
        err << "catalogue_overview: cannot write " << args.at(2) << '\n';
        return 1;
    }
    return 0;
}

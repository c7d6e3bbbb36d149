#pragma once

#include "lessons/lesson.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

/// One problem found in a lesson file, printed as `FILE: JSON-PATH: message`.
struct LessonProblem
{
    QString file;    ///< path as given to the loader (relative to the working dir when it was)
    QString path;    ///< JSON path, e.g. `steps[2].expect.target`; `(file)` for file-level problems
    QString message; ///< English, one line, for mediators and CI

    QString toString() const { return file + QStringLiteral(": ") + path + QStringLiteral(": ") + message; }
};

/// Everything loaded from a catalogue folder: the valid lessons and, for staff and
/// `--check-lessons`, every problem found. A broken lesson is left out, never fatal.
struct Catalogue
{
    QString root;                    ///< the catalogue folder (absolute, canonical)
    QList<Module> modules;           ///< sorted by `order`
    QList<Lesson> lessons;           ///< valid lessons only, by module order then file path
    QList<LessonProblem> problems;   ///< every problem, in file order
    /// Files that were refused (lesson file -> its first problem), for the staff status screen.
    QHash<QString, QString> disabled;

    bool isValid() const { return problems.isEmpty(); }
    const Lesson *findLesson(const QString &lessonId) const;
    const Module *findModule(const QString &moduleId) const;
    QList<const Lesson *> lessonsOfModule(const QString &moduleId) const;
};

/// Reads lessons from disk with every check of lessons/README.md.
class LessonLoader
{
public:
    /// Largest lesson file accepted.
    static constexpr qint64 MaxFileBytes = 2 * 1024 * 1024;

    /// Loads `modules.json` and every `lesson.json` under `rootDir`, then checks the
    /// cross-lesson rules (unique ids, known modules, known and acyclic prerequisites).
    static Catalogue loadCatalogue(const QString &rootDir);

    /// Parses one lesson from bytes (no file-system checks of assets unless `catalogueRoot`
    /// is given). Appends problems; returns true when the lesson is valid. Used by the fuzzer.
    static bool parseLesson(const QByteArray &bytes, const QString &fileName, const QString &catalogueRoot,
                            Lesson &lesson, QList<LessonProblem> &problems);
};

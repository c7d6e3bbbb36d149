// LessonLoader against real files: a complete valid catalogue, and a catalogue of broken
// lessons (committed in tests/data/lessons-broken, plus the cases generated here: invalid
// UTF-8, 3 MB, symlinks leading out, deep nesting). Every broken case asserts the FILE and
// the JSON PATH of its message.

#include "lessons/catalogue.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString dataDir = QStringLiteral(PASSERELLE_LESSON_TEST_DATA);

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(source, target)) {
            return false;
        }
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// A small valid lesson whose id is `id`, with `scene elements` given as JSON text.
QByteArray smallLesson(const QByteArray &id, const QByteArray &elements = QByteArrayLiteral(
                                                 R"([{"id": "ok", "kind": "button", "label": "OK"}])"))
{
    return QByteArrayLiteral(R"({"format": 1, "id": ")") + id
           + QByteArrayLiteral(R"(", "version": 1, "module": "A", "title": {"fr": "Titre"}, "goal": {"fr": "But"},
  "minutes": 3, "scenes": [{"id": "s", "kind": "practice", "elements": )")
           + elements + QByteArrayLiteral(R"(}],
  "steps": [{"id": "go", "scene": "s", "say": {"fr": "Cliquez."}, "expect": {"action": "listen"}}]})");
}

QString describe(const QList<LessonProblem> &problems)
{
    QStringList lines;
    for (const LessonProblem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestLessonLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void validCatalogueHasNoProblems();
    void validLessonModel();
    void validAssetsResolvedInsideCatalogue();
    void modulesSortedByOrder();

    void brokenFileNamedWithPath_data();
    void brokenFileNamedWithPath();
    void brokenLessonsAreDisabledOthersLoad();
    void problemsAreSingleLinesInFileOrder();
    void markupIsKeptAsPlainText();
    void prerequisiteCycleNamed();

    void missingCatalogueFolder();
    void missingModulesFile();
    void parseLessonWithoutCatalogue();
    void duplicateKeyLastOneWins();
    void hostileBytesNeverCrash_data();
    void hostileBytesNeverCrash();

private:
    QTemporaryDir m_tmp;
    QString m_previousDir;
    Catalogue m_valid;
    Catalogue m_broken;
};

void TestLessonLoader::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_valid = LessonLoader::loadCatalogue(dataDir + QStringLiteral("/lessons-valid"));

    // The broken catalogue is copied so the generated cases can join the committed ones.
    const QString broken = m_tmp.filePath(QStringLiteral("broken"));
    QVERIFY(copyTree(dataDir + QStringLiteral("/lessons-broken"), broken));

    // Invalid UTF-8: a lone continuation byte on line 3.
    QVERIFY(writeFile(broken + QStringLiteral("/invalid-utf8/lesson.json"),
                      QByteArrayLiteral("{\n  \"format\": 1,\n  \"id\": \"caf\xC3\xA9-\x80\"\n}\n")));
    // 3 MB of otherwise valid JSON: refused before it is read.
    QByteArray big = smallLesson("too-large");
    big.insert(1, QByteArrayLiteral("\"padding\": \"") + QByteArray(3 * 1024 * 1024, 'x') + QByteArrayLiteral("\", "));
    QVERIFY(writeFile(broken + QStringLiteral("/too-large/lesson.json"), big));
    // An asset that is a symlink leading out of the catalogue, to a file that exists.
    QVERIFY(writeFile(m_tmp.filePath(QStringLiteral("outside/secret.svg")), QByteArrayLiteral("<svg/>")));
    QVERIFY(writeFile(broken + QStringLiteral("/asset-symlink/lesson.json"),
                      smallLesson("asset-symlink", R"([{"id": "pic", "kind": "image", "image": "images/evil.svg"}])")));
    QDir().mkpath(broken + QStringLiteral("/asset-symlink/images"));
    QVERIFY(QFile::link(m_tmp.filePath(QStringLiteral("outside/secret.svg")),
                        broken + QStringLiteral("/asset-symlink/images/evil.svg")));
    // A lesson file that is itself a symlink leading out.
    QVERIFY(writeFile(m_tmp.filePath(QStringLiteral("outside/lesson.json")), smallLesson("outside")));
    QDir().mkpath(broken + QStringLiteral("/link-out"));
    QVERIFY(QFile::link(m_tmp.filePath(QStringLiteral("outside/lesson.json")), broken + QStringLiteral("/link-out/lesson.json")));
    // Elements nested 20 deep.
    QByteArray nested = R"({"id": "leaf", "kind": "folder"})";
    for (int i = 19; i >= 1; --i)
        nested = R"({"id": "f)" + QByteArray::number(i) + R"(", "kind": "folder", "children": [)" + nested + "]}";
    QVERIFY(writeFile(broken + QStringLiteral("/deep-nesting/lesson.json"), smallLesson("deep-nesting", "[" + nested + "]")));

    // Load through a relative path: problems must name files as the caller gave them.
    m_previousDir = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_tmp.path()));
    m_broken = LessonLoader::loadCatalogue(QStringLiteral("broken"));
}

void TestLessonLoader::cleanupTestCase()
{
    QDir::setCurrent(m_previousDir);
}

void TestLessonLoader::validCatalogueHasNoProblems()
{
    QVERIFY2(m_valid.isValid(), qPrintable(describe(m_valid.problems)));
    QCOMPARE(m_valid.lessons.size(), 2);
    QVERIFY(m_valid.disabled.isEmpty());
    QCOMPARE(m_valid.root, QFileInfo(dataDir + QStringLiteral("/lessons-valid")).canonicalFilePath());
}

void TestLessonLoader::validLessonModel()
{
    const Lesson *l = m_valid.findLesson(QStringLiteral("A1-complet"));
    QVERIFY(l);
    QCOMPARE(l->version, 3);
    QCOMPARE(l->module, QStringLiteral("A"));
    QCOMPARE(l->minutes, 12);
    QCOMPARE(l->title.text(QStringLiteral("ar")), QStringLiteral("تجربة كل شيء"));
    QCOMPARE(l->goal.text(QStringLiteral("en")), QStringLiteral("Vous savez tout faire.")); // falls back to fr
    QVERIFY(!l->checked.has_value());
    QVERIFY(l->prerequisites.isEmpty());
    QVERIFY(QFileInfo(l->filePath).isAbsolute());
    QCOMPARE(QFileInfo(l->filePath).fileName(), QStringLiteral("lesson.json"));
    QCOMPARE(l->directory, QFileInfo(l->filePath).absolutePath());
    QCOMPARE(l->scenes.size(), 3);
    QCOMPARE(l->steps.size(), 10);

    const Scene *desk = l->findScene(QStringLiteral("bureau"));
    QVERIFY(desk);
    QCOMPARE(desk->kind, SceneKind::Desktop);
    QCOMPARE(desk->extra.value(QStringLiteral("wallpaper")).toString(), QStringLiteral("bleu"));
    const Element *icon = desk->findElement(QStringLiteral("icone-dossier"));
    QVERIFY(icon);
    QCOMPARE(icon->kind, ElementKind::Icon);
    QCOMPARE(icon->icon, QStringLiteral("folder"));
    QCOMPARE(icon->x, 10.0);
    QCOMPARE(icon->y, 20.0);
    QCOMPARE(icon->width, -1.0);
    QCOMPARE(icon->menu.size(), 2);
    QCOMPARE(icon->menu.at(1).id, QStringLiteral("supprimer"));
    QCOMPARE(icon->menu.at(1).kind, ElementKind::MenuItem);
    const Element *file = desk->findElement(QStringLiteral("facture-mars"));
    QVERIFY(file);
    QCOMPARE(file->label, QStringLiteral("facture-mars.pdf"));
    QCOMPARE(desk->elements.at(3).children.at(0).children.at(0).id, QStringLiteral("facture-mars"));

    const Scene *web = l->findScene(QStringLiteral("connexion"));
    QVERIFY(web);
    QCOMPARE(web->kind, SceneKind::Browser);
    QCOMPARE(web->address, QStringLiteral("https://caisse-sante.exemple/connexion"));
    QCOMPARE(web->secure, false);
    QCOMPARE(l->findScene(QStringLiteral("bureau"))->secure, true); // default
    const Element *nir = web->findElement(QStringLiteral("nir"));
    QVERIFY(nir);
    QCOMPARE(nir->kind, ElementKind::TextField);
    QCOMPARE(nir->placeholder, QStringLiteral("13 chiffres"));
    QCOMPARE(nir->validation.required, true);
    QCOMPARE(nir->validation.pattern, QStringLiteral("^[0-9]{13}$"));
    QCOMPARE(nir->validation.minLength, 13);
    QCOMPARE(nir->validation.maxLength, 13);
    QCOMPARE(nir->validation.message, QStringLiteral("Saisissez 13 chiffres."));
    QCOMPARE(nir->validation.requiredMessage, QStringLiteral("Ce champ est obligatoire."));
    QVERIFY(web->findElement(QStringLiteral("secret"))->validation.isEmpty());
    const Element *country = web->findElement(QStringLiteral("pays"));
    QCOMPARE(country->options, (QStringList{QStringLiteral("France"), QStringLiteral("Belgique")}));
    QCOMPARE(country->value, QStringLiteral("France"));

    const Step &open = l->steps.at(0);
    QCOMPARE(open.id, QStringLiteral("ouvrir-dossier"));
    QCOMPARE(open.scene, QStringLiteral("bureau"));
    QCOMPARE(open.say.text(QStringLiteral("en")), QStringLiteral("Open the folder."));
    QCOMPARE(open.hint.text(QStringLiteral("fr")), QStringLiteral("Deux clics rapides."));
    QCOMPARE(open.success.text(QStringLiteral("ar")), QStringLiteral("Bravo !"));
    QCOMPARE(open.expect.action, ActionKind::DoubleClick);
    QCOMPARE(open.expect.target, QStringLiteral("icone-dossier"));
    QCOMPARE(open.expect.hasValue, false);
    QCOMPARE(open.wrong.size(), 1);
    QCOMPARE(open.wrong.at(0).when.action, ActionKind::Click);
    QCOMPARE(open.wrong.at(0).when.target, QStringLiteral("corbeille"));
    QCOMPARE(open.wrong.at(0).message.text(QStringLiteral("fr")), QStringLiteral("Ce n'est pas la corbeille."));

    QCOMPARE(l->steps.at(1).expect.action, ActionKind::Drag);
    QCOMPARE(l->steps.at(1).expect.to, QStringLiteral("corbeille"));
    const ActionMatcher &type = l->steps.at(2).expect;
    QCOMPARE(type.action, ActionKind::Type);
    QCOMPARE(type.match, TextMatch::Regex);
    QCOMPARE(type.value, QStringLiteral("^[0-9]{13}$"));
    QCOMPARE(type.example, QStringLiteral("1234567890123"));
    QCOMPARE(type.hasValue, true);
    QCOMPARE(l->steps.at(2).wrong.at(0).when.match, TextMatch::Regex);
    QCOMPARE(l->steps.at(3).expect.match, TextMatch::Exact);
    QCOMPARE(l->steps.at(6).wrong.at(0).when.field, QStringLiteral("nir"));
    QCOMPARE(l->steps.at(6).wrong.at(0).when.hasValue, true);
    QCOMPARE(l->steps.at(7).expect.action, ActionKind::Choose);
    QCOMPARE(l->steps.at(7).expect.values, (QStringList{QStringLiteral("q1"), QStringLiteral("q2")}));
    QCOMPARE(l->steps.at(8).expect.values.size(), 3);
    QCOMPARE(l->steps.at(9).expect.action, ActionKind::Listen);

    const Lesson *procedure = m_valid.findLesson(QStringLiteral("E1-demarche"));
    QVERIFY(procedure);
    QCOMPARE(procedure->checked, std::optional<QDate>(QDate(2025, 5, 14)));
    QCOMPARE(procedure->prerequisites, QStringList{QStringLiteral("A1-complet")});
    QCOMPARE(m_valid.lessonsOfModule(QStringLiteral("E")).size(), 1);
    QVERIFY(!m_valid.findLesson(QStringLiteral("nothing")));
}

void TestLessonLoader::validAssetsResolvedInsideCatalogue()
{
    const Lesson *l = m_valid.findLesson(QStringLiteral("A1-complet"));
    QVERIFY(l);
    const Scene *desk = l->findScene(QStringLiteral("bureau"));
    const QString own = desk->findElement(QStringLiteral("illustration"))->image;
    const QString shared = desk->findElement(QStringLiteral("logo"))->image; // "../../shared/…": inside
    QCOMPARE(own, m_valid.root + QStringLiteral("/a/a1-complet/images/dossier.svg"));
    QCOMPARE(shared, m_valid.root + QStringLiteral("/shared/logo.svg"));
    QVERIFY(QFileInfo(own).isFile());
    QVERIFY(QFileInfo(shared).isFile());
}

void TestLessonLoader::modulesSortedByOrder()
{
    QCOMPARE(m_valid.modules.size(), 2);
    QCOMPARE(m_valid.modules.at(0).id, QStringLiteral("A"));
    QCOMPARE(m_valid.modules.at(1).id, QStringLiteral("E"));
    QCOMPARE(m_valid.findModule(QStringLiteral("A"))->description.text(QStringLiteral("en")),
             QStringLiteral("La souris et le clavier."));
    // Lessons follow module order, not file order.
    QCOMPARE(m_valid.lessons.at(0).id, QStringLiteral("A1-complet"));
    QCOMPARE(m_valid.lessons.at(1).id, QStringLiteral("E1-demarche"));
}

void TestLessonLoader::brokenFileNamedWithPath_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const char *folder, const char *path, const char *message) {
        QTest::newRow(name) << QString::fromUtf8(folder) << QString::fromUtf8(path) << QString::fromUtf8(message);
    };
    row("empty", "empty", "(file)", "file is empty");
    row("truncated", "truncated", "(file)", "invalid JSON at line 4, column 25: unterminated string");
    row("invalid UTF-8", "invalid-utf8", "(file)", "invalid UTF-8 at line 3, column 15 (byte 32)");
    row("3 MB", "too-large", "(file)", "file is larger than 2 MB");
    row("top level array", "top-level-array", "(root)", "expected an object, found an array");
    row("wrong type: minutes", "wrong-types", "minutes", "expected a whole number, found a string");
    row("wrong type: say", "wrong-types", "steps[0].say", "expected an object, found a string");
    row("wrong type: secure", "wrong-types", "scenes[0].secure", "expected true or false, found a string");
    row("wrong type: prerequisites", "wrong-types", "prerequisites", "expected an array, found a string");
    row("missing title", "missing-fields", "title", "required field is missing");
    row("missing expect", "missing-fields", "steps[0].expect", "required field is missing");
    row("missing element kind", "missing-fields", "scenes[0].elements[0].kind", "required field is missing");
    row("duplicate element id", "duplicate-ids", "scenes[0].elements[2].id",
        "duplicate element id \"icon-docs\" in scene \"desktop\" (first at scenes[0].elements[0])");
    row("duplicate scene id", "duplicate-ids", "scenes[1].id", "duplicate scene id \"desktop\"");
    row("duplicate step id", "duplicate-ids", "steps[1].id", "duplicate step id \"open\"");
    row("duplicate lesson id", "later-duplicate", "id", "duplicate lesson id \"good\" (also in broken/good/lesson.json)");
    row("asset ../", "asset-dotdot", "scenes[0].elements[1].image",
        "asset path \"../../../../outside.svg\" leads out of the catalogue");
    row("asset absolute", "asset-absolute", "scenes[0].elements[1].image", "absolute asset path \"/etc/hostname\"");
    row("asset symlink out", "asset-symlink", "scenes[0].elements[0].image",
        "asset \"images/evil.svg\" is a link leading out of the catalogue");
    row("asset missing", "asset-missing", "scenes[0].elements[1].image", "asset file \"images/nope.svg\" is missing");
    row("lesson symlink out", "link-out", "(file)", "link leading out of the catalogue");
    row("unknown scene kind", "unknown-kinds", "scenes[0].kind", "unknown scene kind \"desk\"");
    row("unknown element kind", "unknown-kinds", "scenes[0].elements[0].kind", "unknown element kind \"buton\"");
    row("unknown action", "unknown-kinds", "steps[0].expect.action", "unknown action \"tap\"");
    row("missing target", "missing-target", "steps[0].expect.target", "no element \"icon-folder\" in scene \"desktop\"");
    row("bad validation pattern", "bad-regex", "scenes[0].elements[2].children[0].validation.pattern",
        "regular expression does not compile");
    row("bad expected regex", "bad-regex", "steps[0].expect.value", "regular expression does not compile");
    row("missing fr", "missing-fr", "title.fr", "French text is missing");
    row("blank fr", "missing-fr", "steps[0].say.fr", "French text is empty");
    row("unknown prerequisite", "unknown-prerequisite", "prerequisites[1]", "unknown lesson \"Z9-nowhere\"");
    row("cycle a", "cycle-a", "prerequisites[0]", "prerequisite cycle: cycle-a -> cycle-b -> cycle-a");
    row("cycle b", "cycle-b", "prerequisites[0]", "prerequisite cycle: cycle-b -> cycle-a -> cycle-b");
    row("unknown module", "unknown-module", "module", "unknown module \"Q\" (not in modules.json)");
    row("unknown field", "unknown-field", "tittle", "unknown field \"tittle\"");
    row("procedure without checked", "procedure-unchecked", "checked", "required field is missing");
    row("minutes out of range", "bad-values", "minutes", "must be between 1 and 60, found 90");
    row("format 2", "bad-values", "format", "unsupported format 2");
    row("version 0", "bad-values", "version", "must be 1 or more");
    row("id syntax", "bad-values", "id", "\"bad values!\" is not a valid id");
    row("type on an icon", "action-mismatch", "steps[0].expect.target",
        "\"type\" needs a text-field, password-field or date-field; \"icon-docs\" is an icon");
    row("drag without to", "action-mismatch", "steps[1].expect.to", "\"drag\" needs \"to\"");
    row("choose a non-option", "action-mismatch", "steps[2].expect.values[0]", "\"icon-docs\" is an icon, not an option");
    row("choose a missing option", "action-mismatch", "steps[2].expect.values[1]", "no element \"nothing\" in scene");
    row("step in a missing scene", "action-mismatch", "steps[3].scene", "no scene \"bureau\" in this lesson");
    // elements[0] is level 1; the `children` of level 16 are refused.
    const QByteArray deep = "scenes[0].elements[0]" + QByteArray(".children[0]").repeated(15) + ".children";
    row("nesting too deep", "deep-nesting", deep.constData(), "elements are nested deeper than 16 levels");
}

void TestLessonLoader::brokenFileNamedWithPath()
{
    QFETCH(QString, folder);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const QString file = QStringLiteral("broken/") + folder + QStringLiteral("/lesson.json");
    QList<LessonProblem> ofFile;
    for (const LessonProblem &p : std::as_const(m_broken.problems))
        if (p.file == file)
            ofFile << p;
    bool found = false;
    for (const LessonProblem &p : std::as_const(ofFile))
        found = found || (p.path == path && p.message.contains(message));
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1: %2: …%3… among:\n%4")
                                   .arg(file, path, message, describe(ofFile))));
    QVERIFY(m_broken.disabled.contains(file));
}

void TestLessonLoader::brokenLessonsAreDisabledOthersLoad()
{
    QStringList ids;
    for (const Lesson &l : std::as_const(m_broken.lessons))
        ids << l.id;
    // The good lesson, hostile-but-harmless markup, and a lesson whose prerequisite is broken
    // (prerequisites only order the path: it stays valid).
    QCOMPARE(ids, (QStringList{QStringLiteral("depends-on-broken"), QStringLiteral("good"), QStringLiteral("markup")}));
    QVERIFY(!m_broken.isValid());
    QCOMPARE(m_broken.modules.size(), 2);
    // Every other lesson file is listed with its first problem.
    QVERIFY(m_broken.disabled.contains(QStringLiteral("broken/empty/lesson.json")));
    QCOMPARE(m_broken.disabled.value(QStringLiteral("broken/empty/lesson.json")), QStringLiteral("(file): file is empty"));
    QVERIFY(!m_broken.disabled.contains(QStringLiteral("broken/good/lesson.json")));
    qsizetype files = 0;
    QDirIterator it(QStringLiteral("broken"), {QStringLiteral("lesson.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++files;
    }
    QCOMPARE(m_broken.disabled.size() + m_broken.lessons.size(), files);
}

void TestLessonLoader::problemsAreSingleLinesInFileOrder()
{
    QString previousFile;
    QStringList order;
    for (const LessonProblem &p : std::as_const(m_broken.problems)) {
        QVERIFY2(!p.toString().contains(QLatin1Char('\n')), qPrintable(p.toString()));
        QVERIFY(!p.path.isEmpty());
        if (p.file != previousFile) {
            QVERIFY2(!order.contains(p.file), qPrintable(QStringLiteral("problems of %1 are not together").arg(p.file)));
            order << p.file;
            previousFile = p.file;
        }
    }
    QStringList sorted = order;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(order, sorted);
}

void TestLessonLoader::markupIsKeptAsPlainText()
{
    const Lesson *l = m_broken.findLesson(QStringLiteral("markup"));
    QVERIFY(l);
    QCOMPARE(l->title.text(QStringLiteral("fr")), QStringLiteral("<script>alert(1)</script><b>Gras</b>"));
}

void TestLessonLoader::prerequisiteCycleNamed()
{
    QVERIFY(!m_broken.findLesson(QStringLiteral("cycle-a")));
    QVERIFY(!m_broken.findLesson(QStringLiteral("cycle-b")));
    QVERIFY(m_broken.findLesson(QStringLiteral("depends-on-broken")));
}

void TestLessonLoader::missingCatalogueFolder()
{
    const Catalogue c = LessonLoader::loadCatalogue(QStringLiteral("no/such/folder"));
    QCOMPARE(c.problems.size(), 1);
    QCOMPARE(c.problems.at(0).toString(), QStringLiteral("no/such/folder: (file): catalogue folder not found"));
    QVERIFY(c.lessons.isEmpty());
}

void TestLessonLoader::missingModulesFile()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("x/lesson.json")), smallLesson("x")));
    const Catalogue c = LessonLoader::loadCatalogue(dir.path());
    const QString modules = dir.path() + QStringLiteral("/modules.json");
    const QString lesson = dir.path() + QStringLiteral("/x/lesson.json");
    QCOMPARE(c.problems.size(), 2);
    QCOMPARE(c.problems.at(0).toString(), modules + QStringLiteral(": (file): file not found"));
    QCOMPARE(c.problems.at(1).toString(), lesson + QStringLiteral(": module: unknown module \"A\" (not in modules.json)"));
    QVERIFY(c.lessons.isEmpty());
}

void TestLessonLoader::parseLessonWithoutCatalogue()
{
    Lesson lesson;
    QList<LessonProblem> problems;
    QVERIFY2(LessonLoader::parseLesson(smallLesson("solo"), QStringLiteral("solo.json"), QString(), lesson, problems),
             qPrintable(describe(problems)));
    QCOMPARE(lesson.id, QStringLiteral("solo"));
    QCOMPARE(lesson.filePath, QDir::current().absoluteFilePath(QStringLiteral("solo.json")));

    // Without a catalogue the file system is not consulted, but absolute paths are still refused.
    problems.clear();
    QVERIFY(!LessonLoader::parseLesson(smallLesson("abs", R"([{"id": "p", "kind": "image", "image": "/etc/passwd"}])"),
                                       QStringLiteral("abs.json"), QString(), lesson, problems));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).path, QStringLiteral("scenes[0].elements[0].image"));
}

void TestLessonLoader::duplicateKeyLastOneWins()
{
    QByteArray bytes = smallLesson("dup");
    bytes.replace("\"minutes\": 3,", "\"minutes\": 3, \"minutes\": 7,");
    Lesson lesson;
    QList<LessonProblem> problems;
    QVERIFY2(LessonLoader::parseLesson(bytes, QStringLiteral("dup.json"), QString(), lesson, problems),
             qPrintable(describe(problems)));
    QCOMPARE(lesson.minutes, 7);
}

void TestLessonLoader::hostileBytesNeverCrash_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::newRow("nul bytes") << QByteArray(64, '\0') << QStringLiteral("(file): invalid JSON at line 1, column ");
    QTest::newRow("whitespace") << QByteArrayLiteral(" \n\t\r\n") << QStringLiteral("(file): file is empty");
    QTest::newRow("number") << QByteArrayLiteral("42") << QString();
    QTest::newRow("string") << QByteArrayLiteral("\"lesson\"") << QString();
    QTest::newRow("deep arrays") << QByteArray(100000, '[') << QString();
    QTest::newRow("overlong UTF-8") << QByteArrayLiteral("{\"id\": \"\xC0\xAF\"}")
                                    << QStringLiteral("(file): invalid UTF-8 at line 1, column 9 (byte 8)");
    QTest::newRow("UTF-16 surrogate in UTF-8") << QByteArrayLiteral("{\"id\": \"\xED\xA0\x80\"}")
                                               << QStringLiteral("(file): invalid UTF-8 at line 1, column 9 (byte 8)");
    QTest::newRow("truncated sequence") << QByteArrayLiteral("{\"id\": \"\xE2\x82") << QString();
    QTest::newRow("BOM accepted") << QByteArrayLiteral("\xEF\xBB\xBF[]") << QStringLiteral("(root): expected an object, found an array");
    QTest::newRow("error column counts characters") << QByteArrayLiteral("{\"é\": 1,\n \"à\": x}")
                                                    << QStringLiteral("(file): invalid JSON at line 2, column 7: ");
    QTest::newRow("control char in kind") << QByteArrayLiteral(R"({"scenes": [{"id": "s", "kind": "a\nb"}]})")
                                          << QStringLiteral("scenes[0].kind: unknown scene kind \"a\\nb\"");
    QTest::newRow("newline in key") << QByteArrayLiteral(R"({"x\ny": 1})") << QStringLiteral("x\\ny: unknown field \"x\\ny\"");
    QTest::newRow("huge number") << QByteArrayLiteral(R"({"minutes": 1e308, "version": 1.5})")
                                 << QStringLiteral("minutes: expected a whole number, found a number");
}

void TestLessonLoader::hostileBytesNeverCrash()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    Lesson lesson;
    QList<LessonProblem> problems;
    QVERIFY(!LessonLoader::parseLesson(bytes, QStringLiteral("hostile.json"), QString(), lesson, problems));
    QVERIFY(!problems.isEmpty());
    for (const LessonProblem &p : std::as_const(problems)) {
        QCOMPARE(p.file, QStringLiteral("hostile.json"));
        QVERIFY2(!p.toString().contains(QLatin1Char('\n')), qPrintable(p.toString()));
    }
    if (!problem.isEmpty()) {
        bool found = false;
        for (const LessonProblem &p : std::as_const(problems))
            found = found || QString(p.path + QStringLiteral(": ") + p.message).startsWith(problem);
        QVERIFY2(found, qPrintable(describe(problems)));
    }
}

QTEST_GUILESS_MAIN(TestLessonLoader)
#include "tst_lessonloader.moc"

// NarrationCatalog on a temporary catalogue: the lesson's recording beats the generated clip,
// which beats nothing; stale clips are refused; clips are found by text; hostile names and
// symlinks never lead outside.

#include "narrationtesthelpers.h"

#include "narration/narrationcatalog.h"
#include "narration/narrationmanifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString LessonJson = QStringLiteral(R"({
  "format": 1, "id": "T1-essai", "version": 1, "module": "A",
  "steps": [
    { "id": "cliquer", "say": { "fr": "Cliquez." },
      "wrong": [
        { "action": "click", "target": "a", "message": { "fr": "Pas celui-ci.", "en": "Not this one." } },
        { "action": "click", "target": "b", "message": { "fr": "Ce lien est un piège.", "ar": "هذا الرابط فخ." } }
      ] }
  ] })");

/// Any file (generated clips are trusted by name: the build checked them).
void touch(const QString &path, const QByteArray &bytes = "x")
{
    QVERIFY(NarrationTest::writeFile(path, bytes));
}

/// A real recording: recordings are checked before use.
void record(const QString &path)
{
    QVERIFY(!NarrationTest::opusClip().isEmpty());
    QVERIFY(NarrationTest::writeFile(path, NarrationTest::opusClip()));
}

} // namespace

class TestNarrationCatalog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordingBeatsGeneratedBeatsNone();
    void damagedRecordingGivesWayToTheGeneratedVoice();
    void generatedClipMustSayTheText();
    void findsAClipByItsText();
    void frenchFallbackTextUsesTheFrenchClip();
    void lessonIdReadFromTheLessonFile();
    void plainWrongPartFindsTheRuleByItsText();
    void interfaceAndLessonEnd();
    void withoutManifestNamesAreTrusted();
    void hostileNamesNeverMakePaths();
    void symlinkLeavingTheLessonIsIgnored();
    void defaultGeneratedRoot();

private:
    void addGenerated(const QString &relative, const QString &language, const QString &text);
    void saveManifest();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_lessonDir;
    QString m_root;
    NarrationManifest m_manifest;
};

void TestNarrationCatalog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_lessonDir = m_dir->filePath(QStringLiteral("lessons/a/t1"));
    m_root = m_dir->filePath(QStringLiteral("narration"));
    touch(m_lessonDir + QStringLiteral("/lesson.json"), LessonJson.toUtf8());
    QVERIFY(QDir().mkpath(m_root));
    m_manifest = {};
}

void TestNarrationCatalog::addGenerated(const QString &relative, const QString &language, const QString &text)
{
    touch(QDir(m_root).filePath(relative));
    m_manifest.clips.insert(relative, {language, NarrationManifest::textHash(text), QStringLiteral("r")});
}

void TestNarrationCatalog::saveManifest()
{
    QString error;
    QVERIFY2(m_manifest.save(m_root, &error), qPrintable(error));
}

void TestNarrationCatalog::recordingBeatsGeneratedBeatsNone()
{
    const QString say = QStringLiteral("Cliquez.");
    addGenerated(QStringLiteral("T1-essai/fr/cliquer-say.ogg"), QStringLiteral("fr"), say);
    saveManifest();
    const QString recording = m_lessonDir + QStringLiteral("/audio/fr/cliquer-say.ogg");

    {
        const NarrationCatalog catalog(m_root);
        QVERIFY(catalog.hasManifest());
        const auto clip = catalog.resolveStep(m_lessonDir, QStringLiteral("T1-essai"), QStringLiteral("cliquer"),
                                              QStringLiteral("say"), QStringLiteral("fr"), say);
        QCOMPARE(clip.source, NarrationCatalog::Source::Generated);
        QCOMPARE(clip.path, QDir(m_root).filePath(QStringLiteral("T1-essai/fr/cliquer-say.ogg")));
    }

    record(recording);
    {
        const NarrationCatalog catalog(m_root);
        const auto clip = catalog.resolveStep(m_lessonDir, QStringLiteral("T1-essai"), QStringLiteral("cliquer"),
                                              QStringLiteral("say"), QStringLiteral("fr"), say);
        QCOMPARE(clip.source, NarrationCatalog::Source::Recording);
        QCOMPARE(QFileInfo(clip.path).canonicalFilePath(), QFileInfo(recording).canonicalFilePath());
    }

    QVERIFY(QFile::remove(recording));
    QVERIFY(QFile::remove(QDir(m_root).filePath(QStringLiteral("T1-essai/fr/cliquer-say.ogg"))));
    {
        const NarrationCatalog catalog(m_root);
        const auto clip = catalog.resolveStep(m_lessonDir, QStringLiteral("T1-essai"), QStringLiteral("cliquer"),
                                              QStringLiteral("say"), QStringLiteral("fr"), say);
        QCOMPARE(clip.source, NarrationCatalog::Source::None);
        QVERIFY(clip.isNull());
    }
    // No generated root at all: recordings only.
    record(recording);
    const NarrationCatalog none;
    QCOMPARE(none.resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), QStringLiteral("say"), QStringLiteral("fr"))
                 .source,
             NarrationCatalog::Source::Recording);
    QVERIFY(none.resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), QStringLiteral("hint"), QStringLiteral("fr"))
                .isNull());
}

void TestNarrationCatalog::damagedRecordingGivesWayToTheGeneratedVoice()
{
    const QString say = QStringLiteral("Cliquez.");
    addGenerated(QStringLiteral("T1-essai/fr/cliquer-say.ogg"), QStringLiteral("fr"), say);
    saveManifest();
    const QString recording = m_lessonDir + QStringLiteral("/audio/fr/cliquer-say.ogg");
    QByteArray damaged = NarrationTest::opusClip();
    damaged.chop(20); // cut short, as by a failed copy
    touch(recording, damaged);
    const NarrationCatalog catalog(m_root);
    auto clip = catalog.resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), QStringLiteral("say"),
                                    QStringLiteral("fr"), say);
    QCOMPARE(clip.source, NarrationCatalog::Source::Generated);
    // Repaired (a new file version): used again.
    QTest::qWait(10); // a different modification time
    record(recording);
    clip = catalog.resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), QStringLiteral("say"),
                               QStringLiteral("fr"), say);
    QCOMPARE(clip.source, NarrationCatalog::Source::Recording);
}

void TestNarrationCatalog::generatedClipMustSayTheText()
{
    addGenerated(QStringLiteral("T1-essai/fr/cliquer-say.ogg"), QStringLiteral("fr"), QStringLiteral("Ancien texte."));
    saveManifest();
    const NarrationCatalog catalog(m_root);
    // The lesson was edited after the build: the old voice must not say another instruction.
    QVERIFY(catalog.resolveStep(m_lessonDir, QStringLiteral("T1-essai"), QStringLiteral("cliquer"),
                                QStringLiteral("say"), QStringLiteral("fr"), QStringLiteral("Nouveau texte."))
                .isNull());
    // White space does not count.
    QVERIFY(!catalog.resolveStep(m_lessonDir, QStringLiteral("T1-essai"), QStringLiteral("cliquer"),
                                 QStringLiteral("say"), QStringLiteral("fr"), QStringLiteral("  Ancien\n texte. "))
                 .isNull());
    // Without a text to compare, the name decides.
    QVERIFY(!catalog.resolveStep(m_lessonDir, QStringLiteral("T1-essai"), QStringLiteral("cliquer"),
                                 QStringLiteral("say"), QStringLiteral("fr"))
                 .isNull());
}

void TestNarrationCatalog::findsAClipByItsText()
{
    addGenerated(QStringLiteral("interface/fr/goodbye.ogg"), QStringLiteral("fr"), QStringLiteral("Au revoir !"));
    addGenerated(QStringLiteral("interface/en/goodbye.ogg"), QStringLiteral("en"), QStringLiteral("Goodbye!"));
    saveManifest();
    const NarrationCatalog catalog(m_root);
    // A part that names no file ("screen:home") is found by its text.
    const auto clip = catalog.resolveInterface(QStringLiteral("screen:goodbye"), QStringLiteral("fr"),
                                               QStringLiteral("Au revoir !"));
    QCOMPARE(clip.path, QDir(m_root).filePath(QStringLiteral("interface/fr/goodbye.ogg")));
    QVERIFY(catalog.resolveText(QStringLiteral("en"), QStringLiteral("Bye")).isNull());
    QCOMPARE(catalog.resolveText(QStringLiteral("en"), QStringLiteral("Goodbye!")).path,
             QDir(m_root).filePath(QStringLiteral("interface/en/goodbye.ogg")));
}

void TestNarrationCatalog::frenchFallbackTextUsesTheFrenchClip()
{
    // The step has no Arabic "say": the screen shows the French text in Arabic mode.
    addGenerated(QStringLiteral("T1-essai/fr/cliquer-say.ogg"), QStringLiteral("fr"), QStringLiteral("Cliquez."));
    saveManifest();
    const NarrationCatalog catalog(m_root);
    const auto clip = catalog.resolveStep(m_lessonDir, QStringLiteral("T1-essai"), QStringLiteral("cliquer"),
                                          QStringLiteral("say"), QStringLiteral("ar"), QStringLiteral("Cliquez."));
    QCOMPARE(clip.path, QDir(m_root).filePath(QStringLiteral("T1-essai/fr/cliquer-say.ogg")));
}

void TestNarrationCatalog::lessonIdReadFromTheLessonFile()
{
    addGenerated(QStringLiteral("T1-essai/fr/cliquer-say.ogg"), QStringLiteral("fr"), QStringLiteral("Cliquez."));
    saveManifest();
    const NarrationCatalog catalog(m_root);
    QCOMPARE(catalog.lessonIdOf(m_lessonDir), QStringLiteral("T1-essai"));
    QCOMPARE(catalog.lessonIdOf(m_dir->filePath(QStringLiteral("nowhere"))), QString());
    const auto clip = catalog.resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), QStringLiteral("say"),
                                          QStringLiteral("fr"), QStringLiteral("Cliquez."));
    QCOMPARE(clip.source, NarrationCatalog::Source::Generated);
}

void TestNarrationCatalog::plainWrongPartFindsTheRuleByItsText()
{
    addGenerated(QStringLiteral("T1-essai/fr/cliquer-wrong-1.ogg"), QStringLiteral("fr"),
                 QStringLiteral("Ce lien est un piège."));
    saveManifest();
    const QString recording = m_lessonDir + QStringLiteral("/audio/ar/cliquer-wrong-1.ogg");
    record(recording);
    const NarrationCatalog catalog(m_root);
    QCOMPARE(catalog
                 .resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), QStringLiteral("wrong"), QStringLiteral("fr"),
                              QStringLiteral("Ce lien est un piège."))
                 .path,
             QDir(m_root).filePath(QStringLiteral("T1-essai/fr/cliquer-wrong-1.ogg")));
    // The mediator's Arabic recording of rule 1 is found from the Arabic text alone.
    const auto recorded = catalog.resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), QStringLiteral("wrong"),
                                              QStringLiteral("ar"), QStringLiteral("هذا الرابط فخ."));
    QCOMPARE(recorded.source, NarrationCatalog::Source::Recording);
    // Rule 0 has no clip.
    QVERIFY(catalog
                .resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), QStringLiteral("wrong"), QStringLiteral("fr"),
                             QStringLiteral("Pas celui-ci."))
                .isNull());
}

void TestNarrationCatalog::interfaceAndLessonEnd()
{
    addGenerated(QStringLiteral("interface/ar/welcome.ogg"), QStringLiteral("ar"), QStringLiteral("مرحبا"));
    addGenerated(QStringLiteral("T1-essai/en/end.ogg"), QStringLiteral("en"), QStringLiteral("Lesson finished."));
    saveManifest();
    const NarrationCatalog catalog(m_root);
    QCOMPARE(catalog.resolveInterface(QStringLiteral("welcome"), QStringLiteral("ar"), QStringLiteral("مرحبا")).path,
             QDir(m_root).filePath(QStringLiteral("interface/ar/welcome.ogg")));
    QVERIFY(catalog.resolveInterface(QStringLiteral("welcome"), QStringLiteral("en"), QStringLiteral("Hello")).isNull());
    QCOMPARE(catalog.resolveLessonEnd(m_lessonDir, {}, QStringLiteral("en"), QStringLiteral("Lesson finished.")).path,
             QDir(m_root).filePath(QStringLiteral("T1-essai/en/end.ogg")));
}

void TestNarrationCatalog::withoutManifestNamesAreTrusted()
{
    touch(QDir(m_root).filePath(QStringLiteral("T1-essai/fr/cliquer-hint.ogg")));
    const NarrationCatalog catalog(m_root);
    QVERIFY(!catalog.hasManifest());
    QCOMPARE(catalog
                 .resolveStep(m_lessonDir, QStringLiteral("T1-essai"), QStringLiteral("cliquer"),
                              QStringLiteral("hint"), QStringLiteral("fr"), QStringLiteral("Any text"))
                 .source,
             NarrationCatalog::Source::Generated);
}

void TestNarrationCatalog::hostileNamesNeverMakePaths()
{
    // A file waiting where a "../" path would lead.
    touch(m_dir->filePath(QStringLiteral("secret-say.ogg")));
    const NarrationCatalog catalog(m_root);
    const QStringList bad{QStringLiteral("../secret"), QStringLiteral("a/b"), QStringLiteral(".."), QString(),
                          QStringLiteral("a b"), QString(65, QLatin1Char('a')), QStringLiteral("é")};
    for (const QString &name : bad) {
        QVERIFY2(!NarrationCatalog::isSafeName(name), qPrintable(name));
        QVERIFY(catalog.resolveStep(m_lessonDir, {}, name, QStringLiteral("say"), QStringLiteral("fr")).isNull());
        QVERIFY(catalog.resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), name, QStringLiteral("fr")).isNull());
        QVERIFY(catalog.resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), QStringLiteral("say"), name).isNull());
        QVERIFY(catalog.resolveInterface(name, QStringLiteral("fr")).isNull());
    }
    QVERIFY(catalog.resolveStep(m_lessonDir, QStringLiteral("../.."), QStringLiteral("secret"), QStringLiteral("say"),
                                QStringLiteral("fr"))
                .isNull());
    QVERIFY(NarrationCatalog::isSafeName(QStringLiteral("A2-cliquer_1")));
    QVERIFY(NarrationCatalog::isSafeLanguage(QStringLiteral("pt-BR")));
}

void TestNarrationCatalog::symlinkLeavingTheLessonIsIgnored()
{
    const QString outside = m_dir->filePath(QStringLiteral("outside.ogg"));
    record(outside);
    QVERIFY(QDir().mkpath(m_lessonDir + QStringLiteral("/audio/fr")));
    QVERIFY(QFile::link(outside, m_lessonDir + QStringLiteral("/audio/fr/cliquer-say.ogg")));
    const NarrationCatalog catalog(m_root);
    QVERIFY(catalog.resolveStep(m_lessonDir, {}, QStringLiteral("cliquer"), QStringLiteral("say"), QStringLiteral("fr"))
                .isNull());
}

void TestNarrationCatalog::defaultGeneratedRoot()
{
    const QString bin = m_dir->filePath(QStringLiteral("prefix/bin"));
    QVERIFY(QDir().mkpath(bin));
    // Not installed: the build tree's narration.
    QCOMPARE(NarrationCatalog::defaultGeneratedRoot(bin), QStringLiteral(PASSERELLE_BUILD_NARRATION_DIR));
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("prefix/share/passerelle/narration"))));
    QCOMPARE(NarrationCatalog::defaultGeneratedRoot(bin),
             QDir::cleanPath(m_dir->filePath(QStringLiteral("prefix/share/passerelle/narration"))));
}

QTEST_GUILESS_MAIN(TestNarrationCatalog)
#include "tst_narrationcatalog.moc"

// The real narration_builder on a temporary catalogue, with the real espeak-ng and opusenc:
// it makes every clip, makes nothing again when nothing changed, remakes only an edited text,
// and removes the clips of a removed step.

#include "narration/narrationcatalog.h"
#include "narration/narrationmanifest.h"
#include "narration/oggaudioinfo.h"
#include "narration/spokenmessages.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char Modules[] = R"({ "format": 1, "modules": [ { "id": "A", "order": 1, "title": { "fr": "Prendre en main" } } ] })";

QByteArray lesson(const QByteArray &say, bool secondStep)
{
    QByteArray steps = R"({ "id": "un", "scene": "s", "say": { "fr": ")" + say
                       + R"(", "en": "Click OK." }, "expect": { "action": "click", "target": "ok" } })";
    if (secondStep)
        steps += R"(, { "id": "deux", "scene": "s", "say": { "fr": "Encore." }, "expect": { "action": "click", "target": "ok" } })";
    return R"({ "format": 1, "id": "T1-build", "version": 1, "module": "A", "title": { "fr": "Essai" },
      "goal": { "fr": "Cliquer." }, "minutes": 5,
      "scenes": [ { "id": "s", "kind": "practice", "elements": [ { "id": "ok", "kind": "button", "label": "OK" } ] } ],
      "steps": [ )" + steps + " ] }";
}

struct Counts
{
    int made = -1;
    int unchanged = -1;
    int removed = -1;
};

} // namespace

class TestNarrationBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsIncrementally();
    void refusesBadArguments();

private:
    Counts run();
    void writeLesson(const QByteArray &say, bool secondStep);

    QTemporaryDir m_dir;
    QString m_lessons;
    QString m_out;
};

void TestNarrationBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_lessons = m_dir.filePath(QStringLiteral("lessons"));
    m_out = m_dir.filePath(QStringLiteral("narration"));
    QVERIFY(QDir().mkpath(m_lessons));
    QFile modules(m_lessons + QStringLiteral("/modules.json"));
    QVERIFY(modules.open(QIODevice::WriteOnly));
    modules.write(Modules);
}

void TestNarrationBuilder::writeLesson(const QByteArray &say, bool secondStep)
{
    QVERIFY(QDir().mkpath(m_lessons + QStringLiteral("/a/t1")));
    QFile f(m_lessons + QStringLiteral("/a/t1/lesson.json"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(lesson(say, secondStep));
}

Counts TestNarrationBuilder::run()
{
    QProcess p;
    p.start(QStringLiteral(NARRATION_BUILDER),
            {QStringLiteral("--lessons"), m_lessons, QStringLiteral("--out"), m_out, QStringLiteral("--espeak"),
             QStringLiteral(ESPEAK_NG), QStringLiteral("--opusenc"), QStringLiteral(OPUSENC)});
    if (!p.waitForFinished(300000))
        return {};
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    if (p.exitCode() != 0) {
        qWarning("%s%s", qPrintable(out), qPrintable(err));
        return {};
    }
    const auto m = QRegularExpression(QStringLiteral("(\\d+) made, (\\d+) unchanged, (\\d+) removed")).match(out);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()};
}

void TestNarrationBuilder::buildsIncrementally()
{
    const int interfaceClips = int(SpokenMessages::keys().size()) * 3;
    writeLesson("Cliquez sur OK.", true);

    // First build: fr and en of step one, fr of step two, the lesson end, the interface.
    Counts c = run();
    QCOMPARE(c.made, 4 + interfaceClips);
    QCOMPARE(c.removed, 0);
    const QString sayFr = m_out + QStringLiteral("/T1-build/fr/un-say.ogg");
    const OggAudioInfo info = OggAudioInfo::readFile(sayFr);
    QVERIFY2(info.valid, qPrintable(info.error));
    QVERIFY(info.durationMs() > 300);
    QVERIFY(QFileInfo::exists(m_out + QStringLiteral("/T1-build/en/un-say.ogg")));
    QVERIFY(QFileInfo::exists(m_out + QStringLiteral("/effects/correct.wav")));
    NarrationManifest manifest;
    QVERIFY(NarrationManifest::load(m_out, manifest));
    QCOMPARE(manifest.clips.value(QStringLiteral("T1-build/fr/un-say.ogg")).textHash,
             NarrationManifest::textHash(QStringLiteral("Cliquez sur OK.")));
    const QDateTime firstWrite = QFileInfo(sayFr).lastModified();

    // Nothing changed: nothing made.
    c = run();
    QCOMPARE(c.made, 0);
    QCOMPARE(c.unchanged, 4 + interfaceClips);
    QCOMPARE(QFileInfo(sayFr).lastModified(), firstWrite);

    // One text edited: that clip only.
    writeLesson("Cliquez sur le bouton OK.", true);
    c = run();
    QCOMPARE(c.made, 1);
    QVERIFY(NarrationManifest::load(m_out, manifest));
    QCOMPARE(manifest.clips.value(QStringLiteral("T1-build/fr/un-say.ogg")).textHash,
             NarrationManifest::textHash(QStringLiteral("Cliquez sur le bouton OK.")));

    // A step removed: its clip goes; a damaged clip is made again.
    writeLesson("Cliquez sur le bouton OK.", false);
    QFile damaged(m_out + QStringLiteral("/T1-build/en/un-say.ogg"));
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("not audio");
    damaged.close();
    c = run();
    QCOMPARE(c.removed, 1);
    QCOMPARE(c.made, 1);
    QVERIFY(!QFileInfo::exists(m_out + QStringLiteral("/T1-build/fr/deux-say.ogg")));
    QVERIFY(OggAudioInfo::readFile(m_out + QStringLiteral("/T1-build/en/un-say.ogg")).valid);

    // No temporary or partial file left behind.
    QDirIterator it(m_out, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QVERIFY2(path.endsWith(QLatin1String(".ogg")) || path.endsWith(QLatin1String(".wav"))
                     || path.endsWith(NarrationManifest::fileName()),
                 qPrintable(path));
    }
}

void TestNarrationBuilder::refusesBadArguments()
{
    QProcess p;
    p.start(QStringLiteral(NARRATION_BUILDER), {QStringLiteral("--lessons"), m_lessons});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);

    // A missing espeak-ng fails the build with a message.
    p.start(QStringLiteral(NARRATION_BUILDER),
            {QStringLiteral("--lessons"), m_lessons, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("other")),
             QStringLiteral("--espeak"), m_dir.filePath(QStringLiteral("no-espeak"))});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(p.exitCode() != 0);
}

QTEST_GUILESS_MAIN(TestNarrationBuilder)
#include "tst_narration_builder.moc"

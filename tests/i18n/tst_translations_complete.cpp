// The shipped interface translations are complete: every message of passerelle_fr/ar/en.ts is
// finished, not empty, not obsolete, keeps the placeholders of its source, has the plural forms
// of its language; and lupdate run on today's sources finds nothing the .ts files lack (a new
// tr() without a translation fails here).

#include "narration/spokenmessages.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; ///< "", "unfinished", "vanished", "obsolete"
    QStringList forms;       ///< one form, or the numerus forms
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<Message> messages;
    QString error;
};

QString keyOf(const Message &m)
{
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ts.messages.append(message);
                inMessage = false;
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
            ts.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        } else if (name == QLatin1String("name") && !inMessage) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            inMessage = true;
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            message.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

/// %1…%99 and %n (with %L1 read as %1), as a sorted list: "%1 (%n)" and "(%n) %1" match.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        out << QLatin1Char('%') + it.next().captured(1);
    out.sort();
    return out;
}

/// Plural forms Qt's rules give each shipped language.
int formsOf(const QString &language)
{
    if (language == QLatin1String("ar"))
        return 6; // 0, 1, 2, 3-10, 11-99, 100-102…
    return 2;     // fr: 0-1 / more; en: 1 / other
}

QString tsPath(const QString &language)
{
    return QStringLiteral(PASSERELLE_TS_DIR "/passerelle_%1.ts").arg(language);
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

} // namespace

class TestTranslationsComplete : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsFinished_data();
    void everyMessageIsFinished();
    void lupdateFindsNothingNew();
    void spokenSentencesMatchTheNarration_data();
    void spokenSentencesMatchTheNarration();
};

void TestTranslationsComplete::everyMessageIsFinished_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"fr", "ar", "en"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslationsComplete::everyMessageIsFinished()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, language);
    QCOMPARE(ts.sourceLanguage, QStringLiteral("fr"));
    QVERIFY(ts.messages.size() > 100);

    QStringList problems;
    QSet<QString> seen;
    for (const Message &m : ts.messages) {
        if (seen.contains(keyOf(m)))
            problems << QStringLiteral("%1: twice").arg(describe(m));
        seen.insert(keyOf(m));
        if (!m.translationType.isEmpty()) {
            problems << QStringLiteral("%1: type=\"%2\"").arg(describe(m), m.translationType);
            continue;
        }
        if (m.numerus && m.forms.size() != formsOf(language))
            problems << QStringLiteral("%1: %2 plural forms, %3 expected").arg(describe(m)).arg(m.forms.size()).arg(formsOf(language));
        const QStringList wanted = placeholders(m.source);
        // In a plural message a form may leave out %n ("خطوتان" says "two steps"), as long as one
        // form shows it. Every other placeholder is in every form: a missing %1 would make
        // QString::arg() warn and drop the value.
        QString count;
        if (m.numerus && wanted.contains(QStringLiteral("%n")))
            count = QStringLiteral("%n");
        bool countShown = count.isEmpty();
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty translation").arg(describe(m));
                continue;
            }
            QStringList got = placeholders(form);
            if (!count.isEmpty() && got.contains(count))
                countShown = true;
            QStringList expected = wanted;
            if (!count.isEmpty() && !got.contains(count))
                expected.removeOne(count);
            if (got != expected)
                problems << QStringLiteral("%1: placeholders %2 in \"%3\", %4 in the source")
                                .arg(describe(m), got.join(QLatin1Char(' ')), form, wanted.join(QLatin1Char(' ')));
        }
        if (!countShown)
            problems << QStringLiteral("%1: no form shows the count %2").arg(describe(m), count);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslationsComplete::lupdateFindsNothingNew()
{
    // The same scan as the update_translations target: app/core, app/ui and main.cpp.
    const QString app = QStringLiteral(PASSERELLE_SOURCE_DIR "/app");
    QStringList sources{app + QStringLiteral("/main.cpp")};
    for (const QString &folder : {QStringLiteral("/core"), QStringLiteral("/ui")}) {
        QDirIterator it(app + folder, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    sources.sort();
    QVERIFY(sources.size() > 50);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(sources.join(QLatin1Char('\n')).toUtf8());
    list.close();
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(PASSERELLE_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-source-language"), QStringLiteral("fr"), QStringLiteral("-I"), app, QStringLiteral("-I"),
                   app + QStringLiteral("/core"), QStringLiteral("-I"), app + QStringLiteral("/ui"),
                   QLatin1Char('@') + list.fileName(), QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(60'000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAll().constData());

    const TsFile scanned = readTs(fresh);
    QVERIFY2(scanned.error.isEmpty(), qPrintable(scanned.error));
    QVERIFY(scanned.messages.size() > 100);

    for (const char *language : {"fr", "ar", "en"}) {
        const TsFile ts = readTs(tsPath(QString::fromLatin1(language)));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QHash<QString, bool> committed;
        for (const Message &m : ts.messages)
            committed.insert(keyOf(m), m.numerus);
        QStringList missing;
        for (const Message &m : scanned.messages) {
            const auto it = committed.constFind(keyOf(m));
            if (it == committed.constEnd())
                missing << describe(m);
            else if (*it != m.numerus)
                missing << QStringLiteral("%1: plural (tr with a count) changed").arg(describe(m));
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("passerelle_%1.ts lacks %2 string(s); run the update_translations target and "
                                           "translate them:\n%3")
                                .arg(QString::fromLatin1(language)).arg(missing.size()).arg(missing.join(QLatin1Char('\n')))));
    }
}

void TestTranslationsComplete::spokenSentencesMatchTheNarration_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"fr", "ar", "en"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslationsComplete::spokenSentencesMatchTheNarration()
{
    // The narration is generated from SpokenMessages' built-in texts: the translation of a spoken
    // sentence must say exactly the same, or the screen and the voice would differ.
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QHash<QString, QString> translated;
    for (const Message &m : ts.messages) {
        if (m.context == QLatin1String("SpokenMessages") && !m.forms.isEmpty())
            translated.insert(m.source, m.forms.first());
    }
    int checked = 0;
    const QStringList keys = SpokenMessages::keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("count-")))
            continue;
        // The French source, and the number that fills its %1 (the card code length).
        static const QRegularExpression digits(QStringLiteral("\\d+"));
        const QString french = SpokenMessages::sourceText(key);
        const QString number = digits.match(french).captured(0);
        QString source;
        for (auto it = translated.cbegin(); it != translated.cend(); ++it) {
            const bool filled = it.key().contains(QLatin1String("%1"));
            if ((filled ? it.key().arg(number) : it.key()) == french)
                source = it.key();
        }
        QVERIFY2(!source.isEmpty(), qPrintable(QStringLiteral("no SpokenMessages translation for %1").arg(key)));
        QString text = translated.value(source);
        if (text.contains(QLatin1String("%1")))
            text = text.arg(number);
        QCOMPARE(text, SpokenMessages::text(key, language));
        ++checked;
    }
    QVERIFY(checked >= 20);
}

QTEST_APPLESS_MAIN(TestTranslationsComplete)
#include "tst_translations_complete.moc"

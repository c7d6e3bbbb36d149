// CsvWriter: the bytes a spreadsheet receives (BOM, separator, CRLF, RFC 4180 quoting) and the
// formula-injection guard, read back with an independent RFC 4180 reader.

#include "reports/csvwriter.h"
#include "reporttestsupport.h"

#include <QDate>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void startsWithBomAndEndsLinesWithCrLf();
    void encodesCells_data();
    void encodesCells();
    void numbersAreNeverGuarded();
    void hostileNamesRoundTrip();
    void writesFilesAtomically();
    void unwritableFileFailsWithAReason();
};

void TestCsvWriter::startsWithBomAndEndsLinesWithCrLf()
{
    CsvWriter csv;
    csv.addTextRow({QStringLiteral("Nom"), QStringLiteral("Séances")});
    csv.addRow({QStringLiteral("Aïcha"), 3});
    const QByteArray bytes = csv.toBytes();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3), QStringLiteral("Nom;Séances\r\nAïcha;3\r\n").toUtf8());
    QCOMPARE(csv.rowCount(), 2);
}

void TestCsvWriter::encodesCells_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("plain") << QStringLiteral("Atelier du mardi") << QStringLiteral("Atelier du mardi");
    QTest::newRow("separator") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("quote") << QStringLiteral("le \"bon\" site") << QStringLiteral("\"le \"\"bon\"\" site\"");
    QTest::newRow("newline") << QStringLiteral("ligne 1\nligne 2") << QStringLiteral("\"ligne 1\nligne 2\"");
    QTest::newRow("carriage return inside") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("comma is not our separator") << QStringLiteral("Paris, 12e") << QStringLiteral("Paris, 12e");
    QTest::newRow("formula =") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("formula +") << QStringLiteral("+33 6") << QStringLiteral("'+33 6");
    QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("formula tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("formula and separator")
        << QStringLiteral("=HYPERLINK(\"x\";\"y\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"");
    QTest::newRow("equals later is fine") << QStringLiteral("1=1") << QStringLiteral("1=1");
    QTest::newRow("arabic") << QStringLiteral("فاطمة") << QStringLiteral("فاطمة");
}

void TestCsvWriter::encodesCells()
{
    QFETCH(QString, value);
    QFETCH(QString, encoded);
    QCOMPARE(CsvWriter::encodeCell(value, QLatin1Char(';')), encoded);
}

void TestCsvWriter::numbersAreNeverGuarded()
{
    CsvWriter csv;
    csv.addRow({-3, qint64(12), 2.5, QDate(2026, 1, 5), QVariant(), QStringLiteral("-3")});
    QCOMPARE(csv.toBytes().mid(3), QByteArray("-3;12;2.5;2026-01-05;;'-3\r\n"));
}

void TestCsvWriter::hostileNamesRoundTrip()
{
    const QStringList names{QStringLiteral("Dupont; \"Jo\""), QStringLiteral("=1+1"),
                            QStringLiteral("Ali\r\nBaba"), QStringLiteral("' OR 1=1 --"),
                            QStringLiteral("@Nadia"), QStringLiteral("Zoé 👩🏽‍💻")};
    CsvWriter csv;
    csv.addTextRow({QStringLiteral("Nom"), QStringLiteral("Code")});
    for (const QString &name : names)
        csv.addRow({name, QStringLiteral("ACDEFH")});
    bool ok = false;
    const QList<QStringList> rows = ReportTest::parseCsv(QString::fromUtf8(csv.toBytes().mid(3)), QLatin1Char(';'), &ok);
    QVERIFY(ok);
    QCOMPARE(rows.size(), names.size() + 1);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), 2);
        // What a spreadsheet shows never starts with a formula character...
        QVERIFY2(!QStringLiteral("=+-@").contains(row.at(0).front()), qPrintable(row.at(0)));
        // ...and the original text is there, one apostrophe away.
        QCOMPARE(CsvWriter::unguard(row.at(0)), names.at(i));
        QCOMPARE(row.at(1), QStringLiteral("ACDEFH"));
    }
    QCOMPARE(rows.at(2).at(0), QStringLiteral("'=1+1"));
}

void TestCsvWriter::writesFilesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.csv"));
    CsvWriter first;
    first.addTextRow({QStringLiteral("ancien")});
    QVERIFY(first.writeFile(path));
    CsvWriter second;
    second.addTextRow({QStringLiteral("nouveau")});
    QVERIFY(second.writeFile(path));
    bool bom = false;
    bool crlf = false;
    const QList<QStringList> rows = ReportTest::readCsvFile(path, &bom, &crlf);
    QVERIFY(bom);
    QVERIFY(crlf);
    QCOMPARE(rows, QList<QStringList>{{QStringLiteral("nouveau")}});
    // No temporary file is left beside it.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("rapport.csv")});
}

void TestCsvWriter::unwritableFileFailsWithAReason()
{
    QTemporaryDir dir;
    CsvWriter csv;
    csv.addTextRow({QStringLiteral("x")});
    QString error;
    QVERIFY(!csv.writeFile(dir.filePath(QStringLiteral("missing/folder/rapport.csv")), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_reports_csv.moc"

#include "engine/formvalidator.h"
#include "engine/textmatcher.h"

#include <QTest>

Q_DECLARE_METATYPE(TextMatch)

class TestTextMatcher : public QObject
{
    Q_OBJECT

private slots:
    void matches_data()
    {
        QTest::addColumn<TextMatch>("match");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("actual");
        QTest::addColumn<bool>("result");

        QTest::newRow("exact") << TextMatch::Exact << "bonjour" << "bonjour" << true;
        QTest::newRow("exact trims the ends") << TextMatch::Exact << "bonjour" << "  bonjour " << true;
        QTest::newRow("exact keeps case") << TextMatch::Exact << "Bonjour" << "bonjour" << false;
        QTest::newRow("exact keeps accents") << TextMatch::Exact << "élève" << "eleve" << false;
        QTest::newRow("loose ignores case") << TextMatch::Loose << "Bonjour" << "BONJOUR" << true;
        QTest::newRow("loose ignores accents") << TextMatch::Loose << "Élève à l'école" << "eleve a l'ecole" << true;
        QTest::newRow("loose ignores ç") << TextMatch::Loose << "français" << "francais" << true;
        QTest::newRow("loose collapses spaces") << TextMatch::Loose << "rue de la paix" << "  rue   de la  paix " << true;
        QTest::newRow("loose still compares letters") << TextMatch::Loose << "bonjour" << "bonsoir" << false;
        QTest::newRow("regex whole text") << TextMatch::Regex << "[0-9]{13}" << "2850375123456" << true;
        QTest::newRow("regex is anchored") << TextMatch::Regex << "[0-9]{13}" << "285037512345678" << false;
        QTest::newRow("regex e-mail") << TextMatch::Regex << "[^@ ]+@[^@ ]+\\.[a-z]+" << "samia.benali@courriel.exemple" << true;
        QTest::newRow("invalid regex never matches") << TextMatch::Regex << "([0-9" << "([0-9" << false;
    }

    void matches()
    {
        QFETCH(TextMatch, match);
        QFETCH(QString, expected);
        QFETCH(QString, actual);
        QFETCH(bool, result);
        QCOMPARE(TextMatcher::matches(match, expected, actual), result);
    }

    void fieldValidation()
    {
        Element field;
        field.id = QStringLiteral("mail");
        field.kind = ElementKind::TextField;
        field.validation.minLength = 3;
        field.validation.maxLength = 5;
        field.validation.message = QStringLiteral("Entre 3 et 5 caractères.");
        QVERIFY(!FormValidator::validateField(field, QString())); // optional and empty
        QCOMPARE(FormValidator::validateField(field, QStringLiteral("ab")).value_or(QString()), field.validation.message);
        QVERIFY(!FormValidator::validateField(field, QStringLiteral("abcd")));
        QVERIFY(FormValidator::validateField(field, QStringLiteral("abcdef")));
        field.validation.required = true;
        QCOMPARE(FormValidator::validateField(field, QStringLiteral("  ")).value_or(QString()), field.validation.message);

        Element plain;
        plain.kind = ElementKind::TextField;
        QVERIFY(!FormValidator::validateField(plain, QStringLiteral("anything")));
    }
};

QTEST_GUILESS_MAIN(TestTextMatcher)
#include "tst_textmatcher.moc"

// KioskSettings: the defaults of tracker issue 4, and stored values read safely.

#include "session/kiosksettings.h"

#include <QTest>

class TestKioskSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTrip();
    void badValuesKeepDefaultsOrAreClamped();
};

void TestKioskSettings::defaults()
{
    const KioskSettings s;
    QCOMPARE(s.idleDelaySeconds, 180);
    QCOMPARE(s.idleWarningSeconds, 30);
    QCOMPARE(s.tutorLanguage, QStringLiteral("fr"));
    QCOMPARE(s.textSize, QStringLiteral("normal"));
    QCOMPARE(s.highContrast, false);
    QCOMPARE(s.autoNarration, true);
    QCOMPARE(s.sounds, true);
    QCOMPARE(s.volume, 80);
    QCOMPARE(KioskSettings::fromValues({}), s);
}

void TestKioskSettings::roundTrip()
{
    KioskSettings s;
    s.idleDelaySeconds = 300;
    s.idleWarningSeconds = 45;
    s.tutorLanguage = QStringLiteral("ar");
    s.textSize = QStringLiteral("large");
    s.highContrast = true;
    s.autoNarration = false;
    s.sounds = false;
    s.volume = 35;
    QCOMPARE(KioskSettings::fromValues(s.toValues()), s);
}

void TestKioskSettings::badValuesKeepDefaultsOrAreClamped()
{
    const KioskSettings s = KioskSettings::fromValues({
        {QStringLiteral("idle_delay_s"), QStringLiteral("soon")},
        {QStringLiteral("idle_warning_s"), QStringLiteral("5")},
        {QStringLiteral("tutor_language"), QStringLiteral("../../etc")},
        {QStringLiteral("text_size"), QStringLiteral("huge")},
        {QStringLiteral("high_contrast"), QStringLiteral("maybe")},
        {QStringLiteral("volume"), QStringLiteral("400")},
    });
    QCOMPARE(s.idleDelaySeconds, 180);
    QCOMPARE(s.idleWarningSeconds, KioskSettings::MinWarningSeconds);
    QCOMPARE(s.tutorLanguage, QStringLiteral("fr"));
    QCOMPARE(s.textSize, QStringLiteral("normal"));
    QCOMPARE(s.highContrast, false);
    QCOMPARE(s.volume, 100);
}

QTEST_APPLESS_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"

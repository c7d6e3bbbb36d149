#include "settingseditor.h"

#include "staffwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStringList>
#include <QVBoxLayout>

#include <algorithm>

SettingsEditor::SettingsEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("staffSettings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_idleDelay = new QSpinBox(this);
    m_idleDelay->setObjectName(QStringLiteral("settingsIdleDelay"));
    m_idleDelay->setRange(KioskSettings::MinIdleDelaySeconds, KioskSettings::MaxIdleDelaySeconds);
    m_idleDelay->setSingleStep(30);
    m_idleDelay->setSuffix(tr(" s"));
    form->addRow(tr("Inactivité avant l'avertissement :"), m_idleDelay);

    m_idleWarning = new QSpinBox(this);
    m_idleWarning->setObjectName(QStringLiteral("settingsIdleWarning"));
    m_idleWarning->setRange(KioskSettings::MinWarningSeconds, KioskSettings::MaxWarningSeconds);
    m_idleWarning->setSuffix(tr(" s"));
    form->addRow(tr("Durée du compte à rebours :"), m_idleWarning);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("Langue des explications par défaut :"), m_language);

    m_textSize = new QComboBox(this);
    m_textSize->setObjectName(QStringLiteral("settingsTextSize"));
    m_textSize->addItem(tr("Normal"), QStringLiteral("normal"));
    m_textSize->addItem(tr("Grand"), QStringLiteral("large"));
    m_textSize->addItem(tr("Très grand"), QStringLiteral("extra-large"));
    form->addRow(tr("Taille du texte par défaut :"), m_textSize);

    m_highContrast = new QCheckBox(tr("Contraste élevé"), this);
    m_highContrast->setObjectName(QStringLiteral("settingsHighContrast"));
    form->addRow(QString(), m_highContrast);

    m_volume = new QSpinBox(this);
    m_volume->setObjectName(QStringLiteral("settingsVolume"));
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(10);
    m_volume->setSuffix(tr(" %"));
    form->addRow(tr("Volume :"), m_volume);

    m_narration = new QCheckBox(tr("Lire les consignes à voix haute automatiquement"), this);
    m_narration->setObjectName(QStringLiteral("settingsNarration"));
    form->addRow(QString(), m_narration);
    m_sounds = new QCheckBox(tr("Sons de réussite et d'erreur"), this);
    m_sounds->setObjectName(QStringLiteral("settingsSounds"));
    form->addRow(QString(), m_sounds);
    layout->addLayout(form);

    m_message = StaffWidgets::message(QStringLiteral("settingsMessage"), this);
    layout->addWidget(m_message);
    m_save = StaffWidgets::button(tr("Enregistrer les réglages"), QStringLiteral("settingsSave"), this, true);
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(settings()); });
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    layout->addStretch();
}

void SettingsEditor::setSettings(const KioskSettings &input)
{
    const KioskSettings s = input.clamped();
    m_base = s;
    m_idleDelay->setValue(s.idleDelaySeconds);
    m_idleWarning->setValue(s.idleWarningSeconds);
    const int language = m_language->findData(s.tutorLanguage);
    if (language < 0)
        m_language->addItem(s.tutorLanguage, s.tutorLanguage);
    m_language->setCurrentIndex(m_language->findData(s.tutorLanguage));
    m_textSize->setCurrentIndex(std::max(0, m_textSize->findData(s.textSize)));
    m_highContrast->setChecked(s.highContrast);
    m_volume->setValue(s.volume);
    m_narration->setChecked(s.autoNarration);
    m_sounds->setChecked(s.sounds);
}

KioskSettings SettingsEditor::settings() const
{
    KioskSettings s = m_base;
    s.idleDelaySeconds = m_idleDelay->value();
    s.idleWarningSeconds = m_idleWarning->value();
    s.tutorLanguage = m_language->currentData().toString();
    s.textSize = m_textSize->currentData().toString();
    s.highContrast = m_highContrast->isChecked();
    s.volume = m_volume->value();
    s.autoNarration = m_narration->isChecked();
    s.sounds = m_sounds->isChecked();
    return s.clamped();
}

void SettingsEditor::showResult(const QString &text, bool problem)
{
    StaffWidgets::setMessage(m_message, text, problem);
}

QString SettingsEditor::message() const
{
    return m_message->text();
}

QString SettingsEditor::differences(const KioskSettings &before, const KioskSettings &after)
{
    const QHash<QString, QString> a = before.toValues();
    const QHash<QString, QString> b = after.toValues();
    QStringList keys = b.keys();
    keys.sort();
    QStringList changes;
    for (const QString &key : std::as_const(keys)) {
        if (a.value(key) != b.value(key))
            changes << QStringLiteral("%1: %2 → %3").arg(key, a.value(key), b.value(key));
    }
    return changes.join(QStringLiteral("; "));
}

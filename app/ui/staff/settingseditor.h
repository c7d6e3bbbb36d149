#pragma once

#include "session/kiosksettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

/// The "Réglages" page of the staff panel: idle delay and warning, default tutor language,
/// default text size and contrast, volume, automatic narration, sounds. "Enregistrer" asks the
/// owner to save (saved() carries the new settings); nothing changes until then.
class SettingsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsEditor(QWidget *parent = nullptr);

    void setSettings(const KioskSettings &settings);
    KioskSettings settings() const;
    void showResult(const QString &text, bool problem);

    QSpinBox *idleDelay() const { return m_idleDelay; }
    QSpinBox *idleWarning() const { return m_idleWarning; }
    QComboBox *language() const { return m_language; }
    QComboBox *textSize() const { return m_textSize; }
    QCheckBox *highContrast() const { return m_highContrast; }
    QSpinBox *volume() const { return m_volume; }
    QCheckBox *autoNarration() const { return m_narration; }
    QCheckBox *sounds() const { return m_sounds; }
    QPushButton *saveButton() const { return m_save; }
    QString message() const;

    /// Human-readable differences ("idle_delay_s: 180 → 300"), for the audit log.
    static QString differences(const KioskSettings &before, const KioskSettings &after);

signals:
    void saveRequested(const KioskSettings &settings);

private:
    KioskSettings m_base; ///< keeps values this page does not edit
    QSpinBox *m_idleDelay = nullptr;
    QSpinBox *m_idleWarning = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_textSize = nullptr;
    QCheckBox *m_highContrast = nullptr;
    QSpinBox *m_volume = nullptr;
    QCheckBox *m_narration = nullptr;
    QCheckBox *m_sounds = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_message = nullptr;
};

#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

/// The tutor languages the interface can speak, and the one in use.
///
/// A language is available when its interface translation exists: built into the program
/// (`:/i18n/passerelle_<code>.qm`) or a `passerelle_<code>.qm` dropped into one of the
/// translation folders (no recompiling). French, the source language, is always available.
/// setLanguage() installs the interface translation and Qt's own (`qtbase_<code>.qm`) and sets
/// the default QLocale; Qt then sends QEvent::LanguageChange to every widget.
///
/// The application-wide layout direction stays left to right: the simulated French screens must
/// never flip. The tutor layer sets its own direction from direction(code).
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code;       ///< "fr", "ar", "es"…
        QString nativeName; ///< the language in itself: "Français", "العربية", "Español"
        bool builtIn = false;
    };

    /// The language the interface is written in (tr() source texts).
    static QString sourceLanguage() { return QStringLiteral("fr"); }
    /// Where the shipped translations are embedded.
    static QString builtInFolder() { return QStringLiteral(":/i18n"); }
    /// The folders searched for `passerelle_<code>.qm`, first wins: `<dataDir>/translations`
    /// (when given), then the installed `share/passerelle/translations` next to the program.
    static QStringList defaultFolders(const QString &dataDir, const QString &applicationDir);

    explicit LanguageManager(QStringList folders = {}, QObject *parent = nullptr);
    ~LanguageManager() override;

    QStringList folders() const { return m_folders; }
    /// New folders: the languages are discovered again (languagesChanged()); a language asked for
    /// earlier that was missing is installed as soon as it becomes available.
    void setFolders(const QStringList &folders);
    /// Looks for translation files again.
    void rescan();

    /// French first, then the built-in languages in their shipped order, then the others by code.
    QList<Language> languages() const { return m_languages; }
    QStringList codes() const;
    bool isAvailable(const QString &code) const;

    /// The language in itself, capitalised ("Español"); from the translation when it names its
    /// own language, else from QLocale; the code when nothing knows it.
    QString nativeName(const QString &code) const;
    static Qt::LayoutDirection direction(const QString &code);
    /// The locale that writes numbers and dates for a tutor language. Arabic is written the
    /// Maghreb's way (ar_DZ: digits 0-9, as on the keyboard and in the simulated French forms),
    /// not with the Eastern Arabic digits of Qt's default "ar" (ar_EG): most Arabic-speaking
    /// residents of French priority neighbourhoods read 0-9, and the lessons ask them to type them.
    static QLocale locale(const QString &code);

    /// The language installed now.
    QString language() const { return m_current; }
    /// Installs `code`'s translations. A language without a translation falls back to French
    /// (and returns false); it is installed later if a rescan finds it.
    bool setLanguage(const QString &code);
    /// The interface translation in use (null for plain French), for lookups outside tr().
    const QTranslator *translator() const;

signals:
    void languageChanged(const QString &code);
    void languagesChanged();

private:
    struct Found
    {
        QString code;
        QStringList files; ///< highest priority first (folders, then built in)
    };

    QStringList filesFor(const QString &code) const;
    void removeTranslators();
    QTranslator *install(const QString &file);

    QStringList m_folders;
    QList<Found> m_found;
    QList<Language> m_languages;
    QString m_current;
    QString m_requested;
    bool m_dirty = true;
    QList<QTranslator *> m_installed;     ///< in installation order
    QTranslator *m_interface = nullptr;   ///< highest-priority interface translator
};

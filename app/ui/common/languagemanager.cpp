#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace {

const char *const NameContext = "LanguageManager";
//: The name of the language you are translating into, written in that language, with a
//: capital letter where the language has them: "العربية", "English", "Español".
const char *const NameSource = QT_TRANSLATE_NOOP("LanguageManager", "Français");

/// Shipped languages, in the order the welcome screen shows them.
const QStringList &shippedOrder()
{
    static const QStringList order{QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")};
    return order;
}

const QRegularExpression &fileNamePattern()
{
    // Same codes as --language accepts.
    static const QRegularExpression pattern(QStringLiteral("^passerelle_([a-z]{2,3})\\.qm$"));
    return pattern;
}

QString capitalised(const QLocale &locale, const QString &name)
{
    if (name.isEmpty())
        return name;
    return locale.toUpper(name.left(1)) + name.mid(1);
}

} // namespace

QStringList LanguageManager::defaultFolders(const QString &dataDir, const QString &applicationDir)
{
    QStringList folders;
    if (!dataDir.isEmpty())
        folders << QDir(dataDir).absoluteFilePath(QStringLiteral("translations"));
    if (!applicationDir.isEmpty())
        folders << QDir::cleanPath(QDir(applicationDir).absoluteFilePath(QStringLiteral("../share/passerelle/translations")));
    return folders;
}

LanguageManager::LanguageManager(QStringList folders, QObject *parent)
    : QObject(parent), m_folders(std::move(folders)), m_current(sourceLanguage()), m_requested(sourceLanguage())
{
    rescan();
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

void LanguageManager::setFolders(const QStringList &folders)
{
    m_folders = folders;
    rescan();
}

void LanguageManager::rescan()
{
    QList<Found> found;
    const auto add = [&found](const QString &code, const QString &file) {
        auto it = std::find_if(found.begin(), found.end(), [&code](const Found &f) { return f.code == code; });
        if (it == found.end())
            found.append({code, {file}});
        else
            it->files.append(file);
    };
    QStringList searched = m_folders;
    searched << builtInFolder();
    for (const QString &folder : std::as_const(searched)) {
        const QStringList names = QDir(folder).entryList({QStringLiteral("passerelle_*.qm")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString &name : names) {
            const QRegularExpressionMatch match = fileNamePattern().match(name);
            if (match.hasMatch())
                add(match.captured(1), QDir(folder).filePath(name));
        }
    }
    if (std::none_of(found.cbegin(), found.cend(), [](const Found &f) { return f.code == sourceLanguage(); }))
        found.append({sourceLanguage(), {}});

    const auto rank = [](const QString &code) {
        const qsizetype i = shippedOrder().indexOf(code);
        return i < 0 ? shippedOrder().size() : i;
    };
    std::sort(found.begin(), found.end(), [&rank](const Found &a, const Found &b) {
        const qsizetype ra = rank(a.code);
        const qsizetype rb = rank(b.code);
        return ra != rb ? ra < rb : a.code < b.code;
    });
    m_found = found;

    m_languages.clear();
    for (const Found &f : std::as_const(m_found)) {
        const bool builtIn = std::any_of(f.files.cbegin(), f.files.cend(),
                                         [](const QString &file) { return file.startsWith(builtInFolder()); });
        m_languages.append({f.code, nativeName(f.code), builtIn || f.code == sourceLanguage()});
    }
    m_dirty = true;
    emit languagesChanged();

    if (m_requested != m_current && isAvailable(m_requested))
        setLanguage(m_requested);
}

QStringList LanguageManager::codes() const
{
    QStringList out;
    for (const Language &l : m_languages)
        out << l.code;
    return out;
}

bool LanguageManager::isAvailable(const QString &code) const
{
    return std::any_of(m_found.cbegin(), m_found.cend(), [&code](const Found &f) { return f.code == code; });
}

QStringList LanguageManager::filesFor(const QString &code) const
{
    for (const Found &f : m_found) {
        if (f.code == code)
            return f.files;
    }
    return {};
}

QString LanguageManager::nativeName(const QString &code) const
{
    const QLocale locale(code);
    // A translation names its own language best (QLocale says "American English").
    for (const QString &file : filesFor(code)) {
        QTranslator translator;
        if (translator.load(file)) {
            const QString name = translator.translate(NameContext, NameSource);
            if (!name.isEmpty())
                return capitalised(locale, name);
        }
    }
    if (code == sourceLanguage())
        return QString::fromUtf8(NameSource);
    if (locale.language() == QLocale::C || QLocale::languageToCode(locale.language()) != code)
        return code;
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : capitalised(locale, name);
}

QLocale LanguageManager::locale(const QString &code)
{
    if (code == QLatin1String("ar"))
        return QLocale(QLocale::Arabic, QLocale::Algeria);
    return QLocale(code);
}

Qt::LayoutDirection LanguageManager::direction(const QString &code)
{
    const QLocale locale(code);
    return locale.language() == QLocale::C ? Qt::LeftToRight : locale.textDirection();
}

const QTranslator *LanguageManager::translator() const
{
    return m_interface;
}

void LanguageManager::removeTranslators()
{
    for (auto it = m_installed.crbegin(); it != m_installed.crend(); ++it) {
        QCoreApplication::removeTranslator(*it);
        delete *it;
    }
    m_installed.clear();
    m_interface = nullptr;
}

QTranslator *LanguageManager::install(const QString &file)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file) || !QCoreApplication::installTranslator(translator.get()))
        return nullptr;
    m_installed.append(translator.get());
    return translator.release();
}

bool LanguageManager::setLanguage(const QString &code)
{
    m_requested = code.isEmpty() ? sourceLanguage() : code;
    const bool available = isAvailable(m_requested);
    const QString effective = available ? m_requested : sourceLanguage();
    if (effective == m_current && !m_dirty)
        return available;

    removeTranslators();
    // Qt's own texts (standard buttons, context menus): Debian's qt6-translations-l10n, or one
    // dropped next to ours.
    const QString qtBase = QStringLiteral("qtbase_") + effective + QStringLiteral(".qm");
    QStringList qtFolders = m_folders;
    qtFolders << QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &folder : std::as_const(qtFolders)) {
        const QString file = QDir(folder).filePath(qtBase);
        if (QFileInfo::exists(file) && install(file))
            break;
    }
    // Ours: the lowest priority first, since Qt asks the last installed translator first. A file
    // dropped in a folder overrides the built-in one; the built-in one fills what it lacks.
    const QStringList files = filesFor(effective);
    for (auto it = files.crbegin(); it != files.crend(); ++it) {
        if (QTranslator *t = install(*it))
            m_interface = t;
    }

    // The simulated screens are French and left to right whatever the tutor language; Qt would
    // otherwise turn the whole application right to left with Qt's Arabic translation.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);

    QLocale::setDefault(locale(effective));
    m_dirty = false;
    const bool changed = effective != m_current;
    m_current = effective;
    if (changed)
        emit languageChanged(effective);
    return available;
}

// LessonLoader: reads modules.json and every lesson.json of a catalogue with the checks of
// lessons/README.md ("The checker"). Nothing here throws or asserts on file content: every
// problem becomes a LessonProblem and the lesson is left out.

#include "catalogue.h"
#include "jsonreader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

using L1 = QLatin1String;
constexpr auto Required = JsonReader::Presence::Required;
constexpr auto Optional = JsonReader::Presence::Optional;

/// Elements inside elements deeper than this are refused (a renderer recursion guard too).
constexpr int MaxElementDepth = 16;
/// Depth of `extra` objects copied into the model.
constexpr int MaxExtraDepth = 16;
constexpr qsizetype MaxIdLength = 64;
constexpr int SupportedFormat = 1;
/// Procedures must say when they were checked against the real service.
const char *const ProceduresModule = "E";

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
                        || u == '_';
        if (!ok)
            return false;
    }
    return true;
}

/// Reads an id field and checks its syntax; returns it (possibly invalid) when it is a string.
std::optional<QString> readId(JsonReader &r, const JsonFields &o, L1 key, JsonReader::Presence p = Required)
{
    auto id = r.string(o, key, p);
    if (id && !isValidId(*id)) {
        r.report(JsonReader::join(o.path(), key),
                 QStringLiteral("%1 is not a valid id (letters, digits, \"-\" and \"_\", at most %2)")
                     .arg(JsonReader::quoted(*id))
                     .arg(MaxIdLength));
    }
    return id;
}

template<typename Enum>
QString namesOf(Enum last, QString (*name)(Enum))
{
    QStringList names;
    for (int i = 0; i <= static_cast<int>(last); ++i)
        names << name(static_cast<Enum>(i));
    return names.join(QStringLiteral(", "));
}

bool isInside(const QString &path, const QString &root)
{
    if (root.endsWith(QLatin1Char('/')))
        return path.startsWith(root);
    return path == root || path.startsWith(root + QLatin1Char('/'));
}

QString regexProblem(const QRegularExpression &re)
{
    return QStringLiteral("regular expression does not compile: %1 (at character %2)")
        .arg(re.errorString())
        .arg(re.patternErrorOffset());
}

/// What the lessons of one load share: the catalogue folder in its three forms, found once (not
/// once per lesson), and the results of checks that many lessons repeat (a shared picture, a common
/// pattern such as a postcode). Within one load, the same path or pattern gives the same answer.
class LoadContext
{
public:
    /// `catalogueRoot`: empty when parsing bytes only (no file-system checks).
    explicit LoadContext(QString catalogueRoot) : m_root(std::move(catalogueRoot))
    {
        if (!m_root.isEmpty()) {
            m_absoluteRoot = QDir::cleanPath(QDir(m_root).absolutePath());
            m_canonicalRoot = QFileInfo(m_root).canonicalFilePath();
        }
    }

    const QString &root() const { return m_root; }
    const QString &absoluteRoot() const { return m_absoluteRoot; }
    const QString &canonicalRoot() const { return m_canonicalRoot; }

    /// An asset file as found on disk, from its lexical (clean, absolute) path.
    struct Asset
    {
        QString canonical; ///< symlinks resolved; empty when the file is missing
        bool isFile = false; ///< looked at only for a canonical path inside the catalogue
    };
    Asset asset(const QString &lexical)
    {
        auto it = m_assets.constFind(lexical);
        if (it == m_assets.constEnd()) {
            Asset a;
            a.canonical = QFileInfo(lexical).canonicalFilePath();
            a.isFile = !a.canonical.isEmpty() && !m_canonicalRoot.isEmpty() && isInside(a.canonical, m_canonicalRoot)
                       && QFileInfo(a.canonical).isFile();
            it = m_assets.insert(lexical, a);
        }
        return *it;
    }

    /// `pattern` compiled once per load (QRegularExpression compiles on first use and shares it).
    QRegularExpression regex(const QString &pattern)
    {
        auto it = m_patterns.constFind(pattern);
        if (it == m_patterns.constEnd())
            it = m_patterns.insert(pattern, QRegularExpression(pattern));
        return *it;
    }

private:
    QString m_root;
    QString m_absoluteRoot;
    QString m_canonicalRoot;
    QHash<QString, Asset> m_assets;
    QHash<QString, QRegularExpression> m_patterns;
};

bool wholeMatch(LoadContext &context, const QString &pattern, const QString &text)
{
    const QRegularExpression re = context.regex(QRegularExpression::anchoredPattern(pattern));
    return re.isValid() && re.match(text).hasMatch();
}

/// The host of a browser address such as "https://caisse-sante.exemple/connexion".
QString hostOf(const QString &address)
{
    QString rest = address.trimmed();
    const qsizetype scheme = rest.indexOf(QStringLiteral("://"));
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    qsizetype end = rest.size();
    for (const QChar stop : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
        const qsizetype at = rest.indexOf(stop);
        if (at >= 0)
            end = std::min(end, at);
    }
    rest = rest.left(end);
    const qsizetype userInfo = rest.lastIndexOf(QLatin1Char('@'));
    if (userInfo >= 0)
        rest = rest.mid(userInfo + 1);
    const qsizetype port = rest.indexOf(QLatin1Char(':'));
    if (port >= 0)
        rest = rest.left(port);
    return rest.toLower();
}

bool extraTooDeep(const QJsonValue &value, int depth)
{
    if (depth > MaxExtraDepth)
        return true;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            if (extraTooDeep(it.value(), depth + 1))
                return true;
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (const QJsonValue &v : a)
            if (extraTooDeep(v, depth + 1))
                return true;
    }
    return false;
}

/// "a form", "an icon".
QString withArticle(const QString &word)
{
    const bool vowel = !word.isEmpty() && QStringLiteral("aeiou").contains(word.at(0));
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + word;
}

QString kindListText(const QList<ElementKind> &kinds)
{
    QStringList names;
    for (const ElementKind k : kinds)
        names << elementKindName(k);
    if (names.size() == 1)
        return names.first();
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

/// Reads one lesson object into the model, reporting every problem with its JSON path.
class LessonParser
{
public:
    LessonParser(JsonReader &reader, LoadContext &context, QString lessonDir, Lesson &lesson)
        : r(reader), m_context(context), m_lessonDir(std::move(lessonDir)), m_lesson(lesson)
    {
    }

    void parse(const QJsonObject &o);

private:
    /// Element id -> JSON path of its first definition, per scene.
    using SceneIndex = QHash<QString, QString>;

    void parseScene(const QJsonObject &o, const QString &path, QSet<QString> &sceneIds);
    void parseElements(const QJsonArray &a, const QString &path, int depth, const QString &sceneId, SceneIndex &index,
                       bool inMenu, QList<Element> &out);
    Element parseElement(const QJsonObject &o, const QString &path, int depth, const QString &sceneId,
                         SceneIndex &index, bool inMenu);
    void parseValidation(const QJsonObject &o, const QString &path, FieldValidation &v);
    void parseStep(const QJsonObject &o, const QString &path, QSet<QString> &stepIds);
    /// Reads an expected action's fields or, with `rule`, a wrong-action rule's (unknown fields reported).
    JsonFields matcherFields(const QJsonObject &o, const QString &path, bool rule);
    ActionMatcher parseMatcher(const JsonFields &o);
    void checkMatcher(const ActionMatcher &m, const QString &path, const Scene *scene, bool rule);
    /// `path()` gives the JSON path of the id, built only for a problem (as in the checks below).
    template<typename PathOf>
    const Element *checkTarget(const QString &id, const PathOf &path, const Scene *scene);
    QString checkAsset(const QString &relative, const QString &path);
    /// Reports a pattern that does not compile; returns whether it compiles.
    template<typename PathOf>
    bool checkRegex(const QString &pattern, const PathOf &path);
    std::optional<double> percent(const JsonFields &o, L1 key);

    JsonReader &r;
    LoadContext &m_context;
    QString m_lessonDir;
    Lesson &m_lesson;
};

void LessonParser::parse(const QJsonObject &o)
{
    const JsonFields f(r, o, {},
                       {L1("$schema"), L1("format"), L1("id"), L1("version"), L1("module"), L1("title"), L1("goal"),
                        L1("minutes"), L1("prerequisites"), L1("checked"), L1("scenes"), L1("steps")});
    r.string(f, L1("$schema"), Optional);
    if (const auto format = r.integer(f, L1("format"), Required); format && *format != SupportedFormat)
        r.report(QStringLiteral("format"),
                 QStringLiteral("unsupported format %1 (this version reads format %2)").arg(*format).arg(SupportedFormat));
    if (const auto id = readId(r, f, L1("id")))
        m_lesson.id = *id;
    if (const auto version = r.integer(f, L1("version"), Required)) {
        if (*version < 1)
            r.report(QStringLiteral("version"), QStringLiteral("must be 1 or more"));
        m_lesson.version = *version;
    }
    if (const auto module = readId(r, f, L1("module")))
        m_lesson.module = *module;
    if (const auto title = r.localized(f, L1("title"), Required))
        m_lesson.title = *title;
    if (const auto goal = r.localized(f, L1("goal"), Required))
        m_lesson.goal = *goal;
    if (const auto minutes = r.integer(f, L1("minutes"), Required)) {
        if (*minutes < 1 || *minutes > 60)
            r.report(QStringLiteral("minutes"), QStringLiteral("must be between 1 and 60, found %1").arg(*minutes));
        m_lesson.minutes = *minutes;
    }
    if (const auto prerequisites = r.array(f, L1("prerequisites"), Optional)) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < prerequisites->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("prerequisites"), i);
            const QJsonValue v = prerequisites->at(i);
            if (!v.isString()) {
                r.report(path, QStringLiteral("expected a string, found %1").arg(JsonReader::typeName(v)));
                continue;
            }
            const QString id = v.toString();
            if (!isValidId(id))
                r.report(path, QStringLiteral("%1 is not a valid lesson id").arg(JsonReader::quoted(id)));
            else if (seen.contains(id))
                r.report(path, QStringLiteral("%1 is listed twice").arg(JsonReader::quoted(id)));
            seen.insert(id);
            m_lesson.prerequisites << id;
        }
    }
    const bool procedure = m_lesson.module == QLatin1String(ProceduresModule);
    if (const auto checked = r.string(f, L1("checked"), procedure ? Required : Optional)) {
        const QDate date = QDate::fromString(*checked, Qt::ISODate);
        if (checked->size() != 10 || !date.isValid())
            r.report(QStringLiteral("checked"),
                     QStringLiteral("%1 is not a date as YYYY-MM-DD").arg(JsonReader::quoted(*checked)));
        else
            m_lesson.checked = date;
    }

    if (const auto scenes = r.array(f, L1("scenes"), Required)) {
        if (scenes->isEmpty())
            r.report(QStringLiteral("scenes"), QStringLiteral("a lesson needs at least one scene"));
        QSet<QString> sceneIds;
        for (qsizetype i = 0; i < scenes->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("scenes"), i);
            if (!scenes->at(i).isObject())
                r.report(path, QStringLiteral("expected an object, found %1").arg(JsonReader::typeName(scenes->at(i))));
            else
                parseScene(scenes->at(i).toObject(), path, sceneIds);
        }
    }
    if (const auto steps = r.array(f, L1("steps"), Required)) {
        if (steps->isEmpty())
            r.report(QStringLiteral("steps"), QStringLiteral("a lesson needs at least one step"));
        QSet<QString> stepIds;
        for (qsizetype i = 0; i < steps->size(); ++i) {
            const QString path = JsonReader::index(QStringLiteral("steps"), i);
            if (!steps->at(i).isObject())
                r.report(path, QStringLiteral("expected an object, found %1").arg(JsonReader::typeName(steps->at(i))));
            else
                parseStep(steps->at(i).toObject(), path, stepIds);
        }
    }
}

void LessonParser::parseScene(const QJsonObject &o, const QString &path, QSet<QString> &sceneIds)
{
    const JsonFields f(r, o, path,
                       {L1("id"), L1("kind"), L1("title"), L1("address"), L1("secure"), L1("extra"), L1("elements")});
    Scene scene;
    if (const auto id = readId(r, f, L1("id"))) {
        scene.id = *id;
        if (sceneIds.contains(*id))
            r.report(JsonReader::join(path, L1("id")), QStringLiteral("duplicate scene id %1").arg(JsonReader::quoted(*id)));
        sceneIds.insert(*id);
    }
    if (const auto kind = r.string(f, L1("kind"), Required)) {
        if (const auto k = sceneKindFromName(*kind))
            scene.kind = *k;
        else
            r.report(JsonReader::join(path, L1("kind")), QStringLiteral("unknown scene kind %1 (expected one of: %2)")
                                                            .arg(JsonReader::quoted(*kind),
                                                                 namesOf(SceneKind::Quiz, &sceneKindName)));
    }
    scene.title = r.string(f, L1("title"), Optional).value_or(QString());
    if (const auto address = r.string(f, L1("address"), Optional)) {
        scene.address = *address;
        const QString host = hostOf(*address);
        if (!address->isEmpty() && !host.endsWith(QStringLiteral(".exemple")))
            r.report(JsonReader::join(path, L1("address")),
                     QStringLiteral("%1 is not a fictional address (the host must end in \".exemple\")")
                         .arg(JsonReader::quoted(*address)));
    }
    scene.secure = r.boolean(f, L1("secure"), Optional).value_or(true);
    if (const auto extra = r.object(f, L1("extra"), Optional)) {
        if (extraTooDeep(*extra, 1))
            r.report(JsonReader::join(path, L1("extra")), QStringLiteral("nested deeper than %1 levels").arg(MaxExtraDepth));
        else
            scene.extra = extra->toVariantMap();
    }
    if (const auto elements = r.array(f, L1("elements"), Optional)) {
        SceneIndex index;
        parseElements(*elements, JsonReader::join(path, L1("elements")), 1, scene.id, index, false, scene.elements);
    }
    m_lesson.scenes.append(std::move(scene));
}

void LessonParser::parseElements(const QJsonArray &a, const QString &path, int depth, const QString &sceneId,
                                 SceneIndex &index, bool inMenu, QList<Element> &out)
{
    if (depth > MaxElementDepth) {
        r.report(path, QStringLiteral("elements are nested deeper than %1 levels").arg(MaxElementDepth));
        return;
    }
    out.reserve(out.size() + a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString itemPath = JsonReader::index(path, i);
        const QJsonValue item = a.at(i);
        if (!item.isObject()) {
            r.report(itemPath, QStringLiteral("expected an object, found %1").arg(JsonReader::typeName(item)));
            continue;
        }
        out.append(parseElement(item.toObject(), itemPath, depth, sceneId, index, inMenu));
    }
}

std::optional<double> LessonParser::percent(const JsonFields &o, L1 key)
{
    const auto v = r.number(o, key, Optional);
    if (v && (*v < 0 || *v > 100)) {
        r.report(JsonReader::join(o.path(), key), QStringLiteral("must be between 0 and 100 (% of the scene)"));
        return std::nullopt;
    }
    return v;
}

Element LessonParser::parseElement(const QJsonObject &o, const QString &path, int depth, const QString &sceneId,
                                   SceneIndex &index, bool inMenu)
{
    const JsonFields f(r, o, path,
                       {L1("id"), L1("kind"), L1("label"), L1("text"), L1("placeholder"), L1("value"), L1("icon"),
                        L1("from"), L1("subject"), L1("date"), L1("href"), L1("size"), L1("options"), L1("x"), L1("y"),
                        L1("width"), L1("height"), L1("image"), L1("validation"), L1("extra"), L1("children"),
                        L1("menu")});
    Element e;
    if (const auto id = readId(r, f, L1("id"))) {
        e.id = *id;
        const auto first = index.constFind(*id);
        if (first != index.constEnd())
            r.report(JsonReader::join(path, L1("id")),
                     QStringLiteral("duplicate element id %1 in scene %2 (first at %3)")
                         .arg(JsonReader::quoted(*id), JsonReader::quoted(sceneId), first.value()));
        else
            index.insert(*id, path);
    }
    bool kindKnown = false;
    if (const auto kind = r.string(f, L1("kind"), Required)) {
        if (const auto k = elementKindFromName(*kind)) {
            e.kind = *k;
            kindKnown = true;
        } else {
            r.report(JsonReader::join(path, L1("kind")), QStringLiteral("unknown element kind %1 (expected one of: %2)")
                                                            .arg(JsonReader::quoted(*kind),
                                                                 namesOf(ElementKind::Option, &elementKindName)));
        }
    }
    const auto text = [&](L1 key) { return r.string(f, key, Optional).value_or(QString()); };
    e.label = text(L1("label"));
    e.text = text(L1("text"));
    e.placeholder = text(L1("placeholder"));
    e.value = text(L1("value"));
    e.icon = text(L1("icon"));
    e.from = text(L1("from"));
    e.subject = text(L1("subject"));
    e.date = text(L1("date"));
    e.href = text(L1("href"));
    e.size = text(L1("size"));
    e.options = r.stringList(f, L1("options"), Optional).value_or(QStringList());
    e.x = percent(f, L1("x")).value_or(-1);
    e.y = percent(f, L1("y")).value_or(-1);
    e.width = percent(f, L1("width")).value_or(-1);
    e.height = percent(f, L1("height")).value_or(-1);
    if (const auto image = r.string(f, L1("image"), e.kind == ElementKind::Image && kindKnown ? Required : Optional))
        e.image = checkAsset(*image, JsonReader::join(path, L1("image")));

    if (!e.size.isEmpty() && e.size != QLatin1String("large") && e.size != QLatin1String("medium")
        && e.size != QLatin1String("small"))
        r.report(JsonReader::join(path, L1("size")),
                 QStringLiteral("%1 is not a size (large, medium or small)").arg(JsonReader::quoted(e.size)));
    if (kindKnown) {
        if (inMenu && e.kind != ElementKind::MenuItem)
            r.report(JsonReader::join(path, L1("kind")), QStringLiteral("a menu holds only menu-item elements"));
        if (!inMenu && e.kind == ElementKind::MenuItem)
            r.report(JsonReader::join(path, L1("kind")), QStringLiteral("a menu-item belongs in a \"menu\""));
        if (e.kind == ElementKind::Select) {
            if (e.options.isEmpty())
                r.report(JsonReader::join(path, L1("options")), QStringLiteral("a select needs at least one option"));
            else if (!e.value.isEmpty() && !e.options.contains(e.value))
                r.report(JsonReader::join(path, L1("value")),
                         QStringLiteral("%1 is not one of the options").arg(JsonReader::quoted(e.value)));
        }
        if ((e.kind == ElementKind::Checkbox || e.kind == ElementKind::Radio) && !e.value.isEmpty()
            && e.value != QLatin1String("true") && e.value != QLatin1String("false"))
            r.report(JsonReader::join(path, L1("value")),
                     QStringLiteral("must be \"true\" or \"false\", found %1").arg(JsonReader::quoted(e.value)));
    }
    if (const auto validation = r.object(f, L1("validation"), Optional))
        parseValidation(*validation, JsonReader::join(path, L1("validation")), e.validation);
    if (const auto extra = r.object(f, L1("extra"), Optional)) {
        if (extraTooDeep(*extra, 1))
            r.report(JsonReader::join(path, L1("extra")), QStringLiteral("nested deeper than %1 levels").arg(MaxExtraDepth));
        else
            e.extra = extra->toVariantMap();
    }
    if (const auto children = r.array(f, L1("children"), Optional))
        parseElements(*children, JsonReader::join(path, L1("children")), depth + 1, sceneId, index, false, e.children);
    if (const auto menu = r.array(f, L1("menu"), Optional))
        parseElements(*menu, JsonReader::join(path, L1("menu")), depth + 1, sceneId, index, true, e.menu);
    return e;
}

void LessonParser::parseValidation(const QJsonObject &o, const QString &path, FieldValidation &v)
{
    const JsonFields f(r, o, path,
                       {L1("required"), L1("pattern"), L1("minLength"), L1("maxLength"), L1("message"),
                        L1("requiredMessage")});
    v.required = r.boolean(f, L1("required"), Optional).value_or(false);
    if (const auto pattern = r.string(f, L1("pattern"), Optional)) {
        v.pattern = *pattern;
        checkRegex(*pattern, [&] { return JsonReader::join(path, L1("pattern")); });
    }
    for (const L1 key : {L1("minLength"), L1("maxLength")}) {
        if (const auto n = r.integer(f, key, Optional)) {
            if (*n < 0)
                r.report(JsonReader::join(path, key), QStringLiteral("must be 0 or more"));
            (key == L1("minLength") ? v.minLength : v.maxLength) = *n;
        }
    }
    if (v.minLength >= 0 && v.maxLength >= 0 && v.minLength > v.maxLength)
        r.report(JsonReader::join(path, L1("minLength")), QStringLiteral("is larger than maxLength"));
    v.message = r.string(f, L1("message"), Optional).value_or(QString());
    v.requiredMessage = r.string(f, L1("requiredMessage"), Optional).value_or(QString());
    const bool hasRule = !v.pattern.isEmpty() || v.minLength >= 0 || v.maxLength >= 0;
    if (hasRule && v.message.trimmed().isEmpty())
        r.report(JsonReader::join(path, L1("message")),
                 QStringLiteral("the French error text is required with a pattern or a length rule"));
    else if (v.required && v.message.trimmed().isEmpty() && v.requiredMessage.trimmed().isEmpty())
        r.report(JsonReader::join(path, L1("requiredMessage")),
                 QStringLiteral("the French error text for an empty required field is missing (give requiredMessage "
                                "or message)"));
}

template<typename PathOf>
bool LessonParser::checkRegex(const QString &pattern, const PathOf &path)
{
    const QRegularExpression re = m_context.regex(pattern);
    if (re.isValid())
        return true;
    r.report(path(), regexProblem(re));
    return false;
}

void LessonParser::parseStep(const QJsonObject &o, const QString &path, QSet<QString> &stepIds)
{
    const JsonFields f(r, o, path,
                       {L1("id"), L1("scene"), L1("say"), L1("hint"), L1("success"), L1("expect"), L1("wrong")});
    Step step;
    if (const auto id = readId(r, f, L1("id"))) {
        step.id = *id;
        if (stepIds.contains(*id))
            r.report(JsonReader::join(path, L1("id")), QStringLiteral("duplicate step id %1").arg(JsonReader::quoted(*id)));
        stepIds.insert(*id);
    }
    const Scene *scene = nullptr;
    if (const auto sceneId = r.string(f, L1("scene"), Required)) {
        step.scene = *sceneId;
        scene = m_lesson.findScene(*sceneId);
        if (!scene)
            r.report(JsonReader::join(path, L1("scene")), QStringLiteral("no scene %1 in this lesson").arg(JsonReader::quoted(*sceneId)));
    }
    step.say = r.localized(f, L1("say"), Required).value_or(LocalizedText());
    step.hint = r.localized(f, L1("hint"), Optional).value_or(LocalizedText());
    step.success = r.localized(f, L1("success"), Optional).value_or(LocalizedText());
    if (const auto expect = r.object(f, L1("expect"), Required)) {
        const JsonFields fields = matcherFields(*expect, JsonReader::join(path, L1("expect")), false);
        step.expect = parseMatcher(fields);
        if (fields.has(L1("action")))
            checkMatcher(step.expect, fields.path(), scene, false);
    }
    if (const auto wrong = r.array(f, L1("wrong"), Optional)) {
        const QString wrongPath = JsonReader::join(path, L1("wrong"));
        for (qsizetype i = 0; i < wrong->size(); ++i) {
            const QString rulePath = JsonReader::index(wrongPath, i);
            if (!wrong->at(i).isObject()) {
                r.report(rulePath, QStringLiteral("expected an object, found %1").arg(JsonReader::typeName(wrong->at(i))));
                continue;
            }
            const JsonFields fields = matcherFields(wrong->at(i).toObject(), rulePath, true);
            WrongRule rule;
            rule.when = parseMatcher(fields);
            rule.message = r.localized(fields, L1("message"), Required).value_or(LocalizedText());
            if (fields.has(L1("action")))
                checkMatcher(rule.when, rulePath, scene, true);
            step.wrong.append(std::move(rule));
        }
    }
    m_lesson.steps.append(std::move(step));
}

JsonFields LessonParser::matcherFields(const QJsonObject &o, const QString &path, bool rule)
{
    const std::initializer_list<L1> known{L1("action"), L1("target"), L1("to"), L1("field"), L1("example"),
                                          L1("value"), L1("values"), L1("match"), L1("message")};
    if (rule)
        return JsonFields(r, o, path, known);
    // Allowed in rules only; an expected action's "field" is still read.
    return JsonFields(r, o, path, known, {L1("field"), L1("message")});
}

ActionMatcher LessonParser::parseMatcher(const JsonFields &o)
{
    ActionMatcher m;
    if (const auto action = r.string(o, L1("action"), Required)) {
        if (const auto a = actionKindFromName(*action))
            m.action = *a;
        else
            r.report(JsonReader::join(o.path(), L1("action")), QStringLiteral("unknown action %1 (expected one of: %2)")
                                                              .arg(JsonReader::quoted(*action),
                                                                   namesOf(ActionKind::Listen, &actionKindName)));
    }
    m.target = r.string(o, L1("target"), Optional).value_or(QString());
    m.to = r.string(o, L1("to"), Optional).value_or(QString());
    m.field = r.string(o, L1("field"), Optional).value_or(QString());
    m.example = r.string(o, L1("example"), Optional).value_or(QString());
    const auto value = r.string(o, L1("value"), Optional);
    const auto values = r.stringList(o, L1("values"), Optional);
    m.value = value.value_or(QString());
    m.values = values.value_or(QStringList());
    m.hasValue = value.has_value() || values.has_value();
    if (const auto match = r.string(o, L1("match"), Optional)) {
        if (const auto t = textMatchFromName(*match))
            m.match = *t;
        else
            r.report(JsonReader::join(o.path(), L1("match")),
                     QStringLiteral("unknown match %1 (expected exact, loose or regex)").arg(JsonReader::quoted(*match)));
    }
    return m;
}

template<typename PathOf>
const Element *LessonParser::checkTarget(const QString &id, const PathOf &path, const Scene *scene)
{
    if (!scene)
        return nullptr; // the step's scene is already reported
    const Element *e = scene->findElement(id);
    if (!e)
        r.report(path(), QStringLiteral("no element %1 in scene %2").arg(JsonReader::quoted(id), JsonReader::quoted(scene->id)));
    return e;
}

void LessonParser::checkMatcher(const ActionMatcher &m, const QString &path, const Scene *scene, bool rule)
{
    // Built only for a problem: most matchers have none.
    const auto action = [&] { return JsonReader::quoted(actionKindName(m.action)); };
    const auto targetPath = [&] { return JsonReader::join(path, L1("target")); };
    const auto valuePath = [&] { return JsonReader::join(path, L1("value")); };
    const auto valuesPath = [&] { return JsonReader::join(path, L1("values")); };

    // Which element kinds the target must have (empty: any element).
    QList<ElementKind> wanted;
    bool needsTarget = true;
    switch (m.action) {
    case ActionKind::Type:
        wanted = {ElementKind::TextField, ElementKind::PasswordField, ElementKind::DateField};
        break;
    case ActionKind::Select:
        wanted = {ElementKind::Select};
        break;
    case ActionKind::Check:
        wanted = {ElementKind::Checkbox, ElementKind::Radio};
        break;
    case ActionKind::Upload:
        wanted = {ElementKind::FilePicker};
        break;
    case ActionKind::Submit:
        wanted = {ElementKind::Form};
        break;
    case ActionKind::Choose:
    case ActionKind::Order:
    case ActionKind::Listen:
        needsTarget = false;
        break;
    default:
        break;
    }

    const Element *target = nullptr;
    if (m.target.isEmpty()) {
        if (needsTarget && !rule)
            r.report(targetPath(), QStringLiteral("%1 needs a target element").arg(action()));
    } else {
        target = checkTarget(m.target, targetPath, scene);
        if (target && !wanted.isEmpty() && !wanted.contains(target->kind))
            r.report(targetPath(), QStringLiteral("%1 needs %2; %3 is %4")
                                     .arg(action(), withArticle(kindListText(wanted)), JsonReader::quoted(m.target),
                                          withArticle(elementKindName(target->kind))));
    }
    if (!m.to.isEmpty())
        checkTarget(m.to, [&] { return JsonReader::join(path, L1("to")); }, scene);
    else if (m.action == ActionKind::Drag && !rule)
        r.report(JsonReader::join(path, L1("to")), QStringLiteral("\"drag\" needs \"to\": where the item is dropped"));
    if (!m.field.isEmpty())
        checkTarget(m.field, [&] { return JsonReader::join(path, L1("field")); }, scene);

    // Compiled once here (each compilation is also a JIT compilation, the costliest check).
    const bool validRegex = m.match == TextMatch::Regex && !m.value.isEmpty() && checkRegex(m.value, valuePath);

    switch (m.action) {
    case ActionKind::Type:
        if (!rule && m.value.isEmpty())
            r.report(valuePath(), QStringLiteral("\"type\" needs the expected text"));
        if (m.match == TextMatch::Regex && !m.value.isEmpty()) {
            // Expected steps need an example ("show me" types it); a rule may give one too.
            const auto examplePath = [&] { return JsonReader::join(path, L1("example")); };
            if (m.example.isEmpty()) {
                if (!rule)
                    r.report(examplePath(), QStringLiteral("a \"regex\" value needs an example text that matches it"));
            } else if (validRegex && !wholeMatch(m_context, m.value, m.example)) {
                r.report(examplePath(), QStringLiteral("%1 does not match the value").arg(JsonReader::quoted(m.example)));
            }
        }
        break;
    case ActionKind::Select:
        if (!rule && m.value.isEmpty())
            r.report(valuePath(), QStringLiteral("\"select\" needs the option text"));
        else if (target && target->kind == ElementKind::Select && !m.value.isEmpty() && m.match == TextMatch::Exact
                 && !target->options.contains(m.value.trimmed()))
            r.report(valuePath(), QStringLiteral("%1 is not an option of %2")
                                    .arg(JsonReader::quoted(m.value), JsonReader::quoted(target->id)));
        break;
    case ActionKind::Check:
        if (!m.value.isEmpty() && m.value != QLatin1String("true") && m.value != QLatin1String("false"))
            r.report(valuePath(), QStringLiteral("must be \"true\" or \"false\", found %1").arg(JsonReader::quoted(m.value)));
        break;
    case ActionKind::Upload:
        if (!rule && m.value.isEmpty()) {
            r.report(valuePath(), QStringLiteral("\"upload\" needs the file name"));
        } else if (target && target->kind == ElementKind::FilePicker && !m.value.isEmpty() && m.match == TextMatch::Exact) {
            Scene picker;
            picker.elements = target->children;
            bool found = false;
            const QList<const Element *> inside = picker.allElements();
            for (const Element *f : inside)
                found = found || (f->kind == ElementKind::File && f->label == m.value.trimmed());
            if (!found)
                r.report(valuePath(), QStringLiteral("no file %1 in file picker %2")
                                        .arg(JsonReader::quoted(m.value), JsonReader::quoted(target->id)));
        }
        break;
    case ActionKind::Choose:
    case ActionKind::Order: {
        if (!rule && m.values.isEmpty())
            r.report(valuesPath(), QStringLiteral("%1 needs \"values\": the ids of the options").arg(action()));
        QSet<QString> seen;
        for (qsizetype i = 0; i < m.values.size(); ++i) {
            const auto itemPath = [&] { return JsonReader::index(valuesPath(), i); };
            const QString &id = m.values.at(i);
            if (seen.contains(id)) {
                r.report(itemPath(), QStringLiteral("%1 is listed twice").arg(JsonReader::quoted(id)));
                continue;
            }
            seen.insert(id);
            const Element *option = checkTarget(id, itemPath, scene);
            if (option && option->kind != ElementKind::Option)
                r.report(itemPath(), QStringLiteral("%1 is %2, not an option")
                                       .arg(JsonReader::quoted(id), withArticle(elementKindName(option->kind))));
        }
        break;
    }
    default:
        break;
    }
}

QString LessonParser::checkAsset(const QString &relative, const QString &path)
{
    if (relative.isEmpty()) {
        r.report(path, QStringLiteral("asset path is empty"));
        return {};
    }
    const bool absolute = QDir::isAbsolutePath(relative) || relative.startsWith(QLatin1Char('/'))
                          || relative.startsWith(QLatin1Char('\\'))
                          || (relative.size() >= 2 && relative.at(1) == QLatin1Char(':'));
    if (absolute) {
        r.report(path, QStringLiteral("absolute asset path %1 is not allowed: give a path relative to the lesson folder")
                           .arg(JsonReader::quoted(relative)));
        return {};
    }
    if (relative.contains(QLatin1Char('\\'))) {
        r.report(path, QStringLiteral("asset path %1 uses \"\\\": separate folders with \"/\"").arg(JsonReader::quoted(relative)));
        return {};
    }
    if (m_context.root().isEmpty() || m_lessonDir.isEmpty())
        return relative; // parsing bytes only: the file system is not consulted
    const QString lexical = QDir::cleanPath(m_lessonDir + QLatin1Char('/') + relative);
    if (!isInside(lexical, m_context.absoluteRoot())) {
        r.report(path, QStringLiteral("asset path %1 leads out of the catalogue").arg(JsonReader::quoted(relative)));
        return {};
    }
    // Resolve symlinks before looking at the file: a link may point outside the catalogue.
    const LoadContext::Asset asset = m_context.asset(lexical);
    if (asset.canonical.isEmpty()) {
        r.report(path, QStringLiteral("asset file %1 is missing").arg(JsonReader::quoted(relative)));
        return {};
    }
    if (m_context.canonicalRoot().isEmpty() || !isInside(asset.canonical, m_context.canonicalRoot())) {
        r.report(path, QStringLiteral("asset %1 is a link leading out of the catalogue").arg(JsonReader::quoted(relative)));
        return {};
    }
    if (!asset.isFile) {
        r.report(path, QStringLiteral("asset %1 is not a file").arg(JsonReader::quoted(relative)));
        return {};
    }
    return asset.canonical;
}

bool parseLessonImpl(const QByteArray &bytes, const QString &fileName, const QString &absoluteFile,
                     LoadContext &context, Lesson &lesson, QList<LessonProblem> &problems)
{
    JsonReader reader(fileName, problems);
    const QFileInfo info(absoluteFile);
    lesson.filePath = info.absoluteFilePath();
    lesson.directory = info.absolutePath();
    const auto top = reader.parseObject(bytes, LessonLoader::MaxFileBytes);
    if (!top)
        return false;
    LessonParser parser(reader, context, context.root().isEmpty() ? QString() : lesson.directory, lesson);
    parser.parse(*top);
    return reader.count() == 0;
}

/// Reads a catalogue file with the size checked before reading. Reports and returns nothing on failure.
std::optional<QByteArray> readFile(const QString &absolutePath, JsonReader &reader)
{
    const QFileInfo info(absolutePath);
    const qint64 size = info.size(); // one stat call, which also tells exists() (else a call of its own)
    if (!info.exists()) {
        reader.report(JsonReader::filePath(), QStringLiteral("file not found"));
        return std::nullopt;
    }
    if (size > LessonLoader::MaxFileBytes) {
        reader.report(JsonReader::filePath(), QStringLiteral("file is larger than %1 MB (%2 bytes)")
                                                  .arg(LessonLoader::MaxFileBytes / (1024 * 1024))
                                                  .arg(size));
        return std::nullopt;
    }
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        reader.report(JsonReader::filePath(), QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    // The file may grow between the size check and the read: never read past the limit.
    QByteArray bytes = file.read(LessonLoader::MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        reader.report(JsonReader::filePath(), QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return bytes;
}

/// Reads modules.json; `broken` receives the ids of modules that were listed with problems.
QList<Module> loadModules(const QString &absolutePath, JsonReader &r, QSet<QString> &broken)
{
    QList<Module> modules;
    const auto bytes = readFile(absolutePath, r);
    if (!bytes)
        return modules;
    const auto top = r.parseObject(*bytes, LessonLoader::MaxFileBytes);
    if (!top)
        return modules;
    const JsonFields f(r, *top, {}, {L1("$schema"), L1("format"), L1("modules")});
    r.string(f, L1("$schema"), Optional);
    if (const auto format = r.integer(f, L1("format"), Required); format && *format != SupportedFormat)
        r.report(QStringLiteral("format"),
                 QStringLiteral("unsupported format %1 (this version reads format %2)").arg(*format).arg(SupportedFormat));
    const auto list = r.array(f, L1("modules"), Required);
    if (!list)
        return modules;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("modules"), i);
        if (!list->at(i).isObject()) {
            r.report(path, QStringLiteral("expected an object, found %1").arg(JsonReader::typeName(list->at(i))));
            continue;
        }
        const int before = r.count();
        const JsonFields o(r, list->at(i).toObject(), path, {L1("id"), L1("order"), L1("title"), L1("description")});
        Module m;
        const auto id = readId(r, o, L1("id"));
        if (id) {
            m.id = *id;
            if (ids.contains(*id))
                r.report(JsonReader::join(path, L1("id")), QStringLiteral("duplicate module id %1").arg(JsonReader::quoted(*id)));
        }
        m.order = r.integer(o, L1("order"), Required).value_or(0);
        m.title = r.localized(o, L1("title"), Required).value_or(LocalizedText());
        m.description = r.localized(o, L1("description"), Optional).value_or(LocalizedText());
        if (r.count() == before)
            modules.append(m);
        else if (id && !ids.contains(*id))
            broken.insert(*id);
        if (id)
            ids.insert(*id);
    }
    std::stable_sort(modules.begin(), modules.end(), [](const Module &a, const Module &b) { return a.order < b.order; });
    return modules;
}

/// One lesson file of the catalogue while it is being loaded.
struct Entry
{
    QString file; ///< as shown in problems
    Lesson lesson;
    bool parsed = false; ///< the JSON object could be read (the lesson id is known)
    QList<LessonProblem> problems;
};

/// Shortest prerequisite path from `start` back to itself, e.g. {A, B, A}; empty when none.
QStringList cycleThrough(const QString &start, const QHash<QString, QStringList> &graph)
{
    QHash<QString, QString> parent;
    QList<QString> queue;
    for (const QString &next : graph.value(start)) {
        if (!parent.contains(next)) {
            parent.insert(next, start);
            queue.append(next);
        }
    }
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const QString current = queue.at(head);
        if (current == start) {
            QStringList cycle{start};
            QString at = parent.value(start);
            while (at != start) {
                cycle.prepend(at);
                at = parent.value(at);
            }
            cycle.prepend(start);
            return cycle;
        }
        for (const QString &next : graph.value(current)) {
            if (!parent.contains(next)) {
                parent.insert(next, current);
                queue.append(next);
            }
        }
    }
    return {};
}

/// The lessons that lie on a prerequisite cycle (Tarjan's strongly connected components, iterative):
/// one pass over the graph, so that the shortest cycle is searched only from those lessons.
QSet<QString> lessonsOnCycles(const QHash<QString, QStringList> &graph)
{
    struct Frame
    {
        QString node;
        qsizetype next = 0; ///< the next prerequisite to look at
    };
    QHash<QString, int> order;
    QHash<QString, int> low;
    QSet<QString> onStack;
    QStringList stack;
    QSet<QString> result;
    int counter = 0;
    for (auto start = graph.constBegin(); start != graph.constEnd(); ++start) {
        if (order.contains(start.key()))
            continue;
        QList<Frame> frames{{start.key()}};
        order.insert(start.key(), counter);
        low.insert(start.key(), counter++);
        stack << start.key();
        onStack.insert(start.key());
        while (!frames.isEmpty()) {
            Frame &frame = frames.last();
            const auto edges = graph.constFind(frame.node);
            if (edges != graph.constEnd() && frame.next < edges->size()) {
                const QString next = edges->at(frame.next++);
                if (!graph.contains(next))
                    continue; // unknown lesson: reported elsewhere, on no cycle
                if (!order.contains(next)) {
                    order.insert(next, counter);
                    low.insert(next, counter++);
                    stack << next;
                    onStack.insert(next);
                    frames.append({next});
                } else if (onStack.contains(next)) {
                    low[frame.node] = std::min(low.value(frame.node), order.value(next));
                }
                continue;
            }
            const QString node = frame.node;
            frames.removeLast();
            if (!frames.isEmpty())
                low[frames.last().node] = std::min(low.value(frames.last().node), low.value(node));
            if (low.value(node) != order.value(node))
                continue;
            QStringList component;
            QString member;
            do {
                member = stack.takeLast();
                onStack.remove(member);
                component << member;
            } while (member != node);
            if (component.size() > 1 || graph.value(node).contains(node))
                for (const QString &m : std::as_const(component))
                    result.insert(m);
        }
    }
    return result;
}

} // namespace

bool LessonLoader::parseLesson(const QByteArray &bytes, const QString &fileName, const QString &catalogueRoot,
                               Lesson &lesson, QList<LessonProblem> &problems)
{
    LoadContext context(catalogueRoot);
    return parseLessonImpl(bytes, fileName, QFileInfo(fileName).absoluteFilePath(), context, lesson, problems);
}

Catalogue LessonLoader::loadCatalogue(const QString &rootDir)
{
    Catalogue catalogue;
    const QString given = rootDir.isEmpty() ? QStringLiteral(".") : rootDir;
    const QFileInfo rootInfo(given);
    if (!rootInfo.isDir()) {
        catalogue.problems.append({given, JsonReader::filePath(),
                                   rootInfo.exists() ? QStringLiteral("not a folder")
                                                     : QStringLiteral("catalogue folder not found")});
        return catalogue;
    }
    catalogue.root = rootInfo.canonicalFilePath();
    const QDir root(catalogue.root);
    const auto shown = [&](const QString &relative) { return QDir::cleanPath(given + QLatin1Char('/') + relative); };

    // Modules first: their problems are listed first.
    QSet<QString> brokenModules;
    const QString modulesFile = shown(QStringLiteral("modules.json"));
    {
        JsonReader reader(modulesFile, catalogue.problems);
        catalogue.modules = loadModules(root.filePath(QStringLiteral("modules.json")), reader, brokenModules);
    }

    // Symlinked folders are not followed (no loops, nothing outside); symlinked files are checked below.
    QStringList relatives;
    QSet<QString> links;
    QDirIterator it(catalogue.root, {QStringLiteral("lesson.json")}, QDir::Files | QDir::CaseSensitive,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        relatives << root.relativeFilePath(it.next());
        if (it.fileInfo().isSymLink()) // known from the folder listing, no file-system call
            links.insert(relatives.constLast());
    }
    std::sort(relatives.begin(), relatives.end());
    LoadContext context(catalogue.root);

    QList<Entry> entries;
    for (const QString &relative : std::as_const(relatives)) {
        Entry entry;
        entry.file = shown(relative);
        const QString absolute = root.filePath(relative);
        JsonReader reader(entry.file, entry.problems);
        // Only a link can lead out: the root is canonical and the folders walked are no links.
        if (links.contains(relative) && !isInside(QFileInfo(absolute).canonicalFilePath(), catalogue.root)) {
            reader.report(JsonReader::filePath(), QStringLiteral("the file is a link leading out of the catalogue"));
        } else if (const auto bytes = readFile(absolute, reader)) {
            parseLessonImpl(*bytes, entry.file, absolute, context, entry.lesson, entry.problems);
            entry.parsed = !entry.lesson.id.isEmpty();
        }
        entries.append(std::move(entry));
    }
    if (entries.isEmpty())
        catalogue.problems.append({given, JsonReader::filePath(), QStringLiteral("no lesson.json found in the catalogue")});

    // Cross-lesson rules: modules, unique ids, prerequisites.
    QHash<QString, qsizetype> firstById;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry &e = entries[i];
        if (!e.parsed)
            continue;
        JsonReader reader(e.file, e.problems);
        if (!e.lesson.module.isEmpty() && !catalogue.findModule(e.lesson.module)) {
            if (brokenModules.contains(e.lesson.module))
                reader.report(QStringLiteral("module"), QStringLiteral("module %1 has problems in modules.json")
                                                            .arg(JsonReader::quoted(e.lesson.module)));
            else
                reader.report(QStringLiteral("module"), QStringLiteral("unknown module %1 (not in modules.json)")
                                                            .arg(JsonReader::quoted(e.lesson.module)));
        }
        const auto first = firstById.constFind(e.lesson.id);
        if (first != firstById.constEnd())
            reader.report(QStringLiteral("id"), QStringLiteral("duplicate lesson id %1 (also in %2)")
                                                    .arg(JsonReader::quoted(e.lesson.id), entries.at(*first).file));
        else
            firstById.insert(e.lesson.id, i);
    }
    QHash<QString, QStringList> graph;
    for (auto byId = firstById.constBegin(); byId != firstById.constEnd(); ++byId)
        graph.insert(byId.key(), entries.at(byId.value()).lesson.prerequisites);
    const QSet<QString> onCycles = lessonsOnCycles(graph);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry &e = entries[i];
        if (!e.parsed)
            continue;
        JsonReader reader(e.file, e.problems);
        const QStringList &prerequisites = e.lesson.prerequisites;
        for (qsizetype p = 0; p < prerequisites.size(); ++p)
            if (!firstById.contains(prerequisites.at(p)))
                reader.report(JsonReader::index(QStringLiteral("prerequisites"), p),
                              QStringLiteral("unknown lesson %1").arg(JsonReader::quoted(prerequisites.at(p))));
        if (firstById.value(e.lesson.id) != i || !onCycles.contains(e.lesson.id))
            continue;
        const QStringList cycle = cycleThrough(e.lesson.id, graph);
        if (!cycle.isEmpty()) {
            const qsizetype p = std::max<qsizetype>(0, prerequisites.indexOf(cycle.at(1)));
            reader.report(JsonReader::index(QStringLiteral("prerequisites"), p),
                          QStringLiteral("prerequisite cycle: %1").arg(cycle.join(QStringLiteral(" -> "))));
        }
    }

    // Valid lessons by module order, then file path; problems in file order.
    for (Entry &e : entries) {
        if (e.problems.isEmpty()) {
            catalogue.lessons.append(std::move(e.lesson));
        } else {
            const LessonProblem &first = e.problems.constFirst();
            catalogue.disabled.insert(e.file, first.path + QStringLiteral(": ") + first.message);
            catalogue.problems.append(e.problems);
        }
    }
    const auto moduleRank = [&](const Lesson &l) {
        for (qsizetype i = 0; i < catalogue.modules.size(); ++i)
            if (catalogue.modules.at(i).id == l.module)
                return i;
        return catalogue.modules.size();
    };
    std::stable_sort(catalogue.lessons.begin(), catalogue.lessons.end(),
                     [&](const Lesson &a, const Lesson &b) { return moduleRank(a) < moduleRank(b); });
    return catalogue;
}

const Lesson *Catalogue::findLesson(const QString &lessonId) const
{
    for (const Lesson &l : lessons)
        if (l.id == lessonId)
            return &l;
    return nullptr;
}

const Module *Catalogue::findModule(const QString &moduleId) const
{
    for (const Module &m : modules)
        if (m.id == moduleId)
            return &m;
    return nullptr;
}

QList<const Lesson *> Catalogue::lessonsOfModule(const QString &moduleId) const
{
    QList<const Lesson *> out;
    for (const Lesson &l : lessons)
        if (l.module == moduleId)
            out.append(&l);
    return out;
}

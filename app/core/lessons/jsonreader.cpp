#include "jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace {

bool isBlank(const QByteArray &bytes)
{
    for (const char c : bytes)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    return true;
}

/// Language codes as in BCP 47, loosely: "fr", "ar", "en", "pt-BR", "zgh".
bool isLanguageCode(const QString &code)
{
    if (code.size() < 2 || code.size() > 12)
        return false;
    qsizetype i = 0;
    for (; i < code.size() && code.at(i) >= QLatin1Char('a') && code.at(i) <= QLatin1Char('z'); ++i) { }
    if (i < 2 || i > 3)
        return false;
    for (; i < code.size(); ++i) {
        const QChar c = code.at(i);
        const bool ok = c == QLatin1Char('-') || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
                        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!ok)
            return false;
    }
    return !code.endsWith(QLatin1Char('-'));
}

} // namespace

void JsonReader::report(const QString &path, const QString &message)
{
    m_problems.append(LessonProblem{m_file, path, message});
    ++m_count;
}

qsizetype JsonReader::invalidUtf8Offset(const QByteArray &bytes)
{
    const qsizetype n = bytes.size();
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    qsizetype i = 0;
    while (i < n) {
        // Runs of ASCII, most of a lesson file, eight bytes at a time.
        for (quint64 word = 0; n - i >= 8; i += 8) {
            std::memcpy(&word, b + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
        }
        // Then byte by byte, through text mixing ASCII and other letters (Arabic words and the
        // spaces between them), until two ASCII bytes follow each other.
        while (i < n) {
            const unsigned char c = b[i];
            if (c < 0x80) {
                if (++i < n && b[i] < 0x80)
                    break;
                continue;
            }
            // Two-byte sequences (accented letters, Arabic), the most common: C2..DF and a
            // continuation byte are always valid (C0 and C1 would be overlong forms, checked below).
            if (c >= 0xC2 && c <= 0xDF && n - i >= 2 && (b[i + 1] & 0xC0) == 0x80) {
                i += 2;
                continue;
            }
            int length = 0;
            char32_t cp = 0;
            char32_t smallest = 0;
            if ((c & 0xE0) == 0xC0) {
                length = 2, cp = c & 0x1F, smallest = 0x80;
            } else if ((c & 0xF0) == 0xE0) {
                length = 3, cp = c & 0x0F, smallest = 0x800;
            } else if ((c & 0xF8) == 0xF0) {
                length = 4, cp = c & 0x07, smallest = 0x10000;
            } else {
                return i;
            }
            if (n - i < length)
                return i;
            for (int k = 1; k < length; ++k) {
                const unsigned char cc = b[i + k];
                if ((cc & 0xC0) != 0x80)
                    return i;
                cp = (cp << 6) | (cc & 0x3F);
            }
            // Overlong forms, UTF-16 surrogates and code points past Unicode are invalid too.
            if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                return i;
            i += length;
        }
    }
    return -1;
}

void JsonReader::lineAndColumn(const QByteArray &bytes, qsizetype offset, int &line, int &column)
{
    offset = qBound(qsizetype(0), offset, bytes.size());
    line = 1;
    column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &bytes, qint64 maxBytes)
{
    if (bytes.size() > maxBytes) {
        report(filePath(), QStringLiteral("file is larger than %1 MB (%2 bytes)")
                               .arg(maxBytes / (1024 * 1024))
                               .arg(bytes.size()));
        return std::nullopt;
    }
    if (isBlank(bytes)) {
        report(filePath(), QStringLiteral("file is empty"));
        return std::nullopt;
    }
    int line = 0;
    int column = 0;
    const qsizetype bad = invalidUtf8Offset(bytes);
    if (bad >= 0) {
        lineAndColumn(bytes, bad, line, column);
        report(filePath(), QStringLiteral("invalid UTF-8 at line %1, column %2 (byte %3)").arg(line).arg(column).arg(bad));
        return std::nullopt;
    }
    // Editors on some systems start UTF-8 files with a byte order mark: accept it.
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bom ? bytes.mid(3) : bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        lineAndColumn(bytes, error.offset + (bom ? 3 : 0), line, column);
        report(filePath(),
               QStringLiteral("invalid JSON at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        const QString found = doc.isArray() ? QStringLiteral("an array") : QStringLiteral("a single value");
        report(rootPath(), QStringLiteral("expected an object, found %1").arg(found));
        return std::nullopt;
    }
    return doc.object();
}

QString JsonReader::join(const QString &base, QLatin1String key)
{
    return base.isEmpty() ? QString(key) : base + QLatin1Char('.') + key;
}

QString JsonReader::join(const QString &base, const QString &key)
{
    return base.isEmpty() ? key : base + QLatin1Char('.') + key;
}

QString JsonReader::index(const QString &base, qsizetype i)
{
    return base + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

QString JsonReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString JsonReader::quoted(const QString &value)
{
    return QLatin1Char('"') + escaped(value) + QLatin1Char('"');
}

QString JsonReader::escaped(const QString &value)
{
    constexpr qsizetype MaxShown = 60;
    QString out;
    qsizetype shown = 0;
    for (const QChar c : value) {
        if (shown == MaxShown) {
            out += QStringLiteral("…");
            break;
        }
        ++shown;
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line
                 || c.category() == QChar::Separator_Paragraph || c.category() == QChar::Other_Format)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

void JsonReader::wrongType(const QString &path, const QString &expected, const QJsonValue &found)
{
    report(path, QStringLiteral("expected %1, found %2").arg(expected, typeName(found)));
}

JsonFields::JsonFields(JsonReader &reader, QJsonObject object, QString path, std::initializer_list<QLatin1String> known,
                       std::initializer_list<QLatin1String> unknown)
    : m_object(std::move(object)), m_path(std::move(path))
{
    for (const QLatin1String key : known) {
        if (m_count == MaxKnown)
            break; // the others are searched for when read
        m_known[m_count] = key;
        m_position[m_count++] = -1;
    }
    qsizetype at = 0;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it, ++at) {
        const QString name = it.key(); // it.key() makes a new string each time
        const auto isName = [&](QLatin1String key) {
            // Most names differ in size or first letter: that is compared inline, the rest by Qt.
            return name.size() == key.size() && (name.isEmpty() || name.front() == key.front()) && name == key;
        };
        const auto found = std::find_if(known.begin(), known.end(), isName);
        if (found - known.begin() < m_count)
            m_position[found - known.begin()] = at;
        if (found == known.end() || std::any_of(unknown.begin(), unknown.end(), isName))
            reader.report(JsonReader::join(m_path, JsonReader::escaped(name)),
                          QStringLiteral("unknown field %1").arg(JsonReader::quoted(name)));
    }
}

qsizetype JsonFields::unlistedPosition(QLatin1String key) const
{
    const auto it = m_object.constFind(key);
    return it == m_object.constEnd() ? -1 : it - m_object.constBegin();
}

std::optional<QJsonValue> JsonReader::field(const JsonFields &o, QLatin1String key, Presence p)
{
    auto v = o.value(key);
    if (!v && p == Presence::Required)
        report(join(o.path(), key), QStringLiteral("required field is missing"));
    return v;
}

std::optional<QString> JsonReader::string(const JsonFields &o, QLatin1String key, Presence p)
{
    const auto v = field(o, key, p);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        wrongType(join(o.path(), key), QStringLiteral("a string"), *v);
        return std::nullopt;
    }
    return v->toString();
}

std::optional<int> JsonReader::integer(const JsonFields &o, QLatin1String key, Presence p)
{
    const auto v = field(o, key, p);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || std::trunc(d) != d || d < std::numeric_limits<int>::min()
        || d > std::numeric_limits<int>::max()) {
        wrongType(join(o.path(), key), QStringLiteral("a whole number"), *v);
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<double> JsonReader::number(const JsonFields &o, QLatin1String key, Presence p)
{
    const auto v = field(o, key, p);
    if (!v)
        return std::nullopt;
    if (!v->isDouble() || !std::isfinite(v->toDouble())) {
        wrongType(join(o.path(), key), QStringLiteral("a number"), *v);
        return std::nullopt;
    }
    return v->toDouble();
}

std::optional<bool> JsonReader::boolean(const JsonFields &o, QLatin1String key, Presence p)
{
    const auto v = field(o, key, p);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        wrongType(join(o.path(), key), QStringLiteral("true or false"), *v);
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QJsonObject> JsonReader::object(const JsonFields &o, QLatin1String key, Presence p)
{
    const auto v = field(o, key, p);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        wrongType(join(o.path(), key), QStringLiteral("an object"), *v);
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> JsonReader::array(const JsonFields &o, QLatin1String key, Presence p)
{
    const auto v = field(o, key, p);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        wrongType(join(o.path(), key), QStringLiteral("an array"), *v);
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QStringList> JsonReader::stringList(const JsonFields &o, QLatin1String key, Presence p)
{
    const auto a = array(o, key, p);
    if (!a)
        return std::nullopt;
    const QString path = join(o.path(), key);
    QStringList out;
    for (qsizetype i = 0; i < a->size(); ++i) {
        const QJsonValue v = a->at(i);
        if (v.isString())
            out << v.toString();
        else
            wrongType(index(path, i), QStringLiteral("a string"), v);
    }
    return out;
}

std::optional<LocalizedText> JsonReader::localized(const JsonFields &o, QLatin1String key, Presence p)
{
    const auto obj = object(o, key, p);
    if (!obj)
        return std::nullopt;
    // Paths are built only for a problem: most texts have none.
    const auto path = [&] { return join(o.path(), key); };
    const QLatin1String french("fr");
    bool hasFrench = false;
    bool frenchBlank = false;
    LocalizedText text;
    text.reserve(obj->size());
    for (auto it = obj->constBegin(); it != obj->constEnd(); ++it) {
        const QString language = it.key();
        const auto itemPath = [&] { return join(path(), escaped(language)); };
        if (!isLanguageCode(language)) {
            report(itemPath(), QStringLiteral("%1 is not a language code (expected e.g. \"fr\", \"ar\", \"en\")")
                                   .arg(quoted(language)));
            continue;
        }
        const bool isFrench = language == french;
        hasFrench = hasFrench || isFrench;
        const QJsonValue value = it.value();
        if (!value.isString()) {
            wrongType(itemPath(), QStringLiteral("a string"), value);
            continue;
        }
        const QString string = value.toString();
        if (isFrench)
            frenchBlank = string.trimmed().isEmpty();
        text.set(language, string);
    }
    if (!hasFrench)
        report(join(path(), french), QStringLiteral("French text is missing (\"fr\" is required)"));
    else if (frenchBlank)
        report(join(path(), french), QStringLiteral("French text is empty"));
    return text;
}

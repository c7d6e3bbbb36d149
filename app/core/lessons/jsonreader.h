#pragma once

// Reading JSON with a path: every typed read names the JSON path it looked at, and every
// problem (wrong type, missing field, unknown field) is collected as a LessonProblem.

#include "common/localizedtext.h"
#include "lessons/catalogue.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <cstring>
#include <initializer_list>
#include <optional>

class JsonFields;

/// Collects problems of one file while reading its JSON tree field by field.
class JsonReader
{
public:
    enum class Presence { Optional, Required };

    /// Path used for problems of the whole file (cannot read, too large, not JSON…).
    static QString filePath() { return QStringLiteral("(file)"); }
    /// Path used when the top-level value has the wrong type.
    static QString rootPath() { return QStringLiteral("(root)"); }

    JsonReader(QString file, QList<LessonProblem> &problems) : m_file(std::move(file)), m_problems(problems) {}

    const QString &file() const { return m_file; }
    void report(const QString &path, const QString &message);
    /// Problems reported through this reader so far.
    int count() const { return m_count; }

    /// Checks size, UTF-8 and JSON syntax, then that the top level is an object.
    std::optional<QJsonObject> parseObject(const QByteArray &bytes, qint64 maxBytes);

    static QString join(const QString &base, QLatin1String key);
    static QString join(const QString &base, const QString &key);
    static QString index(const QString &base, qsizetype i);
    /// "a string", "an object"… for messages.
    static QString typeName(const QJsonValue &value);
    /// A value from the file made safe for a one-line message: quoted, control characters
    /// escaped, long text shortened.
    static QString quoted(const QString &value);
    /// The same without the quotes, for keys that become part of a path.
    static QString escaped(const QString &value);

    std::optional<QString> string(const JsonFields &o, QLatin1String key, Presence p);
    /// A JSON number without fraction that fits an int.
    std::optional<int> integer(const JsonFields &o, QLatin1String key, Presence p);
    std::optional<double> number(const JsonFields &o, QLatin1String key, Presence p);
    std::optional<bool> boolean(const JsonFields &o, QLatin1String key, Presence p);
    std::optional<QJsonObject> object(const JsonFields &o, QLatin1String key, Presence p);
    std::optional<QJsonArray> array(const JsonFields &o, QLatin1String key, Presence p);
    /// An array of strings; wrong items are reported one by one and left out.
    std::optional<QStringList> stringList(const JsonFields &o, QLatin1String key, Presence p);
    /// `{ "fr": …, "ar": … }`: string values only, a non-empty `fr` is required.
    std::optional<LocalizedText> localized(const JsonFields &o, QLatin1String key, Presence p);

    /// 1-based line and column (in characters) of a byte offset in UTF-8 text.
    static void lineAndColumn(const QByteArray &bytes, qsizetype offset, int &line, int &column);
    /// Byte offset of the first invalid UTF-8 sequence, or -1 when the text is valid.
    static qsizetype invalidUtf8Offset(const QByteArray &bytes);

private:
    std::optional<QJsonValue> field(const JsonFields &o, QLatin1String key, Presence p);
    void wrongType(const QString &path, const QString &expected, const QJsonValue &found);

    QString m_file;
    QList<LessonProblem> &m_problems;
    int m_count = 0;
};

/// The fields of one JSON object, found in one walk over its keys: reading a field is then a look-up
/// in a short list of names instead of a search of the object by key (string comparisons against
/// Qt's stored keys), and every key that is not allowed is reported as an unknown field on the way.
class JsonFields
{
public:
    /// `known`: the fields that are read, best in the order they are read; any other key is reported
    /// as an unknown field, and so are those of `unknown` (read all the same).
    JsonFields(JsonReader &reader, QJsonObject object, QString path, std::initializer_list<QLatin1String> known,
               std::initializer_list<QLatin1String> unknown = {});

    /// JSON path of the object, e.g. `steps[2].expect`.
    const QString &path() const { return m_path; }
    bool has(QLatin1String key) const { return position(key) >= 0; }
    /// The value of `key`, or nothing when the object does not have it.
    std::optional<QJsonValue> value(QLatin1String key) const
    {
        const qsizetype at = position(key);
        if (at < 0)
            return std::nullopt;
        return (m_object.constBegin() + at).value();
    }

private:
    /// Index of `key` among the object's fields, -1 when absent. Inline: called for every field read.
    qsizetype position(QLatin1String key) const
    {
        // Fields are mostly read in the order they are listed: the search starts after the field
        // last read. A name is usually the same literal as in the list (same address); others
        // mostly differ in size or first letter.
        const qsizetype size = key.size();
        for (qsizetype n = 0, k = m_next; n < m_count; ++n, k = k + 1 == m_count ? 0 : k + 1) {
            const QLatin1String known = m_known[k];
            if (known.size() == size
                && (known.data() == key.data() || size == 0
                    || (known.front() == key.front() && std::memcmp(known.data(), key.data(), size) == 0))) {
                m_next = k + 1 == m_count ? 0 : k + 1;
                return m_position[k];
            }
        }
        return unlistedPosition(key);
    }
    /// The same for a key that is not in the known list: searched for in the object.
    qsizetype unlistedPosition(QLatin1String key) const;

    static constexpr qsizetype MaxKnown = 24;
    QJsonObject m_object;
    QString m_path;
    std::array<QLatin1String, MaxKnown> m_known{};
    std::array<qsizetype, MaxKnown> m_position{};
    qsizetype m_count = 0;
    mutable qsizetype m_next = 0; ///< where position() starts its search
};

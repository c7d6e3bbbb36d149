// The JSON Schemas shipped for editors agree with the loader: same kinds, actions, matches
// and required fields.

#include "lessons/lesson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace {

QJsonObject loadSchema(const QString &name)
{
    QFile f(qEnvironmentVariable("PASSERELLE_SOURCE_LESSONS") + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    const QJsonArray a = array.toArray();
    for (const QJsonValue &v : a)
        out << v.toString();
    std::sort(out.begin(), out.end());
    return out;
}

template<typename Enum>
QStringList names(Enum last, QString (*name)(Enum))
{
    QStringList out;
    for (int i = 0; i <= static_cast<int>(last); ++i)
        out << name(static_cast<Enum>(i));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestLessonSchema : public QObject
{
    Q_OBJECT

private slots:
    void kindsMatchTheModel();
    void requiredFields();
    void modulesSchema();
};

void TestLessonSchema::kindsMatchTheModel()
{
    const QJsonObject schema = loadSchema(QStringLiteral("lesson.schema.json"));
    QVERIFY(!schema.isEmpty());
    QCOMPARE(schema.value(QStringLiteral("$schema")).toString(), QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    const QJsonObject defs = schema.value(QStringLiteral("$defs")).toObject();
    const auto property = [&](const char *def, const char *prop) {
        return defs.value(QLatin1String(def)).toObject().value(QStringLiteral("properties")).toObject().value(QLatin1String(prop)).toObject();
    };
    QCOMPARE(strings(property("scene", "kind").value(QStringLiteral("enum"))), names(SceneKind::Quiz, &sceneKindName));
    QCOMPARE(strings(property("element", "kind").value(QStringLiteral("enum"))), names(ElementKind::Option, &elementKindName));
    QCOMPARE(strings(defs.value(QStringLiteral("action")).toObject().value(QStringLiteral("enum"))),
             names(ActionKind::Listen, &actionKindName));
    QCOMPARE(strings(property("expect", "match").value(QStringLiteral("enum"))), names(TextMatch::Regex, &textMatchName));
}

void TestLessonSchema::requiredFields()
{
    const QJsonObject schema = loadSchema(QStringLiteral("lesson.schema.json"));
    QCOMPARE(strings(schema.value(QStringLiteral("required"))),
             (QStringList{QStringLiteral("format"), QStringLiteral("goal"), QStringLiteral("id"), QStringLiteral("minutes"),
                          QStringLiteral("module"), QStringLiteral("scenes"), QStringLiteral("steps"),
                          QStringLiteral("title"), QStringLiteral("version")}));
    const QJsonObject step = schema.value(QStringLiteral("$defs")).toObject().value(QStringLiteral("step")).toObject();
    QCOMPARE(strings(step.value(QStringLiteral("required"))),
             (QStringList{QStringLiteral("expect"), QStringLiteral("id"), QStringLiteral("say"), QStringLiteral("scene")}));
    QCOMPARE(schema.value(QStringLiteral("additionalProperties")).toBool(true), false);
}

void TestLessonSchema::modulesSchema()
{
    const QJsonObject schema = loadSchema(QStringLiteral("modules.schema.json"));
    QVERIFY(!schema.isEmpty());
    QCOMPARE(strings(schema.value(QStringLiteral("required"))), (QStringList{QStringLiteral("format"), QStringLiteral("modules")}));
}

QTEST_GUILESS_MAIN(TestLessonSchema)
#include "tst_lessonschema.moc"

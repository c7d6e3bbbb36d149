#pragma once

// The lesson model: plain data, filled by LessonLoader from the JSON files described in
// lessons/README.md. Scene text is French only (plain QString); tutor text is LocalizedText.

#include "common/localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

enum class SceneKind { Practice, Desktop, Browser, Mail, Phone, Quiz };

/// Parts a scene is made of. Names in JSON are given by elementKindName().
enum class ElementKind {
    // page content
    Heading, Text, Image, Notice, Link, Button,
    // form fields
    Form, TextField, PasswordField, DateField, Select, Checkbox, Radio, FilePicker,
    // practice
    Target, DragItem, DropZone, ScrollPage,
    // desktop
    Icon, Window, Folder, File, Bin, MenuItem,
    // mail and phone
    MailItem, Attachment, Sms,
    // quiz
    Option,
};

enum class ActionKind {
    Click, DoubleClick, RightClick, Drag, Scroll, Type, Select, Check, Upload, Choose, Order, Submit, Listen,
};

/// How a typed value is compared with the expected one.
enum class TextMatch {
    Exact, ///< same text, spaces at both ends ignored
    Loose, ///< ignoring case, accents and repeated spaces
    Regex, ///< the whole text matches the regular expression
};

/// Rules a form field checks before a form is accepted, with the French text a real site shows.
struct FieldValidation
{
    bool required = false;
    QString pattern;      ///< regular expression the whole value must match (empty: none)
    int minLength = -1;   ///< -1: no limit
    int maxLength = -1;   ///< -1: no limit
    QString message;      ///< French error text shown in red when a rule fails
    QString requiredMessage; ///< French text when a required field is empty (default: message)

    bool isEmpty() const { return !required && pattern.isEmpty() && minLength < 0 && maxLength < 0; }
};

struct Element
{
    QString id;
    ElementKind kind = ElementKind::Text;
    QString label;        ///< visible French text (button caption, field label, file name…)
    QString text;         ///< longer French body (paragraph, mail body, SMS text)
    QString image;        ///< asset path relative to the lesson folder, resolved by the loader
    QString placeholder;
    QString value;        ///< initial value (pre-filled field, selected option, "true" for checked)
    QStringList options;  ///< choices of a select
    QString icon;         ///< icon name: folder, file, pdf, image, bin, app, mail, phone…
    QString from;         ///< mail or SMS sender
    QString subject;      ///< mail subject
    QString date;         ///< shown date text, e.g. "12 mars"
    QString href;         ///< scene a link or button leads to (informational, for renderers)
    QString size;         ///< practice targets: "large", "medium", "small"
    double x = -1, y = -1, width = -1, height = -1; ///< optional position in % of the scene
    FieldValidation validation;
    QList<Element> children; ///< content of forms, windows, folders, mails, file pickers
    QList<Element> menu;     ///< right-click menu entries (kind MenuItem)
    QVariantMap extra;       ///< renderer-specific properties, passed through untouched
};

struct Scene
{
    QString id;
    SceneKind kind = SceneKind::Practice;
    QString title;   ///< window title or site name
    QString address; ///< browser address bar (fictional, ends in .exemple)
    bool secure = true; ///< browser padlock
    QList<Element> elements;
    QVariantMap extra;

    /// Finds an element anywhere in the scene (children and menus included).
    const Element *findElement(const QString &elementId) const;
    /// Every element of the scene, depth first.
    QList<const Element *> allElements() const;
};

/// A condition on a user action: used both for the expected action and for wrong-action rules.
struct ActionMatcher
{
    ActionKind action = ActionKind::Click;
    QString target;       ///< element id (empty: any element, for rules)
    QString to;           ///< drag: the zone the item must be dropped on
    QString field;        ///< submit rules: the form field whose value is tested
    QString value;        ///< type/select/upload: expected text or pattern; check: "true"/"false"
    QStringList values;   ///< choose: the set of option ids; order: the sequence of ids
    QString example;      ///< type with match "regex": a text that matches, typed by "show me" and the demo
    TextMatch match = TextMatch::Exact;
    bool hasValue = false; ///< whether value/values were given
};

struct WrongRule
{
    ActionMatcher when;
    LocalizedText message;
};

struct Step
{
    QString id;
    QString scene;        ///< id of the scene shown during the step
    LocalizedText say;    ///< the instruction
    LocalizedText hint;
    LocalizedText success;
    ActionMatcher expect;
    QList<WrongRule> wrong;
};

struct Module
{
    QString id;
    int order = 0;
    LocalizedText title;
    LocalizedText description;
};

struct Lesson
{
    QString id;
    int version = 1;
    QString module;
    LocalizedText title;
    LocalizedText goal;
    int minutes = 0;
    QStringList prerequisites;
    std::optional<QDate> checked; ///< procedures: when the flow was checked against the real service
    QList<Scene> scenes;
    QList<Step> steps;

    QString filePath;  ///< absolute path of the lesson file
    QString directory; ///< absolute folder of the lesson (assets and audio live here)

    const Scene *findScene(const QString &sceneId) const;
};

QString sceneKindName(SceneKind kind);
std::optional<SceneKind> sceneKindFromName(const QString &name);
QString elementKindName(ElementKind kind);
std::optional<ElementKind> elementKindFromName(const QString &name);
QString actionKindName(ActionKind kind);
std::optional<ActionKind> actionKindFromName(const QString &name);
QString textMatchName(TextMatch match);
std::optional<TextMatch> textMatchFromName(const QString &name);

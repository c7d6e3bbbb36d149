#include "lesson.h"

#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table)
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name)
{
    // The first letter first: the loader looks up the kind and action of every element and step.
    for (const auto &[e, n] : table)
        if (!name.isEmpty() && name.front() == QLatin1Char(n[0]) && name == QLatin1String(n))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<SceneKind, const char *>, 6> sceneKinds{{
    {SceneKind::Practice, "practice"}, {SceneKind::Desktop, "desktop"}, {SceneKind::Browser, "browser"},
    {SceneKind::Mail, "mail"},         {SceneKind::Phone, "phone"},     {SceneKind::Quiz, "quiz"},
}};

constexpr std::array<std::pair<ElementKind, const char *>, 28> elementKinds{{
    {ElementKind::Heading, "heading"},     {ElementKind::Text, "text"},
    {ElementKind::Image, "image"},         {ElementKind::Notice, "notice"},
    {ElementKind::Link, "link"},           {ElementKind::Button, "button"},
    {ElementKind::Form, "form"},           {ElementKind::TextField, "text-field"},
    {ElementKind::PasswordField, "password-field"}, {ElementKind::DateField, "date-field"},
    {ElementKind::Select, "select"},       {ElementKind::Checkbox, "checkbox"},
    {ElementKind::Radio, "radio"},         {ElementKind::FilePicker, "file-picker"},
    {ElementKind::Target, "target"},       {ElementKind::DragItem, "drag-item"},
    {ElementKind::DropZone, "drop-zone"},  {ElementKind::ScrollPage, "scroll-page"},
    {ElementKind::Icon, "icon"},           {ElementKind::Window, "window"},
    {ElementKind::Folder, "folder"},       {ElementKind::File, "file"},
    {ElementKind::Bin, "bin"},             {ElementKind::MenuItem, "menu-item"},
    {ElementKind::MailItem, "mail-item"},  {ElementKind::Attachment, "attachment"},
    {ElementKind::Sms, "sms"},             {ElementKind::Option, "option"},
}};

constexpr std::array<std::pair<ActionKind, const char *>, 13> actionKinds{{
    {ActionKind::Click, "click"},   {ActionKind::DoubleClick, "double-click"},
    {ActionKind::RightClick, "right-click"}, {ActionKind::Drag, "drag"},
    {ActionKind::Scroll, "scroll"}, {ActionKind::Type, "type"},
    {ActionKind::Select, "select"}, {ActionKind::Check, "check"},
    {ActionKind::Upload, "upload"}, {ActionKind::Choose, "choose"},
    {ActionKind::Order, "order"},   {ActionKind::Submit, "submit"},
    {ActionKind::Listen, "listen"},
}};

constexpr std::array<std::pair<TextMatch, const char *>, 3> textMatches{{
    {TextMatch::Exact, "exact"}, {TextMatch::Loose, "loose"}, {TextMatch::Regex, "regex"},
}};

void collect(const QList<Element> &elements, QList<const Element *> &out)
{
    for (const Element &e : elements) {
        out.append(&e);
        collect(e.children, out);
        collect(e.menu, out);
    }
}

/// The first element with `elementId` in the order of collect(), without building the list.
const Element *findIn(const QList<Element> &elements, const QString &elementId)
{
    for (const Element &e : elements) {
        if (e.id == elementId)
            return &e;
        if (const Element *child = findIn(e.children, elementId))
            return child;
        if (const Element *item = findIn(e.menu, elementId))
            return item;
    }
    return nullptr;
}

} // namespace

const Element *Scene::findElement(const QString &elementId) const
{
    return findIn(elements, elementId);
}

QList<const Element *> Scene::allElements() const
{
    QList<const Element *> out;
    collect(elements, out);
    return out;
}

const Scene *Lesson::findScene(const QString &sceneId) const
{
    for (const Scene &s : scenes)
        if (s.id == sceneId)
            return &s;
    return nullptr;
}

QString sceneKindName(SceneKind kind) { return nameOf(sceneKinds, kind); }
std::optional<SceneKind> sceneKindFromName(const QString &name) { return fromName(sceneKinds, name); }
QString elementKindName(ElementKind kind) { return nameOf(elementKinds, kind); }
std::optional<ElementKind> elementKindFromName(const QString &name) { return fromName(elementKinds, name); }
QString actionKindName(ActionKind kind) { return nameOf(actionKinds, kind); }
std::optional<ActionKind> actionKindFromName(const QString &name) { return fromName(actionKinds, name); }
QString textMatchName(TextMatch match) { return nameOf(textMatches, match); }
std::optional<TextMatch> textMatchFromName(const QString &name) { return fromName(textMatches, name); }

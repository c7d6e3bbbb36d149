#include "elementwidgetfactory.h"

#include "scenes/elementitem.h"
#include "scenes/scenepopups.h"
#include "scenes/sceneviewbase.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QIcon>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <memory>

namespace {

/// A page button: Enter activates it too (a focused QPushButton outside a dialog ignores Enter).
class SceneButton : public QPushButton
{
public:
    using QPushButton::QPushButton;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
            event->accept();
            click();
            return;
        }
        QPushButton::keyPressEvent(event);
    }
};

/// A drop-down list that never changes its value under a wheel turned to scroll the page.
class SceneComboBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void wheelEvent(QWheelEvent *event) override { event->ignore(); }
};

/// The text beside a checkbox or radio: clicking it toggles the box, as on a real site.
class BuddyLabel : public QLabel
{
public:
    BuddyLabel(const QString &text, QAbstractButton *buddy, QWidget *parent)
        : QLabel(text, parent), m_buddy(buddy)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(true);
        setCursor(Qt::PointingHandCursor);
    }

protected:
    void mousePressEvent(QMouseEvent *event) override { event->accept(); }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        event->accept();
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()) && m_buddy)
            m_buddy->click();
    }

private:
    QPointer<QAbstractButton> m_buddy;
};

QString escapeMnemonic(const QString &text)
{
    QString s = text;
    return s.replace(QLatin1Char('&'), QLatin1String("&&"));
}

bool isPrimary(const Element &e)
{
    return e.extra.value(QStringLiteral("style")).toString() == QLatin1String("primary");
}

bool isClickable(const Element &e)
{
    return e.extra.value(QStringLiteral("clickable")).toBool();
}

} // namespace

ElementWidgetFactory::ElementWidgetFactory(SceneViewBase &view) : m_view(view) {}

QPushButton *ElementWidgetFactory::pageButton(const QString &text, bool primary, QWidget *parent)
{
    auto *button = new SceneButton(escapeMnemonic(text), parent);
    button->setProperty("primary", primary);
    button->setAutoDefault(false);
    button->setCursor(Qt::PointingHandCursor);
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return button;
}

QLabel *ElementWidgetFactory::plainLabel(const QString &text, QWidget *parent, const QString &role)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // lesson files may contain markup: show it literally
    label->setWordWrap(true);
    label->setLayoutDirection(Qt::LeftToRight);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (!role.isEmpty())
        label->setProperty("role", role);
    return label;
}

void ElementWidgetFactory::addAll(const QList<Element> &elements, QBoxLayout *layout, QWidget *parent,
                                  const Element *form)
{
    for (const Element &e : elements) {
        QWidget *w = create(e, parent, form);
        if (!w)
            continue;
        const bool compact = e.kind == ElementKind::Button;
        layout->addWidget(w, 0, compact ? Qt::AlignLeft : Qt::Alignment());
    }
}

QWidget *ElementWidgetFactory::create(const Element &e, QWidget *parent, const Element *form)
{
    switch (e.kind) {
    case ElementKind::Heading:
        return heading(e, parent);
    case ElementKind::Text:
        return text(e, parent);
    case ElementKind::Notice:
        return notice(e, parent);
    case ElementKind::Image:
        return image(e, parent);
    case ElementKind::Link:
        return link(e, parent, form);
    case ElementKind::Button:
        return button(e, parent, form);
    case ElementKind::Form:
        return this->form(e, parent);
    case ElementKind::TextField:
    case ElementKind::PasswordField:
    case ElementKind::DateField:
        return lineField(e, parent, form);
    case ElementKind::Select:
        return select(e, parent, form);
    case ElementKind::Checkbox:
    case ElementKind::Radio:
        return toggle(e, parent, form);
    case ElementKind::FilePicker:
        return filePicker(e, parent, form);
    case ElementKind::ScrollPage:
        return scrollPage(e, parent, form);
    case ElementKind::MenuItem:
        return nullptr; // built with the owner's menu
    default:
        return generic(e, parent);
    }
}

QWidget *ElementWidgetFactory::heading(const Element &e, QWidget *parent)
{
    QLabel *label = plainLabel(SceneViewBase::visibleLabel(e), parent, QStringLiteral("heading"));
    m_view.registerElement(e, label);
    m_view.watchNative(label, e.id, true);
    return label;
}

QWidget *ElementWidgetFactory::text(const Element &e, QWidget *parent)
{
    const QString body = e.text.isEmpty() ? e.label : e.text;
    if (isClickable(e)) {
        // Spot-the-trap lessons may ask the learner to click a suspicious sentence.
        ElementItem *item = m_view.createItem(e, QStringLiteral("plain"), parent);
        item->addLabel(body);
        return item;
    }
    QLabel *label = plainLabel(body, parent);
    if (e.extra.value(QStringLiteral("size")).toString() == QLatin1String("small"))
        label->setProperty("role", QStringLiteral("small"));
    m_view.registerElement(e, label, body);
    // A click on a sentence is reported on its id: spot-the-trap steps ask for exactly that.
    m_view.watchNative(label, e.id, true);
    return label;
}

QWidget *ElementWidgetFactory::notice(const Element &e, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setProperty("role", QStringLiteral("notice"));
    frame->setProperty("noticeStyle", e.extra.value(QStringLiteral("tone"), e.extra.value(QStringLiteral("style"))).toString());
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->addWidget(plainLabel(e.text.isEmpty() ? e.label : e.text, frame), 1);
    m_view.registerElement(e, frame);
    m_view.watchNative(frame, e.id, true);
    return frame;
}

QWidget *ElementWidgetFactory::image(const Element &e, QWidget *parent)
{
    const int maxWidth = e.extra.value(QStringLiteral("maxWidth"), 720).toInt();
    const QPixmap pm = loadScenePicture(m_view.resolveImage(e.image), QSize(std::clamp(maxWidth, 48, 1200), 480));
    QWidget *holder = nullptr;
    QBoxLayout *layout = nullptr;
    if (isClickable(e)) {
        ElementItem *item = m_view.createItem(e, QStringLiteral("picture"), parent);
        layout = item->rowLayout();
        holder = item;
    } else {
        holder = new QFrame(parent);
        layout = new QHBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        m_view.registerElement(e, holder);
        m_view.watchNative(holder, e.id, true);
    }
    auto *picture = new QLabel(holder);
    picture->setAttribute(Qt::WA_TransparentForMouseEvents);
    if (pm.isNull()) {
        // A missing picture shows an empty frame with its description, never a crash.
        holder->setProperty("role", QStringLiteral("picture"));
        picture->setText(e.label);
        picture->setTextFormat(Qt::PlainText);
        picture->setWordWrap(true);
        picture->setAlignment(Qt::AlignCenter);
        picture->setProperty("role", QStringLiteral("small"));
        holder->setMinimumSize(240, 140);
        layout->addWidget(picture, 1);
        return holder;
    }
    picture->setPixmap(pm);
    picture->setFixedSize(pm.size());
    layout->addWidget(picture, 0, Qt::AlignLeft | Qt::AlignTop);
    layout->addStretch(1);
    return holder;
}

QWidget *ElementWidgetFactory::link(const Element &e, QWidget *parent, const Element *form)
{
    ElementItem *item = m_view.createItem(e, QStringLiteral("link"), parent);
    item->addLabel(SceneViewBase::visibleLabel(e));
    item->rowLayout()->setContentsMargins(4, 8, 4, 8);
    item->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    if (form)
        m_view.addSubmitter(form->id, e.id);
    return item;
}

QWidget *ElementWidgetFactory::button(const Element &e, QWidget *parent, const Element *form)
{
    QPushButton *button = pageButton(SceneViewBase::visibleLabel(e), isPrimary(e), parent);
    button->setProperty("buttonStyle", e.extra.value(QStringLiteral("style")).toString());
    if (const QString icon = e.extra.value(QStringLiteral("icon")).toString(); !icon.isEmpty()) {
        button->setIcon(QIcon(SceneIcons::pixmap(icon, 48)));
        button->setIconSize(QSize(26, 26));
    }
    m_view.registerElement(e, button);
    m_view.watchNative(button, e.id, false);
    if (form)
        m_view.addSubmitter(form->id, e.id);
    const QString id = e.id;
    SceneViewBase *view = &m_view;
    QObject::connect(button, &QPushButton::clicked, view, [view, id] { view->activate(id); });
    return button;
}

QWidget *ElementWidgetFactory::form(const Element &e, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setProperty("role", QStringLiteral("card"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(20);
    m_view.registerElement(e, card, e.label.isEmpty() ? QStringLiteral("Formulaire") : e.label);
    if (!e.label.isEmpty())
        layout->addWidget(plainLabel(e.label, card, QStringLiteral("subheading")));
    addAll(e.children, layout, card, &e);
    return card;
}

ElementWidgetFactory::FieldBox ElementWidgetFactory::fieldBox(const Element &e, QWidget *parent, bool withLabel)
{
    FieldBox fb;
    auto *box = new QFrame(parent);
    box->setProperty("role", QStringLiteral("field-box"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    if (withLabel && !e.label.isEmpty())
        layout->addWidget(plainLabel(e.label, box, QStringLiteral("field-label")));
    fb.box = box;
    fb.layout = layout;
    fb.error = plainLabel({}, box, QStringLiteral("field-error"));
    fb.error->setObjectName(e.id + QStringLiteral("-error"));
    fb.error->hide();
    return fb;
}

QWidget *ElementWidgetFactory::lineField(const Element &e, QWidget *parent, const Element *form)
{
    FieldBox fb = fieldBox(e, parent);
    auto *edit = new QLineEdit(fb.box);
    edit->setMaxLength(200);
    edit->setText(e.value);
    edit->setContextMenuPolicy(Qt::PreventContextMenu);
    if (e.kind == ElementKind::PasswordField)
        edit->setEchoMode(QLineEdit::Password);
    QString placeholder = e.placeholder;
    if (placeholder.isEmpty() && e.kind == ElementKind::DateField)
        placeholder = QStringLiteral("JJ/MM/AAAA");
    edit->setPlaceholderText(placeholder);
    m_view.registerElement(e, edit);
    m_view.watchNative(edit, e.id, true);

    if (e.kind == ElementKind::PasswordField) {
        auto *row = new QHBoxLayout;
        row->setSpacing(12);
        row->addWidget(edit, 1);
        auto *show = new SceneButton(QStringLiteral("Afficher"), fb.box);
        show->setCheckable(true);
        show->setAutoDefault(false);
        show->setObjectName(e.id + QStringLiteral("-afficher"));
        show->setAccessibleName(QStringLiteral("Afficher le mot de passe"));
        QObject::connect(show, &QPushButton::toggled, edit, [edit, show](bool on) {
            edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
            show->setText(on ? QStringLiteral("Masquer") : QStringLiteral("Afficher"));
        });
        row->addWidget(show);
        fb.layout->addLayout(row);
    } else if (const QString suffix = e.extra.value(QStringLiteral("suffix")).toString(); !suffix.isEmpty()) {
        // A fixed end the site adds itself, e.g. "@courriel.exemple" after the chosen name.
        auto *row = new QHBoxLayout;
        row->setSpacing(10);
        row->addWidget(edit, 1);
        QLabel *end = plainLabel(suffix, fb.box, QStringLiteral("field-suffix"));
        end->setWordWrap(false);
        end->setObjectName(e.id + QStringLiteral("-suffixe"));
        row->addWidget(end);
        fb.layout->addLayout(row);
    } else {
        fb.layout->addWidget(edit);
    }
    fb.layout->addWidget(fb.error);

    // Live edits are reported as they happen; Enter and leaving the field commit the text
    // (once per change: Enter is followed by editingFinished).
    const QString id = e.id;
    SceneViewBase *view = &m_view;
    auto lastCommitted = std::make_shared<QString>(e.value);
    QObject::connect(edit, &QLineEdit::textEdited, view, [view, id](const QString &text) {
        UserAction a = UserAction::of(ActionKind::Type, id, text);
        a.committed = false;
        view->report(a);
    });
    QObject::connect(edit, &QLineEdit::returnPressed, view, [view, id, edit, lastCommitted] {
        *lastCommitted = edit->text();
        view->report(UserAction::of(ActionKind::Type, id, edit->text()));
    });
    QObject::connect(edit, &QLineEdit::editingFinished, view, [view, id, edit, lastCommitted] {
        if (edit->text() == *lastCommitted)
            return;
        *lastCommitted = edit->text();
        view->report(UserAction::of(ActionKind::Type, id, edit->text()));
    });

    SceneViewBase::Field field;
    field.id = e.id;
    field.kind = e.kind;
    field.formId = form ? form->id : QString();
    field.input = edit;
    field.box = fb.box;
    field.error = fb.error;
    field.value = [edit] { return edit->text(); };
    field.setValue = [edit, lastCommitted](const QString &value) {
        edit->setText(value);
        *lastCommitted = value;
    };
    m_view.addField(field);
    return fb.box;
}

QWidget *ElementWidgetFactory::select(const Element &e, QWidget *parent, const Element *form)
{
    FieldBox fb = fieldBox(e, parent);
    auto *combo = new SceneComboBox(fb.box);
    combo->addItems(e.options);
    combo->setPlaceholderText(e.placeholder.isEmpty() ? QStringLiteral("Sélectionner une option") : e.placeholder);
    combo->setCurrentIndex(e.value.isEmpty() ? -1 : combo->findText(e.value));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumWidth(320);
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->setCursor(Qt::PointingHandCursor);
    m_view.registerElement(e, combo);
    m_view.watchNative(combo, e.id, true);
    fb.layout->addWidget(combo, 0, Qt::AlignLeft);
    fb.layout->addWidget(fb.error);

    const QString id = e.id;
    SceneViewBase *view = &m_view;
    QObject::connect(combo, &QComboBox::activated, view, [view, id, combo](int index) {
        view->report(UserAction::of(ActionKind::Select, id, combo->itemText(index)));
    });

    SceneViewBase::Field field;
    field.id = e.id;
    field.kind = e.kind;
    field.formId = form ? form->id : QString();
    field.input = combo;
    field.box = fb.box;
    field.error = fb.error;
    field.value = [combo] { return combo->currentIndex() < 0 ? QString() : combo->currentText(); };
    field.setValue = [combo](const QString &value) { combo->setCurrentIndex(combo->findText(value)); };
    m_view.addField(field);
    return fb.box;
}

QWidget *ElementWidgetFactory::toggle(const Element &e, QWidget *parent, const Element *form)
{
    FieldBox fb = fieldBox(e, parent, false);
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    QAbstractButton *box = nullptr;
    if (e.kind == ElementKind::Checkbox) {
        box = new QCheckBox(fb.box);
    } else {
        box = new QRadioButton(fb.box);
        // Radios of one form (or one `extra.group`) exclude each other.
        const QString key = (form ? form->id : QStringLiteral("-")) + QLatin1Char('/')
                + e.extra.value(QStringLiteral("group")).toString();
        QButtonGroup *&group = m_radioGroups[key];
        if (!group)
            group = new QButtonGroup(parent);
        group->addButton(box);
    }
    box->setChecked(e.value == QLatin1String("true"));
    box->setCursor(Qt::PointingHandCursor);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_view.registerElement(e, box);
    m_view.watchNative(box, e.id, false);
    row->addWidget(box, 0, Qt::AlignTop);
    row->addWidget(new BuddyLabel(SceneViewBase::visibleLabel(e), box, fb.box), 1);
    fb.layout->addLayout(row);
    fb.layout->addWidget(fb.error);

    const QString id = e.id;
    SceneViewBase *view = &m_view;
    QObject::connect(box, &QAbstractButton::clicked, view, [view, id](bool checked) {
        view->report(UserAction::of(ActionKind::Check, id, checked ? QStringLiteral("true") : QStringLiteral("false")));
    });

    SceneViewBase::Field field;
    field.id = e.id;
    field.kind = e.kind;
    field.formId = form ? form->id : QString();
    field.input = box;
    field.box = fb.box;
    field.error = fb.error;
    field.value = [box] { return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false"); };
    field.setValue = [box](const QString &value) { box->setChecked(value == QLatin1String("true")); };
    m_view.addField(field);
    return fb.box;
}

QWidget *ElementWidgetFactory::filePicker(const Element &e, QWidget *parent, const Element *form)
{
    FieldBox fb = fieldBox(e, parent);
    auto *rowFrame = new QFrame(fb.box);
    auto *row = new QHBoxLayout(rowFrame);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    auto *browse = new SceneButton(QStringLiteral("Parcourir…"), rowFrame);
    browse->setAutoDefault(false);
    browse->setCursor(Qt::PointingHandCursor);
    m_view.registerWidget(e.id + QStringLiteral("-parcourir"), browse, QStringLiteral("Parcourir…"));
    QLabel *chosenLabel = plainLabel(QStringLiteral("Aucun fichier sélectionné."), rowFrame);
    chosenLabel->setObjectName(e.id + QStringLiteral("-fichier"));
    row->addWidget(browse);
    row->addWidget(chosenLabel, 1);
    m_view.registerElement(e, rowFrame);
    m_view.watchNative(browse, e.id, false);
    fb.layout->addWidget(rowFrame);
    fb.layout->addWidget(fb.error);

    // The simulated Documents folder, in a panel inside the scene (never a native dialog).
    auto *layer = new SceneModalLayer(m_view.sceneRoot());
    layer->setObjectName(e.id + QStringLiteral("-panneau"));
    QFrame *panel = layer->panel();
    auto *pl = new QVBoxLayout(panel);
    pl->setContentsMargins(28, 24, 28, 24);
    pl->setSpacing(16);
    pl->addWidget(plainLabel(QStringLiteral("Ouvrir un fichier"), panel, QStringLiteral("panel-title")));
    auto *pathFrame = new QFrame(panel);
    pathFrame->setProperty("role", QStringLiteral("panel-path"));
    auto *pathRow = new QHBoxLayout(pathFrame);
    pathRow->setContentsMargins(12, 6, 12, 6);
    auto *folderIcon = new QLabel(pathFrame);
    folderIcon->setPixmap(SceneIcons::pixmap(QStringLiteral("folder"), 32));
    QLabel *pathLabel = plainLabel(QStringLiteral("Ce PC  ›  Documents"), pathFrame);
    pathRow->addWidget(folderIcon);
    pathRow->addWidget(pathLabel, 1);
    pl->addWidget(pathFrame);

    auto *listArea = new QScrollArea(panel);
    listArea->setWidgetResizable(true);
    listArea->setMinimumHeight(260);
    auto *list = new QWidget;
    auto *grid = new QGridLayout(list);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setSpacing(10);
    listArea->setWidget(list);
    pl->addWidget(listArea, 1);

    auto *footer = new QHBoxLayout;
    footer->setSpacing(16);
    QLabel *selectedLabel = plainLabel(QStringLiteral("Nom du fichier :"), panel);
    auto *cancel = new SceneButton(QStringLiteral("Annuler"), panel);
    auto *open = new SceneButton(QStringLiteral("Ouvrir"), panel);
    open->setProperty("primary", true);
    m_view.registerWidget(e.id + QStringLiteral("-annuler"), cancel, QStringLiteral("Annuler"));
    m_view.registerWidget(e.id + QStringLiteral("-ouvrir"), open, QStringLiteral("Ouvrir"));
    footer->addWidget(selectedLabel, 1);
    footer->addWidget(cancel);
    footer->addWidget(open);
    pl->addLayout(footer);

    // State shared by the panel's handlers.
    struct State
    {
        QString chosen;          ///< the file name shown in the field
        QString selectedId;      ///< the entry highlighted in the panel
        QString folderId;        ///< the folder the panel shows ("" = Documents)
        QHash<QString, QString> parentOf; ///< entry id -> folder id
        QHash<QString, ElementItem *> entries;
        QHash<QString, QString> names;
        QHash<QString, bool> isFolder;
    };
    auto state = std::make_shared<State>();
    SceneViewBase *view = &m_view;
    const QString pickerId = e.id;
    QPointer<SceneModalLayer> guardedLayer(layer);

    const auto showFolder = [state, grid, pathLabel](const QString &folderId) {
        state->folderId = folderId;
        int index = 0;
        for (auto it = state->entries.constBegin(); it != state->entries.constEnd(); ++it) {
            grid->removeWidget(it.value());
            it.value()->hide();
        }
        QList<ElementItem *> shown;
        for (auto it = state->parentOf.constBegin(); it != state->parentOf.constEnd(); ++it)
            if (it.value() == folderId)
                shown << state->entries.value(it.key());
        std::sort(shown.begin(), shown.end(), [](ElementItem *a, ElementItem *b) {
            return a->property("order").toInt() < b->property("order").toInt();
        });
        for (ElementItem *item : shown) {
            grid->addWidget(item, index / 3, index % 3);
            item->show();
            ++index;
        }
        pathLabel->setText(folderId.isEmpty()
                                   ? QStringLiteral("Ce PC  ›  Documents")
                                   : QStringLiteral("Ce PC  ›  Documents  ›  ") + state->names.value(folderId));
    };
    const auto select = [state, selectedLabel](const QString &entryId) {
        state->selectedId = entryId;
        for (auto it = state->entries.constBegin(); it != state->entries.constEnd(); ++it)
            it.value()->setSelected(it.key() == entryId);
        selectedLabel->setText(QStringLiteral("Nom du fichier : ") + state->names.value(entryId));
    };
    const auto setChosen = [state, chosenLabel](const QString &name) {
        state->chosen = name;
        chosenLabel->setText(name.isEmpty() ? QStringLiteral("Aucun fichier sélectionné.") : name);
    };
    const auto confirm = [state, view, pickerId, guardedLayer, setChosen] {
        if (state->selectedId.isEmpty() || state->isFolder.value(state->selectedId))
            return;
        const QString name = state->names.value(state->selectedId);
        setChosen(name);
        if (guardedLayer)
            guardedLayer->close();
        view->report(UserAction::of(ActionKind::Upload, pickerId, name));
    };

    int order = 0;
    std::function<void(const QList<Element> &, const QString &)> addEntries;
    addEntries = [&](const QList<Element> &children, const QString &folderId) {
        for (const Element &child : children) {
            const bool folder = child.kind == ElementKind::Folder;
            ElementItem *item = m_view.createItem(child, QStringLiteral("file-entry"), list,
                                                  SceneViewBase::Reporting::None);
            item->setProperty("order", order++);
            item->setEnterKey(ElementItem::EnterKey::DoubleClick);
            auto *icon = new QLabel(item);
            icon->setAttribute(Qt::WA_TransparentForMouseEvents);
            icon->setPixmap(SceneIcons::pixmap(
                    SceneIcons::iconFor(child.icon, child.label, folder ? QStringLiteral("folder") : QStringLiteral("file")),
                    48));
            item->rowLayout()->addWidget(icon);
            item->addLabel(SceneViewBase::visibleLabel(child));
            item->setMinimumWidth(220);
            item->hide();
            state->entries.insert(child.id, item);
            state->parentOf.insert(child.id, folderId);
            state->names.insert(child.id, SceneViewBase::visibleLabel(child));
            state->isFolder.insert(child.id, folder);
            const QString childId = child.id;
            QObject::connect(item, &QAbstractButton::clicked, item, [select, childId] { select(childId); });
            QObject::connect(item, &ElementItem::doubleClicked, item, [state, select, showFolder, confirm, childId] {
                if (state->isFolder.value(childId)) {
                    showFolder(childId);
                    return;
                }
                select(childId);
                confirm();
            });
            if (folder)
                addEntries(child.children, child.id);
        }
    };
    addEntries(e.children, QString());
    showFolder(QString());

    QObject::connect(browse, &QPushButton::clicked, view, [view, pickerId, guardedLayer, showFolder, select] {
        showFolder(QString());
        select(QString());
        if (guardedLayer)
            guardedLayer->open();
        view->report(UserAction::click(pickerId));
    });
    QObject::connect(cancel, &QPushButton::clicked, layer, &SceneModalLayer::close);
    QObject::connect(layer, &SceneModalLayer::escapePressed, layer, &SceneModalLayer::close);
    QObject::connect(open, &QPushButton::clicked, view, confirm);

    SceneViewBase::Field field;
    field.id = e.id;
    field.kind = e.kind;
    field.formId = form ? form->id : QString();
    field.input = rowFrame;
    field.box = fb.box;
    field.error = fb.error;
    field.value = [state] { return state->chosen; };
    field.setValue = setChosen;
    m_view.addField(field);

    SceneViewBase::FilePicker picker;
    picker.id = e.id;
    picker.choose = setChosen;
    QPointer<QPushButton> guardedBrowse(browse);
    QPointer<QPushButton> guardedOpen(open);
    picker.gestures = [state, guardedLayer, guardedBrowse, guardedOpen](const QString &name) {
        QList<Gesture> out;
        QString fileId;
        for (auto it = state->names.constBegin(); it != state->names.constEnd(); ++it)
            if (it.value().trimmed() == name && !state->isFolder.value(it.key()))
                fileId = it.key();
        if (fileId.isEmpty() || !guardedBrowse || !guardedOpen)
            return out;
        const auto click = [](QWidget *w, Gesture::Kind kind = Gesture::Kind::Click) {
            Gesture g;
            g.kind = kind;
            g.widget = w;
            return g;
        };
        const bool panelOpen = guardedLayer && guardedLayer->isVisible();
        if (!panelOpen)
            out << click(guardedBrowse);
        // Folders from Documents down to the file, each opened with a double click.
        QStringList path;
        for (QString f = state->parentOf.value(fileId); !f.isEmpty(); f = state->parentOf.value(f))
            path.prepend(f);
        const QString shownFolder = panelOpen ? state->folderId : QString();
        const int start = static_cast<int>(path.indexOf(shownFolder)) + 1;
        for (int i = start; i < path.size(); ++i)
            out << click(state->entries.value(path.at(i)), Gesture::Kind::DoubleClick);
        out << click(state->entries.value(fileId)) << click(guardedOpen);
        return out;
    };
    m_view.addFilePicker(picker);
    return fb.box;
}

QWidget *ElementWidgetFactory::scrollPage(const Element &e, QWidget *parent, const Element *form)
{
    auto *area = new QScrollArea(parent);
    area->setProperty("role", QStringLiteral("scroll-page"));
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setMinimumHeight(260);
    if (m_scrollPageHeight > 0)
        area->setFixedHeight(m_scrollPageHeight);
    auto *content = new QWidget;
    content->setObjectName(e.id + QStringLiteral("-contenu"));
    content->setProperty("role", QStringLiteral("scroll-content"));
    content->setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(18);
    if (!e.label.isEmpty())
        layout->addWidget(plainLabel(e.label, content, QStringLiteral("subheading")));
    // The page's `text` opens it, unless its first child already says the same.
    const bool repeated = !e.children.isEmpty() && SceneViewBase::visibleLabel(e.children.first()) == e.text;
    const QStringList paragraphs = repeated ? QStringList() : e.text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &p : paragraphs)
        layout->addWidget(plainLabel(p, content));
    addAll(e.children, layout, content, form);
    layout->addStretch(1);
    area->setWidget(content);
    m_view.registerElement(e, area, e.label.isEmpty() ? QStringLiteral("Page") : e.label);
    m_view.watchScrolling(area);
    return area;
}

QWidget *ElementWidgetFactory::generic(const Element &e, QWidget *parent)
{
    // A part this renderer has no special look for: still visible, named and clickable.
    ElementItem *item = m_view.createItem(e, QStringLiteral("plain"), parent);
    if (!e.icon.isEmpty()) {
        auto *icon = new QLabel(item);
        icon->setAttribute(Qt::WA_TransparentForMouseEvents);
        icon->setPixmap(SceneIcons::pixmap(e.icon, 40));
        item->rowLayout()->addWidget(icon);
    }
    item->addLabel(SceneViewBase::visibleLabel(e));
    return item;
}

#include "mailsceneview.h"

#include "scenes/elementitem.h"
#include "scenes/elementwidgetfactory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <functional>

namespace {

constexpr int SidebarWidth = 250;
/// Below this view width the folder list is hidden: the list and the open mail keep the room.
constexpr int WideEnoughForFolders = 1000;

QString senderName(const QString &from)
{
    const int lt = static_cast<int>(from.indexOf(QLatin1Char('<')));
    const QString name = lt > 0 ? from.left(lt).trimmed() : from.trimmed();
    return name.isEmpty() ? from : name;
}

QPixmap avatar(const QString &from, int side)
{
    static const QList<QColor> colours = {QColor(0x1d, 0x5b, 0xbf), QColor(0x18, 0x75, 0x3c), QColor(0xb3, 0x40, 0x00),
                                          QColor(0x6e, 0x44, 0x5a), QColor(0x00, 0x6a, 0x6f)};
    QPixmap pm(side, side);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colours.at(static_cast<int>(qHash(from) % colours.size())));
    p.drawEllipse(QRectF(0, 0, side, side));
    QFont f;
    f.setPixelSize(side / 2);
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, side, side), Qt::AlignCenter, senderName(from).left(1).toUpper());
    return pm;
}

bool hasAttachment(const Element &mail)
{
    for (const Element &c : mail.children)
        if (c.kind == ElementKind::Attachment)
            return true;
    return false;
}

} // namespace

QString MailSceneView::extraStyleSheet() const
{
    return QStringLiteral(R"(
QFrame#mail-topbar { background: #0b3d91; }
QLabel#mail-brand { color: #ffffff; font-size: %1px; font-weight: bold; }
QLabel#mail-search { background: #2a5aa8; color: #dfe8f7; border-radius: 22px; padding: 8px 20px; }
QFrame#mail-sidebar { background: #f1f4f9; border-right: 1px solid #dde3ec; }
QLabel[role="folder"] { padding: 10px 14px; border-radius: 20px; }
QLabel[role="folder"][current="true"] { background: #d3e3fd; font-weight: bold; }
QWidget#mail-list { background: #ffffff; }
QFrame#mail-list-frame { background: #ffffff; border-right: 1px solid #dde3ec; }
QFrame#mail-toolbar { background: #f7f9fc; border-bottom: 1px solid #dde3ec; }
QLabel#mail-list-title { font-size: %2px; font-weight: bold; }
ElementItem[look="mail-row"] { background: #ffffff; border-bottom: 1px solid #e6e9ef; border-radius: 0; }
ElementItem[look="mail-row"]:hover { background: #f2f6fc; }
ElementItem[look="mail-row"][selected="true"] { background: #dbe7fb; }
ElementItem[look="mail-row"][unread="true"] QLabel[role="row-from"] { font-weight: bold; }
ElementItem[look="mail-row"][unread="true"] QLabel[role="row-subject"] { font-weight: bold; }
QLabel[role="row-date"] { color: #5a5f6b; font-size: 18px; }
QLabel[role="row-subject"] { color: #1f2328; }
QWidget[role="mail-page"] { background: #ffffff; }
QLabel[role="mail-subject"] { font-size: %3px; font-weight: bold; }
QLabel[role="mail-from"] { font-weight: bold; }
QLabel[role="mail-address"] { color: #444a55; }
QLabel[role="mail-placeholder"] { color: #5a5f6b; font-size: %2px; }
ElementItem[look="attachment"] { background: #f6f8fb; border: 2px solid #cfd7e3; border-radius: 10px; }
ElementItem[look="attachment"]:hover { border-color: #1d5bbf; }
ElementItem[look="link"] QLabel { color: #0b57d0; }
)")
            .arg(sceneStyle().px(1.15))
            .arg(sceneStyle().px(1.1))
            .arg(sceneStyle().px(1.4));
}

void MailSceneView::clearScene()
{
    m_pages.clear();
    m_ownerMail.clear();
    m_open.clear();
}

void MailSceneView::resizeEvent(QResizeEvent *event)
{
    SceneViewBase::resizeEvent(event);
    if (m_sidebar)
        m_sidebar->setVisible(width() >= WideEnoughForFolders);
}

void MailSceneView::buildScene(QWidget *root)
{
    auto *layout = new QVBoxLayout(root);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Account bar: the (fictional) webmail's name and a search box for looks.
    auto *top = new QFrame(root);
    top->setObjectName(QStringLiteral("mail-topbar"));
    auto *tr = new QHBoxLayout(top);
    tr->setContentsMargins(24, 12, 24, 12);
    tr->setSpacing(24);
    auto *icon = new QLabel(top);
    icon->setPixmap(SceneIcons::pixmap(QStringLiteral("mail"), 36));
    QLabel *brand = ElementWidgetFactory::plainLabel(scene().title.isEmpty() ? QStringLiteral("Messagerie") : scene().title, top);
    brand->setObjectName(QStringLiteral("mail-brand"));
    QLabel *search = ElementWidgetFactory::plainLabel(QStringLiteral("Rechercher dans les messages"), top);
    search->setObjectName(QStringLiteral("mail-search"));
    search->setWordWrap(false);
    // A search box for looks: it gives up room first on a narrow screen.
    search->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    search->setMinimumWidth(120);
    tr->addWidget(icon);
    tr->addWidget(brand, 1);
    tr->addWidget(search);
    layout->addWidget(top);

    auto *body = new QHBoxLayout;
    body->setSpacing(0);
    layout->addLayout(body, 1);

    // Folders.
    auto *side = new QFrame(root);
    side->setObjectName(QStringLiteral("mail-sidebar"));
    side->setFixedWidth(SidebarWidth);
    m_sidebar = side;
    auto *sv = new QVBoxLayout(side);
    sv->setContentsMargins(14, 18, 14, 18);
    sv->setSpacing(4);
    int unread = 0;
    QList<const Element *> mails;
    for (const Element &e : scene().elements) {
        if (e.kind == ElementKind::MailItem) {
            mails << &e;
            if (!e.extra.value(QStringLiteral("read")).toBool())
                ++unread;
        }
    }
    const QStringList folders = {QStringLiteral("Réception"), QStringLiteral("Envoyés"), QStringLiteral("Brouillons"),
                                 QStringLiteral("Spam"), QStringLiteral("Corbeille")};
    for (int i = 0; i < folders.size(); ++i) {
        QLabel *f = ElementWidgetFactory::plainLabel(
                i == 0 && unread > 0 ? folders.at(i) + QStringLiteral("   ") + QString::number(unread) : folders.at(i), side,
                QStringLiteral("folder"));
        f->setWordWrap(false);
        f->setProperty("current", i == 0);
        sv->addWidget(f);
    }
    sv->addStretch(1);
    body->addWidget(side);

    // The list of mails (and any other element of the scene, above it).
    auto *listFrame = new QFrame(root);
    listFrame->setObjectName(QStringLiteral("mail-list-frame"));
    listFrame->setMinimumWidth(300);
    listFrame->setMaximumWidth(520);
    auto *lf = new QVBoxLayout(listFrame);
    lf->setContentsMargins(0, 0, 0, 0);
    lf->setSpacing(0);
    QLabel *listTitle = ElementWidgetFactory::plainLabel(QStringLiteral("Boîte de réception"), listFrame);
    listTitle->setObjectName(QStringLiteral("mail-list-title"));
    listTitle->setContentsMargins(20, 16, 20, 12);
    lf->addWidget(listTitle);
    auto *listArea = new QScrollArea(listFrame);
    listArea->setWidgetResizable(true);
    listArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *list = new QWidget;
    list->setObjectName(QStringLiteral("mail-list"));
    list->setAttribute(Qt::WA_StyledBackground);
    auto *lv = new QVBoxLayout(list);
    lv->setContentsMargins(0, 0, 0, 0);
    lv->setSpacing(0);
    ElementWidgetFactory factory(*this);
    QList<const Element *> toolbarButtons;
    for (const Element &e : scene().elements) {
        if (e.kind == ElementKind::Button) {
            toolbarButtons << &e; // the webmail's own actions: a toolbar over the message
            continue;
        }
        QWidget *w = e.kind == ElementKind::MailItem ? mailRow(e, list) : factory.create(e, list);
        if (w)
            lv->addWidget(w);
    }
    lv->addStretch(1);
    listArea->setWidget(list);
    lf->addWidget(listArea, 1);
    body->addWidget(listFrame, 4);
    watchScrolling(listArea);

    // Reading pane: a page per mail, built now so every link and attachment has its widget,
    // under the toolbar of the scene's own buttons (Répondre, Transférer, Supprimer…).
    auto *reading = new QWidget(root);
    auto *rv = new QVBoxLayout(reading);
    rv->setContentsMargins(0, 0, 0, 0);
    rv->setSpacing(0);
    if (!toolbarButtons.isEmpty()) {
        auto *toolbar = new QFrame(reading);
        toolbar->setObjectName(QStringLiteral("mail-toolbar"));
        auto *tb = new QHBoxLayout(toolbar);
        tb->setContentsMargins(24, 10, 24, 10);
        tb->setSpacing(12);
        for (const Element *b : std::as_const(toolbarButtons))
            tb->addWidget(factory.create(*b, toolbar));
        tb->addStretch(1);
        rv->addWidget(toolbar);
    }
    m_pane = new QStackedWidget(reading);
    m_pane->setObjectName(QStringLiteral("mail-reading"));
    auto *placeholder = new QWidget;
    placeholder->setProperty("role", QStringLiteral("mail-page"));
    placeholder->setAttribute(Qt::WA_StyledBackground);
    auto *pv = new QVBoxLayout(placeholder);
    QLabel *hint = ElementWidgetFactory::plainLabel(QStringLiteral("Sélectionnez un message pour le lire."), placeholder,
                                                    QStringLiteral("mail-placeholder"));
    hint->setAlignment(Qt::AlignCenter);
    pv->addWidget(hint);
    m_pane->addWidget(placeholder);
    for (const Element *mail : std::as_const(mails))
        m_pages.insert(mail->id, readingPage(*mail));
    rv->addWidget(m_pane, 1);
    body->addWidget(reading, 6);

    side->setVisible(width() >= WideEnoughForFolders);

    const QString initial = scene().extra.value(QStringLiteral("open")).toString();
    if (m_pages.contains(initial))
        open(initial);
}

QWidget *MailSceneView::mailRow(const Element &mail, QWidget *parent)
{
    ElementItem *row = createItem(mail, QStringLiteral("mail-row"), parent);
    row->setAccessibleName(senderName(mail.from) + QStringLiteral(" — ") + mail.subject);
    row->setProperty("unread", !mail.extra.value(QStringLiteral("read")).toBool());
    auto *v = new QVBoxLayout(row);
    v->setContentsMargins(20, 12, 20, 12);
    v->setSpacing(4);
    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    QLabel *from = ElementWidgetFactory::plainLabel(senderName(mail.from), row, QStringLiteral("row-from"));
    from->setAttribute(Qt::WA_TransparentForMouseEvents);
    top->addWidget(from, 1);
    if (hasAttachment(mail)) {
        auto *clip = new QLabel(row);
        clip->setAttribute(Qt::WA_TransparentForMouseEvents);
        clip->setPixmap(SceneIcons::pixmap(QStringLiteral("paperclip"), 22));
        clip->setAccessibleName(QStringLiteral("Pièce jointe"));
        top->addWidget(clip);
    }
    QLabel *date = ElementWidgetFactory::plainLabel(mail.date, row, QStringLiteral("row-date"));
    date->setAlignment(Qt::AlignRight | Qt::AlignTop);
    date->setAttribute(Qt::WA_TransparentForMouseEvents);
    top->addWidget(date);
    top->setStretch(0, 3);
    top->setStretch(top->count() - 1, 2);
    v->addLayout(top);
    QLabel *subject = ElementWidgetFactory::plainLabel(mail.subject, row, QStringLiteral("row-subject"));
    subject->setAttribute(Qt::WA_TransparentForMouseEvents);
    v->addWidget(subject);
    return row;
}

QWidget *MailSceneView::readingPage(const Element &mail)
{
    auto *area = new QScrollArea(m_pane);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget;
    page->setObjectName(mail.id + QStringLiteral("-lecture"));
    page->setProperty("role", QStringLiteral("mail-page"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto *v = new QVBoxLayout(page);
    v->setContentsMargins(36, 28, 36, 36);
    v->setSpacing(18);
    v->addWidget(ElementWidgetFactory::plainLabel(mail.subject, page, QStringLiteral("mail-subject")));

    auto *head = new QHBoxLayout;
    head->setSpacing(14);
    auto *face = new QLabel(page);
    face->setPixmap(avatar(mail.from, 52));
    head->addWidget(face, 0, Qt::AlignTop);
    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(ElementWidgetFactory::plainLabel(senderName(mail.from), page, QStringLiteral("mail-from")));
    // The full address matters: it is how a learner spots a fake sender.
    QLabel *address = ElementWidgetFactory::plainLabel(QStringLiteral("De : ") + mail.from, page, QStringLiteral("mail-address"));
    address->setObjectName(mail.id + QStringLiteral("-expediteur"));
    who->addWidget(address);
    head->addLayout(who, 1);
    QLabel *date = ElementWidgetFactory::plainLabel(mail.date, page, QStringLiteral("row-date"));
    date->setWordWrap(false);
    head->addWidget(date, 0, Qt::AlignTop);
    v->addLayout(head);

    QLabel *text = ElementWidgetFactory::plainLabel(breakableText(mail.text), page);
    text->setObjectName(mail.id + QStringLiteral("-corps"));
    text->setTextInteractionFlags(Qt::NoTextInteraction);
    v->addWidget(text);

    ElementWidgetFactory factory(*this);
    QList<const Element *> attachments, buttons;
    for (const Element &c : mail.children) {
        std::function<void(const Element &)> own = [&](const Element &inner) {
            m_ownerMail.insert(inner.id, mail.id);
            for (const Element &x : inner.children)
                own(x);
            for (const Element &x : inner.menu)
                own(x);
        };
        own(c);
        if (c.kind == ElementKind::Attachment)
            attachments << &c;
        else if (c.kind == ElementKind::Button)
            buttons << &c;
        else if (QWidget *w = factory.create(c, page))
            v->addWidget(w, 0, c.kind == ElementKind::Link ? Qt::AlignLeft : Qt::Alignment());
    }
    if (!attachments.isEmpty()) {
        QLabel *count = ElementWidgetFactory::plainLabel(
                attachments.size() == 1 ? QStringLiteral("1 pièce jointe")
                                        : QStringLiteral("%1 pièces jointes").arg(attachments.size()),
                page, QStringLiteral("small"));
        v->addWidget(count);
        auto *chips = new QHBoxLayout;
        chips->setSpacing(14);
        for (const Element *a : std::as_const(attachments)) {
            ElementItem *chip = createItem(*a, QStringLiteral("attachment"), page);
            chip->setEnterKey(ElementItem::EnterKey::DoubleClick);
            auto *ic = new QLabel(chip);
            ic->setAttribute(Qt::WA_TransparentForMouseEvents);
            ic->setPixmap(SceneIcons::pixmap(SceneIcons::iconFor(a->icon, a->label), 40));
            chip->rowLayout()->addWidget(ic);
            chip->addLabel(a->label);
            chip->setMinimumWidth(240);
            chips->addWidget(chip);
        }
        chips->addStretch(1);
        v->addLayout(chips);
    }
    if (!buttons.isEmpty()) {
        auto *actions = new QHBoxLayout;
        actions->setSpacing(14);
        for (const Element *b : std::as_const(buttons))
            actions->addWidget(factory.create(*b, page));
        actions->addStretch(1);
        v->addLayout(actions);
    }
    v->addStretch(1);
    area->setWidget(page);
    m_pane->addWidget(area);
    watchScrolling(area);
    return area;
}

void MailSceneView::open(const QString &mailId)
{
    QWidget *page = m_pages.value(mailId);
    if (!page || !m_pane)
        return;
    m_open = mailId;
    m_pane->setCurrentWidget(page);
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        if (auto *row = qobject_cast<ElementItem *>(elementWidget(it.key())))
            row->setSelected(it.key() == mailId);
    }
    if (QWidget *row = elementWidget(mailId); row && row->property("unread").toBool()) {
        row->setProperty("unread", false);
        for (QWidget *w : row->findChildren<QWidget *>()) {
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }
}

void MailSceneView::elementActivated(const Element &element)
{
    if (element.kind == ElementKind::MailItem)
        open(element.id);
}

QString MailSceneView::mailOf(const QString &elementId) const
{
    return m_ownerMail.value(elementId);
}

QList<Gesture> MailSceneView::revealGestures(const QString &id) const
{
    const QString mail = mailOf(id);
    QList<Gesture> out;
    if (!mail.isEmpty() && mail != m_open)
        out << gesture(Gesture::Kind::Click, elementWidget(mail));
    // Scrolling inside the page only makes sense once it is shown.
    if (mail.isEmpty() || mail == m_open)
        out << SceneViewBase::revealGestures(id);
    return out;
}

void MailSceneView::reveal(const QString &id)
{
    const QString mail = mailOf(id);
    if (!mail.isEmpty())
        open(mail);
    SceneViewBase::reveal(id);
}

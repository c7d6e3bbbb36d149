#include "browsersceneview.h"

#include "scenes/elementitem.h"
#include "scenes/elementwidgetfactory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

bool isBanner(const Element &e)
{
    return e.extra.value(QStringLiteral("role")).toString() == QLatin1String("banner");
}

/// A round browser button drawing one of the project's icons.
ElementItem *chromeButton(const QString &icon, QWidget *parent, bool enabled)
{
    auto *item = new ElementItem(QStringLiteral("chrome-button"), parent);
    item->setFixedSize(48, 48);
    item->setEnabled(enabled);
    item->setPainter([icon](QPainter &p, const ElementItem &self) {
        const QPixmap pm = SceneIcons::pixmap(icon, 28);
        p.drawPixmap((self.width() - 28) / 2, (self.height() - 28) / 2, pm);
    });
    return item;
}

} // namespace

QString BrowserSceneView::extraStyleSheet() const
{
    return QStringLiteral(R"(
QFrame#browser-chrome { background: #dfe3e8; }
QFrame#browser-tab { background: #ffffff; border-top-left-radius: 10px; border-top-right-radius: 10px; }
QLabel#browser-tab-title { font-size: %1px; color: #202124; }
QFrame#browser-toolbar { background: #ffffff; border-bottom: 1px solid #c4c9d0; }
QFrame#browser-address-bar { background: #eef1f4; border-radius: 24px; border: 2px solid #eef1f4; }
QLabel#browser-address { font-size: %1px; color: #202124; }
QLabel#browser-not-secure { font-size: %1px; color: #c62828; font-weight: bold; }
ElementItem[look="chrome-button"] { border-radius: 24px; background: transparent; }
ElementItem[look="chrome-button"]:hover { background: #e8eaed; }
QWidget#browser-page-content { background: #ffffff; }
QFrame#site-header { background: #ffffff; border-top: 6px solid #000091; border-bottom: 1px solid #dddddd; }
QLabel#site-name { font-size: %2px; font-weight: bold; color: #161616; }
QLabel#site-tagline { font-size: %3px; color: #3a3a3a; }
QFrame#site-footer { background: #f6f6f6; border-top: 2px solid #000091; }
)")
            .arg(sceneStyle().px(0.9))
            .arg(sceneStyle().px(1.3))
            .arg(sceneStyle().px(0.9));
}

void BrowserSceneView::buildScene(QWidget *root)
{
    auto *layout = new QVBoxLayout(root);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildChrome(root));
    layout->addWidget(buildPage(root), 1);
}

QWidget *BrowserSceneView::buildChrome(QWidget *parent)
{
    auto *chrome = new QFrame(parent);
    chrome->setObjectName(QStringLiteral("browser-chrome"));
    auto *v = new QVBoxLayout(chrome);
    v->setContentsMargins(0, 8, 0, 0);
    v->setSpacing(0);

    // Tab strip: one tab with the site's mark and title.
    auto *tabs = new QHBoxLayout;
    tabs->setContentsMargins(12, 0, 12, 0);
    auto *tab = new QFrame(chrome);
    tab->setObjectName(QStringLiteral("browser-tab"));
    tab->setMinimumWidth(280);
    tab->setMaximumWidth(420);
    auto *tabRow = new QHBoxLayout(tab);
    tabRow->setContentsMargins(16, 8, 16, 8);
    auto *favicon = new QLabel(tab);
    favicon->setPixmap(SceneIcons::pixmap(QStringLiteral("browser"), 22));
    QLabel *tabTitle = ElementWidgetFactory::plainLabel(scene().title, tab);
    tabTitle->setWordWrap(false);
    tabTitle->setObjectName(QStringLiteral("browser-tab-title"));
    tabRow->addWidget(favicon);
    tabRow->addWidget(tabTitle, 1);
    tabs->addWidget(tab);
    tabs->addStretch(1);
    v->addLayout(tabs);

    // Toolbar: back, forward (nothing to go forward to), reload, address bar.
    auto *toolbar = new QFrame(chrome);
    toolbar->setObjectName(QStringLiteral("browser-toolbar"));
    auto *row = new QHBoxLayout(toolbar);
    row->setContentsMargins(10, 8, 16, 8);
    row->setSpacing(6);
    ElementItem *back = chromeButton(QStringLiteral("back"), toolbar, true);
    registerWidget(QStringLiteral("browser-back"), back, QStringLiteral("Page précédente"));
    connect(back, &QAbstractButton::clicked, this, [this] { activate(QStringLiteral("browser-back")); });
    connect(back, &ElementItem::rightClicked, this,
            [this](const QPoint &g) { rightClick(QStringLiteral("browser-back"), g); });
    ElementItem *forward = chromeButton(QStringLiteral("forward"), toolbar, false);
    forward->setAccessibleName(QStringLiteral("Page suivante"));
    ElementItem *reload = chromeButton(QStringLiteral("reload"), toolbar, true);
    registerWidget(QStringLiteral("browser-reload"), reload, QStringLiteral("Actualiser"));
    connect(reload, &QAbstractButton::clicked, this, [this] { activate(QStringLiteral("browser-reload")); });
    row->addWidget(back);
    row->addWidget(forward);
    row->addWidget(reload);

    auto *bar = new QFrame(toolbar);
    bar->setObjectName(QStringLiteral("browser-address-bar"));
    bar->setMinimumHeight(48);
    auto *barRow = new QHBoxLayout(bar);
    barRow->setContentsMargins(16, 4, 16, 4);
    barRow->setSpacing(10);
    auto *lock = new QLabel(bar);
    lock->setObjectName(QStringLiteral("browser-padlock"));
    const bool secure = scene().secure;
    lock->setPixmap(SceneIcons::pixmap(secure ? QStringLiteral("padlock") : QStringLiteral("warning"), 24));
    lock->setAccessibleName(secure ? QStringLiteral("Connexion sécurisée") : QStringLiteral("Non sécurisé"));
    lock->setToolTip(lock->accessibleName());
    barRow->addWidget(lock);
    if (!secure) {
        QLabel *warning = ElementWidgetFactory::plainLabel(QStringLiteral("Non sécurisé"), bar);
        warning->setObjectName(QStringLiteral("browser-not-secure"));
        warning->setWordWrap(false);
        barRow->addWidget(warning);
    }
    QLabel *address = ElementWidgetFactory::plainLabel(scene().address, bar);
    address->setObjectName(QStringLiteral("browser-address"));
    address->setAccessibleName(QStringLiteral("Adresse : ") + scene().address);
    address->setWordWrap(false);
    // A long address is cut at the end, as in a real browser, instead of widening the window.
    address->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    address->setMinimumWidth(80);
    barRow->addWidget(address, 1);
    row->addWidget(bar, 1);
    v->addWidget(toolbar);
    return chrome;
}

QWidget *BrowserSceneView::buildPage(QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setObjectName(QStringLiteral("browser-page"));
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("browser-page-content"));
    content->setAttribute(Qt::WA_StyledBackground);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);

    // Site header: a neutral mark (never a real logo) and the site's name.
    const Element *banner = nullptr;
    for (const Element &e : scene().elements)
        if (isBanner(e) && !banner)
            banner = &e;
    auto *header = new QFrame(content);
    header->setObjectName(QStringLiteral("site-header"));
    auto *h = new QHBoxLayout(header);
    h->setContentsMargins(40, 18, 40, 18);
    h->setSpacing(18);
    auto *mark = new QLabel(header);
    const QString siteName = scene().title.isEmpty() ? QStringLiteral("Site") : scene().title;
    {
        QPixmap pm(56, 56);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(SceneStyle::siteBlue());
        p.drawRoundedRect(QRectF(2, 2, 52, 52), 12, 12);
        QFont f = font();
        f.setPixelSize(28);
        f.setBold(true);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, 56, 56), Qt::AlignCenter, siteName.left(1).toUpper());
        mark->setPixmap(pm);
    }
    mark->setAccessibleName(QStringLiteral("Logo du site"));
    h->addWidget(mark, 0, Qt::AlignTop);
    auto *names = new QVBoxLayout;
    names->setSpacing(2);
    QLabel *name = ElementWidgetFactory::plainLabel(siteName, header);
    name->setObjectName(QStringLiteral("site-name"));
    names->addWidget(name);
    if (banner) {
        QLabel *tagline = ElementWidgetFactory::plainLabel(banner->text.isEmpty() ? banner->label : banner->text, header);
        tagline->setProperty("role", QString());
        registerElement(*banner, tagline);
        names->addWidget(tagline);
        if (tagline->text() == siteName)
            tagline->hide(); // the banner only repeats the name
    }
    h->addLayout(names, 1);
    v->addWidget(header);

    // The page: a centred column of cards, headings, texts, forms and buttons.
    auto *middle = new QHBoxLayout;
    middle->setContentsMargins(24, 32, 24, 48);
    auto *column = new QWidget(content);
    column->setMaximumWidth(820);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *c = new QVBoxLayout(column);
    c->setContentsMargins(0, 0, 0, 0);
    c->setSpacing(22);
    ElementWidgetFactory factory(*this);
    factory.setScrollPageHeight(440);
    for (const Element &e : scene().elements) {
        if (banner && &e == banner)
            continue;
        QWidget *w = factory.create(e, column);
        if (w)
            c->addWidget(w, 0, e.kind == ElementKind::Button ? Qt::AlignLeft : Qt::Alignment());
    }
    middle->addStretch(1);
    middle->addWidget(column, 100);
    middle->addStretch(1);
    v->addLayout(middle);
    v->addStretch(1);

    auto *footer = new QFrame(content);
    footer->setObjectName(QStringLiteral("site-footer"));
    auto *f = new QHBoxLayout(footer);
    f->setContentsMargins(40, 20, 40, 28);
    f->addWidget(ElementWidgetFactory::plainLabel(
            siteName + QStringLiteral("  ·  Mentions légales  ·  Accessibilité  ·  Plan du site"), footer,
            QStringLiteral("small")));
    v->addWidget(footer);

    area->setWidget(content);
    watchScrolling(area);
    return area;
}

#include "phonesceneview.h"

#include "scenes/elementitem.h"
#include "scenes/elementwidgetfactory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

/// The desk and the phone's body: a dark rounded frame around a white screen.
class PhoneDesk : public QWidget
{
public:
    using QWidget::QWidget;
    QWidget *phone = nullptr;
    static constexpr int MinPhoneHeight = 420;
    /// Room for the smallest phone and its drawn body: a smaller scene scrolls instead of cutting it.
    static constexpr QSize MinDeskSize{300, 56 + MinPhoneHeight - 16 + 30};

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        QLinearGradient g(0, 0, width(), height());
        g.setColorAt(0, QColor(0xe9, 0xee, 0xf4));
        g.setColorAt(1, QColor(0xd6, 0xdf, 0xea));
        p.fillRect(rect(), g);
        if (!phone)
            return;
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF body = QRectF(phone->geometry()).adjusted(-14, -40, 14, 30);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 40));
        p.drawRoundedRect(body.translated(6, 10), 52, 52);
        p.setBrush(QColor(0x1c, 0x1f, 0x24));
        p.drawRoundedRect(body, 52, 52);
        p.setBrush(QColor(0x3a, 0x3f, 0x47));
        p.drawRoundedRect(QRectF(body.center().x() - 50, body.top() + 16, 100, 10), 5, 5);
        p.drawEllipse(QPointF(body.center().x() + 70, body.top() + 21), 6, 6);
        p.drawRoundedRect(QRectF(body.center().x() - 60, body.bottom() - 18, 120, 6), 3, 3);
    }
    void resizeEvent(QResizeEvent *) override
    {
        if (!phone)
            return;
        const int h = std::max(MinPhoneHeight, height() - 100);
        const int w = std::min(440, h * 9 / 17);
        phone->setGeometry((width() - w) / 2, 56, w, h - 16);
    }
};

} // namespace

QString PhoneSceneView::extraStyleSheet() const
{
    return QStringLiteral(R"(
QFrame#phone-screen { background: #ffffff; border-radius: 26px; }
QFrame#phone-status { background: transparent; }
QLabel#phone-time { font-size: 18px; font-weight: bold; }
QFrame#phone-header { background: #f6f7f9; border-bottom: 1px solid #e1e4e8; }
QLabel#phone-app { font-size: %1px; font-weight: bold; }
QWidget#phone-list { background: #ffffff; }
ElementItem[look="sms"] { background: transparent; border-radius: 12px; }
ElementItem[look="sms"]:hover { background: #f3f6fa; }
QLabel[role="sms-from"] { font-weight: bold; }
QLabel[role="sms-date"] { color: #5a5f6b; font-size: 18px; }
QFrame[role="bubble"] { background: #e9ecf1; border-radius: 18px; }
QLabel[role="bubble-text"] { color: #111111; }
ElementItem[look="link"] QLabel { color: #0b57d0; }
)")
            .arg(sceneStyle().px(1.2));
}

void PhoneSceneView::buildScene(QWidget *root)
{
    auto *layout = new QVBoxLayout(root);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *desk = new PhoneDesk(root);
    desk->setObjectName(QStringLiteral("phone-desk"));
    desk->setMinimumSize(PhoneDesk::MinDeskSize);
    layout->addWidget(desk);

    auto *screen = new QFrame(desk);
    screen->setObjectName(QStringLiteral("phone-screen"));
    screen->setAccessibleName(QStringLiteral("Téléphone"));
    desk->phone = screen;
    auto *v = new QVBoxLayout(screen);
    v->setContentsMargins(0, 8, 0, 16);
    v->setSpacing(0);

    // Status bar: time, network and battery.
    auto *status = new QFrame(screen);
    status->setObjectName(QStringLiteral("phone-status"));
    auto *sr = new QHBoxLayout(status);
    sr->setContentsMargins(24, 2, 24, 6);
    QLabel *time = ElementWidgetFactory::plainLabel(
            scene().extra.value(QStringLiteral("time"), QStringLiteral("10:42")).toString(), status);
    time->setObjectName(QStringLiteral("phone-time"));
    auto *indicators = new QLabel(status);
    {
        QPixmap pm(72, 22);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x22, 0x22, 0x22));
        for (int i = 0; i < 4; ++i)
            p.drawRoundedRect(QRectF(2 + i * 6, 16 - i * 4, 4, 4 + i * 4), 1, 1);
        p.setPen(QPen(QColor(0x22, 0x22, 0x22), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(36, 4, 28, 14), 3, 3);
        p.fillRect(QRectF(39, 7, 18, 8), QColor(0x22, 0x22, 0x22));
        p.fillRect(QRectF(65, 8, 3, 6), QColor(0x22, 0x22, 0x22));
        indicators->setPixmap(pm);
    }
    sr->addWidget(time);
    sr->addStretch(1);
    sr->addWidget(indicators);
    v->addWidget(status);

    auto *header = new QFrame(screen);
    header->setObjectName(QStringLiteral("phone-header"));
    auto *hr = new QHBoxLayout(header);
    hr->setContentsMargins(20, 12, 20, 12);
    QLabel *app = ElementWidgetFactory::plainLabel(scene().title.isEmpty() ? QStringLiteral("Messages") : scene().title,
                                                   header);
    app->setObjectName(QStringLiteral("phone-app"));
    hr->addWidget(app);
    v->addWidget(header);

    auto *area = new QScrollArea(screen);
    area->setObjectName(QStringLiteral("phone-messages"));
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *list = new QWidget;
    list->setObjectName(QStringLiteral("phone-list"));
    list->setAttribute(Qt::WA_StyledBackground);
    auto *lv = new QVBoxLayout(list);
    lv->setContentsMargins(12, 12, 12, 12);
    lv->setSpacing(14);
    ElementWidgetFactory factory(*this);
    for (const Element &e : scene().elements) {
        QWidget *w = e.kind == ElementKind::Sms ? smsWidget(e, list) : factory.create(e, list);
        if (w)
            lv->addWidget(w);
    }
    lv->addStretch(1);
    area->setWidget(list);
    v->addWidget(area, 1);
    watchScrolling(area);
}

QWidget *PhoneSceneView::smsWidget(const Element &sms, QWidget *parent)
{
    ElementItem *item = createItem(sms, QStringLiteral("sms"), parent);
    item->setAccessibleName(sms.from + QStringLiteral(" : ") + sms.text);
    auto *v = new QVBoxLayout(item);
    v->setContentsMargins(8, 8, 8, 8);
    v->setSpacing(6);
    auto *top = new QHBoxLayout;
    QLabel *from = ElementWidgetFactory::plainLabel(sms.from, item, QStringLiteral("sms-from"));
    from->setAttribute(Qt::WA_TransparentForMouseEvents);
    QLabel *date = ElementWidgetFactory::plainLabel(sms.date, item, QStringLiteral("sms-date"));
    date->setAttribute(Qt::WA_TransparentForMouseEvents);
    date->setAlignment(Qt::AlignRight | Qt::AlignTop);
    // Both may wrap: nothing may push the conversation wider than the phone.
    top->addWidget(from, 3);
    top->addWidget(date, 2);
    v->addLayout(top);

    auto *bubble = new QFrame(item);
    bubble->setProperty("role", QStringLiteral("bubble"));
    auto *bv = new QVBoxLayout(bubble);
    bv->setContentsMargins(16, 12, 16, 12);
    bv->setSpacing(6);
    QLabel *text = ElementWidgetFactory::plainLabel(breakableText(sms.text), bubble, QStringLiteral("bubble-text"));
    text->setAttribute(Qt::WA_TransparentForMouseEvents);
    bv->addWidget(text);
    ElementWidgetFactory factory(*this);
    factory.addAll(sms.children, bv, bubble);
    v->addWidget(bubble);
    // Presses on the bubble outside its links reach the message item (frames ignore them).
    return item;
}

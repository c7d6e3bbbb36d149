#include "quizsceneview.h"

#include "scenes/elementitem.h"
#include "scenes/elementwidgetfactory.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

QString QuizSceneView::extraStyleSheet() const
{
    return QStringLiteral(R"(
QWidget#quiz-page { background: #f4f6fa; }
ElementItem[look="option"] { background: #ffffff; border: 3px solid #c9d3e0; border-radius: 16px; }
ElementItem[look="option"]:hover { border-color: #6f8fc4; }
ElementItem[look="option"][selected="true"] { background: #e8efff; border: 3px solid #1d5bbf; }
ElementItem[look="option"] QLabel { font-size: %1px; font-weight: bold; }
)")
            .arg(sceneStyle().px(1.1));
}

void QuizSceneView::clearScene()
{
    m_options.clear();
    m_selection.clear();
}

void QuizSceneView::buildScene(QWidget *root)
{
    const QString mode = scene().extra.value(QStringLiteral("mode")).toString();
    m_mode = mode == QLatin1String("order") ? Mode::Order
            : mode == QLatin1String("single") ? Mode::Single
                                               : Mode::Choose;
    auto *layout = new QVBoxLayout(root);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *area = new QScrollArea(root);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("quiz-page"));
    page->setAttribute(Qt::WA_StyledBackground);
    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(32, 32, 32, 32);
    auto *column = new QWidget(page);
    column->setMaximumWidth(1000);
    auto *v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(24);
    outer->addStretch(1);
    outer->addWidget(column, 100);
    outer->addStretch(1);

    ElementWidgetFactory factory(*this);
    QList<const Element *> options;
    for (const Element &e : scene().elements) {
        if (e.kind == ElementKind::Option)
            options << &e;
        else if (QWidget *w = factory.create(e, column))
            v->addWidget(w, 0, e.kind == ElementKind::Button ? Qt::AlignLeft : Qt::Alignment());
    }

    auto *grid = new QGridLayout;
    grid->setSpacing(20);
    const int columns = options.size() <= 4 ? 2 : 3;
    const SceneStyle &st = sceneStyle();
    for (int i = 0; i < options.size(); ++i) {
        const Element &e = *options.at(i);
        ElementItem *card = createItem(e, QStringLiteral("option"), column, Reporting::None);
        m_options << e.id;
        auto *cv = new QVBoxLayout(card);
        cv->setContentsMargins(24, 20, 56, 20);
        cv->setSpacing(12);
        if (!e.image.isEmpty()) {
            const QPixmap pm = loadScenePicture(resolveImage(e.image), QSize(240, 160));
            auto *picture = new QLabel(card);
            picture->setAttribute(Qt::WA_TransparentForMouseEvents);
            picture->setAlignment(Qt::AlignCenter);
            if (pm.isNull())
                picture->setMinimumSize(160, 100);
            else
                picture->setPixmap(pm);
            cv->addWidget(picture);
        }
        QLabel *text = ElementWidgetFactory::plainLabel(e.label, card);
        text->setAttribute(Qt::WA_TransparentForMouseEvents);
        cv->addWidget(text, 1);
        card->setMinimumHeight(std::max(110, st.minTarget() * 2));
        const QString id = e.id;
        const Mode m = m_mode;
        card->setPainter([this, id, m](QPainter &p, const ElementItem &self) {
            const int position = static_cast<int>(m_selection.indexOf(id));
            const QRectF badge(self.width() - 52, 14, 38, 38);
            p.setPen(QPen(position < 0 ? QColor(0x9a, 0xa8, 0xbb) : QColor(0x1d, 0x5b, 0xbf), 3));
            p.setBrush(position < 0 ? QBrush(Qt::white) : QBrush(QColor(0x1d, 0x5b, 0xbf)));
            if (m == Mode::Order)
                p.drawEllipse(badge);
            else
                p.drawRoundedRect(badge, 8, 8);
            if (position < 0)
                return;
            p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            if (m == Mode::Order) {
                QFont f = self.font();
                f.setBold(true);
                f.setPixelSize(22);
                p.setFont(f);
                p.drawText(badge, Qt::AlignCenter, QString::number(position + 1));
            } else {
                const QPointF a = badge.topLeft() + QPointF(9, 20), b = badge.topLeft() + QPointF(16, 28),
                              c = badge.topLeft() + QPointF(29, 11);
                p.drawPolyline(QList<QPointF>{a, b, c});
            }
        });
        connect(card, &QAbstractButton::clicked, this, [this, id] { toggle(id); });
        grid->addWidget(card, i / columns, i % columns);
    }
    v->addLayout(grid);

    m_validate = ElementWidgetFactory::pageButton(QStringLiteral("Valider"), true, column);
    registerWidget(QStringLiteral("quiz-valider"), m_validate, QStringLiteral("Valider"));
    m_validate->setMinimumWidth(220);
    connect(m_validate, &QPushButton::clicked, this, &QuizSceneView::validate);
    v->addWidget(m_validate, 0, Qt::AlignRight);
    v->addStretch(1);

    area->setWidget(page);
    layout->addWidget(area);
    watchScrolling(area);
}

void QuizSceneView::toggle(const QString &optionId)
{
    QStringList next = m_selection;
    if (next.contains(optionId))
        next.removeAll(optionId);
    else if (m_mode == Mode::Single)
        next = {optionId};
    else
        next.append(optionId);
    setSelection(next);
}

void QuizSceneView::setSelection(const QStringList &ids)
{
    m_selection.clear();
    for (const QString &id : ids)
        if (m_options.contains(id) && !m_selection.contains(id))
            m_selection.append(id);
    for (const QString &id : std::as_const(m_options)) {
        auto *card = qobject_cast<ElementItem *>(elementWidget(id));
        if (!card)
            continue;
        const int position = static_cast<int>(m_selection.indexOf(id));
        card->setSelected(position >= 0);
        card->setAccessibleDescription(position < 0 ? QString()
                                       : m_mode == Mode::Order ? QStringLiteral("Position %1").arg(position + 1)
                                                               : QStringLiteral("Choisi"));
        card->update();
    }
}

void QuizSceneView::validate()
{
    UserAction action;
    action.kind = m_mode == Mode::Order ? ActionKind::Order : ActionKind::Choose;
    action.values = m_selection;
    report(action);
}

bool QuizSceneView::customGestures(const ActionMatcher &expect, QList<Gesture> &gestures) const
{
    if (expect.action != ActionKind::Choose && expect.action != ActionKind::Order)
        return false;
    const auto tap = [this](const QString &id) { return gesture(Gesture::Kind::Click, elementWidget(id)); };
    for (const QString &id : expect.values)
        if (!elementWidget(id))
            return true; // an unknown option: nothing to show
    if (expect.action == ActionKind::Order || m_mode == Mode::Order) {
        // Keep the part already in the right order; untap the rest, then tap what follows.
        int keep = 0;
        while (keep < m_selection.size() && keep < expect.values.size() && m_selection.at(keep) == expect.values.at(keep))
            ++keep;
        for (int i = static_cast<int>(m_selection.size()) - 1; i >= keep; --i)
            gestures << tap(m_selection.at(i));
        for (int i = keep; i < expect.values.size(); ++i)
            gestures << tap(expect.values.at(i));
    } else {
        for (const QString &id : m_selection)
            if (!expect.values.contains(id))
                gestures << tap(id);
        for (const QString &id : expect.values)
            if (!m_selection.contains(id))
                gestures << tap(id);
    }
    gestures << gesture(Gesture::Kind::Click, m_validate);
    return true;
}

bool QuizSceneView::customApply(const ActionMatcher &expect)
{
    if (expect.action != ActionKind::Choose && expect.action != ActionKind::Order)
        return false;
    setSelection(expect.values);
    return true;
}

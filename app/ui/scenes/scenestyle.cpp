#include "scenestyle.h"

#include <QApplication>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

SceneStyle SceneStyle::fromApplication()
{
    const int pixels = QApplication::font().pixelSize();
    return SceneStyle(pixels > 0 ? pixels : 20);
}

SceneStyle::SceneStyle(int basePixelSize) : m_base(std::max(18, basePixelSize)) {}

int SceneStyle::px(double factor) const
{
    return std::max(18, static_cast<int>(std::lround(m_base * factor)));
}

int SceneStyle::minTarget() const
{
    return std::max(44, m_base * 12 / 5);
}

QString SceneStyle::commonSheet() const
{
    // One sheet for every view; renderers add their own rules after it. Colours are fixed
    // (the simulated French world keeps its look), sizes follow the learner's text size.
    QString s = QStringLiteral(R"(
SceneViewBase { font-size: %1px; color: #161616; }
QLabel { color: #161616; font-size: %1px; }
QLabel[role="heading"] { font-size: %2px; font-weight: bold; }
QLabel[role="subheading"] { font-size: %3px; font-weight: bold; }
QLabel[role="small"] { color: #5a5f6b; font-size: %4px; }
QLabel[role="field-label"] { font-size: %1px; font-weight: bold; }
QLabel[role="field-hint"] { color: #5a5f6b; font-size: %4px; }
QLabel[role="field-error"] { color: #ce0500; font-size: %1px; font-weight: bold; }
QFrame[role="notice"] { background: #e8edff; border-left: 6px solid #0063cb; border-radius: 4px; }
QFrame[role="notice"][noticeStyle="success"] { background: #e6feda; border-left-color: #18753c; }
QFrame[role="notice"][noticeStyle="warning"] { background: #fff4e6; border-left-color: #b34000; }
QFrame[role="notice"][noticeStyle="error"] { background: #ffe9e9; border-left-color: #ce0500; }
QFrame[role="picture"] { background: #f0f0f0; border: 2px dashed #b6b6b6; border-radius: 6px; }
QFrame[role="card"] { background: #ffffff; border: 1px solid #dddddd; border-radius: 8px; }
QFrame[role="field-box"] { background: transparent; }
QLabel[role="field-suffix"] { color: #3a3a3a; font-weight: bold; }
QFrame[role="field-box"][invalid="true"] { border-left: 4px solid #ce0500; padding-left: 8px; }

QLineEdit { font-size: %1px; min-height: %5px; padding: 0 12px; color: #161616;
  background: #eeeeee; border: none; border-bottom: 2px solid #3a3a3a; border-radius: 4px 4px 0 0; }
QLineEdit:focus { background: #ffffff; border: 3px solid #0a76f6; }
QLineEdit[invalid="true"] { border-bottom: 3px solid #ce0500; background: #fff4f4; }
QLineEdit[invalid="true"]:focus { border: 3px solid #ce0500; }
QComboBox { font-size: %1px; min-height: %5px; padding: 0 12px; color: #161616;
  background: #eeeeee; border: none; border-bottom: 2px solid #3a3a3a; border-radius: 4px 4px 0 0; }
QComboBox:focus { border: 3px solid #0a76f6; }
QComboBox[invalid="true"] { border-bottom: 3px solid #ce0500; background: #fff4f4; }
QComboBox::drop-down { width: 44px; border: none; }
QComboBox::down-arrow { image: url(:/scenes/icons/chevron-down.svg); width: 22px; height: 22px; }
QComboBox QAbstractItemView { font-size: %1px; background: #ffffff; color: #161616;
  selection-background-color: #e3e3fd; selection-color: #000091; outline: none; }
QComboBox QAbstractItemView::item { min-height: %5px; }
QCheckBox, QRadioButton { font-size: %1px; min-height: %5px; min-width: %5px; spacing: 12px; color: #161616;
  border: 3px solid transparent; border-radius: 6px; }
QCheckBox:focus, QRadioButton:focus { border: 3px solid #0a76f6; }
QCheckBox::indicator { width: 28px; height: 28px; image: url(:/scenes/icons/uncheck.svg); }
QCheckBox::indicator:checked { image: url(:/scenes/icons/check.svg); }
QRadioButton::indicator { width: 28px; height: 28px; image: url(:/scenes/icons/radio-off.svg); }
QRadioButton::indicator:checked { image: url(:/scenes/icons/radio-on.svg); }
QCheckBox[invalid="true"]::indicator, QRadioButton[invalid="true"]::indicator { background: #ffd6d6; border-radius: 6px; }

QPushButton { font-size: %1px; min-height: %5px; min-width: %5px; padding: 0 24px; border-radius: 4px;
  color: #000091; background: #ffffff; border: 2px solid #000091; }
QPushButton:hover { background: #f0f0ff; }
QPushButton:pressed { background: #e3e3fd; }
QPushButton:focus { outline: none; border: 3px solid #0a76f6; }
QPushButton[primary="true"] { color: #ffffff; background: #000091; border: 2px solid #000091; font-weight: bold; }
QPushButton[primary="true"]:hover { background: #1212ff; }
QPushButton[primary="true"]:pressed { background: #2323ff; }
QPushButton[primary="true"]:focus { border: 3px solid #0a76f6; }
QPushButton[buttonStyle="connexion-unique"] { color: #ffffff; background: #10104f; border: 2px solid #10104f;
  border-radius: 0; font-weight: bold; padding: 0 28px; }
QPushButton[buttonStyle="connexion-unique"]:focus { border: 3px solid #0a76f6; }
QPushButton:disabled { color: #929292; border-color: #c9c9c9; background: #e5e5e5; }

ElementItem { border-radius: 6px; }
ElementItem[look="link"] { padding: 4px 2px; }
ElementItem[look="link"] QLabel { color: #000091; text-decoration: underline; }
ElementItem[look="link"]:hover { background: #f0f0ff; }
ElementItem[look="menu-item"] { background: transparent; border-radius: 4px; }
ElementItem[look="menu-item"]:hover { background: #e3e3fd; }
ElementItem[look="menu-item"] QLabel { color: #161616; }
ElementItem[look="file-entry"] { background: transparent; border: 2px solid transparent; }
ElementItem[look="file-entry"]:hover { background: #eef3fb; }
ElementItem[look="file-entry"][selected="true"] { background: #d5e4fa; border: 2px solid #2f6ecf; }

QFrame#scene-context-menu { background: #ffffff; border: 1px solid #b9c0cc; border-radius: 8px; }
QFrame[role="panel"] { background: #ffffff; border: 1px solid #9aa3b2; border-radius: 10px; }
QLabel[role="panel-title"] { font-size: %3px; font-weight: bold; }
QFrame[role="panel-path"] { background: #f3f5f8; border: 1px solid #d5dae2; border-radius: 6px; }
QScrollArea { background: transparent; border: none; }
QWidget[role="scroll-content"] { background: #ffffff; }
QScrollArea[role="scroll-page"] { background: #ffffff; border: 1px solid #c9d3e0; border-radius: 12px; }
QScrollBar:vertical { width: 20px; background: #eef0f3; border: none; margin: 0; }
QScrollBar::handle:vertical { background: #9aa3b2; border-radius: 8px; min-height: 48px; margin: 3px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; border: none; background: none; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
)");
    return s.arg(m_base)
            .arg(px(1.6))
            .arg(px(1.25))
            .arg(px(0.9))
            .arg(minTarget());
}

namespace SceneIcons {

QPixmap pixmap(const QString &name, int side)
{
    static const QStringList known = {
        QStringLiteral("folder"), QStringLiteral("file"), QStringLiteral("pdf"), QStringLiteral("image"),
        QStringLiteral("bin"), QStringLiteral("app"), QStringLiteral("mail"), QStringLiteral("browser"),
        QStringLiteral("phone"), QStringLiteral("padlock"), QStringLiteral("warning"), QStringLiteral("back"),
        QStringLiteral("forward"), QStringLiteral("reload"), QStringLiteral("paperclip"), QStringLiteral("inbox"),
        QStringLiteral("reply"), QStringLiteral("user"), QStringLiteral("power"),
    };
    const QString file = known.contains(name) ? name : QStringLiteral("file");
    static QHash<QString, QPixmap> cache;
    const QString key = file + QLatin1Char('@') + QString::number(side);
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QSvgRenderer renderer(QStringLiteral(":/scenes/icons/%1.svg").arg(file));
    QPixmap pm(side, side);
    pm.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p, QRectF(0, 0, side, side));
    }
    cache.insert(key, pm);
    return pm;
}

QString iconFor(const QString &icon, const QString &fileName, const QString &fallback)
{
    if (!icon.isEmpty())
        return icon;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("pdf");
    static const QStringList pictures = {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                         QStringLiteral("gif"), QStringLiteral("heic"), QStringLiteral("webp"),
                                         QStringLiteral("bmp")};
    if (pictures.contains(suffix))
        return QStringLiteral("image");
    return fallback;
}

} // namespace SceneIcons

QString breakableText(const QString &text)
{
    // Long unbroken words (web addresses) get invisible break points after / . - _ @ ? & =,
    // so a narrow bubble wraps them instead of growing wider than the phone.
    QString out;
    out.reserve(text.size() + 8);
    int run = 0;
    for (const QChar c : text) {
        out.append(c);
        run = c.isSpace() ? 0 : run + 1;
        static const QString breaks = QStringLiteral("/.-_@?&=");
        if (run > 12 && breaks.contains(c)) {
            out.append(QChar(0x200B));
            run = 0;
        }
    }
    return out;
}

QPixmap loadScenePicture(const QString &path, const QSize &cap)
{
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return {};
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".svgz"), Qt::CaseInsensitive)) {
        QSvgRenderer renderer(path);
        if (!renderer.isValid())
            return {};
        QSize size = renderer.defaultSize();
        if (size.isEmpty())
            size = cap;
        size = size.scaled(cap, Qt::KeepAspectRatio);
        if (size.isEmpty())
            return {};
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p, QRectF(QPointF(0, 0), size));
        return pm;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (!original.isValid() || original.isEmpty())
        return {};
    // Decode straight to the capped size: a huge picture never reaches memory at full size.
    const QSize target = original.width() > cap.width() || original.height() > cap.height()
            ? original.scaled(cap, Qt::KeepAspectRatio)
            : original;
    reader.setScaledSize(target);
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    return QPixmap::fromImage(image);
}

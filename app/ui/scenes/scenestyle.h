#pragma once

#include <QColor>
#include <QPixmap>
#include <QSize>
#include <QString>

class QWidget;

/// Sizes, colours and style sheets shared by the scene renderers.
///
/// Text size: scenes take their base size from the application font's pixel size, which
/// Theme::applyTo() sets from the learner's text-size choice (20, 24 or 30 px). When the
/// application font has no pixel size, 20 px is used. Nothing is ever drawn below 18 px.
class SceneStyle
{
public:
    /// Reads the base size from QApplication::font().
    static SceneStyle fromApplication();
    explicit SceneStyle(int basePixelSize = 20);

    int base() const { return m_base; }
    /// `factor` × base, never below 18 px.
    int px(double factor) const;
    /// Smallest side of anything clickable (at least 44 px, larger with bigger text).
    int minTarget() const;

    // The French public-service look (browser pages, forms).
    static QColor siteBlue() { return QColor(0x00, 0x00, 0x91); }
    static QColor linkBlue() { return QColor(0x00, 0x00, 0x91); }
    static QColor errorRed() { return QColor(0xce, 0x05, 0x00); }
    static QColor focusRing() { return QColor(0x0a, 0x76, 0xf6); }
    static QColor ink() { return QColor(0x16, 0x16, 0x16); }
    static QColor muted() { return QColor(0x5a, 0x5f, 0x6b); }

    /// The style sheet every scene view carries: page elements, fields, items, menus, panels.
    QString commonSheet() const;

private:
    int m_base = 20;
};

/// Icons drawn for the project (resources/scenes/icons/*.svg), rendered once per size.
namespace SceneIcons {
/// Known names: folder, file, pdf, image, bin, app, mail, browser, phone, padlock, warning,
/// back, forward, reload, paperclip, inbox, reply. Unknown names give the "file" icon.
QPixmap pixmap(const QString &name, int side);
/// Picks an icon from an element's `icon`, or from a file name's extension.
QString iconFor(const QString &icon, const QString &fileName, const QString &fallback = QStringLiteral("file"));
} // namespace SceneIcons

/// `text` with invisible break points inside long unbroken words (web addresses), for display.
QString breakableText(const QString &text);

/// Loads a lesson picture (SVG or raster) no larger than `cap`; a null pixmap when the file is
/// missing or unreadable (the caller shows an empty frame).
QPixmap loadScenePicture(const QString &path, const QSize &cap);

#include "pdfcanvas.h"

#include <QFont>
#include <QFontMetricsF>
#include <QTextOption>

namespace {
const QString DefaultFamily = QStringLiteral("DejaVu Sans");
}

PdfCanvas::PdfCanvas(const QString &path, QPageLayout::Orientation orientation, const QString &title)
    : m_writer(path)
{
    m_writer.setResolution(Dpi);
    m_writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(0, 0, 0, 0)));
    m_writer.setTitle(title);
    m_writer.setCreator(QStringLiteral("Passerelle"));
    m_open = m_painter.begin(&m_writer);
    if (m_open)
        m_painter.setRenderHint(QPainter::Antialiasing);
}

PdfCanvas::~PdfCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

bool PdfCanvas::finish()
{
    if (!m_open)
        return false;
    return m_painter.end();
}

QRectF PdfCanvas::rect(double xMm, double yMm, double wMm, double hMm) const
{
    return QRectF(px(xMm), px(yMm), px(wMm), px(hMm));
}

QSizeF PdfCanvas::pageMm() const
{
    return m_writer.pageLayout().fullRect(QPageLayout::Millimeter).size();
}

double PdfCanvas::text(const QRectF &boxMm, const QString &text, double points, bool bold, Qt::Alignment align,
                       bool rightToLeft, double minPoints, const QString &family)
{
    const QRectF box = rect(boxMm.x(), boxMm.y(), boxMm.width(), boxMm.height());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    // Left and right are mirrored for right-to-left text (unless Qt::AlignAbsolute): AlignLeft
    // means "where the line starts", the right edge in Arabic.
    option.setAlignment(align);

    QFont font(family.isEmpty() ? DefaultFamily : family);
    font.setBold(bold);
    // Latin text without ligatures, so that "fi" is copied, searched and read aloud as two
    // letters, not as one "ﬁ" glyph. Right-to-left text keeps full shaping: Arabic needs it.
    if (!rightToLeft)
        font.setStyleStrategy(QFont::PreferNoShaping);
    double size = points;
    QRectF needed;
    for (;;) {
        font.setPointSizeF(size);
        m_painter.setFont(font);
        needed = m_painter.boundingRect(QRectF(box.topLeft(), QSizeF(box.width(), 1e6)), text, option);
        if (needed.height() <= box.height() + 0.5 || size <= minPoints)
            break;
        size = qMax(minPoints, size - 0.5);
    }
    m_painter.drawText(box, text, option);
    return qMin(needed.height(), box.height()) * 25.4 / Dpi;
}
